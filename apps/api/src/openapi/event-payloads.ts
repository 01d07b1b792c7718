/**
 * The payloads of the events Switchboard posts to tenants' endpoints (`message.received`,
 * `message.status_changed`, …), as classes with `@ApiProperty` fields. Each one listed here
 * becomes a schema under `components.schemas` of the OpenAPI document, so clients can
 * generate their types; the document's tests check its example like every other.
 * Empty until the events are delivered.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- swagger's extraModels takes classes
export const EVENT_PAYLOAD_MODELS: Function[] = [];
