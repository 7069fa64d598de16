"""The counted nouns (units) and purposes a sentence names, as the claim readers take them.

``context`` finds the words; here, per sentence (cached: the same sentence is asked about for each
number and each clause), the mentions that name neither what a figure counts nor what people went
for are set aside (a disguise, a pretext, the visa people came on, a firm they work at), the
holders of a visa become the people its purpose names, and ``_first_unit_after`` reads the noun
right after a number, up to the end of its clause.
"""

from __future__ import annotations

import functools
import re

from sanctionwatch.claims import context

# Dashes do not end a clause: "из них 316 — на работу", "с целью учеба - 619" tie a figure to its
# purpose.
# "代表团46批、380人次": batches and people of one group, not two clauses
# ("study 1,204 | work 389": a chart's cells, one clause each)
# ("▲학업 1천2건 ▲업무 2천315건": the items of a Korean fact box, each its own clause; not "▲3%",
# a rise)
# ("유학 목적 전년 대비 2배↑…노동 목적은 6천여명": a headline's ellipsis joins two clauses)
# (not the enumeration comma inside a range of neighbour digits: "三、四百人" is one figure)
_CLAUSE = re.compile(
    r"[;，；|…]|(?<!批)(?<![一二两兩三四五六七八九])、"
    r"|(?<=[一二两兩三四五六七八九])、(?![二两兩三四五六七八九][十百千万萬])"
    r"|,(?!\d)|(?<!\d),|▲(?=\s?[^\d\s.])"
)


# ("的仅数十名": no numeral nor a verb of having between, the counter of a figure is no noun)
_ZH_VISA_HOLDERS_GAP = re.compile(
    r"的(?:(?![一二三四五六七八九十百千万萬亿億两兩数數几幾余餘多有仅僅只])[\u4e00-\u9fff]){0,4}"
)


# "… по учебным визам", "… on student visas": the noun after says how the people came
_BY_MEANS_OF = re.compile(r"(?<!\w)(?:по|on|with|using|under|holding)\s+(?:[\w-]+\s+)?$", re.I)


_VISA_MEANS_BEFORE = re.compile(
    r"(?:(?<!\w)по|\bon|\bwith|\bunder|\bholding)\s+(?:[\w-]+\s+){0,2}$", re.I
)


# Mentions are found once per sentence and then filtered by position: sentences are short, and
# the same sentence is asked about many times (each number, each clause).
_VISA_HELD_BEFORE = re.compile(r"持|获发|獲發|获颁|獲頒|获得|獲得|取得|拿到")


_KO_VISA_MEANS_AFTER = re.compile(r"(?:으로|로|를\s?(?:받|발급받|소지))")
# "현지 업체 사람들이 그러더라고요", "업체 관계자는": the people of a firm who speak; the firm is
# not what a figure counts
_FIRMS_PEOPLE_AFTER = re.compile(r"\s?(?:사람|관계자|측|대표|직원)")
# "현지 건설업체 15곳에 분산 배치": firms counted in places ("곳", "개") are where people went,
# not what a figure or a change in the sentence counts
_FIRMS_COUNTED_AFTER = re.compile(r"\s?\d[\d,]*\s?(?:여\s?)?(?:곳|개)")
# "在丹东服装加工企业务工的朝方人员": a firm followed by a verb of work is where people work, not
# what a figure counts
_WORK_AT_FIRM_AFTER_ZH = re.compile(r"务工|務工|工作|打工|上班|做工")


# a disguise: "노동자 500명을 유학생으로 위장해", "伪装成留学生的劳工": the noun they pass as
# names neither what is counted nor what they went for
_DISGUISE_GATE = {"ko": ("위장", "가장해"), "zh": ("伪装", "偽裝", "假扮", "冒充")}
_DISGUISED_AS = {
    "ko": re.compile(r"\s?(?:신분\s?)?(?:으로|로)\s?(?:위장|가장해)"),
    "zh": re.compile(r"(?:伪装成|偽裝成|伪装为|偽裝為|假扮成|假扮为|假扮為|冒充)\s?$"),
}


