"""Pathological inputs finish, and give the right answer.

These are not timing tests: each step takes well under a second on a 1 MB
input here (``benchmarks/pathological.py`` measures that it is linear).  The
bound of ``LIMIT`` seconds only turns a catastrophic case — a regex that
backtracks quadratically or worse, which would take hours on 1 MB — into a
failure instead of a hung test run.  The regex engine checks for signals while
it matches, so the alarm interrupts it.
"""

import signal
from contextlib import contextmanager

import pytest

import libyanews as ln
from libyanews.corpus import _SOURCE_RE, _STAMP_RE

MB = 1_000_000
LIMIT = 60  # seconds; about a hundred times the time these steps take


@contextmanager
def finishes_within(seconds: int):
    if not hasattr(signal, "setitimer"):  # not on Windows: run without the guard
        yield
        return

    def alarm(signum, frame):
        raise TimeoutError(f"took more than {seconds} s on a 1 MB input: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("clitics", [False, True])
def test_a_run_of_one_letter_is_one_word(clitics):
    text = "ب" * MB
    with finishes_within(LIMIT):
        tokens = ln.tokenize(text, clitics=clitics)
    assert [(t.start, t.end, t.kind) for t in tokens] == [(0, MB, "word")]


def test_a_run_of_digits_is_one_number_and_one_sentence():
    text = "7" * MB
    with finishes_within(LIMIT):
        tokens = ln.tokenize(text)
        sentences = ln.split_sentences(text)
    assert [(t.start, t.end, t.kind) for t in tokens] == [(0, MB, "number")]
    assert [(s.start, s.end) for s in sentences] == [(0, MB)]


def test_a_run_of_full_stops_before_a_letter():
    text = "قتل 6 مقاتلين" + "." * MB + "ب"
    with finishes_within(LIMIT):
        sentences = ln.split_sentences(text)
    # the stops are not followed by a space: no sentence break inside the run
    assert [(s.start, s.end) for s in sentences] == [(0, len(text))]


def test_a_source_line_with_a_run_of_spaces():
    line = "المصدر: وكالات" + " " * MB + "الأنباء"
    with finishes_within(LIMIT):
        source = _SOURCE_RE.match(line)
        stamp = _STAMP_RE.match("تحديث:" + " " * MB + "19:57 تغ" + " " * MB)
    assert source.group("value") == "وكالات" + " " * MB + "الأنباء"
    assert stamp.group("value") == "19:57 تغ"


def test_a_one_line_file_of_prose_loads(tmp_path, seed_texts):
    prose = " ".join(line.strip() for text in seed_texts.values() for line in text.splitlines() if line.strip())
    line = (prose + " ") * (MB // len(prose.encode()) + 1)
    path = tmp_path / "dump.txt"
    path.write_text(line, encoding="utf-8")
    with finishes_within(LIMIT):
        corpus = ln.load_corpus(path)
    assert len(corpus) == 1
    assert corpus.loc[0, "text"] == line.strip()
    assert corpus.loc[0, "n_tokens"] == sum(1 for t in ln.tokenize(line) if t.kind != "punct")
