// The profile form: only what a person may choose themselves (name and language). Role, unit
// and sector come from the roster and the admin list, never from this form.
import type { Language } from '../profile/profile';
import { Checker } from './fieldRules';
import { LIMITS, type Parsed, type RawForm } from './formTypes';

export interface ProfileInput {
  name: string;
  language: Language;
}

const LANGUAGES: readonly Language[] = ['nb', 'en'];

export function parseProfileForm(raw: RawForm): Parsed<ProfileInput> {
  const c = new Checker(raw);
  const name = c.text('name', LIMITS.name, true);
  const language = c.choice('language', LANGUAGES, true);
  if (!c.ok) return { ok: false, errors: c.errors };
  return { ok: true, value: { name: name!, language: language! } };
}
