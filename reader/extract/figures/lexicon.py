"""Words the figure grammar knows: numbers, scales, currencies, units, months, qualifiers.

Kept as data so the grammar reads as rules, and so a missing word is a one-line fix.
"""

from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Multipliers after a number. Single letters only count when glued to the
# number or after a currency ("$5m", "US$10 bn"), see grammar.
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6,
    "m": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7,
    "cr": 1e7, "bil": 1e9, "mil": 1e6,  # "RM18.4bil", "RM2.3mil": Malaysian papers
    "mld": 1e9, "mrd": 1e9,  # milliards: "1,9 mld zł", "EUR 2,4 Mrd"
    "tr": 1e12,  # Pakistan's papers: "Rs9.4tr"
}  # fmt: skip
# Ambiguous with metres/bytes unless glued or after a currency.
LOOSE_SCALES = {"k", "m", "b", "cr", "bil", "mil", "tr"}
# Scales only money writes, so only after a currency: "Rs9.4tr" (not "the 3tr model").
MONEY_ONLY_SCALES = frozenset({"tr"})
# Scales written after a hyphen ("$120-million contract", as Canadian and South
# African copy writes it; "a Rs 3,200-crore plan" in Indian copy): whole words only.
HYPHENED_SCALES = frozenset({"thousand", "million", "billion", "trillion", "lakh", "crore"})

DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

# Codes read only with a space before the number ("AED 522.1 billion"): glued to it,
# the letters name something else ("COP29", "PEN15", "SAR2"). Every code is read only
# in capitals ("TRY 5"; "try 5" is a verb).
SPACED_CODES = {
    "aed", "sar", "qar", "kwd", "bhd", "omr", "egp", "ngn", "kes", "pkr", "bdt", "lkr", "czk",
    "pln", "huf", "ron", "ils", "ars", "clp", "cop", "pen", "uah", "ghs",
}  # fmt: skip

# Currency written before the number. Multi-token prefixes are matched on the
# lowercased text glued together ("us$" from "US" "$").
CURRENCY_PREFIX = {
    "$": "USD", "us$": "USD", "usd": "USD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD",
    "sgd": "SGD", "a$": "AUD", "aud": "AUD", "au$": "AUD", "c$": "CAD", "cad": "CAD",
    "ca$": "CAD", "nt$": "TWD", "twd": "TWD", "nz$": "NZD", "nzd": "NZD", "r$": "BRL",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "CNY", "￥": "CNY",
    "rmb": "CNY", "cny": "CNY", "jpy": "JPY", "₹": "INR", "inr": "INR", "rs": "INR",
    "nrs": "NPR",  # Nepal's papers: "NRs 65.5 billion"
    "₩": "KRW", "krw": "KRW", "chf": "CHF", "rub": "RUB", "₽": "RUB", "brl": "BRL",
    "mop": "MOP", "myr": "MYR", "rm": "MYR", "thb": "THB", "฿": "THB", "vnd": "VND",
    "₫": "VND", "php": "PHP", "₱": "PHP", "idr": "IDR", "rp": "IDR", "zar": "ZAR",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "try": "TRY", "₺": "TRY", "mxn": "MXN",
    "mx$": "MXN", "rd$": "DOP", "u.s.$": "USD", "u.s$": "USD", "kč": "CZK", "tk": "BDT",
    # Ghana's papers write the cedi with the cent sign ("GH¢15.20") or its own ("GH₵48,000").
    "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS",
    "z$": "ZWD",  # Zimbabwe's papers: "a loaf now costs Z$4,500"
    # The Caribbean's and Namibia's dollars as their papers write them: "J$178.40".
    "j$": "JMD", "tt$": "TTD", "bds$": "BBD", "ec$": "XCD", "bz$": "BZD", "n$": "NAD",
    # The 1990s press's letters for currencies the euro replaced, and a few others:
    # "DM5.73 billion", "FFr 3bn", "SFr 38m", "IR£250 million", "NIS 2.3bn".
    "dm": "DEM", "ffr": "FRF", "sfr": "CHF", "bfr": "BEF", "skr": "SEK", "nkr": "NOK",
    "dkr": "DKK", "ir£": "IEP", "e£": "EGP", "pta": "ESP", "ptas": "ESP", "nis": "ILS",
    "sk": "SKK",  # Slovakia's crown before the euro: "Sk19,068"
    # The financial press's roubles: "Rbs629bn", "Rbl 1.2 trillion".
    "rbs": "RUB", "rbl": "RUB", "rbls": "RUB",
    **{code: code.upper() for code in SPACED_CODES},
}  # fmt: skip

