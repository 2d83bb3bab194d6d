"""English word knowledge shared by the stages: one place for every word list.

Each list is an immutable tuple, frozenset or read-only mapping, named for what it holds. A stage that needs
words of a kind imports them from here instead of spelling its own copy; a list used by a single stage and
meaningless elsewhere may stay in that stage.

Sections: calendar words (the tagger, the cleaner and the renderers); claims (verbs of saying and of
events, the frames and heads of counted groups, hedges).
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "ACTIVE_EVENT_VERBS",
    "COUNT_FRAMES",
    "GROUP_HEADS",
    "HEDGES",
    "MONTHS",
    "PASSIVE_EVENT_VERBS",
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
