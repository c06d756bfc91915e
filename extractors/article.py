"""Article records and the selectors a site profile gives the parser.

`parse_article` (below) turns one saved page into an `Article`: with a site's `Selectors` when the
page's site has a profile, else with the generic DOM-based parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractors import decoders, generic
from extractors.dates import parse_date, parse_vn_date
from extractors.encoding import PageDecodeError, html_source, is_utf8, maybe_utf8

__all__ = [
    "PARSER_VERSION",
    "Article",
    "Image",
    "NotAnArticle",
    "PageDecodeError",
    "Selectors",
    "parse_article",
]

PARSER_VERSION = "6"


@dataclass(frozen=True)
class Selectors:
    """CSS selectors (comma-separated alternatives) for one site template; empty means "not known".

    `remove` lists what to drop inside the body before reading it (share bars, related boxes...).
    `lead_prefixes` are regular expressions stripped from the start of the lead ("PTĐT -").
    `decoder` names a body decoder from `extractors.decoders` for sites that obfuscate bodies.
    `ends_before` lists literal markup that starts after everything the template reads and outside its
    body element (the comment form, the footer): the tree is built only from the page before the first
    of them, since building it is most of a parse and the related-news boxes, sidebars and footers after
    an article are often half the page. A page where the cut loses the article, or where the rest holds
    metadata or could match an earlier template, is parsed whole. A marker placed inside the body would
    cut the body short: tests/test_article_cut.py checks every shipped marker on every fixture page.
    """

    name: str = "generic"
    match: str = ""
    """A selector that is present only on this template's pages; empty matches every page."""
    title: str = ""
    lead: str = ""
    body: str = ""
    paragraphs: str = "p, h2, h3, h4"
    published: str = ""
    modified: str = ""
    author: str = ""
    category: str = ""
    tags: str = ""
    images: str = "img"
    captions: str = ""
    remove: str = ""
    lead_prefixes: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    decoder: str = ""
    ends_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Image:
    src: str
    caption: str | None = None


@dataclass(frozen=True)
class Article:
    url: str | None
    site: str | None
    title: str
    lead: str
    body: str
    published_at: str | None = None
    modified_at: str | None = None
    author: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    profile: str = "generic"
    parser_version: str = PARSER_VERSION
    warnings: tuple[str, ...] = field(default=())

    def fact_fields(self) -> dict[str, str]:
        """The fields facts are read from: the title, the lead and the body, a body longer than
        `MAX_FACT_CHARS` cut at its last paragraph break before that (the article says so in `warnings`)."""
        body = self.body
        if len(body) > MAX_FACT_CHARS:
            cut = body.rfind("\n", 0, MAX_FACT_CHARS)
            body = body[: cut if cut > 0 else MAX_FACT_CHARS].rstrip()
        return {"title": self.title, "lead": self.lead, "body": body}

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape `vnnews parse` prints."""
        return {
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "lead": self.lead,
            "body": self.body,
            "published_at": self.published_at,
            "modified_at": self.modified_at,
            "author": self.author,
            "category": self.category,
            "tags": list(self.tags),
            "images": [{"src": i.src, "caption": i.caption} for i in self.images],
            "parser": {"profile": self.profile, "version": self.parser_version},
            "warnings": list(self.warnings),
        }


MAX_FACT_CHARS = 500_000
"""Facts are read from at most this much of an article's body. A long article is under 50,000 characters;
a page with megabytes of body text (a dump, a broken template repeating itself) would otherwise take
minutes and gigabytes to read, at about 10 s a megabyte."""


class NotAnArticle(ValueError):
    """The page parsed but is not an article (a listing, an empty shell); the message says why."""


# Site prefixes of a lead: "PTĐT -", "PTO-", "(Dân trí) -", "TTO -", "VTC News -".
_LEAD_PREFIX_RE = re.compile(
    r"^(?:\((?:[^()]{2,30})\)|[A-ZĐ]{2,6}(?:\s?News|\.vn|\.VN|\s?Online)?)\s*[-–—:]+\s*"
)
_PLACEHOLDER_RE = re.compile(r"\{(?:title|publish|head|body|author|[a-z_]{2,20})\}")
_TITLE_SPLIT_RE = re.compile(r"\s+[-|–—»:]\s+")


def _first(root: LexborNode, selector: str) -> LexborNode | None:
    return root.css_first(selector) if selector else None


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    text = generic.clean(node.text(deep=True))
    return "" if _PLACEHOLDER_RE.search(text) else text


def _strip_lead_prefix(lead: str, patterns: Sequence[str]) -> str:
    for pattern in patterns:
        lead = re.sub(pattern, "", lead, count=1)
    return _LEAD_PREFIX_RE.sub("", lead, count=1).strip()


def _clean_head_title(meta: generic.Meta) -> str:
    """og:title or <title> without the site's name ("… - VnExpress", "… | Báo Dân trí")."""
    raw = meta.headline or meta.og_title or meta.title
    parts = _TITLE_SPLIT_RE.split(raw)
    if len(parts) > 1:
        best = max(parts, key=len)
        if sum(len(p) for p in parts if p is not best) < 40:
            return best
    return raw


