/**
 * What a question page tells machines: its title and a description with the subject and the
 * status (search results, link previews), its address in each language, OpenGraph and Twitter
 * card fields for sharing, and the Highwire Press `citation_*` tags that Google Scholar and
 * reference managers (Zotero) read.
 */
import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { QuestionPage } from "@/lib/data/question-page";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { statusSentence } from "@/lib/i18n/status-text";
import { sessionLabel } from "@/lib/source/session";

const OPEN_GRAPH_LOCALES: Record<Locale, string> = { fr: "fr_BE", nl: "nl_BE", en: "en_GB" };

/** Highwire dates are written YYYY/MM/DD. */
const citationDate = (isoDate: string) => isoDate.replaceAll("-", "/");

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
    description,
    alternates: {
      canonical: url(locale),
      languages: Object.fromEntries(routing.locales.map((other) => [other, url(other)])),
    },
    openGraph: {
      type: "article",
      url: url(locale),
      title,
      description,
      siteName: tSite("name"),
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      publishedTime: record.askedOn,
      // The app icon: link previews show the archive's mark rather than nothing.
      images: [{ url: `${origin}/icon-512.png`, width: 512, height: 512, alt: tSite("name") }],
    },
    twitter: { card: "summary", title, description, images: [`${origin}/icon-512.png`] },
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
