/**
 * The CSV form of a search export: one row per question, with the columns below, escaped as
 * RFC 4180 says (a field holding a comma, a double quote, a carriage return or a line feed is
 * quoted, its quotes doubled; rows end with CRLF). The file starts with a UTF-8 byte order
 * mark: without it Excel reads UTF-8 as the system's code page and mangles every accent
 * ("rÃ©ponse"); LibreOffice, pandas and Python's csv (encoding "utf-8-sig") take it in their stride.
 */
import type { QuestionRecord } from "@/lib/source/record";
import type { RecordExtras } from "@/lib/records/public-json";

export const CSV_BOM = "\uFEFF";

/** The columns, in order: a reader's spreadsheet, not the full record (the JSON Lines export has that). */
export const CSV_COLUMNS = [
  "id",
  "legislature",
  "number",
  "session",
  "asked_on",
  "author",
  "party",
  "addressee_fr",
  "addressee_nl",
  "subject_fr",
  "subject_nl",
  "status",
  "days",
  "reminders",
  "answered_on",
  "official_url_fr",
  "official_url_nl",
  "archive_url",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One field, quoted when it must be. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

/** A question as a CSV row; `archiveUrl` is its page on the public origin. */
export function csvRecordLine(record: QuestionRecord, extras: RecordExtras, archiveUrl: string): string {
  const values: Record<CsvColumn, string | number | null> = {
    id: record.id,
    legislature: record.legislature,
    number: record.number,
    session: record.session,
    asked_on: record.askedOn,
    author: record.author.name,
    party: record.author.party,
    addressee_fr: record.addressee.fr,
    addressee_nl: record.addressee.nl,
    subject_fr: record.subject.fr,
    subject_nl: record.subject.nl,
    status: extras.status,
    days: extras.statusDetail.days,
    reminders: extras.statusDetail.reminders,
    answered_on: record.answer?.receivedOn ?? null,
    official_url_fr: extras.officialUrl.fr,
    official_url_nl: extras.officialUrl.nl,
    archive_url: archiveUrl,
  };
  return csvLine(CSV_COLUMNS.map((column) => values[column]));
}
