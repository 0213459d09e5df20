"""Ethics for Recovery Coaches: 15 hours (900 credit minutes).

Seven modules: values and codes of
ethics (2 h); scope of the role (2 h); boundaries, dual relationships, gifts and
social media (3 h); confidentiality and the law (2.5 h); an ethical
decision-making model with medication-assisted recovery cases (3 h); the coach's
own recovery and self-care (1.5 h); supervising coaches (1 h).

Legal content is general education, not legal advice: programs must follow their
own counsel, policies and state law.
"""

ETHICS = {
    "slug": "ethics-for-recovery-coaches",
    "code": "ETH15",
    "title": "Ethics for Recovery Coaches",
    "required_minutes": 900,
    "summary": (
        "Fifteen hours of ethics for recovery coaches and their supervisors: values and codes, "
        "scope of the role, boundaries, confidentiality law, ethical decision-making with "
        "medication-assisted recovery cases, self-care and supervision."
    ),
    "intro": (
        "<p>This course is for recovery coaches, peer specialists and the people who supervise "
        "them. It builds on the ethics primer in the Recovery Coach Training and goes deeper "
        "into the situations peers in medication-assisted recovery programs actually face: "
        "overlapping relationships at the clinic, pressure to stop medication, take-home doses, "
        "family members asking questions, and the coach's own recovery.</p>"
        "<p>Ethics is the largest training requirement for most peer credentials; for example, "
        "the IC&amp;RC Peer Recovery credential asks for 16 hours in the Ethical Responsibility "
        "domain. Check your own board's requirements and keep your certificate for your "
        "application and for renewal.</p>"
        "<p><strong>How hours are earned:</strong> each lesson and module check carries credit "
        "minutes. A lesson counts once you have spent at least its minimum engaged time on the "
        "page and marked it complete; a module check counts when you pass it with at least 80 "
        "points out of 100 (you have three attempts). Hours are recorded under the competency "
        "domain each item covers.</p>"
        "<p><em>Legal topics are covered for general education, not legal advice. Always follow "
        "your program's policies and ask your supervisor.</em></p>"
    ),
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "values-and-codes-of-ethics",
            "title": "Values and codes of ethics",
            "domain": "ethical-responsibility",
            "intro": (
                "Why ethics matters in peer work, the core principles behind ethical practice, "
                "and how codes of ethics guide recovery coaches."
            ),
            "minutes": 120,
            "lessons": [
                {
                    "slug": "why-ethics-matters-for-peers",
                    "title": "Why ethics matters for peers",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Trust is the work</h2>"
                         "<p>People come to a recovery coach at vulnerable moments. Many have "
                         "been judged, let down or harmed by systems and by people they trusted. "
                         "A coach's value comes from a relationship built on lived experience, "
                         "mutual respect and trust. Ethics is how we protect that trust, for the "
                         "person in front of us, for the program and for the peer workforce as a "
                         "whole.</p>"
                         "<h2>Why peers face particular challenges</h2>"
                         "<ul>"
                         "<li><strong>Closeness is part of the role.</strong> Peer relationships "
                         "are less formal than clinical ones, so the lines can be harder to "
                         "see.</li>"
                         "<li><strong>Small communities.</strong> Coaches often share meetings, "
                         "neighbourhoods and even the same clinic with the people they "
                         "support.</li>"
                         "<li><strong>Our own recovery is involved.</strong> Participants' "
                         "stories can stir our own memories, triggers and hopes.</li>"
                         "<li><strong>The role is still young.</strong> Coaches may be the only "
                         "peer on a clinical team and feel pressure to act like clinicians or "
                         "enforcers.</li>"
                         "</ul>"
                         "<h2>Law, policy and ethics</h2>"
                         "<p>Laws set the minimum society will enforce. Program policies set the "
                         "rules of your workplace. Codes of ethics describe the standards your "
                         "profession holds itself to, which are often higher than the law. Good "
                         "ethical practice draws on all three, plus supervision, and sometimes "
                         "they point in different directions; that is when careful decision-making "
                         "matters most.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Ethics is not a list of things that get you fired. It is a way "
                                "of protecting the people you serve, yourself and the credibility "
                                "of peer support."
                            ),
                            "tone": "info",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Think of a helper who earned your trust early in your own "
                                "recovery. What did they do, or refuse to do, that made them "
                                "trustworthy?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "core-ethical-principles",
                    "title": "Core ethical principles",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Principles shared across the helping professions</h2>"
                         "<ul>"
                         "<li><strong>Autonomy:</strong> respecting people's right to make their "
                         "own choices about their lives and recovery, including choices you "
                         "would not make.</li>"
                         "<li><strong>Beneficence:</strong> acting for the person's good and "
                         "wellbeing.</li>"
                         "<li><strong>Nonmaleficence:</strong> doing no harm, including harm "
                         "through neglect, exploitation or careless words.</li>"
                         "<li><strong>Justice:</strong> treating people fairly and working "
                         "against discrimination, including discrimination against people who "
                         "take medication.</li>"
                         "<li><strong>Fidelity:</strong> keeping promises, being reliable and "
                         "loyal to the helping relationship.</li>"
                         "<li><strong>Veracity:</strong> being honest, including about the "
                         "limits of your role and of confidentiality.</li>"
                         "</ul>"
                         "<h2>Values specific to peer support</h2>"
                         "<p>Peer work adds its own values: hope that recovery is possible for "
                         "everyone; respect for many pathways of recovery; mutuality rather than "
                         "expert-and-patient; self-determination; and using lived experience "
                         "for the benefit of the person, not the coach.</p>"
                         "<h2>When principles collide</h2>"
                         "<p>Most ethical dilemmas are not right versus wrong but right versus "
                         "right. A person's autonomy to leave treatment may conflict with your "
                         "wish to prevent harm. Your loyalty to a participant may conflict with "
                         "fairness to others. Naming the principles in tension is the first step "
                         "toward a thoughtful decision, which you will practise in Module 5.</p>"),
                        ("callout", {
                            "title": "Tip",
                            "text": (
                                "When something feels wrong, ask: which principle is at stake? "
                                "Naming it turns an uneasy feeling into something you can "
                                "discuss with your supervisor."
                            ),
                            "tone": "tip",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which of these principles comes most naturally to you, and which "
                                "do you find hardest to honour? Why?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "codes-of-ethics-for-peer-workers",
                    "title": "Codes of ethics for peer workers",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>What a code of ethics is</h2>"
                         "<p>A code of ethics is a written set of standards that a profession or "
                         "credentialing board expects its members to follow. Most certification "
                         "boards ask applicants to read and sign a code of ethics, and they can "
                         "investigate complaints and impose sanctions, up to revoking a "
                         "credential. Your employer may have its own code as well. Read the codes "
                         "that apply to you, keep a copy, and reread them when you face a hard "
                         "situation.</p>"
                         "<h2>What peer codes commonly cover</h2>"
                         "<ul>"
                         "<li>Staying within the non-clinical peer role.</li>"
                         "<li>Respecting every pathway of recovery, including "
                         "medication-assisted recovery.</li>"
                         "<li>Protecting confidentiality and explaining its limits.</li>"
                         "<li>No romantic or sexual relationships with people you serve.</li>"
                         "<li>No financial exploitation: no loans, sales or business deals with "
                         "participants.</li>"
                         "<li>Non-discrimination and respect for culture and identity.</li>"
                         "<li>Honesty in records, billing and reports of hours.</li>"
                         "<li>Maintaining your own wellness and seeking help when needed.</li>"
                         "<li>Using supervision and reporting ethical concerns.</li>"
                         "</ul>"
                         "<h2>Codes are a floor and a guide</h2>"
                         "<p>No code can list every situation. When the code is silent, go back to "
                         "the principles behind it and talk with your supervisor. When you see a "
                         "colleague acting unethically, most codes expect you to raise it, first "
                         "through your program's procedures.</p>"),
                        ("callout", {
                            "title": "Action step",
                            "text": (
                                "Find the code of ethics of the board you plan to apply to and of "
                                "your employer. Note anything in them that surprised you and bring "
                                "it to supervision."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-1-check",
                "title": "Module 1 check: Values and codes of ethics",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": (
                            "A participant decides to leave her treatment program against your "
                            "advice. Respecting her right to decide reflects which principle?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Autonomy", True),
                            ("Beneficence", False),
                            ("Fidelity", False),
                            ("Justice", False),
                        ],
                        "explanation": (
                            "Autonomy is respect for people's right to make their own choices, "
                            "including choices you would not make."
                        ),
                    },
                    {
                        "prompt": "How do law, program policy and codes of ethics relate?",
                        "multiple": False,
                        "choices": [
                            ("Law sets a minimum; codes of ethics often hold a higher standard; "
                             "good practice draws on all three plus supervision", True),
                            ("If something is legal, it is always ethical", False),
                            ("Program policy replaces the need for a code of ethics", False),
                        ],
                        "explanation": (
                            "Laws are the minimum society enforces. Codes of ethics often ask "
                            "more. Coaches use law, policy, codes and supervision together."
                        ),
                    },
                    {
                        "prompt": "Which of these do peer codes of ethics commonly prohibit?",
                        "multiple": True,
                        "choices": [
                            ("Romantic or sexual relationships with participants", True),
                            ("Lending money to or selling things to participants", True),
                            ("Supporting a participant who chooses medication-assisted recovery", False),
                            ("Using supervision to discuss a hard situation", False),
                        ],
                        "explanation": (
                            "Codes prohibit romantic relationships and financial dealings with "
                            "participants. Respecting all pathways and using supervision are "
                            "expected, not prohibited."
                        ),
                    },
                    {
                        "prompt": "Being honest with a participant about the limits of confidentiality reflects which principle?",
                        "multiple": False,
                        "choices": [
                            ("Veracity", True),
                            ("Nonmaleficence", False),
                            ("Justice", False),
                        ],
                        "explanation": "Veracity means truthfulness, including about the limits of your role and of confidentiality.",
                    },
                    {
                        "prompt": "What should you do when your code of ethics does not address a situation?",
                        "multiple": False,
                        "choices": [
                            ("Go back to the underlying principles and talk with your supervisor", True),
                            ("Assume anything not prohibited is allowed", False),
                            ("Ask the participant what they think the rule should be", False),
                        ],
                        "explanation": (
                            "No code covers everything. Principles and supervision guide you "
                            "where the code is silent."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "scope-of-the-role",
            "title": "Scope of the role: coach, sponsor, counselor",
            "domain": "ethical-responsibility",
            "intro": (
                "What is inside and outside the recovery coach's scope, how the role differs from "
                "sponsors and clinicians, and how to notice and correct role drift."
            ),
            "minutes": 120,
            "lessons": [
                {
                    "slug": "what-is-in-scope",
                    "title": "What is in scope for a recovery coach",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>A non-clinical role</h2>"
                         "<p>Recovery coaching is a non-clinical, strengths-based role. A coach "
                         "supports a person to find and follow their own path, drawing on lived "
                         "experience and training. Scope of practice is the set of activities "
                         "your training, credential, job description and supervision allow you "
                         "to do.</p>"
                         "<h2>Usually in scope</h2>"
                         "<ul>"
                         "<li>Listening, encouraging and sharing lived experience with "
                         "purpose.</li>"
                         "<li>Helping people set their own recovery and wellness goals.</li>"
                         "<li>Connecting people to treatment, mutual aid, housing, work, "
                         "benefits and community.</li>"
                         "<li>Sharing accurate general information, for example about how "
                         "medications for opioid use disorder work.</li>"
                         "<li>Supporting self-advocacy and advocating with permission.</li>"
                         "<li>Modelling recovery and hope.</li>"
                         "</ul>"
                         "<h2>Outside scope</h2>"
                         "<ul>"
                         "<li>Diagnosing any condition or assessing mental health.</li>"
                         "<li>Providing therapy or counseling, such as processing trauma.</li>"
                         "<li>Medical advice: recommending, changing or stopping any medication "
                         "or dose.</li>"
                         "<li>Legal advice.</li>"
                         "<li>Acting as someone's sponsor in a mutual-aid group.</li>"
                         "<li>Anything your job description or supervisor has not approved, "
                         "such as driving participants if policy does not allow it.</li>"
                         "</ul>"
                         "<p>Staying in scope is not about doing less. It protects people from "
                         "help you are not trained to give, and it keeps you available for what "
                         "only a peer can offer.</p>"),
                        ("callout", {
                            "title": "A useful phrase",
                            "text": (
                                "“That is a really important question, and it is outside what I "
                                "can answer. Let's work out together who can, and how you want to "
                                "ask them.”"
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "coach-sponsor-counselor",
                    "title": "Coach, sponsor, counselor: side by side",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Three different relationships</h2>"
                         "<ul>"
                         "<li><strong>Sponsor.</strong> A volunteer member of a mutual-aid "
                         "fellowship who guides another member through that fellowship's "
                         "program, such as working the steps. The relationship is personal, "
                         "unpaid and unsupervised, and it follows one pathway.</li>"
                         "<li><strong>Counselor or therapist.</strong> A licensed or credentialed "
                         "clinician who assesses and diagnoses, writes a treatment plan, "
                         "provides counseling or therapy, and keeps clinical records. Therapy "
                         "often explores the past and treats mental health conditions.</li>"
                         "<li><strong>Recovery coach.</strong> A trained peer, paid or volunteer, "
                         "working for an organisation under supervision. A coach supports "
                         "whatever pathway the person chooses, focuses on the present and "
                         "future, and helps build recovery capital. The coach does not diagnose "
                         "or treat.</li>"
                         "</ul>"
                         "<h2>Why the differences matter</h2>"
                         "<p>People sometimes expect a coach to be a sponsor who tells them what "
                         "to do, or a counselor who can fix everything. Coaches sometimes slip "
                         "into these roles too. Explaining your role early, and again when "
                         "needed, prevents disappointment and protects the person.</p>"
                         "<p>In medication-assisted recovery this matters doubly. A coach who "
                         "acts like a sponsor from a fellowship that frowns on medication could "
                         "push someone off a treatment that keeps them alive. A coach who acts "
                         "like a clinician could give unsafe advice. A coach in role respects "
                         "both the person's pathway and the clinical team's expertise.</p>"
                         "<p>A person can have all three at once: a sponsor, a counselor and a "
                         "coach, each doing their part. The coach can help the person make the "
                         "most of each relationship.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "How will you explain the difference between your role and a "
                                "sponsor's to a participant in one or two sentences?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "role-drift",
                    "title": "Role drift and staying in your lane",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>What role drift looks like</h2>"
                         "<p>Role drift happens gradually, usually with good intentions. Common "
                         "forms are:</p>"
                         "<ul>"
                         "<li><strong>Drift toward clinician:</strong> interpreting symptoms, "
                         "offering diagnoses or digging into trauma.</li>"
                         "<li><strong>Drift toward rescuer:</strong> doing things for people "
                         "that they could do themselves, or feeling you are the only one who "
                         "can help.</li>"
                         "<li><strong>Drift toward friend:</strong> meeting socially, sharing "
                         "your personal problems, being available at all hours.</li>"
                         "<li><strong>Drift toward enforcer:</strong> being asked to monitor "
                         "people for the program, report on them or deliver consequences. Peers "
                         "can lose the trust that makes them effective when they become the "
                         "clinic's eyes and ears.</li>"
                         "</ul>"
                         "<h2>Why it happens</h2>"
                         "<p>Teams under pressure ask peers to fill gaps. Participants ask for "
                         "more. Coaches want to be useful and may feel their role is valued less "
                         "than clinical roles. Being the only peer on a team makes it harder to "
                         "hold the line.</p>"
                         "<h2>Staying in your lane</h2>"
                         "<ul>"
                         "<li>Know your written job description and refer back to it.</li>"
                         "<li>Bring requests that feel out of role to supervision.</li>"
                         "<li>Be transparent with participants about what you share with the "
                         "team and why.</li>"
                         "<li>Help teams understand what peer support is and how it differs "
                         "from their roles.</li>"
                         "<li>Connect with other peer workers for support.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Warning sign",
                            "text": (
                                "If you catch yourself thinking “nobody else understands this "
                                "person like I do,” pause and talk with your supervisor."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-2-check",
                "title": "Module 2 check: Scope of the role",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which activities are within a recovery coach's scope?",
                        "multiple": True,
                        "choices": [
                            ("Helping a person set their own recovery goals", True),
                            ("Connecting a person to housing and mutual-aid groups", True),
                            ("Recommending a lower medication dose", False),
                            ("Diagnosing depression", False),
                        ],
                        "explanation": (
                            "Goal setting and connection to resources are core coaching tasks. "
                            "Medical advice and diagnosis are outside a coach's scope."
                        ),
                    },
                    {
                        "prompt": "Which best describes a sponsor?",
                        "multiple": False,
                        "choices": [
                            ("An unpaid member of a mutual-aid fellowship who guides another "
                             "member through that fellowship's program", True),
                            ("A trained, supervised peer who supports any recovery pathway", False),
                            ("A licensed clinician who writes a treatment plan", False),
                        ],
                        "explanation": (
                            "A sponsor is a fellowship volunteer. The second option describes a "
                            "recovery coach; the third a counselor."
                        ),
                    },
                    {
                        "prompt": (
                            "A program manager asks you to report which participants seem "
                            "intoxicated in the waiting room so they can be discharged. This is "
                            "an example of drift toward which role?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Enforcer", True),
                            ("Friend", False),
                            ("Clinician", False),
                        ],
                        "explanation": (
                            "Monitoring and reporting people for consequences is drift toward an "
                            "enforcer role, which can destroy the trust peer support depends on. "
                            "Bring such requests to supervision."
                        ),
                    },
                    {
                        "prompt": "Which is a sign of drift toward the rescuer role?",
                        "multiple": False,
                        "choices": [
                            ("Regularly doing tasks for a participant that they could do themselves", True),
                            ("Explaining your role at the first meeting", False),
                            ("Referring a participant to their prescriber", False),
                        ],
                        "explanation": (
                            "Rescuing takes over what the person can do, which undermines their "
                            "growth and confidence."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "boundaries",
            "title": "Boundaries, dual relationships, gifts and social media",
            "domain": "ethical-responsibility",
            "intro": (
                "How to set healthy boundaries, manage the overlapping relationships common in "
                "recovery communities, and handle gifts and social media."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "understanding-boundaries",
                    "title": "Understanding boundaries",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Why boundaries help</h2>"
                         "<p>Boundaries are the limits that keep a helping relationship safe and "
                         "focused on the person being helped. They are not walls. Clear "
                         "boundaries let participants know what to expect, protect them from "
                         "exploitation and protect the coach from burnout.</p>"
                         "<h2>Too rigid, too loose, healthy</h2>"
                         "<ul>"
                         "<li><strong>Too rigid:</strong> cold, rule-bound, unwilling to share "
                         "any experience. The person feels processed, not supported.</li>"
                         "<li><strong>Too loose:</strong> always available, sharing personal "
                         "problems, blurring work and friendship. The relationship starts to "
                         "serve the coach.</li>"
                         "<li><strong>Healthy:</strong> warm and genuine, with clear limits on "
                         "time, contact, money, touch and self-disclosure.</li>"
                         "</ul>"
                         "<h2>Crossings and violations</h2>"
                         "<p>A boundary crossing is a departure from usual practice that may be "
                         "harmless or even helpful, such as attending a participant's graduation "
                         "with your supervisor's approval. A boundary violation harms the person "
                         "or exploits the relationship, such as borrowing money or a romantic "
                         "relationship. Repeated small crossings can become a slippery slope "
                         "toward violations.</p>"
                         "<h2>Warning signs</h2>"
                         "<ul>"
                         "<li>Keeping secrets with a participant or from your supervisor.</li>"
                         "<li>Giving one participant special treatment or extra time.</li>"
                         "<li>Thinking about a participant a lot outside work.</li>"
                         "<li>Sharing your own problems to get support.</li>"
                         "<li>Feeling you would not want your supervisor to know.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "The supervisor test",
                            "text": (
                                "If you would hesitate to tell your supervisor about something you "
                                "did with a participant, treat that hesitation as a signal to tell "
                                "them."
                            ),
                            "tone": "tip",
                        }),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Do you lean toward boundaries that are too rigid or too loose? "
                                "What is one situation where that tendency could show up?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "dual-relationships",
                    "title": "Dual relationships",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>What a dual relationship is</h2>"
                         "<p>A dual (or multiple) relationship exists when a coach has another "
                         "relationship with a participant besides coaching: friend, relative, "
                         "neighbour, co-worker, business partner, fellow meeting member or "
                         "fellow patient. Dual relationships can create conflicts of interest, "
                         "confuse the person about your role and make it harder to be honest.</p>"
                         "<h2>Always off limits</h2>"
                         "<ul>"
                         "<li>Romantic or sexual relationships with a participant.</li>"
                         "<li>Business or financial relationships: loans, sales, hiring, "
                         "renting.</li>"
                         "<li>Coaching your own family members or close friends.</li>"
                         "</ul>"
                         "<h2>Often unavoidable: manage them</h2>"
                         "<p>Recovery communities are small. You may attend the same mutual-aid "
                         "meeting as a participant, live in the same building, or, in "
                         "medication-assisted recovery programs, dose at the same clinic. These "
                         "overlaps are not wrong in themselves, but they need managing:</p>"
                         "<ul>"
                         "<li>Tell your supervisor about the overlap.</li>"
                         "<li>Talk with the participant about how you will handle it, for "
                         "example not discussing coaching at the meeting or in the dosing "
                         "line.</li>"
                         "<li>Keep what you learn in each role separate and confidential.</li>"
                         "<li>Consider whether another coach should work with the person.</li>"
                         "<li>Document the plan as your program requires.</li>"
                         "</ul>"
                         "<h2>After coaching ends</h2>"
                         "<p>The power difference does not vanish when services end. Many codes "
                         "restrict or prohibit later romantic relationships with former "
                         "participants. Check your code and talk with your supervisor before "
                         "moving into any new kind of relationship with someone you coached.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Which overlapping relationships are likely in your community or "
                                "program? How would you explain your plan for one of them to a "
                                "participant?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "gifts-money-and-favours",
                    "title": "Gifts, money and favours",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Start with policy</h2>"
                         "<p>Most programs have a written gift policy. Know it before you are "
                         "offered anything. Where the policy allows judgement, these questions "
                         "help:</p>"
                         "<ul>"
                         "<li><strong>Value:</strong> is it a small token, such as a card or "
                         "a drawing, or something of real monetary value?</li>"
                         "<li><strong>Intention:</strong> is it a thank-you, or could it be an "
                         "attempt to gain favour or create an obligation?</li>"
                         "<li><strong>Timing:</strong> a small gift at the end of services "
                         "differs from frequent gifts during them.</li>"
                         "<li><strong>Culture:</strong> in some cultures refusing a gift is "
                         "deeply hurtful.</li>"
                         "<li><strong>Transparency:</strong> would you be comfortable telling "
                         "your supervisor and colleagues?</li>"
                         "</ul>"
                         "<h2>Clear lines</h2>"
                         "<ul>"
                         "<li>Do not accept cash, gift cards or expensive items.</li>"
                         "<li>Do not lend or give money to participants, or borrow from them.</li>"
                         "<li>Do not buy from, sell to or trade with participants.</li>"
                         "<li>Do not accept favours such as free work on your car.</li>"
                         "<li>Do not give personal gifts; use program resources through proper "
                         "channels.</li>"
                         "</ul>"
                         "<h2>Declining with warmth</h2>"
                         "<p>How you decline matters as much as the decision. Thank the person "
                         "sincerely, explain that program rules do not allow you to accept, and "
                         "affirm what the gesture means. Where policy allows, a small gift "
                         "might be shared with the whole team or displayed at the program. "
                         "Tell your supervisor and document as required.</p>"),
                        ("callout", {
                            "title": "Example",
                            "text": (
                                "“Thank you, this means a lot to me. Our program doesn't let me "
                                "accept gifts, but I'm so glad you wanted to mark how far you've "
                                "come.”"
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
                {
                    "slug": "social-media-and-digital-boundaries",
                    "title": "Social media and digital boundaries",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Why digital boundaries matter</h2>"
                         "<p>Phones and social media make it easy to stay in touch, and just as "
                         "easy to blur roles, share too much or expose someone's treatment. A "
                         "single post, like or tag can reveal that a person is connected to a "
                         "recovery program.</p>"
                         "<h2>Good practice</h2>"
                         "<ul>"
                         "<li>Do not friend, follow or accept requests from participants on "
                         "personal accounts. Explain the reason kindly in person.</li>"
                         "<li>Never post about participants, even without names. Details can "
                         "identify people in small communities.</li>"
                         "<li>Do not post photos taken at the program unless your program has "
                         "written consent and a clear purpose.</li>"
                         "<li>Use program-approved phones and channels for contact, and keep to "
                         "agreed hours.</li>"
                         "<li>Do not look up participants online out of curiosity.</li>"
                         "<li>Review your own privacy settings and what your public profile "
                         "says about you.</li>"
                         "</ul>"
                         "<h2>Your own recovery story online</h2>"
                         "<p>Many peers share their recovery publicly to fight stigma. That is "
                         "your choice, and it can be powerful. Before posting, consider who will "
                         "see it, including participants, and whether it is in line with how you "
                         "share in your role. Your medication status or recovery details are "
                         "yours to share or keep private.</p>"
                         "<h2>Texting</h2>"
                         "<p>Texts are convenient but not always secure. Keep them brief and "
                         "practical, avoid clinical details, and follow program policy on what "
                         "must go into the record. Do not use texting for crisis support unless "
                         "your program has a procedure for it.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Look at your own social media as a participant might. Is there "
                                "anything you would change now that you are in a coaching role?"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-3-check",
                "title": "Module 3 check: Boundaries",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which is an example of a boundary violation rather than a crossing?",
                        "multiple": False,
                        "choices": [
                            ("Borrowing money from a participant", True),
                            ("Attending a participant's graduation with supervisor approval", False),
                            ("Sharing a brief, relevant part of your story", False),
                        ],
                        "explanation": (
                            "A violation harms or exploits the person. Borrowing money exploits "
                            "the relationship; the other two can be appropriate crossings or "
                            "normal practice."
                        ),
                    },
                    {
                        "prompt": (
                            "You and a participant dose at the same clinic. Which steps help "
                            "manage this dual relationship?"
                        ),
                        "multiple": True,
                        "choices": [
                            ("Tell your supervisor about the overlap", True),
                            ("Agree with the participant not to discuss coaching in the dosing line", True),
                            ("Keep what you learn in each role confidential", True),
                            ("Stop attending the clinic for your own treatment", False),
                        ],
                        "explanation": (
                            "Overlaps like this are common and can be managed through "
                            "transparency, agreements and confidentiality. Your own treatment is "
                            "never something to give up for the role."
                        ),
                    },
                    {
                        "prompt": "A participant offers you a gift card to thank you. What should you do?",
                        "multiple": False,
                        "choices": [
                            ("Decline warmly, explain the policy, and tell your supervisor", True),
                            ("Accept it if it is under a certain amount", False),
                            ("Accept it but keep it private", False),
                        ],
                        "explanation": (
                            "Cash and gift cards should not be accepted. Decline with warmth and "
                            "keep your supervisor informed."
                        ),
                    },
                    {
                        "prompt": "A participant sends you a friend request on your personal social media. What is the best response?",
                        "multiple": False,
                        "choices": [
                            ("Do not accept, and explain the reason kindly in person", True),
                            ("Accept, but do not comment on their posts", False),
                            ("Accept and restrict what they can see", False),
                        ],
                        "explanation": (
                            "Coaches do not connect with participants on personal accounts. A "
                            "kind explanation preserves the relationship."
                        ),
                    },
                    {
                        "prompt": "Which relationship with a current participant is always off limits?",
                        "multiple": False,
                        "choices": [
                            ("A romantic or sexual relationship", True),
                            ("Attending the same mutual-aid meeting", False),
                            ("Living in the same neighbourhood", False),
                        ],
                        "explanation": (
                            "Romantic or sexual relationships with participants are always "
                            "prohibited. Shared meetings or neighbourhoods are overlaps to "
                            "manage."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "confidentiality-and-the-law",
            "title": "Confidentiality and the law",
            "domain": "ethical-responsibility",
            "intro": (
                "The federal confidentiality rules for substance use disorder records (42 CFR "
                "Part 2) and health information (HIPAA), mandated reporting, and good documentation."
            ),
            "minutes": 150,
            "lessons": [
                {
                    "slug": "42-cfr-part-2",
                    "title": "42 CFR Part 2: substance use disorder records",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Why a special rule exists</h2>"
                         "<p>People with substance use disorders can face arrest, job loss, "
                         "eviction and loss of custody if their treatment becomes known. Fear of "
                         "exposure keeps people from seeking help. The federal regulation known "
                         "as 42 CFR Part 2 gives extra protection to records of substance use "
                         "disorder programs that receive federal assistance, which includes "
                         "nearly all opioid treatment programs.</p>"
                         "<h2>What it protects</h2>"
                         "<p>Part 2 protects any information that would identify a person as "
                         "having, or having had, a substance use disorder, when it comes from a "
                         "covered program. That includes the simple fact that someone is a "
                         "patient. Staff cannot confirm or deny that a person attends without "
                         "proper consent.</p>"
                         "<h2>Consent</h2>"
                         "<p>In general, disclosure requires the person's written consent, and "
                         "the consent form must include specific elements, such as who may share, "
                         "with whom, for what purpose, what information, an expiration, and the "
                         "right to revoke. Information shared under Part 2 generally carries "
                         "limits on further disclosure.</p>"
                         "<h2>Limited exceptions</h2>"
                         "<ul>"
                         "<li>Medical emergencies.</li>"
                         "<li>Reporting suspected child abuse or neglect as state law requires.</li>"
                         "<li>Certain court orders that meet Part 2's special requirements.</li>"
                         "<li>Research, audits and program evaluation under set conditions.</li>"
                         "<li>Crimes on program premises or against program staff.</li>"
                         "</ul>"
                         "<p>A 2024 update brought Part 2 closer to HIPAA, for example allowing "
                         "a single consent for future treatment, payment and health care "
                         "operations. Its core protection remains: records generally cannot be "
                         "used against the person in legal proceedings without consent or a "
                         "qualifying court order.</p>"),
                        ("callout", {
                            "title": "Practical rule",
                            "text": (
                                "Without a valid written consent on file, do not confirm that a "
                                "person is a participant, to anyone. Your program's privacy "
                                "officer and supervisor decide the hard cases."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "hipaa",
                    "title": "HIPAA and how it fits with Part 2",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>What HIPAA covers</h2>"
                         "<p>The HIPAA Privacy Rule protects health information held by covered "
                         "entities (health plans, health care clearinghouses and most health care "
                         "providers) and by their business associates. It sets rules for when protected health information may be "
                         "used or shared, and it gives people rights, including the right to see "
                         "and get a copy of their records, to ask for corrections, and to "
                         "receive a notice of privacy practices.</p>"
                         "<p>HIPAA allows providers to share information for treatment, payment "
                         "and health care operations without a separate authorisation, and "
                         "expects them to share only the minimum necessary for the purpose.</p>"
                         "<h2>HIPAA and Part 2 together</h2>"
                         "<ul>"
                         "<li>Part 2 has historically been stricter than HIPAA for substance use "
                         "disorder records.</li>"
                         "<li>When both apply, programs follow the rule that gives the person "
                         "more protection.</li>"
                         "<li>A peer program inside an opioid treatment program is usually "
                         "subject to both.</li>"
                         "<li>A stand-alone recovery community organisation may not be a HIPAA "
                         "covered entity, but it still needs confidentiality policies, and your "
                         "code of ethics still applies.</li>"
                         "</ul>"
                         "<h2>What this means for a coach</h2>"
                         "<p>You are not expected to be a lawyer. You are expected to know your "
                         "program's privacy policies, use only approved systems for records, "
                         "share only what is needed and permitted, and ask before disclosing "
                         "anything you are unsure about. Explain to participants at the start "
                         "what you keep confidential, what you share with the team, and the "
                         "limits of confidentiality.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "How will you explain confidentiality and its limits to a new "
                                "participant in plain language at your first meeting?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "mandated-reporting-and-duty-to-warn",
                    "title": "Mandated reporting and duty to warn",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Mandated reporting</h2>"
                         "<p>Every state requires certain people to report suspected child abuse "
                         "or neglect, and many also require reports about abuse of older adults "
                         "or adults with disabilities. Who is a mandated reporter varies by "
                         "state and by job. Some states name peer workers or anyone working in a "
                         "health program; others cover everyone. Learn what applies to you.</p>"
                         "<p>Part 2 allows a program to make an initial report of suspected child "
                         "abuse or neglect as state law requires. It does not, on its own, allow "
                         "release of the person's treatment records for a later investigation or "
                         "prosecution; that generally needs consent or a court order.</p>"
                         "<h2>Risk of serious harm</h2>"
                         "<p>When a person appears to be at imminent risk of harming themselves "
                         "or someone else, safety comes first. State laws on a professional's "
                         "duty to warn or protect vary, and emergency situations have their own "
                         "rules. A coach's job is to follow the program's emergency procedure and "
                         "involve a supervisor or clinician immediately, not to decide alone.</p>"
                         "<h2>Doing it well</h2>"
                         "<ul>"
                         "<li>Explain the limits of confidentiality at the start, so reports are "
                         "not a betrayal.</li>"
                         "<li>Never promise to keep everything secret.</li>"
                         "<li>Tell your supervisor at once and follow program procedure.</li>"
                         "<li>Where it is safe, be honest with the person about what you must "
                         "do.</li>"
                         "<li>Document facts, not opinions, as your program requires.</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Never promise total secrecy",
                            "text": (
                                "A participant may say “Can I tell you something if you promise "
                                "not to tell anyone?” Remind them of the limits of confidentiality "
                                "before they share."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "documentation",
                    "title": "Documentation",
                    "minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>Why coaches document</h2>"
                         "<p>Notes show what support was provided, help the team coordinate, "
                         "support billing where applicable and protect both the person and the "
                         "coach. They are also legal records, and people generally have a right "
                         "to see their own records.</p>"
                         "<h2>Principles of good peer documentation</h2>"
                         "<ul>"
                         "<li><strong>Factual and observable:</strong> describe what you saw and "
                         "heard, not interpretations. Write “said he has not slept for two "
                         "days,” not “seemed manic.”</li>"
                         "<li><strong>Person-first and strengths-based:</strong> note goals, "
                         "progress and strengths, not just problems.</li>"
                         "<li><strong>In role:</strong> record what you did as a coach. Avoid "
                         "diagnoses and clinical judgements.</li>"
                         "<li><strong>Minimum necessary:</strong> include what the record needs, "
                         "not every detail shared with you. Leave out gossip and information "
                         "about other people.</li>"
                         "<li><strong>Timely and accurate:</strong> write notes promptly, date "
                         "them, and correct errors according to policy rather than deleting "
                         "them.</li>"
                         "<li><strong>In the right place:</strong> use only the program's "
                         "approved system. Do not keep personal notes or photos with "
                         "identifying information.</li>"
                         "</ul>"
                         "<h2>The reader test</h2>"
                         "<p>Write every note as if the person you are writing about will read "
                         "it, because they may. A respectful, accurate note builds trust; a "
                         "judgemental one can harm the person long after you have left the "
                         "program.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Rewrite this note so it is factual and person-first: "
                                "“Client was non-compliant and in denial about her drug problem.”"
                            ),
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
                "questions": [
                    {
                        "prompt": "Which information does 42 CFR Part 2 protect?",
                        "multiple": False,
                        "choices": [
                            ("Any information from a covered program that would identify a person "
                             "as having a substance use disorder, including the fact that they are "
                             "a patient", True),
                            ("Only the person's drug test results", False),
                            ("Only records that mention illegal activity", False),
                        ],
                        "explanation": (
                            "Part 2 protects identifying information about a person's substance "
                            "use disorder from covered programs, including the fact of being a "
                            "patient."
                        ),
                    },
                    {
                        "prompt": "When both HIPAA and Part 2 apply, which rule does a program follow?",
                        "multiple": False,
                        "choices": [
                            ("The one that gives the person more protection", True),
                            ("Always HIPAA, because it is newer", False),
                            ("Whichever is more convenient for the team", False),
                        ],
                        "explanation": "Programs follow the more protective rule when both apply.",
                    },
                    {
                        "prompt": "Which are limited exceptions under Part 2?",
                        "multiple": True,
                        "choices": [
                            ("Medical emergencies", True),
                            ("Reporting suspected child abuse or neglect as state law requires", True),
                            ("A relative asking out of concern", False),
                            ("An employer asking whether someone is in treatment", False),
                        ],
                        "explanation": (
                            "Medical emergencies and child abuse reporting are exceptions. "
                            "Relatives and employers need the person's written consent."
                        ),
                    },
                    {
                        "prompt": (
                            "A participant asks you to promise not to tell anyone what she is about "
                            "to say. What should you do?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Remind her of the limits of confidentiality before she shares", True),
                            ("Promise, so she feels safe", False),
                            ("Refuse to listen", False),
                        ],
                        "explanation": (
                            "Coaches never promise total secrecy. Explaining the limits first "
                            "respects the person and avoids a later sense of betrayal."
                        ),
                    },
                    {
                        "prompt": "Which is the best example of a factual, person-first note?",
                        "multiple": False,
                        "choices": [
                            ("“Said she wants to find a job in the next three months; we listed "
                             "two training programs to call.”", True),
                            ("“Client is lazy and unmotivated about work.”", False),
                            ("“Seemed depressed; probably bipolar.”", False),
                        ],
                        "explanation": (
                            "Good notes are factual, strengths-based and in role. Labels and "
                            "diagnoses do not belong in a coach's notes."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "ethical-decision-making",
            "title": "Ethical decision-making with medication-assisted recovery cases",
            "domain": "ethical-responsibility",
            "intro": (
                "A step-by-step model for working through ethical dilemmas, practised on cases "
                "that coaches in medication-assisted recovery programs commonly meet."
            ),
            "minutes": 180,
            "lessons": [
                {
                    "slug": "a-decision-making-model",
                    "title": "A step-by-step decision-making model",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Why use a model</h2>"
                         "<p>Under pressure we tend to react: to please, to rescue or to avoid "
                         "conflict. A simple model slows us down and makes our reasoning "
                         "visible, so we can explain and defend it.</p>"
                         "<h2>Eight steps</h2>"
                         "<ol>"
                         "<li><strong>Pause and name the issue.</strong> What exactly is the "
                         "ethical question? Is it urgent?</li>"
                         "<li><strong>Gather the facts.</strong> What do you know, what do you "
                         "not know, and who is affected?</li>"
                         "<li><strong>Check the guides.</strong> What do the law, your code of "
                         "ethics and program policy say?</li>"
                         "<li><strong>Name the principles in tension.</strong> For example, "
                         "autonomy and doing no harm.</li>"
                         "<li><strong>Consult.</strong> Talk with your supervisor. In an "
                         "emergency, follow the emergency procedure first.</li>"
                         "<li><strong>List options and consequences.</strong> Consider at least "
                         "three, and how each affects the person, others, you and the "
                         "program.</li>"
                         "<li><strong>Decide and act.</strong> Choose the option that best "
                         "honours the principles and is permitted by law and policy.</li>"
                         "<li><strong>Document and reflect.</strong> Record what you did and "
                         "why, and review how it turned out.</li>"
                         "</ol>"
                         "<h2>Quick checks</h2>"
                         "<ul>"
                         "<li><strong>Publicity:</strong> would I be comfortable if my "
                         "supervisor, the person and my community knew what I did?</li>"
                         "<li><strong>Fairness:</strong> would I do the same for any "
                         "participant in this situation?</li>"
                         "<li><strong>Whose need:</strong> does this serve the person, or my "
                         "need to be liked, helpful or in control?</li>"
                         "</ul>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "You do not have to solve hard dilemmas alone. Consultation is a "
                                "required step, not a sign of weakness."
                            ),
                            "tone": "info",
                        }),
                    ],
                },
                {
                    "slug": "case-housing-and-pressure-to-stop-medication",
                    "title": "Case: housing and pressure to stop medication",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>The situation</h2>"
                         "<p>Dana has taken methadone for two years and is doing well. She has "
                         "been offered a bed in a recovery residence, but the house does not "
                         "accept residents taking medication for opioid use disorder. Her "
                         "sponsor also says she will not be “really clean” until she stops. Dana "
                         "asks you whether she should taper quickly so she can move in.</p>"
                         "<h2>Working the model</h2>"
                         "<ul>"
                         "<li><strong>The issue:</strong> Dana's choice about her medication is "
                         "being shaped by stigma and housing pressure, and she is asking a coach "
                         "a medical question.</li>"
                         "<li><strong>Principles:</strong> autonomy (her decision), "
                         "nonmaleficence (a rushed taper raises the risk of a return to use and "
                         "overdose), justice (exclusion from housing because of medication).</li>"
                         "<li><strong>Guides:</strong> your role excludes medical advice; "
                         "housing that excludes people because of prescribed medication may "
                         "raise legal questions under disability and fair housing law.</li>"
                         "</ul>"
                         "<h2>Options a coach might take</h2>"
                         "<ul>"
                         "<li>Explore what Dana wants for herself, separate from the pressure.</li>"
                         "<li>Share accurate information: medication-assisted recovery is "
                         "recovery, and taper decisions are best made with her prescriber.</li>"
                         "<li>Help her look for residences and mutual-aid groups that welcome "
                         "people taking medication.</li>"
                         "<li>With her permission, connect her to advocacy or legal help about "
                         "the housing refusal.</li>"
                         "<li>If she chooses to taper, respect that and support her to plan it "
                         "with her prescriber.</li>"
                         "</ul>"
                         "<p>What a coach would not do is tell Dana to taper, tell her never to "
                         "taper, or criticise her sponsor. The aim is an informed choice that is "
                         "truly hers.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "If your own recovery pathway differs from Dana's, how might "
                                "that affect your response? How would you keep the focus on her "
                                "choice?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "case-take-home-doses-and-safety",
                    "title": "Case: take-home doses and safety",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>The situation</h2>"
                         "<p>Marcus has weekend take-home doses. In a coaching session he "
                         "mentions that he has been taking pills a friend gives him to help him "
                         "sleep, and that he sometimes gives part of a take-home dose to his "
                         "cousin, who is in withdrawal. He asks you not to tell the clinic "
                         "because he is afraid of losing his take-homes.</p>"
                         "<h2>What is at stake</h2>"
                         "<ul>"
                         "<li><strong>Safety:</strong> combining methadone with sedating pills "
                         "raises the risk of overdose. A dose safe for Marcus could kill his "
                         "cousin if the cousin has little tolerance.</li>"
                         "<li><strong>Confidentiality and trust:</strong> Marcus confided in "
                         "you.</li>"
                         "<li><strong>Program policy:</strong> your program's rules define what "
                         "coaches must share with the treatment team. You should have explained "
                         "those limits at the start.</li>"
                         "</ul>"
                         "<h2>A coach's response</h2>"
                         "<ul>"
                         "<li>Do not promise secrecy. Be honest about what you are required to "
                         "share.</li>"
                         "<li>Express concern without judgement and share the safety facts.</li>"
                         "<li>Make sure Marcus and his cousin have naloxone and know how to use "
                         "it.</li>"
                         "<li>Encourage Marcus to talk with the medical staff about sleep and "
                         "the pills, and offer to go with him.</li>"
                         "<li>Help his cousin connect with treatment, with the cousin's "
                         "agreement.</li>"
                         "<li>Consult your supervisor promptly and follow program policy; if "
                         "anyone is in immediate danger, follow the emergency procedure.</li>"
                         "<li>Document facts as policy requires.</li>"
                         "</ul>"
                         "<p>The coach is neither the clinic's police officer nor a keeper of "
                         "dangerous secrets. Being transparent, caring and in role keeps both "
                         "trust and safety in view.</p>"),
                        ("callout", {
                            "title": "Safety first",
                            "text": (
                                "When a situation involves a risk of overdose, share safety "
                                "information and naloxone at once and consult your supervisor the "
                                "same day."
                            ),
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "slug": "case-family-consent-and-your-own-story",
                    "title": "Case: family, consent and your own story",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>Part one: a worried parent</h2>"
                         "<p>Jordan's father calls the program. He says he knows Jordan is a "
                         "patient and asks you whether Jordan is still using. There is no "
                         "consent on file.</p>"
                         "<ul>"
                         "<li>Under Part 2, you may not confirm that Jordan is a patient, even "
                         "though the father says he knows.</li>"
                         "<li>You can listen, acknowledge his worry and share general "
                         "information, such as family support groups and naloxone training, "
                         "without referring to Jordan.</li>"
                         "<li>Later, if appropriate, you can tell Jordan that family members "
                         "sometimes ask, and ask whether Jordan would like to sign a consent for "
                         "some communication.</li>"
                         "</ul>"
                         "<h2>Part two: “What did you do?”</h2>"
                         "<p>Jordan asks you whether you are on methadone and how long you plan "
                         "to stay on it. Jordan is thinking of stopping quickly because “that's "
                         "what real recovery looks like.”</p>"
                         "<ul>"
                         "<li>Your medication status is your private health information. You "
                         "may choose to share or not, and you never have to.</li>"
                         "<li>If you share, keep it brief and purposeful, and turn the focus "
                         "back to Jordan: “My path was right for me; what matters is what is "
                         "right for you.”</li>"
                         "<li>Avoid presenting your choices as the model, whether you tapered, "
                         "stayed on medication or never took it.</li>"
                         "<li>Encourage Jordan to talk with the prescriber before making "
                         "changes.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "Write down what you would say to Jordan's father in your first "
                                "two sentences on the phone. Check them against Part 2."
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-5-check",
                "title": "Module 5 check: Ethical decision-making",
                "minutes": 10,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "In the decision-making model, what comes immediately after naming the principles in tension?",
                        "multiple": False,
                        "choices": [
                            ("Consult, usually with your supervisor", True),
                            ("Decide and act", False),
                            ("Document and reflect", False),
                        ],
                        "explanation": (
                            "The steps are: name the issue, gather facts, check the guides, name "
                            "the principles, consult, list options, decide and act, document and "
                            "reflect."
                        ),
                    },
                    {
                        "prompt": (
                            "Dana asks whether she should taper methadone quickly to get into a "
                            "recovery residence that bans medication. Which responses fit the coach role?"
                        ),
                        "multiple": True,
                        "choices": [
                            ("Help her look for housing that welcomes people taking medication", True),
                            ("Encourage her to make any taper decision with her prescriber", True),
                            ("Tell her to taper, since housing matters most", False),
                            ("Tell her that her sponsor is wrong and she should find a new one", False),
                        ],
                        "explanation": (
                            "A coach supports an informed choice that is Dana's own, connects her "
                            "with resources and leaves medical decisions to her and her "
                            "prescriber, without attacking her other supports."
                        ),
                    },
                    {
                        "prompt": (
                            "Marcus asks you to keep secret that he shares take-home doses and "
                            "takes sleeping pills from a friend. What is the best first response?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Be honest about what you must share, express concern and give safety "
                             "information, then consult your supervisor", True),
                            ("Promise to keep it secret so he keeps trusting you", False),
                            ("Report him immediately without speaking to him about it", False),
                        ],
                        "explanation": (
                            "Transparency, care and safety come first, followed by prompt "
                            "consultation and program policy."
                        ),
                    },
                    {
                        "prompt": (
                            "Jordan's father calls and says he knows Jordan is a patient. There is "
                            "no consent on file. What may you do?"
                        ),
                        "multiple": False,
                        "choices": [
                            ("Listen and share general information without confirming Jordan is a patient", True),
                            ("Confirm Jordan attends, since the father already knows", False),
                            ("Tell him only whether Jordan's tests are negative", False),
                        ],
                        "explanation": (
                            "Part 2 protects the fact of being a patient. What the caller says he "
                            "knows does not change that."
                        ),
                    },
                    {
                        "prompt": "A participant asks whether you take medication for opioid use disorder. Which statement is accurate?",
                        "multiple": False,
                        "choices": [
                            ("You may choose whether to share; if you do, keep it brief and turn "
                             "the focus back to them", True),
                            ("You must always answer honestly and in full", False),
                            ("You should tell them to follow your path", False),
                        ],
                        "explanation": (
                            "Your medication status is private. Any self-disclosure should be "
                            "brief, purposeful and in service of the participant."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "the-coachs-own-recovery",
            "title": "The coach's own recovery and self-care",
            "domain": "ethical-responsibility",
            "intro": (
                "Why protecting your own recovery is an ethical duty, and how to recognise and "
                "prevent burnout, compassion fatigue and secondary trauma."
            ),
            "minutes": 90,
            "lessons": [
                {
                    "slug": "your-recovery-comes-first",
                    "title": "Your recovery comes first",
                    "minutes": 6,
                    "body": [
                        ("rich_text",
                         "<h2>An ethical duty</h2>"
                         "<p>Your lived experience is what makes you a peer, and your ongoing "
                         "recovery is what lets you use it well. Codes of ethics ask coaches to "
                         "maintain their own wellness because a coach who is struggling cannot "
                         "give the attention and judgement participants deserve.</p>"
                         "<h2>Risks specific to the work</h2>"
                         "<ul>"
                         "<li>Hearing detailed stories of use can trigger cravings or "
                         "memories.</li>"
                         "<li>Working at a clinic where you are also a patient can blur your "
                         "own treatment with your job.</li>"
                         "<li>Participants' recurrences, and deaths from overdose, can bring "
                         "grief and fear.</li>"
                         "<li>Being valued for your story can make it hard to admit you are "
                         "struggling.</li>"
                         "</ul>"
                         "<h2>Protecting your recovery</h2>"
                         "<ul>"
                         "<li>Keep your own recovery supports separate from work. Participants "
                         "are not your support network.</li>"
                         "<li>Keep your own treatment appointments and medication routine; your "
                         "work never comes before them.</li>"
                         "<li>Use simple checks, such as asking whether you are hungry, angry, "
                         "lonely or tired.</li>"
                         "<li>Tell your supervisor when work is affecting your recovery. You "
                         "decide how much personal detail to share.</li>"
                         "</ul>"
                         "<h2>If you experience a recurrence</h2>"
                         "<p>Recurrence can happen to coaches too. Programs usually have a "
                         "policy that focuses on getting you support and deciding, with you, "
                         "when you are ready to return to the role. Reaching out early protects "
                         "you and the people you serve.</p>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "What are three early signs that your own recovery is under "
                                "strain, and who will you tell when you notice them?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "burnout-and-self-care",
                    "title": "Burnout, compassion fatigue and a self-care plan",
                    "minutes": 1,
                    "body": [
                        ("rich_text",
                         "<h2>Three related strains</h2>"
                         "<ul>"
                         "<li><strong>Burnout:</strong> exhaustion, cynicism and a sense that "
                         "your work makes no difference, usually from long-term workload and "
                         "workplace stress.</li>"
                         "<li><strong>Compassion fatigue:</strong> a gradual loss of the ability "
                         "to feel and show empathy, from caring for people in pain.</li>"
                         "<li><strong>Secondary traumatic stress:</strong> trauma-like symptoms, "
                         "such as intrusive images or being constantly on edge, from hearing "
                         "about others' trauma.</li>"
                         "</ul>"
                         "<h2>Warning signs</h2>"
                         "<p>Dreading work, irritability with participants, numbness, trouble "
                         "sleeping, using more caffeine, food or other substances, withdrawing "
                         "from friends, or thinking about participants constantly.</p>"
                         "<h2>A self-care plan</h2>"
                         "<p>Self-care is not a reward for when the work is done; it is part of "
                         "the work. A written plan can include:</p>"
                         "<ul>"
                         "<li><strong>Body:</strong> sleep, food, movement, medical care.</li>"
                         "<li><strong>Mind and feelings:</strong> time off, interests outside "
                         "recovery work, counseling if you want it.</li>"
                         "<li><strong>Connection:</strong> friends, family, recovery community, "
                         "other peer workers.</li>"
                         "<li><strong>Meaning:</strong> faith, nature, creativity or whatever "
                         "restores you.</li>"
                         "<li><strong>Work limits:</strong> agreed hours, no work phone at night, "
                         "breaks between difficult sessions, debriefing after a crisis or a "
                         "death.</li>"
                         "</ul>"
                         "<p>Organisations share responsibility: reasonable caseloads, regular "
                         "supervision and time to grieve are part of ethical practice.</p>"),
                        ("callout", {
                            "title": "Action step",
                            "text": (
                                "Write a one-page self-care plan with one action in each area "
                                "and share it with your supervisor."
                            ),
                            "tone": "tip",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-6-check",
                "title": "Module 6 check: Your own recovery and self-care",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Why is maintaining your own recovery an ethical issue for a coach?",
                        "multiple": False,
                        "choices": [
                            ("A coach who is struggling cannot give participants the attention and "
                             "judgement they deserve", True),
                            ("Because coaches must prove they never struggle", False),
                            ("It is not an ethical issue, only a personal one", False),
                        ],
                        "explanation": (
                            "Codes ask coaches to maintain their wellness because it directly "
                            "affects the quality and safety of their work."
                        ),
                    },
                    {
                        "prompt": "Trauma-like symptoms from hearing about participants' trauma are called:",
                        "multiple": False,
                        "choices": [
                            ("Secondary traumatic stress", True),
                            ("Burnout", False),
                            ("Role drift", False),
                        ],
                        "explanation": (
                            "Secondary traumatic stress comes from exposure to others' trauma; "
                            "burnout comes mainly from workload and workplace stress."
                        ),
                    },
                    {
                        "prompt": "Which are healthy ways to protect your recovery as a coach?",
                        "multiple": True,
                        "choices": [
                            ("Keeping your own recovery supports separate from work", True),
                            ("Telling your supervisor when work is affecting your recovery", True),
                            ("Leaning on participants for support when you are struggling", False),
                            ("Skipping your own appointments when the program is busy", False),
                        ],
                        "explanation": (
                            "Separate supports and honest supervision protect you. Participants "
                            "are not your support network, and your treatment comes first."
                        ),
                    },
                    {
                        "prompt": "Which is a warning sign of burnout or compassion fatigue?",
                        "multiple": False,
                        "choices": [
                            ("Dreading work and feeling numb or irritable with participants", True),
                            ("Taking your scheduled day off", False),
                            ("Asking for supervision after a difficult session", False),
                        ],
                        "explanation": (
                            "Dread, numbness and irritability are warning signs. Time off and "
                            "supervision are protective."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 7
        {
            "slug": "supervising-coaches",
            "title": "Supervising recovery coaches",
            "domain": "ethical-responsibility",
            "intro": (
                "For supervisors and for coaches who want to get the most out of supervision: "
                "what good supervision of peer roles looks like and how to keep honest records."
            ),
            "minutes": 60,
            "lessons": [
                {
                    "slug": "what-good-supervision-looks-like",
                    "title": "What good supervision of coaches looks like",
                    "minutes": 5,
                    "body": [
                        ("rich_text",
                         "<h2>Three functions</h2>"
                         "<ul>"
                         "<li><strong>Administrative:</strong> assignments, policies, "
                         "documentation, hours and performance.</li>"
                         "<li><strong>Educational:</strong> building skills and knowledge, "
                         "reviewing competencies, practising through role-play.</li>"
                         "<li><strong>Supportive:</strong> helping the coach handle stress, "
                         "grief and the emotional weight of the work.</li>"
                         "</ul>"
                         "<h2>Peer-informed supervision</h2>"
                         "<p>Supervisors of coaches, whether or not they are peers themselves, "
                         "need to understand and protect the peer role. That means helping "
                         "coaches resist drift into clinical or enforcement tasks, valuing lived "
                         "experience, and explaining the role to the rest of the team. "
                         "Supervisors from clinical backgrounds should be careful not to treat a "
                         "coach as a junior clinician.</p>"
                         "<h2>Good practice</h2>"
                         "<ul>"
                         "<li>Meet regularly at a set time, not only in crises.</li>"
                         "<li>Agree in writing what supervision covers and how often it "
                         "happens.</li>"
                         "<li>Use reflective questions: what happened, what did you feel, what "
                         "principle was involved, what might you try next time?</li>"
                         "<li>Discuss ethics openly so coaches bring dilemmas early.</li>"
                         "<li>Respect the coach's privacy: supervision is not therapy, and the "
                         "supervisor should not become the coach's counselor or sponsor.</li>"
                         "<li>Respond to a coach's recurrence with compassion and according to "
                         "policy.</li>"
                         "</ul>"),
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": (
                                "As a coach or supervisor, what would make you feel safe to bring "
                                "a mistake to supervision?"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "supervision-records-and-attestation",
                    "title": "Supervision records and attesting hours",
                    "minutes": 5,
                    "body": [
                        ("reflection", {"min_words": 25, "minutes": 5,
                            "prompt": ('Picture the supervision record you would want to show a credentialing board. What would it need to say about the hours, the topics and who signed it, so nobody could doubt it?'),
                        }),
                        ("rich_text",
                         "<h2>Why records matter</h2>"
                         "<p>Most peer credentials require supervised practice experience and a "
                         "set number of supervision hours; for example, the IC&amp;RC Peer "
                         "Recovery credential asks for 500 hours of experience and 25 hours of "
                         "supervision. Boards ask supervisors to attest these totals, so "
                         "accurate records protect the coach's application and the "
                         "supervisor's integrity.</p>"
                         "<h2>What to record</h2>"
                         "<ul>"
                         "<li>Each supervision session: date, length, individual or group, and "
                         "the competency domains covered.</li>"
                         "<li>Practice hours, split into direct and indirect service, reviewed "
                         "and approved or returned with a reason.</li>"
                         "<li>Competency checks and role-play observations.</li>"
                         "<li>The signed supervision agreement.</li>"
                         "</ul>"
                         "<h2>Protect the people being discussed</h2>"
                         "<p>Supervision notes must not identify participants. Use general "
                         "descriptions of situations; participants' records are protected by "
                         "42 CFR Part 2 and HIPAA. Do not record a coach's own medication or "
                         "recovery details in supervision records either.</p>"
                         "<h2>Honest attestation</h2>"
                         "<p>Sign only what you have verified. Approving hours you did not "
                         "oversee, or rounding totals up to help a coach qualify, is an ethical "
                         "violation that can harm the coach, the public and your own "
                         "credential.</p>"),
                        ("callout", {
                            "title": "Key point",
                            "text": (
                                "Supervision records describe situations and skills, never "
                                "identifiable participants."
                            ),
                            "tone": "info",
                        }),
                    ],
                },
            ],
            "quiz": {
                "slug": "module-7-check",
                "title": "Module 7 check: Supervising coaches",
                "minutes": 8,
                "pass_mark": 80,
                "max_attempts": 3,
                "shuffle": True,
                "questions": [
                    {
                        "prompt": "Which are the three functions of supervision described in this module?",
                        "multiple": False,
                        "choices": [
                            ("Administrative, educational and supportive", True),
                            ("Clinical, legal and financial", False),
                            ("Monitoring, testing and discipline", False),
                        ],
                        "explanation": (
                            "Supervision combines administrative, educational and supportive "
                            "functions."
                        ),
                    },
                    {
                        "prompt": "What should supervision notes about a coach's work include?",
                        "multiple": True,
                        "choices": [
                            ("Date, length and type of the session", True),
                            ("Competency domains covered", True),
                            ("The full names of participants discussed", False),
                            ("The coach's medication and dose", False),
                        ],
                        "explanation": (
                            "Record the session details and domains. Never identify participants, "
                            "and do not record the coach's own medication or recovery details."
                        ),
                    },
                    {
                        "prompt": "A coach is 10 hours short of the practice hours needed to apply. What should the supervisor do?",
                        "multiple": False,
                        "choices": [
                            ("Attest only the hours actually verified", True),
                            ("Round up the total, since the coach is nearly there", False),
                            ("Sign off extra hours and ask the coach to make them up later", False),
                        ],
                        "explanation": (
                            "Attesting unverified hours is an ethical violation. Sign only what "
                            "you have verified."
                        ),
                    },
                    {
                        "prompt": "Which supervisor behaviour best protects the peer role?",
                        "multiple": False,
                        "choices": [
                            ("Helping the coach resist requests to act as an enforcer or junior clinician", True),
                            ("Assigning the coach to collect drug test samples", False),
                            ("Acting as the coach's counselor during supervision", False),
                        ],
                        "explanation": (
                            "Peer-informed supervision protects the non-clinical peer role and "
                            "keeps supervision distinct from therapy."
                        ),
                    },
                ],
            },
        },
    ],
}
