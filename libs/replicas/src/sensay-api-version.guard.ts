import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ReplicaError, ReplicaErrorCode } from './replica.errors';

/** The versions of Sensay's API we speak; a request without the header gets the first. */
export const SENSAY_API_VERSIONS = ['2025-03-25'] as const;

/**
 * Sensay's clients name the API version they were written for in `X-API-Version`; one we do not
 * speak is refused rather than answered in a shape the client does not expect.
 */
@Injectable()
export class SensayApiVersionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const asked = context.switchToHttp().getRequest<Request>().headers['x-api-version'];
    if (asked === undefined || (SENSAY_API_VERSIONS as readonly unknown[]).includes(asked)) return true;
    throw new ReplicaError(ReplicaErrorCode.UNSUPPORTED_API_VERSION, `Unsupported X-API-Version: the supported versions are ${SENSAY_API_VERSIONS.join(', ')}`);
  }
}
