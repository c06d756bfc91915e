"""People: a Vietnamese name after an honorific, rank or role, with the roles given beside it.

News writes "Ông Nguyễn Công Thương - Trưởng Công an xã cho biết", "Trung tá Lê Văn Bàng, Phó Đội trưởng ...",
"Phó Chủ tịch UBND tỉnh Phan Trọng Tấn" and later "ông Thương". So a person is a run of capitalised syllables
that starts with a surname (2-4 syllables), or any short run right after an honorific; the cue in front is
the title, a role phrase after a dash or comma (or just before the name) gives the roles, and the
organisation a role names ("Công an xã" in "Trưởng Công an xã") is the person's organisation. Short later
mentions ("ông Thương") join the person whose full name ends the same way.

This module holds the cue and surname rules, stage names, lists of names, and `find_person_spans`,
which runs every reader and keeps the spans that overlap nothing taken. What a name looks like is in
`person_names`, where roles are written in `roles`, the foreign-name readers in `foreign_names` and the
photographers credited in `credits` (who are left out, as a byline's writer is).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence

from extractors import nlp
from extractors.credits import credit_spans
from extractors.datafiles import entries
from extractors.facts import Mention, Person
from extractors.foreign_names import (
    LATIN_LOW,
    LATIN_UP,
    cued,
    evidenced_single_spans,
    foreign_cue,
    foreign_given_names,
    foreign_spans,
    joined_foreign_spans,
    single_foreign_spans,
)
from extractors.gazetteer import country_lead
from extractors.intervals import DisjointSpans, Spans
from extractors.normalize import fold_key
from extractors.organisations import known_orgs_re
from extractors.person_names import (
    COMMON_SURNAMES,
    HIGHLAND_SURNAMES,
    MIDDLES,
    NAMED_AFTER_RE,
    NOT_PERSON_BEFORE,
    SURNAMES,
    WEAK_SURNAMES,
    PersonSpan,
    blocked_before,
    plausible_syllables,
)
from extractors.places import LEADING_WORDS, LOWER, RUN, SYL, UPPER, _sentence_initial, is_place_name
from extractors.roles import PLAYER_CUES, ROLE_CUES, ROLE_HEAD_RE, TITLES_AS_ROLES, role_before, roles_after

__all__ = [
    "find_person_spans",
    "merge_people",
    "name_after_country",
    "names_no_one",
    "religious_term",
]


_HONORIFICS = r"(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Bác|Cụ|(?<![Ôô]ng )[Gg]ià(?! làng)|Đồng chí|Đ/c|(?<![Cc]on )[Cc]háu|Nàng|Thầy|(?<![Đđ]ền thờ )[Vv]ua(?= [A-ZĐ]\w* [A-ZĐ])|(?<!mang )(?<!có )[Bb]ầu(?= (?!Quốc|Chủ|Hội|Ban|Thủ|Phó|Tổng|Bí|Ngày|Tháng|Năm|Sáng|Chiều|Tối|Đêm)))"
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
_ACADEMIC = (
    r"(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|BS\.CK[12I]{1,2}|KS|CN|NSND|NSƯT|NGND|NGƯT|TTND|TTƯT)(?:\.(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}))*\.?"
    r"|Giáo sư|Phó Giáo sư|Tiến s[ĩỹ] [Kk]hoa học|TSKH|Tiến s[ĩỹ]|Thạc s[ĩỹ]|Bác s[ĩỹ]|Dược s[ĩỹ]|Luật sư|Kỹ sư"
    r"|Nhà báo|Nhà văn|Nhà thơ|Già làng|Nghệ nhân(?: Ưu tú| Nhân dân)?"
    r"|Nghệ s[ĩỹ](?: Ưu tú| Nhân dân)?|Họa s[ĩỹ]|Nhạc s[ĩỹ]|Đại đức|Thượng tọa|Hòa thượng|Linh mục|Mục sư|Giám mục"
    r"|Shark|TikToker|YouTuber|Streamer|"
    + "|".join(cue[0].upper() + cue[1:] for cue in PLAYER_CUES)
    + "|"
    + "|".join(TITLES_AS_ROLES)
    + ")"
)


def _ci_first(alternation: str) -> str:
    """Let each alternative start with either case: 'Ông' also matches 'ông'."""
    return re.sub(r"(?<=[(|:])([A-ZĐÔƯ])", lambda m: f"[{m.group(1)}{m.group(1).lower()}]", alternation)


_CUE_RE = re.compile(
    # "đồng chí Thiếu tướng Nguyễn Hữu Cầu": the rank is the title
    rf"(?<![\w.])(?:(?:[Đđ]ồng chí|[Đđ]/c)[ ](?={_ci_first(_RANKS)}[ ]))?"
    rf"(?P<cue>{_ci_first(_RANKS)}|{_ci_first(_HONORIFICS)}|{_ci_first(_ACADEMIC)})"
    rf"(?:,?[ ](?P<cue2>{_ACADEMIC}))?(?:[ ]|(?P<colon>:[ ]))(?P<name>{RUN})"
)
_RUN_RE = re.compile(rf"(?<![\w]){RUN}")
# A middle name typed in lower case between a surname and a given name: "Giáo sư Nguyễn thanh Liêm"
_LOWER_MIDDLE_RE = re.compile(rf"[ ]([{LOWER}]+)[ ]([{UPPER}][{LOWER}]*(?:[ ][{UPPER}][{LOWER}]*)?)(?![\w])")
_RANK_OR_BODY_AT_RE = re.compile(rf"{_ci_first(_RANKS)}(?![\w])|Thường (?:trực|vụ)(?![\w])")
# The union's centre before a name: "Bí thư Trung ương Đoàn Nguyễn Phi Long" (not Mr Đoàn Nguyễn Phi Long)
_CENTRE_BEFORE_RE = re.compile(r"(?:Trung ương|T\.Ư|TƯ|TW|Tỉnh|Huyện|Thành)[ ]$")
# First words of a unit or group name, which a cue word before them does not make a person ("anh Đội ...").
_UNIT_WORDS = frozenset(
    ["Tổ", "Quỹ", "Đội", "Nhóm", "Ban", "Hội", "Sở", "Phòng", "Cục", "Viện", "Đảng", "Báo", "Đài"]
)
_BLOCKED = frozenset(
    fold_key(n)
    for n in (
        "Rịa",
        "Nà",
        "Đen",
        "Chiểu",
        "Tô",
        "Ích Khiêm",
        "Triệu",
        "Lãnh",
        "Điểm",
        "Trời",
        "Địa",
        "Hùng Vương",
    )
)
_ALIASES = {fold_key("Bác Hồ"): "Hồ Chí Minh", fold_key("Bác Tôn"): "Tôn Đức Thắng"}


# Words before a capitalised pair that make it a plant's, a doctrine's or a thing's name: "cây Đinh Lăng",
# "hoa Đỗ Quyên", "chủ nghĩa Mác - Lê Nin".
_THING_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:cây|hoa|quả|trái|lá|rau|cỏ|con|giống|thuốc|vị|nghĩa|chè|trà|rượu|bánh|món|bưởi|cam|nhãn"
    r"|vải|xoài|mận|lúa|gạo)|[-–])[ ]$",
    re.IGNORECASE,
)


def _two_syllable_name(text: str, start: int, words: Sequence[str]) -> bool:
    """A cue-less name of two syllables: a common surname and a given name, no unit's name ("Phạm Tuân",
    not "Phan Thiết" or "Nguyễn Văn" cut short), and no plant or doctrine ("cây Đinh Lăng", "Mác - Lê Nin")."""
    return (
        len(words) == 2
        and words[0] in COMMON_SURNAMES
        and words[1] not in MIDDLES
        and plausible_syllables(words)
        and not is_place_name(" ".join(words))
        and not _THING_BEFORE_RE.search(text, max(0, start - 10), start)
    )


def _plausible(words: Sequence[str]) -> bool:
    """A cue-less name must be made of Vietnamese syllables, and a weak surname needs a known middle name."""
    return plausible_syllables(words) and not (words[0] in WEAK_SURNAMES and words[1] not in MIDDLES)


def _clean_title(cue: str) -> str:
    cue = cue.rstrip(".")
    return cue[0].upper() + cue[1:]


_STREET_LIST_RE = re.compile(
    rf"(?i:đường(?! dây)|phố|tuyến|ngả)(?:(?![ ](?:do|bởi|của|với)[ ])[^.;:!?]){{0,40}}?(?:như|gồm|là)?[ ]?:?[ ]"
    rf"(?:{RUN}(?:,[ ]|[ ]và[ ]))*$"
)


def _in_street_list(text: str, start: int) -> bool:
    """Whether a name is an item in a list of streets: "các tuyến đường lớn như Nguyễn Huệ, Trần Phú, ..." (not
    "đường dây do Ngô Phi Long cầm đầu": a ring, and "do" says who leads it)."""
    return bool(_STREET_LIST_RE.search(text[max(0, start - 200) : start]))


def _role_names_before(text: str, start: int) -> bool:
    """Whether the lower-case word that would make a name a street's or a school's ends a role's body
    instead: "Thứ trưởng Bộ Nông nghiệp và Môi trường Cao Đình Vượng" ("BV Bạch Mai" stays a hospital)."""
    before = text[max(0, start - 20) : start].split()
    return (
        bool(before)
        and before[-1].islower()
        and before[-1] not in ("họ", "tộc")  # "Chủ tịch Hội nàng dâu tộc Trần Văn": the clan's society
        and role_before(text, start)[0] is not None
    )


# A name whose last two syllables repeat, as Chinese stage names do: "Can Lộ Lộ", "Vương Phi Phi".
def _reduplicated(words: Sequence[str]) -> bool:
    return len(words) == 3 and words[1] == words[2] and plausible_syllables(words)


# Ê Đê names, "H'" for a woman and "Y'" for a man before the given name: "H'Hen Niê", "Y'Moan Niê" (not
# French elisions: "L'Oréal"); the K'Ho's, Mnông's and Stiêng's "K'", "N'", "R'" syllables after a surname
# or alone with one more word ("Điểu N’Thét", "Rơ Châm H’Lan", "K’Siêng Ha").
_APOSTROPHE_SYLLABLE = rf"[HYKNR]['’][{UPPER}{LOWER}][{LOWER}]+"
_HIGHLANDS_PLACE_BEFORE_RE = re.compile(r"(?i:bon|buôn|plei|(?<!già )làng|thôn|xã|suối|đắk|đăk|đắc|ia)[ ]$")
_HONORIFIC_BEFORE_RE = re.compile(
    r"(?<![\w])(ông|bà|anh|chị|em|cô|chú|bác|cụ|già|đồng chí)[ ]$", re.IGNORECASE
)
_HIGHLANDS_NAME_RE = re.compile(
    rf"(?<![\w'’])(?:{_APOSTROPHE_SYLLABLE}(?:[ ][{UPPER}][{LOWER}]*){{1,2}}"
    rf"|(?:{'|'.join(HIGHLAND_SURNAMES)})(?:[ ][{UPPER}][{LOWER}]*){{0,2}}[ ]{_APOSTROPHE_SYLLABLE})(?![\w'’])"
)
# An Ê Đê man's name opens with "Y" ("Y Vinh Tơr", "Y Sưn Hđruế"), a Ba Na's or a Xơ Đăng's with "A" ("già
# làng A Blong", "già A Im"); read only after a role, an honorific or "già làng", as "Y" opens other words
# ("Y tế", "Đại học Y Dược", "xã Y Tý")
_EDE_NAME_RE = re.compile(rf"(?<![\w'’])[YA](?:[ ][{UPPER}][{LOWER}]*){{1,4}}(?![\w'’])")
# ... not "Khoa Y Dược", "Sở Y Tế", "Đại học Y Hà Nội", "Bệnh viện Y Học Cổ Truyền": a medical body's name
_MEDICAL_BODY_BEFORE_RE = re.compile(
    r"(?<![\w])(?:Khoa|Sở|học|viện|Viện|Trường|Ngành|ngành|Phòng|Bộ|Cục|Vụ)[ ]$"
)
_ELDER_BEFORE_RE = re.compile(r"(?<![\w])già làng[ ]$", re.IGNORECASE)
_CAPITALISED_BEFORE_RE = re.compile(rf"(?<![\w])([{UPPER}][{LOWER}]*)[ ]$")
# A foreign given name before Vietnamese syllables: a stage name ("Angela Phương Trinh", "Isaac Thanh").
_STAGE_NAME_RE = re.compile(
    rf"(?<![\w])(?P<given>[{LATIN_UP}][{LATIN_LOW}]+)[ ](?P<rest>{SYL}(?:[ ]{SYL})?)(?![ ][{UPPER}])"
)


_PATRON_NAME_RE = re.compile(r"Đoàn[ ](?!Chủ|Thư)[A-ZĐ]")  # "bầu Đoàn Nguyên Đức": the patron
# Bodies a congress elects ("bầu Đoàn chủ tịch"), after which "bầu" is the verb, not a patron's title.
_ELECTED_BODIES = frozenset(["Đoàn", "Ủy", "Uỷ", "Ban", "Bí", "Chủ", "Phó", "Thường", "Hội", "Đại", "Người"])


def _stage_and_highland_spans(text: str) -> list[PersonSpan]:
    """Names no surname list knows: Ê Đê names and foreign-and-Vietnamese stage names, with a pageant
    title or stage occupation written before them as their role."""
    out = []
    for m in _HIGHLANDS_NAME_RE.finditer(text):
        if _HIGHLANDS_PLACE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "bon N’Drung Ja", "xã Đăk N’Drung": a village's or a stream's name
        cue = foreign_cue(text, m.start())  # "Ông Điểu N’Thét": the honorific before it is the title
        if cue is not None and cue.lower() not in ("của", "cựu"):
            out.append(cued(m.start(), m.end(), m.group(), cue))
            continue
        span = PersonSpan(m.start(), m.end(), m.group(), True)
        if honorific := _HONORIFIC_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
            span.title = _clean_title(honorific.group(1))  # "anh Điểu N’Thét"
        out.append(span)
    for m in _EDE_NAME_RE.finditer(text):
        second = m.group().split(" ")[1].lower()
        if _MEDICAL_BODY_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) or nlp.is_word(
            f"{m.group()[0].lower()} {second}"
        ):
            continue
        before = _CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        if before is not None and before.group(1) in SURNAMES:
            continue  # "Bí thư Tỉnh ủy Hầu A Lềnh": a Mông name's "A" after its surname, read whole elsewhere
        role, org = role_before(text, m.start())
        honorific = _HONORIFIC_BEFORE_RE.search(text, max(0, m.start() - 10), m.start())
        elder = _ELDER_BEFORE_RE.search(text, max(0, m.start() - 10), m.start())
        if role is None and honorific is None and elder is None:
            continue
        span = PersonSpan(
            m.start(), m.end(), m.group(), True, _clean_title(honorific.group(1)) if honorific else None
        )
        if role is not None:
            span.roles, span.role_spans = [role], [org]
        elif elder is not None:
            span.roles, span.role_spans = [elder.group().strip()], [(-1, -1)]
        out.append(span)
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
        and not blocked_before(text, m.start())
        and not NAMED_AFTER_RE.search(text, max(0, m.start() - 12), m.start())
    ]


# "làm theo lời Bác", "cây đa Bác trồng": inside a sentence the capital of respect names Hồ Chí Minh, as the
# provincial labels read it (37 of the 40 such mentions they hold). Not "Bác sĩ", not "Bác" before a name (an
# honorific: "Bác Ba", or the alias "Bác Hồ"), not in a place's name ("xã Đức Bác"), and not opening a
# sentence, where any elder is "Bác".
_UNCLE_HO_RE = re.compile(rf"(?<![\w])Bác(?![\w])(?![ ](?:sĩ(?![\w])|[{UPPER}]))")


def _uncle_ho_spans(text: str) -> list[PersonSpan]:
    """Where the text names him ("Chủ tịch Hồ Chí Minh", "Bác Hồ"), or in the phrases that speak of him ("làm
    theo lời Bác", "gương Bác", "sinh nhật Bác"); an elder of a local story is "Bác" too ("Dù tuổi cao, Bác
    vẫn ...", "chúc Bác sống lâu", "Bác của anh")."""
    found = list(_UNCLE_HO_RE.finditer(text))
    if not found:
        return []
    named = _HO_CHI_MINH_RE.search(text) is not None
    return [
        PersonSpan(m.start(), m.end(), m.group(), True, None, canonical=_ALIASES[fold_key("Bác Hồ")])
        for m in found
        if not _capital_before(text, m.start())
        and not _sentence_initial(text, m.start())
        and not _KIN_AFTER_RE.match(text, m.end())
        and not _GREETING_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
        and (named or _UNCLE_HO_PHRASE_RE.search(text, max(0, m.start() - 12), m.start()) is not None)
    ]


_HO_CHI_MINH_RE = re.compile(r"Hồ Chí Minh|Bác Hồ|HỒ CHÍ MINH")
_UNCLE_HO_PHRASE_RE = re.compile(
    r"(?<![\w])(?:theo|lời|gương|học|tập|nhật|ơn|đón|từ|của|với|dâng|viếng|thăm)[ ]$", re.IGNORECASE
)
_KIN_AFTER_RE = re.compile(r"[ ](?:của|ruột|ấy|cả)(?![\w])")  # "Bác của anh", "Bác ruột": an uncle
_GREETING_BEFORE_RE = re.compile(r"(?<![\w])(?:chào|chúc|thưa|mời)[ ]$", re.IGNORECASE)


def _capital_before(text: str, start: int) -> bool:
    """Whether a capitalised word right before `start` makes it part of a longer name: not a Vietnamese
    word capitalised only because it opens the headline ("Tóc Rooney mọc nhanh"), unless a surname."""
    m = re.search(rf"([{UPPER}][{LOWER}]+)[ ]$", text[max(0, start - 20) : start])
    if m is None:
        return False
    word = m.group(1)
    opening = _sentence_initial(text, start - len(m.group()))
    return not opening or word in SURNAMES or not plausible_syllables([word])


# Cues this pass reads only Vietnamese names after (the foreign-name rules read the others).
_VIETNAMESE_NAME_CUES = frozenset(["shark", *PLAYER_CUES])
_CONTEST_BEFORE_RE = re.compile(r"(?<![\w])(?:[Cc]uộc thi|[Gg]iải|[Hh]ội thi)[ ]$")


def _role_cue_before(text: str, start: int) -> str | None:
    """A pageant title or stage occupation written right before a name found by another rule."""
    before = text[max(0, start - 12) : start]
    for title in TITLES_AS_ROLES:
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
    cue = foreign_cue(text, start)
    if cue is None:
        role, org = role_before(text, offset)  # "Bộ trưởng Quốc phòng Trung Quốc Đổng Quân"
        if role is None or offset == 0:
            return None
        span = PersonSpan(start, end, name, True)
        span.roles, span.role_spans = [f"{role} {' '.join(words[:lead])}"], [org]
        return span
    if cue.lower() in ("của", "cựu"):
        return None
    if not text[max(0, offset - 80) : offset].rstrip().lower().endswith(cue.lower()):
        return None  # "Anh Khổng Minh Tuấn": the cue is the run's own first word, no country at all
    return cued(start, end, name, cue)


# Surnames a Vietnamese name written given name first ends with ("Thuận Nguyễn", "Trinh Phạm", "Trang Hồ"), as
# entertainment and business news writes stage and working names; not "Vũ", "Dương", "Hoàng" or "Lý",
# which end as many names in Vietnamese order ("Tuấn Vũ", "Ánh Dương", "Huy Hoàng").
_WESTERN_ORDER_SURNAMES = (COMMON_SURNAMES - {"Vũ"}) | {"Hồ", "Trương"}
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
    | COMMON_SURNAMES
    | _WESTERN_ORDER_SURNAMES
)  # and no surname opens one: "Trần Nguyễn"


