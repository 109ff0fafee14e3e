/**
 * `npx tsx tools/bench/measure-js.ts [URL ...]`: the client JavaScript a page makes the browser load,
 * as the sum of the gzip sizes of the <script src> chunks in its server-rendered HTML (what a
 * first visit downloads). Not counted: inline scripts (the RSC payload, which is data) and
 * `nomodule` scripts (legacy polyfills that modern browsers neither download nor run). Run it against a
 * production server (`npm run build && npm start`). Default URL: the reader page of 5-8902.
 */
import { gzipSync } from "node:zlib";

const urls = process.argv.slice(2);
if (urls.length === 0) urls.push(`http://127.0.0.1:${process.env.PORT ?? 3000}/fr/questions/5-8902`);

async function fetchText(url: string): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const url of urls) {
  const page = await fetchText(url);
  if (page.status !== 200) throw new Error(`${url}: HTTP ${page.status}`);
  const html = page.body.toString("utf8");
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  const sources = [
    ...new Set(
      tags
        .filter((tag) => !/\bnomodule\b/i.test(tag))
        .map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1])
        .filter((source): source is string => source !== undefined)
        .map((source) => new URL(source.replaceAll("&amp;", "&"), url).href),
    ),
  ];
  let raw = 0;
  let gzipped = 0;
  const rows: string[] = [];
  for (const source of sources) {
    const script = await fetchText(source);
    if (script.status !== 200) throw new Error(`${source}: HTTP ${script.status}`);
    const size = gzipSync(script.body, { level: 9 }).length;
    raw += script.body.length;
    gzipped += size;
    rows.push(`  ${kb(size).padStart(9)}  ${new URL(source).pathname}`);
  }
  console.log(`${url}\n${rows.join("\n")}\n  ${sources.length} scripts: ${kb(gzipped)} gzipped (${kb(raw)} raw)`);
}
