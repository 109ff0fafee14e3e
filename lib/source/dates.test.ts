import { describe, expect, it } from "vitest";
import { DateError, parseDutchDate, parseFrenchDate, parseSlashDate } from "./dates";

describe("parseFrenchDate", () => {
  it("reads every French month, accents included", () => {
    expect(parseFrenchDate("30 avril 2013")).toBe("2013-04-30");
    expect(parseFrenchDate("17 février 2014")).toBe("2014-02-17");
    expect(parseFrenchDate("2 août 2012")).toBe("2012-08-02");
    expect(parseFrenchDate("3 décembre 2009")).toBe("2009-12-03");
  });

  it('reads "1er" as the first of the month', () => {
    expect(parseFrenchDate("1er mars 2009")).toBe("2009-03-01");
  });

  it("rejects impossible dates and unknown months", () => {
    expect(() => parseFrenchDate("31 février 2013")).toThrow(new DateError('impossible date "31 février 2013"'));
    expect(() => parseFrenchDate("30 april 2013")).toThrow(new DateError('unknown French month "april" in "30 april 2013"'));
    expect(() => parseFrenchDate("avril 2013")).toThrow(new DateError('not a French date: "avril 2013"'));
  });
});

describe("parseDutchDate", () => {
  it("reads Dutch months", () => {
    expect(parseDutchDate("30 april 2013")).toBe("2013-04-30");
    expect(parseDutchDate("29 februari 2012")).toBe("2012-02-29");
    expect(parseDutchDate("1 maart 2009")).toBe("2009-03-01");
  });

  it("rejects a day that does not exist", () => {
    expect(() => parseDutchDate("29 februari 2013")).toThrow(new DateError('impossible date "29 februari 2013"'));
  });
});

describe("parseSlashDate", () => {
  it("reads d/m/yyyy without zero padding", () => {
    expect(parseSlashDate("30/4/2013")).toBe("2013-04-30");
    expect(parseSlashDate("18/12/2013")).toBe("2013-12-18");
    expect(parseSlashDate("05/06/2012")).toBe("2012-06-05");
  });

  it("rejects impossible calendar dates", () => {
    expect(() => parseSlashDate("31/2/2013")).toThrow(new DateError('impossible date "31/2/2013"'));
    expect(() => parseSlashDate("0/1/2013")).toThrow(new DateError('impossible date "0/1/2013"'));
    expect(() => parseSlashDate("1/13/2013")).toThrow(new DateError('impossible date "1/13/2013"'));
  });
});
