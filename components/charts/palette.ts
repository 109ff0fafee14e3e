/**
 * The charts' colours: Okabe and Ito's palette, which readers with the common forms of colour
 * blindness tell apart (blue against vermillion or orange, never red against green), each in a
 * light-theme and a dark-theme shade with enough contrast against the page's background
 * (white, slate-950). The shades are CSS variables (--chart-*, app/globals.css), dark on a dark
 * screen only: a chart printed from the dark theme keeps its light colours on white paper.
 * Tailwind classes written out in full, so that Tailwind finds them.
 */
export const CHART_COLOURS = {
  /** Questions asked; the histogram's answers. Blue #0072B2 on white, sky blue #56B4E9 on dark. */
  primary: { fill: "fill-(--chart-primary)", swatch: "bg-(--chart-primary)" },
  /** Answers received. Vermillion #D55E00 on white, orange #E69F00 on dark. */
  secondary: { fill: "fill-(--chart-secondary)", swatch: "bg-(--chart-secondary)" },
  axis: "stroke-(--chart-axis)",
  grid: "stroke-(--chart-grid)",
  text: "fill-(--chart-text)",
} as const;

/** The drawing's size in its own units (viewBox); the SVG scales to the width of its column. */
export const CHART_SIZE = { width: 640, height: 240, margin: { top: 12, right: 12, bottom: 36, left: 44 } } as const;
