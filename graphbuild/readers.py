"""Files and feeds -> a stream of Article (or Rejected, with where and why).

Readers are generators: a directory of a million files is never held in memory, and a
bad file or row becomes a `Rejected` item while the stream goes on.
"""

from __future__ import annotations

import csv
import email.utils
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from .models import Article, Rejected

log = logging.getLogger(__name__)

Item = Article | Rejected

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = (
    TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
)

# Field names accepted for each Article field in JSON and CSV records.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "guid"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article"),
    "published": ("published", "date", "published_at", "pubDate", "publish_date", "datetime"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "outlet"),
}
_RAW_KEEP = 2000  # characters of a rejected item kept in rejected.jsonl
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y", "%Y%m%d")


def normalise_date(value: Any) -> str:
    """Return an ISO date (YYYY-MM-DD) for the usual news date formats, or ""."""
    if value is None:
        return ""
    text = str(value).strip()
    if not text:
        return ""
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"\s+", " ", text.rstrip(". "))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    match = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    if match:
        return match.group(1)
    return ""


def _pick(record: dict[str, Any], name: str) -> Any:
    for alias in FIELD_ALIASES[name]:
        if alias in record and record[alias] not in (None, ""):
            return record[alias]
    return None


def article_from_record(record: Any, default_id: str, origin: str) -> Item:
    """Build an Article from a JSON object or CSV row; reject it with a reason if unusable."""
    raw = json.dumps(record, ensure_ascii=False, default=str)[:_RAW_KEEP]
    if not isinstance(record, dict):
        return Rejected(origin, f"expected a JSON object, got {type(record).__name__}", raw)
    text = _pick(record, "text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(origin, "no text: the record has no non-empty 'text' field", raw)
    published_raw = _pick(record, "published")
    published = normalise_date(published_raw)
    if published_raw and not published:
        log.warning("%s: cannot read date %r; relations will carry no date", origin, published_raw)
    return Article(
        id=str(_pick(record, "id") or default_id),
        text=text.strip(),
        title=str(_pick(record, "title") or "").strip(),
        published=published,
        url=str(_pick(record, "url") or ""),
        source=str(_pick(record, "source") or ""),
        origin=origin,
    )


def _read_text_file(path: Path) -> tuple[str | None, Rejected | None]:
    """Read a file as UTF-8 text, or say why not (binary, bad encoding, empty)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, Rejected(str(path), f"cannot read file: {exc.strerror or exc}")
    if b"\x00" in data[:8192]:
        return None, Rejected(str(path), "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, Rejected(
            str(path),
            f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at offset {exc.start}",
            data[:_RAW_KEEP].decode("utf-8", "replace"),
        )
    if not text.strip():
        return None, Rejected(str(path), "empty file")
    return text, None


def _split_title(text: str) -> tuple[str, str]:
    """A first line that stands alone (followed by a blank line) and reads like a headline is the title."""
    lines = text.strip().split("\n", 2)
    if len(lines) >= 3 and not lines[1].strip():
        first = lines[0].strip()
        if 0 < len(first) <= 200 and not first.endswith((".", ":", ";")):
            return first, lines[2].strip()
    return "", text.strip()


def read_text(path: Path, article_id: str) -> Iterator[Item]:
    text, rejected = _read_text_file(path)
    if rejected:
        yield rejected
        return
    assert text is not None
    title, body = _split_title(text)
    match = _DATE_IN_NAME.search(path.name)
    yield Article(
        id=article_id,
        text=body,
        title=title,
        published=normalise_date(match.group(1)) if match else "",
        origin=str(path),
    )


def _iter_jsonl_lines(lines: Iterable[str], origin: str, id_prefix: str) -> Iterator[Item]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"malformed JSON line: {exc.msg} at column {exc.colno}", line.rstrip("\r\n")[:_RAW_KEEP])
            continue
        yield article_from_record(record, f"{id_prefix}:{lineno}", where)


def read_jsonl(path: Path, id_prefix: str) -> Iterator[Item]:
    try:
        handle = path.open(encoding="utf-8-sig", errors="strict")
    except OSError as exc:
        yield Rejected(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from _iter_jsonl_lines(handle, str(path), id_prefix)
        except UnicodeDecodeError as exc:
            yield Rejected(str(path), f"not UTF-8 ({exc.reason}); lines after the bad byte were not read")


def read_json(path: Path, id_prefix: str) -> Iterator[Item]:
    text, rejected = _read_text_file(path)
    if rejected:
        yield rejected
        return
    assert text is not None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # Many ".json" news dumps are really JSON Lines.
        yield from _iter_jsonl_lines(text.splitlines(), str(path), id_prefix)
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        yield Rejected(str(path), "JSON must be an object, a list of objects or {'articles': [...]}")
        return
    for index, record in enumerate(data):
        yield article_from_record(record, f"{id_prefix}:{index + 1}", f"{path}[{index}]")


def read_csv(path: Path, id_prefix: str) -> Iterator[Item]:
    text, rejected = _read_text_file(path)
    if rejected:
        yield rejected
        return
    assert text is not None
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or not any(a in reader.fieldnames for a in FIELD_ALIASES["text"]):
        yield Rejected(str(path), f"CSV header has no text column (header: {reader.fieldnames})")
        return
    try:
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:  # more cells than header fields
                yield Rejected(where, "row has more cells than the header", json.dumps(row, default=str))
                continue
            yield article_from_record(dict(row), f"{id_prefix}:{reader.line_num}", where)
    except csv.Error as exc:
        yield Rejected(f"{path}:{reader.line_num}", f"malformed CSV: {exc}; the rest of the file was not read")


def read_html(path: Path, article_id: str) -> Iterator[Item]:
    text, rejected = _read_text_file(path)
    if rejected:
        yield rejected
        return
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as exc:
        yield Rejected(str(path), f"cannot read HTML: {exc} (reinstall graphbuild with its dependencies)")
        return
    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = (doc.text if doc is not None else "") or ""
    if not body.strip():
        yield Rejected(str(path), "no article text found in the HTML page")
        return
    title = (doc.title or "").strip()
    lines = body.strip().split("\n")
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    yield Article(
        id=article_id,
        text="\n\n".join(line.strip() for line in lines if line.strip()),
        title=title,
        published=normalise_date(doc.date),
        url=doc.url or "",
        source=doc.sitename or doc.hostname or "",
        origin=str(path),
    )


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several types for broken markup
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    parts = [p.text_content().strip() for p in root.iter("p")]
    text = "\n\n".join(p for p in parts if p) or root.text_content()
    return text.strip()


def read_feed(path: Path, id_prefix: str) -> Iterator[Item]:
    import feedparser

    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = "no RSS/Atom entries"
        if feed.bozo:
            reason += f" (malformed feed: {feed.bozo_exception})"
        yield Rejected(str(path), reason, data[:_RAW_KEEP].decode("utf-8", "replace"))
        return
    feed_title = feed.feed.get("title", "")
    for index, entry in enumerate(feed.entries):
        where = f"{path}#item{index + 1}"
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        content = content or entry.get("summary", "") or entry.get("description", "")
        record = {
            "id": entry.get("id") or entry.get("link") or f"{id_prefix}#item{index + 1}",
            "title": entry.get("title", ""),
            "text": _html_to_text(content),
            "published": entry.get("published") or entry.get("updated") or "",
            "url": entry.get("link", ""),
            "source": feed_title,
        }
        yield article_from_record(record, f"{id_prefix}#item{index + 1}", where)


def read_path(path: Path, root: Path | None = None) -> Iterator[Item]:
    """Read one file by its extension; unknown extensions are read as plain text."""
    rel = path.relative_to(root).as_posix() if root else path.name
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, rel)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(path, rel)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(path, rel)
    elif suffix in HTML_SUFFIXES:
        yield from read_html(path, rel)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(path, rel)
    else:
        yield from read_text(path, rel)


def iter_files(directory: Path) -> Iterator[Path]:
    """Supported files under a directory, recursively, in a stable order; hidden ones skipped."""
    skipped = 0
    for path in sorted(directory.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() in SUPPORTED:
            yield path
        else:
            skipped += 1
            log.info("skipping %s: unsupported extension", path)
    if skipped:
        log.info("%s: skipped %d file(s) with unsupported extensions", directory, skipped)


def iter_articles(inputs: Iterable[str | Path], stdin: io.TextIOBase | None = None) -> Iterator[Item]:
    """Stream articles from files, directories (recursive) and `-` (JSON Lines on stdin)."""
    for spec in inputs:
        if str(spec) == "-":
            yield from _iter_jsonl_lines(stdin or sys.stdin, "<stdin>", "stdin")
            continue
        path = Path(spec)
        if path.is_dir():
            for file in iter_files(path):
                yield from read_path(file, root=path)
        elif path.is_file():
            yield from read_path(path)
        else:
            yield Rejected(str(path), "no such file or directory")
