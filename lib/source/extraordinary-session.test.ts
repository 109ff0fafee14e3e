/**
 * Questions asked during an extraordinary session (after elections, until the ordinary session
 * opens in October): hand-written documents in the export's layout, the header on one line and
 * on two, parsed field for field.
 */
import { describe, expect, it } from "vitest";
import { messageFor, parseFixture, SEED_TEXT } from "../../tests/support/source";
import { parseDocument } from "./parse";

function withSessionHeader(header: string): string {
  return SEED_TEXT.replace("Session 2012-2013 Zitting 2012-2013", header);
}

describe("extraordinary sessions", () => {
  it("reads 'Session extraordinaire 2010 Buitengewone zitting 2010' on one line, with an answer from the next ordinary session", () => {
    expect(parseFixture("reader/5-42_extraordinary-session-2010_one-line.txt")).toEqual({
      id: "5-42",
      chamber: "senate",
      legislature: 5,
      number: 42,
      session: "2010",
      askedOn: "2010-08-26",
      originalLanguage: "nl",
      author: { name: "Bart Tommelein", party: "Open Vld" },
      addressee: { fr: "ministre de l'Intérieur", nl: "minister van Binnenlandse Zaken" },
      subject: { fr: "Police fédérale - Recrutement - Inspecteurs", nl: "Federale politie - Rekrutering - Inspecteurs" },
      descriptors: [
        { fr: "police", nl: "politie" },
        { fr: "recrutement", nl: "aanwerving" },
      ],
      events: [
        { date: "2010-08-26", kind: "sent" },
        { date: "2010-11-04", kind: "answer" },
      ],
      alsoAskedTo: ["5-43"],
      question: {
        fr: ["Combien d'inspecteurs de police la police fédérale a-t-elle recrutés au premier semestre de 2010 ?"],
        nl: ["Hoeveel politie-inspecteurs heeft de federale politie in het eerste semester van 2010 aangeworven?"],
      },
      answer: {
        receivedOn: "2010-11-04",
        fr: ["Au premier semestre de 2010, la police fédérale a recruté 412 inspecteurs."],
        nl: ["In het eerste semester van 2010 heeft de federale politie 412 inspecteurs aangeworven."],
      },
    });
  });

  it("reads the header on two lines ('Session extraordinaire 2007', 'Buitengewone zitting 2007'), question unanswered", () => {
    expect(parseFixture("reader/4-17_extraordinary-session-2007_consecutive-lines.txt")).toEqual({
      id: "4-17",
      chamber: "senate",
      legislature: 4,
      number: 17,
      session: "2007",
      askedOn: "2007-08-23",
      originalLanguage: "fr",
      author: { name: "Christine Defraigne", party: "MR" },
      addressee: { fr: "ministre de la Justice", nl: "minister van Justitie" },
      subject: { fr: "Tribunaux - Arriéré judiciaire", nl: "Rechtbanken - Gerechtelijke achterstand" },
      descriptors: [{ fr: "arriéré judiciaire", nl: "gerechtelijke achterstand" }],
      events: [{ date: "2007-08-23", kind: "sent" }],
      alsoAskedTo: [],
      question: {
        fr: ["Quel est l'arriéré judiciaire des cours d'appel au 30 juin 2007 ?"],
        nl: ["Hoe groot is de gerechtelijke achterstand van de hoven van beroep op 30 juni 2007?"],
      },
      answer: null,
    });
  });

  it("accepts the spellings of the Senate's annals: capital Zitting, 'Session ordinaire' / 'Gewone zitting'", () => {
    expect(parseDocument(withSessionHeader("Session extraordinaire 2019 Buitengewone Zitting 2019"), "doc.txt").session).toBe("2019");
    expect(parseDocument(withSessionHeader("Session ordinaire 2012-2013 Gewone zitting 2012-2013"), "doc.txt").session).toBe("2012-2013");
  });

  it("keeps an extraordinary session over two years (elections late in the year) apart from the ordinary one", () => {
    const text = withSessionHeader("Session extraordinaire 1991-1992 Buitengewone zitting 1991-1992");
    expect(parseDocument(text, "doc.txt").session).toBe("1991-1992E");
  });

  it("refuses French and Dutch halves that disagree on the kind of session", () => {
    expect(messageFor(withSessionHeader("Session extraordinaire 2010 Zitting 2010"))).toBe(
      'doc.txt:3: French and Dutch sessions differ: "extraordinary 2010" vs "2010"',
    );
    expect(messageFor(withSessionHeader("Session extraordinaire 2010\n\nBuitengewone zitting 2011"))).toBe(
      'doc.txt:3: French and Dutch sessions differ: "extraordinary 2010" vs "extraordinary 2011"',
    );
  });

  it("refuses an ordinary session of one year and an extraordinary one over non-consecutive years", () => {
    expect(messageFor(withSessionHeader("Session 2010 Zitting 2010"))).toBe('doc.txt:3: an ordinary session spans two consecutive years, not "2010" alone');
    expect(messageFor(withSessionHeader("Session extraordinaire 2010-2012 Buitengewone zitting 2010-2012"))).toBe(
      'doc.txt:3: session "2010-2012" does not span two consecutive years',
    );
  });
});
