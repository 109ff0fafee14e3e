import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MemberFigures } from "@/lib/data/statistics";
import { memberPath, partyPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { figureFormat } from "./figure-format";

const link = "text-blue-800 underline dark:text-blue-300";

/** Members and their figures, by name; each party printed on their questions, latest first. */
export async function MemberTable({ members, locale }: { members: MemberFigures[]; locale: Locale }) {
  const [t, tFigures] = await Promise.all([getTranslations("accountability.members"), getTranslations("accountability.figures")]);
  const format = await figureFormat(tFigures("none"));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-member-table>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            <th scope="col" className="px-2 py-2 font-medium">{t("columns.name")}</th>
            <th scope="col" className="px-2 py-2 font-medium">{t("columns.parties")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.questions")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.answered")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.median")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-member={member.id} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <Link href={memberPath(locale, member.id)} className={`font-medium ${link}`}>{member.name}</Link>
              </th>
              <td className="px-2 py-2">
                {member.parties.map((party, index) => (
                  <span key={party}>
                    {index > 0 && ", "}
                    <Link href={partyPath(locale, party)} className={link}>{party}</Link>
                  </span>
                ))}
              </td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="questions">{format.count(member.questions)}</td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="answered">{format.share(member.answeredShare)}</td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="median">{format.days(member.medianDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
