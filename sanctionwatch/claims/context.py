"""What a number in a sentence is about: counted noun (unit), purpose, countries, attribution.

Each reader is a pure function over a sentence (or one clause of it) and a position; the word
lists are data in ``claims/vocab/`` (units, purposes, places, attributions, filters).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from sanctionwatch.claims import lexicon


class Mention(NamedTuple):  # a tuple: built by the thousand, cheap to make
    start: int
    end: int
    key: str  # unit name, purpose, country code or canonical attribution
    role: str = ""  # places: "people" (nationals: origin), "name" or "place"


@functools.cache
def _units(lang: str) -> tuple[lexicon.TermMatcher, dict[str, str | None]]:
    data = lexicon.load("units")
    pairs = [(t, k) for k, v in data.items() for t in lexicon.terms(v, lang)]
    purposes = {k: (v.get("purpose") if isinstance(v, dict) else None) for k, v in data.items()}
    return lexicon.TermMatcher(pairs, lang), purposes


@functools.cache
def _purposes(lang: str) -> lexicon.TermMatcher:
    data = lexicon.load("purposes")
    return lexicon.TermMatcher(
        [(t, k) for k, v in data.items() for t in lexicon.terms(v, lang)], lang
    )


@functools.cache
def _places(lang: str) -> lexicon.TermMatcher:
    data = lexicon.load("places")
    pairs: list[tuple[str, str]] = []
    # nationals first: a term listed both ways is read as nationals
    for role, field in (("people", "people"), ("place", "places"), ("name", "names")):
        for code, entry in data.items():
            pairs.extend((t, f"{code}|{role}") for t in lexicon.terms(entry.get(field) or {}, lang))
    return lexicon.TermMatcher(pairs, lang)


@functools.cache
def _attributions(lang: str) -> lexicon.TermMatcher:
    data = lexicon.load("attributions")
    pairs = [(t, k) for k, v in data.items() for t in lexicon.terms(v, lang)]
    if lang != "en":  # Latin acronyms (FSB, RFA) appear in every language
        pairs += [(t, k) for k, v in data.items() for t in lexicon.terms(v, "en")]
    # English acronyms are matched in capitals only ("NIS" is not "this")
    return lexicon.TermMatcher(pairs, lang, ignore_case=lang != "en")


def _scan(matcher: lexicon.TermMatcher, text: str) -> list[Mention]:
    return [Mention(a, b, k) for a, b, k in matcher.find(text)]


def units_in(sentence: str, lang: str) -> list[Mention]:
    return _scan(_units(lang)[0], sentence)


@functools.cache
def _cell_labels() -> dict[str, str]:
    data = lexicon.load("purposes")
    return {
        str(t).lower(): k
        for k, v in data.items()
        if isinstance(v, dict)
        for t in v.get("cell_en") or ()
    }


_CELL = re.compile(r"[\s:(]*(?P<l>[A-Za-z][A-Za-z ]{1,30}?)\s+$")
_CELL_END = re.compile(r"\s*[);.]*\s*$")


def table_cell_purpose(clause: str, pos: int, end: int) -> str | None:
    """The purpose a table cell's bare label gives the figure at [pos, end) of ``clause`` (English):
    "official 1,618", "private 947" between the cell separators, nothing else in the cell."""
    m = _CELL.fullmatch(clause, 0, pos)
    if m is None or not _CELL_END.fullmatch(clause, end):
        return None
    return _cell_labels().get(m["l"].lower())


def unit_purpose(unit: str, lang: str) -> str | None:
    return _units(lang)[1].get(unit)


def purposes_in(sentence: str, lang: str) -> list[Mention]:
    return _scan(_purposes(lang), sentence)


# Korean headline abbreviations of country names: "北 유학생 러 입국", "北 노동자 中行", "北·러",
# "北, 러에 병력 파병" (with the particle "에": to Russia). Only standalone (not after a Hangul or
# Han character, and followed by a space, punctuation, "에" or a movement word), never inside a
# word ("남북", "달러에"). "北노동자": a headline glues the abbreviation to the people noun too.
# "북→러 입국", "北→中": before an arrow (a post's shorthand for a flow) the Hangul "북" too,
# and after one "중" alone ("북→중": to China)
_KO_ABBREV = re.compile(
    r"(?<![가-힣\u4e00-\u9fff])(?:(?P<c>北|中|러)"
    r"(?=[\s·,.…'\"‘’“”\]\)]|行|에|입국|파견|$|->|→|(?<=北)(?:노동자|근로자|주민|유학생|국적자|병력))"
    r"|(?P<n>북)(?=\s?(?:->|→))|(?<=[→>])(?P<z>중)(?![가-힣]))"
)
# "人数", "人次": after a country, "人" opens "the number of people", not "Russians"
_ZH_NUMBER_OF = re.compile(r"人(?:数|數|次)")
_KO_ABBREV_CODE = {"北": "KP", "中": "CN", "러": "RU"}


def places_in(sentence: str, lang: str) -> list[Mention]:
    out = []
    for a, b, k in _places(lang).find(sentence):
        code, _, role = k.partition("|")
        if role == "people" and lang == "zh" and _ZH_NUMBER_OF.match(sentence, b - 1):
            role = "place"  # "入境俄罗斯人数": the number of people entering Russia
        out.append(Mention(a, b, code, role))
    if ">" in sentence or "→" in sentence:
        out = _flow_arrows(sentence, out)
    if lang == "en" and "of them" in sentence:
        # "60 people on three sites, all of them Mongolian now": whose nationals they are
        out = [
            x._replace(role="people")
            if x.role == "name" and _ALL_OF_THEM.search(sentence, max(0, x.start - 20), x.start)
            else x
            for x in out
        ]
    if lang == "en":
        # "DPRK entries to RU hit 9.8k": a country's ISO code in capitals after a movement word
        for m in _CODE_AFTER_MOVE.finditer(sentence):
            if m["c"] in _place_codes() and not any(x.start <= m.start("c") < x.end for x in out):
                out.append(Mention(m.start("c"), m.end("c"), m["c"], "name"))
                out.sort(key=lambda x: x.start)
    if lang in ("ko", "zh") and any(ch in sentence for ch in "-–—"):
        out = _route_ends_dropped(sentence, out)
    if lang == "ko" and _KO_INSTITUTE.search(sentence):
        # "한국북방연구소(KNSI) 연구위원": a country glued to the start of an institute's name is
        # part of the name, not a place
        out = [x for x in out if not _KO_INSTITUTE.match(sentence, x.end)]
    if lang == "ko" and any(ch in sentence for ch in "北中러북"):
        added = False
        for m in _KO_ABBREV.finditer(sentence):
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                code = _KO_ABBREV_CODE[m["c"]] if m["c"] else "KP" if m["n"] else "CN"
                out.append(Mention(m.start(), m.end(), code, "name"))
                added = True
        out.sort(key=lambda x: x.start)
        if added and ("→" in sentence or "->" in sentence):
            # "북→러": the abbreviation before the arrow sends its nationals
            out = _flow_arrows(sentence, out)
    return out


# "평양-블라디보스토크 직항 노선이 주 4회로", "平壤—符拉迪沃斯托克航线": two places joined by a
# dash before a word for a route, flight or train name the route, not where people went
_ROUTE_DASH = re.compile(r"\s?[-–—]\s?")
_ROUTE_AFTER = re.compile(
    r"\s?(?:간\s?)?(?:직항|노선|항로|항공편|정기편|열차|국제열차|航线|航線|直航|航班|列车|列車|班列)"
)


def _route_ends_dropped(sentence: str, out: list[Mention]) -> list[Mention]:
    drop: set[int] = set()
    for a, b in itertools.pairwise(out):
        if _ROUTE_DASH.fullmatch(sentence, a.end, b.start) and _ROUTE_AFTER.match(sentence, b.end):
            drop.update((id(a), id(b)))
    return [x for x in out if id(x) not in drop] if drop else out


_KO_INSTITUTE = re.compile(r"[가-힣]{1,6}?(?:연구소|연구원|연구센터|학회|협회|재단)(?![가-힣])")


_ALL_OF_THEM = re.compile(r"\b(?:all|most|both|many)\s+of\s+them\s+$", re.I)
# "DPRK->RU entries", "KP → RU": a flow written as an arrow between two countries, the second
# often as its ISO code in capitals
_ARROW = re.compile(r"\s?(?:->|→|=>|>)\s?")
_CODE_AFTER_MOVE = re.compile(
    r"\b(?:to|into|entering|entered|entries\s+in|arrivals\s+in)\s+(?P<c>(?-i:[A-Z]{2}))\b(?![.-]\w)"
)
_ISO_PAIR = re.compile(r"\b(?P<a>[A-Z]{2})\s?(?:->|→|=>|>)\s?(?P<b>[A-Z]{2})\b")
_ISO_AFTER = re.compile(r"\s?(?:->|→|=>|>)\s?(?P<c>[A-Z]{2})\b")


@functools.cache
def _place_codes() -> frozenset[str]:
    return frozenset(lexicon.load("places"))


def _flow_arrows(sentence: str, found: list[Mention]) -> list[Mention]:
    """The country before an arrow sends its nationals; the one after it (a name or an ISO code)
    is where they go."""
    out = list(found)
    for i, m in enumerate(found):
        arrow = _ARROW.match(sentence, m.end)
        if arrow is None or m.role == "people":
            continue
        nxt = [x for x in found if x.start == arrow.end()]
        iso = _ISO_AFTER.match(sentence, m.end)
        if nxt or (iso is not None and iso["c"] in _place_codes() and iso["c"] != m.key):
            out[i] = m._replace(role="people")
            if not nxt and iso is not None:
                out.append(Mention(iso.start("c"), iso.end("c"), iso["c"], "name"))
    for pair in _ISO_PAIR.finditer(sentence):
        a, b = pair["a"], pair["b"]
        codes = _place_codes()
        if (
            a in codes
            and b in codes
            and a != b
            and not any(x.start < pair.end() and pair.start() < x.end for x in out)
        ):
            out.append(Mention(pair.start("a"), pair.end("a"), a, "people"))
            out.append(Mention(pair.start("b"), pair.end("b"), b, "name"))
    out.sort(key=lambda x: x.start)
    return out


@functools.lru_cache(maxsize=256)
def attributions_in(sentence: str, lang: str) -> tuple[Mention, ...]:
    # cached: the observer filter and the attribution reader both ask about the same sentence
    return tuple(_scan(_attributions(lang), sentence))


@functools.cache
def _filters(lang: str) -> dict[str, lexicon.Caseless]:
    data = lexicon.load("filters")
    # case-insensitive: written in lower case so that they run over lower-cased text
    ref_terms = [t.lower() for t in lexicon.terms(data.get("reference_before", {}), lang)]
    ref = lexicon.reversed_alternation(ref_terms, lang, stem=lang == "ru")
    after_terms = [t.lower() for t in lexicon.terms(data.get("not_counted_after", {}), lang)]
    if lang in lexicon.SPACED:
        after = lexicon.alternation(after_terms, lang, stem=lang == "ru")
        after_src = r"^[\s\u00a0-]*" + after
    else:
        after = (
            "(?:" + "|".join(re.escape(t) for t in sorted(after_terms, key=len, reverse=True)) + ")"
        )
        # "400여 대", "200余艘": the "about/over" mark may come between the number and the counter
        # ("两三百号人": "号" before "人" counts people, it is not a date or a number)
        after_src = r"^\s?(?!(?:余|餘|多)?[号號]人)(?:여\s?|余|餘|多)?" + after
    out = {
        # matched against the REVERSED text before the number (see reversed_alternation); an
        # opening quote may stand between ("回复“1”获取链接": a code to type)
        "ref": lexicon.Caseless(r"[\s\u00a0]*(?:\.?on|№|#|[“\"「『‘'])?[\s\u00a0]*" + ref),
        "after": lexicon.Caseless(after_src),
    }
    if lang in lexicon.SPACED:
        not_count = [t.lower() for t in lexicon.terms(data.get("not_a_count_before", {}), lang)]
        out["not_count"] = lexicon.Caseless(
            r"[\s\u00a0]*" + lexicon.reversed_alternation(not_count, lang, stem=False)
        )
        verbs = [t.lower() for t in lexicon.terms(data.get("capacity_verbs", {}), lang)]
        out["cap_verb"] = lexicon.Caseless(
            r"[\s\u00a0]*" + lexicon.reversed_alternation(verbs, lang, stem=False)
        )
        places = [t.lower() for t in lexicon.terms(data.get("capacity_places", {}), lang)]
        out["cap_place"] = lexicon.Caseless(lexicon.alternation(places, lang))
        cap = [t.lower() for t in lexicon.terms(data.get("capacity_after", {}), lang)]
        # "на 250 мест", "for 300 beds" (a scale word may come between: «на 2 тыс. мест»)
        out["capacity"] = lexicon.Caseless(
            r"^[\s\u00a0]*(?:(?:тыс|млн|thousand|million)\.?[\s\u00a0]*)?"
            + lexicon.alternation(cap, lang, stem=False)
        )
    return out


@functools.cache
def _word_filters(lang: str) -> dict[str, lexicon.TermMatcher]:
    data = lexicon.load("filters")
    return {
        name: lexicon.TermMatcher(
            [(t, name) for t in lexicon.terms(data.get(name, {}), lang)], lang
        )
        for name in ("not_a_flow", "things_after")
    }


@functools.cache
def resolution_numbers() -> frozenset[float]:
    """The DPRK sanctions resolutions' numbers (``resolution_numbers`` in filters.yaml)."""
    return frozenset(float(n) for n in lexicon.load("filters").get("resolution_numbers") or ())


