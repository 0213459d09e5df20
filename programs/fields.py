"""Form fields shared by our forms."""
from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy

from .converters import MAX_ID


class IdModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """``ModelMultipleChoiceField`` whose out-of-range ids are a form error.

    Django checks the submitted ids with an ``__in`` query, and an id past the 64-bit range
    makes SQLite raise ``OverflowError`` (a 500). Such an id names nothing: it is refused
    like any other unknown choice.
    """

    def _check_values(self, value):
        for pk in value or ():
            text = str(pk).strip()
            if text.isdigit() and int(text) > MAX_ID:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": text[:30]}
                )
        return super()._check_values(value)


# Dates people may type: anything outside is a typo, and at the edges of Python's range a time
# zone conversion overflows (9999-12-31 23:59 in a zone west of UTC is year 10000 in UTC).
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
DATE_RANGE_MESSAGE = gettext_lazy("Enter a date between 1900 and 2100.")


def _check_range(day: date) -> None:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(DATE_RANGE_MESSAGE, code="date_range")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__({"min": EARLIEST_DATE.isoformat(), "max": LATEST_DATE.isoformat(), **(attrs or {})})


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        bounds = {"min": f"{EARLIEST_DATE.isoformat()}T00:00", "max": f"{LATEST_DATE.isoformat()}T23:59"}
        super().__init__({**bounds, **(attrs or {})}, format="%Y-%m-%dT%H:%M")


class BoundedDateField(forms.DateField):
    """A date between 1900 and 2100 (``DATE_RANGE_MESSAGE`` otherwise), typed in a date picker."""

    widget = DateInput

    def to_python(self, value):
        day = super().to_python(value)
        if day is not None:
            _check_range(day)
        return day


class BoundedDateTimeField(forms.DateTimeField):
    """A date and time between 1900 and 2100 in the site's time zone, checked before it is made
    aware (so no time zone conversion can overflow), typed in a date-time picker."""

    widget = DateTimeInput

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"])
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            _check_range(value.date())
            return super().to_python(value)
        value = str(value).strip()
        for format in self.input_formats:
            try:
                naive = datetime.strptime(value, format)
            except (ValueError, TypeError):
                continue
            _check_range(naive.date())
            return super().to_python(naive)
        raise ValidationError(self.error_messages["invalid"], code="invalid")
