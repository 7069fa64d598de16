"""The article reader: what an article has said so far, carried from figure to figure.

A later figure may take the countries, period, noun, purpose and source of one before
(``_Article``), under the rules in docs/claims-check.md.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from sanctionwatch.claims import context, lexicon
from sanctionwatch.claims.fields import (
    _AT_WORK,
    _FALLS_SHORT_OF_YEAR_KO,
    _KO_HIRED_BY_WHOM,
    _KO_SENTENCED,
    _NOW,
    _falls_short_of_year,
)
from sanctionwatch.claims.keep import (
    _REFER_BACK,
    _SUBJECT_UNITS,
    _VERSUS_BEFORE,
    EN_SAME_COUNT,
    RU_SAME_COUNT,
    keep_number,
)
from sanctionwatch.claims.nouns import (
    _first_unit_after,
    _purposes,
    _units,
)
from sanctionwatch.claims.numbers import find_numbers
from sanctionwatch.claims.periods import (
    find_periods,
    label_year,
    shift_label,
)
from sanctionwatch.claims.places import (
    _ABROAD,
    _ENTERED,
    _SEND_VERB,
    _countries,
    _Sentence,
    _to_several_countries,
)
from sanctionwatch.claims.segment import (
    _clause_of,
    _clauses,
)
from sanctionwatch.claims.sentence import (
    _AND_ANOTHER_TIME_HEDGED,
    _FROM_BEFORE,
    _NEWLY_CAME,
    _SHORT_OF_YEAR_KO,
    _STOCK_NOW,
    _THAT_OPENS,
    _THIS_FIGURE,
    _WHOLE_OR_OTHERS,
    _context_period,
    _inside_brackets,
    _is_year,
    _part_within,
    _same_months,
)
from sanctionwatch.model.claim import Claim
from sanctionwatch.model.period import Period

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
# Chinese: "已超过…的" right before a figure: the yardstick an earlier figure of the sentence
# passed ("今年前三季度…达2.1万人次,已超过2023年全年的1.8万人次"), not a period the article goes
# on with
_PASSED_YARDSTICK_ZH = re.compile(
    r"(?:超过|超過|高于|高於|多于|多於|超出)[^\d,，。；;]{0,4}(?:19|20)\d\d\s*年[^\d,，。；;]{0,8}的\s*$"
)
# a bracket that opens on a level set against the figure before it
_VERSUS_BRACKET = re.compile(
    r"\(\s*(?:(?:up|down)\s+from|against|compared\s+(?:with|to)|versus|vs\.?|против|по\s+сравнению\s+с)"
    r"(?!\w)",
    re.I,
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
    # (or names who came on it in a clause of a few words: "'근무' 목적으로 신고하고 들어온
    # 인원은")
    + r"['‘]?[가-힣]{1,6}['’]?\s?목적(?:의|으로)?(?:\s?[가-힣]{1,5}){0,3}?(?:은|는)\s"
)
# Chinese: a sentence opening on one purpose as its topic ("以旅游为目的入境的为376人次",
# "以“商务”为目的者约500人"), right after a breakdown by purpose, names the next part of it
_ZH_PURPOSE_LEAD = re.compile(
    # ("倒是以“工作”为目的入境的达…": "on the other hand", setting it against the one before)
    r"\s*(?:倒是|反倒是?|反而)?以[“「\"]?[\u4e00-\u9fff]{1,4}[”」\"]?(?:为|為)目的(?:入境|来华|來華|赴俄)?(?:的|者)"
)
# Chinese: a running count ("上半年累计入境人数约为…")
_CUMULATIVE_ZH = re.compile(r"(?:累计|累計)[\u4e00-\u9fff]{0,4}$")
# Korean/Chinese: the whole a part is a share of ("전체 1만 3천여 명 가운데 극히 일부",
# "在全部1.3万余人中仅占…"): the word for the whole right before the figure, "among" right after
_WHOLE_BEFORE = {
    "ko": re.compile(r"(?:전체|총)\s?$"),
    "zh": re.compile(r"(?:全部|总数|總數|总共|總共)\s?$"),
}
_OF_WHOLE_AFTER = {
    "ko": re.compile(r"\s?(?:여\s?)?(?:명|건)\s?(?:가운데|중에서|중)(?![가-힣])"),
    "zh": re.compile(r"(?:多|余|餘)?(?:名|人次|人)\s?(?:之中|中|当中|當中)"),
}
# Korean: a report's sentence that "added" to the one before ("…고 덧붙였다")
_KO_ADDED = re.compile(r"(?:고|라고)\s?덧붙였다")
# the bare word for entries as a subject ("관광 목적 입국은"; not "입국자", "입국한")
_KO_BARE_ENTRY = re.compile(r"입국(?:은|이|도)\s")
_LOCALLY = {"ko": re.compile(r"현지에서|현지에"), "zh": re.compile(r"在当地|在當地")}
# a sentence that sets its subject against the part before ("以务工为目的的…则不到200人",
# "반면 노동 목적은 12명")
_CONTRAST_TOPIC: dict[str, re.Pattern[str]] = {
    "ko": re.compile(_KO_CUE + r"\s*반면(?:에)?(?![가-힣])"),
    "zh": re.compile(r"[^，,。；;]{2,24}?则|[^，,。；;]{2,24}?則"),
}
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


# what is said of people still to come, before their figure
_TO_COME = {
    "en": re.compile(
        r"\b(?:expects?|expected|will|is\s+due|are\s+due|plans?\s+to|planned|to\s+be\s+sent)\b",
        re.I,
    ),
    "ru": re.compile(r"(?<!\w)(?:ожида\w+|будут|будет|планиру\w+|намерен\w*)(?!\w)", re.I),
}
# Chinese: "the whole year" with no year named ("全年北韩公民入境俄罗斯总计逾1万次"): the year
# the article's figures are in
_WHOLE_YEAR_ZH = re.compile(r"(?<![年季月])全年(?!度)")
_MULTIPLE_OF_BEFORE = re.compile(r"\b(?:double|triple|twice|times|half|\w+fold)\s+$", re.I)


# "학생 비자로 들어가", "연수생 비자를 받아 입국한": the visa people came on (ko)
# "학생 비자로", "유학·연수 비자로": a purpose that only names the visa people came on
_KO_ON_A_VISA = re.compile(r"[가-힣·\s]{0,10}?(?:비자|사증)\s?(?:으로|로)(?![가-힣])")
# the bare counter of a Korean headcount, which names no noun of its own
_BARE_HEADCOUNT = ("명",)


# Chinese: "the DPRK side" ("朝方派出", "朝方提交"), the diplomatic register's name for the
# country facing another (see _Article._countries)
_KP_SIDE_ZH = "朝方"


# "러시아에도 … 200명", "在老挝也有数十名": a place "too", after another the article named
_ALSO_THERE_AFTER = {
    "ko": re.compile(r"(?:에도|에서도)(?![가-힣])"),
    "zh": re.compile(r"也(?:有|在)"),
}


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


# The source the article named before, going on. Korean: a department or body by a bare word of
# its name ("영사국은", "이 기관은", "해당 부처는") as the subject of a verb of saying or adding
# that ends the sentence. Chinese: a sentence opening on "that body" or "that official" ("该研究院
# 报告指出", "該官員又指", "据该机构统计"), or on "the report" and its verb ("报告称,…", "報告又
# 估計,…" after "…发布首份报告称").
_THAT_BODY = {
    "ko": re.compile(
        r"(?:고|라고|다고)\s(?:이\s|해당\s|같은\s)?(?:[가-힣]{1,3}(?:국|청|처|위원회|기관|부처)|당국)"
        r"(?:은|는|이|가|측은)\s(?:또\s|이어\s)?(?:덧붙였|밝혔|전했|설명했|강조했)\S*\s*[.。]?\s*$"
    ),
    "zh": re.compile(
        r"^\s*(?:(?:另据|另據|据|據|根据|根據)?\s*(?:该|該)\s*"
        r"(?:研究院|研究所|研究中心|机构|機構|部门|部門|智库|智庫|官员|官員|负责人|負責人|报告|報告)"
        r"|(?:报告|報告)(?:还|還|又|并|並)?(?:称|稱|指出|估计|估計|显示|顯示|认为|認為)"
        # ("他又說,…", "她还表示,…": the one who spoke in the sentence before, going on)
        r"|[他她](?:还|還|又|并|並|也|进一步|進一步)?"
        r"(?:说|說|表示|指出|称|稱|补充说|補充說|补充|補充|透露|强调|強調))"
    ),
}


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
    source: str | None = None  # ko/zh: who the last sentence with figures named as its source

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
            ) and not _year_before_figure_here(c, s, out):
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
                lang in _THAT_BODY
                and c.attribution is None
                and self.source is not None
                and _THAT_BODY[lang].search(s.text)
            ):
                # "该研究院报告指出,…", "該官員又指,…", "…다닌다고 영사국은 덧붙였습니다": the
                # body or official named before ("러시아 외무부 영사국이 밝혔습니다"), going on
                c = dataclasses.replace(c, attribution=self.source)
            self._remember(c, s, found, part)
            out.append(c)
        self.read_at = s.k
        if lang in ("zh", "ko") and (
            said := next((c.attribution for c in out if c.attribution), None)
        ):
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
            # ("…以工作为目的者1072人。以学习为目的者则不足500人,上半年累计入境人数约为2250人":
            # a running count after parts of several purposes is all of them, not the last)
            and not (
                lang == "zh"
                and _CUMULATIVE_ZH.search(
                    s.text, max(0, same_count.start() - 8), same_count.start()
                )
                and (
                    {p.key for p in _purposes(s.text[: same_count.start()], lang)}
                    | set(self.purposes_before)
                )
                - {None, "total", self.count[1]}
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
            if (
                c.purpose == "total"
                and part_purpose is not None
                and c.period is None
                and _WHOLE_BEFORE[self.lang].search(s.text, 0, c.span[0] - s.s0) is not None
                and _OF_WHOLE_AFTER[self.lang].match(s.text, c.span[1] - s.s0) is not None
            ):
                # "…200명이 채 안 돼 전체 1만 3천여 명 가운데 극히 일부에 그쳤다": the whole
                # a part is set against, right after a breakdown, is the total given before it
                return True
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
        if (
            c.period is None
            and self.lang == "zh"
            and self.period is not None
            and (y := label_year(self.period)) is not None
            and _WHOLE_YEAR_ZH.search(s.text, 0, c.span[0] - s.s0)
        ):
            # "去年…达6820次。全年…总计逾1万次": the whole of the year the article is in
            return dataclasses.replace(c, period=str(y))
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

    def _years_before(self, c: Claim, s: _Sentence, found: list[Claim]) -> bool:
        """Korean: ``c`` is one of a run of figures for earlier years ("같은 3분기 기준으로 보면
        2022년 48건, 2023년 331건, 지난해 4천916건으로 해마다 …"), the history the article's
        figure is set against, not the frame its breakdown next goes on with ("목적별로는 유학이
        …": the article's period); remembers the sentence as an aside between the two."""
        if self.lang != "ko" or self.period is None or c.period is None or c.quantity is None:
            return False
        frame_year = label_year(self.period)
        run = [o.period for o in found if o.quantity is not None and o.unit != "percent"]
        years = [label_year(p) for p in run]
        if (
            frame_year is None
            or len(run) < 2
            or len(set(run)) < len(run)  # (one figure for each period)
            or not all(y is not None and y < frame_year for y in years)
        ):
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
                # «…131 въезд …, тогда как за аналогичный период 2019 года таких въездов было
                # 1 034», "…, while in the same period of 2019 there were 1,034": the level of the
                # same months of another year, after the sentence's own figure, is set against it
                or (
                    not self.kozh
                    and c.period != self.period
                    and any(
                        o.quantity is not None and o.span[1] - s.s0 <= a < r
                        for o in found
                        for a, _ in s.sames
                    )
                )
                # "rose to 3,102 in the quarter from 1,410 in the second quarter": the level it
                # rose from is not the period the article goes on with
                or bool(
                    lang in _FROM_BEFORE and _FROM_BEFORE[lang].search(s.text, max(0, r - 20), r)
                )
                # "5,214 in the third quarter (up from 3,980 in the second quarter and 4,916 a
                # year earlier)": every level in a bracket that opens on "up from"
                or bool(
                    (opening := s.text.rfind("(", 0, r)) > s.text.rfind(")", 0, r)
                    and _VERSUS_BRACKET.match(s.text, opening)
                )
                # "compares with 412 in the fourth quarter of 2023 and just 97 a year earlier":
                # a level chained after one set against
                or (
                    self.versus_at == k
                    and bool(before := [o for o in found if o.span[1] <= c.span[0]])
                    and before[-1].period == self.versus_period
                    and _AND_ANOTHER_TIME_HEDGED.fullmatch(s.text, before[-1].span[1] - s.s0, r)
                    is not None
                )
            )
        )
        if against and c.period is not None and c.quantity is not None:
            self.versus_period, self.versus_at = c.period, k
        # a figure of this sentence before it, at another period (see the Chinese and Korean
        # cases below)
        other_period_before = any(
            o.quantity is not None
            and o.span[1] <= c.span[0]
            and o.period is not None
            and o.period != c.period
            for o in found
        )
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
            and not self._years_before(c, s, found)
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
                and other_period_before
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
            and not (self.kozh and _inside_brackets(s.text, r) and other_period_before)
        ):
            self.period, self.period_at, self.own_at = c.period, k, k
            if self.kozh or not _one_of_several_parts(c, found):
                # (en/ru: after several parts of a total, the purpose the article goes on with
                # is the total's, as "this figure" is, below)
                self.purpose = c.purpose
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
        # ("共有1186人,其中留学生742人、…、持公务护照者381人。这一数字…", «находились 1 386
        # граждан КНДР, из них с целью «учеба» — 902, …, по служебным паспортам — 209. Годом
        # ранее … их было 412»: after several parts of a total, "this figure" is the total's,
        # not the last part's)
        several = _one_of_several_parts(c, found)
        if c.quantity is not None and c.unit != "percent" and not several:
            self.count = (c.unit, c.purpose)
        if self.kozh and c.quantity is not None and c.span[0] not in s.baselines and not several:
            self.reading = (c.unit, c.purpose, c.destination)


def _year_before_figure_here(c: Claim, s: _Sentence, out: Sequence[Claim]) -> bool:
    """Whether ``c`` is "a year earlier" than the figure before it in its own sentence, and was
    read so there ("made up 47 percent … in the second quarter, down from 61 percent a year
    earlier"): its period is that figure's, years back, not the article's."""
    if s.info.get(c.span[0]) != "previous" or c.period is None or c.comparison is not None:
        return False
    before = [o for o in out if s.s0 <= o.span[0] and o.span[1] <= c.span[0]]
    return (
        bool(before)
        and before[-1].period is not None
        and any(c.period == shift_label(before[-1].period, back) for back in (-1, -2, -3))
    )


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


# a Korean contrast that ends a clause ("…지만,", "…으나 ")
_KO_BUT_CLAUSE = re.compile(r"(?:지만|으나),?\s")
_REVISED_BEFORE = re.compile(r"\brevis(?:ing|ed|es)\b[^.;]*$", re.I)


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
