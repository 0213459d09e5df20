"""Accounts: sign-up, e-mail login and a person's names, on top of django.contrib.auth.

The e-mail address is the username (stored lower-case), so people log in with
what they remember. The first and last name are what the platform calls a person;
a legal name, recorded only when it differs, is what certificates, transcripts and
board documents print (``courses.selectors.legal_name``).
"""
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.db import transaction
from django.views.decorators.http import require_http_methods

from .audit import audit_record
from .models import LegalName


User = get_user_model()

BACKEND = "django.contrib.auth.backends.ModelBackend"


LEGAL_NAME_HELP = gettext_lazy(
    "Only if it differs from the name above: your full name exactly as on your ID. Certificates, "
    "transcripts and the documents you send to a board print it; everywhere else shows the name above."
)


def _clean_name(value: str) -> str:
    value = " ".join((value or "").split())
    if "\x00" in value:  # never printable, and PostgreSQL refuses it
        raise forms.ValidationError(_("The name contains a character that is not allowed (NUL)."))
    return value


class SignupForm(UserCreationForm):
    first_name = forms.CharField(max_length=150, label=gettext_lazy("First name"))
    last_name = forms.CharField(max_length=150, label=gettext_lazy("Last name"))
    legal_name = forms.CharField(
        max_length=200, required=False, label=gettext_lazy("Legal name (if different)"), help_text=LEGAL_NAME_HELP
    )
    email = forms.EmailField(
        max_length=150, label=gettext_lazy("Email"), help_text=gettext_lazy("You will log in with this address.")
    )

    class Meta:
        model = User
        fields = ("first_name", "last_name", "legal_name", "email")

    def clean_legal_name(self):
        return _clean_name(self.cleaned_data.get("legal_name"))

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(username__iexact=email).exists() or User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this email already exists. Log in or reset your password."))
        return email

    def save(self, commit=True):
        user = super().save(commit=False)
        user.username = self.cleaned_data["email"]
        user.email = self.cleaned_data["email"]
        if commit:
            with transaction.atomic():
                user.save()
                legal_name_save(user, self.cleaned_data.get("legal_name", ""))
        return user


def legal_name_save(user, name: str) -> None:
    """Record ``user``'s legal name; an empty one, or their own full name, removes the record."""
    name = " ".join((name or "").split())
    if not name or name == user.get_full_name().strip():
        LegalName.objects.filter(user=user).delete()
    else:
        LegalName.objects.update_or_create(user=user, defaults={"name": name[:200]})


def _printed_name(user_id: int) -> str:
    """The name ``user_id``'s records print, read from the database (see ``courses.selectors.legal_name``)."""
    recorded = LegalName.objects.filter(user_id=user_id).values_list("name", flat=True).first()
    return recorded or User.objects.get(pk=user_id).get_full_name().strip()


class NamesForm(forms.ModelForm):
    legal_name = forms.CharField(
        max_length=200, required=False, label=gettext_lazy("Legal name (if different)"), help_text=LEGAL_NAME_HELP
    )

    class Meta:
        model = User
        fields = ("first_name", "last_name")
        labels = {"first_name": gettext_lazy("First name"), "last_name": gettext_lazy("Last name")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = self.fields["last_name"].required = True
        recorded = LegalName.objects.filter(user=self.instance).values_list("name", flat=True).first()
        self.fields["legal_name"].initial = recorded or ""

    def clean_first_name(self):
        return _clean_name(self.cleaned_data["first_name"])

    def clean_last_name(self):
        return _clean_name(self.cleaned_data["last_name"])

    def clean_legal_name(self):
        return _clean_name(self.cleaned_data.get("legal_name"))


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.CharField(
        label=gettext_lazy("Email"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()


@require_http_methods(["GET", "POST"])
@sensitive_post_parameters("password1", "password2")
def signup(request):
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = ""
    if request.user.is_authenticated:
        return redirect(next_url or "courses:dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend=BACKEND)
        return redirect(next_url or "/")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "registration/signup.html", {"form": form, "next": next_url}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def names(request):
    """The name a person goes by and their legal name. A change of the name printed on their
    records leads to their certificates, where those printed in another name can be reissued."""
    form = NamesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            before = _printed_name(request.user.pk)
            user = form.save()
            legal_name_save(user, form.cleaned_data["legal_name"])
            changed = _printed_name(user.pk) != before
            if changed:
                audit_record(action="account.legal_name_changed", target=f"user {user.pk}", actor=user)
        if changed:
            messages.success(
                request,
                _("Your legal name is saved. A certificate printed in another name can be reissued: ask below."),
            )
            return redirect("certificates:mine")
        messages.success(request, _("Your names are saved."))
        return redirect("account_names")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "registration/names.html", {"form": form}, status=status)


def axes_username(request, credentials) -> str:
    """The account a login attempt targets, normalised like the login form does (for django-axes)."""
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    return raw.strip().lower()
