import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { eventEndpointsOf } from './support/event-endpoints';
import { EventReceiverFake } from './support/event-receiver-fake';
import { aPerson, deliver, messageFrom } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

describe('events out: every event type reaches a receiver, signed', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let receiver: EventReceiverFake;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).build();
    bot = await aBot(app, fake, tenant);
    receiver = new EventReceiverFake();
    await receiver.start();
    await eventEndpointsOf(app, tenant.apiKey).create(receiver, ['message.received', 'contact.created']);
  });
  afterAll(async () => {
    await app.close();
    await receiver.stop();
    await fake.stop();
  });

  it('tells of a new contact, then of their message', async () => {
    const person = aPerson();
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'Hello there'));
    const received = await receiver.eventMatching((event) => event.type === 'message.received' && event.data.text === 'Hello there');
    const created = receiver.events('contact.created').find((event) => event.data.username === person.username);
    expect(created).toMatchObject({ data: { id: received.data.contact_id, bot_id: bot.id, chat_id: String(person.id), first_name: person.first_name } });
    expect(received).toMatchObject({ type: 'message.received', timestamp: expect.any(String), data: { bot_id: bot.id, chat_id: String(person.id), kind: 'text' } });
  });
});