def _disguised(
    sentence: str, ms: tuple[context.Mention, ...], lang: str
) -> tuple[context.Mention, ...]:
    """``ms`` without the nouns a disguise names (see ``_DISGUISED_AS``)."""
    gate = _DISGUISE_GATE.get(lang)
    if gate is None or not any(w in sentence for w in gate):
        return ms
    if lang == "ko":
        return tuple(m for m in ms if not _DISGUISED_AS["ko"].match(sentence, m.end))
    return tuple(
        m for m in ms if not _DISGUISED_AS["zh"].search(sentence, max(0, m.start - 4), m.start)
    )


_AIM_OF_BEFORE = re.compile(r"(?<!\w)цел\w*\s+$", re.I)
_OF_THE_CATEGORY = re.compile(r",\s+a\s+category\s+(?:that|which)\b[^,;]*$")
_VISA_FREE_AFTER = re.compile(r"-(?:free|exempt|waiver)\b", re.I)


_NEGATED_BEFORE = {
    "en": re.compile(
        r"\b(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from)\s+(?:[a-z]+\s+)?$", re.I
    ),
    "ru": re.compile(r"(?<!\w)(?:кроме|за\s+исключением|помимо)\s+(?:[а-яё]+\s+)?$", re.I),
}


# («еще 212 имеют рабочие визы»: the same in Russian)
_HELD_BEFORE = re.compile(
    r"\s+(?:held|hold|holding|had|carried|имеют|имели|имеет|имел[аио]?)\s+(?:[\w-]+\s+)?", re.I
)


