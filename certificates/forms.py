"""Forms of the public certificate pages."""
from django import forms
from django.utils.translation import gettext_lazy

from .badges.issuing import MAX_BADGE_BYTES


class BadgeForm(forms.Form):
    """A digital badge handed in for checking: an uploaded file or pasted text."""

    file = forms.FileField(
        required=False, label=gettext_lazy("Badge file (.json)"),
        widget=forms.FileInput(attrs={"accept": ".json,application/json,application/ld+json"}),
    )
    text = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        label=gettext_lazy("Or paste the badge's text"), max_length=MAX_BADGE_BYTES,
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_BADGE_BYTES:
            raise forms.ValidationError(gettext_lazy("This file is too large to be a badge."))
        return upload

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("file") and not (data.get("text") or "").strip():
            raise forms.ValidationError(gettext_lazy("Choose a badge file or paste its text."))
        return data

    def badge(self) -> bytes | str:
        upload = self.cleaned_data.get("file")
        return upload.read() if upload else self.cleaned_data["text"]
