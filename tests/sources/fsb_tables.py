"""Writers of small FSB-layout tables (CSV in a chosen encoding and delimiter, or XLSX)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import openpyxl

Row = Sequence[object]


def write_csv(
    path: Path, rows: Sequence[Row], *, encoding: str = "utf-8", delimiter: str = ";"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(
            [["" if c is None else c for c in r] for r in rows]
        )
    return path


def write_xlsx(path: Path, rows: Sequence[Row]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def table(title: str | None, header: Row, body: Sequence[Row]) -> list[Row]:
    """Title line (if any), a blank line, the header and the body, as FSB exports lay them out."""
    rows: list[Row] = []
    if title is not None:
        rows += [[title], []]
    return [*rows, list(header), *[list(r) for r in body]]
