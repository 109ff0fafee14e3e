import { getTranslations } from "next-intl/server";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";
import { sessionLabel } from "@/lib/source/session";
import type { QuestionRecord } from "@/lib/source/record";
import type { QuestionStatus } from "@/lib/status/status";
import { CopyButton } from "./copy-button";

/** The formatted reference of a question in the interface language, ending with its permalink. */
async function citationText({ record, status, locale, permalink }: { record: QuestionRecord; status: QuestionStatus; locale: Locale; permalink: string }): Promise<string> {
  const t = await getTranslations({ locale, namespace: "reader.cite" });
  return t("reference", {
    author: `${record.author.name} (${record.author.party})`,
    subject: record.subject[languageOrder(locale).primary],
    id: record.id,
    session: sessionLabel(record.session, locale),
    askedOn: formatLongDate(record.askedOn, locale),
    state: status.kind === "answered" || status.kind === "lapsed" ? status.kind : "waiting",
    answeredOn: record.answer ? formatLongDate(record.answer.receivedOn, locale) : "",
    url: permalink,
  });
}

/**
 * "Cite this question": the reference, copyable, and the permanent link. Printed too, so that a
 * printout says where it comes from.
 */
export async function CiteBlock({ record, status, locale, permalink }: { record: QuestionRecord; status: QuestionStatus; locale: Locale; permalink: string }) {
  const t = await getTranslations({ locale, namespace: "reader.cite" });
  const reference = await citationText({ record, status, locale, permalink });
  return (
    <section id="cite" aria-labelledby="cite-heading" className="mb-12 rounded-md border border-slate-200 p-4 print:break-inside-avoid print:border-slate-400 dark:border-slate-800">
      <h2 id="cite-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p data-citation className="select-all [overflow-wrap:anywhere]">{reference}</p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <CopyButton text={reference} label={t("copy")} copiedLabel={t("copied")} lang={locale} />
        <p className="[overflow-wrap:anywhere]">
          <span className="font-semibold">{t("permalink")}</span>{" "}
          <a href={permalink} data-permalink className="text-blue-800 underline dark:text-blue-300">
            {permalink}
          </a>
        </p>
      </div>
    </section>
  );
}
