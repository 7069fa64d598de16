"""The layering rules of the package, checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "sanctionwatch"

# Siblings at the domain level never import each other: each stands on model, store and flows.
SIBLINGS = {"sources", "detect", "claims", "screen"}
SURFACES = {"cli", "web"}


def _modules() -> list[tuple[str, set[str]]]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        name = ".".join(rel.parts)
        tree = ast.parse(path.read_text("utf-8"))
        imports: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imports.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imports.add(node.module)
        out.append((name, imports))
    return out


MODULES = _modules()


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@pytest.mark.parametrize(("module", "imports"), MODULES, ids=[m for m, _ in MODULES])
def test_layering(module: str, imports: set[str]) -> None:
    area = _area(module)
    own = {_area(i) for i in imports if i.startswith("sanctionwatch.")}
    if area not in SURFACES and area != "__main__":
        assert not own & SURFACES, f"{module} imports a surface (cli/web): domain code must not"
    if area != "store":
        assert not any(i == "duckdb" or i.startswith("duckdb.") for i in imports), (
            f"{module} imports duckdb: only sanctionwatch.store speaks SQL"
        )
    if area == "model":
        assert own <= {"model"}, (
            f"{module}: model is the bottom layer, it imports {own - {'model'}}"
        )
    if area in SIBLINGS:
        assert not own & (SIBLINGS - {area}), (
            f"{module} imports a sibling domain: {own & SIBLINGS - {area}}"
        )


def test_every_module_says_what_it_owns() -> None:
    missing = []
    for path in sorted(PKG.rglob("*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text("utf-8")))
        if not doc and path.stat().st_size > 0:
            missing.append(str(path.relative_to(PKG.parent)))
    assert not missing, f"modules without a first docstring line: {missing}"
