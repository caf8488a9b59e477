"""Settings: one table, defaults in ``defaults.toml``, user files override keys.

Each field carries its help text; ``docs/settings.md`` must list every one
(``tests/test_config.py`` checks it).
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IngestSettings(_Section):
    max_file_bytes: int = Field(description="Files larger than this are refused with E003 instead of read.")
    max_document_chars: int = Field(description="Documents with more characters than this are refused with E003.")
    batch_size: int = Field(description="Articles per pipeline batch; each batch is one store transaction.")


class CleanSettings(_Section):
    min_article_chars: int = Field(description="Articles shorter than this after cleaning are dropped with E012.")
    repeated_line_min_articles: int = Field(
        description="A line seen in at least this many articles of one outlet in a batch is boilerplate."
    )
    languages: list[str] = Field(description="ISO 639-1 languages to code; other articles are skipped with E010.")


class NlpSettings(_Section):
    spacy_model: str = Field(description="Installed spaCy pipeline package to load (never downloaded).")
    pipe_batch_size: int = Field(description="Texts per nlp.pipe batch.")
    max_sentence_tokens: int = Field(description="Longer sentences are not coded (run-on lists, flattened tables).")


class CodingSettings(_Section):
    min_confidence: float = Field(description="Event mentions with lower confidence are not stored.")


class StoreSettings(_Section):
    db_path: str = Field(description="Default DuckDB database file.")


class Settings(_Section):
    ingest: IngestSettings
    clean: CleanSettings
    nlp: NlpSettings
    coding: CodingSettings
    store: StoreSettings


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def default_values() -> dict[str, Any]:
    return tomllib.loads(files("detente").joinpath("defaults.toml").read_text(encoding="utf-8"))


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the user's TOML file (only its keys), then keyword overrides
    given as ``section={"key": value}``."""
    values = default_values()
    if path is not None:
        values = _merge(values, tomllib.loads(Path(path).read_text(encoding="utf-8")))
    values = _merge(values, overrides)
    return Settings.model_validate(values)
