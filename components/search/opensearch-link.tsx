import { getTranslations } from "next-intl/server";
import { openSearchPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * <link rel="search"> to the OpenSearch description, so a browser offers to add the archive as
 * a search engine. React hoists it into <head> wherever it is rendered: the locale layout
 * renders it, so every page has it.
 */
export async function OpenSearchLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "search.opensearch" });
  return <link rel="search" type="application/opensearchdescription+xml" title={t("shortName")} href={openSearchPath(locale)} />;
}
