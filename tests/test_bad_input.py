"""A messy folder: every good article kept, every bad file named, the run never stopped."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

from ties_lib import reading
from ties_lib.cli import main
from ties_lib.corpus import build_corpus, extract_file, load_corpus
from ties_lib.reading import TiesError, decode_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = "004_dabfc75b31230b50"  # India and Vietnam, events with day dates

GOOD = ("Vietnam and India held their defence policy dialogue in Hanoi on November 27, 2020. "
        "Defence Minister Rajnath Singh met his Vietnamese counterpart General Ngo Xuan Lich, "
        "and the two sides signed an implementation agreement on hydrography.\n")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00"
       b"\x00IEND\xaeB`\x82")


def problems_of(corpus) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in corpus.problems.itertuples():
        out.setdefault(row.file, []).append(row.problem)
    return out


def folder_with(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    src = tmp_path / "src"
    for name, content in {"good.txt": GOOD, **files}.items():
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return src


def test_good_article_alone_reads(tmp_path):
    corpus = load_corpus(folder_with(tmp_path, {}))
    assert list(corpus.articles["article_id"]) == ["good"]
    assert len(corpus.events) >= 1 and corpus.problems.empty


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode(), b"\xff\xfe \x00\n\x00"])
def test_empty_or_whitespace(tmp_path, content):
    corpus = load_corpus(folder_with(tmp_path, {"blank.txt": content}))
    assert problems_of(corpus)["blank.txt"] == ["empty"]
    assert list(corpus.articles["article_id"]) == ["good"]  # the good article is not lost
    assert "whitespace" in corpus.problems.set_index("file").loc["blank.txt", "detail"]


@pytest.mark.parametrize("content, kind", [
    (PNG, "PNG image"),
    (random.Random(1).randbytes(20_000), "binary data"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (bytes(range(1, 9)) * 200, "control bytes"),  # no NUL, still not text
])
def test_binary_with_txt_name(tmp_path, content, kind):
    corpus = load_corpus(folder_with(tmp_path, {"photo.txt": content}))
    assert problems_of(corpus)["photo.txt"] == ["binary"]
    assert kind in corpus.problems.set_index("file").loc["photo.txt", "detail"]
    assert list(corpus.articles["article_id"]) == ["good"]


def test_windows_1252_latin1_bom_crlf(tmp_path):
    quoted = "Vietnam\u2019s minister called it a \u201cmilestone\u201d \u2013 India agreed. Caf\u00e9 talks.\n"
    latin = "Vietnam and India met at the caf\u00e9 in Hanoi; the na\u00efve plan was dropped.\n"
    files = {
        "cp1252.txt": (quoted * 3).replace("\n", "\r\n").encode("cp1252"),
        "latin1.txt": (latin * 3).encode("latin-1"),
        "bom.txt": b"\xef\xbb\xbf" + (quoted * 3).encode("utf-8"),
        "crlf.txt": (latin * 3).replace("\n", "\r\n").encode("utf-8"),
        "old_mac.txt": (latin * 3).replace("\n", "\r").encode("utf-8"),
        "utf16.txt": (quoted * 3).encode("utf-16"),
    }
    corpus = load_corpus(folder_with(tmp_path, files))
    arts = corpus.articles.set_index("article_id")
    assert arts.loc["cp1252", "encoding"] == "cp1252"
    assert arts.loc["latin1", "encoding"] == "latin-1"
    assert arts.loc["bom", "encoding"] == "utf-8-sig"
    assert arts.loc["crlf", "encoding"] == "utf-8"
    assert arts.loc["utf16", "encoding"] == "utf-16"
    for aid in ("cp1252", "bom", "utf16"):
        body = arts.loc[aid, "body"]
        assert "\u201cmilestone\u201d" in body and "Vietnam\u2019s" in body and "Caf\u00e9" in body
        assert "\ufeff" not in body and "\r" not in body
    for aid in ("latin1", "crlf", "old_mac"):
        assert "caf\u00e9" in arts.loc[aid, "body"] and "\r" not in arts.loc[aid, "body"]
    assert "cp1252" not in problems_of(corpus)  # decoded, so not a problem


def test_html_saved_as_txt(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Site</title>
<script>var tracker = "Vietnam India summit 2031"; function f() { return 1 < 2; }</script>
<style>body { color: red; }</style></head>
<body><nav>Home | World | Log in</nav>
<h1>Vietnam, India hold defence talks</h1>
<p>Vietnam and India held their defence policy dialogue in Hanoi on November 27, 2020.</p>
<p>Defence Minister Rajnath Singh met General Ngo Xuan Lich &amp; signed an agreement.</p>
<script type="application/ld+json">{"datePublished": "2031-01-01"}</script>
</body></html>"""
    corpus = load_corpus(folder_with(tmp_path, {"page.txt": page}))
    art = corpus.articles.set_index("article_id").loc["page"]
    assert art["format"] == "html"
    body = art["body"]
    assert "held their defence policy dialogue in Hanoi" in body and "Singh met General Ngo Xuan Lich & signed" in body
    for markup in ("<p>", "<script", "tracker", "function", "color: red", "datePublished", "&amp;"):
        assert markup not in body
    assert "2031" not in " ".join(corpus.events["date_start"].astype(str))


