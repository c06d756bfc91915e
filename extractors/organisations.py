"""Organisations: a head noun ("Ban", "Sở", "Công an", "UBND"...) and the capitalised name after it.

Vietnamese capitalises only the first syllable of each word in a proper name ("Sở Giáo dục và Đào tạo",
"Hội Liên hiệp Phụ nữ huyện"), so the name after the head is read word by word: a capitalised syllable may
carry one lower-case syllable with it ("Y tế", "Dân vận"), "và", "," or "-" join two capitalised words, a
few long stems are listed whole ("Cựu chiến binh", "Chính sách xã hội"), and an administrative level with
its optional place name ends the organisation ("Công an huyện Thanh Sơn", "UBND tỉnh"). Abbreviations are
expanded from `data/abbreviations.tsv`; the ones that are never names (ANTT, PCCC, PTĐT) stop a name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from extractors import nlp
from extractors.credits import CREDIT_KIND, NEWSPAPER_NAMES
from extractors.datafiles import entries
from extractors.facts import Mention, Organization
from extractors.gazetteer import countries, country_lead
from extractors.intervals import Spans
from extractors.normalize import fold_key
from extractors.person_names import SURNAMES, WEAK_SURNAMES, plausible_syllables
from extractors.places import LEADING_WORDS, LOWER, RUN, SYL, UPPER, PlaceSpan, is_place_name

__all__ = [
    "OrgSpan",
    "abbreviations",
    "expand",
    "find_org_spans",
    "is_org_start",
    "known_orgs_re",
    "merge_organisations",
    "named_firms",
    "org_in_role",
]

# Heads that are an organisation on their own (with an optional level and place after them).
_COMPLETE = (
    # a ministry written in lower case after its head: "Bộ công an", "Bộ y tế"
    rf"(?<=[\w,][ ])Bộ (?=[{LOWER}])(?i:công an|quốc phòng|ngoại giao|y tế|tài chính|nội vụ|tư pháp|công thương|xây dựng|giáo dục và đào tạo"
    r"|khoa học và công nghệ|giao thông vận tải|tài nguyên và môi trường|nông nghiệp và môi trường"
    r"|nông nghiệp và phát triển nông thôn|kế hoạch và đầu tư|thông tin và truyền thông|lao động - thương binh"
    r" và xã hội|văn hóa, thể thao và du lịch|dân tộc và tôn giáo)(?![\w])(?![ ][A-ZĐ])"
    r"|Đoàn TNCS Hồ Chí Minh|Đoàn Thanh niên Cộng sản Hồ Chí Minh|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ủy ban MTTQ(?: Việt Nam)?"
    r"|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?|MTTQ(?: Việt Nam)?|Tòa án nhân dân(?: tối cao)?"
    r"|Toà án nhân dân|TAND|Viện Kiểm sát nhân dân(?: tối cao)?|Viện kiểm sát nhân dân(?: tối cao)?|Viện kiểm sát [Tt]ối cao|Viện KSND|VKSND|Công an nhân dân|Công an|Huyện ủy|Tỉnh ủy"
    r"|Thành ủy|Thị ủy|Huyện uỷ|Tỉnh uỷ|Thành uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Đảng Cộng sản Việt Nam|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Quốc hội"
    r"|Chính phủ|Trung ương Đảng|Ban Chấp hành Trung ương|Quân đội nhân dân Việt Nam|Quân đội nhân dân"
    r"|Bộ đội Biên phòng|Bộ Chỉ huy Quân sự|Ban Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng|BHXH|Bảo hiểm xã hội"
    r"|NHCSXH|Ngân hàng Chính sách xã hội|Kho bạc Nhà nước|Liên đoàn Lao động|LĐLĐ|Ban chỉ đạo|Ban Chỉ đạo"
    r"|Quân ủy Trung ương|Quân uỷ Trung ương|Ban Thường vụ|Ban Quản lý|Trung tâm Y tế|Bệnh viện Đa khoa|Văn phòng|TTXVN|VTV|Ban tiếp công dân"
    r"|Đài Phát thanh và Truyền hình|Đài Phát thanh - Truyền hình|Đài Truyền hình|Đài Tiếng nói Việt Nam"
    r"|ĐHQGHN|ĐHQG-HCM|ĐHQG"
)
# Heads that need a name after them ("Sở Y tế", "Hội Nông dân", "Trường THPT ...").
_NEEDS_NAME = (
    r"Đoàn đại biểu Quốc hội|Đoàn ĐBQH|Quản lý thị trường(?= [A-ZĐ])|Ban|Sở|Bộ|Ủy ban|Uỷ ban|Hội|Đoàn|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Trường|Bệnh viện|Trung tâm|Viện|Cục"
    r"|Chi cục|Tổng cục|Tổng Cục|Cơ quan(?= [A-ZĐ])|Công đoàn|Tòa|Toà|Quân ủy|Vụ|Phòng giao dịch(?= [A-ZĐ])|Phòng|Đội|Hợp tác xã|HTX|Quân khu|Sư đoàn|Trung đoàn|Lữ đoàn|Đồn Biên phòng|Đồn"
    r"|Báo|Học viện|Đại học|Nhà máy|Liên đoàn|Chi bộ|Câu lạc bộ|CLB|Thông tấn xã|Hãng|Ủy ban Kiểm tra|Thanh tra"
    r"|Hiệp hội|Liên hiệp|Quỹ|Điện lực|Nhà xuất bản|Tổ chức(?= [A-ZĐ])|ĐH(?= [A-ZĐ])|LĐBĐ(?= [A-ZĐ])|NXB(?= [A-ZĐ])|CSGT(?= [A-ZĐ])|(?<!cơ )(?<!trụ )sở(?= [A-ZĐ])|(?<![Tt]hông )(?<![Cc]ảnh )(?<![Dd]ự )(?<!tình )(?<!tố )(?<!nhà )(?<![Tt]uần )(?<![Nn]hật )(?<!đặt )(?<!làm )báo(?= [A-ZĐ])"
    r"|Đài(?= (?:TH|PT|PT-TH|PTTH|THVN|Truyền hình|Phát thanh)(?![\w]))"
    r"|Tạp chí|BV(?= [A-ZĐ])|Hạt Kiểm lâm|Hạt kiểm lâm|Trạm(?= (?:Y tế|Khuyến nông|Kiểm lâm|Thú y|Bảo vệ thực vật|Cảnh sát|CSGT|Kiểm soát|Biên phòng|Khí tượng|Thủy văn|Quản lý|Kiểm dịch|Thủy nông|Bơm|Trồng trọt|Chăn nuôi|Đăng kiểm|Điện|Cấp nước|Quan trắc)(?![\w]))"
    r"|(?:(?<=[Tt]rưởng )|^)phòng(?= [A-ZĐ])"  # "Trưởng phòng Kinh tế huyện ...": the office is "phòng Kinh tế ..." (a role's remainder starts with it)
    # "trường THPT chuyên Sư phạm", "trường ĐH Bách khoa": lowercase, so only with a school level and a name
    r"|(?<!thị )trường(?= (?:THPT|THCS|ĐH|Đại học|Cao đẳng|Tiểu học|Mầm non|PTDTNT|chuyên)(?: chuyên)? [A-ZĐ][a-zà-ỹđ])"
)
# "Tỉnh ủy viên", "Đảng ủy viên": a member, a role; not the committee
_HEAD_RE = re.compile(
    rf"(?<![\w/-])(?:(?P<complete>{_COMPLETE})|(?P<needs>{_NEEDS_NAME}))(?![\w]| viên(?![\w]))"
)
_LEVEL = r"(?:thành phố|thị xã|thị trấn|xã(?! hội)|phường|huyện|quận|tỉnh|khu phố|thôn|TP\.?|TX\.?|[QP]\.(?=\d|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]))"
_LEVEL_RE = re.compile(
    rf"[ ](?P<level>{_LEVEL})(?:[ ]?(?P<place>HCM)|(?:[ ]|(?<=\.))(?P<place2>{RUN}(?:[ ]-[ ]{RUN})?|\d+(?![\w])))?(?![\w])"
)
_STEMS = (
    r"Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Chính sách xã hội|Phát triển nông thôn|Cảnh sát giao thông"
    r"|Cảnh sát hình sự|Cảnh sát điều tra|Cảnh sát cơ động|Cảnh sát kinh tế|Cảnh sát môi trường"
    r"|Cảnh sát phòng cháy(?:,| và)? chữa cháy(?: và cứu nạn, cứu hộ)?|Phòng cháy chữa cháy|Kiểm sát nhân dân"
    r"|Giao thông vận tải|Bảo vệ thực vật|Kế hoạch hóa gia đình|Bảo trợ xã hội|Kiểm soát bệnh tật|Đa khoa"
    r"|Thương binh và Xã hội|Dân tộc nội trú|Phổ thông dân tộc nội trú|[Mm]ầm non|[Tt]iểu học|[Tt]rung học cơ sở"
    r"|[Tt]rung học phổ thông|Nông dân|Phụ nữ|Khuyến học|Quản lý thị trường|Quản lý dự án|Tiếp công dân"
    r"|Thanh niên Cộng sản Hồ Chí Minh|Thanh niên|Dân vận|Tuyên giáo|Nội chính|Kinh tế - Ngân sách|Pháp chế|Văn xã"
    r"|Thi hành án dân sự|Thi hành án|[Tt]ối cao|An ninh điều tra|miền (?:Bắc|Nam|Trung|Tây|Đông)(?: Bộ)?"
    r"|[Mm]ột thành viên|Chính sách, chiến lược|chuyên(?= [A-ZĐ])|Trung ương|Bệnh nhiệt đới"  # "Công ty TNHH Một thành viên ...", "Ban Chính sách, chiến lược"
)
_STEM_RE = re.compile(rf"[ ](?:{_STEMS})(?![\w])")
_WORD_CAP_RE = re.compile(rf"[ ]{SYL}")
_SCHOOL_RE = re.compile(
    r"(?:THPT|THCS|Tiểu học|Mầm non|Trung học cơ sở|Trung học phổ thông|Chuyên|Đại học|Cao đẳng|Trung cấp)$",
    re.IGNORECASE,
)
_CAP_RE = re.compile(
    rf"[ ](?P<cap>{SYL}|[{UPPER}]{{2,}}[\d{UPPER}]*(?:-[{UPPER}]{{2,}}|&[{UPPER}]+)*(?![\w])|\d+(?![\w]|[.,]\d))"
)  # "Bộ GD-ĐT", "Bộ GD&ĐT": an abbreviation may hold a hyphen or an ampersand
# "Đội Cảnh sát giao thông số 2"; not "số 5 triệu tấn", an amount
_NUMBERED_RE = re.compile(r"[ ]số[ ]\d+(?![\w]|[.,]\d|[ ](?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|vạn)(?![\w]))")
_LOWER_RE = re.compile(rf"[ ](?P<low>[{LOWER}]+)(?![\w])")
_HYPHEN_TAIL_RE = re.compile(rf"[ ]?[-–][ ]?{SYL}(?:[ ]{SYL})?(?![\w])")  # "Bà Rịa - Vũng Tàu"
# at most eight items: an unbounded list would rescan a long comma-separated text from every comma
_COMMA_LIST_RE = re.compile(rf"(?:[ ]{SYL}(?:[ ][{LOWER}]+)?,?){{1,8}}?[ ]và[ ]{SYL}")
_JOIN_RE = re.compile(r"(?:[ ]và|,|[ ][-–]|[ ]&)(?=[ ])")
# Lower-case words that never continue a name even right after a capitalised syllable.
_NEVER_CONT = frozenset(
    [
        "và",
        "của",
        "cho",
        "với",
        "đã",
        "đang",
        "sẽ",
        "có",
        "là",
        "được",
        "bị",
        "tại",
        "ở",
        "trong",
        "về",
        "từ",
        "đến",
        "theo",
        "các",
        "những",
        "một",
        "này",
        "đó",
        "khi",
        "thì",
        "mà",
        "để",
        "gặp",  # "Câu lạc bộ Nam Định gặp Câu lạc bộ ...": a match, two clubs
        "thắng",
        "thua",
        "khóa",  # "Ban Chấp hành Trung ương Đảng khóa XIII": the term, not the body
        "khoá",
        "nhiệm",
    ]
)

# Lower-case words that go on an official name after its capitalised first word ("Ban Quản lý dự án đầu tư
# xây dựng công trình giao thông", "Trung tâm Phát triển quỹ đất", "Cục Di sản văn hóa"): the fields, trades
# and people an agency or firm serves. Nouns may always continue a name; the action nouns in _COMPLEMENT_ACTS
# are also verbs ("Sở Tài chính xây dựng kế hoạch"), so a name keeps them only when the lower-case run ends
# where a name ends (an administrative level, a capitalised word, punctuation, the end of the text).
_COMPLEMENT_NOUNS = """dân sự|dự án|công trình|giao thông|dân dụng|công nghiệp|nông nghiệp|nông thôn|quỹ đất|đất đai
|bệnh tật|văn hóa|văn hoá|thể thao|du lịch|trẻ em|cổ phần|thị trường|môi trường|tài nguyên|khoa học|công nghệ
|thông tin|truyền thông|y tế|giáo dục|lao động|xã hội|tài chính|nội vụ|tư pháp|dân tộc|tôn giáo|thiên tai
|cứu nạn|cứu hộ|đô thị|vận tải|nước sạch|vệ sinh|thực phẩm|an toàn|chất lượng|tiêu chuẩn|đo lường|dược phẩm
|mỹ phẩm|thiết bị|vật tư|hạ tầng|kỹ thuật|kinh tế|thương mại|dịch vụ|nhà ở|bất động sản|di sản|nghệ thuật
|điện ảnh|báo chí|xuất bản|phát thanh|truyền hình|hành chính công|hành chính|công chứng|đấu giá|tài sản
|pháp lý|người khuyết tật|người cao tuổi|người nghèo|phụ nữ|thanh niên|thiếu niên|nhi đồng|gia đình|dân số
|sức khỏe|sức khoẻ|sinh sản|cộng đồng|kiểm lâm|lâm nghiệp|thủy sản|thuỷ sản|chăn nuôi|thú y|trồng trọt|thủy lợi
|thuỷ lợi|khuyến nông|cây trồng|vật nuôi|phòng hộ|đặc dụng|quân sự|quốc phòng|hải quan|ngân sách
|doanh nghiệp|doanh nhân|cán bộ|công chức|viên chức|người lao động|công nhân|nông dân|cựu chiến binh
|học sinh|sinh viên|giáo viên|nhà giáo|quốc tế|da liễu|sản nhi|phụ sản|y học cổ truyền|tâm thần
|nội tiết|ung bướu|răng hàm mặt|tai mũi họng|lao và bệnh phổi|điện lực|cấp nước|thoát nước|xi măng|hóa chất
|hoá chất|phân bón|dệt may|may mặc|giày da|lữ hành|xe khách|chiếu sáng|cây xanh|thủy nông|thủy điện|khoáng sản
|địa chất|bản đồ|khí tượng|thủy văn|tài nguyên nước|việc làm|dạy nghề|nghề nghiệp|ngoại ngữ|tin học
|chính trị|lưu trữ|thi đua|khen thưởng|hải đảo|trẻ|nhỏ và vừa|vừa và nhỏ|bệnh phổi|chức năng
|thể dục thể thao|năng lượng|dầu khí|xăng dầu|lương thực|bảo hiểm|chứng khoán|tín dụng|hành khách|công cộng""".replace(
    "\n", ""
)
_COMPLEMENT_ACTS = """đầu tư|xây dựng|quản lý|phát triển|kiểm soát|bảo vệ|hỗ trợ|xúc tiến|tư vấn|giám sát|kiểm định
|kiểm nghiệm|đăng ký|đăng kiểm|bảo trợ|phòng chống|phòng, chống|tìm kiếm|khai thác|chế biến|sản xuất|kinh doanh
|xuất nhập khẩu|xuất khẩu|nhập khẩu|phân phối|đào tạo|bồi dưỡng|nghiên cứu|ứng dụng|chuyển giao|bảo tồn
|phục hồi|điều dưỡng|chữa bệnh|khám|giám định|thẩm định|quy hoạch|thiết kế|phòng cháy|chữa cháy|cứu trợ|phục vụ""".replace(
    "\n", ""
)


def _alternation(words: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words.split("|"), key=len, reverse=True))


_COMPLEMENT_RE = re.compile(
    rf"[ ](?:(?P<noun>{_alternation(_COMPLEMENT_NOUNS)})|(?P<act>{_alternation(_COMPLEMENT_ACTS)}))(?![\w])"
)
_NAME_END_RE = re.compile(rf"(?:[ ]?[,.;:()\"“”!?…]|[ ][-–][ ]|[ ][{UPPER}]|$)")
# Heads a lower-case kind of business or school may follow before the proper name: "Công ty cổ phần Xi măng
# Phú Thọ", "Công ty giày da Huê Phong", "Hợp tác xã chè Phú Thịnh", "Trường mầm non Hoa Sen".
_BRIDGE_HEADS = frozenset(
    [
        "Công ty",
        "Tổng công ty",
        "Tập đoàn",
        "Hợp tác xã",
        "HTX",
        "Bệnh viện",
        "Trường",
        "Ngân hàng",
        "Nhà máy",
    ]
)
_EVENT_COMMITTEE_RE = re.compile(
    r"Ban [Tt]ổ chức(?! (?:Trung ương|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy))"
)
_WORLD_RE = re.compile(r"(?:Quốc tế|Thế giới|Liên hợp quốc|Liên Hợp Quốc|Châu Á|châu Á)$")
# Complete heads a lower-case complement may follow: "Ban Quản lý dự án", "Ban Chỉ đạo phòng, chống thiên tai".
_OPEN_COMPLETE = frozenset(["Ban Quản lý", "Ban Chỉ đạo", "Ban chỉ đạo"])
_BRIDGE_RE = re.compile(rf"((?:[ ][{LOWER}]+){{1,4}}?)(?=[ ][{UPPER}])")
_BRIDGE_STOP = frozenset(
    [
        "ông",
        "bà",
        "anh",
        "chị",
        "em",
        "cô",
        "chú",
        "đồng",
        "chí",
        "nhà",
        "như",
        "gồm",
        "là",
        "ở",
        "năm",
        "ngày",
        "tháng",
    ]
)


def _complement(text: str, pos: int) -> int:
    """End of the lower-case complement of a name at `pos` ("quỹ đất" in "Trung tâm Phát triển quỹ đất"), or
    `pos` when none: nouns always, action nouns only when the run ends where a name may end."""
    end = pos
    first_act = None
    while m := _COMPLEMENT_RE.match(text, end):
        if m.group("act") and first_act is None:
            first_act = end
        end = m.end()
    if end == pos:
        return pos
    if first_act is not None and not (_NAME_END_RE.match(text, end) or _LEVEL_RE.match(text, end)):
        end = first_act
    return end


def _bridge(text: str, head: str, pos: int) -> int:
    """End of a lower-case kind right after a head, when a capitalised name follows it; else `pos`."""
    if head not in _BRIDGE_HEADS:
        return pos
    if re.search(rf"(?<![\w])[{UPPER}][{LOWER}]+[ ]$", text[max(0, pos - len(head) - 12) : pos - len(head)]):
        return pos  # "Đan Trường hát Dân ca": the head word ends a person's name
    m = _BRIDGE_RE.match(text, pos)
    if not m:
        return pos
    words = m.group(1).split()
    if any(w in _NEVER_CONT or w in _BRIDGE_STOP for w in words) or _LEVEL_RE.match(text, pos):
        return pos
    if _HEAD_RE.match(text, m.end() + 1):
        return pos
    return m.end()


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    name: str
    place: str | None = None


@cache
def abbreviations() -> dict[str, tuple[str, str]]:
    """abbreviation -> (expansion, kind), from data/abbreviations.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for line in entries("abbreviations.tsv"):
        abbr, expansion, kind = line.split("\t")
        out[abbr] = (expansion, kind)
    return out


