"""What a figure counts or measures: the unit after a number.

"%" and a unit glued to the number ("10m", "31ha", "500.000đ", "7-8%/năm") are read with the number in
`figures`; otherwise the unit is the words after it, read here by `unit_after`. If the first word is a
measure (currency, weight, length, area, time, "tuổi", "lần": `MEASURES`) the unit is that word alone,
with its "/per" part ("đồng/kg", "USD/ounce", "tạ/ha"; "USD /ounce" is read as "USD/ounce"). Otherwise
it is the noun phrase that follows, up to six words, ending before punctuation, a digit, a capitalised
word (all-caps abbreviations such as ANTT are kept) or a function word or common verb (`_STOP`):
"16.628 tổ liên gia tự quản về ANTT" → "tổ liên gia tự quản", "47 cụm liên kết bảo vệ ANTT" → "cụm
liên kết". After the first word it also ends before an adjective or verb (`_AFTER_HEAD`,
`_AFTER_HEAD_BIGRAMS`: "50 doanh nghiệp lớn" → "doanh nghiệp", "40 người tháo chạy" → "người"), a
pronoun ("5 cuốn sách ông yêu thích") or a word that labels a following number ("thanh niên nhập ngũ
năm 2025"), unless the pair is a compound noun (`_COMPOUNDS`: "bài dự thi", "bị cáo"); a dangling
"cấp"/"loại"... is cut ("11 giải C cấp Quân khu" → "giải C"). Fixed compounds whose second word is an
adjective ("hộ nghèo", "học sinh giỏi") are kept by not listing that word.

Known weak spot: the lists are words, not POS tags, so an unlisted verb or adjective after the head noun
can still ride along ("27 đối tượng phạm tội"). Cutting a unit at the first word underthesea tags as a verb or an
adjective broke 111 labelled units for 24 it fixed, because Vietnamese count nouns take verbs and
adjectives into their compounds ("tổ liên gia tự quản", "giấy phép lái xe").
"""

from __future__ import annotations

import re

from extractors import nlp
from extractors.normalize import LOWER, UPPER, wordset
from extractors.person_names import plausible_syllables

__all__ = ["DURATIONS", "MATERIAL_PER_RE", "MEASURES", "SPACE_DIGIT_RE", "shared_unit", "unit_after"]


SPACE_DIGIT_RE = re.compile(r" \d")
# "3 và 5 người", "từ 48 xuống 44 và tiến tới 40 giờ": the numbers before the last share its unit
_SHARED_LIST_RE = re.compile(
    r"(?:(?:, | và | hoặc | xuống | xuống còn | lên | còn | và tiến tới | rồi )\d{1,3}(?:,\d+)?(?![\d.,%/\w-]|,\d)){1,4}"
)
# "USD /ounce", "4 xy-lanh", "555 lb-ft"; not "đồng/30 phút"
# The other sides of a size, "1990 x 725 x 1135 mm" (length, width, height): each number is in the last
# one's unit. Not two numbers: "4 x 100 m tiếp sức" is a relay, not a size.
_DIMENSIONS_RE = re.compile(r"(?: ?[x×] ?\d{1,5}(?:[.,]\d+)?(?![\d.,])){1,2}(?![ ]?[x×])")
_SIDE_BEFORE_RE = re.compile(r"\d[ ]?[x×][ ]?\d{1,5}(?:[.,]\d+)?$")
_UNIT_WORD_RE = re.compile(r" ([^\W\d_][\w]*(?:-[^\W\d_][\w]*)*(?: ?/ ?[^\W\d_][\w]*)*)")
_SLASH_SPACE_RE = re.compile(r" ?/ ?")


