"""Person mentions read once the places and organisations of a text are known.

`people.find_person_spans` reads names from their own shape and cues. What it leaves, these read with the
other facts in hand, since a span a place or an organisation took is no name:
- `tagged_people`: bare given names that underthesea's NER tags ("Nga và My khai nhận ..."), and the
  names a headline opens with ("Tuấn Hải và Văn Toàn cùng ghi bàn");
- `listed_with_people`: any names listed beside a person found (a team's line-up, a film's cast);
- `given_name_mentions`: later mentions by a part of the name ("Bị cáo Triệu Văn Sình ... Sình khai");
- `repeated_names`: a full name found once, wherever else the text writes it whole.
`extract._spans` calls them in that order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors import gazetteer, nlp
from extractors.credits import NEWSPAPER_NAMES
from extractors.intervals import DisjointSpans, Spans
from extractors.normalize import fold_key
from extractors.organisations import known_orgs_re
from extractors.people import names_no_one
from extractors.person_names import SURNAMES, PersonSpan, lunar_year, plausible_syllables
from extractors.places import LEADING_WORDS, LOWER, SYL, UPPER, is_place_name
from extractors.roles import ROLE_HEAD_RE

__all__ = ["given_name_mentions", "listed_with_people", "repeated_names", "tagged_people"]


def repeated_names(
    text: str, people: Sequence[PersonSpan], claimed: list[tuple[int, int]]
) -> list[PersonSpan]:
    """A full name found once is the same person wherever else the text writes it whole, whatever stands
    around it there ("..., Huyền My tâm sự" after "Người đẹp Huyền My"); only where nothing else was found."""
    names = {p.name for p in people if " " in p.name}
    if not names:
        return []
    taken = Spans([*claimed, *((p.start, p.end) for p in people)])
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w])(?:{alternation})(?![\w])", text):
        if not taken.overlaps(m.start(), m.end()) and not ROLE_HEAD_RE.match(text, m.start()):
            out.append(PersonSpan(m.start(), m.end(), m.group(), full=True))  # not "Phó Bí thư": a role
    return out


# A list of names: an item is one to three capitalised words between list marks ("Porro, Cubarsi, Laporte
# (Eric Garcia 99')", "Jennifer Aniston, Meryl Streep hay Zec Efron..."); a footballer's minute may follow.
_ITEM = rf"[{UPPER}][\w'’-]*(?:[ ][{UPPER}][\w'’-]*){{0,2}}"
_MINUTE = r"[ ]\d{1,3}['’]"  # the minute a substitute came on: "(Eric Garcia 99')"
_ITEM_END = rf"(?=[,;)]|[ ](?:và|hay|hoặc)[ ]|[ ]\(|{_MINUTE}|\.\.\.|…|[.!?](?:\s|$)|$)"
_LIST_MARK = r"(?:(?:,|;|[ ](?:và|hay|hoặc))[ ]\(?|[ ]\()"
# after a substitute's minute and bracket the list goes on: "Montiel (Molina 58'), Romero"
_ITEM_AFTER_RE = re.compile(rf"(?:{_MINUTE}\)?)?{_LIST_MARK}(?P<name>{_ITEM}){_ITEM_END}")
_ITEM_BEFORE_RE = re.compile(
    rf"(?:^|[,;:(][ ]?|[ ](?:và|hay|hoặc)[ ])(?P<name>{_ITEM})(?:{_MINUTE}\)?)?{_LIST_MARK}$"
)
# English honorifics, which open an appositive title rather than a name in a list ("Leila Lopes, Miss
# Universe"), and the suffixes that end a name ("Joseph S. Nye, Jr.")
_ENGLISH_AFFIXES = frozenset(["Miss", "Mr", "Mrs", "Ms", "Sir", "Madam", "Dr", "Lady", "Lord", "Jr", "Sr"])


def listed_with_people(
    text: str, people: Sequence[PersonSpan], claimed: list[tuple[int, int]]
) -> list[PersonSpan]:
    """Names listed beside a person, which the list makes people too: a line-up ("Porro, Cubarsi, Laporte
    (Eric Garcia 99')"), a cast ("Jennifer Aniston, Meryl Streep hay Zec Efron"). An item is taken only
    between list marks (a comma, a semicolon, "và", "hay", "hoặc", a bracket), where nothing else claimed
    it, and when it is no place, abbreviation or head of a unit's or thing's name."""
    taken = Spans([*claimed, *((p.start, p.end) for p in people)])
    added = DisjointSpans()  # a list of thousands of names stays linear
    queue = [(p.start, p.end) for p in people if p.full]
    out: list[PersonSpan] = []
    while queue:
        start, end = queue.pop()
        for m in (_ITEM_AFTER_RE.match(text, end), _ITEM_BEFORE_RE.search(text, max(0, start - 60), start)):
            if m is None:
                continue
            s, e = m.span("name")
            name = m.group("name")
            first = name.split(" ")[0]
            # a bracket joins names only in a line-up, with the minute the substitute came on: "Laporte (Eric
            # Garcia 99')"; otherwise it holds a paper, a place or a caption's "(Phải)"
            bracketed = "(" in (text[end:s] if s >= end else text[e:start])
            minute_at = e if s >= end else end
            if (
                taken.overlaps(s, e)
                or added.overlaps(s, e)
                or (name.isupper() and len(name) > 1)
                or first in _NOT_GIVEN_NAMES
                or first in _UNIT_HEADS
                or first in _THING_HEADS
                or first in _ENGLISH_AFFIXES
                or fold_key(name) in NEWSPAPER_NAMES
                or nlp.is_word(name)  # "Thanh Niên", "Phải": words, not names
                or names_no_one(text, s, name)
                or (bracketed and not _MINUTE_RE.match(text, minute_at))
                or _CLAUSE_AFTER_RE.match(text, e)  # "Ngô Bảo Châu, Fields, cho biết": an apposition
            ):
                continue
            out.append(PersonSpan(s, e, name, full=True))
            added.add(s, e)
            queue.append((s, e))
    return out


_MINUTE_RE = re.compile(_MINUTE)
_CLAUSE_AFTER_RE = re.compile(rf"[,;][ ][{LOWER}]")


# Capitalised words the NER model tags as people that are not: feasts, seasons, regions, a year's name.
_NOT_GIVEN_NAMES = frozenset(
    [
        "Tộc",  # a clan ("được công nhận là Tộc văn hóa") and a pagoda ("Đình, Chùa"), capitalised
        "Chùa",
        "Do",  # conjunctions opening a sentence: "Do Hùng thiếu nợ ..." is "Because Hùng ..."
        "Vì",
        "Nếu",
        "Khi",
        "Dù",
        "Tết",
        "Tốt",
        "Miền",
        "Xuân",
        "Hạ",
        "Thu",
        "Đông",
        "Phật",
        "Chúa",
        "Trời",
        "Bác",
        "Nguyên",
        "Rằm",
        "Đảng",
        "Nhà",
        "Thánh",
        "Tháng",  # "Tháng Nhân đạo", "Cách mạng Tháng Tám": a month's name
        "Phía",  # "Phía Tây tiếp giáp ...": a side
        "Vườn",  # "Vườn Quốc gia Pù Mát"
        "Tỉnh",  # "thống nhất với Tỉnh": the province
        # common nouns written with a capital in provincial text: "trước Kỳ họp thứ Tám", "tặng Cờ thi đua",
        # "5 Giải Nhì", "cuốn Đường Kách mệnh", "Khèn Mông", "Quĩ Thọ", "Dân tộc Kinh", "tên Nôm", "Bưởi Sửu"
        # (not "Được": blind46 names a man so, "của Được ‘Đất Bắc’")
        "Kỳ",
        "Cờ",
        "Đền",  # "Đền Hùng": the temple
        "Đồn",  # "do Đồn phụ trách": the border post
        "Đoàn",  # "Đoàn" alone is the Youth Union, a delegation
        "Giải",
        "Đường",
        "Khèn",
        "Quĩ",
        "Quỹ",
        "Kinh",
        "Nôm",
        "Bưởi",
        "Lễ",  # "tổ chức Lễ kết nghĩa"
        "Bằng",  # "Bằng khen", "Bằng Tổ quốc ghi công"
        "Năm",  # "Năm Mới 2026"
        "Mới",
        "Phần",  # "Phần thi ứng xử": a part of a contest
        "Nóng",  # "Xem thêm Nóng 24h:": a section, "hot"
        "Phiên",  # "Bế mạc Phiên họp thứ 14": a session
        "Luật",  # "Luật Quản lý thuế": a law's title
        "Ngày",  # "Ngày Thơ Việt Nam": a day's name
        "Việc",  # "Việc Mỹ miễn thuế ...": "the fact that"
        "Một",  # "Một Tướng quân đội Nga": "one", a count
        "Người",  # "phong cách của Người": Hồ Chí Minh, written with the capital of respect, as "Bác"
        "Lượt",  # "Lượt xem: 1783": a page's view counter
        "Ủy",  # "bầu Ủy ban Kiểm tra", "Chủ tịch Ủy ban nhân dân"
        "Uỷ",
    ]
)
# Heads of a unit's or a body's name, which open a sentence as often as a person does: "Sở Y tế", "Hội Nông dân".
_UNIT_HEADS = frozenset(
    ["Bộ", "Sở", "Hội", "Ban", "Cục", "Viện", "Đảng", "Báo", "Đài", "Quỹ", "Trường", "Bệnh"]
)
# Words opening a named thing, time or event rather than a person: "Cầu Cát Lái", "Đêm Giáng sinh".
# The second group are common nouns and verbs that open headlines before a capitalised word ("Tiếng Anh",
# "Lính Mỹ", "Đề Hóa").
_THING_HEADS = frozenset(
    [
        "Cầu",
        "Đường",
        "Phố",
        "Sông",
        "Núi",
        "Chợ",
        "Chùa",
        "Đền",
        "Hồ",
        "Đảo",
        "Làng",
        "Sân",
        "Ga",
        "Cảng",
        "Nhà",
        "Khu",
        "Quảng",
        "Đêm",
        "Ngày",
        "Mùa",
        "Lễ",
        "Giải",
        "Cúp",
        "Vịnh",
        "Biển",
        "Rừng",
        "Bãi",
        "Thác",
        "Động",
        "Hang",
        "Đèo",
        "Tháp",
        "Cổng",
        "Lăng",
        "Phim",
        "Sách",
        "Bài",
        "Tập",
        "Dự",
        "Tiếng",
        "Lính",
        "Khách",
        "Đề",
        "Đào",
        "Ngắm",
        "Trang",
        "Đặt",
        "Kinh",
        "Xem",
        "Cận",
        "Giá",
        "Học",
        "Thi",
        "Tin",
        "Ảnh",
        "Clip",
        "Video",
        "Người",
        "Dân",
        "Bé",
        "Mẹ",
        "Bố",
        "Vợ",
        "Chồng",
        "Sao",
        "Hot",
        "Top",
        "Xe",
        "Máy",
        "Hàng",
        "Sản",
        "Phó",
        "Tổng",
        "Chủ",
        "Thủ",
        "Bí",
        "Cựu",
        "Nguyên",
        "Dịp",
        "Xứ",  # "Xứ Nghệ": a region's old name
        "Vu",  # "Vu Lan": a feast
        # title-cased common words that open weather and accident headlines
        "Nắng",
        "Mưa",
        "Cháy",
        "Tai",
        "Kết",
        "Lịch",
        "Trẻ",
        "Cảnh",
        "Điện",
        "Thép",
        "Đất",
        "Thứ",  # "Thứ Hai": a weekday
        # honorifics, read with their name by the cue rules ("Bà Nà" is a mountain)
        "Ông",
        "Bà",
        "Cụ",
        "Bác",
        "Chú",
        "Cô",
        "Chị",
        "Em",
        "Cháu",
    ]
)
# Before a second capitalised syllable a season is a given name: "Xuân Son", "Thu Hà", "Hạ Vi".
_NOT_OPENING_NAMES = _NOT_GIVEN_NAMES - {"Xuân", "Thu", "Hạ", "Đông"}
# A capitalised collective noun opening a unit's name ("Đoàn công tác", "Ngành Quản lý Văn hóa"), which the
# NER model may tag as a one-word person; as given names alone they are too rare to keep.
_COLLECTIVE_NOUNS = frozenset(
    [
        "Ngành",
        "Đoàn",
        "Tổ",
        "Đội",
        "Nhóm",
        "Hội",
        "Khối",
        "Cụm",
        "Lớp",
        "Ban",
        "Phòng",
        "Sở",
        "Bộ",
        "Cục",
        "Vụ",
        "Viện",
        "Trường",
        "Khoa",
        "Quỹ",
    ]
)
# Regions named like a given name and a surname: not people (nor places: regions are neither).
_REGIONS = frozenset(
    [
        "Nam Mỹ",
        "Bắc Mỹ",
        "Mỹ Latinh",
        "Nam Á",
        "Đông Á",
        "Trung Đông",
        "Tây Âu",
        "Đông Âu",
        "Bắc Âu",
        "Nam Âu",
        "Bắc Phi",
        "Tây Phi",
        "Đông Phi",
        "Tây Nguyên",
        "Châu Âu",
        "Châu Á",
        "Châu Phi",
        "Châu Mỹ",
        "Châu Úc",
        "Biển Đông",
        "Nam Bộ",
        "Bắc Bộ",
        "Trung Bộ",
        "Tây Bắc",
        "Đông Bắc",
        "Đông Nam Á",
        "Tây Á",
        "Trung Á",
        "Bắc Á",
        "Đông Nam Bộ",
        "Tây Nam Bộ",
        "Bắc Trung Bộ",
        "Nam Trung Bộ",
    ]
)
# The word before a bare given name starts lower-case (or is a number), or a comma ends it: "Diệu Nhi" is
# not "Nhi" after "Diệu", but in "nhà chị Hương, Trung có ..." Trung is a name.
_AFTER_LOWER_RE = re.compile(rf"(?:(?:^|[^\w])(?:[{LOWER}]|\d)\w*[ ,;]*|\w[,;])[ ]$")
_NAMED_THING_RE = re.compile(
    r"(?<![\w])(?:sông|suối|hồ|núi|đèo|cầu|chùa|đền|đình|chợ|đảo|phố|đường|phà|lễ hội|họ|bưởi|cam|nhãn|vải|xoài|mận|giống)[ ]$",
    re.IGNORECASE,
)
_LOOSE_NAME_RE = re.compile(rf"(?<![\w])({SYL})(?:[ ]({SYL}))?")


# a number that ends its phrase labels the word before it ("Khoản 2,", "Quý I"); "Lan 2 lần đạt ..." counts
_NUMBERED_RE = re.compile(r"[ ](?:\d+[A-Z]?(?=[,.;:)]|$)|[IVX]+(?![\w]))")
_ROMAN_RE = re.compile(r"[IVX]+")


def tagged_people(
    text: str, claimed: list[tuple[int, int]], named: Sequence[tuple[int, int]] = ()
) -> list[PersonSpan]:
    """Bare given names the rules cannot see ("Nga và My khai nhận ..."), from underthesea's NER.

    Only sentences holding a capitalised word that no rule claimed are tagged, so most sentences never
    reach the CRF models. A B-PER span is kept when it is one or two Vietnamese-shaped syllables tagged as a
    proper noun, is no place name, and follows a lower-case word in its sentence. Capitalised sentence and
    heading openings are where the NER model errs most, so a name opening one must be two syllables and
    be followed by a verb or by another name ("Tuấn Hải và Văn Toàn cùng ghi bàn", "Mỹ Anh, Hoàng Dũng
    góp giọng"): the way headlines name footballers and singers.
    """
    out: list[PersonSpan] = []
    taken = Spans(claimed)
    people = frozenset(named)
    for s_start, s_end in nlp.sentences(text):
        headline = _headline_names(text, s_start, s_end, taken, people)
        out.extend(headline)
        # a small set of its own: folding the headline names into `taken` would rebuild it per sentence
        said = Spans((p.start, p.end) for p in headline)
        loose = [
            m.span()
            for m in _LOOSE_NAME_RE.finditer(text, s_start, s_end)
            if m.group(1) not in _NOT_GIVEN_NAMES
            and _after_lower_or_opener(text, m.start(), m.group())
            and not taken.overlaps(m.start(), m.end())
            and not said.overlaps(m.start(), m.end())
        ]
        if not loose:
            continue
        tokens = nlp.tag_with_offsets(text[s_start:s_end])
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.ner != "B-PER":
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and tokens[j].ner == "I-PER":
                j += 1
            group = tokens[i:j]
            i = j
            start, end = s_start + group[0].start, s_start + group[-1].end
            name = text[start:end]
            words = name.split(" ")
            if (
                any(t.pos != "Np" for t in group)
                or len(words) > 2
                or not _LOOSE_NAME_RE.fullmatch(name)
                or taken.overlaps(start, end)
                or said.overlaps(start, end)
                or is_place_name(name)
                or not plausible_syllables(words)
                or words[0] in _NOT_GIVEN_NAMES
                or name in ("Việt", "Tây", "Hàn")  # "Nghệ sĩ Việt", "Tây ba lô": a nation's short name
                or fold_key(name) in _NOT_HEADLINE_NAMES  # "Bộ trưởng Công Thương"
                or words[0] in _COLLECTIVE_NOUNS  # "Khoa Các khoa học ...": a faculty, not a person
                or name in _REGIONS  # "châu Âu và Nam Mỹ"
                or lunar_year(name)
                or _NAMED_THING_RE.search(text, max(0, start - 12), start)  # "sông Hương", "núi Bà"
                or (len(words) == 1 and _common_word_here(text, start, end))
                or ROLE_HEAD_RE.match(text, start)  # "Trưởng Ban Tổ chức": a role
                or (len(words) == 1 and _NUMBERED_RE.match(text, end))  # "Khoản 2", "Quý I": a numbered part
                or text[max(0, start - 2) : start]
                == "; "  # "trò chơi dân gian; Gói bánh Tét": a list's next item
            ):
                continue
            if not _after_lower_or_opener(text, start, name):
                continue
            out.append(PersonSpan(start, end, name, full=len(words) > 1 and words[0] in SURNAMES))
    return out


# A preposition opening a headline before two syllables the NER model tags as a person: "Cùng Diễm Hương
# tỏa sáng tại Miss Universe".
_OPENER_BEFORE_RE = re.compile(r"(?:^|[.!?:][ ]+)(?:Cùng|Với|Khi|Giúp|Như)[ ]$")


_WORD_BEFORE_RE = re.compile(r"(\w+)[ ]$")


def _common_word_here(text: str, start: int, end: int) -> bool:
    """Is a capitalised syllable one dictionary word with the word before it, written in lower case ("tháng
    Mười")? Then it is a common noun written with a capital. Not with the word after it: "Dũng cảm thấy"
    holds a name."""
    syllable = text[start:end].lower()
    before = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    return before is not None and nlp.is_word(f"{before.group(1).lower()} {syllable}")


def _after_lower_or_opener(text: str, start: int, name: str) -> bool:
    before = text[max(0, start - 24) : start]
    return bool(_AFTER_LOWER_RE.search(before)) or (
        name.count(" ") == 1 and bool(_OPENER_BEFORE_RE.search(before))
    )


_HEADLINE_NAME = rf"{SYL}(?:[ ]{SYL}){{1,2}}(?![ ][{UPPER}])"
_HEADLINE_START_RE = re.compile(rf"[\s\"“‘'(\[]*({_HEADLINE_NAME})")
_HEADLINE_LINK_RE = re.compile(rf"(?:,[ ]|[ ]và[ ]|[ ][-–][ ])({_HEADLINE_NAME})")  # "Hòa Hiệp - Bá Thắng"
# Capitalised pairs that name a feast, a body or the world, not a person, wherever the tagger or a headline
# reads them as one ("Trung Thu", "Bộ trưởng Công Thương").
_NOT_HEADLINE_NAMES = frozenset(
    fold_key(n)
    for n in (
        "Trung Thu",
        "Giáng Sinh",
        "Phục Sinh",
        "Quốc Khánh",
        "Thế Giới",
        "Quốc Hội",
        "Chính Phủ",
        "Nguyên Đán",
        "Công Thương",  # "Bộ trưởng Công Thương": the ministry's short name
        "Chi Hội",  # "Chi Hội hoạt động ...": a branch of an association
        "Thủy Tổ",  # "Lạc Long Quân và Âu Cơ ... là Thủy Tổ người Việt": the forebears
    )
)


# First words that open no person's name in a headline: seasons aside, every set above.
_NOT_HEADLINE_OPENERS = _NOT_OPENING_NAMES | _COLLECTIVE_NOUNS | _UNIT_HEADS | _THING_HEADS


def _headline_name_ok(text: str, start: int, end: int, taken: Spans) -> bool:
    name = text[start:end]
    words = name.split(" ")
    second = start + len(words[0]) + 1
    halves = (" ".join(words[:2]), " ".join(words[1:])) if len(words) == 3 else ()
    return not (
        taken.overlaps(start, end)
        or ROLE_HEAD_RE.match(text, start)  # "Phó Bí thư", "Tổng Bí thư": a role cut at its lower-case word
        or ROLE_HEAD_RE.match(text, second)  # "Quyền Bộ trưởng"
        or any(_names_district_or_wider(half) for half in halves)  # "Lâm Đồng Nghe tiếng gió ..."
        or words[0] in _NOT_HEADLINE_OPENERS
        or "Tết" in words  # "Dịp Tết Âm lịch"
        or _ROMAN_RE.fullmatch(words[-1]) is not None  # "Quý I có sự kiện ...": a quarter
        or words[0].lower() in LEADING_WORDS
        or name in _REGIONS
        or fold_key(name) in _NOT_HEADLINE_NAMES
        or fold_key(name) in NEWSPAPER_NAMES  # "Tuổi Trẻ đưa tin"
        or known_orgs_re().match(text, start)  # "Thể Công thắng", "Mai Linh tăng giá"
        or not plausible_syllables(words)
        or _names_district_or_wider(name)
        or lunar_year(name)
    )


_WORD_AFTER_RE = re.compile(r"[ ](\w+)")


def _headline_names(
    text: str, s_start: int, s_end: int, taken: Spans, people: frozenset[tuple[int, int]] = frozenset()
) -> list[PersonSpan]:
    """Given names or stage names opening a sentence or headline, alone or listed with "và" or a comma,
    when the words after them make them its subject: "Tuấn Hải và Văn Toàn cùng ghi bàn", "Đan Trường
    hát ...", "Mỹ Anh, Hoàng Dũng góp giọng". The first run of capitals is where the NER model errs
    most (it reads "Trường hát" as one word and tags a headline's rest poorly), so the test is the shape
    of the run: Vietnamese syllables that open no role, place, unit, thing or common noun, then a
    lower-case word. A name another rule found (`people`: "Hà Hồ - Thanh Hằng", a listed stage name) may
    stand in the list; it is not given again."""

    def ok(a: int, b: int) -> bool:
        return (a, b) in people or _headline_name_ok(text, a, b, taken)

    m = _HEADLINE_START_RE.match(text, s_start, s_end)
    if m is None or not ok(*m.span(1)):
        return []
    spans = [m.span(1)]
    while len(spans) < 4 and (link := _HEADLINE_LINK_RE.match(text, spans[-1][1], s_end)):
        if not ok(*link.span(1)):
            break
        spans.append(link.span(1))
    rest = text[spans[-1][1] : s_end]
    if not rest.startswith(" ") or not rest[1:2].islower():
        return []
    first, *_, last = text[spans[-1][0] : spans[-1][1]].split(" ")
    following = _WORD_AFTER_RE.match(rest)
    if (
        first not in SURNAMES
        and following is not None
        and nlp.is_word(f"{last.lower()} {following.group(1)}")
    ):
        return []  # "Trao Huy hiệu ...": no surname, and the run's last syllable opens a word after it
    names = [(a, b, text[a:b].split(" ")) for a, b in spans if (a, b) not in people]
    return [PersonSpan(a, b, " ".join(w), full=len(w) > 2 and w[0] in SURNAMES) for a, b, w in names]


def _names_district_or_wider(name: str) -> bool:
    """Whether `name` names a country, province or district: the units a headline opens with unprefixed
    ("Tân Yên tổ chức ..."). A commune's name is as often a person's given names ("Quang Vinh")."""
    units = gazetteer.load().by_name.get(fold_key(name), ())
    return is_place_name(name, units=False) or any(u.kind == "D" for u in units)


# Words before a compass point that make it a region, not the given name it also is: "miền Nam", "phía Bắc".
_DIRECTION_BEFORE_RE = re.compile(r"(?<![\w])(?:miền|phía|hướng|vùng|khu vực|Đông|Tây|Nam|Bắc)[ ]$")


_HONORIFIC_HERE_RE = re.compile(r"(?:Đồng chí|Anh hùng)(?![\w])")
_CAPITALISED_NEXT_RE = re.compile(rf"[ ]\w+[ ][{UPPER}]")


def _word_opens_here(text: str, start: int, end: int) -> bool:
    """Is a short form the first syllable of a role, an honorific, or a word heading a capitalised name?"""
    if ROLE_HEAD_RE.match(text, start) or _HONORIFIC_HERE_RE.match(text, start):
        return True
    following = _CAPITALISED_NEXT_RE.match(text, end)
    return following is not None and nlp.is_word(text[start : following.end() - 2].lower())


def given_name_mentions(
    text: str, people: Sequence[PersonSpan], claimed: list[tuple[int, int]]
) -> list[PersonSpan]:
    """Later mentions of a person by part of the name, with no cue. A Vietnamese name is shortened to its
    given name, inside a sentence (after a lower-case word or a comma) where a capitalised word standing
    alone is a name ("Bị cáo Triệu Văn Sình ... Tại tòa, Sình khai ..."), or to its last two syllables,
    anywhere ("Ca sĩ Tăng Duy Tân ... Duy Tân tặng"). A foreign name is shortened to its first or last
    word, anywhere ("Lula da Silva ... Lula đề nghị", "Mark Carney ... Carney nói"), also at a clause's
    end ("... kế thừa của Rockefeller."). A Vietnamese short form needs a lower-case word after it, and a
    short form two people share is left alone."""
    short: dict[tuple[str, bool], str | None] = {}
    for p in people:
        words = p.name.split(" ")
        if not p.full or len(words) < 2:
            continue
        foreign = not plausible_syllables(words)
        if not foreign and len(words) < 3:
            continue
        shorts = (words[0], words[-1]) if foreign else (words[-1], " ".join(words[-2:]))
        for word in shorts:  # "Tăng Duy Tân ... Duy Tân tặng": the last two syllables too
            if (
                len(word) > 1
                and word[0].isupper()
                and word not in _NOT_GIVEN_NAMES
                and not is_place_name(word, units=" " not in word)  # "tiếng Anh" beside Nguyễn Văn Anh
            ):
                key = (word, foreign)
                short[key] = None if short.get(key, p.name) != p.name else p.name
    if not short:
        return []
    taken = Spans([*claimed, *((p.start, p.end) for p in people)])
    words_re = "|".join(re.escape(w) for w, _ in sorted(short, key=lambda k: len(k[0]), reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{words_re})(?=[ ][{LOWER}]|[.,;:!?)](?:\s|$)|$)", text):
        start, end = m.span()
        if taken.overlaps(start, end) or _NAMED_THING_RE.search(text, max(0, start - 12), start):
            continue
        if _DIRECTION_BEFORE_RE.search(text, max(0, start - 12), start):
            continue  # "các tỉnh miền Nam" beside Nguyễn Văn Nam
        if re.search(rf"[{UPPER}]\w*[ ]$", text[max(0, start - 20) : start]):
            continue  # the last word of a longer run of capitals
        if _word_opens_here(text, start, end):
            continue  # "Bí thư Tỉnh ủy", "Đồng chí:", "Quốc tế Cộng sản" beside Nguyễn Văn Bí, Đồng, Quốc
        foreign_name = short.get((m.group(), True))
        if foreign_name is None and text[end : end + 1] != " ":
            continue  # a Vietnamese short form needs a lower-case word after it; a foreign one may end the clause
        if foreign_name is not None:
            out.append(PersonSpan(start, end, m.group(), full=False, canonical=foreign_name))
        elif (m.group(), False) in short and (
            " " in m.group() or _AFTER_LOWER_RE.search(text[max(0, start - 24) : start])
        ):
            out.append(PersonSpan(start, end, m.group(), full=False))  # two syllables may open a sentence
    return out
