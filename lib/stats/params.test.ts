import { describe, expect, it } from "vitest";
import { nextSort, parseMinisterTableParams, partyParam } from "./params";

describe("parseMinisterTableParams", () => {
  it("reads the sort, its direction and the legislature", () => {
    expect(parseMinisterTableParams({ sort: "median", dir: "asc", legislature: "5" })).toEqual({ sort: "median", dir: "asc", legislature: 5 });
  });

  it("defaults the direction to the column's own", () => {
    expect(parseMinisterTableParams({ sort: "title" })).toEqual({ sort: "title", dir: "asc", legislature: null });
    expect(parseMinisterTableParams({ sort: "p90" })).toEqual({ sort: "p90", dir: "desc", legislature: null });
    expect(parseMinisterTableParams({})).toEqual({ sort: "questions", dir: "desc", legislature: null });
  });

  it("falls back on each bad value alone", () => {
    expect(parseMinisterTableParams({ sort: "drop table", dir: "sideways", legislature: "-3" })).toEqual({ sort: "questions", dir: "desc", legislature: null });
    expect(parseMinisterTableParams({ sort: ["median", "title"], dir: "up", legislature: "2.5" })).toEqual({ sort: "median", dir: "desc", legislature: null });
    expect(parseMinisterTableParams({ legislature: "", sort: "" })).toEqual({ sort: "questions", dir: "desc", legislature: null });
  });
});

describe("nextSort", () => {
  it("turns the current column around, and opens another in its own direction", () => {
    const current = { sort: "median", dir: "desc", legislature: null } as const;
    expect(nextSort(current, "median")).toEqual({ sort: "median", dir: "asc" });
    expect(nextSort(current, "title")).toEqual({ sort: "title", dir: "asc" });
    expect(nextSort(current, "p90")).toEqual({ sort: "p90", dir: "desc" });
  });
});

describe("route segments", () => {
  it("reads a party, its underscores as spaces first", () => {
    expect(partyParam.parse("Open_Vld")).toEqual(["Open Vld", "Open_Vld"]);
    expect(partyParam.parse("CD&V")).toEqual(["CD&V"]);
    expect(partyParam.parse("CD%26V")).toEqual(["CD&V"]);
    expect(partyParam.safeParse("a\u0000b").success).toBe(false);
    expect(partyParam.safeParse("x".repeat(121)).success).toBe(false);
  });
});