MEASURES = {
    "%",
    "đồng",
    "usd",
    "euro",
    "yên",
    "bảng",
    "bảng anh",
    "nhân dân tệ",
    "đô la",
    "đô",
    "tấn",
    "tạ",
    "yến",
    "kg",
    "g",
    "gram",
    "gam",
    "lạng",
    "lít",
    "ml",
    "km",
    "m",
    "cm",
    "mm",
    "mét",
    "ha",
    "hécta",
    "sào",
    "m2",
    "m3",
    "km2",
    "m²",
    "km²",
    "m³",
    "năm",
    "tháng",
    "tuần",
    "ngày",
    "giờ",
    "tiếng",
    "phút",
    "giây",
    "tuổi",
    "lần",
    "độ",
    "điểm",
    "thùng",
    "ounce",
    "lượng",
    "chỉ",
    "mw",
    "kw",
    "kwh",
    "gb",
    "mb",
    "tb",
    "ghz",
    "mah",
    "inch",
    "cc",
    "nm",
    "mp",
    "bit",
    "kv",
}
# "85 tuổi đảng viên lâu năm": the Party word opens a member, not a Party age
_PARTY_WORD_AFTER_RE = re.compile(r"[ ](?:viên|bộ|ủy|uỷ|đoàn|phí|tịch)(?![\w])")
_MULTI_WORD_MEASURES = (
    "nhân dân tệ",
    "đô la",
    "bảng anh",
    "mẫu anh",  # an acre
    "độ c",
    "độ f",
    "năm tuổi đảng",
    "tuổi đảng",
)
# "15 ngôi nhà ở xã Tân Phú": "ở" before a unit's prefix is "in", not the "ở" of "nhà ở" (housing)
_PLACE_AFTER_RE = re.compile(
    r" (?:xã(?! hội)|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|thôn|khu|bản|xóm|tổ|ấp|làng)(?![\w])"
    rf"| [{UPPER}]"  # "150 tòa nhà ở Brazil", "ở Úc": "ở" before a capitalised name is "in"
)

# Words that end a unit even where the dictionary joins them to the word before ("người ở", "khen cho"):
# prepositions, conjunctions, auxiliaries, determiners.
_FUNCTION_WORDS = wordset(
    """
    về của tại ở trong trên dưới với cho từ đến tới sang qua theo vào ra lên xuống so bằng như do vì để
    nhằm khi mà thì là và hoặc hay nhưng còn cũng đã đang sẽ được có không chưa đều vẫn này đó kia ấy
    nữa rồi mỗi các những một riêng
    """
)
# Words that end a unit: the function words, and verbs, adverbs and times that follow a count ("khu dân cư |
# tổ chức luyện tập").
_STOP = _FUNCTION_WORDS | wordset(
    """
    x trăm nghìn ngàn vạn triệu tỉ tỷ giá bị mới vừa nay trước sau nhiều gồm chiếm đạt tăng giảm lại ngay cùng đi nhận giành chết mất ăn chở nói đáng
    chỉ hết mang bán mua sống làm gây giết cứu trồng luyện thiệt bỏ xảy thuộc trở dành gấp nên phải cần
    muốn sáng trưa chiều tối dịp cấm rơi
    """
)
# Words that count things of a kind and take the noun after them: "2 đứa con", "50 suất quà".
_CLASSIFIERS = wordset(
    """
    đứa suất con chiếc cái cây bức quả tấm ngôi căn cuốn quyển bộ đôi cặp gói phần tờ lá bài hộp túi bao
    thùng chai lon bát cốc ly đĩa mâm người vị ca
    """
)
_STOP_BIGRAMS = {
    "đáp ứng",  # "VF 7 đáp ứng ...": a car's model number, then the verb
    "bên ngoài",  # "vay thêm 3 tỷ bên ngoài": where, not what is counted
    "bên trong",
    "cập cảng",  # "Tàu Hải Thành 26 cập cảng": the ship's number, then the verb
    "cập bến",
    "lần lượt",
    "diễn ra",
    "kết thúc",
    "bắt đầu",
    "khai mạc",
    "bảo vệ",
    "bảo đảm",
    "đảm bảo",
    "tổ chức",
    "thực hiện",
    "tham gia",
    "tham dự",
    "đăng ký",
    "làm việc",
    "phục vụ",
    "hỗ trợ",
    "tìm kiếm",
    "tử vong",
    "bao gồm",
    "trị giá",
    "liên tục",
    "chủ yếu",
    "tiếp tục",
    "triển khai",
    "hoạt động",
    "xuất hiện",
    "đề nghị",
    "kiến nghị",
    "tập trung",
    "hoàn thành",
    "bị thương",
    "đồng thời",
    "đồng ý",
    "luyện tập",
    "tập luyện",
    "học tập",
    "sinh sống",
    "cư trú",
    "tương đương",
    "tương ứng",
    "liên tiếp",  # "3 trận thắng liên tiếp": consecutive, as "liên tục"
    "dẫn đầu",  # "3 đội dẫn đầu": the teams, then what they do
    "khởi công",
    "chào mừng",
    "hiện nay",  # "878 tổ dân phố hiện nay": when, not what is counted
    "toàn trường",  # "568 học sinh toàn trường": the whole school, a scope (as "đảng viên toàn tỉnh")
}

