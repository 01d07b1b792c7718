import type { SchemaObject } from '@nestjs/swagger';
import { oas } from '@switchboard/common';
import { BroadcastState } from './broadcast-state';

const { dateTime, integer, nullable, objectOf, text, uuid } = oas;

const count = (description: string) => ({ ...integer, minimum: 0, description });

const broadcastProperties = {
  id: uuid,
  name: text,
  platform: { type: 'string', enum: ['TELEGRAM'] },
  status: { type: 'string', enum: Object.values(BroadcastState) },
  bot_app_id: uuid,
  message_text: text,
  created_at: dateTime,
  started_at: nullable(dateTime),
  finished_at: nullable(dateTime),
  total_recipients: count('Contacts in the audience, with skipped ones and duplicates'),
  queued_count: count('Not sent yet'),
  sent_count: count('Sent (clicked ones included)'),
  failed_count: count('Failed'),
  skipped_count: count('Not attempted: unknown ids, no identity on the bot, blocked, never started it, duplicates'),
  clicked_count: count('Whose button was pressed'),
  cancelled_count: count('Never sent: the broadcast was cancelled first'),
  in_flight_at_crash: count('Sent again after their worker died mid-send: they may have arrived twice'),
} satisfies Record<string, SchemaObject>;

const example = {
  id: '7a1c3e5f-2b4d-4f6a-8c9e-0d1f2a3b4c5d',
  name: 'Telegram Announcement',
  platform: 'TELEGRAM',
  status: 'RUNNING',
  bot_app_id: '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40',
  message_text: 'Hello from Jina Connect!',
  created_at: '2026-03-16T09:00:00.000Z',
  started_at: '2026-03-16T09:00:00.000Z',
  finished_at: null,
  total_recipients: 2,
  queued_count: 1,
  sent_count: 1,
  failed_count: 0,
  skipped_count: 0,
  clicked_count: 0,
  cancelled_count: 0,
  in_flight_at_crash: 0,
};

/** A broadcast with its counts, as the Jina Connect routes answer it. */
export const BROADCAST_SCHEMA = objectOf(broadcastProperties, { example });

/** The same with its progress, as GET /broadcast/{id}/ answers it. */
export const BROADCAST_WITH_PROGRESS_SCHEMA = objectOf(
  {
    ...broadcastProperties,
    progress: objectOf({
      percent: { type: 'number', minimum: 0, maximum: 100, description: 'Share of the audience settled (sent, failed, skipped or cancelled)' },
      sent_per_second: { type: 'number', minimum: 0, description: 'Over the last few seconds' },
      eta: { ...nullable(dateTime), description: 'When the rest should be sent at the current pace; null unless running' },
    }),
  },
  { example: { ...example, progress: { percent: 50, sent_per_second: 1, eta: '2026-03-16T09:00:02.000Z' } } },
);

/** OpenScouter's send-job counts (data). */
export const JOB_SENT_SCHEMA = objectOf(
  {
    jobId: text,
    eligibleTesters: count('Everyone the job targets'),
    connectedToTelegram: count('Of them, those reachable on the bot'),
    notificationsSent: count('Sent so far'),
    failedDeliveries: count('Failed so far'),
  },
  { example: { jobId: 'job_abc123', eligibleTesters: 48, connectedToTelegram: 31, notificationsSent: 31, failedDeliveries: 0 } },
);

/** When the broadcast is still going as send-job answers: how to follow it. */
export const JOB_UNDERWAY_SCHEMA = objectOf(
  { broadcastId: { ...uuid, description: 'Follow it with GET /broadcast/{broadcastId}/' }, status: { type: 'string', enum: Object.values(BroadcastState) }, queued: count('Not sent yet') },
  { description: 'Null when every notification was settled before the answer' },
);
