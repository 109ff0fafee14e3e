/**
 * French and Dutch vocabulary for synthetic Senate questions.
 *
 * The lists are fixed (they do not depend on the corpus seed) so that a benchmark can import
 * them and pick query words by expected frequency class, and so that every corpus uses the
 * same authors and addressees. Order matters: arrays are ranked, and the generator samples
 * rank r with probability ∝ 1/r^1.07 (Zipf), so the first entries are the common words and
 * the tail of machine-made pseudo-words provides genuinely rare terms.
 *
 * Authors and parties are deliberately impossible to mistake for real people: invented
 * syllable names and parties called "Synth-A", "Synth-B", ...
 */

import { Rng } from "./random";

export type Lang = "fr" | "nl";

/** A parliamentary topic in both languages (lower case, as descriptors are written). */
export interface TopicPair {
  readonly fr: string;
  readonly nl: string;
}

/**
 * Topic pairs, ranked by how often they are drawn (rank 1 = most frequent subject).
 * French and Dutch forms are always different strings: the parser sees the descriptor block
 * as one French list followed by one Dutch list, and identical forms would make tests vague.
 */
export const TOPICS: readonly TopicPair[] = [
  { fr: "justice", nl: "justitie" },
  { fr: "prisons", nl: "gevangenissen" },
  { fr: "santé publique", nl: "volksgezondheid" },
  { fr: "chemins de fer", nl: "spoorwegen" },
  { fr: "asile", nl: "asiel" },
  { fr: "fiscalité", nl: "belastingen" },
  { fr: "police", nl: "politie" },
  { fr: "pensions", nl: "pensioenen" },
  { fr: "défense", nl: "defensie" },
  { fr: "énergie nucléaire", nl: "kernenergie" },
  { fr: "chômage", nl: "werkloosheid" },
  { fr: "sécurité sociale", nl: "sociale zekerheid" },
  { fr: "immigration", nl: "immigratie" },
  { fr: "environnement", nl: "milieu" },
  { fr: "agriculture", nl: "landbouw" },
  { fr: "enseignement", nl: "onderwijs" },
  { fr: "emploi", nl: "werkgelegenheid" },
  { fr: "logement", nl: "huisvesting" },
  { fr: "transport aérien", nl: "luchtvaart" },
  { fr: "sécurité routière", nl: "verkeersveiligheid" },
  { fr: "impôt sur le revenu", nl: "inkomstenbelasting" },
  { fr: "taxe sur la valeur ajoutée", nl: "belasting over de toegevoegde waarde" },
  { fr: "fraude fiscale", nl: "belastingfraude" },
  { fr: "lutte contre le terrorisme", nl: "terrorismebestrijding" },
  { fr: "criminalité", nl: "criminaliteit" },
  { fr: "drogue", nl: "drugs" },
  { fr: "violence conjugale", nl: "partnergeweld" },
  { fr: "protection de la jeunesse", nl: "jeugdbescherming" },
  { fr: "droits de l'homme", nl: "mensenrechten" },
  { fr: "coopération au développement", nl: "ontwikkelingssamenwerking" },
  { fr: "affaires étrangères", nl: "buitenlandse zaken" },
  { fr: "commerce extérieur", nl: "buitenlandse handel" },
  { fr: "Union européenne", nl: "Europese Unie" },
  { fr: "marché du travail", nl: "arbeidsmarkt" },
  { fr: "sécurité alimentaire", nl: "voedselveiligheid" },
  { fr: "médicament", nl: "geneesmiddel" },
  { fr: "hôpital", nl: "ziekenhuis" },
  { fr: "assurance maladie", nl: "ziekteverzekering" },
  { fr: "soins de santé", nl: "gezondheidszorg" },
  { fr: "personne handicapée", nl: "gehandicapte" },
  { fr: "vieillissement de la population", nl: "vergrijzing" },
  { fr: "pauvreté", nl: "armoede" },
  { fr: "égalité de traitement", nl: "gelijke behandeling" },
  { fr: "discrimination", nl: "discriminatie" },
  { fr: "protection des consommateurs", nl: "consumentenbescherming" },
  { fr: "télécommunications", nl: "telecommunicatie" },
  { fr: "accès à internet", nl: "internettoegang" },
  { fr: "médias sociaux", nl: "sociale media" },
  { fr: "vie privée", nl: "privacy" },
  { fr: "protection des données", nl: "gegevensbescherming" },
  { fr: "cybercriminalité", nl: "computercriminaliteit" },
  { fr: "service postal", nl: "postdienst" },
  { fr: "entreprise publique", nl: "overheidsbedrijf" },
  { fr: "fonction publique", nl: "openbaar ambt" },
  { fr: "service public fédéral", nl: "federale overheidsdienst" },
  { fr: "budget de l'État", nl: "rijksbegroting" },
  { fr: "dette publique", nl: "overheidsschuld" },
  { fr: "secteur bancaire", nl: "banksector" },
  { fr: "assurance", nl: "verzekering" },
  { fr: "crédit", nl: "krediet" },
  { fr: "faillite", nl: "faillissement" },
  { fr: "petites et moyennes entreprises", nl: "kleine en middelgrote ondernemingen" },
  { fr: "travailleur indépendant", nl: "zelfstandige" },
  { fr: "énergie renouvelable", nl: "hernieuwbare energie" },
  { fr: "électricité", nl: "elektriciteit" },
  { fr: "gaz naturel", nl: "aardgas" },
  { fr: "prix de l'énergie", nl: "energieprijs" },
  { fr: "changement climatique", nl: "klimaatverandering" },
  { fr: "émission de gaz à effet de serre", nl: "uitstoot van broeikasgassen" },
  { fr: "pollution de l'air", nl: "luchtverontreiniging" },
  { fr: "déchets", nl: "afval" },
  { fr: "eau potable", nl: "drinkwater" },
  { fr: "bien-être animal", nl: "dierenwelzijn" },
  { fr: "chasse", nl: "jacht" },
  { fr: "pêche", nl: "visserij" },
  { fr: "mobilité", nl: "mobiliteit" },
  { fr: "transport en commun", nl: "openbaar vervoer" },
  { fr: "réseau routier", nl: "wegennet" },
  { fr: "navigation", nl: "scheepvaart" },
  { fr: "port maritime", nl: "zeehaven" },
  { fr: "aéroport", nl: "luchthaven" },
  { fr: "nuisances sonores", nl: "geluidshinder" },
  { fr: "armée", nl: "leger" },
  { fr: "matériel militaire", nl: "militair materieel" },
  { fr: "mission de paix", nl: "vredesmissie" },
  { fr: "OTAN", nl: "NAVO" },
  { fr: "commerce des armes", nl: "wapenhandel" },
  { fr: "service de renseignement", nl: "inlichtingendienst" },
  { fr: "sûreté de l'État", nl: "staatsveiligheid" },
  { fr: "protection civile", nl: "civiele bescherming" },
  { fr: "service d'incendie", nl: "brandweer" },
  { fr: "catastrophe naturelle", nl: "natuurramp" },
  { fr: "étranger", nl: "vreemdeling" },
  { fr: "regroupement familial", nl: "gezinshereniging" },
  { fr: "titre de séjour", nl: "verblijfsvergunning" },
  { fr: "naturalisation", nl: "naturalisatie" },
  { fr: "réfugié", nl: "vluchteling" },
  { fr: "traite des êtres humains", nl: "mensenhandel" },
  { fr: "centre fermé", nl: "gesloten centrum" },
  { fr: "expulsion", nl: "uitzetting" },
  { fr: "tribunal", nl: "rechtbank" },
  { fr: "procédure judiciaire", nl: "gerechtelijke procedure" },
  { fr: "magistrat", nl: "magistraat" },
  { fr: "aide juridique", nl: "juridische bijstand" },
  { fr: "casier judiciaire", nl: "strafregister" },
  { fr: "détention préventive", nl: "voorlopige hechtenis" },
  { fr: "surveillance électronique", nl: "elektronisch toezicht" },
  { fr: "surpopulation carcérale", nl: "overbevolking in de gevangenissen" },
  { fr: "internement", nl: "internering" },
  { fr: "mineur", nl: "minderjarige" },
  { fr: "adoption", nl: "adoptie" },
  { fr: "divorce", nl: "echtscheiding" },
  { fr: "succession", nl: "erfopvolging" },
  { fr: "droit des sociétés", nl: "vennootschapsrecht" },
  { fr: "code civil", nl: "burgerlijk wetboek" },
  { fr: "code pénal", nl: "strafwetboek" },
  { fr: "état civil", nl: "burgerlijke stand" },
  { fr: "carte d'identité", nl: "identiteitskaart" },
  { fr: "registre national", nl: "rijksregister" },
  { fr: "élections", nl: "verkiezingen" },
  { fr: "vote électronique", nl: "elektronisch stemmen" },
  { fr: "partis politiques", nl: "politieke partijen" },
  { fr: "financement des partis", nl: "partijfinanciering" },
  { fr: "communes", nl: "gemeenten" },
  { fr: "provinces", nl: "provincies" },
  { fr: "réforme de l'État", nl: "staatshervorming" },
  { fr: "Région de Bruxelles-Capitale", nl: "Brussels Hoofdstedelijk Gewest" },
  { fr: "emploi des langues", nl: "taalgebruik" },
  { fr: "culture", nl: "cultuur" },
  { fr: "patrimoine culturel", nl: "cultureel erfgoed" },
  { fr: "politique sportive", nl: "sportbeleid" },
  { fr: "dopage", nl: "doping" },
  { fr: "jeux de hasard", nl: "kansspelen" },
  { fr: "tabac", nl: "tabak" },
  { fr: "alcool", nl: "alcohol" },
  { fr: "obésité", nl: "obesitas" },
  { fr: "maladie chronique", nl: "chronische ziekte" },
  { fr: "cancer", nl: "kanker" },
  { fr: "vaccination", nl: "vaccinatie" },
  { fr: "épidémie", nl: "epidemie" },
  { fr: "médecin généraliste", nl: "huisarts" },
  { fr: "pharmacien", nl: "apotheker" },
  { fr: "infirmier", nl: "verpleegkundige" },
  { fr: "fin de vie", nl: "levenseinde" },
  { fr: "don d'organes", nl: "orgaandonatie" },
  { fr: "santé mentale", nl: "geestelijke gezondheid" },
  { fr: "allocations familiales", nl: "kinderbijslag" },
  { fr: "congé parental", nl: "ouderschapsverlof" },
  { fr: "garde d'enfants", nl: "kinderopvang" },
  { fr: "revenu d'intégration", nl: "leefloon" },
  { fr: "sans-abri", nl: "daklozen" },
  { fr: "salaire minimum", nl: "minimumloon" },
  { fr: "temps de travail", nl: "arbeidstijd" },
  { fr: "accident du travail", nl: "arbeidsongeval" },
  { fr: "maladie professionnelle", nl: "beroepsziekte" },
  { fr: "bien-être au travail", nl: "welzijn op het werk" },
  { fr: "dialogue social", nl: "sociaal overleg" },
  { fr: "grève", nl: "staking" },
  { fr: "prépension", nl: "brugpensioen" },
  { fr: "pension de retraite", nl: "rustpensioen" },
  { fr: "fonctionnaire", nl: "ambtenaar" },
  { fr: "marché public", nl: "overheidsopdracht" },
  { fr: "subvention", nl: "subsidie" },
  { fr: "statistique officielle", nl: "officiële statistiek" },
  { fr: "recensement", nl: "volkstelling" },
  { fr: "recherche scientifique", nl: "wetenschappelijk onderzoek" },
  { fr: "politique spatiale", nl: "ruimtevaartbeleid" },
  { fr: "innovation", nl: "innovatie" },
  { fr: "numérisation", nl: "digitalisering" },
  { fr: "administration électronique", nl: "elektronische overheid" },
  { fr: "simplification administrative", nl: "administratieve vereenvoudiging" },
  { fr: "administration des douanes", nl: "douaneadministratie" },
  { fr: "accises", nl: "accijnzen" },
  { fr: "blanchiment d'argent", nl: "witwassen van geld" },
  { fr: "paradis fiscal", nl: "belastingparadijs" },
  { fr: "évasion fiscale", nl: "belastingontwijking" },
  { fr: "contrôle fiscal", nl: "belastingcontrole" },
  { fr: "impôt des sociétés", nl: "vennootschapsbelasting" },
  { fr: "précompte immobilier", nl: "onroerende voorheffing" },
  { fr: "voiture de société", nl: "bedrijfswagen" },
  { fr: "SNCB", nl: "NMBS" },
  { fr: "infrastructure ferroviaire", nl: "spoorinfrastructuur" },
  { fr: "ponctualité des trains", nl: "stiptheid van de treinen" },
  { fr: "République démocratique du Congo", nl: "Democratische Republiek Congo" },
  { fr: "Afrique centrale", nl: "Centraal-Afrika" },
  { fr: "aide humanitaire", nl: "humanitaire hulp" },
  { fr: "poste diplomatique", nl: "diplomatieke post" },
  { fr: "visa", nl: "visum" },
  { fr: "protection consulaire", nl: "consulaire bijstand" },
  { fr: "famille royale", nl: "koninklijke familie" },
  { fr: "égalité entre hommes et femmes", nl: "gelijkheid van mannen en vrouwen" },
  { fr: "ministère", nl: "ministerie" },
  { fr: "communauté virtuelle", nl: "virtuele gemeenschap" },
  { fr: "sensibilisation du public", nl: "bewustmaking van de burgers" },
  { fr: "relation administration-administré", nl: "betrekking tussen overheid en burger" },
];

