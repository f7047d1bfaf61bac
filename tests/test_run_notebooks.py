"""tools/run_notebooks.py: a kernel that died before its first reply (two kernels raced for one port) is
started again; any other failure is the notebook's own and is raised at once."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("run_notebooks", ROOT / "tools" / "run_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notebook(tmp_path: Path) -> Path:
    path = tmp_path / "01_x.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]), path)
    return path


def test_a_kernel_that_died_before_replying_is_started_again(tmp_path, monkeypatch):
    tool = _tool()
    calls = []

    def execute(self):
        calls.append(1)
        if len(calls) < 3:
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(tool.NotebookClient, "execute", execute)
    tool.execute(_notebook(tmp_path))
    assert len(calls) == 3


def test_guard_a_notebooks_own_error_is_not_retried(tmp_path, monkeypatch):
    tool = _tool()
    calls = []

    def execute(self):
        calls.append(1)
        raise RuntimeError("a cell failed")

    monkeypatch.setattr(tool.NotebookClient, "execute", execute)
    with pytest.raises(RuntimeError, match="a cell failed"):
        tool.execute(_notebook(tmp_path))
    assert len(calls) == 1


def test_guard_a_kernel_that_keeps_dying_is_given_up(tmp_path, monkeypatch):
    tool = _tool()

    def execute(self):
        raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(tool.NotebookClient, "execute", execute)
    with pytest.raises(RuntimeError, match="Kernel died"):
        tool.execute(_notebook(tmp_path))