# ISO codes of the currency data that spell English words or name other things in
# capitals ("ALL 5 ARE SAFE", "AMD chips", "CVE-2024", "an IRR of 15%", "SDG 4", "NPR",
# "DJF rainfall"): not read as currencies before or after a number; the others are
# ("UGX 12,000").
ISO_CODES_ALSO_WORDS = frozenset({
    "all", "amd", "bam", "bob", "btn", "cup", "cve", "gel", "irr", "mad", "sos", "top",
    "shp", "scr", "mdl", "ern", "gip", "lak", "sdg", "tmt", "crc", "bmd", "npr", "cdf",
    "djf", "mga", "bsd",
})  # fmt: skip

# Currency letters written in mixed case ("Rs 500", "FFr 3bn"): the others count only
# in capitals ("TRY 5", "DM5"), since "try 5" is a verb.
MIXED_CASE_PREFIXES = frozenset({
    "Rs", "NRs", "Rp", "Tk", "Kč", "FFr", "SFr", "Sfr", "BFr", "Bfr", "Skr", "SKr", "NKr", "Nkr",
    "DKr", "Dkr", "Pta", "Ptas", "Sk", "Rbs", "Rbl", "Rbls",
})  # fmt: skip
# Of those letters, the ones that are also everyday abbreviations ("a DM 20 minutes
# later", "the NIS 2 directive", "the PTA 50 raffle", "SFR 5G"): money only glued to the
# number, or before a decimal, a scale or "a share" ("DM5.73 billion", "NIS 2.3bn").
LOOSE_LETTER_PREFIXES = frozenset({
    "dm", "ffr", "sfr", "bfr", "skr", "nkr", "dkr", "pta", "ptas", "nis", "sk", "rbs", "rbl",
    "rbls",
})  # fmt: skip

