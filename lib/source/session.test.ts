import { describe, expect, it } from "vitest";
import { readSession, sessionForm, sessionLabel, sessionSchema, sessionYears } from "./session";

describe("session forms", () => {
  it("keeps an ordinary session as its two years", () => {
    expect(sessionForm({ kind: "ordinary", startYear: 2012, endYear: 2013 })).toEqual({ form: "2012-2013" });
    expect(readSession("2012-2013")).toEqual({ kind: "ordinary", startYear: 2012, endYear: 2013 });
  });

  it("writes an extraordinary session as its year, or its two years with E", () => {
    expect(sessionForm({ kind: "extraordinary", startYear: 2010, endYear: 2010 })).toEqual({ form: "2010" });
    expect(sessionForm({ kind: "extraordinary", startYear: 1991, endYear: 1992 })).toEqual({ form: "1991-1992E" });
    expect(readSession("2010")).toEqual({ kind: "extraordinary", startYear: 2010, endYear: 2010 });
    expect(readSession("1991-1992E")).toEqual({ kind: "extraordinary", startYear: 1991, endYear: 1992 });
  });

  it("refuses what cannot be a session", () => {
    expect(sessionForm({ kind: "ordinary", startYear: 2010, endYear: 2010 })).toEqual({ problem: 'an ordinary session spans two consecutive years, not "2010" alone' });
    expect(sessionForm({ kind: "ordinary", startYear: 2010, endYear: 2012 })).toEqual({ problem: 'session "2010-2012" does not span two consecutive years' });
    for (const form of ["2010E", "2010-2012", "2010-2012E", "10-11", "2010-2011 ", "", "2010/2011"]) {
      expect(readSession(form), form).toBeNull();
      expect(sessionSchema.safeParse(form).success, form).toBe(false);
    }
  });

  it("sorts chronologically as plain text, in code-point order and in a linguistic collation", () => {
    const chronological = ["1990-1991", "1991-1992", "1991-1992E", "1992-1993", "2009-2010", "2010", "2010-2011", "2013-2014", "2014", "2014-2015"];
    const shuffled = [...chronological].reverse();
    expect([...shuffled].sort()).toEqual(chronological);
    expect([...shuffled].sort(new Intl.Collator("fr").compare)).toEqual(chronological);
    expect([...shuffled].sort(new Intl.Collator("nl").compare)).toEqual(chronological);
  });

  it("is labelled in French, Dutch and English", () => {
    expect(sessionLabel("2010", "fr")).toBe("session extraordinaire 2010");
    expect(sessionLabel("2010", "nl")).toBe("buitengewone zitting 2010");
    expect(sessionLabel("2010", "en")).toBe("extraordinary session 2010");
    expect(sessionLabel("1991-1992E", "fr")).toBe("session extraordinaire 1991-1992");
    expect(sessionLabel("2012-2013", "fr")).toBe("session 2012-2013");
    expect(sessionLabel("2012-2013", "nl")).toBe("zitting 2012-2013");
    expect(sessionLabel("2012-2013", "en")).toBe("session 2012-2013");
    expect(sessionLabel("2012-2013", "nl", { compact: true })).toBe("2012-2013");
    expect(sessionLabel("2010", "nl", { compact: true })).toBe("buitengewone zitting 2010");
    expect(sessionYears("1991-1992E")).toBe("1991-1992");
    expect(sessionYears("2010")).toBe("2010");
  });
});