def expand(name: str) -> str | None:
    """'UBND huyện Thanh Ba' -> 'Ủy ban nhân dân huyện Thanh Ba'; None when nothing is abbreviated.

    Only the body's own words are spelled out: a city written short stays as written ("UBND TP Cần Thơ" ->
    "Ủy ban nhân dân TP Cần Thơ", "Công an TP.HCM" has no expansion), as every labelled split reads it.
    """
    table = abbreviations()
    words = name.split(" ")
    out = [
        table[w][0] if w in table and table[w][1] != "other" and w not in _CITY_ABBREVIATIONS else w
        for w in words
    ]
    expanded = " ".join(out)
    expanded = re.sub(r"(?<![\w])Đài TH(?![\w])", "Đài Truyền hình", expanded)  # not "TH True Milk"
    return expanded if expanded != name else None


_CITY_ABBREVIATIONS = frozenset(["TPHCM", "TP.HCM"])  # the table's city entries; "TP" is not in it


def _place_before_name(place: str) -> str:
    """A unit's name with a person's written right after it ("UBND thành phố Bắc Giang Nguyễn Tiến Dũng"):
    the longest known place before a surname that opens two or three more syllables; else all of it."""
    words = place.split(" ")
    for i in range(len(words) - 2, 0, -1):
        if (
            words[i] in SURNAMES
            and words[i] not in WEAK_SURNAMES
            and len(words) - i <= 4
            and plausible_syllables(words[i:])
            and is_place_name(" ".join(words[:i]))
        ):
            return " ".join(words[:i])
    return place


