"""The fields of one figure read from its own sentence: qualifier, counted noun, purpose, period.

Also the figure record (``_Num``) and the sentence record (``_Sentence``) the readers above
share. Origin and destination are in ``places``; the sentence reader that calls these is
``sentence``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Collection, Sequence
from datetime import date
from typing import Protocol, TypeVar

from sanctionwatch.claims import context, hedges, lexicon
from sanctionwatch.claims.comparisons import ComparisonMention
from sanctionwatch.claims.keep import (
    _SUBJECT_UNITS,
    _VERSUS_BEFORE,
    KO_GEON,
    NOUN_FIRST,
    ONE_THOUSAND_RU,
    _overlaps,
    entry_times,
)
from sanctionwatch.claims.nouns import (
    _CLAUSE,
    _first_unit_after,
    _purposes,
    _units,
    _within,
)
from sanctionwatch.claims.numbers import NumberMention, find_numbers, parse_digits
from sanctionwatch.claims.periods import (
    PeriodMention,
    find_periods,
)
from sanctionwatch.claims.segment import (
    _NUMBER_IN,
    _clauses,
)
from sanctionwatch.model.claim import Claim

# Two short Korean words with no particle that ends a phrase ("북한 건설 "): modifiers of the
# noun after them
# ("북한 IT 노동자": a word in Latin letters among them)
_KO_BARE_WORDS = re.compile(
    r"(?:[가-힣]{0,3}[가-힣](?<![과와은는이가을를에도로])\s|[A-Za-z]{1,4}\s){1,2}"
)
# Chinese: the words of a trade between the counter and the noun ("名纺织及水产加工女工",
# "名建筑工人"): Han characters only, none that opens a clause of its own (a verb, a preposition,
# "的") nor "人" closing a noun of people ("名北韓人以商務簽證": the people, then how they came),
# so the noun after them is the one the figure counts
_ZH_TRADE_WORDS = re.compile(
    r"(?:(?![的是为為在到去赴往进進入从從向于於被已将將当當做派有以持用人])[\u4e00-\u9fff]){1,8}"
)
# "名持工作签证的朝鲜人": a clause of the visa they hold between the counter and the people
# noun (a nationality at most after "的"), so that noun is the one the figure counts
_ZH_HOLDING_VISA = re.compile(r"(?:持有|持)[\u4e00-\u9fff]{0,4}(?:签证|簽證)的[\u4e00-\u9fff]{0,3}")
# "1,280명에게 취업 허가를 내줬다": the counted people are the ones given the noun after
_KO_GIVEN_TO_AFTER = re.compile(r"\s?에게")
_ZH_KO_COUNTER_SKIP = re.compile(
    # ("约有5000人的朝鲜渔业劳务队": zh "的" after the counter, as ko "의", leads to the noun)
    r"^\s?(?:여|多|余|餘)?\s?(?:명|名|人|位|号人|號人)?(?:의|이|은|는|가|을|를|으로|로|(?<=[名人])的)?\s?"
    # "1만2천 명에 달하는 북한군 병력": the noun behind "amounting to"
    r"(?:(?<=명)(?:에\s?(?:달하는|이르는|육박하는)|\s?(?:규모|가량|정도|안팎|내외|남짓)의)\s?"
    r"|(?<=명\s)(?:규모|가량|정도|안팎|내외|남짓)의\s?)?"
    # "1천 명 안팎의 추가 병력", "2백 명의 신규 인력": "additional", "new" before the noun
    r"(?:(?<=의)\s?(?:추가|신규)\s?|(?<=의\s)(?:추가|신규)\s?)?"
)
# "beat Russia 2–1", «обыграла Россию со счетом 3:1», "1-2로 졌다", "以1:2负于": the score of a
# match, looked for only in sentences that name a win, a loss or a score (near the pair)
_SCORE_WORD: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(
        r"\b(?:beat|beats|defeat|defeated|defeats|won|wins|lost|loses|drew|draw|thrashed|edged|"
        r"score)\b"
    ),
    "ru": lexicon.Caseless(r"(?<!\w)(?:обыгра|победил|проигра|уступил|разгроми|сч[её]т)"),
    "ko": re.compile(r"졌다|이겼|패했|꺾었|비겼|승리|패배|무승부|스코어"),
    "zh": re.compile(r"击败|擊敗|战胜|戰勝|负于|負於|输给|輸給|战平|戰平|获胜|獲勝|落败|落敗|比分"),
}
# the pair itself; one followed by a counted noun is a range ("lost 10-15 soldiers", "1-2명")
_SCORE_EN_RU = re.compile(
    r"(?<![\d,.])\d{1,2}\s?[–\-:]\s?\d{1,2}(?!\d|[,.]\d)"
    r"(?=\s*(?:$|[^\w\s]|(?:in|on|at|to|against|over|with|after|before|victory|win|в|на|во|после|с|и|"
    r"and|против)\b))",
    re.IGNORECASE,
)
_SCORE_KO_ZH = re.compile(
    r"(?<![\d,.])\d{1,2}\s?[–\-:]\s?\d{1,2}(?!\d|[,.]\d)"
    r"(?=\s?(?:$|[^\w\s]|으로|로|의|[击擊战戰负負输輸获獲落取]))"
)
_SCORE = {"en": _SCORE_EN_RU, "ru": _SCORE_EN_RU, "ko": _SCORE_KO_ZH, "zh": _SCORE_KO_ZH}


def _scores(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Spans of a match's score in ``sentence`` (not figures)."""
    word = _SCORE_WORD.get(lang)
    if word is None or word.search(sentence) is None:
        return []
    return [
        m.span()
        for m in _SCORE[lang].finditer(sentence)
        if word.search(sentence, max(0, m.start() - 40), min(len(sentence), m.end() + 15))
    ]


# A figure that refers back to people already counted: "7,887 of them", "из них 619".
_OF_THEM: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(r"\s+of\s+(?:them|whom|those|these)\b"),
    "ru": lexicon.Caseless(r"\s+из\s+них\b"),
    "ko": re.compile(r"(?!)"),
    "zh": re.compile(r"(?!)"),
}
# a period's "since" right after it, and the mark of a next clause (see _period_mention)
_SINCE_AFTER = re.compile(r"\s?(?:以来|以來|이후|이래|부터)")
# "正在接受训练": at it now (see _period_mention)
_ZH_IN_PROGRESS = re.compile(r"正在|正於|正于")
_NEXT_CLAUSE_KOZH = {"ko": re.compile(r"(?:며|고|지만|는데)[,\s]"), "zh": re.compile(r"[，,；;]")}
_NOW: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(r"\b(?:currently|now|at\s+present|presently|today)\b"),
    "ru": lexicon.Caseless(
        r"(?<!\w)(?:сейчас|в\s+настоящее\s+время|на\s+данный\s+момент|ныне)(?!\w)"
    ),
    "ko": re.compile(r"현재|지금"),
    "zh": re.compile(r"目前|现在|現在|当前|當前"),
}


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


def _nearest(mentions: Sequence[_S], pos: int, *, after_weight: float = 1.0) -> _S | None:
    """The mention closest to ``pos`` (distances after it scaled by ``after_weight``)."""
    best: _S | None = None
    best_d = 1e18
    for m in mentions:
        if m.end <= pos:
            d: float = pos - m.end
        elif m.start >= pos:
            d = (m.start - pos) * after_weight
        else:
            d = 0
        if d < best_d:
            best, best_d = m, d
    return best


class _Num:
    """A number being read as a claim (mutable while the sentence is processed)."""

    __slots__ = ("baseline_of", "m", "qualifier")

    def __init__(self, m: NumberMention, qualifier: str) -> None:
        self.m = m
        self.qualifier = qualifier
        self.baseline_of: ComparisonMention | None = None


# "выросло ... до 13 221", "1만 명까지 늘었다": the value reached, not an upper bound.
_CHANGE_TO_BEFORE = {
    "ru": re.compile(
        r"(?:вырос|возрос|увелич|сократ|снизил|снизит|упал|уменьш|достиг|подскочил|рухнул|обвалил|"
        r"опустил|поднял|довест|довед|довод|нарастить|нарастят|нарастил)\w*[^.;]{0,100}\bдо\s*$",
        re.I,
    ),
}
_CHANGED_TO_AFTER = {
    "en": re.compile(
        # (a baseline may come first: "rose 40% quarter on quarter, to 1,034")
        r"(?:\s+(?:(?:year|quarter|month)[-\s]on[-\s](?:year|quarter|month)|from\s+a\s+year\s+"
        r"(?:earlier|ago|before)|on\s+the\s+(?:previous|prior)\s+(?:year|quarter|month)|"
        # ("climbed 25% from 2024 to 9,870")
        r"from\s+(?:19|20)\d\d))?"
        r"\s*,?\s+to\s+(?:(?:about|roughly|around|nearly|almost|some|just\s+over|over|"
        r"more\s+than|just\s+under|under|fewer\s+than|less\s+than|a\s+record)\s+)?",
        re.I,
    ),
    "ru": re.compile(
        r"[\s,—–-]*до\s+(?:(?:около|почти|примерно|порядка|более|свыше|менее|рекордных)\s+)?",
        re.I,
    ),
}
# (not a rise it may take: "2만 명까지 늘어날 수 있다" is the most it could reach, as en "could
# reach 20,000", with or without "최대")
_CHANGE_TO_AFTER = {
    "ko": re.compile(
        r"\s?명?\s?까지\s*(?:늘|증가|줄|감소|급증|급감)(?![가-힣]{0,4}\s?수\s?(?:있|도\s?있))"
    )
}


def _qualifier(sentence: str, n: NumberMention, lang: str) -> str:
    # "up to $300m": the hedge stands before the currency sign
    start = n.start - 1 if n.start and sentence[n.start - 1] == "$" else n.start
    q = hedges.qualify(sentence, start, n.end, lang, vague=n.vague)
    if q == "exact" and lang == "en" and sentence.startswith(("-plus", "+"), n.end):
        return "more_than"  # "the '10,000-plus' it gave lawmakers", "100k+"
    if q == "exact" and lang == "en" and sentence[n.start : n.end].lower().startswith("a couple"):
        return "approx"  # "a couple of thousand": about two thousand
    noun_first = lang == "ru" and NOUN_FIRST.search(sentence, max(0, n.start - 12), n.start)
    if q == "exact" and noun_first:
        return "approx"  # «человек двести»: the noun before the numeral makes it approximate
    if q == "vague" and lang == "ru" and sentence[n.start : n.end].lower() in ONE_THOUSAND_RU:
        # "более тысячи граждан" is "more than one thousand", not "thousands of"
        q = hedges.qualifier_before(sentence[: n.start], lang) or "vague"
    if (
        q in ("exact", "approx")
        and lang == "zh"
        and _MORE_INSIDE_ZH.search(sentence, n.start, n.end)
    ):
        return "more_than"  # "一千二百余万": the mark read inside the figure (numbers.py)
    if q == "at_most":
        before = _CHANGE_TO_BEFORE.get(lang)
        after = _CHANGE_TO_AFTER.get(lang)
        # (but "최대 1만5천 명까지 늘어날 수 있다": with "최대" before it the figure is still the
        # ceiling, not the value reached)
        bound_before = hedges.qualifier_before(sentence[: n.start], lang) == "at_most"
        if (before and before.search(sentence[max(0, n.start - 130) : n.start])) or (
            after and not bound_before and after.match(sentence, n.end)
        ):
            return "exact"
        if (
            lang == "zh"
            and _AS_MANY_AS_ZH.search(sentence, max(0, n.start - 4), n.start)
            and n.value % 100
        ):
            return "exact"  # "多達3765人": emphasis on a counted figure, as a bare "高达"
    return q


# a "more than" mark between a Chinese figure and its ten-thousands ("三百多万")
_MORE_INSIDE_ZH = re.compile(r"[多余餘][万萬亿億]")

# "多达" before a figure counted to the unit ("多達3765人") stresses a reported count; before a
# round one ("多达1.5万人") it gives a bound
_AS_MANY_AS_ZH = re.compile(r"多[达達]\s*$")
_LEADING_DIGITS = re.compile(r"\d+(?:[,.\u00a0\u202f\u2009 ]\d+)*")


# the scale word that ends a spelled range's second bound ("five thousand", «пяти тысяч»)
_SPELLED_SCALE_END = re.compile(r"(?:hundred|thousand|million|тысяч\w*|миллион\w*)$", re.I)


