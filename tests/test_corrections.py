"""Corrections that survive re-runs: drop, set, add, stale lines, the review sheet, stable ids."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT

from ties_lib import corrections
from ties_lib.cli import main
from ties_lib.corpus import load_corpus
from ties_lib.reading import TiesError

SEEDS = ROOT / "seeds"
HEADER = "action,table,id,field,value,note\n"
# two articles, each with a visit in 2023 by a different person: two events that share partner, year and type
VISIT_B = ("date 2024-03-01\nVietnam and India review defence ties\n\n"
           "Vietnamese Defence Minister General Phan Van Giang visited India in 2023 and held talks with "
           "Defence Minister Rajnath Singh on defence industry cooperation.\n")
VISIT_A = ("date 2024-05-02\nIndian army chief in Hanoi\n\n"
           "Indian Army chief General Manoj Pande visited Vietnam in 2023, where he met Vietnamese Chief of "
           "the General Staff Nguyen Tan Cuong.\n")


@pytest.fixture
def seeds(tmp_path) -> Path:
    src = tmp_path / "seeds"
    shutil.copytree(SEEDS, src)
    return src


@pytest.fixture(scope="module")
def plain():
    return load_corpus(SEEDS)


def with_corrections(src: Path, lines: str):
    (src / "corrections.csv").write_text(HEADER + lines, encoding="utf-8")
    return load_corpus(src)


def event_where(corpus, **kw) -> str:
    e = corpus.events
    for k, v in kw.items():
        e = e[e[k].astype(str) == v]
    assert len(e) == 1, kw
    return e["event_id"].iloc[0]


def test_without_corrections_every_row_is_uncorrected(plain):
    for table in ("events", "actors", "agreements", "domains"):
        df = getattr(plain, table)
        assert not df["corrected"].any() and set(df["note"]) <= {""}
    assert plain.corrections is not None and plain.corrections.empty


def test_drop_removes_the_row_and_nothing_else(seeds, plain):
    eid = event_where(plain, partner="USA", type="visit")
    fixed = with_corrections(seeds, f"drop,events,{eid},,,not a visit\n")
    assert eid not in set(fixed.events["event_id"])
    assert len(fixed.events) == len(plain.events) - 1
    assert fixed.problems.empty


def test_set_changes_one_field_and_marks_the_row(seeds, plain):
    eid = event_where(plain, type="dialogue", date_precision="month")  # "Early October" 2019
    fixed = with_corrections(seeds, f"set,events,{eid},location,Hai Phong,the dialogue was in Hai Phong\n"
                                    f"set,events,{eid},date_start,2019-10-08,day given in a later report\n")
    row = fixed.events.set_index("event_id").loc[eid]
    assert row["location"] == "Hai Phong"
    assert row["date_start"] == pd.Timestamp("2019-10-08") and row["date_precision"] == "day"
    assert bool(row["corrected"]) and row["note"] == "the dialogue was in Hai Phong; day given in a later report"
    others = fixed.events[fixed.events["event_id"] != eid]
    assert not others["corrected"].any()
    assert fixed.problems.empty


def test_set_lists_and_codes_are_checked(seeds, plain):
    eid = event_where(plain, type="dialogue", date_precision="month")
    fixed = with_corrections(seeds, f"set,events,{eid},participants,nguyen-chi-vinh;ajay-kumar,\n"
                                    f"set,events,{eid},type,parade,\n"
                                    f"set,events,{eid},colour,red,\n")
    row = fixed.events.set_index("event_id").loc[eid]
    assert row["participants"] == ["nguyen-chi-vinh", "ajay-kumar"]
    assert row["type"] == "dialogue"  # 'parade' is not a codebook type: refused
    bad = fixed.problems.set_index("file")
    assert bad.loc["corrections.csv#3", "problem"] == "bad correction"
    assert "'parade' is not a type" in bad.loc["corrections.csv#3", "detail"]
    assert "not a field" in bad.loc["corrections.csv#4", "detail"]


def test_add_creates_an_event_filled_by_set_lines(seeds):
    fixed = with_corrections(seeds, "set,events,ind-2023-09-visit-added,type,visit,\n"  # before its add: fine
                                    "add,events,ind-2023-09-visit-added,,,missed by the kit\n"
                                    "set,events,ind-2023-09-visit-added,partner,IND,\n"
                                    "set,events,ind-2023-09-visit-added,date_start,2023-09,\n"
                                    "set,events,ind-2023-09-visit-added,article_ids,003_4fd3e7492f48b50c,\n")
    row = fixed.events.set_index("event_id").loc["ind-2023-09-visit-added"]
    assert (row["partner"], row["type"], row["date_precision"]) == ("IND", "visit", "month")
    assert row["date_start"] == pd.Timestamp("2023-09-01") and row["article_ids"] == ["003_4fd3e7492f48b50c"]
    assert bool(row["corrected"]) and row["note"] == "missed by the kit"
    assert fixed.problems.empty
    assert str(fixed.events["type"].dtype) == "category" and str(fixed.events["ordinal"].dtype) == "Int64"


def test_an_added_event_without_its_required_fields_is_not_added(seeds, plain):
    fixed = with_corrections(seeds, "add,events,half-made,,,\nset,events,half-made,partner,IND,\n")
    assert "half-made" not in set(fixed.events["event_id"])
    detail = fixed.problems.set_index("file").loc["corrections.csv#2", "detail"]
    assert "lacks type, date_start, article_ids" in detail
    assert len(fixed.events) == len(plain.events)


def test_add_of_an_existing_id_is_refused(seeds, plain):
    eid = plain.events["event_id"].iloc[0]
    fixed = with_corrections(seeds, f"add,events,{eid},,,\n")
    assert "exists already" in fixed.problems["detail"].iloc[0]
    assert len(fixed.events) == len(plain.events)


def test_actors_agreements_and_domains_can_be_corrected(seeds, plain):
    actor = plain.actors["actor_id"].iloc[0]
    agreement = plain.agreements["agreement_id"].iloc[0]
    d = plain.domains.iloc[0]
    fixed = with_corrections(seeds, f"set,actors,{actor},role,Chief of the General Staff,\n"
                                    f"drop,agreements,{agreement},,,a reference, not a document\n"
                                    f"drop,domains,{d['article_id']}#{d['domain']},,,\n")
    assert fixed.actors.set_index("actor_id").loc[actor, "role"] == "Chief of the General Staff"
    assert agreement not in set(fixed.agreements["agreement_id"])
    assert len(fixed.domains) == len(plain.domains) - 1
    assert fixed.problems.empty


def test_a_stale_correction_is_a_problem_not_an_error(seeds, plain):
    eid = plain.events["event_id"].iloc[0]
    fixed = with_corrections(seeds, "drop,events,ind-1999-01-01-visit-0000,,,\n"
                                    f"set,events,{eid},location,Hue,\n")
    row = fixed.problems.set_index("file").loc["corrections.csv#2"]
    assert row["problem"] == "stale correction" and "ind-1999-01-01-visit-0000" in row["detail"]
    assert fixed.events.set_index("event_id").loc[eid, "location"] == "Hue"  # the other line still applies
    log = fixed.corrections.set_index("line")
    assert (log.loc[2, "status"], log.loc[3, "status"]) == ("stale", "applied")


def test_unknown_action_is_a_problem_and_the_rest_applies(seeds, plain):
    eid = event_where(plain, partner="USA", type="visit")
    fixed = with_corrections(seeds, f"delete,events,{eid},,,\ndrop,events,{eid},,,\n")
    row = fixed.problems.set_index("file").loc["corrections.csv#2"]
    assert row["problem"] == "bad correction" and "unknown action 'delete'" in row["detail"]
    assert eid not in set(fixed.events["event_id"])


def test_a_file_without_the_columns_applies_nothing_and_says_so(seeds, plain):
    (seeds / "corrections.csv").write_text("event,fix\nx,y\n", encoding="utf-8")
    fixed = load_corpus(seeds)
    assert "not a corrections file" in fixed.problems.set_index("file").loc["corrections.csv#1", "detail"]
    pd.testing.assert_frame_equal(fixed.events, plain.events)


def test_a_corrections_file_that_is_not_there_is_a_one_line_error(seeds, tmp_path, capsys):
    with pytest.raises(TiesError):
        load_corpus(seeds, corrections=tmp_path / "nope.csv")
    assert main(["export", str(seeds), str(tmp_path / "out"), "--corrections", str(tmp_path / "nope.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "corrections file does not exist" in err


def test_corrections_apply_through_the_export_command(seeds, plain, tmp_path):
    eid = event_where(plain, partner="USA", type="visit")
    dropped = event_where(plain, type="dialogue", date_precision="month")
    agreement = plain.agreements["agreement_id"].iloc[0]
    (seeds / "corrections.csv").write_text(HEADER + f"set,events,{eid},location,Hanoi,checked\n"
                                           "drop,events,gone-0000,,,\n"
                                           f"drop,events,{dropped},,,\n"
                                           f"drop,agreements,{agreement},,,\n"
                                           "add,events,usa-2023-09-10-upgrade-x,,,missed\n"
                                           "set,events,usa-2023-09-10-upgrade-x,partner,USA,\n"
                                           "set,events,usa-2023-09-10-upgrade-x,type,partnership_upgrade,\n"
                                           "set,events,usa-2023-09-10-upgrade-x,date_start,2023-09-10,\n"
                                           "set,events,usa-2023-09-10-upgrade-x,article_ids,004_dabfc75b31230b50,\n",
                                           encoding="utf-8")
    assert main(["export", str(seeds), str(tmp_path / "out")]) == 0
    events = pd.read_csv(tmp_path / "out" / "events.csv", keep_default_na=False).set_index("event_id")
    assert events.loc[eid, "location"] == "Hanoi" and events.loc[eid, "note"] == "checked"
    assert str(events.loc[eid, "corrected"]) == "True"
    assert dropped not in events.index
    added = events.loc["usa-2023-09-10-upgrade-x"]
    assert (added["partner"], added["type"], added["date_start"]) == ("USA", "partnership_upgrade", "2023-09-10")
    assert len(events) == len(plain.events)  # one dropped, one added
    agreements = pd.read_csv(tmp_path / "out" / "agreements.csv", keep_default_na=False)
    assert agreement not in set(agreements["agreement_id"])
    problems = pd.read_csv(tmp_path / "out" / "problems.csv", keep_default_na=False)
    assert list(problems["problem"]) == ["stale correction"] and list(problems["file"]) == ["corrections.csv#3"]


def test_summary_counts_the_changed_rows_by_table_and_action(seeds, plain):
    e = plain.events["event_id"]
    fixed = with_corrections(seeds, f"drop,events,{e.iloc[0]},,,\nset,events,{e.iloc[1]},location,Hue,\n"
                                    f"set,events,{e.iloc[1]},level,ministerial,\nkeep,events,{e.iloc[2]},,,\n")
    s = corrections.summary(fixed).set_index(["table", "action"])
    assert s.loc[("events", "drop"), "lines"] == 1 and s.loc[("events", "set"), "lines"] == 2
    assert list(s["rows"]) == [1, 1]  # two set lines on one row: one row touched


# ---------------------------------------------------------------------------- the review sheet


def test_the_review_sheet_has_one_keep_row_per_event_actor_and_agreement(seeds, plain, tmp_path):
    assert main(["review", str(seeds), str(tmp_path / "out")]) == 0
    sheet = pd.read_csv(tmp_path / "out" / "review.csv", keep_default_na=False)
    assert list(sheet.columns[:6]) == list(corrections.COLUMNS)
    assert set(sheet["action"]) == {"keep"}
    assert len(sheet) == len(plain.events) + len(plain.actors) + len(plain.agreements)
    ev = sheet[sheet["table"] == "events"].set_index("id")
    first = plain.events.iloc[0]
    assert first["evidence"] == ev.loc[first["event_id"], "evidence"]
    assert f"partner: {first['partner']}" in ev.loc[first["event_id"], "fields"]


def test_an_all_keep_sheet_changes_nothing(seeds, plain, tmp_path):
    main(["review", str(seeds), str(tmp_path / "out")])
    shutil.copy(tmp_path / "out" / "review.csv", seeds / "corrections.csv")
    again = load_corpus(seeds)
    for table in ("articles", "events", "actors", "agreements", "domains", "problems"):
        pd.testing.assert_frame_equal(getattr(again, table), getattr(plain, table), obj=table)


def test_an_edited_sheet_applies_and_a_new_sheet_keeps_the_edits(seeds, plain, tmp_path):
    main(["review", str(seeds), str(tmp_path / "out")])
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "review.csv").read_text(encoding="utf-8"))))
    eid = plain.events["event_id"].iloc[0]
    actor = plain.actors["actor_id"].iloc[0]
    for r in rows:
        if r["id"] == eid:
            r.update(action="drop", note="not an event")
        if r["id"] == actor:
            r.update(action="set", field="name", value="A. N. Other", note="spelling")
    with (seeds / "corrections.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    fixed = load_corpus(seeds)
    assert eid not in set(fixed.events["event_id"])
    assert fixed.actors.set_index("actor_id").loc[actor, "name"] == "A. N. Other"
    assert fixed.problems.empty
    # the next review sheet starts with the edits, so saving it again loses none of them
    main(["review", str(seeds), str(tmp_path / "out2")])
    sheet = pd.read_csv(tmp_path / "out2" / "review.csv", keep_default_na=False)
    assert list(sheet["action"][:2]) == ["drop", "set"]
    shutil.copy(tmp_path / "out2" / "review.csv", seeds / "corrections.csv")
    pd.testing.assert_frame_equal(load_corpus(seeds).events, fixed.events)


# ---------------------------------------------------------------------------- stable event ids


def test_event_ids_stay_when_unrelated_articles_are_added(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "b.txt").write_text(VISIT_B, encoding="utf-8")
    before = load_corpus(src).events.set_index("event_id")
    (src / "a.txt").write_text(VISIT_A, encoding="utf-8")  # sorts first; its visit shares partner, year, type
    after = load_corpus(src).events.set_index("event_id")
    assert len(after) == 2
    for eid, row in before.iterrows():
        assert eid in after.index
        assert after.loc[eid, "article_ids"] == row["article_ids"] == ["b"]


def test_seed_event_ids_stay_when_articles_are_added(seeds, plain):
    (seeds / "000_another.txt").write_text(VISIT_A, encoding="utf-8")
    (seeds / "zzz_another.txt").write_text(VISIT_B, encoding="utf-8")
    grown = load_corpus(seeds).events.set_index("event_id")
    old = plain.events.set_index("event_id")
    assert set(old.index) <= set(grown.index)
    cols = ["partner", "type", "date_start", "article_ids"]
    pd.testing.assert_frame_equal(grown.loc[old.index, cols], old[cols], check_categorical=False)


def test_a_correction_survives_adding_an_unrelated_article(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "b.txt").write_text(VISIT_B, encoding="utf-8")
    eid = load_corpus(src).events["event_id"].iloc[0]
    (src / "corrections.csv").write_text(HEADER + f"set,events,{eid},location,New Delhi,\n", encoding="utf-8")
    (src / "a.txt").write_text(VISIT_A, encoding="utf-8")
    corpus = load_corpus(src)
    assert corpus.events.set_index("event_id").loc[eid, "location"] == "New Delhi"
    assert corpus.problems.empty


def applied(plain, tmp_path: Path, lines: str):
    """``plain`` with a corrections file applied (no re-extraction)."""
    path = tmp_path / "corrections.csv"
    path.write_text(HEADER + lines, encoding="utf-8")
    return corrections.apply_corrections(plain, path)


def test_a_whole_number_out_of_the_columns_range_is_a_bad_correction(plain, tmp_path):
    eid = plain.events["event_id"].iloc[0]
    other = plain.events["event_id"].iloc[1]
    fixed = applied(plain, tmp_path, f"set,events,{eid},ordinal,99999999999999999999999,\n"
                                     f"set,events,{eid},ordinal,-9223372036854775809,\n"
                                     f"set,events,{other},ordinal,3,\n")
    bad = fixed.problems.set_index("file")
    for line in ("corrections.csv#2", "corrections.csv#3"):
        assert bad.loc[line, "problem"] == "bad correction" and "out of range" in bad.loc[line, "detail"]
    events = fixed.events.set_index("event_id")
    assert pd.isna(events.loc[eid, "ordinal"]) == pd.isna(plain.events.set_index("event_id").loc[eid, "ordinal"])
    assert not events.loc[eid, "corrected"] and events.loc[other, "ordinal"] == 3


def test_a_line_that_fails_unforeseen_is_a_bad_correction_and_changes_nothing(plain, tmp_path, monkeypatch):
    eid = plain.events["event_id"].iloc[0]
    agreement = plain.agreements["agreement_id"].iloc[0]
    real = corrections._convert

    def convert(df, field, value):
        if field == "location":
            return {"location": "Hue", "ordinal": "not a number"}  # the second cell cannot be written
        return real(df, field, value)

    monkeypatch.setattr(corrections, "_convert", convert)
    fixed = applied(plain, tmp_path, f"set,events,{eid},location,Hue,\ndrop,agreements,{agreement},,,\n")
    row = fixed.problems.set_index("file").loc["corrections.csv#2"]
    assert row["problem"] == "bad correction" and "not applied" in row["detail"]
    pd.testing.assert_frame_equal(fixed.events, plain.events)
    assert agreement not in set(fixed.agreements["agreement_id"])


def test_a_field_longer_than_the_csv_modules_default_limit_is_read(plain, tmp_path):
    eid = plain.events["event_id"].iloc[0]
    note = "checked " * 20_000  # 160,000 characters: over csv's 131,072 default
    fixed = applied(plain, tmp_path, f"set,events,{eid},location,Hue,\"{note}\"\n")
    assert fixed.problems.empty
    row = fixed.events.set_index("event_id").loc[eid]
    assert row["location"] == "Hue" and row["note"] == note.strip()


def test_a_line_the_csv_reader_refuses_is_a_bad_correction(plain, tmp_path, monkeypatch):
    import csv

    from ties_lib import formats

    eid = plain.events["event_id"].iloc[0]
    limit = csv.field_size_limit()
    monkeypatch.setattr(formats, "allow_long_fields", lambda: csv.field_size_limit(200))
    try:
        fixed = applied(plain, tmp_path, f"set,events,{eid},location,Hue,{'x' * 300}\n"
                                         f"set,events,{eid},level,ministerial,\n")
    finally:
        csv.field_size_limit(limit)
    row = fixed.problems.set_index("file").loc["corrections.csv#2"]
    assert row["problem"] == "bad correction" and "cannot be read as CSV" in row["detail"]
    assert fixed.events.set_index("event_id").loc[eid, "level"] == "ministerial"


# the codes below are read off ties_lib/data/event_types.csv (each type's default and allowed CAMEO
# codes) and cameo.csv (each code's PLOVER category): visit 042;043, summit 040-043, exercise 062 only


def test_setting_a_type_recodes_cameo_and_plover(plain, tmp_path):
    visit = event_where(plain, type="visit", date_start="2019-11-24")
    other = event_where(plain, type="visit", date_start="2020-11-16")
    fixed = applied(plain, tmp_path, f"set,events,{visit},type,exercise,\nset,events,{other},type,summit,\n")
    assert fixed.problems.empty
    e = fixed.events.set_index("event_id")
    assert (e.loc[visit, "type"], e.loc[visit, "cameo"], e.loc[visit, "plover"]) == ("exercise", "062", "COOPERATE")
    # a summit may be a visit (042): the code the text gave is kept
    assert (e.loc[other, "type"], e.loc[other, "cameo"], e.loc[other, "plover"]) == ("summit", "042", "CONSULT")


def test_an_added_event_gets_the_codes_of_its_type(plain, tmp_path):
    fixed = applied(plain, tmp_path, "add,events,ind-2023-09-exercise-x,,,missed\n"
                                     "set,events,ind-2023-09-exercise-x,partner,IND,\n"
                                     "set,events,ind-2023-09-exercise-x,type,exercise,\n"
                                     "set,events,ind-2023-09-exercise-x,date_start,2023-09,\n"
                                     "set,events,ind-2023-09-exercise-x,article_ids,003_4fd3e7492f48b50c,\n")
    assert fixed.problems.empty
    row = fixed.events.set_index("event_id").loc["ind-2023-09-exercise-x"]
    assert (row["cameo"], row["plover"]) == ("062", "COOPERATE")


def test_a_cameo_code_must_fit_the_type_and_plover_follows_it(plain, tmp_path):
    visit = event_where(plain, type="visit", date_start="2019-11-24")
    fixed = applied(plain, tmp_path, f"set,events,{visit},cameo,062,\n"
                                     f"set,events,{visit},plover,AID,\n"
                                     f"set,events,{visit},cameo,043,\n")
    bad = fixed.problems.set_index("file")
    assert "not a code of a visit event" in bad.loc["corrections.csv#2", "detail"]
    assert "follows from the CAMEO code" in bad.loc["corrections.csv#3", "detail"]
    row = fixed.events.set_index("event_id").loc[visit]
    assert (row["cameo"], row["plover"]) == ("043", "CONSULT")


def test_a_start_after_the_end_is_refused(plain, tmp_path):
    visit = event_where(plain, type="visit", date_start="2019-11-24")  # 24 to 28 November 2019
    fixed = applied(plain, tmp_path, f"set,events,{visit},date_start,2019-12-01,\n"
                                     f"set,events,{visit},date_end,2019-11-20,\n"
                                     f"set,events,{visit},date_start,2019-11-26,\n")
    bad = fixed.problems.set_index("file")
    assert list(bad.index) == ["corrections.csv#2", "corrections.csv#3"]
    assert "after date_end" in bad.loc["corrections.csv#2", "detail"]
    assert "after date_end" in bad.loc["corrections.csv#3", "detail"]
    row = fixed.events.set_index("event_id").loc[visit]
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp("2019-11-26"), pd.Timestamp("2019-11-28"))


def test_a_partner_or_country_outside_countries_csv_is_refused(plain, tmp_path):
    eid = plain.events["event_id"].iloc[0]
    actor = plain.actors["actor_id"].iloc[0]
    fixed = applied(plain, tmp_path, f"set,events,{eid},partner,XYZ,\n"
                                     f"set,actors,{actor},country,Narnia,\n"
                                     f"set,events,{eid},partner,JPN,\n")
    bad = fixed.problems.set_index("file")
    assert list(bad.index) == ["corrections.csv#2", "corrections.csv#3"]
    assert "not a country code of data/countries.csv" in bad.loc["corrections.csv#2", "detail"]
    assert fixed.events.set_index("event_id").loc[eid, "partner"] == "JPN"  # in countries.csv, not yet seen
    assert fixed.actors.set_index("actor_id").loc[actor, "country"] == plain.actors["country"].iloc[0]


def test_a_required_field_cannot_be_set_blank(plain, tmp_path):
    eid = plain.events["event_id"].iloc[0]
    agreement = plain.agreements["agreement_id"].iloc[0]
    fixed = applied(plain, tmp_path, "".join(f"set,events,{eid},{f},,\n"
                                             for f in ("partner", "type", "date_start", "article_ids"))
                    + f"set,agreements,{agreement},name,,\nset,events,{eid},location,,\n")
    bad = fixed.problems.set_index("file")
    assert list(bad.index) == [f"corrections.csv#{n}" for n in range(2, 7)]
    assert all("cannot be blank" in d for d in bad["detail"])
    row, before = fixed.events.set_index("event_id").loc[eid], plain.events.set_index("event_id").loc[eid]
    assert (row["partner"], row["type"], row["date_start"]) == (before["partner"], before["type"], before["date_start"])
    assert row["location"] == ""  # not required: it may be blank


def test_article_ids_and_sentence_refs_must_name_the_corpus(plain, tmp_path):
    eid = plain.events["event_id"].iloc[0]
    aid = "000_0aac01dad6770a12"  # six sentences
    fixed = applied(plain, tmp_path, f"set,events,{eid},article_ids,{aid};no-such-article,\n"
                                     f"set,events,{eid},sentence_refs,{aid}#99,\n"
                                     f"set,events,{eid},sentence_refs,no-such-article#1,\n"
                                     f"set,events,{eid},sentence_refs,{aid}#abc,\n"
                                     f"add,domains,no-such-article#training,,,\n"
                                     f"set,events,{eid},sentence_refs,{aid}#2,\n")
    bad = fixed.problems.set_index("file")
    assert set(bad.index) == {f"corrections.csv#{n}" for n in range(2, 7)}  # adds are applied first
    assert "no article 'no-such-article'" in bad.loc["corrections.csv#2", "detail"]
    assert f"no sentence {aid}#99" in bad.loc["corrections.csv#3", "detail"]
    assert "no article 'no-such-article'" in bad.loc["corrections.csv#4", "detail"]
    assert "not a sentence reference" in bad.loc["corrections.csv#5", "detail"]
    assert "no article 'no-such-article'" in bad.loc["corrections.csv#6", "detail"]
    assert fixed.events.set_index("event_id").loc[eid, "sentence_refs"] == [f"{aid}#2"]
    assert len(fixed.domains) == len(plain.domains)