# Currency names after the number come from CLDR (see `currencies`); these are the
# forms news writes that CLDR does not list, each naming one currency.
CURRENCY_SUFFIX = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "chinese yuan": "CNY",
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "u.s. dollar": "USD",
    "nz dollars": "NZD", "nz dollar": "NZD",
    "american dollars": "USD", "usd": "USD", "hk dollars": "HKD", "hkd": "HKD",
    "taiwan dollars": "TWD", "eur": "EUR", "pounds sterling": "GBP",
    "gbp": "GBP", "jpy": "JPY", "inr": "INR", "krw": "KRW", "roubles": "RUB", "rouble": "RUB",
    "reais": "BRL", "lire": "ITL", "deutsche marks": "DEM", "deutsche mark": "DEM",
    "deutschmarks": "DEM", "deutschmark": "DEM", "d-marks": "DEM", "punts": "IEP", "punt": "IEP",
    "irish punts": "IEP", "markkaa": "FIM", "cfa francs": "XOF", "patacas": "MOP",
    "元": "CNY", "swedish crowns": "SEK", "norwegian crowns": "NOK", "danish crowns": "DKK",
    "czech crowns": "CZK", "slovak crowns": "SKK", "icelandic crowns": "ISK",
    "estonian crowns": "EEK", "kč": "CZK", "zł": "PLN", "zl": "PLN",
    "stg": "GBP",  # Reuters' sterling: "fell 14 stg to 1,032 stg a tonne", "5.2 mln stg"
    "ft": "HUF",  # the forint's sign, only as written in CASED_SUFFIXES: "410 Ft"
}  # fmt: skip
# Of those, the ones that are money only in this case: "410 Ft" forints, "30 ft" feet.
CASED_SUFFIXES = {"ft": "Ft"}
# Wire copy's abbreviations of a currency's name ("14.2 mln dlrs", "Canadian dlrs"): read
# as the word they shorten, with the same choice among the currencies it may name.
WIRE_ABBREVIATIONS = {"dlrs": "dollars", "dlr": "dollar"}
# English names wire copy gives currencies CLDR names otherwise ("4.2 bln crowns" of
# Volvo's): the candidates, chosen by the article's country as a bare head's are.
ENGLISH_HEADS = {
    "crowns": ("SEK", "NOK", "DKK", "CZK", "SKK", "ISK", "EEK"),
    # Scandinavia's papers write their crowns "kr" after the number: "39 kr", "15.90 kr".
    "kr": ("SEK", "NOK", "DKK", "ISK"),
}
# Heads that are also everyday English ("won", "marks", "real"): money only when
# the article names the currency's country or the number has a scale ("5 million rand").
AMBIGUOUS_SUFFIX = {
    "won", "real", "rand", "mark", "dong", "sol", "kip", "lev", "leu", "lei", "som", "sum",
    "dram", "lek", "leone", "tala", "pula", "loti", "kina", "vatu", "balboa", "quetzal",
    "gourde", "lempira", "sucre", "bolívar", "córdoba", "colón", "inti", "austral", "cupon",
    "zaire", "ley", "lats", "litas", "florin", "kuna", "dobra", "manat", "crown", "ariary",
    "afghani", "guarani",
}  # fmt: skip
# Words that may follow an amount of money ("300 won to ...", "20 rand a month"): after
# an everyday currency word any other lower-case word makes it English ("3 won awards").
AMOUNT_FOLLOWERS = {
    "a", "an", "the", "to", "in", "on", "at", "for", "from", "of", "by", "with", "and", "or",
    "but", "per", "each", "apiece", "next", "last", "this", "that", "than", "as", "is", "was",
    "were", "are", "will", "would", "has", "had", "have", "more", "less", "worth", "against",
    "after", "before", "since", "until", "over", "under", "up", "down", "higher", "lower",
    "while", "when", "which", "who", "into", "now", "only", "already", "earlier",
    "later", "ago", "instead", "overall", "annually", "monthly", "weekly", "daily",
    "off",  # "wiping 1.6 trillion won off its value"
}  # fmt: skip
# CLDR heads that are no currency in running English ("Zimbabwean Gold").
NOT_CURRENCY_HEADS = {"gold"}
# Heads news always means one way, whatever country the article is about.
FIXED_HEADS = {"dollar": "USD"}
# The usual currency of a head many currencies share, when the article names no country.
HEAD_DEFAULTS = {
    "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "ruble": "RUB",
    "escudo": "PTE", "shilling": "KES", "lira": "TRY", "guilder": "NLG", "rial": "IRR",
    "riyal": "SAR", "won": "KRW", "mark": "DEM", "krona": "SEK", "kroner": "NOK",
    "krone": "NOK", "dirham": "AED", "real": "BRL", "dinar": "KWD", "peseta": "ESP",
    "yuan": "CNY", "yen": "JPY", "koruna": "CZK", "sol": "PEN", "leu": "RON", "lei": "RON",
    "lev": "BGN", "leva": "BGN", "schilling": "ATS", "crown": "SEK", "kr": "SEK",
}  # fmt: skip
# Cities and words that name a currency's country besides CLDR's place names.
CURRENCY_EXTRA_CUES = {
    "KRW": ("Seoul", "KRW", "₩"), "JPY": ("Tokyo", "JPY"), "CNY": ("Beijing", "Shanghai"),
    "GBP": (
        "London", "England", "Scotland", "Wales", "sterling", "£", "pence", "penny",
        "Birmingham", "Manchester", "Leeds", "Glasgow", "Edinburgh", "Cardiff", "Belfast",
        "Bristol", "Liverpool",
    ),
    "TRY": ("Istanbul", "Ankara"), "EGP": ("Cairo",),
    "VND": ("Hanoi", "Ho Chi Minh City", "Saigon"),
    "NGN": ("Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Kaduna", "Maiduguri", "Enugu"),
    "IRR": ("Tehran",), "BRL": ("Sao Paulo", "São Paulo"),
    "ZAR": (
        "Johannesburg", "Pretoria", "Cape Town", "Durban", "Soweto", "Gqeberha", "Port Elizabeth",
        "Bloemfontein", "Sandton", "Gauteng", "KwaZulu-Natal", "Limpopo", "Mpumalanga",
        "Eskom", "Transnet", "JSE",
    ),
    "KES": ("Nairobi",),
    "RUB": ("Moscow", "Kremlin"), "DEM": ("Bonn", "Bundesbank"), "CZK": ("Prague",),
    "SEK": ("Stockholm",), "NOK": ("Oslo",), "DKK": ("Copenhagen",), "FRF": ("Paris",),
    "BEF": ("Brussels",), "PHP": ("Manila", "Filipino"), "UGX": ("Kampala",),
    "TZS": ("Dar es Salaam", "Dodoma"), "GHS": ("Accra", "Kumasi"), "MYR": ("Kuala Lumpur",),
    "PKR": ("Karachi", "Lahore", "Islamabad", "Sindh", "Khyber Pakhtunkhwa"),
    "AED": ("Dubai", "Abu Dhabi", "Sharjah", "Emirati"), "QAR": ("Doha",),
    "SAR": ("Riyadh", "Jeddah"), "ILS": ("Jerusalem", "Tel Aviv", "Haifa"),
    "ARS": ("Buenos Aires",), "MXN": ("Mexico City", "Monterrey", "Guadalajara"),
    "CLP": ("Santiago",), "COP": ("Bogotá", "Bogota", "Medellín", "Medellin"),
    "UYU": ("Montevideo",), "CUP": ("Havana",), "DOP": ("Santo Domingo",),
    "THB": ("Bangkok",), "LBP": ("Beirut",), "SYP": ("Damascus",), "SDG": ("Khartoum",),
    "LKR": ("Colombo", "Kandy"), "NPR": ("Kathmandu",), "BWP": ("Gaborone",),
    "INR": (
        "Delhi", "Mumbai", "Bengaluru", "Bangalore", "Chennai", "Kolkata", "Hyderabad",
        "Pune", "Ahmedabad", "Lucknow", "Jaipur", "Patna", "Bhopal", "Maharashtra",
        "Tamil Nadu", "Karnataka", "Kerala", "Gujarat", "Rajasthan", "Bihar", "Odisha",
        "Telangana", "Andhra Pradesh", "Uttar Pradesh", "West Bengal", "Madhya Pradesh",
    ),
}  # fmt: skip
# Cities whose names are also people's or things' ("Senator Santiago Creel", "Santiago de
# los Caballeros", "a Havana cigar"): cues only standing alone as a place.
NAME_LIKE_CITIES = frozenset({"santiago", "havana"})
# Minor units, each a hundredth: word -> (its usual currency, the heads of the
# currencies it divides).
# A cent in an article about euros is a euro cent: see `money.settle_minor_units`.
MINOR_UNITS = {
    "cent": ("USD", {"dollar", "euro", "rand", "shilling", "peso", "real"}),
    "cents": ("USD", {"dollar", "euro", "rand", "shilling", "peso", "real"}),
    "cts": ("USD", {"dollar"}),  # wire copy's cents: "Shr 42 cts vs 35 cts"
    "¢": ("USD", {"dollar", "euro"}),
    "c": ("USD", {"dollar", "euro", "rand"}),  # "412.3c", "45c": see `money._minor_at`
    "penny": ("GBP", {"pound"}), "pence": ("GBP", {"pound"}), "p": ("GBP", {"pound"}),
    "kopeck": ("RUB", {"ruble", "hryvnia"}), "kopecks": ("RUB", {"ruble", "hryvnia"}),
    "kopek": ("RUB", {"ruble", "hryvnia"}), "kopeks": ("RUB", {"ruble", "hryvnia"}),
    "paise": ("INR", {"rupee"}), "paisa": ("INR", {"rupee"}),
    "centime": ("EUR", {"franc", "euro"}), "centimes": ("EUR", {"franc", "euro"}),
    "pfennig": ("DEM", {"mark"}), "pfennigs": ("DEM", {"mark"}),
    "pesewa": ("GHS", {"cedi"}), "pesewas": ("GHS", {"cedi"}), "kobo": ("NGN", {"naira"}),
    "sen": ("MYR", {"ringgit"}), "centavo": ("MXN", {"peso", "real"}),
    "centavos": ("MXN", {"peso", "real"}), "halala": ("SAR", {"riyal"}),
    "halalas": ("SAR", {"riyal"}), "grosz": ("PLN", {"zloty"}), "groszy": ("PLN", {"zloty"}),
    "agora": ("ILS", {"shekel"}), "agorot": ("ILS", {"shekel"}),
    "piastre": ("EGP", {"pound"}), "piastres": ("EGP", {"pound"}),
    "piaster": ("EGP", {"pound"}), "piasters": ("EGP", {"pound"}),
    # Sweden's and Norway's or Denmark's hundredths: "90 öre", "50 øre".
    "öre": ("SEK", {"krona", "crown", "kr"}), "øre": ("NOK", {"krone", "crown", "kr"}),
    "fils": ("AED", {"dirham"}),  # the dirham's hundredth; in a story from the Emirates
}  # fmt: skip
# Words near "pounds" that make it a weight, not sterling.
WEIGHT_CUES = {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy",
               "heavier", "lbs", "lb", "kg", "kilos", "ounces", "stone"}  # fmt: skip
