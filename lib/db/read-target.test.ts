import { describe, expect, it } from "vitest";
import { readTarget } from "./read-target";

const primary = "postgresql://app@db-primary/archive";
const replica = "postgresql://app@db-replica/archive";

describe("readTarget", () => {
  it("reads from the replica when there is one", () => {
    expect(readTarget({ DATABASE_URL: primary, DATABASE_REPLICA_URL: replica })).toEqual({ url: replica, kind: "replica" });
  });

  it("reads from the primary otherwise", () => {
    expect(readTarget({ DATABASE_URL: primary, DATABASE_REPLICA_URL: undefined })).toEqual({ url: primary, kind: "primary" });
  });

  it("has nothing to read from without a server", () => {
    expect(readTarget({ DATABASE_URL: undefined, DATABASE_REPLICA_URL: undefined })).toBeNull();
  });
});
