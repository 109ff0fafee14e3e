/**
 * Words with a hyphen before digits ("covid-19", "2013-2014", "COVID-19-pandemie"): PostgreSQL's
 * parser reads "-19" as a signed integer, so the vectors hold "covid" and "-19", and a search
 * typed as the document writes it must ask for the same tokens at the same places, in a phrase
 * and after other words. A number typed alone also finds it written after a hyphen ("2014" in
 * "2013-2014", "covid 19" for "covid-19"). Letters and digits in one word ("Énergie2050", "3ème")
 * are found with or without their accents. A number that differs finds nothing.
 */
import { describe, expect, it } from "vitest";
import { searchQuestions } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/parse-params";
import { databaseTargets } from "../support/databases";
import { editedArchive } from "../support/edited-documents";


describe.each(databaseTargets())("numbers after a hyphen on $name", ({ create }) => {
  const archive = editedArchive(create, {
    edited: (original) => {
      const edited = original
        .replace("Twitter est un outil destiné", "Pendant la crise covid-19 et le budget 2013-2014, pour la 3ème phase du plan Énergie2050, Twitter est un outil destiné")
        .replace("Twitter is veeleer gericht", "Tijdens de COVID-19-pandemie en het plan België2030 is Twitter veeleer gericht");
      expect(edited.match(/covid-19|2013-2014|3ème|Énergie2050|België2030/gi)).toHaveLength(6);
      return edited;
    },
  });

  async function idsFor(q: string): Promise<string[]> {
    const outcome = await searchQuestions({ ...parseSearchParams({ q }), db: archive.db });
    if (outcome.kind !== "results") throw new Error(`expected results for ${q}, got ${outcome.kind}`);
    return outcome.hits.map((hit) => hit.record.id);
  }

  it.each([
    "covid-19",
    '"la crise covid-19"',
    '"crise covid-19 et le budget"',
    "2013-2014",
    '"budget 2013-2014"',
    "COVID-19-pandemie",
    '"de COVID-19-pandemie"',
  ])("finds %s as the document writes it", async (q) => {
    expect(await idsFor(q)).toEqual(["5-8902"]);
  });

  it.each(["2014", "2013", '"covid 19"', '"budget 2013 2014"', '"COVID 19 pandemie"'])("finds %s, a number typed alone, written after a hyphen too", async (q) => {
    expect(await idsFor(q)).toEqual(["5-8902"]);
  });

  // PostgreSQL's parser reads a word of letters and digits as one token ("numword"), which the
  // search configurations map to a dictionary of its own: its accents must be dropped as a
  // word's are, or the word is found only when typed with them, and the query folds them away.
  it.each(["Énergie2050", "energie2050", "ENERGIE2050", '"plan énergie2050"', "3ème", "3eme", '"la 3eme phase"', "België2030", "belgie2030", '"plan belgie2030"'])(
    "finds %s, letters and digits in one word, with or without its accents",
    async (q) => {
      expect(await idsFor(q)).toEqual(["5-8902"]);
    },
  );

  it.each(["covid-20", '"la crise covid-20"', "2013-2015", '"budget 2013-2015"', "2015", '"covid 20"'])("finds nothing for %s", async (q) => {
    expect(await idsFor(q)).toEqual([]);
  });
});
