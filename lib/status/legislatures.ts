/**
 * The Senate's legislatures since the 1995 reform, numbered as in question ids ("5-8902" was
 * asked in the fifth): when each began and when it ended, with the source of every date.
 *
 * A legislature begins at the first sitting of the newly elected Senate and ends when the
 * Chambers are dissolved. Every dissolution since 1995 followed from the declaration of
 * revision of the Constitution: its publication in the Moniteur belge dissolves both Chambers
 * by right (Constitution, art. 195), so `end.on` is that publication date. A question still
 * unanswered on that day lapsed with the legislature (see status.ts).
 *
 * This list is data: when a legislature ends, add its dissolution (and the next one) with the
 * source, here and in the SQL table that mirrors it; a test keeps the two identical.
 */
import { z } from "zod";

export type Source = { citation: string; url?: string };

const isoDate = z.iso.date();
const sourceSchema = z.strictObject({ citation: z.string().min(10), url: z.url().optional() });

const legislatureSchema = z.strictObject({
  number: z.number().int().positive(),
  firstSitting: z.strictObject({ on: isoDate, sources: z.array(sourceSchema).min(1) }),
  /**
   * "running": not dissolved yet. "dissolved": the day the Chambers were dissolved.
   * "dissolved, date not established": it certainly ended (a later legislature exists) but no
   * source for the day was found; questions of it still lapse, without a count of days.
   */
  end: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("running") }),
    z.strictObject({ kind: z.literal("dissolved"), on: isoDate, sources: z.array(sourceSchema).min(1) }),
    z.strictObject({ kind: z.literal("dissolved, date not established"), note: z.string().min(10) }),
  ]),
});

export type Legislature = z.infer<typeof legislatureSchema>;

export const legislaturesSchema = z.array(legislatureSchema).superRefine((legislatures, ctx) => {
  legislatures.forEach((legislature, index) => {
    if (legislature.number !== index + 1) ctx.addIssue({ code: "custom", path: [index, "number"], message: "legislatures are numbered 1, 2, 3… in order" });
    const next = legislatures[index + 1];
    const { end } = legislature;
    if (next && end.kind === "running") ctx.addIssue({ code: "custom", path: [index, "end"], message: "only the last legislature can be running" });
    if (end.kind === "dissolved" && end.on < legislature.firstSitting.on) ctx.addIssue({ code: "custom", path: [index, "end"], message: "dissolved before its first sitting" });
    if (end.kind === "dissolved" && next && next.firstSitting.on <= end.on) ctx.addIssue({ code: "custom", path: [index + 1, "firstSitting"], message: "the next legislature sits before this one is dissolved" });
    if (next && next.firstSitting.on <= legislature.firstSitting.on) ctx.addIssue({ code: "custom", path: [index + 1, "firstSitting"], message: "first sittings must follow each other" });
  });
});

const senate = (citation: string, url?: string): Source => (url ? { citation, url } : { citation });

