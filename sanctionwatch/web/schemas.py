"""The HTTP API's bodies as pydantic models: request validation and the OpenAPI description.

Responses are the CLI's JSON objects, serialised once and cached; these models describe them
for ``/openapi.json`` (fields may be added by the domain modules, so extra keys are allowed).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Lang = Literal["auto", "en", "ru", "ko", "zh"]
# The finding kinds of sanctionwatch.model.finding.FINDING_KINDS (a test keeps them equal).
FindingKind = Literal[
    "surge",
    "collapse",
    "purpose_substitution",
    "capacity_mismatch",
    "record",
    "changepoint",
    "reporting_gap",
    "inconsistency",
]
# A period label of the shared vocabulary: 2024, 2024-Q3, 2024-07, 2024-01..2024-06, 2024-04-15.
_MM = "(0[1-9]|1[0-2])"
_DD = "(0[1-9]|[12][0-9]|3[01])"
_YYYY = "[12][0-9]{3}"
PERIOD_PATTERN = rf"^{_YYYY}(-Q[1-4]|-{_MM}|-{_MM}-{_DD}|-{_MM}\.\.{_YYYY}-{_MM})?$"
DATE_PATTERN = rf"^{_YYYY}-{_MM}-{_DD}$"

# Claim texts are articles, not books: longer inputs belong to `sanctionwatch sweep`.
MAX_TEXT_CHARS = 200_000


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorItem(_Open):
    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    location: str | None = None


class ErrorBody(BaseModel):
    detail: str
    errors: list[ErrorItem]


class SourceRef(_Open):
    outlet: str | None = None
    reporter: str | None = None
    publisher: str | None = None
    chain: list[str] = []
    url: str | None = None
    date: str | None = None
    quote: str | None = None
    primary: bool = False
    observation: str | None = None
    vintage: str | None = None
    count: int | None = None
    qualifier: str | None = None
    period: str | None = None
    purpose: str | None = None


class ConflictRef(SourceRef):
    consistent: bool
    derived: bool


class FlowOut(_Open):
    origin: str
    destination: str
    purpose: str
    period: str
    period_kind: str
    period_start: str
    period_end: str
    count: int | None
    qualifier: str
    unit: str
    derived: bool
    method: str | None
    independent_reporters: int
    sources: list[SourceRef]
    conflicts: list[ConflictRef]
    warnings: list[str]


class EvidenceOut(_Open):
    period: str
    purpose: str
    count: int | float | None
    sources: list[dict[str, Any]]


class FindingOut(_Open):
    id: str
    kind: str
    origin: str
    destination: str
    purpose: str
    period: str
    value: float | None
    baseline: float | None
    ratio: float | None
    severity: float
    explanation: str
    evidence: list[EvidenceOut]
    params: dict[str, Any]


class FindingDetail(FindingOut):
    strength: dict[str, Any] | None = Field(
        None,
        description="Strength of the evidence: corroborated, indicator or contradicted; reasons.",
    )
    provisions: list[dict[str, Any]] | None = Field(
        None, description="Provisions the pattern bears on (null when the assessment is not built)."
    )


class ComparisonOut(_Open):
    kind: str
    value: float | None
    baseline_period: str | None


class ClaimOut(_Open):
    doc: str
    sentence: str
    span: list[int]
    quantity: float | None
    qualifier: str | None
    unit: str | None
    origin: str | None
    destination: str | None
    purpose: str | None
    period: str | None
    comparison: ComparisonOut | None
    attribution: str | None
    lang: str | None


class CheckedClaimOut(ClaimOut):
    verdict: Literal["supported", "contradicted", "not_enough_data"]
    observed: dict[str, Any] | None
    explanation: str


def _one_document(schema: dict[str, Any]) -> None:
    """Describe what the handler enforces: exactly one of ``text`` and ``html``, as a string."""
    props = schema["properties"]
    for key in ("text", "html", "date"):
        prop = props[key]
        string: dict[str, Any] = next(
            (b for b in prop.pop("anyOf", []) if b.get("type") == "string"), {}
        )
        prop.pop("default", None)
        prop.update(string)
        prop["type"] = "string"
    props["text"]["maxLength"] = MAX_TEXT_CHARS
    props["html"]["maxLength"] = 2 * MAX_TEXT_CHARS
    schema["oneOf"] = [{"required": ["text"]}, {"required": ["html"]}]


class ClaimsRequest(BaseModel):
    """One document: plain text in ``text``, or an HTML page in ``html`` (its main text is read)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_one_document)

    text: str | None = Field(
        None, max_length=MAX_TEXT_CHARS, description="Plain text of the document."
    )
    html: str | None = Field(
        None, max_length=2 * MAX_TEXT_CHARS, description="An HTML page instead of text."
    )
    date: str | None = Field(
        None,
        pattern=DATE_PATTERN,
        json_schema_extra={"format": "date"},
        description="Publication date YYYY-MM-DD, to resolve 'last year', 'this quarter'.",
    )
    lang: Lang = "auto"

    @field_validator("text", "html", "date", mode="before")
    @classmethod
    def _no_null(cls, v: Any) -> Any:
        # Leave a field out rather than send null: the description says each is a string.
        if v is None:
            raise ValueError("must be a string; leave the field out instead of sending null")
        return v


class ScreenMatch(_Open):
    ref: str
    name: str
    score: float
    list: str | None = None
    explanation: str | None = None


class ScreenOut(_Open):
    query: str
    matches: list[ScreenMatch]


class IngestOut(_Open):
    imported: int
    derived: int
    vintage: str | None
    vintages: list[str]
    unchanged: list[str]
    skipped: list[dict[str, Any]]
    warnings: list[str]


class NamedCount(_Open):
    name: str | None
    figures: int
    urls: int
    first_published: str | None
    last_published: str | None


class VintageOut(_Open):
    id: str
    source_key: str
    format: str
    file: str
    sha256: str
    publisher: str | None
    source_url: str | None
    released: str | None
    imported_at: str
    rows: int


class SourcesOut(_Open):
    publishers: list[NamedCount]
    reporters: list[NamedCount]
    outlets: list[NamedCount]
    vintages: list[VintageOut]


class ConflictsOut(_Open):
    conflicts: list[FlowOut]
    warnings: list[str]


class SeriesIndexOut(_Open):
    origin: str
    destination: str
    purposes: list[str]


class TimelineEventOut(_Open):
    id: str
    date: str
    label: str
    detail: str
    kind: str
    source_urls: list[str]


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str
    writes_enabled: bool
    features: dict[str, bool]
