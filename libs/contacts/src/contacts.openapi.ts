import { oas } from '@switchboard/common';

const { dateTime, flag, nullable, objectOf, rowId, text, uuid } = oas;

/** A "connect your Telegram" link (OpenScouter data). */
export const CONNECT_LINK_SCHEMA = objectOf(
  {
    url: { ...text, description: 'https://t.me/<bot>?start=<payload>' },
    payload: { ...text, pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Signed, expiring, bound to the bot' },
    expiresAt: dateTime,
    contactId: rowId,
    botId: uuid,
    botUsername: text,
  },
  {
    example: {
      url: 'https://t.me/OpenScouterBot?start=AAAAAAAAAAEAAAAAaBcDeFgHiJkLmNoPqRsTuVw',
      payload: 'AAAAAAAAAAEAAAAAaBcDeFgHiJkLmNoPqRsTuVw',
      expiresAt: '2026-03-23T09:00:00.000Z',
      contactId: '42',
      botId: '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40',
      botUsername: 'OpenScouterBot',
    },
  },
);

/** eSputnik's answer: one result per token, in request order. */
export const TOKEN_RESULTS_SCHEMA = objectOf(
  {
    results: {
      type: 'array',
      items: objectOf(
        {
          token: { ...nullable(text), description: 'The entry\'s token as given; null when it gave none' },
          contactId: { ...nullable(rowId), description: 'The contact the token is on; null when the entry failed' },
          created: { ...flag, description: 'A contact was created for this token' },
          tokenAdded: { ...flag, description: 'The token was new on that contact' },
          error: { ...text, description: 'Why this entry failed alone (nothing of it is stored)' },
        },
        { optional: ['error'] },
      ),
    },
  },
  { example: { results: [{ token: '123456789', contactId: '42', created: true, tokenAdded: true }] } },
);
