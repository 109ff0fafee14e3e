/** Helpers for the parser's tests: test documents by name, and the message a bad one gets. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { SourceError } from "@/lib/source/errors";
import { parseDocument } from "@/lib/source/parse";
import type { QuestionRecord } from "@/lib/source/record";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A test document from tests/fixtures ("source/4-1234_french_no-answer.txt"), parsed. */
export function parseFixture(name: string): QuestionRecord {
  const file = `tests/fixtures/${name}`;
  return parseDocument(readFileSync(path.join(ROOT, file)), file);
}

/** The seed document's text (the real Senate question 5-8902), to derive bad variants from. */
export const SEED_TEXT = new TextDecoder().decode(readFileSync(path.join(ROOT, "seeds/000_dc0ab1c61fd4920e.txt")));

/** The SourceError message the parser gives a document; fails the test if it parses. */
export function messageFor(input: string | Uint8Array, file = "doc.txt"): string {
  try {
    parseDocument(input, file);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).message;
  }
  throw new Error("expected parseDocument to throw");
}
