"""Places: an administrative prefix and a capitalised name, linked to the gazetteer.

Vietnamese news names a place with its unit type in front ("xã Sơn Nga", "thị xã Phú Thọ", "TP Việt Trì",
"thôn 4") and often its chain after a comma ("phường Thanh Vinh, thị xã Phú Thọ"). The prefix gives the type,
the chain and the article's province pick the right unit among the many communes sharing a name, and the
name alone (without the prefix) is the place. Provinces and countries are also found bare ("Hà Nội",
"Nhật Bản"). Party committees name their district ("Huyện ủy Cẩm Khê" is in huyện Cẩm Khê).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from extractors import gazetteer
from extractors.facts import Mention, ParentUnit, Place
from extractors.intervals import DisjointSpans, Spans
from extractors.normalize import LOWER, UPPER, fold_key, wordset
from extractors.person_names import SURNAMES, plausible_syllables

__all__ = ["PlaceSpan", "find_place_spans", "is_place_name", "resolve_places"]

SYL = rf"[{UPPER}][{LOWER}]*(?![\w])"
"""One capitalised syllable ("Sơn", "Đ" alone is allowed for initials)."""
RUN = rf"{SYL}(?:[ ]{SYL})*"

_PREFIX_TYPES = {
    "thành phố": "thành phố",
    "tp.": "thành phố",
    "tp": "thành phố",
    "tx.": "thị xã",
    "tx": "thị xã",
    "thị xã": "thị xã",
    "thị trấn": "thị trấn",
    "tổ dân phố": "tổ dân phố",
    "khu phố": "khu phố",
    "tỉnh": "tỉnh",
    "huyện": "huyện",
    "quận": "quận",
    "xã": "xã",
    "phường": "phường",
    "thôn": "thôn",
    "khu": "khu",
    "bản": "bản",
    "xóm": "xóm",
    "ấp": "ấp",
    "làng": "làng",
    "buôn": "buôn",
    "huyện ủy": "huyện",
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "thị ủy": "thị xã",
    "p.": "phường",
    "q.": "quận",
}
_PREFIX_RE = re.compile(
    r"(?<![\w.])(?P<prefix>(?i:thành phố|thị xã|thị trấn|tổ dân phố|khu phố|tỉnh|huyện|quận|xã|phường|thôn"
    r"|khu|bản|xóm|ấp|làng|buôn)|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Huyện uỷ|Tỉnh uỷ|Thành uỷ|TP\.?|Tp\.?|TX\.?|P\.|Q\.)"
    # "xã vùng cao Yên Sơn", "huyện miền núi Tân Sơn": a description between the prefix and the name
    r"(?:[ ](?:vùng cao|miền núi|biên giới|vùng sâu|vùng xa|ven biển|bãi ngang|đảo)(?=[ ][A-ZĐÂĂÊÔƠƯ]))?"
    rf"[ ]?(?P<name>{RUN}(?:[ ]-[ ]{RUN})?|(?:số[ ])?\d+[A-Z]?(?![\w]))"
)
_CLUB_AFTER_RE = re.compile(r"[ ](?:FC|United|City|CF)(?![\w])")
# Capitalised words that start a new phrase after a country in a run of capitals (tag lists, headings).
_PHRASE_HEADS = frozenset(["Đội", "Đội tuyển", "World", "Giải", "Bóng", "Tuyển", "Chung", "Vòng", "Lịch"])
_BARE_RE = re.compile(rf"(?<![\w]){RUN}(?:[ ][-–][ ]{RUN})*")
_HCM_RE = re.compile(r"(?<![\w.])(?:TP\.?[ ]?HCM|TPHCM|Tp\.?[ ]?HCM)(?![\w])")
_HYPHENATED_HUE_RE = re.compile(r"(?<![\w])Thừa Thiên[ ]?[-–][ ]?Huế(?![\w])")  # "tại Thừa Thiên-Huế"
_HN_RE = re.compile(r"(?<![\w.&/-])HN(?![\w&/-])")  # Hà Nội by its initials: "ra HN dự thi", "(HN)"
# Village-level prefixes count mid-sentence only in lower case: "Khu Tưởng niệm", "Làng Thi cử" are names.
_VILLAGE_WORDS = {"thôn", "khu", "bản", "xóm", "ấp", "làng", "buôn", "khu phố", "tổ dân phố"}
# "thôn Bảo Lộc 1, xã ...": a village's number ends its name when a comma, a bracket or a unit follows
_VILLAGE_NUMBER_RE = re.compile(
    r"[ ]\d{1,2}[A-Z]?(?![.,]\d)(?=[,;:.)]|$|[ ](?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố)(?![\w]))"
)
_NUMBERED_VILLAGES = {"thôn", "khu", "xóm", "ấp", "tổ dân phố", "khu phố", "bản"}
# Types whose name may be a number ("thôn 4", "phường 5", "quận 1").
_NUMBERED = _NUMBERED_VILLAGES | {"phường", "quận"}
# Capitalised words after "khu"/"bản" that are common nouns, not village names.
_BAN_NOUN_BEFORE = frozenset(["xuất", "phiên", "văn", "cơ", "căn", "nguyên", "kịch", "tài", "bài", "hồ"])
# Capitalised words that make a compound noun with a lower-case unit word after them.
_COMPOUND_BEFORE = frozenset(["Quân", "Văn", "Phiên", "Xuất", "Khu", "Đặc", "Liên"])
# Country words that begin a common word: "Anh hùng", "Anh dũng".
# ... and garments: "Áo dài", "Áo tắm" are no Austria.
_NOT_COUNTRY_BEFORE = wordset(
    "hùng dũng tài minh linh thư em chị ấy dài tắm khoác mưa phao giáp len choàng cưới nam nhân"
    " tưởng kiến nghĩa thức chí định"
)  # "Mỹ nam", "Mỹ nhân": a handsome man, a beauty; "Ý tưởng", "Ý kiến": an idea, an opinion
_NOT_NAMES = {
    "đông",
    "tây",
    "nam",
    "bắc",
    "trung",
    "tưởng",
    "công",
    "kinh",
    "di",
    "du",
    "đô",
    "bảo",
    "dân",
    "vực",
    "nghỉ",
    "đồ",
    "tin",
    "án",
    "quyền",
    "sắc",
    "thân",
}
# Sentence-initial words that may precede a bare place name inside one capitalised run.
LEADING_WORDS = {
    "tại",
    "ở",
    "từ",
    "về",
    "các",
    "nhiều",
    "khi",
    "sau",
    "đến",
    "cùng",
    "với",
    "trong",
    "ngoài",
    "theo",
    "cả",
    "người",
    "nước",
    "sang",
    "việc",
}

RANK = {
    "country": 0,
    "city": 1,
    "bang": 1,
    "tỉnh": 1,
    "thành phố": 1,
    "huyện": 2,
    "quận": 2,
    "thị xã": 2,
    "xã": 3,
    "phường": 3,
    "thị trấn": 3,
}
_VILLAGE_RANK = 4
# The level of a gazetteer unit by its kind letter (provinces, districts, communes; Q and N after July 2025)
_KIND_RANK = {"P": 1, "Q": 1, "D": 2, "W": 3, "N": 3}


@dataclass(frozen=True)
class PlaceSpan:
    """A place as found in text, before resolution: `text[start:end] == name`."""

    start: int
    end: int
    name: str
    type: str
    prefix_start: int
    """Where the prefix ("huyện ") begins; equals `start` for bare names."""
    strong: bool = True
    """False for bare names, which give way to people and organisations."""


def _rank(typ: str) -> int:
    return RANK.get(typ, _VILLAGE_RANK)


# Provinces of 1976 to 1997 that the gazetteer's 63 no longer hold and whose names open with a surname, so the
# person rule below would cut them: "tỉnh Hoàng Liên Sơn" (now Lào Cai and Yên Bái), "tỉnh Hà Sơn Bình".
FORMER_PROVINCES = frozenset(fold_key(n) for n in ("Hoàng Liên Sơn", "Hà Sơn Bình", "Hà Nam Ninh"))


def _trim_run(name: str, typ: str) -> str | None:
    """Cut a capitalised run to the place name: the longest gazetteer match, else up to a person name."""
    words = name.split(" ")
    if typ == "tỉnh" and fold_key(" ".join(words[:3])) in FORMER_PROVINCES:
        return " ".join(words[:3])
    if "-" in words:
        if gazetteer.lookup(name, typ if typ in gazetteer.KINDS_FOR_TYPE else None):
            return name
        words = words[: words.index("-")]
    if len(words) <= 2 and typ not in gazetteer.KINDS_FOR_TYPE:
        return " ".join(words)
    if typ in gazetteer.KINDS_FOR_TYPE:
        for n in range(min(len(words), 4), 0, -1):
            cand = " ".join(words[:n])
            if gazetteer.lookup(cand, typ) or gazetteer.alias_successor(cand, typ):
                return cand

    if len(words) >= 3 and words[0] in SURNAMES:
        return None  # "tỉnh Phan Trọng Tấn": a level word, then a person's name

    for i in range(1, len(words)):
        if words[i] in SURNAMES and len(words) - i >= 2:
            return " ".join(words[:i])
    return " ".join(words[:3]) if len(words) > 3 else " ".join(words)


def find_place_spans(text: str) -> list[PlaceSpan]:
    """Every place-looking span in `text`: prefixed names first (strong), then bare provinces and countries."""
    spans: list[PlaceSpan] = []
    taken = DisjointSpans()  # the spans found so far, asked about each new candidate
    for m in _HYPHENATED_HUE_RE.finditer(text):
        spans.append(PlaceSpan(m.start(), m.end(), "Thừa Thiên Huế", "tỉnh", m.start()))
        taken.add(m.start(), m.end())
    for m in _PREFIX_RE.finditer(text):
        raw_prefix = m.group("prefix")
        typ = _PREFIX_TYPES[raw_prefix.lower().replace("uỷ", "ủy")]
        if (
            raw_prefix[0].isupper()
            and raw_prefix.lower() in _VILLAGE_WORDS
            and not _sentence_initial(text, m.start())
        ):
            continue
        if (
            raw_prefix == "Tỉnh"
            and not _sentence_initial(text, m.start())
            and not is_place_name(m.group("name").split(",")[0].strip(), units=False)
        ):
            continue  # "bạn trai Tỉnh Bách Nhiên": inside a sentence a capital "Tỉnh" before no province is a name
        if typ == "xã" and text[max(0, m.start() - 8) : m.start()].lower().endswith("hợp tác "):
            continue  # "Hợp tác xã Nông nghiệp ..." is a cooperative
        if typ == "xã" and text[max(0, m.start() - 4) : m.start()].lower().endswith(("bà ", "ông ")):
            continue  # "Bà xã Chí Tài", "ông xã": a wife, a husband
        if raw_prefix.lower() == "làng" and text[max(0, m.start() - 4) : m.start()].lower().endswith("già "):
            continue  # "già làng Amah-rin": a village elder
        name = m.group("name")
        start = m.start("name")
        if taken.overlaps(start, start + 1):
            continue  # "tỉnh Thừa Thiên-Huế": read whole above
        if raw_prefix in ("P.", "Q.") and len(name) == 1 and name.isalpha():
            continue  # "Tin, ảnh: P.Y", "Nhóm P.V": a person's initials, no ward or district is one letter
        if name[0].isdigit() or name.startswith("số"):
            if typ not in _NUMBERED:
                continue
            if (
                raw_prefix == "P."
                and text[m.start() - 1 : m.start()] == "("
                and text[m.end() : m.end() + 1] == ")"
            ):
                continue  # "Những biến động lớn ... (P.2)": the second part of a series
            before = text[max(0, m.start() - 12) : m.start()].split()
            if (
                before
                and raw_prefix.islower()
                and (before[-1].lower() in _BAN_NOUN_BEFORE or before[-1] in _COMPOUND_BEFORE)
            ):
                continue  # "Quân khu 2", "Văn bản số 249": the prefix word is half of a noun
            digits = re.search(r"\d+[A-Z]?", name)
            assert digits is not None
            start += digits.start()
            name = digits.group()
        else:
            if m.start("name") == m.end("prefix") and not raw_prefix.endswith("."):
                continue  # "TPHCM" is read by _HCM_RE
            trimmed = _trim_run(name, typ)
            if trimmed is None:
                continue
            name = trimmed
            if typ in ("khu", "bản", "làng", "ấp") and name.split(" ")[0].lower() in _NOT_NAMES:
                continue
            if name.split(" ")[0] in ("Miền", "Vùng", "Khu"):
                continue  # "các tỉnh Miền Tây": a region, not a unit
            if typ in _NUMBERED_VILLAGES and (number := _VILLAGE_NUMBER_RE.match(text, start + len(name))):
                name += number.group()  # "thôn Bảo Lộc 1", "ấp Xuân Thới Đông 2": the number is the name's
            before = text[max(0, m.start() - 10) : m.start()].split()
            if typ == "bản" and before and before[-1].lower() in _BAN_NOUN_BEFORE:
                continue  # "Hội Xuất bản Việt", "phiên bản": bản as a noun
        spans.append(PlaceSpan(start, start + len(name), name, typ, m.start()))
        taken.add(m.start(), start + len(name))
    for span in (*_address_continuations(text, spans), *_plural_lists(text, spans)):
        if not taken.overlaps(span.start, span.end):
            spans.append(span)
            taken.add(span.start, span.end)
    provinces = _bare_names()
    countries = gazetteer.countries()
    cities = gazetteer.world_cities()
    from extractors.people import name_after_country  # local: people imports places

    def bare(offset: int, words: list[str], joined: bool = False) -> None:
        """The longest tail of a capitalised run that is a province or country ("Báo Phú Thọ" -> "Phú Thọ")."""
        if k := gazetteer.country_lead(words):
            # "Mỹ Donald Trump", "Hàn Quốc Lee Jae-myung": a country, then a foreign name (before the tails,
            # as "Hàn" or "Thái" opening the run would otherwise read as a surname)
            name = " ".join(words[:k])
            head = not plausible_syllables(words[k:]) or name_after_country(text, offset, words) is not None
            tags = k >= 2 and words[k] in _PHRASE_HEADS  # "Đội tuyển Tây Ban Nha Đội tuyển Argentina"
            if head or tags:
                if not taken.overlaps(offset, offset + len(name)):
                    spans.append(PlaceSpan(offset, offset + len(name), name, "country", offset, strong=False))
                if tags and not head:
                    bare(offset + len(name) + 1, words[k:], joined)
                return
        for k in range(len(words)):
            if k and words[k - 1] in SURNAMES and (k > 1 or not _sentence_initial(text, offset)):
                return  # "Nguyễn Thái Bình" is a person, not the province
            name = " ".join(words[k:])
            start = offset + sum(len(w) + 1 for w in words[:k])
            end = start + len(name)
            if taken.overlaps(start, end):
                continue
            key = fold_key(name)
            if key in countries:
                after_name = k and words[k - 1].lower() not in _OPEN_BEFORE_COUNTRY
                # a quote opens a title as a sentence does: "chiến dịch “Áo xanh về bản”" (a shirt)
                quote_opens = start > 0 and text[start - 1] in "“\"‘'" and name in _COMMON_WORD_COUNTRIES
                opening = (
                    not k
                    and (_sentence_initial(text, start) or quote_opens)
                    and not _country_opens(text, name, end)
                )
                if len(words) - k == 1 and (after_name or opening):
                    continue  # "BV Việt Đức", "Hoài Đức": a one-word country ending a longer name is none
                nxt = _NEXT_LOWER_RE.match(text, end)
                if len(words) - k == 1 and nxt and nxt.group(1) in _NOT_COUNTRY_BEFORE:
                    continue
                if text.startswith(" cộng hòa", end):
                    return  # "Thủ tướng Việt Nam cộng hòa": the former southern state, not the country
                if len(words) - k == 1 and _LANGUAGE_BEFORE_RE.search(text, max(0, start - 10), start):
                    continue  # "tiếng Anh", "lớp chuyên Anh": the language
                spans.append(PlaceSpan(start, end, name, "country", start, strong=False))
                return
            if key in provinces:
                if _ROAD_BEFORE_RE.search(text, max(0, start - 8), start):
                    return  # "xa lộ Hà Nội", "đại lộ Thăng Long": a road's name
                if key == _HCM_KEY and _NAMED_FOR_HCM_RE.search(text, max(0, start - 16), start):
                    return  # "Chủ tịch Hồ Chí Minh", "Bảo tàng Hồ Chí Minh": the man, not the city
                spans.append(PlaceSpan(start, end, name, provinces[key], start, strong=False))
                return
            if (
                key in cities
                and not joined
                and (k == 0 or words[k - 1].lower() in LEADING_WORDS)
                and not _CLUB_AFTER_RE.match(text, end)  # "Sydney FC": a club
            ):
                # "tại Seoul"; not "Trump Washington", a club's "Real Madrid" or a school's "Hà Nội – Amsterdam"
                spans.append(PlaceSpan(start, end, name, "city", start, strong=False))
                return
        if offset == 0 or text[offset - 1] == "\n":
            for k in range(min(len(words) - 1, 4), 1, -1):
                # "Quảng Ngãi Bốn tàu cá ...": a dateline's province, then the headline's first word
                name = " ".join(words[:k])
                if fold_key(name) in provinces and not taken.overlaps(offset, offset + len(name)):
                    spans.append(
                        PlaceSpan(
                            offset, offset + len(name), name, provinces[fold_key(name)], offset, strong=False
                        )
                    )
                    return

    for m in _BARE_RE.finditer(text):
        whole = m.group()
        if _ROAD_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "cao tốc Cần Thơ - Cà Mau", "xa lộ Hà Nội": a road named after its ends
        if " - " in whole or " – " in whole:
            key = fold_key(whole)
            if key in provinces and not taken.overlaps(m.start(), m.end()):
                spans.append(PlaceSpan(m.start(), m.end(), whole, provinces[key], m.start(), strong=False))
                continue
            offset = m.start()
            for part in re.split(r"[ ][-–][ ]", whole):
                bare(offset, part.split(" "), joined=True)
                offset += len(part) + 3
        else:
            bare(m.start(), whole.split(" "))
    bare_found = Spans((p.start, p.end) for p in spans)
    for span in _foreign_in_country(text) + _lands(text) + _district_names(text):
        if not taken.overlaps(span.start, span.end) and not bare_found.overlaps(span.start, span.end):
            spans.append(span)
            taken.add(span.start, span.end)
    for span in _parented(text) + _repeated(text, spans):
        if not taken.overlaps(span.start, span.end):
            spans.append(span)
            taken.add(span.start, span.end)
    for m in _HCM_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            # "TP HCM" is the prefix and the name, as "tỉnh Phú Thọ" is; "TP.HCM", "TPHCM" are one word
            start = m.start() + m.group().index("HCM") if " " in m.group() else m.start()
            spans.append(PlaceSpan(start, m.end(), "Hồ Chí Minh", "thành phố", m.start()))
    for m in _HN_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            spans.append(PlaceSpan(m.start(), m.end(), "Hà Nội", "thành phố", m.start()))  # "ra HN dự thi"
    found = Spans((p.start, p.end) for p in spans)
    for span in _short_countries(text):
        if not taken.overlaps(span.start, span.end) and not found.overlaps(span.start, span.end):
            spans.append(span)
    spans.sort(key=lambda s: s.start)
    return spans


# Countries news names by one syllable: "hàng Nhật", "người giàu Nhật"; "Triều" only beside another country
# ("thượng đỉnh Mỹ - Triều"), as it is also a given name and half of many names.
_NHAT_RE = re.compile(rf"(?<![\w])Nhật(?![\w]|[ ][{UPPER}])")
_WORD_BEFORE_RE = re.compile(r"(\S+)[ ]$")
_NAME_CONTEXT_RE = re.compile(
    r"(?<![\w])(?:tên|tên là|bé|em|cháu|con|anh|chị|ông|bà|cô|chú)[ ]$", re.IGNORECASE
)
# "Mỹ - Triều", "Triều - Hàn", "Việt - Lào": one-syllable forms of Korea's two states and of Việt Nam, beside another state
_PAIR_PARTNERS = r"(?:Mỹ|Hàn|Nhật|Trung|Nga|Triều|Việt|Lào|Campuchia|Cuba)"
_PAIRED_SHORT_RE = re.compile(
    rf"(?<![\w])(?P<name>Triều|Hàn|Việt)(?=[ ][-–][ ]{_PAIR_PARTNERS}(?![\w]))"
    rf"|(?<=[ ][-–][ ])(?P<after>Triều|Hàn|Việt)(?![\w])"
)
_PARTNER_BEFORE_RE = re.compile(rf"(?<![\w]){_PAIR_PARTNERS}[ ][-–][ ]$")
_PAIRED_SHORT = {"Triều": "Triều Tiên", "Hàn": "Hàn Quốc", "Việt": "Việt Nam"}
_LAND_SHORT = {**_PAIRED_SHORT, "Lạng": "Lạng Sơn"}  # "Xứ Lạng": the province
# Countries headlines write by their initials: "ngã tư tại TQ", "Luật Điện ảnh VN" (not "VN-Index", "VNĐ").
_COUNTRY_INITIALS = {"TQ": "Trung Quốc", "VN": "Việt Nam"}
_COUNTRY_INITIALS_RE = re.compile(r"(?<![\w&./-])(?:TQ|VN)(?![\w&/-]|\.\w)")


# Words after a sentence-opening "Mỹ" that make it a noun: "Mỹ phẩm" (cosmetics), "Mỹ thuật" (fine arts).
_MY_COMPOUNDS = frozenset(
    ["phẩm", "thuật", "nghệ", "quan", "mãn", "nhân", "vị", "học", "cảm", "danh", "tửu", "lệ", "viện"]
)
# The next word, also where a quote opens it: Mỹ “hậu thuẫn”.
_NEXT_LOWER_RE = re.compile(r"[ ][\"“‘']?([^\W\d_]+)")
_HCM_KEY = fold_key("Hồ Chí Minh")
_NAMED_FOR_HCM_RE = re.compile(
    r"(?<![\w])(?:Chủ tịch|Bác|Người|[Tt]ư tưởng|[Bb]ảo tàng|[Ll]ăng|Cụ|TNCS|Cộng sản|TNTP|Tiền phong)[ ]$"
)  # the man, not the city: "Bảo tàng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"
# Verbs of a match or a visit, and nouns of a nation's soldiers or goods, a headline opens with before a
# country: "Thắng Pháp 2-0, ...", "Rời Nga, ...", "Lính Mỹ thảm sát ..."
_WORDS_BEFORE_COUNTRY = frozenset(
    ["thắng", "hạ", "gặp", "thua", "đấu", "tiếp", "rời", "thăm", "lính", "hàng"]
)
# Words a one-word country may follow and still be the country: prepositions and the words above.
_OPEN_BEFORE_COUNTRY = LEADING_WORDS | _WORDS_BEFORE_COUNTRY
# One-syllable countries that are also a common word, pronoun or given name opening a quote: "“Áo xanh về
# bản”" (a shirt), "“Anh ấy ...”" (he); "“Pháp là một trong những đội mạnh nhất”" is France.
_COMMON_WORD_COUNTRIES = frozenset(["Áo", "Ý", "Anh", "Đức"])
_ROAD_BEFORE_RE = re.compile(
    r"(?<![\w])(?:[Xx]a lộ|[Đđ]ại lộ|[Cc]ao tốc|(?<!yêu )(?<!nhu )(?<!toàn )(?<!địa )[Cc]ầu)[ ]$"
)  # "cầu Cần Giờ", "cầu Thanh Trì": a bridge's name (not "yêu cầu Hà Nội ...")
# "Thái" for Thái Lan where one goes or is: "Sang Thái chuyển giới", "du lịch tại Thái" (not "người Thái").
_THAI_RE = re.compile(
    rf"(?<![\w])(?:[Ss]ang|[Tt]ại|đến|tới|đất)[ ](?P<thai>Thái)(?![\w]|[ ]?[-–]|[ ][{UPPER}])"
)
# A one-syllable country after a word for a land: "nước Việt", "xứ Hàn", "đất Việt".
_LAND_SHORT_RE = re.compile(
    rf"(?<![\w])(?:nước|[Xx]ứ|đất|nghệ sĩ|ca sĩ|diễn viên|mỹ nhân|phim|nhạc)[ ](?P<short>Việt|Hàn|Triều|Lạng)(?![\w]|[ ][{UPPER}])"
)
_PAIRED_AFTER_RE = re.compile(rf"(?:[ ]và[ ]|,[ ]|[ ]?[-–][ ]?)({RUN})")
# "tiếng Anh", "đề Anh" (the English paper): the language; not "vấn đề Nga" (the Russian question)
_LANGUAGE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:tiếng|chuyên|môn|giọng|(?<!vấn )đề|điểm thi)[ ]$", re.IGNORECASE
)


def _country_opens(text: str, name: str, end: int) -> bool:
    """Is a one-word country opening a sentence the country? A foreign-shaped name is ("Iran cho biết"), and
    "Mỹ" unless a noun follows; "Anh", "Đức", "Nga", "Pháp" open sentences as pronouns, names and nouns."""
    if not plausible_syllables([name]):
        return True
    pair = _PAIRED_AFTER_RE.match(text, end)
    if pair is not None and gazetteer.country_lead(pair.group(1).split(" "), keep=0):
        return True  # "Pháp và Anh quyết tâm ...": two states named together
    nxt = _NEXT_LOWER_RE.match(text, end)
    if name in ("Nga", "Pháp") and nxt is not None and _STATE_VERB_RE.match(text, nxt.start(1)):
        return True  # "Nga nói ...", "Pháp cảnh báo ...": what a state does, not a woman or a man
    if name in _DATELINE_COUNTRIES and text.startswith(":", end):
        return True  # "Mỹ: Bỏ việc vì ...": a headline's dateline
    if name == "Pháp" and nxt is not None and nxt.group(1) not in _PHAP_COMPOUNDS:
        return True  # "Pháp là một trong những đội mạnh nhất": rarely a given name, unlike "Nga"
    return name == "Mỹ" and nxt is not None and nxt.group(1).islower() and nxt.group(1) not in _MY_COMPOUNDS


# One-word countries a headline opens with as its dateline ("Mỹ: ...", "Nga: ...").
_DATELINE_COUNTRIES = frozenset(
    ["Mỹ", "Pháp", "Đức", "Nhật", "Ý", "Úc", "Lào", "Iran", "Israel", "Anh", "Nga"]
)
# Words after a sentence-opening "Pháp" that make it a noun: "Pháp luật" (law), "Pháp lý", "Pháp y".
_PHAP_COMPOUNDS = frozenset(
    [
        "luật",
        "lý",
        "chế",
        "nhân",
        "y",
        "sư",
        "danh",
        "môn",
        "trị",
        "đình",
        "quyền",
        "lệnh",
        "viện",
        "thuật",
        "tu",
        "hội",
        "bảo",
    ]
)
_STATE_VERB_RE = re.compile(
    r"(?:nói|tuyên bố|cáo buộc|cảnh báo|phản đối|bác bỏ|khẳng định|triển khai|phóng|tấn công|trừng phạt|đe dọa)(?![\w])"
)


def _short_countries(text: str) -> list[PlaceSpan]:
    out = []
    for m in _NHAT_RE.finditer(text):
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        word = before.group(1).lstrip("\"“‘('") if before is not None else ""
        # "hàng Nhật", not "Việt Nhật", "Nguyễn Nhật", nor a child's name ("cô bé tên là Nhật", "bé Nhật")
        if word[:1].islower() and not _NAME_CONTEXT_RE.search(text, max(0, m.start() - 16), m.start()):
            out.append(PlaceSpan(m.start(), m.end(), "Nhật", "country", m.start(), strong=False))
    for m in _PAIRED_SHORT_RE.finditer(text):
        if m.group("after") and not _PARTNER_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
            continue
        out.append(
            PlaceSpan(m.start(), m.end(), _PAIRED_SHORT[m.group()], "country", m.start(), strong=False)
        )
    for m in _LAND_SHORT_RE.finditer(text):
        name = _LAND_SHORT[m.group("short")]
        typ = "tỉnh" if name == "Lạng Sơn" else "country"
        out.append(PlaceSpan(m.start("short"), m.end(), name, typ, m.start("short"), strong=False))
    for m in _THAI_RE.finditer(text):
        out.append(PlaceSpan(m.start("thai"), m.end(), "Thái Lan", "country", m.start("thai"), strong=False))
    for m in _COUNTRY_INITIALS_RE.finditer(text):
        words_before = [
            w for w in (w.strip("|,.") for w in text[max(0, m.start() - 16) : m.start()].split()) if w
        ]
        words_after = [w for w in (w.strip("|,.") for w in text[m.end() : m.end() + 16].split()) if w]
        if any(len(w) > 1 and w.isalpha() and w.isupper() for w in (*words_before[-1:], *words_after[:1])):
            continue  # "TIN TUC | BAO | VN", "VN, BAO, BÁO PHỤ NỮ": a menu or a keyword list in capitals
        out.append(
            PlaceSpan(m.start(), m.end(), _COUNTRY_INITIALS[m.group()], "country", m.start(), strong=False)
        )
    return out


_PARENTED_RE = re.compile(rf"(?<![\w])({RUN})(?:,[ ]|[ ]\()(?=({RUN}))")


def _parented(text: str) -> list[PlaceSpan]:
    """A bare unit followed by its own parent: "Krông Buk, Đắk Lắk", "Sa Pa (Lào Cai)", "Trung Văn, Nam Từ
    Liêm, Hà Nội". The gazetteer must know the unit under that parent (by any of its ancestors)."""
    out: list[PlaceSpan] = []
    for m in _PARENTED_RE.finditer(text):
        run, nxt = m.group(1).split(" "), m.group(2).split(" ")
        for k in range(min(len(run), 4), 0, -1):
            name = " ".join(run[-k:])
            start = m.end(1) - len(name)
            if k < len(run) and run[-k - 1].lower() in _PREFIX_TYPES:
                break
            units = [u for u in gazetteer.lookup(name) if u.kind in ("D", "W")]
            parents = {fold_key(a.name) for u in units for a in gazetteer.ancestors(u)}
            if any(fold_key(" ".join(nxt[:j])) in parents for j in range(1, min(len(nxt), 4) + 1)):
                if k == len(run) and _sentence_initial(text, start) and k == 1:
                    break
                unit = units[0]
                out.append(PlaceSpan(start, m.end(1), name, unit.type, start))
                break
    return out


