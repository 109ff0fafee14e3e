import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_PARAMS, parseSearchParams } from "@/lib/search/parse-params";
import {
  descriptorPath, homePath, localizedPath, memberPath, membersPath, ministerPath, ministersPath, partiesPath, partyPath, questionListPath,
  questionPath, searchPath,
} from "./paths";

describe("localizedPath", () => {
  it("prefixes the locale", () => {
    expect(localizedPath("/questions/5-8902", "nl")).toBe("/nl/questions/5-8902");
    expect(localizedPath("/", "fr")).toBe("/fr");
  });

  it("appends the query, leaving out empty values", () => {
    expect(localizedPath("/search", "en", { q: "prisons étrangères", page: 2, minister: "" })).toBe(
      "/en/search?q=prisons+%C3%A9trang%C3%A8res&page=2",
    );
  });
});

describe("page paths", () => {
  it("leaves page 1 out of list addresses", () => {
    expect(homePath("fr")).toBe("/fr");
    expect(homePath("fr", { page: 1 })).toBe("/fr");
    expect(homePath("nl", { page: 3 })).toBe("/nl?page=3");
    expect(descriptorPath("en", 12, { page: 2 })).toBe("/en/descriptors/12?page=2");
  });

  it("points at a question, or at a part of it", () => {
    expect(questionPath("fr", "5-8902")).toBe("/fr/questions/5-8902");
    expect(questionPath("nl", "5-8902", { anchor: "a-nl-3" })).toBe("/nl/questions/5-8902#a-nl-3");
  });
});

describe("searchPath", () => {
  it("keeps the search and starts again at page 1 when a filter changes", () => {
    const { params } = parseSearchParams({ q: "prison", page: "3" });
    expect(searchPath("fr")).toBe("/fr/search");
    expect(searchPath("fr", params)).toBe("/fr/search?q=prison");
    expect(searchPath("fr", params, { status: "answered" })).toBe("/fr/search?q=prison&status=answered");
    expect(searchPath("nl", params, { page: 4 })).toBe("/nl/search?q=prison&page=4");
    expect(searchPath("en", DEFAULT_SEARCH_PARAMS)).toBe("/en/search");
  });
});

describe("accountability paths", () => {
  it("builds the ministers, members and parties addresses", () => {
    expect(ministersPath("fr")).toBe("/fr/ministers");
    expect(ministersPath("nl", { sort: "median", dir: "asc", legislature: 5 })).toBe("/nl/ministers?sort=median&dir=asc&legislature=5");
    expect(ministersPath("en", { legislature: null })).toBe("/en/ministers");
    expect(ministerPath("fr", 12)).toBe("/fr/ministers/12");
    expect(membersPath("nl")).toBe("/nl/members");
    expect(memberPath("en", 3)).toBe("/en/members/3");
    expect(partiesPath("fr")).toBe("/fr/parties");
    expect(partyPath("fr", "CD&V")).toBe("/fr/parties/CD%26V");
    expect(partyPath("nl", "Open Vld")).toBe("/nl/parties/Open_Vld");
    expect(questionListPath("fr", { page: 2 })).toBe("/fr/questions?page=2");
    expect(questionListPath("fr")).toBe("/fr/questions");
  });
});
