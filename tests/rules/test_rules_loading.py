"""Rules files: the bundled set loads; bad entries are reported with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sanctionwatch.errors import ConfigError
from sanctionwatch.rules import RulesError, default_rulebook, load_rulebook
from sanctionwatch.rules.loader import default_rules_dir

PROVISION = """\
- id: UNSCR-9999-OP1
  title: A test provision
  instrument: S/RES/9999 (2030)
  citation: UNSCR 9999 (2030) OP1
  adopted: 2030-01-01
  paragraph: OP 1
  topics: [labour]
  force: binding
  addressee: all Member States
  paraphrase: States must do a thing that this test provision describes.
  deadlines: []
  exemptions: []
  reporting: []
  source_urls: [https://example.org/res]
  finding_kinds: [surge]
  evidence: []
  verification: V2
"""

RULE = """\
- id: test-rule
  description: test
  when:
    source: finding
    origins: [KP]
    kinds: [surge]
  provisions:
    - UNSCR-9999-OP1
    - PID
  wording: may_indicate
  rationale: something the test pattern may indicate
"""

EVENT = """\
- id: ev
  date: 2030-01-02
  label: An event
  detail: Something happened.
  kind: report
  source_urls: [https://example.org/ev]
  verification: V1
"""


def _write(
    tmp: Path, provision: str = PROVISION, rule: str = RULE.replace("PID", "UNSCR-9999-OP1")
) -> Path:
    (tmp / "provisions").mkdir()
    (tmp / "provisions" / "p.yaml").write_text(provision)
    (tmp / "assessment.yaml").write_text(rule)
    (tmp / "timeline.yaml").write_text(EVENT)
    return tmp


def test_bundled_rulebook_loads_with_key_provisions() -> None:
    rb = default_rulebook()
    for pid in (
        "UNSCR-2397-OP8",
        "UNSCR-2375-OP17",
        "UNSCR-2371-OP11",
        "UNSCR-2375-OP18",
        "UNSCR-2270-OP17",
    ):
        assert pid in rb.provisions
    assert rb.provision("UNSCR-2397-OP8").verification == "V1"
    assert rb.provision("UNSCR-2321-OP34").force == "hortatory"
    assert any(e.id == "treaty-signed" and e.date.isoformat() == "2024-06-19" for e in rb.timeline)
    assert all(p.source_urls for p in rb.provisions.values())


def test_valid_minimal_set(tmp_path: Path) -> None:
    rb = load_rulebook(_write(tmp_path))
    assert list(rb.provisions) == ["UNSCR-9999-OP1"]
    assert rb.rules[0].provisions == ["UNSCR-9999-OP1", "UNSCR-9999-OP1"]


def test_missing_field_names_file_and_line(tmp_path: Path) -> None:
    bad = PROVISION.replace(
        "  paraphrase: States must do a thing that this test provision describes.\n", ""
    )
    d = _write(tmp_path, provision="# comment\n" + bad)
    with pytest.raises(RulesError) as exc:
        load_rulebook(d)
    msg = str(exc.value)
    assert f"{d / 'provisions' / 'p.yaml'}:2:" in msg  # the entry starts on line 2
    assert "UNSCR-9999-OP1" in msg and "'paraphrase' is missing" in msg
    assert isinstance(exc.value, ConfigError)


def test_bad_value_points_at_its_line(tmp_path: Path) -> None:
    d = _write(tmp_path, provision=PROVISION.replace("force: binding", "force: decides"))
    with pytest.raises(RulesError) as exc:
        load_rulebook(d)
    assert "p.yaml:8: provision UNSCR-9999-OP1: field 'force'" in str(exc.value)


def test_rule_naming_unknown_provision(tmp_path: Path) -> None:
    d = _write(tmp_path, rule=RULE.replace("PID", "UNSCR-1234-OP5"))
    with pytest.raises(RulesError) as exc:
        load_rulebook(d)
    assert (
        f"{d / 'assessment.yaml'}:9: rule test-rule names unknown provision 'UNSCR-1234-OP5'"
        in str(exc.value)
    )


def test_all_problems_listed_and_duplicates(tmp_path: Path) -> None:
    d = _write(
        tmp_path,
        provision=PROVISION + PROVISION.replace("force: binding", "force: x"),
        rule=RULE.replace("PID", "NOPE-1-OP1"),
    )
    with pytest.raises(RulesError) as exc:
        load_rulebook(d)
    assert len(exc.value.problems) == 2  # the bad force and the unknown provision


def test_bundled_copy_with_one_bad_rule(tmp_path: Path) -> None:
    d = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), d, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    text = (
        (d / "assessment.yaml")
        .read_text()
        .replace("[UNSCR-2397-OP8, UNSCR-2375-OP17]", "[UNSCR-2397-OP8, UNSCR-2375-OP99]", 1)
    )
    (d / "assessment.yaml").write_text(text)
    with pytest.raises(RulesError) as exc:
        load_rulebook(d)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "UNSCR-2375-OP99" in ln)
    assert f"assessment.yaml:{line}:" in str(exc.value)


def test_rule_may_not_widen_a_provisions_finding_kinds(tmp_path: Path) -> None:
    d = _write(
        tmp_path,
        rule=RULE.replace("PID", "UNSCR-9999-OP1").replace(
            "kinds: [surge]", "kinds: [surge, record]"
        ),
    )
    with pytest.raises(RulesError) as exc:
        load_rulebook(d)
    assert "assessment.yaml:8: rule test-rule applies record findings to UNSCR-9999-OP1" in str(
        exc.value
    )
    assert "p.yaml:1" in str(exc.value)
