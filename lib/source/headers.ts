/**
 * The bilingual header lines at the top of a document ("Session 2012-2013
 * Zitting 2012-2013", the author, the addressee, ...) and the two headers
 * that open the question and answer bodies.
 *
 * Depending on the export, the French and Dutch versions of a header stand
 * side by side on one line or on consecutive lines, possibly with blank lines
 * between. Each header is therefore described once, as a French and a Dutch
 * pattern, and read by one function that accepts both layouts.
 */
import { excerpt, type LineCursor } from "./cursor";
import { WRITTEN_DATE_SOURCE } from "./dates";

export interface BilingualHeaderSpec {
  /** What the header is, for error messages: "the session header". */
  readonly name: string;
  /** A sample of the header, for error messages. */
  readonly example: string;
  /** Regex sources without anchors; their capture groups are returned. */
  readonly fr: string;
  readonly nl: string;
}

export interface BilingualHeader {
  readonly line: number;
  readonly fr: string[];
  readonly nl: string[];
}

const DATE = `(${WRITTEN_DATE_SOURCE})`;

export const CHAMBER_HEADER: BilingualHeaderSpec = {
  name: "the Senate header",
  example: "SÉNAT DE BELGIQUE BELGISCHE SENAAT",
  fr: String.raw`SÉNAT\s+DE\s+BELGIQUE`,
  nl: String.raw`BELGISCHE\s+SENAAT`,
};

/**
 * "Session 2012-2013 Zitting 2012-2013", or after elections "Session extraordinaire 2010
 * Buitengewone zitting 2010" (the Senate's annals also write "Session ordinaire" / "Gewone
 * zitting" and capitalise "Zitting"). Groups: the kind word, the first year, the second year.
 */
export const SESSION_HEADER: BilingualHeaderSpec = {
  name: "the session header",
  example: "Session 2012-2013 Zitting 2012-2013",
  fr: String.raw`Session\s+(?:([Ee]xtraordinaire|[Oo]rdinaire)\s+)?(\d{4})(?:-(\d{4}))?`,
  nl: String.raw`(?:([Bb]uitengewone|[Gg]ewone)\s+)?[Zz]itting\s+(\d{4})(?:-(\d{4}))?`,
};

export const DATE_HEADER: BilingualHeaderSpec = {
  name: "the date header",
  example: "30 avril 2013 30 april 2013",
  fr: DATE,
  nl: DATE,
};

export const NUMBER_HEADER: BilingualHeaderSpec = {
  name: "the question number header",
  example: "Question écrite n° 5-8902 Schriftelijke vraag nr. 5-8902",
  fr: String.raw`Question\s+écrite\s+n[°º]\s*(\d+)-(\d+)`,
  nl: String.raw`Schriftelijke\s+vraag\s+nr\.\s*(\d+)-(\d+)`,
};

export const AUTHOR_HEADER: BilingualHeaderSpec = {
  name: "the author header",
  example: "de Martine Taelman (Open Vld) van Martine Taelman (Open Vld)",
  fr: String.raw`(?:de\s+|d['’])(.+?)\s*\(([^()]+)\)`,
  nl: String.raw`van\s+(.+?)\s*\(([^()]+)\)`,
};

/** The prepositions are dropped: "au ministre" and "aan de minister" become "ministre" and "minister". */
export const ADDRESSEE_HEADER: BilingualHeaderSpec = {
  name: "the addressee header",
  example: "à la ministre de la Justice aan de minister van Justitie",
  fr: String.raw`(?:aux\s+|au\s+|à\s+la\s+|à\s+l['’])(.+?)`,
  nl: String.raw`aan\s+(?:de|het)\s+(.+)`,
};

export const QUESTION_HEADER: BilingualHeaderSpec = {
  name: "the question header",
  example: "Question n° 5-8902 du 30 avril 2013 : (Question posée en néerlandais) Vraag nr. 5-8902 d.d. 30 april 2013 : (Vraag gesteld in het Nederlands)",
  fr: String.raw`Question\s+n[°º]\s*(\d+)-(\d+)\s+du\s+${DATE}\s*:\s*\(Question\s+posée\s+en\s+(français|néerlandais)\)`,
  nl: String.raw`Vraag\s+nr\.\s*(\d+)-(\d+)\s+d\.d\.\s*${DATE}\s*:\s*\(Vraag\s+gesteld\s+in\s+het\s+(Frans|Nederlands)\)`,
};

export const ANSWER_HEADER: BilingualHeaderSpec = {
  name: "the answer header",
  example: "Réponse reçue le 17 février 2014 : Antwoord ontvangen op 17 februari 2014 :",
  fr: String.raw`Réponse\s+reçue\s+le\s+${DATE}\s*:`,
  nl: String.raw`Antwoord\s+ontvangen\s+op\s+${DATE}\s*:`,
};

/** True when the line opens this header (its French part comes first in both layouts). */
export function startsHeader(spec: BilingualHeaderSpec, text: string): boolean {
  return new RegExp(`^${firstWords(spec.fr)}`, "u").test(text);
}

/** The literal opening of a pattern ("Question\s+n[°º]"), enough to recognise the header. */
function firstWords(source: string): string {
  return source.split("(")[0] ?? source;
}

export function readBilingualHeader(cursor: LineCursor, spec: BilingualHeaderSpec): BilingualHeader {
  const line = cursor.nextText(`${spec.name} ("${spec.example}")`);
  const sideBySide = new RegExp(`^(?:${spec.fr})\\s+(?:${spec.nl})$`, "u").exec(line.text);
  if (sideBySide) {
    const groups = sideBySide.slice(1).map((group) => group ?? "");
    const frenchGroupCount = countGroups(spec.fr);
    return { line: line.number, fr: groups.slice(0, frenchGroupCount), nl: groups.slice(frenchGroupCount) };
  }
  const french = new RegExp(`^(?:${spec.fr})$`, "u").exec(line.text);
  if (!french) cursor.fail(line, `expected ${spec.name} ("${spec.example}"), found ${excerpt(line.text)}`);
  return { line: line.number, fr: captured(french), nl: readDutchLine(cursor, spec, line.number) };
}

/** The Dutch half of a header written on its own line, after the French one and optional blank lines. */
function readDutchLine(cursor: LineCursor, spec: BilingualHeaderSpec, frenchLine: number): string[] {
  cursor.skipBlank();
  const line = cursor.peek();
  if (line === undefined) cursor.failAtEnd(`unexpected end of document: expected the Dutch half of ${spec.name} after line ${frenchLine}`);
  const dutch = new RegExp(`^(?:${spec.nl})$`, "u").exec(line.text);
  if (!dutch) cursor.fail(line, `expected the Dutch half of ${spec.name} after line ${frenchLine}, found ${excerpt(line.text)}`);
  cursor.advance();
  return captured(dutch);
}

function captured(match: RegExpExecArray): string[] {
  return match.slice(1).map((group) => group ?? "");
}

function countGroups(source: string): number {
  return (new RegExp(`(?:${source})|`, "u").exec("")?.length ?? 1) - 1;
}
