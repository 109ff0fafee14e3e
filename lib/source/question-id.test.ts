import { describe, expect, it } from "vitest";
import { formatQuestionId, isQuestionId, parseQuestionId, readTypedQuestionNumber } from "./question-id";

describe("the canonical question id", () => {
  it("accepts legislature-number without leading zeros, within the digit limits", () => {
    expect(parseQuestionId("5-8902")).toEqual({ legislature: 5, number: 8902 });
    expect(parseQuestionId("999-9999999")).toEqual({ legislature: 999, number: 9999999 });
    for (const bad of ["05-8902", "5-08902", "0-1", "5-0", "1000-1", "5-10000000", "5 - 8902", " 5-8902", "5-8902\n", "8902", "5-89a2"]) {
      expect(isQuestionId(bad), bad).toBe(false);
      expect(parseQuestionId(bad), bad).toBeNull();
    }
    expect(formatQuestionId({ legislature: 5, number: 8902 })).toBe("5-8902");
  });
});

describe("readTypedQuestionNumber", () => {
  it("reads a number as people type it, with or without its legislature", () => {
    expect(readTypedQuestionNumber("5-8902")).toEqual({ legislature: 5, number: 8902 });
    expect(readTypedQuestionNumber(" 8902 ")).toEqual({ legislature: null, number: 8902 });
    expect(readTypedQuestionNumber("n° 5 - 8902")).toEqual({ legislature: 5, number: 8902 });
    expect(readTypedQuestionNumber("N°5-8902")).toEqual({ legislature: 5, number: 8902 });
    expect(readTypedQuestionNumber("no. 8902")).toEqual({ legislature: null, number: 8902 });
    expect(readTypedQuestionNumber("nr. 4-1240")).toEqual({ legislature: 4, number: 1240 });
    expect(readTypedQuestionNumber("NR 4-1240")).toEqual({ legislature: 4, number: 1240 });
    expect(readTypedQuestionNumber("#8902")).toEqual({ legislature: null, number: 8902 });
    expect(readTypedQuestionNumber("005-0008902")).toEqual({ legislature: 5, number: 8902 });
  });

  it("keeps the id's digit limits, leading zeros counted", () => {
    expect(readTypedQuestionNumber("999-9999999")).toEqual({ legislature: 999, number: 9999999 });
    expect(readTypedQuestionNumber("1000-1")).toBeNull();
    expect(readTypedQuestionNumber("5-10000000")).toBeNull();
    expect(readTypedQuestionNumber("00000001")).toBeNull();
    expect(readTypedQuestionNumber("0001")).toEqual({ legislature: null, number: 1 });
  });

  it("is null for anything else than a number alone, and for number 0", () => {
    for (const text of ["", "0", "5-0", "5-8902 prison", "prison 8902", "5/8902", "5--8902", "-8902", "8902-", "n°", "5.8902", "١٢٣"]) {
      expect(readTypedQuestionNumber(text), text).toBeNull();
    }
  });
});
