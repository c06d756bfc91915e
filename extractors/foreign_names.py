"""Foreign names in Vietnamese text: runs of Latin words that are not Vietnamese syllables ("Elon Musk",
"Song Hye Kyo"), read after a cue ("Tổng thống Mỹ Donald Trump", "HLV Solskjaer"), before a role
("Mario Pineida, cầu thủ của ..."), from lists of given names and surnames ("Mike Tyson"), or from a
person's evidence around one word ("Saka lập hat-trick").

Each reader returns `PersonSpan`s; `people.find_person_spans` decides which of them stand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from extractors.datafiles import entries, section
from extractors.gazetteer import country_lead, country_tail, world_cities
from extractors.intervals import Spans
from extractors.normalize import fold_key
from extractors.organisations import find_known_orgs, known_orgs_re
from extractors.person_names import NAMED_AFTER_RE, PersonSpan, blocked_before, plausible_syllables
from extractors.places import LEADING_WORDS, UPPER, is_place_name
from extractors.roles import PLAYER_CUES, ROLE_CUES, ROLE_HEAD_RE, ROLE_HEADS, role_before

__all__ = [
    "LATIN_LOW",
    "LATIN_UP",
    "cued",
    "evidenced_single_spans",
    "foreign_cue",
    "foreign_given_names",
    "foreign_spans",
    "joined_foreign_spans",
    "single_foreign_spans",
]


LATIN_UP = "A-ZÀ-ÖØ-Þ"
LATIN_LOW = "a-zß-öø-ÿ"
_FOREIGN_WORD = (
    rf"[{LATIN_UP}][{LATIN_LOW}'’]+(?:[{LATIN_UP}][{LATIN_LOW}]+)?(?:-[{LATIN_UP}{LATIN_LOW}][{LATIN_LOW}]+)*"
)
_FOREIGN_RE = re.compile(
    rf"(?<![\w.-]){_FOREIGN_WORD}(?:[ ](?:(?:de|la|del|van|von|der|den|bin|al|da|di|dos|le)[ ])*"
    rf"(?:{_FOREIGN_WORD}|[A-Z]\.(?=[ ][A-Z])))+(?![\w]|-\w)"  # "Jeff Bezos- đã": a dash glued to the name ends it
)
# Occupations in sport and the arts: before a foreign name even of one word they say a person follows.
_SPORTS_AND_ARTS_CUES = (
    *PLAYER_CUES,
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
        "lines",  # "Delta Air Lines"
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


def foreign_cue(text: str, start: int) -> str | None:
    """The cue before a foreign name, skipping a country and up to two lower-case descriptors:
    "Tổng thống Mỹ Donald Trump", "Giám đốc đầu tư Brad McMillan", "Bác sĩ phẫu thuật Lou Zhongquan"."""
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


def _brand_and_product(name: str) -> bool:
    """A known brand and what follows it ("Chevrolet Spark"), unless the rest is a listed given name or
    surname: a person whose surname is a brand ("Honda Keisuke")."""
    brand = known_orgs_re().match(name)
    if brand is None:
        return False
    rest = name[brand.end() :].split()
    return not any(w in foreign_given_names() or w in foreign_surnames() for w in rest)


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
_SINGLE_FOREIGN_RE = re.compile(rf"(?<![\w.-]){_FOREIGN_WORD}(?![\w-]|[ ][{LATIN_UP}])")


# Regions with a premier or a president of their own, which a state title may come before: "Thủ tướng
# Greenland", "Tổng thống Crimea" (self-styled).
_REGIONS_WITH_LEADERS = frozenset(
    ["Greenland", "Quebec", "Catalonia", "Crimea", "Scotland", "Wales", "Bavaria", "Kosovo", "Gaza", "Texas"]
)


def _not_single_name(name: str) -> bool:
    """Whether one capitalised Latin word can name no person on its own: a Vietnamese syllable, a word in
    the lists above, a hyphenated word, a place, a foreign city or a known organisation."""
    return bool(
        plausible_syllables([name])
        or name in _NOT_SINGLE_NAMES
        or name in _REGIONS_WITH_LEADERS
        or "-" in name
        or is_place_name(name)
        or fold_key(name) in world_cities()
        or known_orgs_re().fullmatch(name)
    )


def single_foreign_spans(text: str) -> list[PersonSpan]:
    """A foreign name of one word after a sports or arts cue: "HLV Solskjaer", "tiền đạo Neymar"."""
    out: list[PersonSpan] = []
    for m in _SINGLE_FOREIGN_RE.finditer(text):
        name = m.group()
        cue = foreign_cue(text, m.start())
        if cue is None or cue.lower() not in _SINGLE_NAME_CUES:
            continue
        # an English title is a person's whatever the name looks like ("Madam Pang", "Sir Alex")
        if _not_single_name(name) and not (cue.lower() in ("sir", "madam") and not is_place_name(name)):
            continue
        out.append(cued(m.start(), m.end(), name, cue))
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


def evidenced_single_spans(text: str, found: Sequence[PersonSpan]) -> list[PersonSpan]:
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
        if blocked_before(text, start) or _BRAND_BEFORE_RE.search(before) or NAMED_AFTER_RE.search(before):
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


def joined_foreign_spans(text: str, found: Sequence[PersonSpan]) -> list[PersonSpan]:
    """Foreign names of two or three words with no cue, joined by "và" or a comma to a foreign person
    already found: "Taylor Swift và Miley Cyrus"."""
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


def cued(start: int, end: int, name: str, cue: str) -> PersonSpan:
    """A foreign name with the cue written before it: the cue is a role, as written, when it is a role head or
    an occupation ("HLV", "chuyên gia", "tiền vệ"), else a title ("Tổng thống", "Sir")."""
    span = PersonSpan(start, end, name, True)
    if ROLE_HEAD_RE.fullmatch(cue) or cue.lower() in ROLE_CUES:
        span.roles, span.role_spans = [cue], [(-1, -1)]
    else:
        span.title = cue[0].upper() + cue[1:]
    return span


def _leading_firm(name: str) -> int:
    """Length (with its space) of a well-known firm opening a run of Latin words ("Amazon Jeff Bezos"), or 0."""
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


# A head of state or government right before a country and a one-word name
_ROLE_END_RE = re.compile(
    r"(?<![\w])(?:[Pp]hó )?(?:[Tt]ổng thống|[Tt]hủ tướng|[Cc]hủ tịch|[Nn]goại trưởng|[Tt]ổng [Bb]í thư"
    r"|[Bb]ộ trưởng(?: [A-ZĐ]\w*(?: [a-zđ]\w*){0,2})?)[ ]$"  # "Bộ trưởng Quốc phòng Mỹ Hegseth"
)


def foreign_spans(text: str) -> list[PersonSpan]:
    """Foreign names (Latin words, at least one not Vietnamese-shaped) right after a role or title."""
    out: list[PersonSpan] = []
    for m in _FOREIGN_RE.finditer(text):
        start, name = m.start(), m.group()
        if re.search(r"\w['’]s(?![\w])", name):
            continue  # "Vietnam’s Next Top Model", "Victoria's Secret": a possessive names a thing
        if _CAPITAL_NEXT_RE.match(text, m.end()):
            continue  # "FPT Telecom Hoàng Việt Anh": a Vietnamese name goes on where Latin letters stop
        k = country_lead(name.split(" "), keep=2)
        leader = _ROLE_END_RE.search(text, max(0, start - 40), start)
        if not k and leader and (k := country_lead(name.split(" "), keep=1)) == len(name.split(" ")) - 1:
            # "Tổng thống Nga Putin", "Bộ trưởng Quốc phòng Mỹ Hegseth": a leader named by one word
            one = start + len(" ".join(name.split(" ")[:k])) + 1
            if not plausible_syllables([text[one : m.end()]]):
                span = PersonSpan(one, m.end(), text[one : m.end()], True)
                span.roles, span.role_spans = [text[leader.start() : one - 1]], [(-1, -1)]
                out.append(span)
            continue
        if k:
            start += len(" ".join(name.split(" ")[:k])) + 1
            name = text[start : m.end()]  # "Australia Nannette Holliday": a country, then the name
        prev = re.search(r"(\w+)[ ]$", text[max(0, start - 20) : start])
        first = name.split(" ")[0]
        if prev and len(name.split(" ")) > 2 and is_place_name(f"{prev.group(1)} {first}", units=False):
            start += len(first) + 1
            name = text[start : m.end()]  # "Samsung Việt Nam Choi Joo Ho": "Nam" ends the country
        elif (
            len(name.split(" ")) > 2
            and country_tail([*text[max(0, start - 20) : start].split(), first], keep=0) > 1
        ):
            start += len(first) + 1
            name = text[start : m.end()]  # "Bồ Đào Nha Cristiano Ronaldo": "Nha" ends the country
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
            out.append(cued(start, m.end(), text[start : m.end()], words[0]))
            continue
        if any(w.lower() in _NOT_FOREIGN_PERSON for w in words[1:]) or is_place_name(name):
            continue
        if known_orgs_re().fullmatch(name) or (_HYPHENATED_RE.match(name) and known_orgs_re().match(name)):
            continue  # "của Real Madrid": a club, whatever the cue; "Mercedes-Benz Maybach": the firm's car
        cue = foreign_cue(text, start)
        role, org = (None, (-1, -1)) if cue else role_before(text, start)
        if cue is None and role is not None and len(words) <= 3 and text[:start].rstrip().endswith(role):
            span = PersonSpan(start, m.end(), name, True)  # "Bộ trưởng Quốc phòng Mỹ Pete Hegseth"
            span.roles, span.role_spans = [role.rstrip(" -–")], [org]
            out.append(span)
            continue
        if cue is None:
            after = _foreign_cue_after(text, m.end())
            if after is not None and len(words) <= 3 and words[0].lower() not in _NOT_NAME_OPENERS:
                span = PersonSpan(start, m.end(), name, True)
                if ROLE_HEAD_RE.fullmatch(after):
                    span.roles, span.role_spans = [after[0].upper() + after[1:]], [(-1, -1)]
                out.append(span)  # "Mario Pineida, cầu thủ của CLB ...", "Sophie Kinsella, nhà văn người Anh"
            elif (
                (words[0] in foreign_given_names() or _surname_ends(text, m.end(), words))
                and len(words) <= 3
                and not known_orgs_re().match(name)
                and not blocked_before(text, start)  # "thương hiệu Pierre Cardin": a brand
                and not _BRAND_BEFORE_RE.search(text, max(0, start - 10), start)  # "Rượu Jack Daniels"
            ):
                out.append(PersonSpan(start, m.end(), name, True))  # "Mike Tyson", "Lee Dong Wook": no cue
            continue
        if cue.lower() == "của" and (len(words) > 3 or _brand_and_product(name)):
            continue  # "đối thủ của Chevrolet Spark": a brand's car (not "của Honda Keisuke")
        # "của", "cựu" say a person follows but are neither title nor role
        plain = cue.lower() in ("của", "cựu")
        out.append(PersonSpan(start, m.end(), name, True) if plain else cued(start, m.end(), name, cue))
    return out
