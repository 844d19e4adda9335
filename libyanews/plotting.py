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
import numpy as np
import pandas as pd
from matplotlib import font_manager

__all__ = [
    "ARABIC_FONT",
    "ar",
    "bilingual",
    "label_axes",
    "ltr",
    "plot_actor_counts",
    "plot_actor_heatmap",
    "plot_article_lengths",
    "plot_cooccurrence",
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


# --- actors ---


def _actor_label(label_ar: str, label_en: str) -> str:
    return ar(bilingual(label_ar, label_en))


def plot_actor_counts(mentions: pd.DataFrame, ax=None):
    """Horizontal bars: mentions per actor (most mentioned at the top), each
    labelled "حكومة الوفاق / GNA" and annotated with the number of articles
    that name the actor.  ``mentions`` comes from :func:`libyanews.actors.actor_mentions`.
    """
    from .actors import count_actors

    counts = count_actors(mentions)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.42 * len(counts) + 1.6))
    rows = counts.iloc[::-1]
    labels = [_actor_label(a, e) for a, e in zip(rows["label_ar"], rows["label"])]
    bars = ax.barh(labels, rows["mentions"], color="#2c7fb8")
    for bar, n, k in zip(bars, rows["mentions"], rows["articles"]):
        ax.annotate(f"{n} ({k})", (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_xlim(0, max(counts["mentions"].max() * 1.15, 1) if len(counts) else 1)
    label_axes(ax, ("الإشارات إلى كل فاعل", "Mentions per actor"),
               ("عدد الإشارات (عدد المقالات)", "mentions (articles)"), ("الفاعل", "actor"))
    ax.figure.tight_layout()
    return ax


def _heatmap(ax, values, row_labels, col_labels, cmap):
    image = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0)
    top = values.max() if values.size else 0
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(int(v)), ha="center", va="center", fontsize=8,
                    color="white" if v > top * 0.6 else "black")
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=40, ha="right", rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(len(row_labels)), row_labels, fontsize=8)
    return image


def plot_actor_heatmap(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None, ax=None):
    """Mentions per article (rows) and actor (columns) as a heat map with the
    counts written in the cells.  With ``corpus``, every (non-duplicate)
    article is a row, also those that name no actor.
    """
    from .actors import count_actors_by_article

    table = count_actors_by_article(mentions, corpus)
    names = mentions.drop_duplicates("actor").set_index("actor")
    cols = [_actor_label(names.at[a, "label_ar"], names.at[a, "label"]) for a in table.columns]
    rows = [ar(ltr(a)) for a in table.index]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.0 * len(cols) + 3.5, 0.45 * len(rows) + 2.6))
    image = _heatmap(ax, table.to_numpy(), rows, cols, "Blues")
    ax.figure.colorbar(image, ax=ax, label=ar(bilingual("الإشارات", "mentions")), shrink=0.8)
    label_axes(ax, ("من يذكر كل مقال؟", "Actors named per article"), ("الفاعل", "actor"), ("المقالة", "article"))
    ax.figure.tight_layout()
    return ax


_UNIT_NAMES = {"sentence": ("الجملة", "sentence"), "paragraph": ("الفقرة", "paragraph"),
               "article": ("المقالة", "article")}


def plot_cooccurrence(matrix: pd.DataFrame, gazetteer=None, ax=None):
    """Actor × actor heat map from :func:`libyanews.actors.actor_cooccurrence`:
    the number of units (sentences, by default) naming both actors.  The
    diagonal (units naming the actor at all) is shown in grey so that the
    colour scale is that of the pairs.
    """
    from .actors import actor_labels

    labels = actor_labels(gazetteer).set_index("actor")
    names = [_actor_label(labels.at[a, "label_ar"], labels.at[a, "label"]) if a in labels.index else a
             for a in matrix.index]
    values = matrix.to_numpy().copy()
    diagonal = np.diag(values).copy()
    np.fill_diagonal(values, 0)
    if ax is None:
        size = 0.75 * len(names) + 3.2
        _, ax = plt.subplots(figsize=(size + 1.2, size))
    image = _heatmap(ax, values, names, names, "Oranges")
    for i, v in enumerate(diagonal):
        ax.add_patch(plt.Rectangle((i - 0.5, i - 0.5), 1, 1, color="#d9d9d9"))
        ax.text(i, i, str(int(v)), ha="center", va="center", fontsize=8, color="#555555")
    unit_ar, unit_en = _UNIT_NAMES.get(matrix.attrs.get("unit", "sentence"), ("الوحدة", "unit"))
    ax.figure.colorbar(image, ax=ax, label=ar(bilingual(f"عدد مرات الذكر معا في {unit_ar}", f"{unit_en}s naming both")),
                       shrink=0.8)
    label_axes(ax, (f"من يُذكر مع من في {unit_ar} نفسها؟", f"Actors named in the same {unit_en}"),
               ("الفاعل", "actor"), ("الفاعل", "actor"))
    ax.figure.tight_layout()
    return ax


setup_fonts()
