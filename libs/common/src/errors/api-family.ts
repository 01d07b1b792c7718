/**
 * Switchboard speaks the dialects of the services it was specified from (SPEC §4). The path
 * decides which one a request speaks, so errors — even those raised before routing, like a
 * malformed body — come back in the envelope the caller expects.
 */
export enum ApiFamily {
  GRAPHQL = 'GRAPHQL',
  /** Jina Connect: plain JSON objects. Also Switchboard's own REST routes. */
  JINA = 'JINA',
  /** OpenScouter: `{ success, data, error, metadata }`. */
  OPENSCOUTER = 'OPENSCOUTER',
  /** eSputnik: `{ results }`, errors `{ error, code, request_id }`. */
  ESPUTNIK = 'ESPUTNIK',
  /** Sensay: `{ success, ... }`, errors `{ success: false, error, request_id, fingerprint }`. */
  SENSAY = 'SENSAY',
  /** Octopods: `{ request_id, ... }`, errors `{ request_id, error_code, error }`. */
  OCTOPODS = 'OCTOPODS',
}

const PREFIXES: ReadonlyArray<[string, ApiFamily]> = [
  ['/graphql', ApiFamily.GRAPHQL],
  ['/api/v1/telegram/', ApiFamily.OCTOPODS],
  ['/api/telegram/', ApiFamily.OPENSCOUTER],
  ['/api/jobs', ApiFamily.OPENSCOUTER],
  ['/v1/apps/', ApiFamily.ESPUTNIK],
  ['/v1/replicas', ApiFamily.SENSAY],
];

export function apiFamilyOf(path: string): ApiFamily {
  const match = PREFIXES.find(([prefix]) => path === prefix || path.startsWith(prefix));
  return match ? match[1] : ApiFamily.JINA;
}
