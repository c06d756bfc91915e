"""Build the baophutho.vn-like (and one baothanhhoa.vn-like) fixture pages from the seed article.

No real raw HTML of these sites is available (tests/fixtures/obfuscated/NOTES.md), so the test pages
are built: the text of the reference article (tests/fixtures/seed/000_*.txt) is poured into the
markup of Báo Phú Thọ's two templates, with the chrome a real page carries (menus, share bar,
font-size tools, related box, comment form with CAPTCHA, footer, scripts, base64 decoys), and the
current template's obfuscated variant is produced by encoding the body fragment with the site's
scheme (`extractors.decoders.encode_fragment`) at several shifts and in several carriers.

Deterministic: running it twice writes the same bytes. Usage:

    python scripts/build_baophutho_fixtures.py [OUT_DIR]    # default tests/fixtures/baophutho
"""

from __future__ import annotations

import base64
import html
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.decoders import ALPHABET, encode_fragment  # noqa: E402

SEED_GLOB = "000_*.txt"
SEED_DIR = ROOT / "tests" / "fixtures" / "seed"
OUT_DIR = ROOT / "tests" / "fixtures" / "baophutho"

ARTICLE_ID = "156789"
SLUG = "de-phong-trao-dung-vung-trong-long-dan"
URL_2019 = f"https://baophutho.vn/chinh-tri/{SLUG}/{ARTICLE_ID}.html"
URL_CURRENT = f"https://baophutho.vn/{SLUG}-{ARTICLE_ID}.htm"
URL_THANHHOA = f"https://baothanhhoa.vn/{SLUG}-248813.htm"
PUBLISHED_ISO = "2019-05-06T07:15:40+07:00"
MEDIA = "media.baophutho.vn/dataimages/201905/06/original"

SUBHEADINGS = ("Hiệu quả thiết thực", "Tiếp tục đẩy mạnh phong trào")
CHROME_START = "Ý kiến bạn đọc"


@dataclass(frozen=True)
class Block:
    kind: str  # "p", "h" (subheading), "img"
    text: str = ""
    src: str = ""  # image file name, for "img"


@dataclass(frozen=True)
class Seed:
    title: str
    date_line: str
    lead: str  # with its "PTĐT - " prefix
    blocks: tuple[Block, ...]
    author: str


def read_seed(folder: Path = SEED_DIR) -> Seed:
    """Split the copied page text into title, date, lead, body blocks, images and author."""
    path = sorted(folder.glob(SEED_GLOB))[0]
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title = lines[1]
    date_line = lines[2]
    lead_at = next(i for i, line in enumerate(lines) if line.startswith("PTĐT -"))
    end = next(i for i, line in enumerate(lines) if line.startswith(CHROME_START))
    author = lines[end - 1]
    blocks: list[Block] = []
    pending_image: str | None = None
    # Images before the lead (the lead photo) and inside the body: "img…" file name, then caption.
    for line in lines[3:lead_at] + lines[lead_at + 1 : end - 1]:
        if re.fullmatch(r"img[\d-]+", line):
            pending_image = line
        elif pending_image is not None:
            blocks.append(Block("img", line, pending_image))
            pending_image = None
        elif line in SUBHEADINGS:
            blocks.append(Block("h", line))
        elif line == title or "Font Size" in line:
            continue
        else:
            blocks.append(Block("p", line))
    return Seed(title, date_line, lines[lead_at], tuple(blocks), author)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------------------------
# Shared chrome
# --------------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/chinh-tri", "Chính trị"),
    ("/kinh-te", "Kinh tế"),
    ("/xa-hoi", "Xã hội"),
    ("/van-hoa", "Văn hóa"),
    ("/the-thao", "Thể thao"),
    ("/phap-luat", "Pháp luật"),
    ("/quoc-phong-an-ninh", "Quốc phòng - An ninh"),
    ("/phu-tho-24h", "Phú Thọ 24h"),
    ("/dat-to-que-huong", "Đất Tổ quê hương"),
    ("/ban-doc-viet", "Bạn đọc viết"),
    ("/media", "Media"),
]
RELATED = [
    ("cong-an-tinh-ra-quan-dam-bao-antt-dip-le-30-4-156512", "Công an tỉnh ra quân đảm bảo ANTT dịp lễ 30/4"),
    ("dan-van-kheo-o-xa-vung-cao-156230", "Dân vận khéo ở xã vùng cao Yên Sơn"),
    ("nhan-rong-mo-hinh-to-tu-quan-155981", "Nhân rộng mô hình tổ liên gia tự quản về an ninh trật tự"),
]
MOST_READ = [
    ("khai-mac-le-hoi-den-hung-156700", "Khai mạc Lễ hội Đền Hùng năm Kỷ Hợi 2019"),
    ("viet-tri-phat-trien-do-thi-xanh-156688", "Việt Trì phát triển đô thị xanh, văn minh"),
]


