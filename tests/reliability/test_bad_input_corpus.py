"""A generated corpus of bad input, ingested in one batch: every bad item gets exactly one line
(``path[:line]: reason``), the good items are stored exactly as a clean run of them alone stores
them, and nothing raises or hangs. Then random Unicode, quote marks and HTML from Hypothesis go
through the whole pipeline: no exception, and every stored row matches its record."""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import threading
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.errors import InputError
from onrecord.ingest import ingest_paths
from onrecord.ingest.html import html_article
from onrecord.ingest.text import text_article
from onrecord.store import open_store
from onrecord.validation import MAX_ARTICLE_CHARS, InvalidValue, check_article
from tests.reliability.tables import dump_tables

GOOD = {
    "good-1.txt": "“We will keep the border open,” Foreign Minister Ana Voss said on Tuesday.\n",
    "good-2.html": "<html><head><title>Talks</title></head><body><p>Teo Marr said Belvania would reopen "
    "the crossing at Merrow Bridge.</p></body></html>",
}
QUOTE_MARKS = "\"'“”‘’«»„‚‹›「」『』"


def _bad_corpus(root: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return {file name: the reason its line must give}."""
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, reason: str) -> None:
        path = root / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[name] = reason

    put(
        "binary.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "binary content (NUL bytes), not text",
    )
    put("empty.txt", b"", "empty")
    put("blank.txt", b" \n\t\n", "empty")
    put(
        "too-long.txt",
        "a" * (MAX_ARTICLE_CHARS + 1),
        "too long (1,000,001 characters; the limit is 1,000,000)",
    )
    with open(root / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    expect["huge.txt"] = "too large (50 MB; the limit is 20 MB)"
    put("bom-lies.txt", b"\xff\xfe" + b"\x00\xd8", "invalid UTF-16 despite its byte-order mark")
    put(
        "no-text.html",
        "<html><body><script>alert(1)</script></body></html>",
        "no article text found",
    )
    put("broken.xml", "<rss><channel><item><title>x", "")  # the reader's own reason
    os.mkfifo(root / "pipe.txt")
    expect["pipe.txt"] = "not a regular file"
    (root / "loop.txt").symlink_to(root / "loop.txt")
    expect["loop.txt"] = ""
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    expect["dangling.txt"] = "no such file"
    lines = [
        '{"text": "Ana Voss said the talks went well.", "published": "garbage-date-xyz"}',
        '{"text": "Ana Voss said the talks went well.", "published": "2026-13-45"}',
        '{"text": "Teo Marr said\\u0000 nothing."}',
        "not json at all",
        '["a list"]',
        '{"text": 42}',
        '{"title": "no text"}',
    ]
    put("dump.jsonl", "\n".join(lines) + "\n", "")
    return expect


def test_bad_corpus_one_line_each_and_good_rows_as_a_clean_run(tmp_path: Path, extractor) -> None:
    bad, good = tmp_path / "bad", tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    expect = _bad_corpus(bad)
    for name, text in GOOD.items():
        (bad / name).write_text(text, encoding="utf-8")
        (good / name).write_text(text, encoding="utf-8")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(bad / "socket.txt"))
        expect["socket.txt"] = "not a regular file"
        outcomes: list = []
        with open_store(str(tmp_path / "bad.db")) as store:
            runner = threading.Thread(
                target=lambda: outcomes.extend(
                    ingest_paths([str(bad)], store=store, extractor=lambda: extractor)
                ),
                daemon=True,
            )
            runner.start()
            runner.join(300)
            assert not runner.is_alive(), "the batch hung"
    with open_store(str(tmp_path / "good.db")) as store:
        clean = list(ingest_paths([str(good)], store=store, extractor=lambda: extractor))
    assert [o.status for o in clean] == ["new", "new"]

    failed = [o.error for o in outcomes if o.status == "failed"]
    assert all(isinstance(e, InputError) and "\n" not in str(e) for e in failed)
    by_file: dict[str, list[str]] = {}
    for e in failed:
        by_file.setdefault(Path(e.path).name, []).append(e.reason)
    for name, reason in expect.items():
        if name == "dump.jsonl":
            assert len(by_file[name]) == 7, by_file[name]
        else:
            assert len(by_file.get(name, [])) == 1, (name, by_file.get(name))
            assert reason in by_file[name][0], (name, by_file[name])
    assert sorted(o.status for o in outcomes if o.status != "failed") == ["new", "new"]
    assert dump_tables(tmp_path / "bad.db") == dump_tables(tmp_path / "good.db")


# -- property-based: random text through the whole pipeline ------------------------------------

_WORDS = [
    "Ana Voss",
    "said",
    "told",
    "Teo Marr",
    "Belvania",
    "Ostrava",
    "the",
    "border",
    "will",
    "open",
    "warned",
    "\n\n",
    ".",
    ",",
    ":",
    "—",
    "Foreign Minister",
    "according to",
    "that",
]
quote_dense = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.sampled_from(list(QUOTE_MARKS))), min_size=1, max_size=120
).map(" ".join)
unicode_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=400,
)
_tags = st.sampled_from(
    ["p", "div", "script", "style", "a", "b", "table", "td", "br", "img", "iframe", "svg", "title"]
)
html_page = st.recursive(
    st.one_of(quote_dense, unicode_text.map(lambda t: t.replace("<", "&lt;"))),
    lambda inner: st.builds(
        lambda tag, body, attr: f"<{tag} {attr}>{body}</{tag}>",
        _tags,
        st.lists(inner, max_size=4).map("".join),
        st.sampled_from(["", 'onclick="alert(1)"', 'href="javascript:x"', 'class="a"']),
    ),
    max_leaves=12,
)
BOUNDED = settings(
    max_examples=25,
    deadline=dt.timedelta(seconds=30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)


def _check_stored(store, record) -> None:
    """Offsets index the text and the stored record reads back as extracted."""
    text = record.text
    for q in record.quotes:
        assert all(0 <= s < e <= len(text) for s, e in q.spans)
        for m in (q.speaker, q.addressee):
            if m is not None:
                assert text[m.start : m.end] == m.text
    for e in record.events:
        assert 0 <= e.start <= e.end <= len(text)
    store.add_record(record)
    assert store.record(record.id).to_dict() == record.to_dict()


def _through_pipeline(article, extractor) -> None:
    try:
        check_article(article)
    except InvalidValue:
        return  # refused with a reason: fine
    from onrecord.store import open_store as _open

    record = extractor(article)
    with _open(":memory:") as store:
        _check_stored(store, record)


@BOUNDED
@given(text=st.one_of(quote_dense, unicode_text))
def test_random_text_never_raises_and_stores_what_it_extracts(extractor, text: str) -> None:
    _through_pipeline(text_article(text), extractor)


@BOUNDED
@given(page=html_page)
def test_random_html_never_raises_and_stores_what_it_extracts(extractor, page: str) -> None:
    try:
        article = html_article(f"<html><body>{page}</body></html>", "fuzz.html")
    except InputError:
        return  # "no article text found" and the like: one line, fine
    _through_pipeline(article, extractor)


@BOUNDED
@given(
    published=st.one_of(
        st.text(max_size=30),
        st.dates().map(str),
        st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
    )
)
def test_published_is_a_real_date_or_refused(published: str) -> None:
    from onrecord.validation import published_date

    try:
        value = published_date(published)
    except InvalidValue as exc:
        assert re.match(r'^"published" is not a real date: ', exc.reason)
        return
    assert value is None or dt.date.fromisoformat(value[:10])
