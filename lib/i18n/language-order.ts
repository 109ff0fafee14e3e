/**
 * Which of French and Dutch comes first for an interface language: the interface's own language
 * on /fr and /nl; French on /en, whose readers usually read it more readily than Dutch (the
 * English interface says so once a page, in the site header under the search box:
 * components/layout/site-header.tsx). Every list, card, result, title and the reader's default
 * column order follow this one rule.
 */
import type { Language } from "@/lib/source/record";
import type { Locale } from "./routing";

export type LanguageOrder = { primary: Language; secondary: Language };

export function languageOrder(locale: Locale): LanguageOrder {
  return locale === "nl" ? { primary: "nl", secondary: "fr" } : { primary: "fr", secondary: "nl" };
}

/** The two languages, the interface's first. */
export function languagesInOrder(locale: Locale): readonly [Language, Language] {
  const { primary, secondary } = languageOrder(locale);
  return [primary, secondary];
}

/**
 * Whether the interface speaks one of the archive's two languages. One that does not (English)
 * shows short labels (descriptors, titles) in both, since neither is the reader's own.
 */
export function speaksArchiveLanguage(locale: Locale): boolean {
  return locale === "fr" || locale === "nl";
}
