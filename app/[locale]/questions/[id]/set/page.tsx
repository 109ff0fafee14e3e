import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BilingualText } from "@/components/question/bilingual-text";
import { SetGrid } from "@/components/sets/set-grid";
import { getSiblingSet } from "@/lib/data/sibling-set";
import { questionPath, questionSetPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { sharingMetadata } from "@/lib/reader/metadata";
import { parseSetSort } from "@/lib/sets/grid";

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const set = await getSiblingSet({ id });
  if (!set) return {};
  const t = await getTranslations({ locale, namespace: "sets.page" });
  // One canonical address whatever the sort: the order is a view of the same page.
  const title = t("metaTitle", { id });
  const description = t("metaDescription", { id, count: set.members.length - 1 });
  return { title, ...(await sharingMetadata({ locale, path: questionSetPath(locale, id), title, description })), alternates: { canonical: questionSetPath(locale, id) } };
}

/**
 * /{locale}/questions/{id}/set: the question and every number it was also sent under, in one
 * grid (lib/data/sibling-set.ts). The sort is in the URL (?sort=delay-desc), read with a zod
 * fallback: a bad value is the default order, never an error. A question without siblings, or
 * not in the archive, is a 404.
 */
export default async function QuestionSetPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const sort = parseSetSort((await searchParams).sort);
  const set = await getSiblingSet({ id, sort });
  if (!set) notFound();
  const t = await getTranslations("sets.page");
  return (
    <main>
      <p className="mb-2 text-sm">
        <Link href={questionPath(locale, id)} className="text-blue-800 underline dark:text-blue-300">
          {t("back", { id })}
        </Link>
      </p>
      <h1 className="mb-1">
        <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("eyebrow", { id })}</span>
        <span className="mt-1 block text-2xl font-semibold text-balance sm:text-3xl">{t("title")}</span>
      </h1>
      <p className="mb-2 text-lg [overflow-wrap:anywhere]">
        <BilingualText text={set.subject} locale={locale} primaryClassName="block" secondaryClassName="block text-base text-slate-600 dark:text-slate-400" />
      </p>
      <p className="mb-6 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro", { count: set.counts.members })}</p>
      <SetGrid id={id} members={set.members} sort={sort} locale={locale} />
    </main>
  );
}
