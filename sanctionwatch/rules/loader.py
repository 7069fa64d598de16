"""Loading and checking the rules files; every problem is reported with its file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from sanctionwatch.errors import ConfigError
from sanctionwatch.rules.model import AssessmentRule, Provision, TimelineEvent
from sanctionwatch.rules.yamlines import LineDict, line_of, read_yaml

M = TypeVar("M", bound=BaseModel)


class RulesError(ConfigError):
    """A rules file is invalid: fix the file (named with its line) and retry."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid rules:\n  " + "\n  ".join(problems))


@dataclass
class Located:
    """Where an entry was read from, for messages that point back at the file."""

    file: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass
class Rulebook:
    """All provisions, the events timeline and the assessment rules, cross-checked."""

    provisions: dict[str, Provision]
    timeline: list[TimelineEvent]
    rules: list[AssessmentRule]
    where: dict[str, Located] = field(default_factory=dict)  # entry id -> file and line

    def provision(self, pid: str) -> Provision:
        return self.provisions[pid]


def default_rules_dir() -> Path:
    return Path(str(resources.files("sanctionwatch.rules")))


@lru_cache(maxsize=1)
def default_rulebook() -> Rulebook:
    """The bundled rules, loaded and checked once per process."""
    return load_rulebook(default_rules_dir())


def load_rulebook(directory: Path) -> Rulebook:
    """Read ``provisions/*.yaml``, ``timeline.yaml`` and ``assessment.yaml`` from ``directory``.

    All problems are collected before raising, so one run lists every bad entry.
    """
    problems: list[str] = []
    where: dict[str, Located] = {}
    provisions: dict[str, Provision] = {}
    files = sorted((directory / "provisions").glob("*.yaml"))
    if not files:
        problems.append(f"{directory / 'provisions'}: no provision files (*.yaml) found")
    for path in files:
        for _, raw in _entries(path, problems):
            p = _validate(Provision, raw, path, problems, "provision")
            if p is None:
                continue
            loc = Located(str(path), line_of(raw))
            if p.id in provisions:
                problems.append(
                    f"{loc}: provision {p.id} is defined twice (first at {where[p.id]})"
                )
                continue
            provisions[p.id] = p
            where[p.id] = loc

    timeline: list[TimelineEvent] = []
    tpath = directory / "timeline.yaml"
    for _, raw in _entries(tpath, problems):
        ev = _validate(TimelineEvent, raw, tpath, problems, "timeline event")
        if ev is not None:
            if ev.id in where:
                problems.append(
                    f"{tpath}:{line_of(raw)}: id {ev.id} is used twice (first at {where[ev.id]})"
                )
            timeline.append(ev)
            where[ev.id] = Located(str(tpath), line_of(raw))

    rules: list[AssessmentRule] = []
    apath = directory / "assessment.yaml"
    for _, raw in _entries(apath, problems):
        rule = _validate(AssessmentRule, raw, apath, problems, "assessment rule")
        if rule is None:
            continue
        for i, pid in enumerate(rule.provisions):
            if pid in provisions and rule.when.source == "finding":
                # the provision must say which findings bear on it; a rule may not widen that
                missing = [k for k in rule.when.kinds if k not in provisions[pid].finding_kinds]
                if missing:
                    problems.append(
                        f"{apath}:{line_of(raw, 'provisions', i)}: rule {rule.id} applies "
                        f"{', '.join(missing)} findings to {pid}, whose finding_kinds "
                        f"({', '.join(provisions[pid].finding_kinds) or 'none'}) do not list them "
                        f"(see {where[pid]})"
                    )
            if pid not in provisions:
                problems.append(
                    f"{apath}:{line_of(raw, 'provisions', i)}: rule {rule.id} names unknown "
                    f"provision {pid!r}; expected an id defined in {directory / 'provisions'} "
                    f"(e.g. {', '.join(sorted(provisions)[:3])})"
                )
        if rule.id in where:
            problems.append(
                f"{apath}:{line_of(raw)}: id {rule.id} is used twice (first at {where[rule.id]})"
            )
        rules.append(rule)
        where[rule.id] = Located(str(apath), line_of(raw))

    if problems:
        raise RulesError(problems)
    timeline.sort(key=lambda e: e.date)
    return Rulebook(provisions=provisions, timeline=timeline, rules=rules, where=where)


def _entries(path: Path, problems: list[str]) -> list[tuple[int, Any]]:
    """The list of entries in one file (each a mapping); structural problems are recorded."""
    if not path.exists():
        problems.append(f"{path}: file missing")
        return []
    try:
        data = read_yaml(path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problems.append(f"{path}{line}: not valid YAML: {getattr(exc, 'problem', exc)}")
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(f"{path}:1: expected a list of entries (each starting with '- id: ...')")
        return []
    out = []
    for i, raw in enumerate(data):
        if not isinstance(raw, LineDict):
            problems.append(f"{path}: entry {i + 1} is not a mapping of fields")
            continue
        out.append((i, raw))
    return out


def _validate(
    model: type[M], raw: LineDict, path: Path, problems: list[str], what: str
) -> M | None:
    try:
        return model.model_validate(dict(raw))
    except ValidationError as exc:
        ident = raw.get("id", "(no id)")
        for e in exc.errors():
            loc = e["loc"]
            key = str(loc[0]) if loc else None
            index = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
            if e["type"] == "missing":
                line = line_of(raw)
                msg = f"field {key!r} is missing"
            else:
                line = line_of(raw, key, index) if key in raw else line_of(raw)
                field_path = ".".join(str(x) for x in loc)
                msg = f"field {field_path!r}: {e['msg']}"
                if e["type"] == "extra_forbidden":
                    msg = f"field {key!r} is not a known field of a {what}"
            problems.append(f"{path}:{line}: {what} {ident}: {msg}")
        return None
