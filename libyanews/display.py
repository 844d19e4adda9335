"""Tables of Arabic text laid out right to left, in JupyterLab and in HTML.

A DataFrame's own HTML is a left-to-right table: the first column on the
left, every cell aligned right whatever its script.  Read that way, a
keyword-in-context line runs backwards (``before`` to the left of the match)
and long Arabic cells wrap inside left-to-right columns.  The tables made
here are ``dir="rtl"``: the first column is on the right, Arabic columns are
right-aligned, ids and numbers keep their left-to-right order, and the
``before`` / ``match`` / ``after`` columns of :func:`libyanews.kwic` read as
one line from right to left (the context before the match on the right, the
context after it on the left).

Display is a separate step: the library's functions keep returning plain
DataFrames.  In a notebook, either wrap one table::

    ln.show_table(ln.kwic(corpus, "حفتر"))

or call :func:`use_rtl_tables` once, after which every DataFrame that holds
Arabic text is shown right to left (the others as pandas shows them)::

    ln.use_rtl_tables()

The HTML carries its layout in attributes (``dir``, ``style``), not in a
``<style>`` block, so it survives JupyterLab's sanitizer when a notebook is
opened untrusted, and it has no random ids, so committed outputs are the
same from run to run (strict nbval compares ``text/html`` too).  The
``text/plain`` form stays the DataFrame's own.

Tables of more than :data:`INTERACTIVE_ROWS` rows become sortable and
searchable (itables, offline: DataTables is embedded, nothing is fetched),
with the static right-to-left table as the visible fallback where no
JavaScript runs (an untrusted notebook, GitHub's preview, nbval).

Example::

    >>> frame = pd.DataFrame({"before": ["أعلنت قوات"], "match": ["حكومة"], "after": ["الوفاق"]})
    >>> html = render_table(frame)
    >>> html.startswith('<table class="dataframe libyanews-rtl" dir="rtl">')
    True
    >>> arabic_columns(pd.DataFrame({"article_id": ["000#1"], "surface": ["الوفاق"], "n": [3]}))
    ['surface']
"""

from __future__ import annotations

import hashlib
import html
import re

import pandas as pd

__all__ = ["INTERACTIVE_ROWS", "RtlTable", "arabic_columns", "has_arabic", "render_table", "show_table",
           "use_rtl_tables"]

#: Tables with more rows than this are interactive (sortable, searchable).
INTERACTIVE_ROWS = 30

#: Interactive tables embed at most this much data (itables downsamples larger ones and says so).
_MAX_BYTES = "2MB"

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_SAMPLE = 200

#: Cell attributes per kind of column.  Physical left/right (not start/end):
#: the cell's own ``dir`` would otherwise flip them.
_CELL = {
    "arabic": ' style="text-align: right"',
    "before": ' style="text-align: left; white-space: nowrap"',   # runs up to the match, on its left
    "match": ' style="text-align: center; white-space: nowrap; font-weight: bold"',
    "after": ' style="text-align: right; white-space: nowrap"',   # starts right after the match
    "number": ' dir="ltr" style="text-align: right"',
    "latin": ' dir="ltr" style="text-align: left"',
}
_KWIC = ("before", "match", "after")


def _arabic_share(values) -> float:
    """Arabic letters among the letters of ``values`` (0 when none)."""
    arabic = latin = 0
    for value in values:
        text = str(value)
        arabic += len(_ARABIC_RE.findall(text))
        latin += len(_LATIN_RE.findall(text))
    return arabic / (arabic + latin) if arabic + latin else 0.0


def _sample(series: pd.Series) -> list:
    return series.dropna().head(_SAMPLE).tolist()


def arabic_columns(frame: pd.DataFrame) -> list:
    """The columns of ``frame`` written mostly in Arabic script (at least half
    of the letters of their first 200 values, or an Arabic column name).

    >>> arabic_columns(pd.DataFrame({"kind": ["killed"], "figure": ["23 شخصا"], "قتلى": [23]}))
    ['figure', 'قتلى']
    """
    out = []
    for col in frame.columns:
        series = frame[col]
        if isinstance(series, pd.DataFrame):  # a repeated column name
            series = series.iloc[:, 0]
        label = _arabic_share([col]) >= 0.5
        text = not pd.api.types.is_numeric_dtype(series) and _arabic_share(_sample(series)) >= 0.5
        if label or text:
            out.append(col)
    return out


def has_arabic(frame: pd.DataFrame) -> bool:
    """True when any column, column name or row label of ``frame`` is Arabic.

    >>> has_arabic(pd.DataFrame({"n": [1]}, index=["سرت"])), has_arabic(pd.DataFrame({"n": [1]}))
    (True, False)
    """
    return bool(arabic_columns(frame)) or _arabic_share(_sample(frame.index.to_series())) >= 0.5


