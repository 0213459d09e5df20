"""Credential frameworks the standard curriculum counts toward, as plain data.

``load_curriculum`` seeds them as ``CredentialFramework`` snippets (once; admins
may then edit them) and the readiness view compares a trainee's hours ledger
with them. Figures come from the boards' public requirements. Minutes, not hours, as everywhere else. A requirement counts
training minutes in a competency ``domain`` (a slug of ``DOMAINS``) or from
courses with a ``course_code``.
"""

HOUR = 60

ICRC_PEER_RECOVERY = {
    "slug": "icrc-peer-recovery",
    "name": "IC&RC Peer Recovery (PR)",
    "board": "International Certification & Reciprocity Consortium (IC&RC)",
    "training_minutes": 46 * HOUR,
    "experience_minutes": 500 * HOUR,
    "supervision_minutes": 25 * HOUR,
    "notes": (
        "46 training hours in the four IC&RC Peer Recovery domains, 500 hours of experience in "
        "those domains and 25 hours of supervision from a qualified supervisor. Renewal: 20 hours "
        "of continuing education every two years, 6 of them in ethics. Check your own board's "
        "current rules before applying."
    ),
    "requirements": [
        {"label": "Advocacy", "minutes": 10 * HOUR, "domain": "advocacy"},
        {"label": "Mentoring/Education", "minutes": 10 * HOUR, "domain": "mentoring-education"},
        {"label": "Recovery/Wellness Support", "minutes": 10 * HOUR, "domain": "recovery-wellness-support"},
        {"label": "Ethical Responsibility", "minutes": 16 * HOUR, "domain": "ethical-responsibility"},
    ],
}

NY_CRPA = {
    "slug": "ny-crpa",
    "name": "New York Certified Recovery Peer Advocate (CRPA)",
    "board": "New York Certification Board (NYCB)",
    "training_minutes": 50 * HOUR,
    "experience_minutes": 500 * HOUR,
    "supervision_minutes": 25 * HOUR,
    "notes": (
        "50 training hours, typically 30 of recovery coach training, 16 of ethics and 4 of "
        "Medication Supported Recovery (required since 2022); 500 hours of supervisor-verified "
        "experience and 25 hours of supervisor-attested supervision. Renewal: 28 hours of "
        "continuing education, 4 of them in ethics. Check your own board's current rules before "
        "applying."
    ),
    "requirements": [
        {"label": "Ethics", "minutes": 16 * HOUR, "domain": "ethical-responsibility"},
        {"label": "Medication Supported Recovery", "minutes": 4 * HOUR, "course_code": "MAT4"},
    ],
}

FRAMEWORKS = [ICRC_PEER_RECOVERY, NY_CRPA]

__all__ = ["FRAMEWORKS", "ICRC_PEER_RECOVERY", "NY_CRPA"]
