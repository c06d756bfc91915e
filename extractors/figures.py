"""Figures: how many of what. "trên 300 ban ANTT", "1,5 tỷ đồng", "97/285 khu dân cư", "3 - 5 ngày".

A figure is a number with what it counts or measures. Each has:

- `value` (Decimal, scale words applied: "1,5 tỷ đồng" → 1500000000), `value_max` for ranges
  ("3 - 5 ngày", "5 đến 7 lớp", "15-25%"; the first bound inherits the second's scale or "%"),
  `of` for ratios ("97/285 khu dân cư" → 97 of 285);
- `qualifier`: the word right before the number (`numbers.QUALIFIERS`, lowercased: trên, gần, hơn,
  khoảng, đạt, tới...); "hàng nghìn", "hàng trăm" ("thousands", "hundreds") are no figures: they state no
  number, and every held-out labeller since blind3 left them out;
- `unit`: what the number counts or measures: "%" or a unit glued to the number ("10m", "31ha",
  "500.000đ"; with a "/per": "7-8%/năm" → "%/năm"), else the words after it, read by `units.unit_after`
  (a measure, or the noun phrase: "16.628 tổ liên gia tự quản về ANTT" → "tổ liên gia tự quản");
- `text` and the mention span: from the qualifier to the end of the unit.

Not figures (skipped): dates (06/05/2019, 8.6.2012, 6/2026, "ngày 8-1", "tháng 5", "năm 2019", "29
tháng Chạp"; a d/m pair counts as a ratio only when a counted noun follows: "3/5 thành viên"), bare
years (1900-2100 without a counted noun after them, and year ranges "2016 - 2020"), times (07:15, 19h,
"16 giờ ngày...", "14 giờ 30 phút"), phone numbers (leading zero, but for a padded small count with
what it counts after it: "01 chị", "07 xã"; "(04)39.431.943"; space-separated groups of 7+ digits,
anything after "Điện thoại", "Hotline", "Fax"...), document numbers ("35/NQ-TW", "số 03", "Chỉ thị 16"),
numbers labelled by the noun before them (`_LABELS`: "lớp 2", "quận 12", "phút 106", "thứ 13", "tầng
3", "Tầng 17, 19, 20") unless a scale word or "%" follows ("mỗi tháng 7 triệu đồng"), numbers after a
capitalised word or a capitalised name with a lowercase tail ("RON 95", "iPhone 7", "Sư đoàn 306",
"Vành đai 3") unless a unit follows ("Cộng hòa Séc 10 năm"; years after a name never count: "CAN Cup
2025"), numbers glued to letters or marks (URLs, "img3621", "Covid-19", "D29", "P’9981", "106'", "18+",
"24/24h", "Tập 5:"), list markers at the start of a line ("2. Miễn phí"), numbers inside the quoted name
of a model ("mô hình “3 không, 1 có”") or inside any quote of at most six words, numbers followed by a
capitalised word (addresses: "24 Trần Văn Hoài"), unitless ranges (scores: "thua 0-4", "1-0"),
a unitless 0, and unitless integers of seven or more ungrouped digits (identifiers). Number words count
only with a scale word ("hơn một triệu lao động"); "hai cháu" or "một tháng" are not figures.

Also not figures (issue 3): phases and ranks ("giai đoạn 2", "vị trí 5", "Sư đoàn 312"), idioms ("2 bàn tay
trắng", "1 nắng 2 sương"), house numbers before a street and a name ("123 đường Hùng Vương"), "0 đồng"
after a noun (a free shop: "siêu thị 0 đồng"). A range whose low end is below its scale word reads one
scale down ("700 - 1 triệu đồng" → 700000 to 1000000).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Literal

from extractors.facts import Figure, Mention, NamedModel
from extractors.foreign_names import foreign_given_names, foreign_surnames
from extractors.gazetteer import countries, world_cities
from extractors.named_models import find_models, quoted_spans
from extractors.normalize import wordset
from extractors.numbers import NUMERAL_PATTERN, QUALIFIERS, SCALES, parse_number_words, parse_numeral, tidy
from extractors.people import one_name_people
from extractors.person_names import plausible_syllables
from extractors.units import DURATIONS, MATERIAL_PER_RE, MEASURES, SPACE_DIGIT_RE, shared_unit, unit_after

__all__ = ["find_figures"]

_SCALE_ALT = "|".join(sorted(SCALES, key=len, reverse=True))
_WORD_NUMBERS = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"

_CANDIDATE_RE = re.compile(
    rf"(?<![\w.,:^#@&_'’+])(?<!\w-)(?<![\d/]/)(?<!^/)(?<![\s(]/)(?P<cur>\$)?(?P<num>{NUMERAL_PATTERN})"
    rf"|(?<![\w])(?P<words>(?:{_WORD_NUMBERS})(?:\s+(?:{_SCALE_ALT}))+)(?![\w])(?!(?-i: phú)(?![\w]))",
    re.IGNORECASE,
)
_THOUSAND_K_RE = re.compile(r"[kK](?=/[^\W\d_]|[ ,.;:?!)]|$)")
_RESOLUTION_RE = re.compile(r"\dK")  # "quay 4K", "màn hình 8K": a picture's width, not 4,000 (nor "chạy 5K")
# "triệu phú", "tỷ phú" (a millionaire, a billionaire) are no scale: "2 tỷ phú" counts two people
_SCALE_RE = re.compile(rf"(?:\s+(?:{_SCALE_ALT}))+(?![\w])(?!(?-i: phú)(?![\w]))", re.IGNORECASE)
_COMPOUND_RE = re.compile(rf"\s+(\d{{1,3}})((?:\s+(?:{_SCALE_ALT}))+)(?![\w])", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\s?%")
_ROUTES_AFTER_RE = re.compile(r"[\d.,]+[ ]tuyến(?![\w])")
_HAVING_BEFORE_RE = re.compile(r"(?<![\w])(?:có|với|gồm|là|đạt|tổng cộng)[ ]?$", re.IGNORECASE)
_DAY_MONTH_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")
_GLUED_PER_RE = re.compile(r"/([^\W\d_]\w*(?:/[^\W\d_]\w*)?)(?![\w/])")  # "358kg/người/năm"
_PER_RE = re.compile(r" ?/ ?([^\W\d_]\w*)(?![\w/])")
_GLUED_UNITS = (
    r"kWh|mAh|GHz|MHz|GB|MB|KB|TB|Gb|Mb|gb|mb|kb|MW|kW|kV|Nm|MP|km2|km²|m2|m²|m3|m³|km|cm|ml|mg|mm|cc|kg|ha|m|g|l|L"
    r"|inch"
    r"|°C|°F|°|VNĐ|VND|USD|đ|tạ|tấn"
)
_GLUED_RE = re.compile(rf"({_GLUED_UNITS})(?![\w])")
_NOT_A_COUNT_AFTER_RE = re.compile(r"['’+]|:\d|/(?!\d)|\s*:")  # 106' (minute), 18+, 10:39, "Tập 5:"
_GLUED_TIME_RE = re.compile(r"h(?:\d{1,2})?(?![\w])|g\d{1,2}|(?:giờ|phút)(?=\s*\d)")
_THOUSANDS_RE = re.compile(r"\d{1,3}\.000")
_NEIGHBOUR_RE = re.compile(
    r", (?P<cur>)(?P<num>\d{1,2})(?= (?:tuổi|năm|tháng|ngày|tuần|giờ|lần|người)(?![\w]))"
)
_RANGE_RE = re.compile(
    rf"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)(?P<cur>\$)?(?P<num>{NUMERAL_PATTERN})"
    rf"(?:(?![\w/]|[.,]\d)|(?=(?:{_GLUED_UNITS})(?![\w])))",  # "400-600mm": a glued unit ends it
    re.IGNORECASE,
)
_RATIO_RE = re.compile(r"[ ]?/(\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d)")  # "97/285", "1.600/1.600", "55 /63"
_WINDOW = 80  # characters looked at before a number
_BIG = 1 << 62
# A race time, "49 giây 67" or "1 phút 58 giây 43" (49.67 s, 118.43 s), only where nothing counted follows:
# "sau 30 giây 15 người thoát ra" is two figures
_RACE_TIME_RE = re.compile(
    r"(?: phút (?P<seconds>\d{1,2}))? giây (?P<hundredths>\d\d)"
    r"(?=[,;:!?)]|\.(?!\d)|\s*$|\s+(?:tại|ở|và|trong|để|nhưng|khi|giành|về|lập|phá|với|nên)(?![\w]))"
)
_DIGIT_GROUPS_RE = re.compile(r"\d+(?: \d+)+")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?…:;\n]\s*)$")
_LISTED_NUMBER_RE = re.compile(r"\d+[A-Z]?")
_LIST_BEFORE_RE = re.compile(r"(?:\d+[A-Z]?(?:, | và | hoặc ))+$")  # "tổ dân phố 1, 1A, 2"
_YEAR_RANGE_BEFORE_RE = re.compile(r"(?:19|20)\d\d ?[-–] ?$")
_NEXT_WORD_RE = re.compile(r" (\w\w)")
_WORD_AFTER_RE = re.compile(r" (\w+)")
_NAMING_BEFORE_RE = re.compile(r"(?:danh hiệu|chủ đề|khẩu hiệu|tên gọi|thông điệp|giải thưởng):? ?[“\"‘']$")
# "tiến tới 40 giờ", "liên quan đến 7 cầu thủ", "cuộc vận động “...” tới 100% chi hội": a verb's goal or
# a preposition, not "up to"
_MOTION_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:tiến|triển khai|sâu rộng|hướng|nhắm|vươn|liên quan)|[”\"’)]) $"
)
_SPANS_OF_TIME = frozenset(
    [*DURATIONS, "thế kỷ", "thập kỷ", "thế kỉ", "thập kỉ"]
)  # "Standard Oil 1 thế kỷ trước"
_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
# A physical measure after a label word makes the number a quantity ("tuyến đường 5 km", "máy tính bảng 8 inch")
_LENGTH_AFTER_RE = re.compile(r" (?:km|m|mét|cây số|ha|cm|mm|inch|m2|m²|m3|kg|tấn|lít|cc)(?![\w])")
# Idioms with a number that counts nothing: "khởi nghiệp từ 2 bàn tay trắng", "1 nắng 2 sương".
_IDIOM_PATTERN = (
    r"(?<![\w.,])(?:2\s+bàn\s+tay\s+(?:trắng|không)|1\s+nắng\s+(?:2|hai)\s+sương|1\s+vốn\s+(?:4|bốn)\s+lời"
    r"|1\s+sớm\s+1\s+chiều|3\s+chân\s+4\s+cẳng|5\s+lần\s+7\s+lượt|9\s+người\s+10\s+ý"
    r"|(?<=chấm )11\s*(?:m|mét))(?![\w])"  # "chấm 11 m": the penalty spot
)

# Street words after a house number: "123 đường Hùng Vương", "45 phố Huế".
_STREETS = wordset("đường phố ngõ hẻm ngách kiệt")
_BUILDINGS = wordset("nhà tòa toà")
_FLOORS_AFTER_RE = re.compile(r" tầng(?![\w])")
_RATED = wordset("resort sạn hotel")  # "khách sạn 5 sao": the word before the number is "sạn"
_STARS_AFTER_RE = re.compile(r" sao(?![\w])")
# Words before "0 đồng" that make it an amount ("giá 0 đồng", "còn 0 đồng"), not the name of a free thing.
_PRICE_CUES = wordset(
    "giá là còn bằng phí mức chỉ từ thu tốn mất chi trả hết với lãi lỗ tăng giảm thêm về xuống"
)

# The noun before a number that makes it a label, an ordinal or a date, not a count.
_LABELS = wordset(
    """
    ngày tháng năm quý hôm đêm sáng chiều tối trưa nay mùng mồng thứ lúc số lớp quận phường tầng phòng
    hẻm ngõ ngách kiệt ấp tổ khu xóm thôn bản đường phố quốc lộ tỉnh lộ km phút hiệp vòng kỳ khóa khoá
    điều khoản chương mục phần bài câu trang tuổi top mã nhà lô căn block hạng cấp bậc bảng đợt lần
    luật kỷ tuần loại hệ đoạn luận mùa phiên chặng tiết
    trận ván hiệu đài mốc đội khối
    """
)
_MODEL_NUMBER_RE = re.compile(r"(?<![\w-])([A-Za-z]+) (\d{3,4})(?![\w.,/%-])")
_VERSION_RE = re.compile(r"\d{1,2}\.\d{1,2}")
_ZERO_PADDED_COUNT_RE = re.compile(r"0[1-9]")  # official documents pad small counts: "01 chị", "07 xã"
_LABEL_AFTER_RE = re.compile(r"[ ](?:\d|[A-ZĐ])")  # ... but "Kế hoạch 02 ngày 10/1" labels the plan
_CODE_RE = re.compile(r"[A-Z]+\d+\w*")
_BOUND_IS = ("tối đa là ", "tối thiểu là ", "ít nhất là ")
_AGE_AFTER_RE = re.compile(r" tuổi(?![\w])")
_TIMES_AFTER_RE = re.compile(r" lần(?![\w])")
_TIMES_RE = re.compile(r" ?[x×] ?\d")
_SPEEDS = frozenset(["km/h", "km/giờ", "dặm/giờ", "mph"])
_QUOTES = frozenset("'‘\"“")  # "giá từ 200 triệu 'đấu' Hyundai i10": an amount, then a quoted verb
# Words after "<n> triệu/tỷ" that begin a place or purpose, not what is counted: the amount is in đồng.
_PLACE_WORDS_AFTER_MONEY = wordset("ven ở tại cho để vào")
# A population or a count of views before "<n> triệu" with no unit: not an amount of đồng.
_NOT_MONEY_BEFORE_RE = re.compile(
    r"(?<![\w])(?:dân số|lượt xem|lượt|dân|người)[ ](?:(?:gần|hơn|khoảng|trên|tới|lên tới|đạt)[ ])?$",
    re.IGNORECASE,
)
# First words of what "điều" (to dispatch) sends: forces and vehicles.
_DISPATCHED = wordset("máy tàu xe quân binh chiến cán lực trực tiêm phương người đội khẩu")
# Words before a label noun that make it an ordinary noun again: "trong số 10 dự án", "trong vòng 8 phút".
_LABEL_EXCEPTIONS = {
    "số": {"trong", "tổng", "con", "với", "cả", "các", "những", "dân"},  # "dân số 97 người": a population
    "tiết": {"chi"},  # "chi tiết 7 bước": in detail, not lesson 7
    "hạng": {"xếp"},  # "xếp hạng 14 di tích": ranked fourteen relics
    "kỳ": {"định", "chu"},  # "định kỳ 5 năm 1 lần", "chu kỳ 4 năm": how long between, not term 5
    "mục": {"danh"},  # "danh mục 75 khu đất": a list, not section 75
    "đường": {"chặng"},  # "chặng đường 130 năm": a journey, not road 130
    "vòng": {"trong"},
    "tập": {"luyện", "học", "tổng", "thu"},
}
_DURATION_AFTER_RE = re.compile(rf" ({'|'.join(DURATIONS)})(?=[,.;]*(?:\s|$))", re.IGNORECASE)
# Label nouns of two syllables whose second syllable alone is no label: "vị trí 5", not "bố trí 6 làn xe".
_LABELS_AFTER = {
    "văn": {"công"},  # "Công văn 45", not "thi công 3 tuyến đường", "khởi công 6 dự án"
    "tư": {"thông"},  # "Thông tư 12", not "lưu thông 5 xe"
    "hoạch": {"kế"},  # "kế hoạch 142": a plan's number
    "định": {"nghị", "quyết"},  # "Quyết định 123", not "xác định 14 điểm"
    "quyết": {"nghị"},  # "Nghị quyết 15", not "giải quyết 312 hồ sơ"
    "nghị": {"hội"},  # "Hội nghị 3": a session; not "kháng nghị 2 bản án", "kiến nghị 5 nội dung"
    "thị": {"chỉ"},
    "động": {"báo"},  # "báo động 2": an alert level
    "độ": {"mức", "cấp"},  # "mức độ 2", "cấp độ 3"
    "trí": {"vị"},
    "thức": {"phương"},
    "ước": {"công", "hiệp"},
    "đoàn": {"sư", "trung", "lữ", "binh", "tiểu", "quân"},
    "đội": {"tiểu", "trung", "đại"},
    "đai": {"vành"},  # "vành đai 3 TP.HCM": a ring road's number
    "vực": {"khu"},  # "dự án khu vực 1": an area's number
    "non": {"mầm"},  # "Trường mầm non 14": a school's number
    "đạo": {"chỉ"},  # "Ban chỉ đạo 138": a steering board's number
}
_DATE_CUES = {
    "ngày",
    "hôm",
    "đêm",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "nay",
    "mùng",
    "mồng",
    "từ",
    "đến",
    "trước",
    "sau",
}
# A day and month with a dot ("30.8"), which Vietnamese never writes for a decimal
_DAY_DOT_MONTH_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])\.(?:[1-9]|1[0-2])")
_PHONE_RE = re.compile(
    r"(?<!\w)(?:[Đđ]iện thoại|ĐIỆN THOẠI|[Đđ][Tt]|SĐT|[Ss]ĐT|[Tt]el|TEL|[Ff]ax|FAX|[Hh]otline|HOTLINE"
    r"|[Đđ]ường dây nóng|[Dd]i động|[Mm]áy lẻ|[Ee]xt|[Zz]alo)\.?\s*:?\s*[\d\s().+/-]+"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SLOGAN_WORDS = "(?:không|có|sạch|tự|cùng|được|quản|giúp|biết|xanh|tốt|giữ|xây|an|đẹp)"
# Number shapes that are never figures, as one digit-led alternation (one pass over the text):
_NOT_FIGURE_PATTERNS = (
    # 35/NQ-TW, 14GP/BC, 100/2019/NĐ-CP; read from the chain's first number only ("/" not before it), or a
    # long run of "1/1/1/..." is re-scanned from every number
    r"(?<![\w/])\d+(?:/\d+)*[A-ZĐ]*[/-][A-ZĐ][\w./-]*",
    r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/])",  # 06/05/2019, 8.6.2012
    r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)",  # 07:15:40
    # "Ngày 14 - 11,": a day and month, spaced (not "mỗi ngày 30 - 50 người", "ngày 2 - 3 lần")
    r"(?<=[Nn]gày )(?:[1-9]|[12]\d|3[01]) [-–] (?:[1-9]|1[0-2])(?![\d/.-]|\s*[^\W\d_])",
    r"(?<!\d)\d{1,2}\s*(?:giờ|GIỜ)\s*\d{1,2}(?:\s*phút)?",  # 14 giờ 30 phút
    r"(?<!\d)\d{1,2}\s+tháng\s+(?:\d|[A-ZĐ])",  # lunar dates: "29 tháng Chạp"
    r"(?<=[Cc]ovid [-–] )19(?!\d)|(?<=COVID [-–] )19(?!\d)",  # "Covid – 19": the disease, spaced
    r"(?<=\()0\d{1,3}\)\s*\d{2,4}(?:[. ]\d{2,4}){1,3}",  # "(04)39.431.943": a phone with its area code
    # a holiday's day and month: "lễ 2-9", "Quốc khánh 2.9", "dịp 30-4"
    r"(?:(?<=[Ll]ễ )|(?<=[Dd]ịp )|(?<=[Qq]uốc khánh ))(?:[1-9]|[12]\d|3[01])[-.](?:[1-9]|1[0-2])(?![\d/.,-])"
    r"(?![ ](?:ngày|tuần|lần|đêm|buổi)(?![\w]))",  # not "nghỉ lễ 4-5 ngày"
    _IDIOM_PATTERN,
    # a slogan's numbered parts outside quotes: "mô hình 4 quản, 3 giúp", "nguyên tắc 5 tự: Tự giác, ...",
    # "3 sạch: Sạch nhà", "nội dung 3 không (không ...)"
    rf"(?<!\d)\d{{1,2}} {_SLOGAN_WORDS}, \d{{1,2}} {_SLOGAN_WORDS}(?![\w])"
    rf"|(?<![\d.,])\d{{1,2}} {_SLOGAN_WORDS}(?=\s*[:(]| là:)",
    # a clock time: "Đúng 18 giờ hằng ngày", "vào 22 giờ" (not "đúng 24 giờ sau"), a shift's number and both
    # ends of its hours ("ca 1 từ 19 giờ đến 23 giờ"; "từ 12 giờ đến 24 giờ" alone may be a length)
    r"(?:(?<=[Đđ]úng )|(?<=[Vv]ào ))(?:[01]?\d|2[0-3])(?= giờ(?![\w])(?! (?:sau|trước|nữa|liền)(?![\w])))",
    r"(?<=ca \d từ )(?:[01]?\d|2[0-3])(?= giờ đến (?:[01]?\d|2[0-4]) giờ(?![\w]))",
    r"(?:(?<=ca \d từ \d giờ đến )|(?<=ca \d từ \d\d giờ đến ))(?:[01]?\d|2[0-4])(?= giờ(?![\w]))",
    r"(?<=[Cc]a )\d{1,2}(?= từ )",
    # hours listed ("cố định là 5 giờ, 6 giờ, 8 giờ, 14 giờ và 16 giờ"), a night's hours ("từ 22 giờ đến 4 giờ",
    # "từ 21 giờ đến gần sáng"): times of day, not lengths
    r"(?<![\d.,])(?:[01]?\d|2[0-4])(?= giờ(?: \d\d)?(?:,| và) (?:[01]?\d|2[0-4]) giờ(?![\w]))",
    r"(?:(?<=giờ, )|(?<=giờ và )|(?<=giờ \d\d, )|(?<=giờ \d\d và ))(?:[01]?\d|2[0-4])(?= giờ(?![\w]))",
    r"(?<=từ )(?:1[89]|2[0-3]) giờ đến (?:gần |tận )?(?:[0-9] giờ|sáng|khuya|rạng sáng)(?![\w])",
    # a footnote's number ("(37,7%)[1]", "6 tỉnh[2]"), a picture's file name ("1.jpg"), a list marker glued to
    # its heading ("1.Mở đầu", "1- Vị trí")
    r"(?<=\[)\d{1,3}(?=\])",
    r"(?:(?<=nghiệp )|(?<=nghệ ))[1-5]\.0(?![\d.,])",  # "Cách mạng công nghiệp 4.0", "công nghệ 4.0"
    r"(?<![\w.,/])\d{1,3}\.(?:jpg|jpeg|png|gif|webp)(?![\w])",
    r"(?<![\w.,/-])\d{1,2}(?:\.(?=[A-ZĐ][a-zà-ỹđ])|-(?= [A-ZĐ][a-zà-ỹđ]))",
    # "trực 24/24 giờ", "24/7": all the time, not a ratio ("24/24 xã đạt chuẩn" is one)
    r"(?<![\d/])(?<![Đđ]ạt )24/24(?=\s*(?:giờ|h(?![\w])|[,.;:)]|$)|[ ](?:để|nhằm|suốt|như)(?![\w]))"
    r"|(?<![\d/])24/7(?![\d/])",
    # the first day of a span of days ("(29-30/9)", "từ 12 đến 16/10", "(17 và 18-4)", "2-3/12/2014"): the
    # second day and its month are a date; not "3 - 5/10 điểm", whose "5/10" may be a ratio
    r"(?<![\d/.,–-])(?:[1-9]|[12]\d|3[01])\s*(?:[-–]|đến|và)\s*(?:[1-9]|[12]\d|3[01])(?:[/-]|- )(?:0?[1-9]|1[0-2])"
    r"(?=[/-]\d{4}|\s*[),;.]|\s+(?:tại|ở|năm|vừa|qua|tới)(?![\w]))",
    # a reign or a life in years ("(1558 - 1626)", "Quang Thuận 1460 - 1469,"), no count of anything
    r"(?<![\d.,])1\d{3}\s*[-–]\s*1\d{3}(?![\d.,]\d)(?=\s*[),;])",
    # a heading's number: "1.1. Vị trí", "3.2. Thực trạng", "1.1.Kinh tế"
    r"(?<![\w.,/])\d{1,2}(?:\.\d{1,2})+\.(?=\s*[A-ZĐ])",
    # a place's coordinates in degrees, minutes and seconds: "23°12’00,672” vĩ độ bắc"
    r"(?<![\d.,])\d{1,3}\s?°\s?\d{1,2}\s?[’'′](?:\s?\d{1,2}(?:[.,]\d+)?\s?[”\"″])?",
    # a swimming or running event ("100 mét tự do", "400m hỗn hợp"), not a distance covered
    r"(?<![\d.,])\d+\s*(?:m|mét)\s+(?:tự do|ngửa|ếch|bướm|hỗn hợp|tiếp sức|vượt rào)(?![\w])",
)
_MASK_RES = (
    re.compile("(?=\\d)(?:" + "|".join(_NOT_FIGURE_PATTERNS) + ")"),
    re.compile(r"(?m)^\s*\d{1,2}[.)](?=\s)"),  # list markers
    # and inside a paragraph: "... địa phương. 1. Tiềm năng", "rụi. 2. “Bà hỏa”"; a list's first after a colon
    # ("sắp xếp: 1. Thành lập"; "số ca trong ngày: 15. Trong đó" is a count)
    re.compile(r"(?<=[.!?] )\d{1,2}\.(?= [A-ZĐ“\"])|(?<=: )1\.(?= [A-ZĐ“\"])"),
    _PHONE_RE,
)
_TIME_AFTER_GIO_RE = re.compile(
    r"\s+giờ(?:\s+\d|\s+(?:ngày|sáng|chiều|tối|đêm|trưa|hôm|rạng))", re.IGNORECASE
)
# Capitalised only because they open a sentence: "Có 3 trong số 10 dự án", "Qua 3 năm".
_SENTENCE_WORDS = wordset(
    """
    có qua sau trong với còn chỉ được gần tổng cả mỗi chừng khoảng hơn trên dưới đến tới từ hết ngoài
    đã vào trước khi nếu thêm mất bị là và thì nhưng dù tuy riêng thu gồm cùng tại ở chưa cho
    """
)


@dataclass
class _Value:
    start: int
    end: int
    value: Decimal
    scale: int = 1
    percent: bool = False
    glued: str | None = None
    currency: bool = False
    per: str | None = None


def find_figures(
    text: str, field: str | None = None, *, models: Sequence[NamedModel] | None = None
) -> list[Figure]:
    """Every figure in `text`, in order of appearance; offsets index `text`.

    Numbers inside model names are skipped; pass `models` (from `find_models(text)`) to save finding them
    a second time.
    """
    masked = _masked_spans(text, find_models(text) if models is None else models)
    models_numbers = _model_numbers(text)
    figures: list[Figure] = []
    consumed_to = 0
    last_end = -1
    for match in _CANDIDATE_RE.finditer(text):
        if match.start() < consumed_to or _inside(match.start(), masked):
            continue
        figure = _figure_at(text, match, last_end, masked)
        if figure is None:
            continue
        start, end, fig = figure
        per_hundred = _PER_HUNDRED_RE.match(text, end) if fig.of is None and fig.unit else None
        if per_hundred:  # "112,8 trẻ trai/100 trẻ gái": one ratio, boys per hundred girls
            end = per_hundred.end()
            fig = replace(fig, text=text[start:end], of=Decimal(100))
        minus = _minus_before(text, start) if fig.unit in _SIGNED_UNITS and fig.value_max is None else 0
        if minus:  # "-19,76%", "âm 2 độ C": a fall, a frost
            start -= minus
            fig = replace(fig, text=text[start:end], value=-fig.value)
        consumed_to = last_end = end
        first_named = models_numbers.get(match.group("num"))
        if (
            first_named is not None
            and start > first_named
            and fig.qualifier is None
            and fig.value_max is None
            and (fig.unit is None or fig.unit[:1].isupper())
        ):
            continue  # "Ferrari 488 GTB ... chiếc 488 GTB": the model named again without its brand
        figures.append(replace(fig, mentions=(Mention(start, end, fig.text, field),)))
    return _joined_ranges(text, figures, field)


_DASH_GAP_RE = re.compile(r"[ ]?[-–—][ ]?")
# Units whose figures may fall below zero, and the sign written before them
_SIGNED_UNITS = frozenset(["%", "độ C", "độ c", "°C", "°"])
_MINUS_WORD_RE = re.compile(r"(?<![\w])[Ââ]m[ ]$")


def _minus_before(text: str, start: int) -> int:
    """How many characters before `start` write the figure's minus sign: a hyphen glued to it after a space
    or a bracket ("giảm còn -19,76%"; not the "-" of a range, "10-19%"), or the word "âm"; 0 if none."""
    if start >= 1 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\n\t:"):
        return 1
    word = _MINUS_WORD_RE.search(text, max(0, start - 4), start)
    return len(word.group()) if word else 0


# The sex ratio at birth: boys "/100", "trên 100" or "so với 100" girls, one figure whose "of" is the hundred
_PER_HUNDRED_RE = re.compile(r"(?:\s*/\s*|\s+(?:trên|so với)\s+)100\s+(?:trẻ gái|bé gái|gái|nữ)(?![\w])")


def _joined_ranges(text: str, figures: list[Figure], field: str | None) -> list[Figure]:
    """A range written with its unit at both ends is one figure: "từ 25 cm đến 40 cm", "2,5 tấn đến 3 tấn/ha"
    (the second bound may say what the first measures per: "tấn/ha")."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value_max is None
            and prev.of is None
            and fig.value_max is None
            and fig.of is None
            and prev.unit is not None
            and fig.unit is not None
            and (fig.unit == prev.unit or fig.unit.startswith(prev.unit + "/"))
            and fig.value > prev.value
            and (
                # "25 cm đến 40 cm": the second bound's "đến" is read as its qualifier
                (
                    fig.qualifier in ("đến", "tới")
                    and text[prev.mentions[0].end : fig.mentions[0].start] == " "
                )
                or (
                    fig.qualifier is None
                    and _DASH_GAP_RE.fullmatch(text, prev.mentions[0].end, fig.mentions[0].start)
                )
            )
        ):
            start, end = prev.mentions[0].start, fig.mentions[0].end
            out[-1] = replace(
                prev,
                text=text[start:end],
                value_max=fig.value,
                unit=fig.unit,
                mentions=(Mention(start, end, text[start:end], field),),
            )
            continue
        out.append(fig)
    return out


