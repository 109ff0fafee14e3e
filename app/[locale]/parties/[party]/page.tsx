import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageSection, ScopedQuestions } from "@/components/accountability/page-section";
import { FiguresList } from "@/components/accountability/figures-list";
import { MemberTable } from "@/components/accountability/member-table";
import { MinisterTable } from "@/components/accountability/minister-table";
import { DelayHistogram } from "@/components/charts/delay-histogram";
import { searchQuestions } from "@/lib/data/search";
import { getPartyPage, HISTOGRAM_BIN_DAYS } from "@/lib/data/statistics";
import { partiesPath, partyPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { figuresSummary, scopedPageMetadata } from "@/lib/reader/metadata";
import { parseScopedSearchParams } from "@/lib/search/parse-params";
import { partyParam } from "@/lib/stats/params";

type PageProps = {
  params: Promise<{ locale: string; party: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page of the first of these names that a question bears. */
async function findPartyPage(names: string[]) {
  for (const party of names) {
    const page = await getPartyPage({ party });
    if (page) return page;
  }
  return null;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, party } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const parsed = partyParam.safeParse(party);
  const page = parsed.success ? await findPartyPage(parsed.data) : null;
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "accountability.party" });
  const title = page.party.party;
  const description = t("metaDescription", { party: title, members: page.party.members, summary: await figuresSummary(page.party, locale) });
  return scopedPageMetadata({ locale, path: partyPath(locale, page.party.party), title, description, feed: { party: page.party.party } });
}

/**
 * /{locale}/parties/{party}: a party as printed on questions, its figures, members, the
 * ministers it asked most, its days to answer, and its questions newest first through the search
 * (the party filter).
 */
export default async function PartyPage({ params, searchParams }: PageProps) {
  const { locale, party } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const parsed = partyParam.safeParse(party);
  if (!parsed.success) notFound();
  const page = await findPartyPage(parsed.data);
  if (!page) notFound();
  const { params: search, notices } = parseScopedSearchParams(await searchParams, { party: page.party.party });
  const outcome = searchQuestions({ params: search, notices });
  const [t, tFigures] = await Promise.all([getTranslations("accountability.party"), getTranslations("accountability.figures")]);
  const link = "text-blue-800 underline dark:text-blue-300";
  return (
    <main>
      <p className="mb-2 text-sm"><Link href={partiesPath(locale)} className={link}>{t("allParties")}</Link></p>
      <h1 className="mb-1">
        <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("kicker")}</span>
        <span className="mt-1 block text-3xl font-semibold">{page.party.party}</span>
      </h1>

      <PageSection id="party-figures" heading={tFigures("heading")} className="mt-6">
        <FiguresList figures={page.party} locale={locale} />
      </PageSection>

      <PageSection id="party-members" heading={t("membersHeading")}>
        <MemberTable members={page.members} locale={locale} />
      </PageSection>

      <PageSection id="party-ministers" heading={t("ministersHeading")}>
        <MinisterTable ministers={page.ministers} locale={locale} />
      </PageSection>

      <PageSection id="party-histogram" heading={t("histogramHeading")}>
        <DelayHistogram bins={page.histogram} binDays={HISTOGRAM_BIN_DAYS} id="party-delays" />
      </PageSection>

      <ScopedQuestions id="party-questions" heading={t("questionsHeading")} searchLabel={t("searchThese")} search={search} outcome={outcome} locale={locale} pagePath={partyPath(locale, page.party.party)} fixed="party" fixedFacet="party" />
    </main>
  );
}
