"""Property-based test of the API against its own OpenAPI description (schemathesis, bounded).

Every operation gets a bounded number of generated requests; none may end in a server error,
and every response must match the status codes, content types and bodies the description
declares. Raise the bound locally with SANCTIONWATCH_SCHEMA_EXAMPLES=200.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from web_data import TOKEN

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis (dev extra) not installed")

REFUSALS = [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]
MAX_EXAMPLES = int(os.environ.get("SANCTIONWATCH_SCHEMA_EXAMPLES", "8"))


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory: pytest.TempPathFactory, bundled_db: Path) -> Any:
    from sanctionwatch.web.app import create_app

    path = tmp_path_factory.mktemp("schema") / "s.duckdb"
    shutil.copy(bundled_db, path)
    config = schemathesis.config.SchemathesisConfig.from_dict(
        {
            "checks": {
                # 413 (body over the server's limit) is a proper refusal of oversized input too.
                "negative_data_rejection": {"expected-statuses": REFUSALS},
                # A period the pattern allows can still end before it starts
                # ("2134-10..1446-10"): the API answers 422 naming the field, as documented.
                "positive_data_acceptance": {
                    "expected-statuses": ["2xx", "3xx", 401, 403, 404, 409, 422, 429, "5xx"]
                },
            },
        }
    )
    app = create_app(path, token=TOKEN)
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config)


schema = schemathesis.pytest.from_fixture("web_schema")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_description(case: Any) -> None:
    case.call_and_validate()
