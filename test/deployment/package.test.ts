import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { APP_PACKAGE_DIR } from '../../deployment/appPackage/buildManifest';
import { validateLocalization, validateManifest } from '../../deployment/appPackage/validateManifest';
import { createAppPackage, DEFAULT_OUT_DIR, outFile, packageApp, parseArgs, resolveParams } from '../../scripts/package-app';

const ROOT = path.resolve(__dirname, '..', '..');
const FILES = ['color.png', 'en.json', 'manifest.json', 'outline.png'];
const testEnv = JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, 'env', 'test.json'), 'utf8')) as Record<string, string>;
const appId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const botId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function checkZip(zip: AdmZip) {
  expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(FILES);
  const manifest = JSON.parse(zip.readAsText('manifest.json')) as { id: string; bots: Array<{ botId: string }>; validDomains: string[] };
  expect(validateManifest(manifest)).toEqual([]);
  expect(validateLocalization(JSON.parse(zip.readAsText('en.json')))).toEqual([]);
  for (const icon of ['color.png', 'outline.png']) expect(zip.readFile(icon)!.equals(readFileSync(path.join(APP_PACKAGE_DIR, icon)))).toBe(true);
  return manifest;
}

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'app-package-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parseArgs', () => {
  it('defaults to the test environment and reads both flag forms', () => {
    expect(parseArgs([])).toEqual({ env: 'test' });
    expect(parseArgs(['--env', 'prod', `--app-id=${appId}`, '--bot-id', botId, '--host', 'a.example.no', '--app-version', '2.0.0'])).toEqual({
      env: 'prod', appId, botId, host: 'a.example.no', appVersion: '2.0.0',
    });
  });

  it('rejects unknown flags and missing values', () => {
    expect(() => parseArgs(['--appid', appId])).toThrow(/Unknown argument/);
    expect(() => parseArgs(['--app-id'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--app-id', '--host', 'x'])).toThrow(/needs a value/);
  });
});

describe('resolveParams', () => {
  it('uses the placeholder-free test parameters when no flag is given', () => {
    expect(resolveParams({ env: 'test' })).toEqual({ ...testEnv, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('lets flags override the parameters file', () => {
    expect(resolveParams({ env: 'test', appId, botId, host: 'bot.example.no', appVersion: '3.1.4' })).toEqual({ appId, botId, host: 'bot.example.no', version: '3.1.4' });
  });

  it('needs the ids on the command line for production', () => {
    expect(() => resolveParams({ env: 'prod' })).toThrow(/--app-id/);
    expect(() => resolveParams({ env: 'prod', appId })).toThrow(/--bot-id/);
    expect(resolveParams({ env: 'prod', appId, botId }).host).toMatch(/\.azurewebsites\.net$/);
  });

  it('refuses an unknown environment', () => {
    expect(() => resolveParams({ env: 'staging' })).toThrow(/expected one of prod, test/);
  });
});

describe('app package zip', () => {
  it('holds manifest.json, en.json and both icons at the root, and the manifest validates', () => {
    const manifest = checkZip(new AdmZip(createAppPackage({ appId, botId, host: 'bot.example.no', version: '1.0.0' })));
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0]!.botId).toBe(botId);
    expect(manifest.validDomains).toEqual(['bot.example.no']);
  });

  it('is written to deployment/build/innovasjonsbot-<env>.zip by default', () => {
    expect(outFile('prod')).toBe(path.join(ROOT, 'deployment', 'build', 'innovasjonsbot-prod.zip'));
    expect(DEFAULT_OUT_DIR).toBe(path.join(ROOT, 'deployment', 'build'));
    const { file } = packageApp({ env: 'prod', appId, botId, outDir: dir });
    expect(file).toBe(path.join(dir, 'innovasjonsbot-prod.zip'));
    checkZip(new AdmZip(file));
  });

  it('is produced by `npm run package` without ids (fresh clone: test parameters)', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = spawnSync(tsx, ['scripts/package-app.ts', '--out-dir', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const manifest = checkZip(new AdmZip(path.join(dir, 'innovasjonsbot-test.zip')));
    expect(manifest.id).toBe(testEnv.appId);
    expect(manifest.validDomains).toEqual([testEnv.host]);
  });
});
