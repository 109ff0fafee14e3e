/**
 * The other grammatical forms a Dutch word may take in the archive, by the rules of Dutch
 * spelling: singular <-> plural (-s, -en, consonant doubling, vowel undoubling, f->v, s->z,
 * -heid/-heden, -ie/-ieën, Latin -um/-a, -us/-i, -man/-lieden, the few -eren and vowel-changing
 * plurals by name; "-'s" needs nothing, the apostrophe splits the word) and the inflected
 * adjective (-e). The candidates are generous on purpose: search keeps only those that really
 * occur in the archive (the vocabulary kept by the loader), so a rule that makes up a word
 * costs nothing, while a rule that reaches a different real word would ("zon" -> "zone" is
 * why there is no general "+e" rule). Words are folded (lower case, no accents) as the
 * vocabulary and the Dutch search vectors hold them: "industrieën" is "industrieen".
 * Measured against the OpenTaal dictionary's plurals: docs/decisions/0011-inflection-complete-search.md.
 */

const VOWELS = "aeiouy";
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.includes(letter);
const isConsonant = (letter: string | undefined) => letter !== undefined && /[a-z]/.test(letter) && !isVowel(letter);

/** Plurals whose vowel changes, which no rule can tell (singular -> plurals). */
const IRREGULAR: Record<string, string[]> = {
  stad: ["steden"], schip: ["schepen"], lid: ["leden"], smid: ["smeden"], koe: ["koeien"], vlo: ["vlooien"],
  gelid: ["gelederen"],
  // A short vowel that becomes long ("klinkerverlenging"): the closed list of Dutch grammars.
  // Every other short vowel before one consonant doubles the consonant ("zon" -> zonnen, not zonen).
  bad: ["baden"], bedrag: ["bedragen"], bevel: ["bevelen"], blad: ["bladen", "bladeren"], dag: ["dagen"],
  dak: ["daken"], dal: ["dalen"], gat: ["gaten"], gebed: ["gebeden"], gebod: ["geboden"], gebrek: ["gebreken"],
  glas: ["glazen"], god: ["goden"], graf: ["graven"], hertog: ["hertogen"], hof: ["hoven"], hol: ["holen"],
  lot: ["loten"], oorlog: ["oorlogen"], pad: ["paden"], slag: ["slagen"], slot: ["sloten"], spel: ["spelen"],
  staf: ["staven"], tred: ["treden"], vat: ["vaten"], verbod: ["verboden"], verdrag: ["verdragen"],
  verlof: ["verloven"], weg: ["wegen"],
  // The few nouns that take -eren.
  kind: ["kinderen"], ei: ["eieren"], lam: ["lammeren"], kalf: ["kalveren"],
  been: ["beenderen"], goed: ["goederen"], hoen: ["hoenderen"], lied: ["liederen"], rad: ["raderen"],
  rund: ["runderen"], volk: ["volkeren"], gemoed: ["gemoederen"], spaan: ["spaanderen"], kleed: ["klederen"],
};
/** Irregular plural -> singular ("steden" -> stad). */
export const dutchIrregularSingular: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR).flatMap(([singular, plurals]) => plurals.map((plural) => [plural, singular])),
);

/** Endings of irregular nouns also hold in compounds: "hoofdstad" -> "hoofdsteden". */
function irregularForms(word: string): string[] {
  const forms: string[] = [];
  for (const [singular, plurals] of Object.entries(IRREGULAR)) {
    if (word.endsWith(singular)) forms.push(...plurals.map((plural) => word.slice(0, word.length - singular.length) + plural));
  }
  for (const [plural, singular] of Object.entries(dutchIrregularSingular)) {
    if (word.endsWith(plural)) forms.push(word.slice(0, word.length - plural.length) + singular);
  }
  return forms;
}

/** The stem as it is spelled before a plural -en: final f/s voiced or not ("brief" -> brieven, "prijs" -> prijzen, "bus" -> bussen). */
function beforeEn(stem: string): string[] {
  const last = stem.at(-1);
  if (last === "f") return [stem, stem.slice(0, -1) + "v"];
  if (last === "s") return [stem, stem.slice(0, -1) + "z"];
  return [stem];
}

/** A closed syllable's long vowel opens when a syllable follows: "straat" -> strat-en, "piloot" -> pilot-en, "uur" -> ur-en. */
function undoubledVowel(word: string): string | null {
  const match = /^(.*[^aeiou])?(aa|ee|oo|uu)([^aeiouy]+)$/.exec(word);
  if (!match || (match[3] ?? "").length !== 1) return null;
  return `${match[1] ?? ""}${match[2]?.[0]}${match[3]}`;
}

