"""Who a text credits for its pictures: a photographer after "Ảnh:" ("Ảnh: Lê Hiếu", "... đến xem. Ảnh
Trọng Đức."), the kinds of picture a credit may name ("Ảnh đồ họa:", "Ảnh tư liệu:"), and the newspapers
that credit their own photos and open headlines as if they were people ("Ảnh: Thanh Niên", "Tuổi Trẻ
đưa tin").

The people finder blocks the photographers read here: a credit names who made the page, not who is in the
news, as a byline does (every external labeller left credits out, and v74 relabelled the fixture splits'
23 to match); `organisations.credit_orgs` reads the agencies of a
credit ("(Ảnh: THX/TTXVN)") with the same `CREDIT_KIND`. Nothing here imports the people or organisation
finders, so both import it at the top.
"""

from __future__ import annotations

import re

from extractors.normalize import fold_key
from extractors.person_names import PersonSpan, plausible_syllables
from extractors.places import RUN, is_place_name

__all__ = ["CREDIT_KIND", "NEWSPAPER_NAMES", "byline_names", "credit_spans"]


# What kind of picture a credit gives, between "Ảnh" and its colon: "Ảnh đồ họa: Phong Vũ", "Ảnh minh họa: ..."
CREDIT_KIND = r"(?:[ ](?:đồ họa|đồ hoạ|minh họa|minh hoạ|tư liệu|chụp màn hình))?"
# A photo or video credit: the name after "Ảnh:" ends the caption, in either name order ("Ảnh: Quỳnh Trần"):
# "Ảnh: Lê Hiếu.", "Ảnh: phunuonline Hòa Thy" (the site, then the photographer), "Hình: Lâm Hoài Thạch/Người
# Việt", "(Ảnh: Lê Đức Hoảnh/TTXVN)", "Ảnh: Đậu Tất Thành – TTXVN", a table's caption cell ("Ảnh: Anh Hùng |"),
# "Tin ảnh: Anh Thư", and with no colon at a caption's end: "... xem. Ảnh Trọng Đức."
_CREDIT_RE = re.compile(
    rf"(?:(?<![\w])(?:Ảnh|Hình|Video|Clip|Tin,? ảnh|Bài,? ảnh|Tin và ảnh){CREDIT_KIND}[ ]?:|(?:^|(?<=[.!?][ ]))Ảnh)"
    rf"[ ](?:[a-z][a-z0-9.]{{3,}}[ ])?(?P<name>{RUN})(?=[ ]?(?:$|[.)\]\n/|])|[ ][–-][ ][A-ZĐ]{{2,}}(?![\w]))"
)
# Newspapers, which credit their own photos and open headlines as if they were people: "Ảnh: Thanh Niên".
NEWSPAPER_NAMES = frozenset(
    fold_key(n)
    for n in (
        "Thanh Niên",
        "Tuổi Trẻ",
        "Dân Trí",
        "Lao Động",
        "Người Lao Động",
        "Tiền Phong",
        "Nhân Dân",
        "Pháp Luật",
        "Xinh Xinh",
        "Dân Việt",
        "Sài Gòn Giải Phóng",
        "Công An Nhân Dân",
        "Quân Đội Nhân Dân",
    )
)
# Credits that name no one: "Ảnh: Minh Họa" (an illustration), "Ảnh: Tư Liệu" (from the archive).
_NOT_CREDITS = NEWSPAPER_NAMES | {fold_key("Minh Họa"), fold_key("Tư Liệu")}


# First words of a credit that name a body, a source or a kind of picture: "Ảnh: Bộ Quốc Phòng", "Ảnh:
# Minh Họa", "Ảnh: Chụp Màn Hình".
_NOT_CREDIT_OPENERS = frozenset(
    fold_key(w)
    for w in (
        "Bộ",
        "Báo",
        "Đài",
        "Công",
        "Sở",
        "Hội",
        "Ban",
        "Hải",
        "Quân",
        "Chụp",
        "Tư",
        "Nguồn",
        "Cổng",
        "Trang",
    )
)


def credit_spans(text: str) -> list[PersonSpan]:
    """Photo credits: a run of two to four Vietnamese syllables closing a caption after "Ảnh:"."""
    out = []
    for m in _CREDIT_RE.finditer(text):
        name = m.group("name")
        words = name.split(" ")
        if (
            2 <= len(words) <= 4
            and plausible_syllables(words)
            and fold_key(name) not in _NOT_CREDITS
            and fold_key(words[0]) not in _NOT_CREDIT_OPENERS
            and not is_place_name(name, units=False)  # a commune's name is also a given name: "Minh Khôi"
        ):
            out.append(PersonSpan(m.start("name"), m.end("name"), name, True))
    return out


