"""Facts from an article's text: people, places, organisations, figures and named models.

Stages, per field (title, lead, body), in this order because each one claims spans the next must not
take: (1) places with an administrative prefix ("xã Sơn Nga"), which are never people; (2) people, with
the organisations their roles name; (3) organisations by their grammar, never swallowing a person;
(4) bare place names (provinces, countries) that no person or organisation claimed; (5) the people the
shape rules left, read with the other facts in hand (`person_mentions`: NER-tagged given names, names
listed beside a person, later short and repeated mentions); (6) figures and named models from their own
modules. Then the mentions of all fields are grouped: a place is linked to the
gazetteer once, with the whole article (and its province) as context; "ông Thương" joins "Nguyễn Công
Thương"; the byline author is dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TypeVar

from extractors import nlp
from extractors.credits import byline_names
from extractors.facts import Facts, Figure, Mention, NamedModel, Organization, Person, Place
from extractors.figures import find_figures
from extractors.intervals import Spans
from extractors.named_models import find_models
from extractors.normalize import fold_key, nfc, nfc_offset_maps
from extractors.organisations import (
    OrgSpan,
    credit_orgs,
    find_known_orgs,
    find_org_spans,
    known_orgs_re,
    merge_organisations,
    named_firms,
    org_in_role,
    place_in,
    state_bodies,
    with_branches,
)
from extractors.people import find_person_spans, merge_people, religious_term
from extractors.person_mentions import given_name_mentions, listed_with_people, repeated_names, tagged_people
from extractors.person_names import PersonSpan, lunar_year
from extractors.places import (
    FORMER_PROVINCES,
    UPPER,
    PlaceSpan,
    find_place_spans,
    resolve_places,
)

__all__ = ["EXTRACTOR_VERSION", "extract_facts"]

EXTRACTOR_VERSION = "128"

_FIELDS = ("title", "lead", "body")
_Fact = TypeVar("_Fact", Person, Place, Organization, Figure, NamedModel)


def extract_facts(
    fields: str | Mapping[str, str], *, province: str | None = None, author: str | None = None
) -> Facts:
    """All facts in `fields`: plain text (mentions have field None) or {"title", "lead", "body"}.

    `province` ("Phú Thọ") is the article's province, used to place communes the text names bare;
    `author` is the byline, which is not a person mentioned in the article.
    """
    if isinstance(fields, str):
        given: list[tuple[str | None, str]] = [(None, fields)]
    else:
        given = [(name, fields[name]) for name in _FIELDS if fields.get(name)]
        given += [(name, text) for name, text in fields.items() if name not in _FIELDS and text]
    items = [(name, nfc(text)) for name, text in given]
    place_found = []
    people_found = []
    org_found = []
    organization_of: dict[str, str] = {}
    figures = []
    models = []
    for fld, text in items:
        field_models = find_models(text, fld)
        quoted = [(m.start, m.end) for model in field_models for m in model.mentions]
        places, people, orgs = _spans(text, organization_of, quoted)
        place_found.append((fld, text, places))
        people_found.append((fld, text, people))
        org_found.append((fld, text, orgs))
        figures.extend(find_figures(text, fld))
        models.extend(field_models)
    sentence_of = {fld: _sentence_finder(text) for fld, text in items}
    bylines = {fold_key(name) for _, text in items for name in byline_names(text)}
    texts = dict(items)
    facts = Facts(
        people=tuple(
            replace(p, mentions=_with_sentences(p.mentions, sentence_of))
            for p in merge_people(people_found, author=author, organization_of=organization_of)
            if fold_key(p.name) not in bylines and not _names_no_one(p, texts)
        ),
        places=tuple(
            replace(p, mentions=_with_sentences(p.mentions, sentence_of))
            for p in resolve_places(place_found, province=province)
        ),
        organizations=tuple(
            replace(o, mentions=_with_sentences(o.mentions, sentence_of))
            for o in merge_organisations(org_found)
        ),
        figures=tuple(replace(f, mentions=_with_sentences(f.mentions, sentence_of)) for f in figures),
        models=tuple(replace(m, mentions=_with_sentences(m.mentions, sentence_of)) for m in models),
        version=EXTRACTOR_VERSION,
    )
    decomposed = {
        fld: text for (fld, text), (_, composed) in zip(given, items, strict=True) if text != composed
    }
    return _into_given_text(facts, decomposed) if decomposed else facts


def _into_given_text(facts: Facts, given: dict[str | None, str]) -> Facts:
    """Mentions found in the NFC form of a field, re-pointed into the text as given (NFD, mixed): offsets
    are promised into the caller's text, and `text[start:end]` must be what the mention says."""
    maps = {fld: (text, *nfc_offset_maps(text, len(nfc(text)))) for fld, text in given.items()}

    def moved(mention: Mention) -> Mention:
        if mention.field not in maps:
            return mention
        text, starts, ends = maps[mention.field]
        start = starts[mention.start] if mention.start < len(starts) else len(text)
        end = ends[mention.end - 1] if mention.end > mention.start else start
        return replace(mention, start=start, end=end, text=text[start:end])

    def each(found: tuple[_Fact, ...]) -> tuple[_Fact, ...]:
        return tuple(replace(f, mentions=tuple(moved(m) for m in f.mentions)) for f in found)

    return replace(
        facts,
        people=each(facts.people),
        places=each(facts.places),
        organizations=each(facts.organizations),
        figures=each(facts.figures),
        models=each(facts.models),
    )