def _tail(
    text: str, pos: int, blocked: Sequence[tuple[int, int]], consumed: int = 0
) -> tuple[int, str | None]:
    """Extend an organisation name from `pos`; returns (end, place named in it)."""
    table = abbreviations()
    end = pos
    cap_run = 0
    while True:
        lvl = _LEVEL_RE.match(text, end)
        if lvl:
            which = "place" if lvl.group("place") else "place2"
            place = lvl.group(which)
            if place == "HCM":
                return lvl.end(), "Hồ Chí Minh"
            if place:
                pstart = lvl.start(which)
                cut = min((s for s, _ in blocked if pstart <= s < lvl.end()), default=None)
                if cut is not None:
                    place = text[pstart:cut].rstrip()
            if place and place.split(" ")[0] in SURNAMES and len(place.split(" ")) >= 3:
                return lvl.end("level"), None
            if place:
                place = _place_before_name(place)
                return lvl.start(which) + len(place), place
            return lvl.end("level"), None
        stem = _STEM_RE.match(text, end)
        if stem:
            end = stem.end()
            cap_run = 0
            consumed += 1
            continue
        cap = _CAP_RE.match(text, end)
        if cap:
            word = cap.group("cap")
            if word.isupper() and len(word) > 1 and table.get(word, ("", ""))[1] == "other":
                return end, None
            start = cap.start("cap")
            if any(s <= start < e for s, e in blocked):
                return end, None
            if (
                word in SURNAMES
                and word not in WEAK_SURNAMES
                and consumed > 0
                and not _SCHOOL_RE.search(text[:end])
                and re.match(rf"[ ]{SYL}[ ]{SYL}", text[cap.end() :])
            ):
                return end, None  # "Sở Y tế Nguyễn Đắc Ca": a person's name follows
            end = cap.end()
            # a parent's head starts afresh; a one-word head ("Bộ" in "Thanh tra Bộ Xây dựng") passes the
            # first place to the word after it, which may carry its lower-case syllable
            parent = _HEAD_RE.match(text, start)
            if parent:  # ... unless lower case follows: "Phòng thủ dân sự" is a name's word, not a head
                cap_run = 0 if parent.end() == cap.end() and _WORD_CAP_RE.match(text, cap.end()) else 1
            else:
                cap_run += 1
            consumed += 1
            low = _LOWER_RE.match(text, end)
            if (
                low
                and not (word.isupper() and len(word) > 1)
                and low.group("low") not in _NEVER_CONT
                and not _LEVEL_RE.match(text, end)
                and plausible_syllables([word])
                # "Bộ Quốc phòng Nga thông báo": the country ends it, unless it starts a word ("Anh ngữ")
                and (fold_key(word) not in countries() or nlp.is_word(f"{word} {low.group('low')}"))
                and (cap_run == 1 or _WORD_CAP_RE.match(text, low.end()) or _JOIN_RE.match(text, low.end()))
            ):
                end = low.end()
                cap_run = 0
            continue
        if consumed:
            comp = _complement(text, end)
            if comp > end:
                end = comp
                cap_run = 0
                continue
        join = _JOIN_RE.match(text, end)
        if join and join.group().startswith(",") and not _COMMA_LIST_RE.match(text, join.end()):
            join = None  # "Văn hóa, Thể thao và Du lịch" lists end in "và"; "Bộ Công an, Ngoại giao, Y tế" is three
        if join and consumed:
            after = _CAP_RE.match(text, join.end())
            if (
                after
                and not _HEAD_RE.match(text, after.start("cap"))
                and not any(s <= after.start("cap") < e for s, e in blocked)
                and not _place_run(text, after.start("cap"))
            ):
                end = join.end()
                cap_run = 0
                continue
        numbered = _NUMBERED_RE.match(text, end) if consumed else None
        return (numbered.end() if numbered else end), None


