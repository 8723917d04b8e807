"""Small general word lists the rules lean on.

Nothing here names a particular person or company: these are the closed
classes of news English (titles, organisation suffixes, event words,
demonyms, calendar words) plus common surnames and given names, which say
"this looks like a person" without saying who.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The numerals that follow a name ("World War II", "Henry VIII"): not its head.
ROMAN_NUMERALS = words("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI")


# The articles a name may open with at a sentence's start ("The Guardian", "A Star Is Born").
ARTICLES = frozenset({"The", "A", "An"})

# Words that stand before or after a name and say it is a person's.
TITLES = words(
    """
    Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Madam
    Baroness Viscount Viscountess Countess Marchioness
    Sen. Sen Sens. Sens Senator Rep. Rep Reps. Reps Representative Gov. Gov Governor Mayor
    President Vice
    Premier Chancellor Minister Secretary General Gen. Lt. Col. Colonel Captain Capt.
    Admiral Sergeant Judge Justice King Queen Prince Princess Pope Bishop Rabbi Imam
    Chairman Chairwoman Chairperson Chair CEO CFO COO CTO CIO Founder Co-founder Cofounder
    Director Managing Executive Chief Officer Partner VP SVP EVP Senior Deputy Head
    Spokesman Spokeswoman Spokesperson Ambassador Commissioner Councillor Councilor
    Vice-President Vice-Chairman Chairman-elect President-elect Coach Manager Editor
    Analyst Economist Founder-CEO Speaker Leader Attorney Counsel Prosecutor Detective Inspector
    Superintendent Constable Sheriff Lieutenant Archbishop Cardinal Reverend Rev Rev. Revd Pastor
    Envoy Consul Marshal Commander Cllr Cllr. Councilman Councilwoman Assemblyman
    Assemblywoman Alderman Sheikh Emir Hon Hon. Rt Rt. Assistant Taoiseach Tánaiste Cr Cr.
    Brigadier Corporal Commodore Administrator Treasurer Justices Headteacher Headmaster
    Headmistress Mme Mlle
    Undersheriff Under-Sheriff Undersecretary Under-Secretary
    Lt Col Capt Sgt Sgt. Maj Maj. Cpl Cpl. Adm Adm. Cmdr Cmdr. Brig Brig. Supt Supt. Insp Insp.
    Pte Pte. Gnr Gnr. Spr Spr. Rfn Rfn. Tpr Tpr. L/Cpl Bdr Bdr.
    Det Det. Fr Fr. Gen Gens Gens. Atty Atty. Pres Pres. Ch Ch. DCI DI
    MP MEP MSP MLA MPP MHA MNA TD MS KC QC
    Secretary-General Attorney-General Governor-General Director-General Solicitor-General
    Inspector-General Surgeon-General Auditor-General Lieutenant-General Major-General
    Lieutenant-Colonel Lieutenant-Governor Commander-in-Chief Editor-in-Chief
    """
)  # the last line: elected members ("Labour MP Dawn Butler", "Sinn Féin TD Mairéad Farrell")

# Honorifics of West Africa, South Asia and Malaysia, the comrade of Southern Africa's
# liberation parties, its advocates' and engineers' titles and the English judge's, and
# the lawyers' and magistrates' of South Asia's papers: titles before a person's name
# ("Alhaji Sani Danlami", "Haji Muhammad Younis", "Shri Shashank Tripathi", "Cde Farai
# Moyo", "Adv Rutendo Chikore", "Eng Farai Mushonga", "Recorder Imogen Tate", "Barrister
# Khurram Awan", "District Magistrate Ashok Kumar Chaudhary"), but
# words of a body's or a place's name too ("Shri Ram College of Commerce", "Mallam Atta
# Market", "the Greenfield Recorder"), so titles only before a name that names no body or
# place.
NAME_HONORIFICS = words(
    "Alhaji Alhaja Hajia Hajiya Haji Hajji Kiai Kyai Mallam Engr Engr. Datuk Datin Shri"
    " Shrimati Smt Cde Cde. Comrade Recorder Adv Adv. Eng Eng. Barrister Magistrate"
    " Kagawad Tanod"  # a Philippine village's councillor and watchman
    " Collector"  # an Indian district's head: "District Collector S. Vaidehi Narayanan"
    # the Philippine National Police's ranks: "PCol. Arnaldo Ventura", "PBGen Romeo Caramat"
    " PGen PLtGen PMGen PBGen PCol PCol. PLtCol PLtCol. PMaj PMaj. PCapt PCpt PLt"
)
# French, German, Spanish and Italian courtesy titles: titles only before the surname of
# someone the article names in full ("Claire Dufresne ... Madame Dufresne"); elsewhere the
# word opens a name ("Madame Bovary", "Herr Lehmann", "Señor Frog's", a Dr Paul Herr).
COURTESY_TITLES = words("Madame Monsieur Herr Frau Señor Señora Signor Signora")
# British police ranks in letters ("PC Darren Lowe", "DS Karen Hill", "PCSO Amy Reed"):
# titles only before an officer's name, as the letters are also "PC World", "DS Smith"
# and the Nintendo DS (so not among TITLES, which stand alone too).
POLICE_RANKS = words("PC PCSO DC DS DSI DCS")
# The forces' ranks that are everyday words too ("Private Eye", "Major League"): titles
# only before a name, and not before a given name alone ("Private Benjamin", a film);
# "Major", a given name as often ("Major Applewhite", "Major Lazer"), only before a name
# in full ("Major Ken Abernethy").
EVERYDAY_RANKS = words(
    "Major Private Rifleman Sapper Bombardier Guardsman Fusilier Seaman Midshipman Airman "
    "Aircraftman"
)
# Ranks in letters of Malaysia's police and Singapore's forces ("Comm Datuk Hamzah Idris",
# "LTC Sharon Tay", "LTC Tay"), and the honours of a side's best ("Galway All-Star Colm
# Fahy"): titles only before a name, as they are also "the Comm Games", the "Lahore
# Transport Company (LTC)", Litecoin and the "NBA All-Star Game".
RANKS_BEFORE_A_NAME = words(
    "Comm Comm. LTC SLTC All-Star All-American All-Pro"
    # plural ranks before two names ("Lieutenants John Chard and Gonville Bromhead"), which
    # also name sides and bodies ("Lake County Captains", "Sergeants Benevolent Association")
    " Lieutenants Captains Colonels Sergeants Corporals"
) | EVERYDAY_RANKS
# Elected members' titles in the plural, before the first of two or more names
# ("Commissioners Everett Gentry and Caridad Montemayor", "Council Members Thaddeus Lark
# and ...", "Crs Pike and Fahey-Lui"); also words of bodies and places ("the County
# Commissioners Association", "the Commissioners Court", "the Members Pavilion").
PLURAL_TITLES = words(
    "Commissioners Senators Councillors Councilors Councilmembers Members Crs Cllrs"
    " Supervisors Aldermen"
)
TITLES = TITLES | NAME_HONORIFICS
# The last word of a record chart's name, which no body or place ends with: "UK Albums
# (OCC)", "Hot Latin Songs", "US Airplay" (the letters after it are its compiler's).
CHART_HEADS = frozenset({"Albums", "Singles", "Airplay"})
# A firm's legal form, abbreviated, whose stop is the name's mid-sentence ("Hoshino Motor
# Corp. said").
LEGAL_ABBREVIATIONS = words("Corp Inc Co Ltd Bros Cos Plc")
# A company's legal form, which ends its name ("Tamar Aggregates Ltd of Callington").
LEGAL_FORMS = (LEGAL_ABBREVIATIONS - {"Bros", "Cos", "Plc"}) | words(
    "Ltd. Limited Inc. Incorporated Corp. Co. LLC LLP PLC plc AG GmbH Pty Bhd NV SA SpA BV AB Pvt"
)
# Titles only before a person's name, and names of their own alone ("The Advocate", the
# newspaper; "Advocate Health Care"; "Larry Elder"): "Advocate Sipho Mahlangu SC", "Elder
# Joseph Moonias" (a First Nation's, a church's).
TITLES_BEFORE_A_PERSON = words("Advocate Elder")
# Malaysia's two-word honorifics: "Datuk Seri Azhar Kamaruddin", "Tan Sri Lim Kok Thay".
# Their second word, and "Tan" (also a surname) or "Puan", are titles only in the pair.
# ("Dato' Sri": the apostrophe ends the run before "Sri", which chunking reads apart.)
COMPOUND_HONORIFICS = frozenset({
    ("Datuk", "Seri"), ("Dato", "Sri"), ("Dato", "Seri"), ("Datin", "Seri"),
    ("Datin", "Paduka"), ("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan"), ("Datuk", "Wira"),
    # a Philippine village's head and officers: "Punong Barangay Nestor Cruz", "Barangay
    # Kagawad Ramon Reyes"
    ("Punong", "Barangay"), ("Barangay", "Kagawad"), ("Barangay", "Captain"),
    ("Barangay", "Chairman"), ("Barangay", "Tanod"),
    # a bishop's, a dean's: "the Most Revd Hudson Tavake", "the Very Rev Philip Rongo"
    ("Most", "Revd"), ("Most", "Rev"), ("Very", "Revd"), ("Very", "Rev"), ("Right", "Revd"),
    ("Right", "Rev"),
})  # fmt: skip
# Of those, the ones that are a title only opening a name with more after it: "Eng" is
# also a Chinese name's part ("Lim Eng Hock", "Mr Eng said").
LEADING_ONLY_TITLES = words("Eng Eng.")
# The last words of the forces' units: "the 163rd Rifle Division", "the 7th Fleet", "the
# 98th Kenora Rifles"; and those that alone after a number are a part of a unit the
# article names ("the 2nd Battalion") or a league's ("promoted from the 4th Division").
FORCES_UNITS = words(
    "Division Divisions Brigade Regiment Battalion Squadron Corps Army Fleet Wing Rifles "
    "Infantry Artillery Cavalry Hussars Lancers Dragoons Guards Fusiliers Highlanders "
    "Escadrille Flotilla Airborne Commando Marines"
)
SUB_UNITS = words("Battalion Company Platoon Troop Battery Division")
# The number a unit's name opens with ("the 163rd Rifle Division", "No. 303 Squadron";
# not a count: "38 Canadian Army soldiers").
UNIT_NUMBER = re.compile(r"(?:\b\d{1,3}(?:st|nd|rd|th)|\bNo\.\s?\d{1,3}) $")
# Honorifics that also end names of their own, with no person after them: "Ole Miss",
# "Southern Miss", "Notre Dame".
TITLES_ENDING_NAMES = words("Miss Dame")

# The sex an honorific before a name tells ("Ms Park": she).
HONORIFIC_SEX = {
    "Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f",
    "Lady": "f", "Baroness": "f", "Viscount": "m", "Viscountess": "f", "Countess": "f",
    "Marchioness": "f",
}  # fmt: skip

# Titles that stand only before a person's name, never open a place's ("Col du
# Soulor"): a name's lower-case particles may follow them ("Mr van Gaal").
HONORIFICS = words(
    """
    Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Madam
    Baroness Viscount Viscountess Countess Marchioness
    President Premier Chancellor Minister Senator Governor Mayor Judge Justice Coach
    """
)

# Lower-case role nouns: "X, founder of Y", "founder X", "Y founder X".
ROLES = words(
    """
    founder co-founder cofounder chairman chairwoman chairperson chair ceo cfo coo cto
    president vice-president director chief head executive partner secretary governor
    mayor minister premier spokesman spokeswoman spokesperson analyst economist professor
    manager editor reporter deputy delegate ambassador commissioner leader owner boss
    investor researcher scientist engineer lawyer officer adviser advisor
    vp svp evp general judge senator representative lawmaker legislator member chief-executive
    """
)

# More role nouns, cues only in lower case ("Feyenoord coach X", "striker X"): capitalised,
# they start names too often ("Singer Sewing", "Gary Player") to be cut off as titles.
LOWER_ROLES = words(
    """
    coach captain skipper striker goalkeeper midfielder defender winger full-back centre-back
    fly-half scrum-half batsman bowler pitcher quarterback driver rider jockey player
    team-mate teammate correspondent columnist presenter journalist novelist actor actress
    singer guitarist drummer bassist vocalist frontman rapper chancellor councillor candidate
    nominee envoy negotiator aide prosecutor attorney seed hunk heart-throb
    influencer comedian teenager youngster substitute debutant rookie
    """
)

# Trades a firm and a person are both defined by ("Jenny Lee, a developer from Austin";
# "Barratt, a developer of homes").
TRADES_OF_PEOPLE_TOO = words(
    "developer operator producer partner supplier distributor exporter importer shipper"
    " lender publisher refiner wholesaler bookmaker broadcaster"
)

# Rugby's and others' playing positions, which open a sentence of a sports report before a
# player's name ("Lock Dafydd Morgan said", "Flanker Tom Curry"); not role cues elsewhere
# ("Yale lock", "the party's wing", "Centre Parcs").
PLAYING_POSITIONS = words("lock prop hooker flanker wing centre forward guard tackle")

# A broadcaster's word that takes a number as part of its name ("BBC Radio 4",
# "Channel 5"): the number names a station, not a product's model.
NUMBERED_STATIONS = frozenset({"Radio", "Channel"})

# A reporter's beat before "correspondent" or "editor" in a byline ("Hannah Pryce Science
# correspondent", "Education Editor"): a subject, not a body.
BEATS = words(
    """
    Science Health Education Business Economics Economy Political Politics Technology Tech
    Environment Environmental Climate Energy Transport Arts Culture Sport Sports Showbiz
    Entertainment Music Film Books Theatre Travel Food Fashion Motoring Property Finance
    Markets Money Consumer Crime Legal Security Defence Defense Diplomatic Foreign World
    Religion Religious Royal Medical Social Community Rural Agriculture Media Digital Data
    Investigations Investigative Courts Weather
    """
)

# Verbs of saying after a name: weak evidence of a person (organisations say things too).
SPEECH_VERBS = words(
    """
    said says told added wrote noted explained stressed emphasized emphasised believes
    thinks argued recalled urged insisted warned admitted acknowledged asked replied
    realized realised hoped claimed announced tweeted posted
    """
)

# A newspaper's last word ("Financial Times", "the Independent"): alone, the paper.
NEWSPAPER_WORDS = words(
    """
    Daily Times Post Journal News Herald Tribune Gazette Press Zeitung Courier Observer
    Telegraph Mirror Chronicle Examiner Inquirer Guardian Standard Express Independent Echo
    Mail Argus
    """
)
# Businesses named for their owner ("Zielinski's Bakery", "Rosa's Cafe").
SHOPS = words(
    "Bakery Restaurant Cafe Café Brewery Pizzeria Diner Bistro Tavern Deli Steakhouse "
    "Distillery Winery Creamery Bookshop Bookstore Pharmacy Salon Butchers Supermarket"
)
# First words that open a house's or a venue's name and never a person's ("Maison
# Varenne", "Casa Ortega", "Studio Arakawa", "Domaine Leflaive").
HOUSE_WORDS = words(
    "Maison Casa Studio Atelier Bodega Bodegas Château Chateau Domaine Hotel Hôtel Café "
    "Ristorante Trattoria Osteria Brasserie Bistro Taverna Cantina Pizzeria Galerie Galleria"
)
# Last words that make a capitalised span an organisation.
ORG_MARKERS = NEWSPAPER_WORDS | SHOPS | words(
    """
    Group Groups Technologies Technology Tech Inc Inc. Incorporated Ltd Ltd. Limited Co Co.
    Corp Corp. Corporation Company Companies Holdings Holding LLC LLP PLC plc AG SA NV GmbH
    S.A. N.V. A.G. L.P. LP L.L.C. P.L.C. S.p.A. SpA Pty Bhd Oyj ASA AB KK
    Robotics Semiconductor Semiconductors Motors Motor Auto Automotive Airlines Airways
    Exchange Bank Ministry Committee Congress University College Institute Academy School
    Agency Party Council
    Commission Association Federation Union League Foundation Fund Trust Bureau Department
    Administration Authority Board Court Parliament Assembly Senate Office Agency Service
    Services Systems Networks Network Electronics Electric Energy Petroleum Oil Gas Pharma
    Pharmaceuticals Bio Biotech Labs Laboratories Capital Partners Ventures Securities
    Investments Insurance Telecom Telecommunications Mobile Media Studios Entertainment
    Industries Industrial Manufacturing Steel Chemical Chemicals Foods Retail Stores Airlines
    Railway Railways Shipping Logistics Hospital Center Centre Police Army Navy Force Forces
    Cabinet Government Secretariat Society Club Organization Organisation Alliance Community
    Consortium Conglomerate Brands Software Solutions Cloud AI Devices Instruments Platforms
    Philharmonic Orchestra Sinfonia Choir Ensemble Opera Ballet Command Regiment Front Movement
    Tribunal Coalition Diocese Archdiocese Eparchy Confederation
    """
)

# Words that head a body's name with "of" or "for" (a panel's with "on" too) though alone
# they end no body's name: "Centers for Disease Control", "Scripps Institution of
# Oceanography", "Intergovernmental Panel on Climate Change", "American Museum of Natural
# History". The first are bodies wherever they stand; a museum, an observatory, a
# laboratory or a library may as well be the building.
BODIES_BY_OF = words("Centers Centres Institution Institutions Panel Directorate")
OF_BODY_HEADS = BODIES_BY_OF | words(
    "Museum Observatory Laboratory Laboratories Library Presidency"
)

# Letters that open a naval or state ship's name ("USS George Washington", "HMS Queen
# Elizabeth", "ROKS Jeongjo"): the ship, a product to CoNLL, whatever words follow (not
# INS, also America's former immigration service).
SHIP_PREFIXES = words(
    "USS USNS HMS HMAS HMCS HMNZS ROKS PNS KRI TCG BRP HNLMS HDMS KNM ARA BNS SLNS NRP FGS "
    "HNoMS HSwMS HTMS NNS ESPS BAP ROCS RMS USCGC"
)

# Letters that mark a sports club, before or after its town ("Färjestad BK", "Brynäs IF",
# "FC Porto", "VfB Stuttgart"); in the annotated news every name with one is a club.
CLUB_MARKERS = words(
    """
    AIK BK IF IK FC AFC SC AC CF FK SK HC HK BC VC KV SV TSV RC CD UD SD GD EC FF HF BV SSC
    VfB VfL KRC AEK PAOK CSKA RFC RUFC RLFC CCC GAC
    """
)

# Words that open European clubs' names ("Dinamo Zagreb", "Sporting Lisbon", "Real
# Betis"): a side in a results line, not a competitor, whatever its country in brackets.
CLUB_OPENERS = words(
    """
    Dinamo Dynamo Spartak Lokomotiv Torpedo Partizan Slavia Sparta Legia Steaua Olympique
    Olympiakos Olympiacos Atletico Atlético Deportivo Real Racing Sporting Borussia Eintracht
    Fortuna Hertha Werder Inter Internazionale
    """
)


def club_marked(words: list[str]) -> bool:
    """Whether a club's letters open or close the name ("FC Porto", "Brynäs IF")."""
    return len(words) > 1 and (words[0] in CLUB_MARKERS or words[-1] in CLUB_MARKERS)


