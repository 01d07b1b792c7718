import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { CommonError, CommonErrorCode } from '../../errors/domain-error';
import { isUnthrottled } from '../routes';
import { ThrottlerName } from './throttlers';

/** Answers a throttled call with 429 and Retry-After, in the caller's envelope (the one filter renders it). */
abstract class EnvelopedThrottlerGuard extends ThrottlerGuard {
  protected abstract readonly applies: ReadonlySet<string>;

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return this.applies.has(request.throttler.name ?? '') ? super.handleRequest(request) : Promise.resolve(true);
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const { res } = this.getRequestResponse(context);
    (res as Response).setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    throw new CommonError(CommonErrorCode.RATE_LIMITED, `Too many requests; retry in ${detail.timeToBlockExpire} s`);
  }
}

/**
 * Every REST route but Telegram's webhooks, /health, /metrics and click redirects, per credential
 * (API_RATE_LIMIT). Global; it runs before authentication, so wrong keys are throttled too.
 */
@Injectable()
export class RestThrottlerGuard extends EnvelopedThrottlerGuard {
  protected readonly applies = new Set<string>([ThrottlerName.API]);

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http' || isUnthrottled(context.switchToHttp().getRequest<Request>().path);
  }
}

/** The login mutation, per client IP and per account (`@UseGuards(LoginThrottlerGuard)`). */
@Injectable()
export class LoginThrottlerGuard extends EnvelopedThrottlerGuard {
  protected readonly applies = new Set<string>([ThrottlerName.LOGIN_BY_IP, ThrottlerName.LOGIN_BY_ACCOUNT]);

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown>; res: Record<string, unknown> }>();
    return { req, res };
  }
}