@functools.lru_cache(maxsize=512)
def _units(sentence: str, lang: str) -> tuple[context.Mention, ...]:
    ms = _disguised(sentence, tuple(context.units_in(sentence, lang)), lang)
    if lang == "ru" and "цел" in sentence:
        # «указали целью поездки учебу»: the purpose of the trip, not trips counted
        ms = tuple(
            m for m in ms if not _AIM_OF_BEFORE.search(sentence, max(0, m.start - 12), m.start)
        )
    if lang == "en" and ", a category" in sentence:
        # '1,240 listed "study", a category that officials say is used to route labourers':
        # what is said of the category is not what the figure counts
        ms = tuple(m for m in ms if not _OF_THE_CATEGORY.search(sentence, 0, m.start))
    if lang == "ko" and any(m.key == "other" for m in ms):
        ms = tuple(
            m
            for m in ms
            if not (
                m.key == "other"
                and (
                    _FIRMS_PEOPLE_AFTER.match(sentence, m.end)
                    or _FIRMS_COUNTED_AFTER.match(sentence, m.end)
                )
            )
        )
    if lang == "zh" and any(m.key == "other" for m in ms):
        ms = tuple(
            m
            for m in ms
            if not (m.key == "other" and _WORK_AT_FIRM_AFTER_ZH.match(sentence, m.end))
        )
    if lang in ("en", "ru") and any(m.key == "visas" for m in ms):
        # «по рабочим визам въехали 640 северокорейцев — против 95», "entered on work visas":
        # the visa is how people came; where the sentence counts people, it is not the noun
        # ("visa-free entry", «безвизовый»: no visa at all)
        ms = tuple(
            m
            for m in ms
            if not (
                m.key == "visas"
                and (
                    (
                        _VISA_MEANS_BEFORE.search(sentence, max(0, m.start - 25), m.start)
                        and any(o.key != "visas" for o in ms)
                    )
                    or _VISA_FREE_AFTER.match(sentence, m.end)
                )
            )
        )
    if lang == "ko" and any(m.key == "visas" for m in ms):
        # "노동자 수천 명이 학생·연수생 비자로 러시아에 들어가": the visa people came on is how
        # they came; where the sentence counts people, it is not the noun
        ms = tuple(
            m
            for m in ms
            if not (
                m.key == "visas"
                and (means := _KO_VISA_MEANS_AFTER.match(sentence, m.end)) is not None
                # ("6천여 명은 학생 비자로 입국한": people who came on it, counted in 명; not
                # "노동허가를 받은 인원": the holders, read below)
                and any(
                    o.key != "visas" and (o.key != "persons" or means.group().endswith("로"))
                    for o in ms
                )
            )
        )
        if any(w in sentence for w in _KO_HOLDERS_GATE):
            # "노동 비자 소지자는 2천100여 명": holders of a visa are people, the ones the visa's
            # purpose names (work visas: workers; study visas: students)
            ms = tuple(
                m._replace(key=_holders_of(sentence, m))
                if m.key in ("visas", "persons")
                and sentence[m.end - 2 : m.end] in _KO_VISA_WORDS
                and _KO_HOLDERS_AFTER.match(sentence, m.end)
                else m
                for m in ms
            )
    if lang == "zh" and any(m.key == "visas" for m in ms):
        # "持工作签证的朝鲜人": the people who hold a work visa (the visa, then "的", then their
        # noun) are workers, as ko "노동 비자 소지자"; not "持工作签证入境的朝鲜人" (people who
        # came on it: a verb stands between). A visa only: holders of a work permit stay people
        # ("在俄持有效工作许可的朝鲜公民不足300人", as the earlier gold sets label them)
        held = [
            m
            for m in ms
            if m.key == "visas"
            and sentence[m.end - 2 : m.end] in ("签证", "簽證")
            and sentence.startswith("的", m.end)
            and _VISA_HELD_BEFORE.search(sentence, max(0, m.start - 6), m.start)
        ]
        out = []
        for o in ms:
            # (the noun right after "的", a nationality at most between: not the counter of a
            # figure after it, "其中持工作签证的有1403人")
            v = next(
                (v for v in held if _ZH_VISA_HOLDERS_GAP.fullmatch(sentence, v.end, o.start)), None
            )
            out.append(
                o._replace(key=_holders_of(sentence, v, lang)) if o.key == "persons" and v else o
            )
        ms = tuple(out)
    if lang == "zh":
        # "持工作许可的朝鲜劳工": a permit or visa before "的" describes the people noun after it
        ms = tuple(
            m
            for m in ms
            if not (
                m.key == "visas"
                and sentence.startswith("的", m.end)
                and any(o.key != "visas" and 0 <= o.start - m.end <= 8 for o in ms)
            )
            # "持工作签证入境俄罗斯的朝鲜公民": the visa they hold describes the people after it
            # (as does one they were issued: "獲發學生簽證入境的北韓公民")
            and not (
                m.key == "visas"
                and _VISA_HELD_BEFORE.search(sentence, max(0, m.start - 4), m.start)
                and any(o.key != "visas" and 0 < o.start - m.end <= 16 for o in ms)
            )
        )
    if lang == "zh" and any(w in sentence for w in _WORKING_GATE_ZH):
        # "在俄羅斯各地建築工地工作的北韓人": people described as working there are workers; so
        # are those "在老挝务工的朝鲜人" (labouring in a place; not "入境阿联酋务工的": who came
        # to work, entrants)
        ms = tuple(
            m._replace(key="workers")
            if m.key == "persons"
            and (
                _WORKING_BEFORE.search(sentence, max(0, m.start - 20), m.start)
                or _LABOURING_AT_BEFORE.search(sentence, max(0, m.start - 34), m.start)
            )
            # a counter with its own people noun after it is read by that noun ("在工地务工的
            # 27名朝鲜公民": citizens)
            and not (
                _NUMBER_RIGHT_BEFORE.search(sentence, max(0, m.start - 4), m.start)
                and any(o.start >= m.end and o.start - m.end <= 4 for o in ms)
            )
            else m
            for m in ms
        )
    if lang == "zh" and any(w in sentence for w in _STUDYING_GATE_ZH):
        # ("在高校就读的1452人": as those who work there are workers, with no noun but the
        # counter or a bare people noun)
        ms = tuple(
            m._replace(key="students")
            if m.key == "persons"
            and _STUDYING_AT_BEFORE.search(sentence, max(0, m.start - 34), m.start)
            and not (
                _NUMBER_RIGHT_BEFORE.search(sentence, max(0, m.start - 4), m.start)
                and any(o.start >= m.end and o.start - m.end <= 4 for o in ms)
            )
            else m
            for m in ms
        )
    if lang == "zh" and "私人" in sentence:
        # "私人 187", "以私人目的": the purpose "private", not a noun of people
        ms = tuple(
            m
            for m in ms
            if not (
                m.key == "persons"
                and sentence[m.start : m.end] == "人"
                and m.start > 0
                and sentence[m.start - 1] == "私"
            )
        )
    if lang in _PRETEXT_AFTER and _PRETEXT_GATE[lang] in sentence:
        # "유학생 명목으로 입국한 인원": the noun before "under the name of" is the pretext they
        # came under (its purpose), not what is counted
        ms = tuple(m for m in ms if not _PRETEXT_AFTER[lang].match(sentence, m.end))
    return ms