def test_html_with_unclosed_head_keeps_its_body():
    page = b"<html><head><title>x</title><body><p>Vietnam and India met in Hanoi.</p></body></html>"
    doc = decode_document("p", "p.txt", page)
    assert doc.fmt == "html" and "Vietnam and India met in Hanoi." in doc.text


def test_same_article_twice_counted_once(tmp_path):
    text = (SEEDS / f"{SEED}.txt").read_bytes()
    # the copy is re-saved with Windows line ends: still the same article
    src = folder_with(tmp_path, {"a_first.txt": text, "b_copy.txt": text.replace(b"\n", b"\r\n")})
    corpus = load_corpus(src)
    dup = corpus.problems[corpus.problems["problem"] == "duplicate"]
    assert list(dup["file"]) == ["b_copy.txt"] and "a_first" in dup["detail"].iloc[0]
    arts = corpus.articles.set_index("article_id")
    assert arts.loc["b_copy", "duplicate_of"] == "a_first"  # parsed, kept, marked
    for ids in corpus.events["article_ids"]:
        assert "b_copy" not in ids
    single = load_corpus(folder_with(tmp_path / "one", {"a_first.txt": text}))
    assert len(corpus.events) == len(single.events)
    assert sorted(corpus.events["event_id"]) == sorted(single.events["event_id"])


def test_no_vietnam_or_not_english_is_parsed_and_flagged(tmp_path):
    files = {
        "football.txt": "The football club won the league on Sunday after a late goal. " * 5,
        "vietnam_only.txt": "Vietnam held a national congress in Hanoi on May 2, 2021, the party said. " * 3,
        "vietnamese.txt": ("Việt Nam và Ấn Độ tăng cường hợp tác quốc phòng. Bộ trưởng Quốc phòng hai nước "
                           "đã hội đàm tại Hà Nội ngày 27 tháng 11 năm 2020. ") * 3,
    }
    corpus = load_corpus(folder_with(tmp_path, files))
    assert set(corpus.articles["article_id"]) == {"good", "football", "vietnam_only", "vietnamese"}
    probs = problems_of(corpus)
    assert any("no mention of Vietnam" in p for p in probs["football.txt"])
    assert any("no partner" in p for p in probs["vietnam_only.txt"])
    assert any("English" in p for p in probs["vietnamese.txt"])
    flags = corpus.articles.set_index("article_id")["flags"]
    assert flags["good"] == [] and flags["football"]


def test_very_large_file_refused_unread(tmp_path, monkeypatch):
    src = folder_with(tmp_path, {})
    big = src / "dump.txt"
    with big.open("wb") as fh:  # 40 MB, sparse: no time spent writing it
        fh.truncate(40_000_000)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    tracemalloc.start()
    corpus = load_corpus(src)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert problems_of(corpus)["dump.txt"] == ["too large"]
    assert "40,000,000 bytes" in corpus.problems.set_index("file").loc["dump.txt", "detail"]
    assert big not in opened  # refused on its size, never opened
    assert peak < 10_000_000  # a quarter of the file: it was not read
    assert list(corpus.articles["article_id"]) == ["good"]


def test_file_growing_past_the_limit_is_read_only_to_the_limit(tmp_path, monkeypatch):
    src = folder_with(tmp_path, {"grows.txt": "Vietnam and India. " * 200})
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)  # as if the file grew after stat()
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: real_stat(self, **kw) if self.name != "grows.txt"
                        else real_stat(src / "good.txt", **kw))
    assert extract_file(src, src / "grows.txt").problem == "too large"


