"""Strength logic: retellings of one report stay one source; independent reporters corroborate."""

from __future__ import annotations

from typing import Any

from sanctionwatch.model.claim import CheckedClaim, Claim
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.rules import default_rulebook
from sanctionwatch.rules.assess import assess, claim_strength, finding_strength


def src(
    reporter: str, outlet: str, url: str = "https://example.org/a", primary: bool = False
) -> dict[str, Any]:
    return {
        "reporter": reporter,
        "outlet": outlet,
        "url": url,
        "date": "2024-11-08",
        "primary": primary,
        "period": "2024-Q3",
        "purpose": "study",
        "count": 3765,
    }


def finding(*sources: dict[str, Any], kind: str = "surge", purpose: str = "study") -> Finding:
    return Finding(
        kind=kind,
        origin="KP",
        destination="RU",
        purpose=purpose,
        period="2024-Q3",
        value=3765,
        baseline=332,
        ratio=11.3,
        severity=0.9,
        explanation="3,765 study entries against 332.",
        evidence=(Evidence("2024-Q3", purpose, 3765, sources=tuple(sources)),),
    )


def test_two_retellings_of_one_report_stay_indicator() -> None:
    f = finding(
        src("RFA (Korean service)", "Yonhap"), src("RFA", "Korea Herald", "https://example.org/b")
    )
    s = finding_strength(f)
    assert s.strength == "indicator"
    assert len(s.reporters) == 1


def test_two_independent_reporters_corroborate() -> None:
    s = finding_strength(finding(src("RFA", "Yonhap"), src("Mediazona", "Politico")))
    assert s.strength == "corroborated"
    assert set(s.reporters) == {"RFA", "Mediazona"}


def test_primary_table_alone_corroborates() -> None:
    assert (
        finding_strength(finding(src("FSB Border Service", "EMISS", primary=True))).strength
        == "corroborated"
    )


def test_conflicting_primary_figure_contradicts() -> None:
    f = finding(src("RFA", "Yonhap"), src("Mediazona", "Politico"))

    def conflicts(ev: Evidence) -> list[dict[str, Any]]:
        return [
            {
                "count": 3000,
                "qualifier": "exact",
                "reporter": "FSB",
                "outlet": "EMISS",
                "primary": True,
                "consistent": False,
            }
        ]

    s = finding_strength(f, conflicts)
    assert s.strength == "contradicted"
    assert "3000" in s.reasons[0]


def test_approximate_retelling_does_not_contradict_exact_figure() -> None:
    f = finding(src("RFA", "Yonhap"))

    def conflicts(ev: Evidence) -> list[dict[str, Any]]:
        return [
            {
                "count": 7800,
                "qualifier": "approx",
                "reporter": "Vedomosti",
                "outlet": "Vedomosti",
                "consistent": False,
            }
        ]

    assert finding_strength(f, conflicts).strength == "indicator"


def _claim(verdict: str, sources: list[dict[str, Any]]) -> CheckedClaim:
    c = Claim(
        doc="d",
        sentence="3,765 entered to study.",
        span=(0, 5),
        quantity=3765,
        qualifier="exact",
        unit="entries",
        origin="KP",
        destination="RU",
        purpose="study",
        period="2024-Q3",
        comparison=None,
        attribution=None,
        lang="en",
    )
    return CheckedClaim(
        c,
        verdict,
        {"count": 3765, "period": "2024-Q3", "purpose": "study", "sources": sources},
        "explained",
    )


def test_claim_strength() -> None:
    assert claim_strength(_claim("contradicted", [])).strength == "contradicted"  # type: ignore[union-attr]
    one = claim_strength(_claim("supported", [src("RFA", "A"), src("RFA", "B")]))
    assert one is not None and one.strength == "indicator"
    assert claim_strength(_claim("not_enough_data", [])) is None


def test_assess_wording_and_hortatory_concern() -> None:
    rb = default_rulebook()
    f = finding(src("RFA", "Yonhap"), src("Mediazona", "Politico"), kind="purpose_substitution")
    links = assess(rb, [f])
    by = {a.provision_id: a for a in links}
    assert {"UNSCR-2397-OP8", "UNSCR-2375-OP17", "UNSCR-2321-OP34"} <= set(by)
    assert by["UNSCR-2397-OP8"].wording == "consistent_with"
    assert by["UNSCR-2321-OP34"].wording == "concern"
    assert "hortatory" in by["UNSCR-2321-OP34"].statement
    assert by["UNSCR-2321-OP34"].caveats and "not yet confirmed" in by["UNSCR-2321-OP34"].caveats[0]
    assert not by["UNSCR-2397-OP8"].caveats
    for a in links:
        assert a.strength == "corroborated"
        assert "breach proven" not in a.statement.lower()
        assert "not by itself proof" in a.statement or "hortatory" in a.statement


def test_rules_apply_only_to_their_origins() -> None:
    f = finding(src("RFA", "Yonhap"), src("Mediazona", "Politico"))
    assert assess(default_rulebook(), [f])
    other = Finding(
        kind="surge",
        origin="CN",
        destination="RU",
        purpose="study",
        period="2024-Q3",
        value=3765,
        baseline=332,
        ratio=11.3,
        severity=0.9,
        explanation="x",
        evidence=f.evidence,
    )
    assert assess(default_rulebook(), [other]) == []


def test_collapse_is_not_linked() -> None:
    f = Finding(
        kind="surge",
        subkind="collapse",
        origin="KP",
        destination="RU",
        purpose="study",
        period="2024-Q3",
        value=3,
        baseline=300,
        ratio=0.01,
        severity=0.5,
        explanation="fell",
    )
    assert assess(default_rulebook(), [f]) == []
