import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SearchResults } from "@/lib/data/search";
import { languageOrder } from "@/lib/i18n/language-order";
import type { ResultsPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * How the words were read, under the result count: the words taken as an author's or a
 * portfolio's name ("Auteur : Martine Taelman", which also links to that author's questions),
 * and, when the query found (almost) nothing, corrected queries made of words the archive holds
 * ("Vouliez-vous dire : prison"), each one click away.
 */
export async function QueryReadings({ outcome, locale, pathFor }: { outcome: SearchResults; locale: Locale; pathFor: ResultsPath }) {
  if (outcome.names.length === 0 && outcome.suggestions.length === 0) return null;
  const t = await getTranslations("search.readings");
  const { primary } = languageOrder(locale);
  return (
    <div className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
      {outcome.names.map((match) => (
        <p key={`${match.kind}:${match.name.fr}`} data-name-match={match.kind}>
          {t(match.kind === "author" ? "author" : "minister")}{" "}
          <Link
            className="underline"
            href={pathFor(outcome.params, match.kind === "author" ? { author: match.name.fr } : { minister: match.name.fr })}
          >
            {match.name[primary]}
          </Link>
        </p>
      ))}
      {outcome.suggestions.length > 0 && (
        <p data-suggestions>
          {t("didYouMean")}{" "}
          {outcome.suggestions.map((suggestion, index) => (
            <span key={suggestion}>
              {index > 0 && " · "}
              <Link className="font-medium underline" href={pathFor(outcome.params, { q: suggestion })}>
                {suggestion}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
