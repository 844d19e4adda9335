"""Event dates: every form resolved against a publication day, offsets, the
publication fallback, robustness, and the word list a researcher edits."""

from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from libyanews import config, dates
from libyanews.datafiles import DataFileError, read_table
from libyanews.dates import DATE_COLUMNS, FORMS, PRECISIONS, date_mentions, find_dates, resolve_date

SUNDAY = date(2016, 10, 2)      # the publication day of most cases: a Sunday
NEW_YEAR = date(2017, 1, 2)     # a Monday, for dates that fall in the year before

# text, published, date_text, date, precision, form
CASES = [
    # relative days
    ("قُتل خمسة أشخاص اليوم الأحد في سرت", SUNDAY, "اليوم الأحد", date(2016, 10, 2), "day", "weekday"),
    ("قُتل ثلاثة جنود أمس في بنغازي", SUNDAY, "أمس", date(2016, 10, 1), "day", "relative_day"),
    ("وأمس قتل مسلحان", SUNDAY, "أمس", date(2016, 10, 1), "day", "relative_day"),                 # clitic و
    ("قصفت الطائرات بالأمس مواقع التنظيم", SUNDAY, "الأمس", date(2016, 10, 1), "day", "relative_day"),  # clitic ب
    ("أُصيب 12 شخصا أمس الأول", SUNDAY, "أمس الأول", date(2016, 9, 30), "day", "relative_day"),
    ("قتل 4 أول من أمس", SUNDAY, "أول من أمس", date(2016, 9, 30), "day", "relative_day"),
    ("فجر اليوم شنت الطائرات غارات", SUNDAY, "فجر اليوم", date(2016, 10, 2), "day", "relative_day"),
    ("قتل 7 مساء أمس الأول", SUNDAY, "مساء أمس الأول", date(2016, 9, 30), "day", "relative_day"),
    ("قتل 2 ليلة أمس", SUNDAY, "ليلة أمس", date(2016, 10, 1), "day", "relative_day"),
    ("قتل 3 أمس السبت", SUNDAY, "أمس السبت", date(2016, 10, 1), "day", "weekday"),
    ("قتل 9 قبل ثلاثة أيام", SUNDAY, "قبل ثلاثة أيام", date(2016, 9, 29), "day", "relative_day"),
    ("قتل 9 قبل يومين", SUNDAY, "قبل يومين", date(2016, 9, 30), "day", "relative_day"),
    # weekdays: the last such day on or before publication
    ("أعلنت القوات مساء السبت مقتل 8", SUNDAY, "مساء السبت", date(2016, 10, 1), "day", "weekday"),
    ("قتل 3 صباح الاثنين", SUNDAY, "صباح الاثنين", date(2016, 9, 26), "day", "weekday"),
    ("قتل 3 صباح الإثنين", SUNDAY, "صباح الإثنين", date(2016, 9, 26), "day", "weekday"),
    ("قتل 3 ليلة الجمعة", SUNDAY, "ليلة الجمعة", date(2016, 9, 30), "day", "weekday"),
    ("قتل 3 ليل السبت الأحد", SUNDAY, "ليل السبت الأحد", date(2016, 10, 1), "day", "weekday"),
    ("اقتحمت القوات الحي يوم الأحد", SUNDAY, "يوم الأحد", date(2016, 10, 2), "day", "weekday"),  # = publication day
    ("والخميس، أعلن رئيس الحكومة", SUNDAY, "الخميس", date(2016, 9, 29), "day", "weekday"),
    ("قتل 6 الخميـــس", SUNDAY, "الخميـــس", date(2016, 9, 29), "day", "weekday"),                  # tatweel
    ("قتل 6 الثلاثاء الماضي", SUNDAY, "الثلاثاء الماضي", date(2016, 9, 27), "day", "weekday"),
    ("قتل 6 الأحد الماضي", SUNDAY, "الأحد الماضي", date(2016, 9, 25), "day", "weekday"),  # past: a week back
    ("تبدأ المحادثات الخميس المقبل", SUNDAY, "الخميس المقبل", date(2016, 10, 6), "day", "weekday"),
    ("قتل 4 الجمعة", NEW_YEAR, "الجمعة", date(2016, 12, 30), "day", "weekday"),               # year wrap
    # day and month, with and without a year, in every naming tradition
    ("قتل 5 في 19 سبتمبر", SUNDAY, "19 سبتمبر", date(2016, 9, 19), "day", "day_month"),
    ("في أعقاب ضربة يوم 19 سبتمبر", SUNDAY, "يوم 19 سبتمبر", date(2016, 9, 19), "day", "day_month"),
    ("قتل 5 في 2 أكتوبر", SUNDAY, "2 أكتوبر", date(2016, 10, 2), "day", "day_month"),           # the same day
    ("قتل 5 في 3 أكتوبر", SUNDAY, "3 أكتوبر", date(2015, 10, 3), "day", "day_month"),           # never ahead
    ("قتل 5 في 28 ديسمبر", NEW_YEAR, "28 ديسمبر", date(2016, 12, 28), "day", "day_month"),     # year wrap
    ("قتل 5 في 7 تشرين الثاني", SUNDAY, "7 تشرين الثاني", date(2015, 11, 7), "day", "day_month"),
    ("في 2 أكتوبر/ تشرين الأول 2016", SUNDAY, "2 أكتوبر/ تشرين الأول 2016", date(2016, 10, 2), "day",
     "day_month_year"),
    ("في 12 يناير 2016", SUNDAY, "12 يناير 2016", date(2016, 1, 12), "day", "day_month_year"),
    ("في 12 كانون الثاني 2016", SUNDAY, "12 كانون الثاني 2016", date(2016, 1, 12), "day", "day_month_year"),
    ("في 12 جانفي 2016", SUNDAY, "12 جانفي 2016", date(2016, 1, 12), "day", "day_month_year"),
    ("في 3 فيفري", SUNDAY, "3 فيفري", date(2016, 2, 3), "day", "day_month"),
    ("في 30 جوان 2016", SUNDAY, "30 جوان 2016", date(2016, 6, 30), "day", "day_month_year"),
    ("في 14 جويلية 2016", SUNDAY, "14 جويلية 2016", date(2016, 7, 14), "day", "day_month_year"),
    ("في 1 شتنبر 2016", SUNDAY, "1 شتنبر 2016", date(2016, 9, 1), "day", "day_month_year"),
    ("في 12 يونيه 2016", SUNDAY, "12 يونيه 2016", date(2016, 6, 12), "day", "day_month_year"),
    ("في ١٩ سبتمبر ٢٠١٦", SUNDAY, "١٩ سبتمبر ٢٠١٦", date(2016, 9, 19), "day", "day_month_year"),
    ("منذ انطلاقها في 12 أيار/مايو", SUNDAY, "12 أيار/مايو", date(2016, 5, 12), "day", "day_month"),
    ("الأحد 2 أكتوبر 2016", None, "الأحد 2 أكتوبر 2016", date(2016, 10, 2), "day", "day_month_year"),
    ("اليوم الأحد الموافق 2 أكتوبر", SUNDAY, "اليوم الأحد الموافق 2 أكتوبر", date(2016, 10, 2), "day",
     "day_month"),
    ("قتل 3 في 31 فبراير 2016", SUNDAY, "31 فبراير 2016", None, "day", "day_month_year"),      # no such day
    # numeric
    ("بتاريخ 19/9/2016", SUNDAY, "19/9/2016", date(2016, 9, 19), "day", "numeric"),
    ("بتاريخ ١٩/٩/٢٠١٦", SUNDAY, "١٩/٩/٢٠١٦", date(2016, 9, 19), "day", "numeric"),
    ("بتاريخ 9-10-2016", SUNDAY, "9-10-2016", date(2016, 10, 9), "day", "numeric"),             # day first
    ("بتاريخ 2016-09-19", SUNDAY, "2016-09-19", date(2016, 9, 19), "day", "numeric"),
    # Hijri
    ("في 15 رمضان 1437 هـ", SUNDAY, "15 رمضان 1437 هـ", date(2016, 6, 20), "day", "hijri"),
    ("في 15 رمضان 1437هـ", None, "15 رمضان 1437هـ", date(2016, 6, 20), "day", "hijri"),
    ("في 10 ذي الحجة 1437", SUNDAY, "10 ذي الحجة 1437", date(2016, 9, 11), "day", "hijri"),
    ("خلال شهر رمضان", SUNDAY, "شهر رمضان", date(2016, 6, 6), "month", "hijri"),
    ("عام 1437 هـ", SUNDAY, "عام 1437 هـ", date(2015, 10, 14), "year", "hijri"),
    # weeks, months, years
    ("مستهل الأسبوع الماضي", SUNDAY, "مستهل الأسبوع الماضي", date(2016, 9, 25), "week", "relative_week"),
    ("قتل 40 الأسبوع الماضي", SUNDAY, "الأسبوع الماضي", date(2016, 9, 25), "week", "relative_week"),
    ("منتصف الشهر الجاري", SUNDAY, "منتصف الشهر الجاري", date(2016, 10, 15), "month", "relative_month"),
    ("قتل 80 الشهر الماضي", NEW_YEAR, "الشهر الماضي", date(2016, 12, 1), "month", "relative_month"),
    ("التي بدأت في أيار/ مايو", SUNDAY, "أيار/ مايو", date(2016, 5, 1), "month", "month"),
    ("في أبريل", SUNDAY, "أبريل", date(2016, 4, 1), "month", "month"),
    ("في أفريل", SUNDAY, "أفريل", date(2016, 4, 1), "month", "month"),
    ("في شهر ماي", SUNDAY, "شهر ماي", date(2016, 5, 1), "month", "month"),
    ("في آب", SUNDAY, "آب", date(2016, 8, 1), "month", "month"),
    ("في أوت 2016", SUNDAY, "أوت 2016", date(2016, 8, 1), "month", "month_year"),
    ("منتصف أكتوبر 2015", None, "منتصف أكتوبر 2015", date(2015, 10, 15), "month", "month_year"),
    ("في ديسمبر", NEW_YEAR, "ديسمبر", date(2016, 12, 1), "month", "month"),                 # year wrap
    ("عام 2016", SUNDAY, "عام 2016", date(2016, 1, 1), "year", "year"),
    ("أواخر عام 2016", SUNDAY, "أواخر عام 2016", date(2016, 12, 31), "year", "year"),
    ("قتل 300 خلال 2016، بحسب", SUNDAY, "2016", date(2016, 1, 1), "year", "year"),
    ("العام الماضي", SUNDAY, "العام الماضي", date(2015, 1, 1), "year", "relative_year"),
    ("السنة الماضيه", SUNDAY, "السنة الماضيه", date(2015, 1, 1), "year", "relative_year"),  # ه for ة
    # diacritics
    ("قُتِلَ خَمْسَةٌ أَمْسِ", SUNDAY, "أَمْسِ", date(2016, 10, 1), "day", "relative_day"),
    ("مَسَاءَ السَّبْتِ", SUNDAY, "مَسَاءَ السَّبْتِ", date(2016, 10, 1), "day", "weekday"),
    ("فِي 19 سِبْتَمْبِر", SUNDAY, "19 سِبْتَمْبِر", date(2016, 9, 19), "day", "day_month"),
    # no publication day: written dates resolve, relative ones keep their precision
    ("في 2 أكتوبر 2016", None, "2 أكتوبر 2016", date(2016, 10, 2), "day", "day_month_year"),
    ("بتاريخ 19/9/2016", None, "19/9/2016", date(2016, 9, 19), "day", "numeric"),
    ("عام 2016", None, "عام 2016", date(2016, 1, 1), "year", "year"),
    ("قتل 3 أمس", None, "أمس", None, "day", "relative_day"),
    ("قتل 3 مساء السبت", None, "مساء السبت", None, "day", "weekday"),
    ("قتل 3 في 19 سبتمبر", None, "19 سبتمبر", None, "day", "day_month"),
    ("في أبريل", None, "أبريل", None, "month", "month"),
    ("قتل 3 الأسبوع الماضي", None, "الأسبوع الماضي", None, "week", "relative_week"),
]


