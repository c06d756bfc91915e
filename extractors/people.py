"""People: a Vietnamese name after an honorific, rank or role, with the roles given beside it.

News writes "Ông Nguyễn Công Thương - Trưởng Công an xã cho biết", "Trung tá Lê Văn Bàng, Phó Đội trưởng ...",
"Phó Chủ tịch UBND tỉnh Phan Trọng Tấn" and later "ông Thương". So a person is a run of capitalised syllables
that starts with a surname (2-4 syllables), or any short run right after an honorific; the cue in front is
the title, a role phrase after a dash or comma (or just before the name) gives the roles, and the
organisation a role names ("Công an xã" in "Trưởng Công an xã") is the person's organisation. Short later
mentions ("ông Thương") join the person whose full name ends the same way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors import nlp
from extractors.datafiles import entries, section
from extractors.facts import Mention, Person
from extractors.gazetteer import country_lead, country_tail
from extractors.intervals import DisjointSpans, Spans
from extractors.normalize import fold_key
from extractors.places import LEADING_WORDS, LOWER, RUN, SYL, UPPER, _sentence_initial, is_place_name

__all__ = [
    "CREDIT_KIND",
    "SURNAMES",
    "WEAK_SURNAMES",
    "PersonSpan",
    "find_person_spans",
    "merge_people",
    "names_no_one",
    "plausible_syllables",
]

SURNAMES = frozenset(
    [
        # written without tone marks, as foreign and diaspora news does ("Nguyen Van Uoc"); not the forms
        # that are also Vietnamese words ("Do", "Le", "Ho", "Ly")
        "Nguyen",
        "Tran",
        "Pham",
        "Hoang",
        "Huynh",
        "Phan",
        "Dang",
        "Bui",
        "Ngo",
        "Duong",
        "Trinh",
        "Khuất",
        "Sa",
        "Vì",
        "Cấn",
        "Đậu",
        "Chử",
        "Khiếu",
        "Ôn",
        "Tào",
        "Bành",
        "Hoắc",
        "Mạch",
        "Tưởng",
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đào",
        "Đoàn",
        "Trịnh",
        "Trương",
        "Lâm",
        "Mai",
        "Lương",
        "Hà",
        "Tạ",
        "Cao",
        "Tô",
        "Chu",
        "Châu",
        "Quách",
        "Thái",
        "Kiều",
        "Khổng",
        "Lưu",
        "Tăng",
        "Từ",
        "Vương",
        "Hứa",
        "La",
        "Lò",
        "Lục",
        "Mạc",
        "Nông",
        "Triệu",
        "Giang",
        "Kim",
        "Thân",
        "Tống",
        "Phùng",
        "Âu",
        "Doãn",
        "Diệp",
        "Đàm",
        "Hàn",
        "Hầu",
        "Khúc",
        "Lại",
        "Nghiêm",
        "Quan",
        "Sầm",
        "Tôn",
        "Tiêu",
        "Vi",
        "Viên",
        "Ninh",
        "Bạch",
        "Cù",
        "Đồng",
        "Khương",
        "Lã",
        "Lạc",
        "Lữ",
        "Mã",
        "Nhữ",
        "Phí",
        "Quản",
        "Tòng",
        "Trình",
        "Ứng",
        "Vy",
        "Giáp",
        "Hán",
        "Kha",
        "Lỗ",
        "Mẫn",
        "Phương",
        "Sái",
        "Thạch",
        "Thiều",
        "Tiết",
        "Ung",
        "Xa",
        "Cầm",
        "Điêu",
        "Sùng",
        "Giàng",
        "Thào",
        "Vàng",
        "Lầu",
        "Mùa",
        "Hạng",
        "Lường",
        "Quàng",
        "Bế",
        "Ma",
        "Ngọ",
        "Đổng",
    ]
)

_HONORIFICS = r"(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Bác|Cụ|Đồng chí|Đ/c|Cháu|Nàng|Thầy|(?<!mang )(?<!có )[Bb]ầu(?= (?!Quốc|Chủ|Hội|Ban|Thủ|Phó|Tổng|Bí|Ngày|Tháng|Năm|Sáng|Chiều|Tối|Đêm)))"
# One-syllable short forms of nations after an occupation: "nghệ sĩ Hàn", "Nghệ sĩ Việt", "Tây ba lô".
_SHORT_NATIONS = frozenset(["Hàn", "Việt", "Tây", "Nhật", "Triều", "Lào", "Thái", "Trung", "Mỹ"])
# One-word country names that are common given names too, read as people after an honorific.
_COUNTRY_GIVEN_NAMES = frozenset(["Đức", "Nga", "Nhật", "Hàn", "Thái", "Anh", "Mỹ"])
_HONORIFIC_WORDS = frozenset(
    ["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "đồng chí", "đ/c", "cháu", "thầy"]
)
_RANKS = (
    r"(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại [uú]y|Thượng [uú]y"
    r"|Trung [uú]y|Thiếu [uú]y|Chuẩn [uú]y|Thượng sĩ|Trung sĩ|Hạ sĩ|Binh nhất|Binh nhì|Chuẩn Đô đốc|Phó Đô đốc|Đô đốc)"
)
# Titles won in a pageant and stage occupations: cues before a name, stored as the person's role ("Hoa hậu
# Thanh Thủy", "Nữ ca sĩ Bích Phương").
_TITLES_AS_ROLES = (
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
_PLAYER_CUES = (
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
_TRADES = ("Nhà báo", "Nhà văn", "Nhà thơ", "Họa sĩ", "Nhạc sĩ", "TikToker", "YouTuber", "Streamer")
_ROLE_CUES = frozenset(cue.lower() for cue in (*_TITLES_AS_ROLES, *_PLAYER_CUES, *_TRADES))
_ACADEMIC = (
    r"(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|BS\.CK[12I]{1,2}|KS|CN|NSND|NSƯT|NGND|NGƯT|TTND|TTƯT)(?:\.(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}))*\.?"
    r"|Giáo sư|Phó Giáo sư|Tiến sĩ|Thạc sĩ|Bác sĩ|Dược sĩ|Luật sư|Kỹ sư|Nhà báo|Nhà văn|Nhà thơ|Nghệ nhân(?: Ưu tú| Nhân dân)?"
    r"|Nghệ sĩ(?: Ưu tú| Nhân dân)?|Họa sĩ|Nhạc sĩ|Đại đức|Thượng tọa|Hòa thượng|Linh mục|Mục sư|Giám mục"
    r"|Shark|TikToker|YouTuber|Streamer|"
    + "|".join(cue[0].upper() + cue[1:] for cue in _PLAYER_CUES)
    + "|"
    + "|".join(_TITLES_AS_ROLES)
    + ")"
)


def _ci_first(alternation: str) -> str:
    """Let each alternative start with either case: 'Ông' also matches 'ông'."""
    return re.sub(r"(?<=[(|:])([A-ZĐÔƯ])", lambda m: f"[{m.group(1)}{m.group(1).lower()}]", alternation)


_CUE_RE = re.compile(
    rf"(?<![\w.])(?P<cue>{_ci_first(_RANKS)}|{_ci_first(_HONORIFICS)}|{_ci_first(_ACADEMIC)})"
    rf"(?:,?[ ](?P<cue2>{_ACADEMIC}))?[ ](?P<name>{RUN})"
)
_RUN_RE = re.compile(rf"(?<![\w]){RUN}")

ROLE_HEADS = sorted(
    """Phó Chủ tịch thường trực|Phó Chủ tịch|Chủ tịch|Tổng Bí thư|Phó Bí thư thường trực|Phó Bí thư|Bí thư|Ủy viên|Uỷ viên
    |Tổng Giám đốc|Phó Tổng Giám đốc|Phó Giám đốc|Giám đốc|Phó Trưởng|Trưởng|Phó Đội trưởng|Đội trưởng|Đội phó
    |Phó Hiệu trưởng|Hiệu trưởng|Phó Chủ nhiệm|Chủ nhiệm|Bộ trưởng|Thứ trưởng|Phó Thủ tướng|Thủ tướng|Phó Chánh án
    |Chánh án|Phó Viện trưởng|Viện trưởng|Chánh Văn phòng|Phó Chánh Văn phòng|Chánh Thanh tra|Phó Chánh Thanh tra
    |Phó Cục trưởng|Cục trưởng|Vụ trưởng|Phó Vụ trưởng|Chi cục trưởng|Phó Chi cục trưởng|Tư lệnh|Phó Tư lệnh
    |Chính ủy|Phó Chính ủy|Chỉ huy trưởng|Chỉ huy phó|Tham mưu trưởng|Đại biểu Quốc hội|Đại biểu HĐND|Tổng Biên tập
    |Phó Tổng Biên tập|Tổng Thư ký|Thư ký|Kế toán|Công an viên|Trưởng thôn|Trưởng khu|Trưởng bản|Trưởng xóm|Bác sĩ|Điều dưỡng
    |Giáo viên|Giảng viên|Nhân viên|Chuyên viên|Cán bộ|Người phát ngôn|Chủ doanh nghiệp|Chủ cơ sở|Chủ trang trại
    |Chủ tịch nước|Phó Chủ tịch nước|Phó TGĐ|TGĐ|HLV|Huấn luyện viên|Chuyên gia|Tổng thống|Chủ nhiệm Ủy ban|Trợ lý|Cố vấn|Phóng viên|Chiến sĩ|Thành viên|Ủy viên Ban Thường vụ
    |Phó Trưởng phòng|Trưởng phòng|Tổ trưởng|Tổ phó|Nhóm trưởng|Tỉnh ủy viên|Huyện ủy viên|Thành ủy viên|Thị ủy viên
    |Đảng ủy viên|Tỉnh uỷ viên|Huyện uỷ viên|Thành uỷ viên|Đảng uỷ viên""".replace("\n", "")
    .replace(" |", "|")
    .split("|"),
    key=len,
    reverse=True,
)
_HEAD_ALT = "|".join(re.escape(h.strip()) for h in ROLE_HEADS)
_ROLE_HEAD_RE = re.compile(rf"(?<![\w])(?i:{_HEAD_ALT})(?![\w])")
_ROLE_STOP_RE = re.compile(
    r"(?<![\w])(?:cho biết|chia sẻ|nói|khẳng định|nhấn mạnh|phát biểu|thông tin|cho hay|trao đổi|yêu cầu|đề nghị"
    r"|chỉ đạo|cho rằng|kể|bày tỏ|giới thiệu|tâm sự|báo cáo|đánh giá|lưu ý|thừa nhận|tiết lộ|xác nhận|trả lời"
    r"|giải thích|và|đã|đang|sẽ|vừa|cũng|được|bị|là|tại|thăm|dự|trao|tặng|chủ trì|làm|cùng|với|khi|thì|mà|khẳng"
    r"|hướng dẫn|kiểm tra|(?<![Tt]hư[ ])ký|tiếp|có|(?<![Hh]àng[ ])không|nên|để|vì|do|nhưng|người|ở|từ|đến|trong|về|qua|khuyến cáo|đề xuất"
    r"|kiến nghị|nêu|phân tích|nhận định|nhận xét|gửi|đánh|chúc|mong|hy vọng|tin|nghĩ|biết|cảm ơn)(?![\w])"
)
_ROLE_END_RE = re.compile(r"\.(?!\w)|[;:!?()\"“”\n]|\s[-–]\s|,")  # "TP.HCM" goes on
# Words right before a name-shaped run that make it a street, school or other named thing, not a person.
_NOT_PERSON_BEFORE = frozenset(
    [
        "đường",
        "phố",
        "trường",
        "thpt",
        "thcs",
        "chuyên",  # "Trường THPT Chuyên Lê Quý Đôn", "trường chuyên Lê Hồng Phong"
        "bv",  # "BV Bạch Mai": a hospital
        "đh",
        "học",
        "cầu",
        "chùa",
        "đền",
        "đài",  # "Tượng đài Lý Thái Tổ" (not "tượng": "đối tượng Nguyễn Văn A" is a suspect)
        "đình",
        "quỹ",
        "giải",
        "cúp",
        "sân",
        "lăng",
        "tàng",
        "lộ",
        "viên",
        "tàu",
        "nhà",
        "tuyến",
        "ngõ",
        "ngách",
        "hẻm",
        "kiệt",
        "tòa",
        "chợ",
        "bến",
        "cảng",
        "đảo",
        "núi",
        "sông",
        "hồ",
        "đèo",
        "suối",
        "thác",
        "hang",
        "động",
        "đầm",
        "vịnh",
        "bãi",
        "biển",
        "kênh",
        "ty",
        "đoàn",
        "đội",
        "báo",
        "chí",
        "phố",
        "hiệu",
        "hãng",
        "mang",
        "tên",
        "giống",
    ]
)
# First words of a unit or group name, which a cue word before them does not make a person ("anh Đội ...").
_UNIT_WORDS = frozenset(
    ["Tổ", "Quỹ", "Đội", "Nhóm", "Ban", "Hội", "Sở", "Phòng", "Cục", "Viện", "Đảng", "Báo", "Đài"]
)
_BLOCKED = frozenset(
    fold_key(n) for n in ("Rịa", "Nà", "Đen", "Chiểu", "Tô", "Ích Khiêm", "Triệu", "Lãnh", "Điểm")
)
_ALIASES = {fold_key("Bác Hồ"): "Hồ Chí Minh"}


# Surnames that are also common words or place syllables: without a cue they need a middle name we know.
WEAK_SURNAMES = frozenset(
    [
        "Vàng",
        "Hà",
        "Mai",
        "Kim",
        "Giang",
        "Lâm",
        "Châu",
        "Cao",
        "Thái",
        "Quan",
        "La",
        "Ma",
        "Hoa",
        "Tiêu",
        "Từ",
        "Đồng",
        "Lạc",
        "Phương",
        "Ninh",
        "Bạch",
        "Viên",
        "Xa",
        "Mùa",
        "Lầu",
        "Sùng",
        "Giàng",
        "Thào",
        "Hạng",
        "Cầm",
        "Kha",
        "Hán",
        "Ứng",
        "Ung",
        "Sái",
        "Lỗ",
        "Mẫn",
        "Quàng",
        "Lường",
        "Ngọ",
        "Âu",
        "Tăng",
        "Tòng",
        "Vi",
        "Vy",
        "Trình",
        "Thạch",
        "Vì",
    ]
)
_MIDDLES = frozenset(
    [
        "Văn",
        "Thị",
        "Seo",
        "Mí",
        "Thế",
        "Đức",
        "Hữu",
        "Minh",
        "Quang",
        "Ngọc",
        "Thanh",
        "Xuân",
        "Quốc",
        "Đình",
        "Công",
        "Trọng",
        "Bá",
        "Anh",
        "Hoài",
        "Khắc",
        "Tiến",
        "Chí",
    ]
)
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)


def plausible_syllables(words: Sequence[str]) -> bool:
    """Whether every word has the shape of a Vietnamese syllable ("Olympic", "iPhone" do not)."""
    from extractors.normalize import strip_tones

    for word in words:
        bare = strip_tones(word).lower().replace("đ", "d")
        if not _SYLLABLE_RE.match(bare.replace("d", "đ", 1) if bare.startswith("d") else bare):
            return False
    return True


# The most common surnames: with one of these, two syllables and no cue still make a name ("do Phạm Tuân lái").
_COMMON_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Trịnh", "Đinh"]
)


# Words before a capitalised pair that make it a plant's, a doctrine's or a thing's name: "cây Đinh Lăng",
# "hoa Đỗ Quyên", "chủ nghĩa Mác - Lê Nin".
_THING_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:cây|hoa|quả|trái|lá|rau|cỏ|con|giống|thuốc|vị|nghĩa|chè|trà|rượu|bánh|món)|[-–])[ ]$",
    re.IGNORECASE,
)


def _two_syllable_name(text: str, start: int, words: Sequence[str]) -> bool:
    """A cue-less name of two syllables: a common surname and a given name, no unit's name ("Phạm Tuân",
    not "Phan Thiết" or "Nguyễn Văn" cut short), and no plant or doctrine ("cây Đinh Lăng", "Mác - Lê Nin")."""
    return (
        len(words) == 2
        and words[0] in _COMMON_SURNAMES
        and words[1] not in _MIDDLES
        and plausible_syllables(words)
        and not is_place_name(" ".join(words))
        and not _THING_BEFORE_RE.search(text, max(0, start - 10), start)
    )


def _plausible(words: Sequence[str]) -> bool:
    """A cue-less name must be made of Vietnamese syllables, and a weak surname needs a known middle name."""
    return plausible_syllables(words) and not (words[0] in WEAK_SURNAMES and words[1] not in _MIDDLES)


@dataclass
class PersonSpan:
    """One mention of a person as found: the name span, and what the text says around it."""

    start: int
    end: int
    name: str
    full: bool
    title: str | None = None
    roles: list[str] = field(default_factory=list)
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    """Where each role's organisation part sits, for the organisation finder."""
    canonical: str | None = None


