import { describe, expect, it } from "vitest";
import { dutchForms } from "./dutch";

// Issue 8's public Dutch pairs (folded: "industrieën" is "industrieen"; "programma's" is read as "programmas").
const PAIRS = [
  ["boete", "boetes"], ["bijdrage", "bijdrages"], ["straat", "straten"], ["prijs", "prijzen"], ["reis", "reizen"],
  ["universiteit", "universiteiten"], ["programma", "programmas"], ["industrie", "industrieen"], ["pakket", "pakketten"],
  ["piloot", "piloten"], ["brief", "brieven"], ["huis", "huizen"], ["stad", "steden"], ["kind", "kinderen"],
  ["veiligheid", "veiligheden"], ["museum", "musea"], ["gevangenis", "gevangenissen"], ["controle", "controles"],
  ["hoofdstad", "hoofdsteden"], ["federaal", "federale"], ["buitenlands", "buitenlandse"],
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

  it("leaves out itself, short words and words with digits", () => {
    expect(dutchForms("boete")).not.toContain("boete");
    expect(dutchForms("ik")).toEqual([]);
    expect(dutchForms("e40")).toEqual([]);
  });
});
