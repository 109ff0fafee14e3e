/**
 * Word pairs that measure inflection-complete search (issue 8, decision 0011), independent of
 * the code they measure: written by hand from common Dutch and French words of parliamentary
 * questions (administration, justice, health, transport, finance, defence, education, daily
 * life), not taken from the Hunspell dictionaries the search uses and not chosen by whether they
 * pass (the second half of each language's groups was written later, and measured before any
 * change it led to: docs/benchmarks.md). Each pair is two forms of one word (singular/plural, or an adjective's or participle's
 * forms), as a reader writes them; a search for either must find a question holding only the
 * other (tests/relevance/inflection.ts). LOOK_ALIKES are pairs of different words that must not
 * find each other.
 */
import type { Language } from "@/lib/lexicon/lexicon";

export type InflectionPair = { language: Language; one: string; other: string; kind: string };

/** "a/b c/d" -> pairs of one kind. */
function pairs(language: Language, kind: string, text: string): InflectionPair[] {
  return text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [one, other, ...rest] = pair.split("/");
      if (!one || !other || rest.length > 0) throw new Error(`not a pair: ${pair}`);
      return { language, one, other, kind };
    });
}

export const DUTCH_PAIRS: InflectionPair[] = [
  ...pairs("nl", "plural -en", `
    dienst/diensten wet/wetten besluit/besluiten richtlijn/richtlijnen termijn/termijnen
    verslag/verslagen rapport/rapporten vergadering/vergaderingen zitting/zittingen
    verkiezing/verkiezingen partij/partijen stem/stemmen lijst/lijsten begroting/begrotingen
    gewest/gewesten kabinet/kabinetten formulier/formulieren antwoord/antwoorden
    statistiek/statistieken tabel/tabellen jaar/jaren maand/maanden dag/dagen
    rechtbank/rechtbanken arrest/arresten straf/straffen klacht/klachten overtreding/overtredingen
    onderzoek/onderzoeken huiszoeking/huiszoekingen agent/agenten politieagent/politieagenten
    wapen/wapens diefstal/diefstallen moord/moorden enkelband/enkelbanden notaris/notarissen
    huwelijk/huwelijken scheiding/scheidingen migrant/migranten terrorist/terroristen
    aanslag/aanslagen vreemdeling/vreemdelingen vluchteling/vluchtelingen
    verblijfsvergunning/verblijfsvergunningen arts/artsen huisarts/huisartsen tandarts/tandartsen
    patiënt/patiënten geneesmiddel/geneesmiddelen medicijn/medicijnen behandeling/behandelingen
    besmetting/besmettingen virus/virussen ziekenfonds/ziekenfondsen mutualiteit/mutualiteiten
    terugbetaling/terugbetalingen bed/bedden uitkering/uitkeringen pensioen/pensioenen
    ongeval/ongevallen arbeidsongeval/arbeidsongevallen spoeddienst/spoeddiensten
    trein/treinen spoorlijn/spoorlijnen bus/bussen fiets/fietsen weg/wegen snelweg/snelwegen
    brug/bruggen kruispunt/kruispunten verkeerslicht/verkeerslichten luchthaven/luchthavens
    vliegtuig/vliegtuigen vlucht/vluchten boot/boten parkeerplaats/parkeerplaatsen
    abonnement/abonnementen biljet/biljetten vertraging/vertragingen staking/stakingen
    werf/werven belasting/belastingen heffing/heffingen bedrag/bedragen kost/kosten
    inkomst/inkomsten loon/lonen salaris/salarissen bank/banken lening/leningen schuld/schulden
    investering/investeringen rekening/rekeningen onderneming/ondernemingen
    vennootschap/vennootschappen winkel/winkels markt/markten consument/consumenten
    klant/klanten contract/contracten overeenkomst/overeenkomsten verzekering/verzekeringen
    polis/polissen project/projecten budget/budgetten krediet/kredieten munt/munten
    tekort/tekorten overschot/overschotten baan/banen fabriek/fabrieken tarief/tarieven
    soldaat/soldaten officier/officieren gevechtsvliegtuig/gevechtsvliegtuigen
    fregat/fregatten oefening/oefeningen veteraan/veteranen bondgenoot/bondgenoten
    conflict/conflicten oorlog/oorlogen aanval/aanvallen raket/raketten bom/bommen
    spion/spionnen dreiging/dreigingen cyberaanval/cyberaanvallen satelliet/satellieten
    leerling/leerlingen leerkracht/leerkrachten student/studenten les/lessen
    opleiding/opleidingen dorp/dorpen land/landen lidstaat/lidstaten gebouw/gebouwen
    woning/woningen gezin/gezinnen vrouw/vrouwen man/mannen mens/mensen persoon/personen
    dier/dieren hond/honden paard/paarden kip/kippen bos/bossen rivier/rivieren strand/stranden
    dijk/dijken krant/kranten journalist/journalisten bericht/berichten netwerk/netwerken
    mast/masten zendmast/zendmasten vereniging/verenigingen kerk/kerken bezoek/bezoeken
    verzoek/verzoeken zwangerschap/zwangerschappen koning/koningen prins/prinsen
    kunstwerk/kunstwerken monument/monumenten boek/boeken middel/middelen
    maatregel/maatregelen norm/normen doelstelling/doelstellingen gevolg/gevolgen
    lek/lekken storing/storingen defect/defecten brandstof/brandstoffen brand/branden
    plaats/plaatsen plek/plekken gebied/gebieden park/parken tuin/tuinen veld/velden
    terrein/terreinen pand/panden loket/loketten trap/trappen scherm/schermen
    wachtwoord/wachtwoorden profiel/profielen toestel/toestellen
  `),
  ...pairs("nl", "plural -en, vowel or consonant change", `
    straat/straten advocaat/advocaten magistraat/magistraten kandidaat/kandidaten
    mandaat/mandaten ambtenaar/ambtenaren resultaat/resultaten apparaat/apparaten
    paragraaf/paragrafen aanvraag/aanvragen vraag/vragen week/weken uur/uren zaak/zaken
    oorzaak/oorzaken inbraak/inbraken apotheek/apotheken bibliotheek/bibliotheken
    probleem/problemen systeem/systemen psycholoog/psychologen piloot/piloten
    nummerplaat/nummerplaten kanaal/kanalen lokaal/lokalen zaal/zalen muur/muren raam/ramen
    kantoor/kantoren gevaar/gevaren taal/talen boom/bomen
    flitspaal/flitspalen factuur/facturen leraar/leraren orgaan/organen
    brief/brieven omzendbrief/omzendbrieven archief/archieven bedrijf/bedrijven
    misdrijf/misdrijven verlof/verloven huis/huizen ziekenhuis/ziekenhuizen
    rusthuis/rusthuizen paleis/paleizen rijbewijs/rijbewijzen bewijs/bewijzen
    prijs/prijzen reis/reizen sluis/sluizen grens/grenzen accijns/accijnzen advies/adviezen
    pakket/pakketten parket/parketten vignet/vignetten cel/cellen
    gevangenis/gevangenissen erfenis/erfenissen commissaris/commissarissen
    staatssecretaris/staatssecretarissen
    stad/steden hoofdstad/hoofdsteden schip/schepen vrachtschip/vrachtschepen
    lid/leden kamerlid/kamerleden parlementslid/parlementsleden raadslid/raadsleden
    gemeenteraadslid/gemeenteraadsleden commissielid/commissieleden bestuurslid/bestuursleden
    personeelslid/personeelsleden zoon/zonen graf/graven dak/daken slot/sloten spel/spelen
    hof/hoven gat/gaten glas/glazen pad/paden bad/baden
    zakenman/zakenlieden brandweerman/brandweerlieden
  `),
  ...pairs("nl", "plural -eren", `
    kind/kinderen ei/eieren blad/bladeren goed/goederen lied/liederen volk/volkeren
    kalf/kalveren rund/runderen
  `),
  ...pairs("nl", "plural -heden", `
    overheid/overheden bevoegdheid/bevoegdheden verantwoordelijkheid/verantwoordelijkheden
    mogelijkheid/mogelijkheden moeilijkheid/moeilijkheden gelegenheid/gelegenheden
    eenheid/eenheden hoeveelheid/hoeveelheden gemeenschap/gemeenschappen
  `),
  ...pairs("nl", "plural -s", `
    minister/ministers ministerie/ministeries gemeente/gemeentes provincie/provincies
    administratie/administraties procedure/procedures dossier/dossiers studie/studies
    enquête/enquêtes commissie/commissies senator/senators burgemeester/burgemeesters
    functie/functies werknemer/werknemers werkgever/werkgevers website/websites
    computer/computers cijfer/cijfers rechter/rechters procureur/procureurs griffie/griffies
    griffier/griffiers cipier/cipiers boete/boetes slachtoffer/slachtoffers dader/daders
    zone/zones politiezone/politiezones inspecteur/inspecteurs drug/drugs fraude/fraudes
    deurwaarder/deurwaarders ouder/ouders asielzoeker/asielzoekers dokter/dokters
    apotheker/apothekers vaccin/vaccins operatie/operaties test/tests premie/premies
    psychiater/psychiaters kamer/kamers handicap/handicaps ambulance/ambulances
    onderzoeker/onderzoekers station/stations perron/perrons reiziger/reizigers tram/trams
    wagen/wagens vrachtwagen/vrachtwagens fietser/fietsers voetganger/voetgangers
    bestuurder/bestuurders chauffeur/chauffeurs tunnel/tunnels haven/havens drone/drones
    parking/parkings kilometer/kilometers verkeersbord/verkeersborden ticket/tickets
    controle/controles snelheidscontrole/snelheidscontroles uitgave/uitgaven
    aandeelhouder/aandeelhouders obligatie/obligaties subsidie/subsidies bijdrage/bijdrages
    bijdrage/bijdragen handelaar/handelaars verzekeraar/verzekeraars cheque/cheques
    maaltijdcheque/maaltijdcheques fraudeur/fraudeurs douanier/douaniers
    controleur/controleurs boekhouder/boekhouders vacature/vacatures sector/sectoren
    centrale/centrales kerncentrale/kerncentrales reactor/reactoren windmolen/windmolens
    leverancier/leveranciers meter/meters generaal/generaals kazerne/kazernes tank/tanks
    helikopter/helikopters missie/missies reservist/reservisten leraar/leraars
    eigenaar/eigenaars huurder/huurders dochter/dochters varken/varkens boer/boeren
    landbouwer/landbouwers container/containers kabel/kabels antenne/antennes sport/sporten
    club/clubs organisatie/organisaties religie/religies geboorte/geboortes
    regel/regels bureau/bureaus balie/balies sleutel/sleutels machine/machines robot/robots
    code/codes gebruiker/gebruikers account/accounts hacker/hackers burger/burgers
    inwoner/inwoners bediende/bedienden getuige/getuigen verdachte/verdachten
    gedetineerde/gedetineerden gevangene/gevangenen minderjarige/minderjarigen
    jongere/jongeren bejaarde/bejaarden gehandicapte/gehandicapten werkloze/werklozen
    gepensioneerde/gepensioneerden zelfstandige/zelfstandigen verpleegkundige/verpleegkundigen
    gewonde/gewonden dode/doden ziekte/ziekten ziekte/ziektes
  `),
  ...pairs("nl", "plural -'s", `
    camera/camera's programma/programma's auto/auto's euro/euro's diploma/diploma's
    risico/risico's regio/regio's foto/foto's video/video's radio/radio's thema/thema's
    taxi/taxi's kmo/kmo's vzw/vzw's gsm/gsm's agenda/agenda's
  `),
  ...pairs("nl", "plural -ën", `
    industrie/industrieën bacterie/bacteriën epidemie/epidemieën pandemie/pandemieën
    categorie/categorieën idee/ideeën zee/zeeën moskee/moskeeën olie/oliën
    knie/knieën theorie/theorieën strategie/strategieën
  `),
  ...pairs("nl", "plural, Latin", `
    criterium/criteria centrum/centra museum/musea laboratorium/laboratoria
    woonzorgcentrum/woonzorgcentra visum/visa politicus/politici technicus/technici
    historicus/historici
  `),
  ...pairs("nl", "adjective -e", `
    federaal/federale buitenlands/buitenlandse binnenlands/binnenlandse nationaal/nationale
    lokaal/lokale europees/europese belgisch/belgische openbaar/openbare sociaal/sociale
    nieuw/nieuwe groot/grote klein/kleine hoog/hoge laag/lage oud/oude jong/jonge lang/lange
    kort/korte zwaar/zware gevaarlijk/gevaarlijke duur/dure goedkoop/goedkope
    wettelijk/wettelijke financieel/financiële economisch/economische medisch/medische
    juridisch/juridische gerechtelijk/gerechtelijke militair/militaire politiek/politieke
    publiek/publieke actief/actieve negatief/negatieve positief/positieve
    structureel/structurele dringend/dringende bevoegd/bevoegde verantwoordelijk/verantwoordelijke
    nodig/nodige mogelijk/mogelijke groen/groene rood/rode wit/witte zwart/zwarte vrij/vrije
    grijs/grijze boos/boze ziek/zieke vlaams/vlaamse waals/waalse brussels/brusselse
    regionaal/regionale gemeentelijk/gemeentelijke provinciaal/provinciale
    internationaal/internationale illegaal/illegale crimineel/criminele digitaal/digitale
    elektrisch/elektrische fiscaal/fiscale administratief/administratieve anoniem/anonieme
    onafhankelijk/onafhankelijke eerlijk/eerlijke snel/snelle traag/trage veilig/veilige
    schoon/schone zwak/zwakke sterk/sterke dik/dikke leeg/lege vol/volle stil/stille
    laat/late vroeg/vroege
  `),
  ...pairs("nl", "plural -en", `
    akkoord/akkoorden amendement/amendementen artikel/artikelen beroep/beroepen bestuur/besturen
    betoging/betogingen bijeenkomst/bijeenkomsten bon/bonnen bord/borden debat/debatten
    departement/departementen document/documenten eis/eisen element/elementen fonds/fondsen fout/fouten
    geval/gevallen gesprek/gesprekken getal/getallen gevangenisstraf/gevangenisstraffen grondwet/grondwetten
    hervorming/hervormingen hoorzitting/hoorzittingen inbreuk/inbreuken incident/incidenten
    initiatief/initiatieven jurist/juristen klok/klokken lijk/lijken maatschappij/maatschappijen
    melding/meldingen mening/meningen miljoen/miljoenen miljard/miljarden model/modellen object/objecten
    ontwerp/ontwerpen oplossing/oplossingen parlement/parlementen plan/plannen praktijk/praktijken
    prioriteit/prioriteiten proef/proeven protocol/protocollen punt/punten stap/stappen standpunt/standpunten
    stuk/stukken tekst/teksten toestemming/toestemmingen traject/trajecten uitzondering/uitzonderingen
    verandering/veranderingen verhoging/verhogingen vergoeding/vergoedingen vermindering/verminderingen
    verplichting/verplichtingen vestiging/vestigingen voorstel/voorstellen vraagstuk/vraagstukken
    werkgroep/werkgroepen wijk/wijken wijziging/wijzigingen winst/winsten woord/woorden
    nationaliteit/nationaliteiten activiteit/activiteiten capaciteit/capaciteiten faciliteit/faciliteiten
    kwaliteit/kwaliteiten entiteit/entiteiten
  `),
  ...pairs("nl", "plural -en, vowel or consonant change", `
    bezwaar/bezwaren lichaam/lichamen oog/ogen oor/oren heer/heren taak/taken onderdeel/onderdelen
    deel/delen aandeel/aandelen spoor/sporen stadhuis/stadhuizen gemeentehuis/gemeentehuizen
    lot/loten gebed/gebeden gebrek/gebreken bevel/bevelen dal/dalen spoorweg/spoorwegen slag/slagen
    verdrag/verdragen verbod/verboden oorlogsschip/oorlogsschepen vakman/vaklieden timmerman/timmerlieden
    raadsman/raadslieden staatsman/staatslieden koopman/kooplieden
  `),
  ...pairs("nl", "plural -eren, -heden, Latin", `
    lam/lammeren rad/raderen been/beenderen werkzaamheid/werkzaamheden omstandigheid/omstandigheden
    bijzonderheid/bijzonderheden datum/data referendum/referenda
  `),
  ...pairs("nl", "plural -s", `
    artikel/artikels dienstverlener/dienstverleners examen/examens inspectie/inspecties instantie/instanties
    interpellatie/interpellaties kader/kaders kanton/kantons keuze/keuzes medewerker/medewerkers
    methode/methodes motie/moties nummer/nummers periode/periodes pijler/pijlers positie/posities
    principe/principes reactie/reacties reden/redenen register/registers relatie/relaties ruimte/ruimtes
    sessie/sessies situatie/situaties voorwaarde/voorwaarden zetel/zetels weduwe/weduwen stadion/stadions
    rol/rollen
  `),
  ...pairs("nl", "plural -'s", `
    alinea/alinea's kilo/kilo's metro/metro's scenario/scenario's studio/studio's paraplu/paraplu's
    menu/menu's baby/baby's hobby/hobby's lobby/lobby's cao/cao's ocmw/ocmw's pc/pc's tv/tv's nota/nota's
    pagina/pagina's
  `),
  ...pairs("nl", "plural -ën", `
    economie/economieën democratie/democratieën melodie/melodieën allergie/allergieën
    technologie/technologieën ideologie/ideologieën therapie/therapieën kolonie/kolonieën
  `),
  ...pairs("nl", "adjective -e", `
    nederlands/nederlandse duits/duitse frans/franse engels/engelse amerikaans/amerikaanse russisch/russische
    chinees/chinese religieus/religieuze serieus/serieuze nerveus/nerveuze officieel/officiële
    essentieel/essentiële potentieel/potentiële materieel/materiële rationeel/rationele normaal/normale
    totaal/totale centraal/centrale globaal/globale mondiaal/mondiale liberaal/liberale neutraal/neutrale
    moreel/morele reëel/reële duidelijk/duidelijke moeilijk/moeilijke belangrijk/belangrijke
    persoonlijk/persoonlijke mondeling/mondelinge schriftelijk/schriftelijke tijdelijk/tijdelijke vast/vaste
    zeker/zekere ander/andere heel/hele echt/echte goed/goede slecht/slechte arm/arme rijk/rijke warm/warme
    koud/koude droog/droge nat/natte breed/brede smal/smalle diep/diepe zacht/zachte hard/harde
    bekend/bekende gelukkig/gelukkige nuttig/nuttige efficiënt/efficiënte relevant/relevante
    competent/competente intelligent/intelligente transparant/transparante
  `),
];

