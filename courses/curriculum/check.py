"""Validate the curriculum data modules.

Run from the repository root:

    python courses/curriculum/check.py

Prints per-course totals and exits with status 1 if any rule is broken.
No Django needed: the package is loaded straight from this directory.
"""

import importlib.util
import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

COURSE_KEYS = {"slug", "code", "title", "required_minutes", "summary", "intro", "modules"}
COURSE_OPTIONAL = {"sources"}
MODULE_KEYS = {"slug", "title", "domain", "intro", "minutes", "lessons", "quiz"}
LESSON_KEYS = {"slug", "title", "minutes", "body"}
QUIZ_KEYS = {"slug", "title", "minutes", "pass_mark", "max_attempts", "shuffle", "questions"}
QUESTION_KEYS = {"prompt", "multiple", "choices", "explanation"}
DOMAIN_KEYS = {"slug", "name", "description"}
FRAMEWORK_KEYS = {
    "slug", "family", "version", "effective_from", "name", "board", "source_title", "source_url",
    "training_minutes", "experience_minutes", "supervision_minutes", "notes", "requirements",
}
FRAMEWORK_OPTIONAL = {"credential", "unconfirmed", "renewal_months", "renewal_minutes", "renewal"}
REQUIREMENT_KEYS = {"label", "minutes"}
REQUIREMENT_TARGETS = {"domain", "course_code"}
EXPECTED_DOMAINS = [
    "advocacy",
    "mentoring-education",
    "recovery-wellness-support",
    "ethical-responsibility",
    "harm-reduction",
]
EXPECTED_COURSES = {
    "recovery-coach-training": ("RC30", "Recovery Coach Training", 1800),
    "ethics-for-recovery-coaches": ("ETH15", "Ethics for Recovery Coaches", 900),
    "medication-assisted-treatment": ("MAT4", "Medication-Assisted Treatment (MAT)", 240),
}
ALLOWED_TAGS = {"h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a"}
TONES = {"info", "warning", "tip"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_WORDS = 150
# Reading level (Flesch-Kincaid grade of a lesson's reading text, measured with textstat).
MAX_GRADE_LESSON, MAX_GRADE_COURSE = 11.0, 9.0
# Courses written to depth, and the minutes each credits online. They are also held to the reading
# level, the share of reading in their online minutes, a sources list, a facilitator guide for every
# module and quizzes drawn from a pool.
ONLINE_TARGETS = {"RC30": 600, "ETH15": 360, "MAT4": 240}
GUIDE_KEYS = {"objectives", "agenda", "handouts"}
SEGMENT_KEYS = {"title", "minutes", "method", "description", "materials"}
METHOD_KEYS = {
    "presentation": set(),
    "demonstration": set(),
    "small_group": set(),
    "teach_back": set(),
    "discussion": {"questions"},
    "role_play": {"roles", "script", "observer_checklist"},
}
INTERACTIVE_METHODS = {"discussion", "role_play", "small_group", "teach_back", "demonstration"}
HANDOUT_KEYS = {"title", "text"}
REFLECTION_KEYS = {"prompt", "min_words", "minutes"}
SCENARIO_KEYS = {"title", "situation", "question", "choices", "follow_up"}
SCENARIO_CHOICE_KEYS = {"text", "feedback", "best", "next"}
FOLLOW_UP_KEYS = {"question", "choices"}
FOLLOW_UP_CHOICE_KEYS = {"text", "feedback", "best"}
SELF_CHECK_QUESTION_KEYS = {"prompt", "choices", "explanation"}
# Field limits of the Django/Wagtail models and blocks that load this data.
MAX_TITLE = MAX_SLUG = 255  # Wagtail Page.title / Page.slug
MAX_SUMMARY = 500  # CoursePage.summary
MAX_CALLOUT_TITLE = 120  # CalloutBlock.title
MAX_CHOICE = 300  # quiz ChoiceBlock.text
MAX_FRAMEWORK_SLUG = 50  # CredentialFramework.slug (SlugField)
MAX_FRAMEWORK_NAME = MAX_BOARD = MAX_REQUIREMENT_LABEL = 150
MAX_COURSE_CODE = 20  # FrameworkRequirement.course_code

# Text checks (applied after removing quoted passages, so a lesson on language
# may still quote the words it teaches people to avoid).
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
BANNED = [
    (re.compile(r"\baddicts?\b", re.I), "stigmatizing term 'addict' (use person-first language)"),
    (re.compile(r"\b(abuser|junkie|dope ?fiend)s?\b", re.I), "stigmatizing term"),
    (re.compile(r"https?://|www\.", re.I), "external URL"),
    (re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b"), "phone number"),
    (re.compile(r"\d+(?:\.\d+)?\s?%|\bper ?cent\b", re.I), "statistic (percentages are not allowed)"),
]
SEED_NAMES = ["CAP Medical", "Ashley", "Bleuler", "Forest Hills", "Ginter", "MAR NOW", "NCADD"]

errors = []
engagement = None  # courses/curriculum/engagement.py, loaded with the package by main()


def err(where, msg):
    errors.append(f"{where}: {msg}")


class TagChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad = []
        self.text = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.bad.append(f"tag <{tag}> not allowed")
        for name, _ in attrs:
            if not (tag == "a" and name == "href"):
                self.bad.append(f"attribute {name!r} on <{tag}> not allowed")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.bad.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check_html(where, html):
    if not isinstance(html, str) or not html.strip():
        err(where, "HTML must be a non-empty string")
        return ""
    parser = TagChecker()
    parser.feed(html)
    parser.close()
    for b in parser.bad:
        err(where, b)
    if parser.stack:
        err(where, f"unclosed tags {parser.stack}")
    if not html.lstrip().startswith("<"):
        err(where, "HTML must start with a block tag")
    return " ".join(parser.text)


def check_plain(where, text, *, required=True):
    if not isinstance(text, str) or (required and not text.strip()):
        err(where, "must be a non-empty string")
        return ""
    if "<" in text or ">" in text:
        err(where, "plain text must not contain markup")
    return text


def scan_text(where, text):
    unquoted = QUOTED_RE.sub(" ", text)
    for pattern, label in BANNED:
        m = pattern.search(unquoted)
        if m:
            err(where, f"{label}: {m.group(0)!r}")
    for name in SEED_NAMES:
        if name.lower() in text.lower():
            err(where, f"name copied from a seed document: {name!r}")


def words(text):
    return engagement.count_words(text)


def check_slug(where, slug):
    if not isinstance(slug, str) or not SLUG_RE.match(slug) or len(slug) > MAX_SLUG:
        err(where, f"bad slug {slug!r}")


def check_len(where, text, limit):
    if isinstance(text, str) and len(text) > limit:
        err(where, f"{len(text)} characters (limit {limit})")


def check_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(where, "must be a dict")
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    if missing:
        err(where, f"missing keys {sorted(missing)}")
    if extra:
        err(where, f"unexpected keys {sorted(extra)}")
    return not missing


def check_domain_override(where, obj, module_domain):
    if "domain" in obj:
        if obj["domain"] not in EXPECTED_DOMAINS:
            err(where, f"unknown domain {obj['domain']!r}")
        elif obj["domain"] == module_domain:
            err(where, "domain given but equals the module's (omit it)")
        return obj["domain"]
    return module_domain


def check_minutes(where, value):
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        err(where, f"minutes must be a positive int, got {value!r}")
        return 0
    return value


class Lesson:
    """What ``check_body`` measured of one lesson."""

    def __init__(self):
        self.reading = []  # rich text and callouts: what is read (and graded for reading level)
        self.words = 0
        self.activity_minutes = 0
        self.activities = 0


def check_choice_list(where, choices, keys, *, lo=3, hi=4):
    """Scenario choices: dicts with exactly one ``best``; returns their texts for the scans."""
    texts = []
    if not isinstance(choices, list) or not lo <= len(choices) <= hi:
        err(where, f"needs {lo} to {hi} choices")
        return texts
    for ci, choice in enumerate(choices, start=1):
        cw = f"{where} choice {ci}"
        if not check_keys(cw, choice, keys):
            continue
        check_len(cw, check_plain(cw + " text", choice["text"]), MAX_CHOICE)
        texts += [choice["text"], check_plain(cw + " feedback", choice["feedback"])]
        if "next" in keys:
            texts.append(check_plain(cw + " next", choice["next"]))
        if not isinstance(choice["best"], bool):
            err(cw, "best must be a bool")
    if sum(1 for c in choices if isinstance(c, dict) and c.get("best") is True) != 1:
        err(where, "exactly one choice must be the best")
    return texts


def check_single_answer_question(where, q, keys):
    """A practice or quiz question with (text, bool) choices; returns its text."""
    if not check_keys(where, q, keys):
        return ""
    text = [check_plain(where + " prompt", q["prompt"]), check_plain(where + " explanation", q["explanation"])]
    choices = q["choices"]
    if not isinstance(choices, list) or not 3 <= len(choices) <= 5:
        err(where, "needs 3 to 5 choices")
        return " ".join(text)
    for c in choices:
        if not (isinstance(c, tuple) and len(c) == 2 and isinstance(c[1], bool)):
            err(where, f"choice must be (text, bool): {c!r}")
            continue
        check_len(where + " choice", check_plain(where + " choice", c[0]), MAX_CHOICE)
        text.append(c[0])
    if len({c[0] for c in choices if isinstance(c, tuple)}) != len(choices):
        err(where, "duplicate choice")
    return " ".join(text)


def check_body(where, body):
    """Block types, markup and wording of a lesson body; returns what the engagement model needs."""
    lesson = Lesson()
    if not isinstance(body, list) or not body:
        err(where, "body must be a non-empty list")
        return lesson
    activity_text = []
    has_rich = False
    for i, block in enumerate(body):
        bw = f"{where} block {i}"
        if not (isinstance(block, tuple) and len(block) == 2):
            err(bw, "block must be a (type, value) tuple")
            continue
        kind, value = block
        if kind == "rich_text":
            has_rich = True
            lesson.reading.append(check_html(bw, value))
        elif kind == "callout":
            if check_keys(bw, value, {"title", "text", "tone"}):
                check_len(bw + " title", value["title"], MAX_CALLOUT_TITLE)
                lesson.reading.append(check_plain(bw + " title", value["title"]) + ".")
                lesson.reading.append(check_plain(bw + " text", value["text"]))
                if value["tone"] not in TONES:
                    err(bw, f"bad tone {value['tone']!r}")
        elif kind == "reflection":
            if check_keys(bw, value, REFLECTION_KEYS):
                activity_text.append(check_plain(bw + " prompt", value["prompt"]))
                minutes = value["minutes"]
                if not isinstance(minutes, int) or not 1 <= minutes <= engagement.REFLECTION_MAX_MINUTES:
                    err(bw, f"reflection minutes must be 1-{engagement.REFLECTION_MAX_MINUTES}, got {minutes!r}")
                else:
                    lesson.activity_minutes += engagement.reflection_minutes(minutes)
                if not isinstance(value["min_words"], int) or not 10 <= value["min_words"] <= 200:
                    err(bw, "min_words must be 10-200")
                lesson.activities += 1
        elif kind == "scenario":
            if check_keys(bw, value, SCENARIO_KEYS):
                check_len(bw + " title", check_plain(bw + " title", value["title"]), MAX_CALLOUT_TITLE)
                activity_text += [value["title"], check_plain(bw + " situation", value["situation"])]
                activity_text.append(check_plain(bw + " question", value["question"]))
                activity_text += check_choice_list(bw, value["choices"], SCENARIO_CHOICE_KEYS)
                follow = value["follow_up"]
                if check_keys(bw + " follow_up", follow, FOLLOW_UP_KEYS):
                    activity_text.append(check_plain(bw + " follow_up question", follow["question"]))
                    activity_text += check_choice_list(bw + " follow_up", follow["choices"], FOLLOW_UP_CHOICE_KEYS)
                lesson.activity_minutes += engagement.scenario_minutes()
                lesson.activities += 1
        elif kind == "self_check":
            if check_keys(bw, value, {"questions"}):
                questions = value["questions"]
                if not isinstance(questions, list) or not 1 <= len(questions) <= 3:
                    err(bw, "a self-check has 1 to 3 questions")
                    questions = []
                for qi, q in enumerate(questions, start=1):
                    qw = f"{bw} q{qi}"
                    activity_text.append(check_single_answer_question(qw, q, SELF_CHECK_QUESTION_KEYS))
                    if isinstance(q, dict) and sum(1 for c in q.get("choices", ()) if isinstance(c, tuple) and c[1:] == (True,)) != 1:
                        err(qw, "a self-check question has exactly one right answer")
                lesson.activity_minutes += engagement.self_check_minutes(len(questions))
                lesson.activities += 1
        else:
            err(bw, f"unknown block type {kind!r}")
    if not has_rich:
        err(where, "needs at least one rich_text block")
    reading = " ".join(lesson.reading)
    scan_text(where, reading + " " + " ".join(activity_text))
    lesson.words = words(reading)
    if lesson.words < MIN_WORDS:
        err(where, f"body has {lesson.words} words of reading (want at least {MIN_WORDS})")
    return lesson


def reading_grade(text):
    """Flesch-Kincaid grade of ``text`` (textstat, a development dependency)."""
    import textstat

    return textstat.flesch_kincaid_grade(text)


def check_quiz(where, quiz, module_domain, number):
    if not check_keys(where, quiz, QUIZ_KEYS, {"domain", "draw"}):
        return 0, 0, False
    check_slug(where, quiz["slug"])
    check_domain_override(where, quiz, module_domain)
    title = check_plain(where + " title", quiz["title"])
    check_len(where + " title", title, MAX_TITLE)
    if not title.startswith(f"Module {number} check: "):
        err(where, f"title must start with 'Module {number} check: '")
    minutes = check_minutes(where, quiz["minutes"])
    if quiz["pass_mark"] != 80:
        err(where, "pass_mark must be 80")
    if quiz["max_attempts"] != 3:
        err(where, "max_attempts must be 3")
    if quiz["shuffle"] is not True:
        err(where, "shuffle must be True")
    questions = quiz["questions"]
    if not isinstance(questions, list):
        err(where, "questions must be a list")
        questions = []
    draw = quiz.get("draw")
    if draw is None:
        if not 4 <= len(questions) <= 5:
            err(where, "needs 4 to 5 questions (or a pool and a draw)")
        asked = len(questions)
    else:
        if not isinstance(draw, int) or not 4 <= draw <= 10:
            err(where, f"draw must be 4-10 questions, got {draw!r}")
            draw = 4
        if not draw + 3 <= len(questions) <= 30:
            err(where, f"a pool drawing {draw} needs {draw + 3} to 30 questions, has {len(questions)}")
        asked = draw
    modeled = engagement.quiz_modeled_minutes(asked)
    if minutes > modeled:
        err(where, f"credits {minutes} min, more than its modeled {modeled} min ({asked} questions asked)")
    has_multi = False
    prompts = set()
    for qi, q in enumerate(questions):
        qw = f"{where} q{qi + 1}"
        if not check_keys(qw, q, QUESTION_KEYS):
            continue
        prompt = check_plain(qw + " prompt", q["prompt"])
        if prompt in prompts:
            err(qw, "duplicate prompt")
        prompts.add(prompt)
        scan_text(qw, prompt + " " + str(q["explanation"]))
        check_plain(qw + " explanation", q["explanation"])
        if not isinstance(q["multiple"], bool):
            err(qw, "multiple must be a bool")
        choices = q["choices"]
        if not isinstance(choices, list) or not 3 <= len(choices) <= 5:
            err(qw, "needs 3 to 5 choices")
            continue
        texts = set()
        for c in choices:
            if not (isinstance(c, tuple) and len(c) == 2 and isinstance(c[1], bool)):
                err(qw, f"choice must be (text, bool): {c!r}")
                continue
            check_plain(qw + " choice", c[0])
            check_len(qw + " choice", c[0], MAX_CHOICE)
            scan_text(qw + " choice", c[0])
            if c[0] in texts:
                err(qw, f"duplicate choice {c[0]!r}")
            texts.add(c[0])
        n_true = sum(1 for c in choices if isinstance(c, tuple) and len(c) == 2 and c[1] is True)
        if q["multiple"] is True:
            has_multi = True
            if n_true < 1 or n_true == len(choices):
                err(qw, "multi-select needs at least one true and one false choice")
        elif n_true != 1:
            err(qw, f"single-select needs exactly one true choice, has {n_true}")
    return minutes, len(questions), has_multi


def check_plain_list(where, items, lo):
    if not isinstance(items, list) or len(items) < lo:
        err(where, f"needs at least {lo} items")
        return []
    return [check_plain(f"{where} {i}", item) for i, item in enumerate(items, start=1)]


def check_guide(where, guide, module_minutes, module_domain):
    """A module's facilitator guide: objectives, a timed agenda that fills the module's minutes
    (each segment with its method and what that method needs, and optionally the domain it
    credits), handouts. Returns the agenda's minutes by domain."""
    by_domain = {}
    if not check_keys(where, guide, GUIDE_KEYS):
        return by_domain
    text = check_plain_list(where + " objectives", guide["objectives"], 2)
    agenda = guide["agenda"]
    if not isinstance(agenda, list) or not agenda:
        err(where, "needs an agenda")
        return by_domain
    total = 0
    methods = set()
    for si, segment in enumerate(agenda, start=1):
        sw = f"{where} segment {si}"
        method = segment.get("method") if isinstance(segment, dict) else None
        if method not in METHOD_KEYS:
            err(sw, f"method must be one of {sorted(METHOD_KEYS)}, got {method!r}")
            continue
        if not check_keys(sw, segment, SEGMENT_KEYS | METHOD_KEYS[method], {"domain"}):
            continue
        domain = segment.get("domain", module_domain)
        if domain not in EXPECTED_DOMAINS:
            err(sw, f"unknown domain {domain!r}")
        methods.add(method)
        check_len(sw + " title", check_plain(sw + " title", segment["title"]), MAX_TITLE)
        minutes = check_minutes(sw, segment["minutes"])
        total += minutes
        by_domain[domain] = by_domain.get(domain, 0) + minutes
        text.append(check_plain(sw + " description", segment["description"]))
        text += check_plain_list(sw + " materials", segment["materials"], 0)
        if method == "discussion":
            text += check_plain_list(sw + " questions", segment["questions"], 2)
        if method == "role_play":
            text += check_plain_list(sw + " roles", segment["roles"], 2)
            text.append(check_plain(sw + " script", segment["script"]))
            text += check_plain_list(sw + " observer_checklist", segment["observer_checklist"], 3)
    if total != module_minutes:
        err(where, f"agenda adds up to {total} min, not the module's {module_minutes}")
    if not methods & INTERACTIVE_METHODS:
        err(where, "needs at least one segment where participants practise or discuss")
    handouts = guide["handouts"]
    if not isinstance(handouts, list):
        err(where, "handouts must be a list")
        handouts = []
    for hi, handout in enumerate(handouts, start=1):
        hw = f"{where} handout {hi}"
        if check_keys(hw, handout, HANDOUT_KEYS):
            check_len(hw + " title", check_plain(hw + " title", handout["title"]), MAX_TITLE)
            text.append(check_plain(hw + " text", handout["text"]))
    scan_text(where, " ".join(text))
    return by_domain


def check_course(course):
    where = f"course {course.get('slug', '?')}"
    if not check_keys(where, course, COURSE_KEYS, COURSE_OPTIONAL):
        return
    deep = course.get("code") in ONLINE_TARGETS
    sources = course.get("sources", [])
    if not isinstance(sources, list) or any(not isinstance(x, str) or not x.strip() for x in sources):
        err(where, "sources must be a list of citations")
    elif deep and len(sources) < 5:
        err(where, f"lists {len(sources)} sources (at least 5)")
    slug = course["slug"]
    if slug not in EXPECTED_COURSES:
        err(where, "unexpected course slug")
        return
    code, title, required = EXPECTED_COURSES[slug]
    if course["code"] != code:
        err(where, f"code must be {code}")
    if course["title"] != title:
        err(where, f"title must be {title!r}")
    if course["required_minutes"] != required:
        err(where, f"required_minutes must be {required}")
    scan_text(where + " summary", check_plain(where + " summary", course["summary"]))
    check_len(where + " summary", course["summary"], MAX_SUMMARY)
    scan_text(where + " intro", check_html(where + " intro", course["intro"]))

    live_total = online_total = reading_minutes = activity_minutes = guide_total = 0
    n_lessons = n_quizzes = n_questions = n_activities = 0
    course_multi = False
    by_domain = {d: 0 for d in EXPECTED_DOMAINS}
    live_by_domain = {d: 0 for d in EXPECTED_DOMAINS}
    module_slugs = set()
    word_counts, grades = [], []
    for mi, module in enumerate(course["modules"], start=1):
        mw = f"{where} module {mi} ({module.get('slug', '?')})"
        if not check_keys(mw, module, MODULE_KEYS, {"sources", "guide"}):
            continue
        check_slug(mw, module["slug"])
        if module["slug"] in module_slugs:
            err(mw, "duplicate module slug")
        module_slugs.add(module["slug"])
        check_len(mw + " title", check_plain(mw + " title", module["title"]), MAX_TITLE)
        scan_text(mw + " intro", check_plain(mw + " intro", module["intro"]))
        mdomain = module["domain"]
        if mdomain not in EXPECTED_DOMAINS:
            err(mw, f"unknown domain {mdomain!r}")
        live = check_minutes(mw + " minutes", module["minutes"])
        if "guide" in module:
            guide_split = check_guide(mw + " guide", module["guide"], live, mdomain)
            guide_total += sum(guide_split.values())
        else:
            guide_split = {mdomain: live}
            if deep:
                err(mw, "needs a facilitator guide")
        for d, m in guide_split.items():
            live_by_domain[d] = live_by_domain.get(d, 0) + m
        child_slugs = set()
        module_online = 0
        lessons = module["lessons"]
        if not isinstance(lessons, list) or not lessons:
            err(mw, "needs lessons")
            lessons = []
        for li, lesson in enumerate(lessons, start=1):
            lw = f"{mw} lesson {li} ({lesson.get('slug', '?')})"
            if not check_keys(lw, lesson, LESSON_KEYS, {"domain"}):
                continue
            check_slug(lw, lesson["slug"])
            if lesson["slug"] in child_slugs:
                err(lw, "duplicate slug within module")
            child_slugs.add(lesson["slug"])
            check_len(lw + " title", check_plain(lw + " title", lesson["title"]), MAX_TITLE)
            domain = check_domain_override(lw, lesson, mdomain)
            minutes = check_minutes(lw, lesson["minutes"])
            measured = check_body(lw, lesson["body"])
            modeled = engagement.lesson_modeled_minutes(words=measured.words, activity_minutes=measured.activity_minutes)
            if minutes > modeled:
                err(
                    lw,
                    f"credits {minutes} min, more than its modeled {modeled} min "
                    f"({measured.words} words, {measured.activity_minutes} activity min)",
                )
            grade = reading_grade(" ".join(measured.reading))
            if grade is not None:
                grades.append(grade)
                if deep and grade > MAX_GRADE_LESSON:
                    err(lw, f"reading level is grade {grade:.1f} (at most {MAX_GRADE_LESSON:g})")
            word_counts.append(measured.words)
            # The credit is read first, then the activities fill what reading does not.
            reading_minutes += min(minutes, measured.words / engagement.WORDS_PER_MINUTE)
            activity_minutes += max(0, minutes - measured.words / engagement.WORDS_PER_MINUTE)
            n_activities += measured.activities
            module_online += minutes
            by_domain[domain] = by_domain.get(domain, 0) + minutes
            n_lessons += 1
        qw = f"{mw} quiz"
        quiz = module.get("quiz")
        if quiz is None:
            err(mw, "every module must end in a quiz")
        else:
            if quiz.get("slug") in child_slugs:
                err(qw, "quiz slug clashes with a lesson slug")
            qmin, nq, multi = check_quiz(qw, quiz, mdomain, mi)
            if deep and isinstance(quiz, dict) and "draw" not in quiz:
                err(qw, "draws each attempt from a pool of questions (give a draw)")
            course_multi = course_multi or multi
            module_online += qmin
            activity_minutes += qmin
            if isinstance(quiz, dict):
                qdomain = quiz.get("domain", mdomain)
                by_domain[qdomain] = by_domain.get(qdomain, 0) + qmin
            n_quizzes += 1
            n_questions += nq
        if module_online > live:
            err(mw, f"credits {module_online} min online, more than the module's {live} min")
        live_total += live
        online_total += module_online
        print(f"  {mi:2}. {module['title'][:56]:<56} live {live:4} min, online {module_online:4} min")
    if not course_multi:
        err(where, "needs at least one multiple-select question")
    if live_total != course["required_minutes"]:
        err(where, f"modules add up to {live_total} min, not required_minutes {course['required_minutes']}")
    if deep and activity_minutes > online_total / 2:
        err(where, f"{activity_minutes:.0f} of {online_total} online minutes come from activities and quizzes (at most half)")
    target = ONLINE_TARGETS.get(course["code"])
    if target and online_total < target:
        err(where, f"credits {online_total} min online, less than its {target} min")
    if deep and grades and sum(grades) / len(grades) > MAX_GRADE_COURSE:
        err(where, f"average reading level is grade {sum(grades) / len(grades):.1f} (at most {MAX_GRADE_COURSE:g})")
    print(
        f"{course['code']}: {len(course['modules'])} modules, {n_lessons} lessons, {n_activities} activities, "
        f"{n_quizzes} quizzes ({n_questions} questions); live {live_total} min = {live_total / 60:.1f} h "
        f"(required {course['required_minutes']}); online {online_total} min = {online_total / 60:.1f} h "
        f"(reading {reading_minutes:.0f} min, activities and quizzes {activity_minutes:.0f} min); "
        f"facilitator guides {guide_total} min"
    )
    if word_counts:
        print(f"  lesson words: min {min(word_counts)}, max {max(word_counts)}, total {sum(word_counts)}")
    if grades:
        print(f"  reading level: average grade {sum(grades) / len(grades):.1f}, highest {max(grades):.1f}")
    print("  online by domain: " + ", ".join(f"{d} {m} min" for d, m in by_domain.items() if m))
    print("  live by domain: " + ", ".join(f"{d} {m} min" for d, m in live_by_domain.items() if m))
    print()
    return live_by_domain


def check_source(where, fw):
    """A framework version names its board's document, its date and its renewal rules consistently."""
    if not str(fw["source_url"]).startswith("https://"):
        err(where, "source_url must be an https:// address of the board's document")
    check_plain(where + " source_title", fw["source_title"])
    try:
        if fw["effective_from"] is not None:  # None: the source shows no date (say so in "unconfirmed")
            date.fromisoformat(fw["effective_from"])
    except (TypeError, ValueError):
        err(where, f"effective_from must be an ISO date or None, got {fw['effective_from']!r}")
    if fw["effective_from"] is None and not fw.get("unconfirmed"):
        err(where, "effective_from is None: say in unconfirmed that the source shows no date")
    months, minutes = fw.get("renewal_months"), fw.get("renewal_minutes", 0)
    if months is not None and (not isinstance(months, int) or not 1 <= months <= 120):
        err(where, f"renewal_months must be 1..120 or absent, got {months!r}")
    if minutes and not months:
        err(where, "renewal_minutes without renewal_months")
    for ri, req in enumerate(fw.get("renewal", []), start=1):
        rw = f"{where} renewal {ri}"
        if check_keys(rw, req, REQUIREMENT_KEYS, REQUIREMENT_TARGETS):
            if check_minutes(rw, req["minutes"]) > minutes:
                err(rw, "needs more minutes than the whole renewal cycle")
            if "domain" in req and req["domain"] not in EXPECTED_DOMAINS:
                err(rw, f"unknown domain {req['domain']!r}")


def check_frameworks(frameworks, course_codes, live_by_domain):
    """Credential frameworks: field limits, known domains and course codes, consistent minutes, and
    every domain requirement met by the three trainings taken whole (live minutes by domain)."""
    if not isinstance(frameworks, list) or not frameworks:
        err("FRAMEWORKS", "must be a non-empty list")
        return
    slugs = set()
    for fw in frameworks:
        where = f"framework {fw.get('slug', '?') if isinstance(fw, dict) else '?'}"
        if not check_keys(where, fw, FRAMEWORK_KEYS, FRAMEWORK_OPTIONAL):
            continue
        check_source(where, fw)
        check_slug(where, fw["slug"])
        check_len(where + " slug", fw["slug"], MAX_FRAMEWORK_SLUG)
        if fw["slug"] in slugs:
            err(where, "duplicate framework slug")
        slugs.add(fw["slug"])
        check_len(where + " name", check_plain(where + " name", fw["name"]), MAX_FRAMEWORK_NAME)
        check_len(where + " board", check_plain(where + " board", fw["board"]), MAX_BOARD)
        check_plain(where + " notes", fw["notes"], required=False)
        training = check_minutes(where + " training_minutes", fw["training_minutes"])
        for key in ("experience_minutes", "supervision_minutes"):
            value = fw[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                err(where, f"{key} must be an int >= 0, got {value!r}")
        requirements = fw["requirements"]
        if not isinstance(requirements, list):
            err(where, "requirements must be a list")
            continue
        labels = set()
        domain_total = 0
        for ri, req in enumerate(requirements, start=1):
            rw = f"{where} requirement {ri}"
            if not check_keys(rw, req, REQUIREMENT_KEYS, REQUIREMENT_TARGETS):
                continue
            label = check_plain(rw + " label", req["label"])
            check_len(rw + " label", label, MAX_REQUIREMENT_LABEL)
            if label in labels:
                err(rw, f"duplicate label {label!r}")
            labels.add(label)
            minutes = check_minutes(rw, req["minutes"])
            if minutes > training:
                err(rw, "needs more minutes than the framework's whole training")
            if not REQUIREMENT_TARGETS & set(req):
                err(rw, "needs a domain or a course_code")
            if "domain" in req:
                if req["domain"] not in EXPECTED_DOMAINS:
                    err(rw, f"unknown domain {req['domain']!r}")
                elif "course_code" not in req:
                    domain_total += minutes
                    if live_by_domain.get(req["domain"], 0) < minutes:
                        err(
                            rw,
                            f"the trainings credit {live_by_domain.get(req['domain'], 0)} min of "
                            f"{req['domain']}, less than the {minutes} min it asks for",
                        )
            if "course_code" in req:
                check_len(rw + " course_code", req["course_code"], MAX_COURSE_CODE)
                if req["course_code"] not in course_codes:
                    err(rw, f"unknown course code {req['course_code']!r}")
        # Domain-only requirements are disjoint, so together they cannot exceed the total.
        if domain_total > training:
            err(where, f"domain requirements add up to {domain_total} min, more than training_minutes {training}")
        print(
            f"{fw['slug']}: training {training / 60:.1f} h ("
            + ", ".join(f"{r.get('label')} {r.get('minutes', 0) / 60:.1f} h" for r in requirements if isinstance(r, dict))
            + f"), experience {fw['experience_minutes'] / 60:.1f} h, supervision {fw['supervision_minutes'] / 60:.1f} h"
        )


def load_package():
    spec = importlib.util.spec_from_file_location(
        "curriculum", HERE / "__init__.py", submodule_search_locations=[str(HERE)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["curriculum"] = module
    spec.loader.exec_module(module)
    return module


def main():
    global engagement
    try:
        pkg = load_package()
        engagement = importlib.import_module("curriculum.engagement")
    except Exception as exc:  # noqa: BLE001 - report any import failure
        print(f"FAIL: cannot import curriculum: {exc!r}")
        return 1
    if any("django" in name or "wagtail" in name for name in sys.modules):
        err("package", "curriculum must not import Django or Wagtail")

    domains = getattr(pkg, "DOMAINS", None)
    if not isinstance(domains, list):
        err("DOMAINS", "must be a list")
        domains = []
    for d in domains:
        if check_keys(f"domain {d!r:.40}", d, DOMAIN_KEYS):
            check_plain(f"domain {d['slug']} name", d["name"])
            check_plain(f"domain {d['slug']} description", d["description"])
    if [d.get("slug") for d in domains if isinstance(d, dict)] != EXPECTED_DOMAINS:
        err("DOMAINS", f"slugs must be {EXPECTED_DOMAINS} in that order")

    courses = getattr(pkg, "COURSES", None)
    if not isinstance(courses, list) or len(courses) != 3:
        err("COURSES", "must be a list of three courses")
        courses = courses if isinstance(courses, list) else []
    if [c.get("code") for c in courses] != ["RC30", "ETH15", "MAT4"]:
        err("COURSES", "must be [RECOVERY_COACH, ETHICS, MAT] in that order")
    live_by_domain = {}
    for course in courses:
        for domain, minutes in (check_course(course) or {}).items():
            live_by_domain[domain] = live_by_domain.get(domain, 0) + minutes
    print("all courses live by domain: " + ", ".join(f"{d} {m / 60:.1f} h" for d, m in live_by_domain.items()))

    check_frameworks(
        getattr(pkg, "FRAMEWORKS", None), {c.get("code") for c in courses if isinstance(c, dict)}, live_by_domain
    )

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: curriculum is valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
