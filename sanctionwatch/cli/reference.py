"""The CLI reference (docs/cli.md), generated from the commands themselves so it cannot drift.

Regenerate with ``python -m sanctionwatch.cli.reference > docs/cli.md``; a test fails when the
file is out of date, i.e. when a command or option is undocumented.
"""

from __future__ import annotations

from typing import Any

import typer.main

from sanctionwatch.cli import app


def _walk(cmd: Any, path: list[str]) -> list[tuple[list[str], Any]]:
    out = [(path, cmd)]
    # typer vendors its own click, so test for a group by shape rather than by class
    if hasattr(cmd, "commands"):
        for name in sorted(cmd.commands):
            out.extend(_walk(cmd.commands[name], [*path, name]))
    return out


def render() -> str:
    root = typer.main.get_command(app)
    lines = [
        "# sanctionwatch command reference",
        "",
        "Generated from the code by `python -m sanctionwatch.cli.reference > docs/cli.md`; "
        "do not edit.",
        "",
        "Settings: `--db PATH` or `SANCTIONWATCH_DB` (database file; default: the per-user data "
        "directory),",
        "`SANCTIONWATCH_TOKEN` (bearer token required by the web server for writes).",
        "",
    ]
    for path, cmd in _walk(root, ["sanctionwatch"]):
        if cmd.hidden:
            continue
        ctx = cmd.context_class(cmd, info_name=" ".join(path))
        lines.append(f"## `{' '.join(path)}`")
        lines.append("")
        help_text = (cmd.help or "").strip()
        if help_text:
            lines.append(help_text)
            lines.append("")
        lines.append("```")
        lines.append(cmd.get_usage(ctx).strip())
        lines.append("```")
        lines.append("")
        rows = []
        for p in cmd.get_params(ctx):
            rec = p.get_help_record(ctx)
            if rec is None:
                if getattr(p, "param_type_name", "") == "argument":
                    rows.append((p.human_readable_name, ""))
                continue
            rows.append(rec)
        if rows:
            for name, text in rows:
                lines.append(f"- `{name}`: {' '.join(text.split())}" if text else f"- `{name}`")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(render())