def _clean_title(cue: str) -> str:
    cue = cue.rstrip(".")
    return cue[0].upper() + cue[1:]


def _roles_after(text: str, pos: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Role phrases after a name: " - Trưởng Công an xã", ", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"."""
    roles: list[str] = []
    spans: list[tuple[int, int]] = []
    m = re.match(r"[ ]?(?:[-–]|,)[ ]", text[pos:])
    if not m:
        return roles, spans
    pos += m.end()
    while True:
        head = _ROLE_HEAD_RE.match(text, pos)
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
            and _ROLE_HEAD_RE.match(text, m.end())
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


def _role_before(text: str, start: int) -> tuple[str | None, tuple[int, int]]:
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
        if _ROLE_HEAD_RE.fullmatch(label):
            return label, (-1, -1)
    # The head nearest the name wins: "Chuyên gia A ủng hộ HLV Mai Đức Chung" gives "HLV".
    for head in reversed(list(_ROLE_HEAD_RE.finditer(segment))):
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


_LATIN_UP = "A-ZÀ-ÖØ-Þ"
_LATIN_LOW = "a-zß-öø-ÿ"
_FOREIGN_WORD = rf"[{_LATIN_UP}][{_LATIN_LOW}'’]+(?:[{_LATIN_UP}][{_LATIN_LOW}]+)?(?:-[{_LATIN_UP}{_LATIN_LOW}][{_LATIN_LOW}]+)*"
_FOREIGN_RE = re.compile(
    rf"(?<![\w.-]){_FOREIGN_WORD}(?:[ ](?:(?:de|la|del|van|von|der|den|bin|al|da|di|dos|le)[ ])*"
    rf"(?:{_FOREIGN_WORD}|[A-Z]\.(?=[ ][A-Z])))+(?![\w]|-\w)"  # "Jeff Bezos- đã": a dash glued to the name ends it
)
# Occupations in sport and the arts: before a foreign name even of one word they say a person follows.
_SPORTS_AND_ARTS_CUES = (
    *_PLAYER_CUES,
    "ngôi sao",
    "tay vợt",
    "võ sĩ",
    "ca sĩ",
    "diễn viên",
    "siêu mẫu",
    "người mẫu",
    "đạo diễn",
)
# Words before a foreign name (besides the role heads) that say a person follows: "thủ thành Emiliano Martinez".
_FOREIGN_CUES = frozenset(
    h.lower()
    for h in (
        *ROLE_HEADS,
        "ông",
        "bà",
        "ngài",
        "anh",
        "chị",
        "cô",
        "bé",
        "cháu",
        "em",
        "CEO",
        *_SPORTS_AND_ARTS_CUES,
        "vận động viên",
        "VĐV",
        "nhà báo",
        "nhà văn",
        "tỷ phú",
        "du khách",
        "nhà sáng lập",
        "người sáng lập",
        "đại sứ",
        "ngoại trưởng",
        "nữ hoàng",
        "vua",
        "hoàng tử",
        "công chúa",
        "công nương",
        "sir",
        "madam",
        "giáo hoàng",
        "giáo sư",
        "tiến sĩ",
        "bác sĩ",
        "luật sư",
        "phát ngôn viên",
        "người phát ngôn",
        "tướng",
        "chủ tịch",
        "thủ tướng",
        "tổng thống",
        "phó tổng thống",
        "nhà khoa học",
        "nhà nghiên cứu",
        "chuyên gia",
        "huấn luyện viên",
        "nghệ sĩ",
        "tác giả",
        "nhà đầu tư",
        "doanh nhân",
        "bệnh nhân",
        "nạn nhân",
        "học sinh",
        "sinh viên",
        "cựu",
        "của",
    )
)
# Capitalised Latin words that make a run an organisation or event, not a person.
_NOT_FOREIGN_PERSON = frozenset(
    [
        "group",
        "network",
        "bank",
        "corporation",
        "company",
        "inc",
        "ltd",
        "tour",
        "games",
        "financial",
        "capital",
        "holdings",
        "university",
        "institute",
        "foundation",
        "airlines",
        "airways",
        "motors",
        "cup",
        "league",
        "fc",
        "united",
        "city",
        "club",
        "festival",
        "resort",
        "hotel",
        "tower",
        "center",
        "audio",
        "electronics",
        "labs",
        "systems",
        "software",
        "fashion",
        "cosmetics",
        "centre",
        "park",
        "mall",
        "market",
        "fund",
        "partners",
        "global",
        "international",
        "limited",
        "co",
        "corp",
        "school",
        "college",
        "agency",
        "times",
        "news",
        "post",
        "press",
        "media",
        "studio",
        "studios",
        "entertainment",
        "records",
        "pictures",
    ]
)


_TEAM_AGE_RE = re.compile(r"U\d{2}")


def _foreign_cue(text: str, start: int) -> str | None:
    """The cue before a foreign name, skipping a country and up to two lower-case descriptors:
    "Tổng thống Mỹ Donald Trump", "Giám đốc đầu tư Brad McMillan", "Bác sĩ phẫu thuật Lou Zhongquan"."""
    from extractors.organisations import find_known_orgs

    before = text[max(0, start - 80) : start]
    if not before.endswith(" "):
        return None
    known = find_known_orgs(before.rstrip())
    if known and known[-1].end == len(before.rstrip()) and known[-1].start > 0:
        before = before[
            : known[-1].start
        ]  # "CEO Tesla Elon Musk": the firm sits between the role and the name
    toks = before.rstrip().split(" ")
    for _ in range(2):  # "Đại sứ Nhật Bản tại Việt Nam Ito Naoki": a country, "tại" and another
        k = country_tail(toks)
        if not k:
            break
        toks = toks[:-k]
        if len(toks) > 1 and toks[-1] == "tại":
            toks = toks[:-1]
        elif len(toks) > 1 and _TEAM_AGE_RE.fullmatch(toks[-1]):
            toks = toks[:-1]  # "tiền đạo U23 Thái Lan Achitpol Keereerom": a country's age team
            break
        else:
            break
    for skip in range(3):
        if skip and (skip >= len(toks) or not toks[-skip].islower()):
            break  # only lower-case words may stand between a cue and a name, and a cue must be left
        head = toks[: len(toks) - skip]
        for n in (4, 3, 2, 1):
            if len(head) >= n:
                phrase = " ".join(head[-n:]).strip('("“,')
                if phrase.lower() in _FOREIGN_CUES:
                    if phrase.lower() == "của" and skip:
                        continue
                    return phrase
    return None


# Capitalised words opening a sentence before a brand or a place, not a given name: "Trên TikTok, ...".
_NOT_NAME_OPENERS = frozenset({*LEADING_WORDS, "trên", "qua", "nhờ", "bằng", "trước", "dưới", "giữa", "tới"})
_CUE_AFTER_RE = re.compile(r"[ ]?(?:,|\(|[-–])[ ]?((?:[^\W\d_]+[ ]?){1,4})")
# Cues that, after a name, may also start the next clause ("..., anh nói"), so they say nothing there.
_NOT_CUES_AFTER = frozenset(["của", "cựu", "ông", "bà", "anh", "chị", "cô", "bé", "cháu", "em"])


def _foreign_cue_after(text: str, end: int) -> str | None:
    """A role or occupation right after a foreign name, set off by a comma, bracket or dash:
    "Mario Pineida, cầu thủ của ...", "Vaishali Gauba (du khách Ấn Độ ...)"."""
    m = _CUE_AFTER_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase.lower() in _FOREIGN_CUES and phrase.lower() not in _NOT_CUES_AFTER:
            return phrase
    return None


@functools.cache
def foreign_given_names() -> frozenset[str]:
    """Given names that open a foreign name written with no cue ("Mike Tyson"), from data/foreign_given_names.txt."""
    return frozenset(entries("foreign_given_names.txt"))


@functools.cache
def foreign_surnames() -> frozenset[str]:
    """Surnames that end a foreign name written with no cue ("Paris Jackson"), from data/foreign_surnames.txt."""
    return frozenset(entries("foreign_surnames.txt"))


# Runs ending in a listed surname that name an index or a brand, not a person.
_NOT_SURNAME_RUNS = frozenset(["Dow Jones", "Johnson Johnson", "Marks Spencer", "Procter Gamble"])


def _surname_ends(text: str, end: int, words: Sequence[str]) -> bool:
    """A cue-less foreign name known by its last word ("Paris Jackson", "Brooklyn Beckham"): two or three
    words, the first no Vietnamese syllable ("Ông Trump" is a title and a name), not an index's name ("Dow
    Jones"), nor a sponsor's before a year ("Giải ... Night Wolf 2022")."""
    return (
        len(words) > 1
        and words[-1] in foreign_surnames()
        and not plausible_syllables([words[0]])
        and " ".join(words) not in _NOT_SURNAME_RUNS
        and not re.match(r"[ ]\d{4}(?![\w])", text[end : end + 6])
    )


@functools.cache
def korean_surnames() -> frozenset[str]:
    """The Korean surnames of data/foreign_given_names.txt (its "# Korean surnames" section): "Song", "Park"."""
    return frozenset(section("foreign_given_names.txt", "# Korean surnames"))


def _korean_name(words: Sequence[str]) -> bool:
    """Three unaccented words opening with a Korean surname ("Song Hye Kyo", "Park Ji Sung"), which the
    syllable check alone would take for a Vietnamese name written without its marks."""
    return len(words) == 3 and words[0] in korean_surnames() and all(w.isascii() for w in words)


# Cues after which one foreign word is a person's name ("HLV Solskjaer", "tiền đạo Neymar"); the other cues
# also come before a firm or a country ("Giám đốc Google"), so they need a name of two words or more.
_SINGLE_NAME_CUES = frozenset(
    [
        "hlv",
        "huấn luyện viên",
        "ông",
        "bà",
        "ngài",
        *_SPORTS_AND_ARTS_CUES,
        # state titles, which come before a person and (unlike "Giám đốc") not before a firm
        "tổng thống",
        "thủ tướng",
        "ngoại trưởng",
        "quốc vương",
        "nhà vua",
        "giáo hoàng",
        "thượng nghị sĩ",
        "công nương",
        "hoàng tử",
        "công chúa",
        "nữ hoàng",
        "sir",  # "Sir Alex"
        "madam",  # "Madam Pang"
    ]
)
# Words a sports or arts cue may come before that name no one: "ca sĩ Kpop", "diễn viên Hollywood".
_NOT_SINGLE_NAMES = frozenset(
    [
        "Hollywood",
        "Bollywood",
        "Kpop",
        "Vpop",
        "Cpop",
        "Instagram",
        "Facebook",
        "TikTok",
        "Tiktok",
        "YouTube",
        "Youtube",
        "Grammy",
        "Oscar",
        "Oscars",
        "Netflix",
        "Broadway",
        "Olympic",
        "Olympics",
        "Premier",
        "Marvel",
        "Idol",
        "Noel",  # "ông già Noel": Father Christmas
    ]
)
# Product nouns before a cue-less foreign name that make it a brand: "Rượu Jack Daniels", "bộ sưu tập Victoria".
_BRAND_BEFORE_RE = re.compile(
    r"(?<![\w])(?:rượu|xe|tập|túi|hoa|hồ|giày|thoại|hiệu|hãng|phẩm|dòng|mẫu|kính|son|bia)[ ]$", re.IGNORECASE
)
_SINGLE_FOREIGN_RE = re.compile(rf"(?<![\w.-]){_FOREIGN_WORD}(?![\w-]|[ ][{_LATIN_UP}])")


# Regions with a premier or a president of their own, which a state title may come before: "Thủ tướng
# Greenland", "Tổng thống Crimea" (self-styled).
_REGIONS_WITH_LEADERS = frozenset(
    ["Greenland", "Quebec", "Catalonia", "Crimea", "Scotland", "Wales", "Bavaria", "Kosovo", "Gaza", "Texas"]
)


def _not_single_name(name: str) -> bool:
    """Whether one capitalised Latin word can name no person on its own: a Vietnamese syllable, a word in
    the lists above, a hyphenated word, a place, a foreign city or a known organisation."""
    from extractors.gazetteer import world_cities
    from extractors.organisations import known_orgs_re

    return bool(
        plausible_syllables([name])
        or name in _NOT_SINGLE_NAMES
        or name in _REGIONS_WITH_LEADERS
        or "-" in name
        or is_place_name(name)
        or fold_key(name) in world_cities()
        or known_orgs_re().fullmatch(name)
    )


def _single_foreign_spans(text: str) -> list[PersonSpan]:
    """A foreign name of one word after a sports or arts cue: "HLV Solskjaer", "tiền đạo Neymar"."""
    out: list[PersonSpan] = []
    for m in _SINGLE_FOREIGN_RE.finditer(text):
        name = m.group()
        cue = _foreign_cue(text, m.start())
        if cue is None or cue.lower() not in _SINGLE_NAME_CUES:
            continue
        # an English title is a person's whatever the name looks like ("Madam Pang", "Sir Alex")
        if _not_single_name(name) and not (cue.lower() in ("sir", "madam") and not is_place_name(name)):
            continue
        out.append(_cued(m.start(), m.end(), name, cue))
    return out


# What a one-word foreign name with no cue needs to be a person: a verb only a person is the subject of
# right after it ("Saka lập hat-trick", "Seungri bị truy tố"), a word for a relative or a peer right before
# it ("đồng nghiệp Kiatisuk", "em út Seohyun"), a minute of a match after it ("Pavlidis ở phút 34"), a
# person's name joined to it ("Alexis Sanchez và Coutinho"), or a personal pronoun taking it up later in a
# text that names no one else ("Leila hợp hơn với mái tóc ... khiến cô trông rất sang trọng").
_PERSON_VERBS_RE = re.compile(
    r"[ ](?:tự hào|lập (?:công|cú đúp|hat-trick|hattrick|kỷ lục)|ghi (?:bàn|cú đúp|hat-trick)|phản pháo|mỉa mai|chế giễu|cà khịa"
    r"|bị (?:truy tố|bắt|kết án|tuyên án|khởi tố|treo giò|đuổi khỏi sân)|kết hôn|qua đời|giải nghệ|khóc"
    r"|mang thai|mang bầu|sinh con|hẹn hò|chia tay|đăng quang|tâm sự|thổ lộ|xuất viện|nhập viện)(?![\w])"
)
_PEER_BEFORE_RE = re.compile(
    r"(?<![\w])(?:đồng nghiệp|em út|người yêu|bạn trai|bạn gái|vợ|chồng|con trai|con gái|đàn em|đàn anh|bà xã|ông xã"
    r"|người đẹp|mỹ nhân|nam thần|nữ thần)[ ]$",
    re.IGNORECASE,
)
_MATCH_MINUTE_RE = re.compile(r"[ ](?:ở|vào)?[ ]?phút[ ]\d")
_PRONOUN_LATER_RE = re.compile(
    r"(?:[.,;:!?][ ]|(?<![\w])(?:khiến|giúp|cho|với|để|nhưng|và|khi|rằng)[ ])(?:cô|nàng|anh|chàng)(?:[ ](?:ấy|ta))?"
    r"[ ](?!(?:dâu|em|bà|con|hùng|chị|giáo|gái|nàng|ta[ ]cùng|ấy[ ][A-ZĐ])(?![\w]))[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]"
)


# Where a name the pronoun may take up stands: opening a clause, or after "của", "về", "với" ("của Leila");
# not after "trong", "tại", "họa tiết", where a thing or a place stands.
_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.,:;!?][ ]|(?<![\w])(?:của|về|với|cùng|và)[ ])$")


