"""Recovery Coach Training module 3: Roles of a recovery coach. What a coach does and does not
do, the SAMHSA core competency categories, the settings coaches work in, the mutual relationship,
leading a peer support group, and working on a team with clinical staff."""

MODULE = {
    "slug": "roles-of-a-recovery-coach",
    "title": "Roles of a recovery coach, and what a coach is not",
    "domain": "mentoring-education",
    "intro": (
        "What a recovery coach does, how the role differs from a sponsor, counselor, case "
        "manager or clinician, where coaches work, how to lead a peer support group, and how "
        "to be a strong peer voice on a clinical team."
    ),
    "minutes": 180,
    "sources": [
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "SAMHSA, Bringing Recovery Supports to Scale Technical Assistance Center Strategy. "
        "Frequently Asked Questions for Core Competencies for Peer Workers. 2015.",
        "International Association of Peer Supporters (now the National Association of Peer "
        "Supporters). National Practice Guidelines for Peer Supporters. 2013.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "U.S. Department of Health and Human Services, SAMHSA. Medications for the Treatment "
        "of Opioid Use Disorder: Final Rule revising 42 CFR Part 8. Federal Register, "
        "February 2, 2024.",
        "SAMHSA, Office of Recovery. Best Practices for Recovery Housing. 2023.",
        "Bureau of Justice Assistance, U.S. Department of Justice. Peer Recovery Support "
        "Services in Correctional Settings. 2022.",
        "Characterization of peer support services for substance use disorders in 11 US "
        "emergency departments in 2020. Addiction Science and Clinical Practice. 2024.",
        "Crisanti, A. S., and others. Implementation Challenges and Recommendations for "
        "Employing Peer Support Workers in Emergency Departments to Support Patients "
        "Presenting after an Opioid-Related Overdose. International Journal of "
        "Environmental Research and Public Health. 2022.",
        "Peer Health Navigation Experiences Before and After Prison Release Among People "
        "With Opioid Use Disorder. Psychiatric Services. 2023.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "what-a-recovery-coach-does",
            "title": "What a recovery coach does",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>A peer who walks alongside</h2>"
                 "<p>A recovery coach is a person with lived experience of recovery. The "
                 "coach is trained to help other people start and keep up their own "
                 "recovery. SAMHSA, the federal Substance Abuse and Mental Health Services "
                 "Administration, describes peer support as help that is based on shared "
                 "understanding, respect and mutual empowerment between people in similar "
                 "situations. That is a good working definition. You are not the expert on "
                 "someone else's life. You are someone who has been there, who has learned "
                 "some things, and who is willing to walk next to them for a while.</p>"
                 "<p>In a program built on the MARS model, peer-run Medication Assisted "
                 "Recovery Services, the coach is most often a person in medication-assisted "
                 "recovery too. You may have stood in the same dosing line. You may have "
                 "heard the same hurtful comments about “trading one drug for another.” "
                 "That shared ground is the heart of the work. It is why a person who will "
                 "not open up to staff may open up to you.</p>"
                 "<h2>Coaching is non-clinical</h2>"
                 "<p>Coaching is not treatment. A coach does not diagnose, does not do "
                 "therapy, and does not make medical decisions. Coaching looks at the "
                 "present and the future: what the person wants, what strengths and "
                 "resources they have, and what the next step is. A counselor may ask "
                 "“What happened to you?” A coach is more likely to ask “What do you want "
                 "this week to look like?”</p>"
                 "<p>Coaching is also strengths-based. That means we start from what is "
                 "working, not from what is broken. A woman who has kept her kids fed "
                 "through years of chaos has real skills. A man who made it to the clinic "
                 "every day on two buses has real grit. We notice those things out loud, "
                 "and we build on them.</p>"
                 "<h2>The many hats a coach wears</h2>"
                 "<p>On any given day, a coach may play several roles. Here are the most "
                 "common ones, with what each looks like in practice.</p>"
                 "<ul>"
                 "<li><strong>Motivator and cheerleader.</strong> You believe in the person "
                 "when they do not believe in themselves. You notice small wins: a kept "
                 "appointment, a hard phone call made, a week with fewer cravings.</li>"
                 "<li><strong>Ally and confidant.</strong> You listen without judging. You "
                 "keep what they tell you private, within the limits you explained at the "
                 "start.</li>"
                 "<li><strong>Truth-teller.</strong> You give honest feedback, with care, "
                 "when the person asks for it or when safety calls for it.</li>"
                 "<li><strong>Role model and mentor.</strong> Your life shows that recovery "
                 "on medication is real and possible.</li>"
                 "<li><strong>Problem solver.</strong> You help the person think through "
                 "barriers. You ask questions. You do not hand over answers.</li>"
                 "<li><strong>Resource broker.</strong> You connect people to housing, "
                 "food, benefits, work, school, health care, mutual aid and community.</li>"
                 "<li><strong>Advocate.</strong> You help people speak up for themselves. "
                 "When needed, you stand next to them while they do it.</li>"
                 "<li><strong>Community builder.</strong> You help make places, such as "
                 "clinics, churches, workplaces and recovery groups, more welcoming to "
                 "people on medication.</li>"
                 "</ul>"
                 "<h2>What coaching looks like day to day</h2>"
                 "<p>Think about a normal week for a coach at an opioid treatment program. "
                 "On Monday, she greets people in the lobby and checks in with a man who "
                 "started methadone last week. On Tuesday, she helps a young mother fill out "
                 "a housing form. On Wednesday, she runs a peer support group. On Thursday, "
                 "she rides along to a court date with someone on probation. On Friday, she "
                 "calls three people who missed doses, just to ask how they are. None of "
                 "this is therapy. All of it is recovery support.</p>"
                 "<p>Much of coaching is practical. A bus pass, a phone that works, a "
                 "copy of a birth certificate, a ride to a dentist: these small things can "
                 "decide whether someone stays in care. A coach treats them as real "
                 "recovery issues, because they are.</p>"
                 "<h2>What coaching sounds like</h2>"
                 "<p>Here is a short example. Ms. Okafor, 58, has been on methadone for six "
                 "years. She tells her coach she wants to go back to work, but she is "
                 "scared.</p>"
                 "<p><em>Coach: “You want to work again, and part of you is nervous about "
                 "it.”</em></p>"
                 "<p><em>Ms. Okafor: “What if they find out about the clinic?”</em></p>"
                 "<p><em>Coach: “That worry makes sense. A lot of us have had it. What kind "
                 "of work are you thinking about?”</em></p>"
                 "<p><em>Ms. Okafor: “I used to cook. I was good at it.”</em></p>"
                 "<p><em>Coach: “You lit up just now. What would a first small step look "
                 "like?”</em></p>"
                 "<p>Notice what the coach did not do. She did not tell Ms. Okafor what job to "
                 "get. She did not promise that no one would find out. She did not give a "
                 "speech about privacy law. She listened, named the fear, noticed a "
                 "strength, and let Ms. Okafor choose the next step. Later, if Ms. Okafor "
                 "wants it, the coach can share facts about privacy or help her find a job "
                 "program. First comes the relationship.</p>"
                 "<h2>Coaching over time</h2>"
                 "<p>What a coach does changes as a person's recovery grows. Early on, the "
                 "focus is often safety and basics: getting started on medication, "
                 "naloxone, a bed, food and the daily trip to the clinic. Later, the focus "
                 "shifts to building a life: family, work, school, health and fun. Much "
                 "later, the person may become a mentor to others. A good coach notices "
                 "the shift and follows the person's lead, rather than staying stuck in "
                 "crisis mode.</p>"),
                ("callout", {
                    "title": "Say it plainly",
                    "text": (
                        "Medication is a pathway to recovery, not a detour from it. A coach "
                        "in a medication-assisted recovery program supports every person's "
                        "own path and goals, and never treats someone on methadone or "
                        "buprenorphine as less in recovery than anyone else."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>The SAMHSA core competencies</h2>"
                 "<p>In 2015, SAMHSA worked with people from the mental health and "
                 "substance use recovery communities to write the <em>Core Competencies for "
                 "Peer Workers in Behavioral Health Services</em>. A competency is a mix of "
                 "knowledge, skills and attitudes that shows up in how you do your job. "
                 "Hundreds of people gave input. Many states use the competencies to shape "
                 "peer training, certification and job descriptions. Supervisors may use "
                 "them to review your work.</p>"
                 "<p>The competencies are sorted into twelve categories. Here they are, in "
                 "plain words, with an example of each from medication-assisted "
                 "recovery.</p>"
                 "<ol>"
                 "<li><strong>Engages peers in collaborative and caring relationships.</strong> "
                 "You reach out first, listen closely and show real respect. Example: you "
                 "sit with a nervous new patient in the lobby on her first day.</li>"
                 "<li><strong>Provides support.</strong> You validate feelings, offer hope "
                 "and celebrate effort. Example: you notice that someone made it to every "
                 "dose this week, despite a sick child at home.</li>"
                 "<li><strong>Shares lived experiences of recovery.</strong> You use your own "
                 "story with purpose, when it helps the other person. Module 4 covers "
                 "this skill in depth.</li>"
                 "<li><strong>Personalizes peer support.</strong> You honor many paths and "
                 "each person's culture and strengths. Example: you support a person who "
                 "wants to add church to their recovery, and another who does not.</li>"
                 "<li><strong>Supports recovery planning.</strong> You help people set their "
                 "own goals and take steps toward them.</li>"
                 "<li><strong>Links to resources, services and supports.</strong> You "
                 "connect people to what they ask for, such as housing, benefits or a "
                 "medication-friendly meeting.</li>"
                 "<li><strong>Provides information about skills related to health, "
                 "wellness and recovery.</strong> You share what you know about things like "
                 "naloxone, sleep or stress, based on what the person wants.</li>"
                 "<li><strong>Helps peers to manage crises.</strong> You notice when "
                 "someone is in danger, stay calm and get the right help fast.</li>"
                 "<li><strong>Values communication.</strong> You speak with respect, use "
                 "person-first language and keep your word.</li>"
                 "<li><strong>Supports collaboration and teamwork.</strong> You work well "
                 "with counselors, nurses, prescribers and others, and you help the person "
                 "be heard by them.</li>"
                 "<li><strong>Promotes leadership and advocacy.</strong> You help people "
                 "speak up, and you push for fair policies.</li>"
                 "<li><strong>Promotes growth and development.</strong> You keep learning, "
                 "use supervision well and take care of your own recovery.</li>"
                 "</ol>"
                 "<p>You do not need to memorize the list. Use it as a mirror. After a hard "
                 "week, look at the twelve and ask: which did I use well, and which do I "
                 "need to grow?</p>"
                 "<h2>The values underneath</h2>"
                 "<p>The competencies rest on a few basic ideas. Peer support is "
                 "<strong>recovery-oriented</strong>: we hold out hope and believe there are "
                 "many paths. It is <strong>person-centered</strong>: the person directs "
                 "their own support. It is <strong>voluntary</strong>: people choose to "
                 "work with us, and they can stop. It is <strong>relationship-focused</strong>: "
                 "trust is the tool. And it is <strong>trauma-informed</strong>: we act in "
                 "ways that help people feel safe.</p>"),
                ("reflection", {
                    "min_words": 40,
                    "minutes": 5,
                    "prompt": (
                        "Look at the twelve competency categories. Pick one that already "
                        "comes naturally to you and one you will need to practice. For "
                        "each, describe a moment from your own life or recovery that "
                        "shows why."
                    ),
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "what-a-coach-is-not",
            "title": "What a coach is not: sponsor, counselor, case manager, clinician",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Many helpers, one person</h2>"
                 "<p>People in recovery often have a crowd of helpers. A person at an "
                 "opioid treatment program might have a prescriber, a nurse, a counselor, a "
                 "case manager, a probation officer, a pastor and maybe a sponsor. Then you "
                 "show up. If everyone is unclear about who does what, the person gets "
                 "mixed messages, or falls through the gaps. Knowing what a coach is not "
                 "helps the person get the right help from the right person.</p>"
                 "<h2>A coach is not a sponsor</h2>"
                 "<p>A sponsor is a volunteer in a mutual aid fellowship, such as a "
                 "twelve-step group. A sponsor guides someone through that group's program "
                 "and steps. Sponsors are not paid, not trained by an agency and not "
                 "supervised. They follow one pathway.</p>"
                 "<p>A coach is trained, works for or with an organization, has a "
                 "supervisor and follows a code of ethics. A coach supports <em>any</em> "
                 "pathway the person chooses: medication, mutual aid, faith, family, "
                 "harm reduction or a mix. A coach does not “work the steps” with anyone. "
                 "If a person also wants a sponsor, great. You can help them find a "
                 "group that welcomes people on medication.</p>"
                 "<h2>A coach is not a counselor or therapist</h2>"
                 "<p>Counselors and therapists are licensed or certified clinicians. They "
                 "assess, diagnose, write treatment plans and provide therapy. They are "
                 "trained to help people work through trauma and mental health "
                 "conditions.</p>"
                 "<p>A coach does not diagnose. A coach does not dig into trauma or "
                 "childhood pain. If a person starts to share deep trauma, you can listen "
                 "with care, and then gently help them bring it to their counselor. You "
                 "might say, “That sounds really heavy. Would it help to talk with your "
                 "counselor about this? I can help you set that up.”</p>"
                 "<h2>A coach is not a case manager</h2>"
                 "<p>This one is harder, because coaches and case managers both link people "
                 "to resources. The difference is in the stance. A case manager often "
                 "assesses needs, manages a service plan, tracks eligibility and may have "
                 "authority over services. A coach walks alongside. The coach helps the "
                 "person do things for themselves, and shares how they did it. A case "
                 "manager might fill out the housing form. A coach sits with the person "
                 "while they fill it out, and talks about how it felt when they did the "
                 "same thing.</p>"
                 "<p>In small programs, one person may do both jobs. If that is you, be "
                 "clear with the person about which hat you are wearing at each "
                 "moment.</p>"
                 "<h2>A coach is not a doctor, nurse or prescriber</h2>"
                 "<p>This matters most in medication-assisted recovery. A coach never "
                 "judges whether a dose is right. A coach never tells someone when to start, "
                 "raise, lower or stop a medication. A coach never recommends one medicine "
                 "over another.</p>"
                 "<p>What a coach does instead is help the person describe what they feel, "
                 "and bring it to their prescriber. If someone says, “I'm sick every night "
                 "before bed,” you do not say “Your dose is too low.” You help them notice "
                 "the time it starts, what it feels like and how strong it is. Then you help "
                 "them ask for a medical visit. The MAT course covers this skill step by "
                 "step.</p>"
                 "<h2>A coach is not a lawyer, a friend, an enforcer or a rescuer</h2>"
                 "<ul>"
                 "<li><strong>Not a lawyer.</strong> You can help someone find legal aid. "
                 "You do not give legal advice.</li>"
                 "<li><strong>Not a personal friend.</strong> You are warm and real. But "
                 "the relationship exists for the person's recovery. It has limits on "
                 "time, money, contact and social media.</li>"
                 "<li><strong>Not the program's enforcer.</strong> You do not police "
                 "people, collect drug tests or hand out sanctions. If staff ask you to, "
                 "talk with your supervisor.</li>"
                 "<li><strong>Not a rescuer.</strong> You do not do for people what they "
                 "can do for themselves. Doing too much can take away their power and "
                 "their pride.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Try saying",
                    "text": (
                        "“I'm a recovery coach. I've been through recovery myself, and I'm "
                        "on medication too. My job is to support you in reaching your own "
                        "goals, whatever path you choose. I'm not a counselor or a doctor, "
                        "but I can help you get the most out of them.”"
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>One person, five helpers: an example</h2>"
                 "<p>Ms. Brooks, 48, is on methadone and on probation. She lives with her "
                 "sister in a small town an hour from the clinic. This month she has a lot "
                 "going on. Look at how each helper plays a part.</p>"
                 "<ul>"
                 "<li>Her <strong>prescriber</strong> decides, with her, about her dose "
                 "and take-home doses.</li>"
                 "<li>Her <strong>counselor</strong> works with her on grief and "
                 "depression after her son's death.</li>"
                 "<li>Her <strong>case manager</strong> handles her Medicaid renewal and "
                 "a referral for dental care.</li>"
                 "<li>Her <strong>probation officer</strong> checks that she follows the "
                 "terms of her sentence.</li>"
                 "<li>Her <strong>recovery coach</strong> helps her plan the long drive, "
                 "talks with her about what helped the coach through grief, helps her "
                 "write questions for her prescriber, goes with her to a "
                 "medication-friendly meeting the first time, and calls when she misses a "
                 "day.</li>"
                 "</ul>"
                 "<p>Each role matters. Trouble starts when roles blur. If the coach starts "
                 "reporting to probation without consent, Ms. Brooks will stop trusting "
                 "her. If the coach starts doing grief therapy, she may open wounds she "
                 "cannot help close. If the coach tells her to ask for a lower dose, she "
                 "may put her recovery at risk. Staying in your lane is not cold. It is "
                 "how you keep the person safe and keep their trust.</p>"
                 "<h2>Gray areas</h2>"
                 "<p>Real life is messy. A person may ask you to look over a letter to a "
                 "judge. Is that legal advice? Usually not, if you help them say what they "
                 "want to say in their own words. A person may ask, “Is it normal to feel "
                 "this tired on buprenorphine?” Is that medical? Yes. You can say many "
                 "people have questions like that, and help them ask the prescriber. When "
                 "you are not sure, ask yourself whether you are making a decision for the "
                 "person or helping them make their own. If you are not sure, ask your "
                 "supervisor.</p>"
                 "<h2>Explain your role early, and again</h2>"
                 "<p>Explain your role at the first meeting. Explain it again when "
                 "confusion shows up. People may expect you to tell them what to do. They "
                 "may expect you to get them take-home doses, or to keep every secret no "
                 "matter what. Be honest early about what you can and cannot do. Tell them "
                 "the limits of privacy, such as a risk of serious harm, in plain words. "
                 "The ethics module covers these limits in detail.</p>"
                 "<p>Here is a quick way to sort a request. Ask yourself three "
                 "questions:</p>"
                 "<ol>"
                 "<li>Is this something the person can do with my support? Then coach.</li>"
                 "<li>Is this a clinical, medical or legal decision? Then help the person "
                 "bring it to the right professional.</li>"
                 "<li>Is this a danger to someone's life or safety? Then follow your "
                 "program's crisis steps right away.</li>"
                 "</ol>"
                 "<p>Saying “that's not my role” is only half an answer. The other half is "
                 "“and here is who can help, and I will help you reach them.” That is a "
                 "warm handoff, and it is one of the most useful things a coach does.</p>"
                 "<p>A warm handoff means you do not just give a phone number. You make "
                 "the call together, or walk the person down the hall, or introduce them "
                 "by name. Then you follow up to see if it worked. People who have been "
                 "let down by systems many times are much more likely to take the next "
                 "step when someone they trust goes with them.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Dwayne, 44, tells you his sponsor says he is “not really "
                            "sober” on buprenorphine, and asks you to be his sponsor "
                            "instead. What fits the coach role best?"
                        ),
                        "choices": [
                            ("Explain the difference between a coach and a sponsor, and "
                             "offer to help him find a medication-friendly group if he "
                             "wants one", True),
                            ("Agree to be his sponsor, since you are also on medication",
                             False),
                            ("Tell him to stop going to meetings", False),
                        ],
                        "explanation": (
                            "A coach is not a sponsor. You can explain the roles, support "
                            "his choice of pathway, and help him find a group that respects "
                            "his medication. Telling him to quit meetings takes the choice "
                            "away from him."
                        ),
                    },
                    {
                        "prompt": (
                            "Carmen says her methadone seems to wear off by the afternoon. "
                            "What should a coach do?"
                        ),
                        "choices": [
                            ("Help her note when it starts, what she feels and how strong "
                             "it is, and help her ask her prescriber for a visit", True),
                            ("Tell her the dose sounds too low and she should ask for more",
                             False),
                            ("Suggest she save part of a take-home for later in the day",
                             False),
                        ],
                        "explanation": (
                            "Coaches never judge a dose or suggest changes. Helping her "
                            "describe what she feels and reach her prescriber keeps the "
                            "decision where it belongs: with her and her prescriber."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "where-coaches-work",
            "title": "Where coaches work: settings and the mutual relationship",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>The same heart, different rooms</h2>"
                 "<p>Recovery coaches work in many places. The core of the job stays the "
                 "same: a trusted peer who listens, gives hope and helps people take their "
                 "next step. But each setting has its own pace, rules and pressures. Here "
                 "are five places you may work, and what to know about each.</p>"
                 "<h2>Opioid treatment programs</h2>"
                 "<p>An opioid treatment program, or OTP, is the only place that can give "
                 "methadone for opioid use disorder. Most also offer buprenorphine. Many "
                 "people go there every day, at least at first. That daily trip is a daily "
                 "chance to connect.</p>"
                 "<p>At an OTP, a coach might greet people in the lobby, help new patients "
                 "read the program handbook, run groups, help people get ready for "
                 "take-home conversations, and follow up when someone misses doses. The "
                 "2024 federal rule for OTPs added shared decision-making to care plans and "
                 "says medication can no longer depend on going to counseling. Programs "
                 "must still offer counseling. Coaches can help people use these changes. "
                 "The MAT course covers the rule in detail.</p>"
                 "<p>A special note: many coaches in MARS-style programs are patients at "
                 "an OTP, sometimes at the one where they work. Your own treatment is "
                 "private and always comes first. Talk with your supervisor about how to "
                 "keep your two roles apart.</p>"
                 "<h2>Emergency departments</h2>"
                 "<p>More hospitals now place peer workers in the emergency department, "
                 "often called the ED or the ER. A coach there may meet someone just hours "
                 "after an overdose. The pace is fast. The person may be scared, sick, "
                 "ashamed or angry. You may have only one short talk.</p>"
                 "<p>ED peers often offer recovery support, help hand out naloxone, "
                 "and follow up by phone or in person after the person leaves. Some help "
                 "connect people to buprenorphine started in the ED. The goal of that first "
                 "talk is not a big plan. It is connection: “I've been where you are. Can I "
                 "check on you tomorrow?” Studies of ED peer programs say success depends "
                 "on ED staff knowing what peers do, clear workflows, and good training and "
                 "supervision for the peer.</p>"
                 "<p>Here is how it can go. A nurse pages Deshawn, an ED peer, at 2 in "
                 "the morning. A woman named Tasha, 31, was brought in after a friend gave "
                 "her naloxone. Deshawn pulls up a chair, introduces himself as someone in "
                 "recovery, and asks if she wants company. She says she is embarrassed. He "
                 "says, “No shame here. I've been in that bed.” They talk for ten minutes "
                 "about her kids. He gives her a naloxone kit and his work number, and asks "
                 "if he can call her tomorrow. She says yes. That is a good first visit. "
                 "The next call is where the plan begins.</p>"
                 "<h2>Community peer centers</h2>"
                 "<p>A recovery community center is a peer-run place in the neighborhood. "
                 "It may offer groups, social events, computer access, job help, "
                 "recovery coaching and just a safe place to be. It is not a clinic. No one "
                 "has to be in treatment to walk in.</p>"
                 "<p>In a peer center, coaches have more freedom and more time. You may "
                 "lead a group, plan a cookout, help someone write a resume, or sit with "
                 "a person who just needs company. You also help make sure people on "
                 "medication feel fully welcome. A peer center in the MARS tradition says "
                 "it out loud: medication-assisted recovery is recovery.</p>"
                 "<h2>Jails, prisons and reentry</h2>"
                 "<p>Many people with opioid use disorder pass through jails and prisons. "
                 "Leaving is one of the most dangerous times of their lives. Their tolerance "
                 "to opioids drops while they are locked up. The risk of a fatal overdose is "
                 "very high in the first couple of weeks after release.</p>"
                 "<p>Coaches may meet people inside before release, then pick them up at "
                 "the gate. They may help with an ID, a phone, a bed, benefits, a first "
                 "appointment for medication and a naloxone kit. People leaving prison say "
                 "they value working with someone who shares their experience and whom "
                 "they can trust. Coaches with their own justice history can be powerful "
                 "here, if their record allows them into the facility.</p>"
                 "<p>In justice settings, be very clear about your role. You are not a "
                 "probation officer. Explain what you will and will not report, and get "
                 "written consent before sharing anything. Module 8 covers medication "
                 "in jails, courts and probation.</p>"
                 "<h2>Rural areas, older adults and families</h2>"
                 "<p>Settings are also shaped by place and by who you serve. In a rural "
                 "county, the nearest clinic may be an hour away, there may be no bus, and "
                 "everyone may know everyone. Coaching may happen by phone, in a car or "
                 "at a kitchen table. Privacy takes extra care when the pharmacist is your "
                 "cousin.</p>"
                 "<p>Older adults on methadone, some in treatment for decades, may face "
                 "new health problems, loss of friends and stigma from doctors who do not "
                 "understand their care. Pregnant and parenting people may fear child "
                 "welfare, and may need support that fits around naps, school runs and "
                 "baby visits. In every setting, ask what matters to this person, in this "
                 "place, right now.</p>"
                 "<h2>Recovery housing</h2>"
                 "<p>Recovery housing, also called sober living or recovery residences, is a "
                 "safe, substance-free home shared by people in recovery. For years, many "
                 "houses would not take residents on methadone or buprenorphine. That is "
                 "changing. More houses now accept residents on medication, and national "
                 "groups have published guidance to help houses do it well. SAMHSA's 2023 "
                 "best practices for recovery housing call for person-centered, "
                 "recovery-centered homes with clear written policies.</p>"
                 "<p>Recovery homes vary a lot. Some are run by residents, some by paid "
                 "staff, some by treatment programs. A coach can help a person visit first, "
                 "read the house rules, and ask directly: “Do you accept residents on "
                 "methadone or buprenorphine? How are take-home doses stored?”</p>"
                 "<p>A coach may help someone find a medication-friendly house, ask the "
                 "right questions before moving in, and plan safe storage for take-home "
                 "doses. Module 8 covers housing rights.</p>"),
                ("callout", {
                    "title": "One question that works in every setting",
                    "text": (
                        "“What would make today go a little better for you?” It is short, "
                        "open and about the person's own goal. It works in a lobby, a "
                        "hospital bed, a jail visiting room or a kitchen table."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>A mutual, non-hierarchical relationship</h2>"
                 "<p>In most of health care, there is a clear top and bottom. The doctor "
                 "knows; the patient listens. Peer support works another way. The "
                 "National Practice Guidelines for Peer Supporters say peer support is "
                 "mutual and reciprocal, and that power is equally shared. Mutual means both "
                 "people give and both people learn. Non-hierarchical means you are not the "
                 "boss of the person's recovery.</p>"
                 "<p>What does that look like? You ask before you advise. You let the person "
                 "set the goals and the pace. You admit when you do not know something. You "
                 "say “we” and “you,” not “my client” in front of them. You learn from them "
                 "too, and you can say so: “I never thought about it that way. Thank "
                 "you.”</p>"
                 "<p>Mutual does not mean the same. You still have a job, training, "
                 "boundaries and a supervisor. You do not lean on the person for your own "
                 "support. You do not share more than helps them. Think of it as two people "
                 "walking side by side, where one of them has walked this road before and "
                 "carries a map, but the other one chooses where to go.</p>"
                 "<p>This can feel strange in settings with strong hierarchy, like a "
                 "hospital or a jail. Staff may expect you to act like staff. The person may "
                 "expect you to act like staff too. Keep coming back to the side-by-side "
                 "stance. It is what makes you different, and it is why peer support "
                 "works.</p>"),
                ("reflection", {
                    "min_words": 40,
                    "minutes": 5,
                    "prompt": (
                        "Which of the five settings in this lesson would you most like to "
                        "work in, and which would be hardest for you? What about your own "
                        "story would help you there, and what might make it harder to "
                        "stay side by side rather than above the person?"
                    ),
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "leading-a-peer-support-group",
            "title": "Leading a peer support group",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>Why groups matter</h2>"
                 "<p>Groups give people something one-on-one talks cannot. In a good "
                 "group, a person hears others say the things they thought only they "
                 "felt. They see people at different points on the road. They get to help "
                 "someone else, which builds their own sense of worth. For people on "
                 "medication who have been shamed in other groups, a room where everyone "
                 "understands can be healing in itself.</p>"
                 "<p>A peer support group led by a coach is not group therapy. You are not "
                 "treating anyone. It is also not a twelve-step meeting with a set "
                 "format. It is a space you hold, where peers support each other. Your job "
                 "is to keep it safe, fair and focused on recovery.</p>"
                 "<h2>Before the group</h2>"
                 "<ul>"
                 "<li><strong>Know your purpose.</strong> Is this an open support group, "
                 "a topic group on something like sleep or family, or a group for a "
                 "certain set of people, such as women who are parenting?</li>"
                 "<li><strong>Set up the room.</strong> Chairs in a circle, no table "
                 "between people, tissues and water nearby. Make sure people can leave "
                 "without crossing the whole room.</li>"
                 "<li><strong>Know your exits.</strong> Know who to call for help, where "
                 "the naloxone is, and your program's crisis steps.</li>"
                 "<li><strong>Plan a co-leader</strong> if you can. Two leaders can handle "
                 "more, and one can step out with a person who needs it.</li>"
                 "</ul>"
                 "<h2>Group agreements</h2>"
                 "<p>Group agreements are the few rules everyone agrees to. They work best "
                 "when the group helps make them, and when they are posted where everyone "
                 "can see. Start with a few and ask the group what to add. Common ones:</p>"
                 "<ul>"
                 "<li>What is said here stays here. Who you see here stays here.</li>"
                 "<li>One person talks at a time.</li>"
                 "<li>Speak from your own experience. Use “I.”</li>"
                 "<li>No advice unless someone asks for it.</li>"
                 "<li>Respect every pathway. No one's medication is up for debate.</li>"
                 "<li>You can pass. No one has to share.</li>"
                 "<li>Phones on silent.</li>"
                 "</ul>"
                 "<p>Be honest about the limits of privacy. You can ask members to keep "
                 "things private, but you cannot promise that every member will. And you, "
                 "as a staff member, must act if someone is at risk of serious harm. Say "
                 "this in plain words at the start of a new group.</p>"
                 "<h2>Opening the group</h2>"
                 "<p>A good opening helps people arrive. Try this flow:</p>"
                 "<ol>"
                 "<li>Welcome everyone by name if you can. Introduce yourself as a peer: "
                 "“I'm Rosa, I'm a recovery coach, and I've been on methadone for nine "
                 "years.”</li>"
                 "<li>Read or review the group agreements.</li>"
                 "<li>Do a short check-in round. Keep it simple: “Your name, and one word "
                 "for how you are today.” People can pass.</li>"
                 "<li>Name the topic, or ask what the group wants to talk about.</li>"
                 "</ol>"
                 "<h2>Keeping it safe and mutual</h2>"
                 "<p>During the group, your main tools are the listening skills in module 4: "
                 "open questions, reflections and summaries. Use them to connect people "
                 "to each other, not to you. Instead of answering a member yourself, ask "
                 "the group: “Has anyone else felt that way? What helped?” Your aim is a "
                 "group where members talk to each other, and you say less as time goes "
                 "on.</p>"
                 "<p>Watch for people who have not spoken. You can invite, but do not "
                 "push: “Kim, I don't want to put you on the spot. Anything you want to add? "
                 "It's fine to pass.”</p>"
                 "<p>Use your own story sparingly. A short share can give hope or break the "
                 "ice. A long one turns the group into your meeting.</p>"
                 "<h2>When someone dominates</h2>"
                 "<p>Almost every group has someone who talks a lot. Often they are lonely, "
                 "anxious or in real pain. Be kind and firm. Try these steps, in order:</p>"
                 "<ol>"
                 "<li><strong>Reflect and bridge.</strong> “Marcus, you've been carrying a "
                 "lot with your landlord. I want to make sure we hear from others too. Who "
                 "else has had housing stress?”</li>"
                 "<li><strong>Use structure.</strong> Go around the circle, or say “Let's "
                 "hear from someone who hasn't spoken yet.”</li>"
                 "<li><strong>Point to the agreements.</strong> “Remember, we said we'd "
                 "share the time.”</li>"
                 "<li><strong>Talk after.</strong> Check in privately after the group. Thank "
                 "them for their openness. Offer one-on-one time, so they have another "
                 "place to talk.</li>"
                 "</ol>"
                 "<h2>When someone is in distress</h2>"
                 "<p>Sometimes a member breaks down, gets very angry, seems high or talks "
                 "about wanting to die. Stay calm. Your calm helps the room stay calm.</p>"
                 "<ul>"
                 "<li>Acknowledge it kindly: “This is hitting you hard right now.”</li>"
                 "<li>Offer a choice: stay and be supported, or step out with your "
                 "co-leader or with you after a quick pause for the group.</li>"
                 "<li>If anyone talks about suicide or seems unsafe, follow your program's "
                 "crisis steps. Do not leave the person alone. The 988 Suicide and Crisis "
                 "Lifeline is one resource; call or text 988. Module 9 covers crisis "
                 "response.</li>"
                 "<li>If someone may be overdosing, call 911 and use naloxone.</li>"
                 "<li>Come back to the group. Name what happened briefly, without details: "
                 "“That was hard. Our friend is getting support. How is everyone doing?”</li>"
                 "</ul>"
                 "<h2>Medication-friendly groups</h2>"
                 "<p>Many people on methadone or buprenorphine have been told in groups "
                 "that they are “not clean” or cannot share. A medication-friendly group "
                 "says clearly that medication is a valid pathway. Put it in the agreements. "
                 "Correct stigma gently when it comes up: “In this group, we respect every "
                 "pathway, including medication.” Do not let dose talk turn into "
                 "comparison or advice, such as “I'm only on forty” or “you should taper.” "
                 "Dose is between each person and their prescriber. Module 1 covers "
                 "medication-friendly mutual aid in the community.</p>"
                 "<h2>Topics that work</h2>"
                 "<p>Some groups are open: members bring what is on their minds. Others "
                 "have a topic. Good topics are practical and hopeful. A few ideas:</p>"
                 "<ul>"
                 "<li>Handling stigma from family, doctors or other groups.</li>"
                 "<li>Sleep, stress and taking care of your body.</li>"
                 "<li>Getting ready to talk with your prescriber.</li>"
                 "<li>Holidays, birthdays and other hard days.</li>"
                 "<li>Rebuilding trust with kids and family.</li>"
                 "<li>Work, money and getting back to school.</li>"
                 "<li>What recovery means to me now.</li>"
                 "</ul>"
                 "<p>Start a topic with one open question, then let the group run with "
                 "it. For example: “Holidays can be hard. What is one thing that helped "
                 "you get through one?”</p>"
                 "<h2>Co-leading well</h2>"
                 "<p>If you lead with a partner, plan before the group. Who opens? Who "
                 "watches the clock? Who steps out if someone needs support? During the "
                 "group, avoid talking over each other or correcting each other in front "
                 "of members. After the group, take five minutes together. What went well? "
                 "What was hard? Is anyone worrying you? Co-leading is also a good way for "
                 "new coaches to learn from more experienced ones.</p>"
                 "<h2>Closing the group</h2>"
                 "<p>End on time. People have buses, kids and jobs. Leave five minutes to "
                 "close. Do a closing round, such as “One thing you're taking with you” or "
                 "“One thing you'll do for yourself this week.” Remind people of "
                 "resources and the next meeting. Stay a few minutes after for anyone who "
                 "needs a word. Then write any notes your program requires, and talk with "
                 "your supervisor if something hard happened.</p>"
                 "<h2>Groups by video or phone</h2>"
                 "<p>Some programs run groups by video or phone, which helps people in "
                 "rural areas, people who work and parents with small kids. The same "
                 "skills apply, with a few extras. Add agreements about privacy at home, "
                 "such as using headphones and not recording. Ask people to say their name "
                 "before they speak on a phone group. Know where each person is, in case "
                 "of a crisis, and have a plan for who calls for help. Check in by name "
                 "with quiet members, because it is easy to disappear on a screen.</p>"),
                ("scenario", {
                    "title": "A new member in a medication-friendly group",
                    "situation": (
                        "You lead a weekly peer support group at a community peer center. "
                        "Eight people are in the circle. Halfway through, Gloria, 61, who "
                        "has been on methadone for twelve years, is talking about her "
                        "grandson. A new member, Travis, 27, cuts in: “No offense, but "
                        "methadone is just a legal high. Real recovery is getting off "
                        "everything.” Gloria goes quiet. Two other members look at the "
                        "floor."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Calmly name the group agreement about respecting every "
                                "pathway, then turn back to Gloria and invite her to "
                                "finish"
                            ),
                            "feedback": (
                                "This protects Gloria and the group without shaming "
                                "Travis. It restores safety and shows that the agreement "
                                "is real."
                            ),
                            "best": True,
                            "next": (
                                "Gloria finishes her story. The room relaxes. After the "
                                "closing round, Travis hangs back by the door, looking "
                                "embarrassed and a little defensive."
                            ),
                        },
                        {
                            "text": "Explain to Travis the research on methadone and overdose",
                            "feedback": (
                                "Facts are true but a lecture in the moment makes the group "
                                "about an argument. Gloria is left hanging and Travis is "
                                "likely to dig in."
                            ),
                            "best": False,
                            "next": (
                                "Travis argues back. The group watches a debate. Gloria "
                                "never finishes. After the group, Travis hangs back by "
                                "the door."
                            ),
                        },
                        {
                            "text": "Ask Travis to leave the group",
                            "feedback": (
                                "This is too much for a first comment from a new member. "
                                "It can shame him and teach the group that disagreement "
                                "means being thrown out."
                            ),
                            "best": False,
                            "next": (
                                "Travis leaves angry. The group is shaken. Later you see "
                                "him standing outside the door, unsure whether to come "
                                "back."
                            ),
                        },
                        {
                            "text": "Say nothing and move on to the next person",
                            "feedback": (
                                "Silence here reads as agreement. Gloria and other members "
                                "on medication learn that the group will not protect them."
                            ),
                            "best": False,
                            "next": (
                                "Gloria stays quiet for the rest of the group. After the "
                                "closing round, Travis hangs back by the door."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Travis is at the door after the group. What do you say?",
                        "choices": [
                            {
                                "text": (
                                    "Thank him for coming, ask what his own recovery "
                                    "looks like, and explain that the group welcomes "
                                    "every pathway, including his"
                                ),
                                "feedback": (
                                    "This keeps the door open. It shows respect for his "
                                    "path while making the group's values clear, and it "
                                    "models the mutual stance."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Tell him that if he says that again he is out",
                                "feedback": (
                                    "A warning with no connection will likely end his "
                                    "time in the group. He may need this support as "
                                    "much as anyone."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Share your own methadone story at length so he "
                                    "understands"
                                ),
                                "feedback": (
                                    "A long story right now centers you, not him. A brief "
                                    "share later, if he asks, may help more."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "the-coach-on-the-team",
            "title": "The coach on the team",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>Working inside a program</h2>"
                 "<p>Many coaches work inside opioid treatment programs, clinics or "
                 "hospitals. Their teammates are counselors, nurses, prescribers, case "
                 "managers and managers. Other coaches work in peer-run organizations "
                 "and partner with those services from the outside. Either way, the coach "
                 "brings something no one else on the team can: the view from lived "
                 "experience. SAMHSA's TIP 63, the federal guide on medications for opioid "
                 "use disorder, speaks to counselors and peer recovery support specialists "
                 "as partners of the medical team.</p>"
                 "<h2>A bridge, not a messenger</h2>"
                 "<p>A coach is often described as a bridge between the person and the "
                 "program. A bridge carries traffic both ways.</p>"
                 "<ul>"
                 "<li>You help people understand program rules and processes: how "
                 "take-homes are decided, how to file a grievance, what a care plan "
                 "is.</li>"
                 "<li>You help staff understand what people live with: the bus schedule, "
                 "the childcare problem, the shame of the dosing line.</li>"
                 "<li>You help people speak for themselves in care planning. You can "
                 "help them prepare questions, and sit with them if they ask.</li>"
                 "<li>You bring the voice of people in treatment to program planning, for "
                 "example through a patient advisory group.</li>"
                 "</ul>"
                 "<p>A bridge is not a messenger. You do not carry private things from the "
                 "person to the team behind their back. Share information with the team "
                 "only within program policy, with the person's knowledge and consent, and "
                 "only what is needed. Records about substance use treatment have strong "
                 "federal privacy protection under a rule called 42 CFR Part 2. Module 10 "
                 "and the ethics course cover this in depth.</p>"
                 "<h2>Bringing the patient voice to the program</h2>"
                 "<p>Coaches do more than support one person at a time. You hear what many "
                 "people say about the program: the lobby is too crowded, the dosing "
                 "hours do not fit work shifts, the grievance form is hard to find, a "
                 "staff member uses shaming words. Bring those patterns, without names, "
                 "to your supervisor or to a patient advisory group. Help people who want "
                 "to speak up do it themselves, at a meeting or in writing. The 2024 OTP "
                 "rule asks programs to treat people as partners in their care. Peers "
                 "help programs live up to that.</p>"
                 "<h2>Being a good teammate</h2>"
                 "<ul>"
                 "<li><strong>Know your job description</strong>, and be ready to explain "
                 "it in two sentences.</li>"
                 "<li><strong>Come to team meetings prepared.</strong> Bring a short, "
                 "strengths-based update on the people you work with, if they agreed.</li>"
                 "<li><strong>Document</strong> what your program requires, in plain and "
                 "respectful words.</li>"
                 "<li><strong>Refer quickly.</strong> Clinical and medical questions go to "
                 "the right colleague, fast.</li>"
                 "<li><strong>Use supervision</strong> to work through hard moments and "
                 "disagreements.</li>"
                 "<li><strong>Respect</strong> colleagues' training, and expect respect for "
                 "yours. Lived experience is a credential.</li>"
                 "</ul>"
                 "<h2>Giving an update in a team meeting</h2>"
                 "<p>Team meetings move fast. A coach who speaks briefly and clearly gets "
                 "heard. Before the meeting, ask the people you work with what they want "
                 "the team to know. Then use a simple pattern: a strength, the person's "
                 "goal, what is getting in the way, and what would help.</p>"
                 "<p>For example: “Mr. Reyes has made every dose this month, even with his "
                 "new night shift. His goal is to keep the job. The morning dosing window "
                 "is the hard part for him. He asked me to mention that he'd like to talk "
                 "with his prescriber about his options.” That update is short. It leads "
                 "with strength. It uses his words and his goal. And it does not make a "
                 "medical request for him; it says what he wants to discuss.</p>"
                 "<h2>Writing notes</h2>"
                 "<p>Most programs ask coaches to write notes. Write as if the person will "
                 "read it, because they may. Use person-first words. Describe what "
                 "happened and what the person said they want, not your guesses about "
                 "their character. “Ms. Tran said she felt hopeless this week. We made a "
                 "plan for her to call her sister and attend Thursday group” is useful. "
                 "“Ms. Tran was manipulative” is not. Write only what the note needs. "
                 "Your program will show you its format.</p>"
                 "<h2>When the team sees things differently</h2>"
                 "<p>Sometimes a clinician says something about a person that does not "
                 "match what you know. Or staff use words like “dirty urine” or “drug "
                 "seeking.” You can model better language without attacking anyone: “You "
                 "mean the test was positive for fentanyl? I'm wondering what's going on "
                 "for him. He told me his brother died last month.” Bring the person's "
                 "story into the room, with their permission.</p>"
                 "<p>Sometimes staff may ask you to do things outside your role: to "
                 "collect a drug test, to report what a person said in private, to push "
                 "someone toward a taper. Say calmly that it is outside the peer role, and "
                 "bring it to your supervisor. You can stay a team player and still protect "
                 "the person's trust and your role.</p>"
                 "<h2>Working with partners outside your program</h2>"
                 "<p>Coaches in peer-run centers often work with many outside partners: "
                 "several OTPs, a hospital, a jail, a shelter, a court. Each has its own "
                 "culture and rules. Build relationships before you need them. Learn the "
                 "name of the intake nurse, the reentry coordinator and the shelter "
                 "manager. Drop off a flyer. Explain in two sentences what you do. When a "
                 "person needs a warm handoff at 4 on a Friday, those relationships make "
                 "the difference.</p>"
                 "<p>Always get written consent before you talk with an outside partner "
                 "about a specific person. Use your program's release form. Explain to "
                 "the person, in plain words, who you will talk to, what you will share "
                 "and why. They can say no, and they can change their mind later.</p>"
                 "<h2>Peers and clinicians need each other</h2>"
                 "<p>Some clinicians worry that peers will give bad advice or cross lines. "
                 "Some peers feel clinicians look down on them. Both worries have some "
                 "truth in them, and both fade when people work side by side. Clinicians "
                 "bring training that keeps people safe. Peers bring trust, hope and the "
                 "view from the chair across the desk. A person in recovery needs both. "
                 "Your job is not to win arguments with the team. It is to make sure the "
                 "person's voice is in every room where decisions about them are "
                 "made.</p>"
                 "<h2>When you are also a patient</h2>"
                 "<p>In medication-assisted recovery programs, some coaches dose at the "
                 "same clinic where they work. That can be a strength: people see you in "
                 "line and know you are real. It also raises hard questions. Who can see "
                 "your records? What if you need a dose change? What if a coworker treats "
                 "you differently? Your treatment always comes first, and your treatment "
                 "information is private. Plan ahead with your supervisor, and with your "
                 "prescriber, about how to keep the two roles separate. The ethics course "
                 "covers this in its module on the coach's own recovery.</p>"),
                ("callout", {
                    "title": "Two sentences for the team",
                    "text": (
                        "“I'm the peer recovery coach. I use my own recovery to build "
                        "trust, help people reach their own goals, and help them get the "
                        "most from your care. I don't do clinical or medical work, and I "
                        "only share what people agree to share.”"
                    ),
                    "tone": "tip",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "In a team meeting, a nurse asks you to tell the team what "
                            "Mei told you privately about her partner. Mei has not given "
                            "consent. What is the best response?"
                        ),
                        "choices": [
                            ("Say you can't share that without Mei's consent, and offer "
                             "to ask her whether she wants to share it or bring it up "
                             "herself", True),
                            ("Share it, since everyone on the team is there to help Mei",
                             False),
                            ("Say nothing and change the subject", False),
                        ],
                        "explanation": (
                            "A coach is a bridge, not a messenger. Share only with consent "
                            "and within policy. Offering to ask Mei keeps her in charge "
                            "and keeps the team relationship strong. The only exception "
                            "is a risk of serious harm, which follows your program's "
                            "crisis steps."
                        ),
                    },
                    {
                        "prompt": (
                            "Mr. Reyes asked you to mention at team meeting that his new "
                            "night shift makes morning dosing hard. Which update fits the "
                            "coach role?"
                        ),
                        "choices": [
                            ("“He has made every dose this month. His goal is to keep the "
                             "job, and he'd like to talk with his prescriber about his "
                             "options.”", True),
                            ("“He needs take-homes now, or he'll lose his job.”", False),
                            ("“He's struggling and may not be ready for work.”", False),
                        ],
                        "explanation": (
                            "The first update leads with strength, uses his goal and says "
                            "what he wants to discuss, without making a medical request "
                            "for him. The others speak for him or judge him."
                        ),
                    },
                ]}),
            ],
        },
    ],
    # ---------------------------------------------------------------------- quiz
    "quiz": {
        "slug": "module-3-check",
        "title": "Module 3 check: Roles of a recovery coach",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Alicia, 35, is new to buprenorphine. She asks you to go through the "
                    "twelve steps with her, because her cousin said a coach is “basically "
                    "a paid sponsor.” What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that a coach supports any pathway she chooses, and offer to "
                     "help her find a medication-friendly group and sponsor if she wants "
                     "one", True),
                    ("Agree to take her through the steps, since it is what she asked for",
                     False),
                    ("Tell her the steps are not meant for people on medication", False),
                    ("Tell her to ask her counselor instead", False),
                ],
                "explanation": (
                    "A coach is not a sponsor. You can support her interest in mutual aid "
                    "and help her find a welcoming group, while staying in the coach role. "
                    "Saying the steps are not for her is stigma, and sending her to the "
                    "counselor misses a chance to help."
                ),
            },
            {
                "prompt": (
                    "During a coaching session, Ray, 52, starts describing abuse he went "
                    "through as a child, in a lot of detail, and begins to shake. What "
                    "fits the coach role best?"
                ),
                "multiple": False,
                "choices": [
                    ("Listen with care, help him feel steady, and offer to help him bring "
                     "this to his counselor", True),
                    ("Ask more questions about the abuse so he can get it all out", False),
                    ("Tell him you cannot talk about this and move to his housing goal",
                     False),
                    ("Share your own childhood trauma in detail so he feels less alone",
                     False),
                ],
                "explanation": (
                    "Coaches do not do trauma therapy. You listen with care and do not "
                    "dig deeper, then help him connect with a clinician. Shutting him down "
                    "or sharing your own trauma in detail does not serve him."
                ),
            },
            {
                "prompt": (
                    "Which of these are part of the recovery coach role? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("Helping someone make a list of questions for their prescriber", True),
                    ("Meeting a person at the jail gate on release day, with their consent",
                     True),
                    ("Telling someone their dose seems too high", False),
                    ("Collecting a drug test sample for the clinic", False),
                    ("Helping a person find a recovery home that accepts residents on "
                     "medication", True),
                ],
                "explanation": (
                    "Preparing questions, reentry support and finding medication-friendly "
                    "housing are coaching tasks. Judging a dose is medical. Collecting "
                    "drug tests makes the coach an enforcer and harms trust."
                ),
            },
            {
                "prompt": (
                    "In your peer support group, Marcus has talked for fifteen minutes "
                    "about his landlord. Others are shifting in their seats. What do you "
                    "try first?"
                ),
                "multiple": False,
                "choices": [
                    ("Reflect what he is carrying, then invite others in: “Who else has "
                     "had housing stress?”", True),
                    ("Tell him he is talking too much", False),
                    ("Let him go on, since he clearly needs it", False),
                    ("End the group early", False),
                ],
                "explanation": (
                    "A short reflection honors Marcus, and a bridge opens the floor to "
                    "others. If that does not work, you can use structure, point to the "
                    "agreements, and talk with him privately after."
                ),
            },
            {
                "prompt": (
                    "In a medication-friendly group, a member tells another, “You should "
                    "ask to go down. I'm only on forty.” What is the best response from "
                    "the leader?"
                ),
                "multiple": False,
                "choices": [
                    ("Gently remind the group that dose is between each person and their "
                     "prescriber, and that we don't give advice unless asked", True),
                    ("Agree that lower doses are better for recovery", False),
                    ("Ask everyone to share their dose so people can compare", False),
                    ("Say nothing, since members can share freely", False),
                ],
                "explanation": (
                    "Dose comparison and dose advice cause harm and shame. The leader "
                    "protects the group by naming the agreement and keeping medical "
                    "decisions with each person and their prescriber."
                ),
            },
            {
                "prompt": (
                    "You work as a peer in a hospital emergency department. Jamal, 23, "
                    "woke up there after an overdose. He is angry and says he doesn't "
                    "need help. What is the best goal for this first talk?"
                ),
                "multiple": False,
                "choices": [
                    ("Make a human connection, offer naloxone and ask if you can check on "
                     "him after he leaves", True),
                    ("Get him to agree to a full treatment plan before discharge", False),
                    ("Explain the risks of overdose until he agrees to treatment", False),
                    ("Leave, since he said no", False),
                ],
                "explanation": (
                    "In the ED, the first talk is about connection and safety, not a full "
                    "plan. Lecturing pushes people away. Offering naloxone and a follow-up "
                    "keeps a door open."
                ),
            },
            {
                "prompt": (
                    "At a team meeting, a counselor says, “Mr. Hall had another dirty "
                    "urine. He's not serious.” You know Mr. Hall's brother died last "
                    "month, and he agreed you could share that. What is the most helpful "
                    "thing to say?"
                ),
                "multiple": False,
                "choices": [
                    ("“You mean his test was positive? He told me his brother died last "
                     "month. I wonder if grief is part of this.”", True),
                    ("“Please don't use that word, it's offensive.”", False),
                    ("Say nothing, since the counselor is the clinician", False),
                    ("“He's doing his best, you should give him more take-homes.”", False),
                ],
                "explanation": (
                    "This models person-first language without attacking, and brings the "
                    "person's story into the room with his permission. Coaches do not "
                    "weigh in on take-home decisions."
                ),
            },
            {
                "prompt": (
                    "Lena, 29, is pregnant and living in a recovery home. She tells you "
                    "the house manager said she has to taper off methadone to stay. What "
                    "should you do first?"
                ),
                "multiple": False,
                "choices": [
                    ("Listen, then help her find out the house's written policy and her "
                     "options, and involve her prescriber and your supervisor", True),
                    ("Tell her to start tapering so she keeps her bed", False),
                    ("Call the house manager and demand they change the rule", False),
                    ("Tell her that her methadone dose is safe in pregnancy", False),
                ],
                "explanation": (
                    "Medication decisions stay with Lena and her prescriber. You support "
                    "her by getting the facts and her options, and by using your team. "
                    "Acting for her without her, or giving medical reassurance, is "
                    "outside the coach role."
                ),
            },
            {
                "prompt": (
                    "Which statements describe a mutual, non-hierarchical peer "
                    "relationship? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("The person sets their own goals and pace", True),
                    ("The coach can learn from the person and say so", True),
                    ("The coach and the person lean on each other equally for support",
                     False),
                    ("The coach decides which recovery path fits best", False),
                ],
                "explanation": (
                    "Mutual means both give and learn, and the person directs their "
                    "recovery. It does not mean the coach leans on the person for "
                    "support, and it never means the coach picks the path."
                ),
            },
        ],
    },
    # ---------------------------------------------------------------------- guide
    "guide": {
        "objectives": [
            "Participants will be able to explain the recovery coach role and how it differs "
            "from a sponsor, counselor, case manager and clinician.",
            "Participants will be able to name the twelve SAMHSA core competency categories "
            "for peer workers and link them to daily coaching tasks.",
            "Participants will be able to describe the coach's work in opioid treatment "
            "programs, emergency departments, peer centers, reentry and recovery housing.",
            "Participants will be able to open, hold and close a safe, medication-friendly "
            "peer support group, including handling a member who dominates or is in distress.",
            "Participants will be able to explain their role to clinical colleagues and "
            "share information only with consent and within policy.",
        ],
        "agenda": [
            {
                "title": "Welcome: the helper who made a difference",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Welcome the group and review the day. Say that this module is about "
                    "what makes a coach different from every other helper. Ask people to "
                    "think of one person who helped them in recovery, or in a hard time. "
                    "Go around the circle: each person says, in one or two sentences, what "
                    "that helper did that mattered. Write key words on a flip chart (for "
                    "example: listened, believed in me, showed up, did not judge). Point "
                    "out that most of the words describe a relationship, not a service. "
                    "Keep the chart up all session."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "Who helped you in a hard time, and what did they do that mattered?",
                    "Was that helper paid, a volunteer, family or a peer? Did it matter?",
                ],
            },
            {
                "title": "Many helpers, one person: the role map",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Split into groups of four. Give each group the handout with a case: "
                    "Ms. Brooks, 48, on methadone, with a counselor, a prescriber, a case "
                    "manager, a probation officer, a sponsor and a new recovery coach. "
                    "Give each group a stack of task cards (for example: adjust the dose, "
                    "walk her through the program handbook, go through step four, assess "
                    "depression, check on her after a missed dose, fill out a benefits "
                    "form, decide on take-homes, help her prepare questions for court). "
                    "Groups place each card under the right helper, or under two helpers "
                    "if shared. 12 minutes. Then 8 minutes: each group shares one card "
                    "they argued about. Debrief: stress the coach's stance (walk "
                    "alongside, support any pathway, no medical or clinical decisions) "
                    "and the warm handoff."
                ),
                "materials": [
                    "Handout: Who does what? A role map",
                    "Task cards (one set per group)",
                    "Tape or sticky notes",
                ],
            },
            {
                "title": "The twelve competencies card sort",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give each pair twelve cards, one per SAMHSA competency category, and "
                    "a sheet of short coaching moments (for example: greeting a scared new "
                    "patient, calling 911 and giving naloxone, sitting in on a care-plan "
                    "meeting, going to a training on fentanyl test strips). Pairs match "
                    "each moment to one or more categories. 10 minutes. In the last 5 "
                    "minutes, ask each pair to name one category they feel strong in and "
                    "one they want to grow. Remind people that the list is a mirror for "
                    "growth, not a test to memorize."
                ),
                "materials": [
                    "Competency category cards (one set per pair)",
                    "Handout: The twelve core competency categories",
                ],
            },
            {
                "title": "Where coaches work",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Give a short talk on five settings: opioid treatment programs, "
                    "emergency departments, community peer centers, jails and reentry, "
                    "and recovery housing. For each, cover: what a coach does there, the "
                    "pace, and one pressure to watch for. Key facts: only OTPs give "
                    "methadone for opioid use disorder; under the 2024 rule, medication "
                    "no longer depends on attending counseling; overdose risk is very "
                    "high in the first weeks after release from jail or prison because "
                    "tolerance drops; more recovery homes now accept residents on "
                    "medication. Invite one or two participants who have worked or "
                    "received care in these settings to add a sentence. Keep to 15 "
                    "minutes."
                ),
                "materials": ["Slides or flip chart", "Handout: Five settings at a glance"],
            },
            {
                "title": "Setting stations",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Post five flip-chart sheets around the room, one per setting, each "
                    "with a short situation (for example, ED: a young man wakes after an "
                    "overdose and says he is fine; reentry: a woman released at 6 in the "
                    "evening with no ID and no bed). Groups rotate every 3 minutes and "
                    "write on each sheet: the first thing the coach says, and one thing "
                    "the coach must not do. After rotating, 5 minutes to read the sheets "
                    "aloud. Point out the common thread: connection first, stay in role, "
                    "keep the person in charge."
                ),
                "materials": ["Five flip-chart sheets with situations", "Markers"],
            },
            {
                "title": "Demonstration: opening a peer support group",
                "minutes": 15,
                "method": "demonstration",
                "description": (
                    "The facilitator and co-facilitator run the first 8 minutes of a "
                    "group with five volunteers as members: welcome, a peer introduction "
                    "that names the leader's own medication-assisted recovery, building "
                    "group agreements with the members (including respect for every "
                    "pathway and the limits of privacy), and a one-word check-in. Then "
                    "pause and debrief for 7 minutes: what did the leader say about "
                    "privacy? How did the agreements get made? What made it feel safe?"
                ),
                "materials": ["Chairs in a circle", "Handout: Group agreements and flow"],
            },
            {
                "title": "Role-play: holding the group",
                "minutes": 35,
                "method": "role_play",
                "description": (
                    "Groups of six: one leader, four members and one observer. Each round "
                    "is 7 minutes of play and 4 minutes of feedback. Run three rounds, "
                    "switching the leader each time (33 minutes), then use the last 2 "
                    "minutes to collect one lesson from each group. Give members role "
                    "cards. Round 1: one member dominates. Round 2: one member says "
                    "methadone is not real recovery. Round 3: one member starts crying and "
                    "says, “I don't see the point anymore.” In round 3 the leader must use "
                    "the program's crisis steps, stay with the person (the co-leader or "
                    "facilitator can step in), and return to the group. Observers use the "
                    "checklist. Facilitators float and watch round 3 closely; stop the "
                    "play if anyone becomes truly upset."
                ),
                "materials": [
                    "Role cards for members",
                    "Observer checklist",
                    "Handout: Group agreements and flow",
                ],
                "roles": [
                    "Group leader (coach)",
                    "Member who dominates (Marcus, 50, on methadone, fighting an eviction)",
                    "Member who challenges medication (Travis, 27, abstinent for 4 months)",
                    "Member in distress (Ana, 33, on buprenorphine, recently lost custody "
                    "of her son)",
                    "Two other members",
                    "Observer",
                ],
                "script": (
                    "The leader has just finished the check-in round and asks what people "
                    "want to talk about. Round 1, Marcus: “I'll go. So my landlord, right, "
                    "he comes by on Tuesday…” and keeps going, ignoring hints. Round 2, "
                    "Travis, while another member talks about her clinic: “No offense, "
                    "but methadone is just a legal high. Real recovery is getting off "
                    "everything.” Round 3, Ana, quietly at first: “I had my visit with my "
                    "son this week. He didn't want to hug me.” She starts to cry. “I "
                    "don't see the point anymore.”"
                ),
                "observer_checklist": [
                    "Leader reflected the member's feeling before redirecting",
                    "Leader invited quieter members in without pressure",
                    "Leader pointed to the group agreements when needed",
                    "Leader protected medication as a valid pathway without lecturing",
                    "In distress, leader stayed calm, did not leave the person alone and "
                    "followed crisis steps",
                    "Leader returned to the group and named what happened without details",
                    "Leader connected members to each other more than to themself",
                ],
            },
            {
                "title": "Teach-back: explaining my role to the team",
                "minutes": 20,
                "method": "teach_back",
                "description": (
                    "In pairs, each person writes a two-sentence explanation of the coach "
                    "role for clinical staff (5 minutes). Then each person explains it to "
                    "their partner, who plays a skeptical nurse or counselor and asks one "
                    "hard question, such as “Can you just tell me what she said in your "
                    "session?” or “Can you make sure he gives his urine sample today?” "
                    "(5 minutes each way). Last 5 minutes: three volunteers teach back to "
                    "the whole room. Highlight answers that stay warm, stay in role and "
                    "offer a next step."
                ),
                "materials": ["Index cards", "Handout: Two sentences for the team"],
            },
            {
                "title": "Team situations",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Read two short situations aloud. One: staff use the phrase “dirty "
                    "urine” in a team meeting. Two: a coach who doses at the clinic where "
                    "she works finds out a coworker looked at her chart. Discuss each for "
                    "about 7 minutes. Guide the group toward modeling respectful "
                    "language, bringing the person's story with consent, and using "
                    "supervision. Remind everyone that the ethics course goes deeper on "
                    "confidentiality and on the coach's own recovery."
                ),
                "materials": [],
                "questions": [
                    "How can you model person-first language without shaming a colleague?",
                    "What would you want in place before working at the clinic where you "
                    "dose?",
                    "When should a team disagreement go to your supervisor?",
                ],
            },
            {
                "title": "Closing round",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Return to the flip chart from the opening. Ask each person to finish "
                    "the sentence: “As a coach, one thing I will always do is… and one "
                    "thing I will never do is…” Go around the circle. Thank the group and "
                    "preview module 4, which builds the listening skills used in every "
                    "setting."
                ),
                "materials": ["Flip chart from the opening"],
                "questions": [
                    "As a coach, what is one thing you will always do?",
                    "What is one thing you will never do?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Who does what? A role map",
                "text": (
                    "Recovery coach: a trained peer with lived experience. Walks alongside. "
                    "Supports any pathway. Helps with goals, resources, advocacy and "
                    "hope. Does not diagnose, treat, or make medical or legal decisions.\n\n"
                    "Sponsor: an unpaid volunteer in a mutual aid fellowship. Guides "
                    "someone through that group's program.\n\n"
                    "Counselor or therapist: a clinician. Assesses, diagnoses, writes "
                    "treatment plans and provides therapy, including trauma work.\n\n"
                    "Case manager: assesses needs, manages a service plan and links to "
                    "services, often with some authority over them.\n\n"
                    "Prescriber, nurse or other clinician: makes medical decisions, "
                    "including medication and dose.\n\n"
                    "Three questions to sort a request:\n"
                    "- Can the person do this with my support? Then coach.\n"
                    "- Is it clinical, medical or legal? Help them reach the right "
                    "professional, with a warm handoff.\n"
                    "- Is someone in danger? Follow the crisis steps now."
                ),
            },
            {
                "title": "The twelve core competency categories",
                "text": (
                    "From SAMHSA's Core Competencies for Peer Workers in Behavioral Health "
                    "Services (2015):\n"
                    "- Engages peers in collaborative and caring relationships\n"
                    "- Provides support\n"
                    "- Shares lived experiences of recovery\n"
                    "- Personalizes peer support\n"
                    "- Supports recovery planning\n"
                    "- Links to resources, services and supports\n"
                    "- Provides information about skills related to health, wellness and "
                    "recovery\n"
                    "- Helps peers to manage crises\n"
                    "- Values communication\n"
                    "- Supports collaboration and teamwork\n"
                    "- Promotes leadership and advocacy\n"
                    "- Promotes growth and development\n\n"
                    "Use the list as a mirror: after a hard week, which did I use well, "
                    "and which do I want to grow?"
                ),
            },
            {
                "title": "Five settings at a glance",
                "text": (
                    "Opioid treatment program: daily contact, lobby outreach, handbook help, "
                    "groups, follow-up on missed doses. Watch for: being pulled into "
                    "enforcement.\n\n"
                    "Emergency department: short, fast first contact, often after an "
                    "overdose. Connection, naloxone, follow-up. Watch for: pushing a plan "
                    "too fast.\n\n"
                    "Community peer center: peer-run, open door, groups and social "
                    "events. Watch for: stigma against medication in mixed groups.\n\n"
                    "Jails and reentry: support before and after release, when overdose "
                    "risk is very high. Watch for: role confusion with probation; get "
                    "written consent.\n\n"
                    "Recovery housing: finding medication-friendly homes, safe storage "
                    "for take-homes. Watch for: house rules that push people off "
                    "medication."
                ),
            },
            {
                "title": "Group agreements and flow",
                "text": (
                    "Sample agreements (build them with the group):\n"
                    "- What is said here stays here. Who you see here stays here.\n"
                    "- One person talks at a time.\n"
                    "- Speak from your own experience.\n"
                    "- No advice unless someone asks.\n"
                    "- Respect every pathway. No one's medication or dose is up for "
                    "debate.\n"
                    "- You can pass.\n\n"
                    "Flow: welcome and peer introduction; agreements and the limits of "
                    "privacy; check-in round; topic; open sharing; closing round; "
                    "resources and next meeting; stay after for anyone who needs a "
                    "word.\n\n"
                    "If someone dominates: reflect and bridge; use a round; point to the "
                    "agreements; talk privately after.\n\n"
                    "If someone is in distress: stay calm; offer support; follow crisis "
                    "steps and do not leave them alone; call or text 988 for a suicidal "
                    "crisis; call 911 and use naloxone for a suspected overdose; come "
                    "back to the group."
                ),
            },
            {
                "title": "Two sentences for the team",
                "text": (
                    "“I'm the peer recovery coach. I use my own recovery to build trust, "
                    "help people reach their own goals, and help them get the most from "
                    "your care. I don't do clinical or medical work, and I only share what "
                    "people agree to share.”\n\n"
                    "If asked to step outside the role, try: “That's outside the peer "
                    "role, and doing it would cost me the trust that makes me useful to "
                    "you. Let me check with my supervisor, and here's what I can do.”"
                ),
            },
        ],
    },
}
