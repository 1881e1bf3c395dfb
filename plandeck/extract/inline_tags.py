"""Action lines that carry their owner in a parenthesis: "Circulate the agreement by 6 February
2026 (Owner: R. Achterberg, LDA)". Minutes and action logs write items this way: the sentence
is the item, the tag its field, and what follows a dash after the tag ("– done") its status.

Such a line becomes two or three lines the item rules already know: a title line (``tagged``),
the tag as a label line, and the remark as a status line.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from plandeck.extract.labels import LabelMatch, LabelMatcher
from plandeck.extract.lines import Line

# The last parenthesis of a line, one level of nesting inside allowed, then an optional remark.
_TAG = re.compile(r"^(?P<body>.*\S)\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)"
                  r"\s*(?P<tail>[.;,]?\s*(?:[-–—]\s*\S.*)?)$")
# Fields an inline tag may give: who leads it, when, its state.
TAG_FIELDS = frozenset({"leader", "timeline", "publication", "status"})


def split_tagged(line: Line, labels: LabelMatcher, deadline: re.Pattern[str],
                 is_date: Callable[[str], bool]) -> list[Line] | None:
    """The title, tag, deadline and remark lines of a tagged action line, or None when it carries no tag."""
    if line.is_title or line.label is not None:
        return None
    m = _TAG.match(line.text)
    if m is None:
        return None
    tag = labels.match(m.group("inner").strip())
    if tag is None or tag.key not in TAG_FIELDS or not tag.value:
        return None
    body = m.group("body").rstrip(" ,;:–—-")
    out = [replace(line, text=m.group("inner").strip(), label=tag, first_in_block=False, how="inline-tag")]
    due = deadline.search(body)
    if due is not None and tag.key != "publication" and is_date(body[due.end():]):
        when = body[due.end():].strip(" .,;")
        out.append(replace(line, text=when, first_in_block=False, how="inline-tag",
                           label=LabelMatch(key="publication", label=due.group("word"), value=when)))
        body = body[:due.start()].rstrip(" ,;:–—-")
    out.insert(0, replace(line, text=body, tagged=True, label=None))
    remark = m.group("tail").strip(" .;,–—-")
    if remark:
        out.append(replace(line, text=remark, first_in_block=False, how="inline-tag",
                           label=LabelMatch(key="status", label="", value=remark)))
    return out


def deadline_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A deadline word and what follows it to the end of the sentence ("…, deadline 30 April 2026")."""
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:,\s*|\s+)(?P<word>{alternation})\s+(?=\S)(?!.*\s(?:{alternation})\s)", re.IGNORECASE)
