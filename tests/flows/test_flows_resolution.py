"""Resolution order between competing statements; quarters derived from cumulative releases."""

from __future__ import annotations

from typing import Any

from sanctionwatch.flows import resolve_observations
from sanctionwatch.model import Observation, Period, Provenance, Qualifier

FSB = Provenance(
    "FSB Border Service",
    "FSB Border Service",
    "FSB Border Service",
    ("FSB Border Service",),
    "https://fedstat.ru",
    primary=True,
)


def media(reporter: str, outlet: str | None = None, published: str = "2025-02-10") -> Provenance:
    outlet = outlet or reporter
    chain = (reporter,) if outlet == reporter else (reporter, outlet)
    return Provenance(
        "FSB Border Service (via EMISS)",
        reporter,
        outlet,
        chain,
        f"https://{outlet.lower().replace(' ', '')}.example/a",
        published,
    )


def obs(
    period: str,
    count: int | None,
    prov: Provenance = FSB,
    purpose: str = "total",
    qualifier: Qualifier = Qualifier.EXACT,
    origin: str = "KP",
) -> Observation:
    if count is None:
        qualifier = Qualifier.WITHHELD
    return Observation(
        origin,
        "RU",
        purpose,
        Period.parse(period),
        count,
        qualifier,
        prov,
        source_key=f"test:{prov.outlet}:{period}",
    )


def value(
    observations: list[Observation], period: str, purpose: str = "total", origin: str = "KP"
) -> Any:
    series = resolve_observations(observations)
    return series[(origin, "RU", purpose)].get(Period.parse(period))


def warnings(observations: list[Observation]) -> list[str]:
    return [w for s in resolve_observations(observations).values() for w in s.warnings]


# -- resolution order --------------------------------------------------------------------------
def test_primary_table_beats_media_retelling() -> None:
    v = value([obs("2024", 13000, media("Yonhap")), obs("2024", 13221)], "2024")
    assert (v.count, v.qualifier, v.derived) == (13221, Qualifier.EXACT, False)
    assert [s.provenance.outlet for s in v.sources] == ["FSB Border Service"]
    [c] = v.conflicts
    assert (c.statement.count, c.consistent) == (13000, False)


def test_primary_beats_media_even_when_media_has_more_reporters() -> None:
    v = value(
        [obs("2024", 13000, media("Yonhap")), obs("2024", 13000, media("RFA")), obs("2024", 13221)],
        "2024",
    )
    assert v.count == 13221 and len(v.conflicts) == 2


def test_exact_beats_approximate() -> None:
    v = value(
        [
            obs("2024", 13000, media("NK News"), qualifier=Qualifier.APPROX),
            obs("2024", 13221, media("RFA")),
        ],
        "2024",
    )
    assert (v.count, v.qualifier) == (13221, Qualifier.EXACT)
    [c] = v.conflicts
    assert c.consistent is True  # "about 13,000" is compatible with 13,221 within 10%
    assert not v.has_disagreement


def test_derived_from_exact_beats_approximate_published() -> None:
    stmts = [
        obs("2024-Q1", 812, media("NK News")),
        obs("2024-Q2", 1696, media("NK News")),
        obs("2024-Q3", 5263, media("NK News")),
        obs("2024", 13221, media("RFA")),
        obs("2024-Q4", 5500, media("NK News"), qualifier=Qualifier.APPROX),
    ]
    v = value(stmts, "2024-Q4")
    assert (v.count, v.qualifier, v.derived) == (5450, Qualifier.EXACT, True)
    assert v.method == "2024 (13,221) − 2024-Q1 (812) − 2024-Q2 (1,696) − 2024-Q3 (5,263)"
    assert sorted(s.count for s in v.sources) == [812, 1696, 5263, 13221]
    [c] = v.conflicts
    assert (c.statement.count, c.statement.qualifier, c.consistent) == (
        5500,
        Qualifier.APPROX,
        True,
    )


def test_disagreeing_exact_values_are_flagged_never_averaged() -> None:
    stmts = [
        obs("2023-Q3", 62, media("RFA"), purpose="study"),
        obs("2023-Q3", 24, media("newsrebeat"), purpose="study"),
    ]
    v = value(stmts, "2023-Q3", "study")
    assert v.count in (62, 24)  # one published value, never (62 + 24) / 2
    [c] = v.conflicts
    assert c.consistent is False and v.has_disagreement
    assert any("exact figures disagree" in w for w in warnings(stmts))


def test_more_independent_reporters_win_among_equals() -> None:
    # Two retellings of one RFA report count once; NK News and Mediazona are independent.
    stmts = [
        obs("2024", 7887, media("NK News"), purpose="study"),
        obs("2024", 7887, media("Mediazona"), purpose="study"),
        obs("2024", 7877, media("RFA", "Yonhap"), purpose="study"),
        obs("2024", 7877, media("RFA", "Korea Herald"), purpose="study"),
        obs("2024", 7877, media("RFA", "Seoul Shinmun"), purpose="study"),
    ]
    v = value(stmts, "2024", "study")
    assert v.count == 7887 and v.independent_reporters == 2
    assert {c.statement.count for c in v.conflicts} == {7877} and len(v.conflicts) == 3