def _kind(frame: pd.DataFrame, col, arabic: set) -> str:
    if col in _KWIC and all(c in frame.columns for c in _KWIC):
        return col
    if col in arabic:
        return "arabic"
    series = frame[col]
    if isinstance(series, pd.Series) and pd.api.types.is_numeric_dtype(series) \
            and not pd.api.types.is_bool_dtype(series):
        return "number"
    return "latin"


def _label(value) -> str:
    if isinstance(value, tuple):
        return " · ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _formatted(series: pd.Series, kind: str) -> list[str]:
    """The column's values as text: numbers and dates as pandas prints them,
    text cut at pandas' ``display.max_colwidth`` (not KWIC context), lists in
    Arabic columns joined with the Arabic comma (no brackets to flip in a
    right-to-left cell)."""
    if kind == "number" or pd.api.types.is_datetime64_any_dtype(series):
        try:
            from pandas.io.formats.format import format_array

            return [s.strip() for s in format_array(series.array, None)]
        except Exception:  # noqa: BLE001 - pandas internals moved: plain str() below
            pass
    width = None if kind in _KWIC else pd.get_option("display.max_colwidth")
    out = []
    for value in series.tolist():
        if isinstance(value, (list, tuple)) and kind != "latin":
            text = "، ".join(map(str, value))
        else:
            text = _plain(value)
        if width and len(text) > width:
            text = text[:width - 3] + "..."
        out.append(text)
    return out


def _plain(value) -> str:
    if value is None:
        return "None"
    if value is pd.NA:
        return "<NA>"
    if isinstance(value, float) and value != value:
        return "NaN"
    return str(value)


