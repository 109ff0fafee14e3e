import { describe, expect, it } from "vitest";
import { COLUMN_ORDER_COOKIE, READER_VIEW_COOKIE } from "@/lib/reader/parallel";
import { pageCacheControl, SHARED_PAGE_CACHE_CONTROL } from "./edge-cache";

const question = { method: "GET", pathname: "/fr/questions/5-8902", cookieNames: [] as string[], localeCookie: undefined as string | undefined, isFlightRequest: false };

describe("pageCacheControl", () => {
  it("lets the edge share a question page for a minute, and browsers keep nothing", () => {
    expect(pageCacheControl(question)).toBe(SHARED_PAGE_CACHE_CONTROL);
    expect(SHARED_PAGE_CACHE_CONTROL).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
    expect(pageCacheControl({ ...question, method: "HEAD", pathname: "/nl/questions/4-1234" })).toBe(SHARED_PAGE_CACHE_CONTROL);
    // A locale cookie naming the page's own language changes nothing.
    expect(pageCacheControl({ ...question, cookieNames: ["NEXT_LOCALE"], localeCookie: "fr" })).toBe(SHARED_PAGE_CACHE_CONTROL);
  });

  it("keeps a page rendered from the reader's layout cookies private", () => {
    expect(pageCacheControl({ ...question, cookieNames: [COLUMN_ORDER_COOKIE] })).toBeNull();
    expect(pageCacheControl({ ...question, cookieNames: ["NEXT_LOCALE", READER_VIEW_COOKIE], localeCookie: "fr" })).toBeNull();
  });

  it("keeps private the answer to a reader switching languages, which remembers the new one in a cookie", () => {
    expect(pageCacheControl({ ...question, cookieNames: ["NEXT_LOCALE"], localeCookie: "nl" })).toBeNull();
  });

  it("keeps other pages, client navigation payloads and other methods private", () => {
    expect(pageCacheControl({ ...question, pathname: "/fr/search" })).toBeNull();
    expect(pageCacheControl({ ...question, pathname: "/fr" })).toBeNull();
    expect(pageCacheControl({ ...question, pathname: "/fr/descriptors/12" })).toBeNull();
    expect(pageCacheControl({ ...question, pathname: "/de/questions/5-8902" })).toBeNull();
    expect(pageCacheControl({ ...question, pathname: "/fr/questions/5-8902/x" })).toBeNull();
    expect(pageCacheControl({ ...question, pathname: "/fr/questions/" })).toBeNull();
    expect(pageCacheControl({ ...question, isFlightRequest: true })).toBeNull();
    expect(pageCacheControl({ ...question, method: "POST" })).toBeNull();
  });
});
