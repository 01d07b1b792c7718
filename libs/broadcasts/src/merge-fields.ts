import { BroadcastError, BroadcastErrorCode } from './broadcast.errors';

/** `{{first_name}}`, `{{attributes.plan}}`, `{{first_name|there}}`: a name, and a default used when the contact has no value. */
const MERGE_FIELD = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;
const NAMED_FIELDS = ['first_name', 'last_name', 'username'] as const;
const ATTRIBUTE = /^attributes\.([A-Za-z0-9_-]{1,100})$/;

export interface MergeValues {
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  attributes: Record<string, unknown>;
}

/** Refuses a template naming a field no contact has, before anything is sent. */
export function checkMergeFields(template: string): void {
  for (const [, name] of template.matchAll(MERGE_FIELD)) {
    if (!(NAMED_FIELDS as readonly string[]).includes(name) && !ATTRIBUTE.test(name)) {
      throw new BroadcastError(
        BroadcastErrorCode.UNKNOWN_MERGE_FIELD,
        `Unknown merge field {{${name}}}: use first_name, last_name, username or attributes.KEY, with an optional default ({{first_name|there}})`,
      );
    }
  }
}

function valueOf(name: string, contact: MergeValues): string | null {
  const attribute = ATTRIBUTE.exec(name);
  if (attribute) {
    const value = contact.attributes[attribute[1]];
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  const named = { first_name: contact.firstName, last_name: contact.lastName, username: contact.username }[name];
  return named || null;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A contact's value made plain text in the parse mode: it can neither break nor inject formatting. */
export function escapeForParseMode(value: string, parseMode: string | null): string {
  switch (parseMode) {
    case 'HTML':
      return value.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]);
    case 'MarkdownV2':
      return value.replace(/[_*[\]()~`>#+\-=|{}.!\\]/g, (char) => `\\${char}`);
    case 'Markdown':
      return value.replace(/[_*`[]/g, (char) => `\\${char}`);
    default:
      return value;
  }
}

/** The template with each field filled from the contact (escaped), or its default (written in the template's own markup). */
export function renderMergeFields(template: string, contact: MergeValues, parseMode: string | null): string {
  return template.replace(MERGE_FIELD, (_match, name: string, fallback: string | undefined) => {
    const value = valueOf(name, contact);
    return value === null ? (fallback ?? '') : escapeForParseMode(value, parseMode);
  });
}