_RUN_RE = re.compile(RUN)


def _place_run(text: str, pos: int) -> bool:
    """Whether the capitalised run at `pos` names a place; a number or an abbreviation there ("Tầng 16,
    17", "tòa nhà VTC") holds no run."""
    run = _RUN_RE.match(text, pos)
    return run is not None and is_place_name(run.group(), units=False)


# Names "Trường" opens that are no school: a mountain range, an archipelago, a man (and streets named after him).
_NOT_SCHOOL_RE = re.compile(rf"[ ](?:Sơn|Sa|Chinh|Giang|Thành)(?![\w]|[ ][{UPPER}])")


# Verbs right after a capitalised "Trường": the headline's subject is a school left unnamed.
_VERB_AFTER_SCHOOL_RE = re.compile(r"[ ](?:yêu cầu|cho biết|tổ chức|thông báo|bị|đã|đang|sẽ|phải|có)(?![\w])")


def _paper_name(name: str) -> bool:
    """Whether the words after a lower-case "báo" name a paper: a known one ("Dân trí"), or a name of two
    capitalised words or more that holds no menu word ("Sài Gòn Giải phóng", "Phụ nữ TPHCM")."""
    words = name.split(" ")
    if fold_key(name) in NEWSPAPER_NAMES:
        return True
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 2 and not any(w in ("Quảng", "Tòa", "Giới", "Liên", "Đồng") for w in words)


