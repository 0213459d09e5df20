"""Fixtures for browser tests: headless Chromium per test module, a fresh context per test.

Playwright's sync API runs an asyncio event loop in the main thread for as long
as it is started, which makes Django's async-safety check refuse ORM calls made
in that thread (building the course, checking the ledger, and pytest-django's
own database setup and flush). The tests are still fully synchronous, so the
check is switched off with DJANGO_ALLOW_ASYNC_UNSAFE -- but only while
Playwright runs. Setting it at import time of this conftest would leak it into
the whole session, including ``manage.py check --deploy`` in
tests/test_settings.py, which then fails with async.E001. For the same reason
the browser is module-scoped rather than session-scoped: a session fixture is
only torn down at the very end, so Playwright's loop (and the variable) would
stay on for every test run after the browser tests.

Chromium is the Debian package (``playwright install`` cannot download browsers
here). If it is missing, the tests fail: they are never skipped.
"""
import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it (make system-deps) or set CHROMIUM_PATH.")
    with pytest.MonkeyPatch.context() as mp, sync_playwright() as playwright:
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def screenshot():
    """``screenshot(page, name)`` saves full-page PNGs at desktop and phone width to test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
        page.set_viewport_size(PHONE)
        try:
            page.screenshot(path=ARTIFACTS / f"{name}-phone.png", full_page=True)
        finally:
            page.set_viewport_size(DESKTOP)

    return take
