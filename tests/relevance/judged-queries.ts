/**
 * The judged query set: queries a reader would type, with the questions that must come back,
 * written by hand from the texts of the fixture corpus (tests/fixtures/search and
 * tests/fixtures/relevance). `relevant`: every one must be in the first ten results; `first`:
 * the one that must rank first, when one plainly should; `absent`: questions that must not be
 * found at all (a word of the other language, a near-twin, an excluded word).
 * tests/relevance/relevance.ts scores a search against it (recall@10, MRR, false hits).
 */

export type JudgedQuery = {
  q: string;
  /** What the query tests, for the report. */
  about: string;
  relevant: string[];
  first?: string;
  absent?: string[];
};

/** The folders whose documents make up the judged corpus. */
export const JUDGED_CORPUS = ["tests/fixtures/search", "tests/fixtures/relevance"];

export const JUDGED_QUERIES: JudgedQuery[] = [
  // Dutch singular finds plural (and back)
  { q: "trajectcontrole", about: "nl plural -s after e", relevant: ["5-9101"], first: "5-9101" },
  { q: "boete", about: "nl plural -s after e", relevant: ["5-9101"], first: "5-9101" },
  { q: "bijdrage", about: "nl plural -s after e", relevant: ["5-9102"], first: "5-9102" },
  { q: "straat", about: "nl plural, vowel undoubled", relevant: ["5-9105"], first: "5-9105" },
  { q: "prijs", about: "nl plural s->z; compound huurprijzen below", relevant: ["5-9103", "5-9110"], first: "5-9103" },
  // 5-8902 holds "Reis" itself (and "reisadvies"): both are right, neither must come first.
  { q: "reis", about: "nl plural s->z", relevant: ["5-9104", "5-8902"] },
  { q: "universiteit", about: "nl plural -en", relevant: ["5-9102"], first: "5-9102" },
  { q: "programma", about: "nl plural -'s", relevant: ["5-9107"], first: "5-9107" },
  { q: "industrie", about: "nl plural -ën", relevant: ["5-9106"], first: "5-9106" },
  { q: "pakket", about: "nl plural, consonant doubled", relevant: ["5-9105"], first: "5-9105" },
  { q: "piloot", about: "nl plural, vowel undoubled", relevant: ["5-9104"], first: "5-9104" },
  { q: "stad", about: "nl irregular plural steden", relevant: ["5-9116"], first: "5-9116" },
  { q: "kind", about: "nl plural -eren", relevant: ["5-9116", "5-9102"], first: "5-9116" },
  { q: "brief", about: "nl plural f->v", relevant: ["5-9117"], first: "5-9117" },
  { q: "huis", about: "nl plural s->z", relevant: ["5-9117"], first: "5-9117" },
  { q: "camera", about: "nl plural -'s", relevant: ["5-9101"], first: "5-9101" },
  { q: "gevangenissen", about: "nl plural to singular, consonant doubled", relevant: ["4-1234", "4-1240"] },
  { q: "verkozene", about: "nl plural -n", relevant: ["5-9112"], first: "5-9112" },
  { q: "lokaal", about: "nl plural, vowel undoubled", relevant: ["5-9109"], first: "5-9109" },
  { q: "mandaat", about: "nl plural, vowel undoubled", relevant: ["5-9108", "5-9112"] },
  { q: "boetes", about: "nl plural as typed", relevant: ["5-9101"], first: "5-9101" },
  // French singular finds plural, feminine, participle
  { q: "général", about: "fr -al/-aux", relevant: ["5-9108", "5-9104"], first: "5-9108" },
  { q: "local", about: "fr -al/-aux", relevant: ["5-9109"], first: "5-9109" },
  { q: "principal", about: "fr -al/-aux", relevant: ["5-9112"], first: "5-9112" },
  { q: "bail", about: "fr -ail/-aux", relevant: ["5-9110"], first: "5-9110" },
  { q: "feu", about: "fr -eu/-eux", relevant: ["5-9111"], first: "5-9111" },
  { q: "élu", about: "fr participle plural", relevant: ["5-9112"], first: "5-9112" },
  { q: "détenue", about: "fr feminine participle, plural and masculine", relevant: ["5-9113", "4-1240"], first: "5-9113" },
  { q: "conseil", about: "fr plural -s", relevant: ["5-9112"], first: "5-9112" },
  { q: "amende", about: "fr plural -s", relevant: ["5-9101"], first: "5-9101" },
  { q: "colis", about: "fr invariable", relevant: ["5-9105"], first: "5-9105" },
  // Dutch compounds: found, and below the word itself
  { q: "veiligheid", about: "nl compound verkeersveiligheid below veiligheid", relevant: ["5-9114", "5-9101"], first: "5-9114" },
  // "controle" is also French "contrôle", which 5-9101 holds twice: both hold the word itself.
  { q: "controle", about: "nl compounds snelheidscontrole, trajectcontroles; fr contrôles", relevant: ["5-9115", "5-9101"] },
  { q: "energie", about: "nl compound zonne-energie", relevant: ["5-9103", "5-9120"] },
  // The word's own language only; no near-twins
  { q: "politie", about: "nl word, not the French politique", relevant: ["5-6543"], first: "5-6543", absent: ["5-8902", "5-9118"] },
  { q: "politique", about: "fr word, not the Dutch politie", relevant: ["5-9118"], first: "5-9118", absent: ["5-6543"] },
  { q: "zon", about: "zon is not zone", relevant: ["5-9120"], first: "5-9120", absent: ["5-9119"] },
  { q: "Buitenlandse", about: "not its near-twin Binnenlandse", relevant: ["5-8902"], absent: ["4-789", "5-6543"] },
  // Phrases
  { q: '"sociaal tarief"', about: "nl phrase", relevant: ["5-9103"], first: "5-9103" },
  { q: '"directeurs généraux"', about: "fr phrase with a plural", relevant: ["5-9108"], first: "5-9108" },
  { q: '"femmes détenues"', about: "fr phrase", relevant: ["5-9113"], first: "5-9113" },
  { q: '"communicatie met burgers"', about: "nl phrase with a stop word", relevant: ["5-8902"], first: "5-8902" },
  // Exclusions
  { q: "prison -taelman", about: "exclusion of an author", relevant: ["4-1234"], first: "4-1234", absent: ["4-1240"] },
  { q: "veiligheid -kerncentrales", about: "exclusion of a word", relevant: ["5-9101"], first: "5-9101", absent: ["5-9114"] },
  { q: "prison -Mons", about: "exclusion of a place", relevant: ["4-1240"], absent: ["4-1234"] },
  // Authors and ministers typed in the search box
  { q: "Taelman", about: "author name", relevant: ["4-1240", "5-8902"] },
  { q: "Mahoux", about: "author name", relevant: ["5-9111"], first: "5-9111" },
  { q: "Anciaux", about: "author name", relevant: ["5-2001"], first: "5-2001" },
  { q: "Landsverdediging", about: "minister portfolio (nl)", relevant: ["5-9111"], first: "5-9111" },
  { q: "Mobiliteit", about: "minister portfolio (nl)", relevant: ["5-9101", "5-9104"] },
  { q: "Overheidsbedrijven pakketten", about: "portfolio and a word", relevant: ["5-9105"], first: "5-9105" },
  // OR, and words of both languages
  { q: "pilotes OR colis", about: "fr OR", relevant: ["5-9104", "5-9105"] },
  { q: "boetes camera's", about: "nl two words", relevant: ["5-9101"], first: "5-9101" },
  { q: "réfugiés Syrië", about: "a French and a Dutch word", relevant: ["5-2001"], first: "5-2001" },
];
