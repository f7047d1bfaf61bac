"""The command line: the codebook's columns in every CSV, clear errors, no tracebacks."""

from __future__ import annotations

import csv
import subprocess
import sys

from conftest import ROOT

CODEBOOK_COLUMNS = {
    "articles": ["article_id", "title", "published", "published_basis"],
    "events": ["partner", "type", "date_start", "date_end", "date_basis", "modality", "level", "location",
               "participants", "ordinal", "domains", "article_ids", "evidence"],
    "actors": ["actor_id", "name", "country", "role", "kind"],
    "agreements": ["agreement_id", "partner", "name", "date", "status", "article_ids"],
    "domains": ["article_id", "domain", "evidence"],
    "mentions": ["article_id", "sentence_id", "kind", "start", "end", "text"],
    "problems": ["file", "problem", "detail"],
}


def run(*args: str):
    return subprocess.run([sys.executable, "-m", "ties_lib", *args], capture_output=True, text=True)


def test_export_writes_the_codebook_columns(tmp_path):
    res = run("export", str(ROOT / "seeds"), str(tmp_path))
    assert res.returncode == 0, res.stderr
    for table, columns in CODEBOOK_COLUMNS.items():
        with open(tmp_path / f"{table}.csv", encoding="utf-8") as f:
            header = next(csv.reader(f))
        assert set(columns) <= set(header), (table, header)


def test_export_dates_at_their_precision_and_lists_joined(tmp_path):
    run("export", str(ROOT / "seeds"), str(tmp_path))
    with open(tmp_path / "events.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_start = {r["date_start"]: r for r in rows}
    # "Early October" (001) is a month; the normalisation of 1995 a year; the 13th dialogue a day; the CSP the
    # text dates by its year, 2016, is of the day the kit's sourced list of levels knows (data/eras.csv)
    assert "2019-10" in by_start and "1995" in by_start and "2021-01-12" in by_start and "2016-09-03" in by_start
    assert by_start["2021-01-12"]["ordinal"] == "13"
    summit = by_start["2020-12-21"]
    assert set(summit["article_ids"].split(";")) == {"000_0aac01dad6770a12", "003_4fd3e7492f48b50c"}


def test_missing_source_folder_is_one_line_and_non_zero(tmp_path):
    res = run("export", str(tmp_path / "nope"), str(tmp_path / "out"))
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and "does not exist" in res.stderr
    assert "Traceback" not in res.stderr


def test_empty_source_folder(tmp_path):
    (tmp_path / "src").mkdir()
    res = run("export", str(tmp_path / "src"), str(tmp_path / "out"))
    assert res.returncode == 2 and "no articles" in res.stderr and "Traceback" not in res.stderr


def test_refuses_to_write_into_the_source_folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Vietnam and India held talks in Hanoi on March 3, 2022.", encoding="utf-8")
    res = run("export", str(src), str(src / "out"))
    assert res.returncode == 2 and not (src / "out").exists()


def test_evaluate_prints_scores():
    res = run("evaluate", str(ROOT / "seeds"), str(ROOT / "data" / "gold"))
    assert res.returncode == 0
    assert "events" in res.stdout and "f1" in res.stdout


def test_parquet_without_a_parquet_library_is_one_line_and_writes_nothing(tmp_path, monkeypatch, capsys):
    from ties_lib.cli import main

    # None in sys.modules makes an import fail as if the library were not installed
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "fastparquet", None)
    assert main(["export", str(ROOT / "seeds"), str(tmp_path / "out"), "--format", "parquet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pyarrow" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_help_names_every_command(capsys):
    import pytest

    from ties_lib import cli

    for command in ("export", "review", "show", "evaluate"):
        assert f"python -m ties_lib {command} " in cli.__doc__
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "show SRC ARTICLE_ID OUT" in out


def test_review_takes_workers_and_a_time_budget_like_export(tmp_path, monkeypatch):
    from ties_lib import cli

    seen = {}
    real = cli.load_corpus

    def spy(src, **kw):
        seen.update(kw)
        return real(src, **kw)

    monkeypatch.setattr(cli, "load_corpus", spy)
    assert cli.main(["review", str(ROOT / "seeds"), str(tmp_path / "out"), "--workers", "2",
                     "--time-budget", "inf"]) == 0
    assert seen["workers"] == 2 and seen["time_budget"] is None
    assert (tmp_path / "out" / "review.csv").is_file()


def test_export_writes_what_became_of_each_correction(tmp_path):
    import shutil

    src = tmp_path / "src"
    shutil.copytree(ROOT / "seeds", src)
    (src / "corrections.csv").write_text("action,table,id,field,value,note\ndrop,events,gone-0000,,,\n",
                                         encoding="utf-8")
    res = run("export", str(src), str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    with open(tmp_path / "out" / "corrections_applied.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["line"], r["action"], r["id"], r["status"]) for r in rows] == [("2", "drop", "gone-0000", "stale")]
    res = run("export", str(ROOT / "seeds"), str(tmp_path / "plain"))
    with open(tmp_path / "plain" / "corrections_applied.csv", encoding="utf-8") as f:
        assert next(csv.reader(f)) == ["line", "action", "table", "id", "field", "value", "note", "status", "detail"]
