"""Importers, one per published format, and the all-or-nothing ingest that writes them."""
