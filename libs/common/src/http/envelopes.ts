/** OpenScouter's success envelope (its errors are built in errors/rest-envelopes.ts). */
export interface OpenScouterResponse<T> {
  success: true;
  data: T;
  error: null;
  metadata: null;
}

export function openScouterOk<T>(data: T): OpenScouterResponse<T> {
  return { success: true, data, error: null, metadata: null };
}
