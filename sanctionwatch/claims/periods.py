"""Periods named in a sentence ("in 2024", "in the third quarter", "from July to September 2024",
"last year", "в первом полугодии", "1~9월", "지난해", "去年", "上半年"), resolved to contract period
strings against the document date.

Month names, quarters and halves are a closed calendar vocabulary, so they are written here as
regexes; relative-year words ("last year", "지난해") are data in ``vocab/periods.yaml``.
"""

from __future__ import annotations

import functools
import itertools
import re
from datetime import date, timedelta
from typing import NamedTuple

from sanctionwatch.claims import lexicon
from sanctionwatch.claims.numbers import parse_zh_numeral

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DIGIT = re.compile(r"\d")
# every relative-year phrase in vocab/periods.yaml contains this (a cheap test before the regex)
_REL_GATE = {"en": "year", "ru": "год", "ko": "", "zh": "年"}


class PeriodMention(NamedTuple):  # a tuple: built by the thousand, cheap to make
    """A period in a sentence; ``label`` is None when it cannot be resolved (no document date)."""

    start: int
    end: int
    label: str | None
    kind: str  # "year", "quarter", "months", "month", "day", "relative"
    year: int | None = None


def year_label(y: int) -> str:
    return f"{y:04d}"


def months_label(y: int, m1: int, m2: int) -> str:
    if m1 == m2:
        return f"{y:04d}-{m1:02d}"
    if m1 == 1 and m2 == 12:
        return year_label(y)
    return f"{y:04d}-{m1:02d}..{y:04d}-{m2:02d}"


def shift_label(label: str | None, years: int) -> str | None:
    """The same period ``years`` later ("2024-Q3", -1 -> "2023-Q3"); None stays None."""
    if not label:
        return None
    return re.sub(r"\d{4}", lambda m: f"{int(m.group()) + years:04d}", label)


def previous_sub_label(label: str | None) -> str | None:
    """The quarter or month before ("2024-Q1" -> "2023-Q4", "2025-03" -> "2025-02"); None for a
    year or a span of months, where "the previous quarter" has no single meaning."""
    if not label:
        return None
    m = re.fullmatch(r"(\d{4})-Q([1-4])", label)
    if m:
        y, q = int(m[1]), int(m[2])
        return f"{y - 1:04d}-Q4" if q == 1 else f"{y:04d}-Q{q - 1}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", label)
    if m:
        y, mo = int(m[1]), int(m[2])
        return f"{y - 1:04d}-12" if mo == 1 else f"{y:04d}-{mo - 1:02d}"
    m = re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", label)
    if m:
        # "April–June" against "the previous three months": the same number of months before
        a = int(m[1]) * 12 + int(m[2]) - 1
        b = int(m[3]) * 12 + int(m[4]) - 1
        n = b - a + 1
        a, b = a - n, b - n
        return f"{a // 12:04d}-{a % 12 + 1:02d}..{b // 12:04d}-{b % 12 + 1:02d}"
    return None


def label_year(label: str | None) -> int | None:
    if not label:
        return None
    head = label[:4]
    if head.isdecimal() and len(head) == 4:  # every label starts with its year: a fast path
        return int(head)
    m = re.match(r"(\d{4})", label)
    return int(m.group(1)) if m else None


_EN_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_RU_MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_ORD = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
    "последн": 4,
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "четвёрт": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "首": 1,  # "今年首季": the first quarter
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
}
_FIRST_QUARTERS = {"two": 2, "three": 3, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3}
_COUNT = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "шести": 6,
    "девяти": 9,
}
_ZH_SMALL = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "兩": 2,
    "十": 10,
    "十一": 11,
    "十二": 12,
}

EN_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
RU_MONTH = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"


def _en_month(s: str) -> int:
    return _EN_MONTHS[s[:3].lower()]


def _ru_month(s: str) -> int:
    s = s.lower()
    for stem, n in _RU_MONTHS.items():
        if s.startswith(stem):
            return n
    raise ValueError(s)


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return _COUNT.get(s) or _ZH_SMALL.get(s) or _ORD.get(s)


def _ord(s: str) -> int:
    s = s.lower()
    if s in _ORD:
        return _ORD[s]  # "iv" is 4, not the "i" it starts with
    for k, v in _ORD.items():
        if s.startswith(k):
            return v
    raise ValueError(s)


# ---- patterns per language: (regex, handler name) in priority order --------------------------
_REL_EN = r"(?P<rel>this year|last year|the previous year|the current year)"

