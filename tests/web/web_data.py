"""Constants shared by the web tests: the API token and tiny hand-made statistics files."""

TOKEN = "test-token-5d1e"

# Two made-up quarters of a series the bundled data does not have (MN -> RU), in the tidy layout.
VALID_CSV = (
    "period_start,period_end,period_kind,origin,destination,purpose,count,qualifier,"
    "source_outlet,source_date,source_url,note\n"
    "2024-01-01,2024-03-31,quarter,MN,RU,study,120,exact,Test Gazette,2024-05-01,"
    "https://example.org/q1,'120 students in the first quarter'\n"
    "2024-04-01,2024-06-30,quarter,MN,RU,study,140,exact,Test Gazette,2024-08-01,"
    "https://example.org/q2,\n"
)

# A count that is not a number (row 2) and a purpose outside the vocabulary (row 3).
INVALID_CSV = (
    "period_start,period_end,period_kind,origin,destination,purpose,count,qualifier,"
    "source_outlet,source_date,source_url,note\n"
    "2024-01-01,2024-03-31,quarter,MN,RU,study,many,exact,Test Gazette,2024-05-01,"
    "https://example.org/q1,\n"
    "2024-04-01,2024-06-30,quarter,MN,RU,picnic,140,exact,Test Gazette,2024-08-01,"
    "https://example.org/q2,\n"
)
