/*
 * Paragraph alignment of the French and Dutch versions of a text.
 *
 * Model: Gale & Church (1993), "A Program for Aligning Sentences in Bilingual
 * Corpora", Computational Linguistics 19(1):75-102. The two sequences are cut
 * into "beads" of 1-1, 1-0, 0-1, 2-1, 1-2 or 2-2 paragraphs, and dynamic
 * programming picks the segmentation of least total cost. A bead costs
 *
 *   -log P(bead kind)                      prior, from G&C's hand-aligned corpus
 *   -log P(|delta| at least this large)    length model
 *   + structural and anchor terms          (our additions, see below)
 *
 * Length model: a French paragraph of l1 characters is translated into about
 * c * l1 Dutch characters, with a variance proportional to the length:
 *   delta = (l2 - c * l1) / sqrt(s2 * mean),  mean = (l1 + l2 / c) / 2,
 * delta ~ N(0, 1), and P = 2 * (1 - Phi(|delta|)). G&C use s2 = 6.8; the ratio
 * c is estimated from the two texts' total lengths rather than fixed, because
 * answers vary in style (tables, names, figures) more than G&C's corpus did.
 *
 * Structural term: parliamentary answers are full of numbered points ("1.",
 * "2. a.", "b.", "1)", "I.", "1°") and bullets. Translators keep that skeleton,
 * so a bead whose two sides open on the same marker gets a bonus, one opening
 * on different markers a strong penalty, and swallowing a numbered paragraph
 * into the middle of a bead (a 2-1 bead whose second paragraph is "3.") a
 * penalty: a numbered point almost always starts its own row.
 *
 * Lexical terms: figures ("1 565", "648", "2013"), URLs, e-mail addresses and
 * @handles are copied verbatim between the languages, and French and Dutch
 * administrative prose shares many cognates ("administrative"/
 * "administratieve"); sharing them is cheap evidence that two paragraphs
 * correspond (Simard, Foster & Isabelle 1992, "Using cognates to align
 * sentences in bilingual corpora"). Lengths alone cannot tell apart the short
 * items of a list; these can.
 *
 * The weights of the added terms are hand-set against the tests beside this
 * file, not trained; they are deliberately few.
 *
 * All costs are in nats. Memory and time are O(n * m); answers have at most a
 * few hundred paragraphs.
 */

/** Indices of the paragraphs of each language placed side by side in one row (0, 1 or 2 each). */
export type AlignedRow = { fr: number[]; nl: number[] };
/** `isOneToOne` is true when every row pairs exactly one French with one Dutch paragraph. */
export type Alignment = { rows: AlignedRow[]; isOneToOne: boolean };

/** A row the UI should flag discreetly: something was split, merged, or has no counterpart. */
export function isIrregularRow(row: AlignedRow): boolean {
  return row.fr.length !== 1 || row.nl.length !== 1;
}

/** For each row of the alignment, whether it is not a plain 1-1 pair (see `isIrregularRow`). */
export function irregularRows(alignment: Alignment): boolean[] {
  return alignment.rows.map(isIrregularRow);
}

// ---------------------------------------------------------------------------
// Parameters

/** Bead kinds as [French paragraphs, Dutch paragraphs, prior probability] (G&C, table 5; 1-0 and 0-1 each get the pair's figure, as in their program). */
const BEADS: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.89], // first, so that it wins ties
  [1, 0, 0.0099],
  [0, 1, 0.0099],
  [2, 1, 0.089],
  [1, 2, 0.089],
  [2, 2, 0.011],
];

/** Variance of the length difference per character (G&C). */
const S2 = 6.8;
/** Bounds on the estimated nl/fr length ratio, so one odd paragraph cannot skew it absurdly. */
const C_MIN = 0.5;
const C_MAX = 2;

/** Both sides open on the same marker: strong evidence, yet less than a 1-0 bead's prior (4.6), so it cannot buy a split on its own. */
const MARKER_MATCH_BONUS = 3;
/** Both sides open on different markers ("2." beside "3."): almost never a true pair. */
const MARKER_MISMATCH_PENALTY = 12;
/** One side opens on a marker, the other on plain text: translators sometimes drop a bullet, but this keeps a list's closing sentence out of its last item. */
const MARKER_HALF_PENALTY = 5;
/** A numbered paragraph swallowed as the second paragraph of a bead: it should start a row. */
const MERGED_NUMBER_PENALTY = 8;
/** Same for a bullet: weaker, as translators do merge or split bullet items. */
const MERGED_BULLET_PENALTY = 5;
/** Anchor term ranges from -ANCHOR_WEIGHT (all shared) to +ANCHOR_WEIGHT (none shared). */
const ANCHOR_WEIGHT = 2;
/** Same for cognate prefixes: noisier ("pers-" is "personnel" and "persberichten") but far more frequent. */
const COGNATE_WEIGHT = 2;

// ---------------------------------------------------------------------------
// Paragraph features

