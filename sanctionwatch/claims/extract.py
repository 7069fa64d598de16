"""Claim extraction: every numeric claim about flows of people in a text, with its reading.

``extract_claims(text, lang=..., doc_date=..., doc_id=...)`` splits the text into sentences (exact
offsets), skips those without a number, then per sentence: finds periods, comparisons and numbers;
drops the numbers that are not claims (years, dates, article numbers, ages, times, phone-like
digits, durations, things); reads each remaining number's qualifier, counted noun, purpose,
origin, destination, period and attribution from its clause and sentence; attaches a comparison
to the figure it qualifies (or makes a comparison-only claim); and drops flows outside the scope
(``vocab/filters.yaml``: nationals of the watched countries going abroad).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from sanctionwatch.claims import context, hedges, lexicon
from sanctionwatch.claims.comparisons import ComparisonMention, find_comparisons, may_compare
from sanctionwatch.claims.keep import (
    _REFER_BACK,
    _SUBJECT_UNITS,
    _VERSUS_BEFORE,
    COLLECTIVE,
    COPULA_BEFORE,
    EN_SAME_COUNT,
    KO_GEON,
    MORE_OF_SAME,
    NEVER,
    NOUN_FIRST,
    ONE_PERSON_UNITS,
    ONE_THOUSAND_RU,
    RU_SAME_COUNT,
    SPEAKER_NOUNS_EN,
    _overlaps,
    entry_times,
    keep_number,
    of_money,
    year_is_a_count,
)
from sanctionwatch.claims.lang import detect_lang
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
    label_year,
    previous_sub_label,
    shift_label,
)
from sanctionwatch.model.claim import Claim, Comparison
from sanctionwatch.model.period import Period

_LANGS = ("en", "ru", "ko", "zh")

# Sentence ends: [.!?] + space + a capital/digit/quote/CJK start, or a CJK full stop, or a newline.
# A lower-case start after a dot is an abbreviation ("г. на стройках", "тыс. человек").
# The stop is matched (not looked behind at) so that the engine skips straight to stops and
# newlines; the sentence is cut after group "p" (or at a newline).
_SENT_END = re.compile(
    r"(?=[.!?…。！？\n])"  # a leading character set lets the engine skip to candidates
    # (a bullet may open the next sentence: "… in 2024. * STUDY: …"; so may an interview's
    # dash: "— Сколько их? — Около тысячи. — А студентов?")
    r"(?:(?P<p>[.!?…])[\"'»”’)\]]*\s+(?=(?:[*•]\s*|[—–]\s+)?[\"'«“„(\[]?[A-ZА-ЯЁ0-9\u3131-\ud7a3\u4e00-\u9fff])"
    r"|(?P<q>[。！？])[\"'」』”’)]*\s*"
    r"|\n\s*)"
)
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Nos|para|paras|art|sec|vol|fig|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Lt|Sgt|Gov|Sen|Rep|approx|ca|p|pp|г|гг|ул|просп|пер|наб|тыс|млн|млрд|ст|п|им|т\.е|т\.д|т\.п|др)"
    r"|\b[A-ZА-ЯЁ])\.$"
)
_AMOUNT_ABBREV = re.compile(r"(?<!\w)(?:тыс|млн|млрд)\.$")
_SENTENCE_WORD = re.compile(r"[«\"]?[А-ЯЁA-Z](?:[а-яёa-z]|\s)")

# Cheap test for "could hold a number": digits, or a number word / numeral of the language.
_PREFILTER = {
    "en": re.compile(
        r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
        r"hundred|thousand|million|dozen|dozens|hundreds|thousands|millions|\w+fold|doubled|tripled|"
        # ("fell by a third": a fraction as a change)
        r"quadrupled|halved|twice|double|triple|half|third|quarter|fifth|tenth)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\d+|(?<!\w)(?:один|одного|одна|одной|два|двух|две|три|тр[её]х|четыре|четыр[её]х|пять|пяти|"
        r"шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|\w+надцат\w*|двадцат\w*|"
        r"тридцат\w*|сорок\w*|\w+десят\w*|девяност\w*|сто|ста|двести|триста|четыреста|\w+сот|тысяч\w*|"
        r"сотн\w*|сотен|десятк\w*|десятков|вдвое|втрое|вчетверо|впятеро|полтор\w*|полут\w*|"
        r"полсотни|полтысячи|миллион\w*|"
        r"двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|десятеро|"
        # («сократилось на треть»: a fraction as a change)
        r"треть|четверть|половину|наполовину|пятую|десятую|"
        # («туристов не было вовсе»: none)
        r"вовсе)(?!\w)",
        re.IGNORECASE,
    ),
    "ko": re.compile(
        r"\d+|절반|수[십백천만]|[한두세네]\s?명|[백천만]\s?여?\s?명|[두세네]\s?배|다섯|여섯|일곱|여덟|아홉"
    ),
    # 一 and 两 start many words (一些, 两国): alone they only count before a counter or a unit
    # "为零": a zero stated as the predicate; "增长了约两成": tenths
    "zh": re.compile(
        r"\d+|[三四五六七八九十百千万萬亿億倍番]|[一二两兩][十百千万萬亿億名人位倍成]|[为為是][零〇]"
    ),
}

# The en/ru gates are written in lower case and run over lower-cased text (see lexicon.lowered).
_PREFILTER_LOW = {lang: re.compile(rx.pattern) for lang, rx in _PREFILTER.items()}

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
_IN_RIGHT_AFTER = {
    "en": re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|to|into)\s+(?:the\s+)?", re.I),
    "ru": re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:в|во)\s+", re.I),
}
_DEST_CUE_BEFORE = {
    "en": re.compile(
        r"(?:\bto|\binto|\bin|\bentered|\bentering|\benter|\breached|\barrived in|\bat|\bfor)\s+(?:the\s+)?$",  # noqa: E501
        re.I,
    ),
    "ru": re.compile(r"(?:\bв|\bво|\bна|\bдо)\s+$", re.I),
    "ko": re.compile(r"(?!)"),  # never ("$^" would match the empty text before a sentence start)
    "zh": re.compile(
        r"(?:到|往|赴|入|抵|至|在|援|访|訪|来|來|向|前往|入境|抵达|抵達|派往|进入|進入|来到|來到)$"
    ),
}
_DEST_CUE_AFTER = {
    "en": re.compile(r"(?!)"),
    "ru": re.compile(r"(?!)"),
    "ko": re.compile(
        r"^\s?(?:에|을|를|로|으로|에서|의)?\s?(?:방문|입국|파견|도착|파병|들어|체류|있|가|으로|로|에(?!서)|을|를)"
        # "중국 쪽으로", "중국 쪽 공장으로": toward that country's side
        r"|^\s?쪽\s?(?:으로|에|[가-힣]+(?:으로|로|에)(?![가-힣]))"
        # "단둥 일대 공장에서 일하는", "라오스에서는 … 일하고 있는": in that area, in that country
        r"|^\s?일대(?![가-힣])|^\s?일대(?:에|의|에서)|^에서는"
    ),
    "zh": re.compile(r"(?!)"),
}
_ORIGIN_CUE_BEFORE = {
    "en": re.compile(r"\bfrom\s+(?:the\s+)?$", re.I),
    "ru": re.compile(r"\bиз\s+$", re.I),
    # "북한에서 중국으로": the country before "에서" and a destination in "(으)로"; never "$^",
    # which matches the empty text before a country that opens the sentence
    "ko": re.compile(r"(?!)"),
    "zh": re.compile(r"(?:从|從|自)$"),
}
# zh: a country right after "向", "赴", "派往" is where people go, never the subject that sends them
# "감소한 것은 2021년 이후 처음", "为2021年以来首次": right after a "since" year, a first time
_FIRST_SINCE_AFTER = {
    "ko": re.compile(r"\s?(?:처음|첫|최초)"),
    "zh": re.compile(r"(?:的)?(?:首次|首度|第一次|头一回|頭一回)"),
}
_TOWARD_BEFORE = {
    "zh": re.compile(r"(?:向|赴|往|前往|派往)$"),
    # «в Россию … перебросили еще 3 тыс. солдат»: where they were sent, not who sent them
    "ru": re.compile(r"(?<!\w)(?:в|во)\s+$", re.I),
}
_PHONE = re.compile(
    r"\+\d[\d\s()\-]{6,}\d|(?:(?<!\d)[78]\s*)?\(\d{3,5}\)\s*\d[\d\s\-]{4,}\d|(?<![\d-])\d{2,4}(?:-\d{2,4}){2,}(?![\d-])"
    # "1-800-540-6322": a toll-free number; «8-800-222-74-74»: a Russian one
    r"|(?<![\d-])1-\d{3}-\d{3}-\d{4}(?![\d-])|(?<![\d-])[78]-\d{3}-\d{3}-\d{2}-\d{2}(?![\d-])"
    # "hotline 2248-0000": two groups of four, with no space (a range is "2,000-3,000")
    r"|(?<![\d-])(?<!\d[,.])\d{4}-\d{4}(?![\d-]|[,.]\d)"
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


_RANGE_SEP = {
    "en": re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.I),
    "ru": re.compile(r"^\s*(?:-|–|—|до)\s*$", re.I),
    "ko": re.compile(r"^\s*(?:명\s*)?(?:-|–|~|∼|에서)\s*$"),
    # "两三百": two neighbouring digits, read as two numbers with nothing between them
    "zh": re.compile(r"^(?:\s*(?:名\s*)?(?:-|–|~|至|到)\s*)?$"),
}
# A figure that refers back to people already counted: "7,887 of them", "из них 619".
_OF_THEM: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(r"\s+of\s+(?:them|whom|those|these)\b"),
    "ru": lexicon.Caseless(r"\s+из\s+них\b"),
    "ko": re.compile(r"(?!)"),
    "zh": re.compile(r"(?!)"),
}
# "57 граждан КНДР, транзит — 14": from the end of a figure to the next one in a dash list
_DASH_LIST_GAP = re.compile(r"[^,;.]{0,30}[,;]\s*[^\d,;.—–-]{1,30}\s[—–-]\s*")
# between a total and the first line of its table written out: «13 221 раз: учеба — »
_TABLE_OPENS = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*:\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[—–:-]\s*")
# between a whole and its part in one sentence: the part counts what the whole counted
_PART_OF = re.compile(
    r"\b(?:of\s+(?:them|those|which|these)|из\s+них|среди\s+них|в\s+том\s+числе)\b", re.I
)
# All people, or foreigners: not the figure the article gave
_WHOLE_OR_OTHERS = re.compile(r"외국|전체|外国|外國|总数|總數|全部|所有")
# "abroad": a destination that is no one country
_ABROAD = {
    "ko": re.compile(r"해외|국외|외국"),
    "zh": re.compile(r"海外|国外|國外|境外"),
}
# "than this": a figure measured against the figure the article gave before it
# A later clause opening on "this one alone" ("，光这个团就有…", "，仅这一所学校就…"): its figure
# is a single group's, not the flow a comparison before it measured
_ALONE_AFTER = {
    "zh": re.compile(
        r"[，,；;]\s*(?:光|单|單|仅|僅|只)(?:是)?\s*(?:这|這|那)(?:一)?(?:个|個|所|家|批|次)?"
    ),
}
_COMPARE_BACK = {
    "ko": re.compile(r"이보다|그보다|이에\s?비해|그에\s?비해|이와\s?비교"),
    "zh": re.compile(r"比这|比這|比此|较此|較此|与此相比|與此相比"),
}
# (the figure's noun may stand between: "another 212 entries in the quarter")
_THE_QUARTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:(?:in|during)\s+the\s+quarter\b|all\s+quarter\b|"
    r"за\s+квартал(?!\w))",
    re.I,
)
# "the same period" refers to the period of a figure stated before ("in the same period a year
# earlier", "за тот же период", "같은 기간", "同期").
_SAME_PERIOD: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    # "over the same six months", «за те же полгода»
    # "in the quarter", «за квартал»: the quarter the article is about
    "en": lexicon.Caseless(
        r"\bsame\s+(?:(?:two|three|four|five|six|nine|\d+)\s+)?"
        r"(?:period|quarter|months?|time\s+(?:last|a)\s+year)\b|"
        r"\b(?:in|during|over)\s+the\s+quarter\b(?!\s+(?:of|before|after|to)\b)|"
        # ("with 8,071 arrivals over the nine months": the months the article gave)
        r"\b(?:in|during|over|for)\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|\d{1,2})\s+months\b(?!\s+(?:of|to|through|before|after|ending)\b)"
    ),
    "ru": lexicon.Caseless(
        # «к тому же периоду 2024 года», «в том же квартале»
        r"(?:т(?:от|о|е|ому|ом|ем|ой)\s+же|аналогичн\w+)\s+(?:период|квартал|месяц|время|полгода)|"
        r"(?<!\w)за\s+(?:этот\s+)?квартал(?!\w)(?!\s+\d)"
    ),
    # ("같은 달 중국으로 건너간 … 200∼300명": the month named before)
    "ko": re.compile(r"같은\s?기간|동기간|동기\s?대비|같은\s?분기|같은\s?달"),
    # "2019年同一时间": the same time of that year (not "同一时间" alone: at the same moment);
    # "2023年同一季度": the quarter named before, in that year (as ko "같은 분기")
    "zh": re.compile(
        r"同期|同一时期|同一時期|(?<=年)(?:的)?同一(?:时间|時間|时候|時候)"
        r"|同一?(?:个|個)?季度"
    ),
}
_CONTINGENT = lexicon.Caseless(r"контингент|(?:the|that|this)\s+contingent")
# Who says a breakdown, before the word that points back: "보고서는 이 가운데", "报告称,其中"
_SAYER_BEFORE_BACK: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"\s*[가-힣A-Za-z]{1,10}(?:은|는)\s*"),
    "zh": re.compile(
        r"\s*[\u4e00-\u9fff]{1,10}(?:称|稱|显示|顯示|指出|表示|估计|估計)\s*[,，:：]?\s*"
    ),
}
_SAME_COUNT: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(rf"\b(?:{EN_SAME_COUNT}|their\s+number)"),
    "ru": lexicon.Caseless(rf"(?<!\w)(?:{RU_SAME_COUNT})(?!\w)"),
    # "이보다 많은 1만2000명": more than the figure just given, so a count of the same people
    "ko": re.compile(r"(?:이|그)보다\s?(?:훨씬\s?|더\s?)?(?:많은|적은)"),
    # "乌方估计人数为1.2万至1.5万人": "the number" bare, with no nationals named in the
    # sentence, is the headcount of what the figure before counted (see Article.read)
    "zh": re.compile(r"人[数數](?:为|為|在|约|約|达|達)"),
}
_THE_TOTAL = re.compile(r"the\s+total", re.I)
# (not "the total deployment": a noun after it names what is totalled)
_TOTAL_OF_ALL_AFTER = re.compile(
    r"\s+(?:for|in|across|over|is|was|comes|came|stands|stood|reached|rose|fell|hit|climbed|"
    r"amounts|amounted|now)\b",
    re.I,
)
# «… уступает 2019-му, когда их было более 21 тыс.»: a when-clause after a figure of the
# sentence's own, whose «их» are that figure's people
_WHEN_THEIR_BEFORE = re.compile(r"(?<!\w)когда\s+$", re.I)
# A sentence about the figure just given: "That is eleven times ...", "Это вдвое больше", "이는 …"
_THAT_OPENS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        # (a thread's post number may come first: "2/ That's up 96% on Q2")
        r"\s*(?:\d{1,2}/\s*)?(?:(?:that|this|it)\s+(?:is|was|represents|marks|means|amounts)\b|"
        r"(?:that|it)['’]s\b|"
        r"(?:the|that|this)\s+(?:number|figure|total|count)\b(?!\s+of\b)|"
        # ("Roughly 3x.": a multiple alone, after a figure and its baseline)
        r"(?:(?:about|nearly|almost|roughly|around|some)\s+|~\s*)?\d+(?:\.\d+)?\s?x\s*[.!]?\s*$)",
        re.I,
    ),
    "ru": re.compile(
        r"\s*(?:это|что|эта\s+цифра|это\s+число|их\s+число|их\s+количество)(?!\w)", re.I
    ),
    # (after who says it, opening a quote: '통일부 당국자는 "이는 전년의 두 배"')
    "ko": re.compile(
        r"\s*(?:[가-힣A-Za-z]+(?:\s[가-힣A-Za-z]+){0,2}(?:는|은)\s?[\"“'‘]\s?)?"
        r"(?:이는|이것은|이 수치는|이 숫자는)"
    ),
    # (after who says it: "乌方则称,这一数字…")
    "zh": re.compile(
        r"\s*(?:[^，,。；;\d]{1,12}(?:称|稱|表示|说|說|指出)[，,:：]?\s*)?"
        r"(?:这|這|此)(?:一|个|個)?(?:数字|數字|人数|人數)?"
    ),
}

# Korean/Chinese "this figure" named with its noun: the one figure just given, not a total
_THIS_FIGURE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?!)"),
    "ru": re.compile(r"(?!)"),
    "ko": re.compile(r"\s*(?:이 수치는|이 숫자는)"),
    "zh": re.compile(r"\s*(?:这|這|此)(?:一|个|個)?(?:数字|數字)"),
}
# Chinese: "this figure" then a verb of going past, before a figure ("這一數字甚至超過疫情前
# 2019年全年的約3200人"): that figure is what the article's figure went past, a reference point
_THIS_FIGURE_EXCEEDS = re.compile(
    r"[^。;；\d]{0,8}?(?:超过|超過|高于|高於|多于|多於|超出|胜过|勝過)"
    r"(?:[^。;；\d]|(?:19|20)\d\d\s*年){0,16}"
)

# "Currently 130 students ...": the present, not the period of the figure before
# "在当地…工作", "현지에서": locally, in the place the article named (not "当地媒体": local
# media, who speak); so is "that region" ("该地区朝鲜伐木队人数", "이 지역 북한 노동자")
_THERE_LOCALLY = {
    # ("이 대학에 재학 중인 북한 학생은", "해당 공장에서 일하는": "this" school or plant is the
    # place the figure before named, in the country where it went)
    "ko": re.compile(
        r"현지\s?(?:에서|에|[가-힣]{1,4}\s?(?:에서|에))\s|이\s?지역(?:의|에서|에)?\s|"
        r"(?:이|해당|같은)\s?(?:대학교?|학교|공장|사업장|건설\s?현장|현장|도시)(?:의|에서|에)\s"
    ),
    "zh": re.compile(r"在(?:当地|當地)|(?:该|該)地[区區]"),
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
# A stock now, said in the present tense ("the university hosts 150 students", «в ОАЭ до сих
# пор работают …»): no part of a flow counted two sentences before.
_STOCK_NOW: dict[str, lexicon.Caseless] = {
    "en": lexicon.Caseless(
        r"\b(?:hosts?|employs?|houses?|(?:are|is)\s+(?:still\s+|actually\s+|now\s+)?(?:working|"
        r"studying|employed|enrolled|living|staying))\b"
    ),
    "ru": lexicon.Caseless(
        r"(?<!\w)(?:до\s+сих\s+пор|работают|обучаются|учатся|находятся|проживают|трудятся)(?!\w)"
    ),
}
# a turn to another matter in a sentence ("…, yet an official insisted", «…, но …»)
_TURNS = {
    "en": re.compile(r"\b(?:yet|but|while|whereas|however|although|though)\b", re.I),
    "ru": re.compile(r"(?:,\s*а|,\s*но|(?<!\w)однако|(?<!\w)тогда\s+как|(?<!\w)хотя)(?!\w)", re.I),
}
# "a twelvefold increase on 2023, when 1,117 were recorded": the figure after "when" is the
# baseline year's.
_RUNNING_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|pushing)\s+(?:the|their)\s+"
    r"(?:overall\s+|cumulative\s+|total\s+)?(?:total|number|tally|count|contingent)\s+"
    # ("bringing the total deployed to roughly 14,000")
    r"(?:in\s+\w+\s+|(?:deployed|sent|dispatched|stationed|present)\s+)?to\s+"
    r"(?:(?:about|roughly|around|some|nearly|almost|more\s+than|over|"
    r"at\s+least)\s+)?$",
    re.I,
)
# between a comparison's baseline phrase and a figure of that baseline period told in a clause
# of its own («…, чем в 2019 году, когда въехали около 3 тыс.», "than in 2019, when some 3,000")
_WHEN_AFTER_BASE = {
    lang: re.compile(
        r"(?:-[а-я]{1,3}|\s+год[ау]?|\s*г\.)?,?\s*(?:когда|when)\s+(?:[^\W\d_]+\s+){0,3}?"
        r"(?:(?:около|почти|более|свыше|лишь|всего|порядка|about|nearly|some|only|just|around|"
        r"roughly|more\s+than|over)\s+)?",
        re.I,
    )
    for lang in ("en", "ru")
}
# «в 11 раз больше, чем во втором (332)», "than in Q2 (332)": the baseline period's figure in
# brackets right after it
_BRACKET_AFTER_BASE = re.compile(
    # ("about 5x the Q1 figure (~300)": the baseline's noun may stand before the bracket)
    r"(?:-[а-я]{1,3}|\s*г\.)?\s*(?:(?:figure|total|level|number|count)\s*)?"
    r"\(\s*(?:(?:около|примерно|почти|about|some|roughly|nearly|~)\s*)?",
    re.I,
)
_WHEN_AFTER_YEAR = re.compile(r",?\s+when\b", re.I)
# ("far below 2019, when it stood at approximately 5.5 thousand")
_WHEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d),?\s+when\s+(?:\w+\s+){0,4}$", re.I)
# Between a comparison and the figure it is measured against ("twelvefold rise from 1,117",
# "в 4 раза больше, чем 950"): the figure's period is the baseline.
_BASELINE_GAP = re.compile(
    r"(?:\bfrom|\bthan|\bover|\bcompared\s+(?:with|to)|\bagainst|чем|по\s+сравнению\s+с|против"
    r"|比|较|較|与|與)\s*(?:the\s+|только\s+|only\s+)?$",
    re.I,
)
# "rose twelvefold, from 1,100 in 2023 to 13,221", "增长约11倍,从1100人增至1.3万人": after the
# marker, the change goes from one figure to another; the comparison is the second one's
_FROM_BEFORE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:с|со|от)\s+(?:[а-яё]+\s+){0,2}$", re.I),
    "zh": re.compile(r"(?:从|從)\s*(?:(?:19|20)\d\d\s*年\s*(?:的|的约|的近)?)?\s*(?:约|近|不到)?$"),
}
_TO_BEFORE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bto\s+(?:[a-z]+\s+){0,2}$", re.I),
    "ru": re.compile(r"(?<!\w)до\s+(?:[а-яё]+\s+){0,2}$", re.I),
    "zh": re.compile(
        r"(?:增至|增加到|增加至|增长到|增长至|升至|上升到|上升至|达到|达|到|至|增至|增長至|增長到|達到|達)"
        r"\s*(?:(?:19|20)\d\d\s*年\s*的?)?\s*(?:约|近)?$"
    ),
}
# "A year earlier there were half as many", «Годом ранее их было вдвое меньше»: a comparison
# that opens with the year before the article's figure is about that year, measured against it
_EARLIER_OPENS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s*(?:a|one)\s+year\s+(?:earlier|before|ago)\b", re.I),
    "ru": re.compile(
        r"\s*(?:годом|год)\s+(?:ранее|раньше|назад)(?!\w)|\s*за\s+год\s+до\s+этого", re.I
    ),
}
# A question the next sentence answers with a figure: "How many North Koreans …?", «Сколько
# северокорейцев …?», "북한 주민은 몇 명일까?", "有多少朝鲜人…？" (searched: Korean and Chinese put
# the question word late)
# "— А студентов?", "And students?": after an answer, the same question of other people
_AND_WHAT_OF: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s*(?:[—–-]\s*)?(?:and|what\s+about)\s+((?:\w+\s+){0,2}\w+)\s*\?\s*$", re.I),
    "ru": re.compile(r"\s*(?:[—–-]\s*)?(?:а|ну\s+а)\s+((?:\w+\s+){0,2}\w+)\s*\?\s*$", re.I),
}
_HOW_MANY: dict[str, re.Pattern[str]] = {
    # (an explainer's or interview's "Q:", «Вопрос:» may open it)
    # (or an interview's dash: "— Сколько …?")
    "en": re.compile(r"\s*(?:(?:q|question)\s*[:.]\s*|[—–-]\s*)?(?:so\s+)?how\s+many\b", re.I),
    # («Реплика из зала: А сколько из них уже приехало?»: a speaker's label, «А»)
    "ru": re.compile(
        r"\s*(?:(?:в|вопрос)\s*[:.]\s*|[—–-]\s*|(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*:\s*)?"
        r"(?:(?:так|а|ну\s+а)\s+)?сколько(?!\w)",
        re.I,
    ),
    # ("북한 노동자 규모는 어떻게 파악하고 있습니까?", "朝鲜工人的规模有多大?": how large)
    "ko": re.compile(
        # ("북한 노동자 규모를 어떻게 파악하고 있습니까?": the size, as an object)
        r"^.*?(?:몇\s?(?:명|만\s?명|천\s?명)|(?:규모|인원|숫자)(?:는|가|은|를|을)?\s?"
        r"(?:어느\s?정도|얼마|어떻게|\?)|"
        # ("북한 IT 노동자는 어느 정도로 보십니까?": the people asked about, how many; "북한
        # 노동자 입국은 얼마나 됐나요?": their entries; "북한군은 러시아에 얼마나 가 있나?": the
        # troops, with the place they went to between)
        r"(?:노동자|근로자|인력|유학생|학생|병력|군인|군|병사|주민|국적자|입국|입국자)(?:는|가|은|이)\s?"
        r"(?:[가-힣]+에\s)?(?:어느\s?정도|얼마나))"
    ),
    "zh": re.compile(r"^.*?(?:多少(?:名|人|个|個|位)?|(?:规模|規模)(?:有)?多大)"),
}
# the mark that ends a question ("?", Chinese "？", a Korean "…일까." written without one)
# A sentence without a figure that names "the number of" the watched nationals, followed by one
# that opens with the figure ("It was 5,120", «Их было 5120»): the figure is that number.
_NUMBER_OF: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bthe\s+(?:number|total|count)\s+of\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:числ[оа]|количеств[оа])\s", re.I),
}
_ANSWER_OPENS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\s*(?:it|that|the\s+(?:correct|actual|right)\s+(?:figure|number))\s+(?:was|is)\s+"
        r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|over|more\s+than)\s+)?\d",
        re.I,
    ),
    "ru": re.compile(
        r"\s*(?:на\s+самом\s+деле\s+—?\s*)?"
        r"(?:их\s+было|оно\s+составил[оа]|он[оа]?\s+составля\w+|на\s+самом\s+деле\s+—?\s*)"
        # («их было девять»: a figure in words)
        r"\s*(?:(?:около|почти|примерно|более|свыше)\s+)?(?:\d|[а-яё]+\s*[.,;]?\s*$)",
        re.I,
    ),
    "ko": re.compile(r"(?!)"),
    "zh": re.compile(r"(?!)"),
}
# Chinese: "已超过…的" right before a figure: the yardstick an earlier figure of the sentence
# passed ("今年前三季度…达2.1万人次,已超过2023年全年的1.8万人次"), not a period the article goes
# on with
_PASSED_YARDSTICK_ZH = re.compile(
    r"(?:超过|超過|高于|高於|多于|多於|超出)[^\d,，。；;]{0,4}(?:19|20)\d\d\s*年[^\d,，。；;]{0,8}的\s*$"
)
_FOR_COMPARISON: dict[str, re.Pattern[str]] = {
    # ("That compares with 12,960 for the whole of 2024, 1,940 in 2023 and …")
    "en": re.compile(
        r"\s*(?:(?:for|by|in)\s+comparison\b|(?:that|this|it)\s+compares\s+with\b)", re.I
    ),
    "ru": re.compile(r"\s*(?:для\s+сравнения|для\s+справки|по\s+сравнению\s+с\s+этим)(?!\w)", re.I),
    "ko": re.compile(r"\s*비교하면|\s*비교하자면"),
    "zh": re.compile(r"\s*(?:相比之下|作为对比|作為對比|对比之下|對比之下)"),
}
_QUESTION_END = re.compile(r"[?？]\s*$|(?:까|나|가)\.\s*$")
# A sentence that is a table written out: "Study: 7,887; work: 2", «Учеба — 7 887; работа — 2»
_TABLE_LINE: dict[str, re.Pattern[str]] = {
    # («С целью «учёба» — всего 3 поездки»: a quoted label, a word of degree before the figure)
    lang: re.compile(
        r"\s*[*•-]?\s*[^\W\d_]+(?:\s+[«\"“'‘]?[^\W\d_]+[»\"”'’]?){0,2}\s*[—–:-]\s*"
        r"(?:(?:всего|лишь|только|около|почти|just|only|about|some)\s+)?\d",
        re.I,
    )
    for lang in ("en", "ru")
}
# Words by which a part of a sentence gives its own, unnamed source ("channels claim", «пишут»)
_OTHER_SOURCE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:claim(?:s|ed)?|rumou?r\w*|alleg\w*|posts?|wrote|write|writes|bloggers?|"
        r"channels?)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:пишут|писали|утвержда\w*|слух\w*|блогер\w*|телеграм\w*|каналы|каналах)(?!\w)",
        re.I,
    ),
}
# abroad, in the figure's clause (before or after it)
_ABROAD_AFTER: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:abroad|overseas)\b", re.I),
    "ru": re.compile(r"(?<!\w)за\s+(?:рубеж|границ)\w*", re.I),
    # "朝鲜在全球40余个国家共有劳务人员约5万人", "북한은 해외에 노동자 10만 명을 두고": the
    # country before the figure is the one whose people are abroad, not where they are
    "ko": re.compile(r"해외|국외|전\s?세계|세계\s?각국"),
    "zh": re.compile(r"海外|国外|國外|境外|全球|世界各地|全世界"),
}
# Korean/Chinese: a sentence that goes on with the list before it ("이어 공무 목적 203명",
# "此外,以工作为目的入境者约300人")
# (a broadcast script's speaker cue may open the line: "[기자] 반면 …", "기자: 이어 …")
_KO_CUE = r"\s*(?:\[[가-힣\s]{1,8}\]|(?:앵커|기자|진행자|리포터|해설자)\s?:)?"
_LIST_GOES_ON: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        _KO_CUE + r"\s*(?:이어서|이어|뒤이어|다음으로|그\s?다음으로|그\s?뒤로)(?![가-힣])"
    ),
    # ("与此同时,以“公务”身份入境的朝鲜人约为450人": meanwhile, the next part)
    "zh": re.compile(r"\s*(?:此外|另外|其次|其后|其後|还有|還有|与此同时|與此同時)"),
}
# Korean: a figure given under an item of the table the breakdown reads from ("'서비스 인력'
# 항목으로는 427명이 입국했다") is one more part of it
_KO_TABLE_ITEM = re.compile(r"항목(?:으로는|으론|에서는|에는|은)(?![가-힣])")
# Korean: a sentence opening on one purpose as its topic ("관광 목적 방문객은 약 1천 명",
# "'공무' 목적은 90명"), right after a breakdown by purpose, names the next part of it
# (an explainer's answer cue and the statistics it reads may come first: "A. 공식 통계상 '취업'
# 목적 입국은 수백 명")
_KO_PURPOSE_LEAD = re.compile(
    _KO_CUE
    + r"\s*(?:A\s?[.:]\s*)?(?:(?:공식\s?)?통계(?:상|로는|에\s?따르면)\s)?"
    + r"['‘]?[가-힣]{1,6}['’]?\s?목적(?:의|으로)?(?:\s?[가-힣]{1,5})?(?:은|는)\s"
)
# Chinese: a sentence opening on one purpose as its topic ("以旅游为目的入境的为376人次",
# "以“商务”为目的者约500人"), right after a breakdown by purpose, names the next part of it
_ZH_PURPOSE_LEAD = re.compile(
    # ("倒是以“工作”为目的入境的达…": "on the other hand", setting it against the one before)
    r"\s*(?:倒是|反倒是?|反而)?以[“「\"]?[\u4e00-\u9fff]{1,4}[”」\"]?(?:为|為)目的(?:入境|来华|來華|赴俄)?(?:的|者)"
)
# Korean: a report's sentence that "added" to the one before ("…고 덧붙였다")
_KO_ADDED = re.compile(r"(?:고|라고)\s?덧붙였다")
_ENTERED = {"ko": re.compile(r"입국"), "zh": re.compile(r"入境")}
# the bare word for entries as a subject ("관광 목적 입국은"; not "입국자", "입국한")
_KO_BARE_ENTRY = re.compile(r"입국(?:은|이|도)\s")
_LOCALLY = {"ko": re.compile(r"현지에서|현지에"), "zh": re.compile(r"在当地|在當地")}
# a sentence that sets its subject against the part before ("以务工为目的的…则不到200人",
# "반면 노동 목적은 12명")
_CONTRAST_TOPIC: dict[str, re.Pattern[str]] = {
    "ko": re.compile(_KO_CUE + r"\s*반면(?:에)?(?![가-힣])"),
    "zh": re.compile(r"[^，,。；;]{2,24}?则|[^，,。；;]{2,24}?則"),
}
_RESPECTIVELY = re.compile(r"respectively|соответственно|각각|分别|分別", re.I)
_LIST_GAP = re.compile(r"^(?:\s*(?:,|、|and|и|및|和|과|와)\s*)+$", re.I)
# A country that sends people: "North Korea dispatched 15,000 workers", "平壤政府已派遣".
# ko/zh: "N more" right after a figure ("1천 명이 더 나갈", "1000人还将") is more of what was
# counted before ("3천여 명이 추가로 투입됐다": more were added)
_MORE_AFTER: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"\s?(?:여\s?)?명\s?(?:이|가|을|를)?\s?(?:더|추가로)\s"),
    "zh": re.compile(r"(?!)"),
}
# Chinese: "yet again there were" right before a figure ("又有60余人被遣返", "又有约200人"):
# more of the people the figure before counted
_AGAIN_BEFORE_ZH = re.compile(r"又有\s*(?:约|約|近|逾|超过|超過|至少|将近|將近)?\s*$")
# Korean: people who "newly came in" after the figure ("500명가량이 새로 들어왔다"): in an
# article about workers (troops) sent, more of them arrived
_NEWLY_CAME: dict[str, re.Pattern[str]] = {
    # ("새로 투입돼": newly put in, at a site or a front)
    "ko": re.compile(r"새로\s?(?:들어(?:오|왔|온|갔|간)|입국|도착|유입|넘어(?:오|왔|온)|투입)"),
    "zh": re.compile(r"(?!)"),
}
_SEND_VERB = {
    # the base forms too: "could send up to 8,000 more", «может направить ещё до 8 000»
    "en": re.compile(
        r"\b(?:send|sent|sends|sending|dispatch|dispatched|dispatches|dispatching|deploy|"
        r"deployed|deploys|deploying|exported)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?:направ(?:ил|ит|ить|ят|ять|ля)|отправ(?:ил|ит|ить|ят|ять|ля)|командиров|"
        r"перебро(?:сил|сит|сить|сят)|перебрасыва|присла|пришл[её]т|пришлют)\w*",
        re.I,
    ),
    # ("보낼 가능성이", "보내기로": the future and the plan send too)
    "ko": re.compile(r"파견|보냈|보낸|보낼|보내|송출|파병"),
    "zh": re.compile(r"派遣|派出|派往|输出|輸出|外派|增派|加派|派驻|派駐|调派|調派|出兵|派兵"),
}
# what kind of body a source is, between its country and its name ("미국 싱크탱크 38노스",
# "美国智库38北", "a US think tank, 38 North,")
_KIND_OF_SOURCE = re.compile(
    r"\s?(?:의\s?)?(?:싱크탱크|연구소|연구기관|智库|智庫|研究机构|研究機構|"
    r"think[\s-]tank,?)\s?",
    re.I,
)
_POSS = ("", "'s", "’s")
# a Chinese news agency or broadcaster right after a country: "日本共同社", "南韓聯合通訊社"
_ZH_NEWS_AGENCY_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,2}(?:通讯社|通訊社|新闻社|新聞社)|共同社|塔斯社|电视台|電視台)"
)
# A place of the people's own country they pass through on the way out ("신의주를 거쳐",
# "经由新义州"): not where they go (a third country passed through may be: "러시아를 경유해")
_TRANSIT_AFTER = {
    "ko": re.compile(r"\s?(?:을|를)?\s?(?:거쳐|경유해|경유하여|통해\s?(?:입국|출국))")
}
_TRANSIT_BEFORE = {"zh": re.compile(r"(?:经由|經由|途经|途經|取道|经过|經過)$")}
_THIRD_COUNTRY = re.compile(r"제\s?3\s?국|제삼국|第三国|第三國")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` over ``text``, trimmed of surrounding whitespace."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        s, e = m.span()
        stop = text[s]
        cut = s if stop == "\n" else s + 1  # after the full stop; at a newline
        if cut <= start:
            continue
        if (
            stop == "."
            and not text[cut:e].strip()
            and "\n" not in text[cut:e]  # «около 3 тыс.» at a line's end still ends it
            and _ABBREV.search(text[max(start, cut - 12) : cut])
            and not (
                # «почти 3 тыс. При этом …»: after an amount, a capitalised word (not an
                # acronym such as «КНДР») opens the next sentence
                _AMOUNT_ABBREV.search(text, max(start, cut - 6), cut)
                and _SENTENCE_WORD.match(text, e)
            )
        ):
            continue  # "U.S. troops", "No. 5": not a sentence end
        _trimmed(text, start, cut, out)
        start = e
    if start < len(text):
        _trimmed(text, start, len(text), out)
    return out


def _trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _CLAUSE.finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    if len(out) >= 3 and _ASIDE_OPENS.search(sentence):
        # «Трудовых мигрантов из КНДР, по оценке экспертов, въехало 12 тыс.», "Study entries,
        # according to the FSB, reached 3,765": an attribution set off by commas inside a
        # clause does not end it
        k = 1
        while k < len(out) - 1:
            a, b = out[k]
            if (
                _ASIDE_OPENS.match(sentence, a)
                and not _NUMBER_IN.search(sentence, a, b)
                # (not before a clause of its own: ", according to the ministry, which has
                # pledged to double that number")
                and not _OWN_CLAUSE_OPENS.match(sentence, out[k + 1][0])
            ):
                out[k - 1 : k + 2] = [(out[k - 1][0], out[k + 1][1])]
            else:
                k += 1
    return out


# what is said of people still to come, before their figure
_TO_COME = {
    "en": re.compile(
        r"\b(?:expects?|expected|will|is\s+due|are\s+due|plans?\s+to|planned|to\s+be\s+sent)\b",
        re.I,
    ),
    "ru": re.compile(r"(?<!\w)(?:ожида\w+|будут|будет|планиру\w+|намерен\w*)(?!\w)", re.I),
}
# «Сеул оценивает пополнение, прибывшее в декабре—январе, в 1–1,5 тыс. человек»: what is
# estimated is what the «человек» are
_ESTIMATES_RU = re.compile(r"(?<!\w)оцени(?:ва)?\w*\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)", re.I)
_NUMBER_OF_NOUN_RU = re.compile(
    r"(?<!\w)(?:числ[оа]|количеств[оа])\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)", re.I
)
_REACHES_BEFORE_RU = re.compile(
    r"(?:достига\w*|достигл\w*|доходи\w*|составля\w*|составил\w*|превыша\w*|превысил\w*)"
    r"[^,;.]{0,30}$",
    re.I,
)
_IN_BEFORE_RU = re.compile(r"(?<!\w)в\s+(?:(?:около|примерно|почти|более|свыше|до)\s+)?$", re.I)
_OWN_CLAUSE_OPENS = re.compile(
    r"\s*(?:which|who|whose|that|while|whereas|and|but|as|when|где|котор\w+|что|а|но|и|когда)\b",
    re.I,
)
_ASIDE_OPENS = re.compile(
    r"\s*(?:по\s+(?:оценк\w+|данным|словам|информации|сведениям|подсчетам|подсчётам)|"
    r"according\s+to|as\s+(?:\w+\s+){1,3}(?:said|reported|estimated?))\b",
    re.I,
)


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b or (pos == b and b == clauses[-1][1]):
            return a, b
    return clauses[-1]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)
_Row = dict[str, Any]  # a figure being read: "x" (_Num), "unit", "origin", "dest", ...


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
# the words between a change and the figure it went to ("8% to roughly 5,900", «на 8% — до
# 5,9 тыс.»); the qualifier words are the figure's own
# ("21.5 percent above the 8,102 entries logged …": the figure after "above the" is the baseline)
_TIMES_THE = re.compile(
    r"(?:\b(?:double|triple|twice|times|half)|(?:%|\bpercent|\bper\s+cent)\s+(?:above|below))"
    r"\s+the\s*$",
    re.I,
)
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
_CHANGE_TO_AFTER = {"ko": re.compile(r"\s?명?\s?까지\s*(?:늘|증가|줄|감소|급증|급감)")}


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

# at study, counted as students ("400 North Koreans are studying", «учатся 400 граждан КНДР»)
_AT_STUDY: dict[str, lexicon.Caseless] = {
    "en": lexicon.Caseless(
        r"\b(?:are|were)\s+(?:now\s+|currently\s+|still\s+)?(?:studying|enrolled)\b|\bstudy\s+at\b"
    ),
    "ru": lexicon.Caseless(
        r"(?<!\w)(?:учатся|обучаются|учились|обучались|проходят\s+обучение)(?!\w)"
    ),
}

_STUDY_RIGHT_AFTER = re.compile(
    r"\s+(?:учатся|обучаются|учились|обучались|проходят\s+обучение)(?!\w)", re.I
)

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
_OF_BEFORE_FIGURE = re.compile(r"of\s+(?:(?:about|some|roughly|nearly|just|only)\s+)?", re.I)
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
# ko/zh: a figure whose own predicate is death or wounds counts casualties, even where its clause
# names the watched nationals (who keep other not-a-flow words from dropping it)
# "북한군 사상자가 4천700명에", "伤亡人数约4000人": the number counts casualties named before it
_CASUALTY_BEFORE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        # "포로로 붙잡힌 인원은 2명": those taken prisoner, not a flow
        r"(?:사상자|사망자|전사자|부상자|포로로\s*(?:붙)?잡힌|포로)\s*(?:수)?\s*(?:는|가|은|이|를|을)?\s*"
        r"(?:[^\s\d]+\s+){0,2}$"
    ),
    "zh": re.compile(
        # "仍关押2名朝鲜战俘": held prisoner, not a flow
        r"(?:伤亡|傷亡|死伤|死傷|阵亡|陣亡|死亡|受伤|受傷|俘获了|俘獲了|俘获|俘獲|俘虏了|俘虜了"
        r"|关押了|關押了|关押|關押|扣押|羁押|羈押)"
        r"(?:人数|人數|者|士兵)?"
        r"(?:已经|已經|已|约|約|达|達|为|為|超过|超過|有|共|或|至少|逾)*$"
    ),
}
# "Ukraine says it captured two North Korean soldiers", «ВСУ взяли в плен двоих военных КНДР»
_CASUALTY_BEFORE["en"] = re.compile(
    r"\b(?:captured|capturing|killed|killing|wounded|took\s+prisoner|taken\s+prisoner)\s+"
    r"(?:(?:some|about|around|at\s+least|more\s+than|nearly)\s+)?$",
    re.I,
)
_CASUALTY_BEFORE["ru"] = re.compile(
    r"(?<!\w)(?:взял\w*\s+в\s+плен|захватил\w*\s+в\s+плен|пленил\w*|уничтожил\w*|ликвидировал\w*|"
    r"убил\w*|ранил\w*|"
    # («Потери северокорейского контингента … оцениваются в 4 700 человек»: the losses)
    r"потер\w*[^.;]{0,60}?(?:оценива\w+\s+в|составил\w*|составля\w+|достиг\w*|превысил\w*))"
    r"\s+(?:(?:около|почти|более|не\s+менее|свыше)\s+)?$",
    re.I,
)
# "정보위원 12명이 참석한 이날 회의에서 국정원은 …": those who attended set the scene; what was
# reported there, after it, is no attendance (the attendees' own figure stays dropped)
_KO_ATTENDED_SCENE = re.compile(
    r"참석한\s(?:[가-힣]+\s){0,2}?[가-힣]*(?:회의|회견|간담회|청문회|브리핑|자리|행사|토론회|세미나)"
    r"(?:에서는|에서|에선)\s"
)
# Korean/Chinese: a bracketed aside closing the clause after a figure ("…누적 1만2천여 명\"
# #북한 (조회수 3.4만)", "…约9000人 (阅读 4.2万)"): a post's own counts there say nothing about
# the figure's flow
# between a comparison's baseline period and that period's figure ("较第二季度的332人",
# "2분기의 332명보다")
_OF_BASELINE = re.compile(r"\s?(?:的|의)?\s?(?:约|約|약)?\s?")
# the counter right after a Korean or Chinese figure ("3천150건", "332人次")
_KO_ZH_COUNTER = re.compile(r"\s?(?:여\s?|余|餘|多)?(?P<c>명|건|회|人次|名|人|件|份)")
_ASIDE_AT_END = re.compile(r"[(（][^()（）]*[)）]?[\s.。]*$")
# a period right before the verb of publishing or saying a figure ("지난달 공개된", "上月公布的",
# "…라고 3일 밝혔다": the day it was said)
_PUBLISHED_AFTER = {
    "ko": re.compile(
        r"\s?(?:에\s?)?(?:공개된|발표된|공표된|공개한|발표한|공표한|공개했|발표했|밝혔|밝힌|"
        r"말했|전했|보고했|보도했|설명했)"
    ),
    "zh": re.compile(r"\s?(?:公布|公佈|发布|發布|发表|發表)的"),
}
# the authors of a text ("연구진 5명이 2년에 걸쳐 작성했다", "由6名研究人员历时一年撰写"): the
# people who wrote it, not people who travelled
_AUTHORS_AFTER: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        # (not people who came and then wrote: "입국해 보고서를 작성했다")
        r"\s?(?:여\s?)?명(?:이|은|는|가)\s"
        r"(?:(?![^\s,.;]*(?:입국|파견|도착|송출|건너|일하|근무))[^\s,.;]+\s){0,5}?[^\s,.;]*"
        r"(?:작성했|작성한|작성해|집필했|집필한|집필해|저술했|저술한)"
    ),
    "zh": re.compile(
        r"\s?(?:多|余|餘)?(?:名|位)[^，,。；;\d]{0,12}?(?:历时|歷時|耗时|耗時)?[^，,。；;\d]{0,6}?"
        r"(?:撰写|撰寫|编写|編寫|执笔|執筆|编撰|編撰)"
    ),
}
# Korean: a body of experts or researchers right before the figure ("이번 판정에는 외부 전문가
# 3명이 참여했다", "연구진 5명이 참여했다"): the members of a panel or a team, not people who
# travelled (read only where the clause names no country and no sending)
_KO_PANEL_BEFORE = re.compile(
    r"(?:전문가|연구진|연구원|심사위원|평가위원|자문위원|교수진|교수|학자|기자|변호사)\s?"
    r"(?:약\s?|총\s?|모두\s?)?$"
)
_CASUALTY_AFTER: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        r"\s*(?:여\s*)?(?:명)?\s*(?:가량|정도|이상|넘게|가까이|남짓|안팎|내외)?\s*(?:이|가|은|는|도|이나|가량이)?\s*"
        # ("1천여 명이 다친", "1천명 가까이 다친": the wounded, with their hedge)
        r"(?:전사|사망|숨지|숨졌|숨진|부상|사상|죽|목숨을\s*잃|포로로\s*잡|생포|다치|다쳤|다친|다쳐)"
    ),
    "zh": re.compile(
        r"\s*(?:多|余|餘)?\s*(?:名|人)?\s*(?:士兵|军人|軍人|官兵)?\s*(?:已经|已經|已|被|在战斗中|在戰鬥中)?\s*"
        # "2名北韩战俘": prisoners of war (their nationality may come between)
        r"(?:朝鲜|朝鮮|北韩|北韓)?(?:籍)?(?:士兵|军人|軍人)?"
        r"(?:阵亡|陣亡|死亡|战死|戰死|伤亡|傷亡|死伤|死傷|受伤|受傷|丧生|喪生|身亡|俘|战俘|戰俘)"
    ),
    # "4,700 North Korean soldiers have been killed or wounded" (or captured): at most four
    # words, then the verb in the passive or "died" (not "arrived to replace those killed")
    "en": re.compile(
        r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:have|has|had)\s+been\s+|were\s+|are\s+|was\s+)"
        r"(?:killed|wounded|injured|captured|taken\s+prisoner)\b|"
        # "about 4,700 of an estimated 11,000 soldiers sent to Russia had been killed or wounded":
        # the part of a contingent that fell (the contingent itself is the flow)
        r"\s+of\s+(?:an?\s+estimated\s+|the\s+|some\s+|about\s+|roughly\s+)?\d[\d,.]*"
        r"(?:\s+[\w'’-]+){0,8}?\s+(?:(?:have|has|had)\s+been\s+|were\s+)"
        r"(?:killed|wounded|injured|captured|taken\s+prisoner)\b|"
        # "Two soldiers captured on January 9 are being held": the participle right after
        r"\s+(?:[\w'’-]+\s+){0,2}?(?:soldiers|troops|servicemen|fighters)\s+"
        r"(?:captured|killed|wounded|taken\s+prisoner)\b|(?:\s+[\w'’-]+){0,4}?\s+(?:have\s+|had\s+)?died\b|"
        # ("some 300 … had been killed and 2,700 wounded": the participle right after)
        r"\s+(?:killed|wounded|injured|captured|dead)\b(?!\s+(?:in|at|on)\s+the\s+(?:fighting|front))",
        re.IGNORECASE,
    ),
    # «не менее 3 тыс. уже выбыли из строя», «2 тыс. военных КНДР погибли»
    "ru": re.compile(
        r"(?:\s+[\w.-]+){0,4}?\s+(?:уже\s+)?(?:погибл\w*|убит\w*|ранен\w*|"
        r"выбыл\w*\s+из\s+строя|получил\w*\s+ранени\w*|попал\w*\s+в\s+плен|взят\w*\s+в\s+плен)",
        re.IGNORECASE,
    ),
}
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


_RETRACTS = frozenset(_RETRACTED_AFTER) | frozenset(_RETRACTED_QUOTE)


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


# after a retracted figure: what was wrong was its period, given right ("that figure refers to
# 2024", «эта цифра относится к 2024 году»)
_PERIOD_FIXED = {
    "en": re.compile(
        r"\b(?:that|the|this)\s+(?:figure|number|total)\s+(?:refers|applies|relates|is)\s+"
        r"(?:to\s+|for\s+)(?P<p>[^;.]{2,40})",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:эта|данная)\s+цифра\s+(?:относится\s+к|касается)\s+(?P<p>[^;.]{2,40})",
        re.I,
    ),
}


def _retracted(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans of the figures a correction retracts (see ``_RETRACTED_AFTER``)."""
    low = sentence.lower()
    if not any(w in low for w in _CORRECTION_WORDS.get(lang, ())):
        return ()
    out: list[tuple[int, int]] = []
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


