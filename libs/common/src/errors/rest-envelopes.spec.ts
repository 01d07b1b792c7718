import { BadRequestException, NotFoundException } from '@nestjs/common';
import Ajv from 'ajv';
import { ApiFamily, apiFamilyOf } from './api-family';
import { CommonError, CommonErrorCode, DomainError } from './domain-error';
import { ErrorKind } from './error-kind';
import { toProblem } from './problem';
import { ERROR_SCHEMAS, errorSchemaNameOf, RestFamily } from './rest-envelope-schemas';
import { fingerprintOf, OctopodsErrorCode, restErrorBody } from './rest-envelopes';

class RevokedKey extends DomainError<'API_KEY_REVOKED'> {
  readonly kind = ErrorKind.UNAUTHENTICATED;
}

describe('apiFamilyOf', () => {
  it.each([
    ['/graphql', ApiFamily.GRAPHQL],
    ['/telegram/v1/bots/', ApiFamily.JINA],
    ['/broadcast/', ApiFamily.JINA],
    ['/api/telegram/job-notify', ApiFamily.OPENSCOUTER],
    ['/api/jobs/job_abc123', ApiFamily.OPENSCOUTER],
    ['/v1/apps/0b5d/tokens', ApiFamily.ESPUTNIK],
    ['/v1/replicas/03db5651/integrations/telegram', ApiFamily.SENSAY],
    ['/api/v1/telegram/interactive', ApiFamily.OCTOPODS],
    ['/api/v1/api-keys', ApiFamily.JINA],
    ['/health', ApiFamily.JINA],
  ])('%s speaks %s', (path, family) => {
    expect(apiFamilyOf(path)).toBe(family);
  });
});

describe('toProblem', () => {
  it('keeps a domain error’s kind, code and message', () => {
    expect(toProblem(new CommonError(CommonErrorCode.NOT_FOUND, 'Bot not found'))).toMatchObject({ kind: ErrorKind.NOT_FOUND, status: 404, code: 'NOT_FOUND', message: 'Bot not found' });
  });

  it('reads body-parser failures', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', expose: true });
    expect(toProblem(tooLarge)).toMatchObject({ status: 413, code: CommonErrorCode.BODY_TOO_LARGE });
  });

  it('turns a lost database connection into 503', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toProblem(refused)).toMatchObject({ status: 503, code: CommonErrorCode.DATABASE_UNAVAILABLE, cause: refused });
  });

  it('hides unknown errors behind a generic 500, keeping the cause for the log', () => {
    const bug = new TypeError('x is undefined');
    expect(toProblem(bug)).toEqual({ kind: ErrorKind.INTERNAL, status: 500, code: 'INTERNAL', message: 'Internal server error', cause: bug });
  });

  it('joins validation messages and keeps them listed', () => {
    const problem = toProblem(new BadRequestException({ message: ['a must be a string', 'b should not exist'] }));
    expect(problem).toMatchObject({ status: 400, message: 'a must be a string; b should not exist', details: { errors: ['a must be a string', 'b should not exist'] } });
  });

  it('marks unknown routes', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND' });
  });
});