def menu_html(base: str) -> str:
    items = "\n".join(f'        <li><a href="{base}{href}">{esc(text)}</a></li>' for href, text in MENU)
    return f'<ul class="main-menu">\n{items}\n      </ul>'


def links_html(base: str, items: list[tuple[str, str]], suffix: str) -> str:
    return "\n".join(
        f'          <li><a href="{base}/{slug}{suffix}" title="{esc(t)}">{esc(t)}</a></li>'
        for slug, t in items
    )


def decoys() -> tuple[str, str, str]:
    """Base64 that is not a body: a data: URI logo, a binary view state, an ASCII config token."""
    rng = random.Random(156789)
    logo = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rng.randbytes(180)).decode()
    viewstate = base64.b64encode(rng.randbytes(240)).decode()
    config = base64.b64encode(
        json.dumps({"site": "baophutho", "zone": "detail", "ads": ["top-970x90", "right-300x250"]}).encode()
    ).decode()
    return logo, viewstate, config


# --------------------------------------------------------------------------------------------
# The ~2019 template
# --------------------------------------------------------------------------------------------


def page_2019(seed: Seed) -> str:
    base = "https://baophutho.vn"
    logo, viewstate, _ = decoys()
    body: list[str] = []
    lead_written = False
    for block in seed.blocks:
        if block.kind == "img":
            body.append(
                '<table class="image center" align="center" cellpadding="0" cellspacing="0"><tbody>\n'
                f'<tr><td><img alt="{esc(block.src)}" src="http://{MEDIA}/{block.src}.jpg" '
                'style="width: 600px;" /></td></tr>\n'
                f'<tr><td class="image-caption">{esc(block.text)}</td></tr>\n</tbody></table>'
            )
            if not lead_written:  # the lead photo comes before the lead, as on the seed page
                body.append(f'<p style="text-align:justify"><strong>{esc(seed.lead)}</strong></p>')
                lead_written = True
        elif block.kind == "h":
            body.append(f'<p style="text-align:justify"><strong>{esc(block.text)}</strong></p>')
        else:
            body.append(f'<p style="text-align:justify">{esc(block.text)}</p>')
    body.append(f'<p style="text-align:right"><strong>{esc(seed.author)}</strong></p>')
    content = "\n".join(body)
    first_img = next(b for b in seed.blocks if b.kind == "img")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(seed.title)} - Báo Phú Thọ điện tử</title>
<meta name="description" content="{esc(seed.lead[:160])}" />
<meta name="keywords" content="dân vận, công an, an ninh trật tự, Phú Thọ" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(seed.title)}" />
<meta property="og:image" content="http://{MEDIA}/{first_img.src}.jpg" />
<link rel="shortcut icon" href="/favicon.ico" />
<link href="/Content/css/style.css?v=20190415" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-27521544-1']);
  _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<form method="post" action="/chinh-tri/{SLUG}/{ARTICLE_ID}.html" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
<div class="pt-wrapper">
  <div class="pt-topbar">
    <span class="pt-topbar__date">Thứ sáu, 10/05/2019</span>
    <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a>
  </div>
  <div class="pt-header">
    <a href="/" class="pt-logo"><img src="data:image/png;base64,{logo}" alt="Logo of Phú Thọ" /></a>
    <a href="/" class="pt-logo pt-logo--small"><img src="/Content/images/logo-small.png" alt="Logo of Phú Thọ" /></a>
    <div class="pt-search"><input type="text" name="q" placeholder="Tìm kiếm..." /><button>Tìm</button></div>
  </div>
  <div class="pt-nav">
      {menu_html(base)}
  </div>
  <div class="pt-main">
    <div class="pt-col-left">
      <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/chinh-tri">Chính trị</a></div>
      <div class="pt-post-detail">
        <h1 class="pt-post-detail__title">{esc(seed.title)}</h1>
        <div class="pt-post-detail__time">{esc(seed.date_line)}</div>
        <div class="pt-post-detail__tools">
          <a href="/print/{ARTICLE_ID}.html" class="print">Print</a>
          <span class="font-size">+ | - Font Size: A</span>
        </div>
        <div class="pt-post-detail__print-header" style="display:none">
          <p>{esc(seed.title)}</p>
        </div>
        <div id="content">
{content}
<div class="tin-lien-quan">
  <h3>TIN LIÊN QUAN</h3>
  <ul>
{links_html(base + "/chinh-tri", RELATED, ".html")}
  </ul>
