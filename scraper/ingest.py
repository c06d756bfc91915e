"""From a stored page to an article and its facts in the database.

Three steps, split so that `vnnews extract --jobs N` can run the middle one in worker processes:

1. `load_input(db, page_id)`: read the page's bytes and pick its site profile (needs the database);
2. `parse_input(page_input)`: parse and extract (pure CPU, picklable in and out, no database);
3. `store_parsed(db, parsed)`: replace the article and all its facts in ONE transaction.

`ingest_page` runs the three in a row. A page that is not an article, or cannot be decoded, is
recorded on its `pages` row (`parse_status`, `parse_error`), never raised. Re-ingesting a page gives
the same rows with the same keys (an article's id is its page's id; mention and figure rows are keyed
by article and position), so running extraction twice leaves the database unchanged.
"""

from __future__ import annotations

import json
import multiprocessing
import re
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

import sqlite_utils

from extractors import (
    EXTRACTOR_VERSION,
    PARSER_VERSION,
    Article,
    Facts,
    NotAnArticle,
    PageDecodeError,
    Selectors,
    extract_facts,
    parse_article,
)
from extractors.normalize import fold_key
from scraper.db import fts_delete, fts_insert
from scraper.pagestore import PageStore, ensure_site
from scraper.profiles import profile_for_url

__all__ = [
    "IngestResult",
    "PageInput",
    "Parsed",
    "current_versions",
    "delete_article",
    "ingest_page",
    "load_input",
    "parse_input",
    "reextract",
    "select_pages",
    "store_article",
    "store_parsed",
]

Status = Literal["article", "not_article", "error"]
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_WORD_RE = re.compile(r"[^\W_]")
_MENTION_TABLES = (
    ("article_people", "person_id", "people"),
    ("article_places", "place_id", "places"),
    ("article_organizations", "organization_id", "organizations"),
    ("article_models", "model_id", "models"),
)


@dataclass(frozen=True)
class IngestResult:
    """What became of a page. An "error" may still have an `article_id`: parsed, but no facts."""

    page_id: int
    status: Status
    article_id: int | None = None
    reason: str | None = None


@dataclass(frozen=True)
class PageInput:
    """Everything the parser needs about one page, and nothing that ties it to the database."""

    page_id: int
    url: str
    site: str | None
    body: bytes
    http_charset: str | None
    province: str | None
    templates: tuple[Selectors, ...]
    extract: bool = True


@dataclass(frozen=True)
class Parsed:
    page_id: int
    status: Status
    article: Article | None = None
    facts: Facts | None = None
    reason: str | None = None
    extracted: bool = True


def current_versions(extract: bool = True) -> str:
    """What `pages.parsed_versions` holds after a parse with today's code ("<parser>+<extractor>")."""
    return f"{PARSER_VERSION}+{EXTRACTOR_VERSION if extract else ''}"


def load_input(db: sqlite_utils.Database, page_id: int, *, extract: bool = True) -> PageInput:
    store = PageStore(db)
    page = store.get(page_id)
    if page is None:
        raise KeyError(f"no page with id {page_id}")
    url = page.final_url or page.url
    profile = profile_for_url(url) or profile_for_url(page.url)
    match = _CHARSET_RE.search(page.content_type or "")
    return PageInput(
        page_id=page_id,
        url=url,
        site=profile.name if profile else page.site,
        body=store.body(page_id),
        http_charset=match.group(1) if match else None,
        province=profile.province if profile else None,
        templates=profile.templates if profile else (),
        extract=extract,
    )


