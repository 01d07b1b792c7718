import type { ReplicaFieldsFragment, ReplicaInput } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';

/** What the form edits; the rest of a replica (type, tags, its own answerer) is kept as it is. */
export interface ReplicaValues {
  name: string;
  shortDescription: string;
  greeting: string;
  slug: string;
  ownerID: string;
  suggestedQuestions: string;
  model: string;
  systemMessage: string;
}

export const NEW_REPLICA: ReplicaValues = { name: '', shortDescription: '', greeting: '', slug: '', ownerID: 'console', suggestedQuestions: '', model: 'gpt-4o', systemMessage: '' };

export function valuesOf(replica: ReplicaFieldsFragment): ReplicaValues {
  const { name, shortDescription, greeting, slug, ownerID } = replica;
  return { name, shortDescription, greeting, slug, ownerID, suggestedQuestions: replica.suggestedQuestions.join('\n'), model: replica.llm.model, systemMessage: replica.llm.systemMessage };
}

/** The input for the values edited; an update replaces every field, so what the form does not show is sent as it is. */
export function inputOf(values: ReplicaValues, current?: ReplicaFieldsFragment): ReplicaInput {
  const { name, shortDescription, greeting, slug, ownerID, model, systemMessage } = values;
  const suggestedQuestions = values.suggestedQuestions
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    name,
    shortDescription,
    greeting,
    slug,
    ownerID,
    suggestedQuestions,
    llm: { model, systemMessage, ...(current?.llm.baseUrl ? { baseUrl: current.llm.baseUrl } : {}) },
    ...(current ? { type: current.type, private: current.private, tags: current.tags } : {}),
    ...(current?.endpoint ? { endpoint: { url: current.endpoint.url } } : {}),
  };
}

const FIELDS: ReadonlyArray<{ key: keyof ReplicaValues; label: string; isRequired?: boolean; maxLength?: number; rows?: number; pattern?: string }> = [
  { key: 'name', label: 'Name', isRequired: true, maxLength: 200 },
  { key: 'shortDescription', label: 'Short description', maxLength: 500 },
  { key: 'greeting', label: 'Greeting', rows: 2 },
  { key: 'slug', label: 'Slug (lowercase letters, digits and hyphens)', isRequired: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
  { key: 'ownerID', label: 'Owner ID', isRequired: true },
  { key: 'suggestedQuestions', label: 'Suggested questions (one a line)', rows: 3 },
  { key: 'model', label: 'Model', isRequired: true },
  { key: 'systemMessage', label: 'System message', rows: 4 },
];

/** The labelled fields of a replica, for creating and for editing one. */
export function ReplicaFieldsInputs({ values, onChange }: { values: ReplicaValues; onChange: (values: ReplicaValues) => void }) {
  return (
    <>
      {FIELDS.map(({ key, ...field }) => (
        <TextInput key={key} {...field} value={values[key]} onChange={(value) => onChange({ ...values, [key]: value })} />
      ))}
    </>
  );
}
