import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alignParagraphs,
  anchorTokens,
  cognateKeys,
  irregularRows,
  isIrregularRow,
  leadingMarker,
  type AlignedRow,
} from "@/lib/align/align";

/** Rows [[fr indices], [nl indices]] → AlignedRow[], to keep expectations short. */
const rows = (...pairs: [number[], number[]][]): AlignedRow[] => pairs.map(([fr, nl]) => ({ fr, nl }));
const identity = (n: number): AlignedRow[] => Array.from({ length: n }, (_, i) => ({ fr: [i], nl: [i] }));

describe("alignParagraphs", () => {
  it("pairs equal counts one to one, index by index", () => {
    const fr = [
      "Le Service public fédéral Mobilité dispose de 12 agents affectés au contrôle des permis.",
      "Ces agents ont effectué 1 204 contrôles en 2012.",
      "Aucune modification du cadre n'est prévue.",
    ];
    const nl = [
      "De Federale Overheidsdienst Mobiliteit beschikt over 12 personeelsleden voor de controle van de vergunningen.",
      "Deze personeelsleden voerden in 2012 1 204 controles uit.",
      "Er is geen wijziging van de personeelsformatie gepland.",
    ];
    expect(alignParagraphs(fr, nl)).toEqual({ rows: identity(3), isOneToOne: true });
  });

  it("joins a paragraph the Dutch translator split in two (1-2)", () => {
    const fr = [
      "Le nombre de demandes d'asile introduites en 2012 s'élève à 21 461, soit une diminution de 18 % par rapport à 2011.",
      "Cette diminution s'explique principalement par la politique de retour menée par le gouvernement et par les mesures prises pour réduire l'attrait de notre pays. Par ailleurs, le délai de traitement moyen des dossiers par le Commissariat général a été ramené à quatre mois, ce qui décourage les demandes manifestement non fondées.",
    ];
    const nl = [
      "Het aantal asielaanvragen ingediend in 2012 bedraagt 21 461, wat een daling is van 18 % ten opzichte van 2011.",
      "Deze daling is voornamelijk te verklaren door het terugkeerbeleid van de regering en door de maatregelen die genomen werden om de aantrekkingskracht van ons land te verminderen.",
      "Bovendien werd de gemiddelde behandelingstermijn van de dossiers door het Commissariaat-generaal teruggebracht tot vier maanden, wat kennelijk ongegronde aanvragen ontmoedigt.",
    ];
    expect(alignParagraphs(fr, nl)).toEqual({ rows: rows([[0], [0]], [[1], [1, 2]]), isOneToOne: false });
  });

  it("keeps numbered points 1., 2. a., b., 3. aligned around an extra bullet in one language", () => {
    const fr = [
      "1. Le SPF Finances dispose de 14 bureaux régionaux répartis sur l'ensemble du territoire.",
      "2. a. En 2012, 3 412 contrôles ont été effectués, contre 2 987 en 2011.",
      "b. Les contrôles ont donné lieu à 412 procès-verbaux.",
      "3. Aucune modification de la réglementation n'est envisagée à court terme.",
    ];
    const nl = [
      "1. De FOD Financiën beschikt over 14 gewestelijke kantoren verspreid over het hele grondgebied.",
      "2. a. In 2012 werden 3 412 controles uitgevoerd, tegenover 2 987 in 2011.",
      "• Het betreft zowel geplande als onaangekondigde controles.",
      "b. De controles hebben geleid tot 412 processen-verbaal.",
      "3. Er wordt op korte termijn geen wijziging van de reglementering overwogen.",
    ];
    // The bullet has no French counterpart; it joins the point it belongs to, and "b." stays beside "b.".
    expect(alignParagraphs(fr, nl)).toEqual({
      rows: rows([[0], [0]], [[1], [1, 2]], [[2], [3]], [[3], [4]]),
      isOneToOne: false,
    });
  });

  it("never puts different numbers side by side, even when lengths suggest it", () => {
    // Point 3 is missing in Dutch and Dutch point 4 is long: on lengths alone, French "3." + "4."
    // would sit beside Dutch "4." (Gale & Church without the structural term do exactly that).
    const fr = [
      "1. Le nombre de plaintes reçues par le service de médiation reste stable.",
      "2. Le délai moyen de traitement d'une plainte est de trois mois environ.",
      "3. Une évaluation externe du service sera menée au cours de l'année prochaine.",
      "4. Le rapport annuel est disponible sur le site internet du service public.",
    ];
    const nl = [
      "1. Het aantal klachten die de ombudsdienst ontving blijft stabiel.",
      "2. De behandeling duurt gemiddeld drie maanden.",
      "4. Het jaarverslag, met de cijfers over de klachten en de behandelingstermijnen van de voorbije jaren, kan worden geraadpleegd op de website van de overheidsdienst.",
    ];
    expect(alignParagraphs(fr, nl)).toEqual({ rows: rows([[0], [0]], [[1], [1]], [[2], []], [[3], [2]]), isOneToOne: false });
  });

  it("joins the French bullet that the Dutch translator merged into the previous one", () => {
    const fr = [
      "Les mesures suivantes ont été prises :",
      "– renforcement des contrôles aux frontières extérieures de l'espace Schengen ;",
      "– coopération accrue avec Europol ;",
      "– échange automatique des données des passagers aériens.",
    ];
    const nl = [
      "De volgende maatregelen werden genomen:",
      "– versterking van de controles aan de buitengrenzen van de Schengenruimte;",
      "– meer samenwerking met Europol en automatische uitwisseling van de gegevens van vliegtuigpassagiers.",
    ];
    expect(alignParagraphs(fr, nl)).toEqual({ rows: rows([[0], [0]], [[1], [1]], [[2, 3], [2]]), isOneToOne: false });
  });

  it("keeps a bulleted list aligned when one item is missing in Dutch", () => {
    const fr = [
      "Les priorités sont les suivantes :",
      "• la simplification administrative ;",
      "• la lutte contre la fraude sociale ;",
      "• la numérisation des services ;",
      "• la formation du personnel.",
      "Ces priorités seront évaluées chaque année.",
    ];
    const nl = [
      "De prioriteiten zijn de volgende:",
      "• administratieve vereenvoudiging;",
      "• de strijd tegen sociale fraude;",
      "• de opleiding van het personeel.",
      "Deze prioriteiten worden jaarlijks geëvalueerd.",
    ];
    // "numérisation" has no counterpart: it joins its neighbour, and the closing sentences still pair.
    expect(alignParagraphs(fr, nl)).toEqual({
      rows: rows([[0], [0]], [[1], [1]], [[2], [2]], [[3, 4], [3]], [[5], [4]]),
      isOneToOne: false,
    });
  });

  it("puts each paragraph beside an empty cell when the other side is empty", () => {
    expect(alignParagraphs(["a", "b"], [])).toEqual({ rows: rows([[0], []], [[1], []]), isOneToOne: false });
    expect(alignParagraphs([], ["a", "b", "c"])).toEqual({
      rows: rows([[], [0]], [[], [1]], [[], [2]]),
      isOneToOne: false,
    });
  });

  it("gives no rows when both sides are empty", () => {
    expect(alignParagraphs([], [])).toEqual({ rows: [], isOneToOne: true });
  });

  it("pairs the 23 paragraphs of a real answer one to one (seed 000_dc0ab1c61fd4920e)", () => {
    const lines = readFileSync(new URL("../../seeds/000_dc0ab1c61fd4920e.txt", import.meta.url), "utf8").split("\n");
    const answer = lines.slice(lines.findIndex((l) => l.startsWith("Réponse reçue le")) + 1).filter((l) => l.trim() !== "");
    const dutchStart = answer.findIndex((l) => l.startsWith("1. De Federale"));
    const fr = answer.slice(0, dutchStart);
    const nl = answer.slice(dutchStart);
    expect([fr.length, nl.length]).toEqual([23, 23]);
    expect(alignParagraphs(fr, nl)).toEqual({ rows: identity(23), isOneToOne: true });
  });

  it("pairs the same real answer even when a Dutch bullet is missing", () => {
    const lines = readFileSync(new URL("../../seeds/000_dc0ab1c61fd4920e.txt", import.meta.url), "utf8").split("\n");
    const answer = lines.slice(lines.findIndex((l) => l.startsWith("Réponse reçue le")) + 1).filter((l) => l.trim() !== "");
    const dutchStart = answer.findIndex((l) => l.startsWith("1. De Federale"));
    const fr = answer.slice(0, dutchStart);
    const nl = answer.slice(dutchStart).filter((_, j) => j !== 16); // "• positief nieuws uit België – Good news."
    // The orphan French bullet joins the next one; every other row stays one to one.
    const shifted = identity(23).slice(18).map((r) => ({ fr: r.fr, nl: r.nl.map((j) => j - 1) }));
    expect(alignParagraphs(fr, nl).rows).toEqual([...identity(16), { fr: [16, 17], nl: [16] }, ...shifted]);
  });

  it("covers every index exactly once, in increasing order (property)", () => {
    const paragraph = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom("1. Premier point.", "2. a. Sous-point 2013.", "b. Suite.", "• puce", "– tiret", "", "   "),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), fc.array(paragraph, { maxLength: 12 }), (fr, nl) => {
        const { rows: got, isOneToOne } = alignParagraphs(fr, nl);
        expect(got.flatMap((r) => r.fr)).toEqual(fr.map((_, i) => i));
        expect(got.flatMap((r) => r.nl)).toEqual(nl.map((_, j) => j));
        expect(got.every((r) => r.fr.length + r.nl.length > 0)).toBe(true);
        expect(isOneToOne).toBe(got.every((r) => !isIrregularRow(r)));
      }),
    );
  });

  it("aligns any text with itself one to one (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 15 }), (text) => {
        expect(alignParagraphs(text, text).rows).toEqual(identity(text.length));
      }),
    );
  });
});

