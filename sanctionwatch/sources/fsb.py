"""Importer for the FSB Border Service table of foreign citizens' entries by country and purpose.

The layout (CSV in UTF-8 or Windows-1251, ``;`` or ``,`` delimited, or XLSX): one or more title
lines carrying the period («за январь-сентябрь 2024 г.»), a header row with the country column
and purpose columns (one or two header rows), then one row per country by its Russian name,
with totals and group rows among them. Headers and non-country rows are mapped explicitly by
``data/fsb_layout.yaml``; anything unmapped is an error, never a silent default. A blank cell
(``-``, ``…``, empty) in a present column is a figure the publisher withheld; a column absent
from the table is absent, never zero.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError, InputError, InputProblem
from sanctionwatch.geo import country_code
from sanctionwatch.model import Observation, Period, Provenance, Purpose, Qualifier
from sanctionwatch.sources.base import ParsedFile, decode_text, parse_count, read_bytes

DEFAULT_PUBLISHER = "FSB Border Service"
DESTINATION = "RU"
# Cells that mean "the publisher left this blank": unknown, not zero.
_BLANK = {"", "-", "–", "—", "‐", "−", "…", "...", ".."}
# How many rows above the header may hold title lines; a header further down is not found.
_MAX_HEADER_ROW = 40


# -- the layout vocabulary (data/fsb_layout.yaml) ------------------------------------------
def header_key(text: str) -> str:
    """Case, «ё», spacing, line breaks, hyphenation and punctuation folded away; «№» kept."""
    s = text.casefold().replace("ё", "е")
    return "".join(ch for ch in s if ch.isalnum() or ch == "№")


@dataclass(frozen=True, slots=True)
class Layout:
    country_column: frozenset[str]
    purposes: dict[str, str]  # header key -> purpose
    ignored_columns: frozenset[str]
    group_headers: frozenset[str]
    total_rows: frozenset[str]
    total_row_prefixes: tuple[str, ...]
    non_country_rows: frozenset[str]
    note_prefixes: tuple[str, ...]
    # the first spelling of the country column and of each purpose: what error messages name
    expected_headers: tuple[str, ...] = ()


@functools.cache
def layout() -> Layout:
    """Load and check ``fsb_layout.yaml`` once (first use, not import)."""
    text = resources.files("sanctionwatch.data").joinpath("fsb_layout.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    purposes: dict[str, str] = {}
    expected = [str(raw["country_column"][0])]
    for purpose, names in raw["purposes"].items():
        expected.append(str(names[0]))
        try:
            Purpose(purpose)
        except ValueError:
            raise ConfigError(f"fsb_layout.yaml: unknown purpose {purpose!r}") from None
        for n in names:
            k = header_key(n)
            if purposes.get(k, purpose) != purpose:
                raise ConfigError(f"fsb_layout.yaml: header {n!r} is mapped to two purposes")
            purposes[k] = purpose

    def keys(name: str) -> frozenset[str]:
        return frozenset(header_key(n) for n in raw[name])

    return Layout(
        country_column=keys("country_column"),
        purposes=purposes,
        ignored_columns=keys("ignored_columns"),
        group_headers=keys("group_headers"),
        total_rows=keys("total_rows"),
        total_row_prefixes=tuple(header_key(n) for n in raw["total_row_prefixes"]),
        non_country_rows=keys("non_country_rows"),
        note_prefixes=tuple(n.casefold() for n in raw["note_prefixes"]),
        expected_headers=tuple(expected),
    )


# -- period labels ---------------------------------------------------------------------------
_MONTH_STEMS = (
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("ма[йяе]", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
)
_MONTH = r"(?:" + "|".join(rf"{stem}[а-я]*" for stem, _ in _MONTH_STEMS) + r")"
_YEAR = r"((?:19|20)\d{2})"
_YEAR_WORD = r"(?:\s*(?:г\.?|гг\.?|год[а-я]*))?"
_DASH = r"\s*(?:[-–—‐‑−]+|\bпо\b)\s*"
_RANGE = re.compile(
    rf"(?<![а-я])({_MONTH})(?:\s+{_YEAR}{_YEAR_WORD})?{_DASH}({_MONTH})\s+{_YEAR}", re.I
)
_QUARTER = re.compile(
    rf"(?<![а-я\d])(IV|III|II|I|[1-4])(?:\s*-?\s*(?:й|ый|ой|ий))?\s+квартал[а-я]*\s+{_YEAR}", re.I
)
_HALF = re.compile(rf"(?<![а-я])(?:1|I|перв[а-я]+)\s*(?:-?\s*е)?\s+полугоди[а-я]*\s+{_YEAR}", re.I)
_N_MONTHS = re.compile(rf"(?<![\d])(\d{{1,2}})\s+месяц[а-я]*\s+{_YEAR}", re.I)
_SINGLE = re.compile(rf"(?<![а-я])({_MONTH})\s+{_YEAR}", re.I)
_WHOLE_YEAR = re.compile(rf"(?<![\d.]){_YEAR}\s*(?:г\.?|год[а-я]*)?(?![\d\-–—])", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _month_number(word: str) -> int:
    w = word.casefold()
    for stem, n in _MONTH_STEMS:
        if re.match(stem, w):
            return n
    raise ValueError(word)  # unreachable: the regex only matches month words


def parse_period_label(text: str) -> Period | None:
    """The period a title line names, or None when it names none.

    «за январь-сентябрь 2024 г.» and «январь – сентябрь 2024 года» are the year-to-date span
    2024-01..2024-09; «I квартал 2024 г.» and «январь-март 2024» the quarter 2024-Q1;
    «1 полугодие 2024» January-June; «9 месяцев 2024 г.» January-September; «сентябрь 2024»
    a month; «2024 год» (or «январь-декабрь 2024») the year.
    """
    s = text.replace("ё", "е").replace("Ё", "Е").replace("\u00a0", " ")
    if m := _RANGE.search(s):
        m1, y1, m2, y2 = _month_number(m[1]), m[2], _month_number(m[3]), int(m[4])
        start_year = int(y1) if y1 else y2
        try:
            return Period.months(start_year, m1, y2, m2)
        except ValueError:
            return None  # «сентябрь-январь 2024» names no span; reported as unparseable
    if m := _QUARTER.search(s):
        q = _ROMAN.get(m[1].upper()) or int(m[1])
        return Period.quarter(int(m[2]), q)
    if m := _HALF.search(s):
        return Period.months(int(m[1]), 1, int(m[1]), 6)
    if m := _N_MONTHS.search(s):
        n = int(m[1])
        if 1 <= n <= 12:
            return Period.months(int(m[2]), 1, int(m[2]), n)
        return None
    if m := _SINGLE.search(s):
        return Period.month(int(m[2]), _month_number(m[1]))
    if m := _WHOLE_YEAR.search(s):
        return Period.year(int(m[1]))
    return None


# -- reading the grid --------------------------------------------------------------------------
Cell = Any  # str | int | float | None (openpyxl also gives datetimes for badly typed cells)


def _read_grid(path: Path, data: bytes, name: str) -> tuple[list[list[Cell]], list[str]]:
    """The table as rows of cells, and warnings about what was not read."""
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(data, name)
    text = decode_text(data, name)
    return _read_csv(text), []


def _read_xlsx(data: bytes, name: str) -> tuple[list[list[Cell]], list[str]]:
    import zipfile

    import openpyxl  # deferred: only XLSX imports need it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError.one(
            f"cannot read the workbook ({exc}); expected an .xlsx file", file=name
        ) from None
    try:
        chosen: list[list[Cell]] | None = None
        sheet = ""
        warnings: list[str] = []
        for ws in wb.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            if chosen is None and _find_header(rows) is not None:
                chosen = rows
                sheet = ws.title
            elif any(c not in (None, "") for r in rows for c in r):
                warnings.append(f"{name}: sheet {ws.title!r} has no FSB table header; not read")
        if chosen is None:
            first = wb.worksheets[0] if wb.worksheets else None
            chosen = [list(r) for r in first.iter_rows(values_only=True)] if first else []
            sheet = first.title if first else ""
            warnings = []
        elif len(wb.worksheets) > 1:
            warnings.insert(0, f"{name}: read the table on sheet {sheet!r}")
    finally:
        wb.close()
    _refuse_uncomputed_formulas(data, name, sheet, chosen)
    return chosen, warnings


def _refuse_uncomputed_formulas(
    data: bytes, name: str, sheet: str, values: list[list[Cell]]
) -> None:
    """Raise InputError for formula cells saved without their result.

    A workbook written by a program that does not compute formulas stores "=B5+C5" with no
    value; read for its values, such a cell looks empty, and an empty cell in an FSB table means
    a withheld figure. That would turn an unknown into a statement, so the cells are named and
    the import refused.
    """
    import zipfile

    import openpyxl
    from openpyxl.utils import get_column_letter

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        has_formulas = any(
            n.startswith("xl/worksheets/") and (b"<f>" in (x := zf.read(n)) or b"<f " in x)
            for n in zf.namelist()
        )
    if not has_formulas:
        return  # the common case: one read of the workbook is enough
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        if sheet not in wb.sheetnames:
            return
        problems = []
        for r, row in enumerate(wb[sheet].iter_rows(values_only=True), start=1):
            saved = values[r - 1] if r <= len(values) else []
            for c, formula in enumerate(row, start=1):
                value = saved[c - 1] if c <= len(saved) else None
                if value is None and isinstance(formula, str) and formula.startswith("="):
                    col = get_column_letter(c)
                    problems.append(
                        InputProblem(
                            f"cell {col}{r} on sheet {sheet!r} holds the formula {formula[:40]!r} "
                            "with no saved result; expected a number (open the file in a "
                            "spreadsheet program and save it, or export the sheet as CSV)",
                            name,
                            r,
                            col,
                        )
                    )
        if problems:
            raise InputError(problems)
    finally:
        wb.close()


def _read_csv(text: str) -> list[list[Cell]]:
    """Rows split on ``;`` or ``,``: whichever gives the most rows of one common width wins."""
    best: list[list[Cell]] = []
    best_score = -1
    for delim in (";", ",", "\t"):
        rows: list[list[Cell]] = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delim)]
        widths: dict[int, int] = {}
        for r in rows:
            w = len(r)
            while w and not str(r[w - 1]).strip():
                w -= 1  # trailing empty cells do not count towards the shape
            if w >= 2:
                widths[w] = widths.get(w, 0) + 1
        score = max(widths.values(), default=0)
        if score > best_score:
            best, best_score = rows, score
    return best


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _find_header(rows: Sequence[Sequence[Cell]]) -> int | None:
    lay = layout()
    for i, row in enumerate(rows[:_MAX_HEADER_ROW]):
        if any(isinstance(c, str) and header_key(c) in lay.country_column for c in row):
            return i
    return None


def _column_letter(i: int) -> str:
    s = ""
    n = i + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    header: str
    purpose: str

    @property
    def name(self) -> str:
        return f"{self.header} ({_column_letter(self.index)})"


# -- the importer ----------------------------------------------------------------------------------
def parse_fsb(
    path: Path,
    *,
    period: Period | None = None,
    publisher: str | None = None,
    source_url: str | None = None,
    skip_unknown_countries: bool = False,
) -> ParsedFile:
    """Read an FSB-layout table strictly; every problem is collected and any problem aborts.

    ``period`` overrides (or supplies) the period in the title lines; ``publisher`` defaults to
    the FSB Border Service. The source key is the publisher and period, so a changed table for
    the same period becomes a new vintage of it.
    """
    name = str(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError.one(
            "file is empty; expected an FSB table (title, header, country rows)", file=name
        )
    rows, warnings = _read_grid(path, data, name)
    lay = layout()
    problems: list[InputProblem] = []

    h = _find_header(rows)
    if h is None:
        raise InputError.one(
            f"no header row with a country column found in the first {_MAX_HEADER_ROW} rows; "
            "expected a cell «Страна» (or «Гражданство») followed by purpose columns "
            "(«Всего», «Учеба», «Работа», ...)",
            file=name,
        )

    # Title lines above the header carry the period.
    label_period: Period | None = None
    label_text = ""
    for row in rows[:h]:
        title = " ".join(_text(c) for c in row if _text(c))
        if title and (p := parse_period_label(title)) is not None:
            label_period, label_text = p, title
            break
    if period is not None:
        if label_period is not None and label_period != period:
            warnings.append(
                f"{name}: the title says {label_period.label} («{label_text}»); "
                f"--period {period.label} was used instead"
            )
        label_period = period
    if label_period is None:
        titles = "; ".join(
            f"«{t}»" for row in rows[:h] if (t := " ".join(_text(c) for c in row if _text(c)))
        )
        problems.append(
            InputProblem(
                "no period found in the title lines"
                + (f" ({titles})" if titles else "")
                + "; expected a label like «за январь-сентябрь 2024 г.», «I квартал 2024 г.» or "
                "«2024 год», or give --period (e.g. 2024-01..2024-09)",
                file=name,
                row=1 if not titles else None,
            )
        )

    # Header: one row, or two when a group cell («Цель поездки») spans the purposes.
    header = [_text(c) for c in rows[h]]
    data_start = h + 1
    if h + 1 < len(rows):
        below = [_text(c) for c in rows[h + 1]]
        spans_group = any(header_key(c) in lay.group_headers for c in header if c)
        below_is_header = any(header_key(c) in lay.purposes for c in below if c) and not any(
            _looks_numeric(c) for c in below if c
        )
        if spans_group or below_is_header:
            width = max(len(header), len(below))
            top = header + [""] * (width - len(header))
            below += [""] * (width - len(below))
            header = [b or t for t, b in zip(top, below, strict=True)]
            data_start = h + 2
    # A row of column numbers («А | 1 | 2 | 3 ...») under the header, as Russian forms have.
    if data_start < len(rows) and _is_numbering(rows[data_start]):
        data_start += 1

    country_col: int | None = None
    columns: list[_Column] = []
    seen_purpose: dict[str, _Column] = {}
    unnamed: list[int] = []
    for i, cell in enumerate(header):
        k = header_key(cell)
        if not cell:
            unnamed.append(i)
            continue
        if k in lay.country_column and country_col is None:
            country_col = i
        elif k in lay.purposes:
            col = _Column(i, cell.replace("\n", " "), lay.purposes[k])
            if col.purpose in seen_purpose:
                problems.append(
                    InputProblem(
                        f"a second column for purpose {col.purpose!r} (the first is "
                        f"{seen_purpose[col.purpose].name}); expected each purpose once",
                        file=name,
                        row=h + 1,
                        column=col.name,
                    )
                )
                continue
            seen_purpose[col.purpose] = col
            columns.append(col)
        elif k in lay.ignored_columns or k in lay.group_headers:
            continue
        else:
            known = ", ".join(lay.expected_headers)
            problems.append(
                InputProblem(
                    f"unknown header {cell!r}; expected one of {known} "
                    "(case, «ё» and spacing may vary)",
                    file=name,
                    row=h + 1,
                    column=f"{cell} ({_column_letter(i)})",
                )
            )
    assert country_col is not None  # _find_header found it
    country_name = f"{header[country_col]} ({_column_letter(country_col)})"
    if not columns and not problems:
        problems.append(
            InputProblem(
                "the header has no purpose columns; expected at least one of «Всего», «Учеба», "
                "«Работа», «Деловая», ...",
                file=name,
                row=h + 1,
            )
        )

    pub = publisher or DEFAULT_PUBLISHER
    source_key = f"fsb:{pub}:{label_period.label}" if label_period else f"fsb:{pub}:?"
    parsed = ParsedFile(
        path=name,
        format="fsb",
        source_key=source_key,
        sha256=hashlib.sha256(data).hexdigest(),
        publisher=pub,
        source_url=source_url,
        warnings=warnings,
    )
    provenance = Provenance(
        publisher=pub,
        reporter=pub,
        outlet=pub,
        chain=(pub,),
        url=source_url,
        primary=True,
    )
    seen_country: dict[str, int] = {}
    for r in range(data_start, len(rows)):
        row = rows[r]
        line = r + 1
        label = _text(row[country_col]) if country_col < len(row) else ""
        values = {col: (row[col.index] if col.index < len(row) else None) for col in columns}
        if not label:
            stray = [_column_letter(i) for i, c in enumerate(row) if _text(c) and i != country_col]
            if stray:
                problems.append(
                    InputProblem(
                        f"figures in column(s) {', '.join(stray)} but no country name; "
                        "expected the country in the country column",
                        file=name,
                        row=line,
                        column=country_name,
                    )
                )
            continue
        if label.casefold().startswith(lay.note_prefixes):
            parsed.warnings.append(
                f"{name}, row {line}: note under the table, not read: «{label[:80]}»"
            )
            continue
        key = header_key(label.rstrip("*¹²³⁴⁵⁶⁷⁸⁹⁰ "))
        if key in lay.total_rows or key.startswith(lay.total_row_prefixes):
            parsed.warnings.append(
                f"{name}, row {line}: «{label}» is a totals or group row, not a country; skipped"
            )
            continue
        if key in lay.non_country_rows:
            parsed.warnings.append(
                f"{name}, row {line}: «{label}» has no ISO 3166 country code; skipped"
            )
            continue
        code = country_code(label.rstrip("*¹²³⁴⁵⁶⁷⁸⁹⁰ "))
        if code is None:
            problem = InputProblem(
                f"unknown country {label!r}; expected a country name of the ОКСМ classifier "
                "(e.g. «Корея, Народно-Демократическая Республика», «КНДР», «Китай»); "
                "--skip-unknown-countries imports the rest",
                file=name,
                row=line,
                column=country_name,
            )
            (parsed.skipped if skip_unknown_countries else problems).append(problem)
            continue
        if code in seen_country:
            problems.append(
                InputProblem(
                    f"{label!r} is {code}, already given in row {seen_country[code]}; expected one "
                    "row per country",
                    file=name,
                    row=line,
                    column=country_name,
                )
            )
            continue
        seen_country[code] = line
        for col, value in values.items():
            try:
                count = _count(value)
            except ValueError as exc:
                problems.append(InputProblem(str(exc), file=name, row=line, column=col.name))
                continue
            if problems or label_period is None:
                continue  # keep checking, but build nothing once the file is known to be bad
            parsed.observations.append(
                Observation(
                    origin=code,
                    destination=DESTINATION,
                    purpose=col.purpose,
                    period=label_period,
                    count=count,
                    qualifier=Qualifier.EXACT if count is not None else Qualifier.WITHHELD,
                    provenance=provenance,
                    source_key=source_key,
                    row=line,
                )
            )
    if problems:
        raise InputError(problems)
    if not parsed.observations and not parsed.skipped:
        raise InputError.one(
            "the table has a header but no country rows; expected one row per country",
            file=name,
            row=data_start + 1,
        )
    return parsed


def _looks_numeric(text: str) -> bool:
    try:
        parse_count(text)
    except ValueError:
        return False
    return True


def _is_numbering(row: Sequence[Cell]) -> bool:
    """«А | 1 | 2 | 3 ...»: the column numbers Russian statistical forms print under a header."""
    cells = [_text(c) for c in row]
    if not cells or cells[0] not in ("", "А", "A", "1", "0"):
        return False
    nums = [c for c in cells[1:] if c]
    if len(nums) < 2 or not all(c.isdigit() for c in nums):
        return False
    ints = [int(c) for c in nums]
    return ints == list(range(ints[0], ints[0] + len(ints))) and ints[0] <= 2


def _count(cell: Cell) -> int | None:
    """A whole, non-negative number of entries; None when the publisher left the cell blank."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ValueError(f"expected a whole number of entries, found {cell!r}")
    if isinstance(cell, int):
        if cell < 0:
            raise ValueError(f"negative count {cell}; counts of entries cannot be negative")
        return cell
    if isinstance(cell, float):
        if not cell.is_integer():
            raise ValueError(f"expected a whole number of entries, found {cell!r}")
        if cell < 0:
            raise ValueError(f"negative count {int(cell)}; counts of entries cannot be negative")
        return int(cell)
    s = str(cell).strip()
    if s in _BLANK:
        return None
    return parse_count(s)
