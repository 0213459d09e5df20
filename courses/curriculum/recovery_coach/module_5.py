"""Recovery Coach Training module 5: Stages of change and motivation. The stages of change as a
way to listen, ambivalence, change talk and sustain talk, the spirit of motivational interviewing,
rolling with discord, supporting a person's own goals (including medication goals), and return to
use as part of many recoveries."""

MODULE = {
    "slug": "stages-of-change-and-motivation",
    "title": "Stages of change and motivation",
    "domain": "mentoring-education",
    "intro": (
        "How people move toward change, why feeling two ways about it is normal, and how a coach "
        "uses the spirit and skills of motivational interviewing to help people find their own "
        "reasons and reach their own goals, including goals about medication. A return to use is "
        "part of many recoveries, not a failure."
    ),
    "minutes": 150,
    "sources": [
        "Miller, W. R., and Rollnick, S. Motivational Interviewing: Helping People Change and "
        "Grow. 4th edition. Guilford Press, 2023.",
        "SAMHSA. TIP 35: Enhancing Motivation for Change in Substance Use Disorder Treatment. "
        "Updated 2019.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "National Institute on Drug Abuse. Addiction Science: Relapse rates for drug addiction "
        "are similar to those of other well-characterized chronic illnesses. 2008 (based on "
        "McLellan and others, JAMA, 2000).",
        "Kelly, J. F., Greene, M. C., Bergman, B. G., White, W. L., and Hoeppner, B. B. How many "
        "recovery attempts does it take to successfully resolve an alcohol or drug problem? "
        "Alcoholism: Clinical and Experimental Research, 2019.",
        "Zweben, J. E., Sorensen, J. L., Shingle, M., and Blazes, C. K. Discontinuing methadone "
        "and buprenorphine: a review and clinical challenges. Journal of Addiction Medicine, 2021.",
        "SAMHSA. Overdose Prevention and Response Toolkit. Updated 2025.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "stages-of-change",
            "title": "The stages of change: a way to listen, not a label",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Where the idea comes from</h2>"
                 "<p>In the late 1970s and early 1980s, two researchers, James Prochaska and "
                 "Carlo DiClemente, asked a simple question. How do people change a habit, "
                 "with or without help? They first studied people who quit smoking. They saw "
                 "that change did not happen in one jump. People moved through a series of "
                 "steps, and they often went back and forth. Their model is called the "
                 "transtheoretical model. Most people just call it the stages of change.</p>"
                 "<p>SAMHSA, the federal Substance Abuse and Mental Health Services "
                 "Administration, builds a whole guide on this model. That guide is called "
                 "TIP 35, Enhancing Motivation for Change. It was updated in 2019. Much of "
                 "this module draws on it.</p>"
                 "<h2>The five stages</h2>"
                 "<p>Here are the stages, with what you might hear and what tends to help. "
                 "Remember that each stage is about one change at one point in time.</p>"
                 "<ul>"
                 "<li><strong>Precontemplation.</strong> The person is not thinking about "
                 "changing this thing right now. Maybe they do not see a problem. Maybe they "
                 "tried before and lost hope. You might hear: “It's not that bad,” or “Why "
                 "bother, nothing works for me.” What helps: a warm relationship, listening, "
                 "and information only if they want it. Keep the door open.</li>"
                 "<li><strong>Contemplation.</strong> The person sees reasons to change and "
                 "reasons not to. They feel two ways. You might hear: “Part of me wants to "
                 "stop, but…” What helps: explore both sides without pushing, and listen for "
                 "their own reasons.</li>"
                 "<li><strong>Preparation.</strong> The person has decided to act soon and "
                 "is getting ready. You might hear: “I'm going to call the clinic Monday.” "
                 "What helps: talk through options, plan small steps, and think about what "
                 "could get in the way.</li>"
                 "<li><strong>Action.</strong> The person is making the change. You might "
                 "hear: “I've been going to the clinic every day for three weeks.” What "
                 "helps: notice their effort, help solve problems, and link them to "
                 "support.</li>"
                 "<li><strong>Maintenance.</strong> The person is keeping the change going "
                 "and building a life around it. You might hear: “It's become part of my "
                 "routine.” What helps: plan for hard times, build recovery capital, and "
                 "celebrate growth.</li>"
                 "</ul>"
                 "<p>Some versions add a stage after maintenance, and many describe "
                 "<strong>recurrence</strong>, when a person goes back to an old pattern. "
                 "TIP 35 treats recurrence as a normal part of the cycle. People then "
                 "usually come back in at contemplation or preparation, often knowing more "
                 "about what they need. Lesson 5 of this module is about that.</p>"),
                ("callout", {
                    "title": "A way to listen, not a label",
                    "text": (
                        "A stage describes where a person is with one change today. It is "
                        "not who they are. Never call someone “a precontemplator” or write it "
                        "in a note as a judgment. Use the stages to choose how you listen."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Why “label” is the wrong use</h2>"
                 "<p>Models like this can be misused. Some programs have told people to "
                 "“come back when you're ready.” Some staff use a stage to explain why they "
                 "gave up on someone. That is the opposite of what the model teaches. The "
                 "point of knowing the stage is to meet the person there, not to leave them "
                 "there.</p>"
                 "<p>Here are three habits that keep the stages a listening tool:</p>"
                 "<ul>"
                 "<li><strong>Ask about one change at a time.</strong> A person can be in a "
                 "different stage for each part of their life. Carlos, 41, is in action "
                 "with his opioid use. He has been on buprenorphine for a year. He is in "
                 "contemplation about smoking. He is in precontemplation about his "
                 "drinking on weekends. All of that is true at once.</li>"
                 "<li><strong>Expect movement.</strong> Stages are not a ladder that people "
                 "climb once. People move forward, slide back and move forward again. A "
                 "stage you heard last month may not be true today.</li>"
                 "<li><strong>Let the person name it.</strong> Instead of deciding their "
                 "stage, ask. “Where are you with this right now? Thinking about it? "
                 "Getting ready? Already doing it?” People often know.</li>"
                 "</ul>"
                 "<h2>Medication is action</h2>"
                 "<p>In medication-assisted recovery, one kind of misuse shows up often. "
                 "Someone says a person on methadone is “not really in recovery yet” or "
                 "“still in precontemplation” because they take a medicine. That is wrong. "
                 "Starting and staying on methadone or buprenorphine is action. Staying on "
                 "it for years can be maintenance. Nobody has to stop a prescribed "
                 "medication to count as being in recovery.</p>"
                 "<p>The stages can still help a person on medication. They may be in "
                 "action with opioids and in contemplation about something else that "
                 "matters to them: going back to school, leaving a harmful relationship, "
                 "treating their hepatitis C, or getting back in touch with a son. The "
                 "model helps you hear where they are with each one.</p>"
                 "<h2>Listening for the stage in real talk</h2>"
                 "<p>People rarely announce their stage. You hear it in their words. Here "
                 "are some short examples from the kinds of places where coaches work.</p>"
                 "<ul>"
                 "<li>At an opioid treatment program, Darnell, 34, says: “I know I should "
                 "stop the pills I buy on the side, but they're the only thing that helps "
                 "me sleep.” He feels two ways. That sounds like contemplation.</li>"
                 "<li>At a peer center, Mrs. Nguyen, 58, says: “My daughter says I drink "
                 "too much. She worries about everything.” She does not see a problem yet. "
                 "That sounds like precontemplation.</li>"
                 "<li>In a recovery house, Tanya, 29, says: “I wrote down three programs "
                 "that take my insurance. Can you help me call them?” She is getting ready. "
                 "That sounds like preparation.</li>"
                 "<li>After release from jail, Luis, 45, says: “I got my first dose the day "
                 "I got out, and I haven't missed a day.” He is in action.</li>"
                 "</ul>"
                 "<p>Notice that each of these is a guess. You check it by reflecting back "
                 "what you heard and seeing if the person agrees.</p>"
                 "<h2>Matching what you do to where the person is</h2>"
                 "<p>The biggest lesson from the stages is simple. When what we offer does "
                 "not fit where the person is, it backfires. If you push an action plan on "
                 "someone who is not sure they want to change, they will usually push back. "
                 "If you only listen to someone who has already decided, they may feel "
                 "stuck and unhelped.</p>"
                 "<ul>"
                 "<li>With someone not thinking about change: build trust, ask what "
                 "matters to them, and share safety information they welcome. Naloxone "
                 "fits every stage.</li>"
                 "<li>With someone feeling two ways: explore both sides and draw out their "
                 "own reasons.</li>"
                 "<li>With someone getting ready: help them choose a first step that is "
                 "small and real.</li>"
                 "<li>With someone taking action: affirm effort and solve problems "
                 "together.</li>"
                 "<li>With someone keeping it going: plan for stress, grow their supports, "
                 "and notice how far they have come.</li>"
                 "</ul>"
                 "<p>A coach does not need to get the stage exactly right. You need to "
                 "notice when your help and the person's readiness do not match, and "
                 "adjust. When you feel like you are pulling someone along, slow down and "
                 "listen again.</p>"
                 "<h2>Harm reduction fits every stage</h2>"
                 "<p>You do not have to wait for someone to be “ready” before you help them "
                 "stay alive. A person in precontemplation about their use can still carry "
                 "naloxone, avoid using alone and test their drugs with fentanyl test "
                 "strips where they are legal. Module 2 covers these tools. Keeping people alive and connected "
                 "is what makes every later stage possible.</p>"
                 "<h2>Questions that fit each stage</h2>"
                 "<p>Good questions change with the stage. Here are some to keep in your "
                 "pocket. Use your own words.</p>"
                 "<ul>"
                 "<li><strong>Not thinking about change:</strong> “What matters most to you "
                 "right now?” “What, if anything, do other people worry about that you "
                 "don't?” “Would it be OK if I checked in with you next week?”</li>"
                 "<li><strong>Feeling two ways:</strong> “What do you like about how things "
                 "are? What do you not like so much?” “If you did decide to change, what "
                 "would be the first sign?”</li>"
                 "<li><strong>Getting ready:</strong> “What have you tried before, and what "
                 "worked?” “What is one step you could take this week?” “Who could help?”</li>"
                 "<li><strong>Taking action:</strong> “What has been harder than you "
                 "expected?” “What are you proud of so far?”</li>"
                 "<li><strong>Keeping it going:</strong> “What might shake things up in the "
                 "next few months?” “What do you want to build next?”</li>"
                 "</ul>"
                 "<p>Notice that none of these questions tells the person what to do. Each "
                 "one invites them to think and speak. When people hear themselves say what "
                 "they want, they tend to move toward it. That idea is the bridge to the "
                 "next lesson.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a change you made in your own life, big or small. Which "
                        "stages can you see in how it went? Did you go back and forth? What "
                        "did someone do that helped you move, and what did someone do that "
                        "made it harder?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "ambivalence-change-talk-and-sustain-talk",
            "title": "Ambivalence, change talk and sustain talk",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Feeling two ways is normal</h2>"
                 "<p><strong>Ambivalence</strong> means feeling two ways about something at "
                 "the same time. It is one of the most normal things about being human. "
                 "Think about going to the gym, ending a relationship, or quitting "
                 "cigarettes. Part of you wants to. Part of you does not. Both parts are "
                 "real.</p>"
                 "<p>For a long time, people in treatment were told that feeling two ways "
                 "meant they were “in denial” or “not serious.” That idea did a lot of "
                 "harm. TIP 35 says the opposite. Ambivalence is a normal step on the way "
                 "to change. It is often a sign that change has started. But people can "
                 "stay stuck in it for a long time, and that is where a coach can help.</p>"
                 "<h2>The urge to fix things</h2>"
                 "<p>When we care about someone, we want to fix things for them. The makers "
                 "of motivational interviewing, William Miller and Stephen Rollnick, call "
                 "this the <strong>righting reflex</strong>. It sounds like: “You need "
                 "to…”, “Why don't you just…”, or “Here's what worked for me.”</p>"
                 "<p>Here is the problem. When a person feels two ways and we argue for one "
                 "side, they usually argue for the other side. And as they hear themselves "
                 "give reasons not to change, those reasons get stronger. Without meaning "
                 "to, we can talk someone out of the change we hoped for.</p>"
                 "<p>Peers feel the righting reflex strongly. We have been there, and we "
                 "know what helped us. That is a gift, but it can also lead us to push. The "
                 "skill is to hold back our fix and help the person find their own.</p>"
                 "<h2>Change talk</h2>"
                 "<p><strong>Change talk</strong> is anything a person says that leans "
                 "toward change. Research on motivational interviewing finds that when "
                 "people voice more change talk, they are more likely to change. So a "
                 "coach listens for it and helps it grow. A common way to remember the "
                 "kinds of change talk is DARN CAT.</p>"
                 "<p>The first four are about wanting and reasons. They come before a "
                 "decision:</p>"
                 "<ul>"
                 "<li><strong>Desire:</strong> “I want to get my kids back.” “I wish I "
                 "didn't have to think about using all day.”</li>"
                 "<li><strong>Ability:</strong> “I could make the morning dosing window if "
                 "I took the early bus.” “I did it before.”</li>"
                 "<li><strong>Reasons:</strong> “If I stopped, I'd have money for rent.” "
                 "“My grandson looks up to me.”</li>"
                 "<li><strong>Need:</strong> “I have to do something.” “I can't keep "
                 "living like this.”</li>"
                 "</ul>"
                 "<p>The last three show a decision taking shape:</p>"
                 "<ul>"
                 "<li><strong>Commitment:</strong> “I'm going to call the program "
                 "tomorrow.” “I will.”</li>"
                 "<li><strong>Activation:</strong> “I'm ready to try.” “I'm willing to go "
                 "to a group.”</li>"
                 "<li><strong>Taking steps:</strong> “I threw out the number of the guy I "
                 "used to buy from.” “I went to the intake yesterday.”</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Listen for the person's own words",
                    "text": (
                        "People are more likely to act on reasons they say out loud than on "
                        "reasons someone gives them. Your job is to help them hear "
                        "themselves."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Sustain talk</h2>"
                 "<p><strong>Sustain talk</strong> is the other side. It is anything the "
                 "person says in favor of keeping things as they are. It has the same "
                 "kinds as change talk:</p>"
                 "<ul>"
                 "<li>“I like how it makes me feel.” (desire)</li>"
                 "<li>“I can't get through the day without it.” (ability)</li>"
                 "<li>“It's the only thing that helps my back pain.” (reason)</li>"
                 "<li>“I need it to deal with my ex.” (need)</li>"
                 "<li>“I'm not going to stop, so don't ask.” (commitment)</li>"
                 "</ul>"
                 "<p>Sustain talk is not bad behavior. It is the honest other half of "
                 "feeling two ways. Older books called it “resistance” and blamed the "
                 "person. In the 2013 edition of their book, Miller and Rollnick stopped "
                 "using that word. They split it into two things. Sustain talk is about "
                 "the change. <strong>Discord</strong> is about the relationship between "
                 "you and the person. Lesson 3 covers discord.</p>"
                 "<h2>What to do with change talk</h2>"
                 "<p>Module 4 taught open questions, affirmations, reflections and "
                 "summaries. Here you aim those skills at change talk.</p>"
                 "<ul>"
                 "<li><strong>Ask for it.</strong> “What would be better if you made this "
                 "change?” “What worries you about how things are now?”</li>"
                 "<li><strong>Reflect it.</strong> When you hear change talk, say it back. "
                 "Person: “I hate that my daughter sees me like this.” Coach: “Being a good "
                 "example for her really matters to you.”</li>"
                 "<li><strong>Ask for more.</strong> “Tell me more about that.” “What "
                 "else?” “Say more about what that would look like.”</li>"
                 "<li><strong>Affirm it.</strong> Name a strength you see. “You've thought "
                 "about this a lot.”</li>"
                 "<li><strong>Gather it.</strong> Every so often, sum up the change talk "
                 "you heard, like picking flowers for a bouquet. “So you want to be there "
                 "for your daughter, you're tired of the money going out, and you got "
                 "through a hard month last spring. What do you make of that?”</li>"
                 "</ul>"
                 "<h2>What to do with sustain talk</h2>"
                 "<p>Do not argue with it. Do not ignore it either. People know when they "
                 "are not heard.</p>"
                 "<ul>"
                 "<li><strong>Reflect it simply.</strong> “Right now it feels like the only "
                 "thing that helps you sleep.”</li>"
                 "<li><strong>Use a two-sided reflection.</strong> Put both sides together, "
                 "and end on the change side. “On one hand, it helps you sleep. On the "
                 "other hand, you're worried about what the pills are doing to your "
                 "memory.” Use “and” or “on the other hand” rather than “but,” which can "
                 "cancel what came before.</li>"
                 "<li><strong>Move on gently.</strong> You do not have to explore every "
                 "reason not to change. TIP 35 suggests reflecting sustain talk briefly "
                 "and spending more time on change talk.</li>"
                 "</ul>"
                 "<h2>Two simple rulers</h2>"
                 "<p>Rulers help people put feelings into words. They take a minute and "
                 "they often open up change talk.</p>"
                 "<ul>"
                 "<li><strong>Importance:</strong> “On a scale from 0 to 10, how important "
                 "is this change to you right now?”</li>"
                 "<li><strong>Confidence:</strong> “On the same scale, how confident are you "
                 "that you could do it if you decided to?”</li>"
                 "</ul>"
                 "<p>Then ask two follow-up questions. First: “Why a 4 and not a 1?” This "
                 "invites the person to say why it matters. Do not ask “Why only a 4?” "
                 "That invites sustain talk. Second: “What would it take to move you from "
                 "a 4 to a 5?” This invites ideas for a next step.</p>"
                 "<h2>A short example</h2>"
                 "<p>Jasmine, 26, is on methadone at a clinic in a small city. She has been "
                 "using cocaine with friends on weekends.</p>"
                 "<p>Jasmine: “It's just weekends. Everybody does it. But my counselor keeps "
                 "bringing it up.”</p>"
                 "<p>Coach: “It feels like people are making a big deal out of something "
                 "that feels small to you.” (simple reflection)</p>"
                 "<p>Jasmine: “Yeah. I mean, Mondays are rough. I missed work twice last "
                 "month.”</p>"
                 "<p>Coach: “The weekends are fun, and Mondays are costing you.” "
                 "(two-sided reflection, ending with change talk)</p>"
                 "<p>Jasmine: “I can't lose this job. It's the first one I've had in two "
                 "years.”</p>"
                 "<p>Coach: “This job means a lot to you. Tell me more about what it's "
                 "given you.” (reflect and ask for more)</p>"
                 "<p>The coach never said cocaine was a problem. Jasmine named the cost "
                 "herself. The coach also did not bring up her methadone as leverage. Her "
                 "medication is not a reward to be earned. What she does about cocaine is "
                 "her choice, and the coach stays curious about it.</p>"
                 "<h2>More ways to draw out change talk</h2>"
                 "<p>Sometimes a person does not say much. Here are other ways to invite "
                 "change talk. Use them gently, one at a time.</p>"
                 "<ul>"
                 "<li><strong>Looking back:</strong> “What was your life like before this "
                 "became a problem?” Many people remember strengths they forgot they "
                 "had.</li>"
                 "<li><strong>Looking forward:</strong> “If things went the way you wanted, "
                 "what would your life look like a year from now?” “And if nothing "
                 "changed?”</li>"
                 "<li><strong>Values:</strong> “What matters most to you in life?” Then: "
                 "“How does your use fit with that?” Values like family, faith, work or "
                 "freedom often hold strong reasons.</li>"
                 "<li><strong>The best and worst:</strong> “What is the worst thing that "
                 "could happen if you keep going like this?” “What is the best thing that "
                 "could happen if you changed?”</li>"
                 "</ul>"
                 "<p>After any of these, listen and reflect. The point is not to win an "
                 "argument with a clever question. The point is to give the person room to "
                 "hear their own reasons, in their own words, at their own pace.</p>"
                 "<p>One more caution. Never use change talk against someone later. "
                 "“Last week you said you wanted to stop, so why didn't you?” turns their "
                 "honesty into a trap. Feeling two ways means some days the other side will "
                 "be louder. That is normal. Just listen again.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Marcus says: “I could probably get to the clinic before work if "
                            "my cousin gives me a ride.” What kind of talk is this?"
                        ),
                        "choices": [
                            ("Change talk: ability", True),
                            ("Sustain talk: reason", False),
                            ("Discord", False),
                        ],
                        "explanation": (
                            "“I could” is a sign of ability, one of the kinds of change talk. "
                            "Reflect it and ask for more."
                        ),
                    },
                    {
                        "prompt": (
                            "A person rates how important a change is as a 3 out of 10. "
                            "Which follow-up question is most likely to draw out change talk?"
                        ),
                        "choices": [
                            ("“Why a 3 and not a 0?”", True),
                            ("“Why only a 3?”", False),
                            ("“Shouldn't it be higher than that?”", False),
                        ],
                        "explanation": (
                            "Asking why the number is not lower invites the person to say why "
                            "the change matters. Asking why it is not higher invites reasons "
                            "not to change."
                        ),
                    },
                    {
                        "prompt": (
                            "A person says: “I like how it relaxes me, and I'm scared of what "
                            "it's doing to my liver.” Which response fits best?"
                        ),
                        "choices": [
                            ("“It relaxes you, and you're scared about your liver.”", True),
                            ("“You need to think about your liver first.”", False),
                            ("“Relaxing isn't worth it.”", False),
                        ],
                        "explanation": (
                            "A two-sided reflection honors both sides and ends on the side "
                            "that leans toward change, without arguing."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "a-motivational-approach",
            "title": "The spirit of motivational interviewing and rolling with discord",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>What motivational interviewing is</h2>"
                 "<p>Motivational interviewing, or MI, was developed by William Miller and "
                 "Stephen Rollnick. It grew out of work with people who had problems with "
                 "alcohol. In plain words, MI is a way of talking together that helps a "
                 "person find and grow their own reasons to change. It is not a trick to "
                 "get people to do what we want.</p>"
                 "<p>Full MI takes real training, practice and coaching with feedback. This "
                 "module does not make you an MI practitioner. But the heart of MI fits "
                 "peer work very well. Peers already work alongside people, not above them. "
                 "MI gives names and skills to what good peers do.</p>"
                 "<h2>The spirit of MI</h2>"
                 "<p>Miller and Rollnick say MI is more about a way of being with people "
                 "than about technique. They call this the <strong>spirit</strong> of MI. "
                 "In the newest edition of their book, published in 2023, the spirit has "
                 "four parts: <strong>partnership, acceptance, compassion and "
                 "empowerment</strong>. Older trainings may list “evocation” in place of "
                 "empowerment. Drawing out the person's own ideas is still central to MI. "
                 "The 2023 word puts the weight on the person's own strengths.</p>"
                 "<h3>Partnership</h3>"
                 "<p>You and the person are two experts working together. You know about "
                 "recovery and resources. They know their own life, better than anyone. "
                 "Partnership means you do things with the person, not to them or for "
                 "them. In practice, it sounds like: “What do you want to focus on today?” "
                 "and “Would it help if I shared what some people have tried?”</p>"
                 "<h3>Acceptance</h3>"
                 "<p>Acceptance does not mean you approve of everything. It means four "
                 "things. You respect the person's worth as a human being, no matter what. "
                 "You work hard to understand how things look from where they stand. You "
                 "respect their right to make their own choices. And you notice and name "
                 "their strengths. At an opioid treatment program, acceptance might mean "
                 "greeting a man warmly on the day he tests positive, the same as any other "
                 "day.</p>"
                 "<h3>Compassion</h3>"
                 "<p>Compassion means you are working for the person's good, not for your "
                 "own needs or the program's numbers. It is not only a feeling. It shows in "
                 "what you do. You put their wellbeing first, even when that is not "
                 "convenient.</p>"
                 "<h3>Empowerment</h3>"
                 "<p>The 2023 edition describes empowerment as helping people see and use "
                 "their own strengths and abilities. You are not handing them something they "
                 "lack. You are helping them notice what they already have. “You got "
                 "yourself to intake on a day when you had no bus fare. How did you do "
                 "that?” Empowerment also respects choice. The person is in charge of their "
                 "life and their recovery.</p>"),
                ("callout", {
                    "title": "Spirit first, skills second",
                    "text": (
                        "If you use MI skills without the spirit, people feel handled. If "
                        "you bring the spirit, small mistakes in technique matter much less."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Four parts of an MI conversation</h2>"
                 "<p>MI describes four parts of a helping conversation. TIP 35 calls them "
                 "the four processes. They overlap, and you often go back to an earlier "
                 "one.</p>"
                 "<ul>"
                 "<li><strong>Engaging:</strong> building trust and a working "
                 "relationship. Nothing else works without it.</li>"
                 "<li><strong>Focusing:</strong> agreeing on what to talk about. The person "
                 "leads. You may offer ideas.</li>"
                 "<li><strong>Evoking:</strong> drawing out the person's own reasons and "
                 "ideas for change. This is where change talk grows.</li>"
                 "<li><strong>Planning:</strong> when the person is ready, working out the "
                 "steps together.</li>"
                 "</ul>"
                 "<p>A common mistake is to jump to planning too soon. If a plan falls "
                 "flat, go back. Maybe you skipped engaging, or you focused on your goal "
                 "instead of theirs.</p>"
                 "<h2>What discord is</h2>"
                 "<p><strong>Discord</strong> is a strain in the relationship between you "
                 "and the person. Sustain talk is about the change. Discord is about you. "
                 "You can hear discord when a person:</p>"
                 "<ul>"
                 "<li>argues with you or pushes back hard: “You don't know what you're "
                 "talking about.”</li>"
                 "<li>cuts you off or talks over you;</li>"
                 "<li>brushes you off or stops responding;</li>"
                 "<li>says you are on the other side: “You're just like the rest of "
                 "them.”</li>"
                 "</ul>"
                 "<p>Discord is not a sign that someone is difficult. It is a signal about "
                 "the conversation. It often rises when we push, label, lecture, rush, "
                 "take sides, or act like an expert who knows best. It can also come from "
                 "what the person has lived through. Many people on medication have been "
                 "judged by staff, family and even recovery groups. When you walk in, they "
                 "may expect more of the same.</p>"
                 "<h2>Rolling with discord</h2>"
                 "<p>Early MI called this “rolling with resistance.” The idea is the same. "
                 "When you feel pushback, do not push harder. Step back, step alongside, "
                 "and lower the heat. Here are tools that help.</p>"
                 "<ul>"
                 "<li><strong>Reflect what you hear.</strong> “You're tired of people "
                 "telling you what to do.” A simple, calm reflection is often enough.</li>"
                 "<li><strong>Apologize when it fits.</strong> “I'm sorry. I got ahead of "
                 "you there.” An apology costs nothing and repairs a lot.</li>"
                 "<li><strong>Stress their choice.</strong> “It's your call. I'm not here "
                 "to make you do anything.” And mean it.</li>"
                 "<li><strong>Affirm.</strong> “You've had to stand up for yourself a lot. "
                 "That took strength.”</li>"
                 "<li><strong>Shift the focus.</strong> “We don't have to talk about that "
                 "today. What's on your mind?”</li>"
                 "<li><strong>Clear up your role.</strong> “I'm a peer. I don't report your "
                 "test results, and I don't decide your dose. I'm here for you.” Say this "
                 "only if it is true in your program.</li>"
                 "</ul>"
                 "<p>Some trainers teach an <strong>amplified reflection</strong>, where "
                 "you say the person's point a little stronger than they did. Done gently, "
                 "it can help a person hear their own words. Done with an edge, it sounds "
                 "like sarcasm and makes discord worse. Use it with care, or not at "
                 "all.</p>"
                 "<h2>An example of rolling with discord</h2>"
                 "<p>Mr. Begay, 61, lives two hours from the nearest clinic. He gets "
                 "buprenorphine by telehealth and picks it up at a pharmacy in town. A new "
                 "coach meets him at the peer center.</p>"
                 "<p>Coach: “Have you thought about going to some meetings?”</p>"
                 "<p>Mr. Begay: “I went to one. They told me I wasn't clean because of my "
                 "medicine. I'm not doing that again. You people are all the same.”</p>"
                 "<p>Coach: “That sounds like it really hurt. You were told your recovery "
                 "doesn't count.” (reflection)</p>"
                 "<p>Mr. Begay: “Yeah. Twelve years sober from the needle, and they look at "
                 "me like that.”</p>"
                 "<p>Coach: “I'm sorry I jumped to meetings before I asked what you want. "
                 "Twelve years is a lot of strength. What would be useful to you right "
                 "now?” (apology, affirmation, shift the focus to his goals)</p>"
                 "<p>The coach did not defend the meeting or argue. Later, Mr. Begay might "
                 "want to hear about groups that welcome people on medication. That is his "
                 "choice, in his time.</p>"
                 "<h2>When discord is about safety</h2>"
                 "<p>Rolling with discord does not mean putting up with threats or "
                 "violence. If a person becomes threatening, your safety comes first. "
                 "Follow your program's safety plan, step away, and talk to your "
                 "supervisor. Discord that is just strong feeling is normal. Danger is "
                 "different.</p>"
                 "<h2>Sharing information the MI way</h2>"
                 "<p>Coaches often have useful information: where to get naloxone, which "
                 "groups welcome people on medication, how a benefit works. MI does not ask "
                 "you to hide what you know. It asks you to share it in a way that keeps the "
                 "person in charge. A simple pattern is <strong>ask, offer, ask</strong>.</p>"
                 "<ul>"
                 "<li><strong>Ask</strong> what they already know, and ask permission. "
                 "“What have you heard about groups for people on medication? Would it help "
                 "if I told you about a couple?”</li>"
                 "<li><strong>Offer</strong> the information in small, plain pieces. Leave "
                 "out what you think they should do with it. “There is a group on Tuesday "
                 "nights at the library. People there talk openly about methadone.”</li>"
                 "<li><strong>Ask</strong> what they make of it. “What do you think? Does "
                 "any of that fit for you?”</li>"
                 "</ul>"
                 "<p>This pattern respects partnership and choice. It also keeps you from "
                 "giving a lecture. If the person says no thanks, that is fine. You can "
                 "offer again another day.</p>"
                 "<p>Remember the limits of the peer role. Information about a medical "
                 "question, like a dose, a side effect, or whether to start or stop a "
                 "medicine, belongs with the prescriber. Your offer in that case is to help "
                 "the person ask it.</p>"),
                ("scenario", {
                    "title": "“You're just like the rest of them”",
                    "situation": (
                        "Keisha, 27, is pregnant and has taken buprenorphine for eight "
                        "months. You meet her at the peer center after her prenatal visit. "
                        "When you ask how the visit went, she snaps: “Why do you care? My "
                        "mom says I'm hurting the baby. The nurse looked at me funny. You're "
                        "just like the rest of them.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Reflect what she is feeling: “It sounds like you've been "
                                "judged all day, and you're bracing for more from me.”"
                            ),
                            "feedback": (
                                "This is rolling with discord. A calm reflection shows you "
                                "heard her and lowers the heat. It does not argue or defend."
                            ),
                            "best": True,
                            "next": (
                                "Keisha's shoulders drop a little. She says: “My mom keeps "
                                "telling me to stop the medicine before the baby comes. I "
                                "don't know what to do.”"
                            ),
                        },
                        {
                            "text": (
                                "Tell her you are not like the others because you are in "
                                "recovery too."
                            ),
                            "feedback": (
                                "It is natural to want to defend yourself, but this puts the "
                                "focus on you. It can feel like an argument. Reflect first; "
                                "share your story later, if it helps her."
                            ),
                            "best": False,
                            "next": (
                                "Keisha rolls her eyes. “Everybody says that.” She is still "
                                "guarded, but she does not leave. After a pause she says her "
                                "mom wants her to stop the medicine before the baby comes."
                            ),
                        },
                        {
                            "text": (
                                "Tell her that her mom is wrong and buprenorphine is safe in "
                                "pregnancy."
                            ),
                            "feedback": (
                                "You jumped to facts before she felt heard, and you took "
                                "sides against her mother. Medical questions also belong "
                                "with her prescriber and her prenatal care team."
                            ),
                            "best": False,
                            "next": (
                                "Keisha says, “Great, now you're telling me what to think "
                                "too.” After a moment she says she does not know what to do "
                                "about her mom's pressure to stop the medicine."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Keisha says her mom wants her to stop the medicine before the "
                            "baby comes, and she does not know what to do. What is your "
                            "next step?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Ask what she wants and what questions she has, then "
                                    "offer to help her write them down to bring to her "
                                    "prescriber and prenatal team."
                                ),
                                "feedback": (
                                    "This keeps her in charge and keeps medical decisions "
                                    "with her care team. Writing the questions down helps "
                                    "her speak up at her next visit."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Tell her stopping now would be a bad idea and she "
                                    "should stay on it."
                                ),
                                "feedback": (
                                    "Even if you mean well, this is medical advice about "
                                    "starting or stopping a medicine. A coach does not give "
                                    "it. Help her take the question to her prescriber."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Offer to call her mom and explain medication-assisted "
                                    "recovery."
                                ),
                                "feedback": (
                                    "Talking to family needs her clear consent and should "
                                    "come from what she wants. Offering family education "
                                    "materials or a joint talk can come later, if she asks."
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
            "slug": "supporting-the-persons-own-goals",
            "title": "Supporting a person's own goals, including goals about medication",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Whose goal is it?</h2>"
                 "<p>SAMHSA's guiding principles say recovery is <strong>person-"
                 "driven</strong>. The person sets their own goals and chooses their own "
                 "path. SAMHSA's core competencies for peer workers say the same thing "
                 "another way. Peer workers do not dictate what services a person gets or "
                 "what goes in their recovery plan. The person directs the work.</p>"
                 "<p>This sounds simple. In practice it is hard. We all have ideas about "
                 "what someone “should” want. Family, programs, courts and employers have "
                 "ideas too. A coach's job is to help the person name their own goals, "
                 "make them clear, and move toward them. It is not to slip our goals in "
                 "through the back door.</p>"
                 "<h2>Three questions that keep goals the person's own</h2>"
                 "<ul>"
                 "<li>“What do you want?” Ask it often. Then wait. Silence is fine.</li>"
                 "<li>“Why does that matter to you?” The answer is their change talk. It "
                 "will carry them on hard days.</li>"
                 "<li>“Who else wants this for you, and how do you feel about that?” This "
                 "helps you hear when a goal is really someone else's.</li>"
                 "</ul>"
                 "<p>A goal can be about anything: housing, a job, a GED, fishing again, "
                 "getting a driver's license back, seeing a daughter on weekends. It does "
                 "not have to be about substances at all. Module 6 shows how to turn goals "
                 "into a written plan.</p>"
                 "<h2>Goals about medication</h2>"
                 "<p>People in medication-assisted recovery often have goals about the "
                 "medicine itself. Some want to stay on it for as long as it helps, maybe "
                 "for life. Some want to switch from one medication to another. Some want "
                 "to ask their prescriber whether their dose still fits. Some want to "
                 "taper, which means slowly lowering the dose, and some want to stop.</p>"
                 "<p>Every one of these is the person's decision, made with their "
                 "prescriber. SAMHSA's TIP 63 describes treatment as shared decision-"
                 "making between the patient and the prescriber. The coach is not part of "
                 "that medical decision. But the coach can help a great deal with "
                 "everything around it.</p>"
                 "<p>The MAT course covers how each medicine works and how to help a person "
                 "describe what they feel to their prescriber. Here we focus on the "
                 "motivation side: how to listen and support without steering.</p>"),
                ("callout", {
                    "title": "Not your call, either way",
                    "text": (
                        "A coach never tells someone it is time to taper, too soon to "
                        "taper, or that they should stay on or come off a medicine. You help "
                        "the person think it through and bring it to their prescriber."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>When someone wants to stay on medication</h2>"
                 "<p>People who want to stay on methadone or buprenorphine often face "
                 "pressure to stop. A parent asks, “When are you getting off that stuff?” "
                 "A group says they are not really in recovery. A boss or a judge hints "
                 "that stopping would look good. Over time, that pressure can wear a "
                 "person down.</p>"
                 "<p>A coach can help by affirming the choice. Staying on medication is "
                 "recovery. A research review published in 2021 found that many people do "
                 "best on long-term medication, and that stopping brings real risks. There "
                 "is no set end date. You can help the person find words for the people "
                 "who pressure them, if they want that. And you can connect them with "
                 "others who are proud of their long-term recovery on medication.</p>"
                 "<h2>When someone wants to taper or stop</h2>"
                 "<p>Other people want to come off. That is also a valid goal. Some have "
                 "been stable for years and feel ready. Some are tired of daily dosing or "
                 "the cost. Some want to prove something to themselves. A good coach does "
                 "not treat a taper as “graduation,” and does not treat it as a betrayal "
                 "either.</p>"
                 "<p>Use your MI skills to explore the goal with curiosity:</p>"
                 "<ul>"
                 "<li><strong>What is drawing you to this?</strong> Listen for the "
                 "person's own reasons, and for outside pressure.</li>"
                 "<li><strong>What would be different for you?</strong> Help them picture "
                 "the life they want.</li>"
                 "<li><strong>What supports do you have in place?</strong> The 2021 review "
                 "suggests people think about their recovery capital: housing, people, "
                 "work, coping skills, health. Module 6 teaches how to map it.</li>"
                 "<li><strong>What questions do you have for your prescriber?</strong> Help "
                 "them write the questions down.</li>"
                 "<li><strong>What would you want to do if it gets hard?</strong> Many "
                 "people build a plan with their prescriber for what to do if cravings or "
                 "withdrawal get strong. Going back up, or back on, is not failure. The "
                 "door stays open.</li>"
                 "</ul>"
                 "<h2>Safety is part of the plan</h2>"
                 "<p>There is one fact every person who lowers or stops an opioid "
                 "medication should know. Tolerance drops when a person takes less opioid. "
                 "If they use again, an amount they once handled can now cause an "
                 "overdose. SAMHSA's overdose toolkit names lower tolerance after a break "
                 "from use as a key risk. This is not a reason to talk someone out of "
                 "their goal. It is a reason to make sure naloxone is in their plan, and "
                 "that people around them know how to use it.</p>"
                 "<h2>When the goal is really pressure</h2>"
                 "<p>Sometimes you explore a taper goal and hear that it is not the "
                 "person's goal at all. “My probation officer says I should.” “My "
                 "landlord at the recovery house won't let me stay on it.” “The clinic "
                 "says I have to because I missed payments.”</p>"
                 "<p>Reflect what you hear: “So this is coming from your probation officer "
                 "more than from you.” Then ask what they want to do. They may have rights "
                 "they do not know about. Modules 7 and 8 cover rights under the Americans "
                 "with Disabilities Act, patients' rights in treatment programs, and "
                 "medication in the justice system and recovery housing. A person facing "
                 "a taper they did not choose deserves support to speak up.</p>"
                 "<h2>Your own story stays yours</h2>"
                 "<p>Many coaches have their own history with medication. Some stayed on. "
                 "Some tapered. Some did not use medication at all. Your story can give "
                 "hope, and Module 4 covered how to share it with care. But be careful "
                 "with medication choices. “I tapered and it was the best thing I ever "
                 "did” can sound like advice. So can “I tried to come off and it nearly "
                 "killed me.” If you share, share what you learned about deciding, not "
                 "what they should decide.</p>"
                 "<h2>A worked example</h2>"
                 "<p>Mr. Harold Jenkins, 66, has been on methadone for twenty years. His "
                 "grandkids live three states away.</p>"
                 "<p>Mr. Jenkins: “I want to get off this stuff so I can visit my grandkids "
                 "without worrying about the clinic.”</p>"
                 "<p>Coach: “Seeing your grandkids is a big part of this.” (reflection)</p>"
                 "<p>Mr. Jenkins: “They're growing up without me. But I'm scared. Twenty "
                 "years is a long time.”</p>"
                 "<p>Coach: “You want to be with them, and you're scared of what coming off "
                 "could mean after so long.” (two-sided reflection)</p>"
                 "<p>Mr. Jenkins: “Exactly.”</p>"
                 "<p>Coach: “Would it help to write down the questions you have for your "
                 "doctor? One might be about other ways to handle travel, like take-homes "
                 "or guest dosing. Another might be about tapering. Your doctor can talk "
                 "through both.”</p>"
                 "<p>The coach did not say whether tapering was wise. The coach helped "
                 "Mr. Jenkins see that his real goal was time with family. He now has "
                 "more than one path to bring to his prescriber. The MAT course covers "
                 "take-homes and guest dosing.</p>"
                 "<h2>Helping someone get ready for a prescriber visit</h2>"
                 "<p>Many people freeze in a medical visit. It is short, they feel judged, "
                 "or they forget what they meant to say. A coach can help them prepare, "
                 "whatever their goal is.</p>"
                 "<ul>"
                 "<li><strong>Name the goal in one sentence.</strong> “I want to talk about "
                 "whether a taper might fit me,” or “I want to stay on my medicine, and I "
                 "need help with my family's pressure.”</li>"
                 "<li><strong>List the questions.</strong> Write them on paper or in a "
                 "phone. Put the most important one first.</li>"
                 "<li><strong>Describe, don't diagnose.</strong> Help them say what they "
                 "notice, like “I feel sick by late afternoon,” rather than what they think "
                 "the fix is.</li>"
                 "<li><strong>Plan how to take notes.</strong> Some people bring a trusted "
                 "person, with their prescriber's OK. Some write answers down right "
                 "away.</li>"
                 "<li><strong>Debrief after.</strong> “How did it go? What did you decide? "
                 "What do you need from me now?”</li>"
                 "</ul>"
                 "<p>This is support, not advice. The person walks in with their own goal "
                 "and their own words. You help them use both.</p>"),
                ("reflection", {
                    "prompt": (
                        "What do you believe about how long people should stay on "
                        "medication? Where did that belief come from? Describe how you will "
                        "keep your own view from steering someone whose choice is different "
                        "from yours."
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "meeting-people-where-they-are",
            "title": "Return to use: part of many recoveries, not a failure",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Return to use is common</h2>"
                 "<p>Many people in recovery use again at some point. This is sometimes "
                 "called relapse. In this course we say <strong>return to use</strong> or "
                 "<strong>recurrence</strong>, because “relapse” often carries shame.</p>"
                 "<p>The National Institute on Drug Abuse, or NIDA, compares substance use "
                 "disorders with other long-term health conditions like high blood "
                 "pressure, diabetes and asthma. With all of them, symptoms often come "
                 "back, and people often find it hard to stick with treatment. NIDA's "
                 "point is that a return of symptoms is a signal to renew or adjust care, "
                 "not proof that treatment failed or the person is hopeless.</p>"
                 "<p>There is hopeful news too. A 2019 national survey asked adults who had "
                 "resolved a serious alcohol or drug problem how many serious tries it "
                 "took. For half of them, it took two serious tries or fewer. Some people "
                 "needed many more. The lesson for coaches is not to write anyone off. "
                 "Some people find their way on the first try. Some need many. Both are "
                 "normal.</p>"
                 "<h2>How the stages see it</h2>"
                 "<p>In the stages of change, a return to use is part of the cycle. TIP 35 "
                 "calls it recurrence. Most people do not go all the way back to the "
                 "start. They usually come back in at contemplation or preparation. They "
                 "often know more than before about their triggers and what helps. A "
                 "return to use can be a turning point, if people around them respond "
                 "well.</p>"
                 "<h2>Safety first</h2>"
                 "<p>After a return to use, the first question is not why. It is whether "
                 "the person is safe. Overdose risk is highest when:</p>"
                 "<ul>"
                 "<li>tolerance is lower, after a break from use, a taper, a stay in jail, "
                 "a hospital or a residential program;</li>"
                 "<li>the drug supply has fentanyl or other strong substances in it;</li>"
                 "<li>opioids are mixed with alcohol, benzodiazepines or other drugs that "
                 "slow breathing;</li>"
                 "<li>the person uses alone.</li>"
                 "</ul>"
                 "<p>So you check in plainly. “Are you safe right now? Do you have naloxone? "
                 "Is anyone with you when you use?” You offer naloxone and fentanyl test "
                 "strips if your program provides them. You help them get medical care if "
                 "they need it. If anyone is not breathing or will not wake up, you call "
                 "911 and give naloxone. If the person talks about not wanting to live, "
                 "take it seriously and follow your program's crisis plan. They can call "
                 "or text 988. Module 9 covers crisis response.</p>"),
                ("callout", {
                    "title": "The first words matter most",
                    "text": (
                        "When someone tells you they used, start with thanks, not "
                        "judgment: “Thank you for telling me. I'm glad you're here.” Shame "
                        "drives people away from help. Honesty should never cost someone "
                        "your respect."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Return to use while on medication</h2>"
                 "<p>When a person on methadone or buprenorphine uses again, people around "
                 "them often jump to conclusions. “The medication isn't working.” “You "
                 "should just get off it.” “You're not taking it seriously.” None of these "
                 "is the coach's call.</p>"
                 "<p>Often, the best step is to encourage the person to tell their "
                 "prescriber. That is not to get them in trouble. Their care team can only "
                 "adjust care if they know what is going on. A coach can help the person "
                 "describe what happened in their own words: cravings late in the day, "
                 "feeling sick before the next dose, stress at home, or being around old "
                 "friends. The MAT course shows how to help someone describe what they "
                 "feel without judging the dose.</p>"
                 "<p>Some programs respond to positive drug tests with penalties. A coach "
                 "can help the person understand the program's written rules and their "
                 "rights, and can stand with them if they want to ask for a review. Module "
                 "7 covers patients' rights in treatment programs.</p>"
                 "<h2>Exploring what happened, as learning</h2>"
                 "<p>When the person is safe and ready, you can look back together. Use "
                 "the same MI spirit. This is not an investigation. It is two partners "
                 "trying to learn.</p>"
                 "<ul>"
                 "<li>“What was going on in the days before?”</li>"
                 "<li>“What was different from the times you didn't use?”</li>"
                 "<li>“What helped, even a little?”</li>"
                 "<li>“What do you want now?”</li>"
                 "<li>“What would you like to change in your plan, if anything?”</li>"
                 "</ul>"
                 "<p>Listen for change talk. Often it is right there. “I can't go through "
                 "that again.” “I should have called you.” “I need to stay away from my "
                 "cousin's place.” Reflect it and help it grow.</p>"
                 "<p>Also listen for what the person got out of using. Maybe it was relief "
                 "from pain, grief, loneliness or boredom. Those needs are real. A plan "
                 "that ignores them will not hold. The question becomes: “What else could "
                 "meet that need?”</p>"
                 "<h2>Things not to say</h2>"
                 "<ul>"
                 "<li>“You're back to day one.” Counting days can matter to some people. "
                 "But a return to use does not erase months of growth, a job, a home, or "
                 "rebuilt relationships. Many people in medication-assisted recovery "
                 "measure progress by their life, not a day count.</li>"
                 "<li>“You threw it all away.” This is shame, and shame does not help "
                 "anyone change.</li>"
                 "<li>“I'm disappointed in you.” Your feelings are real, but this puts "
                 "your feelings at the center. Take them to supervision.</li>"
                 "<li>“Maybe you're just not ready.” This turns a stage into a label and "
                 "can become a reason to pull away.</li>"
                 "</ul>"
                 "<h2>Things that help</h2>"
                 "<ul>"
                 "<li>“Thank you for telling me.”</li>"
                 "<li>“You're still here, and I'm still here.”</li>"
                 "<li>“What you built is still yours.”</li>"
                 "<li>“What do you need right now?”</li>"
                 "<li>“What would you like to do next?”</li>"
                 "</ul>"
                 "<h2>Meeting people where they are</h2>"
                 "<p>Meeting people where they are does not mean leaving them there. It "
                 "does not mean pretending problems are not real. It means starting from "
                 "the person's own view, keeping them alive and connected, and trusting "
                 "that people can change when they are ready and supported.</p>"
                 "<p>Think of Ana, 38, who works at a restaurant and has been on "
                 "buprenorphine for two years. After her brother died, she used heroin "
                 "twice. She almost did not come back to the peer center because she felt "
                 "ashamed. Her coach greeted her the same way as always. They checked that "
                 "she had naloxone. Ana decided to tell her prescriber and to join a grief "
                 "group. Six months later she said the thing that kept her going was that "
                 "nobody at the center looked at her differently.</p>"
                 "<h2>Taking care of yourself</h2>"
                 "<p>A person's return to use can stir up a coach's own fears. You may "
                 "worry about them. You may feel you failed. You may feel your own "
                 "cravings. All of that is normal. Talk to your supervisor, lean on your "
                 "own supports, and remember that the person's recovery belongs to them. "
                 "You walk beside them, but you do not carry it for them. The Ethics "
                 "course has a full module on the coach's own recovery.</p>"
                 "<h2>Updating the plan together</h2>"
                 "<p>A return to use often shows where a recovery plan needs work. After "
                 "you have talked through what happened, ask the person if they want to "
                 "look at their plan. Module 6 shows how to build one. Here are common "
                 "updates people choose:</p>"
                 "<ul>"
                 "<li>adding a person to call when cravings hit, and practicing the "
                 "call;</li>"
                 "<li>planning for a high-risk day, like a payday, an anniversary of a "
                 "loss, or a visit to an old neighborhood;</li>"
                 "<li>putting naloxone in more places, and teaching a roommate or partner "
                 "to use it;</li>"
                 "<li>bringing questions to the prescriber about how the medicine feels "
                 "through the day;</li>"
                 "<li>adding support for the need underneath, like grief, pain, sleep or "
                 "loneliness.</li>"
                 "</ul>"
                 "<p>Let the person choose. A plan written by the coach after a return to "
                 "use can feel like punishment. A plan the person updates in their own words "
                 "feels like a fresh start.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think about a time you, or someone close to you, had a setback. "
                        "How did people respond? What helped you come back, and what made it "
                        "harder? What will you say the first time someone tells you they "
                        "used again?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
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
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Rosa says: “Part of me wants to stop drinking, but it's the only thing "
                    "that helps me relax after my shift.” What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("“Drinking helps you relax, and part of you wants to stop. Tell me about "
                     "that part.”", True),
                    ("“There are better ways to relax than drinking.”", False),
                    ("“You sound like you're in contemplation, so we'll wait until you're "
                     "ready.”", False),
                    ("“If you want to stop, you need to go to a meeting tonight.”", False),
                ],
                "explanation": (
                    "Rosa feels two ways. A two-sided reflection that ends on her own reason "
                    "for change invites more change talk. Arguing, labeling her stage or "
                    "jumping to a plan tends to bring pushback."
                ),
            },
            {
                "prompt": (
                    "Which of these statements are change talk? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("“I want to be there for my son's graduation.”", True),
                    ("“I could probably make the early dosing window.”", True),
                    ("“I already threw out my old phone with all those numbers.”", True),
                    ("“It's not that bad. Everyone I know uses.”", False),
                    ("“I'm not ready to think about that.”", False),
                ],
                "explanation": (
                    "Desire, ability and taking steps are kinds of change talk. The other two "
                    "favor keeping things the same, so they are sustain talk."
                ),
            },
            {
                "prompt": (
                    "Mr. Okoro has been on methadone for nine years. His pastor tells him he "
                    "is not really in recovery until he stops. He asks you, “Is he right?” "
                    "What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Say that taking a prescribed medication is recovery, and ask how the "
                     "pastor's words have affected him.", True),
                    ("Suggest he set a date to taper so his pastor will accept him.", False),
                    ("Say you cannot talk about medication at all.", False),
                    ("Tell him his stage of change is still precontemplation.", False),
                ],
                "explanation": (
                    "Nobody has to stop a prescribed medication to count as in recovery. "
                    "Affirming that and exploring his feelings supports him without steering "
                    "a medical decision. Setting a taper date is not the coach's call."
                ),
            },
            {
                "prompt": (
                    "During a talk, a person says: “You don't get it. You're just like my "
                    "caseworker.” What is this, and what do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Discord. Reflect the feeling, apologize if you pushed, and stress that "
                     "the choice is theirs.", True),
                    ("Sustain talk. Explain why the change is important.", False),
                    ("Resistance. End the session until the person is more motivated.", False),
                    ("Change talk. Ask what they will do next.", False),
                ],
                "explanation": (
                    "Discord is strain in the relationship. Rolling with it means stepping "
                    "alongside: reflect, apologize if fitting, and support choice. Arguing or "
                    "ending the talk makes it worse."
                ),
            },
            {
                "prompt": (
                    "Terrell has been on buprenorphine for three years. He says he wants to "
                    "taper because he is tired of pharmacy visits. What should the coach do?"
                ),
                "multiple": False,
                "choices": [
                    ("Explore his reasons and supports, help him write questions for his "
                     "prescriber, and make sure naloxone is part of his plan.", True),
                    ("Tell him three years is long enough and he is ready.", False),
                    ("Tell him it is too risky and he should stay on it.", False),
                    ("Tell him to lower his dose a little at a time on his own.", False),
                ],
                "explanation": (
                    "The decision belongs to Terrell and his prescriber. The coach explores "
                    "with MI, helps him prepare for the talk, and shares the safety fact that "
                    "lower tolerance raises overdose risk."
                ),
            },
            {
                "prompt": (
                    "Ana tells you she used heroin twice after her brother died. What do you "
                    "do first?"
                ),
                "multiple": False,
                "choices": [
                    ("Thank her for telling you, and check that she is safe and has "
                     "naloxone.", True),
                    ("Ask her how many days she had before she used.", False),
                    ("Tell her she needs to report it to her program today.", False),
                    ("Ask her why she didn't call you first.", False),
                ],
                "explanation": (
                    "Start with respect and safety. Overdose risk is a real concern after a "
                    "break from use. Learning from what happened, and deciding whether to "
                    "tell her prescriber, come after, and they are her choices."
                ),
            },
            {
                "prompt": (
                    "A person rates the importance of going back to school as a 5 out of 10. "
                    "Which question is most likely to draw out change talk?"
                ),
                "multiple": False,
                "choices": [
                    ("“Why a 5 and not a 2?”", True),
                    ("“Why only a 5?”", False),
                    ("“What's stopping you?”", False),
                    ("“Don't you think school matters more than that?”", False),
                ],
                "explanation": (
                    "Asking why the number is not lower invites the person's own reasons for "
                    "change. The other questions invite reasons not to change or sound like "
                    "pressure."
                ),
            },
            {
                "prompt": (
                    "Which statements match the spirit of motivational interviewing as "
                    "described in the 2023 edition? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Partnership: the coach and the person work together as two experts.",
                     True),
                    ("Empowerment: helping people see and use their own strengths.", True),
                    ("Compassion: working for the person's wellbeing first.", True),
                    ("Confrontation: breaking down a person's denial.", False),
                    ("Compliance: getting the person to follow program rules.", False),
                ],
                "explanation": (
                    "The 2023 spirit of MI is partnership, acceptance, compassion and "
                    "empowerment. Confrontation and a focus on compliance go against it."
                ),
            },
            {
                "prompt": (
                    "A staff member says of a participant: “He's a precontemplator. There's "
                    "no point working with him until he's ready.” What is the most helpful "
                    "reply from a coach?"
                ),
                "multiple": False,
                "choices": [
                    ("“The stage tells us how to listen, not whether to help. I'll keep "
                     "building trust and make sure he has naloxone.”", True),
                    ("“You're right. I'll check back with him in a few months.”", False),
                    ("“I'll push him harder so he moves to the next stage.”", False),
                    ("“Then he should be discharged until he's ready.”", False),
                ],
                "explanation": (
                    "Stages are a way to listen, not a label or a reason to give up. Someone "
                    "not yet thinking about change still benefits from a relationship and "
                    "harm reduction."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to use the stages of change to choose how to listen "
            "and respond, without labeling people.",
            "Participants will be able to recognize change talk and sustain talk and respond "
            "with reflections, questions and summaries.",
            "Participants will be able to describe the spirit of motivational interviewing "
            "(partnership, acceptance, compassion, empowerment) and roll with discord.",
            "Participants will be able to support a person's own goals about medication, "
            "including staying on or tapering, without giving medical advice.",
            "Participants will be able to respond to a return to use with safety, respect and "
            "curiosity.",
        ],
        "agenda": [
            {
                "title": "Welcome: a change I made",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group and go over the day. Say that this module is about how "
                    "people change and how a coach helps without pushing. Ask each person to "
                    "think of one change they made in their life, big or small, that they are "
                    "willing to share. Go around the room. Each person says the change in one "
                    "sentence and one thing that helped. Write the helpers on a flip chart. "
                    "Point out that very few helpers are lectures or threats. Keep the chart "
                    "up all day."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What is one change you made, and what helped you make it?",
                    "Did anyone try to push you before you were ready? What happened?",
                ],
            },
            {
                "title": "The stages as a way to listen",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Use the handout to walk through the five stages and recurrence. For each "
                    "stage, give one thing a person might say and one thing that helps. Stress "
                    "three points. A stage is about one change at one time. People move back "
                    "and forth. Taking medication is action, never a sign someone is not in "
                    "recovery. Tell the group never to use a stage as a label or a reason to "
                    "withhold help. End by asking: where does harm reduction fit? (Answer: "
                    "every stage.)"
                ),
                "materials": ["Handout: Stages of change listening guide", "Slides or flip chart"],
            },
            {
                "title": "What stage do you hear?",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Form groups of four. Give each group a set of twelve statement cards, "
                    "written as things participants might say at an opioid treatment program, "
                    "a peer center or a recovery house. Groups sort the cards by the stage they "
                    "hear, then choose one card per stage and write a response that fits. Give "
                    "eight minutes to work. Then ask each group to read one card and their "
                    "response. Debrief: some cards could fit two stages. Ask how they would "
                    "check their guess with the person. (Reflect it back and see.)"
                ),
                "materials": ["Statement cards (twelve per group)", "Flip chart paper"],
            },
            {
                "title": "Hearing change talk and sustain talk",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Two facilitators demonstrate a five-minute talk with a participant who "
                    "feels two ways about cocaine use on weekends while on methadone. The "
                    "first time, the coach argues for change and the participant argues back. "
                    "The second time, the coach reflects sustain talk briefly, uses a "
                    "two-sided reflection and asks for more change talk. The group calls out "
                    "“change” or “sustain” each time they hear it. Ask: in which version did "
                    "the participant give more reasons to change, and why?"
                ),
                "materials": ["Handout: Change talk and sustain talk"],
            },
            {
                "title": "Reflecting change talk in pairs",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "In pairs, one person talks for three minutes about a real change they "
                    "feel two ways about, such as exercise, smoking, or a job. Tell them not "
                    "to pick something painful. The listener may only use open questions and "
                    "reflections, and tries a ruler: importance from 0 to 10, then “why that "
                    "number and not lower?” Then the listener gives a short summary of the "
                    "change talk they heard. Switch roles. Use the last three minutes to ask "
                    "what it felt like to be heard without being pushed."
                ),
                "materials": ["Handout: Change talk and sustain talk", "Timer"],
            },
            {
                "title": "The spirit of MI",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Present the spirit of motivational interviewing as described in the 2023 "
                    "edition of Miller and Rollnick's book: partnership, acceptance, "
                    "compassion and empowerment. Explain that older materials list evocation "
                    "and that drawing out the person's ideas is still central. Give a peer "
                    "example for each. Briefly name the four processes: engaging, focusing, "
                    "evoking, planning. Be clear that this module does not make anyone an MI "
                    "practitioner; full MI takes training with coaching and feedback."
                ),
                "materials": ["Slides or flip chart"],
            },
            {
                "title": "Rolling with discord",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Explain the difference: sustain talk is about the change, discord is "
                    "about the relationship. Then demonstrate the Mr. Begay example from "
                    "Lesson 3 twice. First, the coach defends the meeting and discord grows. "
                    "Second, the coach reflects, apologizes, affirms and shifts to his goals. "
                    "Ask the group to name each tool they saw. Remind them that rolling with "
                    "discord never means accepting threats; safety comes first."
                ),
                "materials": ["Flip chart listing tools for rolling with discord"],
            },
            {
                "title": "Role-play: a goal about medication",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Each round lasts six minutes, with two minutes for "
                    "observer feedback. Rotate roles so each person plays coach once if time "
                    "allows. The coach's job is to explore the participant's goal with the MI "
                    "spirit and help him prepare to talk with his prescriber, without saying "
                    "whether tapering is a good idea. Use the last five minutes for a whole-"
                    "group debrief: where did anyone feel pulled to give an opinion about the "
                    "taper, and what did they do instead?"
                ),
                "materials": ["Role cards", "Observer checklists", "Handout: Stages of change listening guide"],
                "roles": [
                    "Coach",
                    "Participant (Mr. Harold Jenkins, 66, on methadone 20 years, grandkids "
                    "live three states away)",
                    "Observer",
                ],
                "script": (
                    "Mr. Jenkins opens: “I want to get off this stuff so I can see my "
                    "grandkids without worrying about the clinic. My son says it's about time "
                    "anyway.” If the coach reflects well, he says he is scared because twenty "
                    "years is a long time and he remembers how bad withdrawal was. If the coach "
                    "gives an opinion either way, he gets quiet and says, “Well, you'd know.” "
                    "If the coach asks what he really wants, he says he wants to be a real "
                    "grandpa and not feel judged by his son."
                ),
                "observer_checklist": [
                    "Coach used open questions to explore what the goal means to him",
                    "Coach reflected both sides of his feelings",
                    "Coach noticed and explored the pressure from his son",
                    "Coach did not say whether tapering is a good or bad idea",
                    "Coach helped him list questions for his prescriber, including about travel "
                    "options",
                    "Coach mentioned naloxone and safety in a respectful way",
                ],
            },
            {
                "title": "Return to use: what helps and what hurts",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Share the NIDA comparison with other long-term health conditions and the "
                    "finding that for half of people who resolved a serious problem it took two "
                    "serious tries or fewer, while others needed many. Then open the "
                    "discussion. Invite people to share, only if they want to, how others "
                    "responded to a setback in their own life. List on two charts what "
                    "helped and what hurt. Close by reading the safety checklist from the "
                    "handout aloud."
                ),
                "materials": ["Handout: After a return to use", "Two flip charts"],
                "questions": [
                    "When you or someone close to you had a setback, what did people say or do "
                    "that helped?",
                    "What did people say or do that made it harder to come back?",
                    "How can a coach respond when a program penalizes someone for a positive "
                    "test?",
                ],
            },
            {
                "title": "Teach-back: the first two minutes after a return to use",
                "minutes": 15,
                "method": "teach_back",
                "description": (
                    "In pairs, one person plays a participant who says, “I used last night. I "
                    "almost didn't come in.” The other practices the first two minutes: thanks, "
                    "a safety check (safe now, naloxone, not using alone), and one open "
                    "question about what they need. Then the coach explains to their partner, "
                    "in their own words, why safety comes before asking why. Switch roles. "
                    "Walk around and listen. Bring the group back and ask two pairs to show "
                    "their opening lines."
                ),
                "materials": ["Handout: After a return to use", "Naloxone training kit, if available"],
            },
            {
                "title": "Closing: one thing I will do differently",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Go back to the flip chart of helpers from the opening. Ask each person to "
                    "name one thing from today they will do differently as a coach. Remind the "
                    "group that medical decisions belong to the person and their prescriber, "
                    "and that stages are a way to listen, not a label. Preview Module 6 on "
                    "recovery capital and planning."
                ),
                "materials": ["Flip chart from the opening"],
                "questions": [
                    "What is one thing you will do differently as a coach after today?",
                    "What is one thing you want more practice with?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Stages of change listening guide",
                "text": (
                    "A stage is about one change at one time. It is a way to listen, not a "
                    "label. People move back and forth. Taking medication is action.\n\n"
                    "Precontemplation: not thinking about this change now.\n"
                    "- You might hear: “It's not that bad.” “Nothing works for me.”\n"
                    "- What helps: trust, listening, information if wanted, harm reduction.\n\n"
                    "Contemplation: feeling two ways.\n"
                    "- You might hear: “Part of me wants to, but…”\n"
                    "- What helps: explore both sides, draw out their reasons.\n\n"
                    "Preparation: getting ready to act soon.\n"
                    "- You might hear: “I'm going to call Monday.”\n"
                    "- What helps: options, small first steps, plan for barriers.\n\n"
                    "Action: making the change.\n"
                    "- You might hear: “I haven't missed a dose in three weeks.”\n"
                    "- What helps: affirm effort, solve problems, connect to support.\n\n"
                    "Maintenance: keeping it going.\n"
                    "- You might hear: “It's part of my routine now.”\n"
                    "- What helps: plan for stress, grow recovery capital, celebrate.\n\n"
                    "Recurrence: going back to an old pattern. Common and part of the cycle. "
                    "Start with safety and respect.\n\n"
                    "To check a stage, ask: “Where are you with this right now? Thinking about "
                    "it? Getting ready? Already doing it?”"
                ),
            },
            {
                "title": "Change talk and sustain talk",
                "text": (
                    "Change talk leans toward change. Sustain talk leans toward keeping things "
                    "the same. Both are normal.\n\n"
                    "Change talk (DARN CAT)\n"
                    "- Desire: “I want…” “I wish…”\n"
                    "- Ability: “I could…” “I can…”\n"
                    "- Reasons: “If I did, then…”\n"
                    "- Need: “I have to…” “I can't keep…”\n"
                    "- Commitment: “I will…” “I'm going to…”\n"
                    "- Activation: “I'm ready to…” “I'm willing to…”\n"
                    "- Taking steps: “I already…”\n\n"
                    "With change talk: ask for it, reflect it, ask for more, affirm, gather it "
                    "in a summary.\n\n"
                    "With sustain talk: reflect it simply, use a two-sided reflection that ends "
                    "on the change side, move on gently. Do not argue.\n\n"
                    "Rulers: “From 0 to 10, how important is this to you? How confident are "
                    "you?” Then: “Why that number and not lower?” and “What would move you one "
                    "point up?”"
                ),
            },
            {
                "title": "After a return to use",
                "text": (
                    "First words: “Thank you for telling me. I'm glad you're here.”\n\n"
                    "Safety check\n"
                    "- Are you safe right now?\n"
                    "- Do you have naloxone? Do people around you know how to use it?\n"
                    "- Are you using alone? Do you know if there is fentanyl in what you use?\n"
                    "- Do you need medical care?\n"
                    "- If someone is not breathing or will not wake up: call 911 and give "
                    "naloxone.\n"
                    "- If someone talks about not wanting to live: follow your crisis plan. "
                    "They can call or text 988.\n\n"
                    "Overdose risk is higher after a break from use, a taper, or time in jail, "
                    "a hospital or residential care, because tolerance drops.\n\n"
                    "When ready, learn together\n"
                    "- What was going on before?\n"
                    "- What helped, even a little?\n"
                    "- What do you want now?\n"
                    "- What would you change in your plan?\n\n"
                    "If the person takes medication, encourage them to tell their prescriber so "
                    "care can be adjusted. Do not judge the dose or say whether to stay on it.\n\n"
                    "Avoid: “back to day one,” “you threw it away,” “maybe you're not ready.”"
                ),
            },
        ],
    },
}
