"""Validate the curriculum data modules.

Run from the repository root:

    python courses/curriculum/check.py

Prints per-course totals and exits with status 1 if any rule is broken.
No Django needed: the package is loaded straight from this directory.
"""

import importlib.util
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

COURSE_KEYS = {"slug", "code", "title", "required_minutes", "summary", "intro", "modules"}
MODULE_KEYS = {"slug", "title", "domain", "intro", "lessons", "quiz"}
LESSON_KEYS = {"slug", "title", "minutes", "min_engaged_minutes", "body"}
QUIZ_KEYS = {"slug", "title", "minutes", "pass_mark", "max_attempts", "shuffle", "questions"}
QUESTION_KEYS = {"prompt", "multiple", "choices", "explanation"}
DOMAIN_KEYS = {"slug", "name", "description"}
FRAMEWORK_KEYS = {"slug", "name", "board", "training_minutes", "experience_minutes", "supervision_minutes", "notes", "requirements"}
REQUIREMENT_KEYS = {"label", "minutes"}
REQUIREMENT_TARGETS = {"domain", "course_code"}
EXPECTED_DOMAINS = [
    "advocacy",
    "mentoring-education",
    "recovery-wellness-support",
    "ethical-responsibility",
]
EXPECTED_COURSES = {
    "recovery-coach-training": ("RC30", "Recovery Coach Training", 1800),
    "ethics-for-recovery-coaches": ("ETH15", "Ethics for Recovery Coaches", 900),
    "medication-assisted-treatment": ("MAT4", "Medication-Assisted Treatment (MAT)", 240),
}
ALLOWED_TAGS = {"h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a"}
TONES = {"info", "warning", "tip"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_WORDS, MAX_WORDS = 150, 350
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
    return len(re.findall(r"[A-Za-z0-9’'\-]+", text))


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


def check_body(where, body):
    if not isinstance(body, list) or not body:
        err(where, "body must be a non-empty list")
        return
    text = []
    has_rich = False
    for i, block in enumerate(body):
        bw = f"{where} block {i}"
        if not (isinstance(block, tuple) and len(block) == 2):
            err(bw, "block must be a (type, value) tuple")
            continue
        kind, value = block
        if kind == "rich_text":
            has_rich = True
            text.append(check_html(bw, value))
        elif kind == "callout":
            if check_keys(bw, value, {"title", "text", "tone"}):
                text.append(check_plain(bw + " title", value["title"]))
                check_len(bw + " title", value["title"], MAX_CALLOUT_TITLE)
                text.append(check_plain(bw + " text", value["text"]))
                if value["tone"] not in TONES:
                    err(bw, f"bad tone {value['tone']!r}")
        elif kind == "reflection":
            if check_keys(bw, value, {"prompt"}):
                text.append(check_plain(bw + " prompt", value["prompt"]))
        else:
            err(bw, f"unknown block type {kind!r}")
    if not has_rich:
        err(where, "needs at least one rich_text block")
    joined = " ".join(text)
    scan_text(where, joined)
    n = words(joined)
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(where, f"body has {n} words (want {MIN_WORDS}-{MAX_WORDS})")
    return n


def check_quiz(where, quiz, module_domain, number):
    if not check_keys(where, quiz, QUIZ_KEYS, {"domain"}):
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
    if not isinstance(questions, list) or not 4 <= len(questions) <= 5:
        err(where, "needs 4 to 5 questions")
        questions = questions if isinstance(questions, list) else []
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


def check_course(course):
    where = f"course {course.get('slug', '?')}"
    if not check_keys(where, course, COURSE_KEYS):
        return
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

    total = 0
    n_lessons = n_quizzes = n_questions = 0
    course_multi = False
    by_domain = {d: 0 for d in EXPECTED_DOMAINS}
    module_slugs = set()
    word_counts = []
    for mi, module in enumerate(course["modules"], start=1):
        mw = f"{where} module {mi} ({module.get('slug', '?')})"
        if not check_keys(mw, module, MODULE_KEYS):
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
        child_slugs = set()
        module_total = 0
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
            eng = lesson["min_engaged_minutes"]
            lo, hi = max(1, minutes // 4), max(1, -(-minutes // 2))
            if not isinstance(eng, int) or not lo <= eng <= hi:
                err(lw, f"min_engaged_minutes {eng!r} should be about a third of {minutes} ({lo}-{hi})")
            wc = check_body(lw, lesson["body"])
            if wc:
                word_counts.append(wc)
            module_total += minutes
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
            course_multi = course_multi or multi
            module_total += qmin
            if isinstance(quiz, dict):
                qdomain = quiz.get("domain", mdomain)
                by_domain[qdomain] = by_domain.get(qdomain, 0) + qmin
            n_quizzes += 1
            n_questions += nq
        total += module_total
        print(f"  {mi:2}. {module['title'][:60]:<60} {module_total:4} min ({module_total / 60:.2f} h)")
    if not course_multi:
        err(where, "needs at least one multiple-select question")
    if total != course["required_minutes"]:
        err(where, f"total {total} min != required_minutes {course['required_minutes']}")
    print(
        f"{course['code']}: {len(course['modules'])} modules, {n_lessons} lessons, "
        f"{n_quizzes} quizzes ({n_questions} questions), total {total} min "
        f"= {total / 60:.1f} h (required {course['required_minutes']})"
    )
    if word_counts:
        print(f"  lesson words: min {min(word_counts)}, max {max(word_counts)}, "
              f"total {sum(word_counts)}")
    print("  by domain: " + ", ".join(f"{d} {m} min" for d, m in by_domain.items() if m))
    print()


def check_frameworks(frameworks, course_codes):
    """Credential frameworks: field limits, known domains and course codes, consistent minutes."""
    if not isinstance(frameworks, list) or not frameworks:
        err("FRAMEWORKS", "must be a non-empty list")
        return
    slugs = set()
    for fw in frameworks:
        where = f"framework {fw.get('slug', '?') if isinstance(fw, dict) else '?'}"
        if not check_keys(where, fw, FRAMEWORK_KEYS):
            continue
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
    try:
        pkg = load_package()
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
    for course in courses:
        check_course(course)

    check_frameworks(
        getattr(pkg, "FRAMEWORKS", None), {c.get("code") for c in courses if isinstance(c, dict)}
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
