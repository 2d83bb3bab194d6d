"""The HTML page in a real browser (headless Chromium): it loads cleanly, filters, expands, stays inert."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from chronicle.outputs import TIMELINE
from chronicle.outputs.html import render_html
from chronicle.outputs.timeline import timeline_to_json
from chronicle.pipeline import Pipeline, PipelineOptions, Stage
from sample_story import hostile_run, sample_run

pytestmark = pytest.mark.browser

OpenPage = Callable[[str], Any]


def severe_logs(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def visible_entries(driver: Any) -> list[Any]:
    return [e for e in driver.find_elements("css selector", "li.entry") if e.is_displayed()]


def test_page_loads_without_console_errors_and_shows_every_entry(open_page: OpenPage) -> None:
    run = sample_run()
    driver = open_page(render_html(run))
    assert driver.title == "Timeline: Chinese prisoners of war"
    assert severe_logs(driver) == []
    assert len(visible_entries(driver)) == len(timeline_to_json(run.timeline)["entries"]) == 5
    dates = [e.text for e in driver.find_elements("css selector", "li.entry h3 time")]
    assert dates == ["24 December 2024", "early February 2025", "8 April 2025", "9 April 2025", "2025"]
    assert driver.find_element("css selector", ".coverage svg").is_displayed()
    assert driver.find_element("css selector", "#filters").is_displayed()  # the script ran and showed them


def test_the_seed_story_renders_every_entry_of_its_json(open_page: OpenPage, seeds_dir: Path) -> None:
    run = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([seeds_dir])
    driver = open_page(TIMELINE.render(run, "html"))
    assert severe_logs(driver) == []
    expected = timeline_to_json(run.timeline)["entries"]
    assert expected
    assert len(visible_entries(driver)) == len(expected)
    shown = [e.get_attribute("datetime") for e in driver.find_elements("css selector", "li.entry h3 time")]
    assert shown == [e.date.iso for e in run.timeline.entries]
    driver.find_elements("css selector", "details.sources > summary")[0].click()
    first_quote = run.timeline.entries[0].citations[0].quote
    assert " ".join(first_quote.split()) in driver.find_element("css selector", "blockquote").text


def test_expanding_a_citation_shows_its_quote(open_page: OpenPage) -> None:
    driver = open_page(render_html(sample_run()))
    details = driver.find_elements("css selector", "li.entry details.sources")[2]
    quote = details.find_element("css selector", "blockquote")
    assert not quote.is_displayed()
    details.find_element("css selector", "summary").click()
    assert quote.is_displayed()
    assert quote.text == "“Zelensky said on April 8 that two Chinese citizens were captured.”"
    link = details.find_element("css selector", "a")
    assert link.get_attribute("href") == "https://example.org/a2"


def test_keyboard_opens_a_citation(open_page: OpenPage) -> None:
    from selenium.webdriver.common.keys import Keys

    driver = open_page(render_html(sample_run()))
    summary = driver.find_elements("css selector", "details.sources > summary")[0]
    summary.send_keys(Keys.ENTER)
    assert driver.find_elements("css selector", "details.sources")[0].get_attribute("open") is not None


def test_entity_filter_hides_entries_that_do_not_mention_it(open_page: OpenPage) -> None:
    driver = open_page(render_html(sample_run()))
    chip = driver.find_element("css selector", 'button.chip[data-entity="zelensky"]')
    chip.click()
    assert chip.get_attribute("aria-pressed") == "true"
    shown = visible_entries(driver)
    assert [e.get_attribute("id") for e in shown] == ["entry-3"]
    assert (
        "Showing 1 of 5 dates that mention Volodymyr Zelensky."
        in driver.find_element("id", "filter-status").text
    )
    driver.find_element("css selector", 'button.chip[data-entity="sbu"]').click()  # either entity
    assert [e.get_attribute("id") for e in visible_entries(driver)] == ["entry-3", "entry-4"]
    driver.find_element("css selector", "button.chip.clear").click()
    assert len(visible_entries(driver)) == 5
    assert severe_logs(driver) == []


def test_conflicts_are_marked(open_page: OpenPage) -> None:
    driver = open_page(render_html(sample_run()))
    entry = driver.find_element("id", "entry-3")
    assert "Sources disagree" in entry.find_element("css selector", ".flag").text
    assert "Reports differ on how many were captured." in entry.text
    assert "Where sources disagree (1)" in driver.find_element("css selector", ".disagreements").text
    entry.find_element("css selector", 'a[href="#conflict-1"]').click()  # the entry links to the statement
    assert driver.execute_script("return location.hash") == "#conflict-1"


def test_print_shows_every_quote_and_hides_filters(open_page: OpenPage) -> None:
    # selenium's is_displayed() calls everything in a closed <details> hidden; ask the layout itself.
    rendered = (
        "return Array.from(document.querySelectorAll('blockquote'))"
        ".map(b => b.checkVisibility() && b.getBoundingClientRect().height > 0)"
    )
    driver = open_page(render_html(sample_run()))
    quotes = 5 + 2  # the entries' five citations, and the two sides of the one conflict
    assert driver.execute_script(rendered) == [False] * quotes  # on screen, quotes wait to be opened
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert driver.execute_script(rendered) == [True] * quotes
        assert not driver.find_element("id", "filters").is_displayed()
        assert not driver.find_element("id", "tools").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_phone_width_has_no_horizontal_scroll(open_page: OpenPage) -> None:
    driver = open_page(render_html(sample_run()))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        driver.refresh()
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _assert_inert(driver: Any) -> None:
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.find_elements("css selector", "main img") == []
    body = driver.find_element("tag name", "body").text
    assert "<script>window.__pwned=1</script>" in body
    assert '<img src=x onerror="window.__pwned=1">' in body
    hrefs = [a.get_attribute("href") or "" for a in driver.find_elements("css selector", "a")]
    assert not [h for h in hrefs if h.lower().startswith("javascript")]


def test_hostile_article_text_stays_inert(open_page: OpenPage) -> None:
    driver = open_page(render_html(hostile_run()))
    _assert_inert(driver)
    assert severe_logs(driver) == []  # not even a blocked script: nothing tried to run
    driver.find_element("css selector", "button.chip[data-entity]").click()  # the filter still works
    assert len(visible_entries(driver)) == 1
    driver.find_element("css selector", "details.sources > summary").click()
    assert "<script>window.__pwned=1</script>" in driver.find_element("css selector", "blockquote").text


def test_hostile_article_text_stays_inert_without_the_security_policy(open_page: OpenPage) -> None:
    """Escaping alone keeps the page inert: the Content-Security-Policy is only a second line of defence."""
    page = render_html(hostile_run())
    start = page.index('<meta http-equiv="Content-Security-Policy"')
    page = page[:start] + page[page.index(">", start) + 1 :]
    driver = open_page(page)
    _assert_inert(driver)
    assert severe_logs(driver) == []


def test_background_entries_are_visibly_marked_and_set_apart(open_page: OpenPage) -> None:
    # the written page about an invented conductor: her birth and first concert are background
    page = Path(__file__).resolve().parents[2] / "benchmarks" / "temporal" / "pages" / "conductor-funeral.txt"
    run = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([page])
    background = [e for e in run.timeline.entries if e.background]
    assert background
    driver = open_page(render_html(run))
    assert severe_logs(driver) == []
    assert len(visible_entries(driver)) == len(run.timeline.entries)
    section = driver.find_element("css selector", "section.background-section")
    assert section.find_element("css selector", "h2").text == "Background"
    marks = section.find_elements("css selector", "li.entry .background-mark")
    assert len(marks) == len(background) and all(m.is_displayed() and m.text == "Background" for m in marks)
    assert section.value_of_css_property("border-bottom-style") == "solid"  # the visual separation
    story_list = driver.find_element("css selector", "ol#timeline")
    assert story_list.location["y"] > section.location["y"] + section.size["height"] - 1
    assert story_list.find_elements("css selector", ".background-mark") == []
