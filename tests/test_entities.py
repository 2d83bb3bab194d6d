"""Entities: recognition (spaCy model and rule fallback), cleaning, and merging across outlets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from chronicle.entities import (
    Recognizer,
    RuleRecognizer,
    SpacyRecognizer,
    Span,
    default_recognizer,
    extract_entities,
    name_key,
    recognizers,
    spacy_available,
)
from chronicle.entities.mentions import MAX_NER_CHARS, NameMention
from chronicle.entities.merge import build_entities, cluster_mentions
from chronicle.model import Article, Block, BlockKind, Document, Entity, EntityKind, Origin, Sentence
from chronicle.pipeline import Pipeline, PipelineOptions
from chronicle.sentences import split_sentences
from chronicle.temporal import ground

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def doc(text: str, outlet: str = "outlet-a", published: dt.date = dt.date(2025, 4, 10)) -> Document:
    """A document whose whole text is body (the cleaner is not under test here)."""
    article = Article(
        id=f"{outlet}-{len(text)}-{text[:8]}",
        published=published,
        text=text,
        origins=(Origin(path=f"{outlet}.txt", outlet=outlet),),
    )
    spans = split_sentences(text, [(0, len(text))])
    timexes = ground(text, spans, published)
    sentences = tuple(
        Sentence(i, s, e, text[s:e], found)
        for i, ((s, e), found) in enumerate(zip(spans, timexes, strict=True))
    )
    return Document(article, (Block(0, len(text), BlockKind.BODY),), sentences)


@pytest.fixture(scope="session")
def spacy_ner() -> SpacyRecognizer:
    if not spacy_available():
        pytest.skip("spaCy model package not installed (pip install .[ner])")
    return SpacyRecognizer()


@pytest.fixture(scope="session", params=["spacy", "rules"])
def ner(request: pytest.FixtureRequest) -> Recognizer:
    if request.param == "rules":
        return RuleRecognizer()
    return request.getfixturevalue("spacy_ner")  # type: ignore[no-any-return]


def by_name(entities: tuple[Entity, ...], name: str) -> Entity:
    for e in entities:
        if e.name == name or name in e.aliases:
            return e
    raise AssertionError(f"{name!r} not among {[e.name for e in entities]}")


def test_name_key_folds_case_articles_possessives_and_diacritics() -> None:
    assert name_key("The SBU's") == "sbu"
    assert name_key("Zelenskyy’s") == "zelenskyy"
    assert name_key("Bogotá") == "bogota"


def test_rule_recognizer_types_by_shape() -> None:
    text = "The Security Service of Ukraine questioned President Volodymyr Zelensky in the Donetsk region."
    [spans] = RuleRecognizer().recognize([text])
    found = {text[s.start : s.end]: s.kind for s in spans}
    assert found["Security Service of Ukraine"] is EntityKind.ORGANIZATION
    assert found["Volodymyr Zelensky"] is EntityKind.PERSON
    assert found["Donetsk"] is EntityKind.PLACE
    assert "The" not in found


def test_rule_recognizer_skips_demonyms_and_sentence_initial_words() -> None:
    [spans] = RuleRecognizer().recognize(["Chinese fighters were captured. Later Russian units moved."])
    assert spans == []


def test_spacy_recognizer_is_the_real_model(spacy_ner: SpacyRecognizer) -> None:
    [spans] = spacy_ner.recognize(["Wang Guangjun arrived in Moscow on February 5."])
    assert Span(0, 13, EntityKind.PERSON) in spans
    assert spacy_ner.name.startswith("spacy:core_web_")


def test_default_recognizer_is_the_model_when_installed(spacy_ner: SpacyRecognizer) -> None:
    recognizer = default_recognizer()
    assert isinstance(recognizer, SpacyRecognizer) and recognizer.package == spacy_ner.package


def test_default_recognizer_falls_back_to_rules_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognizers, "spacy_available", lambda package=recognizers.SPACY_PACKAGE: False)
    assert isinstance(default_recognizer(), RuleRecognizer)


def test_acronym_in_parentheses_is_an_alias(ner: Recognizer) -> None:
    docs = [
        doc("The Security Service of Ukraine (SBU) questioned the prisoners on Wednesday."),
        doc("Officers of the SBU said the men were held in Kyiv.", outlet="outlet-b"),
    ]
    sbu = by_name(extract_entities(docs, ner), "SBU")
    assert {sbu.name, *sbu.aliases} == {"SBU", "Security Service of Ukraine"}
    assert sbu.kind is EntityKind.ORGANIZATION
    assert len({m.article_id for m in sbu.mentions}) == 2


def test_spelling_variants_merge_and_surnames_resolve(ner: Recognizer) -> None:
    docs = [
        doc(
            "President Volodymyr Zelensky spoke on Monday. Later, Zelensky said the recruitment was systemic."
        ),
        doc("On Friday, Zelenskyy said Beijing had been informed.", outlet="outlet-b"),
        doc("The prisoner Chang Renbo was questioned in Kyiv.", outlet="outlet-c"),
        doc("The prisoner Zhang Renbo was questioned again.", outlet="outlet-d"),
    ]
    entities = extract_entities(docs, ner)
    zelensky = by_name(entities, "Volodymyr Zelensky")
    assert zelensky.kind is EntityKind.PERSON
    assert {"Zelensky", "Zelenskyy"} <= set(zelensky.aliases)
    chang = by_name(entities, "Chang Renbo")
    assert {chang.name, *chang.aliases} == {"Chang Renbo", "Zhang Renbo"}


def test_mentions_are_offsets_into_article_text(ner: Recognizer) -> None:
    docs = Pipeline(PipelineOptions(stages=())).run([FIXTURES]).documents
    texts = {d.id: d.article.text for d in docs}
    sentences = {d.id: [(s.start, s.end) for s in d.sentences] for d in docs}
    entities = extract_entities(docs, ner)
    mentions = [m for entity in entities for m in entity.mentions]
    assert {"SBU", "Wang Guangjun", "Zhang Renbo"} <= {e.name for e in entities}
    assert len({m.article_id for m in mentions}) == len(docs) == 3  # every article names someone
    for m in mentions:
        assert texts[m.article_id][m.start : m.end] == m.text
        assert any(s <= m.start and m.end <= e for s, e in sentences[m.article_id])


def test_distinct_people_sharing_a_surname_stay_apart(ner: Recognizer) -> None:
    docs = [doc("Michael Jackson met Janet Jackson in Los Angeles. Jackson said nothing.")]
    entities = extract_entities(docs, ner)
    michael, janet = by_name(entities, "Michael Jackson"), by_name(entities, "Janet Jackson")
    assert michael.id != janet.id
    assert "Jackson" not in michael.aliases + janet.aliases


def test_entities_have_unique_ids(ner: Recognizer) -> None:
    entities = extract_entities(Pipeline(PipelineOptions(stages=())).run([FIXTURES]).documents, ner)
    assert len({e.id for e in entities}) == len(entities)
    assert extract_entities([], ner) == ()


def test_seeds_people_and_the_sbu(seeds_dir: Path, spacy_ner: SpacyRecognizer) -> None:
    entities = extract_entities(Pipeline(PipelineOptions(stages=())).run([seeds_dir]).documents, spacy_ner)
    for person in ("Chang Renbo", "Wang Guangjun", "Volodymyr Zelensky"):
        assert by_name(entities, person).kind is EntityKind.PERSON
    assert "Wang" in by_name(entities, "Wang Guangjun").aliases
    sbu = by_name(entities, "SBU")
    assert {sbu.name, *sbu.aliases} == {"SBU", "Security Service of Ukraine"}
    assert len({m.article_id for m in sbu.mentions}) == 2


def test_importing_chronicle_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, chronicle.entities, chronicle.claims, chronicle.conflicts; print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


class _Recording:
    """A recognizer that records the texts it is given and finds names with the rules."""

    name = "recording"

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.calls = 0

    def recognize(self, texts: Sequence[str]) -> list[list[Span]]:
        self.calls += 1
        self.texts.extend(texts)
        return RuleRecognizer().recognize(texts)


def test_work_per_sentence_is_bounded_on_a_page_without_punctuation() -> None:
    words = ["Oil", "flowed", "past", "Grand", "Isle", "while", "crews", "from", "Houma", "watched"]
    giant = " ".join(words[i % len(words)] for i in range(480_000 // 6))  # ~480 KB, no sentence punctuation
    text = "Officials met in Port Fourchon on Monday. " + giant
    page = doc(text)
    assert max(len(s.text) for s in page.sentences) > MAX_NER_CHARS  # the splitter leaves a giant sentence
    recording = _Recording()
    entities = extract_entities([page], recording)
    assert len(text) > 450_000 and recording.texts  # the short sentence is read ...
    assert max(map(len, recording.texts)) <= MAX_NER_CHARS  # ... the giant one is not
    assert {m.start for e in entities for m in e.mentions} <= {text.index("Port Fourchon")}


def test_names_listed_after_the_villages_of_are_places(spacy_ner: SpacyRecognizer) -> None:
    docs = [
        doc("Ukrainian troops fought near the villages of Tarasivka and Bilohorivka in Donetsk Oblast."),
        doc("The quake damaged the towns of Jacmel and Carrefour, near the capital.", outlet="outlet-b"),
    ]
    kinds = {e.name: e.kind for e in extract_entities(docs, spacy_ner)}
    for name in ("Tarasivka", "Bilohorivka", "Jacmel", "Carrefour"):
        assert kinds.get(name) is EntityKind.PLACE, (name, kinds.get(name))


def test_a_company_with_and_without_its_legal_form_is_one_organisation(ner: Recognizer) -> None:
    docs = [
        doc("The rig was operated by Transocean Ltd, which said its crew had been evacuated."),
        doc("The lawsuit names Transocean Ltd and Halliburton as defendants.", outlet="outlet-b"),
        doc("A chef is suing Transocean and the oil company.", outlet="outlet-c"),
    ]
    entities = extract_entities(docs, ner)
    company = by_name(entities, "Transocean Ltd")
    assert company.kind is EntityKind.ORGANIZATION
    assert "Transocean" in company.aliases
    assert not any(e.name == "Transocean" for e in entities)


def test_a_kind_read_from_context_outweighs_the_models_guesses() -> None:
    mentions = [
        NameMention(0, 0, 0, 4, "Kyiv", "kyiv", EntityKind.PERSON),
        NameMention(1, 0, 0, 4, "Kyiv", "kyiv", EntityKind.PERSON),
        NameMention(2, 0, 3, 7, "Kyiv", "kyiv", EntityKind.PLACE, by_context=True),
        NameMention(3, 0, 3, 7, "Kyiv", "kyiv", EntityKind.PLACE, by_context=True),
    ]
    documents = [doc(f"In Kyiv text {n}.") for n in range(4)]
    cluster_of, kind_of_key = cluster_mentions(documents, mentions)
    assert kind_of_key["kyiv"] is EntityKind.PLACE
    [kyiv] = build_entities(documents, mentions, cluster_of)
    assert kyiv.kind is EntityKind.PLACE


def test_the_recognizer_is_not_called_when_no_sentence_is_kept() -> None:
    docs = [doc("Officials met in Port Fourchon on Monday. Crews from Houma watched.")]
    recording = _Recording()
    assert extract_entities(docs, recording, keep=lambda document, sentence: False) == ()
    assert recording.calls == 0
    assert extract_entities(docs, recording, keep=lambda document, sentence: sentence.index == 1)
    assert recording.calls == 1 and recording.texts == ["Crews from Houma watched."]
