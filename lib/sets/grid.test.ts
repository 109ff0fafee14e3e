import { describe, expect, it } from "vitest";
import { excerpt, parseSetSort, setKey, sortSetMembers, toSetMembers } from "./grid";
import type { SetMemberRow } from "./sql/set-members";

const row = (id: string, fields: Partial<SetMemberRow> = {}): SetMemberRow => ({
  id, legislature: null, asked_on: null, answered_on: null, reminder_count: null, title_fr: null, title_nl: null, answer_fr: null, answer_nl: null, ...fields,
});
const held = (id: string, answeredOn: string | null, reminders = 0): SetMemberRow =>
  row(id, { legislature: 8, asked_on: "2025-01-01", answered_on: answeredOn, reminder_count: reminders, title_fr: "ministre", title_nl: "minister", answer_fr: answeredOn ? ["Réponse."] : null, answer_nl: answeredOn ? ["Antwoord."] : null });

describe("sibling set grid", () => {
  const members = toSetMembers([row("8-13"), held("8-12", "2025-01-31"), held("8-11", null, 2), held("8-10", "2025-01-11")], "8-12", "2025-03-01");

  it("reads statuses and delays as of a day", () => {
    expect(members.map((member) => (member.isInArchive ? [member.id, member.status.kind, member.status.days] : [member.id, null, null]))).toEqual([
      ["8-13", null, null],
      ["8-12", "answered", 30],
      ["8-11", "reminded", 59],
      ["8-10", "answered", 10],
    ]);
    expect(members.find((member) => member.isCurrent)?.id).toBe("8-12");
  });

  it("sorts by number, and by delay either way with unknown delays last", () => {
    expect(sortSetMembers(members, "number").map((member) => member.id)).toEqual(["8-10", "8-11", "8-12", "8-13"]);
    expect(sortSetMembers(members, "delay-desc").map((member) => member.id)).toEqual(["8-11", "8-12", "8-10", "8-13"]);
    expect(sortSetMembers(members, "delay-asc").map((member) => member.id)).toEqual(["8-10", "8-12", "8-11", "8-13"]);
  });

  it("falls back to the number order for a bad sort", () => {
    expect(parseSetSort("delay-desc")).toBe("delay-desc");
    expect(parseSetSort("'; DROP TABLE")).toBe("number");
    expect(parseSetSort(undefined)).toBe("number");
    expect(parseSetSort(["delay-asc", "x"])).toBe("delay-asc");
  });

  it("cuts an answer at a word, with an ellipsis", () => {
    expect(excerpt(["Short."])).toBe("Short.");
    expect(excerpt(["one two three four five six"], 12)).toBe("one two…");
  });

  it("keys a set by its lowest number, the same from every member", () => {
    expect(setKey("5-8902", ["5-8900", "5-8901", "5-8903"])).toBe("5-8900");
    expect(setKey("5-8900", ["5-8902", "5-8901"])).toBe("5-8900");
    expect(setKey("5-10", ["5-9"])).toBe("5-9");
    expect(setKey("5-42", [])).toBe("5-42");
  });
});
