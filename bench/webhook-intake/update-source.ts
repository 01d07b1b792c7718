/**
 * The updates the load sends: private text messages as Telegram delivers them, each with an
 * update_id never used before in the run (the app stores one row per bot+update_id and answers a
 * repeat without storing it, so a reused id would make the stored count lie).
 */

/** A few people writing to the bot, so the stored rows and the queued processing span several chats. */
const PEOPLE = [
  { id: 5_100_000_001, first_name: 'Ann', last_name: 'Lee', username: 'ann_lee', language_code: 'en' },
  { id: 5_100_000_002, first_name: 'Boris', username: 'boris_k', language_code: 'ru' },
  { id: 5_100_000_003, first_name: 'Chen', last_name: 'Wei', language_code: 'zh-hans' },
  { id: 5_100_000_004, first_name: 'Dana', username: 'dana_b', language_code: 'de' },
  { id: 5_100_000_005, first_name: 'Eli', language_code: 'es' },
  { id: 5_100_000_006, first_name: 'Fatima', last_name: 'Z', username: 'fatima_z', language_code: 'ar' },
  { id: 5_100_000_007, first_name: 'Gus', username: 'gus', language_code: 'pt-br' },
  { id: 5_100_000_008, first_name: 'Hana', language_code: 'ja' },
] as const;

const TEXTS = [
  'Hi! Is my order on its way?',
  'What are your opening hours on Sunday?',
  'Thanks, that helped a lot 👍',
  'Can I change the delivery address?',
  'I did not receive the confirmation email',
  'ok',
];

export class UpdateSource {
  private nextId: number;
  private readonly messageIds = new Map<number, number>();

  constructor(firstUpdateId = 400_000_000) {
    this.nextId = firstUpdateId;
  }

  /** The id the next update will get; with `peekNext` after a run, [before, after) is the run's id range. */
  peekNext(): number {
    return this.nextId;
  }

  /** One update's JSON body and its update_id. */
  next(): { updateId: number; body: string } {
    const updateId = this.nextId++;
    const person = PEOPLE[updateId % PEOPLE.length];
    const messageId = (this.messageIds.get(person.id) ?? 0) + 1;
    this.messageIds.set(person.id, messageId);
    const { language_code: _language, ...chatName } = person;
    const update = {
      update_id: updateId,
      message: {
        message_id: messageId,
        from: { ...person, is_bot: false },
        chat: { ...chatName, type: 'private' },
        date: Math.floor(Date.now() / 1000),
        text: TEXTS[updateId % TEXTS.length],
      },
    };
    return { updateId, body: JSON.stringify(update) };
  }
}
