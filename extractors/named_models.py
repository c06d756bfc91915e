"""Named models, movements and programmes: "mô hình “Chốt đảm bảo ANTT”", "Cuộc vận động “...”".

Provincial news names its campaigns after a kind word (`KINDS`). Six shapes are recognised, in order:

1. kind + up to three lowercase words + a quoted name: `phong trào thi đua “Dân vận khéo”`,
   `tiêu chí phấn đấu “Mỗi cán bộ...”`. Quoted names that follow the first one, separated by a comma,
   "và" or "hoặc" (possibly after a modifier clause ending in a comma: `“Hòm thư tố giác” phối hợp với
   chi đoàn, “Tiếng kẻng an ninh”`) share its kind.
2. kind + ":" (or "như:", or "như" + a capitalised item) + a list without quotes, ending at the sentence
   end or an ellipsis: `như mô hình: Chốt đảm bảo ANTT, tiếng kẻng, mõ an ninh…`. Items of more than
   ten words end the list.
3. kind + a nationwide campaign name from `KNOWN_NAMES`, unquoted, in any case and with any commas, dashes
   or bracketed abbreviation between its words (`cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam`,
   `phong trào toàn dân bảo vệ an ninh Tổ quốc`, `phong trào nông dân sản xuất, kinh doanh (SXKD) giỏi`).
4. kind + a capitalised name without quotes (`mô hình Ban ANTT họ giáo`, `chương trình Amazon Affiliate`),
   up to the next punctuation or function word, at most eight words; not for kế hoạch, phương án, tiêu
   chí (those precede document numbers), nor when the name starts like an organisation (UBND, Sở...).
5. kind + a name already found in the same text, unquoted and in any case: `phong trào toàn dân bảo vệ
   an ninh Tổ quốc` after `phong trào “Toàn dân bảo vệ an ninh Tổ quốc”` is a second mention. Known
   names listed after a found one (`phong trào Đền ơn đáp nghĩa, Uống nước nhớ nguồn`) share its kind.

6. "dự án" + what it builds (`_WORKS`: sân bay, cầu, đường cao tốc, nhà máy thủy điện...; optionally after
   "xây dựng", "nâng cấp"...) + a capitalised place: `dự án sân bay Long Thành`, `dự án đường cao tốc
   Tuyên Quang - Hà Giang`. A lowercase phrase of other words ("dự án trồng rừng") is no name.

A youth union's project ("công trình thanh niên “...”") is a model of kind "công trình"; a bare "công
trình" is any building, so it is no kind. Provincial text adds three shapes: a clause of up to 80
characters closed by "như:" or "với tên gọi" may stand between the kind and its quoted names (`phong trào thi đua do Thủ tướng Chính phủ phát
động như: “...”; “...”`, names chained by "," or ";"); a list after a kind and a word or two counts when it
opens with a known campaign (`chiến dịch tình nguyện: Mùa hè xanh, Hoa phượng đỏ`); and names after two
kind words take the first (`các phong trào, cuộc vận động như: “...”`). A quote or a list item that opens
with its own kind word is not an item of the list before it.

Quotes: curly pairs first, then straight quotes paired with each other and with leftover curly marks, since
news text mixes them (`"Thu gom rác thải tái chế”`); ASCII single quotes count too. "như" or "như:" may
stand between the kind and the quotes, and "với chủ đề"/"với tên gọi" may be a gap. An all-caps acronym
after "mô hình" ("mô hình AI", "mô hình PPP") is a type of model, not a name.

Kind words inside quotes are ignored (a quoted slogan or document title is not a model list) unless they
open the quote ('Chiến dịch Quang Trung'), and a bare lowercase phrase after a kind word ("chương trình
phối hợp", "phong trào khởi nghiệp", "mô hình tăng trưởng mới") is never a name.
A found name quoted again elsewhere with no kind word (a headline's "Tổ tự quản “5 trong 1”") is
another mention of it, unless the text found that name under two kinds. The name reported is the first
mention written with a capital ("Thanh niên tình nguyện hè", not the
lower-case mention before it). Models are merged within one text by (kind family, `fold_key(name)` with its common abbreviations spelled
out: "Toàn dân bảo vệ ANTQ" is "Toàn dân bảo vệ an ninh Tổ quốc"). "phong trào thi đua" is of the family
"phong trào", and the kind reported is the family's: a movement of emulation is a movement, as nine of the
twelve independent labels of it read. Each mention spans the name only, without quotes or kind word.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from extractors.facts import Mention, NamedModel
from extractors.normalize import UPPER, fold_key, strip_tones, wordset
from extractors.organisations import abbreviations

__all__ = ["KINDS", "find_models", "quoted_spans"]

KINDS: tuple[str, ...] = (
    "phong trào thi đua",
    "phong trào",
    "cuộc vận động",
    "mô hình",
    "chương trình",
    "đề án",
    "dự án",
    "tiêu chí",
    "phương án",
    "kế hoạch",
    "chiến dịch",
    "cuộc thi",
    "hội thi",
    "giải thưởng",
    "sáng kiến",
    "công trình thanh niên",
)
_MAX_BARE_WORDS = 10
_MAX_ITEM_WORDS = 10
# A youth union's project is a "công trình" ("công trình thanh niên “Thắp sáng đường quê”"); a bare "công
# trình" is any building, so only the youth union's is a kind.
_FAMILY = {"phong trào thi đua": "phong trào", "công trình thanh niên": "công trình"}
_NO_BARE_NAME = {"kế hoạch", "phương án", "công trình thanh niên"}
_WORKS_KINDS = {"dự án"}
# Lowercase words that name the kind of work a project builds, before its place name (rule 6).
# What a project builds, named before its place (rule 6): "dự án sân bay Long Thành", "dự án đường cao tốc
# Tuyên Quang - Hà Giang"; one to three of these phrases may follow each other.
_WORKS = (
    "sân bay",
    "cảng hàng không",
    "cảng biển",
    "cảng",
    "quốc tế",
    "cao tốc",
    "đường cao tốc",
    "đường vành đai",
    "vành đai",
    "đường sắt",
    "tốc độ cao",
    "giao thông",
    "liên xã",
    "liên huyện",
    "liên thôn",
    "đại lộ",
    "trục",
    "cảnh quan",
    "đường",
    "cầu",
    "hầm",
    "nhà máy",
    "thủy điện",
    "thuỷ điện",
    "nhiệt điện",
    "điện gió",
    "điện mặt trời",
    "điện khí",
    "khu đô thị",
    "khu công nghiệp",
    "cụm công nghiệp",
    "khu du lịch",
    "khu nghỉ dưỡng",
    "tuyến",
    "metro",
    "bệnh viện",
    "hồ chứa",
    "kênh",
    "đê",
    "kè",
    "bến",
    "tổ hợp",
    "nút giao",
    "trạm biến áp",
)
_WORKS_ALT = "|".join(sorted(_WORKS, key=len, reverse=True))
_WORKS_LEAD_RE = re.compile(
    rf" (?:(?:đầu tư )?(?:xây dựng|nâng cấp|mở rộng|cải tạo|hoàn thiện) )?"
    rf"(?:{_WORKS_ALT})(?: (?:{_WORKS_ALT})){{0,2}}(?![\w])"
)
_ACRONYM_RE = re.compile(r"[A-ZĐ]{2,}(?![\w])")
_WORKS_NAME_RE = re.compile(r"(?: | - | – )(\w+)(?![\w])")
_ORG_START = {
    "ubnd",
    "hđnd",
    "ủy",
    "uỷ",
    "sở",
    "bộ",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thành",
    "thị",
    "quận",
    "công",
    "tổng",
    "trung",
    "nhà",
    "chính",
    "quốc",
    # a draft document is no model: "dự án Luật Đất đai", "dự án Nghị quyết"
    "luật",
    "nghị",
    "pháp",
    "hiến",
    "thông",
    "quyết",
    "chỉ",
}
_STOP = {
    "tại",
    "ở",
    "của",
    "với",
    "và",
    "được",
    "đã",
    "đang",
    "sẽ",
    "do",
    "trên",
    "trong",
    "cho",
    "để",
    "nhằm",
    "theo",
    "từ",
    "đến",
    "tới",
    "là",
    "có",
    "không",
    "nhưng",
    "vì",
    "khi",
    "thì",
    "mà",
    "năm",
    "giai",
    "đều",
    "cũng",
    "vẫn",
    "góp",
    "thu",
    "giúp",
    "ngày",
    "tháng",
    "chuyển",
    "bán",
    "xác",
    "nhận",
    "đạt",
    "gồm",
    "như",
    "này",
    "đó",
    "bị",
    "lại",
    "ra",
    "vào",
    "về",
    "sau",
    "trước",
    "đi",
    "lên",
    "xuống",
    "hay",
    "hoặc",
    "nhất",
}

# Where a listed name ends (`_item_tail`): auxiliaries that start the rest of the clause, prepositions that
# may (names hold "không", "có", "cho", "vì": "Khu dân cư không có tội phạm", "Áo ấm cho em").
_VERB_OPENERS = wordset("góp giúp đưa làm tạo kéo nâng")  # ", góp phần kéo giảm 35%..."
_ITEM_LINKS = wordset("với tại ở trên trong theo từ đến tới do nhằm")
_CLAUSE_STARTS = wordset("đã đang sẽ được bị là đều cũng vẫn")
# names hold these three ("Cựu chiến binh giúp nhau ..."): only the last item is cut there
_LAST_CLAUSE_STARTS = _CLAUSE_STARTS | wordset("góp giúp đạt")
_QUALIFIER_WORDS = wordset("hơn gần khoảng trên dưới")
_LONG_ITEM_WORDS = 8  # a listed name is rarely longer; a longer last item ran on into the sentence

_CURLY_RE = re.compile(r"“([^“”\"\n]{1,400})”")
_SINGLE_QUOTE_RE = re.compile(r"‘([^‘’\n]{1,300})’|(?<![\w’'])'([^'\n]{1,200})'(?![\w'])")
_MARK_RE = re.compile(r"[“”\"]")
_OPEN_BEFORE = frozenset(" \t\n([{-–—:;,/")
# Lowercase or sentence-case only: an all-caps headline ("DỰ ÁN ĐẦU TƯ XÂY DỰNG") names nothing.
_KIND_RE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(v) for k in KINDS for v in (k, k[0].upper() + k[1:])) + r")(?![\w])"
)
_GAP_WORD_RE = re.compile(r"\s+([^\W\d_]\w*)")
_OPEN_RE = re.compile(r"\s*(?:như\s*)?:?\s*(?=[“\"‘'])")
# The number of a national programme's part before its name: "Dự án 2: Đa dạng hóa ...", "Dự án 6 “...”"
_PART_NUMBER_RE = re.compile(r"[ ]\d{1,2}(?::|(?=[ ][“\"‘']))")
_PART_NAME_RE = re.compile(
    rf"[ ]([{UPPER}][^.;:\n()“”\"]{{3,150}}?)(?=[ ](?:thuộc|của|do|năm|giai đoạn)(?![\w])|[.;:\n()]|$)"
)
_CHAIN_RE = re.compile(r"(?:\s*[,;]\s*(?:và\s+|hoặc\s+)?|\s+(?:và|hoặc)\s+)(?=[“\"‘'])")
# A longer clause between the kind and its quoted names, closed by "như" or a naming phrase: "phong trào thi
# đua do Thủ tướng Chính phủ phát động như: “...”", "chương trình nhận diện hàng Việt Nam với tên gọi “...”".
_PLURAL_KIND_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:[Cc]ác|[Nn]hững|[Nn]hiều|\d+)(?:[ ][^\W\d_]+){1,4}$")
_OTHER_PLURAL_RE = re.compile(r"(?<![\w])(?:các|những|nhiều)[ ]")
_PLURAL_LONG_GAP_RE = re.compile(
    r"\s+([^.;:!?“”\"‘’'\n()]{1,160}?)\s(?:(?:như|gồm|là)\s*:|như)\s*(?=[“\"‘'])"
)
_LONG_GAP_RE = re.compile(r"\s+([^.;:!?“”\"‘’'\n()]{1,80}?)\s(?:như\s*:|với tên gọi)\s*(?=[“\"‘'])")
_LONG_GAP_STOPS = wordset("đã đang sẽ được bị là đều cũng vẫn ví coi xem gọi")
_SPACE_CHAIN_RE = re.compile(r"[ ]+(?=[“\"‘'])")
_MODIFIER_CHAIN_RE = re.compile(r"\s+[^.;:!?“”\"‘’'\n,]{1,80},\s*(?=[“\"‘'])")
# Gap words that introduce a name even though "với" is a function word: "chương trình với chủ đề “...”".
_NAMED_RE = re.compile(r"\s+(?:mang tên|có tên(?: là)?|tên là)(?=\s)")
_NAMING_GAP_RE = re.compile(r"\s+với\s+(?=(?:chủ đề|tên gọi|tên)\b)")
_TYPICAL_GAP_RE = re.compile(r",\s*(?:điển hình|cách làm)(?=\s)")
# "mô hình: A, B", "mô hình như A", "các mô hình tiêu biểu gồm: A, B", "4 mô hình điển hình: A, B"
_LIST_START_RE = re.compile(
    r"(?:\s+(?:tiêu biểu|điển hình|hiệu quả|nổi bật|sáng tạo|hay))?(?:\s*(?:như|gồm|là)\s*)?:\s*"
    r"|\s+như\s+(?=[^\W\d_])"
)
_LIST_END_RE = re.compile(r"…|\.\.\.|[.;!?()\n“”\"]|:")
_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_SEMICOLON_LIST_END_RE = re.compile(r"…|\.\.\.|;\s*(?:…|\.\.\.)|[.!?()\n“”\"]|:")
_HOUSEHOLD_OR_COUNT_RE = re.compile(r"\d|(?<![\w])(?:ông|bà|anh|chị)(?![\w])", re.IGNORECASE)
_SEMICOLON_SPLIT_RE = re.compile(r"\s*;\s*(?:và\s+)?")
_WORD_RE = re.compile(r"[^\W_][\w]*(?:-[\w]+)*")
# The 19 criteria of the national new-countryside programme (Bộ tiêu chí quốc gia về xã nông thôn mới),
# folded, with the longer official wordings first; a bare name after "tiêu chí" must be one of them.
_CRITERIA = tuple(
    fold_key(name)
    for name in (
        "Quy hoạch",
        "Giao thông",
        "Thủy lợi và phòng, chống thiên tai",
        "Thủy lợi",
        "Điện",
        "Trường học",
        "Cơ sở vật chất văn hóa",
        "Cơ sở hạ tầng thương mại nông thôn",
        "Thông tin và Truyền thông",
        "Nhà ở dân cư",
        "Thu nhập",
        "Nghèo đa chiều",
        "Hộ nghèo",
        "Lao động",
        "Tổ chức sản xuất và phát triển kinh tế nông thôn",
        "Tổ chức sản xuất",
        "Giáo dục và Đào tạo",
        "Giáo dục",
        "Y tế",
        "Văn hóa",
        "Môi trường và an toàn thực phẩm",
        "Môi trường",
        "Hệ thống chính trị và tiếp cận pháp luật",
        "Hệ thống chính trị",
        "Quốc phòng và An ninh",
        "An ninh trật tự",
    )
)
_CRITERION_WORDS = max(len(c.split()) for c in _CRITERIA)
_LIST_COMMA_RE = re.compile(r",[ ](?=[^\W\d_])")
_PLURAL_BEFORE_RE = re.compile(r"(?:các|những|Các|Những) $")
_BARE_LINK_RE = re.compile(r"(?:, và|,| và) (?=\w)")
_NAME_LINK_RE = re.compile(r"\s*,\s*(?:và\s+)?(?=\w)|\s+(?:và|hoặc)\s+(?=\w)")

KNOWN_NAMES: tuple[str, ...] = (
    "Toàn dân bảo vệ an ninh Tổ quốc",
    "Toàn dân bảo vệ ANTQ",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Dân vận khéo",
    "Đền ơn đáp nghĩa",
    "Uống nước nhớ nguồn",
    "Thi đua quyết thắng",
    "Mỗi xã một sản phẩm",
    "Ngày vì người nghèo",
    "Vì người nghèo",
    "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại",
    "Xây dựng trường học thân thiện, học sinh tích cực",
    "Chung sức xây dựng nông thôn mới",
    "Xây dựng gia đình 5 không, 3 sạch",
    "Phụ nữ giúp nhau làm kinh tế",
    "Cựu chiến binh giúp nhau giảm nghèo",
    "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi",
    "Thi đua dạy tốt, học tốt",
    "Dạy tốt, học tốt",
    "Người tốt, việc tốt",
    "Tết vì người nghèo",
    "Xây dựng xã hội học tập",
    "Cựu chiến binh gương mẫu",
    "Nông dân sản xuất, kinh doanh giỏi",
    "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
    "Cả nước chung sức xây dựng nông thôn mới",
    "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
    "Năm dân vận chính quyền",
    "Thanh niên tình nguyện hè",
    "Mùa hè xanh",
    "Hoa phượng đỏ",
    "Kỳ nghỉ hồng",
    "Hành quân xanh",
    "Tiếp sức mùa thi",
    "Xuân tình nguyện",
    "Tự hào hàng Việt Nam",
    "Tinh hoa hàng Việt Nam",
    "Làm cho thế giới sạch hơn",
)
"""Nationwide movements and campaigns, recognised without quotes right after a kind word (rule 4)."""
# Movements known by words that name other things after other kinds ("tiêu chí xây dựng gia đình văn hóa",
# "kế hoạch bảo vệ an ninh Tổ quốc"): known only right after "phong trào" or "cuộc vận động".
MOVEMENT_NAMES: tuple[str, ...] = (
    "Xây dựng gia đình văn hóa",
    "Bảo vệ an ninh Tổ quốc",
    "Toàn dân tham gia bảo vệ an ninh Tổ quốc",
    "Thanh niên tình nguyện",
    "Nông dân thi đua sản xuất, kinh doanh giỏi",
    "Nông dân sản xuất kinh doanh giỏi",
    "Sản xuất, kinh doanh giỏi",
    "Sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
    "Phụ nữ giúp nhau phát triển kinh tế gia đình",
    "Sống tốt đời đẹp đạo",
    "Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em",
)
# ... but not in the name of the police team that builds the movement: "Đội xây dựng phong trào bảo vệ ..."
_MOVEMENT_BODY_BEFORE_RE = re.compile(r"(?:đội|phòng|tổ|cục)[ ]xây dựng[ ]$", re.IGNORECASE)
# ... nor the head of a longer name: "phong trào nông dân thi đua sản xuất, kinh doanh giỏi – đoàn kết giúp nhau"
_NAME_GOES_ON_RE = re.compile(r"\s*[,–-]?\s*đoàn kết")
_MOVEMENT_KINDS = frozenset(["phong trào", "phong trào thi đua", "cuộc vận động"])
# The kind a nationwide campaign is launched as, for names listed after two kind words.
_OFFICIAL_KINDS = {
    fold_key(name): kind
    for kind, names in (
        (
            "phong trào",
            (
                "Toàn dân bảo vệ an ninh Tổ quốc",
                "Toàn dân đoàn kết xây dựng đời sống văn hóa",
                "Cả nước chung sức xây dựng nông thôn mới",
                "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
                "Dân vận khéo",
                "Đền ơn đáp nghĩa",
                "Thi đua quyết thắng",
                "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
            ),
        ),
        (
            "cuộc vận động",
            (
                "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                "Người Việt Nam ưu tiên dùng hàng Việt Nam",
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Xây dựng gia đình 5 không, 3 sạch",
            ),
        ),
    )
    for name in names
}


@dataclass
class _Found:
    kind: str
    name: str
    start: int
    end: int


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted string's content, quotes excluded (see `_quoted_spans`)."""
    return list(_quoted_spans(text))


