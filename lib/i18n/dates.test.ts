import { describe, expect, it } from "vitest";
import { formatLongDate } from "./dates";

describe("formatLongDate", () => {
  it("writes a calendar day the Belgian way in each interface language, British for English", () => {
    expect(formatLongDate("2013-04-30", "fr")).toBe("30 avril 2013");
    expect(formatLongDate("2013-04-30", "nl")).toBe("30 april 2013");
    expect(formatLongDate("2013-04-30", "en")).toBe("30 April 2013");
  });

  it("never moves a date by a day, whatever the time zone", () => {
    expect(formatLongDate("2014-01-01", "en")).toBe("1 January 2014");
    expect(formatLongDate("2013-12-31", "fr")).toBe("31 décembre 2013");
  });
});
