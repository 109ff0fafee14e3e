/**
 * The one date formatter of the interface. The archive's dates are calendar days (YYYY-MM-DD)
 * without a time, so they are formatted in UTC: no time zone can move them by a day. The
 * Belgian variants of French and Dutch, and British English ("30 April 2013") rather than the
 * American order, for a Belgian archive.
 */
import type { Locale } from "./routing";

const FORMAT_LOCALES: Record<Locale, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

const longDateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "30 avril 2013", "30 april 2013", "30 April 2013". */
export function formatLongDate(isoDate: string, locale: Locale): string {
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: "long", timeZone: "UTC" });
    longDateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
