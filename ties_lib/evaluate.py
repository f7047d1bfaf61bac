"""Scores against hand-coded gold tables, by the codebook's matching rules.

Events match on partner, one of the gold types, and a start date that, cut to the gold
date's precision, equals it (the prediction at least as precise); actors on the casefolded
name without ranks or titles; agreements on partner and name words; domains as
(article_id, domain) pairs. Matching is one-to-one; gold rows with ``required`` = 0 are a
plus when found and never an error when missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .agreements import name_tokens
from .frames import to_csv_frame

TITLE_WORDS = frozenset(
    """gen general lt lieut lieutenant sen senior sr col colonel maj major adm admiral dr mr mrs ms
    shri he h e minister pm prime president secretary""".split())


@dataclass(frozen=True)
class TableScore:
    table: str
    tp: int
    fp: int
    fn: int
    missed: tuple[dict, ...]
    extra: tuple[dict, ...]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _alts(cell: str) -> list[str]:
    return [a.strip() for a in str(cell or "").split("|") if a.strip()]


def _required(row: dict) -> bool:
    return str(row.get("required", "1")).strip() in ("1", "", "nan")


def _match(golds: list[dict], preds: list[dict], ok: Callable[[dict, dict], bool]) -> dict[int, int]:
    adj = {gi: [pi for pi, p in enumerate(preds) if ok(g, p)] for gi, g in enumerate(golds)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in adj[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in sorted(adj, key=lambda g: not _required(golds[g])):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def _score(table: str, golds: list[dict], preds: list[dict], ok: Callable[[dict, dict], bool]) -> TableScore:
    m = _match(golds, preds, ok)
    req = [i for i, g in enumerate(golds) if _required(g)]
    tp = sum(1 for i in req if i in m)
    used = set(m.values())
    return TableScore(table, tp, len(preds) - len(m), len(req) - tp,
                      tuple(golds[i] for i in req if i not in m),
                      tuple(p for i, p in enumerate(preds) if i not in used))


def date_matches(pred: str, gold_cell: str) -> bool:
    """A predicted ISO date matches when, cut to a gold alternative's precision, it equals it."""
    pred = (pred or "").strip()[:10]
    return any(len(pred) >= len(g) and pred[:len(g)] == g for g in _alts(gold_cell))


def _event_ok(g: dict, p: dict) -> bool:
    return (str(p["partner"]).upper() == str(g["partner"]).upper() and p["type"] in _alts(g["type"])
            and date_matches(p["date_start"], g["date_start"]))


def norm_name(name: str) -> str:
    s = str(name or "").replace("\u2019", "'").casefold()
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return " ".join(t for t in s.replace("'", "").split() if t not in TITLE_WORDS)


def _actor_ok(g: dict, p: dict) -> bool:
    pred = norm_name(p["name"])
    return bool(pred) and any(norm_name(a) == pred for a in _alts(g["name"]))


def agreement_names_match(gold: str, pred: str) -> bool:
    """The scoring rule for agreement names (the reference scorer's): no clash of years, two shared
    words or every gold word in the prediction, and shared words >= 60% of the shorter name's.

    Not the kit's own merge test (`agreements.same_agreement`), which is stricter both ways: that one
    decides whether two mentions are one document, this one whether a prediction earns a gold row.
    """
    gt, pt = name_tokens(gold), name_tokens(pred)
    if not gt or not pt:
        return False
    gy, py = {t for t in gt if t.isdigit()}, {t for t in pt if t.isdigit()}
    if gy and py and not (gy & py):
        return False
    words_g, words_p = gt - gy, pt - py
    inter = words_g & words_p
    if len(inter) < 2 and not (words_g and words_g <= words_p):
        return False
    return len(inter) / max(1, min(len(words_g), len(words_p))) >= 0.6


def _agreement_ok(g: dict, p: dict) -> bool:
    return str(p["partner"]).upper() == str(g["partner"]).upper() and agreement_names_match(g["name"], p["name"])


def _gold(folder: Path, name: str) -> list[dict]:
    path = folder / f"{name}.csv"
    if not path.exists():
        return []
    return pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records")


def score_tables(corpus, gold_dir: str | Path) -> dict[str, TableScore]:
    """Per-table scores with the missed gold rows and the unmatched predictions."""
    gold = Path(gold_dir)
    pred = {name: to_csv_frame(name, getattr(corpus, name)).to_dict("records")
            for name in ("events", "actors", "agreements", "domains", "articles")}
    out = {"events": _score("events", _gold(gold, "events"), pred["events"], _event_ok)}
    gold_actors = [a for a in _gold(gold, "actors") if not a["name"].startswith("(")]
    people = [a for a in pred["actors"] if a["kind"] != "office"]
    out["actors"] = _score("actors", gold_actors, people, _actor_ok)
    out["agreements"] = _score("agreements", _gold(gold, "agreements"), pred["agreements"], _agreement_ok)
    gold_dom = _gold(gold, "domains")
    optional = {(r["article_id"], r["domain"]) for r in gold_dom if not _required(r)}
    dom_gold = [r for r in gold_dom if _required(r)]
    dom_pred = [r for r in pred["domains"] if (r["article_id"], r["domain"]) not in optional]
    out["domains"] = _score("domains", dom_gold, dom_pred,
                            lambda g, p: (g["article_id"], g["domain"]) == (p["article_id"], p["domain"]))
    gold_art = _gold(gold, "articles")
    by_id = {r["article_id"]: r for r in pred["articles"]}
    ok = [g for g in gold_art if g["article_id"] in by_id and date_matches(by_id[g["article_id"]]["published"],
                                                                             g["published"])]
    out["published"] = TableScore("published", len(ok), 0, len(gold_art) - len(ok),
                                  tuple(g for g in gold_art if g not in ok), ())
    return out


def evaluate(corpus, gold_dir: str | Path) -> pd.DataFrame:
    """Precision, recall and F1 per table (``published``: share of publication dates right)."""
    rows = []
    for name, s in score_tables(corpus, gold_dir).items():
        rows.append({"table": name, "tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 3),
                     "recall": round(s.recall, 3), "f1": round(s.f1, 3)})
    return pd.DataFrame(rows).set_index("table")