# A height just before a bare weight describes someone ("5 feet 6 inches tall, about 130
# pounds", "5-foot-10 and 180 pounds"); not "fled on foot with 2,000 pounds".
HEIGHT_WORDS = {"tall", "inches", "feet", "foot"}
# What is sold, seized or dumped by weight: after "pounds of" a weight, not sterling
# ("300 pounds of cocaine", "15 pounds of ganja", "40,000 pounds of beef"); money is
# "pounds of taxpayers' money", "of investment", "of damage".
WEIGHED_GOODS = {
    "cocaine", "heroin", "marijuana", "cannabis", "ganja", "hashish", "methamphetamine",
    "meth", "fentanyl", "opium", "khat", "crack", "pot", "weed", "narcotics", "drugs",
    "explosives", "explosive", "dynamite", "gunpowder", "fertilizer", "fertiliser",
    "beef", "meat", "pork", "chicken", "turkey", "fish", "shrimp", "lobster", "crab",
    "salmon", "cheese", "butter", "sugar", "flour", "rice", "potatoes", "apples", "fruit",
    "vegetables", "produce", "candy", "chocolate", "coffee", "tea", "food", "feed", "hay",
    "corn", "grain", "trash", "garbage", "litter", "waste", "debris", "plastic", "plastics",
    "scrap", "steel", "metal", "copper", "lead", "sand", "ice", "snow", "clothing", "paper",
    "thrust", "pressure", "force",
}  # fmt: skip
# Letters before "$" that make a dollar of their own even with a space between, as
# tokenised text writes them ("c $ 16.4 million"); "a $" and "s $" ("company ' s $ 5")
# stay US dollars.
SPACED_DOLLAR_PREFIXES = {"c", "hk", "us", "nz", "nt", "au", "r", "mx"}
CENT_WORDS = {"cents", "cent", "¢"}

PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "pct", "%")

DURATION_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "hrs": "hour",
    "minute": "minute", "minutes": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter",
    "quarters": "quarter", "night": "night", "nights": "night",
}  # fmt: skip
# Units of time in lower-case letters only, as sport writes them ("56.71sec", "3hr",
# "15min", "12 secs"): "SEC" filings, "HR" staff and "Sec 302" of a code are no time.
# All but "secs" only glued to the number.
ABBREVIATED_DURATIONS = {"sec": "second", "secs": "second", "hr": "hour", "min": "minute"}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Abbreviations that are also names or words ("Lei Jun", "Mar" ...): a month
# only with a full stop or when no capitalised name stands before them.
AMBIGUOUS_MONTHS = {"jun", "mar", "may", "jan", "dec", "sep", "oct", "nov", "aug", "apr"}

# Qualifiers before a figure, longest first. Kept out of the span.
QUALIFIERS = (
    "in excess of", "upwards of", "as many as", "as much as", "as few as", "as little as",
    "no more than", "no less than", "not more than", "not less than", "more than",
    "less than", "fewer than", "greater than", "higher than", "lower than", "just over",
    "just under", "well over", "well above", "slightly more than", "slightly over",
    "up to", "at least", "at most", "close to", "nearly", "almost", "about", "around",
    "approximately", "roughly", "some", "an estimated", "estimated", "over", "above",
    "under", "below", "exceeded", "exceeding", "exceeds", "surpassed", "topped",
    "within", "only", "just", "merely", "a mere", "barely", "more", "circa", "approx",
)  # fmt: skip
# Extra qualifiers that only make sense before a duration.
DURATION_QUALIFIERS = (
    "over the past", "over the next", "over the last", "over the coming", "in the past",
    "in the next", "in the last", "in the coming", "for the past", "for the next",
    "for the last", "during the past", "during the next", "the past", "the next",
    "the last", "the following", "the coming", "following", "after", "for", "in",
)  # fmt: skip

