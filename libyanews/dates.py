"""Event dates in Arabic news, resolved against the publication day.

News copy dates an event relative to the day it was published (``أمس``,
``مساء السبت``, ``الثلاثاء الماضي``) far more often than absolutely
(``19 سبتمبر``, ``2 أكتوبر/ تشرين الأول 2016``).  :func:`find_dates` lists
every date expression of a text with its offsets and the day it names;
:func:`resolve_date` picks the day of the event a sentence reports (for a
casualty figure), falling back to the publication day.

Rules (``published`` is the article's publication day):

=====================================  =============  =========================================
expression                             precision      date
=====================================  =============  =========================================
``اليوم``, ``فجر اليوم``               day            the publication day
``أمس``, ``مساء أمس``, ``بالأمس``      day            one day before
``أمس الأول``, ``أول من أمس``          day            two days before
``قبل 3 أيام``, ``قبل يومين``          day            three, two days before
``مساء السبت``, ``يوم الأحد``          day            the last such weekday *on or before*
                                                      publication (a Sunday paper's الأحد is
                                                      that Sunday, never next week's)
``اليوم الأحد``, ``أمس السبت``         day            the weekday decides, searched on or
                                                      before today / yesterday
``الثلاثاء الماضي``                    day            the last Tuesday strictly *before*
                                                      publication
``الثلاثاء المقبل``                    day            the next Tuesday after publication
``19 سبتمبر``, ``19 من شهر أيلول``     day            the year that puts it on or before
                                                      publication (28 ديسمبر in an article of
                                                      2 January is last year's)
``2 أكتوبر/ تشرين الأول 2016``         day            as written
``19/9/2016``, ``2016-09-19``          day            day first, as Arab papers write
``15 رمضان 1437 هـ``                   day            converted from the Umm al-Qura calendar
``الأسبوع الماضي``                     week           seven days before publication
``في أبريل``, ``الشهر الماضي``         month          the first of the month (a bare month
                                                      name takes the year that puts it on or
                                                      before publication)
``منتصف الشهر الجاري``                 month          the 15th (مطلع: the 1st, أواخر: the last
                                                      day)
``عام 2016``, ``العام الماضي``         year           1 January (منتصف: 1 July, أواخر: 31 December)
=====================================  =============  =========================================

Month names are read in every form of Arabic print: Egyptian and Gulf
(يناير), Levantine and Iraqi (كانون الثاني), Algerian and Tunisian (جانفي،
فيفري، أفريل، ماي، جوان، جويلية، أوت) and Moroccan (يوليوز، غشت، شتنبر), and
two forms printed together (``أيار/ مايو``) are one month.  Diacritics,
tatweel, hamza on alef, ى/ي, ة/ه, Arabic-Indic digits and an attached
و/ف/ب/ل/ك (``وأمس``, ``بالأمس``, ``والخميس``) do not matter.  The words are
in ``libyanews/data/date_words.csv``, which a researcher extends.

Without a publication day, dates written in full still resolve
(``2 أكتوبر 2016``, ``عام 2016``, ``15 رمضان 1437 هـ``); relative ones
(``أمس``, ``مساء السبت``) and dates without a year keep their precision and
get ``date`` None, so a notebook can say "a weekday without a reference".
A date after ``منذ`` ("since 4 April") is flagged ``since``: it starts a
period, it is not the day of an event.  Nothing depends on today's date.

Limits: a bare month name counts only after a cue (``في أبريل``, ``شهر
آب``, ``منتصف أكتوبر``), since مارس is also a verb and آب, once hamza is
ignored, also "father"; a bare four-digit number counts as a year only after
``عام``/``سنة`` or at the end of a clause after ``في``/``خلال``.  ``ليلة
الجمعة`` is read as Friday, although older usage means the eve (Thursday
night).  ``اليوم`` is taken literally unless a word marks another day
(``ذلك اليوم``, ``اليوم التالي``), so a figurative "today" is a date too.

What reads what (measured with dateparser 1.5.0, ``languages=["ar"]``,
``RELATIVE_BASE`` = Sunday 2 October 2016, ``PREFER_DATES_FROM="past"``):
dateparser reads Egyptian/Gulf month names, numeric dates, ``أمس``,
``قبل يومين``, ``الأسبوع الماضي``, and picks the year of a day-month date
the way we want (``28 ديسمبر`` on 2 January 2017 → 2016-12-28; ``2 أكتوبر``
on 2 October → that day); it rejects impossible days (``31 فبراير``).  It
returns None for Levantine and Maghrebi months (``2 تشرين الأول 2016``,
``12 جانفي 2016``, ``12 أوت 2016``), for Hijri dates, for ``أول من أمس``,
``أمس الأول``, ``الثلاثاء الماضي``, ``مساء السبت``, ``صباح الاثنين``,
``فجر اليوم``, ``اليوم الأحد``, ``يوم الأحد``, ``العام الماضي``,
``الشهر الجاري``, ``منتصف الشهر الجاري``, ``قبل ثلاثة أيام``, and for any
word with diacritics (``أَمْسِ``); a bare ``الأحد`` on a Sunday it reads as
the Sunday *before* (2016-09-25), where news means the same day.  It is
slow (1 ms a call; its ``search_dates`` took 117 ms on a seed article where
this module's scan takes 3 ms), gives no offsets, and took ``الثلاثاء في`` for a date.

So this module finds the expressions itself with one compiled scan of the
normalized text, hands dateparser only the Gregorian dates it found (month
names rewritten to the form dateparser reads; cached), converts Hijri dates
with hijridate, and resolves weekdays and relative words by the rules above
from ``date_words.csv``: one table that a researcher extends by a line,
where dateparser knows some relative words and not others.

Example::

    >>> from datetime import date
    >>> resolve_date("قتل 5 أشخاص مساءَ السبت في سرت", date(2016, 10, 2))
    DateResolution(date=datetime.date(2016, 10, 1), date_precision='day', date_text='مساءَ السبت', start=12, end=23)
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
from functools import lru_cache
from typing import Iterable, NamedTuple

import pandas as pd

from .datafiles import DataFileError, read_table
from .normalize import normalize, normalize_with_offsets
from .numbers import parse_number

__all__ = [
    "DATE_COLUMNS",
    "FORMS",
    "PRECISIONS",
    "DateResolution",
    "date_mentions",
    "find_dates",
    "resolve_date",
    "resolve_dates",
]

#: Columns of :func:`find_dates`.
DATE_COLUMNS = ["date_text", "start", "end", "date", "date_precision", "form", "since"]

#: What kind of expression gave a date (the ``form`` column).
FORMS = (
    "relative_day",    # اليوم, أمس, أول من أمس, قبل يومين, مساء أمس
    "weekday",         # مساء السبت, الثلاثاء الماضي, اليوم الأحد
    "day_month",       # 19 سبتمبر
    "day_month_year",  # 2 أكتوبر/ تشرين الأول 2016
    "numeric",         # 19/9/2016
    "month",           # في أبريل, منتصف أكتوبر
    "month_year",      # سبتمبر 2016
    "year",            # عام 2016, أواخر 2015
    "relative_week",   # الأسبوع الماضي
    "relative_month",  # الشهر الماضي, منتصف الشهر الجاري
    "relative_year",   # العام الماضي, مطلع العام الجاري
    "hijri",           # 15 رمضان 1437 هـ, شهر رمضان, عام 1437 هـ
)

#: ``date_precision`` values, most precise first; ``publication`` is
#: :func:`resolve_date`'s fallback.
PRECISIONS = ("day", "week", "month", "year", "publication")

_FILE = "date_words.csv"
#: Normalization for matching: the package defaults plus ة → ه (السنه الماضيه).
_MATCH = {"teh_marbuta": True}

# The month names dateparser's Arabic locale reads (measured: the Levantine and
# Maghrebi names return None), so every month found is handed to it in this form.
_DATEPARSER_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                      "نوفمبر", "ديسمبر")
# A fixed base for dateparser when there is no publication day: only dates
# with every part written are parsed then (REQUIRE_PARTS), so it never shows.
_NO_BASE = dt.datetime(2000, 1, 1)

_TYPES = {
    "month": "month number 1-12", "hijri_month": "month number 1-12", "weekday": "weekday number 0-6",
    "weekday_past": "", "weekday_next": "", "daypart": "", "relative": "an offset (integer)",
    "ago_unit": "a count or empty", "part": "start, middle or end", "period": "", "month_cue": "", "year_word": "",
    "day_word": "", "since": "", "era": "gregorian or hijri", "link": "", "not_today": "before or after",
}
_UNITS = ("day", "week", "month", "year")
_RELATIVE_FORM = {"day": "relative_day", "week": "relative_week", "month": "relative_month",
                  "year": "relative_year"}


class DateResolution(NamedTuple):
    """The event day of a sentence (:func:`resolve_date`); unpacks as
    ``date, date_precision, date_text, start, end``."""

    date: dt.date | None
    date_precision: str | None
    date_text: str
    start: int | None
    end: int | None


# --- word lists --------------------------------------------------------------


def _norm(word: str) -> str:
    return normalize(word, **_MATCH)


def _alt(words: Iterable[str]) -> str:
    """A regex that matches any of ``words``, the longest where several do
    (أمس الأول before أمس); a space inside a phrase matches any run of spaces.

    Written as a trie (one branch per first letter, then per next letter), so a
    word that is no date word fails at its first or second letter instead of
    being tried against every entry.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional tail: a longer word is tried before the word it extends.
    return f"(?:{body})?" if "" in node else body


