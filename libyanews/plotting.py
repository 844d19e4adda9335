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
    "plot_casualties_by_article",
    "plot_casualties_by_victim",
    "plot_cooccurrence",
    "plot_event_ranges",
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


# --- casualties ---

#: Colour and bilingual name of each casualty kind.
_KINDS = {
    "killed": ("#b2182b", "قتلى", "killed"),
    "injured": ("#ef8a62", "جرحى", "injured"),
    "killed_or_injured": ("#999999", "قتلى أو جرحى", "killed or injured"),
}
_VICTIM_CLASSES = {"civilians": ("مدنيون", "civilians"), "combatants": ("مقاتلون", "combatants"),
                   "unknown": ("غير محدد", "unknown")}


def _victim_name(victim: str) -> str:
    """"مدنيون / civilians", or the actor's labels: "حكومة الوفاق / GNA"."""
    if victim in _VICTIM_CLASSES:
        return bilingual(*_VICTIM_CLASSES[victim])
    from .actors import actor_labels

    labels = actor_labels().set_index("actor")
    if victim in labels.index:
        return bilingual(labels.at[victim, "label_ar"], labels.at[victim, "label"])
    return ltr(victim)


def _victim_label(victim: str) -> str:
    return ar(_victim_name(victim))


def _short_id(article_id: str) -> str:
    """000_0e1083c9c33184de#2 → 000#2."""
    head, _, part = article_id.partition("#")
    return head.split("_")[0] + ("#" + part if part else "")


def _single_events(events: pd.DataFrame) -> pd.DataFrame:
    missing = {"article_id", "kind", "victim", "best", "cumulative"} - set(events.columns)
    if missing:
        raise ValueError(f"expected the table of casualty_events(); missing {sorted(missing)}")
    return events[~events["cumulative"].astype(bool)]


def _grouped_bars(ax, table: pd.DataFrame, labels: list[str]):
    """Horizontal bars, one group per row of ``table`` (columns: kinds)."""
    kinds = [k for k in _KINDS if k in table.columns]
    height = 0.8 / max(len(kinds), 1)
    ys = np.arange(len(table))[::-1]
    for n, kind in enumerate(kinds):
        color, name_ar, name_en = _KINDS[kind]
        pos = ys + 0.4 - height * (n + 0.5)
        values = table[kind].to_numpy()
        bars = ax.barh(pos, values, height=height, color=color, label=ar(bilingual(name_ar, name_en)))
        for bar, v in zip(bars, values):
            if v:
                ax.annotate(str(int(v)), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                            xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(ys, labels, fontsize=9)
    top = table.to_numpy().max() if table.size else 0
    ax.set_xlim(0, max(top * 1.15, 1))
    ax.legend(loc="lower right", fontsize=8)


def plot_casualties_by_article(events: pd.DataFrame, corpus: pd.DataFrame | None = None, ax=None):
    """Killed, injured and "killed or injured" per article: the sum of the
    best estimates of its single events (cumulative totals left out).

    ``events`` comes from :func:`libyanews.casualties.casualty_events`, so a
    toll told twice (or republished) counts once; an event is shown under the
    article that first reports it.  With ``corpus`` every original article is
    a row, also those that report no casualties.
    """
    single = _single_events(events)
    table = single.pivot_table(index="article_id", columns="kind", values="best", aggfunc="sum", fill_value=0)
    if corpus is not None:
        originals = corpus.loc[corpus["duplicate_of"].isna(), "article_id"] if "duplicate_of" in corpus else corpus["article_id"]
        table = table.reindex(list(originals), fill_value=0)
    table = table.reindex(columns=[k for k in _KINDS if k in table.columns]).astype(int)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.6 * len(table) + 1.8))
    _grouped_bars(ax, table, [ar(ltr(a)) for a in table.index])
    label_axes(ax, ("ضحايا الأحداث المفردة في كل مقالة", "Casualties of single events per article"),
               ("عدد الأشخاص (التقدير الأرجح)", "people (best estimate)"), ("المقالة", "article"))
    ax.figure.tight_layout()
    return ax


def plot_casualties_by_victim(events: pd.DataFrame, ax=None):
    """Killed, injured and "killed or injured" per victim side (an actor, or
    civilians / combatants / unknown when no actor is named): the sum of the
    best estimates of the single events (cumulative totals left out)."""
    single = _single_events(events)
    table = single.pivot_table(index="victim", columns="kind", values="best", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=[k for k in _KINDS if k in table.columns]).astype(int)
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.6 * len(table) + 1.8))
    _grouped_bars(ax, table, [_victim_label(v) for v in table.index])
    label_axes(ax, ("من هم الضحايا؟", "Casualties by victim side"),
               ("عدد الأشخاص (التقدير الأرجح)", "people (best estimate)"), ("الضحايا", "victims"))
    ax.figure.tight_layout()
    return ax


def plot_event_ranges(events: pd.DataFrame, ax=None):
    """One row per single event: a line from its lowest to its highest
    figure, a dot for each report (``values``) and a diamond at the best
    estimate; an arrow marks a range left open ("more than N").  Events told
    by several reports show how far their tolls differ."""
    single = _single_events(events).reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.5 * len(single) + 1.8))
    ys = np.arange(len(single))[::-1]
    spans = []
    for row in single.itertuples():
        values = [int(v) for v in row.values]
        low = int(row.low) if pd.notna(row.low) else min(values)
        high = int(row.high) if pd.notna(row.high) else max(values)
        spans.append((values, low, high))
    top = max([1] + [max(high, *values) for values, _, high in spans])
    for y, row, (values, low, high) in zip(ys, single.itertuples(), spans):
        color = _KINDS.get(row.kind, ("#333333",))[0]
        ax.plot([low, high], [y, y], color=color, linewidth=2, alpha=0.6)
        ax.scatter(values, [y] * len(values), color=color, s=22, zorder=3)
        ax.scatter([row.best], [y], marker="D", facecolor="white", edgecolor=color, s=40, zorder=4)
        end = max(high, *values)
        if pd.isna(row.high):  # no upper bound
            ax.annotate("", (end + 0.1 * top, y), (end, y),
                        arrowprops={"arrowstyle": "->", "color": color, "linewidth": 1.5})
            end += 0.1 * top
        ax.annotate(f"n={row.n_reports}", (end, y), xytext=(8, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#555555")
    labels = [ar(f"{_KINDS[k][1]} · {_victim_name(v)} {ltr('[' + _short_id(a) + ']')}")
              for k, v, a in zip(single["kind"], single["victim"], single["article_id"])]
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlim(0, top * 1.25 + 2)
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color="#555555", marker="o", linestyle="", markersize=5,
               label=ar(bilingual("تقرير", "a report"))),
        Line2D([], [], color="#555555", marker="D", markerfacecolor="white", linestyle="", markersize=6,
               label=ar(bilingual("التقدير الأرجح", "best estimate"))),
        Line2D([], [], color="#555555", linewidth=2, alpha=0.6, label=ar(bilingual("من الأدنى إلى الأعلى", "low to high"))),
        Line2D([], [], linestyle="", label=ar(bilingual("n: عدد التقارير", "n: reports"))),
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=8)
    label_axes(ax, ("مدى تقديرات كل حدث", "Range of the tolls reported for each event"),
               ("عدد الأشخاص", "people"), ("الحدث", "event"))
    ax.figure.tight_layout()
    return ax


setup_fonts()
