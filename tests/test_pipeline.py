from dataclasses import dataclass

import pytest

from detente.pipeline import Pipeline, PipelineOrderError, run_batch
from detente.types import BatchResult, Failure, RawDocument


@dataclass
class Upper:
    name: str = "test.upper.v1"
    requires: tuple = ("raw_document",)
    produces: tuple = ("raw_document",)

    def __call__(self, items):
        return BatchResult(items=tuple(RawDocument(source=d.source, text=d.text.upper()) for d in items))


@dataclass
class Boom:
    name: str = "test.boom.v1"
    requires: tuple = ("raw_document",)
    produces: tuple = ("article",)

    def __call__(self, items):
        raise RuntimeError("model crashed")


def test_pipeline_rejects_stage_out_of_order():
    with pytest.raises(PipelineOrderError, match="test.upper.v1"):
        Pipeline([Boom(), Upper()], start="raw_document")


def test_pipeline_runs_stages_in_order():
    pipeline = Pipeline([Upper(), Upper()], start="raw_document")
    result = pipeline.run_batch([RawDocument(source="a.txt", text="talks")])
    assert [d.text for d in result.items] == ["TALKS"]
    assert pipeline.names == ("test.upper.v1", "test.upper.v1")


def test_run_batch_turns_a_crashing_stage_into_failures():
    docs = [RawDocument(source="a.txt", text="x"), RawDocument(source="b.txt", text="y")]
    result = run_batch([Upper(), Boom()], docs)
    assert result.items == ()
    assert [f.item_id for f in result.failures] == ["a.txt", "b.txt"]
    assert all(isinstance(f, Failure) and f.error_code == "E011" and "model crashed" in f.message for f in result.failures)
