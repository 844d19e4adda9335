"""``python -m libyanews``: the command line (:mod:`libyanews.cli`)."""

import sys

from .cli import main

if __name__ == "__main__":  # guard needed: Dask worker processes import this module
    sys.exit(main())