_FIGURE_OF_BEFORE = re.compile(
    r"(?:\b(?:a|the)\s+(?:figure|number|total|estimate)\s+(?:of|at)|\bputs?\s+(?:the\s+)?"
    r"(?:current\s+|latest\s+|overall\s+)?(?:figure|number|total|it|deployment|contingent)\s+"
    r"at|\b(?:tally|count|total|figure)\s+(?:now\s+)?(?:stands|stood)\s+at|"
    # («называло цифру 17,6 тыс.»: with or without «в»; «назвал цифру «порядка 15 тыс.»»)
    r"(?<!\w)(?:цифр\w*|числ\w*|оценк\w*)(?:\s+в)?)\s+['‘\"“«]?"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|около|почти|"
    r"примерно|более|свыше|порядка)\s+)?$",
    re.I,
)


# "2만여 명으로, 코로나19 이전인 2019년 수준을 거의 회복했다": the year whose level the count
# got back to is a point of reference, not the count's period (as a baseline's year)
_LEVEL_REGAINED_KO = re.compile(
    r"\d{4}\s*년\s?(?:의\s?)?수준(?:을|으로|까지|에)?\s?(?:거의|대부분|상당\s?부분|사실상|완전히)?\s?"
    r"(?:회복|되찾|돌아가|돌아갔|돌아왔|복귀)"
)
# "9천 건으로 전년보다 27% 증가해 2017년 이후 최대를 기록했다": a record joined to the change
# before it ("증가해", "늘었고", "늘어") is said of the same figure
_CHANGE_THEN_RECORD_KO = re.compile(
    r"\s*[가-힣]{0,6}?(?:해|하여|하며|하면서|했고|했으며|었고|었으며|으며|며|고|면서|어|아)\s*,?\s*"
)
# "관광 목적은 830건으로 2019년(1천940건)에 크게 못 미쳤고, 노동 목적은 150건": the year a
# count falls short of (its figure in brackets, or "2019년 수준에") is that figure's, not the
# period of the sentence's other figures (read as a baseline, as _LEVEL_REGAINED_KO)
_SHORT_OF_YEAR_KO = re.compile(
    r"\d{4}\s*년\s?(?:\(\s?(?:[\d,.]+\s?[천만]?\s?)*(?:여\s?)?(?:명|건)?\s?(?:안팎|가량|정도|내외)?"
    r"\s?\)|\s?수준)\s?(?:에는|에도|엔|에)\s?"
    r"(?:크게|한참|훨씬|다소|조금|여전히|아직|아직은|아직도)?\s?(?:못\s?미치|못\s?미쳤|미치지\s?못)"
)
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


_OTHER_MATTER = {
    "en": re.compile(
        r"\s[—–]\s+(?!(?:to|up\s+to|reaching|at)\b)[^—–]*\b(?:after|when|while|as)\b"
        # "grew by 41 per cent on the second quarter, although it remains below the 3,765 …":
        # a clause set against the change measures it by another figure
        r"|,\s+(?:although|though|whereas|but|while)\b",
        re.I,
    ),
    "ru": re.compile(r"\s[—–]\s+(?!(?:до|к)\s)[^—–]*(?<!\w)(?:после|когда|пока)(?!\w)", re.I),
    # "在蒙古的朝鲜劳工减少了约300人,而在尼日利亚的…约有60人": a clause set against the
    # change ("while", "but") counts other people
    "zh": re.compile(r"[，,；;]\s*(?:而|但|但是|然而|另有|此外|另外)"),
    # "입국자는 … 11배 늘었고, … 북한 유학생도 900여명으로": the change's clause ends, and the
    # next names a subject of its own before its figure (a headline ends it with "…": "유학 목적
    # 전년 대비 2배↑…노동 목적은 6천여명")
    "ko": re.compile(r"(?:(?:고|며|지만|반면)[,\s]|…\s?)[^,.;]*?[가-힣](?:도|는|은)\s"),
}
_SPEAKER_NOUN_AFTER = re.compile(
    # ("South Korean government official": one word of rank or body may come first)
    # ("Citing Ukrainian and South Korean estimates": whose estimates)
    r"(?:\s+and\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"
    r"\s+(?:(?:government|senior|foreign|defen[cs]e|military|ministry|security)\s+)?"
    rf"(?:{SPEAKER_NOUNS_EN}|intelligence|spokes(?:man|woman|person)|"
    r"authorities|estimates|assessments|government\s+(?:said|says|estimates?))\b",
    re.I,
)
_ACTOR_AFTER = {
    "en": re.compile(
        # ("which UN sanctions bar Pyongyang from sending abroad": the one barred from sending)
        r"\s+(?:has\s+|had\s+|have\s+|from\s+)?(?:moved|imposed|sent|sending|dispatched|"
        r"dispatching|deployed|deploying|ordered|shifted|closed|reopened|began|started|decided|"
        r"agreed|plans?|planned|uses?|used|earns?|earned|relies|relied|rotated|replaced|recalled)\b",
        re.I,
    ),
    "ru": re.compile(
        r"\s+(?:направил|направляет|перевел|перевёл|ввел|ввёл|закрыл|открыл|отправил|отправляет|"
        r"решил|начал|перебросил|использует|зарабатывает)\w*",
        re.I,
    ),
}
_THEIR_COUNT = re.compile(
    r"(?<!\w)их\s+(?:(?:может|могут|могло|должно)\s+)?(?:стать|стало|станет|было|будет|"
    r"оставалось|осталось|остается|остаётся|насчитыва\w+|число|количество)(?!\w)|"
    r"\btheir\s+(?:number|numbers|count|total)\b",
    re.I,
)
# (the next figure may be vague: «…, а в Лаосе — несколько сотен», "…; Laos: several hundred")
_LABELS_NEXT = re.compile(
    r"\s*[—–:]\s*(?:(?:[^\W\d_]+\s+){0,3}\d|(?:(?:около|до|ещё|еще|up\s+to|about)\s+)?"
    r"(?:нескольк\w+|сотн\w+|тысяч\w+|десятк\w+|several|hundreds|thousands|dozens|a\s+few)\b)",
    re.I,
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
_RECORD_FIGURE_BEFORE = re.compile(
    r"\b(?:a|the)\s+record(?:[\s-]high)?\s+(?:of\s+)?$|(?<!\w)рекордн\w*\s+$", re.I
)
_MULTIPLE_OF_BEFORE = re.compile(r"\b(?:double|triple|twice|times|half|\w+fold)\s+$", re.I)
_TIMES_THE_BEFORE = re.compile(r"\b(?:times|\w+fold|double|triple|twice)\s+the\s+$", re.I)


# "학생 비자로 들어가", "연수생 비자를 받아 입국한": the visa people came on (ko)
# "학생 비자로", "유학·연수 비자로": a purpose that only names the visa people came on
_KO_ON_A_VISA = re.compile(r"[가-힣·\s]{0,10}?(?:비자|사증)\s?(?:으로|로)(?![가-힣])")
# "数千人其实在工地打工", "约300人在当地工厂务工": the people counted are at work somewhere (not
# "以“工作”为目的入境", the purpose of an entry; nor "工作人员", staff)
_WORKING_AFTER_ZH = re.compile(
    r"\s*(?:多|余|餘)?\s*(?:名|人)[」”\"]?[^,，。；;\d以持]{0,6}?在[^,，。；;\d以持]{1,12}?"
    r"(?:打工|务工|務工|做工|上班|工作(?!人员|人員|签证|簽證|许可|許可))"
)


_LABEL_ASIDE_DASH = re.compile(
    r"(?P<lab>[^\W\d_]+)\s*,\s*[^,—–:;\d]{1,50},\s*[—–]\s*"
    r"(?:(?:около|свыше|более|почти|до|порядка|лишь|всего|еще|ещё)\s+)?$"
)
# «… — около 700 человек — студенты», "— some 700 people — are students": the predicate noun
_PREDICATE_NOUN_AFTER = re.compile(
    r"\s*(?:человек|people|persons)?\s*[—–]\s*(?:are\s+|were\s+)?(?P<noun>[^\W\d_]+)", re.I
)
_DATELINE_KOZH = re.compile(
    r"\s*[(（【][^()（）【】]{1,24}(?:电|電|=\s*\S+뉴스|뉴스1|報導|报道)[)）】]"
)
_SINCE_END = re.compile(r"(?:\bsince|(?<!\w)с|(?<!\w)со)\s+$", re.I)
# Korean: a month the count runs from ("지난해 10월 이후 … 병력을 파병했으며", "3월부터"; not
# "10월부터 12월까지", a span)
_KO_SINCE_AFTER = re.compile(r"\s?(?:이후|이래|부터)(?![^,.]{0,12}까지)")


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
# the bare counter of a Korean headcount, which names no noun of its own
_BARE_HEADCOUNT = ("명",)


def _own_subject_before_change(sentence: str, a: int, b: int) -> bool:
    """Whether the clause before a change (between ``a`` and ``b``) has a flow of one purpose
    for its subject: ", and work entries were nearly triple 2023's"."""
    m = _OWN_SUBJECT_BEFORE_CHANGE.search(sentence, a, b)
    return m is not None and bool(_purposes(m.group("flow"), "en"))


# Korean: people "put in" ("투입"), "placed" ("배치") or "dispatched" ("파견") at a building site
# the clause names ("건설 현장에 수백 명이 새로 투입됐다", "약 300명이 건설 현장에 배치돼 있었다",
# "건설 현장 등에 5천여 명이 파견된"): at work there, workers
_KO_BUILDING_SITE = re.compile(r"(?:건설|공사|건축|벌목)\s?현장")
_KO_PUT_IN_AFTER = re.compile(
    r"\s?(?:여\s?)?명\s?(?:가량|정도|안팎|이상|가까이)?(?:이|을)\s(?:[^\s,.]+\s){0,3}?(?:투입|배치|파견)"
)
# the people a figure counts, then the verb that sent them and "more" of a noun ("1만2천명을
# 보냈으며 추가 병력이 곧 도착할 것"): the figure counted that noun too
_KO_MORE_OF_AFTER = re.compile(
    r"\s?(?:여\s?)?명\s?(?:가량|정도|안팎|이상|가까이)?(?:을|이)\s(?:[^\s,.]+\s){0,2}?"
    r"[^\s,.]+(?:으며|며|고),?\s(?:[^\s,.]+\s)?추가\s?(?P<noun>[가-힣]+)"
)

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


# Korean: the figure, its counter, then "일하고"/"일하는" a few words on, as the subject of the
# verb ("수백 명이 하산 인근 휴양소에서 일하고 있다", "수만 명이 일하고 있다는 추정"); not "일하러"
# (going to work: the purpose of a trip); or people an employer took on, as the subject of
# "고용됐다" or the object of "고용했다" ("주민 300여 명이 새로 고용됐다", "500명을 고용했다")
_KO_AT_WORK_AFTER = re.compile(
    r"\s?(?:여\s?)?명\s?(?:가량|정도|안팎|이상|가까이)?"
    r"(?:이\s(?:[^\s,.]+\s){0,5}?(?:일(?:하고|하는|한다|했다|해)|고용(?:됐|되|된))"
    r"|을\s(?:[^\s,.]+\s){0,3}?고용(?:했|한|하))"
)


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
                if u.key != "persons" and u.end <= n.start
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
                    and n.start - u.end < 40
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


_THE_COUNTRY = {
    "en": re.compile(r"\b(?:in|into|to)\s+the\s+country\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:в\s+стран[еу]|в\s+нашей\s+стран[еу])(?!\w)", re.I),
}
_BORDER_AFTER = re.compile(r"\w*\s+(?:border|frontier)\b", re.I)
_BORDER_BEFORE = re.compile(r"(?<!\w)границ\w*\s+с\s+$", re.I)
# A country that speaks ("Ukraine said", «Украина заявила»): the speaker, not who sends people
_SPEAKS_AFTER = {
    "en": re.compile(
        # "Seoul was reporting", "Kyiv has said": an auxiliary may come first
        r"(?:['’]s\s+\w+)?\s+(?:(?:was|is|were|are)\s+(?:saying|claiming|reporting|"
        r"estimating|warning)|(?:has|have|had)\s+(?:said|claimed|reported|estimated|stated|"
        r"told|announced|alleged|warned)|said|says|claimed|claims|reported|reports|estimated|"
        r"estimates|believes|stated|told|announced|alleged|alleges|warned)\b",
        re.I,
    ),
    "ru": re.compile(
        r"\s+(?:заявил\w*|сообщил\w*|утвержда\w+|счита\w+|оценива\w+|сообщает|сообщают)",
        re.I,
    ),
}

# "China and Russia", "Китай и Россия": two countries named as one place (a bare comma is not
# enough: in Chinese and Korean it separates clauses)
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|и|или|和|及|与|與|、|및|과|와)\s*$", re.I)


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


# "对朝鲜…的担忧", "對北韓…的疑慮": a country as what a concern, a doubt or a criticism is about
# (not "对俄派遣劳务": the verb after it makes "对" a direction)
_ZH_TOWARD_ATTITUDE = re.compile(r"[对對]$")
_ZH_ATTITUDE_AFTER = re.compile(
    r"[^，,。；;\d]{0,20}?的(?:疑虑|疑慮|关注|關注|担忧|擔憂|忧虑|憂慮|质疑|質疑|批评|批評|警惕|"
    r"不满|不滿|看法|态度|態度|猜测|猜測|指责|指責)"
)


def _of_things(sentence: str, pos: int, lang: str) -> bool:
    """Whether the words right after a demonym name things ("seafood plants"), no people."""
    seg = " ".join(sentence[pos : pos + 40].split()[:3])
    t = context.thing_after(seg, lang)
    return t is not None and not _units(seg[:t], lang)


_ZH_SEMICOLON = re.compile(r"[;；]")
# "在华朝鲜劳工约10万人,规模远超在俄人数": a place after the figure that is only what the figure
# is compared with (a verb of comparing before it, the count or scale of there after it)
_ZH_COMPARED_BEFORE = re.compile(
    r"(?:远超|遠超|远远超过|遠遠超過|超过|超過|多于|多於|远多于|遠多於|高于|高於|远高于|遠高於|"
    r"少于|少於|低于|低於|不及|相当于|相當於)(?:在|赴|去)?$"
)
_ZH_COMPARED_AFTER = re.compile(r"(?:的)?(?:人数|人數|规模|規模|数量|數量|总数|總數)")


def _countries(
    sentence: str,
    pos: int,
    lang: str,
    clause: tuple[int, int],
    places: list[context.Mention],
    watched: frozenset[str] = frozenset(),
    end: int | None = None,
) -> tuple[str | None, str | None]:
    """(origin, destination) for the number at ``pos`` (ending at ``end``).

    Origin: the nearest mention of nationals ("North Koreans", "граждан КНДР", "북한 주민",
    "朝鲜人"), preferring the clause; else a country after "from"/"из". Destination: a country
    other than the origin, preferring one with a movement cue ("entered Russia", "в Россию",
    "러시아를 방문", "前往俄罗斯"), then the clause, then the sentence.
    """
    in_clause = [p for p in places if clause[0] <= p.start < clause[1]]
    speech: list[tuple[int, int]] = []
    speakers: list[tuple[int, int]] = []
    if len(places) > 1:
        # "..., Chinese education ministry figures show", "the JCS in Seoul said": a clause that
        # names who speaks says neither whose people nor where they went; nationals after its
        # verb are what was said ("the Panel said several hundred DPRK nationals were still
        # working in Equatorial Guinea, and that at least 60 remained in Kuwait")
        found = [c for c in _speech_clauses(sentence, lang) if not c[0] <= pos < c[2]]
        speech = [(a, b) for a, _, b in found]
        speakers = [(a, v) for a, v, _ in found]
    if lang == "en":
        # "A South Korean lawmaker … put the total at 11,000": the nationality of who speaks
        # (not "Fifteen North Korean officials travelled": the figure's own people)
        places = [
            p
            for p in places
            if not (
                p.role == "people"
                and _SPEAKER_NOUN_AFTER.match(sentence, p.end)
                and not (end is not None and 0 <= p.start - end <= 3)
            )
        ]
        in_clause = [p for p in places if clause[0] <= p.start < clause[1]]
    if lang in ("en", "ru") and watched and any(p.key in watched for p in places):
        # "North Koreans toiling in Chinese seafood plants": another country's demonym of
        # things names where the watched people work, not nationals counted
        places = [
            p._replace(role="name")
            if p.role == "people" and p.key not in watched and _of_things(sentence, p.end, lang)
            else p
            for p in places
        ]
        in_clause = [p for p in places if clause[0] <= p.start < clause[1]]
    people = [p for p in in_clause if p.role == "people"] or [
        p for p in places if p.role == "people" and not any(a <= p.start < b for a, b in speakers)
    ]
    # "2 300 граждан Китая и 1 100 граждан КНДР", "2300名越南劳工和1100名朝鲜工人": nationals
    # named right after the number are the people it counts, however close the ones before are
    right_after = (
        [p for p in people if p.start >= end and _NOUN_GAP.fullmatch(sentence, end, p.start)]
        if end is not None
        else []
    )
    origin_m = right_after[0] if right_after else _nearest(people, pos, after_weight=0.5)
    origin = origin_m.key if origin_m else None
    if lang == "zh" and not any(p.role == "people" for p in in_clause):
        # "举行国际学生开学典礼,来自朝鲜的32名留学生": "from" a country in the number's own
        # clause says whose people they are before nationals named in another clause do
        for p in in_clause:
            if p.role != "people" and _ORIGIN_CUE_BEFORE[lang].search(
                sentence[max(0, p.start - 12) : p.start]
            ):
                origin = p.key
                break
    if origin is None:
        for p in places:
            if (
                p.role != "people"
                and _ORIGIN_CUE_BEFORE[lang].search(sentence[max(0, p.start - 12) : p.start])
                # ("on construction sites from Vladivostok to Moscow": a stretch of one country)
                and not (lang == "en" and _FROM_PLACE_TO.match(sentence, p.end))
            ):
                origin = p.key
                break
    if origin is None and lang == "en":
        # "that puts DPRK entries at 1,487": a country's name used as an adjective before the
        # people (or entries) counted is whose they are
        for p in in_clause:
            if p.role != "people" and _ATTRIBUTIVE_NOUN.match(sentence, p.end):
                origin = p.key
                break
    if origin is None:
        # the subject of a sending verb in the clause ("朝鲜已经派遣约1.5万名工人"); Korean puts
        # the verb after the figure ("북한이 이미 6천 명 이상을 보냈다")
        reach = 60 if lang in ("en", "ru") else 20
        for p in in_clause:
            if p.role == "people" or p.start > pos:
                continue
            if lang == "ko" and sentence[p.end : p.end + 1] not in ("이", "가", "은", "는"):
                continue  # the subject carries its particle: "러시아 쿠르스크 지역에" is not one
            if lang in _SPEAKS_AFTER and _SPEAKS_AFTER[lang].match(sentence, p.end):
                continue  # "Ukraine said Pyongyang had sent …": the speaker, not the sender
            if lang in _TOWARD_BEFORE and any(
                _TOWARD_BEFORE[lang].search(sentence, 0, q.start)
                for q in [p, *(q for q in places if q.end == p.start)]
            ):
                continue  # "向俄罗斯库尔斯克州派遣": where they are sent, not the sender
            upto = min(clause[1], p.end + 40) if lang == "ko" else min(pos, p.end + reach)
            if _SEND_VERB[lang].search(sentence[p.end : upto]):
                origin = p.key
                break  # the first country before the verb is its subject
    if (
        origin is None
        and lang in _ABROAD_AFTER
        and _ABROAD_AFTER[lang].search(sentence, clause[0], clause[1])
    ):
        # "North Korea had roughly 100,000 workers abroad", «КНДР держит за рубежом около 100
        # тысяч рабочих»: the country whose people are abroad
        sender = [p for p in in_clause if p.role != "people" and p.end <= pos]
        if sender:
            origin = sender[-1].key
    # "moved close to the Ukrainian border", «к границе с Украиной»: near a country, not into it
    cands = [
        p
        for p in places
        if p.role != "people"
        and p.key != origin
        and not _BORDER_AFTER.match(sentence, p.end)
        # "Ukraine said …": the speaker, not where the people went (unless the people are
        # "in the country": "Russia said … workers in the country")
        and not (
            lang in _SPEAKS_AFTER
            and _SPEAKS_AFTER[lang].match(sentence, p.end)
            and not _THE_COUNTRY[lang].search(sentence)
        )
        and not _BORDER_BEFORE.search(sentence, max(0, p.start - 20), p.start)
        # "김책공업종합대학 출신 연구생": where they come from, not where they went
        and not (lang in _FROM_AFTER and _FROM_AFTER[lang].match(sentence, p.end))
    ]
    if lang in _TRANSIT_AFTER or lang in _TRANSIT_BEFORE:
        # a country passed through is not where they went ("取道中国陆路口岸入境"); but when
        # they went on to "a third country", the one passed through is the only one named (a
        # watched country never is: "经朝鲜")
        onward = _THIRD_COUNTRY.search(sentence) is not None
        cands = [
            p
            for p in cands
            if (onward and p.key not in watched)
            or not (
                (lang in _TRANSIT_AFTER and _TRANSIT_AFTER[lang].match(sentence, p.end))
                or (
                    lang in _TRANSIT_BEFORE
                    and _TRANSIT_BEFORE[lang].search(sentence, max(0, p.start - 4), p.start)
                )
            )
        ]
    if lang == "en":
        # "a U.S. official said", "South Korean intelligence": a country naming who speaks
        cands = [p for p in cands if not _SPEAKER_NOUN_AFTER.match(sentence, p.end)]
    if lang in _ACTOR_AFTER and watched:
        # "as Pyongyang moved workers …", "the closure Pyongyang imposed": a watched country
        # named as the one acting is not where people went
        cands = [
            p
            for p in cands
            if p.key not in watched or not _ACTOR_AFTER[lang].match(sentence, p.end)
        ]
    if end is not None and lang in ("en", "ru"):
        # "… students enrolled … in 2025; in Laos, at least 200 workers arrived": a place past a
        # semicolon after the figure belongs to what the next part says
        # (so does one past "while", «а», «тогда как»: "fewer than 500 entered Mongolia in 2024,
        # while Laos reportedly hosts hundreds")
        cands = [
            p
            for p in cands
            if not (
                p.start >= end
                and (
                    ";" in sentence[end : p.start] or _CONTRAST[lang].search(sentence, end, p.start)
                )
            )
        ]
    if end is not None and lang == "zh":
        # "…持有效工作许可的朝鲜公民为41人;蒙古国和科威特则表示…": a place past a semicolon
        # after the figure belongs to what the next part says, as en "…; in Laos, …" above
        cands = [
            p
            for p in cands
            if not (p.start >= end and _ZH_SEMICOLON.search(sentence, end, p.start))
            and not (
                p.start >= end
                and _ZH_COMPARED_BEFORE.search(sentence, max(end, p.start - 6), p.start)
                and _ZH_COMPARED_AFTER.match(sentence, p.end)
            )
        ]
    if end is not None and lang in _ANOTHER_PART:
        # "在中国沈阳、丹东等地…的朝鲜IT人员约有一千名,另有数十名在老挝": a place past
        # "另有" (and besides) after the figure belongs to the other figure it brings, as en
        # "; in Laos, at least 200" does
        cands = [
            p
            for p in cands
            if not (p.start >= end and _ANOTHER_PART[lang].search(sentence, end, p.start))
        ]
    if lang == "zh":
        # "引發外界對北韓以學生簽證掩護勞工的疑慮": the country a concern or a criticism is
        # about is neither where the people went nor whose they are
        cands = [
            p
            for p in cands
            if not (
                _ZH_TOWARD_ATTITUDE.search(sentence, max(0, p.start - 2), p.start)
                and _ZH_ATTITUDE_AFTER.match(sentence, p.end)
            )
        ]
    if lang == "en":
        # "analysts at Washington think tanks", "matches Seoul's": a city naming who speaks is no
        # place of the flow; nor is where they spoke ("briefing lawmakers in Seoul")
        cands = [
            p
            for p in cands
            if not _SPEAKERS_OF_PLACE.match(sentence, p.end)
            and not _SPOKE_IN_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        ]
    if len(cands) > 1 and end is not None and lang in ("en", "ru"):
        # «не менее 15 тыс. рабочих, в Лаосе — до 1,5 тыс.», "…; * Iran: as many as 300": a
        # place after the figure that labels the next one is that one's
        cands = [
            p for p in cands if not (p.start >= end and _LABELS_NEXT.match(sentence, p.end))
        ] or cands
    if not cands:
        return origin, None
    if len(cands) > 1 and speech:
        cands = [p for p in cands if not any(a <= p.start < b for a, b in speech)] or cands
    cued = [
        p
        for p in cands
        if _DEST_CUE_BEFORE[lang].search(sentence[max(0, p.start - 14) : p.start])
        or _DEST_CUE_AFTER[lang].match(sentence[p.end : p.end + 8])
    ]
    if len(cued) > 1 and end is not None and lang in _IN_RIGHT_AFTER:
        # "300 workers in Kuwait and 150 in the UAE": the place right after a figure is its own
        right = [
            p
            for p in cued
            if p.start >= end and _IN_RIGHT_AFTER[lang].fullmatch(sentence, end, p.start)
        ]
        if right:
            cued = right[:1]
    dest: str | None = None
    dest_m: context.Mention | None = None
    for group in (
        [p for p in cued if clause[0] <= p.start < clause[1]],
        [
            p
            for p in cands
            if clause[0] <= p.start < clause[1]
            and lang == "ko"
            and _KO_PLACE_FRAME.match(sentence, p.end, clause[1])
        ],
        cued,
        [p for p in cands if clause[0] <= p.start < clause[1] and p.role == "place"],
        [p for p in cands if clause[0] <= p.start < clause[1]],
        cands,
    ):
        if group:
            d = dest_m = _nearest(group, pos)
            dest = d.key if d else None
            if d is not None and any(
                o.key != d.key
                and _COUNTRY_LIST_GAP.match(sentence, min(o.end, d.end), max(o.start, d.start))
                for o in cands
                if o.end <= d.start or d.end <= o.start
            ):
                dest = None  # "mostly in China and Russia": which one the figure is is unknown
            break
    if (
        dest is not None
        and lang in _ABROAD
        and _ABROAD[lang].search(sentence, clause[0], clause[1])
        and not any(p.key == dest and clause[0] <= p.start < clause[1] for p in cands)
    ):
        # "在海外的劳工总数约为10万人,其中在中国约5万人": the figure's clause says "abroad";
        # a country named in another clause is a part's, not this figure's
        dest = None
    if (
        dest is not None
        and lang in _WORLD_REGION
        and _WORLD_REGION[lang].search(sentence, clause[0], clause[1])
        and not any(p.key == dest and clause[0] <= p.start < clause[1] for p in cands)
    ):
        # "在中国境内的朝鲜劳工超过3万人,另有数百人分布在中东和东南亚": the figure's clause puts
        # it in a region of several countries; the country of another clause is not its
        dest = None
    if (
        dest is not None
        and lang in _SEVERAL_COUNTRIES
        and _SEVERAL_COUNTRIES[lang].search(sentence, clause[0], pos)
    ):
        # "쿠웨이트, 카타르 등 중동 국가에 북한 노동자 수백 명", "在科威特、卡塔尔等国的朝鲜劳工":
        # the figure is of several countries together, not of the one named nearest
        dest = None
    if (
        lang in ("ko", "zh")
        and origin is None
        and dest is not None
        and dest in watched
        and _ENTERED[lang].search(sentence, clause[0], clause[1])
        and not any(
            p.key == dest and (clause[0] <= p.start < clause[1] or p in cued) for p in cands
        )
    ):
        # "…登記入境者僅百餘人，顯示北韓刻意規避制裁": people who entered, in a clause of their
        # own; the watched country named in another clause, with nothing that sends anyone
        # there, is what that clause is about, not where they entered
        dest = None
    if (
        lang == "ko"
        and origin is None
        and dest is not None
        and dest in watched
        and dest_m is not None
        and dest_m.end <= pos
        and sentence[dest_m.end : dest_m.end + 1] in ("이", "가")
        and _SEND_VERB[lang].search(sentence, dest_m.end, min(len(sentence), dest_m.end + 40))
    ):
        # "북한이 … 병력을 추가로 보낼 가능성이 있다고 보고 있으며, 지난달에는 공병 1천
        # 명가량이 이미 건너간": the watched country that sends, in a clause before the
        # figure's, is where they came from, not where they went
        origin, dest = dest, None
    if origin is None and watched:
        # "朝鲜赴俄留学人员": a watched country named beside a destination sends the people
        home = {p.key for p in places if p.role != "people" and p.key in watched and p.key != dest}
        if len(home) == 1:
            origin = home.pop()
    return origin, dest