def _spans(
    text: str, organization_of: dict[str, str], quoted: list[tuple[int, int]]
) -> tuple[list[PlaceSpan], list[PersonSpan], list[OrgSpan]]:
    """The place, person and organisation spans of one text, with overlaps settled."""
    all_places = find_place_spans(text)
    strong = [p for p in all_places if p.strong]
    people = [
        p
        for p in find_person_spans(text, blocked=[(p.prefix_start, p.end) for p in strong])
        if _may_be_person(p)
    ]
    person_blocks = [(p.start, p.end) for p in people]
    role_orgs: list[OrgSpan] = []
    for person in people:
        for role, (s, e) in zip(person.roles, person.role_spans, strict=True):
            if s < 0:
                continue
            if text[max(0, s - 6) : s] == "phòng ":
                s -= 6  # "Trưởng phòng Nông nghiệp huyện ...": the head's "phòng" is the office's first word
            name = text[s:e].rstrip(" ,-–")
            where = org_in_role(name)
            if where is not None:
                cut = len(name) - where[1]
                name = name[where[0] : where[1]]
                s += where[0]
                if cut:  # the role read on into the sentence: shorten it with its organisation
                    index = person.roles.index(role)
                    role = person.roles[index] = role[: len(role) - cut].rstrip()
                role_orgs.append(OrgSpan(s, s + len(name), name))
                organization_of.setdefault(role, name)
    grammar_orgs = find_org_spans(text, blocked=person_blocks, names=[(p.start, p.end) for p in all_places])
    known = find_known_orgs(text, blocked=person_blocks)
    states = state_bodies(text, blocked=person_blocks)
    firms = named_firms(text, blocked=person_blocks)
    credits = credit_orgs(text, blocked=person_blocks)
    orgs = with_branches(text, _longest(role_orgs + grammar_orgs + known + states + firms + credits))
    orgs = [replace(o, place=place_in(o, all_places, text)) for o in orgs]
    # "Liên hợp quốc (LHQ)": the abbreviation in brackets right after the full name is no second mention
    ends = {o.end for o in orgs}
    orgs = [o for o in orgs if not (_ALIAS_RE.fullmatch(o.name) and _bracketed_after(text, o, ends))]
    in_quotes = Spans(quoted)
    # the Party named bare inside a quoted title ("Cuộc thi “Nghị quyết của Đảng và cuộc sống hôm nay”")
    # belongs to the title
    orgs = [o for o in orgs if not (o.name == "Đảng" and in_quotes.overlaps(o.start, o.end))]
    # A name-shaped run inside an organisation ("Trường THPT Nguyễn Du") is not a person, unless cued.
    people = [p for p in people if p.title or not any(o.start <= p.start and p.end <= o.end for o in orgs)]
    taken = [(p.start, p.end) for p in people]
    named = Spans(taken)
    places = [p for p in all_places if p.strong or not named.overlaps(p.start, p.end)]
    found = [*taken, *((p.prefix_start, p.end) for p in places), *((o.start, o.end) for o in orgs)]
    claimed = [*found, *quoted]
    people.extend(tagged_people(text, claimed, taken))
    people.extend(given_name_mentions(text, people, claimed))
    people.extend(listed_with_people(text, people, claimed))
    people.extend(repeated_names(text, people, found))  # a repeat inside quotes is still the person
    people = [p for p in people if _may_be_person(p) and not _names_a_thing(text, p)]
    people.sort(key=lambda p: p.start)
    return places, people, orgs


