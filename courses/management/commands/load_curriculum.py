"""Build the standard curriculum: competency domains, the course catalog, the three trainings
and the credential frameworks they count toward.

The content lives as data in ``courses/curriculum/``. The command only adds
what is missing (a course that already exists is left exactly as editors made
it), so running it twice changes nothing. Translations (``TRANSLATIONS``) become
Wagtail translations of the same pages: the catalog and each course page, and
every module, lesson and quiz of a course translated whole. A translated page
keeps its source's slug and StreamField block ids, so answers, attempts and
hours recorded on one language's page belong to the other's too. Everything happens in one
transaction: a failure leaves the database as it was. Inside it the command
sends ``curriculum_loaded``, on which the readiness app adds the credential
frameworks (``readiness.services.frameworks_load``).
"""
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from courses.curriculum import CATALOG, COURSES, DOMAINS, TRANSLATIONS, engagement
from courses.models import CompetencyDomain, CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from courses.signals import curriculum_loaded

INDEX_SLUG = "trainings"


def _scenario_choices(choices):
    return [
        {"text": c["text"], "feedback": c["feedback"], "best": c["best"], "next": c.get("next", "")} for c in choices
    ]


def _body(blocks):
    """Curriculum data blocks as StreamField values (see ``courses.blocks``)."""
    body = []
    for block_type, value in blocks:
        if block_type == "rich_text":
            value = RichText(value)
        elif block_type == "scenario":
            value = {
                **value,
                "choices": _scenario_choices(value["choices"]),
                "follow_up": {
                    "question": value["follow_up"]["question"],
                    "choices": _scenario_choices(value["follow_up"]["choices"]),
                },
            }
        elif block_type == "self_check":
            value = {
                "questions": [
                    {
                        "prompt": q["prompt"],
                        "choices": [{"text": text, "correct": correct} for text, correct in q["choices"]],
                        "explanation": q.get("explanation", ""),
                    }
                    for q in value["questions"]
                ]
            }
        body.append((block_type, value))
    return body


def _guide(guide, domains):
    """A module's facilitator guide as the values of its three StreamFields."""
    if not guide:
        return {}
    segments = [
        {
            "title": s["title"],
            "minutes": s["minutes"],
            "method": s["method"],
            "domain": domains[s["domain"]] if s.get("domain") else None,
            "description": s["description"],
            "materials": s.get("materials", []),
            "questions": s.get("questions", []),
            "roles": s.get("roles", []),
            "script": s.get("script", ""),
            "observer_checklist": s.get("observer_checklist", []),
        }
        for s in guide["agenda"]
    ]
    return {
        "guide_objectives": [("objective", text) for text in guide["objectives"]],
        "guide_agenda": [("segment", segment) for segment in segments],
        "guide_handouts": [("handout", {"title": h["title"], "text": h["text"]}) for h in guide["handouts"]],
    }


def _questions(questions):
    return [
        (
            "question",
            {
                "prompt": q["prompt"],
                "multiple": q["multiple"],
                "choices": [{"text": text, "correct": correct} for text, correct in q["choices"]],
                "explanation": q.get("explanation", ""),
            },
        )
        for q in questions
    ]


def _same_block_ids(value, source):
    """Give the StreamField data ``value`` the block ids of ``source``, which has the same shape."""
    if isinstance(value, dict) and isinstance(source, dict):
        if "id" in source and "type" in source:
            value["id"] = source["id"]
        for key in value.keys() & source.keys() - {"id"}:
            _same_block_ids(value[key], source[key])
    elif isinstance(value, list) and isinstance(source, list):
        for item, source_item in zip(value, source):
            _same_block_ids(item, source_item)


def _twin(page, source, locale):
    """Make ``page`` (unsaved) the translation of ``source`` in ``locale``, with its block ids."""
    page.locale = locale
    page.translation_key = source.translation_key
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = field.get_prep_value(getattr(page, field.name))
            _same_block_ids(value, field.get_prep_value(getattr(source, field.name)))
            setattr(page, field.name, value)
    return page


def _course_page(data):
    return CoursePage(
        title=data["title"],
        slug=data["slug"],
        code=data["code"],
        summary=data["summary"],
        intro=data["intro"],
        required_minutes=data["required_minutes"],
        sources="\n".join(data.get("sources", ())),
    )