def _range_start_scaled(
    sentence: str, a: NumberMention, b: NumberMention, lang: str
) -> NumberMention:
    """ "от 50 до 100 тыс.", "between 50 and 100 thousand", "5천~1만 명": the multiplier written
    once after the range applies to both ends."""
    a_text, b_text = sentence[a.start : a.end], sentence[b.start : b.end]
    if a.spelled and a.value < 1000 and (scale := _SPELLED_SCALE_END.search(b_text)):
        # "between three and five thousand": the scale word closes the range
        low = scale.group().lower()
        mult = 1e6 if low.startswith(("mil", "мил")) else 1e2 if low == "hundred" else 1e3
        if a.value * mult <= b.value:
            return a._replace(value=round(a.value * mult, 6))
        return a
    if not a_text.replace(",", "").replace(".", "").isdecimal():
        return a  # the start has its own words or multiplier
    head = _LEADING_DIGITS.match(b_text)
    if head is None or head.end() == len(b_text):
        return a  # the end has no multiplier either
    base = parse_digits(head.group(), lang)[0]
    if not base:
        return a
    mult = b.value / base
    if mult in (1e3, 1e4, 1e6, 1e8, 1e9) and a.value * mult <= b.value:
        return a._replace(value=round(a.value * mult, 6))
    return a


def _nearest_num(nums: Sequence[_Num], a: int, b: int) -> _Num | None:
    """The figure a phrase at [a, b) belongs to: the nearest within 30 characters, the one after
    it on a tie ("..., 지난해 같은 기간에는 400명")."""
    best: _Num | None = None
    best_d = 31.0
    for x in nums:
        d = x.m.start - b if x.m.start >= b else (a - x.m.end) + 0.5 if x.m.end <= a else 0
        if d < best_d:
            best, best_d = x, d
    return best


# "работают около 2 тыс. граждан КНДР", "1,200 North Koreans work on building sites": people
# at work, counted as workers ("came to work" is a purpose of the trip: people, not workers)
# Russian verbs of being at work (finite or with a modal): «работают», «трудятся», «будет работать»
_RU_WORK_VERB = (
    r"работа(?:ют|ет|ли|ло|ла|л)|труд(?:ятся|ились|ится)|"
    r"(?:будет|будут|могут|может|продолжа\w+)\s+работать|"
    # («на объектах компании уже занято около 400 северокорейцев»: employed)
    r"занят[оаы]?"
)
_AT_WORK: dict[str, lexicon.Caseless] = {
    # (not a quoted category: 'just over 1.1K "work"' are entries under that label)
    "en": lexicon.Caseless(
        r"(?<!\bto\s)(?<!\bfor\s)(?<![\"“‘'])\b(?:work|works|worked|working|employed|toil\w*)\b"
        r"(?![\"”’'])"
    ),
    "ru": lexicon.Caseless(rf"(?<!\w)(?:{_RU_WORK_VERB}|работа(?:ющ|вш)\w*)(?!\w)"),
}

# at a building site: at work there
_AT_SITE: dict[str, lexicon.Caseless] = {
    "en": lexicon.Caseless(r"\b(?:on|at)\s+(?:construction|building)\s+sites?\b"),
    "ru": lexicon.Caseless(r"(?<!\w)на\s+(?:стройк\w*|строительн\w+\s+(?:объект|площадк)\w*)"),
}
_OF_THEM_GAP = re.compile(r"\s*(?:of\s+(?:them|whom|those)|из\s+них)\s*", re.I)
_NOUN_AFTER_WORK = re.compile(r"\s+(?:visas?|permits?|contracts?|places?|hours?|days?)\b", re.I)
_TO_WORK_BEFORE = re.compile(r"(?:для\s+работы|на\s+работу|to\s+work|for\s+work)\s+$", re.I)
# (a hedge of two words may stand between: «трудятся не менее 2 тысяч»)
_AT_WORK_BEFORE = lexicon.Caseless(rf"(?<!\w)(?:{_RU_WORK_VERB})\s+(?:[^\s,;]+\s+){{0,2}}$")
_AUX_END = re.compile(
    # («120 из них фактически трудились»: in fact at work)
    r"\s*(?:are|were|is|was|who|которые|что)?\s*(?:now|currently|still|already|actually|"
    r"in\s+fact|сейчас|уже|фактически|реально|на\s+деле)?\s*$",
    re.I,
)


# (the flow's own name is a purpose of vocab/purposes.yaml: see _own_subject_before_change)
_OWN_SUBJECT_BEFORE_CHANGE = re.compile(
    r",\s+(?:and|while|but)\s+(?:the\s+)?(?P<flow>[\"'‘“]?[^\W\d_]+[\"'’”]?\s+"
    r"(?:entries|arrivals|visits|trips|visas))\s+(?:were|was|had|rose|grew|jumped|fell)\b[^,;]*$",
    re.I,
)
_ALL_OF_THEM = re.compile(
    # (all of them: not "most of them to study", which leaves the count's purpose as it is)
    r"[,;]?\s*(?:all\s+of\s+them|(?<!\w)все"
    r"(?:\s+они|\s+из\s+них)?\s*[—–-]?)\s+",
    re.I,
)
# ("842 гражданина КНДР, заявивших целью поездки «учебу»", "2,310 North Koreans, listing
# study as the purpose": the clause after the people says what they came for)
_DECLARING_AFTER = re.compile(
    r"[,;]?\s*(?:(?<!\w)(?:заявивш|указавш|назвавш)\w*|declaring|listing|citing|"
    r"who\s+(?:declared|listed|cited|gave))\s+",
    re.I,
)
_NOUN_THEN_PURPOSE = re.compile(r"\s+[^\W\d_]+\s+(?:с\s+целью|for\s+the\s+purpose\s+of)\s+", re.I)
# A correction quotes the wrong figure it retracts: only the figure it gives instead is a claim.
# en/ru/zh name the wrong figure after the phrase ("incorrectly stated that 4,000 …", «ошибочно
# указывалось, что … 4 тыс.», "误写为3000人"), up to where the right one is introduced; ko and zh
# quote it before the phrase ("'3천 명'으로 보도했으나", "“3000人”有误").
_RETRACTED_AFTER: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:\w+\s+){0,2}?"
        r"(?:stated|said|reported|gave|put|described|listed|cited|referred|attributed)|"
        r"misstated|misreported|misquoted|"
        # "An earlier version of this article said 15,263 …"
        # (or "an earlier version said", "our first version had")
        r"(?:earlier|previous|original|first)\s+version(?:\s+of\s+(?:this|the)\s+(?:article|story|"
        r"report|piece|post|newsletter|translation))?\s+(?:\w+\s+){0,2}?"
        r"(?:said|stated|reported|gave|put|had))\b"
        # "misstated the period of the 7,887 …": the figure stands, something else was wrong
        r"(?!\s+the\s+(?:period|date|year|month|quarter|name|title|spelling|location|place|"
        r"source|purpose|destination|origin|nationality|attribution)\b)",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:ошибочно|неверно|по\s+ошибке)\s+(?:\w+\s+)?(?:указ|сообщ|говор|назва|назыв|"
        r"написа|привод|привед|было\s+указано)\w*|"
        # «в первоначальной версии заметки говорилось, что …»
        r"(?<!\w)(?:первоначальной|первой|исходной|ранней|предыдущей|прежней)\s+версии\s+(?:\w+\s+)?(?:говорилось|"
        r"указывалось|сообщалось|было\s+указано|значилось)|"
        # «Исправление: ранее в заметке говорилось, что …»
        r"(?<!\w)ранее\s+(?:в|во)\s+(?:заметке|статье|материале|публикации|тексте|новости)\s+"
        r"(?:говорилось|указывалось|сообщалось|было\s+указано|значилось)|"
        # «Уточнение: ранее мы сообщали о 3 041 въезде …, верная цифра — 3 401»
        r"(?<!\w)(?:уточнение|поправка|исправление)\s*:\s*ранее\s+мы\s+(?:сообщали|писали|указывали)",
        re.I,
    ),
    "zh": re.compile(r"(?:误|誤|错|錯)(?:写|寫|报|報|称|稱|植|记|記)(?:为|為|成)"),
}
_RIGHT_FIGURE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:actually|in\s+fact|the\s+correct|the\s+actual|instead|it\s+was|"
        # ("…; the figure cited by Kuwaiti officials was 2,000")
        r"the\s+figure\s+(?:[\w-]+\s+){0,6}?(?:was|is))\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:на\s+самом\s+деле|в\s+действительности|правильн\w*|верн\w*)", re.I
    ),
    "zh": re.compile(r"(?:应为|應為|实为|實為|实际|實際|正确|正確)"),
}
_RETRACTED_QUOTE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        r"['‘\"“]([^'’\"”]{1,40})['’\"”]\s*(?:(?:이)?라고|(?:으)?로)\s*(?:잘못\s*)?"
        r"(?:보도|표기|기재|게재|쓴|썼|적|소개|전)"
    ),
    "zh": re.compile(
        r"[“「\"]([^”」\"]{1,40})[”」\"]\s*(?:有误|有誤|系误|係誤|为误|為誤|有錯|有错)"
    ),
}

# a Korean correction may name the wrong figure unquoted, when the sentence gives the right one
# ("입국자 수를 1만2321명으로 보도했으나, 1만3221명이 맞기에 바로잡습니다"); without a word of
# correction it is a figure another source gave ("러시아 매체는 1만 명으로 보도했으나 …")
_RETRACTED_UNQUOTED_KO = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)*(?:\s?[만천백]\s?\d*)*\s?(?:여\s?)?(?:명|건))\s*(?:으)?로\s*"
    r"(?:잘못\s*)?(?:보도|표기|기재|게재|썼|적었|소개)"
)
# ("1만3221명이 맞기에": "is right"; not "수요가 맞물려", "…이 맞서")
# ("…명으로 잘못 보도했으나": said wrong, whatever follows)
_CORRECTING_KO = re.compile(
    r"바로잡|정정|잘못\s*(?:보도|표기|기재|게재|썼|적었)|(?:이|가)\s?(?:맞(?!물|춰|추|서|섰|선|붙|닥|대)|옳)"
)
# an announced figure that a correction in the same sentence replaces ("파병 규모를 당초 1만 2천
# 명으로 발표했으나 이를 1만 1천 명으로 정정했다"): withdrawn by whoever announced it; an
# announcement set against another's figure ("…로 발표했으나 1만 명이 맞다는 지적") stays a claim
_ANNOUNCED_KO = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)*(?:\s?[만천백]\s?\d*)*\s?(?:여\s?)?(?:명|건))\s*(?:으)?로\s*"
    r"(?:발표|공표|밝혔|집계)"
)
_CORRECTED_TO_KO = re.compile(r"(?:으)?로\s*(?:정정|바로잡)")

# A correction notice ("[바로잡습니다] … '2만명'은 확인되지 않아 삭제합니다", "【更正】…「5萬人」
# 之說不實"): what it quotes was published wrong, unless it is the figure given instead ("'3명'
# 으로 바로잡습니다", "应为「300人」"). Only a marker opening the line is looked for.
_CORRECTION_NOTICE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"\s*[\[［【<〈]\s*(?:바로잡습니다|정정|정정보도|알려왔습니다)"),
    "zh": re.compile(r"\s*[\[［【〔(（]\s*(?:更正|勘误|勘誤|更正启事|更正啟事|订正|訂正)"),
}
_NOTICE_QUOTE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"['‘\"“]([^'’\"”]{1,40})['’\"”]"),
    "zh": re.compile(r"[“「\"『]([^”」\"』]{1,40})[”」\"』]"),
}
# in a correction notice, what the report had said ("本网2月6日报道称…"): the figures from there
# up to the right one given instead are the wrong ones
_NOTICE_REPORTED: dict[str, re.Pattern[str]] = {
    "zh": re.compile(r"(?:报道|報道|報導|刊发|刊發|刊登|稿件|文章)(?:中|称|稱|说|說)"),
}
_NOTICE_RIGHT: dict[str, re.Pattern[str]] = {
    # ("'1천 230명'이 맞아": the figure that "is right")
    "ko": re.compile(r"\s*(?:(?:으)?로\s*(?:바로잡|정정|수정|고칩|고쳐)|(?:이|가)\s?(?:맞|옳))"),
    "zh": re.compile(r"(?:应为|應為|实为|實為|更正为|更正為|改为|改為|正确为|正確為)\s*$"),
}


