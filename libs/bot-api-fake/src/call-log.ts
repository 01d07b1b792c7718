import { carriesPaidBroadcast } from './paid-broadcast';
import { RecordedCall } from './types';

/** A recorded call whose outcome is filled in once answered. */
export interface OpenCall {
  readonly token: string;
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly at: number;
  readonly paidBroadcast: boolean;
  status: number;
  response: unknown;
}

export class CallLog {
  private entries: OpenCall[] = [];

  open(token: string, method: string, params: Record<string, unknown>): OpenCall {
    const call: OpenCall = {
      token,
      method,
      params,
      at: Date.now(),
      paidBroadcast: carriesPaidBroadcast(params),
      status: 0,
      response: undefined,
    };
    this.entries.push(call);
    return call;
  }

  all(): ReadonlyArray<RecordedCall> {
    return this.entries;
  }

  to(method: string, token?: string): RecordedCall[] {
    return this.entries.filter((call) => call.method === method && (token === undefined || call.token === token));
  }

  clear(): void {
    this.entries = [];
  }
}
