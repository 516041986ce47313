// `rediger`: the optional details of an initiative (cards/editDetails.json).
import { DETAILS_FIELDS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import type { Initiative } from '../../domain/initiative/initiative';
import { type Locale } from '../../i18n';
import { codeChoices } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { formBase, formFooter, formErrors, formValues, type FormMeta } from '../forms/formParts';

export function editDetailsData(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors) {
  const defaults: Record<string, string | undefined> = {
    novelty: initiative.novelty,
    reuseSource: initiative.reuseSource,
    reuseReference: initiative.reuseReference,
    initiators: initiative.initiators?.join(','),
    partners: initiative.partners?.join(','),
    funding: initiative.funding?.join(','),
  };
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'submit', 'edit.save'),
    initiativeTitle: initiative.title,
    values: formValues(DETAILS_FIELDS, raw, defaults),
    errors: formErrors(locale, DETAILS_FIELDS, errors),
    choices: {
      novelty: codeChoices(locale, 'novelty'),
      reuseSource: codeChoices(locale, 'reuseSource'),
      initiator: codeChoices(locale, 'initiator'),
      partner: codeChoices(locale, 'partner'),
      funding: codeChoices(locale, 'funding'),
    },
  };
}

export function editDetailsCard(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors): CardAttachment {
  return cardAttachment(expandCard('editDetails', locale, editDetailsData(locale, meta, initiative, raw, errors)));
}