# Chinese: a figure denied ("不是10万", "并非网传的500人", "而不是某些国家所说的上万人") is
# one the speaker says is wrong, up to the end of its clause or to what is said instead ("不是10万
# 而是4万"); not an earlier published count a revision sets aside ("而非此前公布的2980人": the
# source's own figure then), nor "是不是", "不仅是"
_DENIED_ZH = re.compile(
    r"(?:(?<![是仅僅只光])不是|并非|並非|而非|绝非|絕非)"
    r"(?P<fig>(?:(?!而是|而係|而为|而為)[^，,。；;！？!?、])*)"
)
_DENIED_PUBLISHED_ZH = re.compile(r"公布|公佈|发布|發布|统计|統計|通报|通報")
# Chinese: a figure a question puts in doubt ("外界常说有10万人,这个数字可信吗?", "这一说法属实
# 吗?"): put up to be answered, not asserted
_DOUBTED_ZH = re.compile(
    r"(?:这个|這個|这一|這一|该|該|此)(?:数字|數字|数据|數據|说法|說法|估计|估計|统计|統計)"
    r"[^，,。；;！？!?]{0,4}?(?:可信|可靠|属实|屬實|真实|真實|准确|準確|靠谱|靠譜|是真的|是否属实|是否屬實)"
    r"(?:吗|嗎|么|麼|吧)?\s*[?？]"
)
_QUESTION_OPENS_ZH = re.compile(r"[。！？!?\n]|(?:问|問|记者)\s*[:：]")


def _denied(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the figures a Chinese sentence denies or puts in doubt (see ``_DENIED_ZH``)."""
    if lang != "zh":
        return []
    out = [
        m.span("fig")
        for m in _DENIED_ZH.finditer(sentence)
        if m.group("fig") and not _DENIED_PUBLISHED_ZH.search(m.group("fig"))
    ]
    for m in _DOUBTED_ZH.finditer(sentence):
        start = 0
        for q in _QUESTION_OPENS_ZH.finditer(sentence, 0, m.start()):
            start = q.end()
        out.append((start, m.end()))
    return out


# The words a correction cannot be written without: sentences with none are not scanned.
_CORRECTION_WORDS = {
    "en": (
        "incorrect",
        "wrong",
        "erroneous",
        "mistaken",
        "misstat",
        "misreport",
        "misquot",
        "version",
    ),
    "ru": ("ошибк", "ошибоч", "неверн", "версии", "исправлен", "ранее в", "ранее мы"),
    "ko": ("잘못", "바로잡", "정정", "오류", "알려왔", "보도했으나", "실제로는", "썼으나"),
    "zh": ("误", "誤", "错", "錯", "更正", "勘", "订正", "訂正"),
}


def _retracted(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans of the figures a correction retracts (see ``_RETRACTED_AFTER``)."""
    low = sentence.lower()
    out: list[tuple[int, int]] = _denied(sentence, lang)
    if not any(w in low for w in _CORRECTION_WORDS.get(lang, ())):
        return tuple(out)
    after = _RETRACTED_AFTER.get(lang)
    if after is not None:
        for m in after.finditer(sentence):
            right = _RIGHT_FIGURE[lang].search(sentence, m.end())
            out.append((m.end(), right.start() if right else len(sentence)))
    quoted = _RETRACTED_QUOTE.get(lang)
    if quoted is not None:
        out.extend(m.span(1) for m in quoted.finditer(sentence))
    if lang == "ko" and _CORRECTING_KO.search(sentence):
        out.extend(m.span(1) for m in _RETRACTED_UNQUOTED_KO.finditer(sentence))
        if (fixed := _CORRECTED_TO_KO.search(sentence)) is not None:
            out.extend(m.span(1) for m in _ANNOUNCED_KO.finditer(sentence, 0, fixed.start()))
    if lang in _CORRECTION_NOTICE and _CORRECTION_NOTICE[lang].match(sentence):
        given = _NOTICE_RIGHT[lang]

        def instead(start: int, end: int) -> bool:
            if lang == "ko":
                return given.match(sentence, end) is not None
            return given.search(sentence, max(0, start - 6), start) is not None

        quotes = _NOTICE_QUOTE[lang].finditer(sentence)
        wrong = [m.span(1) for m in quotes if not instead(*m.span())]
        out.extend(wrong)
        reported = _NOTICE_REPORTED.get(lang)
        said = reported.search(sentence) if reported is not None else None
        right = _RIGHT_FIGURE[lang].search(sentence, said.end()) if said is not None else None
        if said is not None and right is not None:
            # "【更正】本网报道称…1.2万人次,经核实应为13221人次": what the report said, up to
            # the figure given instead, was published wrong (quoted or not)
            out.append((said.end(), right.start()))
        # the notice names the wrong figure again, unquoted ("'유학생 2천 명 입국' 기사의 2천
        # 명은 추정치"): that is the same retracted figure
        for a, b in wrong:
            for fig in {m.group() for m in _NOTICE_FIGURE.finditer(sentence, a, b)}:
                out.extend(
                    m.span()
                    for m in re.finditer(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d.,])", sentence)
                    if not instead(*m.span())
                )
    return tuple(out)


# A correction of a period ("其中“上半年”应为“前三季度”"): the figures said of the wrong
# period are of the right one
_PERIOD_CORRECTED: dict[str, re.Pattern[str]] = {
    "zh": re.compile(
        r"[“「\"『]([^”」\"』]{1,12})[”」\"』]\s*(?:应为|應為|应是|應是|更正为|更正為|改为|改為)"
        r"\s*[“「\"『]([^”」\"』]{1,12})[”」\"』]"
    ),
}


def _period_corrected(
    sentence: str, found: list[Claim], lang: str, doc_date: date | None
) -> list[Claim]:
    for m in _PERIOD_CORRECTED[lang].finditer(sentence):
        wrong = {p.label for p in find_periods(m.group(1), lang, doc_date)}
        right = {p.label for p in find_periods(m.group(2), lang, doc_date)}
        if len(wrong) != 1 or len(right) != 1 or None in wrong or None in right:
            continue
        (was,), (now,) = wrong, right
        found = [dataclasses.replace(c, period=now) if c.period == was else c for c in found]
    return found


_NOTICE_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*\s?[천만억千万萬亿億]?")


# "the 6,000 engineers Pyongyang pledged", «Пхеньян направил 6 тыс. саперов»: a country or its
# capital right before a verb of sending or speaking acts
_ACTOR_VERB: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:['’]s)?\s+(?:has\s+|have\s+|had\s+|reportedly\s+|also\s+|later\s+)?"
        r"(?:pledged|promised|sent|dispatched|deployed|agreed|said|says|announced|denied|"
        r"denies|claimed|claims|confirmed|insists|insisted|offered|committed|supplied)\b",
        re.I,
    ),
    "ru": re.compile(
        r"\s+(?:уже\s+|также\s+|якобы\s+)?(?:пообещал|обещал|направил|отправил|перебросил|"
        r"заявил|согласил|подтвердил|отрицает|отрица|предложил|выделил|поставил)\w*",
        re.I,
    ),
}


def _actors(
    sentence: str, lang: str, places: list[context.Mention], watched: Collection[str]
) -> list[context.Mention]:
    """A watched country that acts (see ``_ACTOR_VERB``) is the origin of those it sends, not a
    destination. (Another country that speaks stays a place: "Russia said … in the country".)"""
    rx = _ACTOR_VERB.get(lang)
    if rx is None:
        return places
    return [
        p._replace(role="people")
        if p.role == "name" and p.key in watched and rx.match(sentence, p.end)
        else p
        for p in places
    ]


# "2019년의 11만6천여 명에는 여전히 못 미치지만 2023년보다는 3배 가까이 많다": an earlier
# year's figure the article's count still falls short of; a comparison after it is said of that
# count, not of the year's figure
_FALLS_SHORT_OF_YEAR_KO = (
    re.compile(r"\d{4}\s*년\s?의?\s*$"),
    re.compile(
        r"\s?(?:여\s?)?(?:명|건)\s?(?:에는|에도|엔|에)\s?(?:여전히|아직|아직은|아직도|다소|조금)?\s?"
        # (a past "못 미쳤지만" too, when a contrast follows; not a sentence that ends there)
        r"(?:못\s?미치|못\s?미쳤(?:지만|으나)|미치지\s?못)"
    ),
)


def _falls_short_of_year(text: str) -> bool:
    """Korean: ``text`` sets a count against a year's figure it falls short of (see
    ``_FALLS_SHORT_OF_YEAR_KO``)."""
    return any(
        _FALLS_SHORT_OF_YEAR_KO[0].search(text, 0, n.start)
        and _FALLS_SHORT_OF_YEAR_KO[1].match(text, n.end)
        for n in find_numbers(text, "ko")
    )


_EMPLOYED_AFTER = {
    "en": re.compile(
        r"(?:\s+(?:from\s+)?(?:North\s+Korea|the\s+DPRK|DPRK))?,?\s+(?:employed|working|who\s+work(?:ed)?)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?:\s+(?:из\s+)?КНДР)?,?\s+(?:работающ\w+|работавш\w+|трудящ\w+|трудивш\w+|занят\w+\s+на)",
        re.I,
    ),
}


_LABEL_ASIDE_DASH = re.compile(
    r"(?P<lab>[^\W\d_]+)\s*,\s*[^,—–:;\d]{1,50},\s*[—–]\s*"
    r"(?:(?:около|свыше|более|почти|до|порядка|лишь|всего|еще|ещё)\s+)?$"
)


# Korean: a figure ending a relative clause ("3만 명을 넘었던 …", "1만 명에 달했던 …"), and
# "the number of" ("노동자 수는") the noun it describes
_KO_COUNT_OF_AFTER = re.compile(
    r"\s?(?:명|여\s?명)\s?(?:을|를|에|이|가)?\s?"
    r"(?:넘었던|넘던|넘은|넘어섰던|웃돌던|웃돈|기록했던|기록한|달했던|달하던|달한|이르던|이르렀던)\s"
)
_KO_NUMBER_OF = re.compile(r"\s?수(?:는|가|도|를|의)?(?![가-힣])")
# ... or the noun itself as the subject, standing for the group's size ("3만 명을 웃돌던 러시아 내
# 북한 노동자가 1천 명 미만으로 줄었다": the workers, 30,000 of them, shrank)
_KO_GROUP_SUBJECT = re.compile(r"(?:이|가|은|는)(?![가-힣])")


def _own_subject_before_change(sentence: str, a: int, b: int) -> bool:
    """Whether the clause before a change (between ``a`` and ``b``) has a flow of one purpose
    for its subject: ", and work entries were nearly triple 2023's"."""
    m = _OWN_SUBJECT_BEFORE_CHANGE.search(sentence, a, b)
    return m is not None and bool(_purposes(m.group("flow"), "en"))


# "…仅1087人次,但以学习为目的者较上季度翻了一番": a clause after the figure whose subject is the
# entrants of one purpose, then the change: the change is theirs
_OWN_SUBJECT_BEFORE_CHANGE_ZH = re.compile(
    r"[，,；;]\s*(?:但|但是|而|不过|不過)?\s*"
    r"(?P<flow>以[“「\"]?[^，,。；;\d]{1,6}?[”」\"]?(?:为|為)目的(?:的)?(?:入境)?(?:者|人数|人數|人员|人員))"
    r"\s*(?:已|则|則|也)?\s*(?:(?:较|較|比)[^，,。；;\d]{0,8}?)?$"
)


def _own_subject_before_change_zh(sentence: str, a: int, b: int) -> bool:
    m = _OWN_SUBJECT_BEFORE_CHANGE_ZH.search(sentence, a, b)
    return m is not None and bool(_purposes(m.group("flow"), "zh"))


# the verb of an employer right before the people it took on: at work
_EMPLOYED_BEFORE = re.compile(
    r"\b(?:employ(?:s|ed|ing)?|hire[sd]?|hiring|placed|places|recruit(?:s|ed|ing)?)\s+"
    r"(?:(?:about|some|around|roughly|nearly|over|more\s+than|at\s+least)\s+)?[\"“']?$",
    re.I,
)


