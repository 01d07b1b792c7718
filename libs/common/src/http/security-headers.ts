import helmet from 'helmet';

/**
 * Helmet's defaults on every response (CSP, HSTS, nosniff, frame options…) and no
 * X-Powered-By. Swagger UI at /docs loads only its own scripts and inline styles, which the
 * default policy allows.
 */
export function securityHeaders() {
  return helmet();
}
