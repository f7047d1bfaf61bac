"""Time of one long article against its length: 190 KB, 1 MB and 1.9 MB (issue 11).

    python benchmarks/bench_length.py                       # 190 KB, 1 MB, 1.9 MB; both kinds
    python benchmarks/bench_length.py --sizes 190 1900      # sizes in KB
    python benchmarks/bench_length.py --profile 1000        # cProfile of one 1,000 KB article

Each article is one ``.txt`` file of plain sentences, written to a temporary folder:

* ``meetings``: every sentence a dated Vietnam-India meeting ("Vietnamese Defence Minister
  Phan Van Giang met Indian Defence Minister Rajnath Singh in Hanoi on June 8, 2022."), with
  officials from ``ties_lib/data/actors.csv`` at dates inside their tenures, as in a report
  pasted whole;
* ``mixed``: the phrasings of a long record of ties, as ``tests/conftest.long_article`` writes
  them (visits with and without a year, exercises by month, anniversaries, agreements signed
  by year and undated, cooperation domains), without a date header.

Every run is its own subprocess: ``load_corpus`` on the folder with no time budget (imports
excluded), and the CLI export's wall time (interpreter, imports and writing the CSVs
included). Targets: 10x the text in at most 15x the time; 1.9 MB in at most 30 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import CITIES, people  # noqa: E402

DEFAULT_KB = [190, 1000, 1900]


def meetings(kb: int, seed: int = 11) -> str:
    """About ``kb`` kilobytes of dated Vietnam-India meetings, one a sentence."""
    rng = random.Random(seed)
    cast = people()
    vn = [p for p in cast if p.country == "VNM"]
    ind = [p for p in cast if p.country == "IND"]
    cities = CITIES["VNM"] + CITIES["IND"]
    out = ["Vietnam and India: meetings on defence cooperation", ""]
    size, target = 0, kb * 1000
    while size < target:
        a = rng.choice(vn)
        day = a.start + dt.timedelta(days=rng.randrange(max(1, (a.end - a.start).days)))
        b = next((p for p in rng.sample(ind, len(ind)) if p.start <= day <= p.end), rng.choice(ind))
        s = (f"Vietnamese {a.role} {a.name} met Indian {b.role} {b.name} in {rng.choice(cities)} "
             f"on {day:%B} {day.day}, {day.year}.")
        out.append(s)
        size += len(s) + 1
        if rng.random() < 0.1:
            out.append("")  # a paragraph break now and then
    return "\n".join(out[:2]) + "\n" + " ".join(out[2:]).replace("  ", "\n\n") + "\n"


def mixed(kb: int) -> str:
    """About ``kb`` kilobytes in the phrasings of the growth test."""
    from conftest import long_article

    per_sentence = len(long_article(400, header=False)) / 400
    return long_article(int(kb * 1000 / per_sentence), header=False)


KINDS = {"meetings": meetings, "mixed": mixed}


def child(mode: str, src: str, out: str) -> dict:
    if mode == "load":
        from ties_lib.corpus import load_corpus

        t0 = time.perf_counter()  # imports excluded
        corpus = load_corpus(src, time_budget=None)
        secs = time.perf_counter() - t0
        return {"seconds": secs, "events": len(corpus.events), "problems": len(corpus.problems)}
    from ties_lib.cli import main

    t0 = time.perf_counter()
    assert main(["export", src, out, "--time-budget", "0"]) == 0
    return {"seconds": time.perf_counter() - t0}


def run_child(mode: str, src: Path, out: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, str(src), str(out)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed on {src}: {proc.stderr[-2000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["wall"] = wall
    return res


def profile(kb: int, kind: str, top: int = 25) -> None:
    import cProfile
    import pstats

    from ties_lib.corpus import build_corpus
    from ties_lib.extract import extract
    from ties_lib.records import Document

    text = KINDS[kind](kb)
    extract(Document("warm", "warm.txt", KINDS[kind](5), "utf-8"))
    prof = cProfile.Profile()
    prof.enable()
    build_corpus([extract(Document("long", "long.txt", text, "utf-8"))])
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_KB, metavar="KB")
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS))
    ap.add_argument("--profile", type=int, metavar="KB", help="profile one article of KB kilobytes and stop")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    if args.profile:
        profile(args.profile, args.kinds[0])
        return
    print(f"# {platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} CPUs · "
          f"Python {platform.python_version()} · {dt.datetime.now():%Y-%m-%d %H:%M}")
    print(f"{'kind':<9} {'KB':>6} {'sentences':>9} {'events':>7} {'load s':>7} {'x time':>7} {'x text':>7} "
          f"{'KB/s':>6} {'CLI s':>6}")
    for kind in args.kinds:
        first = None
        for kb in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / "src"
                src.mkdir()
                text = KINDS[kind](kb)
                (src / "report.txt").write_text(text, encoding="utf-8")
                size = len(text.encode("utf-8")) / 1000
                sentences = text.count(". ") + 1
                res = run_child("load", src, Path(tmp) / "out-load")
                cli = run_child("export", src, Path(tmp) / "out")
                first = first or (res["seconds"], size)
                print(f"{kind:<9} {size:>6.0f} {sentences:>9,} {res['events']:>7,} {res['seconds']:>7.2f} "
                      f"{res['seconds'] / first[0]:>7.1f} {size / first[1]:>7.1f} {size / res['seconds']:>6.0f} "
                      f"{cli['wall']:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
