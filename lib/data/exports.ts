/**
 * Server-only entry point of search exports for the export route: the selection of a search's
 * parameters, how many questions it holds, and the stream of its first EXPORT_CAP records.
 */
import "server-only";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import { publicOrigin } from "@/lib/env";
import { exportCountSql, type ExportCountRow } from "@/lib/exports/sql/export-count";
import { EXPORT_CAP } from "@/lib/exports/records";
import { exportStream, type ExportFormat } from "@/lib/exports/stream";
import { questionPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { todayInBrussels } from "@/lib/reader/days";
import type { SearchParams } from "@/lib/search/parse-params";
import { searchSelection } from "@/lib/search/selection";

export type SearchExport = { total: number; served: number; isTruncated: boolean; body: ReadableStream<Uint8Array> };

export async function exportSearch({
  params,
  format,
  locale = "fr",
  cap = EXPORT_CAP,
  db = appDb,
}: { params: SearchParams; format: ExportFormat; locale?: Locale; cap?: number; db?: Database }): Promise<SearchExport> {
  const query = prismaExecutor(db);
  const selection = await searchSelection(query, params);
  const [count] = await query<ExportCountRow>(exportCountSql(selection));
  const total = count?.total ?? 0;
  const origin = publicOrigin();
  const body = exportStream(query, {
    format,
    selection,
    cap,
    today: todayInBrussels(),
    archiveUrl: (id) => `${origin}${questionPath(locale, id)}`,
  });
  return { total, served: Math.min(total, cap), isTruncated: total > cap, body };
}