class _Lexicon(NamedTuple):
    months: dict
    hijri_months: dict
    weekdays: dict
    relative: dict        # phrase -> (offset, unit)
    ago_units: dict       # word -> (count or None, unit)
    parts: dict           # word -> start | middle | end
    eras: dict            # word -> gregorian | hijri
    words: dict           # type -> frozenset of normalized words
    pattern: re.Pattern   # every form, one alternative per family (see _scan)
    cue_re: re.Pattern    # a month cue word ending right before a match
    since_re: re.Pattern  # a since phrase ending right before a match
    link_re: re.Pattern   # what may stand between a weekday and its date


def _int_value(row: dict, low: int, high: int) -> int:
    try:
        value = int(row["value"])
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise DataFileError(f"{_FILE}: {row['type']} {row['word']!r} needs a value {low}-{high}, got {row['value']!r}")
    return value


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    rows = read_table(_FILE, ("word", "type", "value", "unit"))
    months, hijri, weekdays, relative, ago, parts, eras, not_today, periods = {}, {}, {}, {}, {}, {}, {}, {}, {}
    words: dict[str, set] = {t: set() for t in _TYPES}
    for row in rows:
        kind, word = row["type"], _norm(row["word"])
        if kind not in _TYPES:
            raise DataFileError(f"{_FILE}: type {kind!r} (in the row of {row['word']!r}) is not one of "
                                f"{', '.join(sorted(_TYPES))}")
        if not word:
            raise DataFileError(f"{_FILE}: an empty word in a {kind} row")
        words[kind].add(word)
        if kind == "month":
            months[word] = _int_value(row, 1, 12)
        elif kind == "hijri_month":
            hijri[word] = _int_value(row, 1, 12)
        elif kind == "weekday":
            weekdays[word] = _int_value(row, 0, 6)
        elif kind in ("relative", "ago_unit", "period"):
            if row["unit"] not in _UNITS:
                raise DataFileError(f"{_FILE}: {kind} {row['word']!r} needs a unit ({', '.join(_UNITS)}), "
                                    f"got {row['unit']!r}")
            if kind == "relative":
                relative[word] = (_int_value(row, -1000, 1000), row["unit"])
            elif kind == "period":
                periods[word] = row["unit"]
            else:
                ago[word] = (_int_value(row, 1, 1000) if row["value"] else None, row["unit"])
        elif kind in ("part", "era", "not_today"):
            allowed = {"part": ("start", "middle", "end"), "era": ("gregorian", "hijri"),
                       "not_today": ("before", "after")}[kind]
            if row["value"] not in allowed:
                raise DataFileError(f"{_FILE}: {kind} {row['word']!r} needs a value {' or '.join(allowed)}, "
                                    f"got {row['value']!r}")
            {"part": parts, "era": eras, "not_today": not_today}[kind][word] = row["value"]
    frozen = {k: frozenset(v) for k, v in words.items()}
    frozen["not_today_before"] = frozenset(w for w, v in not_today.items() if v == "before")
    frozen["not_today_after"] = frozenset(w for w, v in not_today.items() if v == "after")
    # A bare period after a part word is the current one: مطلع العام = مطلع العام الجاري.
    relative.update((word, (0, unit)) for word, unit in periods.items() if word not in relative)
    return _Lexicon(months, hijri, weekdays, relative, ago, parts, eras, frozen,
                    _pattern(months, hijri, weekdays, relative, ago, parts, eras, frozen),
                    re.compile(rf"(?<!\w)[وف]?{_alt(frozen['month_cue'])}\s*$"),
                    re.compile(rf"(?<!\w)[وف]?{_alt(frozen['since'])}\s*$"),
                    re.compile(rf"\s*[,،(\-–]?\s*(?:{_alt(frozen['link'])}\s*)?"))


