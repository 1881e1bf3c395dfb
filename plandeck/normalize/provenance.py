"""Each value's place and confidence, collected while ``document`` decides the values themselves.

The normaliser decides what a leader, a period or a meeting is; as it does, it hands this
collector the :class:`Origin` the value was read from. The collector turns the reader's
boxes (fractions of the slide) into points from the slide's top-left, scores each value by
how it was found (:mod:`confidence`), and names the ones too unsure to publish unchecked.
"""
from __future__ import annotations

from plandeck import schema
from plandeck.model import Box, Origin, RawField
from plandeck.normalize.confidence import ConfidenceRules

# The order values are listed in: the item's own fields, in schema order.
FIELDS = ("title", "status", "leaders", "secretariat", "timeline", "publication", "scope", "meetings", "links")


class Places:
    """The value sources of one deck's items; one per deck, so slide sizes and OCR'd slides are known."""

    def __init__(self, sizes: dict[int, tuple[float, float]], ocr_units: set[int], rules: ConfidenceRules) -> None:
        self._sizes = sizes
        self._ocr = ocr_units
        self._rules = rules

    def source(self, field: str, origin: Origin, index: int | None = None) -> schema.ValueSource:
        """The schema's record of one value read at ``origin``."""
        factors = [*origin.factors, *(["ocr"] if origin.unit in self._ocr else [])]
        return schema.ValueSource(field=field, index=index, unit=origin.unit, box=self.points(origin.unit, origin.box),
                                  how=origin.how, confidence=self._rules.score(origin.how, *factors))

    def item(self, how: str, units: set[int], unit: int) -> tuple[str, float]:
        """How an item was found and its score: merged from several slides, read by OCR, or neither."""
        factors = ["merged"] * (len(units) > 1) + ["ocr"] * (unit in self._ocr)
        return how, self._rules.score(how, *factors)

    def points(self, unit: int, box: Box | None) -> list[float] | None:
        """A box in fractions of slide ``unit`` as ``[x0, top, x1, bottom]`` points, when the slide's size is known."""
        size = self._sizes.get(unit)
        if box is None or size is None:
            return None
        width, height = size
        return [round(box.x0 * width, 1), round(box.y0 * height, 1), round(box.x1 * width, 1),
                round(box.y1 * height, 1)]

    def warnings(self, item: schema.Item) -> list[schema.Warning]:
        """A ``low-confidence`` warning for each value of ``item`` scored under the rules' threshold."""
        out = []
        for v in item.provenance.values:
            if self._rules.is_low(v.confidence):
                name = v.field if v.index is None else f"{v.field}[{v.index}]"
                out.append(schema.Warning(code="low-confidence", unit=v.unit,
                                          message=f"{item.title!r}: {name} found by {v.how} "
                                                  f"(confidence {v.confidence:.2f}); check it on the slide"))
        return out


def joined(fields: list[RawField]) -> Origin | None:
    """Where a value joined from several fields was read: the first field's slide, around its lines there."""
    written = [f for f in fields if f.text]
    if not written:
        return None
    first = written[0]
    box = first.box
    for f in written[1:]:
        if f.unit == first.unit and f.box is not None:
            box = f.box.union(box)
    return Origin(first.unit, box, first.how)


def ordered(values: list[schema.ValueSource]) -> list[schema.ValueSource]:
    """Values in schema field order, list entries by index."""
    return sorted(values, key=lambda v: (FIELDS.index(v.field) if v.field in FIELDS else len(FIELDS), v.index or 0))
