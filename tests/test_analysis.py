"""The series' tables, checked against what the seed articles say (not against stored output)."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest
from conftest import ROOT

from ties_lib import analysis

VINH_ARTICLE = "000_0aac01dad6770a12"  # "13th ... dialogue ... held on January 12 via videoconference"
GIANG_2019 = "001_22ca6e1e8cd2cbc8"  # Phan Van Giang, Chief of General Staff, visits India (November)
US_ARTICLE = "004_dabfc75b31230b50"  # the only article on O'Brien's trip to Hanoi


def test_iso_cuts_to_precision() -> None:
    ts = pd.Timestamp("2019-10-01")
    assert analysis.iso(ts, "month") == "2019-10"
    assert analysis.iso(ts, "year") == "2019"
    assert analysis.iso(ts, "day") == "2019-10-01"
    assert analysis.iso(pd.NaT, "day") == ""


def test_overview_has_every_article_and_its_date_basis(seed_corpus) -> None:
    o = analysis.corpus_overview(seed_corpus)
    assert list(o["article_id"]) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    row = o.set_index("article_id").loc["003_4fd3e7492f48b50c"]
    assert (row["published"], row["basis"]) == ("2021-07-01", "stated")  # "date 2021-07-01" header
    assert o.set_index("article_id").loc[GIANG_2019, "basis"] == "inferred"  # no date in the file


def test_furniture_summary_counts_removed_lines(seed_corpus) -> None:
    f = analysis.furniture_summary(seed_corpus)
    assert f.loc["003_4fd3e7492f48b50c"].sum() == 0  # clean article text
    assert f.loc[GIANG_2019, "navigation"] >= 1  # "Log in"
    assert f.loc[VINH_ARTICLE, "caption"] >= 2  # "(Photo: VNA)", "(Photo: Deccan Herald)"


def test_partner_text_only_one_article_speaks_of_the_us(seed_corpus) -> None:
    t = analysis.partner_text(seed_corpus)
    assert list(t.columns) == ["IND", "USA"]
    assert list(t.index[t["USA"] > 0]) == [US_ARTICLE]
    assert (t["IND"] > 0).all()


def one(df: pd.DataFrame, base: str) -> pd.Series:
    """The one row whose event id is ``base`` plus the four hex digits of its own hash."""
    hit = df[df.index.str.fullmatch(re.escape(base) + r"-[0-9a-f]{4}")]
    assert len(hit) == 1, (base, list(df.index))
    return hit.iloc[0]


def test_timeline_spans_cover_the_whole_imprecise_interval(seed_corpus) -> None:
    items = analysis.timeline_items(seed_corpus).set_index("item_id")
    october = one(items, "ind-2019-10-dialogue")  # "Early October" in a 2019 article
    assert october["precision"] == "month"
    assert (october["start"], october["end"]) == (pd.Timestamp("2019-10-01"), pd.Timestamp("2019-10-31"))
    week = items[(items["partner"] == "USA") & (items["type"] == "visit")].iloc[0]  # "Last week" of 2020-11-27
    assert week["precision"] == "week" and (week["end"] - week["start"]).days == 6
    day = one(items, "ind-2021-01-12-dialogue")
    assert day["start"] == day["end"]
    assert items["start"].is_monotonic_increasing
    assert set(items["kind"]) == {"event", "agreement"}


def test_date_provenance_names_the_words_and_the_rule(seed_corpus) -> None:
    p = analysis.date_provenance(seed_corpus).set_index("event_id")
    row = one(p, "ind-2021-01-12-dialogue")
    assert row["words_in_text"] == "January 12"
    assert row["basis"] == "year_inferred" and row["rule"]
    assert row["source"] == f"{VINH_ARTICLE}#0"
    assert "13th Vietnam-India defense policy dialogue" in row["evidence"]
    thursday = one(p, "ind-2021-07-01-talks")  # "on Thursday" before the 2021-07-01 header date
    assert (thursday["words_in_text"], thursday["basis"]) == ("on Thursday", "relative")
    assert set(p.index) == set(seed_corpus.events["event_id"])
    # "elevated to a comprehensive strategic partnership in 2016": the year the text tells, the day the kit's sourced
    # list of levels knows
    csp = one(p, "ind-2016-09-03-partnership-upgrade")
    assert csp["words_in_text"] == "2016" and "data/eras.csv" in csp["rule"]


def test_who_met_whom_counts_shared_events(seed_corpus) -> None:
    m = analysis.who_met_whom(seed_corpus)
    assert m.loc["Nguyen Chi Vinh", "Ajay Kumar"] == 1  # co-chaired the 13th dialogue
    assert m.loc["Phan Van Giang", "Rajnath Singh"] == 2  # 2019 visit and 2021 online interaction
    assert m.loc["Nguyen Xuan Phuc", "Robert O'Brien"] == 1
    assert "Phan Van Giang" not in m.columns  # rows are Vietnam's people, columns the partners'
    assert (m.to_numpy() >= 0).all()


def test_role_changes_keep_level_changes_only(seed_corpus) -> None:
    r = analysis.role_changes(seed_corpus)
    giang = r[r["name"] == "Phan Van Giang"]
    assert list(giang["level"]) == ["deputy_ministerial", "ministerial"]  # 2019 deputy, 2021 minister
    assert giang["as_of"].iloc[0].startswith("2019") and giang["as_of"].iloc[1].startswith("2021")
    assert "Narendra Modi" not in set(r["name"])  # "PM" and "Prime Minister" are one office


def test_levels_by_year(seed_corpus) -> None:
    t = analysis.levels_by_year(seed_corpus)
    assert list(t.columns) == [lv for lv in analysis.LEVEL_ORDER if lv in t.columns]
    assert t.loc[2021, "deputy_ministerial"] >= 1  # the deputy-ministerial 13th dialogue


def test_domain_counts_by_year_and_article(seed_corpus) -> None:
    y = analysis.domain_counts(seed_corpus, by="year")
    assert list(y.columns) == ["2019", "2020", "2021", "2024"]
    assert y.loc["hydrography"].to_dict() == {"2019": 0, "2020": 1, "2021": 0, "2024": 0}
    a = analysis.domain_counts(seed_corpus, by="article")
    assert a.loc["space", GIANG_2019] == 1  # "pacts on areas such as white shipping and outer space"
    assert a.to_numpy().sum() == len(seed_corpus.domains) == y.to_numpy().sum()
    with pytest.raises(ValueError):
        analysis.domain_counts(seed_corpus, by="month")


def test_domain_evidence_returns_the_sentence(seed_corpus) -> None:
    e = analysis.domain_evidence(seed_corpus, "war_legacy", "2020")
    assert len(e) == 1 and e["source"].iloc[0].startswith(US_ARTICLE + "#")
    assert "war legacy" in e["evidence"].iloc[0]  # "cooperation on war legacy issues"
    assert analysis.domain_evidence(seed_corpus, "war_legacy", "2019").empty


def test_domains_are_attributed_to_the_partner_the_passage_is_about(seed_corpus) -> None:
    d = analysis.domain_partners(seed_corpus)
    us = d[d["article_id"] == US_ARTICLE].groupby("domain")["partner"].apply(set)
    assert us["war_legacy"] == {"USA"}  # O'Brien and the Minister of National Defense
    assert us["hydrography"] == {"IND"}  # Rajnath Singh and Ngo Xuan Lich
    counts = analysis.partner_counts(seed_corpus, "domain")
    assert counts.loc["war_legacy", "USA"] == 1 and counts.loc["war_legacy", "IND"] == 0


def test_partner_comparison_computes_the_imbalance(seed_corpus) -> None:
    c = analysis.partner_comparison(seed_corpus)
    assert c.loc["articles mainly about it", "USA"] == 1
    assert c.loc["events", "IND"] > c.loc["events", "USA"] >= 1
    assert c.loc["events", "ratio"] == round(c.loc["events", "IND"] / c.loc["events", "USA"], 1)
    assert c.loc["agreements", "USA"] == 0 and c.loc["agreements", "ratio"] == float("inf")
    gap = analysis.imbalance(seed_corpus)
    assert gap["second_articles"] == [US_ARTICLE]
    assert gap["chars"][0] > gap["chars"][1] > 0


def test_partner_counts_measures(seed_corpus) -> None:
    t = analysis.partner_counts(seed_corpus, "type")
    assert list(t.columns) == ["IND", "USA"]
    assert t.loc["dialogue", "IND"] >= 3  # October 2019, 13th (2021), third security dialogue (2024)
    assert t.to_numpy().sum() == len(seed_corpus.events)


def test_errors_table_lists_missed_and_extra_rows(seed_corpus, tmp_path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(ROOT / "data" / "gold", gold)
    events = pd.read_csv(gold / "events.csv", dtype=str, keep_default_na=False)
    dropped = events[events["event_id"] == "ind-2019-10-dpd"]
    assert len(dropped) == 1
    extra_row = events.iloc[[0]].assign(event_id="ind-2030-made-up", date_start="2030-01-01", required="1")
    pd.concat([events[events["event_id"] != "ind-2019-10-dpd"], extra_row]).to_csv(gold / "events.csv",
                                                                                   index=False)
    e = analysis.errors_table(seed_corpus, gold)
    ev = e[e["table"] == "events"]
    assert "ind-2030-made-up · 2030-01-01" in set(ev.loc[ev["error"] == "missed", "row"])
    assert any(r.startswith("ind-2019-10-dialogue") for r in ev.loc[ev["error"] == "extra", "row"])
