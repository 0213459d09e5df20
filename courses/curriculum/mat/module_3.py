"""MAT module 3: Buprenorphine, naltrexone and naloxone. How the two treatment medicines work, overdose response, xylazine and harm reduction."""

MODULE = {
    "slug": "buprenorphine-naltrexone-naloxone",
    "title": "Buprenorphine, naltrexone and naloxone",
    "domain": "recovery-wellness-support",
    "intro": (
        "Buprenorphine and naltrexone treat opioid use disorder in very different ways, and naloxone "
        "saves lives when an overdose happens. This module shows how a peer coach supports people on "
        "each medicine, responds to an overdose, and brings harm reduction into everyday work, "
        "without ever giving medical advice."
    ),
    "minutes": 45,
    "sources": [
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "SAMHSA. Waiver Elimination (MAT Act): Section 1262 of the Consolidated Appropriations Act, "
        "2023. 2023.",
        "Drug Enforcement Administration, Diversion Control Division. Buprenorphine (MOUD) Questions "
        "and Answers. 2023.",
        "HHS, SAMHSA. Medications for the Treatment of Opioid Use Disorder: final rule revising "
        "42 CFR Part 8. 2024.",
        "DEA and HHS. Expansion of Buprenorphine Treatment via Telemedicine Encounter: final rule. "
        "2025.",
        "FDA. FDA Approves First Over-the-Counter Naloxone Nasal Spray (news release). 2023.",
        "FDA. FDA Approves Second Over-the-Counter Naloxone Nasal Spray Product (news release). 2023.",
        "FDA. FDA Approves New Buprenorphine Treatment Option for Opioid Use Disorder (Brixadi news "
        "release). 2023.",
        "FDA. FDA Approves First Once-Monthly Buprenorphine Injection (Sublocade news release). 2017.",
        "FDA. Drug Safety Communication: FDA urges caution about withholding opioid addiction "
        "medications from patients taking benzodiazepines or CNS depressants. 2017.",
        "FDA. Vivitrol (naltrexone for extended-release injectable suspension) prescribing "
        "information: vulnerability to opioid overdose. 2025.",
        "SAMHSA. Overdose Prevention and Response Toolkit. 2023.",
        "SAMHSA. Use of Medication-Assisted Treatment in Emergency Departments. 2021.",
        "CDC. What You Should Know About Xylazine. 2023.",
        "DEA. Public safety alert on the widespread threat of fentanyl mixed with xylazine. 2023.",
        "Office of National Drug Control Policy. Designation of fentanyl combined with xylazine as "
        "an emerging threat. 2023.",
        "FDA. Alert to health care professionals on the risks of xylazine in illicit drugs. 2022.",
        "American Society of Addiction Medicine. Opioid Use Disorder Patient Guide. 2025.",
        "CDC and SAMHSA. Federal Grantees May Now Use Funds to Purchase Fentanyl Test Strips. 2021.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "buprenorphine-how-it-works-and-where-to-get-it",
            "title": "Buprenorphine: how it works and where people get it",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>A medicine that turns the volume down</h2>"
                 "<p>Buprenorphine is one of three medicines the FDA has approved to treat opioid "
                 "use disorder. The other two are methadone and naltrexone. Many people know "
                 "buprenorphine by a brand name, such as Suboxone, or call it “bupe” or “subs.” You "
                 "will meet people who take it almost everywhere you work. You will meet them at a "
                 "community peer center and in recovery housing. You will meet them at an opioid "
                 "treatment program, in a re-entry group for people leaving jail, and at kitchen "
                 "tables in small towns where the nearest clinic is an hour away.</p>"
                 "<p>Buprenorphine is a <strong>partial agonist</strong>. An agonist is a drug that "
                 "switches on the opioid receptors in the brain. Receptors are like tiny locks on "
                 "brain cells, and opioids are keys that fit them. Heroin, fentanyl, oxycodone and "
                 "methadone are full agonists. They turn the lock all the way. Buprenorphine turns it "
                 "only part of the way. For most people that is enough to ease withdrawal and quiet "
                 "cravings. It lets a person feel steady and think clearly. It does not give the "
                 "same high as a full agonist.</p>"
                 "<p>Buprenorphine also holds on to the receptor very tightly. It grabs the lock "
                 "harder than most other opioids do. That matters in two ways. First, while it sits "
                 "in the lock, other opioids have a hard time getting in. So using on top of it "
                 "often brings less effect than the person expects. Second, it can push other "
                 "opioids out of the lock. The next lesson explains why that second point makes "
                 "the first dose a careful step.</p>"
                 "<h2>The ceiling effect</h2>"
                 "<p>Because it is only a partial agonist, buprenorphine has a ceiling. Past a "
                 "certain dose, its effect on breathing levels off. Taking more does not keep "
                 "slowing breathing the way more heroin or fentanyl would. This is a big reason why "
                 "buprenorphine, taken alone and as prescribed, carries a lower risk of a deadly "
                 "overdose than full agonists.</p>"
                 "<p>The ceiling is not a force field. The risk goes up sharply when buprenorphine "
                 "is mixed with other things that slow breathing. The main ones are alcohol, "
                 "benzodiazepines (sedatives such as Xanax, Valium or Klonopin), sleeping pills and "
                 "some other calming medicines. The FDA has warned about these mixes. The FDA has "
                 "also said that people should not be refused buprenorphine or methadone just "
                 "because they take benzodiazepines. The harm of untreated opioid use disorder can "
                 "be greater than the risk of the mix, and careful care from the prescriber can "
                 "lower that risk.</p>"
                 "<p>What does this mean for you as a coach? You do not judge whether a mix of "
                 "medicines is safe. That is the prescriber’s job. Your job is to encourage the "
                 "person to tell every prescriber about every medicine and substance they take, "
                 "including alcohol. You can help them practice saying it out loud if they feel "
                 "ashamed. And you can make sure they, and the people they live with, carry "
                 "naloxone.</p>"
                 "<h2>The forms buprenorphine comes in</h2>"
                 "<ul>"
                 "<li><strong>Films and tablets.</strong> Most people take a film or tablet that "
                 "melts under the tongue or inside the cheek. It is not swallowed. Most of these "
                 "products also contain naloxone. Taken as directed, the naloxone does very little, "
                 "because the mouth takes in only a small amount of it. It is there to discourage "
                 "people from injecting the medicine. Tablets with buprenorphine alone also "
                 "exist.</li>"
                 "<li><strong>Shots that last a week or a month.</strong> These are called "
                 "extended-release injections. A health care worker gives the shot under the skin. "
                 "The first monthly buprenorphine shot was approved in 2017. In 2023 the FDA "
                 "approved another one that comes in weekly and monthly forms. The shots are for "
                 "people who have already started buprenorphine, most often by mouth first. The "
                 "prescriber decides whether and when a shot fits.</li>"
                 "</ul>"
                 "<p>Some people like the shot. They do not have to take a dose every day. They do "
                 "not have to worry about a lost or stolen film, or keep medicine at home around "
                 "children. Others would rather hold their own medicine and work out changes with "
                 "their prescriber. Neither choice is more “real” recovery. Help the person think "
                 "through what matters to them, and help them bring their questions to the "
                 "prescriber.</p>"
                 "<h2>How long do people take it?</h2>"
                 "<p>There is no set end date. SAMHSA's guide, TIP 63, says people can stay on medication for as long as it keeps helping. Some people take it for "
                 "months. Many take it for years. Some take it for the rest of their lives, the way "
                 "other people take medicine for high blood pressure. Any plan to lower the dose or "
                 "stop belongs to the person and their prescriber, made together.</p>"
                 "<p>Sometimes a landlord, a court, an employer, a program or a family member "
                 "pushes someone to come off. If a person tells you they feel pushed, listen "
                 "first. Then help them take that worry to their prescriber, and to an advocate if "
                 "they need one. Staying on medication is not a failure. It is treatment that "
                 "works.</p>"
                 "<h2>The end of the X-waiver</h2>"
                 "<p>For more than twenty years, most clinicians needed a special federal waiver to "
                 "prescribe buprenorphine for opioid use disorder. People called it the “X-waiver.” "
                 "It came with extra steps and limits on how many patients a clinician could treat. "
                 "Many clinicians never got one. People waited weeks, or drove for hours, to find a "
                 "prescriber.</p>"
                 "<p>That changed at the start of 2023. A federal law, the Consolidated "
                 "Appropriations Act of 2023, removed the waiver. SAMHSA, the federal agency for "
                 "substance use and mental health, says any practitioner with a current DEA "
                 "registration that includes Schedule III drugs may now prescribe buprenorphine for "
                 "opioid use disorder, if state law allows. The DEA is the Drug Enforcement "
                 "Administration. Schedule III is the legal group that buprenorphine belongs to. In "
                 "plain words, a clinician who can already prescribe medicines like it can now "
                 "prescribe buprenorphine too. The patient limits are gone as well.</p>"
                 "<p>This does not mean every clinician will say yes. Some still refuse, often out "
                 "of stigma or lack of experience. A coach can help a person ask their own primary "
                 "care provider in a direct way. One person might say: “I have opioid use disorder "
                 "and I want to start buprenorphine. Can you prescribe it? If not, can you refer me "
                 "to someone who will?” Practice it together until it feels natural.</p>"
                 "<h2>Where people get buprenorphine</h2>"
                 "<ul>"
                 "<li><strong>Office-based practices.</strong> These include primary care offices, "
                 "community health centers and addiction medicine clinics. The person fills the "
                 "prescription at a pharmacy.</li>"
                 "<li><strong>Opioid treatment programs (OTPs).</strong> These clinics are best "
                 "known for methadone, but they can offer buprenorphine too.</li>"
                 "<li><strong>Emergency departments.</strong> Some hospital emergency departments "
                 "start buprenorphine, for example after an overdose or during bad withdrawal. Then "
                 "they link the person to a clinic for ongoing care. SAMHSA has a guide that shows "
                 "emergency departments how to do this. Not every hospital does it yet.</li>"
                 "<li><strong>Telehealth.</strong> A 2024 federal rule lets opioid treatment "
                 "programs start buprenorphine after a video visit or even a phone call. Rules for "
                 "other prescribers who use telehealth have changed several times since 2020. A "
                 "rule from early 2025 allows a first supply by phone under certain conditions, but "
                 "its start date has been pushed back more than once. Check the current rules in your state before you "
                 "tell anyone what is possible.</li>"
                 "</ul>"
                 "<p>Practical help often makes the difference. A person may need a ride, a phone "
                 "with enough minutes for a telehealth visit, or a quiet place to talk. They may need "
                 "help calling the pharmacy ahead of time to ask whether it has the medicine in "
                 "stock. These are everyday tasks, and they are real recovery support.</p>"),
                ("callout", {
                    "title": "Stay in your lane, and walk beside them",
                    "text": (
                        "You never tell someone which medicine to take, which dose is right, or when "
                        "to start or stop. You help them put what they feel into words and take it "
                        "to their prescriber. You help with rides, calls and paperwork. You remind "
                        "them that medication is a valid path to recovery."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Ruth, 67, takes buprenorphine. Her doctor just added a sleeping pill, "
                            "and she has a glass of wine most nights. She asks if that is okay. "
                            "What is the most helpful coach response?"
                        ),
                        "choices": [
                            ("Encourage her to tell her prescribers about the sleeping pill and the "
                             "wine, offer to help her list everything she takes, and make sure "
                             "she has naloxone at home.", True),
                            ("Tell her the ceiling effect means buprenorphine is safe with "
                             "anything.", False),
                            ("Tell her to stop the sleeping pill tonight to be safe.", False),
                        ],
                        "explanation": (
                            "Alcohol and sleeping pills can add to the risk of slowed breathing. A "
                            "coach does not judge the mix or change medicines. The coach helps Ruth "
                            "give her prescribers the full picture and keeps naloxone close."
                        ),
                    },
                    {
                        "prompt": (
                            "Pa, 41, says his family doctor told him he cannot prescribe "
                            "buprenorphine without a special license. What changed in 2023 that "
                            "can help Pa?"
                        ),
                        "choices": [
                            ("The federal waiver ended, so any practitioner with a DEA registration "
                             "that covers Schedule III drugs may prescribe it, if state law "
                             "allows.", True),
                            ("Buprenorphine became available without a prescription.", False),
                            ("Only opioid treatment programs may now prescribe buprenorphine.",
                             False),
                        ],
                        "explanation": (
                            "The Consolidated Appropriations Act of 2023 removed the X-waiver. Pa "
                            "can ask his doctor again, with this fact in hand, or ask for a "
                            "referral."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "starting-buprenorphine-and-naltrexone",
            "title": "Starting a medicine: precipitated withdrawal and naltrexone",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why the first dose of buprenorphine is a careful step</h2>"
                 "<p>Think back to the lock and key. Fentanyl, heroin and methadone turn the lock "
                 "all the way. Buprenorphine turns it only part way, but it grips the lock harder "
                 "than they do. Now picture a person who still has a lot of fentanyl in their "
                 "body. They take their first dose of buprenorphine. Buprenorphine pushes the "
                 "fentanyl out of the locks and takes its place. In a short time, the body goes "
                 "from “all the way on” to “part way on.”</p>"
                 "<p>The body feels that sudden drop as withdrawal, and it hits hard and fast. This "
                 "is called <strong>precipitated withdrawal</strong>. “Precipitated” just means "
                 "brought on suddenly. People describe aches, stomach cramps, nausea, vomiting, "
                 "diarrhea, a runny nose, sweating and a wave of anxiety. It is not the same as "
                 "the slow withdrawal people know from running out. It comes on within a short "
                 "time, and it can be frightening.</p>"
                 "<p>Many people have been through this, or have heard a story about it. Some say "
                 "“bupe made me sick” and swear they will never try it again. That fear is real. "
                 "You can help by naming what probably happened in plain words, without blame. "
                 "Then you can say that prescribers plan the first dose to lower this risk. A bad "
                 "start in the past does not mean buprenorphine can never work for them.</p>"
                 "<h2>Why the timing belongs with the prescriber</h2>"
                 "<p>When to take the first dose depends on many things. It depends on what the "
                 "person has been using, how much and how recently. It depends on whether they are "
                 "on methadone. Fentanyl can stay in the body in ways that make the start harder to "
                 "predict. Other health problems and other medicines matter too. Prescribers also "
                 "have more than one way to start. Some people start at home with written steps. "
                 "Others start in a clinic or a hospital.</p>"
                 "<p>That is why you never pass on a rule about timing. You will hear many rules: "
                 "from friends, from online groups, even from your own memory of how you started. "
                 "Each one fits one person. It may be wrong for the person in front of you. If "
                 "your own start went well, you can share that story to give hope. Just say "
                 "clearly that it was your path, and that their prescriber will make a plan for "
                 "them.</p>"
                 "<h2>What a coach can do before the first dose</h2>"
                 "<ul>"
                 "<li><strong>Help them ask.</strong> Good questions include: “How will I know "
                 "when to take my first dose?” “What should I do if I feel worse after it?” “Who do "
                 "I call at night or on the weekend?”</li>"
                 "<li><strong>Help them write the plan down</strong> in their own words, and keep "
                 "the clinic’s phone number where they can find it.</li>"
                 "<li><strong>Help them plan the day.</strong> They may need time off work, "
                 "childcare, food, water and a safe, quiet place.</li>"
                 "<li><strong>Offer to check in</strong>, if they want that, by text or a call.</li>"
                 "<li><strong>Know the safety step.</strong> If they feel much worse after a dose, "
                 "they should contact the prescriber or the after-hours line right away. If it is "
                 "severe, they should get emergency care. This is not timing advice. It is "
                 "linking them to the people who can help.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Your story is not a dosing plan",
                    "text": (
                        "Lived experience is your gift as a peer. Use it to build hope and trust. "
                        "Do not turn it into instructions about when, how much or how to start a "
                        "medicine. Say: that is what worked for me, and your prescriber will build a "
                        "plan for you."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Naltrexone: a blocker</h2>"
                 "<p>Naltrexone works in a very different way. It is an <strong>antagonist</strong>. "
                 "It fits into the lock but does not turn it at all. While it sits there, it blocks "
                 "opioids from getting in, so they have little or no effect. Naltrexone is not an "
                 "opioid. It does not cause a high or physical dependence. It is not a controlled "
                 "substance, so any licensed prescriber can prescribe it.</p>"
                 "<p>For opioid use disorder, naltrexone is most often given as a shot into a "
                 "muscle once a month. A brand name people may know is Vivitrol. There is also a "
                 "daily pill, which is used more often for alcohol use disorder.</p>"
                 "<p><strong>The person must be off opioids first.</strong> Naltrexone pushes "
                 "opioids out of the locks and puts nothing in their place. If opioids are still "
                 "in the body, it can bring on severe precipitated withdrawal. That can be bad "
                 "enough to need hospital care. So the person has to be off all opioids for a "
                 "period before the first shot. That includes methadone and buprenorphine. The "
                 "waiting period can last a week or longer, and the prescriber sets it. Many "
                 "people find this wait very hard, and some return to use during it.</p>"
                 "<p>Your role is not to tell anyone how long to wait. Help the person ask their "
                 "prescriber: “How long do I need to be off opioids? How will we know I am ready? "
                 "What help can I get to get through the wait?” Some people start naltrexone when "
                 "they leave a jail, a prison or a residential program where they have already been "
                 "off opioids. That is still a choice for the person and the prescriber to make "
                 "together.</p>"
                 "<p>The wait can be lonely and hard. If the person wants it, check in more often "
                 "during those days. Help them fill the time with things that hold them up, like "
                 "meetings, work, family, faith or time at the peer center. If withdrawal or "
                 "cravings are getting hard, help them tell the prescriber right away. The "
                 "prescriber may have ways to help. If they return to use during the wait, meet "
                 "them with no shame. Their tolerance may already be lower, so naloxone and not "
                 "using alone matter even more. They can talk with the prescriber about next "
                 "steps, which may include a different medicine.</p>"
                 "<h2>Loss of tolerance: the danger after naltrexone</h2>"
                 "<p>Tolerance is the body’s way of getting used to a drug. After weeks without "
                 "opioids, tolerance drops. A shot of naltrexone blocks opioids for about a month. "
                 "But the block fades near the end of the month. It also fades after a missed shot "
                 "or after someone stops. At that point, a person may react to a much smaller "
                 "amount than they used to. An amount they once handled can now stop their "
                 "breathing. The FDA label for the monthly shot warns about this.</p>"
                 "<p>Trying to push past the block by using a large amount of opioids is also very "
                 "dangerous. Say these facts plainly and without judgment. For example: “Your body "
                 "is not where it used to be. If you ever do use, please do not use alone, and "
                 "keep naloxone close.” Everyone on naltrexone, and the people around them, should "
                 "have naloxone.</p>"
                 "<h2>“The shot” can mean two opposite medicines</h2>"
                 "<p>People say “the shot” for the monthly buprenorphine shot and for the monthly "
                 "naltrexone shot. These are near opposites. One turns the lock part way. The other "
                 "blocks it. Moving from buprenorphine to naltrexone means coming all the way off "
                 "buprenorphine first, with the withdrawal that brings. Moving to a buprenorphine "
                 "shot usually means starting buprenorphine first. So when someone says “I want the "
                 "shot,” your first question is simple: “Which shot do you mean, and what are you "
                 "hoping it will do for you?”</p>"),
                ("scenario", {
                    "title": "“Should I just switch to the shot?”",
                    "situation": (
                        "You are a peer coach in a hospital emergency department. Andre, 24, was "
                        "brought in after an overdose and is now awake. He took buprenorphine films "
                        "last year, stopped when he lost his insurance, and went back to using "
                        "fentanyl. His cousin got “the shot” and says it changed his life. Andre "
                        "looks at you and says: “Should I just switch to the shot?”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Ask which shot he means and what he hopes it will do. Explain in "
                                "a sentence or two that there are two very different shots, and "
                                "offer to help him ask the doctor."
                            ),
                            "feedback": (
                                "This respects his choice and clears up a common mix-up. You "
                                "share facts, not a recommendation, and you point him to the "
                                "person who can decide with him."
                            ),
                            "best": True,
                            "next": (
                                "Andre says his cousin’s shot is “the one where you can’t get "
                                "high.” That sounds like naltrexone. He says he does not think he "
                                "can stay off fentanyl for a week or more. He also says the films "
                                "used to stop his cravings. He wants to talk to the doctor before "
                                "he leaves."
                            ),
                        },
                        {
                            "text": (
                                "Tell him the shot is the best option, because he will not have to "
                                "remember a daily dose."
                            ),
                            "feedback": (
                                "This recommends a medicine, which is not a coach’s role. It also "
                                "skips the key question of which shot he means. The two shots work "
                                "in opposite ways."
                            ),
                            "best": False,
                            "next": (
                                "Andre nods but still does not know which shot he is asking for. "
                                "He wants to talk to the doctor before he leaves."
                            ),
                        },
                        {
                            "text": (
                                "Tell him to stay off opioids for a week and then ask about the "
                                "shot at a clinic."
                            ),
                            "feedback": (
                                "This passes on timing, which only a prescriber should do. It could "
                                "also leave him in withdrawal, with low tolerance and a high risk "
                                "of overdose, right after he nearly died."
                            ),
                            "best": False,
                            "next": (
                                "Andre looks worried about a week of withdrawal. He says he wants "
                                "to talk to the doctor before he leaves."
                            ),
                        },
                        {
                            "text": (
                                "Tell him naltrexone is risky and that he should go back on the "
                                "films."
                            ),
                            "feedback": (
                                "Even if you mean well, this steers him toward the medicine you "
                                "prefer. The choice belongs to Andre and his prescriber."
                            ),
                            "best": False,
                            "next": (
                                "Andre says he will think about it. He still wants to talk to the "
                                "doctor before he leaves."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Andre wants to talk to the doctor before he leaves. What do you do next?",
                        "choices": [
                            {
                                "text": (
                                    "Help him write down his questions in his own words, ask if he "
                                    "wants you in the room, and make sure he leaves with naloxone "
                                    "and a follow-up plan."
                                ),
                                "feedback": (
                                    "Andre speaks for himself, with support. Questions like “Which "
                                    "option fits someone who just used fentanyl?” and “Can I start "
                                    "anything today?” belong with the doctor. Naloxone and a real "
                                    "next step protect him on the way out."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Go tell the doctor yourself that Andre wants the monthly buprenorphine shot.",
                                "feedback": (
                                    "This speaks for Andre and makes a choice he has not made. "
                                    "Support him to speak for himself instead."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Give him a list of clinics and wish him luck.",
                                "feedback": (
                                    "A list alone is a cold handoff. Right after an overdose, a warm "
                                    "link to care and naloxone in hand matter a great deal."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Tell him how long you waited before your own first shot so he knows what to expect.",
                                "feedback": (
                                    "Your story can bring hope, but timing is a medical decision. "
                                    "Your wait may be wrong for him."
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
            "slug": "naloxone-in-practice",
            "title": "Naloxone in practice: responding to an overdose",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Naloxone is for everyone</h2>"
                 "<p>Naloxone is a fast-acting antagonist. In an overdose, it pushes opioids off "
                 "the locks in the brain and lets the person start breathing again. Many people "
                 "know it by the brand name Narcan. It is very safe. If a person has no opioids in "
                 "their body, naloxone does nothing to them. No one can get high on it.</p>"
                 "<p>Naloxone can bring on withdrawal in someone whose body is used to opioids. "
                 "That includes people on methadone or buprenorphine. Withdrawal feels awful, but "
                 "it is not what kills people in an overdose. Lack of breathing is. When in doubt, "
                 "give naloxone.</p>"
                 "<p>Naloxone belongs in every place where you work. Put it in recovery houses, "
                 "peer centers, clinic waiting rooms, cars, backpacks and kitchen drawers. People on "
                 "medication should carry it too. They may be the ones who find a friend, a partner "
                 "or a neighbor. Families should know where it is and how to use it.</p>"
                 "<h2>Carrying naloxone, day to day</h2>"
                 "<p>Keep naloxone where you can reach it fast. A kit locked in an office drawer "
                 "does not help at two in the morning. In a recovery house, agree with residents on "
                 "one spot that everyone knows, and check it at each house meeting. Replace kits "
                 "that have been used or are past the date on the box. Follow the storage "
                 "directions on the package.</p>"
                 "<p>Some people worry that carrying naloxone will make others think they still "
                 "use. Some residents worry it sends the wrong message in a recovery house. You can "
                 "turn that around. Carrying naloxone is like keeping a fire extinguisher in the "
                 "kitchen. It does not mean you plan to start a fire. It means you care about the "
                 "people around you. People on methadone and buprenorphine are often close to "
                 "friends and family who still use. They can be the ones who save a life.</p>"
                 "<h2>Over the counter since 2023</h2>"
                 "<p>In March 2023, the FDA approved a 4 milligram naloxone nasal spray for sale "
                 "without a prescription. It was the first naloxone product approved for over the "
                 "counter use. In July 2023, the FDA approved a second one, a 3 milligram spray. "
                 "Over the counter means people can buy naloxone in drugstores, grocery stores and "
                 "online, just like cough medicine. Many health departments and community programs "
                 "also give it out for free. You may also see nalmefene, another rescue medicine "
                 "that comes as a nasal spray.</p>"
                 "<h2>Signs of an opioid overdose</h2>"
                 "<ul>"
                 "<li>The person will not wake up, or does not respond to your voice or to a hard "
                 "rub on the breastbone.</li>"
                 "<li>Breathing is very slow, shallow or has stopped. You may hear choking, "
                 "gurgling or snoring sounds.</li>"
                 "<li>The pupils, the black centers of the eyes, are very small.</li>"
                 "<li>Lips and fingertips look blue or purple. On darker skin, they may look gray "
                 "or ashen.</li>"
                 "<li>The body is limp.</li>"
                 "</ul>"
                 "<p>A snoring sound from someone you cannot wake is not a good nap. It can be the "
                 "sound of an overdose. Trust your gut and act.</p>"
                 "<h2>How to respond, step by step</h2>"
                 "<ol>"
                 "<li><strong>Try to wake them.</strong> Shout their name. Rub your knuckles hard "
                 "on the middle of their chest.</li>"
                 "<li><strong>Call 911.</strong> Say the person is not breathing or will not wake "
                 "up, and give the address. Put the phone on speaker and follow what the "
                 "dispatcher tells you. If someone else is there, have them call while you get the "
                 "naloxone.</li>"
                 "<li><strong>Give naloxone.</strong> Lay the person on their back. Tilt the head "
                 "back. Put the tip of the spray in one nostril and press the plunger all the way. "
                 "Do not test the spray first. Each device holds one dose.</li>"
                 "<li><strong>Support their breathing.</strong> If you are trained in rescue "
                 "breathing or CPR and the person is not breathing, give rescue breaths. Tilt the "
                 "head back, lift the chin, pinch the nose and give one slow breath about every "
                 "five seconds. The dispatcher can coach you.</li>"
                 "<li><strong>Give another dose if needed.</strong> If there is no response after "
                 "two to three minutes, give a second dose with a new device in the other nostril. "
                 "Strong opioids like fentanyl may need more than one dose. Keep going until the "
                 "person responds or help arrives.</li>"
                 "<li><strong>Use the recovery position.</strong> If they are breathing but not "
                 "fully awake, roll them onto their side. Bend the top knee and rest their head on "
                 "a hand. This helps keep the airway open and stops them from choking if they "
                 "vomit.</li>"
                 "<li><strong>Stay with them.</strong> Naloxone lasts about 30 to 90 minutes. "
                 "Many opioids last longer than that, so the overdose can come back. Stay until "
                 "help arrives. If you truly must leave, put them in the recovery position "
                 "first.</li>"
                 "</ol>"),
                ("callout", {
                    "title": "Call, give, breathe, stay",
                    "text": (
                        "Call 911. Give naloxone. Give breaths if you are trained. Give another dose "
                        "after two to three minutes if there is no response. Put them on their side. "
                        "Stay. Practice these steps with a trainer device until your hands know "
                        "them."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>When help arrives</h2>"
                 "<p>When the medics arrive, step back and let them work. Tell them what you saw "
                 "and when you found the person. Tell them how many doses of naloxone you gave and "
                 "when. Keep the used devices so they can see them. If you know the person takes "
                 "methadone or buprenorphine, or may have used something with xylazine in it, say "
                 "so. Every detail helps them give the right care.</p>"
                 "<h2>When the person wakes up</h2>"
                 "<p>People often wake up in withdrawal. They may be confused, scared, sick or "
                 "angry. Some feel ashamed. Stay calm and speak softly. Tell them what happened in "
                 "simple words: “You stopped breathing. You got naloxone. An ambulance is on the "
                 "way.”</p>"
                 "<p>They may want to use again right away to stop the sickness. Explain gently "
                 "that the naloxone will wear off, and the drugs still in their body can stop "
                 "their breathing again. Encourage them to let the medics check them. In the end, "
                 "it is their right to decide. An overdose can also be a moment when a person asks "
                 "about treatment. Do not push. Do let them know that some emergency departments "
                 "can start buprenorphine, and that you can help them find care.</p>"
                 "<p>Take care of yourself, too. Responding to an overdose is hard, even when it "
                 "goes well. It can bring up old memories of people you have lost. Talk with your "
                 "supervisor or a trusted peer afterward. Follow your program’s steps for "
                 "reporting what happened.</p>"
                 "<h2>Good Samaritan laws</h2>"
                 "<p>Fear of the police is one of the biggest reasons people do not call 911 during "
                 "an overdose. To help, almost every state has passed an overdose Good Samaritan "
                 "law. These laws protect people who call for help from arrest or charges for some "
                 "drug crimes, such as having a small amount of drugs. But the laws are different "
                 "from state to state. Some cover only the person who calls. Others also cover the "
                 "person who overdosed. Some address probation or parole, and some do not.</p>"
                 "<p>Learn your own state’s law before you need it. Know your program’s policy, and "
                 "your recovery house’s policy, on calling 911. When people are scared to call, "
                 "you can say: “A life comes first. Our state has a law that offers some "
                 "protection, and I will stay right here with you.”</p>"),
                ("scenario", {
                    "title": "Unresponsive in the recovery house bathroom",
                    "situation": (
                        "You are the peer coach at a recovery residence that welcomes people on "
                        "medication. During evening check-in you knock on the bathroom door. No "
                        "answer. Through the open crack you see Kyle, 31, slumped on the floor. His "
                        "lips look gray and he is making a slow snoring sound. You carry a naloxone "
                        "kit. Another resident, Hector, is in the hallway."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Shout Kyle’s name and rub his breastbone. When he does not "
                                "respond, tell Hector to call 911 while you give naloxone."
                            ),
                            "feedback": (
                                "You check for a response, get help on the way and give naloxone "
                                "without delay. Sharing the tasks saves time."
                            ),
                            "best": True,
                            "next": (
                                "Hector is on the phone with the 911 dispatcher. You gave one dose. "
                                "Kyle is still not responding and his breathing is very slow. "
                                "About two to three minutes have passed."
                            ),
                        },
                        {
                            "text": "Go find the house manager to ask what the policy says.",
                            "feedback": (
                                "Every minute without breathing matters. Act first. Policy and "
                                "reporting come after the emergency."
                            ),
                            "best": False,
                            "next": (
                                "When you come back, Kyle is still not responding. You give "
                                "naloxone and Hector calls 911. About two to three minutes pass."
                            ),
                        },
                        {
                            "text": "Splash him with cold water and try to get him into the shower.",
                            "feedback": (
                                "Cold water and showers do not reverse an overdose. They waste time "
                                "and can cause harm. Naloxone and breathing support work."
                            ),
                            "best": False,
                            "next": (
                                "Kyle does not wake up. You give naloxone and Hector calls 911. "
                                "About two to three minutes pass."
                            ),
                        },
                        {
                            "text": "Let him sleep for a while; he worked a double shift today.",
                            "feedback": (
                                "A snoring sound and gray lips in someone you cannot wake can be an "
                                "overdose. Waiting can cost his life."
                            ),
                            "best": False,
                            "next": (
                                "Ten minutes later Hector finds Kyle still on the floor. You give "
                                "naloxone and Hector calls 911. About two to three minutes pass."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "About two to three minutes after the first dose, Kyle is still not "
                            "responding and is barely breathing. What now?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Give a second dose with a new device in the other nostril, give "
                                    "rescue breaths if you are trained or as the dispatcher guides, "
                                    "and stay with him until help arrives."
                                ),
                                "feedback": (
                                    "This follows the guidance: another dose after two to three "
                                    "minutes, support breathing, and stay. Once he breathes, put him "
                                    "in the recovery position."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Wait another ten minutes, because naloxone can be slow.",
                                "feedback": (
                                    "If there is no response after two to three minutes, give "
                                    "another dose. Strong opioids like fentanyl may need more than "
                                    "one."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Stop giving naloxone, since it must not be an opioid overdose.",
                                "feedback": (
                                    "Fentanyl may need more than one dose, and other sedatives such "
                                    "as xylazine may be mixed in. Keep giving naloxone as directed "
                                    "and keep supporting his breathing."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Carry him to his bed so he can rest more comfortably.",
                                "feedback": (
                                    "Moving him wastes time and makes it harder to help him breathe. "
                                    "Stay on the floor, give the next dose and support breathing."
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
            "slug": "xylazine-test-strips-and-harm-reduction",
            "title": "Xylazine, test strips and harm reduction in practice",
            "domain": "harm-reduction",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>What xylazine is</h2>"
                 "<p>Xylazine, often called “tranq,” is a sedative. A sedative is a drug that makes "
                 "people very sleepy and slows the body down. The FDA has approved xylazine for use "
                 "in animals, not in people. It is <strong>not an opioid</strong>. Over the past few "
                 "years it has been mixed into the street drug supply, most often with fentanyl. It has also been found mixed into heroin and cocaine. The DEA has found fentanyl mixed with xylazine in 48 "
                 "of the 50 states. In April 2023, the White House drug policy office named this "
                 "mix an emerging threat to the country.</p>"
                 "<p>Many people who take xylazine do not know it is in their drugs. It can cause "
                 "deep sleepiness that lasts for hours. It can slow breathing, heart rate and blood "
                 "pressure. It is even more dangerous with alcohol, benzodiazepines and opioids. The "
                 "FDA has warned that routine drug tests may not pick it up.</p>"
                 "<h2>Give naloxone anyway</h2>"
                 "<p>Because xylazine is not an opioid, naloxone does not reverse it. But the CDC is "
                 "clear: naloxone should still be given in a suspected overdose. Xylazine is often used with opioids like fentanyl, and naloxone reverses the opioid "
                 "part. Call 911 too, because the effects of xylazine may go on after naloxone is "
                 "given.</p>"
                 "<p>Here is what that can look like. You give naloxone. The person starts to "
                 "breathe better, but they still do not wake up. The xylazine may be keeping them "
                 "sedated. The most important sign is breathing, not waking up. If they are "
                 "breathing, put them in the recovery position, keep watching their breathing and "
                 "stay with them. Follow the dispatcher. If breathing stays very slow or stops, "
                 "keep going with the steps you learned: another dose, rescue breaths if trained, "
                 "and stay.</p>"
                 "<h2>Wounds: notice, ask, refer</h2>"
                 "<p>Xylazine has been linked to serious wounds. These are open sores where the "
                 "skin and tissue under it can die. They can show up away from the place where a "
                 "person injected. Some reports describe them in people who smoke or snort drugs, too. "
                 "Without care, they can get worse quickly and lead to serious infection. The DEA "
                 "has warned that some wounds have led to amputation.</p>"
                 "<p>You are not a wound nurse, and you do not treat wounds. Your role is to "
                 "notice, ask and link. Many people hide wounds because they have been shamed in "
                 "clinics before. So ask in a kind, direct way: “I noticed you are favoring your "
                 "arm. Would you be willing to have someone look at it? I can go with you.” Then "
                 "help them get care from a primary care office, a community health center, or a "
                 "harm reduction program that offers wound care. If a wound is getting worse fast, "
                 "or the person has a fever or feels very sick, help them get medical care right "
                 "away.</p>"
                 "<p>Encourage the person to tell the health worker that xylazine may be involved. "
                 "Not every clinician knows much about xylazine wounds yet. And remember that "
                 "people on methadone or buprenorphine may still be healing from wounds they got "
                 "before treatment. They deserve the same respect and care.</p>"
                 "<h2>Fentanyl test strips</h2>"
                 "<p>Fentanyl test strips are small paper strips. A person mixes a little of a drug "
                 "with water and dips the strip in. The result shows whether fentanyl is in the "
                 "sample. In 2021, the CDC and SAMHSA announced that some federal grant money could "
                 "be used to buy them. The goal was to give people information so they can lower "
                 "their risk of overdose.</p>"
                 "<p>A strip only checks for fentanyl. It does not find xylazine or many other "
                 "drugs. A result that shows no fentanyl does not mean a drug is safe. Whatever the "
                 "strip shows, the same safety steps apply: do not use alone, and keep naloxone "
                 "close.</p>"
                 "<p><strong>The law on test strips differs by state.</strong> Some states have "
                 "treated them as illegal drug paraphernalia. Many states have changed their laws "
                 "in recent years, and funding rules change too. Before you hand out test strips, "
                 "check your state’s current law and your program’s policy. Ask your supervisor if "
                 "you are not sure.</p>"
                 "<h2>What it sounds like</h2>"
                 "<p>Here is one example. Tomás takes buprenorphine and is doing well. He tells you "
                 "his younger brother still uses and will not talk about treatment. Tomás is "
                 "scared. You might say: “It makes sense that you are scared. Would it help to keep "
                 "naloxone at your place, and to learn the steps together? If your brother is open "
                 "to it, I can also share where he could get support, and test strips if they are "
                 "legal here, with no pressure.” You are not pushing the brother into anything. You "
                 "are giving Tomás tools and respect.</p>"
                 "<p>Here is another. Grace, 52, comes to a women’s group with a bandage on her "
                 "leg. She says it is nothing. Later she tells you the sore has been getting bigger "
                 "for weeks. She has stayed away from the clinic because a nurse once called her a "
                 "name. Thank her for telling you. Offer to help find a wound care clinic where the "
                 "staff know about xylazine, and offer to go with her. Help her practice what she "
                 "wants to say at the front desk.</p>"
                 "<h2>Harm reduction is part of recovery support</h2>"
                 "<p>Harm reduction means meeting people where they are and helping them stay alive "
                 "and well. The 2024 federal rule for opioid treatment programs added harm "
                 "reduction principles to how those programs treat people. SAMHSA’s core skills for "
                 "peer workers describe peer support as recovery-oriented, person-centered and "
                 "voluntary. They also say there are many pathways to recovery.</p>"
                 "<p>Handing someone naloxone or a test strip does not mean you approve of drug "
                 "use. It means you want them alive tomorrow, when recovery is still possible. "
                 "People on medication sometimes return to use. Many live with partners, parents or "
                 "roommates who still use. They all deserve the tools to keep each other safe.</p>"
                 "<p>Naloxone training is everyday peer work. Offer a short training at a group, a "
                 "family night, an OTP waiting room, a church hall or a barbershop. Keep it "
                 "hands-on with a trainer device. Then ask people to show you the steps, not just "
                 "tell you. Make sure every recovery house you work with keeps naloxone in a known, "
                 "unlocked spot that everyone can reach.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a time naloxone, a harm reduction worker, or a kind word kept you "
                        "or someone you love safe. Or think of a time you felt judged for still "
                        "using. How will that memory shape the way you offer naloxone, test strips "
                        "and wound care referrals to people you support, including people on "
                        "medication?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
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
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Marisol, 29, plans to start buprenorphine next week. A friend told her exactly "
                    "how many hours to wait after her last use of fentanyl. She asks you if that "
                    "sounds right. What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("“That is a great question for your prescriber. Let’s write it down, along "
                     "with how you will know when to take the first dose and who to call if you "
                     "feel worse.”", True),
                    ("“That sounds about right. It is what most people do.”", False),
                    ("“I waited a full day when I started, so that is probably safest.”", False),
                    ("“Wait as long as you can stand it. Longer is always safer.”", False),
                ],
                "explanation": (
                    "Timing the first dose is a medical decision. It depends on what she used, how "
                    "much and when, and fentanyl can be hard to predict. Agreeing, sharing your own "
                    "timing, or telling her to wait longer all pass on timing advice. Helping her "
                    "ask the prescriber is the coach’s role."
                ),
            },
            {
                "prompt": (
                    "Reggie, 45, started the monthly naltrexone shot when he left jail. He tells "
                    "you he may skip his next shot and “use just once to celebrate.” What is the "
                    "most important thing to share?"
                ),
                "multiple": False,
                "choices": [
                    ("His tolerance is likely much lower now, so an amount he once handled could "
                     "stop his breathing. If he does use, he should not use alone and should keep "
                     "naloxone close. He can also talk with his prescriber about how he feels.",
                     True),
                    ("The shot will keep blocking opioids for several more months, so one time is "
                     "low risk.", False),
                    ("He cannot overdose because naltrexone is a blocker.", False),
                    ("His program will discharge him if he uses, so he should not tell anyone.",
                     False),
                ],
                "explanation": (
                    "As naltrexone wears off, tolerance is low and overdose risk is high. The FDA "
                    "label warns about this. The block lasts about a month, not months, and it "
                    "fades. Sharing the risk plainly, with naloxone and a link to the prescriber, "
                    "supports his own decision."
                ),
            },
            {
                "prompt": (
                    "You find a man you do not know slumped on a bench outside a peer center. He "
                    "will not wake up and his breathing is slow. Which actions are part of the "
                    "recommended response? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Call 911 and follow the dispatcher", True),
                    ("Give naloxone as a nasal spray", True),
                    ("If there is no response after two to three minutes, give another dose", True),
                    ("Put ice on his neck to wake him up", False),
                    ("Leave once he starts breathing, since naloxone has fixed the problem", False),
                ],
                "explanation": (
                    "Call 911, give naloxone, support breathing, give another dose after two to "
                    "three minutes if there is no response, use the recovery position and stay. "
                    "Ice does not reverse an overdose. Naloxone can wear off before the opioids "
                    "do, so staying matters."
                ),
            },
            {
                "prompt": (
                    "At a recovery house, a resident got naloxone for a suspected overdose. He is "
                    "now breathing on his own but still will not wake up. Staff think the drugs had "
                    "xylazine in them. Help is on the way. What should the coach do?"
                ),
                "multiple": False,
                "choices": [
                    ("Put him in the recovery position, keep watching his breathing, and stay with "
                     "him until help arrives.", True),
                    ("Keep giving naloxone every two minutes until he wakes up.", False),
                    ("Stop watching him closely, because naloxone has done its job.", False),
                    ("Help him to his bed so he can sleep it off.", False),
                ],
                "explanation": (
                    "Xylazine is not an opioid, so it can keep a person sedated even after "
                    "naloxone works on the opioid. The key sign is breathing, not waking up. If "
                    "breathing slows or stops, give another dose and support breathing. Otherwise "
                    "use the recovery position, watch and stay."
                ),
            },
            {
                "prompt": (
                    "Ruth, 67, lives in a rural county and takes buprenorphine. Her doctor started "
                    "her on a benzodiazepine for anxiety. Her daughter read online that the mix is "
                    "dangerous and told Ruth to stop her buprenorphine. Ruth asks what you think. "
                    "What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Encourage Ruth to talk with her prescribers before changing anything, make "
                     "sure each one knows all her medicines, and help her get naloxone for the "
                     "house.", True),
                    ("Agree with her daughter and suggest she stop the buprenorphine this week.",
                     False),
                    ("Tell her to stop the benzodiazepine, since buprenorphine matters more.",
                     False),
                    ("Tell her the ceiling effect means the mix carries no extra risk.", False),
                ],
                "explanation": (
                    "The mix does raise risk, but the FDA advises that buprenorphine should not be "
                    "withheld just because someone takes a benzodiazepine. Careful medical care "
                    "lowers the risk. Stopping either medicine is a decision for Ruth and her "
                    "prescribers. The coach supports that conversation and keeps naloxone close."
                ),
            },
            {
                "prompt": (
                    "Pa, 41, asked his family doctor about buprenorphine. The doctor said he cannot "
                    "prescribe it without the special waiver. Pa feels like giving up. What is the "
                    "most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Share that the federal waiver ended in 2023, so a clinician with a DEA "
                     "registration covering Schedule III drugs may prescribe it if state law "
                     "allows, and help Pa ask again or find another prescriber.", True),
                    ("Tell Pa the doctor is right and that only specialists can prescribe it.",
                     False),
                    ("Tell Pa that only an emergency department can start buprenorphine now.",
                     False),
                    ("Tell Pa he can buy buprenorphine over the counter instead.", False),
                ],
                "explanation": (
                    "The Consolidated Appropriations Act of 2023 removed the X-waiver and its "
                    "patient limits. Buprenorphine still needs a prescription. Office-based "
                    "practices, OTPs, some emergency departments and telehealth can all be routes "
                    "to care."
                ),
            },
            {
                "prompt": (
                    "Nizhoni, 26, is at a peer center. She says, “I want the shot, like my cousin "
                    "got.” What is the best first response?"
                ),
                "multiple": False,
                "choices": [
                    ("“Tell me more. Which shot does your cousin get, and what are you hoping it "
                     "will do for you?”", True),
                    ("“The monthly buprenorphine shot is the best one, so ask for that.”", False),
                    ("“You will need to be off opioids for a week before any shot.”", False),
                    ("“Shots are only for people who cannot manage a daily medicine.”", False),
                ],
                "explanation": (
                    "“The shot” can mean monthly buprenorphine or monthly naltrexone, which work in "
                    "opposite ways. An open question finds out what she means and what matters to "
                    "her. The other answers recommend a medicine, pass on timing, or judge."
                ),
            },
            {
                "prompt": (
                    "You are preparing a short talk on xylazine for a family night. Which "
                    "statements are accurate to share? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Xylazine is a sedative, not an opioid, so naloxone does not reverse it", True),
                    ("Naloxone should still be given in a suspected overdose, because xylazine is often mixed with opioids like fentanyl", True),
                    ("Fentanyl test strips will also show whether xylazine is present", False),
                    ("Xylazine wounds only appear at the place where a person injected", False),
                ],
                "explanation": (
                    "The CDC advises giving naloxone even when xylazine may be involved, and "
                    "calling 911. Fentanyl test strips only check for fentanyl. Xylazine wounds "
                    "can appear away from injection sites, and have been reported in people who do not inject."
                ),
            },
            {
                "prompt": (
                    "A harm reduction group asks your program to hand out fentanyl test strips at a "
                    "street fair in your town. You are excited to help. What should you do "
                    "first?"
                ),
                "multiple": False,
                "choices": [
                    ("Check your state’s current law on test strips and your program’s policy, and "
                     "talk with your supervisor.", True),
                    ("Hand them out, since federal agencies have approved them everywhere.",
                     False),
                    ("Say no, since test strips are illegal in every state.", False),
                    ("Hand them out quietly so no one asks questions.", False),
                ],
                "explanation": (
                    "The legal status of test strips differs by state, and laws and funding rules "
                    "have changed over time. Checking the law and your program’s policy protects "
                    "the people you serve and your program."
                ),
            },
            {
                "prompt": (
                    "Tamika, a resident at a recovery house, finds her roommate not breathing. She "
                    "is on probation and is afraid to call 911. What is the most helpful thing a "
                    "coach on the phone with her can say?"
                ),
                "multiple": False,
                "choices": [
                    ("“A life comes first. Call 911 and give naloxone. Most states have Good "
                     "Samaritan laws that offer some protection to people who call for help, and "
                     "I will stay on the line with you.”", True),
                    ("“Just give naloxone. You do not need to call 911 if you have it.”", False),
                    ("“Good Samaritan laws protect everyone from any charge in every state, so "
                     "there is nothing to worry about.”", False),
                    ("“Wait and see if the roommate wakes up before you decide to call.”", False),
                ],
                "explanation": (
                    "Calling 911 is still needed, because naloxone can wear off and the person may "
                    "need more care. Good Samaritan laws offer some protection, but what they "
                    "cover differs from state to state. Honest reassurance and staying with her "
                    "help her act."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain in plain words how buprenorphine, naltrexone and "
            "naloxone differ: a partial agonist, a blocker, and a rescue medicine.",
            "Participants will be able to explain precipitated withdrawal simply and help a person "
            "prepare questions for a prescriber, without giving any advice on timing or dose.",
            "Participants will be able to demonstrate the steps of an overdose response with a "
            "naloxone nasal spray trainer.",
            "Participants will be able to describe xylazine, when to refer for wound care, and why "
            "Good Samaritan protections and test strip laws must be checked state by state.",
        ],
        "agenda": [
            {
                "title": "Opening: what we carry",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Welcome the group. Remind everyone that this is education, not medical advice, "
                    "and that medication is a valid path to recovery. Invite people to share only "
                    "what they are comfortable sharing. Ask the opening questions and write key "
                    "words on the flip chart. Name that some people in the room may have lost "
                    "someone to overdose, and that it is okay to step out."
                ),
                "materials": ["Flip chart and markers"],
                "questions": [
                    "Who here carries naloxone today, and where do you keep it?",
                    "What have you heard people say about buprenorphine or “the shot” that you "
                    "are not sure is true?",
                ],
            },
            {
                "title": "Three medicines, three jobs",
                "minutes": 8,
                "method": "presentation",
                "description": (
                    "Use the lock and key picture. Draw a lock on the flip chart. Show a full "
                    "agonist turning it all the way, buprenorphine turning it part way and "
                    "gripping hard, naltrexone blocking it, and naloxone knocking opioids out in "
                    "an emergency. Explain the ceiling effect and the added risk with alcohol and "
                    "benzodiazepines. Cover the end of the X-waiver in 2023 and where people get "
                    "buprenorphine: office-based practices, OTPs, some emergency departments and "
                    "telehealth. Explain precipitated withdrawal in plain words, then stress that "
                    "timing is always a conversation with the prescriber. Explain the naltrexone "
                    "waiting period and the loss of tolerance when it wears off. End with the two "
                    "meanings of “the shot.”"
                ),
                "materials": [
                    "Flip chart with a drawn lock",
                    "Handout: Three medicines at a glance",
                ],
            },
            {
                "title": "Naloxone demonstration with a trainer kit",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Hold up a naloxone nasal spray trainer device. Explain that it has no "
                    "medicine in it and is for practice only. Say that naloxone nasal spray has "
                    "been sold over the counter since 2023. Use a volunteer or a CPR manikin lying "
                    "on the floor. Talk through each step as you do it: shout and rub the "
                    "breastbone, call 911 on speaker, tilt the head back, insert the tip and press "
                    "the plunger, rescue breaths if trained, a second device in the other nostril "
                    "after two to three minutes with no response, the recovery position, and "
                    "staying. Then explain that xylazine is not an opioid but naloxone should "
                    "still be given, and that breathing, not waking, is the key sign. Finish with "
                    "Good Samaritan laws and the need to know your own state’s law."
                ),
                "materials": [
                    "Naloxone nasal spray trainer devices (one per pair)",
                    "CPR manikin or floor mat",
                    "Handout: Overdose response card",
                ],
            },
            {
                "title": "Teach-back in pairs",
                "minutes": 8,
                "method": "teach_back",
                "description": (
                    "Pair people up with one trainer device per pair. One partner teaches the full "
                    "overdose response to the other as if training a family member, using the "
                    "trainer and the response card. Then they switch. The facilitator moves around "
                    "the room and listens for the second dose after two to three minutes, the "
                    "recovery position, and staying with the person. Correct gently and praise "
                    "plain words. Close by asking two pairs to show one step each to the group."
                ),
                "materials": [
                    "Naloxone nasal spray trainer devices",
                    "Handout: Overdose response card",
                ],
            },
            {
                "title": "Role-play: “Should I switch to the shot?”",
                "minutes": 10,
                "method": "role_play",
                "description": (
                    "Form groups of three: coach, participant and observer. Read the script aloud. "
                    "Give the coach five minutes, then three minutes of feedback from the observer "
                    "using the checklist, then two minutes for the whole group to share one thing "
                    "that worked. Remind coaches that they may share facts, not recommendations, "
                    "and never timing."
                ),
                "materials": [
                    "Handout: Questions to bring to your prescriber",
                    "Observer checklist",
                ],
                "roles": [
                    "Coach (a peer coach in an emergency department)",
                    "Participant (Andre, 24, awake after an overdose, used buprenorphine films last year)",
                    "Observer",
                ],
                "script": (
                    "Andre is in a hospital bed in the emergency department after an overdose. He "
                    "took buprenorphine films last year but stopped when he lost his insurance. "
                    "His cousin gets a monthly shot and swears by it. Andre does not know which "
                    "shot it is. He is tired, a bit sick, and wants to go home. Opening lines for "
                    "Andre: “Look, I just want to get out of here. My cousin gets the shot and he "
                    "is doing great. Should I just switch to the shot? How long do I have to wait "
                    "to get it?”"
                ),
                "observer_checklist": [
                    "Coach used an open question to learn which shot Andre meant and what he hopes for",
                    "Coach explained the two kinds of shot simply, without recommending one",
                    "Coach did not give any advice on timing, waiting periods or dose",
                    "Coach helped Andre put his own questions into words for the doctor",
                    "Coach made sure Andre would leave with naloxone and a next step",
                ],
            },
            {
                "title": "Closing: harm reduction where you work",
                "minutes": 4,
                "method": "discussion",
                "description": (
                    "Review wound care referral and fentanyl test strips. Stress that test strip "
                    "laws differ by state and that participants should check their state’s law and "
                    "program policy. Ask the closing questions. Invite each person to name one "
                    "place where they will offer a naloxone training in the next month."
                ),
                "materials": ["Flip chart and markers"],
                "questions": [
                    "Where in your community could a short naloxone training reach people who need it?",
                    "What do you need to find out about your state’s laws on Good Samaritan "
                    "protection and fentanyl test strips?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Overdose response card",
                "text": (
                    "Signs of an opioid overdose: will not wake up; slow, shallow or stopped "
                    "breathing; choking, gurgling or snoring sounds; very small pupils; blue, "
                    "purple, gray or ashen lips and fingertips; a limp body.\n\n"
                    "What to do:\n"
                    "- Try to wake them. Shout their name and rub your knuckles hard on the "
                    "breastbone.\n"
                    "- Call 911. Say the person is not breathing or will not wake up. Give the "
                    "address and follow the dispatcher.\n"
                    "- Give naloxone. Lay them on their back, tilt the head, spray one device into "
                    "one nostril.\n"
                    "- Give rescue breaths if you are trained: one breath about every five "
                    "seconds.\n"
                    "- If there is no response after two to three minutes, give another dose with a "
                    "new device in the other nostril.\n"
                    "- If they are breathing but not awake, roll them into the recovery position.\n"
                    "- Stay until help arrives. Naloxone lasts about 30 to 90 minutes and the "
                    "overdose can come back.\n\n"
                    "Xylazine is not an opioid, so naloxone will not reverse it. Give naloxone "
                    "anyway, because fentanyl is often in the mix. Watch for breathing, not "
                    "waking up.\n\n"
                    "Good Samaritan laws in most states offer some protection to people who call "
                    "911 for an overdose. What they cover differs by state. Learn your state’s "
                    "law."
                ),
            },
            {
                "title": "Questions to bring to your prescriber",
                "text": (
                    "Your prescriber is the right person to answer questions about starting, "
                    "changing or stopping a medicine. Write your questions down and bring them to "
                    "your visit. A peer coach can help you practice.\n\n"
                    "If you are starting buprenorphine:\n"
                    "- How will I know when to take my first dose?\n"
                    "- What should I do if I feel worse after a dose?\n"
                    "- Who do I call at night or on the weekend?\n"
                    "- Is a film, a tablet or a shot a better fit for my life, and why?\n\n"
                    "If you are thinking about naltrexone:\n"
                    "- How long do I need to be off opioids first, and how will we know I am "
                    "ready?\n"
                    "- What help can I get during the wait?\n"
                    "- What happens to my tolerance when the shot wears off?\n\n"
                    "For any medicine:\n"
                    "- Here is everything I take, including alcohol, sleep aids and other "
                    "medicines. Is anything a concern?\n"
                    "- Can you prescribe naloxone, or where can I get it?"
                ),
            },
            {
                "title": "Three medicines at a glance",
                "text": (
                    "Buprenorphine is a partial agonist. It turns the opioid receptor on part of "
                    "the way, eases withdrawal and cravings, and has a ceiling effect on breathing. "
                    "Risk rises with alcohol, benzodiazepines and other sedatives. It comes as films "
                    "or tablets, most with naloxone added, and as weekly or monthly shots. Since "
                    "2023 no special waiver is needed to prescribe it. People get it from "
                    "office-based practices, opioid treatment programs, some emergency departments "
                    "and telehealth.\n\n"
                    "Naltrexone is an antagonist, or blocker. It is not an opioid and not a "
                    "controlled substance. For opioid use disorder it is most often a monthly shot. "
                    "A person must be off opioids for a period first, set by the prescriber. "
                    "Tolerance drops, so overdose risk is high if they use after the shot wears "
                    "off.\n\n"
                    "Naloxone is a rescue medicine for opioid overdose. It has been sold over the "
                    "counter as a nasal spray since 2023. It is safe, it does nothing if no opioids "
                    "are present, and it can wear off before the opioids do. Always call 911 and "
                    "stay."
                ),
            },
        ],
    },
}