# Words that end in "s" but are not plural nouns: never a counted noun.
NOT_PLURAL = {
    "https", "is", "was", "has", "does", "as", "us", "its", "his", "hers", "this", "thus", "yes",
    "plus", "less", "across", "perhaps", "always", "whereas", "towards", "besides",
    "news", "series", "means", "afterwards", "nevertheless", "unless",
    "measles", "mumps", "rabies", "diabetes", "herpes", "scabies",  # diseases, not plurals
    "various", "previous", "famous", "serious", "numerous", "obvious", "bonus", "status",
    "campus", "virus", "focus", "census", "consensus", "gas", "bus", "chaos", "ours",
    "yours", "theirs", "sometimes", "nowadays", "overseas", "analysis", "basis",
    "crisis", "thesis", "emphasis", "axis", "process", "success", "business", "access",
    "progress", "address", "class", "glass", "mass", "loss", "boss", "express", "press",
    "stress", "congress", "witness", "harness", "fitness", "says", "goes", "comes",
    "makes", "takes", "gives", "sees", "gets", "seems", "becomes", "remains", "rises",
    "falls", "grows", "shows", "wants", "needs", "plans", "aims", "hopes", "expects",
    "includes", "reaches", "hits", "adds", "cuts", "sells", "buys", "owns", "tops",
    "leads", "helps", "holds", "keeps", "runs", "sets", "puts", "lets", "tells",
    "asks", "works", "looks", "uses", "brings", "turns", "starts", "ends", "lasts",
}  # fmt: skip
IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle",
    "sheep", "fish", "deer", "aircraft", "livestock", "teeth", "feet", "mice", "geese",
    "crew", "faculty", "offspring", "data", "media", "criteria", "phenomena", "bacteria",
}  # fmt: skip
# Adjectives and determiners that may stand between a number and its noun but
# are not part of what is counted ("100 young employees" counts employees).
COUNT_FILLERS = {
    "such", "more", "other", "additional", "extra", "further", "new", "young", "old",
    "small", "large", "big", "major", "minor", "senior", "junior", "different",
    "separate", "several", "many", "few", "total", "full", "whole", "own", "existing",
    "current", "former", "active", "registered", "individual", "key", "main", "top",
    "leading", "so-called", "potential", "possible", "remaining",
}  # fmt: skip

# Words that, capitalised before a number, are ordinary English rather than a
# brand or model name ("In 2020", "Some 30 firms", "About 5 %").
COMMON_CAPITALISED = {
    "in", "on", "at", "by", "of", "to", "for", "from", "with", "about", "around", "over",
    "under", "some", "nearly", "almost", "approximately", "roughly", "only", "just",
    "since", "until", "till", "after", "before", "during", "within", "than", "and",
    "or", "but", "the", "a", "an", "all", "its", "their", "his", "her", "our", "my",
    "your", "these", "those", "this", "that", "another", "up", "top", "more", "less",
    "fewer", "least", "most", "as", "per", "each", "every", "between",
    "among", "amid", "above", "below", "beyond", "through", "via", "versus", "vs",
    "while", "when", "where", "if", "though", "although", "because", "then", "also",
    "still", "yet", "even", "again", "now", "today", "yesterday", "tomorrow", "last",
    "next", "past", "first", "estimated", "total", "exactly", "approx", "circa",
    "no", "not", "both", "either", "neither", "nor", "so", "what", "which", "who",
    "are", "is", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "must", "shall", "do", "does", "did",
}  # fmt: skip

# Model-name suffixes after a number ("12 Pro", "15 Ultra"): the number is a model.
MODEL_SUFFIXES = {
    "pro", "max", "ultra", "plus", "lite", "mini", "se", "air", "neo", "prime", "edge",
    "note", "fold", "flip", "turbo", "gt", "xl", "s", "x", "t", "e", "i", "+",
}  # fmt: skip

# Words suggesting a bare "at 35" is a person's age.
AGE_CUES = {
    "youngest", "oldest", "young", "old", "age", "aged", "died", "dies", "retired",
    "retire", "retiring", "born", "teen", "teenager", "debut", "entrepreneur", "founder",
    "became", "joined", "started", "founded", "married", "son", "daughter", "boy", "girl",
}  # fmt: skip

