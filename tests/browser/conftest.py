"""Headless Chromium for the page tests: the system chromium and chromedriver, driven by selenium.

Without a browser the tests skip locally, and fail in CI (``CI`` set): CI installs chromium (see .ci/run).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


def _missing_browser() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        return "chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)"
    return None


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    problem = _missing_browser()
    if problem is not None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"browser tests need a browser in CI: {problem}", pytrace=False)
        pytest.skip(f"no browser: {problem}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver")))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture()
def open_page(browser: Any, tmp_path: Path) -> Callable[[str], Any]:
    """Write ``page`` to a file, open it from disk, and return the driver (browser log emptied first)."""

    def _open(page: str) -> Any:
        path = tmp_path / "story.html"
        path.write_text(page, encoding="utf-8")
        browser.get_log("browser")  # drop what earlier pages logged
        browser.get(path.as_uri())
        return browser

    return _open
