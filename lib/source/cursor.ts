/**
 * A forward-only reader over classified lines that knows the file name, so
 * that every section parser can raise a SourceError pointing at the exact
 * line without threading file names around.
 */
import { DateError } from "./dates";
import { SourceError } from "./errors";
import { isFiller, type SourceLine } from "./lines";

/** Longest excerpt of an offending line quoted in an error message. */
const EXCERPT_LENGTH = 60;

export class LineCursor {
  private index = 0;

  constructor(
    private readonly lines: readonly SourceLine[],
    readonly file: string,
  ) {}

  peek(): SourceLine | undefined {
    return this.lines[this.index];
  }

  advance(): void {
    this.index += 1;
  }

  /** Skips blank, no-break-space-only and rule lines. */
  skipFiller(): void {
    while (this.peek() !== undefined && isFiller(this.peek()!)) this.advance();
  }

  /** Skips blank and no-break-space-only lines but stops at rules, which end a header block. */
  skipBlank(): void {
    while (this.peek()?.kind === "blank" || this.peek()?.kind === "nbsp") this.advance();
  }

  atEnd(): boolean {
    return this.index >= this.lines.length;
  }

  /** The next content line, consumed; `expected` names what was wanted if the document ends instead. */
  nextText(expected: string): SourceLine {
    this.skipFiller();
    const line = this.peek();
    if (line === undefined) this.failAtEnd(`unexpected end of document: expected ${expected}`);
    this.advance();
    return line;
  }

  fail(line: SourceLine | number, reason: string): never {
    throw new SourceError(this.file, typeof line === "number" ? line : line.number, reason);
  }

  failAtEnd(reason: string): never {
    throw new SourceError(this.file, undefined, reason);
  }
}

/** The line quoted in messages, shortened so the message stays on one readable line. */
export function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? `"${text}"` : `"${text.slice(0, EXCERPT_LENGTH - 1)}…"`;
}

/** Runs a date parser, reporting a bad date at its line. */
export function dateAt(cursor: LineCursor, line: SourceLine | number, parse: () => string): string {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DateError) cursor.fail(line, error.message);
    throw error;
  }
}
