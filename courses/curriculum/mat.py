"""Medication-Assisted Treatment (MAT): 4 hours (240 credit minutes).

Five modules: opioid use disorder and
how the medications work (0.75 h); methadone (1 h); buprenorphine, naltrexone and
naloxone (0.75 h); stigma, "medication-assisted recovery is recovery" and legal
rights (0.75 h); the peer's role (0.75 h).

The content is education for peers, not medical advice: every medical decision
belongs to the person and their prescriber.
"""

MAT = {
    "slug": "medication-assisted-treatment",
    "code": "MAT4",
    "title": "Medication-Assisted Treatment (MAT)",
    "required_minutes": 240,
    "summary": (
        "A four-hour introduction to medications for opioid use disorder for recovery coaches: "
        "how methadone, buprenorphine, naltrexone and naloxone work, the myths that surround them, "
        "people's rights, and the peer's role in supporting medication-assisted recovery."
    ),
    "intro": (
        "<p>This course is for recovery coaches, peer workers and their supervisors who support "
        "people using medication as part of their recovery, whether in an opioid treatment "
        "program, an office-based practice or the community. It follows the MARS message: opioid "
        "use disorder is a chronic, treatable brain disease, the medications work, and "
        "medication-assisted recovery is recovery.</p>"
        "<p>You will learn how the main medications act in the body, what treatment in a "
        "methadone clinic involves, which questions belong with a prescriber, and how a peer can "
        "advocate responsibly while protecting confidentiality. Many credentialing boards expect "
        "a medication-focused training of about four hours alongside recovery coach and ethics "
        "training; check your own board's requirements.</p>"
        "<p><strong>How hours are earned:</strong> each lesson and module check carries credit "
        "minutes. A lesson counts once you have spent at least its minimum engaged time on the "
        "page and marked it complete; a module check counts when you pass it with at least 80 "
        "points out of 100 (you have three attempts). Your hours appear in your hours record "
        "under the competency domain each item covers.</p>"
        "<p><em>This course is education, not medical advice. Decisions about starting, changing "
        "or stopping any medication belong to the person and their prescriber.</em></p>"
    ),
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "opioid-use-disorder-and-how-medications-work",
            "title": "Opioid use disorder and how the medications work",
            "domain": "recovery-wellness-support",
            "intro": (
                "Why opioid use disorder is understood as a chronic brain disease, and how "
                "agonist, partial agonist and antagonist medications act on opioid receptors."
            ),
            "lessons": [
                {
                    "slug": "a-chronic-treatable-brain-disease",
                    "title": "Opioid use disorder: a chronic, treatable brain disease",
                    "minutes": 15,
                    "min_engaged_minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>What changes in the brain</h2>"
                         "<p>Opioids act on receptors in the brain and body that normally "
                         "respond to the body's own natural opioids (endorphins). These "
                         "receptors help control pain, breathing, mood and the sense of reward. "
                         "With repeated use, the brain adapts: it needs more of the drug to get "
                         "the same effect (tolerance), it reacts with withdrawal when the drug "
                         "wears off, and the circuits for reward, stress and self-control are "
                         "reshaped. These are physical changes, not a failure of character or "
                         "willpower.</p>"
                         "<h2>Why we call it chronic</h2>"
                         "<p>Opioid use disorder (OUD) is diagnosed when use continues despite "
                         "harm and people lose control over it. Like diabetes, asthma or high "
                         "blood pressure, it can last a long time, it can return after a period "
                         "of stability, and it responds to ongoing care. Recurrence of use is not "
                         "proof that treatment failed or that a person does not want recovery; "
                         "it is a signal that the plan may need adjusting.</p>"
                         "<h2>Why medication makes sense</h2>"
                         "<p>Because the disease involves the brain's chemistry, medication can "
                         "play an important role. The approved medications for OUD reduce or "
                         "block withdrawal and cravings and lower the risk of overdose death, "
                         "giving people room to rebuild the rest of their lives. Medication is "
                         "usually combined with counseling and recovery support, including "
                         "peers.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "OUD is a chronic, treatable medical condition. Treating it with "
                                "medication is treating a disease, in the same way a person with "
                                "diabetes uses insulin."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {
                            "prompt": (
                                "What did you believe about opioid use disorder before you "
                                "learned it was a brain disease? How might those beliefs show up "
                                "in the people you will coach, or in their families?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "agonist-partial-agonist-antagonist",
                    "title": "Agonist, partial agonist, antagonist",
                    "minutes": 20,
                    "min_engaged_minutes": 7,
                    "body": [
                        ("rich_text",
                         "<h2>A lock and three kinds of key</h2>"
                         "<p>Think of an opioid receptor as a lock. Different medications are "
                         "keys that fit the lock in different ways.</p>"
                         "<ul>"
                         "<li><strong>Full agonist (methadone).</strong> The key fits and turns "
                         "the lock all the way. Methadone activates opioid receptors fully but "
                         "slowly and steadily, and it lasts about a day, so one daily dose can "
                         "prevent withdrawal and quiet cravings without the rapid highs and "
                         "crashes of short-acting opioids.</li>"
                         "<li><strong>Partial agonist (buprenorphine).</strong> The key fits "
                         "tightly but only turns the lock part of the way. Buprenorphine relieves "
                         "withdrawal and cravings, and its effect levels off at higher doses (a "
                         "ceiling effect), which lowers the risk of slowed breathing. Because it "
                         "holds on so tightly, it can push other opioids off the receptor.</li>"
                         "<li><strong>Antagonist (naltrexone, naloxone).</strong> The key fits "
                         "but does not turn at all; it simply blocks the lock. Antagonists have "
                         "no opioid effect. Naltrexone is used to help prevent a return to use; "
                         "naloxone is a rescue medication that reverses an overdose.</li>"
                         "</ul>"
                         "<h2>Why this matters for a coach</h2>"
                         "<p>These differences explain much of what people experience. Someone "
                         "starting buprenorphine too soon after a full agonist may go into sudden "
                         "withdrawal, because buprenorphine pushes the other opioid off the "
                         "receptor. Someone starting naltrexone must be free of opioids first for "
                         "the same reason. Someone on methadone feels steady rather than high "
                         "once their dose is right.</p>"
                         "<p>You do not need to explain pharmacology in detail, and you never "
                         "advise on doses. Understanding the basics helps you listen well, "
                         "correct myths and encourage people to bring their questions to their "
                         "prescriber.</p>"),
                        ("callout", {
                            "title": "Remember the three types",
                            "text": (
                                "Methadone: full agonist. Buprenorphine: partial agonist. "
                                "Naltrexone and naloxone: antagonists."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-1-check",
                "title": "Module 1 check: OUD and how the medications work",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which medication is a partial opioid agonist?",
                        "multiple": False,
                        "choices": [
                            ("Buprenorphine", True),
                            ("Methadone", False),
                            ("Naltrexone", False),
                            ("Naloxone", False),
                        ],
                        "explanation": (
                            "Buprenorphine is a partial agonist: it activates the receptor only "
                            "part of the way. Methadone is a full agonist; naltrexone and "
                            "naloxone are antagonists."
                        ),
                    },
                    {
                        "prompt": "Which statements about opioid use disorder are accurate?",
                        "multiple": True,
                        "choices": [
                            ("It involves physical changes in the brain's reward, stress and "
                             "self-control circuits", True),
                            ("Like diabetes or asthma, it can be long-lasting and respond to "
                             "ongoing care", True),
                            ("A return to use proves the person does not want recovery", False),
                            ("It is mainly a matter of weak willpower", False),
                        ],
                        "explanation": (
                            "OUD is a chronic, treatable brain disease. Recurrence is a signal to "
                            "adjust the plan, not proof of failure or lack of will."
                        ),
                    },
                    {
                        "prompt": "What does an antagonist medication do at the opioid receptor?",
                        "multiple": False,
                        "choices": [
                            ("It blocks the receptor without activating it", True),
                            ("It fully activates the receptor", False),
                            ("It activates the receptor part of the way", False),
                        ],
                        "explanation": (
                            "An antagonist fits the receptor but does not turn it on, so it has no "
                            "opioid effect and blocks other opioids."
                        ),
                    },
                    {
                        "prompt": (
                            "Why can starting buprenorphine too soon after using a full agonist "
                            "cause sudden withdrawal?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("It binds tightly and pushes the other opioid off the receptor, "
                             "while activating it only partly", True),
                            ("It is a stronger full agonist than the other opioid", False),
                            ("It has no effect on opioid receptors", False),
                        ],
                        "explanation": (
                            "Buprenorphine holds the receptor tightly but turns it only part of the "
                            "way, so replacing a full agonist with it can trigger withdrawal."
                        ),
                    },
                    {
                        "prompt": "What is a coach's role regarding medication doses?",
                        "multiple": False,
                        "choices": [
                            ("Encourage the person to bring dose questions to their prescriber", True),
                            ("Suggest a lower dose if the person seems drowsy", False),
                            ("Explain the right dose based on the person's weight", False),
                        ],
                        "explanation": (
                            "Coaches never advise on doses. They listen, share accurate general "
                            "information and encourage people to talk with their prescriber."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "methadone",
            "title": "Methadone: clinics, dosing, take-homes and myths",
            "domain": "recovery-wellness-support",
            "intro": (
                "How methadone treatment works in opioid treatment programs, why doses are "
                "individual, how take-home doses are earned, and the myths people in treatment face."
            ),
            "lessons": [
                {
                    "slug": "how-methadone-treatment-works",
                    "title": "How methadone treatment works",
                    "minutes": 15,
                    "min_engaged_minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>A long-acting full agonist</h2>"
                         "<p>Methadone has been used to treat opioid addiction since the 1960s "
                         "and is one of the most studied treatments in medicine. It is a "
                         "long-acting full agonist, usually taken by mouth as a liquid once a "
                         "day. At a stable, adequate dose it prevents withdrawal, reduces "
                         "cravings and dulls the effect of other opioids, so a person feels "
                         "steady rather than high.</p>"
                         "<h2>Where it is given</h2>"
                         "<p>In the United States, methadone for opioid use disorder can only be "
                         "dispensed by a certified opioid treatment program (OTP), often called a "
                         "methadone clinic. OTPs are certified under federal rules and licensed "
                         "by their state. Methadone that a pharmacy fills for pain is a different "
                         "use and a different set of rules.</p>"
                         "<p>An OTP is more than a dosing window. Programs provide a medical "
                         "assessment, counseling, drug testing, treatment planning and links to "
                         "other care, and many now include peer recovery support. For many "
                         "people the clinic becomes a daily anchor, and that daily contact is "
                         "also an opportunity for connection with peers.</p>"
                         "<h2>What people experience</h2>"
                         "<ul>"
                         "<li>Daily visits at first, which can be hard to fit around work, "
                         "childcare and transport.</li>"
                         "<li>Clinic rules about attendance, testing and behaviour.</li>"
                         "<li>Stigma, sometimes from neighbours, family, other people in "
                         "recovery, and even health professionals.</li>"
                         "<li>Relief: many people describe being able to think, work and "
                         "reconnect with family for the first time in years.</li>"
                         "</ul>"),
                        ("reflection", {
                            "prompt": (
                                "If you have been a patient at an OTP, what helped you most in "
                                "the early weeks? If you have not, what questions would you want "
                                "to ask someone who has?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "dosing-and-take-homes",
                    "title": "Dosing and take-home doses",
                    "minutes": 20,
                    "min_engaged_minutes": 7,
                    "body": [
                        ("rich_text",
                         "<h2>Start low, go slow</h2>"
                         "<p>Methadone builds up in the body over several days, so programs start "
                         "with a cautious dose and increase it gradually. The first weeks of "
                         "treatment carry the highest overdose risk, especially if a person also "
                         "uses alcohol, benzodiazepines or other sedating drugs. Encouraging "
                         "honest conversation with the medical staff during this period can "
                         "save a life.</p>"
                         "<h2>There is no single right dose</h2>"
                         "<p>People break down methadone at different speeds, and other "
                         "medications can raise or lower methadone levels. An adequate dose is "
                         "one that prevents withdrawal for a full day, reduces cravings and does "
                         "not cause sedation. For some people that is a low dose; for others it "
                         "is much higher. A higher dose is not a sign of weakness, and pressure "
                         "to stay on the lowest possible dose can push people back toward "
                         "illicit use. Dose decisions are made by the person and the program's "
                         "medical staff.</p>"
                         "<h2>Take-home doses</h2>"
                         "<p>Early in treatment most doses are taken at the clinic under "
                         "observation. Over time, people can earn take-home doses so they visit "
                         "less often. Federal rules set the outer limits, and were made more "
                         "flexible in recent years; states and programs add their own criteria. "
                         "Programs generally look at stability and safety, such as time in "
                         "treatment, attendance, recent use, and whether the person can store "
                         "doses securely.</p>"),
                        ("callout", {
                            "title": "Safety with take-homes",
                            "text": (
                                "A dose that is safe for someone with tolerance can kill a child "
                                "or an adult without tolerance. Take-home doses belong in a locked "
                                "box, out of reach, and are never shared or sold."
                            ),
                            "tone": "warning",
                        }),
                        ("rich_text",
                         "<p>A coach can help someone understand their program's written "
                         "take-home policy, plan how to meet its criteria and prepare questions "
                         "for their counselor, without promising outcomes.</p>"),
                    ],
                },
                {
                    "slug": "methadone-myths-and-facts",
                    "title": "Methadone: myths and facts",
                    "minutes": 15,
                    "min_engaged_minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>Common myths</h2>"
                         "<ul>"
                         "<li><strong>“It's just replacing one drug with another.”</strong> "
                         "Addiction is compulsive use that continues despite harm. Methadone "
                         "taken as prescribed, at a stable dose, from a licensed program, "
                         "stabilises brain chemistry so people can function. Physical dependence "
                         "on a medication is not the same as addiction; many people depend on "
                         "daily medication for other chronic conditions.</li>"
                         "<li><strong>“People on methadone are always high.”</strong> At a "
                         "stable, adequate dose, people with tolerance do not feel high. Many "
                         "work, study, drive and raise families. Anyone who feels drowsy should "
                         "tell the medical staff.</li>"
                         "<li><strong>“You are not in recovery until you are off it.”</strong> "
                         "Recovery is measured by health, stability and quality of life, not by "
                         "whether a person takes a prescribed medication. How long someone stays "
                         "on methadone is an individual decision.</li>"
                         "<li><strong>“Getting off fast is the goal.”</strong> Stopping too "
                         "quickly or before a person is ready raises the risk of a return to use, "
                         "and after a period without opioids tolerance is lower, so overdose risk "
                         "rises. Any decision to taper belongs to the person, planned with the "
                         "prescriber.</li>"
                         "</ul>"
                         "<h2>Answering myths well</h2>"
                         "<p>When someone repeats a myth, respond with curiosity rather than a "
                         "lecture. Ask where they heard it, share accurate information briefly, "
                         "and, where it fits, share your own experience. Remember that many "
                         "people on methadone have heard these messages from family, other "
                         "recovery groups and even professionals, and may have come to believe "
                         "them about themselves.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "“Replacing one drug with another” is a myth. Methadone is an "
                                "effective medical treatment for a chronic disease."
                            ),
                            "tone": "info",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-2-check",
                "title": "Module 2 check: Methadone",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": (
                            "Where can methadone for opioid use disorder be dispensed in the "
                            "United States?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Only at a certified opioid treatment program (OTP)", True),
                            ("At any retail pharmacy with a prescription", False),
                            ("By any primary care doctor from their office", False),
                        ],
                        "explanation": (
                            "Methadone for OUD is dispensed only by certified opioid treatment "
                            "programs, which are certified under federal rules and licensed by "
                            "the state."
                        ),
                    },
                    {
                        "prompt": "Why do programs start methadone at a cautious dose and raise it slowly?",
                        "multiple": False,
                        "choices": [
                            ("Methadone builds up in the body over several days, so the early "
                             "weeks carry the highest overdose risk", True),
                            ("To make people prove they are committed to treatment", False),
                            ("Because higher doses never work better", False),
                        ],
                        "explanation": (
                            "Methadone accumulates over days. Starting low and increasing slowly "
                            "reduces overdose risk in the first weeks."
                        ),
                    },
                    {
                        "prompt": "Which describe an adequate methadone dose?",
                        "multiple": True,
                        "choices": [
                            ("It prevents withdrawal for a full day", True),
                            ("It reduces cravings", True),
                            ("It does not cause sedation", True),
                            ("It is the lowest dose the person can tolerate", False),
                        ],
                        "explanation": (
                            "An adequate dose prevents withdrawal for a full day, reduces "
                            "cravings and does not sedate. For some people that is a low dose; "
                            "for others it is much higher."
                        ),
                    },
                    {
                        "prompt": "Which statement about take-home doses is accurate?",
                        "multiple": False,
                        "choices": [
                            ("They are earned over time based on stability and safety criteria "
                             "set by federal rules, the state and the program", True),
                            ("Everyone receives a week of take-homes from the first day", False),
                            ("They can safely be shared with a partner who also uses opioids", False),
                        ],
                        "explanation": (
                            "Take-homes are earned. Doses must be stored securely and never "
                            "shared or sold; a dose safe for one person can kill someone without "
                            "tolerance."
                        ),
                    },
                    {
                        "prompt": (
                            "A family member says methadone is “just replacing one drug with "
                            "another.” Which response best reflects this course?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Methadone taken as prescribed stabilises brain chemistry; physical "
                             "dependence on a medication is not addiction", True),
                            ("They are right, but it is better than using on the street", False),
                            ("Methadone is fine only if the person tapers off within a year", False),
                        ],
                        "explanation": (
                            "Addiction is compulsive use despite harm. Methadone at a stable "
                            "dose supports functioning; how long a person takes it is an "
                            "individual decision."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "buprenorphine-naltrexone-naloxone",
            "title": "Buprenorphine, naltrexone and naloxone",
            "domain": "recovery-wellness-support",
            "intro": (
                "The other medications a coach will meet: buprenorphine and naltrexone for "
                "treatment, naloxone for overdose rescue, and questions that belong with a prescriber."
            ),
            "lessons": [
                {
                    "slug": "buprenorphine",
                    "title": "Buprenorphine",
                    "minutes": 12,
                    "min_engaged_minutes": 4,
                    "body": [
                        ("rich_text",
                         "<h2>How it works</h2>"
                         "<p>Buprenorphine is a partial agonist. It relieves withdrawal and "
                         "cravings, and because its effect levels off at higher doses it carries "
                         "a lower risk of slowed breathing than full agonists when taken alone. "
                         "That risk rises sharply when it is combined with alcohol, "
                         "benzodiazepines or other sedatives.</p>"
                         "<h2>Forms and settings</h2>"
                         "<ul>"
                         "<li>Tablets or films that dissolve under the tongue or in the cheek, "
                         "often combined with naloxone. The naloxone is there to discourage "
                         "injecting; taken as directed it has little effect.</li>"
                         "<li>Extended-release injections given weekly or monthly by a "
                         "clinician.</li>"
                         "</ul>"
                         "<p>Buprenorphine can be prescribed in doctors' offices, community "
                         "health centres, by telehealth and in OTPs. Since 2023 clinicians no "
                         "longer need a special federal waiver to prescribe it, though access "
                         "still varies from place to place.</p>"
                         "<h2>Starting buprenorphine</h2>"
                         "<p>Because buprenorphine pushes other opioids off the receptor, "
                         "starting it while a full agonist is still active can cause sudden, "
                         "severe withdrawal (precipitated withdrawal). Prescribers usually ask "
                         "people to wait until they are in some withdrawal, and some use other "
                         "approaches for people who have been using fentanyl. A coach can help "
                         "the person follow the prescriber's instructions and get back in "
                         "touch quickly if something goes wrong.</p>"),
                        ("callout", {
                            "title": "Stay in your lane",
                            "text": (
                                "Never suggest how or when to start, change or stop buprenorphine. "
                                "Encourage the person to call their prescriber with questions."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "naltrexone-and-naloxone",
                    "title": "Naltrexone and naloxone",
                    "minutes": 13,
                    "min_engaged_minutes": 4,
                    "body": [
                        ("rich_text",
                         "<h2>Naltrexone</h2>"
                         "<p>Naltrexone is an antagonist: it blocks opioid receptors and has no "
                         "opioid effect. It is not addictive and is not a controlled substance. "
                         "For opioid use disorder it is usually given as a monthly "
                         "extended-release injection; daily tablets are mainly used for alcohol "
                         "use disorder.</p>"
                         "<ul>"
                         "<li>A person must be free of opioids before starting, usually for a "
                         "week or more, and longer after methadone or buprenorphine. Otherwise "
                         "naltrexone triggers sudden withdrawal. Getting through this period is "
                         "a real barrier for many people.</li>"
                         "<li>Trying to override the blockade with large amounts of opioids is "
                         "dangerous.</li>"
                         "<li>After naltrexone wears off or is stopped, tolerance is low, so "
                         "using opioids carries a high risk of overdose.</li>"
                         "</ul>"
                         "<h2>Naloxone</h2>"
                         "<p>Naloxone is a short-acting antagonist used to reverse an opioid "
                         "overdose. It comes as a nasal spray or an injection, and the nasal "
                         "spray can be bought without a prescription. It is safe to give: if "
                         "the person has no opioids in their body, it does nothing. It can "
                         "cause withdrawal in someone who uses opioids.</p>"
                         "<p>Naloxone may wear off before the opioids do, so the overdose can "
                         "return. Anyone who receives naloxone should have emergency help called "
                         "and someone should stay with them. Naloxone is a rescue medication, not "
                         "a treatment for opioid use disorder.</p>"),
                        ("callout", {
                            "title": "Tip",
                            "text": (
                                "Encourage everyone who uses opioids, and everyone around them, to "
                                "carry naloxone. That includes people on methadone or "
                                "buprenorphine and their families."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "who-may-benefit",
                    "title": "Who may benefit, and questions for a prescriber",
                    "minutes": 10,
                    "min_engaged_minutes": 3,
                    "body": [
                        ("rich_text",
                         "<h2>Who may benefit</h2>"
                         "<p>Medication can help people at any stage: people newly seeking help, "
                         "people who have had a recurrence, and people who want more stability "
                         "while they build a life in recovery. It may be especially important "
                         "for people at high risk of overdose or who have struggled with "
                         "repeated returns to use.</p>"
                         "<h2>Things to raise with a prescriber</h2>"
                         "<p>Medication is not the right choice for everyone, and the choice "
                         "among medications is personal and medical. A coach does not decide; a "
                         "coach helps the person prepare to talk openly with a prescriber about "
                         "matters such as:</p>"
                         "<ul>"
                         "<li><strong>Pregnancy or planning a pregnancy.</strong> Methadone and "
                         "buprenorphine are used during pregnancy, and stopping opioids abruptly "
                         "can be risky. Talk with a prescriber before making any change.</li>"
                         "<li><strong>Other medications, alcohol and sedatives.</strong> Some "
                         "combinations are dangerous. People should tell every prescriber about "
                         "every medication they take.</li>"
                         "<li><strong>Mental health conditions.</strong> Co-occurring conditions "
                         "are common, and treating both together improves the chances of "
                         "recovery.</li>"
                         "<li><strong>Other health conditions</strong>, such as liver, lung or "
                         "heart problems, and plans for pain treatment or surgery.</li>"
                         "<li><strong>Naltrexone timing.</strong> It requires being opioid-free "
                         "first.</li>"
                         "<li><strong>Practical needs</strong>, such as daily clinic visits, "
                         "transport, work and cost.</li>"
                         "</ul>"),
                        ("reflection", {
                            "prompt": (
                                "How would you help someone prepare a short list of questions "
                                "for a prescriber without steering them toward the medication "
                                "you personally prefer?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-3-check",
                "title": "Module 3 check: Buprenorphine, naltrexone and naloxone",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "What must happen before a person starts naltrexone for opioid use disorder?",
                        "multiple": False,
                        "choices": [
                            ("They must be free of opioids for a period, usually a week or more", True),
                            ("They must be taking a stable dose of methadone", False),
                            ("Nothing; it can be started while using opioids", False),
                        ],
                        "explanation": (
                            "Naltrexone blocks opioid receptors. Starting it while opioids are "
                            "still in the body triggers sudden withdrawal."
                        ),
                    },
                    {
                        "prompt": "Which statements about naloxone are true?",
                        "multiple": True,
                        "choices": [
                            ("It can reverse an opioid overdose", True),
                            ("It may wear off before the opioids do, so emergency help is still "
                             "needed", True),
                            ("It is a long-term treatment for opioid use disorder", False),
                            ("It is dangerous to give if the person has not taken opioids", False),
                        ],
                        "explanation": (
                            "Naloxone is a safe rescue medication that does nothing without "
                            "opioids present. The overdose can return when it wears off, so call "
                            "for help and stay with the person."
                        ),
                    },
                    {
                        "prompt": "Why is buprenorphine often combined with naloxone in tablets or films?",
                        "multiple": False,
                        "choices": [
                            ("To discourage injecting the medication", True),
                            ("To make the buprenorphine stronger", False),
                            ("To prevent overdose from alcohol", False),
                        ],
                        "explanation": (
                            "The naloxone discourages injecting; taken under the tongue as "
                            "directed it has little effect."
                        ),
                    },
                    {
                        "prompt": "Why is overdose risk high after someone stops naltrexone?",
                        "multiple": False,
                        "choices": [
                            ("Their tolerance to opioids is low", True),
                            ("Naltrexone makes opioids stronger once stopped", False),
                            ("Naltrexone damages the opioid receptors", False),
                        ],
                        "explanation": (
                            "After a period without opioids tolerance drops, so a person who uses "
                            "after naltrexone wears off faces a high overdose risk."
                        ),
                    },
                    {
                        "prompt": (
                            "A person tells you she is pregnant and wants to stop her buprenorphine "
                            "right away. What is the best response from a coach?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Support her to talk with her prescriber before making any change", True),
                            ("Tell her to stop immediately to protect the baby", False),
                            ("Tell her to switch to naltrexone", False),
                        ],
                        "explanation": (
                            "Buprenorphine and methadone are used in pregnancy and stopping "
                            "abruptly can be risky. Medical decisions belong with her prescriber."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "stigma-recovery-and-rights",
            "title": "Stigma, recovery and legal rights",
            "domain": "advocacy",
            "intro": (
                "Why medication-assisted recovery is recovery, how stigma harms people taking "
                "medication, and the legal protections that apply to them."
            ),
            "lessons": [
                {
                    "slug": "medication-assisted-recovery-is-recovery",
                    "title": "Medication-assisted recovery is recovery",
                    "minutes": 17,
                    "min_engaged_minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>From treatment to recovery</h2>"
                         "<p>MARS was started by methadone patients who wanted to transform "
                         "medication-assisted treatment into medication-assisted recovery. The "
                         "idea is simple: medication is one part of a person's recovery, "
                         "alongside health, relationships, purpose and community. A person "
                         "taking prescribed medication who is building a meaningful life is in "
                         "recovery. National health agencies recognise medication-assisted "
                         "recovery as a legitimate pathway.</p>"
                         "<h2>How stigma shows up</h2>"
                         "<ul>"
                         "<li>Being told at a mutual-aid meeting that you are “not really "
                         "clean” or should not share.</li>"
                         "<li>Recovery residences, shelters or programs that refuse people "
                         "taking medication.</li>"
                         "<li>Family pressure to taper before the person is ready.</li>"
                         "<li>Health workers who treat people on methadone with suspicion.</li>"
                         "<li>Internalised stigma: people feeling ashamed of their own "
                         "treatment and hiding it.</li>"
                         "</ul>"
                         "<p>Stigma is not just unpleasant. It keeps people from starting "
                         "treatment, pushes people to stop too early and isolates them from "
                         "support, all of which raise the risk of overdose.</p>"
                         "<h2>What peers can do</h2>"
                         "<p>Peers who are open about their own medication-assisted recovery, "
                         "when they choose to be, are powerful evidence against stigma. Coaches "
                         "can also use respectful language, correct myths, help people find "
                         "welcoming mutual-aid groups and housing, and support people to speak "
                         "for themselves.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Medication-assisted recovery is recovery. Nobody has to stop "
                                "taking a prescribed medication to count as being in recovery."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {
                            "prompt": (
                                "Have you seen or experienced stigma toward people taking "
                                "medication for opioid use disorder? What would you say now in "
                                "that situation?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "legal-rights",
                    "title": "Legal rights of people taking medication for OUD",
                    "minutes": 18,
                    "min_engaged_minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>The Americans with Disabilities Act</h2>"
                         "<p>Under the Americans with Disabilities Act (ADA), opioid use disorder "
                         "is generally treated as a disability. People who are in treatment or "
                         "recovery, including people taking prescribed medication for OUD, are "
                         "generally protected from discrimination. The protection does not cover "
                         "current illegal drug use.</p>"
                         "<p>The ADA reaches many settings where people on medication have been "
                         "turned away:</p>"
                         "<ul>"
                         "<li><strong>Employment:</strong> employers generally may not refuse to "
                         "hire or fire someone simply because they take prescribed medication "
                         "for OUD. Some safety-sensitive jobs have specific rules.</li>"
                         "<li><strong>Government services:</strong> courts, jails, prisons, "
                         "probation and licensing boards generally may not exclude people or "
                         "require them to stop prescribed medication as a blanket policy. The "
                         "U.S. Department of Justice has taken enforcement action in such "
                         "cases.</li>"
                         "<li><strong>Public accommodations:</strong> health care providers, "
                         "nursing facilities, shelters and other services open to the public "
                         "generally may not refuse people because of their medication.</li>"
                         "</ul>"
                         "<p>Federal fair housing law also protects people in recovery from "
                         "housing discrimination, and some states add their own protections.</p>"
                         "<h2>The coach's role</h2>"
                         "<p>Coaches do not give legal advice. You can help people know that "
                         "protections exist, keep records of what happened, ask for decisions in "
                         "writing, use grievance procedures and connect with legal aid or "
                         "disability rights organisations.</p>"),
                        ("callout", {
                            "title": "Be careful",
                            "text": (
                                "Laws and their application vary by situation and state. Say "
                                "“you may have rights here, let's find someone who can advise "
                                "you,” not “they are breaking the law.”"
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-4-check",
                "title": "Module 4 check: Stigma, recovery and rights",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": (
                            "A person has taken methadone for six years, works and is rebuilding "
                            "family relationships. According to this course, is she in recovery?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Yes; medication-assisted recovery is recovery", True),
                            ("Not until she has tapered off methadone", False),
                            ("Only if she also attends a twelve-step group", False),
                        ],
                        "explanation": (
                            "Recovery is about health, stability and a meaningful life. Taking a "
                            "prescribed medication does not disqualify anyone."
                        ),
                    },
                    {
                        "prompt": "Which of these are examples of stigma toward medication-assisted recovery?",
                        "multiple": True,
                        "choices": [
                            ("A recovery residence refusing anyone who takes buprenorphine", True),
                            ("Being told at a meeting you are “not really clean”", True),
                            ("A person feeling ashamed and hiding their treatment", True),
                            ("A prescriber discussing the options with the person", False),
                        ],
                        "explanation": (
                            "Exclusion, judgmental comments and internalised shame are all forms "
                            "of stigma. A prescriber discussing options is ordinary care."
                        ),
                    },
                    {
                        "prompt": "Which statement about the ADA is accurate?",
                        "multiple": False,
                        "choices": [
                            ("It generally protects people in treatment or recovery, including "
                             "those taking prescribed medication for OUD, but not current illegal "
                             "drug use", True),
                            ("It protects anyone who uses drugs, whether prescribed or not", False),
                            ("It applies only to employers, not to courts or health care providers", False),
                        ],
                        "explanation": (
                            "The ADA generally protects people in treatment or recovery across "
                            "employment, government services and public accommodations; current "
                            "illegal drug use is not protected."
                        ),
                    },
                    {
                        "prompt": (
                            "A participant says a court ordered him to stop his buprenorphine. "
                            "What is the most appropriate coach response?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Tell him he may have rights, help him write down what happened and "
                             "connect him with legal aid or a disability rights organisation", True),
                            ("Tell him the judge is breaking the law and he can ignore the order", False),
                            ("Advise him to taper quickly to satisfy the court", False),
                        ],
                        "explanation": (
                            "Coaches do not give legal advice or medical advice. They inform, "
                            "help document and connect the person with people who can advise."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "the-peers-role",
            "title": "The peer's role: responsible advocacy and confidentiality",
            "domain": "advocacy",
            "intro": (
                "How a peer can advocate for people taking medication without overstepping, and "
                "how to protect the confidentiality of everyone in medication-assisted recovery."
            ),
            "lessons": [
                {
                    "slug": "responsible-advocacy",
                    "title": "Responsible advocacy",
                    "minutes": 18,
                    "min_engaged_minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Advocacy that empowers</h2>"
                         "<p>The aim of advocacy is for people to get fair treatment and, over "
                         "time, to speak up for themselves. Responsible advocacy means the "
                         "person leads: you ask what they want, explain options, help them "
                         "prepare, and step in more directly only with their permission.</p>"
                         "<h2>Principles</h2>"
                         "<ul>"
                         "<li><strong>Accurate information.</strong> Share what you have "
                         "learned in this course, and say “I don't know, let's find out” when "
                         "you are unsure.</li>"
                         "<li><strong>Respect for choice.</strong> Support the person's decision "
                         "whether they choose methadone, buprenorphine, naltrexone, no "
                         "medication, or to taper. Your own pathway is not the model for "
                         "theirs.</li>"
                         "<li><strong>No medical advice.</strong> Help people ask their "
                         "prescriber good questions; never suggest doses, changes or "
                         "stopping.</li>"
                         "<li><strong>Work with the program.</strong> Many concerns about "
                         "clinic rules are best raised through the program's own channels: "
                         "the counselor, a patient advisory group or the grievance "
                         "procedure.</li>"
                         "<li><strong>Consent first.</strong> Do not contact anyone on the "
                         "person's behalf without their permission.</li>"
                         "</ul>"
                         "<h2>Beyond the individual</h2>"
                         "<p>Peers in the MARS tradition also advocate for better systems: "
                         "sharing recovery stories publicly when they choose to, educating "
                         "professionals and communities, and joining patient advocacy groups. "
                         "Systems advocacy is done on behalf of a group, never by telling one "
                         "participant's story without their consent.</p>"),
                        ("reflection", {
                            "prompt": (
                                "Think of a time someone advocated for you. What did they do "
                                "that helped you grow more confident speaking for yourself?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "confidentiality-in-medication-assisted-recovery",
                    "title": "Confidentiality in medication-assisted recovery settings",
                    "minutes": 17,
                    "min_engaged_minutes": 6,
                    "domain": "ethical-responsibility",
                    "body": [
                        ("rich_text",
                         "<h2>Why it matters so much</h2>"
                         "<p>Because of stigma, revealing that someone takes medication for "
                         "opioid use disorder can cost them a job, housing, custody or "
                         "relationships. Federal law (42 CFR Part 2) gives special protection to "
                         "records of substance use disorder programs, and protects even the fact "
                         "that a person is a patient. You will study the law in the ethics "
                         "course; here are the everyday habits.</p>"
                         "<h2>Everyday habits</h2>"
                         "<ul>"
                         "<li>Do not confirm to anyone, including family, employers or other "
                         "patients, that someone attends the program unless they have given "
                         "written consent.</li>"
                         "<li>If you see a participant in the community, let them decide "
                         "whether to greet you, and never mention the clinic.</li>"
                         "<li>Do not discuss participants in waiting rooms, hallways or on "
                         "social media.</li>"
                         "<li>Share information with colleagues only as your program's policy "
                         "allows and only what they need.</li>"
                         "</ul>"
                         "<h2>When you are also a patient</h2>"
                         "<p>Many peers in medication-assisted recovery programs are patients "
                         "themselves, sometimes at the same clinic. Your own medication status "
                         "is your private information; you decide if and when to share it. At "
                         "the same time, what you learn about others as a coach, and what you "
                         "notice about them as a fellow patient, stays confidential. Talk with "
                         "your supervisor about how to handle overlapping roles.</p>"),
                        ("callout", {
                            "title": "When in doubt",
                            "text": (
                                "If you are unsure whether you may share something, do not share "
                                "it yet. Ask your supervisor first."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-5-check",
                "title": "Module 5 check: The peer's role",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which actions reflect responsible advocacy?",
                        "multiple": True,
                        "choices": [
                            ("Helping a person prepare questions for their prescriber", True),
                            ("Using the program's grievance procedure with the person's agreement", True),
                            ("Calling the person's employer on their behalf without asking", False),
                            ("Telling the person which medication worked best for you, so they "
                             "should choose it", False),
                        ],
                        "explanation": (
                            "Responsible advocacy is led by the person, uses accurate information "
                            "and proper channels, and never acts without consent or steers people "
                            "toward the coach's own choices."
                        ),
                    },
                    {
                        "prompt": (
                            "A participant's mother calls and asks whether her son is attending "
                            "the clinic. There is no signed consent. What do you do?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Neither confirm nor deny that he is a patient", True),
                            ("Confirm he attends, since she is family", False),
                            ("Tell her he attends but give no other details", False),
                        ],
                        "explanation": (
                            "42 CFR Part 2 protects even the fact that a person is a patient. "
                            "Without written consent, do not confirm attendance."
                        ),
                    },
                    {
                        "prompt": "You see a participant at the supermarket. What is the best practice?",
                        "multiple": False,
                        "choices": [
                            ("Let them decide whether to greet you, and never mention the clinic", True),
                            ("Greet them loudly so they feel welcome", False),
                            ("Ask how their dose is going", False),
                        ],
                        "explanation": (
                            "Letting the participant lead protects their privacy; mentioning the "
                            "clinic could reveal their treatment to others."
                        ),
                    },
                    {
                        "prompt": (
                            "You take buprenorphine and coach at the program where you are also a "
                            "patient. Which statement is accurate?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Your medication status is private and you decide whether to share "
                             "it; what you learn about others stays confidential", True),
                            ("You must tell every participant about your medication", False),
                            ("Information you learn as a fellow patient may be shared freely", False),
                        ],
                        "explanation": (
                            "Your own status is yours to share or not. Information about others, "
                            "however you learned it, stays confidential; discuss overlapping "
                            "roles with your supervisor."
                        ),
                    },
                ],
            },
        },
    ],
}
