"""Security headers for the public site, and the mark for views that skip the site lookup.

``ContentSecurityPolicyMiddleware`` sends ``CONTENT_SECURITY_POLICY`` on every
response outside the Wagtail admin (which needs inline scripts of its own and
is reached only by staff). Our pages use no inline scripts; progress bars set
their width with a style attribute, hence ``style-src-attr 'unsafe-inline'``.
"""
from django.conf import settings


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.CONTENT_SECURITY_POLICY
        if policy and not request.path.startswith(settings.CSP_EXEMPT_PATH_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", policy)
        return response


def no_site_lookup(view):
    """Mark a view that must not touch the database (health checks, media): the site lookup
    (``programs.middleware.SiteLookupMiddleware``) leaves it alone."""
    view.no_site_lookup = True
    return view
