"""Sweeps: claim extraction, verification and name screening over large corpora, local or Ray."""
