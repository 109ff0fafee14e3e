import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FacetValue, Facets } from "@/lib/data/search";
import type { SearchParams } from "@/lib/search/parse-params";
import { sessionLabel } from "@/lib/source/session";
import type { StatusKind } from "@/lib/status/status";
import { languageOrder } from "@/lib/i18n/language-order";
import type { ResultsPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

type FacetLink = { key: string; label: string; lang?: string; count: number; href: string; isSelected: boolean };

/**
 * Counts by minister, party, year, status and session. Each count is what choosing it would give with
 * the other filters kept; choosing is a plain link (to `pathFor`: the page that lists), so the
 * state stays in the URL. A page whose list is one minister's or one party's leaves that group
 * out (`fixedFacet`): it would hold one value, the page itself.
 */
export async function FacetPanel({ facets, params, locale, pathFor, fixedFacet }: {
  facets: Facets;
  params: SearchParams;
  locale: Locale;
  pathFor: ResultsPath;
  fixedFacet?: keyof Facets;
}) {
  const [t, tStatus] = await Promise.all([getTranslations("search.facets"), getTranslations("common.status")]);
  const labelLanguage = languageOrder(locale).primary;
  const yearOf = (date: string | null) => date?.slice(0, 4);
  const groups: { name: keyof Facets; title: string; links: FacetLink[] }[] = [
    {
      name: "minister",
      title: t("minister"),
      links: facets.minister.map((value) => ({
        ...common(value),
        label: value.label?.[labelLanguage] ?? value.value,
        lang: labelLanguage,
        isSelected: params.minister === value.value,
        href: pathFor(params, { minister: params.minister === value.value ? "" : value.value }),
      })),
    },
    {
      name: "party",
      title: t("party"),
      links: facets.party.map((value) => ({
        ...common(value),
        isSelected: params.party.toLowerCase() === value.value.toLowerCase(),
        href: pathFor(params, { party: params.party.toLowerCase() === value.value.toLowerCase() ? "" : value.value }),
      })),
    },
    {
      name: "year",
      title: t("year"),
      links: facets.year.map((value) => {
        const isSelected = yearOf(params.from) === value.value && yearOf(params.to) === value.value;
        return {
          ...common(value),
          isSelected,
          href: pathFor(params, isSelected ? { from: null, to: null } : { from: `${value.value}-01-01`, to: `${value.value}-12-31` }),
        };
      }),
    },
    {
      name: "status",
      title: t("status"),
      links: facets.status.map((value) => ({
        ...common(value),
        label: tStatus(value.value as StatusKind),
        isSelected: params.status === value.value,
        href: pathFor(params, { status: params.status === value.value ? null : (value.value as StatusKind) }),
      })),
    },
    {
      name: "session",
      title: t("session"),
      links: facets.session.map((value) => ({
        ...common(value),
        label: sessionLabel(value.value, locale, { compact: true }),
        isSelected: params.session === value.value,
        href: pathFor(params, { session: params.session === value.value ? null : value.value }),
      })),
    },
  ];
  const format = await getFormatter();
  return (
    <aside aria-label={t("title")} className="space-y-5 text-sm">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {groups.filter((group) => group.links.length > 0 && group.name !== fixedFacet).map((group) => (
        <section key={group.name} data-facet={group.name}>
          <h3 className="mb-1 font-semibold">{group.title}</h3>
          <ul className="space-y-1">
            {group.links.map((link) => (
              <li key={link.key}>
                <Link
                  href={link.href}
                  aria-current={link.isSelected ? "true" : undefined}
                  title={link.isSelected ? t("remove") : undefined}
                  className={`flex justify-between gap-2 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${link.isSelected ? "font-semibold" : ""}`}
                >
                  <span lang={link.lang}>
                    {link.label}
                    {link.isSelected && <span className="sr-only"> {t("selected")}</span>}
                  </span>
                  <span className="tabular-nums text-slate-600 dark:text-slate-400">{format.number(link.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

function common(value: FacetValue): Omit<FacetLink, "href" | "isSelected"> {
  return { key: value.value, label: value.value, count: value.count };
}
