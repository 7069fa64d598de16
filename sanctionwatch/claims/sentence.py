"""The sentence reader: every claim of one sentence, its figures paired with their fields.

``_sentence_claims`` keeps the numbers that are claims (``keep``), reads each one's fields
(``fields``, ``places``), attaches comparisons and records to the figures they qualify, and
pairs figures said "respectively" with their places and purposes. What the article said before
reaches it through ``article``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sanctionwatch.claims import context, lexicon
from sanctionwatch.claims.comparisons import ComparisonMention, find_comparisons, may_compare
from sanctionwatch.claims.fields import (
    _AT_WORK,
    _BRACKETED_PERIOD_AFTER,
    _CHANGE_TO_BEFORE,
    _CHANGED_TO_AFTER,
    _CONTRAST,
    _FALLS_SHORT_OF_YEAR_KO,
    _NOW,
    _OUT_OF_AFTER,
    _SPACE,
    _TABLE_CELL_SEP,
    _actors,
    _at_work,
    _nearest_num,
    _Num,
    _own_subject_before_change,
    _own_subject_before_change_zh,
    _period,
    _period_mention,
    _period_only_subject,
    _purpose,
    _purpose_in_noun,
    _qualifier,
    _range_start_scaled,
    _scores,
    _unit_for,
)
from sanctionwatch.claims.keep import (
    _REFER_BACK,
    _SUBJECT_UNITS,
    _VERSUS_BEFORE,
    COLLECTIVE,
    COPULA_BEFORE,
    KO_GEON,
    MORE_OF_SAME,
    NEVER,
    ONE_PERSON_UNITS,
    _overlaps,
    keep_number,
    of_money,
    percent_after,
    share_subject,
    year_is_a_count,
)
from sanctionwatch.claims.nouns import (
    _first_unit_after,
    _purposes,
    _units,
    _within,
)
from sanctionwatch.claims.numbers import NumberMention, find_numbers
from sanctionwatch.claims.periods import (
    PeriodMention,
    find_periods,
    label_year,
    previous_sub_label,
    shift_label,
)
from sanctionwatch.claims.places import (
    _DEST_CUE_BEFORE,
    _SEND_VERB,
    _countries,
    _Sentence,
    _subject_reading,
)
from sanctionwatch.claims.segment import (
    _NUMBER_IN,
    _clause_of,
    _clauses,
)
from sanctionwatch.model.claim import Claim, Comparison
from sanctionwatch.model.period import Period

# zh: a country right after "向", "赴", "派往" is where people go, never the subject that sends them
# "감소한 것은 2021년 이후 처음", "为2021年以来首次": right after a "since" year, a first time
_FIRST_SINCE_AFTER = {
    "ko": re.compile(r"\s?(?:처음|첫|최초)"),
    "zh": re.compile(r"(?:的)?(?:首次|首度|第一次|头一回|頭一回)"),
}
_PHONE = re.compile(
    r"\+\d[\d\s()\-]{6,}\d|(?:(?<!\d)[78]\s*)?\(\d{3,5}\)\s*\d[\d\s\-]{4,}\d|(?<![\d-])\d{2,4}(?:-\d{2,4}){2,}(?![\d-])"
    # "1-800-540-6322": a toll-free number; «8-800-222-74-74»: a Russian one
    r"|(?<![\d-])1-\d{3}-\d{3}-\d{4}(?![\d-])|(?<![\d-])[78]-\d{3}-\d{3}-\d{2}-\d{2}(?![\d-])"
    # "hotline 2248-0000": two groups of four, with no space (a range is "2,000-3,000")
    r"|(?<![\d-])(?<!\d[,.])\d{4}-\d{4}(?![\d-]|[,.]\d)"
)


_RANGE_SEP = {
    # ("three or four hundred people", «три-четыре сотни»: a guess between two figures)
    "en": re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.I),
    "ru": re.compile(r"^\s*(?:-|–|—|до|или)\s*$", re.I),
    "ko": re.compile(r"^\s*(?:명\s*)?(?:-|–|~|∼|에서)\s*$"),
    # "两三百": two neighbouring digits, read as two numbers with nothing between them
    "zh": re.compile(r"^(?:\s*(?:名\s*)?(?:-|–|~|至|到)\s*)?$"),
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
# "than this": a figure measured against the figure the article gave before it
# A later clause opening on "this one alone" ("，光这个团就有…", "，仅这一所学校就…"): its figure
# is a single group's, not the flow a comparison before it measured
_ALONE_AFTER = {
    "zh": re.compile(
        r"[，,；;]\s*(?:光|单|單|仅|僅|只)(?:是)?\s*(?:这|這|那)(?:一)?(?:个|個|所|家|批|次)?"
    ),
}
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
# ("as often as in January–March, when the FSB recorded only about 300", «чем в январе–марте,
# когда погранслужба ФСБ зафиксировала лишь около 300 въездов»)
_WHEN_CLAUSE = re.compile(r",?\s+(?:when|когда)\s+(?:[^\W\d]+\s+){0,6}", re.I)
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
_RESPECTIVELY = re.compile(r"respectively|соответственно|각각|分别|分別", re.I)
_LIST_GAP = re.compile(r"^(?:\s*(?:,|、|and|и|및|和|과|와)\s*)+$", re.I)
# Korean: people who "newly came in" after the figure ("500명가량이 새로 들어왔다"): in an
# article about workers (troops) sent, more of them arrived
_NEWLY_CAME: dict[str, re.Pattern[str]] = {
    # ("새로 투입돼": newly put in, at a site or a front)
    "ko": re.compile(r"새로\s?(?:들어(?:오|왔|온|갔|간)|입국|도착|유입|넘어(?:오|왔|온)|투입)"),
    "zh": re.compile(r"(?!)"),
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
_Row = dict[str, Any]  # a figure being read: "x" (_Num), "unit", "origin", "dest", ...
# the words between a change and the figure it went to ("8% to roughly 5,900", «на 8% — до
# 5,9 тыс.»); the qualifier words are the figure's own
# ("21.5 percent above the 8,102 entries logged …": the figure after "above the" is the baseline)
_TIMES_THE = re.compile(
    r"(?:\b(?:double|triple|twice|times|half)|(?:%|\bpercent|\bper\s+cent)\s+(?:above|below))"
    r"\s+the\s*$",
    re.I,
)

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
_OF_BEFORE_FIGURE = re.compile(r"of\s+(?:(?:about|some|roughly|nearly|just|only)\s+)?", re.I)
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
# Chinese: the army as a whole ("朝鲜人民军总兵力约120万人", "现役兵力约128万"): its strength at
# home, a stock, unless its clause sends it, moves it or names where it went ("派往俄罗斯的总兵力",
# "在俄兵力总数")
_ARMY_STRENGTH_ZH = re.compile(r"人民军|人民軍|总兵力|總兵力|现役|現役|常备军|常備軍")
_ARMY_MOVED_ZH = re.compile(
    r"抵达|抵達|到达|到達|赴|入境|进入|進入|部署|驻扎|駐紮|增援|参战|參戰|在俄|援俄|向俄"
)
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
    # «не менее 3 тыс. уже выбыли из строя», «2 тыс. военных КНДР погибли», «двое пленных
    # северокорейцев»: prisoners of war right after the number
    "ru": re.compile(
        r"\s+(?:военно)?пленн\w*|"
        r"(?:\s+[\w.-]+){0,4}?\s+(?:уже\s+)?(?:погибл\w*|убит\w*|ранен\w*|"
        r"выбыл\w*\s+из\s+строя|получил\w*\s+ранени\w*|попал\w*\s+в\s+плен|взят\w*\s+в\s+плен)",
        re.IGNORECASE,
    ),
}


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
# "300건 남짓에 그쳐 지난해 같은 기간보다 크게 줄어든": a period set against with no figure of
# the change ("크게 줄어든", "소폭 늘었다") is a baseline all the same, not the figure's period
_UNNUMBERED_BASE_KO = re.compile(
    r"(?:지난해|작년|전년|\d{4}\s*년)\s?(?:의\s?)?(?:같은\s?기간|동기|같은\s?분기|동\s?분기)?\s?"
    r"(?:보다|에\s?비해|대비)\s?(?:크게|대폭|소폭|다소|조금|많이|급격히|눈에\s?띄게|더)?\s?"
    r"(?=(?:줄|늘|감소|증가|급감|급증|하락|상승))"
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
_THEIR_COUNT = re.compile(
    r"(?<!\w)их\s+(?:(?:может|могут|могло|должно)\s+)?(?:стать|стало|станет|было|будет|"
    r"оставалось|осталось|остается|остаётся|насчитыва\w+|число|количество)(?!\w)|"
    r"\btheir\s+(?:number|numbers|count|total)\b",
    re.I,
)
_RECORD_FIGURE_BEFORE = re.compile(
    r"\b(?:a|the)\s+record(?:[\s-]high)?\s+(?:of\s+)?$|(?<!\w)рекордн\w*\s+$", re.I
)
_TIMES_THE_BEFORE = re.compile(r"\b(?:times|\w+fold|double|triple|twice)\s+the\s+$", re.I)
# "数千人其实在工地打工", "约300人在当地工厂务工": the people counted are at work somewhere (not
# "以“工作”为目的入境", the purpose of an entry; nor "工作人员", staff)
_WORKING_AFTER_ZH = re.compile(
    r"\s*(?:多|余|餘)?\s*(?:名|人)[」”\"]?[^,，。；;\d以持]{0,6}?在[^,，。；;\d以持]{1,12}?"
    r"(?:打工|务工|務工|做工|上班|工作(?!人员|人員|签证|簽證|许可|許可))"
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
# "2024年10月以来", "2024年10月起" (not "10月起至12月": a span with its end)
_ZH_SINCE_AFTER = re.compile(r"\s?(?:份)?(?:以来|以來|起)(?!\s*(?:至|到|迄|~|∼|～|-|–|－))")


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


# Korean: after a place's bracketed figure, the other places of the list with theirs ("와
# 아무르주(500명 미만), 모스크바(1천~1천500명)"), then the place's ending ("에도"); a few words on,
# the people they all count ("적지 않은 북한 노동자가")
_KO_PLACES_LISTED_AFTER = re.compile(
    r"(?:\s?(?:와|과|및|,)\s?[가-힣]+\s?\([^()]*\d[^()]*\))*"
    r"(?:에|에도|에는|에서|에서도|에서는)\s"
)
# Korean: the figure, its counter, then "일하고"/"일하는" a few words on, as the subject of the
# verb ("수백 명이 하산 인근 휴양소에서 일하고 있다", "수만 명이 일하고 있다는 추정"); not "일하러"
# (going to work: the purpose of a trip); or people an employer took on, as the subject of
# "고용됐다" or the object of "고용했다" ("주민 300여 명이 새로 고용됐다", "500명을 고용했다")
_KO_AT_WORK_AFTER = re.compile(
    r"\s?(?:여\s?)?명\s?(?:가량|정도|안팎|이상|가까이)?"
    r"(?:이\s(?:[^\s,.]+\s){0,5}?(?:일(?:하고|하는|한다|했다|해)|고용(?:됐|되|된))"
    r"|을\s(?:[^\s,.]+\s){0,3}?고용(?:했|한|하))"
)


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
# "2,400 out of the 3,900 North Koreans", "из 2,1 тыс. северокорейцев": the whole, not a part
_OUT_OF_BEFORE = {
    # not "a total of 1,704": that is the figure, not the whole a part is taken from
    "en": re.compile(
        # ("1,385 of some 2,200 border crossings": a part, then the whole it is of)
        r"(?:\b(?:out\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?|of\s+(?:the|all(?:\s+the)?)\s+)|"
        r"\d\s+of\s+(?:some|about|around|roughly|nearly|almost|just\s+over|over)\s+)$",
        re.I,
    ),
    "ru": re.compile(r"(?<!\w)из\s+(?:общего\s+числа\s+|в\s+общей\s+сложности\s+)?$", re.I),
}
# «группа туристов из 20 человек», «делегация из 12 человек»: what a group is made of is the group
# itself, the figure, not a whole a part is taken from
_GROUP_OF = re.compile(r"(?<!\w)(?:групп|делегаци|бригад)\w*\s+(?:[^\s\d,;.]+\s+){0,3}из\s+$", re.I)
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


# a Korean contrast ("…지만,", "…으나,") right before the source that opens the next clause; or
# a clause said in the passive, with no one saying it ("…것으로 추정되며,", "…것으로 알려졌고,")
_KO_BUT_THEN_SOURCE = re.compile(
    r"(?:지만|으나|것으로\s?(?:추정|파악|알려|전해)(?:되며|되고|되나|됐으며|됐고|졌으며|졌고)),?\s*$"
)


# Chinese: a contrast ("…,但", "…,不过") right before the source that opens the next clause
_ZH_BUT_THEN_SOURCE = re.compile(r"[，,]\s*(?:但是?|不过|不過|然而)\s*$")


_REVISES_EARLIER = {
    "en": re.compile(
        r"\b(?:revis(?:ing|ed)|correct(?:ing|ed))\s+(?:(?:up|down)(?:ward)?\s+)?the\b", re.I
    ),
    "ru": re.compile(r"(?<!\w)(?:пересмотрев|уточнив|скорректировав|исправив)(?!\w)", re.I),
}


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
        # the contrasting clause gives its own figure, not the one before ("수만 명이 체류하는
        # 것으로 추정되며, 통일부는 그 규모를 약 6만 명으로 보고 있다": nor the one before it
        # that no one was said to estimate)
        return None
    if (
        lang == "zh"
        and attribution is not None
        and at > pos
        and _ZH_BUT_THEN_SOURCE.search(sentence, pos, at) is not None
    ):
        # "媒体报道称…仅有300人左右,但俄罗斯联邦统计局…修正为2947人": the body that opens the
        # contrasting clause gives its own figure, not the one before (as Korean "…지만, 국정원은")
        return None
    if (
        lang in _REVISES_EARLIER
        and attribution is not None
        and at > pos
        and _REVISES_EARLIER[lang].search(sentence, pos, at) is not None
    ):
        # "12,000 …, an official said, revising upward the "several thousand" that the NIS had
        # cited": the body named with the figure revised gave that one, not this
        return None
    if lang == "zh" and attribution is not None and at < pos:
        # "据哈巴罗夫斯克边疆区内务局统计,当地…约2300人;阿穆尔州则不足500人": a part of its
        # own that names another region is not counted by the first region's body
        lo = max(sentence.rfind(";", 0, pos), sentence.rfind("；", 0, pos)) + 1
        if lo > at and context.other_region_named(sentence[lo:pos], attribution, lang):
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
    if kind == "prevquarter" and c.period is None:
        # "against 3,240 in the previous quarter", the sentence naming no quarter of its own: the
        # quarter before the one the article gave (none before a year or a single month)
        ref = last_sub or last_period
        if ref is None or _is_year(ref) or (".." not in ref and "-Q" not in ref):
            return None
        return previous_sub_label(ref)
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


@dataclasses.dataclass
class _Scan:
    """What the sentence reader knows of one sentence before it reads each figure: the
    sentence's numbers, periods, clauses and places, and what the article passed down."""

    sentence: str
    offset: int
    lang: str
    doc_date: date | None
    doc_id: str
    watched: frozenset[str]
    follow_up: bool
    info: dict[int, str] | None
    baselines: set[int] | None
    relative: dict[int, int] | None
    carried_period: str | None
    carried_purpose: str | None
    record_back: bool
    frame: tuple[str | None, str | None, str | None] | None
    numbers: list[NumberMention]  # every number in the sentence, kept or not
    periods: list[PeriodMention]
    clauses: list[tuple[int, int]]
    nums: list[_Num]  # the figures kept, with their qualifiers
    ranged: list[tuple[_Num, _Num]]  # ranges' two ends
    places: list[context.Mention]
    baseline_spans: list[tuple[int, int]]  # comparisons' baseline phrases and records
    figure_clauses: set[tuple[int, int]]
    thing_clauses: set[tuple[int, int]]  # (ko/zh) clauses that count things
    same_marks: list[tuple[int, int]]  # "the same period" marks