_UNION_AFTER_RE = re.compile(rf"[ ](?:Thanh niên|TNCS|{_LEVEL}|[{UPPER}]{{2,}})")
_INITIALS_AFTER_RE = re.compile(r"[ ][A-Z]{2,}(?![\w])")


def find_org_spans(
    text: str, *, blocked: Sequence[tuple[int, int]] = (), names: Sequence[tuple[int, int]] = ()
) -> list[OrgSpan]:
    """Organisation names in `text`; `blocked` spans (people) are never swallowed, and no head is read
    inside one of `names` (place names: "Ban" in "Tây Ban Nha", "Đài" in "Đài Loan")."""
    out: list[OrgSpan] = []
    pos = 0
    inside = Spans([*blocked, *names])  # looked up by position: a long text holds thousands of names
    people = Spans(blocked)
    for m in _HEAD_RE.finditer(text):
        if m.start() < pos:
            continue
        if inside.overlaps(m.start(), m.start() + 1):
            continue
        if m.group() == "Đoàn" and not _UNION_AFTER_RE.match(text, m.end()):
            continue  # "Đoàn Hữu Trưng" is a surname, "Đoàn Thanh niên" an organisation
        if m.group() == "Trường" and (
            _NOT_SCHOOL_RE.match(text, m.end()) or _VERB_AFTER_SCHOOL_RE.match(text, m.end())
        ):
            continue  # "dãy Trường Sơn", "quần đảo Trường Sa": no school; "Trường yêu cầu SV ...": the school, unnamed
        bridge = _bridge(text, m.group(), m.end())
        opens = bridge > m.end() or m.group() in _OPEN_COMPLETE
        end, place = _tail(text, bridge, blocked, consumed=int(opens))
        if m.group("needs") and end <= bridge:
            continue
        name = re.sub(r"(?:[ ,\-–]|[ ]và)+$", "", text[m.start() : end])
        end = m.start() + len(name)
        if m.group() in ("Quỹ", "Tổ chức") and not (
            _WORLD_RE.search(name)
            or re.match(rf"[ ]\([{UPPER}]{{2,}}\)", text[end:])
            or (m.group() == "Quỹ" and _STEM_RE.match(text, m.end()))
            or (m.group() == "Quỹ" and _INITIALS_AFTER_RE.match(text, m.end()))  # "Quỹ TYM"
        ):
            continue  # "Quỹ Vì người nghèo" is money raised; "Quỹ Tiền tệ Quốc tế (IMF)", "Quỹ Khuyến học" bodies
        if name.startswith("báo ") and not _paper_name(name[4:]):
            continue  # "báo Dân trí", "báo Tiền Phong" are papers; "đặt báo Quảng cáo" is a menu
        if _EVENT_COMMITTEE_RE.match(name):
            continue  # "Ban Tổ chức cuộc thi": an event's organisers, not a standing body
        if name == "Công an" or text.startswith(" các cấp", end):
            continue  # "giao nộp Công an", "Hội đồng nhân dân các cấp": the institution in general
        if m.group() == "Báo" and fold_key(name[4:]) in countries():
            continue  # "Báo Đài Loan đưa tin": a country's press, no one paper ("Báo Phú Thọ" is one)
        if hyphen := _HYPHEN_TAIL_RE.match(text, end):
            # "Công an Bà Rịa - Vũng Tàu": the province's name holds a dash
            words = name.split(" ")
            for n in (2, 1):
                joined = " ".join(words[-n:]) + text[end : hyphen.end()]
                if len(words) > n and is_place_name(joined) and not people.overlaps(end, hyphen.end()):
                    end, place, name = hyphen.end(), joined, text[m.start() : hyphen.end()]
                    break
        start = m.start()
        if m.group() == "Hãng" and name[5:6].isupper():
            # "Hãng Toyota Motor": the firm is "Toyota Motor" ("Hãng phim Giải Phóng" keeps its head)
            start, name = start + len("Hãng "), name[len("Hãng ") :]
        out.append(OrgSpan(start, end, name, place))
        pos = end
    return out


@cache
def _known_org_names() -> tuple[str, ...]:
    """The names of data/known_orgs.tsv, as written."""
    return tuple(line.split("\t")[0].strip() for line in entries("known_orgs.tsv"))


@cache
def _known_org_keys() -> frozenset[str]:
    """The same names folded (case and tone marks) for comparison."""
    return frozenset(fold_key(name) for name in _known_org_names())


@cache
def known_orgs_re() -> re.Pattern[str]:
    """Well-known organisations named without a head ("Vingroup", "NATO"), from data/known_orgs.tsv."""
    alt = "|".join(re.escape(n) for n in sorted(_known_org_names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alt})(?![\w-])")


