import { AnswerError, fallbackReasonOf } from './answer-error';

describe('fallbackReasonOf', () => {
  it('says timeout once the answer timeout passed, whatever the answerer made of it', () => {
    expect(fallbackReasonOf(AnswerError.aborted('the model'), true)).toBe('timeout');
    expect(fallbackReasonOf(new Error('no answer within the answer timeout'), true)).toBe('timeout');
  });

  it("takes an answerer's own failure as it is, and anything else as error", () => {
    expect(fallbackReasonOf(new AnswerError('http-error', 'HTTP 500'), false)).toBe('http-error');
    expect(fallbackReasonOf(AnswerError.empty('the endpoint'), false)).toBe('empty');
    expect(fallbackReasonOf(new TypeError('boom'), false)).toBe('error');
  });
});