def _ranges(sentence: str, nums: list[_Num], lang: str) -> list[tuple[_Num, _Num]]:
    """The ranges among a sentence's figures ("300至400名", "300-400", "between 300 and 400",
    "от 300 до 400"), their ends marked at least and at most."""
    ranged: list[tuple[_Num, _Num]] = []
    for a, b in itertools.pairwise(nums):
        gap = sentence[a.m.end : b.m.start]
        if _RANGE_SEP[lang].match(gap) or (
            # "三、四百人": one spelled digit, the enumeration comma, then its neighbour's hundreds
            # (numbers.py scales the first; "300、400人" stays a list)
            lang == "zh"
            and gap == "、"
            and a.m.spelled
            and b.m.spelled
            and a.m.end - a.m.start == 1
            and a.m.value < b.m.value
        ):
            if ranged and ranged[-1][1] is a:
                # "4천~5천 명에서 8천~9천 명으로": the upper end of one range starts no other
                # (from one estimate to another)
                continue
            if (
                lang == "en"
                and "to" in gap.lower()
                and not re.search(r"\bbetween\s+$", sentence[: a.m.start], re.I)
                and re.search(r"\bfrom\s+$", sentence[: a.m.start], re.I)
                # ("estimates range from 1,000 to 1,500": a range after all)
                and not re.search(r"\brang(?:e|es|ed|ing)\s+from\s+$", sentence[: a.m.start], re.I)
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
    return ranged


def _mark_baselines(
    sentence: str, comps: list[ComparisonMention], nums: list[_Num], lang: str
) -> None:
    """Mark the figures that are a comparison's baseline: inside its baseline phrase, or between
    it and the marker (``baseline_of``)."""
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


_PEOPLE_OF_BEFORE = re.compile(
    r"\b(?:citizens|nationals|passport\s+holders|people)\s+of\s+(?:the\s+)?$", re.I
)


def _flow_places(sentence: str, lang: str, watched: frozenset[str]) -> list[context.Mention]:
    """The places of a sentence that can be a flow's origin or destination: not a dateline, a
    news agency's country, an actor's or a watching source's name."""
    places = _off_routes(sentence, context.places_in(sentence, lang))
    if lang == "en" and " of " in sentence:
        # "citizens of Uzbekistan made more than 4.5 million entries": the country's people
        places = [
            p._replace(role="people")
            if p.role == "name"
            and _PEOPLE_OF_BEFORE.search(sentence, max(0, p.start - 30), p.start)
            else p
            for p in places
        ]
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
                # «по данным Госдепартамента США»: the body's country in the genitive after it
                or (lang == "ru" and 0 <= p.start - a.end <= 1)
                for a in sources
            )
        ]
    return places


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
    ranged = _ranges(sentence, nums, lang)
    _mark_baselines(sentence, comps, nums, lang)
    places = _flow_places(sentence, lang, watched)
    baseline_spans = [c.baseline_span for c in comps if c.baseline_span] + [
        (c.start, c.end) for c in comps if c.kind == "record"
    ]
    if lang == "ko":
        baseline_spans += [m.span() for m in _LEVEL_REGAINED_KO.finditer(sentence)]
        baseline_spans += [m.span() for m in _SHORT_OF_YEAR_KO.finditer(sentence)]
        baseline_spans += [m.span() for m in _UNNUMBERED_BASE_KO.finditer(sentence)]
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
    s = _Scan(
        sentence,
        offset,
        lang,
        doc_date,
        doc_id,
        watched,
        follow_up,
        info,
        baselines,
        relative,
        carried_period,
        carried_purpose,
        record_back,
        frame,
        numbers,
        periods,
        clauses,
        nums,
        ranged,
        places,
        baseline_spans,
        figure_clauses,
        thing_clauses,
        same_marks,
    )
    for x in nums:
        row = _figure_row(s, x, rows)
        if row is not None:
            rows.append(row)
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
                # (a share is no count its parts are counted in: "Roughly half of them are in
                # Primorsky Krai and some 1,500 in Amur" counts people)
                and big["unit"] not in ("persons", "percent")
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
    _attach_comparisons(s, comps, rows, attribution, attributed_at, into, out)
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


