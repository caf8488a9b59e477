import pytest

from detente.clean.language import LanguageDetector, detect_language

ENGLISH = (
    "Pakistan and Russia have agreed to hold joint military exercises as part of "
    "their growing defence cooperation, the foreign ministry said on Tuesday."
)
FRENCH = (
    "Le Pakistan et la Russie ont convenu d'organiser des exercices militaires "
    "conjoints dans le cadre de leur coopération de défense, a déclaré le ministère."
)


@pytest.fixture(scope="module")
def detector():
    return LanguageDetector()


def test_language_detects_english(detector):
    guess = detector.detect(ENGLISH)
    assert guess.language == "en" and guess.confident


def test_language_detects_french(detector):
    assert detect_language(FRENCH, detector=detector) == "fr"


def test_language_short_text_is_none(detector):
    assert detector.detect("Live tv").language is None
    assert detect_language("Pakistan, Russia", detector=detector) is None


def test_language_unsure_guess_is_not_confident():
    strict = LanguageDetector(min_confidence=1.01)
    guess = strict.detect(ENGLISH)
    assert guess.language == "en" and not guess.confident
    assert detect_language(ENGLISH, detector=strict) is None


def test_language_detect_language_without_detector():
    assert detect_language(ENGLISH) == "en"