HALF_WORDS = {"first": 1, "second": 2, "1st": 1, "2nd": 2}

# Nouns for people, which an age can describe ("a man aged 32", "the driver, 24,").
# Agent nouns ending in -er, -or, -ist, -ian, -ess are people too (see `ages`).
PERSON_NOUNS = {
    "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children",
    "baby", "toddler", "teenager", "teenagers", "teen", "teens", "youth", "pensioner",
    "mother", "father", "mum", "dad", "son", "daughter", "wife", "husband", "brother",
    "sister", "grandmother", "grandfather", "grandson", "granddaughter", "widow", "uncle",
    "aunt", "cousin", "victim", "victims", "passenger", "pedestrian", "resident",
    "student", "pupil", "patient", "soldier", "officer", "chef", "doctor", "nurse",
    "suspect", "defendant", "candidate", "veteran", "athlete", "captain", "coach",
    "executive", "president", "chairman", "chairwoman", "chief", "boss", "star",
    "actress", "princess", "king", "queen", "prince", "monk", "nun", "priest", "bishop",
    "pope", "mp", "senator", "minister", "mayor", "governor", "tycoon", "billionaire",
    "entrepreneur", "person", "people", "individual", "couple", "twins", "girlfriend",
    "boyfriend", "partner", "friend", "neighbour", "neighbor", "cyclist", "motorcyclist",
    "adult",
}  # fmt: skip

# Words that make "3-1" or "24-17" a result in sport rather than a range.
SPORTS_CUES = {
    "win", "wins", "won", "winning", "beat", "beats", "beaten", "defeat", "defeated",
    "defeats", "victory", "victories", "draw", "drew", "drawn", "lost", "lose", "loss",
    "losses", "led", "lead", "leads", "leading", "trail", "trailed", "trailing", "score",
    "scored", "scoreline", "match", "game", "games", "final", "semi-final", "half-time",
    "halftime", "full-time", "stumps", "innings", "set", "sets", "tie", "tied", "goal",
    "goals", "thrashing", "thrashed", "rout", "routed", "edged", "level", "equaliser",
    "league", "cup", "season", "fixture", "derby", "tournament", "round", "inning",
}  # fmt: skip
# Words that may follow a score without making it a measure of something.
SCORE_FOLLOWERS = {
    "win", "victory", "defeat", "draw", "loss", "lead", "thrashing", "scoreline",
    "result", "home", "away", "triumph", "rout", "success", "at", "in", "on",
    "to", "with", "against", "after", "before", "and", "over", "but", "as", "when", "for",
    "the", "a", "an", "from", "by", "of", "up", "down", "aggregate",
}  # fmt: skip