def _figure_row(s: _Scan, x: _Num, rows: list[_Row]) -> _Row | None:
    """The reading of one kept figure of ``s``'s sentence (its row), or None where the figure
    counts no flow of the watched nationals. ``rows``: the rows of the figures before it."""
    sentence, lang, clauses = s.sentence, s.lang, s.clauses
    n = x.m
    clause = _clause_of(clauses, n.start)
    unit, attached = _figure_unit(s, n, clause, rows)
    origin, dest = _figure_countries(s, n, clause, unit)
    if _counts_no_flow(s, n, clause, unit, origin, dest):
        return None
    unit, purpose = _figure_purpose(s, x, clause, unit, attached, rows)
    pm, period = _figure_period(s, x, clause)
    if purpose == "troops" and unit in (None, "persons"):
        unit = "troops"  # "3천여 명을 파병", "派兵规模达1.3万人": people sent to fight
    elif (
        lang == "zh"
        and purpose == "work"
        and unit in (None, "persons")
        and _WORKING_AFTER_ZH.match(sentence, n.end)
    ):
        unit = "workers"  # "数千人其实在工地打工": people said to work there are workers
    if percent_after(sentence, n.end, lang) or n.counter in ("成", "share"):
        # ("占了八成": tenths; "其中近三分之二", "a third of them", "3분의 1": fractions)
        unit = "percent"
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
            or (pm.kind == "season" and _SINCE_END.search(sentence, max(0, pm.start - 8), pm.start))
            or (
                lang == "ko"
                and pm.kind == "month"
                and _KO_SINCE_AFTER.match(sentence, pm.end) is not None
            )
            # ("朝鲜自2024年10月以来已累计向俄罗斯派遣约1.5万名作战人员": a month with its year)
            or (
                lang == "zh"
                and pm.kind == "month"
                and _ZH_SINCE_AFTER.match(sentence, pm.end) is not None
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
    return {
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


# "3,980 in the second quarter and 4,916": another time's figure after "and"
_AND_ANOTHER_TIME = re.compile(r"(?:\s+(?:in|during|for)\s+[^,;:()\d]{1,40}?)?,?\s+(?:and|и)\s+")
# ("412 in the fourth quarter of 2023 and just 97": a year and a hedge may come between)
_AND_ANOTHER_TIME_HEDGED = re.compile(
    r"\s+(?:in|during|for)\s+[^,;:()]{1,40}?,?\s+(?:and|и)\s+(?:(?:only|just|some|about|roughly|"
    r"around|всего|лишь|около)\s+)?"
)


def _figure_unit(
    s: _Scan, n: NumberMention, clause: tuple[int, int], rows: list[_Row]
) -> tuple[str | None, bool]:
    """What a figure counts (its unit) and whether its noun is its own (attached): the noun
    beside it, else what its clause says the people do ("working", «учатся»)."""
    sentence, lang, places = s.sentence, s.lang, s.places
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
    elif (
        not attached
        and len(rows) >= 2
        and lang in _VERSUS_BEFORE
        and _AND_ANOTHER_TIME.fullmatch(sentence, rows[-1]["x"].m.end, n.start)
        and _VERSUS_BEFORE[lang].search(
            sentence, max(0, rows[-1]["x"].m.start - 30), rows[-1]["x"].m.start
        )
    ):
        # "up from 3,980 in the second quarter and 4,916 in the third quarter of 2024": the
        # second level set against the figure counts what the first does
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
    elif (
        unit in (None, "persons")
        and lang == "ko"
        and _inside_brackets(sentence, n.start)
        and (close := sentence.find(")", n.end)) >= 0
        and "(" not in sentence[n.end : close]
        and (listed := _KO_PLACES_LISTED_AFTER.match(sentence, close + 1)) is not None
        and (
            nouns := tuple(
                u
                for u in _within(_units(sentence, lang), listed.end(), listed.end() + 16)
                if u.key != "persons"
            )
        )
        and nouns[0].key in _SUBJECT_UNITS
        and not re.search(r"[\d,]", sentence[listed.end() : nouns[0].start])
    ):
        # "하바롭스크주(약 2천300명)와 아무르주(500명 미만), 모스크바(…)에도 … 북한 노동자가":
        # the figure of each place of a list counts the people named after the list
        unit = nouns[0].key
    return unit, attached


def _figure_countries(
    s: _Scan, n: NumberMention, clause: tuple[int, int], unit: str | None
) -> tuple[str | None, str | None]:
    """A figure's origin and destination; money goes the other way from the workers."""
    sentence, lang, places = s.sentence, s.lang, s.places
    watched, follow_up, frame = s.watched, s.follow_up, s.frame
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
    return origin, dest


def _counts_no_flow(
    s: _Scan,
    n: NumberMention,
    clause: tuple[int, int],
    unit: str | None,
    origin: str | None,
    dest: str | None,
) -> bool:
    """Whether a figure counts something other than a flow of the watched nationals: a
    population, the dead, a text's authors, a panel, people of another nation, or nothing
    said to be people."""
    sentence, lang, places = s.sentence, s.lang, s.places
    watched, follow_up, carried_period = s.watched, s.follow_up, s.carried_period
    clause_text = sentence[clause[0] : clause[1]]
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
        return True  # a shortage, a population: not a flow of the watched nationals
    if lang in _CASUALTY_AFTER and _CASUALTY_AFTER[lang].match(sentence, n.end):
        return True  # "2천명이 전사했다", "约2000人阵亡": the dead, not a flow
    if lang in _AUTHORS_AFTER and _AUTHORS_AFTER[lang].match(sentence, n.end):
        return True  # "연구진 5명이 … 작성했다": a text's authors, not a flow
    if (
        lang == "ko"
        and _KO_PANEL_BEFORE.search(sentence, max(clause[0], n.start - 12), n.start)
        and not any(clause[0] <= p.start < clause[1] for p in places)
        and not _SEND_VERB[lang].search(clause_text)
        and not _NEWLY_CAME[lang].search(clause_text)
    ):
        return True  # "외부 전문가 3명이 참여했다": a panel's members, not a flow
    if lang in _CASUALTY_BEFORE and _CASUALTY_BEFORE[lang].search(sentence, clause[0], n.start):
        return True  # "북한군 사상자가 4천700명": casualties, not a flow
    if (
        lang == "zh"
        and dest is None
        and _ARMY_STRENGTH_ZH.search(flow_text)
        and not _SEND_VERB[lang].search(flow_text)
        and not _ARMY_MOVED_ZH.search(flow_text)
    ):
        # "朝鲜人民军总兵力约120万人", and its part after it ("…,其中陆军约110万"): the army at
        # home, not a flow
        return True
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
        return True  # nothing says it counts people ("cites 3 UN resolutions")
    if (origin is not None and watched and origin not in watched) or (
        dest is not None and dest in watched
    ):
        return True
    # "우즈베키스탄 출신 노동자 3만여 명", "来自中亚国家的劳工12万人"
    return bool(watched) and _foreign_origin_named(sentence, n.start, lang, places, watched)


def _figure_purpose(
    s: _Scan,
    x: _Num,
    clause: tuple[int, int],
    unit: str | None,
    attached: bool,
    rows: list[_Row],
) -> tuple[str | None, str]:
    """A figure's purpose, and its unit where the purpose's reading settles it (a table's
    count, the subject of a predicate figure)."""
    sentence, lang, clauses = s.sentence, s.lang, s.clauses
    periods, nums, same_marks = s.periods, s.nums, s.same_marks
    n = x.m
    clause_text = sentence[clause[0] : clause[1]]
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
        lang == "ko"
        and purpose == "total"
        and unit == "entries"
        and (dots := sentence.rfind("…", 0, n.start)) >= 0
        and not any(o.m.start < dots for o in nums)
        and not _within(_purposes(sentence, lang), dots, n.start)
    ):
        # "북한 유학생 러시아행 '역대 최대'…3분기에만 4천 건 육박": the people a headline opens
        # on, before its ellipsis, are whose entries the figure after it counts
        heads = {
            context.unit_purpose(u.key, lang)
            for u in _within(_units(sentence, lang), 0, dots)
            if u.key in ("students", "workers", "troops")
        }
        if len(heads) == 1 and (head := heads.pop()) is not None:
            purpose = head
    if purpose == "total" and (subject := share_subject(sentence, n, lang)) is not None:
        # "Students — most of them on language courses — made up 38 percent of all …": the
        # share's subject names its purpose, though an aside parts it from the figure's clause
        named = _within(_purposes(sentence, lang), *subject)
        nouns = [
            p
            for u in _within(_units(sentence, lang), *subject)
            if (p := context.unit_purpose(u.key, lang)) is not None
        ]
        purpose = named[0].key if named else nouns[0] if nouns else purpose
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
        unit = rows[-1]["unit"]  # "…; service personnel 4,402;": the table's count, not the label's
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
            if lang in _MODIFIED_WHOLE and _MODIFIED_WHOLE[lang].fullmatch(sentence, p.end, n.start)
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
        or _ESTIMATED_NUMBER_AT.get(lang, NEVER).search(sentence, max(0, n.start - 220), n.start)
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
        if prev and not (
            # ("以学习为目的者1000人次,以工作为目的者500人次;上半年累计4000人次": a running
            # count after parts of several purposes is all of them)
            _CUMULATIVE_ZH.search(clause_text) and len({r["purpose"] for r in rows}) > 1
        ):
            pc = _clause_of(clauses, prev[-1].m.start)
            purpose = _purpose(sentence, prev[-1].m.start, prev[-1].m.end, lang, pc, None, False)
    if (
        lang == "ko"
        and purpose == "total"
        and unit == "persons"
        and (every := _KO_ALL_OF_THEM_OPENS.match(sentence, clause[1])) is not None
    ):
        # "80명 정도였고, 모두 수산물 가공 공장으로 갔다": what all of them went to do, in the
        # clause right after, is the figure's purpose (and a clause with a figure of its own
        # says its own)
        nxt = _clause_of(clauses, every.end())
        named = _within(_purposes(sentence, lang), every.end(), nxt[1])
        if named and not any(every.end() <= o.m.start < nxt[1] for o in nums):
            purpose = named[0].key
            unit = _KO_ALL_OF_THEM_UNIT.get(purpose, unit)
    if (
        lang in ("en", "ru")
        and purpose != "total"
        and (colon := sentence.find(":", n.end, n.end + 40)) >= 0
        and not any(n.end <= o.m.start < colon for o in nums)
        and _BREAKDOWN_AFTER_COLON.match(sentence, colon + 1)
    ):
        # «находятся 1 412 граждан КНДР: 853 из них приехали учиться, 214 — работать»: the
        # total before the colon that the parts after it break down has no purpose of its own
        purpose = "total"
    if (
        lang == "en"
        and purpose == "total"
        and len(clauses) >= 3
        and clause[0] > clauses[0][1]
        and _PREDICATE_OPENS_EN.match(clause_text)
        and not _NUMBER_IN.search(sentence, 0, clause[0])
    ):
        # "Entries by service personnel, mostly Air Koryo and train crews, rose 38% to 2,415":
        # the subject before the aside names the purpose of the figure its predicate gives
        named = _within(_purposes(sentence, lang), *clauses[0])
        if named and not _within(_purposes(sentence, lang), clause[0], clause[1]):
            purpose = named[0].key
    if purpose == "total" and (
        (
            lang == "zh"
            and ("类" in clause_text or "類" in clause_text)
            and _THIS_KIND_ZH.search(clause_text)
        )
        or (lang == "en" and " such " in clause_text and _SUCH_AFTER_FIGURE.match(sentence, n.end))
    ):
        # "部分北韓人改以「服務人員」身分入境,首季此類入境達210人次", "Tourism remained negligible,
        # with only 41 such trips": "of this kind" is the purpose named in the clause before
        named = [p for p in _purposes(sentence, lang) if p.end <= clause[0]]
        if named and not _within(_purposes(sentence, lang), clause[0], clause[1]):
            purpose = named[-1].key
    return unit, purpose


# "…: 853 of them came to study", «…: 853 из них приехали учиться»
_BREAKDOWN_AFTER_COLON = re.compile(
    r"\s*(?:(?:about|some|около|почти)\s+)?\d[\d\s,.]*\s+(?:of\s+them|из\s+них)\b", re.I
)
# the predicate of a subject set off by an aside ("Entries by service personnel, mostly Air Koryo
# and train crews, rose 38% to 2,415")
_PREDICATE_OPENS_EN = re.compile(
    r"\s*(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|reached|stood|"
    r"totall?ed|came\s+to|amounted\s+to|numbered)\b",
    re.I,
)
_SUCH_AFTER_FIGURE = re.compile(r"\s+such\s+(?:trips|entries|visits|crossings|arrivals)\b", re.I)


# a clause that opens on "all of them" right after the figure's ("…였고, 모두 …", "…이며 전원 …")
_KO_ALL_OF_THEM_OPENS = re.compile(r"[,，]?\s*(?:모두|전원|전부|다)\s")
# the people a purpose said of all of them makes them ("모두 공장으로 갔다": workers)
_KO_ALL_OF_THEM_UNIT = {"work": "workers", "study": "students"}


def _figure_period(
    s: _Scan, x: _Num, clause: tuple[int, int]
) -> tuple[PeriodMention | None, str | None]:
    """A figure's period (its mention, and its label), and how the sentence gave it (in
    ``s.info``; a baseline's figure in ``s.baselines``)."""
    sentence, lang, clauses = s.sentence, s.lang, s.clauses
    periods, nums, frame = s.periods, s.nums, s.frame
    offset, info, baselines = s.offset, s.info, s.baselines
    carried_period, baseline_spans, same_marks = s.carried_period, s.baseline_spans, s.same_marks
    figure_clauses, thing_clauses = s.figure_clauses, s.thing_clauses
    n = x.m
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
    elif (
        lang in ("en", "ru")
        and (
            wp := next(
                (
                    p
                    for p in reversed(periods)
                    if p.label
                    and p.end <= n.start <= p.end + 80
                    and _overlaps(p.start, p.end, baseline_spans)
                    and p.kind != "sinceyear"  # («максимум с 2019 года, когда …»: the record's)
                    and _WHEN_CLAUSE.fullmatch(sentence, p.end, n.start)
                ),
                None,
            )
        )
        is not None
    ):
        # the figure of a "when" clause after a comparison's baseline is of that period, the
        # level compared against ("14 times as often as in January–March, when the FSB
        # recorded only about 300"), not the period the article goes on with
        period = wp.label
        if baselines is not None:
            baselines.add(offset + n.start)
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
            and (later := _LATER_TIME[lang].search(sentence, clause[0], n.start))
            # (not a later revision of the same count: "随后更新的数据将这一数字修正为2947人")
            and not (lang == "zh" and _REVISED_AFTER_ZH.match(sentence, later.end()))
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
            and p.kind not in ("previous", "prevquarter")
            and not _overlaps(p.start, p.end, baseline_spans)
            for p in periods
        )
    ):
        period = frame[0]  # "□ 2024년 … 현황" / "○ 총 입국자: 13,221명"
    if baselines is not None and x.baseline_of is not None:
        baselines.add(offset + n.start)
    if info is not None:
        if pm is not None:
            info[offset + n.start] = (
                pm.kind if pm.label or pm.kind in ("next", "prevquarter") else "unresolved"
            )
        elif period is None and any(
            p.label is None and p.kind not in ("previous", "prevquarter") for p in periods
        ):
            # "last year" with no document date; "a year earlier" is another figure's
            info[offset + n.start] = "unresolved"
    return pm, period


