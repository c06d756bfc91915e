"""Roles written beside a name: the role heads ("Chủ tịch", "Trưởng", "Bí thư" ...), a role phrase after a
name ("..., Phó Trưởng Ban Dân vận Tỉnh ủy"), one just before it ("Phó Chủ tịch UBND tỉnh Phan Trọng Tấn"),
and the occupations and stage titles that the labelled texts keep as a role, as written ("thủ môn",
"Hoa hậu", "kiến trúc sư").

Pure string reading with no other extractor imported: the people and foreign-name readers ask it where a
role is, and `extract` whether a capitalised run opens with a role ("Phó Bí thư") rather than a name.
"""

from __future__ import annotations

import re

__all__ = [
    "PLAYER_CUES",
    "ROLE_CUES",
    "ROLE_HEADS",
    "ROLE_HEAD_RE",
    "TITLES_AS_ROLES",
    "role_before",
    "roles_after",
]


# Titles won in a pageant and stage occupations: cues before a name, stored as the person's role ("Hoa hậu
# Thanh Thủy", "Nữ ca sĩ Bích Phương").
TITLES_AS_ROLES = (
    "MC",
    "Hoa hậu",
    "Á hậu",
    "Nam vương",
    "Nữ ca sĩ",
    "Nam ca sĩ",
    "Ca sĩ",
    "Rapper",
    "Diễn viên",
    "Người mẫu",
    "Siêu mẫu",
)
# Positions in football, before a name of one word or two: "thủ thành Emiliano Martinez", "Thủ môn Văn Lâm".
PLAYER_CUES = (
    "thủ thành",
    "thủ môn",
    "tiền đạo",
    "tiền vệ",
    "hậu vệ",
    "trung vệ",
    "cầu thủ",
    "danh thủ",
    "tuyển thủ",  # "Tuyển thủ Faker": a player of a national or an e-sports team
)
# Occupations before a name, which the labelled splits keep as the person's role, as written, not as a title:
# the stage and pageant words, football positions, and writers' and artists' trades ("thủ môn Đặng Văn Lâm",
# "Nhà báo Ida Tarbell", "siêu mẫu Lưu Văn"). Honorifics, ranks and degrees stay titles ("Luật sư", "TS").
_TRADES = (
    "Nhà báo",
    "Nhà văn",
    "Nhà thơ",
    "Họa sĩ",
    "Nhạc sĩ",
    "TikToker",
    "YouTuber",
    "Streamer",
    "Già làng",
)
ROLE_CUES = frozenset(cue.lower() for cue in (*TITLES_AS_ROLES, *PLAYER_CUES, *_TRADES))

ROLE_HEADS = sorted(
    """Phó Chủ tịch thường trực|Phó Chủ tịch|Chủ tịch|Tổng Bí thư|Phó Bí thư thường trực|Phó Bí thư|Bí thư|Ủy viên|Uỷ viên
    |Tổng Giám đốc|Phó Tổng Giám đốc|Phó Giám đốc|Giám đốc|Phó Trưởng|Trưởng|Phó Đội trưởng|Đội trưởng|Đội phó
    |Phó Hiệu trưởng|Hiệu trưởng|Phó Chủ nhiệm|Chủ nhiệm|Bộ trưởng|Thứ trưởng|Phó Thủ tướng|Thủ tướng|Phó Chánh án
    |Chánh án|Phó Viện trưởng|Viện trưởng|Chánh Văn phòng|Phó Chánh Văn phòng|Chánh Thanh tra|Phó Chánh Thanh tra
    |Phó Cục trưởng|Cục trưởng|Vụ trưởng|Phó Vụ trưởng|Chi cục trưởng|Phó Chi cục trưởng|Tư lệnh|Phó Tư lệnh
    |Chính ủy|Phó Chính ủy|Chỉ huy trưởng|Chỉ huy phó|Tham mưu trưởng|Đại biểu Quốc hội|Đại biểu HĐND|Tổng Biên tập
    |Phó Tổng Biên tập|Tổng Thư ký|Thư ký|Kế toán|Công an viên|Trưởng thôn|Trưởng khu|Trưởng bản|Trưởng xóm|Bác sĩ|Điều dưỡng
    |Giáo viên|Giảng viên|Nhân viên|Chuyên viên|Cán bộ|Người phát ngôn|Chủ doanh nghiệp|Chủ cơ sở|Chủ trang trại
    |Chủ tịch nước|Phó Chủ tịch nước|Phó TGĐ|TGĐ|HLV|Huấn luyện viên|BLV|Bình luận viên|Chuyên gia|Tổng thống|Chủ nhiệm Ủy ban|Trợ lý|Cố vấn|Phóng viên|Chiến sĩ|Thành viên|Ủy viên Ban Thường vụ
    |Phó Trưởng phòng|Trưởng phòng|Tổ trưởng|Tổ phó|Chi hội trưởng|Chi hội phó|Nhóm trưởng|Tỉnh ủy viên|Huyện ủy viên|Thành ủy viên|Thị ủy viên
    |Đảng ủy viên|Tỉnh uỷ viên|Huyện uỷ viên|Thành uỷ viên|Đảng uỷ viên""".replace("\n", "")
    .replace(" |", "|")
    .split("|"),
    key=len,
    reverse=True,
)
_HEAD_ALT = "|".join(re.escape(h.strip()) for h in ROLE_HEADS)
ROLE_HEAD_RE = re.compile(rf"(?<![\w])(?i:{_HEAD_ALT})(?![\w])")
_ROLE_STOP_RE = re.compile(
    r"(?<![\w])(?:cho biết|chia sẻ|nói|khẳng định|nhấn mạnh|phát biểu|thông tin|cho hay|trao đổi|yêu cầu|đề nghị"
    r"|chỉ đạo|cho rằng|kể|bày tỏ|giới thiệu|tâm sự|báo cáo|đánh giá|lưu ý|thừa nhận|tiết lộ|xác nhận|trả lời"
    r"|giải thích|và|đã|đang|sẽ|vừa|cũng|được|bị|là|tại|thăm|dự|trao|tặng|chủ trì|làm|cùng|với|khi|thì|mà|khẳng"
    r"|hướng dẫn|kiểm tra|(?<![Tt]hư[ ])ký|tiếp|có|(?<![Hh]àng[ ])không|nên|để|vì|do|nhưng|người|ở|từ|đến|trong|về|qua|khuyến cáo|đề xuất"
    r"|kiến nghị|nêu|phân tích|nhận định|nhận xét|gửi|đánh|chúc|mong|hy vọng|tin|nghĩ|biết|cảm ơn)(?![\w])"
)
_ROLE_END_RE = re.compile(r"\.(?!\w)|[;:!?()\"“”\n]|\s[-–]\s|,")  # "TP.HCM" goes on


