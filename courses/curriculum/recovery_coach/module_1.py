"""Recovery Coach Training module 1: Recovery, its many pathways, and the history of peer work.
What recovery is (SAMHSA's working definition and four dimensions), the many pathways in,
including medication-assisted recovery and harm reduction, recovery-oriented systems of care,
the history of peer work and of MARS, and how to find medication-friendly mutual aid."""

MODULE = {
    "slug": "recovery-and-its-many-pathways",
    "title": "Recovery, its many pathways, and the history of peer work",
    "domain": "recovery-wellness-support",
    "intro": (
        "What recovery means, the many pathways people take (medication-assisted recovery "
        "among them), recovery-oriented systems of care, and where peer support and the "
        "MARS model come from. You will also learn how to help someone find a mutual aid "
        "meeting that welcomes people who take medication."
    ),
    "minutes": 180,
    "sources": [
        "SAMHSA. SAMHSA's Working Definition of Recovery: 10 Guiding Principles of Recovery. "
        "2012.",
        "Kaplan, L. The Role of Recovery Support Services in Recovery-Oriented Systems of Care. "
        "SAMHSA, Center for Substance Abuse Treatment. 2008.",
        "SAMHSA. Harm Reduction Framework. 2023.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "White, W. and Kurtz, E. Twelve Defining Moments in the History of Alcoholics "
        "Anonymous. Recent Developments in Alcoholism, volume 18. 2008.",
        "Joseph, H. and Woods, J. S. In the Service of Patients: The Legacy of Dr. Dole. "
        "Heroin Addiction and Related Clinical Problems. 2006.",
        "National Alliance of Methadone Advocates. Press release on the SAMHSA Recovery "
        "Community Services Program grant for peer-to-peer recovery support at the Albert "
        "Einstein College of Medicine methadone programs. 2006.",
        "Office of National Drug Control Policy. MARS: Helping Those in Need Down the Path to "
        "Recovery (Recovery Month blog post). 2011.",
        "SMART Recovery USA. SMART Announces Move Toward Abstinence-Oriented Recovery Support "
        "(board statement, with its 2022 update on participants' own goals). 2022.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "what-is-recovery",
            "title": "What is recovery?",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Start with your own story</h2>"
                 "<p>Everyone in this training has a recovery story. Some of us stopped "
                 "using all at once. Some of us cut back slowly. Some of us take methadone "
                 "or buprenorphine every day and have for years. Some of us went to "
                 "meetings, some went to church, some went back to school. We got here by "
                 "different roads. That is the first lesson of this course: there is no "
                 "single right way to recover.</p>"
                 "<p>As a recovery coach, you will meet people at every point on the road. "
                 "You will meet Darlene, 61, who has taken methadone for twelve years and "
                 "now helps raise two grandchildren. You will meet Andre, 27, who left "
                 "county jail last week and started buprenorphine the day he got out. You "
                 "will meet Rosa, a mom in a rural county who is still using but came in "
                 "for naloxone. All three are people a coach can help. To help them well, "
                 "we need a shared idea of what recovery is.</p>"
                 "<h2>A working definition</h2>"
                 "<p>In 2011 the federal Substance Abuse and Mental Health Services "
                 "Administration (SAMHSA) released a working definition of recovery. SAMHSA "
                 "built it over a year with people in recovery from both mental health and "
                 "substance use conditions. It says recovery is:</p>"
                 "<p><em>“A process of change through which individuals improve their "
                 "health and wellness, live a self-directed life, and strive to reach their "
                 "full potential.”</em></p>"
                 "<p>Look at three parts of that sentence.</p>"
                 "<ul>"
                 "<li><strong>A process of change.</strong> Recovery is not one moment or "
                 "one date. It keeps going. It can have setbacks and still be recovery.</li>"
                 "<li><strong>A self-directed life.</strong> The person is in charge of "
                 "their own recovery. Not the coach, not the program, not the family.</li>"
                 "<li><strong>Full potential.</strong> Recovery is about more than what a "
                 "person stops doing. It is about what they build.</li>"
                 "</ul>"
                 "<p>Notice what the definition does not say. It does not say a person must "
                 "stop a prescribed medication. It does not name one program or one group. "
                 "It does not set a clock.</p>"
                 "<h2>Four dimensions that support a life in recovery</h2>"
                 "<p>SAMHSA named four areas of life that hold recovery up. Think of them as "
                 "the four legs of a table. When one is weak, the table wobbles.</p>"
                 "<ul>"
                 "<li><strong>Health.</strong> Managing one's conditions or symptoms, and "
                 "making informed, healthy choices that support body and mind. For someone "
                 "with an addiction, SAMHSA gives the example of not using alcohol, illegal "
                 "drugs and non-prescribed medications. Notice the word "
                 "“non-prescribed.” Methadone or buprenorphine taken as prescribed fits "
                 "inside this dimension.</li>"
                 "<li><strong>Home.</strong> A stable and safe place to live.</li>"
                 "<li><strong>Purpose.</strong> Meaningful daily activities, like a job, "
                 "school, volunteering, caring for family or creative work, and the income "
                 "and resources to take part in society.</li>"
                 "<li><strong>Community.</strong> Relationships and social networks that "
                 "give support, friendship, love and hope.</li>"
                 "</ul>"
                 "<p>A coach uses these four words every day. When Andre says, “I'm doing "
                 "fine, I'm on my medicine,” you can gently ask about the rest of the "
                 "table. Where is he sleeping? What does he do all day? Who does he talk "
                 "to? Medicine may be steadying his health. Home, purpose and community "
                 "may need work too.</p>"),
                ("rich_text",
                 "<h2>What recovery is not</h2>"
                 "<p>Many of us learned ideas about recovery that do more harm than good. "
                 "Clearing them away helps the people we serve, and it helps us too.</p>"
                 "<ul>"
                 "<li><strong>Recovery is not perfection.</strong> People in recovery "
                 "still have bad days, hard feelings and old habits. A rough week is not "
                 "the end of recovery.</li>"
                 "<li><strong>Recovery is not a finish line.</strong> Nobody graduates. "
                 "Recovery keeps growing over years, the way a life does.</li>"
                 "<li><strong>Recovery is not the same as being off medication.</strong> "
                 "A person can take methadone or buprenorphine for many years, or for "
                 "life, and be in strong recovery the whole time.</li>"
                 "<li><strong>Recovery is not owned by one group.</strong> No fellowship, "
                 "church or program gets to decide who counts.</li>"
                 "<li><strong>Recovery is not just about drugs.</strong> It is about "
                 "health, home, purpose and community. Stopping or changing use is often "
                 "the start, not the whole story.</li>"
                 "</ul>"
                 "<h2>Using the definition in a real talk</h2>"
                 "<p>Here is how a coach might use these ideas with Andre in his first "
                 "week out of jail.</p>"
                 "<p>The coach starts with a simple question: “What would a good life look "
                 "like for you a year from now?” Andre says he wants his own place, a job, "
                 "and to see his daughter. The coach writes those down in Andre's words. "
                 "Then the coach says, “Those fit right into four areas people often work "
                 "on in recovery: health, home, purpose and community. Which one feels most "
                 "urgent?” Andre picks home, because his aunt wants him out in a month.</p>"
                 "<p>The coach does not tell Andre what his recovery should be. The coach "
                 "uses the dimensions to help Andre see his own goals more clearly, and "
                 "then helps him pick a first step. That is person-driven recovery in "
                 "practice.</p>"),
                ("callout", {
                    "title": "Medication fits the definition",
                    "text": (
                        "SAMHSA's health dimension speaks of non-prescribed medications. A "
                        "person who takes methadone or buprenorphine as prescribed is in "
                        "recovery. Nobody has to stop a prescribed medication to count."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Ten guiding principles</h2>"
                 "<p>SAMHSA also wrote ten guiding principles. You do not need to memorize "
                 "them word for word. You do need to live them in how you coach.</p>"
                 "<ol>"
                 "<li><strong>Recovery emerges from hope.</strong> Believing that change "
                 "is possible is where it starts. Your own life can be proof.</li>"
                 "<li><strong>Recovery is person-driven.</strong> The person sets the "
                 "goals and chooses the path.</li>"
                 "<li><strong>Recovery occurs via many pathways.</strong> Paths differ, "
                 "and they are not always straight. Setbacks happen.</li>"
                 "<li><strong>Recovery is holistic.</strong> It touches mind, body, "
                 "spirit and community.</li>"
                 "<li><strong>Recovery is supported by peers and allies.</strong> People "
                 "who have been there offer something special.</li>"
                 "<li><strong>Recovery is supported through relationships and social "
                 "networks.</strong> People who believe in us make a difference.</li>"
                 "<li><strong>Recovery is culturally based and influenced.</strong> A "
                 "person's culture shapes their path.</li>"
                 "<li><strong>Recovery is supported by addressing trauma.</strong> Many "
                 "of us carry trauma. Services should feel safe and build trust.</li>"
                 "<li><strong>Recovery involves individual, family and community "
                 "strengths and responsibility.</strong> Everyone has a part.</li>"
                 "<li><strong>Recovery is based on respect.</strong> That includes "
                 "protecting people's rights and ending discrimination.</li>"
                 "</ol>"
                 "<h2>What this means for a coach</h2>"
                 "<p>The person defines their own recovery. For Darlene, recovery means a "
                 "steady dose, her grandkids and her church choir. For a man named Tom, 45, "
                 "who is Lakota, recovery is tied to ceremony and his family. For Rosa, "
                 "right now it means carrying naloxone and not using alone. Each of these "
                 "is a real step.</p>"
                 "<p>Your job is not to judge whether someone's recovery is real. Your job "
                 "is to help them move toward the life they want. Some practical habits "
                 "follow from that:</p>"
                 "<ul>"
                 "<li>Ask, do not assume. “What does recovery look like for you?” is a "
                 "good first question.</li>"
                 "<li>Use the four dimensions as a map, not a test. Let the person choose "
                 "which area to work on first.</li>"
                 "<li>Notice strengths. A person who gets to the clinic every morning "
                 "before work already has discipline and grit.</li>"
                 "<li>Keep hope in the room, even after a return to use.</li>"
                 "<li>Use respectful words: “person in recovery,” “return to use,” "
                 "“medication for opioid use disorder.” Words shape how people see "
                 "themselves.</li>"
                 "</ul>"
                 "<p>You also bring your own story. It is a gift when you share it to "
                 "serve the other person. It is not a template. Module 4 goes deeper on "
                 "when and how to share your story.</p>"
                 "<h2>Talking with families</h2>"
                 "<p>Families often have their own picture of recovery. A mother may think "
                 "recovery means no medication. A partner may think it means never being "
                 "sad or angry again. When a person asks you to meet their family, the "
                 "four dimensions give you a common language. You can say: “Recovery is "
                 "about building health, a safe home, a purpose and good relationships. "
                 "Your son is working on all four.” That moves the talk away from a single "
                 "test, like a dose or a meeting count, and toward the whole life the "
                 "family wants for him too.</p>"),
                ("reflection", {
                    "prompt": (
                        "Describe your own recovery in two or three sentences, in your own "
                        "words. Then look at the four dimensions: health, home, purpose and "
                        "community. Which one held you up most, and which one was hardest "
                        "to build?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "many-pathways-of-recovery",
            "title": "Many pathways of recovery",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>No single road</h2>"
                 "<p>People recover in many ways. Most people mix several supports, and "
                 "many change them over time. A coach needs to know the main pathways, so "
                 "that people can hear about options without pressure. Here are the ones "
                 "you will see most.</p>"
                 "<ul>"
                 "<li><strong>Medication-assisted recovery.</strong> Methadone, "
                 "buprenorphine or naltrexone for opioid use disorder, or medicines for "
                 "alcohol or tobacco use, together with whatever other supports the person "
                 "chooses.</li>"
                 "<li><strong>Mutual aid groups.</strong> Twelve-step fellowships, secular "
                 "groups, faith-based groups, and groups made for people in "
                 "medication-assisted recovery. Lesson 5 covers how to find one that "
                 "welcomes people on medication.</li>"
                 "<li><strong>Clinical treatment.</strong> Outpatient counseling, "
                 "intensive outpatient programs, residential programs and hospital "
                 "care.</li>"
                 "<li><strong>Faith and spiritual paths.</strong> Recovery rooted in a "
                 "church, mosque, temple or spiritual practice.</li>"
                 "<li><strong>Cultural paths.</strong> Recovery grounded in culture and "
                 "tradition, such as Native American recovery circles and "
                 "ceremonies.</li>"
                 "<li><strong>Recovery without formal help.</strong> Many people change "
                 "their use through family, work, a move, or a decision, without treatment "
                 "or groups.</li>"
                 "<li><strong>Recovery community centers and peer programs.</strong> "
                 "Places run by and for people in recovery, with groups, activities and "
                 "coaching.</li>"
                 "<li><strong>Online recovery.</strong> Meetings and communities by phone "
                 "or video, which help people in rural areas, people who work odd hours, "
                 "and people with children at home.</li>"
                 "</ul>"
                 "<h2>Medication-assisted recovery is recovery</h2>"
                 "<p>This course is built on one clear belief: taking a prescribed "
                 "medication for opioid use disorder is recovery. Methadone and "
                 "buprenorphine are medicines for a health condition. At a dose that fits "
                 "the person, they stop withdrawal and calm cravings. People feel steady, "
                 "not high. They can think clearly, work, and care for family. The MAT "
                 "course covers how each medicine works in detail.</p>"
                 "<p>Still, many people in medication-assisted recovery have heard things "
                 "like “you're just trading one drug for another” or “you're not really "
                 "clean.” They hear it from family, from some meeting rooms, and sometimes "
                 "from staff. Over time, some start to believe it. A person can be doing "
                 "well on methadone for years and still feel like they do not belong.</p>"
                 "<p>A peer coach can change that. When someone who has stood in the same "
                 "line at the dosing window says, “You are in recovery,” it lands in a way "
                 "that a pamphlet never does. Here are some plain ways to say it:</p>"
                 "<ul>"
                 "<li>“Taking your medicine as prescribed is part of your recovery, just "
                 "like someone with diabetes taking insulin.”</li>"
                 "<li>“Dependence on a medicine is not the same as addiction. Addiction is "
                 "losing control and getting hurt. Your medicine is helping you get your "
                 "life back.”</li>"
                 "<li>“How long you take it is your choice, with your prescriber. There is "
                 "no clock on it.”</li>"
                 "</ul>"),
                ("callout", {
                    "title": "A coach never ranks pathways",
                    "text": (
                        "Avoid phrases like “real recovery,” “the only way” or “someday "
                        "you'll be off it.” They tell people that their path is second best. "
                        "Ask what the person wants, and support that."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Harm reduction as a way in</h2>"
                 "<p>Harm reduction means practical steps that lower the harm of drug use "
                 "for people who are still using. It includes naloxone, the medicine that "
                 "reverses an opioid overdose. It includes syringe services programs, "
                 "which give out sterile supplies. It includes tools to check drugs for "
                 "fentanyl, and advice like never using alone. In 2023 SAMHSA published a "
                 "Harm Reduction Framework. It describes harm reduction as part of the "
                 "same range of care as prevention, treatment and recovery, not as the "
                 "opposite of them. It also says harm reduction should be guided by people "
                 "with lived experience of drug use.</p>"
                 "<p>For many people, a harm reduction program is the first place where "
                 "someone treats them with respect. That first contact can open a door. "
                 "Rosa came in for naloxone. The peer at the table learned her name, asked "
                 "how she was doing, and did not lecture. Three weeks later Rosa asked "
                 "about buprenorphine. A coach who had pushed treatment on the first day "
                 "might never have seen her again.</p>"
                 "<p>So a coach treats any positive change as real progress:</p>"
                 "<ul>"
                 "<li>Carrying naloxone.</li>"
                 "<li>Using with someone else around instead of alone.</li>"
                 "<li>Using less, or less often.</li>"
                 "<li>Getting tested for HIV or hepatitis C.</li>"
                 "<li>Coming back to talk again.</li>"
                 "</ul>"
                 "<p>Module 2 covers harm reduction in practice, including naloxone "
                 "training and how to talk about it without judgment.</p>"
                 "<h2>Pathways change over time</h2>"
                 "<p>Pathways are not fixed. A woman might start with methadone at an "
                 "opioid treatment program, join a faith group, and later add a "
                 "medication-friendly twelve-step meeting. A man might try recovery "
                 "without medication, return to use, and then start buprenorphine. Another "
                 "person might decide, with their prescriber, to taper a medication after "
                 "many stable years, and add more peer support while they do. Any of these "
                 "can be recovery.</p>"
                 "<p>A return to use does not erase a person's recovery. It is a signal "
                 "that something needs to change in the plan. It is not proof of failure. "
                 "The coach's job is to stay connected, keep the person safe, and help "
                 "them decide what to try next.</p>"
                 "<h2>Questions people ask about pathways</h2>"
                 "<p><strong>“Can I take methadone and still go to meetings?”</strong> "
                 "Yes. Many people do both. Lesson 5 covers how to find a meeting that "
                 "welcomes people who take medication.</p>"
                 "<p><strong>“My family wants me to go away to a program. I want to stay "
                 "on my medicine at home.”</strong> The choice is the person's. A coach can "
                 "help them explain their reasons to family, and help the family learn "
                 "about medication. Some residential programs also continue a person's "
                 "medication. Ask before you refer.</p>"
                 "<p><strong>“Is it okay to use medication and also lean on my "
                 "faith?”</strong> Of course. Pathways combine. Many people find strength "
                 "in their church, mosque or temple while they take medication. Tom, who "
                 "is Lakota, takes buprenorphine and goes to sweat lodge ceremonies with "
                 "his uncle. Both are part of his recovery.</p>"
                 "<p><strong>“I want to stop my medication someday. Does that make me a "
                 "bad example?”</strong> No. Wanting to taper is a valid goal too. The "
                 "decision belongs to the person and their prescriber. The coach's role is "
                 "to support whatever the person decides, help them plan extra support, "
                 "and make sure they have naloxone, since tolerance drops after a "
                 "taper.</p>"
                 "<p>Notice that in every answer, the coach does not pick the path. The "
                 "coach gives accurate information, supports the person's choice, and "
                 "keeps them safe.</p>"
                 "<h2>Culture shapes the path</h2>"
                 "<p>Culture affects which pathways feel right. For some Black families, "
                 "the church is the center of community life, and a pastor's support can "
                 "matter a great deal. For some Latino families, recovery is a family "
                 "matter more than a private one, and involving relatives may be "
                 "important. For some Asian American families, shame about addiction runs "
                 "deep, and privacy may be the first concern. For many Native people, "
                 "healing is tied to ceremony, land and community. These are only "
                 "patterns, not rules. The only way to know what fits a person is to ask "
                 "them: “What part does your family, your faith or your culture play in "
                 "your recovery?”</p>"
                 "<h2>The coach's stance</h2>"
                 "<p>Your own pathway is valuable experience. It is not the map for anyone "
                 "else. A coach who got well through a twelve-step program may be tempted "
                 "to send everyone there. A coach who got well on methadone may be tempted "
                 "to push everyone toward medication. Both are the same mistake. Good "
                 "coaching sounds like this:</p>"
                 "<ul>"
                 "<li>“What has helped you before, even a little?”</li>"
                 "<li>“What are you curious about trying?”</li>"
                 "<li>“Would it help if I told you about a few options?”</li>"
                 "<li>“What matters most to you right now?”</li>"
                 "</ul>"
                 "<p>Then you share facts, not pressure, and the person decides.</p>"),
                ("scenario", {
                    "title": "“They told me methadone isn't recovery”",
                    "situation": (
                        "Keisha, 34, has been on methadone for eight months at an opioid "
                        "treatment program. She is working part time and just got her kids "
                        "back on weekends. Last night she went to her first community "
                        "meeting. When she shared that she takes methadone, a member told "
                        "her after the meeting that she was “not really clean” and should "
                        "not share until she is off it. This morning at the clinic she tells "
                        "you, her coach: “Maybe they're right. Maybe I should just get off "
                        "this stuff.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Reflect what she felt and affirm her recovery: “That really "
                                "stung. You've worked hard these eight months, and taking "
                                "your medicine is part of your recovery.” Then ask what she "
                                "wants."
                            ),
                            "feedback": (
                                "This responds to the hurt first and names the truth without "
                                "arguing. It keeps the choice with Keisha and opens the door "
                                "to talk about what she wants next."
                            ),
                            "best": True,
                            "next": (
                                "Keisha's shoulders drop. She says she liked the meeting "
                                "itself and wants some kind of group, but she does not want "
                                "to hide her medication or be told to quit."
                            ),
                        },
                        {
                            "text": (
                                "Tell her the member was wrong and that twelve-step meetings "
                                "are not for people on methadone."
                            ),
                            "feedback": (
                                "You are right to push back on stigma, but this ranks one "
                                "pathway against another and closes a door Keisha may want "
                                "open. Many groups welcome people on medication."
                            ),
                            "best": False,
                            "next": (
                                "Keisha looks unsure. She says she actually liked parts of "
                                "the meeting and does not know where else to go."
                            ),
                        },
                        {
                            "text": (
                                "Suggest she ask her prescriber about tapering if she feels "
                                "ready, since it is her choice."
                            ),
                            "feedback": (
                                "Her choice does matter, but she is speaking from shame, not "
                                "from a settled wish. Moving straight to tapering skips the "
                                "hurt and could steer her toward a decision made under "
                                "pressure."
                            ),
                            "best": False,
                            "next": (
                                "Keisha goes quiet. Later she says she felt like even her "
                                "coach thought she should get off methadone."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Keisha wants a group where she can be open about her "
                            "medication. What do you do next?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Look together at medication-friendly options, like the "
                                    "peer program's own support groups, groups made for "
                                    "people who take medication, or a local meeting known to "
                                    "be welcoming, and offer to go with her the first time."
                                ),
                                "feedback": (
                                    "This gives her real choices and practical support. "
                                    "Going along the first time lowers the fear of walking "
                                    "into a new room."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Tell her to go back to the same meeting and just not "
                                    "mention methadone."
                                ),
                                "feedback": (
                                    "Hiding her medication keeps the shame alive and can "
                                    "make her feel she must lie to belong. She asked for the "
                                    "opposite."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Call the meeting's secretary and complain about the "
                                    "member on Keisha's behalf."
                                ),
                                "feedback": (
                                    "Acting for her without asking takes the choice away "
                                    "and could share her private story. If she wants to "
                                    "speak up later, you can help her plan how."
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
            "slug": "recovery-oriented-systems-of-care",
            "title": "Recovery-oriented systems of care",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>From a crisis model to long-term support</h2>"
                 "<p>For many years, addiction care worked like care for a broken arm. A "
                 "person came in during a crisis. They got a few days of medically "
                 "supervised withdrawal or a few "
                 "weeks of treatment. Then they were discharged, often with little help "
                 "after. When they returned to use, many were blamed and sent back to the "
                 "same program. People called it the revolving door.</p>"
                 "<p>That model fits a broken arm. It does not fit a chronic condition. "
                 "Think about diabetes or high blood pressure. Nobody expects a few weeks "
                 "of care to fix them for life. People get ongoing care, check-ups and "
                 "support. If their numbers go up, the plan changes. Nobody kicks them out "
                 "for it.</p>"
                 "<p>In the 2000s, SAMHSA's Center for Substance Abuse Treatment began "
                 "pushing the field to shift from this acute care model to a chronic care "
                 "approach. The name for the new approach is a recovery-oriented system of "
                 "care, or ROSC (people say “rosk”).</p>"
                 "<h2>What a ROSC is</h2>"
                 "<p>A recovery-oriented system of care is a coordinated network of "
                 "community-based services and supports. It is person-centered. It builds "
                 "on the strengths and resilience of people, families and communities. Its "
                 "goal is better health, wellness and quality of life for people with, or "
                 "at risk of, alcohol and drug problems.</p>"
                 "<p>Put simply, a ROSC is what happens when treatment programs, peer "
                 "programs, health care, housing, jobs programs, courts, faith groups and "
                 "families all pull in the same direction, around the person, for the long "
                 "haul.</p>"
                 "<h2>Features of a recovery-oriented system</h2>"
                 "<ul>"
                 "<li><strong>Many doors in, no wrong door.</strong> A person can start "
                 "at an emergency room, a syringe services program, a jail, a clinic, a "
                 "church or a peer center. Wherever they start, someone helps them get to "
                 "what they need.</li>"
                 "<li><strong>Many pathways.</strong> Medication, groups, faith, culture "
                 "and harm reduction are all respected.</li>"
                 "<li><strong>Care that lasts.</strong> Support before, during and after "
                 "treatment, including check-ins after formal treatment ends.</li>"
                 "<li><strong>Whole-person services.</strong> Housing, work, childcare, "
                 "transportation, legal help and health care are part of recovery, not "
                 "extras.</li>"
                 "<li><strong>People in recovery at the table.</strong> People with lived "
                 "experience help plan, deliver and judge services.</li>"
                 "<li><strong>Culture, trauma and family matter.</strong> Services fit "
                 "the people they serve.</li>"
                 "<li><strong>Recovery support services.</strong> Peer coaching, recovery "
                 "housing, recovery community centers and mutual aid are built in.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Where medication fits",
                    "text": (
                        "In a recovery-oriented system, medication for opioid use disorder "
                        "is one strong thread in the web, not a separate world. A person at "
                        "an opioid treatment program should be welcome in every other part "
                        "of the system: housing, jobs programs, groups and peer centers."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Where peers fit</h2>"
                 "<p>Recovery coaches are one of the threads that hold a ROSC together. "
                 "SAMHSA describes recovery support services as help given to people and "
                 "families at every stage: before treatment, during it, and long after. "
                 "Peers do this work in many places.</p>"
                 "<ul>"
                 "<li><strong>Before treatment.</strong> A coach at a syringe services "
                 "program or a hospital emergency department builds trust with someone "
                 "who is not ready for treatment yet.</li>"
                 "<li><strong>During treatment.</strong> At an opioid treatment program, "
                 "a coach helps a person read the handbook, solve bus and childcare "
                 "problems, and prepare questions for their prescriber.</li>"
                 "<li><strong>After treatment or between treatments.</strong> A coach "
                 "checks in after discharge from residential care, after release from jail, "
                 "or after a return to use.</li>"
                 "<li><strong>Across systems.</strong> A coach helps a person who is on "
                 "buprenorphine find recovery housing that accepts medication, or talk with "
                 "a probation officer who has questions about it. Module 8 covers these "
                 "systems.</li>"
                 "</ul>"
                 "<h2>A story: one person, many doors</h2>"
                 "<p>Mr. Nguyen, 52, worked construction until a back injury. He was "
                 "prescribed pain pills, then started buying them, then used heroin when "
                 "the pills got too expensive. He overdosed in his truck and was revived by "
                 "a paramedic with naloxone.</p>"
                 "<p>In a crisis-only system, he would have been treated in the emergency "
                 "room and sent home. In a recovery-oriented system, a peer met him in the "
                 "emergency department. A doctor offered to start buprenorphine there. The "
                 "peer set up a follow-up visit at a clinic for the next week and gave him "
                 "naloxone. A week later the peer called to remind him. When Mr. Nguyen "
                 "said he could not get to the clinic, the peer helped him find a ride. "
                 "Months later, he was working light duty and helping his daughter with "
                 "her homework.</p>"
                 "<p>No single service did that. The web did. The peer was the thread that "
                 "kept him from falling through the gaps.</p>"
                 "<h2>Warm handoffs, not cold referrals</h2>"
                 "<p>A cold referral is a name and a phone number on a slip of paper. A "
                 "warm handoff is a real connection from one person to the next. In a "
                 "recovery-oriented system, warm handoffs are the norm. They matter most "
                 "at risky moments, like leaving jail, the hospital or a residential "
                 "program.</p>"
                 "<p>A warm handoff often looks like this:</p>"
                 "<ol>"
                 "<li>Ask the person what they want and what worries them about the next "
                 "step.</li>"
                 "<li>With their written consent, call the next service together, or "
                 "introduce them in person.</li>"
                 "<li>Help with the practical parts: a ride, a bus pass, a reminder call, "
                 "the papers they need to bring.</li>"
                 "<li>Follow up after the first visit. Ask how it went and what got in the "
                 "way.</li>"
                 "</ol>"
                 "<p>Think of Mrs. Alvarez, 38, who is pregnant and just started methadone "
                 "in the hospital. A cold referral would hand her a clinic address. A warm "
                 "handoff means her coach calls the opioid treatment program with her, "
                 "confirms the intake time, arranges a ride, and meets her there the first "
                 "morning. The second way is far more likely to keep her in care.</p>"
                 "<h2>After a return to use</h2>"
                 "<p>In the old model, a return to use often meant discharge and starting "
                 "over. In a recovery-oriented system, it is a reason to check in and "
                 "adjust the plan. A coach can help the person stay safe, talk honestly "
                 "with their treatment team, and look at what changed. Was there a loss, a "
                 "move, a new job, a conflict at home? Which of the four dimensions "
                 "slipped? The goal is to keep the person connected, not to push them "
                 "out.</p>"
                 "<h2>A seat at the planning table</h2>"
                 "<p>Recovery-oriented systems are supposed to be planned with people in "
                 "recovery, not only for them. Many counties and states have planning "
                 "councils, recovery coalitions and advisory boards. Coaches and the people "
                 "they serve can join them. Your stories about what works, and what gets "
                 "in the way, are exactly the information planners need.</p>"
                 "<p>You do not need to be an expert in policy to take part. Start small. "
                 "Keep a simple list of the gaps people tell you about, with no names: "
                 "“three people this month could not find recovery housing that accepts "
                 "medication,” or “no bus reaches the clinic before 8 a.m.” Share it with "
                 "your supervisor each month. Patterns like these, told by people who see "
                 "them every day, help planners decide where money and effort should "
                 "go.</p>"
                 "<h2>What a coach can do in a system that is not there yet</h2>"
                 "<p>Most communities have some parts of a ROSC and are missing others. "
                 "Rural counties may have no opioid treatment program nearby. Some recovery "
                 "homes still turn away people on medication. Some programs still "
                 "discharge people for returning to use. A coach can:</p>"
                 "<ul>"
                 "<li>Learn the local map: who offers what, and who welcomes people on "
                 "medication.</li>"
                 "<li>Build relationships with staff at each door, so a warm handoff is "
                 "possible.</li>"
                 "<li>Notice gaps and report them to your supervisor, your program and "
                 "local planning groups.</li>"
                 "<li>Help people speak up for themselves, and join with others to speak "
                 "up for change.</li>"
                 "</ul>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Which description best fits a recovery-oriented system of care?"
                        ),
                        "choices": [
                            ("A coordinated, person-centered network of services and "
                             "supports that helps people before, during and after "
                             "treatment", True),
                            ("One residential program with a fixed length of stay", False),
                            ("A system where care ends at discharge, and a return to use "
                             "means starting over at the same program", False),
                        ],
                        "explanation": (
                            "A ROSC replaces the crisis-only model with long-term, "
                            "coordinated support built around the person and their "
                            "community."
                        ),
                    },
                    {
                        "prompt": (
                            "A man is revived with naloxone and seen in an emergency room. "
                            "In a recovery-oriented system, what is most likely to happen "
                            "next?"
                        ),
                        "choices": [
                            ("He is offered treatment, naloxone and a peer who helps link "
                             "him to ongoing care", True),
                            ("He is sent home with a list of phone numbers and no "
                             "follow-up", False),
                            ("He must prove a year of sobriety before any service will see "
                             "him", False),
                        ],
                        "explanation": (
                            "A ROSC has many doors in and uses warm handoffs, often through "
                            "peers, so people do not fall through the gaps."
                        ),
                    },
                    {
                        "prompt": (
                            "Your county's recovery homes turn away people on "
                            "buprenorphine. What fits a coach's role in a ROSC?"
                        ),
                        "choices": [
                            ("Note the gap, tell your supervisor, and help people find "
                             "homes that accept medication while supporting efforts to "
                             "change the policy", True),
                            ("Advise people to stop their medication so they can get "
                             "housing", False),
                            ("Ignore it, since housing is not part of recovery", False),
                        ],
                        "explanation": (
                            "Home is one of the four dimensions. Coaches never advise "
                            "stopping a medication. They work around gaps and help "
                            "change them."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "history-of-peer-work-and-mars",
            "title": "The history of peer work and MARS",
            "minutes": 12,
            "domain": "advocacy",
            "body": [
                ("rich_text",
                 "<h2>A long tradition of mutual help</h2>"
                 "<p>People in recovery have helped each other for a very long time. "
                 "Knowing this history helps you explain your role with pride.</p>"
                 "<ul>"
                 "<li><strong>Native American recovery circles.</strong> In the 1700s and "
                 "early 1800s, Native American tribes built sobriety movements rooted in "
                 "their own cultures and spiritual life. Historians of recovery count these "
                 "as the first recovery mutual aid groups in what is now the United "
                 "States.</li>"
                 "<li><strong>The 1800s.</strong> Groups like the Washingtonians, "
                 "temperance societies for people in recovery, and Ribbon Reform Clubs "
                 "brought people with drinking problems together to support each "
                 "other.</li>"
                 "<li><strong>Alcoholics Anonymous (AA)</strong> began in 1935. "
                 "<strong>Narcotics Anonymous (NA)</strong> began in 1953. Many other "
                 "twelve-step, secular and faith-based groups followed.</li>"
                 "</ul>"
                 "<p>All of these rest on one idea. People who share an experience can help "
                 "each other in ways that professionals cannot. The mental health consumer "
                 "movement built a similar tradition of peer support, led by people who had "
                 "used mental health services themselves.</p>"
                 "<h2>The start of methadone, and of stigma</h2>"
                 "<p>In 1964, at The Rockefeller University in New York, Dr. Vincent Dole "
                 "and Dr. Marie Nyswander, with Dr. Mary Jeanne Kreek, developed methadone "
                 "maintenance for heroin addiction. Dr. Dole saw opioid addiction as a "
                 "medical condition, and methadone as a real medicine. He spent much of his "
                 "life fighting the stigma that methadone patients faced.</p>"
                 "<p>Patient advocates have said that in the early years, patients helped "
                 "each other and felt part of the program. Many were proud to be in it. As "
                 "methadone treatment grew, that peer role faded. Patients faced stigma "
                 "from the public, from other recovery groups, and sometimes from staff. "
                 "Many felt ashamed of the very treatment that was helping them.</p>"
                 "<h2>Patients organize</h2>"
                 "<p>In the fall of 1988, a group of current and former methadone patients, "
                 "along with professionals who supported them, began meeting in New York. "
                 "They formed the National Alliance of Methadone Advocates, known as NAMA. "
                 "It later became the National Alliance for Medication Assisted Recovery, "
                 "or NAMA Recovery. Its core belief was simple: patients should speak for "
                 "themselves. NAMA pushed for methadone to be delivered with dignity and "
                 "respect. It argued that patients should be judged by what they give to "
                 "their families and communities, not by the medicine they take.</p>"
                 "<p>Around the same time, a wider recovery advocacy movement grew. People "
                 "in recovery began to speak in public, with their names and faces. They "
                 "pushed for recovery-oriented systems of care and for paid peer recovery "
                 "support services. Today many states fund and credential peer recovery "
                 "workers, and SAMHSA has published core competencies for peer "
                 "workers.</p>"),
                ("rich_text",
                 "<h2>Why this history matters to people you serve</h2>"
                 "<p>Many people at opioid treatment programs have never heard any of this "
                 "history. They have only heard that methadone is “not real recovery.” "
                 "When a coach tells them that patients built advocacy groups, won federal "
                 "grants and started their own recovery programs, it changes how they see "
                 "themselves. They learn that they belong to a community with a past, and "
                 "with leaders who looked like them.</p>"
                 "<p>This is also advocacy. Advocacy is not only speaking at a hearing. It "
                 "starts with helping one person stop feeling ashamed of their treatment. "
                 "Then it grows: people who feel proud are more likely to speak up for "
                 "their rights, join a peer council, or tell their story in public. Module "
                 "7 covers advocacy skills in depth.</p>"
                 "<h2>Lessons for coaches today</h2>"
                 "<ul>"
                 "<li><strong>Patients are experts.</strong> The people who built NAMA and "
                 "MARS learned the science and the rules so they could teach each other. "
                 "You can do the same.</li>"
                 "<li><strong>Shame is a barrier to recovery.</strong> Helping people feel "
                 "proud of their treatment is not a side task. It is central.</li>"
                 "<li><strong>Peers keep their own voice.</strong> A peer program works "
                 "with clinics, but it speaks for patients.</li>"
                 "<li><strong>Groups belong to members.</strong> Let people shape the "
                 "groups and events they want, and let them change over time.</li>"
                 "</ul>"
                 "<p>Keep one more lesson in mind. The people who built this movement did "
                 "it while facing stigma, strict clinic rules and little money. They did "
                 "not wait for permission to help each other. When you feel that your "
                 "program is small or that change is slow, remember that MARS began with a "
                 "handful of patients in one borough who decided that their recovery was "
                 "real and worth fighting for.</p>"),
                ("callout", {
                    "title": "Nothing about us without us",
                    "text": (
                        "The thread that runs from Native American recovery circles to NAMA "
                        "to MARS is the same: people with lived experience lead. Programs in "
                        "the MARS tradition are not just staffed by peers. They are run by "
                        "peers."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>The MARS Project</h2>"
                 "<p>MARS stands for Medication Assisted Recovery Services. It was started "
                 "in the mid-2000s by a group of methadone patients and the people who "
                 "worked alongside them. In 2006, SAMHSA's Recovery Community Services "
                 "Program gave NAMA a peer-to-peer recovery grant. NAMA was the first "
                 "methadone patient group to receive one. The grant set up MARS in the "
                 "Bronx, New York, in partnership with the Division of Substance Abuse at "
                 "the Albert Einstein College of Medicine, which ran methadone programs "
                 "there.</p>"
                 "<p>Several things made MARS different:</p>"
                 "<ul>"
                 "<li><strong>Peer-initiated.</strong> The idea came from patients, not "
                 "from a clinic or a government office.</li>"
                 "<li><strong>By and for people in medication-assisted recovery.</strong> "
                 "The coaches and group leaders were methadone patients themselves.</li>"
                 "<li><strong>Peer-run.</strong> MARS was not a department of the clinic. "
                 "It worked alongside the treatment program and was managed by patients "
                 "for patients. A peer council helped steer how the project grew.</li>"
                 "<li><strong>Education first.</strong> Peers learned the science of "
                 "addiction, how their medicine works, and their rights, so they could "
                 "teach others.</li>"
                 "</ul>"
                 "<p>Education was central. Peers at MARS took a core training with three "
                 "parts. The first covered the science of addiction, including how the "
                 "brain and the medicines work. The second, an education series, covered "
                 "topics from the history of methadone to confidentiality. The third "
                 "covered recovery itself, which was a new idea for many patients who had "
                 "only ever been called patients.</p>"
                 "<p>Members also shaped what happened day to day. MARS was not mainly a "
                 "place for twelve-step meetings. It held a mix of groups that changed as "
                 "members found new interests: a book club and arts and crafts for fun, "
                 "women's and men's groups for discussion, and practical groups on taking "
                 "care of your health and on preventing a return to use.</p>"
                 "<p>MARS offered recovery coaching, a mix of support groups chosen by the "
                 "members, drug- and alcohol-free social events, recovery celebrations, "
                 "peer leader training and advocacy. Its goal was to turn "
                 "medication-assisted treatment into medication-assisted recovery. In other "
                 "words, people on methadone were not just patients. They were members of "
                 "the recovery community.</p>"
                 "<p>The MARS project director later explained why peers mattered so much. "
                 "When a counselor says, “You have a brain disorder, and medicine is part "
                 "of recovery,” many patients doubt it, because the counselor is paid to "
                 "say it. When another patient says, “I'm not using, I'm taking a "
                 "medication,” people believe it.</p>"
                 "<p>In 2011, during Recovery Month, the White House drug policy office "
                 "featured MARS on its blog. The project reported that people who took "
                 "part saw gains in work and housing, and less drug and alcohol use.</p>"
                 "<h2>Peer-run governance: who decides?</h2>"
                 "<p>The MARS model is about more than who does the coaching. It is about "
                 "who holds power. In a peer-run program in the MARS tradition:</p>"
                 "<ul>"
                 "<li>People in medication-assisted recovery make up the board or the "
                 "peer council that sets direction.</li>"
                 "<li>Leaders, such as the director and coordinators, come from the "
                 "community they serve.</li>"
                 "<li>Members help choose which groups and events happen, and these change "
                 "as members' interests change.</li>"
                 "<li>The program works alongside the clinic but keeps its own voice. It "
                 "can speak up for patients, even when that is uncomfortable for the "
                 "clinic.</li>"
                 "</ul>"
                 "<p>Why does this matter for you as a coach? Because peer-run governance "
                 "protects the peer role. When people in recovery run the program, it is "
                 "harder for coaching to drift into monitoring, reporting or pushing "
                 "people off their medication. You answer to a community of peers, not "
                 "only to a treatment program.</p>"
                 "<h2>Spreading the model</h2>"
                 "<p>People across the country asked how they could start programs like "
                 "MARS. So MARS built a training institute. It trains recovery coaches, "
                 "supervisors and programs to replicate the model. This course is part of "
                 "that work. When you finish, you join a line of people who refused to be "
                 "ashamed of their recovery and built something for each other. Learn this "
                 "story well enough to tell it in your own words. You will tell it often.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think about a time when someone with lived experience helped you in "
                        "a way a professional could not. What did they do or say? Then think "
                        "about the program where you will coach. Who makes the big "
                        "decisions there, and how could people in recovery have more say?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "medication-friendly-mutual-aid",
            "title": "Finding medication-friendly mutual aid",
            "minutes": 6,
            "body": [
                ("rich_text",
                 "<h2>Why mutual aid matters</h2>"
                 "<p>Mutual aid groups are free, run by members, and meet in almost every "
                 "community or online. They offer what a clinic cannot: people who get it, "
                 "at any hour, for as long as you want. For many people in "
                 "medication-assisted recovery, a good group becomes the heart of their "
                 "community dimension.</p>"
                 "<p>But people on methadone or buprenorphine do not always find a warm "
                 "welcome. Some have been told not to share, not to take a chip or key "
                 "tag, or not to lead a meeting. Some have been told to get off their "
                 "medicine. A person who hears that once may never try a group again. A "
                 "coach's job is to help them find a room where they can be honest.</p>"
                 "<h2>What the groups say</h2>"
                 "<p>Groups differ, and even meetings within the same fellowship "
                 "differ.</p>"
                 "<ul>"
                 "<li><strong>Groups made for medication-assisted recovery.</strong> Peer "
                 "programs in the MARS tradition run their own support groups, where "
                 "taking medication is normal. Medication-Assisted Recovery Anonymous "
                 "(MARA) is a twelve-step style fellowship started for people who take "
                 "medication. It holds meetings in person in many states and online every "
                 "day.</li>"
                 "<li><strong>SMART Recovery</strong> is a secular, skills-based group. "
                 "Its U.S. board has said it opposes calling opioid agonist medicines "
                 "“substituting one drug for another,” and that participants choose their "
                 "own goals.</li>"
                 "<li><strong>Twelve-step fellowships such as AA and NA.</strong> These "
                 "groups welcome anyone with a desire to stop. But how each group treats "
                 "people on methadone or buprenorphine varies. NA's own writing has long "
                 "said that abstinence in NA terms does not include these medicines. It "
                 "leaves it to each group to decide how people on medication can take "
                 "part. Many meetings are fully welcoming. Some limit sharing or service. "
                 "A person may not know what to expect from one meeting to the next.</li>"
                 "<li><strong>Faith-based and cultural groups</strong> differ from place "
                 "to place. Ask before you refer.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "No one is required to share their medication",
                    "text": (
                        "A person's medication is private health information. They can "
                        "choose to share it at a meeting or not. Either choice is okay. A "
                        "coach never tells a group about someone's treatment without their "
                        "consent."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>How to find a welcoming meeting</h2>"
                 "<p>Build your own list before you need it. Then use it with each "
                 "person.</p>"
                 "<ol>"
                 "<li><strong>Start with what the person wants.</strong> Do they want "
                 "steps or no steps? Faith or secular? Women only, men only, LGBTQ, "
                 "Spanish-speaking, young people, older adults? In person or online? "
                 "Morning or night?</li>"
                 "<li><strong>Check your program first.</strong> Your peer program may "
                 "already run groups for people in medication-assisted recovery.</li>"
                 "<li><strong>Ask peers.</strong> Members who take medication often know "
                 "which local meetings are friendly. Keep a shared list and update "
                 "it.</li>"
                 "<li><strong>Visit yourself.</strong> Go to meetings you might "
                 "recommend. Listen for how people talk about medication.</li>"
                 "<li><strong>Look at online options.</strong> Medication-friendly "
                 "meetings by video help people in rural areas, parents with young kids, "
                 "and people who work nights.</li>"
                 "<li><strong>Offer to go along.</strong> The first meeting is the "
                 "hardest. A coach or peer at your side makes it easier.</li>"
                 "<li><strong>Debrief after.</strong> Ask, “How did that feel? Would you "
                 "go back?” If it did not fit, try another. One bad room does not mean "
                 "groups are not for them.</li>"
                 "</ol>"
                 "<h2>Questions to ask before you refer</h2>"
                 "<p>When you visit a meeting or talk with a member who goes there, listen "
                 "for answers to a few questions:</p>"
                 "<ul>"
                 "<li>Can a person on methadone or buprenorphine share openly?</li>"
                 "<li>Can they take a chip or key tag, sponsor others, or do service?</li>"
                 "<li>How do members talk about medication when it comes up?</li>"
                 "<li>Is there anyone in the group who takes medication and would welcome a "
                 "newcomer?</li>"
                 "</ul>"
                 "<h2>Sponsors and medication</h2>"
                 "<p>In twelve-step groups, a sponsor is an experienced member who guides a "
                 "newer member through the steps. A good sponsor can be a great support. "
                 "But a sponsor is not a prescriber. If a sponsor pushes a person to stop "
                 "their medication, help the person remember that the choice is theirs. "
                 "Some people look for a sponsor who also takes medication, or who has "
                 "said clearly that they respect it. Asking a possible sponsor, “How do "
                 "you feel about people on medication?” before saying yes is a smart "
                 "step.</p>"
                 "<p>The same goes for the coach. If a person's sponsor and prescriber seem "
                 "to pull in different directions, do not take sides against either one. "
                 "Help the person sort out what each one is there for. The sponsor helps "
                 "with the steps and with daily life. The prescriber makes medical "
                 "decisions with them. The coach supports the person's own choices and "
                 "helps them speak up for what they need in each relationship.</p>"
                 "<h2>Preparing someone for a mixed room</h2>"
                 "<p>Sometimes the only meeting nearby is one where people on medication "
                 "may get mixed reactions. This is common in small towns. Help the person "
                 "plan ahead.</p>"
                 "<ul>"
                 "<li>Decide in advance whether to mention medication, and what to say if "
                 "someone asks. For example: “My recovery is between me and my doctor.”</li>"
                 "<li>Plan what to do if someone says something hurtful: take a breath, "
                 "remember that one member does not speak for the group, and call you or a "
                 "friend afterward.</li>"
                 "<li>Remind them that meetings offer many things they can take or leave: "
                 "fellowship, a routine, a phone list, coffee.</li>"
                 "</ul>"
                 "<p>Consider Mr. Begay, 66, a Navajo elder on methadone in a rural "
                 "county. The nearest group is a church-based meeting in town. His coach "
                 "visited it first and talked with the leader, who said everyone is "
                 "welcome. Mr. Begay went with his coach, chose not to mention his "
                 "medication at first, and later joined an online meeting for people who "
                 "take medication, too. He now goes to both.</p>"
                 "<h2>Online meetings</h2>"
                 "<p>Online meetings have opened doors for many people who take medication. "
                 "They are a good fit for people in rural areas, parents with small "
                 "children, people who work nights, and people who do not yet feel ready "
                 "to walk into a room. Some tips to share:</p>"
                 "<ul>"
                 "<li>Many online meetings let you keep your camera off and use a first "
                 "name only.</li>"
                 "<li>Find a private spot, or use headphones, so others at home do not "
                 "hear what people share.</li>"
                 "<li>Try a few meetings. Each group has its own feel.</li>"
                 "<li>If the person has no data or device, check whether your program, a "
                 "library or a peer center has a computer they can use.</li>"
                 "</ul>"
                 "<h2>When there is no welcoming group nearby</h2>"
                 "<p>Sometimes the best answer is to start one. Peer programs in the MARS "
                 "tradition run their own groups, chosen by members. Some "
                 "medication-friendly fellowships also share steps for starting a new "
                 "meeting in person or online. A coach can help members who want to start "
                 "a group find a space, pick a format and spread the word. Module 3 covers "
                 "how to lead a peer support group.</p>"
                 "<h2>When a group says “get off your medicine”</h2>"
                 "<p>If someone in a group pushes a person to stop a prescribed medication, "
                 "that is medical advice from a person who is not their prescriber. A coach "
                 "can say: “Decisions about your medication are yours, made with your "
                 "prescriber. Nobody at a meeting gets a vote.” Then help the person think "
                 "about whether that group is right for them. Module 7 covers how to speak "
                 "up about stigma.</p>"
                 "<p>Above all, keep the door open. A person who had one bad experience in a "
                 "group may still want fellowship later. Ask again in a few weeks.</p>"),
            ],
        },
    ],
    "quiz": {
        "slug": "module-1-check",
        "title": "Module 1 check: Recovery, pathways and peer history",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Marcus, 40, has taken buprenorphine for two years. He works full time "
                    "and coaches his son's soccer team. His brother says Marcus “isn't "
                    "really in recovery” until he stops the medication. Marcus asks you what "
                    "you think. What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Taking a prescribed medication is part of his recovery; SAMHSA's "
                     "definition is about health, a self-directed life and reaching his "
                     "potential, and he decides how long to take it with his prescriber",
                     True),
                    ("His brother has a point; recovery is complete once he tapers off", False),
                    ("Recovery only counts after a year with no medication of any kind", False),
                    ("He should ask his prescriber to set a date to stop, so his family "
                     "will accept him", False),
                ],
                "explanation": (
                    "Recovery is person-driven and occurs via many pathways. SAMHSA's health "
                    "dimension speaks of non-prescribed medications. How long Marcus takes "
                    "buprenorphine is his choice with his prescriber, not his family's or "
                    "his coach's."
                ),
            },
            {
                "prompt": (
                    "Ana says she is “fine” because she never misses her methadone. She is "
                    "sleeping on a friend's couch, has no work, and has lost touch with "
                    "everyone except her dealer's old crowd. Using the four dimensions, "
                    "which areas might you gently ask her about?"
                ),
                "multiple": True,
                "choices": [
                    ("Home", True),
                    ("Purpose", True),
                    ("Community", True),
                    ("None, since her medication covers all four", False),
                ],
                "explanation": (
                    "Her medication supports her health. Home, purpose and community also "
                    "hold recovery up. A coach uses the dimensions as a map and lets Ana "
                    "choose where to start."
                ),
            },
            {
                "prompt": (
                    "A man comes to a syringe services program for supplies and naloxone. "
                    "He says he is not interested in treatment. What fits a recovery-"
                    "oriented approach?"
                ),
                "multiple": False,
                "choices": [
                    ("Welcome him, make sure he has naloxone, ask how he is doing, and let "
                     "him know you are there if he ever wants to talk about more", True),
                    ("Tell him supplies are only for people who agree to treatment", False),
                    ("Give him a list of medically supervised withdrawal programs and say "
                     "that is the only real "
                     "option", False),
                    ("Explain that you can only coach people once they stop using", False),
                ],
                "explanation": (
                    "Harm reduction can be a way in. Any positive change counts. Respect and "
                    "a relationship keep the door open for later steps."
                ),
            },
            {
                "prompt": (
                    "Which statements about MARS (Medication Assisted Recovery Services) "
                    "are accurate?"
                ),
                "multiple": True,
                "choices": [
                    ("It was started by methadone patients, by and for people in "
                     "medication-assisted recovery", True),
                    ("It worked alongside a treatment program but was run by patients for "
                     "patients", True),
                    ("It was designed by clinic staff to monitor whether patients took "
                     "their doses", False),
                    ("Its goal was to help patients get off medication as fast as "
                     "possible", False),
                ],
                "explanation": (
                    "MARS was peer-initiated and peer-run. It aimed to turn "
                    "medication-assisted treatment into medication-assisted recovery, not "
                    "to monitor patients or push them off medication."
                ),
            },
            {
                "prompt": (
                    "Your new peer program is writing its bylaws. A clinic partner suggests "
                    "that clinic managers should make up the board, since they know "
                    "treatment best. What fits the MARS model?"
                ),
                "multiple": False,
                "choices": [
                    ("People in medication-assisted recovery should make up the board or "
                     "peer council and hold leadership roles, working in partnership with "
                     "the clinic", True),
                    ("Clinic managers should run it, with peers as advisers if time "
                     "allows", False),
                    ("Nobody should govern it; peer programs do not need a board", False),
                    ("The board should be made up of people who have finished tapering off "
                     "medication", False),
                ],
                "explanation": (
                    "Peer-run governance means people from the community served hold power. "
                    "This protects the peer role and the program's voice, while still "
                    "working closely with treatment partners."
                ),
            },
            {
                "prompt": (
                    "Leon, 58, takes methadone and wants to try a mutual aid group. He is "
                    "nervous after hearing stories of people being told not to share. What "
                    "is the most helpful first step?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask what kind of group he wants, then look together at "
                     "medication-friendly options and offer to go with him the first "
                     "time", True),
                    ("Send him to the closest twelve-step meeting and tell him to keep "
                     "his medication to himself", False),
                    ("Tell him groups are not for people on methadone", False),
                    ("Call the group ahead of time and tell them he is on methadone so "
                     "they are ready", False),
                ],
                "explanation": (
                    "Start with his preferences, use your list of welcoming groups, and "
                    "support the first visit. Never share his medication without his "
                    "consent."
                ),
            },
            {
                "prompt": (
                    "After a meeting, a long-time member tells Jasmine she needs to get off "
                    "buprenorphine “to really work the steps.” Jasmine asks you if she "
                    "should. What do you say?"
                ),
                "multiple": False,
                "choices": [
                    ("Decisions about her medication are hers, made with her prescriber; "
                     "then explore how she felt and whether that group fits her", True),
                    ("The member has more recovery time, so Jasmine should listen", False),
                    ("She should cut her dose in half to show she is serious", False),
                    ("She should stop going to any meetings at all", False),
                ],
                "explanation": (
                    "Advice to stop a prescribed medication is not the group's or the "
                    "coach's to give. The coach affirms her choice, supports her, and helps "
                    "her find a group that fits."
                ),
            },
            {
                "prompt": (
                    "Pedro finished a 28-day residential program, went home with no "
                    "follow-up, and returned to use two weeks later. Which change would "
                    "make his care more recovery-oriented?"
                ),
                "multiple": False,
                "choices": [
                    ("Planned support after discharge, such as a peer coach, a clinic "
                     "visit and naloxone, with help for housing and work", True),
                    ("A longer stay in the same program, with the same discharge", False),
                    ("A rule that people who return to use cannot come back", False),
                    ("More paperwork before he can be readmitted", False),
                ],
                "explanation": (
                    "A ROSC treats addiction as a chronic condition. It offers support "
                    "before, during and after treatment, and links people to whole-person "
                    "services."
                ),
            },
            {
                "prompt": (
                    "A trainee coach who got well through a faith-based program tells every "
                    "participant to join her church group. What is the problem?"
                ),
                "multiple": False,
                "choices": [
                    ("She is treating her own pathway as the map for everyone; coaches "
                     "share options and let each person choose", True),
                    ("Nothing; faith-based recovery works for everyone", False),
                    ("Coaches should never mention faith-based groups", False),
                    ("She should instead send everyone to a twelve-step meeting", False),
                ],
                "explanation": (
                    "Recovery occurs via many pathways and is person-driven. A coach's own "
                    "path is valuable experience, but not a template."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain SAMHSA's working definition of recovery "
            "and use its four dimensions (health, home, purpose, community) as a map with a "
            "person.",
            "Participants will be able to describe many pathways of recovery, including "
            "medication-assisted recovery and harm reduction, without ranking them.",
            "Participants will be able to describe a recovery-oriented system of care and "
            "the peer's place in it.",
            "Participants will be able to tell the story of peer work and MARS, and explain "
            "why peer-run governance matters.",
            "Participants will be able to help a person find a mutual aid group that "
            "welcomes people who take medication.",
        ],
        "agenda": [
            {
                "title": "Welcome and what recovery means to me",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Welcome the group and introduce yourself, including a short version of "
                    "your own recovery. Set group agreements with the group, and write them "
                    "on a flip chart: confidentiality, speak from your own experience, no "
                    "ranking of pathways, step up and step back. Then go around the room. "
                    "Each person gives their first name and finishes the sentence "
                    "“Recovery to me means…” in one sentence. Write key words on a second "
                    "flip chart. Point out how different the answers are. Close by saying: "
                    "“This whole training rests on that. There is no single right way.”"
                ),
                "materials": ["Flip chart", "Markers", "Name tents"],
                "questions": [
                    "Finish the sentence: recovery to me means…",
                    "What is one thing someone said or did that gave you hope early on?",
                    "What words about recovery have hurt you, and which have helped?",
                ],
            },
            {
                "title": "SAMHSA's working definition and four dimensions",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Read SAMHSA's definition aloud from the handout. Break it into three "
                    "parts: a process of change, a self-directed life, full potential. Ask "
                    "the group what each part means in everyday words. Then present the "
                    "four dimensions with the table image: health, home, purpose, "
                    "community. Point out that the health dimension speaks of "
                    "non-prescribed medications, so methadone and buprenorphine taken as "
                    "prescribed fit inside it. Briefly list the ten guiding principles and "
                    "ask people to star the one that means most to them. Keep this to 15 "
                    "minutes; the next exercise puts it to work."
                ),
                "materials": [
                    "Handout: SAMHSA's definition, four dimensions and ten principles",
                    "Slide or flip chart drawing of a four-legged table",
                ],
            },
            {
                "title": "Four corners: the dimensions in real lives",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Label the four corners of the room Health, Home, Purpose and "
                    "Community. Ask people to stand in the corner that held them up most in "
                    "early recovery. In each corner, people share for five minutes why they "
                    "chose it. Then hand each corner a short case card (for example, Andre, "
                    "27, just out of jail and on buprenorphine, sleeping at his aunt's; or "
                    "Darlene, 61, on methadone, raising two grandkids). Each corner lists "
                    "three questions a coach could ask about its dimension, and one "
                    "strength it sees in the person. Each corner reports back in two "
                    "minutes. Debrief: how does asking about all four dimensions change the "
                    "conversation, compared with asking only about drug use?"
                ),
                "materials": ["Four corner signs", "Case cards", "Flip chart paper for each corner"],
            },
            {
                "title": "Pathways walk: no wrong road",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Post pathway cards around the room: medication-assisted recovery, "
                    "twelve-step groups, secular groups, faith, culture, recovery without "
                    "formal help, recovery community centers, online recovery, harm "
                    "reduction as a way in. In groups of three, people visit each card and "
                    "write on a sticky note one thing they know and one question they have. "
                    "Bring the group back. Read out questions and answer them, inviting "
                    "people with experience of that pathway to speak if they wish. Name "
                    "stigma when it shows up in the notes, gently, and restate that "
                    "taking a prescribed medication is recovery."
                ),
                "materials": ["Pathway cards", "Sticky notes", "Pens"],
            },
            {
                "title": "Harm reduction as a door in",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Tell Rosa's story from Lesson 2: she came in for naloxone, was treated "
                    "with respect, and asked about buprenorphine three weeks later. Ask the "
                    "questions below. Listen for mixed feelings; many people in recovery "
                    "have strong views about harm reduction. Acknowledge them, and bring "
                    "the group back to the point: the person chooses, and any positive "
                    "change counts. Mention that Module 2 covers naloxone training and "
                    "harm reduction in practice."
                ),
                "materials": ["Flip chart"],
                "questions": [
                    "What would have happened if the peer had pushed treatment on the first day?",
                    "What small changes count as progress for someone who is still using?",
                    "What feelings come up for you when you think about harm reduction?",
                ],
            },
            {
                "title": "Mapping our recovery-oriented system",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give a two-minute summary of a recovery-oriented system of care: many "
                    "doors, long-term support, whole-person services, people in recovery at "
                    "the table. Then form groups by county or neighborhood. On flip chart "
                    "paper, each group draws the person in the middle and maps the local "
                    "doors around them: opioid treatment programs, buprenorphine "
                    "prescribers, syringe services, emergency departments, jails, recovery "
                    "housing, peer centers, meetings, faith groups, jobs programs. Mark in "
                    "green the ones that welcome people on medication and in red the ones "
                    "that do not or are unknown. Each group names one gap and one thing a "
                    "coach could do about it. Keep the maps; they become the start of the "
                    "program's resource list."
                ),
                "materials": ["Flip chart paper", "Green and red markers"],
            },
            {
                "title": "Role-play: “Maybe they're right”",
                "minutes": 20,
                "method": "role_play",
                "description": (
                    "Form groups of three. Hand out role cards and the observer checklist. "
                    "Run two rounds of seven minutes: four minutes of role-play, three "
                    "minutes of feedback from the observer and the participant. Switch "
                    "roles for round two. The coach's task is to respond to the hurt, "
                    "affirm the person's recovery without arguing, keep the choice with "
                    "her, and explore what she wants next. Use the last six minutes for a "
                    "whole-group debrief: what words helped, and where did anyone feel the "
                    "pull to lecture or to give medical advice?"
                ),
                "materials": ["Role cards", "Observer checklists", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Keisha, 34, on methadone eight months, working part time, "
                    "has her kids on weekends)",
                    "Observer",
                ],
                "script": (
                    "Keisha went to her first community meeting last night. When she shared "
                    "that she takes methadone, a member told her after the meeting she was "
                    "“not really clean” and should not share until she is off it. She opens "
                    "with: “Maybe they're right. Maybe I should just get off this stuff. I "
                    "thought I was doing good, but I guess I'm not really in recovery.” If "
                    "the coach responds with care, she says she liked the meeting itself and "
                    "wants a group, but does not want to hide. If the coach lectures or "
                    "argues, she goes quiet and says “I guess.”"
                ),
                "observer_checklist": [
                    "Coach reflected Keisha's feelings before giving any information",
                    "Coach affirmed that taking a prescribed medication is recovery, without arguing",
                    "Coach did not suggest tapering or any medication change",
                    "Coach used at least one open question about what Keisha wants",
                    "Coach offered practical options, such as medication-friendly groups",
                    "Coach left the decision with Keisha",
                ],
            },
            {
                "title": "Wrap-up of the recovery section",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Ask each person to write one sentence on an index card: how will they "
                    "explain to a person on medication that they are in recovery? Invite a "
                    "few to read theirs. Then ask the questions below. Tie answers back to "
                    "the four dimensions and the ten principles. Announce a short break "
                    "before the history and advocacy section (breaks are not part of the "
                    "timed agenda)."
                ),
                "materials": ["Index cards"],
                "questions": [
                    "What is one phrase you will use, and one you will stop using?",
                    "Which pathway do you want to learn more about before you start coaching?",
                ],
            },
            {
                "title": "Timeline: from recovery circles to MARS",
                "minutes": 15,
                "method": "presentation",
                "domain": "advocacy",
                "description": (
                    "Tape a long strip of paper along one wall as a timeline. As you talk, "
                    "add cards in order: Native American recovery circles (1700s and early "
                    "1800s); the Washingtonians and Ribbon Reform Clubs (1800s); AA (1935); "
                    "NA (1953); methadone maintenance at The Rockefeller University (1964); "
                    "NAMA formed by methadone patients (1988); the recovery advocacy "
                    "movement and recovery-oriented systems (2000s); the SAMHSA peer grant "
                    "that set up MARS in the Bronx (2006); the MARS training institute. "
                    "Tell the story of how methadone patients moved from shame to "
                    "organizing. Read the quote from the lesson about why patients believe "
                    "other patients. Invite people to add cards from their own lives or "
                    "communities to the timeline."
                ),
                "materials": [
                    "Long paper strip and tape",
                    "Pre-made timeline cards",
                    "Handout: A short history of peer work and MARS",
                ],
            },
            {
                "title": "Who decides? Peer-run governance",
                "minutes": 15,
                "method": "small_group",
                "domain": "advocacy",
                "description": (
                    "Explain in two minutes what peer-run governance means in the MARS "
                    "model: people in medication-assisted recovery on the board or peer "
                    "council, leaders from the community served, members choosing groups, "
                    "and a voice of its own beside the clinic. Then give each small group "
                    "one of three case cards. Case A: a clinic offers to fund a peer "
                    "program if clinic managers make up the board. Case B: peer coaches are "
                    "asked to report missed doses to the clinic. Case C: members want a new "
                    "group for parents, but staff say there is no time. Each group answers: "
                    "who should decide, what is at risk for the peer role, and what would a "
                    "peer-run program do? Groups report back in two minutes each."
                ),
                "materials": ["Case cards A, B and C", "Flip chart paper"],
            },
            {
                "title": "Finding a medication-friendly meeting",
                "minutes": 10,
                "method": "demonstration",
                "domain": "advocacy",
                "description": (
                    "Demonstrate, with a co-facilitator or volunteer, a coach helping Mr. "
                    "Begay, 66, on methadone in a rural county, find a group. Show the "
                    "steps from the handout: ask what he wants, check the program's own "
                    "groups, use the shared list of welcoming meetings, look at online "
                    "medication-friendly meetings, plan what to say if someone asks about "
                    "medication, and offer to go along. Then ask the group what they "
                    "noticed, and what they would add from their own experience of meetings "
                    "that welcomed, or did not welcome, people on medication. Add any "
                    "welcoming local groups they name to the program's list."
                ),
                "materials": [
                    "Handout: Finding a medication-friendly meeting",
                    "A laptop or phone to show an online meeting list, if available",
                ],
            },
            {
                "title": "Teach-back: tell the MARS story in two minutes",
                "minutes": 20,
                "method": "teach_back",
                "domain": "advocacy",
                "description": (
                    "In pairs, each person practices telling a newcomer at the clinic, in "
                    "two minutes, what a peer program in the MARS tradition is and why it "
                    "exists: started by methadone patients, by and for people in "
                    "medication-assisted recovery, run by peers, and here to support their "
                    "recovery, not to monitor them. The listener then gives one piece of "
                    "feedback on what was clear and one on what to add. Switch. Then ask "
                    "three volunteers to tell it to the whole group. Close the module by "
                    "asking each person to name one thing they will carry into their "
                    "coaching from today, and thank the group."
                ),
                "materials": ["Timer", "Handout: A short history of peer work and MARS"],
            },
        ],
        "handouts": [
            {
                "title": "SAMHSA's definition, four dimensions and ten principles",
                "text": (
                    "SAMHSA's working definition of recovery: a process of change through "
                    "which individuals improve their health and wellness, live a "
                    "self-directed life, and strive to reach their full potential.\n\n"
                    "Four dimensions that support a life in recovery\n"
                    "- Health: managing conditions and symptoms, and making informed, "
                    "healthy choices. SAMHSA's example is not using alcohol, illegal drugs "
                    "and non-prescribed medications. Medication taken as prescribed fits "
                    "here.\n"
                    "- Home: a stable and safe place to live.\n"
                    "- Purpose: meaningful daily activities and the income and resources to "
                    "take part in society.\n"
                    "- Community: relationships that give support, friendship, love and "
                    "hope.\n\n"
                    "Ten guiding principles: recovery emerges from hope; is person-driven; "
                    "occurs via many pathways; is holistic; is supported by peers and "
                    "allies; is supported through relationships and social networks; is "
                    "culturally based and influenced; is supported by addressing trauma; "
                    "involves individual, family and community strengths and "
                    "responsibility; and is based on respect.\n\n"
                    "Questions a coach can ask\n"
                    "- What does recovery look like for you?\n"
                    "- Which part of your life feels steady right now, and which feels "
                    "shaky?\n"
                    "- Where would you like to start?"
                ),
            },
            {
                "title": "Finding a medication-friendly meeting",
                "text": (
                    "Taking a prescribed medication is recovery. You deserve a group where "
                    "you can be honest.\n\n"
                    "Steps\n"
                    "- Decide what you want: steps or no steps, faith or secular, in person "
                    "or online, time of day, a group for women, men, parents, young people, "
                    "older adults, LGBTQ people, or Spanish speakers.\n"
                    "- Ask your peer program about its own groups for people in "
                    "medication-assisted recovery.\n"
                    "- Ask peers who take medication which local meetings are welcoming.\n"
                    "- Try groups made for people who take medication, such as "
                    "Medication-Assisted Recovery Anonymous, in person or online.\n"
                    "- SMART Recovery is a secular option whose U.S. board has spoken "
                    "against calling these medicines a substitute drug.\n"
                    "- Twelve-step meetings vary. Many welcome people on medication. Some "
                    "limit sharing or service.\n"
                    "- Ask your coach to go with you the first time.\n\n"
                    "If someone asks about your medication\n"
                    "- You never have to share it. You can say: “My recovery is between me "
                    "and my doctor.”\n"
                    "- If someone tells you to stop your medicine, remember: that decision "
                    "is yours, made with your prescriber.\n\n"
                    "After the meeting, talk with your coach. If it did not fit, try "
                    "another."
                ),
            },
            {
                "title": "A short history of peer work and MARS",
                "text": (
                    "People in recovery have helped each other for centuries.\n\n"
                    "- 1700s to early 1800s: Native American recovery circles and sobriety "
                    "movements.\n"
                    "- 1800s: the Washingtonians, recovery-focused temperance societies and "
                    "Ribbon Reform Clubs.\n"
                    "- 1935: Alcoholics Anonymous begins. 1953: Narcotics Anonymous "
                    "begins.\n"
                    "- 1964: methadone maintenance is developed at The Rockefeller "
                    "University in New York.\n"
                    "- 1988: methadone patients and allies form the National Alliance of "
                    "Methadone Advocates (later the National Alliance for Medication "
                    "Assisted Recovery, or NAMA Recovery), so patients can speak for "
                    "themselves.\n"
                    "- 2000s: a recovery advocacy movement pushes for recovery-oriented "
                    "systems of care and paid peer recovery support.\n"
                    "- 2006: a SAMHSA peer-to-peer grant to NAMA sets up MARS, Medication "
                    "Assisted Recovery Services, in the Bronx, alongside the Albert "
                    "Einstein College of Medicine methadone programs.\n\n"
                    "What makes the MARS model different\n"
                    "- Peer-initiated: started by methadone patients.\n"
                    "- By and for people in medication-assisted recovery.\n"
                    "- Peer-run: people in medication-assisted recovery lead the program, "
                    "through its board or peer council and its leadership.\n"
                    "- Goal: to turn medication-assisted treatment into medication-assisted "
                    "recovery, through coaching, groups, education, events and advocacy."
                ),
            },
        ],
    },
}
