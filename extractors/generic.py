"""The generic DOM parser: finds an article's text on a page no profile describes.

Stages, each cheap (selectolax does the tree work in C; Python touches only candidate nodes):
1. `read_meta`: `og:`/`article:` meta, JSON-LD `NewsArticle`, canonical link, breadcrumb and tag box,
   read before anything is removed.
2. `strip_boilerplate`: drop navigation, menus, breadcrumbs, share bars, comment forms, related and
   most-read boxes, ads and footers, found by tag and by class/id words.
3. `find_body`: score every paragraph-like block by its text length less its link text, credit its
   parent fully and its grandparent by half; the best-scored element is the article's text block.
4. `flatten`: walk the block in reading order into paragraphs and subheadings, skipping captions,
   figures and link lists; images with their captions are collected on the way.
5. `nearest_h1`, `find_date_line`, `find_lead`: the title, date and sapo closest to that block.
`listing_reason` says why a page whose best block looks like a list of teasers is not an article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeAlias
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "Block",
    "Meta",
    "caption_blocks",
    "clean",
    "collect_images",
    "fill_breadcrumb",
    "find_body",
    "find_date_line",
    "find_lead",
    "flatten",
    "listing_reason",
    "nearest_h1",
    "read_meta",
    "strip_boilerplate",
    "strip_junk",
    "widen",
]

Node: TypeAlias = LexborNode
_INVISIBLE_RE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


# Invisible characters and every whitespace character but the space (those `str.isspace` accepts).
_ODD_CHAR_RE = re.compile(
    "[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\u2060\ufeff\u00ad]"
)


def clean(text: str) -> str:
    """`normalize.clean_text`, several times as fast: `str.split` drops exactly the characters its `\\s`
    regex collapses (both use `str.isspace`). The parser calls it for every paragraph of every page, and
    most are clean already: one regex scan proves it, where splitting into words costs one object a word."""
    text = unicodedata.normalize("NFC", text).strip()
    # Every character `_ODD_CHAR_RE` matches is one `str.isprintable` rejects (a test checks all of Unicode),
    # and that C loop costs a tenth of the regex scan: most paragraphs are proved clean without the regex.
    if "  " not in text and (text.isprintable() or _ODD_CHAR_RE.search(text) is None):
        return text
    return " ".join(_INVISIBLE_RE.sub("", text).split())


_JUNK_TAGS = "script, style, noscript, iframe, svg, form, button, select, textarea, input, nav, aside, footer, template, object, embed, video, audio"
# Class/id fragments of page chrome (substring match, so "box-tinlienquan" and "social-share" both hit).
_CHROME_WORDS = (
    "menu",
    "breadcrumb",
    "navbar",
    "navigation",
    "share",
    "social",
    "comment",
    "binhluan",
    "binh-luan",
    "related",
    "relate-",
    "lienquan",
    "lien-quan",
    "mostread",
    "most-read",
    "mostview",
    "most-view",
    "xemnhieu",
    "xem-nhieu",
    "docnhieu",
    "doc-nhieu",
    "sidebar",
    "banner",
    "advert",
    "adsbygoogle",
    "quangcao",
    "quang-cao",
    "footer",
    "popup",
    "modal",
    "login",
    "newsletter",
    "tinkhac",
    "tin-khac",
    "other-news",
    "othernews",
    "readmore",
    "read-more",
    "xemthem",
    "xem-them",
    "toolbar",
    "rating",
    "tags",
    "keyword",
    "hotnews",
    "hot-news",
    "tin-moi",
    "tinmoi",
    "topnews",
    "top-news",
    "subscribe",
    "copyright",
    "bottom",
    "header",
    "sticky",
    "widget",
    "weather",
    "thoitiet",
    "box-video",
    "trending",
    "cungchuyenmuc",
    "cung-chuyen-muc",
    "samecate",
    "same-cate",
    "listnews",
    "list-news",
    "box-news",
)
_CHROME_SELECTOR = ", ".join(
    [f'[class*="{w}" i], [id*="{w}" i]' for w in _CHROME_WORDS]
    + ['[class~="nav" i]', '[id~="nav" i]', '[class~="ads" i]', '[class~="ad" i]', '[id^="ads" i]',
       '[id^="ad-" i]', '[class~="qc" i]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
       '[style*="display:none" i]', '[style*="display: none" i]', "header", '[aria-hidden="true"]']
)  # fmt: skip

# The same words as single tokens, for the cheap per-node test: class "box-tin-lien-quan" -> "tinlienquan".
_CHROME_TOKENS = frozenset(w.replace("-", "") for w in _CHROME_WORDS) | {
    "nav", "ads", "ad", "qc", "breadcrumbs", "comments", "sharing", "relatednews", "tinlienquan", "keywords",
    "tag", "advertisement", "mostviewed", "boxrelated", "relate",
}  # fmt: skip
_TOKEN_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_CAMEL_RE = re.compile(r"([a-z])([A-Z])")


@lru_cache(maxsize=4096)
def _chrome_words(words: str) -> bool:
    """Whether class/id words name page chrome: any token, or two or three adjacent tokens joined.

    Cached: a page repeats its class names on many nodes, a site on every page."""
    if not words.islower():  # camelCase words split ("relatedNews"); the substitution is the slow part
        words = _CAMEL_RE.sub(r"\1-\2", words)
    tokens = [t for t in _TOKEN_SPLIT_RE.split(words.lower()) if t]
    for i, token in enumerate(tokens):
        if token in _CHROME_TOKENS:
            return True
        if i + 1 < len(tokens):
            pair = token + tokens[i + 1]
            if pair in _CHROME_TOKENS or (i + 2 < len(tokens) and pair + tokens[i + 2] in _CHROME_TOKENS):
                return True
    return False


_HIDDEN_RE = re.compile(r"display\s*:\s*none", re.I)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "header",
        "footer",
        "pre",
        "dl",
        "dt",
        "dd",
        "hr",
        "center",
        "address",
        "details",
        "summary",
        "caption",
    ]
)
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "iframe",
        "svg",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "img",
        "video",
        "audio",
    ]
)
_CAPTION_RE = re.compile(
    r"caption|chuthich|chu-thich|desc|image|photo-?title|note-?img|expnc|img-?note", re.I
)
_CAPTION_CLASS_WORDS = ("caption", "chuthich", "chu-thich", "desc", "image", "phototitle", "photo-title",
                        "noteimg", "note-img", "expnc", "imgnote", "img-note")  # fmt: skip


@lru_cache(maxsize=4096)
def _caption_class(cls: str) -> bool:
    """`_CAPTION_RE.search(cls)`, cached (a template repeats its class names on every page), and
    several times as fast when computed on an ASCII name (nearly all are), where ignoring case is plain
    lower-casing and each word a substring test: the regex tries every alternative, case-folded, at
    every position."""
    if not cls.isascii():
        return bool(_CAPTION_RE.search(cls))
    return _caption_words(cls)


@lru_cache(maxsize=4096)
def _caption_words(cls: str) -> bool:
    """Whether `[class*="<word>" i]` matches for a caption word: CSS ignores ASCII case only, and
    `str.lower` turns no other character into an ASCII letter of these words."""
    cls = cls.lower()
    return any(word in cls for word in _CAPTION_CLASS_WORDS)


_CHROME_LINE_RE = re.compile(
    r"^(tin liên quan|xem thêm|đọc thêm|bài liên quan|chia sẻ|bình luận|ý kiến bạn đọc|gửi bình luận|"
    r"in bài|bản in|quay lại|về đầu trang|tags?|từ khóa|>>|\(xem tiếp\)|print|email|facebook|twitter)\s*:?\s*$",
    re.I,
)
# The same class words as a selector, so lexbor finds caption elements instead of Python testing each class.
_CAPTION_WORDS = ("caption", "chuthich", "chu-thich", "desc", "image", "phototitle", "photo-title", "noteimg",
                  "note-img", "expnc", "imgnote", "img-note")  # fmt: skip
_CAPTION_CSS = ", ".join(["figcaption", *(f'[class*="{w}" i]' for w in _CAPTION_WORDS)])
_BASE64_RUN_RE = re.compile(r"[A-Za-z0-9+/=]{120,}")


@dataclass
class Meta:
    """What the page says about itself in machine-readable form, read before any pruning."""

    title: str = ""
    headline: str = ""
    og_title: str = ""
    description: str = ""
    canonical: str = ""
    site_name: str = ""
    og_type: str = ""
    published: str = ""
    modified: str = ""
    author: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    image: str = ""
    breadcrumb: list[str] = field(default_factory=list)
    is_news_article: bool = False


@dataclass
class Block:
    """One paragraph of the flattened body, with the share of its text that sits in links."""

    text: str
    link_chars: int
    heading: bool = False
    node: Node | None = None


def _attr(node: Node, name: str) -> str:
    value = node.attributes.get(name)
    return value or ""


def _ld_objects(data: Any) -> list[dict[str, Any]]:
    """Every dict in a JSON-LD document, walking lists and @graph."""
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return out


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


_ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"}


def _read_json_ld(tree: LexborHTMLParser, meta: Meta) -> None:
    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True)
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # some CMSs leave raw newlines inside strings
                data = json.loads(re.sub(r"[\r\n\t]+", " ", raw))
            except ValueError:
                continue
        for obj in _ld_objects(data):
            kinds = obj.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & _ARTICLE_TYPES:
                meta.is_news_article = True
                meta.headline = meta.headline or clean(str(obj.get("headline") or ""))
                meta.published = meta.published or str(obj.get("datePublished") or "")
                meta.modified = meta.modified or str(obj.get("dateModified") or "")
                if not meta.author:
                    names = [clean(n) for n in _names(obj.get("author")) if clean(n)]
                    meta.author = ", ".join(dict.fromkeys(names))
                section = obj.get("articleSection")
                if isinstance(section, list):
                    section = section[0] if section else ""
                meta.section = meta.section or clean(str(section or ""))
                keywords = obj.get("keywords")
                if keywords and not meta.tags:
                    items = keywords if isinstance(keywords, list) else str(keywords).split(",")
                    meta.tags = [clean(str(k)) for k in items if clean(str(k))]
            elif "BreadcrumbList" in kinds and not meta.breadcrumb:
                items = obj.get("itemListElement") or []
                names = []
                for it in items if isinstance(items, list) else []:
                    if isinstance(it, dict):
                        name = (
                            it.get("name") or (it.get("item") or {}).get("name")
                            if isinstance(it.get("item"), dict)
                            else it.get("name")
                        )
                        if name:
                            names.append(clean(str(name)))
                meta.breadcrumb = names


def _meta_tags(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """Every <meta> content keyed by its lower-cased property, name or itemprop, in page order."""
    found: dict[str, list[str]] = {}
    for node in tree.tags("meta"):  # `css("meta[content]")` at a third of the cost; empty content is skipped
        attrs = node.attributes
        content = attrs.get("content")
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs.get(key)
            if name:
                found.setdefault(name.lower(), []).append(content)
    return found


def read_meta(tree: LexborHTMLParser, breadcrumb: bool = True) -> Meta:
    """Read og:, article:, itemprop and JSON-LD metadata, breadcrumb and tags, before pruning.

    `breadcrumb=False` leaves the DOM breadcrumb to `fill_breadcrumb`: its selector walks the whole
    tree (~3% of a page's parse), and a page whose section is known elsewhere never needs it."""
    meta = Meta()
    tags = _meta_tags(tree)

    def first(*keys: str) -> str:
        for key in keys:
            for value in tags.get(key, ()):
                value = clean(value)
                if value:
                    return value
        return ""

    head_title = tree.css_first("title")
    meta.title = clean(head_title.text()) if head_title else ""
    meta.og_title = first("og:title", "twitter:title")
    meta.description = first("og:description", "description", "twitter:description")
    meta.site_name = first("og:site_name")
    meta.og_type = first("og:type").lower()
    meta.image = first("og:image")
    link = tree.css_first('link[rel="canonical"]')
    meta.canonical = _attr(link, "href").strip() if link else ""
    if not meta.canonical.startswith("http"):
        meta.canonical = first("og:url")
    _read_json_ld(tree, meta)
    meta.published = meta.published or first(
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "og:article:published_time",
        "dc.date.issued",
        "article:published",
    )
    meta.modified = meta.modified or first("article:modified_time", "datemodified", "og:updated_time")
    if not meta.published or not meta.modified:
        # One prefix selector and an exact test here, not two selectors: lexbor walks the tree once per
        # alternative of a list. itemprop values are compared case-sensitively, as `[itemprop="…"]` does.
        for node in tree.css('[itemprop^="date"]'):
            prop = _attr(node, "itemprop")
            if prop != "datePublished" and prop != "dateModified":
                continue
            value = clean(_attr(node, "datetime") or _attr(node, "content") or node.text())
            if prop == "datePublished":
                meta.published = meta.published or value
            else:
                meta.modified = meta.modified or value
    if not meta.author:
        author = first("article:author", "dable:author")
        if author and not author.startswith("http") and len(author) < 60:
            meta.author = author
    meta.section = meta.section or first("article:section")
    if not meta.tags:
        values = [clean(t) for t in tags.get("article:tag", ())]
        if len(values) == 1 and "," in values[0]:
            values = values[0].split(",")
        if not values:
            news = first("news_keywords")
            values = news.split(",") if news else []
        meta.tags = [clean(t) for t in values if clean(t)]
    if breadcrumb:
        fill_breadcrumb(tree, meta)
    return meta


def fill_breadcrumb(tree: LexborHTMLParser, meta: Meta) -> None:
    """The breadcrumb's link texts from the DOM, when JSON-LD gave none; call it before any pruning."""
    if not meta.breadcrumb:
        crumb = tree.css_first('[class*="breadcrumb" i], [itemtype*="BreadcrumbList"]')
        if crumb is not None:
            meta.breadcrumb = [clean(a.text()) for a in crumb.css("a") if clean(a.text())]


def strip_junk(root: Node) -> None:
    """Remove scripts, forms, navigation, asides and footers; an element holding the page's h1 stays."""
    for node in root.css(_JUNK_TAGS):
        if node.tag in ("script", "style", "noscript", "template"):
            node.decompose()
        elif node.css_first("h1") is None and (node.tag != "form" or len(node.text(strip=True)) < 3000):
            node.remove()  # an ASP.NET page wraps everything in one <form>: that one stays


# Every element `_CHROME_SELECTOR` can match has one of these; the selector itself costs lexbor about
# as much as all its ~150 alternatives queried apart, this one a few, and Python tests the words.
_CHROME_CANDIDATES = "[class], [id], [role], [style], [aria-hidden], header"
_CSS_SPACE_RE = re.compile("[ \t\n\r\f]+")
_CHROME_EXACT = (("role", ("navigation", "banner", "contentinfo")), ("aria-hidden", ("true",)))


@lru_cache(maxsize=4096)
def _chrome_class_or_id(value: str, is_id: bool) -> bool:
    """`[class*=word i]` / `[id*=word i]` for a chrome word, `~=` for the token words, `^=` for the id
    prefixes, on an ASCII value (where ignoring case is lower-casing)."""
    lowered = value.lower()
    if any(word in lowered for word in _CHROME_WORDS):
        return True
    tokens = _CSS_SPACE_RE.split(lowered)
    if is_id:
        return "nav" in tokens or lowered.startswith(("ads", "ad-"))
    return "nav" in tokens or "ads" in tokens or "ad" in tokens or "qc" in tokens


def _chrome_match(node: Node) -> bool:
    """Whether `node` matches `_CHROME_SELECTOR`: decided in Python for ASCII values, by lexbor otherwise."""
    attrs = node.attributes
    sure = node.tag == "header"
    for name in ("class", "id", "style"):
        value = attrs.get(name)
        if not value or sure:
            continue
        if not value.isascii():
            return _root_matches(node, _CHROME_SELECTOR)
        if name == "style":
            lowered = value.lower()
            sure = "display:none" in lowered or "display: none" in lowered
        else:
            sure = _chrome_class_or_id(value, name == "id")
    if sure:
        return True
    for name, targets in _CHROME_EXACT:
        value = attrs.get(name)
        if value is None:
            continue
        if value in targets:
            return True
        if value.lower() in targets or not value.isascii():  # a case variant: lexbor's rule decides
            return _root_matches(node, _CHROME_SELECTOR)
    return False


def _root_matches(node: Node, selector: str) -> bool:
    """Whether `node` itself matches `selector` (a query from a node tries the node first)."""
    found = node.css_first(selector)
    return found is not None and found.mem_id == node.mem_id


def strip_boilerplate(root: Node) -> None:
    """Remove page chrome (menus, share bars, related boxes...) below `root`, never an element holding an h1."""
    seen: set[int] = set()
    chrome: list[Node] = []
    for node in root.css(_CHROME_CANDIDATES):  # `root.css(_CHROME_SELECTOR)`, in document order
        key = node.mem_id
        if key not in seen:
            seen.add(key)
            if _chrome_match(node):
                chrome.append(node)
    for node in chrome:
        if node.tag in ("html", "body", "main", "article", "h1") or node.css_first("h1") is not None:
            continue
        node.remove()


class _ChromeCache:
    """Whether a node sits inside page chrome, by the class/id words of its ancestors; cached per node."""

    def __init__(self) -> None:
        self.known: dict[int, bool] = {}
        self.within: dict[int, bool] = {}

    def own(self, node: Node) -> bool:
        key = node.mem_id
        hit = self.known.get(key)
        if hit is None:
            attrs = node.attributes
            words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            hit = bool(words.strip()) and _chrome_words(words)
            if not hit and node.tag == "header":
                hit = True
            if not hit:
                style = attrs.get("style") or ""
                hit = "none" in style and bool(_HIDDEN_RE.search(style))
            if hit and node.tag in ("html", "body", "main", "article"):
                hit = False
            if hit and node.css_first("h1") is not None:
                hit = False
            self.known[key] = hit
        return hit

    def inside(self, node: Node) -> bool:
        chain: list[Node] = []
        current: Node | None = node
        verdict = False
        while current is not None and current.tag not in ("body", "html"):
            known = self.within.get(current.mem_id)
            if known is not None:
                verdict = known
                break
            chain.append(current)
            current = current.parent
        for member in reversed(chain):
            verdict = verdict or self.own(member)
            self.within[member.mem_id] = verdict
        return verdict


def _text_and_links(node: Node) -> tuple[int, int]:
    text = len(node.text(deep=True, strip=True))
    links = sum(len(a.text(deep=True, strip=True)) for a in node.css("a"))
    return text, links


# Scored by their whole text; other blocks by their own text only. A figcaption is a paragraph of a
# photo story (a gallery whose only prose is the captions).
_PARAGRAPH_TAGS = frozenset(("p", "pre", "figcaption"))


def find_body(root: Node) -> tuple[Node | None, float]:
    """The element holding the most paragraph text (less link text), with its score."""
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    chrome = _ChromeCache()
    # Link text per paragraph, from one pass over the links inside paragraphs (a css("a") per
    # paragraph would cost more than all the rest of the scoring).
    linked: dict[int, int] = {}
    for link in root.css("p a, pre a, figcaption a"):
        size = len(link.text(deep=True, strip=True))
        parent = link.parent
        while size and parent is not None and parent.mem_id != root.mem_id:
            if parent.tag in _PARAGRAPH_TAGS:
                linked[parent.mem_id] = linked.get(parent.mem_id, 0) + size
            parent = parent.parent
    for node in root.css("p, pre, figcaption, blockquote, div, td, span, font, article, section"):
        tag = node.tag
        score: float
        if tag in _PARAGRAPH_TAGS:
            text, links = len(node.text(deep=True, strip=True)), linked.get(node.mem_id, 0)
            if text < 25 or links > 0.5 * text:
                continue
            score = text - links
        else:
            direct = node.text(deep=False, strip=True)
            if len(direct) < 40:
                continue
            score = len(direct)
        if chrome.inside(node):
            continue
        score = 1 + score / 100 + min(score, 400) / 50
        parent = node.parent
        weight = 1.0
        for _ in range(3):
            if parent is None or parent.tag in ("html", "body", None):
                break
            key = parent.mem_id
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + score * weight
            parent = parent.parent
            weight /= 2 if weight == 1.0 else 3
        if tag not in _PARAGRAPH_TAGS:
            key = node.mem_id
            nodes[key] = node
            scores[key] = scores.get(key, 0.0) + score
    if not scores:
        return None, 0.0
    best = max(scores, key=scores.__getitem__)
    return nodes[best], scores[best]


def widen(block: Node, levels: int = 4) -> Node:
    """The text block's ancestor when the article's prose is split across sibling wrappers.

    `find_body` credits a paragraph to three ancestors at most, so a photo story of one table or
    figure per picture, or a body cut into several divs, scores as its biggest piece. Climb while the
    parent adds at least half as much text again, most of it outside links, and is not page chrome.
    """
    node = widest = block
    text, links = _text_and_links(node)
    chrome = _ChromeCache()
    steps = 0
    while steps < levels:
        parent = node.parent
        if parent is None or parent.tag in ("body", "html") or chrome.own(parent):
            break
        ptext, plinks = _text_and_links(parent)
        added, added_links = ptext - text, plinks - links
        node = parent
        if added == 0:
            continue  # a bare wrapper (tbody, table, div): not a level
        steps += 1
        if added < 0.5 * max(1, text - links) or added_links > 0.3 * added:
            break
        widest, text, links = parent, ptext, plinks
    return widest


def _is_caption_node(node: Node) -> bool:
    cls = _attr(node, "class")
    return bool(cls) and _caption_class(cls)


def _is_caption_block(node: Node) -> bool:
    """A figure, a caption-classed element, or a small table wrapping an image and its caption."""
    if node.tag == "figure" or _is_caption_node(node):
        return True
    return node.tag == "table" and node.css_first("img") is not None and len(node.text(strip=True)) < 400


def caption_blocks(container: Node) -> set[int]:
    """Ids of the caption blocks `flatten` skips: figures, caption-classed elements, image tables.

    One pass over the classed elements (lexbor walks the tree once per selector alternative, so one
    `[class]` beats a dozen `[class*=…]`), computed once per container and shared by `flatten` calls.
    """
    ids: set[int] = set()
    for node in container.css("[class], figure, figcaption, table"):
        tag = node.tag
        if tag in ("figure", "figcaption"):
            ids.add(node.mem_id)
            continue
        cls = node.attrs.get("class")
        if (cls and _caption_class(cls)) or (tag == "table" and _is_caption_block(node)):
            ids.add(node.mem_id)
    return ids


def text_only_blocks(node: Node) -> list[Block] | None:
    """`flatten(node)` for an element whose one child is a text node (most paragraphs), or None for any
    other: no walk, no caption lookup, the same block."""
    child = node.child
    if child is None or child.next is not None or child.tag != "-text":
        return None
    value = child.text_content
    if not value or value.isspace():
        return []
    text = clean(value)
    return [Block(text, 0, False, None)] if text else []


def flatten(container: Node, skip_captions: bool = True, captions: set[int] | None = None) -> list[Block]:
    """The container's text as paragraphs in reading order; block tags and <br> end a paragraph.

    Runs once per node of the text block, so it stays lean: the caption blocks to skip are looked up
    by id (`captions`, from `caption_blocks`, computed here when not given).
    """
    blocks: list[Block] = []
    parts: list[str] = []
    state: list[Any] = [0, None]  # link characters and first node of the paragraph being read
    if not skip_captions:
        captions = set()
    elif captions is None:
        captions = caption_blocks(container)

    def flush(heading: bool = False) -> None:
        if parts:
            text = "".join(parts)
            parts.clear()
            if not text.isspace():
                text = clean(text)
                if text:
                    blocks.append(Block(text, state[0], heading, state[1]))
        state[0] = 0
        state[1] = None

    def walk(node: Node, in_link: bool) -> None:
        # `flush()` on an empty paragraph only resets `state`: done inline, as most block tags open and
        # close with nothing pending.
        child = node.child
        while child is not None:
            tag = child.tag or "-"
            if tag == "-text":
                value = child.text_content
                if value:
                    parts.append(value)
                    if in_link:
                        state[0] += len(value.strip())
            elif tag[0] == "-" or tag in _SKIP_TAGS:
                pass
            elif tag == "br" or (captions and child.mem_id in captions):
                if parts:
                    flush()
                else:
                    state[0], state[1] = 0, None
            elif tag in _BLOCK_TAGS:
                if parts:
                    flush()
                state[0] = 0
                state[1] = child
                walk(child, in_link)
                if parts:
                    flush(heading=tag in _HEADINGS)
                else:
                    state[0], state[1] = 0, None
            else:
                if state[1] is None:
                    state[1] = child
                walk(child, in_link or tag == "a")
            child = child.next

    walk(container, False)
    flush()
    return blocks


def keep_block(block: Block) -> bool:
    """Whether a flattened paragraph is article text rather than a link list, chrome line or blob."""
    text = block.text
    if _CHROME_LINE_RE.match(text):
        return False
    if block.link_chars > 0.6 * len(text):
        return False
    return not _has_base64_run(text)


def _has_base64_run(text: str) -> bool:
    """`_BASE64_RUN_RE.search(text)`, asked only when some 120 characters in a row hold no space: the
    regex restarts at every character of every word, which costs more than the rest of the page's
    paragraph filtering, while `rfind` steps over prose a window at a time."""
    start, size = 0, len(text)
    while start + 120 <= size:
        space = text.rfind(" ", start, start + 120)
        if space < 0:
            return _BASE64_RUN_RE.search(text) is not None
        start = space + 1
    return False


def _image_src(img: Node) -> str:
    """The image's real address (lazy-load attributes first), or "" for icons, spacers and inline data."""
    src = ""
    attrs = img.attributes
    for name in ("data-src", "data-original", "data-lazy-src", "data-srcset", "src"):
        value = (attrs.get(name) or "").strip()
        if value and not value.startswith("data:"):
            src = value.split(",")[0].split(" ")[0] if name.endswith("srcset") else value
            break
    if not src or src.lower().endswith(".svg"):
        return ""
    width = attrs.get("width") or ""
    if width.isdigit() and int(width) < 60:
        return ""
    return src


# Elements named as captions on pages without a profile, for pairing with the images before them.
_GENERIC_CAPTIONS = (
    'figcaption, [class*="caption" i], [class*="chuthich" i], [class*="chu-thich" i], '
    '[class*="img-note" i], [class*="note-img" i], [class*="expnc" i]'
)


# A list of compound selectors (tags, classes, ids): no combinator or pseudo-class that looks outside.
_COMPOUND_LIST_RE = re.compile(r"[\w.#*-]+(?:\s*,\s*[\w.#*-]+)*")


class _CaptionMatches:
    """A caption selector's matches in the text block, looked up once and shared.

    `box.css(selector)` for a box inside the block lists the block's matches that are the box or lie
    inside it, in the same document order: for a plain list of compound selectors those are found
    here from one query, where a query per box costs lexbor a selector parse and a fresh pool each
    (several per image)."""

    def __init__(self, container: Node, selector: str) -> None:
        self.container = container
        self.selector = selector
        self._compound = _COMPOUND_LIST_RE.fullmatch(selector) is not None
        self._nodes: list[Node] | None = None
        self._scopes: list[tuple[Node, set[int]]] | None = None

    def nodes(self) -> list[Node]:
        """`container.css(selector)`."""
        if self._nodes is None:
            self._nodes = self.container.css(self.selector)
        return self._nodes

    def inside(self, box: Node) -> list[Node]:
        """`box.css(selector)` for a box below the container."""
        if not self._compound:
            return box.css(self.selector)
        if self._scopes is None:
            stop = self.container.mem_id
            self._scopes = []
            for node in self.nodes():
                ids = {node.mem_id}
                parent = node.parent
                while parent is not None and parent.mem_id != stop:
                    ids.add(parent.mem_id)
                    parent = parent.parent
                self._scopes.append((node, ids))
        key = box.mem_id
        return [node for node, ids in self._scopes if key in ids]


def _pair_captions(
    container: Node, caption_matches: _CaptionMatches, images: list[tuple[Node, str]]
) -> tuple[dict[int, str], set[int]]:
    """Captions matched by `caption_selector`, each given to the run of images just before it.

    Many CMSs put the caption in the element after the image's own (`<p><img></p><p class="caption">`),
    or one caption after a row of pictures, so no ancestor of the image holds it. A caption goes to the
    images since the last caption or text paragraph, in document order; a caption that wraps its own
    image is left to the ancestor rule. Returns captions by image node id and the ids of the caption
    elements spent (every one after the first image), which the ancestor rule must not hand out again.
    """
    by_image: dict[int, str] = {}
    used: set[int] = set()
    if not images:
        return by_image, used
    captions = {n.mem_id for n in caption_matches.nodes()}
    if not captions:
        return by_image, used
    caption_selector = caption_matches.selector
    real = {img.mem_id for img, _ in images}
    nodes = container.css(f"img, p, h2, h3, {caption_selector}")
    holders: set[int] = set()  # elements with an image inside
    stop = container.mem_id
    for node in nodes:
        if node.tag == "img":
            parent = node.parent
            while parent is not None and parent.mem_id != stop and parent.mem_id not in holders:
                holders.add(parent.mem_id)
                parent = parent.parent
    run: list[Node] = []
    after_image = False
    for node in nodes:
        tag = node.tag
        if tag == "img":
            if node.mem_id in real:
                run.append(node)
                after_image = True
            continue
        if node.mem_id in holders:
            continue
        if node.mem_id not in captions:
            if tag != "p" or node.text(strip=True):
                run = []  # text between an image and a later caption: that caption is not the image's
            continue
        text = clean(node.text())
        if after_image:
            used.add(node.mem_id)  # a caption after text belongs to no image, not to one further up
        if run and text:
            # The caption's nearest image, and those before it that share its smallest common box
            # (a row of pictures with one caption), never one boxed apart with a caption cell of its own.
            box = _common_ancestor(run[-1], node)
            for image in run:
                if image is run[-1] or box in _ancestor_ids(image):
                    by_image[image.mem_id] = text
            run = []
    return by_image, used


def _ancestor_ids(node: Node) -> set[int]:
    ids: set[int] = set()
    parent = node.parent
    while parent is not None:
        ids.add(parent.mem_id)
        parent = parent.parent
    return ids


def _common_ancestor(a: Node, b: Node) -> int:
    """The node id of the smallest element holding both `a` and `b`."""
    above_a = _ancestor_ids(a)
    parent = b.parent
    while parent is not None and parent.mem_id not in above_a:
        parent = parent.parent
    return parent.mem_id if parent is not None else 0


def collect_images(
    container: Node, base: str | None, caption_selector: str = ""
) -> list[tuple[str, str | None]]:
    """Absolute image URLs in the container, each with its caption.

    Captions (the profile's `caption_selector`, else elements named as captions) are paired with the
    images just before them in document order; an image left without one takes the caption of its
    figure, table or wrapper.
    """
    images = [(img, _image_src(img)) for img in container.css("img")]
    images = [(img, src) for img, src in images if src]
    caption_matches = _CaptionMatches(container, caption_selector or _GENERIC_CAPTIONS)
    paired, used = _pair_captions(container, caption_matches, images)
    box_captions = caption_matches if caption_selector else None
    seen: dict[str, str | None] = {}
    boxes: dict[int, Node | None] = {}  # what each ancestor level offers, shared by the images below it
    for img, src in images:
        src = _absolute(base, src) if base else src
        if src.startswith("//"):
            src = "https:" + src
        if src in seen:
            continue
        caption = paired.get(img.mem_id)
        if caption is None:
            caption = _caption_for(img, container.mem_id, box_captions, used, boxes)
        seen[src] = caption
    return list(seen.items())


def _absolute(base: str, src: str) -> str:
    """`urljoin(base, src)`; a plain absolute http(s) address is returned as it is, which is what
    urljoin gives for it, without its cost (a few microseconds per image, pages carry dozens)."""
    if src.startswith(("https://", "http://")) and not any(c in src for c in ";#\t\r\n") and src[-1] != "?":
        return src
    return urljoin(base, src)


def _box_caption(node: Node, captions: _CaptionMatches | None, used: set[int]) -> Node | None:
    found = None
    if node.tag == "figure":
        found = node.css_first("figcaption")
    if found is None and captions is not None:
        found = next((c for c in captions.inside(node) if c.mem_id not in used), None)
    if found is None and node.tag in ("table", "figure", "div"):
        # `_CAPTION_CSS` matched in Python: one cheap selector instead of thirteen substring tests a node.
        for cand in node.css("figcaption, [class]"):
            if cand.tag != "figcaption" and not _caption_words(cand.attrs.get("class") or ""):
                continue
            if cand.mem_id not in used and cand.css_first("img") is None:
                return cand
    return found


def _caption_for(
    img: Node, stop: int, captions: _CaptionMatches | None, used: set[int], boxes: dict[int, Node | None]
) -> str | None:
    """The caption in the image's figure, table or wrapper (up to four levels up, inside the text block
    `stop`) not spent on another image."""
    node = img.parent
    for _ in range(4):
        if node is None or node.mem_id == stop or node.tag in ("body", "html"):
            return None
        key = node.mem_id
        if key in boxes:
            found = boxes[key]
        else:
            found = boxes[key] = _box_caption(node, captions, used)
        if found is not None:
            text = clean(found.text())
            return text or None
        node = node.parent
    return None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def similar(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other (0..1)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


_TITLE_PARTS_RE = re.compile(r"\s+[-|–—»]\s+")


def nearest_h1(container: Node, reference: str = "") -> str:
    """The h1 closest above the text block in the tree; with several, the one most like `reference`.

    When no such h1 reads like the headline that opens `reference` (the <title> "Headline - Section |
    Site"), an h1 that is the site's logo loses to an h2/h3 nearby that does: old templates put the
    headline in a lesser heading.
    """
    headline = _TITLE_PARTS_RE.split(reference, maxsplit=1)[0] if reference else ""
    node: Node | None = container
    for _ in range(12):
        if node is None:
            break
        heads = [clean(h.text()) for h in node.css("h1")]
        heads = [h for h in heads if len(h) > 3]
        if heads:
            if len(headline) >= 15 and all(similar(h, headline) < 0.5 for h in heads):
                lesser = [clean(h.text()) for h in node.css("h2, h3")]
                lesser = [h for h in lesser if len(h) >= 0.6 * len(headline) and similar(h, headline) >= 0.8]
                if lesser:
                    return max(lesser, key=lambda h: similar(h, headline))
            if reference:
                best = max(heads, key=lambda h: similar(h, reference))
                if similar(best, reference) >= 0.5:
                    return best
            return heads[0]
        node = node.parent
    return ""


_DATE_SELECTOR = (
    "time, [class*='date' i], [class*='time' i], [class*='publish' i], [class*='ngay' i], "
    "[id*='date' i], [class*='meta' i], [class*='post-info' i]"
)
_DATE_TEXT_RE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng")


def find_date_line(root: Node, container: Node | None = None) -> str:
    """The text of the first element near the article that reads like a date line."""
    scopes: list[Node] = []
    node = container.parent if container is not None else None
    for _ in range(4):
        if node is None:
            break
        scopes.append(node)
        node = node.parent
    scopes.append(root)
    for scope in scopes:
        for cand in scope.css(_DATE_SELECTOR)[:40]:
            value = _attr(cand, "datetime") or cand.text(strip=True)
            if len(value) < 80 and _DATE_TEXT_RE.search(value):
                return value
    return ""


_LEAD_SELECTOR = (
    "[class*='sapo' i], [class*='lead' i], [class*='summary' i], [class*='description' i], "
    "[class*='chapeau' i], [class*='excerpt' i], [class*='intro' i], [itemprop='description'], h2"
)


def find_lead(container: Node, description: str = "", title: str = "") -> Node | None:
    """The sapo element sitting beside or at the top of the text block.

    Teaser headlines (text mostly inside a link) and the headline itself are never the sapo; among the
    candidates, the one that reads like the page's meta description wins, else the first.
    """
    node: Node | None = container
    first: Node | None = None
    for _ in range(3):
        if node is None:
            break
        for cand in node.css(_LEAD_SELECTOR)[:20]:
            if cand.tag == "meta":
                continue
            text = cand.text(strip=True)
            if 40 <= len(text) <= 1200 and cand.mem_id != container.mem_id and cand.css_first("p p") is None:
                if container.css_first("*") is not None and _contains(cand, container):
                    continue
                if sum(len(a.text(strip=True)) for a in cand.css("a")) > 0.5 * len(text):
                    continue
                if title and len(text) < 1.3 * len(title) and similar(text, title) >= 0.8:
                    continue
                if not description or similar(text, description) >= 0.6:
                    return cand
                first = first or cand
        node = node.parent
    return first


def _contains(outer: Node, inner: Node) -> bool:
    node: Node | None = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def listing_reason(blocks: list[Block], container: Node | None) -> str | None:
    """Why the text block is not an article (too little text, or a list of teaser links), else None."""
    kept = [b for b in blocks if keep_block(b) and not b.heading]
    chars = sum(len(b.text) for b in kept)
    if container is None or chars < 250:
        return f"no article text found ({chars} characters of paragraphs)"
    total = sum(len(b.text) for b in blocks)
    links = sum(b.link_chars for b in blocks)
    if total and links / total > 0.45:
        return f"text block is mostly links ({links * 100 // total}% link text): a listing page"
    teaser_links = [a for a in container.css("a") if len(a.text(strip=True)) >= 30]
    if len(teaser_links) >= 12 and len(kept) and chars / max(1, len(teaser_links)) < 250:
        return f"text block holds {len(teaser_links)} headline links: a listing page"
    return None