@dataclasses.dataclass
class _Compared:
    """What the comparisons of one sentence have found out of one another, kept across them."""

    earlier: dict[int, _Row] = dataclasses.field(default_factory=dict)  # (see _later_state)
    alone: dict[int, _Row] = dataclasses.field(default_factory=dict)  # (_ALONE_AFTER)
    ranges: dict[int, _Row] = dataclasses.field(default_factory=dict)  # a range before it
    apart: set[int] = dataclasses.field(default_factory=set)  # apart from another matter after
    other_from: dict[int, int] = dataclasses.field(default_factory=dict)  # where that begins
    short_of: set[int] = dataclasses.field(default_factory=set)  # a year's figure not reached
    went_past: set[int] = dataclasses.field(default_factory=set)  # records after what was passed
    also_of: dict[int, _Row] = dataclasses.field(default_factory=dict)  # records of a changed one
    said_back: bool = False  # a comparison-only claim is about the article's figure


def _attach_comparisons(
    s: _Scan,
    comps: list[ComparisonMention],
    rows: list[_Row],
    attribution: str | None,
    attributed_at: int,
    into: str | None,
    out: list[Claim],
) -> None:
    """Attach each comparison of ``s``'s sentence to the figure (row) it qualifies, or add a
    comparison-only claim to ``out`` (its figure given before, or none)."""
    st = _Compared()
    for c in comps:
        target, skip = _comparison_target(s, c, comps, rows, st)
        if skip:
            continue
        if target is not None and target["comparison"] is None:
            _attach_to_figure(s, c, target, rows)
            continue
        _comparison_only_claim(s, c, comps, rows, st, attribution, attributed_at, into, out)


