"""Comparisons stated with a number: ratios ("twelvefold", "12-fold", "в 12 раз", "12배",
"增长12倍",
"doubled"), percentage changes ("up 40%", "на 40%"), differences ("declined by 18,533"), and
records ("the highest since 2012", "2010년 후 최대", "12년 만에 최고") with their baseline period.

Patterns are per language and anchored on the comparison marker; the number inside is parsed by
``numbers``. Each match also reports the span of its baseline phrase ("from 2022", "전년(1117명)의",
"2023년의 1천 117명보다") so that a figure inside it is read as the baseline, not the claim.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from sanctionwatch.claims import lexicon
from sanctionwatch.claims.numbers import find_numbers
from sanctionwatch.claims.periods import EN_MONTH, RU_MONTH, YEAR


class ComparisonMention(NamedTuple):  # a tuple: built by the thousand, cheap to make
    start: int
    end: int  # span of the marker with its number ("twelvefold", "в 12 раз", "12배")
    kind: str  # ratio | percent_change | difference | rank | record
    value: float | None
    baseline_year: int | None = None  # an explicit year ("from 2022", "since 2012")
    baseline_offset: int | None = None  # relative to the claim's period ("previous year" -> -1)
    baseline_span: tuple[int, int] | None = None  # where the baseline is stated
    consumed: tuple[int, int] | None = None  # span of the number that belongs to the comparison
    # "last": the baseline phrase names a year relative to the document ("than last year", "较去年")
    baseline_relative_to_doc: bool = False
    # the period just before the claim's ("the previous quarter", "직전 분기보다", "环比"): the
    # previous quarter or month
    baseline_previous_period: bool = False
    # "the same period of 2024": the baseline is the claim's own period moved to that year
    baseline_same_period: bool = False
    # "compared with the third quarter": that quarter, of the year given or the claim's year
    baseline_quarter: int | None = None
    # a record low ("the lowest since 2022", «минимум с 2020 года"): counted from the bottom
    lowest: bool = False


_NUM_EN = r"(?P<n>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)"
_UP_EN = r"(?:up|rose|risen|increased|grew|grown|jumped|surged|climbed|soared|skyrocketed|rocketed|spiked|an increase of|a rise of|a jump of|a surge of|a leap of|a spike of|growth of|more)"  # noqa: E501
_DOWN_EN = r"(?:down|fell|fallen|decreased|declined|dropped|plunged|plummeted|slumped|tumbled|sank|dipped|slipped|slid|eased|collapsed|shrank|a decrease of|a drop of|a decline of|a fall of|a collapse of|a plunge of|a slump of|a reduction of|fewer|less)"  # noqa: E501
# ("up a modest 4%", "down a mere 3%": an adjective of size may stand before the figure)
_HEDGE_EN = (
    r"(?:a\s+(?:modest|mere|further|slight|massive|whopping|staggering|hefty|sharp)\s+)?"
    r"(?:(?:about|nearly|almost|some|roughly|around|over|more than)\s+|~\s*)?"
)

# Korean/Chinese people counts inside a difference ("1천575", "2천", "1.2万", "600")
_KO_NUM = r"\d+(?:[.,]\d+)?(?:\s?[만천백]\s?\d*)*"
# a Korean percentage may group its thousands with commas ("전년 동기 대비 2,700% 가까이
# 늘었다": 2700, not the 700 after the comma)
_KO_PCT = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ZH_NUM = r"\d[\d,]*(?:\.\d+)?(?:\s?[万萬千百]\d*)*|[一二两兩三四五六七八九十百千万萬]+"

_FRACTIONS = {
    "четверть": 25.0,
    "треть": 33.3,
    "половину": 50.0,
    "пятую часть": 20.0,
    "десятую часть": 10.0,
    "一半": 50.0,
    "third": 33.3,
    "quarter": 25.0,
    "fifth": 20.0,
    "tenth": 10.0,
}
# «в полтора раза»: one and a half times (not a number of people anywhere else)
_RATIO_WORDS = {"полтора": 1.5, "полторы": 1.5}
_MULT_WORDS = {
    "doubled": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "doubling": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "tripling": 3.0,
    "quadrupled": 4.0,
    "twice": 2.0,
    "half": 0.5,
    "halved": 0.5,
    "절반": 0.5,
    "一半": 0.5,
    "вдвое": 2.0,
    "втрое": 3.0,
    "вчетверо": 4.0,
    "впятеро": 5.0,
    "вдесятеро": 10.0,
    "удвоил": 2.0,
    "утроил": 3.0,
    "учетверил": 4.0,
    "翻了一番": 2.0,
    "翻一番": 2.0,
    "翻倍": 2.0,
    "翻番": 2.0,
    "翻了一倍": 2.0,
    "翻两番": 4.0,
    "翻了两番": 4.0,
    "翻兩番": 4.0,
    "翻了兩番": 4.0,
    # "比前年多了一倍多": more by once its size, i.e. doubled
    "多了一倍": 2.0,
    "多一倍": 2.0,
    "增加了一倍": 2.0,
    "增加一倍": 2.0,
    "增长了一倍": 2.0,
    # "较去年同期增长近一倍": nearly doubled
    **{
        f"{verb}{le}{hedge}一倍": 2.0
        for verb in ("增长", "增長", "增加")
        for le in ("", "了")
        for hedge in ("近", "约", "約", "将近", "將近")
    },
    "增長了一倍": 2.0,
    "두 배": 2.0,
    "세 배": 3.0,
    "네 배": 4.0,
    "다섯 배": 5.0,
    "여섯 배": 6.0,
    "일곱 배": 7.0,
    "여덟 배": 8.0,
    "아홉 배": 9.0,
    "열 배": 10.0,
    # "열두 배가 넘는": the native tens with a unit (not "두 배" read inside it)
    "열한 배": 11.0,
    "열두 배": 12.0,
    "열세 배": 13.0,
    "열네 배": 14.0,
    "열다섯 배": 15.0,
    "열여섯 배": 16.0,
    "열일곱 배": 17.0,
    "열여덟 배": 18.0,
    "열아홉 배": 19.0,
    "스무 배": 20.0,
    "두배": 2.0,
    "세배": 3.0,
}

_RULES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"(?<![\w-])(?P<n>[a-z]+|\d+(?:\.\d+)?)[\s-]?fold\b", "ratio"),
        # "work up 5x", "entries rose 2.5x": a ratio in analysts' shorthand; "Roughly 3x." alone
        # after a figure and its baseline; "work x4.6" in a table of changes
        (
            # ("is about 5x the Q1 figure": a copula before the shorthand)
            r"(?:\b(?:up|rose|risen|grew|grown|jumped|increased|surged|climbed|soared|is|was|are|"
            r"were)\s+|^\s*)"
            r"(?:(?:about|nearly|almost|roughly|around|some)\s+|~\s*)?(?P<n>\d+(?:\.\d+)?)\s?x\b",
            "ratio",
        ),
        # "That's x11 vs Q2 (332)": the multiplier written before its number
        (r"(?<![\w.])[x×](?P<n>\d+(?:\.\d+)?)(?![\w.])", "ratio"),
        # "(+1,342% y/y)", "• +140% on the same months of 2024": a signed change in shorthand
        # ("That's –38% m/m": an en dash typed for the minus)
        (r"(?:(?<=[(\s•:])(?<!\d\s)|^)(?P<dir>[+−–-])\s?(?P<n>\d[\d,.]*)\s?%", "percent"),
        (
            r"(?:increased|grew|rose|jumped|surged|soared|multiplied|climbed)\s+(?:by\s+)?"
            r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?"
            r"(?P<n>\d+(?:\.\d+)?|[a-z]+)\s+times\b",
            "ratio",
        ),
        (
            r"\b(?P<w>twice|half)\s+(?:as\s+many|as\s+often|as\s+frequently|as\s+high|as\s+large|"
            # "twice the 2023 figure", "half last year's total"
            r"the\s+(?:(?:19|20)\d\d\s+|previous\s+year['’]s\s+|last\s+year['’]s\s+)?"
            r"(?:number|figure|level|total|count)|last\s+year['’]s\s+(?:number|figure|level|total))",
            "ratio_word",
        ),
        (
            # "twelve times fewer" (a calque of «в 12 раз меньше»): a twelfth (_SMALLER_AFTER)
            # ("14 times as often as in January–March": entries, counted by how often made)
            rf"{_NUM_EN}\s+times\s+(?:more|higher|greater|larger|bigger|"
            r"as\s+(?:many|often|frequently|much|high|large)|over|the|than|that|"
            r"(?=(?:fewer|less|lower|smaller)\b))",
            "ratio",
        ),
        (r"\b(?P<w>doubled|doubling|tripled|trebled|tripling|quadrupled|halved)\b", "ratio_word"),
        # ("nearly triple 2023's": a year's own figure)
        (
            r"\b(?P<w>double|triple)(?:\s+(?:the|that|those|its|last)\b|(?=\s+(?:19|20)\d\d['’]s\b))",
            "ratio_word",
        ),
        (
            # ("students made up 58% of arrivals": a share, not a rise)
            rf"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)"
            # ("rose a comparatively modest 210 percent": the rise described between)
            rf"(?P<dir>{_UP_EN}|{_DOWN_EN})\s+(?:by\s+)?(?:an?\s+(?:[a-z]+\s+){{1,2}}?)?{_HEDGE_EN}"
            r"(?P<n>\d[\d,.]*)\s*(?:%|percent|per cent)",
            "percent",
        ),
        (
            r"(?P<n>\d[\d,.]*)\s*(?:%|percent|per cent)\s+(?P<dir>increase|rise|jump|growth|more|higher|above|drop|decline|decrease|fall|fewer|lower|less|below)",  # noqa: E501
            "percent",
        ),
        (
            # "has grown by a third since November", "fell by a quarter": a fraction as a percent
            # change (as «на треть больше»)
            rf"(?P<dir>{_UP_EN}|{_DOWN_EN})\s+(?:by\s+)?{_HEDGE_EN}(?:a|one)[\s-]"
            r"(?P<w>third|quarter|fifth|tenth)\b(?!\s+of\b)",
            "fraction",
        ),
        (
            rf"(?P<dir>rose|increased|grew|jumped|fell|decreased|declined|dropped)\s+by\s+{_HEDGE_EN}(?P<n>\d[\d,.]*)(?!\s*(?:%|percent|per cent|times|fold))",  # noqa: E501
            "difference",
        ),
        (
            # "120 more than a year earlier", "up 120 from 2023", "down 300 on the same quarter":
            # a difference named against a time, never "2,000 more than expected"
            rf"(?:(?P<dir>up|down)\s+(?:by\s+)?{_HEDGE_EN}(?P<n>\d[\d,.]*)|(?P<n2>\d[\d,.]*)\s+(?:people\s+|persons\s+|entries\s+)?(?P<dir2>more|fewer|higher|lower)\s+than)"
            r"(?!\s*(?:%|percent|per cent|times|fold))\s+"
            # ("1,240 fewer than in the same quarter a year earlier")
            r"(?:from\s+|on\s+|over\s+|compared\s+with\s+|in\s+|during\s+)?"
            rf"(?=a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|same|prior|first|second|third|fourth|last)\b|last\s+year|(?:in\s+)?{YEAR}\b)",
            "difference_to_time",
        ),
        (
            # (or since an event in a year: "since the FSB began publishing the series in 2010");
            # not "the first group … since 2019": the first of its kind is no record of a count
            # (no figure between the word and "since": "RECORD | • Total for 2025: 21,380 …, the
            # most since 2010" is the record of "most", not one reaching back over the figure)
            rf"(?:highest|largest|most|biggest|greatest|busiest|record)\b[^.;\d]{{0,60}}?\bsince\s+(?:at\s+least\s+)?(?:(?:late|early|mid-?)\s*|the\s+(?:end|start|beginning)\s+of\s+)?(?:{EN_MONTH}\s+|(?:the\s+)?(?:[\w-]+\s+){{1,7}}?in\s+)?(?P<y>{YEAR})",
            "record",
        ),
        (
            r"(?:highest|largest|most|biggest|greatest)\s+(?:number\s+|figure\s+|level\s+)?in\s+(?P<k>\d+|[a-z]+)\s+years",
            "record_k",
        ),
        # "a record 7,887 student entries": the highest on record, with no year named
        (r"\b(?:a|an\s+all-time|the)\s+record(?:[\s-]+high)?\s+(?:of\s+)?\d[\d,.]*", "record_none"),
        # "more than in any year since 2019": a record
        (
            # ("more than in any full year since 2010")
            r"\b(?:more|higher)\s+than\s+(?:in\s+|during\s+)?any\s+(?:other\s+)?"
            # ("… since the agency began publishing the breakdown in 2010": since an event)
            rf"(?:(?:full|calendar|single|previous)\s+)?(?:year|quarter|month)\s+since\s+"
            rf"(?:(?:the\s+)?(?:[\w-]+\s+){{1,7}}?in\s+)?(?P<y>{YEAR})",
            "record",
        ),
        # "an all-time high", "the highest on record", "a record." after the figure: the
        # highest on record, with no year named
        (
            r"\b(?:an\s+)?all-time\s+high\b|\b(?:a\s+)?(?:new\s+)?record\s+high\b|"
            r"\bthe\s+highest\s+(?:on\s+record|ever)\b|,\s+a\s+(?:new\s+)?record\s*[.;]",
            "record_none",
        ),
        # record lows: "the lowest since 2022", "the fewest in five years", "a record low"
        (
            r"(?:lowest|smallest|fewest)\b[^.;\d]{0,60}?\bsince\s+(?:at\s+least\s+)?"
            rf"(?:(?:late|early|mid-?)\s*)?(?:{EN_MONTH}\s+|(?:the\s+)?(?:[\w-]+\s+){{1,7}}?in\s+)?"
            rf"(?P<y>{YEAR})",
            "record_low",
        ),
        (
            r"(?:lowest|smallest|fewest)\s+(?:number\s+|figure\s+|level\s+)?in\s+"
            r"(?P<k>\d+|[a-z]+)\s+years",
            "record_k_low",
        ),
        (
            r"\b(?:a|an)\s+(?:new\s+)?(?:all-time|record)\s+low\b|"
            r"\bthe\s+lowest\s+(?:on\s+record|ever)\b",
            "record_none_low",
        ),
    ],
    "ru": [
        # («в 11 с лишним раз»: more than elevenfold, read as 11)
        # («в два с половиной раза»: and a half)
        (
            r"(?<!\w)в\s+(?P<n>\d+(?:[.,]\d+)?|[а-яё]+)(?P<half>\s+с\s+половиной)?\s+"
            r"(?:с\s+лишним\s+)?раз(?:а)?(?!\w)",
            "ratio",
        ),
        (r"(?<!\w)(?P<w>вдвое|втрое|вчетверо|впятеро|вдесятеро)(?!\w)", "ratio_word"),
        (r"(?<!\w)(?P<w>удвоил|утроил|учетверил)\w*", "ratio_word"),
        (r"(?<!\w)на\s+(?P<n>\d+(?:[.,]\d+)?)\s*(?:%|процент\w*)", "percent_ru"),
        # «(x3 к 2024 г.)», «(+25% г/г)»: shorthand, as in English
        (r"(?<![\w.])[xх×](?P<n>\d+(?:[.,]\d+)?)(?![\w.])", "ratio"),
        (r"(?:(?<=[(\s•:])(?<!\d\s)|^)(?P<dir>[+−-])\s?(?P<n>\d[\d,]*)\s?%", "percent"),
        # «рост составил почти 40%», «снижение — 12%», «прирост около 25%»: the change named,
        # then its size
        (
            r"(?<!\w)(?P<dir>рост|прирост|увеличение|снижение|сокращение|падение|спад)\w*\s+"
            r"(?:составил\w*\s+|[—–-]\s*)?(?:(?:почти|около|более|свыше|порядка|примерно)\s+)?"
            r"(?P<n>\d+(?:[.,]\d+)?)\s*(?:%|процент\w*)",
            "percent",
        ),
        # «рост составил почти 5,7 раза»: a ratio named as the size of the rise
        (
            r"(?<!\w)(?:рост|прирост|увеличение)\w*\s+(?:составил\w*\s+|[—–-]\s*)"
            r"(?:(?:почти|около|более|свыше|порядка|примерно)\s+)?"
            r"(?P<n>\d+(?:[.,]\d+)?)\s+раз(?:а)?(?!\w)",
            "ratio",
        ),
        # «примерно на четверть меньше», «на треть больше»: a fraction as a percent change
        (
            r"(?<!\w)на\s+(?:(?:примерно|почти|около|более\s+чем|менее\s+чем)\s+)?"
            r"(?P<w>четверть|треть|половину|пятую\s+часть|десятую\s+часть)\s+"
            r"(?P<dir>больше|меньше|выше|ниже)(?!\w)",
            "fraction",
        ),
        # «с целью „учеба“ сократилось на треть»: the verb of change, then the fraction
        (
            r"(?P<dir>вырос\w*|возрос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*)"
            r"\s+(?:(?:примерно|почти|более\s+чем)\s+)?на\s+"
            r"(?P<w>четверть|треть|половину|пятую\s+часть|десятую\s+часть)(?!\w)",
            "fraction",
        ),
        (
            # («выросла примерно на 3 тыс. человек»: the hedge before «на» too)
            r"(?P<dir>вырос\w*|возрос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*)\s+"
            r"(?:(?:примерно|почти|более\s+чем|еще|ещё)\s+)?"
            r"на\s+(?:(?:около|почти|более|свыше)\s+)?"
            r"(?P<n>\d+(?:[.,]\d+)?\s*(?:тыс\.|тыс(?!\w)|тысяч\w*)|\d{1,3}(?:[\s\u00a0]\d{3})+|\d+)"
            r"(?!\s*(?:%|процент|раз|[.,]\d))",
            "difference",
        ),
        (
            # «на 120 человек больше, чем годом ранее», «Это на 2,7 тыс. меньше»: a difference
            # with no verb of change
            r"(?<!\w)на\s+(?:(?:около|почти|более|свыше)\s+)?"
            r"(?P<n>\d+(?:[.,]\d+)?\s*(?:тыс\.|тыс(?!\w)|тысяч\w*)|\d{1,3}(?:[\s\u00a0]\d{3})+|\d+)"
            # «примерно на 700 поездок превышает 2019 год»: exceeds it by
            r"\s*(?:человек\s+|граждан\s+|въезд\w*\s+|поездок\s+|раз\s+)?"
            r"(?P<dir>больше|меньше|превыша\w*|превысил\w*)(?!\w)",
            "difference",
        ),
        (
            rf"(?:рекорд\w*|максимальн\w*|наибольш\w*|самы\w+\s+высок\w*|максимум\w*)[^.;]{{0,60}}?\b(?:с|со)\s+(?P<y>{YEAR})",
            "record",
        ),
        # «больше, чем когда-либо с 2010 года»: more than ever since: a record
        (
            rf"(?:больше|выше)[,\s]+чем\s+когда[\s-]?либо\s+(?:начиная\s+)?(?:с|со)\s+(?P<y>{YEAR})",
            "record",
        ),
        # «больше, чем в любой год начиная с 2019-го»: more than in any year since: a record
        (
            r"(?:больше|выше)[,\s]+(?:чем\s+)?(?:в|за)\s+любой\s+(?:другой\s+)?"
            rf"(?:год|квартал|месяц|период)\w*\s+(?:начиная\s+)?(?:с|со)\s+(?P<y>{YEAR})",
            "record",
        ),
        # «рекорд за всю историю наблюдений», «исторический максимум»: no year named
        (
            r"(?<!\w)(?:рекорд\w*|максимум\w*)\s+за\s+всю\s+историю|"
            r"(?<!\w)(?:историческ\w+|абсолютн\w+)\s+(?:рекорд|максимум)\w*|"
            # «…почти полторы тысячи граждан КНДР — это рекорд для пункта»
            r"[—,]\s*(?:это|что)\s+(?:(?:новый|абсолютный)\s+)?рекорд(?!\w)",
            "record_none",
        ),
        # record lows: «минимальный показатель с 2020 года» (not «как минимум … с 2022 года»,
        # a bound: no figure may stand between the word and the year)
        (
            r"(?<!\w)(?<!как\s)(?:минимальн\w*|наименьш\w*|самы\w+\s+низк\w*|минимум\w*)"
            rf"[^.;\d]{{0,60}}?(?<!\w)(?:с|со)\s+(?P<y>{YEAR})",
            "record_low",
        ),
        (
            r"(?<!\w)(?:историческ\w+|абсолютн\w+)\s+минимум\w*|(?<!\w)антирекорд\w*",
            "record_none_low",
        ),
    ],
    "ko": [
        (r"(?P<n>\d+(?:[.,]\d+)?)\s*배", "ratio"),
        # "여섯 배에 이른다", "일곱 배 가까이로": native numerals up to twenty (from five on, as
        # words of their own; "열두 배" before "두 배" inside it)
        (
            r"(?P<w>(?<![가-힣])(?:열(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)|스무)\s배|"
            r"두\s?배|세\s?배|네\s?배|(?<![가-힣])(?:다섯|여섯|일곱|여덟|아홉|열)\s배)",
            "ratio_word",
        ),
        (
            # "90% 넘게 감소했다": a bound may stand between the percentage and the change
            # (an infographic's arrow says it too: "전년 동기 대비 85%↑", "60%↓")
            rf"(?P<n>{_KO_PCT})\s*(?:%|퍼센트)\s*(?:가량\s*|정도\s*|넘게\s*|이상\s*|가까이\s*|남짓\s*)?(?P<dir>증가|감소|늘|줄|급증|급감|상승|하락|높|낮|많|적|↑|↓)",
            "percent",
        ),
        # "전년比 ↑38%", "전년 대비 ▼12%": a post's arrow (or a table's triangle) before the
        # percentage says the way of the change
        (rf"(?P<dir>↑|↓|▲|▼)\s?(?P<n>{_KO_PCT})\s?%", "percent"),
        # "(전년 동기 대비 -64%)", "전년 대비 +12%": a digest's signed change after "대비" (the
        # sign says its way)
        (rf"대비\s?[:：]?\s?(?P<dir>[+＋\-－−–])\s?(?P<n>{_KO_PCT})\s?%", "percent"),
        (
            # "2010년 이후 분기 기준 최대치": a few words of scope may stand between
            # ("2010년 집계 이후": since the count began that year; "2020년 국경 봉쇄 이후": since
            # the border closed that year)
            rf"(?P<y>{YEAR})\s*년\s*(?:(?:집계|통계\s?작성|통계\s?집계|관련\s?통계\s?작성|"
            r"(?:국경\s?)?(?:봉쇄|폐쇄))\s?)?"
            # ("2022년 이후 최저": the lowest since a year is a record too)
            r"(?:이후|후|이래|以後|以來)\s*(?:[^\d,.;]{0,12}?\s)?"
            r"(?:최대|최고|최다|가장\s?(?:많|크|높|적|낮)|최저)",
            "record",
        ),
        # "2019년 이후 처음으로 1만 건을 넘었다": passing a mark for the first time since a year
        # is a record since it (the mark is no figure of its own)
        (
            rf"(?P<y>{YEAR})\s*년\s*(?:이후|이래)\s*처음으로\s*(?P<n>{_KO_NUM})\s?(?:여\s?)?"
            r"(?:명|건)?\s?(?:을|를)?\s?(?:넘|돌파|웃돌)",
            "record_first",
        ),
        (r"(?P<k>\d+)\s*년\s*만에\s*(?:최대|최고|최다)", "record_k"),
        # "코로나 사태 이후 최대", "코로나19 이후 가장 많은": a record since the pandemic, whose
        # border closures began in 2020 (the year it is read against)
        (
            r"코로나(?:19)?\s?(?:사태|팬데믹|대유행|유행)?\s?(?:이후|이래)\s*(?:[^\d,.;]{0,12}?\s)?"
            r"(?:최대|최고|최다|가장\s?(?:많|크|높|적|낮)|최저)",
            "record_pandemic",
        ),
        # "전년보다 2천 명 줄어든", "직전 분기보다 1천575명 많았다": a difference in people
        # (or in entries: "전년보다 1천 건 적은")
        (
            # "1천 명 넘게 늘어난": a bound may stand between the difference and the change
            rf"(?<![\d.,])(?P<n>{_KO_NUM})\s?(?:여\s?)?(?:명|건)\s?(?:이|가)?\s?"
            r"(?:가량\s?|정도\s?|넘게\s?|이상\s?|가까이\s?|남짓\s?)?"
            r"(?P<dir>늘어|늘었|늘린|증가|많았|많아|많은|줄어|줄었|줄인|감소|적었|적어|적은|급증|급감)",
            "difference",
        ),
        # "'역대 최다'", "사상 최대 규모": a record with no year named
        # (not "역대 최대였던 전년보다 41% 늘었다": the record was the earlier period's, the one
        # the figure is set against)
        (
            r"(?:역대|사상)\s?(?:최대|최고|최다)"
            r"(?!\s?(?:이었던|였던)\s?(?:전년|지난해|작년|전년도|\d{4}\s?년))",
            "record_none",
        ),
        # "2019년의 절반 수준에 그쳤다", "지난해의 절반으로 줄었다": half of a period's figure
        # ("1년 전의 절반": the period a year before the figure's)
        # (not "전체의 절반 정도가 학생", "절반이 학생": a share of the people counted)
        (
            # ("2017년(600명)의 절반", "전년 동기(2,140건)의 3분의 1": the period's figure may
            # stand in brackets)
            r"(?:\d{4}\s*년|지난해|작년|전년|전년\s?동기|같은\s?기간|(?<!\d)1\s?년\s?전)(?:\s?\([^()]{1,15}\))?\s?의\s?"
            r"(?P<w>절반)"
            r"(?=\s?(?:수준|가량|정도|에\s?(?:그|불과|못|미)|으?로\s?(?:줄|감소|급감|축소|떨어)))",
            "ratio_word",
        ),
        # "2019년의 5분의 1 수준으로 줄었다": a fraction of a period's figure (not "전체의 3분의
        # 1": a share of the people counted)
        (
            r"(?:\d{4}\s*년|지난해|작년|전년|전년\s?동기|같은\s?기간|(?<!\d)1\s?년\s?전)(?:\s?\([^()]{1,15}\))?\s?의\s?"
            r"(?P<d>\d{1,2})\s?분의\s?(?P<nu>\d)"
            # (with the verb of the change or of "only": "…의 10분의 1 수준입니다" alone, after
            # a figure, comments on that figure)
            r"(?=(?:\s?(?:수준|가량|정도))?\s?(?:에\s?(?:그|불과|못|미)|으?로\s?(?:줄|감소|급감|축소|떨어)))",
            "ratio_frac",
        ),
        # "…3천381명으로 줄었고, 올해 들어서는 그 10분의 1 수준으로 급감했다": "그", that
        # figure, points back to the figure before, with the verb of the change (not "돈은 그
        # 3분의 1 수준에 불과하다": a part of a sum, no change of people)
        (
            r"(?<![^\s,])그\s(?P<d>\d{1,2})\s?분의\s?(?P<nu>\d)"
            r"(?=(?:\s?(?:수준|가량|정도))?\s?으?로\s?(?:줄|감소|급감|축소|떨어))",
            "ratio_frac",
        ),
    ],
    "zh": [
        # "60余倍", "10多倍": over N times (the hedge is read from the words by the check)
        # ("是去年的兩倍": the traditional 兩 too)
        # ("为去年同期的一倍半", "两倍半": a half after 倍 adds one half, 1.5 and 2.5 times)
        (
            r"(?P<n>\d+(?:\.\d+)?|[一二两兩三四五六七八九十]+)\s*(?:余|餘|多)?\s*倍(?P<half>半)?",
            "ratio",
        ),
        (
            # ("可能翻番": "double" without 一)
            r"(?P<w>翻了一番|翻一番|翻了一倍|翻倍|翻番|翻了[两兩]番|翻[两兩]番|多了?一倍|增加了?一倍|增长了一倍"
            # ("较去年同期增长近一倍": nearly doubled, a hedge before "一倍")
            r"|增長了一倍|(?:增长|增長|增加)了?(?:近|约|約|将近|將近)一倍)",
            "ratio_word",
        ),
        (
            # traditional forms too: "較去年同期減少約35%" ("成長約44%": Taiwan's word for a
            # rise); the rate of a rise or fall ("增幅约为18.5%", "降幅達12%")
            r"(?P<dir>增长|增長|成长|成長|增加|上升|上涨|上漲|下降|减少|減少|下跌|增幅|涨幅|漲幅|降幅"
            r"|增|减|減|降)"
            r"了?\s*(?:约|約|近|逾|超过|超過)?(?:(?<=幅)(?:约|約)?(?:为|為|达|達)\s*"
            r"(?:约|約|近|逾|超过|超過)?)?(?P<n>\d+(?:\.\d+)?)\s*(?:%|％|个百分点|個百分點)",
            "percent",
        ),
        # "同比 +51.0%", "环比-12%": a table's signed change (the sign says its way)
        (
            r"(?:同比|环比|環比|按年)\s*[:：]?\s*(?P<dir>[+＋\-－−])\s*(?P<n>\d+(?:\.\d+)?)\s*(?:%|％)",
            "percent",
        ),
        # "为2019年联合国制裁全面生效以来最多": a few words may name what happened that year
        (
            # "创下2010年以来同期最高纪录": the highest for that part of the year; "2010年以來的
            # 單季新高": the highest for one quarter (or month); "为2022年以来最低": the lowest
            # since a year is a record too
            rf"(?P<y>{YEAR})\s*年[^，,。；;\d]{{0,15}}?以(?:来|來)(?:的)?"
            r"(?:同期|单季|單季|单季度|單季度|单月|單月)?(?:的)?"
            r"(?:最高|最多|最大|新高|最低|新低)",
            "record",
        ),
        # "为2019年以来首次突破1万人次": passing a mark for the first time since a year is a
        # record since it (the mark is no figure of its own)
        (
            rf"(?P<y>{YEAR})\s*年(?:以来|以來)(?:的)?(?:首次|首度|第一次)"
            rf"(?:突破|超过|超過|超出|破)\s*(?P<n>{_ZH_NUM})",
            "record_first",
        ),
        # ("为十年来最多": the count of years may be spelled out)
        (
            r"(?P<k>\d+|[一二两兩三四五六七八九十]{1,3})\s*年(?:来|來)(?:的)?(?:最高|最多|最大|新高)",
            "record_k",
        ),
        # "减少了约600人", "增加2000余名": a difference in people
        (
            # (not "新增150名": newly added people are a count)
            r"(?<!新)(?P<dir>增加|增长|增長|减少|減少|下降|增|减|減)了?\s*(?:约|約|近|逾|超过|超過)?"
            rf"(?P<n>{_ZH_NUM})\s*(?:多|余|餘)?\s*(?:名|人)",
            "difference",
        ),
        # "入境总人次增加了约1200。": a bare difference at the end of its clause, counted in what
        # the clause's subject counts (人次, 人数), the counter left unsaid
        (
            r"(?:人次|人数|人數)(?:总数|總數)?[^，,。；;\d]{0,6}?"
            r"(?P<dir>增加|增长|增長|减少|減少|下降|增|减|減)了?\s*(?:约|約|近|逾|超过|超過)?"
            rf"(?P<n>{_ZH_NUM})(?=\s*(?:多|余|餘)?\s*(?:[，,。；;！!]|$))",
            "difference",
        ),
        # "同比增长约七成", "环比下降约九成", "按年大跌逾七成": tenths, i.e. 70%, -90%
        (
            r"(?P<dir>增长|增長|成长|成長|增加|上升|上涨|上漲|下降|减少|減少|下跌|(?:大|暴|急)?跌"
            r"|增|减|減|降)了?\s*"
            r"(?:约|約|近|逾|超过|超過|将近|將近)?(?P<n>[一二两兩三四五六七八九]|\d(?:\.\d+)?)\s*成",
            "percent_tenths",
        ),
        # "创有统计以来最高纪录", "创历史新高": a record with no year named ("创单季新高":
        # the highest for one quarter, or month; "创下有统计以来的单季最高纪录": 的 may stand
        # between the span and the part of the year)
        (
            r"(?:创|創)(?:下|出)?了?(?:有统计以来|有統計以來|有记录以来|有記錄以來|历史|歷史|史上)?"
            r"(?:的)?(?:同期|单季|單季|单季度|單季度|单月|單月)?"
            r"(?:的)?(?:最高|最多|最大|新高)(?:纪录|紀錄|记录|記錄|水平)?",
            "record_none",
        ),
        # "为疫情以来最多", "创疫情以来新高": a record since the pandemic, whose border
        # closures began in 2020 (the year it is read against, as Korean "코로나 이후 최대")
        (
            r"(?:新冠疫情|疫情|新冠)(?:爆发|暴發|爆發|发生|發生)?(?:以来|以來)(?:的)?"
            r"(?:最高|最多|最大|新高|最低|新低)",
            "record_pandemic",
        ),
        # "有统计以来最高": a record since counting began, no year named
        (
            r"(?:有统计|有統計|有记录|有記錄|有史)(?:以来|以來)(?:的)?"
            r"(?:最高|最多|最大|新高)",
            "record_none",
        ),
        # "人数为历年之最", "歷年來最多": the most of all years, no year named
        (
            r"(?:历年|歷年|历来|歷來)(?:来|來)?(?:之最|(?:的)?(?:最高|最多|最大|新高))",
            "record_none",
        ),
        # "比2023年全年还多出约4000人次", "较去年少了200人": a difference in people against the
        # baseline after "比"
        (
            r"(?:比(?![例率重])|较|較)[^，,。；;]{0,20}?(?:还|還|更)?"
            r"(?P<dir>多出|多了|少了|少出|多|少)了?\s*"
            rf"(?:约|約|近|逾|超过|超過)?(?P<n>{_ZH_NUM})\s*(?:多|余|餘)?\s*(?:名|人次|人"
            # "比疫情前还多了三十个左右。": speech's general counter, the noun said before (as
            # "只剩八个,"; not "多了三个国家")
            r"|[个個](?=\s*(?:左右|上下)?\s*(?:[，,。；;！!？?”\"」]|$)))",
            "difference",
        ),
        # "比去年全年多出近八成", "较2023年少了约三成": more or fewer by tenths of the baseline
        # after "比", i.e. +80%, -30% (as "增长约七成" above)
        (
            r"(?:比(?![例率重])|较|較)[^，,。；;]{0,20}?(?:还|還|更)?"
            r"(?P<dir>多出|多了|少了|少出|多|少)了?\s*"
            r"(?:约|約|近|逾|超过|超過|将近|將近)?(?P<n>[一二两兩三四五六七八九]|\d(?:\.\d+)?)\s*成",
            "percent_tenths",
        ),
        # "仅为2019年的一半左右": half of a period's figure (not "总数的一半": a share)
        (
            r"(?:\d{4}\s*年|去年|前年|上年|同期|去年同期)的\s?(?P<w>一半)"
            r"(?=\s?(?:水平|左右|。|，|,|；|;|$))",
            "ratio_word",
        ),
        # "比2023年减少了一半": down to half the baseline (not "一半以上": a share)
        (
            r"(?:比|较|較)[^，,。；;]{0,20}?(?:减少|減少|下降|下跌|减|減|降)了?(?P<w>一半)"
            r"(?!以上|以下|多|左右)",
            "ratio_word",
        ),
        # "较去年多出约一半": up by half the baseline, i.e. +50% (not "一半以上": a share)
        (
            r"(?:比|较|較)[^，,。；;]{0,20}?(?P<dir>多出|多了|增加|增長|增长|上升)了?"
            r"\s?(?:约|約|近|将近|將近)?(?P<w>一半)(?!以上|以下)",
            "fraction",
        ),
        # "不足2019年同期的五分之一": a fraction of a period's figure (not "总数的五分之一": a
        # share of the people counted); "僅為前一年的四分之一左右": the year before the figure's
        # ("约为2019年的二十分之一": a spelled denominator of tens)
        (
            r"(?:\d{4}\s*年(?:同期|全年)?|去年(?:同期|全年)?|前年|上一?年|前一年|同期)的\s?"
            r"(?P<d>[二两兩三四五六七八九]?十[一二三四五六七八九]?|[二两兩三四五六七八九]|\d{1,2})分之(?P<nu>[一二三四五六七八九]|\d)"
            r"(?!以上|以下|多|左右的)",
            "ratio_frac",
        ),
    ],
}

# The change words the Korean difference rule ends with (not bare "적", found inside many words).
_KO_CHANGE_WORDS = (
    "늘어",
    "늘었",
    "늘린",
    "증가",
    "많았",
    "많아",
    "많은",
    "줄어",
    "줄었",
    "줄인",
    "감소",
    "적었",
    "적어",
    "적은",
    "급증",
    "급감",
)
# The words each rule cannot match without (any one of them, in the lower-cased sentence), in
# the order of _RULES: a rule whose words are absent is not run.
_NEEDS: dict[str, list[tuple[str, ...]]] = {
    "en": [
        ("fold",),
        ("x",),
        ("x", "×"),
        ("%",),
        ("times",),
        ("twice", "half"),
        ("times",),
        ("doubl", "tripl", "trebl", "quadrupl", "halved"),
        ("double", "triple"),
        ("%", "percent", "per cent"),
        ("%", "percent", "per cent"),
        ("third", "quarter", "fifth", "tenth"),
        ("by",),
        ("up ", "down ", "more than", "fewer than", "higher than", "lower than"),
        ("since",),
        ("years",),
        ("record",),
        ("any ",),
        ("all-time", "record", "highest"),
        ("lowest", "smallest", "fewest"),
        ("lowest", "smallest", "fewest"),
        ("low",),
    ],
    "ru": [
        ("раз",),
        ("вдвое", "втрое", "вчетверо", "впятеро", "вдесятеро"),
        ("удвоил", "утроил", "учетверил"),
        ("%", "процент"),
        ("x", "х", "×"),
        ("%",),
        ("%", "процент"),
        ("раз",),
        ("четверть", "треть", "половин", "пятую", "десятую"),
        ("четверть", "треть", "половин", "пятую", "десятую"),
        ("на",),
        ("больше", "меньше", "превыш", "превыс"),
        ("рекорд", "максим", "наибольш", "высок"),
        ("когда",),
        ("любой",),
        ("рекорд", "максим"),
        ("минимальн", "наименьш", "низк", "минимум"),
        ("минимум", "антирекорд"),
    ],
    "ko": [
        ("배",),
        ("배",),
        ("%", "퍼센트"),
        ("%",),
        ("대비",),
        ("최대", "최고", "최다", "가장", "최저"),
        ("처음",),
        ("최대", "최고", "최다"),
        ("코로나",),
        _KO_CHANGE_WORDS,
        ("역대", "사상"),
        ("절반",),
        ("분의",),
        ("분의",),
    ],
    "zh": [
        ("倍",),
        ("翻", "一倍"),
        ("%", "％", "百分点"),
        ("同比", "环比", "環比", "按年"),
        ("最高", "最多", "最大", "新高", "最低", "新低"),
        ("首次", "首度", "第一次"),
        ("年来", "年來"),
        ("增", "减", "減", "下降"),
        ("人次", "人数", "人數"),
        ("成",),
        ("创", "創"),
        ("以来", "以來"),
        ("以来", "以來"),
        ("历年", "歷年", "历来", "歷來"),
        ("多", "少"),
        ("成",),
        ("一半",),
        ("一半",),
        ("一半",),
        ("分之",),
    ],
}

# "вдвое меньше", "в 3 раза меньше", "twice as few": the ratio is below one.
# «В 2019 году, напомнил ректор, их было …»: a sentence about an earlier year's state
_PAST_STATE_BEFORE = {
    "ru": re.compile(
        rf"(?:^|[.;]\s*)(?:в|во)\s+(?P<y>{YEAR})\s*(?:году|г\.)[^.;\d]{{0,60}}?"
        r"(?:их|таких)\s+было\s+$|"
        # «их около 90, а год назад было вдвое меньше»
        # («Годом ранее их было втрое меньше» is said of the year before the article's figure:
        # read in extract)
        r"(?<!\w)(?P<ago>год\s+назад)\s+(?:их\s+|таких\s+)?было\s+$|"
        # «Ещё полгода назад их было втрое меньше»: now is three times the count then (a time
        # back that is no whole year: the baseline's period is left unknown)
        r"(?<!\w)(?P<back>полгода|квартал|месяц|несколько\s+месяцев)\s+назад\s+"
        r"(?:их\s+|таких\s+)?было\s+$",
        re.I,
    ),
}
_NEVER = re.compile(r"(?!)")
# «эта цифра завышена в десять раз», "the number is inflated tenfold": how far a figure is off
# the truth, said of a retelling; no change in the flow
_OVERSTATED = re.compile(
    r"(?<!\w)(?:завыш\w*|заниж\w*|преувелич\w*|преуменьш\w*|overstat\w*|understat\w*|"
    r"inflated|exaggerat\w*|overestimat\w*|underestimat\w*)(?!\w)",
    re.I,
)
_SMALLER_AFTER = re.compile(
    r"\s*(?:меньше|ниже|реже|сократил\w*|уменьшил\w*|снизил\w*|as\s+few|fewer\b|less\b|lower\b|"
    r"smaller\b)",
    re.I,
)
# «въезды … сократились вдвое», «упали в 3 раза»: the verb of decrease may come first
_SMALLER_BEFORE = re.compile(
    r"(?<!\w)(?:сократил\w*|сократ\w+ся|уменьшил\w*|снизил\w*|упал\w*|сниз\w+ся|уменьш\w+ся)"
    r"\s+(?:почти\s+|более\s+чем\s+|примерно\s+|практически\s+|сразу\s+)?$",
    re.I,
)
# «въезды по рабочим визам выросли на 20%, а по служебным паспортам — на 15%»: after a dash
# the verb is left out, and the change goes the way the one before it went
_ELIDED_VERB = re.compile(r"—\s*$")
_OWN_WAY_AFTER = re.compile(r"[\s,]*(?:больше|меньше|выше|ниже)(?!\w)", re.I)

_QUARTER_WORDS = {
    "firs": 1,
    "seco": 2,
    "thir": 3,
    "four": 4,
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четв": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    # "1분기의 두 배": Korean quarters are numbered
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    # "比第二季度增加": Chinese in words too
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    # "是首季的七倍": "the first quarter"
    "首": 1,
}

_DOWN = re.compile(
    r"down|fell|fallen|\bfall\b|decreas|declin|drop|plung|plummet|slump|tumbl|sank|dipp|slipp|\bslid\b|\beased\b|"
    r"collaps|shr|fewer|less|lower|below|"
    r"сократ|снизил|снижени|упал|уменьш|меньше|ниже|падени|подешев|обесцен|"
    r"감소|줄|급감|하락|낮|적|下降|减少|減少|下跌|跌|减|減|降|少|↓|▼",
    re.IGNORECASE,
)

# "eleven times the number recorded in the same period of 2023": what the figure is set against
_NUMBER_IN = (
    r"(?:times|twice|double|triple)\s+(?:the\s+)?(?:number|figure|level|total|count)"
    r"(?:\s+(?:recorded|registered|reported|seen|counted))?"
)

# the hedge of a baseline's figure after "times the" ("17 times the roughly 300 entries logged in
# the first quarter")
_ABOUT_EN = r"(?:(?:roughly|about|around|some|nearly|almost|approximately|just)\s+)?"

# Baseline phrases: "(from|than|compared with|against|since) 2022", "the previous year",
# "по сравнению с 2023 годом", "2023년에 비해", "전년", "较去年".
_BASE_RULES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            # "more than double the 2,610 in the same period of 2024": the baseline's figure
            # may come first
            # ("about 28% below the same period of 2024")
            rf"(?:from|than|compared\s+(?:with|to)|over|against|on|vs\.?|versus|as|below|above|"
            rf"{_NUMBER_IN}|(?:times|twice|double|triple)\s+(?=the\s+\d))\s*"
            rf"(?:the\s+\d[\d,]*\s+(?:\w+\s+)?)?(?:(?:in|during|for)\s+)?(?:the\s+)?"
            # ("down 41% on the same nine months of 2024")
            rf"(?:same\s+period|same\s+(?:[\w-]+\s+)?months|same\s+quarter)\s+(?:of|in)\s+(?P<y>{YEAR})",
            "sameyear",
        ),
        (
            r"(?:from|than|compared\s+(?:with|to)|over|against|on|"
            # ("nearly double the figure for the preceding three months")
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:figure|number|total|level)\s+(?:for|of|in))\s+"
            r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:quarter|month|three\s+months)|quarter[\s-]on[\s-]quarter|month[\s-]on[\s-]month|"
            # ("That's –38% m/m", "+12% q/q")
            r"\b(?:m/m|q/q|mom|qoq)\b",
            "prevsub",
        ),
        (
            # "up 96% on Q2", "compared with the third quarter of 2024", "ten times the 332
            # recorded in the second quarter"
            # ("down 60% from the third quarter", "eight times as many as in the first quarter")
            rf"(?:than|compared\s+(?:with|to)|over|against|versus|vs\.?|on|from|as\s+in|"
            rf"(?:times|\w+fold)\s+the\s+{_ABOUT_EN}\d[\d,]*\s+(?:\w+\s+){{0,4}}in)\s+"
            rf"(?:the\s+|in\s+the\s+)?(?:(?P<q>first|second|third|fourth)(?:\s+quarter)?(?![\s-]+half)|"
            rf"q(?P<qn>[1-4])\b)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
            "quarter",
        ),
        # "That was double the number recorded in the second quarter": the quarter of the figure
        # named
        (
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:number|figure|total|level|count)\s+"
            r"(?:[\w-]+\s+){0,2}?in\s+the\s+(?P<q>first|second|third|fourth)\s+quarter"
            rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
            "quarter",
        ),
        # "about 5x the Q1 figure", "triple the third quarter's": the quarter named after it
        (
            rf"(?:times|\w+fold|\d\s?x|double|triple|twice)\s+the\s+(?:(?P<q>first|second|third|"
            rf"fourth)\s+quarter|q(?P<qn>[1-4]))\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
            "quarter",
        ),
        # ("roughly double the July-September figure")
        (
            rf"\b(?:double|triple|twice|times|\w+fold)\s+the\s+{EN_MONTH}\w*\.?\s*[-–—]\s*"
            rf"{EN_MONTH}\w*\.?\s+(?:figure|total|level|count|number)",
            "months",
        ),
        # "62% fewer than in January-March", "double the figure for October-December": those
        # months (the period reader resolves them; see _baseline_label)
        (
            rf"\b(?:than|compared\s+(?:with|to)|over|against|versus|vs\.?|from|as\s+in|the\s+"
            rf"(?:figure|number|total|level)\s+(?:for|of|in))\s+(?:in\s+)?(?:the\s+)?"
            rf"{EN_MONTH}\w*\.?(?:\s*[-–—]\s*|\s+(?:to|through)\s+){EN_MONTH}\w*\.?"
            rf"(?!\s*,?\s*(?:19|20)\d\d)",
            "months",
        ),
        # "fell 90% … from the final three months of 2024": those months (the period reader
        # resolves them)
        (
            rf"\b(?:than|compared\s+(?:with|to)|over|against|versus|vs\.?|from)\s+(?:the\s+)?"
            rf"(?:final|last|closing|first)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
            rf"eleven|\d{{1,2}})\s+months\s+of\s+{YEAR}",
            "months",
        ),
        # "down 58% from the first half of 2024": that half (its months are read in extract)
        (
            rf"(?:from|than|compared\s+(?:with|to)|over|against|on|vs\.?|versus)\s+(?:the\s+)?"
            rf"(?:first|second|1st|2nd)\s+half\s+(?:of\s+)?(?P<y>{YEAR})",
            "year",
        ),
        (
            # ("roughly twelvefold the 1,117 entries recorded in 2023", "in the whole of 2023")
            rf"(?:from|than|compared\s+(?:with|to)|over|against|since|on|as|vs\.?|versus|(?:times|\w+fold)\s+(?=the\s+\d))\s*(?:the\s+same\s+period\s+(?:of|in)\s+|(?:late|early|mid-?)\s*|in\s+|the\s+\d[\d,]*\s+(?:\w+\s+){{0,2}}in\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?)?(?P<y>{YEAR})",
            "year",
        ),
        (
            # ("more than 11 times the 1,117 recorded the previous year")
            # ("nearly eleven times the previous year": no figure between)
            r"(?:from|than|compared\s+(?:with|to)|over|against|on|(?:times|\w+fold)(?:\s+the\s+\d[\d,]*\s+"
            r"(?:\w+\s+){0,2}?(?:in\s+)?)?)\s*(?:the\s+)?(?:(?:previous|prior|preceding)\s+year|"
            # ("down 8% from the year before")
            r"year\s+before)|year[\s-]on[\s-]year|"
            r"year\s+over\s+year|a\s+year\s+(?:earlier|before|ago)|\by/y\b|\byoy\b|\by-o-y\b",
            "prev",
        ),
        (r"(?:from|than|compared\s+(?:with|to)|over|against)\s+last\s+year", "last"),
        # "about 20% fewer than before the pandemic", "below pre-pandemic levels": 2019, the last
        # year before it
        (
            r"(?:than|compared\s+(?:with|to)|from|below|above|over)\s+(?:(?:before|prior\s+to)\s+"
            r"the\s+(?:covid(?:-19)?\s+)?pandemic|(?:the\s+)?pre-?pandemic\s+(?:levels?|figures?))",
            "prepandemic",
        ),
        # "doubled in October from September": the month named (its period is read in extract)
        # "a 3.9-fold rise on January-March": a month range
        # ("grown by a third since November": the month it is set against)
        # (not "reached 3,765 from July to September": the figure's own span)
        # "nearly double the 210 recorded in September": the month of the baseline's figure
        (
            rf"(?:double|twice|triple|times|\w+fold)\s+the\s+{_ABOUT_EN}\d[\d,]*\s+(?:\w+\s+){{0,2}}?in\s+"
            rf"{EN_MONTH}\b(?!\s+\d)",
            "month",
        ),
        (
            rf"(?:(?:than|compared\s+(?:with|to)|over|on|since)\s+{EN_MONTH}\b|from\s+{EN_MONTH}\b"
            rf"(?!\s*(?:to|through|until|-|–)\s*{EN_MONTH}))(?!\s+\d)",
            "month",
        ),
        # "almost four times the figure for the first three months of the year": those months
        # (their period is read in extract)
        (
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:number|figure|total|level|count)\s+"
            r"(?:for|of|in|recorded\s+in)\s+the\s+(?:first|last|final)\s+(?:two|three|four|five|"
            rf"six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months(?:\s+of\s+(?:the\s+year|{YEAR}))?",
            "month",
        ),
        # "grew twelvefold in a year": over the year before the figure's
        (r"\b(?:in|within|over)\s+(?:a|one|the\s+past)\s+year\b", "prev"),
        # "nearly triple 2023's": that year's figure
        (rf"(?:double|triple|twice)\s+(?P<y>{YEAR})['’]s\b", "year"),
        # "roughly twelvefold the figure for the same quarter of 2023"
        (
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:number|figure|total|level|count)\s+"
            rf"(?:for|of|in)\s+the\s+same\s+(?:period|months|quarter)\s+(?:of|in)\s+(?P<y>{YEAR})",
            "sameyear",
        ),
        # "roughly triple the number three years ago": so many years before the document's
        (
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:number|figure|total|level|count)\s+"
            r"(?P<k>two|three|four|five|six|seven|eight|nine|ten|\d)\s+years\s+(?:ago|earlier|before)",
            "yearsago",
        ),
        # "roughly double the number in 2022"
        (
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:number|figure|total|level|count)\s+"
            rf"(?:in|of|for)\s+(?P<y>{YEAR})",
            "year",
        ),
        # "nearly double the total for all of last year"
        (
            r"(?:double|triple|twice|times|\w+fold)\s+the\s+(?:number|figure|total|level|count)\s+"
            r"(?:for|of|in)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?last\s+year",
            "last",
        ),
        # ("nearly threefold the January–June 2024 figure": the months are read in extract)
        (
            rf"(?:double|triple|twice|half|times|\w+fold)\s+(?:the|that\s+of|its)\s+"
            rf"(?:{EN_MONTH}(?:\s*[–—-]\s*{EN_MONTH})?\s+)?(?P<y>{YEAR})"
            # ("nearly double the 2022 total of 160": the baseline's figure after it)
            rf"(?:\s+(?:total|figure|level|count)\s+of)?",
            "year",
        ),
        (
            # "three times the figure for the same period last year", "as many as in the same…"
            rf"(?:from|than|compared\s+(?:with|to)|over|against|on|as|{_NUMBER_IN})\s+"
            r"(?:(?:in|during|for)\s+)?(?:the\s+)?same\s+(?:period|months|quarter)\s+"
            r"(?:of\s+)?(?:last|the\s+previous)\s+year",
            "samelast",
        ),
    ],
    "ru": [
        (
            rf"(?:по\s+сравнению\s+с|чем\s+(?:во|в|за)|относительно|против)\s+"
            rf"(?:тем\s+же|тот\s+же|той\s+же|аналогичн\w+)\s+"
            rf"(?:период\w*|квартал\w*|месяц\w*)\s+(?P<y>{YEAR})",
            "sameyear",
        ),
        (
            r"(?:по\s+сравнению\s+с|чем\s+(?:во|в|за)|относительно|против|(?<!\w)к)\s+(?:предыдущ\w+|прошл\w+)\s+(?:квартал\w*|месяц\w*)",
            "prevsub",
        ),
        (
            rf"(?:по\s+сравнению\s+со?|чем\s+(?:во|в|за)|относительно|против)\s+"
            # «сократилось на 500 по сравнению с первым»: the quarter word may be left out
            rf"(?P<q>перв|втор|трет|четв[её]рт|IV|III|II|I)\w*(?:\s+квартал\w*)?(?:\s+(?P<y>{YEAR}))?",
            "quarter",
        ),
        # «рост в 2,3 раза к I кварталу»: «к» and a quarter named
        (
            rf"(?<!\w)ко?\s+(?P<q>перв|втор|трет|четв[её]рт|IV|III|II|I)\w*\s+(?:квартал\w*|кв\.)"
            rf"(?:\s+(?P<y>{YEAR}))?",
            "quarter",
        ),
        # «выросло на 40% к аналогичному периоду 2024 года», «на 250% к 2023 году»: «к» right after
        # a percent names the baseline (elsewhere «к 2030 году» is "by 2030")
        (
            rf"(?<=%)\s*к\s+(?:тому\s+же|аналогичн\w+)\s+(?:период\w*|квартал\w*|месяц\w*)\s+"
            rf"(?P<y>{YEAR})",
            "sameyear",
        ),
        (rf"(?<=%)\s*к\s+(?P<y>{YEAR})(?:\s*г\.|\s+год\w*|-м(?!\w)|-му(?!\w))", "year"),
        # «(x3 к 2024 г.)»: the shorthand's baseline year
        (rf"[xх×]\d+(?:[.,]\d+)?\s*к\s+(?P<y>{YEAR})", "year"),
        # «(+40% к январю–июню 2024 г.)»: the months named, of that year (read in extract)
        (
            rf"(?<=%)\s*к\s+{RU_MONTH}\w*(?:\s*[–—-]\s*{RU_MONTH}\w*)?\s+(?P<y>{YEAR})",
            "year",
        ),
        (
            r"в\s+годовом\s+выражении|год\s+к\s+году|(?<!\w)за\s+(?:один\s+)?год(?!\w)|"
            r"(?<!\w)г/г(?!\w)",
            "prev",
        ),
        (rf"(?:по\s+сравнению\s+с|чем\s+в)\s+{RU_MONTH}(?!\s+\d)", "month"),
        (
            rf"(?:по\s+сравнению\s+с|чем\s+(?:во|в|за)|относительно|против|с)\s+(?:[\w–—-]+\s+){{0,2}}(?P<y>{YEAR})",
            "year",
        ),
        # «на 700 поездок превышает допандемийный 2019 год»: the year exceeded
        (rf"(?<!\w)(?:превыша\w*|превысил\w*)\s+(?:[\w–—-]+\s+){{0,2}}(?P<y>{YEAR})", "year"),
        # «в 12 раз больше, чем за январь — март прошлого года»: those months of last year
        # (the period reader gives them; see _baseline_label)
        (
            rf"(?:по\s+сравнению\s+с|чем\s+(?:во|в|за))\s+{RU_MONTH}\w*"
            rf"(?:\s*[–—-]\s*{RU_MONTH}\w*)?\s+прошл\w+\s+год\w*",
            "months",
        ),
        (
            # a bare «в прошлом году» is when the figure is, not what it is compared with
            r"(?:по\s+сравнению\s+с\s+|чем\s+(?:(?:во|в|за)\s+)?(?:весь\s+)?|против\s+)(?:прошл\w+\s+год\w*|год\s+назад)",
            "last",
        ),
        (
            # («в 3,4 раза больше, чем в том же квартале прошлого года»)
            r"(?:тот\s+же|тем\s+же|тому\s+же|том\s+же|аналогичн\w+)\s+"
            r"(?:период|квартал|месяц|полугоди)\w*\s+прошлого\s+года",
            "samelast",
        ),
        (
            r"(?:чем\s+|по\s+сравнению\s+с\s+)?(?:годом\s+ранее|годом\s+раньше|предыдущ\w+\s+год\w*)",
            "prev",
        ),
        # «вдвое реже, чем кварталом ранее»: the quarter (or month) before the claim's
        (r"(?:чем\s+)?(?:кварталом|месяцем)\s+(?:ранее|раньше)", "prevsub"),
        # «на 20% меньше, чем до пандемии»: 2019
        (
            r"(?:чем\s+|по\s+сравнению\s+с\s+)?(?:до\s+пандемии|допандемийн\w+\s+уровн\w+)",
            "prepandemic",
        ),
    ],
    "ko": [
        # "2018년 같은 기간의 3분의 1": the same months of that year (not the whole year)
        (
            rf"(?P<y>{YEAR})\s*년\s*(?:같은|동)\s?기간\s*(?:\([^)]*\)\s*)?"
            r"(?:의|에\s*비해|보다|대비|과\s*비교)",
            "sameyear",
        ),
        (
            # "2023년(1117건) 대비": the baseline's figure may stand in brackets, or right after
            # the year ("2023년 1천117건의 약 12배"); "2019년 수준의 3배": that year's level is
            # its figure
            rf"(?P<y>{YEAR})\s*년\s*(?:\([^)]*\)\s*|(?:약\s?)?{_KO_NUM}\s?(?:여\s?)?(?:명|건)\s*)?"
            r"(?:수준\s?)?(?:의|에\s*비해|보다|대비|과\s*비교|에\s*견줘|동기\s*대비)",
            "year",
        ),
        (r"전년(?:\s*동기)?(?:\s*\([^)]*\))?\s*(?:의|대비|보다|에\s*비해|比)?", "prev"),
        # "1년 전보다 12배": a year before the figure's period, as "전년 동기" (so is "1년 전
        # 같은 분기보다", and "1년 전 같은 시점의 640명보다": the same day a year before)
        (
            r"(?:(?:1|한)\s?년|한\s?해)\s?전(?:\s?(?:같은|동)\s?(?:기간|분기|달|시점))?"
            r"(?:\s*\([^)]*\))?"
            r"\s*(?:의|대비|보다|에\s*비해)",
            "prev",
        ),
        # (its figure may stand in brackets: "직전 분기(332명)의 11배")
        (
            r"(?:직전|전|지난|앞)\s?(?:분기|달)(?:\s*\([^)]*\))?\s*(?:보다|에\s*비해|대비|의)",
            "prevp",
        ),
        # "2년 새 세 배로 늘어 현재 200명": within so many years, counted back from the document
        # ("1년 새" is left to the reading of an earlier state: "…이었는데, 1년 새 6.4배로")
        (r"(?P<k>[2-9])\s?년\s?(?:새|사이에?)(?![가-힣])", "within"),
        # "6월 1일 현재 … 1월 1일(1천980명)보다 72% 증가": a day of the year, its figure in
        # brackets (the period reader dates it)
        (
            r"(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*\([^)]*\))?\s*(?:보다|에\s*비해|대비)",
            "month",
        ),
        # "지난해 7월보다 1천300명 늘어난", "지난해 7월 공개한 수치(2천800명)보다": a month (the
        # figure a body gave for it may be named, its count in brackets) is the baseline (the
        # period reader dates it; not "1월 1일보다", the rule above)
        (
            rf"(?:{YEAR}\s*년\s*|지난해\s*|작년\s*|올해\s*)?(?<!\d)\d{{1,2}}\s*월(?!\s*\d)"
            r"(?:\s*(?:에\s*)?[가-힣]{1,4}한\s*(?:수치|통계|집계|자료|숫자|인원))?"
            r"(?:\s*\([^()]{1,20}\))?\s*(?:보다|에\s*비해|대비)",
            "month",
        ),
        # "2분기 … 1분기의 두 배": a numbered quarter (of the year given, else the claim's); its
        # figure may stand in brackets ("1분기(약 300명)의 10배")
        (
            rf"(?:(?P<y>{YEAR})\s*년\s*)?(?P<q>[1-4])\s*분기(?:\s*\([^)]*\))?\s*"
            r"(?:의|보다|에\s*비해|대비)",
            "quarter",
        ),
        (
            # "지난해 4분기에 4천 명을 넘었던 것과 비교하면": the period named at the start of a
            # clause compared with (read in extract; its figure is the baseline); not "같은 기간"
            # (the rules above and below)
            rf"(?:(?P<y>{YEAR})\s*년|지난해|작년)\s?(?:(?!같은|동기|기간|은\s|는\s)[^,.;]){{0,30}}?"
            r"[가-힣]\s(?:것|때)(?:과|와)\s*비교(?:하면|해|하여|할\s?때)",
            "clause",
        ),
        (
            # "2022년 4분기 600명과 비교하면": a period and its figure, compared with ("지난해
            # 9월 학기 32명과": the semester that starts in that month); the figure may stand in
            # brackets ("지난해 4분기(600여 명)와 비교하면")
            rf"(?:(?P<y>{YEAR})\s*년|지난해|작년)\s?(?:[1-4]\s*분기|[상하]반기|\d{{1,2}}\s*월"
            r"|\d{1,2}\s*[~∼-]\s*\d{1,2}\s*월)?(?:\s?(?:학기|신학기))?(?:\s?(?:의\s?)?(?:약\s?)?"
            rf"{_KO_NUM}\s?(?:여\s?)?(?:명|건)|\s?\([^()]{{1,20}}\))(?:과|와)\s*비교(?:하면|해|하여|할\s?때)",
            "clause",
        ),
        (
            # "지난해 같은 분기 유학 목적 입국자가 62명이었던 것과 비교하면 60배": the same
            # period a year before, in a clause of its own whose figure is the baseline (the
            # "clause" rule above leaves "같은 기간" to this one)
            r"(?:지난해|작년)\s*(?:같은|동)\s?(?:기간|분기|달)\s?(?:[^,.;]){0,30}?"
            r"[가-힣]\s(?:것|때)(?:과|와)\s*비교(?:하면|해|하여|할\s?때)",
            "last",
        ),
        (
            # "지난해 같은 기간 입국자는 1천650명에 그쳐, … 2.9배로 늘어난 셈": the figure of the
            # same period last year, then how much the count grew since: that figure is the baseline
            r"(?:지난해|작년)\s*(?:같은|동)\s?(?:기간|분기|달)(?:의)?\s*[가-힣]{1,6}(?:는|은|가|이)\s*"
            rf"(?:약\s?)?{_KO_NUM}\s?(?:여\s?)?명(?=에\s*(?:그쳐|그치|그쳤|불과))",
            "last",
        ),
        (
            # "지난해 3분기에는 142건이었으니 14배 넘게 늘어난 셈": the figure a named period
            # "was", then how much the count grew since ("was …, so"): that figure is the
            # baseline (not "…이었는데, 1년 새 4.5배로": the period of the growth is read apart)
            rf"(?:(?P<y>{YEAR})\s*년|지난해|작년)\s?(?:[1-4]\s*분기|[상하]반기|\d{{1,2}}\s*월)?"
            r"(?:에는|엔|에)?\s*(?:[가-힣]{1,8}(?:는|은|가|이)\s*)?"
            rf"(?:약\s?)?{_KO_NUM}\s?(?:여\s?)?(?:명|건)(?=\s?(?:이었|였)(?:으니|으므로))",
            "clause",
        ),
        (
            # "작년 같은 기간(2천90명)보다": the baseline figure in parentheses, or right after
            # the period ("지난해 같은 기간 2천90명보다")
            # ("지난해 같은 분기 입국자 1천여 명과 비교하면": the noun of that figure before it)
            # (speech's "작년 같은 기간이랑 비교하면": "with" said as "이랑")
            # ("작년 한 해(1천41건)의 네 배", "지난해 전체(1천41건)의": the whole of last year)
            r"(?:지난해|작년)\s*(?:(?:같은|동)\s?(?:기간|분기|달)(?:에)?\s*|한\s?해\s?|전체\s?)?(?:\([^)]*\)\s*"
            rf"|(?:[가-힣]{{1,5}}\s)?(?:약\s?)?{_KO_NUM}\s?(?:여\s?)?명\s*)?"
            r"(?:보다|에\s*비해|대비|의|(?:과|와|이랑|랑|하고)\s*비교)",
            "last",
        ),
    ],
    "zh": [
        # "与2018年同期相比": the same months of that year (not the whole year)
        (rf"(?:较|較|比|与|與|和|同)\s*(?P<y>{YEAR})\s*年同期", "sameyear"),
        # (traditional forms too: "較2024年增加逾五成")
        (rf"(?:较|較|比|与|與|和|同)\s*(?P<y>{YEAR})\s*年", "year"),
        # "比第二季度增加了约30%": a quarter of the figure's year
        (
            # ("较首季增加": the first quarter as "首季")
            rf"(?:较|較|比|与|與|同)\s*(?:(?P<y>{YEAR})\s*年)?\s*"
            r"(?:第(?P<q>[一二三四1-4])|(?P<qn>首))\s*(?:季度|季)",
            "quarter",
        ),
        # "是第二季度的11倍多": the quarter whose figure it is measured against ("是第二季度365人的
        # 11倍多": its figure may stand before 的, as after a year below)
        (
            rf"(?:是|为|為|相当于|相當於|达到|達到)\s*(?:(?P<y>{YEAR})\s*年)?\s*"
            rf"(?:第(?P<q>[一二三四1-4])|(?P<qn>首))\s*(?:季度|季)(?:[(（][^()（）]{{1,15}}[)）]|(?:约|約)?(?:{_ZH_NUM})\s*(?:余|餘|多)?\s*"
            r"(?:名|人次|人))?的",
            "quarter",
        ),
        # "仅为2019年的一半", "是2019年同期的3倍": the year whose figure it is measured against
        # "是疫情前2019年的两倍多": a short "before …" between the verb and the year
        # ("不足疫情前2019年同期的五分之一": "less than" a part of it)
        (
            rf"(?:是|为|為|不足|不到|仅及|僅及)\s*(?:[\u4e00-\u9fff]{{1,4}}前\s*)?(?P<y>{YEAR})\s*"
            r"年同期的",
            "sameyear",
        ),
        # "约为2022年(900人次)的10倍": the year's figure may stand in brackets
        # ("約為2023年1117人的12倍": or before 的, as after "去年" below; "接近2023年的12倍",
        # "相当于2022年的3倍": a verb of nearness or likeness stands for the copula, as below)
        (
            rf"(?:是|为|為|接近|将近|將近|相当于|相當於)\s*(?:[\u4e00-\u9fff]{{1,4}}前\s*)?(?P<y>{YEAR})\s*年(?:全年)?"
            rf"(?:[(（][^()（）]{{1,15}}[)）]|(?:约|約)?(?:{_ZH_NUM})\s*(?:余|餘|多)?\s*(?:名|人次|人))?的",
            "year",
        ),
        # "从2023年的约200人猛增至2024年的4,800人": the figure it grew from
        (
            rf"(?:从|從|由)\s*(?P<y>{YEAR})\s*年(?:的)?"
            r"(?=[^,，。;；]{0,20}?(?:增至|增加到|增长到|升至|上升到|降至|减至|減至|减少到|下降到))",
            "from",
        ),
        # "是去年同期的3倍", "為去年同期的近4倍", "是去年全年的3倍"
        # ("是前年1117人次的近12倍": the year's figure may stand before 的, as in brackets;
        # "接近去年同期的3倍": a verb of nearness stands for the copula and still names the base)
        (
            # ("比去年全年多出近八成": the whole year in the phrase, see sentence._whole_year)
            r"(?:较|較|比|与|與|同)\s*(?:去年|前年)(?:全年)?"
            r"|(?:是|为|為|接近|将近|將近|相当于|相當於)\s*(?:去年|前年)(?:同期|全年)?"
            rf"(?:[(（][^()（）]{{1,15}}[)）]|(?:约|約)?(?:{_ZH_NUM})\s*(?:余|餘|多)?\s*(?:名|人次|人))?的",
            "last",
        ),
        # "比上一年增长", "是上一年的近12倍", "比一年前增加": the year before the figure's
        # (Taiwan's "年增3成", "年減超過5成": year on year, right before the amount; not
        # "去年增…", "逐年增…")
        (
            r"(?:较|較|比|与|與|同)\s*(?:上一?年|前一年|一年前)|(?:是|为|為)\s*(?:上一?年|前一年|一年前)的"
            r"|同比|按年|(?<![去今前明本逐每上当當])年(?:增|減|减)"
            r"(?=\s*(?:约|約|近|逾|超过|超過|将近|將近)?\s*(?:\d|[一二两兩三四五六七八九十]))",
            "prev",
        ),
        # "較前一季減少近六成": the quarter before, in traditional forms too
        # "按季增長近一倍": Hong Kong's quarter on quarter (not "按季度", "by quarter")
        (
            # ("是上一季的两倍多": the copula before the quarter, as with a year above)
            r"(?:较|較|比|与|與|同)\s*(?:上季度|上一季度?|上季|前一季度?|前一個?季度?|上个?月|上個?月"
            r"|前一个?月|前一個?月)|环比|環比|按季(?!度)"
            r"|(?:是|为|為|达到|達到)\s*(?:上一?季度?|前一季度?|前一個?季度?)的",
            "prevp",
        ),
        # "今年7月…比6月翻了一番": a named month is the baseline (its period is read in extract)
        (r"(?:较|較|比|与|與|同)\s*\d{1,2}\s*月(?:份)?", "month"),
    ],
}


# A comparison needs one of these markers; sentences without one skip every rule.
_GATE = {
    "en": r"fold|times|twice|doubl|tripl|trebl|quadrupl|half|%|percent|per cent|\bby\s+\S*\d|highest|\d\s?x\b|(?<![\w.])[x×]\d|"  # noqa: E501
    r"largest|most\b|biggest|busiest|greatest|record|\bup\s+\S*\d|\bdown\s+\S*\d|\d\s+(?:\w+\s+)?(?:more|fewer|higher|lower)\s+than|"
    r"than\s+(?:in\s+|during\s+)?any\s|all-time|\b(?:a|one)[\s-](?:third|quarter|fifth|tenth)\b|"
    r"lowest|smallest|fewest|record\s+low",
    "ru": r"раз|больше|меньше|превыш|превыс|вдвое|втрое|вчетверо|впятеро|вдесятеро|удвоил|утроил|учетверил|%|процент|рекорд|максим|"  # noqa: E501
    r"наибольш|высок|любой|(?<![\w.])[xх×]\d|минимальн|наименьш|низк|минимум|антирекорд|"
    r"(?:вырос|возрос|увелич|сократ|снизил|уменьш|упал)\w*\s+"
    r"(?:(?:примерно|почти|более\s+чем|еще|ещё)\s+)?на\s+(?:\d|"
    r"(?:примерно\s+|почти\s+)?(?:четверть|треть|половину|пятую|десятую))",
    "ko": r"배|%|퍼센트|최대|최고|최다|최저|가장|처음|늘어|늘었|늘린|증가|많았|많아|"
    r"많은|줄어|줄었|줄인|감소|적었|적어|적은|급증|급감|절반|분의",
    "zh": r"倍|番|%|％|百分点|首次|首度|第一次|最高|最多|最大|新高|最低|新低|之最|增|减|"
    r"減|下降|跌|比|较|較|一半|分之",
}


@functools.cache
def _gate(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # (for lower-cased text, for any text): see lexicon.lowered
    return re.compile(_GATE[lang]), re.compile(_GATE[lang], re.IGNORECASE)


def may_compare(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` has a comparison marker at all (a cheap test before the rules)."""
    low_rx, any_rx = _gate(lang)
    low = lexicon.lowered(sentence)
    return (low_rx.search(low) if low is not None else any_rx.search(sentence)) is not None


