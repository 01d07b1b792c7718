import { oas } from '@switchboard/common';

const { dateTime, integer, nullable, objectOf, text, uuid } = oas;

/** Octopods' 201 answer. */
export const INTERACTIVE_SENT_SCHEMA = objectOf(
  {
    request_id: { ...text, description: 'The X-Request-Id of the request' },
    message_id: { ...integer, description: "Switchboard's id of the message (GraphQL message(id))" },
    channel_message_id: { ...nullable(text), description: '`tg-<Telegram message_id>`; null when the bot’s pacing has not let it go yet' },
  },
  // Octopods' own example.
  { example: { request_id: '3e6b1d2a-9f4e-4c1d-8b7a-1b3c5d7e9f0a', message_id: 7382914, channel_message_id: 'tg-2418' } },
);

/** An OpenScouter job (data). */
export const JOB_SCHEMA = objectOf(
  {
    id: { ...text, description: 'The id it was created with, or a generated one' },
    title: text,
    url: text,
    segmentId: { ...nullable(uuid), description: 'Its targeting' },
    message: { ...nullable(text), description: 'Its notification text; null for the platform template' },
    createdAt: dateTime,
  },
  {
    example: {
      id: 'job_abc123',
      title: 'Usability study: checkout',
      url: 'https://openscouter.com/jobs/job_abc123',
      segmentId: null,
      message: null,
      createdAt: '2026-03-16T08:00:00.000Z',
    },
  },
);

/** OpenScouter's job-notify answer (data). */
export const JOB_NOTIFICATION_SCHEMA = objectOf(
  { testerId: text, telegramChatId: integer, messageId: { ...integer, description: "Telegram's message_id" }, sentAt: dateTime },
  // OpenScouter's own example.
  { example: { testerId: 'user_xyz789', telegramChatId: 123456789, messageId: 42, sentAt: '2026-03-16T09:05:00Z' } },
);
