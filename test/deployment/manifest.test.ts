import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  buildEnglishLocalization,
  buildManifest,
  type CommandSource,
  MANIFEST_SCHEMA_VERSION,
  type ManifestParams,
} from '../../deployment/appPackage/buildManifest';
import { SCHEMA_DIR, validateLocalization, validateManifest } from '../../deployment/appPackage/validateManifest';

const params: ManifestParams = {
  appId: '3d84bad0-ac78-4a33-9f8e-7c6b192f3ba6',
  botId: '42fae709-75f2-4df2-9992-a5fa7b828c5f',
  host: 'innovasjonsbot-test.azurewebsites.net',
  version: '1.2.3',
};

/** Reads `a[0].b.c[1].d` style paths (the keys of a Teams localization file). */
function valueAt(root: unknown, key: string): unknown {
  const parts = key.match(/[^.[\]]+/g) ?? [];
  return parts.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);
}

describe('Teams manifest', () => {
  it('uses the newest stable schema version shipped in @microsoft/app-manifest', () => {
    const versions = readdirSync(path.dirname(SCHEMA_DIR))
      .filter((d) => /^v\d+\.\d+$/.test(d))
      .map((d) => d.slice(1))
      .sort((a, b) => {
        const [am, an] = a.split('.').map(Number) as [number, number];
        const [bm, bn] = b.split('.').map(Number) as [number, number];
        return am - bm || an - bn;
      });
    // When @microsoft/app-manifest ships a newer schema, move manifest.template.json and
    // MANIFEST_SCHEMA_VERSION up to it (vDevPreview is not a stable version and is skipped).
    expect(MANIFEST_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
    const manifest = buildManifest(params);
    expect(manifest.manifestVersion).toBe(MANIFEST_SCHEMA_VERSION);
    expect(manifest.$schema).toContain(`/v${MANIFEST_SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
  });

  it('validates against the bundled JSON schema', () => {
    expect(validateManifest(buildManifest(params))).toEqual([]);
  });

  it('is Norwegian by default with an English localization file', () => {
    const manifest = buildManifest(params);
    expect(manifest.localizationInfo?.defaultLanguageTag).toBe('nb-NO');
    expect(manifest.localizationInfo?.additionalLanguages).toEqual([{ languageTag: 'en', file: 'en.json' }]);
  });

  it('fills in the ids, host and version and declares the bot in every scope, with files (the export)', () => {
    const manifest = buildManifest(params);
    expect(manifest.id).toBe(params.appId);
    expect(manifest.version).toBe(params.version);
    expect(manifest.validDomains).toEqual([params.host]);
    expect(manifest.bots).toHaveLength(1);
    const bot = manifest.bots![0]!;
    expect(bot.botId).toBe(params.botId);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(true);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it.each([
    ['appId', 'not-a-guid', /app id/],
    ['botId', '', /bot id/],
    ['host', 'localhost', /host/],
    ['host', 'https://innovasjonsbot-test.azurewebsites.net', /host/],
    ['host', 'innovasjonsbot-test.azurewebsites.net/api/messages', /host/],
    ['version', '1.0', /version/],
  ] as const)('rejects %s=%s', (key, value, message) => {
    expect(() => buildManifest({ ...params, [key]: value })).toThrow(message);
  });
});

describe('en.json', () => {
  it('validates against the bundled localization schema', () => {
    expect(validateLocalization(buildEnglishLocalization())).toEqual([]);
  });

  it('only translates strings that exist in manifest.json', () => {
    const manifest = buildManifest(params);
    for (const key of Object.keys(buildEnglishLocalization()).filter((k) => k !== '$schema')) {
      expect([key, typeof valueAt(manifest, key)]).toEqual([key, 'string']);
    }
  });
});

describe('message extension (composeExtensions)', () => {
  const source: CommandSource = {
    commands: [{ id: 'help', nb: 'hjelp', en: 'help', scopes: ['personal'] }],
    messageExtensionCommands: [{ id: 'newIdea', context: ['compose', 'commandBox', 'message'] }],
    descriptions: { help: { nb: 'Hjelp', en: 'Help' } },
    messageExtensionTexts: {
      newIdea: { title: { nb: 'Ny idé', en: 'New idea' }, description: { nb: 'Send inn en idé', en: 'Submit an idea' } },
    },
  };

  it('is left out while there are no message extension commands', () => {
    expect(buildManifest(params, { ...source, messageExtensionCommands: [] })).not.toHaveProperty('composeExtensions');
  });

  it('is emitted, valid and translated when there are commands', () => {
    const manifest = buildManifest(params, source);
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.composeExtensions).toEqual([
      {
        botId: params.botId,
        composeExtensionType: 'botBased',
        commands: [
          { id: 'newIdea', type: 'action', fetchTask: true, context: ['compose', 'commandBox', 'message'], title: 'Ny idé', description: 'Send inn en idé' },
        ],
      },
    ]);
    const en = buildEnglishLocalization(source);
    expect(validateLocalization(en)).toEqual([]);
    expect(en['composeExtensions[0].commands[0].title']).toBe('New idea');
  });

  it('refuses a command without texts', () => {
    const missing = { ...source, messageExtensionTexts: {} };
    expect(() => buildManifest(params, missing)).toThrow(/newIdea.*MESSAGE_EXTENSION_TEXTS/);
    expect(() => buildEnglishLocalization(missing)).toThrow(/newIdea/);
  });

  it('refuses a bot command without a description', () => {
    expect(() => buildManifest(params, { ...source, descriptions: {} })).toThrow(/help.*BOT_COMMAND_DESCRIPTIONS/);
  });
});