# Words after a well-known name that still name the firm ("FPT Telecom", "IBM Việt Nam", "Zalo AI").
_KNOWN_SUFFIX_RE = re.compile(
    r"(?:[ ](?:Việt Nam|Vietnam|Telecom|Software|Retail|Shop|Post|Group|Holdings|Electronics|Energy|AI|Global|Consumer"
    r"|Securities|Capital|Land|Motors|Pharma|Digital|Solutions|Technology|Technologies|Tech|Cloud|IT|Education"
    r"|Corporation|Express|Logistics|Asia|Foods|Construction|Money|Pay|Network|Cyber|Media|Investment|Power"
    r"|Bank|Airlines|Airways|Insurance|Steel|Mobile|Finance|Resorts?|Hotels?))+(?![\w])"
)
# A firm no list knows, named by the word for a firm that ends its name: "Tata Motors", "Toyota Motor",
# "Alibaba Group", "Hòa Phát Group" (each word capitalised, the first not a preposition's "Tại").
_FIRM_SUFFIX_RE = re.compile(
    rf"(?<![\w.-])(?:{SYL}|[A-Z][A-Za-z]+)(?:[ ](?:{SYL}|[A-Z][A-Za-z]+)){{0,2}}[ ](?:Motors?|Group|Holdings|Corporation|Corp\.?"
    r"|Inc\.?|Airlines|Air Lines|Airways|Pharma|Securities|Electronics|Industries|Technologies|FC|CF|Oil|Petroleum)"
    r"(?![\w])"
)
_NOT_FIRM_WORDS = frozenset({*LEADING_WORDS, "theo", "của", "và", "như", "do", "bởi", "hãng", "tập", "đoàn"})
# A Latin word or a model number after a brand makes it a product ("Samsung Galaxy", "Toyota Vios", "Apple Watch").
# A news site named by its domain, as in a lead's source tag: "(Soha.vn) -", "theo VnExpress.net".
_SITE_NAME_RE = re.compile(
    r"(?<![\w.@/:-])[A-Z][A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*\.(?:vn|com|net|org)(?![\w.-]|\.\w)"
)
# The Party named bare ("trong Đảng", "Đại hội Đảng", "của Đảng và Nhà nước"), or a party with its name
# ("Đảng Dân chủ", "Đảng Cộng hòa"); not "Đảng bộ", "Đảng ủy", "Đảng viên", read as heads or roles.
_PARTY_RE = re.compile(
    r"(?<![\w])Đảng(?:[ ](?:Dân chủ|Cộng hòa|Cộng Hòa|Cộng sản|Lao động|Bảo thủ|Tự do|Xanh|Xã hội|Dân tộc|Quốc đại"
    rf"|Nhân dân)(?:[ ]{RUN})?)?(?![\w]|[ ](?:bộ|ủy|uỷ|viên|đoàn)(?![\w]))"
)
# The Youth Union named bare, as the Party is, after the work or the people it has: "công tác Đoàn", "cán
# bộ Đoàn" (not "Đoàn Văn Hậu", a surname, nor "Đoàn Thanh niên ...", read by the heads).
_YOUTH_UNION_RE = re.compile(
    r"(?<![\w])(?:công tác|cán bộ|hoạt động|sinh hoạt|tổ chức|phong trào|cơ sở)[ ](Đoàn)(?![\w]|[ ][A-ZĐ])"
)
_READERS_OF_RE = re.compile(
    rf"(?<![\w])(?:[Bb]ạn đọc|[Đđ]ộc giả|[Pp]hóng viên|PV)[ ]((?:{SYL})(?:[ ][{LOWER}]+|[ ]{SYL})?)"
)
# A paper's Vietnamese initials opening a text: "(BGĐT) - ...", "(NLĐO) - ..." (not "(CTO) -", which the
# first blind split reads as no organisation: initials with no Đ are as often an English title's)
_PRESS_INITIALS_RE = re.compile(rf"\((?=[{UPPER}]*Đ)[{UPPER}]{{3,6}}\)[ ]?-")
# Press initials with no Đ, which open a text as a paper's tag with or without a dash ("(TNO) Ở loạt trận")
_PRESS_INITIALS = frozenset(
    ["TNO", "TTO", "TTXVN", "VNA", "VOV", "VTV", "VTC", "PLO", "SGGP", "CAND", "HNM", "GDVN"]
)
_PRESS_TAG_RE = re.compile(r"\(([^()\n]{2,24})\)")  # at the start of a text
# Firms whose name is also their website or app, which "trên" ("on") names as a place to post, not a firm.
_PLATFORMS = frozenset(["Facebook", "Zalo", "YouTube", "TikTok", "Instagram", "Twitter", "X", "Threads"])
_PRODUCT_AFTER_RE = re.compile(r"[ ](?:[A-Za-z]*\d|[A-Za-z][A-Za-z-]*(?![\w]))")
_SCORE_AFTER_RE = re.compile(r"[ ]\d+[ ]?[-–][ ]?\d+(?![\w])")
_PERSON_AFTER_RE = re.compile(r"[ ][A-Z][a-z]+(?:-[a-z]+)?[ ][A-Z][a-z]+(?![\w])")  # "Tesla Elon Musk"
# Words before a known name that make it a river, a forest, an app, a phone or a vehicle: "rừng Amazon",
# "ứng dụng Zalo", "nhắn tin thoại Zalo", "điện thoại Nokia", "xe Honda", "ô tô Ford", "vàng miếng SJC".
_KNOWN_NOT_AFTER = frozenset(
    ["rừng", "sông", "lưu", "vực", "vùng", "thung", "lũng", "dụng", "thoại", "xe", "tô", "miếng", "vàng"]
)


# A photo credit ("(Ảnh: THX/TTXVN)", "Ảnh: Shutterstock", "(Ảnh: TÂN HOA XÃ)"): its parts, between slashes or
# hyphens ("EPA-EFE"); and picture agencies whose names are common abbreviations elsewhere ("kỳ thi AP").
_PICTURE_AGENCIES = frozenset(["AP", "EPA", "EFE", "ANSA", "DPA"])
_CREDIT_BODY_RE = re.compile(
    rf"(?<![\w])(?:Ảnh|Nguồn|Video|Clip){CREDIT_KIND}[ ]?:[ ](?P<body>[^()\n:]{{2,60}}?)[ ]?(?=\)|\.?$|\.\s)"
)
_CREDIT_PART_RE = re.compile(r"[^/-]+")


