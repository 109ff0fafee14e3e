import { describe, expect, it } from "vitest";
import { questionStatus, reminderCount } from "./status";

describe("questionStatus, with fixed dates for each state", () => {
  it("answered: 5-8902, asked 30 April 2013, answered 17 February 2014 after one reminder", () => {
    expect(questionStatus({ legislature: 5, askedOn: "2013-04-30", answeredOn: "2014-02-17", reminders: 1 }, "2026-01-01")).toEqual({
      kind: "answered",
      answeredOn: "2014-02-17",
      days: 293,
      reminders: 1,
      isAfterLegislatureEnd: false,
    });
  });

  it("awaiting in the current legislature: counted to today", () => {
    expect(questionStatus({ legislature: 8, askedOn: "2025-01-15", answeredOn: null, reminders: 0 }, "2025-06-01")).toEqual({
      kind: "awaiting",
      days: 137,
      reminders: 0,
    });
  });

  it("reminded: awaiting in the current legislature after reminders", () => {
    expect(questionStatus({ legislature: 8, askedOn: "2025-01-15", answeredOn: null, reminders: 2 }, "2025-06-01")).toEqual({
      kind: "reminded",
      days: 137,
      reminders: 2,
    });
  });

  it("lapsed: a 2009 question never answered is counted to the dissolution of 7 May 2010, not to today", () => {
    const status = { kind: "lapsed", legislatureEndedOn: "2010-05-07", days: 432, reminders: 0 };
    expect(questionStatus({ legislature: 4, askedOn: "2009-03-01", answeredOn: null, reminders: 0 }, "2026-01-01")).toEqual(status);
    expect(questionStatus({ legislature: 4, askedOn: "2009-03-01", answeredOn: null, reminders: 0 }, "2011-01-01")).toEqual(status);
  });

  it("lapsed: 5-8900, asked 30 April 2013, still unanswered when the Chambers were dissolved on 28 April 2014", () => {
    expect(questionStatus({ legislature: 5, askedOn: "2013-04-30", answeredOn: null, reminders: 1 }, "2026-01-01")).toEqual({
      kind: "lapsed",
      legislatureEndedOn: "2014-04-28",
      days: 363,
      reminders: 1,
    });
  });

  it("asked near a legislature's end and answered after it: answered, after 57 days, and marked as after the end", () => {
    expect(questionStatus({ legislature: 4, askedOn: "2010-04-22", answeredOn: "2010-06-18", reminders: 0 }, "2026-01-01")).toEqual({
      kind: "answered",
      answeredOn: "2010-06-18",
      days: 57,
      reminders: 0,
      isAfterLegislatureEnd: true,
    });
  });

  it("asked near a legislature's end and never answered: awaiting until the dissolution day, lapsed from it", () => {
    const question = { legislature: 4, askedOn: "2010-04-22", answeredOn: null, reminders: 0 };
    expect(questionStatus(question, "2010-05-06")).toEqual({ kind: "awaiting", days: 14, reminders: 0 });
    expect(questionStatus(question, "2010-05-07")).toEqual({ kind: "lapsed", legislatureEndedOn: "2010-05-07", days: 15, reminders: 0 });
  });

  it("lapsed without a count of days when the day of the dissolution is not established (legislature 1)", () => {
    expect(questionStatus({ legislature: 1, askedOn: "1998-11-10", answeredOn: null, reminders: 0 }, "2026-01-01")).toEqual({
      kind: "lapsed",
      legislatureEndedOn: null,
      days: null,
      reminders: 0,
    });
  });

  it("takes a legislature the list does not hold (the synthetic corpus's 91) to be running", () => {
    expect(questionStatus({ legislature: 91, askedOn: "2013-04-30", answeredOn: null, reminders: 0 }, "2013-05-10")).toEqual({
      kind: "awaiting",
      days: 10,
      reminders: 0,
    });
  });

  it("never shows a negative wait when today lags behind the data", () => {
    expect(questionStatus({ legislature: 8, askedOn: "2025-01-15", answeredOn: null, reminders: 0 }, "2025-01-14")).toEqual({
      kind: "awaiting",
      days: 0,
      reminders: 0,
    });
  });
});

describe("reminderCount", () => {
  it("counts the reminder events of a timeline", () => {
    expect(reminderCount([{ kind: "sent" }, { kind: "reminder" }, { kind: "reminder" }, { kind: "answer" }])).toBe(2);
    expect(reminderCount([{ kind: "sent" }])).toBe(0);
  });
});
