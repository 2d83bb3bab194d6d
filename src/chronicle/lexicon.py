"""English word knowledge shared by the stages: one place for every word list.

Each list is an immutable tuple, frozenset or read-only mapping, named for what it holds. A stage that needs
words of a kind imports them from here instead of spelling its own copy; a list used by a single stage and
meaningless elsewhere may stay in that stage.

Sections: calendar words (the tagger, the cleaner and the renderers); tense and clauses; function words;
names (the entity recognizer); claims (verbs of saying and of events, the frames and heads of counted
groups, hedges); question answering (question words, answer-type nouns, demonyms, units of measure,
irregular forms, search synonyms: ``chronicle.ask``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, split on white space: a word list written as running text."""
    return frozenset(text.split())


__all__ = [
    "ACTIVE_EVENT_VERBS",
    "ADDRESS_TITLES",
    "BASE_FORMS",
    "CALENDAR_WORDS",
    "COMMON_TITLES",
    "CORPORATE_SUFFIXES",
    "COUNT_FRAMES",
    "DATE_NOUNS",
    "DEMONYMS",
    "FUNCTION_WORDS",
    "GROUP_HEADS",
    "HEDGES",
    "IRREGULAR_PAST",
    "LEADING_TITLES",
    "MONEY_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_PATTERN",
    "NAME_CONNECTORS",
    "NOT_NAMES",
    "NOT_PAST_ED",
    "NOT_PERSON_NAME_WORDS",
    "ORGANIZATION_NOUNS",
    "ORGANIZATION_WORDS",
    "PASSIVE_EVENT_VERBS",
    "PERSONAL_PRONOUNS",
    "PERSON_NOUNS",
    "PERSON_SPEECH_VERBS",
    "PERSON_TITLES",
    "PLACE_AFTER_WORDS",
    "PLACE_PREPOSITIONS",
    "PLACE_WORDS",
    "QUESTION_WORDS",
    "SCALES",
    "SETTLEMENT_NOUNS",
    "SPEECH_VERBS",
    "SYNONYM_GROUPS",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_PATTERN",
]

# --- calendar words ---------------------------------------------------------------------------------
# Not strftime or calendar.month_name: those follow the locale.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The short forms news pages write ("Dec. 8", "Sept 3", "Thu Apr 30"); May has none.
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")


def _word_alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of whole words, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(sorted(words, key=len, reverse=True))


# Regex sources derived from the lists above, shared by the tagger, the cleaner and the dateline reader: a
# month or weekday name, full or short, as a whole word with an optional abbreviation point.
MONTH_PATTERN = rf"(?:{_word_alternation(MONTHS + MONTH_ABBREVIATIONS)})\b\.?"
WEEKDAY_PATTERN = rf"(?:{_word_alternation(WEEKDAYS + WEEKDAY_ABBREVIATIONS)})\b\.?"
# The same, lower case: capitalised, but never a name (or part of a person's name).
CALENDAR_WORDS = frozenset(word.lower() for word in (*MONTHS, *WEEKDAYS))

# --- tense and clauses (the temporal tagger's tense check; timeline entry rules) ----------------------
# Irregular past-tense verbs common in news (regular ones end in -ed). Ambiguous present/past forms
# ("put", "set", "cut", "hit", "read") are left out: they would mark a clause past on a guess.
IRREGULAR_PAST = _words(
    "said told met went came took gave made found began held left sent saw won lost fell rose paid sold "
    "bought brought thought kept led felt spoke broke wrote chose drove flew fought built became ran struck "
    "knew grew threw drew stood understood sat lay hid shot fled swore tore wore woke forgot forgave froze "
    "rode sang sank shook slid spun stole stuck stung swam taught withdrew overtook undertook meant"
)
# Words ending in -ed that are not past verbs, or that are schedule words (the tense check reads them
# as future through their phrases: "is expected to", "was scheduled for").
NOT_PAST_ED = _words(
    "scheduled expected planned slated alleged injured wounded hundred united limited based related detailed "
    "advanced armed indeed speed need breed proceed exceed succeed embed shed bred fled red bed feed seed "
    "weed greed steed"
)
PERSONAL_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they"])

