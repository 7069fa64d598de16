"""YAML reading that remembers the file line of each mapping and value, for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class LineDict(dict[str, Any]):
    """A mapping read from YAML with the 1-based lines of the mapping, its keys and list items."""

    line: int = 0
    key_lines: dict[str, int]
    item_lines: dict[str, list[int]]


class _LineLoader(yaml.SafeLoader):
    """PyYAML's safe loader, keeping the marks it already computes instead of dropping them."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:  # type: ignore[override]
        plain = super().construct_mapping(node, deep=True)
        out = LineDict({str(k): v for k, v in plain.items()})
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        out.item_lines = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            out.key_lines[key] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.SequenceNode):
                out.item_lines[key] = [n.start_mark.line + 1 for n in value_node.value]
        return out


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping
)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors keep PyYAML's own line and column."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LineLoader)


def line_of(obj: Any, key: str | None = None, index: int | None = None) -> int | None:
    """The line of a mapping, of one of its keys, or of the index-th item of a list under it."""
    if not isinstance(obj, LineDict):
        return None
    if key is None:
        return obj.line
    if index is not None:
        items = obj.item_lines.get(key, [])
        if 0 <= index < len(items):
            return items[index]
    return obj.key_lines.get(key, obj.line)