/**
 * Secondary subject segments ("Prisons - Surpopulation - Mesures"). Written with a capital
 * only on the first letter: the parser has to find where the French subject ends and the
 * Dutch one starts on a single line, and capitals inside a segment would blur that boundary.
 */
export const SUBJECT_QUALIFIERS: readonly TopicPair[] = [
  { fr: "Mesures", nl: "Maatregelen" },
  { fr: "Statistiques", nl: "Statistieken" },
  { fr: "Coût", nl: "Kostprijs" },
  { fr: "Évaluation", nl: "Evaluatie" },
  { fr: "Politique", nl: "Beleid" },
  { fr: "Nombre de dossiers", nl: "Aantal dossiers" },
  { fr: "Réglementation", nl: "Regelgeving" },
  { fr: "Financement", nl: "Financiering" },
  { fr: "Communication avec les citoyens", nl: "Communicatie met burgers" },
  { fr: "Recours aux médias sociaux", nl: "Gebruik van sociale media" },
  { fr: "Délais de traitement", nl: "Behandelingstermijnen" },
  { fr: "Répartition par région", nl: "Verdeling per gewest" },
  { fr: "Contrôle", nl: "Controle" },
  { fr: "Personnel", nl: "Personeel" },
  { fr: "Plaintes", nl: "Klachten" },
  { fr: "Sanctions", nl: "Sancties" },
  { fr: "Réforme", nl: "Hervorming" },
  { fr: "Application de la loi", nl: "Toepassing van de wet" },
  { fr: "Concertation avec les régions", nl: "Overleg met de gewesten" },
  { fr: "Transposition de la directive", nl: "Omzetting van de richtlijn" },
  { fr: "Situation actuelle", nl: "Huidige toestand" },
  { fr: "Perspectives", nl: "Vooruitzichten" },
  { fr: "Données chiffrées", nl: "Cijfergegevens" },
  { fr: "Retards", nl: "Vertragingen" },
];

