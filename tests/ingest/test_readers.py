import gzip
import io
import json
from pathlib import Path

from detente.ingest.readers import Metadata, read_inputs
from detente.types import Failure, RawDocument

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
REPORT = "Egypt and Sudan agreed on Tuesday to hold joint border patrols, officials said.\n"


def _read(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], max_bytes=kwargs.pop("max_bytes", 1_000_000), **kwargs))


def test_readers_text_file_with_sidecar_metadata(tmp_path):
    (tmp_path / "story.txt").write_text("Border patrols agreed\n\n" + REPORT, encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"url": "https://ex.example/a", "published": "2019-05-02",
                                                     "outlet": "Nile Daily"}))
    [doc] = _read(tmp_path)
    assert isinstance(doc, RawDocument)
    assert doc.text.startswith("Border patrols agreed")
    assert (doc.url, doc.published, doc.outlet) == ("https://ex.example/a", "2019-05-02", "Nile Daily")


def test_readers_cli_metadata_applies_to_single_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(REPORT, encoding="utf-8")
    [doc] = _read(path, metadata=Metadata(published="2020-01-03", outlet="Wire", url="https://w.example/1"))
    assert (doc.published, doc.outlet, doc.url) == ("2020-01-03", "Wire", "https://w.example/1")


def test_readers_jsonl_records_and_malformed_line(tmp_path):
    lines = [json.dumps({"id": "a1", "text": REPORT, "date": "2018-02-01", "outlet": "Wire"}),
             '{"id": "broken", "text": ',
             json.dumps({"id": "a2", "html": "<html><body><p>x</p></body></html>"}),
             json.dumps({"id": "a3", "title": "no body"})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [d.doc_id for d in docs] == ["a1", "a2"]
    assert docs[0].source == f"{path}#1" and docs[0].published == "2018-02-01"
    assert docs[1].html and docs[1].text is None
    assert {f.item_id: f.error_code for f in failures} == {f"{path}#2": "E005", f"{path}#4": "E005"}


def test_readers_bad_inputs_become_failures_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 talks in Bogot\u00e1 resumed.".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"word " * 400_000)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    items = _read(tmp_path, max_bytes=1_000_000)
    codes = {Path(i.item_id).name: i.error_code for i in items if isinstance(i, Failure)}
    assert codes == {"empty.txt": "E001", "blob.txt": "E002", "latin.txt": "E004", "big.txt": "E003",
                     "photo.png": "E002"}
    assert [Path(d.source).name for d in items if isinstance(d, RawDocument)] == ["good.txt"]


def test_readers_missing_path_is_recorded(tmp_path):
    [failure] = _read(tmp_path / "nope.txt")
    assert failure.error_code == "E008"


def test_readers_stdin_is_sniffed(tmp_path):
    data = (json.dumps({"id": "s1", "text": REPORT}) + "\n").encode()
    [doc] = list(read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO(data)))
    assert doc.doc_id == "s1" and doc.source == "<stdin>#1"