const BULLET = "•";
/** Bullets that may stick to the text ("•Texte") and dashes that need a space ("- texte", not "-5 %"). */
const BULLET_RE = /^(?:[•·▪◦‣⁃●■□*]\s*|[-–—]\s+)/;
/** One enumerator: "1." "1)" "(1)" "1°" "a." "b)" "I." "iv)". */
const ENUM_RE = /\(?(\d{1,3}|[IVX]{1,5}|[ivx]{1,5}|[A-Za-z])([.)°])(\s*)/y;

/**
 * The numbering marker a paragraph opens with, normalised so that both
 * languages compare equal: "2. a." and "2.a)" give "2.a", every kind of bullet
 * gives "•". Null when the paragraph opens on plain text.
 */
export function leadingMarker(paragraph: string): string | null {
  return parseMarker(paragraph.trimStart())?.key ?? null;
}

/** The marker's normalised key and how many characters of `text` (already trimmed) it spans. */
function parseMarker(text: string): { key: string; length: number } | null {
  const parts: string[] = [];
  let pos = 0;
  for (;;) {
    ENUM_RE.lastIndex = pos;
    const m = ENUM_RE.exec(text);
    if (!m) break;
    const [whole, label = "", punct, space = ""] = m;
    // Letters must be followed by a space, so abbreviations like "A.R." or
    // "S.P.F." are not read as markers; "1.1." is a legitimate run of numbers.
    if (!/^\d/.test(label) && space === "" && pos + whole.length < text.length) break;
    // "M. Dupont" is the French honorific, not the thirteenth point of a list.
    if (label === "M" && punct === ".") break;
    parts.push(label.toLowerCase());
    pos += whole.length;
  }
  if (parts.length > 0) {
    // The marker must end at a space or the end of the text ("1.50€" is an amount)...
    if (pos === text.length || /\s/.test(text.charAt(pos - 1))) return { key: parts.join("."), length: pos };
    // ...except "1.1 Texte", a bare number closing a dotted run.
    const tail = /^(\d{1,3})\s+/.exec(text.slice(pos));
    if (tail?.[1] !== undefined && text.charAt(pos - 1) === ".") {
      return { key: [...parts, tail[1]].join("."), length: pos + tail[0].length };
    }
    return null;
  }
  const bullet = BULLET_RE.exec(text);
  return bullet ? { key: BULLET, length: bullet[0].length } : null;
}

/**
 * Tokens copied verbatim between languages: figures (thousands separators
 * removed, since French writes "1 565" and Dutch "1.565"), URLs, e-mail
 * addresses and @handles. The leading marker is left out: it has its own term.
 */
export function anchorTokens(paragraph: string): Set<string> {
  const trimmed = paragraph.trimStart();
  const text = trimmed.slice(parseMarker(trimmed)?.length ?? 0);
  const tokens = new Set<string>();
  const links = /https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.])@\w+/gi;
  for (const m of text.matchAll(links)) tokens.add(m[0].replace(/[.,;:!?)\]]+$/, "").toLowerCase());
  // Figures: digit groups joined by a thousands separator (space, no-break space, dot), optional decimals.
  const numbers = /\d+(?:[ .\u00a0\u202f]\d{3}(?!\d))*(?:,\d+)?/g;
  for (const m of text.replace(links, " ").matchAll(numbers)) tokens.add(m[0].replace(/[ .\u00a0\u202f]/g, ""));
  return tokens;
}

/**
 * Cognate keys: the first four letters (accents dropped) of words of five
 * letters or more. French and Dutch administrative prose shares many
 * ("administrative"/"administratieve", "personnel"/"personeel", "Europol"),
 * which tells short items of a list apart where lengths cannot (after Simard,
 * Foster & Isabelle 1992, who use the same four-letter prefixes).
 */
export function cognateKeys(paragraph: string): Set<string> {
  const plain = paragraph.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const keys = new Set<string>();
  for (const [word] of plain.matchAll(/\p{L}{5,}/gu)) keys.add(word.slice(0, 4));
  return keys;
}

/** Length in characters, whitespace runs counted once (extraction leaves indentation and double spaces). */
function textLength(paragraph: string): number {
  return paragraph.replace(/\s+/g, " ").trim().length;
}

// ---------------------------------------------------------------------------
// Costs

/**
 * log(erfc(x)) for x >= 0, computed in log space so that very unlikely length
 * differences keep distinct, finite costs. Chebyshev fit from Numerical
 * Recipes (erfcc), fractional error below 1.2e-7.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

/** -log P(|delta| >= observed) for l1 French and l2 Dutch characters (G&C, section 4). */
function lengthCost(l1: number, l2: number, c: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2 / c) / 2;
  const delta = (l2 - c * l1) / Math.sqrt(S2 * mean);
  // 2 * (1 - Phi(|delta|)) = erfc(|delta| / sqrt 2)
  return -logErfc(Math.abs(delta) / Math.SQRT2);
}

function markerCost(frHead: string | null, nlHead: string | null): number {
  if (frHead === null && nlHead === null) return 0;
  if (frHead === null || nlHead === null) return MARKER_HALF_PENALTY;
  return frHead === nlHead ? -MARKER_MATCH_BONUS : MARKER_MISMATCH_PENALTY;
}

