import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { Metrics, secondsSinceArrival, toProblem } from '@switchboard/common';

/**
 * Times each webhook request from its arrival to its acknowledgement, and counts refusals by the
 * error code answered. Nothing here waits: Telegram's answer is not held up by its metrics.
 */
@Injectable()
export class WebhookMetrics implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      tap({
        next: () => this.metrics.webhookIntakeSeconds.observe(secondsSinceArrival(req)),
        error: (error: unknown) => this.metrics.webhookRejected.inc({ reason: toProblem(error).code }),
      }),
    );
  }
}