</div>
        </div>
        <div class="share">
          <a href="https://www.facebook.com/sharer.php?u={URL_2019}" class="fb">Chia sẻ Facebook</a>
          <a href="https://zalo.me/share?u={URL_2019}" class="zalo">Zalo</a>
          <span class="font-size">A Font Size: - | +</span>
        </div>
        <div class="tags">Từ khóa: <a href="/tag/dan-van">dân vận</a> <a href="/tag/cong-an">công an</a></div>
      </div>
      <div class="comment">
        <h3>Ý kiến bạn đọc ( 0 )</h3>
        <div class="comment-form">
          <h4>Bình luận bài viết</h4>
          <input type="text" name="name" placeholder="Họ và tên" />
          <input type="text" name="email" placeholder="Email" />
          <textarea name="comment" placeholder="Nội dung bình luận"></textarea>
          <img src="/CaptchaImage.axd?guid=3f2a" alt="CAPTCHA Image security" />
          <input type="text" name="captcha" placeholder="Nhập mã CAPTCHA" />
          <button type="submit">Gửi bình luận</button>
        </div>
      </div>
    </div>
    <div class="pt-col-right">
      <div class="box-most-read">
        <h3>Đọc nhiều</h3>
        <ul>
{links_html(base + "/van-hoa", MOST_READ, ".html")}
        </ul>
      </div>
      <div class="banner"><a href="/quang-cao"><img src="/Upload/banner/tet-2019.jpg" alt="Quảng cáo" /></a></div>
    </div>
  </div>
  <div class="pt-footer">
    <a href="/rss">rss</a> - <a href="#top">Trở về đầu trang</a>
    <p>BÁO PHÚ THỌ ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Phú Thọ</p>
    <p>Giấy phép số 84/GP-BTTTT. Tổng Biên tập: Nguyễn Đình Thành. Địa chỉ: Đường Trần Phú, phường Tân Dân, TP Việt Trì</p>
  </div>
</div>
</form>
<script type="text/javascript">
  $(function () {{ $('.font-size').on('click', function () {{ $('#content').toggleClass('big'); }}); }});
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# The current CMS (plain and obfuscated)
# --------------------------------------------------------------------------------------------


def fragment(seed: Seed, *, lead_prefix: str = "PTO- ", img_host: str = MEDIA, author: bool = True) -> str:
    """The article as the current CMS marks it up: what the obfuscated blob decodes to."""
    lead = re.sub(r"^PTĐT\s*-\s*", "", seed.lead)
    parts = [f'<h1 class="pTitle">{esc(seed.title)}</h1>', f'<p class="pHead">{esc(lead_prefix + lead)}</p>']
    for block in seed.blocks:
        if block.kind == "img":
            parts.append(
                '<p class="pBody"><img class="iCenter dthumb" style="width: 750px; height: 500px;" '
                f'src="//{img_host}/{block.src}.jpg" alt="{esc(seed.title)}" width="750" height="500" /></p>'
            )
            parts.append(f'<p class="pCaption">{esc(block.text)}</p>')
        elif block.kind == "h":
            parts.append(f'<p class="pBody"><strong>{esc(block.text)}</strong></p>')
        else:
            parts.append(f'<p class="pBody">{esc(block.text)}</p>')
    if author:
        parts.append(f'<p class="pAuthor">{esc(seed.author)}</p>')
    return "".join(parts)


