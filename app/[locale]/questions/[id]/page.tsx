import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BilingualText } from "@/components/question/bilingual-text";
import { ColumnOrderForm } from "@/components/question/column-order-form";
import { DescriptorChips } from "@/components/question/descriptor-chips";
import { ParallelText } from "@/components/question/parallel-text";
import { SiblingList } from "@/components/question/sibling-list";
import { StatusBadge } from "@/components/question/status-badge";
import { Timeline } from "@/components/question/timeline";
import { getQuestionPage } from "@/lib/data/question-page";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { COLUMN_ORDER_COOKIE, columnLanguages, columnOrderFrom } from "@/lib/reader/parallel";
import { chooseColumnOrder } from "./actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = await getQuestionPage({ id });
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "reader.page" });
  return {
    title: t("metaTitle", { id: page.record.id, subject: page.record.subject[languageOrder(locale).primary] }),
    alternates: { languages: Object.fromEntries(routing.locales.map((other) => [other, questionPath(other, page.record.id)])) },
  };
}

/**
 * One written question: header (number, dates, author, minister, status), descriptors, timeline,
 * the French and Dutch texts side by side, and the same question's siblings. Rendered on the
 * server per request: the wait of an unanswered question counts up to today, and the column order
 * comes from a cookie.
 */
export default async function QuestionPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const page = await getQuestionPage({ id });
  if (!page) notFound();

  const [t, tStatus, tReader, cookieStore] = await Promise.all([
    getTranslations("reader.page"),
    getTranslations("reader.status"),
    getTranslations("reader.reader"),
    cookies(),
  ]);
  const { record, status } = page;
  const order = columnOrderFrom(cookieStore.get(COLUMN_ORDER_COOKIE)?.value, locale);
  const languages = columnLanguages(order);
  const longDate = (isoDate: string) => formatLongDate(isoDate, locale);
  const { primary, secondary } = languageOrder(locale);

  return (
    <main className="question-page">
      <div className="mb-8">
        <h1>
          <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {t("number", { id: record.id })}
          </span>
          <span lang={primary} className="mt-1 block text-2xl font-semibold leading-snug text-balance sm:text-3xl [overflow-wrap:anywhere]">
            {record.subject[primary]}
          </span>
        </h1>
        <p lang={secondary} className="mt-1 text-lg leading-snug text-balance text-slate-600 dark:text-slate-400 [overflow-wrap:anywhere]">
          {record.subject[secondary]}
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <StatusBadge status={status} />
          <span className="inline-flex rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
            {tStatus("reminders", { count: status.reminders })}
          </span>
          {page.siblings.length > 0 && (
            <a href="#also-asked-to" className="ml-1 text-sm text-blue-800 underline dark:text-blue-300 print:hidden">
              {t("seeSiblings", { count: page.siblings.length })}
            </a>
          )}
        </div>
      </div>

      <div className="mb-10 grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <dl className="grid content-start items-baseline gap-x-6 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-3">
          <dt className="mt-2 text-sm font-semibold text-slate-600 first:mt-0 sm:mt-0 dark:text-slate-400">{t("session")}</dt>
          <dd>{record.session}</dd>
          <dt className="mt-2 text-sm font-semibold text-slate-600 first:mt-0 sm:mt-0 dark:text-slate-400">{t("askedOn")}</dt>
          <dd>
            <time dateTime={record.askedOn}>{longDate(record.askedOn)}</time>
          </dd>
          <dt className="mt-2 text-sm font-semibold text-slate-600 first:mt-0 sm:mt-0 dark:text-slate-400">{t("author")}</dt>
          <dd>
            {record.author.name} ({record.author.party})
          </dd>
          <dt className="mt-2 text-sm font-semibold text-slate-600 first:mt-0 sm:mt-0 dark:text-slate-400">{t("addressee")}</dt>
          <dd className="[overflow-wrap:anywhere]">
            <BilingualText text={record.addressee} locale={locale} primaryClassName="block" secondaryClassName="block text-sm text-slate-600 dark:text-slate-400" />
          </dd>
          {page.descriptors.length > 0 && (
            <>
              <dt className="mt-2 text-sm font-semibold text-slate-600 first:mt-0 sm:mt-0 dark:text-slate-400">{t("descriptors")}</dt>
              <dd>
                <DescriptorChips descriptors={page.descriptors} locale={locale} />
              </dd>
            </>
          )}
        </dl>
        <Timeline steps={page.timeline} headingId="timeline-heading" locale={locale} />
      </div>

      <div id="reader" className="scroll-mt-4">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-y border-slate-200 py-3 dark:border-slate-800">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {record.originalLanguage === "fr" ? tReader("askedInFr") : tReader("askedInNl")}
          </p>
          <ColumnOrderForm order={order} action={chooseColumnOrder.bind(null, locale, record.id)} />
        </div>

        <section aria-labelledby="question-heading" className="mb-10">
          <h2 id="question-heading" className="mb-3 text-xl font-semibold">
            {tReader("question")}
          </h2>
          <ParallelText rows={page.reader.question} languages={languages} originalLanguage={record.originalLanguage} interfaceLocale={locale} />
        </section>

        <section aria-labelledby="answer-heading" className="mb-12">
          <div className="mb-3 flex flex-wrap items-baseline gap-x-3">
            <h2 id="answer-heading" className="text-xl font-semibold">
              {tReader("answer")}
            </h2>
            {record.answer && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {tReader("answerReceived", { date: longDate(record.answer.receivedOn) })}
              </p>
            )}
          </div>
          {page.reader.answer ? (
            <ParallelText rows={page.reader.answer} languages={languages} interfaceLocale={locale} />
          ) : (
            <p className="text-slate-700 dark:text-slate-300">{tReader("noAnswer")}</p>
          )}
        </section>
      </div>

      {page.siblings.length > 0 && <SiblingList siblings={page.siblings} locale={locale} headingId="siblings-heading" />}
    </main>
  );
}
