"""Feed files: each RSS/Atom entry is an article."""

from __future__ import annotations

import pytest

from onrecord.errors import InputError
from onrecord.ingest import ReadItem
from onrecord.ingest.feed import read_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Amber Sea Wire</title><link>https://wire.example/</link>
<item><title>Ostrava recalls envoy</title><link>https://wire.example/envoy</link>
<pubDate>Tue, 04 Mar 2031 10:00:00 GMT</pubDate>
<description>&lt;p&gt;“We have been patient,” Ana Voss said.&lt;/p&gt;&lt;p&gt;Belvania did not reply.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://wire.example/empty</link><description></description></item>
<item><title>Talks</title><link>https://wire.example/talks</link>
<description>Talks will open on Friday.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Belvania Herald</title>
<entry><title>Border reopens</title><link href="https://herald.example/border"/>
<updated>2031-03-06T08:00:00Z</updated>
<summary>short summary</summary>
<content type="html">&lt;p&gt;The border reopened at dawn, officials said.&lt;/p&gt;</content></entry>
</feed>
"""


def test_feed_rss_entries(write) -> None:
    path = write("wire.rss", RSS)
    results = list(read_feed(str(path)))
    assert [type(r).__name__ for r in results] == ["ReadItem", "InputError", "ReadItem"]
    first = results[0].article
    assert first.text == "“We have been patient,” Ana Voss said.\n\nBelvania did not reply."
    assert (first.title, first.url, first.published, first.source) == (
        "Ostrava recalls envoy",
        "https://wire.example/envoy",
        "2031-03-04",
        "Amber Sea Wire",
    )
    assert str(results[1]) == f"{path}:2: feed entry has no text"


def test_feed_atom_prefers_content(write) -> None:
    (item,) = list(read_feed(str(write("herald.atom", ATOM))))
    assert isinstance(item, ReadItem)
    assert item.article.text == "The border reopened at dawn, officials said."
    assert item.article.published == "2031-03-06"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"<?xml version='1.0'?><notes><note>hi</note></notes>", "no feed entries found"),
        (b"\x00\x01\x02\x03", "binary content (NUL bytes), not a feed"),
    ],
)
def test_feed_bad_input(write, content: bytes, reason: str) -> None:
    path = write("bad.xml", content)
    (err,) = list(read_feed(str(path)))
    assert isinstance(err, InputError)
    assert str(err) == f"{path}: {reason}"


def test_a_feed_date_is_the_day_where_it_was_written(write) -> None:  # type: ignore[no-untyped-def]
    # feedparser's parsed times are UTC: "Tue, 03 Mar 2026 01:30:00 +0300" had been stored as
    # 2 March, a day before the story it dates, and another outlet's copy on the 3rd
    rss = RSS.replace("Tue, 04 Mar 2031 10:00:00 GMT", "Tue, 03 Mar 2026 01:30:00 +0300")
    atom = ATOM.replace("2031-03-06T08:00:00Z", "2026-03-06T23:30:00-05:00")
    (rss_item, _, _) = list(read_feed(str(write("wire.rss", rss))))
    (atom_item,) = list(read_feed(str(write("herald.atom", atom))))
    assert isinstance(rss_item, ReadItem) and isinstance(atom_item, ReadItem)
    assert (rss_item.article.published, atom_item.article.published) == (
        "2026-03-03",
        "2026-03-06",
    )
