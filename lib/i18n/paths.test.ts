import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_PARAMS, parseSearchParams } from "@/lib/search/parse-params";
import {
  descriptorPath, homePath, localeOfPath, localizedPath, memberPath, membersPath, ministerPath, ministersPath, notFoundPath, openSearchPath,
  partiesPath, partyPath, questionListPath, questionPath, scopedResultsPath, searchPath, searchResultsPath, switchLocalePath,
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

describe("results paths", () => {
  it("keeps the search page's results on the search page", () => {
    const { params } = parseSearchParams({ q: "prison", page: "3" });
    expect(searchResultsPath("fr")(params, { status: "answered" })).toBe("/fr/search?q=prison&status=answered");
  });

  it("keeps a minister's questions on the minister's page, without its own filter, newest first by default", () => {
    const { params } = parseSearchParams({ addressee: "12", sort: "newest", status: "lapsed", page: "2" });
    const path = scopedResultsPath(ministerPath("fr", 12), "addressee");
    expect(path(params)).toBe("/fr/ministers/12?status=lapsed");
    expect(path(params, { page: 3 })).toBe("/fr/ministers/12?status=lapsed&page=3");
    expect(path(params, { status: null })).toBe("/fr/ministers/12");
    expect(path(params, { sort: "oldest" })).toBe("/fr/ministers/12?status=lapsed&sort=oldest");
    // The search's own default, relevance, is not this list's: it must be written out.
    expect(path({ ...params, sort: "relevance" })).toBe("/fr/ministers/12?status=lapsed&sort=relevance");
  });

  it("leaves a party page's party and a member page's name out of their links", () => {
    const { params } = parseSearchParams({ party: "Open Vld", author: "Martine Taelman", sort: "newest", session: "2012-2013" });
    expect(scopedResultsPath(partyPath("nl", "Open Vld"), "party")(params)).toBe("/nl/parties/Open_Vld?author=Martine+Taelman&session=2012-2013");
    expect(scopedResultsPath(memberPath("en", 7), "author")(params, { page: 2 })).toBe("/en/members/7?party=Open+Vld&session=2012-2013&page=2");
  });
});
