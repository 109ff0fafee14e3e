import type { Locale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { QuestionList } from "@/components/questions/question-list";
import { listQuestions } from "@/lib/data/questions";
import { Link } from "@/lib/i18n/navigation";

const PAGE_SIZE = 50;
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = pageParam.parse((await searchParams).page);
  const [t, format, { total, questions }] = await Promise.all([
    getTranslations("common.home"),
    getFormatter(),
    listQuestions({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">{t("count", { count: total })}</p>
      <QuestionList questions={questions} locale={locale} />
      {pages > 1 && (
        <nav aria-label={t("pageOf", { page, pages })} className="mt-6 flex items-center gap-4">
          {page > 1 && <Link href={{ pathname: "/", query: { page: page - 1 } }}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: format.number(page), pages: format.number(pages) })}</span>
          {page < pages && <Link href={{ pathname: "/", query: { page: page + 1 } }}>{t("next")}</Link>}
        </nav>
      )}
    </main>
  );
}
