"""Language of a text among en/ru/ko/zh, by script.

Why a rule and not a model: the four languages use four scripts (Hangul, Han, Cyrillic, Latin), so
counting letters per script is exact for them, deterministic, and costs nothing. Korean text may
carry Han characters (hanja) and all of them carry Latin names (RFA, FSB), hence the thresholds.
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

# Enough text to decide; the head of a document is representative and keeps this O(1).
_SAMPLE = 4000


def detect_lang(text: str) -> str:
    """``ko`` if Hangul is a fair share of the letters, else ``zh`` for Han, ``ru`` for
    Cyrillic over Latin, else ``en`` (also for text without letters)."""
    s = text[:_SAMPLE]
    hangul = len(_HANGUL.findall(s))
    han = len(_HAN.findall(s))
    cyr = len(_CYRILLIC.findall(s))
    lat = len(_LATIN.findall(s))
    total = hangul + han + cyr + lat
    if total == 0:
        return "en"
    if hangul >= 0.15 * total:
        return "ko"
    if han >= 0.15 * total:
        return "zh"
    if cyr > lat:
        return "ru"
    return "en"
