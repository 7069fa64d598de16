"""Sanctions provisions, events timeline and assessment rules as validated data; the assessment."""

from sanctionwatch.rules.loader import Rulebook, RulesError, default_rulebook, load_rulebook
from sanctionwatch.rules.model import AssessmentRule, Provision, TimelineEvent

__all__ = [
    "AssessmentRule",
    "Provision",
    "Rulebook",
    "RulesError",
    "TimelineEvent",
    "default_rulebook",
    "load_rulebook",
]