def json_ld(seed: Seed, url: str, publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": seed.title,
        "datePublished": PUBLISHED_ISO,
        "dateModified": PUBLISHED_ISO,
        "author": {"@type": "Person", "name": seed.author},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class Current:
    """How one current-CMS page differs from the others."""

    url: str
    host: str = "baophutho.vn"
    site_name: str = "Báo Phú Thọ điện tử"
    carrier: str = "plain"  # plain | text | attr | script
    shift: int = 0
    meta_time: bool = True
    jsonld: bool = True
    corrupt: bool = False
    lead_prefix: str = "PTO- "


def blob_for(seed: Seed, spec: Current) -> str:
    frag = fragment(seed, lead_prefix=spec.lead_prefix)
    if spec.corrupt:
        # The site switched to another alphabet: a permutation this decoder does not know. The
        # blob is still valid base64 of Vietnamese-looking text, but no shift yields HTML.
        rng = random.Random(4242)
        perm = list(ALPHABET)
        rng.shuffle(perm)
        frag = frag.translate({ord(a): b for a, b in zip(ALPHABET, perm, strict=True)})
    return encode_fragment(frag, spec.shift)


def page_current(seed: Seed, spec: Current) -> str:
    base = f"https://{spec.host}"
    _, _, config = decoys()
    lead_plain = re.sub(r"^PTĐT\s*-\s*", "", seed.lead)
    obfuscated = spec.carrier != "plain"
    if obfuscated:
        blob = blob_for(seed, spec)
        title_h1, publish, head = "{title}", "{publish}", "{head}"
    else:
        blob = ""
        title_h1, publish, head = (
            esc(seed.title),
            "Thứ hai, 06/05/2019 - 07:15",
            esc(spec.lead_prefix + lead_plain),
        )

    if spec.carrier == "plain":
        dcontent = '<div id="dcontent" class="dcontent">\n' + fragment_body(seed) + "\n</div>"
    elif spec.carrier == "text":
        dcontent = f'<div id="dcontent" class="dcontent">{blob}</div>'
    elif spec.carrier == "attr":
        dcontent = f'<div id="dcontent" class="dcontent" data-content="{blob}" data-id="{ARTICLE_ID}"></div>'
    else:
        dcontent = '<div id="dcontent" class="dcontent"></div>'
    script_blob = ""
    if spec.carrier == "script":
        payload = json.dumps({"id": int(ARTICLE_ID), "type": 1, "content": blob}).replace("/", "\\/")
        script_blob = f"""<script type="text/javascript">
  var pData = {payload};
  document.getElementById('dcontent').innerHTML = pDecode(pData.content);
</script>"""

    meta_time = (
        f'<meta property="article:published_time" content="{PUBLISHED_ISO}" />\n'
        f'<meta property="article:modified_time" content="{PUBLISHED_ISO}" />'
        if spec.meta_time
        else ""
    )
    ld = (
        f'<script type="application/ld+json">\n{json_ld(seed, spec.url, spec.site_name)}\n</script>'
        if spec.jsonld
        else ""
    )
    description = esc(lead_plain[:200])
    first_img = next(b for b in seed.blocks if b.kind == "img")
    author_line = "" if obfuscated else f'<p class="pAuthor">{esc(seed.author)}</p>'
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(seed.title)} - {esc(spec.site_name)}</title>
<meta name="description" content="{description}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{esc(spec.site_name)}" />
<meta property="og:title" content="{esc(seed.title)}" />
<meta property="og:description" content="{description}" />
<meta property="og:url" content="{spec.url}" />
<meta property="og:image" content="https://{MEDIA}/{first_img.src}.jpg" />
{meta_time}
<link rel="canonical" href="{spec.url}" />
<link rel="alternate" type="application/rss+xml" href="{base}/rss/home.rss" />
<link rel="stylesheet" href="{base}/themes/css/site.min.css?v=3.2.1" />
{ld}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PT2024"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-PT2024');
  var adsConfig = "{config}";
</script>
</head>
<body class="detail-page">
<header class="header">
  <div class="topbar">
    <span class="today">Thứ tư, 15/05/2019</span>
    <a href="{base}/rss/home.rss">RSS</a> <a href="{base}/lien-he.htm">Liên hệ</a>
  </div>
  <div class="logo"><a href="{base}/"><img src="{base}/themes/img/logo.png" alt="Logo of {esc(spec.site_name)}" /></a></div>
  <nav class="menu">
    {menu_html(base)}
  </nav>
