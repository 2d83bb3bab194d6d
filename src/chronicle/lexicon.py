"""English word knowledge shared by the stages: one place for every word list.

Each list is an immutable tuple, frozenset or read-only mapping, named for what it holds. A stage that needs
words of a kind imports them from here instead of spelling its own copy; a list used by a single stage and
meaningless elsewhere may stay in that stage.

Sections: calendar words (the tagger, the cleaner and the renderers); tense and clauses; function words;
claims (verbs of saying and of events, the frames and heads of counted groups, hedges).
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "ACTIVE_EVENT_VERBS",
    "COUNT_FRAMES",
    "FUNCTION_WORDS",
    "GROUP_HEADS",
    "HEDGES",
    "IRREGULAR_PAST",
    "MONTHS",
    "NOT_PAST_ED",
    "PASSIVE_EVENT_VERBS",
    "PERSONAL_PRONOUNS",
    "SPEECH_VERBS",
    "WEEKDAYS",
]

# --- calendar words ---------------------------------------------------------------------------------
# Not strftime or calendar.month_name: those follow the locale.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# --- tense and clauses (the temporal tagger's tense check; timeline entry rules) ----------------------
# Irregular past-tense verbs common in news (regular ones end in -ed). Ambiguous present/past forms
# ("put", "set", "cut", "hit", "read") are left out: they would mark a clause past on a guess.
IRREGULAR_PAST = frozenset(
    [
        "said",
        "told",
        "met",
        "went",
        "came",
        "took",
        "gave",
        "made",
        "found",
        "began",
        "held",
        "left",
        "sent",
        "saw",
        "won",
        "lost",
        "fell",
        "rose",
        "paid",
        "sold",
        "bought",
        "brought",
        "thought",
        "kept",
        "led",
        "felt",
        "spoke",
        "broke",
        "wrote",
        "chose",
        "drove",
        "flew",
        "fought",
        "built",
        "became",
        "ran",
        "struck",
        "knew",
        "grew",
        "threw",
        "drew",
        "stood",
        "understood",
        "sat",
        "lay",
        "hid",
        "shot",
        "fled",
        "swore",
        "tore",
        "wore",
        "woke",
        "forgot",
        "forgave",
        "froze",
        "rode",
        "sang",
        "sank",
        "shook",
        "slid",
        "spun",
        "stole",
        "stuck",
        "stung",
        "swam",
        "taught",
        "withdrew",
        "overtook",
        "undertook",
        "meant",
    ]
)
# Words ending in -ed that are not past verbs, or that are schedule words (the tense check reads them
# as future through their phrases: "is expected to", "was scheduled for").
NOT_PAST_ED = frozenset(
    [
        "scheduled",
        "expected",
        "planned",
        "slated",
        "alleged",
        "injured",
        "wounded",
        "hundred",
        "united",
        "limited",
        "based",
        "related",
        "detailed",
        "advanced",
        "armed",
        "indeed",
        "speed",
        "need",
        "breed",
        "proceed",
        "exceed",
        "succeed",
        "embed",
        "shed",
        "bred",
        "fled",
        "red",
        "bed",
        "feed",
        "seed",
        "weed",
        "greed",
        "steed",
    ]
)
PERSONAL_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they"])

# --- function words (the cleaner's prose test, event phrases in the temporal tagger) ----------------------
# English function words (written for this project): their share separates running prose from lists of
# names, headlines and navigation labels, as in jusText's stopword density.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "one",
        "two",
        "three",
        "t",
        "s",
        "n't",
        "'s",
        "'re",
        "'ve",
        "'d",
        "'ll",
        "ll",
        "ve",
        "re",
        "d",
        "m",
        "since",
        "though",
        "although",
        "however",
        "still",
        "yet",
        "even",
        "may",
        "might",
        "must",
        "shall",
        "whose",
    ]
)

# --- claims: verbs of saying, events and the frames of counted groups ---------------------------------
# (chronicle.claims and chronicle.conflicts; one copy of each list)

# Verbs that attribute a statement to a speaker ("X said", "according to X" is handled apart).
SPEECH_VERBS = frozenset(
    ["said", "says", "told", "reported", "announced", "stated", "noted", "confirmed", "added", "claimed", "insisted", "wrote", "explained", "estimated", "estimates", "estimate", "believes", "believed", "warned", "tweeted", "posted", "revealed", "denied"]  # noqa: E501
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
        "killed": frozenset(
            ["kill", "killed", "killing", "kills", "dead", "died", "die", "dies", "deaths", "death", "toll", "perished", "lives", "fatalities", "slain", "fatally"]  # noqa: E501
        ),
        "injured": frozenset(["injured", "injuring", "injure", "hurt", "wounded", "wounding", "injuries"]),
        "missing": frozenset(["missing", "unaccounted"]),
        "homeless": frozenset(["homeless", "displaced"]),
        "evacuated": frozenset(["evacuated", "evacuating", "evacuation"]),
        "rescued": frozenset(["rescued", "rescuing", "survived", "survivors"]),
        "arrested": frozenset(["arrested", "detained", "detaining", "arrests"]),
        "captured": frozenset(["captured", "capturing", "prisoner", "prisoners", "captive"]),
        "cases": frozenset(["cases", "infected", "infections", "sickened", "ill", "case"]),
        "serving": frozenset(
            ["serving", "serve", "serves", "fighting", "fight", "fought", "recruited", "recruiting", "enlisted", "deployed", "fighters", "mercenaries"]  # noqa: E501
        ),
        "attending": frozenset(
            ["attended", "attending", "attend", "flocked", "gathered", "participated", "turned", "crowd", "crowds", "mourners", "pilgrims"]  # noqa: E501
        ),
        "aboard": frozenset(["aboard", "board", "passengers", "onboard", "carrying"]),
    }
)
# Nouns that name the same kind of counted people ("155 Chinese citizens", "163 Chinese nationals").
GROUP_HEADS = MappingProxyType(
    {
        "people": frozenset(["people", "persons", "individuals", "residents", "civilians", "victims"]),
        "nationals": frozenset(["nationals", "citizens"]),
        "soldiers": frozenset(["soldiers", "troops", "servicemen", "fighters", "mercenaries", "military", "personnel"]),  # noqa: E501
        "workers": frozenset(["workers", "employees", "staff", "crew"]),
    }
)
# Words that make a count hypothetical or not a count of what happened.
HEDGES = frozenset(
    ["could", "would", "might", "may", "if", "worst-case", "worst", "potential", "potentially", "capacity", "capable", "hypothetical", "projected", "forecast", "predicted", "expected"]  # noqa: E501
)