def club_name(words: list[str]) -> bool:
    """Whether a name's words mark it as a sports club's ("FC Porto", "Dinamo Kresk")."""
    return club_marked(words) or (len(words) > 1 and words[0] in CLUB_OPENERS)


# Organisation words that name a body on their own ("the Senate", "Parliament",
# "the Commission"); the others are a name's suffix and nothing alone ("Group VP").
BODIES = words(
    """
    Senate Parliament Congress Assembly Cabinet Government Commission League Union Army
    Navy Police Ministry Department Court Council Committee Bureau Agency Authority Board
    Federation Laboratory University College Academy Institute Exchange Administration
    Secretariat Alliance Society Foundation Trust Fund Office Service Hospital School
    Coalition
    """
) | NEWSPAPER_WORDS

# Capitalised words that name a portfolio in a title ("Finance Minister",
# "Transportation Secretary", "Prime Minister"): part of the title, not an entity.
PORTFOLIOS = words(
    """
    Prime Foreign Finance Defence Defense Interior Home Justice Health Education Labor
    Labour Trade Commerce Treasury Transport Transportation Agriculture Environment
    Economy Economic Energy Culture Housing Homeland Security Digital Industry Development
    Tourism Science Immigration Climate Communications Infrastructure Employment Welfare
    Budget Fisheries Forestry Sports Sport Veterans Media State Social Affairs Work
    Pensions Business Innovation Financial Operating Technology Information Marketing
    Commercial Investment Medical Scientific Legal Strategy Data Creative Technical Sporting
    Communications Executive Majority Minority
    """
)

