import { describe, expect, it } from "vitest";
import { compareSchema } from "./schema-status";

const build = {
  versioned: [
    { name: "20250101000000_init", checksum: "a1" },
    { name: "20250201000000_search", checksum: "b1" },
  ],
  repeatable: [
    { name: "archive_upsert.sql", checksum: "f1" },
    { name: "question_record.sql", checksum: "v1" },
  ],
};

describe("compareSchema", () => {
  it("is current when every migration and function file of the build is applied as shipped", () => {
    expect(compareSchema(build, { versioned: build.versioned, repeatable: build.repeatable })).toEqual({
      isCurrent: true,
      pending: [],
      changed: [],
      unknown: [],
    });
  });

  it("is behind when a migration or a function file is missing", () => {
    const result = compareSchema(build, { versioned: build.versioned.slice(0, 1), repeatable: build.repeatable.slice(1) });
    expect(result.isCurrent).toBe(false);
    expect(result.pending).toEqual(["migrations/20250201000000_search", "functions/archive_upsert.sql"]);
  });

  it("is not current when a function file was applied in another version", () => {
    const result = compareSchema(build, {
      versioned: build.versioned,
      repeatable: [{ name: "archive_upsert.sql", checksum: "f2" }, build.repeatable[1]!],
    });
    expect(result).toMatchObject({ isCurrent: false, pending: [], changed: ["functions/archive_upsert.sql"] });
  });

  it("stays current when a newer build has added migrations, and lists them", () => {
    const result = compareSchema(build, {
      versioned: [...build.versioned, { name: "20250301000000_more", checksum: "c1" }],
      repeatable: build.repeatable,
    });
    expect(result).toEqual({ isCurrent: true, pending: [], changed: [], unknown: ["migrations/20250301000000_more"] });
  });
});
