import { ApiFamily } from '@switchboard/common';
import type { Answer } from './fuzz-http';

/**
 * Whether an answer is a proper refusal: a 4xx in the error envelope of the API family asked,
 * naming the request id it was sent under. Each check answers what is wrong, empty when nothing.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string' && value.length > 0;

function restEnvelopeProblems(family: Exclude<ApiFamily, ApiFamily.GRAPHQL>, body: Json, requestId: string): string[] {
  const wrong = (what: string, ok: boolean) => (ok ? [] : [`${family} envelope: ${what}`]);
  switch (family) {
    case ApiFamily.JINA:
      return [...wrong('detail', isText(body.detail)), ...wrong('code', isText(body.code)), ...wrong('request_id', body.request_id === requestId)];
    case ApiFamily.OPENSCOUTER: {
      const error = isObject(body.error) ? body.error : {};
      const metadata = isObject(body.metadata) ? body.metadata : {};
      return [
        ...wrong('success: false', body.success === false),
        ...wrong('data: null', body.data === null),
        ...wrong('error.code', isText(error.code)),
        ...wrong('error.message', isText(error.message)),
        ...wrong('metadata.requestId', metadata.requestId === requestId),
      ];
    }
    case ApiFamily.ESPUTNIK:
      return [...wrong('error', isText(body.error)), ...wrong('code', body.code !== undefined), ...wrong('request_id', body.request_id === requestId)];
    case ApiFamily.SENSAY:
      return [...wrong('success: false', body.success === false), ...wrong('error', isText(body.error)), ...wrong('request_id', body.request_id === requestId)];
    case ApiFamily.OCTOPODS:
      return [...wrong('request_id', body.request_id === requestId), ...wrong('error_code', typeof body.error_code === 'number'), ...wrong('error', isText(body.error))];
  }
}

/** GraphQL codes of a refusal: the caller's fault, never ours or Telegram's. */
const GRAPHQL_CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

function graphqlRefusalProblems(body: Json, requestId: string): string[] {
  const errors = Array.isArray(body.errors) ? (body.errors as unknown[]) : [];
  if (errors.length === 0) return ['GraphQL: no errors, the bad input was accepted'];
  const extensions = isObject(errors[0]) && isObject(errors[0].extensions) ? errors[0].extensions : {};
  const problems: string[] = [];
  if (!GRAPHQL_CLIENT_CODES.has(String(extensions.code))) problems.push(`GraphQL: extensions.code ${String(extensions.code)} is not a refusal`);
  if (extensions.requestId !== requestId) problems.push('GraphQL: errors[0].extensions.requestId');
  if (isObject(body.data) && Object.values(body.data).some((value) => value !== null)) problems.push('GraphQL: data alongside the error');
  return problems;
}

/** A refusal in the family's envelope, with its X-Request-Id. */
export function refusalProblems(family: ApiFamily, answer: Answer, expectedStatus?: number): string[] {
  const problems: string[] = [];
  if (!answer.requestId) problems.push('no X-Request-Id header');
  const requestId = answer.requestId ?? '';
  if (family === ApiFamily.GRAPHQL) {
    if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
    if (expectedStatus && answer.status !== expectedStatus) problems.push(`HTTP ${answer.status}, expected ${expectedStatus}`);
  } else if (expectedStatus ? answer.status !== expectedStatus : answer.status < 400 || answer.status > 499) {
    problems.push(`HTTP ${answer.status}, expected ${expectedStatus ?? '4xx'}`);
  }
  if (!isObject(answer.body)) return [...problems, 'the body is not a JSON object'];
  return [...problems, ...(family === ApiFamily.GRAPHQL ? graphqlRefusalProblems(answer.body, requestId) : restEnvelopeProblems(family, answer.body, requestId))];
}

/** Telegram's webhook may acknowledge a malformed update it stores as FAILED. */
export function isWebhookAcknowledgement(answer: Answer): boolean {
  return answer.status === 200 && isObject(answer.body) && answer.body.ok === true;
}

/** eSputnik's batch answers 200 with an error on each entry that failed alone (SPEC §4). */
export function isBatchOfFailures(answer: Answer): boolean {
  if (answer.status !== 200 || !isObject(answer.body) || !Array.isArray(answer.body.results)) return false;
  return answer.body.results.every((result: unknown) => isObject(result) && isText(result.error));
}

/** An answer that is no fault of ours: taken (2xx), or refused as `refusalProblems` wants. */
export function takenOrRefusedProblems(family: ApiFamily, answer: Answer): string[] {
  const graphqlErrors = family === ApiFamily.GRAPHQL && isObject(answer.body) && Array.isArray(answer.body.errors);
  const taken = family === ApiFamily.GRAPHQL ? answer.status === 200 && !graphqlErrors : answer.status >= 200 && answer.status < 300;
  return taken ? [] : refusalProblems(family, answer);
}