def _comparison_target(
    s: _Scan, c: ComparisonMention, comps: list[ComparisonMention], rows: list[_Row], st: _Compared
) -> tuple[_Row | None, bool]:
    """The figure (row) comparison ``c`` qualifies, if any, and whether ``c`` is to be skipped
    (it measures other people against the figure); notes in ``st`` what later comparisons need."""
    sentence, lang = s.sentence, s.lang
    clauses, places, watched = s.clauses, s.places, s.watched
    periods, carried_period = s.periods, s.carried_period
    target = _figure_before_change(s, c, rows)
    if target is not None:
        target = _figure_before_refined(s, c, rows, st, target)
    if target is None and id(c) not in st.ranges:
        target = _figure_after_change(s, c, comps, rows, st)
    if (
        target is not None
        and lang in ("ko", "zh")
        and target["x"].m.end <= c.start
        and _later_state(sentence, target, c, periods, lang)
    ):
        # "2023年…不足2000人,而2024年这一数字翻了一番", "800명 수준이던 것이 2.5배로":
        # the figure is the earlier state; the comparison is a claim about the later one
        st.earlier[id(c)] = target
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
        st.earlier[id(c)] = target
        target = None
    if target is not None and _other_people_compared(c, target, clauses, places, watched):
        # "1200 граждан КНДР, а вьетнамских мигрантов было втрое больше": the comparison
        # measures another nationality against this figure, not this figure's change
        return None, True
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
        st.also_of[id(c)] = target
        target = None
    return target, False


def _figure_before_change(s: _Scan, c: ComparisonMention, rows: list[_Row]) -> _Row | None:
    """The figure comparison ``c`` is first taken to qualify: the one inside a record's phrase,
    the one a change went to, else the last figure before it."""
    sentence, lang = s.sentence, s.lang
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
            # "5,214 in the third quarter (up from 3,980 …), the highest since 2014": nor is a
            # change after the bracket closes the change of a figure inside it
            and not (
                target is not None
                and _inside_brackets(sentence, r["x"].m.start)
                and not _inside_brackets(sentence, c.start)
                and sentence.rfind("(", 0, r["x"].m.start) > target["x"].m.end
            )
        ):
            target = r
    return target


