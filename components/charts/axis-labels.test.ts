import { describe, expect, it } from "vitest";
import { placeAxisLabels } from "./axis-labels";

const bounds = { left: 44, right: 628 };

describe("placeAxisLabels", () => {
  it("leaves out a label that would overlap the one before it", () => {
    // The home page's monthly chart: the series starts in 2008, d3 ticks every two years from 2010.
    const placed = placeAxisLabels(
      [{ x: 50, text: "janv. 2008" }, { x: 90, text: "janv. 2010" }, { x: 180, text: "janv. 2012" }, { x: 270, text: "janv. 2014" }],
      bounds,
    );
    expect(placed.map((label) => label.text)).toEqual(["janv. 2008", "janv. 2012", "janv. 2014"]);
  });

  it("moves labels at either end inside the drawing", () => {
    const placed = placeAxisLabels([{ x: 44, text: "2008" }, { x: 628, text: "2024" }], bounds);
    expect(placed).toEqual([{ x: 44 + 2 * 6.4, text: "2008" }, { x: 628 - 2 * 6.4, text: "2024" }]);
  });

  it("keeps every label of a roomy axis where its tick is", () => {
    const labels = [0, 90, 180, 270, 360].map((days, index) => ({ x: 100 + index * 100, text: String(days) }));
    expect(placeAxisLabels(labels, bounds)).toEqual(labels);
  });
});
