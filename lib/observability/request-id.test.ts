import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

const fresh = () => "fresh-id-0001";

describe("requestIdFrom", () => {
  it("keeps the id the proxy in front sent", () => {
    expect(requestIdFrom("5f0c6e0d9a1b4c2e8f7a6b5c4d3e2f1a", fresh)).toBe("5f0c6e0d9a1b4c2e8f7a6b5c4d3e2f1a");
    expect(requestIdFrom(["edge-1234:abcd", "other-0000"], fresh)).toBe("edge-1234:abcd");
  });

  it("makes a new one when there is none, or when it could carry anything into logs and headers", () => {
    expect(requestIdFrom(undefined, fresh)).toBe("fresh-id-0001");
    expect(requestIdFrom("", fresh)).toBe("fresh-id-0001");
    expect(requestIdFrom("short", fresh)).toBe("fresh-id-0001");
    expect(requestIdFrom("abc\r\nSet-Cookie: x=1", fresh)).toBe("fresh-id-0001");
    expect(requestIdFrom('"}{"level":60', fresh)).toBe("fresh-id-0001");
    expect(requestIdFrom("a".repeat(129), fresh)).toBe("fresh-id-0001");
  });

  it("makes random ids by default", () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