def credit_orgs(text: str, *, blocked: Sequence[tuple[int, int]] = ()) -> list[OrgSpan]:
    """News agencies and picture libraries a photo credit names: a part in capitals that the abbreviation
    table calls an organisation ("THX", "TTXVN") or that is a known organisation in any case ("TÂN HOA XÃ",
    "Shutterstock"). A person credited ("Ảnh: Lê Hiếu") is the people finder's."""
    table = abbreviations()
    known = _known_org_keys()
    occupied = Spans(blocked)
    out: list[OrgSpan] = []
    for credit in _CREDIT_BODY_RE.finditer(text):
        for part in _CREDIT_PART_RE.finditer(text, credit.start("body"), credit.end("body")):
            name = part.group().strip()
            if not name:
                continue
            start = part.start() + part.group().index(name)
            end = start + len(name)
            if occupied.overlaps(start, end):
                continue
            abbreviation = table.get(name)
            if (
                (abbreviation and abbreviation[1] == "org")
                or fold_key(name) in known
                or name in _PICTURE_AGENCIES
            ):
                out.append(OrgSpan(start, end, name))
    return out


def find_known_orgs(text: str, *, blocked: Sequence[tuple[int, int]] = ()) -> list[OrgSpan]:
    """Head-less organisations from the hand-written list, with the branch or division words after them.

    Not when the name is the alias in brackets after a full name ("Petrovietnam (PVN)": one organisation,
    one mention), a brand before a product ("Samsung Galaxy"), or a river or forest ("rừng Amazon").
    """
    out: list[OrgSpan] = []
    occupied = Spans(blocked)
    for m in known_orgs_re().finditer(text):
        start, end = m.start(), m.end()
        if occupied.overlaps(start, end):
            continue
        if text[end : end + 1] == ")" and re.search(
            rf"[{UPPER}\w][\w.]*[ ]\($", text[max(0, start - 40) : start]
        ):
            clause = re.split(r"[,.;:!?]", text[max(0, start - 100) : start - 2])[-1]
            before = clause.split(" ")[-1]
            after_person = any(e == start - 2 for _, e in blocked)  # "Phạm Nhật Vượng (Vingroup)": his firm
            if not after_person and (before[:1].isupper() or before[:1].isdigit() or _HEAD_RE.search(clause)):
                continue
        prev = text[max(0, start - 20) : start].split()
        if prev and prev[-1] in _KNOWN_NOT_AFTER and "hãng" not in prev[-3:-1]:
            continue  # "xe Honda" is a motorbike, "hãng xe Toyota" the firm
        if prev and prev[-1].lower() in ("trên", "trang") and m.group() in _PLATFORMS:
            continue  # "chuyện trên Facebook", "Trang Facebook của mình": the site, not the firm
        if re.match(r"\.(?:vn|com|net|org)(?![\w])", text[end : end + 5]):
            continue  # "Kenh14.vn": the site's own name, read whole by the site rule below
        suffix = _KNOWN_SUFFIX_RE.match(text, end)
        if suffix:
            end = suffix.end()
        else:
            product = _PRODUCT_AFTER_RE.match(text, end)
            if (
                product
                and not plausible_syllables([product.group().strip()])
                and not _PERSON_AFTER_RE.match(text, end)
                and not _SCORE_AFTER_RE.match(text, end)  # "Arsenal 4-3 Leicester": a score
            ):
                continue
        out.append(OrgSpan(start, end, text[start:end]))
    occupied = Spans([*blocked, *((o.start, o.end) for o in out)])
    for m in _FIRM_SUFFIX_RE.finditer(text):
        start = m.start()
        while (space := text.find(" ", start, m.end())) > 0 and text[start:space].lower() in _NOT_FIRM_WORDS:
            start = space + 1  # "Theo Alibaba Group", "Tại Hòa Phát Group"
        if not occupied.overlaps(start, m.end()) and text.count(" ", start, m.end()):
            out.append(OrgSpan(start, m.end(), text[start : m.end()]))  # "Tata Motors", "Alibaba Group"
    # a site by its domain ("Kenh14.vn"), the Party ("Đại hội Đảng"), the Youth Union ("công tác Đoàn")
    for regex, group in ((_SITE_NAME_RE, 0), (_PARTY_RE, 0), (_YOUTH_UNION_RE, 1)):
        for m in regex.finditer(text):
            if not occupied.overlaps(m.start(group), m.end(group)):
                out.append(OrgSpan(m.start(group), m.end(group), m.group(group)))
    for m in _READERS_OF_RE.finditer(text):
        if fold_key(m.group(1)) in NEWSPAPER_NAMES and not occupied.overlaps(m.start(1), m.end(1)):
            out.append(OrgSpan(m.start(1), m.end(1), m.group(1)))  # "Bạn đọc Dân trí giúp đỡ ...": the paper
    tag = _PRESS_TAG_RE.match(text)
    if (
        tag
        and (
            fold_key(tag.group(1)) in NEWSPAPER_NAMES
            or _PRESS_INITIALS_RE.match(text, tag.start())
            or tag.group(1) in _PRESS_INITIALS
        )
        and not occupied.overlaps(tag.start(1), tag.end(1))
    ):
        out.append(OrgSpan(tag.start(1), tag.end(1), tag.group(1)))  # "(Dân trí) - ...": the paper's own tag
    out.sort(key=lambda o: o.start)
    return out


# A firm named by foreign words that the text itself calls a firm: "SoPa - công ty mẹ đã mua lại ...",
# "Leflair, startup bán hàng hiệu", "công ty Standard Oil", or whose founder or chief it names: "Founder của
# Leflair" (not "hãng Victoria's Secret", whose name goes on past the apostrophe).
_FIRM_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
_FIRM_APPOSITION_RE = re.compile(
    rf"(?<![\w.-])(?P<name>{_FIRM_WORD}(?:[ ]{_FIRM_WORD}){{0,2}})(?:[ ][-–][ ]|,[ ])(?:công ty|hãng|tập đoàn|startup|doanh nghiệp)(?![\w])"
)
_FIRM_NOUN_RE = re.compile(
    rf"(?<![\w])(?:công ty|hãng|tập đoàn)[ ](?P<name>{_FIRM_WORD}(?:[ ]{_FIRM_WORD}){{0,2}})(?![\w'’]|[ ][{UPPER}])"
)
_FIRM_CHIEF_RE = re.compile(
    rf"(?<![\w])(?i:founder|co-founder|CEO|nhà sáng lập|đồng sáng lập|người sáng lập|ông chủ)[ ]của[ ]"
    rf"(?P<name>{_FIRM_WORD})(?![\w]|[ ][{UPPER}])"
)


