"""Recovery Coach Training module 4: Listening, questions and self-disclosure. Active listening
and silence, open and closed questions, OARS used in practice (reflections simple and complex,
affirmations, summaries), strategic self-disclosure including one's own medication history,
listening across differences, and the common traps of advice-giving, fixing and comparing."""

MODULE = {
    "slug": "listening-questions-and-self-disclosure",
    "title": "Active listening, good questions and self-disclosure",
    "domain": "mentoring-education",
    "intro": (
        "The conversation skills at the center of coaching: listening with full attention, "
        "asking questions that open people up, reflecting and summarizing, using silence, "
        "and sharing your own recovery with purpose."
    ),
    "minutes": 210,
    "sources": [
        "SAMHSA. TIP 35: Enhancing Motivation for Change in Substance Use Disorder "
        "Treatment. Updated 2019.",
        "Miller, W. R., and Rollnick, S. Motivational Interviewing: Helping People Change. "
        "Third edition. 2013.",
        "Gordon, T. Parent Effectiveness Training. 1970 (source of the twelve roadblocks to "
        "listening used in motivational interviewing training).",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "International Association of Peer Supporters (now the National Association of Peer "
        "Supporters). National Practice Guidelines for Peer Supporters. 2013.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "Dazzi, T., Gribble, R., Wessely, S., and Fear, N. T. Does asking about suicide and "
        "related behaviours induce suicidal ideation? What is the evidence? Psychological "
        "Medicine. 2014.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "active-listening-and-presence",
            "title": "Active listening, presence and silence",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Listening is the work</h2>"
                 "<p>Many people in recovery have spent years not being heard. Doctors "
                 "rushed them. Family members lectured them. Systems talked about them, "
                 "not with them. When someone finally listens, really listens, it can be "
                 "the first step back to trust. That is why listening is not the warm-up "
                 "to coaching. It is the coaching.</p>"
                 "<p>Active listening means three things. You give the person your full "
                 "attention. You try to understand their experience from their point of "
                 "view, not yours. And you show them that you understand. Thomas Gordon, "
                 "a student of the psychologist Carl Rogers, used the term in his work. Rogers "
                 "taught that people grow when they feel understood and accepted. "
                 "Motivational interviewing, the approach behind the OARS skills in this "
                 "module, grew from that same root.</p>"
                 "<h2>Being present</h2>"
                 "<p>Presence is about where your attention is. You cannot listen well "
                 "while you check your phone, plan your next question or think about your "
                 "own day. A few habits help:</p>"
                 "<ul>"
                 "<li><strong>Clear the space.</strong> Put your phone away, face down and "
                 "on silent. Close the laptop. If you are in a busy lobby, ask if the "
                 "person wants to move somewhere quieter.</li>"
                 "<li><strong>Use open body language.</strong> Sit at the same level. Turn "
                 "toward the person. Keep your arms loose. Lean in a little.</li>"
                 "<li><strong>Follow their lead on eye contact.</strong> In some cultures, "
                 "and for some people with trauma, steady eye contact feels like a "
                 "challenge. Side by side, like in a car or on a walk, can feel safer.</li>"
                 "<li><strong>Use small encouragers.</strong> A nod, “mm-hm,” “go on,” or "
                 "repeating a key word tells the person you are with them.</li>"
                 "<li><strong>Listen for the feeling under the facts.</strong> “The bus was "
                 "late again” may really mean “I'm tired of everything being hard.”</li>"
                 "<li><strong>Notice your own reactions.</strong> If you feel angry, bored "
                 "or sad, notice it. Do not act on it in the moment. Take it to "
                 "supervision.</li>"
                 "</ul>"
                 "<h2>The power of silence</h2>"
                 "<p>Silence is one of the hardest skills for new coaches. A pause of five "
                 "seconds can feel like a minute. We rush in to fill it with a question, a "
                 "joke or advice. But silence gives the person room to think. Often the "
                 "most important thing a person says comes right after a pause.</p>"
                 "<p>Try this. When the person stops talking, count to five in your head "
                 "before you speak. If they are thinking, let them think. If they seem "
                 "stuck or uneasy, you can say softly, “Take your time,” or offer a short "
                 "reflection. Silence is not the same as ignoring. Your face and body still "
                 "say, “I'm here. I'm listening.”</p>"
                 "<p>Silence also matters when someone is crying or angry. You do not need "
                 "the perfect words. Sitting with someone through a hard feeling, without "
                 "rushing to fix it, tells them the feeling is allowed. Many of us learned "
                 "to hide our feelings to survive. A coach who can sit calmly with strong "
                 "feelings helps the person learn that feelings pass.</p>"
                 "<h2>Listening in real places</h2>"
                 "<p>Coaching rarely happens in a quiet office. You may be in a loud "
                 "clinic lobby, a hospital hallway, a car, a diner or on the phone. Each "
                 "place changes how you listen.</p>"
                 "<ul>"
                 "<li><strong>In a busy lobby,</strong> keep your voice low and your "
                 "attention high. Step aside from the dosing line so others do not "
                 "overhear. Ask, “Is this an okay place to talk, or should we find a "
                 "corner?”</li>"
                 "<li><strong>In a car,</strong> side by side, many people talk more "
                 "freely. You cannot use your face much, so use your voice: short "
                 "encouragers and reflections.</li>"
                 "<li><strong>On the phone,</strong> silence can sound like you hung up. "
                 "Use a soft “mm-hm” or “I'm here” during pauses. Listen for tone, "
                 "breathing and background noise. Ask if it is a safe time to talk.</li>"
                 "<li><strong>By text,</strong> keep messages short and warm, and move hard "
                 "talks to a call or a visit.</li>"
                 "</ul>"
                 "<h2>Listening when you disagree</h2>"
                 "<p>Listening does not mean agreeing. A person may say something you think "
                 "is unsafe or untrue, like “I'll just use on weekends, it's fine.” Your "
                 "first job is still to understand. A reflection shows you heard, without "
                 "saying you approve: “Weekends feel like a way to have some fun and still "
                 "keep things together.” Often the person will then name the other side "
                 "themselves. If there is a real safety concern, such as fentanyl in the "
                 "supply, you can ask permission to share information later in the "
                 "talk, after they feel heard.</p>"
                 "<p>Some people test new coaches. They may say shocking things, or say you "
                 "cannot understand them. Stay calm and curious. “You're not sure I can get "
                 "it. Fair enough. Tell me what I need to know.” Trust is often built in "
                 "moments like these.</p>"
                 "<h2>Listening to yourself, too</h2>"
                 "<p>Some stories will touch your own. A person may describe a dosing "
                 "window fight, a lost child or an overdose that sounds like yours. Your "
                 "body may react before your mind does: a tight chest, a flash of anger, "
                 "tears. That is normal. Breathe, bring your focus back to the person, and "
                 "later talk it through with your supervisor or your own supports. "
                 "Listening well for years depends on caring for yourself between "
                 "talks.</p>"),
                ("callout", {
                    "title": "Try the two-minute challenge",
                    "text": (
                        "In your next conversation with anyone, listen for two full minutes "
                        "without advising, reassuring or telling your own story. Only "
                        "nod, say short encouragers, and reflect back what you hear. "
                        "Notice how hard it is, and how the other person responds."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Roadblocks to listening</h2>"
                 "<p>Thomas Gordon named twelve common responses that get in the way of "
                 "listening. He called them roadblocks, because the person has to go "
                 "around them to get back to their own thoughts. Motivational interviewing "
                 "trainers still teach them. Here they are, with an example from a coach "
                 "who means well:</p>"
                 "<ol>"
                 "<li><strong>Ordering or directing:</strong> “You need to go to group "
                 "today.”</li>"
                 "<li><strong>Warning or threatening:</strong> “If you keep missing, "
                 "they'll discharge you.”</li>"
                 "<li><strong>Giving advice or solutions:</strong> “What you should do is "
                 "ask for an evening job.”</li>"
                 "<li><strong>Persuading with logic or arguing:</strong> “But the research "
                 "says methadone works.”</li>"
                 "<li><strong>Moralizing or preaching:</strong> “You owe it to your "
                 "kids.”</li>"
                 "<li><strong>Judging or blaming:</strong> “Well, you did skip your dose "
                 "on Friday.”</li>"
                 "<li><strong>Agreeing or praising too fast:</strong> “You're totally right, "
                 "your mom is wrong.”</li>"
                 "<li><strong>Shaming or labeling:</strong> “That's your disease talking.”</li>"
                 "<li><strong>Interpreting or analyzing:</strong> “You're just afraid of "
                 "success.”</li>"
                 "<li><strong>Reassuring or consoling too soon:</strong> “Don't worry, it'll "
                 "all work out.”</li>"
                 "<li><strong>Questioning or probing:</strong> question after question, "
                 "like an interview.</li>"
                 "<li><strong>Withdrawing or changing the subject:</strong> “Anyway, did "
                 "you get your bus pass?”</li>"
                 "</ol>"
                 "<p>None of these is always wrong. Sometimes a person needs information. "
                 "Sometimes reassurance helps. The problem is using them <em>instead</em> "
                 "of listening, especially early on. They all carry a hidden message: "
                 "“Listen to me. I know best.”</p>"
                 "<h2>The righting reflex</h2>"
                 "<p>Behind most roadblocks is what motivational interviewing calls the "
                 "<strong>righting reflex</strong>: the urge to fix things and set people "
                 "on the right path. It comes from caring. Coaches in recovery feel it "
                 "strongly, because we have seen people die. But when we push, people "
                 "usually push back. They defend the very thing we want them to change. "
                 "When we listen first, people are more likely to find their own reasons "
                 "and their own answers, and those are the ones that last.</p>"),
                ("reflection", {
                    "min_words": 40,
                    "minutes": 5,
                    "prompt": (
                        "Which two roadblocks do you fall into most often? Describe a "
                        "recent moment when you used one. What were you feeling that made "
                        "you reach for it, and what could you have said instead?"
                    ),
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "asking-good-questions",
            "title": "Asking good questions: open and closed",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Questions shape the conversation</h2>"
                 "<p>The questions we ask tell people what we think matters. If we only ask "
                 "about problems, we get a conversation about problems. If we ask about "
                 "hopes, strengths and what has worked, we get a conversation about "
                 "possibility. A coach chooses questions on purpose.</p>"
                 "<h2>Open and closed questions</h2>"
                 "<p>A <strong>closed question</strong> can be answered with yes, no or a "
                 "short fact. “Did you dose today?” “What time is your appointment?” “Do "
                 "you have naloxone?” Closed questions are useful for checking facts and "
                 "for safety. They are quick.</p>"
                 "<p>An <strong>open question</strong> invites the person to tell you more, "
                 "in their own words. It often starts with “what,” “how,” or “tell me.” "
                 "“How has this week been for you?” “What was it like going back to your "
                 "old neighborhood?” “Tell me about your kids.” Open questions give the "
                 "person control of the story. They also give you much more to reflect "
                 "on.</p>"
                 "<p>Compare these two short talks with Jorge, 38, who started "
                 "buprenorphine a month ago.</p>"
                 "<p><em>Closed: “Are you doing okay on the medicine?” “Yeah.” “Any "
                 "cravings?” “Not really.” “Going to group?” “Sometimes.” “Okay, good.”</em></p>"
                 "<p><em>Open: “How has the first month been?” “Honestly, better than I "
                 "thought. I'm sleeping. But my wife still doesn't trust me.” “Tell me "
                 "more about that.”</em></p>"
                 "<p>The first talk checked boxes. The second found out what really "
                 "matters to Jorge right now. Same coach, same five minutes.</p>"
                 "<h2>Turning closed into open</h2>"
                 "<p>With practice, you can turn most closed questions into open ones:</p>"
                 "<ul>"
                 "<li>“Did you go to your appointment?” becomes “How did the appointment "
                 "go?”</li>"
                 "<li>“Are you nervous about court?” becomes “What's on your mind about "
                 "court?”</li>"
                 "<li>“Do you like the new house?” becomes “What's it like living "
                 "there?”</li>"
                 "<li>“Is your family supportive?” becomes “Who in your life is in your "
                 "corner?”</li>"
                 "</ul>"
                 "<h2>Why not “why”?</h2>"
                 "<p>“Why” questions are open, but they often sound like blame. “Why did "
                 "you miss your dose?” can feel like “What's wrong with you?” Most people "
                 "have heard “why” from parents, teachers, police and judges. They get "
                 "defensive. Try “what” or “how” instead: “What got in the way of getting "
                 "to the clinic?” or “What was going on that day?”</p>"
                 "<p>The exception is asking about the person's own reasons for change. "
                 "“Why is this important to you?” can be a good question, if your tone is "
                 "curious and warm.</p>"
                 "<h2>Habits of a good questioner</h2>"
                 "<ul>"
                 "<li><strong>Ask one question at a time,</strong> then wait. Stacking "
                 "questions (“How was it, did you like it, what did they say?”) makes "
                 "people answer only the last one.</li>"
                 "<li><strong>Avoid leading questions,</strong> like “Don't you think you "
                 "should call your sister?” That is advice wearing a question mark.</li>"
                 "<li><strong>Ask permission</strong> before you raise a hard topic or "
                 "share information: “Would it be okay if we talked about what happened "
                 "last weekend?”</li>"
                 "<li><strong>Follow an answer with a reflection,</strong> not another "
                 "question. Three questions in a row starts to feel like an intake "
                 "interview.</li>"
                 "<li><strong>Do not ask out of curiosity.</strong> You do not need the "
                 "details of someone's past use or trauma. Ask only what helps the person "
                 "move toward their goals.</li>"
                 "</ul>"
                 "<h2>When questions become an interview</h2>"
                 "<p>Many coaches come from programs where every meeting started with a "
                 "form. It is easy to slip into the same style. Listen to this:</p>"
                 "<p><em>“How are you?” “Okay.” “How's your sleep?” “Fine.” “How about "
                 "cravings?” “Some.” “What about work?” “Looking.” “And your kids?” "
                 "“Good.”</em></p>"
                 "<p>All five questions were open. But the person gave shorter and shorter "
                 "answers, because the coach never showed they heard anything. Compare:</p>"
                 "<p><em>“How are you?” “Okay.” “Just okay.” “Yeah. Cravings have been "
                 "bad at night.” “Nights are the hard part right now.” “Since I stopped "
                 "working, I just sit there.”</em></p>"
                 "<p>One question, then two short reflections, and the person led the coach "
                 "to what matters. If your program needs certain facts, you can ask for them "
                 "at the end: “I have a few quick check-in questions I ask everyone. Is that "
                 "okay?”</p>"
                 "<h2>Asking about hard topics</h2>"
                 "<p>Some topics are hard to raise: a return to use, a missed court date, "
                 "signs of abuse at home, a child welfare case. A few habits make it "
                 "easier.</p>"
                 "<ul>"
                 "<li><strong>Ask permission.</strong> “Can we talk about what happened "
                 "last week? It's okay if you'd rather not today.”</li>"
                 "<li><strong>Normalize.</strong> “A lot of people have a slip in the first "
                 "months. I did. What was going on for you?”</li>"
                 "<li><strong>Offer a menu.</strong> “We could talk about court, or the "
                 "housing form, or how things are at home. What feels most important "
                 "today?” This lets the person choose.</li>"
                 "<li><strong>Be honest about limits.</strong> If the answer could mean you "
                 "have to act, such as a risk to a child, be clear about your duties "
                 "before they share. The ethics module covers this.</li>"
                 "</ul>"
                 "<h2>Questions for a first meeting</h2>"
                 "<p>A first meeting sets the tone. Instead of a long list of questions, "
                 "pick a few that invite the person's story and hopes. For example:</p>"
                 "<ul>"
                 "<li>“What made you want to meet with a coach?”</li>"
                 "<li>“What's going well for you right now, even a little?”</li>"
                 "<li>“What would you like to be different a few months from now?”</li>"
                 "<li>“Who or what helps you when things get hard?”</li>"
                 "<li>“What would you like me to know about you?”</li>"
                 "<li>“What have helpers done in the past that did not work for you?”</li>"
                 "</ul>"
                 "<p>The last question is a gift. People often tell you exactly how to help "
                 "them: “Don't lecture me,” or “Don't disappear after two weeks.” Reflect "
                 "what they say, and then keep your word.</p>"
                 "<h2>Questions and the person's own answers</h2>"
                 "<p>The best questions help people find answers they already have. "
                 "Someone who has survived years of use, jail, loss or poverty has solved "
                 "a lot of hard problems. A good question brings that wisdom to the "
                 "surface: “What got you through the last time you felt this low?” or "
                 "“What would you tell a friend in your shoes?” When the answer comes "
                 "from them, they own it. They are much more likely to act on it than on "
                 "anything we could tell them.</p>"
                 "<p>So before you reach for an answer, reach for a question. Then listen "
                 "to the answer with your whole attention, and reflect it back. That "
                 "simple loop, question then reflection, is the engine of a coaching "
                 "talk.</p>"),
                ("callout", {
                    "title": "Closed questions still have a place",
                    "text": (
                        "When safety is at stake, ask closed questions clearly and "
                        "directly. “Are you thinking about killing yourself?” “Did you use "
                        "today?” “Is there naloxone in the house?” A clear question about "
                        "suicide does not put the idea in someone's head. It tells them "
                        "they can talk about it."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Questions that open up hope</h2>"
                 "<p>Some kinds of open questions are especially useful in coaching:</p>"
                 "<ul>"
                 "<li><strong>Hopes:</strong> “If things were going well a year from now, "
                 "what would be different?”</li>"
                 "<li><strong>Past strengths:</strong> “When have you gotten through "
                 "something hard before? What helped?”</li>"
                 "<li><strong>Exceptions:</strong> “Were there days this week when the "
                 "cravings were less? What was different those days?”</li>"
                 "<li><strong>Scaling:</strong> “On a scale from 0 to 10, how ready do "
                 "you feel to look for work?” Then: “What makes it a 4 and not a "
                 "2?” This second question draws out the person's own reasons.</li>"
                 "<li><strong>Next steps:</strong> “What is one small thing you could do "
                 "before we meet again?”</li>"
                 "</ul>"
                 "<p>Module 5 builds on these questions to help people through the stages "
                 "of change.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": "Which of these is an open question?",
                        "choices": [
                            ("“What was the hardest part of this week?”", True),
                            ("“Did you have a hard week?”", False),
                            ("“Was it your landlord again?”", False),
                        ],
                        "explanation": (
                            "The first invites the person to tell their story. The others "
                            "can be answered yes or no, and the last one guesses for them."
                        ),
                    },
                    {
                        "prompt": (
                            "Keisha missed three days of dosing. Which question is most "
                            "likely to help her talk?"
                        ),
                        "choices": [
                            ("“What got in the way of getting to the clinic this week?”",
                             True),
                            ("“Why did you miss three days?”", False),
                            ("“Don't you think you should have called someone?”", False),
                        ],
                        "explanation": (
                            "A “what” question invites her story without blame. “Why” can "
                            "sound like judgment, and the last question is advice in "
                            "disguise."
                        ),
                    },
                    {
                        "prompt": (
                            "You need to raise a hard topic with Omar: he told you last "
                            "week he had been drinking a lot. What is the best way to start?"
                        ),
                        "choices": [
                            ("“Would it be okay if we talked about what you shared last "
                             "week? It's fine if today isn't the day.”", True),
                            ("“So, how much have you been drinking since then?”", False),
                            ("“You know drinking on methadone is dangerous, right?”",
                             False),
                        ],
                        "explanation": (
                            "Asking permission respects his choice and makes it easier to "
                            "talk. Jumping to amounts feels like an interview, and leading "
                            "with a warning is a roadblock."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "oars",
            "title": "OARS in practice: reflections, affirmations and summaries",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>Four skills, one conversation</h2>"
                 "<p>OARS is a set of four core skills from motivational interviewing: "
                 "<strong>O</strong>pen questions, <strong>A</strong>ffirmations, "
                 "<strong>R</strong>eflections and <strong>S</strong>ummaries. SAMHSA's "
                 "TIP 35 calls them the core skills of motivational interviewing. You "
                 "learned open questions in the last lesson. This lesson is about the "
                 "other three, and about weaving all four together.</p>"
                 "<p>The point is not to remember the letters. Nobody in a real talk "
                 "thinks, “Now I'll do an A.” The point is to build habits so that your "
                 "natural response to a person is to understand them, not to fix them. "
                 "Think of the oars of a rowboat: you use them together, in rhythm, to move "
                 "where the person wants to go.</p>"
                 "<h2>Reflections: the heart of listening</h2>"
                 "<p>A reflection is a statement that says back what you heard. It is not a "
                 "question. Your voice goes down at the end, not up. A good reflection "
                 "shows that you understand, lets the person hear their own words, and "
                 "invites them to go further.</p>"
                 "<p>Reflections can feel awkward at first. Many new coaches worry that "
                 "they will sound like a parrot. In practice, people rarely notice. What "
                 "they notice is that they feel heard. Many trainers suggest offering "
                 "more reflections than questions in a conversation.</p>"
                 "<h3>Simple reflections</h3>"
                 "<p>A simple reflection repeats or rephrases what the person said, "
                 "adding little or nothing. It keeps the person talking and shows you are "
                 "following.</p>"
                 "<ul>"
                 "<li>Person: “The clinic line was an hour long again.” Coach: “An hour, "
                 "again.”</li>"
                 "<li>Person: “My daughter won't return my calls.” Coach: “She's not "
                 "calling you back.”</li>"
                 "</ul>"
                 "<h3>Complex reflections</h3>"
                 "<p>A complex reflection adds something: a guess at the feeling, the "
                 "meaning, or what the person has not said yet. It moves the talk "
                 "deeper.</p>"
                 "<ul>"
                 "<li>Person: “The clinic line was an hour long again.” Coach: “You're "
                 "doing everything right, and the system keeps eating your time.”</li>"
                 "<li>Person: “My daughter won't return my calls.” Coach: “You miss her, "
                 "and it hurts that she's not ready yet.”</li>"
                 "</ul>"
                 "<p>One useful kind of complex reflection is the <strong>double-sided "
                 "reflection</strong>. It holds both sides of a mixed feeling, joined by "
                 "“and,” not “but.” “Part of you wants to come off methadone someday, and "
                 "part of you is scared of losing the stability it's given you.” This "
                 "helps a person see their own mixed feelings without being pushed to one "
                 "side. And it keeps the decision with them and their prescriber.</p>"
                 "<h3>What if I get it wrong?</h3>"
                 "<p>You will, sometimes. That is fine. A reflection is a guess. If you are "
                 "wrong, the person will usually correct you: “No, I'm not sad, I'm angry.” "
                 "Now you know more than before. Just reflect again: “Angry. That makes "
                 "sense.” Being a little off often helps people say what they really "
                 "mean.</p>"
                 "<p>Good starters for reflections include: “It sounds like…,” “You're "
                 "feeling…,” “So for you…,” or just saying the thought directly. Over "
                 "time, drop the starters. “You're worn out” is stronger than “It sounds "
                 "like maybe you might be feeling worn out.”</p>"),
                ("callout", {
                    "title": "A quick test",
                    "text": (
                        "If your voice goes up at the end, it is a question. If it goes "
                        "down, it is a reflection. “You're worried about court?” asks. "
                        "“You're worried about court.” reflects, and usually gets a "
                        "fuller answer."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Affirmations: naming real strengths</h2>"
                 "<p>An affirmation notices something good and true about the person: an "
                 "effort, a strength, a value. It is not the same as praise. Praise "
                 "says, “Good job,” and puts you in the judge's seat. An affirmation "
                 "describes what you see in them.</p>"
                 "<ul>"
                 "<li>Instead of “Good job coming in,” try “You got here even though the "
                 "bus was late. Showing up really matters to you.”</li>"
                 "<li>Instead of “You're a great mom,” try “Even on the hard days, you "
                 "made sure the kids got to school.”</li>"
                 "<li>Instead of “I'm proud of you,” try “You told your doctor the truth "
                 "about the pills. That took courage.”</li>"
                 "</ul>"
                 "<p>Good affirmations are specific, genuine and about the person, not "
                 "about you. Use them when they are true. People can smell fake praise, "
                 "especially people who have been managed by systems for years.</p>"
                 "<h2>Summaries: gathering it up</h2>"
                 "<p>A summary pulls together several things the person has said. It is "
                 "like a long reflection. Use a summary when a topic is ending, when the "
                 "person has said a lot, when you need to shift focus, or at the end of a "
                 "meeting.</p>"
                 "<p>A good summary:</p>"
                 "<ul>"
                 "<li>uses the person's own words where you can;</li>"
                 "<li>includes their strengths and their own reasons for change;</li>"
                 "<li>holds both sides if they have mixed feelings;</li>"
                 "<li>ends with a check and an open door: “Did I miss anything?” or "
                 "“Where would you like to go from here?”</li>"
                 "</ul>"
                 "<h2>OARS in one short talk</h2>"
                 "<p>Here is how the four skills can flow together. Doris, 66, has been on "
                 "methadone for twenty years. Her new doctor at a primary care clinic "
                 "seemed judgmental about it.</p>"
                 "<p><em>Coach (open question): “How did the visit with the new doctor "
                 "go?”</em></p>"
                 "<p><em>Doris: “He looked at my list and said, ‘Still on methadone, at "
                 "your age?’ Like I was a kid who got caught.”</em></p>"
                 "<p><em>Coach (complex reflection): “After twenty years of doing this "
                 "right, he made you feel small.”</em></p>"
                 "<p><em>Doris: “Exactly. I almost walked out. But I need him for my "
                 "heart.”</em></p>"
                 "<p><em>Coach (affirmation): “You stayed, because taking care of your "
                 "health comes first for you.”</em></p>"
                 "<p><em>Doris: “I guess. I just don't know how to talk to him.”</em></p>"
                 "<p><em>Coach (summary): “So, this doctor matters for your heart care. "
                 "His comment stung, and you stayed anyway. Now you're wondering how to "
                 "talk with him about your methadone. Did I get that right? What would "
                 "you like to do next?”</em></p>"
                 "<p>Notice that the coach did not criticize the doctor, and did not tell "
                 "Doris what to say. Doris now has space to make her own plan. The coach "
                 "can offer ideas later, if she asks.</p>"
                 "<h2>Reflections for things you will hear often</h2>"
                 "<p>Some statements come up again and again in medication-assisted "
                 "recovery. Having a few reflections ready helps you stay calm and "
                 "present.</p>"
                 "<ul>"
                 "<li>“I'm just trading one drug for another.” Reflection: “Somebody's "
                 "words about your medication are sitting heavy with you.”</li>"
                 "<li>“I'm never getting take-homes.” Reflection: “You feel stuck, like "
                 "nothing you do changes it.”</li>"
                 "<li>“I used again. I'm back to square one.” Reflection: “You're really "
                 "hard on yourself right now, and you still came in to talk.”</li>"
                 "<li>“My probation officer wants me off methadone.” Reflection: “You're "
                 "caught between your treatment and the court.”</li>"
                 "<li>“I don't need a coach.” Reflection: “You've handled a lot on your "
                 "own, and you're not sure what I could add.”</li>"
                 "</ul>"
                 "<p>Notice that none of these argues, corrects or reassures. Later you "
                 "may offer facts, ask permission to share your story, or help the person "
                 "plan. But reflecting first keeps them talking and keeps them in charge. "
                 "Try writing your own reflection for each one before you read the "
                 "examples.</p>"
                 "<h2>Affirming in hard moments</h2>"
                 "<p>Affirmations matter most when a person feels like a failure. After a "
                 "return to use, a lost job or a fight with family, people often can only "
                 "see what went wrong. A true affirmation can help them see all of "
                 "themselves: “You called me instead of hiding. That shows how much your "
                 "recovery means to you.” Do not use an affirmation to skip over the pain. "
                 "Reflect the pain first, then affirm.</p>"),
                ("scenario", {
                    "title": "Reflecting mixed feelings about a taper",
                    "situation": (
                        "Andre, 45, has been on buprenorphine for three years. He works at "
                        "a warehouse and coaches his son's basketball team. Over coffee he "
                        "says: “My wife keeps asking when I'm getting off this stuff. "
                        "Part of me wants to, just to be done with it. But I'm scared. "
                        "Things are good right now.”"
                    ),
                    "question": "What is the most helpful first response?",
                    "choices": [
                        {
                            "text": (
                                "“Part of you wants to be done with it, and part of you is "
                                "scared of losing what's good right now.”"
                            ),
                            "feedback": (
                                "A double-sided reflection holds both sides without "
                                "pushing. It helps Andre hear his own mixed feelings, and "
                                "keeps the decision with him."
                            ),
                            "best": True,
                            "next": (
                                "Andre nods. “Yeah. That's it exactly. I don't even know "
                                "if it's what I want, or what she wants.” He looks at "
                                "you, waiting."
                            ),
                        },
                        {
                            "text": "“You shouldn't taper if things are going well.”",
                            "feedback": (
                                "This is advice about a medical decision. It is not the "
                                "coach's call, and it shuts down Andre's thinking."
                            ),
                            "best": False,
                            "next": (
                                "Andre shrugs. “Maybe. My wife doesn't see it that way.” "
                                "He goes quiet, then says, “I don't even know if it's "
                                "what I want.”"
                            ),
                        },
                        {
                            "text": "“How long have you been on it, and what's your dose?”",
                            "feedback": (
                                "These closed questions gather facts you do not need and "
                                "pull the talk toward dose, which is between Andre and his "
                                "prescriber."
                            ),
                            "best": False,
                            "next": (
                                "Andre answers the numbers, then adds, “I don't even know "
                                "if it's what I want, or what she wants.”"
                            ),
                        },
                        {
                            "text": "“Your wife needs to respect your recovery.”",
                            "feedback": (
                                "This takes a side against his wife and moves the focus "
                                "off Andre's own feelings. It may also make him defend "
                                "her."
                            ),
                            "best": False,
                            "next": (
                                "Andre frowns. “She's not a bad person. She just worries.” "
                                "Then he says, “I don't even know if it's what I want.”"
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Andre says he doesn't know whether it is what he wants or what "
                            "his wife wants. What do you do next?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Reflect that he wants to sort out his own wishes, and "
                                    "ask what he would want if it were only up to him; "
                                    "offer to help him bring his questions to his "
                                    "prescriber"
                                ),
                                "feedback": (
                                    "This keeps Andre in charge, draws out his own "
                                    "values, and points medical questions to the right "
                                    "place."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Tell him about your own taper and how it went"
                                ),
                                "feedback": (
                                    "Your story could sway him toward your choice. If you "
                                    "share at all, it should be brief, later, and about "
                                    "how you made the decision, not what you decided."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Give him facts on the risks of tapering so he can "
                                    "tell his wife"
                                ),
                                "feedback": (
                                    "This turns you into his debate coach and makes "
                                    "medical claims. His prescriber is the right source "
                                    "for medical facts about tapering."
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
            "slug": "purposeful-self-disclosure",
            "title": "Sharing your own recovery with purpose",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Your story is a tool</h2>"
                 "<p>Sharing your own experience is what makes peer support different from "
                 "every other kind of help. SAMHSA lists “shares lived experiences of "
                 "recovery” as one of the twelve core competency categories for peer "
                 "workers. A well-timed story can give hope, show that change is possible, "
                 "ease shame and build trust fast. When a person on methadone hears, “I've "
                 "been on it nine years, and I just got my nursing license,” something "
                 "shifts.</p>"
                 "<p>But self-disclosure is a tool for the other person's benefit. It is "
                 "not a chance to talk about yourself, work through your own pain or be "
                 "admired. The skill is in sharing the right thing, at the right time, in "
                 "the right amount, for the right reason. That is what we mean by "
                 "<strong>strategic</strong> self-disclosure.</p>"
                 "<h2>Three questions before you share</h2>"
                 "<ol>"
                 "<li><strong>Whose need does this meet?</strong> Theirs, or mine? If you "
                 "feel an urge to share because their story stirred up your own feelings, "
                 "pause. That is a sign to listen more, and to take your feelings to "
                 "supervision or your own supports.</li>"
                 "<li><strong>What is my purpose?</strong> To give hope? To show that a "
                 "feeling is normal? To show one way through a problem? If you cannot name "
                 "a purpose, wait.</li>"
                 "<li><strong>Is the timing right?</strong> Has the person finished telling "
                 "their story? Do they seem open to hearing yours? Early in a talk, a share "
                 "can take over. Later, it can land softly.</li>"
                 "</ol>"
                 "<h2>How much to share</h2>"
                 "<p>Keep it short. A good share is often three or four sentences. Focus "
                 "on recovery, not on the details of use. The person does not need to know "
                 "what you used, how much, or the worst things that happened. Those "
                 "details can trigger cravings, invite comparison, or turn the talk into "
                 "war stories. What helps is what you learned, what helped you, and what "
                 "your life is like now.</p>"
                 "<p>A simple shape that many peer trainers teach is <strong>Ask, Share, "
                 "Ask</strong>:</p>"
                 "<ul>"
                 "<li><strong>Ask</strong> permission: “Would it help to hear a bit about "
                 "how that went for me?”</li>"
                 "<li><strong>Share</strong> briefly, with a focus on what helped.</li>"
                 "<li><strong>Ask</strong> to hand the focus back: “What of that, if "
                 "anything, fits for you?”</li>"
                 "</ul>"
                 "<p>Here is an example. Priya, 26, is three weeks into buprenorphine and "
                 "says she feels like a fraud at her family's dinners.</p>"
                 "<p><em>Coach: “Would it help to hear how that was for me?” Priya: “Yeah.” "
                 "Coach: “My first year, I felt like everyone at the table was watching "
                 "me. What helped was telling one cousin I trusted, so I had someone on my "
                 "side. It got easier. What do you think might help you at those "
                 "dinners?”</em></p>"
                 "<p>Short. Honest. About recovery. And the focus goes right back to "
                 "Priya.</p>"
                 "<h2>What to avoid</h2>"
                 "<ul>"
                 "<li><strong>Comparing:</strong> “I had it way worse.” Or the reverse: "
                 "“You're lucky, at least you didn't lose your kids.”</li>"
                 "<li><strong>Presenting your path as the right one:</strong> “What worked "
                 "for me was…” can quietly become “…so you should do it too.”</li>"
                 "<li><strong>Sharing fresh wounds:</strong> If something is still raw for "
                 "you, it is not ready to be a tool for others.</li>"
                 "<li><strong>Sharing to be liked:</strong> or to prove you are “real.” Your "
                 "steady presence proves that better than any story.</li>"
                 "<li><strong>Sharing other people's stories:</strong> Your family and "
                 "friends did not agree to be part of your coaching.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "When in doubt, wait",
                    "text": (
                        "You can always share later. You can never take it back. If you "
                        "are not sure a share will help, keep listening. The person will "
                        "often ask you directly when they want to know."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Sharing your own medication history</h2>"
                 "<p>In a MARS-style program, many coaches are on methadone or "
                 "buprenorphine themselves. Saying so can be powerful. For someone who has "
                 "been told their medication means they are not really in recovery, "
                 "meeting a coach who is proud of their own medication-assisted recovery "
                 "can change everything.</p>"
                 "<p>It also needs extra care. Keep these points in mind:</p>"
                 "<ul>"
                 "<li><strong>Share the fact, not a recommendation.</strong> “I've been on "
                 "methadone eleven years, and it gave me my life back” is hope. “Methadone "
                 "is better than buprenorphine” is medical advice. Every person's choice of "
                 "medication belongs to them and their prescriber.</li>"
                 "<li><strong>Do not share your dose.</strong> Dose talk leads to "
                 "comparison: “You're on that much?” or “I should ask for what you "
                 "get.” The right dose is different for each person. If someone asks, you "
                 "can say, “My dose is between me and my doctor, same as yours. What "
                 "matters is whether yours is working for you.”</li>"
                 "<li><strong>Be careful with taper stories.</strong> If you tapered off, or "
                 "tried and went back on, your story can sway people either way. If you "
                 "share, talk about how you made the decision with your prescriber, not "
                 "what you decided. Make clear that staying on medication long-term is as "
                 "valid as tapering.</li>"
                 "<li><strong>You choose what to share.</strong> Being a peer does not mean "
                 "giving up your privacy. You may decide never to share your medication "
                 "history, or to share it only in some settings. That is your right. Talk "
                 "with your supervisor about your program's expectations.</li>"
                 "<li><strong>Think about where you dose.</strong> If you dose at the clinic "
                 "where you work, people may see you in line. Decide ahead of time what you "
                 "will say if someone asks.</li>"
                 "</ul>"
                 "<h2>Prepare your story</h2>"
                 "<p>Do not wait for the moment to figure out what to say. Write a short "
                 "version of your recovery story ahead of time, focused on hope and what "
                 "helped. Then write a few short pieces you can pull out when they fit: "
                 "your first week on medication, a time you faced stigma, a return to use "
                 "and how you came back, how you rebuilt trust with family. Practice "
                 "saying each in under a minute. Decide what you will never share at "
                 "work. Having this ready lets you share on purpose, not on impulse.</p>"
                 "<h2>When someone asks you directly</h2>"
                 "<p>People often ask coaches personal questions: “Have you ever used?” "
                 "“Are you on methadone?” “Did you ever relapse?” “Have you been locked "
                 "up?” A direct question is often a sign of trust, or a test of whether "
                 "you are real. You can answer briefly and honestly, then turn back: “Yes, "
                 "I've been on methadone a long time. What made you wonder?” You can also "
                 "decline kindly: “That's part of my story I keep private. What I can tell "
                 "you is that I know how hard the first months are.” Both answers are "
                 "fine. Lying is not.</p>"
                 "<h2>Sharing in a group</h2>"
                 "<p>In a group you lead, a share reaches many people at once, and each "
                 "hears it differently. Keep it even shorter than one-on-one, and use it "
                 "mainly to open a topic or to show that a feeling is normal. Then step "
                 "back and let members share with each other. If members start comparing "
                 "their stories to yours, gently bring the focus back to them.</p>"
                 "<p>Finally, remember that your story keeps changing. What you shared in "
                 "your first year as a coach may not be what you share in your fifth. "
                 "Review your story from time to time with your supervisor, and let it "
                 "grow with you. And notice how sharing feels for you afterward. If you "
                 "often feel drained or exposed after you share, you may be sharing too "
                 "much, or too soon. That is worth talking about in supervision.</p>"),
                ("reflection", {
                    "min_words": 50,
                    "minutes": 5,
                    "prompt": (
                        "Write a one-minute piece of your recovery story that could give "
                        "hope to someone just starting medication. Focus on what helped, "
                        "not on details of use. Then note: what will you leave out, and "
                        "how would you answer if someone asked your dose?"
                    ),
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "listening-across-differences-and-common-traps",
            "title": "Listening across differences, and the common traps",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Shared experience is never the same experience</h2>"
                 "<p>Peer support rests on shared experience. But no two recoveries are "
                 "the same. You may share opioid use disorder and methadone with someone, "
                 "and still differ in race, age, gender, sexual orientation, language, "
                 "faith, income, disability, immigration status, or whether you have been "
                 "locked up. Each of these shapes how a person sees the world, how systems "
                 "treat them and what recovery looks like for them.</p>"
                 "<p>A Black man in a mostly white rural county may face a very different "
                 "clinic, court and police than his white coach did. A Latina mother may "
                 "carry family duties and fears about child welfare that a male coach "
                 "has never faced. An older Korean American man may find it shameful to "
                 "talk about feelings with anyone outside the family. A young Native woman "
                 "may want her recovery to include ceremony and community. The coach's "
                 "job is not to know all of this ahead of time. It is to stay curious and "
                 "let the person teach you.</p>"
                 "<h2>How to listen across differences</h2>"
                 "<ul>"
                 "<li><strong>Do not assume.</strong> “I know exactly how you feel” is "
                 "almost never true. Try “I've been through something like that, and I "
                 "don't want to assume it was the same for you.”</li>"
                 "<li><strong>Ask about what matters to them.</strong> “What's important "
                 "for me to understand about you and your family?” “Is faith part of your "
                 "life?” “What language do you feel most at home in?”</li>"
                 "<li><strong>Reflect their words,</strong> not yours. If someone calls "
                 "their recovery “getting my life back” or “walking the red road,” use "
                 "their words.</li>"
                 "<li><strong>Name a difference if it seems to be in the room.</strong> "
                 "“I'm a lot younger than you. If I say something that doesn't fit, I hope "
                 "you'll tell me.” This shows respect and makes it safe to correct "
                 "you.</li>"
                 "<li><strong>Believe people about their experience</strong> of unfair "
                 "treatment, even if you did not see it.</li>"
                 "<li><strong>Get an interpreter</strong> when the person's best language is "
                 "not yours. Do not rely on their children to interpret.</li>"
                 "<li><strong>Know your own biases.</strong> Everyone has them. Notice "
                 "when you judge, and take it to supervision.</li>"
                 "</ul>"
                 "<p>Module 9 goes deeper on cultural humility and trauma-informed "
                 "support.</p>"
                 "<h2>The common traps</h2>"
                 "<p>Even skilled coaches fall into a few traps. They come from caring. "
                 "Knowing them by name helps you catch yourself.</p>"
                 "<h3>Advice-giving</h3>"
                 "<p>Someone tells you a problem, and your brain jumps to the fix. "
                 "“Have you tried…?” “What you should do is…” Advice can feel helpful, but "
                 "it often lands as “you haven't thought of this yourself.” It also takes "
                 "the person's power away. Before you give advice, ask what they have "
                 "tried and what they think might help. If you still have an idea, ask "
                 "permission: “Would you like an idea some people have found useful?” "
                 "Then offer it as one option among several, and let them choose.</p>"
                 "<h3>Fixing</h3>"
                 "<p>Fixing goes further than advice. It is doing things for people that "
                 "they could do themselves: making the call, filling out the form, talking "
                 "to the landlord while they wait outside. Sometimes people need that help. "
                 "But when fixing becomes a habit, the person learns that they cannot "
                 "do it, and you burn out. Ask yourself: “Am I doing this with them, or "
                 "for them?” Aim for with.</p>"
                 "<h3>Comparing stories</h3>"
                 "<p>A person shares something painful, and you respond with your own "
                 "version. “Oh, I know. When I was in jail…” Suddenly the talk is about "
                 "you. Comparing can also sound like competition (“mine was worse”) or "
                 "dismissal (“everyone goes through that”). If something in their story "
                 "touches yours, hold it. Reflect their experience first. Share only if "
                 "the three questions from the last lesson say yes.</p>"
                 "<h3>Rushing to reassure</h3>"
                 "<p>“Don't worry, it'll be fine” feels kind. But it can tell the person "
                 "that their worry is not welcome. Try a reflection instead: “You're "
                 "really worried about how court will go.” Then, if it is true, you can add "
                 "hope: “And you've gotten through hard things before.”</p>"
                 "<h3>Taking sides</h3>"
                 "<p>When someone complains about a family member, a counselor or a "
                 "prescriber, it is tempting to agree. “Your counselor sounds awful.” But "
                 "you are hearing one side, and the person may need to keep working with "
                 "that person. Reflect their feelings without judging the other person: "
                 "“You left that session feeling unheard.”</p>"
                 "<h2>One story, five responses</h2>"
                 "<p>Here is a statement, and five ways a coach might answer. Marisol, 37, "
                 "says: “My landlord found out I go to the clinic. Now he wants me out by "
                 "the end of the month.”</p>"
                 "<ul>"
                 "<li>Advice: “You should call legal aid today.”</li>"
                 "<li>Fixing: “Give me his number. I'll call him.”</li>"
                 "<li>Comparing: “Same thing happened to me in 2015.”</li>"
                 "<li>Reassuring: “Don't worry, he can't do that.”</li>"
                 "<li>Listening: “You're scared of losing your home, and angry that it's "
                 "because of your treatment.”</li>"
                 "</ul>"
                 "<p>The first four all jump ahead. Some of them might be useful later. "
                 "Legal aid may be the right call, and module 7 covers housing rights. But "
                 "only the last response tells Marisol you understand. From there, you can "
                 "ask what she wants to do, and offer ideas with her permission.</p>"
                 "<h2>When you fall into a trap</h2>"
                 "<p>You will fall into these traps. Every coach does. What matters is "
                 "noticing and repairing. You can say, “I jumped in with advice there. "
                 "Let me back up. What do you think would help?” Or, “I started talking "
                 "about me. Sorry. You were saying your mom…” A quick, honest repair "
                 "often builds more trust than getting it right the first time. It shows "
                 "the person that you are human, that you are paying attention, and that "
                 "this talk is about them.</p>"
                 "<h2>Listening to anger</h2>"
                 "<p>Some of the hardest listening happens when a person is angry: at the "
                 "clinic, at the court, at their family or at you. Anger often sits on top "
                 "of fear, grief or shame. Try not to take it personally or argue. Keep "
                 "your voice low and slow. Reflect the anger and what is under it: "
                 "“You're furious. You did everything they asked, and they still cut your "
                 "take-homes.” Many people calm down once they feel understood. If a "
                 "person becomes threatening, your safety comes first. Step away and get "
                 "help, following your program's steps.</p>"
                 "<p>Anger at systems is often fair. You do not have to defend a program "
                 "or a court to keep your role. You can say, “That sounds unfair, and I "
                 "can see why you're angry. Do you want help filing a grievance?” Module 7 "
                 "covers self-advocacy and rights.</p>"
                 "<h2>Putting it all together</h2>"
                 "<p>Listening across differences and avoiding the traps come down to the "
                 "same habit: keep the focus on the person in front of you. Be curious "
                 "about their life, not sure about it. Reflect before you respond. Ask "
                 "before you advise, share or act. And when you slip, repair it and keep "
                 "going. These skills take years to master, and nobody does them "
                 "perfectly. The people you serve do not need a perfect coach. They need "
                 "one who is really listening. Practice a little every day, with "
                 "friends, family and coworkers, and these skills will start to feel "
                 "like your own natural way of talking.</p>"),
                ("callout", {
                    "title": "Catch yourself in the moment",
                    "text": (
                        "When you notice you are about to advise, fix or compare, pause and "
                        "ask yourself one question: “What is this person feeling right "
                        "now?” Then say that out loud as a reflection."
                    ),
                    "tone": "tip",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Mr. Begay, 59, says his granddaughter drives him to the clinic "
                            "and he hates being a burden. Which response avoids the common "
                            "traps?"
                        ),
                        "choices": [
                            ("“Being a burden weighs on you. You're used to being the one "
                             "who takes care of others.”", True),
                            ("“I'll call the ride service and set it up for you.”", False),
                            ("“I know exactly how you feel. My son drove me for a year.”",
                             False),
                        ],
                        "explanation": (
                            "The reflection honors his feeling and his values. The second "
                            "choice fixes without asking. The third compares and assumes "
                            "his experience is the same as yours."
                        ),
                    },
                    {
                        "prompt": (
                            "You catch yourself giving Marisol advice before she finished "
                            "talking. What is the best repair?"
                        ),
                        "choices": [
                            ("“I jumped ahead there. Let me back up. What do you think "
                             "would help?”", True),
                            ("Keep going, since the advice is good", False),
                            ("Apologize at length for being a bad listener", False),
                        ],
                        "explanation": (
                            "A short, honest repair hands the talk back to her. A long "
                            "apology makes the moment about you."
                        ),
                    },
                    {
                        "prompt": (
                            "A young man tells you, “You can't understand me. You're "
                            "old and you never did time.” What is the most helpful reply?"
                        ),
                        "choices": [
                            ("“You're right that I haven't lived what you have. Tell me "
                             "what I need to know.”", True),
                            ("“I've been through worse, trust me.”", False),
                            ("“Age doesn't matter in recovery.”", False),
                        ],
                        "explanation": (
                            "Naming the difference and asking to learn builds trust. The "
                            "other replies compare or brush off what he said."
                        ),
                    },
                ]}),
            ],
        },
    ],
    # ---------------------------------------------------------------------- quiz
    "quiz": {
        "slug": "module-4-check",
        "title": "Module 4 check: Listening, questions and self-disclosure",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Luis, 31, says: “I want to keep this job, but getting to the clinic "
                    "every morning before my shift is wearing me down.” Which response is "
                    "a complex reflection?"
                ),
                "multiple": False,
                "choices": [
                    ("“This job matters to you, and the mornings are taking a lot out of "
                     "you.”", True),
                    ("“Have you asked about take-homes?”", False),
                    ("“The clinic every morning.”", False),
                    ("“You should talk to your boss about your hours.”", False),
                ],
                "explanation": (
                    "A complex reflection adds meaning or feeling, here both sides of what "
                    "Luis wants. The third is a simple reflection, the first is a question "
                    "and the last is advice."
                ),
            },
            {
                "prompt": (
                    "Tanya, 24, says her mom keeps saying she is “not really clean” because "
                    "she takes buprenorphine. Which responses are reflections? Choose all "
                    "that apply."
                ),
                "multiple": True,
                "choices": [
                    ("“It hurts that your mom doesn't see how far you've come.”", True),
                    ("“Your mom's words are getting to you.”", True),
                    ("“Did you tell her buprenorphine is medicine?”", False),
                    ("“Don't listen to her, she doesn't understand.”", False),
                ],
                "explanation": (
                    "Reflections are statements that say back what you heard or sense. "
                    "The third is a closed question and the last is reassurance mixed with "
                    "taking sides."
                ),
            },
            {
                "prompt": (
                    "You ask Mr. Ortiz, 70, how his week was. He says, “Hard,” and looks "
                    "down. What is usually most helpful next?"
                ),
                "multiple": False,
                "choices": [
                    ("Stay quiet for a few seconds, then gently reflect: “A hard week.”",
                     True),
                    ("Ask three quick questions to find out what happened", False),
                    ("Say, “Don't worry, next week will be better.”", False),
                    ("Move on to his housing paperwork so he doesn't feel pushed", False),
                ],
                "explanation": (
                    "Silence and a simple reflection give him room to say more, at his own "
                    "pace. Rapid questions, quick reassurance and changing the subject are "
                    "all roadblocks."
                ),
            },
            {
                "prompt": (
                    "Rosa, 40, asks you directly: “What's your dose? I'm on 90 and my "
                    "friend says that's too much.” What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("“My dose is between me and my doctor, same as yours. What matters "
                     "is how yours is working for you. How is it?”", True),
                    ("Tell her your dose, so she can see that 90 is normal", False),
                    ("“90 sounds fine to me.”", False),
                    ("“Your friend is right, you should ask to lower it.”", False),
                ],
                "explanation": (
                    "Sharing your dose invites comparison, and judging her dose is medical "
                    "advice. Turning the focus to how her dose works for her, and helping "
                    "her talk to her prescriber if needed, fits the coach role."
                ),
            },
            {
                "prompt": (
                    "Darnell, 34, tells you he just had a return to use and feels like a failure. You "
                    "once had a return to use and came back. When is sharing that most "
                    "likely to help?"
                ),
                "multiple": False,
                "choices": [
                    ("After you have listened and reflected, asked if he wants to hear it, "
                     "and kept it brief and focused on what helped", True),
                    ("Right away, so he knows he is not alone", False),
                    ("Never; coaches should not talk about their own use", False),
                    ("Only if you tell the whole story so he sees how bad it got", False),
                ],
                "explanation": (
                    "Strategic self-disclosure waits until the person has been heard, asks "
                    "permission, stays brief and focuses on recovery. Sharing right away "
                    "can take over his moment."
                ),
            },
            {
                "prompt": (
                    "Which question is most likely to help Kim, 29, talk about missing her "
                    "appointment without feeling judged?"
                ),
                "multiple": False,
                "choices": [
                    ("“What got in the way of making the appointment?”", True),
                    ("“Why didn't you go?”", False),
                    ("“Did you forget again?”", False),
                    ("“Don't you think you should reschedule today?”", False),
                ],
                "explanation": (
                    "A “what” question invites her story. “Why” can sound like blame, the "
                    "third is closed and judging, and the last is advice posing as a "
                    "question."
                ),
            },
            {
                "prompt": (
                    "At the end of a long talk, which summary fits the guidance in this "
                    "module best?"
                ),
                "multiple": False,
                "choices": [
                    ("“So the clinic has helped you stay steady, you want more time with "
                     "your kids, and the morning schedule makes that hard. Did I miss "
                     "anything?”", True),
                    ("“So basically you need to ask for take-homes.”", False),
                    ("“Great talk. See you next week.”", False),
                    ("“So you've had a hard time, but everything will work out.”", False),
                ],
                "explanation": (
                    "A good summary gathers the person's own points, including strengths "
                    "and goals, and checks for accuracy. The others give advice, skip the "
                    "summary or reassure too fast."
                ),
            },
            {
                "prompt": (
                    "Ms. Nguyen, 55, says little in your meetings and looks away when you "
                    "ask about feelings. She is from a different culture than you. What "
                    "is the most helpful approach?"
                ),
                "multiple": False,
                "choices": [
                    ("Stay curious and ask what is important for you to understand about "
                     "her and her family, and follow her lead", True),
                    ("Push for eye contact so she knows you are listening", False),
                    ("Assume she is not ready for recovery", False),
                    ("Share a long story about your own feelings to model openness",
                     False),
                ],
                "explanation": (
                    "Listening across differences means not assuming, asking what matters "
                    "to her, and following her lead on things like eye contact and talk "
                    "about feelings."
                ),
            },
            {
                "prompt": (
                    "Which of these are common traps that block listening? Choose all "
                    "that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Answering someone's pain with your own similar story right away",
                     True),
                    ("Making a phone call for someone who could make it with your support",
                     True),
                    ("Pausing for a few seconds after the person stops talking", False),
                    ("Asking permission before sharing an idea", False),
                ],
                "explanation": (
                    "Comparing stories and fixing are traps. Silence and asking permission "
                    "are skills that keep the person in charge."
                ),
            },
        ],
    },
    # ---------------------------------------------------------------------- guide
    "guide": {
        "objectives": [
            "Participants will be able to show active listening and use silence on "
            "purpose in a coaching conversation.",
            "Participants will be able to turn closed questions into open ones and avoid "
            "“why” questions that sound like blame.",
            "Participants will be able to offer simple, complex and double-sided "
            "reflections, specific affirmations and accurate summaries in a live "
            "conversation.",
            "Participants will be able to decide when, how much and for whose benefit to "
            "share their own recovery, including their own medication history, without "
            "giving medical advice.",
            "Participants will be able to recognize and recover from advice-giving, fixing "
            "and comparing, and to listen across differences.",
        ],
        "agenda": [
            {
                "title": "Welcome: a time I felt heard",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Welcome the group and review the day: a lot of practice, in pairs and "
                    "threes. Ask people to think of a time they felt truly heard, and a "
                    "time they felt not heard at all, maybe at a clinic or in a court. In "
                    "pairs for 5 minutes, each shares one of the two. Then ask the room "
                    "what the listener did or did not do. Write two columns on a flip "
                    "chart: “Felt heard” and “Not heard.” Keep the chart up all day."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What did the person who really heard you do?",
                    "What did the person who did not hear you do instead?",
                ],
            },
            {
                "title": "Roadblocks in action",
                "minutes": 15,
                "method": "demonstration",
                "description": (
                    "Two facilitators play a short scene twice. A participant named Luis "
                    "says he is tired of the morning clinic trip before work. In round one "
                    "(3 minutes), the coach uses roadblocks: advice, warning, reassurance, "
                    "rapid questions, and a long personal story. In round two (3 minutes), "
                    "the coach listens, pauses, reflects and asks one open question. The "
                    "group names each roadblock they saw in round one, using the handout. "
                    "Debrief for 9 minutes: how did Luis change between rounds? Introduce "
                    "the righting reflex."
                ),
                "materials": ["Handout: Roadblocks and traps"],
            },
            {
                "title": "Presence and silence practice",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Groups of three: speaker, listener, observer. The speaker talks for 2 "
                    "minutes about something mildly hard that is not a trauma (for "
                    "example, a frustrating week or a move). The listener may only use "
                    "body language, encouragers and silence: no questions, advice or "
                    "stories. The listener waits five seconds after each pause. The "
                    "observer watches the listener's body and notes when they wanted to "
                    "jump in. 2 minutes of feedback. Rotate so everyone plays each role "
                    "(about 12 minutes). Debrief as a room for the last 8 minutes: what "
                    "did silence feel like from each chair?"
                ),
                "materials": ["Timer", "Handout: Listening basics"],
            },
            {
                "title": "Open or closed? Question makeovers",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give pairs a list of ten closed or “why” questions that coaches often "
                    "ask, such as “Did you dose today?”, “Why did you stop going to "
                    "group?”, “Are you nervous about court?” and “Don't you think you "
                    "should call your sister?” Pairs rewrite each as an open “what” or "
                    "“how” question (8 minutes). Then go around the room and hear one "
                    "makeover per pair (7 minutes). Point out when a closed question is "
                    "right: safety checks such as asking directly about suicide or "
                    "naloxone."
                ),
                "materials": ["Handout: Question makeovers"],
            },
            {
                "title": "Reflections: simple, complex and double-sided",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Short talk with live examples. Define a reflection as a statement, "
                    "voice going down at the end. Show a simple reflection, a complex "
                    "reflection and a double-sided reflection for the same statement: "
                    "“My daughter won't return my calls.” Explain why a wrong guess is "
                    "fine. Then cover affirmations versus praise and the parts of a good "
                    "summary. Model each one; do not read from slides. Stop at 15 "
                    "minutes."
                ),
                "materials": ["Flip chart", "Handout: OARS in practice"],
            },
            {
                "title": "Reflection relay",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Groups of five sit in a circle. The facilitator reads a statement "
                    "from a person in recovery (for example: “Everyone at the clinic "
                    "treats me like a number.” or “I want to get off methadone someday, "
                    "but I'm scared.”). Going around, each person offers one reflection, "
                    "and each must be different from the last: simple, then complex, then "
                    "double-sided, then a feeling guess, then a reflection of a value. "
                    "Do six statements. Last 5 minutes: which reflections made people "
                    "want to keep talking, and why?"
                ),
                "materials": ["Statement cards", "Handout: OARS in practice"],
            },
            {
                "title": "Role-play 1: an OARS conversation",
                "minutes": 30,
                "method": "role_play",
                "description": (
                    "Groups of three. Each round: 6 minutes of conversation, 3 minutes of "
                    "observer feedback. Run three rounds so each person plays each role "
                    "(27 minutes). Then 3 minutes as a room: one thing each person will "
                    "keep doing. Give the person in recovery the role card and ask them "
                    "to answer naturally: more open when they feel heard, shorter when "
                    "they hit a roadblock. The coach's task is to understand, not to "
                    "solve. Ask observers to count questions and reflections with tally "
                    "marks."
                ),
                "materials": ["Role cards", "Observer checklist", "Timer"],
                "roles": [
                    "Coach",
                    "Person in recovery (Ms. Okafor, 58, on methadone six years, thinking "
                    "about going back to work as a cook)",
                    "Observer",
                ],
                "script": (
                    "Ms. Okafor has come in for a regular check-in. She opens with: “I "
                    "saw a sign at the diner down the street. They need a cook. I used to "
                    "be good at that. But what if they find out about the clinic? And I "
                    "dose at 7, so mornings are tricky. Maybe it's a dumb idea.” If the "
                    "coach reflects well, she goes on to say she misses feeling useful "
                    "and that her grandkids would be proud. If the coach gives advice, "
                    "she says, “Yeah, maybe,” and goes quiet."
                ),
                "observer_checklist": [
                    "Coach opened with or used at least two open questions",
                    "Coach offered more reflections than questions",
                    "Coach used at least one complex or double-sided reflection",
                    "Coach gave a specific, genuine affirmation",
                    "Coach allowed at least one silence of a few seconds",
                    "Coach avoided advice, reassurance and comparing stories",
                    "Coach ended with a summary and asked what she wants to do next",
                ],
            },
            {
                "title": "Teach-back: the summary",
                "minutes": 15,
                "method": "teach_back",
                "description": (
                    "Facilitator reads aloud a 2-minute monologue from a person leaving "
                    "jail who has a lot going on: no ID, a mother who will take him in but "
                    "does not trust him, a methadone appointment on Thursday, and a hope "
                    "to see his daughter. Everyone writes a summary (4 minutes). Three or "
                    "four volunteers read theirs to the room. The group checks each "
                    "against the handout: the person's own words, strengths and reasons, "
                    "both sides, and a closing check. Then the facilitator reads a model "
                    "summary. Ask: which details did you leave out, and was that right?"
                ),
                "materials": ["Monologue script", "Handout: OARS in practice"],
            },
            {
                "title": "Self-disclosure: preparing my story",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Give a 5-minute mini-talk on the three questions (whose need, what "
                    "purpose, is the timing right) and Ask, Share, Ask. Cover medication "
                    "history: share the fact and the hope, never a dose or a "
                    "recommendation, and it is each coach's choice what to share. Then "
                    "individuals write a one-minute piece of their story for a person "
                    "just starting medication, and a line they would use if asked their "
                    "dose (8 minutes). In pairs, each reads theirs and the partner gives "
                    "feedback using the three questions (7 minutes). Remind people no one "
                    "has to share anything they do not want to share today."
                ),
                "materials": ["Handout: Sharing my story with purpose", "Paper and pens"],
            },
            {
                "title": "Role-play 2: when to share, and how much",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Groups of three. Two rounds of 8 minutes of play and 3 minutes of "
                    "feedback (22 minutes), then 3 minutes as a room. Round 1 uses the "
                    "script below. Round 2: the person asks, “Did you ever come off your "
                    "medication?” The coach must decide whether and how to share, without "
                    "steering the person toward or away from tapering. Coaches who do not "
                    "want to use their real story may use a made-up coach story from the "
                    "handout. Stop any role-play where a person is sharing more than they "
                    "want to."
                ),
                "materials": [
                    "Role cards",
                    "Observer checklist",
                    "Handout: Sharing my story with purpose",
                ],
                "roles": [
                    "Coach (on medication, or using a made-up coach story)",
                    "Person in recovery (Priya, 26, three weeks on buprenorphine, feels "
                    "like a fraud at family dinners)",
                    "Observer",
                ],
                "script": (
                    "Priya says: “Sunday dinner is at my aunt's again. Everyone's being "
                    "nice, but I can feel them watching me. My uncle made a joke about "
                    "‘the new pills.’ I laughed but I wanted to leave. Are you on "
                    "something? What's your dose? Does it ever stop feeling like "
                    "everyone knows?”"
                ),
                "observer_checklist": [
                    "Coach listened and reflected before sharing anything",
                    "Coach asked permission before sharing",
                    "The share was brief and focused on what helped, not on details of use",
                    "Coach did not share a dose or recommend a medication or a taper",
                    "Coach handed the focus back to the person with a question",
                    "Coach avoided comparing or presenting their path as the right one",
                ],
            },
            {
                "title": "Listening across differences",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Read two short cases: an older Korean American man who will not talk "
                    "about feelings, and a young Black woman who says the clinic staff "
                    "treat her differently from white patients. Small groups discuss one "
                    "case for 7 minutes, then report back. Emphasize: do not assume, ask "
                    "what matters, believe people about their experience of unfair "
                    "treatment, name a difference when it is in the room, use "
                    "interpreters, not family members. Point to module 9 for more on "
                    "cultural humility."
                ),
                "materials": ["Case cards"],
                "questions": [
                    "What might you assume about this person that could be wrong?",
                    "What is one open question you could ask to learn what matters to "
                    "them?",
                    "How could you name a difference between you in a respectful way?",
                ],
            },
            {
                "title": "Closing round",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Go back to the “Felt heard” and “Not heard” chart from the opening. "
                    "Ask each person for one listening habit they will practice this week "
                    "and one trap they will watch for. Thank the group."
                ),
                "materials": ["Flip chart from the opening"],
                "questions": [
                    "What one listening habit will you practice this week?",
                    "Which trap will you watch for in yourself?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Listening basics",
                "text": (
                    "- Clear the space: phone away, face the person.\n"
                    "- Open body language, at the same level.\n"
                    "- Follow the person's lead on eye contact.\n"
                    "- Small encouragers: a nod, “mm-hm,” “go on.”\n"
                    "- Listen for the feeling under the facts.\n"
                    "- Count to five after the person stops talking.\n"
                    "- Notice your own reactions; take them to supervision.\n\n"
                    "Silence is not ignoring. Your face and body still say: I'm here."
                ),
            },
            {
                "title": "Roadblocks and traps",
                "text": (
                    "Thomas Gordon's twelve roadblocks: ordering; warning; advising; "
                    "persuading with logic; moralizing; judging or blaming; agreeing or "
                    "praising too fast; shaming or labeling; interpreting; reassuring too "
                    "soon; questioning and probing; withdrawing or changing the subject.\n\n"
                    "Common coaching traps:\n"
                    "- Advice-giving: ask what they have tried first, and ask permission.\n"
                    "- Fixing: do it with them, not for them.\n"
                    "- Comparing stories: reflect their story first; share only with "
                    "purpose.\n"
                    "- Rushing to reassure: reflect the worry, then add hope if true.\n"
                    "- Taking sides: reflect feelings without judging the other person."
                ),
            },
            {
                "title": "Question makeovers",
                "text": (
                    "- “Did you go to your appointment?” becomes “How did the appointment "
                    "go?”\n"
                    "- “Why did you miss your dose?” becomes “What got in the way of "
                    "getting to the clinic?”\n"
                    "- “Are you nervous about court?” becomes “What's on your mind about "
                    "court?”\n"
                    "- “Don't you think you should call your sister?” becomes “Who could "
                    "you reach out to this week?”\n\n"
                    "Use closed questions for safety: “Are you thinking about killing "
                    "yourself?” “Is there naloxone in the house?” For a suicidal crisis, "
                    "follow your program's steps; people can call or text 988."
                ),
            },
            {
                "title": "OARS in practice",
                "text": (
                    "Open questions: what, how, tell me. One at a time.\n\n"
                    "Affirmations: specific, true, about them. “You got here even though "
                    "the bus was late. Showing up matters to you.”\n\n"
                    "Reflections: statements, voice going down.\n"
                    "- Simple: “An hour, again.”\n"
                    "- Complex: “You're doing everything right, and the system keeps "
                    "eating your time.”\n"
                    "- Double-sided: “Part of you wants to, and part of you is "
                    "scared.”\n\n"
                    "Summaries: gather their words, strengths and reasons; hold both "
                    "sides; end with “Did I miss anything?” and “Where would you like to "
                    "go from here?”"
                ),
            },
            {
                "title": "Sharing my story with purpose",
                "text": (
                    "Before you share, ask yourself:\n"
                    "- Whose need does this meet?\n"
                    "- What is my purpose: hope, normalizing, a way through?\n"
                    "- Is the timing right?\n\n"
                    "Ask, Share, Ask: ask permission; share briefly about what helped; "
                    "hand the focus back.\n\n"
                    "About your own medication: share the fact and the hope. Never share "
                    "your dose or recommend a medication or a taper. If asked your dose: "
                    "“That's between me and my doctor, same as yours. How is yours working "
                    "for you?” You choose what to share, and you can keep it private.\n\n"
                    "Made-up coach story for practice: Sam has been on methadone for "
                    "eight years. In the first year, Sam felt judged at family events. "
                    "What helped was telling one cousin, who then stood up for Sam."
                ),
            },
        ],
    },
}
