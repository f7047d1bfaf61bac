"""The per-article time budget: an article that takes too long becomes a problem row, and the
rest of the corpus is read (in one process and with workers). No test here times the kit's
speed: the slow article is a stand-in that would run for half a minute, or a long article given
a budget far below what it needs."""

from __future__ import annotations

import shutil
import signal
import threading
import time

import pandas as pd
import pytest
from conftest import ROOT, long_article

from ties_lib import budget
from ties_lib.cli import main
from ties_lib.corpus import load_corpus

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def seeds_plus(tmp_path, name: str, text: str):
    src = tmp_path / "src"
    src.mkdir()
    for f in SEEDS:
        shutil.copy(f, src / f.name)
    (src / name).write_text(text, encoding="utf-8")
    return src


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stuck_article_is_stopped_and_the_rest_is_read(tmp_path, monkeypatch, workers):
    import multiprocessing

    import ties_lib.corpus as corpus_mod

    if workers > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in reaches worker processes only when they are forked")
    real = corpus_mod.extract
    finished = tmp_path / "finished"

    def stuck_on_one(doc):
        if doc.article_id == "stuck":
            deadline = time.monotonic() + 30  # a stand-in for a step that does not end
            while time.monotonic() < deadline:
                time.sleep(0.01)
            finished.touch()
        return real(doc)

    monkeypatch.setattr(corpus_mod, "extract", stuck_on_one)
    src = seeds_plus(tmp_path, "stuck.txt", "Vietnam and India held talks in Hanoi on 3 May 2021.\n")
    handler = signal.getsignal(signal.SIGALRM)
    corpus = load_corpus(src, workers=workers, time_budget=2)
    assert not finished.exists()  # stopped, not waited for
    problems = corpus.problems
    assert list(problems["file"]) == ["stuck.txt"]
    assert problems["problem"].iloc[0] == "too slow"
    assert problems["detail"].iloc[0].startswith("took longer than 2 s")
    assert sorted(corpus.articles["article_id"]) == sorted(f.stem for f in SEEDS)  # the rest is read
    assert len(corpus.events) > 0
    # the timer and the handler are put back as they were
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler


@pytest.mark.parametrize("workers", [1, 2])
def test_a_long_article_over_a_tiny_budget_is_a_problem_row(tmp_path, workers):
    # 4,000 sentences take far more than a hundredth of a second on any machine
    src = seeds_plus(tmp_path, "zz_long_report.txt", long_article(4000, header=False))
    corpus = load_corpus(src, workers=workers, time_budget=0.01)
    slow = corpus.problems[corpus.problems["problem"] == "too slow"]
    assert "zz_long_report.txt" in set(slow["file"])
    assert "zz_long_report" not in set(corpus.articles["article_id"])


def test_within_the_budget_nothing_changes(tmp_path, seed_corpus):
    with_budget = load_corpus(ROOT / "seeds", time_budget=60)
    for name, table in seed_corpus.tables().items():
        pd.testing.assert_frame_equal(table, with_budget.tables()[name], obj=name)
    assert len(with_budget.problems) == 0


def test_without_a_signal_the_time_is_still_checked():
    # in a thread (Dask's threads scheduler) no timer can be armed: the step runs to its end and
    # an overrun is still reported
    outcome = []

    def run():
        try:
            budget.run_within(0.05, lambda: time.sleep(0.2))
        except budget.OverBudget:
            outcome.append("over")
        else:
            outcome.append("done")
        outcome.append(budget.run_within(5, lambda: "quick"))

    t = threading.Thread(target=run)
    t.start()
    t.join()
    assert outcome == ["over", "quick"]


def test_no_budget_means_no_limit():
    assert budget.run_within(None, lambda: 1) == 1
    assert budget.run_within(0, lambda: 2) == 2


def test_cli_time_budget(tmp_path, capsys):
    src = seeds_plus(tmp_path, "zz_long_report.txt", long_article(4000, header=False))
    assert main(["export", str(src), str(tmp_path / "out"), "--time-budget", "0.01", "--workers", "2"]) == 0
    problems = pd.read_csv(tmp_path / "out" / "problems.csv", keep_default_na=False)
    assert "zz_long_report.txt" in set(problems.loc[problems["problem"] == "too slow", "file"])
    assert "took longer than 0.01 s" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", str(src), str(tmp_path / "out2"), "--time-budget", "-1"])
    assert "--time-budget" in capsys.readouterr().err


def test_infinity_is_no_limit_and_a_budget_past_the_timer_is_refused():
    assert budget.run_within(float("inf"), lambda: 3) == 3
    assert budget.seconds_or_none(float("inf")) is None and budget.seconds_or_none(0) is None
    assert budget.seconds_or_none(2) == 2.0
    for bad in (1e12, -1, float("nan"), "60"):
        with pytest.raises(ValueError):
            budget.seconds_or_none(bad)
    with pytest.raises(ValueError):
        budget.run_within(1e12, lambda: 4)  # refused before the step, not an OverflowError from the timer


def test_load_corpus_takes_infinity_as_no_limit(tmp_path, seed_corpus):
    from ties_lib.reading import TiesError

    endless = load_corpus(ROOT / "seeds", time_budget=float("inf"))
    assert endless.problems.empty
    pd.testing.assert_frame_equal(endless.events, seed_corpus.events)
    with pytest.raises(TiesError, match="longer than the timer takes"):
        load_corpus(ROOT / "seeds", time_budget=1e12)


def test_cli_time_budget_inf_is_no_limit(tmp_path, capsys):
    assert main(["export", str(ROOT / "seeds"), str(tmp_path / "out"), "--time-budget", "inf"]) == 0
    problems = pd.read_csv(tmp_path / "out" / "problems.csv", keep_default_na=False)
    assert problems.empty
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["export", str(ROOT / "seeds"), str(tmp_path / "out2"), "--time-budget", "1e12"])
    err = capsys.readouterr().err
    assert "--time-budget" in err and "inf" in err and "Traceback" not in err