# A memorial or an institution named after a person ("đền thờ Vua Lê Thái Tổ", "khu di tích Nguyễn Sinh Sắc",
# "Thư viện gia đình Phạm Thế Cường", "tủ sách Bác Hồ", "giải thưởng Lưu Chí Hiếu") names the thing, not the
# person, as the labellers read them (11 of 12 labelled such names); so does a canal, a market or a bridge
# named with "Ông" or "Bà" ("kênh Ông Hiển", "chợ Bà Chiểu"), and "Đại Đoàn Kết" (great unity) no Mr Kết.
# Whole words only: "mộ" (a tomb) is not the end of "hâm mộ", "ngưỡng mộ" (admire him); and a lower-case
# "lễ tưởng niệm" honours the person, who is then mentioned (as `people`'s memorial rule reads it): only "Khu
# Tưởng niệm" names a site.
_NAMES_A_THING_RE = re.compile(
    r"(?<![\w])(?:(?:(?i:đền thờ|di tích|lưu niệm|thư viện(?: gia đình| mini)?|tủ sách|giải thưởng|tượng đài"
    r"|bảo tàng|lăng|(?<!hâm )(?<!ngưỡng )(?<!ái )(?<!mến )(?<!chiêu )mộ)|Tưởng niệm)[ ]"
    r"(?:(?:[Vv]ua|Chủ tịch|Bác|[Cc]ụ|cô|Đại tướng|Anh hùng)[ ])?"
    r"|(?i:kênh|rạch|cầu|chợ|núi|miếu|bến|giồng|hòn|vàm)[ ](?:Ông|Bà)[ ])$"
)


def _names_a_thing(text: str, span: PersonSpan) -> bool:
    """Is the name here part of a thing's name: a memorial, a library, a prize, a canal, a body named after
    Hồ Chí Minh ...?"""
    if span.name == "Đoàn Kết" and text[max(0, span.start - 4) : span.start] == "Đại ":
        return True
    if span.name == "Hồ Chí Minh" and _NAMESAKE_BODY_RE.search(text, max(0, span.start - 14), span.start):
        # at this mention, whatever the others: "Đội Thiếu niên Tiền phong Hồ Chí Minh ... lời Bác"
        return True
    return _NAMES_A_THING_RE.search(text, max(0, span.start - 40), span.start) is not None


