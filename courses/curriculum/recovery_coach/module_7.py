"""Recovery Coach Training module 7: Advocacy, stigma and rights. Public, structural and
self-stigma (including stigma toward medication inside recovery communities), person-first
language, the ADA and opioid use disorder, patients' rights and grievances in opioid treatment
programs, self-advocacy, and individual and systems advocacy done with the person."""

L1_STIGMA = (
    "<h2>What stigma is</h2>"
    "<p>Stigma is a label tied to a stereotype. The label says a whole group of people is less "
    "than others. Then people act on it. For people who use drugs, the stereotype says they are "
    "dangerous, weak, not able to manage their own care, or at fault for their illness. None of "
    "that is true, but it still shapes how people get treated.</p>"
    "<p>Most of us in this room know stigma from the inside. We have felt it at a pharmacy "
    "counter, in an emergency room, at a job interview, or at a family dinner. That lived "
    "knowledge is one of your strengths as a coach. It helps you spot stigma fast. It also means "
    "stigma can still sting you. Both are worth knowing about yourself.</p>"
    "<p>The science is clear. Addiction is a chronic health condition that can be treated. "
    "People recover and lead full lives. Stigma comes from old ideas that addiction is a moral "
    "failing. The National Institute on Drug Abuse says that feeling stigmatized makes people "
    "less willing to seek treatment. So stigma is not only unkind. It keeps people from care "
    "that could save their lives.</p>"
    "<h2>Three levels of stigma</h2>"
    "<p>It helps to name where stigma lives. When you can name it, you can plan what to do "
    "about it.</p>"
    "<h3>Public stigma</h3>"
    "<p>Public stigma is what other people believe and do. It shows up in a neighbor who crosses "
    "the street, a landlord who will not rent, a nurse who sighs when she reads the chart, or a "
    "news story about a “methadone clinic problem.” It is the attitude of the crowd.</p>"
    "<p>Here is one example. Denise Harper is 52 and Black. She has taken methadone for nine "
    "years. She works at a school cafeteria. A coworker saw her leaving the clinic and told "
    "others. Now people whisper when she walks by. Nothing about her work has changed. Only "
    "what people believe about her has changed.</p>"
    "<h3>Structural stigma</h3>"
    "<p>Structural stigma lives in rules, laws and systems. No one has to be rude for it to do "
    "harm. It is written into how things work. Examples:</p>"
    "<ul>"
    "<li>a recovery house that will not take anyone on methadone or buprenorphine;</li>"
    "<li>a jail that stops everyone's medication at the door;</li>"
    "<li>a court that tells people to taper off their medication to finish probation;</li>"
    "<li>a nursing home that turns away patients who take medication for opioid use disorder;</li>"
    "<li>a clinic with dosing hours that only fit people who do not work.</li>"
    "</ul>"
    "<p>Structural stigma is often the hardest to see, because it looks like “just the policy.” "
    "It is also where advocacy can help the most people at once. Lesson 4 and Module 8 come "
    "back to this.</p>"
    "<h3>Self-stigma</h3>"
    "<p>Self-stigma is what happens when a person starts to believe the stereotype about "
    "themselves. They feel ashamed, unworthy or hopeless. They may think, “I'm not really in "
    "recovery, I'm just on a crutch.” Or, “Why would anyone hire someone like me?”</p>"
    "<p>Self-stigma can stop people from asking for help, going to a doctor, applying for a "
    "job or speaking up when they are treated unfairly. It can also show up as secrecy. Miguel "
    "Ortiz, 34, hides his buprenorphine film in a vitamin bottle so his girlfriend will not ask. "
    "He is doing well. But he lives with the fear of being found out, and that fear wears him "
    "down.</p>"
    "<h2>Stigma toward medication inside recovery communities</h2>"
    "<p>This one hurts in a special way, because it comes from people who should understand. "
    "Some people in recovery believe that taking methadone or buprenorphine is not “real” "
    "recovery. You may hear that a person on medication is “still using,” “not clean,” or "
    "“trading one drug for another.” Some meetings tell people on medication they cannot share, "
    "lead or do service. Some sponsors tell people to get off their medication.</p>"
    "<p>Mutual-aid groups differ a lot, even within the same fellowship. Narcotics Anonymous, "
    "for example, has held fellowship-wide discussions about members on medication. Its own "
    "members have noted that people on medication often feel less than welcome, and it has "
    "published material for groups on the topic. Many meetings welcome everyone. Others do not "
    "yet. Module 1 covers medication-friendly mutual aid in more depth.</p>"
    "<p>Here is where we stand, in the MARS tradition. Methadone and buprenorphine are recovery. "
    "Nobody has to stop a prescribed medication to count as being in recovery. How long a person "
    "takes a medication is their decision, made with their prescriber. That is true in a meeting, "
    "in a recovery house, in a courtroom and in your office.</p>"
)

L1_STIGMA_2 = (
    "<h2>How stigma harms health</h2>"
    "<p>Stigma is not just hurt feelings. It changes what happens to people. Stigma can:</p>"
    "<ul>"
    "<li>delay treatment, because people fear being labeled;</li>"
    "<li>push people to leave treatment early, or to taper before they are ready because "
    "others pressure them;</li>"
    "<li>lead health workers to give worse care, or to treat pain poorly;</li>"
    "<li>keep people from housing, work and family support, which are the things that hold "
    "recovery together;</li>"
    "<li>isolate people, and people who use alone are at higher risk of dying from an "
    "overdose.</li>"
    "</ul>"
    "<p>When someone leaves medication treatment because of shame or pressure, their tolerance "
    "drops. A return to use after that can be deadly. So fighting stigma is overdose "
    "prevention.</p>"
    "<h2>What reduces stigma</h2>"
    "<p>Research and experience point to a few things that work:</p>"
    "<ul>"
    "<li><strong>Contact.</strong> People change their minds when they know someone in "
    "recovery. A person telling their own story, by choice, is powerful. This is why peer "
    "programs matter.</li>"
    "<li><strong>Accurate information.</strong> Explaining that opioid use disorder is a "
    "treatable condition, and that medication is standard care, answers many myths.</li>"
    "<li><strong>Respectful words.</strong> Lesson 2 covers this.</li>"
    "<li><strong>Changing rules.</strong> When a policy changes, behavior follows, even before "
    "attitudes do.</li>"
    "</ul>"
    "<h2>What a coach does with stigma</h2>"
    "<p>You will meet stigma at all three levels, often on the same day. Here is how a coach "
    "responds.</p>"
    "<ul>"
    "<li><strong>Name it, gently.</strong> When a person says, “I'm not really in recovery, "
    "I'm on methadone,” you can say, “A lot of people were taught that. I see it differently. "
    "You're taking your medicine and building your life. That's recovery.”</li>"
    "<li><strong>Ask before you fix.</strong> Ask what the person wants to do about the "
    "stigma they faced. Some want to push back. Some want to move on. Both are their call.</li>"
    "<li><strong>Share your story with purpose.</strong> If it fits, a short piece of your own "
    "story can loosen shame. Keep it brief and bring it back to them.</li>"
    "<li><strong>Look for the rule behind the insult.</strong> If the same problem keeps "
    "happening to many people, it is probably structural. Write it down. Lesson 4 shows how "
    "to use that record.</li>"
    "<li><strong>Watch for self-stigma in yourself.</strong> Coaches on medication sometimes "
    "hide it at work. Talk with your supervisor about what you want to share and what you "
    "don't. You set the pace of your own disclosure.</li>"
    "</ul>"
)

L1_CALLOUT = {
    "title": "Stigma is a safety issue",
    "text": (
        "Shame and pressure push people off medication and into using alone. Every time you "
        "answer a myth, welcome someone on medication, or question an unfair rule, you are "
        "doing overdose prevention."
    ),
    "tone": "info",
}

