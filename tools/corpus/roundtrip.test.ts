/**
 * Synthetic documents through the real parser: whatever the generator states in
 * `expected` must come back out of lib/source/parse.ts unchanged. This guards both sides:
 * a layout slip in the generator, or a parser that mishandles a variant the generator
 * produces (sibling sets, unanswered questions, uneven answers, numbered and bulleted
 * paragraphs, "d'" authors, "aan het" addressees, "1er" dates).
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/source/parse";
import { documentRng, generateDocument, planCorpus } from "./generate";
import type { SyntheticQuestion } from "./layout";

/** The parser drops the addressee's preposition ("au ", "à la ", "aan de ", "aan het "). */
function withoutPreposition(line: string): string {
  return line.replace(/^(?:aux |au |à la |à l'|aan de |aan het )/, "");
}

/** The parser trims each paragraph line (the source indents bullets with two spaces). */
function trimmed(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => p.trim());
}

function expectedRecord(q: SyntheticQuestion) {
  return {
    id: q.id,
    chamber: "senate",
    legislature: q.legislature,
    number: q.number,
    session: q.session,
    askedOn: q.date,
    originalLanguage: q.originalLanguage,
    author: q.author,
    addressee: { fr: withoutPreposition(q.addressee.fr), nl: withoutPreposition(q.addressee.nl) },
    subject: { fr: q.subject.fr.join(" - "), nl: q.subject.nl.join(" - ") },
    descriptors: q.descriptors.fr.map((fr, i) => ({ fr, nl: q.descriptors.nl[i] })),
    events: q.events.map((e) => ({ date: e.date, kind: e.kind })),
    alsoAskedTo: [...q.siblings],
    question: { fr: trimmed(q.question.fr), nl: trimmed(q.question.nl) },
    answer: q.answer ? { receivedOn: q.answer.date, fr: trimmed(q.answer.fr), nl: trimmed(q.answer.nl) } : null,
  };
}

describe("synthetic documents round-trip through parseDocument", () => {
  // Two seeds so the sample is not tuned to one lucky stream.
  for (const seed of [1, 2024]) {
    it(`parses 200 documents of seed ${seed} back to what was generated`, () => {
      const plan = planCorpus({ count: 200, seed });
      const counts = { answered: 0, siblings: 0, uneven: 0 };
      for (let i = 0; i < plan.count; i++) {
        const doc = generateDocument(i, documentRng(plan, i), plan);
        const record = parseDocument(doc.text, doc.fileName);
        expect(record, doc.fileName).toEqual(expectedRecord(doc.expected));
        // Paragraph counts are the part most at risk (language split of the answer).
        expect(record.answer?.fr.length, doc.fileName).toBe(doc.expected.answer?.fr.length);
        expect(record.answer?.nl.length, doc.fileName).toBe(doc.expected.answer?.nl.length);
        if (doc.expected.answer) counts.answered++;
        if (doc.expected.siblings.length > 0) counts.siblings++;
        if (doc.expected.answer && doc.expected.answer.fr.length !== doc.expected.answer.nl.length) counts.uneven++;
      }
      // The sample must actually exercise the variants, or the test proves little.
      expect(counts.answered).toBeGreaterThan(100);
      expect(counts.answered).toBeLessThan(200);
      expect(counts.siblings).toBeGreaterThan(0);
    });
  }
});
