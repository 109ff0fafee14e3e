/**
 * Phrases are checked on the words' positions, first in the small head vector (subject and
 * descriptors, kept in the row) and only then in the full vector (lib/search/sql/filters.ts,
 * migration 20261204190000_question_head_inline). Whichever holds the phrase, the question is
 * found; a question holding the words apart is not; the one whose subject holds the phrase ranks
 * first; and the head vectors are stored in the row, not out of line.
 */
import { describe, expect, it } from "vitest";
import { searchQuestions } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/parse-params";
import { databaseTargets } from "../support/databases";
import { editedArchive, renumbered } from "../support/edited-documents";

const SUBJECT_FR = "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux";
const SUBJECT_NL = "Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media";

const withSubject = (text: string, fr: string, nl: string) => text.replace(SUBJECT_FR, fr).replace(SUBJECT_NL, nl);

describe.each(databaseTargets())("phrases in the subject and in the text on $name", ({ create }) => {
  const archive = editedArchive(create, {
      // The phrase in the subject only.
      subject: (original) =>
        withSubject(renumbered(original, "5-9101"), "Tarifs ferroviaires transfrontaliers - Communication avec les citoyens",
          "Grensoverschrijdende spoortarieven - Communicatie met burgers"),
      // The phrase in the text only.
      text: (original) =>
        renumbered(original, "5-9102")
          .replace("Twitter est un outil destiné", "Les tarifs ferroviaires transfrontaliers augmentent. Twitter est un outil destiné")
          .replace("Twitter is veeleer gericht", "De grensoverschrijdende spoortarieven stijgen. Twitter is veeleer gericht"),
      // The words, apart, in the subject.
      apart: (original) =>
        withSubject(renumbered(original, "5-9103"), "Tarifs des trains transfrontaliers - Communication avec les citoyens",
          "Spoortarieven van grensoverschrijdende treinen - Communicatie met burgers"),
  });

  async function idsFor(q: string): Promise<string[]> {
    const outcome = await searchQuestions({ ...parseSearchParams({ q }), db: archive.db });
    if (outcome.kind !== "results") throw new Error(`expected results for ${q}, got ${outcome.kind}`);
    expect(outcome.total).toBe(outcome.hits.length);
    return outcome.hits.map((hit) => hit.record.id);
  }

  it.each(['"tarifs ferroviaires transfrontaliers"', '"grensoverschrijdende spoortarieven"'])(
    "finds %s in a subject and in a text, the subject first",
    async (q) => {
      expect(await idsFor(q)).toEqual(["5-9101", "5-9102"]);
    },
  );

  it("finds the words without quotes wherever they are, apart too", async () => {
    expect((await idsFor("tarifs transfrontaliers")).sort()).toEqual(["5-9101", "5-9102", "5-9103"]);
  });

  it.each(['"tarifs transfrontaliers"', '"transfrontaliers ferroviaires"', '"spoortarieven grensoverschrijdende"'])(
    "finds nothing for %s, whose words are never in that order",
    async (q) => {
      expect(await idsFor(q)).toEqual([]);
    },
  );

  it("keeps the head vectors, subjects, source path and content hash in the row (storage main)", async () => {
    const { rows } = await archive.pool.query<{ attname: string; attstorage: string }>(
      `SELECT attname, attstorage FROM pg_attribute
       WHERE attrelid = 'question'::regclass AND attname = ANY($1::text[]) ORDER BY attname`,
      [["content_hash", "search_head_fr", "search_head_nl", "source_file", "subject_fr", "subject_nl"]],
    );
    expect(rows).toEqual(["content_hash", "search_head_fr", "search_head_nl", "source_file", "subject_fr", "subject_nl"]
      .map((attname) => ({ attname, attstorage: "m" })));
  });
});
