"""sanctionwatch: a workbench for monitoring flows of people that sanctions forbid."""

__version__ = "0.1.0"
