import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BilingualText } from "@/components/question/bilingual-text";
import { CiteBlock } from "@/components/question/cite-block";
import { ColumnOrderForm } from "@/components/question/column-order-form";
import { DescriptorChips } from "@/components/question/descriptor-chips";
import { JumpBar } from "@/components/question/jump-bar";
import { ParallelText } from "@/components/question/parallel-text";
import { ReaderViewForm } from "@/components/question/reader-view-form";
import { SiblingList } from "@/components/question/sibling-list";
import { SetPanel } from "@/components/sets/set-panel";
import { StatusBadge } from "@/components/question/status-badge";
import { Timeline } from "@/components/question/timeline";
import { getQuestionPage } from "@/lib/data/question-page";
import { getSiblingSet } from "@/lib/data/sibling-set";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionMetadata } from "@/lib/reader/metadata";
import { questionPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { COLUMN_ORDER_COOKIE, columnLanguages, columnOrderFrom, READER_VIEW_COOKIE, readerViewFrom } from "@/lib/reader/parallel";
import { senateQuestionUrl } from "@/lib/reader/senate";
import { publicOrigin } from "@/lib/env";
import { sessionLabel } from "@/lib/source/session";
import { chooseColumnOrder, chooseReaderView } from "./actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = await getQuestionPage({ id });
  if (!page) return {};
  return questionMetadata({ page, locale, origin: publicOrigin() });
}

const FACT_TERM = "mt-2 text-sm font-semibold text-slate-600 first:mt-0 sm:mt-0 dark:text-slate-400";

/**
 * One written question: header (number and its official page, subject, status), facts, timeline,
 * the French and Dutch texts side by side (or one of them), the same question's siblings, and how
 * to cite it. Rendered on the server per request: an awaiting question's wait counts up to today,
 * and the reader's view and column order come from cookies.
 */
export default async function QuestionPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const page = await getQuestionPage({ id });
  if (!page) notFound();

  const [t, tStatus, tReader, cookieStore, origin, siblingSet] = await Promise.all([
    getTranslations("reader.page"),
    getTranslations("reader.status"),
    getTranslations("reader.reader"),
    cookies(),
    publicOrigin(),
    page.siblings.length > 0 ? getSiblingSet({ id }) : null,
  ]);
  const { record, status } = page;
  const order = columnOrderFrom(cookieStore.get(COLUMN_ORDER_COOKIE)?.value, locale);
  const view = readerViewFrom(cookieStore.get(READER_VIEW_COOKIE)?.value);
  const languages = columnLanguages(order);
  const longDate = (isoDate: string) => formatLongDate(isoDate, locale);
  const { primary, secondary } = languageOrder(locale);
  // senate.be has French and Dutch pages: the interface's language, French for English.
  const officialUrl = senateQuestionUrl(record.id, primary);
  const permalink = `${origin}${questionPath(locale, record.id)}`;

  return (
    <main className="question-page">
      <div className="relative mb-8">
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
        {officialUrl && (
          <p className="mt-2 text-sm sm:absolute sm:right-0 sm:top-0 sm:mt-0" data-official-page>
            <a
              href={officialUrl}
              rel="external noopener"
              aria-label={t("officialPageLabel", { id: record.id })}
              className="text-blue-800 underline print:hidden dark:text-blue-300"
            >
              {t("officialPage")}
              <span aria-hidden="true"> ↗</span>
            </a>
            <span className="hidden [overflow-wrap:anywhere] print:inline">{t("officialPagePrint", { url: officialUrl })}</span>
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <StatusBadge status={status} locale={locale} />
          <span className="inline-flex rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
            {tStatus("reminders", { count: status.reminders })}
          </span>
          {status.kind === "answered" && status.isAfterLegislatureEnd && (
            <span data-after-legislature-end className="text-sm text-slate-700 dark:text-slate-300">
              {tStatus("afterLegislatureEnd")}
            </span>
          )}
        </div>
      </div>

      <div className="mb-10 grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <dl className="grid content-start items-baseline gap-x-6 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-3">
          <dt className={FACT_TERM}>{t("session")}</dt>
          <dd data-session={record.session}>{sessionLabel(record.session, locale, { compact: true })}</dd>
          <dt className={FACT_TERM}>{t("askedOn")}</dt>
          <dd>
            <time dateTime={record.askedOn}>{longDate(record.askedOn)}</time>
          </dd>
          <dt className={FACT_TERM}>{t("author")}</dt>
          <dd>
            {record.author.name} ({record.author.party})
          </dd>
          <dt className={FACT_TERM}>{t("addressee")}</dt>
          <dd className="[overflow-wrap:anywhere]">
            <BilingualText text={record.addressee} locale={locale} primaryClassName="block" secondaryClassName="block text-sm text-slate-600 dark:text-slate-400" />
          </dd>
          {page.descriptors.length > 0 && (
            <>
              <dt className={FACT_TERM}>{t("descriptors")}</dt>
              <dd>
                <DescriptorChips descriptors={page.descriptors} locale={locale} />
              </dd>
            </>
          )}
        </dl>
        <Timeline steps={page.timeline} headingId="timeline-heading" locale={locale} />
      </div>

      <JumpBar locale={locale} hasSiblings={page.siblings.length > 0} />

      <div id="reader">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {record.originalLanguage === "fr" ? tReader("askedInFr") : tReader("askedInNl")}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <ReaderViewForm view={view} locale={locale} action={chooseReaderView.bind(null, locale, record.id)} />
            {view === "both" && <ColumnOrderForm order={order} locale={locale} action={chooseColumnOrder.bind(null, locale, record.id)} />}
          </div>
        </div>

        <section aria-labelledby="question-heading" className="mb-10">
          <h2 id="question-heading" className="mb-3 text-xl font-semibold">
            {tReader("question")}
          </h2>
          <ParallelText rows={page.reader.question} languages={languages} view={view} originalLanguage={record.originalLanguage} interfaceLocale={locale} />
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
            <ParallelText rows={page.reader.answer} languages={languages} view={view} interfaceLocale={locale} />
          ) : (
            <p className="text-slate-700 dark:text-slate-300">{status.kind === "lapsed" ? tReader("noAnswerLapsed") : tReader("noAnswer")}</p>
          )}
        </section>
      </div>

      {page.siblings.length > 0 && (
        <SiblingList siblings={page.siblings} locale={locale} headingId="siblings-heading">
          {siblingSet && <SetPanel set={siblingSet} locale={locale} />}
        </SiblingList>
      )}

      <CiteBlock record={record} status={status} locale={locale} permalink={permalink} />
    </main>
  );
}
