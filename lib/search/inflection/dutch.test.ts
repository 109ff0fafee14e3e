import { describe, expect, it } from "vitest";
import { dutchForms, isDutchInflection } from "./dutch";

// Issue 8's public Dutch pairs (folded: "industrieën" is "industrieen"; "programma's" is read as
// "programmas"), and the classes the wider list of tests/relevance found missing.
const PAIRS = [
  ["boete", "boetes"], ["bijdrage", "bijdrages"], ["straat", "straten"], ["prijs", "prijzen"], ["reis", "reizen"],
  ["universiteit", "universiteiten"], ["programma", "programmas"], ["industrie", "industrieen"], ["pakket", "pakketten"],
  ["piloot", "piloten"], ["brief", "brieven"], ["huis", "huizen"], ["stad", "steden"], ["kind", "kinderen"],
  ["veiligheid", "veiligheden"], ["museum", "musea"], ["gevangenis", "gevangenissen"], ["controle", "controles"],
  ["hoofdstad", "hoofdsteden"], ["federaal", "federale"], ["buitenlands", "buitenlandse"],
  ["ei", "eieren"], ["zoon", "zonen"], ["graf", "graven"], ["kamerlid", "kamerleden"], ["visum", "visa"], ["cd", "cds"],
];

describe("dutchForms", () => {
  it.each(PAIRS)("joins %s and %s both ways", (singular, plural) => {
    expect(dutchForms(singular)).toContain(plural);
    expect(dutchForms(plural)).toContain(singular);
  });

  it("never makes a noun's -e form: zon is not zone", () => {
    expect(dutchForms("zon")).not.toContain("zone");
    expect(dutchForms("zone")).not.toContain("zon");
  });

  it("leaves out itself, one-letter words and words with digits", () => {
    expect(dutchForms("boete")).not.toContain("boete");
    expect(dutchForms("a")).toEqual([]);
    expect(dutchForms("e40")).toEqual([]);
  });
});

describe("isDutchInflection", () => {
  it.each([
    ["zoon", "zonen", "a long vowel written single"], ["been", "benen", "a long vowel written single"],
    ["student", "studenten", "-en after two consonants"], ["zon", "zonnen", "a short vowel's consonant doubled"],
    ["monnik", "monniken", "an unstressed last syllable"], ["pakket", "pakketten", "a stressed last syllable"],
    ["graf", "graven", "a short vowel made long, by name"], ["staf", "staven", "a short vowel made long, by name"],
    ["hertog", "hertogen", "a short vowel made long, by name"], ["generaal", "generaals", "-s after a polysyllable"],
    ["kamerlid", "kamerleden", "an irregular last part"], ["zakenman", "zakenlieden", "-man, -lieden"],
    ["ei", "eieren", "-eren"], ["visum", "visa", "Latin"], ["cd", "cds", "an abbreviation's 's"],
    ["camera", "cameras", "-'s after a vowel"], ["partij", "partijen", "-en after ij"], ["federaal", "federale", "an adjective's -e"],
  ])("%s and %s are one word (%s), either way round", (one, other) => {
    expect(isDutchInflection(one, other)).toBe(true);
    expect(isDutchInflection(other, one)).toBe(true);
  });

  it.each([
    ["zon", "zonen", "zon's plural is zonnen"], ["zon", "zone", "another noun"], ["wet", "weten", "wet's plural is wetten"],
    ["wapen", "wapenen", "-en words take -s"], ["ei", "eis", "no -s after ei"], ["kan", "kans", "no -s after a monosyllable"],
    ["bal", "balen", "bal's plural is ballen"], ["lid", "lied", "another noun"],
  ])("%s and %s are not (%s)", (one, other) => {
    expect(isDutchInflection(one, other)).toBe(false);
    expect(isDutchInflection(other, one)).toBe(false);
  });
});
