"""The typed form of the rules files: provisions, timeline events, assessment rules."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sanctionwatch.model.claim import CLAIM_UNITS, VERDICTS
from sanctionwatch.model.finding import FINDING_KINDS

Force = Literal["binding", "hortatory"]
Verification = Literal["V1", "V2", "V3"]
Wording = Literal["consistent_with", "may_indicate"]

# What each verification level means, as the dossier explains it to readers.
VERIFICATION_MEANING = {
    "V1": "paragraph number and substance seen in a cited source",
    "V2": "substance confirmed; paragraph number or exact wording not yet checked against "
    "the official S/RES text",
    "V3": "from memory only; paragraph number and wording not yet confirmed",
}


def _urls(values: list[str]) -> list[str]:
    for v in values:
        if not v.startswith(("https://", "http://")):
            raise ValueError(f"expected an http(s) URL, got {v!r}")
    return values


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Deadline(_Strict):
    date: date
    what: str = Field(min_length=3)


class Provision(_Strict):
    """One paragraph of a sanctions instrument, paraphrased in our words, with its verification."""

    id: str = Field(pattern=r"^[A-Z]+-[0-9A-Z]+-[A-Za-z0-9-]+$")
    title: str = Field(min_length=3)
    instrument: str = Field(min_length=3)
    citation: str = Field(min_length=3)  # how the dossier cites it: "UNSCR 2397 (2017) OP8"
    adopted: date
    paragraph: str = Field(min_length=1)
    topics: list[str] = Field(min_length=1)
    force: Force
    addressee: str = Field(min_length=3)
    paraphrase: str = Field(min_length=20)
    deadlines: list[Deadline]
    exemptions: list[str]
    reporting: list[str]
    source_urls: list[str] = Field(min_length=1)
    finding_kinds: list[str]
    evidence: list[str]
    verification: Verification
    verification_note: str = ""

    _check_urls = field_validator("source_urls")(_urls)

    @field_validator("finding_kinds")
    @classmethod
    def _kinds(cls, v: list[str]) -> list[str]:
        for k in v:
            if k not in FINDING_KINDS:
                raise ValueError(
                    f"unknown finding kind {k!r}; expected one of {', '.join(FINDING_KINDS)}"
                )
        return v

    @property
    def confirmed(self) -> bool:
        """Whether the paragraph number was seen in a source (V1); V2/V3 must be said out loud."""
        return self.verification == "V1"


class TimelineEvent(_Strict):
    """An event that gives the series context (a resolution, the treaty, a deployment...)."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    date: date
    precision: Literal["day", "month", "year"] = "day"
    label: str = Field(min_length=3, max_length=60)  # short, for chart markers
    detail: str = Field(min_length=3)
    kind: Literal["resolution", "deadline", "monitoring", "treaty", "deployment", "report", "data"]
    source_urls: list[str] = Field(min_length=1)
    verification: Verification

    _check_urls = field_validator("source_urls")(_urls)


class RuleWhen(_Strict):
    """Which findings or checked claims a rule applies to; every condition given must hold."""

    source: Literal["finding", "claim"]
    # Whose nationals the provisions concern (ISO alpha-2). Required: a DPRK rule must never
    # fire on another country's entries.
    origins: list[str] = Field(min_length=1)
    kinds: list[str] = []  # finding kinds
    exclude_subkinds: list[str] = []
    purposes: list[str] = []  # finding purpose, or claim purpose
    period_from: date | None = None  # the finding's (or claim's) period must end on or after this
    units: list[str] = []  # claim units
    verdicts: list[str] = []  # claim verdicts

    @field_validator("kinds")
    @classmethod
    def _kinds(cls, v: list[str]) -> list[str]:
        return _all_in(v, FINDING_KINDS, "finding kind")

    @field_validator("units")
    @classmethod
    def _units(cls, v: list[str]) -> list[str]:
        return _all_in(v, CLAIM_UNITS, "claim unit")

    @field_validator("verdicts")
    @classmethod
    def _verdicts(cls, v: list[str]) -> list[str]:
        return _all_in(v, VERDICTS, "verdict")


class AssessmentRule(_Strict):
    """Connects a pattern to provisions with the analysts' wording; never asserts a breach."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    description: str = Field(min_length=3)
    when: RuleWhen
    provisions: list[str] = Field(min_length=1)
    wording: Wording
    condition: str | None = None  # "if the entrants were members of the armed forces"
    rationale: str = Field(min_length=10)  # why the pattern bears on the provisions, in plain words


def _all_in(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    """Every value must be in the vocabulary; the error names the first that is not."""
    for x in values:
        if x not in allowed:
            raise ValueError(f"unknown {what} {x!r}; expected one of {', '.join(allowed)}")
    return values
