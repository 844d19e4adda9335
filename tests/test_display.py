"""Right-to-left tables: what a reader sees in JupyterLab and in the report."""

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import libyanews as ln
from libyanews import display


class _Cells(HTMLParser):
    """(tag, attrs, text) of every th/td, in document order; the table's attrs."""

    def __init__(self):
        super().__init__()
        self.cells, self.table, self._open = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and self.table is None:
            self.table = dict(attrs)
        if tag in ("td", "th"):
            self._open = [tag, dict(attrs), ""]

    def handle_data(self, data):
        if self._open is not None:
            self._open[2] += data

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._open is not None:
            self.cells.append(tuple(self._open))
            self._open = None


def parse(html):
    parser = _Cells()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def kwic_lines(corpus):
    return ln.kwic(corpus, "حفتر", width=30)


def test_kwic_reads_as_one_line_from_right_to_left(kwic_lines):
    # In a dir="rtl" table the first cell of a row is the rightmost: before,
    # then the match to its left, then after; before hugs the match (aligned
    # left), after starts right beside it (aligned right).
    page = parse(display.render_table(kwic_lines[["before", "match", "after"]]))
    assert page.table["dir"] == "rtl"
    row = [c for c in page.cells if c[0] == "td"][:3]
    assert [text for _, _, text in row] == kwic_lines.loc[0, ["before", "match", "after"]].tolist()
    before, match, after = (attrs["style"] for _, attrs, _ in row)
    assert "text-align: left" in before and "text-align: center" in match and "text-align: right" in after
    assert all("white-space: nowrap" in s for s in (before, match, after))


def test_arabic_columns_right_aligned_ids_and_numbers_left_to_right(corpus):
    frame = corpus[["article_id", "title", "n_chars"]]
    assert display.arabic_columns(frame) == ["title"]
    first_row = [c for c in parse(display.render_table(frame)).cells if c[0] == "td"][:3]
    (_, ident, _), (_, title, _), (_, number, _) = first_row
    assert ident["dir"] == "ltr" and "text-align: left" in ident["style"]
    assert "dir" not in title and "text-align: right" in title["style"]
    assert number["dir"] == "ltr" and "text-align: right" in number["style"]


def test_same_table_same_html_no_random_ids(kwic_lines):
    first, second = display.render_table(kwic_lines), display.render_table(kwic_lines.copy())
    assert first == second
    assert " id=" not in first and "<style" not in first  # layout in attributes: survives JupyterLab's sanitizer


def test_text_is_escaped():
    html = display.render_table(pd.DataFrame({"before": ["<script>alert(1)</script> قال"], "match": ["قتل"],
                                              "after": ["&"]}))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html


def test_lists_in_arabic_columns_are_joined_with_the_arabic_comma():
    html = display.render_table(pd.DataFrame({"reported_by": [["مصادر طبية", "وكالات"]]}))
    assert "مصادر طبية، وكالات" in html and "[" not in html


def test_long_static_table_is_cut_like_pandas():
    frame = pd.DataFrame({"term": ["قوات"] * 100, "count": range(100)})
    html = display.render_table(frame, max_rows=60)
    assert "<th>…</th>" in html and "100 rows × 2 columns" in html
    assert len(re.findall(r"<tr><th>\d+</th>", html)) == pd.get_option("display.min_rows")


def test_show_table_keeps_the_dataframe_and_its_text(corpus):
    frame = corpus[["article_id", "title"]]
    table = ln.show_table(frame)
    assert table.frame is frame and repr(table) == repr(frame)
    assert not table.interactive and 'dir="rtl"' in table._repr_html_()


def test_long_table_is_interactive_offline_and_deterministic(monkeypatch):
    frame = pd.DataFrame({"surface": [f"قوات {i}" for i in range(40)], "count": range(40)})
    monkeypatch.setattr(display, "_bundle_sent", False)
    first = ln.show_table(frame)._repr_html_()
    again = ln.show_table(frame)._repr_html_()
    assert ln.show_table(frame).interactive
    # DataTables is embedded once (no network at run time), then reused.
    assert "dt_src_b64" not in first and len(first) > 500_000 and len(again) < 50_000
    assert not re.search(r"""(src|from)\s*=?\s*['"]https?://""", first)
    # The static right-to-left table is the visible fallback; ids come from the content.
    assert display.render_table(frame) in again
    assert ln.show_table(frame)._repr_html_() == again
    assert re.search(r'id="T_rtl_[0-9a-f]{12}"', again)


def test_use_rtl_tables_changes_only_tables_with_arabic():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    display.use_rtl_tables(shell)
    fmt = shell.display_formatter.formatters["text/html"]
    arabic = pd.DataFrame({"surface": ["الوفاق"], "count": [3]})
    latin = pd.DataFrame({"file": ["000.txt"], "articles": [2]})
    assert 'dir="rtl"' in fmt(arabic)
    assert fmt(latin) == latin._repr_html_()
    # text/plain is the DataFrame's own
    assert shell.display_formatter.formatters["text/plain"](arabic) == repr(arabic)