# Words before a name that make it an organisation when joined by "at"/"of"/"in"
# ("analysts at X", "shares of X", "a stake in X").
ORG_PEOPLE_AT = words(
    """
    analyst analysts economist economists strategist strategists researchers trader
    traders executives employees workers staff shareholders investors shares stock stake
    """
)

# Nouns after a name that make it a product when the name is someone's ("its X system").
PRODUCT_FEATURES = words(
    """
    system systems app apps platform software feature features assistant service
    technology tool tools chatbot model models browser device devices engine network
    """
)

# Lower-case nouns just before a name that say it is an organisation ("firm X").
ORG_CUES = words(
    """
    firm company giant maker start-up startup rival brand group bank carrier automaker
    carmaker platform agency retailer newspaper developer supplier manufacturer operator
    conglomerate chipmaker insurer lender fund broadcaster publisher airline studio
    subsidiary unit partner competitor competitors peer peers outlet broker exchange
    firms companies banks lenders insurers retailers rivals brands makers carmakers
    housebuilder housebuilders miner miners producer producers regulator watchdog distributor
    label organisation organization charity charities club clubs side team outfit journal
    magazine website tabloid network channel station supermarket supermarkets chain grocer
    airlines orchestra band ensemble choir shipyard shipbuilder drugmaker automakers
    consultancy provider utility bourse think-tank thinktank haulier hauliers brewery
    distillery refiner refiners wholesaler wholesalers exporter exporters importer importers
    bookmaker bookmakers brokerage brokerages telco cooperative co-operative pharmacy
    shipper shippers daily weekly duo trio quartet quintet two-piece three-piece four-piece
    five-piece six-piece
    """
)

