// `npm run package -- [--env test|prod] [--app-id GUID] [--bot-id GUID] [--host HOST] [--app-version X.Y.Z] [--out-dir DIR]`
// Builds the Teams app package deployment/build/innovasjonsbot-<env>.zip with manifest.json,
// en.json, color.png and outline.png at the zip root (Teams admin center requires that).
// Values come from the flags, then from deployment/appPackage/env/<env>.json; the version
// defaults to package.json's. Environment variables are deliberately not read.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import {
  APP_COMMANDS,
  APP_PACKAGE_DIR,
  buildEnglishLocalization,
  buildManifest,
  type CommandSource,
  type ManifestParams,
  PACKAGE_FILES,
} from '../deployment/appPackage/buildManifest';
import { validateLocalization, validateManifest } from '../deployment/appPackage/validateManifest';

const REPO_ROOT = path.resolve(__dirname, '..');
export const ENV_DIR = path.join(APP_PACKAGE_DIR, 'env');
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'deployment', 'build');
export const DEFAULT_ENV = 'test';

export interface PackageOptions {
  env: string;
  appId?: string;
  botId?: string;
  host?: string;
  appVersion?: string;
  outDir?: string;
}

/** What deployment/appPackage/env/<env>.json may hold. */
type EnvParameters = Partial<Pick<ManifestParams, 'appId' | 'botId' | 'host'>>;

const FLAGS: Record<string, keyof PackageOptions> = {
  '--env': 'env',
  '--app-id': 'appId',
  '--bot-id': 'botId',
  '--host': 'host',
  '--app-version': 'appVersion',
  '--out-dir': 'outDir',
};

export const USAGE =
  'Usage: npm run package -- [--env test|prod] [--app-id GUID] [--bot-id GUID] [--host HOST] [--app-version X.Y.Z] [--out-dir DIR]';

/** Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: readonly string[]): PackageOptions {
  const options: PackageOptions = { env: DEFAULT_ENV };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const key = FLAGS[flag];
    if (!key) throw new Error(`Unknown argument "${arg}". ${USAGE}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`${flag} needs a value. ${USAGE}`);
    options[key] = value;
  }
  return options;
}

export function availableEnvs(): string[] {
  return readdirSync(ENV_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function readEnvParameters(env: string): EnvParameters {
  const file = path.join(ENV_DIR, `${env}.json`);
  if (!/^[a-z0-9-]+$/.test(env) || !existsSync(file)) {
    throw new Error(`Unknown environment "${env}": expected one of ${availableEnvs().join(', ')} (files in ${path.relative(REPO_ROOT, ENV_DIR)})`);
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const allowed = ['appId', 'botId', 'host'];
  for (const [key, value] of Object.entries(parsed)) {
    if (!allowed.includes(key) || typeof value !== 'string') throw new Error(`${file}: "${key}" is not one of ${allowed.join(', ')} with a string value`);
  }
  return parsed as EnvParameters;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Flags win over the environment file; a missing id or host is an error that says which flag to pass. */
export function resolveParams(options: PackageOptions): ManifestParams {
  const fromFile = readEnvParameters(options.env);
  const pick = (key: 'appId' | 'botId' | 'host', flag: string, hint: string): string => {
    const value = options[key] ?? fromFile[key];
    if (!value) throw new Error(`No ${flag.slice(2)} for environment "${options.env}": pass ${flag} (${hint}).`);
    return value;
  };
  return {
    appId: pick('appId', '--app-id', 'the Teams app GUID; keep the same one for every version, make one the first time with: node -e "console.log(crypto.randomUUID())"'),
    botId: pick('botId', '--bot-id', 'the Entra app registration client id, the MicrosoftAppId app setting'),
    host: pick('host', '--host', 'the webAppHostName output of the Bicep deployment'),
    version: options.appVersion ?? packageVersion(),
  };
}

/** The zip as bytes. Throws when the manifest or en.json does not match the Teams schema. */
export function createAppPackage(params: ManifestParams, source: CommandSource = APP_COMMANDS): Buffer {
  const manifest = buildManifest(params, source);
  const en = buildEnglishLocalization(source);
  const errors = [...validateManifest(manifest).map((e) => `manifest.json ${e}`), ...validateLocalization(en).map((e) => `en.json ${e}`)];
  if (errors.length) throw new Error(`The app package does not match the Teams schema:\n${errors.join('\n')}`);
  const zip = new AdmZip();
  zip.addFile(PACKAGE_FILES.manifest, Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
  zip.addFile(PACKAGE_FILES.en, Buffer.from(JSON.stringify(en, null, 2) + '\n', 'utf8'));
  for (const icon of [PACKAGE_FILES.color, PACKAGE_FILES.outline]) zip.addFile(icon, readFileSync(path.join(APP_PACKAGE_DIR, icon)));
  return zip.toBuffer();
}

export function outFile(env: string, outDir = DEFAULT_OUT_DIR): string {
  return path.join(outDir, `innovasjonsbot-${env}.zip`);
}

export function packageApp(options: PackageOptions): { file: string; params: ManifestParams } {
  const params = resolveParams(options);
  const file = outFile(options.env, options.outDir ? path.resolve(options.outDir) : DEFAULT_OUT_DIR);
  const zip = createAppPackage(params);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, zip);
  return { file, params };
}

if (require.main === module) {
  try {
    const argv = process.argv.slice(2);
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(USAGE);
    } else {
      const { file, params } = packageApp(parseArgs(argv));
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
      console.log(`  app id ${params.appId}, bot id ${params.botId}, host ${params.host}, version ${params.version}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
