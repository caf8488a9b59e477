"""Docs cannot drift: CLI help and settings tables are generated and compared."""

from detente.cli.docs import outputs
from detente.config import Settings


def test_docs_generated_files_are_current():
    for path, text in outputs().items():
        assert path.exists(), f"{path} missing: run python -m detente.cli.docs"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run python -m detente.cli.docs"


def test_docs_every_setting_is_documented():
    text = next(t for p, t in outputs().items() if p.name == "settings.md")
    for section, field in Settings.model_fields.items():
        for key, info in field.annotation.model_fields.items():
            assert f"`{section}.{key}`" in text
            assert info.description, f"{section}.{key} has no help text"


def test_docs_every_command_is_in_the_reference():
    from detente.cli.main import app

    text = next(t for p, t in outputs().items() if p.name == "cli.md")
    for command in app.registered_commands:
        assert f"## detente {command.name or command.callback.__name__}" in text
