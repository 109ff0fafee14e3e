import { describe, expect, it } from "vitest";
import { columnLanguages, columnOrderFrom, defaultColumnOrder, paragraphAnchor, parallelRows, readerViewFrom } from "./parallel";

describe("paragraphAnchor", () => {
  it("numbers paragraphs from 1 per part and language", () => {
    expect(paragraphAnchor("q", "fr", 2)).toBe("q-fr-3");
    expect(paragraphAnchor("a", "nl", 11)).toBe("a-nl-12");
  });
});

describe("parallelRows", () => {
  it("pairs numbered points and gives each paragraph its anchor", () => {
    const rows = parallelRows("a", {
      fr: ["1. Le Service public fédéral", "2. Nous avons 648 tweets."],
      nl: ["1. De Federale Overheidsdienst", "2. We hebben 648 tweets."],
    });
    expect(rows).toEqual([
      { fr: [{ anchor: "a-fr-1", text: "1. Le Service public fédéral", isBullet: false }], nl: [{ anchor: "a-nl-1", text: "1. De Federale Overheidsdienst", isBullet: false }], isIrregular: false },
      { fr: [{ anchor: "a-fr-2", text: "2. Nous avons 648 tweets.", isBullet: false }], nl: [{ anchor: "a-nl-2", text: "2. We hebben 648 tweets.", isBullet: false }], isIrregular: false },
    ]);
  });

  it("trims the extraction's indentation and marks bulleted items", () => {
    const [row] = parallelRows("a", { fr: ["  • Communiqués de presse."], nl: ["  • Persberichten."] });
    expect(row?.fr).toEqual([{ anchor: "a-fr-1", text: "• Communiqués de presse.", isBullet: true }]);
    expect(row?.nl[0]?.isBullet).toBe(true);
  });

  it("flags a row that is not one to one", () => {
    const rows = parallelRows("q", { fr: ["Une phrase assez longue pour peser.", "Et une autre qui la suit de près."], nl: ["Een zin die lang genoeg is om te wegen en er nog een die volgt."] });
    expect(rows.some((row) => row.isIrregular)).toBe(true);
    expect(rows.flatMap((row) => row.fr.map((p) => p.anchor))).toEqual(["q-fr-1", "q-fr-2"]);
    expect(rows.flatMap((row) => row.nl.map((p) => p.anchor))).toEqual(["q-nl-1"]);
  });
});

describe("column order", () => {
  it("puts the interface language first, French first for English", () => {
    expect(defaultColumnOrder("fr")).toBe("fr-nl");
    expect(defaultColumnOrder("nl")).toBe("nl-fr");
    expect(defaultColumnOrder("en")).toBe("fr-nl");
  });

  it("keeps a stored choice and ignores a tampered cookie", () => {
    expect(columnOrderFrom("nl-fr", "fr")).toBe("nl-fr");
    expect(columnOrderFrom("fr-nl", "nl")).toBe("fr-nl");
    expect(columnOrderFrom("<script>", "nl")).toBe("nl-fr");
    expect(columnOrderFrom(undefined, "en")).toBe("fr-nl");
    expect(columnLanguages("nl-fr")).toEqual(["nl", "fr"]);
  });
});

describe("reader view", () => {
  it("keeps a stored one-language view and falls back to both languages", () => {
    expect(readerViewFrom("nl")).toBe("nl");
    expect(readerViewFrom("fr")).toBe("fr");
    expect(readerViewFrom("both")).toBe("both");
    expect(readerViewFrom("de")).toBe("both");
    expect(readerViewFrom(undefined)).toBe("both");
  });
});
