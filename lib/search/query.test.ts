import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterWords, readQueryIntent, boundQueryComplexity, MAX_QUERY_EXCLUSIONS, MAX_QUERY_OR_BRANCHES, MAX_QUERY_WORDS } from "./query";

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

describe("boundQueryComplexity", () => {
  it("leaves an ordinary query as it is", () => {
    expect(boundQueryComplexity('prison OR gevangenis "sociale media" -Bruxelles')).toEqual({
      text: 'prison OR gevangenis "sociale media" -Bruxelles',
      isSimplified: false,
    });
  });

  it("keeps the first exclusions of the 100-exclusion query that took 18 s", () => {
    const hostile = Array.from({ length: 100 }, () => "-a").join(" ");
    expect(boundQueryComplexity(hostile)).toEqual({ text: Array.from({ length: MAX_QUERY_EXCLUSIONS }, () => "-a").join(" "), isSimplified: true });
  });

  it("keeps the first words, counting those of a phrase", () => {
    const words = Array.from({ length: 20 }, (_, index) => `w${index}`);
    expect(boundQueryComplexity(words.join(" ")).text).toBe(words.slice(0, MAX_QUERY_WORDS).join(" "));
    expect(boundQueryComplexity(`"${words.slice(0, 10).join(" ")}" ${words.slice(10).join(" ")}`).text).toBe(
      `"${words.slice(0, 10).join(" ")}" w10 w11`,
    );
  });

  it("keeps the first OR branches and never leaves an OR dangling", () => {
    const branches = Array.from({ length: 10 }, (_, index) => `b${index}`);
    expect(boundQueryComplexity(branches.join(" OR ")).text).toBe(branches.slice(0, MAX_QUERY_OR_BRANCHES).join(" OR "));
    expect(boundQueryComplexity(`${Array.from({ length: 12 }, () => "x").join(" ")} OR y`).text).toBe(Array.from({ length: 12 }, () => "x").join(" "));
  });

  it("reads -word as an exclusion only at the start of a word, and a question number as one term", () => {
    expect(boundQueryComplexity("5-8902 -- - -x -y -z -w -v").text).toBe("5-8902 -- - -x -y -z -w");
  });
});

describe("boundQueryComplexity on any input", () => {
  const piece = fc.oneof(fc.constantFrom("OR", "or", "-", "--", '"', "-x", '-"a b"', '"c d e"', "5-8902", "&", "!"), fc.string({ maxLength: 8 }));
  it("gives a query within the bounds, which bounding again leaves unchanged", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(" ")), (query) => {
        const bounded = boundQueryComplexity(query);
        expect(boundQueryComplexity(bounded.text)).toEqual({ text: bounded.text, isSimplified: false });
        if (!bounded.isSimplified) expect(bounded.text).toBe(query);
      }),
      { numRuns: 2000 },
    );
  });
});
