"""Pathological inputs finish, and give the right answer.

These are not timing tests: each step takes well under a second on a 1 MB
input here (``benchmarks/pathological.py`` measures that it is linear).  The
bound of ``LIMIT`` seconds only turns a catastrophic case — a regex that
backtracks quadratically or worse, which would take hours on 1 MB — into a
failure instead of a hung test run.  The regex engine checks for signals while
it matches, so the alarm interrupts it.
"""

import signal
import time
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


# --- one sentence of thousands of figures: work linear in its length ---------

#: A stretch of casualty reporting without a full stop (numbers, triggers,
#: names, sources, places, dates; clauses joined by commas and by و).
FIGURES_UNIT = ("قتل 5 مدنيين في غارة لطيران حفتر على سرت، وفقا لمصادر طبية، وأصيب 3 جنود من قوات الوفاق "
                "أمس بجروح، وقال مسؤول في مستشفى الزاوية إن 7 قتلوا منذ بدء الحرب ومقتل 4 من عناصر داعش "
                "وإصابة 9 آخرين في قصف للتحالف ")


def _cpu_seconds(fn, text, repeat=2):
    """Best processor time of ``fn(text)`` (processor time, not wall time:
    other processes on a shared machine do not count)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("step", [
    pytest.param(lambda t: ln.find_casualties(t), id="find_casualties"),
    pytest.param(lambda t: ln.number_roles(t), id="number_roles"),
    pytest.param(lambda t: ln.find_actors(t), id="find_actors"),
    pytest.param(lambda t: ln.tokenize(t), id="tokenize"),
    pytest.param(lambda t: ln.split_sentences(t), id="split_sentences"),
])
def test_one_long_sentence_of_figures_takes_linear_time(step):
    """Four times the sentence takes about four times as long; a step that
    scans the sentence once per figure takes sixteen times as long (it did:
    15x for 2,400 ``قتل 5`` instead of 600).  The bound, 10x, lets the
    linear steps through on a busy machine and stops the quadratic ones."""
    small, large = FIGURES_UNIT * 100, FIGURES_UNIT * 400    # about 20,000 and 82,000 characters
    step(FIGURES_UNIT * 10)                                   # word lists, matcher, lexicon loaded
    t_small, t_large = _cpu_seconds(step, small), _cpu_seconds(step, large)
    if t_large < 0.05:
        return   # too fast to measure on this machine: no scan per figure here
    assert t_large / max(t_small, 1e-3) < 10, (
        f"4x the sentence took {t_large / max(t_small, 1e-3):.1f}x the time "
        f"({t_small:.3f} s → {t_large:.3f} s): work per figure grows with the sentence")


def test_one_long_sentence_gives_every_figure():
    text = FIGURES_UNIT * 200
    with finishes_within(LIMIT):
        figures = ln.find_casualties(text)
    assert len(ln.split_sentences(text)) == 1
    per_unit = len(ln.find_casualties(FIGURES_UNIT * 3)) / 3
    assert len(figures) == per_unit * 200
    # the figures of one sentence share its evidence: one string, not a copy per
    # figure (a copy each is quadratic in the sentence: 7 GB for 1 MB of names)
    assert figures["evidence"].map(id).nunique() == 1
    actors = ln.find_actors(text)
    assert len(actors) == 200 * len(ln.find_actors(FIGURES_UNIT))
    assert actors["evidence"].map(id).nunique() == 1


def test_no_stage_walks_every_mention_of_the_text_per_figure(monkeypatch):
    """Work counted, not timed: the mentions of the text that the stages walk
    grow with the sentence, not with its square.  A stage that looks at every
    actor named in the text once per figure is linear on a news sentence and
    quadratic on a page of tolls on one line (a bare التحالف did this: 9 s
    instead of 4 for 1 MB); timing at test sizes cannot see it, counting can."""
    from libyanews.casualties import indexes

    walked = [0]
    plain_iter = list.__iter__

    def counting_iter(self):
        walked[0] += len(self)
        return plain_iter(self)

    monkeypatch.setattr(indexes.Mentions, "__iter__", counting_iter)

    def mentions_walked(units):
        walked[0] = 0
        ln.find_casualties(FIGURES_UNIT * units)
        return walked[0]

    small, large = mentions_walked(50), mentions_walked(200)
    assert small > 0                      # the counter sees the stages' walks
    assert large <= 6 * small, f"4x the sentence walked {large / small:.1f}x the mentions ({small} → {large})"
