// Reads facts out of the Bicep files with regular expressions (no Bicep compiler offline).
// The patterns expect the multi-line object style the files use:
//   {
//     name: 'STORAGE'
//     value: 'cosmos'
//   }
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const INFRA_DIR = path.resolve(__dirname, '..', '..', 'deployment', 'infra');

export function readInfra(file: string): string {
  return readFileSync(path.join(INFRA_DIR, file), 'utf8');
}

/** A Bicep string literal ('...') as its text; undefined for any other expression. */
export function literal(expression: string): string | undefined {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(expression.trim());
  return m ? m[1]!.replace(/\\'/g, "'") : undefined;
}

/** App settings as { name, value expression } in file order. */
export function appSettings(bicep: string): Array<{ name: string; value: string }> {
  const pattern = /\{\s*\n\s*name:\s*'([^']+)'\s*\n\s*value:\s*([^\n]+?)\s*\n\s*\}/g;
  return [...bicep.matchAll(pattern)].map((m) => ({ name: m[1]!, value: m[2]! }));
}

/** Containers as declared in the `containers` variable of modules/cosmos.bicep. */
export function containers(bicep: string): Array<{ name: string; partitionKey: string; ttl: boolean }> {
  const block = /var containers = \[([\s\S]*?)\n\]/.exec(bicep)?.[1] ?? '';
  const pattern = /name:\s*'([^']+)'\s*\n\s*partitionKey:\s*'([^']+)'\s*\n\s*ttl:\s*(true|false)/g;
  return [...block.matchAll(pattern)].map((m) => ({ name: m[1]!, partitionKey: m[2]!, ttl: m[3] === 'true' }));
}

/** `param x = expression` lines of a .bicepparam file. */
export function paramAssignments(bicepparam: string): Record<string, string> {
  return Object.fromEntries([...bicepparam.matchAll(/^param\s+(\w+)\s*=\s*(.+?)\s*$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The @allowed([...]) literals just above `param <name>`. */
export function allowedValues(bicep: string, param: string): string[] {
  const m = new RegExp(`@allowed\\(\\[([^\\]]*)\\]\\)\\s*\\n(?:@[^\\n]*\\n)*param ${param}\\b`).exec(bicep);
  return m ? [...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!) : [];
}

/** Declared parameters (names) of a Bicep file. */
export function declaredParams(bicep: string): string[] {
  return [...bicep.matchAll(/^param\s+(\w+)\s/gm)].map((m) => m[1]!);
}

/** The default expression of `param <name> <type> = <default>` in a Bicep file. */
export function paramDefault(bicep: string, param: string): string | undefined {
  return new RegExp(`^param ${param} \\w+ = (.+)$`, 'm').exec(bicep)?.[1]?.trim();
}

/**
 * A Bicep literal (objects, arrays, 'strings', numbers, true/false, in the multi-line style the
 * files use) as the JSON value App Service receives from string(...). Throws on expressions.
 */
export function bicepValueToJson(bicep: string): unknown {
  const json = bicep
    .split('\n')
    .map((line) => line.replace(/^\s*(\w+):\s*/, (_m, key: string) => `"${key}": `))
    .map((line) => line.replace(/'((?:[^'\\]|\\.)*)'/g, (_m, text: string) => JSON.stringify(text.replace(/\\'/g, "'"))))
    .join('\n')
    // Bicep separates by new lines; JSON needs commas between members and elements.
    .replace(/([^\s[{,])\s*\n(\s*["{[\d-tf])/g, '$1,\n$2');
  return JSON.parse(json);
}
