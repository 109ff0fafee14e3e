/**
 * Synthetic corpus of Senate written questions: public entry point. See generate.ts for the
 * generator, layout.ts for the source text layout and vocabulary.ts for the word lists that
 * benchmarks can use to choose query terms by frequency class.
 */
export { generateCorpus, generateDocument, documentRng, planCorpus } from "./generate";
export type { CorpusOptions, CorpusPlan, GeneratedDocument } from "./generate";
export { renderDocument, EVENT_LABELS, NBSP, frenchDate, dutchDate, slashDate } from "./layout";
export type { SyntheticQuestion, SyntheticEvent, EventKind } from "./layout";
export { Rng, AliasTable, deriveRng, normalizeSeed, zipfWeights } from "./random";
export {
  ADDRESSEES,
  AUTHORS,
  PARTIES,
  TOPICS,
  SUBJECT_QUALIFIERS,
  FR_CONTENT_RANKED,
  NL_CONTENT_RANKED,
  FR_FUNCTION_WORDS,
  NL_FUNCTION_WORDS,
  queryTerms,
  contentRanked,
  rankedVocabulary,
  FR_RANKED,
  NL_RANKED,
} from "./vocabulary";
export type { Lang, FrequencyClass, TopicPair, Author, Addressee } from "./vocabulary";
