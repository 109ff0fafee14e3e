import { languageOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";
import type { Bilingual } from "@/lib/source/record";

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
  const { primary, secondary } = languageOrder(locale);
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