def _clean_author(name: str) -> str:
    """A byline without trailing dashes; a bare login handle ("baodantridientu") is no author."""
    name = re.sub(r"[\s\-–—|,]+$", "", name or "").strip()
    if re.fullmatch(r"[a-z0-9_.]+", name):
        return ""
    return name


# A related article's headline after the lead's last sentence, behind ">>": "... 1/1/2013. >> Công chức,
# viên chức được nghỉ 9 ngày dịp Tết Âm lịch" (a link, not the lead).
_RELATED_AFTER_RE = re.compile(r"(?<=[.!?…”\"])\s*>>\s.*$", re.S)
# A byline or credit closing the body, a paragraph of its own: "Hoàng Hương", "Quang Phong - Tùng Nguyên",
# "Tin, ảnh: P.Y", "Ảnh: Misso". Names only: every word capitalised, initials allowed ("K. Miên").
_BYLINE_WORD = r"(?:[^\W\d_]+(?:['’][^\W\d_]+)?\.?|[^\W\d_]\.[^\W\d_]+\.?)"  # case is checked after
_BYLINE_NAME = rf"{_BYLINE_WORD}(?:[ ]?{_BYLINE_WORD}){{0,4}}"
_TRAILING_BYLINE_RE = re.compile(
    r"(?:(?P<kind>Tin|Bài|Ảnh|Video|Clip)(?:[ ]?(?:,|và)[ ](?:ảnh|bài|video|clip))?[ ]?:[ ]?)?"
    rf"(?P<name>{_BYLINE_NAME}(?:[ ]?[-–,][ ]?{_BYLINE_NAME})*)\.?"
)
_BYLINE_MAX = 40
# First words of a short capitalised closing line that is no byline: a source ("Theo TTXVN", "Nguồn: ..."),
# a greeting, a pointer to more, a country or a heading.
_NOT_BYLINE_OPENERS = frozenset(
    [
        "Theo",
        "Nguồn",
        "Chúc",
        "Xem",
        "Đọc",
        "Mời",
        "Kết",
        "Việt",
        "Trân",
        "Thân",
        "Tin",
        "Bài",
        "Video",
        "Clip",
    ]
)


def _trailing_byline(paragraphs: list[str]) -> tuple[str, bool] | None:
    """The byline a body ends with, as a paragraph of its own, and whether it names the writer (not only a
    photographer: "Ảnh: Misso"); None when the last paragraph is text."""
    if len(paragraphs) < 2 or len(paragraphs[-1]) > _BYLINE_MAX:
        return None
    m = _TRAILING_BYLINE_RE.fullmatch(paragraphs[-1].strip())
    if m is None:
        return None
    words = [w for w in re.split(r"[ ,.\-–]+", m["name"]) if w]
    if (
        not words
        or any(not w[0].isupper() for w in words)  # "Anh ấy đã ổn.": a sentence
        or any(w.isupper() and len(w) > 3 for w in words)  # "KẾT LUẬN", "XEM THÊM": a heading; "TP" a byline
        or words[0] in _NOT_BYLINE_OPENERS
    ):
        return None
    photo_only = m["kind"] in ("Ảnh", "Video", "Clip") and m[0].split(":")[0].strip() == m["kind"]
    name = m["name"].strip()
    if name.endswith(".") and "." not in name[:-1].split(" ")[-1]:
        name = name[:-1]  # "Hoàng Hương.": the full stop is no part of the name ("H.V." keeps its own)
    return name, not photo_only