/** Function words, ranked by frequency; they make text look French to a stopword detector. */
export const FR_FUNCTION_WORDS: readonly string[] = [
  "de", "la", "le", "les", "des", "et", "à", "en", "du", "que", "pour", "dans", "est", "un",
  "une", "qui", "par", "sur", "au", "aux", "ne", "pas", "sont", "il", "ce", "cette", "ces",
  "a", "avec", "nous", "vous", "plus", "ou", "mais", "elle", "être", "été", "leur", "leurs",
  "son", "sa", "ses", "se", "on", "y", "comme", "si", "tout", "très", "dont", "aussi",
  "ont", "même", "peut", "sans", "entre", "donc", "lors", "car",
];

export const NL_FUNCTION_WORDS: readonly string[] = [
  "de", "van", "het", "een", "en", "in", "is", "dat", "op", "te", "voor", "met", "niet",
  "zijn", "er", "aan", "die", "door", "worden", "wordt", "ook", "om", "bij", "deze", "over",
  "als", "naar", "uit", "nog", "maar", "kan", "moet", "hebben", "heeft", "zal", "of", "tot",
  "dan", "welke", "hoe", "werd", "werden", "al", "wel", "geen", "zo", "meer", "onder",
  "tussen", "reeds", "zich", "hun", "we", "u", "uw", "ons", "ik", "daar", "hier",
];

