"""Ethics for Recovery Coaches module 5: Ethical decision-making. An eight-step model, worked on
medication-assisted recovery cases: pressure to taper, take-home doses, administrative discharge,
program rules versus a person's rights, disagreeing with a person's choice, and being asked to report
on a peer."""

MODULE = {
    "slug": "ethical-decision-making",
    "title": "Ethical decision-making with medication-assisted recovery cases",
    "domain": "ethical-responsibility",
    "intro": (
        "A step-by-step model for hard calls, practised on the cases coaches meet most in "
        "medication-assisted recovery: pressure to taper, take-home doses, discharge, program "
        "rules, choices you disagree with, and requests to report on a peer."
    ),
    "minutes": 180,
    "sources": [
        "NAADAC, the Association for Addiction Professionals, and NCC AP. Code of Ethics. "
        "Effective January 1, 2021.",
        "U.S. Department of Health and Human Services, SAMHSA. Medications for the Treatment "
        "of Opioid Use Disorder: Final Rule revising 42 CFR Part 8. Federal Register, "
        "February 2, 2024 (effective April 2, 2024; compliance date October 2, 2024).",
        "SAMHSA. 42 CFR Part 8 Final Rule: Frequently Asked Questions. 2024.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "U.S. Department of Justice, Civil Rights Division. The ADA and Opioid Use Disorder: "
        "Combating Discrimination Against People in Treatment or Recovery. 2022.",
        "U.S. Equal Employment Opportunity Commission. Use of Codeine, Oxycodone, and Other "
        "Opioids: Information for Employees. 2020.",
        "White, W. L., Scott, C. K., Dennis, M. L., and Boyle, M. G. It's Time to Stop Kicking "
        "People Out of Addiction Treatment. Counselor, 2005.",
        "SAMHSA, BRSS TACS. Core Competencies for Peer Workers in Behavioral Health Services. "
        "2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "a-decision-making-model",
            "title": "A step-by-step model for hard calls",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Why a coach needs a model</h2>"
                 "<p>Most of your work is not an ethics puzzle. You listen. You help someone "
                 "find a ride, read a handbook or get ready for a medical visit. But some days "
                 "a question lands that has no easy answer. A mother asks you to talk her son "
                 "off methadone. A nurse asks you to tell her who is selling doses in the "
                 "parking lot. A man you have walked with for a year gets a discharge letter.</p>"
                 "<p>Under pressure, people react. We try to please. We try to rescue. We try "
                 "to avoid a fight. Or we do what the loudest person in the room wants. None "
                 "of these is a plan. A simple model slows you down. It makes your thinking "
                 "clear, so you can explain it to the person, to your supervisor and, if it "
                 "ever comes to that, to a certification board.</p>"
                 "<p>The model below has eight steps. With practice, the first four take a "
                 "few minutes in your head. The rest happen over hours or days. In a true "
                 "emergency, such as an overdose or a person at risk of suicide, safety comes "
                 "first: call 911, use naloxone, or call or text 988. Then come back to the "
                 "model.</p>"
                 "<h2>The eight steps</h2>"
                 "<h3>1. Name the problem</h3>"
                 "<p>Say it in one sentence. What exactly is the question? “Should I tell the "
                 "counselor what Tasha told me?” is clearer than “This is a mess.” Also ask: "
                 "is this an ethics question, a medical question, a legal question, or a "
                 "mix? A coach can work on the ethics part. The medical part belongs to the "
                 "person and their prescriber. The legal part may need a lawyer or advocate. "
                 "Ask, too, how urgent it is. Does it need an answer in an hour, or by next "
                 "week?</p>"
                 "<h3>2. Whose interests are at stake?</h3>"
                 "<p>List everyone the choice touches. The person you serve always comes "
                 "first on the list. Then family, children, other participants, staff, the "
                 "program, the community and you. Ask what each one needs and fears. Notice "
                 "who has power and who does not. A person on methadone facing a clinic rule "
                 "often has the least power in the room. Their voice can get lost.</p>"
                 "<h3>3. Which code sections and laws apply?</h3>"
                 "<p>Look it up. Do not rely on memory. Check:</p>"
                 "<ul>"
                 "<li>your code of ethics, such as your state board's peer code or the "
                 "NAADAC Code of Ethics (Module 1 covers the codes);</li>"
                 "<li>privacy law: 42 CFR Part 2 and HIPAA (Module 4 covers them);</li>"
                 "<li>the federal rule for opioid treatment programs, 42 CFR Part 8, and your "
                 "state's rules;</li>"
                 "<li>disability rights under the Americans with Disabilities Act (ADA);</li>"
                 "<li>mandated reporting laws, for example about child abuse;</li>"
                 "<li>your program's written policies and your job description.</li>"
                 "</ul>"
                 "<p>Also name the values that pull against each other. Common pairs are "
                 "the person's right to choose and your wish to keep them safe, or loyalty to "
                 "your employer and loyalty to the person. Naming the tension helps you see "
                 "that both sides matter.</p>"
                 "<h3>4. List your options</h3>"
                 "<p>Come up with at least three. Stuck people see only two: do it or don't. "
                 "There is almost always a middle path. For each option, ask what would "
                 "likely happen to the person, to others, to you and to the program. Cross "
                 "out anything that breaks the law or your code.</p>"
                 "<h3>5. Consult your supervisor</h3>"
                 "<p>Consultation is a required step, not a sign of weakness. Bring the "
                 "facts, the options and your own leaning. Share only what your supervisor "
                 "needs to know. If your supervisor is not a peer, explain what the peer role "
                 "needs. You can also consult a senior peer or your certification board's "
                 "ethics line, without naming the person.</p>"
                 "<h3>6. Act</h3>"
                 "<p>Choose the option that best protects the person's rights and safety and "
                 "that fits the law, your code and policy. Then do it, and tell the person "
                 "what you are doing and why, unless doing so would put someone in danger. "
                 "Being open with people is part of peer support. Surprises break trust.</p>"
                 "<h3>7. Document</h3>"
                 "<p>Write what happened, what you did, who you consulted and why. Stick to "
                 "facts. Leave out guesses and labels. Follow your program's rules on where "
                 "notes go and what they may contain. A good note protects the person, the "
                 "program and you.</p>"
                 "<h3>8. Review</h3>"
                 "<p>Later, look back. How did it turn out? What would you do the same? What "
                 "would you change? Talk it over in supervision. Every hard call you review "
                 "makes the next one easier.</p>"),
                ("callout", {
                    "title": "The model in one breath",
                    "text": (
                        "Name it. Who is affected? What do the code and the law say? What are "
                        "my options? Talk to my supervisor. Act. Write it down. Look back."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Three quick tests</h2>"
                 "<p>When you have chosen an option, run three quick tests before you act.</p>"
                 "<ul>"
                 "<li><strong>The daylight test.</strong> Would I be comfortable if the "
                 "person, my supervisor and my community knew exactly what I did and why? "
                 "The NAADAC code puts it this way: act so that you would not be embarrassed "
                 "if your conduct became public, and could defend it before any fair "
                 "authority.</li>"
                 "<li><strong>The fairness test.</strong> Would I do the same for any "
                 "participant in this spot, whatever their race, age, medication or "
                 "history?</li>"
                 "<li><strong>The whose-need test.</strong> Does this serve the person, or "
                 "my own need to be liked, to be right or to be in control?</li>"
                 "</ul>"
                 "<h2>Where medication-assisted recovery makes it harder</h2>"
                 "<p>People on methadone or buprenorphine face stigma from every side. "
                 "Families, employers, courts, housing and even some recovery groups may push "
                 "them to stop. Clinic rules can feel like control. Staff may see the coach "
                 "as an extra set of eyes. In this setting, a coach's ethics are tested "
                 "often.</p>"
                 "<p>Keep one anchor. Medication for opioid use disorder (MOUD) is recovery. "
                 "How long a person takes it is their decision, made with their prescriber. "
                 "Your job is not to steer that decision either way. Your job is to help the "
                 "person make it freely, with good information, and to stand with them while "
                 "they do.</p>"
                 "<h2>Values that pull against each other</h2>"
                 "<p>Most dilemmas are not good against bad. They are good against good. "
                 "Here are the pairs coaches meet most:</p>"
                 "<ul>"
                 "<li><strong>Choice and safety.</strong> The person has the right to run "
                 "their own life. You also want them to live through it. When someone plans "
                 "something risky, you honor their choice and still share the facts and a "
                 "safety plan.</li>"
                 "<li><strong>Privacy and protection.</strong> What people tell you is "
                 "private. But some things, like child abuse or a threat to kill someone, "
                 "the law may require you to report.</li>"
                 "<li><strong>Loyalty to the person and loyalty to the program.</strong> You "
                 "work for a program with rules. You serve people who sometimes break them. "
                 "You can respect both by being open about your role.</li>"
                 "<li><strong>Honesty and kindness.</strong> Sometimes the truth hurts. Say "
                 "it gently, but say it.</li>"
                 "<li><strong>Fairness to one and fairness to all.</strong> Bending a rule "
                 "for a friend may feel kind. It is unfair to everyone else in the same "
                 "spot.</li>"
                 "</ul>"
                 "<h2>A two-minute example</h2>"
                 "<p>Tasha, 29, tells you after group that she used fentanyl last night, "
                 "alone. She asks you not to tell her counselor. Here is the model, fast.</p>"
                 "<ul>"
                 "<li><strong>Problem:</strong> She used alone, which is an overdose risk, and "
                 "wants it kept private. Is she safe right now? She is.</li>"
                 "<li><strong>Interests:</strong> Tasha's life and trust. Her counselor's "
                 "ability to help. Her kids, if she has any at home.</li>"
                 "<li><strong>Rules:</strong> Program policy on what coaches share. Part 2. "
                 "Nothing here triggers a mandated report by itself.</li>"
                 "<li><strong>Options:</strong> Tell the counselor now. Keep it secret. Or "
                 "talk with Tasha about safety and about telling her counselor herself, and "
                 "check policy with your supervisor.</li>"
                 "</ul>"
                 "<p>You choose the third. You make sure she has naloxone and talk about "
                 "never using alone. You ask whether she would tell her counselor if you sat "
                 "with her. You check your program's policy with your supervisor that day, "
                 "write a short factual note, and look back at it in your next supervision. "
                 "The model took two minutes to think through. It kept you honest, kept her "
                 "at the center and kept her safer.</p>"
                 "<h2>Common mistakes with the model</h2>"
                 "<ul>"
                 "<li><strong>Skipping to step 6.</strong> Acting first and thinking later is "
                 "how most ethics complaints start.</li>"
                 "<li><strong>Consulting the wrong person.</strong> A friend on staff or a "
                 "group chat is not supervision. It can also break confidentiality.</li>"
                 "<li><strong>Forgetting the person.</strong> It is easy to solve a problem "
                 "about someone without ever asking them what they want. Ask early.</li>"
                 "<li><strong>Never looking back.</strong> Without step 8, you repeat the "
                 "same mistakes and miss what went well.</li>"
                 "</ul>"
                 "<p>The rest of this module works the model on six kinds of cases. As you "
                 "read, notice how often the best first move is the same: slow down, listen, "
                 "and find out what the person wants.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "A counselor stops you in the hall and asks you to confirm that a "
                            "participant told you she is using again. Which step of the model "
                            "comes first?"
                        ),
                        "choices": [
                            ("Name the problem: what exactly is being asked, and how urgent "
                             "is it?", True),
                            ("Act: answer quickly so the counselor can help her", False),
                            ("Document: write down what the participant told you", False),
                        ],
                        "explanation": (
                            "Start by naming the problem. Is this a request to share "
                            "something said in confidence? Is anyone in danger right now? "
                            "Only then look at the rules, options and consultation."
                        ),
                    },
                    {
                        "prompt": (
                            "You have two options in mind: tell staff everything, or tell "
                            "them nothing. What does the model suggest?"
                        ),
                        "choices": [
                            ("Look for at least a third option, such as encouraging the "
                             "person to speak with staff and offering to go with them", True),
                            ("Pick whichever option feels kindest", False),
                            ("Pick whichever option the program director prefers", False),
                        ],
                        "explanation": (
                            "Stuck thinking sees only two choices. Listing three or more "
                            "options often turns up a path that respects the person and "
                            "keeps people safe."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "case-housing-and-pressure-to-stop-medication",
            "title": "Case: pressure to taper from family or an employer",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>Two kinds of pressure</h2>"
                 "<p>A taper means lowering a medication dose step by step, often to stop it. "
                 "Some people choose to taper when they feel ready, and a coach can support "
                 "that. The ethical problem starts when someone else is making the choice for "
                 "them. Pressure often comes from two places: the people who love them, and "
                 "the people who pay them.</p>"
                 "<h2>Case one: a family that wants it over</h2>"
                 "<p>Rosa Delgado is 34. She has taken buprenorphine for three years. She "
                 "works at a grocery store and is raising two kids. Her mother, who helps "
                 "with childcare, says: “You're still on drugs. I'm not watching the kids "
                 "until you're off that stuff.” Rosa asks you, “How fast can I get off it? "
                 "What did you do?”</p>"
                 "<p>Work the model.</p>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> Rosa's choice about her medication "
                 "is being shaped by a threat about childcare. She is also asking a coach a "
                 "medical question about speed, and a personal question about your own "
                 "path.</li>"
                 "<li><strong>Whose interests?</strong> Rosa's health and freedom to choose. "
                 "Her children's need for a stable parent. Her mother's fear, which is real "
                 "even if it is based on myths.</li>"
                 "<li><strong>Code and law.</strong> Coaches do not give medical advice, so "
                 "the speed of any taper belongs with Rosa and her prescriber. Codes ask you "
                 "to respect self-determination and not to impose your values. Self-"
                 "disclosure must serve Rosa, not you.</li>"
                 "<li><strong>Options.</strong> Tell her to taper. Tell her not to. Or help "
                 "her find out what she wants, get facts, and plan a talk with her mother "
                 "and, if she wishes, her prescriber.</li>"
                 "</ul>"
                 "<p>The third option is the coach's path. Start with open questions: “If "
                 "your mom weren't pushing, what would you want?” “What has the medicine "
                 "given you?” “What worries you about stopping? About staying on?” Listen "
                 "for her own reasons.</p>"
                 "<p>Share accurate information in plain words. Buprenorphine is a medicine "
                 "that treats a health condition. Taking it as prescribed is recovery. "
                 "Stopping is a medical decision. People who stop before they are ready face "
                 "a higher risk of a return to use, and their tolerance drops, which raises "
                 "the risk of overdose. That is why taper plans are made with a prescriber, "
                 "not on a deadline set by someone else.</p>"
                 "<p>If Rosa asks what you did, you may share briefly or not at all. If you "
                 "share, bring it back to her: “My path was right for me. What matters now "
                 "is what's right for you.” Never hold up your own choice, whether you "
                 "tapered or stayed on, as the model.</p>"
                 "<p>Offer practical help. Would she like help preparing for a talk with her "
                 "mother? Some programs run family education nights. Some mothers change "
                 "their minds when they hear a prescriber, or another parent on medication, "
                 "explain it. Would she like a back-up childcare plan so the threat loses "
                 "some of its power? If Rosa does decide to taper, support her to plan it "
                 "with her prescriber and to have naloxone at home.</p>"),
                ("callout", {
                    "title": "What a coach never says",
                    "text": (
                        "Never tell a person to taper, never tell them to stay on forever, and "
                        "never suggest a speed or a schedule. Help them bring their own "
                        "questions to their prescriber."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Case two: an employer that wants it gone</h2>"
                 "<p>Darnell Brooks is 46. He has been on methadone for eight years and drives "
                 "a forklift at a warehouse. A new manager learns about his medication from a "
                 "drug test and says: “Get off methadone in 30 days or you're done.” Darnell "
                 "is scared and angry. He asks you to call his boss.</p>"
                 "<p>This case has a legal part. The Americans with Disabilities Act (ADA) "
                 "protects many people in treatment or recovery from opioid use disorder. The "
                 "U.S. Department of Justice explained in 2022 guidance that this includes "
                 "people who take medication for opioid use disorder as prescribed. People "
                 "who are currently using drugs illegally are not protected, but taking "
                 "prescribed methadone or buprenorphine is not illegal drug use. The Equal "
                 "Employment Opportunity Commission (EEOC), which handles job discrimination, "
                 "says an employer generally cannot fire someone just for lawful use of a "
                 "prescribed medication. The employer can act if the person cannot do the job "
                 "safely and effectively, or if another federal law, such as certain "
                 "transportation safety rules, disqualifies them.</p>"
                 "<p>So there may be a real legal question here. But a coach is not a "
                 "lawyer. Work the model:</p>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> Darnell is being pushed to change "
                 "his medication by his job. He wants you to speak for him.</li>"
                 "<li><strong>Whose interests?</strong> Darnell's health, income and rights. "
                 "Safety at the warehouse. Your program's role and your own limits.</li>"
                 "<li><strong>Code and law.</strong> The ADA may apply. Part 2 means you "
                 "cannot contact his employer about his treatment without his written "
                 "consent. Your role is to support self-advocacy, not to act as his "
                 "lawyer.</li>"
                 "<li><strong>Options.</strong> Call the boss yourself. Tell him to start "
                 "tapering to keep the job. Or help Darnell understand his rights, write "
                 "down what happened, and connect with people who can advise him.</li>"
                 "</ul>"
                 "<p>The third option is again the coach's path. Help Darnell write down the "
                 "date, what was said and who said it. Help him find legal aid, a disability "
                 "rights group or the EEOC. Help him ask his prescriber whether a letter "
                 "about his ability to work safely would help. If he wants you involved with "
                 "his employer at all, that needs his signed consent, a clear purpose, and "
                 "your supervisor's approval first.</p>"
                 "<p>Do not tell Darnell he will win. Do not tell him to taper to keep the "
                 "peace. Both are decisions he makes with better advice than a coach can "
                 "give. What you give him is steadiness, facts about where to turn, and "
                 "company while he decides.</p>"
                 "<h2>What the two cases share</h2>"
                 "<p>In both cases, the person asked you to decide for them. Rosa asked how "
                 "fast. Darnell asked you to make a call. Both requests come from fear. The "
                 "ethical answer is to hand the power back, gently, with real help attached. "
                 "You help the person see their options, find the right experts, and speak "
                 "for themselves. When you do speak for someone, it is with their consent "
                 "and in their words.</p>"
                 "<h2>Other sources of pressure</h2>"
                 "<p>Family and work are not the only places pressure comes from. Coaches "
                 "also hear it from:</p>"
                 "<ul>"
                 "<li><strong>Courts and probation.</strong> A judge or officer may suggest "
                 "or order a taper. The person may have more rights than they think. Help "
                 "them find out what their written terms say, and connect them with their "
                 "lawyer. The RC30 module on MOUD across systems covers courts and jails in "
                 "depth.</li>"
                 "<li><strong>Recovery residences.</strong> Some houses still refuse people "
                 "on medication. Help the person find houses that welcome MOUD, and advocacy "
                 "help if they want to challenge a refusal.</li>"
                 "<li><strong>Mutual-aid groups and sponsors.</strong> Some members say "
                 "people on medication are not “really” in recovery. Help the person find "
                 "groups that welcome every pathway. Do not attack their sponsor. Ask what "
                 "the person gets from that group, and what they need.</li>"
                 "<li><strong>Their own shame.</strong> Years of stigma can turn into an "
                 "inner voice that says “you're still not free.” Listen for it. Ask where "
                 "the idea came from and whether it fits what they see in their own "
                 "life.</li>"
                 "</ul>"
                 "<h2>If the person decides to taper</h2>"
                 "<p>Supporting a free choice means supporting it in both directions. If "
                 "Rosa or Darnell decides, without pressure, that they want to taper, a coach "
                 "helps them do it as safely as possible. Encourage them to plan it with "
                 "their prescriber. Help them write down what they feel during the taper, "
                 "such as sleep, mood or cravings, so they can report it. Help them build "
                 "extra support for the hard weeks. Make sure naloxone is in the home. And "
                 "say clearly that going back to their medication, or raising the dose with "
                 "their prescriber, is always an option and never a failure.</p>"),
                ("scenario", {
                    "title": "Keisha's probation officer and her dose",
                    "situation": (
                        "Keisha, 27, has been on methadone for five months since leaving "
                        "county jail. She tells you her probation officer said, “You should "
                        "be weaning off that by now.” Keisha is worried that if she does not "
                        "start a taper, the officer will write her up. She asks you what "
                        "dose she should drop to first so she looks like she is trying."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Acknowledge her fear, say that dose changes are a decision "
                                "for her and her prescriber, and ask what she wants for "
                                "herself apart from the pressure."
                            ),
                            "feedback": (
                                "This keeps you in role and puts Keisha's own goals at the "
                                "center. It also opens the door to finding out what the "
                                "officer actually requires."
                            ),
                            "best": True,
                            "next": (
                                "Keisha says she feels steady on her dose and does not want "
                                "to taper yet. She just does not want to go back to jail. "
                                "She does not know whether the officer's comment was an "
                                "order or an opinion."
                            ),
                        },
                        {
                            "text": (
                                "Suggest a small drop so she can show good faith without "
                                "much risk."
                            ),
                            "feedback": (
                                "Suggesting any dose change is medical advice, which is "
                                "outside a coach's role, and it lets the pressure make the "
                                "decision for her."
                            ),
                            "best": False,
                            "next": (
                                "Keisha takes your words as advice. Later she asks you what "
                                "to do if she feels sick, and you realise you have stepped "
                                "into a medical decision."
                            ),
                        },
                        {
                            "text": (
                                "Tell her the officer has no right to say that and she "
                                "should ignore it."
                            ),
                            "feedback": (
                                "You may be right in spirit, but you do not know her "
                                "conditions of probation. Telling her to ignore the officer "
                                "could put her at risk."
                            ),
                            "best": False,
                            "next": (
                                "Keisha feels better for a moment, then worries. She still "
                                "does not know what her probation terms actually say."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "What is the most helpful next step?",
                        "choices": [
                            {
                                "text": (
                                    "Help her find out what her written conditions say, "
                                    "and, with her consent and your supervisor's approval, "
                                    "help her ask her prescriber for a letter confirming her "
                                    "treatment."
                                ),
                                "feedback": (
                                    "This turns fear into facts. It supports Keisha to "
                                    "speak for herself, uses her prescriber for medical "
                                    "questions, and respects consent."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Call the probation officer yourself today to explain "
                                    "that methadone is recovery."
                                ),
                                "feedback": (
                                    "Without her written consent, contacting the officer "
                                    "about her treatment would break confidentiality rules. "
                                    "It also takes the lead away from Keisha."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her to wait and see whether the officer brings it "
                                    "up again."
                                ),
                                "feedback": (
                                    "Waiting leaves her anxious and uninformed. She can "
                                    "find out her rights now, before there is a crisis."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "case-take-home-doses-and-safety",
            "title": "Case: take-home doses and safety",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>What changed in 2024</h2>"
                 "<p>A take-home dose is methadone a person takes at home instead of at the "
                 "clinic window. Take-homes can mean keeping a job, getting kids to school, "
                 "or not spending hours a day on a bus. So they come up in coaching all the "
                 "time.</p>"
                 "<p>The federal rule for opioid treatment programs (OTPs), 42 CFR Part 8, "
                 "was revised in a final rule published February 2, 2024. It took effect "
                 "April 2, 2024, and programs had to comply by October 2, 2024. The MAT "
                 "course covers the rule in detail. Here is what matters for ethics.</p>"
                 "<ul>"
                 "<li><strong>The decision is the practitioner's clinical judgment.</strong> "
                 "The program's medical practitioner decides, weighing whether the benefits "
                 "of take-homes for this person outweigh the risks. The rule lists things to "
                 "weigh, such as active substance use, regular attendance, serious behavior "
                 "problems, recent diversion (giving or selling medication to others), and "
                 "whether the doses can be carried and stored safely.</li>"
                 "<li><strong>Limits grow with time in treatment.</strong> In the first 14 "
                 "days, a person may get up to 7 days of take-homes at a time. From day 15, "
                 "up to 14 days. From day 31, up to 28 days. These are ceilings, not "
                 "promises. States may set lower limits, and programs have their own "
                 "policies.</li>"
                 "<li><strong>The rule supports shared decisions.</strong> It asks programs "
                 "to plan care with the person and brings harm reduction into treatment.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Coaches do not judge eligibility",
                    "text": (
                        "You never decide, predict or promise whether someone is ready for "
                        "take-homes or how many they should get. That is the practitioner's "
                        "clinical judgment, made with the person. Your job is to help the "
                        "person prepare, speak up and understand the answer."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Case one: “Write me a letter”</h2>"
                 "<p>Luis Ortega, 52, has been at his OTP for six weeks. He just got a job "
                 "on a road crew that starts at 6 a.m., before the clinic opens. He asks you "
                 "to write a letter to the doctor saying he is stable and ready for a week of "
                 "take-homes. “You know me. You see me every day.”</p>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> Luis wants you to vouch for a "
                 "clinical judgment. That is outside your role, even though you care about "
                 "him and his job.</li>"
                 "<li><strong>Whose interests?</strong> Luis's job and recovery. His safety "
                 "and the safety of anyone at home. The trust between coaches and medical "
                 "staff.</li>"
                 "<li><strong>Code and law.</strong> The rule puts the decision with the "
                 "practitioner. Your code asks you to stay within your scope and be "
                 "honest.</li>"
                 "<li><strong>Options.</strong> Write the letter. Refuse and walk away. Or "
                 "explain your role and help Luis make his own strong case.</li>"
                 "</ul>"
                 "<p>Choose the third. Say it warmly: “I can't judge whether you're ready. "
                 "That's the doctor's call with you. But I can help you make your case.” "
                 "Then help him get the program's written take-home policy. Help him write "
                 "down his work schedule and a safety plan: a lock box, where it will be "
                 "kept, who lives with him, naloxone in the home. Help him write his "
                 "questions: “What would you need to see to feel comfortable?” and “If not "
                 "now, when can we look again?”</p>"
                 "<p>If your program lets coaches share observations with the team, you may "
                 "report facts you have seen, such as “Luis came to every group this month,” "
                 "with his knowledge. Facts are not the same as a judgment about "
                 "readiness.</p>"
                 "<h2>Case two: a secret about a take-home</h2>"
                 "<p>Marcus, 39, has had weekend take-homes for a year. In a coaching session "
                 "he mentions that he has been taking pills a friend gives him to help him "
                 "sleep. He also says he sometimes gives part of a take-home to his cousin, "
                 "who is in withdrawal and has no treatment. He asks you not to tell the "
                 "clinic. He is afraid of losing his take-homes.</p>"
                 "<p>This is harder. Work the model.</p>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> Marcus has shared two real safety "
                 "risks and asked you to keep them secret.</li>"
                 "<li><strong>Whose interests?</strong> Marcus's life. His cousin's life. "
                 "Marcus's trust in you. Anyone else in the home.</li>"
                 "<li><strong>Code and law.</strong> Mixing methadone with sedating pills "
                 "raises the risk of overdose; the FDA warns about this combination. A "
                 "methadone dose that is safe for Marcus could kill his cousin, who may have "
                 "little tolerance. Your program's policy says what coaches must share with "
                 "the treatment team. Part 2 usually allows sharing inside the program with "
                 "staff who need the information to provide care. You should have explained "
                 "those limits when you started working together.</li>"
                 "<li><strong>Options.</strong> Promise secrecy. Report him without a word. "
                 "Or be honest about your limits, focus on safety, and help Marcus bring this "
                 "to his medical team himself.</li>"
                 "</ul>"
                 "<p>The third option is the ethical path. Do not promise secrecy you may not "
                 "be able to keep. Say something like: “I'm glad you told me. I'm worried "
                 "about you and your cousin. I need to be honest about what I have to share "
                 "here.” Then:</p>"
                 "<ul>"
                 "<li>Make sure Marcus and his cousin have naloxone and know how to use "
                 "it.</li>"
                 "<li>Share the safety facts without judgment.</li>"
                 "<li>Encourage Marcus to talk with the medical staff about his sleep and the "
                 "pills. Offer to go with him.</li>"
                 "<li>Offer to help the cousin find treatment, with the cousin's agreement. "
                 "Many programs can start people quickly.</li>"
                 "<li>Consult your supervisor the same day, and follow policy on what must "
                 "be shared and how.</li>"
                 "<li>Document the facts as policy requires.</li>"
                 "</ul>"
                 "<p>Marcus may lose some take-homes for a time. That is a clinical decision, "
                 "not yours. What you can do is help him stay in treatment and speak up for "
                 "himself: ask what would need to change, and when his plan will be looked at "
                 "again.</p>"
                 "<h2>The thread</h2>"
                 "<p>In both cases, the coach avoided two traps. One is acting as the clinic's "
                 "police. The other is becoming a keeper of dangerous secrets or a judge of "
                 "medical readiness. Between them is the coach's real work: honesty about the "
                 "role, care for safety, and helping the person speak for themselves.</p>"
                 "<h2>When the answer is no</h2>"
                 "<p>Sometimes a person asks for take-homes and the practitioner says not "
                 "yet. The person may feel judged, angry or hopeless. This is a moment for "
                 "support, not for taking sides. Listen first. Then help them ask three "
                 "questions: What is the reason? What would need to change? When can we look "
                 "at this again? Help them write the answers down. If they believe the "
                 "decision was unfair, help them use the grievance process. A coach does not "
                 "tell them the practitioner is wrong, and does not tell them they deserved "
                 "it.</p>"
                 "<h2>Your own feelings about take-homes</h2>"
                 "<p>Many coaches in medication-assisted recovery remember the old rules. "
                 "Maybe you waited two years for a month of take-homes. Maybe you lost them "
                 "over one test. Those memories can pull you in either direction. You may "
                 "feel that new patients have it too easy. Or you may feel angry at any limit "
                 "at all. Both feelings are human. Neither is a guide to what this person "
                 "needs. Notice them, and bring them to supervision. The person in front of "
                 "you deserves a coach who sees their situation, not yours.</p>"
                 "<p>The same goes for fairness between participants. People will compare "
                 "notes. “Why does she get a week and I get two days?” You do not know the "
                 "practitioner's reasons, and you may not share what you know about someone "
                 "else. Say so plainly, and help the person ask about their own plan.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a time someone asked you to vouch for them or keep a "
                        "secret. How did it feel to say no, or to say yes? Write what you "
                        "would say, in your own words, to Luis or to Marcus in the first "
                        "minute of the conversation."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "administrative-discharge-and-program-rules",
            "title": "Case: administrative discharge, program rules and a person's rights",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>What administrative discharge means</h2>"
                 "<p>An administrative discharge is when a program ends a person's treatment "
                 "for breaking rules, not because treatment is finished. Common reasons are "
                 "unpaid fees, missed visits, threats or violence, selling or sharing "
                 "medication, or ongoing drug use. At an OTP, a discharge often comes with a "
                 "fast taper, sometimes called an administrative withdrawal.</p>"
                 "<p>For a person on methadone or buprenorphine, discharge can be dangerous. "
                 "When someone stops medication, their tolerance drops. If they then use "
                 "opioids, especially fentanyl, the risk of overdose is high. Leading "
                 "addiction researchers have argued for years that discharging people for "
                 "the very symptoms treatment is meant to address does more harm than good. "
                 "In a well-known 2005 article, William White and colleagues called on "
                 "programs to stop “kicking people out” of treatment.</p>"
                 "<p>Some discharges are about real safety, such as violence toward staff or "
                 "other patients. Programs have to protect people. But many states set rules "
                 "for how discharge must happen. Depending on the state, these can include "
                 "written notice, a chance to change, a slower taper, or help moving to "
                 "another program. Your program's handbook should describe its discharge "
                 "policy and the grievance process, which is how a patient can complain or "
                 "ask for a review.</p>"
                 "<h2>The case</h2>"
                 "<p>Mr. James Whitehorse is 61. He has been at an OTP in a small city for "
                 "four years. Last winter his wife died. Since then he has missed doses, "
                 "fallen behind on fees and had several positive drug tests. Today he shows "
                 "you a letter. It says he will be discharged in 21 days, with a taper "
                 "starting Monday. He says, “I'm done. I'll just go back to the street.”</p>"
                 "<h3>Work the model</h3>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> A person at high risk is about to "
                 "lose treatment. You work for the program that made the decision. What are "
                 "your duties to him, and to your employer?</li>"
                 "<li><strong>Whose interests?</strong> Mr. Whitehorse's life and his right "
                 "to be heard. Staff who may feel they have run out of options. Other "
                 "patients. The program's rules and finances. Your job.</li>"
                 "<li><strong>Code and law.</strong> The handbook's discharge and grievance "
                 "policies. Your state's OTP rules. Part 2 on his privacy. Your code's duty "
                 "to respect dignity and self-determination, and to advocate.</li>"
                 "<li><strong>Options.</strong> Say nothing because it's not your decision. "
                 "Argue with staff in front of him. Quietly tell him how to get around the "
                 "rules. Or help him understand his rights, use the grievance process, and "
                 "plan for safety whatever happens.</li>"
                 "</ul>"
                 "<h3>What a coach does</h3>"
                 "<p>First, respond to what he just said. “Going back to the street” after "
                 "grief is a warning sign. Ask about safety directly. If he talks about "
                 "wanting to die, follow your program's crisis procedure and call or text "
                 "988 with him. Make sure he has naloxone and that someone near him knows how "
                 "to use it.</p>"
                 "<p>Then, help him use his rights:</p>"
                 "<ul>"
                 "<li>Read the letter and the handbook together. What reason is given? What "
                 "does the grievance process say? Is there a deadline to appeal?</li>"
                 "<li>Help him write what he wants to say. His wife's death matters. So does "
                 "what might help now: grief counseling, a payment plan, a different dosing "
                 "time.</li>"
                 "<li>Help him ask for a meeting with his counselor or the medical "
                 "director. Offer to come if he wants you there.</li>"
                 "<li>Help him ask, if discharge goes ahead, for a slower taper, a transfer "
                 "to another OTP, or a referral to a buprenorphine prescriber, so there is "
                 "no gap in treatment.</li>"
                 "</ul>"
                 "<p>Tell your supervisor the same day. Say what you are doing and why. You "
                 "are not working against your employer. You are helping a patient use the "
                 "process the program itself offers. That is advocacy through proper "
                 "channels.</p>"),
                ("callout", {
                    "title": "Loyalty without taking sides",
                    "text": (
                        "A coach does not undermine program rules or lie for anyone. A coach "
                        "also does not enforce rules against the people they serve. You help "
                        "people understand the rules, use their rights, and be heard."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Program rules and a person's rights</h2>"
                 "<p>Discharge is the sharpest case of a wider tension. Programs need rules "
                 "to run safely. People have rights that rules cannot take away. Here are "
                 "common places they collide:</p>"
                 "<ul>"
                 "<li><strong>Privacy.</strong> A rule that staff may discuss patients in the "
                 "waiting room conflicts with Part 2. Privacy wins.</li>"
                 "<li><strong>Disability rights.</strong> A recovery residence or job program "
                 "that bans everyone on prescribed MOUD may violate the ADA, as the Justice "
                 "Department's guidance explains. Help the person find advocacy or legal "
                 "help.</li>"
                 "<li><strong>Counseling.</strong> Under the 2024 rule, programs must offer "
                 "counseling, but a person's medication cannot be made to depend on going. "
                 "If a program threatens doses over missed counseling, help the person ask "
                 "about it.</li>"
                 "<li><strong>Dignity.</strong> Rules about bathroom searches, public drug "
                 "test results, or harsh talk at the window can shame people. A coach can "
                 "raise these patterns with a supervisor, without naming anyone.</li>"
                 "</ul>"
                 "<p>When a rule seems to conflict with a right, do not decide alone that the "
                 "rule is illegal. Bring it to supervision. Check the written policy and the "
                 "law. If a pattern hurts many people, peer programs in the MARS tradition "
                 "have a long history of raising it together, through patient councils and "
                 "advisory boards. Change made through those channels lasts longer than a "
                 "quiet exception for one person.</p>"
                 "<h2>After discharge</h2>"
                 "<p>Sometimes the program discharges a person anyway. Your duty does not end "
                 "there. If your program allows it, help the person connect to another OTP or "
                 "prescriber, a community peer center, harm reduction services and naloxone. "
                 "Say clearly that the door is open for them to come back. Document what you "
                 "did. Then take it to supervision, for the person and for yourself. These "
                 "cases weigh on coaches. Module 6 covers how to carry that weight.</p>"
                 "<h2>Talking with staff about a discharge</h2>"
                 "<p>Staff who decide on a discharge are often tired and worried too. They may "
                 "have tried many things. If you go in angry, they may stop listening. If you "
                 "go in curious, you may learn something, and so may they. Some ways to "
                 "start, with the person's consent:</p>"
                 "<ul>"
                 "<li>“Mr. Whitehorse asked me to come with him. He wants to explain what "
                 "has been going on since his wife died.”</li>"
                 "<li>“Is there anything he could do in the next week that would change the "
                 "plan?”</li>"
                 "<li>“If the discharge goes ahead, can we talk about a transfer so he does "
                 "not have a gap in treatment?”</li>"
                 "</ul>"
                 "<p>Let the person speak for themselves as much as they can. Your job is to "
                 "help them be heard, not to argue the case for them.</p>"
                 "<h2>Documenting advocacy</h2>"
                 "<p>Write down what you did, in plain facts: the date, what the person "
                 "asked for, what you helped with, who you spoke to and what was agreed. Do "
                 "not write opinions about staff. If you disagreed with the decision, say so "
                 "in supervision, not in the person's record. Good notes show that the "
                 "person was given a fair chance to use their rights.</p>"
                 "<h2>When the rule is about safety</h2>"
                 "<p>Not every discharge is unfair. If a person threatened a nurse with a "
                 "weapon, the program must protect its staff and patients. Even then, the "
                 "coach's duties stay the same in a smaller form. Help the person understand "
                 "what happened and what their options are. Help them connect to another "
                 "program or prescriber so they do not lose treatment. Make sure they have "
                 "naloxone. You can respect a safety decision and still care about the "
                 "person's life after it.</p>"),
                ("reflection", {
                    "prompt": (
                        "Picture a person you care about receiving a discharge letter. What "
                        "would you feel first? How would you keep that feeling from taking "
                        "over, so you can help them use their rights and stay safe?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "A participant gets a discharge letter for unpaid fees. What "
                            "should the coach help with first, after checking on safety?"
                        ),
                        "choices": [
                            ("Reading the letter and handbook together to find the reason "
                             "and the grievance process", True),
                            ("Telling the participant the discharge is final and cannot be "
                             "changed", False),
                            ("Lending the participant money to pay the fees", False),
                        ],
                        "explanation": (
                            "Knowing the reason, the deadline and the grievance process lets "
                            "the person speak up for themselves. Lending money crosses a "
                            "boundary, and no one should assume the decision cannot be "
                            "reviewed."
                        ),
                    },
                    {
                        "prompt": (
                            "Why is administrative discharge from an OTP a safety issue?"
                        ),
                        "choices": [
                            ("When medication stops, tolerance drops, so using opioids "
                             "afterward carries a high risk of overdose", True),
                            ("It is not a safety issue, only a paperwork issue", False),
                            ("Because the person can no longer attend mutual-aid meetings",
                             False),
                        ],
                        "explanation": (
                            "Losing tolerance after stopping medication makes a return to "
                            "opioid use, especially with fentanyl, very dangerous. That is "
                            "why safety planning and continuity of care matter."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "when-you-disagree-or-are-asked-to-report",
            "title": "Case: when you disagree, and when staff ask you to report on a peer",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>When you disagree with a person's choice</h2>"
                 "<p>You will serve people who make choices you would not make. Some will "
                 "stop their medication when you think it's too soon. Some will stay on "
                 "medication for life when your own path was to taper. Some will keep using "
                 "cannabis or alcohol. Some will move back in with a partner you fear for "
                 "them. You are allowed to have feelings about this. The ethical question is "
                 "what you do with them.</p>"
                 "<p>Peer support is built on self-determination: people have the right to "
                 "direct their own recovery. SAMHSA's core competencies for peer workers "
                 "describe peer support as person-driven and voluntary, and they recognize "
                 "many pathways to recovery. Your own path is one path. It is not the map "
                 "for anyone else.</p>"
                 "<h3>The case</h3>"
                 "<p>Mai Nguyen, 31, has taken buprenorphine for a year. She tells you she "
                 "has decided to stop it before her wedding in two months. “I want to start "
                 "my marriage free of everything.” You remember how hard your own early "
                 "months were, and you are worried.</p>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> Mai's choice worries you. Can you "
                 "support it? Should you say something?</li>"
                 "<li><strong>Whose interests?</strong> Mai's right to choose and her safety. "
                 "Her future spouse. Your own feelings, which belong in supervision, not in "
                 "her session.</li>"
                 "<li><strong>Code and law.</strong> Respect self-determination. Give no "
                 "medical advice. Share information honestly.</li>"
                 "<li><strong>Options.</strong> Try to talk her out of it. Say nothing and "
                 "smile. Or be honest once, give her the facts, and support her plan.</li>"
                 "</ul>"
                 "<p>Choose the third. Ask first: “What does free of everything mean to "
                 "you?” “What would make this go well?” You can share a concern once, "
                 "clearly and kindly: “Can I share a worry? Stopping can bring a higher risk "
                 "of a return to use, and tolerance drops. I'd feel better if you made the "
                 "plan with your prescriber and kept naloxone close.” Then respect her "
                 "answer.</p>"
                 "<p>If she goes ahead, help her plan. Encourage her to talk with her "
                 "prescriber about how to taper and what to do if cravings or withdrawal "
                 "come back. Help her build supports: people to call, meetings that welcome "
                 "people on or off medication, a plan for a hard night. Make sure she knows "
                 "she can restart treatment without shame. Returning to medication is not "
                 "failure.</p>"
                 "<p>Then take your own feelings to supervision. If your worry came from your "
                 "own story, name that. It helps you see the person in front of you more "
                 "clearly next time.</p>"),
                ("callout", {
                    "title": "Say it once, then support",
                    "text": (
                        "Share a safety concern honestly, once, with facts. Do not repeat it "
                        "until the person gives in. Then help them carry out their own plan "
                        "as safely as possible."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>When staff ask you to report on a peer</h2>"
                 "<p>Coaches are close to participants. We see them in groups, in the "
                 "parking lot, at the peer center. So staff sometimes ask us to be their "
                 "eyes. “You see Tony at group. Is he using?” “Let us know if anyone is "
                 "selling doses outside.” “Tell me what she says about her boyfriend.”</p>"
                 "<p>These requests often come from real concern. But they threaten the core "
                 "of peer work. If people believe the coach is an informant, they stop "
                 "talking. Then no one can help them.</p>"
                 "<h3>The case</h3>"
                 "<p>A counselor, Ms. Harper, asks you to keep an eye on Tony Reyes, 24, and "
                 "tell her whether he seems high at group. She says his tests have been "
                 "mixed and she is deciding about his take-homes.</p>"
                 "<ul>"
                 "<li><strong>Name the problem.</strong> You are being asked to watch a peer "
                 "and report on him, to inform a decision about his medication.</li>"
                 "<li><strong>Whose interests?</strong> Tony's trust, safety and privacy. "
                 "Ms. Harper's need for good information. Other group members. The peer "
                 "role itself.</li>"
                 "<li><strong>Code and law.</strong> Your job description and program policy "
                 "on what coaches share. Part 2 allows sharing inside a program only with "
                 "staff who need it to provide care, which is a limit, not an open door. "
                 "Your code's duty of honesty with the people you serve.</li>"
                 "<li><strong>Options.</strong> Agree and report quietly. Refuse and tell her "
                 "it's none of her business. Or explain the peer role, offer what you can "
                 "do openly, and bring the question to your supervisor.</li>"
                 "</ul>"
                 "<p>Choose the third. You might say: “I understand you're worried about him. "
                 "Watching him and reporting back behind his back would break the trust that "
                 "makes my work useful. What I can do is talk with Tony about how he's doing "
                 "and encourage him to talk with you. I'll check with my supervisor about how "
                 "we handle this.”</p>"
                 "<p>Then ask your supervisor for clear policy. Good programs write down what "
                 "coaches share with the team and tell participants at the start. A common "
                 "approach: coaches share what is needed for immediate safety and what the law "
                 "requires, such as child abuse reports, and otherwise share with the "
                 "person's knowledge. Your supervisor may also need to explain the peer role "
                 "to clinical staff.</p>"
                 "<h3>What is not spying</h3>"
                 "<p>Some things are not optional. If you see someone overdosing, you respond. "
                 "If you learn of child abuse, you follow mandated reporting law. If someone "
                 "threatens to hurt another person, you follow your program's safety "
                 "procedure. In these moments, be as open with the person as safety allows. "
                 "“I have to tell my supervisor about this, and I want you to know that "
                 "before I do.”</p>"
                 "<h3>When you see something outside work</h3>"
                 "<p>Coaches live in the same neighborhoods as the people they serve. You "
                 "may see a participant buying drugs at the corner store, or at a party, or "
                 "in the emergency room. Are you on duty? Do you tell anyone? Use the model. "
                 "If there is immediate danger, respond as any caring person would. If not, "
                 "you are not the program's watchman after hours. You may choose to say to "
                 "the person, next time you meet, “I saw you on Saturday. How are you "
                 "doing?” That opens a door without reporting behind their back. Check your "
                 "program's policy, and talk it through in supervision.</p>"
                 "<h3>When the peer is also your friend</h3>"
                 "<p>In small towns and small clinics, the person staff ask about may be "
                 "someone you know well. Module 3 covers dual relationships. Here, the key is "
                 "to say so. Tell your supervisor about the relationship, and ask whether "
                 "another coach should take the lead. Your friendship may make it hard to "
                 "see clearly, in either direction.</p>"
                 "<h3>What good policy looks like</h3>"
                 "<p>Coaches should not have to guess. A good program policy on peer "
                 "information sharing:</p>"
                 "<ul>"
                 "<li>says in writing what coaches must share with the team, such as "
                 "immediate danger and what the law requires;</li>"
                 "<li>says what coaches share only with the person's knowledge or "
                 "consent;</li>"
                 "<li>is explained to every participant at the start, in plain words;</li>"
                 "<li>keeps coaches out of monitoring tasks, such as watching drug tests or "
                 "reporting on group members;</li>"
                 "<li>is explained to clinical staff, so they know what to ask a coach for "
                 "and what not to ask.</li>"
                 "</ul>"
                 "<p>If your program has no such policy, ask your supervisor to help write "
                 "one. Peer staff who helped shape a policy tend to trust it, and so do "
                 "participants.</p>"
                 "<h2>Bringing it together</h2>"
                 "<p>Across this module, the same moves keep working. Slow down. Name the "
                 "problem. Put the person first on the list. Check the code and the law. Find "
                 "a third option. Consult. Act in the open. Write it down. Look back. The "
                 "model will not make hard calls easy. It will make them clearer, fairer and "
                 "easier to stand behind.</p>"),
                ("reflection", {
                    "prompt": (
                        "Which is harder for you: supporting a person whose choice you "
                        "disagree with, or saying no to a staff member who asks you to report "
                        "on a peer? Describe why, and write the words you would use to stay "
                        "in your role."
                    ),
                    "min_words": 50,
                    "minutes": 5,
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
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Andre's sister tells him he is “not really sober” on methadone and "
                    "offers him a place to live only if he tapers within a month. Andre asks "
                    "you how fast he should go. What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Explore what Andre wants apart from the pressure, and encourage him to "
                     "make any taper plan with his prescriber", True),
                    ("Suggest a slow schedule so he can meet his sister's deadline safely",
                     False),
                    ("Tell him he should never taper because the risk is too high", False),
                    ("Call his sister and explain that methadone is recovery", False),
                ],
                "explanation": (
                    "The coach helps Andre find his own goals and keeps medical decisions "
                    "with him and his prescriber. Suggesting a schedule is medical advice, "
                    "telling him never to taper removes his choice, and calling his sister "
                    "needs his consent."
                ),
            },
            {
                "prompt": (
                    "Pilar has been at her OTP for 20 days and asks you whether she qualifies "
                    "for 14 days of take-homes. Which response fits the coach role?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that her practitioner decides using clinical judgment, and help "
                     "her prepare her reasons and a safety plan for that conversation", True),
                    ("Tell her yes, because the federal rule allows up to 14 days after day "
                     "15", False),
                    ("Tell her no, because new patients never get take-homes", False),
                    ("Write a note to the doctor saying she is ready", False),
                ],
                "explanation": (
                    "The 2024 rule sets ceilings that grow with time in treatment, but the "
                    "ceilings are not promises. The practitioner decides. The coach helps "
                    "the person prepare and speak up, and never judges eligibility."
                ),
            },
            {
                "prompt": (
                    "A participant tells you he gives part of his take-home dose to a friend "
                    "in withdrawal and asks you to keep it secret. Which actions fit the "
                    "coach role? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Be honest about what you are required to share under program policy",
                     True),
                    ("Make sure he and his friend have naloxone and know how to use it", True),
                    ("Consult your supervisor the same day", True),
                    ("Promise secrecy so he keeps trusting you", False),
                    ("Tell him how to space the doses so both of them stay well", False),
                ],
                "explanation": (
                    "Honesty about limits, naloxone and same-day consultation protect safety "
                    "and trust. Promising secrecy you may not be able to keep is dishonest, "
                    "and advising on doses is medical advice."
                ),
            },
            {
                "prompt": (
                    "Ms. Alvarez, 64, got a letter saying she will be discharged from her OTP "
                    "in three weeks for missed visits. She says she will just stop coming. "
                    "After checking on her safety, what should you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Read the letter and handbook with her, help her use the grievance "
                     "process, and help her ask for a transfer or slower taper if discharge "
                     "goes ahead", True),
                    ("Tell her the decision is the program's and there is nothing to do",
                     False),
                    ("Confront the counselor in front of her to show you are on her side",
                     False),
                    ("Tell her to sign in at the window so it looks like she came, even on "
                     "days she missed", False),
                ],
                "explanation": (
                    "The coach helps the person use her rights through proper channels and "
                    "plans for continuity of care. Giving up, public confrontation and "
                    "dishonesty all fail her and the role."
                ),
            },
            {
                "prompt": (
                    "A counselor asks you to watch a participant at group and report whether "
                    "he seems high, to help decide his take-homes. What is the best "
                    "response?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that secret monitoring would break the trust peer work needs, "
                     "offer to encourage him to talk with her, and take the question to your "
                     "supervisor", True),
                    ("Agree, since you both work for the same program", False),
                    ("Refuse and tell her it is none of her business", False),
                    ("Agree, but tell the participant privately so he can act sober at group",
                     False),
                ],
                "explanation": (
                    "The coach stays in role and stays polite, offers an open alternative, "
                    "and asks for clear policy. Secret reporting or secret warnings are both "
                    "dishonest."
                ),
            },
            {
                "prompt": (
                    "Jamal decides to stop buprenorphine before starting a new job. You "
                    "think it is too soon. Which response best fits ethical peer practice?"
                ),
                "multiple": False,
                "choices": [
                    ("Share your safety concern once with facts, then support him to plan "
                     "with his prescriber and keep naloxone close", True),
                    ("Keep raising your concern at every meeting until he changes his mind",
                     False),
                    ("Say nothing, since it is his life", False),
                    ("Tell him about your own taper so he can follow the same plan", False),
                ],
                "explanation": (
                    "Honesty and respect go together: say it once, then help the person carry "
                    "out his own plan as safely as possible. Repeating pressure, silence "
                    "about real risk, and offering your path as the model all miss the mark."
                ),
            },
            {
                "prompt": (
                    "Ruth's new manager tells her to stop methadone or lose her office job. "
                    "What information can a coach accurately share?"
                ),
                "multiple": False,
                "choices": [
                    ("The ADA may protect people who take prescribed medication for opioid "
                     "use disorder, and she can get advice from legal aid, a disability "
                     "rights group or the EEOC", True),
                    ("The ADA means no employer can ever act on anything related to her "
                     "medication", False),
                    ("Employers may fire anyone who takes methadone", False),
                    ("She must disclose her full treatment history to her manager to be "
                     "protected", False),
                ],
                "explanation": (
                    "Federal guidance says the ADA can protect people taking MOUD as "
                    "prescribed, though employers may act if a person cannot do the job "
                    "safely or another federal law disqualifies them. A coach shares this "
                    "and connects her to people who can advise."
                ),
            },
            {
                "prompt": (
                    "You followed the model, consulted your supervisor and acted on a hard "
                    "case. What are the last two steps?"
                ),
                "multiple": False,
                "choices": [
                    ("Document the facts and what you did, then review how it turned out in "
                     "supervision", True),
                    ("Tell other participants about the case so they learn from it", False),
                    ("Nothing more: once you act, the case is closed", False),
                ],
                "explanation": (
                    "Documenting and reviewing protect the person and help you learn. "
                    "Sharing the case with others would break confidentiality."
                ),
            },
            {
                "prompt": (
                    "Which of these are examples of working a dilemma through proper "
                    "channels? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Helping a participant file a grievance about a rule", True),
                    ("Raising a pattern of public drug-test results with your supervisor, "
                     "without naming anyone", True),
                    ("Quietly letting a friend skip the rules because you know their story",
                     False),
                    ("Posting about a program's rules on social media with a participant's "
                     "story", False),
                ],
                "explanation": (
                    "Grievances and supervision are proper channels. Private exceptions are "
                    "unfair, and sharing a participant's story in public breaks "
                    "confidentiality."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to apply an eight-step ethical decision-making model "
            "to a dilemma in a medication-assisted recovery setting.",
            "Participants will be able to respond to pressure to taper in a way that keeps "
            "medical decisions with the person and their prescriber.",
            "Participants will be able to explain the 2024 take-home rule in plain words and "
            "state why coaches do not judge take-home eligibility.",
            "Participants will be able to support a person facing administrative discharge to "
            "use their rights and plan for continuity of care.",
            "Participants will be able to stay in role when they disagree with a person's "
            "choice or are asked to report on a peer.",
        ],
        "agenda": [
            {
                "title": "Welcome and why hard calls need a plan",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Welcome the group and review ground rules: confidentiality, no real "
                    "names in examples, step out if you need to. Say: Today is about the "
                    "calls that keep coaches up at night. We will learn one model and use it "
                    "on six cases. Read aloud the three one-line openers from Lesson 1 (the "
                    "mother, the nurse, the discharge letter). Ask for a show of hands: who "
                    "has faced something like this? Explain that reacting is normal, and "
                    "that a model helps us act instead. Preview the day."
                ),
                "materials": ["Flip chart", "Slide: agenda and ground rules"],
            },
            {
                "title": "Warm-up: the hardest call I have seen",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "In pairs for 5 minutes, each person describes a hard ethical moment "
                    "they saw or lived, as a coach, patient or family member, with no names. "
                    "Then bring the group back for 10 minutes. Write on the flip chart the "
                    "kinds of pressure people named: family, employers, courts, staff, their "
                    "own feelings. Point out that most involve someone else trying to make a "
                    "decision for the person. Keep these sheets up; you will come back to "
                    "them."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What made the moment hard: the rules, the people, or your own feelings?",
                    "Who had the most power in that situation, and who had the least?",
                    "What did you wish you had known or done?",
                ],
            },
            {
                "title": "The eight-step model",
                "minutes": 20,
                "method": "presentation",
                "description": (
                    "Walk through the eight steps using the handout: name the problem, whose "
                    "interests, which code sections and laws, options, consult supervision, "
                    "act, document, review. For each step, give one example from a "
                    "medication-assisted recovery setting. Stress three points: in an "
                    "emergency, safety comes first (911, naloxone, 988); always find at least "
                    "three options; consultation is required, not weakness. End with the "
                    "three quick tests (daylight, fairness, whose need). Check understanding "
                    "by asking two volunteers to say the steps from memory."
                ),
                "materials": ["Handout: The eight-step decision model worksheet",
                              "Slides: the eight steps"],
            },
            {
                "title": "Demonstration: thinking aloud on a take-home request",
                "minutes": 15,
                "method": "demonstration",
                "description": (
                    "Read the Luis case from Lesson 3 (he wants a letter saying he is ready "
                    "for take-homes). Think aloud through the model, step by step, writing "
                    "each step on the flip chart. Show the trap (writing the letter), the "
                    "other trap (refusing and walking away), and the third option (explaining "
                    "the role and helping him build his own case). Then briefly explain the "
                    "2024 rule in plain words: practitioner's clinical judgment, limits that "
                    "grow with days in treatment (up to 7 days in the first 14 days, 14 from "
                    "day 15, 28 from day 31), states may be stricter. Ask: what did you notice "
                    "about how the third option appeared?"
                ),
                "materials": ["Flip chart", "Case card: Luis"],
            },
            {
                "title": "Small groups: pressure to taper",
                "minutes": 25,
                "method": "small_group",
                "description": (
                    "Form groups of four. Give half the groups the Rosa case (mother "
                    "threatens to stop childcare) and half the Darnell case (manager says "
                    "stop methadone or lose the job). Each group works the model on the "
                    "worksheet for 15 minutes and writes the coach's first three sentences. "
                    "Then each group reports in 2 minutes. Debrief: did any group slip into "
                    "medical advice? What did the ADA add to the Darnell case? Where does "
                    "consent come in before contacting anyone?"
                ),
                "materials": ["Case cards: Rosa and Darnell",
                              "Handout: The eight-step decision model worksheet"],
            },
            {
                "title": "Role-play: a discharge letter",
                "minutes": 30,
                "method": "role_play",
                "description": (
                    "Set up triads. Explain the roles and hand out the script and checklist. "
                    "Round one, 8 minutes of role-play plus 3 minutes of observer feedback. "
                    "Rotate roles and repeat. Use the remaining time for a full-group "
                    "debrief. Coach the coaches: start with safety, then rights, then "
                    "planning. Debrief questions: How did it feel to work for the program "
                    "that sent the letter? What did the coach say about telling a "
                    "supervisor? What would you document?"
                ),
                "materials": ["Role cards", "Handout: Know your rights at discharge",
                              "Observer checklist"],
                "roles": [
                    "Coach",
                    "Participant (Mr. Whitehorse, 61, on methadone four years, widowed last "
                    "winter)",
                    "Observer",
                ],
                "script": (
                    "Mr. Whitehorse holds out a letter. He says: I got this today. They're "
                    "kicking me out in 21 days and starting a taper Monday. Since my wife "
                    "passed, I've messed up. Missed doses, owe money, bad tests. "
                    " I'm done. I'll just go back to the street. If the coach "
                    "asks about safety, he says he is not planning to hurt himself but he "
                    "does not care much what happens. If the coach offers help with the "
                    "grievance, he is doubtful at first, then willing if the coach will come "
                    "to the meeting."
                ),
                "observer_checklist": [
                    "Coach responded to the words go back to the street and asked about "
                    "safety directly",
                    "Coach made sure he has naloxone",
                    "Coach read the letter and the grievance process with him",
                    "Coach helped him plan what to say, including his grief",
                    "Coach raised a transfer, slower taper or other prescriber if discharge "
                    "goes ahead",
                    "Coach said they would tell their supervisor, and why",
                    "Coach did not criticize staff or promise an outcome",
                ],
            },
            {
                "title": "Teach-back: what a coach does and does not do about take-homes",
                "minutes": 15,
                "method": "teach_back",
                "description": (
                    "In pairs, each person explains to the other, in two minutes and plain "
                    "words, what the 2024 rule says about take-homes and why a coach never "
                    "judges eligibility. The partner checks against the handout and gives "
                    "one correction or addition. Then switch. Call on three pairs to teach "
                    "it to the room. Correct any errors, especially anyone saying take-homes "
                    "are earned on a schedule or that the ceilings are promises."
                ),
                "materials": ["Handout: The eight-step decision model worksheet"],
            },
            {
                "title": "Discussion: program rules, rights, and requests to report",
                "minutes": 20,
                "method": "discussion",
                "description": (
                    "Read the Tony case (a counselor asks the coach to watch him at group) "
                    "and the list of rule-versus-right collisions from Lesson 4. Lead a "
                    "group discussion. Write on the flip chart what coaches must share "
                    "(immediate danger, what the law requires) and what they share only with "
                    "the person's knowledge. Emphasize proper channels: grievances, "
                    "supervision, patient councils. Close by asking each person to name one "
                    "policy they will ask their supervisor about."
                ),
                "materials": ["Case card: Tony", "Flip chart"],
                "questions": [
                    "What would you say to Ms. Harper in your first two sentences?",
                    "What does your program's policy say coaches must share with the team?",
                    "When does a safety concern mean you must tell someone, and how do you "
                    "tell the person first?",
                    "Which program rule have you seen clash with a person's rights, and what "
                    "channel could raise it?",
                ],
            },
            {
                "title": "Small groups: when you disagree",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "In groups of three, read the Mai case (stopping buprenorphine before her "
                    "wedding). Each person writes how they would share a concern once, in two "
                    "sentences, then the group picks the best version and adds two ways to "
                    "support her plan. Share a few aloud. Debrief: how did your own story "
                    "shape your first reaction? Where do those feelings belong?"
                ),
                "materials": ["Case card: Mai"],
            },
            {
                "title": "Documentation practice",
                "minutes": 10,
                "method": "small_group",
                "description": (
                    "Working in the same groups, write a short, factual note for the Marcus "
                    "take-home case: what he shared, what the coach did, who was consulted. "
                    "Swap notes with another group and check for guesses, labels or details "
                    "that are not needed. Debrief with two examples."
                ),
                "materials": ["Blank note forms"],
            },
            {
                "title": "Closing: one commitment",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Go around the room. Each person names one step of the model they will "
                    "use differently next week. Thank the group and remind them that Module "
                    "6 looks at the weight these cases put on coaches."
                ),
                "materials": [],
                "questions": [
                    "Which step of the model will you use most?",
                    "What is one thing you will ask your supervisor this week?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "The eight-step decision model worksheet",
                "text": (
                    "Emergency first: if someone may die or be hurt right now, call 911, use "
                    "naloxone, or call or text 988. Then use the model.\n\n"
                    "- 1. Name the problem in one sentence. Is it ethics, medical, legal or a "
                    "mix? How urgent?\n"
                    "- 2. Whose interests? Put the person first. Who else? Who has power?\n"
                    "- 3. Which code sections and laws? Your code, Part 2 and HIPAA, Part 8 "
                    "and state OTP rules, the ADA, mandated reporting, program policy.\n"
                    "- 4. Options: list at least three and their likely results.\n"
                    "- 5. Consult your supervisor. Share only what is needed.\n"
                    "- 6. Act, and tell the person what you are doing unless that creates "
                    "danger.\n"
                    "- 7. Document facts, actions and who you consulted.\n"
                    "- 8. Review how it went in supervision.\n\n"
                    "Quick tests: daylight (could I explain this in public?), fairness (would "
                    "I do this for anyone?), whose need (mine or theirs?)."
                ),
            },
            {
                "title": "Know your rights at discharge: a coach's checklist",
                "text": (
                    "Use this with a person who has received a discharge letter.\n\n"
                    "- Safety first: ask directly about safety; make sure they have naloxone.\n"
                    "- Read the letter together. What reason is given? What is the date?\n"
                    "- Read the handbook's discharge policy and grievance process.\n"
                    "- Note any deadline to appeal or ask for a review.\n"
                    "- Help the person write what they want to say and what might help.\n"
                    "- Offer to attend a meeting if they want you there.\n"
                    "- If discharge goes ahead, help them ask for a slower taper, a transfer "
                    "to another OTP, or a referral to another prescriber.\n"
                    "- Connect them with harm reduction services and a community peer center.\n"
                    "- Tell your supervisor the same day and document what you did.\n\n"
                    "Remember: you are helping the person use the program's own process. "
                    "You do not promise outcomes, and you do not criticize staff."
                ),
            },
            {
                "title": "Case cards",
                "text": (
                    "Rosa, 34, buprenorphine three years. Her mother will stop childcare "
                    "unless she gets off it. Rosa asks how fast she can stop.\n\n"
                    "Darnell, 46, methadone eight years, forklift driver. New manager says "
                    "stop methadone in 30 days or lose the job.\n\n"
                    "Luis, 52, six weeks at the OTP, new job starts before the clinic opens. "
                    "Asks you to write a letter saying he is ready for take-homes.\n\n"
                    "Marcus, 39, weekend take-homes. Taking a friend's sleeping pills and "
                    "sharing doses with a cousin in withdrawal. Asks you to keep it secret.\n\n"
                    "Tony, 24. A counselor asks you to watch him at group and report whether "
                    "he seems high.\n\n"
                    "Mai, 31, buprenorphine one year. Plans to stop before her wedding in two "
                    "months."
                ),
            },
        ],
    },
}