L2_LANGUAGE = (
    "<h2>Words shape how people are treated</h2>"
    "<p>The words we use about people change how others see them. This has been tested. In a "
    "2010 study, researchers gave over 500 mental health clinicians the same short story about "
    "a man who was having trouble with a court-ordered treatment program. Half the stories "
    "called him a “substance abuser.” The other half said he “has a substance use disorder.” "
    "Nothing else was different. The clinicians who read “substance abuser” were more likely "
    "to say he was to blame and should be punished.</p>"
    "<p>These were trained professionals, and one word moved them. Think about what the same "
    "word does in a courtroom, a hospital chart or a newspaper.</p>"
    "<h2>Person-first language</h2>"
    "<p>Person-first language puts the person before the condition. It says what a person has, "
    "not what a person is. “A person with opioid use disorder” keeps the whole human in view. "
    "A label like “addict” turns a person into a condition.</p>"
    "<p>Here are common swaps. The words on the left carry blame. The words on the right are "
    "accurate and respectful.</p>"
    "<ul>"
    "<li>“addict,” “junkie,” “user” → “person with a substance use disorder,” “person who uses "
    "drugs”</li>"
    "<li>“alcoholic” → “person with an alcohol use disorder”</li>"
    "<li>“substance abuse,” “drug abuse” → “substance use,” “substance use disorder,” or "
    "“misuse” for medicines not taken as prescribed</li>"
    "<li>“clean” or “dirty” for a person → “in recovery,” “not using right now,” “using "
    "drugs”</li>"
    "<li>“clean” or “dirty” for a urine test → “negative” or “positive,” “expected” or "
    "“unexpected” result</li>"
    "<li>“replacement therapy,” “substitution,” “on a crutch” → “medication for opioid use "
    "disorder,” “medication-assisted recovery”</li>"
    "<li>“relapsed” used as failure → “returned to use,” “had a recurrence”</li>"
    "<li>“non-compliant,” “failed treatment” → say what happened: “missed three visits,” “the "
    "treatment plan didn't fit”</li>"
    "<li>“born addicted” for a baby → “a baby with neonatal opioid withdrawal syndrome” or “a "
    "baby exposed to opioids before birth”</li>"
    "<li>“drug-seeking” → “asking for help with pain or withdrawal”</li>"
    "</ul>"
    "<h2>Why “clean” matters so much to people on medication</h2>"
    "<p>Many of us grew up in recovery saying “clean time.” It can feel hard to let go of. "
    "But think about what the word does to a person on methadone. If not using drugs is "
    "“clean,” then a person taking a prescribed medicine gets called “not clean.” That is how "
    "stigma inside recovery spreads, one word at a time.</p>"
    "<p>Try words that include everyone: “recovery time,” “time in recovery,” “not using.” "
    "And when a person on medication counts their recovery time, count it with them. Their "
    "time is real time.</p>"
    "<h2>Respect how people name themselves</h2>"
    "<p>Person-first language is what we use about others. It is not a rule for how people "
    "talk about their own lives. Some people say “I'm an addict” at a meeting, and it means "
    "something to them. Some people call themselves “a methadone patient” with pride. The "
    "National Institute on Drug Abuse advises letting people choose how they are described. "
    "If you are not sure, ask.</p>"
    "<p>So do not correct a person's words about themselves. Model the words, and offer them "
    "when it helps. You might say, “You called yourself a junkie a minute ago. Is that how you "
    "see yourself? Because what I see is someone who got up at five to make it to the clinic "
    "before work.”</p>"
)

L2_LANGUAGE_2 = (
    "<h2>Where language matters most</h2>"
    "<h3>In writing</h3>"
    "<p>Notes follow people. A chart that says “drug-seeking” or “non-compliant” can shape how "
    "the next doctor treats them, for years. When you write notes, describe what happened. "
    "Write “Ms. Tran said her dose wears off by evening and she feels sick at work,” not "
    "“patient complaining about dose.” Use the person's own words where you can, in quotes.</p>"
    "<h3>At team meetings</h3>"
    "<p>Team meetings are where stigma quietly turns into decisions. If a staff member says, "
    "“He's just a manipulative addict,” you can say, “Can we talk about what he's doing and "
    "what he needs? I think he's scared of losing his take-homes.” This is advocacy too. You "
    "are changing how the team sees the person.</p>"
    "<h3>With families</h3>"
    "<p>Family members often use the words they learned from TV or their church. They are "
    "usually trying to help. Offer new words as a gift, not a correction: “A lot of families "
    "find it helps to say your son has an illness he's treating, instead of calling him an "
    "addict. It changes how the little ones hear it too.”</p>"
    "<h3>In public</h3>"
    "<p>When you speak at a town meeting, a school or a church, your words reach people who "
    "may never meet a person in recovery. Use person-first words. Talk about medication as "
    "treatment. And never tell a participant's story without their clear permission.</p>"
    "<h2>How to correct a colleague without starting a fight</h2>"
    "<p>You will hear stigmatizing words from people you work with, including other peers and "
    "people you respect. A few tips:</p>"
    "<ul>"
    "<li><strong>Do it privately when you can.</strong> People get defensive in front of "
    "others.</li>"
    "<li><strong>Assume good intent.</strong> Most people use the words they were taught.</li>"
    "<li><strong>Keep it short.</strong> “I've started saying ‘positive test’ instead of "
    "‘dirty.’ The people I work with really notice.”</li>"
    "<li><strong>Give the why.</strong> Mention that words change how even clinicians judge "
    "people. Facts help more than scolding.</li>"
    "<li><strong>Let it go if needed.</strong> You don't have to win every time. Keep "
    "modeling.</li>"
    "</ul>"
    "<h2>Language is a practice, not a test</h2>"
    "<p>You will slip. Everyone does. When you catch yourself, just fix it and keep going: "
    "“He's on, sorry, he's taking buprenorphine.” Showing that you are still learning gives "
    "others room to learn too. The goal is not perfect words. The goal is that every person "
    "you serve feels seen as a whole person.</p>"
)

L2_CALLOUT = {
    "title": "Describe, don't label",
    "text": (
        "When in doubt, describe what happened and put the person first. Say “person with "
        "opioid use disorder,” “medication for opioid use disorder,” “positive test,” and "
        "“returned to use.” Let people choose the words for themselves."
    ),
    "tone": "tip",
}

L2_SELF_CHECK = {"questions": [
    {
        "prompt": (
            "A counselor writes in a chart: “Client relapsed, dirty urine, non-compliant.” "
            "Which rewrite is most accurate and respectful?"
        ),
        "choices": [
            ("“Ms. Ruiz had a urine test positive for fentanyl and missed two counseling "
             "visits. She says her work hours changed.”", True),
            ("“Ms. Ruiz is back to being an addict and refuses treatment.”", False),
            ("“Ms. Ruiz is not clean and is not motivated.”", False),
        ],
        "explanation": (
            "The first version describes what happened and adds the person's own reason. The "
            "others label her and guess at her motives."
        ),
    },
    {
        "prompt": (
            "At a peer group, Tomás says, “I'm just a junkie on methadone.” What is the most "
            "helpful response?"
        ),
        "choices": [
            ("Gently ask how he sees himself and reflect the strengths you see, without "
             "correcting his words", True),
            ("Tell him that word is banned in this group", False),
            ("Agree with him so he feels understood", False),
        ],
        "explanation": (
            "People choose how they describe themselves. You model respectful words and offer "
            "another view, but you don't police his language."
        ),
    },
    {
        "prompt": "Why do many people on medication object to the phrase “clean time”?",
        "choices": [
            ("It implies that a person taking prescribed methadone or buprenorphine is “not "
             "clean,” which is stigma", True),
            ("It is a legal term that only courts may use", False),
            ("It is too hard for new members to understand", False),
        ],
        "explanation": (
            "If not using drugs is “clean,” a person taking a prescribed medicine gets "
            "labeled “not clean.” Words like “recovery time” include everyone."
        ),
    },
]}