/** Everyday content words of written questions and answers, ranked (rank 1 = most common). */
export const FR_COMMON_WORDS: readonly string[] = [
  "ministre", "mesures", "service", "nombre", "année", "cadre", "question", "politique",
  "projet", "situation", "rapport", "données", "personnes", "moyens", "dossier", "secteur",
  "gouvernement", "administration", "loi", "arrêté", "règlement", "autorités", "niveau",
  "application", "procédure", "contrôle", "demande", "réponse", "montant", "budget", "coût",
  "délai", "système", "analyse", "évaluation", "information", "communication", "concertation",
  "collaboration", "plan", "programme", "objectif", "résultat", "période", "cas", "accord",
  "décision", "citoyens", "entreprises", "travailleurs", "membres", "régions", "État",
  "pays", "Belgique", "commission", "conseil", "instance", "organisme", "structure", "réseau",
  "législation", "disposition", "article", "paragraphe", "modification", "proposition",
  "initiative", "étude", "enquête", "chiffres", "évolution", "augmentation", "diminution",
  "réduction", "hausse", "baisse", "moyenne", "total", "part", "pourcentage", "euros",
  "millions", "problème", "difficulté", "solution", "amélioration", "suivi", "gestion",
  "personnel", "agents", "formation", "compétence", "responsabilité", "pouvoir", "fédéral",
  "régional", "national", "européen", "international", "public", "privé", "social",
  "économique", "financier", "juridique", "administratif", "technique", "nouveau", "actuel",
  "prochain", "dernier", "important", "nécessaire", "possible", "concerné", "compétent",
  "spécifique", "général", "particulier", "différent", "certain", "suffisant", "disponible",
  "prévu", "existant", "actuellement", "également", "notamment", "toutefois", "ainsi",
  "cependant", "néanmoins", "déjà", "encore", "toujours", "souvent", "récemment",
  "prochainement", "clairement", "concrètement", "environ", "respectivement", "afin", "selon",
  "depuis", "vers", "contre", "chez", "pendant", "après", "avant", "chaque", "tous", "toutes",
  "quels", "quelles", "combien", "comment", "pourquoi", "doit", "sera", "seront", "avait",
  "fait", "prend", "permet", "prévoit", "examine", "dispose", "concerne", "relève",
  "convient", "semble", "reste", "devient", "reçoit", "compte", "considère", "estime",
  "envisage", "souhaite", "constaté", "examiné", "adopté", "réalisé", "transmis",
  "communiqué", "analysé", "pris", "mis", "département", "circulaire", "instruction",
  "directive", "arrondissement", "parquet", "zone", "bureau", "centre", "direction",
  "tableau", "annexe", "note", "réunion", "groupe", "travail", "terrain", "pratique",
  "principe", "raison", "manière", "égard", "effet", "base", "suite", "sujet", "objet",
  "partie", "fin", "début", "mois", "semaines", "jours", "heures", "fois", "lieu", "place",
];

