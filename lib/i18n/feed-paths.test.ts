import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_PARAMS } from "@/lib/search/parse-params";
import { exportPath, feedPath, memberFeedPath, ministerFeedPath } from "./feed-paths";

describe("feed and export paths", () => {
  it("builds the whole archive's feeds", () => {
    expect(feedPath("fr", "answers")).toBe("/fr/feeds/answers.atom");
    expect(feedPath("nl", "questions")).toBe("/nl/feeds/questions.atom");
  });

  it("keeps a search's selection and drops its sort and page", () => {
    const params = { ...DEFAULT_SEARCH_PARAMS, q: "prisons", status: "answered" as const, sort: "newest" as const, page: 3 };
    expect(feedPath("en", "answers", params)).toBe("/en/feeds/answers.atom?q=prisons&status=answered");
    expect(exportPath("csv", "nl", params)).toBe("/api/export/questions.csv?q=prisons&status=answered&lang=nl");
    expect(exportPath("jsonl", "fr")).toBe("/api/export/questions.jsonl?lang=fr");
  });

  it("gives a minister's and a member's feeds by title and by name", () => {
    expect(ministerFeedPath("fr", "answers", "ministre de la Justice")).toBe("/fr/feeds/answers.atom?minister=ministre+de+la+Justice");
    expect(memberFeedPath("nl", "questions", "Martine Taelman")).toBe("/nl/feeds/questions.atom?author=Martine+Taelman");
  });
});