def is_reference(prefix: str, lang: str) -> bool:
    """True when the text before a number makes it a reference ("resolution 2397", "제8조")."""
    return bool(_filters(lang)["ref"].match(prefix[-30:][::-1]))


_HEDGE_END = re.compile(
    r"(?:\b(?:some|about|around|roughly|nearly|almost|up\s+to|over|more\s+than)|(?<!\w)(?:около|почти|до|более|свыше))[\s\u00a0]+$",
    re.I,
)
_CAPACITY_PREP = re.compile(r"(?<!\w)(?:на|for)[\s\u00a0]+$", re.I)


def not_a_count(prefix: str, suffix: str, lang: str) -> bool:
    """True when the words around a number make it an average ("on average 25"), a capacity
    ("the dormitory houses 1,200", «на 250 мест») or a community counting itself («нас уже 48
    тысяч»), not a count of people who came (en/ru). ``prefix`` is the text before the number
    (at least 100 characters where there are), ``suffix`` the text after it."""
    f = _filters(lang)
    if "not_count" not in f:
        return False
    # ("dormitory space for some 11,000 residents", "a city of about 2.2 million people": a
    # hedge may stand between)
    bare = _HEDGE_END.sub("", prefix[-40:])
    if f["not_count"].match(prefix[-30:][::-1]) or f["not_count"].match(bare[-30:][::-1]):
        return True
    if f["cap_verb"].match(bare[-30:][::-1]) and f["cap_place"].search(prefix[-100:]):
        return True
    return bool(_CAPACITY_PREP.search(prefix[-6:]) and f["capacity"].match(suffix[:30]))