# "비자 소지자", "비자 보유자": the holders of a visa
# ("노동허가를 받은 인원은 2천300명": the people who got a permit are its holders too)
_KO_HOLDERS_GATE = ("소지자", "보유자", "소지 주민", "받은", "취득한", "소지한", "보유한")
_KO_HOLDERS_AFTER = re.compile(
    r"\s?(?:소지자|보유자|소지\s?주민)|\s?(?:을|를)\s?(?:발급\s?)?(?:받은|취득한|소지한|보유한)\s?"
    r"(?:인원|사람|주민|북한인|북한\s?주민|이들)"
)
# the words a visa or permit ends on ("노동 비자", "노동허가", "취업 사증")
_KO_VISA_WORDS = ("비자", "허가", "사증")
# the people a visa's purpose makes its holders
_HOLDER_UNIT = {"work": "workers", "study": "students"}


def _holders_of(sentence: str, visa: context.Mention, lang: str = "ko") -> str:
    """The unit of the holders of ``visa``: that of its purpose, if named right before it or
    in it ("노동 비자", "유학 비자", "工作签证"), else people."""
    ps = [
        p
        for p in context.purposes_in(sentence, lang)
        if p.start < visa.end and visa.start - p.end <= 2
    ]
    return _HOLDER_UNIT.get(ps[-1].key, "persons") if ps else "persons"


# "工作的北韓人", "工作的朝鲜公民": "who work (there)" right before a people noun (at most a
# nationality between); or with no noun but the counter after the number ("在矿山工作的约900人":
# those who work there, about 900 of them)
_COUNT_BEFORE_COUNTER = r"(?:[^\d，,。；;的]{0,4}?\d[\d,.]*\s?(?:万|萬|千)?(?:余|餘|多)?)?"
# a number right before a counter ("27名", "400余名")
_NUMBER_RIGHT_BEFORE = re.compile(r"\d\s?(?:万|萬|千)?(?:余|餘|多)?\s?$")
_WORKING_BEFORE = re.compile(r"工作的[^\d，,。；;的]{0,4}" + _COUNT_BEFORE_COUNTER + "$")
# "在俄务工的朝鲜人", "在中国打工的朝鲜公民": "who labour in (a place)", 在 and the place before the
# verb, right before a people noun (or before the number and its counter: "在农场务工的约600人")
# ("持劳动合同务工的9874人", "持工作许可打工的朝鲜人": labouring under a contract or permit they
# hold; not "持工作签证入境务工的": who came to work, entrants)
_LABOURING_AT_BEFORE = re.compile(
    r"(?:在[^\d，,。；;的]{1,12}|持(?:有)?[^\d，,。；;的入赴来來到抵]{1,10})(?:务工|務工|打工)的"
    r"[^\d，,。；;的]{0,4}" + _COUNT_BEFORE_COUNTER + "$"
)
_WORKING_GATE_ZH = ("工作的", "务工的", "務工的", "打工的")
# "在高校就读的1452人", "在俄学习的约300人": those who study in a place are students (not "赴俄留学
# 的": who went to study, entrants)
_STUDYING_AT_BEFORE = re.compile(
    r"在[^\d，,。；;的]{1,12}(?:就读|就讀|学习|學習|留学|留學|求学|求學|进修|進修)的"
    r"[^\d，,。；;的]{0,4}" + _COUNT_BEFORE_COUNTER + "$"
)
_STUDYING_GATE_ZH = (
    "就读的",
    "就讀的",
    "学习的",
    "學習的",
    "留学的",
    "留學的",
    "求学的",
    "求學的",
    "进修的",
    "進修的",
)
_PRETEXT_GATE = {"ko": "명목", "zh": "名"}
_PRETEXT_AFTER = {
    "ko": re.compile(r"\s?명목"),
    "zh": re.compile(r"[」”\"』]?\s?(?:名义|名義)"),
}


