"""Decks that cost without bound: only the supervisor's time and memory limits stop them.

``forms_pdf`` is the 1 KB PDF of the issue: form XObjects that each draw the next one
several times, so a page of ``fan ** depth`` text draws hides in a few objects (reading it
once grew to 23.6 GB before the kernel killed the process).
"""
from __future__ import annotations

from tests.hostile.make_hostile import _FONT, write_pdf


def forms_pdf(depth: int = 24, fan: int = 4) -> bytes:
    """One page drawing form 1, which draws form 2 ``fan`` times, ... down to a form of text."""
    first_form = 5
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R "
               b"/Resources << /XObject << /X 5 0 R >> >> >>"]
    page = b"/X Do"
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page), page))
    font = first_form + depth
    for level in range(depth):
        if level == depth - 1:
            body = b"BT /F1 12 Tf 72 500 Td (Lead: Ana Torres) Tj ET"
            res = b"/Font << /F1 %d 0 R >>" % font
        else:
            body = b" ".join([b"/Y Do"] * fan)
            res = b"/XObject << /Y %d 0 R >>" % (first_form + level + 1)
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 842 595] /Resources << %s >> /Length %d >>\n"
                       b"stream\n%s\nendstream" % (res, len(body), body))
    objects.append(_FONT)
    return write_pdf(objects)