export const NL_COMMON_WORDS: readonly string[] = [
  "minister", "maatregelen", "dienst", "aantal", "jaar", "kader", "vraag", "beleid",
  "project", "toestand", "verslag", "gegevens", "personen", "middelen", "dossier", "sector",
  "regering", "administratie", "wet", "besluit", "reglement", "overheden", "niveau",
  "toepassing", "procedure", "controle", "aanvraag", "antwoord", "bedrag", "begroting",
  "kosten", "termijn", "systeem", "analyse", "evaluatie", "informatie", "communicatie",
  "overleg", "samenwerking", "plan", "programma", "doelstelling", "resultaat", "periode",
  "gevallen", "akkoord", "beslissing", "burgers", "ondernemingen", "werknemers", "leden",
  "gewesten", "Staat", "land", "België", "commissie", "raad", "instantie", "instelling",
  "structuur", "netwerk", "wetgeving", "bepaling", "artikel", "paragraaf", "wijziging",
  "voorstel", "initiatief", "studie", "onderzoek", "cijfers", "evolutie", "toename",
  "afname", "vermindering", "stijging", "daling", "gemiddelde", "totaal", "deel",
  "percentage", "euro", "miljoen", "probleem", "moeilijkheid", "oplossing", "verbetering",
  "opvolging", "beheer", "personeel", "agenten", "opleiding", "bevoegdheid",
  "verantwoordelijkheid", "macht", "federaal", "gewestelijk", "nationaal", "Europees",
  "internationaal", "openbaar", "privé", "sociaal", "economisch", "financieel", "juridisch",
  "administratief", "technisch", "nieuw", "huidig", "volgend", "laatste", "belangrijk",
  "noodzakelijk", "mogelijk", "betrokken", "bevoegd", "specifiek", "algemeen", "bijzonder",
  "verschillend", "bepaald", "voldoende", "beschikbaar", "gepland", "bestaand", "momenteel",
  "eveneens", "onder meer", "evenwel", "aldus", "echter", "nochtans", "alreeds", "nogmaals",
  "steeds", "vaak", "onlangs", "binnenkort", "duidelijk", "concreet", "ongeveer",
  "respectievelijk", "teneinde", "volgens", "sinds", "richting", "tegen", "bij wijze van",
  "tijdens", "na", "vóór", "elke", "alle", "allemaal", "hoeveel", "waarom", "hoe groot",
  "moeten", "zullen", "zou", "had", "gedaan", "neemt", "maakt", "voorziet", "onderzoekt",
  "beschikt", "betreft", "valt", "past", "lijkt", "blijft", "wordt nu", "ontvangt", "telt",
  "beschouwt", "schat", "overweegt", "wenst", "vastgesteld", "onderzocht", "aangenomen",
  "gerealiseerd", "overgemaakt", "meegedeeld", "geanalyseerd", "genomen", "gelegd",
  "departement", "omzendbrief", "instructie", "richtlijn", "arrondissement", "parket",
  "zone", "bureau", "centrum", "directie", "tabel", "bijlage", "nota", "vergadering",
  "groep", "werk", "terrein", "praktijk", "principe", "reden", "manier", "opzicht",
  "gevolg", "basis", "vervolg", "onderwerp", "voorwerp", "gedeelte", "einde", "begin",
  "maanden", "weken", "dagen", "uren", "keer", "plaats", "ruimte",
];

