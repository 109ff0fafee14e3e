import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { languagesFor } from "@/components/question/bilingual-text";
import { Pagination } from "@/components/questions/pagination";
import { pageFromSearchParams } from "@/lib/paging";
import { QuestionList } from "@/components/questions/question-list";
import { listQuestionsWithDescriptor } from "@/lib/data/questions";
import { routing } from "@/lib/i18n/routing";

type Params = Promise<{ locale: string; id: string }>;

/** Descriptor ids are positive integers; anything else is no descriptor at all. */
const descriptorIdParam = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number);

const PAGE_SIZE = 50;

async function load(id: string, page = 1) {
  const parsed = descriptorIdParam.safeParse(id);
  if (!parsed.success) return null;
  return listQuestionsWithDescriptor({ descriptorId: parsed.data, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const result = await load(id);
  if (!result) return {};
  const t = await getTranslations({ locale, namespace: "reader.descriptor" });
  const { primary, secondary } = languagesFor(locale);
  const label = locale === "en" ? `${result.descriptor[primary]} · ${result.descriptor[secondary]}` : result.descriptor[primary];
  return { title: t("metaTitle", { label }) };
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
  const page = pageFromSearchParams((await searchParams).page);
  const result = await load(id, page);
  if (!result) notFound();
  const t = await getTranslations("reader.descriptor");
  const { primary, secondary } = languagesFor(locale);
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
      <QuestionList questions={result.questions} locale={locale} />
      <Pagination pathname={`/descriptors/${result.descriptor.id}`} page={page} pages={Math.max(1, Math.ceil(result.total / PAGE_SIZE))} />
    </main>
  );
}
