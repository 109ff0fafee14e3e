/**
 * Route segments read with zod, shared by the pages whose address carries them: a segment that
 * does not parse is no such page (a 404), never a 500.
 */
import { z } from "zod";

/**
 * A row's id in a route (a descriptor, an addressee, an author): a positive integer written
 * plainly, at most nine digits so that it fits PostgreSQL's integer; "012", "1e3" and "-1" are
 * no id at all.
 */
export const numericIdParam = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number);