def _evidenced_single_spans(text: str, found: Sequence[PersonSpan]) -> list[PersonSpan]:
    """One-word foreign names with no cue but with a person's evidence around them (see above)."""
    taken = Spans((s.start, s.end) for s in found)
    candidates = [
        m
        for m in _SINGLE_FOREIGN_RE.finditer(text)
        if not (
            m.group()[-1] in "'’"  # "khóc trong Camry'?": the closing quote of a title
            or m.group() in ("Jr", "Sr")
            or taken.overlaps(m.start(), m.start() + 1)
            or _not_single_name(m.group())
        )
    ]
    foreign = [f for f in found if not plausible_syllables(f.name.split())]
    edges = ({f.start for f in foreign}, {f.end for f in foreign})
    out: list[PersonSpan] = []
    for m in candidates:
        name, start, end = m.group(), m.start(), m.end()
        before = text[max(0, start - 30) : start]
        if re.search(rf"[{UPPER}][\w.]*(?:['’]s)?[ ]$", before) and not _PEER_BEFORE_RE.search(before):
            continue  # "HLV Ceres Negros", "CLB Famalicao", "Victoria's Secret": the end of a longer name
        if (
            _is_blocked_before(text, start)
            or _BRAND_BEFORE_RE.search(before)
            or _NAMED_AFTER_RE.search(before)
        ):
            continue
        last = before.split()[-1].lower() if before.split() else ""
        if (last in _FOREIGN_CUES and last not in ("của", "cựu")) or before.endswith(
            ("Cộng hòa ", "Cộng Hòa ")
        ):
            continue  # "anh Zhang": the cue rules read it, with its title; "Cộng hòa Dominica": a state
        pronoun = (
            len(candidates) == 1
            and not found
            and _SUBJECT_BEFORE_RE.search(before) is not None
            and _PRONOUN_LATER_RE.search(text, end) is not None
        )
        if (
            _PERSON_VERBS_RE.match(text, end)
            or _PEER_BEFORE_RE.search(before)
            or _MATCH_MINUTE_RE.match(text, end)
            or _joined(text, start, end, edges)
            or pronoun
        ):
            out.append(PersonSpan(start, end, name, True))
    return out


