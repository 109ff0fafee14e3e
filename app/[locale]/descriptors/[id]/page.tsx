import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import { getDescriptor, listQuestionsWithDescriptor } from "@/lib/data/questions";
import { languageOrder, speaksArchiveLanguage } from "@/lib/i18n/language-order";
import { descriptorPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { pageFromSearchParams } from "@/lib/paging";
import { sharingMetadata } from "@/lib/reader/metadata";
import { numericIdParam } from "@/lib/route-params";

type Params = Promise<{ locale: string; id: string }>;

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const parsed = numericIdParam.safeParse(id);
  const descriptor = parsed.success ? await getDescriptor({ id: parsed.data }) : null;
  if (!descriptor) return {};
  const t = await getTranslations({ locale, namespace: "reader.descriptor" });
  const { primary, secondary } = languageOrder(locale);
  const label = !speaksArchiveLanguage(locale) ? `${descriptor[primary]} · ${descriptor[secondary]}` : descriptor[primary];
  const title = t("metaTitle", { label });
  return { title, ...(await sharingMetadata({ locale, path: descriptorPath(locale, descriptor.id), title, description: t("metaDescription", { label }) })) };
}

/** The questions filed under one descriptor: a plain list, newest first. */
export default async function DescriptorPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const parsed = numericIdParam.safeParse(id);
  if (!parsed.success) notFound();
  const page = pageFromSearchParams((await searchParams).page);
  const result = await listQuestionsWithDescriptor({ descriptorId: parsed.data, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  if (!result) notFound();
  const t = await getTranslations("reader.descriptor");
  const { primary, secondary } = languageOrder(locale);
  return (
    <main>
      <h1 className="mb-1">
        <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("eyebrow")}</span>
        <span lang={primary} className="mt-1 block text-3xl font-semibold">
          {result.descriptor[primary]}
        </span>
      </h1>
      <p lang={secondary} className="text-lg text-slate-600 dark:text-slate-400">
        {result.descriptor[secondary]}
      </p>
      <p className="mb-4 mt-4 text-slate-700 dark:text-slate-300">{t("count", { count: result.total })}</p>
      <QuestionSummaryList>
        {result.questions.map((question) => (
          <QuestionSummary key={question.id} question={question} locale={locale} />
        ))}
      </QuestionSummaryList>
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(result.total / PAGE_SIZE))}
        hrefFor={(target) => descriptorPath(locale, result.descriptor.id, { page: target })}
      />
    </main>
  );
}