# The end of a body named after a person: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Học viện Chính trị Quốc gia
# Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí Minh" hold no mention of the man ("Đại học Kinh tế Hồ Chí
# Minh" is in the city).
_NAMESAKE_BODY_RE = re.compile(r"(?:[Cc]ộng sản|TNCS|[Qq]uốc gia|[Tt]iền [Pp]hong|TNTP|Kinh tế)[ ]$")
# "Hùng Vương" is the title of the eighteen Hùng kings, not one man's name ("Giỗ Tổ Hùng Vương", "các Vua
# Hùng"); no label takes it for a person.
_NOT_PEOPLE_NAMES = frozenset(
    [
        "Hùng Vương",
        "Vua Hùng",
        "Đất Tổ",  # Phú Thọ, the Ancestral Land
        "Chủ Nhật",  # Sunday, which "Thứ Hai" to "Thứ Bảy" never are read as
        "Nông Dân Việt Nam",  # "danh hiệu Nông Dân Việt Nam Xuất Sắc", an award written in title case
        "Bàn Vương",  # the Dao's forefather in legend, as the Hùng kings are the Việt's
        "Quốc Tổ",  # "vị Quốc Tổ": the nation's forefather, King Hùng
        "Trò Trám",  # a festival ("Lễ hội Trò Trám")
        "Giờ Trái Đất",  # Earth Hour, a campaign written in title case
        "Lăng Bác",  # Hồ Chí Minh's mausoleum
        "Ngọc Hoàng",  # the Jade Emperor of legend
        "Xòe",  # the Thái's dance ("Xòe Thái"), and the Tày's lute ("Đàn Tính")
        "Xòe Thái",
        "Đàn Tính",
        "Mê Kông",  # the river
        "Tất Niên",  # the year-end party ("họp mặt Tất Niên")
    ]
)
# ... and "vua Hùng", like the army's epithet "Bộ đội Cụ Hồ", names no one man.
_EPITHET_RE = re.compile(r"(?:[Vv]ua|[Bb]ộ đội [Cc]ụ)[ ]$")
# Ethnic groups whose names of two or more syllables the NER model reads as people's (a one-word "Thái"
# or "Kinh" is also a given name).
_ETHNIC_GROUPS = frozenset(
    fold_key(n)
    for n in (
        "Ba Na",
        "Gia Rai",
        "Ê Đê",
        "Xơ Đăng",
        "Cơ Tu",
        "Khơ Mú",
        "Sán Dìu",
        "Sán Chay",
        "Hà Nhì",
        "Phù Lá",
        "La Chí",
        "Lô Lô",
        "Cơ Lao",
        "Bố Y",
        "Si La",
        "Pu Péo",
        "Rơ Măm",
        "Chơ Ro",
        "Xinh Mun",
        "Ơ Đu",
        "Gié Triêng",
        "Tà Ôi",
        "Bru Vân Kiều",
        "Chu Ru",
        "Cao Lan",
        "Cơ Ho",
        "K'Ho",
        "K’Ho",
        "Châu Ro",  # "Chơ Ro" as some write it
        "Khơ Me",  # the Khmer, spelled out
    )
)
# One-word peoples, named so only after "dân tộc", "đồng bào" or "người", or in a list after them: "đồng bào
# Chăm", "2 dân tộc Kinh và Chăm" (alone they are given names: "anh Thái", "chị Hoa").
_ONE_WORD_PEOPLES = frozenset(
    [
        "Chăm",
        "Cống",
        "Giáy",
        "Lự",
        "Mảng",
        "Khmer",
        "Mường",
        "Tày",
        "Nùng",
        "Dao",
        "Mông",
        "Hmông",
        "H'Mông",
        "Thái",
        "Hoa",
        "Kinh",
        "Mnông",
        "M'Nông",
        "Stiêng",
        "Mạ",
    ]
)
_PEOPLE_BEFORE_RE = re.compile(
    r"(?i:dân tộc|đồng bào|người|nhóm)[ ](?:[^\W\d_]+(?:[ ][^\W\d_]+)?(?:,[ ]|[ ]và[ ]))*$"
)
_OPENS_SENTENCE_RE = re.compile(r"(?:\A|[.!?\n][ ]*|[.!?][”\"][ ]*)\Z")
_A_PLACE_AFTER_RE = re.compile(
    r"[ ]là (?:một )?(?:xã|phường|thị trấn|huyện|thị xã|thôn|bản|làng|xóm|ấp)(?![\w])"
    r"(?![ ](?:ủy|uỷ|đội|viên|trưởng|phó|đoàn)(?![\w]))"  # "là xã đội trưởng", "là bản trưởng", "là xã viên"
)


