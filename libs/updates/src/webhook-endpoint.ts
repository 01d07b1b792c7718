import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Metrics, requestIdOf, requestPrelude, secondsSinceArrival, sendErrorResponse, toProblem } from '@switchboard/common';
import { WebhookAddress, WebhookReceiver } from './webhook-receiver.service';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const PER_BOT_WEBHOOK = /^\/telegram\/v1\/webhooks\/([^/]+)\/?$/;
const SECRET_WEBHOOK = /^\/api\/telegram\/webhook\/?$/;
const ACKNOWLEDGEMENT = JSON.stringify({ ok: true });

function addressOf(req: Request): WebhookAddress | null {
  if (req.method !== 'POST') return null;
  const perBot = PER_BOT_WEBHOOK.exec(req.path);
  if (perBot) return { botId: perBot[1] };
  return SECRET_WEBHOOK.test(req.path) ? { bySecret: true } : null;
}

/** Runs the middlewares in turn; `done` gets the error one passed on, or nothing once all called next. A step that answered itself stops the chain. */
function runSteps(steps: RequestHandler[], req: Request, res: Response, done: (error?: unknown) => void, index = 0): void {
  if (index === steps.length) return done();
  steps[index](req, res, (error?: unknown) => (error ? done(error) : runSteps(steps, req, res, done, index + 1)));
}

/**
 * Telegram's webhooks, answered at the front of the HTTP stack. They are the hot path (every
 * update of every bot) and need none of what the API routes do after the request prelude
 * (routing, guards, interceptors, per-request loggers), which costs several times the update's
 * own work: the prelude (request id, security headers, JSON limits) still runs, and every
 * refusal is answered in the same envelope as any other error of the route's family.
 */
@Injectable()
export class WebhookEndpoint {
  private readonly logger = new Logger('Webhooks');
  private readonly prelude = requestPrelude();

  constructor(
    private readonly receiver: WebhookReceiver,
    private readonly metrics: Metrics,
  ) {}

  readonly handle = (req: Request, res: Response, next: NextFunction): void => {
    const address = addressOf(req);
    if (!address) return next();
    runSteps(this.prelude, req, res, (error) => {
      if (error) return this.refuse(req, res, error);
      this.receiver.receive(address, req.headers[SECRET_HEADER] as string | undefined, req.body).then(
        () => this.acknowledge(req, res),
        (refusal: unknown) => this.refuse(req, res, refusal),
      );
    });
  };

  private acknowledge(req: Request, res: Response): void {
    this.metrics.webhookIntakeSeconds.observe(secondsSinceArrival(req));
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(ACKNOWLEDGEMENT);
  }

  private refuse(req: Request, res: Response, error: unknown): void {
    const problem = toProblem(error);
    this.metrics.webhookRejected.inc({ reason: problem.code });
    this.logger.log({ requestId: requestIdOf(req), status: problem.status, code: problem.code }, `${req.method} ${req.path} refused`);
    sendErrorResponse(req, res, error);
  }
}
