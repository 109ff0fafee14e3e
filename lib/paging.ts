/** Page numbers of plain lists, read from the URL (?page=N). */

/** A positive integer; anything else (absent, "abc", "-3", "2.5", repeated) is page 1. */
export function pageFromSearchParams(value: unknown): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1;
}
