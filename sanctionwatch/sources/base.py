"""What every importer returns, and helpers they share (file reading, numbers, source names)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from sanctionwatch.errors import InputError, InputProblem
from sanctionwatch.model import Observation


@dataclass
class ParsedFile:
    """The statements read from one file, before they are written.

    ``source_key`` names the logical source (e.g. the FSB table for January-September 2024):
    a later file with the same key and different content becomes a new vintage of it.
    """

    path: str
    format: str
    source_key: str
    sha256: str
    observations: list[Observation] = field(default_factory=list)
    skipped: list[InputProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    publisher: str | None = None
    source_url: str | None = None


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError.one("file not found", file=str(path)) from None
    except IsADirectoryError:
        raise InputError.one("is a directory, expected a statistics file", file=str(path)) from None
    except OSError as exc:
        raise InputError.one(f"cannot read file: {exc.strerror}", file=str(path)) from None


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1251, the encoding of Russian exports."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        raise InputError.one("file is neither UTF-8 nor Windows-1251 text", file=path) from None
    # cp1251 decodes almost any byte string; reject binary files that slipped through.
    if "\x00" in text:
        raise InputError.one("file looks binary, expected CSV text or XLSX", file=path)
    return text


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")


def parse_count(cell: str) -> int:
    """A non-negative whole number with spaces, no-break spaces or thin spaces as thousands
    separators ("13 221", "13\u00a0221"); ValueError naming what was expected."""
    s = _SPACES.sub("", cell)
    if s.endswith(".0"):
        s = s[:-2]
    if not s.isdigit():
        if s.startswith("-") and s[1:].isdigit():
            raise ValueError(f"negative count {cell!r}; counts of entries cannot be negative")
        raise ValueError(f"expected a whole number of entries, found {cell!r}")
    return int(s)


_RETOLD = re.compile(
    r"^(?P<orig>.+?),?\s+(?:as retold by|as reported by|as cited by)\s+(?P<out>.+)$", re.I
)
_VIA = re.compile(r"^(?P<orig>.+?)\s+via\s+(?P<out>.+)$", re.I)
_CITING = re.compile(r"^(?P<out>.+?)\s+citing\s+(?P<orig>.+)$", re.I)


def split_outlet(text: str) -> tuple[str, str, tuple[str, ...]]:
    """Split "RFA (Korean service) as retold by Seoul Shinmun/Yonhap" into
    (original reporter, outlet read, chain from first to last)."""
    s = text.strip()
    for pattern in (_RETOLD, _CITING, _VIA):
        m = pattern.match(s)
        if m:
            orig, out = m["orig"].strip(), m["out"].strip()
            return orig, out, (orig, out)
    return s, s, (s,)


_QUOTE = re.compile(r"'(.+?)'(?=[\s;,.)]|$)")


def first_quote(note: str | None) -> str | None:
    """The first single-quoted passage of a note: the words of the source, kept for checking."""
    if not note:
        return None
    m = _QUOTE.search(note)
    return m[1] if m else None