def _at_work(
    sentence: str,
    n: NumberMention,
    lang: str,
    clause: tuple[int, int],
    places: list[context.Mention],
) -> bool:
    """Whether the people counted at ``n`` are said to be at work: «работают около 2 тыс. …»
    (the verb, then at most one word, then the number), or "1,200 North Koreans work …" (the
    number, its nationals or noun, then the verb)."""
    rx = _AT_WORK[lang]
    if lang == "ru" and _AT_WORK_BEFORE.search(sentence, max(clause[0], n.start - 40), n.start):
        return True
    if (
        lang == "en"
        and _PUT_BEFORE.search(sentence, max(clause[0], n.start - 12), n.start)
        and _TO_WORK.search(sentence, n.end, clause[1])
    ):
        return True  # "had put 47 North Koreans who entered on student visas to work"
    if lang == "en" and _EMPLOYED_BEFORE.search(sentence, max(clause[0], n.start - 16), n.start):
        return True  # 'said it placed "a few hundred" North Koreans at a cement plant'
    site = _AT_SITE[lang].search(sentence, clause[0], clause[1])
    if (
        site is not None
        # «прибыли … для работы на стройках»: the purpose of the trip (people, not workers)
        and not _TO_WORK_BEFORE.search(sentence, max(0, site.start() - 20), site.start())
        and any(p.role == "people" and clause[0] <= p.start < clause[1] for p in places)
    ):
        return True  # «на стройках … не меньше трех тысяч северокорейцев»: workers
    m = rx.search(sentence, n.end, min(clause[1], n.end + 60))
    if m is None:
        return False
    raw = sentence[n.end : m.start()]
    between = _AUX_END.sub("", raw)
    if not between.strip() or _OF_THEM_GAP.fullmatch(between):
        # «около трехсот работают», "1,000 of them are working": the figure is the subject of
        # the verb (in English only with its auxiliary: "2,000 work visas" is a noun)
        # («не менее 120 из них фактически трудились»: of them, then the verb)
        return not _NOUN_AFTER_WORK.match(sentence, m.end()) and (
            (lang == "ru" and (not between.strip() or _OF_THEM_GAP.fullmatch(between) is not None))
            or (lang == "en" and raw.strip() != between.strip())
        )
    if len(between.split()) > 3:
        return False
    people = [p for p in places if p.role == "people" and n.end <= p.start < m.start()]
    people += _within(_units(sentence, lang), n.end, m.start())
    # every word between the number and the verb belongs to its noun ("North Korean nationals")
    covered = sum(p.end - p.start for p in people)
    return covered >= len(between.strip()) - 2


def _unit_for(
    sentence: str, n: NumberMention, lang: str, clause: tuple[int, int]
) -> tuple[str | None, bool]:
    """(unit, attached): the counted noun right after the number, else the nearest in the clause."""
    if lang in ("ko", "zh"):
        start = n.end
        tail = sentence[start : start + 12]
        skip = _ZH_KO_COUNTER_SKIP.match(tail)
        off = skip.end() if skip else 0
        # the noun after the counter, possibly behind a nationality ("名朝鲜工人", "명의 북한 노동자")  # noqa: E501
        s0 = start + off
        glued = [
            u
            for u in _units(sentence, lang)
            if u.key != "persons" and start <= u.start <= start + 1
        ]
        if glued:
            return glued[0].key, True  # "4.6万人次": a counter word that is itself the noun
        if lang == "zh" and entry_times(sentence, n, lang):
            return "entries", True  # "入境俄罗斯总计逾1万次": times entered, so entries
        if lang == "ko" and KO_GEON.match(sentence, start):
            # "5천 건의 비자", "비자가 5천 건": "건" counts cases of the noun after or before
            # it, else entries
            # (within its clause: "▲관광 96건 ▲서비스 인력 864건" are two items; and a noun of
            # people before it does not make cases people: "서비스 인력(승무원) 864건" are entries)
            after = [
                u
                for u in _within(_units(sentence, lang), n.end, min(n.end + 9, clause[1]))
                if u.key != "persons"
            ]
            if after:
                return after[0].key, True
            before = [
                u
                for u in _within(_units(sentence, lang), clause[0], n.start)
                if u.key not in ("persons", "workers", "students", "troops")
                and n.start - u.end < 15
            ]
            return (before[-1].key if before else "entries"), True
        nouns = _within(_units(sentence, lang), s0, s0 + 9)
        # (counted in people: "9천720명이 근로계약을 맺고", "500명이 현지 업체에 고용됐다", "신청자
        # 300명": the contract the people signed, the firm that took them on is not the noun)
        in_people = lang == "ko" and n.counter == "명"
        if in_people:
            nouns = [u for u in nouns if u.key != "other"]
        # not behind a comma: "共1万3千余人,其中持工作签证者" names the next figure's noun;
        # in Chinese a space parts a headline's phrases too ("赴俄人数逾万人 学生占多数")
        stop, a = (r"[,，;；\s]", start) if lang == "zh" else (r"[,，;；]", s0)
        nouns = [u for u in nouns if not re.search(stop, sentence[a : u.start])]
        nouns = [
            u
            for u in nouns
            if u.key != "persons"
            and (
                u.start - s0 <= 4
                # "200명의 북한 건설 노동자": a nationality and a trade before the noun
                or (
                    lang == "ko"
                    and _KO_BARE_WORDS.fullmatch(sentence, s0, u.start) is not None
                    # (not past "가운데": "입국자 5천 명 가운데 실제 유학생은" names the part's)
                    and not _OUT_OF_AFTER[lang].match(sentence, n.end)
                )
                or (
                    lang == "zh"
                    and n.counter
                    and (
                        _ZH_TRADE_WORDS.fullmatch(sentence, s0, u.start) is not None
                        # "1万名持工作签证的朝鲜人": who hold a visa, then their noun
                        or _ZH_HOLDING_VISA.fullmatch(sentence, s0, u.start) is not None
                    )
                )
            )
        ] or [u for u in nouns if u.start == s0]
        if lang == "ko" and _KO_GIVEN_TO_AFTER.match(sentence, s0):
            nouns = []  # "노동자 1,280명에게 취업 허가를": what the people were given, not them
        if nouns:
            return nouns[0].key, True
        if n.counter:
            # the noun before the number ("북한 주민은 1만 3천 221명", "工人约1.5万名") names it better  # noqa: E501
            near = [
                u
                for u in _within(_units(sentence, lang), clause[0], n.start)
                if u.key != "persons" and u.end <= n.start and not (in_people and u.key == "other")
            ]
            if near and n.start - near[-1].end < 15:
                return near[-1].key, False
            # "북한 노동자가 최대 10만 명이며 이 중 약 1만 5천 명", "工人共3000人,其中约800人":
            # a part of the figure before counts what that figure counted
            part = _PART_OF_BEFORE.search(sentence, 0, n.start)
            if part:
                back = [
                    u
                    for u in _units(sentence, lang)
                    if u.key in _SUBJECT_UNITS
                    and u.end <= part.start()
                    and part.start() - u.end < 40
                ]
                between = _within(_units(sentence, lang), back[-1].end, n.start) if back else []
                if back and all(u.key == "persons" for u in between):
                    return back[-1].key, False
            # zh: "园区内朝鲜籍工人约占全部工人的五分之一,现有2400余人" (eighth round)
            if lang in ("ko", "zh"):
                # "北 유학생 러 입국 '역대 최다'…1~6월에만 2천41명", "북한군은 당초 알려진 것보다
                # 많은 1만5천 명": the subject noun further back, with no other figure between
                far = [
                    u
                    for u in _units(sentence, lang)
                    if u.key in _SUBJECT_UNITS
                    and u.end <= n.start
                    and (
                        n.start - u.end < 40
                        # "북한 노동자들은 …으로 알려졌으며, 국가정보원은 … 1만 5천 명이": the
                        # topic the sentence opens with reaches past its clauses
                        or (
                            lang == "ko"
                            and _KO_TOPIC_OPENING.fullmatch(sentence, 0, u.end) is not None
                            and _KO_TOPIC_MARK.match(sentence, u.end) is not None
                        )
                    )
                    and not _NUMBER_IN.search(
                        _KO_DATES.sub("", _NAME_DIGITS.sub("", sentence[u.end : n.start]))
                    )
                ]
                # not behind a nearer people noun ("'서비스 인력' 자격으로 … 북한인은 210명")
                if far and not _within(_units(sentence, lang), far[-1].end, n.start):
                    return far[-1].key, False
            if lang == "ko" and (rel := _KO_COUNT_OF_AFTER.match(sentence, n.end)) is not None:
                # "3만 명을 넘었던 러시아 내 북한 노동자 수는": the figure is what "the number
                # of" the noun after its relative clause was
                of = [
                    u
                    for u in _within(_units(sentence, lang), rel.end(), rel.end() + 20)
                    if u.key != "persons"
                    and (
                        _KO_NUMBER_OF.match(sentence, u.end)
                        or _KO_GROUP_SUBJECT.match(sentence, u.end)
                    )
                ]
                if of and not _CLAUSE.search(sentence, rel.end(), of[0].start):
                    return of[0].key, False
            return "persons", True
    else:
        if entry_times(sentence, n, lang):
            return "entries", True
        u = _first_unit_after(sentence, n.end, lang)
        if u is not None:
            if u.key == "persons" and _EMPLOYED_AFTER[lang].match(sentence, u.end):
                # "1,500 of its nationals employed in Laos", «300 граждан КНДР, работающих на
                # стройках»: people said to be at work are workers
                return "workers", True
            return u.key, True
        if _OF_THEM[lang].match(sentence, n.end):
            return "persons", False  # "7,887 of them": people counted before

    # (not money another figure counts: "31 were aged …, and each had paid 150 dollars")
    units = [
        u
        for u in _within(_units(sentence, lang), clause[0], clause[1])
        if not (u.key == "usd" and _owned_by_other(sentence, u.start, n))
        and not _behind_later_figure(sentence, u, n, lang)
    ]
    # "Entries by North Koreans reached 6,100": the specific noun names what is counted
    u2 = _nearest([u for u in units if u.key != "persons"], n.start) or _nearest(units, n.start)
    if u2 is not None:
        return u2.key, False
    units = [
        u
        for u in _units(sentence, lang)
        if not (u.key == "usd" and _owned_by_other(sentence, u.start, n))
        and not _behind_later_figure(sentence, u, n, lang)
    ]
    u3 = _nearest([u for u in units if u.key != "persons"], n.start) or _nearest(units, n.start)
    if u3 is not None:
        return u3.key, False
    return None, False


@functools.lru_cache(maxsize=256)
def _number_spans(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start, m.end) for m in find_numbers(sentence, lang))


def _behind_later_figure(sentence: str, u: context.Mention, n: NumberMention, lang: str) -> bool:
    """en/ru: a visa or an entry named after a later figure ("168 entered …, and only dozens on
    business visas") is that figure's (people nouns may still be shared: "double the 15,000 …,
    and excludes the 6,000 military engineers")."""
    return (
        lang in ("en", "ru")
        and u.key in ("visas", "entries")
        and u.start > n.end
        and any(n.end <= a < u.start for a, _ in _number_spans(sentence, lang))
    )


_FIGURE_END = re.compile(
    r"\d(?:[\s\u00a0]*(?:thousand|million|тыс\.?|тысяч\w*|млн\.?))?[\s\u00a0]*$", re.I
)


def _owned_by_other(sentence: str, at: int, n: NumberMention) -> bool:
    """en/ru: the noun at ``at`` comes right after a figure other than ``n`` (that one's)."""
    m = _FIGURE_END.search(sentence, max(0, at - 16), at)
    return m is not None and not n.start <= m.start() < n.end


# A clause that only says who speaks ("the ministry said", "сообщает «Интерфакс»").
_SPEECH = {
    "en": re.compile(
        # ("by stated purpose", "the reported figure": an adjective, not who speaks)
        r"\b(?:said|says|told|reported(?!\s+(?:figure|number|total|purpose))|announced|"
        r"stated(?!\s+purpose)|according\s+to|citing|cited|figures\s+show|data\s+show)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?:сообщил\w*|сообщает|заявил\w*|сказал\w*|по\s+данным|по\s+оценкам|со\s+ссылкой|"
        r"утверждает|пишет|переда[её]т)",
        re.I,
    ),
    "ko": re.compile(r"(?!)"),
    "zh": re.compile(r"(?!)"),
}


@functools.lru_cache(maxsize=256)
def _speech_clauses(sentence: str, lang: str) -> tuple[tuple[int, int, int], ...]:
    """The clauses of ``sentence`` that say who speaks, as (start, end of the speech verb, end)
    (asked once per sentence, not per figure)."""
    rx = _SPEECH[lang]
    out = []
    for a, b in _clauses(sentence):
        m = rx.search(sentence, a, b)
        if m is not None:
            out.append((a, m.end(), b))
    return tuple(out)