@pytest.mark.parametrize("text, published, date_text, expected, precision, form", CASES,
                         ids=[f"{i}:{c[2]}" for i, c in enumerate(CASES)])
def test_resolution_table(text, published, date_text, expected, precision, form):
    table = find_dates(text, published)
    assert len(table) == 1, table
    row = table.iloc[0]
    assert (row["date_text"], row["date"], row["date_precision"], row["form"]) == (date_text, expected, precision,
                                                                                   form)
    assert text[row["start"]:row["end"]] == date_text


def test_table_covers_every_form_the_issue_lists():
    """Issue 13, item 1: each example form, and January in its three traditions."""
    written = {c[2] for c in CASES}
    for form in ["اليوم الأحد", "أمس", "مساء السبت", "أول من أمس", "19 سبتمبر", "2 أكتوبر/ تشرين الأول 2016",
                 "الثلاثاء الماضي", "15 رمضان 1437 هـ", "12 يناير 2016", "12 كانون الثاني 2016", "12 جانفي 2016"]:
        assert form in written, form
    january = {c[3] for c in CASES if c[2] in ("12 يناير 2016", "12 كانون الثاني 2016", "12 جانفي 2016")}
    assert january == {date(2016, 1, 12)}


def test_table_covers_every_form_and_precision():
    assert {c[5] for c in CASES} == set(FORMS)
    assert {c[4] for c in CASES} == set(PRECISIONS) - {"publication"}


