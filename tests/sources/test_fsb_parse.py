"""The FSB-layout importer: period labels, headers, cells, totals rows, provenance and bad input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fsb_tables import table, write_csv, write_xlsx

from sanctionwatch.errors import InputError
from sanctionwatch.model import Period, PeriodKind, Qualifier
from sanctionwatch.sources.fsb import parse_fsb, parse_period_label

HEADER = ["Страна", "Всего", "Деловая", "Учеба", "Работа", "Обслуживающий персонал"]
TITLE = (
    "Сведения о въезжающих в Российскую Федерацию иностранных гражданах за январь-сентябрь 2024 г."
)


def _parse(
    path: Path, period: Period | None = None, publisher: str | None = None, skip: bool = False
) -> dict[tuple[str, str], tuple[int | None, Qualifier]]:
    parsed = parse_fsb(
        path, period=period, publisher=publisher, source_url=None, skip_unknown_countries=skip
    )
    return {(o.origin, o.purpose): (o.count, o.qualifier) for o in parsed.observations}


def _problems(exc: pytest.ExceptionInfo[InputError]) -> list[tuple[int | None, str | None, str]]:
    return [(p.row, p.column, p.message) for p in exc.value.problems]


# -- period labels -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("за январь-сентябрь 2024 г.", "2024-01..2024-09", PeriodKind.YTD),
        ("за январь - сентябрь 2024 г.", "2024-01..2024-09", PeriodKind.YTD),
        ("за январь – сентябрь 2024 года", "2024-01..2024-09", PeriodKind.YTD),
        ("ЗА ЯНВАРЬ—СЕНТЯБРЬ 2024 Г.", "2024-01..2024-09", PeriodKind.YTD),
        ("за январь\u00a0–\u00a0июнь 2024\u00a0г.", "2024-01..2024-06", PeriodKind.YTD),
        ("в январе-сентябре 2024 года", "2024-01..2024-09", PeriodKind.YTD),
        ("с января по июнь 2023 г.", "2023-01..2023-06", PeriodKind.YTD),
        ("январь – март 2024", "2024-Q1", PeriodKind.QUARTER),
        ("за январь-декабрь 2023 г.", "2023", PeriodKind.YEAR),
        ("апрель-июнь 2024 г.", "2024-Q2", PeriodKind.QUARTER),
        ("I квартал 2025 г.", "2025-Q1", PeriodKind.QUARTER),
        ("за III квартал 2024 года", "2024-Q3", PeriodKind.QUARTER),
        ("за 2-й квартал 2024 г.", "2024-Q2", PeriodKind.QUARTER),
        ("за 1 полугодие 2024 г.", "2024-01..2024-06", PeriodKind.YTD),
        ("за 9 месяцев 2024 года", "2024-01..2024-09", PeriodKind.YTD),
        ("за сентябрь 2024 г.", "2024-09", PeriodKind.MONTH),
        ("май 2024", "2024-05", PeriodKind.MONTH),
        ("2024 год", "2024", PeriodKind.YEAR),
        ("Въезд иностранных граждан за 2023 г.", "2023", PeriodKind.YEAR),
    ],
)
def test_period_labels(text: str, label: str, kind: PeriodKind) -> None:
    p = parse_period_label(text)
    assert p is not None and p.label == label and p.kind == kind


@pytest.mark.parametrize(
    "text", ["Сведения о въезжающих иностранных гражданах", "по состоянию на 01.10.2024", ""]
)
def test_no_period_label(text: str) -> None:
    assert parse_period_label(text) is None


def test_jan_sep_is_the_ytd_period() -> None:
    assert parse_period_label(TITLE) == Period.months(2024, 1, 2024, 9)


# -- reading tables -----------------------------------------------------------------------------
BODY = [
    ["Всего", "1 234 567", "200 000", "90 000", "80 000", "40 000"],
    ["Корея, Народно-Демократическая Республика", "7 771", "2 900", "4 135", "-", "…"],
    ["Китай", "1\u00a0204\u00a0315", "100\u00a0000", "12 000", "...", ""],
    ["Страны СНГ", "900 000", "1", "2", "3", "4"],
    ["Вьетнам", "0", "0", "0", "0", "0"],
]


@pytest.mark.parametrize(
    "write",
    [
        lambda p, rows: write_csv(p / "t.csv", rows, encoding="cp1251", delimiter=";"),
        lambda p, rows: write_csv(p / "t.csv", rows, encoding="utf-8", delimiter=","),
        lambda p, rows: write_csv(p / "t.csv", rows, encoding="utf-8-sig", delimiter=";"),
        lambda p, rows: write_xlsx(p / "t.xlsx", rows),
    ],
    ids=["cp1251-semicolon", "utf8-comma", "utf8bom-semicolon", "xlsx"],
)
def test_formats_read_alike(tmp_path: Path, write: Any) -> None:
    path = write(tmp_path, table(TITLE, HEADER, BODY))
    got = _parse(path)
    assert got[("KP", "total")] == (7771, Qualifier.EXACT)
    assert got[("KP", "study")] == (4135, Qualifier.EXACT)
    assert got[("KP", "work")] == (None, Qualifier.WITHHELD)
    assert got[("KP", "service_personnel")] == (None, Qualifier.WITHHELD)
    assert got[("CN", "total")] == (1204315, Qualifier.EXACT)
    assert got[("CN", "business")] == (100000, Qualifier.EXACT)
    assert got[("CN", "work")] == (None, Qualifier.WITHHELD)
    assert got[("CN", "service_personnel")] == (None, Qualifier.WITHHELD)
    assert got[("VN", "study")] == (0, Qualifier.EXACT)  # a published zero stays a zero
    # totals and group rows are not countries
    assert {o for o, _ in got} == {"KP", "CN", "VN"}
    assert len(got) == 3 * 5


def test_xlsx_numbers_and_blank_cells(tmp_path: Path) -> None:
    rows = table(TITLE, HEADER, [["КНДР", 7771, 2900.0, 4135, None, "-"]])
    got = _parse(write_xlsx(tmp_path / "t.xlsx", rows))
    assert got[("KP", "business")] == (2900, Qualifier.EXACT)
    assert got[("KP", "work")] == (None, Qualifier.WITHHELD)


def test_xlsx_formula_without_a_saved_result_is_refused_not_read_as_withheld(
    tmp_path: Path,
) -> None:
    # openpyxl saves formulas without computing them, as some export scripts do
    rows = table(TITLE, HEADER, [["КНДР", "=C4+D4", 2900, 4135, None, "-"]])
    with pytest.raises(InputError) as exc:
        _parse(write_xlsx(tmp_path / "t.xlsx", rows))
    ((row, column, message),) = _problems(exc)
    assert (row, column) == (4, "B")
    assert "=C4+D4" in message and "no saved result" in message


def test_xlsx_formula_with_a_saved_result_is_read(tmp_path: Path) -> None:
    import openpyxl

    path = write_xlsx(tmp_path / "t.xlsx", table(TITLE, HEADER, [["КНДР", 7035, 2900, 4135, 0, 0]]))
    # write the formula and its saved result as a spreadsheet program does: <f> and <v>
    import zipfile

    src = zipfile.ZipFile(path)
    parts = {n: src.read(n) for n in src.namelist()}
    src.close()
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<v>7035</v>", b"<f>C4+D4</f><v>7035</v>")
    assert b"<f>" in parts[sheet]
    with zipfile.ZipFile(path, "w") as dst:
        for n, b in parts.items():
            dst.writestr(n, b)
    assert openpyxl.load_workbook(path, data_only=False).active["B4"].value == "=C4+D4"
    assert _parse(path)[("KP", "total")] == (7035, Qualifier.EXACT)


def test_totals_and_group_rows_are_listed_in_warnings(tmp_path: Path) -> None:
    body = [
        *BODY,
        ["Итого", "1", "1", "1", "1", "1"],
        ["Всего иностранных граждан", "1", "", "", "", ""],
    ]
    parsed = parse_fsb(
        write_csv(tmp_path / "t.csv", table(TITLE, HEADER, body)),
        period=None,
        publisher=None,
        source_url=None,
        skip_unknown_countries=False,
    )
    skipped = [w for w in parsed.warnings if "totals or group row" in w]
    assert len(skipped) == 4
    assert any("«Страны СНГ»" in w and "row 7" in w for w in skipped)
    assert any("«Всего»" in w and "row 4" in w for w in skipped)


def test_missing_purpose_columns_are_absent_not_zero(tmp_path: Path) -> None:
    # The 2025 tables dropped «Учеба» and «Работа».
    header = ["Страна", "Всего", "Деловая", "Туризм"]
    got = _parse(write_csv(tmp_path / "t.csv", table(TITLE, header, [["КНДР", "295", "100", "5"]])))
    assert set(got) == {("KP", "total"), ("KP", "business"), ("KP", "tourism")}


@pytest.mark.parametrize(
    ("header", "purpose"),
    [
        ("Всего", "total"),
        ("Служебная", "official"),
        ("Деловая", "business"),
        ("Туризм", "tourism"),
        ("Частная", "private"),
        ("Учеба", "study"),
        ("Учёба", "study"),
        ("УЧЁБА", "study"),
        ("  учеба ", "study"),
        ("Работа", "work"),
        ("Транзит", "transit"),
        ("ПМЖ", "permanent_residence"),
        ("пмж", "permanent_residence"),
        ("Обслуживающий персонал", "service_personnel"),
        ("Обслуживающий\nперсонал", "service_personnel"),
        ("Обслужи-\nвающий  персонал", "service_personnel"),
        ("ОБСЛУЖИВАЮЩИЙ ПЕРСОНАЛ", "service_personnel"),
    ],
)
def test_header_variants(tmp_path: Path, header: str, purpose: str) -> None:
    rows = table(TITLE, ["страна", header], [["КНДР", "12"]])
    assert _parse(write_csv(tmp_path / "t.csv", rows)) == {("KP", purpose): (12, Qualifier.EXACT)}


@pytest.mark.parametrize(
    "country_header", ["Страна", "Страны", "Гражданство", "СТРАНА ГРАЖДАНСТВА"]
)
def test_country_column_variants(tmp_path: Path, country_header: str) -> None:
    rows = table(TITLE, [country_header, "Всего"], [["КНДР", "12"]])
    assert _parse(write_csv(tmp_path / "t.csv", rows)) == {("KP", "total"): (12, Qualifier.EXACT)}


def test_two_row_header_and_numbering_row(tmp_path: Path) -> None:
    rows = [
        [TITLE],
        ["Страна", "Всего", "Цель поездки", "", ""],
        ["", "", "Служебная", "Учеба", "Транзит"],
        ["А", "1", "2", "3", "4"],
        ["КНДР", "100", "1", "2", "3"],
    ]
    got = _parse(write_xlsx(tmp_path / "t.xlsx", rows))
    assert got == {
        ("KP", "total"): (100, Qualifier.EXACT),
        ("KP", "official"): (1, Qualifier.EXACT),
        ("KP", "study"): (2, Qualifier.EXACT),
        ("KP", "transit"): (3, Qualifier.EXACT),
    }


def test_provenance_and_source_key(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", table(TITLE, HEADER, BODY))
    parsed = parse_fsb(
        path,
        period=None,
        publisher=None,
        source_url="https://fedstat.ru/x",
        skip_unknown_countries=False,
    )
    assert parsed.format == "fsb"
    assert parsed.source_key == "fsb:FSB Border Service:2024-01..2024-09"
    o = next(o for o in parsed.observations if (o.origin, o.purpose) == ("KP", "study"))
    assert (o.destination, o.measure, o.unit, o.row) == ("RU", "entries", "entries", 5)
    assert o.period == Period.months(2024, 1, 2024, 9) and o.period.kind == PeriodKind.YTD
    p = o.provenance
    assert p.primary is True
    assert (p.publisher, p.reporter, p.outlet, p.chain, p.url) == (
        "FSB Border Service",
        "FSB Border Service",
        "FSB Border Service",
        ("FSB Border Service",),
        "https://fedstat.ru/x",
    )
    other = parse_fsb(
        path, period=None, publisher="ЕМИСС", source_url=None, skip_unknown_countries=False
    )
    assert other.source_key == "fsb:ЕМИСС:2024-01..2024-09"
    assert other.observations[0].provenance.reporter == "ЕМИСС"


def test_period_option_supplies_and_overrides(tmp_path: Path) -> None:
    untitled = write_csv(tmp_path / "u.csv", table(None, HEADER, BODY))
    p = Period.parse("2024-01..2024-06")
    parsed = parse_fsb(
        untitled, period=p, publisher=None, source_url=None, skip_unknown_countries=False
    )
    assert {o.period for o in parsed.observations} == {p}
    titled = write_csv(tmp_path / "t.csv", table(TITLE, HEADER, BODY))
    parsed = parse_fsb(
        titled, period=p, publisher=None, source_url=None, skip_unknown_countries=False
    )
    assert {o.period for o in parsed.observations} == {p}
    assert any(
        "2024-01..2024-09" in w and "--period 2024-01..2024-06" in w for w in parsed.warnings
    )


def test_notes_under_the_table(tmp_path: Path) -> None:
    body = [
        ["КНДР", "12", "", "", "", ""],
        ["* данные уточняются", "", "", "", "", ""],
        ["Примечание: учитываются поездки, а не лица"],
    ]
    parsed = parse_fsb(
        write_csv(tmp_path / "t.csv", table(TITLE, HEADER, body)),
        period=None,
        publisher=None,
        source_url=None,
        skip_unknown_countries=False,
    )
    assert {o.origin for o in parsed.observations} == {"KP"}
    assert sum("note under the table" in w for w in parsed.warnings) == 2


def test_non_iso_rows_are_skipped_with_a_warning(tmp_path: Path) -> None:
    body = [
        ["Абхазия", "5", "", "", "", ""],
        ["Лица без гражданства", "7", "", "", "", ""],
        ["КНДР", "1", "", "", "", ""],
    ]
    parsed = parse_fsb(
        write_csv(tmp_path / "t.csv", table(TITLE, HEADER, body)),
        period=None,
        publisher=None,
        source_url=None,
        skip_unknown_countries=False,
    )
    assert {o.origin for o in parsed.observations} == {"KP"}
    assert sum("no ISO 3166 country code" in w for w in parsed.warnings) == 2


# -- bad input ------------------------------------------------------------------------------------
def test_unknown_header_names_the_column(tmp_path: Path) -> None:
    rows = table(TITLE, ["Страна", "Всего", "Лечение"], [["КНДР", "1", "2"]])
    with pytest.raises(InputError) as exc:
        parse_fsb(
            write_csv(tmp_path / "t.csv", rows),
            period=None,
            publisher=None,
            source_url=None,
            skip_unknown_countries=False,
        )
    [(row, column, message)] = _problems(exc)
    assert row == 3 and column == "Лечение (C)" and "unknown header 'Лечение'" in message
    assert str(tmp_path / "t.csv") in str(exc.value)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    body = [
        ["КНДР", "12", "x", "1", "2", "3"],
        ["Нарния", "1", "1", "1", "1", "1"],
        ["Китай", "-5", "1", "1,5", "2", "3"],
        ["КНДР", "1", "1", "1", "1", "1"],
    ]
    path = write_csv(tmp_path / "bad.csv", table(TITLE, HEADER, body))
    with pytest.raises(InputError) as exc:
        parse_fsb(path, period=None, publisher=None, source_url=None, skip_unknown_countries=False)
    probs = _problems(exc)
    assert (4, "Деловая (C)") in [(r, c) for r, c, _ in probs]
    assert any(
        r == 5 and c == "Страна (A)" and "unknown country 'Нарния'" in m for r, c, m in probs
    )
    assert any(r == 6 and c == "Всего (B)" and "negative" in m for r, c, m in probs)
    assert any(r == 6 and c == "Учеба (D)" and "whole number" in m for r, c, m in probs)
    assert any(r == 7 and "already given in row 4" in m for r, _, m in probs)
    assert len(probs) == 5
    assert all(p.file == str(path) for p in exc.value.problems)


def test_missing_period(tmp_path: Path) -> None:
    rows = table("Сведения о въезжающих иностранных гражданах", HEADER, BODY)
    with pytest.raises(InputError) as exc:
        parse_fsb(
            write_csv(tmp_path / "t.csv", rows),
            period=None,
            publisher=None,
            source_url=None,
            skip_unknown_countries=False,
        )
    [(_, _, message)] = _problems(exc)
    assert "no period found" in message and "--period" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "file not found"),
        (b"", "empty"),
        (b"PK\x03\x04 not really a workbook", "cannot read the workbook"),
        (b"\x00\x01\x02\xff\xfe" * 50, "binary"),
        ("Заголовок\nодна строка без таблицы\n".encode(), "no header row"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes | None, expected: str) -> None:
    path = tmp_path / "t.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        parse_fsb(path, period=None, publisher=None, source_url=None, skip_unknown_countries=False)
    assert expected in str(exc.value) and str(path) in str(exc.value)


def test_skip_unknown_countries(tmp_path: Path) -> None:
    body = [["Нарния", "1", "1", "1", "1", "1"], ["КНДР", "2", "", "", "", ""]]
    path = write_csv(tmp_path / "t.csv", table(TITLE, HEADER, body))
    parsed = parse_fsb(
        path, period=None, publisher=None, source_url=None, skip_unknown_countries=True
    )
    assert {o.origin for o in parsed.observations} == {"KP"}
    [s] = parsed.skipped
    assert s.row == 4 and "Нарния" in s.message


def test_a_row_left_blank_is_withheld_in_every_present_column(tmp_path: Path) -> None:
    # From the second quarter of 2025 the FSB left the DPRK row blank.
    header = ["Страна", "Всего", "Деловая", "Туризм"]
    body = [["Корея, Народно-Демократическая Республика", "", "", ""], ["Китай", "5", "-", "…"]]
    got = _parse(write_csv(tmp_path / "t.csv", table("январь-июнь 2025 г.", header, body)))
    assert {k: v for k, v in got.items() if k[0] == "KP"} == {
        ("KP", "total"): (None, Qualifier.WITHHELD),
        ("KP", "business"): (None, Qualifier.WITHHELD),
        ("KP", "tourism"): (None, Qualifier.WITHHELD),
    }
    assert got[("CN", "total")] == (5, Qualifier.EXACT)
