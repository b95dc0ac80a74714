"""Server-rendered pages, read with an HTML parser: content, links, escaping, JSON twins."""

from __future__ import annotations

import lxml.html
import pytest

from onrecord.record import Record

from .conftest import HOSTILE_TEXT, WEEKS


def _doc(client, url: str) -> lxml.html.HtmlElement:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def _actor_id(client, name: str) -> int:
    items = client.get("/api/actors?limit=100").json()["items"]
    return next(a["id"] for a in items if a["name"] == name)


def test_home_lists_latest_statements_and_dyads(client) -> None:
    doc = _doc(client, "/")
    quotes = doc.xpath("//section[@class='latest']//li[contains(@class, 'quote')]")
    assert len(quotes) == len(WEEKS) + 1
    rows = doc.xpath("//table[@class='dyads']//tbody/tr")
    assert rows
    link = rows[0].xpath(".//a/@href")[0]
    assert link == "/dyads/XVL/XDR"
    assert rows[0].xpath(".//svg[@class='spark']/polyline/@points")[0].strip()


def test_search_results_link_to_their_articles(client, web_db: tuple[str, list[Record]]) -> None:
    doc = _doc(client, "/search?q=Port+Amaris&speaker=kettering")
    results = doc.xpath("//ul[contains(@class, 'results')]/li")
    assert len(results) == 2
    ids = {r.id for r in web_db[1]}
    for li in results:
        href = li.xpath(".//a[@class='article-link']/@href")[0]
        assert href.startswith("/articles/") and href.rsplit("/", 1)[1] in ids
        assert "Port Amaris" in li.xpath("string(.//blockquote)")
    # the form keeps what was asked
    assert doc.xpath("//form[@class='filters']//input[@name='speaker']/@value") == ["kettering"]


def test_search_paginates_with_next_link(client) -> None:
    doc = _doc(client, "/search?limit=4")
    assert len(doc.xpath("//ul[contains(@class, 'results')]/li")) == 4
    nxt = doc.xpath("//a[@class='next']/@href")[0]
    second = _doc(client, nxt)
    assert len(second.xpath("//ul[contains(@class, 'results')]/li")) == 4


def test_actor_page_shows_titles_aliases_and_chart_data(client) -> None:
    actor_id = _actor_id(client, "Jonas Kettering")
    doc = _doc(client, f"/actors/{actor_id}")
    assert doc.xpath("string(//h1)") == "Jonas Kettering"
    titles = doc.xpath("//ul[@class='titles']/li")
    assert (
        "Foreign Minister" in titles[0].text_content() and "2026-03-02" in titles[0].text_content()
    )
    assert "Kettering" in doc.xpath("string(//p[@class='aliases'])")
    assert doc.xpath("//div[@id='actor-chart']")
    assert doc.xpath("//script[@type='application/json' and @id='chart-data']")
    assert doc.xpath("//script[@src='/static/charts.js']")


def test_dyad_page_embeds_the_timeline(client) -> None:
    doc = _doc(client, "/dyads/XVL/XDR?by=week")
    assert doc.xpath("//div[@id='dyad-chart']")
    import json

    periods = json.loads(doc.xpath("string(//script[@id='chart-data'])"))
    assert sum(p["events"] for p in periods) >= len(WEEKS)


def test_article_page_marks_every_quote_span(client, web_db: tuple[str, list[Record]]) -> None:
    for record in web_db[1]:
        doc = _doc(client, f"/articles/{record.id}")
        text_div = doc.xpath("//div[@id='article-text']")[0]
        assert text_div.text_content() == record.text  # nothing added, nothing lost
        for quote in record.quotes:
            for i, (start, end) in enumerate(quote.spans):
                marks = text_div.xpath(
                    f".//mark[contains(concat(' ', @data-spans, ' '), ' {quote.id}:{i} ')]"
                )
                assert "".join(m.text_content() for m in marks) == record.text[start:end]
                assert "Jonas Kettering" in marks[0].get("title")
        assert text_div.xpath(".//*[@data-events]")


def test_hostile_article_is_shown_as_text(client, web_db: tuple[str, list[Record]]) -> None:
    record = web_db[1][-1]
    assert record.text == HOSTILE_TEXT
    doc = _doc(client, f"/articles/{record.id}")
    scripts = doc.xpath("//script")
    assert all(
        s.get("src", "").startswith("/static/") or s.get("type") == "application/json"
        for s in scripts
    )
    assert not doc.xpath("//img | //iframe | //object | //embed")
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert not value.strip().lower().startswith("javascript:"), (element.tag, name, value)
    text = doc.xpath("string(//div[@id='article-text'])")
    assert "<script>window.__pwned = 1</script>" in text
    assert 'onerror="window.__pwned=2"' in text
    assert "<b onmouseover" in doc.xpath("string(//h1)")


def test_hostile_text_is_escaped_on_search_and_home(client) -> None:
    for url in ("/", "/search?q=drills"):
        doc = _doc(client, url)
        assert not doc.xpath("//img | //b[@onmouseover] | //a[@onclick]")
        assert all(
            s.get("src") or s.get("type") == "application/json" for s in doc.xpath("//script")
        )


@pytest.mark.parametrize(
    "url", ["/index.json", "/search.json?q=talks", "/dyads/XVL/XDR.json", "/docs.json"]
)
def test_every_page_has_a_json_twin(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")


def test_actor_and_article_twins(client, web_db: tuple[str, list[Record]]) -> None:
    actor_id = _actor_id(client, "Aleksei Vorontsin")
    assert client.get(f"/actors/{actor_id}.json").json()["name"] == "Aleksei Vorontsin"
    record = web_db[1][0]
    twin = client.get(f"/articles/{record.id}.json").json()
    assert twin["record"] == record.to_dict()
    assert set(twin["actor_ids"]) == {"a1", "a2", "a3", "a4"}


def test_html_errors_are_pages(client) -> None:
    response = client.get("/actors/999999")
    assert response.status_code == 404
    doc = lxml.html.fromstring(response.text)
    assert "no actor" in doc.xpath("string(//p[@class='error'])")