def _module_page(data, domains):
    return ModulePage(
        title=data["title"],
        slug=data["slug"],
        intro=data.get("intro", ""),
        default_domain=domains[data["domain"]],
        live_minutes=data["minutes"],
        **_guide(data.get("guide"), domains),
    )


def _lesson_page(data, domains):
    return LessonPage(
        title=data["title"],
        slug=data["slug"],
        credit_minutes=data["minutes"],
        domain=domains[data["domain"]] if data.get("domain") else None,
        min_engaged_seconds=engagement.min_engaged_seconds(data["minutes"]),
        body=_body(data["body"]),
    )


def _quiz_page(data, domains):
    return QuizPage(
        title=data["title"],
        slug=data["slug"],
        credit_minutes=data["minutes"],
        domain=domains[data["domain"]] if data.get("domain") else None,
        pass_mark=data.get("pass_mark", 80),
        max_attempts=data.get("max_attempts", 3),
        shuffle=data.get("shuffle", True),
        questions_per_attempt=data.get("draw", 0),
        questions=_questions(data["questions"]),
    )


def _module_children(module_data, domains):
    """A module's pages in order: its lessons, then its check."""
    return [_lesson_page(lesson, domains) for lesson in module_data["lessons"]] + [_quiz_page(module_data["quiz"], domains)]


class Command(BaseCommand):
    help = (
        "Create the competency domains, the three standard trainings, their translations and the "
        "credential frameworks (idempotent)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            domains = self._domains()
            index = self._index()
            created = [self._course(index, data, domains) for data in COURSES]
            for language, texts in TRANSLATIONS.items():
                created += self._translation(index, language, texts, domains)
            for _receiver, made in curriculum_loaded.send(sender=self.__class__, domains=domains):
                created += made
        for title, made in created:
            self.stdout.write(f"{'created' if made else 'exists '}  {title}")

    def _domains(self):
        domains = {}
        for order, data in enumerate(DOMAINS):
            domain, _ = CompetencyDomain.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "sort_order": order},
            )
            domains[domain.slug] = domain
        return domains

    def _index(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, CourseIndexPage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        index = CourseIndexPage.objects.child_of(root).filter(slug=INDEX_SLUG).first()
        if index is None:
            index = root.add_child(instance=CourseIndexPage(slug=INDEX_SLUG, **CATALOG))
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=index, is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME
            )
        else:
            site.root_page = index
            site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
            site.save(update_fields=["root_page", "site_name"])
        return index

    def _course(self, index, data, domains):
        if CoursePage.objects.child_of(index).filter(slug=data["slug"]).exists():
            return data["title"], False
        course = index.add_child(instance=_course_page(data))
        for module_data in data["modules"]:
            module = course.add_child(instance=_module_page(module_data, domains))
            for page in _module_children(module_data, domains):
                module.add_child(instance=page)
        return data["title"], True

    def _translation(self, index, language, texts, domains):
        """The catalog and the courses in ``language``, where missing; pages are matched by slug."""
        locale, _ = Locale.objects.get_or_create(language_code=language)
        made = []
        translated_index = index.get_translation_or_none(locale)
        if translated_index is None:
            translated_index = index.copy_for_translation(locale)
            translated_index.title = texts["catalog"]["title"]
            translated_index.intro = texts["catalog"]["intro"]
            translated_index.save_revision().publish()
            made.append((f"[{language}] {translated_index.title}", True))
        for data in COURSES:
            course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
            text = texts.get(data["slug"])
            if course is None or text is None or course.get_translation_or_none(locale) is not None:
                continue
            page = _course_page({**data, **text, "code": course.code, "sources": course.sources.splitlines()})
            page.required_minutes = course.required_minutes
            translated = translated_index.add_child(instance=_twin(page, course, locale))
            made.append((f"[{language}] {translated.title}", True))
            for module_data in text.get("modules", ()):
                module = ModulePage.objects.child_of(course).filter(slug=module_data["slug"]).first()
                if module is None:
                    continue  # editors changed the course: its pages are translated in Wagtail instead
                translated_module = translated.add_child(instance=_twin(_module_page(module_data, domains), module, locale))
                sources = {child.slug: child.specific for child in module.get_children()}
                for page in _module_children(module_data, domains):
                    if page.slug in sources:
                        translated_module.add_child(instance=_twin(page, sources[page.slug], locale))
        return made