L3_RIGHTS = (
    "<h2>A note before we start</h2>"
    "<p>Coaches are not lawyers. We do not give legal advice or tell people whether they will "
    "win a case. What we can do is know the basics, help people find the written rules, help "
    "them tell their story clearly, and connect them with people who give legal help. That "
    "alone changes outcomes.</p>"
    "<h2>The ADA in plain words</h2>"
    "<p>The Americans with Disabilities Act, or ADA, is a federal civil rights law from 1990. "
    "It protects people with disabilities from unfair treatment in jobs, in state and local "
    "government programs, and in many businesses open to the public. That includes doctors' "
    "offices, hospitals, nursing homes, shelters, courts, jails and prisons, and child "
    "welfare agencies.</p>"
    "<p>In April 2022, the U.S. Department of Justice published guidance called “The Americans "
    "with Disabilities Act and the Opioid Crisis: Combating Discrimination Against People in "
    "Treatment or Recovery.” Here is what it says, in short:</p>"
    "<ul>"
    "<li>Opioid use disorder is usually a disability under the ADA.</li>"
    "<li>People in treatment or recovery are protected, as long as they are not currently "
    "using drugs illegally.</li>"
    "<li>That includes people who take legally prescribed medication for opioid use disorder, "
    "such as methadone, buprenorphine or naltrexone. Taking your prescribed medicine is not "
    "“illegal drug use.”</li>"
    "<li>A blanket rule that shuts out everyone on medication, without looking at the person, "
    "can be discrimination. The guidance gives the example of a jail that will not let anyone "
    "continue the medication they were prescribed before they came in.</li>"
    "<li>The same ideas apply to other substance use disorders too.</li>"
    "</ul>"
    "<h2>The “current use” rule, and its limit</h2>"
    "<p>The ADA has a special section on drug use, found at 42 U.S.C. 12210. It says a person "
    "who is currently using drugs illegally is not protected when an employer or program acts "
    "because of that use. So the ADA does not stop an employer from acting on current illegal "
    "drug use.</p>"
    "<p>But the same section protects people who are in a supervised treatment program, or "
    "who have completed one, and are no longer using illegally. It also protects people who "
    "are wrongly believed to be using.</p>"
    "<p>And there is one more part that matters a lot for our work. Part (c) of that section "
    "says a person cannot be denied health services, or services connected to drug treatment, "
    "because of current illegal drug use, if they are otherwise entitled to those services. "
    "The Justice Department's own manual gives plain examples. An emergency room cannot refuse "
    "emergency care because a person is using drugs. A burn unit cannot refuse to treat burns "
    "for that reason.</p>"
    "<p>There is a limit. A treatment program can still have rules about using while in the "
    "program. For example, the same manual says a residential program may discharge someone "
    "for using drugs inside the program. So the ADA does not erase program rules. It says "
    "that drug use cannot be used as a reason to shut someone out of health care they would "
    "otherwise get.</p>"
    "<h2>What this looks like in real life</h2>"
    "<ul>"
    "<li>Earl Whitfield, 66, is white and lives in a rural county. He has taken buprenorphine "
    "for four years. After a fall, the nearest rehab nursing home tells his daughter it does "
    "not accept “patients on Suboxone.” That is the kind of blanket policy the guidance warns "
    "about.</li>"
    "<li>Rosa Villanueva, 41, goes to the emergency room with a bad infection. She tells the "
    "nurse she used fentanyl yesterday. The hospital must still treat her infection.</li>"
    "<li>Linh Tran, 29, is offered a job at a warehouse. After a drug test shows buprenorphine, "
    "she is told the offer is withdrawn because “we don't hire people on opioids.” Employment "
    "cases have their own process, through the Equal Employment Opportunity Commission "
    "(EEOC).</li>"
    "</ul>"
    "<h2>Where people can get help</h2>"
    "<p>When someone believes they were treated unfairly, a coach helps them find the right "
    "door. Some options:</p>"
    "<ul>"
    "<li><strong>Ask inside first, if it is safe.</strong> Many problems get fixed when the "
    "person asks for the written policy and a meeting with a supervisor. State and local "
    "government agencies with 50 or more employees must have an ADA grievance procedure and a "
    "person in charge of ADA issues, often called an ADA coordinator.</li>"
    "<li><strong>The Justice Department.</strong> The DOJ guidance explains how to file an ADA "
    "complaint with the Department. Its ADA website and information line can help.</li>"
    "<li><strong>The EEOC for job problems.</strong> A charge about job discrimination "
    "generally must be filed within 180 days. In states with their own law, it may be up to "
    "300 days. Because of these deadlines, help people act early.</li>"
    "<li><strong>Legal help.</strong> Legal aid offices, your state's disability rights "
    "agency, and groups such as the Legal Action Center and the ACLU have helped people on "
    "medication in cases like these. The ADA National Network has regional centers that answer "
    "questions about the law.</li>"
    "</ul>"
    "<p>Your job is to help the person decide which door, if any, they want to open. Some "
    "people want to fight. Some just want the problem solved. Some are too tired today. All "
    "of those are their choice.</p>"
)

L3_CALLOUT = {
    "title": "Say it carefully",
    "text": (
        "Don't promise “that's illegal” or “you'll win.” Say, “That sounds like something the "
        "ADA may cover. Do you want help getting the policy in writing and talking to someone "
        "who knows the law?” Describe rights; let legal helpers give legal advice."
    ),
    "tone": "warning",
}

L3_RIGHTS_2 = (
    "<h2>Patients' rights in opioid treatment programs</h2>"
    "<p>An opioid treatment program, or OTP, is the clinic that gives methadone for opioid use "
    "disorder. Many also give buprenorphine. The MAT course covers how OTPs work. Here we "
    "focus on rights.</p>"
    "<p>OTPs follow a federal rule, 42 CFR Part 8, which was updated in 2024. The update "
    "stresses shared decisions between the person and the practitioner. It also says a "
    "person's medication should not depend on going to counseling, although programs must "
    "still offer it. Most of the detail about patient rights, though, comes from state rules "
    "and from each program's own policies. So rights differ from state to state.</p>"
    "<p>Here are two real examples of state rules:</p>"
    "<ul>"
    "<li><strong>Maryland</strong> requires programs to post a statement of patients' rights "
    "and give it to each patient. Programs must treat people with respect and dignity, keep "
    "records private, and have a grievance procedure. The procedure must let patients grieve "
    "program decisions, including discharge. Programs may not retaliate against a patient who "
    "files a grievance.</li>"
    "<li><strong>Pennsylvania</strong> requires a grievance procedure that gives patients a "
    "full and fair chance to be heard. It also says penalties may not start until the "
    "grievance is resolved, except for acts or threats of violence.</li>"
    "</ul>"
    "<p>Your state may be stronger or weaker. Learn your own state's rules and your program's "
    "handbook. Rights that commonly appear include the right to:</p>"
    "<ul>"
    "<li>be treated with dignity and without discrimination;</li>"
    "<li>get clear information about the program's rules, fees, take-home policy and "
    "discharge policy;</li>"
    "<li>take part in your own treatment plan and be told about changes;</li>"
    "<li>have your records kept private;</li>"
    "<li>make a complaint without fear of payback;</li>"
    "<li>know how to reach the state agency that licenses the program, and complain there if "
    "the program does not fix the problem.</li>"
    "</ul>"
    "<h2>How a grievance works</h2>"
    "<p>A grievance is a formal complaint, or a request to review a decision. Most follow "
    "similar steps:</p>"
    "<ol>"
    "<li><strong>Try to solve it directly.</strong> Talk to the counselor or supervisor. Ask "
    "what rule was used.</li>"
    "<li><strong>Put it in writing.</strong> Use the program's grievance form, or write a "
    "dated letter. Say what happened, when, who was involved, and what you are asking for.</li>"
    "<li><strong>Get a review.</strong> Usually the program director, or a group, reviews it "
    "and answers in writing within a set time.</li>"
    "<li><strong>Take it further if needed.</strong> If the answer is not fair, the person can "
    "go to the state agency that licenses OTPs. Each state also has a State Opioid Treatment "
    "Authority that oversees OTPs. The program's accrediting body is another option.</li>"
    "</ol>"
    "<p>Good grievances are calm, specific and short. They ask for something clear: “I am "
    "asking that my take-home decision be reviewed,” or “I am asking for a meeting before any "
    "taper starts.” Help the person keep copies of everything.</p>"
    "<h2>Rights come with privacy</h2>"
    "<p>Records from a treatment program have strong federal privacy protection under a rule "
    "called 42 CFR Part 2. Before you talk with program staff about a person, get their "
    "written consent, following your own program's policy. The Ethics course goes deeper on "
    "this.</p>"
)

L3_SCENARIO = {
    "title": "Tanya: “Go tell them they can't do this”",
    "situation": (
        "Tanya Begay, 38, is Diné (Navajo) and has been on methadone at the county OTP for a "
        "year and a half. She has weekend take-homes. She works early shifts at a casino "
        "kitchen and has missed three counseling groups this month because her schedule "
        "changed. This morning the nurse at the window told her, “Your take-homes are on hold "
        "until you're back in group.” Tanya finds you at the peer center, angry and shaking. "
        "“Go in there and tell them they can't do this to me. You know the rules better than "
        "I do.”"
    ),
    "question": "What do you do first?",
    "choices": [
        {
            "text": (
                "Acknowledge how upsetting this is, get the facts, and ask what she wants to "
                "happen. Offer to look at the program's take-home and grievance policies with "
                "her."
            ),
            "feedback": (
                "Yes. You take her seriously and calm things down. You learn what was said, "
                "whether anything is in writing, and what outcome she wants. Reading the "
                "policy together builds her power to speak for herself."
            ),
            "best": True,
            "next": (
                "Tanya takes a breath. Nothing is in writing yet. The handbook says take-home "
                "changes are made by the medical staff and can be reviewed through the "
                "grievance process. Tanya says, “I just want my weekends back so I don't lose "
                "this job. But I always get tongue-tied with them.”"
            ),
        },
        {
            "text": (
                "Walk straight to the program director and insist that her take-homes be "
                "restored today."
            ),
            "feedback": (
                "This speaks for her, not with her. You may not have her written consent to "
                "discuss her care, you do not yet know the facts, and a confrontation can "
                "close doors for her and for others."
            ),
            "best": False,
            "next": (
                "The director says she cannot discuss a patient without a signed consent and "
                "asks you to leave. Tanya is still without answers, and now she feels the "
                "staff is angry at her too."
            ),
        },
        {
            "text": (
                "Tell her the 2024 federal rule makes this illegal, so she should file a "
                "complaint with the state right away."
            ),
            "feedback": (
                "Overstated. The 2024 rule says medication should not depend on counseling, "
                "but take-home decisions are clinical and states and programs have their own "
                "rules. Jumping to the state before using the program's process, and before "
                "she decides what she wants, is not the best first step."
            ),
            "best": False,
            "next": (
                "Tanya is confused about what she is filing and why. She says she doesn't want "
                "to get the clinic “in trouble,” she just wants her weekends back."
            ),
        },
        {
            "text": (
                "Tell her that rules are rules, and the quickest fix is to go to every group "
                "from now on, even if it costs her shifts."
            ),
            "feedback": (
                "This ignores the real barrier, her work schedule, and her right to ask for a "
                "review. It also risks her job, which is part of her recovery."
            ),
            "best": False,
            "next": (
                "Tanya says she can't quit her job. She leaves upset and stops coming to the "
                "peer center for a while."
            ),
        },
    ],
    "follow_up": {
        "question": (
            "Tanya wants to ask for a meeting and, if needed, file a grievance. She is afraid "
            "of getting tongue-tied. What is the most helpful next step?"
        ),
        "choices": [
            {
                "text": (
                    "Help her write down, in her own words, what happened, the barrier (her "
                    "new shift), and her request, such as a review and a group time or "
                    "telehealth option that fits her work. Practice it together, and offer to "
                    "come with her if she signs a consent and the program allows."
                ),
                "feedback": (
                    "Yes. She speaks for herself, with support. A clear, calm, written request "
                    "that names the barrier and offers a solution is the strongest kind of "
                    "self-advocacy. Practicing builds confidence."
                ),
                "best": True,
            },
            {
                "text": (
                    "Write the grievance for her in formal language and submit it under your "
                    "name so it carries more weight."
                ),
                "feedback": (
                    "This takes her voice away. The grievance is hers. Your job is to help her "
                    "say it her way, not to replace her."
                ),
                "best": False,
            },
            {
                "text": (
                    "Tell her to post about the clinic on social media so other patients know "
                    "what is going on."
                ),
                "feedback": (
                    "Public posts can hurt her privacy and her relationship with the program, "
                    "and they skip the process that could fix her problem. If the issue affects "
                    "many people, there are better systems advocacy steps."
                ),
                "best": False,
            },
        ],
    },
}

