"""Course content as Wagtail pages: the catalog, courses, modules (with their facilitator guides),
lessons and quizzes, and the competency domains they credit.

The catalog, course, lesson and quiz pages are answered by ``courses.views`` (through the
``on_serve_page`` hook in ``courses.wagtail_hooks``); their templates and ``get_context`` serve
the editor's preview.
"""
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext, gettext_lazy, gettext_noop
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.url_routing import RouteResult

from ..blocks import ACTIVITY_TYPES, AgendaSegmentBlock, HandoutBlock, LessonBodyBlock, QuizQuestionsBlock
from ..caching import TIMEOUT as CONTENT_TIMEOUT
from ..caching import content_key
from ..curriculum import engagement
from ..grading import drawn_questions, questions_from_stream
from ..panels import EngagementPanel, LessonPageForm


@register_snippet
class CompetencyDomain(models.Model):
    """A competency domain of a certification board (e.g. IC&RC's "Advocacy").

    Domains are data so that each program can map them to its own board.
    """

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    # The standard domains' names (``courses.curriculum.DOMAINS``), for the translation catalogues.
    STANDARD_NAMES = (
        gettext_noop("Advocacy"),
        gettext_noop("Mentoring/Education"),
        gettext_noop("Recovery/Wellness Support"),
        gettext_noop("Ethical Responsibility"),
        gettext_noop("Harm Reduction"),
    )

    @property
    def label(self) -> str:
        """The name in the reader's language where the catalogue has it (domains editors add keep theirs)."""
        return gettext(self.name)

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DeliveryMode(models.TextChoices):
    ONLINE = "online", gettext_lazy("Online (self-paced)")
    LIVE_VIRTUAL = "live_virtual", gettext_lazy("Live virtual")
    IN_PERSON = "in_person", gettext_lazy("In person")


# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------


class ViewRestrictionsMixin:
    """Skip Wagtail's view-restriction queries (two per page served) while no page has a view
    restriction: whether any exists is kept in the cache until content changes
    (``courses.caching``). When one does, Wagtail's check runs as usual."""

    def get_view_restrictions(self):
        if not cache.get_or_set(content_key("any-view-restriction"), PageViewRestriction.objects.exists, CONTENT_TIMEOUT):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class CourseIndexPage(ViewRestrictionsMixin, Page):
    """The catalog of a program site: lists its live courses."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = gettext_lazy("course catalog")

    def route(self, request, path_components):
        """The live page at ``path_components`` below the catalog (a course, module, lesson or
        quiz), kept in the cache until content changes (``courses.caching``); Wagtail's own route
        runs two queries per level. Only pages that exist are cached. A translated catalog serves
        the default language's page where its own tree has none (a lesson not translated yet)."""
        if not path_components:
            return super().route(request, path_components)
        key = content_key("page-at", self.pk, *path_components)
        page = cache.get(key)
        if page is None:
            try:
                page = self._live_page_at(path_components)
            except Http404:
                source = self.get_translation_or_none(Locale.get_default())
                if source is None or source.pk == self.pk:
                    raise
                page = source.specific._live_page_at(path_components)
            cache.set(key, page, CONTENT_TIMEOUT)
        return RouteResult(page)

    def _live_page_at(self, path_components):
        """The live page at ``path_components`` (found by its URL path), as its specific class, with
        its course and module known; ``Http404`` if it or an ancestor up to the catalog is not live."""
        prefixes = [self.url_path + "/".join(path_components[: n + 1]) + "/" for n in range(len(path_components))]
        pages = {page.url_path: page for page in Page.objects.live().filter(url_path__in=prefixes)}
        if not all(prefix in pages for prefix in prefixes):
            raise Http404
        page = pages[prefixes[-1]].specific
        if isinstance(page, CreditedPage):
            page.module, page.course  # noqa: B018  (resolved once, kept with the page)
        return page


