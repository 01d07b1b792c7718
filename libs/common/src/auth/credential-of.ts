import type { Request } from 'express';

/**
 * The credential a request carries. `Authorization: Bearer` is ours; the other two are the
 * headers the Sensay and Octopods APIs document, so their clients work unchanged.
 */
export function credentialOf(req: Request): string | null {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1] : null;
  }
  const seedHeader = req.headers['x-organization-secret'] ?? req.headers['x-octopods-auth'];
  return typeof seedHeader === 'string' && seedHeader.trim() ? seedHeader.trim() : null;
}