@pytest.mark.parametrize("text", [
    "مارس الضغط على الحكومة",         # a verb, not March
    "رمضان بن علي",                    # a name, not the month
    "في اليوم التالي للهجوم",          # the next day of an event, not of publication
    "في ذلك اليوم",
    "في اليوم نفسه",
    "اليوم العالمي لحقوق الإنسان",
    "قتل 2016 شخصا",                   # a count
    "في 2000 غارة",
    "قتل 5 قبل أيام",                   # how many days is not said
    "في الساعة 10:30 مساء",
    "قتل 23 شخصا وأصيب عشرات آخرون",
])
def test_not_a_date(text):
    assert find_dates(text, SUNDAY).empty


def test_columns_and_types():
    table = find_dates("قتل 5 أمس، وأصيب 3 في 19 سبتمبر، منذ مطلع العام", SUNDAY)
    assert list(table.columns) == DATE_COLUMNS
    assert table["start"].tolist() == sorted(table["start"])
    assert table["since"].tolist() == [False, False, True]
    assert all(isinstance(d, date) for d in table["date"])
    empty = find_dates("لا تاريخ هنا")
    assert list(empty.columns) == DATE_COLUMNS and empty.empty


@pytest.mark.parametrize("published", [SUNDAY, "2016-10-02", "2016-10-02T23:59:00", pd.Timestamp("2016-10-02"),
                                       pd.Timestamp("2016-10-02 08:00", tz="Africa/Tripoli")])
