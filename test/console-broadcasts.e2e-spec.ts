import type { Locator, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { BroadcastApi, peopleWhoStarted } from './support/broadcasts';
import { saveReadmeScreenshot, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { consoleSuite } from './support/console-suite';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { TestApp } from './support/test-app';

const BROADCAST_URL = /\/broadcasts\/[0-9a-f-]{36}$/;

/** The console's Broadcasts screen in a real browser, sending through the real app to the Bot API fake. */
describe('web console: broadcasts', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let api: BroadcastApi;
  let bot: BuiltBot;
  let people: Person[];
  let ada: Person;
  let adaId: string;
  let page: Page;

  consoleSuite((made) => ({ fake, app, tenant } = made), (opened) => (page = opened));

  beforeAll(async () => {
    api = new BroadcastApi(app, tenant.apiKey);
    bot = await aBot(app, fake, tenant, 'News bot');
    people = await peopleWhoStarted(app, fake, bot, tenant.apiKey, 3);
    ada = aPerson({ first_name: 'Ada', last_name: 'Lovelace', username: 'ada_news' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(ada, '/start'));
    [adaId] = await api.contactIdsOf(bot, [ada]);
    const segment = await api.call('mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }', {
      input: { name: 'Started the news bot', criteria: { botId: bot.id, reachable: true } },
    });
    if (segment.errors) throw new Error(`creating the segment failed: ${JSON.stringify(segment.errors)}`);
  }, 120_000);

  const openBroadcasts = async () => {
    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('link', { name: 'Broadcasts' }).click();
    await page.getByRole('heading', { name: 'Broadcasts', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Compose a broadcast' }).click();
  };
  const stateIs = (state: string | RegExp) => page.getByTestId('broadcast-state').filter({ hasText: state }).waitFor({ timeout: 30_000 });
  const sendsTo = (of: BuiltBot, person: Person) => fake.callsTo('sendMessage', of.token).filter((call) => String(call.params.chat_id) === String(person.id));
  /** Finds Ada with a contact picker and picks her. */
  const pickAda = async (within: Page | Locator, picker: string) => {
    await within.getByLabel(`${picker}: find a contact`).fill('lovelace');
    await within.getByRole('combobox', { name: picker, exact: true }).selectOption({ label: 'Ada Lovelace (@ada_news)' });
  };
  const markupOf = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as { inline_keyboard: Array<Array<{ text: string }>> };

  it('shows the API’s message for a schedule in the past, then schedules a draft and cancels it after a confirmation', async () => {
    await openBroadcasts();
    await page.getByLabel('Name', { exact: true }).fill('Nobody');
    await page.getByLabel('Text', { exact: true }).fill('Hello');
    await page.getByRole('radio', { name: 'A list of contacts' }).check();
    await page.getByLabel(/^Contact ids/).fill('not-a-contact-id');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: 'Nobody' }).waitFor();

    await page.getByLabel('Start at').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'scheduledAt is in the past' }).waitFor();

    await page.getByLabel('Start at').fill(`${new Date().getFullYear() + 1}-01-01T10:00`);
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled: SCHEDULED for' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Nobody' }).filter({ hasText: 'SCHEDULED' }).waitFor();

    await page.getByRole('button', { name: 'Cancel broadcast' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Cancel broadcast' });
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await stateIs(/^SCHEDULED for/);
    await page.getByRole('button', { name: 'Cancel broadcast' }).click();
    await dialog.getByRole('button', { name: 'Cancel it' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancelled: CANCELLED' }).waitFor();
    await stateIs('CANCELLED');
  });

  it('composes with a button and a merge field, previews it for a contact, edits the draft, launches it, and opens it by its URL', async () => {
    await openBroadcasts();
    await page.getByLabel('Name', { exact: true }).fill('Welcome Ada');
    await page.getByLabel('Text', { exact: true }).fill('Hi {{first_name|there}}, see {{attributes.plan|our plans}}');
    await pickAda(page, 'Preview for');
    const preview = page.getByRole('figure', { name: 'Preview' });
    await preview.filter({ hasText: 'Hi Ada, see our plans' }).waitFor();
    await page.getByRole('button', { name: 'Add a button' }).click();
    const first = page.getByRole('group', { name: 'Button 1' });
    await first.getByLabel('Label').fill('Open the shop');
    await first.getByLabel(/^Link/).fill('https://shop.example/spring');
    await preview.filter({ hasText: 'Hi Ada, see our plans' }).filter({ hasText: 'Open the shop' }).waitFor();
    await page.getByLabel('Text', { exact: true }).fill('Hi {{nickname}}');
    await page.getByRole('alert').filter({ hasText: 'Unknown merge field {{nickname}}' }).waitFor();
    await page.getByLabel('Text', { exact: true }).fill('Hi {{first_name|there}}, see {{attributes.plan|our plans}}');

    await page.getByRole('radio', { name: 'A list of contacts' }).check();
    await pickAda(page, 'Add a contact');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await expect(page.getByLabel(/^Contact ids/).inputValue()).resolves.toBe(adaId);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: 'Welcome Ada' }).waitFor();
    expect(page.url()).toMatch(BROADCAST_URL);
    const url = page.url();

    await page.getByRole('button', { name: 'Edit the draft' }).click();
    const edit = page.getByRole('form', { name: 'Edit the draft' });
    await expect(edit.getByLabel('Text', { exact: true }).inputValue()).resolves.toBe('Hi {{first_name|there}}, see {{attributes.plan|our plans}}');
    await edit.getByLabel('Text', { exact: true }).fill('Hello {{first_name|there}}!');
    await edit.getByRole('button', { name: 'Add a button' }).click();
    const second = edit.getByRole('group', { name: 'Button 2' });
    await second.getByLabel('Label').fill('Talk to us');
    await second.getByLabel('Action').selectOption('callback_data');
    await second.getByLabel('Data sent back on a press').fill('talk');
    await second.getByLabel('Beside the button before it').check();
    await pickAda(edit, 'Preview for');
    await edit.getByRole('figure', { name: 'Preview' }).filter({ hasText: 'Hello Ada!' }).waitFor();
    await edit.getByRole('button', { name: 'Save the draft' }).click();
    await edit.getByRole('status').filter({ hasText: 'Saved Welcome Ada.' }).waitFor();
    await page.getByRole('figure', { name: 'Message' }).filter({ hasText: 'Hello {{first_name|there}}!' }).filter({ hasText: 'Talk to us' }).waitFor();
    await expect(page.getByLabel('Estimate').textContent()).resolves.toContain('Recipients1');

    await page.getByRole('button', { name: 'Launch now' }).click();
    await stateIs('COMPLETED');
    const [sent] = await eventually(async () => sendsTo(bot, ada), (calls) => calls.length === 1);
    expect(sent.params.text).toBe('Hello Ada!');
    expect(markupOf(sent.params.reply_markup).inline_keyboard.map((row) => row.map((button) => button.text))).toEqual([['Open the shop', 'Talk to us']]);

    await page.getByRole('link', { name: 'All broadcasts' }).click();
    await page.getByRole('heading', { name: 'Welcome Ada' }).waitFor({ state: 'detached' });
    await page.goBack();
    await page.getByRole('heading', { name: 'Welcome Ada' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'Welcome Ada' }).waitFor({ state: 'detached' });
    await page.goto(url);
    await stateIs('COMPLETED');
    await page.getByRole('heading', { name: 'Welcome Ada' }).waitFor();
  }, 60_000);

  it('composes a broadcast to a segment, shows its estimate, launches it and follows it to COMPLETED', async () => {
    await openBroadcasts();
    await page.getByLabel('Name', { exact: true }).fill('Spring news');
    await expect(page.getByRole('combobox', { name: 'Bot', exact: true }).textContent()).resolves.toContain('News bot');
    await page.getByLabel('Text', { exact: true }).fill('Hello {{first_name|there}}, <b>spring</b> is here');
    await page.getByLabel('Parse mode').selectOption('HTML');
    await page.getByRole('figure', { name: 'Preview' }).filter({ hasText: /^Hello .+, <b>spring<\/b> is here$/ }).waitFor();
    await page.getByRole('radio', { name: 'A segment' }).check();
    await expect(page.getByRole('combobox', { name: 'Segment', exact: true }).textContent()).resolves.toContain('Started the news bot (4 contacts)');
    await page.getByRole('button', { name: 'Create draft' }).click();

    await page.getByRole('heading', { name: 'Spring news' }).waitFor();
    await stateIs('DRAFT');
    await expect(page.getByLabel('Estimate').textContent()).resolves.toContain('Recipients4');

    await page.getByRole('button', { name: 'Launch now' }).click();
    await page.getByRole('status').filter({ hasText: /Launched: (RUNNING|COMPLETED)/ }).waitFor();
    await stateIs('COMPLETED');
    await page.getByTestId('sent-count').filter({ hasText: /^4$/ }).waitFor();
    const sentRows = page.getByRole('grid', { name: /Deliveries/ }).getByRole('gridcell', { name: 'SENT', exact: true });
    await sentRows.nth(3).waitFor();
    await expect(sentRows.count()).resolves.toBe(4);
    await page.getByRole('row').filter({ hasText: 'Spring news' }).filter({ hasText: 'COMPLETED' }).waitFor();

    const sends = await eventually(
      async () => fake.callsTo('sendMessage', bot.token).filter((call) => String(call.params.text).includes('spring')),
      (calls) => calls.length >= 4,
    );
    expect(sends.map((call) => String(call.params.chat_id)).sort()).toEqual([...people, ada].map((person) => String(person.id)).sort());
    for (const call of sends) {
      expect(call.params.parse_mode).toBe('HTML');
      expect(call.params.text).toMatch(/^Hello .+, <b>spring<\/b> is here$/);
    }
  }, 90_000);

  it('composes a photo with a caption for a bot with paid broadcasts on, shows the most it may cost in Stars, and sends it paid', async () => {
    const paid = await aBot(app, fake, tenant, 'Paid bot');
    await api.updateBot(paid.id, { paidBroadcasts: true });
    const fans = await peopleWhoStarted(app, fake, paid, tenant.apiKey, 35);
    const photo = 'https://example.com/spring/cover.jpg';

    await openBroadcasts();
    await page.getByLabel('Name', { exact: true }).fill('Spring cover');
    await page.getByRole('combobox', { name: 'Bot', exact: true }).selectOption({ label: `Paid bot (@${paid.username})` });
    await page.getByRole('radio', { name: 'Photo with a caption' }).check();
    await page.getByLabel('Photo (URL or Telegram file_id)').fill(photo);
    await page.getByLabel('Caption', { exact: true }).fill('Our spring cover, {{first_name|friend}}');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: 'Spring cover' }).waitFor();
    await page.getByRole('figure', { name: 'Message' }).filter({ hasText: `Photo: ${photo}` }).filter({ hasText: 'Our spring cover, {{first_name|friend}}' }).waitFor();
    // 1,000/s when paid: the 5 sends above Telegram's free 30 in that one second cost 0.1 Star each.
    const estimate = await page.getByLabel('Estimate').textContent();
    expect(estimate).toContain('Recipients35');
    expect(estimate).toContain('at 1000/s');
    expect(estimate).toContain('Paid broadcastyes: at most 0.5 Stars');

    await page.getByRole('button', { name: 'Launch now' }).click();
    await stateIs('COMPLETED');
    await page.getByTestId('sent-count').filter({ hasText: /^35$/ }).waitFor();
    const sends = await eventually(async () => fake.callsTo('sendPhoto', paid.token), (calls) => calls.length >= 35);
    expect(sends.map((call) => String(call.params.chat_id)).sort()).toEqual(fans.map((person) => String(person.id)).sort());
    for (const call of sends) {
      expect({ photo: call.params.photo, paid: call.params.allow_paid_broadcast }).toEqual({ photo, paid: true });
    }
    expect(sends.map((call) => call.params.caption).sort()).toEqual(fans.map((person) => `Our spring cover, ${person.first_name}`).sort());
    expect(fake.callsTo('sendMessage', paid.token)).toEqual([]);
  }, 90_000);

  it('follows a running broadcast live (rate, ETA), pauses it, pages its deliveries, resumes and cancels it', async () => {
    const slow = await aBot(app, fake, tenant, 'Slow bot');
    await api.updateBot(slow.id, { sendRate: '2/s' });
    const listeners = await peopleWhoStarted(app, fake, slow, tenant.apiKey, 30);

    await openBroadcasts();
    await page.getByLabel('Name', { exact: true }).fill('Slow news');
    await page.getByRole('combobox', { name: 'Bot', exact: true }).selectOption({ label: `Slow bot (@${slow.username})` });
    await page.getByLabel('Text', { exact: true }).fill('Slowly, {{first_name}}');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: 'Slow news' }).waitFor();
    await expect(page.getByLabel('Estimate').textContent()).resolves.toContain('Recipients30');
    await expect(page.getByLabel('Estimate').textContent()).resolves.toContain('at 2/s');

    // Sending 30 at 2/s takes 15 s: what follows until the pause, and from the resume to the cancel, is quicker.
    await page.getByRole('button', { name: 'Launch now' }).click();
    await stateIs('RUNNING');
    const progress = page.getByLabel('Progress');
    await progress.filter({ hasText: /Sent([3-9]|\d\d)/ }).filter({ hasText: /Rate(0\.[1-9]|[1-9])/ }).filter({ hasText: /ETAin \d+ s/ }).waitFor({ timeout: 20_000 });
    // The list below follows the same live updates while it runs, not only when its state moves.
    const listed = page.getByRole('grid', { name: 'Broadcasts, newest first' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Slow news' }) });
    const sentColumn = 3;
    await listed.filter({ has: page.getByRole('gridcell', { name: 'RUNNING', exact: true }) }).getByRole('gridcell').nth(sentColumn).filter({ hasText: /^([3-9]|\d\d)$/ }).waitFor();
    await saveScreenshot(page, 'broadcast-running');
    await saveReadmeScreenshot(page, 'broadcast-running');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('status').filter({ hasText: 'Paused: PAUSED' }).waitFor();
    await stateIs('PAUSED');

    const deliveries = page.getByRole('grid', { name: /Deliveries/ });
    await expect(deliveries.getByRole('row').count()).resolves.toBe(11);
    const deliveryPages = page.getByRole('navigation', { name: 'Deliveries pages' });
    await deliveryPages.getByRole('button', { name: 'Next page' }).click();
    await deliveryPages.getByText('Page 2').waitFor();
    await expect(deliveries.getByRole('row').count()).resolves.toBe(11);

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('status').filter({ hasText: 'Resumed: RUNNING' }).waitFor();
    await page.getByRole('button', { name: 'Cancel broadcast' }).click();
    await page.getByRole('alertdialog', { name: 'Cancel broadcast' }).getByRole('button', { name: 'Cancel it' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancelled: CANCELLED' }).waitFor();
    await stateIs('CANCELLED');
    await progress.filter({ hasText: /Cancelled[1-9]/ }).waitFor();
    expect(listeners.filter((person) => sendsTo(slow, person).length > 0).length).toBeLessThan(30);
  }, 90_000);
});
