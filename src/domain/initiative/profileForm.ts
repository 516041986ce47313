// The profile form a leader confirms on first use (and with `profil`).
import type { Language } from '../profile/profile';
import { ROLES, type Role } from './codes';
import { Checker } from './fieldRules';
import { LIMITS, type Parsed, type RawForm } from './formTypes';

export interface ProfileInput {
  name: string;
  unit: string;
  sector: string;
  role: Role;
  language: Language;
}

const LANGUAGES: readonly Language[] = ['nb', 'en'];

/** `sectors`: the configured sector names; the submitted one must match one exactly. */
export function parseProfileForm(raw: RawForm, sectors: readonly string[]): Parsed<ProfileInput> {
  const c = new Checker(raw);
  const name = c.text('name', LIMITS.name, true);
  const unit = c.text('unit', LIMITS.unit, true);
  const sectorText = c.text('sector', Number.MAX_SAFE_INTEGER, true);
  if (sectorText !== undefined && !sectors.includes(sectorText)) c.set('sector', { code: 'invalidChoice' });
  const role = c.choice('role', ROLES, true);
  const language = c.choice('language', LANGUAGES, true);
  if (!c.ok) return { ok: false, errors: c.errors };
  return { ok: true, value: { name: name!, unit: unit!, sector: sectorText!, role: role!, language: language! } };
}