def not_counted_after(suffix: str, lang: str) -> bool:
    """True when the word after a number counts time, distance or things, not people or money."""
    return bool(_filters(lang)["after"].match(suffix[:30]))


@functools.cache
def _cases_of_things(lang: str) -> re.Pattern[str] | None:
    terms = lexicon.terms(lexicon.load("filters").get("cases_of_things", {}), lang)
    if not terms:
        return None
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    # the noun, then a space or a particle-free gap and an "about" word at most ("법안 약 3"); or
    # the noun as the clause's topic, a few words before ("교류 협정만 해도 지난해 한 해에 9건",
    # "협정은 올해 12건"; the gap is checked for people nouns)
    return re.compile(
        r"(?:" + alt + r")(?:\s?(?:약\s?|총\s?|모두\s?)?|(?:들)?(?:은|는|도|만\s?해도|만도)"
        r"(?P<gap>\s[^,.;:\d]{0,20}?))$"
    )


def counts_cases_of_things(before: str, lang: str) -> bool:
    """True when the noun right before a number counted in "건" is a thing ("법안 4건"), or the
    topic of its clause with no people, purpose or flow named between ("협정만 해도 지난해
    9건")."""
    rx = _cases_of_things(lang)
    m = rx.search(before) if rx is not None else None
    if m is None or not m.group("gap"):
        return m is not None
    # ("보고서는 이 중 '유학' 목적 입국이 9천 건": the report speaks, the entries are counted)
    gap = m.group("gap")
    return not (units_in(gap, lang) or purposes_in(gap, lang) or _KO_FLOW_WORD.search(gap))


