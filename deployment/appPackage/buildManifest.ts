// Builds the Teams app manifest (nb-NO) and its English localization file from the templates in
// this folder, the command list in the route table (src/teams/routes.ts) and the per-environment parameters.
// The ids and host are never edited by hand: scripts/package-app.ts passes them in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { menuCommandRoutes, messageExtensionRoutes } from '../../src/teams/routes';
import { BOT_COMMAND_DESCRIPTIONS, MESSAGE_EXTENSION_TEXTS, type LocalizedText } from './commandTexts';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;
export type Localization = Record<string, string>;

/** The manifest schema version the template uses (the newest stable one in @microsoft/app-manifest). */
export const MANIFEST_SCHEMA_VERSION = '1.30';
export const APP_PACKAGE_DIR = __dirname;
/** The files at the root of the app package zip. */
export const PACKAGE_FILES = { manifest: 'manifest.json', en: 'en.json', color: 'color.png', outline: 'outline.png' } as const;

export interface ManifestParams {
  /** Teams app id: a GUID that stays the same for every version of the app in one tenant. */
  appId: string;
  /** The bot's Entra app registration (client) id, the same as the MicrosoftAppId app setting. */
  botId: string;
  /** Host name the bot runs on, e.g. innovasjonsbot-test.azurewebsites.net (no scheme, no path). */
  host: string;
  /** App version, MAJOR.MINOR.PATCH; raise it for every upload. */
  version: string;
}

export const BOT_SCOPES = ['personal', 'team', 'groupChat'] as const;
export type BotScope = (typeof BOT_SCOPES)[number];

export interface BotCommand {
  id: string;
  nb: string;
  en: string;
  scopes: ReadonlyArray<BotScope>;
}

export interface MessageExtensionCommand {
  id: string;
  context: ReadonlyArray<'compose' | 'commandBox' | 'message'>;
}

/** Where the commands and their texts come from; tests pass their own to exercise every branch. */
export interface CommandSource {
  commands: ReadonlyArray<BotCommand>;
  messageExtensionCommands: ReadonlyArray<MessageExtensionCommand>;
  descriptions: Readonly<Record<string, LocalizedText>>;
  messageExtensionTexts: Readonly<Record<string, { title: LocalizedText; description: LocalizedText }>>;
}

export const APP_COMMANDS: CommandSource = {
  commands: menuCommandRoutes(),
  messageExtensionCommands: messageExtensionRoutes(),
  descriptions: BOT_COMMAND_DESCRIPTIONS,
  messageExtensionTexts: MESSAGE_EXTENSION_TEXTS,
};

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const VERSION = /^\d+\.\d+\.\d+$/;

/** Throws one error naming every bad parameter. */
export function checkParams(params: ManifestParams): void {
  const problems: string[] = [];
  if (!GUID.test(params.appId)) problems.push(`app id "${params.appId}" is not a GUID`);
  if (!GUID.test(params.botId)) problems.push(`bot id "${params.botId}" is not a GUID`);
  if (!HOST.test(params.host)) problems.push(`host "${params.host}" is not a public host name (lower case, no scheme, port or path)`);
  if (!VERSION.test(params.version)) problems.push(`version "${params.version}" is not MAJOR.MINOR.PATCH`);
  if (problems.length) throw new Error(`Invalid app package parameters: ${problems.join('; ')}`);
}

function readTemplate<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, file), 'utf8')) as T;
}

/**
 * Groups the bot commands into Teams command lists: one list per set of scopes that shows the
 * same commands (personal gets every command, team and groupChat share the short list).
 */
export function groupCommandLists(commands: ReadonlyArray<BotCommand>): Array<{ scopes: BotScope[]; commands: BotCommand[] }> {
  const lists: Array<{ scopes: BotScope[]; commands: BotCommand[] }> = [];
  for (const scope of BOT_SCOPES) {
    const inScope = commands.filter((c) => c.scopes.includes(scope));
    if (inScope.length === 0) continue;
    const key = inScope.map((c) => c.id).join('|');
    const same = lists.find((l) => l.commands.map((c) => c.id).join('|') === key);
    if (same) same.scopes.push(scope);
    else lists.push({ scopes: [scope], commands: inScope });
  }
  return lists;
}

function description(source: CommandSource, id: string): LocalizedText {
  const text = source.descriptions[id];
  if (!text) throw new Error(`Bot command "${id}" has no description: add it to BOT_COMMAND_DESCRIPTIONS in deployment/appPackage/commandTexts.ts`);
  return text;
}

function extensionTexts(source: CommandSource, id: string): { title: LocalizedText; description: LocalizedText } {
  const texts = source.messageExtensionTexts[id];
  if (!texts) throw new Error(`Message extension command "${id}" has no title/description: add it to MESSAGE_EXTENSION_TEXTS in deployment/appPackage/commandTexts.ts`);
  return texts;
}

/** The manifest.json content, strings in Norwegian bokmål (the default language). */
export function buildManifest(params: ManifestParams, source: CommandSource = APP_COMMANDS): TeamsManifest {
  checkParams(params);
  const { $schema, manifestVersion, ...template } = readTemplate<Omit<TeamsManifest, 'id' | 'version'>>('manifest.template.json');
  const manifest: TeamsManifest = {
    $schema,
    manifestVersion,
    version: params.version,
    id: params.appId,
    ...template,
    bots: [
      {
        botId: params.botId,
        scopes: [...BOT_SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: groupCommandLists(source.commands).map((list) => ({
          scopes: list.scopes,
          commands: list.commands.map((c) => ({ title: c.nb, description: description(source, c.id).nb })),
        })),
      },
    ],
    validDomains: [params.host],
  };
  if (source.messageExtensionCommands.length > 0) {
    manifest.composeExtensions = [
      {
        botId: params.botId,
        composeExtensionType: 'botBased',
        commands: source.messageExtensionCommands.map((c) => {
          const texts = extensionTexts(source, c.id);
          // Action commands: the bot answers the fetch with a dialog (task module) card.
          return { id: c.id, type: 'action', fetchTask: true, context: [...c.context], title: texts.title.nb, description: texts.description.nb };
        }),
      },
    ];
  }
  return manifest;
}

/** en.json: the English strings, keyed by their path in manifest.json (Teams localization format). */
export function buildEnglishLocalization(source: CommandSource = APP_COMMANDS): Localization {
  const localization = readTemplate<Localization>('en.template.json');
  groupCommandLists(source.commands).forEach((list, i) => {
    list.commands.forEach((c, j) => {
      localization[`bots[0].commandLists[${i}].commands[${j}].title`] = c.en;
      localization[`bots[0].commandLists[${i}].commands[${j}].description`] = description(source, c.id).en;
    });
  });
  source.messageExtensionCommands.forEach((c, k) => {
    const texts = extensionTexts(source, c.id);
    localization[`composeExtensions[0].commands[${k}].title`] = texts.title.en;
    localization[`composeExtensions[0].commands[${k}].description`] = texts.description.en;
  });
  return localization;
}
