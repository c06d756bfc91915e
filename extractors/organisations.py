"""Organisations: a head noun ("Ban", "Sở", "Công an", "UBND"...) and the capitalised name after it.

Vietnamese capitalises only the first syllable of each word in a proper name ("Sở Giáo dục và Đào tạo",
"Hội Liên hiệp Phụ nữ huyện"), so the name after the head is read word by word: a capitalised syllable may
carry one lower-case syllable with it ("Y tế", "Dân vận"), "và", "," or "-" join two capitalised words, a
few long stems are listed whole ("Cựu chiến binh", "Chính sách xã hội"), and an administrative level with
its optional place name ends the organisation ("Công an huyện Thanh Sơn", "UBND tỉnh"). Abbreviations are
expanded from `data/abbreviations.tsv`; the ones that are never names (ANTT, PCCC, PTĐT) stop a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors.facts import Mention, Organization
from extractors.normalize import fold_key
from extractors.people import SURNAMES, WEAK_SURNAMES, plausible_syllables
from extractors.places import LOWER, RUN, SYL, UPPER, PlaceSpan, is_place_name

__all__ = [
    "OrgSpan",
    "abbreviations",
    "expand",
    "find_org_spans",
    "is_org_start",
    "merge_organisations",
    "org_in_role",
]

# Heads that are an organisation on their own (with an optional level and place after them).
_COMPLETE = (
    r"Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ủy ban MTTQ(?: Việt Nam)?"
    r"|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?|MTTQ(?: Việt Nam)?|Tòa án nhân dân(?: tối cao)?"
    r"|Toà án nhân dân|TAND|Viện Kiểm sát nhân dân(?: tối cao)?|Viện KSND|VKSND|Công an nhân dân|Công an|Huyện ủy|Tỉnh ủy"
    r"|Thành ủy|Thị ủy|Huyện uỷ|Tỉnh uỷ|Thành uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Quốc hội"
    r"|Chính phủ|Trung ương Đảng|Ban Chấp hành Trung ương|Quân đội nhân dân Việt Nam|Quân đội nhân dân"
    r"|Bộ đội Biên phòng|Bộ Chỉ huy Quân sự|Ban Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng|BHXH|Bảo hiểm xã hội"
    r"|NHCSXH|Ngân hàng Chính sách xã hội|Kho bạc Nhà nước|Liên đoàn Lao động|LĐLĐ|Ban chỉ đạo|Ban Chỉ đạo"
    r"|Quân ủy Trung ương|Quân uỷ Trung ương|Ban Thường vụ|Ban Quản lý|Trung tâm Y tế|Bệnh viện Đa khoa|Văn phòng|TTXVN|VTV|Ban tiếp công dân"
    r"|Đài Phát thanh và Truyền hình|Đài Phát thanh - Truyền hình|Đài Truyền hình|Đài Tiếng nói Việt Nam"
)
# Heads that need a name after them ("Sở Y tế", "Hội Nông dân", "Trường THPT ...").
_NEEDS_NAME = (
    r"Ban|Sở|Bộ|Ủy ban|Uỷ ban|Hội|Đoàn|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Trường|Bệnh viện|Trung tâm|Viện|Cục"
    r"|Chi cục|Tổng cục|Tổng Cục|Cơ quan(?= [A-ZĐ])|Công đoàn|Tòa|Toà|Quân ủy|Vụ|Phòng|Đội|Hợp tác xã|HTX|Quân khu|Sư đoàn|Trung đoàn|Lữ đoàn|Đồn Biên phòng|Đồn"
    r"|Báo|Học viện|Đại học|Nhà máy|Liên đoàn|Chi bộ|Câu lạc bộ|CLB|Thông tấn xã|Hãng|Ủy ban Kiểm tra|Thanh tra"
)
_HEAD_RE = re.compile(rf"(?<![\w])(?:(?P<complete>{_COMPLETE})|(?P<needs>{_NEEDS_NAME}))(?![\w])")
_LEVEL = r"(?:thành phố|thị xã|thị trấn|xã(?! hội)|phường|huyện|quận|tỉnh|khu phố|thôn|TP\.?|TX\.?)"
_LEVEL_RE = re.compile(
    rf"[ ](?P<level>{_LEVEL})(?:[ ]?(?P<place>HCM)|[ ](?P<place2>{RUN}(?:[ ]-[ ]{RUN})?|\d+(?![\w])))?(?![\w])"
)
_STEMS = (
    r"Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Chính sách xã hội|Phát triển nông thôn|Cảnh sát giao thông"
    r"|Cảnh sát hình sự|Cảnh sát điều tra|Cảnh sát cơ động|Cảnh sát kinh tế|Cảnh sát môi trường"
    r"|Cảnh sát phòng cháy(?:,| và)? chữa cháy(?: và cứu nạn, cứu hộ)?|Phòng cháy chữa cháy|Kiểm sát nhân dân"
    r"|Giao thông vận tải|Bảo vệ thực vật|Kế hoạch hóa gia đình|Bảo trợ xã hội|Kiểm soát bệnh tật|Đa khoa"
    r"|Thương binh và Xã hội|Dân tộc nội trú|Phổ thông dân tộc nội trú|Mầm non|Tiểu học|Trung học cơ sở"
    r"|Trung học phổ thông|Nông dân|Phụ nữ|Khuyến học|Quản lý thị trường|Quản lý dự án|Tiếp công dân"
    r"|Thanh niên Cộng sản Hồ Chí Minh|Thanh niên|Dân vận|Tuyên giáo|Nội chính|Kinh tế - Ngân sách|Pháp chế|Văn xã"
)
_STEM_RE = re.compile(rf"[ ](?:{_STEMS})(?![\w])")
_WORD_CAP_RE = re.compile(rf"[ ]{SYL}")
_SCHOOL_RE = re.compile(r"(?:THPT|THCS|Tiểu học|Mầm non|Trung học cơ sở|Trung học phổ thông|Chuyên|Đại học)$")
_CAP_RE = re.compile(rf"[ ](?P<cap>{SYL}|[{UPPER}]{{2,}}[\d{UPPER}]*(?![\w])|\d+(?![\w]))")
_LOWER_RE = re.compile(rf"[ ](?P<low>[{LOWER}]+)(?![\w])")
_COMMA_LIST_RE = re.compile(rf"(?:[ ]{SYL}(?:[ ][{LOWER}]+)?,?)+?[ ]và[ ]{SYL}")
_JOIN_RE = re.compile(r"(?:[ ]và|,|[ ][-–])(?=[ ])")
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
    ]
)


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
    path = Path(__file__).parent / "data" / "abbreviations.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            abbr, expansion, kind = line.split("\t")
            out[abbr] = (expansion, kind)
    return out


def expand(name: str) -> str | None:
    """'UBND huyện Thanh Ba' -> 'Ủy ban nhân dân huyện Thanh Ba'; None when nothing is abbreviated."""
    table = abbreviations()
    words = name.split(" ")
    out = [table[w][0] if w in table and table[w][1] != "other" else w for w in words]
    expanded = " ".join(out)
    expanded = re.sub(r"(?<![\w])TP\.?(?=[ ])", "thành phố", expanded)
    return expanded if expanded != name else None


def _tail(text: str, pos: int, blocked: Sequence[tuple[int, int]]) -> tuple[int, str | None]:
    """Extend an organisation name from `pos`; returns (end, place named in it)."""
    table = abbreviations()
    end = pos
    cap_run = 0
    consumed = 0
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
            cap_run += 1
            consumed += 1
            low = _LOWER_RE.match(text, end)
            if (
                low
                and not (word.isupper() and len(word) > 1)
                and low.group("low") not in _NEVER_CONT
                and not _LEVEL_RE.match(text, end)
                and plausible_syllables([word])
                and (cap_run == 1 or _WORD_CAP_RE.match(text, low.end()) or _JOIN_RE.match(text, low.end()))
            ):
                end = low.end()
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
                and not is_place_name(re.match(RUN, text[after.start("cap") :]).group(), units=False)  # type: ignore[union-attr]
            ):
                end = join.end()
                cap_run = 0
                continue
        return end, None


def find_org_spans(
    text: str, *, blocked: Sequence[tuple[int, int]] = (), names: Sequence[tuple[int, int]] = ()
) -> list[OrgSpan]:
    """Organisation names in `text`; `blocked` spans (people) are never swallowed, and no head is read
    inside one of `names` (place names: "Ban" in "Tây Ban Nha", "Đài" in "Đài Loan")."""
    out: list[OrgSpan] = []
    pos = 0
    for m in _HEAD_RE.finditer(text):
        if m.start() < pos:
            continue
        if any(s <= m.start() < e for s, e in (*blocked, *names)):
            continue
        if m.group() == "Đoàn" and not re.match(
            rf"[ ](?:Thanh niên|TNCS|{_LEVEL}|[{UPPER}]{{2,}})", text[m.end() :]
        ):
            continue  # "Đoàn Hữu Trưng" is a surname, "Đoàn Thanh niên" an organisation
        end, place = _tail(text, m.end(), blocked)
        if m.group("needs") and end == m.end():
            continue
        name = re.sub(r"(?:[ ,\-–]|[ ]và)+$", "", text[m.start() : end])
        end = m.start() + len(name)
        out.append(OrgSpan(m.start(), end, name, place))
        pos = end
    return out


@cache
def _known() -> re.Pattern[str]:
    """Well-known organisations named without a head ("Vingroup", "NATO"), from data/known_orgs.tsv."""
    path = Path(__file__).parent / "data" / "known_orgs.tsv"
    names = [
        line.split("\t")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alt})(?![\w-])")


def find_known_orgs(text: str, *, blocked: Sequence[tuple[int, int]] = ()) -> list[OrgSpan]:
    """Head-less organisations from the hand-written list."""
    return [
        OrgSpan(m.start(), m.end(), m.group())
        for m in _known().finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in blocked)
    ]


def is_org_start(text: str) -> bool:
    """Whether a role's remainder ("Công an xã", "Đội xây dựng phong trào ...") names an organisation.

    Inside a role the whole remainder is the name, so a head followed by anything will do.
    """
    if re.fullmatch(rf"[{UPPER}][\d{UPPER}]+", text) and abbreviations().get(text, ("", ""))[1] != "other":
        return True  # "VNG" in "TGĐ VNG"
    m = _HEAD_RE.match(text)
    return bool(m) and (bool(m.group("complete")) or len(text) > m.end() + 1)


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


def place_in(span: OrgSpan, places: Sequence[PlaceSpan]) -> str | None:
    """The place named inside an organisation span, nearest the end."""
    inside = [
        p
        for p in places
        if span.start <= p.prefix_start
        and p.end <= span.end
        and (p.strong or (p.end == span.end and p.type != "country"))
    ]
    return inside[-1].name if inside else span.place


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
