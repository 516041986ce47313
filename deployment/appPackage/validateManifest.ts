// Validates manifest.json and en.json against the JSON schemas bundled in @microsoft/app-manifest
// (offline: no schema is fetched). The Teams schemas declare draft-04, so this uses ajv-draft-04,
// the validator @microsoft/app-manifest itself depends on, resolved from that package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { MANIFEST_SCHEMA_VERSION } from './buildManifest';

const APP_MANIFEST_DIR = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
export const SCHEMA_DIR = path.join(APP_MANIFEST_DIR, 'build', 'json-schemas', 'teams', `v${MANIFEST_SCHEMA_VERSION}`);

function loadSchema(file: string): object {
  return JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as object;
}

let validators: { manifest: ValidateFunction; localization: ValidateFunction } | undefined;

function getValidators(): { manifest: ValidateFunction; localization: ValidateFunction } {
  if (validators) return validators;
  const mod = require(require.resolve('ajv-draft-04', { paths: [APP_MANIFEST_DIR] })) as { default: typeof Ajv };
  // unicodeRegExp: false because the localization schema's patterns are not valid with the `u` flag.
  const ajv = new mod.default({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  validators = {
    manifest: ajv.compile(loadSchema('MicrosoftTeams.schema.json')),
    localization: ajv.compile(loadSchema('MicrosoftTeams.Localization.schema.json')),
  };
  return validators;
}

function run(validate: ValidateFunction, data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Schema errors in a manifest; empty when it is valid. */
export function validateManifest(manifest: unknown): string[] {
  return run(getValidators().manifest, manifest);
}

/** Schema errors in a localization file such as en.json; empty when it is valid. */
export function validateLocalization(localization: unknown): string[] {
  return run(getValidators().localization, localization);
}