L4_ADVOCACY = (
    "<h2>What advocacy means for a coach</h2>"
    "<p>Advocacy means speaking up for fair treatment and for what a person needs. For a peer "
    "recovery coach, it has one big rule: we advocate with people, not for them. We do not "
    "take over. We help people find their own voice, and we stand next to them while they use "
    "it.</p>"
    "<p>This comes straight from the roots of peer work. SAMHSA's core competencies for peer "
    "workers describe peer support as person-centered and voluntary. Peers are partners. They "
    "do not decide what services a person gets or what goes in their recovery plan. The MARS "
    "tradition goes further. It began when people on methadone organized to demand respect "
    "and better care for themselves. Advocacy done with people is how that started.</p>"
    "<h2>Three levels of advocacy</h2>"
    "<h3>Self-advocacy</h3>"
    "<p>Self-advocacy is when the person speaks up for themselves. This is the goal. Each time "
    "a person does it, they get stronger, and they will not always need you. You build "
    "self-advocacy by helping people:</p>"
    "<ul>"
    "<li>know their rights and the written rules;</li>"
    "<li>name what they want, in one or two sentences;</li>"
    "<li>plan what to say and practice it;</li>"
    "<li>keep records: dates, names, what was said;</li>"
    "<li>bring someone along for support if they want;</li>"
    "<li>follow up, and notice what worked.</li>"
    "</ul>"
    "<h3>Individual advocacy</h3>"
    "<p>Sometimes a person wants you in the room. Individual advocacy means supporting one "
    "person with one problem, with their permission. You might go with them to a meeting with "
    "a landlord, a probation officer or a program manager. Before you do:</p>"
    "<ul>"
    "<li>Get clear consent, in writing when records or a treatment program are involved.</li>"
    "<li>Agree on your role. Will you speak, or just sit with them? Will you take notes?</li>"
    "<li>Agree on a signal if they want you to step in, or to stop.</li>"
    "<li>Let them lead. Your first words might be, “Mr. Ortiz asked me to come. He has a few "
    "things he wants to say.”</li>"
    "</ul>"
    "<h3>Systems advocacy</h3>"
    "<p>Systems advocacy works to change a rule or practice that affects many people. If every "
    "person on methadone in your town is turned away by the same recovery house, helping one "
    "person at a time will never be enough. The rule needs to change.</p>"
    "<p>Systems advocacy includes educating decision-makers, sharing stories with permission, "
    "joining coalitions, commenting on policies, and speaking at public meetings. Module 8 "
    "walks through the steps in detail. Here is the key link: good individual advocacy feeds "
    "systems advocacy. When you keep careful, private records of the barriers people face, you "
    "start to see patterns. A pattern is evidence.</p>"
)

L4_ADVOCACY_2 = (
    "<h2>Advocating with, not for: what it looks like</h2>"
    "<p>Compare two coaches helping Mr. Ortiz, whose pharmacy keeps saying his buprenorphine "
    "is “out of stock.”</p>"
    "<p><strong>Coach A</strong> calls the pharmacy herself, gets angry at the clerk, and gets "
    "the prescription filled that day. Mr. Ortiz is grateful. Next month the same thing "
    "happens, and he calls Coach A again.</p>"
    "<p><strong>Coach B</strong> sits with Mr. Ortiz and asks what he has tried. Together they "
    "make a short script. He calls the pharmacy while she listens. He asks when the next "
    "shipment comes and whether they can order it for him. When that fails, she helps him ask "
    "his prescriber to send the prescription to a different pharmacy. She also writes down, "
    "without his name, that this pharmacy has turned away three people this month. Next month "
    "Mr. Ortiz handles it himself. And Coach B brings the pattern to her supervisor and the "
    "local coalition.</p>"
    "<p>Coach A solved a problem. Coach B built a skill and started a change.</p>"
    "<h2>Steps for any advocacy task</h2>"
    "<ol>"
    "<li><strong>Start with what the person wants.</strong> Not what you think is fair. Ask, "
    "“What would a good outcome look like for you?”</li>"
    "<li><strong>Get the facts and the rules.</strong> Ask for the policy in writing. Read it "
    "together.</li>"
    "<li><strong>Find the decision-maker.</strong> Who can actually say yes? The front desk "
    "often cannot.</li>"
    "<li><strong>Plan and practice.</strong> Write a short request. Role-play the hard "
    "questions.</li>"
    "<li><strong>Be firm on the issue, kind to the people.</strong> Stay calm and specific. "
    "Ask for decisions and reasons in writing.</li>"
    "<li><strong>Follow up.</strong> Note what happened and what comes next. Celebrate wins, "
    "even small ones.</li>"
    "</ol>"
    "<h2>Boundaries in advocacy</h2>"
    "<ul>"
    "<li><strong>No legal advice.</strong> Describe rights and connect people with legal help. "
    "Do not predict outcomes.</li>"
    "<li><strong>No medical advice.</strong> If the issue is a dose, a taper or a medicine, "
    "help the person describe what they feel and take it to their prescriber. Never say a "
    "dose is too high or too low.</li>"
    "<li><strong>Privacy first.</strong> Never share a person's name or story without clear "
    "permission. For systems work, remove names and details.</li>"
    "<li><strong>Know your program's rules.</strong> Some programs ask staff to clear public "
    "speaking or media contact first. Ask your supervisor.</li>"
    "<li><strong>Watch your own feelings.</strong> Unfair treatment of someone on medication "
    "can bring up your own history. Anger is fuel, but it is a poor driver. Talk it through "
    "in supervision.</li>"
    "</ul>"
    "<h2>When the person does not want to fight</h2>"
    "<p>Sometimes a person is treated unfairly and decides to let it go. Maybe they are "
    "worn out, scared of payback, or have other things to handle first. Respect that. You can "
    "say, “That's your call. If you change your mind, the offer stands.” You can still, with "
    "their okay and without their name, note the barrier so the pattern is not lost.</p>"
)

L4_CALLOUT = {
    "title": "The test of good advocacy",
    "text": (
        "Ask yourself afterward: Did the person speak for themselves as much as they wanted "
        "to? Do they know more now than before? Could they do more of it next time? If yes, "
        "you advocated with them."
    ),
    "tone": "tip",
}

