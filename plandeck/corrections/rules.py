"""The corrections file: a pydantic model of its TOML, and a loader with one-line coded errors.

A user fixes what was read by naming items, slides, people and organisations by their
content (titles, codes, names), never by slide number, so one file keeps applying to
next year's deck. The format is documented with a full example in README.md
("Corrections that stick") and ``samples/corrections-u4ssc.toml``.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from plandeck.errors import InvalidError
from plandeck.normalize.dates import DateScanner

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

# "" clears a field: TOML has no null.
Clear = Literal[""]


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Leader(_Rule):
    """A leader as ``set`` writes it: a person, or an organisation leading on its own (no name)."""

    name: str | None = None
    affiliation: str | None = None

    @model_validator(mode="after")
    def _someone(self) -> Leader:
        if not (self.name or self.affiliation):
            raise ValueError("a leader needs a name or an affiliation")
        return self


class Rename(_Rule):
    """Give an item a new title (its id follows the title, as SCHEMA.md says)."""

    item: str
    title: str = Field(min_length=1)


class Merge(_Rule):
    """Fold ``items`` into ``into``: their facts fill its gaps, their children move under it."""

    into: str
    items: list[str] = Field(min_length=1)


class SetFields(_Rule):
    """Set fields of one item; ``""`` (or ``[]``) clears a field, ``parent = ""`` makes the item top-level."""

    item: str
    title: str | None = Field(default=None, min_length=1)
    code: str | None = None
    kind: Literal["deliverable", "working_group", "programme", "hub"] | None = None
    status: Literal["proposed", "planned", "ongoing", "completed", "cancelled", ""] | None = None
    status_text: str | None = None
    scope: str | None = None
    timeline: str | None = None
    publication: str | None = None
    leaders: list[Leader] | None = None
    secretariat: list[str] | None = None
    links: list[str] | None = None
    notes: list[str] | None = None
    parent: str | None = None

    def given(self) -> dict[str, object]:
        """The fields this rule sets, in a fixed order, without the item selector."""
        return {k: v for k, v in self if k != "item" and v is not None}


class Drop(_Rule):
    """Remove an item that is no item (a heading, a slide read twice)."""

    item: str


class IgnoreSlide(_Rule):
    """A slide whose title is ``title``, or whose text contains ``contains``: what was read only from it goes."""

    title: str | None = None
    contains: str | None = None

    @model_validator(mode="after")
    def _one_key(self) -> IgnoreSlide:
        if bool(self.title) == bool(self.contains):
            raise ValueError("give exactly one of title or contains")
        return self


class Corrections(_Rule):
    """A whole corrections file.

    Rules run in this order: ignore_slide, drop, merge, rename, set, people, organisations.
    """

    ignore_slide: list[IgnoreSlide] = []
    drop: list[Drop] = []
    merge: list[Merge] = []
    rename: list[Rename] = []
    set_: list[SetFields] = Field(default=[], alias="set")
    people: dict[str, str] = {}
    organisations: dict[str, str] = {}


def _where(loc: tuple[int | str, ...]) -> str:
    """``("set", 1, "status")`` -> ``set[2].status`` (rules counted from 1, as a user counts them)."""
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse(text: str, file: str) -> Corrections:
    """The corrections in ``text``; :class:`InvalidError` naming ``file`` and the first problem otherwise."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidError(file, f"not a corrections file: {exc}") from None
    try:
        return Corrections.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        where = _where(tuple(p for p in err["loc"] if not str(p).startswith("function-")))
        message = err["msg"].removeprefix("Value error, ")
        raise InvalidError(file, f"{where + ': ' if where else ''}{message}{more}") from None


def check_periods(rules: Corrections, dates: DateScanner, file: str) -> None:
    """Every period a ``set`` rule writes must be understood now, not fail later on some deck."""
    for n, rule in enumerate(rules.set_, 1):
        for name in ("timeline", "publication"):
            text = getattr(rule, name)
            if text and dates.period(text) is None:
                raise InvalidError(file, f"set[{n}].{name}: no date understood in {text!r}")


def load(path: Path, dates: DateScanner) -> Corrections:
    """Read and check a corrections file; :class:`InvalidError` (one line, naming the file) if it is bad."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise InvalidError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InvalidError(str(path), f"cannot read the file: {exc.strerror or exc}") from None
    rules = parse(text, str(path))
    check_periods(rules, dates, str(path))
    return rules