def parse_input(page: PageInput) -> Parsed:
    """Parse the page and extract its facts; every failure becomes a `Parsed` with a reason."""
    try:
        article = parse_article(
            page.body, url=page.url, site=page.site, templates=page.templates, http_charset=page.http_charset
        )
    except NotAnArticle as exc:
        return Parsed(
            page.page_id, "not_article", reason=str(exc) or "not an article", extracted=page.extract
        )
    except PageDecodeError as exc:
        return Parsed(page.page_id, "error", reason=f"cannot decode: {exc}", extracted=page.extract)
    except Exception as exc:  # a parser bug must not stop a crawl; it is recorded on the page
        return Parsed(
            page.page_id, "error", reason=f"parser {type(exc).__name__}: {exc}", extracted=page.extract
        )
    facts = Facts()
    if page.extract:
        try:
            facts = extract_facts(article.fact_fields(), province=page.province, author=article.author)
        except Exception as exc:
            reason = f"extractor {type(exc).__name__}: {exc}"
            return Parsed(page.page_id, "error", article=article, reason=reason, extracted=True)
    return Parsed(page.page_id, "article", article=article, facts=facts, extracted=page.extract)


def store_parsed(db: sqlite_utils.Database, parsed: Parsed) -> IngestResult:
    """Write one parse outcome: the article and facts, or the reason on the page row."""
    versions = current_versions(parsed.extracted)
    if parsed.status == "article" and parsed.article is not None:
        article_id = store_article(
            db, parsed.page_id, parsed.article, parsed.facts or Facts(), extracted=parsed.extracted
        )
        return IngestResult(parsed.page_id, "article", article_id)
    if parsed.article is not None:  # parsed, but the extractors failed: keep the article, facts to redo
        with db.atomic():
            article_id = store_article(db, parsed.page_id, parsed.article, Facts(), extracted=False)
            _mark_page(db, parsed.page_id, "error", parsed.reason, current_versions(False))
        return IngestResult(parsed.page_id, "error", article_id, parsed.reason)
    with db.atomic():
        delete_article(db, parsed.page_id)
        _mark_page(db, parsed.page_id, parsed.status, parsed.reason, versions)
    return IngestResult(parsed.page_id, parsed.status, None, parsed.reason)


def ingest_page(db: sqlite_utils.Database, page_id: int, *, extract: bool = True) -> IngestResult:
    """Parse a stored page and (unless `extract` is False) extract its facts, then store them."""
    return store_parsed(db, parse_input(load_input(db, page_id, extract=extract)))


# --- storage -------------------------------------------------------------------------------------


def _mark_page(
    db: sqlite_utils.Database, page_id: int, status: str, reason: str | None, versions: str
) -> None:
    db.execute(
        "UPDATE pages SET parse_status = ?, parse_error = ?, parsed_versions = ? WHERE id = ?",
        [status, reason, versions, page_id],
    )


def _linked_entities(db: sqlite_utils.Database, article_id: int) -> dict[str, set[int]]:
    return {
        entity_table: {
            row[0] for row in db.execute(f"SELECT {column} FROM {table} WHERE article_id = ?", [article_id])
        }
        for table, column, entity_table in _MENTION_TABLES
    }


def _drop_orphans(db: sqlite_utils.Database, candidates: dict[str, set[int]]) -> None:
    """Delete entities that lost their last mention; done after re-inserting so kept ids never move."""
    for table, column, entity_table in _MENTION_TABLES:
        for entity_id in sorted(candidates.get(entity_table, ())):
            if not db.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", [entity_id]).fetchone():
                db.execute(f"DELETE FROM {entity_table} WHERE id = ?", [entity_id])


def _clear_facts(db: sqlite_utils.Database, article_id: int) -> None:
    for table, _, _ in _MENTION_TABLES:
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM figures WHERE article_id = ?", [article_id])


def delete_article(db: sqlite_utils.Database, page_id: int) -> bool:
    """Remove a page's article, its facts and its search entry (inside the caller's transaction)."""
    row = db.execute("SELECT id, title, lead, body FROM articles WHERE page_id = ?", [page_id]).fetchone()
    if row is None:
        return False
    article_id = row[0]
    orphans = _linked_entities(db, article_id)
    _clear_facts(db, article_id)
    fts_delete(db, article_id, row[1], row[2], row[3])
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    _drop_orphans(db, orphans)
    return True


