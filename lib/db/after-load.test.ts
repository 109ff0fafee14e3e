import { describe, expect, it } from "vitest";
import { afterLoadWork } from "./after-load";

describe("what a load leaves to do", () => {
  it("is nothing when no document changed", () => {
    expect(afterLoadWork(0, 0)).toBe("none");
    expect(afterLoadWork(0, 1_000_000)).toBe("none");
  });

  it("is a VACUUM ANALYZE when the load wrote a tenth of the archive or more", () => {
    expect(afterLoadWork(1, 1)).toBe("vacuum-analyze");
    expect(afterLoadWork(20_000, 20_000)).toBe("vacuum-analyze");
    expect(afterLoadWork(10_000, 100_000)).toBe("vacuum-analyze");
  });

  it("is a merge of the index lists and an ANALYZE for a small load into a large archive", () => {
    expect(afterLoadWork(9_999, 100_000)).toBe("merge-and-analyze");
    expect(afterLoadWork(5_000, 1_000_000)).toBe("merge-and-analyze");
    expect(afterLoadWork(1, 1_000_000)).toBe("merge-and-analyze");
  });
});