# --- function words (the cleaner's prose test, event phrases in the temporal tagger) ----------------------
# English function words (written for this project): their share separates running prose from lists of
# names, headlines and navigation labels, as in jusText's stopword density.
FUNCTION_WORDS = _words(
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each either few for from further had has "
    "have having he her here hers herself him himself his how i if in into is it its itself just me more "
    "most my myself no nor not now of off on once only or other our ours ourselves out over own same she "
    "should so some such than that the their theirs them themselves then there these they this those through "
    "to too under until up upon very was we were what when where which while who whom why will with would "
    "you your yours yourself yourselves said says say one two three t s n't 's 're 've 'd 'll ll ve re d m "
    "since though although however still yet even may might must shall whose"
)

# --- names (the entity recognizer's rules and its type corrections) ------------------------------------
# (chronicle.entities)

# Lower-case words that link capitalised words inside one name ("Security Service of Ukraine", "Osama bin
# Laden", "Charles de Gaulle").
NAME_CONNECTORS = _words("of for on the de del da du la le der van von al el bin ibn")

# Titles before a person's name ("President Zelensky", "Dr Murray"), lower case, without the full stop: the
# common ones, which are never a name's first word, then the rest, which may begin one ("Prince Harry",
# "Lord Browne"; counting them in NOT_NAMES loses an answer in benchmarks/questions, MJ).
COMMON_TITLES = _words(
    "mr mrs ms dr president minister gen general sen senator rep gov governor pope king queen judge captain"
)
PERSON_TITLES = (
    COMMON_TITLES
    | _words(
        "sgt col lt prof chancellor secretary ambassador spokesman spokeswoman spokesperson commander pastor "
        "rev sir lord lady prince princess sheikh mayor"
    )
    | {"prime minister"}
)
# Forms of address a question's answer drops from a name ("Mr", "Sir", "Reverend"), lower case; narrower than
# PERSON_TITLES: "President", "General" or "Secretary" kept in an answer's name (chronicle.ask.names;
# PERSON_TITLES there loses an answer in benchmarks/questions, MJ).
ADDRESS_TITLES = _words("mr mrs ms miss sir lord lady rev reverend saint ambassador marshal")

# Capitalised words that are not names on their own: sentence-start words (pronouns, determiners,
# prepositions, auxiliaries, connectives), calendar words and the common titles.
NOT_NAMES = (
    CALENDAR_WORDS
    | COMMON_TITLES
    | _words(
        "a an the this that these those there here it its he she they we i you his her their our my your him "
        "them us me who what when where why how which while after before but and or so if in on at by for "
        "from to with as of about according also already however meanwhile then now later earlier today "
        "yesterday tomorrow prime officer chief one two some many most all no not yes do does did is was "
        "are were be been has have had will would can could should might must said says despite although "
        "because since during until once even still other another each every both either neither such like "
        "unlike than over under up down out off more less first last next new former"
    )
)

# Titles trimmed off the front of a recognised name ("President Volodymyr Zelensky" -> the name), as written.
LEADING_TITLES = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev",
    "President", "Prime Minister", "Minister", "Senator", "Governor", "General", "Judge", "Pope", "King",
    "Queen", "Prince", "Princess", "Sheikh", "Mayor", "Chancellor",
)  # fmt: skip

# Nouns for organisations: what a question asks one with ("which agency", "what company") and the last word
# of an organisation's name ("Security Service", "Kyiv Independent").
ORGANIZATION_NOUNS = _words(
    "administration agency airline airlines army assembly association authority bank body brigade "
    "broadcaster bureau cabinet carrier channel charity church club commission committee company congress "
    "corporation council court department federation firm force forces foundation fund government group "
    "guard institute institution media ministry navy network newspaper organisation organization outlet "
    "parliament party police regiment school senate service union unit university"
)
# The last words of organisations' names: the nouns above, and heads that end a name but that a question
# does not ask an organisation with ("what post", "which house", "what news"; "which hospital" asks a place).
ORGANIZATION_WORDS = ORGANIZATION_NOUNS | _words(
    "board center centre corp exchange hospital house inc independent journal ltd news office post press "
    "radio reserve times tv"
)

# Nouns for places: the last word of a place's name ("Donetsk Oblast"; "Gulf of Mexico" is caught by its
# first word elsewhere) and what a question asks a place with ("which city", "what hospital").
PLACE_WORDS = _words(
    "airport area arena avenue bay building capital cemetery city coast country county district gulf "
    "hospital hotel island islands kingdom krai lake location mountains neighborhood neighbourhood oblast "
    "ocean peninsula place port prison province region republic river sea site square stadium state street "
    "town valley venue village"
)