L1_EXTRA = (
    "<h2>Stigma wears many faces</h2>"
    "<p>Stigma about drug use often stacks on top of other unfair treatment. A Black man on "
    "methadone may face racism and drug stigma at the same time. A pregnant woman on "
    "buprenorphine may be judged as a bad mother before her baby is even born. An older adult "
    "may be told they are “too old” to need treatment. A Native person may carry the weight of "
    "history with systems that took children away from families. A person in a small rural "
    "town may have no way to keep their treatment private, because everyone knows whose truck "
    "is parked at the clinic.</p>"
    "<p>These layers matter. They change how safe it feels to speak up, and which doors are "
    "open. Ask people about their own experience. Do not assume you know it, even if you share "
    "part of their story.</p>"
    "<h2>A closer look at self-stigma</h2>"
    "<p>Self-stigma often sounds like the person talking, but it is really the world talking "
    "through them. Listen for lines like these:</p>"
    "<ul>"
    "<li>“I don't deserve take-homes.”</li>"
    "<li>“I'll never be off this stuff, so what's the point?”</li>"
    "<li>“I can't tell my doctor I'm on methadone. She'll treat me different.”</li>"
    "<li>“My kids are better off without me.”</li>"
    "</ul>"
    "<p>You do not have to argue with these beliefs. Get curious. Ask, “Where did you learn "
    "that?” or “Is that how you'd talk about a friend in your shoes?” Reflect the strengths you "
    "see. Point to facts: the medicine they take is standard care, and many people on "
    "medication work, raise families and lead groups. Over time, new experiences chip away at "
    "old shame. Each small win counts: a doctor visit where they said the word methadone out "
    "loud, a job application, a day they spoke up.</p>"
    "<p>If a person talks about their family being better off without them, take it "
    "seriously. Ask directly about thoughts of suicide, stay with them, and follow your "
    "program's crisis plan. Module 9 covers this. People can also call or text 988.</p>"
)

L2_EXTRA = (
    "<h2>Words about medication</h2>"
    "<p>People on medication hear some words more than others. Listen for these and be ready "
    "with better ones:</p>"
    "<ul>"
    "<li>“Liquid handcuffs” for methadone. Some people use it about their own experience of "
    "daily dosing, and that is their right. But as a description of the medicine, it is "
    "stigma. Methadone is a medicine that lets people live their lives.</li>"
    "<li>“Still using” for someone taking a prescribed dose. Taking a prescribed medicine as "
    "directed is treatment, not drug use.</li>"
    "<li>“Getting off” medication as the only real goal. Some people choose to taper, some "
    "choose to stay on, and both are valid choices made with a prescriber.</li>"
    "<li>“Detox” for medically supervised withdrawal. The 2024 federal rule for opioid "
    "treatment programs moved away from the word “detoxification” and uses “medically "
    "supervised withdrawal” instead.</li>"
    "</ul>"
    "<h2>Words about people who use drugs</h2>"
    "<p>Not everyone we meet is in recovery yet, and some never call it that. People who use "
    "drugs deserve the same respect. Say “person who uses drugs” or “person who injects "
    "drugs.” Avoid “drug-seeking,” “frequent flyer” or “user.” When a person returns to use, "
    "describe it plainly and without drama. A return to use is a health event, not a moral "
    "one. It is a reason to look at the plan and keep them safe.</p>"
    "<h2>Putting it into practice: three quick drills</h2>"
    "<ol>"
    "<li><strong>Read your own notes.</strong> Pick your last five notes. Circle any label. "
    "Rewrite one sentence so it describes what happened.</li>"
    "<li><strong>Listen at lunch.</strong> For one day, notice the words people around you use "
    "about drug use. You don't need to correct anyone. Just notice.</li>"
    "<li><strong>Practice one line.</strong> Pick one word you want to help others change. "
    "Write one calm sentence you could use to offer a new word. Say it out loud until it feels "
    "natural.</li>"
    "</ol>"
    "<p>Language is one of the easiest places to start advocacy. It costs nothing. It happens "
    "every day. And it reaches people who make decisions about the lives of people on "
    "medication.</p>"
)

L3_EXTRA = (
    "<h2>Putting rights to work: a coach's checklist</h2>"
    "<p>When someone tells you they were treated unfairly, use this short list:</p>"
    "<ol>"
    "<li><strong>Safety first.</strong> Is the person without their medication right now? "
    "Are they at risk of withdrawal or overdose today? If so, the first job is to help them "
    "reach their prescriber or program, and to make sure they have naloxone.</li>"
    "<li><strong>What happened?</strong> Get the date, the place, who said what, and whether "
    "anything was in writing.</li>"
    "<li><strong>What rule was used?</strong> Help them ask for the policy in writing. A "
    "spoken “that's our policy” is not enough.</li>"
    "<li><strong>What do they want?</strong> Their medication back? An apology? A change for "
    "others? Nothing for now?</li>"
    "<li><strong>Which door?</strong> The program's own process, a state agency, a federal "
    "agency, or legal help. Often the first door is the simplest.</li>"
    "<li><strong>Deadlines.</strong> Some complaints have time limits. Help them act early "
    "and keep copies.</li>"
    "</ol>"
    "<p>Keep your language careful through all of this. Say “you may have rights here” and "
    "“a legal helper can tell you more,” not “they broke the law.”</p>"
)

L4_EXTRA = (
    "<h2>Coaching self-advocacy step by step</h2>"
    "<p>Many people we serve have spent years being talked down to by systems. Speaking up can "
    "feel dangerous. It may have been dangerous in the past. So build it in small steps.</p>"
    "<h3>Step 1: Name the goal</h3>"
    "<p>Help the person say what they want in one clear sentence. “I want my weekend "
    "take-homes back.” “I want to keep my methadone while I'm on probation.” “I want the "
    "nursing home to take my dad.” A clear goal keeps the talk on track.</p>"
    "<h3>Step 2: Build the facts</h3>"
    "<p>Write a short timeline together. Gather papers: letters, the policy, a prescription "
    "label, a note from the prescriber if the person wants one. Facts calm people down, "
    "including the person on the other side of the desk.</p>"
    "<h3>Step 3: Write the opening line</h3>"
    "<p>The first sentence is the hardest. Write it down. For example: “Thank you for meeting "
    "with me. I'm here about my take-homes. I want to explain what changed at my job and ask "
    "for a review.” Many people carry the card in their pocket.</p>"
    "<h3>Step 4: Practice the hard moments</h3>"
    "<p>Role-play what might go wrong. What if they say no? What if they get short with you? "
    "Practice a calm reply: “I understand. Can you tell me the reason, and what I could do to "
    "change the answer?” Practice asking for the decision in writing.</p>"
    "<h3>Step 5: Debrief and celebrate</h3>"
    "<p>Afterward, ask how it went and what they learned. Name their courage, whatever the "
    "result. If the answer was no, plan the next step together. If it was yes, notice what "
    "worked so they can use it again.</p>"
    "<h2>An example</h2>"
    "<p>Denise, from Lesson 1, decided she wanted to talk with her supervisor about the "
    "gossip at work. Her coach helped her write one line: “I take a medication for a health "
    "condition, and people here are talking about it. I'd like it to stop.” They practiced "
    "twice. Denise chose not to name the medicine. Her supervisor spoke to the staff, and the "
    "whispers mostly stopped. Denise said later that the best part was hearing herself say it "
    "calmly. She had spoken up for herself, and she knew she could do it again.</p>"
    "<h2>Where systems advocacy starts</h2>"
    "<p>Systems advocacy can sound big, like testifying at the state capitol. Sometimes it is. "
    "More often it starts small:</p>"
    "<ul>"
    "<li>asking a recovery house manager if you can bring a short training about medication "
    "to the house;</li>"
    "<li>asking your agency to add “positive test” to its note template instead of “dirty”;</li>"
    "<li>bringing a pattern of pharmacy refusals to a local coalition meeting;</li>"
    "<li>inviting people on medication to join a program's patient advisory group.</li>"
    "</ul>"
    "<p>Always ask your supervisor how your program handles public advocacy. And always "
    "include people with lived experience of the barrier in the planning. Nothing about us "
    "without us.</p>"
)

L1_EXTRA_2 = (
    "<h2>A quick self-check on stigma</h2>"
    "<p>None of us grew up outside of stigma. Some of it lives in us, even after years in "
    "recovery. Try asking yourself a few honest questions. Do I think of methadone as less "
    "“real” recovery than buprenorphine, or than no medication at all? Do I feel a flash of "
    "judgment when someone returns to use? Do I talk differently about people who inject "
    "drugs? Noticing these reactions is not a failure. It is the first step to making sure "
    "they don't leak into how you treat people. Bring what you notice to supervision.</p>"
)

L2_EXTRA_2 = (
    "<h2>Words in other languages and cultures</h2>"
    "<p>Many people you serve speak Spanish, Vietnamese, Navajo, Haitian Creole or another "
    "language at home. Stigmatizing words exist in every language, and so do respectful ones. "
    "Ask bilingual coworkers and the people you serve which words feel respectful in their "
    "language and community. A word that sounds neutral in English can carry shame when "
    "translated, and the reverse is true too. When you use an interpreter, ask them to use "
    "respectful words for medication and recovery.</p>"
)

