/**
 * The one error type the source parser throws.
 *
 * Every rejection of a source document names the file and, when the problem
 * sits on a line, the 1-based line number, so that a person fixing the
 * document (or reading CLI output) can jump straight to it.
 */

export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = "SourceError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
