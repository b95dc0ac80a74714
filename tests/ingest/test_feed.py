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


UNDATED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Meridian Wire</title><link>https://meridian.example/</link>
<lastBuildDate>Mon, 12 Jan 2026 09:00:00 +0000</lastBuildDate>
<item><title>Talks</title><link>https://meridian.example/talks</link>
<description>LORVIK, Jan. 9 (Meridian) – Belvania and Ostrava opened talks.</description></item>
<item><title>Recall</title><link>https://meridian.example/recall</link>
<description>LORVIK, December 30 (Meridian) – Belvania recalled its envoy.</description></item>
<item><title>Year</title><link>https://meridian.example/year</link>
<description>KARSK, March 4, 2025 (Meridian) – Ostrava closed the border.</description></item>
<item><title>Nothing</title><link>https://meridian.example/nothing</link>
<description>Belvania and Ostrava recalled the treaty they signed on May 20, 2017.</description></item>
</channel></rss>
"""


def test_an_undated_entry_takes_its_datelines_day_and_the_feeds_year(write) -> None:  # type: ignore[no-untyped-def]
    # undated, the entries' events could not be placed on any timeline; 30 December in a feed
    # built on 12 January is last year's; a date in the lede is no dateline
    items = list(read_feed(str(write("meridian.rss", UNDATED))))
    assert [i.article.published for i in items] == [
        "2026-01-09",
        "2025-12-30",
        "2025-03-04",
        None,
    ]


def test_a_dateline_without_a_year_stays_undated_in_an_undated_feed(write) -> None:  # type: ignore[no-untyped-def]
    rss = UNDATED.replace("<lastBuildDate>Mon, 12 Jan 2026 09:00:00 +0000</lastBuildDate>", "")
    items = list(read_feed(str(write("meridian.rss", rss))))
    assert [i.article.published for i in items] == [None, None, "2025-03-04", None]