L3_EXTRA_2 = (
    "<h2>Two more things people ask about</h2>"
    "<h3>“Can they make me taper to keep my job or my housing?”</h3>"
    "<p>This is one of the most common questions. Medical decisions about a person's dose "
    "belong to the person and their prescriber. When an employer, landlord or program tells "
    "someone to stop a prescribed medication to keep a job, a home or a place in a program, "
    "the DOJ guidance suggests the ADA may apply. The answer depends on the facts, so this is "
    "a moment to connect the person with legal help. Meanwhile, remind them that any change "
    "to their medicine is a decision for them and their prescriber, not for an employer, "
    "a landlord or a program.</p>"
    "<h3>“Do I have to tell people I'm on medication?”</h3>"
    "<p>Usually, people choose whom to tell. Treatment records are private, and a program "
    "generally needs written consent to share them. Some situations, such as certain safety "
    "jobs or a court order, have their own rules. Help the person think through who needs to "
    "know, what they want to say, and what they want to keep private. Some people carry a "
    "wallet card from their program, so that if they are in an accident or arrested, medical "
    "staff can confirm their dose. That choice is theirs too.</p>"
    "<p>Whatever they decide, respect it. Your job is to help them choose with good "
    "information, not to choose for them. A person who feels in control of their own story "
    "is more likely to speak up when it matters, and to stay in care.</p>"
)

L4_EXTRA_2 = (
    "<p>Remember, too, that advocacy is teamwork. You do not have to know every law or every "
    "agency. You need to know your own program's policies, the names of a few people who can "
    "help, and how to find out more. Keep a short list of local contacts and update it as you "
    "learn.</p>"
)

QUIZ = {
    "slug": "module-7-check",
    "title": "Module 7 check: Advocacy, stigma and rights",
    "minutes": 10,
    "pass_mark": 80,
    "max_attempts": 3,
    "shuffle": True,
    "draw": 5,
    "questions": [
        {
            "prompt": (
                "A recovery house in your county has a written rule: “No residents on "
                "methadone or Suboxone.” Several people you serve have been turned away. "
                "Which kind of stigma is this, and what does it call for?"
            ),
            "multiple": False,
            "choices": [
                ("Structural stigma; keep private records of the barrier and consider "
                 "systems advocacy along with helping each person", True),
                ("Self-stigma; help each resident feel better about themselves", False),
                ("Public stigma; nothing can be done until attitudes change", False),
                ("It is not stigma, because a house may set any rule it likes", False),
            ],
            "explanation": (
                "A written rule that shuts out a whole group is structural stigma. Helping each "
                "person matters, but a pattern like this also calls for systems advocacy."
            ),
        },
        {
            "prompt": (
                "Keisha, who takes buprenorphine, tells you: “At my meeting they said I can't "
                "share until I'm off my meds, because I'm not really clean.” What is the most "
                "helpful first response?"
            ),
            "multiple": False,
            "choices": [
                ("Say that taking her prescribed medication is recovery, ask how that felt, "
                 "and explore what she wants, such as other meetings that welcome people on "
                 "medication", True),
                ("Tell her the group is right and she should start a taper so she can share", False),
                ("Tell her all twelve-step groups reject people on medication, so she should "
                 "stop going", False),
                ("Call the meeting's chairperson yourself and demand an apology", False),
            ],
            "explanation": (
                "You affirm her recovery, listen to the hurt, and support her choice. Groups "
                "differ, so blanket statements are wrong, and taking over is not advocating "
                "with her."
            ),
        },
        {
            "prompt": (
                "Which of these chart notes use accurate, person-first language? Choose all "
                "that apply."
            ),
            "multiple": True,
            "choices": [
                ("“Mr. Diaz's urine test was positive for fentanyl.”", True),
                ("“Ms. Lee takes methadone for opioid use disorder and works full time.”", True),
                ("“Client is an addict and non-compliant.”", False),
                ("“Patient is on replacement drugs and still dirty.”", False),
            ],
            "explanation": (
                "Describe what happened and put the person first. Labels like “addict,” "
                "“non-compliant,” “replacement” and “dirty” carry blame and are not accurate."
            ),
        },
        {
            "prompt": (
                "Earl, 66, takes buprenorphine. After surgery, a rehab nursing home tells his "
                "family it does not accept anyone on that medication. What is the most "
                "accurate thing a coach can say?"
            ),
            "multiple": False,
            "choices": [
                ("Justice Department guidance says the ADA generally protects people in "
                 "treatment, including those on prescribed medication, and blanket refusals "
                 "can be discrimination; you can help the family get the policy in writing and "
                 "reach legal help", True),
                ("Nursing homes are private, so the ADA never applies to them", False),
                ("This is definitely illegal and the family will win if they sue", False),
                ("The ADA only protects people who have fully stopped all opioid medication", False),
            ],
            "explanation": (
                "The DOJ guidance names skilled nursing facilities and says people taking "
                "prescribed medication are protected. Coaches describe rights and connect "
                "people to help. They do not predict legal outcomes."
            ),
        },
        {
            "prompt": (
                "Rosa arrives at the emergency room with a serious infection and says she "
                "used fentanyl yesterday. A staff member suggests sending her away because "
                "she is using. What does the ADA say about this?"
            ),
            "multiple": False,
            "choices": [
                ("A person cannot be denied health services because of current illegal drug "
                 "use if they are otherwise entitled to those services", True),
                ("Because she is currently using, she has no protection of any kind", False),
                ("The hospital may refuse care until she has a negative drug test", False),
                ("Only people on methadone are protected from being refused care", False),
            ],
            "explanation": (
                "42 U.S.C. 12210(c) says health services and drug treatment services cannot be "
                "denied because of current illegal drug use when the person is otherwise "
                "entitled to them. An emergency room cannot refuse emergency care for that "
                "reason."
            ),
        },
        {
            "prompt": (
                "Linh's job offer was withdrawn after a drug test showed her prescribed "
                "buprenorphine. She wants to know her options. Which responses fit a coach's "
                "role? Choose all that apply."
            ),
            "multiple": True,
            "choices": [
                ("Tell her that job complaints go to the EEOC and generally have a deadline "
                 "of 180 days, so acting early matters", True),
                ("Help her write down what happened, with dates and names, and keep any "
                 "letters or emails", True),
                ("Offer to connect her with legal aid or a group that helps people on "
                 "medication", True),
                ("Tell her she has a strong case and will get the job back", False),
                ("Advise her to stop her medication before the next job test", False),
            ],
            "explanation": (
                "Coaches share basic facts, help people document, and connect to legal help. "
                "Predicting outcomes is legal advice, and suggesting she stop her medication is "
                "medical advice and unsafe."
            ),
        },
        {
            "prompt": (
                "Marcus is told at his OTP that he will be discharged for unpaid fees. He asks "
                "what he can do. Which step comes first for a coach?"
            ),
            "multiple": False,
            "choices": [
                ("Help him get the program's discharge and grievance policies and any written "
                 "notice, and find out what he wants to ask for", True),
                ("Call the state licensing agency for him right away", False),
                ("Tell him his state's rules say programs can never discharge for fees", False),
                ("Suggest he lower his dose on his own to make the medication last", False),
            ],
            "explanation": (
                "Start with facts, the written rules and his goal. Rules differ by state, so "
                "don't guess. Never suggest changing a dose; that is for his prescriber."
            ),
        },
        {
            "prompt": (
                "Ms. Okoro asks you to come with her to a meeting with her probation officer "
                "about her methadone. What best shows advocating with her, not for her?"
            ),
            "multiple": False,
            "choices": [
                ("Before the meeting, agree on what she wants to say, what your role is, and a "
                 "signal for when she wants you to step in; then let her lead", True),
                ("Do all the talking so she doesn't get nervous", False),
                ("Bring a news reporter so the officer behaves", False),
                ("Tell the officer about her history so he understands her better", False),
            ],
            "explanation": (
                "She leads, you support. Agreeing on roles ahead of time protects her voice "
                "and her privacy. Sharing her history without consent breaks confidentiality."
            ),
        },
        {
            "prompt": (
                "Over two months, you notice that five people on methadone were turned away "
                "by the same homeless shelter. What is the best next step for systems "
                "advocacy?"
            ),
            "multiple": False,
            "choices": [
                ("Keep a record of the pattern without names, share it with your supervisor, "
                 "and bring it to a coalition or the shelter's leadership with people who "
                 "agree to take part", True),
                ("Post the names and stories of the five people online to pressure the "
                 "shelter", False),
                ("Do nothing, because each person should handle their own problem", False),
                ("Tell people on methadone to hide their medication at the shelter", False),
            ],
            "explanation": (
                "A documented pattern, shared with privacy protected, is the base of systems "
                "advocacy. Sharing names breaks confidentiality, and hiding medication is "
                "unsafe."
            ),
        },
    ],
}

