import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_PARAMS, parseSearchParams } from "@/lib/search/parse-params";
import {
  descriptorPath, homePath, localeOfPath, localizedPath, memberPath, membersPath, ministerPath, ministersPath, notFoundPath, openSearchPath,
  partiesPath, partyPath, questionListPath, questionPath, searchPath, switchLocalePath,
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

describe("switchLocalePath", () => {
  it("swaps the locale prefix, keeping the rest of the address and its query whole", () => {
    expect(switchLocalePath("/fr/questions/5-8902", "nl")).toBe("/nl/questions/5-8902");
    expect(switchLocalePath("/fr", "en")).toBe("/en");
    expect(switchLocalePath("/nl/", "fr")).toBe("/fr");
    expect(switchLocalePath("/en/search", "fr", "q=prison&status=answered&status=lapsed")).toBe("/fr/search?q=prison&status=answered&status=lapsed");
    expect(switchLocalePath("/fr/parties/Open_Vld", "fr")).toBe("/fr/parties/Open_Vld");
  });

  it("prefixes an address that has no locale rather than dropping its first segment", () => {
    expect(switchLocalePath("/questions/5-8902", "nl")).toBe("/nl/questions/5-8902");
    expect(switchLocalePath("/", "nl")).toBe("/nl");
    expect(switchLocalePath("/de/questions", "fr")).toBe("/fr/de/questions");
  });
});

describe("localeOfPath", () => {
  it("reads the interface language an address starts with", () => {
    expect(localeOfPath("/nl/search")).toBe("nl");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/")).toBeNull();
    expect(localeOfPath("/de/search")).toBeNull();
    expect(localeOfPath("/frx/search")).toBeNull();
    expect(localeOfPath("")).toBeNull();
  });
});

describe("page paths", () => {
  it("points at the localized 404 page and the OpenSearch descriptions", () => {
    expect(notFoundPath("nl")).toBe("/nl/not-found");
    expect(openSearchPath("fr")).toBe("/opensearch/fr.xml");
  });

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
