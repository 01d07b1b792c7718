import { ButtonDraft, buttonsOf, replyMarkupOf } from '../../ui/inline-buttons';
import type { BroadcastAudienceInput, BroadcastChoicesQuery, BroadcastFieldsFragment } from '../../gql/graphql';

export type AudienceKind = 'all' | 'segment' | 'contacts' | 'job';

/** A broadcast as the compose form holds it; ids left empty mean "the first one offered". */
export interface DraftForm {
  name: string;
  botId: string;
  withPhoto: boolean;
  photo: string;
  text: string;
  parseMode: string;
  buttons: ButtonDraft[];
  /** The reply markup was set through the API in a shape the form does not edit (a reply keyboard, a web app button…): it is left as it is. */
  keepsMarkup: boolean;
  audienceKind: AudienceKind;
  segmentId: string;
  contactIds: string;
  jobId: string;
  filterBySegment: boolean;
}

export const NEW_DRAFT: DraftForm = {
  name: '',
  botId: '',
  withPhoto: false,
  photo: '',
  text: '',
  parseMode: '',
  buttons: [],
  keepsMarkup: false,
  audienceKind: 'all',
  segmentId: '',
  contactIds: '',
  jobId: '',
  filterBySegment: true,
};

/** The form's value, or the first of the choices when none was picked. */
export const orFirst = (value: string, choices: ReadonlyArray<{ id: string }>): string => value || choices[0]?.id || '';

function audienceFormOf(audience: BroadcastFieldsFragment['audience']): Pick<DraftForm, 'audienceKind' | 'segmentId' | 'contactIds' | 'jobId' | 'filterBySegment'> {
  const rest = { segmentId: audience.segmentId ?? '', contactIds: (audience.contactIds ?? []).join('\n'), jobId: audience.jobId ?? '', filterBySegment: audience.filterBySegment ?? true };
  const kind: AudienceKind = audience.segmentId ? 'segment' : audience.contactIds ? 'contacts' : audience.jobId ? 'job' : 'all';
  return { audienceKind: kind, ...rest };
}

/** A saved draft back in the form, to edit it. */
export function draftOf(broadcast: BroadcastFieldsFragment): DraftForm {
  const buttons = buttonsOf(broadcast.replyMarkup);
  return {
    name: broadcast.name,
    botId: broadcast.botId,
    withPhoto: Boolean(broadcast.photo),
    photo: broadcast.photo ?? '',
    text: broadcast.text,
    parseMode: broadcast.parseMode ?? '',
    buttons: buttons ?? [],
    keepsMarkup: buttons === null,
    ...audienceFormOf(broadcast.audience),
  };
}

type Choices = Pick<BroadcastChoicesQuery, 'segments' | 'jobs'> | undefined;

export function audienceOf(form: DraftForm, choices: Choices): BroadcastAudienceInput {
  switch (form.audienceKind) {
    case 'segment':
      return { segmentId: orFirst(form.segmentId, choices?.segments.nodes ?? []) };
    case 'contacts':
      return { contactIds: form.contactIds.split(/[\s,]+/).filter(Boolean) };
    case 'job':
      return { jobId: form.jobId || choices?.jobs.nodes[0]?.jobId, filterBySegment: form.filterBySegment };
    case 'all':
      return { allContacts: true };
  }
}

/** What createBroadcast and updateBroadcast take from the form (null clears a photo, parse mode or buttons). */
export function contentOf(form: DraftForm, choices: Choices) {
  return {
    name: form.name,
    text: form.text,
    parseMode: form.parseMode || null,
    photo: form.withPhoto ? form.photo : null,
    ...(form.keepsMarkup ? {} : { replyMarkup: replyMarkupOf(form.buttons) }),
    audience: audienceOf(form, choices),
  };
}
