"""Credential frameworks the standard curriculum counts toward, as plain data.

``load_curriculum`` seeds them as ``CredentialFramework`` snippets (once per slug; admins may
then edit them) and the readiness view compares a trainee's hours ledger with them. Each entry
is one version of a board's rules: its ``source`` (the board's public document), the date it took
effect, what the first credential asks and what each renewal cycle asks. A new version gets a
slug of its own in the same ``family``; the readiness page offers the current one.

Figures come from the boards' public pages as read when the entry was written. What the sources
do not confirm is said in ``unconfirmed`` (shown on the readiness page) and left out of the
numbers rather than guessed. Minutes, not hours, as everywhere else. A requirement counts training
minutes in a competency ``domain`` (a slug of ``DOMAINS``) or from courses with a ``course_code``.
"""

HOUR = 60

ICRC_PEER_RECOVERY = {
    "slug": "icrc-peer-recovery",
    "family": "icrc-peer-recovery",
    "version": "2017",
    "effective_from": "2017-08-01",
    "name": "IC&RC Peer Recovery (PR)",
    "board": "International Certification & Reciprocity Consortium (IC&RC)",
    "credential": "Peer Recovery (PR)",
    "source_title": "IC&RC, Peer Recovery (PR) minimum standards",
    "source_url": "https://internationalcredentialing.org/icrc-credentials/pr",
    "unconfirmed": (
        "The IC&RC page shows no date; the date given is that of the candidate guide (2013 job "
        "analysis, updated August 2017) that states these standards. The New York and Delaware boards "
        "now list Harm Reduction as a fifth domain, citing the IC&RC Peer Recovery Candidate Guide "
        "(2025). Our trainings credit it (1.5 live hours), but its required training hours and share "
        "of the exam are not confirmed, so this version asks for none."
    ),
    "training_minutes": 46 * HOUR,
    "experience_minutes": 500 * HOUR,
    "supervision_minutes": 25 * HOUR,
    "renewal_months": 24,
    "renewal_minutes": 20 * HOUR,
    "notes": (
        "These are IC&RC's minimum standards; member boards may ask for more. 46 training hours in "
        "the domains, 500 hours of volunteer or paid experience in them, 25 hours of supervision, the "
        "IC&RC Peer Recovery exam and a signed code of ethics. Renewal: 20 hours of continuing "
        "education every two years, six of them in ethics."
    ),
    "requirements": [
        {"label": "Advocacy", "minutes": 10 * HOUR, "domain": "advocacy"},
        {"label": "Mentoring/Education", "minutes": 10 * HOUR, "domain": "mentoring-education"},
        {"label": "Recovery/Wellness Support", "minutes": 10 * HOUR, "domain": "recovery-wellness-support"},
        {"label": "Ethical Responsibility", "minutes": 16 * HOUR, "domain": "ethical-responsibility"},
    ],
    "renewal": [
        {"label": "Ethics", "minutes": 6 * HOUR, "domain": "ethical-responsibility"},
    ],
}

NY_CRPA = {
    "slug": "ny-crpa",
    "family": "ny-crpa",
    "version": "2022",
    "effective_from": "2022-04-01",
    "name": "New York Certified Recovery Peer Advocate (CRPA)",
    "board": "New York Certification Board (NYCB)",
    "credential": "Certified Recovery Peer Advocate (CRPA)",
    "source_title": "NYCB, Certified Recovery Peer Advocate (CRPA and CRPA-Provisional); NYCB Certification Renewal Process",
    "source_url": "https://www.asapnys.org/certified-recovery-peer-advocate-crpa-and-crpa-provisional",
    "unconfirmed": (
        "The 50-hour total (30 of recovery coach training, 16 of ethics, 4 of Medication Supported "
        "Recovery) is stated by an NYCB-approved training provider, not on the board's page; the "
        "board's current split of the other hours by domain, Harm Reduction included, is not confirmed."
    ),
    "training_minutes": 50 * HOUR,
    "experience_minutes": 500 * HOUR,
    "supervision_minutes": 25 * HOUR,
    "renewal_months": 36,
    "renewal_minutes": 28 * HOUR,
    "notes": (
        "Since 1 April 2022 every CRPA applicant completes 4 hours of NYCB-approved Medication "
        "Supported Recovery training once; training taken after 1 October 2020 must be NYCB-approved. "
        "500 hours of paid or volunteer experience and 25 hours of supervision. Renewal every three "
        "years: 28 hours, 4 of them in ethics; the application is due 45 days before expiry."
    ),
    "requirements": [
        {"label": "Ethics", "minutes": 16 * HOUR, "domain": "ethical-responsibility"},
        {"label": "Medication Supported Recovery", "minutes": 4 * HOUR, "course_code": "MAT4"},
    ],
    "renewal": [
        {"label": "Ethics", "minutes": 4 * HOUR, "domain": "ethical-responsibility"},
    ],
}

