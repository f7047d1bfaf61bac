"""Execute the notebook series in place, so the committed notebooks carry current outputs.

Each notebook runs top to bottom in a fresh ``python3`` kernel started from this interpreter, with
the notebook's folder as working directory. Timing and other volatile metadata are not written, so
re-running on unchanged input leaves the files byte-identical. ``TIES_ROOT`` (or ``TIES_SEEDS``) in
the environment points the notebooks at another copy of the kit.

    python tools/run_notebooks.py                 # every notebook under notebooks/
    python tools/run_notebooks.py 01_chronology   # only those whose name contains an argument

Notebooks are independent, so they run in parallel, one kernel per core (``TIES_JOBS`` overrides).
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nav  # noqa: E402 - tools/ is not a package

ROOT = Path(__file__).resolve().parent.parent
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
#: Only these notebook-level keys survive; language_info is cut to its name (the version varies by machine).
KEEP_METADATA = ("kernelspec", "language_info")
TIMEOUT = 300


def notebooks(folder: Path) -> list[Path]:
    """The series and its solutions, in reading order (checkpoints excluded)."""
    found = sorted(folder.glob("[0-9][0-9]_*.ipynb")) + sorted(folder.glob("solutions/[0-9][0-9]_*.ipynb"))
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Fixed kernelspec, no volatile metadata (timings, widget state, interpreter version)."""
    nb.metadata = nbformat.NotebookNode({k: nb.metadata[k] for k in KEEP_METADATA if k in nb.metadata})
    nb.metadata["kernelspec"] = nbformat.NotebookNode(KERNELSPEC)
    nb.metadata["language_info"] = nbformat.NotebookNode({"name": "python"})
    for cell in nb.cells:
        for key in ("execution", "collapsed", "scrolled", "ExecuteTime"):
            cell.metadata.pop(key, None)
        for output in cell.get("outputs", []):
            # matplotlib-inline can attach image sizes; the PNG itself carries them
            if "metadata" in output:
                output["metadata"] = nbformat.NotebookNode({})
    return nb


#: how often a kernel that died before it answered is started again
KERNEL_STARTS = 3


def execute(path: Path) -> float:
    """Run one notebook in place; returns the seconds it took."""
    start = time.perf_counter()
    for attempt in range(1, KERNEL_STARTS + 1):
        nb = normalise(nbformat.read(path, as_version=4))
        client = NotebookClient(nb, kernel_name="python3", timeout=TIMEOUT, record_timing=False,
                                extra_arguments=["--IPKernelApp.log_level=ERROR"],
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
            break
        except RuntimeError as err:
            # kernels started side by side can race for the same free port ("Address already in use"), and the
            # loser dies before its first reply: start it again; any other failure is the notebook's own
            if "Kernel died before replying" not in str(err) or attempt == KERNEL_STARTS:
                raise
    nbformat.write(normalise(nb), path)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    folder = ROOT / "notebooks"
    nav.apply(folder)
    chosen = [p for p in notebooks(folder) if not argv or any(a in p.name for a in argv)]
    if not chosen:
        print("no notebook matched", argv, file=sys.stderr)
        return 2
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    os.environ["TIES_PROGRESS"] = "0"  # no progress bar in stored outputs: re-runs stay byte-identical
    jobs = int(os.environ.get("TIES_JOBS") or min(4, os.cpu_count() or 1))
    total = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for path, seconds in zip(chosen, pool.map(execute, chosen), strict=True):
            print(f"{path.relative_to(ROOT).as_posix()}: {seconds:.1f} s")
    print(f"all {len(chosen)} notebooks, {jobs} at a time: {time.perf_counter() - total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
