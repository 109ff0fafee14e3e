/**
 * Telling French from Dutch, for the two places where the source gives no
 * explicit marker: the subject line ("FR subject NL subject" on one line) and
 * the answer (French paragraphs followed directly by Dutch ones).
 *
 * The scorer is additive — a text scores the sum of its words — so the best
 * boundary in a sequence can be found exactly by trying every cut. Positive
 * means French, negative means Dutch, zero means no evidence (numbers,
 * bullets, "2.", shared words like "Twitter").
 *
 * Hand-written rather than a trigram library: the inputs are often one or two
 * words ("Syrie", "Vluchtelingen"), where general-purpose detectors guess, and
 * only two languages are ever in play.
 */
import { detachedCopy } from "@/lib/lexicon/words";

const FRENCH_WORDS = new Set([
  "le", "la", "les", "des", "du", "un", "une", "et", "est", "que", "qui", "dans", "pour", "par",
  "sur", "au", "aux", "ce", "cette", "ces", "il", "ils", "elle", "elles", "nous", "vous", "pas",
  "ne", "se", "sont", "a", "ont", "être", "avec", "plus", "ou", "où", "son", "sa", "ses", "leur",
  "leurs", "été", "mais", "comme", "aussi", "quel", "quelle", "quels", "quelles", "votre", "vos",
  "notre", "nos", "y", "sans", "entre", "depuis", "selon", "lors", "donc", "très", "peu", "tous",
  "toutes", "tout", "si", "chez", "avez", "sera", "peut", "peuvent", "on", "ainsi", "encore",
]);

const DUTCH_WORDS = new Set([
  "het", "een", "van", "is", "op", "te", "dat", "die", "voor", "met", "zijn", "niet", "aan", "er",
  "om", "ook", "als", "bij", "door", "naar", "wordt", "worden", "werd", "werden", "nog", "dan", "of",
  "maar", "hun", "ze", "we", "wij", "u", "uw", "deze", "dit", "over", "tot", "uit", "kan", "heeft",
  "hebben", "geen", "welke", "zo", "hoe", "wat", "wie", "onze", "ons", "zal", "zullen", "kunnen",
  "moet", "moeten", "hier", "daar", "reeds", "al", "vooral", "na", "sinds", "tussen", "zoals", "wel",
  "mijn", "ik", "zich", "toe", "nu", "veel", "weinig", "per",
]);

/** Paired Belgian acronyms: the one thing letter cues cannot tell apart. */
const FRENCH_ACRONYMS = new Set(["sncb", "spf", "cpas", "onss", "onem", "inami", "spp", "ue", "otan"]);
const DUTCH_ACRONYMS = new Set(["nmbs", "fod", "ocmw", "rsz", "rva", "riziv", "pod", "eu", "navo"]);

/** Letter patterns with their weight; French positive, Dutch negative. */
const LETTER_CUES: ReadonlyArray<readonly [RegExp, number]> = [
  [/[éèêàçùâîôûœ]/g, 1],
  [/qu/g, 1],
  [/(?:aux|eux|ique|iques|tion|tions|ée|ées|ité|ités|elle|elles)$/g, 1],
  [/es$/g, 0.5],
  [/[xy]/g, 0.5],
  [/ij/g, -1.5],
  [/(?:aa|oo|uu|oe)/g, -1],
  [/ee/g, -1],
  [/(?:sch|cht|heid|lijk|baar|isch)/g, -1],
  // Word-final only: "langues" is French, "Vluchtelingen" Dutch.
  [/ng(?:en|e|s)?$/g, -1],
  [/ues?$/g, 0.5],
  // Not the word "en" itself, which both languages use.
  [/.{2}en$/g, -0.5],
  [/ë/g, -1],
  [/[kw]/g, -0.5],
];

