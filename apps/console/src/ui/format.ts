/** A moment from the API (ISO 8601) in the reader's locale, or `none` when there is none. */
export function localTime(at: string | null | undefined, none = 'never'): string {
  return at ? new Date(at).toLocaleString() : none;
}
