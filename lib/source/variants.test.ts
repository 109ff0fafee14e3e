/** Hand-written documents in the layout of the real export, one per layout variant. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFixture as parseTestDocument } from "../../tests/support/source";
import { parseDocument } from "./parse";

const parseFixture = (name: string) => parseTestDocument(`source/${name}`);

describe("parseDocument on layout variants", () => {
  it("reads a French question without answer, cross-references or reminders, headers on consecutive lines", () => {
    expect(parseFixture("4-1234_french_no-answer.txt")).toEqual({
      id: "4-1234",
      chamber: "senate",
      legislature: 4,
      number: 1234,
      session: "2008-2009",
      askedOn: "2009-03-01",
      originalLanguage: "fr",
      author: { name: "Olivier Destrebecq", party: "MR" },
      addressee: { fr: "ministre de la Justice", nl: "minister van Justitie" },
      subject: { fr: "Prisons", nl: "Gevangenissen" },
      descriptors: [
        { fr: "prison", nl: "gevangenis" },
        { fr: "surpopulation carcérale", nl: "overbevolking in de gevangenissen" },
      ],
      events: [{ date: "2009-03-01", kind: "sent" }],
      alsoAskedTo: [],
      question: {
        fr: [
          "La prison de Mons compte aujourd'hui plus de détenus que de places.",
          "Combien de détenus y sont-ils incarcérés à ce jour\u00a0?",
        ],
        nl: [
          "De gevangenis van Bergen telt vandaag meer gedetineerden dan plaatsen.",
          "Hoeveel gedetineerden verblijven er momenteel?",
        ],
      },
      answer: null,
    });
  });

  it("reads several reminders, side-by-side headers and an answer with more French than Dutch paragraphs", () => {
    expect(parseFixture("5-2001_reminders_unequal-answer.txt")).toEqual({
      id: "5-2001",
      chamber: "senate",
      legislature: 5,
      number: 2001,
      session: "2011-2012",
      askedOn: "2012-01-12",
      originalLanguage: "nl",
      author: { name: "Bert Anciaux", party: "sp.a" },
      addressee: { fr: "secrétaire d'État à l'Asile et la Migration", nl: "staatssecretaris voor Asiel en Migratie" },
      subject: { fr: "Syrie - Réfugiés - Accueil", nl: "Syrië - Vluchtelingen - Opvang" },
      descriptors: [
        { fr: "réfugié", nl: "vluchteling" },
        { fr: "Syrie", nl: "Syrië" },
      ],
      events: [
        { date: "2012-01-12", kind: "sent" },
        { date: "2012-03-15", kind: "reminder" },
        { date: "2012-04-20", kind: "reminder" },
        { date: "2012-06-05", kind: "answer" },
      ],
      alsoAskedTo: ["5-2000", "5-2002"],
      question: {
        fr: ["Combien de réfugiés syriens notre pays a-t-il accueillis en 2011\u00a0?"],
        nl: ["Hoeveel Syrische vluchtelingen heeft ons land in 2011 opgevangen?"],
      },
      answer: {
        receivedOn: "2012-06-05",
        fr: [
          "En 2011, l'Office des étrangers a enregistré 1\u00a0234 demandes d'asile de ressortissants syriens.",
          "• La plupart de ces demandes ont été introduites à la frontière.",
          "Les chiffres détaillés sont disponibles sur le site de l'Office.",
        ],
        nl: [
          "In 2011 registreerde de Dienst Vreemdelingenzaken 1\u00a0234 asielaanvragen van Syrische onderdanen, de meeste aan de grens.",
          "De gedetailleerde cijfers zijn beschikbaar op de website van de Dienst.",
        ],
      },
    });
  });

  it("reads an addressee with \"à l'\" / \"aan het\", acronyms in the subject and no descriptors", () => {
    expect(parseFixture("5-0345_a-l_aan-het_acronyms.txt")).toEqual({
      id: "5-345",
      chamber: "senate",
      legislature: 5,
      number: 345,
      session: "2011-2012",
      askedOn: "2012-02-29",
      originalLanguage: "fr",
      author: { name: "Fabienne Winckel", party: "PS" },
      addressee: { fr: "Agence fédérale de contrôle nucléaire", nl: "Federaal Agentschap voor Nucleaire Controle" },
      subject: { fr: "SNCB - Gares - Accessibilité", nl: "NMBS - Stations - Toegankelijkheid" },
      descriptors: [],
      events: [{ date: "2012-02-29", kind: "sent" }],
      alsoAskedTo: [],
      question: {
        fr: ["Les gares de la SNCB sont-elles accessibles aux personnes à mobilité réduite\u00a0?"],
        nl: ["Zijn de NMBS-stations toegankelijk voor personen met een beperkte mobiliteit?"],
      },
      answer: null,
    });
  });

  it("reads an addressee with \"aux\" and a subject whose languages have different segment counts", () => {
    expect(parseFixture("4-0789_aux_unequal-subject.txt")).toEqual({
      id: "4-789",
      chamber: "senate",
      legislature: 4,
      number: 789,
      session: "2009-2010",
      askedOn: "2009-12-03",
      originalLanguage: "fr",
      author: { name: "Marc Elsen", party: "cdH" },
      addressee: { fr: "ministres de la Justice et de l'Intérieur", nl: "ministers van Justitie en Binnenlandse Zaken" },
      subject: { fr: "Union européenne - Présidence belge", nl: "Belgisch EU-voorzitterschap" },
      descriptors: [{ fr: "présidence de l'UE", nl: "voorzitterschap van de EU" }],
      events: [{ date: "2009-12-03", kind: "sent" }],
      alsoAskedTo: ["4-790"],
      question: {
        fr: ["Quelles mesures de sécurité sont prévues pendant la présidence belge\u00a0?"],
        nl: ["Welke veiligheidsmaatregelen zijn gepland tijdens het Belgische voorzitterschap?"],
      },
      answer: null,
    });
  });

  it("reads a vice-prime minister addressee, no reminder, and question and answer headers on two lines", () => {
    expect(parseFixture("5-6543_vice-premier_consecutive-answer-header.txt")).toEqual({
      id: "5-6543",
      chamber: "senate",
      legislature: 5,
      number: 6543,
      session: "2011-2012",
      askedOn: "2012-06-07",
      originalLanguage: "nl",
      author: { name: "Dirk Claes", party: "CD&V" },
      addressee: {
        fr: "vice-première ministre et ministre de l'Intérieur et de l'Égalité des chances",
        nl: "vice-eersteminister en minister van Binnenlandse Zaken en Gelijke Kansen",
      },
      subject: { fr: "Police - Recrutement", nl: "Politie - Rekrutering" },
      descriptors: [
        { fr: "police", nl: "politie" },
        { fr: "recrutement", nl: "werving" },
      ],
      events: [
        { date: "2012-06-07", kind: "sent" },
        { date: "2012-08-02", kind: "answer" },
      ],
      alsoAskedTo: [],
      question: {
        fr: ["Combien de policiers ont été recrutés en 2011\u00a0?"],
        nl: ["Hoeveel politieagenten werden er in 2011 aangeworven?"],
      },
      answer: {
        receivedOn: "2012-08-02",
        fr: ["En 2011, 1\u00a0402 policiers ont été recrutés."],
        nl: ["In 2011 werden 1\u00a0402 politieagenten aangeworven."],
      },
    });
  });

  it("reads a BOM, CRLF line ends and trailing spaces in a fixture the same way", () => {
    const name = "5-2001_reminders_unequal-answer.txt";
    const text = readFileSync(new URL(`../../tests/fixtures/source/${name}`, import.meta.url), "utf8");
    const mangled = `\uFEFF${text.replaceAll("\n", " \r\n")}`;
    expect(parseDocument(mangled, name)).toEqual(parseFixture(name));
  });
});
