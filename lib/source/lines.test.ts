import { describe, expect, it } from "vitest";
import { SourceError } from "./errors";
import { decodeDocument, splitLines } from "./lines";

describe("decodeDocument", () => {
  it("drops a byte order mark", () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "a.txt")).toBe("A");
    expect(decodeDocument("\uFEFFA", "a.txt")).toBe("A");
  });

  it("rejects invalid UTF-8 and NUL bytes", () => {
    expect(() => decodeDocument(new Uint8Array([0xff]), "a.txt")).toThrow(new SourceError("a.txt", undefined, "binary data: not valid UTF-8 text"));
    expect(() => decodeDocument("a\nb\nc\u0000", "a.txt")).toThrow(new SourceError("a.txt", 3, "binary data: NUL byte"));
  });
});

describe("splitLines", () => {
  it("numbers lines from 1 across LF, CRLF and CR", () => {
    expect(splitLines("a\r\nb\nc\rd").map((line) => [line.number, line.text])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
    ]);
  });

  it("trims ordinary and no-break spaces at the ends but keeps inner ones", () => {
    expect(splitLines("  • 1\u00a0565 likes\u00a0 \t")[0]?.text).toBe("• 1\u00a0565 likes");
  });

  it("classifies blank, no-break-space-only, rule and text lines", () => {
    expect(splitLines(" \n\u00a0 \n________ ________\n__\nmot").map((line) => line.kind)).toEqual(["blank", "nbsp", "rule", "rule", "text"]);
  });
});
