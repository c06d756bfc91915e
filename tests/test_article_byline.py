"""A byline or photo credit closing the body, a paragraph of its own, is no body text: it leaves the body,
names the author when the page named none (or only the site), and yields no person mentioned."""

from __future__ import annotations

import pytest

from extractors import extract_facts, parse_article

TEXT = [
    "Ban Dân vận Huyện ủy Cẩm Khê phối hợp với Công an huyện triển khai nhiều mô hình hay ở cơ sở.",
    "Đến nay, toàn huyện có 97/285 khu dân cư đạt danh hiệu khu dân cư an toàn về an ninh trật tự.",
    "Các xã đã thành lập 2.887 ban an ninh trật tự, 16.628 tổ liên gia tự quản và nhiều tổ hòa giải ở cơ sở.",
    "Nhân dân tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, tố giác tội phạm, giữ gìn bình yên.",
    "Thời gian tới, huyện tiếp tục nhân rộng các mô hình dân vận khéo, phát huy vai trò của người có uy tín.",
]


def _page(*paragraphs: str, author_meta: str = "") -> bytes:
    meta = f'<meta property="article:author" content="{author_meta}">' if author_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>Để phong trào đứng vững</title>{meta}</head>"
        f"<body><article><h1>Để phong trào đứng vững</h1>{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "closing, author",
    [
        ("Hoàng Hương", "Hoàng Hương"),
        ("Quang Phong - Tùng Nguyên", "Quang Phong - Tùng Nguyên"),
        ("Tin, ảnh: P.Y", "P.Y"),
        ("Bài và ảnh: Vũ Phương Thảo", "Vũ Phương Thảo"),
        ("K. Miên", "K. Miên"),
        ("Hoàng Hương.", "Hoàng Hương"),  # the full stop is no part of the name
        ("Ảnh: Misso", None),  # a photographer, not the writer
    ],
)
def test_a_closing_byline_leaves_the_body_and_names_the_author(closing: str, author: str | None) -> None:
    article = parse_article(_page(*TEXT, closing), url="https://baophutho.vn/bai-1.htm")
    assert article.body == "\n\n".join(TEXT)
    assert article.author == author


@pytest.mark.parametrize(
    "closing",
    [
        "Chúc các bạn may mắn nha.",
        "Theo Doanh nghiệp và Tiếp thị",
        "Tải thêm tin",
        "Ông Nguyễn Văn An phát biểu.",
        # short and capitalised, yet no byline
        "Anh ấy đã ổn.",
        "Đã ở đó",
        "Ừ, được.",
        "Việt Nam",
        "Theo TTXVN",
        "KẾT LUẬN",
        "Chúc Mừng Năm Mới",
    ],
)
def test_a_closing_sentence_stays_in_the_body(closing: str) -> None:
    article = parse_article(_page(*TEXT, closing), url="https://baophutho.vn/bai-1.htm")
    assert article.body.endswith(closing) and article.author is None


def test_a_writer_in_the_byline_replaces_the_sites_name_but_not_a_named_author() -> None:
    page = _page(*TEXT, "Lê Phương", author_meta="VnExpress")
    assert parse_article(page, url="https://vnexpress.net/bai-1.html").author == "Lê Phương"
    page = _page(*TEXT, "Lê Phương", author_meta="Đoàn Loan")
    assert parse_article(page, url="https://vnexpress.net/bai-1.html").author == "Đoàn Loan"


def test_a_photo_credit_after_the_writers_byline_goes_too() -> None:
    article = parse_article(_page(*TEXT, "H.V.", "Ảnh: Misso"), url="https://ngoisao.net/bai-1.htm")
    assert article.body == "\n\n".join(TEXT) and article.author == "H.V."


def test_the_byline_is_no_person_mentioned() -> None:
    article = parse_article(_page(*TEXT, "Anh Dũng"), url="https://baolaocai.vn/bai-1.htm")
    facts = extract_facts(article.fact_fields(), author=article.author)
    assert article.author == "Anh Dũng"
    assert [p.name for p in facts.people] == []


def test_a_related_headline_after_the_leads_last_sentence_leaves_the_lead() -> None:
    lead = "Tết Âm lịch được nghỉ 9 ngày liên tục từ 9/2/2013 đến hết ngày 17/2/2013."
    page = _page(*TEXT).replace(
        b"<h1>", f'<p class="sapo">{lead} &gt;&gt; Công chức được nghỉ 9 ngày dịp Tết</p><h1>'.encode(), 1
    )
    html = page.replace(
        b"<head>", f'<head><meta name="description" content="{lead} &gt;&gt; Công chức">'.encode()
    )
    article = parse_article(html, url="https://dantri.com.vn/a.htm")
    assert article.lead == lead