class CoursePage(ViewRestrictionsMixin, Page):
    """A training (e.g. Recovery Coach, 30 h) and its completion rules."""

    code = models.CharField(
        max_length=20, help_text=gettext_lazy("Short code printed on certificates, e.g. RC30.")
    )
    summary = models.TextField(max_length=500, help_text=gettext_lazy("One or two sentences for the catalog."))
    intro = RichTextField(blank=True, features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])
    required_minutes = models.PositiveIntegerField(
        validators=[MinValueValidator(1)],
        help_text=gettext_lazy("Contact minutes a trainee must earn to complete the course (30 hours = 1800)."),
    )
    require_all_lessons = models.BooleanField(
        default=True, help_text=gettext_lazy("Every lesson must be completed (online or credited by attendance).")
    )
    require_all_quizzes = models.BooleanField(default=True, help_text=gettext_lazy("Every quiz must be passed."))
    sources = models.TextField(
        blank=True,
        help_text=gettext_lazy(
            "The public references the course is based on, one per line (shown on the course page)."
        ),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("code"), FieldPanel("required_minutes")]),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("sources"),
        MultiFieldPanel(
            [FieldPanel("require_all_lessons"), FieldPanel("require_all_quizzes")],
            heading=gettext_lazy("Completion rules"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("intro")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = gettext_lazy("course")

    @property
    def required_hours(self):
        return self.required_minutes / 60

    @property
    def source_list(self):
        return [line.strip() for line in self.sources.splitlines() if line.strip()]



class ModulePage(ViewRestrictionsMixin, Page):
    """An ordered unit of a course; its lessons and quiz follow in tree order."""

    intro = models.TextField(blank=True)
    default_domain = models.ForeignKey(
        CompetencyDomain,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=gettext_lazy("Competency domain credited by lessons and quizzes that do not set their own."),
    )
    live_minutes = models.PositiveIntegerField(
        default=0,
        validators=[MaxValueValidator(24 * 60)],
        help_text=gettext_lazy("Contact minutes of the module when a facilitator delivers it live."),
    )

    # The facilitator guide: how to deliver the module live (printed by ``materials``).
    guide_objectives = StreamField([("objective", blocks.CharBlock(max_length=300))], blank=True)
    guide_agenda = StreamField(
        [("segment", AgendaSegmentBlock())], blank=True,
        help_text=gettext_lazy("Timed segments; their minutes add up to the module's live minutes."),
    )
    guide_handouts = StreamField([("handout", HandoutBlock())], blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("default_domain"), FieldPanel("live_minutes")]),
    ]
    guide_panels = [FieldPanel("guide_objectives"), FieldPanel("guide_agenda"), FieldPanel("guide_handouts")]
    edit_handler = TabbedInterface([
        ObjectList(content_panels, heading=gettext_lazy("Content")),
        ObjectList(guide_panels, heading=gettext_lazy("Facilitator guide")),
        ObjectList(Page.promote_panels, heading=gettext_lazy("Promote")),
        ObjectList(Page.settings_panels, heading=gettext_lazy("Settings")),
    ])
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = gettext_lazy("module")

    def clean(self):
        super().clean()
        agenda = self.guide_agenda_minutes()
        if agenda and agenda != self.live_minutes:
            raise ValidationError(
                {
                    "guide_agenda": _(
                        "The agenda adds up to %(agenda)s minutes, not the module's %(live)s live minutes."
                    )
                    % {"agenda": agenda, "live": self.live_minutes}
                }
            )

    def guide_agenda_minutes(self) -> int:
        return sum(segment["value"]["minutes"] for segment in self.guide_agenda.raw_data)

    def domain_split(self) -> dict[int, int]:
        """Live minutes by competency domain id: the agenda's segments, or all in the module's domain."""
        split: dict[int, int] = {}
        for segment in self.guide_agenda.raw_data:  # raw: the domain's id, without loading it
            domain_id = segment["value"].get("domain") or self.default_domain_id
            split[domain_id] = split.get(domain_id, 0) + segment["value"]["minutes"]
        return split or {self.default_domain_id: self.live_minutes}

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its outline lives on the course page.
        return redirect(self.get_parent().url + f"#module-{self.pk}")