# --- the scan ----------------------------------------------------------------
#
# One compiled regex over the normalized text (diacritics gone, digits ASCII),
# with one alternative per family of forms, each allowed an attached و/ف and
# ب/ل/ك before it.  One pass, not one per family: every pass of a regex costs
# about 25 ms per 250,000 characters whatever it looks for (measured on the
# seeds repeated), so eight passes were eight times that; and a lookahead for
# the words an expression can start with skips every other word at once (the
# scan went from 0.6 to 2 million characters a second).  Families that can
# start at the same word are ordered so the longer reading is tried first
# (numeric before year; a relative day before a weekday: اليوم الأحد).  A
# weekday followed by the date it names (الأحد 2 أكتوبر) becomes one row.

_CLITIC = r"(?<!\w)[وف]?[بلك]?"
_DAY = r"(?<![\d.,/\-])(?:0?[1-9]|[12]\d|3[01])(?![\d.,])"
_YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
_HIJRI_YEAR = r"(?<!\d)1[34]\d\d(?!\d)"
_END = r"(?!\w)"
#: The families of forms in the order they are tried at one word.
_FAMILIES = ("numeric", "gregorian", "hijri", "year", "relative_day", "relative_period", "ago", "weekday")


def _pattern(months, hijri, weekdays, relative, ago, parts, eras, words) -> re.Pattern:
    part = _alt(parts)
    month = _alt(months)
    hmonth = _alt(hijri)
    weekday = _alt(weekdays)
    daypart = _alt(words["daypart"])
    year_word = _alt(words["year_word"])
    day_word = _alt(words["day_word"])
    g_era = _alt(w for w, v in eras.items() if v == "gregorian")
    h_era = _alt(w for w, v in eras.items() if v == "hijri")
    any_era = _alt(eras)
    rel_day = _alt(w for w, (_, unit) in relative.items() if unit == "day")
    rel_period = _alt(w for w, (_, unit) in relative.items() if unit != "day" and w not in words["period"])
    period = _alt(words["period"])
    modifier = _alt(words["weekday_past"] | words["weekday_next"])
    units = _alt(ago)
    day = rf"(?:(?P<dayw>{day_word})\s+)?(?P<day>{_DAY})\s*(?:من\s+)?"
    year_tail = r"(?:\s*[,،]?\s*(?:من\s+)?(?:{yw}\s+)?(?P<year>{y})(?:\s*(?P<era>{era}))?)?"
    families = [
        # 2 أكتوبر/ تشرين الأول 2016, 19 من شهر سبتمبر, منتصف أكتوبر, سبتمبر 2016
        ("gregorian", rf"(?:(?P<part>{part})\s+)?(?:{day})?(?P<shahr>شهر\s+)?(?P<m1>{month})"
                      rf"(?:\s*[/\\(\-–]\s*(?P<m2>{month})\s*\)?)?"
                      + year_tail.format(yw=year_word, y=_YEAR, era=g_era)),
        # 15 رمضان 1437 هـ, شهر رمضان
        ("hijri", rf"(?:(?P<part>{part})\s+)?(?:{day})?(?P<shahr>شهر\s+)?(?P<hm>{hmonth})"
                  + year_tail.format(yw=year_word, y=_HIJRI_YEAR, era=h_era)),
        # 19/9/2016, 2016-09-19
        ("numeric", rf"(?:(?P<dayw>{day_word})\s+)?(?:(?P<d>{_DAY})\s*(?P<s>[/.\-])\s*(?P<m>0?[1-9]|1[0-2])\s*(?P=s)\s*"
                    rf"(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s*(?P<s2>[/.\-])\s*(?P<m2>0?[1-9]|1[0-2])\s*(?P=s2)\s*"
                    rf"(?P<d2>0?[1-9]|[12]\d|3[01]))(?![\d/])"),
        # عام 2016, أواخر 2015, عام 1437 هـ
        ("year", rf"(?:(?P<part>{part})\s+)?(?:(?P<yw>{year_word})\s+)?(?P<year>{_YEAR}|{_HIJRI_YEAR})"
                 rf"(?:\s*(?P<era>{any_era}))?"),
        # اليوم الأحد, مساء أمس, أمس الأول, يوم أمس
        ("relative_day", rf"(?:(?P<dp>{daypart})\s+)?(?:(?P<dayw>{day_word})\s+)?(?P<rel>{rel_day})"
                         rf"(?:\s*[,،]?\s*(?:{day_word}\s+)?(?P<wd>{weekday}))?"),
        # منتصف الشهر الجاري, الأسبوع الماضي, مطلع العام (a bare period only after a part)
        ("relative_period", rf"(?:(?P<part>{part})\s+)?(?P<rel>{rel_period})|(?P<part2>{part})\s+(?P<rel2>{period})"),
        # مساء السبت, الثلاثاء الماضي, ليل السبت الأحد
        ("weekday", rf"(?:(?P<dp>{daypart})\s+)?(?:(?P<dayw>{day_word})\s+)?(?P<wd>{weekday})"
                    rf"(?:\s*(?:[/\-–]|الي\s)?\s*(?P<wd2>{weekday}))?(?:\s+(?P<mod>{modifier}))?"),
        # قبل 3 أيام, قبل يومين, منذ أربعة عشر شهرا
        # (not قبل عام 2016, منذ شهر أبريل: those are a year and a month)
        ("ago", rf"(?P<kw>قبل|منذ)\s+(?:(?P<n>\d+|[^\W\d]+(?:\s+و?[^\W\d]+)?)\s+)?(?P<unit>{units})"
                rf"(?!\s*(?:\d|{month}|{hmonth}))"),
    ]
    bodies = dict(families)
    alternatives = "|".join(f"(?P<{name}>{_prefix_groups(name, bodies[name])})" for name in _FAMILIES)
    # Every expression starts with a digit or one of these words: checking
    # them first (one trie) spares the eight alternatives at every other word.
    first = _alt(set(parts) | set(words["daypart"]) | set(words["day_word"]) | set(months) | set(hijri)
                 | set(weekdays) | set(relative) | set(words["year_word"]) | {"شهر", "قبل", "منذ"})
    return re.compile(rf"{_CLITIC}(?=\d|{first}(?!\w))(?:{alternatives}){_END}")