describe('restErrorBody', () => {
  const PLACE = 'GET /v1/replicas/:replicaUUID';
  const notFound = toProblem(new CommonError(CommonErrorCode.NOT_FOUND, 'Tester not found'));

  it('Jina: a plain object with detail, code and request_id', () => {
    expect(restErrorBody(ApiFamily.JINA, notFound, 'r1', PLACE)).toEqual({ detail: 'Tester not found', code: 'NOT_FOUND', request_id: 'r1' });
  });

  it('OpenScouter: { success, data, error, metadata }', () => {
    expect(restErrorBody(ApiFamily.OPENSCOUTER, notFound, 'r1', PLACE)).toEqual({
      success: false,
      data: null,
      error: { code: 'NOT_FOUND', message: 'Tester not found' },
      metadata: { requestId: 'r1' },
    });
  });

  it('Sensay: a fingerprint on every error but 404, as the seed documents', () => {
    expect(restErrorBody(ApiFamily.SENSAY, notFound, 'r1', PLACE)).toEqual({ success: false, error: 'Tester not found', request_id: 'r1' });
    const unauthorized = toProblem(new RevokedKey('API_KEY_REVOKED', 'revoked'));
    expect(restErrorBody(ApiFamily.SENSAY, unauthorized, 'r1', PLACE)).toEqual({
      success: false,
      error: 'revoked',
      request_id: 'r1',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('Sensay: the fingerprint is the same for the same kind of error at the same place, and differs elsewhere', () => {
    const revoked = toProblem(new RevokedKey('API_KEY_REVOKED', 'revoked'));
    const malformed = toProblem(new CommonError(CommonErrorCode.MALFORMED_JSON, 'bad'));
    expect(fingerprintOf(revoked, PLACE)).toBe(fingerprintOf(toProblem(new RevokedKey('API_KEY_REVOKED', 'another message')), PLACE));
    expect(fingerprintOf(revoked, PLACE)).not.toBe(fingerprintOf(revoked, 'POST /v1/replicas'));
    expect(fingerprintOf(revoked, PLACE)).not.toBe(fingerprintOf(malformed, PLACE));
  });

  it('Octopods: numbered error codes, 6 for a revoked key', () => {
    const revoked = toProblem(new RevokedKey('API_KEY_REVOKED', 'revoked'));
    expect(restErrorBody(ApiFamily.OCTOPODS, revoked, 'r1', PLACE)).toEqual({ request_id: 'r1', error_code: OctopodsErrorCode.API_KEY_REVOKED, error: 'revoked' });
    const malformed = toProblem(new CommonError(CommonErrorCode.MALFORMED_JSON, 'bad'));
    expect(restErrorBody(ApiFamily.OCTOPODS, malformed, 'r1', PLACE)).toMatchObject({ error_code: OctopodsErrorCode.INVALID_REQUEST });
  });

  it('eSputnik: error, code and request_id', () => {
    expect(restErrorBody(ApiFamily.ESPUTNIK, notFound, 'r1', PLACE)).toEqual({ error: 'Tester not found', code: 'NOT_FOUND', request_id: 'r1' });
  });
});

describe('the OpenAPI schemas of the error bodies', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const [name, schema] of Object.entries(ERROR_SCHEMAS)) ajv.addSchema(schema, name);
  const families = Object.values(ApiFamily).filter((family): family is RestFamily => family !== ApiFamily.GRAPHQL);
  const problems = Object.values(ErrorKind).flatMap((kind) => [
    toProblem(new (class extends DomainError<'SOME_CODE'> {
      readonly kind = kind;
    })('SOME_CODE', `a ${kind} error`)),
    ...(kind === ErrorKind.VALIDATION_FAILED ? [toProblem(new BadRequestException({ message: ['a must be a string', 'b should not exist'] }))] : []),
  ]);

  it.each(families)('%s: every error body restErrorBody builds validates against its schema', (family) => {
    for (const problem of problems) {
      const body = restErrorBody(family, problem, 'req-1', 'POST /v1/replicas');
      const validate = ajv.getSchema(errorSchemaNameOf(family, problem.status))!;
      expect({ kind: problem.kind, valid: validate(body), errors: validate.errors ?? null }).toEqual({ kind: problem.kind, valid: true, errors: null });
    }
  });

  it('refuses a body in another family’s envelope', () => {
    const body = restErrorBody(ApiFamily.JINA, problems[0], 'req-1', 'GET /x');
    expect(ajv.getSchema(errorSchemaNameOf(ApiFamily.OCTOPODS, 400))!(body)).toBe(false);
    expect(ajv.getSchema(errorSchemaNameOf(ApiFamily.SENSAY, 404))!(restErrorBody(ApiFamily.SENSAY, problems[0], 'req-1', 'GET /x'))).toBe(false);
  });
});
