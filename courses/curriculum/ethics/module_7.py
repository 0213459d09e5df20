"""Ethics for Recovery Coaches module 7: Supervising coaches. What peer supervision is, a
supervisor's ethical duties, honest supervision records and practice-hours attestations, and fair
supervision of coaches in medication-assisted recovery."""

MODULE = {
    "slug": "supervising-coaches",
    "title": "Supervising recovery coaches",
    "domain": "ethical-responsibility",
    "intro": (
        "For supervisors, and for coaches who want to get the most from supervision: what good "
        "peer supervision looks like, what a supervisor owes, how to keep honest records, and "
        "how to supervise coaches on medication without bias."
    ),
    "minutes": 60,
    "sources": [
        "International Certification and Reciprocity Consortium (IC&RC). Peer Recovery (PR) "
        "credential standards. Accessed 2024.",
        "National Association of Peer Supporters (N.A.P.S.). National Practice Guidelines for "
        "Peer Specialists and Supervisors, as described in Foglesong and colleagues, "
        "Psychiatric Services, 2022.",
        "NAADAC, the Association for Addiction Professionals, and NCC AP. Code of Ethics. "
        "Effective January 1, 2021.",
        "SAMHSA, BRSS TACS. Core Competencies for Peer Workers in Behavioral Health Services. "
        "2015.",
        "U.S. Department of Justice, Civil Rights Division. The ADA and Opioid Use Disorder: "
        "Combating Discrimination Against People in Treatment or Recovery. 2022.",
        "U.S. Equal Employment Opportunity Commission. Use of Codeine, Oxycodone, and Other "
        "Opioids: Information for Employees. 2020.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "what-good-supervision-looks-like",
            "title": "What peer supervision is, and what a supervisor owes",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why supervision matters</h2>"
                 "<p>Peer work is hard to do alone. Coaches face ethical calls, grief, "
                 "pressure from other staff and strain on their own recovery. Supervision is "
                 "where those things get sorted out. Research on peer workers keeps finding "
                 "the same thing: good supervision helps peers stay in the job, stay in "
                 "their role and do it well. Poor supervision, or none, is one of the main "
                 "reasons peer roles drift or fail.</p>"
                 "<h2>Two sides of supervision</h2>"
                 "<p>Peer supervision has a task side and a support side. A good supervisor "
                 "does both.</p>"
                 "<h3>Task-focused</h3>"
                 "<ul>"
                 "<li><strong>Running the work:</strong> assignments, schedules, policies, "
                 "documentation, hours and performance.</li>"
                 "<li><strong>Building skills:</strong> reviewing cases without names, "
                 "practising hard conversations, giving feedback, and checking progress on "
                 "competencies. SAMHSA's core competencies for peer workers can guide this; "
                 "SAMHSA notes that supervisors can use them to review a peer's work and that "
                 "peers can use them to assess their own.</li>"
                 "<li><strong>Ethics:</strong> working through dilemmas with the coach, using "
                 "a model like the one in Module 5.</li>"
                 "</ul>"
                 "<h3>Supportive</h3>"
                 "<ul>"
                 "<li>Helping the coach handle stress, grief and the weight of the work.</li>"
                 "<li>Noticing signs of burnout or strain and adjusting the workload.</li>"
                 "<li>Making it safe to bring mistakes early.</li>"
                 "<li>Pointing the coach to support outside work when needed.</li>"
                 "</ul>"
                 "<p>Supportive does not mean therapy. A supervisor is not the coach's "
                 "counselor or sponsor. If a coach needs treatment or counseling, the "
                 "supervisor helps them find it elsewhere.</p>"
                 "<h2>Who should supervise peers</h2>"
                 "<p>The National Association of Peer Supporters (N.A.P.S.) wrote national "
                 "practice guidelines for peer specialists and their supervisors. They say "
                 "that, ideally, peer support specialists are supervised by people with lived "
                 "experience of recovery and of peer support. Someone who has done the work "
                 "understands the role from the inside. They know why a coach shares their "
                 "story, why a coach won't report on a participant behind their back, and "
                 "why peer support is voluntary and person-driven.</p>"
                 "<p>That is not always possible. Many coaches are supervised by counselors, "
                 "nurses or program managers. In programs paid through Medicaid, the state "
                 "may require supervision by a licensed professional. A supervisor without "
                 "peer experience can still do this well, if they learn the peer role and "
                 "its values. The N.A.P.S. guidelines were written partly for them. Some "
                 "programs pair a clinical supervisor with a senior peer mentor, so the coach "
                 "gets both.</p>"),
                ("callout", {
                    "title": "The supervisor protects the role",
                    "text": (
                        "A core job of any peer supervisor is to keep the peer role from "
                        "drifting into clinical work or enforcement, and to explain the role "
                        "to the rest of the team."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>The ethical duties of a supervisor</h2>"
                 "<p>Supervisors are bound by their own codes. The NAADAC Code of Ethics has a "
                 "full section on supervision and consultation. Its wider principles apply "
                 "too: integrity, honesty, no exploitation, and no discrimination against "
                 "supervisees. Here is what those duties look like day to day.</p>"
                 "<ol>"
                 "<li><strong>Show up.</strong> Hold supervision at a regular time, not only "
                 "in a crisis. Agree in writing on how often, how long and what it "
                 "covers.</li>"
                 "<li><strong>Protect the peer role.</strong> Do not assign coaches to watch "
                 "drug tests, search bags, report on participants or act as junior "
                 "counselors. When other staff ask for these things, explain why not.</li>"
                 "<li><strong>Be competent.</strong> Learn the peer role, the codes coaches "
                 "follow, and the basics of medication for opioid use disorder. Get your own "
                 "training and consultation.</li>"
                 "<li><strong>Be fair.</strong> Hold every coach to the same standards. "
                 "Evaluate work, not people's stories or pathways.</li>"
                 "<li><strong>Keep boundaries.</strong> Avoid dual relationships with "
                 "supervisees, such as being their sponsor, their landlord, their business "
                 "partner or their romantic partner. In small communities some overlap is "
                 "hard to avoid; name it and get consultation.</li>"
                 "<li><strong>Respect privacy.</strong> What a coach shares about their own "
                 "recovery in supervision stays private, unless there is a safety reason and "
                 "policy requires otherwise. Tell coaches the limits at the start.</li>"
                 "<li><strong>Be honest.</strong> Give real feedback, kindly. Keep accurate "
                 "records. Sign only what you know to be true. Lesson 2 covers this.</li>"
                 "<li><strong>Model what you teach.</strong> Take care of your own wellness, "
                 "admit your own mistakes, and use your own supervision.</li>"
                 "</ol>"
                 "<h2>Making it safe to bring mistakes</h2>"
                 "<p>Coaches will make mistakes. The ethical risk is not the mistake. It is "
                 "the mistake that stays hidden until it grows. Supervisors set the tone. "
                 "If a coach is shamed the first time they bring a slip, they will not bring "
                 "the second one.</p>"
                 "<p>Reflective questions help: What happened? What did you feel? What "
                 "values or rules were involved? What might you try next time? What do you "
                 "need from me? Thank coaches for bringing problems early. Correct clearly "
                 "when needed, and focus on what to do next.</p>"
                 "<h2>Supervising coaches in medication-assisted recovery</h2>"
                 "<p>Many coaches in programs like ours take methadone or buprenorphine. "
                 "Supervising them fairly means:</p>"
                 "<ul>"
                 "<li><strong>No pressure to taper.</strong> Never suggest that a coach "
                 "should stop medication to be a better role model, to get a promotion, or "
                 "to lead a group. Medication is recovery.</li>"
                 "<li><strong>No questions about dose.</strong> A supervisor does not need to "
                 "know a coach's dose, test results or take-home schedule. If there is a "
                 "real performance concern, address the performance.</li>"
                 "<li><strong>No assumptions.</strong> Do not read tiredness, a late arrival "
                 "or a bad day as a sign that someone's medication is the problem. Ask about "
                 "the work, as you would with anyone.</li>"
                 "<li><strong>Reasonable accommodations.</strong> Schedules that allow dosing "
                 "or medical visits may be a reasonable accommodation. The EEOC notes that "
                 "changed breaks or schedules for treatment can be one. Medical information "
                 "shared for this purpose must be kept confidential.</li>"
                 "<li><strong>The same standards for all.</strong> Judge a coach on "
                 "medication by the same measures you use for a coach who tapered or never "
                 "took medication. The Justice Department's guidance explains that people "
                 "taking prescribed medication for opioid use disorder are generally "
                 "protected by the ADA.</li>"
                 "</ul>"
                 "<p>Bias can be quiet. It shows up in who gets picked to speak at events, "
                 "who is trusted with a hard case, who is asked “how long will you be on "
                 "that?” Supervisors should watch for it in themselves and in the team, and "
                 "name it when they see it.</p>"
                 "<h2>The supervision agreement</h2>"
                 "<p>Start every supervision relationship with a short written agreement. It "
                 "saves confusion later. It should say:</p>"
                 "<ul>"
                 "<li>how often you will meet, for how long, and how to reach the supervisor "
                 "between sessions or in a crisis;</li>"
                 "<li>what supervision covers, and what it does not, such as therapy or "
                 "sponsorship;</li>"
                 "<li>how the coach's hours and sessions will be recorded and signed;</li>"
                 "<li>what stays private and what the supervisor must share, and with "
                 "whom;</li>"
                 "<li>how disagreements or complaints about supervision will be "
                 "handled.</li>"
                 "</ul>"
                 "<p>Review it once a year, or when something changes.</p>"
                 "<h2>Group supervision and peer consultation</h2>"
                 "<p>Group supervision lets coaches learn from each other's cases. It works "
                 "well for practising skills and talking through dilemmas. Set clear rules: "
                 "no participant names, what is said stays in the room, and everyone gets a "
                 "turn. Many peer programs also use peer consultation, where coaches meet "
                 "without a supervisor to support each other. That is valuable, but it does "
                 "not replace supervision. Decisions about safety, policy and hours still go "
                 "to the supervisor.</p>"
                 "<h2>When a supervisor is also in recovery</h2>"
                 "<p>Many peer supervisors share the same history as their coaches. That is "
                 "a strength. It can also bring risks. You may see yourself in a coach and "
                 "go too easy, or too hard. You may know a coach from the same meetings, or "
                 "from the same clinic line. You may be tempted to share your own story in "
                 "supervision in ways that shift the focus to you. Keep the same boundaries "
                 "you teach. Use your own supervision or consultation for your own "
                 "reactions.</p>"
                 "<h2>After a coach returns to use</h2>"
                 "<p>If a coach tells you they have returned to use, your response will shape "
                 "whether anyone on your team is honest with you again. Thank them. Ask about "
                 "safety and naloxone. Follow your program's policy, which should focus on "
                 "support, leave and a clear path back. Arrange cover for their work. Share "
                 "only what others need to know to cover it. When they come back, agree on a "
                 "plan together, such as a lighter load at first and more frequent check-ins. "
                 "Module 6 covers this from the coach's side.</p>"
                 "<h2>When someone complains about a coach</h2>"
                 "<p>Sometimes a participant or staff member complains about a coach. Take it "
                 "seriously, and be fair. Hear the coach's side before you decide anything. "
                 "Look at facts, not rumors. Keep the complaint private, shared only with "
                 "people who need to know. Follow your program's process. If the complaint is "
                 "about an ethics violation, such as a boundary crossing, you may have a duty "
                 "to report it under your code or your board's rules. If the complaint comes "
                 "from stigma, such as “I don't want a coach on methadone,” support your "
                 "coach.</p>"
                 "<h2>Who supports the supervisor?</h2>"
                 "<p>Supervisors carry their coaches' hardest days on top of their own. They "
                 "need support too: their own supervision or consultation, peer groups with "
                 "other supervisors, and training. A supervisor who is burned out cannot "
                 "notice burnout in others. Ask your program for what you need, and use "
                 "it.</p>"
                 "<h2>For coaches: what you can ask of supervision</h2>"
                 "<p>Supervision is yours too. You can ask for a regular time and a written "
                 "agreement. You can bring a hard case, a mistake or a feeling, and expect to "
                 "be heard. You can ask your supervisor to explain the peer role to a "
                 "coworker who keeps asking you to do things outside it. You can ask how your "
                 "hours are being recorded and see the record. And if supervision is not "
                 "happening, or crosses a line, you can raise it with the program director "
                 "or, if needed, your certification board.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of the best supervisor or boss you have had. What did they do "
                        "that made it safe to bring a mistake? Now think of one habit of "
                        "your own, as a coach or supervisor, that could make it harder for "
                        "someone to be honest with you."
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "supervision-records-and-attestation",
            "title": "Supervision records and signing for practice hours",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why records matter</h2>"
                 "<p>Most peer credentials require supervised work experience. The IC&amp;RC "
                 "Peer Recovery credential, used by many state boards, sets these minimum "
                 "standards:</p>"
                 "<ul>"
                 "<li>500 hours of paid or volunteer work experience in the peer "
                 "domains;</li>"
                 "<li>46 hours of training: 10 hours each in advocacy, mentoring and "
                 "education, and recovery and wellness support, and 16 hours in ethical "
                 "responsibility;</li>"
                 "<li>25 hours of supervision in the domains, given by an organization's "
                 "documented and qualified supervisory staff;</li>"
                 "<li>passing the IC&amp;RC Peer Recovery exam and signing a code of "
                 "ethics;</li>"
                 "<li>to renew, 20 hours of continuing education every two years, including "
                 "six hours in ethics.</li>"
                 "</ul>"
                 "<p>Member boards may add their own requirements, so always check your state "
                 "board's rules. When a coach applies, the board asks the supervisor to sign "
                 "for the hours. That signature is a promise to the board, and through the "
                 "board, to the public. It says: this person did this work, under my "
                 "supervision, and I can vouch for it.</p>"
                 "<h2>What to record</h2>"
                 "<p>Keep records as you go, not from memory months later. For each coach, "
                 "record:</p>"
                 "<ul>"
                 "<li><strong>Each supervision session:</strong> the date, how long it "
                 "lasted, whether it was one-on-one or a group, and which domains or "
                 "competencies it covered.</li>"
                 "<li><strong>Practice hours:</strong> hours worked in the peer role, with "
                 "the kind of work, reviewed regularly and signed off or returned with a "
                 "reason.</li>"
                 "<li><strong>Skills checks:</strong> role-plays or observations, with the "
                 "date and what was observed.</li>"
                 "<li><strong>The supervision agreement:</strong> signed by both of you, "
                 "with how often you meet, what is covered and the limits of "
                 "confidentiality.</li>"
                 "<li><strong>Goals:</strong> what the coach is working on, and progress.</li>"
                 "</ul>"
                 "<h2>An honest record of skills</h2>"
                 "<p>Hours show time spent. They do not show skill. Good records also note "
                 "what the coach can do. After you watch a role-play or sit in on a group, "
                 "write a line or two: what the coach did well, and one thing to work on. "
                 "Over months, these notes show growth. They also make any later evaluation "
                 "fair, because it rests on what you saw, not on a general impression.</p>"
                 "<h2>What not to record</h2>"
                 "<ul>"
                 "<li><strong>Participants' identities.</strong> Discuss cases without "
                 "names or details that would identify someone. Participants' records are "
                 "protected by 42 CFR Part 2 and HIPAA, and supervision notes are not the "
                 "place for them.</li>"
                 "<li><strong>The coach's own treatment.</strong> Do not write a coach's "
                 "medication, dose, or recovery details in supervision records. If a coach "
                 "asks for an accommodation, that goes through the proper confidential "
                 "process, not into supervision notes.</li>"
                 "<li><strong>Opinions and labels.</strong> Write what was observed and what "
                 "was agreed. Leave out guesses about motives or character.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Sign only what you know",
                    "text": (
                        "Attest only hours you supervised and verified. Rounding up, signing "
                        "for hours someone else supervised, or signing to help a coach meet "
                        "a deadline is dishonest, and it can cost the coach and you your "
                        "credentials."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Honest attestation</h2>"
                 "<p>The pressure to bend the numbers is real. A coach you believe in is ten "
                 "hours short before a deadline. A new job depends on the credential. A "
                 "former supervisor left and no one has their records. It can feel kind to "
                 "sign.</p>"
                 "<p>It is not. The NAADAC code says professionals shall not take part in or "
                 "condone any form of dishonesty, fraud or deceit. A false attestation is "
                 "exactly that. It also harms the people it means to help. If a board finds "
                 "the hours were not real, the coach can lose the credential, and the "
                 "supervisor can face discipline. And the public loses a reason to trust "
                 "peer credentials, which many people worked hard to build.</p>"
                 "<p>What a supervisor can do instead:</p>"
                 "<ul>"
                 "<li>Sign for the hours you can verify, and say plainly what is "
                 "missing.</li>"
                 "<li>Help the coach plan how to earn the rest: more shifts, a volunteer "
                 "role, extra supervision sessions.</li>"
                 "<li>Ask the board what it accepts when records were lost or a supervisor "
                 "left, such as a letter from the agency.</li>"
                 "<li>If another supervisor oversaw some hours, ask them to sign for those "
                 "hours.</li>"
                 "<li>Keep better records from now on, so this does not happen again.</li>"
                 "</ul>"
                 "<h2>Honest evaluations</h2>"
                 "<p>The same honesty applies to performance reviews and reference letters. "
                 "Do not inflate a review because you like someone, or sink one because you "
                 "don't. Do not write a glowing reference for a coach who had serious ethics "
                 "problems, and do not refuse a fair reference out of a grudge. Base what "
                 "you say on the record.</p>"
                 "<p>Be especially careful with a coach who is on medication or who has had "
                 "a return to use. Their treatment is not a performance issue. If their work "
                 "had problems, describe the work. If their work was good, say so, without "
                 "mentioning their treatment.</p>"
                 "<h2>An example</h2>"
                 "<p>Yolanda supervises four coaches at a community peer center. Each month "
                 "she meets each coach for an hour and runs one group supervision session. "
                 "After each session she writes a short note: date, length, one-on-one or "
                 "group, domains covered, and any agreed next steps. No participant names. "
                 "No medication details. Each coach keeps a weekly hours log, which Yolanda "
                 "reviews and initials every two weeks. When one log showed hours on a day "
                 "the center was closed, she asked about it. It was a typing error, and they "
                 "fixed it together.</p>"
                 "<p>When her coach Tomás applied for his credential, Yolanda could sign with "
                 "confidence. Every hour was backed by a record, and the board accepted it "
                 "without questions.</p>"
                 "<h2>For coaches: protect your own record</h2>"
                 "<p>If you are working toward a credential, keep your own copy of your hours "
                 "log and supervision dates. Ask your supervisor to sign as you go. If you "
                 "change jobs, get your hours signed before you leave. Never ask a supervisor "
                 "to sign for more than you did. A credential built on real hours is one you "
                 "can stand behind.</p>"
                 "<h2>Saying no kindly</h2>"
                 "<p>Refusing to sign false hours does not mean refusing to help. A few lines "
                 "that keep the door open:</p>"
                 "<ul>"
                 "<li>“I believe in you, and that's why I won't put your credential at risk. "
                 "Let's find the real hours.”</li>"
                 "<li>“I can sign for everything I supervised. Let's figure out who can sign "
                 "for the rest.”</li>"
                 "<li>“Let's call the board together and ask what they accept.”</li>"
                 "</ul>"
                 "<h2>Common record mistakes</h2>"
                 "<ul>"
                 "<li>Writing notes weeks later from memory.</li>"
                 "<li>Counting a hallway chat as a supervision session.</li>"
                 "<li>Logging hours in a lump sum with no dates.</li>"
                 "<li>Including a participant's name or story in a supervision note.</li>"
                 "<li>Letting logs pile up for months without review.</li>"
                 "<li>Losing records when a supervisor leaves, because they were kept in a "
                 "personal notebook or phone.</li>"
                 "</ul>"
                 "<h2>Keeping records safe</h2>"
                 "<p>Supervision records belong to the program, not to the supervisor "
                 "personally. Keep them where your program keeps personnel records, with "
                 "access limited to people who need them. Follow your program's policy on "
                 "how long to keep them. If you supervise remotely or sign electronically, "
                 "check that your state board accepts the format. When a supervisor leaves, "
                 "the program should make sure every coach's hours are signed and the "
                 "records stay on file.</p>"
                 "<h2>Supervising volunteers and interns</h2>"
                 "<p>Volunteer hours often count toward a credential, and volunteers deserve "
                 "the same honest records as paid staff. The same goes for students on "
                 "placement. Agree at the start who will supervise and sign, how hours will "
                 "be logged, and what happens if the placement ends early.</p>"
                 "<h2>Other things a supervisor signs</h2>"
                 "<p>Hours logs are not the only papers that need a supervisor's signature. "
                 "You may co-sign service notes, time sheets, billing records or training "
                 "certificates. The rule is the same for all of them: sign only what you "
                 "know to be true. A service note must describe a service that really "
                 "happened, on the date it happened, for as long as it says. Signing notes "
                 "for services that did not happen, or padding the time, is not a paperwork "
                 "slip. In programs paid by insurance or Medicaid, it can be fraud. If you "
                 "are pressured to sign something you cannot verify, say no, and take it to "
                 "your own supervisor or your program's compliance officer.</p>"
                 "<h2>When a coach disagrees with a record</h2>"
                 "<p>A coach may think an evaluation is unfair or that hours were left out. "
                 "Listen. Look at the records together. Fix real errors, and write down what "
                 "you changed and why. If you still disagree, let the coach add a written "
                 "comment, and follow your program's process for appeals. A record that both "
                 "people have seen and discussed is stronger than one written in private.</p>"
                 "<h2>Reference requests</h2>"
                 "<p>When a future employer calls about a coach, share only what the coach has "
                 "agreed to and what your program allows. Talk about the work: skills, "
                 "reliability, how they handled hard situations. Never mention a coach's "
                 "medication, treatment or recovery history. That is their private health "
                 "information, and sharing it could expose them to discrimination.</p>"),
                ("scenario", {
                    "title": "Ten hours short",
                    "situation": (
                        "You supervise Kevin, 35, a coach on methadone who is excellent with "
                        "young adults. His state board deadline is Friday. He has 490 "
                        "documented practice hours and 22 documented supervision hours. He "
                        "says, “You know I've done way more than that. Can you just sign for "
                        "500 and 25? I'll make it up.” A job offer depends on the "
                        "credential."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Tell Kevin kindly that you can only sign for what is "
                                "documented, and offer to help him find a way to close the "
                                "gap."
                            ),
                            "feedback": (
                                "Honest and supportive. You protect Kevin's credential and "
                                "your own, and you turn toward solving the real problem."
                            ),
                            "best": True,
                            "next": (
                                "Kevin is disappointed but listens. He says some hours at a "
                                "health fair last spring were never logged, and a former "
                                "supervisor ran some of his early group supervision."
                            ),
                        },
                        {
                            "text": (
                                "Sign for 500 and 25. He is a great coach and the numbers "
                                "are close."
                            ),
                            "feedback": (
                                "This is a false attestation. If discovered, Kevin could "
                                "lose the credential and you could face discipline, however "
                                "good his work is."
                            ),
                            "best": False,
                            "next": (
                                "The board audits the application. Kevin's log does not "
                                "match the hours you signed, and both of you are asked to "
                                "explain."
                            ),
                        },
                        {
                            "text": (
                                "Refuse, and tell him he should have kept better track."
                            ),
                            "feedback": (
                                "Refusing to sign false hours is right, but blaming him "
                                "and stopping there leaves him alone with the problem."
                            ),
                            "best": False,
                            "next": (
                                "Kevin leaves upset. He does not mention the unlogged hours "
                                "he could have documented properly."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "What is the best next step?",
                        "choices": [
                            {
                                "text": (
                                    "Help him document the health fair hours with proof, ask "
                                    "the former supervisor to sign for the sessions they "
                                    "ran, and ask the board about its deadline options."
                                ),
                                "feedback": (
                                    "Every hour is backed by a record and signed by the "
                                    "person who actually supervised it. Asking the board "
                                    "about options is honest and often works."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Sign for the former supervisor's sessions yourself, "
                                    "since you trust that they happened."
                                ),
                                "feedback": (
                                    "You did not supervise those sessions. Only the person "
                                    "who did can attest to them."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell the employer Kevin is fully credentialed so he "
                                    "does not lose the job."
                                ),
                                "feedback": (
                                    "That is untrue and could harm Kevin, the employer and "
                                    "the people he would serve."
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
        "slug": "module-7-check",
        "title": "Module 7 check: Supervising coaches",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "A clinic manager asks supervisor Renee to assign her coaches to watch "
                    "patients give urine samples. What should Renee do?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that monitoring tasks conflict with the peer role and offer "
                     "tasks that fit it", True),
                    ("Assign the task, since coaches are staff like everyone else", False),
                    ("Assign it only to coaches who are not on medication", False),
                    ("Let each coach decide privately without telling the manager", False),
                ],
                "explanation": (
                    "Supervisors protect the peer role from drifting into enforcement. "
                    "Splitting tasks by medication status would be discriminatory, and "
                    "leaving it unresolved does not protect the role."
                ),
            },
            {
                "prompt": (
                    "A coach applying for a credential is 10 practice hours short of the "
                    "minimum. What should the supervisor do?"
                ),
                "multiple": False,
                "choices": [
                    ("Sign only for the verified hours and help the coach plan how to earn "
                     "the rest", True),
                    ("Round up, since the coach is nearly there", False),
                    ("Sign for the full amount and have the coach make up the hours later",
                     False),
                ],
                "explanation": (
                    "Attesting unverified hours is dishonest and can cost both people their "
                    "credentials. Honest support means signing what is true and helping "
                    "close the gap."
                ),
            },
            {
                "prompt": (
                    "Which belong in supervision records? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("The date, length and type of each supervision session", True),
                    ("The domains or competencies covered", True),
                    ("The full names of participants discussed", False),
                    ("The coach's methadone dose", False),
                ],
                "explanation": (
                    "Record session details and domains. Never identify participants, and "
                    "keep the coach's own treatment out of supervision records."
                ),
            },
            {
                "prompt": (
                    "Supervisor Frank notices that coach Lena, who takes buprenorphine, has "
                    "arrived late three times this month. What is the fairest first step?"
                ),
                "multiple": False,
                "choices": [
                    ("Talk with Lena about the late arrivals as he would with any coach, and "
                     "ask whether a schedule change would help", True),
                    ("Ask Lena whether her dose is too high", False),
                    ("Suggest that she think about tapering so she can be more reliable",
                     False),
                    ("Say nothing, since raising it might seem like bias", False),
                ],
                "explanation": (
                    "Address the work, not the medication. A schedule change for treatment "
                    "can be a reasonable accommodation. Asking about dose or suggesting a "
                    "taper is biased and outside his role, and ignoring a real issue is "
                    "unfair to everyone."
                ),
            },
            {
                "prompt": (
                    "According to the N.A.P.S. practice guidelines, who would ideally "
                    "supervise peer support specialists?"
                ),
                "multiple": False,
                "choices": [
                    ("People with lived experience of recovery and of peer support", True),
                    ("Only licensed psychiatrists", False),
                    ("Whoever has the most free time on the team", False),
                ],
                "explanation": (
                    "The guidelines say that ideally peer supporters are supervised by people "
                    "with lived experience of recovery and peer support. When that is not "
                    "possible, supervisors should learn the peer role and its values."
                ),
            },
            {
                "prompt": (
                    "In supervision, coach Andre admits he shared too much of his story with "
                    "a participant and it turned into a conversation about him. What "
                    "response from the supervisor is most helpful?"
                ),
                "multiple": False,
                "choices": [
                    ("Thank him for bringing it, explore what happened and what he felt, "
                     "and plan what he will do next time", True),
                    ("Write him up so he takes it seriously", False),
                    ("Tell him it is no big deal and move on", False),
                    ("Start counseling him about his past", False),
                ],
                "explanation": (
                    "Making it safe to bring mistakes keeps small problems small. Reflection "
                    "and a plan help him grow. Supervision is not therapy, and brushing it "
                    "off misses a learning moment."
                ),
            },
            {
                "prompt": (
                    "Which of these are dual relationships a supervisor should avoid or "
                    "name and get consultation on? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Being a supervisee's sponsor", True),
                    ("Renting a room to a supervisee", True),
                    ("Meeting a supervisee for scheduled supervision", False),
                    ("Attending the same large training as a supervisee", False),
                ],
                "explanation": (
                    "Sponsoring or being a landlord to someone you supervise mixes roles and "
                    "power. Regular supervision and shared trainings are normal parts of the "
                    "job."
                ),
            },
            {
                "prompt": (
                    "A coach's former supervisor left the agency and took no records with "
                    "them. The coach needs those early hours signed. What can the current "
                    "supervisor do?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask the board what it accepts in this case, and help the coach reach "
                     "the former supervisor or get an agency letter", True),
                    ("Sign for those hours, since the coach is trustworthy", False),
                    ("Tell the coach those hours are lost for good", False),
                ],
                "explanation": (
                    "Only someone who supervised the hours can attest to them. Boards often "
                    "have a process for lost records, and the former supervisor may still be "
                    "reachable."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to describe the task-focused and supportive sides of "
            "peer supervision and why supervision by someone with peer experience is ideal.",
            "Participants will be able to list the ethical duties of a supervisor of "
            "recovery coaches.",
            "Participants will be able to keep supervision records and sign practice-hours "
            "attestations honestly.",
            "Participants will be able to supervise coaches in medication-assisted recovery "
            "without bias.",
        ],
        "agenda": [
            {
                "title": "Opening: best and worst supervision",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group. Ask each person to think of the best and worst "
                    "supervision they have had, in any job. Take answers for 8 minutes and "
                    "list them in two columns on the flip chart. Point out which items are "
                    "task-focused and which are supportive. Say: Today we look at what good "
                    "peer supervision looks like, from both chairs."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What did your best supervisor do that made you want to be honest with "
                    "them?",
                    "What did your worst supervisor do that made you hide things?",
                ],
            },
            {
                "title": "Peer supervision and a supervisor's duties",
                "minutes": 12,
                "method": "presentation",
                "description": (
                    "Present the two sides of supervision, the N.A.P.S. guideline that peers "
                    "are ideally supervised by people with lived experience of recovery and "
                    "peer support, and the eight duties from Lesson 1. Give one example for "
                    "each duty from a medication-assisted recovery setting. Spend the last 3 "
                    "minutes on supervising coaches on medication: no pressure to taper, no "
                    "questions about dose, no assumptions, reasonable accommodations, same "
                    "standards for all."
                ),
                "materials": ["Slides: supervision duties", "Handout: Supervisor's checklist"],
            },
            {
                "title": "Role-play: a late coach",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "In triads, run the role-play for 6 minutes, then 3 minutes of observer "
                    "feedback. Bring the group together for 6 minutes of debrief. Ask: Where "
                    "did the supervisor focus on the work? Was there any moment where "
                    "medication came up, and how was it handled? What accommodation ideas "
                    "came up?"
                ),
                "materials": ["Role cards", "Observer checklist"],
                "roles": [
                    "Supervisor",
                    "Coach (Lena, 30, on buprenorphine two years, late three times this "
                    "month)",
                    "Observer",
                ],
                "script": (
                    "The supervisor has asked Lena in for a check-in about late arrivals. "
                    "Lena says: I know I've been late. I'm sorry. My pharmacy changed its "
                    "hours and the only time I can pick up my prescription is right when I "
                    "should be leaving for work. I didn't want to say anything because I "
                    "didn't want it to be a thing about my medication. If the supervisor "
                    "focuses on the work and asks what would help, Lena suggests starting "
                    "30 minutes later two days a week. If the supervisor asks about her "
                    "dose, Lena goes quiet."
                ),
                "observer_checklist": [
                    "Supervisor named the work issue clearly and without blame",
                    "Supervisor did not ask about dose or suggest any change to her "
                    "medication",
                    "Supervisor asked what would help",
                    "Supervisor discussed a schedule change as a possible accommodation",
                    "Supervisor explained how the information would be kept confidential",
                ],
            },
            {
                "title": "Small groups: ten hours short",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give each group the Kevin case from Lesson 2. Groups have 8 minutes to "
                    "list what the supervisor can and cannot sign, and three honest ways to "
                    "help Kevin close the gap. Then each group reports one idea. Review the "
                    "IC&RC Peer Recovery minimums (500 hours of experience, 25 hours of "
                    "supervision, 46 hours of training with 16 in ethics) and remind people "
                    "that state boards may add requirements. Show the sample supervision log "
                    "and point out what is and is not recorded."
                ),
                "materials": ["Case card: Kevin", "Handout: Sample supervision log"],
            },
            {
                "title": "Closing: one change",
                "minutes": 8,
                "method": "discussion",
                "description": (
                    "Ask supervisors to name one change they will make to how they run or "
                    "record supervision. Ask coaches to name one thing they will bring to "
                    "their next supervision session, and one step to protect their own "
                    "hours record. Thank the group and close the course."
                ),
                "materials": [],
                "questions": [
                    "What is one change you will make to your supervision records or "
                    "routine?",
                    "What will you bring to your next supervision session?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Supervisor's checklist",
                "text": (
                    "- Supervision happens on a regular schedule, with a signed agreement.\n"
                    "- Both sides of supervision are covered: the tasks and the support.\n"
                    "- The peer role is protected from clinical and enforcement tasks.\n"
                    "- Every coach is held to the same standards, whatever their pathway or "
                    "medication.\n"
                    "- No questions about dose, tests or take-homes; address the work.\n"
                    "- Accommodation requests go through the confidential process.\n"
                    "- Dual relationships are avoided, or named and discussed with a "
                    "consultant.\n"
                    "- Records are kept as you go, with no participant names and no coach "
                    "treatment details.\n"
                    "- Attestations cover only hours you supervised and verified.\n"
                    "- You use your own supervision and look after your own wellness."
                ),
            },
            {
                "title": "Sample supervision log",
                "text": (
                    "One line per session.\n\n"
                    "- Date: 3/4. Length: 60 minutes. Type: one-on-one. Domains: ethical "
                    "responsibility, advocacy. Notes: discussed a discharge case (no "
                    "names); practised grievance conversation. Next step: review program "
                    "grievance policy.\n"
                    "- Date: 3/18. Length: 90 minutes. Type: group. Domains: mentoring and "
                    "education. Notes: role-play on sharing your story with purpose. Next "
                    "step: each coach writes a two-sentence story.\n\n"
                    "Not recorded: participant names or details, the coach's medication or "
                    "dose, opinions about character.\n\n"
                    "Hours log: reviewed and initialed every two weeks; errors corrected "
                    "together."
                ),
            },
        ],
    },
}
