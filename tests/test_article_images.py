"""Images and their captions: a caption is paired with the images just before it in document order."""

from __future__ import annotations

from extractors import Image, Selectors, parse_article

TEXT = "".join(
    f"<p class='body'>Đoạn văn thứ {i} kể về phong trào thi đua ở xã, với nhiều chi tiết cụ thể.</p>"
    for i in range(6)
)
TEMPLATE = Selectors(
    name="t", title="h1", body="#content", paragraphs="p.body", captions="p.cap, figcaption, td.cap"
)


def images(body: str, templates: tuple[Selectors, ...] = (TEMPLATE,)) -> tuple[Image, ...]:
    html = f"<html><body><h1>Tiêu đề bài viết</h1><div id='content'>{TEXT}{body}{TEXT}</div></body></html>"
    return parse_article(html, url="https://example.vn/a.htm", site="example.vn", templates=templates).images


def test_caption_in_the_paragraph_after_the_image_paragraph() -> None:
    body = (
        "<p class='body'><img src='/a.jpg'></p><p class='cap'>Ảnh thứ nhất.</p>"
        "<p class='body'>Một đoạn văn xen giữa hai ảnh của bài.</p>"
        "<p class='body'><img src='/b.jpg'></p><p class='cap'>Ảnh thứ hai.</p>"
    )
    assert images(body) == (
        Image("https://example.vn/a.jpg", "Ảnh thứ nhất."),
        Image("https://example.vn/b.jpg", "Ảnh thứ hai."),
    )


def test_the_same_layout_without_a_profile() -> None:
    body = (
        "<p><img src='/a.jpg'></p><p class='pCaption'>Ảnh thứ nhất.</p>"
        "<p><img src='/b.jpg'></p><p class='pCaption'>Ảnh thứ hai.</p>"
    )
    assert images(body, ()) == (
        Image("https://example.vn/a.jpg", "Ảnh thứ nhất."),
        Image("https://example.vn/b.jpg", "Ảnh thứ hai."),
    )


def test_one_caption_under_a_row_of_pictures_goes_to_each() -> None:
    body = (
        "<div><figure><img src='/a.jpg'></figure><figure><img src='/b.jpg'></figure>"
        "<figcaption>Hai ảnh, một chú thích.</figcaption></div>"
    )
    assert images(body) == (
        Image("https://example.vn/a.jpg", "Hai ảnh, một chú thích."),
        Image("https://example.vn/b.jpg", "Hai ảnh, một chú thích."),
    )


def test_an_image_boxed_apart_or_followed_by_text_keeps_no_caption() -> None:
    body = (
        "<table><tr><td><img src='/a.jpg'></td></tr><tr><td></td></tr></table>"
        "<table><tr><td><img src='/b.jpg'></td></tr><tr><td class='cap'>Ảnh b.</td></tr></table>"
        "<p class='body'><img src='/c.jpg'></p><p class='body'>Văn bản sau ảnh c, không phải chú thích.</p>"
        "<p class='cap'>Chú thích lạc.</p>"
    )
    assert images(body) == (
        Image("https://example.vn/a.jpg", None),
        Image("https://example.vn/b.jpg", "Ảnh b."),
        Image("https://example.vn/c.jpg", None),
    )


def test_photo_story_text_in_figcaptions_without_a_profile() -> None:
    figures = "".join(
        f"<div class='row'><figure><img src='/{i}.jpg'></figure><figcaption>Chú thích ảnh số {i}, "
        "kể lại một đoạn của câu chuyện bằng hình, đủ dài để là văn bản của bài.</figcaption></div>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Chuyện ảnh - Báo</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
        f"<h1>Chuyện ảnh</h1><div class='article'>{figures}</div></body></html>"
    )
    article = parse_article(html, url="https://example.vn/a.htm")
    assert article.warnings == ("photo story: the body is made of the image captions",)
    assert article.body.split("\n\n")[0].startswith("Chú thích ảnh số 0, kể lại")
    assert len(article.body.split("\n\n")) == 6
    assert article.images[5] == Image("https://example.vn/5.jpg", article.body.split("\n\n")[5])


def test_a_profiles_caption_selector_also_holds_where_the_body_is_read_without_a_paragraph_selector() -> None:
    """A template with no paragraph selector reads its body with the generic walk, which skipped only
    figures and caption-classed elements; the profile's own caption selector ("div[style*=center]" on an
    old CMS) now leaves the body too, and captions its image."""
    template = Selectors(
        name="t", title="h1", body="#content", paragraphs="", captions="div[style*='center']"
    )
    text = "".join(
        f"<div>Đoạn văn thứ {i} kể về phiên tòa phúc thẩm ở tỉnh, với nhiều chi tiết.</div>" for i in range(6)
    )
    html = (
        f"<html><body><h1>Tiêu đề bài viết</h1><div id='content'>{text}"
        "<div style='TEXT-ALIGN: center'><img src='/t.gif'></div>"
        "<div style='TEXT-ALIGN: center'><span>Đặng Văn Trung trong phiên phúc thẩm</span></div>"
        f"{text}</div></body></html>"
    )
    article = parse_article(html, url="https://nld.com.vn/a.htm", site="nld.com.vn", templates=(template,))
    assert article.images == (Image("https://nld.com.vn/t.gif", "Đặng Văn Trung trong phiên phúc thẩm"),)
    assert "phiên phúc thẩm" not in article.body.replace("phiên tòa phúc thẩm", "")
