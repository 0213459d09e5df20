"""Ethics for Recovery Coaches module 1: Values and codes of ethics. Why peers have codes, the
codes a coach will meet (NAADAC/NCC AP, NCPRSS, IC&RC and state boards, N.A.P.S. guidelines),
core values, how codes treat people on medication, and values conflicts with the coach's own path."""

MODULE = {
    "slug": "values-and-codes-of-ethics",
    "title": "Values and codes of ethics",
    "domain": "ethical-responsibility",
    "intro": (
        "Why peers have codes of ethics, which codes a recovery coach will meet, the values "
        "behind them, and how those codes protect people who take medication for opioid use "
        "disorder. You will also practice what to do when your own recovery path differs from "
        "the path of the person you support."
    ),
    "minutes": 120,
    "sources": [
        "NAADAC, the Association for Addiction Professionals, and the National Certification "
        "Commission for Addiction Professionals (NCC AP). Code of Ethics. Effective January 1, 2021.",
        "NAADAC and NCC AP. National Certified Peer Recovery Support Specialist (NCPRSS) Code of "
        "Ethics. Undated, as posted by NAADAC.",
        "International Certification and Reciprocity Consortium (IC&RC). Peer Recovery (PR) "
        "credential standards, and the IC&RC Peer Recovery Code of Ethics as posted by member "
        "boards. Undated.",
        "National Association of Peer Supporters (N.A.P.S.). National Practice Guidelines for "
        "Peer Supporters. 2013.",
        "Foglesong D, et al. National Practice Guidelines for Peer Support Specialists and "
        "Supervisors. Psychiatric Services, 2022.",
        "Virginia Department of Behavioral Health and Developmental Services. Code of Ethical "
        "Conduct for Peer Recovery Specialists. Undated.",
        "SAMHSA. SAMHSA's Working Definition of Recovery: 10 Guiding Principles of Recovery. 2012.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "SAMHSA. National Model Standards for Peer Support Certification. 2023.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "U.S. Department of Justice, Civil Rights Division. The Americans with Disabilities Act "
        "and the Opioid Crisis: Combating Discrimination Against People in Treatment or "
        "Recovery. 2022.",
        "White W, and the PRO-ACT Ethics Workgroup. Ethical Guidelines for the Delivery of "
        "Peer-based Recovery Support Services. 2007.",
        "Suzuki J, Loguidice F, Martin B. Attitudes Regarding Medications for Opioid Use "
        "Disorder Among Peer Recovery Coaches. Journal of Addiction Medicine, 2022.",
        "Ambivalence and contingencies: A qualitative examination of peer recovery coaches' "
        "attitudes toward medications for opioid use disorder. Journal of Substance Use and "
        "Addiction Treatment, 2023.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "why-ethics-matters-for-peers",
            "title": "Why peers have codes of ethics",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Trust is the work</h2>"
                 "<p>People come to a recovery coach at hard moments. They may have just left "
                 "jail. They may be in their first week at a methadone clinic. They may be "
                 "pregnant and scared of losing their kids. Many of them have been judged, let "
                 "down or hurt by helpers before. Some were told that taking methadone or "
                 "buprenorphine meant they were not really in recovery.</p>"
                 "<p>What you offer is a relationship. It is built on lived experience, respect "
                 "and trust. You cannot give a pill or write a plan. You give the person a "
                 "chance to be understood by someone who has been there. That only works if "
                 "they can trust you. Ethics is how we protect that trust.</p>"
                 "<h2>What a code of ethics is</h2>"
                 "<p>A code of ethics is a written set of standards. A profession or a "
                 "credentialing board writes it. Its members promise to follow it. Most peer "
                 "credentials ask you to read and sign a code before you are certified. A "
                 "board can look into a complaint against you. If you broke the code, it can "
                 "take action. That can go as far as taking away your credential.</p>"
                 "<p>A code does four jobs at once:</p>"
                 "<ul>"
                 "<li><strong>It protects the people you serve.</strong> It tells them what "
                 "they can expect from you, and what you will never do.</li>"
                 "<li><strong>It guides you.</strong> When a situation is confusing, the code "
                 "gives you a place to start.</li>"
                 "<li><strong>It protects the role.</strong> Peer support is still young. "
                 "When one coach does harm, people lose faith in all of us. Clear standards "
                 "help programs, funders and clinics trust peers.</li>"
                 "<li><strong>It gives people a voice.</strong> If a coach does harm, the "
                 "person has somewhere to turn.</li>"
                 "</ul>"
                 "<h2>“But I'm just a peer”</h2>"
                 "<p>Some coaches feel that codes are for doctors and counselors. After all, "
                 "we are equals. We walk beside people, not above them. That is true, and it "
                 "matters. But a paid or trained peer still holds some power.</p>"
                 "<ul>"
                 "<li>You may know things about the person that few others know.</li>"
                 "<li>You may write notes that go into a record.</li>"
                 "<li>You may have a say in who gets into a group, a house or a program.</li>"
                 "<li>Staff may listen to you about the person.</li>"
                 "<li>The person may want your approval very badly.</li>"
                 "</ul>"
                 "<p>Power does not make you a bad person. It means you have to use it with "
                 "care. In 2007, William White and an ethics workgroup from a Pennsylvania "
                 "recovery community organization wrote some of the first ethical guidelines "
                 "for peer recovery support. They pointed out that a helping role carries a "
                 "duty to care for the other person, because the two people do not hold equal "
                 "power, even when it feels like friendship. Managing boundaries is part of "
                 "the work. Peer closeness is a gift. It also makes the lines harder to "
                 "see.</p>"
                 "<h2>Why peers face their own challenges</h2>"
                 "<ul>"
                 "<li><strong>Closeness is part of the role.</strong> You share your story. "
                 "You may meet people in their homes or at the clinic. The relationship can "
                 "start to feel like a friendship.</li>"
                 "<li><strong>Small worlds.</strong> You may dose at the same clinic, live on "
                 "the same block, or go to the same meetings as the people you serve. In a "
                 "rural county, you may know their whole family.</li>"
                 "<li><strong>Your own recovery is in the room.</strong> Someone's story can "
                 "stir up your own memories, triggers and hopes.</li>"
                 "<li><strong>You may be the only peer on the team.</strong> Staff may ask "
                 "you to act like a counselor, or to keep an eye on people for the program. "
                 "Module 2 covers how to stay in your role.</li>"
                 "</ul>"
                 "<h2>Law, policy, codes and supervision</h2>"
                 "<p>Four things guide what a coach does. Each one does a different job.</p>"
                 "<ul>"
                 "<li><strong>Laws</strong> set the lowest bar that society will enforce. "
                 "Privacy laws are an example. Module 4 covers them.</li>"
                 "<li><strong>Program policies</strong> are the rules of your workplace.</li>"
                 "<li><strong>Codes of ethics</strong> set the standards your field holds "
                 "itself to. They often ask more of you than the law does.</li>"
                 "<li><strong>Supervision</strong> is where you talk through hard situations "
                 "with someone who knows the role.</li>"
                 "</ul>"
                 "<p>Most of the time, all four point the same way. Sometimes they do not. A "
                 "program rule may seem to go against a person's rights. A code may be silent "
                 "on a new problem, like a message on social media. That is when careful "
                 "thinking matters most. Module 5 teaches a step-by-step way to work through "
                 "those moments.</p>"
                 "<h2>Ethics in medication-assisted recovery</h2>"
                 "<p>People who take medication for opioid use disorder (MOUD) often carry "
                 "scars from helpers. Some were told to get off their “crutch.” Some were "
                 "asked not to share at meetings. Some were turned away from recovery housing. "
                 "Some were pushed to taper before they were ready. When you follow a code of "
                 "ethics, you make a promise that you will not add to that harm. You will "
                 "respect their pathway. You will stay in your role. You will be honest. And "
                 "you will treat them with the same respect as anyone else in recovery.</p>"
                 "<p>That promise is the heart of peer programs built on the MARS model. They "
                 "were started by people on medication, for people on medication. A code of "
                 "ethics puts that respect in writing, so it does not depend on one coach's "
                 "mood or beliefs.</p>"),
                ("callout", {
                    "title": "Key point",
                    "text": (
                        "A code of ethics is not a list of ways to get fired. It is a promise "
                        "to the people you serve, and a guide for you when the right thing "
                        "to do is not clear."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>What happens when something goes wrong</h2>"
                 "<p>Most ethical slips are not big scandals. They are small things that "
                 "build up. A coach lends twenty dollars. A coach tells a friend a story that "
                 "was shared in private. A coach says “you should really think about getting "
                 "off that stuff.” Each one chips away at trust.</p>"
                 "<p>When you make a mistake, the ethical move is to own it. Tell your "
                 "supervisor. Repair what you can with the person. Learn from it. Hiding a "
                 "mistake almost always makes it worse. Supervisors and boards tend to treat "
                 "an honest slip very differently from a pattern that was covered up.</p>"
                 "<p>If someone files a complaint, the board will usually look at what "
                 "happened, ask for your side, and compare it with the code you signed. That "
                 "is one more reason to know your code well before you need it.</p>"
                 "<h2>Ethics lives in small moments</h2>"
                 "<p>Most of your ethical choices will not feel like big decisions. They show "
                 "up in ordinary days. Here are a few you may meet in your first month.</p>"
                 "<ul>"
                 "<li><strong>In the clinic line.</strong> A man you support asks, loud "
                 "enough for others to hear, whether you talked to his counselor. Respect "
                 "and privacy say: step aside and talk quietly, or later.</li>"
                 "<li><strong>On your phone.</strong> A woman you support sends a friend "
                 "request at midnight. Your code and your program's policy on social media "
                 "decide what you do. Module 3 covers this.</li>"
                 "<li><strong>At the peer center.</strong> Two members argue about whose "
                 "recovery counts more. Justice says every pathway gets the same "
                 "respect.</li>"
                 "<li><strong>In a team meeting.</strong> A nurse asks what you think of "
                 "someone's dose. Staying in your role says: “That's a question for the "
                 "prescriber. I can help her describe what she feels.”</li>"
                 "<li><strong>At the grocery store.</strong> You run into someone you "
                 "support with their kids. You let them decide whether to say hello.</li>"
                 "</ul>"
                 "<p>None of these needs a rule book in the moment. They need habits. You "
                 "build those habits by knowing your values, knowing your code, and talking "
                 "about small moments in supervision before they turn into big ones.</p>"
                 "<h2>Ethics protects you too</h2>"
                 "<p>Clear standards are not only for the people you serve. They also "
                 "protect your own recovery. A coach with no limits can burn out fast. A "
                 "coach who is always on call, who lends money, or who takes on everyone's "
                 "problems can end up in crisis. Many peer codes start with your own "
                 "recovery for that reason. Virginia's peer code, for example, lists "
                 "“Recovery First” as its first principle. Module 6 goes deeper on caring "
                 "for yourself in this work.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a helper who earned your trust early in your own recovery, "
                        "or someone who lost it. What did they do, or refuse to do? What does "
                        "that tell you about the kind of coach you want to be?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "codes-of-ethics-for-peer-workers",
            "title": "The codes you will meet",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Which code applies to you?</h2>"
                 "<p>There is no single code for every recovery coach in the country. The "
                 "code you must follow depends on who gives you your credential. The basic "
                 "rule is simple: <strong>you follow the code of the board that credentials "
                 "you.</strong> If you work for a program, you also follow its policies and "
                 "any code it asks staff to sign. If you hold more than one credential, you "
                 "follow each code. When two codes differ, the safe choice is to meet the "
                 "stricter one and ask your supervisor.</p>"
                 "<p>Below are the codes and guidelines you are most likely to meet.</p>"
                 "<h2>The NAADAC/NCC AP Code of Ethics</h2>"
                 "<p>NAADAC is the Association for Addiction Professionals. NCC AP is its "
                 "National Certification Commission for Addiction Professionals. Together "
                 "they publish a Code of Ethics. The current version took effect on January "
                 "1, 2021.</p>"
                 "<p>Who does it cover? The code's introduction says the terms “addiction "
                 "professionals” and “providers” include NAADAC members, certified or "
                 "licensed counselors, and other service providers along the continuum of "
                 "care, from prevention through recovery. Peer recovery support sits on that "
                 "continuum. The code is the standard of conduct for people certified by NCC "
                 "AP, and state boards and schools also use it to judge conduct.</p>"
                 "<p>The code has an introduction and nine principles:</p>"
                 "<ol>"
                 "<li>The Counseling Relationship</li>"
                 "<li>Confidentiality and Privileged Communication</li>"
                 "<li>Professional Responsibilities and Workplace Standards</li>"
                 "<li>Working in a Culturally-Diverse World</li>"
                 "<li>Assessment, Evaluation and Interpretation</li>"
                 "<li>E-Therapy, E-Supervision and Social Media</li>"
                 "<li>Supervision and Consultation</li>"
                 "<li>Resolving Ethical Concerns</li>"
                 "<li>Publication and Communications</li>"
                 "</ol>"
                 "<p>Some of these sections are written for counselors. Principle V, on "
                 "assessment, covers work a peer does not do. But much of the code speaks "
                 "to any helper. A coach will lean most on the sections about the helping "
                 "relationship, confidentiality, workplace standards, culture, social media, "
                 "supervision and resolving concerns.</p>"
                 "<p>A few of its plain rules matter a great deal in our work. Providers must "
                 "not discriminate based on race, ethnicity, age, disability, religion, "
                 "gender, gender identity, sexual orientation, pregnancy, language, income, "
                 "immigration status, veteran status, “or any other basis.” They must give "
                 "services that are nondiscriminatory and nonjudgmental. They must not "
                 "exploit anyone, and they must keep proper boundaries. They must be honest. "
                 "Breaking the code can lead to sanctions, up to losing NAADAC membership and "
                 "NCC AP certification for good.</p>"
                 "<h2>The NCPRSS Code of Ethics</h2>"
                 "<p>NCC AP also offers a national peer credential, the National Certified "
                 "Peer Recovery Support Specialist (NCPRSS). It has its own short code, "
                 "written just for peers. Its opening lays out the role in a few lines:</p>"
                 "<ul>"
                 "<li>Peers help people reach their own recovery goals by promoting "
                 "self-determination, personal responsibility and the power of self-directed "
                 "recovery.</li>"
                 "<li>Peers keep high standards of personal conduct that support their own "
                 "recovery.</li>"
                 "<li>Peers act as advocates for the people they serve.</li>"
                 "<li>Peers do not work outside the limits of their training. They know their "
                 "limits and work with other professionals.</li>"
                 "<li>Peers do not work on their own. They work under supervision.</li>"
                 "</ul>"
                 "<h2>IC&amp;RC and your state board</h2>"
                 "<p>IC&amp;RC is the International Certification and Reciprocity Consortium. "
                 "It does not certify people directly. It sets standards and exams, and its "
                 "member boards in each state give the credential. Its peer credential is "
                 "called Peer Recovery (PR). Your state's name for it may be different, such "
                 "as Certified Peer Recovery Specialist.</p>"
                 "<p>IC&amp;RC's standards are a floor. Member boards can add their own rules. "
                 "Under the PR standards, you need 46 hours of training, and 16 of those "
                 "hours must be in ethical responsibility. You must sign a peer recovery code "
                 "of ethics, or affirm that you have read it and will follow it. To renew "
                 "every two years, you need 20 hours of continuing education, and six of "
                 "them must be in ethics.</p>"
                 "<p>The IC&amp;RC Peer Recovery Code of Ethics, as member boards post it, "
                 "opens much like the NCPRSS code. It stresses self-determination, personal "
                 "responsibility and self-directed recovery. It says peers stay within the "
                 "scope of their training, work with other professionals, and work only "
                 "under supervision. Note one difference: the two national peer codes set "
                 "different minimum amounts of supervision. That is exactly why you need to "
                 "read your own.</p>"
                 "<h2>State peer codes</h2>"
                 "<p>Many states write their own peer code, or add to a national one. Each "
                 "board has its own. Two examples show how much they can differ.</p>"
                 "<ul>"
                 "<li>Virginia's code for Peer Recovery Specialists says peers will advocate "
                 "for a person's right to choose their own recovery pathways and recovery "
                 "communities. It bars discrimination based on a person's mental or physical "
                 "condition.</li>"
                 "<li>An Illinois peer code asks specialists to attest to two years of "
                 "abstinence from alcohol and illicit substances. Prescribed medication is not "
                 "an illicit substance. Still, wording like this can worry a coach who takes "
                 "methadone or buprenorphine. If your board's code has a recovery rule, read "
                 "the exact words, and ask the board in writing how it applies to prescribed "
                 "medication.</li>"
                 "</ul>"
                 "<h2>The N.A.P.S. National Practice Guidelines</h2>"
                 "<p>The National Association of Peer Supporters (N.A.P.S.) published the "
                 "National Practice Guidelines for Peer Supporters in 2013. Peer supporters "
                 "across the country helped write them. Later, N.A.P.S. added guidance for "
                 "supervisors: the National Practice Guidelines for Peer Specialists and "
                 "Supervisors. It grew out of member concerns that some supervision clashed "
                 "with peer values.</p>"
                 "<p>These guidelines are not a code with sanctions. No board enforces them. "
                 "But they are widely used, and they describe what peer values look like in "
                 "daily work. They name twelve core values:</p>"
                 "<ol>"
                 "<li>Peer support is voluntary.</li>"
                 "<li>Peer supporters are hopeful.</li>"
                 "<li>Peer supporters are open minded.</li>"
                 "<li>Peer supporters are empathetic.</li>"
                 "<li>Peer supporters are respectful.</li>"
                 "<li>Peer supporters facilitate change.</li>"
                 "<li>Peer supporters are honest and direct.</li>"
                 "<li>Peer support is mutual and reciprocal.</li>"
                 "<li>Peer support is equally shared power.</li>"
                 "<li>Peer support is strengths-focused.</li>"
                 "<li>Peer support is transparent.</li>"
                 "<li>Peer support is person-driven.</li>"
                 "</ol>"
                 "<h2>National guidance from SAMHSA</h2>"
                 "<p>SAMHSA, the federal Substance Abuse and Mental Health Services "
                 "Administration, is not a board. It does not enforce a code. But two of its "
                 "papers shape how boards think. The Core Competencies for Peer Workers "
                 "(2015) list the skills and attitudes peers need. They say peer support is "
                 "recovery-oriented, person-centered and voluntary, and that there are many "
                 "pathways to recovery. The National Model Standards for Peer Support "
                 "Certification (2023) give states a model for their peer credentials. Ethics "
                 "is one of the standards. The model standards do not replace any state's "
                 "rules.</p>"),
                ("callout", {
                    "title": "Action step this week",
                    "text": (
                        "Find the exact code of the board you will apply to, and your "
                        "employer's code or policy. Print them or save them on your phone. "
                        "Mark anything that surprises you or worries you, and bring it to "
                        "supervision."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>How to read a code</h2>"
                 "<p>Codes can be dry. Here is a quick way to make one useful.</p>"
                 "<ol>"
                 "<li>Read the opening first. It tells you who the code covers and what it "
                 "is for.</li>"
                 "<li>Circle every “shall” and “shall not.” Those are firm rules.</li>"
                 "<li>Look for words about recovery pathways, medication, discrimination and "
                 "scope.</li>"
                 "<li>Find the rules on supervision and how to report a concern.</li>"
                 "<li>Write down one question to ask your supervisor.</li>"
                 "</ol>"
                 "<p>No code lists every situation. When the code is silent, go back to the "
                 "values behind it, and talk it through in supervision.</p>"
                 "<h2>When your workplace and your code clash</h2>"
                 "<p>Most programs want their peers to follow their code. But now and then, "
                 "a coach is asked to do something that seems to go against it. A manager "
                 "may ask you to tell the team who seemed high in the waiting room. A "
                 "program may ask you to push people to taper. A supervisor who is not a "
                 "peer may not know what your code says.</p>"
                 "<p>Here is a calm way to handle it:</p>"
                 "<ol>"
                 "<li>Ask questions first. What exactly is being asked, and why?</li>"
                 "<li>Find the part of your code that applies. Have it in front of you.</li>"
                 "<li>Raise it with your supervisor, in private. Say which rule worries you "
                 "and suggest another way to meet the program's goal.</li>"
                 "<li>If it is still not settled, follow your program's process for "
                 "concerns. Write down what was said and when.</li>"
                 "</ol>"
                 "<p>The N.A.P.S. guidelines for supervisors were written in part for this. "
                 "They help supervisors understand peer values, so peers are not pushed "
                 "into roles that clash with them. Sharing them with a supervisor is often "
                 "a good first step.</p>"
                 "<h2>Keep it close</h2>"
                 "<p>A code does no good in a drawer. Keep a copy where you can reach it. "
                 "Reread it when you start a new job, when you renew your credential, and "
                 "after any situation that left you uneasy. Each time, you will notice "
                 "something new, because you will have lived more of the work.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Dominic holds a state peer credential through his state's "
                            "IC&RC member board. His agency also has a staff code of conduct. "
                            "Which code does he follow?"
                        ),
                        "choices": [
                            ("Both: his board's peer code and his employer's code, meeting the "
                             "stricter rule where they differ", True),
                            ("Only the NAADAC code, because it covers all addiction "
                             "professionals", False),
                            ("Only the N.A.P.S. guidelines, because they were written by "
                             "peers", False),
                        ],
                        "explanation": (
                            "A coach follows the code of the board that credentials them, "
                            "plus the employer's rules. The N.A.P.S. guidelines are valuable "
                            "but are not an enforced code."
                        ),
                    },
                    {
                        "prompt": (
                            "Which statement about the N.A.P.S. National Practice Guidelines "
                            "is accurate?"
                        ),
                        "choices": [
                            ("They name twelve core values of peer support and guide practice, "
                             "but no board enforces them as a code", True),
                            ("They replace state codes of ethics", False),
                            ("They were written by SAMHSA for clinicians", False),
                        ],
                        "explanation": (
                            "The guidelines were written with peer supporters across the "
                            "country. They describe values in practice. They do not carry "
                            "sanctions and do not replace a board's code."
                        ),
                    },
                    {
                        "prompt": (
                            "Your board's code asks peers to attest to a period of "
                            "“abstinence from alcohol and illicit substances.” You take "
                            "buprenorphine as prescribed. What is the best next step?"
                        ),
                        "choices": [
                            ("Read the exact wording and ask the board in writing how it "
                             "applies to prescribed medication", True),
                            ("Stop your medication before you apply", False),
                            ("Leave your medication off the application and hope no one "
                             "asks", False),
                        ],
                        "explanation": (
                            "Prescribed medication is not an illicit substance, but wording "
                            "differs by board. Ask in writing. Never stop a medication to fit "
                            "a form, and never be dishonest on an application."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "core-ethical-principles",
            "title": "Core values in daily practice",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Values first, rules second</h2>"
                 "<p>Every code rests on a few values. If you know the values well, you can "
                 "find your way even when the code is silent. Helping fields often use six "
                 "classic principles: autonomy (a person's right to choose), beneficence "
                 "(doing good), nonmaleficence (doing no harm), justice, fidelity (keeping "
                 "promises) and veracity (telling the truth). Peer support adds its own "
                 "values, like hope, mutuality and shared power.</p>"
                 "<p>This lesson looks at six values you will use every day: mutuality, "
                 "self-determination, respect, honesty, do no harm, and justice. For each "
                 "one, we look at what it means, what it looks like, and what it is not.</p>"
                 "<h2>Mutuality</h2>"
                 "<p>Mutuality means the relationship goes both ways. You are not the expert "
                 "and the person is not your patient. You both learn. N.A.P.S. puts it as "
                 "“peer support is mutual and reciprocal” and “equally shared power.”</p>"
                 "<p><strong>What it looks like:</strong> Mrs. Tran, 71, has been on methadone "
                 "for twenty years. She knows more about her clinic than you do. You ask her "
                 "what has helped her stay steady, and you learn from her answer.</p>"
                 "<p><strong>What it is not:</strong> Mutuality does not mean you dump your "
                 "own problems on the person. It does not mean you become best friends. The "
                 "focus stays on their goals. You share your story when it helps them, not "
                 "to get support for yourself.</p>"
                 "<h2>Self-determination</h2>"
                 "<p>Self-determination means the person runs their own life and their own "
                 "recovery. They choose their goals, their pathway and their pace. The peer "
                 "codes you read in Lesson 2 all name it. SAMHSA's guiding principles say "
                 "recovery is person-driven.</p>"
                 "<p><strong>What it looks like:</strong> Andre, 34, wants to find work "
                 "before he thinks about a support group. You help with the job search. You "
                 "do not make the group a condition of your help.</p>"
                 "<p><strong>What it is not:</strong> Self-determination does not mean you "
                 "stay silent when you are worried. You can share honest concerns and safety "
                 "facts. Then the choice is theirs. It also does not mean you do everything "
                 "for them. Doing for people what they can do for themselves takes away "
                 "their power.</p>"
                 "<h2>Respect</h2>"
                 "<p>Respect means treating each person as a whole human being with dignity. "
                 "It shows in the words you use, how you listen, and whether you keep your "
                 "word.</p>"
                 "<p><strong>What it looks like:</strong> You say “a person with opioid use "
                 "disorder,” not a label. You say “return to use,” not a word that shames. "
                 "You show up on time. You call back when you said you would. You ask how "
                 "Ms. Begay wants to be addressed, and you learn how her culture and family "
                 "shape her recovery.</p>"
                 "<p><strong>What it is not:</strong> Respect is not just being polite. You "
                 "can be friendly and still talk down to someone. Respect means you believe "
                 "the person is the expert on their own life.</p>"
                 "<h2>Honesty</h2>"
                 "<p>Honesty means telling the truth, even when it is awkward. N.A.P.S. says "
                 "peer supporters are “honest and direct” and that peer support is "
                 "“transparent.” The NAADAC code asks providers to communicate honestly and "
                 "accurately.</p>"
                 "<p><strong>What it looks like:</strong> You explain at the start what you "
                 "can and cannot keep private. You say “I don't know, let's find out” "
                 "instead of guessing. You write notes that are true. You tell your "
                 "supervisor when you make a mistake.</p>"
                 "<p><strong>What it is not:</strong> Honesty is not bluntness for its own "
                 "sake. It is not sharing every opinion you have about someone's choices. "
                 "Be honest about facts and about your role. Be careful with judgments.</p>"
                 "<h2>Do no harm</h2>"
                 "<p>Do no harm means you think about how your words and actions could hurt "
                 "someone, and you avoid that. Harm can be loud, like exploiting someone. It "
                 "can also be quiet, like a careless comment about someone's dose.</p>"
                 "<p><strong>What it looks like:</strong> You do not give medical advice. You "
                 "make sure people know about naloxone, the overdose rescue medicine. You "
                 "do not share someone's story without their permission. You do not push a "
                 "pathway that could put them at risk.</p>"
                 "<p><strong>What it is not:</strong> Do no harm does not mean avoiding every "
                 "risk for the person. Adults have the right to make choices that carry "
                 "risk. Your job is to help them see the risks clearly and stay as safe as "
                 "they can.</p>"
                 "<h2>Justice</h2>"
                 "<p>Justice means fairness. Everyone gets the same respect and the same "
                 "effort, no matter their race, income, gender, history, or the medicine "
                 "they take. It also means speaking up when a system treats people "
                 "unfairly.</p>"
                 "<p><strong>What it looks like:</strong> You work just as hard for Luis, "
                 "who just came home from prison, as for a church deacon in long-term "
                 "recovery. You notice when a recovery house near you will not take people "
                 "on medication, and you help people find houses that will.</p>"
                 "<p><strong>What it is not:</strong> Justice does not mean treating everyone "
                 "exactly the same. A person who does not read well may need you to read a "
                 "form aloud. A mother with a newborn may need a home visit. Fair means "
                 "everyone gets what they need to take part.</p>"),
                ("callout", {
                    "title": "Tip: name the value",
                    "text": (
                        "When something feels wrong, ask yourself which value is at stake. "
                        "Naming it turns an uneasy feeling into something you can talk "
                        "about in supervision."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>When values collide</h2>"
                 "<p>Most hard moments in this work are not right against wrong. They are "
                 "right against right. Two good values pull in different directions.</p>"
                 "<p>Think about Keisha. She is 27 and pregnant, and she is on buprenorphine. "
                 "She tells you she plans to skip her next prenatal visit because she is "
                 "afraid the hospital will call child welfare. Self-determination says it is "
                 "her choice. Do no harm says her health and her baby's health matter. "
                 "Honesty says you should share what you know about the risks of missing "
                 "care.</p>"
                 "<p>Naming the values helps. You might say: “It's your call, and I'll "
                 "respect it. Can I share why I'm worried? And can we look at what would make "
                 "that visit feel safer?” You honor her choice and still speak up. Later "
                 "modules go deeper on pregnancy, child welfare and making hard "
                 "decisions.</p>"
                 "<p>When values collide, you do not have to solve it alone. Bring it to "
                 "supervision. Say which values are pulling against each other. That is what "
                 "supervision is for.</p>"
                 "<h2>Hope holds it all together</h2>"
                 "<p>There is one more value under all the others: hope. N.A.P.S. says peer "
                 "supporters are hopeful. SAMHSA's guiding principles say recovery emerges "
                 "from hope. Hope is why your story matters. When you sit with someone who "
                 "feels stuck, you are living proof that things can change.</p>"
                 "<p>Hope also keeps the other values honest. Without hope, respect can turn "
                 "into pity. Do no harm can turn into fear of every risk. Self-determination "
                 "can turn into giving up on someone. With hope, you can say: “You get to "
                 "choose, and I believe you can build the life you want.”</p>"
                 "<h2>Putting values into words</h2>"
                 "<p>Values show up most clearly in what you say. Here are a few phrases that "
                 "put each value to work:</p>"
                 "<ul>"
                 "<li><strong>Mutuality:</strong> “I've learned a lot from how you handle "
                 "this.”</li>"
                 "<li><strong>Self-determination:</strong> “What would you like to work on "
                 "first?”</li>"
                 "<li><strong>Respect:</strong> “How would you like me to refer to you?”</li>"
                 "<li><strong>Honesty:</strong> “I don't know the answer. Let's find "
                 "out.”</li>"
                 "<li><strong>Do no harm:</strong> “Do you have naloxone at home?”</li>"
                 "<li><strong>Justice:</strong> “You have the same right to that program as "
                 "anyone else.”</li>"
                 "</ul>"
                 "<p>Try them out loud. They will feel awkward at first. With practice, they "
                 "will start to sound like you.</p>"),
                ("reflection", {
                    "prompt": (
                        "Of the six values in this lesson, which comes most naturally to you, "
                        "and which is hardest for you to live out? Describe a moment, in your "
                        "own recovery or at work, when two of these values pulled against "
                        "each other."
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "how-codes-treat-people-on-medication",
            "title": "How codes treat people on medication",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Three promises</h2>"
                 "<p>Codes of ethics do not always say “methadone” or “buprenorphine” by "
                 "name. But read together, the codes and the national guidance make three "
                 "promises to people who take medication for opioid use disorder (MOUD):</p>"
                 "<ol>"
                 "<li>You will not treat them worse because of their medication.</li>"
                 "<li>You will support the pathway they choose.</li>"
                 "<li>You will never pressure them to stop a prescribed medication.</li>"
                 "</ol>"
                 "<h2>Promise 1: non-discrimination</h2>"
                 "<p>The NAADAC/NCC AP code bars discrimination based on disability and many "
                 "other things, and it ends with “or any other basis.” It also asks for "
                 "services that are nonjudgmental. Virginia's peer code bars discrimination "
                 "based on a person's mental or physical condition.</p>"
                 "<p>The law points the same way. In 2022 the U.S. Department of Justice "
                 "explained how the Americans with Disabilities Act (ADA) protects people "
                 "with opioid use disorder. A person in treatment or recovery who is not "
                 "using drugs illegally usually has a disability under the ADA. That includes "
                 "people taking legally prescribed medication for their opioid use disorder. "
                 "The Recovery Coach Training covers the ADA in more depth.</p>"
                 "<p>For a coach, non-discrimination looks like this:</p>"
                 "<ul>"
                 "<li>You do not rank people by pathway. A person on methadone is not “less "
                 "in recovery” than a person who does not take medication.</li>"
                 "<li>You celebrate milestones for everyone, including people on "
                 "medication.</li>"
                 "<li>You do not refer people to groups, houses or programs that will shame "
                 "or reject them for their medication, unless you warn them and they still "
                 "choose to go.</li>"
                 "<li>You speak up when a group or program treats people on medication "
                 "unfairly.</li>"
                 "</ul>"
                 "<h2>Promise 2: supporting all pathways</h2>"
                 "<p>SAMHSA's guiding principles say recovery “occurs via many pathways.” The "
                 "IC&amp;RC peer exam includes advocating for the multiple pathways to "
                 "recovery. SAMHSA's core competencies say peers empower people to choose for "
                 "themselves, because there are many pathways. Virginia's code says peers "
                 "will advocate for a person's right to pick their own pathways and recovery "
                 "communities.</p>"
                 "<p>Medication is one of those pathways, and a strong one. SAMHSA's TIP 63, "
                 "the federal guide on MOUD, says medication is integral to recovery for many "
                 "people with opioid use disorder. Part 4 of TIP 63 is written in part for "
                 "peer recovery support specialists who work with people on medication.</p>"
                 "<p>Supporting all pathways also means respecting people who choose not to "
                 "take medication, or who use a faith path, a mutual aid group, or a mix. "
                 "The point is that the person chooses. The MAT course covers how each "
                 "medication works.</p>"
                 "<h2>Promise 3: no pressure to stop</h2>"
                 "<p>This one is simple to say and sometimes hard to live. <strong>A coach "
                 "never pressures anyone to stop or lower a prescribed medication.</strong> "
                 "Several parts of the codes point here:</p>"
                 "<ul>"
                 "<li>The peer codes say peers do not work outside their training. Deciding "
                 "on a dose or a taper is medical work.</li>"
                 "<li>The codes put self-determination first. The person decides, with their "
                 "prescriber.</li>"
                 "<li>Do no harm: stopping medication before a person is ready can raise the "
                 "risk of return to use and overdose.</li>"
                 "</ul>"
                 "<p>This matters because it really happens. In a 2023 study, researchers "
                 "talked with peer recovery coaches in Michigan. Most supported many recovery "
                 "pathways. But some saw medication as acceptable only for a short time. "
                 "Coaches with doubts about MOUD said they sometimes avoided the topic, spread "
                 "wrong information, or encouraged people to stop treatment. Many of those "
                 "same coaches also said they wanted to respect people's own choices. Good "
                 "intentions are not enough. We need a clear line.</p>"
                 "<h2>When the person wants to taper</h2>"
                 "<p>Sometimes the person brings it up. “I want to get off methadone by "
                 "summer.” That is their right too. Your job is not to talk them out of it or "
                 "into it. You can:</p>"
                 "<ul>"
                 "<li>Ask what matters to them about tapering, and what they hope will "
                 "change.</li>"
                 "<li>Encourage them to plan it with their prescriber, not on their own.</li>"
                 "<li>Help them think about supports, like people to call and a plan for hard "
                 "days.</li>"
                 "<li>Make sure they have naloxone, because tolerance drops after a "
                 "taper.</li>"
                 "<li>Let them know the door stays open if they decide to go back on "
                 "medication. That is not failure.</li>"
                 "</ul>"
                 "<p>You never set a timeline, suggest a dose, or say how fast to go. The MAT "
                 "course covers tapering and what the person can ask their prescriber.</p>"
                 "<h2>What the promises look like in real places</h2>"
                 "<p><strong>At an opioid treatment program.</strong> You meet people in the "
                 "waiting area before or after they dose. You never ask people to compare "
                 "doses. When someone says “I'm only on a little,” you do not praise a low "
                 "dose or question a high one. The right dose is between the person and "
                 "their prescriber.</p>"
                 "<p><strong>At a community peer center.</strong> You run groups where people "
                 "on medication and people without it sit together. You set the tone early: "
                 "everyone's recovery counts here. When a member makes a remark about "
                 "someone being “not really sober,” you reset the room kindly and "
                 "quickly.</p>"
                 "<p><strong>When someone leaves jail.</strong> Curtis was started on "
                 "buprenorphine in jail. He gets out on Friday. You help him make sure there "
                 "is no gap in his medication, and you connect him with a prescriber before "
                 "release if you can. A gap in medication right after release is a dangerous "
                 "time. The Recovery Coach Training covers MOUD in jails in more depth.</p>"
                 "<p><strong>In recovery housing.</strong> Before you refer someone, you find "
                 "out whether the house accepts residents on medication. You tell the "
                 "person what you learn. You do not let them find out at the door.</p>"
                 "<p><strong>With families.</strong> A mother says her son should “just quit "
                 "cold turkey.” With the son's permission, you can share plain facts about "
                 "medication and recovery. You do not take sides in the family. You support "
                 "the son's own choices.</p>"
                 "<h2>Watch your words</h2>"
                 "<p>Words carry judgment even when we do not mean it. Some words to retire, "
                 "and what to say instead:</p>"
                 "<ul>"
                 "<li>Instead of “still on methadone,” say “on methadone.”</li>"
                 "<li>Instead of “replacement drug,” say “medication.”</li>"
                 "<li>Instead of “getting clean,” say “in recovery.”</li>"
                 "<li>Instead of “dirty urine,” say “a test that showed opioids.”</li>"
                 "<li>Instead of “relapse,” many people prefer “return to use.”</li>"
                 "</ul>"
                 "<p>These are small changes. Over time, they tell people that you see their "
                 "recovery as real.</p>"
                 "<h2>When you hear wrong information</h2>"
                 "<p>People on medication hear a lot of myths from family, friends, and "
                 "sometimes from other helpers. Honesty and do no harm mean you do not let a "
                 "harmful myth stand. But you also stay in your role. You share plain, "
                 "accurate facts, and you point to the prescriber for anything medical.</p>"
                 "<ul>"
                 "<li><strong>“You're not in recovery if you take medication.”</strong> You "
                 "can say: “SAMHSA says recovery happens through many pathways. Taking a "
                 "prescribed medication is one of them.”</li>"
                 "<li><strong>“It's just trading one drug for another.”</strong> You can say: "
                 "“Taken as prescribed at a steady dose, people feel steady, not high. The "
                 "federal treatment guide calls medication a key part of recovery for many "
                 "people.”</li>"
                 "<li><strong>“You'll have to come off it someday.”</strong> You can say: “How "
                 "long to stay on it is your decision, made with your prescriber. Some people "
                 "take it for years.”</li>"
                 "</ul>"
                 "<p>Keep it short and calm. You are not trying to win an argument. You are "
                 "making sure the person has true information to make their own choice. If "
                 "they want more detail, help them ask their prescriber or find trusted "
                 "material. The MAT course covers these myths in depth.</p>"
                 "<h2>A note on programs and pressure</h2>"
                 "<p>Sometimes the pressure to stop does not come from a person. It comes "
                 "from a rule: a recovery house, a court, a job, or even a treatment program. "
                 "You cannot change every rule. You can make sure the person knows their "
                 "rights and options, and help them speak up. Module 5 works through cases "
                 "like pressure to taper and discharge from a clinic.</p>"),
                ("callout", {
                    "title": "The line in one sentence",
                    "text": (
                        "Support the person's choice, help them talk with their prescriber, "
                        "keep them safe, and never push them on or off a medication."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "A mutual aid group near your peer center asks members on "
                            "methadone not to share at meetings. Marisol, who is on methadone, "
                            "asks you about local groups. What fits the codes best?"
                        ),
                        "choices": [
                            ("Tell her honestly how that group treats people on medication, "
                             "and share other groups that welcome her, so she can choose", True),
                            ("Send her to that group anyway, since any meeting is better than "
                             "none", False),
                            ("Tell her she will get more out of meetings once she is off "
                             "methadone", False),
                        ],
                        "explanation": (
                            "Honesty, non-discrimination and self-determination all apply. "
                            "Give her the facts and real choices. Never suggest she stop her "
                            "medication to fit in."
                        ),
                    },
                    {
                        "prompt": (
                            "Terrell says he wants to come off buprenorphine within a month. "
                            "What is your role?"
                        ),
                        "choices": [
                            ("Explore his reasons, encourage him to plan it with his "
                             "prescriber, and make sure he has naloxone and supports", True),
                            ("Give him a schedule for cutting his dose each week", False),
                            ("Tell him a month is too fast and he should wait a year", False),
                        ],
                        "explanation": (
                            "The choice and the plan belong to Terrell and his prescriber. A "
                            "coach supports, helps him prepare questions, and keeps safety in "
                            "view, without setting doses or timelines."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "when-your-path-differs",
            "title": "When your path and theirs differ",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Your story is powerful, and it is yours</h2>"
                 "<p>Every coach brings a recovery story. That story is your biggest gift. It "
                 "is also where your strongest beliefs live. Maybe you found recovery in a "
                 "twelve-step group with no medication. Maybe methadone saved your life. "
                 "Maybe your faith carried you. Maybe you still take buprenorphine and have "
                 "no plans to stop. All of these are real recovery.</p>"
                 "<p>The trouble starts when we treat our own path as the map for everyone. "
                 "What worked for you is proof that recovery is possible. It is not proof "
                 "that it will work for the next person.</p>"
                 "<p>Research shows how our own paths shape us. In a 2022 survey of certified "
                 "peer recovery coaches in Massachusetts, most held positive views of MOUD. "
                 "But coaches with no personal history of opioid use disorder or MOUD were "
                 "more likely to push drug-free treatment first and shorter time on "
                 "medication. Coaches who had taken MOUD themselves were more likely to "
                 "enjoy working with people on methadone. Our history tilts our view, often "
                 "without our noticing.</p>"
                 "<h2>Signs your values are leaking into the work</h2>"
                 "<ul>"
                 "<li>You feel let down when someone picks a path you did not take.</li>"
                 "<li>You share your story mostly to show the “right” way.</li>"
                 "<li>You bring up the same topic again and again, like their dose or their "
                 "meeting attendance, when they did not ask.</li>"
                 "<li>You feel more excited about some people's progress than others'.</li>"
                 "<li>You catch yourself using words like “still on it” or “just trading one "
                 "drug for another.”</li>"
                 "<li>You avoid talking about medication at all because it makes you "
                 "uneasy.</li>"
                 "</ul>"
                 "<p>None of these make you a bad coach. They are signals. Notice them early, "
                 "and you can do something about them.</p>"
                 "<h2>What to do: notice, name, park, check</h2>"
                 "<ol>"
                 "<li><strong>Notice</strong> the feeling in your body: a tight chest, an urge "
                 "to fix, a flash of judgment.</li>"
                 "<li><strong>Name</strong> it to yourself: “This is my story talking, not "
                 "theirs.”</li>"
                 "<li><strong>Park</strong> it for now. Go back to curious questions. “What "
                 "made you choose that?” “What would help most right now?”</li>"
                 "<li><strong>Check</strong> it in supervision. Bring the feeling, not just "
                 "the case.</li>"
                 "</ol>"
                 "<h2>Sharing your story with purpose</h2>"
                 "<p>Self-disclosure means sharing parts of your own experience. It is one of "
                 "the main tools of a peer. Use it when it helps the person, and keep it "
                 "short. Then turn the focus back to them. Before you share, ask yourself: "
                 "Who is this for? Does it open options, or close them?</p>"
                 "<p>Compare two ways a coach who left methadone might share:</p>"
                 "<ul>"
                 "<li>“I got off methadone and it was the best thing I ever did. You can do it "
                 "too.” This puts your path forward as the goal.</li>"
                 "<li>“I've been on medication, and I've also tapered. Both times, what helped "
                 "me most was having people in my corner. What would help you feel "
                 "supported?” This shares hope and hands the choice back.</li>"
                 "</ul>"
                 "<h2>If you are on medication yourself</h2>"
                 "<p>Many coaches in medication-assisted recovery programs take methadone or "
                 "buprenorphine. That lived experience is valuable. The same rule applies the "
                 "other way, though. If someone chooses a path without medication, respect "
                 "it. Do not hint that they are making a mistake. Share facts when they ask. "
                 "Make sure they know about naloxone and that options stay open. Their "
                 "recovery is theirs.</p>"
                 "<p>You also do not owe anyone details about your own medication. You can "
                 "choose what to share and when. Module 6 covers your own recovery and "
                 "medication at work.</p>"
                 "<h2>When you cannot set it aside</h2>"
                 "<p>Sometimes a values conflict runs deep. Maybe a person's choice touches an "
                 "old wound for you. Virginia's peer code gives a wise path: when differences "
                 "affect the work, seek consultation, and if needed, refer the person to "
                 "another peer. Referral is not failure. It is an honest way to make sure the "
                 "person gets support that is not bent by your history. Talk with your "
                 "supervisor first. Plan the change so the person does not feel "
                 "rejected.</p>"
                 "<h2>Choices that scare you</h2>"
                 "<p>Some choices may worry you for good reason. A person may want to stop "
                 "medication suddenly. A person may keep using and want help staying safer. "
                 "A person may use alcohol while on methadone. You can be honest about your "
                 "concern and still respect their right to decide:</p>"
                 "<p><em>“I care about you, so I want to be straight with you. I'm worried "
                 "about the overdose risk. It's your decision. Can we talk about how to keep "
                 "you as safe as possible, and about telling your prescriber?”</em></p>"
                 "<p>That one reply uses honesty, do no harm, and self-determination "
                 "together.</p>"
                 "<h2>A self-disclosure check</h2>"
                 "<p>Before you share part of your story, run through three quick "
                 "questions:</p>"
                 "<ol>"
                 "<li><strong>Who is this for?</strong> If it mainly helps you feel heard or "
                 "proves a point, hold it.</li>"
                 "<li><strong>Is it short?</strong> A minute or two is usually enough. Long "
                 "stories pull the focus to you.</li>"
                 "<li><strong>Does it open doors?</strong> Good sharing leaves the person with "
                 "more options, not fewer. It ends with a question that hands the talk back "
                 "to them.</li>"
                 "</ol>"
                 "<p>If you are not sure, you can ask: “Would it help to hear a bit of what "
                 "that was like for me?” Let the person say yes or no.</p>"
                 "<h2>Taking it to supervision</h2>"
                 "<p>Supervision works best when you bring your own reactions, not just the "
                 "facts of a case. Here is what that can sound like:</p>"
                 "<p><em>“I'm working with a young man who wants to stop his methadone next "
                 "month. I felt really relieved when he said it, and I think that's because "
                 "of my own story. I want to make sure I'm not cheering him on just because "
                 "it's what I did. Can we talk about how I'm handling it?”</em></p>"
                 "<p>That kind of honesty is a sign of a strong coach, not a weak one. A good "
                 "supervisor will thank you for it. The N.A.P.S. guidelines for supervisors "
                 "ask supervisors to help peers stay true to peer values. Naming your own "
                 "pull gives them the chance to do that.</p>"
                 "<h2>Growing over time</h2>"
                 "<p>Your views may change as you do this work. Many coaches say that "
                 "sitting with people on many different paths widened their own idea of "
                 "recovery. Stay curious. Learn from people who took roads you did not. "
                 "Read about medications, faith paths, harm reduction and mutual aid. The "
                 "more you know, the less your own story has to carry the weight.</p>"
                 "<p>It can help to keep a short list of people you know on very different "
                 "paths: someone who has been on methadone for decades, someone who tapered "
                 "off buprenorphine, someone who found recovery through faith, someone in a "
                 "mutual aid group. When you catch yourself thinking there is one right way, "
                 "picture each of them. Every one of them is in recovery. Every one of them "
                 "deserves a coach who believes in them.</p>"),
                ("callout", {
                    "title": "Warning sign",
                    "text": (
                        "If you catch yourself thinking “they'll never really recover on that” "
                        "or “they're not serious unless they do it my way,” pause. Bring it to "
                        "supervision before it shows up in your work."
                    ),
                    "tone": "warning",
                }),
                ("scenario", {
                    "title": "Gloria's plan and your story",
                    "situation": (
                        "You are a coach at a community peer center. You found recovery in a "
                        "twelve-step group and have never taken medication. Gloria, 45, has "
                        "been on methadone for two years and works at a daycare. She says: "
                        "“My sister keeps saying I'm not really sober. She wants me to come to "
                        "her meeting and get off the methadone. You did it without meds, "
                        "right? Do you think I should?”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Say that her recovery is real, that it is her choice, and ask "
                                "what she wants for herself apart from her sister's view."
                            ),
                            "feedback": (
                                "This affirms her pathway, keeps the choice with her, and "
                                "opens space to hear her own goals. It does not use your story "
                                "as a model."
                            ),
                            "best": True,
                            "next": (
                                "Gloria relaxes a little. She says she feels steady on "
                                "methadone but is tired of fighting with her sister. Then she "
                                "asks again: “But what did you do? I want to know.”"
                            ),
                        },
                        {
                            "text": (
                                "Tell her your own story of getting sober without medication, "
                                "so she can see it is possible."
                            ),
                            "feedback": (
                                "Your story is real, but here it answers her question with "
                                "your path. It may sound like advice to stop, which would add "
                                "to the pressure she already feels."
                            ),
                            "best": False,
                            "next": (
                                "Gloria goes quiet. She says, “So you think I should stop,” and "
                                "asks what meeting you go to."
                            ),
                        },
                        {
                            "text": (
                                "Tell her the sister is wrong and that twelve-step groups are "
                                "not for people on methadone."
                            ),
                            "feedback": (
                                "This takes a side in her family and paints all groups with one "
                                "brush. Some groups and members welcome people on medication. "
                                "It also does not ask what Gloria wants."
                            ),
                            "best": False,
                            "next": (
                                "Gloria looks uneasy. She says she loves her sister and does not "
                                "want to be against her. She asks what you would do."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Gloria asks directly about your own path. How do you answer?",
                        "choices": [
                            {
                                "text": (
                                    "Share briefly that you went a different way, that many "
                                    "paths work, and turn back to what helps her stay steady."
                                ),
                                "feedback": (
                                    "Honest, short and purposeful. You answer her question "
                                    "without making your path the goal, and you hand the "
                                    "choice back to her."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Refuse to say anything about your own recovery."
                                ),
                                "feedback": (
                                    "You may choose what to share, but a flat refusal to a "
                                    "sincere question can feel cold and secretive. A short, "
                                    "honest answer builds trust."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her about your path in detail and say that if she "
                                    "ever wants to stop, you will help her make a plan."
                                ),
                                "feedback": (
                                    "The long story centers you, and offering to plan a taper "
                                    "steps into medical decisions. Any taper plan belongs to "
                                    "Gloria and her prescriber."
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
        "slug": "module-1-check",
        "title": "Module 1 check: Values and codes of ethics",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Shawna is about to apply for her state peer credential through an IC&RC "
                    "member board. A friend tells her the NAADAC code is the only one that "
                    "matters. What is most accurate?"
                ),
                "multiple": False,
                "choices": [
                    ("She follows the code her state board asks her to sign, plus her "
                     "employer's rules", True),
                    ("She follows the NAADAC code only, because it covers every addiction "
                     "professional", False),
                    ("She does not need a code until she has worked for a year", False),
                    ("She can choose whichever code she likes best", False),
                ],
                "explanation": (
                    "A coach follows the code of the board that credentials them. IC&RC "
                    "applicants sign a peer recovery code of ethics or affirm they will follow "
                    "it. Employer policies apply as well."
                ),
            },
            {
                "prompt": (
                    "At a peer support group at an opioid treatment program, a member says to "
                    "Ramon, who is on methadone, “You're not really clean yet.” As the coach "
                    "leading the group, what is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Say calmly that in this group every pathway is respected, including "
                     "medication, and invite people to speak from their own experience", True),
                    ("Say nothing, because members have a right to their opinions", False),
                    ("Agree that medication is a step on the way to full recovery", False),
                    ("Ask Ramon to explain to the group why he takes methadone", False),
                ],
                "explanation": (
                    "Codes ask for nondiscriminatory, nonjudgmental services, and peer guidance "
                    "supports many pathways. A short, calm reset protects Ramon without "
                    "shaming the other member. Putting Ramon on the spot is not fair to him."
                ),
            },
            {
                "prompt": (
                    "Hye-jin, on buprenorphine for three years, asks her coach, “How fast "
                    "should I come down? My cousin says ten days.” What does the coach do?"
                ),
                "multiple": False,
                "choices": [
                    ("Explore her reasons and help her bring the question to her prescriber, "
                     "without suggesting any pace or dose", True),
                    ("Say ten days is too fast and suggest a month instead", False),
                    ("Tell her to stay on it for life", False),
                    ("Say it is up to her and change the subject", False),
                ],
                "explanation": (
                    "Timing and dose are medical decisions for Hye-jin and her prescriber. The "
                    "coach supports her choice, helps her prepare, and keeps safety in view. "
                    "Changing the subject leaves her alone with the question."
                ),
            },
            {
                "prompt": (
                    "A coach notices he feels disappointed whenever people he supports choose "
                    "to stay on methadone long term. Which steps fit the guidance in this "
                    "module? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Notice and name the feeling as coming from his own story", True),
                    ("Bring it to supervision", True),
                    ("Keep his questions curious and focused on each person's goals", True),
                    ("Share his own taper story with each person so they have a model", False),
                    ("Stop talking about medication with anyone", False),
                ],
                "explanation": (
                    "Notice, name, park and check: the feeling is a signal, not a plan. Using "
                    "his story as a model, or avoiding the topic, both let his values leak "
                    "into the work."
                ),
            },
            {
                "prompt": (
                    "Darnell works at a recovery center and learns that a recovery house he "
                    "often refers to will not accept people on medication. What reflects the "
                    "value of justice?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell people on medication the truth about that house, help them find "
                     "houses that accept them, and raise the issue with his supervisor", True),
                    ("Keep referring everyone there, since it has open beds", False),
                    ("Only refer people who are not on medication, and say nothing", False),
                    ("Advise people on medication to stop so they can get a bed", False),
                ],
                "explanation": (
                    "Justice means fairness and speaking up about unfair systems. He gives "
                    "honest information, finds real options, and uses supervision to address "
                    "the problem. Advising anyone to stop medication is never the answer."
                ),
            },
            {
                "prompt": (
                    "Ms. Whitehorse asks her coach to keep a secret from everyone, no matter "
                    "what. The coach has not yet explained the limits of privacy. Which value "
                    "most calls for the coach to explain those limits now?"
                ),
                "multiple": False,
                "choices": [
                    ("Honesty, including being transparent about the limits of the role", True),
                    ("Mutuality, because the coach should share a secret too", False),
                    ("Justice, because everyone keeps secrets", False),
                    ("Self-determination, so the coach should promise whatever she asks", False),
                ],
                "explanation": (
                    "Honesty and transparency mean explaining what a coach can and cannot keep "
                    "private before a person shares. Module 4 covers the legal limits."
                ),
            },
            {
                "prompt": (
                    "A new coach says, “Codes are for clinicians. As a peer, I'm just a "
                    "friend.” What is the best reply?"
                ),
                "multiple": False,
                "choices": [
                    ("Peers still hold power, like records, access to programs and the "
                     "person's trust, so a code protects the person and the role", True),
                    ("That's right, peers are friends, so no rules apply", False),
                    ("Codes only matter if someone files a complaint", False),
                    ("Peers follow the same code as doctors", False),
                ],
                "explanation": (
                    "Peer support is mutual, but a trained or paid peer still holds some power. "
                    "Codes protect the people served, guide the coach, and protect the "
                    "credibility of peer support."
                ),
            },
            {
                "prompt": (
                    "Which statements about the N.A.P.S. National Practice Guidelines are "
                    "accurate? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("They name twelve core values, such as voluntary, mutual and "
                     "person-driven", True),
                    ("A later version added guidance for supervisors of peer specialists", True),
                    ("State boards revoke credentials for breaking them", False),
                    ("They say peer support should be directed by the peer worker", False),
                ],
                "explanation": (
                    "The guidelines name twelve values, and N.A.P.S. added a version for "
                    "supervisors. They guide practice but carry no sanctions. Peer support is "
                    "person-driven: the person served directs it."
                ),
            },
            {
                "prompt": (
                    "Jamal, a coach on methadone himself, works with Pete, who wants recovery "
                    "without any medication. Jamal worries Pete will return to use. What is "
                    "the most ethical approach?"
                ),
                "multiple": False,
                "choices": [
                    ("Respect Pete's choice, share facts if Pete asks, make sure he has "
                     "naloxone, and let him know options stay open", True),
                    ("Keep telling Pete that medication is the only real way", False),
                    ("Ask another coach to take Pete without talking to a supervisor", False),
                    ("Say nothing about safety so Pete does not feel judged", False),
                ],
                "explanation": (
                    "Supporting all pathways cuts both ways. Jamal respects Pete's choice and "
                    "keeps him safe. If his worry gets in the way, he talks with his "
                    "supervisor before any change."
                ),
            },
            {
                "prompt": (
                    "A coach lends a person twenty dollars, then realizes it may go against "
                    "her code. What should she do?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell her supervisor, learn what the code says, and plan with the "
                     "supervisor how to repair it with the person", True),
                    ("Say nothing, since it was a small amount", False),
                    ("Ask the person to pay it back right away", False),
                    ("Quit before anyone finds out", False),
                ],
                "explanation": (
                    "Owning a mistake and using supervision is the ethical path. Hiding it "
                    "usually makes it worse. Module 3 covers money and gifts in detail."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain why peers have codes of ethics and how "
            "codes differ from laws, program policies and supervision.",
            "Participants will be able to name the codes and guidelines a recovery coach is "
            "likely to meet and identify which one applies to them.",
            "Participants will be able to describe six core values and apply them to "
            "situations in medication-assisted recovery settings.",
            "Participants will be able to state how codes protect people on medication, "
            "including never pressuring anyone to stop a prescribed medication.",
            "Participants will be able to respond when their own recovery path differs from "
            "the path of the person they support.",
        ],
        "agenda": [
            {
                "title": "Welcome: the helpers who earned our trust",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group and set ground rules: share only what you are "
                    "comfortable sharing, keep others' stories in the room, and respect every "
                    "recovery pathway, including medication. Ask each person to think of a "
                    "helper who earned their trust and one who lost it. Take a few answers. "
                    "Write on a flip chart what the trusted helpers did, in two columns: “did” "
                    "and “refused to do.” Point out that most items on the list are ethics in "
                    "action. Keep the chart up for the session."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What did a helper do that made you trust them?",
                    "What did a helper do that made you stop trusting them?",
                    "How did it feel when someone judged your recovery pathway?",
                ],
            },
            {
                "title": "Why codes exist, and how they fit with law and policy",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Present the four jobs of a code: protect people, guide the coach, protect "
                    "the role, and give people a voice. Explain the power a peer holds even as "
                    "an equal: records, access to programs, influence with staff, and the "
                    "person's wish for approval. Draw four boxes: law, program policy, code of "
                    "ethics, supervision. Give one example of each. Say plainly that a code is "
                    "a promise, not a list of ways to get fired. Close by naming what is at "
                    "stake for people on medication, who have often been judged by helpers."
                ),
                "materials": ["Slides or flip chart", "Handout: Which code applies to me?"],
            },
            {
                "title": "Code scavenger hunt",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Form four groups. Give each group one document: the NAADAC/NCC AP Code of "
                    "Ethics, the NCPRSS code, your state board's peer code (or the IC&RC peer "
                    "code as your board posts it), and the N.A.P.S. twelve core values. Each "
                    "group has 10 minutes to find: who the code covers; one rule about scope "
                    "or supervision; any words about recovery pathways, discrimination or "
                    "medication; and how a complaint is handled, if at all. Then each group "
                    "reports in about two minutes. Fill in a chart comparing the documents. "
                    "Point out that the NAADAC code covers providers across the continuum of "
                    "care from prevention through recovery, that peer codes require "
                    "supervision, that the two national peer codes set different supervision "
                    "minimums, and that N.A.P.S. guidelines are not enforced. End by stating "
                    "the rule: you follow the code of the board that credentials you."
                ),
                "materials": [
                    "Printed copies of each code (current versions from each organization)",
                    "Comparison chart on flip chart paper",
                    "Highlighters",
                ],
            },
            {
                "title": "Values in action: sort the situations",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Post six signs around the room: mutuality, self-determination, respect, "
                    "honesty, do no harm, justice. Hand pairs three situation cards each, for "
                    "example: a coach explains privacy limits at the first meeting; a coach "
                    "learns from an older woman on methadone for twenty years; a coach finds a "
                    "recovery house that accepts people on medication. Pairs tape each card "
                    "under the value it shows best. Then ask: which cards could go under two "
                    "values? Move one card to show that values often overlap or pull against "
                    "each other. Debrief with the pregnant-woman example from Lesson 3: which "
                    "values collide, and what could a coach say?"
                ),
                "materials": ["Six value signs", "Situation cards", "Tape"],
            },
            {
                "title": "Demonstration: two ways to answer “Should I get off it?”",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Two facilitators act out the same short talk twice. A person on methadone "
                    "asks, “You got off it. Should I?” In version one, the coach tells their "
                    "own taper story as a model and offers to help make a plan. In version two, "
                    "the coach affirms that the person's recovery is real, asks what they want, "
                    "shares a brief and honest answer about their own path, and suggests "
                    "bringing any taper question to the prescriber. Ask the group: which values "
                    "showed up in version two? What in version one could cause harm even "
                    "though the coach meant well?"
                ),
                "materials": ["Two chairs at the front"],
            },
            {
                "title": "Role-play: when your path differs",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Run two rounds of about nine minutes: five minutes "
                    "of role-play, two minutes of observer feedback, two minutes to switch. "
                    "Hand out role cards. Coaches are told only that they found recovery "
                    "without medication. The person on methadone opens with the script. In "
                    "round two, swap roles and give the coach card a new detail: the coach is "
                    "on buprenorphine and the person wants to stop medication suddenly. Use "
                    "the last five minutes for a whole-group debrief: where did anyone feel "
                    "their own story pulling? What words helped hand the choice back?"
                ),
                "materials": ["Role cards", "Observer checklists", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Ms. Alvarez, 52, on methadone four years, caring for two "
                    "grandchildren)",
                    "Observer",
                ],
                "script": (
                    "Ms. Alvarez has been steady on methadone for four years. Her church "
                    "friends say she is not truly free until she is off it. She opens with: "
                    "“Pastor says I'm leaning on a crutch. My friend got off it in a month. You "
                    "did it without any of this, right? Be honest, do you think I'm weak?” If "
                    "the coach asks what she wants, she says she feels steady and is scared of "
                    "going back, but she hates feeling judged at church. If the coach shares a "
                    "long personal story, she asks, “So I should stop?”"
                ),
                "observer_checklist": [
                    "Coach affirmed that her recovery on methadone is real",
                    "Coach asked what she wants, apart from what others say",
                    "Any self-disclosure was short and handed the focus back to her",
                    "Coach did not suggest stopping, tapering, a timeline or a dose",
                    "Coach offered to help her bring any taper question to her prescriber",
                    "Coach explored sources of support, such as welcoming groups or people",
                ],
            },
            {
                "title": "Teach-back: my code in two minutes",
                "minutes": 15,
                "method": "teach_back",
                "description": (
                    "In pairs, each person explains to their partner, in two minutes: which "
                    "board will credential them, which code they will sign, two rules from it "
                    "they will use often, and one question they still have. The partner "
                    "checks with the comparison chart and gives one piece of feedback. Switch. "
                    "Then ask three volunteers to teach back one of the three promises to "
                    "people on medication: non-discrimination, supporting all pathways, and no "
                    "pressure to stop. Correct gently where needed."
                ),
                "materials": ["Handout: Which code applies to me?", "Comparison chart from earlier"],
            },
            {
                "title": "Closing: my path and theirs",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Bring the group back together. Share the research finding in plain words: "
                    "in a study of peer coaches, some with doubts about medication avoided the "
                    "topic or encouraged people to stop, even while wanting to respect "
                    "people's choices. Ask the questions below. Introduce the four steps: "
                    "notice, name, park, check. Hand out the values check-in card. Close by "
                    "asking each person to finish the sentence “One thing I will do to keep "
                    "my story from steering someone else's recovery is...”"
                ),
                "materials": ["Handout: Values check-in card"],
                "questions": [
                    "Which part of your own story is most likely to pull on you at work?",
                    "What signs tell you your values are leaking into a conversation?",
                    "What will you bring to supervision first?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Which code applies to me?",
                "text": (
                    "Rule of thumb: you follow the code of the board that credentials you, "
                    "plus your employer's policies. If you hold more than one credential, "
                    "follow each code, and meet the stricter rule where they differ.\n\n"
                    "Codes and guidance you may meet:\n"
                    "- NAADAC/NCC AP Code of Ethics (effective January 1, 2021). Covers "
                    "providers along the continuum of care, from prevention through recovery. "
                    "Nine principles.\n"
                    "- NCPRSS Code of Ethics. For the NCC AP national peer credential. Stresses "
                    "self-determination, scope, and working under supervision.\n"
                    "- IC&RC Peer Recovery (PR) Code of Ethics and your state board's code. "
                    "Applicants sign a code or affirm they will follow it. 46 training hours, "
                    "16 in ethics. Renewal every two years with six hours of ethics.\n"
                    "- State peer codes. Each board has its own. Read the exact words on "
                    "recovery pathways and on any recovery or abstinence rule.\n"
                    "- N.A.P.S. National Practice Guidelines. Twelve core values. Not enforced, "
                    "but widely used.\n"
                    "- SAMHSA Core Competencies (2015) and National Model Standards (2023). "
                    "National guidance, not a code.\n\n"
                    "My board: ____\n"
                    "The code I will sign: ____\n"
                    "Two rules I will use often: ____\n"
                    "My question for supervision: ____"
                ),
            },
            {
                "title": "Values check-in card",
                "text": (
                    "Six values: mutuality, self-determination, respect, honesty, do no harm, "
                    "justice.\n\n"
                    "When something feels off, ask:\n"
                    "- Which value is at stake?\n"
                    "- Are two values pulling against each other?\n"
                    "- Is this my story talking, or theirs?\n\n"
                    "Notice, name, park, check:\n"
                    "- Notice the feeling.\n"
                    "- Name it to yourself.\n"
                    "- Park it and go back to curious questions.\n"
                    "- Check it in supervision.\n\n"
                    "Three promises to people on medication:\n"
                    "- I will not treat you worse because of your medication.\n"
                    "- I will support the pathway you choose.\n"
                    "- I will never pressure you to stop a prescribed medication."
                ),
            },
        ],
    },
}