def _names_no_one(person: Person, texts: dict[str | None, str]) -> bool:
    """Does the name stand for no person here: a village ("Bùi Xá": xá, a hamlet), the Hùng kings' dynastic
    name, a people ("người Ba Na"), a place the text says is one at any mention ("Lao Chải là xã vùng cao ..."), or,
    at every mention, a one-word people ("đồng bào Chăm"), the end of a body named after Hồ Chí Minh, an
    epithet ("Bộ đội Cụ Hồ") or a place the text says is one ("Thiên Lộc là xã đầu tiên ...")?"""
    if person.name.replace("’", "'") in ("M'Nông", "H'Mông"):
        return True  # peoples, whatever cue the text gives: "người đàn ông M’Nông"
    if person.title is None and (
        (person.name.endswith(" Xá") and person.name.count(" ") == 1)
        or person.name.split(" ")[0] in ("Hát", "Tiếng")  # an art or a language: "Hát Xoan", "Tiếng Anh"
        or person.name in _NOT_PEOPLE_NAMES
        or fold_key(person.name) in FORMER_PROVINCES  # "tỉnh Hà Sơn Bình"; the range "dãy Hoàng Liên Sơn"
        or fold_key(person.name) in _ETHNIC_GROUPS
    ):
        return True  # a village, the Hùng kings' dynastic name, a people ("người dân tộc Ba Na")
    return (
        all(
            (
                person.name == "Hồ Chí Minh"
                and _NAMESAKE_BODY_RE.search(texts[m.field], max(0, m.start - 14), m.start)
            )
            or (
                person.name in ("Hùng", "Hồ")
                and _EPITHET_RE.search(texts[m.field], max(0, m.start - 12), m.start)
            )
            or (
                person.title is None
                and person.name in _ONE_WORD_PEOPLES
                and _PEOPLE_BEFORE_RE.search(texts[m.field], max(0, m.start - 40), m.start) is not None
            )
            for m in person.mentions
        )
        or (
            person.title is None
            and len(person.name.split()) <= 2  # "Nguyễn Văn Bình là huyện ..." is a man's full name
            and any(
                _A_PLACE_AFTER_RE.match(texts[m.field], m.end)
                and _OPENS_SENTENCE_RE.search(texts[m.field][: m.start])
                for m in person.mentions
            )
        )
    )


def _may_be_person(span: PersonSpan) -> bool:
    """Not a lunar year ("năm Đinh Dậu") nor a known organisation's whole name ("Hoàng Anh Gia Lai", a club),
    unless a title says it is a person ("ông Đinh Dậu")."""
    return bool(span.title) or not (
        lunar_year(span.name) or known_orgs_re().fullmatch(span.name) or religious_term(span.name)
    )


_ALIAS_RE = re.compile(rf"[{UPPER}][{UPPER}\d&-]{{1,9}}")


def _bracketed_after(text: str, org: OrgSpan, ends: set[int]) -> bool:
    """Is `org` written in brackets right after another organisation's name ("... (LHQ)")?"""
    return text[org.end : org.end + 1] == ")" and any(
        text[e : org.start] in (" (", "(") for e in (org.start - 2, org.start - 1) if e in ends
    )


def _longest(spans: list[OrgSpan]) -> list[OrgSpan]:
    """Drop spans inside a longer one; keep text order."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[OrgSpan] = []
    for span in spans:
        if out and span.start < out[-1].end:
            if span.end - span.start > out[-1].end - out[-1].start:
                out[-1] = span
            continue
        out.append(span)
    return out


def _sentence_finder(text: str) -> Callable[[int], str | None]:
    """The sentence of `text` a mention starting at an offset sits in, for the facts' `sentence` field."""
    bounds = nlp.sentences(text)
    starts = [s for s, _ in bounds]

    cut: dict[int, str] = {}

    def find(start: int) -> str | None:
        # bisect, not a scan, and each sentence cut out once: a text naming thousands of facts asks once
        # per mention
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0:
            s, e = bounds[i]
            if s <= start < e:
                if i not in cut:
                    cut[i] = text[s:e].strip()
                return cut[i]
        return None

    return find


def _with_sentences(
    mentions: tuple[Mention, ...], sentence_of: Mapping[str | None, Callable[[int], str | None]]
) -> tuple[Mention, ...]:
    return tuple(m if m.sentence else replace(m, sentence=sentence_of[m.field](m.start)) for m in mentions)