# a region of several countries ("중동", "东南亚"), named as where a figure's people are (in
# Chinese after "in", "to": "分布在中东", not the name "非洲复兴纪念碑")
_WORLD_REGION = {
    "ko": re.compile(r"중동|동남아|아프리카|유럽|중앙아시아|남아시아|동유럽|중남미|걸프"),
    "zh": re.compile(
        r"(?:在|于|於|到|赴|往|至)(?:中东|中東|东南亚|東南亞|非洲|欧洲|歐洲|中亚|中亞|南亚|南亞|"
        r"东欧|東歐|拉美|拉丁美洲|海湾|海灣)"
    ),
}
# "…등 중동 국가에", "…等国": a list of countries the figure's clause sends people to together
# "…추정했고, 적도기니 건설 현장에는 200명 안팎이": a country (with a word or two of the site)
# as its clause's place topic, "there", sets where the clause's figure is
_KO_PLACE_FRAME = re.compile(r"(?:\s[가-힣]+){0,2}?(?:에는|에서는)\s")


# (or a region they lie in: "라오스·베트남 등 동남아시아에는"; or how many they are: "적도기니,
# 세네갈 등 아프리카 최소 8개국에서 … 일하고 있다")
_SEVERAL_COUNTRIES = {
    "ko": re.compile(
        r"\s등\s?(?:[가-힣]{1,4}\s?)?(?:(?:국가|나라|지역|동남아시아|동남아|중앙아시아|중동|"
        r"아프리카|동유럽|유럽)(?:들)?(?:에|으로|로)|(?:최소|적어도|약)?\s?\d+\s?개\s?(?:국가|국|나라)"
        r"(?:에서|에|으로|로))"
    ),
    "zh": re.compile(r"等(?:[\u4e00-\u9fff]{1,3})?(?:国家|國家|地区|地區)|等(?:国|國)"),
}


def _to_several_countries(c: Claim, s: _Sentence, lang: str) -> bool:
    """Whether the figure's own clause sends its people to several countries ("라오스·베트남 등
    동남아시아에는 수백 명"): then not to the one the article named before."""
    r = c.span[0] - s.s0
    rx = _SEVERAL_COUNTRIES.get(lang)
    return rx is not None and rx.search(s.text, max(0, s.text.rfind(",", 0, r)), r) is not None


_SPOKE_IN_BEFORE = re.compile(
    r"\b(?:briefing|briefed|told|telling|addressing|addressed)\s+(?:\w+\s+){0,2}in\s+$|"
    r"\b(?:said|says|told\s+reporters)\s+in\s+$",
    re.I,
)
_FROM_PLACE_TO = re.compile(r"\s+to\s+(?-i:[A-Z])")
_SPEAKERS_OF_PLACE = re.compile(
    # ("That estimate matches Seoul's,", "Kyiv's military intelligence": whose estimate)
    r"['’]s\s*[,;.]|['’]s\s+(?:military\s+|national\s+|defen[cs]e\s+|foreign\s+)?"
    r"(?:intelligence|government|officials?|ministry|estimate|spy\s+agency|spies|embassy)\b|"
    r"(?:\s+|-)(?:think[\s-]tanks?|based\b|officials?\b|analysts?\b|researchers?\b|"
    r"diplomats?\b|lawmakers?\b)",
    re.I,
)
_ATTRIBUTIVE_NOUN = re.compile(
    r"\s+(?:entries|arrivals|crossings|visitors|citizens|nationals|workers|labou?rers|students|"
    r"troops|soldiers|passport\s+holders)\b",
    re.I,
)
# Between a number and the noun it counts: spaces, a counter, a possessive particle
_NOUN_GAP = re.compile(r"[\s\u00a0]{0,2}(?:名|명|人|명의)?[\s\u00a0]{0,2}")


# "Число граждан КНДР, въехавших … с целью работы, достигло максимума … — 4,1 тыс.": a sentence
# that opens with "the number of" gives its first figure that number
_NUMBER_OF_OPENS = {
    "en": re.compile(r"\s*(?:\S+\s+){0,3}?the\s+number\s+of\s", re.I),
    "ru": re.compile(r"\s*(?:\S+\s+){0,3}?(?:число|количество)\s", re.I),
}

# "estimated the number of North Korean workers … at 13,000 people", «оценивала число рабочих
# из КНДР … в 13 тысяч человек»: the figure is the number named, whatever noun follows it
_ESTIMATED_NUMBER_AT = {
    "en": re.compile(
        r"\b(?:estimat\w*|put|puts|putting|placed|places|pegged|pegs)\s+(?:[^\s.;]+\s+){0,2}?"
        r"the\s+number\s+of\s[^.;]{0,160}?\bat\s+(?:[a-z]+\s+){0,3}$",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)оцени\w*\s+(?:[^\s.;]+\s+){0,2}?(?:число|количество|численность)\s[^.;]{0,160}?"
        r"(?<!\w)в\s+(?:[а-яё]+\s+){0,3}$",
        re.I,
    ),
}


def _subject_reading(
    sentence: str, lang: str, nums: Sequence[_Num], x: _Num, unit: str | None, purpose: str
) -> tuple[str | None, str]:
    """(unit, purpose) of a predicate figure, read from the subject before it when its own words
    say less: a specific counted noun ("студентов") over "человек", a purpose ("с целью учебы")
    over none. Only words after the previous figure count (they belong to this one)."""
    lo = max((o.m.end for o in nums if o.m.end <= x.m.start and o is not x), default=0)
    if unit in (None, "persons"):
        # the head noun of the subject ("число въездов", "the number of students"); visas or
        # companies named inside it ("по деловым визам") are not what is counted
        specific = [
            u
            for u in _units(sentence, lang)
            if lo <= u.start and u.end <= x.m.start and u.key in _SUBJECT_UNITS
        ]
        if specific:
            unit = specific[0].key
            purpose = context.unit_purpose(unit, lang) or purpose
    if purpose == "total":
        before = [p for p in _purposes(sentence, lang) if lo <= p.start and p.end <= x.m.start]
        if before:
            purpose = before[-1].key
    return unit, purpose


_NUMBER_IN = re.compile(r"\d")
_YEARS_IN = re.compile(r"\b(?:19|20)\d\d\b")
# right before a figure: "이 중 약", "그 가운데", "其中约": a part of the figure before it
_PART_OF_BEFORE = re.compile(
    r"(?:이|그)\s?(?:중|가운데)(?:에서)?\s*(?:약|대략|최소|최대)?\s*$|其中\s*(?:约|約|有|近)?\s*$"
)
# Korean dates and periods between a subject and its figure ("1~6월에만", "2025년"): not figures
# (and a change stated between the noun and its figure: "종업원은 지난해보다 40% 줄어든 120명",
# "工人比去年减少30%,为800人")
# digits glued to a word are part of a name, not a figure ("코로나19 이전인", "COVID-19")
_NAME_DIGITS = re.compile(r"(?<=[A-Za-z가-힣])-?\d+(?![\d,.]|\s?[명건만천백억%배년월일])")
_KO_DATES = re.compile(
    r"\d+\s?(?:[~∼-]\s?\d+\s?)?(?:월|년|일|분기)|\d+(?:\.\d+)?\s?(?:%|％|퍼센트|배|倍)"
)
# "2,400 out of the 3,900 North Koreans", "из 2,1 тыс. северокорейцев": the whole, not a part
_OUT_OF_BEFORE = {
    # not "a total of 1,704": that is the figure, not the whole a part is taken from
    "en": re.compile(
        r"\b(?:out\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?|of\s+(?:the|all(?:\s+the)?)\s+)$", re.I
    ),
    "ru": re.compile(r"(?<!\w)из\s+(?:общего\s+числа\s+|в\s+общей\s+сложности\s+)?$", re.I),
}
# «группа туристов из 20 человек», «делегация из 12 человек»: what a group is made of is the group
# itself, the figure, not a whole a part is taken from
_GROUP_OF = re.compile(r"(?<!\w)(?:групп|делегаци|бригад)\w*\s+(?:[^\s\d,;.]+\s+){0,3}из\s+$", re.I)
# Korean and Chinese put "out of" after the whole: "주민 5천812명 가운데 학업 목적은…", "5000人中"
_OUT_OF_AFTER = {
    # "입국 7천152건 중 '유학'이 4천9건": cases (건) are a whole too
    "ko": re.compile(r"\s?(?:여\s?)?(?:명|건)\s?(?:가운데|중에서|중에|중)(?![가-힣])"),
    "zh": re.compile(r"(?:多|余|餘)?(?:名|人次|人)(?:当中|當中|之中|中)"),
}
# ... a purpose verb that modifies the whole right before it ("러시아에 파병한 1만 명 중",
# "派往俄罗斯务工的3000人中") says what the whole is: the purpose is the whole's own, and the
# part after "out of" is only a share of it
_MODIFIED_WHOLE = {
    # ("'교육' 목적 입국자 5천 명 가운데": the purpose of the entrants the whole counts)
    "ko": re.compile(
        r"(?:(?:한|된|했던|됐던|되었던|하는|되는)\s|['’\"]?\s?목적\s?(?:의\s?)?(?:입국자|입국\s?인원)\s?)"
        r"(?:약|총|모두|최소|최대)?\s?"
    ),
    # ("以学习名义入境的3765人中", "以“学习”为目的入境的…人中": the purpose stated as the
    # entrants' title or aim, then their verb of coming)
    "zh": re.compile(
        r"(?:[」”\"』]?\s?(?:名义|名義|为目的|為目的|身份)[^\d,，。；;、的]{0,8})?"
        r"的(?:约|近|逾|超过|超過|共)?"
    ),
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
    r"\s+(?:(?:cited|given|listed|named|declared|stated)\s+)?(?:for|at|in)\s+"
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
    "zh": re.compile(r"\s*(?:而|但|但是|然而|相比之下)?\s*"),
}
_PERIOD_SUBJECT_GAP = {
    "ko": re.compile(r"(?:에는|에도|엔|은|는|에)?\s?(?:약|겨우|불과|단|고작)?\s?"),
    "zh": re.compile(
        r"(?:则|則|仅|僅|只|也|却|卻)?(?:有|为|為|是|达|達)?(?:约|約|近|仅|僅)?(?:有|为|為)?"
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
_COST_BEFORE = {
    "en": re.compile(
        r"\b(?:cost|costs|costing|paid|pays|charge|charges|charged)\s+"
        r"(?:(?:about|some|roughly|around|nearly|almost|just)\s+)?$",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:стоят|стоит|стоили|обходятся|обходится|обходились)\s+"
        r"(?:(?:примерно|почти|около)\s+)?(?:на\s+)?$",
        re.I,
    ),
}
_ABROAD_RIGHT_AFTER = {
    "en": re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:abroad|overseas)\b", re.I),
    "ru": re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:за\s+рубежом|за\s+границей)(?!\w)", re.I),
}
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
        if (
            len({p.key for p in before}) == 1
            and not (
                # (the bare clause follows a subject with no figure of its own)
                _ZH_BARE_FIGURE_OPENS.fullmatch(sentence, clause[0], n_start)
                and _NUMBER_IN.search(sentence, prev, clause[0])
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


# Chinese: "the DPRK side" ("朝方派出", "朝方提交"), the diplomatic register's name for the
# country facing another (see _Article._countries)
_KP_SIDE_ZH = "朝方"
# Chinese: a clause opening on "in all" ("共计约230人"): a sum of what the clause before counts
_SUM_OPENS_ZH = re.compile(r"\s*(?:共计|共計|总计|總計|合计|合計|一共|累计|累計)")
# Chinese: "mostly" after a purpose ("以学习为目的者居多", "以务工为主"): that purpose is the
# larger part of a count, so a sum after it ("总计不到6000人次") counts them all
_MOSTLY_ZH = re.compile(r"居多|为主|為主|占多数|佔多數|占大多数|佔大多數|占绝大多数|佔絕大多數")
# Chinese: a clause that names only when, then the figure ("去年全年仅有数十人"): its subject
# is the clause before's
_ZH_BARE_FIGURE_OPENS = re.compile(
    r"\s*(?:(?:今年|去年|前年|全年|同期|上半年|下半年|前三季度|(?:19|20)\d\d\s*年|"
    r"[一二三四五六七八九十\d]{1,2}\s*月)\s*)+"
    r"(?:仅有|僅有|仅|僅|只有|约有|約有|约|約|共有|有|达|達|为|為|超过|超過|逾|近|不到|不足)?\s*"
)
# Chinese: a clause opening on "and not" ("而非此前公布的2980人"): another figure for the same
# count, the one a correction or a denial sets aside
_INSTEAD_OPENS_ZH = re.compile(r"\s*(?:而非|而不是|並非|并非|而并非|而並非)")
# Korean: the gap between a quoted purpose and its figure ("'업무' 목적 5천명", "유학 목적으로
# 900명")
_PURPOSE_WORD_GAP = re.compile(r"['’\"”]?\s?목적(?:으로|은|는|이|의)?\s?")


# "러시아에도 … 200명", "在老挝也有数十名": a place "too", after another the article named
_ALSO_THERE_AFTER = {
    "ko": re.compile(r"(?:에도|에서도)(?![가-힣])"),
    "zh": re.compile(r"也(?:有|在)"),
}
# "另有数十名在老挝", "이 밖에 라오스에 수십 명": another part of what is counted, the place
# after it its own (see _countries)
_ANOTHER_PART = {
    "ko": re.compile(r"이\s?밖에|그\s?밖에"),
    "zh": re.compile(r"另有|另外还有|另外還有"),
}
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
        and not (p.kind == "previous" and any(0 <= p.start - b <= 3 for _, b in figures))
    ]
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
            and _VERSUS_BEFORE[lang].search(sentence, max(0, a - 30), a)
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


_FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"％": "%"})
_FW_POINT = re.compile(r"(?<=[0-9０-９])[．，](?=[0-9０-９])")
_FW_DIGIT = re.compile(r"[０-９]")


def _fullwidth_digits(text: str) -> str:
    """Full-width digits, percent sign and (between digits) decimal point and thousands comma as
    ASCII, one character for one."""
    if not _FW_DIGIT.search(text):  # one regex pass: most text has none
        return text
    text = _FW_POINT.sub(lambda m: "." if m.group() == "．" else ",", text)
    return text.translate(_FULLWIDTH)


def extract_claims(
    text: str,
    *,
    lang: str = "auto",
    doc_date: date | None = None,
    doc_id: str = "doc",
    scope: Collection[str] | None = None,
) -> list[Claim]:
    """Every numeric claim in ``text``.

    ``lang``: en/ru/ko/zh or "auto" (by script). ``doc_date`` resolves "last year", "this quarter".
    ``scope``: the origin countries whose nationals' flows are claims (default from
    ``vocab/filters.yaml``: KP); pass an empty collection to keep flows of every nationality.
    Spans and sentence spans are exact offsets into ``text``.
    """
    if lang == "auto" or lang not in _LANGS:
        lang = detect_lang(text)
    if lang in ("ko", "zh"):
        # full-width digits ("２０２４年", "８．２万"): read as ASCII; the mapping is one character
        # to one, so every span stays an exact offset into the original text
        norm = _fullwidth_digits(text)
        if norm != text:
            found = extract_claims(norm, lang=lang, doc_date=doc_date, doc_id=doc_id, scope=scope)
            return [
                dataclasses.replace(
                    c,
                    sentence=text[c.sentence_span[0] : c.sentence_span[1]],
                    text=text[c.span[0] : c.span[1]],
                )
                for c in found
            ]
    watched = context.scope_origins() if scope is None else frozenset(scope)
    # one pass of the number gate over the whole text, then a lookup per sentence: most
    # sentences of an article hold no number, and one scan is cheaper than one per sentence
    low = lexicon.lowered(text) if _PREFILTER[lang].flags & re.IGNORECASE else None
    if low is not None:
        hits = [m.start() for m in _PREFILTER_LOW[lang].finditer(low)]
    else:
        hits = [m.start() for m in _PREFILTER[lang].finditer(text)]
    if not hits:
        return []
    claims: list[Claim] = []
    article = _Article(lang)
    kozh = article.kozh
    # Korean/Chinese press releases: a heading line ("□ 2024년 북한 주민 러시아 입국 현황")
    # frames the bulleted lines under it ("○ 총 입국자: 13,221명")
    frame: tuple[str | None, str | None, str | None] | None = None
    # the sentence before and whether it gave figures (see _NUMBER_OF)
    before: tuple[int, int] | None = None
    before_found = False
    before_retracted = False  # the sentence before was a correction that retracted its figures
    for k, (s0, s1) in enumerate(split_sentences(text)):
        if lang in _HOW_MANY and _QUESTION_END.search(text, max(s0, s1 - 3), s1):
            article.asked(k, text[s0:s1], watched, doc_date)
        elif (
            before is not None
            and not before_found
            and lang in _NUMBER_OF
            and _ANSWER_OPENS[lang].match(text, s0, s1)
            and (before_retracted or _NUMBER_OF[lang].search(text, *before))
        ):
            # "…misstated the number of North Koreans who entered Russia for study in the first
            # nine months of 2024. It was 5,120.": the figure answers the number named (looked
            # for only after an answer's opening, not in every sentence); so does the right
            # figure after a correction ("An earlier version said 1,340 North Koreans entered
            # Russia for work in 2024. The correct figure is 134.")
            article.asked(k - 1, text[before[0] : before[1]], watched, doc_date, True)
        prev, prev_found = before, before_found
        before, before_found, before_retracted = (s0, s1), False, False
        if kozh:
            frame = _heading_frame(text[s0:s1], lang, doc_date, watched, frame)
        i = bisect.bisect_left(hits, s0)
        if i == len(hits) or hits[i] >= s1:
            continue
        sentence = text[s0:s1]
        sames = [m.span() for m in _SAME_PERIOD[lang].finditer(sentence)]
        back = _REFER_BACK[lang].search(sentence) if article.origin or article.period else None
        if (
            back is not None
            and back.groupdict().get("they")
            and any(
                p.role == "people" and p.start >= back.end()
                for p in context.places_in(sentence, lang)
            )
        ):
            # "이들 중 상당수가 학생 비자로 입국했으며, 현재 … 북한 노동자는 1만 3천여 명": a
            # later clause that names its people counts them, not a part of those before
            back = None
        answer = article.asked_at == k - 1  # to "How many North Koreans …?"
        # a table written out after a figure («Учеба — 7 887; работа — 2»): its parts
        table = (
            article.count is not None
            and lang in _TABLE_LINE
            and _TABLE_LINE[lang].match(sentence) is not None
            and any(p.start < 20 for p in _purposes(sentence, lang))
        )
        info: dict[int, str] = {}
        baselines: set[int] = set()
        relative: dict[int, int] = {}
        found = _sentence_claims(
            sentence,
            s0,
            lang,
            doc_date,
            doc_id,
            watched,
            follow_up=bool(
                back
                or answer
                or table
                or (sames and article.period)
                # "For comparison: in Q2 last year there were 4,890": set against the figure
                # just given, so counting what it counted
                or (article.count is not None and _FOR_COMPARISON[lang].match(sentence))
            ),
            info=info,
            # (the period a question just asked about, for its answer)
            carried_period=article.asked_period
            if answer and article.asked_period
            else article.period,
            baselines=baselines,
            relative=relative,
            # a comparison after a breakdown ("이 가운데 … 관광 목적은 38명. 이는 … 3배") is
            # about the total, not the last part
            # (nor, after a sentence that listed several purposes' figures, the last one's)
            carried_purpose=article.purpose
            if kozh and not article.part and len(article.purposes_before) <= 1
            else None,
            # (a sentence without figures may stand between: «Данные опубликованы в разделе
            # 2.5.1 ЕМИСС. Показатель первого квартала стал максимальным с 2019 года.»)
            record_back=(
                article.period_at == k - 1
                or (k >= 2 and article.period_at == k - 2 and article.read_at == k - 2)
            )
            and _record_only(sentence, lang),
            frame=frame if frame is not None and _BULLET.match(sentence) else None,
        )
        if found and lang == "ko" and any(c.unit == "troops" and c.period for c in found):
            found = _strength_said_when(sentence, s0, found)
        if found and lang in _PERIOD_CORRECTED:
            found = _period_corrected(sentence, found, lang, doc_date)
        if found:
            retracted = _retracted(sentence, lang) if lang in _RETRACTS else ()
            # a retracted figure is not a claim, but the flow it was said of is the one the
            # correction goes on to give right («…прибыли 4 тыс. граждан КНДР. На самом деле
            # речь идет о 400 студентах»): the article reads it, then drops it
            wrong = [c for c in found if _overlaps(c.span[0] - s0, c.span[0] - s0 + 1, retracted)]
            # (its own figure for any number it named, unless the correction retracted them all)
            before_found = len(wrong) < len(found)
            before_retracted = not before_found
            fixed = _PERIOD_FIXED.get(lang)
            moved = fixed.search(sentence) if fixed is not None and wrong else None
            read = [
                c
                for c in article.read(
                    _Sentence(k, sentence, s0, back, sames, info, baselines, table, relative),
                    found,
                )
                if moved is not None or not any(c.span == w.span for w in wrong)
            ]
            if moved is not None:
                # "An earlier version said 13,221 … in 2023; that figure refers to 2024": the
                # figure stands, at the period the correction gives
                right = find_periods(moved.group("p"), lang, doc_date)
                label = next((p.label for p in right if p.label), None)
                if label is not None and article.period_at == k:
                    article.period = label
                read = [
                    dataclasses.replace(c, period=label)
                    if any(c.span == w.span for w in wrong)
                    else c
                    for c in read
                ]
            purposes = {w.purpose for w in wrong if w.purpose not in (None, "total")}
            if len(purposes) == 1:
                # "유학 목적으로 … 입국한 북한 주민을 '2천 310명'으로 보도했으나 … '1천 230명'이
                # 맞아": the right figure counts the flow the wrong one was said of
                (p,) = purposes
                read = [
                    dataclasses.replace(c, purpose=p)
                    if c.purpose == "total"
                    and any((w.origin, w.destination) == (c.origin, c.destination) for w in wrong)
                    else c
                    for c in read
                ]
            units = {w.unit for w in wrong if w.unit not in (None, "persons")}
            if len(units) == 1 and lang == "ko":
                # "북한 공병 인원을 '1만 명'으로 잘못 표기했기에 '1천 명'으로 바로잡습니다": the
                # right figure counts what the wrong one counted (troops, not bare people)
                (u,) = units
                read = [
                    dataclasses.replace(c, unit=u)
                    if c.unit == "persons"
                    and any((w.origin, w.destination) == (c.origin, c.destination) for w in wrong)
                    else c
                    for c in read
                ]
            if prev is not None and not prev_found and any(c.origin is None for c in read):
                read = _people_named_before(read, text[prev[0] : prev[1]], lang, watched)
            if (
                lang == "ko"
                and prev is not None
                and _comparison_said_on(claims, read, prev, s0, text)
            ):
                # "…1만3천 명을 넘어섰습니다. 전년 대비 12배입니다.": said of that figure
                claims[-1] = dataclasses.replace(claims[-1], comparison=read[0].comparison)
                read = []
            claims.extend(read)
        elif lang in _NAMES_QUARTER and _NAMES_QUARTER[lang].search(sentence):
            article.named_quarter(sentence, doc_date)
    return claims


def _comparison_said_on(
    claims: list[Claim], read: list[Claim], prev: tuple[int, int], s0: int, text: str
) -> bool:
    """A Korean sentence that only compares, names nothing of its own and goes on in the same
    paragraph from a sentence with one figure, is said of that figure: "지난해 … 북한 주민이
    1만3천 명을 넘어섰습니다. 전년 대비 무려 12배입니다." is one claim (13,000, twelve times
    the year before). Not across a paragraph break (an article's next paragraph, "이는 전년의
    12배다", stands as a claim of its own), nor when it counts other people or another period."""
    if len(read) != 1 or not claims or "\n" in text[prev[1] : s0]:
        return False
    c, last = read[0], claims[-1]
    sentence = text[c.sentence_span[0] : c.sentence_span[1]]
    if c.attribution is not None or _KO_THIS_IS.search(sentence) or _units(sentence, "ko"):
        # a sentence with a subject of its own ("이는 전년의 3배", "당국은 … 노동자 수가 20%
        # 늘었다고 밝혔다") is a claim of its own
        return False
    if (
        c.quantity is not None
        or c.comparison is None
        or c.comparison.kind not in ("ratio", "percent_change")
        or last.quantity is None
        or last.comparison is not None
        or last.sentence_span != prev
        or sum(1 for x in claims if x.sentence_span == prev) != 1
    ):
        return False
    # (with no noun of its own the comparison counts "persons": "…노동자는 2천 명 정도입니다.
    # 전년보다 40% 늘어난 셈이죠")
    return c.unit in (last.unit, "persons") and (c.origin, c.destination, c.purpose, c.period) == (
        last.origin,
        last.destination,
        last.purpose,
        last.period,
    )


# "이는", "그것은", "이 수치는": "this", the subject of a sentence said of a figure before it
_KO_THIS_IS = re.compile(
    r"(?<![가-힣])(?:이|그|이것|그것|이\s?(?:수치|숫자|규모))(?:는|은)(?![가-힣])"
)


# "HUR은 지난달 북한군 병력이 1만2천 명에 이른다고 주장했다": a time word, then only the
# troops as the subject, then a strength in the present ("이른다", "달한다") that is reported:
# the time is when it was said, not when troops went (a deployment has its verb: "지난달 …
# 보낸", "지난달 … 파병된")
_KO_STRENGTH_WHEN = re.compile(r"(?<![가-힣])(?:지난달|지난주|이달|이번\s?달)\s")
_KO_STRENGTH_SUBJECT = re.compile(
    r"[^\d,.]{0,16}?(?:병력|북한군|군인|병사)\s?(?:규모)?(?:이|가|은|는)\s(?:약\s|최대\s)?"
)
_KO_STRENGTH_SAID = re.compile(
    r"\s?(?:여\s?)?명\s?(?:에|을|를)?\s?(?:이른다|달한다|넘는다|육박한다|웃돈다)\s?(?:고|며)"
)


def _strength_said_when(sentence: str, s0: int, found: list[Claim]) -> list[Claim]:
    """A troop strength reported in the present after a time word that dates the report (see
    _KO_STRENGTH_WHEN) has no period of its own."""
    out = []
    for c in found:
        a, b = c.span[0] - s0, c.span[1] - s0
        if c.unit == "troops" and c.period and _KO_STRENGTH_SAID.match(sentence, b):
            when = list(_KO_STRENGTH_WHEN.finditer(sentence, 0, a))
            if when and _KO_STRENGTH_SUBJECT.fullmatch(sentence, when[-1].end(), a):
                c = dataclasses.replace(c, period=None)
        out.append(c)
    return out


def _people_named_before(
    claims: list[Claim], before: str, lang: str, watched: frozenset[str]
) -> list[Claim]:
    """Claims whose sentence names no nationals, read as counting the watched nationals the
    sentence before named without a figure ("Photo: North Korean labourers wait at the bridge at
    Khasan. About 200 workers crossed that day."; «График: въезды граждан КНДР в Россию. В 2025
    году — почти 16 тыс. пересечений границы»). Looked at only when such a claim is found."""
    people = {p.key for p in context.places_in(before, lang) if p.role == "people"}
    if len(people) != 1 or not people <= watched:
        return claims
    key = people.pop()
    return [
        dataclasses.replace(c, origin=key)
        if c.origin is None and c.unit in _PEOPLE_UNITS and c.destination != key
        else c
        for c in claims
    ]


_PEOPLE_UNITS = frozenset({"persons", "workers", "students", "troops", "entries"})


# a sentence with no figure of its own that names a quarter ("FSB border stats for Q3 2025 are
# out."): the quarter a later "in the quarter", «за квартал» is about
_NAMES_QUARTER = {
    "en": lexicon.Caseless(r"\bq[1-4]\b|quarter"),
    "ru": lexicon.Caseless(r"квартал"),
}


_HEADING = re.compile(r"\s*[□■◆◇]")
# "the same year" ("같은 해", "同年"): the year of the sentence before
_SAME_YEAR: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?!)"),
    "ru": re.compile(r"(?!)"),
    # (not "그 해외 노동자": "that overseas"; the year word stands alone or takes a particle)
    "ko": re.compile(r"(?:같은\s?해|그\s?해)(?=\s|[에의는도,]|$)"),
    "zh": re.compile(r"同年|同一年"),
}
# A line that goes on with a table's cells ("｜去年同期合计 6,540｜", "― 4분기 2,650 / …")
_TABLE_GOES_ON = re.compile(r"\s*[｜|―—]")
_BULLET = re.compile(r"\s*[○◦ㅇ∘•·]\s|\s*[-–]\s")
# A list's line for the whole or the rest ("• 合计:…", "• 其他:…", "○ 전체 …"): not more of
# what the line before counted
_LIST_TOTAL_OR_OTHER = re.compile(
    r"합계|총계|전체|기타|合计|合計|总计|總計|共计|共計|总数|總數|其他|其它|全部|所有|外国|外國"
)


def _heading_frame(
    line: str,
    lang: str,
    doc_date: date | None,
    watched: frozenset[str],
    frame: tuple[str | None, str | None, str | None] | None,
) -> tuple[str | None, str | None, str | None] | None:
    """The frame (period, origin, destination) a heading line ("□ 2024년 북한 주민 러시아 입국
    현황") sets for the bulleted lines under it, when it names exactly one resolved period and
    both countries of the flow; a bullet keeps the frame, any other line ends it. A bullet's
    figure takes the frame's period only when its line names none, and its countries only when
    it names neither."""
    if _BULLET.match(line):
        return frame
    if not _HEADING.match(line):
        return None
    labels = {p.label for p in find_periods(line, lang, doc_date)}
    if len(labels) != 1 or None in labels:
        return None  # none, several or an unresolved one: nothing safe to carry
    places = context.places_in(line, lang)
    origin, dest = _countries(line, len(line), lang, (0, len(line)), places, watched)
    if origin is None or dest is None or (watched and origin not in watched):
        return None
    return (labels.pop(), origin, dest)


@dataclasses.dataclass(frozen=True)
class _Sentence:
    """One sentence of an article, as the document context needs it."""

    k: int  # its number in the document
    text: str
    s0: int  # its offset in the document
    back: re.Match[str] | None  # the word that points back ("of them", "그중"), if any
    sames: list[tuple[int, int]]  # "the same period" marks
    info: dict[int, str]  # how the sentence gave each figure's period (see _context_period)
    baselines: set[int]  # the starts of the figures that are a comparison's baseline
    table: bool = False  # a table written out: «Учеба — 7 887; работа — 2»
    # per figure start, the years its comparison's baseline lies before the figure's period,
    # when the sentence left that period to the article ("전년의 절반": -1)
    relative: dict[int, int] = dataclasses.field(default_factory=dict)


# a figure's clause that says its year is a whole one ("the whole-year total", «за весь 2019 год»)
_WHOLE_YEAR_OWN = lexicon.Caseless(
    r"\b(?:whole|full|entire)[\s-]+year|(?<!\w)(?:весь|целый)\s+(?:(?:19|20)\d\d\s+)?год"
)
# a baseline a year before the figure's period, whatever that period is ("from the same period
# a year earlier", «к аналогичному периоду прошлого года»)
_YEAR_BEFORE_REL = re.compile(
    r"\b(?:the\s+)?same\s+(?:period|months|quarter)\s+(?:a\s+year\s+(?:earlier|before|ago)|"
    r"(?:of\s+)?(?:last|the\s+previous)\s+year)|\ba\s+year\s+(?:earlier|before|ago)|"
    r"(?:тем\s+же|тому\s+же|аналогичн\w+)\s+период\w*\s+(?:прошлого|предыдущего)\s+года|"
    r"годом\s+(?:ранее|раньше)",
    re.I,
)


# a Chinese sentence opening on "that body" or "that official" ("该研究院报告指出", "該官員又指",
# "据该机构统计"), or on "the report" and its verb ("报告称,…", "報告又估計,…" after
# "…发布首份报告称"): the source the article named before
_THAT_BODY_ZH = re.compile(
    r"\s*(?:(?:另据|另據|据|據|根据|根據)?\s*(?:该|該)\s*"
    r"(?:研究院|研究所|研究中心|机构|機構|部门|部門|智库|智庫|官员|官員|负责人|負責人|报告|報告)"
    r"|(?:报告|報告)(?:还|還|又|并|並)?(?:称|稱|指出|估计|估計|显示|顯示|认为|認為))"
)


# right after a figure: ",而2019年为…" (another year's figure set beside it)
_YEAR_BESIDE_ZH = re.compile(
    r"[^\d，,。；;]{0,4}[，,]\s*(?:而|但)\s*(?:19|20)\d\d\s*年(?:全年)?\s*(?:则|則)?\s*(?:为|為|有|仅|僅)"
)


