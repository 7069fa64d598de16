"""Numbers as the press writes them in English, Russian, Korean and Chinese, with their spans.

"13,221", "13 221", "13.221" (Russian thousands), "1,7 тыс.", "13 тысяч", "3.2 thousand",
"1만3221명", "1만 3천여 명", "5000人", "1.3万", "两千", "twelve", "двенадцать", "thousands of".

Hand-written because no maintained library reads all four languages' number forms with exact
character spans (quantulum3 covers English only and loses the spans of multiplier words).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from sanctionwatch.claims import lexicon


class NumberMention(NamedTuple):  # a tuple: built by the thousand, cheap to make
    """A number in a sentence: ``text[start:end]`` is the number as written."""

    start: int
    end: int
    value: float
    spelled: bool = False  # written in words ("twelve", "две тысячи", "两千")
    vague: bool = False  # "thousands of", "수천", "数千"
    # the Korean/Chinese counter glued to it ("명", "名", "人"); "成", "share": a share in percent
    counter: str | None = None


_SPACES = " \u00a0\u202f\u2009"
_DIG = r"\d+(?:[,.\u00a0\u202f\u2009 ]\d+)*"
_SEP_SPLIT = re.compile(r"([,.\u00a0\u202f\u2009 ])")

_KO_UNITS = {"억": 10**8, "만": 10**4, "천": 1000, "백": 100}
_ZH_DIGIT_PAIR = re.compile(r"^([一二两兩三四五六七八九])([二两兩三四五六七八九])([十百千万萬])$")
# "三、四百人": the same range with the enumeration comma between the two digits
_ZH_LISTED_PAIR = re.compile(r"、([二两兩三四五六七八九])([十百千万萬])")
_ZH_UNITS = {"亿": 10**8, "億": 10**8, "万": 10**4, "萬": 10**4, "千": 1000, "百": 100, "十": 10}
_BIG = {10**8, 10**4}
# Sino-Korean numerals in Hangul, as the Chinese characters they are read from ("천오백" 千五百)
_KO_SINO = str.maketrans("일이삼사오육칠팔구십백천만", "一二三四五六七八九十百千万")
_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KO_NATIVE = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
}


def _thousands_sep(sep: str, lang: str) -> bool:
    if sep in _SPACES or sep == ",":
        return True
    return sep == "." and lang == "ru"  # «13.221»: Russian (and German) group thousands with a dot


def parse_digits(token: str, lang: str) -> tuple[float, int]:
    """Value of a digit token and how many of its characters belong to the number.

    Thousands groups must be exactly three digits after a head of one to three ("13 221",
    "13,221"); anything else ends the number, so "2019 100" is 2019 followed by another number.
    """
    if token.isdecimal():
        return float(token), len(token)  # the common case: no separators
    parts = _SEP_SPLIT.split(token)
    head = parts[0]
    used = len(head)
    digits = head
    tsep: str | None = None
    i = 1
    while i + 1 < len(parts):
        sep, grp = parts[i], parts[i + 1]
        if (
            len(head) <= 3
            and len(grp) == 3
            and (tsep is None or tsep == sep)
            and _thousands_sep(sep, lang)
            # a Russian "1,700" is read as thousands, but "1,7" stays a decimal
        ):
            tsep = sep
            digits += grp
            used += 1 + len(grp)
            i += 2
            continue
        break
    if i + 1 < len(parts):
        sep, grp = parts[i], parts[i + 1]
        decimal_seps = {",", "."} if lang == "ru" else {"."}
        if sep != tsep and sep in decimal_seps:
            return float(f"{digits}.{grp}"), used + 1 + len(grp)
    return float(digits), used


# the digits after «N тысяч»: one to three of them, not a year («2 тысячи 25 года» is not
# written) nor the start of another figure or a decimal
_RU_THOUSANDS_REST = re.compile(
    r"[ \u00a0](\d{1,3})(?![\d,.]\d|\d|\s*(?:тыс|млн|млрд|год|г\.|%|процент|раз))"
)


@functools.cache
def _spelled_words(lang: str) -> dict[str, float]:
    data = lexicon.load("numbers")
    words = {str(k).lower(): float(v) for k, v in (data.get("words", {}).get(lang) or {}).items()}
    return words


@functools.cache
def _multipliers(lang: str) -> dict[str, float]:
    data = lexicon.load("numbers")
    return {
        str(k).lower(): float(v) for k, v in (data.get("multipliers", {}).get(lang) or {}).items()
    }


@functools.cache
def _vague(lang: str) -> dict[str, float]:
    data = lexicon.load("numbers")
    return {str(k).lower(): float(v) for k, v in (data.get("vague", {}).get(lang) or {}).items()}


def _words_alt(words: list[str]) -> str:
    ws = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws) + ")"


@functools.cache
def _scanner(lang: str) -> lexicon.Caseless:
    """One regex whose named alternatives are the number forms of ``lang``, leftmost wins."""
    alts: list[str] = []
    # the characters a number can start with: a leading lookahead on them lets the engine skip
    # to candidates instead of trying every alternative (and its lookbehinds) at every position
    firsts: set[str] = set()
    vague = _vague(lang)
    firsts.update(w[0] for w in vague)
    if vague:
        if lang in lexicon.SPACED:
            alts.append(rf"(?P<vague>(?<![\w\d])(?<!\d\s){_words_alt(list(vague))}(?!\w))")
        else:
            alts.append(rf"(?P<vague>{_words_alt(list(vague))})")
    if lang == "ko":
        # "한 명도 없다", "한 명도 남아 있지 않다": not one (the negation "-지 않" / "-지 못"
        # within two words)
        alts.append(
            r"(?P<kozero>한\s?명도\s*(?:없|안\s|(?:[가-힣]+\s+){0,2}?[가-힣]*지\s?(?:않|못)))"
        )
        unit = "[억만천백]"
        alts.append(
            # "만5천여 명": a bare 만 before more digits is one ten thousand; the digits after
            # the last unit may carry a thousands comma ("1만5,432건" is 15432)
            rf"(?P<compound>(?:\d+(?:[.,]\d+)?|(?<![\w\d])(?=만\s?\d+\s?[천백]))\s?{unit}"
            rf"(?:\s?(?:\d+\s?)?{unit})*"
            rf"(?:\s?(?:\d,\d{{3}}(?![\d,.])|\d+)(?![\d,.]*\s*[년월일]))?)"
        )
        ones = "다섯|여섯|일곱|여덟|아홉|한|두|세|네"
        alts.append(
            rf"(?P<native>(?<![\w])(?:(?:열|스물|서른|마흔|쉰)(?:{ones})|스무|{ones}|열)(?=\s?명))"
        )
        # "천오백여 명", "삼천 명": Sino-Korean numerals in Hangul with at least one of their
        # units, before the counter of people
        alts.append(
            r"(?P<kosino>(?<![\w\d])(?=[일이삼사오육칠팔구십백천만]{2})"
            r"(?:[이삼사오육칠팔구]?[만천백십]){1,4}[일이삼사오육칠팔구]?(?=\s?(?:여\s?)?명))"
        )
        # "천여 명", "만 명", "백여 명": a bare hundred / thousand / ten thousand before the counter
        alts.append(r"(?P<kobare>(?<![\w\d])[백천만](?=\s?(?:여\s?)?명))")
        firsts.update("한다여일아두세네열백천만스서마쉰이삼사오육칠팔구십")
    if lang == "zh":
        unit = "[亿億万萬千百]"
        alts.append(
            rf"(?P<compound>\d+(?:\.\d+)?\s?{unit}(?:(?:\d+)?{unit})*(?:\d+(?![\d.]*\s*[年月日号號]))?)"
        )
        # "旅游入境的为零": zero stated as the predicate is a figure (not "零增长")
        alts.append(r"(?P<zhzero>(?<=[为為是])[零〇](?![\u4e00-\u9fff]))")
        # "该国2023年并未向任何朝鲜公民签发工作签证", "当地没有任何朝鲜劳工": a past negation
        # ("未", "没有", never the "不" of a rule) of "any" North Korean is a count of none (the
        # zero stands on "任何")
        alts.append(
            r"(?P<zhnone>(?:(?<=[未没沒])|(?<=没有)|(?<=沒有))(?:[向给給对對为為]\s?)?"
            # (not a matter about them: "没有任何朝鲜劳工问题")
            r"任何(?=\s?(?:朝鲜|朝鮮|北韩|北韓))(?![^\s,，。、;；]{0,8}?(?:问题|問題|情况|情況)))"
        )
        alts.append(r"(?P<zhnum>[零〇一二两兩三四五六七八九十百千万萬亿億]+)")
        firsts.update("零〇一二两兩三四五六七八九十百千万萬亿億任向给給对對为為")
    # Chinese glues numbers to Han characters ("有300至400名"); elsewhere a number glued to letters
    # is part of a name ("COVID-19", "코로나19", "Су-27"), not a count.
    # (a comma after a Han character is punctuation: "据俄方统计,2024年")
    before = r"(?<![A-Za-z\d])(?<![A-Za-z\d][.,])" if lang == "zh" else r"(?<![\w.,])"
    alts.append(rf"(?P<digits>{before}(?<![\d][.,]){_DIG})")
    if lang in lexicon.SPACED:
        words = list(_spelled_words(lang)) + list(_multipliers(lang))
        words = [w for w in words if len(w) > 2 or w in ("two", "six", "ten", "сто")]
        w_alt = _words_alt(words)
        firsts.update(w[0] for w in words)
        # "five and a half thousand", «пять с половиной тысяч»: a half joins the number to its
        # multiplier
        half = r"\s+and\s+a\s+half\s+|\s+с\s+половиной\s+"
        # ("and" joins only after a scale word: "two hundred and fifty", not "forty-five and
        # fifty-two", which are two numbers)
        scale_and = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"
        alts.append(
            rf"(?P<spelled>(?<![\w-]){w_alt}(?:(?:{half}|{scale_and}|\s+|-){w_alt})*(?![\w]))"
        )
    lead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + r"\d])"
    return lexicon.Caseless(lead + "(?:" + "|".join(alts) + ")")


@functools.cache
def _multiplier_after(lang: str) -> re.Pattern[str] | None:
    mult = _multipliers(lang)
    if not mult:
        return None
    names = sorted(mult, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    # "k"/"m" only glued to the digits ("5k"); words after a space ("3.2 thousand").
    return re.compile(rf"(?:[{_SPACES}]?(?:{alt}))(?!\w)", re.IGNORECASE)


def _parse_compound(s: str, units: dict[str, int], lang: str) -> float:
    """ "1만 3천 221" -> 13221, "1.3万" -> 13000, "2천만" -> 20,000,000."""
    total = 0.0
    section = 0.0
    for m in re.finditer(r"(\d+(?:[.,]\d+)?)?\s?([^\d\s.,])?", s):
        num_s, unit_c = m.group(1), m.group(2)
        if not num_s and not unit_c:
            continue
        num = parse_digits(num_s, lang)[0] if num_s else 0.0
        if unit_c and unit_c in units:
            u = units[unit_c]
            if u in _BIG:
                total += (section + (num if num_s else (0 if section else 1))) * u
                section = 0.0
            else:
                section += (num if num_s else 1) * u
        else:
            section += num
    return total + section


def parse_zh_numeral(s: str) -> float | None:
    """Chinese numerals: "两千" -> 2000, "一万二千" -> 12000, "十五" -> 15; None if not a number."""
    total = 0
    section = 0
    digit: int | None = None
    for ch in s:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            u = _ZH_UNITS[ch]
            if u in _BIG:
                total += (section + (digit or 0)) * u if (section or digit) else u
                section = 0
            else:
                section += (digit if digit is not None else 1) * u
            digit = None
        else:
            return None
    return float(total + section + (digit or 0))


def _parse_spelled(s: str, lang: str) -> float | None:
    words = _spelled_words(lang)
    mult = _multipliers(lang)
    tokens = re.split(r"\s+and\s+|\s+|-", s.lower())
    # multi-word entries ("a dozen", "полторы тысячи") first
    whole = " ".join(tokens)
    if whole in words:
        return words[whole]
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        triple = " ".join(tokens[i : i + 3])
        if len(tokens) > i + 3 and triple in words:
            current += words[triple]  # "a couple of thousand": three words, then the scale
            seen = True
            i += 3
            continue
        pair = f"{t} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        if pair in ("a half", "с половиной") and current and i + 2 < len(tokens):
            current += 0.5  # "five and a half thousand": 5.5 of the multiplier after
            i += 2
            continue
        if pair in words:
            current += words[pair]
            seen = True
            i += 2
            continue
        if t in words:
            current += words[t]
            seen = True
        elif t in mult:
            m = mult[t]
            if m == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * m
                current = 0
            seen = True
        elif t:
            return None
        i += 1
    return total + current if seen else None


# Chinese shares in tenths ("占了八成以上", "佔六成", "占比近六成"): the verb or noun of a share,
# a hedge at most, then one digit and 成 (not "增长了两成": a change, read in comparisons.py)
_ZH_SHARE_BEFORE = re.compile(
    # ("占总数近四成": of the total; "其中近三成为务工人员": "of them", with no verb of a share)
    r"(?:(?:占|佔)(?:了|比|比为|比為|比达|比達|据|據|总数的?|總數的?|全部的?|总量的?|總量的?)?"
    r"|其中|当中|當中)(?:约|約|近|逾|超过|超過|将近|將近|接近)?$"
)


# "'유학'이 약 3분의 1을 차지했고", "이 중 절반 가까이가 학업 목적": a Korean fraction as the
# subject or object of its clause is a share of the people counted (not "2019년의 절반", "그 3분의
# 1에도": a fraction of a figure, a ratio; nor "절반가량인 2천여 명": the headcount after it is
# the figure); keep.py asks more of its clause
_KO_FRACTION = re.compile(
    r"(?:(?<=전체의)|(?<=전체의\s)|(?<!의)(?<!의\s)(?<!그\s))"
    r"(?:(?<![\d.,])(?P<d>\d{1,2})\s?분의\s?(?P<nu>\d{1,2})|절반)"
    r"(?=\s?(?:가량|정도|쯤|남짓|이상|이하|가까이|넘게|미만|안팎)?\s?"
    r"(?:이|가|을|를|은|는)(?![가-힣]))"
)


def _ko_fraction_shares(sentence: str) -> list[NumberMention]:
    """The Korean fraction shares of ``sentence``: "3분의 1" is 33.3 (percent), "절반" 50."""
    out = []
    for m in _KO_FRACTION.finditer(sentence):
        if m["d"] is None:
            out.append(_share(m.start(), m.end(), 1, 2, spelled=True))
        elif 0 < int(m["nu"]) <= int(m["d"]):  # ("0분의 1", "2분의 3": no share of anything)
            out.append(_share(m.start(), m.end(), int(m["nu"]), int(m["d"]), spelled=False))
    return out


def _share(start: int, end: int, numerator: int, denominator: int, spelled: bool) -> NumberMention:
    """A fraction of the people counted, as the percentage it is to one decimal (a third is
    33.3), with the counter "share"."""
    value = round(100 * numerator / denominator, 1)
    return NumberMention(start, end, value, spelled=spelled, counter="share")


# "只剩八个,", "两个人": 个 with nothing after it but punctuation (the noun said before), or 人
_ZH_GE_ALONE = re.compile(r"[个個](?:人|(?![\u4e00-\u9fff]))")


def _share_tenths(sentence: str, start: int, end: int) -> bool:
    """Whether the one digit at [start, end), before 成, is a share in tenths."""
    return end - start == 1 and bool(_ZH_SHARE_BEFORE.search(sentence, max(0, start - 8), start))


# Chinese shares written as fractions of the people counted before ("其中近三分之二在工地工作",
# "其中以留学为目的者约占一半"): a clause that points back with 其中/当中, the fraction its
# subject or what its subject takes up; not a fraction of a period's figure ("仅为2019年的一半",
# "比去年减少了一半": comparisons.py) nor a share set after the clause's own headcount
# ("达5940人次,占一半以上": that count is the claim)
_ZH_SHARE_FRACTION = re.compile(
    r"(?:其中|当中|當中)(?:[^，,。；;：:、！!？?\d０-９零〇一二两兩三四五六七八九十百千万萬比较較]{1,16}?"
    r"(?:约|約|大约|大約|近|将近|將近|接近)?(?:占|佔)了?(?:总数的?|總數的?|全部的?)?)?"
    r"(?:约|約|大约|大約|近|将近|將近|接近|逾|超过|超過)?"
    r"(?P<f>一半|(?P<d>[二两兩三四五六七八九十])分之(?P<nu>[一二三四五六七八九]))"
)


# a headcount in brackets right after a fraction ("其中近一半(约2000人)在建筑工地"), after the
# fraction's hedge
_ZH_HEADCOUNT_IN_BRACKETS = re.compile(
    r"(?:以上|以下|左右|多)?\s*[(（]\s*(?:约|約|近|逾|超过|超過)?\s*"
    r"(?:\d|[一二两兩三四五六七八九十百千万萬])[\d,.一二两兩三四五六七八九十百千万萬]*\s*(?:多|余|餘)?\s*"
    r"(?:名|人次|人)\s*[)）]"
)


def _zh_fraction_shares(sentence: str) -> list[NumberMention]:
    """The Chinese fraction shares of ``sentence``, as percentages to one decimal ("三分之一" is
    33.3)."""
    shares = []
    for m in _ZH_SHARE_FRACTION.finditer(sentence):
        if _ZH_HEADCOUNT_IN_BRACKETS.match(sentence, m.end()):
            continue  # "其中三分之一以上(3000余人)": the headcount beside it is the claim
        d = (10 if m["d"] == "十" else _ZH_DIGITS[m["d"]]) if m["d"] else 2
        nu = _ZH_DIGITS[m["nu"]] if m["d"] else 1
        shares.append(_share(m.start("f"), m.end("f"), nu, d, spelled=True))
    return shares


# "no North Korean workers remain in the country", "no DPRK nationals were registered": none of the
# people counted, a count of zero (not "no data", "no comment")
_EN_NONE = re.compile(
    r"\bno(?=\s+(?:(?:North\s+Korean|DPRK)\s+)?(?:workers|labou?rers|nationals|citizens|students)"
    r"\s+(?:remain(?:ed|s)?|(?:are|were)\s+(?:left|registered|recorded|employed|working)|"
    r"have\s+been\s+(?:registered|recorded))\b)",
    re.I,
)


_FRACTION_AFTER = re.compile(r"[\s-]+(?:трет[иь]|четверт[иь]|thirds\b|fifths\b)", re.I)


# a Chinese "more than" mark before the unit of ten thousands or of a hundred million ("余万")
_ZH_MORE_THEN_BIG = re.compile(r"[多余餘]([万萬亿億])")


def find_numbers(sentence: str, lang: str) -> list[NumberMention]:
    """Every number in ``sentence`` in the forms of ``lang``, left to right, not overlapping.

    Whether a number is a *claim* (not a year, date or article number) is decided by the caller.
    """
    rx, scan = _scanner(lang).pick(sentence)  # the matched text may be lower-cased
    mult_rx = _multiplier_after(lang)
    out: list[NumberMention] = []
    pos = 0
    n = len(sentence)
    while pos < n:
        m = rx.search(scan, pos)
        if m is None:
            break
        kind = m.lastgroup
        start, end = m.start(), m.end()
        value: float | None = None
        spelled = vague = False
        if kind == "digits":
            value, used = parse_digits(m.group(), lang)
            end = start + used
            if mult_rx is not None:
                mm = mult_rx.match(sentence, end)
                if mm:
                    key = mm.group().strip(_SPACES).lower()
                    glued = mm.group()[:1] not in _SPACES
                    if len(key) > 1 or glued:
                        whole = value.is_integer()
                        value *= _multipliers(lang)[key]
                        end = mm.end()
                        # «6 тысяч 115»: thousands in words, then the hundreds in digits
                        rest = _RU_THOUSANDS_REST.match(sentence, end) if lang == "ru" else None
                        if rest and key.startswith("тыс") and whole:
                            value += int(rest.group(1))
                            end = rest.end()
        elif kind == "compound":
            units = _KO_UNITS if lang == "ko" else _ZH_UNITS
            value = _parse_compound(m.group(), units, lang)
            end = start + len(m.group().rstrip(_SPACES))
        elif kind == "zhnum":
            s = m.group()
            value = parse_zh_numeral(s)
            after = sentence[end : end + 1]
            has_unit = any(c in "十百千万萬亿億" for c in s)
            listed = _ZH_LISTED_PAIR.match(sentence, end) if len(s) == 1 else None
            if (
                listed is not None
                and value is not None
                and _ZH_DIGITS.get(s) is not None
                and _ZH_DIGITS[listed[1]] == _ZH_DIGITS[s] + 1
            ):
                # "三、四百人": the lower end of "三四百" (the enumeration comma between the
                # digits), scaled by the upper end's unit; the upper is read next, and the two
                # are paired as a range (sentence.py)
                # (counting what the upper end counts: "三、四百名", "三、四百人")
                behind = sentence[listed.end() : listed.end() + 2].lstrip("多余餘")[:1]
                out.append(
                    NumberMention(
                        start,
                        end,
                        float(value * _ZH_UNITS[listed[2]]),
                        spelled=True,
                        counter=behind if behind in ("名", "人", "位") else None,
                    )
                )
                pos = end
                continue
            if (
                value is None
                or sentence[start - 1 : start] == "第"
                or not (
                    after in ("名", "人", "位", "多", "余", "餘")
                    or (after == "成" and _share_tenths(sentence, start, end))
                    # "现在只剩八个,": the general counter with its noun left out (or "两个人")
                    or _ZH_GE_ALONE.match(sentence, end) is not None
                    or (has_unit and s[0] in "一二两兩三四五六七八九十")
                )
                or (s[0] in "万萬千百亿億" and after not in ("名", "人", "多", "余", "餘"))
            ):
                pos = end
                continue
            if s[0] in "万萬千":
                value = float(_ZH_UNITS[s[0]])
            spelled = True
            # "两三百人", "七八千名": two neighbouring digits before one unit are a range, read as
            # two numbers (200 and 300) written side by side (sentence.py pairs them as a range)
            pair = _ZH_DIGIT_PAIR.match(s)
            if pair and _ZH_DIGITS[pair[2]] == _ZH_DIGITS[pair[1]] + 1:
                u = _ZH_UNITS[pair[3]]
                low = NumberMention(start, start + 1, float(_ZH_DIGITS[pair[1]] * u), spelled=True)
                out.append(low)
                start, value = start + 1, float(_ZH_DIGITS[pair[2]] * u)
        elif kind == "spelled":
            value = _parse_spelled(m.group(), lang)
            spelled = True
            if mult_rx is not None and value is not None:
                mm = mult_rx.match(sentence, end)
                if mm and len(mm.group().strip()) > 1:
                    value *= _multipliers(lang)[mm.group().strip(_SPACES).lower()]
                    end = mm.end()
        elif kind == "vague":
            key = re.sub(r"\s+", " ", m.group().lower())
            value = _vague(lang).get(key)
            vague = True
        elif kind == "native":
            w = m.group()
            tens = next((t for t in ("열", "스물", "서른", "마흔", "쉰") if w.startswith(t)), "")
            value = float(_KO_NATIVE.get(w) or _KO_NATIVE[tens] + _KO_NATIVE[w[len(tens) :]])
            spelled = True
        elif kind == "kosino":
            value = parse_zh_numeral(m.group().translate(_KO_SINO))
            spelled = True
        elif kind == "kobare":
            value = float(_KO_UNITS[m.group()])
            spelled = True
        elif kind == "zhzero":
            value = 0.0
            spelled = True
        elif kind == "zhnone":
            value = 0.0
            spelled = True
            start = end - 2
        elif kind == "kozero":
            value = 0.0
            spelled = True
            end = start + 1
        if value is None:
            pos = max(end, start + 1)
            continue
        big = _ZH_MORE_THEN_BIG.match(sentence, end) if lang == "zh" else None
        if big is not None and kind in ("digits", "zhnum"):
            # "一千二百余万人次", "300多万": the "more than" mark stands between the figure and
            # its ten-thousands (12 million and more, not 1200 and a bare 万); the mark is read
            # inside the span (fields.py)
            value *= _ZH_UNITS[big[1]]
            end = big.end()
        # "4,1 млн" is 4.1 × 10⁶ = 4099999.9999999995 in binary floating point: round away
        # the error of the multiplication, never a digit the text wrote
        value = round(value, 6)
        counter = None
        tail = sentence[end : end + 4].lstrip(_SPACES)
        if lang == "zh" and tail[:1] == "成" and _share_tenths(sentence, start, end):
            # "占了八成以上", "占比近6成": a share in tenths, i.e. 80%, 60%
            out.append(
                NumberMention(start, end, round(value * 10, 6), spelled=spelled, counter="成")
            )
            pos = max(m.end(), end)
            continue
        if lang in ("ko", "zh"):
            # "10万多人", "3000余名": the counter behind a "more than" mark
            if lang == "zh" and tail[:1] in ("多", "余", "餘"):
                tail = tail[1:]
            if tail[:1] in ("명", "名", "人", "位"):
                counter = tail[:1]
            elif lang == "zh" and tail[:2] in ("号人", "號人"):
                counter = "人"  # "两三百号人": a colloquial count of people
        out.append(NumberMention(start, end, value, spelled=spelled, vague=vague, counter=counter))
        pos = max(m.end(), end)
    if lang == "en" and "no " in sentence.lower():
        # (a pass of its own, not an alternative of the scanner: "no" is everywhere in English)
        out = sorted(
            out
            + [
                NumberMention(m.start(), m.end(), 0.0, spelled=True)
                for m in _EN_NONE.finditer(sentence)
            ]
        )
    if lang in ("en", "ru") and any(n.spelled for n in out):
        # «почти две трети въездов — 2903 —», "two-thirds of them": the numerator of a fraction
        # is no count (even where the fraction beside its headcount is no claim either)
        out = [n for n in out if not (n.spelled and _FRACTION_AFTER.match(sentence, n.end))]
    shares = find_shares(sentence, lang)
    if not shares:
        return out
    # a share in place of any number read inside it ("十分之一": not a ten; "two-thirds": no two)
    kept = [n for n in out if not any(n.start < s.end and s.start < n.end for s in shares)]
    return sorted(kept + shares)


# A fraction of the people counted, said in words ("roughly a third of them", «почти половина
# въездов»): a share, read as its percentage. Only where it is a part of people
# or entries: "of them", "of all/the … entries", «из них», the counted noun in the genitive
# (not "the first half of the year", «в первой половине года», "a third of the force")
_SHARE_FRACTIONS: dict[str, tuple[int, int]] = {
    "half": (1, 2),
    "third": (1, 3),
    "quarter": (1, 4),
    "fifth": (1, 5),
    "tenth": (1, 10),
    "two thirds": (2, 3),
    "three quarters": (3, 4),
    "two fifths": (2, 5),
    "three fifths": (3, 5),
    "половин": (1, 2),
    "трет": (1, 3),
    "четверт": (1, 4),
    "пят": (1, 5),
    "десят": (1, 10),
    "две трет": (2, 3),
    "три четверт": (3, 4),
}
_SHARE_WORDS = {
    "en": re.compile(
        r"(?<![\w-])(?P<frac>(?:a|one)\s+(?P<one>half|third|quarter|fifth|tenth)|(?P<half>half)|"
        r"(?P<many>two[\s-]thirds|three[\s-]quarters|two[\s-]fifths|three[\s-]fifths))"
        r"\s+of\s+(?P<whole>them|those|these|all\b|the\b|its\b|their\b)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?P<many>(?:две\s+трет|три\s+четверт)[иь])(?!\w)|"
        r"(?<!\w)(?P<one>половин[аыуе]|трет(?:ь|и|ью)|четверт(?:ь|и|ью)|"
        r"(?:пят|десят)(?:ая|ую|ой)\s+част[ьи])(?!\w)",
        re.IGNORECASE,
    ),
}
# before "half": a period's half, or "the other half" (no share of a count)
_HALF_OF_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|latter|former|other|the|this|that|last|past|a)\s+$", re.IGNORECASE
)
# Russian: the part is of the people counted ("из них", «въездов», «граждан КНДР»)
_RU_SHARE_OF_AFTER = re.compile(
    r"\s+(?:из\s+(?:них|которых|всех|общего\s+числа)|(?:всех\s+)?(?:въезд\w*|поездок|"
    r"граждан\w*|северокорейц\w*|прибывш\w*|приехавш\w*|въехавш\w*|студент\w*|рабоч\w*|"
    r"работник\w*|мигрант\w*|туристов|военн\w*|визитов|пересечений))(?!\w)",
    re.IGNORECASE,
)
_RU_SHARE_OF_BEFORE = re.compile(
    r"(?:из\s+(?:них|которых)|среди\s+них)\s*,?\s*(?:(?:почти|примерно|около|более|больше|"
    r"менее|меньше|свыше|порядка|чуть\s+(?:больше|меньше|более|менее))\s+)?$",
    re.IGNORECASE,
)
# the fraction set beside its own headcount ("More than half of them — 1,118 people —", «почти
# половина поездок — 843 —»): that figure is the claim, not the fraction
_SHARE_FIGURE_BESIDE = re.compile(
    # ("More than half of those crossings — 2,640 —", «больше половины поездок (1385)»: the
    # counted noun may come first)
    r"(?:\s+[^\W\d]+){0,2}?\s*[—–,(-]\s*(?:(?:about|some|around|nearly|almost|roughly|over|"
    r"more\s+than|почти|около|примерно|более|свыше)\s+)?\d"
)


def find_shares(sentence: str, lang: str) -> list[NumberMention]:
    """Fractions of the people counted said in words, as percentages ("a third of them" is 33.3),
    marked with the counter "share"; none where the fraction stands beside its own headcount."""
    if lang == "zh":
        return _zh_fraction_shares(sentence) if "分之" in sentence or "一半" in sentence else []
    if lang == "ko":
        return _ko_fraction_shares(sentence) if "분의" in sentence or "절반" in sentence else []
    rx = _SHARE_WORDS.get(lang)
    if rx is None:
        return []
    out: list[NumberMention] = []
    for m in rx.finditer(sentence):
        if lang == "en":
            if m.group("half") and _HALF_OF_PERIOD_BEFORE.search(sentence, 0, m.start()):
                continue
            key = m.group("one") or m.group("half") or m.group("many")
            key = " ".join(key.lower().replace("-", " ").split())
            start, end = m.span("frac")
            after = m.end()
            if m.group("whole").lower() not in ("them", "those", "these"):
                # "of the 2,450 North Koreans", "of all entries": the whole must be people
                # or their entries, not "of the year", "of the force", "of the 190 rows"
                rest = sentence[m.end() : m.end() + 60]
                if not _WHOLE_IS_COUNTED.match(rest):
                    continue
        else:
            word = " ".join(m.group(0).lower().split())
            key = next(
                k for k in sorted(_SHARE_FRACTIONS, key=len, reverse=True) if word.startswith(k)
            )
            start, end = m.start(), m.end()
            of = _RU_SHARE_OF_AFTER.match(sentence, end)
            if of is None and not _RU_SHARE_OF_BEFORE.search(sentence, max(0, start - 40), start):
                continue
            after = of.end() if of is not None else end
        if _SHARE_FIGURE_BESIDE.match(sentence, after):
            continue
        out.append(_share(start, end, *_SHARE_FRACTIONS[key], spelled=True))
    return out


# what an English "of all/the …" whole may be: an optional number and adjectives, then people
# or their entries ("of the roughly 13,000 North Koreans who entered", "of all North Korean
# entries", "of the students")
_WHOLE_IS_COUNTED = re.compile(
    r"\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|just)\s+)?(?:[\d,.]+\s+)?"
    r"(?:(?:[\w-]+\s+){0,3})(?:North\s+Koreans?|DPRK\s+(?:citizens|nationals)|people|"
    r"persons|citizens|nationals|entries|arrivals|trips|visits|crossings|workers|labou?rers|"
    r"students|tourists|troops|soldiers|visitors|migrants)\b",
    re.IGNORECASE,
)
