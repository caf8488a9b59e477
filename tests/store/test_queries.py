"""detente.store.queries: read-only listings and filters over a small store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from detente.serialize import article_to_dict, mention_to_dict
from detente.store.queries import (
    StoreSummary,
    as_date,
    connect_readonly,
    list_articles,
    list_errors,
    list_event_mentions,
    list_events,
    summary,
)
from detente.store.writer import StoreWriter
from detente.types import CodedArticle

PAK = ("Pakistan", "PAKGOV", "PAK")
RUS = ("Russia", "RUSGOV", "RUS")
IND = ("India", "INDGOV", "IND")
USA = ("Washington", "USAGOV", "USA")
CHN = ("Beijing", "CHNGOV", "CHN")


@pytest.fixture
def corpus(make_coded) -> dict[str, CodedArticle]:
    """Five articles, four events: PAK-RUS exercises told twice, a Russian
    visit to Pakistan, an Indian arrest of Pakistanis, a US-China deal."""
    return {
        "exercise": make_coded(source=PAK, target=RUS, code="0312", event_date="2024-03-12"),
        "exercise_afp": make_coded(source=PAK, target=RUS, code="0312", outlet="AFP",
                                   event_date="2024-03-12", doc_id="afp-17"),
        "visit": make_coded(source=RUS, target=PAK, code="042", event_date="2024-04-02",
                            published="2024-04-02"),
        "arrest": make_coded(source=IND, target=PAK, code="173", event_date="2024-05-20",
                             published="2024-05"),
        "deal": make_coded(source=USA, target=CHN, code="0311", event_date="2023-12-01",
                           published="2023-12-01"),
    }


@pytest.fixture
def con(corpus, make_failure, db_path: Path) -> duckdb.DuckDBPyConnection:
    with StoreWriter(db_path) as writer:
        writer.write_batch(list(corpus.values())[:3], [make_failure()])
        writer.write_batch(list(corpus.values())[3:], [make_failure(code="E010")])
    connection = connect_readonly(db_path)
    yield connection
    connection.close()


def codes(rows: list[dict]) -> list[str]:
    return [row["cameo"]["code"] for row in rows]


def test_queries_connection_is_read_only(con) -> None:
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM articles")


def test_queries_summary(con) -> None:
    found = summary(con)
    assert isinstance(found, StoreSummary)
    assert (found.articles, found.sentences, found.event_mentions, found.events,
            found.actors, found.errors) == (5, 10, 5, 4, 5, 2)
    assert found.top_dyads == (("IND", "PAK", 1), ("PAK", "RUS", 1),
                               ("RUS", "PAK", 1), ("USA", "CHN", 1))
    assert found.top_codes == (("0311", 1), ("0312", 1), ("042", 1), ("173", 1))


def test_queries_summary_excludes_null_sides(make_coded, db_path: Path) -> None:
    coded = make_coded()
    lone = replace(coded.mentions[0], target=None, mention_id="m-lone", event_id="e-lone")
    with StoreWriter(db_path) as writer:
        writer.write_batch([replace(coded, mentions=(lone,))], [])
    with connect_readonly(db_path) as ro:
        found = summary(ro)
    assert found.events == 1 and found.top_dyads == ()


def test_queries_list_event_mentions_shape_and_order(con, corpus) -> None:
    rows = list_event_mentions(con)
    assert codes(rows) == ["0311", "0312", "0312", "042", "173"]
    visit = corpus["visit"].mentions[0]
    expected = {**mention_to_dict(visit), "event_id": visit.event_id}
    assert rows[3] == expected
    afp = [row for row in rows if row["doc_id"] == "afp-17"]
    assert len(afp) == 1
    assert list_event_mentions(con, limit=2) == rows[:2]


def test_queries_dyad_undirected_matches_both_directions(con) -> None:
    assert codes(list_event_mentions(con, dyad=("PAK", "RUS"))) == ["0312", "0312", "042"]
    assert codes(list_event_mentions(con, dyad=("RUS", "PAK"))) == ["0312", "0312", "042"]


def test_queries_dyad_directed(con) -> None:
    assert codes(list_event_mentions(con, dyad=("PAK", "RUS"), directed=True)) == ["0312", "0312"]
    assert codes(list_event_mentions(con, dyad=("RUS", "PAK"), directed=True)) == ["042"]
    assert list_event_mentions(con, dyad=("PAK", "USA")) == []


def test_queries_dyad_accepts_actor_codes(con) -> None:
    rows = list_event_mentions(con, dyad=("RUSGOV", "PAK"), directed=True)
    assert codes(rows) == ["042"]


def test_queries_actor_matches_either_side(con) -> None:
    assert codes(list_event_mentions(con, actor="IND")) == ["173"]
    assert codes(list_event_mentions(con, actor="PAKGOV")) == ["0312", "0312", "042", "173"]
    assert codes(list_event_mentions(con, actor="CHN")) == ["0311"]
    assert list_event_mentions(con, actor="FRA") == []


def test_queries_since_until(con) -> None:
    assert codes(list_event_mentions(con, since="2024-04-01")) == ["042", "173"]
    assert codes(list_event_mentions(con, since=date(2024, 4, 2))) == ["042", "173"]
    assert codes(list_event_mentions(con, until="2024-03")) == ["0311", "0312", "0312"]
    assert codes(list_event_mentions(con, since="2024", until="2024-04-02")) == [
        "0312", "0312", "042"]
    assert codes(list_event_mentions(con, until="2023")) == ["0311"]


def test_queries_code_prefix(con) -> None:
    assert codes(list_event_mentions(con, code="03")) == ["0311", "0312", "0312"]
    assert codes(list_event_mentions(con, code="0312")) == ["0312", "0312"]
    assert codes(list_event_mentions(con, code="17")) == ["173"]
    assert codes(list_event_mentions(con, code="0312", dyad=("RUS", "PAK"),
                                     directed=True)) == []


def test_queries_list_events_filters(con, corpus) -> None:
    events = list_events(con, dyad=("PAK", "RUS"))
    assert [event["cameo_code"] for event in events] == ["0312", "042"]
    exercise = events[0]
    assert exercise["event_id"] == corpus["exercise"].mentions[0].event_id
    assert (exercise["n_mentions"], exercise["n_articles"]) == (2, 2)
    assert exercise["event_date"] == "2024-03-12"
    assert isinstance(exercise["updated_at"], str)
    assert [e["cameo_code"] for e in list_events(con, code="0", since="2023-12")] == [
        "0311", "0312", "042"]
    assert list_events(con, actor="IND", directed=True)[0]["source_code"] == "INDGOV"
    assert len(list_events(con, limit=1)) == 1


def test_queries_list_articles_matches_serialize(con, corpus) -> None:
    rows = list_articles(con)
    by_id = {row["id"]: row for row in rows}
    for coded in corpus.values():
        assert by_id[coded.article.article_id] == article_to_dict(coded.article)
    assert [row["published"] for row in rows][0] == "2023-12-01"
    assert len(list_articles(con, limit=2)) == 2


def test_queries_list_errors(con) -> None:
    rows = list_errors(con)
    assert sorted(row["error_code"] for row in rows) == ["E001", "E010"]
    assert set(rows[0]) == {"error_id", "item_id", "stage", "error_code", "message",
                            "first_seen", "last_seen"}


def test_queries_as_date() -> None:
    assert as_date("2024-02", end=True) == date(2024, 2, 29)
    assert as_date("2024", end=True) == date(2024, 12, 31)
    assert as_date("2024-02-10T09:00:00Z") == date(2024, 2, 10)
    with pytest.raises(ValueError):
        as_date("last tuesday")
