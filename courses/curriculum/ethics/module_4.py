"""Ethics module 4: Confidentiality and the law. 42 CFR Part 2 as revised by the 2024 final rule,
HIPAA basics, consent forms, talking with family or probation only with consent, the limits of
confidentiality, mandated reporting, duty to warn or protect, and documentation. General
education, not legal advice."""

MODULE = {
    "slug": "confidentiality-and-the-law",
    "title": "Confidentiality and the law",
    "domain": "ethical-responsibility",
    "intro": (
        "What 42 CFR Part 2 and HIPAA mean for a recovery coach after the 2024 changes, what a "
        "consent form must say, how to explain the limits of confidentiality, when reporting is "
        "required, and how to write notes a person would be glad to read. General education, "
        "not legal advice."
    ),
    "minutes": 150,
    "sources": [
        "U.S. Department of Health and Human Services, Office for Civil Rights, and SAMHSA. "
        "Confidentiality of Substance Use Disorder (SUD) Patient Records: Final Rule, 42 CFR "
        "Part 2. Federal Register, February 16, 2024.",
        "U.S. Department of Health and Human Services. Fact Sheet: 42 CFR Part 2 Final Rule. "
        "2024.",
        "Center of Excellence for Protected Health Information (SAMHSA-funded). Commonly Asked "
        "Questions About the 2024 Part 2 Final Rule, and SUD Counseling Notes resource guide. "
        "2025.",
        "U.S. Department of Health and Human Services, Office for Civil Rights. Individuals' "
        "Right under HIPAA to Access their Health Information, 45 CFR 164.524.",
        "Child Welfare Information Gateway, Children's Bureau. Mandatory Reporting of Child "
        "Abuse and Neglect (State Statutes series). 2023.",
        "Johnson R, Persad G, Sisti D. The Tarasoff Rule: The Implications of Interstate "
        "Variation and Gaps in Professional Training. Journal of the American Academy of "
        "Psychiatry and the Law. 2014.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "42-cfr-part-2",
            "title": "42 CFR Part 2 and the 2024 rule",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why a special privacy rule exists</h2>"
                 "<p>People with substance use disorders can lose a job, a home, custody of "
                 "their kids or their freedom if their treatment becomes known. Fear of that is "
                 "one reason people stay away from care. In the 1970s, Congress passed laws to "
                 "protect the records of people in substance use treatment. The rule that "
                 "carries out those laws is called <strong>42 CFR Part 2</strong>, or just "
                 "Part 2. It has been in place for almost fifty years.</p>"
                 "<p>This lesson is general education, not legal advice. Your program's "
                 "privacy officer, supervisor and lawyers decide hard cases. Your job is to "
                 "know the basics well enough to protect people and to ask before you share.</p>"
                 "<h2>Who Part 2 covers</h2>"
                 "<p>Part 2 applies to a <strong>Part 2 program</strong>. That is a program "
                 "that gets federal help of some kind (for example, Medicaid or Medicare "
                 "billing, a federal grant, or a federal registration) and that holds itself "
                 "out as providing substance use disorder diagnosis, treatment or referral "
                 "for treatment. An opioid treatment program, the methadone clinic, is a "
                 "classic Part 2 program. A unit inside a hospital that is set up to treat "
                 "substance use can be one too.</p>"
                 "<p>Part 2 protects records that identify a person as having, or having had, "
                 "a substance use disorder and that come from a Part 2 program. That includes "
                 "the simple fact that someone is a patient. Without a proper consent or "
                 "another exception, staff cannot confirm or deny that a person goes there. "
                 "Not to a mother, not to a boss, not to a police officer at the front "
                 "desk.</p>"
                 "<p>Part 2 also follows the records. People and agencies that lawfully "
                 "receive Part 2 records, such as a hospital or an insurer, take on duties to "
                 "protect them.</p>"
                 "<h2>What changed in 2024</h2>"
                 "<p>In 2020, the CARES Act told the Department of Health and Human Services "
                 "(HHS) to bring Part 2 closer to HIPAA, the main federal health privacy law. "
                 "HHS, through its Office for Civil Rights and SAMHSA, published a final rule "
                 "on February 16, 2024. It took effect on April 16, 2024. Programs must follow "
                 "it by February 16, 2026. Here are the big changes a coach should know.</p>"
                 "<h3>1. One consent for treatment, payment and health care operations</h3>"
                 "<p>Before, people often had to sign a new consent for each provider or "
                 "purpose. Now a person can sign a <strong>single consent</strong> that covers "
                 "all future uses and disclosures for treatment, payment and health care "
                 "operations. People in health care shorten this to TPO. Treatment means care "
                 "from other providers. Payment means billing insurance. Health care "
                 "operations means things like quality checks and running the program. The "
                 "consent lasts until the person revokes it in writing.</p>"
                 "<p>The TPO consent can describe who gets the records in general words, such "
                 "as “my treating providers, health plans, third-party payers, and people "
                 "helping to operate this program.” It must also tell the person what happens "
                 "if they refuse to sign, and that records shared under it may be shared again "
                 "by the people who receive them.</p>"
                 "<h3>2. Redisclosure now follows HIPAA in many cases</h3>"
                 "<p>Redisclosure means the person who receives the records passes them on. "
                 "Under the new rule, when a health care provider or plan covered by HIPAA, or "
                 "a business working for them, gets Part 2 records under a TPO consent, it "
                 "may pass them on the way HIPAA allows. There is one big exception, "
                 "described next.</p>"
                 "<h3>3. Strong protection against use in legal proceedings</h3>"
                 "<p>Part 2's core promise stays. Part 2 records, and testimony about what is "
                 "in them, generally cannot be used against the person in civil, criminal, "
                 "administrative or legislative proceedings without the person's specific "
                 "consent or a special court order. That protection follows the records even "
                 "after they are shared for TPO. Proceedings include a criminal case, a "
                 "custody case, a license hearing or an eviction case run by a government "
                 "body. Every disclosure made with consent must carry a written notice that "
                 "says so.</p>"
                 "<h3>4. Breach notification like HIPAA</h3>"
                 "<p>A breach is when protected records get out in a way the rules do not "
                 "allow, like a stolen laptop or a letter sent to the wrong person. Part 2 "
                 "programs must now follow the same breach notification rules as HIPAA. In "
                 "general, that means telling the affected people, and HHS, when a breach of "
                 "unsecured records happens.</p>"
                 "<h3>5. New patient rights and stronger enforcement</h3>"
                 "<ul>"
                 "<li>People can file a complaint about a Part 2 violation directly with HHS, "
                 "as they can under HIPAA.</li>"
                 "<li>Penalties for violations now line up with HIPAA's civil and criminal "
                 "penalties.</li>"
                 "<li>Programs must give a notice of privacy practices that lines up with "
                 "HIPAA's notice.</li>"
                 "<li>People can opt out of fundraising contacts.</li>"
                 "</ul>"
                 "<h3>6. Counseling notes get extra protection</h3>"
                 "<p>The rule created a category called <strong>SUD counseling notes</strong>. "
                 "These are notes a counselor or other clinician keeps separately from the "
                 "main record, about what was said in a counseling session. They are like "
                 "psychotherapy notes under HIPAA. Sharing them needs its own separate consent, "
                 "and a program cannot make someone sign that consent to get treatment. "
                 "Regular progress notes, medication records and test results are not "
                 "counseling notes. Peer notes are usually part of the regular record.</p>"
                 "<h2>A story: why this matters</h2>"
                 "<p>Ray, 41, is a welder in a small city. He has been on methadone for three "
                 "years. A co-worker saw his car in the clinic lot and told their boss. The "
                 "boss called the clinic and asked if Ray was a patient. The front desk said, "
                 "“We can't confirm or deny who receives services here.” Ray kept his job. He "
                 "later chose to tell his boss himself, on his own terms, with help from his "
                 "coach. That is what Part 2 is for: the person decides who knows.</p>"
                 "<h2>Common myths</h2>"
                 "<ul>"
                 "<li><strong>“The 2024 rule ended Part 2.”</strong> No. It lined up many parts "
                 "with HIPAA, but kept Part 2's core protections, especially against using "
                 "records against the person in legal cases.</li>"
                 "<li><strong>“A signed release means I can share anything.”</strong> No. A "
                 "consent covers only the people, information and purpose written on it.</li>"
                 "<li><strong>“Police can get records if they ask.”</strong> No. A request, or "
                 "even a subpoena alone, is not enough. Send it to your supervisor.</li>"
                 "<li><strong>“Family has a right to know.”</strong> Not without the person's "
                 "consent, with rare exceptions like a medical emergency.</li>"
                 "</ul>"
                 "<h2>What has not changed</h2>"
                 "<p>Part 2 still allows some disclosures without consent, in narrow cases:</p>"
                 "<ul>"
                 "<li>to medical staff in a real medical emergency;</li>"
                 "<li>to report suspected child abuse or neglect as state law requires (lesson "
                 "4);</li>"
                 "<li>under a court order that meets Part 2's special rules (a subpoena alone "
                 "is not enough);</li>"
                 "<li>for certain research, audits and program evaluations;</li>"
                 "<li>about a crime on program grounds or against program staff.</li>"
                 "</ul>"
                 "<p>And Part 2 still sets a higher bar than ordinary medical privacy. A "
                 "general medical release form is usually not enough to share Part 2 records "
                 "with someone outside TPO, like a family member, an employer or a probation "
                 "officer.</p>"),
                ("callout", {
                    "title": "Practical rule",
                    "text": (
                        "Without a valid written consent on file, do not confirm that a person "
                        "comes to your program, to anyone. Say: “I can't confirm or deny who "
                        "receives services here.” Then check with your supervisor."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Who is protected and for how long</h2>"
                 "<p>Part 2 protects current and former patients. The protection does not end "
                 "when a person leaves treatment, moves away or stops taking medication. A "
                 "person who was at a clinic ten years ago still has the right to keep that "
                 "private. It also protects people who came for an assessment but never "
                 "started treatment. When someone says, “I used to go there years ago,” treat "
                 "that history with the same care as someone who doses there today.</p>"
                 "<h2>What this means for a coach</h2>"
                 "<p>If your peer program is part of an opioid treatment program or another "
                 "Part 2 program, your notes and conversations are part of Part 2 records. "
                 "Even at a stand-alone peer center, your program may be covered, and your "
                 "code of ethics requires you to protect privacy either way. In practice:</p>"
                 "<ul>"
                 "<li>Never confirm who attends, even to people who seem to already know.</li>"
                 "<li>Check the record for a current, valid consent before you share anything "
                 "outside the program. Ask what it covers and when it ends.</li>"
                 "<li>Share only what the consent allows and only what is needed.</li>"
                 "<li>Send any subpoena, court paper or police request to your supervisor or "
                 "privacy officer right away. Do not answer it yourself.</li>"
                 "<li>Report any possible breach, like a lost phone or a misdirected email, to "
                 "your supervisor the same day.</li>"
                 "</ul>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "A man calls the peer center and says, “I'm Carla's husband. Is she "
                            "there today?” There is no consent for him on file. What do you say?"
                        ),
                        "choices": [
                            ("“I can't confirm or deny who receives services here. I'm happy to "
                             "take a message in case the person is someone we know.”", True),
                            ("“She left about an hour ago.”", False),
                            ("“She's not here today, sorry.”", False),
                        ],
                        "explanation": (
                            "Even saying she is not there today confirms she is a patient. Part "
                            "2 protects the fact that someone attends."
                        ),
                    },
                    {
                        "prompt": "What did the 2024 Part 2 rule add about consent?",
                        "choices": [
                            ("A person can sign one consent for all future uses and "
                             "disclosures for treatment, payment and health care operations, "
                             "until they revoke it in writing", True),
                            ("Programs no longer need consent for anything", False),
                            ("Family members can now get records without consent", False),
                        ],
                        "explanation": (
                            "The single TPO consent is the main change. Sharing with family, "
                            "employers or courts still needs the person's consent or another "
                            "exception."
                        ),
                    },
                    {
                        "prompt": (
                            "Under Part 2, can a person's treatment records be used against "
                            "them in a custody case without their consent?"
                        ),
                        "choices": [
                            ("Generally no, unless there is specific consent or a court order "
                             "that meets Part 2's special rules", True),
                            ("Yes, if the records were shared with a hospital first", False),
                            ("Yes, if a lawyer sends a subpoena", False),
                        ],
                        "explanation": (
                            "The protection against use in proceedings follows the records, "
                            "and a subpoena alone is not enough."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "hipaa",
            "title": "HIPAA basics and how it fits with Part 2",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>What HIPAA is</h2>"
                 "<p>HIPAA is the Health Insurance Portability and Accountability Act, a "
                 "federal law passed in 1996. Its Privacy Rule sets national rules for health "
                 "information. HHS's Office for Civil Rights enforces it.</p>"
                 "<h2>Who HIPAA covers</h2>"
                 "<p>HIPAA applies to <strong>covered entities</strong>: health plans, health "
                 "care clearinghouses (companies that process billing data) and most health "
                 "care providers, namely those that bill or send health information "
                 "electronically. It also applies to <strong>business associates</strong>, "
                 "companies that handle health information for a covered entity, like a "
                 "billing service or an electronic records vendor.</p>"
                 "<p>HIPAA protects <strong>protected health information</strong>, or PHI. "
                 "That is information that identifies a person and relates to their health, "
                 "their care or paying for their care. A name plus a clinic visit date is "
                 "PHI.</p>"
                 "<h2>What HIPAA allows</h2>"
                 "<ul>"
                 "<li>Providers may use and share PHI for treatment, payment and health care "
                 "operations without a separate written authorization.</li>"
                 "<li>For most other purposes, such as sharing with an employer, they need "
                 "the person's written authorization.</li>"
                 "<li>In general, they must share only the <strong>minimum necessary</strong> "
                 "for the purpose.</li>"
                 "<li>HIPAA also lists other permitted disclosures, for example some public "
                 "health reports and some reports required by law.</li>"
                 "</ul>"
                 "<h2>Rights HIPAA gives people</h2>"
                 "<ul>"
                 "<li><strong>The right of access:</strong> to see and get a copy of their "
                 "own records, with few exceptions, for as long as the records are kept. "
                 "They can also ask that a copy be sent to someone they choose.</li>"
                 "<li>The right to ask for a correction if something is wrong.</li>"
                 "<li>The right to a notice of privacy practices that explains how their "
                 "information is used.</li>"
                 "<li>The right to file a complaint with the program and with HHS.</li>"
                 "</ul>"
                 "<p>The right of access matters for coaches. It means the person you coach "
                 "can usually read what you write about them. Lesson 5 shows how to write with "
                 "that in mind.</p>"
                 "<h2>How HIPAA and Part 2 fit together</h2>"
                 "<p>Many programs are covered by both. An opioid treatment program that bills "
                 "Medicaid is usually a HIPAA covered entity and a Part 2 program. Since the "
                 "2024 rule, the two line up much more closely: the single TPO consent, "
                 "breach notification, complaints to HHS and the notice of privacy practices. "
                 "But Part 2 still gives more protection in key places:</p>"
                 "<ul>"
                 "<li>Part 2 needs the person's consent for most sharing. HIPAA allows more "
                 "sharing without it.</li>"
                 "<li>Part 2 bars using records against the person in legal proceedings "
                 "without consent or a special court order.</li>"
                 "<li>Part 2 adds extra protection for SUD counseling notes.</li>"
                 "</ul>"
                 "<p>When both rules apply, programs follow the one that protects the person "
                 "more. State laws may add even more protection, for example for HIV status or "
                 "mental health records.</p>"
                 "<h2>If your program is not covered</h2>"
                 "<p>A small recovery community center that does not bill insurance may not "
                 "be a HIPAA covered entity, and it may not be a Part 2 program. That does not "
                 "make privacy optional. Your code of ethics still requires confidentiality. "
                 "People still trust you with their stories. Your program should still have "
                 "written privacy policies, consent forms for sharing, and locked or "
                 "password-protected records. Ask your supervisor which laws apply to your "
                 "program.</p>"
                 "<h2>Answering “Who will see my information?”</h2>"
                 "<p>People often ask this, and they deserve a straight answer. Know your "
                 "program's notice of privacy practices well enough to explain it in plain "
                 "words. For example: “Your care team here can see your record. If you sign "
                 "the form for treatment, payment and operations, your other doctors and your "
                 "insurance can get what they need to treat you and pay for care. Nobody else, "
                 "like your job, your family or the courts, gets it without your written okay, "
                 "except in a few cases like an emergency. And you can see your own record "
                 "too.” If you do not know the answer, say so, and find out.</p>"
                 "<h2>Phones, texts and telehealth</h2>"
                 "<p>Much peer work now happens by phone, text and video. Privacy rules apply "
                 "there too. Use the program's approved phone, app or video platform. Before "
                 "a video or phone session, ask the person whether they are somewhere they can "
                 "talk freely. Agree on a code word they can use if someone walks in. Do not "
                 "talk about a person on a call in a public place. And remember that texts "
                 "and voicemails can be seen by others who share the person's phone. Ask "
                 "what is safe to send.</p>"
                 "<h2>Inside the team</h2>"
                 "<p>Your program's policy says who on the team may see what. Even inside the "
                 "program, not everyone needs everything. Share what "
                 "helps the person's care, in team meetings and in the record. Do not chat "
                 "about people in the break room. And remember that co-workers who are also "
                 "patients have the same privacy rights as anyone else.</p>"
                 "<h2>Complaints</h2>"
                 "<p>If a person believes their privacy was violated, they can complain to the "
                 "program, usually to its privacy officer. They can also file a complaint with "
                 "the HHS Office for Civil Rights. Since the 2024 rule, that is true for Part 2 "
                 "violations as well as HIPAA violations. A coach's job is to tell people they "
                 "have this right, help them find the program's complaint process, and never "
                 "punish or discourage anyone for using it. If a person complains about you, tell your "
                 "supervisor, stay respectful, and let the process work.</p>"
                 "<h2>Everyday privacy habits</h2>"
                 "<ul>"
                 "<li>Talk about people in private spaces, not in hallways, elevators or the "
                 "dosing line.</li>"
                 "<li>Lock your screen when you walk away. Never share passwords.</li>"
                 "<li>Do not keep notes with names on your personal phone or in your "
                 "car.</li>"
                 "<li>Do not leave messages that say what the call is about unless the "
                 "person has agreed to that.</li>"
                 "<li>Use first names only, or no names, in group settings outside the "
                 "program.</li>"
                 "<li>Shred paper with names. Do not put it in the trash.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "When in doubt, do not share",
                    "text": (
                        "If you are not sure whether you may share something, you probably "
                        "should not yet. Pause, check the consent and ask your supervisor. A "
                        "short delay is better than a disclosure you cannot take back."
                    ),
                    "tone": "tip",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Mr. Reyes asks to see what his coach has written about him. What "
                            "is generally true under HIPAA?"
                        ),
                        "choices": [
                            ("He generally has a right to see and get a copy of his records, "
                             "with few exceptions", True),
                            ("Peer notes are private to the coach", False),
                            ("He can see them only with a court order", False),
                        ],
                        "explanation": (
                            "HIPAA's right of access lets people see and copy most of their "
                            "records. Write every note as if the person will read it."
                        ),
                    },
                    {
                        "prompt": (
                            "Your peer center does not bill insurance and may not be covered "
                            "by HIPAA. What does that mean for privacy?"
                        ),
                        "choices": [
                            ("Your code of ethics and program policy still require "
                             "confidentiality", True),
                            ("You can share freely with family and employers", False),
                            ("Only Part 2 matters", False),
                        ],
                        "explanation": (
                            "Ethics and policy still apply, and trust depends on privacy. Ask "
                            "your supervisor which laws cover your program."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "consent-family-and-probation",
            "title": "Consent forms, family and probation officers",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>Consent is the person's choice</h2>"
                 "<p>Consent puts the person in charge of their own information. A good "
                 "consent conversation is not paperwork. It is a chance to ask: who do you "
                 "want in your corner, and what do you want them to know? Many people want "
                 "their coach to talk with a sister, a pastor or a probation officer. Others "
                 "do not. Both are valid.</p>"
                 "<h2>What a Part 2 consent form must say</h2>"
                 "<p>A Part 2 consent can be on paper or electronic. It must include:</p>"
                 "<ol>"
                 "<li>the person's name;</li>"
                 "<li>who may share the information (the program, or a specific person or "
                 "class of persons);</li>"
                 "<li>what information may be shared, described in a specific and meaningful "
                 "way;</li>"
                 "<li>who may receive it, by name or, for a TPO consent, a general "
                 "description;</li>"
                 "<li>the purpose, for example “at the request of the patient” or, for a TPO "
                 "consent, “for treatment, payment, and health care operations”;</li>"
                 "<li>a statement that the person can revoke the consent in writing, how to do "
                 "that, and the limits (it cannot undo sharing that already happened);</li>"
                 "<li>when the consent ends: a date or an event, such as the end of treatment "
                 "(for a TPO consent, it may say “none”);</li>"
                 "<li>the person's signature, or the signature of someone legally allowed to "
                 "sign for them;</li>"
                 "<li>the date it was signed.</li>"
                 "</ol>"
                 "<p>A TPO consent must also explain what happens if the person refuses to "
                 "sign and that the records may be shared again by the people who get them. "
                 "A consent for SUD counseling notes must be separate.</p>"
                 "<p>If any required part is missing, the consent is not valid. If the "
                 "consent has expired or been revoked, it is not valid. Do not fill in blanks "
                 "for the person, and do not have them sign a blank form.</p>"
                 "<h2>Helping someone decide</h2>"
                 "<p>Before the person signs, walk through it in plain words:</p>"
                 "<ul>"
                 "<li>Who exactly will get the information?</li>"
                 "<li>What will they get? Attendance only? Whether you are on medication? Your "
                 "test results? Keep it as narrow as the purpose needs.</li>"
                 "<li>Why? What good will it do for you?</li>"
                 "<li>How long should it last?</li>"
                 "<li>You can say no, and you can change your mind later in writing.</li>"
                 "</ul>"
                 "<p>A consent allows sharing. It does not require it. Even with consent, "
                 "share only what is needed for the purpose, and talk with the person about "
                 "what you plan to say.</p>"
                 "<h2>Family members</h2>"
                 "<p>Families are often scared and want to help. A mother calls and asks, “Is "
                 "my son going to his appointments? Is he using?” Without the son's consent, "
                 "you cannot answer, or even confirm you know him. But you can still be kind "
                 "and useful to her:</p>"
                 "<ul>"
                 "<li>Listen. You can hear what she has to say without sharing anything.</li>"
                 "<li>Share general information: how to get naloxone, what medication for "
                 "opioid use disorder is, where family support groups meet.</li>"
                 "<li>Offer to pass a message “if the person is someone we know.”</li>"
                 "<li>Later, tell the person about the call and ask whether they want to sign "
                 "a consent for their mom.</li>"
                 "</ul>"
                 "<p>A sample answer: “I can hear how worried you are. Because of privacy "
                 "laws, I can't confirm whether anyone is a participant here. What I can do is "
                 "give you information on family support and naloxone, and take a message in "
                 "case it's someone we know.”</p>"
                 "<h2>Probation, parole, courts and drug courts</h2>"
                 "<p>Many people come to recovery through a court, probation or parole. A "
                 "probation officer may call to ask whether a person is showing up, or whether "
                 "they tested positive. The rule is the same: no valid consent, no "
                 "information. Not even “yes, she's ours.”</p>"
                 "<p>Part 2 has a special consent for people whose participation in treatment "
                 "is a condition of their case, probation or parole. Under this kind of "
                 "consent, the information can go only to people in the justice system who "
                 "need it to monitor the person's progress, such as the probation officer or "
                 "the judge. And the consent can be written so it cannot be revoked until a "
                 "set time or event, such as the end of probation. Programs usually handle "
                 "these forms through clinical staff.</p>"
                 "<p>Even with consent, share only what the consent covers, and share facts: "
                 "attended, did not attend, completed a goal. Do not add opinions like "
                 "“she's not serious about recovery.” Your words can send someone back to "
                 "jail. And talk with the person before you talk with their officer, so there "
                 "are no surprises.</p>"
                 "<h2>Revoking consent</h2>"
                 "<p>A person can change their mind. Under Part 2, revoking a consent is done "
                 "in writing. If someone tells you they no longer want their mother or their "
                 "employer to hear from the program, help them put it in writing right away, "
                 "and tell your supervisor so the record is updated. Revoking does not undo "
                 "sharing that already happened. A consent for a criminal justice referral may "
                 "be written so it cannot be revoked until a set time, so check with clinical "
                 "staff about those.</p>"
                 "<h2>A story: bringing family in</h2>"
                 "<p>Mr. Yazzie, 58, is on buprenorphine and lives with his daughter on the "
                 "reservation. His daughter drives him to the clinic and wants to help, but "
                 "he has kept his treatment private from her. His coach, Lorraine, does not "
                 "push. Over a few weeks, Mr. Yazzie says he wants his daughter to know how "
                 "to use naloxone and what to do if he seems unwell. Together they fill out a "
                 "consent that names his daughter, covers only his treatment status and "
                 "emergency plan, and ends in one year. Mr. Yazzie tells his daughter himself, "
                 "with Lorraine there. The consent makes the family plan official, but the "
                 "choice was his all along.</p>"
                 "<h2>When the person is in crisis and family calls</h2>"
                 "<p>Sometimes a family member calls during a crisis: “She overdosed last "
                 "night. Is she okay? Is she there?” These calls are painful. Stay calm and "
                 "kind. Without consent, you still cannot confirm she is a participant. You "
                 "can give general information, such as which hospital in the area takes "
                 "overdoses, and take a message. In a real medical emergency, Part 2 allows "
                 "sharing with medical staff who need it. It does not open the record to "
                 "family. Tell your supervisor right away, and when you can, ask the person "
                 "whether they want family involved.</p>"
                 "<h2>Emergency contacts</h2>"
                 "<p>Many programs ask people for an emergency contact at intake. Being listed "
                 "as an emergency contact is not the same as having consent to receive "
                 "information. Check what the person signed, and what your program's "
                 "emergency policy allows.</p>"
                 "<h2>Other people who may ask</h2>"
                 "<ul>"
                 "<li><strong>Employers:</strong> need consent. Many people choose to share "
                 "only that they are in treatment and able to work.</li>"
                 "<li><strong>Landlords and recovery home managers:</strong> need consent.</li>"
                 "<li><strong>Child welfare workers:</strong> need consent, or another Part 2 "
                 "exception. The MAT course and the Recovery Coach Training cover working with "
                 "child welfare in more depth.</li>"
                 "<li><strong>Police:</strong> a badge is not a consent. Refer them to your "
                 "supervisor. Emergencies and crimes at the program follow program "
                 "procedure.</li>"
                 "<li><strong>Other providers:</strong> may be covered by a TPO consent, if the "
                 "person signed one. Check the record.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Talk with the person first",
                    "text": (
                        "Before you speak with a family member, officer or employer, even with "
                        "consent, tell the person what you plan to share. No one should be "
                        "surprised by what their coach said about them."
                    ),
                    "tone": "tip",
                }),
                ("scenario", {
                    "title": "The probation officer calls",
                    "situation": (
                        "You coach Shawna, 29, who is on buprenorphine and on probation. Her "
                        "probation officer calls the peer center and says: “I know Shawna "
                        "comes there. Just tell me if she's been showing up and whether she's "
                        "been using. It's for her own good.” You check the record. There is a "
                        "TPO consent, but no consent naming the probation department."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Tell the officer politely that you cannot confirm or deny who "
                                "receives services without a valid consent, take a callback "
                                "number, and tell your supervisor."
                            ),
                            "feedback": (
                                "Right. A TPO consent does not cover probation. Without a "
                                "consent naming the probation department, you share nothing, "
                                "not even that she is a participant."
                            ),
                            "best": True,
                            "next": (
                                "Your supervisor confirms there is no consent for probation. "
                                "The next day you see Shawna. She is worried her officer will "
                                "think she is hiding something."
                            ),
                        },
                        {
                            "text": (
                                "Confirm she attends but say you cannot share anything else."
                            ),
                            "feedback": (
                                "Confirming attendance is itself a disclosure under Part 2. "
                                "Without a valid consent, you cannot confirm she is a "
                                "participant."
                            ),
                            "best": False,
                            "next": (
                                "You have shared protected information. Your supervisor helps "
                                "you report it. The next day you see Shawna, who is worried "
                                "about what her officer thinks."
                            ),
                        },
                        {
                            "text": (
                                "Share what you know, since the TPO consent covers sharing "
                                "for treatment."
                            ),
                            "feedback": (
                                "A probation officer is not a treating provider, health plan "
                                "or part of program operations. The TPO consent does not "
                                "cover this."
                            ),
                            "best": False,
                            "next": (
                                "You have shared protected information without consent. Your "
                                "supervisor helps you report it. The next day Shawna is "
                                "worried about what her officer thinks."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "How do you help Shawna now?",
                        "choices": [
                            {
                                "text": (
                                    "Tell her about the call, explain her options, and if she "
                                    "wants, help her set up a consent with clinical staff that "
                                    "names the probation department, shares only what her "
                                    "probation terms require, and says when it ends."
                                ),
                                "feedback": (
                                    "This keeps Shawna in charge. A narrow consent can help "
                                    "her meet her probation terms without sharing more than "
                                    "needed."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Have her sign a consent that lets the program share "
                                    "anything with anyone, to save time."
                                ),
                                "feedback": (
                                    "A consent must name who gets what, and why. A blanket "
                                    "consent is not valid and would not protect her."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Do not mention the call, so she does not worry."
                                ),
                                "feedback": (
                                    "She has a right to know, and she may need to act. Hiding "
                                    "it takes away her choice."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "mandated-reporting-and-duty-to-warn",
            "title": "Limits of confidentiality, mandated reporting and duty to warn",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>No one can promise total secrecy</h2>"
                 "<p>Confidentiality is strong, but it has limits. A coach who promises to "
                 "keep everything secret may have to break that promise later, and that feels "
                 "like betrayal. The fix is simple: explain the limits at the start, in plain "
                 "words, before the person shares anything hard.</p>"
                 "<h2>Explaining the limits at the first meeting</h2>"
                 "<p>Here is one way to say it. Make it your own:</p>"
                 "<p>“What you tell me stays private. I don't share it with your family, your "
                 "job, or anyone outside the program unless you sign a form saying I can. I do "
                 "talk with my supervisor and our team so we can support you well. There are "
                 "a few times I would have to share something, even without your okay: if a "
                 "child or a vulnerable adult is being hurt, if you're in danger of dying or "
                 "seriously hurting yourself, or if someone else is in serious danger. If "
                 "that ever comes up, I'll tell you what I have to do whenever I can. Do you "
                 "have questions about that?”</p>"
                 "<p>Check the person understood. Give them the program's written privacy "
                 "notice. And repeat the limits when someone says, “Can I tell you something "
                 "if you promise not to tell?” The honest answer is: “I want to hear it. "
                 "Before you tell me, remember the few things I can't keep private.”</p>"
                 "<h2>Mandated reporting of child abuse and neglect</h2>"
                 "<p>A federal law called the Child Abuse Prevention and Treatment Act (CAPTA) "
                 "requires every state to have rules on reporting child abuse and neglect. "
                 "Every state names in law the people who must report. These mandated "
                 "reporters are often health and mental health workers, social workers, "
                 "teachers, child care workers and police. In some states, substance use "
                 "counselors are named. A few states require every adult to report. And in all "
                 "states, anyone may report.</p>"
                 "<p>Whether a peer coach is a mandated reporter depends on your state's law "
                 "and your job. Many programs require all staff to report, whatever state law "
                 "says. Ask your supervisor, and take the mandated reporter training your "
                 "state offers.</p>"
                 "<p>States also protect people who report in good faith from being sued or "
                 "charged for making the report. Good faith means you honestly believed it "
                 "might be abuse or neglect. You do not need proof. Investigators decide what "
                 "happened.</p>"
                 "<h3>Part 2 and child abuse reports</h3>"
                 "<p>Part 2 allows a program to make a report of suspected child abuse or "
                 "neglect to the right state or local authority, as state law requires or "
                 "allows. But that is as far as it goes. The person's treatment records stay "
                 "protected. Using them in a later court case about the report still needs "
                 "consent or a court order that meets Part 2's rules.</p>"
                 "<h3>Taking medication is not abuse</h3>"
                 "<p>This matters for the people we serve. A parent who takes methadone or "
                 "buprenorphine as prescribed is getting treatment, not harming their child. "
                 "Taking medication for opioid use disorder alone is not a reason to report. "
                 "Reports are about a child's safety: injuries, lack of care or supervision, "
                 "exposure to real danger. If you are unsure, talk with your supervisor before "
                 "you act, and know that your state may have its own rules about infants "
                 "exposed to substances before birth. Stay person-centered. A report is a "
                 "safety step, not a judgment of a parent's recovery.</p>"
                 "<h2>Abuse of older adults and adults with disabilities</h2>"
                 "<p>Most states also require some people to report abuse, neglect or money "
                 "exploitation of older adults or adults with disabilities. These laws vary "
                 "even more than child abuse laws: who must report, which adults are covered, "
                 "where to report (often Adult Protective Services) and how fast. Learn your "
                 "state's rules and your program's procedure. For example, if Mr. Harris, 74, "
                 "tells you his nephew takes his whole check each month and leaves him without "
                 "food, that may need a report.</p>"
                 "<h2>Duty to warn or protect</h2>"
                 "<p>In 1976, in a case called Tarasoff, the California Supreme Court said "
                 "that a therapist whose patient posed a serious danger of violence to someone "
                 "had a duty to take reasonable steps to protect that person. Since then, "
                 "states have gone different ways. Some require certain mental health "
                 "professionals to warn or protect. Some allow them to break confidentiality "
                 "to warn, but do not require it. Some have no clear rule. Most of these laws "
                 "name licensed professionals, not peers.</p>"
                 "<p>So what does a coach do? You do not decide this alone. If a person makes "
                 "a serious threat to hurt someone, or you believe someone is in danger:</p>"
                 "<ol>"
                 "<li>If anyone is in immediate danger, call 911 and follow your program's "
                 "emergency procedure.</li>"
                 "<li>Tell your supervisor or the clinician on call right away. Do not wait "
                 "until the end of the day.</li>"
                 "<li>Stay with the person if it is safe, and keep them talking.</li>"
                 "<li>Write down the exact words the person used.</li>"
                 "</ol>"
                 "<h2>Risk of suicide or overdose</h2>"
                 "<p>If a person says they want to die or has a plan, stay with them, ask "
                 "directly about suicide, and follow your program's crisis steps. The person "
                 "can call or text 988, the Suicide and Crisis Lifeline, and you can call "
                 "with them. In a medical emergency, such as an overdose, Part 2 allows "
                 "sharing what emergency staff need. Call 911, give naloxone if you are "
                 "trained, and tell your supervisor. The Recovery Coach Training covers crisis "
                 "response in more depth.</p>"
                 "<h2>What making a report looks like</h2>"
                 "<p>Programs set their own steps, but a report often goes like this. You tell "
                 "your supervisor what you heard or saw. Together you decide whether the law "
                 "or program policy requires a report. Someone calls the state hotline or "
                 "agency, or files online. The report gives facts: who, what, when, where, and "
                 "what the person said. It does not include the person's whole treatment "
                 "history. You write a short, factual note. Ask your supervisor who makes the "
                 "call in your program, and whether your state expects the person with the "
                 "concern to make it personally.</p>"
                 "<h2>Staying in the relationship afterward</h2>"
                 "<p>A report does not have to end your work with the person. Many people "
                 "stay in coaching after a report, especially when the coach was honest about "
                 "the limits from the start. Check in. Acknowledge that it was hard. Keep "
                 "helping them with their own goals, such as a parenting class, housing or "
                 "getting to court. Be careful not to take sides in the investigation. Your "
                 "role is support, not evidence.</p>"
                 "<h2>When someone shares past harm</h2>"
                 "<p>People often tell a coach about abuse they lived through as children. "
                 "Whether past abuse must be reported depends on state law and the details, "
                 "such as whether the person who did it may still be around children. Do not "
                 "guess. Listen with care, thank the person for trusting you, and talk with "
                 "your supervisor about whether anything must be reported.</p>"
                 "<h2>Doing it well</h2>"
                 "<ul>"
                 "<li>Tell the person what you must do and why, when it is safe.</li>"
                 "<li>Involve them in the report when you can, for example by having them in "
                 "the room while you call.</li>"
                 "<li>Share only what the report needs.</li>"
                 "<li>Document facts: what was said, what you saw, whom you told and when.</li>"
                 "<li>Get support for yourself afterward. Reporting is hard, especially when "
                 "it touches your own history.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Never promise total secrecy",
                    "text": (
                        "When someone asks, “Can you promise not to tell anyone?”, pause and "
                        "remind them of the limits before they share. It protects their trust "
                        "and their choice."
                    ),
                    "tone": "warning",
                }),
                ("reflection", {
                    "prompt": (
                        "Write, in your own words, how you will explain confidentiality and its "
                        "limits to a new person at your first meeting. Then write what you "
                        "would say if, months later, you had to make a report."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "documentation",
            "title": "Documentation the person would be glad to read",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why coaches write notes</h2>"
                 "<p>Notes show what support was given. They help the team work together. "
                 "They may be needed for billing. They protect the person and the coach when "
                 "questions come up later. And they are legal records. A note you write today "
                 "may be read by the person, by a supervisor, by an auditor, by an insurer or, "
                 "in rare cases, by a judge under a court order.</p>"
                 "<p>People also have a right to see most of their own records. Write every "
                 "note as if the person will read it, because they may.</p>"
                 "<h2>Objective, not judgmental</h2>"
                 "<p>An objective note describes what you saw and heard. It leaves out labels, "
                 "guesses and opinions. Compare:</p>"
                 "<ul>"
                 "<li>Judgmental: “Client was non-compliant and in denial.”</li>"
                 "<li>Objective: “Said she missed two groups this week because her bus pass "
                 "ran out. We called the transit office together; new pass ready Monday.”</li>"
                 "<li>Judgmental: “Seemed high and manipulative.”</li>"
                 "<li>Objective: “Speech was slow. Said he had not slept in two days. Asked "
                 "twice about a ride. Coach told the nurse he was sleepy, with his okay.”</li>"
                 "</ul>"
                 "<p>Use the person's own words in quotes when it helps. Write what you did "
                 "and what comes next.</p>"
                 "<h2>Person-first and strengths-based</h2>"
                 "<p>Use person-first, respectful words. Write “person who uses drugs,” not "
                 "stigmatizing labels. Write “returned to use,” not words like “relapsed "
                 "again.” Write “tested positive for fentanyl,” not “dirty.” Note strengths "
                 "and progress, not just problems: the job application, the call to her "
                 "daughter, the first month of steady dosing.</p>"
                 "<h2>Stay in your role</h2>"
                 "<p>Coaches do not diagnose. Do not write “depressed,” “bipolar,” "
                 "“drug-seeking” or “needs a higher dose.” Describe what the person said and "
                 "did, and what you did about it. For example: “Said her dose seems to wear "
                 "off by evening, with sweats and cravings. She will raise this with her "
                 "prescriber Thursday. Coach helped her write down her questions.” That is "
                 "useful to the team and stays within the coach's role.</p>"
                 "<h2>What not to write</h2>"
                 "<ul>"
                 "<li>Opinions about the person's character or motives.</li>"
                 "<li>Diagnoses or guesses about medication.</li>"
                 "<li>Details about other people, like a partner's drug use or a friend's "
                 "legal trouble, unless it is truly needed for the plan.</li>"
                 "<li>Gossip, rumors or things heard in a mutual-aid meeting.</li>"
                 "<li>Details of crimes that are not needed for the support plan. Ask your "
                 "supervisor when you are unsure.</li>"
                 "<li>Your own feelings or frustrations. Bring those to supervision.</li>"
                 "<li>Anything you would not want read aloud in front of the person.</li>"
                 "</ul>"
                 "<h2>Minimum necessary</h2>"
                 "<p>Write what the record needs, not every detail the person shared. A person "
                 "may tell you about a past trauma in deep detail. The note can say: “Talked "
                 "about past trauma. Asked for a referral to a trauma counselor. Referral "
                 "made.” That records what matters and keeps private things private.</p>"
                 "<h2>Timely, accurate, in the right place</h2>"
                 "<ul>"
                 "<li>Write notes the same day, while details are fresh.</li>"
                 "<li>Date and sign every note, as your system requires.</li>"
                 "<li>Correct errors the way your program requires. Do not erase or delete. "
                 "Add a dated correction.</li>"
                 "<li>Use only the program's approved record system. Do not keep personal "
                 "notes, photos or texts with names on your own devices.</li>"
                 "<li>Never change a note after a complaint or a request for records, except "
                 "by a dated, open correction.</li>"
                 "</ul>"
                 "<h2>A sample note</h2>"
                 "<p>Here is a short peer note that follows these rules:</p>"
                 "<p>“Met with Ms. Duarte at the peer room, 45 minutes. She said her goal this "
                 "month is to get her driver's license back. She has her court paperwork and "
                 "needs to pay a fine. We looked up the payment plan together and she called "
                 "the court office. She said she feels “proud” she made the call. She also "
                 "said she is sleeping better since her dose change and will keep her "
                 "prescriber visit Monday. Next step: meet Thursday to fill out the license "
                 "form. Coach will bring the bus route to the license office.”</p>"
                 "<p>Notice what is there: facts, her words, her goal, what the coach did and "
                 "what comes next. Notice what is not there: labels, guesses, opinions about "
                 "her dose, or details about her family.</p>"
                 "<h2>Texts, emails and forms are records too</h2>"
                 "<p>Work texts and emails about a person may become part of the record. Your "
                 "program may need you to save them. Write them with the same care as a note: "
                 "short, factual and respectful. Never send a person's name and health "
                 "details in the same unsecured message. Forms you help someone fill out, like "
                 "a housing application, may also be kept. Check what your program "
                 "requires.</p>"
                 "<h2>Notes and billing</h2>"
                 "<p>In some states, peer services can be billed to Medicaid or other plans. "
                 "Billing usually needs notes that show what service was given, how long it "
                 "took, and how it links to the person's recovery plan. Never write a note for "
                 "a service that did not happen, and never stretch the time. That is fraud, "
                 "even if a supervisor asks. Bring any pressure like that to a higher manager "
                 "or your program's compliance officer.</p>"
                 "<h2>When the person asks to read their notes</h2>"
                 "<p>Welcome it. Follow your program's process for records requests. Many "
                 "programs let the person read notes with a staff member, or get a copy. If "
                 "you write the way this lesson describes, there will be no surprises. Some "
                 "coaches even write the note together with the person at the end of a "
                 "session. It builds trust and makes the note more accurate.</p>"
                 "<p>If a person disagrees with something in their record, they can ask for a "
                 "correction. Help them use that process. Do not argue about it.</p>"
                 "<h2>Writing about medication</h2>"
                 "<p>Many people you coach take methadone or buprenorphine. Write about their "
                 "medication the way you would write about any medicine: plainly and without "
                 "judgment. Record what the person tells you and what they plan to do, not "
                 "your view of their dose. For example: “Said she has been on buprenorphine "
                 "for two years and wants to keep taking it. Worried her new job will not let "
                 "her leave for appointments. We practiced how to ask her boss for a set "
                 "schedule.” Avoid phrases like “still on methadone” or “hopes to get off "
                 "meds,” unless those are the person's own words in quotes. Taking medication "
                 "is part of recovery, and the record should say so.</p>"
                 "<p>Never write a guess about diversion, selling or misuse of medication. "
                 "If you have a real safety concern, tell your supervisor and let clinical "
                 "staff decide what to do and what to record.</p>"
                 "<h2>Group notes</h2>"
                 "<p>If you lead a group, be careful how you write about it. Each person's "
                 "note should be about that person only. Do not name other group members in "
                 "someone's note. Write “shared in group about her job search,” not “talked "
                 "with Maria and Kim about jobs.” If the person later reads their record, they "
                 "should not learn anything about anyone else.</p>"
                 "<h2>Notes about reports and incidents</h2>"
                 "<p>When you make a mandated report or respond to a crisis, the note matters "
                 "even more. Write the facts: the exact words the person said, what you saw, "
                 "whom you told, when, and what they said to do. Include the report number if "
                 "there is one. Keep it short and plain. Leave out your guesses about what "
                 "happened. Ask your supervisor to review it.</p>"),
                ("callout", {
                    "title": "The reader test",
                    "text": (
                        "Before you save a note, read it as if you were the person it is about. "
                        "Is it accurate, respectful and useful? Would you be okay with them "
                        "reading it? If not, rewrite it."
                    ),
                    "tone": "tip",
                }),
                ("reflection", {
                    "prompt": (
                        "Rewrite this note so it is objective, person-first and within a coach's "
                        "role: “Client is a drug-seeking addict who showed up dirty again and "
                        "is not serious about recovery. Probably needs a higher dose.” Then "
                        "explain what you changed and why."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-4-check",
        "title": "Module 4 check: Confidentiality and the law",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "A woman calls your opioid treatment program's peer center and asks whether "
                    "her brother Andre is a patient. There is no consent for her. What is the "
                    "most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Say you cannot confirm or deny who receives services, offer general "
                     "family resources, and offer to take a message", True),
                    ("Say he is not a patient, to protect him", False),
                    ("Confirm he is a patient but share nothing else", False),
                    ("Ask her to come in so you can talk in person about him", False),
                ],
                "explanation": (
                    "Part 2 protects even the fact that someone is a patient. Denying it is "
                    "also a kind of disclosure. You can still help her with general "
                    "information."
                ),
            },
            {
                "prompt": (
                    "Lin signed a single consent for treatment, payment and health care "
                    "operations. Her employer calls to ask whether she is in treatment. What "
                    "is true?"
                ),
                "multiple": False,
                "choices": [
                    ("The TPO consent does not cover her employer; sharing needs a separate "
                     "consent naming the employer", True),
                    ("The TPO consent covers anyone who asks about her health", False),
                    ("Employers can get records without consent under HIPAA", False),
                    ("You may confirm attendance only", False),
                ],
                "explanation": (
                    "A TPO consent covers treating providers, health plans and program "
                    "operations. An employer is none of these."
                ),
            },
            {
                "prompt": (
                    "Which are changes made by the 2024 Part 2 final rule? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("A single consent for all future treatment, payment and health care "
                     "operations uses", True),
                    ("Breach notification rules that match HIPAA", True),
                    ("The right to file a complaint about a violation with HHS", True),
                    ("Police can now use treatment records in criminal cases without a court "
                     "order", False),
                ],
                "explanation": (
                    "The rule aligned consent, breach notification and complaints with HIPAA. "
                    "It kept strong protection against using records against patients in "
                    "proceedings."
                ),
            },
            {
                "prompt": (
                    "Curtis's probation officer has a valid Part 2 consent to receive his "
                    "attendance. She calls and asks how Curtis is really doing. What do you "
                    "share?"
                ),
                "multiple": False,
                "choices": [
                    ("Only what the consent covers, in facts, after letting Curtis know what "
                     "you will share", True),
                    ("Everything you know, since there is a consent", False),
                    ("Your opinion of how serious he is about recovery", False),
                    ("Nothing, because probation officers can never get information", False),
                ],
                "explanation": (
                    "A consent allows sharing within its limits. Share facts, only what is "
                    "covered, and keep the person informed."
                ),
            },
            {
                "prompt": (
                    "At a first meeting, Rosa asks, “Is everything I say to you private?” "
                    "What is the best answer?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain what stays private, that you talk with your supervisor and team, "
                     "and the few times you would have to share, such as danger to a child or "
                     "serious risk of harm", True),
                    ("Yes, everything stays between the two of you", False),
                    ("It depends, and you will explain if anything comes up", False),
                    ("Nothing is private because of mandated reporting", False),
                ],
                "explanation": (
                    "Explaining the limits up front, in plain words, prevents a sense of "
                    "betrayal later and lets the person choose what to share."
                ),
            },
            {
                "prompt": (
                    "A mother you coach takes methadone as prescribed. She mentions her "
                    "toddler has been left alone at home overnight several times while she "
                    "works. Your program requires staff to report suspected neglect. What do "
                    "you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Talk with your supervisor right away and follow the reporting "
                     "procedure, telling her what you must do when it is safe", True),
                    ("Report her because she takes methadone", False),
                    ("Do nothing, because Part 2 forbids any report", False),
                    ("Investigate by visiting her home first", False),
                ],
                "explanation": (
                    "The concern is a young child left alone, not her medication. Part 2 "
                    "allows reports of suspected child abuse or neglect under state law. "
                    "Investigating is not the coach's job."
                ),
            },
            {
                "prompt": (
                    "A person you coach says, calmly and with details, that he is going to "
                    "hurt his former partner tonight. What should you do? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("Tell your supervisor or the on-call clinician immediately", True),
                    ("Call 911 if anyone is in immediate danger and follow the emergency "
                     "procedure", True),
                    ("Write down his exact words", True),
                    ("Decide on your own whether to warn the former partner", False),
                ],
                "explanation": (
                    "Duty-to-warn laws vary and mostly name licensed professionals. Coaches "
                    "act fast through the program's procedure, not alone."
                ),
            },
            {
                "prompt": "Which note is best for a coach to write?",
                "multiple": False,
                "choices": [
                    ("“Said her dose wears off by evening, with sweats. Plans to tell her "
                     "prescriber Thursday; we wrote her questions together.”", True),
                    ("“Client is drug-seeking and needs a higher dose.”", False),
                    ("“Seemed depressed and in denial; likely bipolar.”", False),
                    ("“Her boyfriend is using again and dealing out of the apartment.”", False),
                ],
                "explanation": (
                    "Good notes are factual, person-first and within a coach's role. Coaches "
                    "do not diagnose or judge doses, and leave out details about other people."
                ),
            },
            {
                "prompt": (
                    "You realize you emailed a note about a person you coach to the wrong "
                    "staff address outside your program. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell your supervisor or privacy officer the same day so the program can "
                     "follow breach rules", True),
                    ("Delete it from your sent folder and say nothing", False),
                    ("Email the person you coach to apologize before telling anyone", False),
                    ("Wait to see if anyone notices", False),
                ],
                "explanation": (
                    "Part 2 programs now follow HIPAA-style breach notification. The program "
                    "must assess and respond, so report it right away."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain in plain words what 42 CFR Part 2 protects "
            "and what the 2024 rule changed.",
            "Participants will be able to check a consent form for its required parts and "
            "respond to family members and probation officers without breaking "
            "confidentiality.",
            "Participants will be able to explain the limits of confidentiality at a first "
            "meeting.",
            "Participants will be able to describe how they would respond to suspected abuse, "
            "a threat of violence or a risk of suicide, following program procedure.",
            "Participants will be able to write objective, person-first notes within a "
            "coach's role.",
        ],
        "agenda": [
            {
                "title": "Opening: privacy saves lives",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group and note that legal content is general education, not "
                    "legal advice. Ask participants to think, without naming anyone, of a time "
                    "a privacy breach hurt someone in recovery, or a time privacy made it safe "
                    "to get help. Take a few answers. Close by naming the goal: protect people's "
                    "stories while still getting them help."
                ),
                "materials": ["Flip chart"],
                "questions": [
                    "What fears kept you or people you know from seeking treatment?",
                    "How did it feel when someone shared your business without asking?",
                    "What would make a person trust that their coach will keep things private?",
                ],
            },
            {
                "title": "Part 2 and the 2024 rule",
                "minutes": 20,
                "method": "presentation",
                "description": (
                    "Explain who Part 2 covers and what it protects, including the fact of "
                    "being a patient. Walk through the 2024 final rule (published February 16, "
                    "2024; effective April 16, 2024; compliance by February 16, 2026): single "
                    "TPO consent, redisclosure under HIPAA for covered entities, protection "
                    "against use in proceedings, breach notification, complaints to HHS, "
                    "SUD counseling notes. Then cover HIPAA basics: covered entities, minimum "
                    "necessary, the right of access. End with the practical rule: without a "
                    "valid consent, do not confirm anyone is a participant. Leave three "
                    "minutes for questions."
                ),
                "materials": ["Slides or flip chart", "Handout: Confidentiality quick guide"],
            },
            {
                "title": "Consent form check",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Give groups of three four sample consent forms. One is complete; the "
                    "others are missing parts (no expiration, no statement about revoking, a "
                    "blanket recipient like “anyone,” no description of what information). "
                    "Groups use the nine-part checklist on the handout to find what is missing "
                    "and decide whether each form is valid. Debrief: which missing parts "
                    "were hardest to spot, and how would you explain a narrow consent to the "
                    "person signing it?"
                ),
                "materials": ["Sample consent forms", "Handout: Confidentiality quick guide"],
            },
            {
                "title": "Explaining the limits at a first meeting",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "The facilitator plays a coach at a first meeting with a new participant "
                    "played by a co-facilitator. Model explaining what stays private, the "
                    "team, the limits (harm to a child or vulnerable adult, serious risk to "
                    "self or others) and checking understanding. Then replay the moment when "
                    "the participant says, “Can I tell you something if you promise not to "
                    "tell?” Ask the group what words worked and write them on the flip chart."
                ),
                "materials": ["Flip chart"],
            },
            {
                "title": "Role-play: the worried mother and the probation officer",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Round one uses the script below: a mother calls "
                    "about her adult son with no consent on file. Round two: a probation "
                    "officer calls about a participant who has a TPO consent but no consent "
                    "for probation. Rotate roles. Give eight minutes per round and two minutes "
                    "for observer feedback. Whole-group debrief: how did coaches stay kind "
                    "while sharing nothing? What would they tell the participant afterward?"
                ),
                "materials": ["Role cards", "Observer checklists"],
                "roles": [
                    "Coach",
                    "Caller (Mrs. Wallace, 61, mother of Jordan, 34, who is on methadone)",
                    "Observer",
                ],
                "script": (
                    "Mrs. Wallace calls the peer center, upset. She says: “My son Jordan goes "
                    "there. I found his take-home bottle and I'm scared. Is he using again? "
                    "Is he even going? I'm his mother, I have a right to know.” There is no "
                    "consent for her on file. The coach must not confirm Jordan is a "
                    "participant, while listening, offering general family and naloxone "
                    "information, offering to take a message, and planning to tell Jordan "
                    "about the call."
                ),
                "observer_checklist": [
                    "Coach did not confirm or deny that Jordan is a participant",
                    "Coach listened and named the caller's worry",
                    "Coach offered general information such as family support and naloxone",
                    "Coach offered to take a message in case the person is known",
                    "Coach stayed calm and kind when the caller pushed",
                    "Coach said they would tell their supervisor",
                ],
            },
            {
                "title": "Mandated reporting and duty to warn",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Cover: every state names mandated reporters of child abuse and neglect; "
                    "some require everyone; anyone may report; good-faith reporters are "
                    "protected. Part 2 allows the report but keeps treatment records protected "
                    "in later proceedings. Taking MOUD as prescribed is not abuse. Elder and "
                    "dependent adult reporting varies by state. Duty to warn or protect since "
                    "Tarasoff (1976) varies by state and mostly names licensed professionals; "
                    "coaches act through program procedure, calling 911 in an emergency and "
                    "using 988 for suicide risk. Hand out your state's reporting information "
                    "if available."
                ),
                "materials": ["Slides or flip chart", "State reporting information sheet"],
            },
            {
                "title": "Report or not? Reporting cases",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Give groups four cases: a parent on buprenorphine with no safety "
                    "concerns; a toddler left alone overnight; an older man whose nephew takes "
                    "his whole check; a participant who makes a specific threat against a "
                    "former partner. For each, groups decide whether it may need a report or "
                    "emergency response, whom the coach tells first, what the coach says to "
                    "the participant, and what goes in the note. Debrief each case briefly and "
                    "correct any myths, especially that medication alone is a reason to report."
                ),
                "materials": ["Case cards", "Handout: Confidentiality quick guide"],
            },
            {
                "title": "Teach-back: rewriting notes",
                "minutes": 20,
                "method": "teach_back",
                "description": (
                    "Show five poor notes (labels, diagnoses, dose opinions, details about "
                    "other people, gossip). Pairs rewrite two notes using the rules: "
                    "objective, person-first, in role, minimum necessary. Each pair teaches "
                    "back one rewrite to the group, explaining what they changed and why. "
                    "Close with the reader test: would the person be okay reading it?"
                ),
                "materials": ["Sample notes", "Handout: Confidentiality quick guide"],
            },
            {
                "title": "Closing: my privacy habits",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Each participant names one privacy habit they will start this week and "
                    "one question to take to their supervisor about their state's laws. "
                    "Remind the group about the online module check."
                ),
                "materials": ["Index cards"],
                "questions": [
                    "What is one privacy habit you will start this week?",
                    "What do you still need to find out about your state's reporting laws?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Confidentiality quick guide",
                "text": (
                    "General education, not legal advice. Follow your program's policies and "
                    "ask your supervisor.\n\n"
                    "Part 2 basics:\n"
                    "- Protects records that identify a person as having a substance use "
                    "disorder, including the fact that they are a patient\n"
                    "- Since 2024, one consent can cover all future treatment, payment and "
                    "health care operations\n"
                    "- Records generally cannot be used against the person in legal "
                    "proceedings without specific consent or a special court order\n"
                    "- Breaches are handled like HIPAA breaches; tell your supervisor the "
                    "same day\n\n"
                    "A Part 2 consent must include:\n"
                    "- The person's name\n"
                    "- Who may share\n"
                    "- What information\n"
                    "- Who may receive it\n"
                    "- The purpose\n"
                    "- The right to revoke in writing, and its limits\n"
                    "- When it ends\n"
                    "- Signature\n"
                    "- Date\n\n"
                    "Limits of confidentiality to explain at the start: harm to a child or "
                    "vulnerable adult, serious risk of harm to self, serious danger to "
                    "others, medical emergencies, and sharing within the team.\n\n"
                    "Good notes are objective, person-first, within your role, minimum "
                    "necessary, timely and in the approved system. Write as if the person "
                    "will read it."
                ),
            },
        ],
    },
}
