"""Pre-tokenised gold joined as printed, with each token's offsets."""

from __future__ import annotations

import pytest

from detente.evaluation.detokenize import join_tokens
from detente.evaluation.gold import ner_sentence


@pytest.mark.parametrize(
    ("tokens", "printed"),
    [
        ("Theresa May ’ s offer , he said .", "Theresa May’s offer, he said."),
        ("Iran 's envoy did n't come", "Iran's envoy didn't come"),
        ("the rebel - held town in 2010 - 2011", "the rebel-held town in 2010 - 2011"),
        ("a 45 - day siege of 2 , 374 people", "a 45-day siege of 2,374 people"),
        ("gave 352 . 5 million euros .", "gave 352.5 million euros."),
        ("the Houthis ' attack ( about $ 5 million )", "the Houthis' attack (about $5 million)"),
        ('he said " we will go " and left', 'he said "we will go" and left'),
    ],
)
def test_join_tokens_prints_the_sentence_and_keeps_every_token(tokens, printed):
    words = tokens.split()
    text, offsets = join_tokens(words)
    assert text == printed
    assert [text[start:end] for start, end in offsets] == words


def test_ner_sentence_spans_point_at_the_printed_text():
    sent = ner_sentence("1", [("Gondor", "B-S"), ("’", "I-S"), ("s", "I-S"), ("army", "I-S"), ("shelled", "O"),
                              ("Rohan", "B-T"), (".", "O")])
    assert sent.text == "Gondor’s army shelled Rohan."
    assert [sent.text[s.start:s.end] for s in sent.spans] == ["Gondor’s army", "Rohan"]
