"""Small tables the notebook series is built from, each computed from a :class:`~ties_lib.Corpus`.

Every function is pure (corpus in, DataFrame or dict out), sorts its rows deterministically
and keeps the article and sentence a number came from, so a notebook can show the evidence
next to each figure.

>>> import ties_lib as tl
>>> from ties_lib import analysis
>>> corpus = tl.load_corpus()                              # doctest: +SKIP
>>> analysis.date_provenance(corpus).head()                # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from .actors import countries
from .records import LEVELS, iso_at

#: The partners the series compares; others (CHN named in passing) are not Vietnam's partners here.
PARTNERS = ("IND", "USA")
#: Country names for labels, from ``data/countries.csv`` (a new partner needs only a row there).
PARTNER_NAMES = {code: name for code, name, _terms in countries()}
LEVEL_ORDER = LEVELS


def iso(ts: pd.Timestamp, precision: object) -> str:
    """ISO date of ``ts`` cut to ``precision`` ('' for a missing date; a week is its first day)."""
    if ts is None or pd.isna(ts):
        return ""
    return iso_at(ts.date(), precision if isinstance(precision, str) else "day")


def _span_end(start: pd.Timestamp, end: pd.Timestamp, precision: object) -> pd.Timestamp:
    """Last day a date covers: a month-precision date covers the whole month."""
    if end is not None and not pd.isna(end):
        return end
    if precision == "year":
        return pd.Timestamp(year=start.year, month=12, day=31)
    if precision == "month":
        return start + pd.offsets.MonthEnd(0)
    if precision == "week":
        return start + pd.Timedelta(days=6)
    return start


def _sentence_text(corpus) -> dict[tuple[str, int], str]:
    s = corpus.sentences
    return {(a, int(i)): t for a, i, t in zip(s["article_id"], s["sentence_id"], s["text"], strict=True)}


def _ref(ref: str) -> tuple[str, int]:
    article, _, sid = ref.partition("#")
    return article, int(sid)


# ---------------------------------------------------------------------------- 00 corpus


def corpus_overview(corpus) -> pd.DataFrame:
    """One row per article: publication date and how it was obtained, size, furniture removed, events."""
    a = corpus.articles
    events = corpus.events
    n_events = {aid: sum(aid in ids for ids in events["article_ids"]) for aid in a["article_id"]}
    out = pd.DataFrame({
        "article_id": a["article_id"],
        "title": a["title"].fillna(""),
        "published": a["published"],
        "basis": a["published_basis"].astype(object).fillna(""),
        "how": a["published_evidence"],
        "main_partner": a["main_partner"],
        "sentences": a["n_sentences"],
        "chars": a["n_chars"],
        "furniture_lines": a["furniture_lines"],
        "events": [n_events[x] for x in a["article_id"]],
    })
    return out.sort_values("article_id", kind="stable").reset_index(drop=True)


def furniture_summary(corpus) -> pd.DataFrame:
    """Lines of page furniture removed, article x reason (zeros kept, so every article shows)."""
    f = corpus.furniture
    table = pd.crosstab(f["article_id"].astype(str), f["reason"].astype(str))
    table = table.reindex(sorted(corpus.articles["article_id"]), fill_value=0)
    table = table.reindex(columns=sorted(table.columns))
    table.index.name, table.columns.name = "article_id", "reason"
    return table.astype(int)


def partner_text(corpus, partners: tuple[str, ...] = PARTNERS) -> pd.DataFrame:
    """Characters of article text that speak of each partner, article x partner (0 when none)."""
    pt = corpus.partner_text
    pt = pt[pt["partner"].isin(partners)]
    table = pt.pivot_table(index="article_id", columns="partner", values="chars", aggfunc="sum",
                           fill_value=0)
    table = table.reindex(index=sorted(corpus.articles["article_id"]), columns=list(partners), fill_value=0)
    table.index.name, table.columns.name = "article_id", "partner"
    return table.astype(int)


# ---------------------------------------------------------------------------- 01 chronology


def timeline_items(corpus) -> pd.DataFrame:
    """Events and dated agreements on one time axis, with the interval each date really covers.

    ``start``/``end`` are the first and last day the date covers at its precision (a month-precision
    event spans the month), so a plot can draw imprecise dates as spans rather than points.
    """
    rows = []
    for e in corpus.events.itertuples(index=False):
        if pd.isna(e.date_start):
            continue
        rows.append({"item_id": e.event_id, "kind": "event", "partner": str(e.partner), "type": str(e.type),
                     "start": e.date_start, "end": _span_end(e.date_start, e.date_end, e.date_precision),
                     "precision": str(e.date_precision), "basis": str(e.date_basis),
                     "modality": str(e.modality), "date": iso(e.date_start, e.date_precision),
                     "label": e.event_id})
    for g in corpus.agreements.itertuples(index=False):
        if pd.isna(g.date):
            continue
        rows.append({"item_id": g.agreement_id, "kind": "agreement", "partner": str(g.partner),
                     "type": "agreement", "start": g.date, "end": _span_end(g.date, None, g.date_precision),
                     "precision": str(g.date_precision), "basis": "", "modality": "",
                     "date": iso(g.date, g.date_precision), "label": g.name})
    cols = ["item_id", "kind", "partner", "type", "start", "end", "precision", "basis", "modality", "date",
            "label"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["start", "kind", "item_id"], kind="stable").reset_index(drop=True)


def date_provenance(corpus) -> pd.DataFrame:
    """How each event's date was obtained: the words in the text, the rule applied and the sentence."""
    sentences = _sentence_text(corpus)
    m = corpus.mentions
    dates = m[m["kind"] == "date"]
    rows = []
    for e in corpus.events.sort_values(["date_start", "event_id"], kind="stable").itertuples(index=False):
        date = iso(e.date_start, e.date_precision)
        basis = "" if pd.isna(e.date_basis) else str(e.date_basis)
        words, rule, source = "", "", ""
        # the date mention, in one of the event's own sentences, whose value is the event's date
        for ref in e.sentence_refs:
            article, sid = _ref(ref)
            here = dates[(dates["article_id"] == article) & (dates["sentence_id"] == sid)]
            for text, value, detail in zip(here["text"], here["value"], here["detail"], strict=True):
                parts = [p.strip() for p in str(detail).split(";", 2)]
                if str(value).split("/")[0][: len(date)] == date and date:
                    if not words or (len(parts) > 1 and parts[1] == basis):
                        words, rule, source = text, parts[-1], ref
            if not words and str(e.type) == "partnership_upgrade" and str(e.date_precision) == "day":
                # (an upgrade the text dates by its year or month, on the day the kit's sourced list of levels
                # knows: corpus.on_known_days)
                for text, value in zip(here["text"], here["value"], strict=True):
                    told = str(value).split("/")[0]
                    if len(told) in (4, 7) and date.startswith(told):
                        words, source = text, ref
                        rule = "the day the level it names was reached (data/eras.csv), in the period the text tells"
                        break
            if words:
                break
        source = source or (e.sentence_refs[0] if e.sentence_refs else "")
        evidence = sentences.get(_ref(source), "") if source else ""
        rows.append({"event_id": e.event_id, "date": date, "precision": str(e.date_precision),
                     "basis": basis, "words_in_text": words, "rule": rule, "source": source,
                     "evidence": evidence})
    return pd.DataFrame(rows, columns=["event_id", "date", "precision", "basis", "words_in_text", "rule",
                                       "source", "evidence"])


