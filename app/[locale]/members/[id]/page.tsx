import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageSection, ScopedQuestions } from "@/components/accountability/page-section";
import { FiguresList } from "@/components/accountability/figures-list";
import { MinisterTable } from "@/components/accountability/minister-table";
import { DelayHistogram } from "@/components/charts/delay-histogram";
import { searchQuestions } from "@/lib/data/search";
import { getMemberPage, HISTOGRAM_BIN_DAYS } from "@/lib/data/statistics";
import { formatLongDate } from "@/lib/i18n/dates";
import { memberPath, membersPath, partyPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { figuresSummary, scopedPageMetadata } from "@/lib/reader/metadata";
import { numericIdParam } from "@/lib/route-params";
import { parseScopedSearchParams } from "@/lib/search/parse-params";

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const parsed = numericIdParam.safeParse(id);
  const page = parsed.success ? await getMemberPage({ id: parsed.data }) : null;
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "accountability.member" });
  const title = page.member.name;
  const description = t("metaDescription", { name: title, parties: page.member.parties.join(", "), summary: await figuresSummary(page.member, locale) });
  return scopedPageMetadata({ locale, path: memberPath(locale, page.member.id), title, description, feed: { author: page.member.name } });
}

/**
 * /{locale}/members/{authorId}: a member's figures, each party printed on their questions with
 * its period, the ministers they asked most and how those answered, and their questions newest
 * first through the search (the author filter's exact name).
 */
export default async function MemberPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const parsed = numericIdParam.safeParse(id);
  if (!parsed.success) notFound();
  const page = await getMemberPage({ id: parsed.data });
  if (!page) notFound();
  const { params: search, notices } = parseScopedSearchParams(await searchParams, { author: page.member.name });
  const outcome = searchQuestions({ params: search, notices });
  const [t, tFigures] = await Promise.all([getTranslations("accountability.member"), getTranslations("accountability.figures")]);
  const link = "text-blue-800 underline dark:text-blue-300";
  return (
    <main>
      <p className="mb-2 text-sm"><Link href={membersPath(locale)} className={link}>{t("allMembers")}</Link></p>
      <h1 className="mb-1">
        <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("kicker")}</span>
        <span className="mt-1 block text-3xl font-semibold">{page.member.name}</span>
      </h1>

      <section aria-labelledby="member-parties" className="mt-4">
        <h2 id="member-parties" className="mb-1 text-xl font-semibold">{t("partiesHeading")}</h2>
        <ul data-party-periods>
          {page.parties.map((period) => (
            <li key={`${period.party}-${period.firstOn}`} data-party-period={period.party}>
              <Link href={partyPath(locale, period.party)} className={`font-medium ${link}`}>{period.party}</Link>
              {": "}
              {t("partyPeriod", { from: formatLongDate(period.firstOn, locale), to: formatLongDate(period.lastOn, locale) })}
              {" · "}
              {t("partyQuestions", { count: period.questions })}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("partyNote")}</p>
      </section>

      <PageSection id="member-figures" heading={tFigures("heading")} className="mt-6">
        <FiguresList figures={page.member} locale={locale} />
      </PageSection>

      <PageSection id="member-ministers" heading={t("ministersHeading")}>
        <MinisterTable ministers={page.ministers} locale={locale} />
      </PageSection>

      <PageSection id="member-histogram" heading={t("histogramHeading")}>
        <DelayHistogram bins={page.histogram} binDays={HISTOGRAM_BIN_DAYS} id="member-delays" />
      </PageSection>

      <ScopedQuestions id="member-questions" heading={t("questionsHeading")} searchLabel={t("searchThese")} search={search} outcome={outcome} locale={locale} pagePath={memberPath(locale, parsed.data)} fixed="author" />
    </main>
  );
}