export const FRENCH_PAIRS: InflectionPair[] = [
  ...pairs("fr", "plural -s", `
    ministre/ministres ministère/ministères secrétaire/secrétaires fonctionnaire/fonctionnaires
    service/services administration/administrations commune/communes province/provinces
    région/régions gouvernement/gouvernements cabinet/cabinets loi/lois arrêté/arrêtés
    décret/décrets ordonnance/ordonnances circulaire/circulaires règlement/règlements
    directive/directives article/articles paragraphe/paragraphes chapitre/chapitres
    annexe/annexes formulaire/formulaires demande/demandes procédure/procédures délai/délais
    dossier/dossiers décision/décisions rapport/rapports étude/études enquête/enquêtes
    réunion/réunions commission/commissions conseil/conseils parlementaire/parlementaires
    député/députés sénateur/sénateurs bourgmestre/bourgmestres échevin/échevins
    fonction/fonctions membre/membres travailleur/travailleurs employeur/employeurs
    institution/institutions agence/agences autorité/autorités compétence/compétences
    responsabilité/responsabilités possibilité/possibilités difficulté/difficultés
    élection/élections électeur/électeurs parti/partis liste/listes candidat/candidats
    mandat/mandats budget/budgets site/sites ordinateur/ordinateurs courrier/courriers
    lettre/lettres question/questions réponse/réponses chiffre/chiffres donnée/données
    statistique/statistiques année/années semaine/semaines jour/jours heure/heures
    critère/critères centre/centres musée/musées visa/visas quota/quotas
    juge/juges avocat/avocats magistrat/magistrats procureur/procureurs parquet/parquets
    greffier/greffiers jugement/jugements arrêt/arrêts peine/peines prison/prisons
    prisonnier/prisonniers cellule/cellules gardien/gardiens infraction/infractions
    délit/délits crime/crimes amende/amendes victime/victimes suspect/suspects témoin/témoins
    plainte/plaintes affaire/affaires perquisition/perquisitions agent/agents
    policier/policiers zone/zones inspecteur/inspecteurs commissaire/commissaires arme/armes
    drogue/drogues vol/vols cambriolage/cambriolages meurtre/meurtres fraude/fraudes
    bracelet/bracelets caméra/caméras preuve/preuves notaire/notaires huissier/huissiers
    héritage/héritages mariage/mariages divorce/divorces enfant/enfants parent/parents
    jeune/jeunes mineur/mineurs étranger/étrangers demandeur/demandeurs réfugié/réfugiés
    migrant/migrants titre/titres terroriste/terroristes attentat/attentats
    médecin/médecins généraliste/généralistes infirmier/infirmiers pharmacien/pharmaciens
    pharmacie/pharmacies patient/patients maladie/maladies médicament/médicaments
    vaccin/vaccins traitement/traitements opération/opérations test/tests
    contamination/contaminations bactérie/bactéries épidémie/épidémies mutualité/mutualités
    prime/primes remboursement/remboursements dentiste/dentistes psychologue/psychologues
    psychiatre/psychiatres lit/lits chambre/chambres soin/soins handicap/handicaps
    allocation/allocations pension/pensions pensionné/pensionnés accident/accidents
    blessé/blessés organe/organes donneur/donneurs ambulance/ambulances urgence/urgences
    laboratoire/laboratoires chercheur/chercheurs soignant/soignants
    train/trains gare/gares ligne/lignes voie/voies quai/quais voyageur/voyageurs tram/trams
    voiture/voitures véhicule/véhicules camion/camions vélo/vélos cycliste/cyclistes
    piéton/piétons conducteur/conducteurs chauffeur/chauffeurs route/routes
    autoroute/autoroutes rue/rues pont/ponts tunnel/tunnels carrefour/carrefours radar/radars
    contrôle/contrôles aéroport/aéroports avion/avions pilote/pilotes port/ports
    navire/navires écluse/écluses drone/drones taxi/taxis parking/parkings
    kilomètre/kilomètres péage/péages vignette/vignettes plaque/plaques
    abonnement/abonnements billet/billets retard/retards grève/grèves chantier/chantiers
    infrastructure/infrastructures
    impôt/impôts taxe/taxes accise/accises montant/montants coût/coûts dépense/dépenses
    recette/recettes revenu/revenus salaire/salaires banque/banques prêt/prêts crédit/crédits
    dette/dettes intérêt/intérêts actionnaire/actionnaires obligation/obligations
    investissement/investissements subside/subsides subvention/subventions
    contribution/contributions facture/factures compte/comptes entreprise/entreprises
    société/sociétés indépendant/indépendants commerçant/commerçants magasin/magasins
    marché/marchés consommateur/consommateurs client/clients contrat/contrats accord/accords
    assurance/assurances assureur/assureurs programme/programmes projet/projets chèque/chèques
    fraudeur/fraudeurs douanier/douaniers contrôleur/contrôleurs comptable/comptables
    déficit/déficits chômeur/chômeurs emploi/emplois secteur/secteurs industrie/industries
    usine/usines centrale/centrales réacteur/réacteurs éolienne/éoliennes
    fournisseur/fournisseurs compteur/compteurs tarif/tarifs loyer/loyers
    locataire/locataires propriétaire/propriétaires logement/logements bâtiment/bâtiments
    maison/maisons
    militaire/militaires soldat/soldats officier/officiers caserne/casernes armée/armées
    frégate/frégates char/chars hélicoptère/hélicoptères mission/missions exercice/exercices
    réserviste/réservistes vétéran/vétérans allié/alliés conflit/conflits guerre/guerres
    attaque/attaques missile/missiles bombe/bombes mine/mines espion/espions menace/menaces
    cyberattaque/cyberattaques satellite/satellites
    école/écoles enseignant/enseignants professeur/professeurs élève/élèves
    étudiant/étudiants université/universités diplôme/diplômes formation/formations
    ville/villes village/villages état/états frontière/frontières famille/familles
    femme/femmes homme/hommes citoyen/citoyens habitant/habitants personne/personnes
    chien/chiens vache/vaches œuf/œufs agriculteur/agriculteurs forêt/forêts arbre/arbres
    rivière/rivières mer/mers plage/plages déchet/déchets langue/langues idée/idées
    catégorie/catégories problème/problèmes système/systèmes thème/thèmes photo/photos
    vidéo/vidéos journaliste/journalistes message/messages câble/câbles antenne/antennes
    club/clubs association/associations organisation/organisations église/églises
    mosquée/mosquées visite/visites congé/congés naissance/naissances roi/rois prince/princes
    œuvre/œuvres monument/monuments bibliothèque/bibliothèques livre/livres moyen/moyens
    mesure/mesures règle/règles norme/normes objectif/objectifs résultat/résultats
    effet/effets conséquence/conséquences risque/risques danger/dangers dégât/dégâts
    fuite/fuites panne/pannes défaut/défauts carburant/carburants incendie/incendies
    pompier/pompiers endroit/endroits territoire/territoires parc/parcs jardin/jardins
    champ/champs terrain/terrains salle/salles guichet/guichets mur/murs fenêtre/fenêtres
    porte/portes clé/clés appareil/appareils machine/machines utilisateur/utilisateurs
    profil/profils pirate/pirates détail/détails festival/festivals carnaval/carnavals
    récital/récitals bal/bals pneu/pneus trou/trous
  `),
  ...pairs("fr", "plural -aux, -eaux, -x", `
    hôpital/hôpitaux tribunal/tribunaux journal/journaux animal/animaux cheval/chevaux
    général/généraux canal/canaux local/locaux principal/principaux capital/capitaux
    signal/signaux arsenal/arsenaux total/totaux rival/rivaux métal/métaux terminal/terminaux
    idéal/idéaux égal/égaux travail/travaux vitrail/vitraux corail/coraux émail/émaux bail/baux
    tableau/tableaux réseau/réseaux niveau/niveaux bureau/bureaux bateau/bateaux
    panneau/panneaux tuyau/tuyaux eau/eaux château/châteaux couteau/couteaux
    drapeau/drapeaux plateau/plateaux morceau/morceaux oiseau/oiseaux nouveau/nouveaux
    beau/beaux feu/feux jeu/jeux enjeu/enjeux lieu/lieux neveu/neveux cheveu/cheveux
    vœu/vœux bijou/bijoux genou/genoux
    œil/yeux ciel/cieux monsieur/messieurs madame/mesdames mademoiselle/mesdemoiselles
  `),
  ...pairs("fr", "adjective, masculine/feminine/plural", `
    national/nationale national/nationaux national/nationales fédéral/fédérale
    fédéral/fédéraux régional/régionale communal/communale communal/communaux
    provincial/provinciale social/sociale social/sociaux pénal/pénale légal/légale
    illégal/illégaux fiscal/fiscale fiscal/fiscaux médical/médicale médical/médicaux
    public/publique public/publics publique/publiques étranger/étrangère premier/première
    dernier/dernière entier/entière financier/financière judiciaire/judiciaires
    policier/policière pénitentiaire/pénitentiaires européen/européenne belge/belges
    ancien/ancienne actif/active négatif/négative positif/positive administratif/administrative
    exécutif/exécutive législatif/législative définitif/définitive nouveau/nouvelle beau/belle
    vieux/vieille long/longue frais/fraîche franc/franche blanc/blanche sec/sèche grec/grecque
    turc/turque doux/douce faux/fausse heureux/heureuse dangereux/dangereuse
    nombreux/nombreuse sérieux/sérieuse gros/grosse bas/basse épais/épaisse exprès/expresse
    complet/complète secret/secrète inquiet/inquiète discret/discrète net/nette cruel/cruelle
    réel/réelle actuel/actuelle officiel/officielle personnel/personnelle
    professionnel/professionnelle criminel/criminelle annuel/annuelle bon/bonne
    majeur/majeure mineur/mineure meilleur/meilleure supérieur/supérieure
    extérieur/extérieure intérieur/intérieure hospitalier/hospitalière
    veuf/veuve neuf/neuve bref/brève nul/nulle gentil/gentille pareil/pareille grand/grande
    petit/petite haut/haute court/courte fort/forte lourd/lourde vert/verte
  `),
  ...pairs("fr", "noun, masculine/feminine", `
    directeur/directrice inspecteur/inspectrice acteur/actrice travailleur/travailleuse
    chercheur/chercheuse vendeur/vendeuse agriculteur/agricultrice sénateur/sénatrice
    électeur/électrice président/présidente avocat/avocate candidat/candidate
    député/députée étudiant/étudiante infirmier/infirmière prisonnier/prisonnière
    ouvrier/ouvrière conjoint/conjointe époux/épouse ami/amie voisin/voisine citoyen/citoyenne
    directeur/directrices
  `),
  ...pairs("fr", "participle, feminine/plural", `
    élu/élue élu/élus détenu/détenue détenu/détenus détenue/détenues employé/employée
    salarié/salariée assuré/assurée handicapé/handicapée réfugié/réfugiée prévu/prévue
    prévu/prévus reçu/reçue dû/due connu/connue vendu/vendue perdu/perdue tenu/tenue
    obtenu/obtenue fait/faite dit/dite écrit/écrite pris/prise mis/mise compris/comprise
    permis/permise ouvert/ouverte offert/offerte couvert/couverte mort/morte né/née
    fini/finie choisi/choisie saisi/saisie établi/établie adopté/adoptée adopté/adoptés
    approuvé/approuvée publié/publiée signé/signée visé/visée concerné/concernée
    concerné/concernés autorisé/autorisée interdit/interdite condamné/condamnée
    condamné/condamnés inculpé/inculpée accusé/accusée poursuivi/poursuivie expulsé/expulsée
    rapatrié/rapatriés blessé/blessée tué/tués informé/informée chargé/chargée
    désigné/désignée nommé/nommée engagé/engagés licencié/licenciés payé/payée versé/versée
    remboursé/remboursée accordé/accordée refusé/refusée demandé/demandée proposé/proposée
  `),
  ...pairs("fr", "plural -s", `
    amendement/amendements comité/comités débat/débats département/départements document/documents
    élément/éléments examen/examens erreur/erreurs entretien/entretiens nombre/nombres réforme/réformes
    audition/auditions incident/incidents initiative/initiatives inspection/inspections instance/instances
    interpellation/interpellations juriste/juristes cadre/cadres horloge/horloges collaborateur/collaborateurs
    signalement/signalements opinion/opinions méthode/méthodes million/millions milliard/milliards
    modèle/modèles motion/motions note/notes numéro/numéros objet/objets partie/parties solution/solutions
    parlement/parlements période/périodes pilier/piliers plan/plans position/positions pratique/pratiques
    principe/principes priorité/priorités épreuve/épreuves protocole/protocoles point/points
    réaction/réactions raison/raisons référendum/référendums registre/registres relation/relations rôle/rôles
    espace/espaces session/sessions situation/situations étape/étapes tâche/tâches texte/textes
    autorisation/autorisations trajet/trajets exception/exceptions changement/changements
    augmentation/augmentations indemnité/indemnités réduction/réductions établissement/établissements
    proposition/propositions condition/conditions groupe/groupes quartier/quartiers modification/modifications
    bénéfice/bénéfices mot/mots siège/sièges oreille/oreilles veuve/veuves seigneur/seigneurs prière/prières
    ordre/ordres vallée/vallées piste/pistes chemin/chemins part/parts traité/traités interdiction/interdictions
    stade/stades maire/maires artisan/artisans charpentier/charpentiers marchand/marchands
    jardinier/jardiniers activité/activités capacité/capacités qualité/qualités nationalité/nationalités
    entité/entités circonstance/circonstances particularité/particularités portail/portails clou/clous
    cou/cous bleu/bleus
  `),
  ...pairs("fr", "plural -aux, -eaux, -x", `
    cristal/cristaux amiral/amiraux maréchal/maréchaux cardinal/cardinaux minéral/minéraux végétal/végétaux
    joyau/joyaux noyau/noyaux fléau/fléaux manteau/manteaux anneau/anneaux ruisseau/ruisseaux
    rouleau/rouleaux troupeau/troupeaux hameau/hameaux caillou/cailloux aveu/aveux adieu/adieux
  `),
  ...pairs("fr", "adjective, masculine/feminine/plural", `
    américain/américaine allemand/allemande français/française anglais/anglaise russe/russes chinois/chinoise
    religieux/religieuse nerveux/nerveuse essentiel/essentielle potentiel/potentielle matériel/matérielle
    rationnel/rationnelle normal/normale normal/normaux total/totale central/centrale central/centraux
    global/globale global/globaux mondial/mondiale mondial/mondiaux libéral/libérale libéral/libéraux
    neutre/neutres moral/morale moral/moraux clair/claire difficile/difficiles important/importante
    oral/orale oral/oraux temporaire/temporaires fixe/fixes certain/certaine autre/autres vrai/vraie
    mauvais/mauvaise pauvre/pauvres riche/riches chaud/chaude froid/froide mouillé/mouillée large/larges
    étroit/étroite profond/profonde dur/dure fermé/fermée curieux/curieuse utile/utiles efficace/efficaces
    pertinent/pertinente compétent/compétente intelligent/intelligente transparent/transparente
    malin/maligne bénin/bénigne favori/favorite fou/folle mou/molle jumeau/jumelle tiers/tierce aigu/aiguë
    ambigu/ambiguë sot/sotte caduc/caduque laïc/laïque collaborateur/collaboratrice
  `),
  ...pairs("fr", "participle, feminine/plural", `
    signalé/signalée constaté/constatées déposé/déposée introduit/introduite transmis/transmise
    soumis/soumise acquis/acquise conclu/conclue exclu/exclue inclus/incluse suspendu/suspendue
    rendu/rendue attendu/attendue entendu/entendues construit/construite détruit/détruite produit/produite
    réduit/réduite traduit/traduite conduit/conduite dissous/dissoute peint/peinte craint/crainte
    joint/jointe atteint/atteinte éteint/éteinte contraint/contrainte venu/venue devenu/devenue
    parvenu/parvenue intervenu/intervenue survenu/survenue maintenu/maintenue retenu/retenue
    soutenu/soutenue contenu/contenue assis/assise surpris/surprise appris/apprise repris/reprise
    promis/promise commis/commise émis/émise admis/admise omis/omise remis/remise
  `),
];

