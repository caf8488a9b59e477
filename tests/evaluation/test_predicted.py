"""Tests for detente.evaluation.predicted: main event, class rule, offset moves."""

from __future__ import annotations

from detente.evaluation.predicted import (
    PredictedEvent,
    PredictedSide,
    is_mutual,
    main_event,
    offset_map,
    penta_class,
    predicted_events,
    quad_of_code,
)
from detente.types import (
    ActorMention,
    Article,
    CameoCode,
    CodedArticle,
    EventMention,
    ResolvedDate,
    Sentence,
    Span,
)


def event(code: str, quad: int, *, confidence: float = 0.9, position: int = 0, both: bool = True) -> PredictedEvent:
    side = PredictedSide(code="GON", country="GON", start=0, end=6)
    return PredictedEvent(code=code, quad_class=quad, source=side, target=side if both else None,
                          confidence=confidence, position=position)


def test_predicted_penta_class_rule() -> None:
    assert penta_class(event("010", 1)) == "0"
    assert penta_class(event("0234", 1)) == "0"
    assert penta_class(event("036", 1)) == "1"
    assert penta_class(event("0871", 2)) == "2"
    assert penta_class(event("111", 3)) == "3"
    assert penta_class(event("190", 4)) == "4"
    assert penta_class(None) == "none"


def test_predicted_penta_class_follows_phoenix_scheme_not_quad_class() -> None:
    # reduced relations are verbal conflict; force posture and protest (a strike) are material
    assert penta_class(event("141", 4)) == "4"
    assert penta_class(event("143", 4)) == "4"
    assert penta_class(event("163", 4)) == "3"
    assert penta_class(event("154", 4)) == "4"
    assert penta_class(event("173", 4)) == "4"


def test_predicted_quad_of_code() -> None:
    assert [quad_of_code(code) for code in ("01", "057", "064", "0874", "09", "138", "14", "204")] == [
        1, 1, 2, 2, 3, 3, 4, 4]
    assert quad_of_code("904") is None


def test_predicted_mutual_events_are_both_directions_of_one_trigger() -> None:
    gondor = PredictedSide(code="GON", country="GON", start=0, end=6)
    arnor = PredictedSide(code="ARN", country="ARN", start=11, end=16)
    forth = PredictedEvent(code="057", quad_class=1, source=gondor, target=arnor, confidence=0.9, position=25)
    back = PredictedEvent(code="057", quad_class=1, source=arnor, target=gondor, confidence=0.9, position=25)
    other_trigger = PredictedEvent(code="057", quad_class=1, source=arnor, target=gondor, confidence=0.9, position=40)
    assert is_mutual(forth, [forth, back]) and is_mutual(back, [forth, back])
    assert not is_mutual(forth, [forth, other_trigger])
    assert not is_mutual(forth, [forth])
    meeting = PredictedEvent(code="040", quad_class=1, source=gondor, target=arnor, confidence=0.9, position=3,
                             mutual=True)
    assert is_mutual(meeting, [meeting])


def test_predicted_main_event_rules() -> None:
    assert main_event([]) is None
    one_sided = event("010", 1, confidence=0.99, both=False)
    dyadic_low = event("190", 4, confidence=0.5, position=9)
    dyadic_high = event("111", 3, confidence=0.7, position=20)
    # the coder's confidence decides, whatever the number of sides
    assert main_event([one_sided, dyadic_low, dyadic_high]) is one_sided
    assert main_event([dyadic_low, dyadic_high]) is dyadic_high
    tie_late = event("190", 4, confidence=0.7, position=30)
    assert main_event([tie_late, dyadic_high]) is dyadic_high


def test_predicted_offset_map_identity_and_changes() -> None:
    assert offset_map("abc", "abc") == (0, 1, 2, 3)
    # cleaning stripped a leading space and repaired a quote
    mapping = offset_map("Gondor's army", " Gondor\u2019s army")
    assert mapping[0] == 1  # "G"
    assert mapping[9] == 10  # "a" of army
    assert mapping[len("Gondor's army")] == len(" Gondor\u2019s army")


def _mention(text: str) -> CodedArticle:
    sent = Sentence(article_id="a", index=0, start=0, end=len(text), text=text)
    source = ActorMention(article_id="a", sentence_index=0, span=Span(0, 6, "Gondor"), code="GON", country="GON")
    target = ActorMention(article_id="a", sentence_index=0, span=Span(15, 20, "Arnor"), code="ARN", country="ARN")
    mention = EventMention(
        mention_id="m", article_id="a", sentence_index=0, sentence=sent, source=source, target=target,
        trigger=Span(7, 14, "shelled"), cameo=CameoCode(code="195", name="", goldstein=-10.0, quad_class=4),
        plover_type="ASSAULT", plover_mode="aerial", negated=False, modality="asserted",
        date=ResolvedDate(value=None), place=None, confidence=0.8, rule="r", ontology_version="v1",
    )
    article = Article(article_id="a", source="gold#1", text=text, raw=text, doc_id="1")
    return CodedArticle(article=article, sentences=(sent,), actors=(source, target), mentions=(mention,))


def test_predicted_events_from_coded_article() -> None:
    text = "Gondor shelled Arnor."
    (converted,) = predicted_events(_mention(text), "  " + text)
    assert (converted.code, converted.quad_class, converted.confidence) == ("195", 4, 0.8)
    assert (converted.source.start, converted.source.end) == (2, 8)
    assert (converted.target.code, converted.target.start, converted.target.end) == ("ARN", 17, 22)
    assert converted.position == 9
    assert (converted.plover_type, converted.plover_mode) == ("ASSAULT", "aerial")


def test_predicted_main_event_is_the_first_of_the_nearly_most_trusted() -> None:
    # "Gondor shelled Arnor, killing ...": a later event a few points surer does not displace the first
    first = event("195", 4, confidence=0.8, position=7)
    later_surer = event("190", 4, confidence=0.85, position=30)
    assert main_event([later_surer, first]) is first
    # a later event that is clearly surer does
    much_surer = event("190", 4, confidence=0.95, position=30)
    assert main_event([first, much_surer]) is much_surer
