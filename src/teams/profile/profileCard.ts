// `profil`: name, unit, sector, role and language (cards/profile.json).

import { PROFILE_FIELDS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import { t, type Locale } from '../../i18n';
import { codeChoices } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { formBase, formFooter, formErrors, formValues, type FormMeta } from '../forms/formParts';

export function profileData(locale: Locale, meta: FormMeta, raw: RawForm, errors: FieldErrors, sectors: readonly string[]) {
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'submit', 'profileForm.save'),
    values: formValues(PROFILE_FIELDS, raw),
    errors: formErrors(locale, PROFILE_FIELDS, errors),
    choices: {
      // Sector names are configuration data and may contain commas: single-select, name as value.
      sector: sectors.map((s) => ({ title: s, value: s })),
      role: codeChoices(locale, 'role'),
      language: [
        { title: t(locale, 'profileForm.languages.nb'), value: 'nb' },
        { title: t(locale, 'profileForm.languages.en'), value: 'en' },
      ],
    },
  };
}

export function profileCard(locale: Locale, meta: FormMeta, raw: RawForm, errors: FieldErrors, sectors: readonly string[]): CardAttachment {
  return cardAttachment(expandCard('profile', locale, profileData(locale, meta, raw, errors, sectors)));
}
