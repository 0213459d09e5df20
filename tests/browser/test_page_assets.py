"""Every asset a page asks for is served: no 404 in the browser (a favicon, the admin's avatar)."""
from __future__ import annotations

import pytest
from tests import factories
from tests.browser.conftest import DESKTOP
from tests.browser.test_learning_flow import serve_site_from


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_public_pages_and_the_admin_load_without_a_failed_request(live_server, chromium):
    factories.make_course(title="Peer support foundations", domain=factories.make_domain())
    serve_site_from(live_server)
    admin = factories.make_user(email="ada@example.org", is_superuser=True, is_staff=True)
    context = chromium.new_context(viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(10_000)
    page = context.new_page()
    failed, outside = [], []
    page.on("response", lambda r: failed.append((r.status, r.url)) if r.status >= 400 else None)
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((live_server.url, "data:")) else None)
    page.on("console", lambda m: failed.append(("console", m.text)) if m.type == "error" else None)
    try:
        for path in ("/", "/accounts/login/", "/verify/"):
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Email").fill(admin.email)
        page.get_by_label("Password").fill(factories.PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.goto(live_server.url + "/admin/")
        page.wait_for_load_state("networkidle")
        images = page.eval_on_selector_all("img", "imgs => imgs.map(i => [i.src, i.complete && i.naturalWidth > 0])")
        avatars = [(src, loaded) for src, loaded in images if "avatar" in src]
        assert avatars and all(loaded and src.startswith(live_server.url) for src, loaded in avatars), avatars
    finally:
        context.close()
    assert failed == [], failed
    assert outside == [], outside
