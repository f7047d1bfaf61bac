"""Speed and memory of the kit on synthetic corpora of 100, 1,000 and 10,000 articles.

    python benchmarks/bench_extract.py                    # 100, 1,000 and 10,000 articles
    python benchmarks/bench_extract.py --sizes 100 1000   # a quicker run
    python benchmarks/bench_extract.py --profile 300      # cProfile of extraction, top functions

Each corpus is written to a temporary folder from templates of realistic sentences (officials
from ``ties_lib/data/actors.csv`` at dates inside their tenures, cities, cooperation domains,
agreements, page furniture), so that no two articles are copies. Every configuration runs in a
fresh subprocess, so that each peak memory figure (``ru_maxrss`` of the process and its
workers) is its own. ``dateparser.search_dates`` is timed on a sample of the same texts (it
takes about a second an article) and its per-article time scaled to the corpus.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "ties_lib" / "data"
sys.path.insert(0, str(ROOT))

# ----------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    role: str
    start: dt.date
    end: dt.date


def _day(text: str, default: dt.date) -> dt.date:
    if not text:
        return default
    parts = [int(x) for x in text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def people() -> list[Person]:
    out = []
    with (DATA / "actors.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            start = _day(row["start"], dt.date(2000, 1, 1))
            end = min(_day(row["end"], dt.date(2025, 12, 31)), dt.date(2025, 12, 31))
            if start < end and row["country"] in ("VNM", "IND", "USA"):
                out.append(Person(row["name"], row["country"], row["role"], start, end))
    return out


def domain_terms() -> list[str]:
    with (DATA / "domains.csv").open(encoding="utf-8") as fh:
        return [row["term"] for row in csv.DictReader(fh) if " " in row["term"]]  # readable phrases


PARTNER = {"IND": ("India", "Indian", "New Delhi"), "USA": ("the United States", "US", "Washington")}
CITIES = {"VNM": ["Hanoi", "Da Nang", "Ho Chi Minh City", "Cam Ranh", "Nha Trang"],
          "IND": ["New Delhi", "Mumbai", "Visakhapatnam", "Kochi"], "USA": ["Washington", "Honolulu"]}
AGREEMENTS = ["a Memorandum of Understanding on {d}", "an implementation agreement on {d}",
              "a Joint Vision Statement on defence cooperation", "a letter of intent on {d}",
              "an agreement on mutual logistics support"]
FILLER = [
    "The two sides reviewed the progress of bilateral defence cooperation over the past years.",
    "Both sides agreed to further promote cooperation in {d} and {d2}.",
    "Officials said the relationship had grown steadily despite the impact of the pandemic.",
    "The two countries share concerns about security in the region and the freedom of navigation.",
    "Analysts noted that the partnership has become one of the most important in Southeast Asia.",
    "The delegations discussed training, {d} and the exchange of delegations at all levels.",
    "He stressed that the cooperation contributes to peace, stability and development in the region.",
    "The meeting took place in a friendly and open atmosphere, according to the ministry.",
    "The {padj} side pledged to support Vietnam in {d}, including training courses for {k} officers.",
    "Vietnamese officials said that cooperation in {d2} had expanded considerably since {y}.",
    "The two militaries have held {k} rounds of staff talks, covering {d}, {d2} and search and rescue.",
    "{vn} thanked {pa} for the support in UN peacekeeping and in overcoming the consequences of war.",
    "{pa} said {pname} regards Vietnam as an important partner in its policy toward the Indo-Pacific.",
    "The ministries also agreed to step up exchanges between their defence academies and think tanks.",
    "Trade between the two countries reached {k} billion USD last year, the ministry said.",
    "Both sides welcomed the visits of naval ships and the growing ties between the coast guards.",
]
# page furniture above the article, and below it ("Read more:" ends an article, so only below)
FURNITURE_TOP = ["Share", "Log in", "Home | Politics | Defence", "Subscribe to our newsletter"]
FURNITURE_END = ["Read more:", "Related news", "Photo: VNA", "Share"]


def _when(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d:%B} {d.day}, {d.year}", f"on {d:%B} {d.day}", f"in {d:%B} {d.year}",
                       f"{d.day} {d:%B} {d.year}"])


def article(i: int, rng: random.Random, cast: list[Person], terms: list[str],
            happenings: list[tuple[str, dt.date]]) -> str:
    """One synthetic article about a happening (several articles report the same happening)."""
    partner, day = happenings[rng.randrange(len(happenings))]
    pname, padj, pcity = PARTNER[partner]

    def who(country: str) -> Person:
        pool = [p for p in cast if p.country == country and p.start <= day <= p.end] or \
            [p for p in cast if p.country == country]
        return rng.choice(pool)

    vn, pa = who("VNM"), who(partner)
    city = rng.choice(CITIES[rng.choice(("VNM", partner))])
    d, d2 = rng.sample(terms, 2)
    when = _when(day, rng)
    title = rng.choice([f"Vietnam, {pname.replace('the ', '')} deepen defence ties",
                        f"{vn.role} {vn.name} meets {padj} {pa.role}",
                        f"{padj} and Vietnamese officials discuss {d}"])
    lead = rng.choice([
        f"{vn.role} {vn.name} held talks with {padj} {pa.role} {pa.name} in {city} {when}.",
        f"{padj} {pa.role} {pa.name} paid an official visit to Vietnam {when}, meeting {vn.role} {vn.name}.",
        f"Vietnam and {pname} held the {rng.randint(2, 14)}th defence policy dialogue in {city} {when}.",
        f"Vietnamese and {padj} navies conducted a joint exercise off {city} {when}.",
    ])
    body = [lead]
    for _ in range(rng.randint(8, 18)):
        body.append(rng.choice(FILLER).format(d=d, d2=d2, padj=padj, pname=pname, vn=vn.name, pa=pa.name,
                                              k=rng.randint(2, 40), y=rng.randint(2000, day.year)))
    if rng.random() < 0.6:
        ag = rng.choice(AGREEMENTS).format(d=d)
        body.insert(rng.randint(1, len(body)), f"The two sides signed {ag} during the visit.")
    if rng.random() < 0.5:
        later = day + dt.timedelta(days=rng.randint(30, 300))
        body.append(f"{pa.name} said the next round of talks would be held in {pcity} in {later:%B} {later.year}.")
    if rng.random() < 0.3:
        earlier = day - dt.timedelta(days=rng.randint(200, 1500))
        body.append(f"Earlier, on {earlier:%B} {earlier.day}, {earlier.year}, the two countries held "
                    f"talks on {d2} in {rng.choice(CITIES['VNM'])}.")
    paras = []
    while body:
        k = rng.randint(1, 3)
        paras.append(" ".join(body[:k]))
        body = body[k:]
    head = [f"date {day + dt.timedelta(days=rng.randint(0, 3))}"] if rng.random() < 0.4 else []
    top = rng.sample(FURNITURE_TOP, rng.randint(0, 1))
    end = rng.sample(FURNITURE_END, rng.randint(0, 2))
    return "\n\n".join([*top, title, *head, *paras, f"(Report {i})", *end]) + "\n"


def build_corpus_dir(folder: Path, n: int, seed: int = 4) -> Path:
    rng = random.Random(seed + n)
    cast, terms = people(), domain_terms()
    # about one happening for every four articles: news archives report events many times
    happenings = [(rng.choice(("IND", "USA")),
                   dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365)))
                  for _ in range(max(5, n // 4))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / f"y{i % 10}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:06d}.txt").write_text(article(i, rng, cast, terms, happenings), encoding="utf-8")
    return folder


# ------------------------------------------------------------------------ child runs


def _peak_mb() -> float:
    """Peak resident memory of this process or any of its (waited-for) worker processes, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # Linux reports kilobytes


