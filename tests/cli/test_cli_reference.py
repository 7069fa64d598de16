"""docs/cli.md is generated from the commands: it fails when a command or option is undocumented."""

from __future__ import annotations

import re
from pathlib import Path

from sanctionwatch.cli.reference import render

ROOT = Path(__file__).resolve().parents[2]


def test_cli_reference_is_current() -> None:
    current = (ROOT / "docs" / "cli.md").read_text("utf-8")
    assert current == render(), (
        "docs/cli.md is out of date: run `python -m sanctionwatch.cli.reference > docs/cli.md`"
    )


def test_every_setting_is_documented() -> None:
    code = "\n".join(p.read_text("utf-8") for p in (ROOT / "sanctionwatch").rglob("*.py"))
    names = set(re.findall(r"SANCTIONWATCH_[A-Z_]+", code))
    docs = (ROOT / "docs" / "cli.md").read_text("utf-8") + (ROOT / "README.md").read_text("utf-8")
    undocumented = sorted(n for n in names if n not in docs)
    assert not undocumented, f"settings used in code but not documented: {undocumented}"
