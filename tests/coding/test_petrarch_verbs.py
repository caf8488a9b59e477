from detente.coding.petrarch_verbs import (
    NULL_CODE, lemma_guesses, pattern_shape, read_verbs, split_code, split_items, translate_verbs,
)

# Written for these tests in the PETRARCH2 verbs format; the verbs are made up
# where the format allows it.
VERBS = """\
<!-- A small verbs dictionary
     for the unit tests -->
&TIETYPES
+ECONOMIC
+MILITARY

&CURRENCY   # a set with a phrase member
+DOLLARS
+SWISS FRANCS

&MONEYLIKE
+&CURRENCY
+GOLD

--- ABANDON  [345]  ---
ABANDON    # the plain verb
- * DIPLOMATIC TIES [901]
- * &TIETYPES TIES [902]
- NOT * [112]

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &MONEYLIKE [903]
- * (TO {RELIEF FUND}) [073]

--- BREAK [1717] ---
BREAK {BROKE BROKEN}
+BREAK_DOWN {+BROKE_DOWN}
- * TREATY [161]
- + * IN $ [075]

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- WIRE [---] ---
WIRE_+TAP [1711]

--- AGREE [081] ---
AGREE
- % * [030:030]
- * WITH % [031]
- NOTED + * [115]
- * FXLL [+++]
- IN_* [---]
"""


def _by_lemma(imported):
    out = {}
    for pattern in imported.patterns:
        out.setdefault(pattern.lemma, []).append(pattern)
    return out


def _slot_words(slots):
    return [sorted(slot.options) for slot in slots]


def test_petrarch_verbs_synsets_expand_phrases_and_nested_sets():
    verbs = read_verbs(VERBS)
    assert verbs.synsets["TIETYPES"] == (("economic",), ("military",))
    assert set(verbs.synsets["MONEYLIKE"]) == {("dollars",), ("swiss", "francs"), ("gold",)}


def test_petrarch_verbs_blocks_keep_forms_codes_and_patterns():
    blocks = {block.header: block for block in read_verbs(VERBS).blocks}
    assert list(blocks) == ["ABANDON", "CONTRIBUTE", "BREAK", "LEAVE", "LEFT", "WIRE", "AGREE"]
    assert [p.code for p in blocks["ABANDON"].patterns] == ["901", "902", "112"]
    broken = blocks["BREAK"].forms
    assert (broken[0].verb, broken[0].spellings) == ("break", ("broke", "broken"))
    assert (broken[1].verb, broken[1].after) == ("break", ("down",))
    tap = blocks["WIRE"].forms[0]
    assert (tap.before, tap.verb, tap.code) == (("wire",), "tap", "1711")


def test_petrarch_verbs_split_items_marks_joined_words():
    items = split_items("IN_AND_* _OUT NOW")
    assert [(item.text, item.joined) for item in items] == [
        ("in", False), ("and", True), ("*", True), ("out", True), ("now", False)
    ]


def test_petrarch_verbs_shape_reads_sides_and_prepositions():
    synsets = read_verbs(VERBS).synsets
    freed = pattern_shape(split_items("+ * FROM $"), synsets)
    assert (freed.source_prep, freed.prep, _slot_words(freed.after)) == ("from", None, [[("from",)]])
    warned = pattern_shape(split_items("* AT ^ +"), synsets)
    assert warned.prep == "at"
    met = pattern_shape(split_items("% HAVE *"), synsets)
    assert met.compound and _slot_words(met.before) == [[("have",)]]


def test_petrarch_verbs_words_before_the_verb_are_read_leftwards():
    synsets = {"NEG": (("did", "n't"), ("not",))}
    shape = pattern_shape(split_items("MOST_CERTAINLY_&NEG * OVER"), synsets)
    assert _slot_words(shape.before) == [[("n't", "did"), ("not",)], [("certainly",)], [("most",)]]
    assert [slot.adjacent for slot in shape.before] == [False, True, True]


def test_petrarch_verbs_codes_split_into_event_and_mirror():
    assert split_code("032:033") == ("032", "033")
    assert split_code("174K") == ("174K", None)
    assert split_code("---") == (NULL_CODE, None)


def test_petrarch_verbs_lemma_guesses_cover_inflected_headers():
    assert "leave" in lemma_guesses("LEFT")
    assert "ease" in lemma_guesses("eased") and "call" in lemma_guesses("called")
    assert "repel" in lemma_guesses("repelled")
    assert lemma_guesses("abandon") == ("abandon",)


def test_petrarch_verbs_translation_orders_most_specific_first():
    table = _by_lemma(translate_verbs(read_verbs(VERBS)))
    assert [p.code for p in table["abandon"]] == ["901", "902", "112", "345"]
    assert all(p.style.literal and p.style.require_dyad for p in table["abandon"])


def test_petrarch_verbs_translation_counts_what_it_cannot_express():
    imported = translate_verbs(read_verbs(VERBS))
    assert imported.skipped == {"target named before the verb": 1, "invalid code": 1}
    assert {"1717", "032", "033", "030", "903"} <= imported.codes
    assert NULL_CODE not in imported.codes


def test_petrarch_verbs_inflected_header_keeps_its_own_form():
    table = _by_lemma(translate_verbs(read_verbs(VERBS)))
    left = [p for p in table["leave"] if p.code == "032"]
    assert left[0].context.forms == frozenset({"left"}) and left[0].paired_code == "033"
    assert table["leave"].index(left[0]) < [p.code for p in table["leave"]].index("012")


def test_petrarch_verbs_phrasal_and_compound_forms():
    table = _by_lemma(translate_verbs(read_verbs(VERBS)))
    assert {p.particle for p in table["break"]} == {None, "down"}
    (tap,) = table["tap"]
    assert tap.code == "1711" and _slot_words(tap.context.before) == [[("wire",)]]
    reciprocal = [p for p in table["agree"] if p.context and p.context.compound_subject]
    assert [(p.code, p.paired_code, p.reciprocal) for p in reciprocal] == [("030", "030", True)]
    assert [p.code for p in table["agree"] if p.prep == "with"] == ["031"]
    assert any(p.code == NULL_CODE for p in table["agree"])  # IN_* [---] still blocks the default


def test_petrarch_verbs_phrase_brackets_are_words_in_order():
    table = _by_lemma(translate_verbs(read_verbs(VERBS)))
    (relief,) = [p for p in table["contribute"] if p.code == "073"]
    assert _slot_words(relief.context.after) == [[("to",)], [("relief",)], [("fund",)]]
