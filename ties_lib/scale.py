"""The Dask back end: the same corpus, for folders that outgrow one process or one machine.

Install the optional extra: ``pip install -e '.[dask]'``.

>>> from ties_lib.scale import load_corpus_dask, export_parquet
>>> corpus = load_corpus_dask("seeds", scheduler="synchronous")     # doctest: +SKIP
>>> export_parquet("archive/", "build/parquet", scheduler="processes")   # doctest: +SKIP

Per-file extraction (:func:`ties_lib.corpus.extract_source`) is a pure function mapped over
the files with :mod:`dask.bag`; the cross-article step is a reduction. :func:`load_corpus_dask`
gathers the per-article results and reduces them with :func:`ties_lib.corpus.build_corpus`, so
its tables equal :func:`ties_lib.corpus.load_corpus`'s. :func:`export_parquet` keeps the bulk of
the data on the workers: each partition writes its own rows of the per-article tables
(sentences, mentions, furniture, partner_text) as a Parquet part, and only the slim records the
merge needs (articles, events, agreements, actors, domains) travel to the reduction.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from pathlib import Path
from typing import Any

import pandas as pd

from . import frames
from .corpus import Corpus, build_corpus, extract_source
from .corrections import corrections_path
from .reading import TiesError, article_files
from .records import ArticleResult, Problem

__all__ = ["load_corpus_dask", "export_parquet", "PER_ARTICLE"]

#: Tables whose rows depend on one article only: written by each partition, never gathered.
PER_ARTICLE = ("sentences", "mentions", "furniture", "partner_text")


def _dask_bag() -> Any:
    """``dask.bag``, or a :class:`TiesError` saying how to install it."""
    try:
        import dask.bag as db
    except ImportError as exc:  # the extra is optional; say how to get it rather than a traceback
        raise TiesError("the Dask back end needs the optional extra: pip install 'ties-kit[dask]' "
                        f"(or pip install 'dask[dataframe]' pyarrow); {exc}") from None
    return db


def _bag(src: str | Path | None, npartitions: int | None) -> tuple[Any, Path]:
    from .paths import seeds_dir

    db = _dask_bag()
    folder = Path(src) if src is not None else seeds_dir()
    files = [str(f) for f in article_files(folder)]  # raises TiesError for a missing or empty folder
    # a few partitions per core keeps workers busy without paying per-task overhead per article
    parts = npartitions or max(1, min(len(files), 4 * (os.cpu_count() or 1)))
    return db.from_sequence(files, npartitions=parts), folder


def _compute_kwargs(scheduler: str | None, num_workers: int | None) -> dict[str, Any]:
    kw: dict[str, Any] = {}
    if scheduler is not None:
        kw["scheduler"] = scheduler
    if num_workers is not None:
        kw["num_workers"] = num_workers
    return kw


def load_corpus_dask(src: str | Path | None = None, *, npartitions: int | None = None,
                     scheduler: str | None = None, num_workers: int | None = None,
                     corrections: str | Path | None = None) -> Corpus:
    """:func:`ties_lib.corpus.load_corpus` on Dask: the same :class:`Corpus`, table for table.

    ``scheduler`` is any Dask scheduler name ("synchronous", "threads", "processes") or None for
    the current default (a ``dask.distributed`` client, when one is set up, is used as is).
    """
    bag, folder = _bag(src, npartitions)
    # bags keep partition order, so duplicates are found in the same (file) order as load_corpus
    results = bag.map(functools.partial(extract_source, str(folder))).flatten().compute(
        **_compute_kwargs(scheduler, num_workers))
    return build_corpus(results, source=str(folder), corrections=corrections_path(folder, corrections))


def _slim(r: ArticleResult | Problem) -> ArticleResult | Problem:
    """What the reduction needs of an article: no mentions or furniture (written per partition)."""
    if isinstance(r, Problem):
        return r
    return dataclasses.replace(r, mentions=(), furniture=())


def _write_partition(results: list[ArticleResult | Problem], out: str,
                     index: int) -> list[ArticleResult | Problem]:
    """Write this partition's rows of the per-article tables; hand back slim records."""
    good = [r for r in results if isinstance(r, ArticleResult)]
    makers = {"sentences": frames.sentences_frame, "mentions": frames.mentions_frame,
              "furniture": frames.furniture_frame, "partner_text": frames.partner_text_frame}
    for name in PER_ARTICLE:
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        df = makers[name](good)
        # categories differ between partitions; plain strings read back as one dataset
        df = df.astype({c: "string" for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)})
        df.to_parquet(folder / f"part-{index:05d}.parquet", index=False)
    return [_slim(r) for r in results]


def export_parquet(src: str | Path | None, out: str | Path, *, npartitions: int | None = None,
                   scheduler: str | None = None, num_workers: int | None = None) -> list[Path]:
    """Extract ``src`` on Dask and write every table as Parquet under ``out``.

    Per-article tables are folders of parts (``out/mentions/part-00000.parquet`` ...), read
    back whole with ``pd.read_parquet(out / "mentions")``; the merged tables are single files
    (``out/events.parquet``). Dtypes are kept: timestamps, lists, categoricals.
    """
    from dask import delayed

    bag, folder = _bag(src, npartitions)
    out = Path(out).resolve()
    src_dir = folder.resolve()
    if out == src_dir or src_dir in out.parents:
        raise TiesError(f"refusing to write into the source folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    mapped = bag.map(functools.partial(extract_source, str(folder))).flatten()
    parts = [delayed(_write_partition)(p, str(out), i) for i, p in enumerate(mapped.to_delayed())]
    slim = [r for part in delayed(list)(parts).compute(**_compute_kwargs(scheduler, num_workers))
            for r in part]
    corpus = build_corpus(slim, source=str(folder), corrections=corrections_path(folder, None))
    written = [out / name for name in PER_ARTICLE]
    for name in frames.TABLES:
        if name in PER_ARTICLE:
            continue
        path = out / f"{name}.parquet"
        getattr(corpus, name).to_parquet(path, index=False)
        written.append(path)
    return written
