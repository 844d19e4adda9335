"""Paths the notebooks and the package share.

Notebooks never hard-code a machine path: they ask this module.  A researcher
points the notebooks at their own corpus by setting the environment variable
``LIBYANEWS_CORPUS`` (a folder, a file, or several paths separated by the
platform's path separator) before starting JupyterLab::

    LIBYANEWS_CORPUS=~/archive/libya jupyter lab notebooks/

Example (the default corpus is the five seed files)::

    >>> from libyanews import config
    >>> config.SEEDS_DIR.name
    'seeds'
"""

from __future__ import annotations

import os
from pathlib import Path

#: The installed package folder (``libyanews/``).
PACKAGE_DIR = Path(__file__).resolve().parent

#: Word lists and gazetteers, one entry per line, editable by researchers.
DATA_DIR = PACKAGE_DIR / "data"

#: The project checkout (the package is installed with ``pip install -e .``).
PROJECT_DIR = PACKAGE_DIR.parent

#: The five seed articles, verbatim copies of ``../shared/seeds``.
SEEDS_DIR = PROJECT_DIR / "seeds"

#: The notebooks (the report runs the analysis notebooks among them).
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"

#: Figures exported for the README.
FIGURES_DIR = PROJECT_DIR / "docs" / "figures"
#: Our own sentences built like real tolls, annotated (libyanews.evaluation).
CASUALTY_DEV_DIR = PROJECT_DIR / "tests" / "data" / "casualty_dev"

#: Environment variable that overrides the default corpus.
CORPUS_ENV = "LIBYANEWS_CORPUS"

#: Environment variable that sets load_corpus's default ``errors`` mode
#: ("raise" or "report"), so notebooks can read a messy archive unchanged.
ERRORS_ENV = "LIBYANEWS_ERRORS"


def default_corpus() -> list[Path] | Path:
    """Return the corpus the notebooks load when no path is given.

    ``$LIBYANEWS_CORPUS`` wins when it is set; otherwise the seed folder.

    Example::

        >>> default_corpus() == SEEDS_DIR  # with LIBYANEWS_CORPUS unset
        True
    """
    value = os.environ.get(CORPUS_ENV, "").strip()
    if not value:
        return SEEDS_DIR
    parts = [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]
    return parts[0] if len(parts) == 1 else parts


def data_file(name: str) -> Path:
    """Path of a bundled data file, e.g. ``data_file("clitic_exceptions.txt")``."""
    return DATA_DIR / name


def default_errors() -> str:
    """``errors`` mode of :func:`libyanews.load_corpus` when none is given:
    ``$LIBYANEWS_ERRORS`` if set, else ``"raise"``.

    Example::

        >>> default_errors()  # with LIBYANEWS_ERRORS unset
        'raise'
    """
    return os.environ.get(ERRORS_ENV, "").strip() or "raise"
