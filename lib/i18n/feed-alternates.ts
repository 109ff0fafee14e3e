/**
 * A page's `<link rel="alternate" type="application/atom+xml">` entries (Next.js metadata
 * `alternates.types`), so that feed readers find the feeds of what the page lists: its feed of
 * new answers and its feed of new questions (feed-paths.ts), titled in the interface language.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/search/parse-params";
import { FEED_KINDS, feedPath } from "./feed-paths";
import type { Locale } from "./routing";

export async function feedAlternates(locale: Locale, params: Partial<SearchParams>) {
  const t = await getTranslations({ locale, namespace: "sets.feeds" });
  const titles = { answers: t("linkAnswers"), questions: t("linkQuestions") };
  return {
    types: {
      "application/atom+xml": FEED_KINDS.map((kind) => ({ url: feedPath(locale, kind, params), title: titles[kind] })),
    },
  };
}