def _joined(text: str, start: int, end: int, people: tuple[set[int], set[int]]) -> bool:
    """Whether `text[start:end]` is listed right after or before one of `people`, given as the sets of
    their starts and ends ("X và Y", "X, Y")."""
    starts, ends = people
    return any(
        (start - len(link) in ends and text.startswith(link, start - len(link)))
        or (end + len(link) in starts and text.startswith(link, end))
        for link in (" và ", ", ")
    )


def _joined_foreign_spans(text: str, found: Sequence[PersonSpan]) -> list[PersonSpan]:
    """Foreign names of two or three words with no cue, joined by "và" or a comma to a foreign person
    already found: "Taylor Swift và Miley Cyrus"."""
    from extractors.organisations import known_orgs_re

    taken = Spans((f.start, f.end) for f in found)
    foreign = [f for f in found if not plausible_syllables(f.name.replace("-", " ").split())]
    edges = ({f.start for f in foreign}, {f.end for f in foreign})
    out: list[PersonSpan] = []
    for m in _FOREIGN_RE.finditer(text):
        words = m.group().split(" ")
        if (
            not 2 <= len(words) <= 3
            or words[0] in ("Miss", "Mister", "Mr", "Mrs")  # "Leila Lopes, Miss Universe": a title
            or taken.overlaps(m.start(), m.end())
            or plausible_syllables([w for w in words if "-" not in w])
            or any(w.lower() in _NOT_FOREIGN_PERSON for w in words)
            or is_place_name(m.group())
            or known_orgs_re().match(m.group())
        ):
            continue
        if _joined(text, m.start(), m.end(), edges):
            out.append(PersonSpan(m.start(), m.end(), m.group(), True))
    return out


