import { DeliveryStatus } from '../deliveries/event-delivery.entity';

export interface AttemptFacts {
  delivered: boolean;
  now: Date;
  /** The start of the delivery's retry window (its first attempt, or its last replay). */
  retryingSince: Date;
  /** Since when the endpoint has failed every attempt; null when its last attempt succeeded. */
  endpointFailingSince: Date | null;
  windowMs: number;
  /** The queue has no retry left for this job. */
  lastRetry: boolean;
}

/** What the endpoint's record says after the attempt. */
export type EndpointChange = 'none' | 'recovered' | 'started-failing' | 'disable';

export interface AttemptVerdict {
  status: DeliveryStatus;
  /** Whether the job ends here; otherwise the queue retries it after its backoff. */
  done: boolean;
  endpoint: EndpointChange;
}

/**
 * After an attempt: a 2xx delivers; a failure is retried until the delivery's window passes; an
 * endpoint that failed every attempt for a whole window is disabled (and its deliveries end).
 */
export function verdictOf(facts: AttemptFacts): AttemptVerdict {
  if (facts.delivered) return { status: DeliveryStatus.DELIVERED, done: true, endpoint: facts.endpointFailingSince ? 'recovered' : 'none' };
  const failingFor = facts.endpointFailingSince ? facts.now.getTime() - facts.endpointFailingSince.getTime() : 0;
  const endpoint: EndpointChange = !facts.endpointFailingSince ? 'started-failing' : failingFor >= facts.windowMs ? 'disable' : 'none';
  const windowPassed = facts.now.getTime() - facts.retryingSince.getTime() >= facts.windowMs;
  const done = windowPassed || facts.lastRetry || endpoint === 'disable';
  return { status: done ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, done, endpoint };
}