def named_firms(text: str, *, blocked: Sequence[tuple[int, int]] = ()) -> list[OrgSpan]:
    """Firms of foreign words the text calls firms (above), with every other mention of that word in the text."""
    occupied = Spans(blocked)
    names = {
        m.group("name")
        for regex in (_FIRM_APPOSITION_RE, _FIRM_CHIEF_RE, _FIRM_NOUN_RE)
        for m in regex.finditer(text)
        if not plausible_syllables(m.group("name").split(" "))
        and not re.search(rf"[{UPPER}][\w.]*[ ]$", text[max(0, m.start() - 20) : m.start()])
        and not is_place_name(m.group("name"))
        and not occupied.overlaps(m.start("name"), m.end("name"))
    }
    out = []
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text):
            if not occupied.overlaps(m.start(), m.end()):
                out.append(OrgSpan(m.start(), m.end(), name))
    out.sort(key=lambda o: o.start)
    return out


_BRANCH_RE = re.compile(rf"[ ]chi nhánh[ ](?:(?:tỉnh|thành phố|TP\.?)[ ])?(?P<where>{RUN})")


_STATE_BODY_RE = re.compile(
    rf"(?<![\w])(?:chính phủ|quốc hội|[Cc]hính quyền|(?:[Đđ]ại[ ])?[Ss]ứ quán|[Tt]ổng [Ll]ãnh sự quán|[Ll]ãnh sự quán)[ ](?P<where>{RUN})"
)


def state_bodies(text: str, *, blocked: Sequence[tuple[int, int]] = ()) -> list[OrgSpan]:
    """A country's government, parliament or embassy written in lower case: "chính phủ Mỹ", "sứ quán Anh"
    (capitalised, "Chính phủ" is one of the heads). Not "quân đội Nga": the labellers read an army so named
    as no organisation."""
    occupied = Spans(blocked)
    out = []
    for m in _STATE_BODY_RE.finditer(text):
        words = m.group("where").split(" ")
        k = country_lead(words, keep=0)
        end = m.start("where") + len(" ".join(words[:k]))
        if k and not occupied.overlaps(m.start(), end):
            out.append(OrgSpan(m.start(), end, text[m.start() : end], " ".join(words[:k])))
    return out


def with_branches(text: str, spans: Sequence[OrgSpan]) -> list[OrgSpan]:
    """Organisations followed by their branch, which is part of the name: "Ngân hàng Nông nghiệp và
    Phát triển nông thôn chi nhánh Phú Thọ"."""
    out = []
    for span in spans:
        branch = _BRANCH_RE.match(text, span.end)
        end = _branch_end(text, branch) if branch else None
        out.append(replace(span, end=end, name=text[span.start : end]) if end else span)
    return out


def _branch_end(text: str, branch: re.Match[str]) -> int | None:
    """Where a branch's place name ends: the longest run of its words that names a place, so a person
    written right after ("... chi nhánh Phú Thọ Nguyễn Văn Hùng") is not swallowed."""
    words = branch.group("where").split(" ")
    for k in range(len(words), 0, -1):
        if is_place_name(" ".join(words[:k])):
            return branch.start("where") + len(" ".join(words[:k]))
    return None


def is_org_start(text: str) -> bool:
    """Whether a role's remainder ("Công an xã", "Đội xây dựng phong trào ...") names an organisation.

    Inside a role the whole remainder is the name, so a head followed by anything will do.
    """
    if re.fullmatch(rf"[{UPPER}][\d{UPPER}]+", text) and abbreviations().get(text, ("", ""))[1] not in (
        "other",
        "part",
    ):
        return True  # "VNG" in "TGĐ VNG"
    m = _HEAD_RE.match(text)
    return m is not None and (bool(m.group("complete")) or len(text) > m.end() + 1)


def org_in_role(text: str) -> tuple[int, int] | None:
    """Where the organisation sits in a role's remainder: all of it ("Công an xã"), or from the first head
    inside it ("khoa Nhi Bệnh viện Đa khoa tỉnh" -> "Bệnh viện Đa khoa tỉnh"). When the grammar reads a
    shorter name followed only by lower-case words ("Bộ Công an ghi nhận những kết quả"), those words are
    the sentence going on, not the name."""
    start = 0 if is_org_start(text) else None
    if start is None:
        for m in _HEAD_RE.finditer(text):
            if m.start() > 0 and is_org_start(text[m.start() :]):
                start = m.start()
                break
    if start is None:
        return None
    head = _HEAD_RE.match(text, start)
    if head is not None:
        end, _ = _tail(text, head.end(), ())
        rest = text[end:]
        if (
            (end > head.end() or head.group("complete"))
            and rest
            and re.fullmatch(rf"(?:[ ][{LOWER}]+)+", rest)
        ):
            return start, end
    return start, len(text)


def place_in(span: OrgSpan, places: Sequence[PlaceSpan], text: str) -> str | None:
    """The place named inside an organisation span, nearest the end: a unit with its prefix anywhere in it, a
    bare name or a country ending it ("Bộ Quốc phòng Nga", "Ford Việt Nam", as the labelled splits read
    it), but not the partner country of a friendship name ("Bệnh viện Việt Đức").

    `places` are in text order, as `find_place_spans` gives them: only those starting inside the span are
    read, so a text of thousands of bodies and places is not read once per body.
    """
    inside = []
    for i in range(bisect.bisect_left(places, span.start, key=lambda p: p.start), len(places)):
        p = places[i]
        if p.start >= span.end:
            break
        if (
            span.start <= p.prefix_start
            and p.end <= span.end
            and (
                p.strong
                or (
                    p.end == span.end
                    and not _FRIENDSHIP_BEFORE_RE.search(text, max(0, p.prefix_start - 5), p.prefix_start)
                )
            )
        ):
            inside.append(p)
    return inside[-1].name if inside else span.place


_FRIENDSHIP_BEFORE_RE = re.compile(r"(?<![\w])Việt[ -]$")


def merge_organisations(
    found: Sequence[tuple[str | None, str, Sequence[OrgSpan]]],
) -> tuple[Organization, ...]:
    """Group organisation spans by name (any tone-mark placement), in order of first mention."""
    groups: dict[str, tuple[OrgSpan, list[Mention]]] = {}
    for fld, _text, spans in found:
        for span in spans:
            key = fold_key(span.name)
            if key not in groups:
                groups[key] = (span, [])
            groups[key][1].append(Mention(span.start, span.end, span.name, fld))
    return tuple(
        Organization(first.name, expand(first.name), first.place, tuple(mentions))
        for first, mentions in groups.values()
    )
