"""Readers: every supported format, and bad input reported with where and why."""

from __future__ import annotations

import io
import json

from graphbuild.models import Article, Rejected
from graphbuild.readers import iter_articles, normalise_date


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejected)]


def test_text_file_title_and_date_from_name(tmp_path):
    path = tmp_path / "2024-05-06-summit.txt"
    path.write_text("Leaders gather in Vilnius\n\nThe summit opened on Monday.\n", encoding="utf-8")
    (article,), rejected = _split(iter_articles([path]))
    assert rejected == []
    assert article.title == "Leaders gather in Vilnius"
    assert article.text == "The summit opened on Monday."
    assert article.published == "2024-05-06"


def test_jsonl_bad_lines_rejected_with_line_numbers(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "T", "text": "One.", "published": "2025-02-03T10:00:00Z"}),
        "{not json",
        json.dumps({"id": "a3", "text": ""}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a5", "body": "Body field is accepted.", "date": "March 4, 2025"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejected = _split(iter_articles([path]))
    assert [a.id for a in articles] == ["a1", "a5"]
    assert articles[0].published == "2025-02-03"
    assert articles[1].published == "2025-03-04"
    assert [r.origin for r in rejected] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in rejected[0].reason
    assert "no text" in rejected[1].reason
    assert rejected[0].raw == "{not json"  # what was read is kept


def test_csv_rows_and_bad_row(tmp_path):
    path = tmp_path / "wire.csv"
    path.write_text(
        'id,title,text,published,url,source\n'
        'c1,"Title, with comma","Text one, quoted.",2023-11-02,https://example.org/1,Wire\n'
        'c2,No text,,2023-11-03,,\n',
        encoding="utf-8",
    )
    articles, rejected = _split(iter_articles([path]))
    assert [(a.id, a.title, a.url) for a in articles] == [("c1", "Title, with comma", "https://example.org/1")]
    assert len(rejected) == 1 and rejected[0].origin == f"{path}:3"


def test_binary_and_bad_encoding_and_missing(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "c.txt").write_text("   \n", encoding="utf-8")
    articles, rejected = _split(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    assert articles == []
    reasons = {r.origin.split("/")[-1]: r.reason for r in rejected}
    assert "binary" in reasons["a.txt"]
    assert "not UTF-8" in reasons["b.txt"] and "offset 3" in reasons["b.txt"]
    assert "empty" in reasons["c.txt"]
    assert "no such file" in reasons["missing.txt"]


def test_html_main_text_extracted(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Site | Ministers meet</title>"
        '<meta property="article:published_time" content="2024-09-10T08:00:00Z"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Ministers meet</h1>"
        "<p>Norwegian Foreign Minister Ola Dahl met his Danish counterpart in Oslo on Tuesday to discuss Arctic "
        "security and fishing rights in the region.</p><p>They agreed to meet again in the spring.</p></article>"
        "<footer>Copyright 2024 Example News</footer></body></html>",
        encoding="utf-8",
    )
    (article,), _ = _split(iter_articles([path]))
    assert "Ola Dahl" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.published == "2024-09-10"


def test_rss_items(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
        "<item><title>First</title><link>https://example.org/first</link>"
        "<pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>&lt;p&gt;Item one text.&lt;/p&gt;</description></item>"
        "<item><title>Second</title><link>https://example.org/second</link>"
        "<description>Item two text.</description></item></channel></rss>",
        encoding="utf-8",
    )
    articles, rejected = _split(iter_articles([path]))
    assert [(a.title, a.text, a.published, a.source) for a in articles] == [
        ("First", "Item one text.", "2025-06-03", "Example Wire"),
        ("Second", "Item two text.", "", "Example Wire"),
    ]
    assert rejected == []


def test_stdin_jsonl():
    stdin = io.StringIO('{"text": "From stdin."}\n\n{"oops"\n')
    articles, rejected = _split(iter_articles(["-"], stdin=stdin))
    assert [a.text for a in articles] == ["From stdin."]
    assert rejected[0].origin == "<stdin>:3"


def test_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    articles, _ = _split(iter_articles([tmp_path]))
    assert [a.id for a in articles] == ["b/two.txt", "one.txt"]


def test_normalise_date_formats():
    assert normalise_date("2025-12-03") == "2025-12-03"
    assert normalise_date("Wed, 03 Dec 2025 10:00:00 +0000") == "2025-12-03"
    assert normalise_date("December 3, 2025 ") == "2025-12-03"
    assert normalise_date("not a date") == ""