_RULES: dict[str, list[tuple[str, str]]] = {
    "en": [
        # a wire dateline ("SEOUL, Nov. 12 (Yonhap) --"): the day the story was filed, not the
        # period of anything in it
        (
            rf"^\s*(?:\(LEAD\)\s*)?[A-Z][A-Za-z .'-]{{1,30}},\s+(?P<m>{EN_MONTH})\.?\s+"
            rf"(?P<d>\d{{1,2}})(?:,\s+(?P<y>{YEAR}))?\s*(?:\([^)]{{1,40}}\)\s*)?(?:--|—|–)",
            "named",
        ),
        # "Since 2023, a total of …": from that January to the document's month (a count of
        # all who came since); "so far this year": from January
        (
            rf"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<y>{YEAR})\b(?![-–]\d)",
            "sinceyear",
        ),
        # "have rotated through Russia since the first deployment in October 2024": from that
        # month to the document's month
        (
            rf"\bsince\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?in\s+)?(?P<m>{EN_MONTH})\s+(?:of\s+)?(?P<y>{YEAR})\b",
            "sincemonth",
        ),
        (
            rf"\bsince\s+(?:(?:late|early|mid-?)\s*|the\s+(?:autumn|fall|spring|summer|winter|end|"
            rf"middle)\s+of\s+|(?:autumn|fall|spring|summer|winter)\s+(?:of\s+)?)(?P<y>{YEAR})\b",
            "named_since",
        ),
        (
            r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|so\s+far\s+this\s+year|"
            r"year[-\s]to[-\s]date)\b",
            "ytd",
        ),
        # "last spring", "this summer", "in the autumn of 2024": three months (winter, which
        # straddles two years, is left out)
        (
            rf"\b(?:(?P<rel2>this|last|next)\s+(?P<s>spring|summer|autumn|fall)|(?:in\s+)?(?:the\s+)?"
            rf"(?P<s2>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<y>{YEAR}))\b",
            "season",
        ),
        (
            rf"(?:from|between)\s+(?P<m1>{EN_MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|and|through|until|till|-|–)"
            rf"\s+(?P<m2>{EN_MONTH})(?:,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|{_REL_EN}))?",
            "mrange",
        ),
        # ("in January-March this year": the year named by a word)
        (
            rf"(?P<m1>{EN_MONTH})\s*[-–]\s*(?P<m2>{EN_MONTH})(?:,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|{_REL_EN}))?",
            "mrange",
        ),
        # "Year to date, January through September,": "through" alone joins two months (so does
        # "to": "July to September alone accounted for 2,317")
        (
            rf"\b(?P<m1>{EN_MONTH})\s+(?:through|thru|to)\s+(?P<m2>{EN_MONTH})"
            rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?",
            "mrange",
        ),
        # "in April through June": a month range without "from"
        (
            rf"\b(?:in|during)\s+(?P<m1>{EN_MONTH})\s+(?:through|thru|to|until)\s+(?P<m2>{EN_MONTH})"
            rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?",
            "mrange",
        ),
        (
            # "in the twelve months to March 2025": a rolling span that ends with that month
            rf"(?:the\s+)?(?P<n>twelve|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
            rf"\s+months\s+(?:to|through|until|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?"
            rf"(?P<m>{EN_MONTH})(?:,?\s+(?P<y>{YEAR}))?",
            "trailing",
        ),
        # "over the past two months" (said on 20 October): from August to the document's month,
        # each month the span touches
        (
            r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+"
            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b"
            # (not "the last three months of 2024": that year's, see "lastn")
            r"(?!\s+of\s+(?:(?:19|20)\d\d|this|last|the|next)\b)",
            "recent",
        ),
        # "over the past two years" (said on 3 July 2025): the 24 months to the last month
        # counted (see "recentyears")
        (
            r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+"
            r"(?P<n>two|three|four|five|\d)\s+years\b",
            "recentyears",
        ),
        # "since January" (no year): from that month, the latest one not after the document
        (rf"\bsince\s+(?:early\s+|late\s+|mid-?)?(?P<m>{EN_MONTH})\b(?![\s,]*\d)", "sincebare"),
        # "the last three months of 2024": October to December of that year
        (
            rf"(?:the\s+)?(?:last|final|closing)\s+(?P<n>two|three|four|five|six|seven|eight|nine|"
            rf"ten|eleven|\d{{1,2}})\s+months\s+of\s+(?:(?P<y>{YEAR})|{_REL_EN})",
            "lastn",
        ),
        (
            rf"(?:the\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months"
            rf"(?:\s+of\s+(?:(?P<y>{YEAR})|{_REL_EN}))?",
            "firstn",
        ),
        (
            # "the first three quarters of this year": January to September
            r"(?:the\s+)?first\s+(?P<q>two|three|2|3)\s+quarters"
            rf"(?:\s+of\s+(?:(?P<y>{YEAR})|{_REL_EN}))?",
            "firstq",
        ),
        (
            # ("the final quarter of 2024": the fourth)
            rf"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter"
            rf"(?:\s+of\s+(?:(?P<y>{YEAR})|{_REL_EN}))?",
            "quarter",
        ),
        # ("the last quarter of 2024": the fourth, with its year; "last quarter" alone is the
        # quarter before)
        (rf"(?:the\s+)?(?P<q>last)\s+quarter\s+of\s+(?P<y>{YEAR})", "quarter"),
        (rf"\bQ(?P<q>[1-4])\s*(?P<y>{YEAR})?", "quarter"),
        # "in the first quarter …, and in the second, 2,400": the quarter left unsaid after one
        # named (the gate wants "quarter" in the sentence)
        # (also before "and" and the next figure: "6,905 in the third and 5,015 in the fourth";
        # not "in the third and fourth quarters")
        (
            r"\bin\s+the\s+(?P<q>first|second|third|fourth)"
            r"(?=\s*[,;—–]|\.?\s*$|\s+and\s+(?!(?:the\s+)?(?:first|second|third|fourth)\b))",
            "quarter",
        ),
        (rf"(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+(?:(?P<y>{YEAR})|{_REL_EN}))?", "half"),
        # "in H1", "H1 2025": the first half
        (rf"\b(?P<h>(?-i:H[12]))\b(?:\s*(?P<y>{YEAR}))?", "half"),
        (
            # "in January and February": two consecutive months (checked when read)
            rf"(?:in|during)\s+(?P<m1>{EN_MONTH})\s+and\s+(?P<m2>{EN_MONTH})"
            rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|{_REL_EN}))?",
            "mpair",
        ),
        # a date that names an event or a stock's moment, not the figure's period: "the
        # December 2019 repatriation deadline", "as of March 1, 2025"
        (rf"the\s+(?P<m>{EN_MONTH})\s+(?P<y>{YEAR})\s+(?=(?-i:[a-z]))", "named"),
        # "set a repatriation deadline of December 2019": the deadline, not a period
        (
            rf"\b(?:deadline|cut-?off|expiry)\s+(?:date\s+)?(?:of|in|on)\s+(?:(?P<d>\d{{1,2}})\s+)?"
            rf"(?P<m>{EN_MONTH})(?:\s+\d{{1,2}})?,?\s+(?P<y>{YEAR})",
            "named",
        ),
        # "as of 1 September 2025": a stock counted on a day is at that day; with no year, the
        # latest such day up to the document date (with no document date, as in the dev set's
        # d015, where it stands is left unknown)
        (
            # ("those present on 1 April", "registered on March 1": a stock counted that day)
            rf"(?:as\s+(?:of|at)|(?:present|registered|staying|living|resident)\s+on)\s+"
            rf"(?:(?P<m>{EN_MONTH})\s+(?P<d>\d{{1,2}})(?!\d)|(?P<d2>\d{{1,2}})\s+"
            rf"(?P<m2>{EN_MONTH}))(?:,?\s+(?P<y>{YEAR}))?(?!\s*\d)",
            "stockday",
        ),
        (
            # ("by December 22, 2019": a deadline)
            # (the day's digits are not a year's: "as of June 2024" is that month)
            rf"(?:as\s+(?:of|at)|\bby)\s+(?:(?P<m>{EN_MONTH})\s+(?P<d>\d{{1,2}})(?!\d)|(?P<d2>\d{{1,2}})\s+"
            rf"(?P<m2>{EN_MONTH}))(?:,?\s+(?P<y>{YEAR}))?",
            "named",
        ),
        (rf"(?P<m>{EN_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{YEAR})", "day"),
        (rf"(?P<d>\d{{1,2}})\s+(?P<m>{EN_MONTH}),?\s+(?P<y>{YEAR})", "day"),
        (rf"(?P<m>{EN_MONTH})\s+(?:of\s+)?(?P<y>{YEAR})", "month"),
        (rf"(?P<m>{EN_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b", "dayonly"),
        (rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{EN_MONTH})", "dayonly"),
        (rf"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<m>{EN_MONTH})\b", "month"),
        # "since November", "by March" are open-ended: not the month itself
        (rf"(?:in|during)\s+(?:early|late|mid-?)\s*(?P<m>{EN_MONTH})\b", "month"),
        (rf"(?:in|during)\s+(?P<m>{EN_MONTH})\b", "month"),
        # "this September": the month of the document's year ("last September" is left alone:
        # the press uses it for both the latest and the previous year's)
        (rf"\bthis\s+(?P<m>{EN_MONTH})\b(?!\s+\d)", "month"),
        # "arrived on Monday": the last such day before the document date (see find_periods)
        (r"\bon\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", "weekday"),
        # "doubled in October from September": the month a figure is set against
        (rf"(?:from|than|compared\s+(?:with|to)|over)\s+(?P<m>{EN_MONTH})\b(?!\s+\d)", "month"),
        # "with January accounting for 148": a month that takes its share of a span's figure
        (
            rf"\b(?P<m>{EN_MONTH})\b(?=\s+(?:alone\s+)?(?:accounting|accounted|accounts)\s+for\b)",
            "month",
        ),
        (rf"(?:late|early|mid-?|end of|the end of|the beginning of)\s*(?P<y>{YEAR})", "year"),
        # not "a 2023 agreement": a year naming a document or event is not the figure's period
        (
            rf"(?<![\d.,/])(?P<y>{YEAR})(?:s\b)?(?![\d,.]\d|/)"
            r"(?!\s+(?:intergovernmental\s+|bilateral\s+)?(?:agreement|treaty|deal|accord|pact|law|decree|summit)s?\b)",
            "year",
        ),
    ],
    "ru": [
        # «с 2022 года в общей сложности …», «с начала года»: up to the document's month
        (
            rf"(?<!\w)(?:с|со)\s+(?:начала\s+)?(?P<y>{YEAR})\s*(?:года|г\.?)(?!\s+(?:по|до)\s)",
            "sinceyear",
        ),
        # «с октября 2024 года по март 2025 года»: months across two years
        (
            rf"(?<!\w)(?:с|со)\s+(?P<m1>{RU_MONTH})\s+(?P<y1>{YEAR})\s*(?:года|г\.?)?\s+(?:по|до)\s+"
            rf"(?P<m2>{RU_MONTH})\s+(?P<y>{YEAR})",
            "ymrange",
        ),
        # «с октября 2024 года через Россию прошли …»: from that month to the document's
        (
            rf"(?<!\w)(?:с|со)\s+(?P<m>{RU_MONTH})\s+(?P<y>{YEAR})(?:\s*(?:года|г\.?))?"
            r"(?!\s*(?:года|г\.)?\s*(?:по|до)\s)",
            "sincemonth",
        ),
        (r"(?<!\w)с\s+начала\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года", "ytd"),
        (
            rf"(?<!\w)(?:(?P<rel2>этой|этим|прошлой|прошлым|следующей|следующим)\s+(?P<s>весной|летом|осенью)"
            rf"|(?P<s2>весной|летом|осенью)\s+(?P<y>{YEAR})\s*(?:года|г\.?)?)(?!\w)",
            "season",
        ),
        # «с 2022 по 2024 год»: those years whole
        (
            rf"(?<!\w)(?:с|со)\s+(?P<y1>{YEAR})\s*(?:года|г\.?)?\s+(?:по|до)\s+(?P<y>{YEAR})"
            rf"\s*(?:год\w*|гг?\.?)?",
            "yrange",
        ),
        # «с осени 2024 года»: since a season (or the end) of a year: where it starts is unknown
        (
            rf"(?<!\w)(?:с|со)\s+(?:осени|весны|лета|зимы|конца|середины)\s+(?P<y>{YEAR})"
            rf"\s*(?:года|г\.?)?",
            "named_since",
        ),
        (
            rf"(?:в|во|за)\s+(?P<m1>{RU_MONTH})\s+и\s+(?P<m2>{RU_MONTH})"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?)?",
            "mpair",
        ),
        (
            rf"(?:с|со)\s+(?P<m1>{RU_MONTH})\s+(?:по|до)\s+(?P<m2>{RU_MONTH})"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?|\s+(?P<rel>этого|текущего|прошлого)\s+года)?",
            "mrange",
        ),
        (
            # («за январь—сентябрь этого года»: the year named by a word)
            rf"(?P<m1>{RU_MONTH})\s*[-–—]\s*(?P<m2>{RU_MONTH})(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?|"
            rf"\s+(?P<rel>этого|текущего|прошлого)\s+года)?",
            "mrange",
        ),
        # «в последние три месяца 2024 года»: October to December of that year
        (
            rf"(?<!\w)(?:последни\w+|заключительн\w+)\s+(?P<n>\w+)\s+месяц\w*"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?|\s+(?P<rel>этого|текущего|прошлого)\s+года)",
            "lastn",
        ),
        (
            rf"(?:первые\s+)?(?P<n>\w+)\s+месяц\w*(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?)",
            "firstn",
        ),
        (
            # «за три квартала 2025 года», «в первых трех кварталах»: January to September
            r"(?:(?<!\w)за\s+(?:первые\s+)?|(?<!\w)(?:в\s+)?перв\w+\s+)"
            r"(?P<q>два|двух|три|тр[её]х|2|3)\s+квартал\w*"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?|\s+(?P<rel>этого|текущего|прошлого)\s+года)?",
            "firstq",
        ),
        # «в последнем квартале 2024-го»: the fourth (with its year; «в последнем квартале»
        # alone is the quarter before)
        (rf"(?<!\w)(?P<q>последн)\w*\s+квартал\w*\s+(?P<y>{YEAR})", "quarter"),
        (
            rf"(?P<q>перв|втор|трет|четв[её]рт|IV|III|II|I)\w*\s+квартал\w*"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?|\s+(?P<rel>этого|текущего|прошлого)\s+года)?",
            "quarter",
        ),
        # «за последние два месяца» (said on 20 October): from August to the document's month
        (r"(?<!\w)(?:за|в)\s+(?:последние|прошедшие)\s+(?P<n>\w+)\s+месяц\w*", "recent"),
        (
            r"(?<!\w)(?:за|в)\s+(?:последние|прошедшие)\s+(?P<n>два|три|четыре|пять|\d)\s+(?:года|лет)(?!\w)",
            "recentyears",
        ),
        (
            # "за девять месяцев", "первые шесть месяцев" without a year: the year in context
            r"(?:(?<!\w)за\s+(?:первые\s+)?|(?<!\w)первые\s+)(?P<n>\w+)\s+месяц\w*"
            r"(?:\s+(?P<rel>этого|текущего|прошлого)\s+года)?",
            "firstn",
        ),
        # «I кв.: 318», «за II кв. 2025 г.»: a quarter abbreviated (a table's label)
        (
            rf"(?<!\w)(?P<q>IV|III|II|I|[1-4])\s*кв\.(?:\s*(?P<y>{YEAR})\s*(?:года|г\.?)?)?",
            "quarter",
        ),
        # «в первом квартале … около трёхсот, а во втором, по данным …, — 2,4 тысячи»
        (r"(?<!\w)(?:в|во)\s+(?P<q>перв|втор|трет|четв[её]рт)ом(?=\s*[,—–]|\s+же\b)", "quarter"),
        # «во II квартале … 332, в III — 3 765»: a Roman quarter left unsaid after one named
        (r"(?<!\w)(?:в|во)\s+(?P<q>IV|III|II|I)(?=\s*[,—–])", "quarter"),
        (
            rf"(?P<h>перв|втор|II|I)\w*\s+(?:полугоди\w*|полгода)"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?|\s+(?P<rel>этого|текущего|прошлого)\s+года)?",
            "half",
        ),
        # «(по состоянию) на 1 марта 2025 года»: a stock counted on a day is at that day; «на 1
        # марта» with no year, at the latest such day up to the document date (see the English);
        # so is «к 1 сентября … были зачислены», what had come to be by that day
        (
            rf"(?:по\s+состоянию\s+)?(?<!\w)(?:на|к)\s+(?P<d>\d{{1,2}})(?:-?е)?\s+(?P<m>{RU_MONTH})"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?)?(?!\s*\d)",
            "stockday",
        ),
        # «(по состоянию) на 1 марта 2025 года»: a stock's moment, not the figure's period
        # («до 22 декабря 2019 года»: a deadline)
        (
            rf"(?:по\s+состоянию\s+)?(?<!\w)(?:на|до)\s+(?P<d>\d{{1,2}})(?:-?е)?\s+(?P<m>{RU_MONTH})"
            rf"(?:\s+(?P<y>{YEAR})\s*(?:года|г\.?)?)?",
            "named",
        ),
        (rf"(?P<d>\d{{1,2}})\s+(?P<m>{RU_MONTH})\s+(?P<y>{YEAR})", "day"),
        (rf"(?P<d>\d{{1,2}})\s+(?P<m>{RU_MONTH})", "dayonly"),
        (rf"(?:в|во|за)\s+(?P<m>{RU_MONTH})\s+(?P<y>{YEAR})", "month"),
        # («оценка разведки на июнь 2024 г.»: as of that month)
        (rf"(?<!\w)на\s+(?P<m>{RU_MONTH})\s+(?P<y>{YEAR})", "month"),
        (rf"(?:в|во|за)\s+(?P<m>{RU_MONTH})(?!\s+\d)", "month"),
        # «к концу января», «в начале марта 2025 года»: a stock at a part of a month is that
        # month's (as "the end of January")
        (
            rf"(?<!\w)(?:к\s+концу|в\s+конце|на\s+конец|к\s+началу|в\s+начале|к\s+середине|"
            rf"в\s+середине)\s+(?P<m>{RU_MONTH})(?:\s+(?P<y>{YEAR}))?",
            "month",
        ),
        # «на январь пришлось 148»: a month's share of a span's figure
        (rf"(?<!\w)на\s+(?P<m>{RU_MONTH})(?=\s+(?:пришл|приход))", "month"),
        # «пик пришелся на август (2 516 въездов), минимум — на февраль»: the month a peak or
        # a low fell on
        (
            rf"(?:(?<!\w)приш(?:ел|ёл|ла|ло|ли)с[яь]|(?:пик|максимум|минимум)\s*[—–-])\s+"
            rf"на\s+(?P<m>{RU_MONTH})(?!\s+\d)",
            "month",
        ),
        # «в течение декабря»: during the month
        (rf"(?<!\w)в\s+течение\s+(?P<m>{RU_MONTH})(?:\s+(?P<y>{YEAR}))?(?!\s+\d)", "month"),
        # «в начале марта», «в конце сентября 2024 года»: part of a month is read as the month
        (
            rf"(?<!\w)(?:в\s+)?(?:начале|конце|середине)\s+(?P<m>{RU_MONTH})(?:\s+(?P<y>{YEAR}))?"
            rf"(?!\s+\d)",
            "month",
        ),
        (rf"по\s+сравнению\s+с\s+(?P<m>{RU_MONTH})(?!\s+\d)", "month"),
        (
            r"(?<!\w)(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)",
            "weekday",
        ),
        (rf"(?<![\d.,/])(?P<y>{YEAR})(?:\s*[-–]?\s*(?:год\w*|гг?\.))?(?![\d,.]\d|/)", "year"),
    ],
    "ko": [
        # "2019년 3월경부터 2020년 1월경까지": from a month of one year to a month of another
        (
            rf"(?P<y1>{YEAR})\s*년\s*(?P<m1>\d{{1,2}})\s*월\s*(?:경|께)?\s*(?:부터|~|∼|～|-|–)\s*"
            rf"(?P<y>{YEAR})\s*년\s*(?P<m2>\d{{1,2}})\s*월\s*(?:경|께)?(?:까지)?",
            "ymrange",
        ),
        # "2024년 10월부터 올해 5월까지", "지난해 10월부터 올해 2월까지": the same, a year named by
        # a relative word ("지난해", "올해") on either side
        (
            rf"(?:(?P<y1>{YEAR})\s*년|(?P<r1>지난해|작년|올해|금년))\s*(?P<m1>\d{{1,2}})\s*월\s*"
            r"(?:경|께)?\s*(?:부터|~|∼|～|-|–)\s*"
            rf"(?:(?P<y2>{YEAR})\s*년|(?P<r2>지난해|작년|올해|금년))\s*(?P<m2>\d{{1,2}})\s*월\s*"
            r"(?:경|께)?(?:까지)?",
            "relymrange",
        ),
        # "지난해 4분기부터 올해 1분기까지": quarters across two years, from the first one's
        # opening month to the last one's closing month
        (
            rf"(?:(?P<y1>{YEAR})\s*년|(?P<r1>지난해|작년|올해|금년))\s*(?P<q1>[1-4])\s*분기\s*"
            r"(?:부터|~|∼|～)\s*"
            rf"(?:(?P<y2>{YEAR})\s*년|(?P<r2>지난해|작년|올해|금년))\s*(?P<q2>[1-4])\s*분기"
            r"(?:\s*까지)?",
            "relymrange",
        ),
        # (no whole-years "2020년부터 2022년까지" rule: the press writes it for "the same period of
        # each of those years" too, as the dev set's RFA quarter figures)
        # "2022~2023년 북한 노동자 약 90명을 보낸": the compact range with a tilde is those years
        # whole (not "2023~2024학년도", "2023~2024년도": school and fiscal years)
        (
            rf"(?<![\d.,])(?P<y1>{YEAR})\s*(?:~|∼|～)\s*(?P<y>{YEAR})\s*년(?!\s*\d)(?!도)",
            "yrange",
        ),
        # "2022년 이후 누적", "2022년부터 (지금까지)": from that January to the document's month
        (rf"(?<![\d.,])(?P<y>{YEAR})\s*년\s*(?:이후|이래|부터)(?!\s*\d)", "sinceyear"),
        (
            r"(?P<m1>\d{1,2})\s*월?\s*(?:~|∼|～|-|–|부터)\s*(?P<m2>\d{1,2})\s*월(?:까지)?",
            "mrange",
        ),
        # "1월과 2월 두 달 동안": two months named, then counted as one stretch ("두 달", "석 달")
        (
            r"(?P<m1>\d{1,2})\s*월\s*(?:과|와|및)\s*(?P<m2>\d{1,2})\s*월\s*(?:의\s*)?"
            r"(?=(?:두|2)\s*(?:달|개월))",
            "mpair",
        ),
        # "올해 1~3분기": from the first quarter's January to the last one's closing month; the
        # same spelled out, "올해 1분기부터 3분기까지" (not "1분기 1천 명에서 3분기 300명으로",
        # two quarters each with its own figure)
        (
            r"(?P<q1>[1-4])\s*(?:~|∼|～|-|–|분기\s*부터)\s*(?P<q2>[1-4])\s*분기(?:\s*까지)?",
            "qrange",
        ),
        (r"(?P<q>[1-4])\s*/?\s*4?\s*분기", "quarter"),
        (r"(?P<h>상|하)반기", "half"),
        # "올해 여름 북한 노동자 500명이", "2024년 봄", "지난가을" (the last one, as "last autumn"):
        # three months, as zh "今年夏季" (not a school term, "올해 가을 학기": that year; nor
        # "지난해 가을 이후", see _SINCE_YEAR_END_AFTER)
        (
            rf"(?:(?P<rel2>올해|금년|지난해|작년|내년|지난)|(?<![\d.,])(?P<y>{YEAR})\s*년)\s*(?P<s>봄|여름|가을)"
            r"(?!\s*(?:학기|이후|이래|부터|에\s*들어))",
            "season",
        ),
        # "지난해 12월부터 지금까지": from that month to the document's
        (
            r"(?P<m>\d{1,2})\s*월\s*(?:부터|이후)\s*(?:지금까지|현재까지|최근까지)",
            "tonow",
        ),
        # "올해 들어 11월까지", "올해 들어 5월 말까지": from January to that month (or to its
        # end, beginning or middle)
        (r"들어\s*(?P<n>\d{1,2})\s*월\s*(?:말|초|중순|하순|상순)?\s*까지", "firstn"),
        (r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일", "dayonly"),
        # not "3월 5일" (a day), but "10월 5천 명" (a month, then the figure)
        (r"(?P<m>\d{1,2})\s*월(?!\s*\d+\s*일)(?!\s*\d+\s*[~∼-])", "month"),
        (r"(?<!\d)(?P<d>\d{1,2})\s*일", "dayonly"),
        # "2000명" counts people, it is not the year 2000; nor is "1만2031건" (after 만) or
        # "2030건" (cases); "…이었지만 2021년에는" is (만 ends a word there, not a numeral)
        (
            rf"(?<![\d.,])(?<![\d천백십][만억])(?<![\d천백십][만억]\s)(?P<y>{YEAR})\s*년?(?![\d,.]\d)"
            r"(?!\s?(?:여\s?)?[명건])",
            "year",
        ),
    ],
    "zh": [
        # "2019年3月至2020年1月": from a month of one year to a month of another
        (
            rf"(?P<y1>{YEAR})\s*年\s*(?P<m1>\d{{1,2}})\s*月\s*(?:至|到|－|-|–|~|∼|～)\s*"
            rf"(?P<y>{YEAR})\s*年\s*(?P<m2>\d{{1,2}})\s*月",
            "ymrange",
        ),
        # "自去年10月至今年2月", "2024年10月至今年2月": the same, a year named by a relative word
        # ("去年", "今年") on either side
        (
            rf"(?:(?P<y1>{YEAR})\s*年|(?P<r1>去年|今年|本年))\s*(?P<m1>\d{{1,2}})\s*月\s*"
            r"(?:至|到|－|-|–|~|∼|～)\s*"
            rf"(?:(?P<y2>{YEAR})\s*年|(?P<r2>去年|今年|本年))\s*(?P<m2>\d{{1,2}})\s*月",
            "relymrange",
        ),
        # "2020年至2024年…累计": those years whole
        (
            rf"(?<![\d.,])(?P<y1>{YEAR})\s*年?\s*(?:至|到|－|-|–|~|∼|～)\s*(?P<y>{YEAR})\s*年(?!\s*\d)",
            "yrange",
        ),
        # "今年以来至10月底": from January to the end of that month, a count (not "截至": a stock)
        (
            rf"(?:今年|本年|(?<![\d.,])(?P<y>{YEAR})\s*年)\s*(?:以来|以來)\s*[，,]?\s*(?:至|到)\s*"
            r"(?P<n>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)?(?!\s*\d{1,2}\s*[日号號])",
            "firstn",
        ),
        # "2022年以来": from that January to the document's month
        (rf"(?<![\d.,])(?P<y>{YEAR})\s*年\s*(?:以来|以來)", "sinceyear"),
        # "今年以来", "自年初以来": from this January to the document's month, as "2022年以来"
        # (also when dated in the first ten days: "今年以来" read on 5 September runs through it)
        (r"(?P<rel>(?:今年|本年)(?:年初)?|(?<![去今本明年\d])年初)\s*(?:以来|以來)", "sinceyear"),
        # ("1—8月": an infographic may join the months with an em dash)
        (
            r"(?P<m1>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月?\s*(?:至|到|-|–|—|~|∼|～|－)\s*"
            r"(?P<m2>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月",
            "mrange",
        ),
        # "7月和8月兩個月間": two months named, then counted as one stretch
        (
            r"(?P<m1>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:和|及|与|與|、)\s*"
            r"(?P<m2>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:份\s*)?"
            r"(?=(?:两|兩|2)\s*(?:个|個)?\s*月)",
            "mpair",
        ),
        # "今年1、2月间": two months sharing one "月", then "间" (during them): one stretch, and
        # the first numeral is a month, not a count (not "1、2月分别", each month its own figure)
        (
            r"(?P<m1>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*、\s*"
            r"(?P<m2>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:份\s*)?"
            r"(?=(?:期\s*)?(?:间|間))",
            "mpair",
        ),
        (
            r"(?<![较較比与與同])前(?P<n>\d{1,2}|十[一二]?|[一二两兩三四五六七八九])\s*个?個?月",
            "firstn",
        ),
        # not "较前一季" (than the quarter before)
        # ("今年首三季": Hong Kong's "the first three quarters")
        (
            r"(?<![较較比与與同])(?:前|首)(?P<q>[一二三1-3])\s*(?:个|個)?季(?:度)?(?!节|節)",
            "firstq",
        ),
        (
            r"第?(?P<q1>[一二三四1-4])\s*(?:至|到|~|∼|～|-|–|－)\s*第?(?P<q2>[一二三四1-4])\s*季度",
            "qrange",
        ),
        # (not "上一季度", "下一季度": the quarter before or after; nor "同一季度": the same
        # quarter as one named before, see _SAME_PERIOD in sentence.py)
        (r"(?<![上下同])第?(?P<q>[一二三四1-4])\s*季度", "quarter"),
        # "二、三季度分别…": the first of two quarters that share one "季度"
        (
            r"(?<![上下\d])第?(?P<q>[一二三四1-4])(?=\s*[、和及与與]\s*第?[一二三四1-4]\s*季度)",
            "quarter",
        ),
        # "今年夏季约有5000人…赴堪察加", "2024年春天": three months, as en "this summer" (winter,
        # which straddles two years, is left out); not a school term ("今年秋季學期": that year)
        # nor "去年秋季以来" (a span running from then, see _SINCE_YEAR_END_AFTER)
        (
            rf"(?:(?P<rel2>今年|本年|去年|明年)|(?<![\d.,])(?P<y>{YEAR})\s*年)\s*(?P<s>[春夏秋])(?:季|天)"
            r"(?!\s*(?:学期|學期|以来|以來|开学|開學))",
            "season",
        ),
        # "2024年第三季" (Taiwan, Hong Kong): a quarter without 度, only after 第 ("四季": seasons)
        (r"第(?P<q>[一二三四1-4])\s*季(?!度|节|節)", "quarter"),
        (r"(?P<q>首)\s*季(?:度)?", "quarter"),
        # "截至今年10月…累计": from January to the end of that month
        (
            r"截至\s*(?:今年|本年|(?P<y>(?:19|20)\d\d)\s*年)?\s*"
            r"(?P<n>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)?(?!\s*\d{1,2}\s*[日号號])",
            "firstn",
        ),
        (r"(?P<h>上|下)半年", "half"),
        # "去年12月至今", "11月以来至今": from that month to the document's
        (
            r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:起|以来|以來)?\s*"
            r"(?:至今|迄今|到现在|到現在)",
            "tonow",
        ),
        # "今年9月以来已有约200名…赴华": from that month of this year to the document's, as
        # "9月以来" (not "去年10月以来": a span the document's year does not settle)
        (
            r"(?P<rel>今年|本年)\s*(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?\s*"
            r"(?:以来|以來)(?!\s*(?:至|到|迄|~|∼|～|-|–|－))",
            "sincemonth",
        ),
        # "3月起陆续赴华", "10月以来": from that month (no year named) to the document's, as en
        # "since March" (not "去年10月以来", "从3月起至5月")
        (
            r"(?<![年\d])(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?\s*(?:起|以来|以來)"
            r"(?!\s*(?:至|到|迄|~|∼|～|-|–|－))",
            "sincebare",
        ),
        (r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]", "dayonly"),
        (r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?!\s*\d)", "month"),
        (r"(?<!\d)(?P<d>\d{1,2})\s*[日号號]", "dayonly"),
        # (not the first bound of a range of people: "有2000至3000名朝鲜工人"; nor a sum of money:
        # "月薪约2000元")
        (
            rf"(?<!\d)(?<!\d[.,])(?P<y>{YEAR})(?!\s?(?:元|美元|卢布|盧布|韩元|韓元|欧元|歐元|日元))\s*年?(?![\d,.]\d)(?!\s?(?:多|余|餘)?\s?[名人位])"
            r"(?!\s?(?:至|到|~|∼|～|-|–|－)\s?\d[\d,.]*\s?[千万萬]?\s?(?:多|余|餘)?\s?[名人位])",
            "year",
        ),
        # "二〇二四年", "二零二五年": a year spelled digit by digit (always with its 年)
        (
            r"(?<![一二三四五六七八九十〇零])(?P<y>二[〇零][〇零一二三四五六七八九]{2})\s*年",
            "zhyear",
        ),
    ],
}