def _model_numbers(text: str) -> dict[str, int]:
    """Numbers of three or four digits that the text writes after a brand or product line ("Ferrari 488",
    "Porsche 911"), each with where it is first so written: later, written bare with no counted noun
    ("chiếc 488 GTB", "488 được thay đổi"), they still name the model."""
    found: dict[str, int] = {}
    for m in _MODEL_NUMBER_RE.finditer(text):
        if _product_word(m.group(1)) and not 1900 <= int(m.group(2)) <= 2100:
            unit, _ = unit_after(text, m.end())
            if unit is None or unit.lower() not in MEASURES:
                found.setdefault(m.group(2), m.start(2))
    return found


def _masked_spans(text: str, models: Sequence[NamedModel]) -> list[tuple[int, int]]:
    regexes = (*_MASK_RES, _URL_RE) if ("@" in text or "http" in text or "www." in text) else _MASK_RES
    spans = [(m.start(), m.end()) for regex in regexes for m in regex.finditer(text)]
    spans.extend(
        (m.start(), m.end())
        for m in _DIGIT_GROUPS_RE.finditer(text)
        if sum(c.isdigit() for c in m.group()) >= 7
    )  # phone numbers written in groups: "0210 3846 259", "1900 561 558"
    for model in models:
        spans.extend((m.start, m.end) for m in model.mentions)
    spans.extend(
        (s, e)
        for s, e in quoted_spans(text)
        if len(text[s:e].split()) <= 6 or _NAMING_BEFORE_RE.search(text, max(0, s - 20), s)
    )  # a short quote or a title is a name ("5 không, 3 sạch"); a long one may be speech with figures
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is `pos` inside one of `spans` (sorted and disjoint, as `_masked_spans` returns them)?"""
    i = bisect.bisect_right(spans, (pos, _BIG))
    return i > 0 and pos < spans[i - 1][1]


_AGE_RANGE_AFTER_RE = re.compile(r"(?:[ ]?[-–][ ]?|[ ](?:đến|tới)[ ])\d{1,3}(?!\d|[.,/]\d)")


def _age_range(text: str, prev_word: str, prev_start: int, first: _Value) -> bool:
    """Is the number the first bound of an age group, "(độ, nhóm) tuổi (từ) 15 - 60"? The group is a figure
    in years of age, though "tuổi" before one number is a label ("ở tuổi 40")."""
    if prev_word.lower() == "từ":
        prev_word, _ = _word_before(text, prev_start)
    return (
        prev_word.lower() == "tuổi" and first.scale == 1 and bool(_AGE_RANGE_AFTER_RE.match(text, first.end))
    )


def _figure_at(
    text: str, match: re.Match[str], last_end: int, masked: list[tuple[int, int]]
) -> tuple[int, int, Figure] | None:
    prev_word, prev_start = _word_before(text, match.start())
    qualifier, q_start = _qualifier(text, match.start(), last_end)
    if match.group("words"):
        value = parse_number_words(match.group("words"))
        if value is None:
            return None
        words = _Value(match.start(), match.end(), Decimal(value))
        return _finish(text, words, None, None, qualifier, q_start, prev_word)
    first = _read_value(text, match)
    if first is None:
        return None
    age_range = _age_range(text, prev_word, prev_start, first)
    if qualifier is None and not age_range and _is_label(text, prev_word, prev_start, first):
        return None
    num = match.group("num")
    if len(num) > 1 and num[0] == "0" and num[1] not in ".," and not _ZERO_PADDED_COUNT_RE.fullmatch(num):
        return None  # phone numbers, codes, "số 03"
    if (
        len(num) == 2
        and num[0] == "0"
        and (
            prev_word.lower() == "số"
            or (padded := unit_after(text, first.end))[0] is None
            or _LABEL_AFTER_RE.match(text, padded[1])
        )
    ):
        # "số 03": a padded count needs what it counts ("có 01 chị", "03 trụ cột"), and a word that a number
        # or a name follows labels it ("Kế hoạch 02 ngày 10/1", "căn hộ 05 tầng 12", "tờ bản đồ 05 xã Hòa Phong")
        return None
    if (
        _DAY_MONTH_RE.fullmatch(num)
        and first.scale == 1
        and not first.percent
        and unit_after(text, first.end)[0] is None
    ):
        # "(26.12, giờ VN)": a day and month; a Vietnamese number never has two digits after a dot
        return None
    if _GLUED_TIME_RE.match(text, match.end()) or _TIME_AFTER_GIO_RE.match(text, match.end()):
        return None
    if match.end() < len(text) and text[match.end()].isalpha() and first.end == match.end():
        return None  # "14GP", "5G": a code, not a count (a glued unit or "k" was read into the value)
    if SPACE_DIGIT_RE.match(text, first.end) or _NOT_A_COUNT_AFTER_RE.match(text, first.end):
        return None
    ratio = _RATIO_RE.match(text, match.end())
    if ratio is None and text.startswith("/", match.end()):
        return None  # "24/24h", "P/2": not a ratio we can read
    of = None
    if ratio:
        if first.scale != 1 or first.percent or first.glued:
            return None
        denominator = Decimal(ratio.group(1).replace(".", ""))
        if _looks_like_date(first.value, denominator, text, ratio.end(), prev_word):
            return None
        if denominator < first.value:
            return None
        if first.value == 1 and prev_word.lower() == "lệ" and unit_after(text, ratio.end())[0] is None:
            return None  # "tỷ lệ 1/500": a map's scale, not one of 500
        of = denominator
        first.end = ratio.end()
    second = None if of is not None else _range_after(text, first, masked)
    if second is False:
        return None
    if second is None and of is None and first.scale == 1 and (race := _RACE_TIME_RE.match(text, first.end)):
        start = q_start if qualifier else first.start
        seconds = first.value * 60 + Decimal(race["seconds"]) if race["seconds"] else first.value
        value = tidy(seconds + Decimal(race["hundredths"]) / 100)
        figure = Figure(text=text[start : race.end()], value=value, unit="giây", qualifier=qualifier)
        return start, race.end(), figure
    if (
        _is_year(num, first)
        and not _first_side(text, first)
        and (
            not _counts_after(text, first, second)
            or _YEAR_RANGE_BEFORE_RE.search(text, max(0, first.start - 9), first.start)
        )
    ):
        return None  # "năm 2019"; "nhiệm kỳ 2020 - 2025 diễn ra": the end of a span of years
    found = _finish(
        text,
        first,
        second or None,
        of,
        qualifier,
        q_start,
        prev_word,
        "tuổi" if age_range and second else None,
    )  # "trong độ tuổi 15 - 60 biết chữ": years of age, said before the numbers
    if found and found[2].unit in _STREETS and _proper_name_at(text, found[1]):
        return None  # "123 đường Hùng Vương": a house number
    if found and found[2].value == 0 and found[2].unit == "đồng" and prev_word.lower() not in _PRICE_CUES:
        return None  # "siêu thị 0 đồng", "bữa cơm 0 đồng": a free shop or meal, not an amount
    return found


def _read_value(text: str, match: re.Match[str]) -> _Value | None:
    value = parse_numeral(match.group("num"))
    if value is None:
        return None
    return _extend_value(text, _Value(match.start(), match.end(), value, currency=bool(match.group("cur"))))


def _extend_value(text: str, v: _Value) -> _Value:
    scale = _SCALE_RE.match(text, v.end)
    if scale:
        for word in scale.group().split():
            v.scale *= SCALES[word.lower()]
        v.end = scale.end()
        compound = _COMPOUND_RE.match(text, v.end)
        if compound:
            sub = 1
            for word in compound.group(2).split():
                sub *= SCALES[word.lower()]
            if sub < v.scale:
                v.value = v.value * v.scale + Decimal(compound.group(1)) * sub
                v.scale = 1
                v.end = compound.end()
    elif (
        v.scale == 1
        and _THOUSAND_K_RE.match(text, v.end)
        and not _RESOLUTION_RE.fullmatch(text, v.start, v.end + 1)
    ):
        v.scale, v.end = 1000, v.end + 1  # "100k/kg": a thousand đồng, as prices are written in speech
    percent = _PERCENT_RE.match(text, v.end)
    if percent:
        v.percent = True
        v.end = percent.end()
        if per := _PER_RE.match(text, v.end):  # "7-8%/năm"
            v.per = per.group(1)
            v.end = per.end()
    elif v.scale >= 1000 and (per := _GLUED_PER_RE.match(text, v.end)):
        v.per = per.group(1)  # "200 triệu/tháng", "159 triệu/lượng": an amount of đồng per month, per tael
        v.end = per.end()
    elif v.scale == 1 and (glued := _GLUED_RE.match(text, v.end)):
        v.glued = glued.group(1)
        v.end = glued.end()
        if per := _GLUED_PER_RE.match(text, v.end):  # "320km/h", "0,46USD/thùng"
            v.glued += "/" + per.group(1)
            v.end = per.end()
        elif material := MATERIAL_PER_RE.match(text, v.end):  # "120kg giống/ha": kilograms of seed a hectare
            v.glued += "/" + material.group(1)
            v.end = material.end()
    return v


def _range_after(text: str, first: _Value, masked: list[tuple[int, int]]) -> _Value | Literal[False] | None:
    """The upper bound of "3 - 5", "5 đến 7", "15-25%"; False when the pair is a score or years."""
    found = _RANGE_RE.match(text, first.end)
    if found is None and first.scale == 1 and not first.percent and not first.glued:
        # "14, 15 tuổi", "khoảng 2, 3 năm": two neighbouring numbers before one unit, an approximate range
        found = _NEIGHBOUR_RE.match(text, first.end)
        if found is not None and Decimal(found.group("num")) != first.value + 1:
            found = None
    if found is None or _inside(found.start("num"), masked):
        return None
    value = parse_numeral(found.group("num"))
    if value is None:
        return None
    second = _extend_value(text, _Value(found.start(), found.end(), value, currency=bool(found.group("cur"))))
    if SPACE_DIGIT_RE.match(text, second.end) or (second.end < len(text) and text[second.end] == "/"):
        return None
    if first.scale == 1 and second.scale != 1 and first.value < second.value:
        first.scale = second.scale
    elif first.scale == 1 and second.scale >= 1000 and second.value <= first.value < 1000:
        first.scale = second.scale // 1000  # "700 - 1 triệu đồng": 700 nghìn to 1 triệu
    elif (
        first.scale == second.scale == 1
        and _THOUSANDS_RE.fullmatch(found.group("num"))
        and first.value == first.value.to_integral_value()
        and second.value / 10 < first.value * 1000 < second.value
    ):
        first.value *= 1000  # "300-400.000 đồng": the first bound's thousands left unwritten
    if second.percent and not first.percent:
        first.percent = True
    if second.glued and not first.glued:
        first.glued = second.glued
    low, high = first.value * first.scale, second.value * second.scale
    hyphen = "-" in text[first.end : found.start("num")] or "–" in text[first.end : found.start("num")]
    if high <= low:
        return False if hyphen else None
    if _is_year(found.group("num"), second) and _is_year(str(first.value), first):
        return False
    return second


def _finish(
    text: str,
    first: _Value,
    second: _Value | None,
    of: Decimal | None,
    qualifier: str | None,
    q_start: int,
    prev_word: str,
    unit_before: str | None = None,
) -> tuple[int, int, Figure] | None:
    end = second.end if second else first.end
    last = second or first
    unit: str | None
    if first.percent or last.percent:
        unit = f"%/{last.per}" if last.per else "%"
    elif last.glued:
        unit = last.glued
    elif last.per:
        unit = f"{'USD' if first.currency or last.currency else 'đồng'}/{last.per}"
    elif unit_before is not None:
        unit = unit_before
        said_again, unit_end = unit_after(text, end)
        if said_again == unit_before:
            end = unit_end  # "độ tuổi từ 15 - 16 tuổi"
    else:
        unit, unit_end = unit_after(text, end)
        if (
            unit is not None
            and last.scale >= 1_000_000
            and (unit.split(" ")[0].lower() in _PLACE_WORDS_AFTER_MONEY or text[end + 1 : end + 2] in _QUOTES)
        ):
            unit = "đồng"  # "dự án 855.000 tỷ ven sông Hồng": an amount, then where; the đồng left unsaid
        else:
            end = unit_end
        if unit is None and second is None and of is None:
            unit = shared_unit(text, end)
        if unit is not None and _CODE_RE.fullmatch(unit) and _is_year(str(first.value), first):
            return None  # "2024 YR4": an asteroid's designation, not 2,024 of anything ("500 F0" counts)
        if unit is None and _TIMES_RE.match(text, end):
            return None  # "4 x 100 m tiếp sức": a relay's legs, "4 x 5": a product
        if unit is None and (
            text[end : end + 1].isalpha()
            or (_proper_name_at(text, end) and (last.scale < 1_000_000 or not _vietnamese_word_at(text, end)))
        ):
            return None  # "24 Trần Văn Hoài": an address; "14GP": a code (not "500 tỷ Phú Quốc ...": đồng)
        if unit is None and first.value >= 1_000_000 and "." not in text[first.start : first.end]:
            return None  # "Mã số thuế 2600123456": an identifier
    if (first.currency or last.currency) and not last.per:
        unit = "USD"
    if (
        unit is None
        and first.scale >= 1_000_000
        and not _NOT_MONEY_BEFORE_RE.search(text, max(0, first.start - 24), first.start)
    ):
        # "bồi thường 50 triệu", "nhà riêng 10 tỷ", "trả thù lao 40 triệu": with no unit after it, a
        # number of triệu or tỷ is an amount of đồng (every labelled split reads it so), unless a
        # population or a count of views comes before it ("dân số 100 triệu")
        unit = "đồng"
    if unit is None and qualifier is None and _parenthesised(text, first.start, end):
        return None
    if unit is None and (second is not None or (first.value == 0 and first.scale == 1)):
        return None  # "thua 0-4", "điểm 0": scores, not counts
    if (
        unit is None
        and qualifier is None
        and _DAY_DOT_MONTH_RE.fullmatch(text, first.start, first.end)
        and prev_word.lower() in _DATE_CUES  # "từ 30.8 đến 2.9", not "hệ số là 1.2"
    ):
        return None  # "từ 30.8 đến 2.9": days of a month written with a dot, nothing counted
    if first.value == 0 and unit in _SPEEDS:
        return None  # "tăng tốc từ 0-100 km/h": the standard sprint a time is measured on, not a speed
    start = q_start if qualifier else first.start
    figure = Figure(
        text=text[start:end],
        value=tidy(first.value * first.scale),
        unit=unit,
        qualifier=qualifier,
        value_max=tidy(second.value * second.scale) if second else None,
        of=tidy(of) if of is not None else None,
    )
    return start, end, figure


def _proper_name_at(text: str, pos: int) -> bool:
    """Does a capitalised, not all-capital word start after the space at `pos` ("Trần", not "USD")?"""
    word = _NEXT_WORD_RE.match(text, pos)
    return word is not None and word.group(1)[0].isupper() and word.group(1)[1].islower()


def _vietnamese_word_at(text: str, pos: int) -> bool:
    """Is the word after the space at `pos` Vietnamese-shaped ("Phú Quốc", not "Tweet")?"""
    word = _WORD_AFTER_RE.match(text, pos)
    return word is not None and plausible_syllables([word.group(1)])


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word directly before `pos` (only spaces between) and where it starts; ("", -1) if none.

    Looks at a short window only, so that scanning a long text stays linear.
    """
    window = max(0, pos - _WINDOW)
    before = text[window:pos]
    stripped = before.rstrip(" ")
    if len(stripped) == len(before) and before:
        return "", -1
    i = len(stripped)
    while i > 0 and (
        stripped[i - 1].isalnum()
        or stripped[i - 1] in "&"
        or (stripped[i - 1] in "’'" and i > 1 and stripped[i - 2].isalnum())  # "K’nớ", "Kơ'nia"
    ):
        i -= 1
    return stripped[i:], window + i