def _cued(start: int, end: int, name: str, cue: str) -> PersonSpan:
    """A foreign name with the cue written before it: the cue is a role, as written, when it is a role head or
    an occupation ("HLV", "chuyên gia", "tiền vệ"), else a title ("Tổng thống", "Sir")."""
    span = PersonSpan(start, end, name, True)
    if _ROLE_HEAD_RE.fullmatch(cue) or cue.lower() in _ROLE_CUES:
        span.roles, span.role_spans = [cue], [(-1, -1)]
    else:
        span.title = cue[0].upper() + cue[1:]
    return span


def _leading_firm(name: str) -> int:
    """Length (with its space) of a well-known firm opening a run of Latin words ("Amazon Jeff Bezos"), or 0."""
    from extractors.organisations import known_orgs_re

    known = known_orgs_re().match(name)
    if known and known.end() < len(name) and len(name[known.end() :].split()) >= 2:
        return known.end() + 1
    return 0


# Music genres written before a name in an epithet: "Vua nhạc Pop Michael Jackson".
_GENRES = frozenset(["Pop", "Rock", "Rap", "Jazz", "Kpop", "Vpop", "Soul", "Blues", "Country"])
# Honorifics the Latin-word pattern takes for a first name when they open a sentence: "Bà Carla Hoffmann",
# "Bé Li Xiaoyuan".
_OPENING_HONORIFICS = frozenset(["ông", "bà", "ngài", "chị", "cô", "bé", "cháu"])


_CAPITAL_NEXT_RE = re.compile(rf"[ ][{UPPER}]")
_HYPHENATED_RE = re.compile(r"\w+-\w+")  # a firm's name with a hyphen ("Mercedes-Benz") opening a run


def _foreign_spans(text: str) -> list[PersonSpan]:
    """Foreign names (Latin words, at least one not Vietnamese-shaped) right after a role or title."""
    out: list[PersonSpan] = []
    from extractors.organisations import known_orgs_re

    for m in _FOREIGN_RE.finditer(text):
        start, name = m.start(), m.group()
        if re.search(r"\w['’]s(?![\w])", name):
            continue  # "Vietnam’s Next Top Model", "Victoria's Secret": a possessive names a thing
        if _CAPITAL_NEXT_RE.match(text, m.end()):
            continue  # "FPT Telecom Hoàng Việt Anh": a Vietnamese name goes on where Latin letters stop
        k = country_lead(name.split(" "), keep=2)
        if k:
            start += len(" ".join(name.split(" ")[:k])) + 1
            name = text[start : m.end()]  # "Australia Nannette Holliday": a country, then the name
        prev = re.search(r"(\w+)[ ]$", text[max(0, start - 20) : start])
        first = name.split(" ")[0]
        if prev and len(name.split(" ")) > 2 and is_place_name(f"{prev.group(1)} {first}", units=False):
            start += len(first) + 1
            name = text[start : m.end()]  # "Samsung Việt Nam Choi Joo Ho": "Nam" ends the country
        if name.split(" ")[0] in _GENRES and len(name.split(" ")) > 2:
            start += len(name.split(" ")[0]) + 1
            name = text[start : m.end()]  # "Vua nhạc Pop Michael Jackson": the genre, then the name
        firm = _leading_firm(name)
        if firm:
            start += firm
            name = text[start : m.end()]  # "Tesla Elon Musk": a firm, then the name
        words = [w for w in name.split(" ") if w[:1].isupper()]
        if len(words) < 2 or words[-1].endswith("."):
            continue
        if (
            plausible_syllables([w for w in words if "-" not in w])
            and not any("-" in w for w in words)
            and not _korean_name(words)
        ):
            continue  # a Vietnamese name: the other passes read it
        if words[0].lower() in _OPENING_HONORIFICS and len(words) > 2:
            start += len(words[0]) + 1  # "Bà Carla Hoffmann": the title, then the name
            out.append(_cued(start, m.end(), text[start : m.end()], words[0]))
            continue
        if any(w.lower() in _NOT_FOREIGN_PERSON for w in words[1:]) or is_place_name(name):
            continue
        if known_orgs_re().fullmatch(name) or (_HYPHENATED_RE.match(name) and known_orgs_re().match(name)):
            continue  # "của Real Madrid": a club, whatever the cue; "Mercedes-Benz Maybach": the firm's car
        cue = _foreign_cue(text, start)
        role, org = (None, (-1, -1)) if cue else _role_before(text, start)
        if cue is None and role is not None and len(words) <= 3 and text[:start].rstrip().endswith(role):
            span = PersonSpan(start, m.end(), name, True)  # "Bộ trưởng Quốc phòng Mỹ Pete Hegseth"
            span.roles, span.role_spans = [role.rstrip(" -–")], [org]
            out.append(span)
            continue
        if cue is None:
            after = _foreign_cue_after(text, m.end())
            if after is not None and len(words) <= 3 and words[0].lower() not in _NOT_NAME_OPENERS:
                span = PersonSpan(start, m.end(), name, True)
                if _ROLE_HEAD_RE.fullmatch(after):
                    span.roles, span.role_spans = [after[0].upper() + after[1:]], [(-1, -1)]
                out.append(span)  # "Mario Pineida, cầu thủ của CLB ...", "Sophie Kinsella, nhà văn người Anh"
            elif (
                (words[0] in foreign_given_names() or _surname_ends(text, m.end(), words))
                and len(words) <= 3
                and not known_orgs_re().match(name)
                and not _is_blocked_before(text, start)  # "thương hiệu Pierre Cardin": a brand
                and not _BRAND_BEFORE_RE.search(text, max(0, start - 10), start)  # "Rượu Jack Daniels"
            ):
                out.append(PersonSpan(start, m.end(), name, True))  # "Mike Tyson", "Lee Dong Wook": no cue
            continue
        if cue.lower() == "của" and len(words) > 3:
            continue
        # "của", "cựu" say a person follows but are neither title nor role
        plain = cue.lower() in ("của", "cựu")
        out.append(PersonSpan(start, m.end(), name, True) if plain else _cued(start, m.end(), name, cue))
    return out


