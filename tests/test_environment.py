"""environment.yml and pyproject.toml list the same dependencies with the same bounds."""

from __future__ import annotations

import re
import tomllib

import pytest
from conftest import ROOT


def _norm(spec: str) -> tuple[str, str]:
    spec = spec.split("#")[0].strip().replace(" ", "")
    m = re.match(r"([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?(.*)", spec)
    assert m, spec
    return m.group(1).lower().replace("_", "-"), m.group(2).replace("==", "=")


def test_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(_norm(s) for s in project["dependencies"])
    for extra in ("notebooks", "dev"):
        wanted.update(_norm(s) for s in project["optional-dependencies"][extra])
    env = (ROOT / "environment.yml").read_text()
    deps = env.split("dependencies:", 1)[1]
    listed = {}
    for line in deps.splitlines():
        m = re.match(r"\s+-\s+([A-Za-z][^#:]*?)\s*(?:#.*)?$", line)
        if m and not m.group(1).startswith(("-e", "pip")):
            name, bound = _norm(m.group(1))
            if name != "python":  # the interpreter, not a package (python-docx is one)
                listed[name] = bound
    assert listed == wanted


def test_environment_uses_conda_forge_and_installs_the_kit():
    env = (ROOT / "environment.yml").read_text()
    assert "conda-forge" in env and "nodefaults" in env and "-e ." in env and "python=3.11" in env


def test_seeds_are_the_shared_seeds_byte_for_byte():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside the kit")
    assert sorted(p.name for p in shared.glob("*.txt")) == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    for p in shared.glob("*.txt"):
        assert (ROOT / "seeds" / p.name).read_bytes() == p.read_bytes()


def test_docs_codebook_is_current():
    shared = ROOT.parent / "shared" / "codebook.md"
    if not shared.is_file():
        pytest.skip("shared/ is not beside the kit")
    # the research design word for word, then the kit's own additions (event codes), marked as such
    ours = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert ours.startswith(shared.read_text(encoding="utf-8"))
    assert "## Kit additions" in ours[len(shared.read_text(encoding="utf-8")):]


def test_gold_copy_is_current():
    shared = ROOT.parent / "shared" / "gold"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside the kit")
    for p in shared.glob("*.csv"):
        assert (ROOT / "data" / "gold" / p.name).read_bytes() == p.read_bytes()


@pytest.mark.parametrize("pyproject", ["pyproject.toml", "lab-settings/pyproject.toml"])
def test_a_license_string_asks_for_a_setuptools_that_reads_it(pyproject):
    # license = "MIT" is a PEP 639 SPDX expression; setuptools reads it from version 77 on
    # (older ones refuse a string there), so the build must not resolve an older one.
    data = tomllib.loads((ROOT / pyproject).read_text())
    if not isinstance(data["project"].get("license"), str):
        pytest.skip("no PEP 639 license string")
    bounds = [s for s in data["build-system"]["requires"] if _norm(s)[0] == "setuptools"]
    assert bounds, "setuptools is not in build-system requires"
    m = re.fullmatch(r">=(\d+)(?:\.\d+)*(?:,.*)?", _norm(bounds[0])[1])
    assert m and int(m.group(1)) >= 77, bounds[0]
