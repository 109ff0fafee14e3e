import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartyTable } from "@/components/accountability/party-table";
import { listPartyFigures } from "@/lib/data/statistics";
import { partiesPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { sharingMetadata } from "@/lib/reader/metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accountability.parties" });
  return { title: t("title"), ...(await sharingMetadata({ locale, path: partiesPath(locale), title: t("title"), description: t("metaDescription") })) };
}

/** /{locale}/parties: every party as printed on the questions (decision 0003), most questions first. */
export default async function PartiesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Read on each request, not at build time: the archive changes whenever the seed loads documents.
  await connection();
  const [t, parties] = await Promise.all([getTranslations("accountability.parties"), listPartyFigures()]);
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {parties.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p> : <PartyTable parties={parties} locale={locale} />}
    </main>
  );
}
