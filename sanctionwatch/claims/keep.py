"""Which numbers in a sentence can be claims about flows of people: years, dates, references,
ages, prices, tallies and other numbers that are not counts are set aside here.

``keep_number`` is asked once per number found (before the period and comparison readers run);
``year_is_a_count`` takes back a bare four-digit "year" that counts people ("admitted 1977 North
Koreans"). The patterns are the closed forms the press writes such numbers in, per language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from sanctionwatch.claims import context, hedges, lexicon
from sanctionwatch.claims.nouns import _first_unit_after, _purposes, _units, _within
from sanctionwatch.claims.numbers import NumberMention, find_numbers
from sanctionwatch.claims.periods import EN_MONTH, PeriodMention

# the Korean counter of cases ("5천 건", "3천여건", "1천100여 건과 비교하면"), not a word that
# starts with it ("건설")
KO_GEON = re.compile(
    r"\s?(?:여\s?)?건(?![가-힣])|\s?(?:여\s?)?건(?=[을이의에으은과도만]|으로|보다|까지)"
)


_TIME = re.compile(r"\d{1,2}:\d{2}")
# Korean/Chinese phone numbers: "1577-6635", "02-2100-5000" (ranges there are written with ~/至)
_PHONE_AFTER = re.compile(r"-\d{3,4}(?!\d)")
_PHONE_BEFORE = re.compile(r"(?<!\d)\d{2,4}-$")
# A code of digits and Latin capitals ("项目（23BGJ041）", "과제번호 21AB0123"): an identifier,
# not a count (the number runs straight into two or more capitals and then more digits)
_CODE_AFTER = re.compile(r"[A-Z]{2,}\d")
# One Latin capital glued to the number and ending the word ("新建5G基站", "3D 프린터"): the
# name of a technology or a format, not a count
_GLUED_CAPITAL_AFTER = re.compile(r"[A-Z](?![A-Za-z0-9])")
# The general counter "个" right before a noun ("涉及11个联邦主体、87个边境口岸"), or ending a
# clause ("新建5G基站1.2万个。"): things, unless a people noun follows or the sentence names
# people (see keep_number)
_GE_AFTER_ZH = re.compile(r"(?:余|餘|多)?[个個](?!人)")
_GE_CLAUSE_END_ZH = re.compile(r"[，,。；;、]|$")
# A group noun a few characters before a clause-ending "个" ("旅游团组仅有11个,共计约230人"):
# the figure counts the groups, not the people in them (those come with "人")
_GROUP_BEFORE_GE_ZH = re.compile(
    r"(?:团组|團組|代表团|代表團|旅游团|旅遊團|访问团|訪問團|小组|小組|团|團)"
    r"(?:数|數|数量|數量)?(?:仅|僅|只|共|总共|總共|约|約|达|達|有|为|為|是|\s)*$"
)
# A match's score ("러시아를 4대 0으로 꺾었다", "以3比1击败"): two numbers around "대"/"比";
# neither counts people (the first is already a counter-word "대", the second is bare)
_SCORE_DIGIT = r"[\d零〇一二三四五六七八九十两兩]"
_SCORE_BEFORE = {
    "ko": re.compile(r"\d\s?대\s?$"),
    "zh": re.compile(_SCORE_DIGIT + r"\s?比\s?$"),
}
_SCORE_AFTER = {
    "ko": re.compile(r"\s?대\s?\d"),
    "zh": re.compile(r"\s?比\s?" + _SCORE_DIGIT),
}
_SCORE_MARK = {"ko": "대", "zh": "比"}


# The same count as the figure before, at another time or place ("that figure rose to", "2,000
# more arrived", "another 1,150", «их было свыше 10 тысяч», «ещё тысяча приедет»)
# ("The 2023 figure was 1,117", «показатель 2023 года»: the same count, another year)
EN_SAME_COUNT = (
    # "the true number could be as high as 12,000"
    r"(?:that|this|the)\s+(?:(?:19|20)\d\d(?:'s)?\s+|previous\s+year's\s+|[a-z]+-[a-z]+\s+|"
    r"(?:true|real|actual)\s+)?"
    r"(?:figure|number|total|contingent)\b(?!\s+of\b)|\d[\d,.]*\s+more\b|another|"
    # ("at least a hundred more to arrive": spelled out)
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?:hundred|thousand)\s+more\b|"
    # "That compares with only 62 in the same quarter of 2023": the same count, another time
    r"(?:that|this|it)\s+compares\s+with|"
    # "That's up from just 340 in the same quarter a year earlier": the same count, before
    r"(?:that|this|it)(?:'s|’s|\s+is|\s+was)\s+(?:up|down)\s+from|"
    # "Seoul put the figure at 12,000", "cited a figure of 12,000"
    r"a\s+figure\s+of|puts?\s+(?:the\s+)?(?:current\s+|latest\s+|overall\s+)?"
    r"(?:figure|number|total|it|deployment)\s+at|"
    # "The year-to-date tally stands at 163"
    r"(?:tally|count|total|figure)\s+(?:now\s+)?(?:stands|stood)\s+at|"
    # "The quarterly total of 583 compares with 412 …": the count the article gave, restated
    r"\b(?:quarterly|annual|monthly|yearly|overall|combined|half-year(?:ly)?)\s+"
    r"(?:total|figure|tally|count)\s+of\s+\d"
)
RU_SAME_COUNT = (
    r"эта\s+цифра|это\s+число|их\s+(?:было|стало|насчитывал\w*|число|количество)|ещ[её]|"
    # «В Тихоокеанском университете их около 90»
    # («Годом ранее было 2,1 тыс.»: the same count a year before)
    r"(?:годом|кварталом|месяцем)\s+ранее\s+(?:их\s+)?было|"
    r"их\s+(?:около|примерно|почти|более|свыше|уже|всего|лишь|не\s+менее|не\s+меньше|"
    r"не\s+более|не\s+больше)\s+\d+|"
    r"(?:этот|тот)\s+показатель|показатель\s+(?:(?:19|20)\d\d|прошлого)(?:-го|\s+год\w*)|"
    # «Пентагон оценивает контингент скромнее — не менее 10 тыс.»: the troops counted before
    r"контингент\w*|"
    # «разведка называла цифру в 12 тысяч»
    # («Ранее ведомство называло цифру 17,6 тыс.»)
    r"цифр\w*\s+(?:в|«?(?:(?:порядка|около|почти|более|свыше)\s+)?\d+)|"
    # «в доковидном 2019 году таких поездок было около 4 тыс.»: the same kind, another time
    r"таких\s+(?:поездок|въездов|визитов|граждан|работников|студентов|туристов)\s+было|"
    # «В Пентагоне называют схожую цифру — от 10 до 12 тысяч»: a like figure of the same count
    r"(?:схож\w*|похож\w*|близк\w*|такую\s+же|ту\s+же|аналогичн\w*)\s+цифр\w*"
)


# A figure that counts part of the people counted before ("nearly 8,000 of them", "из них",
# "그중", "其中"), or more of the same: it takes the countries and period of the figure before it.
_REFER_BACK: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(
        rf"\b(?:of\s+(?:them|whom|those|these|which)|among\s+them|a\s+further|{EN_SAME_COUNT}|"
        # "at least 2,000 of the quarter's arrivals": part of the period's count just given
        r"of\s+(?:the|this|that)\s+(?:quarter|year|month|period|half)['’]s\s+"
        r"(?:arrivals|entries|visitors|total)|"
        # "Far Eastern Federal University alone hosts some 240": a part of the count before
        # (not a period: "In the final quarter alone, almost 6,000 North Koreans crossed")
        r"(?!(?:quarter|month|year|half|week|period|summer|autumn|winter|spring|january|february|"
        r"march|april|may|june|july|august|september|october|november|december|q[1-4]|h[12])\s)"
        r"\w[\w-]*\s+alone\b|"
        # "Study remained the single largest category, at 9,104": a part of the count before
        r"\bcategory,?\s+at\s+\d|"
        # "had initially reported 17,605 such entries": the flow, at the time, just given
        r"\d+\s+such\s+(?:entries|trips|arrivals|crossings|visits|journeys)\b|"
        # "The study category … stayed near 1,200": a part of the table the article gave
        r"the\s+[\"“«']?(?:study|work|business|tourism|tourist|transit|private|official|other)"
        r"[\"”»']?\s+(?:category|column|line)|"
        # "Breakdown: study 6.9 thousand, work 5.5 thousand": the parts of the count just given
        # ("Total Q3: 5,263": the total of the people the thread counts)
        r"(?:breakdown|by\s+purpose)\s*:|broken\s+down\s+by\s+(?:stated\s+)?purpose|"
        r"\btotal\s+(?:for\s+)?(?:q[1-4]|h[12]|\d{4}|the\s+"
        r"(?:year|quarter|half))\s*:)"
    ),
    "ru": lexicon.Caseless(
        rf"(?<!\w)(?:из\s+них|среди\s+них|из\s+этого\s+числа|{RU_SAME_COUNT}|"
        r"(?:в\s+разбивке\s+)?по\s+целям\s*:|разбивк\w*\s+по\s+целям)(?!\w)"
    ),
    # "목적별로는", "按目的分": a breakdown by purpose of the count just given
    # ("이번에 나간 노동자 중": of those who went this time, the ones the article just reported)
    "ko": re.compile(
        # ("이들 중", "이들 가운데": among them)
        r"그\s?중|이\s?중|이\s?가운데|그\s?가운데|목적별|(?<![가-힣])(?P<they>이들)\s?(?:중|가운데)(?![가-힣])"
        r"|이번에\s?(?:나간|간|파견된|보낸|떠난|출국한|들어온|입국한|온|도착한)\s?[가-힣]{1,6}\s?(?:중|가운데)"
    ),
    "zh": re.compile(r"其中|当中|當中|按目的分|按目的划分|按目的劃分|按入境目的"),
}


def _overlaps(a: int, b: int, spans: Collection[tuple[int, int]]) -> bool:
    return any(not (b <= s or a >= e) for s, e in spans)


@functools.cache
def _spelled_ok_after(lang: str) -> re.Pattern[str]:
    """After a spelled-out number: a verb or "of them" makes it a count of the people in question
    ("just three listing study", "двое из них"); a noun that is not a people noun does not."""
    if lang == "en":
        return re.compile(
            r"^\s+(?:of\s+(?:them|whom|those)|were|was|had|have|are|is|listed|listing|\w+ed\b|\w+ing\b)",
            re.I,
        )
    if lang == "ru":
        # («…, 12 — транзитом и два — с целью ПМЖ»: a line of a table written out)
        return re.compile(
            r"^\s+(?:из\s+них|был|были|было|прибыл|въехал|указал)|"
            r"^\s*[—–]\s*(?:с\s+целью|по\s+|на\s+|транзит)",
            re.I,
        )
    return re.compile(r"^\s?(?:명|名|人|位)")


# "between three and five thousand …", «от трех до пяти тысяч …»: a spelled range's first bound,
# whose noun comes only after the second, which ends on a scale word
_SPELLED_RANGE_START = {
    "en": (
        re.compile(r"\bbetween\s+$", re.I),
        re.compile(r"\s+and\s+(?:[a-z]+[\s-]){0,2}(?:hundred|thousand|million)\b", re.I),
    ),
    "ru": (
        re.compile(r"(?<!\w)от\s+$", re.I),
        re.compile(r"\s+до\s+(?:[а-яё]+\s){0,2}(?:тысяч|миллион)\w*", re.I),
    ),
}


# "с 1 150 годом ранее": the year after the number says when, it is not what is counted
_A_YEAR_EARLIER_AFTER = {"ru": re.compile(r"\s*годом\s+(?:ранее|раньше)", re.I)}
NEVER = re.compile(r"(?!)")


# A number that begins a proper name: "38 North" (the research site), not 38 of anything
_NAMED_AFTER = re.compile(r"\s+North\b(?!\s+Kore)")


# The first number of a range shares the noun of the second: "12–14 часов", "from 5 to 7 km"
_RANGE_ON = re.compile(r"\s*(?:–|-|—|to|до|and|или|or|и)\s*\d[\d\u00a0 ,.]*", re.I)
# with its scale words: "500~1천 달러", "3至5万美元" (money, like the second bound)
_RANGE_ON_KOZH = re.compile(
    r"\s*(?:~|∼|～|–|-|—|至|到)\s*\d+(?:\.\d+)?(?:\s?[천만억千万萬亿億]\d*)*"
)


@functools.lru_cache(maxsize=64)
def _rare_words(sentence: str, lang: str) -> frozenset[str]:
    """Which of the rarely needed number filters (ages, prices, exchange rates) can apply."""
    out = set()
    if lang in ("en", "ru") and _AGE_WORD.search(sentence):
        out.add("age")
    if _PRICE_BEFORE[lang].search(sentence):
        out.add("price")
    if _RATE_BEFORE[lang].search(sentence):
        out.add("rate")
    if lang in _SHORTAGE_OF and _SHORTAGE_WORD.search(sentence):
        out.add("shortage")
    if lang in ("en", "ru"):
        # the words the set-aside, hypothetical, "one of" and requirement filters cannot match
        # without, found by substring tests (a regex scan of every sentence cost more than the
        # four searches per number it saves)
        low = sentence.lower()
        out.update(name for name, words in _RARE_EN_RU if any(w in low for w in words))
    return frozenset(out)


# ("do not", «не получится» are found as the set-aside words)
_HYPO_WORDS = frozenset(("hypo", "aside"))
_RARE_EN_RU: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("aside", ("not", "rather", "instead", "не ")),
    (
        "hypo",
        (
            "n't",
            "n’t",
            "cannot",
            "imagin",
            "pictur",
            "suppos",
            "hypothetic",
            "нельзя",
            "невозможно",
            "представьте",
            "предположим",
        ),
    ),
    ("oneof", ("one of", "один из", "одна из", "одно из", "одного из", "одной из", "одним из")),
    ("require", (" be ", " be\u00a0", "быть")),
)


# "a labour shortage that officials put at 2.4 million people", «дефицит кадров … достигает 600
# тыс. человек»: the size of a shortage, not people who came (the figure right after the words
# that measure the shortage)
_SHORTAGE_WORD = lexicon.Caseless(r"shortage|deficit|shortfall|дефицит|нехватк")
_SHORTAGE_OF: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:shortage|deficit|shortfall)s?\b[^.;]{0,50}?"
        r"\b(?:at|of|reach(?:es|ed|ing)?|total(?:s|ed|ling)?|exceed(?:s|ed|ing)?)\s+"
        r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|roughly\s+|"
        r"an\s+estimated\s+)?$",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:дефицит|нехватк)\w*[^.;]{0,70}?(?<!\w)(?:достига\w*|достиг\w*|составля\w*|"
        r"составил\w*|оценива\w*|превыша\w*|превысил\w*|—|в)\s+"
        r"(?:около\s+|почти\s+|более\s+|свыше\s+|порядка\s+|примерно\s+)?$",
        re.I,
    ),
}
# "Vladimir Putin, 72, and …": an age set off by commas after a name
_RU_ORDINAL_AFTER = re.compile(r"-(?:го|й|я|е|м|ми|х|ой|ом|ый|ий|ая|ую)(?!\w)")
_AGE_APPOSITION = re.compile(r"\b[A-Z][a-z'’-]+,\s*$")
# "A Vladivostok building contractor, 52, said …": an age set off by commas before a verb
_AGE_BEFORE_VERB = re.compile(r",\s*(?:said|says|told|who|has|had|is|was|added)\b", re.I)
_ADDRESS_BEFORE = re.compile(
    r"(?<!\w)(?:ул\.|улиц[аеуы]|просп\.|проспект\w*|пр-т|пер\.|переул\w*|шоссе|бульвар\w*|"
    r"наб\.|набережн\w*)\s*[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ]?[\w-]+)?,?\s*(?:д\.|дом)?\s*$"
)
# "at 140 Lenin Street", "12 Svetlanskaya St.": a house number (en)
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|"
    r"Prospekt|Prospect|Square|Embankment|Highway)\b"
)
# "every one of them does twelve-hour shifts": each of the people counted, not a count of one
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
# the last figure written in digits before a position (searched over a window ending there)
_LAST_FIGURE_BEFORE = re.compile(r"\d[\d,.\u00a0 ]*\d(?!.*\d)|\d(?!.*\d)", re.S)
_SANCTIONED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}(?:were\s+|was\s+|have\s+been\s+)?sanctioned\b(?!\s+(?:labou?r|work))",
    re.I,
)
_DESIGNATED_BEFORE = re.compile(r"\bdesignat\w*\s+(?:an\s+additional\s+|another\s+)?$", re.I)
_DESIGNEES_AFTER = re.compile(
    r"\s+(?:more\s+)?(?:individuals?|entit(?:y|ies)|persons?|people)\b", re.I
)
# "기업 7곳과 개인 3명, 선박 2척을 제재 대상으로": individuals listed for sanctions (asked only
# of sentences that name sanctions)
_KO_DESIGNEES_BEFORE = re.compile(r"개인\s?$")
# "김모(38)씨", "A(42·여)씨": an age in brackets after a name
_AGE_IN_BRACKETS = re.compile(r"\s?[)）·,]")
_YEAR_SPAN_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s?[–\-/]\s?$")
_LIST_MARK_BEFORE = re.compile(r"(?:^|[;:—–•\n]|\s-)\s*$")
# "1. 러시아에 파병된 북한군 규모는?", "2、追加派兵了吗": a small figure opening the sentence,
# then a point (or an enumeration comma) and a word, numbers a list item or a FAQ's question
_ITEM_NUMBER_AFTER = re.compile(r"\s?[.．、]\s*(?!\d)")
# "978-7-5203-1184-6", "010-6523-1234": a figure joined by hyphens to two more makes a code or a
# phone number (a range has one hyphen: "150-200명")
_CODE_GROUPS = re.compile(r"\d+(?:-\d+){2,}")
# "숙소는 4인 1실로 운영", "宿舍为4人一间": so many to a room (the room's count, "1", follows),
# how a dormitory is laid out, not a flow
_PER_ROOM_AFTER = {
    # ("sleep 12 to a container", "eight to a room")
    "en": re.compile(
        r"\s+(?:(?:men|women|workers|people)\s+)?(?:to|per|in)\s+(?:a|one|each)\s+"
        r"(?:room|container|cabin|bunk|bed|hut|trailer|tent|dormitory\s+room)\b",
        re.I,
    ),
    "ko": re.compile(r"\s?(?:인|명)\s?(?:1|한)\s?(?:실|방|칸)"),
    "zh": re.compile(r"\s?(?:人|名)\s?(?:1|一)\s?(?:间|間|室)"),
}
# «минимальная группа составляет 12 человек», «группами по 20 человек», "in groups of 20",
# "the minimum group size is 12": how large one group is (not "a group of 300 students arrived")
_GROUP_SIZE_BEFORE = {
    # («группа набирается минимум из восьми человек»)
    "ru": re.compile(
        r"(?<!\w)(?:(?:минимальн|максимальн)\w*\s+(?:численност\w+\s+)?групп\w*\s+"
        r"(?:составля\w+|—|–|-)?|групп\w*\s+по|групп\w*\s+(?:набира\w+|формиру\w+|состоит)\s+"
        r"(?:минимум\s+|не\s+менее\s+чем\s+)?из)\s+(?:от\s+|до\s+|не\s+менее\s+)?$",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:(?:minimum|maximum)\s+group\s+(?:size\s+)?(?:is|was|of)|in\s+groups\s+of)\s+"
        r"(?:up\s+to\s+|at\s+least\s+|about\s+)?$",
        re.I,
    ),
}
# "Far Eastern Federal University, which has about 23,000 students in all", «вуз, где учатся
# около 20 тыс. студентов»: the size of an institution, not a flow
_INSTITUTION_SIZE_BEFORE = {
    "en": re.compile(
        r"\b(?:university|institute|college|academy|school)\b[^.;]{0,12},\s+(?:which|that)\s+"
        r"(?:has|had|enrol?ls|counts|serves)\s+(?:(?:about|some|around|nearly|almost|more\s+than|"
        r"over|roughly)\s+)?$",
        re.I,
    ),
    # "莫斯科國立大學…目前在校學生約4萬人", "全校师生共1.2万人": a school's whole body of
    # students (not "在校朝鲜留学生200人": a nationality named between is the watched ones)
    # "俄远东联邦大学今年录取新生约4500名": a school's whole intake, of every nationality (not
    # "录取朝鲜新生约100名", "錄取的北韓新生": the watched ones named)
    "zh": re.compile(
        r"(?:(?:在校|全校)(?:国际|國際|外国|外國)?(?:学生|學生|生|留学生|留學生|师生|師生)"
        r"|(?:录取|錄取|招收|招录|招錄)(?:了)?(?:本科|研究生|硕士|碩士|博士)?(?:新生|学生|學生))"
        r"(?:总数|總數|人数|人數|总人数|總人數)?"
        r"(?:约|約|共|共有|达|達|为|為|有|逾|超过|超過|近|将近|將近|总计|總計)*\s*$"
    ),
}
# "今年录取约4500名新生": the intake counted before its noun, with no nationality between
_ZH_INTAKE_AROUND = (
    re.compile(r"(?:录取|錄取|招收|招录|招錄)(?:了)?(?:约|約|共|近|逾|超过|超過|将近|將近)?\s*$"),
    re.compile(r"\s?(?:余|餘|多)?\s?(?:名|人)(?:本科|研究生|硕士|碩士|博士)?(?:新生|学生|學生)"),
)
# "현재 한국어 전공 교수는 12명", "교직원 약 300명": a school's teaching staff, not a flow (unless
# the watched nationals are named right before: "북한 김일성대 교수 20명이 파견돼")
_STAFF_BEFORE_KO = re.compile(
    r"(?:교수|교수진|교직원|교원|강사|강사진)(?:들)?\s?(?:은|는|이|가)?\s?(?:모두|총|약|현재)?\s?$"
)
_WATCHED_BEFORE_STAFF_KO = re.compile(r"(?:북한|북측|조선)\s?(?:\S+\s)?$")
_MANY_COUNTRIES_AFTER = {
    "ru": re.compile(r"\s*(?:[а-яё]+\s+){0,2}из\s+\d+\s+стран", re.I),
    "en": re.compile(r"\s*(?:[a-z-]+\s+){0,2}from\s+\d+\s+(?:countries|nations)\b", re.I),
}
_SHORT_OF_BEFORE = re.compile(r"\bshort\s+of\s+(?:the\s+)?$", re.I)
# «за одного рабочего», "per one worker": a rate per person, not a count
# "一间集装箱板房住8个人", "방 한 칸에 8명이 산다": how many share one room, not a flow
_PER_ROOM_BEFORE = {
    "zh": re.compile(
        r"(?:[一每](?:间|間|个房间|個房間|套|顶|頂)|每个房间|每個房間)[^，,。；;！？]{0,8}?"
        r"(?:住|睡|挤|擠)(?:了|着|著|上)?\s?(?:约|約|大约|大約|近|将近|將近)?"
        # (or the second bound of a range: "每间挤6至9人")
        r"(?:\d+\s?(?:~|∼|～|–|-|—|至|到)\s?)?$"
    ),
    "ko": re.compile(
        r"(?:한\s?(?:방|칸)|방\s?(?:한\s?칸|하나|한\s?개)|(?:방|칸)(?:마다|당))(?:에|에는|에서)?"
        r"\s?(?:약|평균|최대)?\s?(?:\d+\s?(?:~|∼|～|–|-|—)\s?)?$"
    ),
}
_ROOM_GATE = {"zh": ("住", "睡", "挤", "擠"), "ko": ("방", "칸")}
_PER_ONE_BEFORE = re.compile(r"(?<!\w)(?:за|на|с|per|for\s+each|for\s+every)\s+$", re.I)


_AGE_WORD = lexicon.Caseless(r"\bage|возраст")


_FROM_TO_BEFORE = re.compile(
    r"\bfrom\b[^.;]{1,80}\bto\s+$|(?<!\w)с\s[^.;]{1,80}\sдо\s+$|"
    # ("the number had fallen to zero", "the number of North Korean workers in the country had
    # fallen to zero": the level the count fell to)
    r"\b(?:number|total|figure|count)(?:\s+of\s+[^.;,\d]{1,60}?)?\s+(?:had\s+|has\s+)?"
    r"(?:fallen|fell|dropped|declined|shrunk|shrank)\s+to\s+$",
    re.I,
)
_NUMBERED_BEFORE = re.compile(
    r"(?:№|\bNo\.|#)\s*[\dA-Za-zА-Яа-я]*\d[-–/]$"
    # "(pic 3 of 12)": the count of a series of pictures or parts
    r"|\b(?:pic|photo|image|slide|part|page|episode)\s+\d+\s+of\s+$",
    re.I,
)
_TYPICAL_UNIT_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:median|average|typical)\s+(?:firm|company|employer|contractor|site|"
    r"household|brigade|dormitory)\b[^.;,\d]{0,25}$",
    re.I,
)
_AVERAGE_AGE = re.compile(r"\b(?:average|mean|median)\s+age\b|(?<!\w)средн\w*\s+возраст", re.I)
# "aged between 25 and 40": the first bound of an age range
_AGE_RANGE_START = re.compile(r"(?:\baged?|\bages|возраст\w*)\s+(?:от|between|from)\s+$", re.I)
_VOTE_WORD = re.compile(r"проголосова|голосовани|\bvot(?:ed|e|es|ing)\b|\babstain", re.I)
_VOTE_TALLY_BEFORE = re.compile(
    r"(?:(?<!\w)(?:против|за|воздержал\w*)|\b(?:against|in\s+favou?r|abstentions?|abstained))"
    r"\s*[—–:-]?\s*$",
    re.I,
)
# "adopted 15-0", «приняли 15 голосами против 0»: a vote's tally
_ADOPTED = (
    r"(?:\b(?:adopted|passed|approved|voted|vote\s+of)|(?<!\w)(?:принят\w*|одобрен\w*))"
    r"\s+(?:by\s+)?"
)
_ADOPTED_BEFORE = re.compile(_ADOPTED + "$", re.I)
_ADOPTED_TALLY_BEFORE = re.compile(_ADOPTED + r"\d{1,3}\s*[-–]\s*$", re.I)
_TALLY_AFTER = re.compile(r"\s*[-–]\s*\d{1,3}(?!\d)")
_COSTS_BEFORE = {
    "ru": re.compile(
        r"(?<!\w)(?:стоит|стоят|стоил\w*|обходит\w*|обош\w*)\s+"
        r"(?:(?:около|примерно|порядка|от|до|всего|лишь|не\s+менее|более|свыше)\s+)?$",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:costs?|costing|priced\s+at|sells?\s+for)\s+(?:(?:about|around|some|"
        r"roughly|up\s+to|just|only|nearly|over)\s+)?\$?$",
        re.I,
    ),
}
_PRICE_BEFORE: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    # wages too: "salaries of 120,000 rubles", «платить … до 80 тыс. руб.»
    # and what each person paid ("each had paid 150 dollars for a medical certificate")
    "en": lexicon.Caseless(
        r"\b(?:price|prices|cost|costs|fare|fares|ticket|tickets|fee|fees|salary|salaries|wage|wages|rent|rents|"
        r"(?:each|every\s+\w+)(?:\s+of\s+(?:the|them|those)(?:\s+\d+)?)?\s+(?:had\s+|has\s+|have\s+)?"
        r"(?:paid|spent|pays|spends))\b"
    ),
    "ru": lexicon.Caseless(
        r"(?<!\w)(?:стоимост\w*|цен[аеуы]|билет\w*|тариф\w*|плат[аыу]|зарплат\w*|заработн\w+|аренд\w*|квартплат\w*|чек|"
        r"оклад\w*|платить|платят|платит|заплат\w*)(?!\w)"
    ),
    # "숙소 월세는 약 3만5천 루블", "房租约为每月2万卢布": rents are prices too
    "ko": re.compile(r"가격|요금|비용|항공권|티켓|월세|집세|임대료|숙박비"),
    # "一碗冷面售价约为8万基普": what a thing sells for
    "zh": re.compile(r"价格|價格|售价|售價|单价|單價|票价|票價|费用|費用|机票|機票|房租|租金|月租"),
}


# ("one of them estimated that …": one of the people counted, speaking)
_ONE_OF = re.compile(r"\s+(?:of\s+the\s|of\s+(?:\w+\s+){0,2}\d|of\s+them\b|из\s)", re.I)
# "the site is one of at least 30 in Primorye", «один из как минимум 30 объектов»: the size of
# the class the thing belongs to, not a count of people (unless people are named right after:
# "one of 7,887 North Koreans who came to study")
_ONE_OF_BEFORE = re.compile(
    r"(?:\bone\s+of(?:\s+the)?|(?<!\w)(?:один|одна|одно|одного|одной|одним)\s+из)\s+"
    r"(?:(?:at\s+least|some|about|around|roughly|nearly|almost|over|more\s+than|как\s+минимум|"
    r"не\s+менее|по\s+меньшей\s+мере|примерно|около|более|почти|свыше)\s+)?$",
    re.I,
)
# "Students must be between 18 and 25", «кандидаты должны быть от 18 до 25»: a requirement, not
# a count (both bounds of the range)
_REQUIREMENT_BEFORE = re.compile(
    r"(?:\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to)\s+be|"
    r"(?<!\w)(?:должн\w*|обязан\w*)\s+быть)\s+(?:between\s+|from\s+|от\s+)?"
    r"(?:\d[\d\s,.]*\s*(?:and|to|до|-|–|—)\s*)?$",
    re.I,
)
# "a 72-seat plane", "a 12-mile drive": a number joined to a noun by a hyphen describes the noun;
# these compounds still count people ("a 1,500-strong contingent", "some 2,000-odd workers")
_PEOPLE_COMPOUND = re.compile(r"-(?:strong|odd|member|members|man|men|person|people|plus)\b", re.I)
# "兩人分別為20歲和26歲", "두 사람 모두": "the two of them" refers back to people already counted
_THEM_ALL_AFTER: dict[str, re.Pattern[str]] = {
    "zh": re.compile(r"\s*(?:人|名)\s*(?:分别|分別|都|均|皆|各自|各)"),
    "ko": re.compile(r"\s*(?:사람|명)\s*(?:은|는|이|가)?\s*(?:모두|각각|다)(?!\w)"),
}
# "对一名协助北韩人偷渡的男子判处", "两名帮助朝鲜人越境的中间人": the counted are those who
# helped, smuggled or hired the nationals (named inside the relative clause before "的"), not them
_HELPERS_AFTER_ZH = re.compile(
    r"\s*(?:名|位|个|個)[^，,。；;\d]{0,4}?"
    r"(?:协助|協助|帮助|幫助|组织|組織|运送|運送|容留|介绍|介紹|非法雇用|非法僱用|非法雇佣|非法僱傭)"
    r"[^，,。；;\d]{0,20}?的"
)


# A sum of money ("90–120 тыс. рублей", "1천200달러", "$2,000"): a share or a change stated right
# after it ("что на 30% ниже", "이 중 70% 이상을") is of the money, not of people.
_MONEY_FIGURE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:[$€£¥₽]|US\$)\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|k|m|bn)\b)?|"
        r"\d[\d,.]*\s*(?:thousand\s+|million\s+|billion\s+)?"
        r"(?:dollars|rubles|roubles|yuan|won|euros|USD|RUB)\b",
        re.I,
    ),
    "ru": re.compile(
        r"\d[\d\s\u00a0,.–-]*(?:тыс\.?|млн\.?|млрд\.?)?\s*(?:руб|долл|евро|юан|вон|\$|₽)", re.I
    ),
    "ko": re.compile(r"\d[\d,.]*\s*(?:만|천|억)?\s*(?:\d+\s*)?(?:달러|루블|원|위안|유로)"),
    "zh": re.compile(r"\d[\d,.]*\s*(?:万|萬|亿|億)?\s*(?:美元|卢布|盧布|元|欧元|歐元|韩元|韓元)"),
}


def of_money(sentence: str, pos: int, lang: str) -> bool:
    """True when the figure before ``pos`` is a sum of money and no people are named between."""
    ends = [m.end() for m in _MONEY_FIGURE[lang].finditer(sentence, 0, pos)]
    return bool(ends) and not _within(_units(sentence, lang), ends[-1], pos)


_OF_THEM_AFTER = re.compile(r"\s*(?:them|those|whom|их|из\s+них)\b", re.I)
_VAGUE_MORE = re.compile(r"\w\s+more\b|(?<!\w)(?:ещё|еще)\s+\w", re.I)
_VAGUE_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+with|(?<!\w)(?:с|по\s+сравнению\s+с))\s+$", re.I
)
# Dollars that labour abroad earns the state are a flow the contract counts; other sums (a wage,
# a fee, a fare) are not. en/ru write the sign before the figure ("earning the regime up to
# $300m a year"), ko/zh the currency after it ("벌어들이는 외화는 연간 5억 달러",
# "每年创汇约5亿美元"); a wage is told by a rate right after the figure (en/ru, "$800 a month")
# or by a wage word in the sentence (ko/zh, "한 명의 월급이 1천200달러", "每團團費約1400美元").
_EARNINGS = {
    "en": re.compile(
        r"\b(?:earn(?:s|ed|ing)?|revenues?|income|generat\w+|brings?\s+in|bringing\s+in|"
        r"brought\s+in|remit\w*|sen[dt]s?\s+home|sending\s+home|funnel\w*|"
        # "labour exports probably bring the regime $500 million"
        r"(?:hard|foreign)\s+currency|labou?r\s+exports?|bring\s+the\s+regime|brings\s+the\s+regime)\b",
        re.I,
    ),
    # «доходы КНДР от экспорта рабочей силы … могут достигать $300 млн в год»
    "ru": re.compile(
        r"(?<!\w)(?:доход\w*|выручк\w*|зарабатыва\w*|заработ\w*|приносит|приносят|принос\w+|"
        r"валют\w*)",
        re.I,
    ),
    "ko": re.compile(r"벌어\s?들[이인일였여]|외화|송금|수입을\s?올|수익을\s?올"),
    "zh": re.compile(r"赚取|賺取|创汇|創匯|外汇|外匯|汇回|匯回|收入|营收|營收"),
}
_DOLLARS_AFTER = {
    "ko": re.compile(r"\s?(?:달러|미국\s?달러)"),
    "zh": re.compile(r"\s?(?:美元|美金)"),
}
_PER_HEAD = {
    "ko": re.compile(
        r"월급|임금|급여|연봉|월평균|한\s?명|1인당|인당|명당|매달|매월|하루|수수료|요금|비용|"
        r"항공권|티켓|숙박|가격"
    ),
    "zh": re.compile(
        r"月薪|工资|工資|薪水|每月|每人|人均|每名|每个月|每個月|每天|日薪|团费|團費|票价|票價|"
        r"学费|學費|费用|費用|手续费|手續費|价格|價格"
    ),
}


# "earn about $800 a month", "$2,000 per worker": a wage or a rate, not what the state takes in
_PER_HEAD_AFTER = re.compile(
    r"\S*\s+(?:(?:a|per|each|every)\s+(?:month|week|day|hour|worker|person|head|labou?rer)\b|"
    r"monthly\b|в\s+(?:месяц|день|час|неделю)(?!\w)|на\s+(?:человека|работника)(?!\w))",
    re.I,
)

_DOLLAR_WORD_AFTER = re.compile(r"[\s\u00a0]*(?:долл\w*|(?:US\s+)?dollars?\b)", re.I)
# "paid each of them", «каждому рабочему», «каждый из которых»: money per head
_EACH_BEFORE = re.compile(r"\beach\b|\bevery\b|(?<!\w)кажд\w+", re.I)


_DOLLAR_RANGE_ON = re.compile(
    r"\s*(?:-|–|—|to|and)\s*\$\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn|mn)\b)?", re.I
)


def _dollar_earnings(sentence: str, n: NumberMention, before: str, lang: str) -> bool:
    """Whether ``n`` is dollars that labour abroad earns the state (see ``_EARNINGS``)."""
    if _EARNINGS[lang].search(sentence) is None:
        return False
    if lang in _DOLLARS_AFTER:
        end = n.end
        # "2亿至3亿美元": the first bound of a range of dollars is dollars too
        rng = _RANGE_ON_KOZH.match(sentence, end)
        if rng and not _DOLLARS_AFTER[lang].match(sentence, end):
            end = rng.end()
        return bool(_DOLLARS_AFTER[lang].match(sentence, end)) and not _PER_HEAD[lang].search(
            sentence
        )
    # ("between $10,000 and $30,000 a month": the first bound has the second's rate)
    rng = _DOLLAR_RANGE_ON.match(sentence, n.end)
    end = rng.end() if rng else n.end
    return before.endswith("$") and not _PER_HEAD_AFTER.match(sentence, end)


# "It was 5,120, not 51,200", «5120, а не 51 200»: the figure set aside is not a claim
_SET_ASIDE_BEFORE = re.compile(
    r"(?:[,;—–]\s*(?:and\s+)?not|\brather\s+than|\binstead\s+of|[,—–]\s*а\s+не|(?<!\w)а\s+вовсе\s+не)\s+$",
    re.I,
)


# "you don't move 3,000 soldiers on two planes", «нельзя перевезти 3 тысячи человек»: a generic
# or impossible case, not a report of people who moved
_HYPOTHETICAL_BEFORE = re.compile(
    r"(?:\b(?:you|one)\s+(?:don['’]t|do\s+not|can['’]t|cannot|couldn['’]t|wouldn['’]t|won['’]t)"
    r"|(?<!\w)(?:нельзя|невозможно|не\s+получится))\s+(?:[\w-]+\s+){1,2}$"
    # "If you imagine 100,000 North Koreans on the front line", «представьте себе 100 тысяч»
    r"|(?:\b(?:imagine|picture|suppose|hypothetically)|(?<!\w)(?:представьте|предположим))"
    r"\s+(?:(?:that|себе|что)\s+)?(?:(?:some|about|around|another|ещё|еще)\s+)?$",
    re.I,
)
# "만약 북한이 매년 5만 명을 보낸다면 …", "假如每年派出10万名工人，…": what follows the "if" (its
# condition and what would come of it) is a supposed case, not a report. Korean 만약/만일 needs
# its conditional ending ("-다면", "-라면") to be one; Chinese 如果 is left alone, as it also
# opens real conditions ("如果算上留学生，…").
# "예를 들어 한 유학생이 …", "比如一名工人半年内入境两次": an example of one person is made up
# to show how something counts; its figures are the same kind of supposed case.
_IF_OPENS: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        r"(?:만약|만일)에?\s[^.?!]*?(?:다면|라면)|(?:예를\s?들어|예컨대)[,\s]*(?:한|어떤)\s"
    ),
    "zh": re.compile(
        r"假如|假若|假设|假設|倘若|假使|如若|"
        r"(?:例如|比如|譬如|举例来说|舉例來說)[，,]?(?:某)?一(?:名|位|个|個)"
    ),
}
# "응답자의 64%가 …라고 답했다", "受访者中有58%认为": a share of those polled, not of a flow
_POLLED_BEFORE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"응답자\s?(?:의|중|가운데|들의|들\s?중)?\s?(?:약|대략|거의)?\s?$"),
    "zh": re.compile(
        r"(?:受访者|受訪者|受访民众|受訪民眾|受调查者|受調查者|被调查者|被調查者|被访者|被訪者)"
        r"(?:中|的|当中|當中)?(?:有)?(?:约|約|近|超过|超過)?$"
    ),
}
# ko/zh: a share whose subject is a sex or an age group ("其中女性佔八成以上", "이 가운데
# 여성이 80% 이상을 차지했다", "女性比例超过80%"): how the people counted divide, not a flow
_DEMOGRAPHIC_SHARE_BEFORE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(
        r"(?:여성|남성|여자|남자|미성년자|어린이|아동)(?:의)?\s?(?:비율|비중)?\s?"
        r"(?:이|가|은|는)?\s?(?:약|대략|거의|전체의)?\s?$"
    ),
    "zh": re.compile(
        r"(?:女性|男性|妇女|婦女|女子|男子|未成年人|儿童|兒童)(?:的)?(?:比例|比重|占比|佔比)?"
        r"(?:约|約|近|逾)?(?:[占佔](?:了)?)?(?:约|約|近|逾|超过|超過|将近|將近|接近|为|為|达|達)?$"
    ),
}


@functools.lru_cache(maxsize=256)
def _supposed_from(sentence: str, lang: str) -> int:
    """Where the sentence's supposing "if" starts (see ``_IF_OPENS``), else past its end: once
    per sentence, not per number."""
    m = _IF_OPENS[lang].search(sentence)
    return m.start() if m is not None else len(sentence)


# a Weibo topic ("#朝鲜劳工2万人抵俄#") names what users talk about, quoting a headline
_HASHTAG = re.compile(r"#[^#\s]{1,40}#")


def _in_hashtag(sentence: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in _HASHTAG.finditer(sentence))


# «из которых сам работник получает не более 20 тыс.», "of which the worker gets about 200":
# what someone is paid, right after a sum of money
_PAID_BEFORE = re.compile(
    r"(?:(?<!\w)(?:получа\w*|зарабатыва\w*|плат\w+|выплачива\w*|оставля\w*\s+себе)|"
    r"\b(?:gets?|getting|receives?|receiving|earns?|earning|keeps?|keeping|is\s+paid|are\s+paid|"
    r"takes?\s+home))\s+(?:(?:не\s+более|не\s+больше|около|до|лишь|только|about|around|only|up\s+to|"
    r"at\s+most|less\s+than|roughly)\s+)?$",
    re.I,
)


# "by December 22, 2019", "on March 1": the day of a month, not a count
# ("by December 22, 2019"; "on April 26 and 28": the second day of a list of days)
_MONTH_BEFORE_DAY = re.compile(
    rf"\b{EN_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|&|or|-|–|to)\s*)*$", re.I
)
_OF_WHICH_BEFORE = re.compile(r"(?:\bof\s+which|(?<!\w)из\s+(?:которых|них))\s+$", re.I)
# (every case: «въехали лишь трое», «ещё восьмерым назначены штрафы»)
COLLECTIVE = frozenset(
    (
        "двое",
        "двоих",
        "двоим",
        "двоими",
        "трое",
        "троих",
        "троим",
        "троими",
        "четверо",
        "четверых",
        "четверым",
        "четверыми",
        "пятеро",
        "пятерых",
        "пятерым",
        "пятерыми",
        "шестеро",
        "шестерых",
        "шестерым",
        "шестерыми",
        "семеро",
        "семерых",
        "семерым",
        "семерыми",
        "восьмеро",
        "восьмерых",
        "восьмерым",
        "восьмерыми",
        "девятеро",
        "девятерых",
        "девятерым",
        "девятерыми",
        "десятеро",
        "десятерых",
        "десятерым",
        "десятерыми",
    )
)
# «человек двести», «студентов человек сто»: a noun before the numeral (approximate)
NOUN_FIRST = re.compile(r"(?<!\w)человек\s+$", re.I)
# "aged 25 to 40", «в возрасте от 25 до 40 лет»: the second bound of an age range
_AGE_RANGE_BEFORE = re.compile(
    r"(?:\baged?|\bages|возраст\w*)\s+(?:от\s+|between\s+)?\d+\s*(?:to|and|-|–|—|до)\s*$", re.I
)
# an exchange rate («курс доллара … составил 97,3 рубля», "the won's rate"), not money moved
_RATE_BEFORE: dict[str, lexicon.Caseless | re.Pattern[str]] = {
    "en": lexicon.Caseless(r"\bexchange\s+rate\b"),
    "ru": lexicon.Caseless(r"(?<!\w)курс\w*\s+(?:доллар|евро|рубл|юан|вон)"),
    "ko": re.compile(r"환율"),
    "zh": re.compile(r"汇率|匯率"),
}


# a scale word after the second bound of a range («120–150 тыс. руб.»): what it counts follows
_SCALE_WORD = re.compile(r"^(?:тыс|млн|млрд|thousand|million|billion)\.?[\s\u00a0]*", re.I)
# "One worker doing 3 round trips counts 3 times", «Один рабочий обходится в 120 тыс. руб.»: a
# sentence that opens with one person (a numeral "one" and a people noun within two words) tells
# of a single case, an illustration; its figures (up to a semicolon) are that person's trips,
# costs or days, not a flow. Checked on the sentence's first characters only.
_ONE_OPENS = re.compile(r"[\W_]*(?:one|один|одна|одного|одному)\s", re.I)
ONE_PERSON_UNITS = frozenset(("persons", "workers", "students", "troops"))


# "一名朝鲜建筑工人在俄罗斯的月薪约1000美元": Chinese "one" (its counter glued) opening the
# sentence, then a people noun within a few characters, is the indefinite article of a single,
# illustrative case, not a count of one person
_ONE_OPENS_ZH = re.compile(r"[\W_]*一(?:名|位|个|個)")


# ("該官員說,一名朝鮮工人月薪約8萬盧布": the same, opening what a speaker said)
_ONE_AFTER_SAYING_ZH = re.compile(
    r"(?:说|說|称|稱|表示|指出|透露|介绍|介紹)\s*[,，:：]\s*[“「\"]?$"
)


# "雇用一名朝鲜工人每月成本约为8万卢布", "一名劳工的月薪": "one" person whose cost or pay the
# clause goes on to give, anywhere in the sentence, is a single illustrative case, as ko above
_ONE_PERSON_COST_ZH = re.compile(
    r"[名位个個][^，,。；;\d]{1,10}?(?:每月|每年|每人|一个月|一個月|一年|的)?"
    r"(?:成本|月薪|年薪|工资|工資|薪水|薪资|薪資|费用|費用|开销|開銷)"
)


def _one_person_zh(sentence: str, n: NumberMention) -> bool:
    m = _ONE_OPENS_ZH.match(sentence, 0, 8)
    if m is None or not m.start() <= n.start < m.end():
        m = _ONE_OPENS_ZH.match(sentence, n.start)
        if m is None or not _ONE_AFTER_SAYING_ZH.search(sentence, max(0, n.start - 12), n.start):
            return False
    u = _first_unit_after(sentence, m.end(), "zh", window=10)
    return u is not None and u.key in ONE_PERSON_UNITS


# "사진 4장을 올렸다", "영상 캡처 3장": pictures a post or a report shows, counted in sheets
# ("장", "컷"); "장" after a document ("비자 1천 장") may count people's papers, so the picture
# must be named right before the number
_KO_PICTURES_AROUND = (
    re.compile(r"(?:사진|이미지|캡처|캡쳐|스크린샷|화면|그림|도표|그래프)\s?(?:약\s?|총\s?)?$"),
    # (the counter with a particle or alone: "4장을", "4장과", "4장,", not "4장관")
    re.compile(r"\s?(?:여\s?)?(?:장|컷)(?:[을를이가과와도의에은는만]|(?![가-힣]))"),
)
# "노동자 한 명이 한 달에 받는 임금은 약 800달러": Korean "one" person whose wage, pay or fee
# the clause goes on to give is a single, illustrative case, not a count of one person
_ONE_PERSON_PAY_KO = re.compile(
    r"\s?명(?:이|의|은|당)\s?[^,.;]{0,15}?(?:월급|임금|급여|연봉|수입|수수료|버는|받는)"
)


def _one_person_case(sentence: str, pos: int, lang: str) -> bool:
    m = _ONE_OPENS.match(sentence[:12])
    if m is None or ";" in sentence[:pos]:
        return False
    u = _first_unit_after(sentence, m.end() - 1, lang, window=30)
    if u is None or u.key not in ONE_PERSON_UNITS:
        return False
    gap = sentence[m.end() : u.start]
    if len(gap.split()) > 2 or any(ch.isdigit() for ch in gap):
        return False  # "One year later 3,000 workers arrived": not one person
    return pos < m.end() or u.end <= pos


# a decimal with one or two digits after the point and no scale word ("11.0", «6,5»; not "13.2k",
# «1,7 тыс.», "13.221"): people are not counted in fractions, except as a share
_DECIMAL = re.compile(r"\d{1,3}[.,]\d{1,2}")
_SHARE_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent|процент|п\.\s?п\.)", re.I)


# who speaks for a country or a body ("officials", "diplomats"): also counted speakers (see
# _SPEAKERS_AFTER)
SPEAKER_NOUNS_EN = (
    r"officials?|diplomats?|envoys?|lawmakers?|legislators?|ministers?|researchers?|analysts?|"
    r"experts?|prosecutors?|ambassadors?"
)


_LABEL_COLON_BEFORE = re.compile(r"(?:^|[;•|])\s*([^;:•|]{2,40}?)\s*:\s*$")
# "another", «ещё» (a hedge may stand between: «ещё до 3 тыс.»): more of the people counted
MORE_OF_SAME = re.compile(
    r"(?:(?<!\w)(?:ещё|еще)|\b(?:another|a\s+further))\s+(?:(?:до|около|не\s+менее|свыше|более|"
    r"почти|порядка|up\s+to|about|some|nearly|roughly|at\s+least)\s+)?$",
    re.I,
)


# «46 строительных объектов», «3 медицинских учреждения»: the adjective a unit's stem also takes
# describes the thing named after it (the stem stays: «строительная компания наняла 50 граждан
# КНДР» counts workers); so does «туристических» in «12 туристических групп»
_RU_ATTRIBUTIVE = re.compile(r"(?:строительн|медицинск|туристическ|студенческ)\w*", re.I)


ONE_THOUSAND_RU = frozenset({"тысячи", "тысячу", "сотни", "сотню"})
# a figure earlier in the sentence, then a comma or semicolon: a list going on
_LIST_FIGURE_BEFORE = re.compile(r"\d[^;]{0,80}[,;][^;]{0,40}$")
_EACH_COSTS_AFTER = {
    "ru": re.compile(
        r"(?<!\w)(?:обходит\w*|обошел\w*|обошёл\w*|стоит|стоил\w*|получает|зарабатывает)(?!\w)",
        re.I,
    ),
    "en": re.compile(r"\b(?:costs?|earns?|is\s+paid|gets\s+paid|takes\s+home)\b", re.I),
}
_ELDEST_DASH_BEFORE = re.compile(r"(?<!\w)(?:старш|младш)\w*\s*[—–-]\s*$", re.I)


_NONE_WAS_BEFORE = re.compile(r"(?<!\w)не\s+(?:было|оказалось|приехало|въехало)\s+$", re.I)
_ONE_OF_THE_AFTER = re.compile(r"\s+of\s+(?:the|those|these|its|their|our)\s", re.I)
_ONLY_BEFORE = re.compile(r"\b(?:only|just|merely)\s+$", re.I)
_NEAR_ZERO_BEFORE = re.compile(
    r"(?:\b(?:near|nearly|almost|close\s+to|virtually|practically)|(?<!\w)(?:почти|около|близко\s+к))"
    r"\s+$",
    re.I,
)
_NOT_ONE_OF_THEM = re.compile(
    r"\s+of\s+(?:them|those|these)\s+(?:declared|gave|listed|cited|named|was|were|came|had)\b",
    re.I,
)
_NONE_LEFT = re.compile(
    r"\s+(?:remained|remain|remains|was\s+left|were\s+left|are\s+left|is\s+left|stayed|"
    r"were\s+still\s+there|was\s+still\s+there|"
    # ("None of those trips were for tourism": a purpose's count is zero)
    r"of\s+(?:those|these|the|them)\s+(?:(?:trips|entries|crossings|visits|arrivals)\s+)?"
    r"(?:were|was)\s+(?:for|listed\s+as|made\s+for))\b",
    re.I,
)
_DASH_END = re.compile(r"[—–-]\s*$")
# Chinese: a mark a figure fell below, with the figure itself right after ("首次跌破200,仅为
# 143人次"): the mark is not a count
_ZH_BELOW_MARK = re.compile(r"(?:跌破|跌穿|低于|低於)\s*$")
_ZH_BELOW_THEN_FIGURE = re.compile(
    r"\s*(?:名|人次|人)?\s*[,，、]\s*(?:仅为|僅為|仅|僅|只有|只|为|為)\s*(?:约|約)?\s*[\d零一二两三四五六七八九十百千万]"
)
# Korean speech: a figure said again for emphasis right after itself ("딱 네 명이에요, 네 명."):
# one figure, not two
# (one regex for every figure: the token before "명…," is compared with the figure's own text)
_KO_ECHO_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<n>[^\s,，]+?)\s?명(?:이에요|이예요|이요|입니다|이죠|요)?[,，]\s*$"
)
_NUMBER_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|placed?|places)\s+(?:the|their|its)\s+"
    r"(?:number|figure|total|count)\s+at\s+[\"“']?$",
    re.I,
)
# a figure said not to be so ("Not 10,000 — closer to 7,000", "not the 4,000 that was
# circulating on Telegram", «не 150, а 97», «уже не 30, а больше 40 тысяч»): "not" right before it
# (not "not only 300", "not more than 300", «не менее 300»: a bound, said of the figure)
_DENIED_BEFORE = {
    "en": re.compile(r"(?:^|[\s(\"“—–-])not\s+(?:the\s+)?[\"“]?$", re.I),
    "ru": re.compile(r"(?:^|[\s(«\"—–-])не\s+[«\"]?$", re.I),
}
# «один и тот же студент», "one and the same student": "the same", no count
_ONE_AND_THE_SAME = re.compile(
    r"\s+(?:и\s+т(?:от|а|о|е|ого|ой|ом|ем|ех|у)\s+же|and\s+the\s+same)(?!\w)", re.I
)
# a number written with a leading zero ("LW-20240305-009", "(2024)吉02刑初"): a code or a
# numbering, never a count (a decimal "0.5" is not zero-padded)
_ZERO_PADDED = re.compile(r"0\d")
# (nor past a clause's end: «Около 400, это четыре бригады» counts workers, not brigades)
# ("118 by crews of ships and aircraft": who made the entries, not a thing counted)
_UNTIL_PREPOSITION = re.compile(
    r"(?:(?:^|\s)(?:в|во|на|из|at|in|on|from|to|into|by)\s|\s*[,;:—–(]).*$", re.I
)
_NUMBERING_IN = re.compile(
    r"(?:\b(?:number(?:s|ed|ing)?|run(?:s|ning)?|ran)\s+(?:in|into)\s+the|"
    r"(?<!\w)(?:исчисля|измеря)\w*)\s+['‘\"“«]?$",
    re.I,
)


# "47 percent", «40 процентов»: the word for a percentage, as "%" is
_PERCENT_WORD = re.compile(r"\s?(?:per\s?cent|percent|процент\w*)(?!\w)", re.I)


def percent_after(sentence: str, end: int, lang: str) -> bool:
    """Whether the number ending at ``end`` is a percentage: "%" after it, or the word."""
    return _percent_mark_end(sentence, end, lang) is not None


def _percent_mark_end(sentence: str, end: int, lang: str) -> int | None:
    """Where the percentage mark after the number ending at ``end`` ends, if there is one."""
    after = sentence[end : end + 2]
    if after.lstrip()[:1] in ("%", "％"):
        return end + len(after) - len(after.lstrip()) + 1
    if lang in ("en", "ru") and (word := _PERCENT_WORD.match(sentence, end)) is not None:
        return word.end()
    return None


def keep_number(sentence: str, n: NumberMention, lang: str, blocked: list[tuple[int, int]]) -> bool:
    """Whether ``n`` can be a claim: not a year/date/period, not a reference, not a time, not a
    duration/distance/thing, not part of a name ("COVID-19"), not a comparison's own number."""
    if _overlaps(n.start, n.end, blocked):
        return False
    if (
        lang in ("en", "ru")
        and not n.spelled
        and not n.vague
        and n.value.is_integer()
        and 1900 <= n.value <= 2100
        and n.end - n.start == 4
        and _first_unit_after(sentence, n.end, lang, window=3) is None
        and not _four_digits_count(sentence, n.start, lang)
    ):
        # the commonest number in news is a year: settled before the costlier tests below
        # (the same test closes this function for years that pass them)
        return False
    before = sentence[max(0, n.start - 30) : n.start]
    after = sentence[n.end : n.end + 30]
    if context.is_reference(before, lang):
        return False
    if lang in _SPEAKERS_AFTER and _SPEAKERS_AFTER[lang].match(sentence, n.end):
        return False  # "two diplomats in Hanoi said …": who speaks, not who came
    if (
        lang == "zh"
        and _ZH_BELOW_MARK.search(before)
        and _ZH_BELOW_THEN_FIGURE.match(sentence, n.end)
    ):
        return False  # "跌破200,仅为143人次": the mark, then the figure
    if (
        lang == "ko"
        and "명" in before
        and (echo := _KO_ECHO_BEFORE.search(before)) is not None
        and echo.group("n") == sentence[n.start : n.end]
    ):
        return False  # "네 명이에요, 네 명": the same figure, said again
    if sentence[n.start - 1 : n.start] == "[" and sentence[n.end : n.end + 1] == "]":
        # "… in construction and textiles.[14]", "추산했다.[21]", a note's own line "[21] 이
        # 추정치는 …": a report's note mark (a counted figure in brackets has its noun: "[3천 명]")
        return False
    if lang in ("en", "ru") and _DENIED_BEFORE[lang].search(before):
        return False  # "Not 10,000 — closer to 7,000", «не 150, а 97»: a figure denied
    if n.spelled and n.value == 1 and _ONE_AND_THE_SAME.match(sentence, n.end):
        return False  # «один и тот же студент мог въехать дважды»: the same one, not a count
    if not n.spelled and _ZERO_PADDED.match(sentence, n.start):
        return False  # "稿件编号 SX-20240312-045", "第03期": a zero-padded code, never a count
    if (
        lang in ("en", "ru")
        and _DECIMAL.fullmatch(sentence, n.start, n.end)
        and not _SHARE_AFTER.match(after)
    ):
        return False  # "average stay 6.5, 11.0 and 8.2": a measure, never a headcount
    if (
        not n.spelled
        and n.value in context.resolution_numbers()
        and n.end - n.start == 4
        and _first_unit_after(sentence, n.end, lang, window=4) is None
    ):
        return False  # "paragraph 8 of 2397": a resolution
    if lang in ("en", "ru") and context.not_a_count(
        sentence[max(0, n.start - 100) : n.start], after, lang
    ):
        return False  # "on average 25", "the dormitory houses 1,200", «нас уже 48 тысяч»
    if (
        lang in ("en", "ru")
        and (start := _RANGE_START_BEFORE.search(sentence, max(0, n.start - 20), n.start))
        and context.not_a_count(sentence[max(0, start.start() - 100) : start.start()], after, lang)
    ):
        return False  # "dormitories of 20 to 30 people": the range's end, as its start
    if lang in ("en", "ru") and _one_person_case(sentence, n.start, lang):
        return False  # "One worker doing 3 round trips counts 3 times"
    rare = _rare_words(sentence, lang)  # once per sentence: most have none of these words
    if "age" in rare and (
        _AGE_RANGE_BEFORE.search(before)
        or _AGE_RANGE_START.search(before)
        or (
            _AVERAGE_AGE.search(sentence, max(0, n.start - 90), n.start)
            and _first_unit_after(sentence, n.end, lang, window=20) is None
        )
    ):
        return False  # "aged 20 to 35", "the average age of the students … is 31"
    if lang == "en" and _TYPICAL_UNIT_BEFORE.search(sentence, max(0, n.start - 40), n.start):
        return False  # "the median firm reported 140 employees": a statistic of one firm
    if "price" in rare and _PRICE_BEFORE[lang].search(sentence, max(0, n.start - 50), n.start):
        return False  # «стоимость билета … в 21 тыс. руб.», "the fare was 300 yuan"
    if lang in ("en", "ru") and _VOTE_TALLY_BEFORE.search(before) and _VOTE_WORD.search(sentence):
        return False  # «проголосовали 399 депутатов, против — 0»: a vote's tally
    if (
        lang in ("en", "ru")
        and _TALLY_AFTER.match(sentence, n.end)
        and _ADOPTED_BEFORE.search(before)
    ):
        return False  # "resolution 2397, adopted 15-0": a vote's tally
    if lang in ("en", "ru") and _ADOPTED_TALLY_BEFORE.search(
        sentence, max(0, n.start - 40), n.start
    ):
        return False  # the tally's second figure ("15-0")
    if lang in _COSTS_BEFORE and _COSTS_BEFORE[lang].search(before):
        return False  # «тур стоит около 750 долларов»: a price (not «стоит отметить, что …»)
    if (
        lang in ("en", "ru")
        and _OF_WHICH_BEFORE.search(before)
        and of_money(sentence, n.start, lang)
    ):
        return False  # «40 тыс. рублей в месяц, из которых 30 тыс. забирает государство»
    if (
        "price" in rare
        and lang in ("en", "ru")
        and _PAID_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        # (the payee may be named between: "сам работник")
        and _MONEY_FIGURE[lang].search(sentence, max(0, n.start - 150), n.start) is not None
    ):
        return False  # «зарплата … 120–150 тыс. рублей, из которых работник получает 20 тыс.»
    if "shortage" in rare and _SHORTAGE_OF[lang].search(sentence, max(0, n.start - 90), n.start):
        return False
    if (
        lang == "en"
        and not n.spelled
        and n.end - n.start <= 3
        and 16 <= n.value <= 110
        and (
            sentence[n.end : n.end + 2].lstrip(" ")[:1] == ","
            # "…, according to ruling-party lawmaker Park Sun-won, 60."
            or (sentence[n.end :].strip() in (".", "") and _AGE_APPOSITION.search(before))
        )
        and (
            _AGE_APPOSITION.search(before)
            or (before.rstrip().endswith(",") and _AGE_BEFORE_VERB.match(sentence, n.end))
        )
    ):
        return False  # "Putin, 72, and Kim": an age
    if (
        n.end - n.start == 2
        and lang in ("en", "ru")
        and _YEAR_SPAN_BEFORE.search(sentence, max(0, n.start - 7), n.start)
    ):
        return False  # "Annual Report 2024–25", "сезон 2024/25": the end of a span of years
    if (
        sentence[n.end : n.end + 1] == ")"
        and n.value <= 30
        and _LIST_MARK_BEFORE.search(sentence, 0, n.start)
    ):
        return False  # "IN NUMBERS — 1) 4.1k: …; 2) 2.9k": the number of a list item
    if (
        lang in ("ko", "zh")
        and not n.spelled
        and n.value <= 30
        and not sentence[: n.start].strip()
        and _ITEM_NUMBER_AFTER.match(sentence, n.end)
    ):
        return False  # "1. 추가 파병은 있었나?": the number of a list item
    if lang == "ru" and _ADDRESS_BEFORE.search(sentence, max(0, n.start - 60), n.start):
        return False  # «на объекте по ул. Светланской, 147»: a house number
    if (
        lang == "en"
        and "sanction" in sentence[n.end : n.end + 70]
        and _SANCTIONED_AFTER.match(sentence, n.end)
    ):
        return False  # "six North Korean generals sanctioned on 16 December": designations
    if lang == "en" and _DESIGNATED_BEFORE.search(before) and _DESIGNEES_AFTER.match(after):
        return False  # "OFAC designated two individuals and three entities": sanctions, not a flow
    if lang == "ko" and "제재" in sentence and _KO_DESIGNEES_BEFORE.search(before):
        return False  # "기업 7곳과 개인 3명을 제재 대상으로": sanctions, not a flow
    if (
        lang in ("ko", "zh")
        and before[-1:] in ("(", "（")
        and before[-2:-1].isalpha()
        and not n.spelled
        and n.value <= 120
        and _AGE_IN_BRACKETS.match(after)
    ):
        return False  # "김모(38)씨는": an age in brackets after a name
    if n.spelled and n.value == 1 and _PER_ONE_BEFORE.search(before):
        return False  # «платить за одного рабочего»: per head
    if (
        lang == "en"
        and not n.spelled
        and n.value <= 31
        and n.end - n.start <= 2
        and _MONTH_BEFORE_DAY.search(before)
    ):
        return False  # "by December 22, 2019"
    if "aside" in rare and _SET_ASIDE_BEFORE.search(before):
        return False  # "It was 5,120, not 51,200"
    if rare & _HYPO_WORDS and _HYPOTHETICAL_BEFORE.search(sentence, max(0, n.start - 40), n.start):
        return False  # "you don't move 3,000 soldiers on two planes"
    if lang in _IF_OPENS and _supposed_from(sentence, lang) < n.start:
        return False  # "만약 … 5만 명을 보낸다면", "假如…派出10万名工人"
    if lang in ("ko", "zh") and "#" in sentence and _in_hashtag(sentence, n.start):
        return False  # "#朝鲜劳工2万人抵俄#": a topic's title, not what the post reports
    if lang == "en" and not n.spelled and _ADDRESS_AFTER.match(sentence, n.end):
        return False  # "a dormitory at 140 Lenin Street": a house number
    if n.spelled and n.value == 1 and _EVERY_BEFORE.search(before):
        return False  # "every one of them"
    if n.spelled and n.value == 1 and _ONE_OF.match(sentence, n.end):
        return False  # "one of the companies", «одна из строительных компаний»
    if (
        "oneof" in rare
        and _ONE_OF_BEFORE.search(before)
        and _first_unit_after(sentence, n.end, lang, window=25) is None
    ):
        return False  # "one of at least 30 in Primorye": the size of a class of things
    if "require" in rare and _REQUIREMENT_BEFORE.search(sentence, max(0, n.start - 40), n.start):
        return False  # "must be between 18 and 25": a requirement
    if n.spelled and lang == "ru" and sentence[n.start : n.end].lower() in COLLECTIVE:
        return True  # «въехали лишь трое»: collective numerals count people
    if lang == "ru" and NOUN_FIRST.search(before):
        return True  # «студентов у нас человек двести»
    if "rate" in rare and _RATE_BEFORE[lang].search(sentence, max(0, n.start - 50), n.start):
        return False
    if (
        lang == "en"
        and not n.spelled
        and n.value % 10 == 0
        and after[:1] == "s"
        and not after[1:2].isalpha()
    ):
        return False  # "in their late teens and early 20s", "the 1990s": a decade
    if _NUMBERED_BEFORE.search(before):
        return False  # «запрос № 17-45», "No. 12/3": the rest of a document's number
    if before.endswith("-") and before[-2:-1].isalpha():
        return False  # "Su-27", "COVID-19", "Hwasong-17"
    if before[-1:] and before[-1:] in "#№$€£¥₩₽":
        # a number or a sum of money, other than the earnings labour abroad sends home
        return lang in ("en", "ru") and _dollar_earnings(sentence, n, before, lang)
    if lang in ("en", "ru") and (dollars := _DOLLAR_WORD_AFTER.match(sentence, n.end)):
        # «до 300 млн долларов в год», "500 million dollars" (dollars named after the figure): the
        # earnings labour abroad sends home, like "$300m"; not a wage («каждому рабочему платили
        # по 600 долларов», «не менее 10 тыс. долларов в месяц») nor a trade's value («товарооборот
        # … до 51 млн долларов»)
        return (
            _EARNINGS[lang].search(sentence) is not None
            and not _PER_HEAD_AFTER.match(sentence, dollars.end())
            and not _EACH_BEFORE.search(sentence, max(0, n.start - 60), n.start)
        )
    if lang == "ru" and after[:1] == "-" and _RU_ORDINAL_AFTER.match(after):
        return False  # «11-го корпуса», «1990-х»: an ordinal or a decade
    if before.endswith("/") or after.startswith("/"):
        return False  # a document symbol or a date ("S/2024/215", "12/05/2024")
    if (
        (n.counter in ("成", "share") or percent_after(sentence, n.end, lang))
        and lang in _DEMOGRAPHIC_SHARE_BEFORE
        and _DEMOGRAPHIC_SHARE_BEFORE[lang].search(before)
    ):
        return False  # "其中女性佔八成以上": the people's share by sex, not a flow
    if n.counter == "share":
        # "其中近三分之二在工地工作", "a third of them", "'유학'이 약 3분의 1을 차지했고":
        # numbers.py reads a fraction only as a share of the people counted, which is a claim
        # unless a sum's share ("月薪…,其中三分之一上缴"); in Korean, as _ko_fraction_share says
        if lang == "ko":
            return _ko_fraction_share(sentence, n)
        return not of_money(sentence, n.start, lang)
    if n.counter == "成":
        if lang == "zh" and _ZH_TENTHS_OF_COUNT_JUST_GIVEN.search(sentence, 0, n.start):
            return False  # "达2300人次,约占总数的四成": the count beside it is the claim
        # "其中中俄合计占了八成以上", "达7887人次,占比近六成": a share in tenths of the people
        # counted before it (of them, or the figure just given), as a percentage is
        return bool(
            _REFER_BACK[lang].search(sentence, max(0, n.start - 14), n.end + 14)
            or _KO_ZH_HEADCOUNT.search(sentence, 0, n.start)
            # "修正后的数据中,以工作为目的者占比超过六成": a purpose stated as the entrants' aim,
            # then "占比": that purpose's share of the flow the article counts
            or (
                lang == "zh"
                and (sh := _SHARE_BEFORE["zh"].search(sentence, max(0, n.start - 12), n.start))
                and _ZH_PURPOSE_SUBJECT.search(sentence, max(0, sh.start() - 16), sh.start())
            )
        ) and not of_money(sentence, n.start, lang)
    if (mark_end := _percent_mark_end(sentence, n.end, lang)) is not None:
        if lang in _POLLED_BEFORE and _POLLED_BEFORE[lang].search(before):
            return False  # "응답자의 64%가": a poll's answer
        if lang == "ko" and _PERCENT_IS_HEADCOUNT_KO.match(sentence, n.end):
            return False  # "이 중 54%인 1천306명": the headcount after it is the claim
        # a share of the people counted ("60% of them were students", "其中60%为留学生") is a
        # claim, as is a purpose's share of the flow stated with "share" ("북한 주민 가운데
        # 유학 목적의 비중은 약 60%"); other percentages are not (percent changes are read as
        # comparisons)
        return (
            bool(
                # ("of which roughly 60%": a hedge may stand between)
                _REFER_BACK[lang].search(sentence, max(0, n.start - 20), mark_end + 13)
                or _first_unit_after(sentence, mark_end, lang, window=30)
                or _share_of_flow(sentence, n, lang)
                # "…made up 58% of all North Korean arrivals, up from 31% a year earlier", «доля
                # … составила 41% против 64% годом ранее»: the share the one before changed from
                or (
                    lang in _SHARE_FROM_BEFORE
                    and _SHARE_FROM_BEFORE[lang].search(before)
                    and any(
                        m.end < n.start and _share_of_flow(sentence, m, lang)
                        for m in find_numbers(sentence[: n.start], lang)
                    )
                )
            )
            and not of_money(sentence, n.start, lang)
        )
    if not n.value.is_integer():
        # a fraction left after any multiplier ("1,7 тыс." is 1,700): a date («15.08»), a
        # score or a measure, never a count of people (shares were settled just above)
        return False
    around = sentence[max(0, n.start - 6) : n.end + 6]
    if ":" in around and _TIME.search(around):
        return False
    if lang in ("ko", "zh") and (
        _PHONE_AFTER.match(sentence, n.end) or _PHONE_BEFORE.search(sentence, 0, n.start)
    ):
        return False  # a phone number ("1577-6635"), not two counts
    if lang in ("ko", "zh") and any(
        m.start() <= n.start < m.end()
        for m in _CODE_GROUPS.finditer(sentence, max(0, n.start - 30), n.end + 30)
    ):
        return False  # "ISBN 978-7-5203-1184-6": a code in hyphenated groups
    if lang in ("ko", "zh") and not n.spelled and _CODE_AFTER.match(sentence, n.end):
        return False  # a grant or file code ("23BGJ041"), not a count
    if lang in ("ko", "zh") and not n.spelled and _GLUED_CAPITAL_AFTER.match(sentence, n.end):
        return False  # "5G基站": a technology's name, not a count
    if (
        lang == "zh"
        and (ge := _GE_AFTER_ZH.match(sentence, n.end)) is not None
        and _first_unit_after(sentence, ge.end(), lang, window=8) is None
        and (
            not _GE_CLAUSE_END_ZH.match(sentence, ge.end())
            # ("这家工厂有三十多个朝鲜女工,今年只剩七个": the people named before)
            or not (
                _units(sentence, lang)
                or any(p.role == "people" for p in context.places_in(sentence, lang))
            )
            or _GROUP_BEFORE_GE_ZH.search(sentence, max(0, n.start - 10), n.start) is not None
        )
    ):
        return False  # "87个边境口岸", "新建5G基站1.2万个": things counted with "个"
    if (
        lang == "ko"
        and KO_GEON.match(sentence, n.end)
        and context.counts_cases_of_things(before, lang)
    ):
        return False  # "법안 4건", "채용 공고 27건": bills and postings, not entries
    if lang == "zh" and n.spelled and n.value == 1 and before.endswith("同"):
        return False  # "同一人多次出入境": the same person, not a count of one
    rest = after
    if (
        lang == "zh"
        and n.value == 1
        and n.spelled
        and context.indefinite_speaker(sentence, n.end, lang)
    ):
        return False  # "一名俄罗斯官员说": "an official said"
    if lang == "zh" and _HELPERS_AFTER_ZH.match(sentence, n.end):
        return False  # "一名协助北韩人偷渡的男子": a helper of the nationals, not them
    if lang == "zh" and n.spelled and n.value == 1 and _one_person_zh(sentence, n):
        return False  # "一名朝鲜工人的月薪约1000美元": one illustrative worker
    if (
        lang == "ko"
        and _KO_PICTURES_AROUND[0].search(before)
        and _KO_PICTURES_AROUND[1].match(sentence, n.end)
    ):
        return False  # "사진 4장을 올렸다": the pictures of a post, not people
    if lang == "ko" and n.spelled and n.value == 1 and _ONE_PERSON_PAY_KO.match(sentence, n.end):
        return False  # "노동자 한 명이 한 달에 받는 임금": one illustrative worker's pay
    if lang == "zh" and n.spelled and n.value == 1 and _ONE_PERSON_COST_ZH.match(sentence, n.end):
        return False  # "雇用一名朝鲜工人每月成本约…": the cost of one illustrative worker
    if (
        lang in _THEM_ALL_AFTER
        and n.spelled
        and n.value <= 10
        and _THEM_ALL_AFTER[lang].match(sentence, n.end)
    ):
        return False  # "兩人分別為…": the two already counted
    if (
        lang in _PER_ROOM_BEFORE
        and any(w in before for w in _ROOM_GATE[lang])
        and _PER_ROOM_BEFORE[lang].search(before)
    ):
        return False  # "一间集装箱板房住8个人": the people one room holds
    if lang in _PER_ROOM_AFTER and _PER_ROOM_AFTER[lang].match(sentence, n.end):
        return False  # "숙소는 4인 1실", "宿舍4人一间": how many share a room
    if lang in _GROUP_SIZE_BEFORE and _GROUP_SIZE_BEFORE[lang].search(
        sentence, max(0, n.start - 40), n.start
    ):
        return False  # «минимальная группа составляет 12 человек»: a group's size, not a flow
    if lang in _MANY_COUNTRIES_AFTER and _MANY_COUNTRIES_AFTER[lang].match(sentence, n.end):
        return False  # «4 800 студентов из 17 стран»: everyone's students, not one nation's
    if lang == "en" and _SHORT_OF_BEFORE.search(sentence, max(0, n.start - 30), n.start):
        return False  # "still well short of 20,000": a mark the figure did not reach
    if lang in _INSTITUTION_SIZE_BEFORE and _INSTITUTION_SIZE_BEFORE[lang].search(
        sentence, max(0, n.start - 90), n.start
    ):
        return False  # "a university, which has about 23,000 students": its size
    if (
        lang == "zh"
        and _ZH_INTAKE_AROUND[0].search(sentence, max(0, n.start - 12), n.start)
        and _ZH_INTAKE_AROUND[1].match(sentence, n.end)
    ):
        return False  # "今年录取约4500名新生": a school's whole intake
    if (
        lang == "ko"
        and (staff := _STAFF_BEFORE_KO.search(before)) is not None
        and not _WATCHED_BEFORE_STAFF_KO.search(before, 0, staff.start())
    ):
        return False  # "전공 교수는 14명": the teachers a school has
    if lang in ("ko", "zh") and n.counter:
        # a people counter makes it a count, unless a rate follows ("1명의 월급", "1명당")
        return not context.not_counted_after(rest, lang)
    if (
        lang in _SCORE_MARK
        and _SCORE_MARK[lang] in sentence[max(0, n.start - 3) : n.end + 2]
        and (
            _SCORE_BEFORE[lang].search(sentence, max(0, n.start - 4), n.start)
            or _SCORE_AFTER[lang].match(sentence, n.end)
        )
    ):
        return False  # "4대 0으로 꺾었다", "以3比1击败": a score (a figure with a counter stays)
    if lang in ("en", "ru"):
        rng = _RANGE_ON.match(rest)
        if rng and context.not_counted_after(_SCALE_WORD.sub("", rest[rng.end() :], 1), lang):
            return False  # "по 12–14 часов": hours, like the 14; «120–150 тыс. руб.»: money
    elif lang in ("ko", "zh"):
        rng = _RANGE_ON_KOZH.match(rest)
        if (
            rng
            and context.not_counted_after(rest[rng.end() :], lang)
            and not _dollar_earnings(sentence, n, before, lang)
        ):
            return False  # "20~30대", "18至25岁": ages, like the second bound
    if lang in ("ko", "zh") and _dollar_earnings(sentence, n, before, lang):
        return True
    if (
        context.not_counted_after(rest, lang)
        and not entry_times(sentence, n, lang)
        and not _A_YEAR_EARLIER_AFTER.get(lang, NEVER).match(rest)
    ):
        return False
    if lang in ("en", "ru"):
        # "11 million artillery shells", "48 quarterly FSB border releases": a thing named within
        # four words, before any people noun
        # (not past a preposition: «37 — в морском университете» says where they are)
        seg = _UNTIL_PREPOSITION.sub("", " ".join(sentence[n.end : n.end + 50].split()[:4]))
        t = context.thing_after(seg, lang)
        if t is not None:
            u = _first_unit_after(sentence, n.end, lang, window=30)
            if (
                u is None
                or u.start - n.end > t
                or (lang == "ru" and _RU_ATTRIBUTIVE.fullmatch(sentence, u.start, u.end))
            ):
                return False
        if (
            _first_unit_after(sentence, n.end, lang, window=30) is None
            and context.thing_after(sentence[: n.start], lang) is not None
            and not _units(sentence[: n.start], lang)
            # («Из них свыше 1,2 тыс. обучаются в вузах …, еще около 300 работают»: parts of
            # people counted before, not a heading of things; so «120 из них»)
            and not _REFER_BACK[lang].search(sentence)
        ):
            # "Charter flights Pyongyang–Vientiane operated: Q1 | 2; Q2 | 4": bare figures
            # under a heading that names things and no people count those things
            return False
        if _VERSUS_BEFORE[lang].search(sentence, max(0, n.start - 30), n.start):
            # "1,247 wagons crossed in the quarter against 806 a year earlier": the level set
            # against a count of things counts those things
            prev = _LAST_FIGURE_BEFORE.search(sentence, max(0, n.start - 90), n.start)
            if (
                prev is not None
                and context.thing_after(
                    " ".join(sentence[prev.end() : prev.end() + 40].split()[:3]), lang
                )
                is not None
                and _first_unit_after(sentence, prev.end(), lang, window=12) is None
            ):
                return False
    if n.spelled and after[:1] == "-" and after[1:2].isalpha():
        return False  # "two-thirds", "one-fifth": a share, not a count
    if (
        lang == "en"
        and after[:1] == "-"
        and after[1:2].isalpha()
        and not _PEOPLE_COMPOUND.match(after)
    ):
        return False  # "a 72-seat plane": the number describes the noun it is joined to
    if lang == "en" and _NAMED_AFTER.match(sentence, n.end):
        return False  # "38 North": a name
    if (
        n.spelled
        and n.value == 0
        and lang in ("en", "ru")
        and _NEAR_ZERO_BEFORE.search(sentence, max(0, n.start - 20), n.start)
    ):
        return False  # "officially near zero", «почти ноль»: a description, not a figure
    if (
        n.spelled
        and n.value == 1
        and lang in _EACH_COSTS_AFTER
        and _EACH_COSTS_AFTER[lang].search(sentence, n.end, n.end + 60)
    ):
        return False  # «один рабочий из КНДР обходится ему в 120 тыс. руб.»: what one costs
    if lang == "ru" and _ELDEST_DASH_BEFORE.search(sentence, max(0, n.start - 20), n.start):
        # «Самому младшему … 20 лет, старшему — 26»: the age, its «лет» left out after the dash
        return False
    if (
        n.spelled
        and lang == "en"
        and n.value == 1
        and _ONE_OF_THE_AFTER.match(sentence, n.end)
        and _first_unit_after(sentence, n.end, lang, window=22) is None
    ):
        return False  # "One of those sites, a 25-storey block": one thing, not a person
    if n.spelled and lang == "en" and sentence[n.start : n.end].lower() == "a single":
        # "so a single engineer shuttling between Khasan and Tumangang shows up six times": one
        # person as an illustration, not a count (only "just a single …" is one)
        return _ONLY_BEFORE.search(sentence, max(0, n.start - 12), n.start) is not None
    if n.spelled and lang == "en" and sentence[n.start : n.end].lower() == "not one":
        # "only 387 North Koreans crossed, and not one of them declared work": zero of a part
        return _NOT_ONE_OF_THEM.match(sentence, n.end) is not None
    if n.spelled and lang == "en" and sentence[n.start : n.end].lower() == "none":
        # "none remained in the country by the end of 2019": zero left (not "none of the
        # reports", "none of this")
        return _NONE_LEFT.match(sentence, n.end) is not None
    if n.spelled and n.value == 0 and lang == "ru" and _DASH_END.search(before):
        return True  # «с туристической — ни разу», «к концу 2019-го – ни одного»: none, listed
    if n.spelled and n.value == 0 and lang == "ru":
        # «Туристов среди приехавших не было ни одного», «туристов из КНДР не было вовсе»: none
        # of the people named before it (not «вопросов не было вовсе»)
        said = sentence[n.start : n.end].lower()
        if said == "не было вовсе" or (
            said == "ни одного" and _NONE_WAS_BEFORE.search(before) is not None
        ):
            people = [
                u
                for u in _units(sentence, lang)
                if u.end <= n.start and u.key in ONE_PERSON_UNITS | {"persons"}
            ]
            return bool(people) and n.start - people[-1].end <= 40
    if n.spelled and lang in ("en", "ru"):
        nxt = _first_unit_after(sentence, n.end, lang, window=28)
        if (
            nxt is None
            and not _spelled_ok_after(lang).match(after)
            # "может превысить тысячу", "more than a thousand": a bound or a predicate before it
            and not COPULA_BEFORE[lang].search(sentence, max(0, n.start - 30), n.start)
            # «работают 140 корейцев, к зиме ждем еще полторы сотни»: more of those counted
            and not (MORE_OF_SAME.search(before) and _units(sentence[: n.start], lang))
            and not _VERSUS_BEFORE[lang].search(sentence, max(0, n.start - 50), n.start)
            and not hedges.qualifier_before(sentence[: n.start], lang)
            and not (
                _SPELLED_RANGE_START[lang][0].search(before)
                and _SPELLED_RANGE_START[lang][1].match(after)
            )
            # "had fallen from about twelve hundred in 2017 to zero by the end of 2019": the
            # level a change went to
            and not (
                n.value == 0 and _FROM_TO_BEFORE.search(sentence, max(0, n.start - 90), n.start)
            )
        ):
            return False
    if (
        n.vague
        and lang == "ru"
        and sentence[n.start : n.end].lower() in ONE_THOUSAND_RU
        and hedges.qualifier_before(sentence[: n.start], lang)
    ):
        # «около тысячи», «менее тысячи», «меньше сотни»: about (less than) one thousand (one
        # hundred), not "thousands"
        return True
    if n.vague and lang in ("en", "ru"):
        # "up from a few hundred in 2023": the level a change went from counts the same people
        return (
            _first_unit_after(sentence, n.end, lang, window=40) is not None
            or _VAGUE_BASELINE_BEFORE.search(before) is not None
            # "with a few hundred more in Laos", «и еще несколько сотен»: more of the same
            or _VAGUE_MORE.search(sentence, max(0, n.start - 6), min(len(sentence), n.end + 6))
            is not None
            # "Hundreds of them arrived": the people counted before
            or _OF_THEM_AFTER.match(sentence, n.end) is not None
            # "a further contingent of several thousand could follow": a body of people
            or _BODY_OF_BEFORE.search(before) is not None
            # 'put their number at "several hundred"': the number of those named before
            or _NUMBER_PUT_AT.search(before) is not None
            # "hundreds of North Korean restaurant and construction workers": the nationals
            # right after, whatever the nouns that follow them
            or any(
                p.role == "people" and 0 <= p.start - n.end <= 2
                for p in context.places_in(sentence, lang)
            )
            # «…около 1,2 тыс. рабочих, к 2020-му их осталось несколько десятков»: as many of
            # those named before
            or (
                _THEIR_COUNT_BEFORE.search(before) is not None
                and bool(_units(sentence[: n.start], lang))
            )
            # "'private' visits: a few hundred": the figure of a labelled line
            or (
                (label := _LABEL_COLON_BEFORE.search(before)) is not None
                and bool(_units(label.group(1), lang) or _purposes(label.group(1), lang))
            )
            # "workers … numbering in the 'tens of thousands'": the people named before
            or _NUMBERING_IN.search(before) is not None
            # «не менее 15 тыс. рабочих, в Лаосе — до 1,5 тыс., в Анголе — несколько сотен»:
            # the next item of a list whose people were named before
            or (
                _DASH_END.search(before) is not None
                and _LIST_FIGURE_BEFORE.search(sentence, 0, n.start) is not None
                and (
                    bool(_units(sentence[: n.start], lang))
                    # «— Не менее 2 тыс. только на стройках Москвы, а по всей стране — десятки
                    # тысяч»: an interview's answer lists what the question asked about
                    or sentence.lstrip()[:1] in ("—", "–")
                )
            )
        )
    if lang in ("en", "ru") and not n.spelled and not n.vague:
        v = n.value
        # a bare four-digit year-like integer is a year unless people are counted right after it
        if (
            v.is_integer()
            and 1900 <= v <= 2100
            and "," not in sentence[n.start : n.end]
            and " " not in sentence[n.start : n.end]
        ):
            return _first_unit_after(
                sentence, n.end, lang, window=3
            ) is not None or _four_digits_count(sentence, n.start, lang)
    return True


