from dataclasses import replace

from detente.store.actor_queries import list_learned
from detente.store.writer import StoreWriter
from detente.types import RoleEvidence


def _evidence(item, *, code, kb_code, sentence_index=0):
    return RoleEvidence(name="Khawaja Asif", country="PAK", code=code, sectors=("GOV", "MIL"),
                        title="Pakistan Defence Minister Khawaja Asif", observed_on=item.article.published,
                        article_id=item.article.article_id, sentence_index=sentence_index,
                        kb_code=kb_code, conflict=kb_code is not None and kb_code != code)


def test_actor_queries_learned_roles_grouped_and_conflicts_flagged(db_path, make_coded):
    first = make_coded(published="2015-04-16")
    second = make_coded(code="042", published="2016-01-05")
    first = replace(first, evidence=(_evidence(first, code="PAKGOV", kb_code="PAKGOV"),))
    second = replace(second, evidence=(_evidence(second, code="PAKGOV", kb_code="PAKGOV"),
                                       _evidence(second, code="PAKMIL", kb_code="PAKGOV", sentence_index=1)))
    with StoreWriter(db_path) as writer:
        writer.write_batch([first, second], [])
        writer.write_batch([first, second], [])  # a rerun learns nothing new
        rows = list_learned(writer.connection().cursor())
    by_code = {row["code"]: row for row in rows}
    assert by_code["PAKGOV"]["n"] == 2 and not by_code["PAKGOV"]["conflict"]
    assert str(by_code["PAKGOV"]["first_seen"]) == "2015-04-16" and str(by_code["PAKGOV"]["last_seen"]) == "2016-01-05"
    assert by_code["PAKMIL"]["conflict"] and by_code["PAKMIL"]["kb_codes"] == "PAKGOV"
    assert rows[0]["code"] == "PAKMIL"  # conflicts first, for review
    with StoreWriter(db_path) as writer:
        assert [r["code"] for r in list_learned(writer.connection().cursor(), conflicts_only=True)] == ["PAKMIL"]
