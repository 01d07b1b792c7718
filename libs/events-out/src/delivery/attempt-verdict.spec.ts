import { DeliveryStatus } from '../deliveries/event-delivery.entity';
import { AttemptFacts, verdictOf } from './attempt-verdict';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-11-26T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const facts = (overrides: Partial<AttemptFacts>): AttemptFacts => ({
  delivered: false,
  now,
  retryingSince: ago(HOUR),
  endpointFailingSince: null,
  windowMs: DAY,
  lastRetry: false,
  ...overrides,
});

describe('verdictOf', () => {
  it('delivers on a 2xx, and clears a failing endpoint', () => {
    expect(verdictOf(facts({ delivered: true }))).toEqual({ status: DeliveryStatus.DELIVERED, done: true, endpoint: 'none' });
    expect(verdictOf(facts({ delivered: true, endpointFailingSince: ago(HOUR) }))).toEqual({ status: DeliveryStatus.DELIVERED, done: true, endpoint: 'recovered' });
  });

  it('retries a failure within the window, marking when the endpoint started failing', () => {
    expect(verdictOf(facts({}))).toEqual({ status: DeliveryStatus.PENDING, done: false, endpoint: 'started-failing' });
    expect(verdictOf(facts({ endpointFailingSince: ago(23 * HOUR) }))).toEqual({ status: DeliveryStatus.PENDING, done: false, endpoint: 'none' });
  });

  it('gives the delivery up once its window has passed, or the queue has no retry left', () => {
    expect(verdictOf(facts({ retryingSince: ago(DAY), endpointFailingSince: ago(HOUR) }))).toEqual({ status: DeliveryStatus.FAILED, done: true, endpoint: 'none' });
    expect(verdictOf(facts({ lastRetry: true, endpointFailingSince: ago(HOUR) }))).toEqual({ status: DeliveryStatus.FAILED, done: true, endpoint: 'none' });
  });

  it('disables an endpoint that has failed every attempt for the whole window', () => {
    expect(verdictOf(facts({ endpointFailingSince: ago(DAY) }))).toEqual({ status: DeliveryStatus.FAILED, done: true, endpoint: 'disable' });
    expect(verdictOf(facts({ endpointFailingSince: ago(DAY - 1) })).endpoint).toBe('none');
  });
});
