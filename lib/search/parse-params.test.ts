import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUS_KINDS } from "@/lib/status/status";
import {
  DEFAULT_SEARCH_PARAMS,
  EARLIEST_DATE,
  LATEST_DATE,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  parseScopedSearchParams,
  parseSearchParams,
  searchQueryString,
  SORTS,
} from "./parse-params";

describe("parseSearchParams", () => {
  it("reads every parameter", () => {
    const { params, notices } = parseSearchParams(new URLSearchParams(
      "q=prison&minister=Justice&addressee=12&author=Taelman&party=MR&legislature=5&session=2010&from=2012-01-01&to=2012-12-31&status=lapsed&sort=oldest&page=3&size=5",
    ));
    expect(notices).toEqual([]);
    expect(params).toEqual({
      q: "prison", minister: "Justice", addressee: 12, author: "Taelman", party: "MR", legislature: 5, session: "2010", from: "2012-01-01",
      to: "2012-12-31", status: "lapsed", sort: "oldest", page: 3, size: 5,
    });
  });

  it("falls back to each default on its own and names the parameter", () => {
    const { params, notices } = parseSearchParams({ page: "-1", sort: "random", status: ["sleeping"], from: "2013-02-31", session: "2010-2012", q: "ok" });
    expect(params).toEqual({ ...DEFAULT_SEARCH_PARAMS, q: "ok" });
    expect(notices.map((notice) => notice.param).sort()).toEqual(["from", "page", "session", "sort", "status"]);
  });

  it("turns control characters into spaces and cuts very long text", () => {
    const { params } = parseSearchParams({ q: `a\u0000b\tc${"x".repeat(1000)}` });
    expect(params.q.startsWith("a b c")).toBe(true);
    expect(params.q.length).toBeLessThanOrEqual(300);
  });

  it("reads a backwards date range the way it was meant", () => {
    const { params } = parseSearchParams({ from: "2013-01-01", to: "2012-01-01" });
    expect([params.from, params.to]).toEqual(["2012-01-01", "2013-01-01"]);
  });
});

describe("every accepted value is one the database takes", () => {
  const anyDateShape = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  const anyValue = fc.oneof(anyDateShape, fc.integer().map(String), fc.double().map(String), fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 50 }));
  const names = Object.keys(DEFAULT_SEARCH_PARAMS);

  it("dates are real calendar days within the sane range, numbers within their bounds, text clean and short", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), anyValue), (raw) => {
        const { params } = parseSearchParams(raw);
        for (const date of [params.from, params.to]) {
          if (date === null) continue;
          expect(date >= EARLIEST_DATE && date <= LATEST_DATE).toBe(true);
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        }
        expect(Number.isInteger(params.page) && params.page >= 1 && params.page <= MAX_PAGE).toBe(true);
        expect(Number.isInteger(params.size) && params.size >= 1 && params.size <= MAX_PAGE_SIZE).toBe(true);
        if (params.legislature !== null) expect(Number.isInteger(params.legislature) && params.legislature >= 1 && params.legislature <= 999).toBe(true);
        expect(params.status === null || STATUS_KINDS.includes(params.status)).toBe(true);
        expect(SORTS).toContain(params.sort);
        expect(params.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const text of [params.q, params.minister, params.author, params.party]) expect(text).not.toMatch(/[\u0000-\u001f]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("year 0 and the edges of the range", () => {
    expect(parseSearchParams({ from: "0000-01-01" }).notices).toEqual([{ param: "from", value: "0000-01-01", reason: "ignored" }]);
    expect(parseSearchParams({ to: "1830-12-31" }).notices).toEqual([{ param: "to", value: "1830-12-31", reason: "ignored" }]);
    expect(parseSearchParams({ to: "3000-01-01" }).notices).toEqual([{ param: "to", value: "3000-01-01", reason: "ignored" }]);
    expect(parseSearchParams({ from: EARLIEST_DATE, to: LATEST_DATE }).params).toMatchObject({ from: EARLIEST_DATE, to: LATEST_DATE });
  });
});

describe("searchQueryString", () => {
  it("leaves defaults out and applies overrides", () => {
    const { params } = parseSearchParams({ q: "prison OR gevangenis", page: "2" });
    expect(searchQueryString(params)).toBe("?q=prison+OR+gevangenis&page=2");
    expect(searchQueryString(params, { page: 1, status: "answered" })).toBe("?q=prison+OR+gevangenis&status=answered");
    expect(searchQueryString(DEFAULT_SEARCH_PARAMS)).toBe("");
  });
});

describe("parseScopedSearchParams", () => {
  it("fixes the scope's filters over the URL's and lists newest first unless the URL names a sort", () => {
    expect(parseScopedSearchParams({ q: "prison", author: "Someone Else", page: "2" }, { author: "Martine Taelman" })).toEqual({
      params: { ...DEFAULT_SEARCH_PARAMS, q: "prison", author: "Martine Taelman", page: 2, sort: "newest" },
      notices: [],
    });
    expect(parseScopedSearchParams({ sort: "oldest" }, { addressee: 12 }).params).toEqual({ ...DEFAULT_SEARCH_PARAMS, addressee: 12, sort: "oldest" });
    expect(parseScopedSearchParams(new URLSearchParams("sort=relevance"), { party: "CD&V" }).params).toEqual({ ...DEFAULT_SEARCH_PARAMS, party: "CD&V", sort: "relevance" });
  });

  it("keeps the notices of the URL's bad values, and a bad sort falls back to the search's default as on the search page", () => {
    expect(parseScopedSearchParams({ sort: "sideways", page: "x" }, { party: "N-VA" })).toEqual({
      params: { ...DEFAULT_SEARCH_PARAMS, party: "N-VA", sort: "relevance" },
      notices: [{ param: "sort", value: "sideways", reason: "ignored" }, { param: "page", value: "x", reason: "ignored" }],
    });
  });
});
