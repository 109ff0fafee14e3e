import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { positiveInt } from "./arguments";

describe("positiveInt", () => {
  it("reads a positive whole number", () => {
    expect(positiveInt("1")).toBe(1);
    expect(positiveInt("100000")).toBe(100_000);
  });

  it("refuses zero, negatives, fractions and words with commander's argument error", () => {
    for (const value of ["0", "-3", "2.5", "many", ""]) {
      expect(() => positiveInt(value), value).toThrow(InvalidArgumentError);
    }
    expect(() => positiveInt("x")).toThrow("expected a positive whole number");
  });
});