def _prefix_groups(family: str, body: str) -> str:
    """Group names made unique per family (gregorian__year, hijri__year)."""
    body = re.sub(r"\(\?P<(\w+)>", rf"(?P<{family}__\1>", body)
    return re.sub(r"\(\?P=(\w+)\)", rf"(?P={family}__\1)", body)


class _Found(NamedTuple):
    """A date expression in normalized text: its span and how to resolve it."""

    start: int
    end: int
    form: str
    precision: str
    since: bool
    spec: tuple  # form-specific parts, read by _resolve


def _before(norm: str, start: int, width: int = 40) -> str:
    return norm[max(0, start - width):start]


def _word_after(norm: str, end: int) -> str:
    m = re.match(r"\s*[,،]?\s*(\w+)", norm[end:end + 40])
    return m.group(1) if m else ""


def _word_before(norm: str, start: int) -> str:
    m = re.search(r"(\w+)\s*$", _before(norm, start))
    return m.group(1) if m else ""


def _read(m: re.Match, norm: str, lex: _Lexicon) -> _Found | None:
    """The form and parts of one regex match, or None when the words match
    but do not make a date (a bare مارس, ذلك اليوم, قبل أيام)."""
    family = next(f for f in _FAMILIES if m.start(f) >= 0)
    start, end = m.span(family)
    prefix = family + "__"
    g = {k[len(prefix):]: v for k, v in m.groupdict().items() if k.startswith(prefix)}
    has_cue = bool(g.get("part") or g.get("shahr") or lex.cue_re.search(_before(norm, start)))
    part = lex.parts.get(re.sub(r"\s+", " ", g["part"])) if g.get("part") else None
    if family in ("gregorian", "hijri"):
        day = int(g["day"]) if g.get("day") else None
        year = int(g["year"]) if g.get("year") else None
        if family == "hijri":
            if day is None and year is None and not has_cue:
                return None  # رمضان, رجب, صفر alone are names or words, not dates
            month = lex.hijri_months[_key(g["hm"])]
            precision = "day" if day else "month"
            return _Found(start, end, "hijri", precision, False, ("hijri", year, month, day, part))
        if day is None and year is None and not has_cue:
            return None  # a bare month name: مارس is also a verb, آب also "father"
        month = lex.months[_key(g["m1"])]
        form = ("day_month_year" if year else "day_month") if day else ("month_year" if year else "month")
        return _Found(start, end, form, "day" if day else "month", False, ("gregorian", year, month, day, part))
    if family == "numeric":
        if g.get("y"):
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        else:
            y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
        return _Found(start, end, "numeric", "day", False, ("gregorian", y, mo, d, None))
    if family == "year":
        era = lex.eras.get(_key(g["era"])) if g.get("era") else None
        year = int(g["year"])
        hijri = era == "hijri" or (era is None and year < 1900)
        if not (g.get("yw") or part or era or has_cue and re.match(r"[ \t]*\w", norm[end:end + 3]) is None):
            # A bare four-digit number is a count as often as a year; after في or
            # خلال it is a year only where the clause ends (في 2016، but not في 2000 غارة).
            return None
        if hijri and era == "gregorian" or not hijri and year < 1900:
            return None
        if hijri:
            return _Found(start, end, "hijri", "year", False, ("hijri", year, None, None, part))
        return _Found(start, end, "year", "year", False, ("gregorian", year, None, None, part))
    if family == "relative_day":
        rel = _key(g["rel"])
        offset, _ = lex.relative[rel]
        if rel == _norm("اليوم") and not g.get("wd"):
            before, after = _word_before(norm, start), _word_after(norm, end)
            if before in lex.words["not_today_before"] or after in lex.words["not_today_after"]:
                return None  # ذلك اليوم, اليوم نفسه, اليوم التالي, اليوم العالمي: not the publication day
        if g.get("wd"):
            return _Found(start, end, "weekday", "day", False, ("weekday", lex.weekdays[_key(g["wd"])], "on", offset))
        return _Found(start, end, "relative_day", "day", False, ("relative", offset, "day", None))
    if family == "relative_period":
        if g.get("rel2"):
            part = lex.parts[_key(g["part2"])]
        offset, unit = lex.relative[_key(g["rel"] or g["rel2"])]
        return _Found(start, end, _RELATIVE_FORM[unit], unit, False, ("relative", offset, unit, part))
    if family == "weekday":
        mod = _key(g["mod"]) if g.get("mod") else None
        rule = "before" if mod in lex.words["weekday_past"] else "after" if mod in lex.words["weekday_next"] else "on"
        return _Found(start, end, "weekday", "day", False, ("weekday", lex.weekdays[_key(g["wd"])], rule, 0))
    if family == "ago":
        count, unit = lex.ago_units[_key(g["unit"])]
        if g.get("n"):
            if count is not None and count > 1:
                return None  # a dual after a number: not this pattern
            try:
                count = parse_number(g["n"])
            except ValueError:
                return None
        if not count:
            return None  # قبل أيام: how many is not said
        return _Found(start, end, _RELATIVE_FORM[unit], unit,
                      g["kw"] == "منذ", ("relative", -count, unit, None))
    raise AssertionError(family)


