import re

from detente.clean.normalize import article_id_for, line_key, normalize_for_id


def test_normalize_article_id_is_sha256_hex():
    assert re.fullmatch(r"[0-9a-f]{64}", article_id_for("Pakistan and Russia signed a pact."))


def test_normalize_article_id_ignores_case_whitespace_and_quote_style():
    plain = "Russia's minister said \"we agree\" - talks went well.\n\nMore text."
    fancy = "RUSSIA’S  minister said “we agree” – talks went well.\nMore   text. "
    assert article_id_for(plain) == article_id_for(fancy)


def test_normalize_article_id_changes_with_words():
    assert article_id_for("Russia signed the pact.") != article_id_for("Russia rejected the pact.")


def test_normalize_for_id_unifies_compatibility_forms():
    assert normalize_for_id("Ｐａｋｉｓｔａｎ\u00a0ﬁles") == "pakistan files"


def test_normalize_line_key_ignores_case_and_spacing():
    assert line_key("  Stay   Informed ") == line_key("stay informed")
