import type { JobInsert } from '@switchboard/common';
import { EventType } from '../event-type';

/** Deliveries of events to tenants' endpoints: FIFO per endpoint and order key (a contact's events in order). */
export const EVENT_DELIVERY_QUEUE = 'event-delivery';

/** The event as recorded: what its delivery row is made from at the first attempt. */
export interface RecordedEvent {
  id: string;
  type: EventType;
  orderKey: string;
  /** The JSON body ({ type, timestamp, data }) as text: sent as written, its keys in that order. */
  body: string;
}

export interface DeliveryJob {
  tenantId: string;
  endpointId: string;
  deliveryId: string;
  /** Set on a first delivery; a replay's delivery row exists already. */
  event?: RecordedEvent;
}

/** The queue's key: an endpoint's events of one key run one at a time, in order; others in parallel. */
export function deliveryKeyOf(endpointId: string, orderKey: string): string {
  return `${endpointId}|${orderKey}`;
}

/**
 * A first delivery's job id is its delivery's (ids made in order, so a transaction's jobs keep
 * theirs); a replay's is new, as the first job may still be kept by the queue.
 */
export function deliveryJobOf(job: DeliveryJob, orderKey: string, jobId = job.deliveryId): JobInsert {
  return { id: jobId, data: job, singletonKey: deliveryKeyOf(job.endpointId, orderKey) };
}

/**
 * Retries back off exponentially from RETRY_BASE_S up to a 24th of the retry window (an hour of
 * the default day); the window itself ends them. The queue's own limit is a bound well past that,
 * never reached while the window holds: a job the queue fails for good would hold its key.
 */
const RETRY_BASE_S = 10;

export interface RetrySettings {
  retryDelay: number;
  retryDelayMax: number;
  retryLimit: number;
}

export function retrySettingsOf(windowMs: number): RetrySettings {
  const windowS = Math.max(1, Math.floor(windowMs / 1_000));
  const retryDelayMax = Math.max(1, Math.min(3_600, Math.floor(windowS / 24)));
  const retryDelay = Math.min(RETRY_BASE_S, retryDelayMax);
  // The most retries the window can hold, at the shortest delays the backoff takes.
  let retries = 0;
  for (let elapsed = 0; elapsed < windowS; retries++) elapsed += Math.min(retryDelayMax, retryDelay * 2 ** retries);
  return { retryDelay, retryDelayMax, retryLimit: retries + 10 };
}