def _of_things(sentence: str, pos: int, lang: str) -> bool:
    """Whether the words right after a demonym name things ("seafood plants"), no people."""
    seg = " ".join(sentence[pos : pos + 40].split()[:3])
    t = context.thing_after(seg, lang)
    return t is not None and not _units(seg[:t], lang)


_YEARS_IN = re.compile(r"\b(?:19|20)\d\d\b")
# right before a figure: "이 중 약", "그 가운데", "其中约": a part of the figure before it
_PART_OF_BEFORE = re.compile(
    r"(?:이|그)\s?(?:중|가운데)(?:에서)?\s*(?:약|대략|최소|최대)?\s*$|其中\s*(?:约|約|有|近)?\s*$"
)
# the words before a sentence's opening topic noun: its nationality or place ("북한 노동자들은",
# "러시아 내 북한 유학생들은")
_KO_TOPIC_OPENING = re.compile(r"(?:[가-힣]+\s){0,3}[가-힣]+")
_KO_TOPIC_MARK = re.compile(r"들?(?:은|는)\s")
# Korean dates and periods between a subject and its figure ("1~6월에만", "2025년"): not figures
# (and a change stated between the noun and its figure: "종업원은 지난해보다 40% 줄어든 120명",
# "工人比去年减少30%,为800人")
# digits glued to a word are part of a name, not a figure ("코로나19 이전인", "COVID-19")
_NAME_DIGITS = re.compile(r"(?<=[A-Za-z가-힣])-?\d+(?![\d,.]|\s?[명건만천백억%배년월일])")
_KO_DATES = re.compile(
    r"\d+\s?(?:[~∼-]\s?\d+\s?)?(?:월|년|일|분기)|\d+(?:\.\d+)?\s?(?:%|％|퍼센트|배|倍)"
)
# Korean and Chinese put "out of" after the whole: "주민 5천812명 가운데 학업 목적은…", "5000人中"
_OUT_OF_AFTER = {
    # "입국 7천152건 중 '유학'이 4천9건": cases (건) are a whole too
    "ko": re.compile(r"\s?(?:여\s?)?(?:명|건)\s?(?:가운데|중에서|중에|중)(?![가-힣])"),
    "zh": re.compile(r"(?:多|余|餘)?(?:名|人次|人)(?:当中|當中|之中|中)"),
}


# "Study was the most common stated purpose, accounting for 7,887": the purpose named as the
# subject is the figure's (the figure stands in a clause of its own)
_NAMED_PURPOSE_BEFORE = re.compile(
    r"\s(?P<verb>was|were|remained|is|are)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,6}"
    r"(?:purposes?|reasons?|categor(?:y|ies)),?\s+(?:accounting\s+for|making\s+up|with|at)\s+"
    r"(?:(?:about|some|roughly|around|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
# between a purpose label and its figure in a table written out: «частная поездка — 1 118»
# ("work (1,612), private visits (98)": the label before a bracketed figure)
_LABEL_GAP = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}\s*[—–:]\s*|(?:\s+[^\W\d_]+){0,2}\s+-\s+|(?:\s+[^\W\d_]+){0,2}\s*\(\s*"
)


_BREAKDOWN = re.compile(
    r"\b(?:of\s+which|including|breakdown\s*:|by\s+purpose\s*:)"
    r"|(?<!\w)(?:в\s+т\.\s?ч\.|в\s+том\s+числе|из\s+них|по\s+целям\s*:)(?!\w)",
    re.I,
)
# ("tourism cited in 612 cases and private visits in 88": "in" and a verb of stating too)
_FOR_GAP = re.compile(
    # (the purpose may be a quoted category: "'tourism' for 402")
    r"[\"'’”]?\s+(?:(?:cited|given|listed|named|declared|stated)\s+)?(?:for|at|in)\s+"
    r"(?:(?:about|some|roughly|around|nearly|almost|just)\s+)?",
    re.I,
)


_SPACE = re.compile(r"\s")
_FRONTED_AT = re.compile(r"(?:^|[.;:]\s*)at\s+$", re.I)
_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|set)\s+(?:(?:about|some|nearly|over)\s+)?$", re.I)
_TO_WORK = re.compile(r"\bto\s+work\b", re.I)


_OTHER_LABEL = {
    "ko": ("기타", re.compile(r"기타\s?$")),
    "zh": ("其他", re.compile(r"其他\s?$")),
}


# A clause whose subject is only a period ("而二季度仅为332人次", "반면 2분기에는 332명에
# 그쳤다"): what opens it before the period, and what stands between the period and the figure
# ("직전 분기인 2분기에는": the period named as the one before, then by its name)
_PERIOD_SUBJECT_LEAD = {
    "ko": re.compile(
        r"\s*(?:반면|그러나|하지만|다만)?\s*(?:(?:직전|바로\s?전|전|앞)\s?(?:분기|달|해|연도)인\s?)?"
    ),
    # ("今年前三季度…": the year before the part of it, which the part's mention carries)
    "zh": re.compile(r"\s*(?:而|但|但是|然而|相比之下)?\s*(?:今年|本年|去年|前年)?"),
}
_PERIOD_SUBJECT_GAP = {
    "ko": re.compile(r"(?:에는|에도|엔|은|는|에)?\s?(?:약|겨우|불과|단|고작)?\s?"),
    # ("…达1473人次;今年前三季度累计3906人次": the running count of the same people)
    "zh": re.compile(
        r"(?:则|則|仅|僅|只|也|却|卻)?(?:累计|累計)?(?:有|为|為|是|达|達)?(?:约|約|近|仅|僅)?"
        r"(?:有|为|為)?"
    ),
}


def _period_only_subject(
    sentence: str,
    start: int,
    clause: tuple[int, int],
    periods: list[PeriodMention],
    lang: str,
) -> bool:
    """Whether the figure at ``start`` is said of nothing but a period that opens its clause
    ("而二季度仅为332人次"): then it counts what the figure before it counts."""
    lead, gap = _PERIOD_SUBJECT_LEAD.get(lang), _PERIOD_SUBJECT_GAP.get(lang)
    if lead is None or gap is None or clause[0] == 0:
        return False
    return any(
        clause[0] <= p.start
        and p.end <= start
        and lead.fullmatch(sentence, clause[0], p.start) is not None
        and gap.fullmatch(sentence, p.end, start) is not None
        for p in periods
    )


# "Tourism accounted for only a sliver of that, 1,052 entries": what the purpose's clause says
# of it before the figure restates it
_SHARE_VERB_AFTER = re.compile(
    r"(?:\s+(?:travel|trips|visits|entries|visas))?\s+"
    r"(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|represented|was|were|came\s+to|"
    r"remained|remains)\b",
    re.I,
)
_CITED_IN = re.compile(
    r"[\s,]*(?:cited|given|listed|declared|named|stated)\s+(?:in|on|by)\s+", re.I
)


