/**
 * The other grammatical forms a French noun, adjective or participle may take, by the rules of
 * French spelling: plural -s/-x, -al/-aux, -ail/-aux, -eau/-eaux, -eu/-eux, -ou/-oux, and the
 * feminine -e/-es with its usual changes (-eur/-euse/-rice, -if/-ive, -el/-elle, -en/-enne,
 * -on/-onne, -er/-ère, -et/-ette, -eux/-euse, -c/-che, -s/-sse), and the few feminines and
 * plurals no rule makes ("favori" / "favorite", "œil" / "yeux", "monsieur" / "messieurs"). French search vectors are stemmed by Snowball,
 * which already joins most of these; the forms matter where it does not ("travail" / "travaux",
 * "feu" / "feux", "bail" / "baux"). As with Dutch, search keeps only the forms that occur in the
 * archive. Words are folded (lower case, no accents): "généraux" is "generaux".
 */

type Feminine = [masculine: string, feminine: string];
const FEMININE: Feminine[] = [
  ["eur", "euse"], ["teur", "trice"], ["eur", "eresse"], ["if", "ive"], ["el", "elle"], ["en", "enne"],
  ["on", "onne"], ["er", "ere"], ["et", "ete"], ["et", "ette"], ["eux", "euse"], ["oux", "ouse"],
  ["ul", "ulle"], ["il", "ille"], ["ien", "ienne"], ["f", "ve"],
  // "blanc" -> blanche, "franc" -> franche, "sec" -> sèche; "gros" -> grosse, "exprès" -> expresse.
  ["c", "che"], ["s", "sse"],
];
/**
 * "public" -> publique: a candidate only. As a regular pattern it would also join "banc" and
 * "banque"; the adjectives that take it are in IRREGULAR_FEMININE.
 */
const CANDIDATE_FEMININE: Feminine[] = [["c", "que"]];

/**
 * Feminines that no rule makes (masculine -> feminine), as grammars list them: the dictionary
 * lists some as words of their own ("favorite", "laïque").
 */
const IRREGULAR_FEMININE: Record<string, string> = {
  favori: "favorite", tiers: "tierce", laic: "laique", turc: "turque", grec: "grecque", public: "publique",
  caduc: "caduque", dissous: "dissoute", absous: "absoute", frais: "fraiche", coi: "coite", andalou: "andalouse",
  vieux: "vieille", beau: "belle", nouveau: "nouvelle", fou: "folle", mou: "molle", jumeau: "jumelle",
  long: "longue", oblong: "oblongue", malin: "maligne", benin: "benigne", doux: "douce", roux: "rousse", faux: "fausse",
};
const IRREGULAR_MASCULINE: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_FEMININE).map(([masculine, feminine]) => [feminine, masculine]),
);

/** Plurals that no rule makes (singular -> plural); the dictionary lists them as words of their own. */
const IRREGULAR: Record<string, string> = {
  oeil: "yeux", ciel: "cieux", aieul: "aieux", monsieur: "messieurs", madame: "mesdames",
  mademoiselle: "mesdemoiselles", monseigneur: "messeigneurs", bonhomme: "bonshommes", gentilhomme: "gentilshommes",
};
/** Irregular plural -> singular ("yeux" -> oeil). */
export const frenchIrregularSingular: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR).map(([singular, plural]) => [plural, singular]),
);

/** Plural candidates of a singular. */
function pluralsOf(word: string): string[] {
  const forms = [word + "s", word + "x"];
  if (word.endsWith("al")) forms.push(word.slice(0, -2) + "aux");
  if (word.endsWith("ail")) forms.push(word.slice(0, -3) + "aux");
  const irregular = IRREGULAR[word];
  if (irregular) forms.push(irregular);
  return forms;
}

/** Singular candidates of a plural. */
function singularsOf(word: string): string[] {
  const forms: string[] = [];
  if ((word.endsWith("s") || word.endsWith("x")) && word.length > 2) forms.push(word.slice(0, -1));
  if (word.endsWith("aux")) forms.push(word.slice(0, -3) + "al", word.slice(0, -3) + "ail");
  const irregular = frenchIrregularSingular[word];
  if (irregular) forms.push(irregular);
  return forms;
}

/** Masculine and feminine candidates of a singular. */
function genderForms(word: string, endings: readonly Feminine[]): string[] {
  const forms = [word + "e"];
  const irregular = IRREGULAR_FEMININE[word] ?? IRREGULAR_MASCULINE[word];
  if (irregular) forms.push(irregular);
  if (word.endsWith("e")) forms.push(word.slice(0, -1));
  for (const [masculine, feminine] of endings) {
    if (word.endsWith(masculine)) forms.push(word.slice(0, -masculine.length) + feminine);
    if (word.endsWith(feminine)) forms.push(word.slice(0, -feminine.length) + masculine);
  }
  return forms;
}

function formsOf(word: string, endings: readonly Feminine[]): Set<string> {
  const singulars = [word, ...singularsOf(word)];
  const genders = singulars.flatMap((singular) => [singular, ...genderForms(singular, endings)]);
  const forms = new Set(genders.flatMap((form) => [form, ...pluralsOf(form)]));
  forms.delete(word);
  return forms;
}

/** Every candidate form of a folded French word, itself excluded. */
export function frenchForms(word: string): string[] {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return [];
  return [...formsOf(word, [...FEMININE, ...CANDIDATE_FEMININE])].filter((form) => form.length >= 2);
}

/**
 * Whether two folded French words are forms of one word by the regular patterns and the
 * irregular forms by name (the candidates without CANDIDATE_FEMININE), either way round:
 * "franc"/"franche" and "public"/"publique" are, "banc"/"banque" are not.
 */
export function isFrenchInflection(one: string, other: string): boolean {
  if (!/^[a-z]+$/.test(one) || !/^[a-z]+$/.test(other)) return false;
  return formsOf(one, FEMININE).has(other) || formsOf(other, FEMININE).has(one);
}
