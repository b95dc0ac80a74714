"""HTML reader: trafilatura body and metadata, htmldate fallback, truncated markup."""

from __future__ import annotations

import pytest

from onrecord.errors import InputError
from onrecord.ingest import ReadItem
from onrecord.ingest.html import fragment_text, read_html

PAGE = """<!doctype html>
<html><head><meta charset="{charset}">
<title>Talks resume in Port Amaris | Amber Sea Wire</title>
<meta property="og:site_name" content="Amber Sea Wire">
<meta property="article:published_time" content="2024-03-04T09:00:00Z">
<link rel="canonical" href="https://wire.example/2024/03/04/talks-resume">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks resume in Port Amaris</h1>
<p>“We are ready to talk about the crossing,” Foreign Minister Ána Voss of Ostrava said on Monday, after a week of silence.</p>
<p>Her Belvanian counterpart, Teo Marr, said the border posts would stay open while the delegations met in the old customs hall.</p>
<p>Observers from the Amber Sea Community said both sides had agreed to keep their troops away from the river.</p>
</article>
<footer>© Amber Sea Wire</footer>
</body></html>
"""


def _one(results):
    (result,) = list(results)
    return result


def test_html_body_and_metadata(write) -> None:
    item = _one(read_html(str(write("page.html", PAGE.format(charset="utf-8")))))
    assert isinstance(item, ReadItem)
    a = item.article
    assert "We are ready to talk about the crossing" in a.text
    assert "Home" not in a.text and "©" not in a.text
    assert "\n\n" in a.text  # paragraphs kept apart
    assert a.title == "Talks resume in Port Amaris"
    assert a.published == "2024-03-04"
    assert a.source == "Amber Sea Wire"
    assert a.url == "https://wire.example/2024/03/04/talks-resume"


def test_html_declared_charset(write) -> None:
    data = PAGE.format(charset="windows-1252").replace("“", '"').replace("”", '"').encode("cp1252")
    item = _one(read_html(str(write("cp.htm", data))))
    assert isinstance(item, ReadItem)
    assert "Ána Voss" in item.article.text


def test_html_truncated_still_extracts(write) -> None:
    page = PAGE.format(charset="utf-8")
    cut = page[: page.index("Observers from") + 20]
    item = _one(read_html(str(write("cut.html", cut))))
    assert isinstance(item, ReadItem)
    assert "Teo Marr" in item.article.text


def test_html_tiny_page_falls_back_to_visible_text(write) -> None:
    item = _one(
        read_html(str(write("tiny.html", "<html><body><p>Talks are off.</p></body></html>")))
    )
    assert isinstance(item, ReadItem)
    assert item.article.text == "Talks are off."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"<html><head><title>x</title></head><body>   </body></html>", "no article text found"),
        (b"<html>\x00\x00\x00", "binary content (NUL bytes), not text"),
    ],
)
def test_html_bad_input(write, content: bytes, reason: str) -> None:
    path = write("bad.html", content)
    err = _one(read_html(str(path)))
    assert isinstance(err, InputError)
    assert str(err) == f"{path}: {reason}"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<div>Line one<br>line two</div>", "Line one\nline two"),
        ("<p>Kept</p><script>var x = 1;</script>", "Kept"),
        ("plain words", "plain words"),
        ("<p>  spaced \n   out  </p>", "spaced\nout"),
    ],
)
def test_html_fragment_text(html: str, text: str) -> None:
    assert fragment_text(html) == text