# Cheap tests that must pass before a rule's regex is run: most sentences name no month.
_EN_MONTH_GATE = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_RU_MONTH_GATE = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
_GATES: dict[str, dict[str, str]] = {
    "en": {
        "mrange": _EN_MONTH_GATE,
        "mpair": _EN_MONTH_GATE,
        "ytd": r"year|date",
        "firstn": "months",
        "lastn": "months",
        # (a gate word shared with "quarter": one gate group per word, see _gates)
        "firstq": r"quarter|Q[1-4]",
        "trailing": "months",
        "recent": "months",
        "recentyears": r"year|date",  # (the ytd gate: one gate group per word)
        "sincebare": r"since",
        "quarter": r"quarter|Q[1-4]",
        "half": r"half|\bh[12]\b",
        "season": r"spring|summer|autumn|fall",
        "day": _EN_MONTH_GATE,
        "stockday": _EN_MONTH_GATE,
        "month": _EN_MONTH_GATE,
        "dayonly": _EN_MONTH_GATE,
        "named": _EN_MONTH_GATE,
        "named_since": r"since",
        "sincemonth": r"since",
        "weekday": r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
        "year": r"\d",
    },
    "ru": {
        "mrange": _RU_MONTH_GATE,
        "mpair": _RU_MONTH_GATE,
        "ytd": "начала",
        "firstn": "месяц",
        "lastn": "месяц",
        "firstq": r"квартал|кв\.",
        "recent": "месяц",
        "recentyears": r"последн|прошедш",
        "quarter": r"квартал|кв\.",
        "half": "полугоди|полгода",
        "season": r"весной|летом|осенью",
        "day": _RU_MONTH_GATE,
        "stockday": _RU_MONTH_GATE,
        "month": _RU_MONTH_GATE,
        "dayonly": _RU_MONTH_GATE,
        "named": _RU_MONTH_GATE,
        "named_since": r"(?<!\w)со?\s+(?:осени|весны|лета|зимы|конца|середины)",
        "sincemonth": _RU_MONTH_GATE,
        "weekday": r"понедельник|вторник|сред|четверг|пятниц|суббот|воскресень",
        "year": r"\d",
    },
    "ko": {
        "firstn": "까지",
        "mrange": "월",
        "mpair": "월",
        "qrange": "분기",
        "quarter": "분기",
        "half": "반기",
        "season": "봄|여름|가을",
        "dayonly": "일",
        "month": "월",
        "tonow": "월",
        "year": r"\d",
    },
    "zh": {
        "mrange": "月",
        "mpair": "月",
        "firstn": "月",
        "firstq": "季",
        "qrange": "季",
        "quarter": "季",
        "season": "[春夏秋]",
        "half": "半年",
        "dayonly": "[日号號]",
        "month": "月",
        "tonow": "月",
        "sincebare": "月",
        "sincemonth": "月",
        # ("今年以来" may come in a headline with no digit)
        "sinceyear": "以来|以來",
        "year": r"\d",
        "zhyear": "[〇零]",
    },
}


