"""Form fields shared by our forms."""
from django import forms
from django.core.exceptions import ValidationError

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