_BODY_OF_BEFORE = re.compile(
    r"\b(?:contingent|batch|wave|cohort|rotation)\s+of\s+$|(?<!\w)(?:контингент|парти)\w*\s+(?:из\s+)?$",
    re.I,
)


_RANGE_START_BEFORE = re.compile(r"\d[\d,.]*\s*(?:to|–|-|до)\s*$", re.I)
_CHANGED_TO_FOUR_DIGITS = re.compile(
    r"(?:\b(?:rose|fell|grew|climbed|dropped|jumped|increased|decreased)\s+to|"
    r"(?<!\w)(?:вырос\w*|вырасти|увеличил\w*|сократил\w*|снизил\w*|упал\w*|достиг\w*)\s+до)\s+$",
    re.I,
)


_SPEAKERS_AFTER = {
    "en": re.compile(
        rf"\s+(?:[A-Z][\w-]*\s+)?(?:{SPEAKER_NOUNS_EN}|witnesses|defectors|residents)"
        r"(?:\s+(?:in|from|at|with)\s+[A-Z][\w-]*)?\s+(?:said|say|says|told|estimated?|believe[sd]?)\b"
    ),
    "ru": re.compile(
        r"\s+(?:дипломат\w*|чиновник\w*|собеседник\w*|эксперт\w*|депутат\w*|очевид\w*)"
        r"(?:\s+[\w-]+){0,2}\s+(?:сказал|сообщил|рассказал|заявил|считают|полагают)\w*",
        re.I,
    ),
}
_THEIR_COUNT_BEFORE = re.compile(
    r"(?<!\w)их\s+(?:было|стало|осталось|оставалось|насчитывалось)\s+$|"
    r"\b(?:their\s+number|they)\s+(?:fell|dropped|shrank|dwindled)\s+to\s+$",
    re.I,
)


