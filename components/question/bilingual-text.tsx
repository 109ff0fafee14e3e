import type { Locale } from "@/lib/i18n/routing";
import type { Bilingual, Language } from "@/lib/source/record";

/**
 * Which language of a French/Dutch pair to show first for an interface language, and which one
 * second. English readers get French first: they usually read it more readily than Dutch.
 */
export function languagesFor(locale: Locale): { primary: Language; secondary: Language } {
  return locale === "nl" ? { primary: "nl", secondary: "fr" } : { primary: "fr", secondary: "nl" };
}

/** A short French/Dutch text: the interface language's version, then the other one, quieter. */
export function BilingualText({
  text,
  locale,
  primaryClassName = "",
  secondaryClassName = "block text-slate-600 dark:text-slate-400",
}: {
  text: Bilingual;
  locale: Locale;
  primaryClassName?: string;
  secondaryClassName?: string;
}) {
  const { primary, secondary } = languagesFor(locale);
  return (
    <>
      <span lang={primary} className={primaryClassName}>
        {text[primary]}
      </span>{" "}
      <span lang={secondary} className={secondaryClassName}>
        {text[secondary]}
      </span>
    </>
  );
}
