"""Records to DataFrames (fixed columns and dtypes), and DataFrames to the codebook's CSVs.

In the DataFrames dates are timestamps with a precision column, codes are categoricals and
multi-valued cells are lists. In the CSVs dates are ISO strings at their precision and
multi-valued cells are ``;``-joined.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from operator import attrgetter

import pandas as pd

from .actors import slug, written_form
from .domains import DOMAINS
from .events import event_id
from .records import LEVELS, PRECISIONS, AgreementRecord, ArticleResult, DateValue, EventRecord, Problem, iso_at
from .triggers import cameo_for, cameo_table, plover_for

TABLES = ("articles", "events", "actors", "agreements", "domains", "mentions", "problems",
          "sentences", "roles", "furniture", "partner_text")
#: What ``export`` writes (the codebook's tables first).
EXPORTED = ("articles", "events", "actors", "agreements", "domains", "mentions", "problems",
            "sentences", "roles", "furniture")
EVENT_TYPES = ("summit", "visit", "talks", "dialogue", "exercise", "ceremony", "partnership_upgrade")
BASES = ("stated", "year_inferred", "relative", "derived")
MODALITIES = ("in_person", "virtual", "unknown")
STATUSES = ("signed", "planned", "referenced")

COLUMNS = {
    "articles": ["article_id", "title", "published", "published_basis", "published_date",
                 "published_precision", "published_evidence", "main_partner", "partners", "path",
                 "origin", "url", "source", "encoding", "format", "n_sentences", "n_chars", "furniture_lines",
                 "furniture_chars", "duplicate_of", "flags", "body"],
    "events": ["event_id", "partner", "type", "cameo", "plover", "date_start", "date_end", "date_precision",
               "date_basis", "modality", "level", "location", "participants", "ordinal", "domains",
               "article_ids", "sentence_refs", "evidence", "trigger", "trigger_spans"],
    "actors": ["actor_id", "name", "kind", "country", "role", "article_ids", "in_base", "evidence"],
    "roles": ["actor_id", "name", "article_id", "as_of", "role", "level", "sentence_id", "evidence"],
    "agreements": ["agreement_id", "partner", "name", "date", "date_precision", "status",
                   "article_ids", "sentence_refs", "evidence"],
    "domains": ["article_id", "domain", "terms", "sentence_id", "evidence"],
    "mentions": ["article_id", "sentence_id", "kind", "start", "end", "text", "value", "detail"],
    "sentences": ["article_id", "sentence_id", "paragraph", "start", "end", "text"],
    "furniture": ["article_id", "line", "reason", "text"],
    "partner_text": ["article_id", "partner", "chars", "share"],
    "problems": ["file", "problem", "detail"],
}
LIST_COLUMNS = {"partners", "flags", "participants", "domains", "article_ids", "sentence_refs", "trigger_spans"}


def _ts(d: dt.date | None) -> pd.Timestamp:
    return pd.Timestamp(d) if d is not None else pd.NaT


def _cat(values: list, categories: tuple[str, ...]) -> pd.Categorical:
    return pd.Categorical(values, categories=list(categories))


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    # column by column: much faster than a list of dicts for the large tables (mentions)
    return pd.DataFrame({col: [r.get(col) for r in rows] for col in COLUMNS[name]}, columns=COLUMNS[name])


def _records_frame(name: str, records: list) -> pd.DataFrame:
    """A table straight from records whose fields are named as its columns."""
    cols = COLUMNS[name]
    values = list(zip(*map(attrgetter(*cols), records), strict=True)) if records else [[] for _ in cols]
    return pd.DataFrame(dict(zip(cols, map(list, values), strict=True)), columns=cols)


def articles_frame(results: list[ArticleResult], duplicates: dict[str, str]) -> pd.DataFrame:
    rows = []
    for r in results:
        a = r.article
        p = a.published
        rows.append({
            "article_id": a.article_id, "title": a.title,
            "published": p.iso_start() if p else "", "published_basis": a.published_basis,
            "published_date": _ts(p.start if p else None),
            "published_precision": p.precision if p else None,
            "published_evidence": a.published_evidence,
            "main_partner": a.partners[0] if a.partners else "", "partners": list(a.partners),
            "path": a.path, "origin": a.origin or a.path, "url": a.url, "source": a.source,
            "encoding": a.encoding, "format": a.fmt,
            "n_sentences": len(r.sentences), "n_chars": len(a.body),
            "furniture_lines": a.furniture_lines, "furniture_chars": a.furniture_chars,
            "duplicate_of": duplicates.get(a.article_id, ""), "flags": list(a.flags), "body": a.body,
        })
    df = _frame("articles", rows)
    df["published_date"] = pd.to_datetime(df["published_date"])
    df["published_precision"] = _cat(df["published_precision"].tolist(), PRECISIONS)
    df["published_basis"] = _cat(df["published_basis"].replace("", None).tolist(), ("stated", "inferred"))
    return df.sort_values("article_id", kind="stable").reset_index(drop=True)


def sentences_frame(results: list[ArticleResult]) -> pd.DataFrame:
    return _records_frame("sentences", [s for r in results for s in r.sentences])


def mentions_frame(results: list[ArticleResult]) -> pd.DataFrame:
    df = _records_frame("mentions", [m for r in results for m in r.mentions])
    df["kind"] = df["kind"].astype("category")
    return df


def _date_cols(v: DateValue | None) -> tuple:
    if v is None:
        return pd.NaT, pd.NaT, None, None
    end = v.end if (v.is_range or v.precision == "week") else None
    return _ts(v.start), _ts(end), v.precision, v.basis


def stable_event_id(e: EventRecord) -> str:
    """An id made of the event's own content only, so that adding unrelated articles leaves it as it is.

    Partner, date and type (:func:`ties_lib.events.event_id`), then four hex digits of a hash of
    the event's first report: its article and evidence sentence. A numbered suffix, as before,
    would depend on how many other events share partner, date and type, and so on other articles;
    a correction made against the old id would then land on another event.
    """
    pairs = sorted(zip((a for a, _s in e.sentence_refs), e.evidence, strict=False)) or [("", "")]
    aid, sentence = pairs[0]
    digest = hashlib.sha1(f"{aid}\n{' '.join(sentence.split())}".encode()).hexdigest()[:4]
    return f"{event_id(e)}-{digest}"


def events_frame(events: list[EventRecord]) -> pd.DataFrame:
    rows = []
    ids: dict[str, int] = defaultdict(int)
    for e in events:
        base = stable_event_id(e)
        ids[base] += 1  # two events from one sentence of one article: numbered in the article's order
        start, end, precision, basis = _date_cols(e.date)
        rows.append({
            "event_id": base if ids[base] == 1 else f"{base}-{ids[base]}",
            "partner": e.partner, "type": e.type, "cameo": e.cameo or cameo_for(e.type),
            "plover": plover_for(e.cameo or cameo_for(e.type)), "date_start": start, "date_end": end,
            "date_precision": precision, "date_basis": basis, "modality": e.modality,
            "level": e.level or None, "location": e.location, "participants": list(e.participants),
            "ordinal": e.ordinal, "domains": list(e.domains), "article_ids": list(e.article_ids),
            "sentence_refs": [f"{a}#{s}" for a, s in e.sentence_refs],
            "evidence": " | ".join(e.evidence), "trigger": e.trigger,
            "trigger_spans": [f"{a}#{s}-{t}" for a, s, t in e.trigger_spans],
        })
    df = _frame("events", rows)
    df["partner"] = df["partner"].astype("category")
    df["type"] = _cat(df["type"].tolist(), EVENT_TYPES)
    df["cameo"] = _cat(df["cameo"].tolist(), tuple(cameo_table()))
    df["plover"] = _cat(df["plover"].tolist(), tuple(dict.fromkeys(r["plover"] for r in cameo_table().values())))
    df["date_start"] = pd.to_datetime(df["date_start"])
    df["date_end"] = pd.to_datetime(df["date_end"])
    df["date_precision"] = _cat(df["date_precision"].tolist(), PRECISIONS)
    df["date_basis"] = _cat(df["date_basis"].tolist(), BASES)
    df["modality"] = _cat(df["modality"].tolist(), MODALITIES)
    df["level"] = pd.Categorical(df["level"].tolist(), categories=list(LEVELS), ordered=True)
    df["ordinal"] = df["ordinal"].astype("Int64")
    return df


def actors_frame(results: list[ArticleResult]) -> pd.DataFrame:
    """One row per actor. ``name`` is the full name as the articles write it ("Ash Carter", "VK Singh"; the form
    written most often), what a reader and a blind coder see; ``actor_id`` stays the base's one id for all its
    spellings."""
    by_id: dict[str, dict] = {}
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        year = r.article.published.start.year if r.article.published else None
        sentences = {s.sentence_id: s.text for s in r.sentences}
        for h in r.actors:
            form = written_form(r.article.body, h.start, h.end)
            if h.kind == "person" and len(form.split()) >= 2:  # a full name, not "Mattis"
                written[h.actor_id][form] += 1
            row = by_id.setdefault(h.actor_id, {
                "actor_id": h.actor_id, "name": h.name, "kind": h.kind, "country": h.country,
                "article_ids": [], "in_base": h.in_base, "evidence": sentences.get(h.sentence_id, "")})
            if r.article.article_id not in row["article_ids"]:
                row["article_ids"].append(r.article.article_id)
            if h.role:
                # one office named two ways ("X and Y", "Y and X") is one role
                key = next((r for r in roles[h.actor_id] if set(r.split(" and ")) == set(h.role.split(" and "))),
                           h.role)
                roles[h.actor_id][key].add(str(year) if year else "")
    rows = []
    for aid, row in by_id.items():
        if written.get(aid):
            row["name"] = max(written[aid].items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
        found = roles.get(aid, {})
        if len(found) > 1:
            row["role"] = "; ".join(f"{role} ({', '.join(sorted(y for y in years if y))})".replace(" ()", "")
                                    for role, years in sorted(found.items(), key=lambda kv: min(kv[1])))
        else:
            row["role"] = next(iter(found), "")
        rows.append(row)
    df = _frame("actors", rows)
    df["kind"] = _cat(df["kind"].tolist(), ("person", "office"))
    df["country"] = df["country"].astype("category")
    return df.sort_values(["kind", "country", "actor_id"], kind="stable").reset_index(drop=True)


def roles_frame(results: list[ArticleResult]) -> pd.DataFrame:
    rows = []
    for r in results:
        p = r.article.published
        sentences = {s.sentence_id: s.text for s in r.sentences}
        seen = set()
        for h in r.actors:
            if h.kind != "person" or not h.role or (h.actor_id, h.role) in seen:
                continue
            seen.add((h.actor_id, h.role))
            rows.append({"actor_id": h.actor_id, "name": h.name, "article_id": r.article.article_id,
                         "as_of": p.iso_start() if p else "", "role": h.role, "level": h.level or None,
                         "sentence_id": h.sentence_id, "evidence": sentences.get(h.sentence_id, "")})
    df = _frame("roles", rows)
    df["level"] = pd.Categorical(df["level"].tolist(), categories=list(LEVELS), ordered=True)
    return df


def agreements_frame(agreements: list[AgreementRecord]) -> pd.DataFrame:
    rows = []
    ids: dict[str, int] = defaultdict(int)
    for a in agreements:
        base = f"{a.partner.lower()}-{slug(a.name)}"[:80]
        ids[base] += 1
        rows.append({
            "agreement_id": base if ids[base] == 1 else f"{base}-{ids[base]}", "partner": a.partner,
            "name": a.name, "date": _ts(a.date.start) if a.date else pd.NaT,
            "date_precision": a.date.precision if a.date else None, "status": a.status,
            "article_ids": list(a.article_ids), "sentence_refs": [f"{x}#{s}" for x, s in a.sentence_refs],
            "evidence": " | ".join(a.evidence)})
    df = _frame("agreements", rows)
    df["partner"] = df["partner"].astype("category")
    df["date"] = pd.to_datetime(df["date"])
    df["date_precision"] = _cat(df["date_precision"].tolist(), PRECISIONS)
    df["status"] = _cat(df["status"].tolist(), STATUSES)
    return df


def domains_frame(results: list[ArticleResult]) -> pd.DataFrame:
    rows = []
    for r in results:
        sentences = {s.sentence_id: s.text for s in r.sentences}
        found: dict[str, tuple[int, list[str]]] = {}
        for domain, sid, term in r.domains:
            first, terms = found.setdefault(domain, (sid, []))
            if term.lower() not in [t.lower() for t in terms]:
                terms.append(term)
        for domain, (sid, terms) in found.items():
            rows.append({"article_id": r.article.article_id, "domain": domain, "terms": "; ".join(terms),
                         "sentence_id": sid, "evidence": sentences.get(sid, "")})
    df = _frame("domains", rows)
    df["domain"] = _cat(df["domain"].tolist(), DOMAINS)
    return df.sort_values(["article_id", "domain"], kind="stable").reset_index(drop=True)


def furniture_frame(results: list[ArticleResult]) -> pd.DataFrame:
    rows = [{"article_id": f.article_id, "line": f.line, "reason": f.reason, "text": f.text}
            for r in results for f in r.furniture]
    df = _frame("furniture", rows)
    df["reason"] = df["reason"].astype("category")
    return df


def partner_text_frame(results: list[ArticleResult]) -> pd.DataFrame:
    rows = []
    for r in results:
        total = max(1, len(r.article.body))
        for partner, chars in r.article.partner_chars:
            rows.append({"article_id": r.article.article_id, "partner": partner, "chars": chars,
                         "share": round(chars / total, 3)})
    return _frame("partner_text", rows)


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    rows = [{"file": p.file, "problem": p.problem, "detail": p.detail} for p in problems]
    return _frame("problems", rows)


# ---------------------------------------------------------------------------- CSV form


def _iso(ts: pd.Timestamp, precision: str | float | None) -> str:
    if pd.isna(ts):
        return ""
    p = precision if isinstance(precision, str) else "day"
    return iso_at(ts.date(), p)


def to_csv_frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """The CSV form of a table: ISO dates at their precision, lists joined with ``;``."""
    out = df.copy()
    for col in out.columns:
        if col in LIST_COLUMNS:
            out[col] = out[col].map(lambda v: ";".join(v) if isinstance(v, list) else (v or ""))
    if name == "events":
        out["date_start"] = [_iso(t, p) for t, p in zip(df["date_start"], df["date_precision"], strict=True)]
        out["date_end"] = [_iso(t, "day") for t in df["date_end"]]
    if name == "agreements":
        out["date"] = [_iso(t, p) for t, p in zip(df["date"], df["date_precision"], strict=True)]
    if name == "articles":
        out = out.drop(columns=["published_date", "body"])
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(object).where(out[col].notna(), "")
    if "ordinal" in out.columns:
        out["ordinal"] = out["ordinal"].map(lambda v: "" if pd.isna(v) else str(int(v)))
    return out
