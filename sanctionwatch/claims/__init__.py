"""Claims: numeric statements pulled from news text (extract), checked against the statistics."""
