import { describe, expect, it } from "vitest";
import { senateQuestionUrl } from "./senate";

describe("senateQuestionUrl", () => {
  it("links to the official page in the requested language", () => {
    expect(senateQuestionUrl("5-8900", "fr")).toBe("https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8900&LANG=fr");
    expect(senateQuestionUrl("5-8918", "nl")).toBe("https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8918&LANG=nl");
  });

  it("refuses anything that is not legislature-number, so nothing odd reaches the query string", () => {
    expect(senateQuestionUrl("5-8900&LANG=xx", "fr")).toBeNull();
    expect(senateQuestionUrl("0-12", "fr")).toBeNull();
    expect(senateQuestionUrl("abc", "nl")).toBeNull();
  });
});
