/**
 * Generator checks that need no parser: determinism, the exact header layout of a known
 * document, and the corpus-level distributions the search benchmark relies on.
 */
import { describe, expect, it } from "vitest";
import { documentRng, generateCorpus, generateDocument, planCorpus, type GeneratedDocument } from "./generate";
import { ADDRESSEES, AUTHORS, TOPICS, queryTerms } from "./vocabulary";
import { AliasTable, Rng, zipfWeights } from "./random";

function corpus(count: number, seed: number | string): GeneratedDocument[] {
  return [...generateCorpus({ count, seed })];
}

describe("determinism", () => {
  it("same seed gives identical text; another seed gives different text", () => {
    const a = corpus(50, 7).map((d) => d.text);
    const b = corpus(50, 7).map((d) => d.text);
    const c = corpus(50, 8).map((d) => d.text);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c[0]).not.toBe(a[0]);
  });

  it("a document does not depend on generation order", () => {
    const plan = planCorpus({ count: 300, seed: "order" });
    const inOrder = [...generateCorpus(plan)];
    for (const i of [299, 0, 150, 17]) {
      expect(generateDocument(i, documentRng(plan, i), plan).text).toBe(inOrder[i]?.text);
    }
  });

  it("numeric and string seeds agree", () => {
    expect(corpus(3, "42").map((d) => d.text)).toEqual(corpus(3, 42).map((d) => d.text));
  });
});

describe("layout", () => {
  it("renders the exact header lines of document 1 for seed 1", () => {
    const [doc] = corpus(1, 1);
    expect(doc?.fileName).toBe("synthetic_91-1.txt");
    const q = doc!.expected;
    const author = `${q.author.name} (${q.author.party})`;
    const lines = doc!.text.split("\n");
    expect(lines.slice(0, 18)).toEqual([
      "SÉNAT DE BELGIQUE BELGISCHE SENAAT",
      "________________",
      "Session 2014-2015 Zitting 2014-2015",
      "________________",
      "15 octobre 2014 15 oktober 2014",
      "________________",
      "Question écrite n° 91-1 Schriftelijke vraag nr. 91-1",
      "",
      /^[AEIOUY]/.test(author) ? `d'${author}` : `de ${author}`,
      "",
      `van ${author}`,
      "",
      q.addressee.fr,
      "",
      q.addressee.nl,
      "________________",
      `${q.subject.fr.join(" - ")} ${q.subject.nl.join(" - ")}\u00a0`,
      "________________",
    ]);
    // Pin the drawn values too, so an accidental change of the random streams is noticed.
    expect(lines[8]).toBe("de Sabelle Quib-Ulzozé (Synth-A)");
    expect(lines[12]).toBe("à la vice-première ministre et ministre de la Fonction publique");
    expect(lines[14]).toBe("aan de vice-eersteminister en minister van Ambtenarenzaken");
  });

  it("prints the register, question and answer blocks like the source", () => {
    const docs = corpus(400, 3);
    const doc = docs.find((d) => d.expected.siblings.length > 0 && d.expected.answer && d.expected.events.length > 2);
    expect(doc).toBeDefined();
    const q = doc!.expected;
    const lines = doc!.text.split("\n");
    const afterDescriptors = lines.indexOf("________ ________");
    // French descriptors, then Dutch ones, directly under the subject rule.
    expect(lines.slice(afterDescriptors - q.descriptors.fr.length * 2, afterDescriptors)).toEqual([...q.descriptors.fr, ...q.descriptors.nl]);
    const timeline = q.events.map((e) => `${e.date.slice(8).replace(/^0/, "")}/${e.date.slice(5, 7).replace(/^0/, "")}/${e.date.slice(0, 4)}${{ sent: "Verzending vraag", reminder: "Rappel", answer: "Antwoord" }[e.kind]}`);
    const also = q.siblings.map((id) => `Ook gesteld aan : schriftelijke vraag ${id}`);
    const n = timeline.length;
    const m = also.length;
    expect(lines.slice(afterDescriptors + 1, afterDescriptors + 1 + 2 * n + 1 + 2 * m + 1)).toEqual([
      ...timeline,
      ...timeline,
      "________ ________",
      ...also,
      ...also,
      "________ ________",
    ]);
    // Exactly two no-break-space marker lines, then the answer header with no blank line before it.
    const markers = lines.flatMap((l, i) => (l === "\u00a0" ? [i] : []));
    expect(markers).toHaveLength(2);
    expect(lines[markers[1]! + 1]).toMatch(/^Réponse reçue le .+ : Antwoord ontvangen op .+ :$/);
    expect(doc!.text.endsWith("\n")).toBe(false);
  });

  it("uses d' before vowel-initial author names and 1er for the first of the month", () => {
    const docs = corpus(3000, 11);
    expect(docs.some((d) => d.text.split("\n")[8]?.startsWith("d'"))).toBe(true);
    expect(docs.some((d) => /^1er \S+ \d{4} 1 \S+ \d{4}$/.test(d.text.split("\n")[4] ?? ""))).toBe(true);
  });
});

