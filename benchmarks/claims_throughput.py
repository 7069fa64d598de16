"""Claim-extraction throughput on a generated multilingual corpus, beside quantulum3.

    python benchmarks/claims_throughput.py [--mb 50] [--peer-kb 40] [--seed 7]

Generates at least ``--mb`` MB of article-like text in English, Russian, Korean and Chinese
(mostly narrative sentences without figures, some with dates, resolution numbers, ages, and
figures about flows of people in every written form), runs ``extract_claims`` over it in one
process (one core) and reports MB/s, claims/s and peak memory; then runs quantulum3 on a slice
of the same English documents and reports the ratio. Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sanctionwatch.claims.extract import extract_claims

FILLER = {
    "en": [
        "The ministry did not respond to a request for comment.",
        "Analysts say the arrangement serves both governments.",
        "Construction sites in the Far East have long relied on foreign labour.",
        "The visit was covered widely by state media in Pyongyang and Moscow.",
        "Officials in Seoul said they were monitoring the situation closely.",
        "The agreement on comprehensive strategic partnership was signed last summer.",
        "Diplomats at the United Nations raised the issue at a closed meeting.",
        "Local residents described the new dormitories near the port.",
    ],
    "ru": [
        "В министерстве не ответили на запрос редакции.",
        "Эксперты считают, что соглашение выгодно обеим сторонам.",
        "Стройки Дальнего Востока давно зависят от иностранной рабочей силы.",
        "Визит широко освещали государственные СМИ обеих стран.",
        "В Сеуле заявили, что внимательно следят за ситуацией.",
        "Договор о всеобъемлющем стратегическом партнерстве подписали прошлым летом.",
    ],
    "ko": [
        "외교부는 관련 질의에 답하지 않았다.",
        "전문가들은 이번 합의가 양측 모두에 이익이 된다고 분석했다.",
        "극동 지역 건설 현장은 오랫동안 외국 인력에 의존해 왔다.",
        "정부 관계자는 상황을 예의주시하고 있다고 밝혔다.",
        "양국은 포괄적 전략 동반자 관계 조약을 체결했다.",
    ],
    "zh": [
        "外交部没有回应置评请求。",
        "分析人士认为,这一安排对双方都有利。",
        "远东地区的建筑工地长期依赖外国劳动力。",
        "官员表示正在密切关注事态发展。",
        "两国签署了全面战略伙伴关系条约。",
    ],
}

DISTRACT = {
    "en": [
        "Resolution {r} of {y} bans the employment of such workers, paragraph {p} says.",
        "The {a}-year-old official arrived on {d} March {y} at 10:{m}.",
        "The report, published on page {p}, was updated in {y}.",
    ],
    "ru": [
        "Резолюция {r} от {y} года запрещает наем таких работников, говорится в пункте {p}.",
        "Чиновник в возрасте {a} лет прибыл {d} марта {y} года.",
    ],
    "ko": [
        "유엔 안보리 결의 {r}호는 {y}년에 채택됐다.",
        "{a}세 관리가 {y}년 3월 {d}일 도착했다.",
    ],
    "zh": [
        "安理会第{r}号决议于{y}年通过。",
        "这名{a}岁的官员于{y}年3月{d}日抵达。",
    ],
}

CLAIMS = {
    "en": [
        "In {y}, {n:,} North Koreans entered Russia, according to the FSB.",
        "About {n:,} DPRK citizens arrived for study in the third quarter of {y}.",
        "More than {k} thousand North Korean workers were counted last year, a {f}-fold increase.",
        "Some {n:,} North Korean students came to Russia from July to September {y}, up {pc}% from {y0}.",  # noqa: E501
        "Up to {n:,} North Korean troops were deployed to the Kursk region, the highest since {y0}.",  # noqa: E501
        "Thousands of North Korean labourers work on construction sites in Vladivostok.",
    ],
    "ru": [
        "По данным ФСБ, в {y} году в Россию въехали {ns} граждан КНДР.",
        "Около {k} тысяч северокорейцев прибыли на учебу в первом полугодии {y} года.",
        "Число въездов выросло в {f} раз по сравнению с {y0} годом.",
        "Свыше {k},{d} тыс. граждан КНДР работают в Приморье.",
    ],
    "ko": [
        "통일부에 따르면 {y}년 러시아에 입국한 북한 주민은 {kk}만 {k}천 {d}명이다.",
        "지난해 1~9월 러시아를 방문한 북한 노동자는 약 {k}천 명으로 전년 대비 {f}배 늘었다.",
        "북한은 러시아에 병력 {kk}만{k}천 명을 파병했다.",
    ],
    "zh": [
        "据俄罗斯联邦统计局数据,{y}年有{kk}.{k}万名朝鲜人入境俄罗斯,较去年增长{f}倍。",
        "上半年约{k}千名朝鲜工人前往俄罗斯远东地区务工。",
        "今年1至9月,入境俄罗斯的朝鲜公民超过{n}人。",
    ],
}


def _fill(t: str, rnd: random.Random) -> str:
    y = rnd.randint(2015, 2025)
    return t.format(
        y=y,
        y0=y - rnd.randint(1, 6),
        n=rnd.randint(12, 25000),
        k=rnd.randint(1, 9),
        kk=rnd.randint(1, 3),
        d=rnd.randint(1, 28),
        f=rnd.randint(2, 15),
        pc=rnd.randint(5, 90),
        r=rnd.choice([1718, 2270, 2321, 2371, 2375, 2397]),
        p=rnd.randint(1, 30),
        a=rnd.randint(20, 70),
        m=rnd.randint(10, 59),
        ns=f"{rnd.randint(1, 30)} {rnd.randint(100, 999)}",
    )


def documents(
    total_bytes: int, seed: int, claim_share: float = 0.16, distractor_share: float = 0.12
) -> Iterator[tuple[str, str]]:
    """(lang, text) documents of ~2-6 KB until ``total_bytes`` of UTF-8 are produced."""
    rnd = random.Random(seed)
    produced = 0
    langs = ("en", "ru", "ko", "zh")
    while produced < total_bytes:
        lang = rnd.choice(langs)
        target = rnd.randint(2000, 6000)
        parts: list[str] = []
        size = 0
        while size < target:
            r = rnd.random()
            if r < 1.0 - claim_share - distractor_share:
                s = rnd.choice(FILLER[lang])
            elif r < 1.0 - claim_share:
                s = _fill(rnd.choice(DISTRACT[lang]), rnd)
            else:
                s = _fill(rnd.choice(CLAIMS[lang]), rnd)
            parts.append(s)
            size += len(s.encode("utf-8")) + 1
            if rnd.random() < 0.15:
                parts.append("\n")
        sep = "" if lang == "zh" else " "
        text = sep.join(parts).replace(" \n ", "\n")
        produced += len(text.encode("utf-8"))
        yield lang, text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--peer-kb", type=float, default=40.0, help="English slice for quantulum3, KB")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--claim-share", type=float, default=0.16, help="share of sentences with figures (0.16)"
    )
    ap.add_argument(
        "--distractor-share",
        type=float,
        default=0.12,
        help="share of sentences with years, dates, article numbers, ages (0.12)",
    )
    args = ap.parse_args()
    t0 = time.perf_counter()
    docs = list(
        documents(int(args.mb * 1_000_000), args.seed, args.claim_share, args.distractor_share)
    )
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    print(
        f"corpus: {len(docs)} documents, {nbytes / 1e6:.1f} MB, generated in {time.perf_counter() - t0:.1f} s"  # noqa: E501
    )
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc_date = date(2025, 2, 10)
    # warm-up: load the vocabulary and compile the regexes outside the timed loop
    for lang in ("en", "ru", "ko", "zh"):
        extract_claims(_fill(CLAIMS[lang][0], random.Random(0)), lang=lang, doc_date=doc_date)
    n_claims = 0
    t0 = time.process_time()
    w0 = time.perf_counter()
    for i, (lang, text) in enumerate(docs):
        n_claims += len(extract_claims(text, lang=lang, doc_date=doc_date, doc_id=str(i)))
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mbps = nbytes / 1e6 / cpu
    print(
        f"sanctionwatch: {n_claims} claims in {cpu:.1f} s CPU ({wall:.1f} s wall), {mbps:.2f} MB/s per core, "  # noqa: E501
        f"{n_claims / cpu:,.0f} claims/s; peak RSS {rss1 / 1024:.0f} MB (corpus held in memory: {rss0 / 1024:.0f} MB before extraction)"  # noqa: E501
    )
    try:
        from claims_eval import quantulum_parser

        parser, note = quantulum_parser()
    except Exception as e:
        print(f"quantulum3: could not be imported ({e}); no peer figure")
        return 0
    print(f"quantulum3 runs {note}")
    en_docs = [t for lang, t in docs if lang == "en"]
    slice_texts: list[str] = []
    size = 0
    for t in en_docs:
        if size >= args.peer_kb * 1000:
            break
        slice_texts.append(t)
        size += len(t.encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up with 5 people")
        t0 = time.process_time()
        q = 0
        failed = 0
        for t in slice_texts:
            try:
                q += len(parser.parse(t))
            except Exception:  # its unit classifier fails to load for some units (sklearn pickle)
                failed += 1
        qcpu = time.process_time() - t0
        t0 = time.process_time()
        ours = sum(len(extract_claims(t, lang="en", doc_date=doc_date)) for t in slice_texts)
        ocpu = time.process_time() - t0
    q_kbps = size / 1e3 / qcpu
    o_kbps = size / 1e3 / ocpu
    print(
        f"English slice {size / 1e3:.0f} KB: quantulum3 {q} quantities in {qcpu:.1f} s = {q_kbps:.1f} KB/s; "  # noqa: E501
        f"sanctionwatch {ours} claims in {ocpu:.3f} s = {o_kbps:,.0f} KB/s; ratio {o_kbps / q_kbps:,.0f}x"  # noqa: E501
    )
    if failed:
        print(f"quantulum3 raised on {failed} of {len(slice_texts)} documents (timed all the same)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
