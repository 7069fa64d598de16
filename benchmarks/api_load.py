"""Load test of the HTTP API on loopback: bounded concurrency, requests/s and latency percentiles.

Starts ``sanctionwatch serve`` (a real uvicorn process) on a free loopback port over a fresh
database with the bundled data, warms it up (and checks the answers with httpx), then runs N
concurrent keep-alive clients (asyncio, see ``Conn``) for a fixed time against each endpoint:

    GET  /api/flows?origin=KP&destination=RU            (the flows array, 74 values)
    GET  /api/findings?origin=KP&destination=RU         (the detect array)
    POST /api/claims/check  {"text": ..., "date": ...}  (extraction + verification per request)

Run:  python benchmarks/api_load.py [--clients 50] [--seconds 20]
Prints one line per endpoint: requests, errors, requests/s, p50/p95/p99 latency in ms.
The server is one uvicorn process; the load generator runs in this process on the same machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ARTICLE = (
    "Russia's border service recorded 13,221 entries of North Korean citizens in 2024, "
    "of which 7,887 were for study, up from 1,117 in 2023. In the third quarter of 2024 "
    "alone, 3,765 North Koreans entered to study."
)

ENDPOINTS: list[tuple[str, str, str, dict[str, str] | None]] = [
    ("flows", "GET", "/api/flows?origin=KP&destination=RU", None),
    ("findings", "GET", "/api/findings?origin=KP&destination=RU", None),
    ("claims/check", "POST", "/api/claims/check", {"text": ARTICLE, "date": "2025-02-10"}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SANCTIONWATCH_DB": str(db)}
    env.pop("SANCTIONWATCH_TOKEN", None)  # the benchmark only reads: serve read-only
    cmd = [
        sys.executable,
        "-m",
        "sanctionwatch",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start within 120 s")


class Conn:
    """One keep-alive HTTP/1.1 connection with just enough protocol for this benchmark.

    Hand-written because httpx's async client spent ~6 ms of CPU per request here, several
    times the server's own cost; on 2 shared cores the load generator must stay cheap, or it
    measures itself. Responses must carry Content-Length (the measured endpoints do).
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, raw: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length is None:
            raise RuntimeError("response without Content-Length")
        await self.reader.readexactly(length)
        return status


def raw_request(method: str, path: str, body: dict[str, str] | None, port: int) -> bytes:
    data = json.dumps(body).encode() if body is not None else b""
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
    return (head + "\r\n").encode() + data


async def load(
    port: int, method: str, path: str, body: dict[str, str] | None, clients: int, seconds: float
) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    raw = raw_request(method, path, body, port)
    stop = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal errors
        conn = Conn("127.0.0.1", port)
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            try:
                ok = await conn.request(raw) == 200
            except (OSError, asyncio.IncompleteReadError, RuntimeError):
                ok, conn = False, Conn("127.0.0.1", port)
            latencies.append(time.perf_counter() - t0)
            if not ok:
                errors += 1
        if conn.writer is not None:
            conn.writer.close()

    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        subprocess.run(
            [sys.executable, "-m", "sanctionwatch", "--db", str(db), "init"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port = free_port()
        proc = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            for _, method, path, body in ENDPOINTS:  # warm-up: fill the caches once
                httpx.request(method, base + path, json=body, timeout=120).raise_for_status()
            print(
                f"{args.clients} clients, {args.seconds:.0f} s per endpoint, server pid {proc.pid}"
            )
            print(
                f"{'endpoint':<14}{'requests':>9}{'errors':>7}{'req/s':>9}"
                f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'srv cpu ms/req':>16}{'client cpu':>12}"
            )
            server = psutil.Process(proc.pid)
            for name, method, path, body in ENDPOINTS:
                # Server CPU per request does not depend on how busy the machine is: report it.
                c0, k0 = server.cpu_times(), time.process_time()
                lat, errors = asyncio.run(
                    load(port, method, path, body, args.clients, args.seconds)
                )
                c1 = server.cpu_times()
                cpu = (c1.user + c1.system - c0.user - c0.system) / max(len(lat), 1) * 1000
                mine = (time.process_time() - k0) / max(len(lat), 1) * 1000
                print(
                    f"{name:<14}{len(lat):>9}{errors:>7}{len(lat) / args.seconds:>9.1f}"
                    f"{pct(lat, 50):>9.1f}{pct(lat, 95):>9.1f}{pct(lat, 99):>9.1f}{cpu:>16.2f}"
                    f"{mine:>12.2f}"
                )
            print(f"load average at the end: {os.getloadavg()[0]:.1f} (cores: {os.cpu_count()})")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
