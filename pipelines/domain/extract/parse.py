"""Parse one article: header block, title, publication date, clean body, paragraphs and sentences."""

from __future__ import annotations

import calendar
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from pipelines.domain.reference import Reference, fold
from pipelines.domain.text import normalise_text

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# 'january' ... 'december', not 'jan' or 'sept': the months' whole names
FULL_MONTHS = frozenset(
    name for name, number in MONTHS.items() if name == calendar.month_name[number].lower()
)
YEAR = r"(?:19|20)\d\d"  # a year of the last or this century, as articles date things
A_YEAR = re.compile(rf"\b{YEAR}\b")  # a year standing as a word: 'in 2021'
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(rf"(?P<year>{YEAR})([-./])(?P<mnum>\d\d)\2(?P<day>\d\d)"),  # '2024-06-17', '2024.06.17'
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})", re.IGNORECASE),
    re.compile(  # '18 April 2025', '18-Apr-2025'
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-){_MONTH},?(?:\s+|-)(?P<year>{YEAR})",
        re.IGNORECASE,
    ),
    re.compile(rf"(?P<day>\d{{1,2}})[./](?P<mnum>\d{{1,2}})[./](?P<year>{YEAR})"),  # day first, as locally
    # a stamp's two-digit year, told by the time after it: '21/06/22 14:12'
    re.compile(r"(?<![\d./])(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<yy>\d\d)(?=,?\s+\d{1,2}:\d\d\b)"),
    # month first, as American outlets write it, where the day cannot be a month: '8/20/08', '12/31/2009'
    re.compile(
        rf"(?<![\d./])(?P<mnum>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])/(?:(?P<year>{YEAR})|(?P<yy>\d\d))(?![\d/])"
    ),
]
_DAY_MONTH = re.compile(
    rf"(?<![\w.])(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?!\d)"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')})"
    rf"(?!,?\s+{YEAR})",
    re.IGNORECASE,
)
_STAMP_WORDS = 16  # a date stamp line is short: 'Release time: 2012-12-28  Source: ...  Views: 1342'
_DATE_LABEL = re.compile(r"\b(?:published|publication|posted|release(?:d| time)|date)\b", re.I)
_STAMP_LINES = 12  # lines above the body where a page's date stamp may stand (a thesis's title page)
_PUBLISHED = re.compile(r"\b(?:published|posted)\b", re.I)  # 'Received ...; accepted ...; published ...'
_NOTE = r"\(\d{1,3}\)|\[\d{1,3}\]"  # a note's mark: '(23)', '[2]'
# a note's or a list item's mark opening a line: '(25) Kazakh Invest, press release, 5 June 2024.'
_NOTE_MARK = re.compile(rf"\s*(?:{_NOTE}|\d{{1,3}}[.)]\s)")
_DATELINE_BEFORE = re.compile(  # 'BISHKEK, ', 'Tashkent, Uzbekistan (UzDaily.com) -- ', 'date '
    r"\s*(?:[a-z]+:?\s+)?(?:[A-Z][\w.'-]*,?|\([^)]*\)|[-\u2013\u2014,.]+|\s)*"
)  # a date after lowercase words ('the debt as of February 28, 2022') is the news's, not the article's
_LEAD_WORDS = 10  # the first paragraph this long is the lead, where a dateline stands
_MENU_SEPARATOR = re.compile(r"\s+(?:\||›|»|>)\s+|\s{3,}")
_MENU_ITEMS = 3  # a menu has at least this many items
_MENU_ITEM_WORDS = 3
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,20}):\s*(?P<value>.*)$")
_HEADER_KEYS = {"date", "source", "title", "url", "author", "published", "language", "byline", "section"}
_DATELINE_SOURCE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40}?,?\s*(?:[^()]{0,30})?\((?P<source>[A-Za-z][\w .&-]{1,30})\)"
)
_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "co",
    "corp",
    "inc",
    "ltd",
    "no",
    "st",
    "jr",
    "sr",
    "vs",
    "approx",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
    "gen",
    "gov",
    "dept",
    "est",
    "ave",
    "fig",
    "ca",
    "pp",
    "p",
}
_LEGAL_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd"})
_OPENER_NEXT = re.compile(r"(?:The|This|These|Those|It|Its|They|Their|He|She|We|An?)\s")  # a new sentence
_NAME_FINAL = frozenset({"ltd", "inc"})  # legal forms no other word of the name follows
_WORD_NEXT = re.compile(r"[A-Z][a-z]")  # 'Co., Ltd. China Datang Overseas is investing': a new sentence
_DOTTED = re.compile(r"[a-z](?:\.[a-z])+")  # 'h.k', 'u.s', 'p.r.c': an abbreviation dotted throughout
_SCALE_ABBREVIATIONS = {"mln", "bln", "bn", "mn", "trln", "tn"}
_CURRENCY_NEXT = re.compile(r"(?:[A-Z]{3}|US|U\.S\.)\b")
# after the stop, closing quotes and brackets, and a note's mark: 'in 2021.[5] The', '(IPPA, 2023).(23) Since'
_SENTENCE_END = re.compile(rf"(?<=[.!?])(?:[\"')\]]|{_NOTE})*\s+(?=[\"'(\[]?[A-Z0-9])")
# a list item's mark: a dash, a bullet, an emoji ('🔹', '⚡️'), any symbol that is no letter, digit, bracket,
# quote, punctuation or currency, followed by a space; or a number with a point ('3.')
_SYMBOL = r"[^\w\s\"'()\[\]{}<>.,;:!?$\u20ac\u00a3\u00a5\u20b8%&@#/\\]"
_SYMBOL_MARK = rf"{_SYMBOL}{{1,2}}"
BULLET_MARK = rf"(?:{_SYMBOL_MARK}|\d{{1,2}}[.)])"
_BULLET = re.compile(rf"^{_SYMBOL_MARK}\s")
_HEADING_WORDS = 25
_HEADING_WORDS_BEFORE_COLON = 6
_EMOJI_END = re.compile(rf"\w\W*\s{_SYMBOL}+$")  # 'was put into operation 🌬⚡️': a post's sentence
# a line ending in a word no heading ends in: a sentence cut off mid-way ('..., with a capacity of')
_CUT_OFF = re.compile(
    r"\b(?:of|the|a|an|and|or|to|with|in|for|at|by|from|on|as|its|their|is|are|was|were|will)$"
)
# a person's name of two or three words, alone or as a byline ('By Trend' is an agency, no person)
_PERSON_LINE = re.compile(r"^(?:By\s+)?(?!By\s)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the clean body, with its paragraph number."""

    idx: int
    paragraph: int
    text: str


_LABEL = r"[A-Z][A-Za-z-]+(?: [A-Za-z/&()-]+){0,4}:"  # a field's label: 'Contract value:', 'Off-taker:'
_FIELD_LINE = re.compile(rf"^{_LABEL}\s+\S")
_RECORD_FIELD = re.compile(rf"(?:^|,\s){_LABEL}\s")  # a field in the statement a record is joined into
_MIN_RECORD_FIELDS = 3
# what parts a card's title line: 'KARA-KECHE TPP | Kyrgyzstan', 'Kara-Keche TPP - Naryn region' (long
# dashes are '-' by now)
_CARD_SEPARATOR = re.compile(r"\s+[|-]\s+")
_CARD_TITLE_WORDS = 12  # a record's title line above its fields is short: 'PSKEM HPP | Uzbekistan'
# a label, a colon or a dash, then a value that is a figure: 'Capacity: up to US$ 40.0 million', 'Investment
# - $520 million' (long dashes are read as '-')
_FIGURE_FIELD = re.compile(
    r"^[^:]{2,80}(?::|\s-)\s+(?:(?:up to|about|approximately|around|some|over|nearly)\s+)?"
    r"(?:US\$|\$|\u20ac|\u00a5|[A-Z]{3})?\s?\d[\d.,]*\s*(?P<rest>.*)$"
)
_FIGURE_FIELD_WORDS = 3  # words after the number: 'million', 'MW'; a headline ('210 MW farm starts') has more
_BRACKETED = re.compile(r"\([^)]*\)")
_PRODUCT_OF = re.compile(r"\bof\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")  # 'tonnes of metallic silicon'
_PERIOD = re.compile(r"\b(?:per year|a year|per annum)\b", re.I)  # '800 thousand tonnes per year'
_TABLE_CELL = re.compile(r"\s+\|\s+|\s*\|\s*(?=\S)")  # 'A | B | C', '|A|B|'
_MIN_TABLE_CELLS = 3
_HEADER_UNIT = re.compile(r"(?:^|,\s*|\(\s*|\bin\s+)(?P<unit>[^\s(),]+)\)?$")  # 'Installed, MW', '(MW)', 'MW'
_BARE_FIGURE = re.compile(r"^\s*\d[\d\s.,]*$")  # '30.0', '1 320'
TABLE_ROW_MARK = "- "  # a table's row is read as an item of the table's list
_SHORT_CELL_WORDS = 4  # a project's name in a table cell, not a description
_PROJECT_COLUMN = re.compile(r"(?:project|project name|plant|facility)$", re.I)  # a table's first column
_WRAP_LINES = 8  # a text wrapped at a fixed width has at least this many lines ...
_WRAP_QUANTILE = 0.9  # ... its width is the length most lines stay under ...
_WRAP_NEAR = 0.8  # ... and at least _WRAP_SHARE of its lines come this near that width
_WRAP_SHARE = 0.4
_WRAP_MAX_WIDTH = 160  # longer lines are paragraphs, not a width
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")  # '> EKIBASTUZ. A ferrosilicon plant ...': a forum or mail quote
_QUOTE_WRAP_LINES = 3  # a quoted run of this many lines, all but its last near its longest, is wrapped text
_TRAILING_HEADLINES = 2  # headline lines ending a page that are links to other stories
_HEADLINE_WORDS = 6  # a headline has a verb and its objects; a project list line is shorter
_HEADLINE_MAX_WORDS = 25  # a longer line under 'TOP STORIES' is a story's excerpt, not a headline
_EXCERPT_REACH = 4  # lines under a stories heading where an excerpt shows it heads stories
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-\u2013\u2022\u25cf*\u00b7])\s+")


