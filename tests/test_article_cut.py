"""A template's `ends_before` markers: the parser builds the tree only from the page before them.

The cut is a speed-up, not a change of output, as long as each marker starts after everything its
template reads and outside its body element: every shipped marker is checked for both against every
fixture page. Whatever the markers, a page where the cut loses the article, where the rest holds
metadata, or where the rest could match an earlier template is read whole.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extractors import NotAnArticle, Selectors, parse_article
from scraper.profiles import all_profiles, parse_profile

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and ".htm" in p.name)
CUT_PROFILES = [p for p in all_profiles() if any(t.ends_before for t in p.templates)]

TEMPLATE = Selectors(
    name="t",
    match="div.story",
    title="h1",
    body="div.story",
    paragraphs="p",
    tags="div.tags a",
    ends_before=('<div class="comments"',),
)


def _page(head: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>T</title>{head}</head><body><h1>Tiêu đề bài</h1>"
        '<div class="story"><p>Đoạn một của bài viết.</p><p>Đoạn hai của bài viết.</p></div>'
        f'<div class="comments"><p>Bình luận của bạn đọc.</p></div>{after}</body></html>'
    )


def _parsed(data: bytes, templates: tuple[Selectors, ...], site: str) -> dict | str:
    try:
        return parse_article(data, site=site, templates=templates).to_dict()
    except NotAnArticle as exc:
        return f"NotAnArticle: {exc}"


def test_shipped_profiles_use_the_cut() -> None:
    assert len(CUT_PROFILES) >= 15


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_marker_starts_after_everything_its_template_reads(path: Path) -> None:
    data = path.read_bytes()
    for profile in CUT_PROFILES:
        whole = tuple(replace(t, ends_before=()) for t in profile.templates)
        assert _parsed(data, profile.templates, profile.name) == _parsed(data, whole, profile.name), (
            profile.name
        )


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_marker_sits_outside_its_templates_body(path: Path) -> None:
    # A marker inside the body element would end the body wherever an editor places that box mid-text.
    from selectolax.lexbor import LexborHTMLParser

    data = path.read_bytes()
    tree = LexborHTMLParser(data)
    for profile in CUT_PROFILES:
        for template in profile.templates:
            if not template.ends_before or not template.match or tree.css_first(template.match) is None:
                continue
            body = tree.css_first(template.body)
            inside = [m for m in template.ends_before if body is not None and m in (body.html or "")]
            assert inside == [], (profile.name, template.name)


def test_metadata_after_the_marker_keeps_the_whole_page() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-01T08:00:00+07:00"}</script>'
    article = parse_article(_page(after=ld).encode(), templates=(TEMPLATE,))
    assert article.published_at == "2024-05-01T08:00:00+07:00"


def test_a_cut_an_earlier_template_could_match_after_is_not_trusted() -> None:
    # "first" comes first in the profile and matches only an element after "t"'s marker: read whole, the
    # page is "first"'s, and so it must stay.
    first = Selectors(name="first", match="div.late", body="div.story", paragraphs="p")
    page = _page(after='<div class="late"></div>').encode()
    assert parse_article(page, templates=(first, TEMPLATE)).profile == "first"


def test_nothing_after_the_marker_is_read() -> None:
    # Tags placed after the marker are out of the tree the template reads (a marker placed there would
    # fail the fixture test above).
    after = '<div class="tags"><a href="/t">Nông thôn mới</a></div>'
    cut = parse_article(_page(after=after).encode(), templates=(TEMPLATE,))
    whole = parse_article(_page(after=after).encode(), templates=(replace(TEMPLATE, ends_before=()),))
    assert cut.body == whole.body == "Đoạn một của bài viết.\n\nĐoạn hai của bài viết."
    assert (cut.tags, whole.tags) == ((), ("Nông thôn mới",))


def test_a_marker_met_before_the_article_falls_back_to_the_whole_page() -> None:
    # The marker's text also sits in a script in the head: cutting there leaves no story at all.
    head = "<script>var box = '<div class=\"comments\"';</script>"
    article = parse_article(_page(head=head).encode(), templates=(TEMPLATE,))
    assert article.profile == "t"
    assert article.body == "Đoạn một của bài viết.\n\nĐoạn hai của bài viết."
    assert "Bình luận" not in article.body


def test_a_cut_owned_by_another_template_is_not_trusted() -> None:
    # Template "other" has the earliest marker, but the page is template "t"'s: the whole page is read
    # with "t", not the shortened one.
    other = Selectors(name="other", match="div.other", body="div.other", ends_before=("<h1>",))
    article = parse_article(_page().encode(), templates=(other, TEMPLATE))
    assert article.profile == "t"
    assert article.title == "Tiêu đề bài"


def test_the_cut_applies_to_text_sources_too() -> None:
    # A page declared windows-1258 goes to the parser as decoded text, and is cut the same way.
    page = _page(head='<meta charset="windows-1258">', after='<div class="tags"><a href="/t">Tag</a></div>')
    ascii_page = page.replace("Đoạn", "Doan").replace("một", "mot").replace("của bài viết", "cua bai viet")
    article = parse_article(ascii_page.encode("ascii", "ignore"), templates=(TEMPLATE,))
    assert article.body.startswith("Doan mot cua bai viet.")
    assert article.tags == ()
    whole = parse_article(
        ascii_page.encode("ascii", "ignore"), templates=(replace(TEMPLATE, ends_before=()),)
    )
    assert whole.tags == ("Tag",)


def test_an_obfuscated_blob_after_the_marker_is_still_decoded() -> None:
    # The blob's decoder reads the whole page, not the shortened tree.
    path = FIXTURES / "baophutho" / "baophutho-current-obfuscated-script-k204.html"
    data = path.read_bytes()
    from scraper.profiles import load_profile

    profile = load_profile("baophutho.vn")
    marker = '<section class="comment"'
    assert data.find(marker.encode()) < data.find(b"<script", data.find(marker.encode()))
    cut = tuple(replace(t, ends_before=(marker,)) for t in profile.templates)
    with_cut = parse_article(data, site=profile.name, templates=cut)
    assert with_cut.to_dict() == parse_article(data, site=profile.name, templates=profile.templates).to_dict()
    assert len(with_cut.body) > 500


def test_profiles_accept_one_marker_or_a_list() -> None:
    base = {"name": "x.vn", "hosts": ["x.vn"]}
    one = parse_profile({**base, "templates": [{"name": "a", "ends_before": "<footer"}]})
    many = parse_profile({**base, "templates": [{"name": "a", "ends_before": ["<footer", "<aside"]}]})
    assert one.templates[0].ends_before == ("<footer",)
    assert many.templates[0].ends_before == ("<footer", "<aside")
