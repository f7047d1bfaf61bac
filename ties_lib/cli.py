"""Command line of the ties kit:

  python -m ties_lib export SRC OUT              the tables as CSV (or Parquet) files in OUT
  python -m ties_lib review SRC OUT              OUT/review.csv: one keep row per event, actor, agreement
  python -m ties_lib show SRC ARTICLE_ID OUT     one article as the kit read it, a standalone HTML page
  python -m ties_lib evaluate SRC GOLD           scores against a folder of gold tables
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .budget import DEFAULT_SECONDS, MAX_SECONDS, seconds_or_none
from .corpus import load_corpus
from .corrections import LOG_COLUMNS, corrections_path, write_review
from .evaluate import evaluate
from .frames import EXPORTED, to_csv_frame
from .reading import TiesError

#: The file the corrections log (``corpus.corrections``: each line and what became of it) is written to.
CORRECTIONS_LOG = "corrections_applied"


def export(corpus, out: Path, fmt: str = "csv") -> list[Path]:
    """Write the corpus's tables to ``out`` (never into the source folder), and the corrections log.

    The log is written with or without a corrections file (then with no rows), so an export
    always has the same files.
    """
    out.mkdir(parents=True, exist_ok=True)
    log = corpus.corrections if corpus.corrections is not None else pd.DataFrame(columns=LOG_COLUMNS)
    tables = [(name, to_csv_frame(name, getattr(corpus, name))) for name in EXPORTED]
    written = []
    for name, df in [*tables, (CORRECTIONS_LOG, log)]:
        if fmt == "parquet":
            path = out / f"{name}.parquet"
            df.astype(str).to_parquet(path, index=False)
        else:
            path = out / f"{name}.csv"
            df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
    return written


def parquet_engine() -> str:
    """The library pandas writes Parquet with; :class:`TiesError` when none is installed."""
    import importlib

    for engine in ("pyarrow", "fastparquet"):  # the engines pandas tries, in its order
        try:
            importlib.import_module(engine)
        except ImportError:
            continue
        return engine
    raise TiesError("--format parquet needs pyarrow, which is not installed (pip install pyarrow; "
                    "or pip install -e '.[dask]'); the CSV format needs nothing more")


def show(src: Path, article_id: str, out: Path) -> None:
    """Write the annotated view of one article to ``out``, a page that opens offline."""
    from .annotate import article_html, page

    corpus = load_corpus(src)
    out.write_text(page(article_html(corpus, article_id), f"How the kit read {article_id}"), encoding="utf-8")
    print(f"wrote {out}")


def _report(corpus) -> None:
    for p in corpus.problems.itertuples():
        print(f"  problem: {p.file}: {p.problem} {('- ' + p.detail) if p.detail else ''}".rstrip(), file=sys.stderr)


def _seconds(text: str) -> float | None:
    """A time budget in seconds: ``None`` for no limit (0 or inf); argparse names the option when it is not one."""
    try:
        return seconds_or_none(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds from 0 to {MAX_SECONDS:g} "
                                         f"(0 or inf: no limit): {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ties_lib", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_exp = sub.add_parser("export", help="extract a folder of articles and write the tables")
    p_exp.add_argument("src", type=Path, help="folder of articles (subfolders are read too)")
    p_exp.add_argument("out", type=Path, help="folder to write the tables to")
    p_exp.add_argument("--format", choices=("csv", "parquet"), default="csv")
    p_rev = sub.add_parser("review", help="write OUT/review.csv: one keep row per event, actor and agreement")
    p_rev.add_argument("src", type=Path, help="folder of articles")
    p_rev.add_argument("out", type=Path, help="folder to write review.csv to")
    for p in (p_exp, p_rev):  # both read the whole corpus: the same options for it
        p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
        p.add_argument("--corrections", type=Path, default=None,
                       help="corrections file (default: SRC/corrections.csv when there is one)")
        p.add_argument("--time-budget", type=_seconds, default=DEFAULT_SECONDS, metavar="SECONDS",
                       help=f"an article taking longer is skipped and listed as a problem "
                            f"(default {DEFAULT_SECONDS:g}; 0 or inf: no limit)")
    p_ev = sub.add_parser("evaluate", help="score a folder of articles against gold tables")
    p_ev.add_argument("src", type=Path)
    p_ev.add_argument("gold", type=Path)
    p_show = sub.add_parser("show", help="write one article, as the kit read it, to a standalone HTML page")
    p_show.add_argument("src", type=Path)
    p_show.add_argument("article_id")
    p_show.add_argument("out", type=Path, help="the HTML file to write")
    args = parser.parse_args(argv)
    try:
        if args.command in ("export", "review", "show"):
            # whatever is written into SRC would be read as an article by the next run
            src, out = args.src.resolve(), args.out.resolve()
            if out == src or src in out.parents:
                raise TiesError(f"refusing to write into the source folder: {args.out}")
        if args.command == "review":
            corpus = load_corpus(args.src, workers=args.workers, corrections=args.corrections,
                                 time_budget=args.time_budget)
            existing = corrections_path(args.src, args.corrections) if args.src.is_dir() else None
            path = write_review(corpus, args.out, existing)
            print(f"{len(corpus.events)} events, {len(corpus.actors)} actors, {len(corpus.agreements)} agreements "
                  f"to review in {path}; save it as corrections.csv in {args.src} to apply it")
            _report(corpus)
        elif args.command == "export":
            if args.format == "parquet":
                parquet_engine()  # before the corpus is read: a missing library is said at once
            corpus = load_corpus(args.src, workers=args.workers, corrections=args.corrections,
                                 time_budget=args.time_budget)
            written = export(corpus, args.out, args.format)
            print(f"{len(corpus.articles)} articles, {len(corpus.events)} events, "
                  f"{len(corpus.problems)} problems; wrote {len(written)} tables to {args.out}")
            _report(corpus)
        elif args.command == "show":
            show(args.src, args.article_id, args.out)
        else:
            if not args.gold.is_dir():
                raise TiesError(f"gold folder does not exist: {args.gold}")
            corpus = load_corpus(args.src)
            print(evaluate(corpus, args.gold).to_string())
    except TiesError as exc:
        print(f"ties: error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:  # an optional library missing: its first line, not a traceback
        print(f"ties: error: {str(exc).splitlines()[0] if str(exc) else exc!r}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. OUT is a file, or not writable: one line, not a traceback
        print(f"ties: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
