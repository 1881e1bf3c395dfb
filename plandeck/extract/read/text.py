"""Text clean-up shared by every reader: bullet glyphs, PDF artefacts, white space."""
from __future__ import annotations

import re
import unicodedata

# Glyphs decks use as bullets, typed by hand or left over from a PDF's symbol fonts.
# "¢", "°", "«" are what OCR makes of small round bullets.
_BULLETS = "-–—•◦▪▫■□●○◆◇►▶▷➢➤➔→⇒✓✔✗✘❖❑❒§Ø*·‣⁃∙⦁⦾⦿¢°«»"
# Whole Unicode blocks of symbols that open a line only as a bullet: arrows, geometric
# shapes (▸ ▹ ◾ ...), miscellaneous symbols, dingbats, and the pictographs and emoji
# (📌 ✅ 🔹) newer decks use.
_BULLET_BLOCKS = ("\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff"
                  "\U0001f300-\U0001faff")
_BULLET = f"[{re.escape(_BULLETS)}{_BULLET_BLOCKS}]"
_CID = re.compile(r"\(cid:\d+\)")
# Private-use code points are what PDF symbol fonts (Wingdings, Symbol) turn bullets into.
_PUA = re.compile("[\ue000-\uf8ff]")
_LEADING = re.compile(rf"^(?:{_BULLET}+\ufe0f?\s*|\d{{1,2}}[.)]\s+(?=[A-Za-z]))+")
_STARTS_WITH_BULLET = re.compile(_BULLET)
# A lone "o"/"O" before a capital is a Courier-New bullet that a PDF gave back as a letter.
_LETTER_BULLET = re.compile(r"^[oOv]\s+(?=[A-Z\u00C0-\u00DE])")
# One symbol standing alone (a status tick in a table cell), not a dash or dot that marks "nothing".
_LONE_SYMBOL = re.compile(rf"(?![-–—•·*.°¢«»]){_BULLET}\ufe0f?")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean_line(text: str) -> str:
    """One line as a user would retype it: no bullet glyphs, artefacts or doubled spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _CID.sub(" ", text)
    text = _PUA.sub(" ", text)
    # PDFium gives a hyphen that breaks a word at a line end as U+FFFE; soft hyphens are invisible.
    text = text.replace("\v", " ").replace("\u200b", "").replace("\ufffe", "-").replace("\u00ad", "")
    text = _SPACE.sub(" ", text).strip()
    whole = text
    text = _LEADING.sub("", text)
    text = _LETTER_BULLET.sub("", text)
    if not text and _LONE_SYMBOL.fullmatch(whole):
        return whole  # a cell holding only "✔" or "▶" says something: a status, not a bullet
    return text.strip()


def starts_with_bullet(text: str) -> bool:
    """Whether a raw PDF line opens with a bullet glyph, which starts a new paragraph."""
    text = _CID.sub("•", text).lstrip()
    return bool(text) and bool(_STARTS_WITH_BULLET.match(text) or _PUA.match(text) or _LETTER_BULLET.match(text))


def join_wrapped(lines: list[str]) -> str:
    """Lines a renderer wrapped, joined back: with a space, or none after a hyphen that broke a word."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out.endswith(("-", "\ufffe")) and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + "-" + line
        else:
            out = f"{out} {line}" if out else line
    return out