/**
 * Machine-made pseudo-words extend the ranked vocabulary into a long tail, so that a large
 * corpus has words occurring in only a handful of documents (the "rare" query class).
 * Built from a fixed seed, with language-typical suffixes, and checked for uniqueness.
 */
function pseudoWords(lang: Lang, count: number, seed: number, exclude: ReadonlySet<string>): string[] {
  const rng = new Rng(seed);
  const onsets =
    lang === "fr"
      ? ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "br", "cr", "gr", "pl", "tr", "qu"]
      : ["b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "sch", "kr", "gr", "bl", "st"];
  const vowels = lang === "fr" ? ["a", "e", "i", "o", "u", "ou", "é", "ai"] : ["a", "e", "i", "o", "u", "oe", "ee", "aa", "ij"];
  const suffixes =
    lang === "fr"
      ? ["ation", "ement", "ité", "age", "isme", "eur", "ance", "ure", "ier", "ique", "oir", "ence"]
      : ["heid", "ing", "schap", "isme", "teit", "atie", "erij", "sel", "aar", "lijk", "nis", "dom"];
  const out: string[] = [];
  const seen = new Set<string>(exclude);
  while (out.length < count) {
    let word = "";
    const syllables = rng.range(1, 3);
    for (let i = 0; i < syllables; i++) word += rng.pick(onsets) + rng.pick(vowels);
    word += rng.pick(onsets) + rng.pick(suffixes);
    if (!seen.has(word)) {
      seen.add(word);
      out.push(word);
    }
  }
  return out;
}

/** Number of pseudo-words per language in the long tail of the content vocabulary. */
export const PSEUDO_WORD_COUNT = 50_000;

function buildRanked(lang: Lang): readonly string[] {
  const common = lang === "fr" ? FR_COMMON_WORDS : NL_COMMON_WORDS;
  const fn = lang === "fr" ? FR_FUNCTION_WORDS : NL_FUNCTION_WORDS;
  // Topic words and function words are excluded so a pseudo-word never collides with them.
  const exclude = new Set<string>([...common, ...fn, ...TOPICS.map((t) => t[lang])]);
  return [...common, ...pseudoWords(lang, PSEUDO_WORD_COUNT, lang === "fr" ? 0xf2a11 : 0x9d7e3, exclude)];
}

/** Ranked content vocabulary (index 0 = most frequent content word). */
export const FR_CONTENT_RANKED: readonly string[] = buildRanked("fr");
export const NL_CONTENT_RANKED: readonly string[] = buildRanked("nl");

export function contentRanked(lang: Lang): readonly string[] {
  return lang === "fr" ? FR_CONTENT_RANKED : NL_CONTENT_RANKED;
}

/**
 * The full ranked vocabulary body text is drawn from: function words take the top ranks, as
 * in real text, then content words. With p ∝ 1/rank^1.07 over this list about 48% of the
 * drawn words are function words — plenty for stopword-based language detection — and the
 * content words follow a Zipf–Mandelbrot curve, so no single content word dominates.
 */
export const FR_RANKED: readonly string[] = [...FR_FUNCTION_WORDS, ...FR_CONTENT_RANKED];
export const NL_RANKED: readonly string[] = [...NL_FUNCTION_WORDS, ...NL_CONTENT_RANKED];

export function rankedVocabulary(lang: Lang): readonly string[] {
  return lang === "fr" ? FR_RANKED : NL_RANKED;
}

export type FrequencyClass = "common" | "medium" | "rare";

/**
 * Words that also occur in the fixed header text or the addressee lines of every document
 * ("Question écrite", "Schriftelijke vraag", "au ministre"): their document frequency says
 * nothing about body text, so they are not offered as query terms.
 */
const BOILERPLATE = new Set(["question", "vraag", "ministre", "minister", "réponse", "antwoord"]);

/** Rank ranges (0-based, within the content vocabulary) of each frequency class. */
export const FREQUENCY_CLASS_RANKS: Readonly<Record<FrequencyClass, readonly [number, number]>> = {
  common: [0, 30],
  medium: [1_000, 1_100],
  rare: [45_000, Number.POSITIVE_INFINITY],
};

/**
 * Single-word query terms by expected document frequency. Measured on 10,000 documents
 * (seed 1): "common" words occur in roughly 20–50% of documents, "medium" in about 2–3%,
 * "rare" in about 0.05% (a few dozen documents per 100,000).
 */
