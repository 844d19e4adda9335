"""Plots with Arabic that reads right to left, letters joined.

Importing this module registers the Noto Sans Arabic font that
``pip install -r requirements.txt`` installs (package
``fontpkg-noto-sans-arabic``, SIL Open Font License), so every figure can
draw Arabic without system fonts.

Shaping: matplotlib ≥ 3.11 lays text out with libraqm, which joins Arabic
letters and orders right-to-left runs itself.  Reshaping with
arabic-reshaper + python-bidi on top of that would *mirror* the text, so
:func:`ar` passes text through unchanged when the renderer shapes, and
reshapes + reorders only when it cannot (older matplotlib, or a build
without libraqm).  The decision is a capability check, not a version guess:
:func:`renderer_shapes_arabic` lays out "ببب" and checks that the font's
contextual (initial/medial/final) glyphs were chosen.

Example::

    >>> ar("قوات الوفاق") == "قوات الوفاق"   # on matplotlib 3.11 with libraqm
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager

__all__ = [
    "ARABIC_FONT",
    "ar",
    "bilingual",
    "label_axes",
    "ltr",
    "plot_article_lengths",
    "renderer_shapes_arabic",
    "setup_fonts",
    "to_visual",
]

#: Family name of the bundled Arabic font.
ARABIC_FONT = "Noto Sans Arabic"


@lru_cache(maxsize=1)
def _font_path() -> str:
    import fontpkg

    return str(fontpkg.path(ARABIC_FONT))


def setup_fonts() -> None:
    """Register the bundled Arabic font and make it the first choice, with
    DejaVu Sans as fallback for Latin, digits and symbols."""
    path = _font_path()
    if ARABIC_FONT not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    matplotlib.rcParams["font.family"] = [ARABIC_FONT, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    # Deterministic SVG/PDF output (no random ids or dates) for committed figures.
    matplotlib.rcParams["svg.hashsalt"] = "libyanews"


@lru_cache(maxsize=1)
def renderer_shapes_arabic() -> bool:
    """True when matplotlib's own text layout joins Arabic letters *and*
    orders them right to left.

    Lays out text with the bundled font and checks two things: "ببب" uses
    contextual glyphs that an isolated "ب" does not (shaping), and in "بت"
    the first letter ب is drawn to the right of ت (bidi reordering).  Both
    are needed before raw text may be passed through.  Any failure (no
    libraqm, an older matplotlib whose layout items differ) means False.
    """
    try:
        from matplotlib import _text_helpers
        from matplotlib.ft2font import FT2Font

        font = FT2Font(_font_path())
        font.set_size(12, 72)

        def layout(text):
            return list(_text_helpers.layout(text, font))

        def glyphs(text):
            # matplotlib ≥ 3.11 names the field glyph_index, older versions glyph_idx
            return {item.glyph_index if hasattr(item, "glyph_index") else item.glyph_idx for item in layout(text)}

        shapes = bool(glyphs("ببب") - glyphs("ب"))
        items = layout("بت")
        first = min(item.x for item in items if item.char == "ب")
        second = min(item.x for item in items if item.char == "ت")
        return shapes and first > second
    except Exception:  # noqa: BLE001 - any failure means "cannot shape"
        return False


#: Bidi controls (marks, embeddings, overrides, isolates): once text is in
#: visual order they have done their work, and a renderer that does not
#: shape has no glyph for them (it would draw a box).
_BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_LEVEL_RE = re.compile(r"Level\(\s*(\d+)")


def _bidi_levels(line: str) -> list[int] | None:
    """Resolved bidi embedding level of each character of ``line`` (UAX #9).

    python-bidi ≥ 0.5 reorders (rules L1-L2) but does not mirror brackets
    (rule L4; python-bidi issue #25), and exposes the levels only through
    ``get_display(debug=True)``, one level per UTF-8 byte.  None when that
    output cannot be read.
    """
    from bidi import get_display

    info = str(get_display(line, debug=True))
    body = info.split("levels:", 1)[-1].split("paragraphs:", 1)[0]
    per_byte = [int(n) for n in _LEVEL_RE.findall(body)]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels, pos = [], 0
    for ch in line:
        levels.append(per_byte[pos])
        pos += len(ch.encode("utf-8"))
    return levels


def _visual_line(line: str) -> str:
    """One line in visual order with mirrored brackets (UAX #9 rules L1, L2, L4)."""
    from bidi import get_base_level, get_display
    from bidi.mirror import MIRRORED

    if not line:
        return line
    levels = _bidi_levels(line)
    if levels is None:  # unreadable levels: python-bidi's order, brackets unmirrored
        return get_display(line)
    base = get_base_level(line)
    i = len(line)  # L1: trailing spaces and controls take the paragraph level
    while i > 0 and (line[i - 1].isspace() or ord(line[i - 1]) in _BIDI_CONTROLS):
        i -= 1
        levels[i] = base
    order = list(range(len(line)))
    odd = [lv for lv in levels if lv % 2]
    for level in range(max(levels, default=0), min(odd, default=1) - 1, -1):  # L2
        j = 0
        while j < len(order):
            if levels[order[j]] < level:
                j += 1
                continue
            k = j
            while k < len(order) and levels[order[k]] >= level:
                k += 1
            order[j:k] = order[j:k][::-1]
            j = k
    # L4: a bracket in a right-to-left run is drawn as its mirror image.
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)


def to_visual(text: str) -> str:
    """Reshape (joined presentation forms) and reorder to visual order.

    For renderers and displays that cannot shape Arabic (a plain-text
    terminal, older matplotlib).  Never apply it where the renderer shapes:
    the text would come out mirrored.  Brackets in right-to-left runs are
    mirrored, and bidi controls (such as the isolates of :func:`ltr`) are
    dropped once the text is reordered.

    >>> import unicodedata
    >>> [unicodedata.name(c)[14:] for c in to_visual("سرت")]  # visual order: left to right
    ['TEH ISOLATED FORM', 'REH FINAL FORM', 'SEEN INITIAL FORM']
    >>> to_visual("(سرت)")[0], to_visual("(سرت)")[-1]   # drawn as "(" on the left
    ('(', ')')
    """
    import arabic_reshaper

    lines = arabic_reshaper.reshape(str(text)).split("\n")
    return "\n".join(_visual_line(line) for line in lines).translate(_BIDI_CONTROLS)


def ar(text: str | None) -> str:
    """Text ready for a matplotlib label: unchanged where the renderer shapes
    Arabic, reshaped and reordered where it cannot.

    >>> ar("داعش") == ("داعش" if renderer_shapes_arabic() else to_visual("داعش"))
    True
    """
    if text is None:
        return ""
    text = str(text)
    return text if renderer_shapes_arabic() else to_visual(text)


def bilingual(arabic: str, english: str) -> str:
    """A label in both languages, Arabic first: ``"طول المقالات / Article length"``.

    The English half is a left-to-right isolate (:func:`ltr`), so that an
    Arabic half ending in Latin letters ("وزن TF-IDF") still reads
    "وزن TF-IDF / TF-IDF weight" from the right, not "TF-IDF / TF-IDF weight وزن".

    >>> bilingual("عدد الكلمات", "Words")
    'عدد الكلمات / \u2066Words\u2069'
    """
    return f"{arabic} / {ltr(english)}"


def ltr(text: str) -> str:
    """Wrap Latin text (an article id, a URL) in a left-to-right isolate so
    that inside an Arabic label its characters keep their order.

    >>> ltr("000_0e1083c9c33184de#1")
    '\u2066000_0e1083c9c33184de#1\u2069'
    """
    return f"\u2066{text}\u2069"


def label_axes(ax, title: tuple[str, str], xlabel: tuple[str, str] | None = None,
               ylabel: tuple[str, str] | None = None):
    """Set a bilingual title and axis labels, each given as (arabic, english)."""
    ax.set_title(ar(bilingual(*title)))
    if xlabel:
        ax.set_xlabel(ar(bilingual(*xlabel)))
    if ylabel:
        ax.set_ylabel(ar(bilingual(*ylabel)))
    return ax


def plot_article_lengths(corpus: pd.DataFrame, ax=None):
    """Horizontal bars: words per article, duplicates in grey with a note.

    Each bar is labelled with the article id and its title.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.55 * len(corpus) + 1.6))
    rows = corpus.iloc[::-1]  # first article at the top
    labels = [ar(f"{t[:38] + '…' if len(t) > 38 else t} {ltr('[' + a + ']')}")
              for a, t in zip(rows["article_id"], rows["title"].fillna(""))]
    is_dup = rows["duplicate_of"].notna().to_numpy()
    colors = ["#b0b0b0" if d else "#2c7fb8" for d in is_dup]
    bars = ax.barh(labels, rows["n_tokens"], color=colors)
    for bar, dup in zip(bars, is_dup):
        if dup:
            ax.annotate(ar(bilingual("مكرر", "duplicate")), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(4, 0), textcoords="offset points", va="center", fontsize=8, color="#555555")
    label_axes(ax, ("طول المقالات", "Article length"), ("عدد الكلمات", "words"), ("المقالة", "article"))
    ax.figure.tight_layout()
    return ax


setup_fonts()
