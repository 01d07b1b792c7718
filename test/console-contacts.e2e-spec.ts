import type { Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { blockedUpdate } from './support/broadcasts';
import { signInAsAdmin } from './support/console-browser';
import { consoleSuite } from './support/console-suite';
import { gql } from './support/graphql-client';
import { aPerson, contactsMatching, deliver, messageFrom, Person } from './support/telegram-people';
import { TestApp } from './support/test-app';

/** The console's Contacts screen in a real browser, on contacts made by people writing to a bot through the Bot API fake. */
describe('web console: contacts and segments', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  /** A second bot, on which the tests that need one give people identities of their own. */
  let helpBot: BuiltBot;
  let ada: Person;
  let others: Person[];
  let page: Page;

  consoleSuite((made) => ({ fake, app, tenant } = made), (opened) => (page = opened));

  beforeAll(async () => {
    bot = await aBot(app, fake, tenant, 'Shop bot');
    helpBot = await aBot(app, fake, tenant, 'Help bot');
    ada = aPerson({ first_name: 'Ada', last_name: 'Lovelace', username: 'ada_engines' });
    others = [aPerson({ first_name: 'Charles' }), aPerson({ first_name: 'Mary' })];
    await deliver(
      app,
      fake,
      bot,
      tenant.apiKey,
      messageFrom(ada, '/start'),
      messageFrom(ada, 'Is the analytical engine in stock?'),
      ...others.map((person) => messageFrom(person, '/start')),
    );
    // Someone the backend added, on no bot: counted by "every contact", not by the bot.
    await gql(app, 'mutation { upsertContact(input: { externalCustomerId: "crm-7", firstName: "Grace" }) { id } }', {}, tenant.apiKey);
    const fields = [
      [ada.username!, { attributes: { plan: 'pro', seats: 3 }, tags: ['vip'] }],
      [others[0].username!, { attributes: { plan: 'free' } }],
    ] as const;
    for (const [username, input] of fields) {
      const [contact] = await contactsMatching<{ id: string }>(app, tenant.apiKey, { search: username });
      await gql(app, 'mutation($id: ID!, $input: ContactFieldsInput!) { updateContact(id: $id, input: $input) { id } }', { id: contact.id, input }, tenant.apiKey);
    }
  }, 120_000);

  const openContacts = async () => {
    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('heading', { name: 'Contacts', exact: true }).waitFor();
  };
  type Named = { firstName: string | null; lastName: string | null };
  const nameOf = (contact: Named) => [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  /**
   * Submits the contact search as the form holds it and waits until the list shows the contacts
   * the API answers for `criteria`; answers their names.
   */
  const findShowsWhatTheApiFinds = async (criteria: object): Promise<string[]> => {
    const names = (await contactsMatching<Named>(app, tenant.apiKey, criteria)).map(nameOf).sort();
    await page.getByRole('form', { name: 'Find contacts' }).getByRole('button', { name: 'Find' }).click();
    const list = page.getByRole('grid', { name: /^Contacts/ });
    await eventually(
      async () => ((await list.count()) ? (await list.getByRole('rowheader').allTextContents()).sort() : []),
      (shown) => JSON.stringify(shown) === JSON.stringify(names),
    );
    return names;
  };

  it('finds contacts by search and by attribute, opens a card with its message, saves its tags, and shows a failed merge', async () => {
    await openContacts();
    const find = page.getByRole('form', { name: 'Find contacts' });
    const list = page.getByRole('grid', { name: /^Contacts/ });
    await list.getByRole('row').nth(3).waitFor();

    await find.getByLabel('Search').fill('ada_eng');
    await find.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Open Charles' }).waitFor({ state: 'detached' });
    await expect(list.getByRole('rowheader').allTextContents()).resolves.toEqual(['Ada Lovelace']);

    await find.getByLabel('Search').fill('');
    await find.getByLabel(/^Attributes/).fill('plan=free');
    await find.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Open Ada Lovelace' }).waitFor({ state: 'detached' });
    await expect(list.getByRole('rowheader').allTextContents()).resolves.toEqual(['Charles']);
    await find.getByRole('button', { name: 'Clear' }).click();

    await page.getByRole('button', { name: 'Open Ada Lovelace' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('list', { name: /Conversation/ }).getByText('Is the analytical engine in stock?').waitFor();
    await page.getByRole('grid', { name: 'Identities' }).getByRole('rowheader', { name: 'Shop bot' }).waitFor();

    await page.getByLabel('Tags (separated by commas)').fill('vip, engines');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Ada Lovelace' }).waitFor();
    await list.getByRole('row').filter({ hasText: 'Ada Lovelace' }).getByRole('gridcell', { name: 'vip, engines' }).waitFor();

    await page.getByLabel('Id of a contact to merge into this one').fill('999999');
    await page.getByRole('button', { name: 'Merge into Ada Lovelace' }).click();
    await page.getByRole('alert').filter({ hasText: 'Contact 999999 not found' }).waitFor();
  }, 60_000);

  it('counts the criteria live while they are edited, the same count the segment has once saved', async () => {
    await openContacts();
    await page.getByRole('button', { name: 'New segment' }).click();
    const form = page.getByRole('form', { name: 'New segment' });
    const live = page.getByTestId('live-count');
    await live.filter({ hasText: /^4 matching contacts$/ }).waitFor();
    await form.getByLabel('Segment name').fill('Shop regulars');
    await form.getByLabel('Bot').selectOption({ label: `Shop bot (@${bot.username})` });
    await live.filter({ hasText: /^3 matching contacts$/ }).waitFor();
    await form.getByLabel('Search').fill('Ada');
    await live.filter({ hasText: /^1 matching contact$/ }).waitFor();
    await form.getByLabel('Search').fill('');
    await form.getByLabel(/^Attributes/).fill('plan=pro, seats');
    await page.getByRole('alert').filter({ hasText: 'Cannot count: Write each attribute as key=value (not “seats”)' }).waitFor();
    await form.getByLabel(/^Attributes/).fill('plan=pro, seats=3');
    await live.filter({ hasText: /^1 matching contact$/ }).waitFor();
    await form.getByLabel(/^Attributes/).fill('');
    await form.getByLabel('Reachable').selectOption('Yes');
    await live.filter({ hasText: /^3 matching contacts$/ }).waitFor();
    await form.getByRole('button', { name: 'Create segment' }).click();
    await form.getByRole('status').filter({ hasText: 'Created the segment Shop regulars: 3 contacts' }).waitFor();
    const saved = page.getByRole('grid', { name: 'Segments' }).getByRole('row').filter({ hasText: 'Shop regulars' });
    await saved.getByRole('gridcell', { name: '3', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Edit Shop regulars' }).click();
    const edit = page.getByRole('form', { name: 'Edit Shop regulars' });
    await expect(edit.getByLabel('Reachable').inputValue()).resolves.toBe('true');
    await live.filter({ hasText: /^3 matching contacts$/ }).waitFor();
    await edit.getByLabel('Tags (all of, separated by commas)').fill('vip');
    await live.filter({ hasText: /^1 matching contact$/ }).waitFor();
    await edit.getByRole('button', { name: 'Save segment' }).click();
    await edit.getByRole('status').filter({ hasText: 'Saved the segment Shop regulars: 1 contact' }).waitFor();
    await saved.getByRole('gridcell', { name: '1', exact: true }).waitFor();
  }, 60_000);

  it('deletes a contact only once the question is confirmed, and a segment likewise', async () => {
    await gql(app, 'mutation { createSegment(input: { name: "Old list", criteria: { tags: ["old"] } }) { id } }', {}, tenant.apiKey);
    await openContacts();
    // By keyboard: the grid's arrow keys lead from Mary's name to her row's button; Escape answers the question with no.
    await page.getByRole('grid', { name: /^Contacts/ }).getByRole('rowheader', { name: 'Mary' }).click();
    for (let cell = 0; cell < 5; cell++) await page.keyboard.press('ArrowRight');
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Open Mary');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Mary' }).waitFor();
    const question = page.getByRole('alertdialog', { name: 'Delete Mary' });

    await page.getByRole('button', { name: 'Delete Mary' }).press('Enter');
    await question.getByText('erased for good').waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete Mary' }).click();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { name: 'Mary' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Delete Mary' }).click();
    await question.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted Mary' }).waitFor();
    await page.getByRole('heading', { name: 'Mary' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Open Mary' }).waitFor({ state: 'detached' });
    await expect(contactsMatching(app, tenant.apiKey, { search: 'Mary' })).resolves.toEqual([]);

    const segments = page.getByRole('grid', { name: 'Segments' });
    await segments.getByRole('button', { name: 'Delete Old list' }).click();
    await page.getByRole('alertdialog', { name: 'Delete Old list' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the segment Old list' }).waitFor();
    await segments.getByRole('rowheader', { name: 'Old list' }).waitFor({ state: 'detached' });
  }, 60_000);

  it('narrows the list by bot, reachable and blocked, to the contacts the API finds for the same criteria', async () => {
    // Blake started both bots and blocked the help bot; Dana wrote to the help bot only.
    const blake = aPerson({ first_name: 'Blake' });
    const dana = aPerson({ first_name: 'Dana' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(blake, '/start'));
    await deliver(app, fake, helpBot, tenant.apiKey, messageFrom(blake, '/start'), messageFrom(dana, '/start'), blockedUpdate(helpBot, blake));
    await openContacts();
    const find = page.getByRole('form', { name: 'Find contacts' });
    const bots = page.getByRole('grid', { name: /^Contacts/ }).getByRole('row').filter({ hasText: 'Blake' }).getByRole('gridcell', { name: 'Shop bot, Help bot (blocked)' });
    await bots.waitFor();

    await find.getByLabel('Bot').selectOption({ label: `Help bot (@${helpBot.username})` });
    await expect(findShowsWhatTheApiFinds({ botId: helpBot.id })).resolves.toEqual(['Blake', 'Dana']);
    await find.getByLabel('Blocked').selectOption('Yes');
    await expect(findShowsWhatTheApiFinds({ botId: helpBot.id, blocked: true })).resolves.toEqual(['Blake']);
    await find.getByLabel('Blocked').selectOption('Either');
    await find.getByLabel('Reachable').selectOption('Yes');
    await expect(findShowsWhatTheApiFinds({ botId: helpBot.id, reachable: true })).resolves.toEqual(['Dana']);

    // Without a bot: reachable on none of them (Grace, whom the backend added), and blocked on any.
    await find.getByLabel('Bot').selectOption('Any bot');
    await find.getByLabel('Reachable').selectOption('No');
    await expect(findShowsWhatTheApiFinds({ reachable: false })).resolves.toEqual(['Grace']);
    await find.getByLabel('Reachable').selectOption('Either');
    await find.getByLabel('Blocked').selectOption('Yes');
    await expect(findShowsWhatTheApiFinds({ blocked: true })).resolves.toEqual(['Blake']);
    await find.getByRole('button', { name: 'Clear' }).click();
    await bots.waitFor();
  }, 60_000);

  it('merges another contact into the one open, which then holds both identities while the other is gone', async () => {
    const home = aPerson({ first_name: 'Lin', last_name: 'Home' });
    const work = aPerson({ first_name: 'Lin', last_name: 'Work' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(home, '/start'), messageFrom(home, 'Order from home'));
    await deliver(app, fake, helpBot, tenant.apiKey, messageFrom(work, '/start'), messageFrom(work, 'Question from work'));
    const [homeId, workId] = await Promise.all(
      [home, work].map(async (person) => (await contactsMatching<{ id: string }>(app, tenant.apiKey, { search: person.username }))[0].id),
    );
    await openContacts();

    await page.getByRole('button', { name: 'Open Lin Home' }).click();
    await page.getByRole('heading', { name: 'Lin Home' }).waitFor();
    const identities = page.getByRole('grid', { name: 'Identities' });
    await expect(identities.getByRole('rowheader').allTextContents()).resolves.toEqual(['Shop bot']);
    await page.getByLabel('Id of a contact to merge into this one').fill(workId);
    await page.getByRole('button', { name: 'Merge into Lin Home' }).click();
    await page.getByRole('status').filter({ hasText: 'Merged: this contact now has 2 identities' }).waitFor();
    await identities.getByRole('rowheader', { name: 'Help bot' }).waitFor();
    await expect(identities.getByRole('rowheader').allTextContents().then((bots) => bots.sort())).resolves.toEqual(['Help bot', 'Shop bot']);
    await page.getByRole('list', { name: /Conversation/ }).getByText('Question from work').waitFor();
    await page.getByRole('button', { name: 'Open Lin Work' }).waitFor({ state: 'detached' });
    await expect(page.getByLabel('Id of a contact to merge into this one').inputValue()).resolves.toBe('');

    const lins = await contactsMatching<{ id: string; identities: Array<{ botId: string; chatId: string }> }>(app, tenant.apiKey, { search: 'Lin' });
    expect(lins.map((contact) => contact.id)).toEqual([homeId]);
    expect(lins[0].identities.map(({ botId, chatId }) => ({ botId, chatId })).sort((a, b) => a.chatId.localeCompare(b.chatId))).toEqual(
      [
        { botId: bot.id, chatId: String(home.id) },
        { botId: helpBot.id, chatId: String(work.id) },
      ].sort((a, b) => a.chatId.localeCompare(b.chatId)),
    );
  }, 60_000);
});
