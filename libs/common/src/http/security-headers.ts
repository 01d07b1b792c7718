import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Helmet's defaults on every response (CSP, HSTS, nosniff, frame options…) and no
 * X-Powered-By. Swagger UI at /docs loads only its own scripts and inline styles, which the
 * default policy allows.
 */
export function securityHeaders() {
  return helmet();
}

type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * The headers `securityHeaders()` sets, worked out once. The default policy is the same for every
 * response, so a hot path can set them itself rather than run helmet's middlewares per request.
 */
export function securityHeaderList(): HeaderList {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  let finished = false;
  securityHeaders()({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('the security headers could not be worked out ahead of a request');
  return [...headers];
}
