import { describe, expect, it } from "vitest";
import { searchClass } from "./search-class";

describe("searchClass", () => {
  it("tells a question number, words and a browse apart", () => {
    expect(searchClass({ q: "5-8902" })).toBe("number");
    expect(searchClass({ q: "prisons surpeuplement" })).toBe("words");
    expect(searchClass({ q: "" })).toBe("browse");
  });
});