_KO_FLOW_WORD = re.compile(r"입국|출국|입경|출경|방문|파견|체류|송출")


@functools.cache
def _thing_counters(lang: str) -> re.Pattern[str] | None:
    terms = lexicon.terms(lexicon.load("filters").get("thing_counters", {}), lang)
    if not terms:
        return None
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    # (the "about/over" mark may come between: "400여 대", "200余艘")
    return re.compile(r"\s?(?:여\s?|余|餘|多)?(?:" + alt + ")")


def counts_things(sentence: str, end: int, lang: str) -> bool:
    """True when the number ending at ``end`` counts vehicles or goods ("300대", "280万吨")."""
    rx = _thing_counters(lang)
    return rx is not None and rx.match(sentence, end) is not None


def thing_after(segment: str, lang: str) -> int | None:
    """Where in ``segment`` (the few words after a number) a counted thing is named, or None."""
    m = _word_filters(lang)["things_after"].search(segment)
    return m[0] if m else None


@functools.cache
def _indefinite_speaker(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("filters").get("indefinite_speaker") or {}).get(lang)
    if not data:
        return None
    speakers = "|".join(re.escape(str(w)) for w in sorted(data["speakers"], key=len, reverse=True))
    verbs = "|".join(re.escape(str(w)) for w in sorted(data["verbs"], key=len, reverse=True))
    # the counter, at most a short affiliation ("俄罗斯", "熟悉情况的"), the noun, then the verb
    # after at most a few words of whom to or when ("向本报透露", "去年接受采访时说", "近日表示"),
    # or the event it spoke at ("在东方经济论坛期间表示": an event's name runs longer); the day
    # it spoke may come first ("一名网友5月3日在抖音发布视频称")
    return re.compile(
        rf"[名位个個][^，,。；;\d]{{0,10}}?(?:{speakers})"
        r"(?:(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号號])?"
        rf"(?:在[^，,。；;\d]{{1,16}}?(?:期间|期間|时|時|会上|會上|上))?"
        rf"[^，,。；;\d]{{0,8}}?(?:{verbs})"
    )