# Verbs after a head noun, unless the noun before them makes a compound of them: "17 cơ sở vi phạm" counts
# shops, "24 vụ vi phạm" counts violations; "27.415 lượt người dự thi" counts people, "1.250 bài dự thi" entries.
_VERB_AFTER = {
    "vi phạm": {"vụ", "hành", "hợp"},
    # "19/19 tiêu chí nông thôn mới" counts criteria, "xã nông thôn mới" communes; "280 lao động nông thôn"
    # and "9 sản phẩm công nghiệp nông thôn" count rural workers and products
    "nông thôn": {"động", "nghiệp"},
    # "95 đại biểu đại diện cho ..." counts delegates, "3 văn phòng đại diện" offices; "2 ngôi nhà sàn truyền
    # thống" counts houses, "4 nhà truyền thống" and "7 làng nghề truyền thống" are nouns; so are "nghệ nhân ưu
    # tú", "trung tâm y tế khu vực" ("59 xã khu vực I" counts communes)
    "đại diện": {"phòng", "quan"},
    "truyền thống": {"phòng", "nhà", "nghề"},
    "ưu tú": {"nhân", "giáo"},
    "khu vực": {"tế", "đấu"},
    "dự thi": {"bài", "tác", "phẩm", "sản", "đề", "hồ", "sơ"},
}
_MEDAL_RE = re.compile(
    r"chương (?:vàng|bạc|đồng)|sở đảng|chức đảng"
)  # "54 tổ chức cơ sở Đảng", "tổ chức Đảng"
# A prize's grade is part of what is counted, capitalised or not: "3 giải Ba", "6 giải Khuyến khích".
_PRIZE_GRADES = wordset("nhất nhì ba tư năm khuyến xuất khá đặc triển")
_ONE_WORD_GRADES = wordset("nhất nhì ba tư năm")
# Words that open a clause after a noun for people ("27.235 nông dân sản xuất ...", "15 hộ sản xuất
# ..."), but make a compound after other nouns ("cơ sở sản xuất", "mô hình sản xuất").
_CLAUSE_AFTER_PEOPLE = {"sản xuất": wordset("dân viên hộ")}
# Stop bigrams that go on a unit after these words: "112 ca tử vong" and "5 trường hợp tử vong" count deaths
# ("8 người tử vong" counts people, then says what befell them), as the labellers write them
_STOP_BIGRAM_GOES_ON = {"tử vong": wordset("ca hợp")}
# Adjectives and verbs that end a unit phrase after its first word, so that the unit is the head noun
# ("50 doanh nghiệp lớn" → "doanh nghiệp", "40 người tháo chạy" → "người"). They are not stops in first
# place, where they may open a compound noun ("dự án", "lớn tuổi"). Fixed compounds ("hộ nghèo", "học
# sinh giỏi", "người khó khăn") are left alone by not listing their second word.
_AFTER_HEAD = wordset(
    """
    lớn nhỏ cũ quen mạnh yếu đẹp xấu to rộng hẹp dài ngắn nhanh chậm tốt kém sạch bẩn trẻ
    dự chờ đứng ngồi nằm chạy tháo trốn đổ tràn kéo xem nghe đọc viết bơi leo xin tìm thấy
    biết hiểu quay ký thăm đón tặng trao góp ủng khác nghỉ đỗ trượt gần xa nhau lẫn song cả tôi mình
    nó bây nặng nhẹ luôn sắm giành lọt nộp gửi thuê xây sửa dọn uống hiến tiêm vùng chính quấy nghi giúp dùng tổng đoạt
    khiến ko bắt nhắm mở
    """
)
_AFTER_HEAD_BIGRAMS = {
    "lừa đảo",  # "16 người lừa đảo": the people, then what they did
    "trọng thương",  # "2 người trọng thương", "1.000 người hốt hoảng", "5 cảnh sát trúng đạn": what befell them
    "hốt hoảng",
    "trúng đạn",
    "nhập tịch",
    "tố giác",
    "miễn phí",
    "vùng cao",
    "quan trọng",
    "chiếu sáng",
    "phát triển",
    "tiềm năng",
    "quen thuộc",
    "thoát nghèo",
    "kiểu mới",
    "trọng điểm",
    "chủ chốt",
    "chủ lực",
    "tiêu biểu",
    "điển hình",
    "nổi bật",
    "hiện đại",
    "xuất sắc",
    "đặc biệt",
    "cụ thể",
    "lâu năm",
    "thường xuyên",
    "chính thức",
    "hiện có",
    "còn lại",
    "trực tiếp",
    "gián tiếp",
    "tự nguyện",
    "tiên tiến",
    "lạc hậu",
    "đạt chuẩn",
    "uy tín",
    "hàng đầu",
    "nước ngoài",
    "mắc kẹt",
    "chuẩn bị",
    "tiếp nhận",
    "nhập cảnh",
    "xuất cảnh",
    "di chuyển",
    "sinh hoạt",
    "chứng kiến",
    "cổ vũ",
    "tranh tài",
    "thi đấu",
    "ứng tuyển",
    "mới xây",
    "liên quan",
    "chuyển giao",
    "xếp hàng",
    "xuất viện",
    "khỏi bệnh",
    "cách ly",
    "biểu tình",
    "diễu hành",
    "xuống đường",
    "tồn tại",
    "quyên góp",
    "đóng góp",
    "chất lượng",
    "hiệu quả",
    "thành công",
    "sáng tạo",
    "nổi tiếng",
    "giai đoạn",
    "đầu tiên",
    "cuối cùng",
    "đẫm máu",
    "va chạm",
    "liên hoàn",
    "thu hút",
    "yêu thích",
    "giá rẻ",
    "đơn giản",
    "khẩn cấp",
    "bất hợp",
    "thành lập",
    "nhập viện",
    "cấp cứu",
    "thiệt mạng",
    "mất tích",
    "sơ tán",
    "di dời",
    "ngộ độc",
    "thoát nạn",
    "thương vong",
    "may mắn",
    "đình đám",
    "xinh đẹp",
    "quyền lực",
    "giàu có",
    "trúng tuyển",
    "tốt nghiệp",
    "nghỉ việc",
    "mất việc",
    "thất nghiệp",
    "vắng mặt",
    "có mặt",
    "trở về",
    "quay lại",
    "hưởng lợi",
    "hưởng ứng",
    "nhập lậu",
    "nhập khẩu",
    "xuất khẩu",
    "sử dụng",
    "mới thành",
    "hoảng loạn",
    "thụ hưởng",
    "đái tháo",  # "74 trường hợp đái tháo đường" counts cases
    "vay vốn",
    "sinh ra",
    "biểu diễn",  # "3 tháng tuổi sinh ra tại ...": the age, then the clause  # "28.000 lượt hộ vay vốn" counts households; "70.000 hộ vay" (borrowers) stays whole
    # who or what they are, said after the head: "95 đại biểu đại diện ...", "6 nhiệm vụ trọng tâm", "59 xã
    # khu vực I", "153 công dân nhập ngũ", "2 đối tượng tàng trữ ...", "476 công dân đủ điều kiện"
    "trọng tâm",
    "cấp bách",
    "quy mô",
    "ban đầu",
    "đương nhiên",
    "cơ bản",
    "thân thiện",
    "hư hỏng",
    "nhập ngũ",
    "tàng trữ",
    "giữ chức",
    "ban hành",
    "sẵn sàng",
    "đủ điều",
    "gặp khó",
    "trực thuộc",  # "14 chi bộ trực thuộc"
    "phấn đấu",  # "17 xã phấn đấu đạt chuẩn"
    "kêu gọi",
}
# Compound nouns opened by a stop word or a word of `_AFTER_HEAD`: "1.250 bài dự thi", "298 sáng kiến".
_COMPOUNDS = {
    "lý do",  # "do" is also "because"
    "tỷ phú",  # a billionaire, a millionaire: "tỷ", "triệu" end a unit as scale words elsewhere
    "tỉ phú",
    "triệu phú",
    "tòa nhà",
    "toà nhà",
    "điểm đến",
    "thói quen",
    "người đẹp",
    "bạn trẻ",
    "trẻ nhỏ",
    "hành chính",
    "chính sách",
    "chính quyền",
    "chính trị",
    "vùng miền",
    "ánh sáng",
    "bằng khen",
    "nhà ở",  # "căn nhà ở xã hội", "vụ cháy nhà ở": housing, not "at"
    "món ăn",
    "bị cáo",
    "bị can",
    "bị hại",
    "dự thi",
    "dự án",
    "dự toán",
    "dự bị",
    "dự phòng",
    "dự trữ",
    "nhỏ lẻ",
    "tìm kiếm",
    "ký túc",
    "trẻ em",
    "sáng kiến",
    "sáng tác",
    "sáng chế",
    "sáng lập",
    "chiều dài",
    "chiều rộng",
    "chiều cao",
    "chiều sâu",
    "tối đa",
    "tối thiểu",
    "chỉ tiêu",
    "chỉ số",
    "cứu thương",
    "cứu hộ",
    "cứu hỏa",
    "cứu nạn",
    # and compounds closed by one ("200 bài viết", "10 triệu lượt xem")
    "bài viết",
    "bài đọc",
    "bạn đọc",
    "người đọc",
    "lượt đọc",
    "người xem",
    "lượt xem",
    "người nghe",
    "lượt nghe",
    "lượt tìm",
    "sức mạnh",
    "tài chính",
    "giới trẻ",
    "tuổi trẻ",
    "đội trẻ",
    "ông bà",
    "nhà thuê",
    "người thuê",
    "vợ chồng",
    "vắc xin",
    "ăn quả",  # "3.600 cây ăn quả": fruit trees
    "suất ăn",  # "1.200 suất ăn": meals
    "nghi phạm",
    "nghi can",
    "tổng hợp",  # "6.000 viên ma túy tổng hợp": synthetic drugs
    "đồng bằng",  # "9 huyện đồng bằng": "bằng" is also "by"
    "người lớn",  # "2 người lớn": adults
}
# Pronouns that start a clause after the counted noun ("5 cuốn sách ông yêu thích"), except after the
# words listed ("3 cụ ông").
_PRONOUNS = {"ông": {"cụ", "đàn"}, "bà": {"cụ", "đàn"}, "anh": {"cụ", "ông"}, "chị": {"cụ", "bà"}}
# Measures that are also nouns, and the words after them that show the noun: "2 điểm du lịch".
_MEASURE_NOUNS = {
    "điểm": wordset(
        "du trường bán giao chốt nóng sạt đen tiêm thi cầu trông cháy ngập tập đến phần mô khu tham nấu chữa"
    ),
    "chỉ": wordset("tiêu số"),
    "ngày": wordset("công tuổi"),  # "2.000 ngày công": work-days given, a unit of its own
    "giờ": wordset("công đồng"),  # "4 giờ đồng hồ", as "12 tiếng đồng hồ"
    # "3 tháng tuổi": an infant's age ("30 năm tuổi" stays "năm", as labelled); "2 tháng lương": months' pay
    "tháng": wordset("tuổi lương"),
    "năm": wordset("ánh học"),  # "50 triệu năm ánh sáng"; "2 năm học": school years
    "tuần": wordset("tuổi"),
    "tiếng": wordset("đồng kẻng chuông súng nổ"),  # "12 tiếng đồng hồ", "5 tiếng kẻng"
    "đồng": wordset("hồ nghiệp chí hương bào"),  # "5 đồng hồ": watches, not money
    "đô": wordset("thị thành"),  # "29 đô thị": towns, not dollars
    "thùng": wordset("mì hàng nước sữa bia quà rác sơn"),  # "500 thùng mì tôm": boxes counted
}
# Words that cannot end a unit: left dangling when a name or a number cuts the phrase ("11 giải C cấp
# Quân khu" → "giải C", "12 học sinh giỏi cấp Tỉnh" → "học sinh giỏi").
_DANGLING = wordset("cấp hạng loại kiểu dạng cỡ hệ khu vùng tuyến mức")
# Bodies, people and awards that official reports capitalise after a count ("13/13 Hội LHPN", "02 Ban",
# "36 Cờ thi đua", "102 Chủ tịch"); any other capitalised word after a number opens a name.
# A capitalised word after them opens a name ("270 Trường Chinh" is an address), except a prize's grade.
_CAPITALISED_COUNT_RE = re.compile(
    r"(?:Hội (?:Nông dân|Phụ nữ|Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Khuyến học)"  # "148 Hội Nông dân"
    r"|Chủ tịch|Chi hội|Chi Hội|Chi bộ|Tổ hội|Tổ Hội|Tổ|Hội|Ban|Đội hình|Đội|Cờ|Bằng khen|Kỷ niệm chương"
    r"|Giải|Nghị quyết|Đảng bộ|Hợp tác xã|Nông dân|Ủy viên|Nhà khoa học|(?:Phó )?[Gg]iám đốc|Thủ khoa|Sở"
    r"|(?:(?:Phó )?[Tt]rưởng )?Công an (?:xã|phường|thị trấn)|Công an viên|Mẹ Việt Nam [Aa]nh hùng)(?![\w])"
    rf"(?! (?!Nhất|Nhì|Ba|Tư|Khuyến|Xuất|Khá|Đặc|Hội đồng|Công an|Sở)[{UPPER}][{LOWER}])"
)
# Administrative levels that say whose the counted things are when they end a unit ("hộ dân thôn ...").
_LEVELS = wordset("xã huyện tỉnh thôn bản phường xóm ấp buôn")

