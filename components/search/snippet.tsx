import type { SnippetSegment } from "@/lib/data/search";
import { languagesInOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";

/** A snippet with its matched words in <mark>; the text is rendered as text, never as HTML. */
export function Snippet({ segments, lang, label }: { segments: SnippetSegment[]; lang: "fr" | "nl"; label: string }) {
  return (
    <p lang={lang} className="text-sm text-slate-700 dark:text-slate-300" data-snippet={lang}>
      <span className="sr-only">{label}: </span>
      <span aria-hidden="true" className="mr-1 rounded bg-slate-100 px-1 text-xs font-semibold uppercase text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        {lang}
      </span>
      {segments.map((segment, index) =>
        segment.isMatch ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-700 dark:text-white">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/** A hit's French and Dutch snippets, the interface language's first. */
export function SnippetPair({ snippets, locale, labels }: { snippets: { fr: SnippetSegment[]; nl: SnippetSegment[] }; locale: Locale; labels: { fr: string; nl: string } }) {
  return (
    <div className="mt-2 space-y-1">
      {languagesInOrder(locale).map((language) => (
        <Snippet key={language} segments={snippets[language]} lang={language} label={labels[language]} />
      ))}
    </div>
  );
}