_STREET_LIST_RE = re.compile(
    rf"(?i:đường|phố|tuyến|ngả)[^.;:!?]{{0,40}}?(?:như|gồm|là)?[ ]?:?[ ](?:{RUN}(?:,[ ]|[ ]và[ ]))*$"
)


def _in_street_list(text: str, start: int) -> bool:
    """Whether a name is an item in a list of streets: "các tuyến đường lớn như Nguyễn Huệ, Trần Phú, ..."."""
    return bool(_STREET_LIST_RE.search(text[max(0, start - 200) : start]))


def _role_names_before(text: str, start: int) -> bool:
    """Whether the lower-case word that would make a name a street's or a school's ends a role's body
    instead: "Thứ trưởng Bộ Nông nghiệp và Môi trường Cao Đình Vượng" ("BV Bạch Mai" stays a hospital)."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].islower() and _role_before(text, start)[0] is not None


# Two-syllable words whose second syllable alone would make the next name a thing's ("đình", "báo").
_COMPOUNDS_BEFORE_NAMES = frozenset(["gia đình", "tình báo", "thông báo", "cảnh báo", "dự báo", "đối tượng"])


def _is_blocked_before(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    if len(before) > 1 and f"{before[-2].lower()} {before[-1]}" in _COMPOUNDS_BEFORE_NAMES:
        return False  # "Gia đình Lâm Chí Dĩnh", "nhà tình báo Phạm Ngọc Thảo": "đình", "báo" end a word
    if len(before) > 1 and before[-1] == "tên" and before[-2].lower() not in ("mang", "đặt"):
        return False  # "bút khắc tên Vương Chí Cao", "có tên Nguyễn Văn A": the person's own name
    # "đường Lê Lợi", not "Mạc Tuấn Kiệt, Âu Thanh Trúc" nor "... dạy học. Heidi Klum": a comma or a full
    # stop ends what the word before could name
    return (
        bool(before)
        and not before[-1].endswith((",", ".", "!", "?", ";", ":"))
        and before[-1].lower() in _NOT_PERSON_BEFORE
    )


# A photo or video credit: the name after "Ảnh:" ends the caption, in either name order ("Ảnh: Quỳnh Trần").
# What kind of picture a credit gives, between "Ảnh" and its colon: "Ảnh đồ họa: Phong Vũ", "Ảnh minh họa: ..."
CREDIT_KIND = r"(?:[ ](?:đồ họa|đồ hoạ|minh họa|minh hoạ|tư liệu|chụp màn hình))?"
_CREDIT_RE = re.compile(
    rf"(?:(?<![\w])(?:Ảnh|Video|Clip){CREDIT_KIND}[ ]?:|(?:^|(?<=[.!?][ ]))Ảnh)[ ](?P<name>{RUN})(?=[ ]?(?:$|[.)\]\n]))"
)  # "Ảnh: Lê Hiếu.", and with no colon at the end of a caption: "... đến xem. Ảnh Trọng Đức."
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


def _credit_spans(text: str) -> list[PersonSpan]:
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


# A name whose last two syllables repeat, as Chinese stage names do: "Can Lộ Lộ", "Vương Phi Phi".
def _reduplicated(words: Sequence[str]) -> bool:
    return len(words) == 3 and words[1] == words[2] and plausible_syllables(words)


# Ê Đê names, "H'" for a woman and "Y'" for a man before the given name: "H'Hen Niê", "Y'Moan Niê" (not
# French elisions: "L'Oréal").
_HIGHLANDS_NAME_RE = re.compile(
    rf"(?<![\w'’])[HY]['’][{UPPER}{LOWER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]*){{1,2}}(?![\w])"
)
# A foreign given name before Vietnamese syllables: a stage name ("Angela Phương Trinh", "Isaac Thanh").
_STAGE_NAME_RE = re.compile(
    rf"(?<![\w])(?P<given>[{_LATIN_UP}][{_LATIN_LOW}]+)[ ](?P<rest>{SYL}(?:[ ]{SYL})?)(?![ ][{UPPER}])"
)


def _stage_and_highland_spans(text: str) -> list[PersonSpan]:
    """Names no surname list knows: Ê Đê names and foreign-and-Vietnamese stage names, with a pageant
    title or stage occupation written before them as their role."""
    out = [PersonSpan(m.start(), m.end(), m.group(), True) for m in _HIGHLANDS_NAME_RE.finditer(text)]
    for m in _STAGE_NAME_RE.finditer(text):
        words = m.group("rest").split(" ")
        if (
            m.group("given") in foreign_given_names()
            and not plausible_syllables([m.group("given")])
            and plausible_syllables(words)
            and not is_place_name(m.group("rest"))
        ):
            out.append(PersonSpan(m.start(), m.end(), m.group(), True))
    for span in out:
        if role := _role_cue_before(text, span.start):
            span.roles, span.role_spans = [role], [(-1, -1)]
    return out


@functools.cache
def one_name_people() -> frozenset[str]:
    """People named by one word (data/one_name_people.txt): "Messi", "Soobin", "Putin"."""
    return frozenset(entries("one_name_people.txt"))


@functools.cache
def _one_name_re() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(one_name_people(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{names})(?![\w-])(?![ ][{UPPER}])")


def _one_name_spans(text: str) -> list[PersonSpan]:
    """Listed one-word names standing alone: not inside a longer run of capitals ("Cristiano Ronaldo" is
    read whole by the foreign-name rule)."""
    return [
        # a Vietnamese given name is short for the full name the article may give ("Công Phượng")
        PersonSpan(
            m.start(), m.end(), m.group(), " " not in m.group() or not plausible_syllables(m.group().split())
        )
        for m in _one_name_re().finditer(text)
        # "Brooklyn Beckham": the son, whom the list does not know; "tháp Trump", "Học viện Mourinho"
        if not _capital_before(text, m.start())
        and not _is_blocked_before(text, m.start())
        and not _NAMED_AFTER_RE.search(text, max(0, m.start() - 12), m.start())
    ]


def _capital_before(text: str, start: int) -> bool:
    """Whether a capitalised word right before `start` makes it part of a longer name: not a Vietnamese
    word capitalised only because it opens the headline ("Tóc Rooney mọc nhanh"), unless a surname."""
    m = re.search(rf"([{UPPER}][{LOWER}]+)[ ]$", text[max(0, start - 20) : start])
    if m is None:
        return False
    word = m.group(1)
    opening = _sentence_initial(text, start - len(m.group()))
    return not opening or word in SURNAMES or not plausible_syllables([word])


# Words before a famous one-word name that make it what is named after the person: "tháp Trump".
_NAMED_AFTER_RE = re.compile(
    r"(?<![\w])(?:tháp|viện|động|sạn|đoàn|hiệu|quỹ|tượng|giải|cúp)[ ]$", re.IGNORECASE
)


# Cues this pass reads only Vietnamese names after (the foreign-name rules read the others).
_VIETNAMESE_NAME_CUES = frozenset(["shark", *_PLAYER_CUES])
_CONTEST_BEFORE_RE = re.compile(r"(?<![\w])(?:[Cc]uộc thi|[Gg]iải|[Hh]ội thi)[ ]$")


def _role_cue_before(text: str, start: int) -> str | None:
    """A pageant title or stage occupation written right before a name found by another rule."""
    before = text[max(0, start - 12) : start]
    for title in _TITLES_AS_ROLES:
        if before.lower().endswith(title.lower() + " "):
            return before[len(before) - len(title) - 1 : -1]  # as written: "siêu mẫu", "Hoa hậu"
    return None


def name_after_country(text: str, offset: int, words: Sequence[str]) -> PersonSpan | None:
    """A name written the Vietnamese way after a country and a role: "Ngoại trưởng Trung Quốc Vương
    Nghị", where the run of capitals holds both the country and the minister."""
    lead = country_lead(words)
    rest = words[lead:]
    if not lead or not 2 <= len(rest) <= 4 or rest[0] not in SURNAMES or not plausible_syllables(rest):
        return None
    start = offset + len(" ".join(words[:lead])) + 1
    name, end = " ".join(rest), start + len(" ".join(rest))
    cue = _foreign_cue(text, start)
    if cue is None:
        role, org = _role_before(text, offset)  # "Bộ trưởng Quốc phòng Trung Quốc Đổng Quân"
        if role is None or offset == 0:
            return None
        span = PersonSpan(start, end, name, True)
        span.roles, span.role_spans = [f"{role} {' '.join(words[:lead])}"], [org]
        return span
    if cue.lower() in ("của", "cựu"):
        return None
    if not text[max(0, offset - 80) : offset].rstrip().lower().endswith(cue.lower()):
        return None  # "Anh Khổng Minh Tuấn": the cue is the run's own first word, no country at all
    return _cued(start, end, name, cue)


