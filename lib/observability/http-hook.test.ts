import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instrumentHttpServers } from "./http-hook";
import { metrics } from "./metrics";

process.env.LOG_LEVEL = "silent";

let server: http.Server;
let origin = "";
const seenIds: (string | undefined)[] = [];

beforeAll(async () => {
  instrumentHttpServers();
  server = http.createServer((request, response) => {
    seenIds.push(request.headers["x-request-id"] as string | undefined);
    response.statusCode = request.url?.startsWith("/api/questions/") ? 404 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("instrumentHttpServers", () => {
  it("keeps the proxy's request id, shows it to the handler and echoes it", async () => {
    const response = await fetch(`${origin}/fr/questions/5-8902`, { headers: { "X-Request-Id": "edge-0123456789abcdef" } });
    expect(response.headers.get("x-request-id")).toBe("edge-0123456789abcdef");
    expect(seenIds.at(-1)).toBe("edge-0123456789abcdef");
  });

  it("gives a request without an id a new one", async () => {
    const response = await fetch(`${origin}/fr`);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenIds.at(-1)).toBe(id);
  });

  it("times each request under its route pattern and status, never its path", async () => {
    await fetch(`${origin}/api/questions/5-8902?x=1`);
    await fetch(`${origin}/api/questions/4-1234`);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/questions\/\[id\]",status="404"\} 2/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/\[locale\]\/questions\/\[id\]",status="200"\} 1/);
    expect(text).not.toContain("5-8902");
  });
});
