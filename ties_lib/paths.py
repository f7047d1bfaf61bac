"""Where the kit's folders are, wherever a notebook's kernel was started."""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """The kit's root: ``TIES_ROOT`` if set, else the folder above an installed-in-place package."""
    env = os.environ.get("TIES_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve().parent.parent
    if (here / "seeds").is_dir():
        return here
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        if (folder / "seeds").is_dir() and (folder / "ties_lib").is_dir():
            return folder
    return cwd


def seeds_dir() -> Path:
    """The corpus folder: ``TIES_SEEDS`` if set, else ``seeds/`` at the kit's root."""
    env = os.environ.get("TIES_SEEDS")
    return Path(env).resolve() if env else project_root() / "seeds"


def gold_dir() -> Path:
    return project_root() / "data" / "gold"
