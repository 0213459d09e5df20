"""How people and hours are written, everywhere: pages, CSV exports, PDFs and e-mails.

Plain functions of plain values (no database, no settings), so the certificate renderer uses
them too.
"""
from __future__ import annotations


def hours_text(minutes) -> str:
    """Minutes as hours with one decimal, rounded half up: ``hours_text(1800) == "30.0"``.

    Integer arithmetic, so 9 minutes is "0.2" (0.15 rounded up), not float's "0.1". Minutes are
    stored as integers; an empty value reads as 0.
    """
    minutes = int(minutes or 0)
    sign = "-" if minutes < 0 else ""
    tenths = (abs(minutes) + 3) // 6  # minutes / 6 tenths of an hour, half up
    return f"{sign}{tenths // 10}.{tenths % 10}"


def display_name(user) -> str:
    """A person as the platform names them: their full name, else their e-mail address."""
    return user.get_full_name().strip() or user.email or user.get_username()


# A spreadsheet reads a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A cell for a CSV or XLSX file that is safe to open in a spreadsheet: text starting with
    = + - @ TAB or CR gets a leading apostrophe (no formula injection); anything else (numbers,
    dates, other text) is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` as a whole percent, rounded down, between 0 and 100; 100 when nothing
    is required."""
    if whole <= 0:
        return 100
    return max(0, min(100, (part * 100) // whole))


def duration_text(seconds: int) -> str:
    """Seconds as minutes and seconds in the active language: "3 min 20 s", "3 min", "20 s"."""
    # Imported here: the certificate renderer imports this module without Django.
    from django.utils.translation import gettext as _

    minutes, seconds = divmod(int(seconds), 60)
    if minutes and seconds:
        return _("%(minutes)s min %(seconds)s s") % {"minutes": minutes, "seconds": seconds}
    if minutes:
        return _("%(minutes)s min") % {"minutes": minutes}
    return _("%(seconds)s s") % {"seconds": seconds}