def _article_row(page_id: int, site: str | None, article: Article, extracted: bool) -> dict[str, Any]:
    return {
        "id": page_id,
        "page_id": page_id,
        "url": article.url,
        "site": site,
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "published_at": article.published_at,
        "modified_at": article.modified_at,
        "month": article.published_at[:7] if article.published_at else None,
        "author": article.author,
        "category": article.category,
        "tags": json.dumps(list(article.tags), ensure_ascii=False),
        "images": json.dumps(
            [{"src": i.src, "caption": i.caption} for i in article.images], ensure_ascii=False
        ),
        # Vietnamese words are written as space-separated syllables; this counts those, like the press does.
        "word_count": sum(1 for w in f"{article.lead} {article.body}".split() if _WORD_RE.search(w)),
        "profile": article.profile,
        "parser_version": article.parser_version,
        "extractor_version": EXTRACTOR_VERSION if extracted else None,
        "warnings": json.dumps(list(article.warnings), ensure_ascii=False),
    }


def _upsert_entity(db: sqlite_utils.Database, table: str, key: str, values: dict[str, Any]) -> int:
    """The id of the entity with this folded key; created if new, its empty columns filled if not."""
    row = db.execute(f"SELECT id FROM {table} WHERE key = ?", [key]).fetchone()
    if row is None:
        cursor = db.execute(
            f"INSERT INTO {table} (key, {', '.join(values)}) VALUES (?{', ?' * len(values)})",
            [key, *values.values()],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid
    fill = {k: v for k, v in values.items() if v is not None and k != "name"}
    if fill:
        sets = ", ".join(f"{k} = coalesce({k}, ?)" for k in fill)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*fill.values(), row[0]])
    return row[0]


def _mention_rows(mentions: tuple[Any, ...]) -> list[dict[str, Any]]:
    if not mentions:
        return [{"field": None, "char_start": None, "char_end": None, "text": None, "sentence": None}]
    return [
        {"field": m.field, "char_start": m.start, "char_end": m.end, "text": m.text, "sentence": m.sentence}
        for m in mentions
    ]


def _insert_facts(db: sqlite_utils.Database, article_id: int, facts: Facts) -> None:
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table, _, _ in _MENTION_TABLES}
    for person in facts.people:
        values: dict[str, Any] = {
            "name": person.name,
            "title": person.title,
            "organization": person.organization,
        }
        person_id = _upsert_entity(db, "people", fold_key(person.name), values)
        for mention, row in zip(person.mentions or (None,), _mention_rows(person.mentions), strict=True):
            role = (mention.role if mention else None) or (person.roles[0] if person.roles else None)
            rows["article_people"].append(
                {"person_id": person_id, "role": role, "title": person.title, **row}
            )
    for place in facts.places:
        parents = [{"name": p.name, "type": p.type, "code": p.code} for p in place.parents]
        parent_names = ", ".join(f"{p.type} {p.name}".strip() for p in place.parents) or None
        key = fold_key(" | ".join([place.type or "", place.name, *(p.name for p in place.parents)]))
        values = {
            "name": place.name,
            "type": place.type,
            "parents": json.dumps(parents, ensure_ascii=False) if parents else None,
            "parent_names": parent_names,
            "code": place.code,
            "latitude": place.lat,
            "longitude": place.lon,
            "became": place.became,
        }
        place_id = _upsert_entity(db, "places", key, values)
        rows["article_places"] += [{"place_id": place_id, **r} for r in _mention_rows(place.mentions)]
    for org in facts.organizations:
        values = {"name": org.name, "expanded": org.expanded, "place": org.place}
        org_id = _upsert_entity(db, "organizations", fold_key(org.expanded or org.name), values)
        rows["article_organizations"] += [
            {"organization_id": org_id, **r} for r in _mention_rows(org.mentions)
        ]
    for model in facts.models:
        model_id = _upsert_entity(
            db, "models", fold_key(model.name), {"name": model.name, "kind": model.kind}
        )
        rows["article_models"] += [{"model_id": model_id, **r} for r in _mention_rows(model.mentions)]
    for table, found in rows.items():
        if found:
            db.table(table).insert_all(
                ({"article_id": article_id, "seq": i, **r} for i, r in enumerate(found, 1)), batch_size=500
            )
    figures = []
    for i, fig in enumerate(facts.figures, 1):
        first = _mention_rows(fig.mentions[:1])[0]
        figures.append(
            {
                "article_id": article_id,
                "seq": i,
                "text": fig.text,
                "value": float(fig.value),
                "value_text": str(fig.value),
                "value_max": float(fig.value_max) if fig.value_max is not None else None,
                "of": float(fig.of) if fig.of is not None else None,
                "unit": fig.unit,
                "qualifier": fig.qualifier,
                "mention_count": len(fig.mentions),
                **first,
            }
        )
    if figures:
        db.table("figures").insert_all(figures, batch_size=500)


