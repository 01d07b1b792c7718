import type { ReceivedEvent } from './event-receiver-fake';
import type { OpenApiSchema, SchemaValidator, ServedDocument } from './openapi-conformance';

const EVENT_UNION = '#/components/schemas/Event';

function schemaAt(document: ServedDocument, ref: string): OpenApiSchema | undefined {
  return document.components.schemas[ref.replace('#/components/schemas/', '')];
}

/**
 * What is wrong with an event a receiver took, as the OpenAPI document describes events: it must
 * validate against the `Event` union and against its type's own envelope (found through the
 * union's discriminator mapping), and its `data` must have every field documented and none more.
 */
export function eventProblems(document: ServedDocument, validator: SchemaValidator, event: ReceivedEvent): string[] {
  const mapping = (schemaAt(document, EVENT_UNION)?.discriminator as { mapping?: Record<string, string> } | undefined)?.mapping ?? {};
  const envelopeRef = mapping[event.type];
  if (!envelopeRef) return [`${event.type}: no schema in the Event union's mapping`];
  const dataRef = (schemaAt(document, envelopeRef)?.properties as { data?: { $ref?: string } } | undefined)?.data?.$ref ?? '';
  const documented = Object.keys((schemaAt(document, dataRef)?.properties as object | undefined) ?? {}).sort();
  const sent = Object.keys(event.data).sort();
  const fields = documented.join() === sent.join() ? [] : [`${event.type}: data has ${sent.join(', ')}; documented: ${documented.join(', ')}`];
  const problems = [...validator.problems({ $ref: envelopeRef }, event), ...validator.problems({ $ref: EVENT_UNION }, event)];
  return [...fields, ...problems.map((problem) => `${event.type}: ${problem}`)];
}