_AGE_NEXT_RE = re.compile(r"\d+(?:,\d+)?[ ](?:năm[ ]|tháng[ ])?tuổi(?![\w])")


def _qualifier(text: str, pos: int, last_end: int) -> tuple[str | None, int]:
    """The qualifier ending right before `pos`, lowercased, and where it starts ("khoảng từ 30%")."""
    window = max(0, pos - _WINDOW)
    before = text[window:pos]
    lower = before.lower()
    if lower.endswith((" đến từ ", " tới từ ")):
        return None, -1  # "vận động viên đến từ 8 xã": coming from, not "up to"
    if lower.endswith(" từ "):
        before, lower = before[:-3], lower[:-3]
    elif lower.endswith(_BOUND_IS):
        before, lower = before[:-3], lower[:-3]  # "tối đa là 7 ngày": the bound, then "is"
    for qualifier in QUALIFIERS:
        if lower.endswith(qualifier + " "):
            start = len(before) - len(qualifier) - 1
            if start > 0 and before[start - 1].isalnum():
                continue
            absolute = window + start
            if (
                qualifier == "trên"
                and last_end >= 0  # a figure before it; not "Trên 70% phụ nữ" opening the text
                and 0 <= absolute - last_end <= 2
                and not text[last_end:absolute].strip()
                and not _AGE_NEXT_RE.match(text, pos)  # "16 người trên 90 tuổi": over, as ages always are
            ):
                return None, -1  # "5,6 ca trên 100.000 dân": per, not above
            if (
                qualifier == "trên"
                and _ROUTES_AFTER_RE.match(text, pos)
                and not _HAVING_BEFORE_RE.search(before, 0, start)
            ):
                return None, -1  # "xe buýt trên 14 tuyến": on; "hiện có trên 150 tuyến": over
            if qualifier in ("đến", "tới") and (
                _ends_with_number(before[:start]) or _MOTION_BEFORE_RE.search(before, 0, start)
            ):
                return None, -1  # "3 đến 5"; "tiến tới 40 giờ", "triển khai tới 100%": a verb's goal
            return qualifier, absolute
    return None, -1


