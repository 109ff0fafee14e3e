/**
 * GET /api/export/questions.csv and /api/export/questions.jsonl: every question a search selects
 * (the search page's parameters: q, minister, author, party, legislature, session, from, to,
 * status; sort and page do not apply), streamed from the database a page at a time, in the
 * Senate's order (legislature, number), at most EXPORT_CAP (10,000) questions. JSON Lines
 * carries each question in the /api/questions/{id} shape; CSV the columns of lib/exports/csv.ts.
 * Headers say how many the search holds (X-Total-Count), the cap (X-Export-Cap) and whether it
 * cut the export (X-Export-Truncated). `lang` (fr, nl, en) chooses the language of the archive
 * links in the CSV. An unknown file name is a 404; a database out of reach a 503.
 */
import { z } from "zod";
import { exportSearch } from "@/lib/data/exports";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { EXPORT_CAP } from "@/lib/exports/records";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { logFailure } from "@/lib/observability/logger";
import { routing } from "@/lib/i18n/routing";
import { parseSearchParams } from "@/lib/search/parse-params";

const FILES = {
  "questions.csv": { format: "csv", contentType: "text/csv; charset=utf-8; header=present" },
  "questions.jsonl": { format: "jsonl", contentType: "application/jsonl; charset=utf-8" },
} as const;

const fileSchema = z.enum(Object.keys(FILES) as [keyof typeof FILES, ...(keyof typeof FILES)[]]);
const localeSchema = z.enum(routing.locales).catch(routing.defaultLocale);

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = fileSchema.safeParse((await params).file);
  if (!file.success) {
    return Response.json({ error: "Not found: exports are questions.csv and questions.jsonl." }, { status: 404 });
  }
  const { format, contentType } = FILES[file.data];
  const searchParams = new URL(request.url).searchParams;
  const { params: search } = parseSearchParams(searchParams);
  try {
    const exported = await exportSearch({ params: search, format, locale: localeSchema.parse(searchParams.get("lang") ?? undefined) });
    return new Response(exported.body, {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${file.data}"`,
        "X-Total-Count": String(exported.total),
        "X-Export-Cap": String(EXPORT_CAP),
        "X-Export-Truncated": String(exported.isTruncated),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable("The archive's database did not answer in time. Try again in a moment, or narrow the search.");
    logFailure("export failed", error, { request });
    return Response.json({ error: "The export failed." }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}