# Nouns after a name that say it is a product ("X smartphones", "X app").
PRODUCT_CUES = words(
    """
    smartphone smartphones phone phones handset handsets chip chips chipset chipsets
    processor processors app apps browser software device devices laptop laptops tablet
    tablets console consoles sedan suv model models account accounts operating platform
    """
)

# Last words that make a capitalised span an event.
EVENT_MARKERS = words(
    """
    Festival Sessions Session Summit Olympics Olympic Paralympics Games Cup Expo Fair
    Conference Championship Championships Marathon Carnival Awards Award Gala Week Tournament
    Open Grand-Prix Prix War Revolution Forum Congress Olympiad Jubilee Celebration Day
    Battle Battles Siege Massacre
    """
)

# Single words that are events on their own.
EVENT_WORDS = words(
    """
    Olympics Paralympics Christmas Easter Ramadan Diwali Thanksgiving Halloween Hanukkah
    Eid Brexit Davos Coachella Wimbledon Oktoberfest Oscars Grammys Emmys Baftas
    """
)

# Connectors that may sit inside an organisation or event name.
CONNECTORS = words(
    "of the for and de la du del der von on in & van den da di do dos das des della delle degli "
    "bin binti binte ibn ter anak el al y e et para pour per por los las les"
)

# Lower-case particles inside personal names ("Jeroen van der Veer", "Luiz Inacio
# Lula da Silva", "Mohammed bin Salman", "Fatima el Idrissi"): they join the capitalised
# parts around them.
NAME_PARTICLES = words(
    "van von der den de la le du del della da di dos das bin binti binte ibn ter el al"
)
# Of these, the Malay and Arabic "son of", "daughter of", only ever inside a person's name:
# "Rosli bin Ahmad", "Nurul Aina binti Hassan"; and the Iban "child of" ("Robert Lawan anak
# Jimbai").
PATRONYMICS = words("bin binti binte ibn anak")

# Those that open surnames only, after any given name ("Joop ter Horst"); "de", "da" also
# open places and bodies ("Banco de Portugal").
SURNAME_PARTICLES = words("van von ter ten zu")
# What follows a surname and is no name alone ("Rivera Jr.", "Vickers III").
NAME_SUFFIXES = words("Jr Jr. Sr Sr. II III IV")

# Letters after a person's name for an honour, a fellowship or a seat ("Jane Hale CBE",
# "Professor Ann Ward FRS", "Ian Price MP", a senior counsel's "Rebecca Tann SC"): no part
# of the name.
POST_NOMINALS = words(
    """
    KG KT GCB KCB CB GCMG KCMG CMG GCVO KCVO CVO LVO MVO GBE KBE DBE CBE OBE MBE CH OM VC GC
    DSO DSC DFC AFC MC QPM KPM QGM FRS FRSE FRSA FBA FREng FMedSci RA QC KC MP MSP MEP MLA
    AO AM SC GCON GCFR CON CFR OON OFR MON MFR
    """
)

# The same particles capitalised at the start of a name ("Van der Hoek", "De Gaulle").
NAME_PARTICLES_CAPITALISED = words("Van Von De Di Da Du Le La Del Della Dos Das Ter Bin Ibn")

# What a name is said to be ("X is a Norwegian manufacturer of ...", "X was an English
# footballer"): the noun of the definition, by the type it gives the name.
DEFINED_PERSON = words(
    """
    politician footballer player actor actress singer songwriter singer-songwriter musician
    composer conductor pianist guitarist drummer rapper painter sculptor artist
    photographer poet novelist writer author journalist broadcaster presenter director
    producer businessman businesswoman entrepreneur engineer scientist physicist chemist
    biologist mathematician economist historian philosopher lawyer judge soldier officer
    general admiral diplomat bishop priest cleric athlete cyclist swimmer boxer wrestler
    golfer cricketer jockey racer driver coach manager tennis model designer architect
    inventor explorer activist banker executive academic professor surgeon physician
    doctor comedian dancer chef
    """
)
DEFINED_ORG = words(
    """
    company firm corporation manufacturer maker producer brand retailer chain band group
    label publisher newspaper magazine journal broadcaster network channel station club
    team party union organisation organization charity association society foundation
    agency institute university college school airline bank insurer operator developer
    studio orchestra choir ensemble duo trio quartet conglomerate subsidiary franchise
    distributor supplier utility consultancy council committee haulier brewery distillery
    refiner wholesaler exporter importer bookmaker brokerage carmaker automaker chipmaker
    drugmaker lender shipper
    """
)
DEFINED_PLACE = words(
    """
    town village city commune municipality district county parish island river lake
    mountain peak hill valley region province state country capital suburb neighbourhood
    neighborhood hamlet settlement borough township peninsula bay
    """
)

# Works and made things ("X is a 2018 Irish drama film directed by ...", "X is the tenth
# album from ...", "X was a Formula One car for the 1986 season").
DEFINED_WORK = words(
    """
    film movie album single song novel novella book series sitcom programme program
    documentary game videogame opera musical mixtape soundtrack EP poem symphony
    painting car aircraft locomotive
    """
)

# Last words that make a capitalised span a place.
LOC_MARKERS = words(
    """
    Street Road Avenue Lane Boulevard Square Bridge Stadium Arena Park Gardens River Lake
    Mountain Mountains Mount Island Islands Bay Sea Ocean Gulf Valley Desert Canyon Peninsula
    Airport Coast Hill Hills Forest Falls Strait Canal Beach Harbour Harbor Province Heights
    Glacier Delta Highlands Gorge Estuary Basin Crater Plateau Volcano Waterfall Springs Plains
    Steppe Archipelago Atoll Cliffs Rapids Reef Lagoon Shoal Reservoir Marshes Wetlands Peak
    Downs Moor Fen Fells Beck Ghyll Syke Sike Crag Tarn Ness Prefecture Oblast Region
    Voivodeship Governorate Raion Krai Okrug Canton Inlet Fjord
    Expressway Motorway Highway Salai Marg
    """
)

# Words that open the name of a village or a quarter in the Philippines and Malaysia
# ("Barangay Agcarope", "Sitio Malinao", "Kampung Baru").
LOCAL_PLACE_HEADS = words("Barangay Sitio Purok Kampung Kampong")

# Words of other languages' competitions, wherever they stand in the name ("Copa del
# Rey", "Serie A", "Campeonato Brasileiro Série D", "La Liga", "Taça de Portugal"): the
# annotated news types every name with one as a competition.
COMPETITION_WORDS = words(
    "Copa Coupe Coppa Campeonato Serie Série Liga Taça Taca Torneo Segunda Primera Divisão"
)

# Places named "X of Y" ("Gulf of Mexico", "Isle of Man", "State of Mexico"): the
# first word joins the name after "of", as "Bank of China" does, and makes it a place.
PLACES_OF = words(
    """
    Gulf Bay Strait Straits Isle Island Islands Sea Cape Lake Mount Mountains Vale Valley
    Province Republic State Kingdom Principality Duchy Commonwealth Emirate Sultanate
    County City Borough Port Firth Sound Rock
    """
)

