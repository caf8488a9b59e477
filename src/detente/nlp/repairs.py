"""Repairs for parses the bundled English model gets wrong in a regular way.

Verb lemmas. The model's lemmatiser strips "-ed", "-es" and "-ing" from
silent-e verbs of one syllable and keeps the stem: "staged" -> "stag",
"waged" -> "wag", "hoped" -> "hop", "fined" -> "fin". English doubles the
last consonant of such a stem when it really is the verb ("hopped",
"stagged"), so an undoubled form says the verb ends in "e". The coder keys
its patterns and its modality words on lemmas ("hopes Japan will ..."), so
this is mended here for every stage; other slips ("lambastes" ->
"lambast") are tried by the coder's pattern lookup
(:func:`detente.coding.predicates.lemma_variants`).

Names split into arguments. The small model often reads "Omar al-Bashir
expelled ..." as four subjects of "expelled" ("Omar", "al", "-", "Bashir"),
and "Hezb-e-Islami" as three. Two arguments of one verb are never written
side by side with nothing between them, so a run of such siblings is one
name: each joins the last as a compound, and the coder sees one side, not
four.

Verbs tagged as nouns. In headline style ("EU and UN hand over supplies")
the model may tag the verb a noun while still giving it a subject and a
particle. Only a verb takes a particle ("prt"), so such a token is a verb.

Appositions read as second objects. "established ties with Bhutan, a
Buddhist nation" comes out with "nation" as a second direct object of
"established". A verb takes one direct object (a second one is a dative),
so a later direct object set off by a comma describes the noun before the
comma: it becomes that noun's apposition.

Lists hung on the wrong word. "imposed sanctions against the space
organization Glavkosmos and the Indian Space Research Organization" comes
out with the second name coordinated with the apposition "Glavkosmos", and
"outlawed the African National Congress and the Pan Africanist Congress"
with the second name coordinated with the verb. A noun is listed with a
noun: the first case moves to the phrase the apposition describes, the
second to the verb's object before it. "sanctions on the Central African
Republic and the Democratic Republic of the Congo" comes out with the second
name coordinated with "sanctions": a name is listed with the name after the
noun's preposition. A headline's "Pakistan, Russia agree" is the two
countries agreeing.

Objects read as subjects of a participle. "will not accept any Rohingya
refugees fleeing violence" comes out with "refugees" the subject of a
clause "fleeing violence" that complements "accept"; "declared a state of
siege to begin at midnight" likewise with a "to" clause. A verb with no
object of its own followed by such a noun and an -ing or "to" clause
without a "that" takes the noun as its object, and the clause describes
the noun.

Speakers read as appositions. "withdrawing troops from Syria, Defence
Minister Sergei Shoigu said" comes out with "Shoigu" an apposition of
"Syria" and "said" without a subject. A name that ends right before a verb
of saying that has no subject of its own is that verb's subject.

Main verbs read as relative clauses. "The Afghan government, a number of
parties and the Taliban on Thursday condemned ..." comes out with the noun
"government" as the sentence's root and "condemned" a relative clause of
"number". A relative clause has a subject or a relative word ("who",
"which", "that"); a finite verb hung on a noun as one with neither is the
sentence's verb, and the root noun before it is its subject.

Holders listed with their office's body. "the head of Amnesty
International, Idil Eser, and other activists" comes out with "Idil Eser"
coordinated with "Amnesty International". A person's name set off by a
comma right after "the <noun> of <organisation>" names who holds that
post: it becomes the noun's apposition.

Borders cut from the country across them. "struck an area near the
frontier with the Golan Heights" comes out with "with" on the verb. A
border is named by what lies across it, so a "with" right after a border
noun belongs to the noun.

Ties hung on the wrong noun. "removed the sanctions on Rusal and other
companies linked to Deripaska" comes out with "linked" describing
"sanctions". A tie ("linked to", "affiliated with") says whose someone is,
so it describes the noun right before it, inside the phrase it was hung on.

Posts cut from their place. "received the UAE Ambassador to Bahrain" comes
out with "to Bahrain" on the verb. An envoy's title names where the envoy
is sent, so a "to" right after an envoy noun that is the verb's object
belongs to the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from detente.nlp.tree import children_of, subtree
from detente.types import Token

# One vowel group between consonants: the stems English doubles ("hop" ->
# "hopped"); w, x and y are never doubled ("fixed", "played").
_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_ENDINGS = ("ed", "es", "ing")
# Roles in which side-by-side siblings of one head are parts of one name.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "npadvmod"})


# Past forms of strong verbs, for verbs made from them with a prefix, which
# the model leaves unlemmatised ("overran", "withdrew", "undertook").
_STRONG_PAST = {
    "ran": "run", "took": "take", "threw": "throw", "came": "come", "drew": "draw", "went": "go", "held": "hold",
    "stood": "stand", "rode": "ride", "wrote": "write", "broke": "break", "spoke": "speak", "fought": "fight",
    "struck": "strike", "sent": "send", "led": "lead", "won": "win", "gave": "give", "saw": "see", "sold": "sell",
}
_VERB_PREFIXES = ("over", "out", "under", "with", "up", "re", "fore", "mis")


def verb_lemma(text: str, lemma: str) -> str:
    """The lemma of a verb token, repaired where the model's is wrong."""
    word = text.lower()
    if _SHORT_STEM.match(lemma) and any(word == lemma + ending for ending in _ENDINGS):
        return lemma + "e"
    if lemma.lower() == word:
        for prefix in _VERB_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and rest in _STRONG_PAST:
                return prefix + _STRONG_PAST[rest]  # "overran" -> "overrun"
    return lemma


