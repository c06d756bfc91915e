"""Facts from an article's text: people, places, organisations, figures and named models.

Stages, per field (title, lead, body), in this order because each one claims spans the next must not
take: (1) places with an administrative prefix ("xã Sơn Nga"), which are never people; (2) people, with
the organisations their roles name; (3) organisations by their grammar, never swallowing a person;
(4) bare place names (provinces, countries) that no person or organisation claimed; (5) figures and named
models from their own modules. Then the mentions of all fields are grouped: a place is linked to the
gazetteer once, with the whole article (and its province) as context; "ông Thương" joins "Nguyễn Công
Thương"; the byline author is dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from extractors import gazetteer, nlp
from extractors.credits import NEWSPAPER_NAMES
from extractors.facts import Facts, Figure, Mention, NamedModel, Organization, Person, Place
from extractors.figures import find_figures
from extractors.intervals import DisjointSpans, Spans
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
from extractors.people import find_person_spans, merge_people, names_no_one
from extractors.person_names import SURNAMES, PersonSpan, plausible_syllables
from extractors.places import (
    LEADING_WORDS,
    LOWER,
    SYL,
    UPPER,
    PlaceSpan,
    find_place_spans,
    is_place_name,
    resolve_places,
)
from extractors.roles import ROLE_HEAD_RE

__all__ = ["EXTRACTOR_VERSION", "extract_facts"]

EXTRACTOR_VERSION = "47"

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
    facts = Facts(
        people=tuple(
            replace(p, mentions=_with_sentences(p.mentions, sentence_of))
            for p in merge_people(people_found, author=author, organization_of=organization_of)
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
    people = find_person_spans(text, blocked=[(p.prefix_start, p.end) for p in strong])
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
    people.extend(_tagged_people(text, claimed, taken))
    people.extend(_given_name_mentions(text, people, claimed))
    people.extend(_listed_with_people(text, people, claimed))
    people.extend(_repeated_names(text, people, found))  # a repeat inside quotes is still the person
    people.sort(key=lambda p: p.start)
    return places, people, orgs


def _repeated_names(
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
        if not taken.overlaps(m.start(), m.end()):
            out.append(PersonSpan(m.start(), m.end(), m.group(), full=True))
    return out


_ALIAS_RE = re.compile(rf"[{UPPER}][{UPPER}\d&-]{{1,9}}")


def _bracketed_after(text: str, org: OrgSpan, ends: set[int]) -> bool:
    """Is `org` written in brackets right after another organisation's name ("... (LHQ)")?"""
    return text[org.end : org.end + 1] == ")" and any(
        text[e : org.start] in (" (", "(") for e in (org.start - 2, org.start - 1) if e in ends
    )


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


def _listed_with_people(
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
    ]
)
_CAN = frozenset(["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"])
_CHI = frozenset(["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"])
# The word before a bare given name starts lower-case (or is a number), or a comma ends it: "Diệu Nhi" is
# not "Nhi" after "Diệu", but in "nhà chị Hương, Trung có ..." Trung is a name.
_AFTER_LOWER_RE = re.compile(rf"(?:(?:^|[^\w])(?:[{LOWER}]|\d)\w*[ ,;]*|\w[,;])[ ]$")
_NAMED_THING_RE = re.compile(
    r"(?<![\w])(?:sông|suối|hồ|núi|đèo|cầu|chùa|đền|đình|chợ|đảo|phố|đường|lễ hội|họ)[ ]$", re.IGNORECASE
)
_LOOSE_NAME_RE = re.compile(rf"(?<![\w])({SYL})(?:[ ]({SYL}))?")


def _tagged_people(
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
                or (len(words) == 2 and words[0] in _CAN and words[1] in _CHI)
                or _NAMED_THING_RE.search(text, max(0, start - 12), start)  # "sông Hương", "núi Bà"
            ):
                continue
            if not _after_lower_or_opener(text, start, name):
                continue
            out.append(PersonSpan(start, end, name, full=len(words) > 1 and words[0] in SURNAMES))
    return out


# A preposition opening a headline before two syllables the NER model tags as a person: "Cùng Diễm Hương
# tỏa sáng tại Miss Universe".
_OPENER_BEFORE_RE = re.compile(r"(?:^|[.!?:][ ]+)(?:Cùng|Với|Khi|Giúp|Như)[ ]$")


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
        or words[0].lower() in LEADING_WORDS
        or name in _REGIONS
        or fold_key(name) in _NOT_HEADLINE_NAMES
        or fold_key(name) in NEWSPAPER_NAMES  # "Tuổi Trẻ đưa tin"
        or known_orgs_re().match(text, start)  # "Thể Công thắng", "Mai Linh tăng giá"
        or not plausible_syllables(words)
        or _names_district_or_wider(name)
        or (len(words) == 2 and words[0] in _CAN and words[1] in _CHI)
    )


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
    names = [(a, b, text[a:b].split(" ")) for a, b in spans if (a, b) not in people]
    return [PersonSpan(a, b, " ".join(w), full=len(w) > 2 and w[0] in SURNAMES) for a, b, w in names]


def _names_district_or_wider(name: str) -> bool:
    """Whether `name` names a country, province or district: the units a headline opens with unprefixed
    ("Tân Yên tổ chức ..."). A commune's name is as often a person's given names ("Quang Vinh")."""
    units = gazetteer.load().by_name.get(fold_key(name), ())
    return is_place_name(name, units=False) or any(u.kind == "D" for u in units)


# Words before a compass point that make it a region, not the given name it also is: "miền Nam", "phía Bắc".
_DIRECTION_BEFORE_RE = re.compile(r"(?<![\w])(?:miền|phía|hướng|vùng|khu vực|Đông|Tây|Nam|Bắc)[ ]$")


def _given_name_mentions(
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