# Landforms and races named with "of" in French, Spanish or Portuguese: "Salar de
# Atacama", "Plateau de Beille", "Tour de France".
ROMANCE_LANDFORMS = words(
    "Salar Plateau Puy Mont Monte Cerro Sierra Lago Lac Isla Bahía Cabo Valle"
)
ROMANCE_RACES = words("Tour")
# Organisation words of other languages that open a name before "de", "do", "di"...
# ("Banco do Brasil", "Grupo de Comunicación", "Institut des Hautes Études").
FOREIGN_ORG_HEADS = words(
    """
    Banco Banca Banque Caixa Caja Compagnie Compañía Companhia Compagnia Grupo Groupe
    Gruppo Société Sociedad Sociedade Società Instituto Institut Istituto Universidad
    Universidade Università Université Universität Partido Parti Partito Ministerio
    Ministère Ministério Ministero Agencia Agência Agence Agenzia Fundación Fundação
    Fondation Fondazione Federación Federação Fédération Federazione Asociación Associação
    Yacimientos Confédération Confederación
    Comisión Comissão Consejo Conselho Conseil Consiglio Tribunal Corte Cour Assemblée
    Asamblea Congreso Cámara Câmara Senado Sénat Banc Compañia Empresa Corporación
    Construtora Constructora Defensoria Defensoría Procuraduría Procuradoria Fiscalía
    Contraloría Controladoria Secretaría Superintendencia Superintendência Registraduría
    Entreprise Empresas Sindicato Syndicat Sindacato Confederação Autoridad Autorité
    Autoridade
    """
)
# The connectors those names take.
FOREIGN_CONNECTORS = words(
    "de do da dos das di du des del della delle degli y e et para pour per por sur"
)
# Portuguese and Spanish newspapers' first words: "Diário de Notícias", "Diario de Sevilla",
# "Correio da Manhã", "Folha de S.Paulo", "Jornal de Negócios".
NEWSPAPER_HEADS = words("Diário Diario Correio Folha Jornal Periódico")


def foreign_body(words_: list[str]) -> bool:
    """ "Banco do Brasil", "Caixa Geral de Depósitos": another language's body word first,
    its connector later; the name is what the first word says it is."""
    return words_[0] in FOREIGN_ORG_HEADS and any(w in FOREIGN_CONNECTORS for w in words_)

# Statutes, whose name takes the year they were passed: "Employment Rights Act 1996".
STATUTES = words("Act Acts")
# Laws, treaties and charters: "Treaty of Rome", "Bill of Rights", "Paris Agreement".
LAW_WORDS = words(
    """
    Act Acts Agreement Accord Accords Treaty Treaties Pact Protocol Charter Declaration Bill
    Convention Constitution Amendment Directive Regulation Regulations Statute Doctrine
    """
)

# Buildings and other built places, named after a person or place more often than
# not ("Davis Gym", "Royal Festival Hall"); the model learns how far they point to a place.
FACILITY_MARKERS = words(
    """
    Hall Hotel House Auditorium Rink Gym Gymnasium Theatre Theater Museum Gallery Palace
    Castle Cathedral Church Chapel Temple Mosque Abbey Tower Station Terminal Field Ground
    Grounds Speedway Circuit Raceway Stadium Arena Centre Center Mall Plaza Pier Dam Way
    Place Drive Highway Motorway Trail Tunnel Lighthouse Fort Prison Penitentiary Library
    Memorial Monument Cemetery Colliery Mine Quarry Mill Barracks Basilica Shrine Pagoda
    """
)

# Possessives that belong to a name ("People's Daily", "Children's Hospital").
NAME_POSSESSIVES = words("People Children Women Men Workers Veterans Farmers Citizens")
# Officers whose office is named for them: "Sheriff's Office", "Attorney's Office".
OFFICE_HOLDERS = words(
    "Sheriff Sheriffs Attorney Attorneys Prosecutor Prosecutors Coroner Marshal Governor "
    "Mayor Comptroller Auditor Treasurer Assessor Clerk Recorder Controller Minister "
    "Commissioner General President Chancellor Ombudsman"
)
OFFICES = words("Office Department Bureau")
# Roads numbered after their kind: "County Road 484", "Interstate 75", "Route 9".
ROAD_WORDS = words("Road Route Highway Interstate Motorway Freeway Expressway Turnpike")
# Institutions named after their founder or saint ("St Mary's College", "Howe's Brigade",
# "Nicholson's Limited"): the possessive stays inside the name when one of these follows.
POSSESSIVE_INSTITUTIONS = words(
    "College School Hospital Infirmary Church Cathedral Chapel Abbey Priory Limited Ltd "
    "Inc Brigade Division Regiment Corps Institute Academy University "
    # members' bodies: "Police Patrolmen's Association", "Children's Society"
    "Association Federation Society Guild "
    # a business after its owner's name: "Maggie's Kitchen", "Considine's Bar"
    "Kitchen Bar Grill Inn Pub Garage Takeaway Boutique Shop Store Parlour Emporium"
) | SHOPS

DEMONYMS = words(
    """
    Afghan African Albanian Algerian American Andorran Angolan Argentine Argentinian
    Armenian Asian Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian
    Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian Cameroonian Canadian
    Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian
    Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French
    Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Icelandic Indian
    Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian
    Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Latvian Lebanese Libyan Lithuanian
    Luxembourgish Malagasy Malaysian Maltese Mexican Moldovan Mongolian Montenegrin
    Moroccan Mozambican Namibian Nepalese Nepali Nigerian Norwegian Omani Pakistani
    Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian
    Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali
    Spanish Sri Lankan Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai
    Tibetan Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
    Vietnamese Welsh Yemeni Zambian Zimbabwean Arab Arabic Kurdish Uyghur Uighur Han Hui
    Cantonese Hongkonger Hongkongers Latino Hispanic Jewish Muslim Christian Catholic
    Protestant Buddhist Hindu Sikh Republican Republicans Democrat Democrats Democratic
    Communist Communists Conservative Conservatives Labour Liberal Liberals Socialist
    Socialists Nordic Scandinavian Baltic Balkan Latin Western Eastern Asian-American
    Americans Britons Europeans Chinese Japanese Germans Russians Indians Africans
    Australians Canadians Koreans Israelis Palestinians Iranians Ukrainians Greens
    Tongan Samoan Fijian Vanuatuan Papuan Tuvaluan Nauruan Palauan Marshallese Micronesian
    Maldivian Mauritian Seychellois Comorian Djiboutian Chadian Nigerien Malian Burkinabe
    Liberian Guinean Gambian Mauritanian Beninese Togolese Gabonese Burundian Malawian
    Botswanan Swazi Bhutanese Laotian Bruneian Timorese Kosovan Serb Serbs Croat Croats
    Monegasque Salvadoran Nicaraguan Dominican Bahamian Barbadian Trinidadian Guyanese
    Surinamese Sahrawi Pashtun Moslem Chechen Abkhaz Abkhazian Ossetian Ingush Dagestani
    Bosniak Tatar Hutu Tutsi Kashmiri Flemish Walloon Basque Corsican Frisian
    Texan Californian Floridian Ohioan Virginian Bavarian Sicilian Parisian Glaswegian
    Mancunian Liverpudlian Londoner Londoners Muscovite Muscovites
    """
)

# One person of a nation or a city, by a noun of its own ("the Dane", "a Welshman"; not
# "Scotsman", also a newspaper).
NATIONALS = words(
    """
    Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Scotswoman Welshman
    Welshwoman Irishman Irishwoman Cornishman Manxman Briton Spaniard Swede Slovene Londoner
    Glaswegian Geordie Liverpudlian Mancunian Parisian Berliner Muscovite Monegasque
    Luxembourger Dane Pole Scot Turk Croat Serb Czech Slovak Kiwi Aussie Brit Kurd Filipina
    Icelander
    """
)
# Adjectives of the nationality list that name no one ("a Western", "the Latin").
_NO_ONES = words("Western Eastern Latin Balkan Baltic Nordic Han Sri Arabic Democratic")


