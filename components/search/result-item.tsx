import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/data/search";
import { Snippet } from "./snippet";

/** One hit: number, date, status, author, minister, subject in both languages, a snippet from each. */
export async function ResultItem({ hit, locale }: { hit: SearchHit; locale: string }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("search.results"), getTranslations("search.status"), getFormatter()]);
  const { record } = hit;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  const addresseeLanguage = locale === "nl" ? "nl" : "fr";
  return (
    <li className="py-4" data-result={record.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600 dark:text-slate-400">
        <Link href={`/${locale}/questions/${record.id}`} className="text-base font-semibold text-blue-800 underline dark:text-blue-300">
          {record.id}
        </Link>
        <span>{t("askedOn", { date: date(record.askedOn) })}</span>
        <span data-status={hit.status} className="rounded-full border border-slate-300 px-2 text-xs dark:border-slate-600">
          {tStatus(hit.status)}
          {record.answer ? ` · ${t("answeredOn", { date: date(record.answer.receivedOn) })}` : ""}
        </span>
      </div>
      <p lang="fr" className="mt-1 font-medium">{record.subject.fr}</p>
      <p lang="nl" className="font-medium text-slate-700 dark:text-slate-300">{record.subject.nl}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("by", { author: `${record.author.name} (${record.author.party})` })} ·{" "}
        <span lang={addresseeLanguage}>{t("to", { addressee: record.addressee[addresseeLanguage] })}</span>
      </p>
      {hit.snippets && (
        <div className="mt-2 space-y-1">
          <Snippet segments={hit.snippets.fr} lang="fr" label={t("snippetFr")} />
          <Snippet segments={hit.snippets.nl} lang="nl" label={t("snippetNl")} />
        </div>
      )}
    </li>
  );
}
