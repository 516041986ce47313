// The layers are checked, not just described: every source file's imports against the rules
// in layerRules.ts. The second part plants one violation per rule to show each rule bites.
import path from 'node:path';
import { LAYER_RULES, layerViolations, readSources } from './layerRules';

const ROOT = path.resolve(__dirname, '../..');

describe('layers', () => {
  const sources = readSources(ROOT, ['src', 'scripts', 'bench', 'fixtures']);

  it('scans the whole code base', () => {
    expect(sources.size).toBeGreaterThan(80);
    expect([...sources.keys()]).toEqual(expect.arrayContaining(['src/app.ts', 'src/scheduler/reminderJob.ts', 'src/domain/reminders/plan.ts']));
  });

  it('no file breaks a layer rule', () => {
    expect(layerViolations(sources)).toEqual([]);
  });

  it('every named exception still exists (remove it when the import is gone)', () => {
    for (const rule of LAYER_RULES) {
      const hits = layerViolations(sources, [{ ...rule, allowed: [] }]);
      for (const a of rule.allowed ?? []) expect([rule.name, a.target, hits.some((h) => h.target === a.target)]).toEqual([rule.name, a.target, true]);
    }
  });
});

describe('each rule bites', () => {
  const planted: Array<[string, string, string]> = [
    ['src/domain/idea/idea.ts', "import { TurnContext } from 'botbuilder';", 'botbuilder'],
    ['src/domain/idea/idea.ts', "import type { Server } from 'restify';", 'restify'],
    ['src/domain/idea/idea.ts', "import { CosmosClient } from '@azure/cosmos';", '@azure/cosmos'],
    ['src/domain/idea/idea.ts', "import Database from 'better-sqlite3';", 'better-sqlite3'],
    ['src/domain/idea/idea.ts', "import { IdeaRepository } from '../../storage/repositories/ideaRepository';", 'src/storage/repositories/ideaRepository'],
    ['src/domain/idea/idea.ts', "import { ideaCard } from '../../teams/ideas/ideaCards';", 'src/teams/ideas/ideaCards'],
    ['src/domain/idea/idea.ts', "import { t } from '../../i18n';", 'src/i18n'],
    ['src/config.ts', "import { ActivityTypes } from 'botbuilder-core';", 'botbuilder-core'],
    ['scripts/nudge.ts', "import { DialogSet } from 'botbuilder-dialogs';", 'botbuilder-dialogs'],
    ['src/storage/queries/reminderFacts.ts', "export { turnInfo } from '../../teams/turn/turnInfo';", 'src/teams/turn/turnInfo'],
    ['src/scheduler/reminderJob.ts', "const cards = await import('../teams/proactive/reminderCards');", 'src/teams/proactive/reminderCards'],
    ['src/teams/bot.ts', "import { ReminderJob } from '../scheduler/reminderJob';", 'src/scheduler/reminderJob'],
    ['bench/nudge2000.ts', "import { startConnector } from '../test/support/connector';", 'test/support/connector'],
  ];

  it.each(planted)('%s: %s', (file, line, target) => {
    const found = layerViolations(new Map([[file, `${line}\nexport const x = 1;\n`]]));
    expect([...new Set(found.map((v) => v.target))]).toEqual([target]);
  });

  it('allows the Bot Framework SDK in src/teams/ and src/app.ts', () => {
    const files = new Map([
      ['src/teams/bot.ts', "import { ActivityHandler } from 'botbuilder';"],
      ['src/app.ts', "import { ConversationState } from 'botbuilder';"],
    ]);
    expect(layerViolations(files)).toEqual([]);
  });
});

describe('one time zone', () => {
  it("'Europe/Oslo' is written once in src, in the calendar domain", () => {
    const spelled = [...readSources(ROOT, ['src']).entries()].filter(([, source]) => source.includes("'Europe/Oslo'")).map(([file]) => file);
    expect(spelled).toEqual(['src/domain/calendar/timeZone.ts']);
  });
});