export function queryTerms(lang: Lang, cls: FrequencyClass, limit = 20): string[] {
  const ranked = contentRanked(lang);
  const [from, to] = FREQUENCY_CLASS_RANKS[cls];
  const out: string[] = [];
  for (let i = from; i < Math.min(to, ranked.length) && out.length < limit; i++) {
    const word = ranked[i];
    if (word !== undefined && !word.includes(" ") && !BOILERPLATE.has(word)) out.push(word);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Authors, parties, addressees

/** Clearly synthetic party labels; no real Belgian party is named. */
export const PARTIES: readonly string[] = [
  "Synth-A", "Synth-B", "Synth-C", "Synth-D", "Synth-E", "Synth-F", "Synth-G", "Synth-H", "Synth-I",
];

export interface Author {
  readonly name: string;
  readonly party: string;
  /** Language the author writes in, i.e. the original language of their questions. */
  readonly language: Lang;
}

/** Number of synthetic senators. */
export const AUTHOR_COUNT = 420;

function buildAuthors(): Author[] {
  const rng = new Rng(0xa07401);
  // Odd clusters (zq, xr, qu...) keep the names visibly invented.
  const firstStarts = ["Zor", "Qua", "Xyl", "Bre", "Vru", "Klo", "Tri", "Ozr", "Elv", "Ulm", "Ast", "Ivo", "Ydr", "Fen", "Glo", "Mir", "Nax", "Pel", "Rov", "Sab", "Tev", "Wen", "Aqu", "Ebr", "Oqu"];
  const firstEnds = ["eline", "ara", "ique", "ondo", "ix", "ette", "ulf", "ina", "ard", "ys", "elle", "o", "ana", "iel", "ox"];
  const lastStarts = ["Quas", "Zorb", "Vrek", "Xand", "Blix", "Trom", "Kvel", "Snor", "Plaz", "Drek", "Fulq", "Gnar", "Hexl", "Jorv", "Lumq", "Murz", "Nulv", "Prax", "Quib", "Rytz", "Ostr", "Ambr", "Eqsw", "Ulz"];
  const lastEnds = ["trak", "eline", "ovski", "ander", "aert", "mans", "ineau", "quet", "elbeek", "ix", "ozé", "uyt", "emont", "orf", "ezaq"];
  const authors: Author[] = [];
  const seen = new Set<string>();
  while (authors.length < AUTHOR_COUNT) {
    const first = rng.pick(firstStarts) + rng.pick(firstEnds);
    const last = rng.pick(lastStarts) + rng.pick(lastEnds);
    const name = rng.chance(0.12) ? `${first} ${rng.pick(lastStarts)}-${last}` : `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    authors.push({ name, party: rng.pick(PARTIES), language: rng.chance(0.4) ? "fr" : "nl" });
  }
  return authors;
}

export const AUTHORS: readonly Author[] = buildAuthors();

/** French "de" → "d'" before a vowel-initial name ("d'Ozrara Quastrak"). */
export function frenchOf(name: string): string {
  return /^[AEIOUYÀÂÉÈÊÎÔÛaeiouy]/.test(name) ? `d'${name}` : `de ${name}`;
}

interface Portfolio {
  readonly fr: string;
  readonly article: "le" | "la" | "l'" | "les";
  readonly nl: string;
}

const PORTFOLIOS: readonly Portfolio[] = [
  { fr: "Justice", article: "la", nl: "Justitie" },
  { fr: "Intérieur", article: "l'", nl: "Binnenlandse Zaken" },
  { fr: "Finances", article: "les", nl: "Financiën" },
  { fr: "Budget", article: "le", nl: "Begroting" },
  { fr: "Affaires étrangères", article: "les", nl: "Buitenlandse Zaken" },
  { fr: "Commerce extérieur", article: "le", nl: "Buitenlandse Handel" },
  { fr: "Affaires européennes", article: "les", nl: "Europese Zaken" },
  { fr: "Défense", article: "la", nl: "Landsverdediging" },
  { fr: "Emploi", article: "l'", nl: "Werk" },
  { fr: "Économie", article: "l'", nl: "Economie" },
  { fr: "Consommateurs", article: "les", nl: "Consumentenzaken" },
  { fr: "Affaires sociales", article: "les", nl: "Sociale Zaken" },
  { fr: "Santé publique", article: "la", nl: "Volksgezondheid" },
  { fr: "Pensions", article: "les", nl: "Pensioenen" },
  { fr: "Mobilité", article: "la", nl: "Mobiliteit" },
  { fr: "Énergie", article: "l'", nl: "Energie" },
  { fr: "Environnement", article: "l'", nl: "Leefmilieu" },
  { fr: "Développement durable", article: "le", nl: "Duurzame Ontwikkeling" },
  { fr: "Coopération au développement", article: "la", nl: "Ontwikkelingssamenwerking" },
  { fr: "Asile et la Migration", article: "l'", nl: "Asiel en Migratie" },
  { fr: "Intégration sociale", article: "l'", nl: "Maatschappelijke Integratie" },
  { fr: "Lutte contre la pauvreté", article: "la", nl: "Armoedebestrijding" },
  { fr: "Classes moyennes", article: "les", nl: "Middenstand" },
  { fr: "Indépendants", article: "les", nl: "Zelfstandigen" },
  { fr: "Agriculture", article: "l'", nl: "Landbouw" },
  { fr: "Fonction publique", article: "la", nl: "Ambtenarenzaken" },
  { fr: "Entreprises publiques", article: "les", nl: "Overheidsbedrijven" },
  { fr: "Politique scientifique", article: "la", nl: "Wetenschapsbeleid" },
  { fr: "Égalité des chances", article: "l'", nl: "Gelijke Kansen" },
  { fr: "Personnes handicapées", article: "les", nl: "Personen met een handicap" },
  { fr: "Lutte contre la fraude sociale", article: "la", nl: "Bestrijding van de sociale fraude" },
  { fr: "Modernisation des services publics", article: "la", nl: "Modernisering van de openbare diensten" },
  { fr: "Simplification administrative", article: "la", nl: "Administratieve Vereenvoudiging" },
  { fr: "Réformes institutionnelles", article: "les", nl: "Institutionele Hervormingen" },
  { fr: "Télécommunications", article: "les", nl: "Telecommunicatie" },
  { fr: "Poste", article: "la", nl: "Post" },
  { fr: "Agenda numérique", article: "l'", nl: "Digitale Agenda" },
  { fr: "Mer du Nord", article: "la", nl: "Noordzee" },
  { fr: "Vie privée", article: "la", nl: "Privacy" },
];

/** "de la Justice", "du Budget", "de l'Intérieur", "des Finances". */
function deForm(p: Portfolio): string {
  switch (p.article) {
    case "la":
      return `de la ${p.fr}`;
    case "le":
      return `du ${p.fr}`;
    case "l'":
      return `de l'${p.fr}`;
    case "les":
      return `des ${p.fr}`;
  }
}

/** "à la Mobilité", "au Budget", "à l'Asile", "aux Affaires européennes" (secretaries of state). */
function aForm(p: Portfolio): string {
  switch (p.article) {
    case "la":
      return `à la ${p.fr}`;
    case "le":
      return `au ${p.fr}`;
    case "l'":
      return `à l'${p.fr}`;
    case "les":
      return `aux ${p.fr}`;
  }
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1] ?? ""}`;
}

export interface Addressee {
  /** Full French line, e.g. "au vice-premier ministre et ministre de la Justice". */
  readonly fr: string;
  /** Full Dutch line, e.g. "aan de vice-eersteminister en minister van Justitie". */
  readonly nl: string;
}

/** Number of addressees (government members and two Senate bodies). */
export const ADDRESSEE_COUNT = 40;

function buildAddressees(): Addressee[] {
  const rng = new Rng(0xadd7e5);
  const list: Addressee[] = [
    { fr: "au premier ministre", nl: "aan de eerste minister" },
    // Bodies rather than persons: the only addressees written "aan het" in Dutch.
    { fr: "au Collège des questeurs", nl: "aan het College van quaestoren" },
    { fr: "au Bureau du Sénat", nl: "aan het Bureau van de Senaat" },
  ];
  // Both languages unique, so an addressee line identifies one government member.
  const seen = new Set(list.flatMap((a) => [a.fr, a.nl]));
  while (list.length < ADDRESSEE_COUNT) {
    const roll = rng.next();
    const female = rng.chance(0.45);
    const portfolios = rng.sample(PORTFOLIOS, rng.range(1, 3));
    const nlPortfolios = joinList(portfolios.map((p) => p.nl), "en");
    let fr: string;
    let nl: string;
    if (roll < 0.55) {
      fr = `${female ? "à la" : "au"} ministre ${joinList(portfolios.map(deForm), "et")}`;
      nl = `aan de minister van ${nlPortfolios}`;
    } else if (roll < 0.75) {
      fr = `${female ? "à la vice-première" : "au vice-premier"} ministre et ministre ${joinList(portfolios.map(deForm), "et")}`;
      nl = `aan de vice-eersteminister en minister van ${nlPortfolios}`;
    } else {
      fr = `${female ? "à la" : "au"} secrétaire d'État ${joinList(portfolios.map(aForm), "et")}`;
      nl = `aan de staatssecretaris voor ${nlPortfolios}`;
    }
    if (seen.has(fr) || seen.has(nl)) continue;
    seen.add(fr);
    seen.add(nl);
    list.push({ fr, nl });
  }
  return list;
}

export const ADDRESSEES: readonly Addressee[] = buildAddressees();

export const FR_MONTHS: readonly string[] = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];
export const NL_MONTHS: readonly string[] = [
  "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
];
