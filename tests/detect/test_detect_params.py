"""The parameter file: validated at load, with errors that name the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sanctionwatch.detect import load_params
from sanctionwatch.detect.params import PARAMS_FILE
from sanctionwatch.errors import ConfigError

BUNDLED = Path(__file__).resolve().parents[2] / "sanctionwatch" / "detect" / PARAMS_FILE


def test_bundled_params_load() -> None:
    p = load_params()
    assert p.restricted_for("KP") == ("work",)
    assert p.restricted_for("CN") == ()
    assert p.surge.min_count == 100
    assert p.section("surge")["ratio"] == 2.5


@pytest.mark.parametrize(
    ("path", "value", "expect"),
    [
        (("surge", "min_count"), -1, "surge.min_count"),
        (("surge", "severity", "w_size"), 0.9, "weights must add up to 1"),
        (("restricted_purposes",), {"KP": ["labour"]}, "unknown purpose 'labour'"),
        (("capacity", "period_kinds"), ["month"], "period_kinds"),
        (("surge", "surprise"), 1, "surge.surprise"),
    ],
)
def test_invalid_params_are_rejected(
    tmp_path: Path, path: tuple[str, ...], value: object, expect: str
) -> None:
    raw = yaml.safe_load(BUNDLED.read_text())
    node = raw
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = value
    f = tmp_path / "params.yaml"
    f.write_text(yaml.safe_dump(raw))
    with pytest.raises(ConfigError) as exc:
        load_params(f)
    assert expect in str(exc.value) and str(f) in str(exc.value)


def test_stricter_params_change_the_result() -> None:
    from detect_fixtures import build, quarters

    from sanctionwatch.detect import detect_series

    raw = yaml.safe_load(BUNDLED.read_text())
    raw["surge"]["min_count"] = 5000
    from sanctionwatch.detect.params import DetectParams

    strict = DetectParams.model_validate(raw)
    s = build(quarters("study", 2023, [40, 50, 62, 70, 38, 332, 3765]))
    assert detect_series(s, kinds=["surge"])
    assert detect_series(s, params=strict, kinds=["surge"]) == []
