"""Shared fixtures: the seed corpus, read once per test session."""

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

import libyanews as ln  # noqa: E402
from libyanews import config  # noqa: E402

SEED_FILES = sorted(p.name for p in config.SEEDS_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus():
    return ln.load_corpus(config.SEEDS_DIR)


@pytest.fixture(scope="session")
def seed_texts():
    return {name: (config.SEEDS_DIR / name).read_text(encoding="utf-8") for name in SEED_FILES}
