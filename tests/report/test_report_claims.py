"""Claim checks in the dossier: which findings they touch, and claim-driven assessments."""

from __future__ import annotations

from typing import Any

from sanctionwatch.model.claim import CheckedClaim, Claim, Comparison
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.report.dossier import build_dossier
from sanctionwatch.report.render import render_html
from sanctionwatch.rules import default_rulebook
from sanctionwatch.rules.assess import assess


def _src(reporter: str, period: str, purpose: str, count: int) -> dict[str, Any]:
    return {
        "reporter": reporter,
        "outlet": reporter,
        "url": f"https://example.org/{reporter}",
        "date": "2025-02-05",
        "period": period,
        "purpose": purpose,
        "count": count,
    }


def _check(
    quantity: float,
    purpose: str,
    period: str,
    verdict: str,
    observed: int,
    comparison: Comparison | None = None,
) -> CheckedClaim:
    c = Claim(
        doc="art",
        sentence=f"{quantity:,.0f} North Koreans entered in {period}.",
        span=(0, 5),
        quantity=quantity,
        qualifier="exact",
        unit="entries",
        origin="KP",
        destination="RU",
        purpose=purpose,
        period=period,
        comparison=comparison,
        attribution=None,
        lang="en",
        text=f"{quantity:,.0f}",
    )
    obs = {
        "count": observed,
        "period": period,
        "purpose": purpose,
        "qualifier": "exact",
        "sources": [_src("RFA", period, purpose, observed)],
    }
    return CheckedClaim(c, verdict, obs, f"observed {observed:,}", {"relative": 0.01})


def test_checks_touch_the_findings_they_are_about() -> None:
    f = Finding(
        kind="purpose_substitution",
        origin="KP",
        destination="RU",
        purpose="study",
        period="2024",
        value=7887,
        baseline=0,
        ratio=None,
        severity=0.9,
        explanation="7,887 study entries while work entries were 0.",
        evidence=(
            Evidence("2024", "study", 7887, sources=(_src("RFA", "2024", "study", 7887),)),
            Evidence("2024", "total", 13221, sources=(_src("RFA", "2024", "total", 13221),)),
        ),
    )
    wrong = _check(7800, "total", "2024", "contradicted", 13221)
    right = _check(13221, "total", "2024", "supported", 13221)
    other = _check(1117, "total", "2023", "supported", 1117)
    ratio = _check(12, "total", "2024", "supported", 13221, Comparison("ratio", 12, "2023"))
    rb = default_rulebook()
    links = assess(rb, [f], [wrong, right, other, ratio])
    d = build_dossier(
        rb, {}, [f], [wrong, right, other, ratio], links, origin="KP", destination="RU"
    )
    touching = d.findings[0].claim_checks
    ids = [c.id for c in d.claim_checks]
    assert ids[0] in touching and ids[1] in touching and ids[3] in touching
    assert ids[2] not in touching
    verdicts = {c.id: c.verdict for c in d.claim_checks}
    assert verdicts[ids[0]] == "contradicted"
    # the claimed number is quoted as the document's words; the statistic it is compared with links
    html = render_html(d)
    assert "7,800" in html and 'class="verdict-contradicted"' in html
    obs = d.claim_checks[0].observed_figure
    assert obs is not None and f'href="#{obs}"' in html


def test_contradicted_study_claim_yields_contradicted_assessment() -> None:
    bad = _check(1700, "study", "2024-Q2", "contradicted", 332)
    links = assess(default_rulebook(), [], [bad])
    assert links and all(a.strength == "contradicted" for a in links)
    assert {a.provision_id for a in links} == {"UNSCR-2397-OP8"}
    unclear = _check(1700, "study", "2024-Q2", "not_enough_data", 332)
    assert assess(default_rulebook(), [], [unclear]) == []