# Nouns of a home or a land before a unit's bare name: "mảnh đất Suối Giàng", "quê hương Thanh Ba", and an
# industrial park named by its commune or district: "KCN Yên Lư", "khu công nghiệp Thụy Vân"; or "ở"/"tại"
# before a district's: "Phố 'hàng độc' ở Buôn Đôn" (a commune's name is as often a person's).
_LAND_RE = re.compile(
    r"(?<![\w])(?:(?P<land>mảnh đất|vùng đất|miền đất|quê hương|vùng quê|KCN|CCN|[Kk]hu công nghiệp|[Cc]ụm công nghiệp)"
    rf"|ở|tại)[ ](?P<name>{RUN})"
)


def _lands(text: str) -> list[PlaceSpan]:
    """A unit named bare after a word for a land or a home, when the gazetteer knows it (longest first)."""
    out: list[PlaceSpan] = []
    for m in _LAND_RE.finditer(text):
        words = m.group("name").split(" ")
        for k in range(min(len(words), 4), 1, -1):
            name = " ".join(words[:k])
            units = gazetteer.lookup(name)
            if not m.group("land"):
                # after "ở"/"tại", a district named by the whole run ("tại Tân Sơn Nhất": none)
                units = tuple(u for u in units if u.kind == "D") if k == len(words) else ()
            if units:
                out.append(_widest(units, m.start("name"), name))  # "vùng đất Vĩnh Long": the province
                break
    return out


