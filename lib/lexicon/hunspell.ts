/**
 * Reads the suffix rules of a Hunspell dictionary (.aff with "FLAG long", .dic) and expands the
 * entries that carry chosen flags into their forms: "straat/...Zf..." -> straten,
 * "travail/X." -> travaux. Only what the lexicon needs: suffixes (SFX), one level deep, no
 * prefixes, no compounding rules. Spell-checker libraries (nspell, hunspell-reader) check or
 * suggest words but do not say which entry a form comes from, which is the whole point here.
 */

/** `continuation`: the flags a form made by the rule carries (OpenTaal's "Ca": it may begin a compound). */
export type SuffixRule = { strip: string; add: string; condition: RegExp; continuation: string[] };
export type Affixes = Map<string, SuffixRule[]>;
export type DictionaryEntry = { word: string; flags: string[] };

/** The SFX rules of an .aff file, by flag (two-character flags). */
export function readSuffixRules(aff: string): Affixes {
  const rules: Affixes = new Map();
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== "SFX" || fields.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
    const [add = "", continuationText = ""] = addWithFlags.split("/");
    // A compound's first part with its optional hyphen ("tuinen-"): the same rule without the hyphen makes the word.
    if (add.endsWith("-")) continue;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === "0" ? "" : strip,
      add: add === "0" ? "" : add,
      condition: new RegExp(`${condition}$`, "u"),
      continuation: twoLetterFlags(continuationText),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** The entries of a .dic file (the first line is a count). OpenTaal writes "ij" as one letter, "ĳ". */
export function readEntries(dic: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of dic.split("\n").slice(1)) {
    const [word, flagText = ""] = line.trim().split(/\s+/)[0]?.split("/") ?? [];
    if (!word) continue;
    entries.push({ word: word.replaceAll("ĳ", "ij").replaceAll("Ĳ", "IJ"), flags: twoLetterFlags(flagText) });
  }
  return entries;
}

function twoLetterFlags(text: string): string[] {
  const flags: string[] = [];
  for (let index = 0; index + 1 < text.length; index += 2) flags.push(text.slice(index, index + 2));
  return flags;
}

/** A form an entry's flag makes, with the rule that made it. */
export type Expansion = { form: string; flag: string; rule: SuffixRule };

/** The forms an entry's chosen flags make (the entry itself may be one, through a rule that adds nothing). */
export function expandEntryRules(entry: DictionaryEntry, affixes: Affixes, flags: ReadonlySet<string>): Expansion[] {
  const forms: Expansion[] = [];
  for (const flag of entry.flags) {
    if (!flags.has(flag)) continue;
    for (const rule of affixes.get(flag) ?? []) {
      if (!rule.condition.test(entry.word) || !entry.word.endsWith(rule.strip)) continue;
      forms.push({ form: entry.word.slice(0, entry.word.length - rule.strip.length) + rule.add, flag, rule });
    }
  }
  return forms;
}

/** The forms an entry's chosen flags make, the entry itself excluded. */
export function expandEntry(entry: DictionaryEntry, affixes: Affixes, flags: ReadonlySet<string>): string[] {
  return expandEntryRules(entry, affixes, flags).map(({ form }) => form).filter((form) => form !== entry.word);
}
