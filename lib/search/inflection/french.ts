/**
 * The other grammatical forms a French noun, adjective or participle may take, by the rules of
 * French spelling: plural -s/-x, -al/-aux, -ail/-aux, -eau/-eaux, -eu/-eux, -ou/-oux, and the
 * feminine -e/-es with its usual changes (-eur/-euse/-rice, -if/-ive, -el/-elle, -en/-enne,
 * -on/-onne, -er/-ère, -et/-ette, -eux/-euse). French search vectors are stemmed by Snowball,
 * which already joins most of these; the forms matter where it does not ("travail" / "travaux",
 * "feu" / "feux", "bail" / "baux"). As with Dutch, search keeps only the forms that occur in the
 * archive. Words are folded (lower case, no accents): "généraux" is "generaux".
 */

const FEMININE: Array<[masculine: string, feminine: string]> = [
  ["eur", "euse"], ["teur", "trice"], ["eur", "eresse"], ["if", "ive"], ["el", "elle"], ["en", "enne"],
  ["on", "onne"], ["er", "ere"], ["et", "ete"], ["et", "ette"], ["eux", "euse"], ["oux", "ouse"],
  ["c", "que"], ["ul", "ulle"], ["il", "ille"], ["ien", "ienne"], ["f", "ve"],
];

/** Plural candidates of a singular. */
function pluralsOf(word: string): string[] {
  const forms = [word + "s", word + "x"];
  if (word.endsWith("al")) forms.push(word.slice(0, -2) + "aux");
  if (word.endsWith("ail")) forms.push(word.slice(0, -3) + "aux");
  return forms;
}

/** Singular candidates of a plural. */
function singularsOf(word: string): string[] {
  const forms: string[] = [];
  if ((word.endsWith("s") || word.endsWith("x")) && word.length > 2) forms.push(word.slice(0, -1));
  if (word.endsWith("aux")) forms.push(word.slice(0, -3) + "al", word.slice(0, -3) + "ail");
  return forms;
}

/** Masculine and feminine candidates of a singular. */
function genderForms(word: string): string[] {
  const forms = [word + "e"];
  if (word.endsWith("e")) forms.push(word.slice(0, -1));
  for (const [masculine, feminine] of FEMININE) {
    if (word.endsWith(masculine)) forms.push(word.slice(0, -masculine.length) + feminine);
    if (word.endsWith(feminine)) forms.push(word.slice(0, -feminine.length) + masculine);
  }
  return forms;
}

/** Every candidate form of a folded French word, itself excluded. */
export function frenchForms(word: string): string[] {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return [];
  const singulars = [word, ...singularsOf(word)];
  const genders = singulars.flatMap((singular) => [singular, ...genderForms(singular)]);
  const forms = new Set(genders.flatMap((form) => [form, ...pluralsOf(form)]));
  forms.delete(word);
  return [...forms].filter((form) => form.length >= 2);
}
