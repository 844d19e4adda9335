"""Counting characters of a set: the table path equals str.translate's count."""

import pytest
from hypothesis import given

from libyanews.charcount import _SHORT, CharSet, count_letters
from tests.test_properties import PROPERTY, texts

ARABIC = CharSet([*range(0x0600, 0x0700), *range(0xFB50, 0xFE00)])
WITH_ASTRAL = CharSet([ord("ب"), ord("😀"), ord("a")])


def reference(text, codes):
    return sum(1 for ch in text if ord(ch) in codes)


@pytest.mark.parametrize("text", [
    "قتل 23 شخصا in Sirte",
    "قُتِلَ ﻻ ١٥ 😀 Путин" * 40,               # long: the table path; presentation forms, astral, Cyrillic
    "",
])
def test_counts_equal_a_plain_loop(text):
    assert ARABIC.count(text) == reference(text, set(range(0x0600, 0x0700)) | set(range(0xFB50, 0xFE00)))
    assert WITH_ASTRAL.count(text) == reference(text, {ord("ب"), ord("😀"), ord("a")})
    assert count_letters(text) == sum(ch.isalpha() for ch in text)


@PROPERTY
@given(texts)
def test_long_and_short_paths_agree_on_any_text(text):
    long_text = text * (_SHORT // max(1, len(text)) + 1)
    for t in (text, long_text):
        assert ARABIC.count(t) == reference(t, set(range(0x0600, 0x0700)) | set(range(0xFB50, 0xFE00)))
        assert WITH_ASTRAL.count(t) == reference(t, {ord("ب"), ord("😀"), ord("a")})
        assert count_letters(t) == sum(ch.isalpha() for ch in t)


def test_a_lone_surrogate_counts_as_one_character():
    text = "ب\udcff" * _SHORT  # a byte decoded with surrogateescape
    assert ARABIC.count(text) == _SHORT
    assert count_letters(text) == _SHORT