def test_retellings_do_not_outvote_an_independent_source() -> None:
    stmts = [
        obs("2024", 100, media("RFA", "Yonhap")),
        obs("2024", 100, media("RFA", "Korea Herald")),
        obs("2024", 90, media("NK News", published="2025-03-01")),
    ]
    v = value(stmts, "2024")
    # one reporter each: the tie goes to the most recently published statement
    assert v.count == 90 and v.independent_reporters == 1


def test_withheld_comes_last_but_is_kept() -> None:
    v = value([obs("2025-Q2", None), obs("2025-Q2", 300, media("NK News"))], "2025-Q2")
    assert v.count is None and v.qualifier == Qualifier.WITHHELD  # the primary table is blank
    assert [c.statement.count for c in v.conflicts] == [300]


# -- derivation ----------------------------------------------------------------------------------
def test_quarter_from_consecutive_ytd_releases() -> None:
    v = value([obs("2024-01..2024-06", 2508), obs("2024-01..2024-09", 7771)], "2024-Q3")
    assert (v.count, v.derived) == (5263, True)
    assert v.method == "2024-01..2024-09 (7,771) − 2024-01..2024-06 (2,508)"
    assert [s.count for s in v.sources] == [7771, 2508]


def test_chain_of_quarters_from_all_four_releases() -> None:
    stmts = [
        obs("2024-Q1", 812),
        obs("2024-01..2024-06", 2508),
        obs("2024-01..2024-09", 7771),
        obs("2024", 13221),
    ]
    series = resolve_observations(stmts)[("KP", "RU", "total")]
    got = {
        v.period.label: (v.count, v.derived) for v in series.values if v.period.kind == "quarter"
    }
    assert got == {
        "2024-Q1": (812, False),
        "2024-Q2": (1696, True),
        "2024-Q3": (5263, True),
        "2024-Q4": (5450, True),
    }


def test_no_quarter_from_one_release_alone() -> None:
    series = resolve_observations([obs("2024-01..2024-09", 7771)])[("KP", "RU", "total")]
    assert [v.period.label for v in series.values] == ["2024-01..2024-09"]


def test_negative_difference_is_a_warning_not_a_value() -> None:
    stmts = [obs("2024-01..2024-06", 3000), obs("2024-01..2024-09", 2900)]
    assert value(stmts, "2024-Q3") is None
    assert any("negative" in w and "2024-Q3" in w for w in warnings(stmts))


def test_quarters_that_do_not_add_up_are_a_warning() -> None:
    stmts = [obs("2023-Q1", 100), obs("2023-Q2", 266), obs("2023-01..2023-06", 370)]
    assert any("sum to 366" in w and "370" in w for w in warnings(stmts))
    # the published figures stay as published
    assert value(stmts, "2023-Q2").count == 266


def test_absent_or_withheld_purpose_is_not_derived() -> None:
    # «Учеба» present in January-June but the column dropped from January-September: no Q3.
    stmts = [
        obs("2025-01..2025-06", 300, purpose="study"),
        obs("2025-01..2025-06", 900),
        obs("2025-01..2025-09", 1500),
    ]
    series = resolve_observations(stmts)
    assert value(stmts, "2025-Q3").count == 600
    assert series[("KP", "RU", "study")].get(Period.quarter(2025, 3)) is None
    # a withheld cell is not a zero either
    stmts = [obs("2025-01..2025-06", 300), obs("2025-01..2025-09", None)]
    assert value(stmts, "2025-Q3") is None


def test_only_exact_inputs_are_differenced() -> None:
    stmts = [
        obs("2024-01..2024-06", 2500, qualifier=Qualifier.APPROX),
        obs("2024-01..2024-09", 7771),
    ]
    assert value(stmts, "2024-Q3") is None


def test_derived_disagreeing_with_a_published_quarter_is_warned() -> None:
    stmts = [obs("2024-01..2024-06", 2508), obs("2024-01..2024-09", 7771), obs("2024-Q3", 5000)]
    v = value(stmts, "2024-Q3")
    assert (v.count, v.derived) == (5000, False)  # the published figure stands
    assert any(
        "2024-Q3: the published figure 5,000 differs from 2024-01..2024-09 (7,771) − "
        "2024-01..2024-06 (2,508) = 5,263" in w
        for w in warnings(stmts)
    )


def test_difference_of_primary_tables_beats_a_media_quarter() -> None:
    stmts = [
        obs("2024-Q3", 5263, media("NK News")),
        obs("2024-01..2024-06", 2508),
        obs("2024-01..2024-09", 7700),
    ]
    v = value(stmts, "2024-Q3")
    assert (v.count, v.derived) == (5192, True)
    assert all(s.provenance.primary for s in v.sources)
    [c] = v.conflicts
    assert (c.statement.count, c.consistent) == (5263, False)


def test_media_quarter_beats_a_difference_of_media_figures() -> None:
    stmts = [
        obs("2024-Q3", 5263, media("NK News")),
        obs("2024-01..2024-06", 2508, media("RFA")),
        obs("2024-01..2024-09", 7700, media("RFA")),
    ]
    v = value(stmts, "2024-Q3")
    assert (v.count, v.derived) == (5263, False)
