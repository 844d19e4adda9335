"""Throughput and memory at scale, side by side with peers.

Run from the project root (not part of the test run; 100k articles take
about an hour on 2 cores)::

    python benchmarks/run.py --sizes 10000 100000
    python benchmarks/run.py --sizes 2000 --repeat 2          # a quick look
    python benchmarks/run.py --sizes 10000 --profile          # + pyinstrument profile of the pipeline

For each size it writes a generated corpus (:func:`libyanews.synth.write_corpus`,
seed 0: the seed articles' sentences recombined into new paragraphs with a
share of their words replaced, 5 % exact and 5 % near copies) into a temporary
folder, then runs every step in a fresh Python process, so that each peak
memory figure is the step's own (the resident memory it adds, sampled every
5 ms) and no step inherits another's caches:

=============  ==========================================================  ==========================
step           ours                                                        peer (same text, same run)
=============  ==========================================================  ==========================
warm-up        loading the clitic lexicon, the name matcher, the casualty  —
               word lists (once per process; reported apart)
load           ``load_corpus``: read, decode, segment, count, dedupe       —
tokenize       ``tokenize`` (Token objects with offsets and normalized     pyarabic ``araby.tokenize``
               forms) and ``tokenize_many`` (the same as columns)          (strings only); spaCy
                                                                           ``blank("ar")`` tokenizer
actors         ``actor_mentions`` (offsets, longest match, evidence)       one ``re`` per alias over the
                                                                           normalized text (spans only)
casualties     ``casualty_figures`` + ``casualty_events``                  —
terms          ``term_frequencies``                                        —
pipeline       load + actors + casualties + events + terms, one process    —
export         ``export_corpus`` (streaming, batches of 1000): its peak    —
               resident memory as the corpus grows
=============  ==========================================================  ==========================

Tokenizers and actor matchers are timed interleaved (A B C, A B C, ...) on the
same texts, best of ``--repeat`` passes, results discarded article by article
as a real pipeline does; at sizes above ``--peer-articles`` they run on the
first ``--peer-articles`` articles.  Times are wall-clock on a shared
machine: compare within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
STEPS = ("warmup", "load", "tokenize", "actors", "casualties", "terms", "pipeline", "export")
#: Steps that --baseline runs with the other checkout too.
BASELINE_STEPS = ("load", "casualties", "terms", "pipeline")


# --------------------------------------------------------------------------
# Measuring (inside a step's process)


class PeakMemory:
    """Resident memory added while the block runs (sampled every 5 ms), in MB."""

    def __init__(self):
        import psutil

        self._process = psutil.Process()
        self.peak = 0.0

    def __enter__(self):
        self._base = self._process.memory_info().rss
        self._max = self._base
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while not self._stop.wait(0.005):
            self._max = max(self._max, self._process.memory_info().rss)

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._max = max(self._max, self._process.memory_info().rss)
        self.peak = (self._max - self._base) / 2**20


def timed(fn):
    """(seconds, peak MB) of one call."""
    with PeakMemory() as mem:
        start = time.perf_counter()
        fn()
        seconds = time.perf_counter() - start
    return seconds, mem.peak


def interleaved(fns: dict, repeat: int) -> dict:
    """Best time (and its peak memory) of each function, run A B C, A B C, ...
    A value may be ``(setup, fn)``: ``setup()`` runs untimed before each pass
    and returns the state ``fn(state)`` works with."""
    best = {name: (float("inf"), 0.0) for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            if isinstance(fn, tuple):
                setup, run = fn
                state = setup()
                fn = lambda run=run, state=state: run(state)  # noqa: E731
            seconds, peak = timed(fn)
            if seconds < best[name][0]:
                best[name] = (seconds, peak)
    return best


def each(fn, texts):
    def run():
        for text in texts:
            fn(text)  # the result is dropped, article by article
    return run


def warm_up():
    import libyanews as ln

    ln.tokenize("وقتل للقوات", clitics=True)   # the word-frequency lexicon
    ln.find_actors("قوات حفتر")                # the name matcher
    ln.find_casualties("قتل 5 مقاتلين")        # the casualty word lists
    ln.term_frequencies(ln.load_corpus().head(1))  # the stopwords


def regex_per_alias():
    """The peer of actor matching: one regex per gazetteer alias (with an
    optional conjunction/preposition in front), over the normalized text."""
    import libyanews as ln

    patterns = []
    for alias in ln.load_gazetteer()["alias"]:
        folded = ln.normalize(alias, teh_marbuta=True)
        patterns.append(re.compile(r"(?<!\w)(?:[وف]?[بكل]?)" + re.escape(folded) + r"(?!\w)"))

    def find(text):
        norm = ln.normalize(text, teh_marbuta=True)
        return [(m.start(), m.end()) for p in patterns for m in p.finditer(norm)]
    return find


def step(name: str, corpus: str, repeat: int, peer_articles: int, profile: str | None) -> dict:
    """Run one step in this process; return its measurements."""
    import libyanews as ln

    out = {"step": name}
    if name == "warmup":
        out["seconds"], out["peak_mb"] = timed(warm_up)
        return out
    if name == "export":
        with tempfile.TemporaryDirectory() as tmp:
            warm_up()
            seconds, peak = timed(lambda: ln.export_corpus(corpus, tmp, progress=False))
            import resource
            out.update(seconds=seconds, peak_mb=peak,
                       max_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        return out
    warm_up()
    if name == "load":
        holder = {}
        out["seconds"], out["peak_mb"] = timed(lambda: holder.setdefault("c", ln.load_corpus(corpus)))
        c = holder["c"]
        out.update(chars=int(c["n_chars"].sum()), articles=len(c), copies=int(c["duplicate_of"].notna().sum()))
        return out
    if name == "pipeline":
        def pipeline():
            c = ln.load_corpus(corpus)
            ln.actor_mentions(c)
            ln.casualty_events(ln.casualty_figures(c))
            ln.term_frequencies(c)
            out.update(chars=int(c["n_chars"].sum()), articles=len(c))
        if profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.002)
            profiler.start()
        out["seconds"], out["peak_mb"] = timed(pipeline)
        if profile:
            profiler.stop()
            Path(profile).write_text(profiler.output_text(unicode=False, color=False, show_all=False))
        return out
    corpus_df = ln.load_corpus(corpus)
    out.update(chars=int(corpus_df["n_chars"].sum()), articles=len(corpus_df))
    if name == "casualties":
        out["seconds"], out["peak_mb"] = timed(lambda: ln.casualty_events(ln.casualty_figures(corpus_df)))
        return out
    if name == "terms":
        out["seconds"], out["peak_mb"] = timed(lambda: ln.term_frequencies(corpus_df))
        return out
    originals = corpus_df[corpus_df["duplicate_of"].isna()]
    sample = corpus_df.head(peer_articles)
    texts = sample["text"].tolist()
    out.update(peer_chars=sum(map(len, texts)), peer_articles=len(texts))
    if name == "tokenize":
        import spacy
        from pyarabic import araby

        many = ln.tokenize_many
        batches = [texts[i:i + 1000] for i in range(0, len(texts), 1000)]
        warm = spacy.blank("ar")
        each(warm.tokenizer, texts)()  # its cache has seen these texts once
        best = interleaved({
            "tokenize": each(ln.tokenize, texts),
            "tokenize_many": lambda: [len(many(b)) for b in batches],  # each batch's columns dropped
            "pyarabic": each(araby.tokenize, texts),
            # A new tokenizer per pass: a corpus is read once, its chunk cache
            # fills as it goes (as ours, which keep no cache between texts).
            "spacy": (lambda: spacy.blank("ar"), lambda nlp: each(nlp.tokenizer, texts)()),
            "spacy (cache warm)": each(warm.tokenizer, texts),
        }, repeat)
        out["compare"] = {k: {"seconds": s, "peak_mb": p} for k, (s, p) in best.items()}
        out["seconds"], out["peak_mb"] = best["tokenize"]
        return out
    if name == "actors":
        out["seconds"], out["peak_mb"] = timed(lambda: ln.actor_mentions(corpus_df))
        out["originals_chars"] = int(originals["n_chars"].sum())
        peer = regex_per_alias()
        sample_corpus = sample.assign(duplicate_of=None)
        best = interleaved({
            "actor_mentions": lambda: ln.actor_mentions(sample_corpus),
            "regex per alias": each(peer, texts),
        }, repeat)
        out["compare"] = {k: {"seconds": s, "peak_mb": p} for k, (s, p) in best.items()}
        return out
    raise ValueError(name)


# --------------------------------------------------------------------------
# Orchestrating (the parent process)


def run_step(name: str, corpus: Path, args, project: Path = PROJECT) -> dict:
    """Run one step in a fresh process, with the package of ``project`` (this
    checkout, or ``--baseline``)."""
    cmd = [sys.executable, __file__, "--step", name, "--corpus", str(corpus), "--repeat", str(args.repeat),
           "--peer-articles", str(args.peer_articles)]
    if args.profile and name == "pipeline":
        suffix = "" if project == PROJECT else "_baseline"
        cmd += ["--profile-out", str(PROJECT / "benchmarks" / f"profile_pipeline_{corpus.name}{suffix}.txt")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(project), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def machine() -> dict:
    import importlib.metadata as md

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        ram = f"{psutil.virtual_memory().total / 2**30:.0f} GB"
    except ImportError:
        ram = "unknown"
    versions = {p: md.version(p) for p in ("pandas", "numpy", "pyahocorasick", "PyArabic", "spacy", "dask", "pyarrow")}
    return {"cpu": cpu, "cores": os.cpu_count(), "ram": ram, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", **versions}


def rate(chars, seconds):
    return chars / seconds / 1e6 if seconds else float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000], help="articles per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="passes of the side-by-side comparisons (best kept)")
    parser.add_argument("--peer-articles", type=int, default=10000, help="articles in the side-by-side comparisons")
    parser.add_argument("--steps", nargs="+", default=list(STEPS), choices=STEPS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", action="store_true", help="write a pyinstrument profile of the pipeline step")
    parser.add_argument("--baseline", type=Path,
                        help="another checkout of the project (say, the commit before a change): its steps "
                             f"{', '.join(BASELINE_STEPS)} run too, interleaved with ours, in the same run")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:  # inside a step's process
        print(json.dumps(step(args.step, args.corpus, args.repeat, args.peer_articles, args.profile_out)))
        return 0

    sys.path.insert(0, str(PROJECT))
    from libyanews import synth

    info = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()), flush=True)
    results = {}
    with tempfile.TemporaryDirectory(prefix="libyanews-bench-") as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"{size}"
            start = time.perf_counter()
            synth.write_corpus(folder, size, seed=args.seed)
            print(f"\n== {size:,} articles (generated and written in {time.perf_counter() - start:.1f} s)", flush=True)
            for name in args.steps:
                res = run_step(name, folder, args)
                results[(size, name)] = res
                print(f"   {name:<11} {res['seconds']:8.1f} s  peak +{res['peak_mb']:7.1f} MB", flush=True)
                if args.baseline and name in BASELINE_STEPS:
                    res = run_step(name, folder, args, project=args.baseline.resolve())
                    results[(size, name + " (baseline)")] = res
                    print(f"   {name + ' (baseline)':<11} {res['seconds']:8.1f} s  peak +{res['peak_mb']:7.1f} MB",
                          flush=True)
    print()
    report(results, args.sizes, info)
    return 0


def report(results: dict, sizes: list[int], info: dict) -> None:
    rows = []
    for size in sizes:
        load = results.get((size, "load"), {})
        chars, articles = load.get("chars"), load.get("articles")
        for name in [n for step in STEPS for n in (step, step + " (baseline)")]:
            res = results.get((size, name))
            if res is None:
                continue
            if name.endswith(" (baseline)"):
                base = name.removesuffix(" (baseline)")
                label = {"load": "load+segment+dedupe", "casualties": "casualty_figures+events",
                         "terms": "term_frequencies", "pipeline": "whole pipeline (1 core)"}[base]
                rows.append((size, label + ", baseline", res["seconds"], rate(res.get("chars", chars), res["seconds"]),
                             res.get("articles", articles) / res["seconds"], res["peak_mb"], "", "", ""))
                continue
            c = res.get("chars", chars)
            a = res.get("articles", articles)
            if name == "warmup":
                rows.append((size, "warm-up (once per process)", res["seconds"], None, None, res["peak_mb"], "", "", ""))
                continue
            if name == "export":
                rows.append((size, "export (streaming, 1 core)", res["seconds"], rate(chars, res["seconds"]),
                             articles / res["seconds"], res["max_rss_mb"], "max RSS of the process", "", ""))
                continue
            if name in ("tokenize", "actors"):
                cmp = res["compare"]
                pc = res["peer_chars"]
                ours = ["tokenize", "tokenize_many"] if name == "tokenize" else ["actor_mentions"]
                peers = ["pyarabic", "spacy", "spacy (cache warm)"] if name == "tokenize" else ["regex per alias"]
                if name == "actors":
                    rows.append((size, "actor_mentions (whole corpus)", res["seconds"],
                                 rate(res["originals_chars"], res["seconds"]), a / res["seconds"], res["peak_mb"],
                                 "", "", ""))
                for o in ours:
                    s = cmp[o]["seconds"]
                    for p in peers:
                        ps = cmp[p]["seconds"]
                        rows.append((size, f"{o} ({res['peer_articles']:,} articles)", s, rate(pc, s),
                                     res["peer_articles"] / s, cmp[o]["peak_mb"], p, f"{rate(pc, ps):.2f}",
                                     f"{ps / s:.2f}x"))
                continue
            label = {"load": "load+segment+dedupe", "casualties": "casualty_figures+events",
                     "terms": "term_frequencies", "pipeline": "whole pipeline (1 core)"}[name]
            rows.append((size, label, res["seconds"], rate(c, res["seconds"]), a / res["seconds"], res["peak_mb"],
                         "", "", ""))
    header = ("articles", "step", "seconds", "Mchar/s", "articles/s", "peak MB", "peer", "peer Mchar/s",
              "ours/peer speed")
    table = [header] + [(f"{r[0]:,}", r[1], f"{r[2]:.1f}", "" if r[3] is None else f"{r[3]:.2f}",
                         "" if r[4] is None else f"{r[4]:,.0f}", f"{r[5]:.0f}", r[6], r[7], r[8]) for r in rows]
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("| " + " | ".join(str(v).ljust(w) for v, w in zip(row, widths)) + " |")
        if k == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print()
    verdicts(results, sizes)


def verdicts(results: dict, sizes: list[int]) -> None:
    """The targets of issue 7, met or not, in this run."""
    for size in sizes:
        tok = results.get((size, "tokenize"))
        if tok:
            c = tok["compare"]
            for o in ("tokenize", "tokenize_many"):
                vs_pyarabic = c["pyarabic"]["seconds"] / c[o]["seconds"]
                vs_spacy = c["spacy"]["seconds"] / c[o]["seconds"]
                print(f"{size:,}: {o}: {vs_pyarabic:.2f}x pyarabic (target >= 1: {'met' if vs_pyarabic >= 1 else 'MISSED'}), "
                      f"{vs_spacy:.2f}x spaCy (target >= 5: {'met' if vs_spacy >= 5 else 'MISSED'})")
        pipe = results.get((size, "pipeline"))
        if pipe:
            r = rate(pipe["chars"], pipe["seconds"])
            print(f"{size:,}: whole pipeline {r:.2f} Mchar/s on one core (target >= 2: {'met' if r >= 2 else 'MISSED'})")
    exports = [(s, results[(s, "export")]["max_rss_mb"]) for s in sizes if (s, "export") in results]
    if len(exports) > 1:
        (s0, m0), (s1, m1) = exports[0], exports[-1]
        print(f"export peak memory: {m0:.0f} MB at {s0:,} articles, {m1:.0f} MB at {s1:,} "
              f"({m1 / m0:.2f}x for {s1 / s0:.0f}x the articles)")


if __name__ == "__main__":
    sys.exit(main())
