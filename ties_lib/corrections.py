"""Corrections a person makes to the machine's coding, kept in a file and applied on every load.

A ``corrections.csv`` in the corpus folder (or ``load_corpus(src, corrections=path)``) has the
columns ``action,table,id,field,value,note``; further columns are ignored (the review sheet
carries evidence beside them)::

    drop,events,ind-2022-06-08-visit-1c2d,,,not a visit: the minister only spoke of one
    set,events,ind-2022-06-08-visit-1c2d,location,Hai Phong,the port call was in Hai Phong
    add,events,ind-2023-09-visit-added,,,the President's visit the kit missed
    set,events,ind-2023-09-visit-added,partner,IND,
    set,events,ind-2023-09-visit-added,type,visit,
    set,events,ind-2023-09-visit-added,date_start,2023-09,
    set,events,ind-2023-09-visit-added,article_ids,003_4fd3e7492f48b50c,
    keep,events,ind-2019-10-dialogue-77aa,,,

``keep`` changes nothing. They apply after extraction and merging, to events, actors,
agreements and domains (a domain row's id is ``article_id#domain``). Every touched row gets
``corrected = True`` and the note(s). A line that cannot apply (its id is gone, an unknown
action, a value outside the codebook) becomes a ``problems`` row naming the line; it never
raises and never stops the other lines.
"""

from __future__ import annotations

import csv
import dataclasses
from functools import cache
from pathlib import Path

import pandas as pd

from .formats import csv_rows
from .reading import CORRECTIONS_FILE, TiesError, decode_bytes

FILE = CORRECTIONS_FILE
COLUMNS = ("action", "table", "id", "field", "value", "note")
ACTIONS = ("keep", "drop", "set", "add")
#: The id column of each table that can be corrected.
KEYS = {"events": "event_id", "actors": "actor_id", "agreements": "agreement_id", "domains": "article_id#domain"}
#: What an added row needs before it is a row of its table.
REQUIRED = {"events": ("partner", "type", "date_start", "article_ids"), "actors": ("name", "kind"),
            "agreements": ("partner", "name", "article_ids"), "domains": ("domain",)}
#: Date columns and the precision column that goes with each.
PRECISION_OF = {"date_start": "date_precision", "date": "date_precision"}
#: Code columns whose categories are open (a partner or a country not yet seen, from data/countries.csv).
OPEN_CODES = {"partner", "country"}
LOG_COLUMNS = ["line", *COLUMNS, "status", "detail"]
#: The range of a whole-number column (pandas' Int64).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


@dataclasses.dataclass(frozen=True, slots=True)
class Correction:
    """One line of a corrections file (``line`` counts the header as line 1)."""

    line: int
    action: str
    table: str
    id: str
    field: str = ""
    value: str = ""
    note: str = ""


def corrections_path(src: Path, given: str | Path | None) -> Path | None:
    """The corrections file for a corpus folder: the one given (it must exist), else ``src/corrections.csv``."""
    if given is not None:
        path = Path(given)
        if not path.is_file():
            raise TiesError(f"corrections file does not exist: {given}")
        return path
    default = src / FILE
    return default if default.is_file() else None


def read_corrections(path: Path) -> tuple[list[Correction], list[tuple[int, dict, str]]]:
    """The corrections of a file, and the lines that are not corrections (line, row, why)."""
    text, _enc = decode_bytes(path.read_bytes())
    try:
        fieldnames, rows = csv_rows(text)
    except csv.Error as exc:
        return [], [(1, {}, f"not a corrections file: its first line cannot be read as CSV ({exc}); "
                             "nothing in it was applied")]
    header = [(c or "").strip().lower() for c in fieldnames]
    missing = [c for c in ("action", "table", "id") if c not in header]
    if missing:
        return [], [(1, {}, f"not a corrections file: no column {', '.join(missing)} "
                             f"(the columns are {','.join(COLUMNS)}); nothing in it was applied")]
    good: list[Correction] = []
    bad: list[tuple[int, dict, str]] = []
    for row_number, raw in rows:
        n = row_number + 1  # the header is line 1
        if isinstance(raw, csv.Error):
            bad.append((n, dict.fromkeys(COLUMNS, ""), f"the line cannot be read as CSV: {raw}"))
            continue
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
        row = {c: row.get(c, "") for c in COLUMNS}
        if not any(row.values()):
            continue  # a blank line of the spreadsheet
        c = Correction(n, row["action"].lower(), row["table"].lower(), row["id"], row["field"], row["value"],
                       row["note"])
        why = _invalid(c)
        if why:
            bad.append((n, row, why))
        else:
            good.append(c)
    return good, bad


