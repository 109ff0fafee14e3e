import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/question/status-badge";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath, questionSetPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { senateQuestionUrl } from "@/lib/reader/senate";
import { memberDelay, SET_SORTS, type SetMember, type SetSort } from "@/lib/sets/grid";

const SORT_LABELS = { number: "sortNumber", "delay-desc": "sortDelayDesc", "delay-asc": "sortDelayAsc" } as const satisfies Record<SetSort, string>;

const LINK = "text-blue-800 underline dark:text-blue-300";
const CELL = "border-b border-slate-200 px-3 py-2 align-top dark:border-slate-800";

/**
 * The sibling set as one table: each member's number, addressee, status, days, reminders, the
 * first lines of its answer in the interface's language, and its official page. Members the
 * archive does not hold keep their row, with their number and official link only. The sort is
 * a set of links (the URL is the state): no script needed.
 */
export async function SetGrid({ id, members, sort, locale }: { id: string; members: SetMember[]; sort: SetSort; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "sets.page" }), getFormatter()]);
  // The answer and the official page in the interface's language; French for English (senate.be has no English).
  const { primary: language } = languageOrder(locale);
  return (
    <>
      <nav aria-label={t("sortLabel")} className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold">{t("sortLabel")}</span>
        {SET_SORTS.map((option) => (
          <Link
            key={option}
            href={questionSetPath(locale, id, { sort: option })}
            aria-current={option === sort ? "page" : undefined}
            data-sort={option}
            className={option === sort ? "font-semibold text-slate-900 no-underline dark:text-slate-100" : LINK}
          >
            {t(SORT_LABELS[option])}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto">
        <table data-set-grid className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t("gridCaption", { order: t(SORT_LABELS[sort]) })}</caption>
          <thead>
            <tr className="bg-slate-50 dark:bg-slate-900">
              <th scope="col" className={CELL}>{t("columnNumber")}</th>
              <th scope="col" className={CELL}>{t("columnAddressee")}</th>
              <th scope="col" className={CELL}>{t("columnStatus")}</th>
              <th scope="col" className={`${CELL} text-right`}>
                <Link href={questionSetPath(locale, id, { sort: sort === "delay-desc" ? "delay-asc" : "delay-desc" })} className={LINK} data-sort-delay>
                  {t("columnDays")}
                </Link>
              </th>
              <th scope="col" className={`${CELL} text-right`}>{t("columnReminders")}</th>
              <th scope="col" className={CELL}>{t("columnAnswer")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const officialUrl = senateQuestionUrl(member.id, language);
              const delay = memberDelay(member);
              return (
                <tr key={member.id} data-member={member.id} data-in-archive={member.isInArchive} data-days={delay ?? ""} className={member.isCurrent ? "bg-blue-50 dark:bg-blue-950" : undefined}>
                  <th scope="row" className={`${CELL} whitespace-nowrap font-normal`}>
                    {member.isInArchive ? (
                      <Link href={questionPath(locale, member.id)} className={`${LINK} font-semibold tabular-nums`} aria-current={member.isCurrent ? "page" : undefined}>
                        {member.id}
                      </Link>
                    ) : (
                      <span className="font-semibold tabular-nums">{member.id}</span>
                    )}
                    {member.isCurrent && <span className="block text-xs text-slate-600 dark:text-slate-400">{t("thisQuestion")}</span>}
                    {officialUrl && (
                      <a href={officialUrl} rel="external noopener" data-official-link aria-label={t("onSenateLabel", { id: member.id })} className={`${LINK} block text-xs`}>
                        {t("onSenate")}
                        <span aria-hidden="true"> ↗</span>
                      </a>
                    )}
                  </th>
                  {member.isInArchive ? (
                    <>
                      <td className={CELL} lang={language}>{member.addressee[language]}</td>
                      <td className={CELL}>
                        <StatusBadge status={member.status} locale={locale} size="sm" />
                      </td>
                      <td className={`${CELL} text-right tabular-nums whitespace-nowrap`} data-delay>
                        {delay === null ? t("unknown") : t("days", { days: delay })}
                      </td>
                      <td className={`${CELL} text-right tabular-nums`} data-reminders>{format.number(member.status.reminders)}</td>
                      <td className={CELL} lang={member.answerExcerpt ? language : undefined} data-answer-excerpt>
                        {member.answerExcerpt ? member.answerExcerpt[language] : <span className="text-slate-600 dark:text-slate-400">{t("noAnswer")}</span>}
                      </td>
                    </>
                  ) : (
                    <td className={`${CELL} text-slate-600 dark:text-slate-400`} colSpan={5}>
                      {t("notInArchive")}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