@functools.lru_cache(maxsize=4)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Quoted spans of `text`, cached for the few last texts: `find_figures` asks again for the same text.

    Curly pairs “...” come first. Straight quotes are then paired with each other and with the curly
    quotes left over, as news text mixes them ("Thu gom rác thải tái chế”, “Nhà sạch, vườn đẹp"): a `"`
    after a space or an opening bracket opens, any other closes; an opening mark followed by another
    opening mark is dropped (an unclosed quote).
    """
    spans = [(m.start(1), m.end(1)) for m in _CURLY_RE.finditer(text)]
    if '"' in text or len(spans) * 2 != text.count("“") + text.count("”"):
        spans.extend(_mixed_spans(text, spans))
        spans.sort()
    for m in _SINGLE_QUOTE_RE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        spans.append((m.start(group), m.end(group)))
    return tuple(spans)


def _mixed_spans(text: str, curly: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of quote marks not already used by a clean curly pair."""
    used = {pos for start, end in curly for pos in (start - 1, end)}
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _MARK_RE.finditer(text):
        i = mark.start()
        if i in used:
            opened = None
            continue
        char = mark.group()
        opens = char == "“" or (char == '"' and (i == 0 or text[i - 1] in _OPEN_BEFORE))
        if opens and opened is not None and _closes_anyway(text, i):
            # 'Cuộc vận động “ Ngày vì người nghèo“,', 'mô hình "Khu dân cư an toàn PCCC " ANTD'
            opens = False
        if opens:
            opened = i
        elif opened is not None:
            if 0 < i - opened - 1 <= 400 and "\n" not in text[opened:i]:
                out.append((opened + 1, i))
            opened = None
    return out


