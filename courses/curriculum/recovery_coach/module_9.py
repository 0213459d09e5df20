"""Recovery Coach Training module 9: Culture, trauma and safety. Cultural humility and health
equity, trauma-informed support (SAMHSA's six principles), co-occurring mental health conditions,
and how a peer responds to suicide risk: warning signs, asking directly, staying, 988, safety plans
and the program's crisis policy."""

MODULE = {
    "slug": "culture-trauma-and-safety",
    "title": "Culture, trauma and safety",
    "domain": "recovery-wellness-support",
    "intro": (
        "How a coach meets each person with cultural humility, works in a trauma-informed way, "
        "supports people who live with mental health conditions as well as opioid use disorder, "
        "and responds when someone may be thinking about suicide."
    ),
    "minutes": 150,
    "sources": [
        "SAMHSA. SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach "
        "(HHS Publication No. SMA 14-4884). 2014.",
        "SAMHSA. TIP 57: Trauma-Informed Care in Behavioral Health Services. 2014.",
        "SAMHSA. TIP 42: Substance Use Disorder Treatment for People With Co-Occurring "
        "Disorders. Updated 2020.",
        "SAMHSA. Advisory: Substance Use Disorder Treatment for People With Co-Occurring "
        "Disorders. 2021.",
        "Tervalon M, Murray-Garcia J. Cultural Humility Versus Cultural Competence: A Critical "
        "Distinction in Defining Physician Training Outcomes in Multicultural Education. Journal "
        "of Health Care for the Poor and Underserved. 1998.",
        "U.S. Department of Health and Human Services, Office of Minority Health. National "
        "Standards for Culturally and Linguistically Appropriate Services (CLAS) in Health and "
        "Health Care. 2013.",
        "SAMHSA. 988 Suicide and Crisis Lifeline: launch of the 988 dialing code for call, text "
        "and chat. July 2022.",
        "National Institute of Mental Health. Warning Signs of Suicide. Fact sheet.",
        "Dazzi T, Gribble R, Wessely S, Fear NT. Does asking about suicide and related behaviours "
        "induce suicidal ideation? What is the evidence? Psychological Medicine. 2014.",
        "Stanley B, Brown GK. Safety Planning Intervention: A Brief Intervention to Mitigate "
        "Suicide Risk. Cognitive and Behavioral Practice. 2012.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "cultural-humility",
            "title": "Cultural humility and health equity",
            "minutes": 10,
            "domain": "advocacy",
            "body": [
                ("rich_text",
                 "<h2>Nobody is an expert on someone else's life</h2>"
                 "<p>You will coach people who are not like you. They may be older or younger. "
                 "They may pray in a different way, or not at all. They may speak Spanish, "
                 "Cantonese, Navajo or Haitian Creole at home. They may be a trans woman, a "
                 "veteran, a farm worker, a grandmother raising grandkids, or a young man just "
                 "out of jail. Even when someone looks like you and grew up on your block, their "
                 "life is still their own.</p>"
                 "<p>No training can make you an expert on every culture. That is the point of "
                 "cultural humility. Two doctors, Melanie Tervalon and Jann Murray-Garcia, "
                 "described it in 1998. They said it is not a set of facts you learn once. It is "
                 "a way of working that lasts your whole career. It has three parts:</p>"
                 "<ul>"
                 "<li><strong>Look at yourself, again and again.</strong> Notice your own "
                 "background, beliefs and blind spots. Ask where your first reactions come "
                 "from.</li>"
                 "<li><strong>Fix the power gap.</strong> A coach has more power than it seems. "
                 "You write notes. You know the staff. You can open doors. Treat the person as "
                 "the expert on their own life, culture and recovery.</li>"
                 "<li><strong>Build fair partnerships.</strong> Work with communities, not just "
                 "for them. Hold your own program to account when it treats some people "
                 "worse than others.</li>"
                 "</ul>"
                 "<h2>Culture is more than race</h2>"
                 "<p>Race and ethnicity matter a lot. But culture also includes language, "
                 "faith, age, gender, sexual orientation, disability, class, where you grew up, "
                 "military service and time in prison. Recovery has cultures too. Some mutual "
                 "aid groups welcome people on methadone or buprenorphine. Some do not. People "
                 "in medication-assisted recovery often share a culture of their own: the early "
                 "line at the dosing window, the jokes, the hard-won pride, the stigma they "
                 "carry together.</p>"
                 "<p>Each person belongs to many groups at once. Ms. Begay is Navajo, a "
                 "grandmother, a Catholic, a former nurse's aide and a woman on methadone for "
                 "nine years. No single label tells you what matters most to her today. Only "
                 "she can tell you.</p>"
                 "<h2>Ask, do not assume</h2>"
                 "<p>Curiosity is the core skill. A few questions that open the door:</p>"
                 "<ul>"
                 "<li>“What should I know about you and your background to be helpful?”</li>"
                 "<li>“What name and pronouns do you use?”</li>"
                 "<li>“What language do you feel most at home in?”</li>"
                 "<li>“Is faith or spirituality part of your life? Is it part of your "
                 "recovery?”</li>"
                 "<li>“Who counts as family for you?”</li>"
                 "<li>“Has anything about being who you are made treatment harder?”</li>"
                 "</ul>"
                 "<p>Then listen. Reflect what you hear. Do not fill gaps with what you think "
                 "you know about “people like that.” If you get something wrong, say so, thank "
                 "the person and do better. A short, real apology builds more trust than a "
                 "perfect script.</p>"),
                ("callout", {
                    "title": "Culture as strength",
                    "text": (
                        "Culture is not only a barrier to work around. For many people it is "
                        "a source of recovery capital: a church, a sweat lodge, a mosque, a "
                        "family meal, music, a language, a community that never gave up on "
                        "them. Ask what keeps the person strong, and help them build on it."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Health equity: why some people get worse care</h2>"
                 "<p>Health equity means every person has a fair chance to be as healthy as "
                 "they can be. In real life, that chance is not equal. Drug laws have been "
                 "enforced much harder in Black and Latino neighborhoods than in white ones, "
                 "even where drug use is about the same. Many Native communities carry the "
                 "pain of boarding schools and broken promises. People in rural counties may "
                 "drive an hour or more to the nearest opioid treatment program. People who "
                 "do not speak English well may sign forms they cannot read.</p>"
                 "<p>So when a person says, “I don't trust doctors,” or “The system was never "
                 "built for us,” they may be speaking from real history. Do not argue. Say "
                 "something like, “That makes sense, given what you have been through. What "
                 "would help you feel safer here?”</p>"
                 "<h2>Culturally responsive services</h2>"
                 "<p>The federal Office of Minority Health publishes the National CLAS "
                 "Standards. CLAS stands for culturally and linguistically appropriate "
                 "services. The standards ask health programs to give care that respects "
                 "people's beliefs, languages and ways of communicating. Among other things, "
                 "they ask programs to:</p>"
                 "<ul>"
                 "<li>offer language help, at no cost, to people who do not speak English well "
                 "or who have other communication needs;</li>"
                 "<li>tell people, out loud and in writing, that this help is available;</li>"
                 "<li>use trained interpreters, and avoid using untrained people or children to "
                 "interpret;</li>"
                 "<li>give out easy-to-read materials and signs in the languages people in the "
                 "area use;</li>"
                 "<li>hire and train staff who reflect and respond to the community.</li>"
                 "</ul>"
                 "<p>For a coach, this turns into plain habits. Ask what language the person "
                 "wants to use. Ask for a trained interpreter instead of asking a teenage "
                 "daughter to explain her mother's treatment. Bring forms in the person's "
                 "language, or ask the program to get them. Read forms aloud when someone "
                 "would like that, without making it a big deal.</p>"
                 "<h2>Challenging discrimination</h2>"
                 "<p>Sometimes you will see someone treated unfairly. A staff member rolls "
                 "their eyes at a man's accent. A group leader says people on methadone are "
                 "“not really clean yet.” A recovery house will not take a Black applicant "
                 "but has room the next day for someone else. A trans woman is called by her "
                 "old name again and again.</p>"
                 "<p>Peers in the MARS tradition have always spoken up. Here is a simple way "
                 "to do it well:</p>"
                 "<ol>"
                 "<li><strong>Check in with the person first.</strong> Ask what they want. Some "
                 "people want you to step in. Some want help to speak for themselves. Some "
                 "want to let it go today. Respect their choice, unless someone is in "
                 "danger.</li>"
                 "<li><strong>Name what happened, calmly.</strong> Stick to facts. “I heard "
                 "the clerk call Mr. Reyes a junkie at the front desk,” not “That clerk is a "
                 "racist.”</li>"
                 "<li><strong>Use the right channel.</strong> Talk with your supervisor. Use "
                 "the grievance process, which is the program's formal way to complain. Know "
                 "that the ADA and civil rights laws protect people in many settings; the "
                 "advocacy module covers these rights.</li>"
                 "<li><strong>Write it down.</strong> Note the date, time, place, who was "
                 "there and what was said, in neutral words.</li>"
                 "<li><strong>Follow up.</strong> Go back to the person. Ask how they are and "
                 "what happened next.</li>"
                 "</ol>"
                 "<p>You will not fix every unfair system. But each time you speak up with "
                 "care, the person learns they are not alone, and the program learns someone "
                 "is paying attention.</p>"
                 "<h2>Your own biases</h2>"
                 "<p>Everyone has biases. Many are learned early and work quietly. You might "
                 "feel more patient with people who remind you of yourself. You might expect "
                 "less from someone who is homeless, or more trouble from a young man in a "
                 "hoodie. You might have your own feelings about people who use a different "
                 "medication than you did.</p>"
                 "<p>The goal is not to feel guilty. The goal is to notice. When you feel a "
                 "quick judgment, pause and ask, “What do I actually know here?” Take patterns "
                 "you notice to supervision. Good supervisors expect this, and talking about "
                 "it is part of the job, not a sign that you are failing.</p>"
                 "<h2>Power shows up in small things</h2>"
                 "<p>The power gap is easy to miss when you are on the helping side. Think "
                 "about who picks the meeting time, who holds the pen, whose words end up in "
                 "the note, and who gets to say “that's not allowed here.” Small choices can "
                 "hand some of that power back. Let the person choose the time and place when "
                 "you can. Read your note aloud or show it to them. Use their words for their "
                 "goals. Ask, “Did I get that right?” These habits matter most for people who "
                 "have spent years being told what to do by courts, caseworkers and "
                 "clinics.</p>"
                 "<p>Mr. Okoye, 63, came to the peer center after decades of being talked over. "
                 "His coach asked him to lead the planning: what to work on, in what order, "
                 "and how often to meet. Weeks later he said it was the first time in years a "
                 "helper had asked him what he thought first. That is cultural humility in "
                 "action.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think about a time someone got your culture wrong, in treatment or "
                        "anywhere else. What did it feel like, and what would have helped? "
                        "Now name one group of people you may hold assumptions about, and one "
                        "question you could ask to learn instead of assume."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "trauma-informed-practice",
            "title": "Trauma-informed support",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>What trauma is</h2>"
                 "<p>SAMHSA, the federal Substance Abuse and Mental Health Services "
                 "Administration, describes trauma with three E's. There is an "
                 "<strong>event</strong>, or a series of events, or a set of circumstances. "
                 "The person <strong>experiences</strong> it as harmful or as a threat to "
                 "their life, body or mind. And it has lasting <strong>effects</strong> on how "
                 "they feel, think, relate to others and get through the day.</p>"
                 "<p>The same event can hit two people very differently. That is why the "
                 "experience matters as much as the event. Trauma can come from violence, "
                 "sexual abuse, war, a car crash, a sudden death or a fire. It can also come "
                 "from things that keep happening: growing up with neglect, living with "
                 "racism, being homeless, or being locked up. Whole communities can carry "
                 "trauma too. This is sometimes called historical trauma.</p>"
                 "<h2>Trauma and opioid use</h2>"
                 "<p>Trauma is very common among people with substance use disorders. Many "
                 "people say opioids were the first thing that made the fear, the memories or "
                 "the numbness go quiet. Trauma can show up later as trouble sleeping, being "
                 "on guard all the time, anger that comes fast, shutting down, or not trusting "
                 "anyone in charge.</p>"
                 "<p>None of this means the person is broken. These are often ways of coping "
                 "that once kept them alive. A trauma-informed coach sees the behavior and "
                 "wonders, “What happened to this person?” instead of “What is wrong with "
                 "them?”</p>"
                 "<h2>What a trauma-informed approach means</h2>"
                 "<p>SAMHSA says a program or person working in a trauma-informed way does "
                 "four things, often called the four R's:</p>"
                 "<ul>"
                 "<li><strong>Realizes</strong> how common trauma is and that recovery is "
                 "possible.</li>"
                 "<li><strong>Recognizes</strong> the signs of trauma in participants, "
                 "families and staff.</li>"
                 "<li><strong>Responds</strong> by building that knowledge into how things "
                 "are done.</li>"
                 "<li><strong>Resists re-traumatization</strong>, which means not doing "
                 "things that bring the harm back.</li>"
                 "</ul>"
                 "<p>Being trauma-informed does not mean you treat trauma. That is the work of "
                 "a trained clinician. It means you make every contact as safe as you can and "
                 "you do not add harm.</p>"
                 "<h2>SAMHSA's six principles</h2>"
                 "<p>SAMHSA lists six key principles of a trauma-informed approach. Here is "
                 "what each looks like for a coach.</p>"
                 "<h3>1. Safety</h3>"
                 "<p>People need to feel safe in body and in mind. Ask where the person wants "
                 "to meet. Sit where they can see the door if they like. Keep your voice calm. "
                 "Ask what safety means to them, because it is not the same for everyone.</p>"
                 "<h3>2. Trustworthiness and transparency</h3>"
                 "<p>Say what you will do, and do it. Explain what happens next, who will see "
                 "your notes and what you must report. No surprises. If you cannot keep an "
                 "appointment, tell the person as early as you can.</p>"
                 "<h3>3. Peer support</h3>"
                 "<p>This is you. Shared experience builds trust and hope. When you say, “I "
                 "have stood in that line too,” you show that recovery is real and "
                 "possible.</p>"
                 "<h3>4. Collaboration and mutuality</h3>"
                 "<p>Share power. Decide together. Do not make plans about the person without "
                 "the person. Everyone in the program, from the front desk to the medical "
                 "director, has a part in healing.</p>"
                 "<h3>5. Empowerment, voice and choice</h3>"
                 "<p>Look for the person's strengths. Offer real choices, even small ones: "
                 "which goal first, call now or later, you dial or they dial. Help them build "
                 "skills to speak up for themselves.</p>"
                 "<h3>6. Cultural, historical and gender issues</h3>"
                 "<p>Move past stereotypes. Notice how race, history, gender and sexuality "
                 "shape a person's trauma and their trust. Offer gender-responsive options "
                 "when you can, such as a women's group or a female coach for a woman who has "
                 "been hurt by men.</p>"),
                ("callout", {
                    "title": "Do not dig for the story",
                    "text": (
                        "You do not need to know what happened to a person to work in a "
                        "trauma-informed way. Never press anyone to tell their trauma story. "
                        "If someone starts to share, listen with care, let them set the pace, "
                        "help them feel grounded, and offer a link to a clinician if they want "
                        "one."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Where clinics can re-traumatize</h2>"
                 "<p>Some parts of treatment can feel a lot like past harm. People at opioid "
                 "treatment programs often name these:</p>"
                 "<ul>"
                 "<li>observed urine tests, where a staff member watches;</li>"
                 "<li>being searched or yelled at by security;</li>"
                 "<li>long waits with no explanation;</li>"
                 "<li>threats of discharge or a forced dose decrease;</li>"
                 "<li>being talked about, not talked with, in meetings.</li>"
                 "</ul>"
                 "<p>A coach cannot change every rule. But you can prepare the person, so "
                 "nothing comes as a shock. You can help them ask for what they need, such as "
                 "a staff member of the same gender for an observed test. You can bring "
                 "patterns to your supervisor so the program can improve.</p>"
                 "<h2>When someone is overwhelmed</h2>"
                 "<p>Sometimes a person is flooded by fear or memories. They may go quiet and "
                 "far away, or get very upset. You can help them come back to the present "
                 "moment. This is called grounding. Try:</p>"
                 "<ul>"
                 "<li>Speak slowly and softly. Use their name.</li>"
                 "<li>Remind them where they are and that they are safe right now.</li>"
                 "<li>Invite slow breaths with you, if they want.</li>"
                 "<li>Ask them to feel their feet on the floor, or name a few things they can "
                 "see.</li>"
                 "<li>Offer water. Offer a break. Let them choose.</li>"
                 "</ul>"
                 "<p>When they feel steadier, ask what helped and what they want to do next. "
                 "If they want more support, help them reach their counselor or another "
                 "clinician.</p>"
                 "<h2>Trauma-informed habits in a coaching session</h2>"
                 "<ul>"
                 "<li>Start by saying how long you have and what you will do.</li>"
                 "<li>Ask permission before you share information or give a suggestion.</li>"
                 "<li>Explain confidentiality and its limits at the start, not after someone "
                 "has told you something hard.</li>"
                 "<li>Let the person sit where they want and leave when they need to.</li>"
                 "<li>End with a summary and a clear next step, so they know what comes "
                 "next.</li>"
                 "</ul>"
                 "<p>These habits cost nothing. Over time, they tell the person that this "
                 "relationship is different.</p>"
                 "<h2>Words that help, words that hurt</h2>"
                 "<p>Language can calm or alarm. Words like “noncompliant,” “manipulative” or "
                 "“drug-seeking” can make a person feel judged, and they can follow someone "
                 "through their records for years. Describe what happened instead: “She left "
                 "before her appointment” or “He asked for a higher dose because he feels "
                 "sick by evening.” Avoid sudden touch, raised voices and standing over "
                 "someone who is seated. If you need to share hard news, such as a program "
                 "rule, say it plainly, explain why, and say what the person can do next.</p>"
                 "<p>Notice your tone when someone is angry. Anger is often fear wearing "
                 "armor. A calm “I can see this is really frustrating. Let's figure out what "
                 "we can do” often brings the temperature down faster than any rule. If you "
                 "ever feel unsafe, step back and get help from staff. Your safety matters "
                 "too.</p>"
                 "<h2>Take care of yourself too</h2>"
                 "<p>Many coaches have their own trauma. Hearing hard stories can stir up your "
                 "own memories. This is normal. It is called vicarious trauma when the weight "
                 "of other people's pain starts to build up in you. Notice your signs, such as "
                 "bad sleep, feeling numb, or dreading work. Talk with your supervisor. The "
                 "Ethics course has a full module on the coach's own recovery and "
                 "self-care.</p>"),
                ("scenario", {
                    "title": "A tense morning at the clinic",
                    "situation": (
                        "Daniela, 34, has been on methadone for two months. She is a survivor "
                        "of domestic violence. This morning a male staff member told her she "
                        "was picked for an observed urine test. She tells you in the hallway, "
                        "shaking, “I can't do it. Not with him watching. I'll just leave and "
                        "skip my dose.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Speak calmly, move with her to a quieter spot if she wants, "
                                "and say: “You're safe right now. Let's take a breath. You get "
                                "a say in this.”"
                            ),
                            "feedback": (
                                "Best. You help her feel safe and steady first. Safety and "
                                "voice and choice come before problem solving."
                            ),
                            "best": True,
                            "next": (
                                "Daniela breathes with you and her hands stop shaking. She "
                                "says she still needs her dose and does not want to get in "
                                "trouble."
                            ),
                        },
                        {
                            "text": "Tell her the test is the rule and she has to do it to get her dose.",
                            "feedback": (
                                "This adds pressure when she is already overwhelmed. It may "
                                "push her to leave without her medication."
                            ),
                            "best": False,
                            "next": (
                                "Daniela turns toward the exit. You ask her to wait a moment, "
                                "and she stops, but she is still very upset."
                            ),
                        },
                        {
                            "text": "Ask her what happened to her in the past that makes this so hard.",
                            "feedback": (
                                "She does not need to tell you her trauma story to get help. "
                                "Asking now may make her feel worse."
                            ),
                            "best": False,
                            "next": (
                                "Daniela says, “I don't want to talk about that,” and starts "
                                "crying. You back off and help her breathe."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Daniela wants her dose and does not want the male staff member to watch. What next?",
                        "choices": [
                            {
                                "text": (
                                    "Ask if she would like you to go with her to ask the nurse "
                                    "or counselor whether a female staff member can observe, "
                                    "and let her decide who speaks."
                                ),
                                "feedback": (
                                    "Best. You support her to ask for what she needs through "
                                    "the program, and she keeps control."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Tell her to skip the test today and you will cover for her.",
                                "feedback": (
                                    "You cannot promise that, and it could get her in trouble "
                                    "with the program. Work inside the system with her."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Go and argue with the male staff member yourself.",
                                "feedback": (
                                    "Speaking for her without asking takes away her voice and "
                                    "may make things tenser. Ask what she wants first."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": "Which of these is one of SAMHSA's six principles of a trauma-informed approach?",
                        "choices": [
                            ("Empowerment, voice and choice", True),
                            ("Full disclosure of trauma history at intake", False),
                            ("Strict rules applied the same way to everyone", False),
                        ],
                        "explanation": (
                            "The six principles are safety; trustworthiness and transparency; "
                            "peer support; collaboration and mutuality; empowerment, voice and "
                            "choice; and cultural, historical and gender issues. Nobody should "
                            "be pushed to tell their trauma story."
                        ),
                    },
                    {
                        "prompt": "What is the coach's role with trauma?",
                        "choices": [
                            ("Make each contact feel safe, avoid adding harm, and link to a clinician if the person wants", True),
                            ("Help the person work through their trauma memories in detail", False),
                            ("Decide whether the person has post-traumatic stress disorder", False),
                        ],
                        "explanation": (
                            "Coaches work in a trauma-informed way. Trauma treatment and "
                            "diagnosis belong to trained clinicians."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "co-occurring-disorders",
            "title": "Co-occurring mental health conditions: support, not diagnosis",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Common, and treatable</h2>"
                 "<p>Many people with opioid use disorder also live with a mental health "
                 "condition. Depression, anxiety and post-traumatic stress disorder are "
                 "common. So are bipolar disorder, attention problems and conditions that "
                 "affect how a person sees reality. When a person has a substance use disorder "
                 "and a mental health condition at the same time, we say they have "
                 "co-occurring disorders.</p>"
                 "<p>The two conditions affect each other. Untreated depression can make it "
                 "harder to get to the clinic every day. Withdrawal and cravings can make "
                 "anxiety worse. A return to use can set off a mood episode. SAMHSA's guide on "
                 "this topic, TIP 42, says people do better when both conditions are treated "
                 "together and when care is built around recovery and support.</p>"
                 "<p>Co-occurring disorders also tend to come with other hard things: losing "
                 "housing or a job, trouble with the law, and a higher risk of suicide. That "
                 "is why this lesson sits next to the lessons on crisis response.</p>"
                 "<h2>Integrated care and “no wrong door”</h2>"
                 "<p>In the past, people were often bounced between systems. The mental health "
                 "clinic said, “Get sober first.” The addiction program said, “Get your mental "
                 "health stable first.” People fell through the gap.</p>"
                 "<p>Today, good programs aim for integrated care. That means mental health "
                 "and substance use care are planned together, often by one team. The idea of "
                 "“no wrong door” means whatever service a person reaches first should help "
                 "them get care for both. A coach can help make that real by knowing where "
                 "each kind of care is offered and how to get there.</p>"
                 "<h2>Your role: notice, listen, connect</h2>"
                 "<p>Coaches do not diagnose. You do not decide whether someone has "
                 "depression, bipolar disorder or anything else. You do not suggest, change "
                 "or stop any medication. Here is what you do:</p>"
                 "<ul>"
                 "<li><strong>Notice changes.</strong> Is the person sleeping much more or much "
                 "less? Missing doses? Pulling away from people? Talking much faster than "
                 "usual? Saying things that do not seem to fit what is happening?</li>"
                 "<li><strong>Describe, do not label.</strong> Say what you see: “You've missed "
                 "group three times and you said you're not sleeping.” Do not say, “You sound "
                 "bipolar.”</li>"
                 "<li><strong>Ask and listen.</strong> “How have you been feeling in yourself "
                 "lately?” Reflect what you hear.</li>"
                 "<li><strong>Encourage a visit.</strong> Help the person bring what they feel "
                 "to their counselor, prescriber or a mental health clinician.</li>"
                 "<li><strong>Help with the practical parts.</strong> Rides, reminders, "
                 "insurance calls, writing down questions.</li>"
                 "</ul>"
                 "<h2>Helping someone describe what they feel</h2>"
                 "<p>People are often told to “tell your doctor,” but they freeze in the room. "
                 "A coach can help them get ready. Sit down together and write a short list "
                 "in the person's own words:</p>"
                 "<ul>"
                 "<li>What have you noticed? (“I can't get out of bed on weekends.”)</li>"
                 "<li>When did it start? Is it getting better or worse?</li>"
                 "<li>How much does it get in the way of work, family or recovery?</li>"
                 "<li>What have you tried? What helped?</li>"
                 "<li>What do you want to ask?</li>"
                 "</ul>"
                 "<p>Then let the person decide who to tell and how. Offer to go with them if "
                 "they want, and if your program allows.</p>"),
                ("callout", {
                    "title": "Every prescriber needs the full list",
                    "text": (
                        "Some mental health medicines, such as benzodiazepines and sleeping "
                        "pills, can be dangerous when mixed with methadone, buprenorphine or "
                        "alcohol. Encourage the person to tell every prescriber and pharmacist "
                        "about every medicine they take. Never tell someone which medicine is "
                        "safe; help them ask."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Mental health medicine is recovery too</h2>"
                 "<p>Some people have heard in groups that taking an antidepressant or a mood "
                 "stabilizer means you are “not really in recovery.” This is the same stigma "
                 "that people on methadone and buprenorphine face. Say it plainly: taking a "
                 "prescribed medicine for your mental health, as your prescriber and you "
                 "agreed, is part of taking care of yourself. It is recovery.</p>"
                 "<p>If a person wants to stop a mental health medicine, do not push them "
                 "either way. Help them talk with their prescriber first, so any change is "
                 "safe and planned.</p>"
                 "<h2>Peer support for mental health</h2>"
                 "<p>Many people with co-occurring disorders find strength in peer groups that "
                 "talk about both. Learn what is near you. Some areas have dual recovery "
                 "groups, mental health peer centers, warm lines (phone lines run by peers for "
                 "people who want to talk but are not in crisis), and wellness planning "
                 "groups. Help the person find one that welcomes people on MOUD.</p>"
                 "<h2>When family is worried</h2>"
                 "<p>Families often see changes first. A mother may call and say, “He's not "
                 "himself. Is it the methadone?” You cannot share anything about the person "
                 "without their written consent, and you cannot judge what is causing the "
                 "change. You can listen, thank her for caring, and share general "
                 "information, such as how to reach 988 or a family support group. If the "
                 "person has given consent for you to talk with her, you can encourage both of "
                 "them to bring their worries to the care team together.</p>"
                 "<h2>An example</h2>"
                 "<p>Mr. Huang, 61, has been on buprenorphine for three years. He lives alone "
                 "since his wife died last spring. His coach notices he has stopped coming to "
                 "the Tuesday group and has lost weight. At a check-in he says, “I just don't "
                 "see the point of much these days.”</p>"
                 "<p>The coach does not decide he is depressed. The coach reflects: “Since your "
                 "wife passed, a lot of things feel pointless.” Mr. Huang nods. The coach asks "
                 "more about how he is feeling. Because of the words “don't see the point,” "
                 "the coach also asks directly about suicide. Lesson 4 shows how. Mr. Huang "
                 "says he has no thoughts of ending his life, but he is lonely and not "
                 "sleeping. Together they write three things to tell his prescriber. He asks "
                 "the coach to help him call for an appointment, and he agrees to try a grief "
                 "group at his church.</p>"
                 "<p>Notice what the coach did. The coach noticed a change, stayed curious, "
                 "asked the hard question, and helped Mr. Huang take his own next steps. The "
                 "coach did not diagnose, advise on medicine or take over.</p>"
                 "<h2>When symptoms are severe</h2>"
                 "<p>Sometimes a person seems very confused, hears or sees things others do "
                 "not, talks about harming someone, or cannot take care of basic needs. This "
                 "is beyond what a coach handles alone. Stay calm and kind. Do not argue with "
                 "what the person believes. Get your supervisor or a clinician right away, and "
                 "follow your program's crisis policy. If anyone is in danger, call 911.</p>"
                 "<h2>Know your local map</h2>"
                 "<p>You will connect people faster if you learn the map before you need it. "
                 "Find out, and write down:</p>"
                 "<ul>"
                 "<li>whether your program, or the opioid treatment program nearby, has a "
                 "mental health clinician on site;</li>"
                 "<li>which community mental health centers take the insurance most "
                 "participants have, and how long the wait is;</li>"
                 "<li>where people can walk in the same day, such as a crisis center or urgent "
                 "care clinic;</li>"
                 "<li>which peer groups welcome people on methadone or buprenorphine;</li>"
                 "<li>how to reach a mobile crisis team, if your area has one.</li>"
                 "</ul>"
                 "<p>Share what you learn with other coaches. A shared list saves time for "
                 "everyone, and it keeps people from being sent to places that will turn "
                 "them away because of their medication.</p>"),
                ("reflection", {
                    "prompt": (
                        "Have you, or someone close to you, lived with a mental health "
                        "condition alongside substance use? What helped, and what got in the "
                        "way? How will you make sure you describe and connect, rather than "
                        "label or advise?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Rosa says she has been crying every day and can't focus at work. "
                            "What is the most helpful response?"
                        ),
                        "choices": [
                            ("Reflect what she said, ask more, and offer to help her bring it to her counselor or prescriber", True),
                            ("Tell her it sounds like depression and she should ask for an antidepressant", False),
                            ("Tell her this is normal in early recovery and will pass", False),
                        ],
                        "explanation": (
                            "Coaches listen and connect. Naming a diagnosis or a medicine is "
                            "outside the role, and brushing it off may leave her without help."
                        ),
                    },
                    {
                        "prompt": "What does “no wrong door” mean?",
                        "choices": [
                            ("Whatever service a person reaches first helps them get care for both conditions", True),
                            ("People must finish addiction treatment before mental health care", False),
                            ("Anyone can walk into any clinic without an appointment", False),
                        ],
                        "explanation": (
                            "No wrong door means people are not turned away or bounced between "
                            "systems; the first service helps them get integrated care."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "suicide-risk-and-crisis-response",
            "title": "Suicide risk: warning signs, asking directly and connecting to 988",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why coaches need this</h2>"
                 "<p>People with substance use disorders, and people with depression or other "
                 "mental health conditions, face a higher risk of suicide. So do people who "
                 "have recently lost someone, lost housing, or come home from jail or prison. "
                 "Some overdoses are not accidents. Coaches often see people more often than "
                 "anyone else in the program. You may be the first to notice that something "
                 "is wrong.</p>"
                 "<p>This lesson teaches a simple set of steps. You do not need to be a "
                 "counselor to use them. You need to notice, ask, stay and connect.</p>"
                 "<h2>Step 1: Notice the warning signs</h2>"
                 "<p>The National Institute of Mental Health and other groups list warning "
                 "signs like these. Take them more seriously when they are new, getting worse, "
                 "or follow a painful loss or change.</p>"
                 "<h3>What the person says</h3>"
                 "<ul>"
                 "<li>Talking about wanting to die or to kill themselves.</li>"
                 "<li>Saying they feel empty, hopeless or have no reason to live.</li>"
                 "<li>Saying they feel trapped, or that there is no way out.</li>"
                 "<li>Talking about unbearable pain, in body or mind.</li>"
                 "<li>Talking about being a burden to others.</li>"
                 "<li>Talking about great guilt or shame.</li>"
                 "</ul>"
                 "<h3>What the person does</h3>"
                 "<ul>"
                 "<li>Looking for a way to end their life, such as searching online, "
                 "saving up pills or getting a gun.</li>"
                 "<li>Using alcohol or drugs more often.</li>"
                 "<li>Pulling away from family, friends and groups.</li>"
                 "<li>Sleeping much more or much less. Changes in eating.</li>"
                 "<li>Taking big risks, such as using alone on purpose.</li>"
                 "<li>Giving away things that matter to them, saying goodbye, or putting "
                 "their affairs in order.</li>"
                 "</ul>"
                 "<h3>How the person seems</h3>"
                 "<ul>"
                 "<li>Anxious, agitated or full of rage.</li>"
                 "<li>Very sad, or very flat.</li>"
                 "<li>A sudden calm or cheerful mood after a long, dark stretch. This can mean "
                 "the person has made a decision.</li>"
                 "</ul>"
                 "<h2>Step 2: Ask directly</h2>"
                 "<p>Many people fear that asking about suicide will put the idea in someone's "
                 "head. It does not. Researchers have looked at this many times. A review of "
                 "the studies found no rise in suicidal thoughts from being asked, and some "
                 "signs that talking about it can help. Many people feel relief that someone "
                 "finally asked.</p>"
                 "<p>Ask in plain words. Do not hint. Do not ask in a way that invites “no,” "
                 "like “You're not thinking of doing anything stupid, are you?”</p>"
                 "<p>Try one of these:</p>"
                 "<ul>"
                 "<li>“Are you thinking about killing yourself?”</li>"
                 "<li>“Sometimes when people feel the way you do, they think about suicide. "
                 "Are you thinking about suicide?”</li>"
                 "<li>“When you say you don't want to be here anymore, do you mean you're "
                 "thinking of ending your life?”</li>"
                 "</ul>"
                 "<p>Then be quiet and listen. Do not argue, lecture, or promise to keep it "
                 "secret. Thank them for telling you. Say something like, “I'm really glad you "
                 "told me. You don't have to go through this alone.”</p>"
                 "<p>If the answer is yes, it is okay to ask a little more, gently, so you can "
                 "tell the right people: “Have you thought about how?” and “Do you have what "
                 "you would need?” and “Have you taken anything or done anything to hurt "
                 "yourself today?” You are not doing a risk assessment. That is a clinician's "
                 "job. You are gathering what they need to know.</p>"),
                ("callout", {
                    "title": "Do not keep it secret",
                    "text": (
                        "If someone tells you they are thinking about suicide, you cannot "
                        "promise to keep it between you. Be honest and kind: “I care about "
                        "you, so I can't keep this to myself. Let's get you more support "
                        "together.” This is one of the limits of confidentiality you explain "
                        "at the start."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Step 3: Stay with the person</h2>"
                 "<p>If someone is thinking about suicide, do not leave them alone. Stay "
                 "with them in person, or stay on the phone, until they are connected to "
                 "help. If you must step away to get a supervisor, ask a co-worker to stay "
                 "with them. Keep calm. A steady voice helps the person feel steadier.</p>"
                 "<p>If it is safe to do so, and the person agrees, help put distance between "
                 "them and anything they might use to hurt themselves, such as extra pills or "
                 "a weapon. Never put yourself in danger. If there is a weapon and you feel "
                 "unsafe, get to safety and call 911.</p>"
                 "<h2>Step 4: Connect to help</h2>"
                 "<h3>In your program</h3>"
                 "<p>Follow your program's crisis policy. Most policies say to bring in your "
                 "supervisor or an on-call clinician right away. They will check the person's "
                 "safety and decide next steps with them. Learn your program's policy in your "
                 "first week. Know who to call, in what order, after hours too.</p>"
                 "<h3>The 988 Suicide and Crisis Lifeline</h3>"
                 "<p>Since July 16, 2022, anyone in the United States can reach the 988 "
                 "Suicide and Crisis Lifeline by calling or texting 988, or by chat online. "
                 "It is free, confidential, and open 24 hours a day, every day. Trained crisis "
                 "counselors answer. It is for anyone with thoughts of suicide, a mental "
                 "health or substance use crisis, or any other emotional distress. It is also "
                 "for people who are worried about someone else.</p>"
                 "<ul>"
                 "<li>Callers can choose to talk in Spanish, and interpreters are available "
                 "in many other languages.</li>"
                 "<li>Veterans and service members can press 1 to reach the Veterans Crisis "
                 "Line.</li>"
                 "<li>Calls go to a local crisis center when one is available.</li>"
                 "</ul>"
                 "<p>A good way to connect is a warm handoff. That means you help the person "
                 "make the call or start the text while you are there, and you stay with them "
                 "while they talk, if they want. Offer: “Would you be willing to call 988 with "
                 "me right now? I'll sit right here.” Let them choose who dials.</p>"
                 "<p>People sometimes fear that calling 988 means police will come. Be honest: "
                 "most contacts are handled by talking with the counselor. Counselors work "
                 "to find the least forceful way to keep someone safe, and they bring in "
                 "emergency services only in a small number of cases, when someone is in "
                 "immediate danger.</p>"
                 "<h3>Emergency services</h3>"
                 "<p>Call 911, or take the person to the nearest emergency room, if:</p>"
                 "<ul>"
                 "<li>they have already hurt themselves or taken something;</li>"
                 "<li>they are about to act and you cannot keep them safe;</li>"
                 "<li>there is a weapon and anyone is at risk;</li>"
                 "<li>they have overdosed. Give naloxone and follow your overdose training "
                 "from Module 2.</li>"
                 "</ul>"
                 "<p>Tell your supervisor as soon as you can, even if you had to act first.</p>"
                 "<h2>Putting it together: an example</h2>"
                 "<p>Terrell, 27, came home from jail a month ago. He has been dosing at the "
                 "clinic every day. Today he tells his coach, Angela, that his girlfriend left "
                 "and took their son. He says, “Honestly, everybody'd be better off without "
                 "me.”</p>"
                 "<p>Angela hears a warning sign: talk of being a burden, after a big loss, "
                 "at a risky time. She asks, “Terrell, are you thinking about killing "
                 "yourself?” He is quiet, then says, “Yeah. Last night I thought about it.” "
                 "Angela thanks him for telling her. She asks if he has a plan. He says he "
                 "thought about taking everything he could find. She tells him she cannot keep "
                 "this to herself, and that she will stay with him. She texts her supervisor, "
                 "who comes right away with the on-call counselor. While they wait, Angela "
                 "asks if he would like to call 988 with her. He says he would rather talk to "
                 "the counselor he knows. Angela stays with him until the counselor takes "
                 "over. Later she writes a short factual note and talks with her supervisor "
                 "about how she is feeling.</p>"
                 "<h2>If you are not sure</h2>"
                 "<p>Sometimes the signs are small or mixed. A person jokes about “not being "
                 "around much longer,” or goes quiet after a loss. When in doubt, ask. Asking "
                 "costs a few awkward seconds. Not asking can cost a life. If the person says "
                 "no, you can still say, “If that ever changes, I want you to tell me, and you "
                 "can always call or text 988.” Then tell your supervisor what you noticed, "
                 "so someone else can keep an eye out too.</p>"),
                ("scenario", {
                    "title": "A message late in the day",
                    "situation": (
                        "You coach Marisol, 45, who is on buprenorphine and works at a nursing "
                        "home. At 4:30 pm she texts you: “Thanks for everything. You've been "
                        "good to me. I'm done fighting. Tell my kids I'm sorry.” Your program's "
                        "crisis policy says to call the on-call supervisor for any suicide "
                        "concern."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Call her right away. If she answers, ask directly: “Marisol, "
                                "are you thinking about killing yourself?” and stay on the line."
                            ),
                            "feedback": (
                                "Best. Her text has several warning signs. Reach her now, ask "
                                "directly, and stay connected while you get more help."
                            ),
                            "best": True,
                            "next": (
                                "Marisol answers, crying. She says yes, she has been thinking "
                                "about it all day, and she is home alone with a bottle of pills."
                            ),
                        },
                        {
                            "text": "Text back: “Don't talk like that! You have so much to live for.”",
                            "feedback": (
                                "This is caring but it argues and may shut her down. It also "
                                "does not find out if she is safe right now."
                            ),
                            "best": False,
                            "next": (
                                "Marisol does not answer. Ten minutes pass. You call her and "
                                "she picks up, crying. She says she is home alone with a "
                                "bottle of pills."
                            ),
                        },
                        {
                            "text": "Wait until tomorrow and bring it up at your regular meeting.",
                            "feedback": (
                                "Her text sounds like a goodbye. Waiting could cost her life. "
                                "Act now."
                            ),
                            "best": False,
                            "next": (
                                "You feel uneasy and call her after all. She picks up, crying, "
                                "and says she is home alone with a bottle of pills."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Marisol is home alone with pills and says she has been thinking about suicide all day. What next?",
                        "choices": [
                            {
                                "text": (
                                    "Stay on the line with her. Ask if she has taken anything. "
                                    "Get the on-call supervisor involved, for example from a "
                                    "co-worker's phone, and connect her to 988 or 911 as needed."
                                ),
                                "feedback": (
                                    "Best. You keep her connected, find out if there is "
                                    "immediate danger, follow the crisis policy and bring in "
                                    "crisis help. If she has taken pills, call 911."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Hang up and call the supervisor, then call her back later.",
                                "feedback": (
                                    "Do not leave her alone. Keep the line open and get help "
                                    "another way, such as a co-worker or a second phone."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Make her promise not to hurt herself tonight and agree to talk tomorrow.",
                                "feedback": (
                                    "A promise does not keep someone safe. She needs crisis "
                                    "support now, and your supervisor needs to know."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": "A participant says, “Sometimes I wish I wouldn't wake up.” What should you ask?",
                        "choices": [
                            ("“Are you thinking about killing yourself?”", True),
                            ("“You're not thinking of doing anything stupid, are you?”", False),
                            ("Nothing; asking could give them the idea", False),
                        ],
                        "explanation": (
                            "Ask directly and in plain words. Research shows asking does not "
                            "plant the idea, and a leading question invites a “no.”"
                        ),
                    },
                    {
                        "prompt": "How can people reach the 988 Suicide and Crisis Lifeline?",
                        "choices": [
                            ("By calling or texting 988, or by online chat, any time of day", True),
                            ("Only by calling 988 during business hours", False),
                            ("Only through a referral from a doctor", False),
                        ],
                        "explanation": (
                            "988 takes calls, texts and chats, 24 hours a day, free and "
                            "confidential."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "safety-planning-and-crisis-policy",
            "title": "Safety plans, the crisis policy and after the crisis",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>What a safety plan is</h2>"
                 "<p>A safety plan is a short, written list a person can use when suicidal "
                 "thoughts start to rise. It is built with the person, in their own words, so "
                 "they can turn to it in a hard moment. The best-known version is the "
                 "Safety Planning Intervention created by Barbara Stanley and Gregory Brown. "
                 "It is used in many clinics, emergency rooms and veterans' services.</p>"
                 "<p>The Stanley-Brown plan has six parts:</p>"
                 "<ol>"
                 "<li><strong>My warning signs.</strong> The thoughts, feelings, situations "
                 "or behaviors that tell me a crisis may be coming.</li>"
                 "<li><strong>Things I can do on my own</strong> to take my mind off my "
                 "problems for a while, such as a walk, music, prayer or a shower.</li>"
                 "<li><strong>People and places</strong> that help me feel better or "
                 "distracted, such as a cousin's kitchen, a library or a meeting.</li>"
                 "<li><strong>People I can ask for help</strong> and tell I am struggling.</li>"
                 "<li><strong>Professionals and agencies</strong> I can reach in a crisis: my "
                 "counselor, my clinic's after-hours line, 988, the nearest emergency "
                 "room.</li>"
                 "<li><strong>Making my surroundings safer</strong>, such as putting distance "
                 "between me and pills, weapons or other things I could use to hurt "
                 "myself.</li>"
                 "</ol>"
                 "<p>Many plans also add a line at the top: “The one thing that is most "
                 "important to me and worth living for is…”</p>"
                 "<h2>Who leads it</h2>"
                 "<p>In most programs, a safety plan is a clinical tool. A counselor, social "
                 "worker, nurse or other clinician builds it with the person, often right after "
                 "a crisis or a suicide risk screening. The clinician judges the level of risk "
                 "and decides what else is needed. That is not the coach's job.</p>"
                 "<p>The coach has a real part, though. Once the person has a plan, a coach "
                 "can:</p>"
                 "<ul>"
                 "<li>help them keep it where they will see it, such as a photo on their "
                 "phone or a card in their wallet;</li>"
                 "<li>offer to be one of the people on it, if your program allows and the "
                 "person wants you there;</li>"
                 "<li>help them practice reaching out, such as saving 988 and their clinic's "
                 "after-hours number in their phone;</li>"
                 "<li>check in about it now and then: “Have you used your plan? What "
                 "helped? Is anything out of date?”;</li>"
                 "<li>bring back to the clinician anything the person wants to change.</li>"
                 "</ul>"
                 "<p>If a person asks you to help write a safety plan and they do not have "
                 "a clinician, talk with your supervisor. Your program may have a form and a "
                 "process. Either way, the person should be linked to a clinician who can "
                 "check their risk.</p>"),
                ("callout", {
                    "title": "A plan, not a promise",
                    "text": (
                        "Old “no-suicide contracts,” where a person signs a promise not to "
                        "hurt themselves, do not keep people safe. A safety plan is different: "
                        "it lists real steps and real people. Never ask someone to promise "
                        "they will be fine as a way to end a hard conversation."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Know your program's crisis policy</h2>"
                 "<p>Every peer program should have a written crisis policy. Read it in your "
                 "first week. Ask your supervisor to walk you through it. Make sure you can "
                 "answer these questions:</p>"
                 "<ul>"
                 "<li>Who do I call first when someone may be at risk of suicide? Who is "
                 "second?</li>"
                 "<li>What do I do after hours, on weekends, or when I am in the community "
                 "and not at the office?</li>"
                 "<li>When do I call 911 myself?</li>"
                 "<li>What do I do if someone tells me by text or social media?</li>"
                 "<li>What form do I fill out, and by when?</li>"
                 "<li>Who checks on me afterward?</li>"
                 "</ul>"
                 "<p>Save the key numbers in your phone today. In a crisis, people do not rise "
                 "to the moment. They fall back on what they have practiced.</p>"
                 "<h2>Always involve your supervisor</h2>"
                 "<p>You never handle a suicide risk alone. Tell your supervisor every time, "
                 "even if the person says they are fine now, and even if it was handled by "
                 "988 or the emergency room. Your supervisor can:</p>"
                 "<ul>"
                 "<li>bring in a clinician to check the person's safety;</li>"
                 "<li>make sure the right people are told, within privacy rules;</li>"
                 "<li>help you plan follow-up;</li>"
                 "<li>support you after a hard experience.</li>"
                 "</ul>"
                 "<h2>Write it down</h2>"
                 "<p>After the crisis, write a short, factual note, as your program requires "
                 "and as soon as you can. Use the person's own words where they matter. "
                 "Record what you saw and heard, what you did, who you told and when, and the "
                 "plan for follow-up. Do not guess at a diagnosis. Module 10 covers "
                 "documentation in more detail.</p>"
                 "<h2>After the crisis</h2>"
                 "<p>The days and weeks after a suicidal crisis, or after someone leaves a "
                 "hospital, can be a time of high risk. Connection matters. With the person's "
                 "okay and your supervisor's plan, a coach can:</p>"
                 "<ul>"
                 "<li>reach out within a day or two: a call, a text, a visit;</li>"
                 "<li>help with the practical things that piled up, such as missed doses, "
                 "missed work, or a bill;</li>"
                 "<li>help them get to follow-up appointments;</li>"
                 "<li>check in on their safety plan;</li>"
                 "<li>treat them with the same respect as before. Many people feel ashamed "
                 "after a crisis. Let them know you are glad they are here.</li>"
                 "</ul>"
                 "<p>If the person was in a hospital, they may have missed doses of methadone "
                 "or buprenorphine, or had them changed. Help them talk with their clinic "
                 "right away so their care is not broken. Do not guess about what dose they "
                 "should take. That is a question for their prescriber.</p>"
                 "<h2>When the worst happens</h2>"
                 "<p>Sometimes, even when everyone does their best, a person dies by suicide "
                 "or overdose. This is one of the hardest parts of this work. It is not your "
                 "fault. Programs should offer support to staff and participants after a "
                 "death. Take it. Talk with your supervisor, your own supports and, if you "
                 "want, a counselor. Grief is part of caring about people, and it needs "
                 "care too.</p>"
                 "<h2>Your own safety plan</h2>"
                 "<p>Coaches are people in recovery too. Some of us have had our own dark "
                 "times. It can help to make your own plan: your warning signs, what helps, who "
                 "you will call. You are allowed to use 988 yourself. Asking for help is "
                 "something we teach. We can do it too.</p>"
                 "<h2>An example: supporting a plan</h2>"
                 "<p>Jasmine, 31, is pregnant and on buprenorphine. After a hard week she "
                 "told her counselor she had thoughts of suicide. The counselor built a "
                 "safety plan with her. Her warning signs are lying awake after midnight and "
                 "thinking “I'll be a terrible mom.” Her own coping steps are a warm shower and "
                 "a playlist her sister made. Her people are her sister and her coach, during "
                 "work hours. Her professionals are her counselor, the clinic's after-hours "
                 "line and 988.</p>"
                 "<p>At their next meeting, the coach asks if Jasmine wants help keeping the "
                 "plan handy. They take a photo of it for her phone and save 988 and the "
                 "after-hours line as contacts. A week later the coach asks, “Have you needed "
                 "your plan?” Jasmine says she used the playlist twice and texted her sister "
                 "once. She also says her sister works nights now, so that step does not "
                 "work after midnight. The coach asks if she would like to tell her counselor, "
                 "so they can update the plan together. Jasmine says yes. The coach did not "
                 "rewrite the plan or judge her risk. The coach helped her use it and helped "
                 "her bring a change back to the person who leads it.</p>"),
                ("reflection", {
                    "prompt": (
                        "Find your program's crisis policy, or the one from your field site. "
                        "Who would you call first, and second, if a participant told you "
                        "today they were thinking about suicide? What would you say to the "
                        "person while you got help? If you cannot find the answers yet, "
                        "write down who you will ask this week."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-9-check",
        "title": "Module 9 check: Culture, trauma and safety",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Mrs. Pham, 70, speaks mostly Vietnamese. At her first visit, her "
                    "16-year-old grandson offers to interpret while staff explain methadone "
                    "treatment and the consent forms. What is the most helpful thing a coach "
                    "can do?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask Mrs. Pham what language she prefers and help arrange a trained interpreter at no cost to her", True),
                    ("Let the grandson interpret, since family knows her best", False),
                    ("Speak slowly in English and use simple words", False),
                    ("Give her the forms to take home so the family can read them later", False),
                ],
                "explanation": (
                    "The CLAS Standards ask programs to offer free language help and to avoid "
                    "untrained interpreters, especially minors. A teen should not carry his "
                    "grandmother's private health information, and slow English or taking "
                    "forms home does not give her a real choice."
                ),
            },
            {
                "prompt": (
                    "At group, a member says people on methadone are “not really clean yet.” "
                    "Andre, who is on methadone, looks down and says nothing. After group, "
                    "what is your best first step?"
                ),
                "multiple": False,
                "choices": [
                    ("Check in with Andre, listen, and ask what, if anything, he would like to happen next", True),
                    ("Post about the comment in the group chat so everyone knows it was wrong", False),
                    ("Say nothing, since Andre did not complain", False),
                    ("Tell the other member they are no longer welcome in group", False),
                ],
                "explanation": (
                    "Start with the person who was harmed and respect his voice and choice. "
                    "Then you can address the comment through the right channel, such as "
                    "the group leader or your supervisor, rather than shaming someone in "
                    "public or ignoring it."
                ),
            },
            {
                "prompt": (
                    "Which of these are among SAMHSA's six principles of a trauma-informed "
                    "approach? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Trustworthiness and transparency", True),
                    ("Collaboration and mutuality", True),
                    ("Cultural, historical and gender issues", True),
                    ("Requiring a full trauma history before services start", False),
                ],
                "explanation": (
                    "The six principles are safety; trustworthiness and transparency; peer "
                    "support; collaboration and mutuality; empowerment, voice and choice; and "
                    "cultural, historical and gender issues. A trauma-informed approach never "
                    "requires people to tell their trauma story."
                ),
            },
            {
                "prompt": (
                    "During a check-in, Kwame starts describing a violent attack from years "
                    "ago. He begins breathing fast and stares at the floor. What should you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Speak calmly, help him notice he is safe here and now, offer a pause, and later offer a link to a clinician", True),
                    ("Ask him to keep going so he can get it all out", False),
                    ("Change the subject to his housing goals right away", False),
                    ("Tell him he clearly has PTSD and needs treatment", False),
                ],
                "explanation": (
                    "Grounding helps him come back to the present. Pushing for more detail "
                    "can re-traumatize, ignoring his distress is not safe, and naming a "
                    "diagnosis is outside the coach's role."
                ),
            },
            {
                "prompt": (
                    "Beth, on buprenorphine, tells you her friends in a mutual aid group say "
                    "she is not in recovery because she also takes an antidepressant. She is "
                    "thinking of stopping it on her own. What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Affirm that prescribed mental health medicine is part of recovery, and help her talk with her prescriber before any change", True),
                    ("Tell her she should keep taking the antidepressant no matter what", False),
                    ("Suggest she cut the dose in half first to see how she feels", False),
                    ("Tell her it is her choice and leave it there", False),
                ],
                "explanation": (
                    "Coaches challenge stigma and support the person's decisions, but do not "
                    "give medication advice either way. Any change should be planned with her "
                    "prescriber."
                ),
            },
            {
                "prompt": (
                    "Luis, 52, who came home from prison last month, says, “I'm just a burden. "
                    "My family would be better off if I was gone.” What do you do first?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask directly: “Luis, are you thinking about killing yourself?”", True),
                    ("Tell him his family loves him and he shouldn't think that way", False),
                    ("Change the subject to something more positive", False),
                    ("Write it down and mention it at your next supervision", False),
                ],
                "explanation": (
                    "Feeling like a burden, after a big life change, is a warning sign. Ask "
                    "directly. Reassuring or changing the subject can shut him down, and "
                    "waiting for supervision is too slow."
                ),
            },
            {
                "prompt": (
                    "Keisha tells you she has been thinking about suicide and asks you not to "
                    "tell anyone. Which responses fit what a coach should do? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("Thank her for telling you and stay with her", True),
                    ("Explain kindly that you can't keep this secret because you care about her safety", True),
                    ("Bring in your supervisor or on-call clinician as your crisis policy says", True),
                    ("Promise to keep it between you so she keeps trusting you", False),
                    ("Ask her to sign a promise that she will not hurt herself", False),
                ],
                "explanation": (
                    "Stay, be honest about the limits of confidentiality, and follow the "
                    "crisis policy. Secrecy and no-suicide promises do not keep people safe."
                ),
            },
            {
                "prompt": (
                    "Omar says he is thinking about suicide but is afraid that if he calls 988 "
                    "the police will come. What is the most accurate and helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that most 988 contacts are handled by talking with a counselor, and offer to call or text with him now", True),
                    ("Tell him 988 never involves emergency services", False),
                    ("Agree that it is risky and suggest he wait until he feels worse", False),
                    ("Tell him to go to the emergency room instead because it is private", False),
                ],
                "explanation": (
                    "988 counselors look for the least forceful way to keep someone safe, and "
                    "bring in emergency services only when there is immediate danger. "
                    "Promising it never happens is not honest; a warm handoff helps."
                ),
            },
            {
                "prompt": (
                    "Grace left the hospital yesterday after a suicide attempt. Her counselor "
                    "made a safety plan with her. What is a good role for her coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Check in soon, help her keep the plan handy and use it, and bring any changes she wants back to her counselor", True),
                    ("Rewrite the safety plan with her so it is in the coach's words", False),
                    ("Decide whether she is still at risk and report back to the counselor", False),
                    ("Give her space for a few weeks so she does not feel watched", False),
                ],
                "explanation": (
                    "The safety plan is clinician-led; the coach supports it. The weeks after "
                    "a crisis are high risk, so connection matters. Judging risk is the "
                    "clinician's job."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to practise cultural humility by asking instead of "
            "assuming, and describe how to respond to discrimination in a program.",
            "Participants will be able to apply SAMHSA's six principles of a trauma-informed "
            "approach to everyday coaching contacts.",
            "Participants will be able to support a person with a co-occurring mental health "
            "condition by describing and connecting, without diagnosing or advising on "
            "medication.",
            "Participants will be able to recognize suicide warning signs, ask directly about "
            "suicide, stay with the person and connect them to 988, emergency services and "
            "their supervisor.",
            "Participants will be able to explain the coach's supporting role with a "
            "clinician-led safety plan and their program's crisis policy.",
        ],
        "agenda": [
            {
                "title": "Welcome, group agreements and caring for ourselves",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group. Say plainly that today covers trauma and suicide, and "
                    "that many people in the room have lived through both. Agree on ground "
                    "rules: share only what you choose, no details of trauma stories, step "
                    "out whenever you need to, and what is said here stays here. Name a "
                    "co-facilitator or support person who will check in with anyone who "
                    "steps out. Remind everyone they can call or text 988 themselves. Then "
                    "ask the questions below and write answers on a flip chart titled "
                    "“What helps me on hard days.” Keep it up all session."
                ),
                "materials": ["Flip chart", "Markers", "Cards with 988 and the program's crisis contacts"],
                "questions": [
                    "What do you need from this group to talk about hard topics today?",
                    "What is one thing that helps you on a hard day?",
                ],
            },
            {
                "title": "Cultural humility: what I bring into the room",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Give a two-minute summary of cultural humility: look at yourself again "
                    "and again, fix the power gap, build fair partnerships. Ask each person to "
                    "write privately three parts of their own culture that shaped their "
                    "recovery. Then in pairs, each person shares one, for two minutes each. "
                    "Bring the group back and ask the questions below. Close by modeling two "
                    "open questions from Lesson 1, such as “What should I know about you and "
                    "your background to be helpful?”"
                ),
                "materials": ["Index cards", "Pens"],
                "questions": [
                    "When did someone in treatment get your culture wrong, and what would have helped?",
                    "What assumptions might you bring to someone whose background is different from yours?",
                ],
            },
            {
                "title": "Health equity and culturally responsive services",
                "minutes": 10,
                "method": "presentation",
                "domain": "advocacy",
                "description": (
                    "Explain health equity in plain words: everyone should have a fair chance "
                    "to be healthy, and in real life they do not. Give examples without "
                    "statistics: unequal drug law enforcement in Black and Latino "
                    "neighborhoods, long drives to clinics in rural areas, forms people "
                    "cannot read. Walk through the National CLAS Standards handout: free "
                    "language help, telling people it exists, trained interpreters and not "
                    "children, materials in local languages, a staff that reflects the "
                    "community. Ask: which of these does our program do well, and where is "
                    "there a gap? Write the gaps on a flip chart for the next segment."
                ),
                "materials": ["Handout: Culturally responsive services checklist", "Flip chart"],
            },
            {
                "title": "Role-play: speaking up when someone is treated unfairly",
                "minutes": 20,
                "method": "role_play",
                "domain": "advocacy",
                "description": (
                    "Review the five steps from Lesson 1: check in with the person first, "
                    "name what happened calmly, use the right channel, write it down, follow "
                    "up. Form groups of three. Round one (6 minutes): the coach checks in with "
                    "the participant after the incident. Round two (6 minutes): the coach, "
                    "with the participant's okay, raises the concern with the supervisor, "
                    "played by the third person, who is busy and a bit defensive. Observers "
                    "use the checklist. Debrief with the whole group for the last 8 minutes: "
                    "what helped the participant keep their voice, and what words kept the "
                    "talk with the supervisor calm and factual?"
                ),
                "materials": ["Role cards", "Observer checklists", "Handout: Culturally responsive services checklist"],
                "roles": [
                    "Coach",
                    "Participant (Mr. Reyes, 58, on methadone 4 years, speaks Spanish at home)",
                    "Supervisor (round two) and observer (round one)",
                ],
                "script": (
                    "Mr. Reyes arrived ten minutes late to dose because the bus broke down. "
                    "The front desk clerk told him loudly, in front of others, “If you can't "
                    "read the sign, that's your problem,” and laughed with a co-worker about "
                    "his accent. He was allowed to dose but is upset. He opens with: “I don't "
                    "want trouble. They already look at me like I don't belong. But it's not "
                    "right.” If the coach asks what he wants, he says he wants it to stop, "
                    "but he is afraid to complain in his own name. In round two, the "
                    "supervisor starts with: “That clerk has worked here for years. Are you "
                    "sure he meant it that way?”"
                ),
                "observer_checklist": [
                    "Coach checked in with Mr. Reyes first and asked what he wanted",
                    "Coach respected his choice about whether to use his name",
                    "Coach described what happened in facts, without labels like “racist”",
                    "Coach named the right channel, such as the supervisor or grievance process",
                    "Coach stayed calm when the supervisor pushed back",
                    "Coach agreed on follow-up with Mr. Reyes",
                ],
            },
            {
                "title": "Trauma-informed support: the six principles",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Use the handout. Define trauma with SAMHSA's three E's: event, "
                    "experience, effects. Explain the four R's: realize, recognize, respond, "
                    "resist re-traumatization. Walk through the six principles, giving one "
                    "coaching example for each (about one minute each). Stress that "
                    "trauma-informed does not mean treating trauma, and that coaches never "
                    "dig for the story. Demonstrate a 60-second grounding: calm voice, name, "
                    "feet on the floor, name three things you can see. Invite the group to "
                    "try it seated, eyes open."
                ),
                "materials": ["Handout: Six principles of a trauma-informed approach", "Slides or flip chart"],
            },
            {
                "title": "A trauma-informed walk through a clinic day",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Split into four small groups. Give each group one stage of a day at an "
                    "opioid treatment program: arriving and check-in; waiting and dosing; an "
                    "observed urine test; a meeting about a positive test or a discharge "
                    "warning. Each group lists what might feel unsafe or bring back past harm, "
                    "then picks two of the six principles and writes what a coach could do "
                    "and what the program could change. Give 8 minutes to work, then each "
                    "group reports in under two minutes. Collect the program-change ideas "
                    "to pass to program leaders, if the group agrees."
                ),
                "materials": ["Flip chart paper for each group", "Handout: Six principles of a trauma-informed approach"],
            },
            {
                "title": "Co-occurring conditions: describe and connect",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Two facilitators act out a short check-in with Mr. Huang from Lesson 3 "
                    "twice. In the first version the coach says, “Sounds like depression, "
                    "you should ask for an antidepressant.” In the second, the coach reflects, "
                    "asks open questions, asks directly about suicide, and helps him write "
                    "three things to tell his prescriber. Ask the group what changed and why "
                    "the second version keeps the coach in role. Point out that mental health "
                    "medicine is recovery, just like MOUD, and that the MAT course covers "
                    "medication interactions."
                ),
                "materials": ["Handout: Getting ready to talk with your prescriber"],
            },
            {
                "title": "Suicide warning signs and asking directly",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Present notice, ask, stay, connect. Cover warning signs in three groups: "
                    "what the person says, does, and how they seem. Explain why people with "
                    "substance use disorders, recent losses or recent release from jail need "
                    "extra attention. Share that research reviews found asking about suicide "
                    "does not plant the idea. Practise the words: the whole group says “Are "
                    "you thinking about killing yourself?” out loud together, twice; many "
                    "people find the first time hard. Explain 988 (call or text 988, or chat; "
                    "24 hours; Spanish; veterans press 1), the warm handoff, when to call "
                    "911, and the duty to tell your supervisor every time."
                ),
                "materials": ["Handout: Notice, ask, stay, connect", "Slides or flip chart"],
            },
            {
                "title": "Role-play: asking about suicide and connecting to help",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Each round is 6 minutes of role-play and 2 minutes "
                    "of observer feedback; run three rounds so everyone plays each role. Use "
                    "a different participant card each round (Terrell, Marisol, or a third "
                    "card of your own). The person playing the participant should answer "
                    "“yes” to the suicide question but should not act out any plan in detail. "
                    "Remind everyone they can pause at any time. Use the last minute for a "
                    "quick whole-group check-in: one word for how you feel right now. "
                    "Facilitators walk between groups and coach on the exact wording of the "
                    "question."
                ),
                "materials": ["Participant role cards", "Observer checklists", "Handout: Notice, ask, stay, connect"],
                "roles": [
                    "Coach",
                    "Participant (Terrell, 27, on methadone, home from jail one month; or Marisol, 45, on buprenorphine)",
                    "Observer",
                ],
                "script": (
                    "Terrell has been dosing every day since he came home from jail a month "
                    "ago. He sits down with the coach and says: “My girl left and took my son. "
                    "I had one job, stay out and be a dad. Honestly, everybody'd be better off "
                    "without me.” If the coach asks directly about suicide, he pauses and says, "
                    "“Yeah. Last night I thought about it.” If asked about a plan, he says he "
                    "thought about taking whatever pills he could find. He is unsure about "
                    "calling 988 but agrees if the coach offers to stay with him, or asks for "
                    "the counselor he knows."
                ),
                "observer_checklist": [
                    "Coach noticed the warning sign and did not brush it off",
                    "Coach asked directly, using the word suicide or killing yourself",
                    "Coach thanked him and stayed calm and non-judgmental",
                    "Coach did not promise secrecy and explained why",
                    "Coach stayed with him and brought in the supervisor or on-call clinician",
                    "Coach offered a warm handoff to 988 and let him choose",
                ],
            },
            {
                "title": "Safety plans and our crisis policy",
                "minutes": 10,
                "method": "teach_back",
                "description": (
                    "Show a blank Stanley-Brown style safety plan and name its six parts. "
                    "Stress that a clinician leads it and the coach supports it. In pairs, "
                    "one person explains to the other, in under two minutes, what a coach "
                    "does and does not do with a safety plan. Switch. Then hand out the "
                    "program's crisis policy (or a sample). Pairs answer: who do I call first "
                    "and second, what do I do after hours, when do I call 911, and what do I "
                    "write afterward. Ask everyone to save the crisis numbers in their phone "
                    "before the end of the session."
                ),
                "materials": ["Sample safety plan form", "Program crisis policy or sample policy", "Handout: Notice, ask, stay, connect"],
            },
            {
                "title": "Closing and grounding",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Return to the “What helps me on hard days” flip chart. Lead a one-minute "
                    "grounding exercise. Ask the questions below in a go-round, and let anyone "
                    "pass. Remind the group of support: the co-facilitator is available after "
                    "the session, supervisors are there for debriefing, and 988 is for coaches "
                    "too. Preview that Module 10 covers confidentiality, documentation and "
                    "mandated reporting."
                ),
                "materials": ["Flip chart from the opening"],
                "questions": [
                    "What is one thing you will do differently with the next person you coach?",
                    "What will you do for yourself after today's session?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Notice, ask, stay, connect",
                "text": (
                    "Use these steps any time you are worried someone may be thinking about "
                    "suicide. You do not need to be a counselor to use them.\n\n"
                    "Notice warning signs\n"
                    "- Talk of wanting to die, being a burden, feeling trapped or hopeless.\n"
                    "- Looking for a way, such as saving pills or getting a gun.\n"
                    "- More alcohol or drug use, pulling away, big changes in sleep.\n"
                    "- Giving things away, saying goodbye, a sudden calm after a dark time.\n\n"
                    "Ask directly\n"
                    "- “Are you thinking about killing yourself?”\n"
                    "- Listen. Thank them. Do not argue or promise secrecy.\n"
                    "- If yes: “Have you thought about how? Do you have it? Have you done "
                    "anything to hurt yourself today?”\n\n"
                    "Stay\n"
                    "- Do not leave the person alone. Stay in person or on the phone.\n"
                    "- If safe and they agree, put distance between them and pills or weapons.\n"
                    "- Never put yourself in danger.\n\n"
                    "Connect\n"
                    "- Follow the program's crisis policy. Bring in your supervisor or on-call "
                    "clinician every time.\n"
                    "- 988 Suicide and Crisis Lifeline: call or text 988, or chat online. Free, "
                    "confidential, 24 hours. Spanish available. Veterans press 1.\n"
                    "- Call 911 if they have hurt themselves, taken something, overdosed, or "
                    "are about to act.\n"
                    "- Afterward: write a short factual note and follow up within a day or two."
                ),
            },
            {
                "title": "Six principles of a trauma-informed approach",
                "text": (
                    "SAMHSA describes trauma by three E's: an event, how the person "
                    "experiences it, and its lasting effects. A trauma-informed approach "
                    "realizes how common trauma is, recognizes its signs, responds by building "
                    "this into practice, and resists re-traumatization.\n\n"
                    "The six principles, and what a coach can do\n"
                    "- Safety: ask where the person wants to meet and what safety means to them.\n"
                    "- Trustworthiness and transparency: say what you will do, do it, and "
                    "explain what happens next.\n"
                    "- Peer support: use your lived experience to build trust and hope.\n"
                    "- Collaboration and mutuality: decide together; share power.\n"
                    "- Empowerment, voice and choice: offer real choices and build on strengths.\n"
                    "- Cultural, historical and gender issues: move past stereotypes and offer "
                    "gender-responsive options.\n\n"
                    "Remember: never dig for the trauma story. If someone is overwhelmed, "
                    "help them ground: calm voice, their name, feet on the floor, name what "
                    "they can see, offer water and a break."
                ),
            },
            {
                "title": "Culturally responsive services checklist",
                "text": (
                    "Based on the National CLAS Standards from the federal Office of Minority "
                    "Health.\n\n"
                    "Does our program:\n"
                    "- Offer language help at no cost to people who need it?\n"
                    "- Tell people, out loud and in writing, that language help exists?\n"
                    "- Use trained interpreters, and avoid using children or untrained people?\n"
                    "- Have forms and signs in the languages people here speak?\n"
                    "- Have staff and peers who reflect the community?\n"
                    "- Have a clear, safe way to complain about unfair treatment?\n\n"
                    "When someone is treated unfairly\n"
                    "- Check in with the person first and ask what they want.\n"
                    "- Name what happened calmly, with facts.\n"
                    "- Use the right channel: supervisor, grievance process.\n"
                    "- Write it down: date, time, place, who, what was said.\n"
                    "- Follow up with the person."
                ),
            },
            {
                "title": "Getting ready to talk with your prescriber",
                "text": (
                    "Write your answers in your own words and bring this to your visit.\n\n"
                    "- What have I noticed about how I feel?\n"
                    "- When did it start? Is it better or worse?\n"
                    "- How much does it get in the way of work, family or recovery?\n"
                    "- What have I tried? What helped?\n"
                    "- All the medicines I take, including from other doctors and over the counter.\n"
                    "- My questions for today.\n\n"
                    "Your coach can help you write this and get to the appointment. Your coach "
                    "will not tell you which medicine to take or change."
                ),
            },
        ],
    },
}
