"""Origin and destination of a figure: the countries its sentence names, and which side of each.

Who comes from where, and to where; a later figure may take them from the article (``article``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from sanctionwatch.claims import context
from sanctionwatch.claims.fields import (
    _CONTRAST,
    _nearest,
    _Num,
    _of_things,
    _speech_clauses,
)
from sanctionwatch.claims.keep import (
    _SUBJECT_UNITS,
    SPEAKER_NOUNS_EN,
)
from sanctionwatch.claims.nouns import (
    _purposes,
    _units,
)
from sanctionwatch.model.claim import Claim

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
_TOWARD_BEFORE = {
    "zh": re.compile(r"(?:向|赴|往|前往|派往)$"),
    # «в Россию … перебросили еще 3 тыс. солдат»: where they were sent, not who sent them
    "ru": re.compile(r"(?<!\w)(?:в|во)\s+$", re.I),
}
# "abroad": a destination that is no one country
_ABROAD = {
    "ko": re.compile(r"해외|국외|외국"),
    "zh": re.compile(r"海外|国外|國外|境外"),
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
_ENTERED = {"ko": re.compile(r"입국"), "zh": re.compile(r"入境")}
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
# A place of the people's own country they pass through on the way out ("신의주를 거쳐",
# "经由新义州"): not where they go (a third country passed through may be: "러시아를 경유해")
_TRANSIT_AFTER = {
    "ko": re.compile(r"\s?(?:을|를)?\s?(?:거쳐|경유해|경유하여|통해\s?(?:입국|출국))")
}
_TRANSIT_BEFORE = {"zh": re.compile(r"(?:经由|經由|途经|途經|取道|经过|經過)$")}
_THIRD_COUNTRY = re.compile(r"제\s?3\s?국|제삼국|第三国|第三國")
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
# (the next figure may be vague: «…, а в Лаосе — несколько сотен», "…; Laos: several hundred")
_LABELS_NEXT = re.compile(
    r"\s*[—–:]\s*(?:(?:[^\W\d_]+\s+){0,3}\d|(?:(?:около|до|ещё|еще|up\s+to|about)\s+)?"
    r"(?:нескольк\w+|сотн\w+|тысяч\w+|десятк\w+|several|hundreds|thousands|dozens|a\s+few)\b)",
    re.I,
)


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
        # ("Kyiv has also accused Pyongyang of sending thousands of workers": the accuser)
        r"(?:['’]s\s+\w+)?\s+(?:(?:was|is|were|are)\s+(?:saying|claiming|reporting|"
        r"estimating|warning)|(?:has|have|had)\s+(?:(?:also|repeatedly|previously)\s+)?"
        r"(?:said|claimed|reported|estimated|stated|told|announced|alleged|warned|accused)|"
        r"said|says|claimed|claims|reported|reports|estimated|estimates|believes|stated|told|"
        r"announced|alleged|alleges|warned|accused|accuses)\b",
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


# "对朝鲜…的担忧", "對北韓…的疑慮": a country as what a concern, a doubt or a criticism is about
# (not "对俄派遣劳务": the verb after it makes "对" a direction)
_ZH_TOWARD_ATTITUDE = re.compile(r"[对對]$")
_ZH_ATTITUDE_AFTER = re.compile(
    r"[^，,。；;\d]{0,20}?的(?:疑虑|疑慮|关注|關注|担忧|擔憂|忧虑|憂慮|质疑|質疑|批评|批評|警惕|"
    r"不满|不滿|看法|态度|態度|猜测|猜測|指责|指責)"
)


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
    if lang in ("en", "ru") and (opening := sentence.rfind("(", 0, pos)) > sentence.rfind(
        ")", 0, pos
    ):
        # "reported in Laos (about 500) and Mongolia (fewer than 100)", «в Лаосе (около 500) и
        # Монголии (менее 100)»: a figure in brackets right after a country is that country's
        named = [p for p in cands if 0 <= opening - p.end <= 1]
        if named:
            cued = named
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


# (or a region they lie in: "라오스·베트남 등 동남아시아에는", also with the sites named after it:
# "쿠웨이트와 아랍에미리트 등 중동 건설 현장에"; or how many they are: "적도기니, 세네갈 등
# 아프리카 최소 8개국에서 … 일하고 있다")
_SEVERAL_COUNTRIES = {
    "ko": re.compile(
        r"\s등\s?(?:[가-힣]{1,4}\s?)?(?:(?:국가|나라|지역|동남아시아|동남아|중앙아시아|중동|"
        r"아프리카|동유럽|유럽)(?:들)?(?:\s[가-힣]{1,5}){0,2}?(?:에|으로|로)|(?:최소|적어도|약)?\s?\d+\s?개\s?(?:국가|국|나라)"
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


# "另有数十名在老挝", "이 밖에 라오스에 수십 명": another part of what is counted, the place
# after it its own (see _countries)
_ANOTHER_PART = {
    "ko": re.compile(r"이\s?밖에|그\s?밖에"),
    "zh": re.compile(r"另有|另外还有|另外還有"),
}


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


_FROM_AFTER = {
    # "신의주에서 철교를 건너 … 들어왔다", "평양에서 출발한": a place the people left or crossed
    # from ("에서" before a verb of leaving or crossing) is where they came from, not where they
    # went
    "ko": re.compile(
        r"\s?출신|에서\s?(?:[가-힣]+\s){0,2}?(?:출발|떠나|떠난|떠났|건너|건넌|건넜|넘어|넘은|넘었)"
    ),
    "zh": re.compile(r"出身"),
}