@dataclasses.dataclass
class _Article:
    """What an article has said so far, carried from figure to figure (the document context).

    An article names a flow once and then gives its figures: a later figure may take the
    countries, period, noun and purpose of the one before, under the rules of each reader below
    (docs/claims-check.md). Korean and Chinese articles follow rules of their own in places
    (``kozh``): they list breakdowns after a total and carry the destination more often.
    """

    lang: str
    origin: str | None = None  # the countries of the last figure that named an origin
    dest: str | None = None
    period: str | None = None  # the period of the figure before (the article's frame)
    sub: str | None = None  # the last period finer than a year ("2024-Q3")
    period_at: int = -2  # the sentence (by number) of the figure that gave ``period``
    own_at: int = -2  # likewise, but only set by this sentence's own main figure
    purpose: str | None = None  # the purpose of the figure that gave ``period``
    unit: str | None = None  # and its noun
    part: bool = False  # the figure that gave ``period`` is a part of a total before it
    count: tuple[str | None, str | None] | None = None  # (unit, purpose) of the last figure
    # Korean/Chinese: the unit, purpose and destination of the last figure (not a baseline)
    reading: tuple[str | None, str | None, str | None] = (None, None, None)
    dest_before: str | None = None  # ``dest`` as it was before the sentence being read
    # the purposes of the figures the last sentence read (one: the flow it was about)
    purposes_before: frozenset[str | None] = frozenset()
    # the year of the first figure with a period the last sentence read ("같은 해", "同年")
    year_before: int | None = None

    # the period of the figure set against the frame's ("…, down from 2,940 a year before") and
    # its sentence: the baseline of "That is a collapse of 90 percent" in the next sentence
    versus_period: str | None = None
    versus_at: int = -2
    change_at: int = -2  # the last sentence that gave a change with no figure of its own
    asked_at: int = -2  # the sentence (by number) that asked how many of the watched came
    asked_period: str | None = None  # and the one period it asked about, if it named one
    asked_purpose: str | None = None  # and the one purpose
    asked_unit: str | None = None  # and the one people noun
    quarter: str | None = None  # the last quarter the article gave a figure for, or named
    # Korean/Chinese: the last sentence whose figures were only ones "compared with" (an aside
    # between a total and its breakdown)
    aside_at: int = -2
    read_at: int = -2  # the last sentence that gave figures
    # the sentences (by number) that ended in a question mark ("Q. 노동자는요?")
    questions: set[int] = dataclasses.field(default_factory=set)
    # (period, quantity, unit) of each figure that set the article's period, in order: the
    # wider total a part larger than the last one belongs to (see _period)
    totals: list[tuple[str, float, str | None]] = dataclasses.field(default_factory=list)
    bullet_at: int = -2  # Korean/Chinese: the last bulleted line ("• …") that gave figures
    source: str | None = None  # Chinese: who the last sentence with figures named as its source

    @property
    def kozh(self) -> bool:
        return self.lang in ("ko", "zh")

    def asked(
        self,
        k: int,
        sentence: str,
        watched: frozenset[str],
        doc_date: date | None,
        named: bool = False,
    ) -> None:
        """ "How many North Koreans went to Russia last year?": the figure that answers counts
        those nationals, going there, in that period (an explainer's question and answer).
        ``named``: the sentence named "the number of" them instead of asking (see _NUMBER_OF)."""
        lang = self.lang
        if not named:
            self.questions.add(k)
        if not named and not _HOW_MANY[lang].match(sentence):
            if lang in _AND_WHAT_OF and self.origin and (m := _AND_WHAT_OF[lang].match(sentence)):
                # "— А студентов?" after an answer: the same question, of other people
                other = [u.key for u in _units(m.group(1), lang) if u.key in _SUBJECT_UNITS]
                if len(other) == 1:
                    self.asked_at, self.asked_unit, self.asked_period = k, other[0], None
                    self.asked_purpose = context.unit_purpose(other[0], lang)
            return
        places = context.places_in(sentence, lang)
        people = [p.key for p in places if p.role == "people" and (not watched or p.key in watched)]
        # "А сколько из них уже приехало?": of the people the article just counted
        of_them = bool(
            not people
            and self.origin is not None
            and self.count is not None
            and _REFER_BACK[lang].search(sentence)
        )
        if of_them and self.origin is not None:
            people = [self.origin]
        if not people:
            return
        dest = next((p.key for p in places if p.role != "people" and p.key != people[0]), None)
        # (a question about the same people that names no country of arrival keeps the
        # article's: "Сколько северокорейских рабочих сейчас в области?")
        if dest is not None or people[0] != self.origin:
            self.dest = dest
        self.origin, self.asked_at = people[0], k
        spans = {
            (q.start, q.end): label
            # (a day, "Correction, Nov. 18:", dates the text, not the number asked about)
            for label in {
                p.label for p in find_periods(sentence, self.lang, doc_date) if p.kind != "dayonly"
            }
            if label and (q := Period.parse(label))
        }
        # one resolved period (the finest of nested ones: "in the first nine months of 2024")
        # or none: several apart leave the answer's period unknown
        inner = [
            label for (a, b), label in spans.items() if all(c <= a and b <= d for c, d in spans)
        ]
        self.asked_period = inner[0] if len(inner) == 1 else None
        kinds = {p.key for p in _purposes(sentence, self.lang)}
        self.asked_purpose = kinds.pop() if len(kinds) == 1 else None
        # and the one people noun other than "persons" ("북한 노동자 규모는 …?": workers)
        if of_them and self.count is not None:
            self.asked_unit, self.asked_purpose = self.count
            return
        nouns = {u.key for u in _units(sentence, self.lang) if u.key in _SUBJECT_UNITS}
        if not nouns and self.lang in _AT_WORK and _AT_WORK[self.lang].search(sentence):
            # "Сколько северокорейцев сейчас работает в России?": people at work are workers
            nouns = {"workers"}
        self.asked_unit = nouns.pop() if len(nouns) == 1 else None

    def named_quarter(self, sentence: str, doc_date: date | None) -> None:
        """A sentence without figures that names one quarter sets the quarter that "the same
        period", "in the quarter" of a later figure refers to (not the period of figures that
        name none)."""
        labels = {p.label for p in find_periods(sentence, self.lang, doc_date)}
        if len(labels) == 1:
            label = labels.pop()
            if label is not None and re.fullmatch(r"\d{4}-Q[1-4]", label):
                self.sub = self.quarter = label

    def read(self, s: _Sentence, found: list[Claim]) -> list[Claim]:
        """The claims of sentence ``s`` read with what the article said before; remembers them."""
        lang = self.lang
        # the figure before this sentence, for every figure of it (Korean/Chinese): "목적별로는
        # 유학이 7800여 건, 상용 1100건, 공무 900건" are each a part of the total before
        part_at, part_purpose = self.period_at, self.purpose
        before = self.reading
        # "중국에는 약 4만 명 … 보인다고 덧붙였다": what the source added to a stock it just gave
        # as of a day ("6월 말 기준") is a stock on that day too, in each of its figures
        added = (
            lang == "ko"
            and s.k == part_at + 1
            and self.period is not None
            and re.fullmatch(r"\d{4}-\d\d-\d\d", self.period) is not None
            and _KO_ADDED.search(s.text) is not None
        )
        compares_back = self.kozh and _COMPARE_BACK[lang].search(s.text) is not None
        this_figure = (
            self.kozh
            and _THIS_FIGURE[lang].match(s.text) is not None
            and not _purposes(s.text, lang)
            and not any(p.role == "people" for p in context.places_in(s.text, lang))
        )
        clauses = _clauses(s.text) if s.sames else []
        # where the figure before this sentence went: a breakdown's first part, read below,
        # names its own ("其中在中国的约3万人，在俄罗斯的1万多人")
        self.dest_before = self.dest
        out: list[Claim] = []
        for c in found:
            same = False
            if s.sames:
                # "the same period" before the figure, or in its clause ("1,117 in the same
                # period of 2023"), not one that qualifies a later figure
                r = c.span[0] - s.s0
                ca, cb = _clause_of(clauses, r)
                same = any(a < r or ca <= a < cb for a, _ in s.sames)
                if same and _WHOLE_YEAR_OWN.search(s.text, ca, cb):
                    # "…, and in 2019 the whole-year total was about 3,300": its own whole year
                    same = any(ca <= a < cb for a, _ in s.sames)
            c = self._countries(c, s, same)
            c = self._same_count(c, s)
            if (
                this_figure
                and before is not None
                and before[1] not in (None, "total", "troops")
                and c.purpose == "total"
                and c.unit in ("persons", before[0])
            ):
                # "這一數字比前年的196人增加了約20%,但仍遠低於…每年1000人以上的水平": a
                # sentence about "this figure", naming no people or purpose of its own, counts
                # what that figure counted, in each of its figures
                c = dataclasses.replace(c, purpose=before[1])
            c = self._table_part(c, s)
            part = self._is_part(c, s, part_at, part_purpose) or added
            c = self._destination_sent(c, s, part)
            if (
                c.destination is None
                and (into := context.counts_into(c.attribution)) is not None
                and into != (c.origin or self.origin)
            ):
                # a figure given by an authority that counts arrivals, naming no country: into
                # its own («— говорит начальник управления по вопросам миграции», "The figure,
                # from FSB border service data, is the highest since …")
                c = dataclasses.replace(c, destination=into)
            if c.period is None and self.asked_at == s.k - 1 and self.asked_period:
                # the answer to "How many … last year?" is about the period asked (and its
                # "지난해 같은 기간보다 9배" is against those months a year before)
                c = dataclasses.replace(
                    c,
                    period=self.asked_period,
                    comparison=_same_months(c.comparison, self.asked_period, s),
                )
            if c.purpose == "total" and self.asked_at == s.k - 1 and self.asked_purpose:
                c = dataclasses.replace(c, purpose=self.asked_purpose)  # "… came to study?"
            if (
                self.kozh
                and c.purpose == "total"
                and c.quantity is not None
                and s.back is not None
                and s.k == part_at + 1
                and part_purpose not in (None, "total", "troops")
                and c.origin in (None, self.origin)
                and c.unit == "persons"
                and not any(f.span[0] - s.s0 < s.back.start() for f in found)
                and not _purposes(s.text, lang)
            ):
                # "…1,350名朝鲜游客赴越南旅游。其中经河内入境的有900余人": a part of a count of
                # one purpose, with no purpose of its own, has that purpose
                c = dataclasses.replace(c, purpose=part_purpose)
            if (
                lang == "ko"
                and c.quantity is not None
                and s.back is not None
                and s.k == part_at + 1
                and part_purpose == "work"
                and self.unit == "workers"
                and c.unit == "persons"
                and c.purpose == "study"
                and all(_KO_ON_A_VISA.match(s.text, p.start) for p in _purposes(s.text, lang))
            ):
                # "…노동자 2만 명 … 이들 중 6천여 명은 학생 비자로 입국한": part of the workers,
                # whose student visa is how they came, not what they came for
                c = dataclasses.replace(c, unit="workers", purpose="work")
            if (
                self.asked_at == s.k - 1
                and self.asked_unit
                and c.quantity is not None
                and (
                    c.unit == "persons"
                    # «— Около 400, это четыре бригады»: a group noun in another clause
                    or (
                        c.unit == "other"
                        and _first_unit_after(s.text, c.span[1] - s.s0, lang, window=12) is None
                    )
                )
                # (one noun, or several bare counters: "…명, …명")
                and (
                    not _units(s.text, lang)[1:]
                    or all(u.key == "persons" for u in _units(s.text, lang))
                )
                # (not where the answer names the nationals it counts: "— А рабочих? — … въехали
                # всего 486 граждан КНДР" are people who came, whatever for)
                and not (
                    lang in ("en", "ru")
                    and any(p.role == "people" for p in context.places_in(s.text, lang))
                )
            ):
                # "북한 노동자 규모는 …? … 수만 명 수준으로": the answer counts the noun asked
                # about (its only nouns are counters: "중국에 약 10만 명, 러시아에 2만~3만 명")
                c = dataclasses.replace(
                    c,
                    unit=self.asked_unit,
                    purpose=(
                        context.unit_purpose(self.asked_unit, lang) or c.purpose
                        if c.purpose == "total"
                        else c.purpose
                    ),
                )
            if (
                self.kozh
                and self.asked_at == s.k - 1
                and c.destination is None
                and c.origin is not None
                and c.origin == self.origin
                and self.dest is not None
            ):
                c = dataclasses.replace(c, destination=self.dest)  # "중국에 체류 중인 …?"
            if (
                c.origin is None
                and c.attribution == "KCNA"
                and c.destination is not None
                and c.destination != "KP"
            ):
                # "朝中社报道,一个由数百名大学生组成的代表团本月赴华": the North's own agency
                # reports people going abroad, naming no nationality; they are the North's
                c = dataclasses.replace(c, origin="KP")
            same_count = (
                _SAME_COUNT[lang].search(s.text) if c.period is None and not self.kozh else None
            )
            whole = (
                next(
                    (
                        o
                        for o in reversed(out)
                        if o.quantity is not None and o.span[1] - s.s0 <= s.back.start()
                    ),
                    None,
                )
                if self.kozh
                and c.period is None
                and s.back is not None
                and s.back.start() < c.span[0] - s.s0
                else None
            )
            if whole is not None:
                # "约1.2万名朝鲜军人抵达俄罗斯,其中包括500名军官": "of them" after a figure of
                # the same sentence is a part of that figure, in its period (none here), not
                # of the period an earlier sentence gave
                c = dataclasses.replace(c, period=whole.period)
            elif not (
                same_count is not None
                and any(
                    o.period is None
                    and o.quantity is not None
                    and o.unit == c.unit
                    and o.span[1] - s.s0 <= same_count.start()
                    for o in out
                )
            ):
                # ("переброшено свыше 11 тыс. военнослужащих КНДР, а в Пентагоне их число
                # оценивают в 10–12 тысяч": "their number" is the figure just before, in this
                # sentence, with no period; not the article's)
                c = self._period(c, s, same, part)
            if (
                self.kozh
                and same
                and c.quantity is not None
                and c.purpose == "total"
                and self.purpose not in (None, "total")
                and not self.part
                and self.purposes_before == {self.purpose}
                and c.unit in ("persons", self.unit)
                and not any(p.role == "people" for p in context.places_in(s.text, lang))
                # (not "같은 기간 전체 방문자 5천 명 가운데 유학 목적이 …": all visitors)
                and not _WHOLE_OR_OTHERS.search(s.text, 0, c.span[0] - s.s0)
            ):
                # "该文另称去年同期为5000人左右": the same period's figure, naming no people of
                # its own, counts what the figure before counted
                c = dataclasses.replace(c, purpose=self.purpose)
            if (
                self.kozh
                # (no period of the sentence's own: not one carried from the article)
                and (c.period is None or not s.info.get(c.span[0]))
                and self.year_before is not None
                and (sy := _SAME_YEAR[lang].search(s.text, 0, c.span[0] - s.s0)) is not None
                # (not a figure of a year named after the mark: "같은 해 … 4천 명 안팎으로,
                # 2024년(7887명)의 절반": the baseline year's figure)
                and not (
                    c.period
                    and re.search(
                        rf"{c.period[:4]}\s*(?:년|年)", s.text[sy.end() : c.span[0] - s.s0]
                    )
                )
            ):
                # "같은 해 '학업' 목적 입국자는 …", "同年…": the year of the figure the sentence
                # before led with
                c = dataclasses.replace(c, period=str(self.year_before))
            c = _whole_year_total(c, s, lang)
            c = self._bullet_goes_on(c, s, before)
            c = self._count_before(c, s, before, compares_back, found)
            c = self._against_before(c, s)
            if (
                lang == "zh"
                and c.attribution is None
                and self.source is not None
                and _THAT_BODY_ZH.match(s.text)
            ):
                # "该研究院报告指出,…", "該官員又指,…": the body or official named before
                c = dataclasses.replace(c, attribution=self.source)
            self._remember(c, s, found, part)
            out.append(c)
        self.read_at = s.k
        if lang == "zh" and (said := next((c.attribution for c in out if c.attribution), None)):
            self.source = said
        if self.kozh and _BULLET.match(s.text) and any(c.quantity is not None for c in out):
            self.bullet_at = s.k
        if any(c.quantity is not None for c in out):
            self.purposes_before = frozenset(c.purpose for c in out if c.quantity is not None)
        first = next((c.period for c in out if c.period), None)
        if first is not None:
            self.year_before = label_year(first)
        if (
            self.kozh
            and len({c.destination for c in out if c.quantity is not None}) > 1
            and all(c.destination is not None for c in out)
            and any(w in s.text for w in ("각각", "分别", "分別"))
        ):
            # "라오스와 몽골에 … 각각 500명, 300명": figures paired with a list of countries
            # leave no one country for the figures after them
            self.dest = None
        return out

    def _countries(self, c: Claim, s: _Sentence, same: bool) -> Claim:
        # An article names the flow once and then gives its figures ("In 2019, 3,200 students
        # entered"): a figure without countries takes those of the figure before it; in
        # English and Russian one that names the same nationals but no destination goes where
        # they went, and one sent to the same destination is of the same nationals.
        if c.origin is None and c.destination is None and self.origin is not None:
            if _to_several_countries(c, s, self.lang):
                return dataclasses.replace(c, origin=self.origin)
            return dataclasses.replace(c, origin=self.origin, destination=self.dest)
        if (
            c.origin is None
            and self.asked_at == s.k - 1
            and (c.destination == self.dest or (self.dest is None and self.kozh))
        ):
            # "러시아에 입국한 북한 주민은 몇 명일까? 러시아 연방보안국에 따르면 1만3221명": the
            # answer counts the nationals asked about (and where a question named no country,
            # "북한 노동자 입국은 얼마나 됐나요?", goes where the answer says)
            return dataclasses.replace(c, origin=self.origin)
        if self.kozh:
            if (
                c.origin is None
                and c.destination is not None
                and c.destination == self.dest
                and (same or s.back is not None)
            ):
                # "같은 기간 학업 목적 입국은 3건": a figure that points back to the one before
                # and goes where it went counts the same nationals
                return dataclasses.replace(c, origin=self.origin)
            if (
                c.origin is None
                and c.destination is not None
                and c.destination == self.dest
                and self.origin is not None
                and c.purpose not in (None, "total")
                and c.purpose == self.purpose
            ):
                # "… 북한이 러시아에 건설 노동자 약 5천 명을 … 8월 한 달에만 '노동' 목적 입국이
                # 1,120건": entries for the same purpose into the same country, naming no
                # nationals of their own, go on counting the nationals the article is about
                return dataclasses.replace(c, origin=self.origin)
            if (
                c.origin is None
                and c.destination is not None
                and self.origin is not None
                and self.count is not None
                and c.unit == self.count[0]
                and c.unit in ("workers", "students", "troops")
                and any(
                    p.key == c.destination and _ALSO_THERE_AFTER[self.lang].match(s.text, p.end)
                    for p in context.places_in(s.text, self.lang)
                    if p.role != "people"
                )
            ):
                # "… 중국에 IT 노동자 약 1천 명을 파견 … 러시아에도 지난해 IT 분야 인력 200명":
                # the same kind of people sent "to Russia too" are the same country's
                return dataclasses.replace(c, origin=self.origin)
            if (
                c.destination is None
                and c.origin is not None
                and c.origin == self.origin
                and same
                and self.dest is not None
            ):
                # "同期以「勞務」名義入境者僅百餘人": the same nationals in the same period
                # as the figure before went where they went
                return dataclasses.replace(c, destination=self.dest)
            if (
                c.destination is None
                and c.origin is not None
                and c.origin == self.origin
                and self.dest is not None
                and _THERE_LOCALLY[self.lang].search(s.text)
            ):
                # "在当地疗养院工作的朝鲜员工", "현지 공장에서 일하는": "there", where the
                # article's figure before went
                return dataclasses.replace(c, destination=self.dest)
            if (
                c.destination is None
                and c.origin is not None
                and c.origin == self.origin
                and self.dest is not None
                and self.lang == "zh"
                and _KP_SIDE_ZH in s.text
            ):
                # "已收到朝方提交的150份申请": "the DPRK side" is one party of a two-sided
                # exchange, the other the country where the article's figure went
                return dataclasses.replace(c, destination=self.dest)
            if (
                c.origin is None
                and c.destination is not None
                and self.dest_before is None
                and s.back is not None
                and s.back.start() < c.span[0] - s.s0
            ):
                # "海外劳务赚取的外汇约5亿美元。其中来自俄罗斯的收入…": a part of a figure that
                # went nowhere in particular, said of one country, is of the same nationals
                return dataclasses.replace(c, origin=self.origin)
            if (
                c.destination is None
                and c.origin is not None
                and c.origin == self.origin
                and c.unit == "troops"
                and self.reading[0] == "troops"
                and self.reading[2] is not None
            ):
                # "“朝鲜出兵10万”一说" in an article about troops sent to Russia: more troops
                # sent by the same country, with no destination of their own, went there too
                return dataclasses.replace(c, destination=self.reading[2])
            if (
                c.origin is None
                and c.destination is not None
                and c.unit == "troops"
                and self.reading[0] == "troops"
                and self.reading[2] == c.destination
                and self.origin is not None
            ):
                # "… 1만1천 명의 북한군이 쿠르스크에 배치됐다. … 3천 명 안팎의 병력이 추가로
                # 러시아에 보내진": more troops sent where the article's troops went are the
                # same country's
                return dataclasses.replace(c, origin=self.origin)
            return c
        if c.destination is None and c.origin is not None and c.origin == self.origin:
            return dataclasses.replace(c, destination=self.dest)
        if c.origin is None and c.destination is not None and c.destination == self.dest:
            return dataclasses.replace(c, origin=self.origin)  # «в Курскую область … 11 тысяч»
        return c

    def _same_count(self, c: Claim, s: _Sentence) -> Claim:
        lang = self.lang
        if (
            self.kozh
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] not in (None, "persons", "percent")
            and _TABLE_GOES_ON.match(s.text)
            and not _units(s.text, lang)
        ):
            # "｜去年同期合计 6,540｜同比 +51.0%｜" under a table of entries: a line that goes on
            # with bare figures counts what the table's figures counted
            return dataclasses.replace(c, unit=self.count[0])
        if (
            lang == "ko"
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] == "entries"
            and self.read_at == s.k - 1
            and _falls_short_of_year(s.text)
            and all(s.text[u.start : u.end] in _BARE_HEADCOUNT for u in _units(s.text, lang))
        ):
            # "연인원 기준 7만 명을 넘어섰다. 2019년의 11만6천여 명에는 못 미치지만 2023년보다는
            # 3배 많다": a sentence with no noun of its own that sets the count against a year's
            # figure goes on counting the entries (both the year's figure and the comparison)
            return dataclasses.replace(c, unit="entries")
        if (
            lang == "ko"
            and c.quantity is None
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] == "entries"
            and _KO_BARE_ENTRY.search(s.text)
            and not _units(s.text, lang)
        ):
            # "1~9월 … 입국 건수는 9천870건 … 반면 같은 기간 관광 목적 입국은 전년 동기의 절반":
            # a change of the entries ("입국", not "입국자") after a figure that counted entries
            return dataclasses.replace(c, unit="entries")
        if (
            c.quantity is None
            # (or the noun the figure had: «Это … в 13 раз больше, чем во втором квартале (328
            # поездок)» after a count of entries)
            and (
                c.unit == "persons"
                or (c.unit == self.unit and self.purposes_before == {self.purpose})
            )
            # (Korean/Chinese: the purpose may already be the figure's, carried)
            and (
                c.purpose == "total"
                or (self.kozh and not self.part and c.purpose == self.purpose)
                # "其中…学习…3765人次。这一数字较第二季度增长约10倍,也超过了…留学入境人数": "this
                # figure" after a part is that part, whose purpose the sentence names again
                or (
                    self.kozh
                    and self.count is not None
                    and c.purpose == self.count[1]
                    and _THIS_FIGURE[lang].match(s.text) is not None
                )
            )
            and (self.unit is not None or (self.kozh and self.count is not None))
            and (
                _THAT_OPENS[lang].match(s.text)
                # "Roughly eleven times higher.": a change that names nothing it counts, right
                # after the figure (an interviewer's question may stand between)
                or (not self.kozh and not _units(s.text, lang) and self.period_at >= s.k - 2)
            )
        ):
            # "That is eleven times the number of 2023", "Это вдвое больше": the figure
            # just given, counted as it was counted (after a breakdown, the total's)
            if self.count is not None and (
                self.unit is None or (self.kozh and _THIS_FIGURE[lang].match(s.text))
            ):
                # "这一数字是2019年的两倍": a figure with no period of its own set no frame;
                # the figure just given is what is counted ("this figure", even after a part:
                # "其中…留学…2400人左右。这一数字比前一季度减少了约1300人")
                unit, purpose = self.count
            else:
                unit, purpose = self.unit, c.purpose if self.part else (self.purpose or "total")
            c = dataclasses.replace(c, unit=unit, purpose=purpose)
        if (
            c.quantity is not None
            and c.purpose == "total"
            and self.count is not None
            and (same_count := _SAME_COUNT[lang].search(s.text))
            # (not "6,000 …, roughly double the July-September figure": the baseline's, after the
            # figure)
            and not (
                same_count.start() > c.span[1] - s.s0
                and _MULTIPLE_OF_BEFORE.search(
                    s.text, max(0, same_count.start() - 12), same_count.start()
                )
            )
            # ("the total for the half-year comes to 6,930" after a count of tourists: the
            # total of every purpose, not more of the part; "that total" points back)
            and not (
                self.count[1] not in (None, "total", "troops")
                and _THE_TOTAL.fullmatch(same_count.group())
                and _TOTAL_OF_ALL_AFTER.match(s.text, same_count.end())
            )
            and not (
                lang == "zh"
                and any(
                    p.role == "people"
                    for p in context.places_in(s.text[: same_count.start()], lang)
                )
            )
            # («таких въездов было 7 812» after a total and its parts: such as the total, whose
            # purpose the sentence before did not give alone)
            and not (
                same_count.group().lower().startswith("таких") and len(self.purposes_before) > 1
            )
            # («совокупное число въездов достигло 10 958, … уступает 2019-му, когда их было
            # более 21 тыс.»: «их» after a figure of the sentence's own points back to it)
            and not (
                lang == "ru"
                and _WHEN_THEIR_BEFORE.search(
                    s.text, max(0, same_count.start() - 12), same_count.start()
                )
                and any(
                    keep_number(s.text, n, lang, [])
                    for n in find_numbers(s.text[: same_count.start()], lang)
                )
            )
        ):
            # "About 2,000 more arrived", «в 2019-м их было свыше 10 тысяч»: more of, or
            # the earlier level of, what the figure before counted (its noun too, when
            # the sentence names none: "another group of 150 people" stays people)
            own = _first_unit_after(s.text, c.span[1] - s.s0, lang, window=25)
            unit = c.unit if own is not None else self.count[0]
            if unit == "persons" and (lang in ("ko", "zh") or self.count[1] == "troops"):
                # ("人数为1.2万至1.5万人", "이보다 많은 1만2000명": the bare "人", "명" of a
                # headcount is not a noun of its own; nor is «человек» of more troops: «Еще до
                # 3 тыс. человек … прибыли в качестве пополнения»)
                unit = self.count[0]
            # (the same people: whose they are too, when the sentence names none)
            c = dataclasses.replace(
                c, unit=unit, purpose=self.count[1], origin=c.origin or self.origin
            )
        elif (
            c.quantity is not None
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] not in (None, "persons")
            and _FOR_COMPARISON[lang].match(s.text)
            and not _units(s.text, lang)
        ):
            # «Для сравнения: во втором квартале было 4 890»: the level set against the figure
            # just given, in its noun (its purpose is the sentence's own: often the whole count)
            c = dataclasses.replace(c, unit=self.count[0])
        elif (
            not self.kozh
            and c.quantity is not None
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] not in (None, "persons")
            and _SAME_COUNT[lang].search(s.text)
            and _first_unit_after(s.text, c.span[1] - s.s0, lang, window=25) is None
        ):
            # "the work-related figure had fallen to just 2": that count's part, in its noun
            c = dataclasses.replace(c, unit=self.count[0])
        elif (
            not self.kozh
            and c.quantity is not None
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] == "entries"
            and _points_back(s, c)
            and _first_unit_after(s.text, c.span[1] - s.s0, lang, window=25) is None
        ):
            # "Of those, work accounted for 612", "Service personnel added another 95": parts
            # of the entries counted before, with no noun of their own after them, are entries
            c = dataclasses.replace(c, unit="entries")
        elif (
            lang == "ko"
            and c.quantity is not None
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] == "entries"
            and s.back is not None
            and not s.text[: s.back.start()].strip()
            and all(s.text[u.start : u.end] in _BARE_HEADCOUNT for u in _units(s.text, lang))
        ):
            # "연인원 4만2천여 명 … 이 중 근로 목적은 1만5천 명": a sentence opening on "of
            # them" that names no noun but the bare "명" breaks down the entries counted before
            # (Chinese names one: "其中…入境者5000人" counts the entrants, people)
            c = dataclasses.replace(c, unit="entries")
        elif (
            c.quantity is not None
            and c.purpose == "total"
            and c.unit == "persons"
            and self.count is not None
            and self.count[0] in ("workers", "students", "troops")
            and _points_back(s, c)
            # (Korean/Chinese: the sentence opens with it; "…为2187人，其中持工作签证的有1403人"
            # breaks down its own figure)
            and (
                not self.kozh
                or (
                    s.back is not None
                    and s.back.start() < c.span[0] - s.s0
                    and (
                        not s.text[: s.back.start()].strip()
                        # (or after who says it: "보고서는 이 가운데 러시아에 3만~4만 명",
                        # "报告称,其中…")
                        or _SAYER_BEFORE_BACK[self.lang].fullmatch(s.text, 0, s.back.start())
                    )
                    and c.origin in (None, self.origin)
                )
            )
        ):
            # "Of them, about 1,000 people are already here", «из них … свыше тысячи человек»,
            # "其中在中国的约有2万人": a part of the workers (students, troops) counted before,
            # with no purpose of its own
            c = dataclasses.replace(c, unit=self.count[0], purpose=self.count[1])
        return c

    def _against_before(self, c: Claim, s: _Sentence) -> Claim:
        """ "…, down from 2,940 a year before. That is a collapse of almost 90 percent": a change
        with no baseline of its own, about the figure just given, is measured against the figure
        that sentence set against it (en/ru)."""
        cmp = c.comparison
        if (
            self.kozh
            or c.quantity is not None
            or cmp is None
            or cmp.baseline_period is not None
            or self.versus_at != s.k - 1
            or self.period_at != s.k - 1
            or c.period != self.period
            or not _THAT_OPENS[self.lang].match(s.text)
        ):
            return c
        return dataclasses.replace(
            c, comparison=dataclasses.replace(cmp, baseline_period=self.versus_period)
        )

    def _baseline_of_change(self, c: Claim, s: _Sentence) -> bool:
        """ "Roughly eleven times higher. The 2023 number was a bit over 1,150.": the figure of
        an earlier year that the sentence right after a change names as "the 2023 number" is
        what the change was measured against, not the period the article goes on with."""
        if self.kozh or self.change_at < s.k - 1 or not self.period or not c.period:
            return False
        cy, fy = label_year(c.period), label_year(self.period)
        return bool(cy and fy and cy < fy and _SAME_COUNT[self.lang].search(s.text))

    def _is_part(self, c: Claim, s: _Sentence, part_at: int, part_purpose: str | None) -> bool:
        # a part (purpose) of what the sentence before counted ("In 2021, 640 North Koreans
        # entered Russia. Some 200 were students.") is a figure of the same period. Korean
        # and Chinese: a part of the total given right before, for every figure of the
        # sentence. English and Russian: another purpose than the figure before (more of
        # the same purpose, or a count of workers or troops, is as often a new estimate).
        # (Korean/Chinese: a sentence that only set a figure against another may stand
        # between the total and its breakdown)
        # (or one with no figures: "2분기 자료는 8월 중순께 나올 예정이다", «Таблица ФСБ,
        # опубликованная 12 мая, насчитывает 27 граф»)
        aside = (
            part_at >= 0
            and s.k == part_at + 2
            and (self.aside_at == s.k - 1 or self.read_at == part_at)
            and (self.kozh or (c.quantity is not None and not _STOCK_NOW[self.lang].search(s.text)))
        )
        # (Korean/Chinese: an explainer's questions do not stand between a breakdown and its next
        # part, nor does one answer without figures: "A. … 7887명 … Q. 왜 …? A. 두 기관의 집계
        # 기준이 … Q. 노동자는요? A. 공식 통계상 '취업' 목적 입국은 …")
        answered = (
            self.kozh
            and part_at >= 0
            and s.k > part_at + 1
            and self.read_at == part_at
            and s.k - 1 in self.questions
            and sum(1 for j in range(part_at + 1, s.k) if j not in self.questions) <= 1
        )
        if (s.k != part_at + 1 and not aside and not answered) or _NOW[self.lang].search(s.text):
            return False
        if self.kozh:
            if c.purpose in ("total", "troops"):
                return False
            if (
                self.lang == "ko"
                and c.attribution is not None
                and _KO_BUT_CLAUSE.search(s.text, 0, c.span[0] - s.s0) is not None
            ):
                # "… 수백 명에 불과하지만, 국정원은 1만여 명이 파견된 것으로 본다": a body's own
                # estimate set against the statistics, not one more part of them
                return False
            if part_purpose == "total":
                return True
            # "…가운데 업무 목적이 842명으로 가장 많았다. 이어 공무 목적 203명, …",
            # "…以学习为目的的近7900人。此外,以工作为目的入境者约300人": a breakdown that goes
            # on in the next sentence, which names no places of its own; so does a sentence
            # that lists more purposes ("관광 목적 입국은 43명, 공무 목적은 597명이었다")
            # (or that sets another purpose against it: "以务工为目的入境的朝鲜人则不到200人",
            # naming no place but the same nationals)
            contrast = _CONTRAST_TOPIC[self.lang].match(s.text) is not None
            goes_on = (
                _LIST_GOES_ON[self.lang].match(s.text) is not None
                or (
                    self.lang == "ko"
                    and (
                        _KO_TABLE_ITEM.search(s.text) is not None
                        or _KO_PURPOSE_LEAD.match(s.text) is not None
                    )
                )
                or (self.lang == "zh" and _ZH_PURPOSE_LEAD.match(s.text) is not None)
            )
            # ("去年前三季度以旅游目的入境的…只有数百人。…倒是以“工作”为目的入境的达1,287人次":
            # one purpose of the entry table set against another named before, which was no part
            # of a total, goes on in the same period)
            sibling = self.lang == "zh" and _ZH_PURPOSE_LEAD.match(s.text) is not None
            return (
                (self.part or sibling)
                and part_purpose not in (None, "troops", c.purpose)
                and (contrast or goes_on or len({p.key for p in _purposes(s.text, self.lang)}) >= 2)
                and all(
                    (contrast or goes_on) and p.role == "people" and p.key == self.origin
                    for p in context.places_in(s.text, self.lang)
                )
            )
        return c.purpose not in ("total", "troops", part_purpose) and c.unit not in (
            "workers",
            "troops",
        )

    def _destination_sent(self, c: Claim, s: _Sentence, part: bool) -> Claim:
        lang = self.lang
        if _to_several_countries(c, s, lang):
            return c
        if (
            self.kozh
            and c.destination is None
            and c.origin is not None
            and c.origin == self.origin
            and (
                (
                    (
                        s.back is not None
                        or bool(s.sames)
                        or part
                        or _SEND_VERB[lang].search(s.text)
                        # "而去年第一季,入境的朝鮮人有2816人": entered, naming no country of entry
                        or _ENTERED[lang].search(s.text)
                    )
                    and not _NOW[lang].search(s.text)
                )
                # "在当地疗养院工作的朝鲜员工目前有120至150人", "현지에서 일하는": now, in the
                # place the article is about
                or _LOCALLY[lang].search(s.text)
            )
            and not _ABROAD[lang].search(s.text)
        ):
            # "同期以过境为目的入境的朝鲜公民有86人", "북한이 이미 6천 명 이상을 보냈다": the
            # same nationals, in a sentence that points back or says they were sent, went
            # where the article said (not "현재 해외에 체류 중인 노동자")
            return dataclasses.replace(c, destination=self.dest)
        return c

    def _period(self, c: Claim, s: _Sentence, same: bool, part: bool) -> Claim:
        end = c.span[1] - s.s0
        if (
            self.quarter is not None
            and _THE_QUARTER.match(s.text, end)
            and c.period != self.quarter
        ):
            # "rose to 3,102 in the quarter from 1,410 in the second quarter": the figure's own
            # "in the quarter" is the quarter the article is about, not the other one named
            return dataclasses.replace(c, period=self.quarter)
        if (
            c.period is None
            and self.lang in _TO_COME
            and _TO_COME[self.lang].search(s.text, 0, c.span[0] - s.s0)
        ):
            # "She expects at least a hundred more to arrive", «ожидается ещё 2 тыс.»: people
            # still to come are of no period the article counted
            return c
        if (
            c.period is None
            and self.lang == "ko"
            and _KO_SENTENCED.search(s.text, end)
            and _KO_HIRED_BY_WHOM.match(s.text, end)
        ):
            # "…120명을 불법 고용한 업체 대표에게 징역 3년을 선고했다": the people a punished
            # employer hired, at no time the article counted
            return c
        last_period, last_sub = self.period, self.sub
        wider = self._wider_total(c, s) or self._whole_of_run(c, s) or self._year_beside(c, s)
        if wider is not None:
            last_period, last_sub = wider, None
        period = _context_period(
            c,
            s.info.get(c.span[0], ""),
            same,
            last_period,
            last_sub,
            # (not "the contingent": a troop estimate, a stock with no period of its own; nor
            # "the real number … are currently employed": a stock now, not the article's period)
            refers_back=part
            or (
                _points_back(s, c)
                and not _CONTINGENT.match(s.back.group() if s.back else "")
                and not (not self.kozh and _NOW[self.lang].search(s.text))
            ),
        )
        if (
            c.period is None
            and period is not None
            and c.comparison is None
            and c.span[0] in s.relative
            and c.span[0] in s.baselines
        ):
            # "전년(190건)": a baseline's figure, a year before the period it takes from the article
            return dataclasses.replace(c, period=shift_label(period, s.relative[c.span[0]]))
        if period == c.period:
            return c
        cmp = c.comparison
        if (
            (
                c.period is None
                # ("2024年同期…为3912人次,今年同比下降逾五成": "this year" read as the months
                # the article gave, so is the year its change is measured against)
                or (
                    self.kozh
                    and period is not None
                    and _is_year(c.period)
                    and label_year(period) == int(c.period)
                )
            )
            and period is not None
            and s.sames
            and cmp is not None
            and cmp.kind != "record"  # "同期…为2022年以来最低": a record runs since the year
            and cmp.baseline_period is not None
            and _is_year(cmp.baseline_period)
            and not _is_year(period)
        ):
            # "…, up 1,900 percent from the same months of 2023": those months, in 2023
            y = label_year(period) or int(cmp.baseline_period)
            base = shift_label(period, int(cmp.baseline_period) - y)
            cmp = dataclasses.replace(cmp, baseline_period=base)
        elif (
            c.period is None
            and period is not None
            and cmp is not None
            and cmp.baseline_period is None
            and not self.kozh
            and _YEAR_BEFORE_REL.search(s.text)
        ):
            # "5,180 entered for study, down 31% from the same period a year earlier", the
            # period given before: that period a year before
            cmp = dataclasses.replace(cmp, baseline_period=shift_label(period, -1))
        elif (
            c.period is None
            and period is not None
            and cmp is not None
            and cmp.baseline_period is None
            and c.span[0] in s.relative
        ):
            # "'학업'이 4천여 건으로 전년의 절반 수준": the year before the period the figure
            # takes from the article
            cmp = dataclasses.replace(
                cmp, baseline_period=shift_label(period, s.relative[c.span[0]])
            )
        return dataclasses.replace(c, period=period, comparison=cmp)

    def _year_beside(self, c: Claim, s: _Sentence) -> str | None:
        """Chinese: a figure with no period of its own set beside another year's figure ("以旅游
        为目的的入境为1052人次,而2019年为2310人次") is a whole year's, after quarters given as
        parts of that year's total: the year of the total the last quarter belongs to."""
        end = c.span[1] - s.s0
        if (
            self.lang != "zh"
            or c.period is not None
            or c.quantity is None
            or self.period is None
            or _is_year(self.period)
            or not _YEAR_BESIDE_ZH.match(s.text, end)
        ):
            return None
        try:
            inner = Period.parse(self.period)
        except ValueError:
            return None
        for label, _, u in reversed(self.totals):
            if u == c.unit and _is_year(label) and label != self.period:
                try:
                    outer = Period.parse(label)
                except ValueError:
                    continue
                if outer.start <= inner.start and inner.end <= outer.end:
                    return label
        return None

    def _wider_total(self, c: Claim, s: _Sentence) -> str | None:
        """The period of the wider total a part belongs to when the part is larger than the
        figure just given, so cannot be a part of it: "去年…入境的朝鲜公民超过5.2万人次 … 12月单月
        入境4800人次 … 其中以劳务为目的入境的约1.6万人次" is a part of the year's 5.2万, not of
        December's 4800 (the most recent earlier total at least as large, whose period holds
        the last one)."""
        if (
            c.period is not None
            or c.quantity is None
            or s.back is None
            or len(self.totals) < 2
            or self.totals[-1][0] != self.period
        ):
            return None
        last, qty, unit = self.totals[-1]
        if unit != c.unit or c.quantity <= qty:
            return None
        try:
            inner = Period.parse(last)
        except ValueError:
            return None
        for label, q, u in reversed(self.totals[:-1]):
            if u != c.unit or q < c.quantity:
                continue
            try:
                outer = Period.parse(label)
            except ValueError:
                continue
            if outer != inner and outer.start <= inner.start and inner.end <= outer.end:
                return label
        return None

    def _whole_of_run(self, c: Claim, s: _Sentence) -> str | None:
        """Korean/Chinese: the period of a whole told part by part ("지난해 … 9천120건. 분기별로는
        1분기 1천500건, 2분기 …, 4분기에는 2천320건"), for a purpose's figure after that run with
        no period of its own ("유학 목적 입국은 4천10건"): a part of the whole, not of the last
        quarter (two or more figures at distinct periods inside the whole's, counted alike)."""
        if (
            not self.kozh
            or c.period is not None
            or c.quantity is None
            or c.purpose == "total"
            or s.back is not None
        ):
            return None
        if not self.totals or self.totals[-1][0] != self.period:
            return None
        run: list[Period] = []
        for label, _, unit in reversed(self.totals):
            try:
                p = Period.parse(label)
            except ValueError:
                return None
            if unit != c.unit or any(p == r for r in run):
                return None
            inside = [p.start <= r.start and r.end <= p.end for r in run]
            if any(inside):
                return label if len(run) >= 2 and all(inside) else None
            run.append(p)
        return None

    def _table_part(self, c: Claim, s: _Sentence) -> Claim:
        """«Учеба — 7 887; работа — 2»: a table written out after a figure lists its parts,
        counted as that figure counted (the labels are purposes, not nouns)."""
        if s.table and self.count is not None and c.unit == "persons" and self.count[0]:
            return dataclasses.replace(c, unit=self.count[0])
        return c

    def _bullet_goes_on(
        self, c: Claim, s: _Sentence, before: tuple[str | None, str | None, str | None]
    ) -> Claim:
        """Korean/Chinese: a bulleted line right after a bulleted line that gave a figure, naming
        no people, purpose or total of its own, counts what that line counted ("• 3月入境朝鲜
        游客:136人" then "• 一季度累计:超过400人": the quarter's tourists, not all people)."""
        if (
            not self.kozh
            or self.bullet_at != s.k - 1
            or c.quantity is None
            or c.purpose != "total"
            or c.unit != "persons"
            or before[1] in (None, "total")
            or not _BULLET.match(s.text)
            or _LIST_TOTAL_OR_OTHER.search(s.text)
            or _purposes(s.text, self.lang)
            or any(u.key != "persons" for u in _units(s.text, self.lang))
            or any(p.role == "people" for p in context.places_in(s.text, self.lang))
        ):
            return c
        return dataclasses.replace(c, purpose=before[1])

    def _count_before(
        self,
        c: Claim,
        s: _Sentence,
        before: tuple[str | None, str | None, str | None],
        compares_back: bool,
        found: Sequence[Claim] = (),
    ) -> Claim:
        """Korean/Chinese: a figure with no noun of its own that counts more of what the figure
        before counted (``before``: its unit, purpose and destination; ``found``: the sentence's
        claims)."""
        if not self.kozh or c.unit != "persons":
            return c
        lang, sentence = self.lang, s.text
        if (
            c.span[0] in s.baselines
            and before[0] in ("troops", "workers", "students")
            and c.purpose in ("total", before[1])
            and c.destination in (None, before[2])
            and all(u.key == "persons" for u in _units(sentence, lang))
            and not _purposes(sentence, lang)
        ):
            # "이는 2019년(6천 명)의 절반": the baseline's figure, with no noun of its own,
            # counts what the figure measured against it counts
            return dataclasses.replace(c, unit=before[0], purpose=before[1])
        if c.purpose not in ("total", before[1]):
            return c
        if (
            s.sames
            and any(a < c.span[0] - s.s0 for a, _ in s.sames)
            and before[0] in ("troops", "workers", "students")
            and c.destination in (None, before[2])
            and all(u.key == "persons" for u in _units(sentence, lang))
            and not _purposes(sentence, lang)
            # ("今年1至3月北韓公民赴俄人數僅約300人,遠低於去年同期的1,260人": a sentence that
            # names the nationals it counts counts them in the same period too, not the troops
            # of the figure before)
            and not any(p.role == "people" for p in context.places_in(sentence, lang))
        ):
            # "지난해 같은 기간 800명 수준이던 것이 2.5배로": the same period's figure (and what
            # it became), with no noun of its own, counts what the figure before counted
            return dataclasses.replace(c, unit=before[0], purpose=before[1])
        if c.quantity is None:
            return c
        if compares_back and c.comparison is not None and before[0] is not None:
            # "다음 학년도에는 이보다 100명 늘어난 440명": measured against the figure before,
            # it counts what that figure counts
            return dataclasses.replace(c, unit=before[0], purpose=before[1])
        if (
            before[0] in ("troops", "workers")
            and (
                (
                    c.destination in (None, before[2])
                    and (
                        _SEND_VERB[lang].search(sentence)
                        or _MORE_AFTER[lang].match(sentence, c.span[1] - s.s0)
                        or _NEWLY_CAME[lang].search(sentence, c.span[1] - s.s0)
                    )
                )
                # "중국에는 약 4만 명 … 파견된 것으로": sent to another country, in an article
                # about workers sent, they are workers too (with no noun but the bare counter:
                # "파견된 인원도 3천 명" names its own, people)
                or (
                    _SEND_VERB[lang].search(sentence) is not None
                    and all(
                        sentence[u.start : u.end] in _BARE_HEADCOUNT for u in _units(sentence, lang)
                    )
                )
            )
            and all(u.key == "persons" for u in _units(sentence, lang))
            and not _purposes(sentence, lang)
        ):
            # "앞서 북한은 … 1만1천 명을 보낸 것으로": people sent, with no noun of their own,
            # in an article about troops (or workers) sent are more of them, the same
            # country's ("몽골에는 약 2천 명이 파견됐다": North Korea's too)
            return dataclasses.replace(
                c, unit=before[0], purpose=before[1], origin=c.origin or self.origin
            )
        if (
            before[0] == "students"
            and c.destination in (None, before[2])
            and (
                _MORE_AFTER[lang].match(sentence, c.span[1] - s.s0)
                or _NEWLY_CAME[lang].search(sentence, c.span[1] - s.s0)
            )
            and all(u.key == "persons" for u in _units(sentence, lang))
            and not _purposes(sentence, lang)
        ):
            # "유학생이 … 150명 … 내년에 수십 명이 추가로 입국할 예정": more of the students
            return dataclasses.replace(
                c, unit=before[0], purpose=before[1], origin=c.origin or self.origin
            )
        if (
            lang == "zh"
            and c.purpose == "total"
            and before[1] not in (None, "total")
            and before[0] in ("persons", c.unit)
            and _AGAIN_BEFORE_ZH.search(sentence, max(0, c.span[0] - s.s0 - 8), c.span[0] - s.s0)
            and all(u.key == "persons" for u in _units(sentence, lang))
            and not _purposes(sentence, lang)
        ):
            # "…将约500名朝鲜脱北者强制遣返。今年4月,又有60余人在丹东被遣返": more of the
            # people counted before, for what they were counted
            return dataclasses.replace(c, purpose=before[1])
        if (
            s.back is not None
            and s.back.start() < c.span[0] - s.s0
            and before[0] in ("troops", "workers", "students")
            and c.destination in (None, before[2])
            and all(u.key == "persons" for u in _units(sentence, lang))
            # (not a part of a figure given earlier in the sentence: "입국이 310명에 그쳤으며,
            # 이 중 1월이 170명": of those 310, whatever the sentence before counted)
            and not any(
                o.quantity is not None and o.span[1] - s.s0 <= s.back.start() for o in found
            )
            # "이 가운데 … 3만여 명이 … 공장에서 일하고 있다": a purpose word after the figure
            # that says what the figure before counted already does not part them (one before
            # it names the part: "其中持工作签证的有…人")
            and all(
                u.key == before[1] and u.start >= c.span[1] - s.s0
                for u in _purposes(sentence, lang)
            )
        ):
            # "其中滨海边疆区接收了约1600人", "그중 3천 명은 …": a part of the workers (troops,
            # students) counted before, with no noun of its own, is more of them
            return dataclasses.replace(
                c,
                unit=before[0],
                purpose=before[1],
                origin=c.origin or self.origin,
                destination=c.destination or before[2],
            )
        return c

    def _aside(self, c: Claim, s: _Sentence) -> bool:
        """Korean/Chinese: ``c`` is a figure "compared with" ("2019년(2만1천 명 안팎)과 비교하면"),
        a reference point, not the frame the article goes on with; remembers the sentence."""
        rx = _COMPARED_WITH_AFTER.get(self.lang) if self.kozh else None
        a, b = c.span[0] - s.s0, c.span[1] - s.s0
        short_of = self.lang == "ko" and (
            (
                _FALLS_SHORT_OF_YEAR_KO[0].search(s.text, 0, a) is not None
                and _FALLS_SHORT_OF_YEAR_KO[1].match(s.text, b) is not None
            )
            # ("2019년(1천940건)에 크게 못 미쳤고": the bracketed figure of that year)
            or any(m.start() < a and b < m.end() for m in _SHORT_OF_YEAR_KO.finditer(s.text))
        )
        # (nor a year's figure the count falls short of: "2019년의 11만6천여 명에는 못 미치지만")
        if not short_of and (rx is None or rx.match(s.text, b) is None):
            return False
        if self.period_at != s.k:
            self.aside_at = s.k
        return True

    def _remember(self, c: Claim, s: _Sentence, found: list[Claim], part: bool) -> None:
        """Take ``c`` as what the article has said last, where it sets the article's frame."""
        lang, k = self.lang, s.k
        if c.origin is not None:
            self.origin, self.dest = c.origin, c.destination
        r = c.span[0] - s.s0
        # («Годом ранее было 2,1 тыс.» on its own: the level a year before, not the frame the
        # article goes on with: «Из них …» next is of the figure before)
        against = (
            not self.kozh and s.info.get(c.span[0]) == "previous" and self.period is not None
        ) or (
            self.own_at == k
            and (
                s.info.get(c.span[0]) == "previous"
                or bool(_VERSUS_BEFORE[lang].search(s.text, max(0, r - 30), r))
                # "rose to 3,102 in the quarter from 1,410 in the second quarter": the level it
                # rose from is not the period the article goes on with
                or bool(
                    lang in _FROM_BEFORE and _FROM_BEFORE[lang].search(s.text, max(0, r - 20), r)
                )
            )
        )
        if against and c.period is not None and c.quantity is not None:
            self.versus_period, self.versus_at = c.period, k
        if (
            not self.kozh
            and c.quantity is not None
            and self.period is not None
            and c.period != self.period
            and _FOR_COMPARISON[lang].match(s.text) is not None
        ):
            # "That compares with 12,960 for the whole of 2024, …": figures set beside the
            # article's stand aside between a total and its parts, as in Korean and Chinese
            self.aside_at = k
        if c.quantity is None and c.comparison is not None and c.period == self.period:
            self.change_at = k
        if c.quantity is None and c.period is not None and c.period == self.period:
            self.own_at = self.period_at = k  # "That is eleven times the 2023 figure": same frame
        elif (
            c.period is not None
            and c.quantity is not None
            and c.unit != "percent"
            and not against  # "…, compared with 41 a year earlier": a baseline, not the frame
            # "지난해 4분기에 4천 명을 넘었던 것과 비교하면 …. 같은 기간 …": the figure a
            # comparison is measured against is not the period the article goes on with
            and not (
                c.span[0] in s.baselines
                and (self.kozh or (c.period is not None and c.period != self.period))
            )
            # nor one "compared with" that the reading did not code ("2019년(2만1천 명
            # 안팎)과 비교하면 여전히 절반에도 못 미친다")
            and not self._aside(c, s)
            and not self._baseline_of_change(c, s)
            # «Для сравнения: в 2023-м таких поездок было 1117, а в 2019-м — около 21 тыс.»:
            # figures set beside the article's, at other periods, do not move its frame
            and not (
                self.period is not None
                and c.period != self.period
                and _FOR_COMPARISON[lang].match(s.text) is not None
            )
            # "…达2.1万人次,已超过2023年全年的1.8万人次": the yardstick passed, not the frame
            and not (
                lang == "zh"
                and _PASSED_YARDSTICK_ZH.search(s.text, max(0, r - 30), r)
                and any(
                    o.quantity is not None
                    and o.span[1] <= c.span[0]
                    and o.period is not None
                    and o.period != c.period
                    for o in found
                )
            )
            # "第三季度…达3765人,环比激增逾10倍,第二季度仅为332人": a figure at the period
            # another figure of the sentence is compared against is that comparison's base, not
            # the period the article goes on with ("同期…" next is the third quarter's)
            and not (
                self.kozh
                and any(
                    o.comparison is not None
                    and o.comparison.baseline_period == c.period
                    and o.period not in (None, c.period)
                    and o.span[0] < c.span[0]
                    for o in found
                )
            )
            # "…, revising its second-quarter tally up by 220 to 4,090": a revised figure of
            # another period, after the sentence's own, does not move the article's frame
            and not (
                lang == "en"
                and _REVISED_BEFORE.search(s.text, max(0, r - 80), r)
                and any(
                    o.quantity is not None and o.span[1] <= c.span[0] and o.period != c.period
                    for o in found
                )
            )
            # "입국 건수: 1만8천420건(2024년 1만3천221건)": another period's figure in brackets
            # after the figure is set beside it, not the period the article goes on with
            and not (
                self.kozh
                and _inside_brackets(s.text, r)
                and any(
                    o.quantity is not None
                    and o.span[1] <= c.span[0]
                    and o.period is not None
                    and o.period != c.period
                    for o in found
                )
            )
        ):
            self.period, self.period_at, self.own_at, self.purpose = c.period, k, k, c.purpose
            self.totals.append((c.period, c.quantity, c.unit))
            if re.fullmatch(r"\d{4}-Q[1-4]", c.period):
                self.quarter = c.period
            self.unit = c.unit
            self.part = (
                s.back is not None
                or part
                or (self.kozh and _part_within(s.text, s.s0, c, found, lang))
            )
            if not _is_year(c.period):
                self.sub = c.period
        # ("共有1186人,其中留学生742人、…、持公务护照者381人。这一数字…": after several parts of a
        # total, "this figure" is the total's, not the last part's)
        several = self.kozh and _one_of_several_parts(c, found)
        if c.quantity is not None and c.unit != "percent" and not several:
            self.count = (c.unit, c.purpose)
        if self.kozh and c.quantity is not None and c.span[0] not in s.baselines and not several:
            self.reading = (c.unit, c.purpose, c.destination)


