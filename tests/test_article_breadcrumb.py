"""The breadcrumb names the category when nothing else does, even where the parser prunes it away.

`parse_article` reads the DOM breadcrumb only when the page's meta and the template give no section,
so the lookup must still happen before the template's `remove` (or the generic pruning) drops it.
"""

from __future__ import annotations

from extractors import parse_article
from extractors.article import Selectors

PROSE = " ".join(["Đoạn văn bản dài của bài báo để đủ độ dài cho trình phân tích."] * 8)


def _page(section_meta: str = "", nav: bool = True) -> str:
    crumb = '<nav><div class="breadcrumb"><a href="/">Trang chủ</a><a href="/kinh-te">Kinh tế</a></div></nav>'
    return f"""<html><head><title>Tiêu đề bài báo thử nghiệm - Báo</title>{section_meta}</head><body>
{crumb if nav else ""}<div id="main"><div class="crumbs breadcrumb"><a href="/">Trang chủ</a>
<a href="/xa-hoi">Xã hội</a></div><h1>Tiêu đề bài báo thử nghiệm</h1><p>{PROSE}</p><p>{PROSE}</p></div>
</body></html>"""


TEMPLATE = Selectors(name="t", title="h1", body="#main", paragraphs="p", remove="nav, .breadcrumb")


def test_template_path_reads_breadcrumb_before_removing_it() -> None:
    article = parse_article(_page(nav=False), site="example.vn", templates=[TEMPLATE])
    assert article.profile == "example.vn/t"
    assert article.category == "Xã hội"


def test_template_category_wins_over_breadcrumb() -> None:
    template = Selectors(
        name="t", title="h1", body="#main", paragraphs="p", category="h1", remove=".breadcrumb"
    )
    article = parse_article(_page(), site="example.vn", templates=[template])
    assert article.category == "Tiêu đề bài báo thử nghiệm"


def test_meta_section_wins_over_breadcrumb() -> None:
    page = _page('<meta property="article:section" content="Thể thao">')
    assert parse_article(page, site="example.vn", templates=[TEMPLATE]).category == "Thể thao"
    assert parse_article(page).category == "Thể thao"


def test_generic_path_reads_breadcrumb_before_pruning() -> None:
    article = parse_article(_page())
    assert article.profile == "generic"
    assert article.category == "Kinh tế"
