import { describe, expect, it } from "vitest";
import { pageFromSearchParams } from "./paging";

describe("pageFromSearchParams", () => {
  it("reads a positive integer", () => {
    expect(pageFromSearchParams("3")).toBe(3);
    expect(pageFromSearchParams(["2", "9"])).toBe(2);
  });

  it("falls back to page 1 for anything else", () => {
    for (const value of [undefined, "", "abc", "0", "-3", "2.5", "1e9", "Infinity", "NaN"]) {
      expect(pageFromSearchParams(value), String(value)).toBe(1);
    }
  });
});
