import pytest

from detente.clean.rules import SECTIONS, load_boilerplate_rules, parse_boilerplate_rules


def test_rules_load_v1_has_every_section():
    rules = load_boilerplate_rules("v1")
    assert rules.version == "v1"
    for section in SECTIONS:
        assert getattr(rules, section), section


def test_rules_parse_sections_comments_and_case():
    rules = parse_boilerplate_rules("# comment\n\n[phrase]\nadvertisement\n[notice]\nall rights reserved\n", version="t")
    assert rules.phrase[0].match("ADVERTISEMENT")
    assert rules.notice[0].search("© 2021 Dawn. All Rights Reserved.")
    assert rules.teaser == ()


def test_rules_parse_rejects_unknown_section():
    with pytest.raises(ValueError, match="unknown section"):
        parse_boilerplate_rules("[widgets]\nfoo\n", version="t")


def test_rules_parse_rejects_pattern_before_section():
    with pytest.raises(ValueError, match="before any"):
        parse_boilerplate_rules("advertisement\n", version="t")


def test_rules_parse_rejects_bad_regex():
    with pytest.raises(ValueError, match="line 2: bad regex"):
        parse_boilerplate_rules("[phrase]\nfoo(\n", version="t")
