import { getTranslations } from "next-intl/server";

/**
 * <link rel="search"> to the OpenSearch description, so a browser offers to add the archive as
 * a search engine. React hoists it into <head> wherever it is rendered: the locale layout
 * renders it, so every page has it.
 */
export async function OpenSearchLink({ locale }: { locale: string }) {
  const t = await getTranslations({ locale: locale as "fr" | "nl" | "en", namespace: "search.opensearch" });
  return <link rel="search" type="application/opensearchdescription+xml" title={t("shortName")} href={`/opensearch/${locale}.xml`} />;
}
