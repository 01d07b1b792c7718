import { IsolationTable } from './isolation-case';
import { IsolationWorld } from './isolation-world';
import { MetricsPage } from './prometheus';

/** The only labels Switchboard's own series may carry: none names a tenant, a contact or a chat. */
const BOUNDED_LABELS = ['bot_id', 'status', 'reason', 'outcome', 'queue', 'state', 'le'];

/** Everything of the tenants the world holds that no metric may show: ids, keys, tokens, people. */
function tenantData(w: IsolationWorld): string[] {
  const people = [w.onA1, w.onA2, w.both, w.onB1];
  return [
    ...[w.a, w.b].flatMap((side) => [side.tenant.id, side.tenant.apiKey, side.segmentId, side.jobId]),
    ...[w.a.kA1, w.a.kA2, w.b.kB1].map((key) => key.key),
    ...[w.a.bot1, w.a.bot2, w.b.bot1].map((bot) => bot.token),
    w.broadcasts.a1,
    w.broadcasts.a2,
    ...w.spares,
    ...people.flatMap(({ contactId, identityId, person }) => [contactId, identityId, String(person.id), person.username, person.first_name]),
  ].filter((value): value is string => !!value);
}

/**
 * Long values (UUIDs, keys) cannot match a figure by chance, so none may appear anywhere; short
 * ones (numeric ids) never as the value of a label (histograms' bucket bounds, `le`, aside).
 */
function leaked(page: MetricsPage, values: string[]): string[] {
  const labelValues = new Set(page.samples.flatMap((sample) => Object.entries(sample.labels).flatMap(([name, value]) => (name === 'le' ? [] : [value]))));
  return values.filter((value) => (value.length >= 16 ? page.text.includes(value) : labelValues.has(value)));
}

/**
 * The operator's page (open in this world: no METRICS_TOKEN) is the same whoever asks and takes
 * no ids; what matters is that nothing of a tenant is on it but its bots' ids and counts.
 */
async function metricsShowNoTenantData(w: IsolationWorld): Promise<void> {
  const pages = [await w.app.http().get('/metrics'), await w.app.http().get('/metrics').set('authorization', `Bearer ${w.b.tenant.apiKey}`)];
  for (const response of pages) {
    expect(response.status).toBe(200);
    const page = new MetricsPage(response.text);
    expect(page.value('switchboard_updates_received_total', { bot_id: w.a.bot1.id })).toBeGreaterThan(0);
    const own = page.samples.filter((sample) => sample.name.startsWith('switchboard_'));
    expect([...new Set(own.flatMap((sample) => Object.keys(sample.labels)))].filter((label) => !BOUNDED_LABELS.includes(label))).toEqual([]);
    expect(leaked(page, tenantData(w))).toEqual([]);
  }
}

export const METRICS_ROUTES: IsolationTable = {
  'GET /metrics': { run: metricsShowNoTenantData },
};
