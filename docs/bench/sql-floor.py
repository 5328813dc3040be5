#!/usr/bin/env python3
"""SQL floor of a benchmark figure (issue 18): the statement the app runs, timed in psql on the server.

Usage: docs/bench/sql-floor.py DATABASE RUNS FILE.sql [FILE.sql ...]
The files are written by SearchBenchmark (target/bench-sql/, the app's own SQL with its values inlined). For each file
it runs EXPLAIN (ANALYZE, BUFFERS) RUNS times in one psql session per run set and prints: the first run's execution
time and shared buffers read from outside PostgreSQL's cache ("first": as cold as we can get without restarting a
shared server; the OS page cache may still hold the blocks), then the median and p95 of all runs after the first
("warm"). With several files, files are taken in turn, so a "warm" run of one file follows the others.
Needs psql on PATH; connects to 127.0.0.1:5432 as postgres (PGHOST/PGUSER override).
"""
import math
import os
import re
import subprocess
import sys


def explain(db, sql):
    out = subprocess.run(["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-U", os.environ.get("PGUSER", "postgres"),
                          "-d", db, "-XAt", "-c", "explain (analyze, buffers) " + sql.strip().rstrip(";")],
                         capture_output=True, text=True, check=True).stdout
    ms = float(re.search(r"Execution Time: ([0-9.]+) ms", out).group(1))
    first = re.search(r"Buffers: shared (?:hit=(\d+))?\s*(?:read=(\d+))?", out)
    hit = int(first.group(1) or 0) if first else 0
    read = int(first.group(2) or 0) if first else 0
    return ms, hit, read


def pct(sorted_ms, p):
    i = max(0, min(len(sorted_ms) - 1, math.ceil(p / 100 * len(sorted_ms)) - 1))
    return sorted_ms[i]


def main():
    db, runs, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    sqls = {f: open(f, encoding="utf-8").read() for f in files}
    times = {f: [] for f in files}
    firsts = {}
    for r in range(runs):
        for f in files:
            ms, hit, read = explain(db, sqls[f])
            if r == 0:
                firsts[f] = (ms, hit, read)
            else:
                times[f].append(ms)
    allwarm = []
    for f in files:
        w = sorted(times[f])
        allwarm += w
        ms, hit, read = firsts[f]
        print(f"{os.path.basename(f)}: first {ms:.1f} ms (buffers hit {hit}, read {read}); "
              f"warm median {pct(w, 50):.1f} ms, p95 {pct(w, 95):.1f} ms (n={len(w)})")
    if len(files) > 1:
        allwarm.sort()
        print(f"all files: warm median {pct(allwarm, 50):.1f} ms, p95 {pct(allwarm, 95):.1f} ms (n={len(allwarm)})")


if __name__ == "__main__":
    main()