export const SENATE_LEGISLATURES: readonly Legislature[] = legislaturesSchema.parse([
  {
    number: 1,
    firstSitting: {
      on: "1995-06-08",
      sources: [senate("Sénat, Annales 1-1, séance du jeudi 8 juin 1995 (vérification des pouvoirs des sénateurs élus le 21 mai 1995)", "https://senate.be/www/?MIval=publications/viewPubDoc&TID=16779407&LANG=fr")],
    },
    end: {
      kind: "dissolved, date not established",
      note: "Dissolved in 1999 by the declaration of revision of the Constitution debated in the Senate on 28 April 1999 (Annales 1-266); the day of its publication in the Moniteur belge is not yet sourced here.",
    },
  },
  {
    number: 2,
    firstSitting: {
      on: "1999-07-01",
      sources: [
        senate("Sénat, Annales 2-2: sièges « communiqué[s] durant la séance du 1er juillet dernier »", "https://senate.be/www/?MIval=publications/viewPubDoc&TID=33605979&LANG=fr"),
        senate("Senaat, Beknopt Verslag 2-3, buitengewone zitting 1999, 14 juli 1999: geloofsbrieven « op 1 juli jongstleden door onze assemblee geldig verklaard »", "https://www.senate.be/www/?MIval=publications/viewTBlokDoc&DATUM=14/7/1999&TYP=crabv&VOLGNR=1&LANG=nl"),
      ],
    },
    end: {
      kind: "dissolved",
      on: "2003-04-10",
      sources: [senate("Déclaration de révision de la Constitution, Moniteur belge n° 128, 2e éd., 10 avril 2003 (cité dans Sénat, doc. 3-1050/2 et 3-639/3)", "http://www.senate.be/www/?MIval=/publications/viewPubDoc&TID=50343439&LANG=fr")],
    },
  },
  {
    number: 3,
    firstSitting: {
      on: "2003-06-05",
      sources: [
        senate("Senaat, Handelingen 3-1, donderdag 5 juni 2003 – openingsvergadering", "https://www.senate.be/www/?MIval=publications/viewPubDoc&TID=50331656&LANG=nl"),
        senate("Ministerraad 4 april 2003: de nieuwe Kamer en de nieuwe Senaat worden op donderdag 5 juni 2003 opgeroepen", "https://news.belgium.be/nl/bijeenroeping-van-de-kiescolleges"),
      ],
    },
    end: {
      kind: "dissolved",
      on: "2007-05-02",
      sources: [senate("Union interparlementaire, PARLINE, Sénat de Belgique, élections du 10 juin 2007: « La Chambre des Représentants et le Sénat ont été officiellement dissous le 2 mai »", "http://archive.ipu.org/parline-f/reports/arc/1030_07.htm")],
    },
  },
  {
    number: 4,
    firstSitting: {
      on: "2007-06-28",
      sources: [
        senate("Arrêté royal du 1er mai 2007, art. 2: « La nouvelle Chambre des représentants et le nouveau Sénat limité aux sénateurs élus directement sont convoqués le jeudi 28 juin 2007 » (numac 2007000387)", "https://refli.be/fr/lex/2007000387"),
        senate("Senaat, Federale verkiezingen 2007: bijeenroeping van de Senaat op donderdag 28 juni 2007", "https://www.senate.be/event/20070610-elections/index-nl.html"),
      ],
    },
    end: {
      kind: "dissolved",
      on: "2010-05-07",
      sources: [senate("Déclaration du pouvoir législatif, Moniteur belge n° 135, éd. 2, 7 mai 2010 (cité dans Sénat, doc. 5-469/1)", "https://senate.be/www/?MIval=publications/viewPubDoc&TID=83886651&LANG=fr")],
    },
  },
  {
    number: 5,
    firstSitting: {
      on: "2010-07-06",
      sources: [senate("Sénat, Annales 5-3: « En sa séance du 6 juillet dernier, le Sénat […] » (sénateurs élus le 13 juin 2010)", "https://senate.be/www/?MIval=publications/viewPubDoc&TID=83886127&LANG=nl")],
    },
    end: {
      kind: "dissolved",
      on: "2014-04-28",
      sources: [senate("Déclaration de révision de la Constitution, Moniteur belge, publiée le 28 avril 2014 (numac 2014021052)", "https://etaamb.openjustice.be/fr/modification-de-la-constitution_n2014021052.html")],
    },
  },
  {
    number: 6,
    firstSitting: {
      on: "2014-07-03",
      sources: [senate("Senaat, Verkiezingen van 25 mei 2014: « De nieuwe Senaat wordt bijeengeroepen op donderdag 3 juli 2014 » (art. 2 van het koninklijk besluit van 25 april 2014)", "http://www.senaat.be/actueel/homepage/Elections_2014/2014_elections_nl.html")],
    },
    end: {
      kind: "dissolved",
      on: "2019-05-23",
      sources: [senate("Déclaration de révision de la Constitution, Moniteur belge, publiée le 23 mai 2019 (numac 2019012671)", "https://etaamb.openjustice.be/fr/modification-de-la-constitution_n2019012671")],
    },
  },
  {
    number: 7,
    firstSitting: {
      on: "2019-07-04",
      sources: [senate("Sénat, « Le Sénat intégralement constitué » (7 août 2019): serment des sénateurs des entités fédérées « lors de la séance plénière du 4 juillet 2019 »", "https://senate.be/home/sections/institutioneel/20190807_institutional/20190807_institutional_fr.html")],
    },
    end: {
      kind: "dissolved",
      on: "2024-05-27",
      sources: [
        senate("Forum for the Future, « Malgré les indispensables quorums… »: déclaration votée par le Sénat le 17 mai 2024, « publiée au Moniteur belge ce 27 mai 2024 » (source secondaire)", "https://blog.forumforthefuture.be/fr/article/malgre-les-indispensables-quorums-nombreux-sont-ceux-qui-sinquietent-dune-enieme-reforme-de-letat/23482"),
        senate("RTL Info, 17 mai 2024: le Sénat adopte la déclaration, « qui doit être publiée au Moniteur, ce qui entraînera la dissolution des chambres »", "https://www.rtl.be/actu/belgique/politique/le-senat-donne-le-dernier-feu-vert-la-declaration-de-revision-de-la-constitution/2024-05-17/article/669932"),
      ],
    },
  },
  {
    number: 8,
    firstSitting: {
      on: "2024-07-18",
      sources: [
        senate("Ministerraad 17 mei 2024: « de nieuwe Senaat op donderdag 18 juli 2024 bijeengeroepen »", "https://news.belgium.be/nl/bijeenroeping-van-de-kiescolleges-0"),
        senate("Sénat, communiqué: prestation de serment des sénateurs issus des entités fédérées, séance plénière du jeudi 18 juillet 2024", "https://senat.prezly.com/prestation-de-serment-des-senateurs-issus-des-entites-federees"),
      ],
    },
    end: { kind: "running" },
  },
]);

/** The legislature a question's id names, or undefined for a number the list does not (yet) hold. */
export function findLegislature(number: number, legislatures: readonly Legislature[] = SENATE_LEGISLATURES): Legislature | undefined {
  return legislatures.find((legislature) => legislature.number === number);
}
