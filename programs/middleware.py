"""Which program site a request is for."""
from django.http.request import split_domain_port
from wagtail.models import Site

from . import memo


class SiteLookupMiddleware:
    """Which Wagtail site a request is for, from the per-process memo (``memo.content``).

    Wagtail runs a query for it on every request; it changes only when a site
    does. Setting ``request._wagtail_site`` is Wagtail's own per-request cache,
    which ``Site.find_for_request`` reads; likewise the sites' root paths, which
    page URLs are built from. Views marked ``no_site_lookup`` (the
    health checks, which must not touch the database) are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "no_site_lookup", False) or hasattr(request, "_wagtail_site"):
            return None
        key = ("site", split_domain_port(request._get_raw_host())[0], request.get_port())  # as Wagtail does
        request._wagtail_site = memo.content.get(key, lambda: Site._find_for_request(request))
        # Every page URL built for this request reads the sites' root paths (Wagtail keeps them
        # in the cache, a Redis round trip per request); Wagtail reads this attribute first.
        request._wagtail_cached_site_root_paths = memo.content.get(("site-root-paths",), Site.get_site_root_paths)
        return None
