import { describe, expect, it } from "vitest";
import { statusSentence } from "./status-text";

describe("statusSentence", () => {
  it("says each status in each language, with its days", () => {
    const answered = { kind: "answered", answeredOn: "2014-02-17", days: 293, reminders: 0, isAfterLegislatureEnd: false } as const;
    expect(statusSentence(answered, "fr")).toBe("Répondu après 293 jours");
    expect(statusSentence(answered, "nl")).toBe("Beantwoord na 293 dagen");
    expect(statusSentence(answered, "en")).toBe("Answered after 293 days");
    expect(statusSentence({ kind: "reminded", days: 1, reminders: 1 }, "en")).toBe("Awaiting an answer for 1 day");
    expect(statusSentence({ kind: "awaiting", days: 12, reminders: 0 }, "fr")).toBe("En attente de réponse depuis 12 jours");
    expect(statusSentence({ kind: "lapsed", legislatureEndedOn: "2014-04-28", days: 363, reminders: 1 }, "fr")).toBe("Sans réponse à la fin de la législature le 28 avril 2014, 363 jours après la question");
  });

  it("a lapsed question says when its legislature ended, in each language", () => {
    const lapsed = { kind: "lapsed", legislatureEndedOn: "2010-05-07", days: 1, reminders: 0 } as const;
    expect(statusSentence(lapsed, "fr")).toBe("Sans réponse à la fin de la législature le 7 mai 2010, 1 jour après la question");
    expect(statusSentence(lapsed, "nl")).toBe("Onbeantwoord bij het einde van de zittingsperiode op 7 mei 2010, 1 dag na de vraag");
    expect(statusSentence(lapsed, "en")).toBe("Unanswered when the legislature ended on 7 May 2010, 1 day after it was asked");
  });

  it("a lapsed question without a known end day says so without days", () => {
    expect(statusSentence({ kind: "lapsed", legislatureEndedOn: null, days: null, reminders: 0 }, "nl")).toBe("Onbeantwoord bij het einde van de zittingsperiode");
  });
});
