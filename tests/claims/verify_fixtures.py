"""Hand-made statistics and claims for the verification tests (figures as the press gave them)."""

from __future__ import annotations

from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.model import Observation, Period, Provenance, Qualifier
from sanctionwatch.model.claim import Claim, Comparison

Y, Q, M = Period.year, Period.quarter, Period.month


def obs(
    period: Period,
    count: int | None,
    purpose: str = "total",
    qualifier: str = "exact",
    reporter: str = "RFA",
    outlet: str | None = None,
    measure: str = "entries",
    unit: str = "entries",
    origin: str = "KP",
    destination: str = "RU",
) -> Observation:
    return Observation(
        origin=origin,
        destination=destination,
        purpose=purpose,
        period=period,
        count=count,
        qualifier=Qualifier(qualifier),
        provenance=Provenance(
            publisher="FSB Border Service",
            reporter=reporter,
            outlet=outlet or reporter,
            url=f"https://news.example/{reporter.replace(' ', '-').lower()}",
            published="2025-02-05",
        ),
        source_key="test",
        measure=measure,
        unit=unit,
    )


def statements() -> list[Observation]:
    ytd = Period.months(2024, 1, 2024, 6)
    return [
        # totals
        obs(Y(2018), 18000, qualifier="approx", reporter="Estimates Weekly"),
        obs(Y(2019), 21000, qualifier="approx"),
        obs(Q(2019, 4), 6000, qualifier="at_least", reporter="NK News"),
        obs(Y(2022), 223, reporter="NK News"),
        obs(Y(2023), 1117),
        obs(Y(2023), 1117, reporter="NK News"),
        obs(Y(2024), 13221),
        obs(Y(2024), 13221, reporter="NK News"),
        obs(
            Y(2024), 7800, qualifier="approx", reporter="Opinion Weekly"
        ),  # the study count as total
        obs(Q(2023, 3), 365),
        obs(Q(2024, 1), 812, reporter="NK News"),
        obs(ytd, 2508, reporter="NK News"),
        obs(Q(2024, 3), 5263),
        obs(Q(2025, 1), None, qualifier="withheld"),
        # study
        obs(Y(2024), 7887, purpose="study"),
        obs(Q(2023, 3), 62, purpose="study"),
        obs(Q(2023, 3), 62, purpose="study", reporter="NK News"),
        obs(Q(2023, 3), 24, purpose="study", reporter="Newsrebeat"),
        obs(Q(2024, 2), 332, purpose="study"),
        obs(Q(2024, 3), 3765, purpose="study"),
        # private: two single reporters that disagree
        obs(Q(2023, 3), 24, purpose="private", reporter="KBS"),
        obs(Q(2023, 3), 23, purpose="private", reporter="Newsrebeat"),
        # transit, yearly, for record claims (2021 deliberately missing)
        obs(Y(2019), 30, purpose="transit"),
        obs(Y(2020), 12, purpose="transit"),
        obs(Y(2022), 40, purpose="transit"),
        obs(Y(2023), 150, purpose="transit"),
        obs(Y(2024), 234, purpose="transit"),
        # related figures
        obs(
            Period.from_dates(M(2024, 4).start, M(2024, 4).end, "other"),
            130,
            "enrolled_students",
            "approx",
            measure="enrolled_students",
            unit="persons",
        ),
        obs(
            Period.from_dates(Period.parse("2024-11-04").start, Period.parse("2024-11-04").end),
            11000,
            "troops_estimate",
            "approx",
            measure="troops_estimate",
            unit="persons",
        ),
        obs(
            Y(2024),
            8600,
            "student_visas_issued",
            "approx",
            measure="student_visas_issued",
            unit="visas",
        ),
        # a pair without a border series: trips of Russians to the DPRK
        obs(
            Y(2024),
            6469,
            "ru_citizen_trips_to_dprk",
            measure="ru_citizen_trips_to_dprk",
            unit="entries",
            origin="RU",
            destination="KP",
        ),
        obs(
            Y(2024),
            5,
            "ru_citizen_trips_to_dprk_work",
            measure="ru_citizen_trips_to_dprk_work",
            unit="entries",
            origin="RU",
            destination="KP",
        ),
    ]


def snapshot() -> Snapshot:
    return Snapshot.from_observations(statements())


def claim(
    quantity: float | None,
    text: str = "",
    *,
    qualifier: str = "exact",
    purpose: str | None = "total",
    period: str | None = "2024",
    unit: str | None = "persons",
    comparison: Comparison | None = None,
    sentence: str | None = None,
    lang: str = "en",
    origin: str | None = "KP",
    destination: str | None = "RU",
) -> Claim:
    """A claim as the extractor would give it; the sentence defaults to one around ``text``."""
    if sentence is None:
        sentence = f"In that period {text} North Koreans entered Russia." if text else "They came."
    start = sentence.find(text) if text else 0
    assert start >= 0, f"{text!r} not in {sentence!r}"
    return Claim(
        doc="t1",
        sentence=sentence,
        span=(start + 100, start + 100 + len(text)),  # the sentence starts at offset 100
        quantity=quantity,
        qualifier=qualifier,
        unit=unit,
        origin=origin,
        destination=destination,
        purpose=purpose,
        period=period,
        comparison=comparison,
        attribution=None,
        lang=lang,
        sentence_span=(100, 100 + len(sentence)),
        text=text,
    )
