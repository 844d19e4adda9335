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


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory):
    """``python -m libyanews report seeds/ OUT``, run once per session (about a
    minute: every analysis notebook is executed): (OUT, the finished process)."""
    import os
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("report") / "out"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for name in (config.CORPUS_ENV, config.ERRORS_ENV):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "libyanews", "report", str(config.SEEDS_DIR), str(out)],
                            capture_output=True, text=True, env=env, cwd=config.PROJECT_DIR, timeout=1200)
    assert result.returncode == 0, result.stderr
    return out, result