</header>
<main class="main">
  <div class="breadcrumb"><a href="{base}/">Trang chủ</a><a href="{base}/chinh-tri">Chính trị</a></div>
  <article class="detail">
    <h1 class="pTitle">{title_h1}</h1>
    <div class="pInfo"><span class="pTime">{publish}</span>
      <div class="share social"><a class="fb" href="https://www.facebook.com/sharer.php?u={spec.url}">Chia sẻ</a>
        <a class="zalo" href="https://zalo.me/share?u={spec.url}">Zalo</a>
        <a class="print" href="{base}/print/7e6547344b3ca7246b53f4103389d/{ARTICLE_ID}.htm">In bài viết</a>
        <span class="fontsize">Font Size: A- A+</span></div>
    </div>
    <p class="pHead">{head}</p>
    {dcontent}
    {author_line}
    <div class="pTags tags"><span>Tags:</span> <a href="{base}/tag/dan-van.htm">dân vận</a><a href="{base}/tag/an-ninh-trat-tu.htm">an ninh trật tự</a></div>
    <div class="related pRelated">
      <h3 class="title">TIN LIÊN QUAN</h3>
      <ul>
{links_html(base, RELATED, ".htm")}
      </ul>
    </div>
  </article>
  <section class="comment">
    <h3>Ý kiến bạn đọc ( 0 )</h3>
    <form class="comment-form" action="{base}/comment/post" method="post">
      <h4>Bình luận bài viết</h4>
      <input type="text" name="name" placeholder="Họ và tên" />
      <textarea name="content" placeholder="Ý kiến của bạn"></textarea>
      <img src="{base}/captcha.ashx?k=84c1" alt="CAPTCHA Image security" />
      <input type="text" name="captcha" placeholder="Mã CAPTCHA" />
      <button type="submit">Gửi bình luận</button>
    </form>
  </section>
  <aside class="sidebar">
    <div class="box-most-read"><h3>Đọc nhiều</h3><ul>
{links_html(base, MOST_READ, ".htm")}
    </ul></div>
    <div class="box-new"><h3>Tin mới</h3><ul>
{links_html(base, RELATED[:1], ".htm")}
    </ul></div>
  </aside>
</main>
<footer class="footer">
  <p><a href="{base}/rss/home.rss">rss</a> - <a href="#top">Trở về đầu trang</a></p>
  <p>{esc(spec.site_name.upper())} - Cơ quan của Đảng bộ tỉnh</p>
  <p>Giấy phép số 84/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="{base}/themes/js/jquery-3.6.0.min.js"></script>
<script src="{base}/themes/js/detail.min.js?v=3.2.1"></script>
{script_blob}
</body>
</html>
"""


def fragment_body(seed: Seed) -> str:
    """The plain page's #dcontent: the fragment without its title and lead (they sit above)."""
    frag = fragment(seed, author=False)
    start = frag.index('<p class="pBody">')
    return frag[start:].replace("</p><p", "</p>\n<p")


# --------------------------------------------------------------------------------------------

PAGES: dict[str, Current | None] = {
    "baophutho-2019-de-phong-trao-dung-vung-trong-long-dan.html": None,
    "baophutho-current-plain.html": Current(URL_CURRENT),
    "baophutho-current-obfuscated-text-k6.html": Current(URL_CURRENT, carrier="text", shift=6),
    "baophutho-current-obfuscated-attr-k107.html": Current(
        URL_CURRENT, carrier="attr", shift=107, meta_time=False
    ),
    "baophutho-current-obfuscated-script-k204.html": Current(
        URL_CURRENT, carrier="script", shift=204, jsonld=False
    ),
    "baophutho-current-obfuscated-corrupt.html": Current(URL_CURRENT, carrier="text", shift=31, corrupt=True),
    "baothanhhoa-current-obfuscated-k158.html": Current(
        URL_THANHHOA,
        host="baothanhhoa.vn",
        site_name="Báo Thanh Hóa",
        carrier="text",
        shift=158,
        lead_prefix="",
    ),
}


def build(out: Path = OUT_DIR) -> list[Path]:
    seed = read_seed()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, spec in PAGES.items():
        page = page_2019(seed) if spec is None else page_current(seed, spec)
        path = out / name
        path.write_text(page, encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR
    for path in build(target):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
