#!/usr/bin/env python
"""Render an HTML file to PNG with headless Chromium, at desktop and phone widths.

    python scripts/screenshot.py story.html                # story-desktop.png, story-phone.png beside it
    python scripts/screenshot.py story.html -o shots/ --full --print

Uses the system Chromium (/usr/bin/chromium) through selenium and the system chromedriver; nothing is
downloaded. ``--full`` captures the whole page height, ``--print`` also captures the print layout.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def start_browser(profile: Path) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    service = Service(executable_path=shutil.which("chromedriver") or CHROMEDRIVER)
    return webdriver.Chrome(options=options, service=service)


def shoot(html_file: Path, out_dir: Path, full: bool, print_layout: bool) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="chronicle-shot-") as profile:
        driver = start_browser(Path(profile))
        try:
            url = html_file.resolve().as_uri()
            for name, (width, height) in WIDTHS.items():
                # Device metrics make the layout viewport exactly this wide (window size includes chrome).
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": name == "phone"},
                )
                driver.get(url)
                if full:
                    page_height = int(driver.execute_script("return document.documentElement.scrollHeight"))
                    driver.execute_cdp_cmd(
                        "Emulation.setDeviceMetricsOverride",
                        {
                            "width": width,
                            "height": min(page_height, 16000),
                            "deviceScaleFactor": 1,
                            "mobile": name == "phone",
                        },
                    )
                target = out_dir / f"{html_file.stem}-{name}.png"
                driver.save_screenshot(str(target))
                written.append(target)
            if print_layout:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {"width": 794, "height": 1123, "deviceScaleFactor": 1, "mobile": False},
                )
                driver.get(url)
                target = out_dir / f"{html_file.stem}-print.png"
                driver.save_screenshot(str(target))
                written.append(target)
        finally:
            driver.quit()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("html", type=Path, help="the HTML file to render")
    parser.add_argument("-o", "--out", type=Path, help="folder for the PNGs (default: beside the HTML)")
    parser.add_argument("--full", action="store_true", help="capture the full page height")
    parser.add_argument("--print", dest="print_layout", action="store_true", help="also capture print media")
    args = parser.parse_args(argv)
    if not args.html.is_file():
        parser.error(f"no such file: {args.html}")
    out_dir = args.out or args.html.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.html, out_dir, args.full, args.print_layout):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