def _ends_with_number(before: str) -> bool:
    return bool(re.search(r"\d\s*%?\s*$", before))


def _is_label(text: str, prev_word: str, prev_start: int, value: _Value) -> bool:
    if (not prev_word or prev_word in ("và", "hoặc")) and (
        listed := _LIST_BEFORE_RE.search(text, max(0, value.start - _WINDOW), value.start)
    ):
        # "Tầng 17, 19, 20": the later numbers share the label of the first; after a single label a count
        # may follow: "tổ dân phố 5A, 25 hộ được hỗ trợ"
        if len(_LISTED_NUMBER_RE.findall(listed.group())) == 1 and (
            (unit := unit_after(text, value.end)[0]) is not None and not unit.lower().startswith("hàng ")
        ):
            return False  # (but "ngày 5, 6 hàng tháng" lists days of the month)
        head, head_start = _word_before(text, listed.start())
        if _product_word(head):  # "Lumia 830 và 730": a second model of the same line
            return _is_label_word(text, head, head_start, value)
        return head.lower() in _LABELS and _is_label(text, head, head_start, value)
    return _is_label_word(text, prev_word, prev_start, value)


def _is_label_word(text: str, prev_word: str, prev_start: int, value: _Value) -> bool:
    """Is the number a label ("lớp 2", "RON 95") rather than a count?

    A scale word or "%" after the number makes it a count whatever comes before ("mỗi tháng 7 triệu
    đồng"); after a capitalised word it is a count only if a unit follows ("Cộng hòa Séc 10 năm").
    """
    if not prev_word or value.scale != 1 or value.percent:
        return False
    lower = prev_word.lower()
    if value.glued or _LENGTH_AFTER_RE.match(text, value.end):
        return False  # "tuyến đường 5 km", "bảng 8 inch": a quantity, not a road's or a table's number
    if _GROUPED_RE.fullmatch(text, value.start, value.end):
        return False  # "cấp 3.400 tài khoản", "giải quyết 1.836 hồ sơ": labels are not written 1.836
    if lower in DURATIONS and _smaller_duration_after(text, lower, prev_start, value):
        return False  # "7 năm 6 tháng tù", "2 giờ 30 phút": the second part of one length of time
    if lower in _BUILDINGS and _FLOORS_AFTER_RE.match(text, value.end):
        return False  # "tòa nhà 70 tầng": the building's floors, not its number
    if lower in _RATED and _STARS_AFTER_RE.match(text, value.end):
        return True  # "resort 5 sao", "khách sạn 4 sao": a rating, not a count of stars
    if lower in _LABEL_EXCEPTIONS:
        before, _ = _word_before(text, prev_start)
        if lower == "hạng" and before.lower() == "xếp":
            ranked = unit_after(text, value.end)[0]
            return ranked is None or ranked.split(" ")[0].lower() in (
                "toàn",
                "thế",
                "trên",
            )  # "xếp hạng 22 toàn
            # nước Mỹ": a rank, not a count
        return before.lower() not in _LABEL_EXCEPTIONS[lower]
    if lower in ("năm", "nay") and _AGE_AFTER_RE.match(text, value.end):
        return False  # "đến năm 40 tuổi": at the age of 40, not the year 40; "năm nay 78 tuổi": this year
    if lower in ("tháng", "năm", "quý", "tuần", "ngày") and _TIMES_AFTER_RE.match(text, value.end):
        return False  # "định kỳ mỗi tháng 1 lần", "5 năm 1 lần": how often, not the month's number
    if lower in _LABELS:
        if prev_word != "điều":
            return True
        # "Điều 8 Luật ..." is an article, but the verb "điều" (to dispatch) counts forces: "điều 8 máy bay"
        unit, _ = unit_after(text, value.end)
        return unit is None or unit.split(" ")[0].lower() not in _DISPATCHED
    if lower in _LABELS_AFTER:
        before, _ = _word_before(text, prev_start)
        after = unit_after(text, value.end)[0]
        if lower in ("hoạch", "vực") and after is not None:
            return False  # "vượt kế hoạch 4 xã", "khu vực 5 tỉnh": a count, not the plan's or area's number
        if lower == "non" and after is not None and after.split("/")[0].lower() in MEASURES:
            return False  # "trẻ mầm non 5 tuổi": an age, not the school's number
        if before.lower() in _LABELS_AFTER[lower]:
            return True
        if not _capitalised(before):
            return False
        # else a name ends in the word: "Bệnh viện Trung ương Quân đội 108" is read as names are, below
    if _VERSION_RE.fullmatch(text, value.start, value.end) and _names_software(prev_word):
        return True  # "One UI 8.5", "iOS 17.2": a version (a Vietnamese decimal is written with a comma)
    if _product_word(prev_word):
        # "Lumia 630 giá hơn 3 triệu", "HTC 10 lộ diện", "Ducati 750 F1": a model number after a brand or a
        # product line (a Latin word no Vietnamese syllable spells), unless a measure follows ("Tab 4 8 inch"
        # reads the 8; "GDP 6,5%", "Apple 13 tỷ euro" returned above)
        unit, _ = unit_after(text, value.end)
        return unit is None or (unit.lower() not in MEASURES and unit.lower() not in _SPANS_OF_TIME)
    before_word, before_start = _word_before(text, prev_start)
    if _capitalised(prev_word) or (_capitalised(before_word) and not _sentence_start(text, before_start)):
        # "RON 95", "Sư đoàn 306", "Vành đai 3": a name with a number, unless a unit follows
        if value.value == value.value.to_integral_value() and 1900 <= value.value <= 2100:
            return True  # "CAN Cup 2025 hứa hẹn...": an edition, whatever follows
        ratio = _RATIO_RE.match(text, value.end)
        upper = _RANGE_RE.match(text, value.end)  # "Phạt 5-10 triệu đồng": the unit comes after the range
        end = ratio.end() if ratio else upper.end() if upper else value.end
        if scale := _SCALE_RE.match(text, end):
            end = scale.end()
        unit, _ = unit_after(text, end)
        return unit is None and shared_unit(text, value.end) is None  # a glued unit returned above
    return False


