"""Recovery Coach Training module 11: Skills practice and competency check. Online prework to prepare
for the observed skills practice (what will be observed, a self-assessment against the course's
skills, giving and receiving feedback); live, observed practice rounds with a competency checklist."""

MODULE = {
    "slug": "skills-practice-and-competency-check",
    "title": "Skills practice and competency check",
    "domain": "mentoring-education",
    "intro": (
        "Get ready for your observed skills practice: learn what the observers will look for, "
        "rate yourself against the skills of this course, and practise giving and receiving "
        "feedback. In the live session you coach, observe and get feedback in practice rounds."
    ),
    "minutes": 60,
    "sources": [
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "SAMHSA. Frequently Asked Questions for Core Competencies for Peer Workers. Bringing "
        "Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS).",
        "National Association of Peer Supporters. National Practice Guidelines for Peer "
        "Supporters. 2013.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "putting-it-together",
            "title": "Getting ready: what the observers will look for",
            "minutes": 5,
            "body": [
                ("rich_text",
                 "<h2>Why we practise while someone watches</h2>"
                 "<p>You have spent many hours learning to listen, ask, reflect, share your "
                 "story with purpose and support a person's own plan. Knowing a skill and "
                 "using it under pressure are two different things. The live session for this "
                 "module gives you a safe place to use your skills while a trained observer "
                 "watches and then tells you what they saw.</p>"
                 "<p>SAMHSA's Core Competencies for Peer Workers are written as things you can "
                 "see a peer do. That is on purpose. It means a supervisor or trainer can watch "
                 "you work and point to real moments, not guess. Many certification boards and "
                 "programs also ask a supervisor to observe new coaches and sign off on their "
                 "skills. Today's practice is a step toward that.</p>"
                 "<p>This is not a test you pass or fail on one try. It is a check of where "
                 "you are now, so you and your trainer can plan what to work on next.</p>"
                 "<h2>How the live session works</h2>"
                 "<ul>"
                 "<li>You will work in groups of three: a coach, a participant and an "
                 "observer. Everyone plays each role.</li>"
                 "<li>Each round is a short coaching conversation, about ten minutes, based "
                 "on a role card.</li>"
                 "<li>The observer, and sometimes the trainer, fills in a competency "
                 "checklist while you talk.</li>"
                 "<li>After each round there is a short feedback talk. You speak first about "
                 "how it went. Then the participant and the observer share.</li>"
                 "</ul>"
                 "<p>Role cards are based on the kinds of people and places you will meet: a "
                 "man new to an opioid treatment program, a mother on buprenorphine facing a "
                 "recovery house that will not take her medication, an older woman who has "
                 "been on methadone for many years and feels pressure to taper, a young man "
                 "just home from jail.</p>"
                 "<h2>The shape of a coaching conversation</h2>"
                 "<p>Observers will look for a conversation that has a clear shape:</p>"
                 "<ol>"
                 "<li><strong>Open.</strong> Welcome the person. Say who you are, what a coach "
                 "does, how long you have, and what stays private and what does not.</li>"
                 "<li><strong>Explore.</strong> Use open questions and reflections to learn "
                 "what is going on and what matters to the person.</li>"
                 "<li><strong>Focus.</strong> Ask what the person wants to work on today.</li>"
                 "<li><strong>Draw out motivation.</strong> Listen for the person's own "
                 "reasons for change and reflect them back.</li>"
                 "<li><strong>Plan.</strong> Agree on one or two small, clear next steps the "
                 "person chooses.</li>"
                 "<li><strong>Close.</strong> Summarize, affirm, check for safety needs, and "
                 "agree when you will next connect.</li>"
                 "</ol>"
                 "<h2>The competency checklist</h2>"
                 "<p>Here is what observers will watch for. Each item is rated “not yet,” "
                 "“developing” or “meets.”</p>"
                 "<ul>"
                 "<li><strong>Opening and frame:</strong> explains the coach role, time and "
                 "confidentiality with its limits.</li>"
                 "<li><strong>Open questions:</strong> asks questions that invite a story, "
                 "not a yes or no.</li>"
                 "<li><strong>Reflections:</strong> says back what they heard, including "
                 "feelings, more often than asking questions.</li>"
                 "<li><strong>Affirmations:</strong> names real strengths and efforts.</li>"
                 "<li><strong>Summaries:</strong> pulls the main points together.</li>"
                 "<li><strong>Person-driven focus:</strong> follows the person's goals, in "
                 "their words.</li>"
                 "<li><strong>Self-disclosure:</strong> if used, it is brief, on purpose and "
                 "turns back to the person.</li>"
                 "<li><strong>Language:</strong> person-first, no stigmatizing words, "
                 "respectful about medication for opioid use disorder.</li>"
                 "<li><strong>Stays in role:</strong> no medical advice; helps the person "
                 "describe what they feel and bring it to their prescriber.</li>"
                 "<li><strong>Safety:</strong> notices warning signs and responds, for example "
                 "asking directly about suicide, or checking on naloxone.</li>"
                 "<li><strong>Plan and close:</strong> small, specific next steps the person "
                 "chose; a summary and a next contact.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Stay in role, even in practice",
                    "text": (
                        "Role cards sometimes include a question about a dose, a split dose or "
                        "stopping a medicine. That is on purpose. Observers want to see you "
                        "help the person describe what they feel and plan how to ask their "
                        "prescriber, without giving medical advice."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>How to prepare</h2>"
                 "<ul>"
                 "<li><strong>Reread your notes</strong> on listening skills, stages of "
                 "change and recovery planning. You do not need to memorize them.</li>"
                 "<li><strong>Practise your opening</strong> out loud until it sounds like "
                 "you: your role, the time, and confidentiality with its limits.</li>"
                 "<li><strong>Write three open questions</strong> you like, such as “What "
                 "brings you in today?” or “What would you like to be different a month from "
                 "now?”</li>"
                 "<li><strong>Plan a short story.</strong> If you choose to share part of "
                 "your recovery, know what you would say in three or four sentences and why it "
                 "would help.</li>"
                 "<li><strong>Review the safety steps:</strong> notice, ask, stay, connect.</li>"
                 "<li><strong>Do the self-assessment</strong> in the next lesson.</li>"
                 "</ul>"
                 "<p>It is normal to feel nervous. Almost everyone does. Role-play feels "
                 "awkward at first, and the awkwardness fades with practice. Remember that "
                 "everyone in the room is learning. Practising here, with people who want you "
                 "to do well, is much safer than learning on someone in crisis.</p>"
                 "<h2>What observers are not looking for</h2>"
                 "<ul>"
                 "<li><strong>A perfect script.</strong> Observers want to hear you, not a "
                 "memorized speech.</li>"
                 "<li><strong>A solved problem.</strong> Ten minutes is not enough to fix a "
                 "housing crisis. A small step the person chose is a success.</li>"
                 "<li><strong>Acting skills.</strong> Nobody is grading how well you play the "
                 "participant. Just stay close to the card.</li>"
                 "<li><strong>Clinical knowledge.</strong> You are not expected to know doses, "
                 "diagnoses or lab results. You are expected to know when to say, “That's a "
                 "great question for your prescriber. Want to plan how to ask?”</li>"
                 "</ul>"
                 "<h2>What a strong round can sound like</h2>"
                 "<p>Here is a short example. The participant card is Mr. Thompson, 38, new "
                 "to an opioid treatment program, who says he might quit because the line is "
                 "too long and he is late for work.</p>"
                 "<p>The coach opens: “Hi, I'm Lena. I'm a recovery coach here, which means I'm "
                 "in recovery myself and I'm here to support you with whatever you want to "
                 "work on. We have about ten minutes. What we talk about stays private, except "
                 "if I'm worried someone's life is in danger or a child or vulnerable adult is "
                 "being hurt. Does that make sense?”</p>"
                 "<p>Mr. Thompson says the line is killing him. Lena reflects: “You're trying "
                 "to do two big things at once, keep your job and stay in treatment, and the "
                 "line is making that feel impossible.” He nods. She asks what has helped so "
                 "far. He says his boss is okay with him coming in at nine. She affirms: “You "
                 "already talked to your boss. That took guts.” They agree he will ask the "
                 "front desk about the quietest dosing times, and Lena will meet him at the "
                 "window Thursday. She summarizes and checks whether he has naloxone.</p>"
                 "<p>Notice that Lena did not tell him what to do, did not share a long story "
                 "and did not promise anything the program controls. An observer would mark "
                 "most items “meets” and might suggest one more reflection before the "
                 "plan.</p>"),
                ("reflection", {
                    "prompt": (
                        "Write the opening you will use in your practice round, in your own "
                        "words: who you are, what a coach does, how long you have, and what "
                        "stays private and what does not. Then note which part of the "
                        "conversation you feel least ready for, and why."
                    ),
                    "min_words": 60,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "competency-self-check-and-next-steps",
            "title": "Self-assessment and the feedback habit",
            "minutes": 5,
            "body": [
                ("rich_text",
                 "<h2>Rate yourself first</h2>"
                 "<p>Before anyone watches you, take an honest look at yourself. Use the same "
                 "three ratings the observers use: not yet, developing, meets. Be fair. Most "
                 "new coaches rate themselves “developing” on most skills, and that is exactly "
                 "where you should be at the end of a first training.</p>"
                 "<p>Rate yourself on each skill from this course:</p>"
                 "<ul>"
                 "<li>Explaining the coach role and how it differs from a sponsor or a "
                 "counselor.</li>"
                 "<li>Listening without roadblocks, such as advising, arguing or rushing to "
                 "fix.</li>"
                 "<li>Using open questions, affirmations, reflections and summaries.</li>"
                 "<li>Sharing my story briefly, with purpose, and turning back to the "
                 "person.</li>"
                 "<li>Matching my approach to where the person is in their thinking about "
                 "change.</li>"
                 "<li>Helping someone name their recovery capital and build a plan in their "
                 "own words.</li>"
                 "<li>Using person-first language and speaking up against stigma, including "
                 "stigma about medication.</li>"
                 "<li>Explaining medication-assisted recovery accurately, without giving "
                 "medical advice.</li>"
                 "<li>Responding to an overdose with naloxone, and sharing harm reduction "
                 "information.</li>"
                 "<li>Working with cultural humility and in a trauma-informed way.</li>"
                 "<li>Noticing suicide warning signs, asking directly, and connecting to help "
                 "and my supervisor.</li>"
                 "<li>Explaining confidentiality and its limits, and writing objective "
                 "notes.</li>"
                 "</ul>"
                 "<p>Next to each rating, write one moment from this training that shows why "
                 "you chose it. Then circle two skills you most want feedback on. Tell your "
                 "observer before your round, so they watch for those.</p>"
                 "<h2>Why feedback matters in peer work</h2>"
                 "<p>Peer support is mutual. We expect people we coach to try new things, "
                 "hear hard truths and keep going. We should ask the same of ourselves. "
                 "Feedback is how skills grow. In peer work it is also part of the job. "
                 "Supervisors will give you feedback for as long as you coach. You will give "
                 "feedback to other coaches, and sometimes to your program. Learning to give "
                 "and take it well now will help you for years.</p>"
                 "<h2>Giving useful feedback</h2>"
                 "<p>When you are the observer, your job is to help the coach see what they "
                 "did. Good feedback is:</p>"
                 "<ul>"
                 "<li><strong>Specific.</strong> Point to a moment. “When she said she felt "
                 "ashamed, you said, ‘It took courage to come in today.’ She relaxed.”</li>"
                 "<li><strong>About behavior, not the person.</strong> Say what the coach did "
                 "or said, not what kind of person they are. “You asked four questions in a "
                 "row” helps. “You're pushy” does not.</li>"
                 "<li><strong>Balanced.</strong> Start with what worked. Then offer one or two "
                 "things to try. Too many at once is hard to use.</li>"
                 "<li><strong>Tied to the checklist.</strong> Use the skill names, so the "
                 "coach can link your words to what they learned.</li>"
                 "<li><strong>Kind and honest.</strong> Do not hide a real concern to be nice. "
                 "If the coach gave medical advice, say so gently and clearly.</li>"
                 "</ul>"
                 "<p>A simple pattern: “One thing that worked was… One thing to try next "
                 "time is…”</p>"
                 "<h2>Receiving feedback</h2>"
                 "<p>Hearing feedback can stir up old feelings, especially if you have been "
                 "judged a lot in the past. These habits help:</p>"
                 "<ul>"
                 "<li><strong>Go first.</strong> Say what you think went well and what you "
                 "would change. You often notice the same things.</li>"
                 "<li><strong>Listen to the end.</strong> Breathe. You do not need to "
                 "explain or defend right away.</li>"
                 "<li><strong>Ask to understand.</strong> “Can you show me where that "
                 "happened?” or “What could I have said instead?”</li>"
                 "<li><strong>Say thank you.</strong> Even when it stings.</li>"
                 "<li><strong>Pick one thing.</strong> Choose one change to try in the next "
                 "round. Small changes add up.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Feedback is about the practice, not your worth",
                    "text": (
                        "A “not yet” on a checklist is about one skill on one day. It says "
                        "nothing about your recovery or your value as a coach. Every skilled "
                        "coach you admire once had a long list of not-yets."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>After the practice: your development plan</h2>"
                 "<p>At the end of the live session, you will write a short plan with your "
                 "trainer or supervisor:</p>"
                 "<ul>"
                 "<li>two skills you do well and want to keep using;</li>"
                 "<li>two skills to build in your first months of practice;</li>"
                 "<li>how you will practise them, such as in supervision, with a fellow "
                 "coach, or by asking to be observed again;</li>"
                 "<li>how you will know you have improved.</li>"
                 "</ul>"
                 "<p>Bring this plan to supervision. Credentials for peer recovery coaches "
                 "usually ask for supervised practice hours, and a plan like this makes those "
                 "hours count. Requirements differ by state board, so check yours.</p>"
                 "<h2>Turning a rating into a plan</h2>"
                 "<p>A rating is only useful if it leads to action. Here are two examples.</p>"
                 "<p>Rosa rated herself “developing” on reflections, and her observer agreed. "
                 "She noticed she asks question after question when she is nervous. Her plan: "
                 "in every conversation next week, say at least two reflections before her "
                 "second question. She will ask her supervisor to listen in on one call and "
                 "count.</p>"
                 "<p>Dwayne rated himself “meets” on self-disclosure, but his observer marked "
                 "“not yet.” His story ran long and the participant went quiet. At first he "
                 "felt stung. Then he asked, “Where did I lose her?” Together they found the "
                 "spot. His plan: write a four-sentence version of his story and practise it "
                 "with a fellow coach, ending each time with a question back to the "
                 "person.</p>"
                 "<h2>When feedback feels unfair</h2>"
                 "<p>Sometimes you will disagree with feedback. That is okay. First, make sure "
                 "you understand it. Ask for the moment the observer meant. If you still "
                 "disagree, say so calmly and ask the trainer for a second view. Feedback is "
                 "information, not a verdict. You get to weigh it. What matters is that you "
                 "keep listening, because the people you coach will give you feedback too, "
                 "often without words. A person who stops coming back is telling you "
                 "something.</p>"
                 "<h2>Ask the people you coach</h2>"
                 "<p>Once you are working, some of the best feedback will come from "
                 "participants. At the end of a meeting, try: “What was most helpful today? "
                 "Is there anything you'd like me to do differently?” Thank them for the "
                 "answer, even if it is hard to hear. It shows the shared power and honesty "
                 "that peer support is built on, and it helps you grow. Write down what "
                 "you hear, and bring patterns to supervision.</p>"),
                ("scenario", {
                    "title": "A dose question in the practice round",
                    "situation": (
                        "In your practice round, the participant card is Mr. Delgado, 50, on "
                        "methadone for three years. Playing him, your partner says: “By "
                        "evening I feel sick, sweaty and I crave bad. My cousin says I should "
                        "just save part of my take-home for night. What do you think?” The "
                        "observer is filling in the checklist."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Reflect and explore: “Evenings are really rough. Tell me "
                                "more about when it starts and what it feels like.”"
                            ),
                            "feedback": (
                                "Best. You listen first and help him describe what he feels, "
                                "which is what the checklist calls staying in role."
                            ),
                            "best": True,
                            "next": (
                                "Mr. Delgado says it starts around 6 pm, every day for two "
                                "weeks, and he is embarrassed to tell the clinic."
                            ),
                        },
                        {
                            "text": "“Sounds like your dose is too low. Ask them to raise it.”",
                            "feedback": (
                                "Judging the dose is medical advice. The observer would mark "
                                "“not yet” on staying in role."
                            ),
                            "best": False,
                            "next": (
                                "Your partner pauses the round. The observer notes it, and "
                                "you start again by asking him to describe the evenings."
                            ),
                        },
                        {
                            "text": "“Saving part of a take-home could work if you're careful.”",
                            "feedback": (
                                "Never suggest changing how a medicine is taken. It can be "
                                "unsafe and is outside the coach's role."
                            ),
                            "best": False,
                            "next": (
                                "The observer stops the round to check in. You start again "
                                "by asking him to describe the evenings."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "After the round, the observer says, “You asked five questions in a row before any reflection.” How do you respond?",
                        "choices": [
                            {
                                "text": (
                                    "“Thanks. Can you show me one spot where a reflection "
                                    "would have fit?” Then pick it as your one change for the "
                                    "next round."
                                ),
                                "feedback": (
                                    "Best. You listen, ask to understand, say thanks and turn "
                                    "the feedback into one clear change."
                                ),
                                "best": True,
                            },
                            {
                                "text": "“I had to ask a lot because the card was hard.”",
                                "feedback": (
                                    "Explaining right away can block learning. Listen first, "
                                    "then ask questions."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Say nothing and decide you are just not good at this.",
                                "feedback": (
                                    "Feedback is about one skill on one day. Pick one thing "
                                    "to try; most new coaches need this exact practice."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": "Which piece of observer feedback is most useful?",
                        "choices": [
                            ("“When he mentioned his daughter, you reflected his pride. Next time, try a summary before the plan.”", True),
                            ("“You did great, no notes.”", False),
                            ("“You seem like you're not a natural at this.”", False),
                        ],
                        "explanation": (
                            "Useful feedback is specific, about behavior, balanced and points "
                            "to one next step."
                        ),
                    },
                    {
                        "prompt": "Why do you rate yourself before the practice round?",
                        "choices": [
                            ("To notice your own strengths and gaps and tell the observer what to watch for", True),
                            ("So the observer can copy your ratings", False),
                            ("Because the self-rating replaces the observer's checklist", False),
                        ],
                        "explanation": (
                            "Self-assessment focuses the feedback and builds the habit of "
                            "honest reflection you will use in supervision."
                        ),
                    },
                ]}),
            ],
        },
    ],
    "quiz": {
        "slug": "module-11-check",
        "title": "Module 11 check: Skills practice and competency",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "You are about to begin a first meeting with Ms. Kim, 66, who has been on "
                    "methadone for twelve years. What belongs in your opening?"
                ),
                "multiple": False,
                "choices": [
                    ("Who you are, what a coach does, how much time you have, and what stays private and what does not", True),
                    ("A detailed history of her substance use", False),
                    ("Your full recovery story so she trusts you", False),
                    ("A list of goals you think she should work on", False),
                ],
                "explanation": (
                    "A clear opening sets the frame and builds trust. History-taking, long "
                    "self-disclosure and coach-chosen goals take the focus away from her."
                ),
            },
            {
                "prompt": (
                    "Andre says, “I want my own place, but every time I look at the forms I "
                    "shut down.” Which response is a reflection?"
                ),
                "multiple": False,
                "choices": [
                    ("“Having your own place matters a lot, and the paperwork feels overwhelming.”", True),
                    ("“Why don't you just fill out one page a day?”", False),
                    ("“Have you asked your caseworker?”", False),
                    ("“Lots of people find forms hard.”", False),
                ],
                "explanation": (
                    "A reflection says back what the person said and felt. The others give "
                    "advice, ask a closed question or generalize."
                ),
            },
            {
                "prompt": (
                    "Priya rates her confidence to call a recovery residence as 3 out of 10. "
                    "Which question best draws out her strengths?"
                ),
                "multiple": False,
                "choices": [
                    ("“What makes it a 3 and not a 1?”", True),
                    ("“Why is it so low?”", False),
                    ("“Shouldn't it be higher by now?”", False),
                    ("“What would make you a 10 by tomorrow?”", False),
                ],
                "explanation": (
                    "Asking why the number is not lower invites her to name her own "
                    "strengths and reasons. The others focus on what is missing."
                ),
            },
            {
                "prompt": (
                    "In a practice round, the participant asks whether she should stop her "
                    "buprenorphine before a job interview with a drug test. What response "
                    "would an observer mark as staying in role?"
                ),
                "multiple": False,
                "choices": [
                    ("Explore her worries, and help her plan questions for her prescriber and learn her rights about medication and employment", True),
                    ("Tell her to stop a few days before the test", False),
                    ("Tell her never to mention her medication to anyone", False),
                    ("Tell her the test cannot detect buprenorphine", False),
                ],
                "explanation": (
                    "Coaches never advise on starting or stopping a medication and should "
                    "not guess about tests. They help the person get accurate information "
                    "and bring medical questions to the prescriber."
                ),
            },
            {
                "prompt": (
                    "Which are good ways to close a coaching conversation? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("Summarize what the person said and chose", True),
                    ("Agree on small, specific next steps and the next contact", True),
                    ("Check safety needs, such as whether they have naloxone", True),
                    ("Tell the person what they must do before next time", False),
                ],
                "explanation": (
                    "A good close summarizes, affirms, agrees next steps the person chose and "
                    "checks safety. Telling the person what to do takes the plan away from them."
                ),
            },
            {
                "prompt": (
                    "You are the observer. The coach gave a warm opening but then shared her "
                    "own story for five minutes. What is the most useful feedback?"
                ),
                "multiple": False,
                "choices": [
                    ("“Your opening was clear and warm. Your story went about five minutes; next time try three or four sentences and then turn it back to him.”", True),
                    ("“You talk too much.”", False),
                    ("“Good job overall.”", False),
                    ("“Never share your story in a first meeting.”", False),
                ],
                "explanation": (
                    "Useful feedback is specific, starts with what worked, is about behavior "
                    "and suggests one change. Purposeful, brief self-disclosure is part of "
                    "the role."
                ),
            },
            {
                "prompt": (
                    "After your round, the observer marks “not yet” for summaries. What is "
                    "the best way to respond?"
                ),
                "multiple": False,
                "choices": [
                    ("Thank them, ask where a summary would have fit, and choose it as your one change for the next round", True),
                    ("Explain that you ran out of time so it does not count", False),
                    ("Ask a different observer for a better rating", False),
                    ("Decide coaching is not for you", False),
                ],
                "explanation": (
                    "Receiving feedback well means listening, asking to understand, saying "
                    "thanks and turning it into one clear change."
                ),
            },
            {
                "prompt": (
                    "In a round, the participant card says Joe, just home from jail, mentions "
                    "“no point to any of this.” Which coach actions would an observer check as "
                    "meeting the safety item? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Asking directly, “Are you thinking about killing yourself?”", True),
                    ("Staying with him and involving the supervisor if he says yes", True),
                    ("Checking whether he has naloxone, since overdose risk is high after release", True),
                    ("Moving on quickly to his housing goal to keep things positive", False),
                ],
                "explanation": (
                    "Noticing a warning sign, asking directly, staying and connecting, and "
                    "checking on naloxone after release all show the safety skill. Skipping "
                    "past the warning sign does not."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to hold a short coaching conversation with a clear "
            "opening, exploration, focus, plan and close.",
            "Participants will be able to demonstrate core skills (open questions, "
            "reflections, affirmations, summaries, purposeful self-disclosure) while staying "
            "in role and giving no medical advice.",
            "Participants will be able to give specific, behavior-based feedback using a "
            "competency checklist, and receive feedback without defending.",
            "Participants will be able to write a short development plan naming two "
            "strengths and two skills to build.",
        ],
        "agenda": [
            {
                "title": "Welcome and how the practice works",
                "minutes": 5,
                "method": "presentation",
                "description": (
                    "Welcome the group and name the nerves in the room: everyone feels them. "
                    "Explain the triads, the ten-minute rounds, the checklist ratings (not "
                    "yet, developing, meets) and the feedback order: coach first, then "
                    "participant, then observer. Remind people this is a check of where they "
                    "are now, not a pass or fail. Ask each person to tell their group the two "
                    "skills they circled in their self-assessment."
                ),
                "materials": ["Competency checklists", "Participants' self-assessments from the prework"],
            },
            {
                "title": "Demonstration: feedback done well",
                "minutes": 5,
                "method": "demonstration",
                "description": (
                    "Two facilitators show a 60-second feedback exchange twice. In the first, "
                    "the observer says “You were great” and the coach argues with a "
                    "criticism. In the second, the coach goes first, the observer names one "
                    "specific thing that worked and one thing to try, and the coach asks a "
                    "question and says thank you. Ask the group what made the second one "
                    "useful."
                ),
                "materials": ["Handout: Giving and receiving feedback"],
            },
            {
                "title": "Observed practice, round one",
                "minutes": 20,
                "method": "role_play",
                "description": (
                    "In triads, run two 10-minute turns: 7 minutes of coaching and 3 minutes "
                    "of feedback each, rotating roles. Observers fill in the checklist and "
                    "write at least one quote for each rating. Trainers move between groups, "
                    "watch at least part of each coach's turn, and add notes to the "
                    "checklist. Call time clearly at each switch."
                ),
                "materials": ["Role cards set A", "Competency checklists", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Ms. Washington, 41, started buprenorphine last month, told by a recovery residence she must stop it to move in)",
                    "Observer",
                ],
                "script": (
                    "Ms. Washington has two kids staying with her mother. She has a bed "
                    "offered at a recovery residence, but the manager says residents cannot "
                    "take “drugs like Suboxone.” She opens with: “I finally feel normal on "
                    "this medicine, and now they say I have to quit it to get a bed. Maybe "
                    "they're right and I should just get off it.” If the coach shares a brief "
                    "story, she warms up. If the coach asks what matters most to her, she says "
                    "getting her kids back. She will agree to one small step if it is her "
                    "idea."
                ),
                "observer_checklist": [
                    "Opening: explained role, time, and confidentiality with its limits",
                    "Used open questions and more reflections than questions",
                    "Affirmed a real strength or effort",
                    "Did not advise her to stop or stay on her medication; explored what she wants",
                    "Used person-first, respectful language about MOUD",
                    "Plan: one small step she chose, such as learning her rights or finding other residences",
                    "Closed with a summary and a next contact",
                ],
            },
            {
                "title": "Observed practice, round two",
                "minutes": 20,
                "method": "role_play",
                "description": (
                    "Two more 10-minute turns, same timing: 7 minutes coaching, 3 minutes "
                    "feedback. The person who has not coached yet goes first, so everyone "
                    "has coached once. The last turn goes to a coach from round one who wants "
                    "a second try; if no one does, use it for a longer group feedback talk. "
                    "Before each turn, the coach names the one change they are trying. "
                    "Observers check for that change and for the safety item."
                ),
                "materials": ["Role cards set B", "Competency checklists", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Mr. Delgado, 50, on methadone 3 years, works as a cook, newly separated)",
                    "Observer",
                ],
                "script": (
                    "Mr. Delgado says: “By evening I'm sweating and craving, every day for two "
                    "weeks. My cousin says save part of my take-home for night. And since my "
                    "wife left, honestly, some nights I wonder what's the point.” If the coach "
                    "asks directly about suicide, he says he has had the thought but has no "
                    "plan and wants help. If the coach helps him describe the evenings, he "
                    "agrees to ask the clinic for a visit with his prescriber."
                ),
                "observer_checklist": [
                    "Reflected his feelings before problem solving",
                    "Did not judge the dose or suggest saving or splitting it",
                    "Helped him describe timing and symptoms to bring to his prescriber",
                    "Noticed the warning sign and asked directly about suicide",
                    "Said they would involve the supervisor and offered 988 as the crisis policy says",
                    "Made the one change the coach named from round one",
                ],
            },
            {
                "title": "Debrief and development plans",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Bring the whole group together. Ask the questions below. Then each "
                    "person writes a short development plan on the handout: two strengths, "
                    "two skills to build, how they will practise, and how they will know "
                    "they have improved. Trainers collect checklists and plans to sign and "
                    "return, and remind participants to bring both to supervision."
                ),
                "materials": ["Handout: My development plan", "Completed checklists"],
                "questions": [
                    "What felt different between your first and second try?",
                    "Which skill surprised you, in a good way or a hard way?",
                    "What will you ask your supervisor to watch for in your first month?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Giving and receiving feedback",
                "text": (
                    "Giving feedback\n"
                    "- Be specific: point to a moment and quote it.\n"
                    "- Talk about behavior, not the person.\n"
                    "- Start with what worked, then one or two things to try.\n"
                    "- Use the skill names from the checklist.\n"
                    "- Be kind and honest, including about medical advice or safety.\n"
                    "- Pattern: One thing that worked was... One thing to try next time is...\n\n"
                    "Receiving feedback\n"
                    "- Go first: what went well, what you would change.\n"
                    "- Listen to the end without defending.\n"
                    "- Ask: Can you show me where? What could I have said instead?\n"
                    "- Say thank you.\n"
                    "- Pick one change for the next round."
                ),
            },
            {
                "title": "My development plan",
                "text": (
                    "Name: ____  Date: ____\n\n"
                    "Two skills I do well and will keep using:\n"
                    "- \n"
                    "- \n\n"
                    "Two skills I will build in my first months:\n"
                    "- \n"
                    "- \n\n"
                    "How I will practise (supervision, a fellow coach, being observed again):\n\n"
                    "How I will know I have improved:\n\n"
                    "Trainer or supervisor comments:"
                ),
            },
        ],
    },
}