@functools.cache
def _gates(lang: str) -> tuple[lexicon.Caseless, dict[str, str]]:
    """One regex that tells, in a single pass, which rules' gates are open; rule -> group name.

    A match opens one group only: two different gates that can match at the same place hide one
    another, so rules keyed on the same word share one gate string."""
    uniq = sorted({g for g in _GATES[lang].values() if g != r"\d"})
    names = {g: f"g{i}" for i, g in enumerate(uniq)}
    rx = lexicon.Caseless("|".join(f"(?P<{names[g]}>{g})" for g in uniq))
    return rx, {h: ("digit" if g == r"\d" else names[g]) for h, g in _GATES[lang].items()}


@functools.cache
def _compiled(lang: str) -> list[tuple[lexicon.Caseless | re.Pattern[str], str]]:
    if lang in ("ru", "en"):
        return [(lexicon.Caseless(src), h) for src, h in _RULES[lang]]
    return [(re.compile(src), h) for src, h in _RULES[lang]]


@functools.cache
def _previous(lang: str) -> lexicon.TermMatcher:
    data = lexicon.load("periods")
    words = [(w, "previous") for w in lexicon.terms(data.get("previous_year", {}), lang)]
    words += [(w, "next") for w in lexicon.terms(data.get("following_year", {}), lang)]
    words += [(w, "previous2") for w in lexicon.terms(data.get("two_years_before", {}), lang)]
    return lexicon.TermMatcher(words, lang, stem=False)


@functools.cache
def _relative_month(lang: str) -> lexicon.TermMatcher | None:
    """Relative month words ("지난달", "이달", "上月", "本月"); key: the offset in months."""
    table = lexicon.load("periods").get("relative_month", {}).get(lang) or {}
    if not table:
        return None
    return lexicon.TermMatcher([(str(k), str(int(v))) for k, v in table.items()], lang, stem=False)


# Chinese: "十年前", "五年前": so many years before the document's year (not "2010年前三季度",
# "十年前后", nor "一年前", which names a date or a baseline as often as a year)
_ZH_YEARS_AGO = re.compile(
    r"(?<![\d〇零一二两兩三四五六七八九十几幾多])(?P<k>二十|三十|[二两兩三四五六七八九十])年前"
    r"(?![后後一二两兩三四上下半])"
)
# the year a relative word names in a range of months across two years (see "relymrange")
_REL_RANGE_YEAR = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "去年": -1, "今年": 0, "本年": 0}


@functools.cache
def _relative(lang: str) -> lexicon.TermMatcher:
    """Relative year words ("last year", "в прошлом году", "지난해", "去年"); key: the offset."""
    table = lexicon.load("periods").get("relative_year", {}).get(lang) or {}
    return lexicon.TermMatcher([(str(k), str(int(v))) for k, v in table.items()], lang, stem=False)


_BEFORE_DOING = re.compile(r"\s+(?!during\b|spring\b|morning\b|evening\b)[a-z]+ing\b")

_SAME_PERIOD_OF = re.compile(
    r"(?:same\s+period\s+(?:of|in)|(?:тем\s+же|тому\s+же|аналогичн\w+)\s+период\w*)\s*$", re.I
)


_FIRST_SINCE = re.compile(r"(?:\bfirst\b|(?<!\w)впервые)[^.;]*$", re.I)
_RECORD_SINCE = re.compile(
    r"(?:\bsince(?:\s+at\s+least)?|(?:рекорд\w*|максимум\w*|впервые|начиная)\s+(?:с|со))\s+$", re.I
)


_PART_OF_YEAR_TOTAL = re.compile(r"['’]?s?\s+(?:annual\s+|full-year\s+)?total\b", re.I)


# "2010년 이후", "2019年以来": the year is where a span starts
_SINCE_AFTER_YEAR = re.compile(r"\s*(?:년|年)?\s*(?:이후|이래|以来|以來)")


def _context_year(
    sentence: str,
    start: int,
    end: int,
    years: list[PeriodMention],
    doc_date: date | None,
    explicit: int | None,
) -> int | None:
    """The year a sub-year period belongs to: its own, a year/relative word touching it
    ("올해 7월", "2024年上半年", "July to September of 2024"), else the document's year."""
    if explicit is not None:
        return explicit
    for y in years:
        if 0 <= start - y.end <= 1 and y.year is not None:
            return y.year  # "2024년 상반기", "去年12月": the year right before it
    for y in years:
        if (
            0 <= y.start - end <= 9
            and y.year is not None
            and y.kind != "previous"  # "in the third quarter from a year earlier": a baseline
            and re.fullmatch(r"[\s,]*(?:of|in)?\s*", sentence[end : y.start], re.I)
        ):
            return y.year  # "July to September of 2024"
    before = [
        y
        for y in years
        if y.end <= start
        and y.year is not None
        # "по сравнению с аналогичным периодом 2024 года": that year is the baseline's
        and not _SAME_PERIOD_OF.search(sentence, max(0, y.start - 40), y.start)
        # "the highest since 2010: in the third quarter", «Рекорд с 2010 года: в третьем
        # квартале»: the year a record runs from is not the quarter's
        and not _RECORD_SINCE.search(sentence, max(0, y.start - 30), y.start)
        # "…3천6백여 명 — 2010년 이후 최대 ▲ 2분기 관광 …": a year a span runs from (a record's
        # "since") is not a later quarter's
        and not (y.kind == "year" and _SINCE_AFTER_YEAR.match(sentence, y.end))
    ]
    if before:
        return before[-1].year  # "In 2023 ... in the third quarter", "지난해 3분기"
    if "total" in sentence:
        for y in years:
            # "In the fourth quarter alone, 3,406 …, bringing the 2024 total to 13,000": the
            # quarter is part of that year
            if (
                y.start >= end
                and y.year is not None
                and y.kind == "year"
                and _PART_OF_YEAR_TOTAL.match(sentence, y.end)
                and sentence[max(0, y.start - 4) : y.start].lower() == "the "
            ):
                return y.year
    if doc_date is not None:
        return None if any(y.year is None for y in years) else _FUTURE
    return None


# "13日在…表示", "5日称": a bare day before where/what was said dates the statement
# "30일 만에", "45일 안팎", "10일 동안", "7일간": days counted, not a day of the month
_KO_DAYS_SPAN = re.compile(
    r"\s?(?:만에|동안|간|이내|안팎|내외|가량|정도|째|이상|넘게)(?:의|에|을|를|이|가|은|는|도)?(?![가-힣])"
)
# "지난 18일자 기사에서", "3월 5일자 보도": the date an article or a paper bears, not a period
# (not "일자리", jobs)
_KO_DATED_AFTER = re.compile(r"자(?!리)")
# ("周一(28日)表示": the day in brackets after its weekday)
_STATEMENT_AFTER_DAY = re.compile(
    r"\s*[)）]?\s*(?:在|表示|称|稱|说|說|指出|透露|宣布|發表|发表|公布|对|對|向|接受)"
)
# "6월 30일 기준", "截至6月1日": a stock counted on that day (the contract's day period)
_STOCK_DAY_AFTER = {"ko": re.compile(r"\s*(?:기준|현재)")}
# a day followed by what is set against it ("1월 1일보다", "1월 1일(1천980명) 대비"), and a
# stock day anywhere in the sentence ("6월 1일 현재")
_KO_DAY_COMPARED_AFTER = re.compile(
    r"\s*(?:\([^()]{0,15}\))?\s*(?:보다|대비|에\s?비해|과\s?비교해|와\s?비교해)"
)
_KO_STOCK_DAY = re.compile(r"\d\s?일\s*(?:기준|현재)")
# "6월 말 기준", "3월 말 현재": a stock counted at the month's end is a stock on its last day
# (a bare "10월 말 파병" places an event in the month, and stays the month)
_KO_MONTH_END_STOCK = re.compile(r"\s?말\s*(?:기준|현재)")
# "지난달 28일 현재", "이달 1일 기준": the same after a relative month
_REL_MONTH_STOCK_DAY = {"ko": re.compile(r"\s?(?P<d>\d{1,2})\s?일\s*(?:기준|현재)")}
# ("截至去年12月31日": last year's day, the year read from the relative word)
_STOCK_DAY_BEFORE = {
    "zh": re.compile(r"(?:截至|截止到?)\s*(?:今年|本年|去年|上年|(?:19|20)\d\d\s*年)?\s*$")
}
# "较今年1月1日的约700人", "比去年12月31日的": a day whose figure a count is set against is the
# day of a stock, as ko "1월 1일보다"
_ZH_DAY_COMPARED_BEFORE = re.compile(
    r"(?:较|較|比)\s*(?:今年|本年|去年|上年|(?:19|20)\d\d\s*年)?\s*$"
)
# "年内" (within the year) after a count of years ("三年内") is a span, not this year
_SPAN_BEFORE_NIAN = re.compile(r"[\d一二两兩三四五六七八九十几幾数數多]$")