def indefinite_speaker(sentence: str, end: int, lang: str) -> bool:
    """True when "one" ending at ``end`` is the indefinite article of a source that speaks
    ("一名俄罗斯官员说"), not a count of one person."""
    rx = _indefinite_speaker(lang)
    return rx is not None and rx.match(sentence, end) is not None


@functools.cache
def _speaker_after_purpose(lang: str) -> re.Pattern[str] | None:
    terms = lexicon.terms(lexicon.load("filters").get("speaker_after_purpose", {}), lang)
    if not terms:
        return None
    alt = "|".join(re.escape(str(t)) for t in sorted(terms, key=len, reverse=True))
    return re.compile(r"\s?(?:" + alt + ")")


def speaker_after_purpose(sentence: str, end: int, lang: str) -> bool:
    """True when the purpose word ending at ``end`` is part of the name of a body or a source
    ("외교 소식통들은", "노동부는"), not why people travel."""
    rx = _speaker_after_purpose(lang)
    return rx is not None and rx.match(sentence, end) is not None


def not_a_flow(clause: str, lang: str) -> bool:
    return _word_filters(lang)["not_a_flow"].search(clause) is not None


@functools.cache
def counts_into(source: str | None) -> str | None:
    """The country a source counts arrivals into (``counts_into`` in attributions.yaml), if any."""
    data = lexicon.load("attributions")
    entry = data.get(source) if source else None
    if entry is None and source:
        # "MVD Primorsky Krai": a regional branch counts where its body does
        body = next((k for k in data if source.startswith(k + " ")), None)
        entry = data.get(body) if body else None
    code = entry.get("counts_into") if isinstance(entry, dict) else None
    return str(code) if code else None


