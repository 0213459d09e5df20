"""MAT module 2: Methadone and opioid treatment programs. How OTPs work, the 2024 federal rule
(take-homes, counseling, admission, telehealth, split doses), a dose that "wears off", safety at
home, discharge and involuntary tapers, pregnancy and parenting, and common myths."""

MODULE = {
    "slug": "methadone",
    "title": "Methadone and opioid treatment programs",
    "domain": "recovery-wellness-support",
    "intro": (
        "How methadone clinics work, what the 2024 federal rule changed, and how a peer "
        "supports people with take-homes, a dose that wears off, safety at home, discharge "
        "threats, pregnancy and parenting. Every medical decision stays with the person and "
        "their prescriber."
    ),
    "minutes": 60,
    "sources": [
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "U.S. Department of Health and Human Services, SAMHSA. Medications for the Treatment "
        "of Opioid Use Disorder: Final Rule revising 42 CFR Part 8. Federal Register, "
        "February 2, 2024.",
        "SAMHSA. 42 CFR Part 8 Final Rule: Table of Changes and Frequently Asked Questions. "
        "2024.",
        "American College of Obstetricians and Gynecologists and American Society of "
        "Addiction Medicine. Committee Opinion 711: Opioid Use and Opioid Use Disorder in Pregnancy. 2017, reaffirmed 2021.",
        "SAMHSA. Advisory: Evidence-Based, Whole-Person Care for Pregnant People Who Have Opioid "
        "Use Disorder. 2023.",
        "SAMHSA. Clinical Guidance for Treating Pregnant and Parenting Women With Opioid Use "
        "Disorder and Their Infants. 2018.",
        "New York State Department of Health AIDS Institute. Substance Use Disorder Treatment "
        "in Pregnant Adults (clinical guideline). 2021.",
        "U.S. Food and Drug Administration. Methadone hydrochloride prescribing information: "
        "boxed warnings on accidental ingestion and use with benzodiazepines or other "
        "sedating drugs. 2023.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "how-opioid-treatment-programs-work",
            "title": "How opioid treatment programs work",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Methadone in one paragraph</h2>"
                 "<p>Methadone is a long-acting medicine for opioid use disorder. It is a "
                 "full agonist. That means it turns on the same brain receptors as other "
                 "opioids, but slowly and steadily. Most people take it once a day, by "
                 "mouth, as a liquid. At a dose that fits the person, it stops withdrawal, "
                 "quiets cravings and blunts the effect of other opioids. People feel "
                 "steady, not high. Methadone is one of the most studied medicines for opioid use disorder. Research links it to fewer deaths, less HIV infection and "
                 "people staying in treatment longer.</p>"
                 "<h2>Where people get it</h2>"
                 "<p>In the United States, methadone for opioid use disorder is given out "
                 "only by an opioid treatment program, or OTP. Most people call it the "
                 "methadone clinic. A pharmacy can fill methadone for pain, but not for "
                 "opioid use disorder. Many OTPs also offer buprenorphine.</p>"
                 "<p>An OTP answers to several bodies at once:</p>"
                 "<ul>"
                 "<li><strong>SAMHSA</strong>, the federal Substance Abuse and Mental "
                 "Health Services Administration, certifies it under a federal rule called "
                 "42 CFR Part 8.</li>"
                 "<li>An <strong>accrediting body</strong> approved by SAMHSA visits and "
                 "checks its care.</li>"
                 "<li>The <strong>DEA</strong>, the Drug Enforcement Administration, "
                 "registers it because methadone is a controlled drug.</li>"
                 "<li>The <strong>state</strong> licenses it. Each state also has a State "
                 "Opioid Treatment Authority, an office that oversees OTPs.</li>"
                 "</ul>"
                 "<p>Why does this matter to a coach? Because rules come from more than one "
                 "place. The federal rule sets the outer limits. A state can be stricter. A "
                 "program can have its own policies on top. When someone asks what is "
                 "allowed, the honest answer is often: let's look at your state's rules and "
                 "your program's handbook together.</p>"
                 "<h2>Getting started: intake</h2>"
                 "<p>Intake is the first visit, when the person signs up. It can feel long "
                 "and personal. Knowing the steps helps people stay calm.</p>"
                 "<ul>"
                 "<li><strong>Who can be admitted.</strong> A health care practitioner "
                 "decides that the person has opioid use disorder, is in remission from it, "
                 "or is at high risk of a return to use or overdose. Since 2024, a person "
                 "no longer has to prove a full year of opioid use first.</li>"
                 "<li><strong>Consent.</strong> The person agrees to treatment in writing. "
                 "This can now be done electronically.</li>"
                 "<li><strong>A screening exam</strong> before the first dose, then a full "
                 "physical exam within 14 days.</li>"
                 "<li><strong>An assessment and a care plan</strong>, in the first weeks. "
                 "The care plan should be built with the person, not handed to them.</li>"
                 "<li><strong>Drug tests.</strong> The federal rule asks for at least eight "
                 "random tests a year. Tests are meant to guide care.</li>"
                 "<li><strong>Priority for pregnant people.</strong> Programs should move "
                 "pregnant people to the front of the line.</li>"
                 "</ul>"
                 "<p>If a program has a waiting list, it may offer interim treatment. That "
                 "means the person gets medication while the full services are set up.</p>"
                 "<h2>The first weeks: daily dosing</h2>"
                 "<p>At first, most people dose every day at a window, with a nurse "
                 "watching. There is a real reason for this. Methadone builds up in the body "
                 "over several days. A dose that feels too small on Monday can feel much "
                 "stronger by Friday. So programs start with a careful dose and raise it "
                 "slowly. The first weeks carry the highest risk of overdose, most of all "
                 "when a person also drinks or takes benzodiazepines, sleeping pills or "
                 "other drugs that make people sleepy.</p>"
                 "<p>A coach can help here without giving medical advice. Encourage the "
                 "person to be honest with the medical staff about everything they take. "
                 "Make sure they have naloxone, the overdose rescue medicine. And remind "
                 "them that feeling some withdrawal early on is common, and is something to "
                 "report, not to fix on their own.</p>"
                 "<h2>Counseling and other services</h2>"
                 "<p>An OTP is more than a dosing window. Programs must offer counseling. "
                 "They also offer or link people to medical care, mental health care, help "
                 "with work and school, and other services. Many programs now have peer "
                 "recovery support. Since the 2024 rule, getting medication no longer "
                 "depends on going to counseling. Programs still must offer it. People "
                 "choose it because it helps, not because their dose is on the line.</p>"),
                ("callout", {
                    "title": "Say it plainly",
                    "text": (
                        "Methadone is medicine, and taking it is recovery. Nobody has to "
                        "stop a prescribed medication to count as being in recovery. How "
                        "long a person stays on methadone is their decision, made with "
                        "their prescriber."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>What people live with</h2>"
                 "<p>Daily dosing is hard to fit around real life. Think about Mrs. Lee, "
                 "67, who takes two buses to dose before her shift at a laundry. Think "
                 "about Jesse, 24, in a rural county, who drives forty minutes each way. "
                 "Think about Monique, a mom of three, who has to find childcare every "
                 "morning. Lines can be long. Rules about attendance and testing can feel "
                 "like being watched. Stigma comes from neighbors, family, some recovery "
                 "groups and even some health workers.</p>"
                 "<p>People also describe deep relief. Many say methadone let them think "
                 "clearly, go back to work, and show up for their kids for the first time "
                 "in years. Both things are true at once. A good coach makes room for "
                 "both.</p>"
                 "<h2>A typical visit</h2>"
                 "<p>Every program runs a little differently, but a visit often goes like "
                 "this. The person checks in at the front desk. They wait for the dosing "
                 "window. A nurse checks who they are, pours the dose and watches them "
                 "take it. Some days there is a drug test. Some days there is a counseling "
                 "session, a group, or a visit with the prescriber. Then they head to work, "
                 "school or home.</p>"
                 "<p>The dosing window is short, and it is not the place for a long talk. "
                 "If the person has a question about how their dose feels, the nurse can "
                 "often pass it on or help them book a medical visit. A coach can help the "
                 "person learn who to ask for what: the nurse for dosing questions, the "
                 "counselor for the care plan, the prescriber for medical decisions, and "
                 "the front desk for schedules and paperwork.</p>"
                 "<h2>Read the handbook together</h2>"
                 "<p>Every program gives new patients rules in writing. Most people sign "
                 "for them on a stressful first day and never read them again. Sitting down "
                 "with the handbook in the first week is one of the most useful things a "
                 "coach can do. Look for:</p>"
                 "<ul>"
                 "<li>dosing hours, and what happens if the person is late;</li>"
                 "<li>the policy for missed doses;</li>"
                 "<li>fees, insurance and what happens if a bill is not paid;</li>"
                 "<li>how take-home doses are decided;</li>"
                 "<li>patient rights and responsibilities;</li>"
                 "<li>the grievance process, which is how to complain or ask for a review "
                 "of a decision;</li>"
                 "<li>the discharge policy.</li>"
                 "</ul>"
                 "<p>Missed doses matter for safety. After a few days without methadone, "
                 "a person's tolerance can drop. So programs have rules about what happens "
                 "after missed days, and the nurse or prescriber may need to check in "
                 "before the usual dose. Knowing the rule ahead of time saves panic "
                 "later.</p>"
                 "<h2>Questions people bring to a coach</h2>"
                 "<p><strong>“Will my boss find out?”</strong> Records from a treatment "
                 "program have strong privacy protection under a federal rule called 42 CFR "
                 "Part 2. In most cases the program needs the person's written consent to "
                 "share them. Module 5 covers this in more depth.</p>"
                 "<p><strong>“Can I still work and drive?”</strong> Many people on a steady "
                 "dose work, drive and raise families. In the first weeks, and after any "
                 "dose change, the person should watch for sleepiness and tell the "
                 "prescriber if it happens.</p>"
                 "<p><strong>“Do I have to stay on it forever?”</strong> No one can answer "
                 "that for someone else. Some people take methadone for years, some for "
                 "life, some for a shorter time. The choice belongs to the person, made "
                 "with their prescriber, when they are ready. The coach's job is to support "
                 "that choice, not to push it either way.</p>"
                 "<p><strong>“Do my other doctors need to know?”</strong> Yes, and this "
                 "one matters for safety. Methadone can mix badly with some other "
                 "medicines. Benzodiazepines, sleeping pills and other sedating drugs raise "
                 "the risk of overdose. Some medicines change how fast the body clears "
                 "methadone. Encourage the person to tell every doctor, dentist and "
                 "pharmacist that they take methadone, and to tell the OTP about every new "
                 "medicine. A coach can help them make a wallet card with their program's "
                 "name and number, if they want one.</p>"
                 "<p><strong>“What if I move?”</strong> Programs can transfer people to "
                 "another OTP, and can often set up guest dosing for travel. Both take "
                 "paperwork and some notice. Help the person ask early, so there is no gap "
                 "in their medicine.</p>"
                 "<h2>Peers at the clinic</h2>"
                 "<p>Peer programs in the MARS tradition were started by people on "
                 "methadone, for people on methadone. The idea is simple. Someone who has "
                 "stood in the same line, felt the same stigma and found a way through can "
                 "reach people in a way staff often cannot. When you meet someone at the "
                 "clinic, you are not a staff member checking up on them. You are a peer "
                 "who believes their recovery is real.</p>"
                 "<h2>How a coach helps in the early weeks</h2>"
                 "<ul>"
                 "<li><strong>Be a steady face.</strong> The daily trip to the clinic is "
                 "also a daily chance to connect. Many peer programs meet people right "
                 "there.</li>"
                 "<li><strong>Walk through the handbook.</strong> Read the program's rules "
                 "with the person, in plain words. Mark the parts on take-homes, missed "
                 "doses, grievances and discharge.</li>"
                 "<li><strong>Solve practical problems.</strong> Bus passes, rides, "
                 "childcare, work hours and dosing hours are recovery issues.</li>"
                 "<li><strong>Prepare questions.</strong> Help the person write down what "
                 "they want to ask the nurse, counselor or prescriber.</li>"
                 "<li><strong>Share your own story</strong> when it fits, briefly, and "
                 "always to serve the person, not yourself.</li>"
                 "</ul>"
                 "<p>What a coach does not do: decide doses, promise take-homes, or speak "
                 "for the person without their okay. Coaches support the person's own "
                 "choices and help them speak up for themselves.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Ramón wants to start methadone. His cousin says he can just "
                            "get it filled at the corner pharmacy. What is accurate?"
                        ),
                        "choices": [
                            ("Methadone for opioid use disorder is given out only by a "
                             "certified opioid treatment program", True),
                            ("Any pharmacy can fill methadone for opioid use disorder with "
                             "a prescription", False),
                            ("Only a hospital emergency room can give methadone", False),
                        ],
                        "explanation": (
                            "For opioid use disorder, methadone comes only from an OTP. "
                            "Pharmacies fill methadone for pain, which is a different use "
                            "with different rules."
                        ),
                    },
                    {
                        "prompt": (
                            "Why do programs usually start methadone with a careful dose "
                            "and raise it slowly?"
                        ),
                        "choices": [
                            ("Methadone builds up in the body over several days, so the "
                             "early weeks carry the most overdose risk", True),
                            ("To test whether the person is serious about recovery", False),
                            ("Because low doses always work best in the long run", False),
                        ],
                        "explanation": (
                            "Methadone builds up over days. Starting carefully protects the "
                            "person. It is safety, not a test of character, and the dose "
                            "that fits in the end differs from person to person."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "the-2024-otp-rule",
            "title": "The 2024 rule: take-homes, counseling, admission and telehealth",
            "minutes": 13,
            "body": [
                ("rich_text",
                 "<h2>The first big update in over 20 years</h2>"
                 "<p>In February 2024, the federal government published a final rule that "
                 "rewrote 42 CFR Part 8, the rule for opioid treatment programs. SAMHSA "
                 "wrote it. It was published on February 2, 2024. It took effect on April "
                 "2, 2024, and programs had to follow it by October 2, 2024. It was the "
                 "first major update to the OTP rules since 2001.</p>"
                 "<p>The rule made permanent many of the flexible practices that began "
                 "during COVID. It removed old, stigmatizing words. For example, it uses "
                 "“medically supervised withdrawal” instead of “detoxification.” It added "
                 "shared decision-making to every care plan, and it brings harm reduction "
                 "into treatment. In short, it asks programs to treat people as partners in "
                 "their own care.</p>"
                 "<p>Remember one thing as you read: the federal rule sets the outer limits. "
                 "States can keep stricter rules, and programs have their own policies. So "
                 "the change a person feels depends on where they live and which program "
                 "they go to.</p>"
                 "<h2>Why the rule changed</h2>"
                 "<p>In March 2020, early in the COVID pandemic, SAMHSA let programs give "
                 "more take-homes so fewer people crowded into clinics. Programs could give "
                 "up to 28 days to people they judged stable and up to 14 days to others. "
                 "At the same time, OTPs were allowed to start buprenorphine by telehealth.</p>"
                 "<p>What happened? Programs and researchers reported very few problems "
                 "with diversion or overdose. People stayed in treatment longer. Many could "
                 "keep jobs and care for family without a daily trip. The 2024 rule made "
                 "these flexible practices permanent, and went further.</p>"
                 "<h2>Admission: fewer barriers</h2>"
                 "<ul>"
                 "<li><strong>No more one-year rule.</strong> People used to need a year of "
                 "opioid use before they could be admitted. That is gone. A practitioner "
                 "looks at the person in front of them.</li>"
                 "<li><strong>Young people.</strong> People under 18 no longer must fail "
                 "two other treatments first.</li>"
                 "<li><strong>Medication does not depend on counseling.</strong> Programs "
                 "must still offer counseling. But a person's medication can no longer be "
                 "made to depend on attending it.</li>"
                 "<li><strong>Pregnant people come first.</strong> Programs should give "
                 "them priority.</li>"
                 "</ul>"
                 "<h2>Take-home doses: clinical judgment, within limits</h2>"
                 "<p>A take-home dose is a dose the person takes at home instead of at the "
                 "window. Under the old rule, take-homes followed a fixed calendar. A person "
                 "got one extra take-home a week in the first 90 days. They could not get a "
                 "month's supply until they had been in treatment for two years.</p>"
                 "<p>The 2024 rule changed the approach. Now the program's practitioner "
                 "decides, using clinical judgment. They weigh whether the benefits of "
                 "take-homes for this person outweigh the risks. The rule lists things to "
                 "consider, such as:</p>"
                 "<ul>"
                 "<li>whether the person has active substance use or other health problems "
                 "that raise the risk of harm;</li>"
                 "<li>how regularly the person comes in for observed doses;</li>"
                 "<li>any serious behavior problems that put people in danger;</li>"
                 "<li>any recent sharing or selling of medication, called diversion;</li>"
                 "<li>whether the doses can be carried and stored safely;</li>"
                 "<li>anything else the practitioner sees as relevant to safety.</li>"
                 "</ul>"
                 "<p>Time in treatment still sets a ceiling. The ceilings are:</p>"
                 "<ul>"
                 "<li><strong>Days 1 to 14:</strong> up to 7 days of take-homes at a "
                 "time.</li>"
                 "<li><strong>From day 15:</strong> up to 14 days.</li>"
                 "<li><strong>From day 31:</strong> up to 28 days.</li>"
                 "</ul>"
                 "<p>On top of this, a person can get a take-home for days the clinic is "
                 "closed, like a weekend day or a holiday. These ceilings are the most a "
                 "program may give. They are not a promise, and they are not a schedule "
                 "that everyone moves through. A state may set lower limits.</p>"),
                ("callout", {
                    "title": "Take-homes are a shared decision, not a prize",
                    "text": (
                        "Many of us learned that take-homes are a privilege you earn by "
                        "being good. The new rule frames them as a clinical decision, made "
                        "with the person, about what supports their health and life. Use "
                        "that language. Say “a decision you and your prescriber make "
                        "together,” not “something you earn over time.”"
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>How a coach supports the take-home conversation</h2>"
                 "<p>Take-homes can change a life. They can mean keeping a job, getting "
                 "kids to school, or not spending three hours a day on a bus. Here is how a "
                 "coach can help a person get ready to talk with their prescriber:</p>"
                 "<ol>"
                 "<li><strong>Get the written policy.</strong> Ask the program for its "
                 "take-home policy. Read it together.</li>"
                 "<li><strong>Name the why.</strong> What would take-homes let the person "
                 "do? Work a morning shift? Care for a parent? Finish school?</li>"
                 "<li><strong>Plan for safety.</strong> Where will the doses be kept? Is "
                 "there a lock box? Who else lives in the home? Are there children?</li>"
                 "<li><strong>Write the questions.</strong> For example: “What would help "
                 "you feel comfortable giving me more take-homes?” or “What are the next "
                 "steps if you say not yet?”</li>"
                 "<li><strong>Follow up.</strong> If the answer is no, ask what the reason "
                 "is and what could change it. Help the person write down the answer.</li>"
                 "</ol>"
                 "<p>A coach never promises a number of take-homes. The decision belongs "
                 "to the person and the practitioner. Our job is to help the person show "
                 "up informed and heard.</p>"
                 "<h2>What shared decision-making looks like</h2>"
                 "<p>Shared decision-making means the practitioner and the person decide "
                 "together. The practitioner brings medical knowledge: the options, the "
                 "risks and the benefits. The person brings what only they know: their "
                 "goals, their schedule, their home, what matters to them. Neither one "
                 "decides alone.</p>"
                 "<p>In a real visit it sounds like this. The practitioner says, “Here is "
                 "what I'm weighing, and here is what worries me.” The person says, “Here "
                 "is what I need, and here is how I will keep it safe.” Then they agree on "
                 "a plan and when to look at it again. If the person leaves a visit feeling "
                 "that things were decided about them, not with them, a coach can help "
                 "them ask for another conversation.</p>"
                 "<p>The rule also brings harm reduction into treatment. Harm reduction "
                 "means meeting people where they are and lowering risk, even before "
                 "everything is going well. For example, a positive drug test can be a "
                 "reason to talk and adjust the plan, not only a reason to punish.</p>"
                 "<h2>An example</h2>"
                 "<p>Sofía, 29, is a home health aide. She has been at her OTP for 20 days. "
                 "Her agency offered her weekend shifts that start before the clinic opens. "
                 "She wants take-homes for Saturday and Sunday so she can say yes. Her coach "
                 "helps her get the program's take-home policy and write down her reason. "
                 "Together they make a safety plan: a lock box in her bedroom closet, the "
                 "key on her work lanyard, and naloxone in the kitchen.</p>"
                 "<p>At her medical visit, Sofía explains her plan. Her practitioner asks "
                 "about her sleep and her roommate, and agrees to weekend take-homes. They "
                 "plan to look at it again in a month. Under the federal ceiling she could "
                 "have had up to 14 days. She did not need that many, and she did not get "
                 "them. The decision fit her life and her safety. That is the point.</p>"
                 "<h2>Split doses</h2>"
                 "<p>A split dose means the day's dose is taken in two parts, often one in the morning and one later in the day. Some people's bodies clear methadone faster. Pregnancy also "
                 "speeds this up, mostly later in pregnancy. For these people, a prescriber "
                 "may decide to split the dose so it covers the whole day more evenly. The "
                 "second part is usually taken at home, so it is part of the take-home "
                 "plan too.</p>"
                 "<p>Splitting a dose is a medical decision. A coach never suggests that "
                 "someone split a dose on their own or save part of a take-home for later. "
                 "If a person wonders whether a split dose might help, the coach helps them "
                 "describe what they feel and ask their prescriber. Lesson 3 shows how.</p>"
                 "<h2>Telehealth: what is allowed</h2>"
                 "<p>Telehealth means care by phone or video. The 2024 rule lets OTPs use "
                 "it to start treatment, with a key difference between the two "
                 "medicines:</p>"
                 "<ul>"
                 "<li><strong>Buprenorphine:</strong> an OTP can start a new patient after "
                 "an evaluation by video or by phone only (audio-only), if the practitioner "
                 "decides that is enough to evaluate the person.</li>"
                 "<li><strong>Methadone:</strong> the evaluation before starting can be "
                 "done by video (audio-visual), if the practitioner decides it gives an "
                 "adequate evaluation. A phone-only visit is not allowed for starting "
                 "methadone, because methadone carries a higher risk of sleepiness and "
                 "overdose.</li>"
                 "</ul>"
                 "<p>Telehealth does not mean methadone comes in the mail. It is still "
                 "given out by the OTP. For a person in a rural area, though, a video "
                 "evaluation can mean one less long trip before their first dose.</p>"
                 "<h2>What did not change</h2>"
                 "<p>Programs still do drug tests. They still must offer counseling and "
                 "other services. They still control how medication is given out. And "
                 "states still have a say. Some states changed their rules quickly. Others "
                 "are slower. When a person says “my clinic won't do that,” the coach can "
                 "help them ask: is that a federal rule, a state rule, or a program policy? "
                 "The answer tells you where to push, and who to ask.</p>"
                 "<p>If the limit is a program policy, the person can ask the program to "
                 "explain it and to look at their situation. If it is a state rule, the "
                 "person can ask the program whether any exceptions apply. Either way, a "
                 "coach helps the person ask clear questions and write down the answers. "
                 "Advocacy groups for people on medication also follow these rules closely "
                 "and can be a good source of up-to-date news for a state.</p>"
                 "<p>One last point. The rule is new, and not every staff member has caught "
                 "up with it. Some still say “earn,” or talk as if the old 90-day steps "
                 "still apply. A coach can gently share what the rule says, and help the "
                 "person raise it respectfully. Change in a clinic often starts with one "
                 "calm conversation.</p>"),
                ("reflection", {
                    "min_words": 50,
                    "minutes": 5,
                    "prompt": (
                        "Think about how take-home doses were talked about where you got "
                        "treatment, or in stories you have heard. Was it “earn it” "
                        "language? How did that affect people? Write what you would say to "
                        "someone who feels ashamed that they do not have take-homes yet, "
                        "using shared-decision language instead."
                    ),
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Piotr has been at his OTP for 40 days. He asks you if the law "
                            "says he gets 28 take-homes now. What is accurate?"
                        ),
                        "choices": [
                            ("Federal rules allow up to 28 days after day 30, but that is a "
                             "ceiling; his practitioner decides with him, and his state may "
                             "be stricter", True),
                            ("Yes, everyone gets 28 days after one month", False),
                            ("No, federal rules still require two years before a month of "
                             "take-homes", False),
                        ],
                        "explanation": (
                            "From day 31 the federal ceiling is 28 days. It is not "
                            "automatic. The practitioner uses clinical judgment with the "
                            "person, and state rules can set lower limits."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "when-a-dose-wears-off-and-safety-at-home",
            "title": "When a dose seems to wear off, and safety at home",
            "minutes": 13,
            "body": [
                ("rich_text",
                 "<h2>No single right dose</h2>"
                 "<p>People often compare doses in the clinic line. “I'm only on forty.” "
                 "“You're on how much?” This talk does harm. The dose that works is the "
                 "one that keeps withdrawal away for the whole day, eases cravings, and "
                 "does not make the person sleepy. For some people that is a low dose. For "
                 "others it is much higher. A higher dose is not a sign of weakness, and a "
                 "lower dose is not a medal.</p>"
                 "<p>Why do needs differ so much? Bodies break down methadone at different "
                 "speeds. Some other medicines speed it up or slow it down, including some "
                 "medicines for HIV, tuberculosis and seizures. Pregnancy speeds it up. "
                 "Changes in health can matter too. This is why only the prescriber, with "
                 "the person, can decide on a dose.</p>"
                 "<h2>What “wearing off” can feel like</h2>"
                 "<p>Some people feel fine after their dose but start to feel bad before "
                 "the next one. They might say: “It's gone by dinner,” or “I'm sick every "
                 "night before bed.” Signs can include:</p>"
                 "<ul>"
                 "<li>yawning, a runny nose or watery eyes;</li>"
                 "<li>sweating, chills or goosebumps;</li>"
                 "<li>aches in the muscles or bones;</li>"
                 "<li>stomach cramps, nausea or diarrhea;</li>"
                 "<li>feeling restless, anxious or irritable;</li>"
                 "<li>trouble sleeping;</li>"
                 "<li>cravings that grow as the day goes on.</li>"
                 "</ul>"
                 "<p>The opposite can happen too. Some people feel too sleepy a few hours "
                 "after dosing, or they nod off. That also needs to go to the prescriber, "
                 "and soon. Heavy sleepiness, slow breathing or being hard to wake up is an "
                 "emergency. Call 911 and use naloxone.</p>"
                 "<h2>The coach's job: help the person describe it</h2>"
                 "<p>A coach never says “your dose is too low” or “ask for ten more.” We "
                 "are not trained to judge a dose, and we could be wrong in a way that "
                 "hurts someone. What we can do is very useful: help the person describe "
                 "what they feel so clearly that the prescriber can act on it.</p>"
                 "<p>Prescribers have short visits. “My dose doesn't hold me” is easy to "
                 "brush off. A clear picture is not. Help the person gather these "
                 "details:</p>"
                 "<ul>"
                 "<li><strong>Timing.</strong> What time do they dose? What time do the "
                 "symptoms start? Is it the same every day?</li>"
                 "<li><strong>Symptoms.</strong> Which ones, in their own words?</li>"
                 "<li><strong>Strength.</strong> How bad, on a scale from 0 to 10?</li>"
                 "<li><strong>Changes.</strong> Any new medicines, a new job or shift, "
                 "pregnancy, illness, or changes in sleep?</li>"
                 "<li><strong>Impact.</strong> What does it stop them from doing? Work? "
                 "Sleep? Caring for their kids?</li>"
                 "<li><strong>Other use.</strong> Are they using anything to cope? This is "
                 "hard to say out loud. Help them see that the prescriber needs to know, "
                 "for their safety.</li>"
                 "</ul>"
                 "<p>A simple log for three to seven days works well. The person writes the "
                 "time of their dose, the time symptoms start, what they feel and how "
                 "strong it is. Then they bring it to a medical visit. The handout for this "
                 "module has a log they can use.</p>"
                 "<h2>Getting it to the right person</h2>"
                 "<p>At many clinics, the person talks to a nurse at the window and a "
                 "counselor once in a while. The prescriber may be harder to reach. Help "
                 "the person ask for a medical visit with the prescriber about how their "
                 "dose is working. If they feel nervous, practice what to say. For "
                 "example:</p>"
                 "<p><em>“I dose at 6 in the morning. Most days by about 7 at night I start "
                 "yawning and sweating, and by 10 my legs ache and I can't sleep. It's "
                 "about a 7 out of 10. It started when I moved to the late shift. I wrote "
                 "it down for a week. What are my options?”</em></p>"
                 "<p>Notice what this does. It gives facts, timing and impact. It asks "
                 "about options. It does not ask for a number. The person stays in charge "
                 "and the prescriber does the medical thinking.</p>"
                 "<h2>Dose talk in the group</h2>"
                 "<p>At a peer center, people will talk about doses with each other. You "
                 "cannot stop that, and you do not need to police it. You can set a tone. "
                 "When someone says “you're on too much” or “that's nothing,” you might "
                 "say: “Everybody's body is different. The right dose is the one that works "
                 "for you, and that's between you and your prescriber.” Said kindly and "
                 "often, this becomes the culture of the group.</p>"
                 "<h2>Watch your own story</h2>"
                 "<p>Many of us have strong feelings about doses because of our own "
                 "history. Maybe you felt fine on a low dose. Maybe you fought for years to "
                 "get a dose that held you. Either way, your story is not the other "
                 "person's body. “What worked for me” can slip out as advice. Share your "
                 "experience of speaking up to a prescriber, if it helps. Do not share your "
                 "dose as a yardstick.</p>"
                 "<h2>When the person is afraid to ask</h2>"
                 "<p>People often hold back. They may fear being seen as “drug-seeking.” "
                 "They may worry that talking about cravings will cost them take-homes. "
                 "They may have asked before and been brushed off. These fears make sense. "
                 "Many people on methadone have been judged by the very people meant to "
                 "help them.</p>"
                 "<p>You can name the fear and gently test it. “It sounds like you're "
                 "worried they'll think you just want more. What would help you feel ready "
                 "to bring it up?” Point out that a clear, written log is the opposite of "
                 "drug-seeking. It is the person taking their treatment seriously. Offer to "
                 "practice. Offer to sit in the waiting room. Respect it if they decide to "
                 "wait, and check in again soon.</p>"
                 "<h2>After the visit</h2>"
                 "<p>Follow up. Ask what the prescriber said and how the person feels "
                 "about it. If something changed, help them write down what to expect and "
                 "when to check back. Methadone changes take several days to settle, so "
                 "the person may not feel the full effect right away. If the answer was "
                 "“not now,” help them ask what else could help and what would make the "
                 "prescriber look at it again. Keep the log going. Patterns over time tell "
                 "a clearer story than one bad day.</p>"),
                ("callout", {
                    "title": "Stay in your lane, and stay close",
                    "text": (
                        "Never suggest a dose, a split dose, saving part of a take-home, or "
                        "using anything else to get through the evening. Do help the person "
                        "track what they feel, practice what to say, ask for a medical "
                        "visit, and follow up afterward."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Safety at home with take-home doses</h2>"
                 "<p>Take-homes bring freedom. They also bring real risk to other people. "
                 "A dose that is safe for someone used to opioids can kill a child, or an "
                 "adult who is not used to them. The FDA label for methadone warns that a "
                 "child swallowing it by accident can be fatal. Methadone liquid is often "
                 "colored and can look like juice.</p>"
                 "<p>Coaches can talk about safety without lecturing. Most people on "
                 "methadone store their doses carefully. A calm, practical talk works "
                 "better than a scary one. Cover these points:</p>"
                 "<ul>"
                 "<li><strong>Lock it up.</strong> Keep doses in a locked box, out of sight "
                 "and out of reach. Keep the key or code away from the box. A box with the "
                 "key in it is just a box.</li>"
                 "<li><strong>Keep the bottles.</strong> Leave each dose in its labeled, "
                 "child-resistant bottle from the program.</li>"
                 "<li><strong>Never share.</strong> Not with a partner in withdrawal, not "
                 "with a friend. Sharing can kill, and it can end take-homes.</li>"
                 "<li><strong>Think about visitors.</strong> Grandkids, nieces and "
                 "nephews visit. Plan for them too.</li>"
                 "<li><strong>Know the plan if something goes wrong.</strong> If a child or "
                 "anyone else may have swallowed methadone, call 911 right away, even if "
                 "they seem fine. Keep naloxone in the home and know how to use it.</li>"
                 "<li><strong>Avoid risky mixes.</strong> Alcohol, benzodiazepines, "
                 "sleeping pills and other sedating drugs raise the risk of overdose with "
                 "methadone. Encourage the person to tell the prescriber about every "
                 "medicine they take.</li>"
                 "<li><strong>Ask before it happens.</strong> Every program has a policy "
                 "on lost, stolen or spilled doses. Help the person learn it now, not in a "
                 "panic.</li>"
                 "<li><strong>Travel.</strong> Programs can often arrange guest dosing at "
                 "another OTP when someone travels. Ask early, because it takes "
                 "paperwork.</li>"
                 "</ul>"
                 "<h2>Shared housing and recovery homes</h2>"
                 "<p>Storage is harder when a person lives with others. Think about "
                 "Dwayne, who just moved into a recovery residence, or Carmen, who rents a "
                 "room in a shared house. Other people may be in early recovery, or still "
                 "using. Help the person find out the house rules on medication before the "
                 "first take-home comes home. Some houses keep medicines in a locked "
                 "office. Others ask residents to use their own lock box. If a house does "
                 "not accept people on methadone at all, help the person look for one that "
                 "does. A person should never have to choose between a safe place to live "
                 "and their medicine.</p>"
                 "<h2>Know the signs of an overdose</h2>"
                 "<p>Everyone around a person on methadone should know the signs of an "
                 "opioid overdose: the person will not wake up or respond, breathing is "
                 "very slow or has stopped, lips or fingertips turn blue or gray, or they "
                 "make choking or snoring sounds. Call 911. Give naloxone. Stay with them. "
                 "Methadone lasts a long time in the body, so a person can slip back into "
                 "overdose after naloxone wears off. That is why calling 911 matters even "
                 "when naloxone works.</p>"
                 "<p>If a person cannot afford a lock box, help them ask the program or a "
                 "community group about one. Safe storage protects children, and it also "
                 "protects the person's take-homes.</p>"),
                ("scenario", {
                    "title": "Lamar: “It's gone before my shift ends”",
                    "situation": (
                        "Lamar, 44, is Black and has been on methadone for eight months. "
                        "He works second shift at a warehouse, from 2 in the afternoon to "
                        "10:30 at night. He doses at the clinic at 6 every morning. At the "
                        "peer center he tells you: “By about 8 at night I'm yawning and "
                        "sweating. By the end of the shift my back and legs ache and all I "
                        "can think about is using. My buddy says I should just ask for a "
                        "bigger dose. I don't want to lose this job.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Ask open questions about when the symptoms start, what "
                                "they feel like and how strong they get, and offer to help "
                                "him track them for a week to bring to his prescriber."
                            ),
                            "feedback": (
                                "Yes. You take him seriously, you stay out of dose "
                                "decisions, and you help him build a clear picture his "
                                "prescriber can act on. You also protect his job and his "
                                "recovery by moving quickly."
                            ),
                            "best": True,
                            "next": (
                                "Lamar keeps a log for a week. The pattern is the same "
                                "every day. He says: “When I tell the nurse at the window, "
                                "she just says talk to your counselor. Nothing happens.”"
                            ),
                        },
                        {
                            "text": (
                                "Tell him his buddy is right: his dose is too low, and he "
                                "should ask for about ten more milligrams."
                            ),
                            "feedback": (
                                "This is medical advice. You cannot know why his dose "
                                "wears off, and a number from a coach could be unsafe. Help "
                                "him describe the problem instead, and let the prescriber "
                                "decide."
                            ),
                            "best": False,
                            "next": (
                                "Lamar asks the nurse for “ten more.” She says dose "
                                "changes need a medical visit, and he leaves frustrated, "
                                "with no visit booked."
                            ),
                        },
                        {
                            "text": (
                                "Suggest that once he gets take-homes he save part of the "
                                "morning dose and drink it at work."
                            ),
                            "feedback": (
                                "Splitting a dose is a medical decision. Saving part of a "
                                "dose on his own can be unsafe and can cost him his "
                                "take-homes. Help him bring the problem to his prescriber."
                            ),
                            "best": False,
                            "next": (
                                "Lamar says he doesn't have take-homes yet anyway, and "
                                "the evenings stay hard."
                            ),
                        },
                        {
                            "text": (
                                "Reassure him that some discomfort is normal and he will "
                                "get used to it if he stays strong."
                            ),
                            "feedback": (
                                "This brushes off a real problem. Withdrawal and cravings "
                                "every evening put his recovery and his job at risk. They "
                                "belong with his prescriber."
                            ),
                            "best": False,
                            "next": (
                                "Lamar nods, but the next week he tells you he almost "
                                "used after a shift."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Lamar has his log, but telling the nurse has not led anywhere. "
                            "What is the most helpful next step?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Help him ask, in person or in writing, for a medical "
                                    "visit with the prescriber about how his dose is "
                                    "working, practice what he will say, and offer to go "
                                    "with him if the program allows and he wants that."
                                ),
                                "feedback": (
                                    "Yes. This gets his clear description to the person "
                                    "who makes dose decisions, and builds his own voice. "
                                    "Your role is support, with his consent."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Call the prescriber yourself and explain that Lamar "
                                    "needs a dose increase."
                                ),
                                "feedback": (
                                    "You need Lamar's written consent to share anything "
                                    "about him, and asking for an increase is still a "
                                    "dose judgment. Help him speak for himself."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Suggest he ask a friend for a little extra to get "
                                    "through the end of each shift until this is fixed."
                                ),
                                "feedback": (
                                    "This puts him at risk of overdose and of losing "
                                    "treatment. Never suggest using other substances or "
                                    "someone else's medication."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell him to switch to buprenorphine, since it might "
                                    "suit his schedule better."
                                ),
                                "feedback": (
                                    "Recommending a medication is outside a coach's role. "
                                    "He can ask his prescriber about all his options."
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
            "slug": "discharge-pregnancy-and-myths",
            "title": "Discharge and tapers, pregnancy and parenting, myths and facts",
            "minutes": 14,
            "body": [
                ("rich_text",
                 "<h2>Administrative discharge and involuntary tapers</h2>"
                 "<p>Few things scare people at an OTP more than hearing “we're going to "
                 "discharge you.” Coaches need to know the words and the person's "
                 "rights.</p>"
                 "<ul>"
                 "<li><strong>Administrative discharge</strong> means the program ends a "
                 "person's treatment for reasons other than the person's own choice or a "
                 "medical plan. Common reasons given include violence or threats, selling "
                 "or sharing medication, not paying fees, or many missed visits.</li>"
                 "<li><strong>An involuntary taper</strong> (also called administrative "
                 "withdrawal) means the program lowers the dose to zero on a schedule the "
                 "person did not choose. It often comes before a discharge.</li>"
                 "<li>These are different from a <strong>voluntary taper</strong>, which "
                 "the person asks for and plans with their prescriber.</li>"
                 "</ul>"
                 "<p>Why this matters so much: stopping methadone often leads to withdrawal "
                 "and a return to use. After time on a lower dose or none, tolerance drops. "
                 "So the weeks after leaving treatment carry a high risk of overdose. A "
                 "discharge can be a life-or-death event.</p>"
                 "<h2>What the rules say</h2>"
                 "<p>Under the 2024 federal rule, a person's medication should not depend "
                 "on going to counseling. So missing groups alone is a weak reason to cut "
                 "off medication. The rule also pushes programs toward harm reduction and "
                 "shared decisions. Still, discharge rules come mostly from states and "
                 "programs, and they differ. Many states require a program to:</p>"
                 "<ul>"
                 "<li>give written notice with the reasons;</li>"
                 "<li>offer a way to appeal, such as a grievance or a hearing;</li>"
                 "<li>offer a gradual taper instead of a sudden stop;</li>"
                 "<li>try to refer or transfer the person to another program.</li>"
                 "</ul>"
                 "<p>Every program should have a written grievance process. That is the "
                 "way a person makes a formal complaint or asks for a decision to be "
                 "reviewed.</p>"
                 "<h2>How a peer supports someone facing discharge</h2>"
                 "<ol>"
                 "<li><strong>Listen first.</strong> Let the person be angry or scared. "
                 "Then get the facts. What exactly was said, by whom, and when? Was it a "
                 "warning or a decision? Was anything in writing?</li>"
                 "<li><strong>Get the papers.</strong> Help the person ask for the "
                 "program's discharge policy, grievance process and any written notice. "
                 "They have a right to know the rules they are held to.</li>"
                 "<li><strong>Name the barriers.</strong> Missed visits often have causes: "
                 "bus routes, childcare, work hours, illness, a housing crisis. Help the "
                 "person list them.</li>"
                 "<li><strong>Ask for a meeting.</strong> Help the person request a meeting "
                 "to solve the problem. They can ask for a different group time, telehealth "
                 "counseling, or another plan. With their consent, and if the program "
                 "allows, the coach can come along.</li>"
                 "<li><strong>Use the grievance process.</strong> If the program moves "
                 "ahead, help the person file a grievance in their own words, and keep "
                 "copies.</li>"
                 "<li><strong>Ask for time and a referral.</strong> The person can ask for "
                 "a slower taper and a referral or transfer to another OTP or to a "
                 "buprenorphine prescriber. The goal is no gap in care.</li>"
                 "<li><strong>Know who else to call.</strong> The person can contact the "
                 "State Opioid Treatment Authority or the state licensing agency. Patient "
                 "advocacy groups for people on medication can also help.</li>"
                 "<li><strong>Plan for safety.</strong> If a taper goes ahead, make sure "
                 "the person has naloxone, knows not to use alone, and has your number.</li>"
                 "</ol>"
                 "<p>Remember confidentiality. Before a coach talks to the program about a "
                 "person, the person must give written consent. Treatment records at OTPs "
                 "have extra protection under a federal rule called 42 CFR Part 2. And stay "
                 "calm with staff. Respectful advocacy gets better results than a fight, "
                 "and it keeps doors open for the next person.</p>"
                 "<p>Keep a simple record. Help the person start a notebook or a note on "
                 "their phone. For each event, write the date, who they spoke with, what "
                 "was said and what happens next. A clear timeline makes a grievance "
                 "stronger, and it helps the person feel less lost.</p>"
                 "<p>These situations are hard on coaches too. Hearing someone's fear of "
                 "losing their medicine can stir up your own memories. Talk it over with "
                 "your supervisor. Taking care of yourself helps you stay steady for the "
                 "person.</p>"),
                ("callout", {
                    "title": "Advocate with the person, not for them",
                    "text": (
                        "Help the person find the rules, tell their story and use the "
                        "process. Do not promise that the program cannot discharge them. "
                        "Programs can discharge people, but there are fair ways it must be "
                        "done, and people can push back."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Pregnancy: medication is the recommended care</h2>"
                 "<p>Pregnant people on methadone face a lot of judgment. Some are told to "
                 "“get off it for the baby.” The medical guidance says the opposite. The "
                 "American College of Obstetricians and Gynecologists (ACOG) and SAMHSA "
                 "recommend methadone or buprenorphine for pregnant people with opioid use "
                 "disorder, rather than withdrawal. Withdrawal during pregnancy often leads "
                 "to a return to use, which is riskier for parent and baby. SAMHSA warns that withdrawal from these medicines during pregnancy can harm both parent and baby.</p>"
                 "<ul>"
                 "<li>Pregnant people get <strong>priority admission</strong> at OTPs "
                 "under the 2024 rule.</li>"
                 "<li>Dose needs can <strong>change during pregnancy</strong>, mostly "
                 "later on. The prescriber may raise the dose or split it. The coach helps "
                 "her describe what she feels, as in Lesson 3.</li>"
                 "<li><strong>After birth</strong>, the risk of a return to use and of "
                 "overdose stays high for the first year. Guidance says to keep going with "
                 "treatment through this time.</li>"
                 "</ul>"
                 "<h2>Babies and NOWS</h2>"
                 "<p>Many babies exposed to methadone or buprenorphine before birth show "
                 "signs of withdrawal after birth. This is called neonatal opioid withdrawal "
                 "syndrome, or NOWS. ACOG and SAMHSA call it expected and treatable. The "
                 "baby may be fussy, sleep poorly or feed poorly for a while. Hospitals know "
                 "how to care for it.</p>"
                 "<p>A baby with NOWS is not “born addicted.” Addiction is a pattern of "
                 "behavior. A newborn can have physical dependence, but cannot have "
                 "addiction. Words like that hurt parents and can shape how staff treat "
                 "them.</p>"
                 "<h2>Breastfeeding</h2>"
                 "<p>Breastfeeding while on methadone or buprenorphine is generally safe "
                 "and encouraged, when there are no other reasons against it. Only small "
                 "amounts of these medicines pass into breast milk. ACOG encourages "
                 "breastfeeding for people who are stable on their medication and not using "
                 "other drugs. Reasons against can include some other health conditions or a return to using other drugs. Studies link breastfeeding to shorter hospital stays and less "
                 "need for medicine for babies with NOWS. The parent makes this choice with "
                 "her medical team.</p>"
                 "<h2>How a coach supports pregnant and parenting people</h2>"
                 "<ul>"
                 "<li>Start from respect. Choosing treatment in pregnancy is a caring, "
                 "responsible choice.</li>"
                 "<li>Help her prepare questions for her OB, her prescriber and the baby's "
                 "doctor, such as what to expect with NOWS and how to feed her baby.</li>"
                 "<li>Connect her to parenting support, childcare help and other moms in "
                 "medication-assisted recovery.</li>"
                 "<li>Talk about safe storage of take-homes in a home with a baby or young "
                 "children.</li>"
                 "<li>Check in often after the birth. Sleep loss and stress are hard on "
                 "anyone's recovery.</li>"
                 "</ul>"
                 "<p>Many pregnant people on methadone are afraid of being judged at the "
                 "hospital, or of a report to child welfare. Rules about this differ by "
                 "state, and a coach should not guess. Help her ask her care team what to "
                 "expect at the birth and after, and connect her with local family support "
                 "groups that know the rules where she lives. Fear that goes unspoken can "
                 "push people away from care. Fear that is talked through can be "
                 "planned for.</p>"
                 "<p>Parenting on methadone brings everyday problems too. Think of Thu, a "
                 "new mom who has to bring her baby to the dosing line every morning in "
                 "winter. Take-homes, split doses and dosing hours all affect a young "
                 "family. These are fair things for a parent to raise with her "
                 "prescriber, and a coach can help her get ready to ask.</p>"
                 "<h2>Common myths and facts</h2>"
                 "<ul>"
                 "<li><strong>Myth: “It's just trading one drug for another.”</strong> "
                 "Fact: addiction is compulsive use despite harm. Methadone taken as "
                 "prescribed steadies the brain so people can live their lives. Physical "
                 "dependence on a medicine is not addiction. Many people depend on daily "
                 "medicine for other long-term conditions.</li>"
                 "<li><strong>Myth: “People on methadone are always high.”</strong> Fact: "
                 "at a dose that fits, people with tolerance do not feel high. Many work, "
                 "study, drive and raise families. Anyone who feels sleepy should tell "
                 "their prescriber.</li>"
                 "<li><strong>Myth: “You're not in recovery until you're off it.”</strong> "
                 "Fact: recovery is about health, stability and a good life. Medication is "
                 "one path. How long to stay on it is the person's choice, with their "
                 "prescriber.</li>"
                 "<li><strong>Myth: “A lower dose means you're doing better.”</strong> Fact: "
                 "the right dose is the one that works for that person. Pressure to stay "
                 "low can push people back to using.</li>"
                 "<li><strong>Myth: “Methadone is more dangerous than street drugs.”</strong> "
                 "Fact: treatment with methadone lowers the risk of dying. The risks are "
                 "real but known: careful starts, safe storage and no risky mixes.</li>"
                 "<li><strong>Myth: “If people get take-homes, they'll just sell "
                 "them.”</strong> Fact: when take-homes grew during COVID, programs reported "
                 "very few problems with diversion or overdose, and people stayed in "
                 "treatment longer. Most people protect their take-homes carefully.</li>"
                 "<li><strong>Myth: “You have to go to every group or you lose your "
                 "dose.”</strong> Fact: since 2024, federal rules say medication does not "
                 "depend on counseling. Counseling is offered because it can help.</li>"
                 "<li><strong>Myth: “Methadone hurts the baby, so pregnant women should "
                 "quit.”</strong> Fact: methadone or buprenorphine is the recommended care "
                 "in pregnancy. NOWS is expected and treatable.</li>"
                 "</ul>"
                 "<p>When someone repeats a myth, get curious before you correct. Ask where "
                 "they heard it. Share the fact in a sentence or two. Share your own "
                 "experience if it fits. Many people on methadone have heard these myths "
                 "for years, and some believe them about themselves. Your calm, accurate "
                 "words can undo a little of that harm.</p>"),
                ("scenario", {
                    "title": "Renee: “One more missed group and you're out”",
                    "situation": (
                        "Renee, 36, is Lakota and has been on methadone for a year. She has "
                        "two kids, and her bus route changed last month, so she has missed "
                        "three counseling groups. She comes to you shaking: “My counselor "
                        "said if I miss one more group, they'll taper me off and discharge "
                        "me. I can't go back to how it was. I can't lose my kids.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Listen, then gently find out exactly what was said, by "
                                "whom and whether anything was in writing, and offer to "
                                "help her get the program's discharge and grievance "
                                "policies."
                            ),
                            "feedback": (
                                "Yes. You calm things down, separate facts from fear, and "
                                "start with the rules she is being held to. She stays in "
                                "charge."
                            ),
                            "best": True,
                            "next": (
                                "Renee gets the handbook. The threat was spoken, not "
                                "written. The program has a grievance process and a policy "
                                "that allows meetings to work out attendance problems."
                            ),
                        },
                        {
                            "text": (
                                "Go to the clinic and tell the counselor that what she is "
                                "doing is illegal."
                            ),
                            "feedback": (
                                "This takes the situation out of Renee's hands, may break "
                                "her confidentiality, and could make staff defensive. "
                                "Advocate with her, not over her."
                            ),
                            "best": False,
                            "next": (
                                "The counselor refuses to discuss Renee with you without a "
                                "signed consent, and Renee worries she is now in more "
                                "trouble."
                            ),
                        },
                        {
                            "text": (
                                "Tell her not to worry, because the new federal rule means "
                                "they can never discharge her."
                            ),
                            "feedback": (
                                "Not accurate. The rule says medication should not depend "
                                "on counseling, but programs can still discharge people in "
                                "some situations, and state rules matter. False comfort can "
                                "leave her unprepared."
                            ),
                            "best": False,
                            "next": (
                                "Renee relaxes and does nothing. Two weeks later she gets a "
                                "written notice and feels blindsided."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Renee wants to stay at her program. What is the most helpful "
                            "next step?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Help her list her barriers, request a meeting to ask "
                                    "for a different group time or telehealth counseling, "
                                    "and prepare to use the grievance process, including "
                                    "asking for a referral or transfer if it goes that way."
                                ),
                                "feedback": (
                                    "Yes. She solves the real problem, uses her rights, and "
                                    "plans for no gap in care. You can go with her if she "
                                    "wants and the program allows it."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Suggest she start lowering her own dose now so the "
                                    "taper will be easier if it happens."
                                ),
                                "feedback": (
                                    "This is medical advice, and it could lead to "
                                    "withdrawal and a return to use. Dose changes belong "
                                    "to Renee and her prescriber."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her to keep quiet and just find a way to make "
                                    "every group, even if it means leaving her kids alone."
                                ),
                                "feedback": (
                                    "This ignores a real barrier and her children's "
                                    "safety. Help her ask for a plan that fits her life."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Imani is seven months pregnant and on methadone. Her aunt "
                            "says she must stop now or the baby will be “born addicted.” "
                            "Which response fits the guidance?"
                        ),
                        "choices": [
                            ("ACOG and SAMHSA recommend staying on methadone or "
                             "buprenorphine in pregnancy; if the baby has withdrawal signs, "
                             "that is expected and treatable", True),
                            ("Her aunt is right, and she should taper before the baby is "
                             "born", False),
                            ("She should stop suddenly so the baby is not exposed any "
                             "longer", False),
                        ],
                        "explanation": (
                            "Medication is the recommended care in pregnancy. Stopping, "
                            "and above all stopping suddenly, carries risks. NOWS is "
                            "expected and treatable, and a newborn cannot have addiction."
                        ),
                    },
                    {
                        "prompt": (
                            "What is an involuntary taper?"
                        ),
                        "choices": [
                            ("The program lowers the dose to zero on a schedule the person "
                             "did not choose", True),
                            ("A dose reduction the person asks for and plans with the "
                             "prescriber", False),
                            ("Splitting the daily dose into two parts", False),
                        ],
                        "explanation": (
                            "An involuntary taper, or administrative withdrawal, is "
                            "decided by the program. A voluntary taper is the person's own "
                            "plan. A split dose is something else entirely."
                        ),
                    },
                ]}),
            ],
        },
    ],
    "quiz": {
        "slug": "module-2-check",
        "title": "Module 2 check: Methadone and opioid treatment programs",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Luis has been at his OTP for three weeks. He tells you: “They said "
                    "take-homes are something you earn over time, so I've got to wait "
                    "months.” What is the most accurate and helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Under the 2024 rule, his practitioner decides with him using clinical "
                     "judgment, within limits that grow with days in treatment; you can "
                     "help him prepare for that talk", True),
                    ("He is right: federal rules still make everyone wait 90 days before "
                     "more than one take-home a week", False),
                    ("Federal rules now give everyone 28 take-homes after one month", False),
                    ("Take-homes are up to the counselor, so he should attend every group "
                     "to earn them", False),
                ],
                "explanation": (
                    "The 2024 rule replaced the fixed 90-day steps with the practitioner's "
                    "clinical judgment, within ceilings of 7, 14 and 28 days. Nothing is "
                    "automatic, and states can be stricter. Counseling attendance is not a "
                    "condition of medication."
                ),
            },
            {
                "prompt": (
                    "Dolores says her methadone “wears off” every afternoon. Which of these "
                    "are helpful coach responses? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Help her keep a log of dose time, when symptoms start, what they are "
                     "and how strong", True),
                    ("Help her ask for a medical visit with her prescriber and practice "
                     "what to say", True),
                    ("Ask whether anything changed lately, like new medicines, illness or "
                     "work hours, so she can mention it", True),
                    ("Tell her a dose under 80 is usually too low", False),
                    ("Suggest she save part of her take-home to drink in the afternoon", False),
                ],
                "explanation": (
                    "A coach helps the person describe timing, symptoms and changes, and "
                    "get that to the prescriber. Judging a dose or suggesting she split it "
                    "herself is medical advice and could be unsafe."
                ),
            },
            {
                "prompt": (
                    "Kenji lives two hours from the nearest OTP. He asks if he can start "
                    "methadone by phone. What is accurate under the 2024 rule?"
                ),
                "multiple": False,
                "choices": [
                    ("The evaluation before starting methadone can be by video if the "
                     "practitioner finds it adequate, but not by phone only", True),
                    ("Methadone can be started with a phone call and mailed to his home", False),
                    ("Telehealth is not allowed at all for OTP patients", False),
                    ("Phone-only visits are allowed for methadone but not for "
                     "buprenorphine", False),
                ],
                "explanation": (
                    "For buprenorphine, audio-only or video evaluations are allowed. For "
                    "methadone, video (audio-visual) is allowed but phone-only is not, "
                    "because of methadone's higher risk. The OTP still gives out the "
                    "medication."
                ),
            },
            {
                "prompt": (
                    "Yolanda's counselor told her she will lose her dose if she keeps "
                    "missing group. What is the best first step for her coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Listen, find out exactly what was said and whether it was in writing, "
                     "and help her get the program's discharge and grievance policies", True),
                    ("Call the counselor right away and demand an apology", False),
                    ("Tell her the federal rule means she can never be discharged", False),
                    ("Advise her to lower her dose now to prepare for a taper", False),
                ],
                "explanation": (
                    "Start with facts and the written rules, keeping Yolanda in charge. "
                    "Acting without her consent, giving false comfort or giving dose advice "
                    "can all hurt her."
                ),
            },
            {
                "prompt": (
                    "Beth, who is pregnant and on methadone, asks if she will be able to "
                    "breastfeed. What is the best coach response?"
                ),
                "multiple": False,
                "choices": [
                    ("Breastfeeding on methadone is generally safe and encouraged when "
                     "there are no other reasons against it; she can plan it with her "
                     "medical team", True),
                    ("No, methadone in breast milk will make the baby dependent", False),
                    ("Only if she stops methadone before the birth", False),
                    ("Yes, in every case, no matter what else is going on", False),
                ],
                "explanation": (
                    "ACOG and SAMHSA encourage breastfeeding for people stable on methadone "
                    "or buprenorphine when there are no other reasons against it, such as some other health conditions or a return to using other drugs. The decision is hers, with her "
                    "team."
                ),
            },
            {
                "prompt": (
                    "Frank just got his first week of take-homes. His grandkids visit on "
                    "weekends. Which of these are good points for a calm safety talk? "
                    "Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Keep doses in a locked box, with the key kept away from the box", True),
                    ("If a child might have swallowed any, call 911 right away, even if "
                     "the child seems fine", True),
                    ("Keep naloxone in the home and know how to use it", True),
                    ("Pour the doses into one unmarked bottle to save space", False),
                    ("A small sip is harmless for a child, so there is no need to worry", False),
                ],
                "explanation": (
                    "A dose that is safe for Frank can kill a child. Locked storage in the "
                    "labeled bottles, an emergency plan and naloxone protect his family and "
                    "his take-homes."
                ),
            },
            {
                "prompt": (
                    "At a family meeting, Priya's brother says: “Methadone is just trading "
                    "one drug for another.” Priya looks at you. What is the most helpful "
                    "response?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask where he heard that, then explain briefly that addiction is "
                     "compulsive use despite harm, while methadone as prescribed steadies "
                     "the brain so Priya can live her life", True),
                    ("Agree that it is not ideal, but say it is better than street drugs", False),
                    ("Tell him he is wrong and that he is stigmatizing his sister", False),
                    ("Say it is fine as long as she tapers off within a year", False),
                ],
                "explanation": (
                    "Curiosity first, then a short, accurate fact. Agreeing with the myth or "
                    "setting a time limit on her medication undercuts her recovery; "
                    "scolding usually closes the conversation."
                ),
            },
            {
                "prompt": (
                    "Trevor says: “I didn't know I could get into the clinic. I've only been "
                    "using opioids for about six months.” What is accurate?"
                ),
                "multiple": False,
                "choices": [
                    ("Since 2024, the one-year history rule is gone; a practitioner decides "
                     "based on his needs", True),
                    ("He must wait until he has a full year of opioid use", False),
                    ("He must fail two other treatments before an OTP can admit him", False),
                    ("He can only be admitted if he agrees to weekly counseling first", False),
                ],
                "explanation": (
                    "The 2024 rule removed the one-year history requirement. A practitioner "
                    "decides whether he has opioid use disorder, is in remission, or is at "
                    "high risk. Medication no longer depends on counseling."
                ),
            },
            {
                "prompt": (
                    "Mei's prescriber has started splitting her daily dose into a morning "
                    "and an evening part. Her friend Tonya wants to do the same on her own. "
                    "What should Tonya's coach say?"
                ),
                "multiple": False,
                "choices": [
                    ("A split dose is a decision for the prescriber; the coach can help "
                     "Tonya describe what she feels and ask about it at a medical visit", True),
                    ("Splitting is safe for everyone, so she can just save half of each "
                     "take-home", False),
                    ("Split doses are only allowed during pregnancy", False),
                    ("She should ask the nurse at the window to split it starting "
                     "tomorrow", False),
                ],
                "explanation": (
                    "Prescribers split doses for some people, for example when the body "
                    "clears methadone fast or in pregnancy. It is a medical decision. The "
                    "coach supports Tonya in bringing her experience to her prescriber."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain how an opioid treatment program works, "
            "from intake to daily dosing, counseling and services.",
            "Participants will be able to describe the main changes in the 2024 federal OTP "
            "rule, including take-home limits, counseling, admission and telehealth.",
            "Participants will be able to help a person describe a dose that seems to wear "
            "off, and bring it to their prescriber, without judging the dose.",
            "Participants will be able to support a person facing administrative discharge "
            "or an involuntary taper to use their rights.",
            "Participants will be able to answer common myths about methadone, pregnancy "
            "and breastfeeding with accurate, respectful facts.",
        ],
        "agenda": [
            {
                "title": "Welcome and the daily trip",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Welcome the group. Say that methadone is medicine and taking it is "
                    "recovery. Ask people who are comfortable to share one word for what "
                    "the daily clinic trip felt like, or what they imagine it feels like. "
                    "Write the words on a flip chart and keep it up for the session."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What one word describes the daily trip to the clinic?",
                    "What helped you, or someone you know, in the first weeks at an OTP?",
                ],
            },
            {
                "title": "What changed in 2024",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Walk through the 2024 rule using the handout. Cover the dates: "
                    "published February 2, 2024, in effect April 2, 2024, required by "
                    "October 2, 2024. Cover admission (no one-year rule, priority for "
                    "pregnant people), medication not depending on counseling, take-homes "
                    "by clinical judgment with ceilings of 7, 14 and 28 days, and "
                    "telehealth (video or phone for buprenorphine, video only for starting "
                    "methadone). Stress that states and programs can be stricter. Model "
                    "the shift in language: a shared decision, not something earned."
                ),
                "materials": ["Handout: The 2024 OTP rule at a glance", "Slides or flip chart"],
            },
            {
                "title": "Describing a dose that wears off",
                "minutes": 5,
                "method": "demonstration",
                "description": (
                    "Co-facilitators demonstrate two short versions of the same talk. In "
                    "the first, the coach says the dose sounds too low. In the second, the "
                    "coach asks about timing, symptoms, strength, changes and impact, and "
                    "offers the dose log. Ask the group what was different and why the "
                    "second keeps the coach out of medical decisions."
                ),
                "materials": ["Handout: My dose log"],
            },
            {
                "title": "Role-play: the shift that outlasts the dose",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Form groups of three. Each person plays each role once if time allows "
                    "(about four minutes a round, with a minute of observer feedback). The "
                    "coach helps the participant describe what he feels and plan how to "
                    "reach his prescriber. Debrief with the whole group for the last two "
                    "minutes: what helped, and where did anyone slip into giving advice?"
                ),
                "materials": ["Role cards", "Handout: My dose log", "Observer checklists"],
                "roles": [
                    "Coach",
                    "Participant (Mr. Okafor, 52, on methadone 6 years, works nights as a "
                    "hospital cleaner)",
                    "Observer",
                ],
                "script": (
                    "Mr. Okafor has been steady on methadone for years. Three weeks ago he "
                    "moved to the night shift. He doses at 7 in the morning on his way home. "
                    "He opens with: “I don't get it. I've been fine for six years. Now by "
                    "about 2 in the morning I'm sweating and my stomach is in knots, and I "
                    "keep thinking about using. A guy at work says I should just double up "
                    "on my Sunday bottle. I'm embarrassed to tell the doctor, like I'm "
                    "failing.” If the coach asks about changes, he mentions the new shift "
                    "and that he started a new medicine from his regular doctor last month."
                ),
                "observer_checklist": [
                    "Coach used open questions about timing, symptoms and how strong they are",
                    "Coach asked about recent changes, such as the new shift or new medicines",
                    "Coach did not judge the dose or suggest changing, splitting or doubling it",
                    "Coach responded to the shame with respect and without lecturing",
                    "Coach helped plan how to ask for a medical visit and what to say",
                    "Coach checked what the participant wants and offered follow-up",
                ],
            },
            {
                "title": "Discharge threats, pregnancy and myths",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Split into three small groups. Group one works on Renee's story from "
                    "Lesson 4 and lists the steps a peer takes when someone is threatened "
                    "with discharge. Group two answers a pregnant person whose family says "
                    "methadone will make the baby “born addicted,” including NOWS and "
                    "breastfeeding. Group three picks three myths and writes a curious, "
                    "two-sentence reply to each. Give groups eight minutes to work, then each group reports back in about two minutes."
                ),
                "materials": [
                    "Handout: If your program talks about discharge",
                    "Flip chart paper for each group",
                ],
            },
            {
                "title": "Safety at home and wrap-up",
                "minutes": 10,
                "method": "teach_back",
                "description": (
                    "In pairs, one person explains safe storage of take-homes as if talking "
                    "to a grandparent whose grandkids visit: lock box, key kept apart, "
                    "labeled bottles, never sharing, 911 if a child may have swallowed any, "
                    "naloxone in the home. The partner gives one piece of feedback, then "
                    "they switch. Close by asking each person to name one thing they will "
                    "do differently as a coach, and remind the group that every medical "
                    "decision stays with the person and their prescriber."
                ),
                "materials": ["Sample lock box, if available", "Naloxone training kit, if available"],
            },
        ],
        "handouts": [
            {
                "title": "The 2024 OTP rule at a glance",
                "text": (
                    "The federal rule for opioid treatment programs (42 CFR Part 8) was "
                    "updated in 2024. It was published on February 2, 2024, took effect "
                    "on April 2, 2024, and programs had to follow it by October 2, 2024. "
                    "States and programs can still have stricter rules.\n\n"
                    "Admission\n"
                    "- No more one-year history of opioid use required.\n"
                    "- People under 18 no longer must fail two treatments first.\n"
                    "- Pregnant people get priority.\n"
                    "- Medication does not depend on going to counseling. Programs must "
                    "still offer it.\n\n"
                    "Take-home doses\n"
                    "- Decided by the program's practitioner, using clinical judgment, "
                    "with the person.\n"
                    "- Ceilings: up to 7 days in the first 14 days, up to 14 days from day "
                    "15, up to 28 days from day 31.\n"
                    "- Extra take-homes for days the clinic is closed.\n"
                    "- These are the most allowed, not a promise.\n\n"
                    "Telehealth to start treatment\n"
                    "- Buprenorphine: video or phone-only evaluation allowed.\n"
                    "- Methadone: video evaluation allowed; phone-only is not.\n"
                    "- Methadone is still given out by the OTP.\n\n"
                    "Ask: is this a federal rule, a state rule, or a program policy?"
                ),
            },
            {
                "title": "My dose log",
                "text": (
                    "Use this for three to seven days. Bring it to a medical visit with "
                    "your prescriber. It is for you and your prescriber, not for your "
                    "coach to judge.\n\n"
                    "Each day, write:\n"
                    "- The time I took my dose.\n"
                    "- The time I started to feel symptoms, if I did.\n"
                    "- What I felt, in my own words (for example yawning, sweating, aches, "
                    "stomach cramps, restless, trouble sleeping, cravings).\n"
                    "- How strong it was, from 0 to 10.\n"
                    "- Whether I felt too sleepy at any point, and when.\n"
                    "- What it got in the way of (work, sleep, kids, other).\n\n"
                    "Also note any changes: new medicines, a new job or shift, pregnancy, "
                    "illness, or changes in sleep.\n\n"
                    "What I want to ask my prescriber:\n"
                    "- “This is what I feel and when. What are my options?”\n\n"
                    "If someone is very hard to wake up or breathing slowly, call 911 and "
                    "use naloxone."
                ),
            },
            {
                "title": "If your program talks about discharge",
                "text": (
                    "Stay calm and get the facts. You have options.\n\n"
                    "- Write down what was said, by whom, and when.\n"
                    "- Ask for the program's discharge policy and grievance process in "
                    "writing.\n"
                    "- Ask for any notice in writing, with the reasons.\n"
                    "- List what is getting in the way (bus, childcare, work, health, "
                    "housing).\n"
                    "- Ask for a meeting to solve the problem, such as a new group time or "
                    "telehealth counseling.\n"
                    "- You can bring a support person, such as your recovery coach, if the "
                    "program allows.\n"
                    "- Use the grievance process, and keep copies of everything.\n"
                    "- Ask for a slower taper and a referral or transfer to another program "
                    "or prescriber, so there is no gap in care.\n"
                    "- You can contact your State Opioid Treatment Authority or the state "
                    "licensing agency, and patient advocacy groups.\n"
                    "- Keep naloxone with you, do not use alone, and stay in touch with "
                    "your supports.\n\n"
                    "Your coach will only share information about you with your written "
                    "consent."
                ),
            },
        ],
    },
}