def _smaller_duration_after(text: str, unit: str, prev_start: int, value: _Value) -> bool:
    """Is "<n> <unit> <value> <smaller unit>" one duration ("7 năm 6 tháng"), not a date ("6 tháng 5 năm")?"""
    before, _ = _word_before(text, prev_start)
    after = _DURATION_AFTER_RE.match(text, value.end)
    if not before.isdigit() or after is None:
        return False
    return DURATIONS.index(after.group(1).lower()) > DURATIONS.index(unit)


def _sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START_RE.search(text, max(0, pos - _WINDOW), pos) is not None


def _product_word(word: str) -> bool:
    """A brand or product line before a model number: a capitalised Latin word that no Vietnamese syllable
    spells ("Lumia", "iPhone", "Ferrari", "Pro"; not "Nam" of "Việt Nam" nor "Top"), and that is no
    country, city or person the lists know ("Indonesia 120 người", "Messi 700 bàn"). Words in capitals are
    left out: most are bodies and places, which a number after them counts for ("NATO 32 nước")."""
    return (
        len(word) > 1
        and word.isascii()
        and word.isalpha()
        and not word.isupper()
        and any(ch.isupper() for ch in word)
        and word.lower() not in MEASURES
        and not plausible_syllables([word])
        and word not in _named_elsewhere()
    )


