"""Claims: numeric statements pulled from news text (extract) and checked against the statistics (verify)."""
