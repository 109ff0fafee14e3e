import { describe, expect, it } from "vitest";
import { bestBoundary, languageScore, splitSubject } from "./language";

describe("languageScore", () => {
  it("scores French positive and Dutch negative", () => {
    expect(languageScore("Pourquoi ce choix ?")).toBeGreaterThan(0);
    expect(languageScore("Vanwaar die keuze?")).toBeLessThan(0);
    expect(languageScore("• Communiqués de presse.")).toBeGreaterThan(0);
    expect(languageScore("• persberichten.")).toBeLessThan(0);
  });

  it("gives no evidence for numbers, bullets and short acronyms", () => {
    expect(languageScore("•")).toBe(0);
    expect(languageScore("2.")).toBe(0);
    expect(languageScore("1 565")).toBe(0);
    expect(languageScore("FR NL")).toBe(0);
  });

  it("knows paired Belgian acronyms", () => {
    expect(languageScore("SNCB")).toBeGreaterThan(0);
    expect(languageScore("NMBS")).toBeLessThan(0);
  });
});

describe("bestBoundary", () => {
  it("cuts where the sign changes", () => {
    expect(bestBoundary([3, 1, 2, -4, -1])).toBe(3);
  });

  it("puts neutral items at the boundary on the side that keeps both halves balanced", () => {
    expect(bestBoundary([2, 2, 0, 0, -2, -2])).toBe(3);
  });

  it("has no cut for fewer than two items", () => {
    expect(bestBoundary([1])).toBeUndefined();
    expect(bestBoundary([])).toBeUndefined();
  });
});

describe("splitSubject", () => {
  it.each([
    [
      "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media\u00a0 ",
      "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux",
      "Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media",
    ],
    ["SNCB - Gares - Accessibilité NMBS - Stations - Toegankelijkheid", "SNCB - Gares - Accessibilité", "NMBS - Stations - Toegankelijkheid"],
    ["Syrie - Réfugiés Syrië - Vluchtelingen", "Syrie - Réfugiés", "Syrië - Vluchtelingen"],
    ["Prisons Gevangenissen", "Prisons", "Gevangenissen"],
    ["Terrorisme Terrorisme", "Terrorisme", "Terrorisme"],
    ["Sécurité routière Verkeersveiligheid", "Sécurité routière", "Verkeersveiligheid"],
    ["Belgacom - Téléphonie mobile Belgacom - Mobiele telefonie", "Belgacom - Téléphonie mobile", "Belgacom - Mobiele telefonie"],
    [
      "Asile - Mineurs étrangers non accompagnés Asiel - Niet-begeleide minderjarige vreemdelingen",
      "Asile - Mineurs étrangers non accompagnés",
      "Asiel - Niet-begeleide minderjarige vreemdelingen",
    ],
    ["Emploi des langues Taalgebruik", "Emploi des langues", "Taalgebruik"],
    ["Justice - Transport en commun Justitie - Openbaar vervoer", "Justice - Transport en commun", "Justitie - Openbaar vervoer"],
    ["Justice - Région de Bruxelles-Capitale Brussels Hoofdstedelijk Gewest - Justitie", "Justice - Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest - Justitie"],
  ])("splits %j with equal segment counts", (subject, fr, nl) => {
    expect(splitSubject(subject)).toEqual({ fr, nl });
  });

  it.each([
    ["Union européenne - Présidence belge Belgisch EU-voorzitterschap", "Union européenne - Présidence belge", "Belgisch EU-voorzitterschap"],
    ["Énergie nucléaire Kernenergie - Kerncentrales", "Énergie nucléaire", "Kernenergie - Kerncentrales"],
  ])("splits %j with unequal segment counts", (subject, fr, nl) => {
    expect(splitSubject(subject)).toEqual({ fr, nl });
  });

  it("keeps inner spacing of each half as in the source", () => {
    expect(splitSubject("Sécurité  routière Verkeersveiligheid")).toEqual({ fr: "Sécurité  routière", nl: "Verkeersveiligheid" });
  });

  it("returns undefined when there is no space to split at", () => {
    expect(splitSubject("Divers")).toBeUndefined();
    expect(splitSubject("Justice - Justitie")).toBeUndefined();
  });
});
