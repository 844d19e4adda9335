"""Project-wide pytest configuration.

nbval 0.10+ executes cells with ``store_history=False``; IPython then cannot
see a cell's trailing ``;`` (it looks the cell up in the input history) and
shows the return value of plot cells that a reader never sees in JupyterLab
(nbval issue #194).  Executing with history, as JupyterLab does, makes nbval
compare exactly what a researcher sees.
"""

try:
    from nbval.kernel import RunningKernel
except ImportError:  # nbval not installed: nothing to patch
    RunningKernel = None

if RunningKernel is not None:

    def _execute_cell_input(self, cell_input, allow_stdin=None):
        return self.kc.execute(cell_input, store_history=True, allow_stdin=allow_stdin, stop_on_error=False)

    RunningKernel.execute_cell_input = _execute_cell_input