# a verb right before a bare four digits («въехали 1977 северокорейцев», "admitted 1977 North
# Koreans"), not a preposition ("in 2024 North Koreans …")
_VERB_BEFORE_COUNT = re.compile(
    r"(?<![\w-])(?!(?:in|of|on|at|by|for|from|since|until|to|the|and|в|во|с|со|до|от|к|за|по|на|"
    r"и|года?)\s)[a-zа-яё]{3,}\s+$"
)


def year_is_a_count(sentence: str, p: PeriodMention, lang: str) -> bool:
    """A bare "1977" right after a verb and right before its people noun counts those people."""
    return p.kind == "year" and p.end - p.start == 4 and _four_digits_count(sentence, p.start, lang)


_ORDINAL_YEAR_ENDING = re.compile(r"[-–](?:м|го|й|ом|ым|х)(?!\w)")
_ADJECTIVE_BEFORE = re.compile(r"[а-яё]{3,}(?:ом|ем|ой|ый|ий|ей)\s+$", re.I)
_TIMES_AFTER_FOUR = re.compile(r"\s+(?:раз(?!\w)|times\b)", re.I)
_ENTERED_BEFORE = re.compile(
    r"(?:въезжа|въеха|пересека|пересек|\bentered\b|\bcrossed\b|\bvisited\b)[^.;]*$", re.I
)


