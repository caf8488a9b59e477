"""Language identification with py3langid (its model ships in the wheel).

Short texts give unreliable guesses, so they get no language at all; a
guess below ``min_confidence`` is reported with ``confident=False``.
"""

from __future__ import annotations

from dataclasses import dataclass

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_CHARS = 40  # fewer letters than this: no guess
MIN_CONFIDENCE = 0.8  # normalised probability of the best language
MAX_CHARS = 5_000  # the opening of an article is enough to identify it


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str | None  # ISO 639-1, or None for too-short text
    confidence: float = 0.0
    confident: bool = False


class LanguageDetector:
    """Loads the py3langid model once; ``detect`` is then pure."""

    def __init__(self, *, min_chars: int = MIN_CHARS, min_confidence: float = MIN_CONFIDENCE) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.min_chars = min_chars
        self.min_confidence = min_confidence

    def detect(self, text: str) -> LanguageGuess:
        letters = sum(1 for char in text[:MAX_CHARS] if char.isalpha())
        if letters < self.min_chars:
            return LanguageGuess(language=None)
        language, confidence = self._identifier.classify(text[:MAX_CHARS])
        return LanguageGuess(
            language=language,
            confidence=confidence,
            confident=confidence >= self.min_confidence,
        )


def detect_language(text: str, *, detector: LanguageDetector | None = None) -> str | None:
    """The language of ``text`` when the guess is confident, else None.

    Pass a ``detector`` when calling more than once: building one loads the model.
    """
    guess = (detector or LanguageDetector()).detect(text)
    return guess.language if guess.confident else None
