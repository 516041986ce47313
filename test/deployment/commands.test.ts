// The manifest advertises exactly the commands the bot handles (the route table, src/teams/routes.ts).
import { BOT_COMMAND_DESCRIPTIONS, MESSAGE_EXTENSION_TEXTS } from '../../deployment/appPackage/commandTexts';
import { buildEnglishLocalization, buildManifest } from '../../deployment/appPackage/buildManifest';
import { commandRoutes, menuCommandRoutes, messageExtensionRoutes } from '../../src/teams/routes';

const COMMANDS = commandRoutes();
const MESSAGE_EXTENSION_COMMANDS = messageExtensionRoutes();

const manifest = buildManifest({
  appId: '3d84bad0-ac78-4a33-9f8e-7c6b192f3ba6',
  botId: '42fae709-75f2-4df2-9992-a5fa7b828c5f',
  host: 'innovasjonsbot-test.azurewebsites.net',
  version: '1.0.0',
});
const en = buildEnglishLocalization();
const lists = manifest.bots![0]!.commandLists ?? [];

/** Every (scope, nb title, en title) the manifest and en.json advertise. */
const advertised = lists.flatMap((list, i) =>
  list.scopes.flatMap((scope) =>
    list.commands.map((c, j) => ({ scope, nb: c.title, en: en[`bots[0].commandLists[${i}].commands[${j}].title`] })),
  ),
);
const expected = menuCommandRoutes().flatMap((c) => c.scopes.map((scope) => ({ scope, nb: c.nb, en: c.en })));
const sortKey = (a: { scope: string; nb: string }) => `${a.scope}/${a.nb}`;
const sorted = <T extends { scope: string; nb: string }>(xs: T[]) => [...xs].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

describe('bot commands in the manifest', () => {
  it('match COMMANDS: same titles (nb in manifest.json, en in en.json) in the same scopes', () => {
    expect(sorted(advertised)).toEqual(sorted(expected));
  });

  it('has no title that is not in COMMANDS', () => {
    const titles = new Set<string>(COMMANDS.map((c) => c.nb));
    for (const list of lists) for (const c of list.commands) expect(titles).toContain(c.title);
  });

  it('has a description in both languages for every command', () => {
    for (const c of COMMANDS) {
      expect([c.id, BOT_COMMAND_DESCRIPTIONS[c.id]?.nb?.length]).toEqual([c.id, expect.any(Number)]);
      expect([c.id, BOT_COMMAND_DESCRIPTIONS[c.id]?.en?.length]).toEqual([c.id, expect.any(Number)]);
    }
  });

  it('keeps no description for a command that no longer exists', () => {
    const ids = new Set<string>(COMMANDS.map((c) => c.id));
    expect(Object.keys(BOT_COMMAND_DESCRIPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('fits the Teams limit of 10 commands per list', () => {
    for (const list of lists) expect(list.commands.length).toBeLessThanOrEqual(10);
  });
});

describe('message extension commands in the manifest', () => {
  it('match MESSAGE_EXTENSION_COMMANDS, with the same contexts', () => {
    const inManifest = (manifest.composeExtensions ?? []).flatMap((x) => x.commands ?? []).map((c) => ({ id: c.id, context: c.context }));
    expect(inManifest).toEqual(MESSAGE_EXTENSION_COMMANDS.map((c) => ({ id: c.id, context: [...c.context] })));
    expect(manifest.composeExtensions === undefined).toBe(MESSAGE_EXTENSION_COMMANDS.length === 0);
  });

  it('has a title and description in both languages for every command', () => {
    for (const c of MESSAGE_EXTENSION_COMMANDS) {
      const texts = MESSAGE_EXTENSION_TEXTS[c.id];
      expect([c.id, texts?.title.nb && texts.title.en && texts.description.nb && texts.description.en]).toEqual([c.id, expect.any(String)]);
    }
  });

  it('keeps no texts for a command that does not exist', () => {
    const ids = new Set<string>(MESSAGE_EXTENSION_COMMANDS.map((c) => c.id));
    expect(Object.keys(MESSAGE_EXTENSION_TEXTS).filter((id) => !ids.has(id))).toEqual([]);
  });
});