def _one_name(tokens: Sequence[Token], left: Token, right: Token) -> bool:
    """Whether sibling ``left`` runs into ``right`` as one name: parts
    joined with no space ("al-Bashir"), or proper nouns side by side."""
    if left.head != right.head or left.dep != right.dep or left.dep not in _ARGUMENT_DEPS:
        return False
    between = tokens[left.i + 1 : right.i]
    glued = all(a.end == b.start for a, b in zip(tokens[left.i : right.i], tokens[left.i + 1 : right.i + 1]))
    if glued:
        return True
    # "Prime Minister Fayez al-Sarraj": proper nouns with nothing between
    # but words of their own phrases.
    names = (left.pos == right.pos == "PROPN")
    return names and all(t.pos == "PROPN" and left.i <= t.head <= right.i for t in between)


def join_split_names(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with runs of sibling name parts attached to the run's last
    token as compounds."""
    fixed = list(tokens)
    for right in range(1, len(fixed)):
        # The nearest earlier sibling of ``right`` with the same role.
        left = next((k for k in range(right - 1, -1, -1) if fixed[k].head == fixed[right].head
                     and fixed[k].dep == fixed[right].dep), None)
        if left is not None and _one_name(fixed, fixed[left], fixed[right]):
            fixed[left] = replace(fixed[left], dep="compound", head=right)
    return tuple(fixed)


def attach_stray_objects(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a verb's second, comma-led direct object made an
    apposition of the noun before the comma."""
    fixed = list(tokens)
    kids = children_of(tokens)
    has_object: set[int] = set()
    for tok in tokens:
        if tok.dep != "dobj":
            continue
        if tok.head not in has_object:
            has_object.add(tok.head)
            continue
        first = min(subtree(kids, tok.i))  # where the phrase begins
        if first < 2 or tokens[first - 1].text != "," or tokens[first - 2].pos not in ("NOUN", "PROPN"):
            continue
        fixed[tok.i] = replace(tok, dep="appos", head=_phrase_head(tokens, first - 2))
    return tuple(fixed)


def join_stacked_subjects(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a common noun the parser made a second subject of the
    verb, right before the name that is its subject, made a modifier of that
    name: "The rebel | Free Syrian Army threatened" is one actor."""
    heads = [t.head for t in tokens if t.dep == "nsubj"]
    if len(heads) == len(set(heads)):
        return tuple(tokens)  # no verb with two subjects: the usual case, nothing to walk
    fixed = list(tokens)
    kids = children_of(tokens)
    for tok in tokens:
        subjects = [k for k in kids[tok.i] if tokens[k].dep == "nsubj"]
        for first, second in zip(subjects, subjects[1:]):
            name_start = min(subtree(kids, second))
            if tokens[first].pos == "NOUN" and tokens[second].pos == "PROPN" \
                    and max(subtree(kids, first)) == name_start - 1:
                fixed[first] = replace(tokens[first], dep="compound", head=second)
    return tuple(fixed)


def attach_reduced_relatives(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a participle set off by commas after the subject
    ("Eighteen fishermen, held captive in Libya, have been freed by Libyan
    forces"), which the parser made the sentence's verb, made a description
    of the subject, and the verb it coordinated with ("have been freed") the
    sentence's verb again."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag not in ("VBN", "VBD") or root.i == 0 or tokens[root.i - 1].text != ",":
        return tuple(tokens)
    kids = children_of(tokens)
    subject = next((k for k in kids[root.i] if tokens[k].dep == "nsubj" and k < root.i), None)
    main = next((k for k in kids[root.i] if tokens[k].dep == "conj" and tokens[k].pos in ("VERB", "AUX")), None)
    if subject is None or main is None or any(tokens[k].dep in ("aux", "auxpass") for k in kids[root.i]):
        return tuple(tokens)
    main_kids = kids[main]
    if not any(tokens[k].dep in ("aux", "auxpass") for k in main_kids) \
            or any(tokens[k].dep in ("nsubj", "nsubjpass") for k in main_kids):
        return tuple(tokens)  # "X, seized in May, and Y were freed": not this shape
    passive = any(tokens[k].dep == "auxpass" for k in main_kids)
    fixed = list(tokens)
    fixed[root.i] = replace(root, dep="acl", head=subject, tag="VBN")  # "held" read as a past tense
    fixed[main] = replace(tokens[main], dep="ROOT", head=main)
    fixed[subject] = replace(tokens[subject], dep="nsubjpass" if passive else "nsubj", head=main)
    return tuple(fixed)


_NOUNS = frozenset({"NOUN", "PROPN"})
def attach_named_holders(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a person's name coordinated, after a comma alone, with
    the organisation in "the <noun> of <organisation>" made an apposition of
    the noun: "the head of Amnesty International, Idil Eser"."""
    fixed = list(tokens)
    for tok in tokens:
        if tok.dep != "conj" or tok.pos != "PROPN" or tok.ent_type != "PERSON" or tok.head >= tok.i:
            continue
        body = tokens[tok.head]
        prep = tokens[body.head]
        if body.dep != "pobj" or body.ent_type != "ORG" or prep.lemma != "of" or prep.head == prep.i:
            continue
        owner = tokens[prep.head]
        between = tokens[body.i + 1:tok.i]
        if owner.pos != "NOUN" or not between or between[0].text != "," \
                or any(t.dep == "cc" for t in between) or any(t.head != tok.i and t.i != between[0].i for t in between):
            continue
        fixed[tok.i] = replace(tok, dep="appos", head=owner.i)
    return tuple(fixed)


# Lines between places: "the border with Ukraine".
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def attach_border_partners(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a "with" the parser hung on a verb, right after a
    border noun, made the noun's: "the frontier with the Golan Heights"."""
    fixed = list(tokens)
    for tok in tokens:
        if tok.dep != "prep" or tok.text.lower() != "with" or tok.i == 0 or tokens[tok.head].pos != "VERB":
            continue
        before = tokens[tok.i - 1]
        if before.lemma.lower() in BORDER_NOUNS and before.pos == "NOUN":
            fixed[tok.i] = replace(tok, head=before.i)
    return tuple(fixed)


# Participles that tie a group to someone: "militias linked to Iran", "groups affiliated with al-Qaeda".
TIE_PARTICIPLES = frozenset({"link", "tie", "affiliate", "ally", "connect", "associate", "align"})


def attach_ties_to_nearest_noun(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a tie participle ("linked to") the parser hung on a
    noun further back made a description of the noun right before it, when
    that noun lies inside the first one's phrase."""
    fixed = list(tokens)
    kids = None
    for tok in tokens:
        if tok.dep != "acl" or tok.lemma not in TIE_PARTICIPLES or tok.i == 0 or tok.head >= tok.i - 1:
            continue
        before = tokens[tok.i - 1]
        if before.pos not in _NOUNS:
            continue
        kids = kids or children_of(tokens)
        if before.i in subtree(kids, tok.head):
            fixed[tok.i] = replace(tok, head=before.i)
    return tuple(fixed)
# Finite verb tags: a past or present tense, never a participle.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Dependents that make a clause a relative clause or give it a subject of its own.
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def restore_main_verb(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a finite verb the parser hung on a noun as a relative
    clause with no subject and no relative word, under a noun root, made the
    sentence's verb, and that root noun its subject."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.pos not in _NOUNS:
        return tuple(tokens)
    kids = children_of(tokens)
    below_root = subtree(kids, root.i)
    verb = next((t for t in tokens if t.dep == "relcl" and t.pos == "VERB" and t.tag in _FINITE_TAGS
                 and t.i > root.i and t.i in below_root), None)
    if verb is None or any(tokens[k].dep in _CLAUSE_SUBJECTS or tokens[k].tag in _RELATIVE_TAGS
                           or tokens[k].text.lower() == "that" for k in kids[verb.i]):
        return tuple(tokens)
    fixed = list(tokens)
    fixed[verb.i] = replace(verb, dep="ROOT", head=verb.i)
    fixed[root.i] = replace(root, dep="nsubj", head=verb.i)
    return tuple(fixed)


def attach_listed_nouns(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a noun coordinated with an apposition, or with a verb
    whose object comes before it, coordinated with that noun instead; a name
    coordinated with a common noun is listed with the name in that noun's
    prepositional phrase."""
    fixed = list(tokens)
    kids = children_of(tokens)
    objects: dict[int, int] = {}
    clause_heads = set()  # a subject or object of its own: the "noun" heads a clause ("... and Pakistan said")
    for tok in tokens:
        if tok.dep == "dobj" and tok.head != tok.i and tok.head not in objects:
            objects[tok.head] = tok.i
        if tok.dep in ("nsubj", "nsubjpass", "dobj", "aux"):
            clause_heads.add(tok.head)
    if _headline_pair(tokens):  # "Pakistan, Russia agree to ...": the headline's "X, Y" is "X and Y"
        fixed[0] = replace(tokens[0], dep="conj", head=2)
    for tok in tokens:
        if tok.dep != "conj" or tok.pos not in _NOUNS or tok.head == tok.i:
            continue
        head = tokens[tok.head]
        if head.dep == "appos" and head.pos in _NOUNS and head.head != head.i:
            fixed[tok.i] = replace(tok, head=head.head)
            if head.ent_type == "GPE" and tokens[head.head].ent_type == "GPE":
                fixed[head.i] = replace(head, dep="conj")  # "The United States, India, Israel and ...": a list
        elif head.pos == "VERB" and objects.get(head.i, tok.i) < tok.i and tok.i not in clause_heads:
            fixed[tok.i] = replace(tok, head=objects[head.i])
        elif tok.pos == "PROPN" and head.pos == "NOUN" and head.i < tok.i:
            # "sanctions on the Central African Republic and the Democratic Republic of
            # the Congo": a name is listed with the name after the preposition, not the noun
            named = [o for p in kids[head.i] if tokens[p].dep == "prep" and p < tok.i for o in kids[p]
                     if tokens[o].dep == "pobj" and tokens[o].pos == "PROPN" and o < tok.i]
            if named:
                fixed[tok.i] = replace(tok, head=named[-1])
    return tuple(fixed)


def _headline_pair(tokens: Sequence[Token]) -> bool:
    """Two countries opening a headline, joined by a comma: "Pakistan, Russia agree"."""
    if len(tokens) < 4 or tokens[1].text != ",":
        return False
    first, second = tokens[0], tokens[2]
    return (first.ent_type == second.ent_type == "GPE" and first.pos == second.pos == "PROPN"
            and second.dep == "nsubj" and first.head == second.head and first.dep != "nsubj")


def attach_participle_objects(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with "accept refugees fleeing X" read as object + participle."""
    fixed = list(tokens)
    kids = children_of(tokens)
    for clause in tokens:
        infinitive = clause.tag == "VB" and any(tokens[k].dep == "aux" and tokens[k].lemma == "to"
                                                for k in kids[clause.i])
        if clause.dep != "ccomp" or not (clause.tag == "VBG" or infinitive) or clause.head == clause.i:
            continue
        verb = tokens[clause.head]
        if verb.pos != "VERB" or verb.i > clause.i or any(tokens[k].dep in ("dobj", "mark") for k in kids[verb.i]) \
                or any(tokens[k].dep == "mark" for k in kids[clause.i]):
            continue
        subject = next((k for k in kids[clause.i] if tokens[k].dep == "nsubj" and verb.i < k < clause.i
                        and tokens[k].pos in _NOUNS), None)
        if subject is None:
            continue
        fixed[subject] = replace(tokens[subject], dep="dobj", head=verb.i)
        fixed[clause.i] = replace(clause, dep="acl", head=subject)
    return tuple(fixed)


# Titles of people sent to a place or a body: "ambassador to", "envoy to".
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "emissary", "representative", "consul", "delegate", "attache"})


def attach_envoy_posts(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a verb's "to" that follows its envoy object attached to the envoy."""
    fixed = list(tokens)
    for tok in tokens:
        if tok.dep != "prep" or tok.lemma != "to" or tok.i == 0:
            continue
        title = tokens[tok.i - 1]
        if title.dep == "dobj" and title.head == tok.head and title.lemma.lower() in _ENVOY_TITLES:
            fixed[tok.i] = replace(tok, head=title.i)
    return tuple(fixed)


# Verbs that report speech and follow their speaker at the end of a sentence.
_SAYING_VERBS = frozenset({"say", "tell", "add", "state", "announce", "confirm", "report", "write", "claim", "insist"})


def attach_trailing_speakers(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with ", Minister X said" read as X saying, not as X describing the noun before the comma."""
    fixed = list(tokens)
    kids = children_of(tokens)
    for tok in tokens[:-1]:
        verb = tokens[tok.i + 1]
        if tok.dep != "appos" or tok.pos != "PROPN" or verb.pos != "VERB" or verb.lemma not in _SAYING_VERBS:
            continue
        if any(tokens[k].dep in ("nsubj", "nsubjpass") for k in kids[verb.i]):
            continue
        fixed[tok.i] = replace(tok, dep="nsubj", head=verb.i)
    return tuple(fixed)


def _phrase_head(tokens: Sequence[Token], i: int) -> int:
    """The head of the noun phrase that token ``i`` ends ("Bhutan", or "Prime
    Minister" for "... Minister")."""
    while tokens[i].dep in ("compound", "amod", "nmod") and tokens[i].head > i:
        i = tokens[i].head
    return i


def verbs_with_particles(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a noun that takes a particle and a subject made a verb."""
    fixed = list(tokens)
    deps: list[set[str]] = [set() for _ in tokens]
    for tok in tokens:
        if tok.head != tok.i:
            deps[tok.head].add(tok.dep)
    for tok in tokens:
        if tok.pos == "NOUN" and "prt" in deps[tok.i] and deps[tok.i] & {"nsubj", "nsubjpass"}:
            fixed[tok.i] = replace(tok, pos="VERB")
    return tuple(fixed)
