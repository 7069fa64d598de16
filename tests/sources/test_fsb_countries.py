"""Country names as FSB tables write them (ОКСМ short and full names) resolve to ISO codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from fsb_tables import table, write_csv

from sanctionwatch.geo import country_code
from sanctionwatch.sources.fsb import parse_fsb

DPRK_FORMS = [
    "Корея, Народно-Демократическая Республика",
    "Корейская Народно-Демократическая Республика",
    "КНДР",
    "КОРЕЯ, НАРОДНО-ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА",
    "Корея,  Народно-Демократическая  Республика",
    "КНДР*",
]

# ОКСМ short names (and the full names and older forms that exports still carry).
OKSM = [
    ("Корея, Республика", "KR"),
    ("Республика Корея", "KR"),
    ("Китай", "CN"),
    ("Китайская Народная Республика", "CN"),
    ("Вьетнам", "VN"),
    ("Социалистическая Республика Вьетнам", "VN"),
    ("Узбекистан", "UZ"),
    ("Республика Узбекистан", "UZ"),
    ("Таджикистан", "TJ"),
    ("Киргизия", "KG"),
    ("Кыргызстан", "KG"),
    ("Киргизская Республика", "KG"),
    ("Казахстан", "KZ"),
    ("Беларусь", "BY"),
    ("Республика Беларусь", "BY"),
    ("Азербайджан", "AZ"),
    ("Азербайджанская Республика", "AZ"),
    ("Армения", "AM"),
    ("Грузия", "GE"),
    ("Туркменистан", "TM"),
    ("Туркмения", "TM"),
    ("Молдова, Республика", "MD"),
    ("Молдова", "MD"),
    ("Республика Молдова", "MD"),
    ("Украина", "UA"),
    ("Монголия", "MN"),
    ("Турция", "TR"),
    ("Индия", "IN"),
    ("Таиланд", "TH"),
    ("Германия", "DE"),
    ("Соединенное Королевство", "GB"),
    ("Соединённое Королевство", "GB"),
    ("Великобритания", "GB"),
    ("Соединенные Штаты", "US"),
    ("Соединенные Штаты Америки", "US"),
    ("Иран, Исламская Республика", "IR"),
    ("Исламская Республика Иран", "IR"),
    ("Венесуэла, Боливарианская Республика", "VE"),
    ("Боливия, Многонациональное Государство", "BO"),
    ("Танзания, Объединенная Республика", "TZ"),
    ("Конго, Демократическая Республика", "CD"),
    ("Конго", "CG"),
    ("Лаосская Народно-Демократическая Республика", "LA"),
    ("Сирийская Арабская Республика", "SY"),
    ("Микронезия, Федеративные Штаты", "FM"),
    ("Палестина, Государство", "PS"),
    ("Тайвань (Китай)", "TW"),
    ("Гонконг", "HK"),
    ("Гонконг (Китай)", "HK"),
    ("Макао", "MO"),
    ("Кот д'Ивуар", "CI"),
    ("Кот-д'Ивуар", "CI"),
    ("Северная Македония", "MK"),
    ("Республика Македония", "MK"),
    ("Чехия", "CZ"),
    ("Чешская Республика", "CZ"),
    ("Эсватини", "SZ"),
    ("Кабо-Верде", "CV"),
    ("Тимор-Лесте", "TL"),
    ("Папский Престол (Государство-город Ватикан)", "VA"),
    ("Эль-Сальвадор", "SV"),
    ("Сальвадор", "SV"),
    ("Бирма", "MM"),
    ("Мьянма", "MM"),
    ("Южная Африка", "ZA"),
    ("Объединенные Арабские Эмираты", "AE"),
    ("Бруней-Даруссалам", "BN"),
    ("Российская Федерация", "RU"),
    ("Ливийская Арабская Джамахирия", "LY"),
    ("Республика Ирак", "IQ"),
]


@pytest.mark.parametrize("name", DPRK_FORMS)
def test_dprk_forms_in_a_table(tmp_path: Path, name: str) -> None:
    rows = table("за январь-июнь 2024 г.", ["Страна", "Всего"], [[name, "2 508"]])
    parsed = parse_fsb(
        write_csv(tmp_path / "t.csv", rows, encoding="cp1251"),
        period=None,
        publisher=None,
        source_url=None,
        skip_unknown_countries=False,
    )
    [o] = parsed.observations
    assert (o.origin, o.count) == ("KP", 2508)


@pytest.mark.parametrize(("name", "code"), OKSM)
def test_oksm_names(name: str, code: str) -> None:
    assert country_code(name) == code


def test_a_table_of_many_countries(tmp_path: Path) -> None:
    names = [n for n, c in OKSM if c != "RU"]
    seen: dict[str, str] = {}
    body: list[list[str]] = []
    for n, c in OKSM:
        if c not in seen and c != "RU":  # one row per country in a table
            seen[c] = n
            body.append([n, str(len(body) + 1)])
    assert len(names) > len(body) > 40
    parsed = parse_fsb(
        write_csv(tmp_path / "t.csv", table("2024 год", ["Страна", "Всего"], body), delimiter=","),
        period=None,
        publisher=None,
        source_url=None,
        skip_unknown_countries=False,
    )
    assert {o.origin: o.count for o in parsed.observations} == {
        c: i + 1 for i, c in enumerate(seen)
    }
