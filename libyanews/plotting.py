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
    """True when matplotlib's own text layout joins Arabic letters.

    Lays out "ببب" and "ب" with the bundled font: a shaping renderer picks
    contextual glyphs for the joined letters that the isolated letter does
    not use.  Any failure (no libraqm, old matplotlib) means False.
    """
    try:
        from matplotlib import _text_helpers
        from matplotlib.ft2font import FT2Font

        font = FT2Font(_font_path())
        font.set_size(12, 72)
        isolated = {item.glyph_index for item in _text_helpers.layout("ب", font)}
        joined = {item.glyph_index for item in _text_helpers.layout("ببب", font)}
        return bool(joined - isolated)
    except Exception:  # noqa: BLE001 - any failure means "cannot shape"
        return False


def to_visual(text: str) -> str:
    """Reshape (joined presentation forms) and reorder to visual order.

    For renderers and displays that cannot shape Arabic (a plain-text
    terminal, older matplotlib).  Never apply it where the renderer shapes:
    the text would come out mirrored.

    >>> import unicodedata
    >>> [unicodedata.name(c)[14:] for c in to_visual("سرت")]  # visual order: left to right
    ['TEH ISOLATED FORM', 'REH FINAL FORM', 'SEEN INITIAL FORM']
    """
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


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

    >>> bilingual("عدد الكلمات", "Words")
    'عدد الكلمات / Words'
    """
    return f"{arabic} / {english}"


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