def _widest(units: Sequence[gazetteer.Unit], start: int, name: str) -> PlaceSpan:
    """A bare name's span, typed as the widest of the units it may be, a province before its namesakes."""
    widest = min(units, key=lambda u: (_rank(u.type), u.kind != "P"))
    return PlaceSpan(start, start + len(name), name, widest.type, start, strong=False)


# A district or province named bare where only a locality can stand: a provincial paper's dateline
# ("Việt Yên: Xây dựng nhà trọ ...", "Lục Ngạn: ...") or the area of a local body ("Công an Lục Nam",
# "UBND Thanh Sơn", "Trung tâm Y tế Lâm Thao").
_LOCAL_BODY = (
    r"Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Trung tâm Y tế|Bệnh viện Đa khoa"
    r"|Tòa án nhân dân|Toà án nhân dân|TAND|Viện Kiểm sát nhân dân|VKSND|Chi cục Thuế|Kho bạc Nhà nước"
    r"|Bảo hiểm xã hội|BHXH|Điện lực|Ban Chỉ huy Quân sự|Hạt Kiểm lâm|Huyện đoàn|Phòng Giáo dục và Đào tạo"
)
_AFTER_LOCAL_BODY_RE = re.compile(rf"(?<![\w])(?:{_LOCAL_BODY})[ ](?P<name>{RUN})")
_DATELINE_RE = re.compile(rf"^(?P<name>{RUN}):[ ]")  # a headline's first words; not a speaker's later