def _key(words: str) -> str:
    """A matched phrase as it is keyed in the lexicon (one space between words,
    without an attached clitic, which the regex leaves outside the group)."""
    return re.sub(r"\s+", " ", words)


@lru_cache(maxsize=2048)
def _scan(text: str) -> tuple[tuple[int, int, _Found], ...]:
    """The date expressions of ``text``: verbatim (start, end) and their reading."""
    lex = _lexicon()
    norm, offsets = normalize_with_offsets(text, **_MATCH)
    found: list[_Found] = []
    pos = 0
    while (m := lex.pattern.search(norm, pos)) is not None:
        f = _read(m, norm, lex)
        if f is None:
            pos = m.start() + 1  # not a date: look again from the next character
            continue
        found.append(f)
        pos = m.end()
    found = _join_weekdays(found, norm, lex)
    out = []
    for f in found:
        since = f.since or bool(lex.since_re.search(_before(norm, f.start)))
        start, end = offsets.span(f.start, f.end)
        out.append((start, end, f._replace(since=since)))
    return tuple(out)


def _join_weekdays(kept: list[_Found], norm: str, lex: _Lexicon) -> list[_Found]:
    """A weekday or a relative day followed by the date it names (الأحد 2
    أكتوبر, اليوم الأحد الموافق 2 أكتوبر 2016) is one expression: the written
    date decides."""
    out: list[_Found] = []
    for f in kept:
        prev = out[-1] if out else None
        if (prev is not None and prev.form in ("weekday", "relative_day") and prev.precision == "day"
                and f.precision == "day" and f.form in ("day_month", "day_month_year", "numeric", "hijri")
                and lex.link_re.fullmatch(norm, prev.end, f.start)):
            out[-1] = f._replace(start=prev.start)
            continue
        out.append(f)
    return out


