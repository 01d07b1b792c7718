import { Injectable } from '@nestjs/common';
import { AuthenticatedRequest, credentialOf, DomainError, endWhen, Principal } from '@switchboard/common';
import { Authenticator } from './authenticator.service';

/** How long a credential found valid is trusted again without asking the database. */
const RECHECK_MS = 1_000;

interface Checked {
  at: number;
  valid: Promise<boolean>;
}

function samePrincipal(left: Principal, right: Principal): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * A subscription is authenticated when it opens and lives long after: it must end when its
 * credential does (a key revoked, a user deleted, a bot retired with its channel keys).
 */
@Injectable()
export class LiveCredentials {
  private readonly checked = new WeakMap<object, Checked>();

  constructor(private readonly authenticator: Authenticator) {}

  /** `events`, ending at the first one that arrives after the request's credential stopped being valid. */
  whileValid<T>(req: AuthenticatedRequest, events: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    return endWhen(events, async () => !(await this.stillValid(req)));
  }

  private stillValid(req: AuthenticatedRequest): Promise<boolean> {
    const last = this.checked.get(req);
    if (last && Date.now() - last.at < RECHECK_MS) return last.valid;
    const valid = this.check(req);
    this.checked.set(req, { at: Date.now(), valid });
    return valid;
  }

  /**
   * Only a refusal (a key revoked, a token expired, a user deleted: a domain error) or another
   * principal ends a subscription. A database that cannot answer (an outage) says nothing of the
   * credential: the subscription lives on, and the next event asks again.
   */
  private async check(req: AuthenticatedRequest): Promise<boolean> {
    const credential = credentialOf(req);
    if (!credential || !req.principal) return false;
    try {
      return samePrincipal(await this.authenticator.authenticate(credential), req.principal);
    } catch (error) {
      return !(error instanceof DomainError);
    }
  }
}