def is_heading(text: str) -> bool:
    """A short line with no final punctuation ('Background', 'Projects:'): a section heading, not a
    statement; a longer line ending in a colon leads into a list and is a statement."""
    if text.endswith(":"):
        return len(text.split()) <= _HEADING_WORDS_BEFORE_COLON
    if is_figure_field(text) or is_list_item(text) or _CUT_OFF.search(text) or _EMOJI_END.search(text):
        return False  # 'Total project cost: US$ 178.6 million', '- a 50 MW plant', 'X was launched 🎉'
    return text[-1] not in ".!?\"');," and len(text.split()) <= _HEADING_WORDS


def is_list_item(sentence: str) -> bool:
    """'- a 500 MW wind farm in Karakalpakstan with Universal Energy': a bulleted item of a list."""
    return bool(_BULLET.match(sentence))


def record_fields(text: str) -> list[tuple[int, int]]:
    """Where each field's label stands in a record's statement ('Project: X, Location: Y, Capacity: Z'); none
    for a sentence with fewer fields than a record has."""
    if ":" not in text:
        return []  # most sentences: no field at all
    labels = [(m.start(), m.end()) for m in _RECORD_FIELD.finditer(text)]
    return labels if len(labels) >= _MIN_RECORD_FIELDS else []


def is_parameter_line(text: str) -> bool:
    """'- total project cost: USD 2.6 billion;', 'ADB A loan: US$ 45.0 million': a bulleted item or a field
    with a figure, as lists of a project's parameters are written."""
    return is_list_item(text) or is_figure_field(text)