@functools.cache
def observer_sources() -> frozenset[str]:
    """Canonical names of sources that watch a flow from outside it (``filters.yaml``)."""
    return frozenset(str(x) for x in lexicon.load("filters").get("observer_sources") or [])


def scope_origins() -> frozenset[str]:
    data = lexicon.load("filters")
    return frozenset(str(x) for x in (data.get("scope", {}) or {}).get("origins") or [])


# Attribution phrases when no known agency is named: the words after "according to".
_ATTR_RAW = {
    "en": re.compile(
        r"(?:according to|data from|figures from|statistics from|cited by|citing)\s+(?:the\s+)?"
        r"(?P<a>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.&-]*){0,5})"
        # "As the BBC has reported": the body, without "as" and the auxiliary
        r"|^(?:As\s+)?(?:[Tt]he\s+)?(?P<s>[A-Z][\w’'.&-]*(?:\s+[A-Za-z][\w’'.&-]*){0,3}?)\s+"
        r"(?:has\s+|have\s+|had\s+)?"
        r"(?:reported|said|says|estimates?|estimated|believes?|received information|claims?|announced|stated|told)\b"  # noqa: E501
    ),
    "ru": re.compile(
        r"(?:по данным|по информации|по сведениям|согласно данным|как сообщ\w+|сообщил\w*\s+в)\s+"
        r"(?P<a>[«\"]?[А-ЯЁA-Z][\w«»\"-]*(?:\s+[\w«»\"-]+){0,3})"
    ),
    "ko": re.compile(
        r"(?P<a>[\w()]+(?:\s[\w()]+){0,2}?)\s*(?:에\s*따르면|에 의하면|은\s*밝혔|는\s*밝혔)"
    ),
    "zh": re.compile(
        r"(?:据|據|根据|根據)(?P<a>[\u4e00-\u9fff]{2,12}?)(?:显示|顯示|报道|報導|称|稱|统计|統計|数据|數據)"
    ),
}


_RAW_ADVERB_END = re.compile(r"\s+(?:now|also|still|reportedly|previously|earlier|then)$", re.I)

_NOT_A_SOURCE_END = frozenset({"a", "an", "the", "by", "of", "for", "to", "in", "on", "at", "with"})
_NOT_A_SOURCE = frozenset(
    {
        "A",
        "An",
        "The",
        "Some",
        "About",
        "Around",
        "Nearly",
        "More",
        "Over",
        "Up",
        "In",
        "On",
        "At",
        "By",
        "Of",
        "According",
        "Almost",
        "Roughly",
        "Only",
        # "We estimate", "They said": a pronoun names no body (the article named it before)
        "We",
        "They",
        "He",
        "She",
        "It",
        "I",
        "Our",
        "Their",
        # "据俄方统计": "the Russian side", no body named
        "俄方",
        "中方",
        "朝方",
        "韩方",
        "韓方",
        "美方",
        "乌方",
        "烏方",
        "官方",
    }
)


# "据俄罗斯媒体报道", "러시아 언론에 따르면": the media in general name no source either
_UNNAMED_SOURCE = (
    "소식통",
    "消息人士",
    "知情人士",
    "消息来源",
    "消息來源",
    "媒体",
    "媒體",
    "언론",
    "외신",
    "매체",
)