describe("irregular rows", () => {
  it("flags every row that is not exactly one paragraph beside one paragraph", () => {
    const alignment = { rows: rows([[0], [0]], [[1], [1, 2]], [[2], []], [[], [3]], [[3, 4], [4]]), isOneToOne: false };
    expect(irregularRows(alignment)).toEqual([false, true, true, true, true]);
    expect(isIrregularRow({ fr: [5], nl: [7] })).toBe(false);
  });
});

describe("leadingMarker", () => {
  it.each([
    ["1. Le Service public", "1"],
    ["2. a. Depuis le lancement", "2.a"],
    ["2.a) Sinds de start", "2.a"],
    ["b. Au sujet du compte", "b"],
    ["1) Les SPF", "1"],
    ["(3) Troisièmement", "3"],
    ["a) premier", "a"],
    ["I. Généralités", "i"],
    ["iv) quatrième", "iv"],
    ["1° l'arrêté", "1"],
    ["1.1. Champ", "1.1"],
    ["1.1 Champ", "1.1"],
    ["  • Bien utilisés", "•"],
    ["•Collé", "•"],
    ["- tiret", "•"],
    ["– tiret long", "•"],
  ])("%j opens on %j", (text, marker) => {
    expect(leadingMarker(text)).toBe(marker);
  });

  it.each(["Pourquoi ce choix ?", "M. Dupont a été nommé.", "A.R. du 5 mai 2013", "2013 fut une année", "-5 % en un an", "1.50€ par jour", ""])(
    "%j opens on plain text",
    (text) => {
      expect(leadingMarker(text)).toBeNull();
    },
  );
});

describe("anchorTokens", () => {
  it("normalises thousands separators and leaves the marker out", () => {
    expect(anchorTokens("2. a. nous avons 1\u00a0565 likes, 648 tweets pour 2.085 followers en 2013")).toEqual(
      new Set(["1565", "648", "2085", "2013"]),
    );
  });

  it("keeps links, addresses and handles verbatim, lowercased, without trailing punctuation", () => {
    expect(anchorTokens("Voir https://diplomatie.belgium.be/fr, info@Diplomatie.be et @BelgiumMFA.")).toEqual(
      new Set(["https://diplomatie.belgium.be/fr", "info@diplomatie.be", "@belgiummfa"]),
    );
  });
});

describe("cognateKeys", () => {
  it("matches French and Dutch cognates on their first four letters, accents dropped", () => {
    const fr = cognateKeys("la simplification administrative du personnel");
    const nl = cognateKeys("administratieve vereenvoudiging van het personeel");
    expect([...fr].filter((k) => nl.has(k))).toEqual(["admi", "pers"]);
    expect(cognateKeys("Évaluées")).toEqual(new Set(["eval"]));
  });
});