def _baseline_is_figures_own_period(
    c: ComparisonMention, target: _Row, periods: list[PeriodMention]
) -> bool:
    """Whether comparison ``c`` names as its baseline the period of ``target``, a figure before
    it, with another period named between the figure and the baseline ("2분기 330여 명에
    머물던 … 3분기에는 2분기의 열 배")."""
    if c.baseline_span is None or not target["period"]:
        return False
    bs, be = c.baseline_span
    own = target["period"]
    return any(p.label == own and bs <= p.start < be for p in periods) and any(
        p.label is not None and p.label != own and target["x"].m.end <= p.start < bs
        for p in periods
    )


def _figure_before_refined(
    s: _Scan, c: ComparisonMention, rows: list[_Row], st: _Compared, target: _Row | None
) -> _Row | None:
    """The figure comparison ``c`` qualifies, given ``target`` found first: not one set against
    another, nor one with a clause of its own between, nor a range's end, nor a year's figure
    that is only a reference point; notes in ``st`` why there is none."""
    sentence, lang, periods = s.sentence, s.lang, s.periods
    offset, info, carried_period, ranged = s.offset, s.info, s.carried_period, s.ranged
    ranges, short_of, went_past = st.ranges, st.short_of, st.went_past
    if target is not None and lang == "ko" and target["x"].m.end <= c.start:
        target = _went_to_after_ko(sentence, target, c, rows)
    if (
        target is not None
        and lang in ("en", "ru")
        and target["x"].m.end <= c.start
        and _set_against(sentence, rows, target, lang)
    ):
        # "3,765 of them, against just 62 a year earlier, a roughly sixtyfold jump", "583
        # compares with 412 in the fourth quarter and just 97 a year earlier, a six-fold
        # jump": the figures set against are baselines; the change is the one's before them
        against = target
        target = next(
            (
                r
                for r in reversed(rows)
                if r["x"].m.end <= against["x"].m.start
                and r["x"].baseline_of is None
                and not _set_against(sentence, rows, r, lang)
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
        and lang == "zh"
        and c.kind == "difference"
        and target["unit"] == "percent"
    ):
        # "其中以留学为目的者约占一半,比去年同期多出约500人": the people more are the part's
        # count, no change of its share; the difference stands on its own
        target = None
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
        and lang == "ko"
        and target["x"].m.end <= c.start
        and _baseline_is_figures_own_period(c, target, periods)
    ):
        # "2분기 330여 명에 머물던 입국자가 3분기에는 2분기의 열 배를 넘었다": the change is
        # measured against the figure's own period, and a later period is named between them;
        # the figure before is the baseline's, the change stands on its own
        target["x"].baseline_of = c
        target = None
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
    return target


def _figure_after_change(
    s: _Scan, c: ComparisonMention, comps: list[ComparisonMention], rows: list[_Row], st: _Compared
) -> _Row | None:
    """The figure after comparison ``c`` that it qualifies ("выросло в 12 раз — до 13 221"),
    when none before it does; notes in ``st`` a figure of another matter or one group alone."""
    sentence, lang, periods = s.sentence, s.lang, s.periods
    alone, apart, other_from = st.alone, st.apart, st.other_from
    target = None
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
    return target


def _attach_to_figure(s: _Scan, c: ComparisonMention, target: _Row, rows: list[_Row]) -> None:
    """Set comparison ``c`` on the figure it qualifies, with its baseline's period."""
    sentence, lang, clauses = s.sentence, s.lang, s.clauses
    periods = s.periods
    offset = s.offset
    doc_date = s.doc_date
    baselines, relative = s.baselines, s.relative
    carried_period = s.carried_period
    baseline_spans = s.baseline_spans
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
                    p.label and not _overlaps(p.start, p.end, baseline_spans) for p in periods
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
                    and not _within(_purposes(sentence, lang), c.baseline_span[0], r["x"].m.end)
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
                or (c.baseline_span is not None and c.end <= r["x"].m.start < c.baseline_span[0])
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


@dataclasses.dataclass
class _Change:
    """The fields of a comparison-only claim, as the stages of its reading settle them."""

    origin: str | None
    dest: str | None
    period: str | None
    carried: bool  # the period is the one the article gave before (the change is said of it)
    unit: str
    purpose: str
    base: str | None
    value: float | None


def _comparison_only_claim(
    s: _Scan,
    c: ComparisonMention,
    comps: list[ComparisonMention],
    rows: list[_Row],
    st: _Compared,
    attribution: str | None,
    attributed_at: int,
    into: str | None,
    out: list[Claim],
) -> None:
    """Add to ``out`` the claim of a comparison with no figure of its own in the sentence
    ("declined by 18,533 workers since 2017", "12배 증가"), unless it is of no flow."""
    sentence, lang = s.sentence, s.lang
    clause = _clause_of(s.clauses, c.start)
    if lang == "ko" and (most := _KO_MOST_OF_THEM.search(sentence, c.end)) is not None:
        # "…9천 명 많은 수치로, 대부분 노동자와 무역 관계자로 추정된다": who most of them
        # are said to be, not what the change counts
        st.other_from.setdefault(id(c), most.start())
    # "The figure … is the highest since the series began in 2010 and almost nine times the
    # 2023 total", «Это максимум с 2010 года … и почти в 13 раз больше»: every change of a
    # sentence that opens on the figure just given, with no figure of its own, is said of it
    all_said_back = (
        s.record_back
        and lang in _THAT_OPENS
        and _THAT_OPENS[lang].match(sentence) is not None
        and not any(r["x"].baseline_of is None for r in rows)
    )
    record_said_back = s.record_back and (len(comps) == 1 or all_said_back)
    own_record = False
    if (
        c.kind == "record"
        and not record_said_back
        and not st.said_back
        and id(c) not in st.went_past
        and id(c) not in st.also_of
    ):
        # ("이는 2023년의 약 12배로, 2010년 이후 가장 많은 수치다": a record after a change
        # said of the article's figure describes that figure too)
        # a record needs the figure it describes, unless the sentence names that flow
        # itself ("지난해 북한인의 러시아 입국 규모는 2010년 이후 가장 많았다")
        own_record = _names_its_flow(sentence, c, comps, s.numbers, s.places, lang)
        if not own_record:
            return
    if _change_of_no_flow(s, c, rows, clause):
        return
    origin, dest = _countries(sentence, c.start, lang, clause, s.places, s.watched)
    if dest is None and into is not None and origin not in (None, into):
        dest = into
    if (origin is not None and s.watched and origin not in s.watched) or (
        dest is not None and dest in s.watched
    ):
        return
    # "triple the 364 recorded in the same quarter last year": the period after the baseline's
    # figure is the baseline's, not the claim's
    held = next((r for r in rows if r["x"].baseline_of is c and r["x"].m.start >= c.end), None)
    period = _period(
        # "grew by 41 per cent on the second quarter, although it remains below the 3,765
        # logged in July–September 2024": not the other matter's period
        [p for p in s.periods if p.start < st.other_from[id(c)]]
        if id(c) in st.other_from
        else s.periods,
        c.start,
        clause,
        s.baseline_spans + ([(held["x"].m.start, len(sentence))] if held else []),
        lang,
    )
    if own_record and (period is None or origin is None):
        return  # whose record of when: the sentence must say
    period, carried = _change_period(s, c, st, period, record_said_back)
    unit = _change_unit(s, c, rows, st, clause)
    ch = _Change(
        origin,
        dest,
        period,
        carried,
        unit,
        _change_purpose(s, c, st, unit, clause),
        _whole_year(
            sentence,
            c,
            _baseline_label(c, period, s.periods, c.start, clause, s.baseline_spans),
        ),
        c.value,
    )
    if (
        held is not None
        and held["period"]
        and held["period"] != period
        and (ch.base is None or (_is_year(ch.base) and held["period"].startswith(ch.base)))
    ):
        ch.base = held["period"]  # (its own, finer period: "the same quarter last year")
    _change_of_figure_before(s, c, rows, st, ch)
    if ch.carried and lang in ("ko", "zh"):
        _said_back_fields(s, c, rows, st, ch)
    st.said_back = st.said_back or (ch.carried and lang in ("ko", "zh"))
    group = st.alone.get(id(c))
    if group is not None and group["purpose"] == "total":
        group["purpose"] = ch.purpose  # the one group is part of the flow that changed
    claims_span = c.consumed or (c.start, c.end)
    out.append(
        Claim(
            doc=s.doc_id,
            sentence=sentence,
            span=(s.offset + claims_span[0], s.offset + claims_span[1]),
            quantity=None,
            qualifier=None,
            unit=ch.unit,
            origin=ch.origin,
            destination=ch.dest,
            purpose=ch.purpose,
            period=ch.period,
            comparison=Comparison(c.kind, ch.value, ch.base, c.lowest),
            attribution=_source_of(sentence, c.start, attribution, attributed_at, lang),
            lang=lang,
            sentence_span=(s.offset, s.offset + len(sentence)),
            text=sentence[claims_span[0] : claims_span[1]],
        )
    )


