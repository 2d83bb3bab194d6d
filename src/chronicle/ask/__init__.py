"""Questions answered from the sources, with citations: ``chronicle ask``.

::

    from chronicle.ask import Asker

    asker = Asker.from_paths(["../shared/seeds"])
    reply = asker.ask("When was Chang Renbo captured?")
    reply.answers[0].value          # "2025-04-05"
    reply.answers[0].quotes[0].quote  # the sentence it is read from

A reply with no answers means the sources do not state it (:data:`NOT_STATED`). Modules: ``question``
(what is asked), ``index`` (which sentences speak to it), ``extract`` (answers of the asked kind in a
sentence), ``answer`` (weighing, abstaining, disagreements), ``sources`` (the adapter to entities and
claims), ``evaluate`` (scoring against a question set).
"""

from __future__ import annotations

from chronicle.ask.answer import NOT_STATED, Asker, AskOptions, ask
from chronicle.ask.question import Question, parse_question

__all__ = ["NOT_STATED", "AskOptions", "Asker", "Question", "ask", "parse_question"]