# Lower-case words after a name that make it a place ("the Donetsk region", "Hubei province").
PLACE_AFTER_WORDS = (
    "region", "oblast", "province", "city", "county", "state", "district", "island", "river", "valley",
)  # fmt: skip

# Prepositions before a name that suggest a place ("in Kyiv", "from Rostov").
PLACE_PREPOSITIONS = frozenset(
    ["in", "near", "to", "from", "at", "into", "across", "outside", "toward", "towards"]
)

# Nouns for settlements and areas that introduce a list of place names ("the villages of Tarasivka and
# Bilohorivka", "the towns of Jacmel and Carrefour").
SETTLEMENT_NOUNS = (
    "village", "villages", "town", "towns", "city", "cities", "settlement", "settlements", "suburb",
    "suburbs", "district", "districts", "province", "provinces", "region", "regions", "county", "counties",
    "state", "states", "island", "islands", "port", "ports", "neighbourhood", "neighbourhoods",
    "neighborhood", "neighborhoods", "municipality", "municipalities", "oblast", "oblasts",
)  # fmt: skip

# Legal-form words after a company's name ("Transocean Ltd", "BP Plc"): without them it is the same company.
CORPORATE_SUFFIXES = frozenset(
    ["ltd", "inc", "corp", "co", "plc", "llc", "sa", "ag", "nv", "gmbh", "limited"]
)

# Verbs right after a lone name that make it a person ("Zelenskyy said"): the part of SPEECH_VERBS that
# news uses for people far more than for places or bodies ("Xinhua reported" is an agency).
PERSON_SPEECH_VERBS = ("said", "says", "told", "added", "stated", "wrote", "tweeted")

# --- claims: verbs of saying, events and the frames of counted groups ---------------------------------
# (chronicle.claims and chronicle.conflicts; one copy of each list)

# Verbs that attribute a statement to a speaker ("X said", "according to X" is handled apart).
SPEECH_VERBS = _words(
    "said says told reported announced stated noted confirmed added claimed insisted wrote explained "
    "estimated estimates estimate believes believed warned tweeted posted revealed denied"
)

# Events that happen to their grammatical subject in the passive ("he was captured on April 5").
PASSIVE_EVENT_VERBS = (
    "captured", "arrested", "detained", "killed", "released", "freed", "kidnapped", "abducted", "elected",
    "appointed", "sentenced", "charged", "convicted", "acquitted", "wounded", "injured", "hospitalized",
    "hospitalised", "buried", "executed", "extradited", "deported", "indicted", "shot", "rescued",
    "evacuated", "exchanged", "ousted", "dismissed", "fired", "sworn in", "pronounced dead",
    "taken prisoner", "transferred", "sent", "discharged", "questioned", "interrogated",
)  # fmt: skip
# Events their subject does ("the rig sank on 22 April").
ACTIVE_EVENT_VERBS = (
    "arrived", "died", "resigned", "returned", "fled", "surrendered", "landed", "struck", "began", "started",
    "ended", "collapsed", "crashed", "exploded", "sank", "erupted", "escaped", "disappeared",
    "stepped down", "took office", "went missing", "defected", "signed up", "enlisted", "was born",
    "took off", "blew up", "caught fire", "hit", "capsized", "departed",
)  # fmt: skip

# What a count of people is about: the frame of its verb or noun, so that "killed", "dead", "died",
# "death toll" and "lost their lives" meet, and "injured" never meets "killed". Keys are frame names.
COUNT_FRAMES = MappingProxyType(
    {
        "killed": _words(
            "kill killed killing kills dead died die dies deaths death toll perished lives fatalities slain "
            "fatally"
        ),
        "injured": frozenset(["injured", "injuring", "injure", "hurt", "wounded", "wounding", "injuries"]),
        "missing": frozenset(["missing", "unaccounted"]),
        "homeless": frozenset(["homeless", "displaced"]),
        "evacuated": frozenset(["evacuated", "evacuating", "evacuation"]),
        "rescued": frozenset(["rescued", "rescuing", "survived", "survivors"]),
        "arrested": frozenset(["arrested", "detained", "detaining", "arrests"]),
        "captured": frozenset(["captured", "capturing", "prisoner", "prisoners", "captive"]),
        "cases": frozenset(["cases", "infected", "infections", "sickened", "ill", "case"]),
        "serving": _words(
            "serving serve serves fighting fight fought recruited recruiting enlisted deployed fighters "
            "mercenaries"
        ),
        "attending": _words(
            "attended attending attend flocked gathered participated turned crowd crowds mourners pilgrims"
        ),
        "aboard": frozenset(["aboard", "board", "passengers", "onboard", "carrying"]),
    }
)
# Nouns that name the same kind of counted people ("155 Chinese citizens", "163 Chinese nationals").
GROUP_HEADS = MappingProxyType(
    {
        "people": frozenset(["people", "persons", "individuals", "residents", "civilians", "victims"]),
        "nationals": frozenset(["nationals", "citizens"]),
        "soldiers": frozenset(
            ["soldiers", "troops", "servicemen", "fighters", "mercenaries", "military", "personnel"]
        ),
        "workers": frozenset(["workers", "employees", "staff", "crew"]),
    }
)
# Words that make a count hypothetical or not a count of what happened.
HEDGES = _words(
    "could would might may if worst-case worst potential potentially capacity capable hypothetical projected "
    "forecast predicted expected"
)


