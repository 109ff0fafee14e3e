import { describe, expect, it } from "vitest";
import { numericIdParam } from "./route-params";

describe("numericIdParam", () => {
  it("reads an id, and refuses anything but a plain positive integer that fits PostgreSQL's integer", () => {
    expect(numericIdParam.safeParse("12").data).toBe(12);
    expect(numericIdParam.safeParse("999999999").data).toBe(999999999);
    for (const bad of ["0", "012", "-1", "1.5", "1e3", "abc", "", " 12", "12 ", "9999999999"]) expect(numericIdParam.safeParse(bad).success, bad).toBe(false);
  });
});
