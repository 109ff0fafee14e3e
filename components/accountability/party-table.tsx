import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PartyFigures } from "@/lib/data/statistics";
import { partyPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { figureFormat } from "./figure-format";

const link = "text-blue-800 underline dark:text-blue-300";

/** Parties as printed on questions, most questions first, with their figures. */
export async function PartyTable({ parties, locale }: { parties: PartyFigures[]; locale: Locale }) {
  const [t, tFigures] = await Promise.all([getTranslations("accountability.parties"), getTranslations("accountability.figures")]);
  const format = await figureFormat(tFigures("none"));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-party-table>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            <th scope="col" className="px-2 py-2 font-medium">{t("columns.party")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.members")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.questions")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.answered")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.median")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("columns.reminded")}</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={party.party} data-party={party.party} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <Link href={partyPath(locale, party.party)} className={`font-medium ${link}`}>{party.party}</Link>
              </th>
              <td className="px-2 py-2 text-right tabular-nums">{format.count(party.members)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{format.count(party.questions)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{format.share(party.answeredShare)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{format.days(party.medianDays)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{format.share(party.remindedShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