def _district_names(text: str) -> list[PlaceSpan]:
    """Districts and provinces named bare in a dateline or after a local body, when the gazetteer knows
    one by the whole dateline or by the longest run of the name's words after a body (communes are left
    out: their names are as often a person's or a thing's)."""
    out: list[PlaceSpan] = []
    for m in (*_DATELINE_RE.finditer(text), *_AFTER_LOCAL_BODY_RE.finditer(text)):
        words = m.group("name").split(" ")
        shortest = len(words) if m.re is _DATELINE_RE else 1
        for k in range(min(len(words), 4), shortest - 1, -1):
            name = " ".join(words[:k])
            units = [u for u in gazetteer.lookup(name) if u.kind in ("D", "P")]
            if units:
                out.append(_widest(units, m.start("name"), name))
                break
    return out


# A foreign city or state the text places in its country: "sang Perth (Australia)", "tại bang Texas (Mỹ)".
_IN_COUNTRY_RE = re.compile(
    rf"(?:(?<![\w])(?P<before>ở|tại|sang|đến|tới|từ|về|thành phố|TP\.?|bang|và)|,)[ ](?P<name>{RUN})[ ]\((?P<country>{RUN})\)"
)


def _foreign_in_country(text: str) -> list[PlaceSpan]:
    """Foreign places the lists do not know, named with their country in brackets after a word of place:
    a city ("city"), or a state after "bang". The name must hold a word no Vietnamese syllable spells."""
    from extractors.organisations import known_orgs_re

    out: list[PlaceSpan] = []
    # where the last place with its country ended: "sang Nagoya (Nhật Bản) và Melbourne (Australia)"
    last = -1
    for m in _IN_COUNTRY_RE.finditer(text):
        name = m.group("name")
        words = name.split(" ")
        if m.group("before") in ("và", None) and m.start() != last:
            continue
        last = m.end()
        if (
            len(words) > 3
            or fold_key(name) in gazetteer.world_cities()  # the lists' own rule reads it
            or fold_key(m.group("country")) not in gazetteer.countries()
            or plausible_syllables(words)
            or is_place_name(name)
            or known_orgs_re().fullmatch(name)
        ):
            continue
        typ = "bang" if m.group("before") == "bang" else "city"
        out.append(PlaceSpan(m.start("name"), m.end("name"), name, typ, m.start("name")))
    return out


