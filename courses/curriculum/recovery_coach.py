"""Recovery Coach Training: 30 hours (1800 credit minutes).

Ten modules: recovery pathways, ROSC
and the history of peer work and MARS (3 h); addiction science and medication
basics (3 h); roles of a coach (3 h); listening, questions and self-disclosure
(4 h); stages of change and motivation (3 h); recovery capital, wellness and
planning (4 h); advocacy, stigma, language and patients' rights (3 h); culture,
trauma, co-occurring disorders, overdose and harm reduction (3 h); ethics and
confidentiality primer (2 h); skills practice and competency check (2 h).
"""

RECOVERY_COACH = {
    "slug": "recovery-coach-training",
    "code": "RC30",
    "title": "Recovery Coach Training",
    "required_minutes": 1800,
    "summary": (
        "A thirty-hour foundation training for peer recovery coaches in the MARS tradition, "
        "covering recovery pathways, coaching skills, recovery planning, advocacy, harm "
        "reduction and ethics, with a focus on medication-assisted recovery."
    ),
    "intro": (
        "<p>This training is for people with lived experience of recovery who want to support "
        "others as recovery coaches, especially in programs that serve people in "
        "medication-assisted recovery. It follows the MARS model: peer-initiated, peer-run "
        "recovery support that treats opioid use disorder as a chronic, treatable disease and "
        "respects every pathway of recovery.</p>"
        "<p>The thirty hours prepare you to work toward a recovery coach or peer recovery "
        "credential, such as the Certified Addiction Recovery Coach (CARC) or a state or IC&amp;RC "
        "Peer Recovery credential. Most credentials also require ethics training, "
        "medication-focused training, supervised practice hours and sometimes an exam; the "
        "companion Ethics for Recovery Coaches and Medication-Assisted Treatment (MAT) courses "
        "cover the first two. Check your own board's requirements.</p>"
        "<p><strong>How hours are earned:</strong> each lesson and module check carries credit "
        "minutes. A lesson counts once you have spent at least its minimum engaged time on the "
        "page and marked it complete; a module check counts when you pass it with at least 80 "
        "points out of 100 (you have three attempts). Hours are recorded under the competency "
        "domain each item covers: Advocacy, Mentoring/Education, Recovery/Wellness Support or "
        "Ethical Responsibility. Where your program runs live cohort sessions, attendance may "
        "also be credited by your facilitator.</p>"
    ),
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "recovery-and-its-many-pathways",
            "title": "Recovery, its many pathways, and the history of peer work",
            "domain": "recovery-wellness-support",
            "intro": (
                "What recovery means, the many pathways people take, recovery-oriented systems of "
                "care, and where peer support and the MARS model come from."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "what-is-recovery",
                    "title": "What is recovery?",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>A working definition</h2>"
                         "<p>The U.S. Substance Abuse and Mental Health Services Administration "
                         "(SAMHSA) describes recovery as a process of change through which people "
                         "improve their health and wellness, live a self-directed life, and "
                         "strive to reach their full potential. Recovery is a process, not a "
                         "single event, and it looks different for every person.</p>"
                         "<h2>Four dimensions that support recovery</h2>"
                         "<ul>"
                         "<li><strong>Health:</strong> managing one's conditions and making "
                         "choices that support physical and emotional wellbeing.</li>"
                         "<li><strong>Home:</strong> a stable and safe place to live.</li>"
                         "<li><strong>Purpose:</strong> meaningful daily activities, such as a "
                         "job, school, volunteering or caring for family.</li>"
                         "<li><strong>Community:</strong> relationships and social networks "
                         "that provide support, friendship, love and hope.</li>"
                         "</ul>"
                         "<h2>Guiding principles</h2>"
                         "<p>SAMHSA's guiding principles say that recovery emerges from hope; is "
                         "person-driven; occurs via many pathways; is holistic; is supported by "
                         "peers and allies, through relationships and social networks; is "
                         "culturally based; is supported by addressing trauma; involves "
                         "individual, family and community strengths and responsibility; and is "
                         "based on respect.</p>"
                         "<h2>What this means for a coach</h2>"
                         "<p>The person defines their own recovery. For one person it means no "
                         "use of any substance; for another it means taking methadone or "
                         "buprenorphine and rebuilding family life; for another it starts with "
                         "using more safely. Your job is not to judge whether someone's recovery "
                         "is real, but to help them move toward the life they want.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Recovery is defined by the person, measured by their health, "
                                "stability and quality of life, and it includes people taking "
                                "prescribed medication."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "How would you describe your own recovery in one or two sentences? "
                                "Which of the four dimensions has mattered most to you?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "many-pathways-of-recovery",
                    "title": "Many pathways of recovery",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>No single road</h2>"
                         "<p>People recover in many ways, and most combine several supports or "
                         "change them over time. Some common pathways:</p>"
                         "<ul>"
                         "<li><strong>Mutual-aid groups:</strong> twelve-step fellowships, "
                         "secular groups, faith-based groups and groups specifically for people "
                         "in medication-assisted recovery.</li>"
                         "<li><strong>Clinical treatment:</strong> outpatient counseling, "
                         "intensive outpatient programs, residential treatment.</li>"
                         "<li><strong>Medication-assisted recovery:</strong> methadone, "
                         "buprenorphine or naltrexone for opioid use disorder, or medications for "
                         "alcohol or tobacco use, along with other supports.</li>"
                         "<li><strong>Faith and spiritual pathways:</strong> recovery rooted in a "
                         "religious community or spiritual practice.</li>"
                         "<li><strong>Cultural pathways:</strong> recovery grounded in cultural "
                         "identity and traditions, such as Indigenous healing practices.</li>"
                         "<li><strong>Natural recovery:</strong> many people resolve substance "
                         "problems without formal treatment or groups, often through family, "
                         "work and life changes.</li>"
                         "<li><strong>Recovery community centres and online communities</strong> "
                         "that offer connection, activities and peer support.</li>"
                         "</ul>"
                         "<p>Harm reduction can also be a starting point: many people first "
                         "engage through naloxone distribution or syringe services and later "
                         "move toward other goals.</p>"
                         "<h2>The coach's stance</h2>"
                         "<p>Your own pathway is valuable experience, but it is not the map for "
                         "anyone else. A coach helps people learn about options, try what fits, "
                         "and change course without shame. Avoid phrases like “the only way” or "
                         "“real recovery,” which imply that other pathways are lesser.</p>"),
                        ("callout", {
                            "title": "Watch for",
                            "text": (
                                "If you notice yourself steering people toward the pathway that "
                                "worked for you, pause and ask what they want."
                            ),
                            "tone": "warning",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which recovery pathways do you know least about? How could you "
                                "learn more before you meet someone who is using one?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "recovery-oriented-systems-of-care",
                    "title": "Recovery-oriented systems of care",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>From acute care to long-term support</h2>"
                         "<p>For many years, addiction treatment followed an acute-care model: a "
                         "person was admitted, treated for a few weeks, and discharged, with "
                         "little support afterwards. When people returned to use, they were often "
                         "blamed and readmitted to the same program. This model does not fit a "
                         "chronic condition.</p>"
                         "<p>A recovery-oriented system of care (ROSC) is a coordinated network "
                         "of community-based services and supports that is person-centred and "
                         "builds on the strengths and resilience of individuals, families and "
                         "communities. It treats recovery as a long-term process and supports it "
                         "before, during and after treatment.</p>"
                         "<h2>Features of a ROSC</h2>"
                         "<ul>"
                         "<li>Many entry points and many pathways, with no wrong door.</li>"
                         "<li>Care that continues over time, including recovery check-ups after "
                         "formal treatment ends.</li>"
                         "<li>Services beyond treatment: housing, employment, childcare, "
                         "transport, legal help, health care.</li>"
                         "<li>People with lived experience involved in planning, delivering and "
                         "evaluating services.</li>"
                         "<li>Partnership among treatment providers, recovery community "
                         "organisations, health care, justice, faith and community groups.</li>"
                         "<li>Attention to culture, trauma and family.</li>"
                         "</ul>"
                         "<h2>Where peers fit</h2>"
                         "<p>Recovery coaches are one of the threads that hold a ROSC together. "
                         "They engage people who are not in treatment, walk alongside people "
                         "during treatment, and stay connected afterwards. In an opioid treatment "
                         "program, a coach can help link daily clinic care with the rest of a "
                         "person's life.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Think about your own community. Which parts of a "
                                "recovery-oriented system already exist, and what is missing?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "history-of-peer-work-and-mars",
                    "title": "The history of peer work and MARS",
                    "minutes": 1,
                    "domain": "advocacy",
                    "body": [
                        ("rich_text",
                         "<h2>A long tradition of mutual help</h2>"
                         "<p>People in recovery have helped each other for centuries. Native "
                         "American sobriety movements, the Washingtonian temperance societies of "
                         "the 1840s, Alcoholics Anonymous from 1935 and the many fellowships that "
                         "followed all rest on the idea that people with shared experience can "
                         "help each other in ways professionals cannot. The mental health "
                         "consumer movement built similar traditions of peer support.</p>"
                         "<h2>Medication-assisted recovery and advocacy</h2>"
                         "<p>Methadone maintenance was developed in New York in the 1960s. For "
                         "decades people receiving it faced stigma from the public, from other "
                         "recovery communities and sometimes from treatment staff. Patients "
                         "organised to defend their treatment and dignity; NAMA Recovery, a "
                         "patient advocacy organisation, grew out of that movement.</p>"
                         "<p>In the late 1990s and 2000s, a new recovery advocacy movement pushed "
                         "for recovery-oriented systems, public recovery voices and paid peer "
                         "recovery support services, which many states now fund and "
                         "credential.</p>"
                         "<h2>The MARS model</h2>"
                         "<p>MARS, Medication Assisted Recovery Services, was started in 2005 by "
                         "methadone patients working with NAMA Recovery and the Albert Einstein "
                         "College of Medicine's substance abuse division in the Bronx. It was "
                         "peer-initiated and is peer-run: people in medication-assisted recovery "
                         "design and deliver the services. Its aim is to transform "
                         "medication-assisted treatment into medication-assisted recovery, "
                         "through recovery coaching, support groups, education, advocacy and "
                         "events that fight stigma.</p>"
                         "<p>Through its training institute, MARS teaches other programs to "
                         "replicate the model: a thirty-hour recovery coach training, fifteen "
                         "hours of ethics for coaches and supervisors, and a four-hour "
                         "medication-assisted treatment training. This course is part of that "
                         "tradition.</p>"),
                        ("callout", {
                            "title": "The MARS message",
                            "text": (
                                "Opioid addiction is a chronic brain disease, medications work, "
                                "and “replacing one drug with another” is a myth."
                            ),
                            "tone": "info",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-1-check",
                "title": "Module 1 check: Recovery, pathways and history",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which are SAMHSA's four dimensions that support recovery?",
                        "multiple": False,
                        "choices": [
                            ("Health, home, purpose and community", True),
                            ("Abstinence, meetings, sponsorship and service", False),
                            ("Medication, counseling, testing and discharge", False),
                        ],
                        "explanation": (
                            "SAMHSA names health, home, purpose and community as the four "
                            "dimensions that support a life in recovery."
                        ),
                    },
                    {
                        "prompt": "Which of these are recognised pathways of recovery?",
                        "multiple": True,
                        "choices": [
                            ("Medication-assisted recovery", True),
                            ("Faith-based recovery", True),
                            ("Natural recovery without formal treatment", True),
                            ("None; only twelve-step recovery counts", False),
                        ],
                        "explanation": (
                            "Recovery occurs via many pathways, and people often combine or "
                            "change them over time."
                        ),
                    },
                    {
                        "prompt": "What best describes a recovery-oriented system of care?",
                        "multiple": False,
                        "choices": [
                            ("A coordinated, person-centred network of services and supports "
                             "that supports recovery over the long term", True),
                            ("A single residential program with a fixed length of stay", False),
                            ("A system in which treatment ends at discharge", False),
                        ],
                        "explanation": (
                            "A ROSC replaces the acute-care model with long-term, coordinated, "
                            "person-centred support before, during and after treatment."
                        ),
                    },
                    {
                        "prompt": "How did MARS begin?",
                        "multiple": False,
                        "choices": [
                            ("In 2005, started by methadone patients with NAMA Recovery and the "
                             "Albert Einstein College of Medicine in the Bronx", True),
                            ("As a government program designed by clinicians in 1990", False),
                            ("As a twelve-step fellowship for people leaving methadone", False),
                        ],
                        "explanation": (
                            "MARS was started in 2005 by methadone patients; it is "
                            "peer-initiated and peer-run."
                        ),
                    },
                    {
                        "prompt": "A person says his recovery goal is to keep taking buprenorphine and get back to work. As a coach, you:",
                        "multiple": False,
                        "choices": [
                            ("Support the goal; the person defines their own recovery", True),
                            ("Explain that recovery means stopping all medication", False),
                            ("Tell him to find a pathway like yours", False),
                        ],
                        "explanation": (
                            "Recovery is person-driven. Taking prescribed medication is part of "
                            "many people's recovery."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "addiction-science-and-medication-basics",
            "title": "Addiction science and medication basics",
            "domain": "recovery-wellness-support",
            "intro": (
                "How substance use disorders affect the brain, why tolerance and withdrawal matter "
                "for safety, and the basic facts a coach needs about medications."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "addiction-and-the-brain",
                    "title": "Addiction and the brain",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>What a substance use disorder is</h2>"
                         "<p>A substance use disorder is a medical condition in which a person "
                         "keeps using alcohol or other drugs despite harm to their health, "
                         "relationships or responsibilities, and has trouble controlling their "
                         "use. Clinicians diagnose it using a set of criteria, such as craving, "
                         "using more than intended, giving up important activities, tolerance "
                         "and withdrawal, and rate it as mild, moderate or severe. Coaches do not "
                         "diagnose, but understanding the condition helps us explain it without "
                         "blame.</p>"
                         "<h2>Three brain systems</h2>"
                         "<ul>"
                         "<li><strong>Reward and habit:</strong> substances flood the brain's "
                         "reward system. Over time the brain learns to link people, places and "
                         "feelings with use, so cues can trigger strong cravings.</li>"
                         "<li><strong>Stress:</strong> repeated use makes stress systems more "
                         "reactive. Without the substance, people can feel anxious, irritable "
                         "and low, and using becomes a way to feel normal.</li>"
                         "<li><strong>Self-control:</strong> the areas that plan, weigh "
                         "consequences and control impulses work less well, making it harder to "
                         "act on good intentions.</li>"
                         "</ul>"
                         "<h2>Why some people and not others</h2>"
                         "<p>Risk comes from a mix of genes, early exposure, trauma and adversity, "
                         "mental health conditions and the environment. No one chooses to develop "
                         "a substance use disorder.</p>"
                         "<h2>Healing is possible</h2>"
                         "<p>Like other chronic conditions, substance use disorders can be "
                         "managed, and many brain changes improve with time in recovery. "
                         "Treatment, medication, support and a meaningful life all help. "
                         "Understanding addiction as a health condition rather than a moral "
                         "failing is the starting point for stigma-free coaching.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Substance use disorders change how the brain works. These "
                                "changes are physical, not moral, and they can improve in "
                                "recovery."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "How might understanding the brain science change the way a "
                                "person talks about their own past use? How might it change "
                                "the way their family talks about it?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "tolerance-withdrawal-and-overdose-risk",
                    "title": "Tolerance, withdrawal and overdose risk",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Tolerance and dependence</h2>"
                         "<p><strong>Tolerance</strong> means the body needs more of a substance "
                         "to get the same effect. <strong>Physical dependence</strong> means the "
                         "body has adapted so that stopping causes withdrawal. Dependence also "
                         "happens with many prescribed medications and is not the same thing as "
                         "a substance use disorder.</p>"
                         "<h2>Withdrawal</h2>"
                         "<ul>"
                         "<li><strong>Opioid withdrawal</strong> brings aches, sweating, "
                         "yawning, a runny nose, stomach upset, anxiety and insomnia. It is "
                         "rarely dangerous in itself for healthy adults, but it is very "
                         "distressing and a major reason people return to use.</li>"
                         "<li><strong>Alcohol and benzodiazepine withdrawal</strong> can be "
                         "life-threatening, with seizures or delirium. People should never stop "
                         "heavy daily use of these suddenly without medical advice.</li>"
                         "</ul>"
                         "<h2>When overdose risk is highest</h2>"
                         "<p>Opioids slow breathing. Overdose happens when breathing slows or "
                         "stops. Risk rises sharply:</p>"
                         "<ul>"
                         "<li><strong>After a period without opioids:</strong> leaving jail or "
                         "prison, detox, residential treatment or hospital, or stopping "
                         "medication. Tolerance drops quickly, and a previous amount can now be "
                         "fatal.</li>"
                         "<li><strong>When substances are mixed:</strong> opioids with alcohol, "
                         "benzodiazepines or other sedatives.</li>"
                         "<li><strong>When the supply is unpredictable:</strong> fentanyl and "
                         "other strong synthetic opioids are often mixed into other drugs "
                         "without the person knowing.</li>"
                         "<li><strong>When using alone,</strong> with no one to respond.</li>"
                         "</ul>"
                         "<p>Coaches can plan ahead with people facing these transitions: "
                         "talk openly about risk, make sure they have naloxone, and help them "
                         "connect quickly with treatment and support.</p>"),
                        ("callout", {
                            "title": "High-risk moment",
                            "text": (
                                "Release from jail or discharge from detox or treatment is one of "
                                "the most dangerous times for overdose. Make naloxone and a "
                                "connection plan part of every transition."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "medication-basics-for-coaches",
                    "title": "Medication basics for coaches",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Medications for opioid use disorder</h2>"
                         "<ul>"
                         "<li><strong>Methadone:</strong> a full agonist taken daily, dispensed "
                         "for opioid use disorder only through certified opioid treatment "
                         "programs.</li>"
                         "<li><strong>Buprenorphine:</strong> a partial agonist, prescribed in "
                         "offices, clinics and treatment programs as tablets, films or "
                         "extended-release injections.</li>"
                         "<li><strong>Naltrexone:</strong> an antagonist that blocks opioids, "
                         "usually given as a monthly injection after a person has been "
                         "opioid-free for a period.</li>"
                         "<li><strong>Naloxone:</strong> an antagonist used to reverse overdose, "
                         "not a treatment for the disorder.</li>"
                         "</ul>"
                         "<p>Methadone and buprenorphine reduce the risk of overdose death and "
                         "help people stay in treatment. The Medication-Assisted Treatment course "
                         "covers all of these in depth.</p>"
                         "<h2>Other substances</h2>"
                         "<ul>"
                         "<li><strong>Alcohol:</strong> naltrexone, acamprosate and disulfiram "
                         "are approved medications.</li>"
                         "<li><strong>Tobacco:</strong> nicotine replacement, varenicline and "
                         "bupropion help people quit.</li>"
                         "<li><strong>Stimulants</strong> such as cocaine and methamphetamine: "
                         "there is currently no approved medication, but behavioural approaches, "
                         "including contingency management, help.</li>"
                         "</ul>"
                         "<p>People may also take medication for mental or physical health "
                         "conditions. These support recovery, and everyone should tell all of "
                         "their prescribers about every medication they take.</p>"
                         "<h2>The coach's role with medication</h2>"
                         "<ul>"
                         "<li>Share accurate general information and correct myths.</li>"
                         "<li>Respect each person's choice to use, not use or stop "
                         "medication.</li>"
                         "<li>Never recommend, change or stop a medication or dose.</li>"
                         "<li>Help people prepare questions for their prescriber.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Stay in your lane",
                            "text": (
                                "“That's a great question for your prescriber. Would it help to "
                                "write it down so you remember to ask?”"
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-2-check",
                "title": "Module 2 check: Addiction science and medication basics",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which brain changes are part of a substance use disorder?",
                        "multiple": True,
                        "choices": [
                            ("Cues linked to use can trigger strong cravings", True),
                            ("Stress systems become more reactive", True),
                            ("Areas that control impulses work less well", True),
                            ("The person's character becomes permanently bad", False),
                        ],
                        "explanation": (
                            "Reward, stress and self-control systems all change. These changes "
                            "are physical, not a matter of character, and can improve in "
                            "recovery."
                        ),
                    },
                    {
                        "prompt": "Why is overdose risk high right after release from jail or discharge from detox?",
                        "multiple": False,
                        "choices": [
                            ("Tolerance has dropped, so a previous amount can now be fatal", True),
                            ("Tolerance has increased", False),
                            ("Withdrawal makes opioids stronger", False),
                        ],
                        "explanation": (
                            "After a period without opioids, tolerance falls quickly, so using a "
                            "familiar amount can cause overdose."
                        ),
                    },
                    {
                        "prompt": "Withdrawal from which substances can be life-threatening without medical care?",
                        "multiple": False,
                        "choices": [
                            ("Alcohol and benzodiazepines", True),
                            ("Caffeine and nicotine", False),
                            ("Naloxone", False),
                        ],
                        "explanation": (
                            "Alcohol and benzodiazepine withdrawal can cause seizures or "
                            "delirium, so people should not stop heavy daily use suddenly without "
                            "medical advice."
                        ),
                    },
                    {
                        "prompt": "Which statement about medications for stimulant use disorder is accurate?",
                        "multiple": False,
                        "choices": [
                            ("There is currently no approved medication, but behavioural "
                             "approaches such as contingency management help", True),
                            ("Methadone is the main approved treatment", False),
                            ("Naloxone treats stimulant use disorder", False),
                        ],
                        "explanation": (
                            "No medication is currently approved for stimulant use disorder; "
                            "behavioural approaches are the mainstay."
                        ),
                    },
                    {
                        "prompt": "A participant asks whether she should cut her methadone dose before a job interview. You:",
                        "multiple": False,
                        "choices": [
                            ("Help her prepare the question for her prescriber", True),
                            ("Suggest a small cut, since it is only for one day", False),
                            ("Tell her to skip her dose that morning", False),
                        ],
                        "explanation": (
                            "Coaches never recommend changing doses. They help people bring "
                            "questions to their prescriber."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "roles-of-a-recovery-coach",
            "title": "Roles of a recovery coach, and what a coach is not",
            "domain": "mentoring-education",
            "intro": (
                "What recovery coaches do, how the role differs from sponsors, counselors and "
                "other helpers, and how coaches work alongside a treatment team."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "what-a-recovery-coach-does",
                    "title": "What a recovery coach does",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>A peer who walks alongside</h2>"
                         "<p>A recovery coach is a person with lived experience of recovery who "
                         "is trained to help others start and sustain their own recovery. "
                         "Coaching is non-clinical, strengths-based and focused on the present "
                         "and future: what the person wants, what resources they have, and what "
                         "the next step is.</p>"
                         "<h2>Roles a coach may play</h2>"
                         "<ul>"
                         "<li><strong>Motivator and cheerleader:</strong> believing in the "
                         "person and noticing progress.</li>"
                         "<li><strong>Ally and confidant:</strong> listening without judgement "
                         "and keeping confidences within the limits of the role.</li>"
                         "<li><strong>Truth-teller:</strong> offering honest feedback with "
                         "care.</li>"
                         "<li><strong>Role model and mentor:</strong> showing that recovery is "
                         "possible.</li>"
                         "<li><strong>Problem solver:</strong> helping the person think through "
                         "obstacles and options.</li>"
                         "<li><strong>Resource broker:</strong> connecting people to housing, "
                         "work, treatment, mutual aid and community.</li>"
                         "<li><strong>Advocate:</strong> helping people speak up and be treated "
                         "fairly.</li>"
                         "<li><strong>Community organiser:</strong> helping build "
                         "recovery-friendly communities.</li>"
                         "</ul>"
                         "<h2>What coaching looks like day to day</h2>"
                         "<p>Coaches meet people in clinics, community centres, hospitals, "
                         "courts, homes and online. They engage people who are unsure about "
                         "treatment, help with recovery plans, accompany people to appointments, "
                         "run or co-facilitate support groups, and follow up when someone misses "
                         "a dose or leaves treatment. In a MARS-style program, coaches are "
                         "themselves in medication-assisted recovery or deeply familiar with it, "
                         "which helps people feel understood.</p>"
                         "<h2>The heart of it</h2>"
                         "<p>What makes coaching work is mutuality: a relationship between "
                         "equals, in which hope is shared because it has been lived.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which of these roles come most naturally to you, and which will "
                                "you need to practise?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "what-a-coach-is-not",
                    "title": "What a coach is not",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Clear roles protect people</h2>"
                         "<p>People in recovery often have several helpers. Knowing what a coach "
                         "is not helps everyone get the right help from the right person.</p>"
                         "<ul>"
                         "<li><strong>Not a sponsor.</strong> A sponsor is a volunteer in a "
                         "mutual-aid fellowship who guides someone through that fellowship's "
                         "program. A coach is trained, supervised, works for an organisation and "
                         "supports any pathway.</li>"
                         "<li><strong>Not a counselor or therapist.</strong> Clinicians assess, "
                         "diagnose, write treatment plans and provide therapy. Coaches do not "
                         "diagnose or treat, and do not dig into trauma.</li>"
                         "<li><strong>Not a doctor or nurse.</strong> Coaches do not give "
                         "medical advice or make decisions about medication or doses.</li>"
                         "<li><strong>Not a lawyer.</strong> Coaches can help people find legal "
                         "help but do not give legal advice.</li>"
                         "<li><strong>Not a personal friend.</strong> Coaches are warm and "
                         "genuine, but the relationship exists for the person's recovery, with "
                         "boundaries on time, money and contact.</li>"
                         "<li><strong>Not the program's enforcer.</strong> Coaches do not police "
                         "participants or deliver sanctions.</li>"
                         "<li><strong>Not a rescuer.</strong> Coaches do not do for people what "
                         "they can do for themselves.</li>"
                         "</ul>"
                         "<h2>Explaining the role</h2>"
                         "<p>Explain your role at the first meeting and whenever confusion "
                         "arises. People may expect you to tell them what to do, get them "
                         "take-homes, or keep every secret. Being honest early about what you "
                         "can and cannot do builds trust.</p>"),
                        ("callout", {
                            "title": "Try saying",
                            "text": (
                                "“I'm a recovery coach. I've been through recovery myself, and "
                                "my job is to support you in reaching your goals, whatever path "
                                "you choose. I'm not a counselor or a doctor, but I can help you "
                                "get the most from them.”"
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "the-coach-on-the-team",
                    "title": "The coach on the team",
                    "minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>Working inside a program</h2>"
                         "<p>Many coaches work inside opioid treatment programs, clinics or "
                         "hospitals alongside counselors, nurses, prescribers and managers. "
                         "Others work in recovery community organisations and partner with those "
                         "services. Either way, the coach brings something no one else on the "
                         "team can: the perspective of lived experience.</p>"
                         "<h2>A bridge, not a messenger</h2>"
                         "<ul>"
                         "<li>Help participants understand program rules and processes, and "
                         "help staff understand participants' experience.</li>"
                         "<li>Support people to speak for themselves in treatment planning and "
                         "meetings.</li>"
                         "<li>Share information with the team only within program policy, with "
                         "the person's knowledge, and only what is needed.</li>"
                         "<li>Bring the participant's voice to program improvement, for example "
                         "through patient advisory groups.</li>"
                         "</ul>"
                         "<h2>Being a good teammate</h2>"
                         "<ul>"
                         "<li>Know your job description and explain it to colleagues.</li>"
                         "<li>Attend team meetings prepared, and document as required.</li>"
                         "<li>Refer clinical and medical questions to the right colleague "
                         "quickly.</li>"
                         "<li>Use supervision to work through disagreements.</li>"
                         "<li>Respect colleagues' expertise, and expect respect for yours.</li>"
                         "</ul>"
                         "<h2>When you are also a patient</h2>"
                         "<p>In medication-assisted recovery programs, some coaches dose at the "
                         "same clinic where they work. Your own treatment information is private "
                         "and your treatment always comes first. Talk with your supervisor about "
                         "how to keep your roles separate.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "What might the clinical staff at a program misunderstand about "
                                "the coach role, and how would you explain it to them?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-3-check",
                "title": "Module 3 check: Roles of a recovery coach",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which best describes recovery coaching?",
                        "multiple": False,
                        "choices": [
                            ("Non-clinical, strengths-based support from a trained peer, focused "
                             "on the person's goals", True),
                            ("Clinical therapy focused on past trauma", False),
                            ("Guiding someone through a fellowship's steps", False),
                        ],
                        "explanation": (
                            "Coaching is non-clinical and strengths-based. Therapy and "
                            "sponsorship are different roles."
                        ),
                    },
                    {
                        "prompt": "Which activities belong to the coach role?",
                        "multiple": True,
                        "choices": [
                            ("Accompanying a person to a housing appointment", True),
                            ("Following up when someone misses several doses", True),
                            ("Diagnosing a participant's anxiety", False),
                            ("Deciding whether someone should get take-home doses", False),
                        ],
                        "explanation": (
                            "Accompaniment and follow-up are core coaching tasks. Diagnosis and "
                            "take-home decisions belong to clinical and medical staff."
                        ),
                    },
                    {
                        "prompt": "What is the main difference between a coach and a sponsor?",
                        "multiple": False,
                        "choices": [
                            ("A coach is trained, supervised and supports any pathway; a sponsor "
                             "is a fellowship volunteer guiding someone through that program", True),
                            ("There is no difference", False),
                            ("A sponsor is paid and a coach is always a volunteer", False),
                        ],
                        "explanation": (
                            "Sponsors are unpaid fellowship members. Coaches work for an "
                            "organisation under supervision and respect every pathway."
                        ),
                    },
                    {
                        "prompt": "How should a coach share information with the treatment team?",
                        "multiple": False,
                        "choices": [
                            ("Within program policy, with the person's knowledge, and only what is needed", True),
                            ("Everything the person says, so the team has the full picture", False),
                            ("Nothing, ever, even with consent", False),
                        ],
                        "explanation": (
                            "Coaches are a bridge, not a messenger: they share only what is "
                            "needed and permitted, and they are transparent with the person."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "listening-questions-and-self-disclosure",
            "title": "Active listening, good questions and self-disclosure",
            "domain": "mentoring-education",
            "intro": (
                "The core conversation skills of coaching: attentive listening, the OARS skills, "
                "asking questions that open people up, and sharing your story with purpose."
            ),
            "minutes": 240,
            "lessons": [
                {
                    "slug": "active-listening-and-presence",
                    "title": "Active listening and presence",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Listening is an action</h2>"
                         "<p>Many people in recovery have rarely been truly listened to. Active "
                         "listening means giving full attention, trying to understand the "
                         "person's experience from their point of view, and showing that you "
                         "understand. It is the foundation of every other coaching skill.</p>"
                         "<h2>Being present</h2>"
                         "<ul>"
                         "<li>Put your phone away and remove distractions.</li>"
                         "<li>Use open, relaxed body language. Eye contact norms vary by "
                         "culture; follow the person's lead.</li>"
                         "<li>Use small encouragers: a nod, “mm-hm,” “go on.”</li>"
                         "<li>Allow silence. A pause often brings the most important thing.</li>"
                         "<li>Listen for feelings and meaning, not just facts.</li>"
                         "<li>Notice your own reactions without acting on them.</li>"
                         "</ul>"
                         "<h2>Roadblocks to listening</h2>"
                         "<p>Helpers often get in the way without meaning to. Common roadblocks "
                         "include:</p>"
                         "<ul>"
                         "<li>Giving advice before the person has finished.</li>"
                         "<li>Warning, lecturing or moralising.</li>"
                         "<li>Reassuring too quickly (“Don't worry, it'll be fine”).</li>"
                         "<li>Jumping in with your own story.</li>"
                         "<li>Interrogating with question after question.</li>"
                         "<li>Changing the subject when it gets uncomfortable.</li>"
                         "</ul>"
                         "<p>Behind most roadblocks is the <strong>righting reflex</strong>: the "
                         "urge to fix things and set people on the right path. It comes from "
                         "caring, but it usually makes people defend their current position. "
                         "Listening first lets people find their own reasons and solutions.</p>"),
                        ("callout", {
                            "title": "Practice",
                            "text": (
                                "In your next conversation with anyone, try to listen for two "
                                "full minutes without advising, reassuring or sharing your own "
                                "story. Notice how hard it is, and how the other person responds."
                            ),
                            "tone": "tip",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which roadblock do you fall into most often? What sets it off?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "oars",
                    "title": "OARS: open questions, affirmations, reflections, summaries",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<p>OARS is a set of four core skills drawn from motivational "
                         "interviewing. Together they keep a conversation focused on the person "
                         "and help them explore their own thoughts.</p>"
                         "<h2>O: Open questions</h2>"
                         "<p>Open questions invite a fuller answer than yes or no. “How has this "
                         "week been for you?” opens more than “Did you have a good week?”</p>"
                         "<h2>A: Affirmations</h2>"
                         "<p>Affirmations recognise real strengths, efforts and values. They are "
                         "specific and genuine, not general praise. “You came in even though the "
                         "bus was late; getting here really matters to you” is stronger than "
                         "“Good job.”</p>"
                         "<h2>R: Reflections</h2>"
                         "<p>Reflections are statements, not questions, that say back what you "
                         "heard so the person knows you understood and can hear their own words.</p>"
                         "<ul>"
                         "<li><strong>Simple reflection:</strong> repeats or rephrases. “The "
                         "daily trips to the clinic are wearing you out.”</li>"
                         "<li><strong>Complex reflection:</strong> adds meaning or feeling. "
                         "“You want the stability the clinic gives you, and you also want your "
                         "time back.”</li>"
                         "</ul>"
                         "<p>Aim to reflect more often than you ask questions.</p>"
                         "<h2>S: Summaries</h2>"
                         "<p>Summaries pull together several things the person has said, often "
                         "at the end of a topic or a meeting. They show you have been listening, "
                         "highlight the person's own reasons for change and lead to the next "
                         "step: “So far you've said … Did I miss anything? Where would you like "
                         "to go from here?”</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Open questions, affirmations, reflections and summaries keep the "
                                "person in the driver's seat of the conversation."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "A person says: “My family keeps saying I'm not really clean "
                                "because I'm on methadone.” Write one simple and one complex "
                                "reflection you could offer."
                            ),
                        }),
                    ],
                },
                {
                    "slug": "asking-good-questions",
                    "title": "Asking good questions",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Questions shape the conversation</h2>"
                         "<p>The questions we ask tell people what we think matters. Questions "
                         "about problems lead to talk about problems; questions about hopes and "
                         "strengths lead to talk about possibilities.</p>"
                         "<h2>Tips for good questions</h2>"
                         "<ul>"
                         "<li><strong>Ask one question at a time,</strong> and wait for the "
                         "answer.</li>"
                         "<li><strong>Prefer “what” and “how” to “why.”</strong> “Why did you "
                         "do that?” can sound like blame; “What was happening when…?” invites "
                         "explanation.</li>"
                         "<li><strong>Avoid leading questions,</strong> such as “Don't you think "
                         "you should…?”</li>"
                         "<li><strong>Ask permission</strong> before giving information or "
                         "raising a sensitive topic: “Would it be OK if we talked about…?”</li>"
                         "<li><strong>Follow with a reflection,</strong> not another "
                         "question.</li>"
                         "</ul>"
                         "<h2>Useful kinds of questions</h2>"
                         "<ul>"
                         "<li><strong>Hopes:</strong> “If things were going well a year from "
                         "now, what would be different?”</li>"
                         "<li><strong>Past successes:</strong> “When have you got through "
                         "something hard before? What helped?”</li>"
                         "<li><strong>Exceptions:</strong> “Were there days this week when the "
                         "cravings were less? What was different?”</li>"
                         "<li><strong>Scaling:</strong> “On a scale from 0 to 10, how "
                         "confident are you that you can make the appointment?” Then: “What "
                         "makes it that number and not lower?”</li>"
                         "<li><strong>Next steps:</strong> “What is one small thing you could "
                         "do before we meet again?”</li>"
                         "</ul>"
                         "<h2>Questions to avoid</h2>"
                         "<p>Avoid asking for details of past use or trauma out of curiosity. "
                         "Ask only what helps the person move toward their goals.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Turn these closed or “why” questions into open “what” or “how” "
                                "questions: “Did you go to your appointment?” “Why did you stop "
                                "going to groups?”"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "purposeful-self-disclosure",
                    "title": "Purposeful self-disclosure",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Your story is a tool</h2>"
                         "<p>Sharing your own experience is what makes peer support different. "
                         "A well-chosen story can give hope, show that change is possible, "
                         "reduce shame and build trust. But self-disclosure is a tool for the "
                         "person's benefit, not a chance to talk about yourself.</p>"
                         "<h2>Before you share, ask</h2>"
                         "<ul>"
                         "<li><strong>Whose need does this meet?</strong> Theirs, or mine?</li>"
                         "<li><strong>What is my purpose?</strong> To give hope, normalise a "
                         "feeling, or show a way through?</li>"
                         "<li><strong>Is the timing right?</strong> Has the person finished "
                         "telling their story?</li>"
                         "</ul>"
                         "<h2>Guidelines</h2>"
                         "<ul>"
                         "<li>Keep it brief and relevant.</li>"
                         "<li>Focus on recovery, what helped and what you learned, not on "
                         "details of use.</li>"
                         "<li>Return the focus to the person: “That's what helped me. What do "
                         "you think might help you?”</li>"
                         "<li>Avoid comparing (“I had it worse”) or presenting your path as the "
                         "right one.</li>"
                         "<li>Do not share about medication as a recommendation.</li>"
                         "<li>Never share to get support for yourself.</li>"
                         "</ul>"
                         "<h2>You choose what to share</h2>"
                         "<p>Being a peer does not mean giving up your privacy. You decide what "
                         "parts of your story to share, with whom and when. Some details, "
                         "including your medication or your health, you may keep private "
                         "always. Prepare a short version of your recovery story in advance so "
                         "you can share it with purpose.</p>"),
                        ("callout", {
                            "title": "Tip",
                            "text": (
                                "If you are not sure whether to share, you can always wait. You "
                                "can share later; you cannot take it back."
                            ),
                            "tone": "tip",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Write a two-minute version of your recovery story focused on "
                                "hope and what helped. What will you leave out, and why?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-4-check",
                "title": "Module 4 check: Listening, questions and self-disclosure",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "What does OARS stand for?",
                        "multiple": False,
                        "choices": [
                            ("Open questions, affirmations, reflections, summaries", True),
                            ("Observe, advise, redirect, support", False),
                            ("Options, actions, resources, steps", False),
                        ],
                        "explanation": (
                            "OARS stands for open questions, affirmations, reflective listening "
                            "and summaries."
                        ),
                    },
                    {
                        "prompt": (
                            "A person says: “I want to keep my job, but getting to the clinic every "
                            "morning is exhausting.” Which response is a complex reflection?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("“Your job matters to you, and the daily trips are making it hard to "
                             "keep up.”", True),
                            ("“Have you asked about take-homes?”", False),
                            ("“You should talk to your boss.”", False),
                        ],
                        "explanation": (
                            "A complex reflection is a statement that adds meaning or feeling. "
                            "The others are a question and advice."
                        ),
                    },
                    {
                        "prompt": "Which of these are roadblocks to listening?",
                        "multiple": True,
                        "choices": [
                            ("Reassuring too quickly", True),
                            ("Giving advice before the person has finished", True),
                            ("Allowing a silence", False),
                            ("Reflecting what you heard", False),
                        ],
                        "explanation": (
                            "Premature reassurance and advice are roadblocks. Silence and "
                            "reflection help people keep talking."
                        ),
                    },
                    {
                        "prompt": "Why are “what” and “how” questions usually better than “why” questions?",
                        "multiple": False,
                        "choices": [
                            ("“Why” questions can sound like blame and make people defensive", True),
                            ("“Why” questions are closed questions", False),
                            ("“What” and “how” questions are shorter", False),
                        ],
                        "explanation": (
                            "“Why” can sound judgemental; “what” and “how” invite explanation "
                            "without blame."
                        ),
                    },
                    {
                        "prompt": "Which is the best guide for self-disclosure?",
                        "multiple": False,
                        "choices": [
                            ("Keep it brief and relevant, focus on recovery, and return the focus "
                             "to the person", True),
                            ("Share as much detail as possible about your past use", False),
                            ("Share your medication choice so they can follow it", False),
                        ],
                        "explanation": (
                            "Self-disclosure serves the person: brief, purposeful, "
                            "recovery-focused, and followed by a return to their situation."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "stages-of-change-and-motivation",
            "title": "Stages of change and motivation",
            "domain": "mentoring-education",
            "intro": (
                "How people move through change, why ambivalence is normal, and how a "
                "motivational approach helps people find their own reasons to change."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "stages-of-change",
                    "title": "The stages of change",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Change is a process</h2>"
                         "<p>The stages of change model, developed by Prochaska and DiClemente, "
                         "describes how people move toward changing a behaviour. People move "
                         "back and forth between stages, and they can be in different stages "
                         "for different behaviours, for example ready to stop drinking but not "
                         "yet thinking about smoking.</p>"
                         "<h2>The stages</h2>"
                         "<ul>"
                         "<li><strong>Precontemplation:</strong> not considering change, often "
                         "because the person does not see a problem or feels hopeless. "
                         "<em>Coach:</em> build the relationship, listen, offer information if "
                         "welcome, keep the door open.</li>"
                         "<li><strong>Contemplation:</strong> aware of reasons to change and "
                         "reasons not to; feeling two ways. <em>Coach:</em> explore both sides "
                         "and draw out the person's own reasons.</li>"
                         "<li><strong>Preparation:</strong> intending to act soon and making "
                         "plans. <em>Coach:</em> help set goals, explore options, plan small "
                         "steps.</li>"
                         "<li><strong>Action:</strong> actively making changes. "
                         "<em>Coach:</em> support, affirm effort, help solve problems, connect "
                         "to resources.</li>"
                         "<li><strong>Maintenance:</strong> sustaining change and building a "
                         "new life. <em>Coach:</em> strengthen recovery capital, plan for "
                         "challenges, celebrate progress.</li>"
                         "</ul>"
                         "<h2>Recurrence</h2>"
                         "<p>Many people return to use or to old patterns at some point. The "
                         "model treats this as part of the cycle, not as failure. People usually "
                         "re-enter at contemplation or preparation, often with new knowledge "
                         "about what they need.</p>"
                         "<h2>Why stage matters</h2>"
                         "<p>Pushing someone in precontemplation to take action usually leads to "
                         "resistance. Matching what you do to where the person is saves effort "
                         "and protects the relationship.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Think of a change you made in your own life. Can you recognise "
                                "the stages you went through? What helped you move from one to "
                                "the next?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "a-motivational-approach",
                    "title": "A motivational approach",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Motivation comes from within</h2>"
                         "<p>Motivational interviewing, developed by William Miller and Stephen "
                         "Rollnick, is a collaborative way of talking that strengthens a "
                         "person's own motivation for change. Full motivational interviewing "
                         "takes extended training and practice, but every coach can use its "
                         "spirit and basic skills.</p>"
                         "<h2>The spirit</h2>"
                         "<ul>"
                         "<li><strong>Partnership:</strong> working with the person, not on "
                         "them.</li>"
                         "<li><strong>Acceptance:</strong> respecting the person's worth and "
                         "their right to choose.</li>"
                         "<li><strong>Compassion:</strong> putting the person's wellbeing "
                         "first.</li>"
                         "<li><strong>Evocation:</strong> drawing out the person's own ideas and "
                         "reasons rather than supplying yours.</li>"
                         "</ul>"
                         "<h2>Ambivalence is normal</h2>"
                         "<p>Most people feel two ways about change. When a coach argues for "
                         "change, the person tends to argue the other side. Instead, listen for "
                         "and strengthen <strong>change talk</strong>: the person's own words "
                         "about desire (“I want…”), ability (“I could…”), reasons (“It would "
                         "help my kids…”), need (“I have to…”), and commitment (“I will…”). "
                         "<strong>Sustain talk</strong> is the other side (“It's not that "
                         "bad”); acknowledge it without arguing.</p>"
                         "<h2>Practical tools</h2>"
                         "<ul>"
                         "<li><strong>Importance and confidence rulers:</strong> “On a scale of "
                         "0 to 10, how important is this to you? How confident are you?”</li>"
                         "<li><strong>Looking forward:</strong> “What would you like to be "
                         "different a year from now?”</li>"
                         "<li><strong>Roll with discord:</strong> when a person pushes back, "
                         "reflect and step alongside rather than argue.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "People are more likely to act on reasons they say themselves "
                                "than on reasons we give them."
                            ),
                            "tone": "info",
                        }),
                    ],
                },
                {
                    "slug": "meeting-people-where-they-are",
                    "title": "Meeting people where they are",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>A short example</h2>"
                         "<p>Sam has been taking buprenorphine for three months and has started "
                         "using cocaine at weekends. He says it is not a big deal.</p>"
                         "<ul>"
                         "<li>A confronting response (“You're going to lose everything”) is "
                         "likely to make Sam defend his use.</li>"
                         "<li>A motivational response explores: “What do you enjoy about the "
                         "weekends? What, if anything, worries you about it?” Then it reflects "
                         "whatever change talk appears: “You don't want to risk the progress "
                         "you've made with your kids.”</li>"
                         "</ul>"
                         "<h2>Stage-matched support</h2>"
                         "<p>Sam may be in precontemplation about cocaine while in action about "
                         "opioids. Affirm what he is doing well, offer information with "
                         "permission, including how to reduce risks such as fentanyl in the "
                         "supply, and keep the conversation open.</p>"
                         "<h2>After a recurrence</h2>"
                         "<ul>"
                         "<li>Respond with warmth and without blame. Shame drives people away "
                         "from support.</li>"
                         "<li>Check safety first: overdose risk, naloxone, medical needs.</li>"
                         "<li>Explore what happened as learning: what led up to it, what helped "
                         "before, what needs to change in the plan.</li>"
                         "<li>Encourage the person to stay connected with treatment and talk "
                         "with their prescriber.</li>"
                         "</ul>"
                         "<h2>Never giving up on people</h2>"
                         "<p>Meeting people where they are does not mean leaving them there, and "
                         "it does not mean pretending problems are not real. It means starting "
                         "from the person's own view, staying connected through ups and downs, "
                         "and trusting that people can change when they are ready and "
                         "supported.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "How did people respond to you after a setback in your own life? "
                                "What helped you come back, and what made it harder?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-5-check",
                "title": "Module 5 check: Stages of change and motivation",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": (
                            "A person says, “Part of me wants to stop, but drinking is the only "
                            "thing that helps me relax.” Which stage does this most likely reflect?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Contemplation", True),
                            ("Precontemplation", False),
                            ("Maintenance", False),
                            ("Action", False),
                        ],
                        "explanation": (
                            "Feeling two ways about change, with reasons on both sides, is "
                            "typical of contemplation."
                        ),
                    },
                    {
                        "prompt": "Which of these are examples of change talk?",
                        "multiple": True,
                        "choices": [
                            ("“I want to be there for my daughter.”", True),
                            ("“I could probably make the morning group.”", True),
                            ("“It's not that bad; everyone I know uses.”", False),
                            ("“I don't see why I should change anything.”", False),
                        ],
                        "explanation": (
                            "Statements of desire, ability, reasons, need and commitment are "
                            "change talk. The others are sustain talk."
                        ),
                    },
                    {
                        "prompt": "According to the stages of change model, how should a return to use be understood?",
                        "multiple": False,
                        "choices": [
                            ("As part of the change cycle and a chance to learn", True),
                            ("As proof that the person is not serious", False),
                            ("As a reason to end coaching", False),
                        ],
                        "explanation": (
                            "Recurrence is common and part of the cycle; people usually re-enter "
                            "at contemplation or preparation."
                        ),
                    },
                    {
                        "prompt": "Which is part of the spirit of motivational interviewing?",
                        "multiple": False,
                        "choices": [
                            ("Evocation: drawing out the person's own reasons", True),
                            ("Confrontation: breaking down denial", False),
                            ("Instruction: telling the person what to do", False),
                        ],
                        "explanation": (
                            "The spirit is partnership, acceptance, compassion and evocation."
                        ),
                    },
                    {
                        "prompt": "What should a coach check first after a participant's recurrence?",
                        "multiple": False,
                        "choices": [
                            ("Safety: overdose risk, naloxone and medical needs", True),
                            ("Whether to report the person to the program", False),
                            ("How many days of recovery they have lost", False),
                        ],
                        "explanation": (
                            "Safety comes first after a recurrence, then learning from what "
                            "happened and adjusting the plan."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "recovery-capital-wellness-and-planning",
            "title": "Recovery capital, wellness and recovery planning",
            "domain": "recovery-wellness-support",
            "intro": (
                "How to help people recognise and build the resources that sustain recovery, "
                "attend to whole-person wellness, and create a recovery plan in their own words."
            ),
            "minutes": 240,
            "lessons": [
                {
                    "slug": "recovery-capital",
                    "title": "Recovery capital",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>What recovery capital is</h2>"
                         "<p>Recovery capital is the sum of the internal and external resources "
                         "a person can draw on to start and sustain recovery. The idea, "
                         "introduced by researchers Robert Granfield and William Cloud, shifts "
                         "attention from what is wrong with a person to what they have and can "
                         "build.</p>"
                         "<h2>Kinds of recovery capital</h2>"
                         "<ul>"
                         "<li><strong>Personal:</strong> health, a safe place to live, income, "
                         "skills, education, hope, self-esteem, coping skills and a sense of "
                         "purpose.</li>"
                         "<li><strong>Family and social:</strong> relationships with people who "
                         "support recovery, and connection to others in recovery.</li>"
                         "<li><strong>Community:</strong> local treatment, mutual-aid groups "
                         "that welcome all pathways, recovery community centres, jobs, transport "
                         "and a community that does not stigmatise.</li>"
                         "<li><strong>Cultural:</strong> cultural values, traditions and "
                         "communities that support recovery.</li>"
                         "</ul>"
                         "<p>Some things drain recovery capital, such as a criminal record, "
                         "unstable housing, untreated health conditions, debt or relationships "
                         "centred on use. Naming these helps people plan around them.</p>"
                         "<h2>Using it in coaching</h2>"
                         "<ul>"
                         "<li>Start with strengths: “What do you have going for you right "
                         "now?”</li>"
                         "<li>Help the person map their capital across each area.</li>"
                         "<li>Choose one or two areas the person wants to build.</li>"
                         "<li>Revisit over time: recovery capital grows, and seeing it grow "
                         "builds hope.</li>"
                         "</ul>"
                         "<p>Programs sometimes use structured recovery capital questionnaires. "
                         "Use them as conversation starters, not as tests.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "People with more recovery capital have more to draw on when "
                                "times get hard. Building it is at the heart of coaching."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Map your own recovery capital. Which kind has grown the most "
                                "since your recovery began?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "dimensions-of-wellness",
                    "title": "The eight dimensions of wellness",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Wellness is more than not using</h2>"
                         "<p>Wellness is an active process of making choices toward a healthy, "
                         "fulfilling life. SAMHSA describes eight dimensions of wellness that "
                         "affect one another:</p>"
                         "<ul>"
                         "<li><strong>Emotional:</strong> coping with life and building "
                         "satisfying relationships.</li>"
                         "<li><strong>Environmental:</strong> safe, pleasant surroundings that "
                         "support wellbeing.</li>"
                         "<li><strong>Financial:</strong> satisfaction with current and future "
                         "financial situations.</li>"
                         "<li><strong>Intellectual:</strong> using creative abilities and "
                         "expanding knowledge and skills.</li>"
                         "<li><strong>Occupational:</strong> satisfaction from one's work, paid "
                         "or unpaid.</li>"
                         "<li><strong>Physical:</strong> activity, food, sleep and health "
                         "care.</li>"
                         "<li><strong>Social:</strong> connection and a support system.</li>"
                         "<li><strong>Spiritual:</strong> a sense of purpose and meaning.</li>"
                         "</ul>"
                         "<h2>Physical health deserves attention</h2>"
                         "<p>People with substance use and mental health conditions often have "
                         "untreated physical health problems, such as dental problems, hepatitis "
                         "C, HIV, heart or lung disease, or chronic pain. Encouraging routine "
                         "health care, screening and treatment is part of whole-person "
                         "support.</p>"
                         "<h2>Using the dimensions</h2>"
                         "<p>Ask the person to rate how satisfied they feel in each dimension "
                         "and which one they would most like to work on. People often choose "
                         "something that seems small, like sleep or a hobby, and progress there "
                         "supports everything else. The choice is theirs.</p>"),
                        ("callout", {
                            "title": "Tip",
                            "text": (
                                "A simple wellness wheel, with the eight dimensions as spokes, "
                                "helps people see at a glance where they feel strong and where "
                                "they want change."
                            ),
                            "tone": "tip",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which dimension of wellness do you neglect most in your own "
                                "life? What is one small step you could take this week?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "building-a-recovery-plan",
                    "title": "Building a person-driven recovery plan",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>The person's plan, in their words</h2>"
                         "<p>A recovery plan is a written guide that the person creates, with "
                         "the coach's support, to move toward the life they want. It differs "
                         "from a clinical treatment plan: the person owns it, it is written in "
                         "their language, and it covers any part of life they choose, not only "
                         "substance use.</p>"
                         "<h2>Steps to build a plan</h2>"
                         "<ol>"
                         "<li><strong>Vision:</strong> “What would a good life look like for "
                         "you?”</li>"
                         "<li><strong>Strengths and recovery capital:</strong> what the person "
                         "already has to build on.</li>"
                         "<li><strong>Priorities:</strong> one to three areas to focus on "
                         "now.</li>"
                         "<li><strong>Goals:</strong> specific, measurable, achievable, "
                         "relevant and time-bound (SMART). “Apply for two jobs by Friday” "
                         "rather than “get my life together.”</li>"
                         "<li><strong>Small steps:</strong> break each goal into actions, with "
                         "who will help.</li>"
                         "<li><strong>Barriers and supports:</strong> what might get in the way, "
                         "and what to do about it.</li>"
                         "<li><strong>Review:</strong> agree when to look at the plan "
                         "again.</li>"
                         "</ol>"
                         "<h2>What a plan may include</h2>"
                         "<ul>"
                         "<li>Treatment and medication, if the person chooses, described their "
                         "way.</li>"
                         "<li>A wellness plan: daily routines that keep them well, warning signs "
                         "and what to do about them.</li>"
                         "<li>A safety plan: who to call in a crisis, and naloxone.</li>"
                         "<li>Goals for housing, work, family, health, education or fun.</li>"
                         "</ul>"
                         "<h2>Keep it alive</h2>"
                         "<p>A plan that sits in a file does not help. Review it regularly, "
                         "celebrate completed steps, and revise it without judgement when life "
                         "changes.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "The coach supports and asks questions; the person decides. If "
                                "the plan is written in your words, it is your plan, not theirs."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "connecting-to-resources-and-community",
                    "title": "Connecting to resources and recovery community",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>From referral to connection</h2>"
                         "<p>Handing someone a phone number is a referral; helping them actually "
                         "get there is a connection. Coaches specialise in connection:</p>"
                         "<ul>"
                         "<li><strong>Warm handoff:</strong> introducing the person directly to "
                         "the new service or contact, in person or by phone.</li>"
                         "<li><strong>Accompaniment:</strong> going with the person to a first "
                         "meeting or appointment when they want that.</li>"
                         "<li><strong>Follow-up:</strong> checking how it went and helping "
                         "solve problems.</li>"
                         "</ul>"
                         "<h2>Know your community</h2>"
                         "<p>Build and keep up to date a list of resources that people in your "
                         "program actually use, including:</p>"
                         "<ul>"
                         "<li>Mutual-aid groups, including groups that welcome people taking "
                         "medication.</li>"
                         "<li>Recovery community centres and recovery residences, noting which "
                         "accept people taking medication.</li>"
                         "<li>Housing, food, benefits, employment and education services.</li>"
                         "<li>Health care, mental health care, dental care and harm reduction "
                         "services.</li>"
                         "<li>Legal aid, childcare and transport.</li>"
                         "</ul>"
                         "<h2>Building independence</h2>"
                         "<p>The long-term aim is for people to navigate services themselves. "
                         "Over time, move from doing with to cheering on: make the call "
                         "together the first time, let the person make it with you nearby the "
                         "next, and then simply ask how it went.</p>"
                         "<h2>Community belonging</h2>"
                         "<p>Services matter, but so do friends, interests and a sense of "
                         "belonging. Help people find sober social activities, volunteering, "
                         "faith or cultural communities, sports or arts, wherever they feel at "
                         "home.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "List five resources in your area that people in medication-"
                                "assisted recovery might need. Which ones would you want to visit "
                                "yourself before referring someone?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-6-check",
                "title": "Module 6 check: Recovery capital, wellness and planning",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "What is recovery capital?",
                        "multiple": False,
                        "choices": [
                            ("The internal and external resources a person can draw on to start "
                             "and sustain recovery", True),
                            ("The money a person needs to pay for treatment", False),
                            ("The number of days since a person last used", False),
                        ],
                        "explanation": (
                            "Recovery capital includes personal, family and social, community "
                            "and cultural resources, not only money."
                        ),
                    },
                    {
                        "prompt": "Which are among SAMHSA's eight dimensions of wellness?",
                        "multiple": True,
                        "choices": [
                            ("Financial", True),
                            ("Spiritual", True),
                            ("Environmental", True),
                            ("Clinical", False),
                        ],
                        "explanation": (
                            "The eight dimensions are emotional, environmental, financial, "
                            "intellectual, occupational, physical, social and spiritual."
                        ),
                    },
                    {
                        "prompt": "Which goal is written in a SMART way?",
                        "multiple": False,
                        "choices": [
                            ("“Call two recovery residences that accept medication by Wednesday.”", True),
                            ("“Get my life together.”", False),
                            ("“Be happier.”", False),
                        ],
                        "explanation": (
                            "SMART goals are specific, measurable, achievable, relevant and "
                            "time-bound."
                        ),
                    },
                    {
                        "prompt": "How does a person-driven recovery plan differ from a clinical treatment plan?",
                        "multiple": False,
                        "choices": [
                            ("The person owns it, it is in their words, and it can cover any part "
                             "of life they choose", True),
                            ("It is written by the coach and signed by the doctor", False),
                            ("It only covers substance use", False),
                        ],
                        "explanation": (
                            "A recovery plan belongs to the person. The coach supports and asks "
                            "questions; the person decides."
                        ),
                    },
                    {
                        "prompt": "What is a warm handoff?",
                        "multiple": False,
                        "choices": [
                            ("Introducing the person directly to the new service or contact", True),
                            ("Giving the person a printed list of phone numbers", False),
                            ("Sending the person's file to another program without telling them", False),
                        ],
                        "explanation": (
                            "A warm handoff is a direct introduction, which makes it far more "
                            "likely the connection actually happens."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 7
        {
            "slug": "advocacy-stigma-and-rights",
            "title": "Advocacy, stigma, person-first language and patients' rights",
            "domain": "advocacy",
            "intro": (
                "How stigma harms people in recovery, how language can reduce it, what rights "
                "patients in opioid treatment programs have, and how coaches advocate."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "understanding-stigma",
                    "title": "Understanding stigma",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>What stigma is</h2>"
                         "<p>Stigma is a set of negative beliefs and labels that lead people to "
                         "be devalued, excluded and treated unfairly. People with substance use "
                         "disorders face some of the strongest stigma of any health condition, "
                         "and people taking medication for opioid use disorder often face "
                         "additional stigma, even within recovery communities.</p>"
                         "<h2>Three levels</h2>"
                         "<ul>"
                         "<li><strong>Public or social stigma:</strong> attitudes held by the "
                         "public, employers, landlords, health workers and others, such as "
                         "believing people who use drugs are dangerous or weak.</li>"
                         "<li><strong>Structural stigma:</strong> laws, policies and practices "
                         "that limit opportunities, such as programs that refuse people taking "
                         "medication, or rules that make treatment hard to reach.</li>"
                         "<li><strong>Self-stigma:</strong> when people absorb these messages "
                         "and feel ashamed, unworthy or hopeless, which can keep them from "
                         "seeking help.</li>"
                         "</ul>"
                         "<h2>Why it matters</h2>"
                         "<p>Stigma delays treatment, pushes people to leave treatment early, "
                         "isolates them and makes it harder to find work and housing. These "
                         "effects raise the risk of overdose and make recovery harder.</p>"
                         "<h2>What reduces stigma</h2>"
                         "<ul>"
                         "<li><strong>Contact:</strong> getting to know people in recovery, "
                         "including through recovery stories told by those who choose to share "
                         "them.</li>"
                         "<li><strong>Education:</strong> accurate information about addiction "
                         "as a treatable health condition.</li>"
                         "<li><strong>Language:</strong> words that describe people with "
                         "respect.</li>"
                         "<li><strong>Advocacy:</strong> changing policies that exclude "
                         "people.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Have you experienced any of the three levels of stigma? Which "
                                "was hardest to overcome, and what helped?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "person-first-language",
                    "title": "Person-first, recovery-oriented language",
                    "minutes": 5,
                    "body": [
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": ('Think of a word people once used about you or someone you love because of substance use. How did it change the way others treated you? What words would you ask them to use instead?'),
                        }),
                        ("rich_text",
                         "<h2>Words shape how people are treated</h2>"
                         "<p>Labels reduce a person to a condition and carry moral judgement. "
                         "Person-first language puts the person before the condition and "
                         "describes it accurately.</p>"
                         "<h2>Instead of, try</h2>"
                         "<ul>"
                         "<li>“addict,” “junkie,” “user” → “person with a substance use "
                         "disorder,” “person who uses drugs”</li>"
                         "<li>“alcoholic” → “person with an alcohol use disorder”</li>"
                         "<li>“substance abuse” → “substance use” or “substance use "
                         "disorder”</li>"
                         "<li>“clean” or “dirty” (for people or tests) → “in recovery,” "
                         "“not currently using,” “tested positive/negative”</li>"
                         "<li>“replacement” or “substitution therapy” → “medication for opioid "
                         "use disorder,” “medication-assisted recovery”</li>"
                         "<li>“relapse” as failure → “return to use” or “recurrence”</li>"
                         "<li>“non-compliant” → “chose not to,” “has not yet,” or describe what "
                         "happened</li>"
                         "</ul>"
                         "<h2>Respect self-identification</h2>"
                         "<p>Some people describe themselves in their own ways, for example at "
                         "mutual-aid meetings. Respect how people name themselves. Your job is to "
                         "model respectful language, not to correct how people talk about their "
                         "own lives.</p>"
                         "<h2>Where language matters most</h2>"
                         "<p>In notes and records, at team meetings, in front of family members, "
                         "and when speaking publicly. Gently offering alternatives to colleagues "
                         "is a form of advocacy.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Say “person with a substance use disorder,” not a label. Say "
                                "“medication for opioid use disorder,” not “replacement.”"
                            ),
                            "tone": "info",
                        }),
                    ],
                },
                {
                    "slug": "rights-of-patients-in-opioid-treatment-programs",
                    "title": "Rights of patients in opioid treatment programs",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Patients have rights</h2>"
                         "<p>Opioid treatment programs operate under federal rules and state "
                         "licensing, and many states publish a patients' bill of rights that "
                         "programs must post and follow. The exact rights differ by state, so "
                         "ask your program for its written patient rights and grievance "
                         "procedure. Commonly they include the right to:</p>"
                         "<ul>"
                         "<li>Be treated with dignity and respect, without discrimination.</li>"
                         "<li>Receive clear information about treatment, program rules, fees, "
                         "and the criteria for take-home doses and for discharge.</li>"
                         "<li>Give informed consent to treatment and take part in treatment "
                         "planning.</li>"
                         "<li>Have records kept confidential under federal law.</li>"
                         "<li>See one's own records, within the law.</li>"
                         "<li>Make a complaint through a grievance procedure without "
                         "retaliation, and take it to the state agency if not resolved.</li>"
                         "<li>Receive notice and a fair process before an involuntary "
                         "discharge, and help with a taper or transfer where possible.</li>"
                         "</ul>"
                         "<h2>Responsibilities too</h2>"
                         "<p>Programs also set expectations for patients, such as safe behaviour "
                         "and secure storage of take-home doses. Knowing both rights and "
                         "responsibilities helps people advocate effectively.</p>"
                         "<h2>The coach's role</h2>"
                         "<ul>"
                         "<li>Know your program's rights document and grievance procedure.</li>"
                         "<li>Help people understand rules and decisions that affect them.</li>"
                         "<li>Support people to raise concerns, starting with the counselor or "
                         "manager and using the formal procedure when needed.</li>"
                         "<li>Encourage patient advisory groups and patient voice in "
                         "improving the program.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Find your program's patients' rights and grievance procedure. "
                                "How would you explain them to someone on their first day?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "levels-of-advocacy",
                    "title": "Self-advocacy, individual advocacy and systems advocacy",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Three levels</h2>"
                         "<ul>"
                         "<li><strong>Self-advocacy:</strong> the person speaks up for "
                         "themselves. This is the goal: coaching builds the knowledge, skills "
                         "and confidence to do it.</li>"
                         "<li><strong>Individual advocacy:</strong> the coach supports or, with "
                         "permission, speaks up alongside a particular person, for example at a "
                         "meeting with a landlord or a program manager.</li>"
                         "<li><strong>Systems advocacy:</strong> working to change policies and "
                         "practices that affect many people, such as a housing provider's ban on "
                         "medication, by educating decision-makers, sharing recovery stories, "
                         "and joining with advocacy organisations.</li>"
                         "</ul>"
                         "<h2>Steps for effective advocacy</h2>"
                         "<ol>"
                         "<li>Get permission and understand what the person wants.</li>"
                         "<li>Gather facts and any relevant rules, rights and documents.</li>"
                         "<li>Identify who can make the decision.</li>"
                         "<li>Plan what to say; practise with the person if they will speak.</li>"
                         "<li>Stay calm, respectful and specific. Ask for decisions in "
                         "writing.</li>"
                         "<li>Follow up and record outcomes.</li>"
                         "</ol>"
                         "<h2>Advocacy in the MARS tradition</h2>"
                         "<p>MARS began as advocacy by methadone patients for respect and better "
                         "treatment. Peers continue that work by speaking at community events, "
                         "educating professionals and taking part in policy discussions. Always "
                         "follow your program's guidance on public speaking, and never share a "
                         "participant's story without their consent.</p>"),
                        ("callout", {
                            "title": "Tip",
                            "text": (
                                "Effective advocacy is firm about the issue and respectful toward "
                                "people. Keeping relationships intact helps the next person too."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-7-check",
                "title": "Module 7 check: Advocacy, stigma and rights",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "A recovery residence refuses everyone who takes medication for opioid use disorder. This is an example of:",
                        "multiple": False,
                        "choices": [
                            ("Structural stigma", True),
                            ("Self-stigma", False),
                            ("Person-first language", False),
                        ],
                        "explanation": (
                            "Policies and practices that exclude people are structural stigma."
                        ),
                    },
                    {
                        "prompt": "Which phrases are person-first and recovery-oriented?",
                        "multiple": True,
                        "choices": [
                            ("“Person with a substance use disorder”", True),
                            ("“Medication for opioid use disorder”", True),
                            ("“Tested positive”", True),
                            ("“Dirty urine”", False),
                        ],
                        "explanation": (
                            "Person-first language describes people and tests accurately and "
                            "without moral judgement."
                        ),
                    },
                    {
                        "prompt": "Which is commonly a right of patients in opioid treatment programs?",
                        "multiple": False,
                        "choices": [
                            ("To use a grievance procedure without retaliation", True),
                            ("To receive take-home doses on request", False),
                            ("To choose their own dose without medical review", False),
                        ],
                        "explanation": (
                            "Programs must have grievance procedures; take-homes and doses are "
                            "decided under program criteria and medical judgement."
                        ),
                    },
                    {
                        "prompt": "What is the main goal of advocacy in coaching?",
                        "multiple": False,
                        "choices": [
                            ("To build people's ability to speak up for themselves", True),
                            ("To take over all difficult conversations for people", False),
                            ("To win every dispute with the program", False),
                        ],
                        "explanation": (
                            "Self-advocacy is the goal. Individual advocacy happens with "
                            "permission and builds toward it."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 8
        {
            "slug": "culture-trauma-and-safety",
            "title": "Cultural humility, trauma, co-occurring disorders, overdose and harm reduction",
            "domain": "recovery-wellness-support",
            "intro": (
                "Working respectfully across cultures, practising in a trauma-informed way, "
                "supporting people with co-occurring conditions, responding to overdose and "
                "understanding harm reduction."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "cultural-humility",
                    "title": "Cultural humility",
                    "minutes": 5,
                    "domain": "mentoring-education",
                    "body": [
                        ("rich_text",
                         "<h2>Humility rather than expertise</h2>"
                         "<p>No one can become an expert in every culture. Cultural humility, a "
                         "concept described by Melanie Tervalon and Jann Murray-García, asks "
                         "instead for three lifelong commitments:</p>"
                         "<ul>"
                         "<li><strong>Self-reflection:</strong> examining our own background, "
                         "assumptions and biases.</li>"
                         "<li><strong>Addressing power imbalances:</strong> recognising that "
                         "the helper usually holds more power, and treating the person as the "
                         "expert on their own life and culture.</li>"
                         "<li><strong>Institutional accountability:</strong> working to make "
                         "programs and systems more respectful and fair.</li>"
                         "</ul>"
                         "<h2>Culture is broad</h2>"
                         "<p>Culture includes race, ethnicity, language, religion, gender "
                         "identity, sexual orientation, age, disability, class, immigration, "
                         "military service, and recovery culture itself. People in "
                         "medication-assisted recovery may have their own sense of community "
                         "and identity.</p>"
                         "<h2>History matters</h2>"
                         "<p>Drug policy and its enforcement have fallen unequally on some "
                         "communities, especially Black and Latino communities in the United "
                         "States. Some people have good reasons to distrust systems. "
                         "Acknowledging this helps build trust.</p>"
                         "<h2>In practice</h2>"
                         "<ul>"
                         "<li>Ask rather than assume: “What is important for me to know about "
                         "you and your background?”</li>"
                         "<li>Use the person's name, pronouns and preferred language; arrange "
                         "interpreters when needed.</li>"
                         "<li>Explore how culture and faith can be sources of strength.</li>"
                         "<li>Notice when you feel judgement, and take it to supervision.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "What parts of your own culture shaped your recovery? What "
                                "assumptions might you bring to someone from a different "
                                "background?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "trauma-informed-practice",
                    "title": "Trauma-informed practice",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Trauma and substance use</h2>"
                         "<p>Trauma results from events or circumstances that a person "
                         "experiences as harmful or life-threatening and that have lasting "
                         "effects on wellbeing. Trauma is common among people with substance use "
                         "disorders, and substances are often used to cope with its effects. "
                         "Many systems, including some treatment settings, can feel threatening "
                         "or re-traumatising.</p>"
                         "<h2>A trauma-informed approach</h2>"
                         "<p>SAMHSA describes a trauma-informed approach as one that realises "
                         "how widespread trauma is, recognises its signs, responds by building "
                         "that knowledge into practice, and actively resists re-traumatisation. "
                         "Six principles guide it:</p>"
                         "<ul>"
                         "<li>Safety, physical and emotional.</li>"
                         "<li>Trustworthiness and transparency.</li>"
                         "<li>Peer support.</li>"
                         "<li>Collaboration and mutuality.</li>"
                         "<li>Empowerment, voice and choice.</li>"
                         "<li>Attention to cultural, historical and gender issues.</li>"
                         "</ul>"
                         "<h2>What coaches can do</h2>"
                         "<ul>"
                         "<li>Be predictable: explain what will happen and keep your word.</li>"
                         "<li>Offer choices, such as where to sit or meet.</li>"
                         "<li>Ask “What happened to you?” in spirit, not “What's wrong with "
                         "you?”, but do not ask people to recount trauma details.</li>"
                         "<li>Notice procedures that may be distressing, such as observed drug "
                         "testing, and support the person to raise concerns.</li>"
                         "<li>Connect people to trauma-focused treatment if they want it.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Stay in role",
                            "text": (
                                "Coaches do not process trauma with participants. If someone "
                                "begins to share trauma details, listen with care, help them feel "
                                "grounded, and offer a connection to a clinician."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "co-occurring-disorders",
                    "title": "Co-occurring disorders",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Common and treatable</h2>"
                         "<p>Many people with substance use disorders also live with a mental "
                         "health condition, such as depression, anxiety, post-traumatic stress "
                         "disorder, bipolar disorder, attention deficit disorder or psychosis. "
                         "This is called having co-occurring disorders. Each condition can "
                         "affect the other, and treating both together improves the chances of "
                         "long-term recovery.</p>"
                         "<h2>Integrated care and no wrong door</h2>"
                         "<p>People do best when their mental health and substance use care are "
                         "coordinated, ideally in the same place. A “no wrong door” approach "
                         "means that whichever service a person reaches first helps them get "
                         "care for both.</p>"
                         "<h2>Medication for mental health</h2>"
                         "<p>Mental health care often includes medication, such as "
                         "antidepressants or mood stabilisers. These medications support "
                         "recovery. Some combinations with other substances or medications can "
                         "be risky, so people should tell every prescriber about every "
                         "medication they take.</p>"
                         "<h2>The coach's role</h2>"
                         "<ul>"
                         "<li>Notice and listen; do not diagnose.</li>"
                         "<li>Encourage people to talk with their clinician about symptoms.</li>"
                         "<li>Support people to keep mental health appointments and to find "
                         "peer support for mental health as well as substance use.</li>"
                         "<li>Challenge the idea that taking psychiatric medication means "
                         "someone is not in recovery.</li>"
                         "<li>Know your program's crisis procedure. If someone talks about "
                         "suicide or harming others, take it seriously, stay with them if safe, "
                         "and involve a clinician or emergency services right away.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Where would you go in your program, right now, if a participant "
                                "told you they were thinking about ending their life?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "overdose-and-naloxone",
                    "title": "Overdose and naloxone",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Signs of an opioid overdose</h2>"
                         "<ul>"
                         "<li>Cannot be woken, or does not respond to voice or a firm rub on "
                         "the breastbone.</li>"
                         "<li>Slow, shallow or stopped breathing; gurgling or snoring "
                         "sounds.</li>"
                         "<li>Blue or grey lips and fingertips; pale, clammy skin.</li>"
                         "<li>Very small pupils.</li>"
                         "</ul>"
                         "<h2>How to respond</h2>"
                         "<ol>"
                         "<li>Shout the person's name and rub their breastbone firmly.</li>"
                         "<li>Call emergency services.</li>"
                         "<li>Give naloxone following the package directions.</li>"
                         "<li>Support breathing as you were trained (rescue breaths or CPR).</li>"
                         "<li>If they are breathing, place them in the recovery position, on "
                         "their side.</li>"
                         "<li>If there is no response after two to three minutes, give another "
                         "dose.</li>"
                         "<li>Stay with them. Naloxone can wear off before the opioids do.</li>"
                         "</ol>"
                         "<h2>Facts to share</h2>"
                         "<ul>"
                         "<li>Naloxone is safe and does nothing if no opioids are present.</li>"
                         "<li>The nasal spray is available without a prescription.</li>"
                         "<li>Strong opioids such as fentanyl may need more than one dose.</li>"
                         "<li>Many states have Good Samaritan laws that give some legal "
                         "protection to people who call for help; learn what yours covers.</li>"
                         "<li>Stimulant overdose looks different, with overheating, chest pain "
                         "or seizures; call emergency services.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Carry it",
                            "text": (
                                "Carry naloxone yourself and make sure every participant and "
                                "their family knows where to get it and how to use it."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "harm-reduction",
                    "title": "Harm reduction",
                    "minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>What harm reduction is</h2>"
                         "<p>Harm reduction is a set of practical strategies and a philosophy "
                         "that aims to reduce the negative consequences of drug use. It meets "
                         "people where they are, treats them with dignity, and values any "
                         "positive change, without requiring abstinence first.</p>"
                         "<h2>Principles</h2>"
                         "<ul>"
                         "<li>People who use drugs deserve respect, health care and a voice in "
                         "the services that affect them.</li>"
                         "<li>Any step that reduces harm is worthwhile.</li>"
                         "<li>Staying alive and connected comes first; people cannot recover if "
                         "they do not survive.</li>"
                         "</ul>"
                         "<h2>Common strategies</h2>"
                         "<ul>"
                         "<li>Naloxone distribution and overdose response training.</li>"
                         "<li>Syringe services programs, which also link people to testing and "
                         "treatment.</li>"
                         "<li>Drug checking, such as fentanyl test strips, where legal.</li>"
                         "<li>Never using alone, and starting with a small amount.</li>"
                         "<li>Vaccination and testing for hepatitis and HIV.</li>"
                         "</ul>"
                         "<h2>Harm reduction and recovery</h2>"
                         "<p>Harm reduction and recovery are allies, not opposites. Many people "
                         "first connect with care through a harm reduction service. Medications "
                         "for opioid use disorder both reduce harm and support recovery. For "
                         "people not ready to stop, safer use keeps them alive while they "
                         "consider change.</p>"
                         "<p>Coaches share harm reduction information within their program's "
                         "policies and local law, without judgement, and keep the door to "
                         "further support open.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "What are your own feelings about harm reduction? How might they "
                                "affect someone who is not ready to stop using?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-8-check",
                "title": "Module 8 check: Culture, trauma, co-occurring disorders and safety",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which are signs of an opioid overdose?",
                        "multiple": True,
                        "choices": [
                            ("Slow, shallow or stopped breathing", True),
                            ("Blue or grey lips and fingertips", True),
                            ("Cannot be woken", True),
                            ("Very large pupils and a racing heart", False),
                        ],
                        "explanation": (
                            "Opioid overdose causes unresponsiveness, slowed breathing, blue or "
                            "grey lips and very small pupils."
                        ),
                    },
                    {
                        "prompt": "After giving naloxone, why should you stay with the person?",
                        "multiple": False,
                        "choices": [
                            ("Naloxone can wear off before the opioids do, so the overdose can return", True),
                            ("Naloxone always causes a second overdose", False),
                            ("It is only a legal requirement", False),
                        ],
                        "explanation": (
                            "Naloxone is short-acting. Call emergency services, stay, and give "
                            "another dose if needed."
                        ),
                    },
                    {
                        "prompt": "Which is one of the three commitments of cultural humility?",
                        "multiple": False,
                        "choices": [
                            ("Lifelong self-reflection about one's own assumptions and biases", True),
                            ("Memorising facts about every culture", False),
                            ("Treating everyone exactly the same regardless of background", False),
                        ],
                        "explanation": (
                            "Cultural humility involves self-reflection, addressing power "
                            "imbalances and institutional accountability."
                        ),
                    },
                    {
                        "prompt": "A participant begins describing a traumatic event in detail. What should a coach do?",
                        "multiple": False,
                        "choices": [
                            ("Listen with care, help them feel grounded and offer a connection to a clinician", True),
                            ("Ask detailed questions to help them process it", False),
                            ("Change the subject immediately", False),
                        ],
                        "explanation": (
                            "Coaches do not process trauma, but they respond with care and "
                            "connect people to trauma-focused treatment if they want it."
                        ),
                    },
                    {
                        "prompt": "How do harm reduction and recovery relate?",
                        "multiple": False,
                        "choices": [
                            ("They are allies; harm reduction keeps people alive and connected and "
                             "is often a first step toward other goals", True),
                            ("They are opposites; harm reduction encourages drug use", False),
                            ("Harm reduction is only for people who have stopped using", False),
                        ],
                        "explanation": (
                            "Harm reduction meets people where they are. Many people first "
                            "connect with care through harm reduction services."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 9
        {
            "slug": "ethics-and-confidentiality-primer",
            "title": "Ethics and confidentiality primer",
            "domain": "ethical-responsibility",
            "intro": (
                "An introduction to the ethical principles, boundaries and confidentiality rules "
                "every coach needs from day one. The Ethics for Recovery Coaches course goes deeper."
            ),
            "minutes": 120,
            "lessons": [
                {
                    "slug": "ethics-and-boundaries-primer",
                    "title": "Ethics and boundaries: the essentials",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Core principles</h2>"
                         "<p>Ethical coaching rests on principles shared across the helping "
                         "professions: respect people's right to make their own choices "
                         "(autonomy), act for their good (beneficence), do no harm "
                         "(nonmaleficence), be fair (justice), keep your promises (fidelity) "
                         "and be honest (veracity). Your credentialing board and employer will "
                         "have a code of ethics; read it and keep it.</p>"
                         "<h2>Boundaries from day one</h2>"
                         "<ul>"
                         "<li>No romantic or sexual relationships with participants.</li>"
                         "<li>No lending, borrowing, buying or selling with participants.</li>"
                         "<li>No gifts of value; follow your program's gift policy.</li>"
                         "<li>No friending or following participants on personal social "
                         "media.</li>"
                         "<li>Contact only through program-approved channels and hours.</li>"
                         "<li>Stay in the non-clinical coach role.</li>"
                         "</ul>"
                         "<h2>Dual relationships</h2>"
                         "<p>In recovery communities you will often know participants in other "
                         "ways: from meetings, the neighbourhood, or the clinic where you also "
                         "receive treatment. These overlaps are common. Tell your supervisor, "
                         "agree with the participant how you will handle them, and keep what "
                         "you learn in each role confidential.</p>"
                         "<h2>When you are unsure</h2>"
                         "<ol>"
                         "<li>Pause; do not decide under pressure.</li>"
                         "<li>Check your code of ethics and program policy.</li>"
                         "<li>Ask your supervisor.</li>"
                         "<li>Document what you decided and why.</li>"
                         "</ol>"),
                        ("callout", {
                            "title": "The supervisor test",
                            "text": (
                                "If you would not want your supervisor to know about something "
                                "you are doing with a participant, stop and talk with them."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "confidentiality-basics",
                    "title": "Confidentiality basics",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Why confidentiality is essential</h2>"
                         "<p>People share their lives with coaches because they trust that what "
                         "they say will be protected. Exposure of substance use treatment can "
                         "cost people jobs, housing, custody and relationships.</p>"
                         "<h2>The laws in brief</h2>"
                         "<ul>"
                         "<li><strong>42 CFR Part 2</strong> protects records of federally "
                         "assisted substance use disorder programs, including opioid treatment "
                         "programs. It protects even the fact that a person is a patient, and "
                         "generally requires written consent before information is shared.</li>"
                         "<li><strong>HIPAA</strong> protects health information held by most "
                         "health care providers and gives people rights over their records. "
                         "When both apply, the more protective rule is followed.</li>"
                         "</ul>"
                         "<h2>Limits of confidentiality</h2>"
                         "<p>Confidentiality is not absolute. Limited exceptions include medical "
                         "emergencies and reporting suspected child abuse or neglect as state "
                         "law requires. Your program will have procedures for situations where "
                         "someone is at serious risk of harm.</p>"
                         "<h2>Everyday practice</h2>"
                         "<ul>"
                         "<li>Explain what you keep confidential, what you share with the team, "
                         "and the limits, at the first meeting.</li>"
                         "<li>Never promise to keep everything secret.</li>"
                         "<li>Do not confirm that anyone is a participant without written "
                         "consent, even to family.</li>"
                         "<li>Do not discuss participants in public places or online.</li>"
                         "<li>Write factual, respectful notes in the approved system only.</li>"
                         "<li>When unsure, do not share until you have asked your "
                         "supervisor.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Write the two or three sentences you will use to explain "
                                "confidentiality and its limits to a new participant."
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-9-check",
                "title": "Module 9 check: Ethics and confidentiality",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which of these are boundaries every coach should keep from day one?",
                        "multiple": True,
                        "choices": [
                            ("No lending or borrowing money with participants", True),
                            ("No friending participants on personal social media", True),
                            ("Never sharing any part of your own story", False),
                            ("Refusing to speak to participants you know from meetings", False),
                        ],
                        "explanation": (
                            "Financial and social media boundaries are essential. Purposeful "
                            "self-disclosure is part of the role, and overlaps from meetings are "
                            "managed, not avoided."
                        ),
                    },
                    {
                        "prompt": "What does 42 CFR Part 2 protect?",
                        "multiple": False,
                        "choices": [
                            ("Records of federally assisted substance use disorder programs, "
                             "including the fact that someone is a patient", True),
                            ("Only records of people under 18", False),
                            ("Only information shared in group sessions", False),
                        ],
                        "explanation": (
                            "Part 2 protects identifying information from covered programs, "
                            "including the fact of being a patient."
                        ),
                    },
                    {
                        "prompt": "Which is a limit of confidentiality?",
                        "multiple": False,
                        "choices": [
                            ("Reporting suspected child abuse or neglect as state law requires", True),
                            ("A friend of the participant asking how they are doing", False),
                            ("An employer asking whether the person is in treatment", False),
                        ],
                        "explanation": (
                            "Child abuse reporting is a recognised exception. Friends and "
                            "employers need the person's written consent."
                        ),
                    },
                    {
                        "prompt": "You are unsure whether you may share something with a colleague. What should you do?",
                        "multiple": False,
                        "choices": [
                            ("Do not share until you have asked your supervisor", True),
                            ("Share it; colleagues are on the same team", False),
                            ("Share a shortened version", False),
                        ],
                        "explanation": (
                            "When in doubt, hold back and consult. Information can be shared "
                            "later; it cannot be taken back."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 10
        {
            "slug": "skills-practice-and-competency-check",
            "title": "Skills practice and competency check",
            "domain": "mentoring-education",
            "intro": (
                "Bring the skills together in a full coaching conversation, practise with "
                "scenarios, check your competencies and plan your next steps toward a credential."
            ),
            "minutes": 120,
            "lessons": [
                {
                    "slug": "putting-it-together",
                    "title": "Putting it together: a coaching conversation",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>The shape of a coaching conversation</h2>"
                         "<ol>"
                         "<li><strong>Welcome and set the frame:</strong> greet the person, "
                         "explain your role, confidentiality and its limits, and how long you "
                         "have.</li>"
                         "<li><strong>Explore:</strong> use open questions and reflections to "
                         "understand what is happening and what matters to the person.</li>"
                         "<li><strong>Focus:</strong> ask what the person wants to work on "
                         "today.</li>"
                         "<li><strong>Draw out motivation:</strong> listen for change talk and "
                         "reflect it; use importance and confidence rulers.</li>"
                         "<li><strong>Plan:</strong> agree one or two small, specific next "
                         "steps, and who will help.</li>"
                         "<li><strong>Close:</strong> summarise, affirm, check for safety "
                         "needs such as naloxone, and agree when you will next connect.</li>"
                         "<li><strong>Follow up and document</strong> as your program "
                         "requires.</li>"
                         "</ol>"
                         "<h2>An example</h2>"
                         "<p>Alex, who takes methadone, says he wants his own apartment but "
                         "keeps putting off the housing application. The coach reflects: “Having "
                         "your own place really matters to you, and the application feels "
                         "overwhelming.” Alex agrees and says the forms ask for documents he "
                         "does not have. On a confidence ruler he says 3. Asked why not lower, "
                         "he says his sister could help find his birth certificate. Together "
                         "they plan: Alex will call his sister tonight; the coach will find out "
                         "where to get a replacement ID. They will meet Thursday.</p>"
                         "<p>Notice what the coach did not do: fill in the form for Alex, lecture "
                         "him about procrastinating, or move on to a different goal the coach "
                         "thought was more important.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which step of the conversation do you find hardest? What will "
                                "you practise to strengthen it?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "practice-scenarios",
                    "title": "Practice scenarios",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>How to practise</h2>"
                         "<p>Work with a partner, a fellow trainee or your facilitator. One "
                         "person plays the participant, one the coach, and, if possible, a "
                         "third observes. Spend about ten minutes on each scenario, then "
                         "switch roles. The observer notes open questions, reflections, "
                         "affirmations and summaries, and any roadblocks.</p>"
                         "<h2>Scenario 1: New to the clinic</h2>"
                         "<p>A woman in her first week of methadone treatment says she feels "
                         "ashamed and is not sure she should stay. Her partner says she is "
                         "“just trading one drug for another.” Practise listening, reflecting "
                         "her mixed feelings and, with permission, offering accurate "
                         "information.</p>"
                         "<h2>Scenario 2: Not ready</h2>"
                         "<p>A man on buprenorphine drinks heavily at weekends and says it is "
                         "not a problem. Practise staying in a motivational stance, exploring "
                         "without arguing, and offering safety information.</p>"
                         "<h2>Scenario 3: Boundaries</h2>"
                         "<p>A participant you have supported for months invites you to her "
                         "birthday party and offers you a gift. Practise declining warmly and "
                         "explaining why.</p>"
                         "<h2>Scenario 4: Advocacy</h2>"
                         "<p>A participant has been told by a recovery residence that she must "
                         "stop her medication to move in. Practise finding out what she wants "
                         "and planning next steps together.</p>"
                         "<h2>Debrief</h2>"
                         "<p>After each scenario, the person playing the participant says what "
                         "felt helpful, the coach says what they would do differently, and the "
                         "observer shares what they noticed.</p>"),
                        ("callout", {
                            "title": "Tip",
                            "text": (
                                "Role-play feels awkward at first. That is normal; the awkwardness "
                                "fades with practice, and practising here is safer than learning "
                                "on a real participant."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "competency-self-check-and-next-steps",
                    "title": "Competency self-check and next steps",
                    "minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>Self-check</h2>"
                         "<p>Rate yourself from 1 (not yet) to 5 (confident) on each of "
                         "these:</p>"
                         "<ul>"
                         "<li>Explaining the coach role and how it differs from others.</li>"
                         "<li>Listening without roadblocks and using OARS.</li>"
                         "<li>Sharing my story briefly and with purpose.</li>"
                         "<li>Matching my approach to a person's stage of change.</li>"
                         "<li>Helping someone map recovery capital and build a plan in their own "
                         "words.</li>"
                         "<li>Using person-first language and challenging stigma.</li>"
                         "<li>Explaining medication-assisted recovery accurately, without giving "
                         "medical advice.</li>"
                         "<li>Responding to an overdose with naloxone.</li>"
                         "<li>Keeping boundaries and explaining confidentiality and its "
                         "limits.</li>"
                         "</ul>"
                         "<p>Share your ratings with your supervisor, who may also observe a "
                         "role-play and complete a competency checklist with you.</p>"
                         "<h2>Toward a credential</h2>"
                         "<p>Credentials for recovery coaches and peer recovery specialists "
                         "usually require:</p>"
                         "<ul>"
                         "<li>Training hours in set domains, often including ethics and "
                         "medication-focused training.</li>"
                         "<li>Supervised practice experience, documented and verified by a "
                         "supervisor.</li>"
                         "<li>Supervision hours with a qualified supervisor.</li>"
                         "<li>A signed code of ethics, and sometimes an exam.</li>"
                         "<li>Continuing education to renew.</li>"
                         "</ul>"
                         "<p>Requirements differ by board. Compare your hours with your board's "
                         "requirements and plan how to close any gaps.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which two competencies will you focus on in your first months "
                                "of practice, and how will you know you have improved?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-10-check",
                "title": "Module 10 check: Skills practice and competency",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "What should happen at the start of a coaching conversation?",
                        "multiple": False,
                        "choices": [
                            ("Welcome the person and explain your role, confidentiality and its limits", True),
                            ("Ask for a detailed history of their substance use", False),
                            ("Give them a list of goals to choose from", False),
                        ],
                        "explanation": (
                            "Setting the frame, including role and confidentiality, builds trust "
                            "from the start."
                        ),
                    },
                    {
                        "prompt": (
                            "Alex rates his confidence 3 out of 10. Which follow-up question best "
                            "draws out his strengths?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("“What makes it a 3 and not a 1?”", True),
                            ("“Why so low?”", False),
                            ("“Shouldn't it be higher by now?”", False),
                        ],
                        "explanation": (
                            "Asking why the number is not lower invites the person to name their "
                            "own strengths and resources."
                        ),
                    },
                    {
                        "prompt": "Which are good ways to close a coaching conversation?",
                        "multiple": True,
                        "choices": [
                            ("Summarise what the person said", True),
                            ("Agree small, specific next steps", True),
                            ("Check safety needs such as naloxone", True),
                            ("Tell the person what they must do before next time", False),
                        ],
                        "explanation": (
                            "A good close summarises, affirms, agrees next steps the person has "
                            "chosen and checks safety."
                        ),
                    },
                    {
                        "prompt": "What do peer recovery credentials usually require besides training hours?",
                        "multiple": False,
                        "choices": [
                            ("Supervised practice experience, supervision hours and a signed code of ethics", True),
                            ("A college degree in counseling", False),
                            ("Proof of a set number of years without medication", False),
                        ],
                        "explanation": (
                            "Boards usually require supervised experience, supervision, a signed "
                            "code of ethics and sometimes an exam. Requirements differ by board."
                        ),
                    },
                ],
            },
        },
    ],
}
