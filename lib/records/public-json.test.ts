import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/source/parse";
import { publicQuestionJson, recordExtras } from "./public-json";

const parse = (file: string) => parseDocument(readFileSync(file), file);

describe("recordExtras", () => {
  it("adds the status, the session in words and the official pages of 5-8902", () => {
    expect(recordExtras(parse("seeds/000_dc0ab1c61fd4920e.txt"), "2026-11-29")).toEqual({
      status: "answered",
      statusDetail: { kind: "answered", answeredOn: "2014-02-17", days: 293, reminders: 1, isAfterLegislatureEnd: false, asOf: "2026-11-29" },
      sessionLabel: { fr: "session 2012-2013", nl: "zitting 2012-2013", en: "session 2012-2013" },
      officialUrl: {
        fr: "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8902&LANG=fr",
        nl: "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8902&LANG=nl",
      },
    });
  });

  it("says when a question lapsed, and names an extraordinary session", () => {
    const extras = recordExtras(parse("tests/fixtures/reader/4-17_extraordinary-session-2007_consecutive-lines.txt"), "2026-11-29");
    expect(extras.status).toBe("lapsed");
    expect(extras.statusDetail).toEqual({ kind: "lapsed", legislatureEndedOn: "2010-05-07", days: 988, reminders: 0, asOf: "2026-11-29" });
    expect(extras.sessionLabel).toEqual({ fr: "session extraordinaire 2007", nl: "buitengewone zitting 2007", en: "extraordinary session 2007" });
  });
});

describe("publicQuestionJson", () => {
  it("is the record, every field unchanged and in its order, then the added fields", () => {
    const record = parse("seeds/000_dc0ab1c61fd4920e.txt");
    const json = publicQuestionJson(record, "2026-11-29");
    expect(Object.keys(json)).toEqual([...Object.keys(record), "status", "statusDetail", "sessionLabel", "officialUrl"]);
    expect(JSON.stringify(json)).toBe(`${JSON.stringify(record).slice(0, -1)},${JSON.stringify(recordExtras(record, "2026-11-29")).slice(1)}`);
  });
});