@functools.cache
def _compiled(
    lang: str,
) -> tuple[list[tuple[lexicon.Caseless, str, tuple[str, ...]]], list[tuple[lexicon.Caseless, str]]]:
    rules = _RULES.get(lang, [])
    needs = _NEEDS.get(lang, [])
    if len(needs) != len(rules):
        raise AssertionError(f"comparisons: {lang} has {len(rules)} rules, {len(needs)} needs")
    return (
        [(lexicon.Caseless(s), h, w) for (s, h), w in zip(rules, needs, strict=True)],
        [(lexicon.Caseless(s), h) for s, h in _BASE_RULES.get(lang, [])],
    )


_SMALL_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_LOW_RECORD = re.compile(r"최저|가장\s?(?:적|낮)|最低|新低")
# the year a record "since the pandemic" is read against (Korean "코로나 이후 최대")
_PANDEMIC_YEAR = 2020


def _value(s: str, lang: str) -> float | None:
    s = s.strip()
    if lang == "zh" and not s[:1].isdigit():
        from sanctionwatch.claims.numbers import parse_zh_numeral

        return parse_zh_numeral(s)
    nums = find_numbers(s, lang)
    if len(nums) == 1 and nums[0].start == 0:
        return nums[0].value
    return None


def find_comparisons(sentence: str, lang: str) -> list[ComparisonMention]:
    """Every comparison in ``sentence`` with the span of its baseline phrase, left to right."""
    if not may_compare(sentence, lang):
        return []
    return list(_comparisons(sentence, lang))