/**
 * Different words that look alike (one letter apart, or what a spelling rule would make of the
 * other): neither may find a question holding only the other. `language` is where `one` is
 * held and looked for; `otherLanguage` where `other` is (the same unless the pair crosses).
 */
export type LookAlike = { one: string; language: Language; other: string; otherLanguage: Language; why: string };

const lookAlike = (language: Language, one: string, other: string, why: string, otherLanguage: Language = language): LookAlike =>
  ({ one, language, other, otherLanguage, why });

export const LOOK_ALIKES: LookAlike[] = [
  lookAlike("nl", "zon", "zone", "zon + e is another noun"),
  lookAlike("nl", "zon", "zones", "the plural of zone, not of zon"),
  lookAlike("nl", "zon", "zonen", "zonen is the plural of zoon and of zone; zon's is zonnen"),
  lookAlike("nl", "zoon", "zone", "the singular zoon shares the plural zonen with zone"),
  lookAlike("nl", "buitenlandse", "binnenlandse", "antonyms one prefix apart"),
  lookAlike("nl", "politie", "politiek", "police / politics"),
  lookAlike("nl", "been", "ben", "benen is the plural of been and of ben"),
  lookAlike("nl", "graf", "graaf", "graven is the plural of graf and of graaf"),
  lookAlike("nl", "staf", "staaf", "staven is the plural of staf and of staaf"),
  lookAlike("nl", "lid", "lied", "leden / liederen"),
  lookAlike("nl", "lid", "leed", "leden is not the plural of leed"),
  lookAlike("nl", "wet", "weten", "a verb"),
  lookAlike("nl", "kleinzoon", "zone", "a compound of zoon, not of zone"),
  lookAlike("nl", "kleinzonen", "zone", "a compound of zoon, not of zone"),
  lookAlike("nl", "bal", "baal", "ballen / balen"),
  lookAlike("nl", "kamer", "kameraad", "a longer word"),
  lookAlike("nl", "wapen", "wapenen", "a verb form, not a plural"),
  lookAlike("nl", "ei", "eis", "eis is another noun"),
  lookAlike("nl", "politie", "politique", "Dutch word, French look-alike", "fr"),
  lookAlike("nl", "zon", "zones", "a Dutch word; the French zones is a form of zone", "fr"),
  lookAlike("nl", "kanton", "kant", "a longer word"),
  lookAlike("fr", "banc", "banque", "a rule c -> que would reach it"),
  lookAlike("fr", "politique", "politie", "French word, Dutch look-alike", "nl"),
  lookAlike("fr", "cour", "courrier", "a longer word"),
  lookAlike("fr", "vol", "volet", "a longer word"),
  lookAlike("fr", "port", "portail", "a longer word"),
  lookAlike("fr", "franc", "franchise", "a derived noun"),
];