def is_figure_field(text: str) -> bool:
    """'ADB loan (ordinary capital): US$ 45.0 million', 'Investment - $520 million': a label, a colon or a
    dash and a value with a figure, as a data sheet or a digest lists a project's parameters."""
    field = _FIGURE_FIELD.match(text)
    rest = _PRODUCT_OF.sub("", _PERIOD.sub("", _BRACKETED.sub("", field["rest"]))) if field else ""
    return field is not None and len(rest.split()) <= _FIGURE_FIELD_WORDS


def shouted(text: str) -> bool:
    """'SECOND BAGTYYARLYK PLANT STARTS UP': all in capitals, where a capital marks no name."""
    return not any(c.islower() for c in text)


@dataclass(frozen=True)
class ParsedArticle:
    """An article's metadata and clean, sentence-split body."""

    article_id: str
    source_file: str
    title: str | None
    published_date: date | None
    date_note: str | None
    source: str | None
    body: str
    sentences: tuple[Sentence, ...]
    about: tuple[str, ...] = ()  # sentences of an 'About the company' block: who is who, no project facts


def parse_article(article_id: str, source_file: str, text: str, ref: Reference) -> ParsedArticle:
    """Split header from body, find title and date, strip boilerplate and split sentences."""
    header, lines = _split_header(normalise_text(text).split("\n"))
    stamp, lines = _split_date_stamp(lines)
    if stamp and "date" not in header:
        header["date"] = stamp
    title = header.get("title") or _title_line(lines)
    if title and title in (line.strip() for line in lines):
        lines = [line for line in lines if line.strip() != title]
    body_lines, about_lines = _strip_boilerplate(_unquoted(lines), ref)
    body_lines = _without_trailing_headlines(body_lines)
    paragraphs = _paragraphs(_records(_table_rows(body_lines, ref.facility_terms["modifier"], ref.units)))
    body = "\n\n".join(paragraphs)
    published, note = _publication_date(header, paragraphs)
    texts = [(p_idx, s) for p_idx, paragraph in enumerate(paragraphs) for s in split_sentences(paragraph)]
    sentences = tuple(Sentence(i, p_idx, s) for i, (p_idx, s) in enumerate(texts))
    about = tuple(s for paragraph in _paragraphs(about_lines) for s in split_sentences(paragraph))
    return ParsedArticle(
        article_id,
        source_file,
        title,
        published,
        note,
        header.get("source") or _dateline_source(paragraphs),
        body,
        sentences,
        about,
    )


