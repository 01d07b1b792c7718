import { Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Express } from 'express';
import {
  inFrontOfExpress,
  leanPrelude,
  Metrics,
  ParsedRequest,
  requestIdOf,
  secondsSinceArrival,
  sendErrorResponse,
  targetOf,
  toProblem,
  withExpressApi,
} from '@switchboard/common';
import { WebhookAddress, WebhookReceiver } from './webhook-receiver.service';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const PER_BOT_WEBHOOK = /^\/telegram\/v1\/webhooks\/([^/]+)\/?$/;
const SECRET_WEBHOOK = /^\/api\/telegram\/webhook\/?$/;
const ACKNOWLEDGEMENT = JSON.stringify({ ok: true });

function addressOf(req: IncomingMessage): WebhookAddress | null {
  if (req.method !== 'POST') return null;
  const { path } = targetOf(req);
  const perBot = PER_BOT_WEBHOOK.exec(path);
  if (perBot) return { botId: perBot[1] };
  return SECRET_WEBHOOK.test(path) ? { bySecret: true } : null;
}

/**
 * Telegram's webhooks, answered by the HTTP server ahead of Express. They are the hot path
 * (every update of every bot) and need none of what the API routes do (Express' set-up of each
 * request, routing, guards, interceptors, per-request loggers), which costs more than the
 * update's own work: the request prelude still runs (request id, security headers, JSON
 * limits), and every refusal is answered in the same envelope as any other error of the
 * route's family.
 */
@Injectable()
export class WebhookEndpoint {
  private readonly logger = new Logger('Webhooks');
  private readonly prelude = leanPrelude();

  constructor(
    private readonly receiver: WebhookReceiver,
    private readonly metrics: Metrics,
  ) {}

  /** Takes the webhooks' requests on `server`; every other request goes on to `app`. */
  mount(server: Server, app: Express): void {
    inFrontOfExpress(server, app, (req, res, next) => {
      const address = addressOf(req);
      if (address) this.take(app, address, req, res);
      else next();
    });
  }

  private take(app: Express, address: WebhookAddress, req: ParsedRequest, res: ServerResponse): void {
    this.prelude(req, res, (refusal) => {
      if (refusal) return this.refuse(app, req, res, refusal);
      this.receiver.receive(address, req.headers[SECRET_HEADER] as string | undefined, req.body).then(
        () => this.acknowledge(req, res),
        (error: unknown) => this.refuse(app, req, res, error),
      );
    });
  }

  private acknowledge(req: IncomingMessage, res: ServerResponse): void {
    this.metrics.webhookIntakeSeconds.observe(secondsSinceArrival(req));
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(ACKNOWLEDGEMENT);
  }

  private refuse(app: Express, rawReq: IncomingMessage, rawRes: ServerResponse, error: unknown): void {
    const { req, res } = withExpressApi(app, rawReq, rawRes);
    const problem = toProblem(error);
    this.metrics.webhookRejected.inc({ reason: problem.code });
    this.logger.log({ requestId: requestIdOf(req), status: problem.status, code: problem.code }, `${req.method} ${req.path} refused`);
    sendErrorResponse(req, res, error);
  }
}
