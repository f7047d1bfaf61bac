"""The kit's JupyterLab fetches no news and checks for no updates (issue 11).

lab-settings/ties-kit.json is installed into the environment's JupyterLab settings directory
(`make`, environment.yml). These tests ask JupyterLab how it resolves the setting, with an
empty user settings folder of their own: the user's global settings are neither read nor
written.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

NOTIFICATION = "@jupyterlab/apputils-extension:notification"
SHIPPED = json.loads((ROOT / "lab-settings" / "ties-kit.json").read_text(encoding="utf-8"))


def test_the_shipped_file_turns_news_and_update_checks_off():
    assert SHIPPED == {NOTIFICATION: {"fetchNews": "false", "checkForUpdates": False}}


def test_jupyterlab_resolves_the_kit_settings(tmp_path):
    from jupyterlab.commands import get_app_dir
    from jupyterlab_server.settings_utils import get_settings

    app_dir = Path(get_app_dir())  # where `jupyter lab` in this environment reads its settings
    assert app_dir.resolve().is_relative_to(Path(sys.prefix).resolve())  # this environment's own
    installed = app_dir / "settings" / "overrides.d" / "ties-kit.json"
    assert installed.is_file(), f"not installed where JupyterLab reads it: {installed}"
    got, _warnings = get_settings(str(app_dir / "settings"), str(app_dir / "schemas"), str(tmp_path),
                                  schema_name=NOTIFICATION, labextensions_path=[])
    defaults = {k: v["default"] for k, v in got["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false"  # "Never", not "none" (ask: the toast)
    assert defaults["checkForUpdates"] is False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_running_jupyterlab_serves_the_kit_settings(tmp_path):
    # the settings as the browser gets them from `jupyter lab` started in this environment
    port, token = _free_port(), "ties-kit-test"
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces")}
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={ROOT / 'notebooks'}"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/lab/api/settings/{NOTIFICATION}?token={token}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    answer = json.load(response)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"jupyter lab did not answer: {proc.stderr.read().decode()[-2000:]}"
                                if proc.poll() is not None else "jupyter lab did not answer in 90 s")
                time.sleep(0.3)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    properties = answer["schema"]["properties"]
    assert properties["fetchNews"]["default"] == "false"
    assert properties["checkForUpdates"]["default"] is False
    assert not (home / ".jupyter").exists()  # nothing written to a user's own settings