/** A short vowel before one consonant doubles it before -en: "pakket" -> pakketten, "bus" -> bussen. */
function doubledConsonant(word: string): string | null {
  const last = word.at(-1);
  const vowel = word.at(-2);
  if (!isConsonant(last) || !isVowel(vowel) || isVowel(word.at(-3)) || last === "w" || last === "x" || last === "y") return null;
  if (word.endsWith("ij")) return null;
  return word + last;
}

/** Plural candidates of a word taken as a singular. */
function pluralsOf(word: string): string[] {
  const forms = [word + "s"];
  if (word.endsWith("e")) forms.push(word + "n");
  if (word.endsWith("heid")) forms.push(word.slice(0, -4) + "heden");
  if (word.endsWith("um")) forms.push(word.slice(0, -2) + "a");
  if (word.endsWith("ium")) forms.push(word.slice(0, -3) + "ia");
  if (word.endsWith("us")) forms.push(word.slice(0, -2) + "i");
  if (word.endsWith("icus")) forms.push(word.slice(0, -4) + "ici", word.slice(0, -4) + "ica");
  if (word.endsWith("man")) forms.push(word.slice(0, -3) + "lieden", word.slice(0, -3) + "lui");
  // -en, after the plain, the voiced, the doubled-consonant and the opened-vowel stem.
  for (const stem of beforeEn(word)) forms.push(stem + "en");
  const doubled = doubledConsonant(word);
  if (doubled) forms.push(doubled + "en");
  const open = undoubledVowel(word);
  if (open) for (const stem of beforeEn(open)) forms.push(stem + "en");
  return forms;
}

/** A vowel that a plural opened: "strat" (from straten) -> "straat". */
function closedVowel(stem: string): string | null {
  const match = /^(.*[^aeiou])?([aeou])([^aeiouy])$/.exec(stem);
  if (!match) return null;
  return `${match[1] ?? ""}${match[2]}${match[2]}${match[3]}`;
}

/** The stem as it is spelled at the end of a word: v -> f, z -> s ("brieven" -> brief, "prijzen" -> prijs). */
function devoiced(stem: string): string[] {
  const last = stem.at(-1);
  if (last === "v") return [stem, stem.slice(0, -1) + "f"];
  if (last === "z") return [stem, stem.slice(0, -1) + "s"];
  return [stem];
}

