"""Recovery Coach Training module 10: Ethics and confidentiality primer. Codes of ethics and core
values in brief, confidentiality basics (42 CFR Part 2 and HIPAA, consent, the 2024 Part 2 rule),
documentation, and mandated reporting basics. The Ethics for Recovery Coaches course goes deeper."""

MODULE = {
    "slug": "ethics-and-confidentiality-primer",
    "title": "Ethics and confidentiality primer",
    "domain": "ethical-responsibility",
    "intro": (
        "The ethics a new coach needs from day one: the codes and values we work by, how "
        "privacy laws protect the people we serve, how to write notes that are fair and "
        "useful, and what to do when the law requires a report. The Ethics course goes deeper."
    ),
    "minutes": 120,
    "sources": [
        "U.S. Department of Health and Human Services, Office for Civil Rights and SAMHSA. "
        "Confidentiality of Substance Use Disorder (SUD) Patient Records: Final Rule revising "
        "42 CFR Part 2. Federal Register, February 16, 2024.",
        "Code of Federal Regulations. 42 CFR Part 2: Confidentiality of Substance Use Disorder "
        "Patient Records, including section 2.12 (reports of suspected child abuse and neglect).",
        "U.S. Department of Health and Human Services, Office for Civil Rights. Individuals' "
        "Right under HIPAA to Access their Health Information (45 CFR 164.524); Amendment "
        "of Protected Health Information (45 CFR 164.526).",
        "Child Welfare Information Gateway. Mandatory Reporters of Child Abuse and Neglect "
        "(State Statutes Series). 2023.",
        "Child Welfare Information Gateway. Immunity for Reporters of Child Abuse and Neglect "
        "(State Statutes Series).",
        "National Center on Elder Abuse and National Adult Protective Services Association. "
        "Mandated Reporting of Abuse of Older Adults and Adults With Disabilities.",
        "NAADAC and NCC AP. Code of Ethics. Effective January 1, 2021.",
        "National Association of Peer Supporters. National Practice Guidelines for Peer "
        "Supporters. 2013.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "codes-of-ethics-and-core-values",
            "title": "Codes of ethics and core values",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Why ethics matters in peer work</h2>"
                 "<p>Ethics are the standards that guide how we treat people. In peer work, "
                 "they protect three groups at once. They protect the people we serve, who "
                 "often come to us at a weak moment and trust us with a lot. They protect the "
                 "coach, whose own recovery matters. And they protect the program and the "
                 "peer movement, which depend on the public's trust.</p>"
                 "<p>Peer coaches face some ethical questions that clinicians rarely do. We "
                 "may go to the same mutual aid meetings as the people we coach. We may dose at "
                 "the same clinic. We may have used with someone years ago. We share our own "
                 "stories on purpose. None of this is wrong. It just means we need clear "
                 "values and good support to handle it well.</p>"
                 "<p>This lesson is a short map. The Ethics for Recovery Coaches course spends "
                 "fifteen hours on these topics, including boundaries, dual relationships and "
                 "a step-by-step way to make hard decisions.</p>"
                 "<h2>The codes you will meet</h2>"
                 "<p>A code of ethics is a written set of standards for a profession. When "
                 "you become certified, you usually sign one. Breaking it can lead to losing "
                 "your credential. You are likely to meet these:</p>"
                 "<ul>"
                 "<li><strong>Your certification board's code.</strong> Most states certify "
                 "peer recovery coaches or peer specialists through a state board. Each board "
                 "has a code you sign when you apply. This is the one you are held to.</li>"
                 "<li><strong>The NAADAC Code of Ethics.</strong> NAADAC is a national "
                 "association for addiction professionals. Its current code took effect on "
                 "January 1, 2021. It has nine principles, covering the helping relationship, "
                 "confidentiality, professional duties, working in a culturally diverse "
                 "world, social media, supervision and more. It also says addiction "
                 "professionals must not discriminate and must keep proper boundaries.</li>"
                 "<li><strong>Your program's code of conduct and policies.</strong> These "
                 "turn the big ideas into local rules, such as whether you can give a ride or "
                 "text a participant.</li>"
                 "</ul>"
                 "<p>When codes and policies seem to disagree, follow the stricter rule and "
                 "ask your supervisor. When a code and the law disagree, talk to your "
                 "supervisor right away.</p>"
                 "<h2>Core values of peer support</h2>"
                 "<p>Codes tell you what not to do. Values tell you who to be. In 2013, peer "
                 "supporters across the country agreed on the National Practice Guidelines for "
                 "Peer Supporters. They name twelve core values. Peer support is voluntary. "
                 "Peer supporters are hopeful, open-minded, empathetic and respectful. They "
                 "facilitate change. They are honest and direct. Peer support is mutual and "
                 "reciprocal, shares power equally, focuses on strengths, is transparent and "
                 "is person-driven.</p>"
                 "<p>SAMHSA's Core Competencies for Peer Workers, from 2015, rest on similar "
                 "ideas. Peer support is recovery-oriented, person-centered, voluntary, "
                 "relationship-focused and trauma-informed.</p>"
                 "<h2>What these values look like in medication-assisted recovery</h2>"
                 "<ul>"
                 "<li><strong>Person-driven:</strong> the person decides their recovery path, "
                 "including whether, how long and with which medicine, together with their "
                 "prescriber. A coach never pushes someone to taper, or to stay on a medicine, "
                 "to fit the coach's own views.</li>"
                 "<li><strong>Hopeful:</strong> you believe recovery is real on methadone and "
                 "buprenorphine, and you say so.</li>"
                 "<li><strong>Honest and direct:</strong> you tell people the truth about what "
                 "you can and cannot do, including the limits of confidentiality.</li>"
                 "<li><strong>Transparent:</strong> you explain what goes in your notes and "
                 "who sees them.</li>"
                 "<li><strong>Equally shared power:</strong> you make plans with people, not "
                 "for them.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "The supervisor test",
                    "text": (
                        "A quick check when you are unsure: would I be comfortable telling my "
                        "supervisor exactly what I did and why? Would I be comfortable if it "
                        "were written in the person's record? If not, stop and ask before "
                        "you act."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Boundaries in one page</h2>"
                 "<p>Boundaries are the limits that keep the coaching relationship safe and "
                 "focused on the person. Some basics to hold from your first day:</p>"
                 "<ul>"
                 "<li>No romantic or sexual relationships with people you coach.</li>"
                 "<li>No lending or borrowing money, and no buying or selling things.</li>"
                 "<li>Follow your program's rules on gifts, rides and personal phone "
                 "numbers.</li>"
                 "<li>Do not friend or follow people you coach on personal social media.</li>"
                 "<li>Share your story only when it helps the person, and keep it short.</li>"
                 "<li>Never ask for or accept anything in return for a referral.</li>"
                 "</ul>"
                 "<p>If you already know someone, for example from your neighborhood or your "
                 "own clinic, tell your supervisor. These overlaps are common in peer work "
                 "and can usually be managed. Hiding them is what causes harm.</p>"
                 "<h2>When you make a mistake</h2>"
                 "<p>Everyone slips sometimes. You may share too much, miss a call back, or "
                 "say something you regret. Ethical coaches own it. Tell your supervisor, "
                 "repair what you can with the person, and learn from it. Supervision is not "
                 "a punishment. It is where good coaches get better.</p>"
                 "<h2>Ethics and people on medication</h2>"
                 "<p>Some older codes, groups and programs treated people on methadone or "
                 "buprenorphine as “not yet in recovery.” That view is out of date, and it does "
                 "real harm. Our values are clear: the person chooses their path, with their "
                 "prescriber. Treating someone as less than a full participant because of "
                 "their medicine goes against the NAADAC code's rule against discrimination "
                 "and against the peer values of respect and shared power.</p>"
                 "<p>This also applies to coaches. Many coaches in MARS-model programs take "
                 "methadone or buprenorphine themselves. Your medicine is private health "
                 "information, and it is your choice whether and when to share it as part of "
                 "your story. The Ethics course has a full module on the coach's own "
                 "recovery.</p>"
                 "<h2>Bring questions early</h2>"
                 "<p>Most ethical trouble starts small. A ride here, a favor there, a secret "
                 "kept “just this once.” The best protection is to talk early. Bring gray "
                 "areas to supervision before you act, not after. Good questions sound like: "
                 "“A participant offered me a plate of food she cooked. What's our rule?” or "
                 "“I ran into someone I coach at my own clinic. How should I handle it?” "
                 "Asking is a sign of a careful coach, not a weak one.</p>"
                 "<p>For example, Kenji, a new coach, was asked by a participant to hold her "
                 "take-home bottle overnight so her roommate could not find it. He wanted to "
                 "help. He said, “Let me check with my supervisor first.” His supervisor "
                 "explained that coaches never handle a person's medication, and together "
                 "they helped her ask the clinic about a lock box. The person got what she "
                 "needed, and Kenji stayed in his role.</p>"
                 "<p>Notice the pattern. Kenji paused, asked, and then acted with support. "
                 "He did not say no coldly, and he did not say yes to something outside his "
                 "role. That pause is one of the most useful ethical tools a new coach "
                 "has.</p>"),
                ("reflection", {
                    "prompt": (
                        "Pick two of the twelve core values of peer support that matter most "
                        "to you. For each, describe one thing you would do, or avoid doing, "
                        "with a person on methadone or buprenorphine to live out that value."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "confidentiality-basics",
            "title": "Confidentiality basics: 42 CFR Part 2 and HIPAA in plain words",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why privacy matters so much here</h2>"
                 "<p>For people with opioid use disorder, being known as a patient can cost a "
                 "lot. People have lost jobs, housing and custody of their kids. Some have "
                 "been arrested or treated badly by doctors once their history was known. "
                 "If people fear their information will leak, many will stay away from "
                 "treatment. That is why federal law gives substance use treatment records "
                 "extra protection.</p>"
                 "<p>Two federal rules matter most. This lesson explains them in plain words. "
                 "It is not legal advice. Your program's privacy officer and supervisor are "
                 "your guides for real cases, and state laws may add more rules.</p>"
                 "<h2>HIPAA</h2>"
                 "<p>HIPAA is the Health Insurance Portability and Accountability Act. Its "
                 "Privacy Rule covers most health care providers, health plans and the "
                 "companies that work for them. It protects health information that can "
                 "identify a person.</p>"
                 "<p>Under HIPAA, providers can share information for treatment, payment and "
                 "health care operations without asking for a separate signature each time. "
                 "Operations means things like quality checks and training. For most other "
                 "uses, they need the person's written permission.</p>"
                 "<p>HIPAA also gives people rights. One of the most important: people have a "
                 "right to see and get a copy of most of their own health records. That "
                 "includes notes written about them, which is one reason to write every note "
                 "as if the person will read it. Lesson 3 covers this.</p>"
                 "<h2>42 CFR Part 2</h2>"
                 "<p>42 CFR Part 2, often just called Part 2, is a federal rule that protects "
                 "records from substance use disorder treatment programs that get federal "
                 "help. Federal help is broad. It includes, for example, programs that take "
                 "Medicare or Medicaid, that are tax-exempt, or that are registered with the "
                 "DEA to give controlled medicines like methadone. So nearly every opioid "
                 "treatment program is covered, and many other programs are too.</p>"
                 "<p>Part 2 is stricter than HIPAA. It protects any information that would "
                 "identify a person as having a substance use disorder or as a patient of a "
                 "covered program. Even saying “Yes, she comes here” can break the rule. In "
                 "general, a covered program needs the person's written consent before it "
                 "shares their information. If you work in or with a Part 2 program, your "
                 "coaching notes are likely part of the protected record too.</p>"
                 "<h2>What consent means</h2>"
                 "<p>Consent is the person's written permission to share. A valid consent "
                 "form says, among other things, what information can be shared, who can "
                 "share it, who can receive it, and for what purpose. The person signs it. "
                 "They can take it back, and programs must explain how.</p>"
                 "<p>Good consent is informed. Before someone signs, help them understand "
                 "what they are agreeing to. Ask: “Who do you want us to be able to talk to? "
                 "What do you want them to know? What do you not want shared?” Many people "
                 "sign forms on a hard first day without reading them. A coach can slow "
                 "that down.</p>"
                 "<h2>The 2024 Part 2 rule, briefly</h2>"
                 "<p>In February 2024, the U.S. Department of Health and Human Services "
                 "published a final rule that changed Part 2. It was published on February "
                 "16, 2024, took effect on April 16, 2024, and programs must follow it by "
                 "February 16, 2026. It brings Part 2 closer to HIPAA while keeping strong "
                 "protections. The main changes in plain words:</p>"
                 "<ul>"
                 "<li><strong>One consent for treatment, payment and operations.</strong> A "
                 "person can sign a single consent that covers all future sharing for these "
                 "purposes, instead of a new form every time. They can still take it "
                 "back.</li>"
                 "<li><strong>Some sharing under HIPAA rules.</strong> Once records are shared "
                 "under that consent with a HIPAA-covered provider or plan, the receiver can "
                 "generally share them again the way HIPAA allows.</li>"
                 "<li><strong>Still no use against the person in court.</strong> Part 2 "
                 "records, and testimony about them, still cannot be used in criminal, civil, "
                 "administrative or legislative proceedings against the person without their "
                 "consent or a special court order.</li>"
                 "<li><strong>Counseling notes get extra protection.</strong> Certain "
                 "counseling notes that a clinician keeps separate from the rest of the "
                 "record need their own, separate consent to be shared.</li>"
                 "<li><strong>Breach notice and enforcement.</strong> Programs must tell "
                 "people when their records are breached, the way HIPAA requires. Penalties "
                 "now work like HIPAA penalties, and people can file a complaint with the "
                 "federal government.</li>"
                 "</ul>"
                 "<p>Consent for anything outside treatment, payment and operations, such as "
                 "sharing with an employer, a court or a family member, still needs its own "
                 "specific consent. The Ethics course covers the 2024 rule in depth.</p>"),
                ("callout", {
                    "title": "Limits of confidentiality: say them at the start",
                    "text": (
                        "Tell every person, in your first meeting, what you keep private and "
                        "when you may have to share. Common limits include a risk that someone "
                        "may die or be seriously harmed, such as by suicide, suspected child "
                        "abuse or neglect, suspected abuse of an older or dependent adult, a "
                        "medical emergency, and a court order. Your supervisor will tell you "
                        "the exact limits in your program and state."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>When sharing is allowed without consent</h2>"
                 "<p>Part 2 has a few narrow exceptions. Two you should know:</p>"
                 "<ul>"
                 "<li><strong>Medical emergencies.</strong> Staff can share what medical "
                 "providers need to treat a person in a real emergency, such as an overdose. "
                 "The program must record what was shared.</li>"
                 "<li><strong>Reports of child abuse and neglect.</strong> Part 2 does not "
                 "block reports of suspected child abuse or neglect that state law requires "
                 "or allows. The original treatment records stay protected.</li>"
                 "</ul>"
                 "<p>Other sharing, such as with a court, auditors or researchers, follows "
                 "special rules. Leave those to your supervisor and privacy officer.</p>"
                 "<h2>Consent in practice: an example</h2>"
                 "<p>Ms. Brown, 44, is on buprenorphine and wants to move into a recovery "
                 "residence. She asks her coach to talk with the house manager about whether "
                 "they accept residents on medication. Before calling, the coach sits down "
                 "with her and the program's consent form. Together they decide: the coach "
                 "may tell the manager that Ms. Brown is in the peer program and takes "
                 "buprenorphine as prescribed, and may discuss her application. The coach may "
                 "not share her drug test results or her history. The consent ends in three "
                 "months. Ms. Brown signs it, and the coach files it.</p>"
                 "<p>Notice what happened. Ms. Brown chose what to share and with whom. The "
                 "coach did not guess. If the manager asks about anything outside that "
                 "consent, the coach can say, “I'm not able to share that, but you are "
                 "welcome to ask Ms. Brown.”</p>"
                 "<h2>Talking with other staff</h2>"
                 "<p>Inside your own program, you will talk with counselors, nurses and "
                 "supervisors about the people you coach. That is often allowed, because they "
                 "need the information to help. Keep those talks to what each person needs "
                 "for their work, and have them in private places, not in the hallway or the "
                 "waiting room. If someone outside your program asks, even another "
                 "professional, check for consent first.</p>"
                 "<h2>Everyday privacy habits</h2>"
                 "<ul>"
                 "<li>Do not confirm that someone is in your program unless they have "
                 "consented. A simple “I can't share whether someone gets services here” "
                 "works for every caller.</li>"
                 "<li>If you see a participant in public, let them greet you first.</li>"
                 "<li>Talk about participants only in private, and only with people who need "
                 "to know for their work.</li>"
                 "<li>Never post about participants on social media, even without names.</li>"
                 "<li>Keep paper locked up and screens locked when you step away.</li>"
                 "<li>Check the consent form before you call a probation officer, a family "
                 "member or a housing program.</li>"
                 "<li>When unsure, do not share yet. Ask your supervisor first. Information "
                 "can be shared later. It cannot be taken back.</li>"
                 "</ul>"),
                ("scenario", {
                    "title": "A call from a probation officer",
                    "situation": (
                        "You coach Jorge, 29, who doses at an opioid treatment program and is "
                        "on probation. A man calls the peer center, says he is Jorge's "
                        "probation officer, and asks, “Is Jorge coming to your program? Has "
                        "he been showing up?” You do not know if Jorge has signed a consent "
                        "for probation."
                    ),
                    "question": "What do you say?",
                    "choices": [
                        {
                            "text": (
                                "“I'm not able to confirm whether anyone gets services here. "
                                "If there is a signed consent, our staff can follow up.” Then "
                                "take his name and number."
                            ),
                            "feedback": (
                                "Best. Without consent you cannot even confirm Jorge is a "
                                "participant. You stay polite and leave a path for proper "
                                "sharing."
                            ),
                            "best": True,
                            "next": (
                                "The officer says he needs an answer by Friday for a court "
                                "report. You thank him and end the call."
                            ),
                        },
                        {
                            "text": "“Yes, he's doing great, he comes every week.”",
                            "feedback": (
                                "Even good news confirms he is a participant. Without "
                                "consent, that breaks confidentiality."
                            ),
                            "best": False,
                            "next": (
                                "The officer thanks you and hangs up. A moment later you "
                                "realize you do not know if Jorge agreed to this."
                            ),
                        },
                        {
                            "text": "“He's on probation, so I have to tell you.”",
                            "feedback": (
                                "Probation does not override Part 2. Sharing needs the "
                                "person's written consent or another legal basis."
                            ),
                            "best": False,
                            "next": (
                                "Before you say more, a co-worker signals you to stop. You "
                                "tell the officer you will need to call him back."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "After the call, what is your next step?",
                        "choices": [
                            {
                                "text": (
                                    "Tell Jorge about the call, check with your supervisor "
                                    "whether there is a valid consent, and help Jorge decide "
                                    "what he wants shared."
                                ),
                                "feedback": (
                                    "Best. Jorge stays in control of his information, and your "
                                    "supervisor makes sure any sharing follows the rules."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Call the officer back with the attendance record so Jorge does not get in trouble.",
                                "feedback": (
                                    "Meaning well does not replace consent. Sharing without "
                                    "it could harm Jorge and break the law."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Do nothing; it is Jorge's problem to sort out with probation.",
                                "feedback": (
                                    "Jorge may need to know about the request and may want "
                                    "support. Tell him and your supervisor."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": "What did the 2024 Part 2 rule change about consent?",
                        "choices": [
                            ("A person can sign one consent for all future sharing for treatment, payment and health care operations", True),
                            ("Programs no longer need any consent to share treatment records", False),
                            ("Part 2 records can now be used against the person in court", False),
                        ],
                        "explanation": (
                            "The rule allows a single consent for treatment, payment and "
                            "operations. Records still cannot be used against the person in "
                            "legal proceedings without consent or a special court order."
                        ),
                    },
                    {
                        "prompt": "When should you explain the limits of confidentiality?",
                        "choices": [
                            ("At the start, before the person shares anything hard", True),
                            ("Only if the person tells you something you must report", False),
                            ("Only when the person asks", False),
                        ],
                        "explanation": (
                            "Explaining limits up front is honest and lets the person decide "
                            "what to share."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "documentation-basics",
            "title": "Documentation: fair, useful notes",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Why coaches write notes</h2>"
                 "<p>Many coaches came to this work to be with people, not to fill in forms. "
                 "But notes matter. They show what support the person got and what was "
                 "agreed. They help another coach pick up if you are out sick. They let your "
                 "supervisor help you. They are often needed so the program can be paid, "
                 "which keeps peer services open. And they are legal records that can be "
                 "read by auditors, and in rare cases by a court.</p>"
                 "<p>Most of all, notes are about a real person. That person may read them. "
                 "Under HIPAA, people have a right to see and get a copy of most of their own "
                 "health records. So write every note as if the person is reading over your "
                 "shoulder, because one day they might be.</p>"
                 "<h2>What to write</h2>"
                 "<p>Your program will have its own form. Most peer notes cover the same "
                 "basics:</p>"
                 "<ul>"
                 "<li><strong>Who, when, where, how long.</strong> Date, time, place or "
                 "phone, and how long you met.</li>"
                 "<li><strong>Why you met.</strong> The goal or need the person brought.</li>"
                 "<li><strong>What happened.</strong> What the person said and did, and what "
                 "you did, in facts.</li>"
                 "<li><strong>How the person responded.</strong> In their own words when it "
                 "matters.</li>"
                 "<li><strong>The plan.</strong> Next steps, who will do what, and when you "
                 "will meet again.</li>"
                 "<li><strong>Any safety concern</strong> and what you did about it, "
                 "including who you told.</li>"
                 "</ul>"
                 "<p>Keep notes short and about the coaching work. Do not write down private "
                 "details that have nothing to do with the plan, such as gossip about a "
                 "partner, or things the person told you about other people by name.</p>"
                 "<h2>Objective language</h2>"
                 "<p>Objective means describing what you saw and heard, not your opinion or "
                 "a label. Compare:</p>"
                 "<ul>"
                 "<li>Instead of “Client was in denial,” write “Mr. Ali said, ‘My drinking "
                 "isn't a problem.’”</li>"
                 "<li>Instead of “She was high,” write “Ms. Ortiz's speech was slow and she "
                 "fell asleep twice during the 20-minute meeting. Coach told the nurse, with "
                 "her okay.”</li>"
                 "<li>Instead of “Noncompliant with treatment,” write “Missed three dosing "
                 "days this week. Said the bus pass ran out.”</li>"
                 "<li>Instead of “Manipulative,” write what was asked and what was "
                 "answered.</li>"
                 "<li>Instead of “Dirty urine,” write “Participant shared that her test was "
                 "positive for fentanyl.” Only write test results if your role and program "
                 "allow it.</li>"
                 "</ul>"
                 "<p>Use person-first, respectful words: “person on methadone,” “return to "
                 "use.” Never write diagnoses you are not trained to make. Never write "
                 "anything mocking, or anything you would not say to the person's face.</p>"),
                ("callout", {
                    "title": "Write with the person when you can",
                    "text": (
                        "Many peer programs write notes, or at least the plan, together with "
                        "the person at the end of a meeting. Read it back: “Here's what I'm "
                        "writing. Did I get it right?” It builds trust and catches mistakes."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Facts, feelings and your own view</h2>"
                 "<p>Objective does not mean cold. You can record how the person felt, in "
                 "their words: “She said she felt hopeful after the call.” You can record what "
                 "you saw: “He smiled and shook my hand.” What you leave out is your judgment "
                 "of their character or motives, and guesses you cannot back up.</p>"
                 "<p>If you have a concern, write what you noticed and what you did about it. "
                 "“Coach noticed Mr. Ruiz's hands shaking and he said he felt sick since "
                 "morning. With his okay, coach walked with him to the nurse.” That note helps "
                 "the team, protects Mr. Ruiz and stays inside the coach's role. It does not "
                 "say whether his dose is right. That is for the prescriber.</p>"
                 "<h2>Timeliness</h2>"
                 "<p>Write notes as soon as you can, while your memory is fresh. Most programs "
                 "set a deadline, often the same day or within one or two working days. Know "
                 "yours and keep to it. After any crisis, safety concern or report, write the "
                 "note the same day and tell your supervisor.</p>"
                 "<p>If you write a note late, do not pretend it was written earlier. Mark it "
                 "as a late entry, with the date and time you actually wrote it, following "
                 "your program's rules.</p>"
                 "<h2>Fixing mistakes</h2>"
                 "<p>Never erase, white out or secretly change a note. On paper, draw one line "
                 "through the error so it can still be read, then write the correction, "
                 "the date and your initials. In an electronic record, use the system's "
                 "correction or addendum feature. Records must show what was changed and "
                 "when.</p>"
                 "<h2>Keeping notes private</h2>"
                 "<ul>"
                 "<li>Write notes in the program's system, not in a personal notebook or "
                 "phone.</li>"
                 "<li>Do not take notes home unless your program allows it and has a safe "
                 "way.</li>"
                 "<li>Do not leave notes open on a screen or a desk.</li>"
                 "<li>Do not text details about participants from your personal phone.</li>"
                 "</ul>"
                 "<h2>A sample note</h2>"
                 "<p>“3/12, 10:00 to 10:40, peer center. Met with Ms. Brown at her request "
                 "to work on her housing goal. She said she was turned down by a recovery "
                 "residence because she takes buprenorphine. She said she felt ‘like a second-"
                 "class person.’ Coach listened and shared general information on her rights. "
                 "Together we wrote questions to ask the residence manager. Ms. Brown chose "
                 "to call the manager herself on Thursday. Coach will look up two other "
                 "residences that accept residents on MOUD. Next meeting 3/15 at 10:00.”</p>"
                 "<p>Notice what it does. It is short. It uses her words. It says what the "
                 "coach did and what she chose. It has a plan and a date. There are no labels "
                 "and no opinions about her character.</p>"
                 "<h2>If the person disagrees with a note</h2>"
                 "<p>Sometimes a person reads their record and feels something is wrong or "
                 "unfair. Under HIPAA, people can ask the program to correct, or amend, their "
                 "record. The program must respond, and if it says no, the person can add a "
                 "statement saying why they disagree. A coach can help the person make that "
                 "request in writing. Better still, write notes in a way that makes this "
                 "rare.</p>"
                 "<h2>Texts, emails and group notes</h2>"
                 "<ul>"
                 "<li>Use only the phone, text and email tools your program approves for "
                 "contact with participants.</li>"
                 "<li>Keep messages short and about logistics, such as times and places. "
                 "Move anything personal to a call or a meeting.</li>"
                 "<li>Some programs count texts as part of the record. Know your program's "
                 "rule.</li>"
                 "<li>In group notes, do not name other members in one person's record. "
                 "Write about that person's own part in the group.</li>"
                 "</ul>"
                 "<h2>Notes and trust</h2>"
                 "<p>Many people in medication-assisted recovery have read things about "
                 "themselves in records that made them feel small. A coach's notes can be "
                 "different. When people see their own words, their strengths and their "
                 "choices in the record, it tells them the program sees them as a partner. "
                 "That is documentation as part of recovery, not just paperwork.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a time you read, or heard about, something written about "
                        "you in a record. How did it feel? Now rewrite this note in objective, "
                        "respectful words: “Client came in agitated and drug-seeking, "
                        "noncompliant with dosing again.”"
                    ),
                    "min_words": 40,
                    "minutes": 4,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "mandated-reporting-basics",
            "title": "Mandated reporting basics",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>What mandated reporting is</h2>"
                 "<p>A mandated reporter is a person the law requires to report suspected "
                 "abuse or neglect to the proper agency. For children, that agency is usually "
                 "child protective services. For older adults and adults with disabilities, it "
                 "is usually adult protective services. Sometimes reports also go to the "
                 "police.</p>"
                 "<p>A federal law, the Child Abuse Prevention and Treatment Act, or CAPTA, "
                 "requires every state to have rules for reporting child abuse and neglect. "
                 "Each state decides the details in its own law. Every state also has laws on "
                 "reporting abuse of older or dependent adults. So the rules where you work "
                 "may be quite different from the rules one state over.</p>"
                 "<h2>Who must report: state law varies</h2>"
                 "<p>Most states list the jobs whose members must report. These often include "
                 "doctors, nurses, teachers, social workers, mental health workers and child "
                 "care staff. Some states include substance use counselors. A few states say "
                 "that every adult must report suspected child abuse. For adult abuse, some "
                 "states have universal reporting, which means everyone must report, while "
                 "others name only certain jobs.</p>"
                 "<p>Whether a peer recovery coach is a mandated reporter depends on your "
                 "state's law, your job title, your certification and your program's policy. "
                 "Many programs require all staff, including peers, to report, even where the "
                 "state does not. Ask your supervisor in your first week: “Am I a mandated "
                 "reporter here? For children, adults, or both? How do I make a report?”</p>"
                 "<h2>What has to be reported</h2>"
                 "<p>Definitions differ by state, but most laws cover:</p>"
                 "<ul>"
                 "<li><strong>Child abuse and neglect:</strong> physical abuse, sexual abuse, "
                 "emotional abuse, and neglect, which means failing to provide needed food, "
                 "shelter, care, supervision or medical care.</li>"
                 "<li><strong>Elder and dependent adult abuse:</strong> physical, sexual or "
                 "emotional abuse, neglect by a caregiver, and financial exploitation, such "
                 "as a relative draining an older person's bank account. Some states also "
                 "include self-neglect.</li>"
                 "</ul>"
                 "<p>You do not need proof. The usual standard is a reasonable suspicion or "
                 "reasonable cause to believe. Investigating is the agency's job, not "
                 "yours.</p>"),
                ("callout", {
                    "title": "Taking MOUD is not neglect",
                    "text": (
                        "A parent taking methadone or buprenorphine as prescribed is getting "
                        "treatment. That alone is not abuse or neglect. A report is about a "
                        "child's or adult's safety, not about a person's recovery path. If "
                        "you are unsure whether something needs a report, ask your supervisor "
                        "right away."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>What to do when you suspect abuse</h2>"
                 "<ol>"
                 "<li><strong>Stay calm and listen.</strong> If someone tells you about abuse, "
                 "thank them. Do not press for details or promise secrecy.</li>"
                 "<li><strong>Make sure anyone in immediate danger is safe.</strong> Call 911 "
                 "if someone is in danger now.</li>"
                 "<li><strong>Tell your supervisor right away,</strong> the same day. "
                 "Follow your program's reporting policy. In many programs, the supervisor "
                 "or a clinician makes or helps make the report. But in some states, a "
                 "mandated reporter's duty is personal: telling a supervisor does not replace "
                 "your own report. Know your state's rule.</li>"
                 "<li><strong>Make the report</strong> as your state requires, often by phone "
                 "to a hotline, sometimes followed by a written report within a set time.</li>"
                 "<li><strong>Write a factual note</strong> of what you saw and heard, who you "
                 "told, and when.</li>"
                 "</ol>"
                 "<h2>Confidentiality and reporting</h2>"
                 "<p>Part 2 does not block a report of suspected child abuse or neglect that "
                 "state law requires or allows. But the original treatment records stay "
                 "protected, and share only what the report needs. Reports about adults can "
                 "be more complex for a substance use program, so let your supervisor or "
                 "privacy officer guide what is shared. All states give some legal protection "
                 "to people who report in good faith. That means you are protected if you "
                 "report honestly, even if the agency finds no abuse.</p>"
                 "<h2>What a report is, and is not</h2>"
                 "<p>A report asks a trained agency to check on someone's safety. It is not "
                 "an accusation, a punishment or a judgment that the person is a bad parent "
                 "or caregiver. Many reports lead to help, such as services for the family, "
                 "rather than removal. A report is also not a way to settle a grudge, push "
                 "someone into treatment, or get back at a program. Report what you "
                 "honestly suspect, and nothing more.</p>"
                 "<p>Some things feel serious but may not be covered by a reporting law, such "
                 "as an adult who is being hurt by a partner but is not elderly or dependent. "
                 "Rules differ by state. In those cases, focus on the person's safety and "
                 "choices, offer resources such as a domestic violence hotline, and talk with "
                 "your supervisor.</p>"
                 "<h2>Tell people the limits at the start</h2>"
                 "<p>The kindest way to handle reporting is to be clear before anything "
                 "happens. In your first meeting with someone, say something like:</p>"
                 "<p>“What you tell me stays private, with a few exceptions. If I think you "
                 "might be in danger of dying, like from suicide or overdose, or if I learn a "
                 "child, or an older or disabled adult, is being abused or neglected, I have "
                 "to get help, and my supervisor will be involved. I will always try to tell "
                 "you first. Do you have any questions about that?”</p>"
                 "<p>Say it in your own words, and say it again when it matters, such as "
                 "before a group where parenting may come up. Check that the person "
                 "understood. People who have had child welfare or court involvement may "
                 "have many questions. Answer honestly, and if you do not know, say you will "
                 "find out from your supervisor.</p>"
                 "<p>When people know the limits, they can choose what to share. And if you "
                 "ever must report, it will not feel like a betrayal out of nowhere.</p>"
                 "<h2>Staying in the relationship</h2>"
                 "<p>A report can be frightening for parents in recovery. Many fear losing "
                 "their kids. When it is safe and your supervisor agrees, tell the person "
                 "about the report yourself, and explain why. Keep showing up. You can help "
                 "them understand the process, find a family advocate or legal aid, and stay "
                 "connected to treatment. Module 8 covers how peers support parents in the "
                 "child welfare system.</p>"
                 "<h2>An example</h2>"
                 "<p>Ms. Little, 72, comes to the peer center for a group. Her coach notices "
                 "she looks thinner and has missed two payments for her phone. Ms. Little says "
                 "her nephew moved in, takes her debit card every month, and yells if she "
                 "asks for it back. The coach listens, thanks her, and does not promise "
                 "secrecy. The coach reminds her of the limits they talked about on the first "
                 "day and tells her that she is going to talk with her supervisor today to get "
                 "help. The supervisor and coach follow the program's policy for a report to "
                 "adult protective services. The coach writes a short factual note and keeps "
                 "meeting with Ms. Little, who later says she is relieved someone finally "
                 "knows.</p>"),
                ("scenario", {
                    "title": "Something a child said",
                    "situation": (
                        "Tanya, 28, is on methadone and comes to your parenting peer group with "
                        "her 7-year-old son, Malik. While Tanya is in the restroom, Malik shows "
                        "you a large bruise on his arm and says, “Mom's boyfriend did it when "
                        "I spilled juice. He says I can't tell.” Your program's policy says "
                        "peers must report suspected child abuse, with their supervisor."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Stay calm, tell Malik he did the right thing by telling you, "
                                "and do not ask for more details. Then go to your supervisor "
                                "the same day."
                            ),
                            "feedback": (
                                "Best. You listen without pressing, you do not promise "
                                "secrecy, and you follow the reporting policy."
                            ),
                            "best": True,
                            "next": (
                                "Your supervisor meets with you within the hour. Tanya has "
                                "come back and is packing up to leave with Malik."
                            ),
                        },
                        {
                            "text": "Ask Malik lots of questions so you can be sure before saying anything.",
                            "feedback": (
                                "Investigating is the agency's job. Questioning a child can "
                                "upset him and harm the case. A reasonable suspicion is enough."
                            ),
                            "best": False,
                            "next": (
                                "Malik gets quiet and upset. You stop, and go to your "
                                "supervisor. Tanya is back and packing up to leave."
                            ),
                        },
                        {
                            "text": "Wait and ask Tanya about it first, since she is your participant.",
                            "feedback": (
                                "Confronting the parent first could put Malik at more risk. "
                                "Go to your supervisor and follow the policy."
                            ),
                            "best": False,
                            "next": (
                                "Tanya looks scared and says it was an accident. You decide "
                                "to go to your supervisor. Tanya is packing up to leave."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Your supervisor agrees a report is needed. What is your part now?",
                        "choices": [
                            {
                                "text": (
                                    "Make or join the report as your state and program require, "
                                    "write a factual note, and plan with your supervisor how to "
                                    "keep supporting Tanya."
                                ),
                                "feedback": (
                                    "Best. You meet your duty, keep a clear record, and stay "
                                    "in the relationship so Tanya is not left alone with her "
                                    "fear."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Let the supervisor handle it all and stop working with Tanya to avoid conflict.",
                                "feedback": (
                                    "In some states your duty to report is personal. And "
                                    "dropping Tanya can cut her off from support when she "
                                    "needs it most."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Tell Tanya the report was about her methadone so she knows why.",
                                "feedback": (
                                    "That is not true. Taking MOUD is not abuse. Be honest and "
                                    "let your supervisor guide what is shared."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-10-check",
        "title": "Module 10 check: Ethics and confidentiality",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Ray, whom you coach, is on methadone. He asks you to tell him honestly "
                    "whether he should start tapering, because his sister keeps pushing him. "
                    "Which response best fits the core values of peer support?"
                ),
                "multiple": False,
                "choices": [
                    ("Explore what he wants and why, and help him prepare to talk it over with his prescriber", True),
                    ("Tell him tapering is the real goal of recovery", False),
                    ("Tell him he should never taper", False),
                    ("Tell him to do what his sister says to keep the peace", False),
                ],
                "explanation": (
                    "Peer support is person-driven and shares power. The decision belongs to "
                    "Ray and his prescriber; the coach helps him decide for himself and does "
                    "not push either way."
                ),
            },
            {
                "prompt": (
                    "You learn that a new participant, Deja, is someone you used with years "
                    "ago. What should you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell your supervisor and plan together how to handle the overlap, including whether another coach should work with her", True),
                    ("Keep it to yourself so it does not affect your job", False),
                    ("Refuse to ever speak to her at the center", False),
                    ("Tell the team about your shared past so everyone understands", False),
                ],
                "explanation": (
                    "Overlaps are common in peer work and can usually be managed. Hiding them "
                    "causes harm; telling the whole team breaks both your privacy and hers."
                ),
            },
            {
                "prompt": (
                    "A woman calls the peer center and says, “I'm Carmen's mother. Is she "
                    "still coming to your program?” There is no consent on file for her "
                    "mother. What do you say?"
                ),
                "multiple": False,
                "choices": [
                    ("“I'm not able to confirm whether anyone gets services here.”", True),
                    ("“Yes, but I can't tell you anything else.”", False),
                    ("“She stopped coming last month.”", False),
                    ("“Since you're family, I can tell you she's doing well.”", False),
                ],
                "explanation": (
                    "Under 42 CFR Part 2, even confirming that someone is a participant "
                    "needs consent. Family members are not an exception."
                ),
            },
            {
                "prompt": (
                    "Which of these are true of the 2024 final rule revising 42 CFR Part 2? "
                    "Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("A person can sign one consent covering future sharing for treatment, payment and health care operations", True),
                    ("Records still cannot be used against the person in court without consent or a special court order", True),
                    ("Programs must notify people of breaches of their records", True),
                    ("Programs may share records with employers without consent", False),
                ],
                "explanation": (
                    "The rule allows a single consent for treatment, payment and operations, "
                    "keeps the protection against use in legal proceedings, and adds breach "
                    "notification. Sharing with an employer still needs specific consent."
                ),
            },
            {
                "prompt": (
                    "Which note is written in the most objective, respectful way?"
                ),
                "multiple": False,
                "choices": [
                    ("“Mr. Daniels missed two groups. He said his shift changed. We agreed he will try the evening group Tuesday.”", True),
                    ("“Mr. Daniels is unmotivated and making excuses again.”", False),
                    ("“Mr. Daniels seems depressed and is probably using.”", False),
                    ("“Mr. Daniels was noncompliant with the group schedule.”", False),
                ],
                "explanation": (
                    "Objective notes describe what was said and done and the plan. Labels, "
                    "guesses and diagnoses are opinions, and the person may read the note."
                ),
            },
            {
                "prompt": (
                    "You realize you forgot to write a note for a meeting two days ago. What "
                    "should you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Write it now, clearly marked as a late entry with today's date and time", True),
                    ("Write it and date it two days ago so the record looks complete", False),
                    ("Skip it, since it is already late", False),
                    ("Ask the participant to write it for you", False),
                ],
                "explanation": (
                    "Records must be honest about when they were written. Backdating is "
                    "never acceptable, and skipping a note leaves the record incomplete."
                ),
            },
            {
                "prompt": (
                    "Which statements about mandated reporting are accurate? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("Who must report, and what must be reported, differs from state to state", True),
                    ("You need a reasonable suspicion, not proof, to report", True),
                    ("A parent taking buprenorphine as prescribed is, by itself, a reason to report neglect", False),
                    ("Telling a supervisor always fully meets your duty in every state", False),
                ],
                "explanation": (
                    "State laws vary and the usual standard is reasonable suspicion. Taking "
                    "MOUD is treatment, not neglect. In some states the reporter's duty is "
                    "personal, so know your state's rule and your program's policy."
                ),
            },
            {
                "prompt": (
                    "Mr. Okafor, 80, tells you his daughter keeps his Social Security money and "
                    "he often has no food. He asks you not to tell anyone because she is all he "
                    "has. What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Thank him, remind him of the limits of confidentiality you discussed, and tell your supervisor today so the program can follow its reporting policy", True),
                    ("Promise to keep it secret so he keeps trusting you", False),
                    ("Call his daughter and tell her to give the money back", False),
                    ("Tell him to open a new bank account and leave it there", False),
                ],
                "explanation": (
                    "Financial exploitation and neglect of an older adult are commonly covered "
                    "by reporting laws. Be honest about the limits, involve your supervisor "
                    "and keep supporting him; do not confront the daughter yourself."
                ),
            },
            {
                "prompt": (
                    "At your first meeting with a new participant, what is the best way to "
                    "handle confidentiality?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain what stays private and the main limits, such as danger to life and abuse of a child or vulnerable adult, and invite questions", True),
                    ("Say everything they tell you is completely private", False),
                    ("Wait until something comes up that you must report", False),
                    ("Hand them the privacy notice and move on", False),
                ],
                "explanation": (
                    "Saying the limits at the start is honest and lets people choose what to "
                    "share. Promising total privacy is untrue, and a form alone is not enough."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to name the codes and core values that guide peer "
            "recovery coaches and apply them to a medication-assisted recovery situation.",
            "Participants will be able to explain, in plain words, how 42 CFR Part 2 and "
            "HIPAA protect a person's information, what consent means, and what the 2024 Part "
            "2 rule changed.",
            "Participants will be able to explain confidentiality and its limits to a new "
            "participant at the start of a coaching relationship.",
            "Participants will be able to write a short, objective, timely note the person "
            "could read without feeling judged.",
            "Participants will be able to describe the basic steps of mandated reporting of "
            "child abuse and neglect and of elder and dependent adult abuse, and when to "
            "involve their supervisor.",
        ],
        "agenda": [
            {
                "title": "Welcome: why ethics protects people",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group. Explain that this is a primer and that the Ethics "
                    "course goes deeper. Ask people who are comfortable to share a time their "
                    "privacy was respected, or broken, in treatment. Remind them not to name "
                    "real people or programs. Write on a flip chart what those experiences "
                    "taught them. Tie it back: ethics and privacy rules exist because these "
                    "things matter so much to people like us."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "When did a helper protect your privacy, and what did that mean to you?",
                    "What happens to trust when private information gets out?",
                ],
            },
            {
                "title": "Codes and core values in brief",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Walk through the codes a coach will meet: the state certification "
                    "board's code, the NAADAC Code of Ethics (effective January 1, 2021, nine "
                    "principles), and the program's own policies. Then present the twelve "
                    "core values from the National Practice Guidelines for Peer Supporters. "
                    "For each of person-driven, hopeful, honest and direct, transparent and "
                    "shared power, give one medication-assisted recovery example, such as not "
                    "pushing someone to taper. Introduce the supervisor test. Cover the "
                    "boundary basics from Lesson 1 in two minutes."
                ),
                "materials": ["Handout: Confidentiality and its limits, at a glance", "Slides or flip chart"],
            },
            {
                "title": "Values in action: card sort",
                "minutes": 10,
                "method": "small_group",
                "description": (
                    "Give each small group a set of twelve value cards and six short "
                    "situation cards (for example: a participant asks you to pick up her "
                    "take-home bottle; a family member asks if her son is still coming; a "
                    "participant wants to stop buprenorphine and asks what you think). Groups "
                    "match each situation to the value most at stake and agree on one thing "
                    "the coach would say. Allow 6 minutes, then take one situation from each "
                    "group in the remaining time."
                ),
                "materials": ["Value cards", "Situation cards"],
            },
            {
                "title": "Confidentiality in plain words: Part 2, HIPAA and the 2024 rule",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Explain HIPAA and 42 CFR Part 2 using the handout. Stress that under "
                    "Part 2 even confirming someone is a participant needs consent. Explain "
                    "what a consent form covers and that consent can be taken back. Give the "
                    "2024 rule dates (published February 16, 2024, in effect April 16, 2024, "
                    "required by February 16, 2026) and its main changes: one consent for "
                    "treatment, payment and operations; no use against the person in legal "
                    "proceedings without consent or a special court order; separate consent "
                    "for certain counseling notes; breach notice; HIPAA-style penalties and "
                    "complaints. Name the two exceptions a coach will meet most: medical "
                    "emergencies and reports of child abuse and neglect. Say clearly that "
                    "this is not legal advice and that the privacy officer guides real cases."
                ),
                "materials": ["Handout: Confidentiality and its limits, at a glance", "A sample consent form"],
            },
            {
                "title": "Reading a consent form together",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Two facilitators demonstrate a coach going through a sample consent form "
                    "with a participant who wants her coach to talk with her recovery house "
                    "manager. The coach asks who she wants to share with, what she wants "
                    "shared and not shared, for what purpose and for how long, and explains "
                    "she can take it back. Then show a rushed version where the coach says "
                    "“just sign here.” Ask the group what was different and what the person "
                    "gained in the first version."
                ),
                "materials": ["A sample consent form", "Handout: Confidentiality and its limits, at a glance"],
            },
            {
                "title": "Role-play: explaining confidentiality and its limits",
                "minutes": 20,
                "method": "role_play",
                "description": (
                    "Form groups of three. Each person plays each role once: about 4 minutes "
                    "of role-play and 2 minutes of observer feedback per round. The coach "
                    "opens a first meeting and explains what stays private and the limits, "
                    "in their own words, then answers the participant's questions. Debrief "
                    "as a whole group for the last 2 minutes: which words felt natural, and "
                    "which questions were hardest to answer?"
                ),
                "materials": ["Role cards", "Observer checklists", "Handout: Confidentiality and its limits, at a glance"],
                "roles": [
                    "Coach",
                    "Participant (Ms. Alvarez, 33, starting buprenorphine, mother of two, on probation)",
                    "Observer",
                ],
                "script": (
                    "Ms. Alvarez is meeting her coach for the first time at the peer center. "
                    "She sits near the door and says: “Before I say anything, who are you "
                    "going to tell? My PO? CPS? My kids' dad is looking for any reason to take "
                    "them.” If the coach explains limits clearly, she asks: “So if I tell you I "
                    "slipped last weekend, does that go to my probation officer?” and “Can my "
                    "mom find out I'm here?”"
                ),
                "observer_checklist": [
                    "Coach explained what stays private in plain words",
                    "Coach named the main limits: danger to life, abuse of a child or vulnerable adult, emergencies, court orders",
                    "Coach explained that sharing with probation or family needs her written consent",
                    "Coach did not promise more privacy than the program can give",
                    "Coach checked her understanding and invited questions",
                    "Coach stayed warm and did not sound like reading a form",
                ],
            },
            {
                "title": "Documentation: rewrite the note",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give each small group three poorly written notes with labels such as "
                    "“drug-seeking,” “in denial” and “noncompliant,” plus one note that leaves "
                    "out the plan. Groups rewrite them in objective, person-first words with "
                    "a clear plan, as if the person will read them. Allow 9 minutes. Then "
                    "read a few rewrites aloud. Cover timeliness, late entries and how to "
                    "correct a mistake without erasing it."
                ),
                "materials": ["Handout: Writing notes people can read", "Sample poor notes"],
            },
            {
                "title": "Mandated reporting: what would you do?",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Give a 4-minute overview: CAPTA requires every state to have child abuse "
                    "reporting rules; every state has adult abuse reporting laws; who must "
                    "report and what counts vary by state; reasonable suspicion, not proof; "
                    "good-faith reporters are protected; taking MOUD is not neglect. Share "
                    "this program's or state's actual rule if known. Then read the Tanya and "
                    "Malik case and the Ms. Little case from Lesson 4 and discuss the "
                    "questions below. Close by having everyone write down the name of the "
                    "person they would go to first."
                ),
                "materials": ["Program or state reporting policy, if available", "Case cards"],
                "questions": [
                    "What would you say to the child, or to the older adult, in the moment?",
                    "Who would you tell, and how fast? Is your duty personal in this state?",
                    "How could you stay in the relationship with the parent or the older adult after a report?",
                ],
            },
            {
                "title": "Teach-back and close",
                "minutes": 10,
                "method": "teach_back",
                "description": (
                    "In pairs, each person teaches the other, in two minutes, one of these: "
                    "the limits of confidentiality, what the 2024 Part 2 rule changed, or "
                    "three rules for a good note. The partner names one thing done well and "
                    "one thing to add. Close by asking each person to name the one ethics "
                    "question they will bring to their supervisor this month, and remind "
                    "them that the Ethics course goes deeper."
                ),
                "materials": [],
            },
        ],
        "handouts": [
            {
                "title": "Confidentiality and its limits, at a glance",
                "text": (
                    "This is a plain-language summary, not legal advice. Your supervisor and "
                    "privacy officer guide real cases, and state law may add rules.\n\n"
                    "HIPAA\n"
                    "- Covers most health care providers and health plans.\n"
                    "- Allows sharing for treatment, payment and health care operations; most "
                    "other sharing needs written permission.\n"
                    "- People can see and get a copy of most of their own records.\n\n"
                    "42 CFR Part 2\n"
                    "- Protects records of federally assisted substance use disorder programs, "
                    "including the fact that someone is a patient.\n"
                    "- Generally needs the person's written consent to share.\n"
                    "- Exceptions include medical emergencies and reports of child abuse and "
                    "neglect under state law.\n\n"
                    "The 2024 Part 2 rule (published February 16, 2024; in effect April 16, "
                    "2024; required by February 16, 2026)\n"
                    "- One consent can cover future sharing for treatment, payment and "
                    "operations.\n"
                    "- Records still cannot be used against the person in legal proceedings "
                    "without consent or a special court order.\n"
                    "- Certain counseling notes need their own consent.\n"
                    "- Breach notice, HIPAA-style penalties and a right to complain.\n\n"
                    "What I say at the start\n"
                    "- What you tell me stays private, with a few exceptions.\n"
                    "- If I think you may be in danger of dying, or a child or an older or "
                    "disabled adult is being abused or neglected, I have to get help.\n"
                    "- Sharing with family, probation or anyone else needs your written "
                    "consent.\n"
                    "- I will always try to tell you first."
                ),
            },
            {
                "title": "Writing notes people can read",
                "text": (
                    "Write every note as if the person is reading over your shoulder.\n\n"
                    "Include\n"
                    "- Date, time, place and length of the contact.\n"
                    "- Why you met and what happened, in facts.\n"
                    "- The person's own words when they matter.\n"
                    "- The plan: who does what, by when, and the next meeting.\n"
                    "- Any safety concern, what you did and who you told.\n\n"
                    "Avoid\n"
                    "- Labels such as drug-seeking, in denial, noncompliant, manipulative.\n"
                    "- Diagnoses and guesses.\n"
                    "- Private details that have nothing to do with the plan.\n\n"
                    "Timing and corrections\n"
                    "- Write as soon as you can, within your program's deadline.\n"
                    "- Mark late entries as late.\n"
                    "- Never erase or secretly change a note; use one line or the system's "
                    "correction feature."
                ),
            },
        ],
    },
}