def _change_of_no_flow(
    s: _Scan, c: ComparisonMention, rows: list[_Row], clause: tuple[int, int]
) -> bool:
    """Whether comparison ``c``, with no figure of its own, changes something other than a flow
    of people: an economy, money, a price, goods, things counted just before it."""
    sentence, lang, places, numbers = s.sentence, s.lang, s.places, s.numbers
    if context.not_a_flow(sentence[clause[0] : clause[1]], lang) and not any(
        p.role == "people" and clause[0] <= p.start < clause[1] for p in places
    ):
        return True  # "the economy grew 4.1%": not people
    if c.kind in ("percent_change", "ratio", "difference") and of_money(sentence, c.start, lang):
        return True  # «90–120 тыс. рублей, что на 30% ниже»: the money changed, not people
    if (
        lang in _COST_BEFORE
        and c.kind in ("percent_change", "ratio", "difference")
        and _COST_BEFORE[lang].search(sentence, max(0, c.start - 30), c.start)
    ):
        return True  # "the crews … cost about 30% less than teams from Central Asia": a price
    if (
        context.not_a_flow(sentence, lang)
        and not any(p.role == "people" for p in places)
        and (lang in ("ko", "zh") or not _units(sentence, lang))
    ):
        # "3月朝中貿易額達2.1億美元,同比增長35%", «Товарооборот России и КНДР … вырос почти
        # вдвое»: the clause before says what grew (in en/ru, when nothing counted is named)
        return True
    if (
        lang in ("ko", "zh")
        and not (_names_people_ko(sentence) if lang == "ko" else _units(sentence, lang))
        # (before the change or after it: "货物吞吐量同比增长15%,达到约80万吨")
        and any(
            context.counts_things(sentence, n.end, lang)
            # ("교류 협정만 해도 지난해 9건으로, 2019년의 세 배다": agreements, as "법안 4건")
            or (
                lang == "ko"
                and KO_GEON.match(sentence, n.end) is not None
                and context.counts_cases_of_things(sentence[max(0, n.start - 30) : n.start], lang)
            )
            for n in numbers
        )
    ):
        # "화물트럭은 하루 300대 수준으로, 지난해보다 20% 늘었다", "货物约280万吨，同比增长17%":
        # a sentence that counts vehicles or goods and names no people says what grew
        return True
    # "signed 14 exchange agreements last year, twice as many as in 2019": the change of the
    # things just counted before it, not of a flow
    return (
        lang in ("en", "ru")
        and c.kind in ("ratio", "percent_change", "difference")
        and (
            thing := next(
                (
                    n
                    for n in reversed(numbers)
                    if n.end <= c.start and c.start - n.end <= 80 and not n.spelled
                ),
                None,
            )
        )
        is not None
        and not any(r["x"].m.start == thing.start for r in rows)
        and (t := context.thing_after(sentence[thing.end : thing.end + 40], lang)) is not None
        and not _units(sentence[thing.end : thing.end + t], lang)
    )


def _change_period(
    s: _Scan, c: ComparisonMention, st: _Compared, period: str | None, record_said_back: bool
) -> tuple[str | None, bool]:
    """The period of comparison-only claim ``c`` given the one its clause names (``period``),
    and whether it is carried from the figure the article gave before."""
    sentence, lang, periods = s.sentence, s.lang, s.periods
    carried_period = s.carried_period
    if c.kind == "record" and record_said_back and carried_period:
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
    if id(c) in st.short_of and carried_period:
        # the count that falls short of the year's figure is the one the article gave (its
        # period, not the year's)
        period = None
    if (
        period is None
        and carried_period
        and not any(p.label is None and p.kind != "prevquarter" for p in periods)
    ):
        # "That was a twelvefold increase on 2023", "Это в 12 раз больше, чем годом ранее":
        # the comparison is about the figure the article just gave
        period = carried_period
        carried = True
    if id(c) in st.went_past:
        # the article's figure's record, at its period (not the year of what it went past)
        period, carried = carried_period, True
    if (
        period is None
        and c.baseline_span
        and sentence[c.baseline_span[0] :].lower().startswith(("since", "с "))
        and s.doc_date
    ):
        period = str(s.doc_date.year)  # "has declined since 2017": up to now
    return period, carried


def _change_unit(
    s: _Scan, c: ComparisonMention, rows: list[_Row], st: _Compared, clause: tuple[int, int]
) -> str:
    """What comparison-only claim ``c`` counts: the noun after its own number, its clause's,
    its baseline figure's, the sentence's, or its figure's."""
    sentence, lang = s.sentence, s.lang
    other_from = st.other_from
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
        if id(c) in st.apart and lang in ("ko", "zh"):
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
    return unit


def _change_purpose(
    s: _Scan, c: ComparisonMention, st: _Compared, unit: str, clause: tuple[int, int]
) -> str:
    """The purpose of comparison-only claim ``c``: its clause's, else one the sentence names
    on the same matter, else what its noun implies."""
    sentence, lang = s.sentence, s.lang
    purpose = _purpose(sentence, c.start, c.end, lang, clause, unit, False)
    if purpose != "total":
        return purpose
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
                or (
                    lang == "ko"
                    and (
                        _KO_PART_OPENS.search(sentence, c.end, p.start)
                        or p.start >= st.other_from.get(id(c), len(sentence))
                    )
                )
            )
        )
    )
    return ps[0].key if ps else (context.unit_purpose(unit, lang) or "total")