def test_publication_day_in_any_type(published):
    assert find_dates("مساء السبت", published)["date"].tolist() == [date(2016, 10, 1)]


@pytest.mark.parametrize("published", [None, "", float("nan"), pd.NaT])
def test_missing_publication_day(published):
    assert find_dates("أمس", published)["date"].tolist() == [None]


@pytest.mark.parametrize("published, error", [("2 أكتوبر", ValueError), (20161002, TypeError), ([], TypeError)])
def test_bad_publication_day_is_named(published, error):
    with pytest.raises(error, match="published"):
        find_dates("أمس", published)


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="find_dates expects a str"):
        find_dates(None)
    with pytest.raises(TypeError, match="resolve_date expects a str"):
        resolve_date(b"...")


# --- resolve_date -----------------------------------------------------------------

def test_sentence_without_a_date_falls_back_to_publication():
    assert resolve_date("قتل 23 شخصا في هجوم بسيارة مفخخة", SUNDAY) == (SUNDAY, "publication", "", None, None)
    assert resolve_date("قتل 23 شخصا", "2016-10-02").date == SUNDAY


def test_no_date_and_no_publication_day():
    assert resolve_date("قتل 23 شخصا", None) == (None, None, "", None, None)


def test_since_is_not_the_event_day():
    # منذ 4 أبريل starts the offensive: the toll is dated by publication
    sentence = "قتل 300 منذ 4 أبريل/ نيسان 2019"
    assert resolve_date(sentence, SUNDAY).date_precision == "publication"
    assert resolve_date(sentence + " بينهم 5 أمس", SUNDAY).date_text == "أمس"


