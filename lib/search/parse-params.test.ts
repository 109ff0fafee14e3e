import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_PARAMS, parseSearchParams, searchQueryString } from "./parse-params";

describe("parseSearchParams", () => {
  it("reads every parameter", () => {
    const { params, notices } = parseSearchParams(new URLSearchParams(
      "q=prison&minister=Justice&author=Taelman&party=MR&legislature=5&session=2010&from=2012-01-01&to=2012-12-31&status=lapsed&sort=oldest&page=3&size=5",
    ));
    expect(notices).toEqual([]);
    expect(params).toEqual({
      q: "prison", minister: "Justice", author: "Taelman", party: "MR", legislature: 5, session: "2010", from: "2012-01-01",
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

describe("searchQueryString", () => {
  it("leaves defaults out and applies overrides", () => {
    const { params } = parseSearchParams({ q: "prison OR gevangenis", page: "2" });
    expect(searchQueryString(params)).toBe("?q=prison+OR+gevangenis&page=2");
    expect(searchQueryString(params, { page: 1, status: "answered" })).toBe("?q=prison+OR+gevangenis&status=answered");
    expect(searchQueryString(DEFAULT_SEARCH_PARAMS)).toBe("");
  });
});
