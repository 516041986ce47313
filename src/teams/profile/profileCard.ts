// `profil`: name and language (cards/profile.json), and, read-only, the units the roster says the
// person leads. Nothing a user types decides a role.

import type { LedUnit } from '../../domain/access/roles';
import { PROFILE_FIELDS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import { listText, t, type Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { formBase, formFooter, formErrors, formValues, type FormMeta } from '../forms/formParts';

export function rosterText(locale: Locale, leads: readonly LedUnit[]): string {
  return leads.length > 0 ? t(locale, 'access.profileConfirmed', { units: listText(locale, leads.map((l) => l.unit)) }) : '';
}

export function profileData(locale: Locale, meta: FormMeta, raw: RawForm, errors: FieldErrors, leads: readonly LedUnit[] = []) {
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'submit', 'profileForm.save'),
    values: formValues(PROFILE_FIELDS, raw),
    errors: formErrors(locale, PROFILE_FIELDS, errors),
    rosterText: rosterText(locale, leads),
    choices: {
      language: [
        { title: t(locale, 'profileForm.languages.nb'), value: 'nb' },
        { title: t(locale, 'profileForm.languages.en'), value: 'en' },
      ],
    },
  };
}

export function profileCard(locale: Locale, meta: FormMeta, raw: RawForm, errors: FieldErrors, leads: readonly LedUnit[] = []): CardAttachment {
  return cardAttachment(expandCard('profile', locale, profileData(locale, meta, raw, errors, leads)));
}