def test_subfolders_give_relative_ids(tmp_path):
    text = (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")
    src = folder_with(tmp_path, {"2020/nov/report.txt": text, "2021/report.txt": GOOD.replace("2020", "2021"),
                                 ".hidden/skip.txt": GOOD, "notes.md": "not an article"})
    corpus = load_corpus(src)
    assert list(corpus.articles["article_id"]) == ["2020/nov/report", "2021/report", "good"]
    assert "2020/nov/report.txt" in set(corpus.articles["path"])
    assert any("2020/nov/report" in ids for ids in corpus.events["article_ids"])


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    src = folder_with(tmp_path, {"locked.txt": GOOD})
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    corpus = load_corpus(src)
    assert problems_of(corpus)["locked.txt"] == ["unreadable"]
    assert "Permission denied" in corpus.problems.set_index("file").loc["locked.txt", "detail"]


def test_extraction_crash_costs_only_its_article(tmp_path, monkeypatch):
    import ties_lib.corpus as corpus_mod

    real = corpus_mod.extract

    def boom(doc):
        if doc.article_id == "bad":
            raise ValueError("synthetic failure")
        return real(doc)

    monkeypatch.setattr(corpus_mod, "extract", boom)
    corpus = load_corpus(folder_with(tmp_path, {"bad.txt": GOOD}))
    assert problems_of(corpus)["bad.txt"] == ["extraction failed"]
    assert "ValueError: synthetic failure" in corpus.problems["detail"].iloc[0]


@pytest.mark.parametrize("make", ["missing", "empty", "only_other_files", "a_file"])
def test_bad_source_folder(tmp_path, capsys, make):
    src = tmp_path / "src"
    if make != "missing" and make != "a_file":
        src.mkdir()
    if make == "only_other_files":
        (src / "notes.md").write_text("x")
    if make == "a_file":
        src.write_text("x")
    with pytest.raises(TiesError):
        load_corpus(src)
    code = main(["export", str(src), str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("ties: error:") and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_cli_subprocess_bad_folder_has_no_traceback(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "ties_lib", "export", str(tmp_path / "nope"),
                           str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr
    assert "does not exist" in proc.stderr


def test_cli_output_is_a_file(tmp_path, capsys):
    src = folder_with(tmp_path, {})
    (tmp_path / "out").write_text("x")
    assert main(["export", str(src), str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert err.startswith("ties: error:") and err.count("\n") == 1


MESSY = {
    "empty.txt": b"",
    "photo.txt": PNG,
    "cp1252.txt": "Vietnam\u2019s \u201cties\u201d with India, said Hanoi.\r\n".encode("cp1252") * 3,
    "page.txt": "<html><body><p>Vietnam and India held talks in Hanoi.</p><script>x()</script></body></html>",
    "copy.txt": GOOD,
    "sub/dir/other.txt": GOOD.replace("2020", "2019"),
}


def test_export_messy_folder_writes_problems_csv_and_nothing_into_source(tmp_path):
    src = folder_with(tmp_path, MESSY)
    with (src / "huge.txt").open("wb") as fh:
        fh.truncate(reading.MAX_BYTES + 1)

    def snapshot() -> dict[str, tuple[int, int]]:
        return {p.relative_to(src).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
                for p in src.rglob("*")}

    before = snapshot()
    assert main(["export", str(src), str(tmp_path / "out")]) == 0
    assert main(["export", str(src), str(tmp_path / "out2"), "--workers", "2"]) == 0
    assert snapshot() == before  # nothing written into, or touched in, the source folder
    problems = pd.read_csv(tmp_path / "out" / "problems.csv", keep_default_na=False)
    assert list(problems.columns) == ["file", "problem", "detail"]
    got = dict(zip(problems["file"], problems["problem"], strict=True))
    # files are read in sorted order, so copy.txt comes first and good.txt is its duplicate
    assert got == {"empty.txt": "empty", "photo.txt": "binary", "good.txt": "duplicate", "huge.txt": "too large"}
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert set(articles["article_id"]) == {"good", "cp1252", "page", "copy", "sub/dir/other"}
    assert dict(zip(articles["article_id"], articles["encoding"], strict=True))["cp1252"] == "cp1252"
    two = pd.read_csv(tmp_path / "out2" / "problems.csv", keep_default_na=False)
    pd.testing.assert_frame_equal(problems, two)  # the same answer with worker processes


def test_export_into_source_folder_refused(tmp_path, capsys):
    src = folder_with(tmp_path, {})
    assert main(["export", str(src), str(src / "out")]) != 0
    assert "source folder" in capsys.readouterr().err
    assert not (src / "out").exists()


def test_build_corpus_keeps_order_of_first_seen(tmp_path):
    src = folder_with(tmp_path, {"z.txt": GOOD})
    results = [extract_file(src, src / "z.txt"), extract_file(src, src / "good.txt")]
    corpus = build_corpus(results)
    assert list(corpus.problems["file"]) == ["good.txt"]  # the first one given is the original


def test_the_garbage_collector_is_left_as_it_was_found(tmp_path, monkeypatch):
    # load_corpus pauses the cyclic collector for speed; a failure must not leave it off
    import gc

    from ties_lib import corpus as corpus_mod

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert gc.isenabled()
    load_corpus(tmp_path)
    assert gc.isenabled()
    with monkeypatch.context() as m:
        m.setattr(corpus_mod, "build_corpus", lambda *a, **k: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            load_corpus(tmp_path)
    assert gc.isenabled()
    gc.disable()
    try:
        load_corpus(tmp_path)
        assert not gc.isenabled()
    finally:
        gc.enable()
