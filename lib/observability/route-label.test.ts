import { describe, expect, it } from "vitest";
import { pathOf, routeLabel } from "./route-label";

describe("routeLabel", () => {
  it("names each route of app/ by its pattern", () => {
    expect(routeLabel("/fr/questions/5-8902")).toBe("/[locale]/questions/[id]");
    expect(routeLabel("/nl/descriptors/12")).toBe("/[locale]/descriptors/[id]");
    expect(routeLabel("/en/search")).toBe("/[locale]/search");
    expect(routeLabel("/fr")).toBe("/[locale]");
    expect(routeLabel("/")).toBe("/");
    expect(routeLabel("/api/questions/5-8902")).toBe("/api/questions/[id]");
    expect(routeLabel("/api/search")).toBe("/api/search");
    expect(routeLabel("/api/ready")).toBe("/api/ready");
    expect(routeLabel("/api/health")).toBe("/api/health");
    expect(routeLabel("/api/metrics")).toBe("/api/metrics");
    expect(routeLabel("/api/nothing/here")).toBe("/api/other");
    expect(routeLabel("/_next/static/chunks/app.js")).toBe("/_next/static");
    expect(routeLabel("/opensearch/fr.xml")).toBe("/opensearch/[file]");
    expect(routeLabel("/favicon.ico")).toBe("/[file]");
    expect(routeLabel("/fr/questions")).toBe("/[locale]/questions");
    expect(routeLabel("/fr/questions/5-8902/set")).toBe("/[locale]/questions/[id]/set");
    expect(routeLabel("/nl/ministers")).toBe("/[locale]/ministers");
    expect(routeLabel("/nl/ministers/12")).toBe("/[locale]/ministers/[id]");
    expect(routeLabel("/fr/members/34")).toBe("/[locale]/members/[id]");
    expect(routeLabel("/en/parties/MR")).toBe("/[locale]/parties/[party]");
    expect(routeLabel("/fr/feeds/answers.xml")).toBe("/[locale]/feeds/[file]");
    expect(routeLabel("/api/export/questions.csv")).toBe("/api/export/[file]");
    expect(routeLabel("/robots.txt")).toBe("/robots.txt");
    expect(routeLabel("/sitemap.xml")).toBe("/sitemap.xml");
  });

  it("puts every unknown path under one label, so that random paths add no series", () => {
    expect(routeLabel("/wp-admin/setup.php")).toBe("other");
    expect(routeLabel("/de/questions/5-8902")).toBe("other");
    expect(routeLabel("/fr/questions/5-8902/extra")).toBe("other");
    expect(routeLabel("/fr/members/34/x")).toBe("other");
  });
});

describe("pathOf", () => {
  it("drops the query and the fragment", () => {
    expect(pathOf("/fr/search?q=prisons")).toBe("/fr/search");
    expect(pathOf("/fr#top")).toBe("/fr");
    expect(pathOf(undefined)).toBe("/");
    expect(pathOf("?q=x")).toBe("/");
  });
});
