import type { Browser, Page } from 'playwright-core';
import { aTenant, BuiltTenant, eventually } from './support/builders';
import { launchChromium, pagePerTest, signInAsAdmin } from './support/console-browser';
import { eventEndpointsOf } from './support/event-endpoints';
import { EventReceiverFake } from './support/event-receiver-fake';
import { gql } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

const RETRY_WINDOW_SECONDS = 3;

/** The console's Events screen in a real browser: an endpoint made there, disabled after failing, the reason shown, enabled again and a delivery sent again. */
describe('web console: events', () => {
  let app: TestApp;
  let tenant: BuiltTenant;
  let receiver: EventReceiverFake;
  let browser: Browser;
  let page: Page;

  pagePerTest(() => browser, (opened) => (page = opened));

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp({ env: { EVENTS_RETRY_WINDOW: String(RETRY_WINDOW_SECONDS) } });
    tenant = await aTenant(app).withAdmin().build();
    receiver = new EventReceiverFake();
    await receiver.start();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await receiver?.stop();
  });

  /** Reads a secret from the dialog that shows it once, and closes it. */
  const secretShownOnce = async (title: string): Promise<string> => {
    const dialog = page.getByRole('dialog', { name: title });
    const secret = (await dialog.locator('code').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole('button', { name: 'I have copied it' }).click();
    await dialog.waitFor({ state: 'detached' });
    return secret;
  };

  it('creates an endpoint showing its secret once, shows why it was disabled, enables it, rotates its secret and sends a delivery again', async () => {
    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('heading', { name: 'Events', exact: true }).waitFor();
    await page.getByText('No endpoints yet.').waitFor();
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByLabel('contact.created').check();
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    await page.getByRole('status').filter({ hasText: `Created ${receiver.url}.` }).waitFor();
    const secret = await secretShownOnce("The endpoint's signing secret");
    receiver.verifyWith(secret);
    const row = page.getByRole('grid', { name: 'Event endpoints' }).getByRole('row').filter({ hasText: receiver.url });
    await row.filter({ hasText: 'message.received, contact.created' }).filter({ hasText: 'Enabled' }).waitFor();

    receiver.replyWith(() => ({ status: 500, body: 'down for maintenance' }));
    await gql(app, 'mutation { upsertContact(input: { externalCustomerId: "console-events" }) { id } }', {}, tenant.apiKey);
    const [endpoint] = (await eventEndpointsOf(app, tenant.apiKey).rest.get('/api/v1/event-endpoints')).body.items as Array<{ id: string }>;
    await eventually(() => eventEndpointsOf(app, tenant.apiKey).get(endpoint.id), (view) => !view.enabled, (RETRY_WINDOW_SECONDS + 10) * 1_000);
    await page.reload();
    await page.getByTestId(`state-${endpoint.id}`).filter({ hasText: /^Disabled: Every delivery failed for 3 seconds \(since .*\); the last one: answered 500$/ }).waitFor();

    receiver.replyWith(() => ({ status: 200 }));
    await row.getByRole('button', { name: `Enable ${receiver.url}` }).click();
    await page.getByTestId(`state-${endpoint.id}`).filter({ hasText: /^Enabled$/ }).waitFor();
    await row.getByRole('button', { name: `Rotate secret of ${receiver.url}` }).click();
    const rotated = await secretShownOnce("The endpoint's new signing secret");
    expect(rotated).not.toBe(secret);
    receiver.verifyWith(rotated);
    await row.getByRole('button', { name: `Deliveries to ${receiver.url}` }).click();
    const delivery = page.getByRole('grid', { name: 'Deliveries' }).getByRole('row').filter({ hasText: 'contact.created' });
    await delivery.filter({ hasText: 'FAILED' }).filter({ hasText: 'answered 500' }).waitFor();
    const before = receiver.events('contact.created').length;
    await delivery.getByRole('button', { name: 'Send again' }).click();
    await eventually(async () => receiver.deliveries().filter((post) => post.answered === 200), (delivered) => delivered.length === 1);
    expect(receiver.events('contact.created')).toHaveLength(before + 1);
  }, 60_000);
});