# the article reader asks twice of some sentences (is it a record of the figure before? then
# its claims): the last few answers are kept
@functools.lru_cache(maxsize=4)
def _comparisons(sentence: str, lang: str) -> tuple[ComparisonMention, ...]:
    rules, base_rules = _compiled(lang)
    found: list[ComparisonMention] = []
    taken: list[tuple[int, int]] = []
    low = sentence.lower()
    for rx, handler, needs in rules:
        if not any(w in low for w in needs):
            continue
        for m in rx.finditer(sentence):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            g = m.groupdict()
            value: float | None = None
            kind = "ratio"
            consumed: tuple[int, int] | None = None
            lowest = False
            base_span: tuple[int, int] | None = None
            base_year: int | None = None
            base_off: int | None = None
            ago = False  # the baseline is counted back from the document date
            if (
                handler in ("ratio", "ratio_word")
                and lang in ("en", "ru")
                and (
                    _OVERSTATED.search(sentence, max(0, m.start() - 25), m.start())
                    or _OVERSTATED.match(
                        sentence, m.end() + 1 if sentence[m.end() : m.end() + 1] == " " else m.end()
                    )
                )
            ):
                continue  # «цифра завышена в десять раз»: a retelling's error, not a change
            if handler == "ratio":
                value = _RATIO_WORDS.get(g["n"].lower()) or _value(g["n"], lang)
                if value is not None and g.get("half"):
                    value += 0.5
                if value is None or value < 1.2 or value > 1000:
                    continue
                consumed = m.span("n")
                if _SMALLER_AFTER.match(sentence, m.end()) or _SMALLER_BEFORE.search(
                    sentence, max(0, m.start() - 30), m.start()
                ):
                    value = 1 / value  # "в 3 раза меньше", «упали в 3 раза»: a third
            elif handler == "ratio_word":
                value = _MULT_WORDS.get(re.sub(r"\s+", " ", g["w"].lower()))
                if value is None:
                    continue
                if value > 1 and (
                    _SMALLER_AFTER.match(sentence, m.end())
                    or _SMALLER_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
                ):
                    past = _PAST_STATE_BEFORE.get(lang, _NEVER).search(sentence, 0, m.start())
                    if past is not None and past.group("back"):
                        pass  # «полгода назад их было втрое меньше»: now is thrice then
                    elif past is not None and past.group("ago"):
                        # «а год назад было вдвое меньше»: now is twice the count a year ago
                        base_off, ago = -1, True
                        base_span = past.span("ago")
                    elif past is not None:
                        # «В 2019 году … их было втрое меньше»: that year had a third of the
                        # count now; the ratio of now to that year is three
                        base_year = int(past.group("y"))
                        base_span = past.span("y")
                    else:
                        value = 1 / value  # "вдвое меньше", «сократились вдвое»: half as many
            elif handler == "ratio_frac":
                den, num = _value(g["d"], lang), _value(g["nu"], lang)
                if not den or not num or num >= den:
                    continue
                value = round(num / den, 4)
                consumed = (m.start("d"), m.end("nu"))
            elif handler in ("percent", "percent_ru"):
                kind = "percent_change"
                value = _value(g["n"], lang)
                if value is None:
                    continue
                direction = g.get("dir") or _verb_window(sentence, m.start(), m.end())
                if (
                    handler == "percent_ru"
                    and not g.get("dir")
                    and _ELIDED_VERB.search(sentence, max(0, m.start() - 4), m.start())
                    # «— на 38% меньше»: a dash, but the change says its own way
                    and not _OWN_WAY_AFTER.match(sentence, m.end())
                ):
                    # the elided verb: the one of the clause before the dash
                    direction = sentence[max(0, m.start() - 120) : m.start()]
                if direction and (_DOWN.search(direction) or direction in ("-", "－", "−", "–")):
                    value = -value
                consumed = m.span("n")
            elif handler == "fraction":
                kind = "percent_change"
                value = _FRACTIONS[re.sub(r"\s+", " ", g["w"].lower())]
                if _DOWN.search(g["dir"]):
                    value = -value
            elif handler == "percent_tenths":
                kind = "percent_change"
                value = _value(g["n"], lang)
                if value is None:
                    continue
                value *= 10
                if _DOWN.search(g["dir"]):
                    value = -value
                consumed = m.span("n")
            elif handler == "record_none":
                kind = "record"
            elif handler == "record_none_low":
                kind, lowest = "record", True
            elif handler == "difference_to_time":
                kind = "difference"
                which = "n" if g.get("n") else "n2"
                value = _value(g[which], lang)
                if value is None:
                    continue
                if _DOWN.search(g.get("dir") or g.get("dir2") or ""):
                    value = -value
                consumed = m.span(which)
            elif handler == "difference":
                kind = "difference"
                value = _value(g["n"], lang)
                if value is None:
                    continue
                if _DOWN.search(g["dir"]):
                    value = -value
                consumed = m.span("n")
            elif handler in ("record", "record_low"):
                kind = "record"
                base_year = int(g["y"])
                # ("2022년 이후 최저", "为2022年以来最低": a Korean or Chinese record low)
                lowest = handler == "record_low" or bool(_LOW_RECORD.search(m.group()))
            elif handler == "record_pandemic":
                kind = "record"
                base_year = _PANDEMIC_YEAR
                lowest = bool(_LOW_RECORD.search(m.group()))
            elif handler == "record_first":
                kind = "record"
                base_year = int(g["y"])
                consumed = m.span("n")
            elif handler in ("record_k", "record_k_low"):
                kind = "record"
                k = _value(g["k"], lang)
                if k is None:
                    continue
                base_off = -int(k)
                lowest = handler == "record_k_low"
            taken.append(m.span())
            found.append(
                ComparisonMention(
                    m.start(),
                    m.end(),
                    kind,
                    value,
                    base_year,
                    base_off,
                    base_span,
                    consumed,
                    ago,
                    lowest=lowest,
                )
            )
    if not found:
        return ()
    if any(c.kind == "record" and (c.baseline_year or c.baseline_offset) for c in found):
        # "A record 2,310 …, the highest since at least 2010": one record, with its baseline
        found = [
            c
            for c in found
            if c.kind != "record" or c.baseline_year is not None or c.baseline_offset is not None
        ]
    found.sort(key=lambda c: c.start)
    # baseline phrases: the nearest one in the same stretch of text as the marker
    bases: list[tuple[int, int, str, int | None]] = []
    quarters: dict[int, int] = {}
    for rx, handler in base_rules:
        for m in rx.finditer(sentence):
            y = int(m.group("y")) if "y" in m.groupdict() and m.group("y") else None
            if handler == "within":
                y = int(m.group("k"))
            if handler == "prepandemic":
                handler, y = "year", _PANDEMIC_YEAR - 1
            if handler == "yearsago":
                # ("the number three years ago": so many years before the document's year)
                said = m.group("k").lower()
                handler, y = (
                    "within",
                    int(said) if said.isdigit() else _SMALL_COUNTS.index(said) + 2,
                )
            if handler == "quarter":
                q = (m.group("q") or m.groupdict().get("qn") or "").lower()
                quarters[m.start()] = _QUARTER_WORDS.get(q, _QUARTER_WORDS.get(q[:4], 0))
            bases.append((m.start(), m.end(), handler, y))
    out = []
    for c in found:
        if c.kind == "record":
            out.append(c)
            continue
        best = None
        for b in bases:
            if b[0] >= c.end:
                dist = b[0] - c.end
            elif b[1] <= c.start:
                dist = c.start - b[1]
            else:
                dist = 0
            if dist <= 60 and (best is None or dist < best[0]):
                best = (dist, b)
        if best is None:
            out.append(c)
            continue
        b = best[1]
        by, boff = c.baseline_year, c.baseline_offset
        if b[2] in ("year", "sameyear", "quarter", "from", "clause"):
            by = b[3]
        elif b[2] in ("prev", "last", "samelast"):
            boff = -1  # "than last year": one year before the claim's own year
        elif b[2] == "within" and b[3]:
            boff = -b[3]  # "2년 새": that many years before the document's year
        out.append(
            ComparisonMention(
                c.start,
                c.end,
                c.kind,
                c.value,
                by,
                boff,
                # "从2023年的200人…增至": the year is the baseline, but its figure is a
                # claim of its own (and the figures up to the marker are not baselines)
                None if b[2] == "from" else (b[0], b[1]),
                c.consumed,
                # "지난해 …한 것과 비교하면": last year, at a finer period the phrase may name
                b[2] in ("last", "within") or (b[2] == "clause" and b[3] is None),
                baseline_previous_period=b[2] in ("prevp", "prevsub"),
                baseline_same_period=b[2] in ("sameyear", "samelast"),
                baseline_quarter=quarters.get(b[0]) if b[2] == "quarter" else None,
            )
        )
    return tuple(out)


def _verb_window(sentence: str, start: int, end: int) -> str:
    """Words around a Russian "на 40%" that say which way it went ("выросло", "сократилось")."""
    return sentence[max(0, start - 40) : min(len(sentence), end + 30)]