def _closes_anyway(text: str, i: int) -> bool:
    """Does an opening mark at `i` close the quote before it? A typist's “ glued to the word it ends, or a
    straight quote with a space or a punctuation mark after it, opens nothing."""
    after = text[i + 1 : i + 2]
    if after.isalnum():
        return False
    return text[i] == '"' or text[i - 1 : i].isalnum()


def find_models(text: str, field: str | None = None) -> list[NamedModel]:
    """Every named model in `text`, merged by kind family and folded name, in order of first mention."""
    quotes = quoted_spans(text)
    quote_at = {start - 1: (start, end) for start, end in quotes}
    # a kind word inside quotes is ignored unless it opens them ('Chiến dịch Quang Trung')
    starts = {start for start, _ in quotes}
    inside = _inside_test(quotes)
    kinds = [m for m in _KIND_RE.finditer(text) if m.start() in starts or not inside(m.start())]
    per_kind: list[list[tuple[int, int]]] = []
    for match in kinds:
        after = match.end()
        part = _PART_NUMBER_RE.match(text, after) if match.group(1).lower() == "dự án" else None
        if part is not None:
            after = part.end()  # "Dự án 2: Đa dạng hóa sinh kế ...", "Dự án 6 “Bảo tồn ...”": a numbered part
            named = _PART_NAME_RE.match(text, after) if part.group().endswith(":") else None
            if named is not None:  # its name runs to the clause's end, commas and all
                per_kind.append([named.span(1)])
                continue
        criteria = match.group(1).lower() == "tiêu chí"
        items = (
            _quoted_after(text, after, quote_at)
            # the list after "các tiêu chí:" says what they ask ("số vụ, số người chết"), it names no model;
            # the national criteria are read by name below
            or (not criteria and _list_after(text, after))
            or _known_name_at(text, after, _KNOWN_LOOSE, _KNOWN_LENGTHS)
            or _movement_after(text, match)
            or _known_list_after_gap(text, after)
        )
        if not items and match.group(1).lower() in _WORKS_KINDS:
            items = _works_name_after(text, after)
        if not items and criteria:
            items = _criteria_after(text, after)
        elif (
            not items and match.group(1).lower() not in _NO_BARE_NAME and not _not_a_name_before(text, match)
        ):
            items = _bare_names_after(text, match.start(), after)
            if items and (
                (
                    _ACRONYM_RE.match(text, items[0][0])
                    and (
                        match.group(1).lower() == "mô hình"
                        or _NATIONAL_RE.search(text[items[0][0] : items[-1][1]])
                    )
                )
                or _TARGET_PROGRAMME_RE.match(text, items[0][0])
                or text[items[0][0] : items[0][1]] in _BODY_WORDS
                or text[items[0][0] : items[0][1]].split(" ")[0] in _INVESTMENT_FORMS
                or _loose_key(text[items[0][0] : items[0][1]]) in _ACTIVITY_FIELDS
                or _SCHOOL_RE.match(text, items[0][0])
                or _STANDING_BODY_RE.match(text, items[0][0])
            ):
                # "mô hình AI", "mô hình PPP": a type; "Chương trình MTQG 1719", "Chương trình Mục tiêu quốc
                # gia ...": a national programme; "phong trào Hội", "phong trào Đoàn": the body's own
                items = []
            items = [_known_prefix(text, start, end) for start, end in items]
            if items and _MOVEMENT_BODY_RE.match(text, items[0][0]):
                items = []  # "Phong trào Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế": a body, not a campaign
            if (
                items
                and match.group(1).lower() in _CONTESTS
                and (year := _YEAR_AFTER_RE.match(text, items[-1][1]))
            ):
                items = [*items[:-1], (items[-1][0], year.end())]  # "cuộc thi Hoa hậu Việt Nam 2024"
        per_kind.append(items)
    names = {_loose_key(text[s:e]) for items in per_kind for s, e in items} | _KNOWN_LOOSE
    lengths = _length_index(names)
    found: list[_Found] = []
    for match, items in zip(kinds, per_kind, strict=True):
        if not items:
            items = _known_name_at(text, match.end(), names, lengths)
        if items and not inside(items[-1][0]):
            items = items + _known_chain(text, items[-1][1], names, lengths)
        pair = _KIND_PAIR_BEFORE_RE.search(text, max(0, match.start() - 24), match.start())
        pair = pair if pair and _LIST_OPENER_RE.match(text, match.end()) else None
        kind = (pair.group(1) if pair else match.group(1)).lower()  # "phong trào, cuộc vận động như: ..."
        for s, e in map(functools.partial(_trimmed, text), items):
            official = _OFFICIAL_KINDS.get(fold_key(text[s:e])) if pair else None
            # of two kinds, the one the campaign is known by: "các cuộc vận động, phong trào thi đua: “Cả
            # nước chung sức xây dựng nông thôn mới”" is a movement
            mine = (
                official
                if official is not None
                and official in (_FAMILY.get(k, k) for k in (kind, match.group(1).lower()))
                else kind
            )
            found.append(_Found(mine, text[s:e], s, e))
    return _merge(found + _quoted_repeats(text, quotes, found), text, field)


