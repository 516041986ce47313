// Codes and their labels side by side: the export gets a translate function (the caller picks
// the language), so this module never imports the language files itself.
import type { CodeListName } from '../domain/initiative/codes';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface Labels {
  t: Translate;
  /** The label of one code, e.g. label('phase', 'pilot') → «Pilotering». */
  label(list: CodeListName | 'ideaStatus', code: string | undefined): string | undefined;
  /** Several codes as «a, b» and their labels as «A; B». */
  codes(codes: readonly string[] | undefined): string | undefined;
  labels(list: CodeListName, codes: readonly string[] | undefined): string | undefined;
  yesNo(value: boolean): string;
}

export function labelsFor(t: Translate): Labels {
  const label = (list: string, code: string | undefined) => (code === undefined ? undefined : t(list === 'ideaStatus' ? `ideaStatus.${code}` : `codes.${list}.${code}`));
  return {
    t,
    label,
    codes: (codes) => (codes?.length ? codes.join(', ') : undefined),
    labels: (list, codes) => (codes?.length ? codes.map((c) => label(list, c)).join('; ') : undefined),
    yesNo: (value) => t(value ? 'export.yes' : 'export.no'),
  };
}