def child(mode: str, src: str, workers: int, out: str, sample: int) -> dict:
    t0 = time.perf_counter()
    if mode == "load":
        from ties_lib.corpus import load_corpus

        t0 = time.perf_counter()  # imports excluded: they are paid once a session
        corpus = load_corpus(src, workers=workers)
        n = len(corpus.articles)
    elif mode == "export":
        from ties_lib.cli import main

        code = main(["export", src, out, "--workers", str(workers)])
        assert code == 0
        n = sum(1 for _ in Path(src).rglob("*.txt"))
    elif mode == "dask":
        from ties_lib.scale import load_corpus_dask

        t0 = time.perf_counter()
        corpus = load_corpus_dask(src, scheduler="processes", num_workers=workers)
        n = len(corpus.articles)
    elif mode == "dateparser":
        from dateparser.search import search_dates

        files = sorted(Path(src).rglob("*.txt"))
        files = random.Random(0).sample(files, min(sample, len(files)))
        texts = [f.read_text(encoding="utf-8") for f in files]
        search_dates(texts[0])  # first call loads dateparser's language data
        t0 = time.perf_counter()
        for t in texts:
            search_dates(t)
        n = len(texts)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return {"seconds": time.perf_counter() - t0, "articles": n, "peak_mb": _peak_mb()}