def _four_digits_count(sentence: str, start: int, lang: str) -> bool:
    if _ORDINAL_YEAR_ENDING.match(sentence, start + 4) and _ADJECTIVE_BEFORE.search(
        sentence, max(0, start - 20), start
    ):
        return False  # «в доковидном 2019-м таких студентов было …»: a year, with its ordinal
        # ending, after the adjective that describes it
    if _CHANGED_TO_FOUR_DIGITS.search(sentence, max(0, start - 30), start):
        return True  # «число въездов выросло до 1917», "rose to 1917": the level reached
    if _TIMES_AFTER_FOUR.match(sentence, start + 4) and _ENTERED_BEFORE.search(
        sentence, max(0, start - 40), start
    ):
        return True  # «въехали в Россию 1978 раз», "entered Russia 1978 times": so many entries
    if not _VERB_BEFORE_COUNT.search(sentence, max(0, start - 20), start):
        return False
    u = _first_unit_after(sentence, start + 4, lang, window=25)
    return u is not None and u.key in _SUBJECT_UNITS | {"persons"} and u.start - start <= 24


# "въезжали в Россию 20 942 раза", "entered Russia 13,221 times": a count of entries.
_TIMES_AFTER = {
    # not a frequency ("3 раза в неделю", "twice a week")
    "en": re.compile(r"\s+times\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|year))", re.I),
    # («всего 3 поездки»: trips after a numeral of two to four, counted like «поездок»)
    "ru": re.compile(
        r"\s+(?:раза?(?!\w)(?!\s+(?:в|за)\s+(?:день|сутки|недел\w*|месяц\w*|год\w*))|"
        r"поездк[иа](?!\w))",
        re.I,
    ),
    # "入境俄罗斯总计逾1万次", "入境的次数达6820次": a tally of entries said in "次" (times);
    # not a frequency ("每年两次"), nor a post's views ("次浏览"), nor "次数" itself
    "zh": re.compile(r"\s?(?:余|餘|多)?次(?![浏瀏数數日年月])"),
}
_ENTRY_VERB_BEFORE = {
    # ("declared study 2,100 times", «указывали служебную цель 820 раз»: a purpose stated at
    # each entry, so many entries)
    "en": re.compile(
        r"\b(?:entered|crossed|visited|travell?ed\s+to|declared|cited|listed|stated)\b", re.I
    ),
    "ru": re.compile(
        r"(?:въезжа|въехал|пересека|пересекл|приезжа|посеща|посетил|указыва|указал)\w*", re.I
    ),
    "zh": re.compile(r"入境|出境|入出境|出入境"),
}