def _quoted_repeats(text: str, quotes: list[tuple[int, int]], found: list[_Found]) -> list[_Found]:
    """A found model's name quoted again with no kind word before it is another mention of it: the
    headline's "Tổ tự quản “5 trong 1”", a caption's "“Tiếng kẻng an ninh”". Not when the name was found
    under two kinds (“Dân vận khéo”, a movement and a model): which one a bare quote means is unsaid."""
    kinds: dict[str, set[str]] = {}
    for f in found:
        kinds.setdefault(fold_key(_spelled_out(f.name.strip())), set()).add(_FAMILY.get(f.kind, f.kind))
    taken = {(f.start, f.end) for f in found}
    out = []
    for span in quotes:
        start, end = _trimmed(text, span)
        key = fold_key(_spelled_out(text[start:end]))
        if (
            (start, end) not in taken
            and len(kinds.get(key, ())) == 1
            and not text[start : start + 1].islower()
        ):
            out.append(_Found(next(iter(kinds[key])), text[start:end], start, end))
    return out


# A contest's edition is part of its name ("cuộc thi Hoa hậu Sinh viên Việt Nam 2025"); an award's is not.
_CONTESTS = frozenset(["cuộc thi", "hội thi"])
# The national target programmes, which no label takes for a named model: "Chương trình MTQG xây dựng nông
# thôn mới", "Chương trình CĐS quốc gia".
# ... and "chương trình NTM", the new-countryside programme
_NATIONAL_RE = re.compile(r"^MTQG|^NTM(?![\w])|quốc gia$")
# Forms of investment, not names: "dự án FDI", "các dự án ODA", "dự án BOT"
_INVESTMENT_FORMS = frozenset(["FDI", "ODA", "BOT", "BT", "BOO", "PPP", "DDI", "NGO"])
# Fields of activity, not movements: "các phong trào Văn hóa văn nghệ - Thể dục thể thao"
_ACTIVITY_FIELDS = frozenset(
    ["văn hóa văn nghệ", "thể dục thể thao", "văn nghệ", "thể thao", "văn hóa", "vhvn", "tdtt", "vh vn"]
)
_STANDING_BODY_RE = re.compile(r"Thường (?:trực|vụ)(?![\w])")  # "chương trình Thường trực Tỉnh ủy dành ..."
_SCHOOL_RE = re.compile(
    r"Trường (?:Tiểu học|THCS|THPT|Mầm non|Mẫu giáo|Đại học|Cao đẳng|Trung học|Phổ thông|PTDTBT|PTDTNT)(?![\w])"
)  # "phong trào Trường Tiểu học Khai Thái": the school whose movement it is
# ... and the national curriculum ("Chương trình Giáo dục phổ thông 2018", "chương trình GDPT mới")
_TARGET_PROGRAMME_RE = re.compile(
    r"[Mm]ục tiêu [Qq]uốc gia(?![\w])|[Gg]iáo dục phổ thông(?![\w])|GDPT(?![\w])"
)
_BODY_WORDS = frozenset(["Hội", "Đoàn", "Đảng", "Mặt trận", "Công đoàn"])
_MOVEMENT_BODY_RE = re.compile(r"Chữ thập đỏ(?![\w])", re.IGNORECASE)
_YEAR_AFTER_RE = re.compile(r" (?:19|20)\d\d(?![\w/-]|[.,]\d)")
# Before the kind word, what makes the capitalised words after it something other than a name: a role
# ("tổng đạo diễn chương trình Johnny Trí Nguyễn") or a sum ("Tổng giải thưởng Champions League").
# So is an organisation whose name holds the kind word ("Ban Quản lý dự án Đầu tư Xây dựng").
_NOT_A_NAME_BEFORE_RE = re.compile(
    r"(?:đạo diễn|giám đốc|chủ nhiệm|nhà sản xuất|dẫn|MC|[Tt]ổng|[Tt]iền|[Qq]uỹ|Ban [Qq]uản lý|BQL) $"
)


