"""Reading documents for claim extraction: the main text and publication date of an HTML page."""

from __future__ import annotations

import re
from datetime import date

# Publication-date metadata, most specific first; htmldate (metadata only) is asked after these.
_META_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""pubdate|publishdate|date|dc\.date|DC\.date\.issued|og:published_time|sailthru\.date)["']"""
    r"""[^>]*content\s*=\s*["'](\d{4})-(\d{2})-(\d{2})""",
    re.IGNORECASE,
)
_META_DATE_REV = re.compile(
    r"""<meta[^>]+content\s*=\s*["'](\d{4})-(\d{2})-(\d{2})[^"']*["'][^>]*(?:property|name|itemprop)"""
    r"""\s*=\s*["'](?:article:published_time|datePublished|pubdate|date|og:published_time)["']""",
    re.IGNORECASE,
)
_TIME_TAG = re.compile(r"<time[^>]+datetime\s*=\s*[\"'](\d{4})-(\d{2})-(\d{2})", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _to_date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def read_html(html: str) -> tuple[str, date | None]:
    """The main text of an HTML page (via trafilatura; nothing is fetched) and its publication
    date from the page's metadata, or None when the page does not state one.

    Falls back to the page's whole visible text when trafilatura finds no main content (very short
    pages), so that a claim in a one-paragraph page is not lost.
    """
    import trafilatura  # heavy import, only when HTML is actually read

    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
        with_metadata=False,
    )
    if not text:
        text = _visible_text(html)
    published: date | None = None
    for rx in (_META_DATE, _META_DATE_REV, _TIME_TAG):
        m = rx.search(html)
        if m:
            published = _to_date(m.group(1), m.group(2), m.group(3))
            if published:
                break
    if published is None:
        # Only dates the page states as metadata (meta tags, JSON-LD, <time datetime>): with its
        # extensive search htmldate would guess a date from the body ("In 2024" -> 2024-01-01),
        # and a guessed publication date would silently resolve "last year" wrongly.
        from htmldate import find_date

        try:
            raw = find_date(html, extensive_search=False, original_date=True)
        except Exception:  # metadata is optional; a page without it still has text
            raw = None
        if isinstance(raw, str):
            m2 = _ISO.match(raw)
            if m2:
                published = _to_date(m2.group(1), m2.group(2), m2.group(3))
    return text, published


_TAGS = re.compile(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE)
_SPACES = re.compile(r"[ \t]+")


def _visible_text(html: str) -> str:
    import html as htmllib

    return _SPACES.sub(" ", htmllib.unescape(_TAGS.sub(" ", html))).strip()
