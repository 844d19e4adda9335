"""Export the README's figures from the same helpers the notebooks use.

    python docs/make_figures.py

Writes PNGs to docs/figures/. Re-run after changing a plotting helper, and
look at the result: Arabic must read right to left with joined letters.
"""

import matplotlib

matplotlib.use("Agg")

import libyanews as ln  # noqa: E402
from libyanews import config  # noqa: E402


def main() -> None:
    config.FIGURES_DIR.mkdir(parents=True, exist_ok=True)
    corpus = ln.load_corpus(config.SEEDS_DIR)
    figures = {
        "article_lengths.png": ln.plot_article_lengths(corpus).figure,
        "actor_counts.png": ln.plot_actor_counts(ln.actor_mentions(corpus)).figure,
        "event_ranges.png": ln.plot_event_ranges(ln.casualty_events(corpus)).figure,
        "top_terms.png": ln.plot_top_terms(ln.term_frequencies(corpus)).figure,
    }
    for name, fig in figures.items():
        fig.savefig(config.FIGURES_DIR / name, dpi=100, metadata={"Software": None})
        print(config.FIGURES_DIR / name)


if __name__ == "__main__":
    main()