def test_the_most_precise_date_wins():
    sentence = "قتل 5 في غارة أمس هي الثالثة هذا الشهر في عام 2016"
    assert resolve_date(sentence, SUNDAY)[:3] == (date(2016, 10, 1), "day", "أمس")


def test_near_picks_the_date_next_to_the_figure():
    sentence = "قتل 5 أشخاص اليوم الأحد بعد غارة أمس أصيب فيها 12"
    assert resolve_date(sentence, SUNDAY, near=sentence.index("5")).date_text == "اليوم الأحد"
    assert resolve_date(sentence, SUNDAY, near=sentence.index("12")).date_text == "أمس"


def test_sentence_span_of_an_article():
    article = "قتل 3 أمس في سرت. وقتل 30 مساء السبت في طرابلس. ولم يقتل أحد."
    second = article.index("وقتل")
    end = article.index(".", second) + 1
    r = resolve_date(article, SUNDAY, start=second, end=end)
    assert r == (date(2016, 10, 1), "day", "مساء السبت", article.index("مساء"), article.index("مساء") + 10)
    assert article[r.start:r.end] == r.date_text
    third = end + 1
    assert resolve_date(article, SUNDAY, start=third).date_precision == "publication"


def test_academy_strike_two_outlets_one_day():
    """Issue 13: two outlets, published a day apart, both say مساء السبت."""
    first = resolve_date("قتل 30 وأصيب أكثر من 33 في قصف الكلية العسكرية مساء السبت", date(2020, 1, 5))
    second = resolve_date("قتل 28 وأصيب 18 في قصف الكلية العسكرية بطرابلس مساء السبت", date(2020, 1, 6))
    assert first.date == second.date == date(2020, 1, 4)


def test_seed_dates_resolve_against_a_stated_day(corpus):
    table = date_mentions(corpus.assign(date="2016-08-02"))
    assert set(table["article_id"]) <= set(corpus["article_id"])
    assert {"مساء السبت", "يوم 19 سبتمبر", "مستهل الأسبوع الماضي", "أواخر عام 2016"} <= set(table["date_text"])
    for aid, text in zip(corpus["article_id"], corpus["text"]):
        for row in table[table["article_id"] == aid].itertuples():
            assert text[row.start:row.end] == row.date_text
    saturday = table[table["date_text"] == "مساء السبت"]["date"]
    assert set(saturday) == {date(2016, 7, 30)}


def test_date_mentions_without_a_date_column(corpus):
    table = date_mentions(corpus.drop(columns=["date"]))
    assert table[table["form"] == "weekday"]["date"].isna().all()
    assert list(table.columns) == ["article_id"] + DATE_COLUMNS


# --- robustness -----------------------------------------------------------------------

_PIECES = [
    "أمس", "اليوم", "الأحد", "السبت", "مساء", "فجر", "أول من أمس", "أمس الأول", "الماضي", "المقبل", "يوم",
    "19", "٢", "2016", "٢٠١٦", "1437", "هـ", "م", "/", "-", "،", "(", ")", "سبتمبر", "تشرين الأول", "كانون",
    "جانفي", "أوت", "رمضان", "ذي الحجة", "شهر", "عام", "منتصف", "أواخر", "الشهر الجاري", "الأسبوع الماضي",
    "قبل", "منذ", "ثلاثة", "أيام", "يومين", "في", "و", "ب", "ال", "الموافق", "قتل", "\u064e", "\u0651", "ـ",
    "\u200f", "\u00a0", "\n", "ﻻ", "٫", "31", "0", "99",
]


@settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=80),
                 st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join),
                 st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)),
       st.one_of(st.none(), st.dates()))
