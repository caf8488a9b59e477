"""Stages chained into a pipeline, checked for order when built.

A stage is any callable ``stage(items) -> BatchResult`` with a versioned
``name`` and the record kinds it ``requires`` and ``produces``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from detente.errors import failure_from_exception
from detente.types import BatchResult, Failure


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, items: Sequence) -> BatchResult: ...


class PipelineOrderError(ValueError):
    pass


def check_order(stages: Sequence[Stage], *, start: str) -> None:
    available = {start}
    for stage in stages:
        missing = [kind for kind in stage.requires if kind not in available]
        if missing:
            raise PipelineOrderError(f"stage {stage.name} requires {missing}, produced by no earlier stage")
        available = set(stage.produces)


class Pipeline:
    """Run stages in order over one batch; failures accumulate, never raise."""

    def __init__(self, stages: Sequence[Stage], *, start: str) -> None:
        check_order(stages, start=start)
        self.stages = tuple(stages)
        self.start = start

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def run_batch(self, items: Sequence) -> BatchResult:
        return run_batch(self.stages, items)


def run_batch(stages: Sequence[Stage], items: Sequence) -> BatchResult:
    failures: list[Failure] = []
    current = tuple(items)
    for stage in stages:
        if not current:
            break
        try:
            result = stage(current)
        except Exception as exc:  # noqa: BLE001 - a stage bug fails its items, not the run
            failures.extend(failure_from_exception(_item_id(item), stage.name, exc) for item in current)
            current = ()
            break
        failures.extend(result.failures)
        current = result.items
    return BatchResult(items=tuple(current), failures=tuple(failures))


def _item_id(item) -> str:
    for attr in ("source", "article_id"):
        value = getattr(item, attr, None)
        if value:
            return value
    article = getattr(item, "article", None)
    return getattr(article, "article_id", "?")