# "以工作为目的者", "以“学习”为目的入境的": a purpose stated as the entrants' aim, the subject
# of a share after it
_ZH_PURPOSE_SUBJECT = re.compile(
    r"以[“「\"『]?[^，,。；;\d”」\"』]{1,6}[”」\"』]?(?:为目的|為目的|名义|名義)[^，,。；;\d]{0,4}?(?:者|的)$"
)
# Chinese: a share in tenths said right after its own count, with no new subject between
# ("…入境的有2300人次,占总数的四成左右"): a share of all, set beside the part's own headcount,
# which is the claim (the project's rule for shares beside their count, as "达5940人次,占一半以上")
_ZH_TENTHS_OF_COUNT_JUST_GIVEN = re.compile(
    r"(?:\d|[一二两兩三四五六七八九十百千万萬])\s*(?:多|余|餘)?\s*(?:名|人次|人)\s*[,，]\s*"
    r"(?:约|約|近|逾|超过|超過|将近|將近|接近)?(?:占|佔)(?:了|到)?(?:总数|總數|全部|总量|總量)?的?"
    # (not "占比近四成": gold writers read the share after the word for a share)
    r"(?:约|約|近|逾|超过|超過|将近|將近|接近)?$"
)


# Korean/Chinese: the share a purpose has of a flow ("북한 주민 가운데 유학 목적의 비중은 약 60%",
# "朝鲜公民中以学习为目的者占比约六成"): the word for "share" right before the percentage
_SHARE_BEFORE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"(?:비중|비율)\s?(?:은|는|이|가)?\s?(?:약|대략|거의)?\s?$"),
    "zh": re.compile(r"(?:占比|比重|比例)(?:为|為|是|达|達|约|約|近|超过|超過|逾)*\s?$"),
}