const ELISION = /^(?:l|d|qu|n|j|s|c|m|t|jusqu|lorsqu|puisqu)['’]/;

/** Sum of word scores: > 0 French, < 0 Dutch, 0 no evidence. */
export function languageScore(text: string): number {
  return words(text).reduce((total, word) => total + wordScore(word), 0);
}

function words(text: string): string[] {
  return text.match(/[\p{L}'’]+/gu) ?? [];
}

/**
 * Word scores already computed. A word's score depends on the word alone, and an archive repeats
 * the same few thousand words in every document: the letter cues ran on each of them again and
 * again (on a quiet machine parsing took 0.39 ms a document without this memo, 0.28 with it;
 * docs/benchmarks.md). Bounded: emptied when full, so that a corpus with a long tail of words
 * cannot grow it without end.
 */
const scoreOfWord = new Map<string, number>();
const SCORE_CACHE_LIMIT = 100_000;

function wordScore(rawWord: string): number {
  const known = scoreOfWord.get(rawWord);
  if (known !== undefined) return known;
  if (scoreOfWord.size >= SCORE_CACHE_LIMIT) scoreOfWord.clear();
  const score = computeWordScore(rawWord);
  // The key is a copy: a word cut out of a document by match() can be a slice that keeps the
  // whole document's text alive for as long as the memo holds it.
  scoreOfWord.set(detachedCopy(rawWord), score);
  return score;
}

function computeWordScore(rawWord: string): number {
  const word = rawWord.toLowerCase();
  if (FRENCH_WORDS.has(word) || FRENCH_ACRONYMS.has(word)) return 2;
  if (DUTCH_WORDS.has(word) || DUTCH_ACRONYMS.has(word)) return -2;
  if (ELISION.test(word)) return 2 + letterScore(word.replace(ELISION, ""));
  // Acronyms not in the lists ("FR", "NL", "EN") say nothing about the sentence around them.
  if (rawWord.length <= 4 && rawWord === rawWord.toUpperCase()) return 0;
  return letterScore(word);
}

function letterScore(word: string): number {
  let score = 0;
  for (const [pattern, weight] of LETTER_CUES) score += (word.match(pattern)?.length ?? 0) * weight;
  return score;
}

/**
 * Index k (1 ≤ k < n) splitting scores into a French prefix and a Dutch
 * suffix, maximising sum(prefix) − sum(suffix) plus an optional per-cut
 * bonus. Ties go to the cut nearest the middle, because the two translations
 * usually have about the same length; then to the earlier cut.
 */
export function bestBoundary(scores: readonly number[], bonus: (cut: number) => number = () => 0): number | undefined {
  let best: { cut: number; value: number } | undefined;
  const total = scores.reduce((sum, score) => sum + score, 0);
  let prefix = 0;
  for (let cut = 1; cut < scores.length; cut++) {
    prefix += scores[cut - 1] ?? 0;
    const value = prefix - (total - prefix) + bonus(cut);
    if (best === undefined || isBetterCut(cut, value, best, scores.length)) best = { cut, value };
  }
  return best?.cut;
}

const EPSILON = 1e-9;

function isBetterCut(cut: number, value: number, best: { cut: number; value: number }, length: number): boolean {
  if (value > best.value + EPSILON) return true;
  if (value < best.value - EPSILON) return false;
  return Math.abs(2 * cut - length) < Math.abs(2 * best.cut - length);
}

const SEGMENT_SEPARATOR = " - ";

/** The two halves of a subject line. */
export interface SubjectSplit {
  readonly fr: string;
  readonly nl: string;
}

/**
 * Splits "Syrie - Réfugiés Syrië - Vluchtelingen" into its French and Dutch
 * halves. The cut is a space inside a " - " segment. Cuts that give both
 * languages the same number of segments get a strong bonus (translations keep
 * the thesaurus structure), a Dutch half starting with a capital a small one;
 * the language scores of the words decide the rest, and alone decide when the
 * segment counts cannot be equal.
 */
export function splitSubject(subject: string): SubjectSplit | undefined {
  const trimmed = subject.trim();
  const tokens = subjectTokens(trimmed);
  const cuts = tokens.flatMap((token, index) => (token.cutAfter ? [index + 1] : []));
  if (cuts.length === 0) return undefined;
  const scores = tokens.map((token) => languageScore(token.text));
  const cut = bestBoundary(scores, (candidate) => (cuts.includes(candidate) ? subjectBonus(tokens, candidate) : -Infinity));
  if (cut === undefined || !cuts.includes(cut)) return undefined;
  const lastFrench = tokens[cut - 1];
  const firstDutch = tokens[cut];
  if (lastFrench === undefined || firstDutch === undefined) return undefined;
  return { fr: trimmed.slice(0, lastFrench.end), nl: trimmed.slice(firstDutch.start) };
}

interface SubjectToken {
  readonly text: string;
  /** Offsets of the word in the trimmed subject, so the halves are cut from the source text unchanged. */
  readonly start: number;
  readonly end: number;
  /** Segment index the word belongs to. */
  readonly segment: number;
  /** True when the next token is in the same segment, i.e. the space after this word may be the split. */
  readonly cutAfter: boolean;
}

function subjectTokens(subject: string): SubjectToken[] {
  const tokens: SubjectToken[] = [];
  let segment = 0;
  for (const match of subject.matchAll(/\S+/g)) {
    if (match[0] === "-" && isSegmentSeparator(subject, match.index)) {
      segment += 1;
      continue;
    }
    const previous = tokens.at(-1);
    if (previous !== undefined && previous.segment === segment) tokens[tokens.length - 1] = { ...previous, cutAfter: true };
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, segment, cutAfter: false });
  }
  return tokens;
}

/** A lone "-" between spaces separates thesaurus segments; "vice-premier" or "-" at an end does not. */
function isSegmentSeparator(subject: string, index: number): boolean {
  return subject.slice(index - 1, index + 2) === SEGMENT_SEPARATOR;
}

const EQUAL_SEGMENTS_BONUS = 6;
const CAPITAL_START_BONUS = 1;

function subjectBonus(tokens: readonly SubjectToken[], cut: number): number {
  const segmentCount = (tokens.at(-1)?.segment ?? 0) + 1;
  const splitSegment = tokens[cut]?.segment ?? 0;
  // The split segment is shared: French gets segments [0, s], Dutch [s, last].
  const frenchSegments = splitSegment + 1;
  const dutchSegments = segmentCount - splitSegment;
  let bonus = frenchSegments === dutchSegments ? EQUAL_SEGMENTS_BONUS : 0;
  if (startsDutchWithCapital(tokens, cut)) bonus += CAPITAL_START_BONUS;
  return bonus;
}

/**
 * The Dutch subject starts with a capital. A capital right after another
 * capitalised word in mid-segment is more likely the rest of a proper name
 * ("Brussels Hoofdstedelijk Gewest"), so it earns nothing.
 */
function startsDutchWithCapital(tokens: readonly SubjectToken[], cut: number): boolean {
  const first = tokens[cut];
  const previous = tokens[cut - 1];
  if (first === undefined || !isCapitalised(first.text)) return false;
  const previousStartsSegment = previous === undefined || tokens[cut - 2]?.segment !== previous.segment;
  return previousStartsSegment || !isCapitalised(previous?.text ?? "");
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