# --- resolution ----------------------------------------------------------------


def _as_date(published) -> dt.date | None:
    """The publication day from a date, datetime, Timestamp or ISO string
    (``2016-10-02``); None, NaN, NaT and "" mean no publication day."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return None if published is pd.NaT else published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        if not published.strip():
            return None
        try:
            return dt.datetime.fromisoformat(published.strip()).date()
        except ValueError:
            raise ValueError(f"published: {published!r} is not a date (write YYYY-MM-DD)") from None
    if isinstance(published, float) and math.isnan(published):
        return None
    if isinstance(published, (int, float)):  # pd.Timestamp would read 5 as nanoseconds after 1970
        raise TypeError(f"published must be a date, a datetime or a YYYY-MM-DD string, not {published!r}")
    try:
        stamp = pd.Timestamp(published)
    except (TypeError, ValueError):
        raise TypeError(f"published must be a date, a datetime or a YYYY-MM-DD string, "
                        f"not {type(published).__name__}") from None
    return None if pd.isna(stamp) else stamp.date()


def _shift_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (before) ``day``'s."""
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


def _within(day: dt.date, precision: str, part: str | None) -> dt.date:
    """The day a part word (مطلع, منتصف, أواخر) picks in a month or a year."""
    if part is None:
        return day
    if precision == "month":
        return day.replace(day={"start": 1, "middle": 15,
                                "end": calendar.monthrange(day.year, day.month)[1]}[part])
    if precision == "year":
        return {"start": dt.date(day.year, 1, 1), "middle": dt.date(day.year, 7, 1),
                "end": dt.date(day.year, 12, 31)}[part]
    return day  # a week keeps its day: its precision says it is a week either way


@lru_cache(maxsize=8192)
def _dateparser(text: str, base: dt.date | None, parts: tuple[str, ...]) -> dt.date | None:
    """dateparser's reading of a Gregorian date, relative to ``base``.

    Called on the few words of a date already found, never on running text,
    and cached: one call costs about a millisecond.  Without a base only
    dates with every part in ``parts`` written are read (REQUIRE_PARTS), so
    the fixed stand-in base never leaks into a result.
    """
    from dateparser.date import DateDataParser  # imported on first use: it takes a while

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()) if base else _NO_BASE,
        "PREFER_DATES_FROM": "past",   # 28 ديسمبر in a January article: last December
        "DATE_ORDER": "DMY",           # 9/10/2016 is 9 October in Arab papers
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "TIMEZONE": "UTC",
        "PARSERS": ["absolute-time"],
        "REQUIRE_PARTS": [] if base else list(parts),
    }
    try:
        data = DateDataParser(languages=["ar"], settings=settings).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    return data.date_obj.date() if data.date_obj is not None else None


