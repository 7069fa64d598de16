"""Claim extraction: every numeric claim about flows of people in a text, with its reading.

``extract_claims(text, lang=..., doc_date=..., doc_id=...)`` splits the text into sentences (exact
offsets), skips those without a number, then per sentence: finds periods, comparisons and numbers;
drops the numbers that are not claims (years, dates, article numbers, ages, times, phone-like
digits, durations, things); reads each remaining number's qualifier, counted noun, purpose,
origin, destination, period and attribution from its clause and sentence; attaches a comparison
to the figure it qualifies (or makes a comparison-only claim); and drops flows outside the scope
(``vocab/filters.yaml``: nationals of the watched countries going abroad).

The readers sit in layers, each importing only the ones below it: ``segment`` (sentence and
clause spans), ``fields`` (one figure's qualifier, noun, purpose, period), ``places`` (its
origin and destination), ``sentence`` (every figure of one sentence), ``article`` (what the
article said before), and this module, the entry point. Numbers, periods, comparisons and the
number filter (``keep``) are their own modules under all of these.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Collection
from datetime import date

from sanctionwatch.claims import context, lexicon
from sanctionwatch.claims.article import (
    _BULLET,
    _FOR_COMPARISON,
    _HOW_MANY,
    _Article,
    _comparison_said_on,
    _heading_frame,
    _people_named_before,
    _strength_said_when,
)
from sanctionwatch.claims.fields import (
    _PERIOD_CORRECTED,
    _RETRACTED_AFTER,
    _RETRACTED_QUOTE,
    _period_corrected,
    _retracted,
)
from sanctionwatch.claims.keep import (
    _REFER_BACK,
    _overlaps,
)
from sanctionwatch.claims.lang import detect_lang
from sanctionwatch.claims.nouns import (
    _purposes,
)
from sanctionwatch.claims.periods import (
    find_periods,
)
from sanctionwatch.claims.places import (
    _Sentence,
)
from sanctionwatch.claims.segment import (
    split_sentences,
)
from sanctionwatch.claims.sentence import (
    _SAME_PERIOD,
    _record_only,
    _sentence_claims,
)
from sanctionwatch.model.claim import Claim

_LANGS = ("en", "ru", "ko", "zh")

# Cheap test for "could hold a number": digits, or a number word / numeral of the language.
_PREFILTER = {
    "en": re.compile(
        r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
        r"hundred|thousand|million|dozen|dozens|hundreds|thousands|millions|\w+fold|doubled|tripled|"
        # ("fell by a third": a fraction as a change)
        r"quadrupled|halved|twice|double|triple|half|third|quarter|fifth|tenth|"
        # ("no North Korean workers remain": none, see numbers._EN_NONE)
        r"no(?=\s+(?:north\s+korean\s+|dprk\s+)?(?:workers|labou?rers|nationals|citizens|"
        r"students)\s))\b",
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
        # («почти половина въездов», «около трети из них»: a share in words)
        r"половин\w*|трети|третью|четверти|четвертью|"
        # («туристов не было вовсе»: none)
        r"вовсе)(?!\w)",
        re.IGNORECASE,
    ),
    "ko": re.compile(
        r"\d+|절반|수[십백천만]|[한두세네]\s?명|[백천만]\s?여?\s?명|[두세네]\s?배|다섯|여섯|일곱|여덟|아홉"
    ),
    # 一 and 两 start many words (一些, 两国): alone they only count before a counter or a unit
    # "为零": a zero stated as the predicate; "增长了约两成": tenths; "其中一半": a share
    "zh": re.compile(
        r"\d+|[三四五六七八九十百千万萬亿億倍番]|[一二两兩][十百千万萬亿億名人位倍成半]|[为為是][零〇]"
        # "没有任何朝鲜劳工": a count of none (see numbers.py)
        r"|任何(?:朝鲜|朝鮮|北韩|北韓)"
    ),
}

# The en/ru gates are written in lower case and run over lower-cased text (see lexicon.lowered).
_PREFILTER_LOW = {lang: re.compile(rx.pattern) for lang, rx in _PREFILTER.items()}
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


_RETRACTS = frozenset(_RETRACTED_AFTER) | frozenset(_RETRACTED_QUOTE)


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


# a sentence with no figure of its own that names a quarter ("FSB border stats for Q3 2025 are
# out."): the quarter a later "in the quarter", «за квартал» is about
_NAMES_QUARTER = {
    "en": lexicon.Caseless(r"\bq[1-4]\b|quarter"),
    "ru": lexicon.Caseless(r"квартал"),
}