# Words after a race's distance ("the 400m hurdles", "the 1500m final"): "m" is metres there.
# Words of a cricket report, where "a century" is a hundred runs and "chasing 288" a
# target.
CRICKET_WORDS = frozenset({
    "runs", "balls", "innings", "stumps", "wicket", "wickets", "overs", "batting", "batted",
    "unbeaten", "bowled", "bowling", "test", "odi", "t20", "boundaries", "sixes", "fours",
})  # fmt: skip
RACE_WORDS = {
    "hurdles", "freestyle", "breaststroke", "backstroke", "butterfly", "medley", "relay",
    "final", "finals", "heat", "heats", "semi-final", "sprint", "race", "dash",
    "steeplechase", "title", "record", "champion", "gold", "silver", "bronze",
}  # fmt: skip
# Temperature scales after "degrees" or a glued letter ("40.3C", "35 degrees Celsius").
TEMPERATURE_SCALES = {
    "c": "°C", "celsius": "°C", "centigrade": "°C", "f": "°F", "fahrenheit": "°F",
}  # fmt: skip
# Units of measure written as symbols, after the number, glued or not ("140km",
# "35,000 ft", "1.2GW"), and what the figure shows as its unit. Case matters: "MW" is
# power, "mW" nothing news writes; "m" (million or metres) and "in" are left out.
MEASURE_UNITS = {
    "km": "km", "kms": "km", "cm": "cm", "mm": "mm", "ft": "ft", "yd": "yd", "yds": "yd",
    "mph": "mph", "kph": "km/h", "kmh": "km/h", "mpg": "mpg", "kg": "kg", "kgs": "kg",
    "lb": "lb", "lbs": "lb", "oz": "oz", "mg": "mg", "ml": "ml", "ha": "hectares",
    "kW": "kW", "MW": "MW", "GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh",
    "TWh": "TWh", "MB": "MB", "GB": "GB", "TB": "TB", "Mbps": "Mbps", "Gbps": "Gbps",
    "bpd": "bpd",  # barrels of oil a day
    "TEU": "TEU",  # a container ship's size in twenty-foot boxes ("ships of 24,000 TEU")
}  # fmt: skip
# Glued only: a lone "t" or "l" after a space is rarely a unit ("200g" is a code to the
# guards, as "5G" is).
GLUED_MEASURE_UNITS = {"t": "tonnes", "l": "litres"}
# A unit joined to the number by a hyphen as an adjective ("a 26-mile route", "a
# 12-storey block", "a 300-bed hospital"), and the unit the figure shows.
HYPHEN_UNITS = {
    "mile": "miles", "kilometre": "kilometres", "kilometer": "kilometres", "km": "km",
    "metre": "metres",
    "meter": "metres", "foot": "ft", "ft": "ft", "yard": "yards", "inch": "inches",
    "acre": "acres", "hectare": "hectares", "tonne": "tonnes", "ton": "tons",
    "litre": "litres", "liter": "litres", "gallon": "gallons", "storey": "storeys",
    "story": "storeys", "seat": "seats", "bed": "beds", "page": "pages", "room": "rooms",
    "point": "points", "member": "members", "hole": "holes", "mph": "mph",
    "gram": "grams", "kilogram": "kg", "kg": "kg", "magnitude": "magnitude", "man": "men",
    "woman": "women", "date": "dates", "cover": "covers",  # "a 14-date tour", "a 40-cover bistro"
}  # fmt: skip
# Homes a few beds or rooms (six at most) describe rather than count: "a three-bed semi",
# "four-room units" (not "a 300-bed hospital", "the 22-bed home" of a care home's places).
DWELLINGS = frozenset({
    "house", "houses", "home", "homes", "flat", "flats", "apartment", "apartments", "unit",
    "units", "semi", "semis", "bungalow", "bungalows", "terrace", "terraces", "cottage",
    "cottages", "villa", "villas", "condo", "condos", "townhouse", "townhouses", "property",
    "properties", "detached", "semi-detached", "maisonette", "maisonettes", "duplex",
})  # fmt: skip
# The unit after "square-" in a hyphenated area ("a 450-square-foot flat"), and the unit
# the figure shows.
# What follows "sq" in an area ("480 sq ft", "90 sq m"), as the figure's unit shows it.
SQUARE_UNITS = {
    "ft": "ft", "feet": "ft", "foot": "ft", "m": "m", "metres": "m", "meters": "m",
    "km": "km", "kilometres": "km", "mi": "miles", "miles": "miles", "yd": "yd",
}  # fmt: skip
AREA_UNITS = {
    "foot": "square feet", "feet": "square feet", "metre": "square metres",
    "meter": "square metres", "mile": "square miles", "kilometre": "square km",
    "kilometer": "square km",
}  # fmt: skip

# Subjects whose bare numbers are levels or measures, not how many of them there are
# ("shares rose to 812", "temperatures hit 40").
NOT_COUNTED_SUBJECTS = frozenset({
    "shares", "stocks", "prices", "yields", "rates", "futures", "bonds", "temperatures",
    "sales", "revenues", "earnings", "profits", "losses", "costs", "exports", "imports",
    "savings", "assets", "reserves", "levels", "points", "scores", "ratings", "odds",
    "markets", "indices", "indexes", "averages", "figures", "numbers", "totals", "orders",
    # times ("those waiting more than nine months dropped to 4,100"), amounts, and teams
    # whose totals are scores ("the hosts slipped to 96")
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
    "dozens", "hundreds", "thousands", "millions", "billions",
    "hosts", "visitors", "tourists", "champions", "holders", "leaders",
    # money and measures ("Average weekly wages rose to 650", "Winds reached 150")
    "wages", "salaries", "rents", "bills", "fees", "fares", "pensions", "payments", "taxes",
    "charges", "tariffs", "winds", "gusts", "speeds", "lists",
})  # fmt: skip