GUIDE = {
    "objectives": [
        "Participants will be able to tell public, structural and self-stigma apart, "
        "including stigma toward medication inside recovery communities, and respond to each.",
        "Participants will be able to use person-first, recovery-oriented language in speech "
        "and notes, and offer it to others without shaming them.",
        "Participants will be able to describe, in plain words, how the ADA protects people "
        "with opioid use disorder, including people on medication, and where people can get "
        "help, without giving legal advice.",
        "Participants will be able to explain common patients' rights in opioid treatment "
        "programs and walk a person through a grievance.",
        "Participants will be able to coach self-advocacy and tell individual from systems "
        "advocacy, advocating with people rather than for them.",
    ],
    "agenda": [
        {
            "title": "Welcome and a word that hurt",
            "minutes": 20,
            "method": "discussion",
            "description": (
                "Welcome the group and set agreements: what is shared here stays here, speak "
                "from your own experience, and anyone can pass. Say plainly that methadone and "
                "buprenorphine are recovery. Ask people who are comfortable to share a word "
                "that was used about them, or someone they love, because of drug use, and how "
                "it felt. Write the words on a flip chart. Do not ask anyone to explain more "
                "than they want. Then ask what word they would have wanted instead, and write "
                "those next to the first list. Keep both lists up all day. Close by naming that "
                "everyone in the room has expertise about stigma from the inside."
            ),
            "materials": ["Flip chart", "Markers", "Group agreements poster"],
            "questions": [
                "What is a word that was used about you or someone you love because of drug use?",
                "How did that word change the way people treated you?",
                "What words would you have wanted people to use instead?",
            ],
        },
        {
            "title": "Three levels of stigma",
            "minutes": 15,
            "method": "presentation",
            "description": (
                "Using the handout, define stigma as a label tied to a stereotype that people "
                "act on. Explain public, structural and self-stigma with one example each: the "
                "coworker who gossips about someone leaving the clinic, the recovery house "
                "that bans medication, and the person who says “I'm not really in recovery, "
                "I'm just on methadone.” Then name stigma toward medication inside recovery "
                "communities. Say that stigma pushes people off medication and into using "
                "alone, so fighting it is overdose prevention. Take two or three questions."
            ),
            "materials": ["Handout: Stigma and language at a glance", "Slides or flip chart"],
        },
        {
            "title": "Spot the stigma",
            "minutes": 25,
            "method": "small_group",
            "description": (
                "Form groups of four. Give each group six short story cards (for example: a "
                "pharmacist who says “we don't carry that here” in front of a line; a jail "
                "that stops all medication at booking; a man who hides his buprenorphine from "
                "his partner; a sponsor who tells someone to taper; a clinic with dosing hours "
                "that end at 10 in the morning; a church flyer that says “addicts welcome”). "
                "For each card the group decides which level of stigma it shows, who is "
                "harmed, and one thing a coach could do. Give 15 minutes. Each group then "
                "reports one card in two minutes. Debrief: which kind was hardest to see, and "
                "why? Point out that structural stigma often looks like “just the policy.”"
            ),
            "materials": ["Story cards (six per group)", "Flip chart paper", "Markers"],
        },
        {
            "title": "Language swap",
            "minutes": 20,
            "method": "teach_back",
            "description": (
                "In pairs, each person gets three cards with a stigmatizing phrase (such as "
                "“dirty urine,” “replacement therapy,” “born addicted,” “non-compliant,” "
                "“clean time”). They rewrite each using person-first words, then teach their "
                "partner the new phrase and why it matters, in under a minute per card, as if "
                "talking to a new staff member. Partners give one piece of feedback. After 12 "
                "minutes, bring the group together and ask two pairs to role-model how they "
                "would offer a new word to a coworker privately, without shaming. Remind the "
                "group: we do not correct how people describe themselves."
            ),
            "materials": ["Language cards", "Handout: Stigma and language at a glance"],
        },
        {
            "title": "Rights in plain words: the ADA and OTP patients' rights",
            "minutes": 20,
            "method": "presentation",
            "description": (
                "Start by saying coaches describe rights and connect people to legal help; we "
                "do not give legal advice. Cover the 2022 Justice Department guidance: opioid "
                "use disorder is usually a disability; people in treatment, including those on "
                "prescribed medication, are protected; blanket bans can be discrimination. "
                "Explain 42 U.S.C. 12210: current illegal use is not protected, but health "
                "services and drug treatment services cannot be denied because of current use, "
                "and programs can still have rules about using while in the program. Then "
                "cover OTP rights using the Maryland and Pennsylvania examples, and say that "
                "rights differ by state. End with where people get help: the program's "
                "grievance process, the state licensing agency and State Opioid Treatment "
                "Authority, the Justice Department, the EEOC for jobs, and legal aid."
            ),
            "materials": ["Handout: Your rights and where to get help", "Slides or flip chart"],
        },
        {
            "title": "Handbook scavenger hunt",
            "minutes": 25,
            "method": "small_group",
            "description": (
                "Before the session, collect one or two real OTP patient handbooks (with "
                "permission) or use a sample handbook. In groups of three or four, participants "
                "find and mark: the patients' rights statement, the grievance steps and time "
                "limits, the take-home policy, the discharge policy, and the name of the state "
                "agency to contact. Give 15 minutes. Then each group answers: If a person had "
                "a complaint today, what are the first three things they would do? Debrief for "
                "10 minutes. Ask: What was hard to find? What would you explain to someone on "
                "their first day?"
            ),
            "materials": [
                "Sample OTP patient handbooks",
                "Highlighters",
                "Handout: Your rights and where to get help",
            ],
        },
        {
            "title": "With, not for: two coaches",
            "minutes": 15,
            "method": "demonstration",
            "description": (
                "Two facilitators act out the same situation twice: Mr. Ortiz's pharmacy keeps "
                "saying his buprenorphine is out of stock. In version one, the coach grabs the "
                "phone, argues with the clerk and fixes it. In version two, the coach asks what "
                "he has tried, writes a short script with him, listens while he calls, and then "
                "helps him ask his prescriber about another pharmacy. The coach also notes the "
                "pattern without his name. Ask the group what was different, who had more "
                "power at the end of each version, and what Mr. Ortiz will do next month."
            ),
            "materials": ["Two chairs", "A phone as a prop"],
        },
        {
            "title": "Role-play: getting ready for a grievance meeting",
            "minutes": 35,
            "method": "role_play",
            "description": (
                "Form groups of three. Explain roles and give each person the script. The coach "
                "helps the participant prepare to speak for herself at a meeting about her "
                "take-homes. The coach should listen first, find out what she wants, look at "
                "the policy together, and help her write and practice a short request. Run "
                "three rounds of about eight minutes so each person plays each role, with two "
                "minutes of observer feedback after each round. Use the last five minutes for "
                "a whole-group debrief: What helped her find her words? Where did anyone take "
                "over, or drift into legal or medical advice?"
            ),
            "materials": [
                "Role cards",
                "Observer checklists",
                "Sample take-home and grievance policy",
            ],
            "roles": [
                "Coach",
                "Participant (Tanya Begay, 38, Diné, on methadone 18 months, works early "
                "shifts at a casino kitchen)",
                "Observer",
            ],
            "script": (
                "Tanya's weekend take-homes were put on hold this morning because she missed "
                "three counseling groups after her work shift changed. Nothing is in writing. "
                "She opens with: “I want you to go in there and tell them off. I can't lose this "
                "job, and I can't lose my weekends. And every time I talk to them, my mind goes "
                "blank.” If the coach asks what she wants, she says she wants her weekends back "
                "and a group time she can make. If the coach offers to speak for her, she "
                "agrees at first. If the coach helps her practice, she tries out a first line, "
                "stumbles, and then does better on the second try."
            ),
            "observer_checklist": [
                "Coach listened and named her feelings before problem-solving",
                "Coach asked what outcome she wants",
                "Coach suggested getting the written policy and reading it together",
                "Coach helped her name the barrier (her shift) and a possible solution",
                "Coach helped her practice her own words rather than speaking for her",
                "Coach raised consent before offering to attend or talk with staff",
                "Coach avoided legal predictions and medical advice about doses",
            ],
        },
        {
            "title": "Mapping a barrier for systems advocacy",
            "minutes": 30,
            "method": "small_group",
            "description": (
                "In groups of four or five, each group picks one barrier that many people face "
                "(for example: a recovery house that bans medication, a pharmacy that will not "
                "stock buprenorphine, a shelter that turns away people on methadone). They fill "
                "in a barrier map on flip chart paper: who is harmed, what rule causes it, who "
                "can change it, what evidence they would collect without names, who their "
                "allies are, and one first step. Give 20 minutes. Each group shares its first "
                "step in two minutes. Point out that Module 8 goes deeper on systems advocacy, "
                "and that every step here protects privacy."
            ),
            "materials": ["Flip chart paper", "Markers", "Barrier map template"],
        },
        {
            "title": "When stigma comes from inside recovery",
            "minutes": 20,
            "method": "discussion",
            "description": (
                "This can be tender, so remind the group of the agreements. Ask the questions "
                "one at a time and let silence work. Some participants may hold beliefs that "
                "medication is not recovery; invite curiosity rather than debate. Close by "
                "stating the program's position clearly and kindly: nobody has to stop a "
                "prescribed medication to count as being in recovery, and every coach here "
                "supports each person's own pathway."
            ),
            "materials": ["Flip chart"],
            "questions": [
                "Have you seen people on medication treated as less than in recovery spaces? "
                "What happened?",
                "What would make a meeting or recovery community truly welcoming to people on "
                "medication?",
                "How can a coach respond when a sponsor or group pressures someone to taper?",
                "What beliefs about medication did you once hold, and what changed them?",
            ],
        },
        {
            "title": "Teach-back and closing",
            "minutes": 15,
            "method": "teach_back",
            "description": (
                "In pairs, each person explains in two minutes, as if to a new participant at "
                "the peer center: one right they have at their OTP, and one place to get help "
                "if they are treated unfairly because of their medication. The partner checks "
                "for plain words and no legal predictions. Then go around the room: each person "
                "names one thing they will do differently as a coach. Thank the group and "
                "point ahead to Module 8."
            ),
            "materials": ["Handout: Your rights and where to get help"],
        },
    ],
    "handouts": [
        {
            "title": "Stigma and language at a glance",
            "text": (
                "Stigma is a label tied to a stereotype that people act on. It keeps people "
                "from care, pushes people off medication and isolates them.\n\n"
                "Three levels\n"
                "- Public stigma: what other people believe and do.\n"
                "- Structural stigma: rules, laws and systems that shut people out.\n"
                "- Self-stigma: when a person starts to believe the stereotype about "
                "themselves.\n\n"
                "Stigma toward medication inside recovery is real. Our position: methadone and "
                "buprenorphine are recovery. Nobody has to stop a prescribed medication to "
                "count as being in recovery.\n\n"
                "Word swaps\n"
                "- Say person with a substance use disorder, not a label.\n"
                "- Say medication for opioid use disorder, not “replacement” or “substitution.”\n"
                "- Say positive or negative test, not “dirty” or “clean.”\n"
                "- Say returned to use, not “failed.”\n"
                "- Say recovery time, so people on medication are included.\n"
                "- Describe what happened instead of writing “non-compliant.”\n\n"
                "Let people choose how they describe themselves. Offer new words as a gift, "
                "privately, with the reason why."
            ),
        },
        {
            "title": "Your rights and where to get help",
            "text": (
                "Coaches describe rights and connect people to help. We do not give legal "
                "advice.\n\n"
                "The ADA\n"
                "- Justice Department guidance (2022): opioid use disorder is usually a "
                "disability. People in treatment or recovery, including people on prescribed "
                "medication, are protected if they are not currently using drugs illegally.\n"
                "- Blanket rules that shut out everyone on medication can be discrimination.\n"
                "- 42 U.S.C. 12210(c): health services and drug treatment services cannot be "
                "denied because of current illegal drug use if the person is otherwise "
                "entitled to them. Programs can still have rules about using while in the "
                "program.\n\n"
                "At your opioid treatment program\n"
                "- Ask for the patients' rights statement, grievance steps, take-home policy "
                "and discharge policy.\n"
                "- Rights differ by state. Many states require a posted rights statement, a "
                "grievance process, and no retaliation.\n"
                "- A grievance should be calm, short, written and dated, and ask for something "
                "clear. Keep copies.\n\n"
                "Where to go\n"
                "- The program's grievance process.\n"
                "- The state agency that licenses OTPs, and the State Opioid Treatment "
                "Authority.\n"
                "- The U.S. Department of Justice, for ADA complaints.\n"
                "- The EEOC, for job discrimination. Charges generally must be filed within "
                "180 days.\n"
                "- Legal aid, your state's disability rights agency, the ADA National Network, "
                "and advocacy groups for people on medication."
            ),
        },
        {
            "title": "Getting ready to speak up: a worksheet",
            "text": (
                "1. What happened? Write the date, who was there and what was said.\n\n"
                "2. What rule did they use? Ask for it in writing.\n\n"
                "3. What do I want? Write it in one or two sentences.\n\n"
                "4. What is getting in the way? For example, work hours, bus routes, "
                "childcare, illness.\n\n"
                "5. What solution can I offer?\n\n"
                "6. Who can say yes?\n\n"
                "7. My opening line:\n\n"
                "8. Who will come with me, and what is their role?\n\n"
                "9. What happened, and what comes next?"
            ),
        },
    ],
}

