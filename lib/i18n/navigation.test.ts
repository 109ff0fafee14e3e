import { describe, expect, it } from "vitest";
import { localizedPath } from "./navigation";

describe("localizedPath", () => {
  it("prefixes the locale", () => {
    expect(localizedPath("/questions/5-8902", "nl")).toBe("/nl/questions/5-8902");
    expect(localizedPath("/", "fr")).toBe("/fr");
  });

  it("appends the query, leaving out empty values", () => {
    expect(localizedPath({ pathname: "/search", query: { q: "prisons étrangères", page: 2, minister: "" } }, "en")).toBe(
      "/en/search?q=prisons+%C3%A9trang%C3%A8res&page=2",
    );
  });
});