def test_any_string_any_day_no_exception_and_offsets_round_trip(text, published):
    table = find_dates(text, published)
    for row in table.itertuples():
        assert text[row.start:row.end] == row.date_text
        assert row.date_precision in PRECISIONS and row.form in FORMS
        assert row.date is None or isinstance(row.date, date)
    r = resolve_date(text, published)
    assert r.start is None or text[r.start:r.end] == r.date_text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2070, 12, 31)),
       st.sampled_from(["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]))
def test_a_weekday_is_never_after_publication(published, weekday):
    on_or_before = find_dates(f"مساء {weekday}", published)["date"].iloc[0]
    strictly_before = find_dates(f"{weekday} الماضي", published)["date"].iloc[0]
    assert 0 <= (published - on_or_before).days <= 6
    assert 1 <= (published - strictly_before).days <= 7
    assert on_or_before.weekday() == strictly_before.weekday()


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2070, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_a_day_month_date_is_within_the_year_before_publication(published, month, day):
    name = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"][month - 1]
    found = find_dates(f"في {day} {name}", published)["date"].iloc[0]
    assert (found.month, found.day) == (month, day)
    assert 0 <= (published - found).days < 366


def test_no_wall_clock(monkeypatch):
    """dateparser fills what a date leaves out from "now" unless it is given a
    base: every call gets the publication day, or without one a fixed base
    and REQUIRE_PARTS, so no result depends on the day the code runs."""
    import datetime as dt

    import dateparser.date

    seen = []
    real = dateparser.date.DateDataParser

    class Spy(real):
        def __init__(self, *args, settings=None, **kwargs):
            seen.append(dict(settings))
            super().__init__(*args, settings=settings, **kwargs)

    monkeypatch.setattr(dateparser.date, "DateDataParser", Spy)
    dates._dateparser.cache_clear()
    try:
        text = "في 19 سبتمبر وفي أبريل و19/9/2016 وفي 2 أكتوبر 2016 وعام 2015"
        assert find_dates(text, SUNDAY)["date"].tolist() == [
            date(2016, 9, 19), date(2016, 4, 1), date(2016, 9, 19), date(2016, 10, 2), date(2015, 1, 1)]
        with_publication = len(seen)
        assert find_dates(text)["date"].tolist() == [None, None, date(2016, 9, 19), date(2016, 10, 2),
                                                     date(2015, 1, 1)]
    finally:
        dates._dateparser.cache_clear()
    assert len(seen) == 8  # every Gregorian date, once per publication day (cached); none for a partial one
    assert all(s["RELATIVE_BASE"] == dt.datetime(2016, 10, 2) for s in seen[:with_publication])
    assert all(s["RELATIVE_BASE"] == dates._NO_BASE and s["REQUIRE_PARTS"] for s in seen[with_publication:])


# --- the word list -----------------------------------------------------------------------

def _with_data_file(tmp_path, monkeypatch, extra: str):
    text = config.data_file("date_words.csv").read_text(encoding="utf-8") + extra
    (tmp_path / "date_words.csv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    read_table.cache_clear()
    dates._lexicon.cache_clear()
    dates._scan.cache_clear()


@pytest.fixture
def restore_word_list():
    yield
    read_table.cache_clear()
    dates._lexicon.cache_clear()
    dates._scan.cache_clear()


def test_a_researcher_adds_a_month_name(tmp_path, monkeypatch, restore_word_list):
    # Gaddafi-era Libya named the months itself: الفاتح was September.
    _with_data_file(tmp_path, monkeypatch, "الفاتح,month,9,,Libya before 2011\n")
    assert find_dates("في 1 الفاتح 2010")["date"].tolist() == [date(2010, 9, 1)]


def test_a_bad_row_names_the_file_and_the_word(tmp_path, monkeypatch, restore_word_list):
    _with_data_file(tmp_path, monkeypatch, "البارحة,relative,-1,days,\n")
    with pytest.raises(DataFileError, match=r"date_words.csv: relative 'البارحة' needs a unit"):
        find_dates("أمس")


def test_every_word_type_is_used():
    types = {row["type"] for row in read_table("date_words.csv")}
    assert types == set(dates._TYPES)
