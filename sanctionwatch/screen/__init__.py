"""Name screening against sanctions lists (UN 1718 bundled): import, versions, matching, audit.

Public API for other modules: ``screen_names(store, queries, threshold=None)``, the store-free
``Matcher`` (picklable, for workers), ``screen_text`` for running text, and the result records.
"""

from sanctionwatch.screen.match import Matcher, ScreenMatch, ScreenQuery, ScreenResult
from sanctionwatch.screen.service import screen_names


def __getattr__(name: str) -> object:
    if name == "screen_text":
        from sanctionwatch.screen.documents import screen_text

        return screen_text
    raise AttributeError(name)


__all__ = ["Matcher", "ScreenMatch", "ScreenQuery", "ScreenResult", "screen_names", "screen_text"]
