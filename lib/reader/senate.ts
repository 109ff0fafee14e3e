/** Links to the Senate's own pages: a question's official page, and siblings the archive does not hold. */
import { parseQuestionId } from "@/lib/source/question-id";
import type { Language } from "@/lib/source/record";

/**
 * The official page of a written question on senate.be, in French or Dutch (the site has no
 * English version). Null for an id that is not legislature-number.
 */
export function senateQuestionUrl(id: string, language: Language): string | null {
  const parsed = parseQuestionId(id);
  if (!parsed) return null;
  const { legislature, number } = parsed;
  return `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=${legislature}&NR=${number}&LANG=${language}`;
}
