import type { BroadcastAudienceInput, BroadcastChoicesQuery, BroadcastFieldsFragment } from '../../gql/graphql';

export type AudienceKind = 'all' | 'segment' | 'contacts' | 'job';
export type ButtonAction = 'url' | 'callback_data';

/** One inline button as the form edits it. */
export interface ButtonDraft {
  text: string;
  action: ButtonAction;
  value: string;
  /** Beside the button before it, rather than on a row of its own. */
  sameRow: boolean;
}

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

export const A_NEW_BUTTON: ButtonDraft = { text: '', action: 'url', value: '', sameRow: false };

/** The form's value, or the first of the choices when none was picked. */
export const orFirst = (value: string, choices: ReadonlyArray<{ id: string }>): string => value || choices[0]?.id || '';

/** Inline buttons as Telegram's reply markup: each button on a new row unless it joins the row before. */
export function replyMarkupOf(buttons: readonly ButtonDraft[]): Record<string, unknown> | null {
  if (buttons.length === 0) return null;
  const rows: Array<Array<Record<string, string>>> = [];
  for (const button of buttons) {
    const telegramButton = { text: button.text, [button.action]: button.value };
    if (button.sameRow && rows.length > 0) rows[rows.length - 1].push(telegramButton);
    else rows.push([telegramButton]);
  }
  return { inline_keyboard: rows };
}

const isButtonRow = (row: unknown): row is Array<Record<string, unknown>> => Array.isArray(row) && row.every((button) => typeof button === 'object' && button !== null);

/** The buttons of a reply markup, or null when it holds anything but link and callback buttons. */
export function buttonsOf(markup: Record<string, unknown> | null): ButtonDraft[] | null {
  if (!markup) return [];
  const rows = markup.inline_keyboard;
  if (Object.keys(markup).length !== 1 || !Array.isArray(rows) || !rows.every(isButtonRow)) return null;
  const buttons: ButtonDraft[] = [];
  for (const row of rows) {
    for (const [index, button] of row.entries()) {
      const action = (['url', 'callback_data'] as const).find((key) => typeof button[key] === 'string');
      if (!action || Object.keys(button).length !== 2 || typeof button.text !== 'string') return null;
      buttons.push({ text: button.text, action, value: button[action] as string, sameRow: index > 0 });
    }
  }
  return buttons;
}

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