def store_article(
    db: sqlite_utils.Database, page_id: int, article: Article, facts: Facts, *, extracted: bool = True
) -> int:
    """Replace the page's article and every fact hanging off it, in one transaction; returns its id."""
    site = db.execute("SELECT site FROM pages WHERE id = ?", [page_id]).fetchone()
    if site is None:
        raise KeyError(f"no page with id {page_id}")
    row = _article_row(page_id, site[0], article, extracted)
    with db.atomic():
        if row["site"]:
            ensure_site(db, row["site"])
        old = db.execute("SELECT title, lead, body FROM articles WHERE id = ?", [page_id]).fetchone()
        orphans: dict[str, set[int]] = {}
        if old is not None:
            orphans = _linked_entities(db, page_id)
            _clear_facts(db, page_id)
            fts_delete(db, page_id, *old)
            db.table("articles").update(page_id, row)
        else:
            db.table("articles").insert(row)
        fts_insert(db, page_id, article.title, article.lead, article.body)
        _insert_facts(db, page_id, facts)
        _drop_orphans(db, orphans)
        _mark_page(db, page_id, "article", None, current_versions(extracted))
    return page_id


# --- re-extraction -------------------------------------------------------------------------------


def select_pages(
    db: sqlite_utils.Database,
    *,
    stale_only: bool = True,
    site: str | None = None,
    since: str | None = None,
    extract: bool = True,
) -> list[int]:
    """Ids of successfully fetched pages to (re-)parse, in id order.

    With `stale_only`, only pages never parsed or parsed by an older parser or extractor version
    than the code's (`pages.parsed_versions`); a parse that failed with today's code is not retried.
    """
    where = ["(status IS NULL OR status BETWEEN 200 AND 299)"]
    params: list[Any] = []
    if stale_only:
        where.append("(parsed_versions IS NULL OR parsed_versions != ?)")
        params.append(current_versions(extract))
    if site:
        where.append("site = ?")
        params.append(site)
    if since:
        where.append("fetched_at >= ?")
        params.append(since)
    sql = f"SELECT id FROM pages WHERE {' AND '.join(where)} ORDER BY id"
    return [row[0] for row in db.execute(sql, params).fetchall()]


def reextract(
    db: sqlite_utils.Database,
    page_ids: list[int],
    *,
    jobs: int = 1,
    extract: bool = True,
    on_result: Callable[[IngestResult], None] | None = None,
) -> dict[str, int]:
    """Parse and extract `page_ids` again and store each result in its own transaction.

    With `jobs` > 1, parsing runs in that many worker processes while this process does every write,
    in page order, so entity ids come out the same as with one process. Returns counts by status.
    """
    counts = {"article": 0, "not_article": 0, "error": 0}

    def done(result: IngestResult) -> None:
        counts[result.status] += 1
        if on_result is not None:
            on_result(result)

    if jobs <= 1 or len(page_ids) < 2:
        for page_id in page_ids:
            done(ingest_page(db, page_id, extract=extract))
        return counts
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["extractors"])
    window = jobs * 4  # pages in flight: bounds memory, keeps every worker busy
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[Parsed]] = deque()
        ids = iter(page_ids)
        for page_id in ids:
            pending.append(pool.submit(parse_input, load_input(db, page_id, extract=extract)))
            if len(pending) >= window:
                done(store_parsed(db, pending.popleft().result()))
        while pending:
            done(store_parsed(db, pending.popleft().result()))
    return counts