class CreditedPage(ViewRestrictionsMixin, Page):
    """Fields shared by pages that earn credit (lessons and quizzes)."""

    credit_minutes = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
        help_text=gettext_lazy("Contact minutes credited to the hours ledger on completion."),
    )
    domain = models.ForeignKey(
        CompetencyDomain,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=gettext_lazy("Leave empty to use the module's default domain."),
    )

    credit_panels = [
        FieldRowPanel([FieldPanel("credit_minutes"), FieldPanel("domain")], heading=gettext_lazy("Credit"))
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        abstract = True

    @cached_property
    def module(self):
        return self.get_parent().specific

    @cached_property
    def course(self):
        return CoursePage.objects.ancestor_of(self).get()


class LessonPage(CreditedPage):
    body = StreamField(LessonBodyBlock(), blank=True)
    min_engaged_seconds = models.PositiveIntegerField(
        default=300,
        validators=[MaxValueValidator(8 * 3600)],
        help_text=lazy(
            lambda: _(
                "Time a trainee must spend on the lesson, measured on the server, before marking it complete "
                "(at least %(share)s of the credit)."
            )
            % {"share": f"{engagement.MIN_ENGAGED_SHARE:.0%}"},
            str,
        )(),
    )

    content_panels = (
        Page.content_panels
        + CreditedPage.credit_panels
        + [EngagementPanel(), FieldPanel("min_engaged_seconds"), FieldPanel("body")]
    )
    search_fields = Page.search_fields + [index.SearchField("body")]
    base_form_class = LessonPageForm

    class Meta:
        verbose_name = gettext_lazy("lesson")

    def activity_blocks(self):
        """The body's activities (reflections, scenarios, self-checks), in order."""
        return [block for block in self.body if block.block_type in ACTIVITY_TYPES]


class QuizPage(CreditedPage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ul", "ol"])
    questions = StreamField(QuizQuestionsBlock(), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=gettext_lazy("Score (percent of questions answered fully correctly) needed to pass."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        default=3, validators=[MaxValueValidator(100)], help_text=gettext_lazy("0 means unlimited attempts.")
    )
    shuffle = models.BooleanField(
        default=True, help_text=gettext_lazy("Shuffle questions and choices for each attempt.")
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        default=0,
        validators=[MaxValueValidator(100)],
        help_text=gettext_lazy(
            "Questions each attempt draws from the pool (0 asks them all). A retake draws the questions the "
            "trainee has seen least."
        ),
    )

    content_panels = (
        Page.content_panels
        + CreditedPage.credit_panels
        + [
            FieldPanel("intro"),
            FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("shuffle")]),
            FieldPanel("questions_per_attempt"),
            HelpPanel(
                content=gettext_lazy(
                    "Tick “correct” on the right choices. Trainees never see which choices are correct "
                    "before they submit an attempt."
                )
            ),
            FieldPanel("questions"),
        ]
    )

    class Meta:
        verbose_name = gettext_lazy("quiz")

    def get_context(self, request, *args, **kwargs):
        """The questions in stored order, for the editor's preview (trainees' attempts are served
        by ``courses.views.serve_quiz``)."""
        context = super().get_context(request, *args, **kwargs)
        context.update({"questions": questions_from_stream(self.questions), "preview": True})
        return context

    def attempt_questions(self, attempt) -> list:
        """The questions ``attempt`` asks, in stored order (``presentation_order`` shuffles them)."""
        return drawn_questions(
            questions_from_stream(self.questions),
            count=self.questions_per_attempt,
            # The attempt's quiz, not this page: a translation draws the same questions.
            seed=f"{attempt.enrollment_id}:{attempt.quiz_id}",
            number=attempt.number,
        )