def _is_brand(author: str | None, url: str | None) -> bool:
    """Whether a byline is the site's own name ("VnExpress" on vnexpress.net), which names no writer."""
    if not author or " " in author:
        return False
    return author.lower() in (urlsplit(url or "").hostname or "")


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


@dataclass
class _Draft:
    """Fields gathered from a template or the generic parser before meta fills the gaps."""

    title: str = ""
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    published: str = ""
    modified: str = ""
    author: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    images: list[tuple[str, str | None]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reject: str | None = None


def _template_matches(tree: LexborHTMLParser, template: Selectors) -> bool:
    return not template.match or tree.css_first(template.match) is not None


def _selected_paragraphs(
    container: LexborNode, template: Selectors, with_captions: bool = False
) -> list[str]:
    """Paragraph texts from the template's selector, outermost match only, captions skipped.

    `with_captions` keeps caption text: for photo stories, whose only text is their captions.
    """
    captions = (
        {n.mem_id for n in container.css(template.captions)}
        if template.captions and not with_captions
        else set()
    )
    if not template.paragraphs:
        # the profile's caption selector too ("div[style*=center]" on old CMS pages), beside the usual ones
        skip = generic.caption_blocks(container) | captions if not with_captions else None
        blocks = generic.flatten(container, skip_captions=not with_captions, captions=skip)
        return [b.text for b in blocks if generic.keep_block(b)]
    matched = container.css(template.paragraphs)
    ids = {n.mem_id for n in matched}
    out: list[str] = []
    for node in matched:
        if node.mem_id in captions:
            continue
        parent, nested = node.parent, False
        while parent is not None and parent.mem_id != container.mem_id:
            if parent.mem_id in ids or parent.mem_id in captions:
                nested = True
                break
            if not with_captions and parent.tag in ("figure", "figcaption"):
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        inner = generic.text_only_blocks(node)
        if inner is None:
            # the caption blocks inside this paragraph only: a query over the paragraph, not the container
            inner = generic.flatten(node)
        for block in inner:
            if generic.keep_block(block):
                out.append(block.text)
    return out


def _from_template(
    tree: LexborHTMLParser, root: LexborNode, template: Selectors, base: str | None, meta: generic.Meta | None
) -> _Draft:
    """The template's fields; with the page's `meta`, its breadcrumb too when nothing else names the
    section (read here, after the category and before the template removes anything)."""
    draft = _Draft()
    draft.title = _text(_first(root, template.title))
    lead_node = _first(root, template.lead)
    draft.lead = lead_text = _text(lead_node)
    published = _first(root, template.published)
    if published is not None:
        draft.published = (
            parse_date(published.attributes.get("datetime") or published.text(), template.date_formats) or ""
        )
    modified = _first(root, template.modified)
    if modified is not None:
        draft.modified = (
            parse_date(modified.attributes.get("datetime") or modified.text(), template.date_formats) or ""
        )
    draft.author = _text(_first(root, template.author))
    draft.category = _text(_first(root, template.category))
    if meta is not None and not meta.section and not draft.category:
        generic.fill_breadcrumb(tree, meta)
    if template.tags:
        draft.tags = [generic.clean(n.text()) for n in root.css(template.tags)]
    container = _first(root, template.body)
    if container is None:
        draft.warnings.append(f"template {template.name!r}: body selector {template.body!r} matched nothing")
        return draft
    if template.remove:
        for node in container.css(template.remove):
            node.remove()
    draft.images = generic.collect_images(container, base, template.captions)
    paragraphs = _selected_paragraphs(container, template)
    if sum(len(p) for p in paragraphs) < 250:
        story = _selected_paragraphs(container, template, with_captions=True)
        if sum(len(p) for p in story) >= 250:
            draft.warnings.append("photo story: the body is made of the image captions")
            paragraphs = story
    if lead_text and paragraphs and generic.clean(paragraphs[0]) == lead_text:
        paragraphs = paragraphs[1:]
    draft.paragraphs = paragraphs
    return draft


def _decoded_fragment(html: str, template: Selectors, draft: _Draft) -> LexborHTMLParser | None:
    """The decoded body fragment of an obfuscated page, or None (with a warning when decoding failed)."""
    try:
        fragment = decoders.decode_fragment(template.decoder, html)
    except decoders.BodyDecodeError as exc:
        draft.warnings.append(f"obfuscated body not decoded: {exc}")
        return None
    return LexborHTMLParser(fragment) if fragment else None


def _from_generic(tree: LexborHTMLParser, meta: generic.Meta, base: str | None) -> _Draft:
    draft = _Draft()
    if not meta.section:
        generic.fill_breadcrumb(tree, meta)  # before anything is removed
    body = tree.body or tree.root
    if body is None:
        draft.reject = "the page has no document"
        return draft
    generic.strip_junk(body)
    container, _score = generic.find_body(body)
    if container is None:
        draft.reject = "no text block found on the page"
        return draft
    container = generic.widen(container)
    generic.strip_boilerplate(container)
    blocks = generic.flatten(container)
    draft.reject = generic.listing_reason(blocks, container)
    if draft.reject and draft.reject.startswith("no article text"):
        story = generic.flatten(container, skip_captions=False)
        if generic.listing_reason(story, container) is None:
            draft.warnings.append("photo story: the body is made of the image captions")
            blocks, draft.reject = story, None
    if draft.reject:
        return draft
    home = re.sub(r"^https?://[^/]+", "", meta.canonical or "") if meta.canonical.startswith("http") else None
    if home in ("", "/"):
        draft.reject = f"the page is a site's home page ({meta.canonical})"
        return draft
    text_chars = sum(len(b.text) for b in blocks if generic.keep_block(b))
    headlines = len([a for a in body.css("a") if len(a.text(strip=True)) >= 30]) if text_chars < 400 else 0
    if text_chars < 400 and headlines >= 60:
        draft.reject = (
            f"only {text_chars} characters of text among {headlines} headline links: a listing page"
        )
        return draft
    draft.title = generic.nearest_h1(container, meta.headline or meta.og_title or meta.title)
    lead_node = generic.find_lead(container, meta.description, draft.title)
    draft.lead = _text(lead_node)
    if not meta.published:
        draft.published = parse_vn_date(generic.find_date_line(body, container)) or ""
    draft.images = generic.collect_images(container, base)
    draft.paragraphs = [b.text for b in blocks if generic.keep_block(b) and b.text != draft.title]
    return draft


def _is_real_lead(lead: str, paragraphs: list[str]) -> bool:
    return bool(lead) and not any(lead == p for p in paragraphs[1:])


def parse_article(
    html: bytes | str,
    *,
    url: str | None = None,
    site: str | None = None,
    templates: Sequence[Selectors] = (),
    http_charset: str | None = None,
) -> Article:
    """Parse one saved page into an `Article`.

    The first template whose `match` selector hits the page is used (profile "<site>/<template>"); with
    none, the generic parser (profile "generic"). Raises `PageDecodeError` for undecodable bytes and
    `NotAnArticle` (with the reason) for listing pages and empty shells.
    """
    if maybe_utf8(html, http_charset):
        # Proving the bytes valid costs as much as decoding them (a tenth of a parse), so the parser reads
        # them first, as UTF-8 with U+FFFD for a bad byte, and the proof is asked only when the article
        # shows a U+FFFD or is rejected: a broken byte elsewhere (a script, a menu) harms nothing.
        try:
            article = _parse_source(html, url, site, templates)
        except NotAnArticle:
            if is_utf8(html):
                raise
        else:
            if not _has_replacement_char(article):
                return article
    # Valid UTF-8 bytes go to the parser as they are: handing it the str would only encode them again.
    source, _codec = html_source(html, http_charset)
    return _parse_source(source, url, site, templates)


def _has_replacement_char(article: Article) -> bool:
    """Does any text of the article hold U+FFFD, the mark of a byte the UTF-8 decoder could not read?"""
    texts = (
        article.title,
        article.lead,
        article.body,
        article.author or "",
        article.category or "",
        *article.tags,
    )
    captions = (f"{image.src}{image.caption or ''}" for image in article.images)
    return any("\ufffd" in text for text in (*texts, *captions))


class _CutTooSoon(Exception):
    """The page before a template's `ends_before` marker does not hold that template's article."""


def _parse_source(
    source: bytes | str, url: str | None, site: str | None, templates: Sequence[Selectors]
) -> Article:
    """`parse_article` on what the HTML parser reads: the page's text, or bytes it takes as UTF-8."""
    cut = _cut_point(source, templates)
    if cut is not None:
        end, owners = cut
        try:
            return _parse_tree(LexborHTMLParser(source[:end]), source, url, site, templates, owners)
        except (_CutTooSoon, NotAnArticle):
            pass
    return _parse_tree(LexborHTMLParser(source), source, url, site, templates, None)


def _cut_point(source: bytes | str, templates: Sequence[Selectors]) -> tuple[int, list[Selectors]] | None:
    """Where the earliest `ends_before` marker of any template starts, and the templates whose own
    earliest marker it is (the only ones the shortened page may be read with).

    No cut when the part after the marker holds metadata the parser reads from the whole page (JSON-LD),
    and no owner whose turn could be taken by an earlier template matching only there.
    """
    firsts: list[tuple[int, int, Selectors]] = []  # (where its first marker starts, index, template)
    limit = len(source)  # a marker after the earliest one found so far can own no cut: search no further
    for index, template in enumerate(templates):
        found = []
        for marker in template.ends_before:
            at = _find(source, marker, 0, limit + len(marker))
            if at > 0:
                found.append(at)
                limit = min(limit, at)
        if found:
            firsts.append((min(found), index, template))
    if not firsts:
        return None
    end = min(at for at, _, _ in firsts)
    if any(_contains(source, token, end) for token in _META_TOKENS):
        return None
    owners = [
        template
        for at, index, template in firsts
        if at == end and not any(_could_match_in(source, end, t) for t in templates[:index])
    ]
    return (end, owners) if owners else None


# Head meta tags come before any marker; JSON-LD may sit at the foot of a page. (One scan of the rest,
# about 0.02 ms a page, against about 0.3 ms the cut saves.)
_META_TOKENS = ("application/ld+json",)
_SELECTOR_NAME_RE = re.compile(r"[.#]([\w-]+)")


def _find(source: bytes | str, token: str, start: int, end: int | None = None) -> int:
    """`source.find(token, start, end)` for a page given as UTF-8 bytes or as decoded text."""
    if isinstance(source, bytes):
        return source.find(token.encode(), start, end)
    return source.find(token, start, end)


def _contains(source: bytes | str, token: str, start: int) -> bool:
    """Is `token` written in `source` from `start` on? (`find` from an offset: a slice would copy.)"""
    return _find(source, token, start) >= 0


def _could_match_in(source: bytes | str, start: int, template: Selectors) -> bool:
    """Could the template's `match` selector find an element from `start` on? Only if, for some
    alternative, the class or id its last step names is written there (a bare tag may match anywhere)."""
    if not template.match:
        return True
    for alternative in template.match.split(","):
        last = re.split(r"[\s>+~]+", alternative.strip())[-1]
        names = _SELECTOR_NAME_RE.findall(last)
        if not names or all(_contains(source, name, start) for name in names):
            return True
    return False


def _parse_tree(
    tree: LexborHTMLParser,
    source: bytes | str,
    url: str | None,
    site: str | None,
    templates: Sequence[Selectors],
    cut_for: list[Selectors] | None,
) -> Article:
    """Read the article from `tree`, built from `source` or, when `cut_for` is given, from the part of it
    before the `ends_before` marker of those templates: then any other outcome than one of them finding
    body text raises `_CutTooSoon`, and the caller reads the whole page."""
    if tree.body is None:
        raise NotAnArticle("page has no <body>")
    meta = generic.read_meta(tree, breadcrumb=False)  # read when the category needs it
    base = url or (meta.canonical if meta.canonical.startswith("http") else None)
    template = next((t for t in templates if _template_matches(tree, t)), None)
    if cut_for is not None and not any(template is t for t in cut_for):
        raise _CutTooSoon
    draft: _Draft | None = None
    profile = "generic"
    if template is not None:
        profile = f"{site}/{template.name}" if site else template.name
        draft = _from_template(tree, tree.body, template, base, meta)
        if template.decoder:
            text = source if isinstance(source, str) else source.decode("utf-8", "replace")
            fragment = _decoded_fragment(text, template, draft)
            if fragment is not None and fragment.body is not None:
                decoded = _from_template(fragment, fragment.body, _fragment_template(template), base, None)
                draft = _merge(decoded, draft)
        if not draft.paragraphs and cut_for is not None:
            raise _CutTooSoon
        if not draft.paragraphs and not template.decoder:
            draft.warnings.append(f"template {template.name!r} found no body text; used the generic parser")
            fallback = _from_generic(LexborHTMLParser(source), meta, base)
            fallback.warnings = draft.warnings
            draft, profile = fallback, "generic"
    else:
        draft = _from_generic(tree, meta, base)
    if draft.reject:
        raise NotAnArticle(draft.reject)
    return _assemble(draft, meta, url, site, profile, template)


def _fragment_template(template: Selectors) -> Selectors:
    """The decoded fragment is a bare run of h1/p elements: read it from its root."""
    from dataclasses import replace

    return replace(template, body="body", remove="", published="", modified="", category="", tags="")


def _merge(primary: _Draft, secondary: _Draft) -> _Draft:
    """Fields from the decoded fragment win; the page supplies what the fragment lacks."""
    for name in ("title", "lead", "published", "modified", "author", "category"):
        if not getattr(primary, name):
            setattr(primary, name, getattr(secondary, name))
    if not primary.paragraphs:
        primary.paragraphs = secondary.paragraphs
    primary.tags = primary.tags or secondary.tags
    primary.images = primary.images or secondary.images
    primary.warnings = secondary.warnings + primary.warnings
    return primary


def _assemble(
    draft: _Draft,
    meta: generic.Meta,
    url: str | None,
    site: str | None,
    profile: str,
    template: Selectors | None,
) -> Article:
    prefixes = template.lead_prefixes if template else ()
    title = draft.title or _clean_head_title(meta)
    lead = _strip_lead_prefix(draft.lead, prefixes) if draft.lead else ""
    paragraphs = [p for p in draft.paragraphs if p and not _PLACEHOLDER_RE.fullmatch(p)]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if lead and paragraphs:
        first = _strip_lead_prefix(paragraphs[0], prefixes)
        if first == lead or (draft.lead and paragraphs[0] == draft.lead):
            paragraphs = paragraphs[1:]
    if not lead:
        description = _strip_lead_prefix(meta.description, prefixes)
        if paragraphs and _strip_lead_prefix(paragraphs[0], prefixes) != paragraphs[0]:
            # A first paragraph carrying the site prefix ("PTĐT - …") is the sapo.
            lead = _strip_lead_prefix(paragraphs.pop(0), prefixes)
        elif description and not _PLACEHOLDER_RE.search(description):
            lead = description
    if _PLACEHOLDER_RE.search(title):
        title = ""
    lead = _RELATED_AFTER_RE.sub("", lead)
    byline = None
    for _ in range(2):  # a photo credit may follow the writer's byline: "H.V." then "Ảnh: Misso"
        found = _trailing_byline(paragraphs)
        if found is None:
            break
        paragraphs = paragraphs[:-1]  # a byline, not body text: its names are no one mentioned
        byline = found if byline is None or not byline[1] else byline
    body = "\n\n".join(paragraphs)
    if len(body) > MAX_FACT_CHARS:
        draft.warnings.append(
            f"body of {len(body):,} characters: facts are read from its first {MAX_FACT_CHARS:,} only"
        )
    if not body and not lead:
        raise NotAnArticle("page has neither body text nor a lead")
    if not body:
        raise NotAnArticle(
            "no body text found" + (f" ({'; '.join(draft.warnings)})" if draft.warnings else "")
        )
    published = parse_date(meta.published) if meta.published else None
    published = published or draft.published or None
    modified = (parse_date(meta.modified) if meta.modified else None) or draft.modified or None
    author = _clean_author(draft.author) or _clean_author(meta.author) or None
    if byline is not None and byline[1] and (author is None or _is_brand(author, url or meta.canonical)):
        author = byline[0]  # "Hoàng Hương" closing the body, where the page named no writer (or the site)
    category = meta.section or draft.category or (meta.breadcrumb[-1] if meta.breadcrumb else None)
    tags = _unique([generic.clean(t) for t in (meta.tags or draft.tags)])
    images = tuple(Image(src, caption) for src, caption in draft.images)
    if not images and meta.image:
        images = (Image(urljoin(url or meta.canonical or "", meta.image), None),)
    return Article(
        url=url or meta.canonical or None,
        site=site,
        title=title,
        lead=lead,
        body=body,
        published_at=published,
        modified_at=modified,
        author=author,
        category=category or None,
        tags=tags,
        images=images,
        profile=profile,
        warnings=tuple(draft.warnings),
    )