def agreements_table(corpus) -> pd.DataFrame:
    """Agreements with their date at its precision (empty when the text gives none) and their source."""
    g = corpus.agreements
    out = pd.DataFrame({
        "name": g["name"], "partner": g["partner"].astype(str),
        "date": [iso(d, p) for d, p in zip(g["date"], g["date_precision"], strict=True)],
        "status": g["status"].astype(str), "source": [";".join(r) for r in g["sentence_refs"]]})
    return out.sort_values(["date", "name"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------- 02 actors


def event_participants(corpus) -> pd.DataFrame:
    """Each event with its level and the names of the people and offices taking part."""
    name = dict(zip(corpus.actors["actor_id"], corpus.actors["name"], strict=True))
    e = corpus.events.sort_values(["date_start", "event_id"], kind="stable")
    return pd.DataFrame({
        "event_id": e["event_id"],
        "date": [iso(d, p) for d, p in zip(e["date_start"], e["date_precision"], strict=True)],
        "level": e["level"].astype(object).fillna(""),
        "participants": ["; ".join(name.get(p, p) for p in ps) for ps in e["participants"]],
        "articles": [";".join(a) for a in e["article_ids"]],
    }).reset_index(drop=True)


def who_met_whom(corpus, home: str = "VNM") -> pd.DataFrame:
    """Events in which each Vietnamese person took part with each partner's person (named people only).

    Rows are ``home`` actors, columns the partners' actors, values the number of events both took part in.
    """
    people = corpus.actors[corpus.actors["kind"] == "person"]
    country = dict(zip(people["actor_id"], people["country"].astype(str), strict=True))
    name = dict(zip(people["actor_id"], people["name"], strict=True))
    counts: dict[tuple[str, str], int] = {}
    for participants in corpus.events["participants"]:
        ours = sorted({p for p in participants if country.get(p) == home})
        theirs = sorted({p for p in participants if p in country and country[p] != home})
        for a in ours:
            for b in theirs:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    rows = sorted({a for a, _ in counts})
    cols = sorted({b for _, b in counts}, key=lambda b: (country[b], b))
    table = pd.DataFrame(0, index=[name[a] for a in rows], columns=[name[b] for b in cols], dtype=int)
    for (a, b), n in counts.items():
        table.loc[name[a], name[b]] = n
    table.index.name, table.columns.name = home, "partner"
    return table


def actor_countries(corpus) -> dict[str, str]:
    """Actor name -> country code (for colouring labels)."""
    a = corpus.actors
    return dict(zip(a["name"], a["country"].astype(str), strict=True))


def levels_by_year(corpus) -> pd.DataFrame:
    """Number of events per year (rows) and level (columns, lowest to highest), dated events only."""
    e = corpus.events[corpus.events["date_start"].notna() & corpus.events["level"].notna()]
    table = pd.crosstab(e["date_start"].dt.year.rename("year"), e["level"].astype(str).rename("level"))
    table = table.reindex(columns=[lv for lv in LEVEL_ORDER if lv in table.columns])
    return table.astype(int)


def role_changes(corpus) -> pd.DataFrame:
    """People whose level of office differs between articles: one row per person and date of the article.

    Different wordings of one office ("PM", "Prime Minister") are not a change; a different level is.
    """
    r = corpus.roles.copy()
    r["level"] = r["level"].astype(str)
    changed = [aid for aid, g in r.groupby("actor_id", sort=True) if g["level"].nunique() > 1]
    r = r[r["actor_id"].isin(changed)]
    # the first wording of each office an article gives, with the sentence it came from
    r = r.sort_values(["actor_id", "as_of", "sentence_id"], kind="stable")
    r = r.drop_duplicates(["actor_id", "as_of", "level"], keep="first")
    r["source"] = r["article_id"] + "#" + r["sentence_id"].astype(str)
    return r[["name", "as_of", "role", "level", "source", "evidence"]].reset_index(drop=True)


# ---------------------------------------------------------------------------- 03 domains


def domain_counts(corpus, by: str = "year") -> pd.DataFrame:
    """Domain (rows, codebook order) x year of publication or article (columns): articles coding it."""
    from .domains import DOMAINS

    d = corpus.domains.merge(corpus.articles[["article_id", "published_date"]], on="article_id", how="left")
    if by == "year":
        d["col"] = d["published_date"].dt.year.astype("Int64").astype(str)
        columns = sorted(set(corpus.articles["published_date"].dt.year.dropna().astype(int).astype(str)))
    elif by == "article":
        d["col"] = d["article_id"]
        columns = sorted(corpus.articles["article_id"])
    else:
        raise ValueError(f"by must be 'year' or 'article', not {by!r}")
    table = pd.crosstab(d["domain"].astype(str), d["col"])
    present = [x for x in DOMAINS if x in table.index]
    table = table.reindex(index=present, columns=columns, fill_value=0).fillna(0).astype(int)
    table.index.name, table.columns.name = "domain", by
    return table


def domain_evidence(corpus, domain: str, column: str | None = None, by: str = "year") -> pd.DataFrame:
    """The sentences behind one cell of :func:`domain_counts` (or one whole row when ``column`` is None)."""
    d = corpus.domains.merge(corpus.articles[["article_id", "published_date"]], on="article_id", how="left")
    d = d[d["domain"].astype(str) == domain]
    if column is not None:
        key = d["published_date"].dt.year.astype(str) if by == "year" else d["article_id"]
        d = d[key == str(column)]
    d = d.assign(source=d["article_id"] + "#" + d["sentence_id"].astype(str))
    return d[["source", "terms", "evidence"]].sort_values("source", kind="stable").reset_index(drop=True)


def lexicon_table() -> pd.DataFrame:
    """What each domain covers: the lexicon terms per domain (``ties_lib/data/domains.csv``)."""
    from .data import load_csv
    from .domains import DOMAINS

    rows = load_csv("domains.csv")
    terms: dict[str, list[str]] = {d: [] for d in DOMAINS}
    for row in rows:
        if row["domain"] in terms:  # (not the "none" rows: words read as no domain)
            terms[row["domain"]].append(row["term"])
    return pd.DataFrame({"domain": list(terms), "n_terms": [len(v) for v in terms.values()],
                         "examples": ["; ".join(v[:5]) for v in terms.values()]})


# ---------------------------------------------------------------------------- 04 comparison


def domain_partners(corpus) -> pd.DataFrame:
    """Each coded (article, domain) with the partner(s) it speaks of: one row per partner.

    Every lexicon hit of a coded domain is given the partner of the latest event reported at or
    before its sentence in the same article (an article about India can close with a paragraph on
    the United States), else the article's main partner.
    """
    main = dict(zip(corpus.articles["article_id"], corpus.articles["main_partner"], strict=True))
    anchors: dict[str, list[tuple[int, str]]] = {}
    for partner, refs in zip(corpus.events["partner"].astype(str), corpus.events["sentence_refs"], strict=True):
        for ref in refs:
            article, sid = _ref(ref)
            anchors.setdefault(article, []).append((sid, partner))

    def partner_at(article: str, sid: int) -> str:
        before = sorted(a for a in anchors.get(article, []) if a[0] <= sid)
        return before[-1][1] if before else main.get(article, "")

    coded = {(a, str(d)) for a, d in zip(corpus.domains["article_id"], corpus.domains["domain"], strict=True)}
    hits = corpus.mentions[corpus.mentions["kind"] == "domain"]
    rows = {(a, str(d), partner_at(a, int(s)))
            for a, d, s in zip(hits["article_id"], hits["value"], hits["sentence_id"], strict=True)
            if (a, str(d)) in coded}
    # a coded domain always counts for someone, even if its hits were not kept as mentions
    for a, d, s in zip(corpus.domains["article_id"], corpus.domains["domain"].astype(str),
                       corpus.domains["sentence_id"], strict=True):
        if not any(r[0] == a and r[1] == d for r in rows):
            rows.add((a, d, partner_at(a, int(s))))
    out = pd.DataFrame(sorted(rows), columns=["article_id", "domain", "partner"])
    return out[out["partner"] != ""].reset_index(drop=True)


def partner_counts(corpus, measure: str, partners: tuple[str, ...] = PARTNERS) -> pd.DataFrame:
    """Counts per category (rows) and partner (columns) for one measure.

    ``measure`` is an events column (``type``, ``level``, ``modality``, ``date_basis``), ``domain``
    (article-domain pairs attributed by :func:`domain_partners`) or ``agreement`` (agreements by status).
    """
    if measure == "domain":
        from .domains import DOMAINS

        d = domain_partners(corpus)
        table = pd.crosstab(d["domain"], d["partner"])
        order = [x for x in DOMAINS if x in table.index]
    elif measure == "agreement":
        g = corpus.agreements
        table = pd.crosstab(g["status"].astype(str), g["partner"].astype(str))
        order = [x for x in g["status"].cat.categories if x in table.index]
    else:
        e = corpus.events[corpus.events[measure].notna()]
        table = pd.crosstab(e[measure].astype(str), e["partner"].astype(str))
        order = [x for x in e[measure].cat.categories if x in table.index]
    table = table.reindex(index=order, columns=list(partners), fill_value=0).fillna(0).astype(int)
    table.index.name, table.columns.name = measure, "partner"
    return table


def partner_comparison(corpus, partners: tuple[str, ...] = PARTNERS) -> pd.DataFrame:
    """India and the United States on the same measures, with the ratio of the first to the second.

    Rows: articles mainly about the partner, articles naming it, characters of text about it, events,
    distinct years with an event, agreements, people of the partner. The ``ratio`` column is first / second
    partner (``inf`` when the second has none).
    """
    a, e, pt = corpus.articles, corpus.events, corpus.partner_text
    people = corpus.actors[corpus.actors["kind"] == "person"]
    data: dict[str, dict[str, int]] = {}
    for p in partners:
        ev = e[e["partner"].astype(str) == p]
        data[p] = {
            "articles mainly about it": int((a["main_partner"] == p).sum()),
            "articles naming it": int(sum(p in x for x in a["partners"])),
            "characters of text about it": int(pt.loc[pt["partner"] == p, "chars"].sum()),
            "events": len(ev),
            "years with an event": int(ev["date_start"].dt.year.nunique()),
            "agreements": int((corpus.agreements["partner"].astype(str) == p).sum()),
            "people": int((people["country"].astype(str) == p).sum()),
        }
    table = pd.DataFrame(data)
    first, second = partners[0], partners[1]
    table["ratio"] = [round(x / y, 1) if y else float("inf") for x, y in zip(table[first], table[second],
                                                                            strict=True)]
    table.index.name = "measure"
    return table


def imbalance(corpus, partners: tuple[str, ...] = PARTNERS) -> dict[str, object]:
    """The corpus's imbalance between two partners, as numbers a sentence can cite."""
    t = partner_comparison(corpus, partners)
    first, second = partners
    return {
        "first": first, "second": second,
        "events": (int(t.loc["events", first]), int(t.loc["events", second])),
        "articles_main": (int(t.loc["articles mainly about it", first]),
                          int(t.loc["articles mainly about it", second])),
        "chars": (int(t.loc["characters of text about it", first]),
                  int(t.loc["characters of text about it", second])),
        "event_ratio": t.loc["events", "ratio"],
        "char_ratio": t.loc["characters of text about it", "ratio"],
        "second_articles": sorted(x for x, ps in zip(corpus.articles["article_id"], corpus.articles["partners"],
                                                     strict=True) if second in ps),
    }


# ---------------------------------------------------------------------------- 06 validation


def errors_table(corpus, gold_dir) -> pd.DataFrame:
    """Every missed gold row and every extra prediction, one line each, with the table it belongs to."""
    from .evaluate import score_tables

    key = {"events": ("event_id", "date_start"), "actors": ("name",), "agreements": ("name",),
           "domains": ("article_id", "domain"), "published": ("article_id", "published")}
    rows = []
    for table, score in score_tables(corpus, gold_dir).items():
        for kind, items in (("missed", score.missed), ("extra", score.extra)):
            for item in items:
                what = " · ".join(str(item.get(k, "")) for k in key.get(table, ()))
                rows.append({"table": table, "error": kind, "row": what,
                             "articles": str(item.get("article_ids", item.get("article_id", "")))})
    out = pd.DataFrame(rows, columns=["table", "error", "row", "articles"])
    return out.sort_values(["table", "error", "row"], kind="stable").reset_index(drop=True)