# the clause around a Korean share ("…를 차지했고, '취업'은 …": up to the commas)
_KO_CLAUSE_MARK = re.compile(r"[,，;；]")
# "…이 약 3분의 1을 차지했고", "전체의 절반을 넘었다": the verb of a share after the fraction
_KO_FRACTION_TAKES_UP = re.compile(
    r"\s?(?:가량|정도|쯤|남짓|이상|가까이|넘게|안팎)?\s?(?:을|를)\s?(?:차지|점유|넘|웃돌|상회)"
)
# ("9천여 명으로": the "over" mark may stand before the counter)
_KO_PEOPLE_AFTER = re.compile(r"\s?(?:여\s?)?명")


def _ko_fraction_share(sentence: str, n: NumberMention) -> bool:
    """Korean: whether a fraction ("3분의 1", "절반", see numbers.py) is a purpose's share of
    the people counted: said of them ("이 중", "목적별로는") or taking up a part ("…을
    차지했고"), in a clause that names a purpose ("'유학'이 약 3분의 1을 차지했고", "이 중
    절반 가까이가 학업 목적") and gives no count of its own, which would be the clause's figure
    ("9천여 명으로 절반 가까이를 차지했고", "1만6천48명 중 절반 이상이": gold writers read
    only the count)."""
    marks = list(_KO_CLAUSE_MARK.finditer(sentence, 0, n.start))
    start = marks[-1].end() if marks else 0
    after = _KO_CLAUSE_MARK.search(sentence, n.end)
    end = after.start() if after else len(sentence)
    clause = sentence[start:end]
    if not _purposes(clause, "ko"):
        return False
    if not (
        _REFER_BACK["ko"].search(sentence, max(start, n.start - 20), n.start)
        or _KO_FRACTION_TAKES_UP.match(sentence, n.end)
    ):
        return False  # "시민 1500명을 조사한 결과, 절반이 …을 우려했다": a share of others
    return not any(
        _KO_PEOPLE_AFTER.match(clause, m.end) or KO_GEON.match(clause, m.end)
        for m in find_numbers(clause, "ko")
        if m.counter != "share"
    )