function mergedCost(marker: string | null): number {
  if (marker === null) return 0;
  return marker === BULLET ? MERGED_BULLET_PENALTY : MERGED_NUMBER_PENALTY;
}

/** From +weight (nothing shared) to -weight (same tokens), by the Dice coefficient; 0 if neither side has any. */
function sharedCost(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: number): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const dice = (2 * shared) / (a.size + b.size);
  return weight * (1 - 2 * dice);
}

/** One side of a bead: one or two consecutive paragraphs, summarised once and reused by every cell of the table. */
type Span = {
  length: number;
  head: string | null; // marker of the first paragraph
  mergedPenalty: number; // for markers of the paragraphs after the first
  anchors: Set<string>;
  cognates: Set<string>;
};

function single(paragraph: string): Span {
  return {
    length: textLength(paragraph),
    head: leadingMarker(paragraph),
    mergedPenalty: 0,
    anchors: anchorTokens(paragraph),
    cognates: cognateKeys(paragraph),
  };
}

function joined(first: Span, second: Span): Span {
  return {
    length: first.length + second.length,
    head: first.head,
    mergedPenalty: first.mergedPenalty + mergedCost(second.head),
    anchors: new Set([...first.anchors, ...second.anchors]),
    cognates: new Set([...first.cognates, ...second.cognates]),
  };
}

/** spans[k][i]: the span of k paragraphs ending before index i (k = 1, 2; undefined where it does not fit). */
function spansOf(paragraphs: readonly string[]): Span[][] {
  const ones = paragraphs.map(single);
  const byEnd1: Span[] = [];
  const byEnd2: Span[] = [];
  ones.forEach((span, i) => {
    byEnd1[i + 1] = span;
    const previous = ones[i - 1];
    if (previous) byEnd2[i + 1] = joined(previous, span);
  });
  return [[], byEnd1, byEnd2];
}

/** Cost of a bead; an undefined side is empty (a 1-0 or 0-1 bead). */
function beadCost(fr: Span | undefined, nl: Span | undefined, prior: number, c: number): number {
  let cost = -Math.log(prior) + lengthCost(fr?.length ?? 0, nl?.length ?? 0, c);
  // Structure and anchors only say something about paragraphs placed side by side.
  if (fr && nl) {
    cost += markerCost(fr.head, nl.head) + fr.mergedPenalty + nl.mergedPenalty;
    cost += sharedCost(fr.anchors, nl.anchors, ANCHOR_WEIGHT);
    cost += sharedCost(fr.cognates, nl.cognates, COGNATE_WEIGHT);
  }
  return cost;
}

// ---------------------------------------------------------------------------
// Alignment

/**
 * Aligns French and Dutch paragraphs. Every index of each side appears in
 * exactly one row, in increasing order. Both empty: no rows; one side empty:
 * each paragraph of the other in its own row beside an empty cell.
 */
export function alignParagraphs(fr: readonly string[], nl: readonly string[]): Alignment {
  const n = fr.length;
  const m = nl.length;
  if (n === 0 || m === 0) {
    const rows = n === 0 ? nl.map((_, j) => ({ fr: [], nl: [j] })) : fr.map((_, i) => ({ fr: [i], nl: [] }));
    return { rows, isOneToOne: rows.length === 0 };
  }

  const f = spansOf(fr);
  const d = spansOf(nl);
  const total = (side: Span[][]) => (side[1] ?? []).reduce((sum, p) => sum + p.length, 0);
  const frTotal = total(f);
  const nlTotal = total(d);
  const c = frTotal > 0 && nlTotal > 0 ? Math.min(C_MAX, Math.max(C_MIN, nlTotal / frTotal)) : 1;

  // best[i][j]: least cost of aligning fr[0..i) with nl[0..j); from[i][j]: index in BEADS of its last bead.
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(Infinity);
  const from = new Int8Array((n + 1) * width).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestBead = -1;
      BEADS.forEach(([di, dj, prior], k) => {
        if (di > i || dj > j) return;
        const before = best[(i - di) * width + (j - dj)] ?? Infinity;
        if (before === Infinity) return;
        const cost = before + beadCost(f[di]?.[i], d[dj]?.[j], prior, c);
        // Strict comparison: on a tie the earlier (simpler) bead kind wins.
        if (cost < bestCost) {
          bestCost = cost;
          bestBead = k;
        }
      });
      best[i * width + j] = bestCost;
      from[i * width + j] = bestBead;
    }
  }

  // Walk back from the end, then reverse into reading order.
  const rows: AlignedRow[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const bead = BEADS[from[i * width + j] ?? -1];
    if (!bead) throw new Error(`alignParagraphs: no path at (${i}, ${j})`);
    const [di, dj] = bead;
    rows.push({ fr: range(i - di, i), nl: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  rows.reverse();
  return { rows, isOneToOne: !rows.some(isIrregularRow) };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