def _invalid(c: Correction) -> str:
    if c.action not in ACTIONS:
        return f"unknown action '{c.action}' (use {', '.join(ACTIONS)})"
    if c.table not in KEYS:
        return f"unknown table '{c.table}' (corrections apply to {', '.join(KEYS)})"
    if not c.id:
        return "no id"
    if c.action == "set" and not c.field:
        return "a set line needs a field"
    return ""


def apply_corrections(corpus, path: Path | None):
    """The corpus with the corrections of ``path`` applied (``corrected`` and ``note`` columns added).

    Without a file only the two columns are added (all False and empty), so the tables have the
    same columns with and without corrections.
    """
    from .frames import problems_frame
    from .records import Problem

    tables = {name: _with_columns(getattr(corpus, name)) for name in KEYS}
    log: list[dict] = []
    problems: list[Problem] = []
    if path is not None:
        name = path.name
        fixes, bad = read_corrections(path)
        for n, row, why in bad:
            log.append({"line": n, **row, "status": "invalid", "detail": why})
            problems.append(Problem(f"{name}#{n}", "bad correction", why))
        # adds first, so that set lines can fill the new rows wherever they stand in the file
        order = {"add": 0, "set": 1, "keep": 2, "drop": 3}
        added: dict[tuple[str, str], Correction] = {}
        known = Known(frozenset(corpus.articles["article_id"]),
                      frozenset(zip(corpus.sentences["article_id"], corpus.sentences["sentence_id"].astype(int),
                                    strict=True)))
        for c in sorted(fixes, key=lambda c: (order[c.action], c.line)):
            try:
                status, detail = _apply(tables, c, added, known)
            except Exception as exc:  # noqa: BLE001 - one line the checks did not foresee costs only itself
                status, detail = "invalid", f"{_what(c)}: not applied ({type(exc).__name__}: {exc})"
            log.append({"line": c.line, **{k: getattr(c, k) for k in COLUMNS}, "status": status, "detail": detail})
            if status in ("stale", "invalid"):
                problems.append(Problem(f"{name}#{c.line}", "stale correction" if status == "stale"
                                        else "bad correction", detail))
        for (table, rid), c in added.items():
            df = tables[table]
            row = df[_ids(df, table) == rid]
            lacking = [f for f in REQUIRED[table] if row.empty or _blank(row.iloc[0][f])]
            if lacking:
                tables[table] = df[_ids(df, table) != rid].reset_index(drop=True)
                detail = f"added {table[:-1]} {rid} lacks {', '.join(lacking)}; it was not added"
                problems.append(Problem(f"{name}#{c.line}", "bad correction", detail))
                for entry in log:
                    if entry["table"] == table and entry["id"] == rid and entry["status"] == "applied":
                        entry["status"], entry["detail"] = "invalid", detail
    log_df = pd.DataFrame(log, columns=LOG_COLUMNS).sort_values("line", kind="stable").reset_index(drop=True)
    more = problems_frame(problems)
    all_problems = pd.concat([corpus.problems, more], ignore_index=True) if len(more) else corpus.problems
    return dataclasses.replace(corpus, **tables, problems=all_problems, corrections=log_df)


