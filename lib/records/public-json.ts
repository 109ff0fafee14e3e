/**
 * A question as the JSON API serves it (/api/questions, /api/search's results, the JSON Lines
 * exports): the public record (lib/source/record.ts), every field unchanged and in its order,
 * then what the API adds: the status (lib/status: its kind, and the detail with days and dates
 * as of `asOf`), the session in words in each language, and the official senate.be pages.
 */
import { senateQuestionUrl } from "@/lib/reader/senate";
import { sessionLabel } from "@/lib/source/session";
import type { QuestionRecord } from "@/lib/source/record";
import { recordStatus, type QuestionStatus, type StatusKind } from "@/lib/status/status";

export type RecordExtras = {
  status: StatusKind;
  statusDetail: QuestionStatus & { asOf: string };
  sessionLabel: { fr: string; nl: string; en: string };
  officialUrl: { fr: string | null; nl: string | null };
};

/** The fields added to a record; the CSV export writes them as columns of their own. */
export function recordExtras(record: QuestionRecord, today: string): RecordExtras {
  const status = recordStatus(record, today);
  return {
    status: status.kind,
    statusDetail: { ...status, asOf: today },
    sessionLabel: { fr: sessionLabel(record.session, "fr"), nl: sessionLabel(record.session, "nl"), en: sessionLabel(record.session, "en") },
    officialUrl: { fr: senateQuestionUrl(record.id, "fr"), nl: senateQuestionUrl(record.id, "nl") },
  };
}

export type PublicQuestionJson = QuestionRecord & RecordExtras;

/** The record, then its added fields: the one shape of a question in the API and the exports. */
export function publicQuestionJson(record: QuestionRecord, today: string): PublicQuestionJson {
  return { ...record, ...recordExtras(record, today) };
}