def _split_header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A leading block of `key: value` lines ended by a blank line, if there is one."""
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            return (header, lines[i + 1 :]) if header else ({}, lines)
        match = _HEADER_LINE.match(line.strip())
        if not match or match["key"].strip().lower() not in _HEADER_KEYS:
            return {}, lines
        header[match["key"].strip().lower()] = match["value"].strip()
    return header, []


def _split_date_stamp(lines: list[str]) -> tuple[str | None, list[str]]:
    """A short line with a full date above the body (a page's masthead, menu and title lines come first) or
    among the last three text lines ('12 April 2024, 14:35', 'Source: Xinhua | 2024-12-20 19:42:10', 'By
    Dana Omarova in Business on 18 September 2019'), taken out of the body."""
    content = [i for i, line in enumerate(lines) if line.strip() and not is_menu(line.strip())]
    long_lines = (n for n, i in enumerate(content) if _is_body_line(lines[i]))
    first_body = next(long_lines, len(content))
    # last, the byline lines right under a standfirst that ends a sentence ('... where $386 million went.')
    under_standfirst = content[first_body + 1 : min(first_body + 3, _STAMP_LINES)]
    stamps = [
        i
        for i in content[: min(first_body, _STAMP_LINES)] + content[-3:][::-1] + under_standfirst
        if _words(lines[i]) <= _STAMP_WORDS and find_full_date(lines[i]) and not _NOTE_MARK.match(lines[i])
    ]
    labelled = [i for i in stamps if _DATE_LABEL.search(lines[i])]  # 'Date of publication: 10.01.2024'
    if not stamps:
        return None, lines
    i = (labelled or stamps)[0]
    return lines[i].strip(), lines[:i] + lines[i + 1 :]


def _is_body_line(line: str) -> bool:
    """A long line that ends a sentence: body text, not a standfirst under the title ('Beijing's appetite
    for Central Asian gas is growing, but the fourth line remains on hold')."""
    return _words(line) > _STAMP_WORDS and line.rstrip()[-1:] in ".!?\"')"


def _words(line: str) -> int:
    return sum(1 for word in line.split() if word not in ("|", "-", "\u2022"))


def _title_line(lines: list[str]) -> str | None:
    """The first line of four or more words without final punctuation, above body text; masthead lines
    ('Rudny Altai', 'Aktobe regional weekly') and bylines before it are passed over."""
    content = [line.strip() for line in lines if line.strip() and not is_menu(line.strip())]
    for i, line in enumerate(content[:4]):
        if line.startswith("By ") or (len(line.split()) <= 3 and line[-1] not in ".!?"):
            continue
        is_title = len(line) <= 200 and line[-1] not in ".!?:" and len(line.split()) >= 4
        return line if is_title and i + 1 < len(content) else None
    return None


def _strip_boilerplate(lines: list[str], ref: Reference) -> tuple[list[str], list[str]]:
    """Drop navigation lines and cut the tail at an author bio or an 'About the company' block.

    Returns the body lines and the 'About' block's lines (names of companies, no facts)."""
    noise = ref.cue_pattern("boilerplate")
    tail = ref.cue_pattern("tail_marker")
    teasers = ref.cue_pattern("teaser_heading")
    contents = ref.cue_pattern("contents_heading")
    kept: list[str] = []
    in_teasers = False  # under 'READ ALSO': other stories' headlines, one per line
    in_contents = False  # under 'In this issue': the headings of the sections below, up to a blank line
    for i, line in enumerate(lines):
        stripped = line.strip()
        if tail.search(stripped) and not (teasers.search(stripped) and _stories_follow(lines, i)):
            return kept, lines[i + 1 :]
        if _starts_author_bio(lines, i):
            break
        in_contents = bool(contents.search(stripped)) or (in_contents and bool(stripped))
        in_teasers = bool(teasers.search(stripped)) or (in_teasers and _teaser(stripped))
        listed = in_contents or in_teasers
        if not (listed or noise.search(stripped) or (is_menu(stripped) and not _heads_a_table(lines, i))):
            kept.append(line)
    return kept, []


def _teaser(line: str) -> bool:
    """A line of a block of other stories' headlines: blank, or a headline with no final stop (not a
    story's excerpt cut off mid-sentence)."""
    return not line or (line[-1] not in ".!?\"'”)" and _words(line) <= _HEADLINE_MAX_WORDS)


def _stories_follow(lines: list[str], i: int) -> bool:
    """'TOP STORIES' over stories' excerpts (an aggregator's page), not over a list of headlines: one of the
    lines under the heading is longer than a headline."""
    following = [line for line in lines[i + 1 :] if line.strip()][:_EXCERPT_REACH]
    return any(_words(line) > _HEADLINE_MAX_WORDS for line in following)


def _heads_a_table(lines: list[str], i: int) -> bool:
    """'Project | Country | Capacity' over rows with as many cells: a table's header, not a menu."""
    following = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return following.count("|") == lines[i].count("|") >= _MIN_TABLE_CELLS - 1


def _without_trailing_headlines(lines: list[str]) -> list[str]:
    """A page's body ending in two or more headline lines (other stories linked under the article, with no
    heading of their own) ends before them."""
    end = len(lines)
    headlines = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if not _looks_like_headline(line):
            break
        headlines, end = headlines + 1, i
    return lines[:end] if headlines >= _TRAILING_HEADLINES else lines


def _looks_like_headline(line: str) -> bool:
    """'China's Exim Bank lends $500 million for Tajik power line': a heading of several words that is no
    list item and no field."""
    return (
        is_heading(line)
        and len(line.split()) >= _HEADLINE_WORDS
        and not _LIST_MARKER.match(line)
        and ":" not in line
        and "|" not in line
    )


def is_menu(line: str) -> bool:
    """A site's menu or breadcrumb trail: 'Economy | Energy | Politics', 'Home › Economy › Energy'; not a
    table row ('| Project | MW |') or a date stamp with its source."""
    items = _MENU_SEPARATOR.split(line)
    short = all(
        0 < len(item.split()) <= _MENU_ITEM_WORDS and not any(c.isdigit() for c in item) for item in items
    )
    return len(items) >= _MENU_ITEMS and short and not line.startswith("|")


def _starts_author_bio(lines: list[str], i: int) -> bool:
    """A lone name line whose next text line starts with the same name (a byline and bio)."""
    name = lines[i].strip()
    if not _PERSON_LINE.match(name):
        return False
    following = [line.strip() for line in lines[i + 1 :] if line.strip()]
    surname = name.split()[-1]
    return not following or following[0].startswith((name.removeprefix("By ").strip(), surname))


def _table_rows(lines: list[str], kinds: Container[str], units: Container[str]) -> list[str]:
    """'Angren TPP (UZ) | 150 MW | Uzbekenergo; CNEEC | operating': a row of a table written as text is one
    statement, its cells joined by commas; a table's header row ('Project | Capacity | Status') and rule
    rows ('|---|---|') say nothing and are dropped, but the unit a header gives its column ('Installed, MW')
    goes with the column's bare figures. Under a 'Project' column, 'Batken solar' is the 'Batken solar
    project'."""
    out: list[str] = []
    in_table = projects = False
    column_units: list[str | None] = []
    for line in lines:
        cells = [c for c in _TABLE_CELL.split(line.strip().strip("|")) if c.strip()]
        if len(cells) < _MIN_TABLE_CELLS:
            out.append(line)
            in_table = False
            continue
        rule = all(set(c.strip()) <= set("-:= ") for c in cells)
        header = not in_table and not any(ch.isdigit() for ch in line)
        projects = bool(_PROJECT_COLUMN.match(cells[0].strip())) if header else projects
        column_units = [_column_unit(c, units) for c in cells] if header else column_units
        in_table = True
        if not (rule or header):
            cells = _with_units(cells, column_units)
            first = _as_project(cells[0], kinds) if projects else cells[0]
            out.append(TABLE_ROW_MARK + _statement([first, *cells[1:]]))
    return out


def _column_unit(header: str, units: Container[str]) -> str | None:
    """'Installed, MW', 'Capacity (MW)', 'Output, t/year': the unit a header cell gives its column."""
    found = _HEADER_UNIT.search(header.strip())
    return found["unit"] if found and found["unit"] in units else None


def _with_units(cells: list[str], column_units: list[str | None]) -> list[str]:
    """A row's bare figures with the unit of their column, when the row has a cell for every column."""
    if len(cells) != len(column_units):
        return cells
    return [
        f"{cell.strip()} {unit}" if unit and _BARE_FIGURE.match(cell) else cell
        for cell, unit in zip(cells, column_units, strict=True)
    ]


def _as_project(cell: str, kinds: Container[str]) -> str:
    """'Karakalpakstan wind' in a table's project column: a short name ending in a kind of facility and no
    facility noun names a project ('Karakalpakstan wind project')."""
    words = cell.split()
    parts = fold(words[-1]).split()  # 'wind-plus-storage': its first word
    kind = bool(parts) and parts[0] in kinds and words[-1].islower()
    short = len(words) <= _SHORT_CELL_WORDS and not any(c.isdigit() for c in cell)
    return f"{cell.strip()} project" if kind and short else cell


def _statement(parts: Iterable[str]) -> str:
    """A table row's cells or a record's fields as one clause: joined by commas, their own stops and
    semicolons turned to commas, one full stop at the end."""
    return ", ".join(part.strip().rstrip(".;").replace(";", ",") for part in parts) + "."


def _records(lines: list[str]) -> list[str]:
    """'Project: X' / 'Location: Y' / 'Capacity: Z' ...: a run of three or more field lines is one
    statement, its fields joined by commas into one clause, so that the record's status is its own (a
    blank line or any other line ends it), with the title line right above it; shorter runs stay as they
    were written."""
    out: list[str] = []
    unmarked = [_LIST_MARKER.sub("", line.strip()) for line in lines]  # '3. Construction scale: 150MW'
    fields = [bool(_FIELD_LINE.match(line)) for line in unmarked]
    for is_field, group in groupby(zip(fields, lines, unmarked, strict=True), key=lambda row: row[0]):
        run = list(group)
        if is_field and len(run) >= _MIN_RECORD_FIELDS:
            numbered = any(line != bare for _, line, bare in run)  # '1. Owner: ...'
            title = (
                [_CARD_SEPARATOR.sub(", ", out.pop())] if out and _is_card_title(out[-1], numbered) else []
            )
            out.append(_statement([*title, *(bare for _, _, bare in run)]))
        else:
            out.extend(line for _, line, _ in run)
    return out


def _is_card_title(line: str, numbered_fields: bool) -> bool:
    """'KARA-KECHE TPP | Kyrgyzstan, Naryn region' or a numbered item ('1. Wind power plant, 500 MW') right
    above a record's fields: what the record is of, a short line with no label and no closing stop; not a
    numbered heading above fields numbered in their turn ('(I) Ekibastuz CHP Project' above '1. Owner: ...'
    heads its item already)."""
    words = line.split()
    short = 0 < len(words) <= _CARD_TITLE_WORDS and ":" not in line and line.rstrip()[-1] not in ".!?"
    return short and not (numbered_fields and NUMBERED_ITEM.match(line))


# '3) an agreement between ...', '(II) Shelek Wind Farm Project', 'IV. Guazhou Wind Farm': a list's or a
# filing's numbered item
NUMBERED_ITEM = re.compile(r"(?:\d{1,2}[.)]|\((?:\d{1,2}|[IVX]{1,4}|[ivx]{1,4}|[a-h])\)|[IVX]{1,4}\.)\s")


def _unquoted(lines: list[str]) -> list[str]:
    """Quoted lines without their '>' marks; a quoted run wrapped at a width ('> The design capacity is' /
    '> 240 thousand tonnes ...') is one paragraph, while quoted headlines of other lengths stay lines."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if _QUOTE_MARK.match(line):
            run.append(_QUOTE_MARK.sub("", line).rstrip())
            continue
        if run:
            out.extend(["", " ".join(run), ""] if _wrapped_run(run) else run)
            run = []
        out.append(line)
    return out[:-1]


def _wrapped_run(run: list[str]) -> bool:
    """A quoted run of `_QUOTE_WRAP_LINES` lines or more whose lines but its last reach near its longest."""
    longest = max(map(len, run))
    return len(run) >= _QUOTE_WRAP_LINES and all(len(line) >= _WRAP_NEAR * longest for line in run[:-1])


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs; a hard-wrapped line continues when the next starts lower case (or
    with a figure, on the next line); a numbered item ('3) an agreement ...') never continues."""
    paragraphs: list[str] = []
    blank_before = False
    width, previous = _wrap_width(lines), ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            blank_before = True
            continue
        open_ended = paragraphs and paragraphs[-1][-1] not in ".!?:\"')"
        wrapped = line[0].islower() or (line[0].isdigit() and not blank_before)
        no_room = width and not blank_before and len(previous) >= _WRAP_NEAR * width
        if open_ended and (wrapped or no_room) and not NUMBERED_ITEM.match(line):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        blank_before, previous = False, raw.rstrip()
    return paragraphs


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text is hard-wrapped at (a stock-exchange filing stored as 110-character lines), or None:
    there a line that ends open near that width goes on in the next line whatever its case ('... in the
    south of the' / 'Republic of Uzbekistan, ...'); a short heading above its paragraph does not."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip() and "|" not in line)
    if len(lengths) < _WRAP_LINES:
        return None
    width = lengths[int(len(lengths) * _WRAP_QUANTILE)]
    near = sum(1 for length in lengths if _WRAP_NEAR * width <= length)
    return width if width <= _WRAP_MAX_WIDTH and near >= _WRAP_SHARE * len(lengths) else None


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, not splitting after abbreviations or initials."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()]
        # the word before the stop, brackets and quotes aside ('(approx. USD 7.5 million)')
        last_word = before.rsplit(None, 1)[-1].strip(".!?\"'()[]").lower() if before.strip() else ""
        opener = _WORD_NEXT if last_word in _NAME_FINAL else _OPENER_NEXT
        opens = last_word in _LEGAL_ABBREVIATIONS and opener.match(paragraph[match.end() :])
        if (last_word in _ABBREVIATIONS and not opens) or _initial(before, last_word):
            continue  # 'Textile Co. The complex ...' is two sentences; 'Co. Ltd' is one name
        if _DOTTED.fullmatch(last_word) and not _OPENER_NEXT.match(paragraph[match.end() :]):
            continue  # 'Gold Mountains (H.K.) International', 'U.S. Exim Bank'; not 'the U.S. The plant'
        if not sentences and start == 0 and re.fullmatch(r"[A-Z][A-Z-]+\.|\d{1,2}\.", before.strip()):
            continue  # 'ALMATY. KAZINFORM - ...': a dateline; '10. Kara-Balta refinery': a list number
        if last_word in _SCALE_ABBREVIATIONS and _CURRENCY_NEXT.match(paragraph[match.end() :]):
            continue  # '$2.5 bln. USD' goes on; '... of $2.5 bln. The plant ...' is two sentences
        sentences.append(paragraph[start : match.start()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def _initial(before: str, last_word: str) -> bool:
    """'J. Smith', 'Sh. Akbarov': a letter and a full stop; not a scale after a number ('$2.63 B. A loan')."""
    words = before.split()
    return bool(re.fullmatch(r"[a-z]", last_word)) and not (len(words) > 1 and words[-2][-1:].isdigit())


def _publication_date(header: dict[str, str], paragraphs: list[str]) -> tuple[date | None, str | None]:
    """The header's date, else a full date in the dateline or first sentence; else null with a note."""
    if header.get("date") or header.get("published"):
        found = _stamp_date(header.get("date") or header.get("published") or "")
        if found:
            return found, "from the header or date line"
    leads = (p for p in paragraphs if len(p.split()) >= _LEAD_WORDS and re.search(r"[.!?]", p))
    lead = next(leads, "")[:300]  # the first paragraph of sentences, past a site's name and menus
    first_sentence = split_sentences(lead)[0] if lead else ""
    dated = _first_date(first_sentence)
    if dated and _DATELINE_BEFORE.fullmatch(first_sentence[: dated[1]]):
        return dated[0], "from the dateline"
    partial = _DAY_MONTH.search(first_sentence)
    if partial:
        return None, f"the text gives '{partial.group(0).strip()}' without a year"
    return None, "the text gives no date"


def _stamp_date(stamp: str) -> date | None:
    """The date a stamp gives the page: the one after 'published' where the stamp gives several."""
    label = _PUBLISHED.search(stamp)
    return (label and find_full_date(stamp[label.end() :])) or find_full_date(stamp)


def find_full_date(text: str) -> date | None:
    """The first complete date (day, month, year) written in `text`."""
    dated = _first_date(text)
    return dated[0] if dated else None


def _first_date(text: str) -> tuple[date, int] | None:
    """The first complete date a pattern finds in `text`, and where it starts."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
        year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["yy"])
        try:
            return date(year, month, int(parts["day"])), match.start()
        except ValueError:
            continue
    return None


def _dateline_source(paragraphs: list[str]) -> str | None:
    """The agency in a dateline such as 'ASTANA, May 14 (Xinhua) --'."""
    match = _DATELINE_SOURCE.match(paragraphs[0]) if paragraphs else None
    return match["source"].strip() if match else None
