"""The engagement model: how many minutes of online credit a lesson or quiz can honestly hold.

A lesson's modeled minutes are its reading time at 200 words a minute, plus the time of each
activity (a written reflection as its author sets it, at most 10 minutes; each decision of a case
scenario 3 minutes; each self-check question 1 minute, at most 3 a self-check), plus the minutes of
media that has a transcript. A lesson credits at most its modeled minutes, and a trainee must spend
at least 60 % of its credit on the page before completing it. A quiz credits at most 2 minutes for
each question an attempt asks.

Plain Python, so the curriculum check (no Django) and the Wagtail models share one rule.
"""

import math
import re

WORDS_PER_MINUTE = 200
REFLECTION_MAX_MINUTES = 10
SCENARIO_MINUTES_PER_DECISION = 3
SCENARIO_DECISIONS = 2
SELF_CHECK_MINUTES_PER_QUESTION = 1
SELF_CHECK_MAX_MINUTES = 3
QUIZ_MINUTES_PER_QUESTION = 2
MIN_ENGAGED_SHARE = 0.6

_WORD_RE = re.compile(r"[A-Za-z0-9À-ÿ’'\-]+")


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text or ""))


def reflection_minutes(minutes: int) -> int:
    return max(0, min(int(minutes or 0), REFLECTION_MAX_MINUTES))


def scenario_minutes() -> int:
    return SCENARIO_MINUTES_PER_DECISION * SCENARIO_DECISIONS


def self_check_minutes(questions: int) -> int:
    return min(SELF_CHECK_MAX_MINUTES, SELF_CHECK_MINUTES_PER_QUESTION * max(0, questions))


def lesson_modeled_minutes(*, words: int, activity_minutes: int, media_minutes: int = 0) -> int:
    """Whole minutes a lesson can credit: reading + activities + transcribed media, rounded down."""
    return math.floor(words / WORDS_PER_MINUTE + activity_minutes + media_minutes)


def quiz_modeled_minutes(questions_per_attempt: int) -> int:
    return QUIZ_MINUTES_PER_QUESTION * max(0, questions_per_attempt)


def min_engaged_seconds(credit_minutes: int) -> int:
    """The least time on the page before a lesson crediting ``credit_minutes`` can be completed."""
    return math.ceil(credit_minutes * 60 * MIN_ENGAGED_SHARE)