# Surnames a Vietnamese name written given name first ends with ("Thuận Nguyễn", "Trinh Phạm", "Trang Hồ"), as
# entertainment and business news writes stage and working names; not "Vũ", "Dương", "Hoàng" or "Lý",
# which end as many names in Vietnamese order ("Tuấn Vũ", "Ánh Dương", "Huy Hoàng").
_WESTERN_ORDER_SURNAMES = (_COMMON_SURNAMES - {"Vũ"}) | {"Hồ", "Trương"}
_WESTERN_ORDER_RE = re.compile(rf"(?<![\w])(?P<given>{SYL})[ ](?P<surname>{SYL})(?![\w]|[ ][{UPPER}])")
# Words before a surname that make it a dynasty's, a clan's, a street's or a place's: "nhà Nguyễn", "Chúa Trịnh".
_NOT_WESTERN_GIVEN = (
    frozenset(
        [
            "Nhà",
            "Triều",
            "Thời",
            "Đời",
            "Chúa",
            "Vua",
            "Họ",
            "Dòng",
            "Phố",
            "Đường",
            "Ngõ",
            "Hẻm",
            "Chùa",
            "Đền",
            "Lăng",
            "Cầu",
            "Chợ",
            "Trường",
            "Làng",
            "Xóm",
            "Thôn",
            "Phủ",
            "Từ",
            "Thánh",
            "Tiền",
            "Bà",
            "Ông",
            "Anh",
            "Chị",
            "Em",
            "Cô",
            "Chú",
            "Bác",
            "Cụ",
            "Con",
            "Cháu",
            "Mẹ",
            "Bố",
            "Cha",
            "Vợ",
            "Chồng",
            "Thầy",
            "Tây",
            "Hậu",
        ]
    )
    | _COMMON_SURNAMES
    | _WESTERN_ORDER_SURNAMES
)  # and no surname opens one: "Trần Nguyễn"


_PLACE_IN_CLAUSE_RE = re.compile(
    r"(?<![\w])(?:khu dân cư|khu|đèo|núi|sông|suối|hồ|thôn|xóm|làng|bản|ấp|phố|đường|ngõ|cầu|chợ|xã|phường"
    r"|quận|huyện|tỉnh|thị trấn|thị xã|thành phố|TP)(?![\w])",
    re.IGNORECASE,
)


def _western_order_spans(text: str) -> list[PersonSpan]:
    """Two-syllable names in Western order, a given name then a common surname, standing alone (no
    capitalised word before or after): "vợ chồng Trinh Phạm - Trần Thành", "Căn bệnh khiến Thuận Nguyễn
    khóc"."""
    out: list[PersonSpan] = []
    for m in _WESTERN_ORDER_RE.finditer(text):
        given, surname = m.group("given"), m.group("surname")
        if (
            surname not in _WESTERN_ORDER_SURNAMES
            or given in _NOT_WESTERN_GIVEN
            or given.lower() in LEADING_WORDS
            or not plausible_syllables([given, surname])
            or nlp.is_word(m.group())  # "Tiền Lê", "Hậu Lê": a dynasty, one word
            or is_place_name(m.group())
            or re.search(rf"[{UPPER}][\w.]*[ ]$", text[max(0, m.start() - 20) : m.start()])
            or _PLACE_IN_CLAUSE_RE.search(
                re.split(r"[,.;:!?()]", text[max(0, m.start() - 60) : m.start()])[-1]
            )
        ):
            continue  # "đèo Khánh Lê", "Khu dân cư Đình Trám - Sen Hồ": a pass's, a place's name
        out.append(PersonSpan(m.start(), m.end(), m.group(), True))
    return out