_KO_ZH = ("ko", "zh")
# "截至今年10月…累计": a count from January (without it, "截至" dates a stock)
_CUMULATIVE = re.compile(r"累计|累計|共计|共計|总计|總計")


# The first month of each season named in the news (winter straddles two years: not read)
_SEASON_START = {
    "spr": 3,
    "sum": 6,
    "aut": 9,
    "fal": 9,
    "вес": 3,
    "лет": 6,
    "осе": 9,
    "春": 3,
    "夏": 6,
    "秋": 9,
    "봄": 3,
    "여름": 6,
    "가을": 9,
}

# "二〇二四": a year written with one Chinese digit per figure
_ZH_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")

_PREVIOUS_QUARTER = {
    "en": re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+quarter\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:предыдущ|предшествующ)\w*\s+квартал\w*", re.IGNORECASE),
    "ko": re.compile(r"직전\s?분기|전\s?분기"),
    "zh": re.compile(r"上一?季度|上个季度|上個季度|前一季度"),
}

# Marker: "the document's year, unless that puts the period after the document date".
_FUTURE = -1


# after a year: "before it" (not a period label)
# "要求在2019年底前将其全部遣返", "2019년 말 이전": a deadline at the end of a year, likewise
# after a year: "since its end" ("去年底以来", "2024年末以來", "지난해 말 이후", "작년 말부터"): a
# span running from the year's last weeks, not the year (nor a period of its own); so is "since
# its autumn" ("지난해 가을 이후 파병한 병력", "去年秋季以来")
_SINCE_YEAR_END_AFTER = re.compile(
    r"\s*(?:(?:底|末|(?:秋|冬|夏|春)(?:季|天))\s*(?:以来|以來)|말\s?(?:이후|부터)"
    r"|(?:가을|겨울|여름|봄)\s?(?:이후|이래))"
)
_BEFORE_YEAR_AFTER = re.compile(
    r"\s*(?:以前|之前|이전|전까지|(?:底|末)\s*(?:以前|之前|前)|말\s*(?:이전|전까지))"
)
# "2024/2025학년도", "2024/25学年": an academic year straddles two calendar years and fits no
# period form; its years are nobody's period (looked for only where a slash or dash joins two
# years)
_ACADEMIC_YEAR = re.compile(
    r"(?:19|20)\d\d\s?[/／\-–~∼]\s?(?:(?:19|20)?\d\d)\s?(?:학년도|학년|学年度|学年|學年度|學年)"
)
_ACADEMIC_GATE = re.compile(r"\d\d\s?[/／\-–~∼]\s?\d\d")


_RESOLUTION_BEFORE_YEAR = re.compile(
    r"(?:resolution|резолюци\w*|결의|决议|決議)\s*(?:No\.?\s*|№\s*|제\s*|第\s*)?\d{3,4}\s*(?:호|号|號)?"
    r"\s*[(（]\s*$",
    re.I,
)


# "지난달 말부터 이달 초 사이", "지난달부터 이달까지": from one relative month to another
_KO_MONTH_SPAN_FROM = re.compile(r"\s?(?:말|초|중순|상순|하순)?\s?부터\s?")
_KO_MONTH_SPAN_TO = re.compile(r"\s?(?:말|초|중순|상순|하순)?\s?(?:사이|까지)")


