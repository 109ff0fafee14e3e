/**
 * The benchmark's fixed query set over the synthetic corpus (tools/corpus): 24 queries in each
 * class, built from the corpus vocabulary so that each class means the same thing at any
 * corpus size. Queries are URL query strings, as /api/search and the search page take them.
 */
import { AUTHORS, PARTIES, TOPICS, queryTerms } from "@/tools/corpus";

export const QUERY_CLASSES = [
  "rare word",
  "two words",
  "phrase",
  "common word",
  "minister filter",
  "author filter",
  "filters, no words",
  "no hits",
] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];
export type BenchQuery = { queryClass: QueryClass; query: string };

const PER_CLASS = 24;

// Portfolio words as a reader would type them, in both languages; a few with a typo.
const PORTFOLIOS = [
  "Justice", "Intérieur", "Finances", "Budget", "Affaires étrangères", "Défense", "Emploi", "Santé publique",
  "Pensions", "Mobilité", "Énergie", "Agriculture", "Justitie", "Binnenlandse Zaken", "Financiën", "Begroting",
  "Buitenlandse Zaken", "Landsverdediging", "Volksgezondheid", "Pensioenen", "Mobiliteit", "Justise", "Buitenlanse Zaken", "Pensiones",
];

const encode = (params: Record<string, string>) => new URLSearchParams(params).toString();

function take<T>(items: readonly T[], count: number): T[] {
  return items.slice(0, count);
}

/** One letter dropped from the middle: the kind of typo trigram matching should forgive. */
function withTypo(name: string): string {
  const middle = Math.floor(name.length / 2);
  return name.slice(0, middle) + name.slice(middle + 1);
}

export function buildQuerySet(): BenchQuery[] {
  const half = PER_CLASS / 2;
  const medium = { fr: queryTerms("fr", "medium", PER_CLASS + 1), nl: queryTerms("nl", "medium", PER_CLASS + 1) };
  const phrases = TOPICS.flatMap((topic) => [topic.fr, topic.nl]).filter((text) => text.includes(" "));
  const queries: Record<QueryClass, string[]> = {
    "rare word": [...queryTerms("fr", "rare", half), ...queryTerms("nl", "rare", half)].map((q) => encode({ q })),
    "two words": [
      ...take(medium.fr, half).map((word, index) => `${word} ${medium.fr[index + 1] ?? ""}`),
      ...take(medium.nl, half).map((word, index) => `${word} ${medium.nl[index + 1] ?? ""}`),
    ].map((q) => encode({ q })),
    phrase: take(phrases, PER_CLASS).map((phrase) => encode({ q: `"${phrase}"` })),
    "common word": [...queryTerms("fr", "common", half), ...queryTerms("nl", "common", half)].map((q) => encode({ q })),
    "minister filter": take(PORTFOLIOS, PER_CLASS).map((minister) => encode({ minister })),
    "author filter": take(AUTHORS, PER_CLASS).map((author, index) => encode({ author: index % 3 === 2 ? withTypo(author.name) : author.name })),
    "filters, no words": Array.from({ length: PER_CLASS }, (_, index) => {
      const year = 2015 + (index % 4);
      const variants: Record<string, string>[] = [
        { status: "answered", from: `${year}-01-01`, to: `${year}-12-31` },
        { party: PARTIES[index % PARTIES.length] ?? "Synth-A", sort: "oldest" },
        { status: "reminded", sort: "longest-awaiting" },
        { legislature: "91", status: "awaiting", from: `${year}-06-01` },
      ];
      return encode(variants[index % variants.length] ?? {});
    }),
    "no hits": Array.from({ length: PER_CLASS }, (_, index) => encode({ q: `qzxv${"kwj".repeat(1 + (index % 3))}${index}` })),
  };
  return QUERY_CLASSES.flatMap((queryClass) => queries[queryClass].map((query) => ({ queryClass, query })));
}