def _repeated(text: str, spans: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Later bare mentions of a place the text named with its prefix: "huyện Trạm Tấu ... Trạm Tấu đón"."""
    out: list[PlaceSpan] = []
    searched: set[str] = set()
    for span in spans:
        if span.prefix_start == span.start or " " not in span.name or span.type == "country":
            continue
        if span.name in searched:
            continue  # its later mentions were found from its first one; the caller keeps the first type
        searched.add(span.name)
        # searched from `span.end` in place, and the word before read from a window: slicing the text
        # here made a long page with many repeated names quadratic
        for m in re.compile(rf"(?<![\w]){re.escape(span.name)}(?![\w])").finditer(text, span.end):
            start = m.start()
            if (
                text[max(0, start - 12) : start].split()[-1:]
                and text[max(0, start - 40) : start].split()[-1].lower() in _PREFIX_TYPES
            ):
                continue
            out.append(PlaceSpan(start, start + len(span.name), span.name, span.type, start, strong=False))
    return out


_CONTINUATION_RE = re.compile(rf"(?:,[ ]|[ ]\()({RUN})(?=[,.;)…]|[ ]-[ ]|$)")


def _address_continuations(text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """Units named bare after a prefixed one, as in an address: "phường Dương Nội, Hà Đông, Hà Nội".

    A name counts only if the gazetteer knows a commune, district or province by it that shares a
    province with a unit the preceding name could be; its type is that unit's.
    """
    out: list[PlaceSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.type not in gazetteer.KINDS_FOR_TYPE:
            continue
        previous = _province_codes(gazetteer.lookup(span.name, span.type))
        pos = span.end
        while previous:
            m = _CONTINUATION_RE.match(text, pos)
            if not m:
                break
            name = m.group(1)
            units = [u for u in gazetteer.lookup(name) if u.kind in ("P", "D", "W")]
            shared = [u for u in units if _province_codes([u]) & previous]
            if not shared:
                break
            kind_order = {"W": 2, "D": 1, "P": 0}
            unit = min(
                shared,
                key=lambda u: (
                    u.kind != "W" or span.type not in ("xã", "phường", "thị trấn"),
                    kind_order[u.kind],
                ),
            )
            if unit.kind == "W" and span.type not in ("xã", "phường", "thị trấn"):
                unit = min(shared, key=lambda u: kind_order[u.kind])
            out.append(PlaceSpan(m.start(1), m.end(1), name, unit.type, m.start(1)))
            previous = _province_codes([unit])
            pos = m.end(1)
    return out


# "các", "hai", "3" before a unit word; not a year ("Năm 2023 xã Tân Lập, Đan Phượng ...")
_PLURAL_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:các|những|hai|ba|bốn|năm)|(?<![\d.,/])\d{1,3})[ ]$", re.IGNORECASE
)
_LIST_ITEM_RE = re.compile(rf"(?:,[ ]|[ ]và[ ])({RUN})")
_AND_ITEM_RE = re.compile(rf"[ ]và[ ]({RUN})")
# "các xã: Vô Tranh, Bình Sơn và Lục Sơn": a plural prefix, a colon, then the list
_PLURAL_COLON_RE = re.compile(
    r"(?<![\w])(?:các|những|hai|ba|bốn|năm|\d+)[ ](?P<prefix>xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thôn|xóm)"
    rf"[ ]?:[ ](?P<name>{RUN})",
    re.IGNORECASE,
)


def _plural_lists(text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """The other names of a list after a plural prefix, each of the prefix's type: "các xã Văn Lang, Cẩm Khê",
    "hai xã Sơn Vi và Tứ Xã", "các xã: Vô Tranh, Bình Sơn". Only names the gazetteer knows as some unit are
    taken; after a singular prefix only a name joined by "và" that the gazetteer knows as a unit of the same
    type ("phường Hạ Long và Hồng Gai")."""
    out: list[PlaceSpan] = []
    units = gazetteer.load().by_name
    prefixed = [s for s in spans if s.strong and s.prefix_start != s.start]
    plural = [
        _PLURAL_BEFORE_RE.search(text, max(0, s.prefix_start - 8), s.prefix_start) is not None
        for s in prefixed
    ]
    heads = [(s.end, s.type, True) for s, many in zip(prefixed, plural, strict=True) if many]
    for m in _PLURAL_COLON_RE.finditer(text):
        typ = _PREFIX_TYPES[m.group("prefix").lower()]
        if fold_key(m.group("name")) in units:
            out.append(PlaceSpan(m.start("name"), m.end("name"), m.group("name"), typ, m.start("prefix")))
            heads.append((m.end("name"), typ, True))
    heads += [(s.end, s.type, False) for s, many in zip(prefixed, plural, strict=True) if not many]
    for pos, typ, listed in heads:
        while item := (_LIST_ITEM_RE if listed else _AND_ITEM_RE).match(text, pos):
            name = item.group(1)
            if fold_key(name) not in units or (not listed and not gazetteer.lookup(name, typ)):
                break
            out.append(PlaceSpan(item.start(1), item.end(1), name, typ, item.start(1)))
            pos = item.end(1)
            if not listed:
                break
    return out


def _province_codes(units: Iterable[gazetteer.Unit]) -> set[str]:
    codes = set()
    for unit in units:
        chain = (unit, *gazetteer.ancestors(unit))
        codes.add(chain[-1].code)
    return codes


def is_place_name(name: str, *, units: bool = True, cities: bool = True) -> bool:
    """Whether `name` alone names a province or country, a provincial city (unless `cities` is false: "Ông
    Phan Thiết" is a man), or (with `units`) any unit in the gazetteer."""
    key = fold_key(name)
    return (
        key in gazetteer.countries()
        or key in (_bare_names() if cities else _province_names())
        or (units and key in gazetteer.load().by_name)
    )


def _sentence_initial(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" \"“'(")
    if before and before[-1] in "*-–•":  # a list or interview mark opening a sentence: "* Anh nhìn nhận ..."
        rest = before[:-1].rstrip()
        return not rest or rest[-1] in ".!?:\n…"
    return not before or before[-1] in ".!?:\n…"


@cache
def _province_names() -> dict[str, str]:
    """Province-level names (before and after 2025) and the usual short forms, with their type."""
    out: dict[str, str] = {}
    for key, units in gazetteer.load().by_name.items():
        for unit in units:
            if unit.kind in ("P", "Q"):
                out[key] = unit.type
    out[fold_key("Sài Gòn")] = "thành phố"
    out[fold_key("Thừa Thiên Huế")] = "tỉnh"
    return out


@cache
def _bare_names() -> dict[str, str]:
    """The names a text may give without a prefix, with their type: provinces, and provincial cities
    ("Nha Trang", "Đà Lạt", "Việt Trì"), named so as often as provinces; one-syllable ones ("Vinh") are
    given names too, so they still need "thành phố"."""
    cities = {
        key: "thành phố"
        for key, units in gazetteer.load().by_name.items()
        if " " in key and any(u.kind == "D" and u.type == "thành phố" for u in units)
    }
    known = {}
    for name in _KNOWN_BARE_UNITS:
        units = gazetteer.load().by_name.get(fold_key(name), ())
        unit = next((u for u in units if u.kind == "D"), None) or next(
            (u for u in units if u.kind == "W"), None
        )
        if unit is not None:
            known[fold_key(name)] = unit.type
    return {**known, **cities, **_province_names()}


# Districts, towns and wards news names without a prefix as often as a province, being destinations or
# landmarks in their own right ("du lịch Sa Pa", "sân bay Long Thành", "Hầm Thủ Thiêm").
_KNOWN_BARE_UNITS = (
    "Sa Pa",
    "Mộc Châu",
    "Cần Giờ",
    "Côn Đảo",
    "Củ Chi",
    "Gò Vấp",
    "Tam Đảo",
    "Đồ Sơn",
    "Cát Bà",
    "Long Thành",
    "Thủ Thiêm",
)


# --- resolution ---------------------------------------------------------------------------------------


@dataclass
class _Group:
    name: str
    type: str
    mentions: list[Mention]
    text_parents: list[tuple[str, str]]


def _chains(text: str, spans: Sequence[PlaceSpan]) -> dict[int, list[tuple[str, str]]]:
    """For each span index, the (type, name) units the text puts above it: "xã A, huyện B, tỉnh C"."""
    out: dict[int, list[tuple[str, str]]] = {}
    for i, span in enumerate(spans):
        chain: list[tuple[str, str]] = []
        current = span
        j = i + 1
        while j < len(spans):
            nxt = spans[j]
            gap = text[current.end : nxt.prefix_start]
            if gap.strip() not in (",", "(", "-", "–") or len(gap) > 3:
                break
            if _rank(nxt.type) >= _rank(current.type) and not (
                current.type == "thành phố" and nxt.type == "tỉnh"
            ):
                break
            chain.append((nxt.type, nxt.name))
            current = nxt
            j += 1
        if chain:
            out[i] = chain
    return out


def _parents_of_unit(unit: gazetteer.Unit) -> tuple[ParentUnit, ...]:
    return tuple(ParentUnit(a.name, a.type, a.code) for a in gazetteer.ancestors(unit))


def _score(
    unit: gazetteer.Unit, text_parents: list[tuple[str, str]], context: set[str], province: str | None
) -> int:
    chain = gazetteer.ancestors(unit)
    score = 0
    parent_keys = {fold_key(n) for _, n in text_parents}
    for a in chain:
        key = fold_key(a.name)
        if key in parent_keys:
            score += 10
        if a.kind in ("P", "Q") and province and key == province:
            score += 3
        elif key in context:
            score += 1
    if unit.kind in ("P", "D", "W"):
        score *= 2
        score += 1  # prefer pre-2025 units on a tie: most archived articles predate the reform
    return score


def _pick(
    units: Iterable[gazetteer.Unit],
    text_parents: list[tuple[str, str]],
    context: set[str],
    province: str | None,
) -> gazetteer.Unit | None:
    scored = sorted(((_score(u, text_parents, context, province), u) for u in units), key=lambda p: -p[0])
    if not scored:
        return None
    best_score, best = scored[0]
    if len(scored) > 1 and scored[1][0] == best_score:
        return None
    if best.kind in ("P", "Q"):
        return best
    top = gazetteer.ancestors(best)[-1:]
    in_province = bool(top) and province is not None and fold_key(top[0].name) == province
    if province and not in_province and best_score < 20 and not text_parents:
        # A provincial paper names its own communes bare; a namesake elsewhere needs its province named.
        top_key = fold_key(top[0].name) if top else ""
        if top_key not in context:
            return None
    if text_parents and best_score < 20:
        return None
    return best


def resolve_places(
    found: Sequence[tuple[str | None, str, Sequence[PlaceSpan]]], *, province: str | None = None
) -> tuple[Place, ...]:
    """Group spans (field, text, spans) into places, in order of first mention, and link them to units."""
    prov_key = gazetteer.province_key(province)
    groups: dict[tuple[str, str], _Group] = {}
    for field, text, spans in found:
        chains = _chains(text, spans)
        for i, span in enumerate(spans):
            key = (span.type, fold_key(span.name))
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(span.name, span.type, [], [])
            group.mentions.append(Mention(span.start, span.end, text[span.start : span.end], field))
            if not group.text_parents and i in chains:
                group.text_parents = chains[i]
    context = {k for _, k in groups}
    out = [_resolve(group, context, prov_key, province) for group in groups.values()]
    # Second pass: units placed with confidence name their district and province, which settle namesakes
    # ("Trường An" beside "Vĩnh Ninh" in Huế).
    wider = context | {fold_key(p.name) for place in out if place.code for p in place.parents}
    if wider != context:
        out = [
            _resolve(group, wider, prov_key, province) if place.code is None else place
            for group, place in zip(groups.values(), out, strict=True)
        ]
    return tuple(out)


def _province_parent(province: str | None, prov_key: str | None) -> tuple[ParentUnit, ...]:
    if not prov_key or province is None:
        return ()
    units = [u for u in gazetteer.load().by_name.get(prov_key, ()) if u.kind == "P"]
    if units:
        return (ParentUnit(units[0].name, units[0].type, units[0].code),)
    return (ParentUnit(province, "tỉnh"),)


def _resolve(group: _Group, context: set[str], prov_key: str | None, province: str | None) -> Place:
    mentions = tuple(group.mentions)
    if group.type == "country":
        # a short form ("Nhật") keeps its own name; the countries table spells the others
        return Place(
            gazetteer.countries().get(fold_key(group.name), group.name), "country", mentions=mentions
        )
    typ = group.type
    if typ == "city" and fold_key(group.name) in gazetteer.world_cities():
        city, country = gazetteer.world_cities()[fold_key(group.name)]
        return Place(city, "city", (ParentUnit(country, "country"),), mentions=mentions)
    if typ in gazetteer.KINDS_FOR_TYPE:
        unit = _pick(gazetteer.lookup(group.name, typ), group.text_parents, context, prov_key)
        if unit is not None:
            return Place(
                group.name,
                typ,
                _parents_of_unit(unit),
                unit.code,
                unit.lat,
                unit.lon,
                unit.became,
                mentions,
            )
        successor = _pick(gazetteer.alias_successor(group.name, typ), group.text_parents, context, prov_key)
        if successor is not None:
            parents = _parents_of_unit(successor)
            if _KIND_RANK.get(successor.kind, 0) < _rank(typ):
                # a commune merged into a town is inside it; a district merged into a provincial city
                # ("huyện Yên Dũng" into "thành phố Bắc Giang") became it, and is not inside it
                parents = (ParentUnit(successor.name, successor.type, successor.code), *parents)
            return Place(group.name, typ, parents, became=successor.became, mentions=mentions)
    # Not in the gazetteer (a village, or a unit it does not know): the text's chain, then the province.
    chain: list[ParentUnit] = []
    for ptype, pname in group.text_parents:
        chain.append(ParentUnit(pname, ptype))
    if group.text_parents:
        ptype, pname = group.text_parents[0]
        unit = _pick(gazetteer.lookup(pname, ptype), group.text_parents[1:], context, prov_key)
        if unit is not None:
            chain = [ParentUnit(pname, ptype, unit.code), *_parents_of_unit(unit)]
    if not chain and _rank(typ) > 1:
        chain = list(_province_parent(province, prov_key))
    elif chain and _rank(chain[-1].type) > 1 and prov_key:
        chain.extend(
            p for p in _province_parent(province, prov_key) if fold_key(p.name) != fold_key(chain[-1].name)
        )
    return Place(group.name, typ, tuple(chain), mentions=mentions)
