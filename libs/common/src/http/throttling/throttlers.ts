import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { credentialOf } from '../../auth/credential-of';
import type { SendRate } from '../../config/send-rate';
import { sha256 } from '../../crypto/hashing';

/** The named throttlers: REST calls per credential, and logins per client IP and per account. */
export enum ThrottlerName {
  API = 'api',
  LOGIN_BY_IP = 'login-ip',
  LOGIN_BY_ACCOUNT = 'login-account',
}

/** Failed or not, logins are few: a person retries a password a handful of times a minute. */
export const LOGIN_LIMITS = {
  perIp: { limit: 20, ttl: 60_000 },
  perAccount: { limit: 5, ttl: 60_000 },
} as const;

/** The caller: its credential (hashed, so keys never sit in memory as keys), else its IP. */
function credentialTracker(req: Record<string, unknown>): string {
  const request = req as unknown as Request;
  const credential = credentialOf(request);
  return credential ? `credential:${sha256(credential)}` : `ip:${request.ip ?? 'unknown'}`;
}

function ipTracker(req: Record<string, unknown>): string {
  return `ip:${(req as unknown as Request).ip ?? 'unknown'}`;
}

/** The account a login names, lower-cased, so `Admin@x` and `admin@x` share one budget. */
function accountTracker(_req: Record<string, unknown>, context: ExecutionContext): string {
  const { email } = GqlExecutionContext.create(context).getArgs<{ email?: unknown }>();
  return `account:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
}

/** `N/s` or `N/min` as a whole number of calls per window (0.5/s becomes 1 per 2 s). */
function windowOf(rate: SendRate): { limit: number; ttl: number } {
  const limit = Math.max(1, Math.floor(rate.count));
  return { limit, ttl: Math.round((rate.perMs * limit) / rate.count) };
}

export function throttlers(apiRate: SendRate): ThrottlerOptions[] {
  return [
    { name: ThrottlerName.API, ...windowOf(apiRate), getTracker: credentialTracker, setHeaders: false },
    { name: ThrottlerName.LOGIN_BY_IP, ...LOGIN_LIMITS.perIp, getTracker: ipTracker, setHeaders: false },
    { name: ThrottlerName.LOGIN_BY_ACCOUNT, ...LOGIN_LIMITS.perAccount, getTracker: accountTracker, setHeaders: false },
  ];
}