def _with_columns(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    if "corrected" not in df.columns:
        df["corrected"] = pd.Series(False, index=df.index, dtype=bool)
        df["note"] = pd.Series([""] * len(df), index=df.index, dtype=str)
    return df


def _ids(df: pd.DataFrame, table: str) -> pd.Series:
    if table == "domains":
        return df["article_id"].astype(str) + "#" + df["domain"].astype(str)
    return df[KEYS[table]].astype(str)


def _blank(v) -> bool:
    if isinstance(v, list):
        return not v
    return v is None or (not isinstance(v, str) and pd.isna(v)) or v == ""


@dataclasses.dataclass(frozen=True, slots=True)
class Known:
    """What a correction may name: the corpus's articles and its sentences (article id, sentence id)."""

    articles: frozenset[str]
    sentences: frozenset[tuple[str, int]]


@cache
def country_codes() -> tuple[str, ...]:
    """The codes of ``data/countries.csv``: the partners and countries a correction may name."""
    from .actors import countries

    return tuple(code for code, _name, _terms in countries())


def _what(c: Correction) -> str:
    return f"{c.action} {c.table} {c.id}" + (f" {c.field}" if c.field else "")


def _apply(tables: dict[str, pd.DataFrame], c: Correction, added: dict, known: Known) -> tuple[str, str]:
    """Apply one correction in place in ``tables``: (status, detail).

    A refused line changes nothing; the detail says why.
    """
    df = tables[c.table]
    hit = _ids(df, c.table) == c.id
    what = _what(c)
    if c.action == "add":
        if hit.any():
            return "invalid", f"{what}: the id exists already (use set lines to change it)"
        new = {col: _empty(df[col]) for col in df.columns}
        if c.table == "domains":  # the id names the row: article_id#domain
            aid, _, domain = c.id.rpartition("#")
            if not aid or domain not in df["domain"].cat.categories:
                return "invalid", f"{what}: a domain row's id is article_id#domain, with a domain of the codebook"
            if aid not in known.articles:
                return "invalid", f"{what}: no article '{aid}' in the corpus"
            new.update(article_id=aid, domain=domain)
        else:
            new[KEYS[c.table]] = c.id
        new.update(corrected=True, note=c.note)
        grown = pd.concat([df.astype(object), pd.DataFrame([new], columns=df.columns, dtype=object)],
                          ignore_index=True)
        _restore_dtypes(grown, df)
        tables[c.table] = grown
        added[(c.table, c.id)] = c
        return "applied", ""
    if not hit.any():
        return "stale", (f"{what}: no such {c.table[:-1]} now (the text or the kit changed); "
                         "the correction was not applied")
    if c.action == "keep":
        return "kept", ""
    idx = df.index[hit]
    if c.action == "drop":
        tables[c.table] = df[~hit].reset_index(drop=True)
        return "applied", ""
    if c.field not in df.columns or c.field in ("corrected", "note") or c.field == KEYS[c.table]:
        fields = ", ".join(col for col in df.columns if col not in ("corrected", "note", KEYS[c.table]))
        return "invalid", f"{what}: not a field that can be set (fields: {fields})"
    if c.table == "events" and c.field == "plover":
        return "invalid", f"{what}: plover follows from the CAMEO code (set cameo, or type)"
    if c.value == "" and c.field in REQUIRED[c.table]:
        return "invalid", (f"{what}: {c.field} cannot be blank (a {c.table[:-1]} needs "
                           f"{', '.join(REQUIRED[c.table])})")
    try:
        values = _convert(df, c.field, c.value)
        _check_names(c.field, values, known)
        for i in idx:
            _check_row(df, i, c.table, values)
    except ValueError as exc:
        return "invalid", f"{what}: {exc}"
    df = df.copy()  # written back only when every cell took its value: a failing line changes nothing
    for col, value in values.items():
        # a partner or country not seen yet becomes a category (_convert refused codes outside the codebook)
        if isinstance(df[col].dtype, pd.CategoricalDtype) and value is not None \
                and value not in df[col].cat.categories:
            df[col] = df[col].cat.add_categories([value])
        for i in idx:
            df.at[i, col] = value
    if c.table == "events" and c.field in ("type", "cameo"):
        for i in idx:
            _recode(df, i)
    df.loc[idx, "corrected"] = True
    for i in idx:
        df.at[i, "note"] = "; ".join(n for n in (df.at[i, "note"], c.note) if n)
    tables[c.table] = df
    return "applied", ""


def _check_names(field: str, values: dict, known: Known) -> None:
    """Refuse article ids and sentence references that name no article or sentence of the corpus."""
    if field == "article_ids":
        unknown = [a for a in values[field] if a not in known.articles]
        if unknown:
            raise ValueError(f"no article {', '.join(map(repr, unknown))} in the corpus")
    if field == "sentence_refs":
        for ref in values[field]:
            aid, _, sid = ref.rpartition("#")
            if not aid or not sid.isdigit():
                raise ValueError(f"'{ref}' is not a sentence reference (article_id#sentence_id)")
            if (aid, int(sid)) not in known.sentences:
                raise ValueError(f"no sentence {ref} in the corpus" if aid in known.articles
                                 else f"no article '{aid}' in the corpus (in '{ref}')")


def _check_row(df: pd.DataFrame, i, table: str, values: dict) -> None:
    """Refuse values that disagree with the rest of the row: a start after the end, a code its type does not take."""
    from .triggers import type_codes

    if table == "events" and ("date_start" in values or "date_end" in values):
        start = values.get("date_start", df.at[i, "date_start"])
        end = values.get("date_end", df.at[i, "date_end"])
        if not pd.isna(start) and not pd.isna(end) and start > end:
            raise ValueError(f"date_start {start.date()} would be after date_end {end.date()} "
                             "(set date_end first, or blank it)")
    if table == "events" and "cameo" in values and values["cameo"] is not None and not pd.isna(df.at[i, "type"]):
        event_type = str(df.at[i, "type"])
        allowed = type_codes()[event_type][1]
        if values["cameo"] not in allowed:
            raise ValueError(f"CAMEO {values['cameo']} is not a code of a {event_type} event "
                             f"(one of: {', '.join(allowed)}); set type first")


def _recode(df: pd.DataFrame, i) -> None:
    """The CAMEO code and PLOVER category of an event whose type or code was set, as the extractor gives them."""
    from .triggers import cameo_for, plover_for

    event_type, code = df.at[i, "type"], df.at[i, "cameo"]
    if not pd.isna(event_type):
        code = cameo_for(str(event_type), "" if pd.isna(code) else str(code))
    df.at[i, "cameo"] = code
    df.at[i, "plover"] = None if pd.isna(code) else plover_for(str(code))


def _empty(col: pd.Series):
    if col.name in ("participants", "domains", "article_ids", "sentence_refs", "partners", "flags"):
        return []
    if col.dtype == bool:
        return False
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return pd.NaT
    if isinstance(col.dtype, pd.CategoricalDtype) or str(col.dtype) == "Int64":
        return None
    return ""


def _restore_dtypes(new: pd.DataFrame, old: pd.DataFrame) -> None:
    for col in old.columns:
        if isinstance(old[col].dtype, pd.CategoricalDtype):
            new[col] = pd.Categorical(new[col].astype(object).where(new[col].notna(), None),
                                      categories=old[col].cat.categories, ordered=old[col].cat.ordered)
        elif str(old[col].dtype) == "Int64":
            new[col] = new[col].astype("Int64")
        elif pd.api.types.is_datetime64_any_dtype(old[col].dtype):
            new[col] = pd.to_datetime(new[col]).astype(old[col].dtype)
        elif col not in ("participants", "domains", "article_ids", "sentence_refs"):
            new[col] = new[col].astype(old[col].dtype)


def _convert(df: pd.DataFrame, field: str, value: str) -> dict:
    """The cell value(s) a set line writes: the field, and a date's precision with it."""
    from .frames import LIST_COLUMNS

    col = df[field]
    if value == "":
        return {field: _empty(col)}
    if field in LIST_COLUMNS or field in ("sentence_refs",):
        return {field: [v.strip() for v in value.split(";") if v.strip()]}
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        ts, precision = _parse_date(value)
        out = {field: ts}
        if field in PRECISION_OF and PRECISION_OF[field] in df.columns:
            out[PRECISION_OF[field]] = precision
        return out
    if field in OPEN_CODES:  # a partner or country the corpus has not seen yet, but one of countries.csv
        if value not in country_codes():
            raise ValueError(f"'{value}' is not a country code of data/countries.csv "
                             f"(one of: {', '.join(country_codes())})")
        return {field: value}
    if isinstance(col.dtype, pd.CategoricalDtype):
        if value not in col.cat.categories:
            raise ValueError(f"'{value}' is not a {field} (one of: {', '.join(map(str, col.cat.categories))})")
        return {field: value}
    if str(col.dtype) == "Int64":
        if not value.lstrip("-").isdigit():
            raise ValueError(f"'{value}' is not a whole number")
        number = int(value)
        if not INT64_MIN <= number <= INT64_MAX:  # the column holds 64-bit integers
            raise ValueError(f"'{value}' is out of range for {field} (a whole number from {INT64_MIN:,} "
                             f"to {INT64_MAX:,})")
        return {field: number}
    if col.dtype == bool:
        if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"'{value}' is not true or false")
        return {field: value.lower() in ("true", "1", "yes")}
    return {field: value}


