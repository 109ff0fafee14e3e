/**
 * What pages tell machines. Every page: a description and the OpenGraph and Twitter card fields
 * of link previews, with its address on PUBLIC_ORIGIN (`sharingMetadata`). A question page also:
 * a title and a description with the subject and the status (search results, link previews), its
 * address in each language, and the Highwire Press `citation_*` tags that Google Scholar and
 * reference managers (Zotero) read (`questionMetadata`).
 */
import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { QuestionPage } from "@/lib/data/question-page";
import type { Figures } from "@/lib/data/statistics";
import { publicOrigin } from "@/lib/env";
import { formatLongDate } from "@/lib/i18n/dates";
import { feedAlternates } from "@/lib/i18n/feed-alternates";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { statusSentence } from "@/lib/i18n/status-text";
import type { SearchParams } from "@/lib/search/parse-params";
import { sessionLabel } from "@/lib/source/session";

const OPEN_GRAPH_LOCALES: Record<Locale, string> = { fr: "fr_BE", nl: "nl_BE", en: "en_GB" };

/** Highwire dates are written YYYY/MM/DD. */
const citationDate = (isoDate: string) => isoDate.replaceAll("-", "/");

export type SharingOptions = {
  locale: Locale;
  /** The page's own address, from lib/i18n/paths.ts ("/fr/ministers/12"). */
  path: string;
  /** The page's title, without the site's name (link previews show the site's name apart). */
  title: string;
  description: string;
  /** A question: shared as an article, dated the day it was asked. */
  article?: { publishedTime: string };
  origin?: string;
};

/**
 * A page's description and its link preview fields. A page's `openGraph` replaces the layout's
 * whole (Next.js merges metadata one key deep), so each field is set here, none left to the layout.
 */
export async function sharingMetadata({ locale, path, title, description, article, origin = publicOrigin() }: SharingOptions): Promise<Pick<Metadata, "description" | "openGraph" | "twitter">> {
  const tSite = await getTranslations({ locale, namespace: "common.site" });
  const url = `${origin}${path}`;
  // The app icon: link previews show the archive's mark rather than nothing.
  const icon = `${origin}/icon-512.png`;
  const shared = {
    url,
    title,
    description,
    siteName: tSite("name"),
    locale: OPEN_GRAPH_LOCALES[locale],
    alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
    images: [{ url: icon, width: 512, height: 512, alt: tSite("name") }],
  };
  return {
    description,
    openGraph: article ? { ...shared, type: "article", publishedTime: article.publishedTime } : { ...shared, type: "website" },
    twitter: { card: "summary", title, description, images: [icon] },
  };
}

/**
 * A minister's, member's or party's page: its title, description and link preview, and the feeds
 * of its questions (`feed`: the page's own filter) named in its head, as the search page's are
 * (decision 0014), so that feed readers find them.
 */
export async function scopedPageMetadata({ feed, ...sharing }: SharingOptions & { feed: Partial<SearchParams> }): Promise<Metadata> {
  const [preview, alternates] = await Promise.all([sharingMetadata(sharing), feedAlternates(sharing.locale, feed)]);
  return { title: sharing.title, ...preview, alternates };
}

export async function questionMetadata({ page, locale, origin }: { page: QuestionPage; locale: Locale; origin: string }): Promise<Metadata> {
  const [t, tSite] = await Promise.all([getTranslations({ locale, namespace: "reader.page" }), getTranslations({ locale, namespace: "common.site" })]);
  const { record } = page;
  const subject = record.subject[languageOrder(locale).primary];
  const url = (target: Locale) => `${origin}${questionPath(target, record.id)}`;
  const title = t("metaTitle", { id: record.id, subject });
  const description = t("metaDescription", {
    id: record.id,
    author: record.author.name,
    session: sessionLabel(record.session, locale),
    date: formatLongDate(record.askedOn, locale),
    subject,
    status: statusSentence(page.status, locale),
  });
  return {
    title,
    ...(await sharingMetadata({ locale, path: questionPath(locale, record.id), title, description, article: { publishedTime: record.askedOn }, origin })),
    alternates: {
      canonical: url(locale),
      languages: Object.fromEntries(routing.locales.map((other) => [other, url(other)])),
    },
    other: {
      citation_title: subject,
      citation_author: record.author.name,
      citation_publication_date: citationDate(record.askedOn),
      citation_date: citationDate(record.askedOn),
      citation_publisher: tSite("publisher"),
      citation_technical_report_institution: tSite("publisher"),
      citation_technical_report_number: record.id,
      citation_language: languageOrder(locale).primary,
      citation_keywords: record.descriptors.map((descriptor) => descriptor[languageOrder(locale).primary]).join("; "),
      citation_abstract_html_url: url(locale),
      citation_public_url: url(locale),
    },
  };
}

/**
 * A minister's, member's or party's figures in one clause of a description ("5 questions écrites
 * au Sénat de Belgique, 4 réponses, délai médian de réponse de 46,5 jours").
 */
export async function figuresSummary(figures: Pick<Figures, "questions" | "answered" | "medianDays">, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "accountability.figures" });
  return t("metaSummary", {
    questions: figures.questions,
    answered: figures.answered,
    hasMedian: figures.medianDays === null ? "no" : "yes",
    median: figures.medianDays ?? 0,
  });
}