def _gregorian(year, month, day, part, precision, pub) -> dt.date | None:
    if year is None and pub is None:
        return None  # 19 سبتمبر, في أبريل: which year is not said
    text = " ".join(str(p) for p in (day, _DATEPARSER_MONTHS[month - 1] if month else None, year) if p is not None)
    parts = tuple(p for p, v in (("day", day), ("month", month), ("year", year)) if v is not None)
    found = _dateparser(text, pub, parts)
    if found is None:
        return None
    if precision == "month":
        found = found.replace(day=1)
    elif precision == "year":
        found = dt.date(found.year, 1, 1)
    return _within(found, precision, part)


def _hijri(year, month, day, part, precision, pub) -> dt.date | None:
    """A Hijri date by the Umm al-Qura calendar (hijridate; dateparser
    reads no Hijri month); without a year, the last such day on or before
    publication."""
    from hijridate import Gregorian, Hijri

    if year is None:
        if pub is None:
            return None
        today = Gregorian(pub.year, pub.month, pub.day).to_hijri()
        year = today.year if (month, day or 1) <= (today.month, today.day) else today.year - 1
    if precision == "year":
        month, day = {None: (1, 1), "start": (1, 1), "middle": (7, 1), "end": (12, 0)}[part]
        day = day or Hijri(year, 12, 1).month_length()
    elif precision == "month":
        day = {None: 1, "start": 1, "middle": 15, "end": 0}[part] or Hijri(year, month, 1).month_length()
    return Hijri(year, month, day).to_gregorian()


def _resolve(f: _Found, pub: dt.date | None) -> dt.date | None:
    kind = f.spec[0]
    try:
        if kind == "gregorian":
            _, year, month, day, part = f.spec
            return _gregorian(year, month, day, part, f.precision, pub)
        if kind == "hijri":
            _, year, month, day, part = f.spec
            return _hijri(year, month, day, part, f.precision, pub)
        if pub is None:
            return None  # relative to a day that is not known
        if kind == "weekday":
            _, weekday, rule, offset = f.spec
            ref = pub + dt.timedelta(days=offset)
            if rule == "after":
                return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
            back = (ref.weekday() - weekday) % 7
            if rule == "before" and back == 0:
                back = 7
            return ref - dt.timedelta(days=back)
        _, offset, unit, part = f.spec
        if unit == "day":
            return pub + dt.timedelta(days=offset)
        if unit == "week":
            return pub + dt.timedelta(weeks=offset)
        if unit == "month":
            return _within(_shift_months(pub, offset), "month", part)
        return _within(dt.date(pub.year + offset, 1, 1), "year", part)
    except (ValueError, OverflowError, TypeError):
        # hijridate raises OverflowError outside 1343-1500 AH and ValueError for
        # a day the month lacks; date arithmetic overflows near year 1 or 9999.
        return None


# --- public functions ------------------------------------------------------------