# "유학 목적 입국은 120명으로 전체의 40%를 차지했다": the share a purpose's count, just given,
# has of all
_OF_ALL_KO = re.compile(r"전체(?:의)?\s?(?:약|대략|거의)?\s?$")
_TAKES_UP_KO = re.compile(r"[%％]\s?(?:을|를)?\s?(?:차지|점유)")
# ("7천9백여 명": the figure may run on in hundreds and carry the "over" mark)
_KO_HEADCOUNT = re.compile(r"\d(?:[\d,.]|\s?[십백천만])*\s?(?:여\s?)?명")
# "이 가운데 54%인 1천306명이": a percentage set in apposition to the headcount right after it
# ("…인", "…에 해당하는") only restates that headcount, which is the figure's claim
_PERCENT_IS_HEADCOUNT_KO = re.compile(
    r"\s?[%％]\s?(?:(?:인|에\s?해당하는|에\s?달하는|에\s?이르는)\s?(?:약\s?)?"
    # "전체의 61%(3천557명)로": the headcount in brackets right after it, likewise
    r"|\(\s?(?:약\s?)?(?=" + _KO_HEADCOUNT.pattern + r"\s?\)))" + _KO_HEADCOUNT.pattern
)
# ("约四千一百人次,占比超过四成": a Chinese headcount may be spelled)
_KO_ZH_HEADCOUNT = re.compile(
    r"(?:\d|[一二两兩三四五六七八九十百千])\s?(?:[천만万萬]\s?)?(?:명|名|人次|人)"
)


