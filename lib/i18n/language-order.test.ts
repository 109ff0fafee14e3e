import { describe, expect, it } from "vitest";
import { languageOrder, languagesInOrder, speaksArchiveLanguage } from "./language-order";

describe("languageOrder", () => {
  it("puts the interface's own language first, French first for English", () => {
    expect(languageOrder("fr")).toEqual({ primary: "fr", secondary: "nl" });
    expect(languageOrder("nl")).toEqual({ primary: "nl", secondary: "fr" });
    expect(languageOrder("en")).toEqual({ primary: "fr", secondary: "nl" });
    expect(languagesInOrder("nl")).toEqual(["nl", "fr"]);
  });

  it("knows which interfaces speak an archive language", () => {
    expect(["fr", "nl", "en"].map((locale) => speaksArchiveLanguage(locale as "fr"))).toEqual([true, true, false]);
  });
});