def _shown_rows(n: int, max_rows: int | None) -> tuple[list[int], int | None]:
    """Row positions to show, and where the "…" row goes (pandas' truncation)."""
    if max_rows is None or n <= max_rows:
        return list(range(n)), None
    min_rows = pd.get_option("display.min_rows") or max_rows
    head = max(1, min(min_rows, max_rows) // 2)
    return list(range(head)) + list(range(n - head, n)), head


def render_table(frame: pd.DataFrame, max_rows: int | None = None) -> str:
    """The right-to-left HTML table of ``frame`` (see the module docstring).

    ``max_rows`` defaults to pandas' ``display.max_rows``: a longer table
    shows its first and last rows around a "…" row, and its size below, as
    pandas does.  Every value is HTML-escaped.

    >>> frame = pd.DataFrame({"before": ["أعلنت قوات"], "match": ["حكومة"], "after": ["الوفاق"], "start": [11]})
    >>> print(render_table(frame))  # doctest: +ELLIPSIS
    <table class="dataframe libyanews-rtl" dir="rtl">
    <thead><tr><th></th><th style="text-align: left; ...">before</th><th ...>match</th>...<th dir="ltr"...>start</th></tr></thead>
    <tbody>
    <tr><th>0</th><td style="text-align: left; white-space: nowrap">أعلنت قوات</td><td ...>حكومة</td><td ...>الوفاق</td><td dir="ltr" style="text-align: right">11</td></tr>
    </tbody>
    </table>
    """
    if max_rows is None:
        max_rows = pd.get_option("display.max_rows")
    arabic = set(arabic_columns(frame))
    kinds = [_kind(frame, col, arabic) for col in frame.columns]
    positions, gap = _shown_rows(len(frame), max_rows)
    shown = frame.iloc[positions]
    columns = [_formatted(shown.iloc[:, i], kind) for i, kind in enumerate(kinds)]
    index = [_label(v) for v in shown.index]
    corner = _label(frame.index.name if frame.index.nlevels == 1 else tuple(n or "" for n in frame.index.names))
    if frame.columns.name and not corner:
        corner = _label(frame.columns.name)
    esc = html.escape
    out = ['<table class="dataframe libyanews-rtl" dir="rtl">',
           "<thead><tr><th>" + esc(corner) + "</th>"
           + "".join(f"<th{_CELL[k]}>{esc(_label(c))}</th>" for c, k in zip(frame.columns, kinds)) + "</tr></thead>",
           "<tbody>"]
    ellipsis = "<tr><th>…</th>" + "<td>…</td>" * len(kinds) + "</tr>"
    for r, label in enumerate(index):
        if r == gap:
            out.append(ellipsis)
        cells = "".join(f"<td{_CELL[k]}>{esc(col[r])}</td>" for col, k in zip(columns, kinds))
        out.append(f"<tr><th>{esc(label)}</th>{cells}</tr>")
    out += ["</tbody>", "</table>"]
    if gap is not None:
        out.append(f"<p>{len(frame)} rows × {len(frame.columns)} columns</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# Interactive tables (itables, offline)

_bundle_sent = False


def _table_id(frame: pd.DataFrame) -> str:
    """An HTML id that depends only on the table's content (no random uuid)."""
    digest = hashlib.sha1(frame.to_csv().encode("utf-8")).hexdigest()[:12]
    return f"T_rtl_{digest}"


def _interactive_html(frame: pd.DataFrame, fallback: str) -> str | None:
    """itables' DataTable of ``frame``, right to left, with ``fallback`` (the
    static table) shown until its script runs; None without itables."""
    global _bundle_sent
    try:
        import itables.options as itables_options
        from itables.javascript import (
            check_itable_arguments,
            generate_init_offline_itables_html,
            get_itable_arguments,
            html_table_from_template,
        )
        from itables.typing import DTForITablesOptions
    except ImportError:
        return None
    arabic = set(arabic_columns(frame))
    offset = frame.index.nlevels  # the index comes first (showIndex=True)
    align = {"arabic": "dt-right", "before": "dt-left", "match": "dt-center", "after": "dt-right",
             "number": "dt-right", "latin": "dt-left"}
    defs = [{"targets": [offset + i], "className": align[_kind(frame, col, arabic)]}
            for i, col in enumerate(frame.columns)]
    args = get_itable_arguments(frame, None, table_id=_table_id(frame), connected=False, showIndex=True,
                                maxBytes=_MAX_BYTES, columnDefs=defs)
    args.pop("dt_url")
    args.pop("connected")
    logo = args.pop("display_logo_when_loading", False)
    check_itable_arguments(args, DTForITablesOptions)
    table = html_table_from_template(table_id=_table_id(frame), dt_url="", connected=False,
                                     display_logo_when_loading=logo, kwargs=args, fallback_html=fallback)
    bundle = ""
    if not _bundle_sent:
        bundle = generate_init_offline_itables_html(itables_options.dt_bundle)
        _bundle_sent = True
    return f'{bundle}<div class="libyanews-rtl" dir="rtl">{table}</div>'


# --------------------------------------------------------------------------
# Showing tables


class RtlTable:
    """A DataFrame to display right to left: ``text/html`` is
    :func:`render_table` (interactive past :data:`INTERACTIVE_ROWS` rows),
    ``text/plain`` the DataFrame's own text.  ``.frame`` is the DataFrame."""

    def __init__(self, frame: pd.DataFrame, interactive: bool | None = None, max_rows: int | None = None):
        self.frame = frame
        self.interactive = len(frame) > INTERACTIVE_ROWS if interactive is None else interactive
        self.max_rows = max_rows

    def _repr_html_(self) -> str:
        static = render_table(self.frame, self.max_rows)
        if self.interactive:
            return _interactive_html(self.frame, static) or static
        return static

    def __repr__(self) -> str:
        return repr(self.frame)


def show_table(frame: pd.DataFrame, *, interactive: bool | None = None, max_rows: int | None = None) -> RtlTable:
    """``frame`` for display right to left; a notebook shows the value a cell ends with.

    ``interactive`` (default: more than :data:`INTERACTIVE_ROWS` rows) makes
    it sortable and searchable; ``max_rows`` caps the static table (default
    pandas' ``display.max_rows``).  The DataFrame itself is ``.frame``.

    >>> table = show_table(pd.DataFrame({"surface": ["قوات", "حفتر"], "count": [50, 18]}))
    >>> table.frame["count"].sum(), table.interactive
    (np.int64(68), False)
    >>> 'dir="rtl"' in table._repr_html_()
    True
    """
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    return RtlTable(frame, interactive, max_rows)


def _frame_html(frame: pd.DataFrame) -> str | None:
    """IPython's text/html for a DataFrame: right to left when it holds Arabic."""
    if has_arabic(frame):
        return show_table(frame)._repr_html_()
    return frame._repr_html_()


def use_rtl_tables(shell=None) -> None:
    """Show every DataFrame that holds Arabic text right to left in this
    notebook (an IPython display formatter; ``shell`` defaults to the
    running one).  Other DataFrames, and ``text/plain``, are unchanged.
    Outside IPython this does nothing."""
    global _bundle_sent
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - IPython comes with Jupyter
            return
        shell = get_ipython()
    if shell is None:
        return
    _bundle_sent = False  # a notebook run from the top embeds DataTables again
    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, _frame_html)
