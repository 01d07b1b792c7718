import type { AuthenticatedRequest, Principal } from '@switchboard/common';
import { TenantError, TenantErrorCode } from '../tenant.errors';
import type { Authenticator } from './authenticator.service';
import { LiveCredentials } from './live-credentials.service';

const principal: Principal = { kind: 'api-key', tenantId: 't-1', apiKeyId: 'k-1', botId: null };

function requestWith(credential: string): AuthenticatedRequest {
  return { headers: { authorization: `Bearer ${credential}` }, principal } as unknown as AuthenticatedRequest;
}

async function* eventsOf(...values: number[]): AsyncIterableIterator<number> {
  yield* values;
}

async function seen(credentials: LiveCredentials, req: AuthenticatedRequest): Promise<number[]> {
  const values: number[] = [];
  for await (const value of credentials.whileValid(req, eventsOf(1, 2))) values.push(value);
  return values;
}

describe('LiveCredentials', () => {
  it('keeps a subscription whose credential still gives its principal', async () => {
    const authenticator = { authenticate: () => Promise.resolve(principal) } as unknown as Authenticator;
    expect(await seen(new LiveCredentials(authenticator), requestWith('sk_live'))).toEqual([1, 2]);
  });

  it('ends it at the first event once the credential is refused', async () => {
    const refused = new TenantError(TenantErrorCode.API_KEY_REVOKED, 'This API key has been revoked');
    const authenticator = { authenticate: () => Promise.reject(refused) } as unknown as Authenticator;
    expect(await seen(new LiveCredentials(authenticator), requestWith('sk_live'))).toEqual([]);
  });

  it('keeps it while the database cannot say (an outage), rather than ending it', async () => {
    const outage = new Error('Connection terminated unexpectedly');
    const authenticator = { authenticate: () => Promise.reject(outage) } as unknown as Authenticator;
    expect(await seen(new LiveCredentials(authenticator), requestWith('sk_live'))).toEqual([1, 2]);
  });
});
