"""Run-in labels: 'Beineu-Bozoi-Shymkent. KazTransGas ... confirmed the financing plan for the gas pipeline
...'. A digest's item or a report's section opens with the name of what it speaks of; the first facility
its text calls only by its noun ('the gas pipeline') is the one so named."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.domain.extract.annotate.facilities import Frame
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.parse import BULLET_MARK

# one to four capitalised words and a full stop, after an optional list mark: 'Fon-Yagnob.', '- Kashagan.'
_LABEL = re.compile(rf"^(?:{BULLET_MARK}\s+)?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,3}})\.$")
_BARE_NOUN = re.compile(r"^the (?:[a-z-]+ )*[a-z-]+$", re.I)  # 'the gas pipeline', 'The coal mine'
_AREA_KINDS = ("region", "country")  # a section on a region ('Akmola region.') names no facility


def name_labelled_facilities(docs: list[SentenceDoc]) -> None:
    """Give the label's name to the first facility each labelled paragraph calls only by its noun, when the
    paragraph names none before it."""
    body = "\n".join(doc.text for doc in docs)
    for i, doc in enumerate(docs):
        label = _label(doc, body)
        if label is None or not _opens_paragraph(docs, i):
            continue
        paragraph = [d for d in docs[i + 1 :] if d.paragraph == doc.paragraph]
        _name_first_bare_facility(paragraph, label)


def _label(doc: SentenceDoc, body: str) -> str | None:
    """The name a sentence that is only a run-in label gives: not a facility phrase, a company, a region
    or a country, and a word the article writes as a name elsewhere ('the Bagtyyarlyk contract territory')
    or a hyphenated one ('Fon-Yagnob'); not a section title ('Employees.', 'Offtake.')."""
    label = _LABEL.match(doc.text)
    if label is None or doc.facilities or doc.orgs or doc.countries:
        return None
    if any(p.kind in _AREA_KINDS for p in doc.places):
        return None
    name = label["name"]
    written_as_name = re.search(rf"[a-z,] {re.escape(name)}\b", body)
    return name if "-" in name or written_as_name else None


def _opens_paragraph(docs: list[SentenceDoc], i: int) -> bool:
    """The paragraph's first sentence, with more of the paragraph after it."""
    first = i == 0 or docs[i - 1].paragraph != docs[i].paragraph
    return first and i + 1 < len(docs) and docs[i + 1].paragraph == docs[i].paragraph


def _name_first_bare_facility(paragraph: list[SentenceDoc], label: str) -> None:
    for doc in paragraph:
        for k, frame in enumerate(doc.facilities):
            if frame.name or frame.names:
                return  # the paragraph names its facility itself
            if _bare(frame):
                noun = frame.noun_phrase.split(" ", 1)[1]
                doc.facilities[k] = replace(frame, name=f"{label} {noun}")
                return


def _bare(frame: Frame) -> bool:
    """'the gas pipeline': a facility of a known kind called by its noun alone."""
    return (
        frame.project_type is not None
        and frame.definite
        and not frame.plural
        and bool(_BARE_NOUN.match(frame.noun_phrase))
    )