def _change_of_figure_before(
    s: _Scan, c: ComparisonMention, rows: list[_Row], st: _Compared, ch: _Change
) -> None:
    """Set ``ch``'s fields from the figure comparison ``c`` changes when the sentence gave it
    before: a record's figure, a range, an earlier state, a year-earlier opening."""
    sentence, lang, periods = s.sentence, s.lang, s.periods
    carried_period = s.carried_period
    same = st.also_of.get(id(c))
    if same is not None:
        # (the record counts what the figure with the change before it counts, at its period)
        ch.period, ch.unit, ch.purpose = same["period"], same["unit"], same["purpose"]
        ch.origin, ch.dest = ch.origin or same["origin"], ch.dest or same["dest"]
    rng = st.ranges.get(id(c))
    if rng is not None:
        # the change of the count the range estimates counts what the range counts
        ch.unit, ch.purpose = rng["unit"], rng["purpose"]
        ch.origin, ch.dest = ch.origin or rng["origin"], ch.dest or rng["dest"]
    was = st.earlier.get(id(c))
    if was is not None:
        # the later state's period is named between the figure and the comparison, else it
        # is the period the article gave before ("올해 1~8월 … 지난해 같은 기간 800명 수준이던
        # 것이 2.5배로"); the baseline is the figure's
        later = [
            p.label
            for p in periods
            if p.label and was["x"].m.end <= p.start < c.start and p.label != was["period"]
        ]
        ch.period = later[-1] if later else carried_period
        ch.base = was["period"]
        if (
            ch.period is None
            and ch.base
            and _is_year(ch.base)
            and _A_YEAR_ON.search(sentence, was["x"].m.end, c.start)
        ):
            ch.period = str(int(ch.base) + 1)  # "2023년엔 …이었는데, 1년 새 6.4배로": the next year
        if ch.base and ch.period and s.same_marks and _is_year(ch.base) and not _is_year(ch.period):
            # "지난해 같은 기간": the later state's months, in the figure's year
            ch.base = shift_label(ch.period, int(ch.base) - (label_year(ch.period) or int(ch.base)))
        ch.unit, ch.purpose = was["unit"], was["purpose"]
        ch.origin, ch.dest = ch.origin or was["origin"], ch.dest or was["dest"]
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
        ch.period, ch.base = shift_label(carried_period, -1), carried_period
        if c.kind == "ratio" and ch.value is not None and 0 < ch.value < 1:
            # «Годом ранее … въехали втрое меньше»: now three times then (the same fact,
            # said of the article's figure, as a ratio is exactly inverted)
            ch.period, ch.base, ch.value = carried_period, ch.period, round(1 / ch.value, 2)


def _said_back_fields(
    s: _Scan, c: ComparisonMention, rows: list[_Row], st: _Compared, ch: _Change
) -> None:
    """A Korean or Chinese change said of the figure the article just gave ("전년 동기(512명)
    보다 6배 넘게 늘어난 것이다"): its baseline figure inside it is at the baseline's period; when
    the sentence names no people of its own (not "전체 외국인 입국자는", "外国公民总数"), both
    count what that figure counts."""
    sentence, lang, baseline_spans = s.sentence, s.lang, s.baseline_spans
    mine = [r for r in rows if r["x"].baseline_of is c]
    own_nouns = [
        u
        for u in _units(sentence, lang)
        if not _overlaps(u.start, u.end, baseline_spans)
        and u.end <= st.other_from.get(id(c), len(sentence))
        and not any(0 <= u.start - r["x"].m.end <= 2 for r in mine)
        # nor the counter of the difference's own number ("105명보다 16명 줄어든")
        and not (c.consumed and 0 <= u.start - c.consumed[1] <= 2)
    ]
    if (
        ch.purpose == "total"
        and s.carried_purpose
        and not own_nouns
        and not _WHOLE_OR_OTHERS.search(sentence)
    ):
        ch.purpose = s.carried_purpose
    for r in mine:
        if r["period"] is None:
            r["period"] = ch.base
        if r["purpose"] == "total":
            r["purpose"] = ch.purpose


# "…, against just 62 a year earlier", «против 62 годом ранее»: a figure set against another
_AGAINST_BEFORE = {
    "en": re.compile(
        r"\b(?:against|compared\s+(?:with|to)|compares\s+with|versus|vs\.?|(?:up|down)\s+from)\s+(?:(?:only|just|some|about|"
        r"roughly|around|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$",
        re.I,
    ),
    "ru": re.compile(r"(?<!\w)(?:против|по\s+сравнению\s+с)\s+(?:(?:всего|лишь|около)\s+)?$", re.I),
}


def _set_against(sentence: str, rows: list[_Row], row: _Row, lang: str) -> bool:
    """Whether ``row``'s figure is set against another ("against just 62", "compares with 412 …
    and just 97"): right after the marker, or after "and" that follows a figure set against."""
    start = row["x"].m.start
    if _AGAINST_BEFORE[lang].search(sentence, max(0, start - 20), start):
        return True
    before = [r for r in rows if r["x"].m.end <= start]
    return (
        bool(before)
        and (
            _AND_ANOTHER_TIME.fullmatch(sentence, before[-1]["x"].m.end, start) is not None
            or _AND_ANOTHER_TIME_HEDGED.fullmatch(sentence, before[-1]["x"].m.end, start)
            is not None
        )
        and _set_against(sentence, rows, before[-1], lang)
    )


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
# "올해 들어서는 그 10분의 1 수준으로": "그", that figure, before a fraction of it
_KO_THAT_FIGURE = re.compile(r"(?<![^\s,])그\s?\d{1,2}\s?분의")
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
_WHOLE_YEAR_RU = re.compile(r"(?<!\w)(?:весь|целый|полный)(?!\w)", re.I)
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
        return bool(
            _KO_THIS_FIGURE.search(sentence[later[-1].end : c.start])
            # "…3천381명으로 줄었고, 올해 들어서는 그 10분의 1 수준으로": a fraction of "그",
            # the figure before, said after a later period is that later period's
            or (c.kind == "ratio" and _KO_THAT_FIGURE.search(sentence, later[-1].end, c.end))
        )
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
            lang in ("en", "ru")
            and row["unit"] == "persons"
            and not row["attached"]
            and prev["unit"] not in ("persons", "percent")
            and _set_against(sentence, rows, row, lang)
        ):
            # "entered Russia 4,102 times …, up from just over 300 in the first quarter": the
            # level set against, with no noun of its own, counts what the figure counts
            row["unit"] = prev["unit"]
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
        if (
            lang == "ru"
            and row["period"]
            and _is_year(row["period"])
            and prev["period"]
            and not _is_year(prev["period"])
            and (y0 := label_year(prev["period"]))
            and _ELIDED_OTHER_TIME.search(sentence, prev["x"].m.end, row["x"].m.start)
            # (not «а за весь 2019 год — около 3,2 тыс.»: the whole year)
            and not _WHOLE_YEAR_RU.search(sentence, prev["x"].m.end, row["x"].m.start)
        ):
            # «во втором квартале 2024 года … 2958, годом ранее — 226, а в 2019-м — 4716»: the
            # same quarter (or months) of the year named, as the list goes
            row["period"] = shift_label(prev["period"], int(row["period"]) - y0)
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
            if (
                not _inside_brackets(sentence, n.start)
                and (r["period"] is None or _inside_brackets(sentence, _period_start(periods, r)))
                # (not "97 a year earlier (the first quarter of 2023)": the bracket names the
                # figure's own period)
                and not (
                    (after := _BRACKETED_PERIOD_AFTER.match(sentence, n.end)) is not None
                    and _period_start(periods, r) == after.end()
                )
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
    # ("…减少至去年的不足400人": "至" as often as "到")
    r"增加至|增长至|增長至|上升至|下降至|减少至|減少至|"
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
_CUMULATIVE_ZH = re.compile(r"累计|累計")
# periods that run to a date themselves ("截至今年10月…累计"): a running total keeps them
_TO_DATE_KINDS = ("firstn", "firstq", "sinceyear", "sincemonth", "tonow", "ytd")
_LATER_TIME = {
    "ko": re.compile(r"(?<![가-힣\d])(?:그\s?후|그\s?뒤|이후|코로나\s?이후|현재|지금은)"),
    "zh": re.compile(
        r"疫情[后後]|此[后後]|之[后後]|其[后後]|[后後]来|[后後]來|随[后後]|隨[后後]|"
        r"如今|目前|现在|現在"
    ),
}


# "随后更新的数据", "随后将这一数字修正为": a later time right before a revision dates the
# revision, not the people counted (the revised figure counts the period named before)
_REVISED_AFTER_ZH = re.compile(
    r"[^，,。；;\d]{0,8}?(?:更新|修正|更正|修订|修訂|上调|上調|下调|下調|调整|調整|改为|改為)"
)


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
# "…, 대부분 노동자로 추정된다", "…, 이들 중 상당수는 …": a clause of who most of the people are
_KO_MOST_OF_THEM = re.compile(
    r"[,，]\s*(?:이들\s?(?:중|가운데)?\s?)?(?:대부분|대다수|상당수)(?:은|는|이|가)?\s"
)


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