def _relative_month_span(sentence: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """Two relative months joined by "부터 … 사이/까지" read as the one span they bound."""
    months = sorted((p for p in out if p.kind == "month" and p.label), key=lambda p: p.start)
    for a, b in itertools.pairwise(months):
        if (
            _KO_MONTH_SPAN_FROM.fullmatch(sentence, a.end, b.start)
            and _KO_MONTH_SPAN_TO.match(sentence, b.end)
            and a.label is not None
            and b.label is not None
            and a.label < b.label
        ):
            span = PeriodMention(a.start, b.end, f"{a.label}..{b.label}", "ymrange", b.year)
            return [p for p in out if p is not a and p is not b] + [span]
    return out


def _free_of(spans: list[tuple[int, int]], m: re.Match[str]) -> bool:
    return all(m.end() <= a or m.start() >= b for a, b in spans)


def find_periods(sentence: str, lang: str, doc_date: date | None) -> list[PeriodMention]:
    """Every period mention in ``sentence``, left to right, resolved against ``doc_date``."""
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # Years and relative years first: sub-year periods look to them for their year.
    years: list[PeriodMention] = []
    for a, b, key in _relative(lang).find(sentence) if _REL_GATE[lang] in sentence.lower() else ():
        if sentence[a] == "年" and _SPAN_BEFORE_NIAN.search(sentence, 0, a):
            continue
        y = doc_date.year + int(key) if doc_date else None
        if lang in _KO_ZH and _SINCE_YEAR_END_AFTER.match(sentence, b):
            # "去年底以來已增派約3000名士兵", "지난해 말 이후": since the year's end, not that year
            years.append(PeriodMention(a, b, None, "relative", None))
            continue
        years.append(PeriodMention(a, b, year_label(y) if y else None, "relative", y))
    if lang == "zh" and "年前" in sentence:
        for m in _ZH_YEARS_AGO.finditer(sentence):
            if any(not (m.end() <= y.start or m.start() >= y.end) for y in years):
                continue  # (inside a relative word already read)
            back = parse_zh_numeral(m.group("k"))
            y = doc_date.year - int(back) if doc_date and back else None
            years.append(
                PeriodMention(m.start(), m.end(), year_label(y) if y else None, "relative", y)
            )
    raw: list[tuple[re.Match[str], str]] = []
    gate_rx, gate_of = _gates(lang)
    open_gates = {m.lastgroup for m in gate_rx.finditer(sentence)}
    if _DIGIT.search(sentence):
        open_gates.add("digit")
    for rx, handler in _compiled(lang):
        if gate_of.get(handler, "digit") not in open_gates:
            continue
        for m in rx.finditer(sentence):
            raw.append((m, handler))
    out: list[PeriodMention] = []
    academic = (
        [a.span() for a in _ACADEMIC_YEAR.finditer(sentence)]
        if lang in _KO_ZH and _ACADEMIC_GATE.search(sentence)
        else []
    )
    for a, b in academic:
        years.append(PeriodMention(a, b, None, "year", None))
    for m, handler in raw:
        if academic and handler in ("zhyear", "year") and not _free_of(academic, m):
            continue
        if handler == "zhyear":
            yv = int(m.group("y").translate(_ZH_YEAR_DIGITS))
        elif handler == "year":
            yv = int(m.group("y"))
        else:
            continue
        if lang in _KO_ZH and (
            _BEFORE_YEAR_AFTER.match(sentence, m.end())
            or _SINCE_YEAR_END_AFTER.match(sentence, m.end())
        ):
            # "2017年以前", "2017년 이전": everything before that year, not the year itself
            years.append(PeriodMention(m.start(), m.end(), None, "year", None))
            continue
        if _RESOLUTION_BEFORE_YEAR.search(sentence, max(0, m.start() - 30), m.start()):
            # "resolution 2397 (2017)": the year the resolution was adopted, nobody's period
            years.append(PeriodMention(m.start(), m.end(), None, "year", None))
            continue
        years.append(PeriodMention(m.start(), m.end(), year_label(yv), "year", yv))
    for pa, pb, which in _previous(lang).find(sentence):
        if lang == "en" and _BEFORE_DOING.match(sentence, pb) and sentence[pb - 6 : pb] == "before":
            # "reported 17,605 entries for the year before correcting the figure": "before"
            # governs what was done next; the year is the one the article talks about
            continue
        earlier = [
            y.year for y in years if y.kind in ("year", "relative") and y.end <= pa and y.year
        ]
        if which == "next":
            # "the following year": after a year the sentence names, else after the figure
            # before it in the document (resolved there); never after the document date
            ny = earlier[-1] + 1 if earlier else None
            years.append(PeriodMention(pa, pb, year_label(ny) if ny else None, "next", ny))
            continue
        back = 2 if which == "previous2" else 1
        py = earlier[-1] - back if earlier else (doc_date.year - back if doc_date else None)
        years.append(PeriodMention(pa, pb, year_label(py) if py else None, "previous", py))
    # bare quarters read against the document date: those moved to last year, and those not
    shifted_q: list[int] = []
    unshifted_q: list[int] = []
    # sub-year periods, in rule order, each claiming its span
    for m, handler in raw:
        if handler in ("year", "zhyear") or not free(m.start(), m.end()):
            continue
        g = m.groupdict()
        explicit = int(g["y"]) if g.get("y") else None
        if explicit is None and g.get("rel"):
            rel = g["rel"].lower()
            off = -1 if rel in ("last year", "the previous year", "прошлого") else 0
            explicit = doc_date.year + off if doc_date else None
            if explicit is None:
                taken.append((m.start(), m.end()))
                out.append(PeriodMention(m.start(), m.end(), None, handler))
                continue
        y = _context_year(sentence, m.start(), m.end(), years, doc_date, explicit)
        from_doc = y == _FUTURE
        if from_doc and doc_date is not None:
            y = doc_date.year
        label: str | None = None
        if handler in ("named", "named_since"):
            taken.append((m.start(), m.end()))  # its year and month are nobody's period
            continue
        try:
            if handler in ("mrange", "mpair"):
                m1 = _month_of(g["m1"], lang)
                m2 = _month_of(g["m2"], lang)
                if handler == "mpair" and m2 != m1 + 1:
                    continue  # "in January and March": two months, not one period
                y1 = int(g["y1"]) if g.get("y1") else None
                if y1 is not None and y is not None and explicit is not None and y1 < y:
                    # "between March 2022 and June 2024": months across years
                    label = f"{y1:04d}-{m1:02d}..{y:04d}-{m2:02d}"
                elif y is not None and m1 <= m2:
                    label = months_label(y, m1, m2)
                elif from_doc and explicit is None and doc_date is not None and m1 > m2:
                    # «в декабре—январе» (said on 10 February): across the turn of the year,
                    # ending in the latest such month up to the document's
                    end_y = doc_date.year if m2 <= doc_date.month else doc_date.year - 1
                    label = f"{end_y - 1:04d}-{m1:02d}..{end_y:04d}-{m2:02d}"
            elif handler == "sinceyear":
                if _FIRST_SINCE.search(sentence, max(0, m.start() - 80), m.start()):
                    # "the first group … since 2019": when the last one was, not the span
                    # counted (and not the figure's year either)
                    taken.append((m.start(), m.end()))
                    continue
                if doc_date is not None and explicit is not None and explicit <= doc_date.year:
                    ey, em = _span_end(sentence, m.end(), lang, doc_date)
                    if (explicit, 1) <= (ey, em):
                        label = f"{explicit:04d}-01..{ey:04d}-{em:02d}"
            elif handler == "sincemonth":
                m1 = _month_of(g["m"], lang)
                if (
                    doc_date is not None
                    and explicit is not None
                    and (explicit, m1) < (doc_date.year, doc_date.month)
                ):
                    label = f"{explicit:04d}-{m1:02d}..{doc_date.year:04d}-{doc_date.month:02d}"
                elif (
                    lang == "zh"
                    and doc_date is not None
                    and (explicit, m1) == doc_date.timetuple()[:2]
                ):
                    label = f"{explicit:04d}-{m1:02d}"  # "今年5月以来" read in May: that month
            elif handler == "sincebare":
                if _FIRST_SINCE.search(sentence, max(0, m.start() - 80), m.start()):
                    continue  # "the first … since January": a record, not the span counted
                if doc_date is not None:
                    m1 = _month_of(g["m"], lang)
                    y0 = doc_date.year if m1 <= doc_date.month else doc_date.year - 1
                    if (y0, m1) < (doc_date.year, doc_date.month):
                        label = f"{y0:04d}-{m1:02d}..{doc_date.year:04d}-{doc_date.month:02d}"
                    elif lang == "zh" and m1 == doc_date.month:
                        label = f"{y0:04d}-{m1:02d}"  # "5月以来" read in May: that month so far
                from_doc = False
            elif handler == "recent":
                n = _num(g["n"])
                if n is None or not 1 <= n <= 24 or doc_date is None:
                    continue
                y1, m0 = divmod(doc_date.year * 12 + doc_date.month - 1 - n, 12)
                label = f"{y1:04d}-{m0 + 1:02d}..{doc_date.year:04d}-{doc_date.month:02d}"
                from_doc = False
            elif handler == "recentyears":
                n = _num(g["n"])
                if n is None or doc_date is None:
                    continue
                # the last month counted: the document's, or the one before in its first ten
                # days (as a running count with no end named: see _span_end)
                last = doc_date.year * 12 + doc_date.month - 1 - (1 if doc_date.day <= 10 else 0)
                first_y, first_m = divmod(last - 12 * n + 1, 12)
                last_y, last_m = divmod(last, 12)
                label = f"{first_y:04d}-{first_m + 1:02d}..{last_y:04d}-{last_m + 1:02d}"
                from_doc = False
            elif handler == "ymrange":
                y1, m1, m2 = int(g["y1"]), _month_of(g["m1"], lang), _month_of(g["m2"], lang)
                if explicit is not None and (y1, m1) < (explicit, m2):
                    label = f"{y1:04d}-{m1:02d}..{explicit:04d}-{m2:02d}"
            elif handler == "relymrange":
                # (a range with both years as numbers is "ymrange"; one named by a relative word
                # needs the document's date)
                years_of = [
                    int(g[f"y{i}"])
                    if g.get(f"y{i}")
                    else (doc_date.year + _REL_RANGE_YEAR[g[f"r{i}"]] if doc_date else None)
                    for i in (1, 2)
                ]
                y1, y2 = years_of
                if g.get("q1"):
                    # (quarters: from the first one's opening month to the last one's closing)
                    m1, m2 = 3 * _ord(g["q1"]) - 2, 3 * _ord(g["q2"])
                else:
                    m1, m2 = _month_of(g["m1"], lang), _month_of(g["m2"], lang)
                if (
                    (g.get("r1") or g.get("r2") or g.get("q1"))
                    and y1 is not None
                    and y2 is not None
                    and (y1, m1) < (y2, m2)
                ):
                    label = f"{y1:04d}-{m1:02d}..{y2:04d}-{m2:02d}"
                from_doc = False
                handler = "ymrange"  # read as the range it is
            elif handler == "yrange":
                y1 = int(g["y1"])
                if explicit is not None and y1 < explicit:
                    label = f"{y1:04d}-01..{explicit:04d}-12"
            elif handler == "ytd":
                if doc_date is not None:
                    ey, em = _span_end(sentence, m.end(), lang, doc_date)
                    if (
                        (ey, em) == (doc_date.year, doc_date.month)
                        and doc_date.day <= 10
                        and em > 1
                    ):
                        em -= 1  # (on 9 October the year's count runs through September)
                    label = months_label(doc_date.year, 1, em if ey == doc_date.year else 12)
            elif handler == "lastn":
                n = _num(g["n"])
                if n is None or not 1 <= n <= 12 or y is None:
                    continue
                label = months_label(y, 13 - n, 12)
            elif handler == "firstn":
                n = _num(g["n"])
                if n is None or not 1 <= n <= 12:
                    continue
                if y is not None:
                    label = months_label(y, 1, n)
                    if m.group().startswith("截至") and not _CUMULATIVE.search(sentence):
                        label = months_label(y, n, n)  # "截至10月底…约1.5万人": a stock then
            elif handler == "trailing":
                n = 12 if g["n"].lower() == "twelve" else _num(g["n"])
                if n is None or not 2 <= n <= 24 or y is None:
                    continue
                mo = _month_of(g["m"], lang)
                y1, m0 = divmod(y * 12 + mo - n, 12)
                label = (
                    months_label(y, m0 + 1, mo)
                    if y1 == y
                    else f"{y1:04d}-{m0 + 1:02d}..{y:04d}-{mo:02d}"
                )
            elif handler == "firstq":
                # (a count of quarters, "three", «трех», or zh "前三季度")
                q = _FIRST_QUARTERS.get(g["q"].lower()) or _ord(g["q"])
                if y is not None:
                    label = months_label(y, 1, 3 * q)
            elif handler == "qrange":
                q1, q2 = _ord(g["q1"]), _ord(g["q2"])
                if y is not None and q1 < q2:
                    label = months_label(y, 3 * q1 - 2, 3 * q2)
            elif handler == "quarter":
                q = _ord(g["q"])
                if y is not None:
                    label = f"{y:04d}-Q{q}"
            elif handler == "season":
                first = _SEASON_START[(g["s"] or g["s2"]).lower()[:3]]
                rel2 = (g["rel2"] or "").lower()
                sy: int | None = explicit
                if rel2 and doc_date is not None:
                    sy = doc_date.year
                    if rel2 in ("去年", "지난해", "작년"):
                        sy -= 1  # "去年夏季": always the year before (the Chinese names the year)
                    elif rel2 in ("明年", "내년"):
                        sy += 1
                    elif rel2.startswith(("last", "прошл", "지난")) and doc_date.month <= first + 2:
                        sy -= 1  # "last spring" read in May: the spring of the year before
                    elif rel2.startswith(("next", "следующ")) and doc_date.month >= first:
                        sy += 1
                elif not rel2:
                    sy = y
                # (one not yet begun is a plan or a forecast for those months: "平壤可能在今年
                # 春季再增派最多2000名军人" written in January)
                unfinished = (
                    doc_date is not None
                    and sy is not None
                    and (sy, first + 2) >= (doc_date.year, doc_date.month) >= (sy, first)
                )
                if sy is not None and not unfinished:
                    # (a season not over by the document date is a count still running: unknown)
                    label = months_label(sy, first, first + 2)
                from_doc = False
            elif handler == "half":
                h = g["h"].lower()
                first = h.startswith(("first", "перв", "상", "上")) or h in ("i", "h1")
                if y is not None:
                    label = months_label(y, 1, 6) if first else months_label(y, 7, 12)
            elif handler == "month":
                if (
                    lang in _SAID_BEFORE
                    and _SAID_BEFORE[lang].search(sentence, max(0, m.start() - 30), m.start())
                ) or (lang in _SAID_AFTER and _SAID_AFTER[lang].match(sentence, m.end())):
                    # "the NIS said in March that …": when it was said, not the figure's period
                    # (nor is the year right before it: "2025년 10월 국정감사에서")
                    taken.append((m.start(), m.end()))
                    taken.extend((y.start, y.end) for y in years if 0 <= m.start() - y.end <= 1)
                    continue
                mo = _month_of(g["m"], lang)
                if (
                    from_doc
                    and doc_date is not None
                    and y == doc_date.year
                    and 1 <= (mo - doc_date.month) % 12 <= 2
                    and mo < doc_date.month
                    and lang in _MAY_COME_BEFORE
                    and (
                        _MAY_COME_BEFORE[lang].search(sentence, max(0, m.start() - 40), m.start())
                        or _MAY_COME_AFTER[lang].match(sentence, m.end())
                    )
                ):
                    # "up to 3,000 more could arrive in January", read in December: next January
                    y, from_doc = y + 1, False
                if y is not None:
                    label = months_label(y, mo, mo)
                    if lang == "ko" and _KO_MONTH_END_STOCK.match(sentence, m.end()):
                        nxt = date(y + mo // 12, mo % 12 + 1, 1)
                        label = (nxt - timedelta(days=1)).isoformat()
            elif handler == "tonow":
                mo = _month_of(g["m"], lang)
                now = (doc_date.year, doc_date.month) if doc_date else None
                if y is not None and now is not None and (y, mo) <= now:
                    since, until = f"{y:04d}-{mo:02d}", f"{now[0]:04d}-{now[1]:02d}"
                    label = since if since == until else f"{since}..{until}"
            elif handler == "day":
                mo = _month_of(g["m"], lang)
                label = date(int(g["y"]), mo, int(g["d"])).isoformat()
            elif handler == "stockday":
                mo = _month_of(g.get("m") or g["m2"], lang)
                dd = int(g.get("d") or g["d2"])
                stock = _stock_day(int(g["y"]) if g.get("y") else None, mo, dd, doc_date)
                label = stock.isoformat() if stock else None
                from_doc = False
            elif handler == "weekday":
                # "on Monday": the last such day on or before the document date; its month
                # (not "said on Wednesday": the day of the statement)
                if _statement_day(sentence, m.start(), lang):
                    taken.append((m.start(), m.end()))
                    continue
                if doc_date is not None:
                    wd = _weekday(m.group(), lang)
                    day = doc_date - timedelta(days=(doc_date.weekday() - wd) % 7)
                    label = f"{day.year:04d}-{day.month:02d}"
                handler = "dayonly"  # placed like a bare date: only when nothing else is
            elif handler == "dayonly":
                if g.get("d") and not 1 <= int(g["d"]) <= 31:
                    continue  # "45일 안팎에": a number of days, no day of a month
                if lang == "ko" and _KO_DAYS_SPAN.match(sentence, m.end()):
                    continue  # "30일 만에", "10일 동안": a number of days, not a date
                if lang == "ko" and _KO_DATED_AFTER.match(sentence, m.end()):
                    taken.append((m.start(), m.end()))
                    continue
                if (
                    lang == "zh"
                    and _STATEMENT_AFTER_DAY.match(sentence, m.end())
                    # (not after "截至": "截至今年1月1日在俄停留的…" is the day of a stock, the
                    # 在 saying where the people stay)
                    and not _STOCK_DAY_BEFORE["zh"].search(
                        sentence, max(0, m.start() - 12), m.start()
                    )
                ):
                    continue  # "国家情报院13日在国会表示": the day of the statement
                if _statement_day(sentence, m.start(), lang):
                    taken.append((m.start(), m.end()))
                    continue
                # A bare day ("5日", "4일", "27 июля") places an event, not a statistical period:
                # it resolves to the document's month only when nothing else in the sentence does;
                # a day with its month's name ("On March 3", «27 июля») to that month, the latest
                # one not after the document; one of the next two months («с 1 сентября» in
                # August) is an announcement, and its flow's period is not known yet
                label = f"{doc_date.year:04d}-{doc_date.month:02d}" if doc_date else None
                if (
                    doc_date is not None
                    and lang == "ko"
                    and not g.get("m")
                    and _STOCK_DAY_AFTER["ko"].match(sentence, m.end())
                ):
                    # "지난 1일 기준", "15일 현재": a stock counted on that day, the latest such
                    # day not after the document (the month before when the day is still ahead)
                    k = doc_date.year * 12 + doc_date.month - 1 - (int(g["d"]) > doc_date.day)
                    label = date(k // 12, k % 12 + 1, int(g["d"])).isoformat()
                    from_doc = False
                elif doc_date is not None and g.get("m"):
                    mo = _month_of(g["m"], lang)
                    ahead = (mo - doc_date.month) % 12
                    yy = doc_date.year if mo <= doc_date.month else doc_date.year - 1
                    label = None if 0 < ahead <= 2 else f"{yy:04d}-{mo:02d}"
                    if (
                        lang == "ko"
                        and (
                            _STOCK_DAY_AFTER["ko"].match(sentence, m.end())
                            # "6월 1일 현재 …명으로, 1월 1일(1천980명)보다": the day a stock is
                            # set against is a stock day too
                            or (
                                _KO_DAY_COMPARED_AFTER.match(sentence, m.end())
                                and _KO_STOCK_DAY.search(sentence)
                            )
                        )
                    ) or (
                        lang == "zh"
                        and (
                            _STOCK_DAY_BEFORE["zh"].search(
                                sentence, max(0, m.start() - 12), m.start()
                            )
                            # "较今年1月1日的约700人": the figure of a day a count is set against
                            or (
                                _ZH_DAY_COMPARED_BEFORE.search(
                                    sentence, max(0, m.start() - 12), m.start()
                                )
                                and sentence.startswith("的", m.end())
                            )
                        )
                    ):
                        # a stock as of the day: that day, in the year the sentence names (else
                        # the latest one not after the document)
                        if y is not None and not from_doc:
                            label = date(y, mo, int(g["d"])).isoformat()
                        elif label is not None:
                            label = date(yy, mo, int(g["d"])).isoformat()
                        from_doc = False
        except (ValueError, KeyError):
            continue
        if (
            from_doc
            and doc_date is not None
            and label
            and (
                _starts_after(label, doc_date)
                or (handler in _RUNS_FROM_JANUARY and _ends_after(label, doc_date))
            )
            and not _FUTURE_TENSE[lang].search(sentence)
        ):
            # "in the third quarter" read in February: last year's third quarter (but "200
            # students will arrive in September", read in August, is this September); "in the
            # first nine months" read in March: last year's, as no count of them exists yet
            label = shift_label(label, -1)
            if handler == "quarter":
                shifted_q.append(len(out))
        elif (
            from_doc
            and doc_date is not None
            and handler == "month"
            and label
            and _ends_before(label, doc_date)
            # (in the month's own clause: not «в мае … приехали ещё 40, а … планируется»)
            and _FUTURE_TENSE[lang].search(
                sentence,
                max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()), 0),
                min(
                    (
                        i
                        for i in (sentence.find(",", m.end()), sentence.find(";", m.end()))
                        if i >= 0
                    ),
                    default=len(sentence),
                ),
            )
        ):
            # «ещё около двух десятков приедут в феврале» (said in November): next February
            label = shift_label(label, 1)
        elif from_doc and handler == "quarter" and label:
            unshifted_q.append(len(out))
        taken.append((m.start(), m.end()))
        out.append(PeriodMention(m.start(), m.end(), label, handler, label_year(label)))
    if shifted_q and unshifted_q:
        # "1분기 1천402명, 2분기 2천225명에서 3분기 5천833명으로", read in February: a run of
        # bare quarters is one year's; the later ones, not begun yet, are last year's, and so is
        # the first one, still running (no count of it exists yet)
        first_shifted = min(out[k].start for k in shifted_q)
        for k in unshifted_q:
            pq = out[k]
            if pq.start < first_shifted and pq.label:
                label = shift_label(pq.label, -1)
                out[k] = PeriodMention(pq.start, pq.end, label, pq.kind, label_year(label))
    rel_months = _relative_month(lang)
    if rel_months is not None and doc_date is not None:
        for a, b, key in rel_months.find(sentence):
            if free(a, b) and _when_said(sentence, a, b, lang):
                # "told lawmakers last month that …", "revised up from 5,231 in a preliminary
                # release last month": when it was said or published, not the figure's period
                taken.append((a, b))
                continue
            if free(a, b):
                k = doc_date.year * 12 + doc_date.month - 1 + int(key)
                label = f"{k // 12:04d}-{k % 12 + 1:02d}"
                day_rx = _REL_MONTH_STOCK_DAY.get(lang)
                dm = day_rx.match(sentence, b) if day_rx is not None else None
                if dm is not None and 1 <= int(dm["d"]) <= 31:
                    # "지난달 28일 현재", "이달 1일 기준": a stock counted on that day (the bare
                    # day's own mention is this one)
                    try:
                        label = date(k // 12, k % 12 + 1, int(dm["d"])).isoformat()
                    except ValueError:
                        pass
                    else:
                        out = [p for p in out if not dm.start() <= p.start < dm.end()]
                        taken.append((a, dm.end("d")))
                        out.append(PeriodMention(a, dm.end("d"), label, "dayonly", k // 12))
                        continue
                taken.append((a, b))
                out.append(PeriodMention(a, b, label, "month", k // 12))
        if lang == "ko" and "부터" in sentence:
            out = _relative_month_span(sentence, out)
    # "截至今年10月,朝鲜今年累计…": "this year" so far is the January-to-month period already named
    to_date = {p.year for p in out if p.kind == "firstn" and p.label} if lang in _KO_ZH else ()
    for ym in years:
        if ym.kind == "relative" and ym.year in to_date:
            continue
        if free(ym.start, ym.end):
            out.append(ym)
            taken.append((ym.start, ym.end))
    # "12 in the first quarter, down from 2,219 in the previous quarter": the quarter before the
    # last one the sentence named (with none named, the quarter before the article's, which the
    # article reader resolves: kind "prevquarter", no label here)
    prev_q = _PREVIOUS_QUARTER.get(lang)
    if prev_q is not None and prev_q.search(sentence):
        named = sorted((p for p in out if p.kind == "quarter" and p.label), key=lambda p: p.start)
        # (in English and Russian, and only in a sentence that names no period of its own: Korean
        # and Chinese "上一季度", "지난 분기" alone are the quarter before the document's, below)
        alone = lang in ("en", "ru") and not any(p.label for p in out)
        for m in prev_q.finditer(sentence):
            anchor = [p for p in named if p.end <= m.start()]
            if not free(m.start(), m.end()) or not (anchor or alone):
                continue
            taken.append((m.start(), m.end()))
            if anchor:
                label = previous_sub_label(anchor[-1].label)
                out.append(PeriodMention(m.start(), m.end(), label, "quarter", label_year(label)))
            else:
                out.append(PeriodMention(m.start(), m.end(), None, "prevquarter", None))
    last_rx = _LAST_QUARTER.get(lang)
    if (
        last_rx is not None
        and doc_date is not None
        and any(w in sentence for w in ("quarter", "квартал", "분기", "季度"))
    ):
        # "brought in 90 workers last quarter", «в прошлом квартале»: the quarter before the
        # document's (not "the last quarter of 2024", the fourth)
        for lm in last_rx.finditer(sentence):
            if free(lm.start(), lm.end()):
                back = 1 if " ".join(lm["w"].lower().split()) in _LAST_WORDS else 0
                q = (doc_date.month - 1) // 3 + 1 - back
                qy = doc_date.year - 1 if q == 0 else doc_date.year
                label = f"{qy:04d}-Q{q or 4}"
                taken.append((lm.start(), lm.end()))
                out.append(PeriodMention(lm.start(), lm.end(), label, "quarter", qy))
    # "Year-to-date (H1 2025)", "year to date, January through September": the span that follows
    # says which months the running count covers; the document's month does not
    out = [
        p
        for p in out
        if p.kind != "ytd"
        or not any(
            q.label
            and q is not p
            and sentence[p.end : q.start].strip() in ("(", ",", ":", "—", "–")
            for q in out
        )
    ]
    same_rx = _SAME_AS_NAMED.get(lang)
    if same_rx is not None and "same" in sentence:
        # "2,400 guests in Q4, while only 85 … in the same quarter": the quarter (or month) the
        # sentence named before (with a year after it, "the same quarter of 2023", it is a
        # comparison's baseline, read there)
        for sm in same_rx.finditer(sentence):
            named = [
                p for p in out if p.end <= sm.start() and p.label and p.kind in ("quarter", "month")
            ]
            if named and free(sm.start(), sm.end()):
                p = max(named, key=lambda q: q.start)
                taken.append((sm.start(), sm.end()))
                out.append(PeriodMention(sm.start(), sm.end(), p.label, p.kind, p.year))
    out.sort(key=lambda p: p.start)
    if lang in ("en", "ru") and "(" in sentence and any(p.kind == "previous" for p in out):
        # "just 97 a year earlier (the first quarter of 2023)": the bracket says which period
        # "a year earlier" is; the relative words give way to it
        out = [
            p
            for p in out
            if not (
                p.kind == "previous"
                and any(
                    q.label
                    and q.start > p.end
                    and _RESTATED_IN_BRACKET.fullmatch(sentence, p.end, q.start)
                    for q in out
                )
            )
        ]
    if lang == "ko" and "기준" in sentence:
        out = _years_on_basis(sentence, out)
    if lang in ("en", "ru") and len(out) > 1:
        out = _into_next_year(sentence, out, doc_date)
    return out


_MONTHS_LABEL = re.compile(r"(\d{4})-(\d\d)(?:\.\.(\d{4})-(\d\d))?")
_MONTH_KINDS = ("month", "mrange", "mpair")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
# "… and another 3,000 in January and February", «а затем еще около 3 тыс. в январе»
_FURTHER_BETWEEN = re.compile(
    r"\b(?:another|a\s+further|then|followed\s+by)\b|(?<!\w)(?:ещ[её]|затем|потом)(?!\w)", re.I
)


def _into_next_year(
    sentence: str, out: list[PeriodMention], doc_date: date | None
) -> list[PeriodMention]:
    """Months with no year of their own, told as what came next after months later in the year
    named before ("between October and December 2024 and another 3,000 in January and February",
    «в октябре–декабре 2024 года, а затем еще около 3 тыс. в январе–феврале»), are of the next
    year, when that is not past the document's date."""
    res: list[PeriodMention] = []
    for p in out:
        own = _MONTHS_LABEL.fullmatch(p.label or "") if p.kind in _MONTH_KINDS else None
        before = [
            q
            for q in res
            if q.end <= p.start and q.kind in _MONTH_KINDS and q.label and q.year == p.year
        ]
        if (
            own is None
            or own.group(3) not in (None, own.group(1))
            or not before
            or _YEAR_WRITTEN.search(sentence, p.start, p.end)
            or _FURTHER_BETWEEN.search(sentence, before[-1].end, p.start) is None
        ):
            res.append(p)
            continue
        last = _MONTHS_LABEL.fullmatch(before[-1].label or "")
        y = int(own.group(1))
        last_month = int(last.group(4) or last.group(2)) if last else 0
        end_month = int(own.group(4) or own.group(2))
        if int(own.group(2)) >= last_month or (
            doc_date is not None and (y + 1, end_month) > (doc_date.year, doc_date.month)
        ):
            res.append(p)
            continue
        res.append(p._replace(label=shift_label(p.label, 1), year=y + 1))
    return res


# "3분기 기준으로 보면", "상반기 기준": the part of the year every count of the sentence is taken on
_KO_BASIS_AFTER = re.compile(r"\s?기준")
_PART_OF_YEAR = ("quarter", "half", "mrange", "firstn", "firstq", "qrange")


def _years_on_basis(sentence: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """ "같은 3분기 기준으로 보면 2022년 48건, 2023년 331건, 지난해 4천916건": a part of the year
    named with no year of its own as the basis the figures are taken on makes each year named
    after it that part of that year (2022's third quarter), not the whole year."""
    for p in out:
        if (
            p.kind not in _PART_OF_YEAR
            or p.year is None
            or not p.label
            or label_year(p.label[-7:]) != p.year  # (a span within one year)
            or not _KO_BASIS_AFTER.match(sentence, p.end)
            # ("2024년 3분기 기준", "올해 상반기 기준": that year's part, the basis of one figure)
            or any(q.kind in ("year", "relative") and 0 <= p.start - q.end <= 2 for q in out)
        ):
            continue
        return [
            q._replace(label=shift_label(p.label, q.year - p.year), kind=p.kind)
            if q.start > p.end
            and q.kind in ("year", "relative")
            and q.year is not None
            and q.label == year_label(q.year)
            else q
            for q in out
        ]
    return out


# "a year earlier (the first quarter of 2023)", «годом ранее (в I квартале 2023 года)»
_RESTATED_IN_BRACKET = re.compile(r"\s*[(（]\s*(?:the\s+|in\s+|в\s+|во\s+|за\s+)?", re.I)


_SAME_AS_NAMED = {
    "en": re.compile(
        r"\b(?:in|during|over)\s+the\s+same\s+(?:quarter|month)\b"
        r"(?!\s*(?:of|in|last|a\s+year|the\s+previous|a\s+year\s+earlier)\b)",
        re.I,
    ),
}


_LAST_QUARTER = {
    "en": re.compile(r"\b(?P<w>last|this|the\s+past)\s+quarter\b(?!\s+of\b)", re.I),
    "ru": re.compile(
        r"(?<!\w)в\s+(?P<w>прошлом|прошедшем|минувшем|этом|текущем)\s+квартале(?!\s+\d)", re.I
    ),
    # "上一季度有数百名…", "지난 분기": with no quarter named before it, the quarter before the
    # document's
    "ko": re.compile(r"(?P<w>지난)\s?분기"),
    "zh": re.compile(r"(?P<w>上一|上个|上個|上)季度"),
}
_LAST_WORDS = frozenset(
    {"last", "the past", "прошлом", "прошедшем", "минувшем", "지난", "上一", "上个", "上個", "上"}
)


# a verb of what may come, right before a month: "could arrive in January", «могут прибыть в январе»
_MAY_COME_BEFORE = {
    "en": re.compile(
        r"\b(?:could|may|might|will|would|(?:is|are)\s+(?:expected|due|set)\s+to)\s+"
        r"(?:\w+\s+){0,3}$",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:могут|может|будут|будет|ожидается|ожидаются|прибуд\w+|приед\w+)\s+"
        r"(?:\w+\s+){0,3}$",
        re.I,
    ),
}
# («В январе в Россию могут прибыть …»: the verb after the month)
_MAY_COME_AFTER = {
    "en": re.compile(r"(?:\s+\S+){0,3}?\s+(?:could|may|might|will|would)\b", re.I),
    "ru": re.compile(
        r"(?:\s+\S+){0,3}?\s+(?:могут|может|будут|будет|ожидается|ожидаются|прибуд\w+)(?!\w)",
        re.I,
    ),
}
# A sentence about what is to come: a month or quarter not yet reached is the coming one
_FUTURE_TENSE = {
    "en": re.compile(
        # ("said a further 1,000 would be dispatched in May": reported future)
        r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|planned|to\s+be)\s+to|"
        # ("we expect about 150 new ones in September", said in June)
        r"plans?\s+to|next|would\s+be\s+(?:\w+ed|sent)|expects?|expecting|anticipates?)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:прибуд(?:ет|ут)|приед(?:ет|ут)|будет|будут|планиру\w+|ожидается|"
        r"ожидаются|ожидаем|ждем|ждём|предстоит|намерен\w*|отправ(?:ит|ят)|направ(?:ит|ят))(?!\w)",
        re.I,
    ),
    "ko": re.compile(r"예정|계획이다|할 계획|될 전망|올 것으로|갈 것으로"),
    "zh": re.compile(r"(?<!将)(?:将|將)(?!近)|预计|預計|计划于|計劃於"),
}


# «в феврале говорил, что …», "in February told reporters that …": when it was said
_SAID_AFTER = {
    "ru": re.compile(
        # («в феврале скорректировало данные»: when the figures were revised)
        r"\s+(?:\w+\s+)?(?:говорил|заявил|сообщил|сказал|рассказал|отмечал|отметил|скорректировал|"
        r"уточнил|пересмотрел)\w*",
        re.I,
    ),
    "en": re.compile(r"\s+(?:said|told|stated|announced|wrote)\b", re.I),
    # "2025년 10월 국정감사에서 … 추정했다": the month of the hearing where it was said
    "ko": re.compile(
        r"\s?(?:국회\s?)?(?:국정감사|국감|청문회|기자회견|브리핑|간담회|업무보고)\s?(?:에서|때)"
    ),
    # "国情院今天表示", "泽连斯基10月中旬曾表示": the day or month a speaker said it (the verb
    # right after the time word, no object between), not the period of the figure said
    "zh": re.compile(
        r"\s*(?:[上中下]旬)?\s*(?:曾|也|还|還|再度|再次)?\s*"
        r"(?:表示|称|稱|说|說|指出|透露|宣布|宣佈|披露|证实|證實|发表声明|發表聲明)"
    ),
}


# "今天向國會報告", "今天在记者会上表示": "today" right before a verb of saying (after where
# and to whom) dates the statement ("今天抵达北京" still dates the trip)
_SAID_AFTER_TODAY_ZH = re.compile(
    r"\s*(?:在[^，,。；;]{1,12}?)?(?:向[^，,。；;]{1,8}?)?"
    r"(?:表示|称|稱|说|說|指出|透露|宣布|发表|發表|公布|报告|報告|证实|證實)"
)
# "당초 발표한 1만7천 명을 이달 초 수정했다": a relative month right before a verb of revising or
# announcing (no object between) dates the revision, not the period of the figure
_KO_REVISED_RIGHT_AFTER = re.compile(
    r"\s?(?:초|중순|말)?(?:에)?\s?(?:수정|정정|발표|공개)(?:했|하였|됐|되었)"
)
# "in a preliminary release last month", «в отчете в прошлом месяце»: a publication's time
_PUBLISHED_IN_BEFORE = {
    "en": re.compile(
        r"\b(?:in|at)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:release|report|"
        r"statement|briefing|bulletin|publication|update|hearing)\s*$",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)в\s+(?:[а-яё-]+\s+){0,2}?(?:отчет\w*|отчёт\w*|доклад\w*|релиз\w*|"
        r"сообщени\w*|заявлени\w*|брифинг\w*|бюллетен\w*)\s*$",
        re.I,
    ),
}


def _when_said(sentence: str, a: int, b: int, lang: str) -> bool:
    """Whether the relative month at [a, b) dates a statement or a publication: right after a
    verb of saying (and whom to) or "in a … report", or right before "that" after such a verb."""
    before = sentence[max(0, a - 60) : a]
    if lang in _SAID_BEFORE and _SAID_BEFORE[lang].search(before):
        return True
    if lang == "zh" and sentence.startswith("今天", a) and _SAID_AFTER_TODAY_ZH.match(sentence, b):
        return True  # "國情院今天向國會報告,…": the day of the report, not of the flow
    if lang == "ko" and _KO_REVISED_RIGHT_AFTER.match(sentence, b):
        return True  # "이달 초 수정했다": the month of the revision, not of the flow
    if lang == "zh" and _SAID_AFTER[lang].match(sentence, b):
        return True  # "国情院今天表示": the speaker's day, right before the verb of saying
    return lang in _PUBLISHED_IN_BEFORE and bool(_PUBLISHED_IN_BEFORE[lang].search(before))


def _statement_day(sentence: str, at: int, lang: str) -> bool:
    """The day (or weekday) at ``at`` dates a statement, a report or a meeting ("said on
    Wednesday", "said in a briefing on Jan. 22", «докладу, опубликованному 22 октября», «после
    встречи … 17 июня», "a report released on Thursday"), not the period of a figure."""
    said = _SAID_BEFORE.get(lang)
    document = _DOCUMENT_DAY_BEFORE.get(lang)
    return bool(
        (said is not None and said.search(sentence, max(0, at - 40), at))
        or (document is not None and document.search(sentence, max(0, at - 50), at))
    )


_DOCUMENT_DAY_BEFORE = {
    "ru": re.compile(
        r"(?<!\w)(?:опубликован\w*|обнародован\w*|представленн\w*|датированн\w*|"
        r"после\s+(?:встречи|переговоров|заседания|визита)[^.;,]{0,30}?)\s+$",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:published|released|issued|dated|after\s+(?:a\s+)?(?:meeting|talks)[^.;,]{0,30}?)"
        r"\s+(?:on\s+)?$",
        re.I,
    ),
}
_SAID_BEFORE = {
    "en": re.compile(
        # ("said in a report on Thursday", "told reporters on Monday", "told reporters in Moscow
        # on Wednesday", "said in Pyongyang on Tuesday")
        r"\b(?:said|says|told|reported|announced|stated|added|wrote|noted|estimated|assessed)"
        r"(?:(?:\s+\w+)??(?:\s+in\s+(?-i:[A-Z])\w+)?|"
        r"\s+in\s+(?:a|its|the)\s+(?:\w+\s+)?(?:report|statement|briefing|interview))?"
        r"(?:\s+on)?\s*$",
        re.I,
    ),
    # («сообщил журналистам в четверг»: to whom, then the day)
    "ru": re.compile(
        # («а не 1 430, как сообщалось в январе»: when an earlier figure was reported)
        r"(?:сообщил\w*|сообщал\w*|заявил\w*|сказал\w*|рассказал\w*|написал\w*)"
        r"(?:\s+(?:журналистам|репортерам|репортёрам|изданию|агентству|депутатам|в\s+интервью\w*))?"
        r"\s*$",
        re.I,
    ),
}
_WEEKDAYS = {
    "en": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "ru": ("понед", "вторн", "сред", "четв", "пятн", "субб", "воскр"),
}


def _weekday(text: str, lang: str) -> int:
    low = text.lower()
    for i, stem in enumerate(_WEEKDAYS[lang]):
        if stem in low:
            return i
    raise ValueError(f"no weekday in {text!r}")


# counts from January to a month: complete only once that month is over
_RUNS_FROM_JANUARY = ("firstn", "firstq", "half", "qrange")


def _ends_after(label: str, d: date) -> bool:
    m = re.search(r"(\d{4})-(\d{2})$", label)
    return m is not None and (int(m.group(1)), int(m.group(2))) > (d.year, d.month)


def _ends_before(label: str, d: date) -> bool:
    m = re.search(r"(\d{4})-(\d{2})$", label)
    return m is not None and (int(m.group(1)), int(m.group(2))) < (d.year, d.month)


def _starts_after(label: str, d: date) -> bool:
    m = re.match(r"(\d{4})(?:-Q(\d)|-(\d{2}))?", label)
    if not m:
        return False
    y = int(m.group(1))
    month = (int(m.group(2)) - 1) * 3 + 1 if m.group(2) else int(m.group(3) or 1)
    return (y, month) > (d.year, d.month)


def _stock_day(y: int | None, mo: int, d: int, doc_date: date | None) -> date | None:
    """The day a stock is counted on: dated in full, or with no year the latest such day up to
    the document date ("as of March 1" in a report of 14 March 2025: 2025-03-01; "as of
    September 1" in one of 15 January 2026: 2025-09-01; no document date leaves it unknown)."""
    try:
        if y is not None:
            return date(y, mo, d)
        if doc_date is None:
            return None
        day = date(doc_date.year, mo, d)
        return day if day <= doc_date else date(doc_date.year - 1, mo, d)
    except ValueError:
        return None  # "as of February 30"


# where a span running up to now says it ends instead ("Year to date, … totaled 10,337
# through September", «с начала 2023 года по конец марта 2025-го»)
_SPAN_END_AFTER = {
    "en": re.compile(
        rf"[^.;]{{0,60}}?\b(?:through|to\s+the\s+end\s+of|until\s+the\s+end\s+of)\s+"
        rf"(?P<m>{EN_MONTH})(?:\s+(?P<y>{YEAR}))?\b"
    ),
    "ru": re.compile(
        rf"\w*\.?\s*(?:года?|г\.)?\s*(?:по|до)\s+(?:кон(?:ец|ца)\s+)?(?P<m>{RU_MONTH})"
        rf"(?:\s+(?P<y>{YEAR})(?:\s*(?:года?|г\.)|-го)?)?",
        re.I,
    ),
}


def _span_end(sentence: str, at: int, lang: str, doc_date: date) -> tuple[int, int]:
    """(year, month) a span from a start up to now ends: the month it names after ``at``
    (the latest such month up to the document date), else the document's month."""
    rx = _SPAN_END_AFTER.get(lang)
    m = rx.match(sentence, at) if rx is not None else None
    if m is None:
        return doc_date.year, doc_date.month
    month = _month_of(m["m"], lang)
    if m["y"]:
        return int(m["y"]), month
    return (doc_date.year, month) if month <= doc_date.month else (doc_date.year - 1, month)


def _month_of(s: str, lang: str) -> int:
    if lang == "en":
        return _en_month(s)
    if lang == "ru":
        return _ru_month(s)
    n = _num(s)
    if n is None or not 1 <= n <= 12:
        raise ValueError(s)
    return n
