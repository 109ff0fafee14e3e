import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseFile } from "./read";

describe("parseFile", () => {
  it("parses a document from disk", async () => {
    const path = fileURLToPath(new URL("../../tests/fixtures/source/4-1234_french_no-answer.txt", import.meta.url));
    await expect(parseFile(path)).resolves.toMatchObject({ id: "4-1234", answer: null });
  });

  it("reports a missing file as a SourceError", async () => {
    await expect(parseFile("no/such/file.txt")).rejects.toThrow("no/such/file.txt: cannot read file (ENOENT)");
  });
});