def find_dates(text: str, published=None) -> pd.DataFrame:
    """Every date expression in ``text``, one row each, resolved against the
    publication day ``published`` (a date, datetime or ``YYYY-MM-DD``; None
    when unknown).

    Columns: ``date_text`` (``text[start:end]``, the words as printed),
    ``start``, ``end``, ``date`` (a ``datetime.date``, or None when it cannot
    be resolved), ``date_precision`` (day, week, month, year), ``form`` (one
    of :data:`FORMS`) and ``since`` (True after منذ: a period starts there).

    >>> from datetime import date
    >>> table = find_dates("قُتل 5 أمس، وأصيب 3 في 19 سبتمبر", published=date(2016, 10, 2))
    >>> table[["date_text", "date", "date_precision", "form"]].values.tolist()
    [['أمس', datetime.date(2016, 10, 1), 'day', 'relative_day'],
     ['19 سبتمبر', datetime.date(2016, 9, 19), 'day', 'day_month']]
    >>> find_dates("شنت قوات حفتر منذ 4 أبريل/ نيسان 2019 هجوما")[["date_text", "date", "since"]].values.tolist()
    [['4 أبريل/ نيسان 2019', datetime.date(2019, 4, 4), True]]
    >>> find_dates("الثلاثاء الماضي")[["date", "date_precision"]].values.tolist()  # no publication day
    [[None, 'day']]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates expects a str, not {type(text).__name__}")
    pub = _as_date(published)
    rows = [(text[s:e], s, e, _resolve(f, pub), f.precision, f.form, f.since) for s, e, f in _scan(text)]
    table = pd.DataFrame(rows, columns=DATE_COLUMNS)
    if not rows:
        table = table.astype({"start": "int64", "end": "int64", "since": "bool"})
    return table


_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def resolve_date(text: str, published=None, *, start: int = 0, end: int | None = None,
                 near: int | None = None) -> DateResolution:
    """The day of the event a sentence reports: the most precise date
    expression in ``text[start:end]`` (a sentence of an article), resolved
    against ``published``; offsets index ``text``.

    Dates after منذ start a period and are passed over.  Among expressions of
    equal precision the one nearest to offset ``near`` (a casualty figure)
    wins, else the first.  When the sentence names no date the publication day
    is the answer, with precision ``publication`` and empty ``date_text``;
    without a publication day either, date and precision are None.

    >>> from datetime import date
    >>> sentence = "قتل 5 أشخاص اليوم الأحد بعد غارة أمس أصيب فيها 12"
    >>> resolve_date(sentence, date(2016, 10, 2), near=sentence.index("5"))
    DateResolution(date=datetime.date(2016, 10, 2), date_precision='day', date_text='اليوم الأحد', start=12, end=23)
    >>> resolve_date(sentence, date(2016, 10, 2), near=sentence.index("12")).date_text
    'أمس'
    >>> resolve_date("وقتل في العملية أكثر من 700 مقاتل منذ أيار/ مايو", "2016-10-02")
    DateResolution(date=datetime.date(2016, 10, 2), date_precision='publication', date_text='', start=None, end=None)
    >>> resolve_date("قتل 3 مساء السبت")           # no publication day: the weekday, without a reference
    DateResolution(date=None, date_precision='day', date_text='مساء السبت', start=6, end=16)
    """
    return resolve_dates(text, published, start=start, end=end, nears=[near])[0]


def resolve_dates(text: str, published=None, *, start: int = 0, end: int | None = None,
                  nears=()) -> list[DateResolution]:
    """:func:`resolve_date` for each offset in ``nears`` (the figures of one
    sentence): the same answers, from one reading of the sentence and a
    bisection per figure, so that a sentence of thousands of figures takes
    time linear in its length.

    >>> sentence = "قتل 5 أشخاص اليوم الأحد بعد غارة أمس أصيب فيها 12"
    >>> [r.date_text for r in resolve_dates(sentence, "2016-10-02", nears=[4, sentence.index("12")])]
    ['اليوم الأحد', 'أمس']
    """
    if not isinstance(text, str):
        raise TypeError(f"resolve_date expects a str, not {type(text).__name__}")
    pub = _as_date(published)
    length = len(text)
    lo = max(0, min(start, length))
    hi = length if end is None else max(lo, min(end, length))
    found = [(s + lo, e + lo, f) for s, e, f in _scan(text[lo:hi]) if not f.since]
    if not found:
        return [DateResolution(pub, None if pub is None else "publication", "", None, None)] * len(nears)
    rank = min(_RANK[f.precision] for _, _, f in found)
    top = [x for x in found if _RANK[x[2].precision] == rank]     # only the most precise can win
    starts = [s for s, _, _ in top]
    ordered = all(a[1] <= b[0] for a, b in zip(top, top[1:]))     # sorted and disjoint
    out, resolved = [], {}
    for near in nears:
        if near is None:
            pick = min(top, key=lambda x: x[0])
        else:
            def key(x, near=near):
                s, e, _ = x
                return (0 if s <= near < e else min(abs(near - s), abs(near - e)), s)
            if ordered:   # the nearest is one of the two spans before ``near`` or the one after it
                n = bisect.bisect_right(starts, near)
                pick = min(top[max(0, n - 2):n + 1], key=key)
            else:
                pick = min(top, key=key)
        s, e, f = pick
        if s not in resolved:
            resolved[s] = DateResolution(_resolve(f, pub), f.precision, text[s:e], s, e)
        out.append(resolved[s])
    return out


def date_mentions(corpus: pd.DataFrame, *, date_column: str = "date", include_duplicates: bool = False) -> pd.DataFrame:
    """:func:`find_dates` over every article's ``text``, resolved against its
    publication day in ``date_column`` (empty: unresolved relative dates),
    with ``article_id``; republished copies left out unless
    ``include_duplicates``.  ``corpus`` may also be batches
    (:func:`libyanews.streaming.iter_corpus`).

    >>> corpus = pd.DataFrame({"article_id": ["a#1"], "text": ["قتل 3 مساء السبت"], "date": ["2016-10-02"]})
    >>> date_mentions(corpus)[["article_id", "date_text", "date"]].values.tolist()
    [['a#1', 'مساء السبت', datetime.date(2016, 10, 1)]]
    """
    from .actors import _articles  # the same corpus checks and duplicate rule
    from .streaming import for_batches, is_batches

    if is_batches(corpus):
        return for_batches(date_mentions, corpus, date_column=date_column, include_duplicates=include_duplicates)
    corpus = _articles(corpus, include_duplicates, "date_mentions")
    dates = corpus[date_column] if date_column in corpus.columns else pd.Series([None] * len(corpus),
                                                                                 index=corpus.index)
    tables = []
    for article_id, text, published in zip(corpus["article_id"], corpus["text"], dates):
        try:
            table = find_dates(text, published)
        except (TypeError, ValueError) as err:
            raise type(err)(f"date_mentions ({article_id}): {err}") from None
        if len(table):
            tables.append(table.assign(article_id=article_id))
    columns = ["article_id"] + DATE_COLUMNS
    if not tables:
        return find_dates("").assign(article_id=pd.Series(dtype="object"))[columns]
    return pd.concat(tables, ignore_index=True)[columns]