def _known_prefix(text: str, start: int, end: int) -> tuple[int, int]:
    """A bare name cut to the known campaign it opens with, abbreviations spelled out: "phong trào Toàn dân
    bảo vệ ANTQ lan tỏa" names "Toàn dân bảo vệ an ninh Tổ quốc", and "lan tỏa" is the verb after it."""
    ends = [m.end() for m in _WORD_RE.finditer(text, start, end)]
    for cut in reversed(ends[:-1]):
        if _loose_key(_spelled_out(text[start:cut])) in _KNOWN_LOOSE:
            return start, cut
    return start, end


def _not_a_name_before(text: str, kind: re.Match[str]) -> bool:
    return _NOT_A_NAME_BEFORE_RE.search(text, max(0, kind.start() - 14), kind.start()) is not None


# Two kinds before one list: its names take the first ("các phong trào, cuộc vận động như: “...”"), as the
# labels of the provincial text read them.
_KIND_PAIR_BEFORE_RE = re.compile(_KIND_RE.pattern + r"(?:,| và| hoặc)[ ]$")
_LIST_OPENER_RE = re.compile(
    r"(?:[ ]\w+){0,3}?[ ]?(?:như|gồm|:)"
)  # "... như: “A”, “B”", not "chương trình và cuộc thi “X”"
_LOWER_GAP_RE = re.compile(r"(?:[ ][^\W\d_A-ZĐ]\w*){1,2}(?=[ ][A-ZĐ])")
_LOWER_GAP_COLON_RE = re.compile(r"(?:[ ][^\W\d_A-ZĐ]\w*){1,3}[ ]?(?=:)")


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name's span without the spaces a quote may hold: 'Mô hình “ Dân vận khéo”'."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _known_list_after_gap(text: str, pos: int) -> list[tuple[int, int]]:
    """A list after a kind and a word or two, when it opens with a nationwide campaign: "chiến dịch tình
    nguyện: Mùa hè xanh, Hoa phượng đỏ, Kỳ nghỉ hồng"."""
    gap = _LOWER_GAP_COLON_RE.match(text, pos)
    if gap is None:
        bare = _LOWER_GAP_RE.match(text, pos)  # "chiến dịch tình nguyện Mùa hè xanh"
        if bare is None:
            return []
        known = _known_name_at(text, bare.end(), _KNOWN_LOOSE, _KNOWN_LENGTHS)
        return known if known and text[known[0][0]].isupper() else []
    items = _list_after(text, gap.end())
    # the known campaigns the list opens with ("... gồm: Tiếp sức mùa thi, Mùa hè xanh, cùng với ..."); an item
    # with its own kind word ("Chiến dịch Mùa hè xanh") is found under that kind
    return list(itertools.takewhile(lambda item: _loose_key(text[item[0] : item[1]]) in _KNOWN_LOOSE, items))


def _inside_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position is inside one of `spans` (quotes, which may nest: a single-quoted phrase
    inside a curly quote), by bisection: a text of many quotes and kind words is not read quote by quote
    for each kind word."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(itertools.accumulate((end for _, end in ordered), max))

    def inside(pos: int) -> bool:
        index = bisect.bisect_right(starts, pos) - 1
        return index >= 0 and reach[index] > pos

    return inside


