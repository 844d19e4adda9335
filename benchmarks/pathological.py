"""Pathological inputs: is every step linear in the size of its input?

A researcher's archive can hold a whole site dumped on one line, a column of
digits, a run of one letter or of full stops left by a broken scraper.  A
regex with nested or overlapping quantifiers turns such input into hours of
backtracking; this script measures the loader and the text functions on
inputs of growing size and prints, for each, seconds per MB.  Linear steps
keep that figure flat; a quadratic one doubles it with every doubling of the
input.

Run (not part of the test suite)::

    python benchmarks/pathological.py                 # 1.25, 2.5 and 5 MB
    python benchmarks/pathological.py --sizes 1 2 4 8 --repeat 3

Inputs (sizes are bytes of the UTF-8 file):

* ``line``    Arabic news prose (the seed sentences) on one single line
* ``digits``  one run of the digit 7
* ``letter``  one run of the letter ب
* ``stops``   one run of full stops, then a letter (was quadratic in split_sentences)
* ``spaces``  a source line ``المصدر: x`` with a run of spaces inside (was quadratic in the loader)
* ``figures`` one sentence of casualty reports without a full stop: thousands
  of numbers, triggers, names, sources, places and dates, clauses joined by
  commas and by و (the casualty reader was quadratic in it)

Steps: ``load`` (load_corpus on the file: decode, segment, language, dedupe),
``tokenize``, ``clitics`` (tokenize with clitic splitting), ``sentences``
(split_sentences), ``actors`` (find_actors), and, on ``figures`` and
``line`` only, ``casualties`` (find_casualties) and ``roles`` (number_roles).
Each time is the best of ``--repeat`` runs.  The casualty reader reads about
0.1-0.3 MB a second, so its inputs are a fifth of ``--sizes`` (``--casualty-scale``)::

    python benchmarks/pathological.py --inputs figures --casualty-scale 1 --sizes 0.25 0.5 1
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import libyanews as ln
from libyanews import config


def _prose() -> str:
    lines = []
    for path in sorted(config.SEEDS_DIR.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.split()) > 12]
    return " ".join(lines) + " "


def _fill(unit: str, n_bytes: int, prefix: str = "", suffix: str = "") -> str:
    """``prefix`` + ``unit`` repeated + ``suffix``, about ``n_bytes`` of UTF-8."""
    room = n_bytes - len((prefix + suffix).encode())
    repeats = max(1, room // len(unit.encode()))
    return prefix + unit * repeats + suffix


INPUTS = {
    "line": lambda n: _fill(_prose(), n).encode()[:n].decode(errors="ignore"),
    "digits": lambda n: _fill("7", n),
    "letter": lambda n: _fill("ب", n),
    "stops": lambda n: _fill(".", n, suffix="ب"),
    "spaces": lambda n: _fill(" ", n, prefix="المصدر: وكالات", suffix="الأنباء"),
    "figures": lambda n: _fill(FIGURES_UNIT, n),
}

#: A stretch of casualty reporting with no full stop: repeated, one long sentence.
FIGURES_UNIT = ("قتل 5 مدنيين في غارة لطيران حفتر على سرت، وفقا لمصادر طبية، وأصيب 3 جنود من قوات الوفاق "
                "أمس بجروح، وقال مسؤول في مستشفى الزاوية إن 7 قتلوا منذ بدء الحرب ومقتل 4 من عناصر داعش "
                "وإصابة 9 آخرين في قصف للتحالف ")

STEPS = {
    "load": lambda path, text: ln.load_corpus(path),
    "tokenize": lambda path, text: ln.tokenize(text),
    "clitics": lambda path, text: ln.tokenize(text, clitics=True),
    "sentences": lambda path, text: ln.split_sentences(text),
    "actors": lambda path, text: ln.find_actors(text),
    "casualties": lambda path, text: ln.find_casualties(text),
    "roles": lambda path, text: ln.number_roles(text),
}
#: Steps that run on some inputs only (the others would only repeat what tokenize measures).
ONLY_ON = {"casualties": ("figures", "line"), "roles": ("figures", "line")}
#: Steps whose inputs are ``--casualty-scale`` times the sizes.
SCALED = ("casualties", "roles")


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.25, 2.5, 5.0], help="input sizes in MB")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (the best is kept)")
    parser.add_argument("--inputs", nargs="+", default=list(INPUTS), choices=list(INPUTS))
    parser.add_argument("--steps", nargs="+", default=list(STEPS), choices=list(STEPS))
    parser.add_argument("--casualty-scale", type=float, default=0.2,
                        help="inputs of the casualty steps are this share of --sizes")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)

    ln.tokenize("وقتل للقوات", clitics=True)  # load the frequency lexicon before timing
    ln.find_casualties(FIGURES_UNIT * 3)         # and the casualty word lists, the name matcher
    header = f"{'input':8} {'step':10} " + " ".join(f"{f'{s:g} MB':>9}" for s in sizes) + f" {'s/MB':>14}  growth"
    print(header)
    print("-" * len(header))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.inputs:
            texts = {}
            for size in sorted({*sizes, *(s * args.casualty_scale for s in sizes)}):
                text = INPUTS[name](int(size * 1_000_000))
                path = Path(tmp) / f"{name}_{size:g}.txt"
                path.write_text(text, encoding="utf-8")
                texts[size] = (path, text)
            for step in args.steps:
                if name not in ONLY_ON.get(step, (name,)):
                    continue
                scale = args.casualty_scale if step in SCALED else 1.0
                seconds = [_best(lambda: STEPS[step](*texts[s * scale]), args.repeat) for s in sizes]
                per_mb = [t / (s * scale) for t, s in zip(seconds, sizes)]
                # growth: s/MB at the largest size over s/MB at the smallest;
                # about 1 when linear, about largest/smallest when quadratic
                growth = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("nan")
                worst = max(worst, growth)
                cells = " ".join(f"{t:8.3f}s" for t in seconds)
                note = f"  (inputs x{scale:g})" if scale != 1 else ""
                print(f"{name:8} {step:10} {cells} {per_mb[0]:6.3f}-{per_mb[-1]:6.3f}  {growth:5.2f}{note}", flush=True)
    ratio = sizes[-1] / sizes[0]
    verdict = "linear" if worst < 1 + (ratio - 1) / 2 else "SUPERLINEAR: look at the rows with the largest growth"
    print(f"\nlargest growth {worst:.2f} for a {ratio:g}x larger input: {verdict}")
    return 0 if verdict == "linear" else 1


if __name__ == "__main__":
    sys.exit(main())