def _purpose(
    sentence: str,
    n_start: int,
    n_end: int,
    lang: str,
    clause: tuple[int, int],
    unit: str | None,
    attached: bool,
    others: Sequence[tuple[int, int]] = (),
) -> str:
    implied = context.unit_purpose(unit, lang) if unit else None
    if implied and attached:
        return implied
    ps = _within(_purposes(sentence, lang), clause[0], clause[1])
    if not ps and lang == "en" and _FRONTED_AT.search(sentence, max(0, n_start - 6), n_start):
        # "At 8,140, study entries were the highest …": the figure fronted, its subject after
        nxt = _CLAUSE.search(sentence, clause[1] + 1)
        ps = _within(_purposes(sentence, lang), clause[1], nxt.start() if nxt else len(sentence))
    if (
        not ps
        and lang == "en"
        and not implied
        and not sentence[clause[0] : n_start].strip(" ,")
        and not sentence[n_end : clause[1]].strip(" ,")
        # (not the figure of a label before it: "study, 7,887; official, 2,940")
        and not (
            ":" in sentence[: clause[0]]
            and _CELL_COMMA.fullmatch(
                sentence, max(sentence.rfind(c, 0, n_start) for c in ";:|") + 1, n_start
            )
        )
    ):
        # "Nearly half of them, 2,180, said they were coming to work": a figure set off by
        # commas on its own; what is said of it follows
        nxt = _CLAUSE.search(sentence, clause[1] + 1)
        ps = _within(_purposes(sentence, lang), clause[1], nxt.start() if nxt else len(sentence))
    if (
        not ps
        and lang == "en"
        and clause[0] > 0
        and (
            not sentence[clause[0] : n_start].strip(" ,")
            or _CITED_IN.fullmatch(sentence, clause[0], n_start) is not None
        )
        and not sentence[: clause[0]].rstrip().endswith((":", "("))
    ):
        # "Tourism accounted for only a sliver of that, 1,052 entries …": a figure that opens
        # its clause restates the clause before it, whose subject is a purpose (so does one
        # "cited in" so many: "Study remained the most common stated purpose, cited in 2,316
        # entries")
        bounds = [m.end() for m in _CLAUSE.finditer(sentence, 0, clause[0] - 1)]
        prev = bounds[-1] if bounds else 0
        said = _within(_purposes(sentence, lang), prev, clause[0])
        if (
            len({p.key for p in said}) == 1
            and not _NUMBER_IN.search(sentence, prev, clause[0])
            and _SHARE_VERB_AFTER.match(sentence, said[0].end)
        ):
            ps = said
    if (
        not ps
        and lang == "en"
        and clause[0] > 0
        # (the level a change went to, as _CHANGED_TO_AFTER reads it after the change)
        and _CHANGED_TO_AFTER["en"].fullmatch(sentence, clause[0], n_start) is not None
    ):
        # "entries by transport crews, logged as “service personnel”, rose 46% year on year in
        # the first quarter, to 612": the level a change went to is its subject's
        said = _within(_purposes(sentence, lang), 0, clause[0])
        if len({p.key for p in said}) == 1:
            ps = said
    if not ps and lang in ("en", "ru"):
        # "46 entries by North Korean nationals in the same period, all of them on official
        # business", «… 46 человек, все — по служебным паспортам»: the clause after says it
        them = _ALL_OF_THEM.match(sentence, clause[1]) or _DECLARING_AFTER.match(
            sentence, clause[1]
        )
        if them is not None:
            nxt = _CLAUSE.search(sentence, them.end())
            ps = _within(
                _purposes(sentence, lang), them.end(), nxt.start() if nxt else len(sentence)
            )
    if (
        not ps
        and lang in _OTHER_LABEL
        and _OTHER_LABEL[lang][0] in sentence[max(0, n_start - 4) : n_start]
        and _OTHER_LABEL[lang][1].search(sentence, max(0, n_start - 4), n_start)
        and len(_purposes(sentence, lang)) >= 2
    ):
        # "목적별로는 유학 1천302건, 상용 411건, … 기타 347건": in a breakdown by purpose the
        # bare "other" right before a figure is the table's category (elsewhere "기타 국가" is not)
        return "other"
    if not ps and lang in ("en", "ru") and ":" in sentence[clause[0] : n_start]:
        # "• North Koreans who entered the krai for work, January–June: 1,126": a heading up to
        # the colon labels the figure after it, across its commas
        colon = sentence.rfind(":", clause[0], n_start)
        opens = sentence.rfind(";", 0, colon) + 1
        heading = _within(_purposes(sentence, lang), opens, colon)
        if len({p.key for p in heading}) == 1 and not sentence[colon + 1 : n_start].strip(' «»"“”'):
            return heading[0].key
        # («Поток студентов из КНДР вырос на 40%: в III квартале — 4,1 тыс. въездов»: the people
        # the heading names give the purpose)
        implied_by = {
            k
            for u in _within(_units(sentence, lang), opens, colon)
            if (k := context.unit_purpose(u.key, lang))
        }
        if len(implied_by) == 1 and not heading:
            return implied_by.pop()
    if not ps and lang == "ru":
        aside = _LABEL_ASIDE_DASH.search(sentence, max(0, n_start - 80), n_start)
        if aside is not None:
            # «зато служебных, по линии министерств и ведомств, — свыше 600»: the label before
            # an aside set off by commas, then the dash
            label = [p for p in _purposes(sentence, lang) if p.end == aside.end("lab")]
            if label:
                return label[-1].key
    if lang in ("en", "ru"):
        # «учеба — 7 887», "Study: 7,887" (a table written out): the label before a dash or a
        # colon is the figure's own, and no other figure's
        labelled = [p for p in ps if _LABEL_GAP.fullmatch(sentence, p.end, n_start)]
        if not labelled and lang == "en" and others:
            # "work accounted for 612 and official travel for 241": the purpose just before
            # "for" and the figure is that figure's
            labelled = [p for p in ps if _FOR_GAP.fullmatch(sentence, p.end, n_start)]
        breakdown = _BREAKDOWN.search(sentence) is not None
        if not labelled and breakdown:
            # "of which study 5,020 and work 61", «в т. ч. учеба 1 210, работа 96»: in a
            # breakdown the purpose right before a figure labels it
            labelled = [p for p in ps if p.end <= n_start and not sentence[p.end : n_start].strip()]
        if labelled:
            return labelled[-1].key
        ps = [
            p
            for p in ps
            if not any(
                (
                    _LABEL_GAP.fullmatch(sentence, p.end, s)
                    # ("for work (95 in the same period of 2024)": a bracket that says more
                    # than its figure sets it beside the one before; "study (7,887)" labels it)
                    and not (
                        sentence[p.end : s].rstrip().endswith("(")
                        and not _BRACKET_CLOSES.match(sentence, e)
                    )
                )
                or (breakdown and p.end <= s and not sentence[p.end : s].strip())
                for s, e in others
                if s != n_start
            )
        ]
        # "2,900 cited work and about 100 were listed as tourists": a purpose right after another
        # figure is that figure's
        ps = [
            p
            for p in ps
            if not any(
                e <= p.start
                and p.start - e <= 12
                and not _NUMBER_IN.search(sentence, e, p.start)
                and not _CLAUSE.search(sentence, e, p.start)  # "310; с целью туризма - 95"
                for s, e in others
                if s != n_start
            )
        ]
        # "work accounted for 612 and official travel for 241": a purpose followed by "for" and
        # another figure is that figure's
        ps = [
            p
            for p in ps
            if not any(_FOR_GAP.fullmatch(sentence, p.end, s) for s, _ in others if s != n_start)
        ]
        # "2,300 were work visas", "312 — работу": a purpose right after the figure is its own
        # («4 103 визы с целью обучения»: after the figure's own noun)
        right_after = [
            p
            for p in ps
            if 0 <= p.start - n_end <= 12
            or (
                0 <= p.start - n_end <= 30
                and _NOUN_THEN_PURPOSE.fullmatch(sentence, n_end, p.start)
            )
        ]
        if right_after and not _NUMBER_IN.search(sentence, n_end, right_after[0].start):
            return right_after[0].key
        if not ps and lang == "en" and ("purpose" in sentence or "reason" in sentence):
            named = _NAMED_PURPOSE_BEFORE.search(sentence, max(0, n_start - 140), n_start)
            if named is not None:
                # "Work was the most common stated purpose, accounting for 4,420 entries"
                at = named.start("verb")
                ps0 = [p for p in _purposes(sentence, lang) if p.end <= at and at - p.end <= 12]
                if ps0:
                    return ps0[-1].key
    elif others:
        # "공병 1천 명과 건설 노동자 5천 명": a purpose word after the figure and right before
        # another figure (in the noun that figure counts) is that figure's
        # ("…1.1만명…'유학' 목적 4천명 넘어": so is one before "목적" and that figure)
        ps = [
            p
            for p in ps
            if p.start < n_end
            or not any(
                s != n_start
                and (0 <= s - p.end <= 3 or _PURPOSE_WORD_GAP.fullmatch(sentence, p.end, s))
                for s, _ in others
            )
        ]
        if lang == "ko":
            # "체류 중인 북한 국적자는 1만1천236명이며 이 가운데 9천720명이 … 일하고 있다": what is
            # said after a part taken out of the figure ("이 가운데", "그중") is the part's
            ps = [
                p
                for p in ps
                if p.start < n_end
                or not any(
                    n_end <= s
                    and e <= p.start
                    and _PART_OF_BEFORE.search(sentence, n_end, s) is not None
                    for s, e in others
                )
            ]
    if lang == "zh" and ps and ps[-1].start >= n_end:
        # "赴俄人数逾万人 学生占多数": the headline's next phrase (after a space) says something
        # else of them; the phrase before the figure ("北韓赴俄留學生暴增 …5,400人") still names it
        ps = [p for p in ps if p.start < n_end or not _SPACE.search(sentence, n_end, p.start)]
    if lang in _CONTRAST and ps and ps[0].start < n_start and ps[-1].start >= n_end:
        # "study entries collapsed from 1,030 to just 9 while the undefined 'other' category
        # rose": after "while", «а», «тогда как» the sentence turns to another subject
        ps = [
            p
            for p in ps
            if p.start < n_start or not _CONTRAST[lang].search(sentence, n_end, p.start)
        ]
    p = _nearest(ps, n_start)
    if p is not None:
        return p.key
    if lang == "en" and not ps and _TABLE_CELL_SEP.search(sentence):
        # "…: total 19,347; official 1,618; private 947": a bare category label of a table cell
        cell = context.table_cell_purpose(
            sentence[clause[0] : clause[1]], n_start - clause[0], n_end - clause[0]
        )
        if cell is not None:
            return cell
        # "the 2024 tally reads: study, 7,887; official, 2,940": the label, a comma, the figure
        cs = max(sentence.rfind(c, 0, n_start) for c in ";:|") + 1
        ce = min(
            (i for i in (sentence.find(";", n_end), sentence.find("|", n_end)) if i >= 0),
            default=len(sentence),
        )
        if _CELL_COMMA.fullmatch(sentence, cs, n_start):
            labels = _within(_purposes(sentence, lang), cs, n_start)
            if len(labels) == 1:
                return labels[0].key
            cell = context.table_cell_purpose(
                sentence[cs:n_start].replace(",", " ") + sentence[n_start:ce],
                n_start - cs,
                n_end - cs,
            )
            if cell is not None:
                return cell
    if lang == "en" and not ps and clause[0] > 0 and not implied:
        # "Study entries, by contrast, collapsed to 41", "The study category, which analysts say
        # was used to bring in labour, stayed near 1,200": the purpose of the sentence's subject
        # (a purpose before a count noun, in the first clause, with no figure of its own)
        head = _CLAUSE.search(sentence)
        if head is not None and head.start() < n_start:
            m = _PURPOSE_SUBJECT.search(sentence, 0, head.start())
            # (a year may stand there: "North Korean student entries to Russia in 2025 lowest
            # since 2021, at 1,090")
            if m is not None and not _NUMBER_IN.search(_YEARS_IN.sub("", sentence[: head.start()])):
                subject = _within(_purposes(sentence, lang), m.start(), m.end())
                if len(subject) == 1:
                    return subject[0].key
            # "Study remained the single largest category, at 9,104": the category named
            named = _PURPOSE_IS_CATEGORY.match(sentence, 0, head.start())
            if named is not None:
                subject = _within(_purposes(sentence, lang), 0, named.end("p"))
                if len(subject) == 1:
                    return subject[0].key
            # "Service personnel, mostly crews of the 37 trains …, account for another 212": the
            # first clause is the purpose's own name and nothing else
            whole = _within(_purposes(sentence, lang), 0, head.start())
            if (
                len(whole) == 1
                and sentence[: whole[0].start].strip().lower() in ("", "the")
                and not sentence[whole[0].end : head.start()].strip()
            ):
                return whole[0].key
    if (
        lang == "zh"
        and not ps
        and not implied
        and clause[0] > 0
        and (
            _SUM_OPENS_ZH.match(sentence, clause[0])
            or _INSTEAD_OPENS_ZH.match(sentence, clause[0])
            or _ZH_BARE_FIGURE_OPENS.fullmatch(sentence, clause[0], n_start)
            or _ZH_REACHED_OPENS.fullmatch(sentence, clause[0], n_start)
        )
    ):
        # "赴俄旅游的朝鲜团组有11个,共计约230人": a clause that only sums up ("共计", "合计")
        # counts the subject of the clause before, for the purpose that clause names; so does
        # the figure a correction sets aside ("为3410人,而非此前公布的2980人"), and a figure
        # whose clause names only when ("赴俄旅游的朝鲜游客寥寥无几,去年全年仅有数十人")
        prev = 0
        for m in _CLAUSE.finditer(sentence, 0, clause[0] - 1):
            prev = m.end()
        before = _within(_purposes(sentence, lang), prev, clause[0])
        if not before and _ZH_BARE_FIGURE_OPENS.fullmatch(sentence, clause[0], n_start):
            # "赴俄的北韓勞工…,7月份已有三、四百人入境": a subject named by its trade, with no
            # purpose word, gives the purpose its noun stands for
            before = [
                u._replace(key=k)
                for u in _within(_units(sentence, lang), prev, clause[0])
                if (k := context.unit_purpose(u.key, lang)) is not None
            ]
        if (
            len({p.key for p in before}) == 1
            and not (
                # (the bare clause follows a subject with no figure of its own)
                _ZH_BARE_FIGURE_OPENS.fullmatch(sentence, clause[0], n_start)
                and _NUMBER_IN.search(sentence, prev, clause[0])
            )
            # (nor does the level reached, though the change may be said in a ratio or a
            # percentage there: "…暴增逾6倍,达6820次")
            and not (
                _ZH_REACHED_OPENS.fullmatch(sentence, clause[0], n_start)
                and _NUMBER_IN.search(_ZH_CHANGE_BY.sub("", sentence[prev : clause[0]]))
            )
            # (not "以学习为目的者居多,总计不到6000人次": that purpose is only most of them)
            and not _MOSTLY_ZH.search(sentence, before[-1].end, clause[0])
        ):
            return before[0].key
    if lang == "zh" and not ps and not implied:
        # "目测两三百号人,…,估计是去厂里上班的": a later clause guesses where they were going
        # and what for (with no other figure between)
        for p in _purposes(sentence, lang):
            if (
                p.start >= n_end
                and not _NUMBER_IN.search(sentence, n_end, p.start)
                and _ZH_GOING_TO.search(sentence, max(0, p.start - 16), p.start)
            ):
                return p.key
    if lang == "zh" and not ps and unit == "entries":
        # "其中学生不到60人次": a noun of people right before a count of entries (qualifiers
        # at most between) names whose entries they are, and so their purpose
        before = [
            u
            for u in _within(_units(sentence, lang), clause[0], n_start)
            if _ZH_NOUN_FIGURE_GAP.fullmatch(sentence, u.end, n_start)
        ]
        noun_purpose = context.unit_purpose(before[-1].key, lang) if before else None
        if noun_purpose:
            return noun_purpose
    return implied or "total"