def _quoted_after(text: str, pos: int, quote_at: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
    opening = _opening_after_gap(text, pos)
    if opening is None or opening not in quote_at:
        return []
    items = [quote_at[opening]]
    while True:
        close = items[-1][1] + 1
        link = _CHAIN_RE.match(text, close) or _MODIFIER_CHAIN_RE.match(text, close)
        if link is None and text[items[-1][1] - 1 : items[-1][1]] == ",":
            # “Nâng bước em tới trường,” “Con nuôi ...”: the list's comma typed inside the quote
            link = _SPACE_CHAIN_RE.match(text, close)
        if (
            link is None
            or link.end() not in quote_at
            or _KIND_RE.search(text, close, link.end())
            or _KIND_RE.match(text, link.end() + 1)  # “Chiến dịch Hành quân xanh”: a kind of its own
        ):
            return items
        items.append(quote_at[link.end()])


def _list_after(text: str, pos: int) -> list[tuple[int, int]]:
    start = _LIST_START_RE.match(text, pos)
    if start is None or start.end() >= len(text) or not text[start.end()].isalpha():
        return []
    if ":" not in start.group() and not text[start.end()].isupper():
        return []
    if _KIND_RE.match(text, start.end()):
        return []  # "4 chiến dịch: Chương trình “Tiếp sức mùa thi”, ...": each item names its own kind
    end_match = _LIST_END_RE.search(text, start.end())
    end = end_match.start() if end_match else len(text)
    split = _ITEM_SPLIT_RE
    if (
        end_match
        and end_match.group() == ";"
        and ":" in start.group()
        and text[start.end()].isupper()
        and "," not in text[start.end() : end]
        and text[max(0, pos - 8) : pos]
        .lower()
        .endswith("mô hình")  # not an agenda: "chương trình: Khai mạc; ..."
    ):
        # "các mô hình: Camera an ninh; Ánh sáng an ninh; Cổng rào phòng, chống tội phạm;...": names
        # parted by semicolons may hold commas
        end_match = _SEMICOLON_LIST_END_RE.search(text, end)
        end = end_match.start() if end_match else len(text)
        split = _SEMICOLON_SPLIT_RE
    items = []
    cursor = start.end()
    for sep in [*split.finditer(text, cursor, end), None]:
        piece_end = sep.start() if sep else end
        piece = text[cursor:piece_end]
        if split is _SEMICOLON_SPLIT_RE and _HOUSEHOLD_OR_COUNT_RE.search(piece):
            break  # "như: Hộ ông Nguyễn Văn A nuôi bò; ...", "Xây dựng mới 5 km đường; ...": what was done
        tail = _item_tail(piece, last=sep is None)
        if tail == 0 or not 1 <= len(_WORD_RE.findall(piece[:tail])) <= _MAX_ITEM_WORDS:
            break
        items.append((cursor + len(piece) - len(piece.lstrip()), cursor + len(piece[:tail].rstrip())))
        if sep is None or tail < len(piece):
            break  # the sentence goes on after this name: "..., camera giám sát với hơn 120 mắt"
        cursor = sep.end()
    return items


def _item_tail(piece: str, *, last: bool) -> int:
    """Where a listed name ends inside `piece`; 0 when the piece names nothing (it opens with a verb or a
    preposition: ", góp phần kéo giảm 35% ...", ", với tổng kinh phí ...").

    Any item ends before an auxiliary that starts a clause ("Nhà an toàn đã được nhân rộng"); names hold
    prepositions and numbers ("Nói không với ma túy", "Tổ tự quản số 5", "Chương trình 135"), so only
    the last item, which may run on into the sentence, is also cut before a number that does not end it
    (with the prepositions and qualifiers just before it: "camera giám sát với hơn 120 mắt camera") and,
    when still longer than a name, before a preposition.
    """
    words = list(_WORD_RE.finditer(piece))
    if words and (words[0].group() in _VERB_OPENERS or words[0].group() in _ITEM_LINKS):
        return 0  # ", góp phần kéo giảm ...", ", với tổng kinh phí ...": the list has ended
    cut = len(words)
    for index, word in enumerate(words):
        if index and word.group() in (_LAST_CLAUSE_STARTS if last else _CLAUSE_STARTS):
            cut = index
            break
        ends_name = index == len(words) - 1 or words[index - 1].group() == "số"
        if last and index and word.group()[0].isdigit() and not ends_name:
            cut = index
            while cut > 1 and words[cut - 1].group() in _ITEM_LINKS | _QUALIFIER_WORDS:
                cut -= 1
            break
    if last and cut > _LONG_ITEM_WORDS:
        cut = next((i for i in range(1, cut) if words[i].group() in _ITEM_LINKS), cut)
    return len(piece) if cut == len(words) else words[cut].start() if cut else 0


def _opening_after_gap(text: str, pos: int) -> int | None:
    """Position of a quote opening after at most three lowercase words (and "mang tên"), else None.

    The gap words must not be function words or auxiliaries ("phương án quân sự đã “lên nòng”",
    "dự án tại khu “đất vàng”" are not names), and after a gap the quoted text must start with a
    capital letter or a digit.
    """
    long_gap = _LONG_GAP_RE.match(text, pos)
    if (
        long_gap is not None
        and not _KIND_RE.search(long_gap.group(1))
        and (
            not any(w.lower() in _LONG_GAP_STOPS for w in long_gap.group(1).split())
            # "các mô hình được xây dựng và nhân rộng như: “...”": many of a kind, then a list
            or (
                _PLURAL_KIND_BEFORE_RE.search(text, max(0, pos - 40), pos)
                and long_gap.group().rstrip().endswith(":")
                and "," not in long_gap.group(1)  # not across a second clause: "..., Hội còn lập các tổ như:"
            )
        )
        and text[long_gap.end() + 1 : long_gap.end() + 2].isupper()
    ):
        return long_gap.end()
    plural_gap = _PLURAL_LONG_GAP_RE.match(text, pos)
    if (
        plural_gap is not None
        and _PLURAL_KIND_BEFORE_RE.search(text, max(0, pos - 40), pos)
        and not _KIND_RE.search(plural_gap.group(1))
        # not when the gap names many of something else, whose list it is: "..., Hội còn lập các tổ như:"
        and not _OTHER_PLURAL_RE.search(plural_gap.group(1))
        and text[plural_gap.end() + 1 : plural_gap.end() + 2].isupper()
    ):
        # "Nhiều mô hình phát huy hiệu quả, góp phần ..., được xây dựng và nhân rộng như: “...”, “...”": many
        # of a kind, a clause with commas about them, then their names
        return plural_gap.end()
    gap = False
    words = 0
    while words < 4:
        opening = _OPEN_RE.match(text, pos)
        if opening is not None:
            first = text[opening.end() + 1 : opening.end() + 2]
            if not gap or first.isupper() or first.isdigit() or _known_quote(text, opening.end() + 1):
                return opening.end()
            return None
        if naming := _NAMING_GAP_RE.match(text, pos):
            pos = naming.end() - 1
        if typical := _TYPICAL_GAP_RE.match(text, pos):
            pos, gap, words = typical.end(), True, words + 1  # "xây dựng mô hình, điển hình “Dân vận khéo”"
            continue
        if naming := _NAMED_RE.match(text, pos):
            pos, gap = naming.end(), True  # "dự án âm nhạc mang tên “EUREKA”": the naming words are free
            continue
        word = _GAP_WORD_RE.match(text, pos)
        if (
            word is None
            or not (word.group(1)[0].islower() or (words == 0 and word.group(1) == "Tổ"))
            or word.group(1) in _STOP - {"hay"}
        ):
            # "hay" here is "good": "các mô hình hay như: “...”"; a group's head may open the gap: "mô hình
            # Tổ tự quản “5 trong 1”" is named by its quote
            return None
        pos, gap, words = word.end(), True, words + 1
    return None


def _known_quote(text: str, start: int) -> bool:
    """Does the quote whose content starts at `start` hold a nationwide campaign, whatever its case ("mô hình
    cách làm “dân vận khéo”")?"""
    end = next((e for s, e in _quoted_spans(text) if s == start), None)
    return end is not None and _loose_key(text[start:end]) in _KNOWN_LOOSE


# Prepositions a bare name may hold when a few lower-case words after them end the clause: "phong trào
# Làm giàu từ đồi chè;" (not "phong trào Làm giàu từ năm 2020.", "... từ đầu năm.", "... từ đồi chè đã có").
_NAME_PREPOSITIONS = wordset("từ cho với của về vì không")
# Nouns of time that make the words after a preposition when the movement runs, not its name: "từ đầu năm".
_TIME_NOUNS = wordset("dịp năm tháng tuần ngày quý đầu cuối giữa mùa đợt giai thời kỳ hè nay")
# ... up to the clause's end or a year: "giải thưởng Hành động vì cộng đồng năm 2025"
_NAME_TAIL_RE = re.compile(
    r"\w+(?:[ ](?:[^\W\d_A-ZĐ][^\W\d_]*|[A-ZĐ]{2,}(?![\w]))){1,8}?"
    r"(?=[ ]?(?:[;,.!?]|$)|[ ](?:năm )?(?:19|20)\d\d(?![\w/-]|[.,]\d))"
)
_DIGIT_NEXT_RE = re.compile(r" \d")
# Lower-case words of a contest's scope or edition after its name: "toàn quốc", "lần thứ IV", "khu vực miền
# Trung", "thành phố", "kỳ 3"
_SCOPE_RE = re.compile(
    r"(?:toàn quốc|toàn cầu|lần thứ|khu vực|(?:thành phố|tỉnh|huyện)(?![ ][A-ZĐ])|kỳ(?=[ ](?:\d|thứ|[IVX]+\b)))(?![\w])"
)  # (not "Lịch sử Đảng bộ tỉnh Bến Tre": a province's name makes it part of the name)
# "không" opens such a phrase only as "không có" or "không với": "Gia đình không có người nghiện ma túy",
# "Nói không với rác thải nhựa" (not "phong trào X không ngừng lan tỏa").
_NEGATED = frozenset(["có", "với"])


# Pairs written with a comma inside one name: "phòng, chống" (prevent and fight), "phòng cháy, chữa cháy"
_COMMA_PAIRS = frozenset(["phòng chống", "cháy chữa"])


# What a kind word may be followed by that names no initiative: the organising committee ("Kết thúc Hội thi
# Ban Tổ chức đã trao giải"), a congress's agenda ("chương trình Đại hội"), the UN's programmes, which are
# bodies (UNEP, UNDP), and a photo credit in capitals ("chương trình ẢNH: LÊ HOÀI").
_NO_NAME_RE = re.compile(
    r"(?:Ban [Tt]ổ chức|BTC|Đại hội|ẢNH(?=:)"
    r"|(?:Môi trường|Phát triển)(?: của)? (?:LHQ|Liên (?:[Hh]ợp|[Hh]iệp) [Qq]uốc))(?![\w])"
)


def _bare_name_after(text: str, pos: int, *, listed: bool = False) -> list[tuple[int, int]]:
    """A capitalised name right after a kind word, up to a function word or a number; "và" before a
    capital joins the name ("Khoa học và Kỹ thuật") unless several names are `listed` (after "các");
    a lowercase "cấp" starts the level the contest is held at ("... cấp tỉnh"), not the name.
    """
    if pos >= len(text) or text[pos] != " ":
        return []
    words = list(itertools.islice(_WORD_RE.finditer(text, pos + 1), _MAX_BARE_WORDS + 1))
    if not words or words[0].start() != pos + 1 or not words[0].group()[0].isupper():
        return []
    if (
        words[0].group().lower() in _ORG_START
        or _KIND_RE.match(text, pos + 1)
        or _NO_NAME_RE.match(text, pos + 1)
    ):
        return []
    end = words[0].end()
    for count, (prev, word) in enumerate(itertools.pairwise(words), start=2):
        lower = word.group().lower()
        gap = text[prev.end() : word.start()]
        if (
            gap != " "
            and not (gap in (" - ", " – ") and prev.group()[0].isupper() and word.group()[0].isupper())
            and not (gap == ", " and f"{prev.group().lower()} {lower}" in _COMMA_PAIRS)
        ):
            break  # "phong trào Xanh - Sạch - Đẹp" joins with dashes, "Tổ phòng, chống ..." with a comma
        titled = word.group()[0].isupper() and lower not in _TIME_NOUNS  # "Hoa hậu Chuyển giới Quốc tế"
        titled = titled or text.startswith("chuyển đổi", word.start())  # "Tổ chuyển đổi số cộng đồng"
        if (
            lower in _STOP
            and not titled
            and not (lower == "và" and not listed and _capitalised_next(words, word))
        ):
            tail = _NAME_TAIL_RE.match(text, word.start()) if lower in _NAME_PREPOSITIONS else None
            rest = tail.group().split()[1:] if tail is not None else []
            if lower == "không" and rest and rest[0] in _NEGATED:
                rest = rest[1:]
            elif lower == "không":
                tail = None
            if (
                tail is not None
                and rest
                and count + len(tail.group().split()) - 1 <= _MAX_BARE_WORDS
                and not any(w in _STOP or w in _CLAUSE_STARTS or w in _TIME_NOUNS for w in rest)
            ):
                end = tail.end()  # "phong trào Làm giàu từ đồi chè;": the phrase runs to the clause's end
            break
        if word.group() == "cấp" or count > _MAX_BARE_WORDS or _SCOPE_RE.match(text, word.start()):
            break  # "Hội thi Hòa giải viên giỏi toàn quốc lần thứ IV": where and which time, not the name
        if word.group()[0].isdigit():
            break
        if lower in _TIME_NOUNS and word.group()[0].islower() and _DIGIT_NEXT_RE.match(text, word.end()):
            break  # "Champions League mùa 2025 - 2026": the season, not the name
        end = word.end()
    return [(pos + 1, end)]


def _criteria_after(text: str, pos: int) -> list[tuple[int, int]]:
    """Criteria of the national new-countryside set named after "tiêu chí", capitalised ("tiêu chí Giao
    thông", "các tiêu chí Môi trường, Nhà ở dân cư và Thu nhập"); any other phrase names none ("Tiêu chí
    Môi trường khó nhất" gives "Môi trường")."""
    out: list[tuple[int, int]] = []
    while pos < len(text) and text[pos] == " " and text[pos + 1 : pos + 2].isupper():
        words = list(itertools.islice(_WORD_RE.finditer(text, pos + 1), _CRITERION_WORDS))
        found = None
        for count in range(len(words), 0, -1):  # the longest official wording first
            if fold_key(text[pos + 1 : words[count - 1].end()]) in _CRITERIA:
                found = (pos + 1, words[count - 1].end())
                break
        if found is None:
            break
        out.append(found)
        link = _BARE_LINK_RE.match(text, found[1])
        if link is None:
            break
        pos = link.end() - 1
    return out


def _bare_names_after(text: str, kind_start: int, pos: int) -> list[tuple[int, int]]:
    """The capitalised name after a kind word, or several after a plural one: in "các mô hình A, B và C" a
    first name followed by a comma opens a list whose "và" separates names; without the comma "và" may
    join one ("các chương trình Khoa học và Công nghệ")."""
    if _PLURAL_BEFORE_RE.search(text, max(0, kind_start - 8), kind_start) is None:
        return _bare_name_after(text, pos)
    items = _bare_name_after(text, pos, listed=True)
    if not items or _LIST_COMMA_RE.match(text, items[0][1]) is None:
        return _bare_name_after(text, pos)
    while (link := _BARE_LINK_RE.match(text, items[-1][1])) is not None and text[link.end()].isupper():
        more = _bare_name_after(text, link.end() - 1, listed=True)
        if not more or _KIND_RE.match(text, more[0][0]):
            break
        items.extend(more)
    return items


def _works_name_after(text: str, pos: int) -> list[tuple[int, int]]:
    """A project named after the work and its place: "dự án sân bay Long Thành", "dự án cầu Phong Châu".

    The lowercase words must all be words of `_WORKS` (so "dự án trồng rừng Yên Lập" is not a name), and
    the capitalised words after them, joined by spaces or " - ", make the rest of the name.
    """
    lead = _WORKS_LEAD_RE.match(text, pos)
    if lead is None:
        return []
    end = lead.end()
    while (word := _WORKS_NAME_RE.match(text, end)) is not None and word.group(1)[0].isupper():
        if end == lead.end() and word.group(1).lower() in _ORG_START:
            return []
        end = word.end()
    return [(pos + 1, end)] if end > lead.end() else []


def _capitalised_next(words: list[re.Match[str]], word: re.Match[str]) -> bool:
    """Is the word after `word` capitalised ("Hội thi Khoa học và Kỹ thuật")?"""
    index = words.index(word)
    return index + 1 < len(words) and words[index + 1].group()[0].isupper()


# "Nông dân thi đua sản xuất kinh doanh giỏi (SXKDG) đoàn kết ...": the bracket repeats the words before it
_BRACKETED_ABBR_RE = re.compile(r"[ ]?\([A-ZĐ]{2,}\)")


def _loose_key(name: str) -> str:
    """`fold_key` of a name's words only: the commas and dashes between them and a bracketed abbreviation are
    how a writer set the name down, not part of it ("sản xuất, kinh doanh (SXKD) giỏi – đoàn kết giúp nhau"
    and "sản xuất kinh doanh giỏi, đoàn kết giúp nhau" are one movement)."""
    return " ".join(_WORD_RE.findall(fold_key(_BRACKETED_ABBR_RE.sub("", name))))


def _length_index(keys: Iterable[str]) -> dict[str, list[int]]:
    """Loose keys' word counts by bare first letter, longest first."""
    index: dict[str, set[int]] = {}
    for key in keys:
        index.setdefault(strip_tones(key[:1]), set()).add(key.count(" ") + 1)
    return {letter: sorted(counts, reverse=True) for letter, counts in index.items()}


_KNOWN_LOOSE = frozenset(_loose_key(name) for name in KNOWN_NAMES)
_MOVEMENT_LOOSE = frozenset(_loose_key(name) for name in MOVEMENT_NAMES)
_KNOWN_LENGTHS = _length_index(_KNOWN_LOOSE)
_MOVEMENT_LENGTHS = _length_index(_MOVEMENT_LOOSE)
# between the words of a name written without quotes: spaces, commas, dashes, a bracketed abbreviation
_NAME_GAP_RE = re.compile(rf"(?:[ ,–—-]|{_BRACKETED_ABBR_RE.pattern})+")


def _known_name_at(
    text: str, pos: int, names: frozenset[str] | set[str], lengths: dict[str, list[int]]
) -> list[tuple[int, int]]:
    """A name already known (found in the text, or `KNOWN_NAMES`; `names` holds loose keys) written without
    quotes at `pos` + 1."""
    if text[pos : pos + 1] != " ":
        return []
    pos += 1
    counts = lengths.get(strip_tones(text[pos : pos + 1]).lower(), ())
    if not counts:
        return []
    ends: list[int] = []
    cursor = pos
    while len(ends) < counts[0] and (word := _WORD_RE.match(text, cursor)) is not None:
        ends.append(word.end())
        gap = _NAME_GAP_RE.match(text, word.end())
        if gap is None:
            break
        cursor = gap.end()
    for count in counts:
        if count <= len(ends) and _loose_key(text[pos : ends[count - 1]]) in names:
            return [(pos, ends[count - 1])]
    return []


def _movement_after(text: str, kind: re.Match[str]) -> list[tuple[int, int]]:
    """A movement of `MOVEMENT_NAMES` right after "phong trào" or "cuộc vận động", not in a body's name and
    not the head of a longer name."""
    if kind.group(1).lower() not in _MOVEMENT_KINDS or _MOVEMENT_BODY_BEFORE_RE.search(
        text, max(0, kind.start() - 16), kind.start()
    ):
        return []
    found = _known_name_at(text, kind.end(), _MOVEMENT_LOOSE, _MOVEMENT_LENGTHS)
    return [] if found and _NAME_GOES_ON_RE.match(text, found[0][1]) else found


def _known_chain(
    text: str, pos: int, names: frozenset[str] | set[str], lengths: dict[str, list[int]]
) -> list[tuple[int, int]]:
    """Known names listed after a model: "phong trào Đền ơn đáp nghĩa, Uống nước nhớ nguồn"."""
    items: list[tuple[int, int]] = []
    while (link := _NAME_LINK_RE.match(text, pos)) is not None:
        nxt = _known_name_at(text, link.end() - 1, names, lengths)
        if not nxt:
            break
        items.extend(nxt)
        pos = nxt[0][1]
    return items


def _merge(found: list[_Found], text: str, field: str | None) -> list[NamedModel]:
    groups: dict[tuple[str, str], list[_Found]] = {}
    for f in sorted(found, key=lambda f: f.start):
        name = f.name.strip()
        if name.endswith((".", ",")) and not name.endswith("..") and text[f.end - 1 : f.end] in ".,":
            # a sentence's full stop or a list's comma typed inside the quotes ("“... 5 điều Bác Hồ dạy.”",
            # "“Nâng bước em tới trường,”"), not an ellipsis
            name = name[:-1].rstrip()
            f = _Found(f.kind, name, f.start, f.end - 1)
        if not name:
            continue
        key = (_FAMILY.get(f.kind, f.kind), fold_key(_spelled_out(name)))
        groups.setdefault(key, []).append(f)
    models = []
    for (kind, _), group in groups.items():
        mentions = tuple(
            Mention(f.start, f.end, text[f.start : f.end], field)
            for f in sorted(group, key=lambda f: f.start)
        )
        named = next(
            (f for f in group if f.name.strip()[:1].isupper()), group[0]
        )  # "Thanh niên tình nguyện hè"
        models.append(NamedModel(name=named.name.strip(), kind=kind, mentions=mentions))
    return models


_CAPS_RE = re.compile(r"(?<![\w])[A-ZĐ][A-ZĐ-]+(?![\w])")


def _spelled_out(name: str) -> str:
    """The name with its common abbreviations spelled out, so that "Toàn dân bảo vệ ANTQ" is a second mention
    of "Toàn dân bảo vệ an ninh Tổ quốc"."""
    table = abbreviations()

    def spell(m: re.Match[str]) -> str:
        entry = table.get(m.group())
        return entry[0] if entry is not None and entry[1] == "other" else m.group()

    return _CAPS_RE.sub(spell, _BRACKETED_ABBR_RE.sub("", name)).replace(",", "")