def _one_of_several_parts(c: Claim, found: list[Claim]) -> bool:
    """Whether ``c`` is one of several parts, each of its own purpose, of a total its sentence
    gave first ("共有朝鲜公民1186人,其中留学生742人、商务人员63人、持公务护照者381人"); a
    single part is not ("其中留学…2400人左右。这一数字…" points back to that part)."""
    first_total = next(
        (
            t.span[0]
            for t in found
            if t.quantity is not None and t.purpose == "total" and t.span[0] < c.span[0]
        ),
        None,
    )
    if first_total is None or c.purpose in (None, "total"):
        return False
    parts = {
        o.purpose
        for o in found
        if o.quantity is not None and o.span[0] > first_total and o.purpose not in (None, "total")
    }
    return len(parts) >= 2


# "연간 합계 10,056", "全年合计 9,876": the year's total, right before its figure
_YEAR_TOTAL_BEFORE = {
    "ko": re.compile(r"(?:연간|한\s?해)\s?(?:합계|총계|누계|전체)?\s*[:：]?\s*$"),
    "zh": re.compile(r"全年(?:合计|合計|共计|共計|总计|總計)?\s*[:：]?\s*$"),
}


def _whole_year_total(c: Claim, s: _Sentence, lang: str) -> Claim:
    """A figure given as "the year's total" ("― 4분기 2,650 / 연간 합계 10,056(전년 대비 18.4%
    증가)") is of the whole year its period lies in, not of the quarter or months named beside
    it; a comparison's baseline then is that year's before."""
    rx = _YEAR_TOTAL_BEFORE.get(lang)
    if rx is None or c.quantity is None or c.period is None or _is_year(c.period):
        return c
    r = c.span[0] - s.s0
    if not rx.search(s.text, max(0, r - 12), r):
        return c
    y = label_year(c.period)
    if y is None:
        return c
    comp = c.comparison
    if comp is not None and comp.baseline_period and not _is_year(comp.baseline_period):
        by = label_year(comp.baseline_period)
        comp = dataclasses.replace(comp, baseline_period=str(by) if by else None)
    return dataclasses.replace(c, period=str(y), comparison=comp)


# a Hangul or CJK character: the word that points back is Korean or Chinese
_KOZH_CHAR = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]")


def _points_back(s: _Sentence, c: Claim) -> bool:
    """Whether the sentence's word that points back ("of them", «из них») is about ``c``: before
    it, or right after it ("8,000 of them"), not "…, many of them on student visas" after it."""
    if s.back is None:
        return False
    r = s.back.start() + s.s0
    if r < c.span[0]:
        return True
    # ("1.4万人,其中约4000人死伤", "1만 명, 이 중": in Korean and Chinese the word after a figure
    # opens the breakdown of that figure, which is the sentence's own count)
    return r - c.span[1] <= 3 and not _KOZH_CHAR.match(s.back.group())


# a Korean contrast ("…지만,", "…으나,") right before the source that opens the next clause
_KO_BUT_THEN_SOURCE = re.compile(r"(?:지만|으나),?\s*$")
# a Korean contrast that ends a clause ("…지만,", "…으나 ")
_KO_BUT_CLAUSE = re.compile(r"(?:지만|으나),?\s")


def _source_of(sentence: str, pos: int, attribution: str | None, at: int, lang: str) -> str | None:
    """The sentence's attribution for the figure at ``pos``, unless a part of the sentence of
    its own (between semicolons) has another, unnamed source: "Telegram channels claim 30,000;
    FSB data show 13,221" credits only 13,221 to the FSB."""
    if (
        lang == "ko"
        and attribution is not None
        and at > pos
        and _KO_BUT_THEN_SOURCE.search(sentence, pos, at) is not None
    ):
        # "공식 통계상 … 수백 명에 불과하지만, 국정원은 1만여 명이 … 본다": the body that opens
        # the contrasting clause gives its own figure, not the one before
        return None
    if attribution is None or ";" not in sentence or lang not in _OTHER_SOURCE:
        return attribution
    lo = sentence.rfind(";", 0, pos) + 1
    hi = sentence.find(";", pos)
    hi = len(sentence) if hi < 0 else hi
    if lo <= at < hi or not _OTHER_SOURCE[lang].search(sentence, lo, hi):
        return attribution
    return None


def _record_only(sentence: str, lang: str) -> bool:
    """The sentence names no number outside one record phrase, and points back to the figure
    before it: in Korean and Chinese with no people named ("2019년 이후 최대 규모다.", "创2019年
    以来新高。"); in English and Russian after "That was", «Это» ("That was the highest quarterly
    number of study trips since the series began in 2010.")."""
    if lang in _RECORD_POINTS_BACK and not _RECORD_POINTS_BACK[lang].match(sentence):
        return False  # (a cheap test first: most sentences after a figure do not open so)
    every = find_comparisons(sentence, lang)
    comps = [c for c in every if c.kind == "record"]
    if len(comps) != 1:
        return False
    c = comps[0]
    # ("… is the highest since the series began in 2010 and almost nine times the 2023 total",
    # «Это максимум с 2010 года … и почти в 13 раз больше, чем во втором квартале (328 поездок)»:
    # other changes of the same figure, with their baselines' figures, may follow in en/ru)
    spans = [
        span
        for o in every
        if o is not c and lang in ("en", "ru")
        for span in ((o.start, o.end), o.baseline_span)
        if span is not None
    ]
    conceded = False
    if lang in _RECORD_POINTS_BACK:
        opens = _RECORD_POINTS_BACK[lang].fullmatch(sentence, 0, c.start) is not None
    else:
        opens = not _units(sentence, lang) and bool(_RECORD_OPENS.fullmatch(sentence, 0, c.start))
        if not opens and lang in _RECORD_CONCEDED:
            # "这一数字虽不及2019年同期水平,但已是2020年以来同期最高": "this figure", a
            # concession, then the record (the concession naming years, not counts)
            opens = conceded = not _units(sentence, lang) and bool(
                _RECORD_CONCEDED[lang].fullmatch(sentence, 0, c.start)
            )
    return opens and all(
        (c.start <= n.start and n.end <= c.end)
        or (conceded and sentence[n.end : n.end + 1] in ("年", "년"))
        or any(
            a <= n.start
            and (n.end <= b or _BRACKET_AFTER_BASE.fullmatch(sentence, b, n.start) is not None)
            for a, b in spans
        )
        for n in find_numbers(sentence, lang)
    )


# "That was the highest …", «Это максимум с …»: the record is the figure just given's
_RECORD_POINTS_BACK = {
    "en": re.compile(
        # ("The figure, from FSB border service data released on Monday, is …": an aside may
        # come between)
        r"\s*(?:that|this|it|the\s+(?:figure|number|total))(?:,[^,]{1,80},)?\s+"
        r"(?:was|is|marks|marked|represents|"
        r"represented|makes|made)\s+(?:also\s+)?"
        # ("That makes the second quarter the busiest … since 2019")
        r"(?:the\s+(?:first|second|third|fourth|last|latest)\s+(?:quarter|half|month)\s+)?"
        r"(?:the\s+|a\s+|an\s+)?",
        re.I,
    ),
    # («Число учебных поездок стало максимальным как минимум с 2010 года», «Показатель первого
    # квартала стал максимальным с 2019 года»: the count just given, named again)
    "ru": re.compile(
        r"\s*(?:это|этот\s+показатель|эта\s+цифра|такое\s+число|"
        r"(?:число|количество|показатель)(?:\s+[а-яё«»]+){0,4}?\s+(?=стал))"
        r"\s*(?:[—–-]\s*|стал\w*\s+|является\s+)?",
        re.I,
    ),
}


# the flow a record sentence may name as its subject ("북한인의 러시아 입국 규모는", "朝鲜人入境
# 俄罗斯人数"): entering, visiting, being sent (not wages, trade or prices)
_RECORD_FLOW = {
    # ("N. Korean study entries into Russia hit record high in Q3")
    "en": re.compile(r"\b(?:entries|arrivals|visits|trips|crossings|entered|arrived)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:въезд|прибыти|поездок|въехал|прибыл)", re.I),
    "ko": re.compile(r"입국|방문|파견|파병|유입"),
    "zh": re.compile(r"入境|赴俄|赴华|赴華|访问|訪問|派遣|派往|输出|輸出"),
}


def _names_its_flow(
    sentence: str,
    c: ComparisonMention,
    comps: list[ComparisonMention],
    numbers: list[NumberMention],
    places: Sequence[context.Mention],
    lang: str,
) -> bool:
    """A record that is the sentence's only comparison and only figure, whose subject before it
    names the watched nationals and their flow ("지난해 북한인의 러시아 입국 규모는 2010년 이후
    가장 많았다", "N. Korean study entries into Russia hit record high in Q3"): a record-only
    claim about that flow."""
    if lang not in _RECORD_FLOW or len(comps) != 1:
        return False
    if any(not (c.start <= n.start and n.end <= c.end) for n in numbers):
        return False
    head = sentence[: c.start]
    return _RECORD_FLOW[lang].search(head) is not None and any(
        p.role == "people" and p.end <= c.start for p in places
    )


# what may stand before such a record: nothing, "이는", "这一数字", and "为", "创" (not a subject
# of its own: "양국 교역액은 2019년 이후 최대였다" is about trade)
_RECORD_CONCEDED = {
    "ko": re.compile(
        r"\s*(?:이는|이\s?수치는|이\s?숫자는|이\s?규모는)[^.]*?(?:지만|으나)\s*,?\s*"
        r"(?:이미\s*|여전히\s*)?"
    ),
    "zh": re.compile(
        r"\s*(?:这|這|此)(?:一|个|個)?(?:数字|數字|数据|數據)\s*(?:虽然|雖然|虽|雖)[^。;；]*?[,，]\s*"
        r"(?:但|却|卻|但却|但卻)(?:已经|已經|已|也|仍)?\s*(?:为|為|是|创|創|创下|創下)?\s*"
    ),
}
# ("这是自2023年以来的最低水平": "since" may open the year)
_RECORD_OPENS = re.compile(
    r"\s*(?:이는|이것은|이\s?수치는|이\s?숫자는|(?:这|這|此)(?:一|个|個)?(?:数字|數字)?)?\s*,?\s*"
    r"(?:为|為|是|创|創|再创|再創|创下|創下)?\s*(?:自|从|從)?\s*"
)


def _part_within(sentence: str, s0: int, c: Claim, found: list[Claim], lang: str) -> bool:
    """Korean/Chinese: ``c`` follows "이 중", "其中" in its own sentence, after a total given
    before that word ("모두 2천 318명으로, 이 중 '유학' 목적은 1천 94명"), or follows a total
    with "out of" after it ("북한인 900명 가운데 유학 목적이 500명"): a part of that total."""
    r = c.span[0] - s0
    if c.purpose != "total" and any(
        o.quantity is not None
        and o.purpose == "total"
        and o.span[1] - s0 <= r
        and _OUT_OF_AFTER[lang].match(sentence, o.span[1] - s0)
        for o in found
    ):
        return True
    return any(
        m.start() < r
        and any(
            o.quantity is not None and o.purpose == "total" and o.span[0] - s0 < m.start()
            for o in found
        )
        for m in _REFER_BACK[lang].finditer(sentence)
    )


def _is_year(label: str) -> bool:
    return len(label) == 4 and label.isdecimal()


def _context_period(
    c: Claim,
    kind: str,
    same: bool,
    last_period: str | None,
    last_sub: str | None,
    *,
    refers_back: bool = False,
) -> str | None:
    """The period of ``c`` read with the figures stated before it in the document.

    ``kind`` is how the sentence gave the period ("year", "previous", ... or "" when the sentence
    names none; "unresolved" when it names one that cannot be resolved, e.g. "last year" with no
    document date: that stays unknown). "The same period" takes the previous sub-year period,
    moved to the year the sentence names (with no figure before it, the period is unknown);
    "a year earlier" is the year before the previous figure. A figure that names no period takes
    the previous figure's only when it points back to it ("of them", "из них", "그중", "其中") or
    is a part of the total given in the sentence before (in Korean and Chinese, every part that
    sentence lists: "목적별로는 유학이 …, 상용 …, 공무 …"): an article's next figure without a date
    is as often "currently", a troop estimate or the previous figure's baseline year, and a wrong
    period sends the check to the wrong count.
    """
    if kind == "unresolved":
        return c.period
    if kind == "next" and c.period is None:
        # "The following year that figure rose to 7,635": the year after the figure before
        y = label_year(last_period) if last_period else None
        return str(y + 1) if y else None
    if (
        kind == "previous"
        and last_period
        # (a year named later in the sentence is another figure's: "Годом ранее … 1 117 раз, а
        # в 2019 году — почти 21 тыс.")
        and not re.search(r"(?:19|20)\d\d", c.sentence[: c.span[1] - c.sentence_span[0]])
    ):
        # "Годом ранее", "a year earlier": before the figure the article just gave
        ref = last_sub if same and last_sub else last_period
        return shift_label(ref, -1) if c.comparison is None else c.period
    if same:
        if c.period is None:
            return last_sub or last_period
        y = label_year(c.period)
        if last_sub and y and _is_year(c.period):
            return shift_label(last_sub, y - (label_year(last_sub) or y))
        if last_period is None and c.comparison is None and _is_year(c.period):
            # "2020년 같은 기간 34명", "400 in the same period of 2023" with no figure before it:
            # some part of that year, not the year; unknown, so that 34 is not checked against
            # the whole year's count
            return None
        return c.period
    if c.period is None and kind == "" and last_period and refers_back:
        # a follow-up figure that names no period ("Nearly 8,000 of them came to study")
        return last_period
    return c.period


_BETWEEN_MARK_AND_BASELINE = (
    re.compile(r"\s*"),
    re.compile(r"\s+(?:[a-z]+\s+){0,2}", re.I),
)


_BY_AMOUNT_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|grew|dropped)\s+by\s+$", re.I
)
_TO_FIGURE_AFTER = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+)?\d")
_REVISED_BEFORE = re.compile(r"\brevis(?:ing|ed|es)\b[^.;]*$", re.I)
_THING_THEN_CHANGE = re.compile(r"\s*[^\W\d][^\d,;.]{0,50},\s*")


def _changed_to_a_thing(
    sentence: str,
    lang: str,
    c: ComparisonMention,
    numbers: list[NumberMention],
    rows: list[_Row],
    periods: list[PeriodMention],
) -> bool:
    """The change went to a figure that counts no people ("Rail freight … rose 40% to 1.1
    million tonnes", "grew 30% to 5,000 Chinese tourists"), or is set off by a comma right after
    one ("1.2 million square metres of new flats, 8 percent more than last year"): it is that
    figure's change, set aside with it."""
    to = _CHANGED_TO_AFTER[lang].match(sentence, c.end)
    if to is not None:
        n = next((n for n in numbers if n.start == to.end()), None)
    else:
        # "calls for 1.2 million square metres of new flats, 8 percent more than last year": the
        # change set off by a comma right after a figure of something else is that figure's
        before = [n for n in numbers if n.end <= c.start]
        n = before[-1] if before else None
        if n is None or not _THING_THEN_CHANGE.fullmatch(sentence, n.end, c.start):
            return False
    return (
        n is not None
        and not any(p.start <= n.start < p.end for p in periods)
        and not any(r["x"].m.start == n.start for r in rows)
    )


# "the Pyongyang–Vladivostok flights", «рейсы Пхеньян — Москва»: two places joined by a dash,
# with the kind of service before or after them (not "DPRK-Russia cooperation")
_ROUTE_DASH = re.compile(r"\s?[–—-]\s?")
_ROUTE_AFTER = re.compile(
    r"\s+(?:(?:rail|air|passenger|ferry|bus|train|flight)\s+)?"
    r"(?:flights?|routes?|trains?|link|line|service|ferr(?:y|ies)|buses|crossing)\b",
    re.IGNORECASE,
)
_ROUTE_BEFORE = re.compile(
    r"(?:рейс\w*|маршрут\w*|поезд\w*|перелет\w*|перелёт\w*|сообщени\w*|линии|линия)\s+$",
    re.IGNORECASE,
)


# the counter "명" after no numeral starts another word ("명태 어획량", "명단"): it names no people
# ("올해 명태 어획 할당량을 … 12% 늘린 23만t": a catch grew, not a flow)
_KO_NUMERAL_BEFORE_MYEONG = re.compile(r"(?:\d|[만천백십여몇두세네섯곱덟홉열무너러한])\s?$")


def _names_people_ko(sentence: str) -> bool:
    """Whether a Korean sentence names people: a people noun, or "명" right after a numeral."""
    return any(
        sentence[u.start : u.end] != "명"
        or _KO_NUMERAL_BEFORE_MYEONG.search(sentence, max(0, u.start - 3), u.start)
        for u in _units(sentence, "ko")
    )


def _off_routes(sentence: str, places: list[context.Mention]) -> list[context.Mention]:
    """``places`` without the two ends of a route named as a pair ("crews of the
    Pyongyang–Vladivostok flights"): a route runs both ways, so neither end says where the
    people counted went."""
    ends: set[int] = set()
    for a, b in itertools.pairwise(places):
        if (
            a.role != "people"
            and b.role != "people"
            and _ROUTE_DASH.fullmatch(sentence, a.end, b.start)
            and (
                _ROUTE_AFTER.match(sentence, b.end)
                or _ROUTE_BEFORE.search(sentence, max(0, a.start - 20), a.start)
            )
        ):
            ends.update((a.start, b.start))
    return [p for p in places if p.start not in ends] if ends else places


