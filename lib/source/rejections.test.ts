/**
 * Bad input: each case asserts the exact message, because the message
 * (file, line, what is wrong) is what a person fixing the document sees.
 */
import { describe, expect, it } from "vitest";
import { messageFor, SEED_TEXT as SEED } from "../../tests/support/source";

const SEED_LINES = SEED.split("\n");

describe("parseDocument rejects", () => {
  it("an empty file", () => {
    expect(messageFor("", "empty.txt")).toBe("empty.txt: empty document");
    expect(messageFor(new Uint8Array(), "empty.txt")).toBe("empty.txt: empty document");
  });

  it("a file of blank lines", () => {
    expect(messageFor("\n  \n\u00a0\n")).toBe("doc.txt: empty document");
  });

  it("binary data with a NUL byte, naming its line", () => {
    expect(messageFor(new Uint8Array([0x53, 0x0a, 0x41, 0x00, 0x42]))).toBe("doc.txt:2: binary data: NUL byte");
  });

  it("invalid UTF-8", () => {
    expect(messageFor(new Uint8Array([0x53, 0xc3, 0x28, 0x0a]))).toBe("doc.txt: binary data: not valid UTF-8 text");
  });

  it("a document cut short after the descriptors", () => {
    const cut = SEED_LINES.slice(0, 26).join("\n");
    expect(messageFor(cut)).toBe('doc.txt: unexpected end of document: expected the timeline ("30/4/2013Verzending vraag")');
  });

  it("a document cut short after the timeline", () => {
    const cut = SEED_LINES.slice(0, 34).join("\n");
    expect(messageFor(cut)).toBe('doc.txt: unexpected end of document: expected the question header ("Question n° … du … : …")');
  });

  it("a document cut short in the headers", () => {
    const cut = SEED_LINES.slice(0, 11).join("\n");
    expect(messageFor(cut)).toBe(
      'doc.txt: unexpected end of document: expected the addressee header ("à la ministre de la Justice aan de minister van Justitie")',
    );
  });

  it("a missing question number header", () => {
    const withoutNumber = SEED_LINES.filter((_, index) => index !== 6).join("\n");
    expect(messageFor(withoutNumber)).toBe(
      'doc.txt:8: expected the question number header ("Question écrite n° 5-8902 Schriftelijke vraag nr. 5-8902"), found "de Martine Taelman (Open Vld)"',
    );
  });

  it("an impossible date in the timeline", () => {
    expect(messageFor(SEED.replace("30/4/2013Verzending vraag", "31/2/2013Verzending vraag"))).toBe('doc.txt:30: impossible date "31/2/2013"');
  });

  it("an impossible written date", () => {
    expect(messageFor(SEED.replace("30 avril 2013 30 april 2013", "31 février 2013 31 februari 2013"))).toBe(
      'doc.txt:5: impossible date "31 février 2013"',
    );
  });

  it("an unknown month name", () => {
    expect(messageFor(SEED.replace("30 avril 2013 30 april 2013", "30 avrill 2013 30 april 2013"))).toBe(
      'doc.txt:5: unknown French month "avrill" in "30 avrill 2013"',
    );
  });

  it("French and Dutch dates that disagree", () => {
    expect(messageFor(SEED.replace("30 avril 2013 30 april 2013", "30 avril 2013 29 april 2013"))).toBe(
      'doc.txt:5: French and Dutch dates differ: "2013-04-30" vs "2013-04-29"',
    );
  });

  it("an unknown timeline kind", () => {
    expect(messageFor(SEED.replace("18/12/2013Rappel", "18/12/2013Herinnering"))).toBe(
      'doc.txt:31: unknown timeline event "Herinnering" (expected "Verzending vraag", "Rappel" or "Antwoord")',
    );
  });

  it("timeline copies that disagree", () => {
    const changed = SEED.replace("18/12/2013Rappel\n17/2/2014Antwoord\n____", "19/12/2013Rappel\n17/2/2014Antwoord\n____");
    expect(messageFor(changed)).toBe(
      "doc.txt:34: the two copies of the timeline disagree: reminder on 2013-12-19 here, reminder on 2013-12-18 on line 31",
    );
  });

  it("an unplaceable line", () => {
    const extra = SEED.replace("________ ________\nQuestion n°", "Voir aussi la question 5-1234\n________ ________\nQuestion n°");
    expect(messageFor(extra)).toBe('doc.txt:73: cannot place this line between the timeline and the question: "Voir aussi la question 5-1234"');
  });

  it("another chamber", () => {
    expect(messageFor(SEED.replace("SÉNAT DE BELGIQUE BELGISCHE SENAAT", "CHAMBRE DES REPRÉSENTANTS BELGISCHE KAMER"))).toBe(
      'doc.txt:1: expected the Senate header ("SÉNAT DE BELGIQUE BELGISCHE SENAAT"), found "CHAMBRE DES REPRÉSENTANTS BELGISCHE KAMER"',
    );
  });

  it("an odd number of descriptor lines", () => {
    expect(messageFor(SEED.replace("sociale media\n", ""))).toBe(
      "doc.txt:19: odd number of descriptor lines (9): the French and Dutch lists must have the same length",
    );
  });

  it("a session that is not two consecutive years", () => {
    expect(messageFor(SEED.replace("Session 2012-2013 Zitting 2012-2013", "Session 2012-2014 Zitting 2012-2014"))).toBe(
      'doc.txt:3: session "2012-2014" does not span two consecutive years',
    );
  });

  it("a question header with another number than the title", () => {
    const changed = SEED.replace("Question n° 5-8902", "Question n° 5-8903").replace("Vraag nr. 5-8902", "Vraag nr. 5-8903");
    expect(messageFor(changed)).toBe("doc.txt:74: question number 5-8903 differs from 5-8902 in the title");
  });

  it("original languages that disagree", () => {
    expect(messageFor(SEED.replace("(Question posée en néerlandais)", "(Question posée en français)"))).toBe(
      'doc.txt:74: French and Dutch original languages differ: "fr" vs "nl"',
    );
  });

  it("a Dutch header line that does not follow its French line", () => {
    expect(messageFor(SEED.replace("van Martine Taelman", "Martine Taelman"))).toBe(
      'doc.txt:11: expected the Dutch half of the author header after line 9, found "Martine Taelman (Open Vld)"',
    );
  });

  it("a timeline answer without answer text", () => {
    expect(messageFor(SEED.slice(0, SEED.indexOf("Réponse reçue")))).toBe(
      "doc.txt:32: the timeline records an answer but the document has no answer text",
    );
  });

  it("an answer without its Dutch version", () => {
    expect(messageFor(SEED.slice(0, SEED.indexOf("1. De Federale")))).toBe(
      "doc.txt:103: cannot find where the Dutch version of the answer begins",
    );
  });

  it("a subject that cannot be split", () => {
    const oneWord = SEED.replace(/^Services publics fédéraux.*$/m, "Divers");
    expect(messageFor(oneWord)).toBe('doc.txt:17: cannot split the subject into French and Dutch: "Divers"');
  });
});
