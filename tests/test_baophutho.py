"""Parsing baophutho.vn-like pages, both templates, plain and obfuscated, against hand-written truth.

The pages are built by scripts/build_baophutho_fixtures.py from the reference article
(tests/fixtures/seed/); every expected value below was written from reading the seed text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import Article, Image, NotAnArticle, parse_article
from scraper.profiles import load_profile

FOLDER = Path(__file__).parent / "fixtures" / "baophutho"

URL_2019 = "https://baophutho.vn/chinh-tri/de-phong-trao-dung-vung-trong-long-dan/156789.html"
URL_CURRENT = "https://baophutho.vn/de-phong-trao-dung-vung-trong-long-dan-156789.htm"
URL_THANHHOA = "https://baothanhhoa.vn/de-phong-trao-dung-vung-trong-long-dan-248813.htm"

TITLE = "Để phong trào đứng vững trong lòng dân"
PUBLISHED = "2019-05-06T07:15:40+07:00"
AUTHOR = "Hoàng Hương"
LEAD = (
    "Đảng ta luôn xác định công tác dân vận là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách "
    "mạng; là điều kiện quan trọng đảm bảo vai trò lãnh đạo của Đảng, củng cố và tăng cường mối quan hệ "
    "máu thịt giữa Đảng, Nhà nước với nhân dân. Đối với lực lượng công an nhân dân, công tác dân vận luôn "
    "được xem là nhiệm vụ then chốt trong sự nghiệp bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã "
    "hội, vì vậy những năm qua, Ban Dân vận Tỉnh ủy và Công an tỉnh đã xây dựng, ký kết chương trình phối "
    "hợp thực hiện công tác dân vận giai đoạn 2016 - 2020, nhằm tạo sự chuyển biến mạnh mẽ về chất lượng, "
    "hiệu quả trong phối hợp thực hiện công tác dân vận; phát huy sức mạnh tổng hợp của các cấp, các "
    "ngành, cả hệ thống chính trị và toàn dân."
)
SUBHEADINGS = ("Hiệu quả thiết thực", "Tiếp tục đẩy mạnh phong trào")
FIRST = (
    "Thực hiện chương trình phối hợp làm công tác dân vận, Ban Dân vận Huyện ủy Cẩm Khê và Công an huyện "
    "đã tích cực, chủ động tham mưu cho Huyện ủy xây dựng"
)
MIDDLE = (
    "Trung tá Lê Văn Bàng - Phó Đội trưởng Đội xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện cho biết",
    "Qua 3 năm thực hiện Chương trình số 03 giữa Ban Dân vận Tỉnh ủy và Công an tỉnh",
    "duy trì hoạt động của 2.887 ban ANTT, 16.628 tổ liên gia tự quản về ANTT",
)
LAST = "Bà Dương Thị Thu Vân - Phó Trưởng Ban Dân vận Tỉnh ủy cho biết"
LAST_END = "thực hiện sáu điều Bác Hồ dạy trong tình hình mới”..."
CAPTIONS = (
    "Đại diện Ủy ban MTTQ và các đoàn thể phường Thanh Vinh, thị xã Phú Thọ ký giao ước phong trào thi đua "
    "“Toàn dân bảo vệ an ninh Tổ quốc”.",
    "Mô hình “Chốt đảm bảo ANTT” ở xã Sơn Nga góp phần đảm bảo an ninh chính trị, trật tự an toàn xã hội "
    "tại địa bàn.",
)
IMAGE_FILES = ("img3621-1557101838.jpg", "img8219-1-1557101850.jpg")
CHROME = (
    "TIN LIÊN QUAN",
    "Ý kiến bạn đọc",
    "Bình luận bài viết",
    "Font Size",
    "CAPTCHA",
    "Gửi bình luận",
    "Trang chủ",
    "Phú Thọ 24h",
    "Đất Tổ quê hương",
    "Bạn đọc viết",
    "Chia sẻ",
    "Zalo",
    "In bài viết",
    "Đọc nhiều",
    "Công an tỉnh ra quân đảm bảo ANTT dịp lễ 30/4",
    "Nhân rộng mô hình tổ liên gia tự quản về an ninh trật tự",
    "Khai mạc Lễ hội Đền Hùng",
    "Giấy phép số",
    "Trở về đầu trang",
    "Thứ sáu, 10/05/2019",
    "PTĐT",
    "PTO",
)
PLACEHOLDERS = ("{title}", "{publish}", "{head}")

# file → (url, site, template that must match, image URL scheme, tags)
PAGES = {
    "baophutho-2019-de-phong-trao-dung-vung-trong-long-dan.html": (
        URL_2019,
        "baophutho.vn",
        "2019",
        "http",
        ("dân vận", "công an"),
    ),
    "baophutho-current-plain.html": (
        URL_CURRENT,
        "baophutho.vn",
        "current",
        "https",
        ("dân vận", "an ninh trật tự"),
    ),
    "baophutho-current-obfuscated-text-k6.html": (
        URL_CURRENT,
        "baophutho.vn",
        "current",
        "https",
        ("dân vận", "an ninh trật tự"),
    ),
    "baophutho-current-obfuscated-attr-k107.html": (
        URL_CURRENT,
        "baophutho.vn",
        "current",
        "https",
        ("dân vận", "an ninh trật tự"),
    ),
    "baophutho-current-obfuscated-script-k204.html": (
        URL_CURRENT,
        "baophutho.vn",
        "current",
        "https",
        ("dân vận", "an ninh trật tự"),
    ),
    "baothanhhoa-current-obfuscated-k158.html": (
        URL_THANHHOA,
        "baothanhhoa.vn",
        "current",
        "https",
        ("dân vận", "an ninh trật tự"),
    ),
}


def parse(name: str, url: str, site: str) -> Article:
    html = (FOLDER / name).read_bytes()
    return parse_article(html, url=url, site=site, templates=load_profile(site).templates)


@pytest.fixture(scope="module", params=list(PAGES))
def page(request: pytest.FixtureRequest) -> tuple[str, Article]:
    name = request.param
    url, site, *_ = PAGES[name]
    return name, parse(name, url, site)


def test_the_right_template_matches(page: tuple[str, Article]) -> None:
    name, article = page
    url, site, template, *_ = PAGES[name]
    assert article.profile == f"{site}/{template}"
    assert article.url == url
    assert article.site == site


def test_title_time_author(page: tuple[str, Article]) -> None:
    _, article = page
    assert article.title == TITLE
    assert article.published_at == PUBLISHED
    assert article.author == AUTHOR


def test_lead_without_the_site_prefix(page: tuple[str, Article]) -> None:
    _, article = page
    assert article.lead.startswith("Đảng ta luôn xác định công tác dân vận")
    assert article.lead == LEAD


def test_body_holds_subheadings_and_paragraphs_in_reading_order(page: tuple[str, Article]) -> None:
    _, article = page
    body = article.body
    assert body.startswith(SUBHEADINGS[0] + "\n\n" + FIRST)
    assert body.endswith(LAST_END)
    order = [body.index(SUBHEADINGS[0]), body.index(FIRST), body.index(MIDDLE[0])]
    order += [body.index(SUBHEADINGS[1]), body.index(MIDDLE[1]), body.index(MIDDLE[2]), body.index(LAST)]
    assert order == sorted(order)
    assert f"\n\n{SUBHEADINGS[1]}\n\n" in body
    # Xã Sơn Nga… and Trung tá Lê Văn Bàng… are two paragraphs (two lines on the page).
    assert "\n\nTrung tá Lê Văn Bàng" in body
    assert len(body.split("\n\n")) == 11


def test_captions_are_images_not_body(page: tuple[str, Article]) -> None:
    # The current CMS puts each caption in the paragraph after the image's own
    # (<p class="pBody"><img></p><p class="pCaption">…</p>), the 2019 one inside the image's table.
    name, article = page
    _, _, _, scheme, _ = PAGES[name]
    expected = tuple(
        Image(f"{scheme}://media.baophutho.vn/dataimages/201905/06/original/{file}", caption)
        for file, caption in zip(IMAGE_FILES, CAPTIONS, strict=True)
    )
    assert article.images == expected
    for caption in CAPTIONS:
        assert caption[:40] not in article.body
        assert caption[:40] not in article.lead


def test_chrome_never_reaches_the_text(page: tuple[str, Article]) -> None:
    _, article = page
    text = "\n".join([article.title, article.lead, article.body])
    for chrome in CHROME:
        assert chrome not in text, chrome
    assert AUTHOR not in article.body


def test_no_placeholder_and_no_warning(page: tuple[str, Article]) -> None:
    _, article = page
    dumped = json.dumps(article.to_dict(), ensure_ascii=False)
    for placeholder in PLACEHOLDERS:
        assert placeholder not in dumped
    assert article.warnings == ()


def test_category_and_tags(page: tuple[str, Article]) -> None:
    name, article = page
    *_, tags = PAGES[name]
    assert article.category == "Chính trị"
    assert article.tags == tags


def test_corrupted_blob_is_reported_never_emitted() -> None:
    name = "baophutho-current-obfuscated-corrupt.html"
    try:
        article = parse(name, URL_CURRENT, "baophutho.vn")
    except NotAnArticle as exc:
        message = str(exc)
        assert "not decoded" in message and "shift not recoverable" in message
        return
    # If the parser returns what the page gives in the clear, the failure must be in its warnings
    # and no cipher text may reach the output.
    assert any("shift not recoverable" in w for w in article.warnings)
    assert article.body == ""
    assert article.title == TITLE
    dumped = json.dumps(article.to_dict(), ensure_ascii=False)
    for placeholder in PLACEHOLDERS:
        assert placeholder not in dumped


def test_a_real_stored_blob_goes_through_the_parser() -> None:
    """baothanhhoa.vn print page 132431: the stored blob (cut off after 2000 bytes) in a bare page."""
    stem = (
        Path(__file__).parent
        / "fixtures"
        / "obfuscated"
        / "baothanhhoa.vn"
        / "baothanhhoa-print-132431-thang-3-thuong-nho"
    )
    blob = stem.with_name(stem.name + ".blob.b64.txt").read_text(encoding="utf-8").strip()
    page = (
        '<html><head><title>{title}</title></head><body><h1 class="pTitle">{title}</h1>'
        f'<p class="pHead">{{head}}</p><div id="dcontent">{blob}</div></body></html>'
    )
    article = parse_article(
        page,
        url="https://baothanhhoa.vn/print/7285b17d2bdfc3d1ab0fcff6c7e3e/132431.htm",
        site="baothanhhoa.vn",
        templates=load_profile("baothanhhoa.vn").templates,
    )
    assert article.profile == "baothanhhoa.vn/current"
    assert article.title == "Tháng 3 thương nhớ"
    assert article.lead.startswith("Tháng 3 rất lạ, là tháng cuối cùng còn sót lại những cơn gió lạnh")
    assert article.lead.endswith("Tháng 3 muôn đời vẫn thế, vẫn gợi những niềm nhớ mênh mang.")
    assert [i.src for i in article.images] == [
        "https://i.baothanhhoa.vn/news/2109/201d2084011t22322l0.jpg?r=538"
    ]
    assert "Tháng 3, cây gạo thắp màu hoa đỏ." not in article.body
    assert article.warnings == ()
