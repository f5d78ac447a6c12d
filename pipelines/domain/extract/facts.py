"""What the linkers produce: project mentions and the per-article fact rows, each with its evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.domain.extract.annotate.facilities import Frame, ordinal
from pipelines.domain.extract.annotate.places import PlaceMention
from pipelines.domain.extract.doc import SentenceDoc


@dataclass
class ProjectMention:
    """A facility spoken of in a sentence: one row of the per-article `project_frames` table."""

    frame_id: str
    sentence: SentenceDoc
    project_type: str
    name: str | None
    locality: str | None = None
    region: str | None = None
    region_code: str | None = None
    country: str | None = None
    status: str = "announced"
    status_basis: str = "default"
    refers_to: str | None = None  # the frame id of the earlier mention this one points back to
    head_start: int = 0
    head_end: int = 0
    span: tuple[int, int] = (0, 10**6)  # the sentence text this mention owns
    frame: Frame | None = None  # the facility phrase a new mention was read from
    own_places: list[PlaceMention] = field(default_factory=list)  # places in its part of that phrase
    placed_by_context: bool = False  # its region comes from the paragraph or article, not its own words
    head_word: str | None = None  # the facility noun it was named with, or its antecedent's
    product: str | None = None  # what it makes, when its phrase says ('polyethylene')
    part_of: str | None = (
        None  # the root of the project this facility is a part of ('It will include a BESS')
    )
    phase: int | None = None  # the number of the later phase it is ('the third phase of the field': 3)
    phase_of: str | None = None  # the root of the project it is a later phase of

    def phrase(self) -> Frame | None:
        """The facility phrase it was read from, a reference's too."""
        if self.frame is not None:
            return self.frame
        return next((f for f in self.sentence.facilities if f.head_start == self.head_start), None)

    @property
    def own_name(self) -> str | None:
        """The name the text gave it; a later phase's name ('X, phase 2') is made from its project's."""
        return None if self.phase_of else self.name

    @property
    def root(self) -> str:
        """The frame id of the project's first mention in the article."""
        return self.refers_to or self.frame_id

    @property
    def rank(self) -> str | None:
        """'the third gas processing plant': third, the rank its phrase gives it among plants of its kind."""
        phrase = self.phrase()
        return ordinal(phrase.noun_phrase) if phrase is not None else None

    def row(self) -> dict:
        return {
            "frame_id": self.frame_id,
            "sentence_idx": self.sentence.idx,
            "project_type": self.project_type,
            "name": self.name,
            "locality": self.locality,
            "region": self.region,
            "region_code": self.region_code,
            "country": self.country,
            "status": self.status,
            "status_basis": self.status_basis,
            "refers_to": self.refers_to,
            "product": self.product,
            "shape": self.frame.shape if self.frame is not None else None,
            "rank": self.rank,
            "evidence": self.sentence.text,
        }


@dataclass
class Facts:
    """Rows of the per-article tables, as the linkers add them."""

    mentions: list[ProjectMention] = field(default_factory=list)
    org_mentions: list[dict] = field(default_factory=list)
    org_aliases: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    org_relations: list[dict] = field(default_factory=list)
    capacities: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    investments: list[dict] = field(default_factory=list)
    investment_frames: list[dict] = field(default_factory=list)
    unassigned_quantities: list[dict] = field(default_factory=list)

    def add_participant(self, mention: ProjectMention, surface: str, role: str) -> None:
        self.add_participant_of(mention.root, surface, role, mention.sentence.text)

    def add_participant_of(self, root: str, surface: str, role: str, evidence: str) -> None:
        """A participant of the project whose first mention is `root`, once per organisation and role;
        'partner', the role of no role word, only while no other role is known."""
        same = [r for r in self.participants if r["frame_id"] == root and r["surface"] == surface]
        if any(r["role"] == role for r in same) or (same and role == FALLBACK_ROLE):
            return
        partner = next((r for r in same if r["role"] == FALLBACK_ROLE), None)
        if partner is not None:
            partner.update(role=role, evidence=evidence)
        else:
            row = {"frame_id": root, "surface": surface, "role": role, "evidence": evidence}
            self.participants.append(row)

    def drop_parts(self) -> None:
        """A project's parts ('It will include a 300 MW battery', 'its own coal-fired power plant') are no
        projects: their mentions go, their figures are listed as unassigned, their money and the
        organisations that build or supply them are the whole's."""
        parts = {m.frame_id: m.part_of for m in self.mentions if m.part_of}
        parts |= {m.frame_id: parts[m.refers_to] for m in self.mentions if m.refers_to in parts}
        self.mentions = [m for m in self.mentions if m.frame_id not in parts]
        self.unassign_figures(set(parts))
        for row in [r for r in self.participants if r["frame_id"] in parts]:
            self.participants.remove(row)
            self.add_participant_of(parts[row["frame_id"]], row["surface"], row["role"], row["evidence"])
        for row in self.investment_frames:
            row["frame_id"] = parts.get(row["frame_id"], row["frame_id"])

    def unassign_figures(self, frame_ids: set[str], metrics: set[str] | None = None) -> None:
        """The figures of these mentions (of these metrics) belong to no project: listed for review."""
        rows = [r for r in self.capacities if r["frame_id"] in frame_ids]
        for row in [r for r in rows if metrics is None or r["metric"] in metrics]:
            self.capacities.remove(row)
            self.unassigned_quantities.append(
                {k: row.get(k) for k in ("metric", "value_std", "unit_std", "evidence")}
            )

    def prefer_stated_sizes(self) -> None:
        """'500 MW' stated, and '79 turbines (6.3 MW each)' elsewhere: the product of units and their rating
        is dropped where the project's size is stated."""
        stated = {(r["frame_id"], r["metric"]) for r in self.capacities if not _computed(r)}
        self.capacities = [
            r for r in self.capacities if not (_computed(r) and (r["frame_id"], r["metric"]) in stated)
        ]

    def keep_parents_apart(self) -> None:
        """'China Mobile International (CMI), the overseas subsidiary of China Mobile': a short form the
        article names as the long name's parent is that parent, no short form of it."""
        parents = {(r["child"], r["parent"]) for r in self.org_relations}
        self.org_aliases = [a for a in self.org_aliases if (a["surface"], a["alias"]) not in parents]

    def tables(self) -> dict[str, list[dict]]:
        """Every per-article table as a list of rows (article_id is added by the caller)."""
        rows = {name: value for name, value in vars(self).items() if name != "mentions"}
        return {"project_frames": [m.row() for m in self.mentions], **rows}


FALLBACK_ROLE = "partner"  # the role of an organisation no role word describes
_COMPUTED = re.compile(r"^\S+ units of \S+ \S+ each$")


def _computed(row: dict) -> bool:
    return isinstance(row.get("note"), str) and bool(_COMPUTED.match(row["note"]))
