import { describe, expect, it } from "vitest";
import { isSelected, QUESTION_FIELDS, readFieldSelection, SEARCH_RESULT_FIELDS, selectFields } from "./fields";

describe("fields=", () => {
  it("knows the record's fields, what the API adds, and a search result's rank and snippets", () => {
    expect(QUESTION_FIELDS).toEqual([
      "id", "chamber", "legislature", "number", "session", "askedOn", "originalLanguage", "author", "addressee",
      "subject", "descriptors", "events", "alsoAskedTo", "question", "answer",
      "status", "statusDetail", "sessionLabel", "officialUrl",
    ]);
    expect(SEARCH_RESULT_FIELDS.slice(-2)).toEqual(["rank", "snippets"]);
  });

  it("reads absent or empty as every field", () => {
    expect(readFieldSelection(null, QUESTION_FIELDS)).toEqual({ kind: "all" });
    expect(readFieldSelection(" ", QUESTION_FIELDS)).toEqual({ kind: "all" });
  });

  it("reads a comma list, spaces and empty items allowed", () => {
    const selection = readFieldSelection("id, subject,,status", QUESTION_FIELDS);
    expect(selection).toEqual({ kind: "some", fields: new Set(["id", "subject", "status"]) });
    expect(isSelected(selection, "subject")).toBe(true);
    expect(isSelected(selection, "answer")).toBe(false);
    expect(isSelected({ kind: "all" }, "answer")).toBe(true);
  });

  it("names the unknown fields and lists the known ones", () => {
    const selection = readFieldSelection("id,subjet,texte", QUESTION_FIELDS);
    expect(selection.kind).toBe("invalid");
    if (selection.kind !== "invalid") return;
    expect(selection.message).toMatch(/^fields: unknown field "subjet", "texte"; the fields are id, chamber, /);
    expect(readFieldSelection("snippets", QUESTION_FIELDS).kind).toBe("invalid");
  });

  it("keeps the selected top-level fields in the object's order", () => {
    const selection = readFieldSelection("subject,id", QUESTION_FIELDS);
    expect(selectFields({ id: "5-8902", subject: { fr: "a", nl: "b" }, answer: null }, selection)).toEqual({ id: "5-8902", subject: { fr: "a", nl: "b" } });
    expect(Object.keys(selectFields({ id: 1, subject: 2, answer: 3 }, selection))).toEqual(["id", "subject"]);
    expect(selectFields({ id: 1 }, { kind: "all" })).toEqual({ id: 1 });
  });
});