SOURCES = [
    "U.S. Department of Justice, Civil Rights Division. The Americans with Disabilities Act "
    "and the Opioid Crisis: Combating Discrimination Against People in Treatment or Recovery. "
    "2022.",
    "Americans with Disabilities Act of 1990, 42 U.S.C. 12210: Illegal use of drugs.",
    "U.S. Department of Justice. ADA Title III Technical Assistance Manual, III-3.9000: "
    "Illegal use of drugs. 1993.",
    "U.S. Department of Justice. Filing a Complaint with the Equal Employment Opportunity "
    "Commission (ADA information page).",
    "Mid-Atlantic ADA Center. ADA Enforcement Options: Title II. ADA in Focus, Fall 2020.",
    "National Institute on Drug Abuse. Words Matter: Terms to Use and Avoid When Talking About "
    "Addiction (NIDAMED guidance for health professionals).",
    "Kelly JF, Westerhoff CM. Does it matter how we refer to individuals with "
    "substance-related conditions? A randomized study of two commonly used terms. "
    "International Journal of Drug Policy. 2010.",
    "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
    "U.S. Department of Health and Human Services, SAMHSA. Medications for the Treatment of "
    "Opioid Use Disorder: Final Rule revising 42 CFR Part 8. Federal Register, February 2, "
    "2024.",
    "Code of Maryland Regulations 10.47.01.07: Patient Rights and Grievance Procedures.",
    "Pennsylvania Code, Title 28, Section 715.22: Patient grievance procedures (narcotic "
    "treatment programs).",
]

MODULE = {
    "slug": "advocacy-stigma-and-rights",
    "title": "Advocacy, stigma, person-first language and patients' rights",
    "domain": "advocacy",
    "intro": (
        "How stigma harms people in medication-assisted recovery, how respectful words reduce "
        "it, what rights people have under the ADA and at opioid treatment programs, and how "
        "coaches advocate with people, not for them."
    ),
    "minutes": 240,
    "sources": SOURCES,
    "lessons": [
        {
            "slug": "understanding-stigma",
            "title": "Understanding stigma, including stigma toward medication",
            "minutes": 13,
            "body": [
                ("rich_text", L1_STIGMA),
                ("callout", L1_CALLOUT),
                ("rich_text", L1_STIGMA_2),
                ("rich_text", L1_EXTRA),
                ("rich_text", L1_EXTRA_2),
                ("reflection", {
                    "prompt": (
                        "Think of a time you met stigma about drug use or about medication: "
                        "from the public, from a rule, or inside yourself. Which level was it? "
                        "What helped, or what would have helped? How might that experience "
                        "shape the way you respond when someone you coach faces the same thing?"
                    ),
                    "min_words": 80,
                    "minutes": 7,
                }),
            ],
        },
        {
            "slug": "person-first-language",
            "title": "Person-first, recovery-oriented language",
            "minutes": 10,
            "body": [
                ("rich_text", L2_LANGUAGE),
                ("callout", L2_CALLOUT),
                ("rich_text", L2_LANGUAGE_2),
                ("rich_text", L2_EXTRA),
                ("rich_text", L2_EXTRA_2),
                ("reflection", {
                    "prompt": (
                        "Pick one stigmatizing word you have used or heard often in recovery "
                        "spaces. Write the sentence you will use to offer a better word to a "
                        "coworker or a group, kindly and in private."
                    ),
                    "min_words": 30,
                    "minutes": 2,
                }),
                ("self_check", L2_SELF_CHECK),
            ],
        },
        {
            "slug": "rights-of-patients-in-opioid-treatment-programs",
            "title": "Rights: the ADA and patients' rights in opioid treatment programs",
            "minutes": 15,
            "body": [
                ("rich_text", L3_RIGHTS),
                ("callout", L3_CALLOUT),
                ("rich_text", L3_RIGHTS_2),
                ("rich_text", L3_EXTRA),
                ("rich_text", L3_EXTRA_2),
                ("scenario", L3_SCENARIO),
            ],
        },
        {
            "slug": "levels-of-advocacy",
            "title": "Self-advocacy, individual advocacy and systems advocacy",
            "minutes": 12,
            "body": [
                ("rich_text", L4_ADVOCACY),
                ("callout", L4_CALLOUT),
                ("rich_text", L4_ADVOCACY_2),
                ("rich_text", L4_EXTRA),
                ("rich_text", L4_EXTRA_2),
                ("reflection", {
                    "prompt": (
                        "Describe a time someone spoke up for you, or with you. Did it leave "
                        "you stronger or more dependent? What will you do as a coach to make "
                        "sure the people you support speak for themselves as much as they want "
                        "to?"
                    ),
                    "min_words": 60,
                    "minutes": 5,
                }),
            ],
        },
    ],
    "quiz": QUIZ,
    "guide": GUIDE,
}
