"""The claim readers import only the layers below them, so each can be read (and tested) without
the ones that call it: segment < fields < places < sentence < article < extract."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import sanctionwatch.claims as claims

LAYERS = ["segment", "fields", "places", "sentence", "article", "extract"]
HERE = Path(claims.__file__).parent


def _imported_readers(source: str) -> set[str]:
    tree = ast.parse(source)
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            name = node.module.removeprefix("sanctionwatch.claims.")
            if name in LAYERS:
                out.add(name)
            elif node.module == "sanctionwatch.claims":
                out.update(a.name for a in node.names if a.name in LAYERS)
        elif isinstance(node, ast.Import):
            for a in node.names:
                name = a.name.removeprefix("sanctionwatch.claims.")
                if name in LAYERS:
                    out.add(name)
    return out


@pytest.mark.parametrize("module", LAYERS)
def test_reader_imports_only_layers_below(module: str) -> None:
    below = set(LAYERS[: LAYERS.index(module)])
    above = _imported_readers((HERE / f"{module}.py").read_text("utf-8")) - below
    assert not above, f"{module}.py imports {sorted(above)}, which are not below it in {LAYERS}"


def test_upward_imports_are_seen_in_every_form() -> None:
    source = (
        "from sanctionwatch.claims.article import _Article\n"
        "import sanctionwatch.claims.sentence\n"
        "from sanctionwatch.claims import places, numbers\n"
        "def f():\n    from sanctionwatch.claims.extract import extract_claims\n"
    )
    assert _imported_readers(source) == {"article", "sentence", "places", "extract"}