# "学生不到60人次", "劳工约有300人次": only words of about, at most or at least between a noun and
# its figure
_ZH_NOUN_FIGURE_GAP = re.compile(
    r"\s?(?:不到|不足|约有|約有|约|約|近|将近|將近|仅有|僅有|仅|僅|只有|有|为|為|达|達|超过|超過|逾|共)?\s?"
)
# Chinese: a clause opening on "in all" ("共计约230人"): a sum of what the clause before counts
_SUM_OPENS_ZH = re.compile(r"\s*(?:共计|共計|总计|總計|合计|合計|一共|累计|累計)")
# Chinese: a clause that opens on the level reached, then the figure ("…大幅增加,达到6820人次",
# "…暴增逾6倍,达6820次"): its subject is the clause before's
_ZH_REACHED_OPENS = re.compile(
    r"\s*(?:达到|達到|达|達|增至|增加到|增加至|升至|上升到|上升至|增长到|增長到|增长至|增長至|"
    r"攀升至|跃升至|躍升至)\s*(?:约|約|近|逾|超过|超過|将近|將近)?\s*"
)
# Chinese: a change said in a ratio or a percentage ("暴增逾6倍", "增长约40%"), not a figure
_ZH_CHANGE_BY = re.compile(r"\d+(?:\.\d+)?\s*(?:倍|%|％|成|个百分点|個百分點)")
# Chinese: "mostly" after a purpose ("以学习为目的者居多", "以务工为主"): that purpose is the
# larger part of a count, so a sum after it ("总计不到6000人次") counts them all
_MOSTLY_ZH = re.compile(r"居多|为主|為主|占多数|佔多數|占大多数|佔大多數|占绝大多数|佔絕大多數")
# Chinese: a clause that names only when, then the figure ("去年全年仅有数十人"): its subject
# is the clause before's
_ZH_BARE_FIGURE_OPENS = re.compile(
    r"\s*(?:(?:今年|去年|前年|全年|同期|上半年|下半年|前三季度|(?:19|20)\d\d\s*年|"
    # ("7月份已有三、四百人入境": a month with 份, and "already" before the verb)
    r"[一二三四五六七八九十\d]{1,2}\s*月(?:份)?)\s*)+"
    # ("9月有约600人": a verb, then an "about" word)
    r"(?:已经|已經|已)?"
    r"(?:(?:仅有|僅有|仅|僅|只有|约有|約有|约|約|共有|有|达|達|为|為|超过|超過|逾|近|不到|不足)\s*)"
    r"{0,2}"
    # (the upper end of "三四百人", "三、四百人": the lower digit before it)
    r"(?:[一二两兩三四五六七八九]、?)?"
)
# Chinese: a clause opening on "and not" ("而非此前公布的2980人"): another figure for the same
# count, the one a correction or a denial sets aside
_INSTEAD_OPENS_ZH = re.compile(r"\s*(?:而非|而不是|並非|并非|而并非|而並非)")
# Korean: the gap between a quoted purpose and its figure ("'업무' 목적 5천명", "유학 목적으로
# 900명")
_PURPOSE_WORD_GAP = re.compile(r"['’\"”]?\s?목적(?:으로|은|는|이|의)?\s?")
_CONTRAST = {
    "en": re.compile(r"\b(?:while|whereas|but)\b", re.I),
    "ru": re.compile(
        r"(?:,\s*а|(?<!\w)тогда\s+как|(?<!\w)в\s+то\s+время\s+как|,\s*но)(?!\w)", re.I
    ),
}
_ZH_GOING_TO = re.compile(
    r"(?:估计|估計|应该|應該|可能|大概|多半|好像|似乎|听说|聽說|据说|據說|看样子|看樣子)"
    r"(?:都|也)?是(?:去|来|來|到|赴)[^，,。；;！？\d]{0,8}$"
)