# A byline inside the text: the writer is the text's author, not a person it mentions ("Tác giả: Nguyễn
# Thị Tuyết Trinh", "Tin, ảnh: Đoàn Thư"), and so is a name alone on the last of several lines.
_BYLINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:Tác giả|Người viết|Tin, ảnh|Tin và ảnh|Tin ảnh|Bài, ảnh|Bài và ảnh|Bài ảnh|Bài:)[ ]?:?[ ]?(?P<name>{RUN})[ \t]*\.?[ \t]*$"
)
# ... which only the pictures' credit may follow ("Bài: Huỳnh Luân\nẢnh: Hồng Nhị")
_CREDIT_LINES_RE = re.compile(r"(?m)^[ \t]*(?:Ảnh|Video)(?:[ ][^\n:]{1,20})?:[^\n]*$")
# ... with the paper it writes for: "Đinh Vũ / Báo Phú Thọ"
_LAST_LINE_NAME_RE = re.compile(
    rf"\n[ \t]*(?P<name>{RUN})(?:,[ ](?P<second>{RUN}))?[ \t]*(?:/[ \t]*Báo [^\n/]{{2,40}}|\([A-ZĐ][A-ZĐ&.-]{{1,11}}\))?[ \t]*\Z"
)  # ... or with its office's abbreviation: "Nguyễn Khánh (CCVH)"; two writers: "Lê Thư, Thanh Sáng"
# A writer's name on its own line above the date ("Hoan Nguyễn\n28/11/2025 10:12"), or after a degree at the
# head of a paper ("ThS. Nguyễn Thị Oanh (Khoa Luật ...)")
_DATELINE_BYLINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>{RUN})(?:[ ][-–][ ](?P<second>{RUN}))?"
    r"(?:[ \t]*\n[ \t]*(?:\d{1,2}:\d{2}[ ]?[-–][ ]?)?\d{1,2}/\d{1,2}/\d{4}"
    r"|[ ]\d{1,2}/\d{1,2}/\d{4}[ ]\d{1,2}:\d{2}|[ ][-–][ ]\d{1,2}:\d{2}[ ]\d{1,2}/\d{1,2}/\d{4})"
)  # two writers ("Bùi Trọng Trâm - Bùi Ngọc Sơn\n06:30 - 25/04/2023"), or the date and time on the name's line
# ("Nguyễn Phượng 13/10/2022 15:33"; not a life's dates: "Võ Nguyên Giáp 25/8/1911 - 4/10/2013")
_DEGREE_BYLINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:(?:PGS|GS|TS|ThS|NCS)\.?[ ]?)+(?P<name>{RUN})[ \t]*(?:\([^)\n]*\))?[ \t]*$"
)
# A source in brackets closing a paragraph: "... an ninh địa bàn. (Lê Lâm)"
_BRACKETED_SOURCE_RE = re.compile(rf"[.!?…][ ]\((?P<name>{RUN})\)[ \t]*(?=\n|\Z)")
# ... after a line of prose, not after a list of names one to a line
_AFTER_PROSE_RE = re.compile(r"[.!?…\"”)][ \t]*\Z")


def byline_names(text: str) -> list[str]:
    """The names of who made the text, its writer's byline and its photographers' credits, to leave out of
    the people it mentions."""
    found = [c.name for c in credit_spans(text)]
    found += [
        m.group("name")
        for m in _BYLINE_RE.finditer(text)
        if not _CREDIT_LINES_RE.sub("", text[m.end() :]).strip()
    ]
    # a writer above the dateline or with a degree stands under the headline, the text's first line
    found += [
        name
        for regex, head in (
            (_DATELINE_BYLINE_RE, text[: _nth_line_end(text, 3)]),
            (_DEGREE_BYLINE_RE, text[: _nth_line_end(text, 2)]),
        )
        for m in regex.finditer(head)
        for name in (m.group("name"), m.groupdict().get("second"))
        if name is not None and name.count(" ") in (1, 2, 3)
    ]
    found += [  # "... (Lê Lâm)" closing a paragraph, unless the text names that person elsewhere: "(Hồ Chí Minh)"
        m.group("name")
        for m in _BRACKETED_SOURCE_RE.finditer(text)
        if m.group("name").count(" ") in (1, 2) and text.count(m.group("name")) == 1
    ]
    last = _LAST_LINE_NAME_RE.search(text)
    if last is not None and _AFTER_PROSE_RE.search(text, 0, last.start()):
        words = last.group("name").split(" ")
        if 2 <= len(words) <= 4 and plausible_syllables(words) and not is_place_name(last.group("name")):
            found.append(last.group("name"))
            if last.group("second") is not None:
                found.append(last.group("second"))
            if words[0] in _SIGNED_TITLES:
                found.append(" ".join(words[1:]))  # "Anh Đức" signs a reader's or a reporter's piece
    return found


def _nth_line_end(text: str, n: int) -> int:
    """Where the text's `n`th line ends (the text's end if it has fewer)."""
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


_SIGNED_TITLES = frozenset(["Anh", "Chị", "Ông", "Bà", "Cô", "Thầy"])
