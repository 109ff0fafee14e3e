/**
 * The rows of the parallel reader: French and Dutch paragraphs paired by `alignParagraphs`, each
 * paragraph with its anchor, each row flagged when it is not a plain one-to-one pair. Computed on
 * the server; the browser receives finished rows.
 */
import { alignParagraphs, isIrregularRow, leadingMarker } from "@/lib/align/align";
import { languageOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";
import type { Language } from "@/lib/source/record";

/** "q" for the question, "a" for the answer. */
export type TextPart = "q" | "a";

/** `isBullet`: the paragraph is a bulleted item ("• ..."), which the page sets with a hanging indent. */
export type ReaderParagraph = { anchor: string; text: string; isBullet: boolean };
export type ReaderRow = { fr: ReaderParagraph[]; nl: ReaderParagraph[]; isIrregular: boolean };

/** `q-fr-3`: the third French paragraph of the question (numbered from 1, as a reader counts). */
export function paragraphAnchor(part: TextPart, language: Language, index: number): string {
  return `${part}-${language}-${index + 1}`;
}

export function parallelRows(part: TextPart, texts: { fr: readonly string[]; nl: readonly string[] }): ReaderRow[] {
  const paragraph = (language: Language) => (index: number): ReaderParagraph => {
    const text = (texts[language][index] ?? "").trim();
    return { anchor: paragraphAnchor(part, language, index), text, isBullet: leadingMarker(text) === "•" };
  };
  return alignParagraphs(texts.fr, texts.nl).rows.map((row) => ({
    fr: row.fr.map(paragraph("fr")),
    nl: row.nl.map(paragraph("nl")),
    isIrregular: isIrregularRow(row),
  }));
}

export type ColumnOrder = "fr-nl" | "nl-fr";

/** The column order when the reader has not chosen one: the language order of the interface (lib/i18n/language-order). */
export function defaultColumnOrder(locale: Locale): ColumnOrder {
  return languageOrder(locale).primary === "nl" ? "nl-fr" : "fr-nl";
}

/** The order stored in the cookie if it is a valid one, else the default for the locale. */
export function columnOrderFrom(stored: string | undefined, locale: Locale): ColumnOrder {
  return stored === "fr-nl" || stored === "nl-fr" ? stored : defaultColumnOrder(locale);
}

export function columnLanguages(order: ColumnOrder): readonly [Language, Language] {
  return order === "fr-nl" ? ["fr", "nl"] : ["nl", "fr"];
}

export const COLUMN_ORDER_COOKIE = "reader-columns";

/**
 * Which texts the reader shows: both side by side (stacked on a phone), or one language alone,
 * which halves a long page on a phone. Remembered in a cookie like the column order.
 */
export type ReaderView = "both" | Language;

export const READER_VIEWS: readonly ReaderView[] = ["both", "fr", "nl"];

export const READER_VIEW_COOKIE = "reader-view";

/** The view stored in the cookie if it is a valid one, else both languages. */
export function readerViewFrom(stored: string | undefined): ReaderView {
  return READER_VIEWS.find((view) => view === stored) ?? "both";
}
