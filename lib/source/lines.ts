/**
 * Turns raw document bytes into classified, numbered lines.
 *
 * The Senate exports are UTF-8, sometimes with a BOM, with LF or CRLF line
 * ends and stray trailing spaces. No-break spaces (U+00A0) carry meaning: a
 * line holding only one separates the French question from the Dutch one, so
 * such lines get their own kind instead of being treated as blank.
 */
import { SourceError } from "./errors";

export type LineKind =
  /** Nothing but ordinary whitespace. */
  | "blank"
  /** Whitespace including at least one no-break space: the language separator of question bodies. */
  | "nbsp"
  /** Only underscores (and spaces): the rules between header blocks. */
  | "rule"
  | "text";

export interface SourceLine {
  /** 1-based line number in the file. */
  readonly number: number;
  /** The line with leading and trailing whitespace (no-break spaces included) removed. */
  readonly text: string;
  readonly kind: LineKind;
}

const BYTE_ORDER_MARK = "\uFEFF";
const NO_BREAK_SPACE = "\u00A0";

/** Decodes bytes strictly: a parser that guessed at broken bytes would silently alter text. */
export function decodeDocument(input: string | Uint8Array, file: string): string {
  const text = typeof input === "string" ? input : decodeUtf8(input, file);
  rejectNulBytes(text, file);
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SourceError(file, undefined, "binary data: not valid UTF-8 text");
  }
}

/** NUL is valid UTF-8 but never appears in text; it is the surest sign of a binary file. */
function rejectNulBytes(text: string, file: string): void {
  const index = text.indexOf("\u0000");
  if (index === -1) return;
  const line = text.slice(0, index).split(/\r\n|\r|\n/).length;
  throw new SourceError(file, line, "binary data: NUL byte");
}

export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, index) => classifyLine(raw, index + 1));
}

function classifyLine(raw: string, number: number): SourceLine {
  const text = raw.trim();
  return { number, text, kind: kindOf(raw, text) };
}

function kindOf(raw: string, text: string): LineKind {
  if (text !== "") return /^_+(\s+_+)*$/.test(text) ? "rule" : "text";
  return raw.includes(NO_BREAK_SPACE) ? "nbsp" : "blank";
}

/** Blank, nbsp-only and rule lines carry layout, not content. */
export function isFiller(line: SourceLine): boolean {
  return line.kind !== "text";
}
