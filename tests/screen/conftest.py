"""Shared fixtures for the screening tests: a tiny hand-made UN-format list (fictitious names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.screen.match import Matcher
from sanctionwatch.screen.unlist import parse_un_xml

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini_v1() -> Path:
    return FIXTURES / "mini_list_v1.xml"


@pytest.fixture(scope="session")
def mini_v2() -> Path:
    return FIXTURES / "mini_list_v2.xml"


@pytest.fixture(scope="session")
def mini_matcher(mini_v1: Path) -> Matcher:
    return Matcher(parse_un_xml(mini_v1).entities)