def _sentence_claims(
    sentence: str,
    offset: int,
    lang: str,
    doc_date: date | None,
    doc_id: str,
    watched: frozenset[str],
    *,
    follow_up: bool = False,
    info: dict[int, str] | None = None,
    baselines: set[int] | None = None,
    relative: dict[int, int] | None = None,
    carried_period: str | None = None,
    carried_purpose: str | None = None,
    record_back: bool = False,
    frame: tuple[str | None, str | None, str | None] | None = None,
) -> list[Claim]:
    """The claims of one sentence. ``follow_up``: the sentence refers back to a figure stated
    before ("of them", "the same period"), so a bare figure counts the same people. ``info``
    receives, per claim start, how the sentence gave its period (see ``_context_period``);
    ``baselines`` the starts of the figures that are a comparison's baseline; ``relative`` the
    baseline's offset in years of a comparison whose figure has no period yet. ``carried_period``
    and ``carried_purpose`` are those of the figure the article gave before this sentence.
    ``record_back``: the sentence right after a figure states nothing but a record ("2019년 이후
    최대 규모다"), which is about that figure. ``frame``: the (period, origin, destination) of
    the heading line a bulleted line stands under (see ``_heading_frame``)."""
    numbers = find_numbers(sentence, lang)
    if not numbers and not may_compare(sentence, lang):
        return []  # (a comparison needs no figure: "grew almost twelvefold in a year")
    # every phone form holds "+", "(" or "-": most sentences need not be scanned
    phones = (
        [m.span() for m in _PHONE.finditer(sentence)]
        if "-" in sentence or "+" in sentence or "(" in sentence
        else []
    )
    phones += _scores(sentence, lang)
    # Most sentences with digits hold only years, dates and article numbers: a cheap first look
    # (without the period and comparison readers) settles them.
    pre_kept = [n for n in numbers if keep_number(sentence, n, lang, phones)]
    if not pre_kept and not may_compare(sentence, lang):
        return []
    periods = find_periods(sentence, lang, doc_date)
    if lang in ("en", "ru") and any(p.kind == "year" and p.end - p.start == 4 for p in periods):
        periods = [p for p in periods if not year_is_a_count(sentence, p, lang)]
    comps = find_comparisons(sentence, lang)
    blocked: list[tuple[int, int]] = [(p.start, p.end) for p in periods]
    records: list[tuple[int, int]] = []
    blocked.extend(phones)
    # a number inside a source's name ("38노스의 연구원은", "38北网站") is part of the name, not
    # a count: attributions.yaml lists the name whole (unless the name's letters begin a
    # nationality: "38 North Korean workers", "38名北韓勞工" are people)
    named = [
        m
        for m in context.attributions_in(sentence, lang)
        if _NUMBER_IN.search(sentence, m.start, m.end)
    ]
    if named:
        around = context.places_in(sentence, lang)
        blocked.extend(
            (m.start, m.end)
            for m in named
            if not any(p.start < m.end and m.start < p.end for p in around)
        )
    for c in comps:
        if c.consumed:
            blocked.append(c.consumed)
        if c.kind == "record":
            records.append((c.start, c.end))
    if lang in ("ko", "zh"):
        # "지난해 10월부터 12월", "2024년 상반기", "去年12月": the year word belongs to the finer
        # period right after it, which is the figure's period (the year still blocks numbers);
        # "2021년 이후 처음", "2021年以来首次": the first time since a year is no figure's period
        periods = [
            p
            for p in periods
            if (
                p.kind not in ("year", "relative")
                or not any(
                    0 <= q.start - p.end <= 1 and q.label and q.year == p.year and q is not p
                    for q in periods
                )
            )
            and not (p.kind == "sinceyear" and _FIRST_SINCE_AFTER[lang].match(sentence, p.end))
            # "지난달 공개된 잠정치 5천231명", "上月公布的初步数据": when a figure was made
            # public, not the period it counts
            and not _PUBLISHED_AFTER[lang].match(sentence, p.end)
        ]
    kept = [
        n
        for n in pre_kept
        if not _overlaps(n.start, n.end, blocked)
        # inside a record's phrase only a figure with its people noun ("рекордные 640 туристов
        # … максимум с 2019 года"), not the phrase's own number ("highest in 12 years")
        and (
            not _overlaps(n.start, n.end, records)
            or _first_unit_after(sentence, n.end, lang, window=12) is not None
            # ("entries for work climbed to a record 2,140": the figure the record is)
            or _RECORD_FIGURE_BEFORE.search(sentence, max(0, n.start - 20), n.start) is not None
        )
    ]
    if lang == "en" and " by " in sentence:
        # "revising its tally up by 220 to 4,090": the amount of a revision, not a count
        kept = [
            n
            for n in kept
            if not (
                _BY_AMOUNT_BEFORE.search(sentence, max(0, n.start - 20), n.start)
                and _TO_FIGURE_AFTER.match(sentence, n.end)
            )
        ]
    if not kept and not comps:
        return []
    clauses = _clauses(sentence)
    nums = [_Num(n, _qualifier(sentence, n, lang)) for n in kept]
    # ranges: "300至400名", "300-400", "between 300 and 400", "от 300 до 400"
    ranged: list[tuple[_Num, _Num]] = []
    for a, b in itertools.pairwise(nums):
        gap = sentence[a.m.end : b.m.start]
        if _RANGE_SEP[lang].match(gap):
            if ranged and ranged[-1][1] is a:
                # "4천~5천 명에서 8천~9천 명으로": the upper end of one range starts no other
                # (from one estimate to another)
                continue
            if (
                lang == "en"
                and "to" in gap.lower()
                and not re.search(r"\bbetween\s+$", sentence[: a.m.start], re.I)
                and re.search(r"\bfrom\s+$", sentence[: a.m.start], re.I)
            ):
                continue  # "from 300 to 400": a change, not a range
            if (
                lang == "en"
                and "to" in gap.lower()
                and _BY_AMOUNT_BEFORE.search(sentence, 0, a.m.start)
            ):
                continue  # "revising its tally up by 220 to 4,090": the change, then the level
            if (
                lang == "en"
                and "and" in gap.lower()
                and not re.search(r"\bbetween\s+$", sentence[: a.m.start], re.I)
            ):
                continue
            if (
                lang == "ru"
                and "до" in gap
                and not re.search(r"\bот\s+$", sentence[: a.m.start], re.I)
            ):
                continue
            a.qualifier, b.qualifier = "at_least", "at_most"
            a.m = _range_start_scaled(sentence, a.m, b.m, lang)
            ranged.append((a, b))
    # baseline figures: inside a comparison's baseline phrase, or between it and the marker
    for k, c in enumerate(comps):
        if c.baseline_span is None:
            continue
        bs, be = c.baseline_span
        if bs < c.start and any(o.baseline_span == c.baseline_span for o in comps[:k]):
            # "'학업'이 4천여 건으로 전년의 절반에 그친 반면, '노동'은 2천여 건으로 두 배",
            # "…僅為2024年的一半；…逾2900人次，幾乎翻倍": a later comparison measured against the
            # same baseline phrase; the figures between are its own, not baselines
            continue
        lo, hi = (bs, c.start) if bs < c.start else (bs, be)
        for x in nums:
            if lo <= x.m.start < max(hi, be) and x.m.start < max(c.start, be):
                x.baseline_of = c
            elif (
                lang in _WHEN_AFTER_BASE
                and be <= x.m.start <= be + 45
                and bs > c.start
                and _WHEN_AFTER_BASE[lang].fullmatch(sentence, be, x.m.start)
            ):
                # «на 90% меньше, чем в первом квартале 2024-го, когда въехавших было около 3
                # тыс.», "than in 2019, when some 3,000 came": the baseline period's figure
                x.baseline_of = c
            elif (
                lang in _WHEN_AFTER_BASE
                and bs > c.start
                and _BRACKET_AFTER_BASE.fullmatch(sentence, be, x.m.start)
                and _BRACKET_CLOSE.match(sentence, x.m.end)
            ):
                x.baseline_of = c
            elif (
                lang == "en"
                and bs >= c.start
                and _OF_BEFORE_FIGURE.fullmatch(sentence, be - 2, x.m.start)
            ):
                # "double the 2022 total of 160": the figure the baseline phrase ends on
                x.baseline_of = c
            elif (
                lang == "en"
                and bs > c.start
                and c.end <= x.m.start < x.m.end < bs
                and _BETWEEN_MARK_AND_BASELINE[0].fullmatch(sentence, c.end, x.m.start)
                and _BETWEEN_MARK_AND_BASELINE[1].fullmatch(sentence, x.m.end, bs)
            ):
                # "eighteen times the 296 recorded a year earlier": the figure between the
                # marker and the baseline's period is the baseline's
                x.baseline_of = c
    places = _off_routes(sentence, context.places_in(sentence, lang))
    if lang in ("ko", "zh") and (dateline := _DATELINE_KOZH.match(sentence)):
        # "(新华社北京29日电)", "(서울=연합뉴스)": where the report was filed, not a flow's place
        places = [p for p in places if p.start >= dateline.end()]
    if lang == "zh":
        # "日本共同社引述消息人士報道", "南韓聯合通訊社": the news agency's country, not a
        # flow's place
        places = [p for p in places if not _ZH_NEWS_AGENCY_AFTER.match(sentence, p.end)]
    if lang in ("ko", "zh"):
        places = _nationals_before_noun(sentence, lang, places, watched)
    elif any(p.role == "name" for p in places):
        places = _actors(sentence, lang, places, watched)
        if lang == "ru":
            # «о полутора тысячах военных КНДР», «рабочих КНДР»: a country in the genitive right
            # after the counted noun names whose people they are, not where they went
            units = _units(sentence, lang)
            places = [
                p._replace(role="people")
                if p.role == "name"
                and any(u.end <= p.start and not sentence[u.end : p.start].strip() for u in units)
                else p
                for p in places
            ]
    # "우크라이나 정부는", "朝鲜驻华使馆介绍", "Seoul's National Intelligence Service": a country
    # inside the name of a source that watches the flow from outside (or right before it) names
    # who speaks, not whose people or where they went (see observer_sources in filters.yaml)
    observers = context.observer_sources()
    sources = [a for a in context.attributions_in(sentence, lang) if a.key in observers]
    if sources:
        places = [
            p
            for p in places
            if p.role == "people"
            or not any(
                a.start - 1 <= p.start < a.end
                or (
                    0 <= a.start - p.end <= 3
                    and sentence[p.end : a.start].strip() in _POSS
                    # Chinese writes a name without spaces: one before the source is a headline's
                    # break ("朝鲜劳工涌入俄罗斯 韩情报部门:"), the country ends the clause before
                    and not (lang == "zh" and sentence[p.end : a.start].isspace())
                )
                # "미국 싱크탱크 38노스", "美国智库38北": the kind of body between them
                or _KIND_OF_SOURCE.fullmatch(sentence, p.end, a.start) is not None
                for a in sources
            )
        ]
    baseline_spans = [c.baseline_span for c in comps if c.baseline_span] + [
        (c.start, c.end) for c in comps if c.kind == "record"
    ]
    if lang == "ko":
        baseline_spans += [m.span() for m in _LEVEL_REGAINED_KO.finditer(sentence)]
        baseline_spans += [m.span() for m in _SHORT_OF_YEAR_KO.finditer(sentence)]
    out: list[Claim] = []
    rows: list[_Row] = []
    figure_clauses = {_clause_of(clauses, x.m.start) for x in nums}
    # Korean/Chinese: a clause that counts things ("该市水产加工企业今年计划加工鱿鱼12万吨") owns
    # the period it names, like a figure's clause (see _period_mention)
    thing_clauses = (
        {
            _clause_of(clauses, t.start)
            for t in numbers
            if t not in kept
            and not _overlaps(t.start, t.end, blocked)
            and context.not_counted_after(sentence[t.end : t.end + 30], lang)
        }
        if lang in ("ko", "zh")
        else set()
    )
    same_marks = [m.span() for m in _SAME_PERIOD[lang].finditer(sentence)]
    for x in nums:
        n = x.m
        clause = _clause_of(clauses, n.start)
        clause_text = sentence[clause[0] : clause[1]]
        unit, attached = _unit_for(sentence, n, lang, clause)
        if (
            not attached
            and rows
            and rows[-1]["attached"]
            and lang in _VERSUS_BEFORE
            and _VERSUS_BEFORE[lang].search(sentence, max(0, n.start - 30), n.start)
        ):
            # "1,132 North Korean workers held Russian work permits, down from 1,610": the level
            # set against a figure counts what that figure counts
            unit = rows[-1]["unit"]
        if unit is None and sentence[max(0, n.start - 1) : n.start] == "$":
            unit = "usd"  # "$500 million" (only earnings pass keep_number)
        if (
            (
                unit in (None, "persons")
                # «900 студентов учатся в вузах, около двухсот работают»: a noun from another
                # clause does not say what a figure at work counts
                or (
                    not attached
                    and lang in ("en", "ru")
                    and not _within(_units(sentence, lang), clause[0], clause[1])
                )
            )
            and lang in _AT_WORK
            and _at_work(sentence, n, lang, clause, places)
        ):
            unit = "workers"
        elif (
            unit in (None, "persons")
            and lang in _AT_STUDY
            and (
                (
                    _AT_STUDY[lang].search(
                        sentence, max(clause[0], n.start - 40), min(clause[1], n.end + 40)
                    )
                    and any(p.role == "people" and clause[0] <= p.start < clause[1] for p in places)
                )
                # («Из них свыше 1,2 тыс. обучаются в вузах»: the figure is the verb's subject)
                or (lang == "ru" and _STUDY_RIGHT_AFTER.match(sentence, n.end))
            )
        ):
            unit = "students"  # «в вузах учатся свыше 400 северокорейцев»: students
        elif (
            unit in (None, "persons")
            and lang in ("en", "ru")
            and (pred := _PREDICATE_NOUN_AFTER.match(sentence, n.end)) is not None
            and (nouns := _units(pred.group("noun"), lang))
            and nouns[0].key in _SUBJECT_UNITS
        ):
            unit = nouns[0].key  # «Большинство — около 700 человек — студенты»
        elif (
            unit == "persons"
            and lang == "ru"
            and _IN_BEFORE_RU.search(sentence, max(0, n.start - 12), n.start)
            and (est := _ESTIMATES_RU.search(sentence, 0, n.start)) is not None
            and (nouns := _units(est.group("noun"), lang))
            and nouns[0].key in _SUBJECT_UNITS
        ):
            unit = nouns[0].key  # «Сеул оценивает пополнение … в 1–1,5 тыс. человек»: troops
        elif (
            unit == "persons"
            and lang == "ru"
            and (est := _NUMBER_OF_NOUN_RU.search(sentence, 0, n.start)) is not None
            and _REACHES_BEFORE_RU.search(sentence, est.end(), n.start)
            and (nouns := _units(est.group("noun"), lang))
            and nouns[0].key in _SUBJECT_UNITS
        ):
            # «реальное число трудовых мигрантов … может доходить до 5–6 тысяч человек»: the
            # «человек» are the number's own noun
            unit = nouns[0].key
        elif (
            unit in (None, "persons")
            and lang == "ko"
            and _KO_AT_WORK_AFTER.match(sentence, n.end, clause[1])
        ):
            unit = "workers"  # "수백 명이 … 휴양소에서 일하고 있다": people at work are workers
        elif (
            unit in (None, "persons")
            and lang == "ko"
            and _KO_BUILDING_SITE.search(sentence, clause[0], clause[1])
            and _KO_PUT_IN_AFTER.match(sentence, n.end, clause[1])
        ):
            unit = "workers"  # "건설 현장에 수천 명이 새로 투입된": put to work at a site
        elif (
            unit in (None, "persons")
            and lang == "ko"
            and (more := _KO_MORE_OF_AFTER.match(sentence, n.end)) is not None
            and (nouns := _units(more.group("noun"), lang))
            and nouns[0].key in _SUBJECT_UNITS
        ):
            unit = nouns[0].key  # "1만2천명을 보냈으며 추가 병력이 곧 도착할": troops
        origin, dest = _countries(sentence, n.start, lang, clause, places, watched, n.end)
        if (
            dest is not None
            and lang in _ABROAD_RIGHT_AFTER
            and _ABROAD_RIGHT_AFTER[lang].match(sentence, n.end)
        ):
            # "kept tens of thousands of workers abroad throughout 2024, with … in Laos": abroad
            # is no one country (the countries after are the parts')
            dest = None
        if (
            origin is None
            and dest is not None
            and dest in watched
            and (unit == "usd" or sentence[max(0, n.start - 1) : n.start] == "$")
        ):
            origin, dest = dest, None  # "generated $6.8 million for the regime in Pyongyang"
        if (
            origin is not None
            and origin not in watched
            and (dest is None or dest in watched)
            and (unit == "usd" or sentence[max(0, n.start - 1) : n.start] == "$")
            # «тур в КНДР для россиян — 750 долларов»: Russians' own money stays theirs
            and not any(p.role == "people" and p.key == origin for p in places)
        ):
            # "earning Pyongyang up to $300m a year from Russia": money goes the other way
            # from the workers, out of the country where they are to the one they came from
            home = dest or next((p.key for p in places if p.key in watched), None)
            if home is not None:
                origin, dest = home, origin
            elif follow_up:
                # "其中來自俄羅斯的收入…2億美元": a part of the sum the article gave before; whose
                # money it is comes from that sum
                origin, dest = None, origin
        if frame is not None and origin is None and dest is None:
            origin, dest = frame[1], frame[2]  # a bullet under a heading that names the flow
        flow_text = clause_text
        if lang == "ko":
            scene = [m.end() for m in _KO_ATTENDED_SCENE.finditer(sentence, clause[0], n.start)]
            if scene:
                flow_text = sentence[scene[-1] : clause[1]]
        if lang in ("ko", "zh"):
            aside = _ASIDE_AT_END.search(sentence, n.end, clause[1])
            if aside:
                flow_text = flow_text[: len(flow_text) - (clause[1] - aside.start())]
        if lang in ("en", "ru") and COPULA_BEFORE[lang].search(
            sentence, max(clause[0], n.start - 40), n.start
        ):
            # «Численность населения района, по данным Росстата, составляла 28,5 тыс. человек»:
            # the figure is the predicate of a subject named clauses before
            flow_text = sentence[: clause[1]]
        if (
            lang in ("ko", "zh")
            and sentence.startswith(flow_text, clause[0])
            and _REFER_BACK[lang].match(sentence, clause[0])
        ):
            # "滨海边疆区人口约为180万,其中符拉迪沃斯托克市约60万": a part of the figure before
            # is what that figure is (a population), whatever its own clause says
            flow_text = sentence[: clause[0]] + flow_text
        if context.not_a_flow(flow_text, lang) and not any(
            p.role == "people" and clause[0] <= p.start < clause[1] for p in places
        ):
            continue  # a shortage, a population: not a flow of the watched nationals
        if lang in _CASUALTY_AFTER and _CASUALTY_AFTER[lang].match(sentence, n.end):
            continue  # "2천명이 전사했다", "约2000人阵亡": the dead, not a flow
        if lang in _AUTHORS_AFTER and _AUTHORS_AFTER[lang].match(sentence, n.end):
            continue  # "연구진 5명이 … 작성했다": a text's authors, not a flow
        if (
            lang == "ko"
            and _KO_PANEL_BEFORE.search(sentence, max(clause[0], n.start - 12), n.start)
            and not any(clause[0] <= p.start < clause[1] for p in places)
            and not _SEND_VERB[lang].search(clause_text)
            and not _NEWLY_CAME[lang].search(clause_text)
        ):
            continue  # "외부 전문가 3명이 참여했다": a panel's members, not a flow
        if lang in _CASUALTY_BEFORE and _CASUALTY_BEFORE[lang].search(sentence, clause[0], n.start):
            continue  # "북한군 사상자가 4천700명": casualties, not a flow
        if (
            unit is None
            and origin is None
            and lang in ("en", "ru")
            and not n.counter
            and not follow_up
            and sentence[n.start : n.end].lower() not in COLLECTIVE  # «трое»: people
            # «называла цифру в 12 тысяч», "put the figure at 12,000": the figure of what the
            # article counts
            and not _FIGURE_OF_BEFORE.search(sentence, max(0, n.start - 45), n.start)
            # "That is roughly eleven times the 332 who came to study in the second quarter":
            # the baseline of a change, counted as what changed
            and not (
                lang == "en"
                and carried_period
                and _TIMES_THE_BEFORE.search(sentence, max(0, n.start - 20), n.start)
            )
        ):
            continue  # nothing says it counts people ("cites 3 UN resolutions")
        if (origin is not None and watched and origin not in watched) or (
            dest is not None and dest in watched
        ):
            continue
        if watched and _foreign_origin_named(sentence, n.start, lang, places, watched):
            continue  # "우즈베키스탄 출신 노동자 3만여 명", "来自中亚国家的劳工12万人"
        purpose = _purpose(
            sentence,
            n.start,
            n.end,
            lang,
            clause,
            unit,
            attached,
            others=[(o.m.start, o.m.end) for o in nums],
        )
        if (
            unit == "persons"
            and not attached
            and rows
            and lang == "en"
            and _TABLE_CELL_SEP.search(sentence)
            and context.table_cell_purpose(
                sentence[clause[0] : clause[1]], n.start - clause[0], n.end - clause[0]
            )
        ):
            unit = rows[-1][
                "unit"
            ]  # "…; service personnel 4,402;": the table's count, not the label's
        whole = _OUT_OF_BEFORE.get(lang)
        whole_after = lang in _OUT_OF_AFTER and _OUT_OF_AFTER[lang].match(sentence, n.end)
        if (
            whole_after
            or (
                whole is not None
                and whole.search(sentence, max(0, n.start - 30), n.start)
                and not (lang == "ru" and _GROUP_OF.search(sentence, max(0, n.start - 80), n.start))
            )
        ) and not _purpose_in_noun(sentence, n.end, lang):
            # ("투입된 북한군 약 8천 명 가운데": troops named before their figure are troops)
            own = unit if attached or unit == "troops" else None
            modifier = [
                p
                for p in _within(_purposes(sentence, lang), clause[0], n.start)
                if lang in _MODIFIED_WHOLE
                and _MODIFIED_WHOLE[lang].fullmatch(sentence, p.end, n.start)
            ]
            purpose = (
                (context.unit_purpose(own, lang) if own else None)
                or (modifier[-1].key if modifier else None)
                or "total"
            )
        if (
            COPULA_BEFORE[lang].search(sentence, max(clause[0], n.start - 40), n.start)
            or (
                lang == "ru"
                and x.qualifier == "exact"
                and _CHANGE_TO_BEFORE["ru"].search(sentence[max(0, n.start - 130) : n.start])
            )
            or (x is nums[0] and _NUMBER_OF_OPENS.get(lang, NEVER).match(sentence))
            or _ESTIMATED_NUMBER_AT.get(lang, NEVER).search(
                sentence, max(0, n.start - 220), n.start
            )
        ):
            # "Число граждан КНДР, въехавших с целью учебы, ... составило 4 102": the figure is
            # the predicate of a subject named in earlier clauses, which say what is counted
            unit, purpose = _subject_reading(sentence, lang, nums, x, unit, purpose)
        if (
            lang in ("ko", "zh")
            and purpose == "total"
            and not _within(_purposes(sentence, lang), clause[0], clause[1])
            and (
                any(clause[0] <= sa < clause[1] for sa, _ in same_marks)
                or _period_only_subject(sentence, n.start, clause, periods, lang)
            )
        ):
            # "为1,025人,而去年同期仅为98人": the same-period figure counts the same people as
            # the figure before it, whose clause names the purpose ("…达3,765人次,而二季度仅为
            # 332人次": so does a clause whose subject is only another period)
            prev = [o for o in nums if o.m.end <= clause[0]]
            if prev:
                pc = _clause_of(clauses, prev[-1].m.start)
                purpose = _purpose(
                    sentence, prev[-1].m.start, prev[-1].m.end, lang, pc, None, False
                )
        if (
            lang == "zh"
            and purpose == "total"
            and ("类" in clause_text or "類" in clause_text)
            and _THIS_KIND_ZH.search(clause_text)
        ):
            # "部分北韓人改以「服務人員」身分入境,首季此類入境達210人次": "of this kind" is the
            # purpose named in the clause before
            named = [p for p in _purposes(sentence, lang) if p.end <= clause[0]]
            if named and not _within(_purposes(sentence, lang), clause[0], clause[1]):
                purpose = named[-1].key
        pm: PeriodMention | None = None
        wy = _WHEN_YEAR.search(sentence, max(0, n.start - 40), n.start) if lang == "en" else None
        if x.baseline_of is not None:
            c = x.baseline_of
            period = _baseline_label(c, None, periods, n.start, clause, baseline_spans)
            if period is None and carried_period and c.baseline_offset is not None:
                # «Годом ранее этот показатель составлял 13,2 тыс., так что рост составил почти
                # 40%»: the year before the figure the article gave
                period = shift_label(carried_period, c.baseline_offset)
        elif wy is not None:
            period = wy.group(1)  # "on 2023, when 1,117 were recorded"
        else:
            owned = {fc for fc in figure_clauses | thing_clauses if fc != clause}
            # "164 entries for the full year, far below 2019, when it stood at 5.5 thousand":
            # the year a "when" clause opens is that clause's figure's, not an earlier one's
            when_years = (
                [
                    (p.start, p.end)
                    for p in periods
                    if p.start > n.end
                    and _WHEN_AFTER_YEAR.match(sentence, p.end)
                    # ("roughly 21,600 in pre-pandemic 2019, when labour migration was still
                    # legal": a "when" clause with no figure of its own leaves the year to the
                    # figure before it)
                    and any(o.m.start > p.end for o in nums)
                ]
                if lang == "en" and "when" in sentence
                else []
            )
            pm = _period_mention(
                periods,
                n.start,
                clause,
                baseline_spans + when_years,
                lang,
                owned,
                sentence=sentence,
                figures=[(o.m.start, o.m.end) for o in nums if o is not x],
                end=n.end,
            )
            period = pm.label if pm else None
            if (
                pm is not None
                and lang in _LATER_TIME
                and pm.end <= clause[0]
                and _LATER_TIME[lang].search(sentence, clause[0], n.start)
            ):
                pm, period = None, None
            if (
                pm is not None
                and lang in ("ko", "zh")
                and pm.end <= clause[0]
                and pm.kind not in _TO_DATE_KINDS
                # (the period's clause counts another figure: "1~3월 … 3천 명을 추가 파병했으며";
                # a period opening the sentence alone is the total's: "今年1月至8月,…累計8,412人")
                and _clause_of(clauses, pm.start) in figure_clauses
                and (
                    _CUMULATIVE_KOZH[lang] in sentence[clause[0] : n.start]
                    or (lang == "zh" and _CUMULATIVE_KOZH["zh2"] in sentence[clause[0] : n.start])
                )
            ):
                pm, period = None, None
            if (
                pm is not None
                and lang in _STOCK_NOW
                and pm.end <= clause[0]
                and (turn := _TURNS[lang].search(sentence, pm.end, n.start)) is not None
                and _STOCK_NOW[lang].search(sentence, turn.end(), clause[1] + 40)
            ):
                # "In the third quarter, 3,700 declared study, yet an official insisted no more
                # than 600 are actually enrolled": a stock now, past the turn, is not the quarter's
                pm, period = None, None
            if pm is not None and lang in ("ko", "zh") and pm.end <= n.start:
                now = _NOW[lang].search(sentence, pm.end, n.start)
                if now is not None and any(
                    o is not x and pm.end <= o.m.start and o.m.end <= now.start() for o in nums
                ):
                    # "2017년 말 1천200명 안팎에서 현재 수백 명 수준으로": after the figure of that
                    # year, "now" gives the figure after it no period of the year's (not "2025년
                    # 현재 1만 명": as of that year)
                    pm, period = None, None
            if (
                pm is not None
                and lang == "en"
                and pm.end <= clause[0]
                and "total" in sentence
                and _RUNNING_TOTAL_BEFORE.search(sentence, max(clause[0], n.start - 60), n.start)
            ):
                # "3,000 more were moved this month, bringing the total to 10,000": the running
                # total is not the month's (its own clause may name a period: "the 2024 total")
                pm, period = None, None
        if x.baseline_of is None and same_marks:
            # "400 за аналогичный период прошлого года", "去年同期仅有400人": the year named
            # beside "the same period" is this figure's, whatever period opens the sentence
            for sa, sb in same_marks:
                if (
                    not clause[0] <= sa < clause[1]
                    or _overlaps(sa, sb, baseline_spans)  # "是去年同期的9倍": a comparison's
                    or _nearest_num(nums, sa, sb) is not x
                ):
                    continue
                beside = [
                    p
                    for p in periods
                    if p.label
                    and p.kind in ("year", "relative", "previous")
                    and (0 <= p.start - sb <= 12 or 0 <= sa - p.end <= 12)
                    # (Korean: not the baseline a change after the figure names: "같은 기간 2천여
                    # 명으로 전년 동기보다 3배": "the same period" is the one given before)
                    and not (lang == "ko" and _overlaps(p.start, p.end, baseline_spans))
                ]
                if beside:
                    pm = beside[0]
                    period = pm.label
                break
        if (
            pm is not None
            and pm.kind == "dayonly"
            and carried_period
            and lang in ("ko", "zh")
            and any(pm.end <= sa < n.start for sa, _ in same_marks)
        ):
            # "14일 … 공개한 자료를 보면 같은 기간 학업 목적으로 입국한 북한인은 2천 104명": the
            # bare day dates the report; "the same period" is the one the article gave before
            pm, period = None, None
        if (
            frame is not None
            and period is None
            and pm is None
            and x.baseline_of is None
            # an unresolved period of its own stays unknown ("전년 대비" is the baseline's)
            and not any(
                p.label is None
                and p.kind != "previous"
                and not _overlaps(p.start, p.end, baseline_spans)
                for p in periods
            )
        ):
            period = frame[0]  # "□ 2024년 … 현황" / "○ 총 입국자: 13,221명"
        if baselines is not None and x.baseline_of is not None:
            baselines.add(offset + n.start)
        if info is not None:
            if pm is not None:
                info[offset + n.start] = pm.kind if pm.label or pm.kind == "next" else "unresolved"
            elif period is None and any(p.label is None and p.kind != "previous" for p in periods):
                # "last year" with no document date; "a year earlier" is another figure's
                info[offset + n.start] = "unresolved"
        if purpose == "troops" and unit in (None, "persons"):
            unit = "troops"  # "3천여 명을 파병", "派兵规模达1.3万人": people sent to fight
        elif (
            lang == "zh"
            and purpose == "work"
            and unit in (None, "persons")
            and _WORKING_AFTER_ZH.match(sentence, n.end)
        ):
            unit = "workers"  # "数千人其实在工地打工": people said to work there are workers
        if sentence[n.end : n.end + 2].lstrip()[:1] in ("%", "％") or n.counter == "成":
            unit = "percent"  # ("占了八成": tenths, see numbers.py)
        elif sentence[max(0, n.start - 1) : n.start] == "$":
            unit = "usd"  # "$300m a year" (only earnings pass keep_number)
        if unit == "usd" and purpose == "total":
            # only labour's earnings pass keep_number ("벌어들이는 외화", «рабочие приносили
            # Пхеньяну 50 млн долларов»)
            purpose = "work"
        if (
            unit == "troops"
            and pm is not None
            and (
                pm.kind == "sincebare"
                # ("since last autumn": a season the count runs from)
                or (
                    pm.kind == "season"
                    and _SINCE_END.search(sentence, max(0, pm.start - 8), pm.start)
                )
                or (
                    lang == "ko"
                    and pm.kind == "month"
                    and _KO_SINCE_AFTER.match(sentence, pm.end) is not None
                )
            )
        ):
            # "some 11,000 troops had been sent since October": a troop estimate is a stock,
            # with no period of its own (as the dev set's troop figures; gold writers split 3–2)
            period = None
        elif (
            unit == "troops"
            and pm is not None
            and pm.kind == "sinceyear"
            and lang == "zh"
            and period
            and sentence[pm.start : pm.start + 2] in ("今年", "本年")
        ):
            # "朝鲜今年以来向俄罗斯追加派遣了约3000名士兵": troops sent so far this year are read
            # as that year's (gold writers 3–1), not as a count up to the document's month
            period = period[:4]
            pm = pm._replace(label=period, kind="relative")  # ("今年": this year, as read alone)
        rows.append(
            {
                "x": x,
                "unit": unit or "persons",
                "origin": origin,
                "dest": dest,
                "purpose": purpose,
                "period": period,
                "pkind": pm.kind if pm is not None else "",
                "attached": attached,
                "comparison": None,
            }
        )
    if comps and lang in _CHANGED_TO_AFTER:
        comps = [
            c for c in comps if not _changed_to_a_thing(sentence, lang, c, numbers, rows, periods)
        ]
    if not rows and not comps:
        return []
    _compared_figures(sentence, rows, lang)
    if lang in ("en", "ru") and "(" in sentence and len(rows) > 1:
        _bracketed_baselines(sentence, rows, periods)
    if ranged:
        _share_range_reading(rows, ranged)
    if lang in ("en", "ru"):
        listed: set[int] = set()  # the items whose noun is the list's
        for big, piece in itertools.pairwise(rows):
            if (
                piece["unit"] == "persons"
                and not piece["attached"]
                and big["unit"] != "persons"
                and (
                    _PART_OF.search(sentence, big["x"].m.end, piece["x"].m.start)
                    # «13 221 раз: учеба — 7 887», "13,221 times: study: 7,887"
                    or _TABLE_OPENS.fullmatch(sentence, big["x"].m.end, piece["x"].m.start)
                )
            ):
                piece["unit"] = big["unit"]  # "8 910 раз, из них с целью работы — 2 145": entries
                listed.add(id(piece))
            elif (
                not piece["attached"]
                and (big["attached"] or id(big) in listed)
                and _DASH_LIST_GAP.fullmatch(sentence, big["x"].m.end, piece["x"].m.start)
            ):
                listed.add(id(piece))
                # «указали 57 граждан КНДР, транзит — 14»: a list item with no noun of its own
                # counts what the item before it counted («работают не менее 500 северокорейцев,
                # а в Лаосе — несколько сотен»: workers too)
                _counts_as(piece, big)
            elif (
                piece["unit"] == "persons"
                and piece["purpose"] == "total"  # (not «ещё 300 человек приехали по учебным визам»)
                and big["unit"] in _SUBJECT_UNITS
                and MORE_OF_SAME.search(
                    sentence, max(0, piece["x"].m.start - 24), piece["x"].m.start
                )
                and not any(p.role == "people" for p in places if p.start >= piece["x"].m.end)
            ):
                # «около 14 тыс. военнослужащих КНДР …, а в январе прибыли еще до 3 тыс.
                # человек»: more of those counted
                _counts_as(piece, big)
            elif (
                not piece["attached"]
                and piece["unit"] == "persons"
                and big["unit"] != "persons"
                and _THEIR_COUNT.search(sentence, big["x"].m.end, piece["x"].m.start)
            ):
                # «в крае работали свыше 5 тыс. граждан КНДР, а к концу года их может стать до
                # 8 тыс.», "… and their number could reach 8,000": the same people, later
                _counts_as(piece, big)
    if lang in ("ko", "zh"):
        _inherit_nouns(sentence, lang, rows, clauses, ranged)
    if lang == "zh" and "成" in sentence:
        for counted, share in itertools.pairwise(rows):
            if (
                share["unit"] == "percent"
                and share["purpose"] == "total"
                and sentence.startswith("成", share["x"].m.end)
                and counted["unit"] != "percent"
            ):
                # "以「留學」名義入境者近8000人，占總數約六成": the share is that count's
                share["purpose"] = counted["purpose"]
    # only for sentences that give claims
    attribution, attributed_at = context.attribution_at(sentence, lang)
    into = context.counts_into(attribution)
    if into is not None:
        for r in rows:
            if r["dest"] is None and r["origin"] not in (None, into):
                # «погранслужба зафиксировала 12 503 въезда граждан КНДР»: into Russia
                r["dest"] = into
    if _RESPECTIVELY.search(sentence):
        _pair_respectively(sentence, rows, periods, baseline_spans, lang)
        if lang in ("ko", "zh"):
            _pair_places(sentence, rows, places, watched)
    if _EACH_PLACE_GATE[lang].search(sentence):
        _each_place(sentence, rows, places, watched, lang)
    # attach comparisons to the figure they qualify
    earlier: dict[int, _Row] = {}  # a comparison's earlier-state figure (see _later_state)
    said_back = False  # a comparison-only claim of this sentence is about the article's figure
    alone: dict[int, _Row] = {}  # a comparison's one group's figure after it (_ALONE_AFTER)
    ranges: dict[int, _Row] = {}  # a comparison's range before it (its upper end's row)
    apart: set[int] = set()  # comparisons that stand apart from another matter after them
    other_from: dict[int, int] = {}  # (en/ru) where that other matter begins
    short_of: set[int] = set()  # comparisons after a year's figure the count falls short of
    went_past: set[int] = set()  # records of the article's figure after what it went past
    also_of: dict[int, _Row] = {}  # records of a figure whose change came just before
    for c in comps:
        target = None
        if c.kind == "record":
            # "рекордные 640 туристов … максимум с 2019 года": the figure inside the phrase
            target = next((r for r in rows if c.start <= r["x"].m.start < c.end), None)
        if target is None and lang in _CHANGED_TO_AFTER:
            # "study trips slipped 8% to roughly 5,900": the figure the change went to, even
            # where a figure comes before the comparison
            target = next(
                (
                    r
                    for r in rows
                    if r["x"].baseline_of is None
                    and 0 <= r["x"].m.start - c.end <= 30
                    and _CHANGED_TO_AFTER[lang].fullmatch(sentence, c.end, r["x"].m.start)
                ),
                None,
            )
        for r in rows if target is None else ():
            if (
                r["x"].baseline_of is None
                and r["x"].m.end <= c.start
                # "1,877 entries in Q3 (Q2: 1,301; +44%)": a change inside the bracket of the
                # earlier figure is the change of the figure outside it
                and not (target is not None and _same_bracket(sentence, r["x"].m.start, c.start))
            ):
                target = r
        if target is not None and lang == "ko" and target["x"].m.end <= c.start:
            target = _went_to_after_ko(sentence, target, c, rows)
        if (
            target is not None
            and lang in ("en", "ru")
            and target["x"].m.end <= c.start
            and _AGAINST_BEFORE[lang].search(
                sentence, max(0, target["x"].m.start - 20), target["x"].m.start
            )
        ):
            # "3,765 of them, against just 62 a year earlier, a roughly sixtyfold jump": the
            # figure set against is the baseline; the change is the one's before it
            against = target
            target = next(
                (
                    r
                    for r in reversed(rows)
                    if r["x"].m.end <= against["x"].m.start and r["x"].baseline_of is None
                ),
                against,
            )
            if target is not against and any(
                p.kind == "previous" and 0 <= p.start - against["x"].m.end <= 3 for p in periods
            ):
                # ("… 62 a year earlier"): the same period a year before
                if target["period"] and against["period"] == target["period"]:
                    against["period"] = shift_label(target["period"], -1)
                elif against["period"] is None and info is not None:
                    info[offset + against["x"].m.start] = "previous"  # (the article's period)
        if (
            target is not None
            and lang == "en"
            and target["x"].m.end <= c.start
            and _own_subject_before_change(sentence, target["x"].m.end, c.start)
        ):
            # "about 7,800 North Koreans entering in 2024, and work entries were nearly triple
            # 2023's": the change's clause has a subject of its own; it stands alone
            target = None
        if (
            target is not None
            and lang == "zh"
            and target["x"].m.end <= c.start
            and _own_subject_before_change_zh(sentence, target["x"].m.end, c.start)
        ):
            target = None  # (as in English: "…1,087人次,但以学习为目的者较上季度翻了一番")
        if (
            target is not None
            and lang == "ko"
            and target["x"].m.end <= c.start
            and _FALLS_SHORT_OF_YEAR_KO[0].search(sentence, 0, target["x"].m.start)
            and _FALLS_SHORT_OF_YEAR_KO[1].match(sentence, target["x"].m.end)
        ):
            # the year's figure the count falls short of is no subject of the comparison after
            # it (see _FALLS_SHORT_OF_YEAR_KO): the count before it in the sentence is ("올해
            # 입국자는 5천 명으로 2019년의 1만 명에는 못 미쳤지만 전년보다 2배"), else the
            # comparison stands on its own, said of the article's count
            year_figure = target["x"].m.start
            before = [r for r in rows if r["x"].baseline_of is None and r["x"].m.end <= year_figure]
            target = before[-1] if before else None
            if target is None:
                short_of.add(id(c))
        if (
            target is not None
            and lang in ("ko", "zh")
            and target["x"].m.end <= c.start
            and any(hi is target["x"] for _, hi in ranged)
        ):
            # "在1.5万至2万人之间,比2023年多出约8000人": a change after a range is of the count
            # the range estimates, not of the range's upper end; it stands on its own
            ranges[id(c)] = target
            target = None
        if (
            target is not None
            and lang == "zh"
            and c.kind == "record"
            and carried_period
            and target["x"].m.end <= c.start
            and (this := _THIS_FIGURE["zh"].match(sentence)) is not None
            and _THIS_FIGURE_EXCEEDS.fullmatch(sentence, this.end(), target["x"].m.start)
            and not any(r["x"].m.start < target["x"].m.start for r in rows)
        ):
            # "這一數字甚至超過疫情前2019年全年的約3200人,創下2010年以來新高": the figure "this
            # figure" went past is a reference point; the record is the article's figure's
            went_past.add(id(c))
            target = None
        if target is not None and lang in _FROM_BEFORE and lang in _TO_BEFORE:
            a = target["x"].m.start
            if _FROM_BEFORE[lang].search(sentence, max(0, a - 20), a):
                # "jumped to 1,300 last year from just 26 in 2023, a fiftyfold rise": the change
                # is of the figure it went to, not of the one it went from
                target = next(
                    (
                        r
                        for r in reversed(rows)
                        if 0 < a - r["x"].m.end <= 60
                        and _TO_BEFORE[lang].search(
                            sentence, max(0, r["x"].m.start - 20), r["x"].m.start
                        )
                    ),
                    target,
                )
        if target is None and id(c) not in ranges:
            # "выросло в 12 раз — до 13 221", "12배 늘어난 1만3천명": the figure that follows
            # (in English and Russian not across a dash or a "when" that opens another matter:
            # "a sevenfold jump in study entries … — especially after Seoul put the number of
            # soldiers at over 11,000")
            for r in rows:
                if r["x"].baseline_of is None and r["x"].m.start >= c.end:
                    if lang in _CONTRAST and any(
                        o is not c
                        and c.end <= o.start
                        and o.end <= r["x"].m.start
                        and _CONTRAST[lang].search(sentence, c.end, o.start)
                        for o in comps
                    ):
                        # "the post said arrivals had risen twentyfold, but the real increase was
                        # roughly twelvefold: 13,221": the comparison set against it is the
                        # figure's
                        break
                    other = (
                        _OTHER_MATTER[lang].search(sentence, c.end, r["x"].m.start)
                        if lang in _OTHER_MATTER
                        else None
                    )
                    if lang in _OTHER_MATTER and (
                        other is not None
                        # «Это в пять раз больше, чем в 2022-м, но меньше, чем в 2019 году, когда
                        # … 21 тыс.»: the sentence's subject is the figure the article gave
                        or (c.start < 40 and _THAT_OPENS[lang].match(sentence) is not None)
                    ):
                        apart.add(id(c))
                        if other is not None and lang in ("en", "ru"):
                            other_from[id(c)] = other.start()
                        break
                    target = r
                    break
            if (
                target is not None
                and lang in _ALONE_AFTER
                and _ALONE_AFTER[lang].search(sentence, c.end, target["x"].m.start)
            ):
                # "朝鲜游客已经翻了一番，光这个团就有近三十人": the figure after is one group's
                # alone, not what doubled (the comparison stands on its own)
                alone[id(c)] = target
                target = None
            if (
                target is not None
                and lang == "en"
                and _TIMES_THE.search(sentence, c.start, target["x"].m.start)
                and not any(r["x"].m.end <= c.start for r in rows)
            ):
                # "The study figure was roughly triple the 364 recorded a year earlier": the
                # figure after "triple the" is the baseline; the change is the article's figure's
                target["x"].baseline_of = c
                target = None
            if target is not None and lang in _FROM_BEFORE:
                first = target
                target = _changed_to(sentence, first, rows, lang)
                if target is not first:
                    _period_not_from(target, first, periods)
        if (
            target is not None
            and lang in ("ko", "zh")
            and target["x"].m.end <= c.start
            and _later_state(sentence, target, c, periods, lang)
        ):
            # "2023年…不足2000人,而2024年这一数字翻了一番", "800명 수준이던 것이 2.5배로":
            # the figure is the earlier state; the comparison is a claim about the later one
            earlier[id(c)] = target
            target = None
        if (
            target is not None
            and lang in _MEANING
            and target["x"].m.end <= c.start
            and carried_period
            # («Годом ранее … 4 077 …, так что рост составил 45%»: the year before the article's)
            and (target["period"] not in (None, carried_period) or target["pkind"] == "previous")
            and _MEANING[lang].search(sentence, target["x"].m.end, c.start)
        ):
            # "The 2023 figure was 1,117, meaning arrivals rose about twelvefold", «в первом
            # квартале … 306 поездок, то есть рост составил 5,7 раза»: the figure is the earlier
            # state; the change is of the figure the article gave
            earlier[id(c)] = target
            target = None
        if target is not None and _other_people_compared(c, target, clauses, places, watched):
            # "1200 граждан КНДР, а вьетнамских мигрантов было втрое больше": the comparison
            # measures another nationality against this figure, not this figure's change
            continue
        if (
            target is not None
            and c.kind == "record"
            and target["comparison"] is not None
            and (
                lang != "ko"
                or (
                    (changes_before := [o for o in comps if o.end <= c.start])
                    and target["x"].m.end <= changes_before[-1].start
                    and _CHANGE_THEN_RECORD_KO.fullmatch(sentence, changes_before[-1].end, c.start)
                    is not None
                )
            )
        ):
            # "a 43 per cent increase on 2024 and the highest annual total since 2015", «на 45%
            # больше, чем годом ранее, и максимум с 2016 года», "전년보다 27% 늘어 2017년 이후
            # 최대를 기록했다", "同比增长逾四成,为2015年以来最高水平": a record said of a figure
            # that already has its change is a claim of its own about that figure
            also_of[id(c)] = target
            target = None
        if target is not None and target["comparison"] is None:
            base = _whole_year(
                sentence,
                c,
                _baseline_label(
                    c,
                    # (a figure with no period of its own takes the article's: so does a
                    # baseline named against it, "рост в 2,3 раза к I кварталу"; in Korean and
                    # Chinese only the quarter or month before it, "180명으로 전 분기보다 40%
                    # 감소")
                    target["period"]
                    or (
                        carried_period
                        if (lang in ("en", "ru") or c.baseline_previous_period)
                        and not any(
                            p.label and not _overlaps(p.start, p.end, baseline_spans)
                            for p in periods
                        )
                        else None
                    ),
                    periods,
                    c.start,
                    _clause_of(clauses, c.start),
                    baseline_spans,
                ),
            )
            if base is None:
                # "a twelvefold rise from 1,117 entries in 2023": the baseline figure's period
                base = next(
                    (
                        r["period"]
                        for r in rows
                        if r["period"]
                        and r is not target
                        and (
                            r["x"].baseline_of is c
                            or (
                                0 <= r["x"].m.start - c.end <= 40
                                and _BASELINE_GAP.search(sentence, c.end, r["x"].m.start)
                            )
                        )
                    ),
                    None,
                )
            if (
                base is None
                and (c.kind == "record" or c.baseline_relative_to_doc)
                and c.baseline_offset is not None
                and target["period"] is None
                and doc_date is not None
                # ("Some 1,500 … students are currently enrolled …, roughly triple the number
                # three years ago": the word may follow the figure)
                and _NOW[lang].search(sentence, 0, max(c.start, target["x"].m.start))
            ):
                # "目前在俄高校就讀的朝鮮留學生超過400名,為十年來最多": a stock now, the most in
                # so many years before the document's year (so is a change "2년 새 세 배로 늘어
                # 현재 200명": against two years before)
                base = str(doc_date.year + c.baseline_offset)
            if base is None and "(" in sentence:
                # "1,877 entries in Q3 (Q2: 1,301; +44%)": the change inside the bracket is
                # against the bracket's figure, at its period
                base = next(
                    (
                        r["period"]
                        for r in rows
                        if r is not target
                        and r["period"]
                        and r["x"].m.end <= c.start
                        and _same_bracket(sentence, r["x"].m.start, c.start)
                    ),
                    None,
                )
            if base is None and lang in ("en", "ru") and c.kind in ("ratio", "percent_change"):
                # "roughly twelvefold: 13,221 … last year, against 1,117 in 2023": the figure set
                # against the compared one, right after it, is the baseline's
                t_end = target["x"].m.end
                base = next(
                    (
                        r["period"]
                        for r in rows
                        if r["period"] not in (None, target["period"])
                        and 0 < r["x"].m.start - t_end <= 60
                        and not any(t_end <= q["x"].m.start < r["x"].m.start for q in rows)
                        and _VERSUS_BEFORE[lang].search(
                            sentence, max(t_end, r["x"].m.start - 30), r["x"].m.start
                        )
                    ),
                    None,
                )
            src = (
                _changed_from(sentence, target, rows, lang)
                if lang in _FROM_BEFORE or lang in _KO_FROM_AFTER
                else None
            )
            if src is not None:
                # "rose from 1,100 in 2023 to 13,221 in 2024, a twelvefold increase": measured
                # against the figure the change went from. "Rose twelvefold in 2024, from about
                # 1,100 to …": that figure is the level before the year of the change (before
                # a quarter or a month there are two candidates: unknown)
                if src["period"] == target["period"] and src["period"]:
                    y = src["period"]
                    src["period"] = str(int(y) - 1) if _is_year(y) else None
                base = src["period"] or (None if base == target["period"] else base)
            if (
                base is None
                and relative is not None
                and target["period"] is None
                and c.baseline_offset is not None
            ):
                relative[offset + target["x"].m.start] = c.baseline_offset
                for r in rows:
                    if r["x"].baseline_of is c and r is not target and r["period"] is None:
                        # "같은 기간 … 1천431건으로 전년(190건)보다 7배": the baseline's figure
                        # is of the year before the period the article gives the target
                        relative[offset + r["x"].m.start] = c.baseline_offset
            target["comparison"] = Comparison(c.kind, c.value, base, c.lowest)
            for r in rows:
                if (
                    r is not target
                    and r["x"].baseline_of is c
                    and r["purpose"] == "total"
                    and (
                        sentence[: r["x"].m.start].rstrip().endswith("(")
                        or (
                            lang in ("ko", "zh")
                            and c.baseline_span is not None
                            and (
                                _OF_BASELINE.fullmatch(sentence, c.baseline_span[1], r["x"].m.start)
                                is not None
                                # ("是第二季度365人的11倍多": inside the baseline's phrase)
                                or c.baseline_span[0] <= r["x"].m.start < c.baseline_span[1]
                            )
                            and not _within(
                                _purposes(sentence, lang), c.baseline_span[0], r["x"].m.end
                            )
                        )
                    )
                ):
                    # «… с учебной целью … в 11 раз больше, чем во втором (332)»: the bracketed
                    # baseline figure counts what the compared figure counts (so does one right
                    # after the baseline's period, "较第二季度的332人增长逾10倍", or before its
                    # "的", "是第二季度365人的11倍多")
                    r["purpose"] = target["purpose"]
                    if (
                        lang in ("en", "ru")
                        and r["unit"] == "persons"
                        and target["unit"] != "persons"
                        and _first_unit_after(sentence, r["x"].m.end, lang, window=3) is None
                    ):
                        # («въезжали 4 836 раз — почти вдвое чаще, чем во втором квартале
                        # (2 514)»: a bare bracketed figure counts the compared figure's noun)
                        r["unit"] = target["unit"]
            for r in rows:
                if (
                    lang in ("ko", "zh")
                    and r is not target
                    and r["x"].baseline_of is c
                    and r["unit"] in ("entries", "persons")
                    and target["unit"] != r["unit"]
                    and (
                        sentence[: r["x"].m.start].rstrip().endswith(("(", "（"))
                        # ("比2019年的45名": right after the baseline's period, as for purpose)
                        or (
                            c.baseline_span is not None
                            and _OF_BASELINE.fullmatch(sentence, c.baseline_span[1], r["x"].m.start)
                            is not None
                        )
                    )
                    and (base_cnt := _KO_ZH_COUNTER.match(sentence, r["x"].m.end)) is not None
                    and (its_cnt := _KO_ZH_COUNTER.match(sentence, target["x"].m.end)) is not None
                    and base_cnt.group("c") == its_cnt.group("c")
                ):
                    # "취업 비자가 9천여 건으로, 지난해 전체(3천 건)의 3배": the bracketed
                    # baseline (or one right after the baseline's period: "留学生86名,比2019年的
                    # 45名增加近一倍"), counted with the same counter, counts the compared
                    # figure's noun (the counter alone would make it entries, or persons)
                    r["unit"] = target["unit"]
            for r in rows:
                if (
                    base is not None
                    and r is not target
                    and (
                        r["x"].baseline_of is c
                        or (
                            c.baseline_span is not None
                            and c.end <= r["x"].m.start < c.baseline_span[0]
                        )
                    )
                    and (
                        r["period"] in (None, target["period"])
                        # "eighteen times the 296 recorded a year earlier" after "up from 2,987
                        # in the previous quarter": the phrase right after the figure names its
                        # period, whatever the figure before it was counted in
                        or (
                            r["x"].baseline_of is c
                            and c.baseline_span is not None
                            and 0 <= c.baseline_span[0] - r["x"].m.end <= 12
                        )
                    )
                ):
                    # "twelvefold the 1,117 entries recorded a year earlier": the baseline's
                    # figure is of the baseline's period (and is not the article's frame)
                    r["period"] = base
                    if baselines is not None:
                        baselines.add(offset + r["x"].m.start)
            if (
                lang in ("ko", "zh")
                and target["period"] is None
                and carried_period is None
                and doc_date is not None
                and c.baseline_relative_to_doc
                and base == str(doc_date.year - 1)
            ):
                # "종업원은 지난해보다 40% 줄어든 120명 안팎": set against last year, with no
                # period of its own or of the article, the figure is this year's
                target["period"] = str(doc_date.year)
            continue
        # a comparison-only claim ("declined by 18,533 workers since 2017", "12배 증가")
        clause = _clause_of(clauses, c.start)
        own_record = False
        # "The figure … is the highest since the series began in 2010 and almost nine times the
        # 2023 total", «Это максимум с 2010 года … и почти в 13 раз больше»: every change of a
        # sentence that opens on the figure just given, with no figure of its own, is said of it
        all_said_back = (
            record_back
            and lang in _THAT_OPENS
            and _THAT_OPENS[lang].match(sentence) is not None
            and not any(r["x"].baseline_of is None for r in rows)
        )
        if (
            c.kind == "record"
            and not (record_back and (len(comps) == 1 or all_said_back))
            and not said_back
            and id(c) not in went_past
            and id(c) not in also_of
        ):
            # ("이는 2023년의 약 12배로, 2010년 이후 가장 많은 수치다": a record after a change
            # said of the article's figure describes that figure too)
            # a record needs the figure it describes, unless the sentence names that flow
            # itself ("지난해 북한인의 러시아 입국 규모는 2010년 이후 가장 많았다")
            own_record = _names_its_flow(sentence, c, comps, numbers, places, lang)
            if not own_record:
                continue
        if context.not_a_flow(sentence[clause[0] : clause[1]], lang) and not any(
            p.role == "people" and clause[0] <= p.start < clause[1] for p in places
        ):
            continue  # "the economy grew 4.1%": not people
        if c.kind in ("percent_change", "ratio", "difference") and of_money(
            sentence, c.start, lang
        ):
            continue  # «90–120 тыс. рублей, что на 30% ниже»: the money changed, not people
        if (
            lang in _COST_BEFORE
            and c.kind in ("percent_change", "ratio", "difference")
            and _COST_BEFORE[lang].search(sentence, max(0, c.start - 30), c.start)
        ):
            continue  # "the crews … cost about 30% less than teams from Central Asia": a price
        if (
            context.not_a_flow(sentence, lang)
            and not any(p.role == "people" for p in places)
            and (lang in ("ko", "zh") or not _units(sentence, lang))
        ):
            # "3月朝中貿易額達2.1億美元,同比增長35%", «Товарооборот России и КНДР … вырос почти
            # вдвое»: the clause before says what grew (in en/ru, when nothing counted is named)
            continue
        if (
            lang in ("ko", "zh")
            and not (_names_people_ko(sentence) if lang == "ko" else _units(sentence, lang))
            # (before the change or after it: "货物吞吐量同比增长15%,达到约80万吨")
            and any(context.counts_things(sentence, n.end, lang) for n in numbers)
        ):
            # "화물트럭은 하루 300대 수준으로, 지난해보다 20% 늘었다", "货物约280万吨，同比增长17%":
            # a sentence that counts vehicles or goods and names no people says what grew
            continue
        origin, dest = _countries(sentence, c.start, lang, clause, places, watched)
        if dest is None and into is not None and origin not in (None, into):
            dest = into
        if (origin is not None and watched and origin not in watched) or (
            dest is not None and dest in watched
        ):
            continue
        # "triple the 364 recorded in the same quarter last year": the period after the baseline's
        # figure is the baseline's, not the claim's
        held = next((r for r in rows if r["x"].baseline_of is c and r["x"].m.start >= c.end), None)
        period = _period(
            # "grew by 41 per cent on the second quarter, although it remains below the 3,765
            # logged in July–September 2024": not the other matter's period
            [p for p in periods if p.start < other_from[id(c)]] if id(c) in other_from else periods,
            c.start,
            clause,
            baseline_spans + ([(held["x"].m.start, len(sentence))] if held else []),
            lang,
        )
        if own_record and (period is None or origin is None):
            continue  # whose record of when: the sentence must say
        if (
            c.kind == "record"
            and record_back
            and (len(comps) == 1 or all_said_back)
            and carried_period
        ):
            # "这一数字虽不及2019年同期水平,但已是2020年以来同期最高": a record said back of
            # the figure just given is of that figure's period (not of a year conceded before)
            period = carried_period
        carried = False
        if (
            period is not None
            and carried_period
            and lang in _OTHER_MATTER
            and c.start < 40
            and _THAT_OPENS[lang].match(sentence)
            and not any(p.label == period and p.start < c.start for p in periods)
        ):
            # «Это в пять раз больше, чем в 2022-м, но меньше, чем в 2019 году, когда …»: the
            # figure the article gave, at its period (a year after the change is another's)
            period = None
        if id(c) in short_of and carried_period:
            # the count that falls short of the year's figure is the one the article gave (its
            # period, not the year's)
            period = None
        if period is None and carried_period and not any(p.label is None for p in periods):
            # "That was a twelvefold increase on 2023", "Это в 12 раз больше, чем годом ранее":
            # the comparison is about the figure the article just gave
            period = carried_period
            carried = True
        if id(c) in went_past:
            # the article's figure's record, at its period (not the year of what it went past)
            period, carried = carried_period, True
        if (
            period is None
            and c.baseline_span
            and sentence[c.baseline_span[0] :].lower().startswith(("since", "с "))
            and doc_date
        ):
            period = str(doc_date.year)  # "has declined since 2017": up to now
        unit = None
        if c.consumed:
            u = _first_unit_after(sentence, c.consumed[1], lang)
            unit = u.key if u else None
            if unit == "persons" and lang in ("ko", "zh"):
                unit = None  # "노동자 수는 … 2천 명 줄어든": the counter; the clause's noun rules
        if unit is None:
            near = _within(_units(sentence, lang), clause[0], clause[1])
            if id(c) in other_from:
                near = [u for u in near if u.end <= other_from[id(c)]]
            if lang in ("ko", "zh"):
                # "朝鲜公民…旅游人次同比下降": the specific noun names what is counted
                near = [u for u in near if u.key != "persons"] or near
            unit = near[0].key if near else None
        if unit is None and lang in ("ko", "zh"):
            # "전년도의 1천100여 건과 비교하면 11배": a comparison counts what its baseline
            # figure counts
            like = [r["unit"] for r in rows if r["x"].baseline_of is c and r["unit"] != "persons"]
            unit = like[0] if like else None
        if unit is None:
            allu = _units(sentence, lang)
            if id(c) in other_from:
                allu = tuple(u for u in allu if u.end <= other_from[id(c)])
            if id(c) in apart and lang in ("ko", "zh"):
                # "입국자는 … 11배 늘었고, … 북한 유학생도 900여명": not the noun of the
                # other matter after it; but entries counted after it ("工作目的入境是2024年的近
                # 6倍;而以私人目的入境仅数百人次") are how the passage counts, its change too
                allu = tuple(u for u in allu if u.end <= c.start or u.key == "entries")
            figure_units = {r["unit"] for r in rows if r["x"].baseline_of is None}
            if (
                lang in ("en", "ru")
                and len(figure_units) == 1
                and all(u.key == "persons" for u in allu)
            ):
                # «въезжали 4 836 раз — почти вдвое чаще, …, и в 16 раз чаще, чем годом ранее»:
                # a second change in a sentence that names no noun counts what its figure counts
                unit = figure_units.pop()
            else:
                unit = allu[0].key if allu else "persons"
        if lang == "zh" and unit == "persons":
            # "共计2987人次,…较去年同期增长逾10倍", "仅1,087人次,但以学习为目的者较上季度翻了一番":
            # a change with no noun of its own, after a count of entries, counts entries too
            before = [r for r in rows if r["x"].baseline_of is None and r["x"].m.end <= c.start]
            if before and before[-1]["unit"] == "entries":
                unit = "entries"
        purpose = _purpose(sentence, c.start, c.end, lang, clause, unit, False)
        if purpose == "total":
            # (not a purpose past a semicolon after it: "增幅约为22.7%;“工作”一项居首" says
            # something else, as does a Chinese headline's next phrase, after a space:
            # "赴俄人次暴增逾10倍 留學佔近六成")
            ps = tuple(
                p
                for p in _purposes(sentence, lang)
                if not (
                    p.start >= c.end
                    and (
                        re.search(r"[;；]", sentence[c.end : p.start])
                        or (lang == "zh" and _SPACE.search(sentence, c.end, p.start))
                        or (lang == "ko" and _KO_PART_OPENS.search(sentence, c.end, p.start))
                    )
                )
            )
            purpose = ps[0].key if ps else (context.unit_purpose(unit, lang) or "total")
        base = _whole_year(
            sentence, c, _baseline_label(c, period, periods, c.start, clause, baseline_spans)
        )
        if (
            held is not None
            and held["period"]
            and held["period"] != period
            and (base is None or (_is_year(base) and held["period"].startswith(base)))
        ):
            base = held["period"]  # (its own, finer period: "the same quarter last year")
        value = c.value
        same = also_of.get(id(c))
        if same is not None:
            # (the record counts what the figure with the change before it counts, at its period)
            period, unit, purpose = same["period"], same["unit"], same["purpose"]
            origin, dest = origin or same["origin"], dest or same["dest"]
        rng = ranges.get(id(c))
        if rng is not None:
            # the change of the count the range estimates counts what the range counts
            unit, purpose = rng["unit"], rng["purpose"]
            origin, dest = origin or rng["origin"], dest or rng["dest"]
        was = earlier.get(id(c))
        if was is not None:
            # the later state's period is named between the figure and the comparison, else it
            # is the period the article gave before ("올해 1~8월 … 지난해 같은 기간 800명 수준이던
            # 것이 2.5배로"); the baseline is the figure's
            later = [
                p.label
                for p in periods
                if p.label and was["x"].m.end <= p.start < c.start and p.label != was["period"]
            ]
            period = later[-1] if later else carried_period
            base = was["period"]
            if (
                period is None
                and base
                and _is_year(base)
                and _A_YEAR_ON.search(sentence, was["x"].m.end, c.start)
            ):
                period = str(int(base) + 1)  # "2023년엔 …이었는데, 1년 새 6.4배로": the next year
            if base and period and same_marks and _is_year(base) and not _is_year(period):
                # "지난해 같은 기간": the later state's months, in the figure's year
                base = shift_label(period, int(base) - (label_year(period) or int(base)))
            unit, purpose = was["unit"], was["purpose"]
            origin, dest = origin or was["origin"], dest or was["dest"]
        opening = _EARLIER_OPENS[lang].match(sentence) if lang in _EARLIER_OPENS else None
        if (
            opening is not None
            and carried_period
            and c.start >= opening.end()
            and (c.baseline_span is None or c.baseline_span[0] < opening.end())
            # not when the year-earlier figure is given first: «Годом ранее этот показатель
            # составлял 13,2 тыс., так что рост составил почти 40%» (the rise is to now)
            and not any(opening.end() <= r["x"].m.start < c.start for r in rows)
        ):
            period, base = shift_label(carried_period, -1), carried_period
            if c.kind == "ratio" and value is not None and 0 < value < 1:
                # «Годом ранее … въехали втрое меньше»: now three times then (the same fact,
                # said of the article's figure, as a ratio is exactly inverted)
                period, base, value = carried_period, period, round(1 / value, 2)
        if carried and lang in ("ko", "zh"):
            # "전년 동기(512명)보다 6배 넘게 늘어난 것이다": the comparison is about the figure the
            # article just gave, so the baseline figure inside it is at the baseline's period;
            # when the sentence names no people of its own (not "전체 외국인 입국자는",
            # "外国公民总数"), both count what that figure counts
            mine = [r for r in rows if r["x"].baseline_of is c]
            own_nouns = [
                u
                for u in _units(sentence, lang)
                if not _overlaps(u.start, u.end, baseline_spans)
                and not any(0 <= u.start - r["x"].m.end <= 2 for r in mine)
                # nor the counter of the difference's own number ("105명보다 16명 줄어든")
                and not (lang in ("ko", "zh") and c.consumed and 0 <= u.start - c.consumed[1] <= 2)
            ]
            if (
                purpose == "total"
                and carried_purpose
                and not own_nouns
                and not _WHOLE_OR_OTHERS.search(sentence)
            ):
                purpose = carried_purpose
            for r in mine:
                if r["period"] is None:
                    r["period"] = base
                if r["purpose"] == "total":
                    r["purpose"] = purpose
        said_back = said_back or (carried and lang in ("ko", "zh"))
        group = alone.get(id(c))
        if group is not None and group["purpose"] == "total":
            group["purpose"] = purpose  # the one group is part of the flow that changed
        claims_span = c.consumed or (c.start, c.end)
        out.append(
            Claim(
                doc=doc_id,
                sentence=sentence,
                span=(offset + claims_span[0], offset + claims_span[1]),
                quantity=None,
                qualifier=None,
                unit=unit,
                origin=origin,
                destination=dest,
                purpose=purpose,
                period=period,
                comparison=Comparison(c.kind, value, base, c.lowest),
                attribution=_source_of(sentence, c.start, attribution, attributed_at, lang),
                lang=lang,
                sentence_span=(offset, offset + len(sentence)),
                text=sentence[claims_span[0] : claims_span[1]],
            )
        )
    for r in rows:
        x = r["x"]
        n = x.m
        out.extend(
            Claim(
                doc=doc_id,
                sentence=sentence,
                span=(offset + n.start, offset + n.end),
                quantity=n.value,
                qualifier=x.qualifier,
                unit=r["unit"],
                origin=r["origin"],
                destination=dest,
                purpose=r["purpose"],
                period=r["period"],
                comparison=r["comparison"],
                attribution=_source_of(sentence, n.start, attribution, attributed_at, lang),
                lang=lang,
                sentence_span=(offset, offset + len(sentence)),
                text=sentence[n.start : n.end],
            )
            # (a figure said of each country of a list: one claim per country)
            for dest in [r["dest"], *r.get("also_dests", ())]
        )
    out.sort(key=lambda cl: cl.span)
    return out


