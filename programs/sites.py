"""The addresses of program sites."""
from django.conf import settings
from wagtail.models import Site


def site_base_url(site: Site) -> str:
    """Absolute base URL of a program site, for links in PDFs and e-mails (``PUBLIC_BASE_URL`` when
    set, e.g. the address ``make run`` serves on)."""
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL.rstrip("/")
    port = "" if site.port in (80, 443) else f":{site.port}"
    return f"{settings.PUBLIC_URL_SCHEME}://{site.hostname}{port}"


def site_url(site: Site) -> str:
    """The public address of ``site`` itself (scheme from PUBLIC_URL_SCHEME, default https), as
    listed to platform admins."""
    scheme = getattr(settings, "PUBLIC_URL_SCHEME", "https") or "https"
    default_port = 443 if scheme == "https" else 80
    port = "" if site.port in (80, 443, default_port) else f":{site.port}"
    return f"{scheme}://{site.hostname}{port}/"
