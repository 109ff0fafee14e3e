import { describe, expect, it } from "vitest";
import { SourceError } from "./errors";

describe("SourceError", () => {
  it("formats file:line: reason", () => {
    const error = new SourceError("doc.txt", 12, "impossible date");
    expect(error.message).toBe("doc.txt:12: impossible date");
    expect([error.file, error.line, error.reason]).toEqual(["doc.txt", 12, "impossible date"]);
    expect(error).toBeInstanceOf(Error);
  });

  it("formats file: reason without a line", () => {
    expect(new SourceError("doc.txt", undefined, "empty document").message).toBe("doc.txt: empty document");
  });
});
