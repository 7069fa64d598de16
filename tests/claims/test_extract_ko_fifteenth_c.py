"""Korean forms met in round sixty-seven: note marks, negated and corrected figures."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

JUL = date(2025, 7, 20)


def test_a_reports_note_mark_is_no_count() -> None:
    # "…으로 집계했다.[14]", "[14] 이 수치는 …": the note's number, at the sentence's end or
    # opening the note's own line
    text = (
        "연구소는 올해 6월 기준 몽골에서 일하는 북한 노동자를 약 400명으로 집계했다.[14]\n\n"
        "[14] 이 수치는 현지 업체 17곳에 대한 면접 조사에 근거한다."
    )
    got = [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [400]
    text = "중국 단둥에도 북한 노동자 약 2천 명이 머무는 것으로 추정된다.[9]"
    got = [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [2000]


def test_a_figure_rejected_for_another_is_no_claim() -> None:
    # "3천 명이 아니라 1천500명": the speaker's figure is the one after; the rejected one, where it
    # was first said, is a claim of its own
    text = (
        '한 매체는 "북한 노동자 3천 명이 연해주에 도착했다"고 보도했다.\n\n'
        '그러나 현지 관계자는 "3천 명이 아니라 1천500명 정도"라고 말했다.'
    )
    got = [(c.quantity, c.qualifier) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(3000, "exact"), (1500, "approx")]
    text = "올해 러시아에 간 북한 유학생은 500명이 아닌 700명으로 집계됐다."
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [700]


def test_a_reports_interviewees_are_no_flow() -> None:
    # "탈북민 45명을 인터뷰했다", "노동자 12명과 면담한": the people a report spoke with
    for text in (
        "연구팀은 러시아 건설 현장에서 일하다 탈북한 노동자 45명을 직접 인터뷰했다.",
        "보고서는 중국 공장에서 일했던 북한 노동자 12명과 면담한 결과를 담았다.",
        "조사진은 탈북민 30여 명을 심층 인터뷰했다.",
    ):
        assert extract_claims(text, lang="ko", doc_date=JUL) == []
    # a flow the same report gives is still read
    text = (
        "연구팀은 탈북 노동자 45명을 인터뷰했으며, 지난해 러시아로 간 북한 노동자는 약 6천 명으로 "
        "추산했다."
    )
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [6000]


def test_an_announced_figure_a_correction_replaces_is_no_claim() -> None:
    # "당초 … 명으로 발표했으나 … 명으로 정정했다": only the corrected figure is asserted
    text = (
        "통일부는 올해 상반기 러시아에 파견된 북한 노동자를 당초 3천 명으로 발표했으나 "
        "이후 2천400명으로 정정했다."
    )
    got = [(c.quantity, c.unit) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(2400, "workers")]
    text = "러시아 당국은 1분기 북한 주민 입국을 1천200건으로 집계했다가 1천20건으로 바로잡았다."
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [1020]
    # an announcement another source disputes, with no correction, stays a claim
    text = "통일부는 북한 노동자를 3천 명으로 발표했으나, 전문가들은 실제로는 더 많다고 본다."
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [3000]


def test_pictures_counted_in_sheets_are_no_people() -> None:
    # "사진 6장을 올렸다", "캡처 3장과 함께": the pictures of a post, not the people in them
    text = (
        "한 현지 주민은 SNS에 '북한 노동자 150여 명이 버스로 도착했다'는 글과 함께 "
        "사진 6장을 올렸다."
    )
    got = [(c.quantity, c.unit) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(150, "workers")]
    text = "매체는 화면 캡처 3장과 함께 북한 유학생 40명이 하산역을 통과했다고 전했다."
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [40]


def test_a_rise_it_may_take_is_the_most_it_could_reach() -> None:
    # "…명까지 늘어날 수 있다": up to that figure, as en "could reach"; "…명까지 늘었다" is the
    # value reached
    text = "전문가들은 내년 러시아 내 북한 노동자가 3만 명까지 늘어날 수 있다고 본다."
    got = [(c.quantity, c.qualifier) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(30000, "at_most")]
    text = "올해 상반기 러시아 내 북한 노동자는 1만 5천 명까지 늘었다."
    got = [(c.quantity, c.qualifier) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(15000, "exact")]


def test_a_region_of_several_countries_with_its_sites_is_no_one_destination() -> None:
    # "카타르와 오만 등 중동 건설 현장에": several countries, not the one the article named before
    text = (
        "북한은 올해 러시아에 노동자 약 3천 명을 보냈다. "
        "또 카타르와 오만 등 중동 건설 현장에 나가 있는 북한 노동자도 수백 명에 이른다."
    )
    got = [(c.quantity, c.destination) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(3000, "RU"), (100, None)]


def test_the_security_councils_panel_named_in_full_is_the_un_panel() -> None:
    # "유엔 안보리 전문가패널": the Security Council's panel of experts
    text = "유엔 안보리 전문가패널은 2020년 중국에 북한 노동자 2만 명이 남아 있다고 추정했다."
    got = [(c.quantity, c.attribution) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(20000, "UN Panel of Experts")]


def test_agreements_as_the_clauses_topic_are_no_entries() -> None:
    # "협정만 해도 지난해 12건으로": the agreements the clause is about, counted in "건", and the
    # change said of them
    text = "북한과 러시아 대학들이 맺은 학술 협정만 해도 올해 상반기에 12건으로, 지난해의 두 배다."
    assert extract_claims(text, lang="ko", doc_date=JUL) == []
    # people named between: entries of people
    text = "협정은 지난해 발효됐으며 올해 북한 주민의 러시아 입국은 1천200건이었다."
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [1200]
    # a purpose or a flow named between ("보고서는 이 중 유학 목적이"): the entries are counted
    text = (
        "북한 주민의 러시아 입국은 올해 3천 건이었다. "
        "보고서는 이 중 유학 목적이 800건이라고 밝혔다."
    )
    assert [c.quantity for c in extract_claims(text, lang="ko", doc_date=JUL)] == [3000, 800]


def test_what_all_of_them_went_to_do_is_the_figures_purpose() -> None:
    # "…명이었고, 모두 … 공장으로 갔다": all of the people counted went to work
    text = '관계자는 "어제 들어온 북한 주민은 120명이었고, 모두 봉제 공장으로 갔다"고 말했다.'
    got = [(c.quantity, c.unit, c.purpose) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got == [(120, "workers", "work")]
    # a clause with a figure of its own says its own
    text = "올해 북한 주민 3천 명이 러시아에 입국했고, 모두 합쳐 노동자는 500명이었다."
    got = [(c.quantity, c.purpose) for c in extract_claims(text, lang="ko", doc_date=JUL)]
    assert got[0] == (3000, "total")
