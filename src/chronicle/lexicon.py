"""English word knowledge shared by the stages: one place for every word list.

Each list is an immutable tuple, frozenset or read-only mapping, named for what it holds. A stage that needs
words of a kind imports them from here instead of spelling its own copy; a list used by a single stage and
meaningless elsewhere may stay in that stage.

Sections: calendar words (the tagger, the cleaner and the renderers).
"""

from __future__ import annotations

__all__ = [
    "FUNCTION_WORDS",
    "IRREGULAR_PAST",
    "MONTHS",
    "NOT_PAST_ED",
    "PERSONAL_PRONOUNS",
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
    ["said", "told", "met", "went", "came", "took", "gave", "made", "found", "began", "held", "left", "sent", "saw", "won", "lost", "fell", "rose", "paid", "sold", "bought", "brought", "thought", "kept", "led", "felt", "spoke", "broke", "wrote", "chose", "drove", "flew", "fought", "built", "became", "ran", "struck", "knew", "grew", "threw", "drew", "stood", "understood", "sat", "lay", "hid", "shot", "fled", "swore", "tore", "wore", "woke", "forgot", "forgave", "froze", "rode", "sang", "sank", "shook", "slid", "spun", "stole", "stuck", "stung", "swam", "taught", "withdrew", "overtook", "undertook", "meant"]
)
# Words ending in -ed that are not past verbs, or that are schedule words (the tense check reads them
# as future through their phrases: "is expected to", "was scheduled for").
NOT_PAST_ED = frozenset(
    ["scheduled", "expected", "planned", "slated", "alleged", "injured", "wounded", "hundred", "united", "limited", "based", "related", "detailed", "advanced", "armed", "indeed", "speed", "need", "breed", "proceed", "exceed", "succeed", "embed", "shed", "bred", "fled", "red", "bed", "feed", "seed", "weed", "greed", "steed"]
)
PERSONAL_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they"])

# --- function words (the cleaner's prose test, event phrases in the temporal tagger) ----------------------
# English function words (written for this project): their share separates running prose from lists of
# names, headlines and navigation labels, as in jusText's stopword density.
FUNCTION_WORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "one", "two", "three", "t", "s", "n't", "'s", "'re", "'ve", "'d", "'ll", "ll", "ve", "re", "d", "m", "since", "though", "although", "however", "still", "yet", "even", "may", "might", "must", "shall", "whose"]
)
