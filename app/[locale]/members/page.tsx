import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MemberTable } from "@/components/accountability/member-table";
import { listMemberFigures } from "@/lib/data/statistics";
import { membersPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { sharingMetadata } from "@/lib/reader/metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accountability.members" });
  return { title: t("title"), ...(await sharingMetadata({ locale, path: membersPath(locale), title: t("title"), description: t("metaDescription") })) };
}

/** /{locale}/members: every author, by name, with the parties on their questions and how they were answered. */
export default async function MembersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Read on each request, not at build time: the archive changes whenever the seed loads documents.
  await connection();
  const [t, members] = await Promise.all([getTranslations("accountability.members"), listMemberFigures()]);
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {members.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p> : <MemberTable members={members} locale={locale} />}
    </main>
  );
}
