import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse";

const SEED = "seeds/000_dc0ab1c61fd4920e.txt";
const seedBytes = readFileSync(new URL(`../../${SEED}`, import.meta.url));
const record = parseDocument(seedBytes, SEED);

describe("parseDocument on the real Senate document 5-8902", () => {
  it("reads the identity headers", () => {
    expect(record.id).toBe("5-8902");
    expect(record.chamber).toBe("senate");
    expect(record.legislature).toBe(5);
    expect(record.number).toBe(8902);
    expect(record.session).toBe("2012-2013");
    expect(record.askedOn).toBe("2013-04-30");
    expect(record.originalLanguage).toBe("nl");
  });

  it("reads author, addressee and subject", () => {
    expect(record.author).toEqual({ name: "Martine Taelman", party: "Open Vld" });
    expect(record.addressee).toEqual({
      fr: "vice-premier ministre et ministre des Affaires étrangères, du Commerce extérieur et des Affaires européennes",
      nl: "vice-eersteminister en minister van Buitenlandse Zaken, Buitenlandse Handel en Europese Zaken",
    });
    expect(record.subject).toEqual({
      fr: "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux",
      nl: "Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media",
    });
  });

  it("pairs the descriptors in source order", () => {
    expect(record.descriptors).toEqual([
      { fr: "ministère", nl: "ministerie" },
      { fr: "communauté virtuelle", nl: "virtuele gemeenschap" },
      { fr: "sensibilisation du public", nl: "bewustmaking van de burgers" },
      { fr: "relation administration-administré", nl: "betrekking tussen overheid en burger" },
      { fr: "médias sociaux", nl: "sociale media" },
    ]);
  });

  it("keeps one copy of the timeline", () => {
    expect(record.events).toEqual([
      { date: "2013-04-30", kind: "sent" },
      { date: "2013-12-18", kind: "reminder" },
      { date: "2014-02-17", kind: "answer" },
    ]);
  });

  it("deduplicates the cross-references", () => {
    expect(record.alsoAskedTo).toEqual([
      "5-8900", "5-8901", "5-8903", "5-8904", "5-8905", "5-8906", "5-8907", "5-8908", "5-8909",
      "5-8910", "5-8911", "5-8912", "5-8913", "5-8914", "5-8915", "5-8916", "5-8917", "5-8918",
    ]);
  });

  it("splits the question at the no-break-space line", () => {
    expect(record.question.fr).toHaveLength(6);
    expect(record.question.nl).toHaveLength(6);
    expect(record.question.fr[0]).toBe(
      "Ces dernières années, nos entreprises et nos autorités ont découvert l'atout majeur que constituent les médias sociaux pour entretenir des contacts rapides et faciles avec de (potentiels) clients ou citoyens. Quelques services publics fédéraux recourent également aux médias sociaux. On peut, par exemple, suivre le SPF Finances via @SPF_Finances, prendre contact avec ce service via Twitter et prendre connaissance des communiqués de presse officiels via @belgiumbe.",
    );
    expect(record.question.fr[1]).toBe("J'aimerais dès lors obtenir une réponse aux questions suivantes\u00a0:");
    expect(record.question.fr.at(-1)).toBe(
      "4) A-t-on enregistré, auprès des SPF relevant de votre compétence, des cas d'abus caractérisés par la diffusion par des tiers d'informations erronées provenant apparemment de l'État fédéral\u00a0? Êtes-vous, dans votre domaine de compétences, constamment attentif à ce problème\u00a0?",
    );
    expect(record.question.nl[0]).toBe(
      "Bedrijven en overheden hebben de afgelopen jaren de kracht van de sociale media ontdekt om op een vlotte en toegankelijke manier contact te onderhouden met (potentiële) klanten of burgers. Enkele federale overheidsdiensten maken intussen ook gebruik van sociale media, zo kan men via @FOD_Financien nieuws volgen over en contact opnemen met deze federale overheidsdienst via Twitter en worden via @belgiumbe de officiële persberichten verspreid via ditzelfde medium.",
    );
    expect(record.question.nl.at(-1)).toBe(
      "4) Zijn er bij de FOD's die onder uw bevoegdheid vallen, gevallen van misbruik bekend, waarbij foutieve informatie door derden verspreid wordt die ogenschijnlijk vanuit de federale overheid afkomstig zou zijn? Is er vanuit uw bevoegdheidsdomein hiervoor permanente aandacht ?",
    );
  });

  it("finds where the Dutch answer begins", () => {
    const answer = record.answer;
    expect(answer?.receivedOn).toBe("2014-02-17");
    expect(answer?.fr).toHaveLength(23);
    expect(answer?.nl).toHaveLength(23);
    expect(answer?.fr[0]).toBe(
      "1. Le Service public fédéral (SPF) Affaires étrangères a fait le choix de se lancer sur les réseaux sociaux via la création d’une page Facebook Diplomatie.Belgium et d’un compte Twitter Belgium MFA. Nous avons également un compte Google+, un compte Vimeo et Youtube pour nos productions audiovisuelles (rencontres ministérielles, films promotionnels, etc.).",
    );
    expect(answer?.fr.at(-1)).toBe(
      "4. Nous n’avons jusqu’ici eu aucune information erronée ou qui n’était pas du ressort de notre SPF. Toutes les informations diffusées sont soigneusement sélectionnées en concertation et dans la mesure du possible évitant toute controverse. Nous avons un système de peer review. Les sujets sensibles sont examinés par le porte-parole de notre SPF. Du côté des pages Facebook des postes à l’étranger, des formations et des instructions claires ont été données.",
    );
    expect(answer?.nl[0]).toBe(
      "1. De Federale Overheidsdienst (FOD) Buitenlandse Zaken is de weg van de sociale media ingeslagen door een Facebookpagina (Diplomatie.Belgium) en een Twitter-account (Belgium MFA) aan te maken. We hebben voorts een Google+- en een Vimeo-account en YouTube voor onze audiovisuele producties (ministeriële ontmoetingen, promotiefilms …).",
    );
    expect(answer?.nl.at(-1)).toBe(
      "4. Tot nu toe werd geen foutieve info of info die niet onder onze FOD ressorteert, verspreid. Alle info wordt vooraf zorgvuldig en in overleg geselecteerd waarbij, voor zover als mogelijk, elke controverse wordt vermeden. Wij hanteren een systeem van collegiale toetsing. Gevoelige onderwerpen worden gescreend door de woordvoerder van onze FOD. Voor de Facebookpagina’s van onze posten in het buitenland zijn opleidingen en duidelijke instructies verstrekt.",
    );
  });

  it("keeps bullets and inner no-break spaces of paragraphs", () => {
    expect(record.answer?.fr[2]?.startsWith("• Bien utilisés, les médias sociaux")).toBe(true);
    expect(record.answer?.fr[12]).toBe("• Communiqués de presse.");
    expect(record.answer?.nl[12]).toBe("• persberichten.");
    expect(record.answer?.fr[9]).toContain("nous avons 1\u00a0565 likes");
  });

  it("emits keys in the order of the public contract", () => {
    expect(Object.keys(record)).toEqual([
      "id", "chamber", "legislature", "number", "session", "askedOn", "originalLanguage", "author",
      "addressee", "subject", "descriptors", "events", "alsoAskedTo", "question", "answer",
    ]);
    expect(Object.keys(record.answer ?? {})).toEqual(["receivedOn", "fr", "nl"]);
  });

  it("gives the same record for the text as for the bytes", () => {
    expect(parseDocument(new TextDecoder().decode(seedBytes), SEED)).toEqual(record);
  });

  it("gives the same record with a BOM, CRLF line ends and trailing spaces", () => {
    const text = new TextDecoder().decode(seedBytes);
    const mangled = `\uFEFF${text.split("\n").map((line) => `${line}  \t`).join("\r\n")}\r\n`;
    expect(parseDocument(new TextEncoder().encode(mangled), SEED)).toEqual(record);
  });
});
