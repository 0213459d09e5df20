"""Security headers for the public site.

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
