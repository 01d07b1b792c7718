import type { Locator, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, BuiltBot, BuiltTenant } from './support/builders';
import { signInAsAdmin } from './support/console-browser';
import { consoleSuite } from './support/console-suite';
import { gql } from './support/graphql-client';
import { aPerson, messageFrom } from './support/telegram-people';
import { freePort, TestApp } from './support/test-app';

type Me = { me: { apiKey: { name: string; botId: string | null } } };
type Settings = { name: string; dailyLimit: number | null; sendRate: string | null; paidBroadcasts: boolean };

/** The console's Bots screen in a real browser: webhook health, a bot's settings, API keys shown once, deleting a bot. */
describe('web console: bots and API keys', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let page: Page;

  consoleSuite((made) => ({ fake, app, tenant } = made), (opened) => (page = opened), {
    // One delivery attempt, so an update Telegram cannot deliver is reported at once.
    fake: async () => {
      const oneAttempt = new BotApiFake({ setWebhookCooldownMs: 0, webhookRetry: { attempts: 1, baseDelayMs: 50 } });
      await oneAttempt.start();
      return oneAttempt;
    },
    // No webhook watch: it would repair the webhook a test points elsewhere.
    env: { WEBHOOK_WATCH_INTERVAL: '0' },
  });

  /** The row of a table whose header cell (first column) is `name`. */
  const rowOf = (table: string, name: string): Locator =>
    page.getByRole('grid', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  const cellsOf = (row: Locator) => row.getByRole('gridcell').allTextContents();
  const whoAmI = (key: string) => gql<Me>(app, '{ me { apiKey { name botId } } }', {}, key);
  const settingsOf = async (id: string) => (await gql<{ bot: Settings }>(app, 'query($id: ID!) { bot(id: $id) { name dailyLimit sendRate paidBroadcasts } }', { id }, tenant.apiKey)).data?.bot;
  /** What a bot's settings form holds, read as the API's fields. */
  const settingsShown = async (form: Locator): Promise<Settings> => {
    const dailyLimit = await form.getByLabel(/^Daily limit/).inputValue();
    return {
      name: await form.getByLabel('Name', { exact: true }).inputValue(),
      dailyLimit: dailyLimit === '' ? null : Number(dailyLimit),
      sendRate: (await form.getByLabel(/^Send rate/).inputValue()) || null,
      paidBroadcasts: await form.getByLabel(/^Paid broadcasts/).isChecked(),
    };
  };

  /** Creates a key with one of the console's forms and answers it, read from the dialog that shows it once. */
  const createKey = async (form: string, purpose: string, submit: string): Promise<string> => {
    const keyForm = page.getByRole('form', { name: form });
    await keyForm.getByLabel('What the key is for').fill(purpose);
    await keyForm.getByRole('button', { name: submit }).press('Enter');
    const shownOnce = page.getByRole('dialog', { name: 'The new API key' });
    const key = (await shownOnce.locator('code').textContent()) ?? '';
    expect(key).toMatch(/^sb_/);
    await shownOnce.getByRole('button', { name: 'I have copied it' }).click();
    await shownOnce.waitFor({ state: 'detached' });
    await keyForm.getByRole('status').filter({ hasText: `Created the key ${purpose}.` }).waitFor();
    await expect(page.content()).resolves.not.toContain(key);
    return key;
  };

  it('shows each bot’s webhook state, pending updates and Telegram’s last error', async () => {
    const healthy = await aBot(app, fake, tenant, 'Healthy bot');
    const broken = await aBot(app, fake, tenant, 'Broken bot');
    // Someone pointed the broken bot's webhook where nothing answers, and an update is waiting there.
    const nowhere = `http://127.0.0.1:${await freePort()}/`;
    const setWebhook = await fetch(`${fake.apiRoot}/bot${broken.token}/setWebhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: nowhere }) });
    expect(setWebhook.status).toBe(200);
    await expect(fake.deliverUpdate(broken.token, messageFrom(aPerson(), 'lost'))).resolves.toMatchObject({ delivered: false });

    await signInAsAdmin(page, app.url, tenant);
    const table = 'Your bots, newest first';
    await rowOf(table, 'Broken bot').waitFor();
    const [brokenCells, healthyCells] = [await cellsOf(rowOf(table, 'Broken bot')), await cellsOf(rowOf(table, 'Healthy bot'))];
    expect(brokenCells.slice(0, 5)).toEqual([`@${broken.username}`, 'Not connected', '1', expect.stringMatching(/^Connection refused \(.+\)$/), '1000']);
    expect(healthyCells.slice(0, 5)).toEqual([`@${healthy.username}`, 'Connected', '0', 'none', '1000']);

    await rowOf(table, 'Broken bot').getByRole('button', { name: `Open @${broken.username}` }).click();
    const card = page.getByRole('region', { name: `@${broken.username}` });
    const facts = card.getByRole('table', { name: `@${broken.username}` });
    await expect(facts.getByRole('row', { name: /^Webhook URL at Telegram/ }).getByRole('cell').textContent()).resolves.toBe(nowhere);
    await expect(facts.getByRole('row', { name: /^Telegram's last error/ }).getByRole('cell').textContent()).resolves.toMatch(/^Connection refused/);
  });

  it('saves a bot’s name, daily limit, send rate and paid broadcasts, still there after a reload; a bad send rate shows the API’s message and changes nothing', async () => {
    const bot = await aBot(app, fake, tenant, 'Plain bot');
    await signInAsAdmin(page, app.url, tenant);
    const openSettings = async () => {
      await page.getByRole('button', { name: `Open @${bot.username}` }).click();
      return page.getByRole('form', { name: `Settings of @${bot.username}` });
    };
    let settings = await openSettings();
    const saved: Settings = { name: 'Renamed bot', dailyLimit: 250, sendRate: '20/min', paidBroadcasts: true };
    await expect(settingsShown(settings)).resolves.not.toEqual(saved);
    await settings.getByLabel('Name', { exact: true }).fill(saved.name);
    await settings.getByLabel(/^Daily limit/).fill(String(saved.dailyLimit));
    await settings.getByLabel(/^Send rate/).fill(saved.sendRate!);
    await settings.getByLabel(/^Paid broadcasts/).check();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByRole('status').filter({ hasText: 'Saved the settings of Renamed bot.' }).waitFor();
    await expect(settingsOf(bot.id)).resolves.toEqual(saved);

    await page.reload();
    const table = 'Your bots, newest first';
    await rowOf(table, 'Renamed bot').waitFor();
    await expect(cellsOf(rowOf(table, 'Renamed bot'))).resolves.toEqual(expect.arrayContaining([`@${bot.username}`, '250']));
    settings = await openSettings();
    await expect(settingsShown(settings)).resolves.toEqual(saved);

    // 5000/s has the field's shape but is over the API's ceiling of 1,000/s.
    await settings.getByLabel('Name', { exact: true }).fill('Never saved');
    await settings.getByLabel(/^Daily limit/).fill('5');
    await settings.getByLabel(/^Send rate/).fill('5000/s');
    await settings.getByLabel(/^Paid broadcasts/).uncheck();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByRole('alert').filter({ hasText: 'send_rate must look like 30/s or 20/min, at most 1000/s' }).waitFor();
    await expect(settingsOf(bot.id)).resolves.toEqual(saved);
    await page.reload();
    await expect(settingsShown(await openSettings())).resolves.toEqual(saved);
    await expect(cellsOf(rowOf(table, 'Renamed bot'))).resolves.toEqual(expect.arrayContaining(['250']));
  });

  it('shows a tenant key and a bot key once, both work, and a revoked key is refused', async () => {
    const bot: BuiltBot = await aBot(app, fake, tenant, 'Keys bot');
    await signInAsAdmin(page, app.url, tenant);

    const tenantKey = await createKey('New tenant key', 'CI pipeline', 'Create tenant key');
    await expect(whoAmI(tenantKey)).resolves.toMatchObject({ status: 200, data: { me: { apiKey: { name: 'CI pipeline', botId: null } } } });
    const keys = 'Your API keys, newest first';
    await expect(cellsOf(rowOf(keys, 'CI pipeline'))).resolves.toEqual(expect.arrayContaining(['every bot (tenant-wide)']));

    await page.getByRole('button', { name: `Open @${bot.username}` }).click();
    const botKey = await createKey(`A key for @${bot.username} only`, 'Support desk', `Create a key for @${bot.username}`);
    await expect(whoAmI(botKey)).resolves.toMatchObject({ status: 200, data: { me: { apiKey: { name: 'Support desk', botId: bot.id } } } });
    await rowOf(keys, 'Support desk').getByRole('gridcell', { name: `@${bot.username}` }).waitFor();

    await rowOf(keys, 'CI pipeline').getByRole('button', { name: 'Revoke CI pipeline' }).click();
    const question = page.getByRole('alertdialog', { name: 'Revoke CI pipeline' });
    await question.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByRole('status').filter({ hasText: 'Revoked CI pipeline.' }).waitFor();
    await rowOf(keys, 'CI pipeline').waitFor({ state: 'detached' });
    const refused = await whoAmI(tenantKey);
    expect({ status: refused.status, reason: refused.errors?.[0].extensions.reason }).toEqual({ status: 401, reason: 'API_KEY_REVOKED' });
    await expect(whoAmI(botKey)).resolves.toMatchObject({ status: 200 });

    await page.getByLabel('Show revoked keys').check();
    await rowOf(keys, 'CI pipeline').getByRole('button', { name: 'Revoke CI pipeline' }).and(page.locator(':disabled')).waitFor();
  });

  it('deletes a bot only once asked, and it is gone', async () => {
    const bot = await aBot(app, fake, tenant, 'Doomed bot');
    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('button', { name: `Open @${bot.username}` }).click();

    const remove = page.getByRole('button', { name: `Delete @${bot.username}` });
    const question = page.getByRole('alertdialog', { name: `Delete @${bot.username}` });
    // By keyboard: Enter asks, Escape leaves everything as it was.
    await remove.press('Enter');
    await question.waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect(gql(app, 'query($id: ID!) { bot(id: $id) { id } }', { id: bot.id }, tenant.apiKey)).resolves.toMatchObject({ data: { bot: { id: bot.id } } });

    await remove.click();
    await question.getByRole('button', { name: 'Delete bot' }).click();
    await page.getByRole('status').filter({ hasText: `Deleted @${bot.username}.` }).waitFor();
    await rowOf('Your bots, newest first', 'Doomed bot').waitFor({ state: 'detached' });
    await expect(page.getByRole('region', { name: `@${bot.username}` }).count()).resolves.toBe(0);
    await expect(gql(app, 'query($id: ID!) { bot(id: $id) { id } }', { id: bot.id }, tenant.apiKey)).resolves.toMatchObject({ data: { bot: null } });
    expect(fake.webhookOf(bot.token)).toBeUndefined();
  });
});
