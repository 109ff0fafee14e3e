/**
 * A question's sibling set for the set page and the question page's panel: the question, every
 * number it was also sent under, and what those list in turn (lib/sets/sql/set-members.ts),
 * each with its status and delay as of today, in the order the URL asks.
 */
import "server-only";
import { cache } from "react";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import { todayInBrussels } from "@/lib/reader/days";
import { sortSetMembers, toSetMembers, type SetMember, type SetSort } from "@/lib/sets/grid";
import { setMembersSql, type SetMemberRow } from "@/lib/sets/sql/set-members";
import { isQuestionId } from "@/lib/source/question-id";
import type { Bilingual } from "@/lib/source/record";
import { getStoredQuestion } from "./questions";

export type SiblingSet = {
  /** The question whose set this is. */
  id: string;
  subject: Bilingual;
  members: SetMember[];
  counts: { members: number; inArchive: number; answered: number };
};

/**
 * The set of question `id`, or null when the id is malformed, not in the archive, or the
 * question has no sibling (a set of one is no set: the page is a 404).
 */
export async function getSiblingSet({
  id,
  sort = "number",
  today,
  db = appDb,
}: { id: string; sort?: SetSort; today?: string; db?: Database }): Promise<SiblingSet | null> {
  const set = await readSiblingSet(id, today ?? todayInBrussels(), db);
  return set && { ...set, members: sortSetMembers(set.members, sort) };
}

// Cached per request: the page and its metadata both ask.
const readSiblingSet = cache(async (id: string, today: string, db: Database): Promise<SiblingSet | null> => {
  if (!isQuestionId(id)) return null;
  const stored = await getStoredQuestion({ id, db });
  if (!stored) return null;
  const rows = await prismaExecutor(db)<SetMemberRow>(setMembersSql(id));
  if (rows.length < 2) return null;
  const members = toSetMembers(rows, id, today);
  return {
    id,
    subject: stored.record.subject,
    members,
    counts: {
      members: members.length,
      inArchive: members.filter((member) => member.isInArchive).length,
      answered: members.filter((member) => member.isInArchive && member.status.kind === "answered").length,
    },
  };
});
