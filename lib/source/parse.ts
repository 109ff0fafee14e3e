/**
 * parseDocument: one Senate written-question export (text or bytes) to a
 * validated QuestionRecord, or a SourceError naming the file and line.
 *
 * The document is read top to bottom, section by section, and every content
 * line must land in exactly one field: a line the parser cannot place is an
 * error, never skipped, so a layout change in the exports cannot silently
 * lose text. Pure: no I/O (see read.ts for files).
 */
import { LineCursor, dateAt, excerpt } from "./cursor";
import { parseDutchDate, parseFrenchDate } from "./dates";
import { SourceError } from "./errors";
import { collectBody, splitLanguages, type BilingualText } from "./body";
import {
  ADDRESSEE_HEADER,
  ANSWER_HEADER,
  AUTHOR_HEADER,
  CHAMBER_HEADER,
  DATE_HEADER,
  NUMBER_HEADER,
  QUESTION_HEADER,
  SESSION_HEADER,
  readBilingualHeader,
  startsHeader,
  type BilingualHeader,
} from "./headers";
import { decodeDocument, isFiller, splitLines } from "./lines";
import { splitSubject } from "./language";
import { sessionForm, type Session, type SessionKind } from "./session";
import { formatQuestionId } from "./question-id";
import { readRegister, type LocatedEvent } from "./register";
import {
  questionRecordSchema,
  type Answer,
  type Author,
  type Bilingual,
  type Language,
  type QuestionRecord,
} from "./record";

export function parseDocument(input: string | Uint8Array, file: string): QuestionRecord {
  const lines = splitLines(decodeDocument(input, file));
  if (lines.every(isFiller)) throw new SourceError(file, undefined, "empty document");
  const cursor = new LineCursor(lines, file);

  readBilingualHeader(cursor, CHAMBER_HEADER);
  const session = readSessionHeader(cursor);
  const askedOn = readAskedOn(cursor);
  const { legislature, number } = readQuestionNumber(cursor);
  const id = formatQuestionId({ legislature, number });
  const author = readAuthor(cursor);
  const addressee = readAddressee(cursor);
  const subject = readSubject(cursor);
  const register = readRegister(cursor, id);
  const originalLanguage = readQuestionHeader(cursor, id, askedOn);
  const question = readQuestionBody(cursor);
  const answer = readAnswer(cursor);
  checkAnswerMatchesTimeline(cursor, register.events, answer);

  return validate(file, {
    id,
    chamber: "senate",
    legislature,
    number,
    session,
    askedOn,
    originalLanguage,
    author,
    addressee,
    subject,
    descriptors: register.descriptors,
    events: register.events.map(({ date, kind }) => ({ date, kind })),
    alsoAskedTo: register.alsoAskedTo,
    question,
    answer: answer?.value ?? null,
  });
}

/** The French and Dutch halves of a header must say the same thing. */
function agree<T>(cursor: LineCursor, header: BilingualHeader, what: string, fr: T, nl: T): T {
  if (fr !== nl) cursor.fail(header.line, `French and Dutch ${what} differ: "${String(fr)}" vs "${String(nl)}"`);
  return fr;
}

/** The session header as the record keeps it (session.ts): "2012-2013", or "2010" for an extraordinary session. */
function readSessionHeader(cursor: LineCursor): string {
  const header = readBilingualHeader(cursor, SESSION_HEADER);
  const fr = printedSession(header.fr, "extraordinaire");
  const nl = printedSession(header.nl, "buitengewone");
  agree(cursor, header, "sessions", fr.printed, nl.printed);
  const form = sessionForm(fr.session);
  if ("problem" in form) cursor.fail(header.line, form.problem);
  return form.form;
}

/** One half of the session header: kind word, first year, optional second year. */
function printedSession([kindWord, start = "", end]: string[], extraordinaryWord: string): { session: Session; printed: string } {
  const kind: SessionKind = kindWord?.toLowerCase() === extraordinaryWord ? "extraordinary" : "ordinary";
  const years = end ? `${start}-${end}` : start;
  return {
    session: { kind, startYear: Number(start), endYear: Number(end || start) },
    // What the two halves must agree on: "extraordinary 2010", "2012-2013".
    printed: kind === "extraordinary" ? `extraordinary ${years}` : years,
  };
}

function readAskedOn(cursor: LineCursor): string {
  const header = readBilingualHeader(cursor, DATE_HEADER);
  return readBilingualDate(cursor, header, 0, "dates");
}