/** Singular candidates of a word taken as a plural. */
function singularsOf(word: string): string[] {
  const forms: string[] = [];
  // "cd's" (read as "cds") -> cd: an abbreviation, no vowel, takes 's; other words of three letters end in a real s ("bus").
  if (word.endsWith("s") && (word.length > 3 || !/[aeiouy]/.test(word.slice(0, -1)))) forms.push(word.slice(0, -1));
  if (word.endsWith("heden")) forms.push(word.slice(0, -5) + "heid");
  if (word.endsWith("ia")) forms.push(word.slice(0, -2) + "ium");
  if (word.endsWith("a") && word.length > 3) forms.push(word.slice(0, -1) + "um");
  if (word.endsWith("i") && word.length > 4) forms.push(word.slice(0, -1) + "us");
  if (word.endsWith("ici") || word.endsWith("ica")) forms.push(word.slice(0, -3) + "icus");
  if (word.endsWith("lieden")) forms.push(word.slice(0, -6) + "man");
  if (word.endsWith("lui")) forms.push(word.slice(0, -3) + "man");
  if (word.endsWith("en") && word.length > 3) {
    const stem = word.slice(0, -2);
    for (const plain of devoiced(stem)) {
      forms.push(plain);
      const closed = closedVowel(plain);
      if (closed) forms.push(closed);
    }
    // Doubled consonant: "pakketten" -> pakket.
    if (stem.length > 2 && stem.at(-1) === stem.at(-2) && isConsonant(stem.at(-1))) forms.push(stem.slice(0, -1));
  }
  // -e words take -n: "boeten" -> boete; -ie words take -en: "industrieen" -> industrie.
  if (word.endsWith("en") && word.length > 3) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * Adjectives take -e before a noun ("buitenlands" / "buitenlandse", "federaal" / "federale").
 * Only endings that make adjectives, so that nouns such as "zon" never reach "zone".
 */
const ADJECTIVE_ENDING = /(?:s|isch|ig|lijk|baar|aal|eel|ief|ijf|end|ant|ent|iek|ier|oir|eur|air|ueel|uur|sch)$/;
function adjectiveForms(word: string): string[] {
  const forms: string[] = [];
  if (ADJECTIVE_ENDING.test(word)) {
    // "federaal" -> federale, "actief" -> actieve, "principieel" -> principiele.
    const open = undoubledVowel(word);
    for (const stem of open ? [open] : [word]) for (const voiced of beforeEn(stem)) forms.push(voiced + "e");
  }
  if (word.endsWith("e") && word.length > 3) {
    const stem = word.slice(0, -1);
    const candidates = devoiced(stem).flatMap((plain) => [plain, closedVowel(plain)].filter((form): form is string => form !== null));
    forms.push(...candidates.filter((candidate) => ADJECTIVE_ENDING.test(candidate)));
  }
  return forms;
}

/** Every candidate form of a folded Dutch word, itself excluded. */
export function dutchForms(word: string): string[] {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return [];
  const forms = new Set([...pluralsOf(word), ...singularsOf(word), ...irregularForms(word), ...adjectiveForms(word)]);
  forms.delete(word);
  return [...forms].filter((form) => form.length >= 2);
}

// "ij" is one vowel in Dutch spelling: read as "y" where syllables are counted.
const vowelGroups = (word: string) => word.replaceAll("ij", "y").match(/[aeiouy]+/g) ?? [];
/** Unstressed last syllables, which take -s and no -en: "wagen" -> wagens, "meisje" -> meisjes. */
const UNSTRESSED_TAKING_S = /(?:en|je)$/;

/**
 * The plurals Dutch spelling gives a singular by its regular patterns alone, much narrower than
 * the candidates dutchForms makes: -s after a vowel ("auto's", folded "autos") and after a
 * polysyllable; -n after -e, -en after -ie and -ee; otherwise -en, with a long vowel
 * written single ("zoon" -> zonen, "straat" -> straten), a short vowel's consonant doubled
 * ("zon" -> zonnen), f/s voiced ("brief" -> brieven); -heid/-heden, the Latin plurals, -man/-lieden,
 * and the irregular plurals by name. What no rule can tell apart is allowed both ways: a
 * polysyllable's last syllable may be unstressed ("monnik" -> monniken) or not ("pakket" ->
 * pakketten). Used to accept a form that the dictionary gives to another word, or holds as a word
 * of its own (isDutchInflection).
 */
function regularPlurals(word: string): string[] {
  const forms: string[] = [...irregularForms(word)];
  if (word.endsWith("heid")) forms.push(word.slice(0, -4) + "heden");
  if (word.endsWith("ium")) forms.push(word.slice(0, -3) + "ia");
  if (word.endsWith("um")) forms.push(word.slice(0, -2) + "a");
  if (word.endsWith("icus")) forms.push(word.slice(0, -4) + "ici");
  if (word.endsWith("us")) forms.push(word.slice(0, -2) + "i");
  if (word.endsWith("man")) forms.push(word.slice(0, -3) + "lieden", word.slice(0, -3) + "lui");
  const groups = vowelGroups(word);
  const isPolysyllable = groups.length > 1;
  if (/(?:ei|ij|ui|ou|au|eu|oe)$/.test(word)) return [...forms, word + "en"];
  if (isVowel(word.at(-1))) {
    forms.push(word + "s");
    if (word.endsWith("e")) forms.push(word + "n");
    if (/(?:ie|ee)$/.test(word)) forms.push(word + "en");
    return forms;
  }
  if (!/[aeiouy]/.test(word)) return [...forms, word + "s"]; // an abbreviation: "cd's"
  // Polysyllables: -s after an unstressed last syllable, and after any consonant in the many
  // borrowed words ("generaals", "tickets"). Not monosyllables: "kans" is no plural of "kan".
  if (isPolysyllable) forms.push(word + "s");
  if (isPolysyllable && UNSTRESSED_TAKING_S.test(word)) return forms;
  const match = /^(.*?)([aeiouy]+)([^aeiouy]+)$/.exec(word.replaceAll("ij", "y"));
  if (!match) return forms;
  const [, , vowel = "", coda = ""] = match;
  if (coda.length > 1) {
    // "land" -> landen, "grens" -> grenzen, "golf" -> golven.
    for (const stem of beforeEn(word)) forms.push(stem + "en");
    return forms;
  }
  if (/^(?:aa|ee|oo|uu)$/.test(vowel)) {
    const open = undoubledVowel(word);
    if (open) for (const stem of beforeEn(open)) forms.push(stem + "en");
    return forms;
  }
  if (vowel.length === 1 && vowel !== "y") {
    const doubled = doubledConsonant(word);
    if (doubled) forms.push(doubled + "en");
    if (isPolysyllable || !doubled) forms.push(word + "en");
    return forms;
  }
  // Any other vowel ("ie", "oe", "eu", "ij", "ui", "ou"): "brief" -> brieven, "prijs" -> prijzen.
  for (const stem of beforeEn(word)) forms.push(stem + "en");
  return forms;
}

/**
 * Whether two folded Dutch words are forms of one word by the regular patterns of Dutch spelling
 * (regularPlurals, either way round) or as an adjective and its -e form. "zoon"/"zonen" are,
 * "zon"/"zonen" and "wet"/"weten" are not.
 */
export function isDutchInflection(one: string, other: string): boolean {
  return regularPlurals(one).includes(other) || regularPlurals(other).includes(one) ||
    adjectiveForms(one).includes(other) || adjectiveForms(other).includes(one);
}
