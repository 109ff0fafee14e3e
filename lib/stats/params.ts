/**
 * The ministers page's URL parameters, read with zod: the sort column, its direction and a
 * legislature. Each falls back on its own (a malformed link still shows the table), and the
 * direction defaults to what the column means: titles A to Z, figures largest first.
 */
import { z } from "zod";
import { MINISTER_SORTS, type MinisterSort, type SortDirection } from "./sql/ministers";

export type MinisterTableParams = { sort: MinisterSort; dir: SortDirection; legislature: number | null };

export const DEFAULT_MINISTER_SORT: MinisterSort = "questions";

export function defaultDirection(sort: MinisterSort): SortDirection {
  return sort === "title" ? "asc" : "desc";
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const sortSchema = z.preprocess(first, z.enum(MINISTER_SORTS)).catch(DEFAULT_MINISTER_SORT);
const dirSchema = z.preprocess(first, z.enum(["asc", "desc"]).optional()).catch(undefined);
const legislatureSchema = z.preprocess(first, z.coerce.number().int().min(1).max(999).nullable().default(null)).catch(null);

export function parseMinisterTableParams(raw: Record<string, string | string[] | undefined>): MinisterTableParams {
  const sort = sortSchema.parse(raw.sort);
  return { sort, dir: dirSchema.parse(raw.dir) ?? defaultDirection(sort), legislature: legislatureSchema.parse(raw.legislature) };
}

/** The sort a column header links to: the other direction when it is the current column, else the column's own default. */
export function nextSort(current: MinisterTableParams, column: MinisterSort): { sort: MinisterSort; dir: SortDirection } {
  if (current.sort === column) return { sort: column, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: column, dir: defaultDirection(column) };
}

/**
 * A party as a route segment (partyPath): the name as printed, a space written "_", at most 120
 * characters (the search filter's bound), no control characters. The names it may stand for,
 * in the order to try them: with its underscores read as spaces ("Open_Vld" is "Open Vld"), then
 * as written, for a party whose name would hold an underscore. Next.js hands the segment over
 * decoded; a leftover percent sequence is decoded once more if it can be.
 */
export const partyParam = z
  .string()
  .transform((segment) => {
    try {
      return /%[0-9A-Fa-f]{2}/.test(segment) ? decodeURIComponent(segment) : segment;
    } catch {
      return segment;
    }
  })
  .pipe(z.string().trim().min(1).max(120).regex(/^[^\u0000-\u001f\u007f]+$/))
  .transform((segment) => [...new Set([segment.replaceAll("_", " "), segment])]);