@functools.cache
def _regional(source: str, lang: str) -> tuple[lexicon.TermMatcher, lexicon.TermMatcher] | None:
    entry = lexicon.load("attributions").get(source)
    if not isinstance(entry, dict) or not entry.get("regions"):
        return None
    cues = [(t, "cue") for t in lexicon.terms(entry.get("regional_cue") or {}, lang)]
    regions = [(t, k) for k, v in entry["regions"].items() for t in lexicon.terms(v, lang)]
    return lexicon.TermMatcher(cues, lang), lexicon.TermMatcher(regions, lang)


# what may stand between a region's name and its body's in Chinese ("哈巴罗夫斯克边疆区内务局")
_ZH_REGION_SUFFIX = re.compile(r"(?:边疆区|邊疆區|州|地区|地區|市)?")


def _regional_branch(sentence: str, at: Mention, lang: str) -> str | None:
    """The region of a regional branch ("the regional interior ministry branch", «краевое
    УМВД», «УМВД по Приморскому краю»): the one region the sentence names, when the source is
    said to be regional or named with its region; else None (the body as a whole)."""
    matchers = _regional(at.key, lang)
    if matchers is None:
        return None
    cues, regions = matchers
    named = regions.find(sentence)
    if lang == "zh":
        # "哈巴罗夫斯克边疆区内务局统计, …;阿穆尔州则…": the region the body's own name opens
        # with is its region, whatever other regions the sentence goes on to name
        for _, b, k in named:
            if _ZH_REGION_SUFFIX.fullmatch(sentence, b, at.start):
                return k
    if not named or len({k for _, _, k in named}) != 1:
        return None
    lo, hi = max(0, at.start - 30), min(len(sentence), at.end + 40)
    # (in Chinese the region of a body's name comes first: one after the ministry, "据俄罗斯内务部
    # 统计,…在哈巴罗夫斯克边疆区…", is where the people are)
    near = any(lo <= a < hi for a, _, _ in cues.find(sentence)) or any(
        at.end <= a < hi and lang != "zh" for a, _, _ in named
    )
    return named[0][2] if near else None


def other_region_named(text: str, attribution: str, lang: str) -> bool:
    """True when ``text`` names a region of a regional branch's body other than the branch's own
    (``attribution`` as "MVD Khabarovsk Krai"): that body does not count there."""
    for key in lexicon.load("attributions"):
        if not attribution.startswith(key + " "):
            continue
        matchers = _regional(key, lang)
        if matchers is None:
            return False
        own = attribution[len(key) + 1 :]
        return any(k != own for _, _, k in matchers[1].find(text))
    return False


def attribution(sentence: str, lang: str) -> str | None:
    """Who the sentence attributes its figures to: a known agency's canonical name when one is
    named, else the phrase after "according to" / "по данным" / "…에 따르면" / "据…"."""
    return attribution_at(sentence, lang)[0]


def attribution_at(sentence: str, lang: str) -> tuple[str | None, int]:
    """``attribution`` and where in the sentence it is named (0 when it is not)."""
    known = attributions_in(sentence, lang)
    if known:
        order = list(lexicon.load("attributions"))
        best = min(known, key=lambda m: order.index(m.key))
        if lang in ("en", "ru", "zh", "ko"):
            region = _regional_branch(sentence, best, lang)
            if region is not None:
                return f"{best.key} {region}", best.start
        return best.key, best.start
    m = _ATTR_RAW[lang].search(sentence)
    if not m:
        return None, 0
    raw = m.group("a") if m.groupdict().get("a") else m.groupdict().get("s")
    if not raw:
        return None, 0
    raw = raw.strip(" «»\"'()")
    # "Seoul now estimates": the body, without the adverb before its verb
    raw = _RAW_ADVERB_END.sub("", raw) or raw
    if lang in ("ko", "zh") and raw.split()[-1].endswith(_UNNAMED_SOURCE):
        return None, 0  # "대북 소식통에 따르면", "据消息人士称": an unnamed source
    if raw.split()[0] in _NOT_A_SOURCE or raw.split()[-1].lower() in _NOT_A_SOURCE_END:
        # "An estimated 100,000 ...", "China hosted an estimated 100,000 ...", "Broken down by
        # stated purpose": no one who states
        return None, 0
    # a country named as the source ("Ukraine reported", "Japan received information")
    return raw or None, m.start()
