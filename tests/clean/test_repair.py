from detente.clean.repair import repair_text


def test_repair_fixes_mojibake():
    assert repair_text("Russiaâ€™s envoy met the cafÃ© owner") == "Russia’s envoy met the café owner"


def test_repair_keeps_typographic_quotes():
    assert repair_text("“We agreed,” he said. It’s done.") == "“We agreed,” he said. It’s done."


def test_repair_unescapes_backslashed_quotes():
    text = r"Russia\’s minister said \“we will\” and \"soon\" and \'now\' and \‘then\’"
    assert repair_text(text) == "Russia’s minister said “we will” and \"soon\" and 'now' and ‘then’"


def test_repair_keeps_real_backslashes():
    text = r"The file C:\Users\data and the regex \d+ and a literal \n stay."
    assert repair_text(text) == text


def test_repair_unescapes_mojibake_escaped_quote():
    assert repair_text("Pakistan\\â€™s army") == "Pakistan’s army"


def test_repair_turns_misturned_opening_quote():
    assert repair_text("the country had \\”considered our ties\\” and") == "the country had “considered our ties” and"


def test_repair_normalises_to_nfc():
    assert repair_text("Mose\u0301") == "Mosé"


def test_repair_replaces_odd_spaces_and_removes_zero_width():
    assert repair_text("Imran\u00a0Khan met Lav\u200brov in\u202fIslamabad") == "Imran Khan met Lavrov in Islamabad"
    assert repair_text("the liberation of Mosul\u200e and Raqqa\u200f") == "the liberation of Mosul and Raqqa"


def test_repair_collapses_spaces_and_strips_lines():
    assert repair_text("  Pakistan   and\tRussia  \nsigned  a pact.   ") == "Pakistan and Russia\nsigned a pact."


def test_repair_keeps_paragraph_breaks_and_collapses_blank_runs():
    text = "First paragraph.\r\n\r\nSecond paragraph.\n \n\n\n\nThird paragraph.\n\n\n"
    assert repair_text(text) == "First paragraph.\n\nSecond paragraph.\n\nThird paragraph."


def test_repair_is_idempotent():
    text = "Russiaâ€™s  envoy\u00a0said \\”yes\\”.\n\n\n\nMore  text. "
    once = repair_text(text)
    assert repair_text(once) == once