def _parse_date(value: str) -> tuple[pd.Timestamp, str]:
    """An ISO date at its precision: "2022", "2022-06" or "2022-06-08"."""
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(value) == 4:
            return pd.Timestamp(int(value), 1, 1), "year"
        if len(parts) == 2:
            return pd.Timestamp(int(parts[0]), int(parts[1]), 1), "month"
        if len(parts) == 3:
            return pd.Timestamp(int(parts[0]), int(parts[1]), int(parts[2])), "day"
    except ValueError:
        pass
    raise ValueError(f"'{value}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD")


# ---------------------------------------------------------------------------- the review sheet

#: The key fields shown beside each row of the review sheet.
SHOWN = {
    "events": ("partner", "type", "date_start", "date_precision", "location", "level", "participants"),
    "actors": ("name", "kind", "country", "role"),
    "agreements": ("partner", "name", "date", "status"),
}
REVIEW_COLUMNS = [*COLUMNS, "fields", "article_ids", "evidence"]


def review_sheet(corpus, existing: Path | None = None) -> pd.DataFrame:
    """One ``keep`` row per event, actor and agreement, with key fields and evidence beside it.

    The lines of an existing corrections file come first, unchanged, so that a sheet saved as
    ``corrections.csv`` keeps them. Change ``keep`` to ``drop``, or to ``set`` with a field and a
    value (copy the row for a second field); an all-``keep`` sheet changes nothing.
    """
    from .frames import to_csv_frame

    rows: list[dict] = []
    if existing is not None:
        text, _enc = decode_bytes(existing.read_bytes())
        try:
            _header, lines = csv_rows(text)
        except csv.Error:
            lines = iter(())  # applying it said why (a problems row); the sheet starts afresh
        for _n, raw in lines:
            if isinstance(raw, csv.Error):
                continue  # a line that cannot be read: its problems row names it
            row = {(k or "").strip().lower(): (v or "") for k, v in raw.items() if k is not None}
            if row.get("action", "").strip().lower() != "keep" and any(row.get(c) for c in COLUMNS):
                rows.append({c: row.get(c, "") for c in REVIEW_COLUMNS})
    for table, shown in SHOWN.items():
        df = to_csv_frame(table, getattr(corpus, table))
        for r in df.to_dict("records"):
            fields = " | ".join(f"{f}: {r[f]}" for f in shown if str(r.get(f, "")) not in ("", "nan"))
            rows.append({"action": "keep", "table": table, "id": r[KEYS[table]], "field": "", "value": "",
                         "note": "", "fields": fields, "article_ids": r.get("article_ids", ""),
                         "evidence": r.get("evidence", "")})
    return pd.DataFrame(rows, columns=REVIEW_COLUMNS)


def write_review(corpus, out: Path, existing: Path | None = None) -> Path:
    """Write ``out/review.csv`` (see :func:`review_sheet`)."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "review.csv"
    review_sheet(corpus, existing).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def summary(corpus) -> pd.DataFrame:
    """What the corrections changed: lines applied and rows touched, by table and action."""
    log = corpus.corrections if corpus.corrections is not None else pd.DataFrame(columns=LOG_COLUMNS)
    applied = log[log["status"] == "applied"]
    out = applied.groupby(["table", "action"]).agg(lines=("line", "size"), rows=("id", "nunique")).reset_index()
    return out.sort_values(["table", "action"], kind="stable").reset_index(drop=True)