def national(word: str, *, relative: bool) -> bool:
    """Whether `word` set beside a name makes it a person: a nation's noun for one of its
    people ("the Dane,"), or its adjective in -an or -i before a relative ("the Colombian
    who", "a Pakistani who"; not "Luna Rossa, the Italian, led", a boat)."""
    if word in NATIONALS:
        return True
    return (
        relative and word in DEMONYMS and word.endswith(("an", "i")) and word not in _NO_ONES
    )


# A tabloid's description of someone by their family, before the name: "Mum-of-two
# Shazia Begum", "Father-of-three": no part of the name, and its person is the subject.
FAMILY_DESCRIPTOR = re.compile(
    r"[A-Z][a-z]+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d+|twins|triplets)"
)

# Indigenous and other peoples news names by their own word, adjective and noun alike
# ("Sámi reindeer herder", "an Aboriginal man", "spoke in Māori"); not those that are as
# often a town, a surname, a company or a brand ("Cherokee", "Baloch", "Mohawk", "Kikuyu",
# "Berber", "Hazara", "Romani", "Apache", "Quechua").
PEOPLES = words(
    """
    Sámi Saami Māori Maori Inuit Inuk Inupiat Yupik Aboriginal Métis Metis Navajo Ojibwe
    Lakota Haudenosaunee Anishinaabe Wiradjuri Yolngu Noongar Kanak Pasifika Ainu Fulani
    Kalenjin Tuareg Amazigh Bedouin Rohingya Hmong Adivasi Aymara Mapuche
    """
)

# Groups of people, faiths and languages that are neither a place nor an organisation
# (CoNLL's MISC, OntoNotes' NORP): the plural of each nationality ending in -an or -i
# ("Brazilians", "Pakistanis"), adherents, faiths and languages.
NORP_WORDS = (
    DEMONYMS
    | {
        d + "s"
        for d in DEMONYMS
        if d.endswith(("an", "i")) and d not in ("Han", "Hui", "Sri", "Balkan")
    }
    | words(
        """
    Christians Catholics Protestants Muslims Jews Hindus Buddhists Sikhs Arabs Kurds Turks
    Moslems Chechens Bosniaks Tatars Hutus Tutsis Basques
    Poles Danes Swedes Finns Scots Serbs Croats Czechs Slovaks Greeks Dutchmen Uzbeks Kazakhs
    Sunni Sunnis Shia Shiite Shiites Orthodox Anglican Anglicans Lutheran Lutherans Methodist
    Methodists Baptist Baptists Evangelical Evangelicals Mormon Mormons Quaker Quakers Amish
    Christianity Catholicism Protestantism Judaism Islam Hinduism Buddhism Sikhism Taoism
    Confucianism Shinto Zoroastrianism Jainism Jain Jains Islamic Islamist Islamists Zionist
    Zionists Marxist Marxists Marxism Leninist Maoist Maoists Nazi Nazis Fascist Fascists
    Hebrew Yiddish Hindi Urdu Bengali Punjabi Tamil Telugu Mandarin Swahili Persian Farsi
    Pashto Dari Amharic Yoruba Igbo Hausa Zulu Xhosa Afrikaans Catalan Basque Galician
    Slavic Celtic Gaelic Germanic Nordic Sanskrit Esperanto Tagalog Malay Javanese
    Frenchmen Englishmen Scotsmen Welshmen Irishmen Britons Spaniards Slovenes Londoners
    Glaswegians Geordies Parisians Muscovites Kiwis Aussies Brits
    """
    )  # people by where they are from, and their plurals
    | (NATIONALS - {"Kurd", "Filipina", "Icelander"})
    | PEOPLES
)

# Political parties named by their members' name or its adjective ("Labour MPs",
# "a Republican senator", "the Tories"): organisations, not groups of people, as
# CoNLL annotates them and as a reader filtering organisations expects.
PARTY_WORDS = words(
    """
    Republican Republicans Democrat Democrats Democratic Conservative Conservatives Labour
    Labor Liberal Liberals Tory Tories Greens Unionist Unionists
    """
)

# Prefixes of compound nationality adjectives ("Sino-US", "Anglo-French").
DEMONYM_PREFIXES = words("Sino Anglo Franco Indo Russo Afro Euro Judeo Greco Austro Italo")