def run_child(mode: str, src: Path, workers: int, out: Path, sample: int = 0) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, str(src), str(workers), str(out), str(sample)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed on {src}")
    res = json.loads(stdout.strip().splitlines()[-1])
    res["wall"] = wall
    return res


def profile(n: int, top: int = 25) -> None:
    import cProfile
    import pstats

    from ties_lib.corpus import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        src = build_corpus_dir(Path(tmp) / "corpus", n)
        prof = cProfile.Profile()
        prof.enable()
        load_corpus(src)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(top)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--sample", type=int, default=20, help="texts timed with search_dates per size")
    ap.add_argument("--dask", action="store_true", help="also time ties_lib.scale (processes scheduler)")
    ap.add_argument("--profile", type=int, metavar="N", help="profile load_corpus on N articles and stop")
    ap.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, src, workers, out, sample = args.child
        print(json.dumps(child(mode, src, int(workers), out, int(sample))))
        return
    if args.profile:
        profile(args.profile)
        return

    print(f"# {platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} CPUs · "
          f"Python {platform.python_version()} · {dt.datetime.now():%Y-%m-%d %H:%M}")
    print(f"{'articles':>8} {'run':<22} {'seconds':>8} {'art/s':>8} {'ms/art':>7} {'peak MB':>8}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = build_corpus_dir(Path(tmp) / "corpus", n)
            mb = sum(f.stat().st_size for f in src.rglob("*.txt")) / 1e6
            print(f"{n:>8} corpus: {mb:.1f} MB of text")
            runs = [(f"load_corpus workers={w}", "load", w) for w in args.workers]
            runs += [(f"CLI export workers={w}", "export", w) for w in args.workers]
            if args.dask:
                runs += [(f"dask processes={w}", "dask", w) for w in args.workers]
            ours = None
            for label, mode, w in runs:
                res = run_child(mode, src, w, Path(tmp) / f"out-{mode}-{w}")
                secs = res["seconds"] if mode != "export" else res["wall"]
                if mode == "load" and w == 1:
                    ours = secs / n
                print(f"{n:>8} {label:<22} {secs:>8.2f} {n / secs:>8.1f} {1000 * secs / n:>7.2f} "
                      f"{res['peak_mb']:>8.0f}", flush=True)
            res = run_child("dateparser", src, 1, Path(tmp), args.sample)
            per = res["seconds"] / res["articles"]
            print(f"{n:>8} {'search_dates':<22} {per * n:>8.2f} {1 / per:>8.1f} {1000 * per:>7.2f} "
                  f"{res['peak_mb']:>8.0f}   (timed on {res['articles']} texts, scaled to {n})")
            if ours:
                print(f"{n:>8} extraction is {per / ours:.1f}x faster per article than search_dates alone",
                      flush=True)


if __name__ == "__main__":
    main()
