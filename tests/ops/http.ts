/**
 * Plain HTTP requests for the operations test: raw bodies and headers as sent (node:http, no
 * automatic decompression, unlike fetch), a keep-alive agent for bursts.
 */
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; raw: Buffer; text: () => string };

export function get(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent, timeout: 20_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, text: () => decode(raw, response.headers["content-encoding"]) });
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`timed out: ${url}`)));
    request.on("error", reject);
  });
}

function decode(raw: Buffer, encoding: string | undefined): string {
  if (encoding === "br") return brotliDecompressSync(raw).toString("utf8");
  if (encoding === "gzip") return gunzipSync(raw).toString("utf8");
  return raw.toString("utf8");
}

export function header(reply: Reply, name: string): string {
  const value = reply.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