# Right before a figure that is set against the one before it ("17 ..., compared with 43 in the
# same period of 2019", "6 312 ... против 2 150 годом ранее").
# Korean/Chinese: right after a figure, "(…) compared with" ("2019년(2만1천 명 안팎)과 비교하면",
# "与2019年(2.1万人)相比")
_COMPARED_WITH_AFTER = {
    "ko": re.compile(
        r"\s?(?:여\s?)?(?:명|건)?\s?(?:안팎|가량|정도|내외|수준)?\s?\)?\s?(?:과|와)\s?비교"
    ),
    "zh": re.compile(
        r"(?:多|余|餘)?(?:名|人次|人)?(?:左右)?\s?[)）]\s?(?:相比|相較|相较|比较|比較)"
    ),
}
_BRACKET_BEFORE = re.compile(r"\(\s*(?:[^\W\d]+\s+){0,2}$")
# "…, against just 62 a year earlier", «против 62 годом ранее»: a figure set against another
_AGAINST_BEFORE = {
    "en": re.compile(
        r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s+(?:(?:only|just|some|about|"
        r"roughly|around)\s+)?$",
        re.I,
    ),
    "ru": re.compile(r"(?<!\w)(?:против|по\s+сравнению\s+с)\s+(?:(?:всего|лишь|около)\s+)?$", re.I),
}


def _share_range_reading(rows: list[_Row], ranged: list[tuple[_Num, _Num]]) -> None:
    """«от 200 до 250 туристов», "between 300 and 400 students": the two ends count the same
    people, named once after the second."""
    by_num = {id(r["x"]): r for r in rows}
    for a, b in ranged:
        lo, hi = by_num.get(id(a)), by_num.get(id(b))
        if lo is None or hi is None:
            continue
        if lo["unit"] in (None, "persons") and hi["unit"] not in (None, "persons"):
            lo["unit"] = hi["unit"]
        elif hi["unit"] == "persons" and lo["unit"] not in (None, "persons"):
            # "노동자가 올해 상반기에만 5000~6000명": the noun before the range names both ends
            # (the second end is too far from it to be read so on its own), and their purpose
            # («число рабочих … составляет 15–20 тысяч человек»: both ends are workers at work)
            hi["unit"] = lo["unit"]
            if hi["purpose"] == "total":
                hi["purpose"] = lo["purpose"]
        if lo["purpose"] == "total" or (
            hi["attached"] and not lo["attached"] and lo["unit"] == hi["unit"]
        ):
            # "五六千名朝鲜工人拿着留学签证": the noun after the range names both ends' people and
            # their purpose, before a purpose word elsewhere in the clause
            lo["purpose"] = hi["purpose"]


# Korean: "800명 수준이던 것이 2.5배로": what the figure was, then what it became
_KO_WAS_THEN = re.compile(
    r"\s*(?:여\s?)?(?:명|건)?\s*(?:수준|정도|가량)?\s*(?:이던|였던|이었던)\s*(?:것|수치|숫자)\s*(?:이|가|은|는)"
)
# "3천 2백 건의 세 배", "3백여 건에서 석 달 만에 일곱 배로", "2천 5백여 명이었는데, 1년 새
# 6.4배로": a ratio measured against the figure before it (N times that figure), or one the count
# grew by from that figure; the ratio is a claim about the later count
_KO_TIMES_OF = re.compile(
    r"\s?(?:여\s?)?(?:명|건)?\s?(?:안팎|가량|정도|내외|남짓|수준)?\s?\)?\s?"
    r"(?:의\s?(?=[^\d\s]{0,3}\s?배)|에서\s|(?:이었|였)(?:는데|으나|지만)[,\s])"
)
# "1년 새", "한 해 만에", "一年间": the later state is a year after the figure's
_A_YEAR_ON = re.compile(
    r"(?:1|한)\s?(?:년|해)\s?(?:새|사이|만에|만|동안)|一年(?:间|間|来|來|内|內)"
)
# "此類入境", "这类人员": of the kind just named
_THIS_KIND_ZH = re.compile(r"(?:此|这|這|该|該)(?:类|類)")
# "去年同期1290人的3.8倍", "去年同期(2100人次左右)的三倍多": N times the figure before it
_ZH_TIMES_OF = re.compile(
    r"(?:多|余|餘)?(?:名|人次|人)?(?:左右)?\s?[)）]?\s?的\s?(?:近|约|約|将近|將近)?$"
)
# "较今年1月1日的约700人", "比去年同期的900人": the figure set as the base of a change, "的"
# before it (its period between)
_ZH_AGAINST_FIGURE = re.compile(
    r"(?:较|較|比)[^，,。；;]{0,12}?的\s?(?:约|約|近|将近|將近|逾|仅|僅)?\s?$"
)
# ("700人增加了七成", "900人相比减少约三成": the counter, then the change)
_ZH_CHANGE_AFTER_BASE = re.compile(
    r"(?:多|余|餘)?(?:名|人次|人)?(?:左右)?\s?(?:相比|而言)?\s?(?:已|又|再|共)?\s?"
)
# "今年同比下降逾五成": right after a later period, its change on the same period a year before
_ZH_ON_THE_YEAR_AFTER = re.compile(r"\s?(?:则|則|又|已)?\s?(?:同比|按年)\s?")
# Chinese: "而2024年这一数字翻了一番": "this figure" in a later year
_ZH_THIS_FIGURE = re.compile(r"(?:这一|這一|该|該|此)(?:数字|數字|数据|數據|人数|人數)")
# "2019년 … 3천200명이었던 점을 감안하면 지난해 수치는 그 두 배를": the later period's figure
_KO_THIS_FIGURE = re.compile(r"^\s?(?:의\s?)?(?:수치|숫자|규모|인원)\s?(?:는|은|가|이|도)(?!\w)")


# "meaning", «то есть»: what follows is drawn from the figure before and the article's
_MEANING = {
    "en": re.compile(r"\b(?:meaning|which\s+means|i\.e\.|that\s+is|so\s+that)\b", re.I),
    # («…проследовали 4 077 северокорейцев, так что рост составил 45%»)
    "ru": re.compile(
        r"(?<!\w)(?:то\s+есть|т\.\s?е\.|что\s+означает|значит|так\s+что|а\s+значит)(?!\w)",
        re.I,
    ),
}
_ELIDED_OTHER_TIME = re.compile(r",\s*а\s+[^,;—–]{2,30}[—–]\s*(?:[а-яё]+\s+){0,2}$", re.I)
_ZH_YEAR_AGO_SAME = re.compile(r"(?:去年|上年|前一年)同期")
_ZH_YEAR_ON_YEAR = re.compile(r"[^。；;]*?(?:同比|按年)")


def _later_state(
    sentence: str, target: _Row, c: ComparisonMention, periods: list[PeriodMention], lang: str
) -> bool:
    """Whether the comparison after ``target`` is about a later state of what ``target`` counts
    ("800명 수준이던 것이 2.5배로 불어났다"; "2023年…不足2000人,而2024年这一数字翻了一番"),
    not about ``target`` itself."""
    n = target["x"].m
    if c.kind == "ratio" and n.end < c.start:
        gap = sentence[n.end : c.start]
        if lang == "ko" and _KO_TIMES_OF.match(sentence, n.end):
            return True
        if lang == "zh" and _ZH_TIMES_OF.fullmatch(gap):
            return True
    if lang == "ko" and n.end < c.start and _KO_WAS_THEN.match(sentence, n.end):
        return True
    if (
        lang == "zh"
        and n.end < c.start
        and _ZH_AGAINST_FIGURE.search(sentence, max(0, n.start - 16), n.start)
        and _ZH_CHANGE_AFTER_BASE.fullmatch(sentence, n.end, c.start)
        and not _NUMBER_IN.search(sentence, 0, sentence.rfind("较", 0, n.start) + 1 or 0)
    ):
        # "这一数字较今年1月1日的约700人增加了七成": the figure after "较…的" is the base; the
        # change is of the figure the article gave before (a claim about the later state)
        return True
    if (
        lang == "zh"
        and n.end < c.start
        and _ZH_YEAR_AGO_SAME.search(sentence, max(0, n.start - 12), n.start)
        and _ZH_YEAR_ON_YEAR.match(sentence, n.end, c.end)
    ):
        # "｜去年同期合计 6,540｜同比 +51.0%｜": the figure is the year-ago level; the
        # year-on-year change is of the later state (the period the article gives)
        return True
    later = [
        p for p in periods if n.end <= p.start < c.start and p.label and p.label != target["period"]
    ]
    if not later or target["period"] is None:
        return False
    if lang == "ko":
        return bool(_KO_THIS_FIGURE.search(sentence[later[-1].end : c.start]))
    # ("2024年同期…为3912人次,今年同比下降逾五成": the later year, then its change on the year)
    return bool(
        _ZH_THIS_FIGURE.search(sentence, later[-1].end, c.start)
        or _ZH_ON_THE_YEAR_AFTER.fullmatch(sentence, later[-1].end, c.start)
    )


def _compared_figures(sentence: str, rows: list[_Row], lang: str) -> None:
    """A figure set against the one before it counts the same thing: it takes that figure's
    purpose when it names none, and "a year earlier" is that figure's period a year before."""
    for prev, row in itertools.pairwise(rows):
        if (
            row["pkind"] in ("previous", "next")
            and row["purpose"] == "total"
            and prev["purpose"] != "total"
            and prev["unit"] == row["unit"]
        ):
            # «по рабочим визам въехали 14 тысяч, а годом позже — уже менее 2 тысяч»: the same
            # count a year before or after
            row["purpose"] = prev["purpose"]
        if (
            lang == "ru"
            and row["purpose"] == "total"
            and row["unit"] in ("persons", prev["unit"])
            and prev["purpose"] != "total"
            and (prev["unit"] in ONE_PERSON_UNITS or prev["unit"] == "entries")
            and row["period"]
            and row["period"] != prev["period"]
            and _ELIDED_OTHER_TIME.search(sentence, prev["x"].m.end, row["x"].m.start)
        ):
            # «в 2023 году в крае работали лишь 150 северокорейцев, а в 2019-м — свыше 6 тысяч»:
            # the verb and the noun left out after the dash are the clause's before
            row["purpose"], row["unit"] = prev["purpose"], prev["unit"]
        if row["pkind"] == "previous" and prev["period"] and not _is_year(prev["period"]):
            # "(годом ранее — 5 024)" after "за девять месяцев 2025 года": those nine months
            # (the years back as the mention read them: "two years earlier" is two)
            y0, y1 = label_year(prev["period"]), label_year(row["period"] or "")
            back = y1 - y0 if y0 and y1 and -3 <= y1 - y0 < 0 else -1
            row["period"] = shift_label(prev["period"], back)
        n = row["x"].m
        opening = sentence.rfind("(", 0, n.start)
        beside = (
            opening > prev["x"].m.end
            and _BRACKET_GAP.fullmatch(sentence, prev["x"].m.end, opening) is not None
            and _inside_brackets(sentence, n.start)
        )
        # ("1,126 … for work (95 in the same period of 2024)": the figure set beside it in a
        # bracket counts the same)
        if not beside and not _VERSUS_BEFORE[lang].search(sentence, max(0, n.start - 50), n.start):
            continue
        if row["purpose"] == "total" and prev["purpose"] != "total":
            row["purpose"] = prev["purpose"]


# inside a bracket, before its figure: nothing, or a label ending in a colon ("Q2: ", «I кв.: »,
# "same period of 2024: ")
_BRACKET_LABEL = re.compile(r"\(\s*(?:[^()\n]{1,40}?[:：]\s*)?")


# after a bracketed figure: the bracket closes, or a change follows before it does ("(Q2: 1,301;
# +44%)")
_BRACKET_GAP = re.compile(r"[^;.()]{0,30}")
# ("во втором квартале (328 поездок)": the noun may stand inside the bracket)
_BRACKET_CLOSE = re.compile(r"\s*(?:(?:[^\W\d_]+\s*)?\)|[;,][^()]{0,20}\))")


def _bracketed_baselines(sentence: str, rows: list[_Row], periods: list[PeriodMention]) -> None:
    """A figure in brackets right after another ("9,214 (same period of 2024: 4,105), of which
    study 5,020 (2,488)", «всего 2 904 (I кв.: 318), в т. ч. учеба 1 210 (3)») is the same count
    at the period its label names, or the one the first labelled bracket named; the figure
    outside keeps the sentence's own period (not the bracket's)."""
    legend: str | None = None
    outside = [p for p in periods if p.label and not _inside_brackets(sentence, p.start)]
    main: _Row | None = None
    for r in rows:
        n = r["x"].m
        opening = sentence.rfind("(", 0, n.start)
        if (
            main is None
            or opening < main["x"].m.end
            # (its noun and period may come between: "1,877 entries in Q3 (Q2: 1,301)")
            or not _BRACKET_GAP.fullmatch(sentence, main["x"].m.end, opening)
            or not _BRACKET_LABEL.fullmatch(sentence, opening, n.start)
            or not _BRACKET_CLOSE.match(sentence, n.end)
        ):
            main = r
            if not _inside_brackets(sentence, n.start) and (
                r["period"] is None or _inside_brackets(sentence, _period_start(periods, r))
            ):
                # ("same period of 2024" in a bracket is no reason to lose the heading's period)
                before = [p for p in outside if p.start < n.start]
                if before:
                    r["period"] = before[-1].label
            continue
        own = [p for p in periods if p.label and opening < p.start < n.start]
        if own:
            legend = own[-1].label
        if legend is not None:
            r["period"] = legend
        r["purpose"] = main["purpose"]
        r["unit"] = main["unit"]


def _counts_as(piece: _Row, big: _Row) -> None:
    """``piece`` counts what ``big`` counts: its noun, and its purpose where it names none."""
    piece["unit"] = big["unit"]
    if piece["purpose"] == "total":
        piece["purpose"] = big["purpose"]


def _same_bracket(sentence: str, a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` stand inside one and the same open bracket."""
    opening = sentence.rfind("(", 0, a)
    return opening > sentence.rfind(")", 0, a) and ")" not in sentence[a:b]


def _inside_brackets(sentence: str, at: int) -> bool:
    return sentence.rfind("(", 0, at) > sentence.rfind(")", 0, at)


def _period_start(periods: list[PeriodMention], r: _Row) -> int:
    return next((p.start for p in periods if p.label == r["period"]), -1)


# "从A增至B", "A명에서 B명으로": a count that changed from one figure to the next
_CHANGE_TO_KO_ZH = re.compile(
    r"增至|增加到|增长到|增長到|升至|上升到|降至|下降到|减少到|減少到|减至|減至|回落至|回落到|"
    # ("估计由此前的8000人左右上调至1.2万人": an estimate revised, of the same count)
    r"上调至|上調至|下调至|下調至|调高至|調高至|调低至|調低至|上修至|下修至|"
    # ("1천200명 안팎에서 … 수백 명 수준으로": an about-mark may stand before "에서")
    r"^\s?(?:여\s?)?명\s?(?:안팎|가량|정도|내외|남짓|수준)?에서"
)
# A later time opening a clause ("疫情後回落至约4万人", "이후 …"): an earlier clause's year is not
# this figure's
# "…3천 명을 추가 파병했으며, 누적 파병 규모는 1만5천 명", "…增派近八千名军人，累计派兵规模已逾
# 两万人": a running total in a clause of its own is not the period of the addition before it
_CUMULATIVE_KOZH = {"ko": "누적", "zh": "累计", "zh2": "累計"}
# periods that run to a date themselves ("截至今年10月…累计"): a running total keeps them
_TO_DATE_KINDS = ("firstn", "firstq", "sinceyear", "sincemonth", "tonow", "ytd")
_LATER_TIME = {
    "ko": re.compile(r"(?<![가-힣\d])(?:그\s?후|그\s?뒤|이후|코로나\s?이후|현재|지금은)"),
    "zh": re.compile(
        r"疫情[后後]|此[后後]|之[后後]|其[后後]|[后後]来|[后後]來|随[后後]|隨[后後]|"
        r"如今|目前|现在|現在"
    ),
}


_KO_BUT = re.compile(r"(?:지만|으나|였으나|었으나|는데|던\s?반면)\s")


# "…的7887名朝鲜人中,…": "among them" right after the figure (its counter and noun between)
_AMONG_THEM_ZH = re.compile(
    r"\s*(?:多|余|餘)?\s*(?:名|人次|人)?[^\d,，。；;]{0,8}?(?:中|当中|當中)\s*[,，]"
)


def _inherit_nouns(
    sentence: str,
    lang: str,
    rows: list[_Row],
    clauses: list[tuple[int, int]],
    ranged: Sequence[tuple[_Num, _Num]] = (),
) -> None:
    """ "병력이 1만 5천여 명에 이르고, 올해 1분기에 3천 명가량을 추가로", "10万名朝鲜劳工在中国工作,
    另有约1万5000人在俄罗斯": a figure whose clause names no counted noun (only its counter)
    counts what the figure before it in the sentence counts."""
    # "러시아 2만~3만 명": a counter right after any figure (a range's second end) is no noun
    ends = [q["x"].m.end for q in rows]
    for prev, r in itertools.pairwise(rows):
        if (
            lang == "zh"
            and r["unit"] == "persons"
            and r["purpose"] == "total"
            and prev["purpose"] != "total"
            and _AMONG_THEM_ZH.match(sentence, prev["x"].m.end, r["x"].m.start)
            and not any(
                r["x"].m.end <= m.start < _clause_of(clauses, r["x"].m.start)[1]
                or prev["x"].m.end <= m.start < r["x"].m.start
                for m in _purposes(sentence, lang)
            )
        ):
            # "以留学名义入境的7887名朝鲜人中,真正入读大学的不足3000人": a part of those just
            # counted, naming no purpose of its own, came for theirs
            r["unit"], r["purpose"] = prev["unit"], prev["purpose"]
            continue
        if r["unit"] != "persons" or prev["unit"] not in ("workers", "students", "troops"):
            continue
        if prev["x"].baseline_of is not None or r["x"].baseline_of is not None:
            continue
        n = r["x"].m
        a, b = _clause_of(clauses, n.start)
        changed = bool(_CHANGE_TO_KO_ZH.search(sentence[prev["x"].m.end : n.start]))
        joined = _KO_BUT.search(sentence, prev["x"].m.end, n.start) if lang == "ko" else None
        if changed:
            # "留学生人数从…约160人增至…逾900人", "210명에서 … 486명으로": the same count, later
            a = prev["x"].m.end
        elif joined is not None and a <= prev["x"].m.start < b:
            # "유학생은 2019년 3천200명에 달했지만 2021년에는 한 명도 없었다": a second clause
            # joined by "but", "while" says what the same subject came to
            a = joined.end()
        elif any(lo is prev["x"] and hi is r["x"] for lo, hi in ranged):
            pass  # "러시아 2만~3만 명": a range's second end counts what its first counts
        elif a <= prev["x"].m.start < b:
            continue  # the same clause: its own reading stands
        nouns = [
            u
            for u in _units(sentence, lang)
            if a <= u.start < b
            and not any(e <= u.start <= e + 2 for e in ends)
            and not (changed and u.key == "persons")
        ]
        if nouns:
            continue
        r["unit"] = prev["unit"]
        if r["purpose"] == "total":
            r["purpose"] = prev["purpose"]
    if lang != "ko":
        return
    # "라오스에 20~40명, 나이지리아에도 수십 명의 북한 IT 노동자가": figures listed by place,
    # the last one with its noun after it, all count that noun (a range's first end as its
    # second)
    for prev, r in reversed(list(itertools.pairwise(rows))):
        if (
            prev["unit"] != "persons"
            or prev["purpose"] != "total"
            or r["unit"] not in ("workers", "students", "troops")
            or not r["attached"]
            or prev["x"].baseline_of is not None
            or r["x"].baseline_of is not None
        ):
            continue
        if not (
            _KO_PLACE_LIST_GAP.fullmatch(sentence, prev["x"].m.end, r["x"].m.start)
            or (r.get("listed_back") and any(lo is prev["x"] and hi is r["x"] for lo, hi in ranged))
        ):
            continue
        prev["unit"], prev["purpose"], prev["listed_back"] = r["unit"], r["purpose"], True


# between two figures listed by place: the first's counter, a comma, the next place
# ("20~40명, 나이지리아에도 수십")
_KO_PLACE_LIST_GAP = re.compile(
    r"\s*명\s*(?:안팎|가량|정도|내외|남짓)?\s*,\s*[가-힣]{2,8}(?:에|에도|에서|에서도|엔)\s*"
    r"(?:약\s?|최소\s?)?"
)


# "라오스의 북한 식당 20여 곳에서 종업원 300명이", "沈阳的朝鲜餐馆": the watched country
# before a business it runs abroad says whose staff work there, not where they went
_RUNS_BUSINESS_AFTER = {
    "ko": re.compile(r"\s?(?:식당|음식점|레스토랑|업체|기업|회사|무역회사|건설회사)"),
    # ("朝鲜万寿台创作社人员": a DPRK firm or studio may be named before its kind)
    "zh": re.compile(
        r"[\u4e00-\u9fff]{0,6}?(?:餐馆|餐館|餐厅|餐廳|饭店|飯店|饭馆|飯館|企业|企業|公司|创作社|創作社)"
    ),
}
# "북한의 해외 노동자", "朝鲜的海外劳工": the country's own people, abroad
_ITS_PEOPLE_GAP = {
    "ko": re.compile(r"의\s?(?:(?:해외|국외)\s?)?|\s?(?:해외|국외)\s?"),
    # "朝鲜在海外的劳工": "in/abroad" between the country and its people
    "zh": re.compile(r"在(?:海外|境外|国外|國外)的?|的?(?:海外|境外)?"),
}
_CREW_GAP = {
    "ko": re.compile(r"^\s?(?:[가-힣]{1,3}\s)?$"),
    "zh": re.compile(r"^(?:籍)?(?:[\u4e00-\u9fff]{1,2})?$"),
}


_FROM_AFTER = {"ko": re.compile(r"\s?출신"), "zh": re.compile(r"出身")}


# Korean/Chinese: the people's origin named right before the counted noun ("…출신 노동자 3만여 명",
# "来自中亚国家的劳工12万人", "越南出身的工人")
_ORIGIN_NAMED_BEFORE = {
    "ko": re.compile(r"(?P<o>[^\s,]+)\s?출신(?:의)?\s?[가-힣]{1,5}\s?(?:은|는|이|가)?\s?$"),
    "zh": re.compile(
        r"(?:来自|來自)(?P<o>[^，,。；的\d]{1,10})的[\u4e00-\u9fff]{1,4}$"
        r"|(?P<p>[^，,。；的\d]{1,8})出身的?[\u4e00-\u9fff]{1,4}$"
    ),
}
# words that make the named origin a foreign country or region ("중앙아시아", "中亚国家")
_FOREIGN_ORIGIN = {
    "ko": re.compile(r"스탄|아시아|아프리카|유럽|중동|국가|베트남|몽골|네팔|인도|필리핀"),
    "zh": re.compile(r"斯坦|亚|亞|非洲|欧|歐|中东|中東|国家|國家|越南|蒙古|尼泊尔|印度|菲律宾"),
}


def _changed_to(sentence: str, first: _Row, rows: list[_Row], lang: str) -> _Row:
    """The figure a change after its marker went to: "twelvefold, from 1,100 … to 13,221" is
    13,221's comparison (1,100 stays a figure of its own period); else ``first``."""
    a = first["x"].m.start
    if not _FROM_BEFORE[lang].search(sentence, max(0, a - 20), a):
        return first
    for r in rows:
        b = r["x"].m.start
        if (
            r["x"].baseline_of is None
            and 0 < b - first["x"].m.end <= 60
            and _TO_BEFORE[lang].search(sentence, max(0, b - 20), b)
        ):
            return r
    return first


# Korean names the ends of a change after the figures: "2024년 1천201건에서 지난해 7천136건으로
# 6배 가까이 늘어" (from the first, to the second)
_KO_FROM_AFTER: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"\s?(?:여\s?)?(?:명|건)?\s?(?:안팎|가량|정도|내외|남짓|수준)?에서\s")
}
_KO_TO_AFTER = re.compile(
    r"\s?(?:여\s?)?(?:명|건)?\s?(?:안팎|가량|정도|내외|남짓|수준)?(?:으로|로)\s"
)


# "38% 늘어난 수치로, 이 가운데 노무 인력이 9천여 명": a clause opening on "of them" names a
# part's purpose, not the purpose of the change before it
_KO_PART_OPENS = re.compile(r"[,，]\s*(?:이|그)\s?(?:가운데|중)")


def _went_to_after_ko(sentence: str, first: _Row, c: ComparisonMention, rows: list[_Row]) -> _Row:
    """The figure a Korean change right after "…에서" went to: "1만1천여 명에서 3천여 명 늘어
    1만4천여 명에 이른다" is 1만4천's difference (the figure it went from stays a figure of its
    own); else ``first``."""
    went_from = _KO_FROM_AFTER["ko"].match(sentence, first["x"].m.end)
    if went_from is None or went_from.end() != c.start:
        return first
    return next(
        (
            r
            for r in rows
            if r["x"].baseline_of is None
            and r["x"].m.start >= c.end
            and not sentence[c.end : r["x"].m.start].strip()
        ),
        first,
    )


def _changed_from(sentence: str, to: _Row, rows: list[_Row], lang: str) -> _Row | None:
    """The figure a change went from, when ``to`` is the one it went to ("from 1,100 … to
    13,221", "to 1,300 … from 26"), or None."""
    b = to["x"].m.start
    if lang in _KO_FROM_AFTER:
        if not _KO_TO_AFTER.match(sentence, to["x"].m.end):
            return None
        return next(
            (
                r
                for r in reversed(rows)
                if 0 < b - r["x"].m.end <= 40 and _KO_FROM_AFTER[lang].match(sentence, r["x"].m.end)
            ),
            None,
        )
    if not _TO_BEFORE[lang].search(sentence, max(0, b - 20), b):
        return None
    for r in reversed(rows):
        a = r["x"].m.start
        if 0 < b - r["x"].m.end <= 60 and _FROM_BEFORE[lang].search(sentence, max(0, a - 20), a):
            return r
    for r in rows:
        # "to 1,300 last year from just 26 in 2023": the figure it went from may come after
        a = r["x"].m.start
        if 0 < a - to["x"].m.end <= 40 and _FROM_BEFORE[lang].search(sentence, max(0, a - 20), a):
            return r
    return None


def _period_not_from(to: _Row, src: _Row, periods: list[PeriodMention]) -> None:
    """ "从2023年的1100人增至13221人": the year inside the phrase the change went from is that
    figure's; the figure it went to has the period named before the phrase (or none)."""
    a = src["x"].m.start
    inside = [p for p in periods if a - 12 <= p.start < a and p.label == to["period"]]
    if to["period"] is None or not inside:
        return
    earlier = [p for p in periods if p.end <= inside[0].start - 3 and p.label]
    to["period"] = earlier[-1].label if earlier else None


def _other_people_compared(
    c: ComparisonMention,
    target: _Row,
    clauses: list[tuple[int, int]],
    places: list[context.Mention],
    watched: Collection[str],
) -> bool:
    """Whether comparison ``c`` sits in a later clause than the figure it would qualify and that
    clause names the nationals of an unwatched country before the comparison."""
    if not watched:
        return False
    n = target["x"].m
    ca, _ = _clause_of(clauses, c.start)
    if ca <= n.start:
        return False
    return any(
        p.role == "people" and p.key not in watched and ca <= p.start < c.start for p in places
    )


def _foreign_origin_named(
    sentence: str, pos: int, lang: str, places: list[context.Mention], watched: Collection[str]
) -> bool:
    """Whether the people counted at ``pos`` are said to come from a country or region that is not
    watched ("우즈베키스탄·타지키스탄 출신 노동자", "来自中亚国家的劳工")."""
    pat = _ORIGIN_NAMED_BEFORE.get(lang)
    if pat is None:
        return False
    base = max(0, pos - 30)
    m = pat.search(sentence[base:pos])
    if m is None:
        return False
    g = "o" if m.group("o") is not None else "p"
    a, b = base + m.start(g), base + m.end(g)
    named = [p for p in places if a <= p.start < b]
    if any(p.key in watched for p in named):
        return False
    return bool(named) or bool(_FOREIGN_ORIGIN[lang].search(sentence, a, b))


# "逾百名朝鮮體育代表團成員": right after a number and its counter, the country names whose
# people are counted, whatever noun follows
_COUNTED_BEFORE_ZH = re.compile(r"[\d一二两兩三四五六七八九十百千万萬]\s*(?:多|余|餘)?\s*名\s*$")


def _goers_from(
    sentence: str,
    p: context.Mention,
    places: list[context.Mention],
    units: Sequence[context.Mention],
) -> bool:
    """Whether the Chinese country ``p`` stands right before "赴"/"访" and a place, then the people
    counted ("朝鲜赴俄游客", "俄罗斯赴朝游客"): whose people travel, not where they go."""
    for q in places:
        if q.start == p.end and sentence[q.start] in "赴访訪":
            to = q  # "赴朝", "访朝": the place word carries its own movement mark
        elif q.start == p.end + 1 and sentence[p.end] in "赴访訪":
            to = q  # "赴" + "俄"
        else:
            continue
        if any(
            u.key not in ("entries", "visas", "usd", "other") and 0 <= u.start - to.end <= 2
            for u in units
        ):
            return True
    return False


def _nationals_before_noun(
    sentence: str, lang: str, places: list[context.Mention], watched: Collection[str]
) -> list[context.Mention]:
    """Korean/Chinese put the country right before the people it names ("북한 대학생",
    "朝鲜建筑工人"): a watched country's name that a counted noun follows (no destination cue
    before it) names its nationals, the origin."""
    units = _units(sentence, lang)
    out = []
    for p in places:
        if (
            p.role == "name"
            and p.key in watched
            and not _DEST_CUE_BEFORE[lang].search(sentence[max(0, p.start - 14) : p.start])
            # "俄罗斯赴朝游客": "赴朝", "访朝" carry their own cue: tourists going to the DPRK, not
            # its nationals
            and not (lang == "zh" and sentence[p.start] in "赴访訪")
        ):
            gap = 1 if lang == "ko" else 0
            counted = lang == "zh" and _COUNTED_BEFORE_ZH.search(
                sentence, max(0, p.start - 8), p.start
            )
            if (
                counted
                or any(
                    u.key not in ("entries", "visas", "usd", "other")
                    and 0 <= u.start - p.end <= gap
                    for u in units
                )
                # "朝鲜赴俄游客": the watched country before "赴俄" and the travellers too
                or (lang == "zh" and _goers_from(sentence, p, places, units))
                or _RUNS_BUSINESS_AFTER[lang].match(sentence, p.end)
                or any(
                    u.key not in ("entries", "visas", "usd", "other")
                    and _ITS_PEOPLE_GAP[lang].fullmatch(sentence, p.end, u.start)
                    for u in units
                    if 0 < u.start - p.end <= 6
                )
                or any(
                    # "북한 선박 승무원", "朝鲜船员": crews are people too (a purpose noun), maybe
                    # behind one short word
                    q.key == "service_personnel"
                    and q.start >= p.end
                    and _CREW_GAP[lang].match(sentence[p.end : q.start])
                    for q in _purposes(sentence, lang)
                )
            ):
                p = p._replace(role="people")
        elif lang == "zh" and p.role == "name" and _goers_from(sentence, p, places, units):
            # "俄罗斯赴朝游客": a country right before "赴朝"/"访朝" and the travellers names whose
            # people go there (here not the watched nationals)
            p = p._replace(role="people")
        out.append(p)
    return out


# ko/zh lists: "去年12月和今年1月" (a year word after "and"), "约1500名和约1000名" (a counter and
# a hedge around "and")
_KO_ZH_LIST_GAP = re.compile(
    # ("500명 안팎, 300명 미만": a hedge may follow the counter)
    # ("200여명, 150여명": the "over" mark may stand before the counter; "1071人次和43人次":
    # entries are counted with "人次")
    r"^\s*(?:여\s?)?(?:名|人次|人|명)?(?:\s?(?:안팎|가량|정도|내외|남짓|미만|이하|이상|左右|上下))?"
    r"\s*(?:,|、|和|及|与|與|및|과|와)\s*"
    r"(?:今年|去年|明年|올해|지난해|작년|(?:19|20)\d\d\s*[年년])?\s*(?:约|約|近|逾|약)?\s*$"
)


def _runs(
    items: list[tuple[int, int, Any]], sentence: str, gap: re.Pattern[str] = _LIST_GAP
) -> list[list[tuple[int, int, Any]]]:
    """Consecutive items separated only by commas/"and" ("2020, 2021 and 2022")."""
    runs: list[list[tuple[int, int, Any]]] = []
    for it in items:
        if runs and gap.match(sentence[runs[-1][-1][1] : it[0]] or ","):
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _pair_respectively(
    sentence: str,
    rows: list[_Row],
    periods: list[PeriodMention],
    baseline_spans: list[tuple[int, int]],
    lang: str = "en",
) -> None:
    """ "In 2020, 2021 and 2022 respectively 34, 20 and 51": the i-th figure gets the i-th period."""  # noqa: E501
    ps = [
        (p.start, p.end, p)
        for p in periods
        if p.label and not _overlaps(p.start, p.end, baseline_spans)
    ]
    ns = [(r["x"].m.start, r["x"].m.end, r) for r in rows if r["x"].baseline_of is None]
    gap = _KO_ZH_LIST_GAP if lang in ("ko", "zh") else _LIST_GAP
    if lang in ("ko", "zh"):
        _pair_purposes(sentence, [n for n in ns if n[2]["unit"] != "percent"], lang)
    for prun in _runs(ps, sentence, gap):
        if len(prun) < 2:
            continue
        for nrun in _runs(ns, sentence, gap):
            if len(nrun) == len(prun):
                last = nrun[-1][2]
                for (_, _, p), (_, _, r) in zip(prun, nrun, strict=True):
                    r["period"] = p.label
                    if lang in ("ko", "zh") and r["unit"] == "persons":
                        # "约1500名和约1000名工人": the noun after the last names them all
                        r["unit"] = last["unit"]
                        if r["purpose"] == "total":
                            r["purpose"] = last["purpose"]
                if lang == "zh":
                    _sum_of_respective(sentence, rows, nrun, prun)
                return


# "…分别仅有148名和64名…,合计212名": the sum right after a list of figures, each of its own month
_SUM_AFTER_ZH = re.compile(r"[^\d，,。；;]{0,12}[，,]\s*(?:合计|合計|共计|共計|总计|總計|两者合计)")
_MONTH_OR_QUARTER = re.compile(r"\d{4}-(?:\d\d|Q[1-4])")


def _sum_of_respective(
    sentence: str,
    rows: list[_Row],
    nrun: list[tuple[int, int, _Row]],
    prun: list[tuple[int, int, PeriodMention]],
) -> None:
    """The sum after figures given "respectively" for consecutive months (quarters) covers them
    all: "1月和2月分别仅有148名和64名朝鲜公民入境,合计212名" is January to February."""
    first, last = prun[0][2].label or "", prun[-1][2].label or ""
    if not (
        _MONTH_OR_QUARTER.fullmatch(first)
        and _MONTH_OR_QUARTER.fullmatch(last)
        and first[:4] == last[:4]
    ):
        return
    if "Q" in first:
        first = f"{first[:4]}-{3 * int(first[-1]) - 2:02d}"
        last = f"{last[:4]}-{3 * int(last[-1]):02d}"
    end = nrun[-1][1]
    later = [r for r in rows if r["x"].m.start >= end and r["x"].baseline_of is None]
    m = _SUM_AFTER_ZH.match(sentence, end)
    if later and m is not None and 0 <= later[0]["x"].m.start - m.end() <= 4 and first < last:
        later[0]["period"] = f"{first}..{last}"  # (the sum's figure right after: "合计约212名")


# between two places of a list ("中国和俄罗斯", "중국과 러시아")
# ("蒙古国和越南": a country's name may end in 国)
_PLACE_LIST_GAP = re.compile(r"(?:国|國)?\s*(?:과|와|및|,|、|和|及|与|與)\s*")
# from the last country of a list to the first figure: a few words, or more when they end on
# "respectively" ("라오스와 몽골에 체류 중인 북한 노동자를 각각 500명 안팎, 300명 미만")
_PLACES_TO_FIGURES = re.compile(
    r"[^\d,.，。;；]{0,16}$|[^\d,.，。;；]{0,30}(?:각각|分别|分別)[^\d,.，。;；]{0,6}$"
)
# the respectively-mark and a hedge right before the first figure ("分别约有", "각각 약")
_RESPECTIVE_HEDGE = re.compile(r"(?:分别|分別|각각)[^\d,，。;；]{0,4}$")


def _pair_places(
    sentence: str, rows: list[_Row], places: list[context.Mention], watched: frozenset[str]
) -> None:
    """ "在中国和俄罗斯的分别约有5万人和3万人", "중국과 러시아에 각각 약 5만 명과 3만 명": the i-th
    figure of a list goes to the i-th country of the list named right before it; a hedge right
    after "respectively" is every figure's."""
    ns = [(r["x"].m.start, r["x"].m.end, r) for r in rows if r["x"].baseline_of is None]
    for nrun in _runs(ns, sentence, _KO_ZH_LIST_GAP):
        if len(nrun) < 2:
            continue
        first = nrun[0][0]
        named = [
            p for p in places if p.end <= first and p.role != "people" and p.key not in watched
        ]
        listed = _listed_before(
            sentence, first, len(nrun), named, _PLACE_LIST_GAP, _PLACES_TO_FIGURES
        )
        if listed is None:
            continue
        head = nrun[0][2]
        # (the list counts one noun: "其中…分别约有5万人和3万人" after "劳工", or the noun after
        # the last figure: "分别接收了约50名和30余名朝鲜留学生")
        noun = next(
            (o for o in (head, nrun[-1][2]) if o["unit"] in ("workers", "students", "troops")),
            None,
        )
        for p, (_, _, r) in zip(listed, nrun, strict=True):
            r["dest"] = p.key
            if r["unit"] == "persons" and noun is not None:
                r["unit"] = noun["unit"]
                if r["purpose"] == "total":
                    r["purpose"] = noun["purpose"]
        q = head["x"].qualifier
        if q != "exact" and _RESPECTIVE_HEDGE.search(sentence, max(0, first - 8), first):
            for _, _, r in nrun[1:]:
                if r["x"].qualifier == "exact":
                    r["x"].qualifier = q


# "each" right before one figure ("각각 수백 명씩", "分别约有", "各有约300名"); not "各地",
# "各国" (everywhere)
_KOZH_EACH_GATE = re.compile(r"각각|分别|分別|各(?![地国國省州界种種类類级級自])")
_EACH_PLACE_GATE = {
    "en": re.compile(r"\beach\b", re.I),
    "ru": re.compile(r"(?<!\w)кажд(?:ая|ый|ое)(?!\w)", re.I),
    "ko": _KOZH_EACH_GATE,
    "zh": _KOZH_EACH_GATE,
}
_KOZH_EACH_BEFORE = re.compile(
    r"(?:(?:각각|分别|分別)[^\d,，。;；]{0,10}|各(?![地国國省州界种種类類级級自])[^\d,，。;；]{0,3})$"
)
# ("Laos and Vietnam each host fewer than five hundred", «Лаос и Вьетнам принимают каждый не
# более пятисот»: a few words between, a verb and a hedge)
_EACH_PLACE_BEFORE = {
    "en": re.compile(r"\beach\s+(?:[a-z]+\s+){0,4}$", re.I),
    "ru": re.compile(r"(?<!\w)кажд(?:ая|ый|ое)\s+(?:[а-яё]+\s+){0,4}$", re.I),
    "ko": _KOZH_EACH_BEFORE,
    "zh": _KOZH_EACH_BEFORE,
}
# between two countries of a list: ", ", " and ", «и»
_SPACED_PLACE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|и)\s+)\s*", re.I)
_SPACED_PLACE_TO_FIGURE = re.compile(r"[^\d.;,]{0,40}$")


def _each_place(
    sentence: str,
    rows: list[_Row],
    places: list[context.Mention],
    watched: frozenset[str],
    lang: str,
) -> None:
    """ "몽골과 라오스에 각각 수백 명씩", "在蒙古和老挝各有约300名", "Laos and Vietnam each host
    fewer than five hundred": one figure said of each country of the list named right before it
    is a claim for each (kept as the row's ``also_dests``)."""
    spaced = lang in ("en", "ru")
    for r in rows:
        if r["x"].baseline_of is not None or r.get("also_dests"):
            continue
        first = r["x"].m.start
        if not _EACH_PLACE_BEFORE[lang].search(
            sentence, max(0, first - (40 if spaced else 12)), first
        ):
            continue
        last = r["x"].m.end
        if any(
            o is not r and (0 < first - o["x"].m.end < 12 or 0 < o["x"].m.start - last < 12)
            for o in rows
        ):
            continue  # a list of figures ("分别约有5万人和3万人"): paired one to one
        named = [
            p for p in places if p.end <= first and p.role != "people" and p.key not in watched
        ]
        for count in range(len(named), 1, -1):
            listed = (
                _listed_before(
                    sentence,
                    first,
                    count,
                    named,
                    _SPACED_PLACE_LIST_GAP,
                    _SPACED_PLACE_TO_FIGURE,
                )
                if spaced
                else _listed_before(sentence, first, count, named, _PLACE_LIST_GAP)
            )
            if listed is not None and len({p.key for p in listed}) == count:
                r["dest"] = listed[0].key
                r["also_dests"] = [p.key for p in listed[1:]]
                break


# between two purposes of a list: a conjunction, maybe a quote and the rest of the first name
# ("'사적 방문'과 '출장'", "私人和商务")
_PURPOSE_LIST_GAP = re.compile(r"[^\d,.，。]{0,6}?(?:과|와|및|,|、|和|及|与|與)\s*['‘’\"“”「」]?")
# from the last purpose to the first figure ("' 목적은 각각 ", "为目的者分别为")
_PURPOSE_TO_FIGURES = re.compile(r"[^\d,.，。;；]{0,16}$")


def _listed_before(
    sentence: str,
    first: int,
    count: int,
    named: list[context.Mention],
    gap: re.Pattern[str],
    to_figures: re.Pattern[str] = _PURPOSE_TO_FIGURES,
) -> list[context.Mention] | None:
    """The last ``count`` of ``named`` when they form a list (joined by ``gap``) that ends
    right before the figure at ``first``, else None: the list a run of figures pairs with."""
    if len(named) < count:
        return None
    listed = named[-count:]
    if not to_figures.match(sentence[listed[-1].end : first]) or not all(
        gap.fullmatch(sentence, a.end, b.start) for a, b in itertools.pairwise(listed)
    ):
        return None
    return listed


def _pair_purposes(sentence: str, ns: list[tuple[int, int, _Row]], lang: str) -> None:
    """ "'사적 방문'과 '출장' 목적은 각각 96명, 33명", "以私人和商务为目的者分别为96人和33人": the
    i-th figure of a list gets the i-th purpose of the list named right before it."""
    gap = _KO_ZH_LIST_GAP
    for nrun in _runs(ns, sentence, gap):
        if len(nrun) < 2:
            continue
        first = nrun[0][0]
        named = [p for p in _purposes(sentence, lang) if p.end <= first]
        listed = _listed_before(sentence, first, len(nrun), named, _PURPOSE_LIST_GAP)
        if listed is None:
            return
        for p, (_, _, r) in zip(listed, nrun, strict=True):
            r["purpose"] = p.key
        return


def _same_months(cmp: Comparison | None, period: str, s: _Sentence) -> Comparison | None:
    """A comparison "with the same period" of a year, of a figure whose period (finer than a
    year) comes from outside its sentence: those months in that year ("올해 1분기 … 몇 명? …
    지난해 같은 기간보다 9배": against 2023-Q1, not the whole of 2023)."""
    if (
        cmp is None
        or not s.sames
        or cmp.kind == "record"
        or cmp.baseline_period is None
        or not _is_year(cmp.baseline_period)
        or _is_year(period)
    ):
        return cmp
    y = label_year(period) or int(cmp.baseline_period)
    return dataclasses.replace(
        cmp, baseline_period=shift_label(period, int(cmp.baseline_period) - y)
    )


def _whole_year(sentence: str, c: ComparisonMention, base: str | None) -> str | None:
    """«чем за весь прошлый год», "than in the whole of last year", "是去年全年的3倍": the whole
    year, not the months of it the claim covers."""
    if base is None or _is_year(base) or c.baseline_span is None:
        return base
    if _WHOLE_YEAR.search(sentence, c.baseline_span[0], c.baseline_span[1]):
        return str(label_year(base))
    return base


_WHOLE_YEAR = re.compile(
    r"(?<!\w)(?:весь|всем|целый|целом)\s|\b(?:all|whole|full|entire)\s+(?:of\s+)?|全年|"
    # "작년 한 해(1천41건)의 네 배", "지난해 전체(1천41건)의": the whole of last year
    r"(?:지난해|작년)\s?(?:한\s?해|전체)",
    re.I,
)


def _baseline_label(
    c: ComparisonMention,
    claim_period: str | None,
    periods: list[PeriodMention],
    pos: int,
    clause: tuple[int, int],
    baseline_spans: list[tuple[int, int]],
) -> str | None:
    if c.baseline_previous_period:
        # "compared with the previous quarter", "직전 분기보다", "环比": the quarter or month
        # before the claim's
        if claim_period is None:
            claim_period = _period(periods, pos, clause, baseline_spans)
        return previous_sub_label(claim_period)
    if c.baseline_quarter is not None:
        if c.baseline_year is None and c.baseline_span:
            # "지난해 1분기의 약 1천500명보다": the quarter's year named before the phrase (the
            # period reader has the quarter in that year)
            for p in periods:
                if (
                    p.label
                    and p.label.endswith(f"-Q{c.baseline_quarter}")
                    and not (p.end <= c.baseline_span[0] or p.start >= c.baseline_span[1])
                ):
                    return p.label
        if claim_period is None:
            claim_period = _period(periods, pos, clause, baseline_spans)
        y = c.baseline_year or label_year(claim_period)
        return f"{y:04d}-Q{c.baseline_quarter}" if y else None
    if c.baseline_year is not None and c.baseline_span:
        # "чем в апреле–июне 2024 года": the baseline phrase names a finer period of that year
        for p in periods:
            if (
                p.label
                and not _is_year(p.label)
                and p.kind != "sinceyear"  # "declined … since 2017": against 2017 itself
                and p.year == c.baseline_year
                and not (p.end <= c.baseline_span[0] or p.start >= c.baseline_span[1])
            ):
                return p.label
    if c.baseline_year is not None:
        cy = label_year(claim_period)
        if c.baseline_same_period and claim_period and cy and not _is_year(claim_period):
            # "up 73% on the same period of 2024": the claim's months in 2024
            return shift_label(claim_period, c.baseline_year - cy)
        return str(c.baseline_year)
    if c.baseline_relative_to_doc and c.baseline_span:
        # "较去年", "than last year": the year the phrase names, at the claim's sub-period
        for p in periods:
            if (
                p.label
                and p.kind == "relative"
                and not (p.end <= c.baseline_span[0] or p.start >= c.baseline_span[1])
            ):
                cy, by = label_year(claim_period), label_year(p.label)
                if claim_period and cy and by:
                    return shift_label(claim_period, by - cy)
                return p.label
    if c.baseline_offset is not None and c.baseline_same_period and claim_period is None:
        claim_period = _period(periods, pos, clause, baseline_spans)
    if c.baseline_offset is not None:
        if claim_period is None:
            claim_period = _period(periods, pos, clause, baseline_spans)
        if claim_period is not None:
            if c.kind == "record":
                y = label_year(claim_period)
                return str(y + c.baseline_offset) if y else None
            return shift_label(claim_period, c.baseline_offset)
    if c.baseline_span:
        # "比6月翻了一番": the month the baseline phrase names ("grown by a third since
        # November": that month, not the span from it)
        for p in periods:
            if (
                p.label
                and not _is_year(p.label)
                and not (p.end <= c.baseline_span[0] or p.start >= c.baseline_span[1])
            ):
                if p.kind == "sincebare":
                    return p.label.split("..")[0]
                if p.kind == "mrange" and c.kind != "record":
                    return _months_before(p.label, claim_period)
                return p.label
    return None


def _months_before(label: str, claim_period: str | None) -> str:
    """Months named without a year as a baseline ("nearly double the figure for October-December"
    after "the first quarter of 2025"): the latest such months before the claim's period."""
    if claim_period is None:
        return label
    try:
        base, claim = Period.parse(label), Period.parse(claim_period)
    except ValueError:
        return label
    return (shift_label(label, -1) or label) if base.start >= claim.end else label
