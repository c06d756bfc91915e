"""What a person's name looks like: Vietnamese surnames and middle names, the shape of a Vietnamese
syllable, the words before a capitalised run that make it a street's or a thing's name, and `PersonSpan`,
the mention every name reader returns.

The bottom of the name readers: it imports no other extractor but `normalize`, so `places` and
`organisations` read surnames and syllable shapes from here without importing the people finder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors.normalize import strip_tones, wordset

__all__ = [
    "COMMON_SURNAMES",
    "HIGHLAND_SURNAMES",
    "MIDDLES",
    "NAMED_AFTER_RE",
    "NOT_PERSON_BEFORE",
    "SURNAMES",
    "WEAK_SURNAMES",
    "PersonSpan",
    "blocked_before",
    "plausible_syllables",
]


# The Central Highlands' peoples' surnames: "Ksor Phước Hà", "Siu Hương", "Rah Lan Chung", "Điểu K'Ré" (Jrai,
# Ê Đê, Mnông, Stiêng); `people` also reads a name of theirs with an apostrophe syllable after one.
HIGHLAND_SURNAMES = ("Ksor", "Siu", "Rah", "Rơ", "Kpă", "Puih", "Rmah", "Điểu")
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
        "Chẩu",  # Tày: "Chẩu Văn Lâm"
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
        *HIGHLAND_SURNAMES,
        "Bàn",  # Dao: "Bàn Phúc Ninh"
        "Hờ",  # Mông: "Hờ A Sênh"
        "Vừ",  # Mông: "Vừ A Dính"
        "Chảo",  # Dao: "Chảo Láo Sử"
        "Tẩn",  # Dao: "Tẩn Láo Lở"
        "Phàn",  # Dao: "Phàn Văn Hoa"
        "Thích",  # a monk's or nun's Buddhist name: "TT. Thích Bình Tâm"
        "Sộng",  # Mông: "Sộng Mạnh Quốc"
        "Lồ",  # Mông: "Lồ Seo Lử"
        "Lăng",  # Tày: "Lăng Thị Men"
        "Khun",  # Lự: "Khun Thị Hà My"
    ]
)


# Surnames that are also common words or place syllables: without a cue they need a middle name we know.
WEAK_SURNAMES = frozenset(
    [
        "Lăng",  # "Lăng Bác", "Lăng Cô"
        "Bàn",
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
MIDDLES = frozenset(
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


# The most common surnames: with one of these, two syllables and no cue still make a name ("do Phạm Tuân lái").
COMMON_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Trịnh", "Đinh"]
)
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)


def plausible_syllables(words: Sequence[str]) -> bool:
    """Whether every word has the shape of a Vietnamese syllable ("Olympic", "iPhone" do not)."""
    for word in words:
        bare = strip_tones(word).lower().replace("đ", "d")
        if not _SYLLABLE_RE.match(bare.replace("d", "đ", 1) if bare.startswith("d") else bare):
            return False
    return True


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


# Words right before a name-shaped run that make it a street, school or other named thing, not a person.
NOT_PERSON_BEFORE = frozenset(
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
        "đẳng",  # "Trường Cao đẳng Lý Tự Trọng"
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
        "cung",  # "Cung Trần Triều": a palace
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
        "ấp",  # "ấp Trần Hưng Đạo": a hamlet named after him ("trưởng ấp Nguyễn Văn A" is a role before him)
    ]
)


# Two-syllable words whose second syllable alone would make the next name a thing's ("đình", "báo").
_COMPOUNDS_BEFORE_NAMES = frozenset(
    [
        "gia đình",
        "tình báo",
        "thông báo",
        "cảnh báo",
        "dự báo",
        "đối tượng",
        # members and trades ending in "viên" ("công viên" is a park): "sinh viên Nguyễn Văn An"
        *(
            f"{w} viên"
            for w in wordset(
                "sinh đoàn đảng hội giáo nhân thành học ủy phóng tổ đội xã quân chiến kiểm điều giảng diễn thuyết"
            )
        ),
    ]
)


# one or two capitalised words and no third: a clan's name
_CLAN_NAME_RE = re.compile(r"[^\W\d_a-zà-ỹđ]\w*\b(?:[ ][^\W\d_a-zà-ỹđ]\w*\b)?(?![ ][^\W\d_a-zà-ỹđ])")


def blocked_before(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    if len(before) > 1 and f"{before[-2].lower()} {before[-1]}" in _COMPOUNDS_BEFORE_NAMES:
        return False  # "Gia đình Lâm Chí Dĩnh", "nhà tình báo Phạm Ngọc Thảo": "đình", "báo" end a word
    if (
        before
        and before[-1] in ("họ", "tộc", "Tộc")
        and ((len(before) > 1 and before[-2].lower() == "dòng") or _CLAN_NAME_RE.match(text, start))
    ):
        # "dòng họ Bùi Sỹ", "các thế gia như họ Trần Đăng", "Hội nàng dâu tộc Trần Văn": a clan (not the
        # pronoun before a full name: "họ Nguyễn Văn An và Trần Thị Bình")
        return True
    if len(before) > 1 and before[-1] == "tên" and before[-2].lower() not in ("mang", "đặt"):
        return False  # "bút khắc tên Vương Chí Cao", "có tên Nguyễn Văn A": the person's own name
    # "đường Lê Lợi", not "Mạc Tuấn Kiệt, Âu Thanh Trúc" nor "... dạy học. Heidi Klum": a comma or a full
    # stop ends what the word before could name
    return (
        bool(before)
        and not before[-1].endswith((",", ".", "!", "?", ";", ":"))
        and before[-1].lower() in NOT_PERSON_BEFORE
    )


# Words before a famous one-word name that make it what is named after the person: "tháp Trump".
NAMED_AFTER_RE = re.compile(
    r"(?<![\w])(?:tháp|viện|động|sạn|đoàn|hiệu|quỹ|tượng|giải|cúp)[ ]$", re.IGNORECASE
)


# The sexagenary cycle names the lunar years: a heavenly stem, then an earthly branch ("Tết Đinh Dậu",
# "năm Giáp Thìn"). "Đinh" and "Giáp" are surnames too, so such a pair is a person only with a title.
_STEMS = frozenset(["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"])
_BRANCHES = frozenset(
    ["Tý", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
)


def lunar_year(name: str) -> bool:
    """Whether a two-word name is a year of the lunar calendar ("Đinh Dậu", "Giáp Thìn")."""
    words = name.split(" ")
    return len(words) == 2 and words[0] in _STEMS and words[1] in _BRANCHES