_BRACKET_CLOSES = re.compile(r"\s*(?:[^\W\d_]+\s*)?\)")
_TABLE_CELL_SEP = re.compile(r"[;|]")
_CELL_COMMA = re.compile(r"\s*[A-Za-z][A-Za-z ]{1,30}?,\s+")
_PURPOSE_IS_CATEGORY = re.compile(
    r"\s*(?:the\s+)?[\"“'‘]?(?P<p>[\w-]+(?:\s+personnel)?)[\"”'’]?\s+(?:remained|was|stayed|is|"
    r"became)\s+(?:still\s+)?(?:the\s+)?(?:single\s+)?(?:largest|biggest|main|top|leading|"
    r"smallest|second[-\s]largest)\s+(?:category|bucket|purpose|group)\b",
    re.I,
)
_PURPOSE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:north\s+korean\s+|dprk\s+)?(?:[\w'‘’\"“”-]+(?:[\s-]+related)?\s+"
    r"(?:entries|trips|visits|arrivals|crossings|category|line|figure|visas)\b|"
    # ("Entries for work, however, climbed to a record 2,140")
    r"(?:entries|trips|visits|arrivals|crossings)\s+(?:for|to)\s+[\w'‘’\"“”-]+$)",
    re.IGNORECASE,
)


def _purpose_in_noun(sentence: str, end: int, lang: str) -> bool:
    """Whether a purpose word stands inside the figure's own noun phrase ("the 7,887 North
    Korean study entries"): then the figure is that part, even after "of the"."""
    if lang not in ("en", "ru"):
        return False
    u = _first_unit_after(sentence, end, lang)
    return u is not None and any(end <= p.start < u.start for p in _purposes(sentence, lang))


def _period(
    periods: list[PeriodMention],
    pos: int,
    clause: tuple[int, int],
    exclude: list[tuple[int, int]],
    lang: str = "",
) -> str | None:
    pm = _period_mention(periods, pos, clause, exclude, lang)
    return pm.label if pm else None


_BARE_DAY = re.compile(r"\d{1,2}\s*[일日号號]")
# Korean names the speaker, then the day ("통일부는 14일"); Chinese the day, then the speech verb
_KO_SPEAKER_BEFORE = re.compile(r"[가-힣A-Za-z)]\s?(?:은|는)\s?$")
# ("首爾29日綜合外電報導", "北京29日电": a dateline's day, the day the report was filed)
_ZH_REPORT_AFTER = re.compile(
    r"(?:引述|表示|称|稱|指出|报道|報導|发布|發布|透露|宣布|公布|综合|綜合|电(?!视)|電(?!視))"
)
# "10일 러시아 연방보안국 통계에 따르면": the day the source was cited
_KO_ACCORDING_AFTER = re.compile(r"[^,.]{0,40}?에\s?따르면")
_REPORT_DAY = {
    "ko": lambda s, a, b: bool(
        _KO_SPEAKER_BEFORE.search(s, max(0, a - 12), a) or _KO_ACCORDING_AFTER.match(s, b)
    ),
    "zh": lambda s, a, b: bool(_ZH_REPORT_AFTER.match(s, b)),
}
_HANDED_ON = re.compile(r"\b(?:to|versus|vs\.?|against|than|compared\s+with)\b", re.I)
# Korean: a month, then the day the speaker named before it reported ("국정원은 지난달 30일 …
# 보고했다", as the bare day "국정원은 30일"): not the period of the count reported (not a day
# a count stands at: "4월 30일 기준", "… 현재")
_KO_DAY_AFTER_MONTH = re.compile(r"\s?\d{1,2}\s*일(?!\s?(?:기준|현재|까지|부터|이후|에\s?걸쳐))")

# a figure inside the clause that describes the one a court punished ("120명을 불법 고용한 업체
# 대표에게 … 선고했다"): the people hired, then the one who hired them, then the court's verb
_KO_HIRED_BY_WHOM = re.compile(
    r"\s?(?:여\s?)?명\s?(?:가량|정도|안팎|이상)?(?:을|를)\s(?:[^\s,.]+\s){0,2}?"
    r"(?:고용|채용|알선|송출|파견|밀입국시킨|데려온)[^\s,.]*\s(?:[^\s,.]+\s){0,3}?[^\s,.]+(?:에게|을|를)\s"
)
_KO_SENTENCED = re.compile(r"(?:선고|판결|처분|부과)(?:했|하였|됐|받았|내렸)")


def _reported_month_ko(sentence: str, p: PeriodMention) -> bool:
    m = _KO_DAY_AFTER_MONTH.match(sentence, p.end) if p.kind == "month" else None
    return m is not None and _REPORT_DAY["ko"](sentence, p.start, m.end())


def _nearest_around(mentions: Sequence[_S], start: int, end: int) -> _S | None:
    """The mention closest to the span [start, end): before it measured to its start, after it
    from its end ("13,221 in 2024 and 4,170 in the first half")."""
    best: _S | None = None
    best_d = 1e18
    for m in mentions:
        d = start - m.end if m.end <= start else m.start - end if m.start >= end else 0
        if d < best_d:
            best, best_d = m, d
    return best


# a relative or descriptive clause right after the figure's ("…, a category that …", "…, which …")
_RELATIVE_AFTER = re.compile(
    r"[,;]?\s*(?:which|an?\s+(?:[\w-]+\s+){1,2}(?:that|which))\b", re.IGNORECASE
)


# ("(去年同期为9800人次)", "(전년 동기 1,450명)": a copula or a colon may come first)
_BRACKET_FIGURE_NEXT = re.compile(
    r"\s*(?:同期|같은\s?기간|동기)?\s*(?:为|為|是|[:：])?\s*(?:约|約|약)?\s*\d"
)
_DRAWN_UP_ON = re.compile(
    r"(?:작성\s?기준일|작성일|작성\s?시점|制表日期|製表日期|制表时间|製表時間)(?:은|는|为|為|是)?\s*[:：]?"
    r"[\s\d년월일年月日./-]*$"
)


# a clause that opens with "earlier" after a comma ("…밝혔으며, 앞서", "…,此前")
_EARLIER_CLAUSE = {
    "ko": re.compile(r"[,，]\s*(?:이에\s|이보다\s)?\s*앞서(?=[\s,])"),
    "zh": re.compile(r"[,，]\s*(?:此前|早前|先前)"),
}

# a clause that tells of the coming months ("…, 앞으로 몇 달 안에 6천 명이 더", "…,并称未来数月还将
# 有6000名"): a later time than the one before it, with no period of its own (the span is open)
_LATER_CLAUSE = {
    "ko": re.compile(r"[,，][^,，.]{0,12}?(?:앞으로|향후)\s?(?:몇|수)\s?(?:달|개월|주|년)"),
    "zh": re.compile(
        r"[,，][^,，。]{0,6}?(?:未来|未來|今后|今後|接下来|接下來)\s*(?:几|幾|数|數)\s*"
        r"(?:个|個)?\s*(?:月|周|週|年)"
    ),
}


# a clause after the figure's that opens on an observer's remark ("…365人,分析人士指俄方在2023年9月
# 金普會後放寬了簽證", "…, 전문가들은 2023년 9월 정상회담 이후…"): its dates are the remark's
# events, not the period of a figure before it
_REMARK_CLAUSE = {
    # ", while Mongolia sent its last ones home in 2019": a contrast with another country's
    # story after the figure; its time is not the figure's
    "en": re.compile(r",\s*(?:(?i:while|whereas))\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+"),
    "ru": re.compile(r",\s*(?:(?i:тогда\s+как|в\s+то\s+время\s+как))\s+[А-ЯЁ][а-яё]+"),
    "ko": re.compile(
        r"[,，]\s*(?:[가-힣]{1,6}\s)?(?:전문가|분석가|소식통|관측통|관계자)들?(?:은|는)\s"
    ),
    "zh": re.compile(
        r"[,，;；]\s*[^,，。；;\d]{0,8}?"
        r"(?:分析人士|分析師|分析师|专家|專家|学者|學者|观察人士|觀察人士|消息人士)"
        r"(?:指出|指|认为|認為|称|稱|表示|说|說|分析)"
        # a clause after the figure that tells when most of them came ("约300人次,且多集中在7月
        # 和8月"): those months are a part of the figure's period, not that period
        r"|[,，;；]\s*(?:且|并|並|而且|其中)?\s*(?:多|大多|主要|大部分|大都|绝大多数|絕大多數)?"
        r"\s*集中(?:在|于|於)"
    ),
}


_MORE_AFTER = re.compile(r"\s+more\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+(?:\w+\s+)?$", re.I)


def _period_mention(
    periods: list[PeriodMention],
    pos: int,
    clause: tuple[int, int],
    exclude: list[tuple[int, int]],
    lang: str = "",
    owned: Collection[tuple[int, int]] = (),
    sentence: str = "",
    figures: Sequence[tuple[int, int]] = (),
    end: int | None = None,
) -> PeriodMention | None:
    usable = [
        p
        for p in periods
        if not _overlaps(p.start, p.end, exclude)
        # "до 2 870 с 1 150 годом ранее": "a year earlier" right after a figure is that figure's
        # (not when it labels the next one: «было 2958, годом ранее — 226»)
        and not (
            p.kind == "previous"
            and any(0 <= p.start - b <= 3 for _, b in figures)
            and not (sentence and _LABELS_NEXT_FIGURE.match(sentence, p.end))
        )
    ]
    if sentence and lang == "en" and ", wh" in sentence:
        # "Tourism, which Pyongyang reopened to Russian groups in February, barely features:
        # just 9 tourist entries": a period inside an aside on the subject dates the aside
        asides = [
            m.span()
            for m in _WHICH_ASIDE.finditer(sentence)
            if not (m.start() <= pos < m.end())
            and not any(m.start() <= a < m.end() for a, _ in figures)
        ]
        # (a month or a day there; a year may be what the figure's "over the year" means:
        # "Tour groups, which resumed in 2025, numbered only 14 over the year")
        usable = [
            p
            for p in usable
            if not (
                p.kind in ("month", "day", "dayonly", "season")
                and any(a <= p.start < b for a, b in asides)
            )
        ]
    if sentence and lang == "en" and end is not None and "," in sentence[end:]:
        # "— 2,640 — were listed under "work," a category that had barely registered a year
        # earlier": a period in a clause that describes something else after the figure
        described = _DESCRIBED_AFTER.search(sentence, end)
        if described is not None:
            usable = [p for p in usable if p.start < described.start()]
    if sentence and end is not None and "(" in sentence[end : end + 40]:
        # "just 97 a year earlier (the first quarter of 2023)": the period a bracket names
        # right after the figure (and its "a year earlier") is the figure's
        restated = _BRACKETED_PERIOD_AFTER.match(sentence, end)
        named = [p for p in periods if restated is not None and p.start == restated.end()]
        if named and named[0].label:
            return named[0]
    if sentence:
        # «чем годом ранее (более 13 тысяч)», "than in 2023 (1,117)": a figure in brackets
        # right after a period is that period's
        m = _BRACKET_BEFORE.search(sentence, max(0, pos - 30), pos)
        if m is not None:
            own = [p for p in periods if 0 <= m.start() - p.end <= 2 and p.label]
            if own:
                return own[-1]
        # "1,120명(전년 1,450명)", "(上年 980人)": a bracket that opens on a period and then
        # gives a figure: that figure's period (and not the period of any figure before it)
        opening = [
            p
            for p in periods
            if p.label
            and sentence[max(0, p.start - 2) : p.start].strip()[-1:] in ("(", "（")
            and _BRACKET_FIGURE_NEXT.match(sentence, p.end)
        ]
        own = [p for p in opening if p.end <= pos and not sentence[p.end : pos].strip()]
        if own:
            return own[-1]
        usable = [
            p
            for p in usable
            if not (p in opening and p.start > pos)
            # "표 작성 기준일 2026년 1월 31일": the day a table was drawn up, not a period
            and not _DRAWN_UP_ON.search(sentence, max(0, p.start - 25), p.start)
        ]
    if (
        sentence
        and lang == "ko"
        and end is not None
        and _KO_SENTENCED.search(sentence, end)
        and _KO_HIRED_BY_WHOM.match(sentence, end)
    ):
        # "법원은 지난달 북한 노동자 120명을 불법 고용한 업체 대표에게 징역 3년을 선고했다": the
        # figure describes whom the court sentenced; the month before it dates the sentence
        usable = [p for p in usable if not (p.end <= pos and p.kind in ("month", "dayonly"))]
    if sentence and lang == "ko":
        told = [p for p in usable if _reported_month_ko(sentence, p)]
        usable = [
            p
            for p in usable
            if p not in told
            and not (p.kind == "dayonly" and any(0 <= p.start - q.end <= 1 for q in told))
        ]
    if sentence and lang == "zh":
        # "…,而2019年为2310人次;以商务为目的的入境则为2406人次": the year a contrast clause
        # names before its figure is that figure's, not a later figure's
        theirs = [
            p
            for a, _ in figures
            if a < pos and (vm := _VERSUS_BEFORE[lang].search(sentence, max(0, a - 30), a))
            for p in usable
            if vm.start() <= p.start and p.end <= a
        ]
        usable = [p for p in usable if p not in theirs]
    if sentence and lang in _VERSUS_BEFORE:
        # "five of them …, compared with 1,020 in January-March 2024", "1,210 …, up from 138 in
        # 2023": the period after a figure set against this one is that figure's
        versus = [
            a
            for a, _ in figures
            if a > pos and _VERSUS_BEFORE[lang].search(sentence, max(0, a - 30), a)
        ]
        if versus:
            usable = [p for p in usable if p.start < min(versus)]
        # «1 087 против 2 310 в 2019-м, а деловых — 2 406»: the period right after a figure set
        # against another is that figure's, not a later one's
        # (in Korean and Chinese the period comes before its figure)
        taken = [
            (b, p.start)
            for a, b in figures
            if lang in ("en", "ru")
            and b <= pos
            and (vm := _VERSUS_BEFORE[lang].search(sentence, max(0, a - 30), a)) is not None
            # (not after «годом ранее — 226»: that figure's period is its marker)
            and not (
                lang == "ru"
                and any(vm.start() <= q.start and q.end <= a and q.label for q in usable)
            )
            for p in usable
            if 0 <= p.start - b <= 25
            and p.end <= pos
            and not any(b <= o < p.start for o, _ in figures)
        ]
        if taken:
            usable = [p for p in usable if not any(p.start == t for _, t in taken)]
        versus_m = _VERSUS_BEFORE[lang].search(sentence, max(0, pos - 30), pos)
        if versus_m is not None and not (
            # "…5127人次,而2024年为13221人次,2019年则超过2.1万人次": the contrast clause names
            # its own period before the figure, so the one after it is the next figure's
            lang in ("ko", "zh")
            and any(versus_m.start() <= p.start and p.end <= pos and p.label for p in usable)
        ):
            # «годом ранее — 226», «за аналогичный период прошлого года — 2112»: a marker that is
            # itself a period is the figure's
            marked = [
                p
                for p in usable
                if lang == "ru" and versus_m.start() <= p.start and p.end <= pos and p.label
            ]
            if marked:
                return marked[-1]
            # "… против 95 в 2023 году": the figure set against another has its period after it
            stop = end if end is not None else pos
            right = [
                p
                for p in usable
                if 0 <= p.start - stop <= 25
                and p.kind != "dayonly"
                and not any(stop <= a < p.start for a, _ in figures)
            ]
            if right:
                return right[0]
    if sentence and lang in _EARLIER_CLAUSE:
        # "…보냈다고 밝혔으며, 앞서 HUR은 북한군 1만2천명이…": a clause that opens with
        # "earlier" tells of an earlier time than the one before it (whose period is not its)
        mark = [m.start() for m in _EARLIER_CLAUSE[lang].finditer(sentence, 0, pos)]
        if mark:
            usable = [p for p in usable if p.start >= mark[-1]]
    if sentence and lang in _LATER_CLAUSE:
        mark = [m.start() for m in _LATER_CLAUSE[lang].finditer(sentence, 0, pos)]
        if mark:
            usable = [p for p in usable if p.start >= mark[-1]]
    if sentence and lang in _REMARK_CLAUSE:
        remark = _REMARK_CLAUSE[lang].search(sentence, end if end is not None else pos)
        if remark is not None:
            usable = [p for p in usable if p.start < remark.start()]
    main = [p for p in usable if p.kind != "dayonly"]
    if lang == "en" and sentence and _RELATIVE_AFTER.match(sentence, clause[1]):
        # "1,118 people declared work, a category that was almost empty in 2024": a year in the
        # clause that describes something else after the figure is not the figure's
        main = [p for p in main if p.start < clause[1]]
    # outside the figure's clause, "the year before" in a clause that holds another figure is
    # that figure's ("up from 1,117 the year before, and 7,887 of them came to study"); a year
    # there sets the scene for the whole sentence ("В 2024 году ... 13 221, ... 8 тысяч из них")
    free = [
        p for p in main if not (p.kind == "previous" and any(a <= p.start < b for a, b in owned))
    ]
    groups: tuple[list[PeriodMention], ...] = (
        [p for p in main if clause[0] <= p.start < clause[1]],
        free,
        main,
        # a bare day of the month that dates the report ("국정원은 30일 … 밝혔다", "韓聯社14日
        # 引述"), not the period a count covers (unlike "5日有300名朝鮮人…下車")
        [
            p
            for p in usable
            if p.kind == "dayonly"
            and not (
                lang in _REPORT_DAY
                and _BARE_DAY.fullmatch(sentence, p.start, p.end)
                and _REPORT_DAY[lang](sentence, p.start, p.end)
            )
        ],
    )
    # a period later in the sentence, in another figure's clause, is that figure's ("1만 5천여
    # 명에 이르고, 올해 1분기에 3천 명", "three of them gave study, after a record 7,887 student
    # entries in 2024")
    mine = [p for p in main if not (p.start >= pos and any(a <= p.start < b for a, b in owned))]
    groups = (groups[0], [p for p in free if p in mine], mine, groups[3])
    for group in groups:
        if group:
            before = [p for p in group if p.end <= pos]
            if lang == "en":
                # English puts the period on either side ("1,117 recorded in 2023"): the nearest,
                # but not one that a connector hands to the figure before ("from 418 in the first
                # half of 2023 to 2,977 in the first half of 2024")
                after = [p for p in group if p.start >= pos]
                if after and sentence:
                    group = [
                        p
                        for p in group
                        if p.start >= pos or not _HANDED_ON.search(sentence, p.end, pos)
                    ]
                if after and figures:
                    # "about 1,200 workers in 2017 and that none remained … by the end of 2019":
                    # a period right after another figure is that figure's, when one follows
                    group = [
                        p
                        for p in group
                        if p.start >= pos
                        or not any(
                            b <= p.start
                            and p.start - b <= 40
                            and not _CLAUSE.search(sentence, b, p.start)
                            for _, b in figures
                        )
                    ] or group
                if after and figures and end is not None:
                    # "around 11,000 … had been sent … and that roughly 3,000 more arrived last
                    # month": a period after a further figure ("N more", "another N") is that
                    # figure's, not the one before it
                    group = [
                        p
                        for p in group
                        if not (
                            p.start >= end
                            and any(
                                end <= a
                                and b <= p.start
                                and (
                                    _MORE_AFTER.match(sentence, b) is not None
                                    or _ANOTHER_BEFORE.search(sentence, max(0, a - 16), a)
                                    is not None
                                )
                                for a, b in figures
                            )
                        )
                    ]
                    if not group:
                        return None
                chosen = _nearest_around(group, pos, pos if end is None else end)
            else:
                # elsewhere a period stated before the figure rules ("в 2024 году ... 13 тыс.")
                chosen = before[-1] if before else _nearest(group, pos)
                if (
                    chosen is not None
                    and chosen.kind == "sinceyear"
                    and chosen.end <= pos
                    and lang in ("ko", "zh")
                    and _NOW[lang].search(sentence, chosen.end, pos)
                ):
                    # "2023년 이후 꾸준히 늘어 현재 1만 명": a stock now, after a trend since then
                    return None
                if (
                    chosen is not None
                    and lang == "zh"
                    and chosen.end <= clause[0]
                    # ("今年以来" is one mention, its "since" inside it)
                    and (_SINCE_AFTER.match(sentence, chosen.end) or chosen.kind == "sinceyear")
                    and _ZH_IN_PROGRESS.search(sentence, pos, clause[1])
                ):
                    # "今年以来约3000人抵达,另有数百名工兵正在接受训练": those at it now, in a
                    # clause of their own, are no count since then
                    return None
                if (
                    chosen is not None
                    and not before
                    and lang in _NEXT_CLAUSE_KOZH
                    and _SINCE_AFTER.match(sentence, chosen.end)
                    and _NEXT_CLAUSE_KOZH[lang].search(sentence, pos, chosen.start)
                ):
                    # "数千人,且去年以来明显增加", "1만1천명이 주둔하고 있으며 지난 1월 이후
                    # 훈련을": "since then" in a later clause tells of a trend or an event, not
                    # the figure's period
                    return None
                if (
                    chosen is not None
                    and not before
                    and lang in ("ko", "zh")
                    and chosen.start >= clause[1]
                    and _NOW[lang].search(sentence, clause[0], pos)
                ):
                    # "현재 … 북한 유학생은 약 120명으로, 지난해 9월 … 입국한 인원이 대부분이다":
                    # a stock now; a period in a later clause tells when some of them came
                    return None
            return chosen
    return None


# (or plural, with no article: "…, categories that had been all but empty since 2019")
_DESCRIBED_AFTER = re.compile(
    r"[,;]\s*[\"”’]?\s*(?:an?\s+(?:[\w-]+\s+){1,2}|[a-z-]+s\s+)(?:that|which)\b", re.I
)
_WHICH_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:()]{1,120}?,", re.I)
# «годом ранее — 226»: a period before a dash and the figure it labels
_LABELS_NEXT_FIGURE = re.compile(r"\s*[—–]\s*(?:(?:около|почти|более|свыше|лишь|всего)\s+)?\d")
_BRACKETED_PERIOD_AFTER = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|before|ago)|годом\s+ранее|год\s+назад)\s*[(（]\s*"
    r"(?:in\s+|в\s+|во\s+|за\s+)?",
    re.I,
)
_BRACKET_BEFORE = re.compile(
    # (not "(up from 3,980 in the second quarter)": a figure set against another has a period of
    # its own after it)
    r"\(\s*(?!(?:up|down)\s+from\b|against\b|versus\b|vs\b|compared\b|против(?!\w))"
    r"(?:[^\W\d]+\s+){0,2}$",
    re.I,
)
