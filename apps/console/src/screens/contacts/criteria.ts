import type { ContactCriteria, ContactKind } from '../../gql/graphql';

/** A yes / no / either choice as a select holds it. */
export type Choice = '' | 'true' | 'false';

/** ContactCriteria as a form edits them: text fields and choices. */
export interface CriteriaForm {
  search: string;
  tags: string;
  attributes: string;
  botId: string;
  reachable: Choice;
  blocked: Choice;
  language: string;
  kind: '' | ContactKind;
}

export const EMPTY_CRITERIA: CriteriaForm = { search: '', tags: '', attributes: '', botId: '', reachable: '', blocked: '', language: '', kind: '' };

/** Criteria read from a form: usable, or the reason they are not. */
export type CriteriaResult = { criteria: ContactCriteria; error: null } | { criteria: null; error: string };

export const splitTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** Commas outside double quotes separate entries, so a quoted value may hold one. */
const ENTRY_SEPARATOR = /,(?=(?:[^"]*"[^"]*")*[^"]*$)/;

/** A value written as JSON (a number, true, false, "quoted text", an object) is taken as such; anything else is text. */
function attributeValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `plan=pro, seats=3`: the attributes a contact must carry. Answers the reason when an entry is not key=value. */
export function parseAttributes(text: string): Record<string, unknown> | string {
  const attributes: Record<string, unknown> = {};
  for (const entry of text.split(ENTRY_SEPARATOR).map((part) => part.trim()).filter(Boolean)) {
    const equals = entry.indexOf('=');
    const key = entry.slice(0, equals).trim();
    if (equals < 1 || !key) return `Write each attribute as key=value (not “${entry}”)`;
    attributes[key] = attributeValue(entry.slice(equals + 1).trim());
  }
  return attributes;
}

function formatAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .map(([key, value]) => {
      const text = typeof value === 'string' && attributeValue(value) === value && !value.includes(',') ? value : JSON.stringify(value);
      return `${key}=${text}`;
    })
    .join(', ');
}

const choiceOf = (value: unknown): Choice => (value === true ? 'true' : value === false ? 'false' : '');

export function toCriteria(form: CriteriaForm): CriteriaResult {
  const attributes = parseAttributes(form.attributes);
  if (typeof attributes === 'string') return { criteria: null, error: attributes };
  const criteria: ContactCriteria = {};
  if (form.search.trim()) criteria.search = form.search.trim();
  if (splitTags(form.tags).length) criteria.tags = splitTags(form.tags);
  if (Object.keys(attributes).length) criteria.attributes = attributes;
  if (form.botId) criteria.botId = form.botId;
  if (form.reachable) criteria.reachable = form.reachable === 'true';
  if (form.blocked) criteria.blocked = form.blocked === 'true';
  if (form.language.trim()) criteria.language = form.language.trim();
  if (form.kind) criteria.kind = form.kind;
  return { criteria, error: null };
}

export function fromCriteria(criteria: ContactCriteria): CriteriaForm {
  return {
    search: criteria.search ?? '',
    tags: criteria.tags?.join(', ') ?? '',
    attributes: criteria.attributes ? formatAttributes(criteria.attributes) : '',
    botId: criteria.botId ? String(criteria.botId) : '',
    reachable: choiceOf(criteria.reachable),
    blocked: choiceOf(criteria.blocked),
    language: criteria.language ?? '',
    kind: criteria.kind ?? '',
  };
}

/** Saved criteria in words, e.g. "bot Shop bot; tags: vip". */
export function describeCriteria(criteria: ContactCriteria, botName: (id: string) => string): string {
  const parts = Object.entries(criteria).map(([key, value]) => {
    if (key === 'botId' && typeof value === 'string') return `bot ${botName(value)}`;
    if (key === 'attributes' && value && typeof value === 'object') return `attributes: ${formatAttributes(value as Record<string, unknown>)}`;
    return `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`;
  });
  return parts.join('; ') || 'every contact';
}