def find_person_spans(text: str, *, blocked: Sequence[tuple[int, int]] = ()) -> list[PersonSpan]:
    """Name-shaped spans with their cue and roles; `blocked` are spans already taken by places or organisations."""
    from extractors.organisations import known_orgs_re

    spans: list[PersonSpan] = []
    fixed = Spans(blocked)
    taken = DisjointSpans()  # a span joins only when it overlaps none already taken

    def overlaps(s: int, e: int) -> bool:
        return fixed.overlaps(s, e) or taken.overlaps(s, e)

    def keep(span: PersonSpan) -> None:
        """Add `span` unless it overlaps a blocked span or one already kept."""
        if not overlaps(span.start, span.end):
            spans.append(span)
            taken.add(span.start, span.end)

    for span in (
        *_foreign_spans(text),
        *_single_foreign_spans(text),
        *_credit_spans(text),
        *_stage_and_highland_spans(text),
    ):
        keep(span)
    vietnamese_one_names = []
    full_by_word: dict[str, str] = {}  # "Trump" -> "Donald Trump": a later word of a full name found so far
    for s in spans:
        for word in s.name.split(" ")[1:] if s.full else ():
            full_by_word.setdefault(word, s.name)
    for span in _one_name_spans(text):
        if not span.full:
            vietnamese_one_names.append(span)  # read after the cue rules, which give it its title
            continue
        full = full_by_word.get(span.name)
        if full is not None:
            span.full, span.canonical = False, full  # "Donald Trump ... Trump nói": one man
        keep(span)
    for span in _evidenced_single_spans(text, spans):
        keep(span)
    for span in _joined_foreign_spans(text, spans):
        keep(span)

    for m in _CUE_RE.finditer(text):
        words = m.group("name").split(" ")
        start = m.start("name")
        cue = m.group("cue")
        prev = re.search(rf"(?<![\w])[{UPPER}][{LOWER}]*[ ]$", text[max(0, m.start() - 12) : m.start()])
        if prev and (
            not _sentence_initial(text, m.start() - len(prev.group()))
            or (cue[0].isupper() and prev.group().strip() in SURNAMES)
        ):
            continue  # "cầu Giồng Ông Tố", "Hai Bà Trưng", "Nguyễn Anh Tuấn": the cue word is inside a name
        alias = _ALIASES.get(fold_key(f"{cue} {words[0]}"))
        if alias:
            end = start + len(words[0])
            keep(PersonSpan(m.start(), end, text[m.start() : end], True, None, canonical=alias))
            continue
        given_country = (
            len(words) == 1 and words[0] in _COUNTRY_GIVEN_NAMES and cue.lower() in (*_HONORIFIC_WORDS, "bầu")
        )  # "anh Đức", "chị Nga", "bầu Đức": a given name that is also a country's
        if len(words[0]) == 1 or (
            not given_country and is_place_name(" ".join(words), units=False, cities=False)
        ):
            continue  # initials ("chị N.N.L"), countries and provinces ("người Trung Quốc") are not people
        if len(words) == 1 and words[0] in _SHORT_NATIONS and cue.lower() not in _HONORIFIC_WORDS:
            continue  # "nghệ sĩ Hàn", "Nghệ sĩ Việt": the artist's nation, not a name
        if words[0] in _UNIT_WORDS or _ROLE_HEAD_RE.match(text, start):
            continue  # "anh Đội trưởng Nguyễn Văn Nam", "chị Tổ phó": a unit or a role, the name comes later
        full = words[0] in SURNAMES and len(words) >= 2
        if not full and len(words) == 3 and cue.lower() in _HONORIFIC_WORDS and plausible_syllables(words):
            if is_place_name(" ".join(words[1:])):
                words = words[:1]  # "ông Hùng Thanh Hóa": a given name, then his province
            elif not is_place_name(words[2]):
                full = True  # "ông Tất Thành Cang": three syllables after a title are a full name
        words = words[:4] if full else words[:2]
        name = " ".join(words)
        end = start + len(name)
        if fold_key(name) in _BLOCKED or overlaps(start, end):
            continue
        if known_orgs_re().fullmatch(name) or known_orgs_re().match(text, start):
            continue  # "bác sĩ Google", "Cầu thủ Công An Hà Nội": a firm or a club, whatever the cue
        if not full and cue.lower() in _VIETNAMESE_NAME_CUES and not plausible_syllables(words):
            continue  # "Shark Tank": a show; foreign names after these cues are read by the foreign rules
        written = cue.rstrip(".")
        if m.group("cue2") and _clean_title(cue)[0].islower():
            written = m.group("cue2").rstrip(".")
        title = _clean_title(written)
        pageant = title in _TITLES_AS_ROLES
        if pageant and (len(words) < 2 or _CONTEST_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "Cuộc thi Hoa hậu Thế giới", "Cuộc thi Người mẫu Châu Á": the contest, not a winner
        as_role = written.lower() in _ROLE_CUES
        span = PersonSpan(start, end, name, full, None if as_role else title)
        span.roles, span.role_spans = _roles_after(text, end)
        if as_role:
            span.roles, span.role_spans = [written, *span.roles], [(-1, -1), *span.role_spans]
        if not span.roles:
            role, org = _role_before(text, m.start())
            if role:
                span.roles, span.role_spans = [role], [org]
        keep(span)
    for m in _RUN_RE.finditer(text):
        words = m.group().split(" ")
        offset = m.start()
        after_country = name_after_country(text, offset, words)
        if after_country is not None:
            keep(after_country)
            continue
        if words[0].lower() in _NOT_PERSON_BEFORE and words[0] not in SURNAMES:
            continue  # "Đường Nguyễn Tất Thành", "Trường Lê Quý Đôn": named after a person
        if re.search(r"\d[ ]$", text[max(0, offset - 2) : offset]) and _role_before(text, offset)[0] is None:
            continue  # "127 Võ Văn Tần": a house number, then a street ("Tổ trưởng Tổ 5 Trần Văn Bình" a person)
        for i, word in enumerate(words):
            if (
                i == 0
                and len(words) > 1
                and word.lower() in LEADING_WORDS
                and _sentence_initial(text, offset)
            ):
                offset += len(word) + 1
                continue  # "Từ Hà Nội, ...": a capitalised preposition, not the surname Từ
            n = len(words) - i
            if i == 0 and _reduplicated(words) and not is_place_name(m.group()):
                keep(PersonSpan(m.start(), m.end(), m.group(), True))
                break
            if word not in SURNAMES or n < 2 or n > 4:
                offset += len(word) + 1
                continue
            name = " ".join(words[i:])
            start, end = offset, offset + len(name)
            if overlaps(start, end):
                break
            if i == 0 and _is_blocked_before(text, start) and not _role_names_before(text, start):
                break  # "đường Lê Lợi"; but "Thứ trưởng Bộ ... và Môi trường Cao Đình Vượng" is the minister
            if word == "Đoàn" and is_place_name(" ".join(words[i + 1 :]), units=False):
                break  # "Đoàn Bắc Giang giành 21 huy chương": a province's team, not Mr Đoàn
            if name not in _ALIASES.values() and is_place_name(name, units=False, cities=False):
                break  # "thắng Thái Lan": a country or province whose first word is a surname ("Hồ Chí Minh" both)
            role, org = _role_before(text, start)
            if n < 3 and role is None and not _two_syllable_name(text, start, words[i:]):
                break
            if role is None and not _plausible(words[i:]):
                break
            if role is None and _in_street_list(text, start):
                break
            span = PersonSpan(start, end, name, True)
            span.roles, span.role_spans = _roles_after(text, end)
            if not span.roles and role:
                span.roles, span.role_spans = [role], [org]
            keep(span)
            break
    for span in vietnamese_one_names:
        keep(span)
    for span in _western_order_spans(text):
        keep(span)
    for span in sorted(spans, key=lambda s: s.start):
        for item in _listed_after(text, span):
            if overlaps(item.start, item.end):
                break
            keep(item)
    spans = [s for s in spans if not _MEMORIAL_BEFORE_RE.search(text, max(0, s.start - 40), s.start)]
    spans.sort(key=lambda s: s.start)
    return spans


# A site named after a person, with the title the person is known by: "Khu Tưởng niệm Chủ tịch Hồ Chí
# Minh", "lăng Chủ tịch Hồ Chí Minh", "Bảo tàng Đại tướng Võ Nguyên Giáp" (a lower-case "lễ tưởng niệm"
# honours the person, who is then mentioned).
_MEMORIAL_BEFORE_RE = re.compile(
    r"(?<![\w])(?:Tưởng niệm|Lưu niệm|[Ll]ăng|[Bb]ảo tàng|[Đđ]ền thờ|[Tt]ượng đài|[Nn]hà lưu niệm)[ ]"
    r"(?:(?:Chủ tịch|Đại tướng|Tổng Bí thư|Bác|Anh hùng|Liệt sĩ|Nhà thơ|Cố)[ ])?$"
)


# The next item of a list of people: "Quang Hải, Văn Hậu và Tiến Linh", "ông Nguyễn Văn An và Trần Thị Bình",
# a couple joined by a dash ("vợ chồng Trinh Phạm - Trần Thành").
_LIST_NEXT_RE = re.compile(rf"(?:,|[ ]và|[ ]cùng|[ ][-–])[ ](?P<name>{RUN})")


def names_no_one(text: str, start: int, name: str) -> bool:
    """Whether a capitalised run listed beside a person names a unit, a role, a place, a known organisation or
    a word that is never a name ("Tổ", "Trưởng ban", "Hà Nội", "Vingroup", "Rịa") rather than someone."""
    from extractors.organisations import known_orgs_re

    return (
        name.split(" ")[0] in _UNIT_WORDS
        or _ROLE_HEAD_RE.match(text, start) is not None
        or is_place_name(name)
        or known_orgs_re().match(text, start) is not None
        or fold_key(name) in _BLOCKED
    )


def _listed_after(text: str, span: PersonSpan) -> list[PersonSpan]:
    """Vietnamese names listed right after a person's name, joined by a comma, "và", "cùng" or a dash: each a
    name of two to four syllables opening with a surname or a middle name ("Văn Hậu", "Tiến Linh"), and
    neither a place, a unit, a role nor a named thing. A role after the name ends the list."""
    out: list[PersonSpan] = []
    end = span.end
    while m := _LIST_NEXT_RE.match(text, end):
        words = m.group("name").split(" ")
        start = m.start("name")
        if (
            not 2 <= len(words) <= 4
            or not (words[0] in SURNAMES or words[0] in _MIDDLES)
            or not _plausible(words)
            or words[0].lower() in _NOT_PERSON_BEFORE
            or names_no_one(text, start, m.group("name"))
        ):
            break
        item = PersonSpan(start, m.end(), m.group("name"), words[0] in SURNAMES)
        item.roles, item.role_spans = _roles_after(text, m.end())
        out.append(item)
        end = m.end()
    return out


def merge_people(
    found: Sequence[tuple[str | None, str, Sequence[PersonSpan]]],
    *,
    author: str | None = None,
    organization_of: dict[str, str] | None = None,
) -> tuple[Person, ...]:
    """Group mentions into people: full names by name, short mentions onto the full name they end."""
    author_key = fold_key(author) if author else None
    order: list[str] = []
    data: dict[str, dict] = {}
    shorts: list[tuple[str | None, PersonSpan]] = []
    for fld, _text, spans in found:
        for span in spans:
            if not span.full and span.canonical is None:
                shorts.append((fld, span))
                continue
            name = span.canonical or span.name
            key = fold_key(name)
            if key == author_key:
                continue
            if key not in data:
                order.append(key)
                data[key] = {"name": name, "title": None, "roles": [], "mentions": []}
            _add(data[key], fld, span)
    for fld, span in shorts:
        skey = fold_key(span.name)
        target = next((k for k in order if k.endswith(" " + skey)), None)
        if target is None:
            if skey == author_key or (author_key and author_key.endswith(" " + skey)):
                continue
            target = skey
            if target not in data:
                order.append(target)
                data[target] = {"name": span.name, "title": None, "roles": [], "mentions": []}
        _add(data[target], fld, span)
    people = []
    for key in order:
        d = data[key]
        mentions = tuple(sorted(d["mentions"], key=lambda m: ((m.field or ""), m.start)))
        org = None
        for role in d["roles"]:
            org = (organization_of or {}).get(role)
            if org:
                break
        people.append(Person(d["name"], d["title"], tuple(d["roles"]), org, mentions))
    return tuple(people)


def _add(entry: dict, fld: str | None, span: PersonSpan) -> None:
    if entry["title"] is None and span.title:
        entry["title"] = span.title
    for role in span.roles:
        if role not in entry["roles"]:
            entry["roles"].append(role)
    entry["mentions"].append(
        Mention(span.start, span.end, span.name, fld, span.roles[0] if span.roles else None)
    )