/** Parses the French and Dutch written dates at the same group index and checks they agree. */
function readBilingualDate(cursor: LineCursor, header: BilingualHeader, group: number, what: string): string {
  const fr = dateAt(cursor, header.line, () => parseFrenchDate(header.fr[group] ?? ""));
  const nl = dateAt(cursor, header.line, () => parseDutchDate(header.nl[group] ?? ""));
  return agree(cursor, header, what, fr, nl);
}

function readQuestionNumber(cursor: LineCursor): { legislature: number; number: number } {
  const header = readBilingualHeader(cursor, NUMBER_HEADER);
  const id = agree(cursor, header, "question numbers", header.fr.join("-"), header.nl.join("-"));
  const [legislature = 0, number = 0] = id.split("-").map(Number);
  return { legislature, number };
}

function readAuthor(cursor: LineCursor): Author {
  const header = readBilingualHeader(cursor, AUTHOR_HEADER);
  return {
    name: agree(cursor, header, "author names", header.fr[0]?.trim(), header.nl[0]?.trim()) ?? "",
    party: agree(cursor, header, "author parties", header.fr[1]?.trim(), header.nl[1]?.trim()) ?? "",
  };
}

function readAddressee(cursor: LineCursor): Bilingual {
  const header = readBilingualHeader(cursor, ADDRESSEE_HEADER);
  return { fr: header.fr[0]?.trim() ?? "", nl: header.nl[0]?.trim() ?? "" };
}

function readSubject(cursor: LineCursor): Bilingual {
  const line = cursor.nextText('the subject ("Syrie - Réfugiés Syrië - Vluchtelingen")');
  const split = splitSubject(line.text);
  if (split === undefined) cursor.fail(line, `cannot split the subject into French and Dutch: ${excerpt(line.text)}`);
  return split;
}

const LANGUAGE_NAMES: Readonly<Record<string, Language>> = {
  français: "fr",
  néerlandais: "nl",
  Frans: "fr",
  Nederlands: "nl",
};

/** Checks the header repeats the question's number and date; returns the language it was asked in. */
function readQuestionHeader(cursor: LineCursor, id: string, askedOn: string): Language {
  const header = readBilingualHeader(cursor, QUESTION_HEADER);
  const headerId = agree(cursor, header, "question numbers", header.fr.slice(0, 2).join("-"), header.nl.slice(0, 2).join("-"));
  if (headerId !== id) cursor.fail(header.line, `question number ${headerId} differs from ${id} in the title`);
  const date = readBilingualDate(cursor, header, 2, "question dates");
  if (date !== askedOn) cursor.fail(header.line, `question date ${date} differs from the date asked ${askedOn}`);
  const fr = LANGUAGE_NAMES[header.fr[3] ?? ""];
  const nl = LANGUAGE_NAMES[header.nl[3] ?? ""];
  return agree(cursor, header, "original languages", fr, nl) ?? "fr";
}

function readQuestionBody(cursor: LineCursor): BilingualText {
  const headerLine = (cursor.peek()?.number ?? 1) - 1;
  const body = collectBody(cursor, (line) => line.kind === "text" && startsHeader(ANSWER_HEADER, line.text));
  return splitLanguages(cursor, body, "the question", headerLine);
}

interface LocatedAnswer {
  readonly line: number;
  readonly value: Answer;
}

function readAnswer(cursor: LineCursor): LocatedAnswer | null {
  cursor.skipFiller();
  if (cursor.atEnd()) return null;
  const header = readBilingualHeader(cursor, ANSWER_HEADER);
  const receivedOn = readBilingualDate(cursor, header, 0, "answer dates");
  const body = collectBody(cursor, () => false);
  const { fr, nl } = splitLanguages(cursor, body, "the answer", header.line);
  return { line: header.line, value: { receivedOn, fr, nl } };
}

/** An "Antwoord" timeline entry and the answer text come together or not at all. */
function checkAnswerMatchesTimeline(cursor: LineCursor, events: readonly LocatedEvent[], answer: LocatedAnswer | null): void {
  const answered = events.find((event) => event.kind === "answer");
  if (answered !== undefined && answer === null) {
    cursor.fail(answered.line, "the timeline records an answer but the document has no answer text");
  }
  if (answered === undefined && answer !== null) {
    cursor.fail(answer.line, 'the document has an answer but the timeline has no "Antwoord" entry');
  }
}

/** Last line of defence: the public contract, checked on the finished object. */
function validate(file: string, record: QuestionRecord): QuestionRecord {
  const result = questionRecordSchema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new SourceError(file, undefined, `invalid record: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "unknown problem"}`);
}