_HEADLINE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Voss: 'We will not reopen the border' | Lorvik Herald</title></head>
<body><article><h1>Voss: 'We will not reopen the border'</h1>
<p class="byline">By Oda Lind</p>
<p>Foreign Minister Ana Voss met Teo Marr in Ostrava on Monday, officials said.</p>
<p>Voss told reporters the border would stay closed until the spring, in an interview with
the Herald on Sunday.</p>
<p>Marr left the talks early. Neither side published the minutes.</p>
</article></body></html>"""


def test_a_pages_headline_in_shorthand_is_its_speakers_statement(write) -> None:  # type: ignore[no-untyped-def]
    # A page prints its headline without a full stop; the headline's quotation is Voss's,
    # and where she said the rest is no part of it.
    from onrecord.pipeline import Extractor

    item = _one(read_html(str(write("page.html", _HEADLINE_PAGE.encode()))))
    rec = Extractor()(item.article)
    said = [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in rec.quotes]
    assert said[0] == ("direct", "We will not reopen the border", "Voss")
    assert ("indirect", "the border would stay closed until the spring", "Voss") in said


_SHORT_PAGE = """<html><head><title>Belvania warns Ostrava</title></head>
<body><nav>Home | World | Sport</nav><article><h1>Belvania warns Ostrava</h1>
<p>Foreign Minister Tomas Rell said on Tuesday that Ostrava would pay a price for the blockade.</p>
<figure><img src="x.jpg"><figcaption>Tomas Rell in Lorvik. (Photo: Staff)</figcaption></figure>
<p>"We will not wait forever," Rell told reporters in the World Trade hall.</p></article>
<aside>Related: Ostrava says talks are over</aside></body></html>"""


def test_a_short_pages_headline_and_paragraphs_stay_apart(write) -> None:  # type: ignore[no-untyped-def]
    # trafilatura's rescue of a page this short runs its blocks together; the headline had
    # become part of the first sentence ("Belvania warns Ostrava Foreign Minister Tomas Rell
    # said ...": Belvania the speaker, "Ostrava Foreign Minister" Rell's title).
    item = _one(read_html(str(write("short.html", _SHORT_PAGE.encode()))))
    paragraphs = item.article.text.split("\n\n")
    assert paragraphs[0] == "Belvania warns Ostrava"
    assert paragraphs[1].startswith("Foreign Minister Tomas Rell said")
    # a menu's word inside a sentence cuts nothing
    assert '"We will not wait forever," Rell told reporters in the World Trade hall.' in paragraphs


def _story(n: int) -> list[str]:
    return [
        f"Paragraph {k} of the story: Foreign Minister Tomas Rell said on Tuesday that the "
        f"talks in Vell had reached point {k} and that Belvania would keep its envoys there."
        for k in range(1, n + 1)
    ]


def test_a_paywalled_pages_json_ld_body_is_the_story(write) -> None:  # type: ignore[no-untyped-def]
    # The page shows its first paragraph and a subscription box; the whole story is in the
    # JSON-LD: the teaser, the cookie banner and the paywall's promotion had been read instead.
    import json

    story = _story(6)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Talks go on",
        "datePublished": "2026-04-17T08:00:00+03:00",
        "articleBody": "\n\n".join(story),
    }
    page = (
        "<html><head><title>Talks go on</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        '<div class="consent">We use cookies. Click "I agree" to consent.</div>'
        f"<article><h1>Talks go on</h1><p>{story[0]}</p>"
        '<div class="paywall">Subscribe for 1 euro a week. "The best coverage of the region," '
        "said one reader.</div></article></body></html>"
    )
    item = _one(read_html(str(write("paywall.html", page.encode()))))
    assert item.article.text.split("\n\n") == story
    assert item.article.published == "2026-04-17"


def test_the_articles_own_time_stamp_dates_it_not_a_teasers(write) -> None:  # type: ignore[no-untyped-def]
    # With no date in the page's meta tags, the earliest date anywhere had won: a related
    # story's teaser (8 April) over the article's byline (14 April).
    body = "".join(f"<p>{p}</p>" for p in _story(5))
    page = (
        "<html><head><title>Talks go on</title></head><body>"
        '<article><h1>Talks go on</h1><div class="meta">'
        '<time datetime="2026-04-14T09:30:00+02:00">Tue 14 Apr 2026 09.30 CEST</time> · Last '
        'modified on <time datetime="2026-04-14T18:05:00+02:00">Tue 14 Apr 2026 18.05</time>'
        f"</div>{body}</article>"
        '<aside class="related"><h2>Related stories</h2><ul><li><a href="/a1">Shipping firms '
        'warn of costs</a> <time datetime="2026-04-10">10 April 2026</time></li><li><a '
        'href="/a2">Earlier: talks stall</a> <time datetime="2026-04-08">8 April 2026</time>'
        "</li></ul></aside></body></html>"
    )
    item = _one(read_html(str(write("dated.html", page.encode()))))
    assert item.article.published == "2026-04-14"


def test_a_pull_quote_repeating_the_story_is_read_once(write) -> None:  # type: ignore[no-untyped-def]
    # A line of the story set in large type beside it had been read in the body: the
    # defence minister's line became the prime minister's, who had spoken just before.
    story = _story(4)
    page = (
        "<html><head><title>Village shelled</title></head><body><article><h1>Village shelled</h1>"
        f"<p>{story[0]}</p><p>{story[1]}</p>"
        '<p>"This was a deliberate attack on a sleeping village," Defence Minister Oskar Dunne '
        "told reporters at the ministry.</p>"
        f'<p>{story[2]}</p><blockquote class="pull-quote">"This was a deliberate attack on a '
        f'sleeping village."</blockquote><p>{story[3]}</p></article></body></html>'
    )
    text = _one(read_html(str(write("pull.html", page.encode())))).article.text
    assert text.count("sleeping village") == 1
    assert text.split("\n\n")[-2:] == [story[2], story[3]]
