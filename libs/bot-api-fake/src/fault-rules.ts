import { badRequest, BotApiError, BLOCKED_BY_USER, chatNotFound, forbidden, serverError, tooManyRequests, unauthorized } from './bot-api-error';
import { Fault, FaultRule } from './types';

interface ActiveRule {
  rule: FaultRule;
  left: number;
}

export interface CallIdentity {
  token: string;
  method: string;
  chatId: string | undefined;
}

/** Injected failures, matched in insertion order; each match uses up one of the rule's `times`. */
export class FaultRules {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): { remove(): void } {
    const active: ActiveRule = { rule, left: rule.times ?? 1 };
    if (active.left > 0) this.rules.push(active);
    return { remove: () => this.drop(active) };
  }

  take(call: CallIdentity): Fault | undefined {
    const match = this.rules.find(({ rule }) => matches(rule, call));
    if (!match) return undefined;
    match.left -= 1;
    if (match.left <= 0) this.drop(match);
    return match.rule.fault;
  }

  private drop(active: ActiveRule): void {
    this.rules = this.rules.filter((candidate) => candidate !== active);
  }
}

function matches(rule: FaultRule, call: CallIdentity): boolean {
  if (rule.method !== undefined && rule.method.toLowerCase() !== call.method.toLowerCase()) return false;
  if (rule.token !== undefined && rule.token !== call.token) return false;
  if (rule.chatId !== undefined && String(rule.chatId) !== call.chatId) return false;
  return true;
}

/** The answer a fault produces; 'hang' means no answer at all. */
export function faultOutcome(fault: Fault): BotApiError | 'hang' {
  switch (fault.kind) {
    case 'rate-limit':
      return tooManyRequests(fault.retryAfter);
    case 'blocked':
      return forbidden(BLOCKED_BY_USER);
    case 'chat-not-found':
      return chatNotFound();
    case 'server-error':
      return serverError(fault.status ?? 500);
    case 'unauthorized':
      return unauthorized();
    case 'bad-request':
      return badRequest(fault.description);
    case 'hang':
      return 'hang';
  }
}
