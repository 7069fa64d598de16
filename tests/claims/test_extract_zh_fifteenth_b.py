"""Chinese forms met in blind round 65: Russia's border data named without the agency, the DPRK's
consulate in Vladivostok, a regional bureau named with its region."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 11, 20)


def _read(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.quantity, c.attribution) for c in extract_claims(text, lang="zh", doc_date=D)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's border data, as "Russian border data" in English
        (
            "俄方边防数据显示,今年第一季度朝鲜公民入境俄罗斯2150人次。",
            [(2150, "FSB Border Service")],
        ),
        ("俄边防统计:三季度以“工作”为目的入境的朝鲜公民仅12人次", [(12, "FSB Border Service")]),
        # not the two countries' border guards
        ("中俄边防合作会议上,双方通报今年朝鲜公民入境俄罗斯约3000人次。", [(3000, None)]),
    ],
)
def test_russian_border_data_is_the_border_services(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜驻符拉迪沃斯托克总领事馆表示,目前在滨海边疆区工作的朝鲜公民约有2000人。",
        "朝鮮駐海參崴總領事接受採訪時說,在當地大學就讀的朝鮮留學生約有300人。",
    ],
)
def test_the_dprk_consulate_in_vladivostok_is_named(text: str) -> None:
    assert [a for _, a in _read(text)] == ["DPRK Consulate General in Vladivostok"]


def test_a_regional_bureau_named_with_its_region_is_that_regions() -> None:
    # the other region the sentence names, in a part of its own, is not the bureau's
    text = "据阿穆尔州内务局统计,当地朝鲜务工人员约800人;滨海边疆区则超过5000人。"
    assert _read(text) == [(800, "MVD Amur Oblast"), (5000, None)]


def test_a_region_after_the_ministry_is_where_the_people_are() -> None:
    text = "据俄罗斯内务部统计,在哈巴罗夫斯克边疆区持有工作许可的朝鲜公民为1900人。"
    assert _read(text) == [(1900, "MVD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one official, named by the title, who speaks: not a count of one person
        ("哈巴罗夫斯克边疆区一位副州长接受采访时说,当地约有3000名朝鲜工人。", [3000]),
        ("阿穆尔州政府一名副主席表示,今年有400名朝鲜公民入境该州务工。", [400]),
        ("俄远东一所大学的一位副校长介绍,该校目前有朝鲜留学生120人。", [120]),
    ],
)
def test_one_official_named_by_title_is_who_speaks(text: str, expected: list[float]) -> None:
    assert [c.quantity for c in extract_claims(text, lang="zh", doc_date=D)] == expected


def _units(text: str) -> list[tuple[float | None, str, str]]:
    return [(c.quantity, c.unit, c.purpose) for c in extract_claims(text, lang="zh", doc_date=D)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who labour under a contract or permit they hold are workers
        (
            "截至10月1日,该州共有朝鲜公民3100人,其中持工作许可务工的2650人。",
            [(3100, "persons", "total"), (2650, "workers", "work")],
        ),
        # those who study in a place are students, with no noun but the counter
        (
            "截至10月1日,该州共有朝鲜公民3100人,其中在当地大学就读的约400人。",
            [(3100, "persons", "total"), (400, "students", "study")],
        ),
        ("目前在俄罗斯学习的朝鲜人约有700人。", [(700, "students", "study")]),
        # but who came to work or study are entrants, people
        ("今年持工作签证入境务工的朝鲜公民有350人。", [(350, "persons", "work")]),
        ("今年赴俄留学的共有900多人。", [(900, "persons", "study")]),
    ],
)
def test_who_work_or_study_in_a_place_are_workers_or_students(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _units(text) == expected


def test_workers_after_a_breakdown_take_no_stock_day() -> None:
    # the breakdown of a stock on a day, then another region's workers: an estimate of its own
    text = (
        "截至9月1日,本州共有朝鲜公民5200人,其中持劳动合同务工的4300人,在高校就读的800人。"
        "据当地官员估计,邻近的犹太自治州朝鲜务工人员约600人。"
    )
    claims = extract_claims(text, lang="zh", doc_date=D)
    assert [(c.quantity, c.period) for c in claims] == [
        (5200, "2025-09-01"),
        (4300, "2025-09-01"),
        (800, "2025-09-01"),
        (600, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # military builders are troops, as "군사 건설인력" is
        "据报道,另有约4000名军事建设人员将于明年抵达库尔斯克州。",
        "乌克兰方面称,朝鲜还有2000名建筑兵在俄境内。",
    ],
)
def test_military_builders_are_troops(text: str) -> None:
    assert [(c.unit, c.purpose) for c in extract_claims(text, lang="zh", doc_date=D)] == [
        ("troops", "troops")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent since a month of a named year: a stock, with no period (as "10月以来")
        ("朝鲜自2024年11月以来已陆续向俄罗斯派遣约1.2万名士兵。", None),
        ("据估计,2024年10月起朝鲜向俄罗斯派出的兵力约为1.4万人。", None),
        # sent in that month: that month's
        ("朝鲜2024年10月向俄罗斯派遣约1.1万名士兵。", "2024-10"),
    ],
)
def test_troops_sent_since_a_month_of_a_year_have_no_period(
    text: str, expected: str | None
) -> None:
    assert [c.period for c in extract_claims(text, lang="zh", doc_date=D)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school's whole intake, of every nationality: not a flow
        ("朝鲜留学生约300人。俄太平洋国立大学今年招收新生约3800名,学费有所上涨。", [300]),
        ("朝鲜留学生约300人。该校今年共录取了约5200名本科新生。", [300]),
        # the watched nationals named in the intake
        ("该校今年招收朝鲜新生约80名。", [80]),
        ("该校今年录取了约60名朝鲜新生。", [60]),
    ],
)
def test_a_schools_whole_intake_is_no_flow(text: str, expected: list[float]) -> None:
    assert [c.quantity for c in extract_claims(text, lang="zh", doc_date=D)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running count said of a period alone counts what the figure before counts
        (
            "今年第二季度以“学习”为目的入境俄罗斯的朝鲜公民达2210人次,多为本科生;"
            "今年上半年累计4105人次。",
            ["study", "study"],
        ),
        # the year before its part ("今年前三季度") is still only a period
        (
            "第三季度以“工作”为目的入境俄罗斯的朝鲜公民仅35人次,今年前三季度为80人次。",
            ["work", "work"],
        ),
        # after parts of several purposes, the running count is all of them
        (
            "二季度以“学习”为目的入境的朝鲜公民2210人次,以“公务”为目的的310人次;"
            "今年上半年累计5320人次。",
            ["study", "official", "total"],
        ),
    ],
)
def test_a_running_count_said_of_a_period_alone(text: str, expected: list[str]) -> None:
    assert [c.purpose for c in extract_claims(text, lang="zh", doc_date=D)] == expected
