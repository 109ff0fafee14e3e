/**
 * `fields=` on the JSON API: a client that lists only the fields it uses (`fields=id,subject,
 * status`) gets each question with those top-level fields alone, instead of its full texts in
 * both languages. Names are the JSON's own top-level keys; an unknown name is a 400 that names it
 * and lists the known ones, since a misspelt field silently dropped would look like missing data.
 */
import { questionRecordSchema } from "@/lib/source/record";

/** The top-level fields of /api/questions/{id}: the public record and what the API adds to it. */
export const QUESTION_FIELDS: readonly string[] = [
  ...Object.keys(questionRecordSchema.shape),
  "status", "statusDetail", "sessionLabel", "officialUrl",
];
/** A search result is a question plus its rank and snippets. */
export const SEARCH_RESULT_FIELDS: readonly string[] = [...QUESTION_FIELDS, "rank", "snippets"];

export type FieldSelection = { kind: "all" } | { kind: "some"; fields: ReadonlySet<string> } | { kind: "invalid"; message: string };

/** Reads the `fields` parameter: absent or empty means every field. */
export function readFieldSelection(value: string | null, known: readonly string[]): FieldSelection {
  if (value === null || value.trim() === "") return { kind: "all" };
  const names = value.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((name) => JSON.stringify(name.slice(0, 40))).join(", ");
    return { kind: "invalid", message: `fields: unknown field ${shown}; the fields are ${known.join(", ")}` };
  }
  return { kind: "some", fields: new Set(names) };
}

/** Whether a field is in the selection (every field is, when none was asked for). */
export function isSelected(selection: FieldSelection, field: string): boolean {
  return selection.kind === "all" || (selection.kind === "some" && selection.fields.has(field));
}

/** The object with only the selected top-level fields, in the object's own order. */
export function selectFields<T extends Record<string, unknown>>(object: T, selection: FieldSelection): Partial<T> {
  if (selection.kind !== "some") return object;
  return Object.fromEntries(Object.entries(object).filter(([key]) => selection.fields.has(key))) as Partial<T>;
}
