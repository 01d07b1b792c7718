import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Express, Request, Response } from 'express';
import { stampArrival } from './arrival';
import { jsonBodyParser } from './configure-http';
import { mediaTypeRefusal, parsedInputRefusal } from './input-limits';
import { assignRequestId } from './request-id';
import { securityHeaderList } from './security-headers';

/** A request as the lean prelude leaves it: its JSON body parsed. */
export type ParsedRequest = IncomingMessage & { body?: unknown };

type Done = (refusal?: unknown) => void;
type LeanPrelude = (req: IncomingMessage, res: ServerResponse, done: Done) => void;

/** The path and query string of a request's target (Express' `req.path` and what its query parser reads). */
export function targetOf(req: IncomingMessage): { path: string; query: string } {
  const target = req.url ?? '/';
  const mark = target.indexOf('?');
  return mark === -1 ? { path: target, query: '' } : { path: target.slice(0, mark), query: target.slice(mark + 1) };
}

/** What `check` throws, as a refusal, or what it answers: ahead of Express nothing catches a throw, and one would end the process. */
function refusalOf(check: () => unknown): unknown {
  try {
    return check();
  } catch (error) {
    return error;
  }
}

/**
 * `requestPrelude` for a handler in front of Express, on Node's own request and response: the
 * same steps and refusals (arrival, request id, security headers, JSON only, parsing, limits)
 * without Express' set-up of every request, which costs more than a webhook's own work. `done`
 * gets the refusal, or nothing once the body is parsed and checked; it is called once, never
 * thrown through.
 */
export function leanPrelude(): LeanPrelude {
  const headers = securityHeaderList();
  const parseJson = jsonBodyParser();
  const checkParsed = (req: ParsedRequest) => {
    const { path, query } = targetOf(req);
    return parsedInputRefusal(path, req.body, parseQuery(query)) ?? undefined;
  };
  return (req, res, done) => {
    const refusal = refusalOf(() => {
      stampArrival(req);
      assignRequestId(req, res);
      for (const [name, value] of headers) res.setHeader(name, value);
      return mediaTypeRefusal(req) ?? undefined;
    });
    if (refusal) return done(refusal);
    parseJson(req as Request, res as Response, (error?: unknown) => done(error ?? refusalOf(() => checkParsed(req))));
  };
}

/**
 * Gives Node's request and response Express' API, as Express does to every request it takes,
 * for what needs it off the hot path (an error's answer in the API's envelope).
 */
export function withExpressApi(app: Express, req: IncomingMessage, res: ServerResponse): { req: Request; res: Response } {
  Object.setPrototypeOf(req, app.request);
  Object.setPrototypeOf(res, app.response);
  Object.assign(req, { res });
  Object.assign(res, { req });
  return { req: req as Request, res: res as Response };
}

/** Puts `handler` in front of the Express app on `server`; `next` hands a request on to Express. */
export function inFrontOfExpress(
  server: Server,
  app: Express,
  handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void,
): void {
  if (!server.listeners('request').includes(app)) throw new Error('the HTTP server does not hand its requests to the Express app');
  server.removeListener('request', app);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => handler(req, res, () => app(req, res)));
}
