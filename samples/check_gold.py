#!/usr/bin/env python3
"""Sanity-check hand-written gold files against the schema conventions and their decks.

For each ``samples/<base>.gold.json`` with a ``samples/<base>.pptx`` next to it: required
keys, enum values, id = slug of the title (children ``parent/code``), parents before
children, Period/Meeting/Recurrence shapes, and that every string the gold quotes from
the deck (title, names, affiliations, status_text, period texts, scope, links, contacts)
really occurs in the deck text. It does not judge readings (that mid-2023 is 05..08);
that is what the hand check is for.

usage: python samples/check_gold.py [BASE ...]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from pptx import Presentation

HERE = Path(__file__).resolve().parent
ITEM_KEYS = [
    "id",
    "parent",
    "code",
    "title",
    "kind",
    "status",
    "leaders",
    "secretariat",
    "timeline",
    "publication",
    "scope",
    "meetings",
    "recurrence",
    "links",
]
OPTIONAL_KEYS = ["aliases", "status_text", "notes", "provenance"]
KINDS = {"deliverable", "working_group", "programme", "hub"}
STATUSES = {None, "proposed", "planned", "ongoing", "completed", "cancelled"}
FREQS = {"weekly", "monthly", "quarterly", "yearly"}
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
YEAR_OR_MONTH = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return " ".join(text.split())


def deck_text(path: Path) -> str:
    parts = []

    def walk(shapes):
        for sh in shapes:
            if sh.shape_type == 6:  # group
                walk(sh.shapes)
            if sh.has_text_frame:
                parts.extend(p.text for p in sh.text_frame.paragraphs)
            if getattr(sh, "has_table", False) and sh.has_table:
                for row in sh.table.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.text_frame.paragraphs)

    for slide in Presentation(str(path)).slides:
        walk(slide.shapes)
    return squash(" ".join(parts).replace("\v", " "))


def check(base: str) -> list[str]:
    gold = json.loads((HERE / f"{base}.gold.json").read_text(encoding="utf-8"))
    text = deck_text(HERE / f"{base}.pptx")
    errs = []

    def quoted(what, s):
        if s and squash(s) not in text:
            errs.append(f"{what}: {s!r} not in deck text")

    def period(what, p):
        if p is None:
            return
        if set(p) != {"text", "from", "to"}:
            errs.append(f"{what}: keys {sorted(p)}")
        for k in ("from", "to"):
            if not YEAR_OR_MONTH.match(str(p.get(k))):
                errs.append(f"{what}.{k}: {p.get(k)!r}")
        if str(p["from"])[:4] > str(p["to"])[:4] or (len(p["from"]) == len(p["to"]) and p["from"] > p["to"]):
            errs.append(f"{what}: from after to")
        quoted(f"{what}.text", p.get("text"))

    if gold.get("schema") != "plandeck/1":
        errs.append("schema tag")
    plan = gold["plan"]
    if set(plan) != {"title", "organisation", "period", "contacts", "links"}:
        errs.append(f"plan keys {sorted(plan)}")
    quoted("plan.title", plan["title"])
    period("plan.period", plan["period"])
    for c in plan["contacts"] + plan["links"]:
        quoted("plan contact/link", c)
    seen = set()
    for it in gold["items"]:
        iid = it.get("id")
        if set(ITEM_KEYS) - set(it) or set(it) - set(ITEM_KEYS) - set(OPTIONAL_KEYS):
            errs.append(f"{iid}: keys {list(it)}")
            continue
        has_status_text = "status_text" in it
        it = {"aliases": [], "status_text": None, **it}
        want = slug(it["title"])
        if it["parent"]:
            if it["parent"] not in seen:
                errs.append(f"{iid}: parent {it['parent']} not before it")
            want = it["parent"] + "/" + (slug(it["code"]) if it["code"] else want)
        if iid != want:
            errs.append(f"{iid}: id should be {want}")
        if iid in seen:
            errs.append(f"{iid}: duplicate id")
        seen.add(iid)
        if it["kind"] not in KINDS or it["status"] not in STATUSES:
            errs.append(f"{iid}: kind/status {it['kind']}/{it['status']}")
        if has_status_text and (it["status"] is None) != (it["status_text"] is None):
            errs.append(f"{iid}: status and status_text disagree on null")
        quoted(f"{iid}.title", it["title"])
        quoted(f"{iid}.code", it["code"])
        quoted(f"{iid}.status_text", it["status_text"])
        quoted(f"{iid}.scope", it["scope"])
        for a in it["aliases"]:
            quoted(f"{iid}.alias", a)
        for r in it["leaders"]:
            if set(r) != {"name", "affiliation", "organisation"}:
                errs.append(f"{iid}: role keys {sorted(r)}")
            quoted(f"{iid}.leader", r["name"])
            quoted(f"{iid}.affiliation", r["affiliation"])
            quoted(f"{iid}.organisation", r["organisation"])
        for s in it["secretariat"]:
            quoted(f"{iid}.secretariat", s)
        period(f"{iid}.timeline", it["timeline"])
        period(f"{iid}.publication", it["publication"])
        months = [m["month"] for m in it["meetings"]]
        if months != sorted(set(months)):
            errs.append(f"{iid}: meetings not sorted/unique")
        for m in it["meetings"]:
            if set(m) != {"month", "groups", "note"} or not MONTH.match(m["month"]):
                errs.append(f"{iid}: meeting {m}")
            quoted(f"{iid}.meeting.note", m["note"])
        rec = it["recurrence"]
        if rec is not None:
            if (
                set(rec) != {"freq", "from", "to", "text"}
                or rec["freq"] not in FREQS
                or not MONTH.match(rec["from"])
            ):
                errs.append(f"{iid}: recurrence {rec}")
            if rec["from"] not in months:
                errs.append(f"{iid}: recurrence start month not in meetings")
            quoted(f"{iid}.recurrence.text", rec["text"])
        for u in it["links"]:
            quoted(f"{iid}.link", u)
    return errs


def main(argv: list[str]) -> int:
    bases = argv or sorted(
        p.name[: -len(".gold.json")]
        for p in HERE.glob("*.gold.json")
        if (HERE / (p.name[: -len(".gold.json")] + ".pptx")).exists()
    )
    bad = 0
    for base in bases:
        errs = check(base)
        bad += bool(errs)
        print(f"{base}: {'ok' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs:
            print("   ", e)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