# Before a capitalised cue word, a noun that makes it part of a name or a country: "đỉnh Ông Rồng",
# "núi Bà Đen", "báo Anh Guardian", "tờ Anh Daily Mail".
_THING_BEFORE_CUE_RE = re.compile(
    r"(?<![\w])(?:đỉnh|núi|hòn|mũi|đèo|động|hang|thác|gò|miếu|đền|chùa|báo|tờ|đài)[ ]$", re.IGNORECASE
)
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
    spans: list[PersonSpan] = []
    # a photographer credited under a picture made the page and is not in the news, as a byline's writer
    fixed = Spans([*blocked, *((c.start, c.end) for c in credit_spans(text))])
    taken = DisjointSpans()  # a span joins only when it overlaps none already taken

    def overlaps(s: int, e: int) -> bool:
        return fixed.overlaps(s, e) or taken.overlaps(s, e)

    def keep(span: PersonSpan) -> None:
        """Add `span` unless it overlaps a blocked span or one already kept."""
        if not overlaps(span.start, span.end):
            spans.append(span)
            taken.add(span.start, span.end)

    for span in (
        *foreign_spans(text),
        *single_foreign_spans(text),
        *_stage_and_highland_spans(text),
    ):
        if not span.roles:  # "Ông John Smith, Giám đốc Công ty ABC", "Ông Rah Lan Chung, Phó Bí thư Tỉnh ủy"
            span.roles, span.role_spans = roles_after(text, span.end)
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
        whole = full_by_word.get(span.name)
        if whole is not None:
            span.full, span.canonical = False, whole  # "Donald Trump ... Trump nói": one man
        keep(span)
    for span in evidenced_single_spans(text, spans):
        keep(span)
    for span in joined_foreign_spans(text, spans):
        keep(span)

    for m in _CUE_RE.finditer(text):
        words = m.group("name").split(" ")
        start = m.start("name")
        cue = m.group("cue")
        low = (
            _LOWER_MIDDLE_RE.match(text, m.end("name")) if len(words) == 1 and words[0] in SURNAMES else None
        )
        if low is not None and low.group(1).capitalize() in MIDDLES:
            words = [words[0], low.group(1), *low.group(2).split(" ")]  # "Giáo sư Trần ngọc Ninh"
        if m.group("colon") and (len(words) < 2 or words[0] not in SURNAMES or m.group("cue2")):
            continue  # "1. Ông: Mai Trung Thuận – Trưởng ban" lists a full name; "Bà: Tôi nghĩ ..." is a speaker
        prev = re.search(rf"(?<![\w])[{UPPER}][{LOWER}]*[ ]$", text[max(0, m.start() - 12) : m.start()])
        if prev and (
            not _sentence_initial(text, m.start() - len(prev.group()))
            or (cue[0].isupper() and prev.group().strip() in SURNAMES)
        ):
            continue  # "cầu Giồng Ông Tố", "Hai Bà Trưng", "Nguyễn Anh Tuấn": the cue word is inside a name
        if cue[0].isupper() and (
            _THING_BEFORE_CUE_RE.search(text, max(0, m.start() - 9), m.start())
            or (
                text[max(0, m.start() - 2) : m.start()]
                == ", "  # in a list of places: "Thanh Chương, Anh Sơn, ..."
                and len(cue) < 4
                and is_place_name(f"{cue} {words[0]}", cities=False)
            )
        ):
            continue  # "đỉnh Ông Rồng", "báo Anh Guardian", "huyện ... Anh Sơn": a peak, a paper's country, a unit
        if _given_country_of_man(text, m.start(), cue, words):
            continue  # "người đàn ông Mỹ": a man from that country ("đàn ông", "đàn bà" are nouns)
        alias = _ALIASES.get(fold_key(f"{cue} {words[0]}")) if len(words) == 1 or words[0] == "Hồ" else None
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
        if cue.lower() == "bầu" and words[0] in _ELECTED_BODIES and not _PATRON_NAME_RE.match(text, start):
            continue  # "bầu Đoàn chủ tịch", "bầu Ủy ban Kiểm tra": the verb "elect", not the patron
        if (
            words[0] in _UNIT_WORDS
            or ROLE_HEAD_RE.match(text, start)
            or _RANK_OR_BODY_AT_RE.match(text, start)
        ):
            continue  # "anh Đội trưởng Nguyễn Văn Nam", "chị Tổ phó", "đồng chí Thiếu tướng ...", "các đồng chí
            # Thường trực HĐND": a unit, a role, a rank or a standing committee, the name comes later if at all
        full = words[0] in SURNAMES and len(words) >= 2
        if not full and len(words) == 3 and cue.lower() in _HONORIFIC_WORDS and plausible_syllables(words):
            if is_place_name(" ".join(words[1:])):
                words = words[:1]  # "ông Hùng Thanh Hóa": a given name, then his province
            elif not is_place_name(words[2]):
                full = True  # "ông Tất Thành Cang": three syllables after a title are a full name
        words = words[:4] if full else words[:2]
        if len(words) > 2 and ROLE_HEAD_RE.match(text, start + len(" ".join(words[:-1])) + 1):
            words = words[:-1]  # "Chị Nguyễn Thị Hiệp Giám đốc HTX": the role with no comma before it
        name = " ".join(words)
        end = start + len(name)
        if fold_key(name) in _BLOCKED or overlaps(start, end):
            continue
        if text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
            continue  # "già làng Amah-rin": a hyphenated name, cut by the run of capitalised words
        if known_orgs_re().fullmatch(name) or known_orgs_re().match(text, start):
            continue  # "bác sĩ Google", "Cầu thủ Công An Hà Nội": a firm or a club, whatever the cue
        if not full and cue.lower() in _VIETNAMESE_NAME_CUES and not plausible_syllables(words):
            continue  # "Shark Tank": a show; foreign names after these cues are read by the foreign rules
        written = cue.rstrip(".")
        if m.group("cue2") and _clean_title(cue)[0].islower():
            written = m.group("cue2").rstrip(".")
        title = _clean_title(written)
        pageant = title in TITLES_AS_ROLES
        if pageant and (len(words) < 2 or _CONTEST_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "Cuộc thi Hoa hậu Thế giới", "Cuộc thi Người mẫu Châu Á": the contest, not a winner
        as_role = written.lower() in ROLE_CUES
        span = PersonSpan(start, end, name, full, None if as_role else title)
        span.roles, span.role_spans = roles_after(text, end)
        if as_role:
            span.roles, span.role_spans = [written, *span.roles], [(-1, -1), *span.role_spans]
        if not span.roles:
            role, org = role_before(text, m.start())
            if role:
                span.roles, span.role_spans = [role], [org]
        keep(span)
    for m in _RUN_RE.finditer(text):
        words = m.group().split(" ")
        offset = m.start()
        if len(words) > 1 and words[-1] != "Thư" and ROLE_HEAD_RE.match(text, m.end() - len(words[-1])):
            words = words[:-1]  # "Bầu Đoàn Chủ tịch": the run's last word opens a role, not a name
        after_country = name_after_country(text, offset, words)
        if after_country is not None:
            keep(after_country)
            continue
        if words[0].lower() in NOT_PERSON_BEFORE and words[0] not in SURNAMES:
            continue  # "Đường Nguyễn Tất Thành", "Trường Lê Quý Đôn": named after a person
        if re.search(r"\d[ ]$", text[max(0, offset - 2) : offset]) and role_before(text, offset)[0] is None:
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
            if (
                2 <= n - 1 <= 3
                and words[i + 1] in SURNAMES
                and words[i + 1] not in WEAK_SURNAMES
                and any(is_place_name(" ".join(words[k : i + 1])) for k in range(i))
            ):
                offset += len(word) + 1
                continue  # "Quận ủy Hoàng Mai Nguyễn Xuân Phong": a district's name ends, then the man's
            name = " ".join(words[i:])
            start, end = offset, offset + len(name)
            if overlaps(start, end):
                if fixed.overlaps(start, start + len(word)) and not taken.overlaps(start, end):
                    offset += len(word) + 1
                    continue  # "thành phố Bắc Giang Nguyễn Tiến Dũng": "Giang" ends a place, the name follows
                break
            if i == 0 and blocked_before(text, start) and not _role_names_before(text, start):
                break  # "đường Lê Lợi"; but "Thứ trưởng Bộ ... và Môi trường Cao Đình Vượng" is the minister
            if word in ("Thân", "Đồng") and words[i + 1] in ("Hữu", "Hương"):
                break  # "Hội Thân Hữu Bình Thuận", "Hội Đồng Hương ...": friends' and compatriots' societies
            if word == "Thích" and is_place_name(" ".join(words[i + 1 :]), units=False):
                break  # "Thích Đà Lạt vì khí hậu mát mẻ": the verb "like", then a place
            if word == "Đoàn" and is_place_name(" ".join(words[i + 1 :]), units=False):
                break  # "Đoàn Bắc Giang giành 21 huy chương": a province's team, not Mr Đoàn
            if (
                word == "Đoàn"
                and n > 2
                and words[i + 1] in SURNAMES
                and _CENTRE_BEFORE_RE.search(text, max(0, start - 12), start)
            ):
                offset += len(word) + 1
                continue  # "Bí thư Trung ương Đoàn Nguyễn Phi Long": the Youth Union, then the name
            if name not in _ALIASES.values() and is_place_name(name, units=False, cities=False):
                break  # "thắng Thái Lan": a country or province whose first word is a surname ("Hồ Chí Minh" both)
            role, org = role_before(text, start)
            if n < 3 and role is None and not _two_syllable_name(text, start, words[i:]):
                break
            if role is None and not _plausible(words[i:]):
                break
            if role is None and _in_street_list(text, start):
                break
            span = PersonSpan(start, end, name, True)
            span.roles, span.role_spans = roles_after(text, end)
            if not span.roles and role:
                span.roles, span.role_spans = [role], [org]
            keep(span)
            break
    for span in vietnamese_one_names:
        keep(span)
    for span in _uncle_ho_spans(text):
        keep(span)
    for span in _western_order_spans(text):
        keep(span)
    for span in sorted(spans, key=lambda s: s.start):
        for item in _listed_after(text, span):
            if overlaps(item.start, item.end):
                break
            keep(item)
    spans = [s for s in spans if not _MEMORIAL_BEFORE_RE.search(text, max(0, s.start - 40), s.start)]
    _end_roles_at_names(text, spans)
    spans = [_after_honorific(s) for s in spans]
    spans = [_with_saint_name(text, s) for s in spans]
    spans.sort(key=lambda s: s.start)
    return spans


def _end_roles_at_names(text: str, spans: list[PersonSpan]) -> None:
    """A role read after one name that runs on into the next person's name, with no comma between, is that
    person's role ("Bộ trưởng Bộ Y tế Đào Hồng Lan, Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Đình
    Khang"): it and the roles after it leave the first name, which keeps the role written before it."""
    starts = sorted(
        s.start
        for s in spans
        if s.full
        and 3 <= s.name.count(" ") + 1 <= 4
        and s.name.split(" ")[0] not in WEAK_SURNAMES  # "HTX ... hữu cơ Đồng Phú": a name's word, not Mr Đồng
        and s.name != "Hồ Chí Minh"  # "Học viện Chính trị Quốc gia Hồ Chí Minh": named after him
    )
    for span in spans:
        for k, (start, end) in enumerate(span.role_spans):
            i = bisect.bisect_right(starts, start)
            if start < 0 or i == len(starts) or starts[i] > end + 1 or starts[i] <= span.start:
                continue
            del span.roles[k:], span.role_spans[k:]
            if not span.roles:
                role, org = role_before(text, span.start)
                if role:
                    span.roles, span.role_spans = [role], [org]
            break


# Words of religious life that a capitalising writer sets like names: "Chư Tôn Đức Tăng Ni", "Hội thánh Cao Đài",
# "Đức Phật", "Đại Lễ Phật Đản"; none names a person.
_RELIGIOUS_TERMS = frozenset(
    fold_key(term)
    for term in (
        "Cao Đài",
        "Cao Đài Tiên Thiên",
        "Đức Phật",
        "Tăng Ni",
        "Ni",
        "Chư Tôn Đức",
        "Tôn Đức Tăng Ni",
        "Đức Pháp",
        "Đại Lễ",
        "Tôn Giáo",
        "Tôn Giáo Bạn",
    )
)


def religious_term(name: str) -> bool:
    """Is `name` a word of religious life written like a name, found by any rule ("Cao Đài", "Tăng Ni")?"""
    return fold_key(name) in _RELIGIOUS_TERMS


# A Catholic's saint's name stands before the Vietnamese name and is part of it: "cha Antôn Hà Văn Minh",
# "Đức cha Giuse Nguyễn Tấn Tước", "cha Gioan Baotixita Nguyễn Văn Riễn"
_SAINT_NAMES = (
    "Giuse|Gioan|Antôn|Phêrô|Phaolô|Maria|Đaminh|Têrêsa|Anna|Martinô|Micae|Luca|Matthêu|Gioakim|Baotixita"
    "|Phanxicô|Augustinô|Anrê|Tôma|Giacôbê|Philipphê|Vinh Sơn|Inhaxiô|Rôsa|Catarina|Cêcilia|Lucia|Monica"
    "|Gabriel|Stêphanô|Laurensô|Bênađô|Lôrensô|Giuse Maria"
)
_SAINT_BEFORE_RE = re.compile(rf"(?<![\w])(?:(?:{_SAINT_NAMES})[ ]){{1,2}}$")


def _with_saint_name(text: str, span: PersonSpan) -> PersonSpan:
    saint = _SAINT_BEFORE_RE.search(text, max(0, span.start - 30), span.start) if span.full else None
    if saint is None:
        return span
    return dataclasses.replace(span, start=saint.start(), name=text[saint.start() : span.end])


# Peoples named by one word after "người đàn ông", "người đàn bà": "trong đời người đàn ông Dao".
_ONE_WORD_PEOPLES = frozenset(
    ["Dao", "Mông", "Tày", "Nùng", "Thái", "Mường", "Khmer", "Chăm", "Hoa", "Kinh", "Giáy"]
)


def _given_country_of_man(text: str, cue_start: int, cue: str, words: Sequence[str]) -> bool:
    """Whether "ông"/"bà" is the second syllable of "đàn ông", "đàn bà" (a man, a woman) before a country or
    a people."""
    return (
        cue.lower() in ("ông", "bà")
        and text[max(0, cue_start - 4) : cue_start].lower() == "đàn "
        and len(words) == 1
        and (words[0] in _COUNTRY_GIVEN_NAMES or words[0] in _ONE_WORD_PEOPLES)
    )


def _after_honorific(span: PersonSpan) -> PersonSpan:
    """A sentence glued to a place with no full stop, "ở Bình Dương Ông Thăng cho hay": "Ông" is a surname
    only as a name's first word, so inside one it opens the next person's name ("Bà" may be a middle name:
    "Lê Bà Hương")."""
    words = span.name.split(" ")
    for i, word in enumerate(words[1:-1], start=1):
        if word == "Ông":
            cut = len(" ".join(words[: i + 1])) + 1
            return PersonSpan(span.start + cut, span.end, span.name[cut:], len(words) - i - 1 > 1, word)
    return span


# A site or an honour named after a person, with the title the person is known by: "Khu Tưởng niệm Chủ tịch
# Hồ Chí Minh", "lăng Chủ tịch Hồ Chí Minh", "Bảo tàng Đại tướng Võ Nguyên Giáp", "Huân chương Hồ Chí Minh"
# (a lower-case "lễ tưởng niệm" honours the person, who is then mentioned).
_MEMORIAL_BEFORE_RE = re.compile(
    r"(?<![\w])(?:Tưởng niệm|Lưu niệm|[Ll]ăng|[Bb]ảo tàng|[Đđ]ền thờ|[Tt]ượng đài|[Nn]hà lưu niệm"
    r"|[Hh]uân chương|Giải thưởng)[ ]"  # "Huân chương Hồ Chí Minh", "Giải thưởng Hồ Chí Minh": an honour
    r"(?:(?:Chủ tịch|Đại tướng|Tổng Bí thư|Bác|Anh hùng|Liệt sĩ|Nhà thơ|Cố)[ ])?$"
)


# The next item of a list of people: "Quang Hải, Văn Hậu và Tiến Linh", "ông Nguyễn Văn An và Trần Thị Bình",
# a couple joined by a dash ("vợ chồng Trinh Phạm - Trần Thành").
_LIST_NEXT_RE = re.compile(rf"(?:,|[ ]và|[ ]cùng|[ ][-–])[ ](?P<name>{RUN})")


def names_no_one(text: str, start: int, name: str) -> bool:
    """Whether a capitalised run listed beside a person names a unit, a role, a place, a known organisation or
    a word that is never a name ("Tổ", "Trưởng ban", "Hà Nội", "Vingroup", "Rịa") rather than someone."""
    return (
        name.split(" ")[0] in _UNIT_WORDS
        or ROLE_HEAD_RE.match(text, start) is not None
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
            or not (words[0] in SURNAMES or words[0] in MIDDLES)
            or not _plausible(words)
            or words[0].lower() in NOT_PERSON_BEFORE
            or names_no_one(text, start, m.group("name"))
        ):
            break
        item = PersonSpan(start, m.end(), m.group("name"), words[0] in SURNAMES)
        item.roles, item.role_spans = roles_after(text, m.end())
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
    _join_one_word_foreigners(order, data)
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


def _join_one_word_foreigners(order: list[str], data: dict[str, dict]) -> None:
    """A foreigner the article names whole once and elsewhere by one word, first or last, is one person
    ("Mikel Oyarzabal ... Oyarzabal (Torres 62')", "Lisandro Martinez ... Lisandro"): the one-word entry joins
    the whole name's, unless two whole names share the word."""
    by_word: dict[str, str | None] = {}
    for key in order:
        words = data[key]["name"].split(" ")
        if len(words) > 1 and not plausible_syllables(words):
            for word in {words[0], words[-1]}:
                by_word[word] = key if by_word.get(word, key) == key else None
    joined = set()
    for key in order:
        name = data[key]["name"]
        target = by_word.get(name) if " " not in name and not plausible_syllables([name]) else None
        if target is None or target == key:
            continue
        entry, into = data.pop(key), data[target]
        joined.add(key)
        into["title"] = into["title"] or entry["title"]
        into["roles"] += [r for r in entry["roles"] if r not in into["roles"]]
        into["mentions"] += entry["mentions"]
    order[:] = [key for key in order if key not in joined]  # one pass, however many were joined


def _add(entry: dict, fld: str | None, span: PersonSpan) -> None:
    if entry["title"] is None and span.title:
        entry["title"] = span.title
    for role in span.roles:
        if role not in entry["roles"]:
            entry["roles"].append(role)
    entry["mentions"].append(
        Mention(span.start, span.end, span.name, fld, span.roles[0] if span.roles else None)
    )