def roles_after(text: str, pos: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Role phrases after a name: " - Trưởng Công an xã", ", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"."""
    roles: list[str] = []
    spans: list[tuple[int, int]] = []
    m = re.match(r"[ ]?(?:[-–]|,)[ ]", text[pos:])
    if not m:
        return roles, spans
    pos += m.end()
    while True:
        head = ROLE_HEAD_RE.match(text, pos)
        if not head:
            break
        end = _role_end(text, head.end())
        role = text[pos:end].rstrip()
        roles.append(role)
        spans.append((head.end() + 1, pos + len(role)) if pos + len(role) > head.end() + 1 else (-1, -1))
        nxt = re.match(r",[ ]", text[pos + len(role) :])
        if not nxt:
            break
        pos = pos + len(role) + nxt.end()
    return roles, spans


def _role_end(text: str, pos: int) -> int:
    """Where a role phrase ends: punctuation, a dash or comma, or a verb; "Phó Chủ tịch - Tổng Thư ký ..."
    (two heads joined by a dash) reads on as one role."""
    limit = min(len(text), pos + 160)
    end = limit
    search_from = pos
    while True:
        m = _ROLE_END_RE.search(text, search_from, limit)
        if m is None:
            break
        if (
            m.group().strip() in ("-", "–")
            and ROLE_HEAD_RE.match(text, m.end())
            and not _ROLE_STOP_RE.search(text, pos, m.start())
        ):
            search_from = m.end()
            continue
        end = m.start()
        break
    s = _ROLE_STOP_RE.search(text, pos, end)
    if s:
        end = s.start()
    return end


_ROLE_WINDOW = 200


def role_before(text: str, start: int) -> tuple[str | None, tuple[int, int]]:
    """A role phrase just before the name: "Phó Chủ tịch UBND tỉnh Phan Trọng Tấn"."""
    # A role is at most 120 characters long, so only a short window is read: a long text with no
    # punctuation would otherwise be rescanned from its start for every name in it.
    window = max(0, start - _ROLE_WINDOW)
    clause_start = max(max(text.rfind(ch, window, start) for ch in '.;:!?()"“”\n,') + 1, window)
    segment = text[clause_start:start]
    if not segment.strip() and text.endswith(": ", 0, start):
        # "Tổng biên tập: Đỗ Danh Phương": a bare role as a label before the name
        label_start = max(max(text.rfind(ch, window, start - 2) for ch in '.;!?()"“”\n,') + 1, window)
        label = text[label_start : start - 2].strip()
        if ROLE_HEAD_RE.fullmatch(label):
            return label, (-1, -1)
    # The head nearest the name wins: "Chuyên gia A ủng hộ HLV Mai Đức Chung" gives "HLV".
    for head in reversed(list(ROLE_HEAD_RE.finditer(segment))):
        if not head.group()[0].isupper():
            continue
        tail = re.sub(r"[ ]và(?=[ ][A-ZĐÂĂÊÔƠƯ])", " ", segment[head.end() :])
        if _ROLE_STOP_RE.search(tail):
            continue
        role = segment[head.start() :].rstrip()
        if not role or len(role) > 120:
            continue
        abs_head_end = clause_start + head.end()
        org = (abs_head_end + 1, clause_start + head.start() + len(role))
        return role, (org if org[1] > org[0] else (-1, -1))
    # an occupation right before the name, in either case: "kiến trúc sư Hoàng Đạo Cương", "đạo diễn Trấn Thành"
    if occupation := _OCCUPATION_BEFORE_RE.search(segment):
        return occupation.group(1), (-1, -1)
    return None, (-1, -1)


# Occupations the labelled splits give as a role when written right before a name.
_OCCUPATIONS = (
    "kiến trúc sư",
    "học giả",
    "tài xế",
    "lái xe",
    "nhà tình báo",
    "nữ diễn viên",
    "nam diễn viên",
    "danh hài",
    "nghệ sĩ hài",
    "nhà thiết kế",
    "đạo diễn",
    "cô giáo",
    "thầy giáo",
    "tỷ phú",
    "doanh nhân",
    "nhà khoa học",
    "nhà nghiên cứu",
    "nhà sử học",
    "nhà sáng lập",
    "nhà đầu tư",
    "nhiếp ảnh gia",
    "biên tập viên",
    "vận động viên",
    "võ sĩ",
    "tay đua",
    "tay vợt",
)
_OCCUPATION_BEFORE_RE = re.compile(rf"(?<![\w])((?i:{'|'.join(_OCCUPATIONS)}))[ ]$")
