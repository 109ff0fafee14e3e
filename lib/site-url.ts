/**
 * The site's public origin ("https://questions.example.be"), for permalinks, citations and the
 * absolute URLs that OpenGraph and citation metadata need. PUBLIC_URL when set (behind a proxy
 * that rewrites the host, set it); otherwise the host the request came in on.
 */
import "server-only";
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";

// A Host header is client input: anything but a plain host[:port] falls back to localhost.
const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;

export async function siteOrigin(): Promise<string> {
  const configured = readEnv().PUBLIC_URL;
  if (configured) return configured;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() ?? requestHeaders.get("host") ?? "";
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return HOST.test(host) ? `${protocol}://${host}` : "http://localhost";
}
