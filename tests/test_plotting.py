"""Arabic in plots: the font is installed, and both shaping paths behave."""

import unicodedata

import matplotlib.pyplot as plt
import pytest

import libyanews.plotting as plotting


def test_bundled_arabic_font_is_registered_and_first():
    names = {f.name for f in plotting.font_manager.fontManager.ttflist}
    assert plotting.ARABIC_FONT in names
    assert plotting.matplotlib.rcParams["font.family"][0] == plotting.ARABIC_FONT


def test_font_covers_arabic_letters():
    from matplotlib.ft2font import FT2Font

    font = FT2Font(plotting._font_path())
    assert all(font.get_char_index(ord(c)) for c in "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى٠١٢")


def test_this_matplotlib_shapes_arabic_itself():
    # matplotlib 3.11 (pinned) lays out text with libraqm.
    assert plotting.renderer_shapes_arabic() is True


def test_shaping_renderer_gets_the_text_unchanged(monkeypatch):
    monkeypatch.setattr(plotting, "renderer_shapes_arabic", lambda: True)
    assert plotting.ar("قوات الوفاق") == "قوات الوفاق"


def test_non_shaping_renderer_gets_joined_letters_in_visual_order(monkeypatch):
    monkeypatch.setattr(plotting, "renderer_shapes_arabic", lambda: False)
    out = plotting.ar("سرت")
    names = [unicodedata.name(c) for c in out]
    # visual (left-to-right) order: ت first, ر, then initial س
    assert names == ["ARABIC LETTER TEH ISOLATED FORM", "ARABIC LETTER REH FINAL FORM",
                     "ARABIC LETTER SEEN INITIAL FORM"]


def test_capability_check_says_no_when_layout_is_unavailable(monkeypatch):
    import matplotlib._text_helpers as helpers

    plotting.renderer_shapes_arabic.cache_clear()
    monkeypatch.setattr(helpers, "layout", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("no raqm")))
    try:
        assert plotting.renderer_shapes_arabic() is False
    finally:
        plotting.renderer_shapes_arabic.cache_clear()


def test_ltr_isolate_keeps_ids_in_order_inside_arabic_labels():
    assert plotting.ltr("000_x#1") == "\u2066000_x#1\u2069"


def test_article_length_plot_is_labelled_in_both_languages(corpus):
    ax = plotting.plot_article_lengths(corpus)
    assert "طول المقالات" in ax.get_title() and "Article length" in ax.get_title()
    assert "words" in ax.get_xlabel() and "الكلمات" in ax.get_xlabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(corpus)
    assert any("003_d9f07bdb5968e1f1#2" in lab for lab in labels)
    heights = sorted(p.get_width() for p in ax.patches)
    assert heights == sorted(corpus["n_tokens"].tolist())
    plt.close(ax.figure)


def test_actor_count_plot_has_bilingual_bars_with_the_counts(corpus):
    import libyanews as ln

    mentions = ln.actor_mentions(corpus)
    counts = ln.count_actors(mentions)
    ax = plotting.plot_actor_counts(mentions)
    assert "Mentions per actor" in ax.get_title() and "الإشارات" in ax.get_title()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "حكومة الوفاق / GNA"  # most mentioned at the top
    assert [p.get_width() for p in ax.patches][::-1] == counts["mentions"].tolist()
    plt.close(ax.figure)


def test_actor_heatmap_shows_the_article_table(corpus):
    import libyanews as ln

    mentions = ln.actor_mentions(corpus)
    table = ln.count_actors_by_article(mentions, corpus)
    ax = plotting.plot_actor_heatmap(mentions, corpus)
    assert (ax.images[0].get_array() == table.to_numpy()).all()
    assert len(ax.get_yticklabels()) == len(table) == corpus["duplicate_of"].isna().sum()
    assert "article" in ax.get_ylabel() and "المقالة" in ax.get_ylabel()
    plt.close(ax.figure)


def test_cooccurrence_plot_keeps_pairs_off_the_diagonal(corpus):
    import libyanews as ln

    matrix = ln.actor_cooccurrence(corpus)
    ax = plotting.plot_cooccurrence(matrix)
    shown = ax.images[0].get_array()
    assert shown[0, 0] == 0 and shown[0, 1] == matrix.iloc[0, 1]
    assert "sentence" in ax.get_title() and "الجملة" in ax.get_title()
    assert [t.get_text() for t in ax.get_xticklabels()][0] == "حكومة الوفاق / GNA"
    plt.close(ax.figure)


# --- casualties ---


@pytest.fixture(scope="module")
def casualty_events(corpus):
    import libyanews as ln

    return ln.casualty_events(corpus)


def _bar_values(ax):
    return sorted(int(p.get_width()) for p in ax.patches if p.get_width())


def test_casualties_by_article_sums_single_events(corpus, casualty_events):
    ax = plotting.plot_casualties_by_article(casualty_events, corpus)
    assert "Casualties of single events per article" in ax.get_title() and "ضحايا" in ax.get_title()
    assert "people" in ax.get_xlabel() and "الأشخاص" in ax.get_xlabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == corpus["duplicate_of"].isna().sum()      # every original article, 004 too
    single = casualty_events[~casualty_events["cumulative"]]
    expected = single.groupby(["article_id", "kind"])["best"].sum()
    assert _bar_values(ax) == sorted(int(v) for v in expected)
    assert 401 not in _bar_values(ax)                                # cumulative totals left out
    plt.close(ax.figure)


def test_casualties_by_victim_uses_actor_labels(casualty_events):
    ax = plotting.plot_casualties_by_victim(casualty_events)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("GNA" in lab and "الوفاق" in lab for lab in labels)
    assert any("ISIS" in lab for lab in labels)
    assert "victim" in ax.get_title()
    plt.close(ax.figure)


def test_event_ranges_draw_one_row_per_single_event(casualty_events):
    ax = plotting.plot_event_ranges(casualty_events)
    single = casualty_events[~casualty_events["cumulative"]]
    assert len(ax.get_yticklabels()) == len(single)
    assert "Range of the tolls" in ax.get_title() and "مدى" in ax.get_title()
    # the Benghazi bombing: a line from 15 to 23
    lines = [tuple(line.get_xdata()) for line in ax.get_lines() if len(line.get_xdata()) == 2]
    assert (15, 23) in lines
    plt.close(ax.figure)


def test_casualty_plots_reject_other_tables(corpus):
    with pytest.raises(ValueError, match="casualty_events"):
        plotting.plot_event_ranges(corpus)
