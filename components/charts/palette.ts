/**
 * The charts' colours: Okabe and Ito's palette, which readers with the common forms of colour
 * blindness tell apart (blue against vermillion or orange, never red against green), each in a
 * light-theme and a dark-theme shade with enough contrast against the page's background
 * (white, slate-950). Tailwind classes written out in full, so that Tailwind finds them.
 */
export const CHART_COLOURS = {
  /** Questions asked; the histogram's answers. Blue #0072B2 on white, sky blue #56B4E9 on dark. */
  primary: { fill: "fill-[#0072B2] dark:fill-[#56B4E9]", swatch: "bg-[#0072B2] dark:bg-[#56B4E9]" },
  /** Answers received. Vermillion #D55E00 on white, orange #E69F00 on dark. */
  secondary: { fill: "fill-[#D55E00] dark:fill-[#E69F00]", swatch: "bg-[#D55E00] dark:bg-[#E69F00]" },
  axis: "stroke-slate-500 dark:stroke-slate-400",
  grid: "stroke-slate-200 dark:stroke-slate-800",
  text: "fill-slate-700 dark:fill-slate-300",
} as const;

/** The drawing's size in its own units (viewBox); the SVG scales to the width of its column. */
export const CHART_SIZE = { width: 640, height: 240, margin: { top: 12, right: 12, bottom: 36, left: 44 } } as const;