# --- question answering (chronicle.ask) -------------------------------------------------------------


# Words that ask and carry no content of their own: never search terms.
QUESTION_WORDS = _words(
    "what which who whom whose when where why how many much old long far deep high tall big large "
    "did do does is are was were be been being has have had will would can could should shall may might "
    "the a an of to in on at by for from with about as into onto than that this these those there it its "
    "name named called according say says said tell told report reported "
    "kind type sort exactly approximately roughly"
)
# Nouns after "what"/"which" that say what kind of answer is wanted.
PERSON_NOUNS = _words(
    "person man woman boy girl child official minister president leader judge doctor physician lawyer "
    "spokesman spokeswoman spokesperson chief executive head chairman chairwoman director envoy general "
    "admiral commander officer bodyguard anchor reporter journalist correspondent singer actor player "
    "prisoner soldier survivor victim pilot captain driver suspect witness secretary governor mayor "
    "senator cardinal bishop priest pope king queen prince princess ambassador candidate coach manager "
    "founder owner host presenter wife husband son daughter mother father brother sister spouse widow "
    "widower partner girlfriend boyfriend fiancee fiance"
)
DATE_NOUNS = _words("date day year month time week")

# Units of measure, by dimension: the word as written (lower case) → dimension.
UNITS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                "$ us$ usd dollar dollars £ # gbp pound pounds € euro euros eur yuan yen rupee "
                "rupees rouble roubles ruble rubles hryvnia hryvnias cent cents"
            ),
            "money",
        ),
        **dict.fromkeys(
            _words(
                "km kilometre kilometres kilometer kilometers mile miles metre metres meter "
                "meters ft foot feet yard yards cm centimetres inch inches"
            ),
            "length",
        ),
        **dict.fromkeys(
            _words(
                "second seconds minute minutes hour hours day days week weeks month months year "
                "years decade decades century centuries"
            ),
            "duration",
        ),
        **dict.fromkeys(_words("% percent per cent percentage"), "percent"),
        **dict.fromkeys(_words("barrel barrels gallon gallons litre litres liter liters"), "volume"),
        **dict.fromkeys(_words("kg kilogram kilograms kilo kilos tonne tonnes ton tons lb lbs"), "mass"),
        **dict.fromkeys(_words("sq acre acres hectare hectares"), "area"),
        **dict.fromkeys(_words("mph km/h knots"), "speed"),
        **dict.fromkeys(_words("magnitude"), "magnitude"),
    }
)
# Multipliers written after a number ("$ 20bn", "2.5 m", "three million").
SCALES: Mapping[str, float] = MappingProxyType(
    {
        "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
        "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    }
)  # fmt: skip
# Words that, after "how much" or in the question, ask for money.
MONEY_WORDS = _words(
    "money cost costs costing pay paid pays payment worth raise raised raising donate donated donation "
    "donations pledge pledged appeal aid bail loan loans fund funds spend spent price sell sold deal fine "
    "fined compensation damages budget bailout salary wage wages fee fees award awarded settlement "
    "stimulus package bid offer revenue profit profits loss losses"
)
# Irregular past forms news writes, and the verb each belongs to ("struck" is "strike"); abbreviated titles.
BASE_FORMS: Mapping[str, str] = MappingProxyType(
    {
        "struck": "strike", "died": "die", "fled": "flee", "began": "begin", "begun": "begin", "took": "take",
        "taken": "take", "gave": "give", "given": "give", "made": "make", "held": "hold", "led": "lead",
        "met": "meet", "sent": "send", "sold": "sell", "spent": "spend", "caught": "catch",
        "brought": "bring",
        "bought": "buy", "won": "win", "lost": "lose", "fell": "fall", "fallen": "fall", "rose": "rise",
        "risen": "rise", "shot": "shoot", "wrote": "write", "written": "write", "told": "tell",
        "found": "find", "left": "leave", "came": "come", "went": "go", "gone": "go", "ran": "run",
        "saw": "see", "seen": "see", "thought": "think", "kept": "keep", "paid": "pay", "flew": "fly",
        "flown": "fly", "sank": "sink", "sunk": "sink", "stole": "steal", "stolen": "steal", "hid": "hide",
        "hidden": "hide", "fought": "fight", "chose": "choose", "chosen": "choose", "became": "become",
        "broke": "break", "broken": "break", "spoke": "speak", "spoken": "speak", "drove": "drive",
        "driven": "drive", "froze": "freeze", "frozen": "freeze", "overthrew": "overthrow",
        "overthrown": "overthrow", "blew": "blow", "blown": "blow", "knew": "know", "known": "know",
        "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw", "hit": "hit", "lay": "lie",
        "laid": "lay", "built": "build", "felt": "feel", "heard": "hear", "meant": "mean", "sat": "sit",
        "stood": "stand", "understood": "understand", "wore": "wear", "swore": "swear", "sworn": "swear",
        "bore": "bear", "borne": "bear", "fed": "feed", "bled": "bleed", "slew": "slay", "slain": "slay",
        "sought": "seek", "taught": "teach", "woke": "wake", "forgot": "forget", "forgiven": "forgive",
        "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake", "arose": "arise",
        "gen": "general", "adm": "admiral", "dr": "doctor", "lt": "lieutenant", "col": "colonel",
        "capt": "captain", "sgt": "sergeant", "gov": "governor", "sen": "senator", "prof": "professor",
        "maj": "major", "cpl": "corporal", "pte": "private", "supt": "superintendent", "insp": "inspector",
    }
)  # fmt: skip
# Nationality and regional adjectives: written with a capital, but qualifiers, not names ("Chinese
# nationals", "Scottish Health Secretary").
DEMONYMS = _words(
    "afghan african albanian algerian american arab argentine armenian asian australian austrian azerbaijani "
    "bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian "
    "canadian chechen chilean chinese colombian congolese croatian cuban cypriot czech danish dominican "
    "dutch "
    "ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish french "
    "georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian "
    "iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar "
    "kurdish kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian malaysian malian maltese mexican "
    "moldovan mongolian moroccan mozambican namibian nepali nepalese nicaraguan nigerian nigerien norwegian "
    "omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian "
    "russian rwandan salvadoran saudi scottish senegalese serbian sierra singaporean slovak slovenian "
    "somali south sudanese spanish sri swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian "
    "turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh western eastern northern "
    "southern yemeni zambian zimbabwean"
)
# Words news uses interchangeably: a search for one also finds the others (weighted lower).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("killed", "died", "dead", "death", "deaths", "toll", "fatalities"),
    ("injured", "wounded", "hurt", "injuries"),
    ("citizens", "nationals"),
    ("fighting", "serving"),
    ("captured", "caught", "captive", "capture", "captivity"),
    ("epicentre", "epicenter", "centred", "centered"),
    ("earthquake", "quake", "tremor"),
    ("doctor", "physician"),
    ("arrested", "detained"),
    ("jail", "prison"),
    ("exploded", "explosion", "blast"),
    ("funeral", "burial", "requiem"),
    ("buried", "interred"),
    ("resigned", "resignation", "quit"),
    ("rescued", "pulled", "saved"),
    ("presided", "celebrated", "led"),
    ("crashed", "crash", "accident"),
    ("survivor", "survived", "survivors"),
    ("boss", "chief", "ceo"),
    ("born", "birth"),
    ("caused", "cause", "because", "blamed", "due"),
)

# --- timeline entries (naming the subject of an entry: ``chronicle.entries``) ---------------------------
# Capitalised words that are never part of a person's name, lower case: the words that are not names on
# their own, demonyms, the nouns of organisations and places (the lists above), and the words of
# institutions that make "Russian Armed Forces", "Foreign Ministry" or "National Security" no person's name.
NOT_PERSON_NAME_WORDS = (
    NOT_NAMES
    | DEMONYMS
    | ORGANIZATION_WORDS
    | PLACE_WORDS
    | _words("armed defence defense foreign health national presidents security states world")
)
