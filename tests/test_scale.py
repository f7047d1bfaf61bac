"""The Dask back end gives the same tables as load_corpus (on Dask's local schedulers)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.bag", reason="the optional extra ties-kit[dask] is not installed")

from ties_lib.corpus import load_corpus  # noqa: E402
from ties_lib.reading import TiesError  # noqa: E402
from ties_lib.scale import PER_ARTICLE, export_parquet, load_corpus_dask  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """The seeds plus a duplicate, a subfolder, a bad file and an article of another partner."""
    src = tmp_path_factory.mktemp("scale") / "src"
    shutil.copytree(SEEDS, src)
    seed = sorted(SEEDS.glob("*.txt"))
    (src / "zz_copy.txt").write_bytes(seed[4].read_bytes())
    (src / "more").mkdir()
    (src / "more" / "us.txt").write_text(
        "Vietnam and the United States held defence talks in Washington on March 3, 2023. US Secretary "
        "of Defense Lloyd Austin met Vietnamese Defence Minister Phan Van Giang. Both sides signed a "
        "Memorandum of Understanding on maritime security.\n", encoding="utf-8")
    (src / "more" / "empty.txt").write_text("  \n")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return src


@pytest.fixture(scope="module")
def reference(corpus_dir):
    return load_corpus(corpus_dir)


def test_reference_has_the_cases(reference):
    assert {"duplicate", "empty", "binary"} <= set(reference.problems["problem"])
    assert "more/us" in set(reference.articles["article_id"]) and len(reference.events) > 5


@pytest.mark.parametrize("scheduler, npartitions", [("synchronous", 1), ("synchronous", 4), ("threads", 3),
                                                    ("processes", 2)])
def test_load_corpus_dask_equals_load_corpus(corpus_dir, reference, scheduler, npartitions):
    got = load_corpus_dask(corpus_dir, npartitions=npartitions, scheduler=scheduler, num_workers=2)
    assert got.tables().keys() == reference.tables().keys()
    for name, df in reference.tables().items():
        pd.testing.assert_frame_equal(got.tables()[name], df, obj=name)


def _comparable(df: pd.DataFrame) -> pd.DataFrame:
    """Parquet keeps dtypes, except the time unit (ms for s) and lists (read back as arrays)."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].astype("datetime64[ms]")
        elif isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype("string")
        elif out[col].dtype == object:
            out[col] = out[col].map(lambda v: list(v) if hasattr(v, "__len__") and not isinstance(v, str) else v)
    return out


def test_export_parquet_equals_load_corpus(corpus_dir, reference, tmp_path):
    out = tmp_path / "parquet"
    written = export_parquet(corpus_dir, out, npartitions=3, scheduler="synchronous")
    assert all(p.exists() for p in written)
    for name, df in reference.tables().items():
        path = out / name if name in PER_ARTICLE else out / f"{name}.parquet"
        back = pd.read_parquet(path)
        pd.testing.assert_frame_equal(_comparable(back), _comparable(df), obj=name, check_dtype=False)
    assert not any(p.suffix == ".parquet" for p in corpus_dir.rglob("*"))  # nothing in the source


def test_export_parquet_refuses_the_source_folder(corpus_dir):
    with pytest.raises(TiesError, match="source folder"):
        export_parquet(corpus_dir, corpus_dir / "out", scheduler="synchronous")


def test_missing_folder_raises_ties_error(tmp_path):
    with pytest.raises(TiesError, match="does not exist"):
        load_corpus_dask(tmp_path / "nope", scheduler="synchronous")


def test_clear_error_without_dask(monkeypatch):
    import builtins

    from ties_lib import scale

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith("dask"):
            raise ImportError("No module named 'dask'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(TiesError, match=r"ties-kit\[dask\]"):
        scale.load_corpus_dask(SEEDS)