@functools.lru_cache(maxsize=512)
def _purposes(sentence: str, lang: str) -> tuple[context.Mention, ...]:
    ms = _disguised(sentence, tuple(context.purposes_in(sentence, lang)), lang)
    if ms and lang in _NEGATED_BEFORE:
        # "for purposes other than military service", «кроме учебы»: not the figure's purpose
        ms = tuple(
            m
            for m in ms
            if not _NEGATED_BEFORE[lang].search(sentence, max(0, m.start - 30), m.start)
        )
    if ms and lang in ("ko", "zh"):
        # "외교 소식통들은 … 종업원 등 수백 명", "노동부는": the word names who speaks
        ms = tuple(m for m in ms if not context.speaker_after_purpose(sentence, m.end, lang))
    if ms and lang == "ko":
        # "북한 노동자가 많이 파견되는 또 다른 지역인 아무르주에서는 … 입국 건수가": a clause that
        # describes a place by who is sent there names no purpose of the figure counted there
        ms = tuple(m for m in ms if not _KO_PLACE_DESCRIBED_AFTER.match(sentence, m.end))
    return ms


# the rest of a Korean clause that ends on a place it describes ("…가 많이 파견되는 또 다른
# 지역인", "…이 일하는 곳인"), with no comma or figure between
_KO_PLACE_DESCRIBED_AFTER = re.compile(
    r"[^,.;\d]{0,25}?(?:는|된|한)\s(?:또\s?다른\s|대표적인\s|주요\s)?"
    r"(?:지역|곳|도시|나라|국가|지방)(?:인|이자|으로\s?꼽히는)\s"
)


def _within(ms: tuple[context.Mention, ...], a: int, b: int) -> list[context.Mention]:
    return [m for m in ms if a <= m.start < b]


def _first_unit_after(
    sentence: str, pos: int, lang: str, window: int = 40
) -> context.Mention | None:
    end = min(len(sentence), pos + window)
    cut = _CLAUSE.search(sentence, pos, end)  # stop at a clause boundary
    if cut:
        end = cut.start()
    units = _within(_units(sentence, lang), pos, end)
    if not units:
        return None
    u = units[0]
    for nxt in units[1:] if lang == "en" else ():
        if nxt.start - u.end > 1:
            break
        # "student visas": in English the last noun is what is counted (in Russian the first:
        # «въездов граждан» counts entries)
        u = nxt
    # only adjectives/demonyms between the number and its noun: no verb in between
    if lang in ("en", "ru") and u.start > pos and len(sentence[pos : u.start].split()) > 3:
        return None
    if u.start > pos and _BY_MEANS_OF.search(sentence, pos, u.start):
        # "1 100 прибыли по учебным визам", "arrived on student visas": people who came so
        return context.Mention(u.start, u.end, "persons")
    if u.key == "visas" and u.start > pos and _HELD_BEFORE.fullmatch(sentence, pos, u.start):
        # "1,090 held work visas": the holders are counted, workers on a work visa (people on
        # any other)
        work = any(p.key == "work" for p in _purposes(sentence[u.start : u.end], lang))
        return context.Mention(u.start, u.end, "workers" if work else "persons")
    return u
