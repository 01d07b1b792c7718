/** OpenScouter's success envelope (its errors are built in errors/rest-envelopes.ts). */
export interface OpenScouterResponse<T, M extends object = never> {
  success: true;
  data: T;
  error: null;
  /** Null unless the answer has more to say than its data (e.g. how to follow work still going on). */
  metadata: M | null;
}

export function openScouterOk<T, M extends object = never>(data: T, metadata: M | null = null): OpenScouterResponse<T, M> {
  return { success: true, data, error: null, metadata };
}