# Common surnames, written as news English romanises them. Chinese (Pinyin and
# Cantonese/Hokkien spellings), Korean, Vietnamese, Japanese, Indian and Western.
SURNAMES = words(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
    Cheng Wei Su Lu Ding Ren Lu Yao Shen Zhong Jiang Cui Tan Lu Fan Jin Shi Liao Jia Xia
    Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Jiang Yin Xue Yan Duan Lei Long Li Tao Mao He
    Hao Gu Gong Shao Wan Qian Yan Tan Wen Kong Xiang Chang Kang Niu Qi Yi Zhan Ni Jing
    Lai Dai Ou Geng Guan Lan Bao Mei Miao Nie Qu Rao Shang Ruan Gan Ji Bi Hong Xin
    Chan Cheung Wong Ho Chow Lee Leung Lam Tsang Yip Kwok Ng Tse Lau Chu Fung Chung Mak
    Tam Kwan Siu Yeung Choi Kwong Tsui Lo Poon Ma Au Chiu Tang Tong Wan Lui Law Szeto
    Tan Lim Goh Koh Teo Chew Ong Toh Low Yeo Heng Quek Seah Sim Ang Chia Foo Kho Khoo
    Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Han Oh Seo Kwon Hwang Ahn Song Hong
    Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Huynh Ngo Duong
    Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
    Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Abe Kishida Ishiba
    Kumar Singh Sharma Patel Gupta Shah Mehta Reddy Rao Iyer Nair Das Jain Modi Gandhi
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
    Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King
    Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips
    Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan
    Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks
    Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Garcia Rodriguez
    Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Flores Rivera Gomez Diaz
    Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Rossi Russo
    Ferrari Bianchi Romano Dubois Bernard Petit Durand Leroy Moreau Ivanov Petrov
    Smirnov Kuznetsov Popov Sokolov
    """
)

# Surnames that are also everyday words: a person only with other evidence.
AMBIGUOUS_SURNAMES = words(
    """
    He Long Song King Young White Green Brown Law Low Do Le Ho Bell Wood Cook Price Ma Gray
    Rich Reed Hill
    """
)

# Given names that are everyday words too, common enough as names that one opening a
# sentence before a surname is the person's ("Grant Hollis said"), unlike "Soon Kane",
# "Major Walker" or "Little Harris".
WORD_GIVEN_NAMES = words(
    """
    Grant Hope Faith Chase Summer Miles Chance Rich Joy Dawn Autumn Heather Holly Ivy Iris
    Jade Pearl Ruby Amber Crystal Sandy Rusty Drew Gene Ray Rod Cliff Glen Dale Clay Wade
    Lance Pierce Hunter Carter Mason Penny Rose Daisy Poppy Violet Hazel Willow Misty Brook
    Blake Frank Earl Buck Chuck Hank Kit Sonny Trent Troy Vance Bill Guy Dean Grace Mark
    Pat Sue Nat Victor Sterling Skip Bud Heath Reed Forrest Rex Jack Rob Bob Art
    """
)
# Common given names (international); a capitalised pair starting with one is a person.
GIVEN_NAMES = words(
    """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy
    Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin
    Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
    Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold
    Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan
    Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy
    Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Tim Tom Mike Bill Bob Jim Steve
    Tony Dan Ben Sam Nick Alex Chris Matt Andy Rob Ted Elon Jeff Warren Satya Sundar Tim
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
    Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa
    Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda
    Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet
    Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
    Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria
    Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace
    Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
    Charlotte Marie Kayla Alexis Lori Kate Jane Sue Liz Meg Jenny Annie Ursula Angela
    Emmanuel Olaf Giorgia Mario Marco Luca Giuseppe Pierre Jean-Pierre Francois Jacques
    Hans Klaus Jurgen Wolfgang Vladimir Sergei Dmitry Ivan Mikhail Boris Viktor Yuri
    Carlos Luis Miguel Jorge Pedro Manuel Antonio Francisco Javier Rafael Fernando Ricardo
    Ahmed Mohammed Muhammad Ali Omar Hassan Hussein Mahmoud Khalid Abdullah Ibrahim Yusuf
    Rahul Amit Raj Ravi Sanjay Vijay Anil Sunil Manu Narendra Mukesh Gautam Ratan Priya
    Hiroshi Takeshi Kenji Akira Yuki Shinzo Fumio Masayoshi Jae-yong Moon-jae Kenneth
    Jackie Jimmy Eddie Frankie Vincent Wilson Stanley Patrick Winnie Carrie Fanny Ivy Joey
    Harry Jerome Pete Oliver Jamie Luke Simon Graham Neil Ian Colin Gordon Stuart Rishi
    Keir Liam Declan Callum Owen Rory Ross Hugh Max Leo Felix Oscar Hugo Lars Sven Nils
    Jan Jens Karl Kurt Dieter Joachim Friedrich Olaf Markus Stefan Thorsten Uwe Carsten
    Christine Ursula Angela Annalena Sabine Ines Emmanuel Francois Bruno Thierry Nicolas
    Marine Gabriel Mikel Pep Xavi Diego Sergio Pablo Alvaro Enrique Gianni Matteo Giorgio
    Sofia Elena Marta Claudia Julia Lena Ingrid Astrid Karin Janet Kamala Hillary Nancy
    """
)

# Capitalised words at a sentence start that are ordinary words, not names.
FUNCTION_WORDS = words(
    """
    a an the this that these those there here it its it's he she they we i you his her
    their our my your him them us me who whom whose which what when where why how while
    whether if unless although though because since as so but and or nor yet for of in on
    at by to from with without within into onto upon over under about above below after
    before during until till between among across along around through throughout
    against toward towards despite except besides beyond near per via not no yes all any
    each every both either neither some many much more most few less least other another
    such only also even just still already again ever never always often sometimes
    then than now today yesterday tomorrow meanwhile however moreover furthermore
    therefore thus hence instead otherwise indeed perhaps maybe according following
    including regarding concerning given being having once last next first second third
    new old one two three four five six seven eight nine ten hundreds thousands millions
    is are was were be been am do does did has have had will would shall should can could
    may might must let lets dear please thanks thank according
    tonight former elsewhere earlier later overnight nonetheless nevertheless afterwards
    """
)
# Relatives named at a sentence start before the name ("Grandson Dafydd Evans, 26,",
# "Widow Joanne Arkwright said"): no part of it. Not "Son" (a surname: "Son Heung-min")
# nor "Mother", "Father", "Sister", "Brother" (a religious title: "Sister Mary Byrne").
KIN_NOUNS = words(
    """
    daughter daughters wife husband widow widower niece nephew cousin grandson granddaughter
    grandmother grandfather grandparents stepson stepdaughter stepfather stepmother fiancé
    fiancée fiance fiancee girlfriend boyfriend sons parents
    """
)
# What a speaker says before the words ("Ooh, I'd do it again"): ordinary words when alone
# at a sentence start, not a name's first word ("Ah Kow Tan", "Yeah Yeah Yeahs").
INTERJECTIONS = words(
    """
    ooh ah ahh aah aye wow eh hmm yeah oi aw ugh whoa phew gosh alas hey och ach oops yay
    okay erm um uh er huh nah yep nope
    """
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
# As page stamps shorten them ("Fri 31 Oct 2025", "Tue Aug 12 2025").
SHORT_WEEKDAYS = words("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun")


def alternatives(forms: Iterable[str]) -> str:
    """ "(?:January|Jan|...)": a regex for any of `forms`, the longest tried first (and
    the same regex in every process: sets iterate in an order that varies by run)."""
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "several": 0, "few": 0, "couple": 0,
}  # fmt: skip

# Capitalised abbreviations and terms that are common nouns in news text.
COMMON_ACRONYMS = words(
    """
    AI EV EVS CEO CFO COO CTO CIO VP SVP EVP GDP CPI PMI IPO R&D IT PC PCS TV HR PR IOT AIOT
    5G 4G 6G LED LCD OLED SUV SUVS USB FAQ FAQS PHD MBA AM PM OK ESG API UI UX OS BOM RMB
    USD HKD CNY EUR GBP JPY KRW INR SEE ALSO NB PS COVID COVID-19 SARS HIV AIDS DNA RNA ID
    IDS SMS GPS VR AR XR NFT NFTS ETF ETFS QR LNG LPG NEV NEVS ICES GPU GPUS CPU CPUS
    SOC SOCS SKU SKUS B2B B2C SME SMES KPI KPIS ROI Q1 Q2 Q3 Q4 H1 H2 YOY MOM HKT GMT UTC
    EST EDT PST PDT CST CET BST JST KST SGT IST MRNA X-RAY X-RAYS MRI ECG IVF PCR MOU MOUS
    ICU CEST AEST AEDT OT FG TD ACL ERA MVP QB WR LHP RHP PPG
    GAAP NON-GAAP M.D. M.D PH.D. PH.D D.PHIL. D.PHIL MSC BSC LLB EBIT EBITDA
    DKK SEK NOK CHF AUD CAD NZD SGD ZAR BRL MXN PLN CZK HUF RUB IDR THB MYR VND AED SAR
    QAR KWD EGP NGN KES GHS PKR BDT LKR ILS CLP COP ARS TWD
    SSD SSDS HDD HDMI USB-C USB-A NFC LTE HDR ESIM ALS COPD ADHD PTSD MND CAR-T
    """
)  # time zones and sport's letters ("kickoff 7:30 p.m. PT", "FG", "QB"); then accounts'
# standards, degrees after a name ("Anjali Rao, M.D., Ph.D.") and currencies' codes ("DKK
# 14,995"), gadgets' parts ("two USB-C ports"; not RAM, SIM or ANC: the check is
# case-blind, and Ram, Sim and the ANC are names) and diseases ("an ALS drug"). Not
# "ICE": in news it is mostly the US immigration agency or the exchange, and "ICE
# vehicles" are "ICES".


# The state abbreviations of AP style ("Springfield, Ill.", "Sen. X, D-Calif."), with
# their stop: a place's name, not a sentence's end. Those made of initials ("N.Y.")
# keep their stops anyway.
# Australian states and Canadian provinces as their papers shorten them.
REGION_ABBREVIATIONS = {
    "NSW": "New South Wales", "N.S.W.": "New South Wales", "Qld": "Queensland",
    "WA": "Western Australia", "Tas": "Tasmania", "B.C.": "British Columbia",
    "Ont.": "Ontario", "Que.": "Quebec", "Alta.": "Alberta", "Sask.": "Saskatchewan",
    "N.S.": "Nova Scotia", "N.B.": "New Brunswick", "P.E.I.": "Prince Edward Island",
    "Nfld.": "Newfoundland and Labrador", "N.W.T.": "Northwest Territories",
}  # fmt: skip

US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip

# News agencies and picture services that credit a story or a photograph in its dateline,
# byline or caption, where the lines are capitalised like a headline.
NEWS_AGENCIES = frozenset({
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "dpa",
    "Deutsche Presse-Agentur", "PA", "PA Media", "Press Association", "Xinhua", "Kyodo",
    "Kyodo News", "Yonhap", "ANSA", "EFE", "TASS", "Interfax", "Bernama", "Antara", "PTI",
    "Press Trust of India", "IANS", "ANI", "AAP", "Australian Associated Press",
    "Canadian Press", "NAN", "News Agency of Nigeria", "KNA", "Anadolu", "Bloomberg", "UPI",
    "Getty Images", "BBC News", "CNN", "Al Jazeera", "Jiji Press", "Belga", "APA", "SAPA",
})  # fmt: skip

# "St", "Saint" and their plurals before a saint's name ("St Mary's", "Sts Peter and Paul").
SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Sts", "Sts."})

# Sport's three-letter country codes (the IOC's, and ISO's where they differ), written in
# brackets after a competitor: "Luka Zupancic (SLO)". Country names are facts, not data
# anyone owns.
COUNTRY_CODES = dict(
    pair.strip().split(" ", 1)
    for pair in """
    AFG Afghanistan|ALB Albania|ALG Algeria|AND Andorra|ANG Angola|ARG Argentina|ARM Armenia|
    AUS Australia|AUT Austria|AZE Azerbaijan|BAH Bahamas|BAN Bangladesh|BAR Barbados|
    BEL Belgium|BLR Belarus|BOL Bolivia|BIH Bosnia and Herzegovina|BOT Botswana|BRA Brazil|
    BRN Bahrain|BUL Bulgaria|BDI Burundi|CAN Canada|CHI Chile|CHN China|CIV Ivory Coast|
    CMR Cameroon|COD DR Congo|COL Colombia|CRC Costa Rica|CRO Croatia|CUB Cuba|CYP Cyprus|
    CZE Czech Republic|DEN Denmark|DOM Dominican Republic|ECU Ecuador|EGY Egypt|ERI Eritrea|
    ESA El Salvador|ESP Spain|EST Estonia|ETH Ethiopia|FIJ Fiji|FIN Finland|FRA France|
    GBR Great Britain|GEO Georgia|GER Germany|GHA Ghana|GRE Greece|GRN Grenada|
    GUA Guatemala|HAI Haiti|HKG Hong Kong|HON Honduras|HUN Hungary|INA Indonesia|IND India|
    IRI Iran|IRL Ireland|IRQ Iraq|ISL Iceland|ISR Israel|ITA Italy|JAM Jamaica|JOR Jordan|
    JPN Japan|KAZ Kazakhstan|KEN Kenya|KGZ Kyrgyzstan|KOR South Korea|KOS Kosovo|
    KSA Saudi Arabia|KUW Kuwait|LAT Latvia|LBN Lebanon|LTU Lithuania|LUX Luxembourg|
    MAR Morocco|MAS Malaysia|MDA Moldova|MEX Mexico|MGL Mongolia|MKD North Macedonia|
    MLT Malta|MNE Montenegro|MON Monaco|NAM Namibia|NED Netherlands|NGR Nigeria|NOR Norway|
    NZL New Zealand|PAK Pakistan|PAN Panama|PAR Paraguay|PER Peru|PHI Philippines|POL Poland|
    POR Portugal|PRK North Korea|PUR Puerto Rico|QAT Qatar|ROU Romania|RSA South Africa|
    RUS Russia|RWA Rwanda|SEN Senegal|SRB Serbia|SGP Singapore|SLO Slovenia|SRI Sri Lanka|
    SUI Switzerland|SVK Slovakia|SWE Sweden|SYR Syria|THA Thailand|TJK Tajikistan|
    TPE Chinese Taipei|TTO Trinidad and Tobago|TUN Tunisia|TUR Turkey|UAE United Arab Emirates|
    UGA Uganda|UKR Ukraine|URU Uruguay|USA United States|UZB Uzbekistan|VEN Venezuela|
    VIE Vietnam|ZAM Zambia|ZIM Zimbabwe|DEU Germany|NLD Netherlands|CHE Switzerland|
    DNK Denmark|PRT Portugal|GRC Greece|HRV Croatia|SVN Slovenia|ZAF South Africa
    """.replace("\n", "").split("|")
)
# The rest of the IOC's codes and the home nations', read only in capitals: in title case
# most are names or words too ("(Ben)", "(Sam)", "(Cam)" in a cast list, "(Som)" a county).
_CAPITALS_ONLY_CODES = dict(
    pair.strip().split(" ", 1)
    for pair in """
    LCA Saint Lucia|SKN Saint Kitts and Nevis|VIN Saint Vincent and the Grenadines|
    ANT Antigua and Barbuda|BER Bermuda|CAY Cayman Islands|IVB British Virgin Islands|
    ISV US Virgin Islands|ARU Aruba|GUY Guyana|SUR Suriname|BIZ Belize|NCA Nicaragua|
    DMA Dominica|LBA Libya|SUD Sudan|SSD South Sudan|SOM Somalia|DJI Djibouti|
    MAD Madagascar|MRI Mauritius|SEY Seychelles|COM Comoros|MAW Malawi|MOZ Mozambique|
    LES Lesotho|SWZ Eswatini|GAM Gambia|GBS Guinea-Bissau|GUI Guinea|SLE Sierra Leone|
    LBR Liberia|TOG Togo|BEN Benin|BUR Burkina Faso|NIG Niger|MLI Mali|MTN Mauritania|
    CPV Cape Verde|STP Sao Tome and Principe|GEQ Equatorial Guinea|GAB Gabon|CGO Congo|
    CAF Central African Republic|CHA Chad|YEM Yemen|OMA Oman|PLE Palestine|MDV Maldives|
    NEP Nepal|BHU Bhutan|MYA Myanmar|LAO Laos|CAM Cambodia|BRU Brunei|TLS Timor-Leste|
    PNG Papua New Guinea|SOL Solomon Islands|VAN Vanuatu|SAM Samoa|TGA Tonga|
    KIR Kiribati|FSM Micronesia|MHL Marshall Islands|PLW Palau|NRU Nauru|TUV Tuvalu|
    COK Cook Islands|ASA American Samoa|GUM Guam|LIE Liechtenstein|SMR San Marino|
    TKM Turkmenistan|ENG England|SCO Scotland|WAL Wales|NIR Northern Ireland
    """.replace("\n", "").split("|")
)

# How British papers and the BBC write a competitor's country in results: besides the
# IOC's letters, in title case ("Bul", "Jpn"), short forms of their own.
_PRESS_COUNTRY_CODES = {
    "GB": "Great Britain", "US": "United States", "SA": "South Africa", "NZ": "New Zealand",
    "NI": "Northern Ireland", "Eng": "England", "Sco": "Scotland", "Wal": "Wales",
    "Spa": "Spain", "Hol": "Netherlands", "Swi": "Switzerland", "Mor": "Morocco",
    "Nig": "Nigeria", "Ire": "Ireland",
}  # fmt: skip


def country_of_code(code: str) -> str | None:
    """The country a results line's code in brackets stands for: "SLO", "Bul", "GB"."""
    if code in COUNTRY_CODES:
        return COUNTRY_CODES[code]
    if code in _CAPITALS_ONLY_CODES:
        return _CAPITALS_ONLY_CODES[code]
    if code in _PRESS_COUNTRY_CODES:
        return _PRESS_COUNTRY_CODES[code]
    if len(code) == 3 and code.istitle():
        return COUNTRY_CODES.get(code.upper())
    return None