@cache
def _named_elsewhere() -> frozenset[str]:
    """Countries, world cities and people the data lists know, by their one-word names."""
    names = {
        *countries().values(),
        *(city for city, _country in world_cities().values()),
        *one_name_people(),
        *foreign_given_names(),
        *foreign_surnames(),
    }
    return frozenset(n for n in names if " " not in n)


def _names_software(word: str) -> bool:
    """A Latin word with a capital that is no Vietnamese syllable, or in capitals: "UI", "iOS", "Android"."""
    return (
        word.isascii()
        and word.isalpha()
        and any(ch.isupper() for ch in word)
        and (word.isupper() or not plausible_syllables([word]))
    )


def _capitalised(word: str) -> bool:
    return any(ch.isupper() for ch in word) and word.lower() not in _SENTENCE_WORDS


def _looks_like_date(a: Decimal, b: Decimal, text: str, end: int, prev_word: str) -> bool:
    if a != a.to_integral_value() or b != b.to_integral_value():
        return False
    if 1900 <= b <= 2100 and 1 <= a <= 12:
        return True
    if not (1 <= a <= 31 and 1 <= b <= 12):
        return False
    if prev_word.lower() in _DATE_CUES:
        return True
    unit, _ = unit_after(text, end)
    return unit is None or unit.lower() in MEASURES


def _is_year(num: str, v: _Value) -> bool:
    return num.isdigit() and len(num) == 4 and 1900 <= int(num) <= 2100 and v.scale == 1 and not v.percent


def _first_side(text: str, v: _Value) -> bool:
    """Is the number the length of a size ("1990 x 725 x 1135 mm"), not a year?"""
    return _TIMES_RE.match(text, v.end) is not None and shared_unit(text, v.end) is not None


def _counts_after(text: str, first: _Value, second: _Value | None) -> bool:
    end = second.end if second else first.end
    unit, _ = unit_after(text, end)
    return unit is not None and unit.lower() not in MEASURES


def _parenthesised(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")