NAADAC_NCPRSS = {
    "slug": "naadac-ncprss",
    "family": "naadac-ncprss",
    "version": "current",
    "effective_from": None,
    "name": "NAADAC National Certified Peer Recovery Support Specialist (NCPRSS)",
    "board": "National Certification Commission for Addiction Professionals (NCC AP), NAADAC",
    "credential": "National Certified Peer Recovery Support Specialist (NCPRSS)",
    "source_title": "NAADAC, National Certified Peer Recovery Support Specialist (NCPRSS)",
    "source_url": "https://www.naadac.org/NCPRSS",
    "unconfirmed": (
        "The page shows no date, and two versions of it differ on experience: 200 hours of direct "
        "practice attested by a supervisor, or one year full time; the 200 hours are counted here. "
        "Supervision hours are not stated. Renewal is every two years, but the continuing education "
        "hours it asks are not confirmed, so no renewal cycle is shown."
    ),
    "training_minutes": 60 * HOUR,
    "experience_minutes": 200 * HOUR,
    "supervision_minutes": 0,
    "notes": (
        "60 contact hours of peer recovery education, at least half of them face to face, covering "
        "documentation, community and family education, case management, crisis management, "
        "recovery-oriented systems of care, screening and intake, referral, service coordination and "
        "planning, cultural awareness and basic pharmacology; 6 hours of ethics and 6 of HIV and "
        "bloodborne pathogens within the last six years. A high school diploma or GED."
    ),
    "requirements": [
        {"label": "Ethics", "minutes": 6 * HOUR, "domain": "ethical-responsibility"},
    ],
}

PA_CRS = {
    "slug": "pa-crs",
    "family": "pa-crs",
    "version": "2021",
    "effective_from": "2021-01-01",
    "name": "Pennsylvania Certified Recovery Specialist (CRS)",
    "board": "Pennsylvania Certification Board (PCB)",
    "credential": "Certified Recovery Specialist (CRS)",
    "source_title": "PCB, Certified Recovery Specialist; PCB, Recertification Information",
    "source_url": "https://www.pacertboard.org/crs",
    "unconfirmed": (
        "The 78 hours are PCB's own standardized curriculum; how its hours split by domain is not "
        "confirmed, and trainings from other programs may not count toward it. Work experience and "
        "supervision hours are not listed on the board's page."
    ),
    "training_minutes": 78 * HOUR,
    "experience_minutes": 0,
    "supervision_minutes": 0,
    "renewal_months": 24,
    "renewal_minutes": 30 * HOUR,
    "notes": (
        "78 hours of PCB's standardized recovery specialist training (54 before 2021), more than 18 "
        "months of continuous lived recovery experience, a 1,000-word essay, a high school diploma or "
        "GED, and the PCB exam. Renewal every two years: 30 hours, 6 of them in ethics and 3 in "
        "confidentiality (count your confidentiality hours yourself: the platform does not tell them "
        "apart from other ethics hours)."
    ),
    "requirements": [],
    "renewal": [
        {"label": "Ethics", "minutes": 6 * HOUR, "domain": "ethical-responsibility"},
    ],
}

DE_CPRS = {
    "slug": "de-cprs",
    "family": "de-cprs",
    "version": "current",
    "effective_from": None,
    "name": "Delaware Certified Peer Recovery Specialist (CPRS)",
    "board": "Delaware Certification Board (IC&RC member)",
    "credential": "Certified Peer Recovery Specialist (CPRS)",
    "source_title": "Delaware Certification Board, Certified Peer Recovery Specialist (CPRS)",
    "source_url": "https://www.decertboard.org/certified-peer-recovery-specialist-cprs",
    "unconfirmed": (
        "The page shows no date. It asks for 46 hours with 10 in each of five domains, which would be "
        "50. Our trainings credit the fifth, Harm Reduction, for 1.5 live hours, so its 10 hours are "
        "not counted here until the board's figures agree. Its renewal rules are not confirmed on its "
        "own page."
    ),
    "training_minutes": 46 * HOUR,
    "experience_minutes": 500 * HOUR,
    "supervision_minutes": 25 * HOUR,
    "notes": (
        "46 hours of training in the CPRS domains (Advocacy, Ethical Responsibility, Mentoring and "
        "Education, Recovery/Wellness Support, Harm Reduction), 500 hours of work or volunteer "
        "experience, 25 hours of on-the-job supervision, a signed job description, a 1,000-word essay "
        "on your recovery, and the IC&RC Peer Recovery exam."
    ),
    "requirements": [
        {"label": "Advocacy", "minutes": 10 * HOUR, "domain": "advocacy"},
        {"label": "Ethical Responsibility", "minutes": 10 * HOUR, "domain": "ethical-responsibility"},
        {"label": "Mentoring and Education", "minutes": 10 * HOUR, "domain": "mentoring-education"},
        {"label": "Recovery/Wellness Support", "minutes": 10 * HOUR, "domain": "recovery-wellness-support"},
    ],
}

FRAMEWORKS = [ICRC_PEER_RECOVERY, NY_CRPA, NAADAC_NCPRSS, PA_CRS, DE_CPRS]

__all__ = ["FRAMEWORKS", "ICRC_PEER_RECOVERY", "NY_CRPA", "NAADAC_NCPRSS", "PA_CRS", "DE_CPRS"]
