import { describe, expect, it } from "vitest";
import { filterWords, readQueryIntent } from "./query";

describe("readQueryIntent", () => {
  it("recognises question numbers", () => {
    expect(readQueryIntent("5-8902")).toEqual({ kind: "number", legislature: 5, number: 8902 });
    expect(readQueryIntent(" 8902 ")).toEqual({ kind: "number", legislature: null, number: 8902 });
    expect(readQueryIntent("n° 5 - 8902")).toEqual({ kind: "number", legislature: 5, number: 8902 });
    expect(readQueryIntent("nr. 4-1240")).toEqual({ kind: "number", legislature: 4, number: 1240 });
  });

  it("takes anything else as text", () => {
    expect(readQueryIntent("")).toEqual({ kind: "none" });
    expect(readQueryIntent("5-8902 prison")).toEqual({ kind: "text", text: "5-8902 prison" });
    expect(readQueryIntent("0")).toEqual({ kind: "text", text: "0" });
  });
});

describe("filterWords", () => {
  it("keeps the words that name a portfolio, folded", () => {
    expect(filterWords("au ministre des Affaires étrangères")).toEqual(["affaires", "etrangeres"]);
    expect(filterWords("minister van Buitenlandse Zaken")).toEqual(["buitenlandse", "zaken"]);
  });
});
