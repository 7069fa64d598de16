"""Entry point for ``python -m sanctionwatch``."""

from sanctionwatch.cli import main

main()