describe("distributions (2,000 documents)", () => {
  const docs = corpus(2000, 1);

  it("leaves 15–25% unanswered", () => {
    const share = docs.filter((d) => d.expected.answer === null).length / docs.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it("has sibling sets whose members all exist and list each other", () => {
    const byId = new Map(docs.map((d) => [d.expected.id, d.expected]));
    const withSiblings = docs.filter((d) => d.expected.siblings.length > 0);
    expect(withSiblings.length).toBeGreaterThan(0);
    expect(withSiblings.length / docs.length).toBeLessThan(0.3);
    for (const d of withSiblings) {
      const set = [d.expected.id, ...d.expected.siblings].sort();
      for (const id of d.expected.siblings) {
        const other = byId.get(id);
        expect(other, id).toBeDefined();
        expect([other!.id, ...other!.siblings].sort()).toEqual(set);
        expect(other!.subject).toEqual(d.expected.subject);
        expect(other!.addressee).not.toEqual(d.expected.addressee);
      }
    }
  });

  it("varies structure: reminders, answer lengths, languages, subjects, descriptors", () => {
    const reminders = docs.map((d) => d.expected.events.filter((e) => e.kind === "reminder").length);
    expect(Math.max(...reminders)).toBe(3);
    const answered = docs.flatMap((d) => (d.expected.answer ? [d.expected.answer] : []));
    const lengths = answered.map((a) => a.fr.length);
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBeGreaterThan(30);
    expect(answered.some((a) => a.fr.length !== a.nl.length)).toBe(true);
    expect(answered.some((a) => a.fr.some((p) => p.startsWith("  • ")))).toBe(true);
    expect(answered.some((a) => a.fr.some((p) => /^\d+\. a\. /.test(p)))).toBe(true);
    const french = docs.filter((d) => d.expected.originalLanguage === "fr").length / docs.length;
    expect(french).toBeGreaterThan(0.3);
    expect(french).toBeLessThan(0.5);
    const segments = new Set(docs.map((d) => d.expected.subject.fr.length));
    expect([...segments].sort()).toEqual([1, 2, 3, 4]);
    const descriptors = docs.map((d) => d.expected.descriptors.fr.length);
    expect(Math.min(...descriptors)).toBe(1);
    expect(Math.max(...descriptors)).toBe(8);
    expect(new Set(docs.map((d) => d.expected.author.name)).size).toBeGreaterThan(200);
    expect(new Set(docs.map((d) => d.expected.addressee.fr)).size).toBeGreaterThan(30);
    const years = new Set(docs.map((d) => d.expected.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
  });

  it("has common words in more than 10% of documents and rare ones in few", () => {
    const docFrequency = (word: string): number => {
      const re = new RegExp(`(^|[\\s(])${word}(?=[\\s.,?:)]|$)`, "u");
      return docs.filter((d) => re.test(d.text)).length / docs.length;
    };
    for (const lang of ["fr", "nl"] as const) {
      for (const word of queryTerms(lang, "common", 10)) expect(docFrequency(word), word).toBeGreaterThan(0.1);
      const rare = queryTerms(lang, "rare", 20).map(docFrequency);
      expect(Math.max(...rare)).toBeLessThan(0.01);
    }
  });

  it("keeps dates increasing with the question number and reminders between sent and answer", () => {
    let previous = "";
    for (const d of docs) {
      expect(d.expected.date >= previous).toBe(true);
      previous = d.expected.date;
      const dates = d.expected.events.map((e) => e.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(d.expected.events[0]?.kind).toBe("sent");
    }
  });
});

describe("vocabulary", () => {
  it("has at least 150 topic pairs with distinct French and Dutch forms", () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(150);
    const fr = new Set(TOPICS.map((t) => t.fr));
    const nl = new Set(TOPICS.map((t) => t.nl));
    expect(fr.size).toBe(TOPICS.length);
    expect(nl.size).toBe(TOPICS.length);
    for (const t of TOPICS) expect(nl.has(t.fr), t.fr).toBe(false);
  });

  it("has several hundred synthetic authors and ~40 addressees", () => {
    expect(AUTHORS.length).toBeGreaterThanOrEqual(300);
    expect(AUTHORS.every((a) => a.party.startsWith("Synth-"))).toBe(true);
    expect(ADDRESSEES).toHaveLength(40);
    expect(ADDRESSEES.every((a) => /^(au|à la|à l'|aux) /.test(a.fr) && /^aan (de|het) /.test(a.nl))).toBe(true);
  });

  it("samples Zipf ranks in proportion to 1/rank^s", () => {
    const table = new AliasTable(zipfWeights(100, 1.07));
    const rng = new Rng(1);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 200_000; i++) counts[table.sample(rng)]! += 1;
    // rank 1 vs rank 10: expected ratio 10^1.07 ≈ 11.7
    expect(counts[0]! / counts[9]!).toBeGreaterThan(10.5);
    expect(counts[0]! / counts[9]!).toBeLessThan(13);
  });
});
