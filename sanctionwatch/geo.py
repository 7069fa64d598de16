"""Country names in English, Russian, Korean and Chinese (and ISO codes) to ISO alpha-2 codes."""

from __future__ import annotations

import functools
import gettext
import re
from importlib import resources

import pycountry
import yaml

_LANGS = ("ru", "ko", "zh_CN", "zh_TW")
_DROP = re.compile(r"[\W_]+", re.UNICODE)


def normalize_name(name: str) -> str:
    """Case, «ё», punctuation and spacing folded away: «Корея, Народно-Демократическая» matches."""
    return _DROP.sub("", name.casefold().replace("ё", "е"))


@functools.cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}

    def add(name: str | None, code: str) -> None:
        if name:
            index.setdefault(normalize_name(name), code)

    translations = []
    for lang in _LANGS:
        try:
            translations.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            )
        except OSError:  # a pycountry build without that locale: fewer names, still correct
            continue
    for c in pycountry.countries:
        names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        for n in names:
            add(n, c.alpha_2)
            for t in translations:
                if n:
                    local = t.gettext(n)
                    add(local, c.alpha_2)
                    # ОКСМ writes "Корея, Республика" where ISO's Russian says "Республика Корея".
                    if " " in local and "," not in local:
                        head, _, tail = local.rpartition(" ")
                        add(f"{tail}, {head}", c.alpha_2)
        add(c.alpha_3, c.alpha_2)
    aliases = yaml.safe_load(
        resources.files("sanctionwatch.data").joinpath("country_aliases.yaml").read_text("utf-8")
    )
    for code, names in aliases.items():
        for n in names:
            index[normalize_name(n)] = code  # curated aliases win over generated forms
    return index


def country_code(name: str) -> str | None:
    """The alpha-2 code for a country name or code, or None when unknown."""
    s = name.strip()
    if len(s) == 2 and s.isascii() and s.isalpha():
        c = pycountry.countries.get(alpha_2=s.upper())
        return c.alpha_2 if c else None
    return _index().get(normalize_name(s))


def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name
