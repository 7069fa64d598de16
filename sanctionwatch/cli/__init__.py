"""The command-line interface: thin typer commands over the domain modules, one module per group."""

from __future__ import annotations

import importlib

from sanctionwatch.cli.common import app, main

# Each module registers its commands on ``app`` when imported; add a line for a new group.
_COMMAND_MODULES = [
    "sanctionwatch.cli.flows",
    "sanctionwatch.cli.screen",
    "sanctionwatch.cli.detect",
    "sanctionwatch.cli.report",
    "sanctionwatch.cli.claims",
    "sanctionwatch.cli.serve",
    "sanctionwatch.cli.sweep",
]

for _name in _COMMAND_MODULES:
    importlib.import_module(_name)

__all__ = ["app", "main"]
