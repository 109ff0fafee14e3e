/**
 * Question and answer texts: a run of paragraphs (one per line, blank lines
 * between) holding the French version followed by the Dutch one.
 *
 * The question marks the change of language with a line holding only a
 * no-break space; the answer usually has no marker at all, so there the
 * boundary is the cut that makes the first part most French and the rest
 * most Dutch (see language.ts).
 */
import { excerpt, type LineCursor } from "./cursor";
import type { SourceLine } from "./lines";
import { bestBoundary, languageScore } from "./language";

export interface BilingualText {
  readonly fr: string[];
  readonly nl: string[];
}

/**
 * Consumes lines up to (not including) the first line for which `stop` holds,
 * or to the end. Returns content and no-break-space lines; blank lines only
 * separate paragraphs. A rule inside a body is not text and has no place.
 */
export function collectBody(cursor: LineCursor, stop: (line: SourceLine) => boolean): SourceLine[] {
  const lines: SourceLine[] = [];
  for (let line = cursor.peek(); line !== undefined && !stop(line); line = cursor.peek()) {
    if (line.kind === "rule") cursor.fail(line, `unexpected rule inside the text: ${excerpt(line.text)}`);
    if (line.kind !== "blank") lines.push(line);
    cursor.advance();
  }
  return lines;
}

/**
 * Splits a body into French and Dutch paragraphs. `what` ("the question")
 * and `headerLine` only serve error messages.
 */
export function splitLanguages(cursor: LineCursor, body: readonly SourceLine[], what: string, headerLine: number): BilingualText {
  const blocks = blocksBetweenMarkers(body);
  const [first, second, third] = blocks;
  if (first === undefined) cursor.fail(headerLine, `${what} has no text`);
  if (third?.[0] !== undefined) {
    cursor.fail(third[0], `${what} has more than two blocks separated by no-break-space lines; expected French then Dutch`);
  }
  if (second !== undefined) return { fr: paragraphs(first), nl: paragraphs(second) };
  return splitByLanguage(cursor, first, what, headerLine);
}

/** Groups content lines between no-break-space marker lines, dropping empty groups (e.g. after the final marker). */
function blocksBetweenMarkers(body: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [[]];
  for (const line of body) {
    if (line.kind === "nbsp") blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  return blocks.filter((block) => block.length > 0);
}

function paragraphs(lines: readonly SourceLine[]): string[] {
  return lines.map((line) => line.text);
}

function splitByLanguage(cursor: LineCursor, lines: readonly SourceLine[], what: string, headerLine: number): BilingualText {
  const scores = lines.map((line) => languageScore(line.text));
  const cut = bestBoundary(scores);
  if (cut === undefined) cursor.fail(headerLine, `${what} needs at least one French and one Dutch paragraph`);
  const frenchEvidence = sum(scores.slice(0, cut));
  const dutchEvidence = sum(scores.slice(cut));
  // A text in one language only still has a "best" cut; refuse it rather than mislabel half of it.
  if (frenchEvidence <= 0 || dutchEvidence >= 0) {
    cursor.fail(headerLine, `cannot find where the Dutch version of ${what} begins`);
  }
  return { fr: paragraphs(lines.slice(0, cut)), nl: paragraphs(lines.slice(cut)) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