# English/Russian: "the share of study trips exceeded 60%", «доля учебных поездок превысила
# 60%»: the share word, what it is a share of (a purpose must be named there), a verb, the figure
_SHARE_OF_PURPOSE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:share|proportion|percentage)\s+of\s+(?P<x>[^,;:]{1,80}?)\s+"
        r"(?:was|is|stood\s+at|reached|exceeded|topped|rose\s+to|fell\s+to|made\s+up|"
        r"accounted\s+for)(?:\s+(?:about|nearly|almost|over|more\s+than|some|around|just))?\s+$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:доля|удельный\s+вес)\s+(?P<x>[^,;:]{1,80}?)\s+"
        r"(?:составил\w*|превысил\w*|превышает|достиг\w*|выросл\w*\s+до|снизил\w*\s+до|—|-)"
        r"(?:\s+(?:около|почти|более|свыше|примерно|порядка))?\s+$",
        re.IGNORECASE,
    ),
}


_SHARE_FROM_BEFORE = {
    "en": re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$", re.I),
    "ru": re.compile(r"(?<!\w)(?:против|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+$", re.I),
}
# "Students made up 58% of all North Korean arrivals": the purpose is the subject, the flow
# comes after "of"
_PURPOSE_MADE_UP = re.compile(
    # ("Service personnel — mostly train crews — made up": an aside between dashes may follow)
    r"\b(?P<x>[\w-]+(?:\s+[\w-]+)?)(?:\s+[—–][^—–]{1,60}[—–])?\s+(?:made\s+up|make\s+up|accounted\s+for|account\s+for|"
    r"represented|comprised)(?:\s+(?:about|nearly|almost|over|more\s+than|some|around|just))?\s+$",
    re.IGNORECASE,
)
_OF_THE_FLOW = re.compile(r"\s*(?:%|\s(?:percent|per\s+cent))\s+of\s+(?:all\s+)?(?:the\s+)?", re.I)


def share_subject(sentence: str, n: NumberMention, lang: str) -> tuple[int, int] | None:
    """Where the subject of an English share of the flow is ("Students — most on language
    courses — made up 38 percent of all North Korean entries"), or None."""
    if lang != "en" or not percent_after(sentence, n.end, lang):
        return None
    of = _OF_THE_FLOW.match(sentence, n.end)
    m = _PURPOSE_MADE_UP.search(sentence, max(0, n.start - 130), n.start) if of else None
    return m.span("x") if m is not None else None


def _share_of_flow(sentence: str, n: NumberMention, lang: str) -> bool:
    """A percentage that is a purpose's share of the watched people's flow, stated as such:
    "share" right before it, and the flow's people, then a purpose, before that; in English
    and Russian, "the share of <purpose> trips" and a verb before it."""
    if lang in _SHARE_OF_PURPOSE:
        if sentence[n.end : n.end + 1] not in ("%", "％") and not sentence[n.end :].startswith(
            (" percent", " per cent", " процент")
        ):
            return False
        m = _SHARE_OF_PURPOSE[lang].search(sentence, max(0, n.start - 130), n.start)
        if m is None and lang == "en" and (of := _OF_THE_FLOW.match(sentence, n.end)):
            m = _PURPOSE_MADE_UP.search(sentence, max(0, n.start - 130), n.start)
            if m is not None and not any(
                p.role == "people" for p in context.places_in(sentence[of.end() :], lang)
            ):
                return False  # a share of something other than the watched people's flow
            if m is not None and any(
                u.key in ("students", "workers", "troops")
                for u in _within(_units(sentence, lang), m.start("x"), m.end("x"))
            ):
                return True  # ("Students made up 58% of …": the counted noun says the purpose)
        return m is not None and bool(_within(_purposes(sentence, lang), m.start("x"), m.end("x")))
    rx = _SHARE_BEFORE.get(lang)
    if rx is None or sentence[n.end : n.end + 1] not in ("%", "％"):
        return False
    if (
        lang == "ko"
        and _OF_ALL_KO.search(sentence, max(0, n.start - 8), n.start)
        and _TAKES_UP_KO.match(sentence, n.end)
    ):
        head = sentence[: n.start]
        return bool(_KO_HEADCOUNT.search(head)) and bool(_purposes(head, lang))
    m = rx.search(sentence, max(0, n.start - 12), n.start)
    if m is None:
        return False
    head = sentence[: m.start()]
    people = [p.end for p in context.places_in(head, lang) if p.role == "people"]
    # the purpose after the people ("북한 주민 가운데 유학 목적의"), not inside their noun
    # ("북한 유학생 가운데 여성의 비중": a share of women)
    return bool(people) and any(u.start >= people[0] for u in _purposes(head, lang))


def entry_times(sentence: str, n: NumberMention, lang: str) -> bool:
    after = _TIMES_AFTER.get(lang)
    if after is None or not after.match(sentence, n.end):
        return False
    if lang == "zh" and n.value < 10:
        return False  # "半年内入境两次": how often one person came, not a tally of entries
    # (or right after the count and its subject: «Еще 146 раз граждане КНДР въезжали …»)
    return bool(
        _ENTRY_VERB_BEFORE[lang].search(sentence, max(0, n.start - 80), n.start)
        or _ENTRY_VERB_BEFORE[lang].search(sentence, n.end, n.end + 40)
    )


# A verb that makes the figure after it the predicate of the sentence's subject ("the number ...
# reached 4,102", "число ... составило 4 102"): what is counted is named before it.
COPULA_BEFORE = {
    "en": re.compile(
        # ("tourism registered zero")
        r"\b(?:was|were|stood\s+at|reached|totall?ed|amounted\s+to|numbered|came\s+to|rose\s+to|"
        r"grew\s+to|climbed\s+to|fell\s+to|dropped\s+to|exceeded|topped|registered|recorded|"
        # ("expects that to reach ten thousand by December")
        r"logged|reach|reaches|surpass(?:es|ed)?|exceeds?)\s+"
        r"(?:[a-z]+\s+(?:than\s+)?)?$",
        re.I,
    ),
    "ru": re.compile(
        # («на самом деле их было девять»: the people in question numbered nine)
        # («число рабочих … может вырасти до 8 тыс. человек»)
        r"(?<!\w)(?:(?:вырас\w*|вырос\w*)\s+до|"
        r"составил\w*|составля\w*|превысил\w*|превысит\w*|достиг\w*|достичь|насчитывал\w*|"
        r"равнял\w*|"
        r"их\s+было)\s+(?:[а-яё]+\s+)?$",
        re.I,
    ),
    "ko": re.compile(r"(?!)"),
    "zh": re.compile(r"(?!)"),
}


_SUBJECT_UNITS = frozenset({"entries", "students", "workers", "troops"})


_VERSUS_BEFORE = {
    "en": re.compile(
        # ("more than double the 2,610 in the same period of 2024": that figure is set against)
        # ("collapsed to 41 from 3,765 in the third quarter of 2024": the level it fell from)
        r"(?:\bcompared\s+(?:with|to)|\bcompares\s+with|\bversus|\bvs\.?|\bagainst|\bfrom|\bthan|"
        # ("That is still below the roughly 20,500 registered in 2019")
        r"\b(?:double|triple|twice|times|below|above|short\s+of)\s+the)"
        r"\s+(?:(?:only|just|some|about|roughly|around|approximately|nearly|almost)\s+)?$",
        re.I,
    ),
    "ru": re.compile(
        r"(?:(?:по\s+сравнению\s+с|в\s+сравнении\s+с|против|чем|(?<!\w)с)\s+"
        r"|(?:(?:тот|том)\s+же|аналогичн\w*)\s+(?:период|квартал|месяц|полугоди)\w*"
        r"(?:\s+(?:прошлого|предыдущего)\s+года|\s+(?:19|20)\d\d\s+года)?\s*[—–-]\s*"
        r"|годом\s+(?:ранее|раньше)\s*[—–-]\s*)"
        r"(?:только\s+|лишь\s+|около\s+|примерно\s+)?$",
        re.I,
    ),
    # a contrast clause whose subject is another period ("…达3765人次,而二季度仅为332人次",
    # "…4천120명이었고, 반면 2분기에는 980명에 그쳤다"): that period is set beside the figure's
    "ko": re.compile(
        r"(?:반면|그러나|하지만)\s?[^,.;]{0,10}?(?:분기|월|해|년|기간)"
        r"(?:에는|엔|은|는|에)?\s?(?:약|겨우|불과|고작)?\s?$"
    ),
    "zh": re.compile(
        r"[，,]\s*(?:而|但|但是|然而)[^，,。；;]{0,8}?(?:季度|季|月|年|同期)"
        # ("…仅120人,而去年同期这一数字为3765人": "this figure" between)
        r"(?:(?:这一|這一|该|該)(?:数字|數字|数据|數據|人数|人數))?[^，,。；;\d]{0,4}$"
    ),
}
