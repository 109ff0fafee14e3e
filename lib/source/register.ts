/**
 * The block between the subject and the question header: descriptors (the
 * thesaurus terms, French list then Dutch list), the timeline ("30/4/2013
 * Verzending vraag", printed once per language column) and the
 * "Ook gesteld aan" cross-references (also printed twice).
 *
 * Lines are recognised by shape; descriptors are whatever comes before the
 * first timeline or cross-reference line. A content line after that point
 * matches nothing we know, and is rejected rather than dropped.
 */
import { dateAt, excerpt, type LineCursor } from "./cursor";
import { parseSlashDate } from "./dates";
import { QUESTION_HEADER, startsHeader } from "./headers";
import type { SourceLine } from "./lines";
import type { Bilingual, EventKind, TimelineEvent } from "./record";

export interface Register {
  readonly descriptors: Bilingual[];
  readonly events: LocatedEvent[];
  readonly alsoAskedTo: string[];
}

export interface LocatedEvent extends TimelineEvent {
  readonly line: number;
}

const TIMELINE_ENTRY = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*(.*)$/;
const CROSS_REFERENCE_START = /^Ook\s+gesteld\s+aan\b/;
const CROSS_REFERENCE = /^Ook\s+gesteld\s+aan\s*:\s*schriftelijke\s+vraag\s+(\d+-\d+)$/;

const EVENT_KINDS: Readonly<Record<string, EventKind>> = {
  "Verzending vraag": "sent",
  Rappel: "reminder",
  Antwoord: "answer",
};

export function readRegister(cursor: LineCursor, ownId: string): Register {
  const descriptorLines: SourceLine[] = [];
  const timelineLines: SourceLine[] = [];
  const crossReferenceLines: SourceLine[] = [];
  for (let line = cursor.peek(); !isQuestionHeader(line); line = cursor.peek()) {
    if (line === undefined) cursor.failAtEnd(endOfDocumentReason(timelineLines));
    cursor.advance();
    if (line.kind !== "text") continue;
    if (TIMELINE_ENTRY.test(line.text)) timelineLines.push(line);
    else if (CROSS_REFERENCE_START.test(line.text)) crossReferenceLines.push(line);
    else if (timelineLines.length === 0 && crossReferenceLines.length === 0) descriptorLines.push(line);
    else cursor.fail(line, `cannot place this line between the timeline and the question: ${excerpt(line.text)}`);
  }
  return {
    descriptors: pairDescriptors(cursor, descriptorLines),
    events: readTimeline(cursor, timelineLines),
    alsoAskedTo: readCrossReferences(cursor, crossReferenceLines, ownId),
  };
}

function isQuestionHeader(line: SourceLine | undefined): boolean {
  return line !== undefined && line.kind === "text" && startsHeader(QUESTION_HEADER, line.text);
}

function endOfDocumentReason(timelineLines: readonly SourceLine[]): string {
  return timelineLines.length === 0
    ? 'unexpected end of document: expected the timeline ("30/4/2013Verzending vraag")'
    : `unexpected end of document: expected ${QUESTION_HEADER.name} ("Question n° … du … : …")`;
}

/** French terms first, then their Dutch translations in the same order. */
function pairDescriptors(cursor: LineCursor, lines: readonly SourceLine[]): Bilingual[] {
  const first = lines[0];
  if (first === undefined) return [];
  if (lines.length % 2 !== 0) {
    cursor.fail(first, `odd number of descriptor lines (${lines.length}): the French and Dutch lists must have the same length`);
  }
  const half = lines.length / 2;
  return lines.slice(0, half).map((french, index) => ({ fr: french.text, nl: lines[half + index]?.text ?? "" }));
}

/** The timeline is printed twice, once per language column: keep one copy, insist both say the same. */
function readTimeline(cursor: LineCursor, lines: readonly SourceLine[]): LocatedEvent[] {
  const events = lines.map((line) => parseTimelineEntry(cursor, line));
  const first = lines[0];
  if (first === undefined) cursor.failAtEnd('no timeline found ("30/4/2013Verzending vraag")');
  if (events.length % 2 !== 0) {
    cursor.fail(first, `the timeline must be printed twice (once per language), found an odd number of entries (${events.length})`);
  }
  const half = events.length / 2;
  const firstCopy = events.slice(0, half);
  events.slice(half).forEach((event, index) => {
    const original = firstCopy[index];
    if (original !== undefined && (original.date !== event.date || original.kind !== event.kind)) {
      cursor.fail(event.line, `the two copies of the timeline disagree: ${describe(event)} here, ${describe(original)} on line ${original.line}`);
    }
  });
  return firstCopy;
}

function parseTimelineEntry(cursor: LineCursor, line: SourceLine): LocatedEvent {
  const [, dateText = "", kindText = ""] = TIMELINE_ENTRY.exec(line.text) ?? [];
  const kind = EVENT_KINDS[kindText];
  if (kind === undefined) {
    cursor.fail(line, `unknown timeline event "${kindText}" (expected "Verzending vraag", "Rappel" or "Antwoord")`);
  }
  return { date: dateAt(cursor, line, () => parseSlashDate(dateText)), kind, line: line.number };
}

function describe(event: TimelineEvent): string {
  return `${event.kind} on ${event.date}`;
}

/** "Ook gesteld aan" ids, deduplicated in first-seen order, without the question itself. */
function readCrossReferences(cursor: LineCursor, lines: readonly SourceLine[], ownId: string): string[] {
  const ids = lines.map((line) => {
    const id = CROSS_REFERENCE.exec(line.text)?.[1];
    if (id === undefined) cursor.fail(line, `malformed cross-reference, expected "Ook gesteld aan : schriftelijke vraag 5-8900", found ${excerpt(line.text)}`);
    return id;
  });
  return [...new Set(ids)].filter((id) => id !== ownId);
}