# `_STOP_BIGRAMS` that are never a counted noun, so they end a unit even in first place.
_VERB_BIGRAMS = _STOP_BIGRAMS - {
    "tổ chức",
    "hoạt động",
    "kiến nghị",
    "đề nghị",
    "đăng ký",
    "làm việc",
    "học tập",
    "luyện tập",
    "tập luyện",
    "đồng thời",
}
# A product written in lower-camel case can be what is counted: "13 triệu iPad mini", "20 iOS game".
_CAMEL_RE = re.compile(r"[a-z]+[A-Z][A-Za-z]*$")
_QUOTED_UNIT_RE = re.compile(r" ['‘\"“]([^\W\d_]\w*(?: [^\W\d_A-ZĐ]\w*){0,2})['’\"”](?![\w])")
_SHARES = frozenset(["cổ phiếu ", "trái phiếu ", "chứng chỉ quỹ ", "chứng quyền "])
DURATIONS = ["năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây"]
_TIME_AND_MEASURES = frozenset([*DURATIONS, *MEASURES, "lúc", "buổi", "đêm", "sáng", "chiều", "tối", "trưa"])


def shared_unit(text: str, pos: int) -> str | None:
    """The unit of the last number of a short list that starts at `pos`: "3 và 5 người" counts people twice.

    Only a plain last number shares its unit; a scaled or percent one ("3 và 5 triệu đồng") is left alone.
    """
    listed = _SHARED_LIST_RE.match(text, pos)
    sides = _DIMENSIONS_RE.match(text, pos) if listed is None else None
    # three sides, this one the first or the second ("725" of "1990 x 725 x 1135 mm")
    if sides and (
        sides.group().count("x") + sides.group().count("×") == 2
        or _SIDE_BEFORE_RE.search(text, max(0, pos - 24), pos)
    ):
        listed = sides
    if listed is None:
        return None
    unit, _ = unit_after(text, listed.end())
    return unit


def unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The unit phrase starting at `pos` (after one space) and where it ends; a count noun in quotes is the
    unit without them ("3 'kỷ lục'", "5 “bóng hồng”")."""
    quoted = _QUOTED_UNIT_RE.match(text, pos)
    if quoted:
        return quoted.group(1), quoted.end()
    words: list[re.Match[str]] = []
    cursor = pos
    named_end = -1  # where a capitalised count noun ends ("02 Ban", "55 Tổ Hội")
    while len(words) < 6:
        word = _UNIT_WORD_RE.match(text, cursor)
        if word is None:
            break
        token = word.group(1)
        lower = token.lower()
        base = lower.split("/")[0].rstrip()
        # "5 Huy chương Vàng": capitalised, yet what is counted (only capitalised words need asking)
        grade = len(words) == 1 and base in _PRIZE_GRADES and words[0].group(1).lower() == "giải"
        if (
            len(words) == 2
            and words[0].group(1).lower() == "giải"
            and words[1].group(1).lower() in _ONE_WORD_GRADES
        ):
            break  # "1 giải Nhất tiếng Anh": the prize, then what it was won in
        if not words and token[0].isupper():
            named = _CAPITALISED_COUNT_RE.match(text, word.start(1))
            named_end = named.end() if named else -1
        medal = grade or (
            token[0].isupper()
            and (
                word.start(1) < named_end  # "55 Tổ Hội nghề nghiệp"
                or (
                    text.startswith(("Huy chương", "Huân chương"), word.start(1))
                    if not words
                    else _MEDAL_RE.fullmatch(f"{words[-1].group(1).lower()} {base}") is not None
                )
            )
        )
        if words and word.start(1) < named_end:  # "300 Mẹ Việt Nam anh hùng": the whole title counted
            words.append(word)
            cursor = word.end()
            continue
        if not words:
            if token[0].isupper() and not token.isupper() and base not in MEASURES and not medal:
                return None, pos
            for measure in _MULTI_WORD_MEASURES:
                end = word.start(1) + len(measure)
                if (
                    text[word.start(1) : end].lower() == measure
                    and not text[end : end + 1].isalnum()
                    and not (measure.endswith("đảng") and _PARTY_WORD_AFTER_RE.match(text, end))
                ):
                    return text[word.start(1) : end], end
            if base in MEASURES and not _measure_is_noun(text, base, word.end()):
                end = _per_word_end(text, token, word.end())
                material = MATERIAL_PER_RE.match(text, end) if "/" not in token and base in _MASSES else None
                if material is not None:  # "4,5 triệu tấn xi măng/năm": tons a year, of cement
                    return f"{token}/{material.group(1)}", material.end()
                return _SLASH_SPACE_RE.sub("/", text[word.start(1) : end]), end
        nxt = _UNIT_WORD_RE.match(text, word.end())
        pair = f"{base} {nxt.group(1).lower().split('/')[0].rstrip()}" if nxt else ""
        prev_pair = f"{words[-1].group(1).lower()} {base}" if words else ""
        stop_compound = (
            prev_pair in _COMPOUNDS or (base not in _FUNCTION_WORDS and _one_word(prev_pair))
        ) and not _PLACE_AFTER_RE.match(text, word.end())
        if (base in _STOP and pair not in _COMPOUNDS and not stop_compound) or (
            (token[0].isupper() and not token.isupper() and not medal)
            or (
                token[0].islower()
                and "/" not in token
                and not token.islower()
                and (words or not _CAMEL_RE.match(token))
            )
            or (words and len(token) > 1 and token.isupper() and plausible_syllables([token]))
        ):
            # a name ("điện thoại iPhone", "xe Toyota"), except a medal's colour ("huy chương Vàng"); a word in
            # capitals that is a syllable opens a title ("2 cuốn SỔ TRƯỞNG THÀNH"), unlike "ban ANTT"
            break
        if not words and pair in _VERB_BIGRAMS:
            break  # "Windows 8 hỗ trợ cảm ứng": a verb, nothing counted
        if words and token.isupper() and text[words[0].start(1) : word.start(1)].lower() in _SHARES:
            break  # "40 triệu cổ phiếu VPB": the ticker says whose shares, it is not what is counted
        after_head = (
            (base in _AFTER_HEAD and pair not in _COMPOUNDS and prev_pair not in _COMPOUNDS)
            or pair in _AFTER_HEAD_BIGRAMS
            or (words and pair in _VERB_AFTER and words[-1].group(1).lower() not in _VERB_AFTER[pair])
            or (base in _PRONOUNS and words and words[-1].group(1).lower() not in _PRONOUNS[base])
        )
        labels_next = token.islower() and SPACE_DIGIT_RE.match(text, word.end())
        # the head noun's second syllable, one word with the first in the dictionary: "100.000 đàn ông"
        joined = (
            len(words) == 1
            and base not in _FUNCTION_WORDS
            and words[0].group(1).lower()
            not in _CLASSIFIERS  # "3 người thương vong": "người thương" is no head
            and _one_word(prev_pair)
        )
        after_head = after_head or bool(
            words
            and pair in _CLAUSE_AFTER_PEOPLE
            and words[-1].group(1).lower() in _CLAUSE_AFTER_PEOPLE[pair]
        )
        stop_pair = pair in _STOP_BIGRAMS and not (
            words and words[-1].group(1).lower() in _STOP_BIGRAM_GOES_ON.get(pair, ())
        )
        if words and not grade and (stop_pair or (after_head and not joined) or labels_next):
            break  # the last test: a word before a number labels it ("thanh niên nhập ngũ năm 2025")
        words.append(word)
        cursor = word.end()
    while (
        len(words) > 1
        and words[-1].group(1).lower() in _DANGLING
        and words[-2].group(1).lower() != "liên"  # "trường nội trú liên cấp": "liên cấp" is one adjective
        and f"{words[-2].group(1).lower()} {words[-1].group(1).lower()}"
        not in ("thế hệ", "đặc khu")  # one noun
    ):
        words.pop()
    if len(words) > 1 and words[-1].group(1).lower() in _LEVELS:
        before = words[-2].group(1).lower()
        if before == "toàn" and len(words) > 2:
            del words[-2:]  # "152.000 đảng viên toàn tỉnh": the whole province, a scope
        elif not (
            before in ("cấp", "tác", "số", "trưởng", "liên", "đường", "làng")
            or (before == "an" and len(words) > 2 and words[-3].group(1).lower() == "công")
            or before in _LEVELS
            or words[-2].group(1).isupper()
            or _one_word(f"{before} {words[-1].group(1).lower()}")
        ):
            # "10/10 khu dân cư xã ...": whose they are; "đơn vị cấp xã", "hợp tác xã", "thị xã", "xã phường",
            # "phó chủ tịch UBND tỉnh" stay
            words.pop()
    if len(words) > 1 and (nxt := _UNIT_WORD_RE.match(text, words[-1].end())):
        last, before = words[-1].group(1).lower(), words[-2].group(1).lower()
        if (
            _one_word(f"{last} {nxt.group(1).lower()}")
            and not _one_word(f"{before} {last}")
            and before not in _CLASSIFIERS  # "2 đứa con", "50 suất quà": a classifier and its noun
        ):
            words.pop()  # "3 bước thiết yếu": "thiết" opens the next word, so the unit is "bước"
    if not words:
        return None, pos
    return _SLASH_SPACE_RE.sub("/", text[words[0].start(1) : words[-1].end()]), words[-1].end()


# What a measure weighs or covers, then the period or area it is counted per: "tấn xi măng/năm", "kg giống/ha"
_MASSES = frozenset(["tấn", "tạ", "yến", "kg", "lít", "m2", "m3", "ha", "mét", "m", "gam", "g"])
MATERIAL_PER_RE = re.compile(rf"(?:[ ][{LOWER}]+){{1,4}}[ ]?/[ ]?(năm|tháng|ngày|tuần|vụ|ha|sào|lứa)(?![\w])")


def _per_word_end(text: str, token: str, end: int) -> int:
    """Where a rate's "per" word ends: "đồng/học sinh", "đồng/hợp tác xã" run on while the syllables after the
    slash make one word ("đồng/tháng năm 2024" stops at "tháng": a time is never run on)."""
    per = token.split("/")[-1].strip().lower()
    if "/" not in token or not per or per in _TIME_AND_MEASURES:
        return end
    for _ in range(2):
        nxt = _UNIT_WORD_RE.match(text, end)
        if nxt is None or not nxt.group(1).islower() or not nlp.is_word(f"{per} {nxt.group(1)}"):
            break
        per, end = f"{per} {nxt.group(1)}", nxt.end()
    return end


def _one_word(pair: str) -> bool:
    """Whether two syllables are one word in underthesea's dictionary ("thiết bị", "địa chỉ"), not counting
    a time or measure before a word that dates it ("năm nay", "ngày mai")."""
    return pair in _COMPOUNDS or (pair.split(" ")[0] not in _TIME_AND_MEASURES and nlp.is_word(pair))


def _measure_is_noun(text: str, base: str, end: int) -> bool:
    """Is a measure word the head of a noun here ("2 điểm du lịch", not "300 điểm")?"""
    nouns = _MEASURE_NOUNS.get(base)
    if not nouns:
        return False
    nxt = _UNIT_WORD_RE.match(text, end)
    if nxt is None or nxt.group(1).lower() not in nouns:
        return False
    after = _UNIT_WORD_RE.match(text, nxt.end())
    # "10 năm học và làm theo Bác", "5 năm học tập": years of studying, not school years
    return not (
        base == "năm" and after is not None and after.group(1).lower() in ("và", "tập", "hành", "hỏi")
    )
