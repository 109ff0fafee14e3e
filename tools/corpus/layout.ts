/**
 * Renders a structured synthetic question into the exact text layout of the Senate source
 * files (reference: seeds/000_dc0ab1c61fd4920e.txt). Synthetic files go through the real
 * parser and seeder, so every byte that the parser may key on is reproduced:
 *
 * - the subject line ends with a no-break space (U+00A0) and nothing else;
 * - the question's French and Dutch parts are separated by a line holding only U+00A0, and
 *   another such line closes the question;
 * - the timeline and the "Ook gesteld aan" blocks are printed twice;
 * - descriptors: the French list, then the Dutch list, one per line;
 * - separator lines "________________" (16) and "________ ________";
 * - the answer's French paragraphs are directly followed by the Dutch ones;
 * - paragraphs are separated by one empty line, and the file has no final newline.
 *
 * Two layout details have no example in the reference file and are our best reading of the
 * source: a question without siblings has no "Ook gesteld aan" block (and no extra
 * separator), and an unanswered question ends right after the closing U+00A0 line.
 */

import { FR_MONTHS, NL_MONTHS, frenchOf, type Lang } from "./vocabulary";

export const NBSP = "\u00a0";
const RULE = "________________";
const DOUBLE_RULE = "________ ________";

export type EventKind = "sent" | "reminder" | "answer";

/** Timeline labels exactly as printed in the source (Dutch only, even in the French copy). */
export const EVENT_LABELS: Readonly<Record<EventKind, string>> = {
  sent: "Verzending vraag",
  reminder: "Rappel",
  answer: "Antwoord",
};

export interface SyntheticEvent {
  readonly kind: EventKind;
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
}

/**
 * Everything a synthetic document states. The generator builds this, the layout renders it,
 * and tests compare it with what the parser reads back.
 */
export interface SyntheticQuestion {
  /** "91-123": legislature and number. */
  readonly id: string;
  readonly legislature: number;
  readonly number: number;
  /** "2012-2013". */
  readonly session: string;
  /** ISO date the question was sent (also the header date). */
  readonly date: string;
  readonly originalLanguage: Lang;
  readonly author: { readonly name: string; readonly party: string };
  /** Full addressee lines, preposition included ("au ministre ...", "aan de minister ..."). */
  readonly addressee: { readonly fr: string; readonly nl: string };
  /** Subject segments; rendered joined by " - ". */
  readonly subject: { readonly fr: readonly string[]; readonly nl: readonly string[] };
  readonly descriptors: { readonly fr: readonly string[]; readonly nl: readonly string[] };
  /** Chronological: one "sent", 0+ "reminder", at most one "answer". */
  readonly events: readonly SyntheticEvent[];
  /** Ids of the other questions of the same "also asked to" set, ascending; usually empty. */
  readonly siblings: readonly string[];
  /** Question paragraphs (one line each). */
  readonly question: { readonly fr: readonly string[]; readonly nl: readonly string[] };
  readonly answer: { readonly date: string; readonly fr: readonly string[]; readonly nl: readonly string[] } | null;
}

interface DateParts {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parts(iso: string): DateParts {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** "30 avril 2013" — day without leading zero; the first of the month is "1er" in French. */
export function frenchDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d === 1 ? "1er" : d} ${FR_MONTHS[m - 1] ?? "?"} ${y}`;
}

/** "30 april 2013". */
export function dutchDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${NL_MONTHS[m - 1] ?? "?"} ${y}`;
}

/** "30/4/2013" — timeline format, no leading zeros. */
export function slashDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d}/${m}/${y}`;
}

/** Renders the question as the source text file content. */
export function renderDocument(q: SyntheticQuestion): string {
  const out: string[] = [];
  const author = `${q.author.name} (${q.author.party})`;
  out.push(
    "SÉNAT DE BELGIQUE BELGISCHE SENAAT",
    RULE,
    `Session ${q.session} Zitting ${q.session}`,
    RULE,
    `${frenchDate(q.date)} ${dutchDate(q.date)}`,
    RULE,
    `Question écrite n° ${q.id} Schriftelijke vraag nr. ${q.id}`,
    "",
    frenchOf(author),
    "",
    `van ${author}`,
    "",
    q.addressee.fr,
    "",
    q.addressee.nl,
    RULE,
    `${q.subject.fr.join(" - ")} ${q.subject.nl.join(" - ")}${NBSP}`,
    RULE,
    ...q.descriptors.fr,
    ...q.descriptors.nl,
    DOUBLE_RULE,
  );

  const timeline = q.events.map((e) => `${slashDate(e.date)}${EVENT_LABELS[e.kind]}`);
  out.push(...timeline, ...timeline, DOUBLE_RULE);

  if (q.siblings.length > 0) {
    const also = q.siblings.map((id) => `Ook gesteld aan : schriftelijke vraag ${id}`);
    out.push(...also, ...also, DOUBLE_RULE);
  }

  const frLang = q.originalLanguage === "fr" ? "français" : "néerlandais";
  const nlLang = q.originalLanguage === "fr" ? "Frans" : "Nederlands";
  out.push(
    `Question n° ${q.id} du ${frenchDate(q.date)} : (Question posée en ${frLang}) ` +
      `Vraag nr. ${q.id} d.d. ${dutchDate(q.date)} : (Vraag gesteld in het ${nlLang})`,
  );
  for (const p of q.question.fr) out.push("", p);
  out.push("", NBSP);
  for (const p of q.question.nl) out.push("", p);
  out.push("", NBSP);

  if (q.answer) {
    out.push(
      `Réponse reçue le ${frenchDate(q.answer.date)} : Antwoord ontvangen op ${dutchDate(q.answer.date)} :`,
    );
    for (const p of q.answer.fr) out.push("", p);
    for (const p of q.answer.nl) out.push("", p);
  }
  // The reference file has no trailing newline.
  return out.join("\n");
}
