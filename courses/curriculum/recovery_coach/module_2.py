"""Recovery Coach Training module 2: Addiction science and medication basics.
Addiction as a treatable chronic condition (brain, environment, trauma), opioid use disorder and
medications in brief, alcohol and stimulant use disorders, and harm reduction in practice:
naloxone and overdose response, fentanyl test strips, xylazine, never using alone, safer use
supplies, and how a coach talks about harm reduction without judgment."""

MODULE = {
    "slug": "addiction-science-and-medication-basics",
    "title": "Addiction science and medication basics",
    "domain": "recovery-wellness-support",
    "intro": (
        "Why addiction is a treatable chronic condition, the basic facts a coach needs "
        "about medications, and harm reduction in practice: how to respond to an overdose "
        "with naloxone, what fentanyl test strips and xylazine mean for safety, and how to "
        "talk about all of it without judgment."
    ),
    "minutes": 150,
    "sources": [
        "National Institute on Drug Abuse. The Science of Drug Abuse and Addiction: The "
        "Basics. Updated 2012.",
        "SAMHSA, Center for the Application of Prevention Technologies. The Role of Adverse "
        "Childhood Experiences in Substance Misuse and Related Behavioral Health Problems. "
        "2018.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "Jonas, D. E. and others. Pharmacotherapy for Adults With Alcohol-Use Disorders in "
        "Outpatient Settings. Agency for Healthcare Research and Quality, Comparative "
        "Effectiveness Review No. 134. 2014.",
        "American Society of Addiction Medicine and American Academy of Addiction "
        "Psychiatry. Clinical Practice Guideline on the Management of Stimulant Use "
        "Disorder. 2023.",
        "SAMHSA. Overdose Prevention and Response Toolkit. 2023.",
        "U.S. Food and Drug Administration. FDA Approves First Over-the-Counter Naloxone "
        "Nasal Spray. March 29, 2023.",
        "Office of National Drug Control Policy. Designation of fentanyl-adulterated or "
        "-associated xylazine as an emerging threat to the United States. April 2023; "
        "national response plan, July 2023.",
        "Centers for Disease Control and Prevention. Safety and Effectiveness of Syringe "
        "Services Programs. 2019.",
        "SAMHSA. Harm Reduction Framework. 2023.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "addiction-and-the-brain",
            "title": "Addiction as a treatable chronic condition",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>What a substance use disorder is</h2>"
                 "<p>A substance use disorder is a health condition. A person keeps using "
                 "alcohol or other drugs even though it harms their health, their "
                 "relationships or their responsibilities, and they have trouble "
                 "controlling their use. Doctors diagnose it with a list of signs. These "
                 "include craving, using more than planned, trying to cut down and not "
                 "being able to, giving up things that matter, and using in risky "
                 "situations. A doctor rates it as mild, moderate or severe. “Addiction” is "
                 "the everyday word for the more severe forms.</p>"
                 "<p>Coaches do not diagnose. But knowing what the condition is helps us "
                 "explain it without blame. Many people we serve have spent years being "
                 "told they are weak, bad or selfish. Learning that they have a health "
                 "condition, one that can be treated, is often a turning point.</p>"
                 "<h2>A chronic condition, like others</h2>"
                 "<p>The National Institute on Drug Abuse (NIDA) describes addiction as a "
                 "chronic disease that can be treated and managed. “Chronic” means long "
                 "lasting. Think of diabetes, high blood pressure or asthma. None of them "
                 "is usually cured by a few weeks of care. People manage them over time, "
                 "with medicine, changes in daily life and support.</p>"
                 "<p>NIDA points out that the rate of returning to use after treatment is "
                 "similar to the rate of symptoms coming back for those other chronic "
                 "illnesses. That does not mean treatment failed. When a person with high "
                 "blood pressure has a bad reading, the doctor adjusts the plan. Nobody "
                 "throws them out of care. A return to use is a signal to adjust the plan "
                 "too: restart treatment, change it, or add support.</p>"
                 "<p>This is why the language of this course matters. We say “return to "
                 "use,” not “relapse” said with a sigh. We say “person with a substance "
                 "use disorder,” not labels that turn a person into their condition.</p>"
                 "<h2>What happens in the brain</h2>"
                 "<p>Drugs and alcohol change how the brain works. These changes are "
                 "physical, not moral. Three brain systems matter most.</p>"
                 "<ul>"
                 "<li><strong>Reward and habit.</strong> Drugs flood the brain's reward "
                 "system. Over time the brain links people, places, sounds and feelings "
                 "with using. Later, those cues can set off strong cravings, even after "
                 "years. A song, a street corner or a payday can do it.</li>"
                 "<li><strong>Stress.</strong> With repeated use, the brain's stress "
                 "system becomes more reactive. Without the drug, a person can feel "
                 "anxious, irritable and low. Using stops being about feeling good and "
                 "becomes about feeling normal, or just not sick.</li>"
                 "<li><strong>Self-control.</strong> The front part of the brain, which "
                 "plans, weighs results and puts the brakes on impulses, works less well. "
                 "So a person can truly want to stop and still find it very hard to act "
                 "on that wish.</li>"
                 "</ul>"
                 "<p>Put those three together and you can see why willpower alone is often "
                 "not enough. The brain has been trained to want the drug, to feel bad "
                 "without it, and to have weaker brakes. That is also why treatment, "
                 "medication, support and time all help.</p>"),
                ("callout", {
                    "title": "Say it plainly",
                    "text": (
                        "“Addiction changes how the brain works. That's not a character flaw. "
                        "It's a health condition, and it can get better with treatment, "
                        "support and time.”"
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Why some people and not others</h2>"
                 "<p>Many people try alcohol or drugs. Only some develop a disorder. No "
                 "single cause explains who does. Risk comes from a mix of things.</p>"
                 "<ul>"
                 "<li><strong>Biology.</strong> Genes play a part. So do a person's "
                 "mental health and how their body reacts to a drug.</li>"
                 "<li><strong>Age at first use.</strong> The brain keeps developing into "
                 "the mid-twenties. Using early raises the risk.</li>"
                 "<li><strong>Environment.</strong> Poverty, unsafe neighborhoods, drugs "
                 "being easy to get, friends or family who use, and high stress all raise "
                 "risk. So do racism and other discrimination, which add stress day after "
                 "day.</li>"
                 "<li><strong>How the drug is used.</strong> Drugs that act fast and "
                 "strong, and ways of using that bring the drug to the brain quickly, "
                 "raise the risk.</li>"
                 "<li><strong>A medical start.</strong> Some people first took opioids "
                 "exactly as a doctor prescribed, for an injury or surgery.</li>"
                 "</ul>"
                 "<p>Nobody chooses to develop a substance use disorder. A coach can help a "
                 "person put down some of the shame they carry by saying so out loud.</p>"
                 "<h2>Trauma and addiction</h2>"
                 "<p>Trauma is one of the strongest links to substance use. A large study "
                 "by the Centers for Disease Control and Prevention and Kaiser Permanente, "
                 "run in the mid-1990s with more than 17,000 people, looked at adverse "
                 "childhood experiences, or ACEs. These include abuse, neglect, seeing "
                 "violence at home, and growing up with a parent who had a substance use "
                 "or mental health problem, or who was jailed. The study found that ACEs "
                 "are common, and that the more ACEs a person had, the higher their risk "
                 "of later health problems, including substance use.</p>"
                 "<p>SAMHSA explains it this way. When children live with ongoing stress, "
                 "the growing brain can be disrupted. It can become harder to cope with "
                 "painful feelings. Later, often in the teen years, some people find that "
                 "alcohol or drugs make the pain bearable for a while. It works, until it "
                 "does not.</p>"
                 "<p>Trauma also happens in adulthood: violence, assault, war, losing a "
                 "child, time in jail or prison, or living on the street. For many people, "
                 "using started as a way to survive. That does not excuse harm done, but "
                 "it helps us understand it.</p>"
                 "<p>What this means for a coach:</p>"
                 "<ul>"
                 "<li>Assume that many people you meet carry trauma. Be steady, "
                 "predictable and respectful.</li>"
                 "<li>Never push someone to tell their trauma story. You do not need the "
                 "details to help.</li>"
                 "<li>Offer choices wherever you can. Trauma often comes from having no "
                 "control.</li>"
                 "<li>Know where to refer for trauma-focused counseling when a person "
                 "wants it. Module 9 covers trauma-informed support in depth.</li>"
                 "</ul>"
                 "<h2>Healing is possible</h2>"
                 "<p>The most hopeful fact in this lesson is this one: the brain can heal. "
                 "Many brain changes improve with time in recovery. Cravings tend to "
                 "weaken. Stress systems settle. The ability to plan and choose gets "
                 "stronger. Medication can help the brain stay steady while that healing "
                 "happens. So can sleep, food, exercise, safe housing, meaningful work and "
                 "people who care.</p>"
                 "<p>You are living proof of this. When you tell a person, “My brain was "
                 "where yours is. It got better. Yours can too,” you are sharing science "
                 "and hope at the same time.</p>"
                 "<h2>Using this with a person</h2>"
                 "<p>Think of Ms. Chen, 45, who has taken buprenorphine for a year. She "
                 "tells you she still feels like a bad mother because of the years she was "
                 "using. A coach might say: “A lot of people carry that. What you had is a "
                 "health condition that changed how your brain worked. You got treatment "
                 "and you've stuck with it. That's what a good mother does when she's "
                 "sick.” Then the coach listens. The science is not a lecture. It is a tool "
                 "to lift shame.</p>"
                 "<h2>Environment matters in recovery too</h2>"
                 "<p>The same forces that raise risk can also support healing. A person who "
                 "goes back to the same block, the same friends and the same stress faces "
                 "cues all day long. A person with a safe place to live, people who "
                 "support them, and something meaningful to do has more room to heal. That "
                 "is why coaches care about housing, work, family and community, not just "
                 "about drug use. It is also why a return to use often follows a change in "
                 "a person's world: a loss, a move, a breakup or a new stress.</p>"
                 "<p>A coach can help a person notice their own cues and plan around them. "
                 "“What times of day are hardest? Which places? Who do you call when it "
                 "hits?” These questions come from the science, and they lead to practical "
                 "plans.</p>"),
                ("reflection", {
                    "prompt": (
                        "What were you taught about addiction growing up, at home, in school "
                        "or on the street? How does the idea of a treatable chronic "
                        "condition fit or clash with that? How might you explain it to a "
                        "person who feels ashamed of their past use?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "medication-basics-for-coaches",
            "title": "Medication basics for coaches",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Why a coach needs the basics</h2>"
                 "<p>People will ask you about medication every day. Is methadone just "
                 "another drug? Will the shot block everything? Can my doctor give me "
                 "something for drinking? You need enough facts to correct myths and to "
                 "help people ask good questions. You do not need to be a nurse, and you "
                 "must never act like one. The MAT course covers each opioid medication in "
                 "depth. This lesson gives you the short version.</p>"
                 "<h2>Opioid use disorder</h2>"
                 "<p>Opioids include heroin, fentanyl, and pain pills such as oxycodone. "
                 "Opioid use disorder is the substance use disorder tied to them. Today the "
                 "street supply is mostly fentanyl, which is very strong, and often mixed "
                 "with other drugs. That makes overdose a constant risk.</p>"
                 "<p>Three words help explain how the medicines work:</p>"
                 "<ul>"
                 "<li><strong>Tolerance.</strong> The body needs more of a drug to get the "
                 "same effect.</li>"
                 "<li><strong>Physical dependence.</strong> The body has adapted, so "
                 "stopping suddenly causes withdrawal. This also happens with many "
                 "medicines for pain, blood pressure or mood. Dependence by itself is not "
                 "addiction.</li>"
                 "<li><strong>Withdrawal.</strong> Opioid withdrawal brings aches, "
                 "sweating, yawning, a runny nose, stomach cramps, diarrhea, anxiety and "
                 "trouble sleeping. It feels awful and drives many returns to use.</li>"
                 "</ul>"
                 "<h2>Medications for opioid use disorder (MOUD) in brief</h2>"
                 "<ul>"
                 "<li><strong>Methadone</strong> is a full agonist. That means it turns "
                 "on the brain's opioid receptors, but slowly and steadily. It is taken "
                 "once a day, usually as a liquid. For opioid use disorder it comes only "
                 "from a certified opioid treatment program, or OTP.</li>"
                 "<li><strong>Buprenorphine</strong> is a partial agonist. It turns the "
                 "receptors on part way, with a ceiling on its effect. It comes as a film "
                 "or tablet under the tongue, or as a monthly or weekly shot. Many kinds "
                 "of prescribers can offer it, in offices, clinics, OTPs and, where "
                 "current rules allow, by telehealth.</li>"
                 "<li><strong>Naltrexone</strong> is an antagonist, or blocker. It blocks "
                 "opioids from working. For opioid use disorder it is usually a monthly "
                 "shot. A person needs to be off opioids for a period before starting "
                 "it.</li>"
                 "</ul>"
                 "<p>Methadone and buprenorphine lower the risk of dying from an overdose. "
                 "They also help people stay in treatment. At a dose that fits the person, "
                 "people feel steady, not high. Taking them is recovery. How long a person "
                 "takes them is their decision, made with their prescriber.</p>"
                 "<p><strong>Naloxone</strong> is different. It is a rescue medicine that "
                 "reverses an opioid overdose. It is not a treatment for the disorder. "
                 "Lesson 3 covers it.</p>"),
                ("callout", {
                    "title": "Stay in your lane",
                    "text": (
                        "Coaches never judge whether a dose is right, never suggest when to "
                        "start, change or stop a medicine, and never recommend one medicine "
                        "over another. Help the person describe what they feel and bring it "
                        "to their prescriber."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Alcohol use disorder</h2>"
                 "<p>Alcohol is the most common substance people seek help for. The Food "
                 "and Drug Administration (FDA) has approved three medicines for alcohol "
                 "use disorder:</p>"
                 "<ul>"
                 "<li><strong>Naltrexone</strong>, as a daily pill or a monthly shot. It "
                 "can reduce cravings and heavy drinking.</li>"
                 "<li><strong>Acamprosate</strong>, a pill that helps people keep from "
                 "drinking after they have stopped.</li>"
                 "<li><strong>Disulfiram</strong>, a pill that makes a person sick if they "
                 "drink.</li>"
                 "</ul>"
                 "<p>These medicines are used far less than they could be. Many people "
                 "have never heard of them. A coach can let people know they exist and "
                 "encourage them to ask a doctor.</p>"
                 "<p>Some people take naltrexone for both alcohol and opioid use. Others "
                 "take methadone or buprenorphine for opioids and also want help with "
                 "drinking. A prescriber can sort out which medicines fit together. The "
                 "coach's part is to help the person raise the question.</p>"
                 "<p>One safety fact every coach must know: stopping heavy daily drinking "
                 "suddenly can be dangerous. Alcohol withdrawal can cause seizures and a "
                 "severe confusion that can kill. The same is true of stopping "
                 "benzodiazepines, a type of anxiety or sleep medicine, after heavy daily "
                 "use. If a person drinks heavily every day and wants to stop, encourage "
                 "them to talk to a doctor first, so they can stop safely.</p>"
                 "<h2>Stimulant use disorder</h2>"
                 "<p>Stimulants include cocaine, crack and methamphetamine. Right now there "
                 "is no FDA-approved medicine for stimulant use disorder. The treatment "
                 "with the strongest evidence is <strong>contingency management</strong>. "
                 "In contingency management, people earn small rewards, like gift cards, "
                 "for meeting goals such as a negative drug test. A 2023 national "
                 "guideline from two addiction medicine societies calls it the standard of "
                 "care. Counseling approaches also help. Some doctors prescribe medicines "
                 "off-label, meaning for a use the FDA has not approved, based on smaller "
                 "studies.</p>"
                 "<p>Stimulants bring their own risks: heart problems, very high body "
                 "temperature, paranoia, and not sleeping for days. Today many stimulants "
                 "are also mixed with fentanyl. A person who has never used opioids can "
                 "overdose on fentanyl hidden in cocaine or a pressed pill. So naloxone "
                 "matters for people who use stimulants too.</p>"
                 "<h2>Medicines for other conditions</h2>"
                 "<p>Many people take medicine for depression, anxiety, bipolar disorder, "
                 "HIV, hepatitis C, pain or high blood pressure. These support recovery. "
                 "Encourage people to tell every prescriber and pharmacist about every "
                 "medicine they take, including methadone or buprenorphine. Some "
                 "combinations, such as opioids with benzodiazepines or alcohol, raise the "
                 "risk of overdose.</p>"
                 "<h2>What coaches do, and do not do, about medication</h2>"
                 "<ul>"
                 "<li>Share accurate general information and correct myths.</li>"
                 "<li>Respect each person's choice to use, not use, or stop a "
                 "medicine.</li>"
                 "<li>Help people describe what they feel. For example, withdrawal late in "
                 "the day, sleepiness after a dose, or cravings at certain times. Help them "
                 "write it down and bring it to their prescriber.</li>"
                 "<li>Help them prepare questions and practice asking them.</li>"
                 "<li>Never advise on doses, timing, or starting or stopping a "
                 "medicine.</li>"
                 "</ul>"
                 "<p>For example, Mr. Jackson, 59, says his methadone “wears off” before "
                 "bedtime. The coach does not say the dose is too low. The coach asks when "
                 "it starts, what he feels, and how strong it is, and helps him jot it down "
                 "for a few days and take it to his prescriber.</p>"
                 "<h2>Questions people ask about medication</h2>"
                 "<p><strong>“Will the shot block everything?”</strong> Naltrexone blocks "
                 "opioids. It does not block alcohol or stimulants. A person on naltrexone "
                 "who stops it, or who tries to use a large amount of opioids to get past "
                 "the block, faces a high overdose risk. They should have naloxone "
                 "too.</p>"
                 "<p><strong>“Can I drink on methadone or buprenorphine?”</strong> Mixing "
                 "alcohol with opioid medicines raises the risk of overdose. A coach shares "
                 "that general fact and encourages the person to talk openly with their "
                 "prescriber about their drinking. The prescriber can help, and "
                 "treatment can be adjusted.</p>"
                 "<p><strong>“Which is better, methadone or buprenorphine?”</strong> Both "
                 "work well and both lower the risk of overdose death. They differ in how "
                 "they are taken, where people get them, and how they feel. The best one is "
                 "the one that fits the person, chosen with their prescriber. A coach can "
                 "help the person list what matters to them, such as daily visits, travel, "
                 "work hours and past experience, and bring that list to the "
                 "prescriber.</p>"
                 "<p><strong>“Is it true my medicine will show up on a drug test?”</strong> "
                 "Prescribed medicines can show up on some tests. People can share proof "
                 "of a prescription. Module 8 covers medication in courts, probation and "
                 "workplaces.</p>"
                 "<p>When you do not know an answer, say so. “I'm not sure. Let's write "
                 "that down and ask your prescriber or pharmacist together.” That is honest, "
                 "it keeps you in your role, and it teaches the person that their questions "
                 "deserve real answers from the people who make medical decisions with "
                 "them.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Luis, 30, says, “I'm on buprenorphine, so I'm still an addict, "
                            "right? I'm dependent on it.” What is accurate?"
                        ),
                        "choices": [
                            ("Physical dependence on a prescribed medicine is not the same "
                             "as addiction; taking it as prescribed is recovery", True),
                            ("Yes; any dependence means active addiction", False),
                            ("Only methadone causes dependence, so he is wrong about "
                             "buprenorphine", False),
                        ],
                        "explanation": (
                            "Many medicines cause physical dependence. Addiction means "
                            "losing control and continuing despite harm. Buprenorphine "
                            "taken as prescribed is part of recovery."
                        ),
                    },
                    {
                        "prompt": (
                            "Teresa drinks heavily every day and says she will quit cold "
                            "turkey tomorrow. What is the most helpful response?"
                        ),
                        "choices": [
                            ("Support her goal and encourage her to talk to a doctor first, "
                             "since stopping heavy daily drinking suddenly can be "
                             "dangerous", True),
                            ("Cheer her on; cold turkey is the strongest way", False),
                            ("Tell her which medicine to take to get through it", False),
                        ],
                        "explanation": (
                            "Alcohol withdrawal can cause seizures and can be deadly. A "
                            "coach supports the goal and links her to medical help, without "
                            "recommending a medicine."
                        ),
                    },
                    {
                        "prompt": (
                            "Which is accurate about stimulant use disorder, such as "
                            "cocaine or methamphetamine?"
                        ),
                        "choices": [
                            ("No medicine is FDA-approved for it yet; contingency "
                             "management has the strongest evidence", True),
                            ("Methadone is the approved treatment", False),
                            ("Naloxone treats stimulant use disorder", False),
                        ],
                        "explanation": (
                            "There is no FDA-approved medicine yet. Contingency management "
                            "is the standard of care. Naloxone still matters because "
                            "fentanyl is often mixed into stimulants."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "tolerance-withdrawal-and-overdose-risk",
            "title": "Overdose risk and naloxone: how to respond",
            "domain": "harm-reduction",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>Why every coach carries naloxone</h2>"
                 "<p>Opioids slow breathing. In an overdose, breathing slows so much, or "
                 "stops, that the brain does not get enough oxygen. Without help, a person "
                 "can die within minutes. Naloxone is a medicine that knocks opioids off "
                 "the brain's receptors for a while and brings breathing back. Anyone can "
                 "learn to give it. In March 2023, the FDA approved a 4 milligram naloxone "
                 "nasal spray for sale without a prescription. It was the first naloxone "
                 "product approved for over-the-counter use. Many health departments, "
                 "harm reduction programs and peer programs also give naloxone out for "
                 "free.</p>"
                 "<p>Every coach should carry naloxone and know how to use it. Every person "
                 "you serve who uses opioids, lives with someone who does, or might come "
                 "across an overdose should have it too. That includes people on methadone "
                 "or buprenorphine, their families, and people who use stimulants.</p>"
                 "<h2>When overdose risk is highest</h2>"
                 "<ul>"
                 "<li><strong>After a break from opioids.</strong> Tolerance drops fast. "
                 "Leaving jail or prison, a hospital, a medically supervised withdrawal "
                 "program or residential treatment, or "
                 "stopping a medicine like methadone or buprenorphine are high-risk times. "
                 "An amount a person used to take can now kill them.</li>"
                 "<li><strong>Mixing.</strong> Opioids with alcohol, benzodiazepines, "
                 "sleeping pills, xylazine or other sedating drugs.</li>"
                 "<li><strong>An unknown supply.</strong> Fentanyl is in much of the "
                 "street supply, in powders and in pressed pills that look like real "
                 "medicines. Strength changes from bag to bag.</li>"
                 "<li><strong>Using alone.</strong> Nobody is there to respond.</li>"
                 "<li><strong>A past overdose.</strong> Someone who has overdosed before "
                 "is at higher risk of doing so again.</li>"
                 "</ul>"
                 "<h2>Signs of an opioid overdose</h2>"
                 "<ul>"
                 "<li>The person will not wake up, even when you shout their name or rub "
                 "hard on their breastbone with your knuckles.</li>"
                 "<li>Breathing is very slow, shallow or has stopped.</li>"
                 "<li>Snoring, gurgling or choking sounds.</li>"
                 "<li>Lips or fingertips look blue, gray or ashy.</li>"
                 "<li>Very small pupils, the black center of the eye.</li>"
                 "<li>Skin is pale, cold or clammy.</li>"
                 "</ul>"
                 "<h2>How to respond, step by step</h2>"
                 "<ol>"
                 "<li><strong>Check.</strong> Shout their name. Rub your knuckles hard on "
                 "the center of their chest. If they do not respond, or breathing is slow "
                 "or stopped, act now.</li>"
                 "<li><strong>Call 911.</strong> Say the person is not breathing or will "
                 "not wake up, and give a clear address. If someone else is there, have "
                 "them call while you start the next step.</li>"
                 "<li><strong>Give naloxone.</strong> For the nasal spray: lay the person "
                 "on their back, tilt the head back, put the tip in one nostril, and press "
                 "the plunger all the way. Do not test or prime it. For other forms, "
                 "follow the directions on the package.</li>"
                 "<li><strong>Support breathing.</strong> If they are not breathing, give "
                 "rescue breaths. Check that nothing is in their mouth. Tilt the head "
                 "back, lift the chin, pinch the nose, and give one breath every five "
                 "seconds. Watch for the chest to rise. Follow the 911 dispatcher's "
                 "directions, including chest compressions if they tell you to.</li>"
                 "<li><strong>Give another dose if needed.</strong> Naloxone can take two "
                 "to three minutes to work. If there is no response after that, give a "
                 "second dose in the other nostril, with a new device. Keep giving a dose "
                 "every two to three minutes until the person responds or help arrives. "
                 "Strong opioids like fentanyl can need more than one dose. Keep "
                 "supporting breathing in between.</li>"
                 "<li><strong>Recovery position.</strong> If they are breathing but not "
                 "awake, roll them onto their side, with the top knee bent and the head "
                 "tilted so they will not choke if they vomit.</li>"
                 "<li><strong>Stay with them.</strong> Stay until help arrives, and after. "
                 "Naloxone can wear off before the opioid does, so the overdose can come "
                 "back. They may need another dose.</li>"
                 "</ol>"),
                ("callout", {
                    "title": "Naloxone cannot hurt someone who is not on opioids",
                    "text": (
                        "If you are not sure what someone took, give naloxone anyway. It only "
                        "acts on opioids and does no harm if none are present. When in doubt, "
                        "give it, call 911 and support breathing."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>After the person wakes up</h2>"
                 "<p>Naloxone can bring on sudden withdrawal in a person who is dependent "
                 "on opioids. They may wake up sick, scared, confused or angry. They may "
                 "not remember what happened. Stay calm. Tell them simply: “You stopped "
                 "breathing. I gave you naloxone. Help is coming.” Ask them not to use "
                 "more to ease the withdrawal, because the overdose can return when the "
                 "naloxone wears off. Encourage them to get medical care.</p>"
                 "<p>An overdose is also a moment when many people are open to talking "
                 "about what comes next. Later, not in the middle of the crisis, a coach "
                 "can check in, offer support, and share options like buprenorphine or "
                 "methadone, with no pressure. Some emergency departments can start "
                 "buprenorphine right there.</p>"
                 "<h2>Good Samaritan laws</h2>"
                 "<p>Many people are afraid to call 911 because they fear arrest. Most "
                 "states have passed overdose Good Samaritan laws. These laws give some "
                 "legal protection to a person who calls for help during an overdose, and "
                 "often to the person who overdosed. But the laws vary a lot from state to "
                 "state. They differ on:</p>"
                 "<ul>"
                 "<li>who is covered: the caller, the person who overdosed, or both;</li>"
                 "<li>what is covered, for example small amounts of drugs or "
                 "paraphernalia;</li>"
                 "<li>whether they protect against arrest, charges, or only "
                 "prosecution;</li>"
                 "<li>whether they cover probation or parole violations;</li>"
                 "<li>conditions, such as staying at the scene.</li>"
                 "</ul>"
                 "<p>Learn your own state's law, and teach it in plain words. Never promise "
                 "someone they cannot be arrested. Say instead: “Our state has a law that "
                 "protects people who call for help in some situations. Calling 911 is the "
                 "best way to save a life.”</p>"
                 "<h2>Stimulant overdose and mixed drugs</h2>"
                 "<p>Naloxone does not reverse a stimulant overdose. Signs can include "
                 "chest pain, a racing heart, very high body temperature, seizures or "
                 "extreme agitation. Call 911 for any of these. Because fentanyl is so "
                 "often mixed into stimulants, if the person is not breathing well or "
                 "will not wake up, give naloxone too.</p>"
                 "<h2>Taking care of yourself</h2>"
                 "<p>Responding to an overdose is hard, even when it goes well. It can "
                 "bring up your own memories. After a response, talk with your supervisor "
                 "or a trusted peer. Replace the naloxone you used. Module 6 and the "
                 "Ethics course cover self-care for coaches.</p>"
                 "<h2>Carrying and storing naloxone</h2>"
                 "<ul>"
                 "<li>Keep it where you and others can find it fast: in a bag, the car, a "
                 "kitchen drawer. Tell the people you live with where it is.</li>"
                 "<li>Store it the way its package label says. The label of the "
                 "over-the-counter nasal spray says not to freeze it, to avoid high heat "
                 "and to protect it from light.</li>"
                 "<li>Check the expiration date and replace it when it runs out.</li>"
                 "<li>Keep at least two doses, since more than one may be needed.</li>"
                 "<li>Teach family and friends. The person who overdoses cannot give "
                 "themselves naloxone.</li>"
                 "</ul>"
                 "<h2>Planning ahead for risky moments</h2>"
                 "<p>The best overdose response is the one you never need. Before a "
                 "high-risk moment, like release from jail, discharge from a hospital or "
                 "residential program, or a taper off medication, a coach can sit down with "
                 "the person and make a simple plan. Who will they be with? Do they have "
                 "naloxone, and does someone near them know how to use it? Do they know "
                 "their tolerance is lower? Do they have a quick way back into treatment if "
                 "they want it, such as a clinic that can start buprenorphine the same "
                 "day? Talking about this is not giving permission to use. It is caring "
                 "about whether the person lives.</p>"
                 "<p>Write the plan down in the person's own words, and give them a copy. "
                 "Check in on the first day and again in the first week.</p>"),
                ("scenario", {
                    "title": "An overdose in the clinic parking lot",
                    "situation": (
                        "You are walking out of the opioid treatment program after your "
                        "shift. Behind a car you find a young man you do not know, slumped "
                        "on the ground. His lips look gray. He does not respond when you "
                        "shout. You hear a slow snoring sound. You have a naloxone nasal "
                        "spray kit in your bag. A woman nearby says, “Don't call the cops, "
                        "he's on probation.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Rub his breastbone hard; when he still does not respond, "
                                "ask the woman to call 911 or call yourself, and give the "
                                "naloxone right away."
                            ),
                            "feedback": (
                                "This checks for a response, gets help coming and gives "
                                "naloxone fast. Every minute without oxygen matters."
                            ),
                            "best": True,
                            "next": (
                                "You give one spray. 911 is on the line. Two minutes pass. "
                                "He is still not waking up and his breathing is very slow."
                            ),
                        },
                        {
                            "text": (
                                "Respect the woman's wish, skip 911, and just give "
                                "naloxone."
                            ),
                            "feedback": (
                                "Naloxone is vital, but he still needs emergency care. It "
                                "can wear off, and he may need more help than you can give. "
                                "Explain gently that calling saves lives, and that many "
                                "states protect people who call."
                            ),
                            "best": False,
                            "next": (
                                "You give one spray. Two minutes pass. He is still not "
                                "waking up, and nobody has called for help."
                            ),
                        },
                        {
                            "text": (
                                "Run back into the clinic to find a nurse before doing "
                                "anything."
                            ),
                            "feedback": (
                                "Getting more help is good, but leaving him loses precious "
                                "minutes. You have naloxone in your hand. Use it, and call "
                                "or send someone for help."
                            ),
                            "best": False,
                            "next": (
                                "By the time you come back with a nurse, several minutes "
                                "have passed. The nurse gives naloxone. He is still barely "
                                "breathing."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "He is still not responding and barely breathing. What now?",
                        "choices": [
                            {
                                "text": (
                                    "Give rescue breaths, one every five seconds, give a "
                                    "second dose of naloxone in the other nostril, and stay "
                                    "with him until help arrives."
                                ),
                                "feedback": (
                                    "Fentanyl can need more than one dose. Rescue breaths "
                                    "get oxygen to his brain while the naloxone works. "
                                    "Staying matters because the overdose can return."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Splash cold water on him and try to walk him around."
                                ),
                                "feedback": (
                                    "Cold water and walking do not reverse an overdose and "
                                    "can cause harm. Support his breathing and give more "
                                    "naloxone."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Wait; one dose is all you should ever give."
                                ),
                                "feedback": (
                                    "If there is no response after two to three minutes, a "
                                    "second dose is the right step. Waiting without "
                                    "supporting breathing risks his life."
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
            "slug": "fentanyl-xylazine-and-safer-use",
            "title": "Fentanyl test strips, xylazine and safer use",
            "domain": "harm-reduction",
            "minutes": 6,
            "body": [
                ("rich_text",
                 "<h2>Harm reduction in practice</h2>"
                 "<p>Harm reduction means practical steps that lower the harm of drug use "
                 "for people who are still using. SAMHSA's 2023 Harm Reduction Framework "
                 "describes it as part of the same range of care as prevention, treatment "
                 "and recovery. It says harm reduction should be guided by people with "
                 "lived experience and should respect the worth of every person. A peer "
                 "coach does not have to choose between harm reduction and recovery. Both "
                 "keep people alive and connected.</p>"
                 "<p>This lesson covers the tools and advice you will use most: fentanyl "
                 "test strips, what to know about xylazine, never using alone, and safer "
                 "use supplies.</p>"
                 "<h2>Fentanyl test strips</h2>"
                 "<p>Fentanyl test strips are small paper strips that show whether a drug "
                 "sample has fentanyl in it. A person dissolves a small amount of the drug, "
                 "or the residue from a bag, in water. Then they dip the strip and read the "
                 "result, following the directions on the package.</p>"
                 "<p>Why they help:</p>"
                 "<ul>"
                 "<li>Fentanyl shows up in heroin, cocaine, methamphetamine and pressed "
                 "pills. Many people do not know it is there.</li>"
                 "<li>A positive result gives the person a chance to change plans: use "
                 "less, go slower, make sure someone with naloxone is present, or not use "
                 "that batch at all.</li>"
                 "<li>Handing out strips opens a conversation and builds trust.</li>"
                 "</ul>"
                 "<p>What they cannot do:</p>"
                 "<ul>"
                 "<li>A strip only tests the bit that was tested. Drugs are not mixed "
                 "evenly, so a negative result does not mean the rest is safe.</li>"
                 "<li>A strip does not show how much fentanyl is present.</li>"
                 "<li>A strip does not test for other drugs, such as xylazine.</li>"
                 "</ul>"
                 "<p><strong>Legal status varies by state.</strong> Whether fentanyl test "
                 "strips are legal differs from state to state, and laws keep "
                 "changing. Before your program hands out strips, check your state's "
                 "current law with your supervisor. Tell people honestly what the law is "
                 "where they live, and say so plainly when you do not know.</p>"
                 "<h2>Xylazine</h2>"
                 "<p>Xylazine, sometimes called “tranq,” is a sedative approved for use in "
                 "animals. It is not approved for people. It is being mixed into the "
                 "street supply, most often with fentanyl. In April 2023, the White House "
                 "drug policy office named fentanyl mixed with xylazine an emerging threat "
                 "to the nation. It was the first time the office used that label.</p>"
                 "<p>What a coach needs to know:</p>"
                 "<ul>"
                 "<li><strong>Xylazine is not an opioid.</strong> Naloxone does not "
                 "reverse xylazine.</li>"
                 "<li><strong>Still give naloxone.</strong> Xylazine is usually mixed with "
                 "fentanyl. Naloxone reverses the fentanyl part and can bring breathing "
                 "back. It will not hurt the person.</li>"
                 "<li><strong>Watch breathing, not waking.</strong> A person may stay "
                 "heavily sedated even after naloxone works. The goal is breathing, not "
                 "waking up. Do not keep giving dose after dose just because they stay "
                 "asleep. If they are breathing, put them in the recovery position, call "
                 "911 and stay with them.</li>"
                 "<li><strong>Wounds.</strong> Xylazine can cause serious skin wounds that "
                 "heal slowly. They can appear even away from where a person injects. "
                 "Encourage people to get wounds checked early by a clinic, a wound care "
                 "program or a harm reduction program with medical staff. Signs that need "
                 "care right away include spreading redness, heat, swelling, pus, fever or "
                 "very bad pain.</li>"
                 "<li><strong>Testing.</strong> Xylazine test strips also exist. The same "
                 "limits and the same state-law questions apply.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Xylazine and naloxone, in one sentence",
                    "text": (
                        "Naloxone does not reverse xylazine, but you should still give it "
                        "in any suspected overdose, because fentanyl is usually in the "
                        "mix; then focus on breathing, call 911 and stay."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Never use alone</h2>"
                 "<p>Many overdose deaths happen when a person uses alone, with nobody to "
                 "give naloxone or call 911. People use alone for real reasons: shame, "
                 "hiding from family, fear of police, or no one to trust. A coach can "
                 "talk through safer options without judgment:</p>"
                 "<ul>"
                 "<li>Use with someone who has naloxone and knows how to use it.</li>"
                 "<li>If using with others, do not use at the same time. Take turns, so "
                 "someone is always alert.</li>"
                 "<li>If using alone, leave the door unlocked and tell someone to check "
                 "in.</li>"
                 "<li>Overdose prevention hotlines exist. A trained volunteer stays on the "
                 "phone while the person uses. If the person stops responding, the "
                 "volunteer sends emergency help to their location. Keep a current number "
                 "for one on your program's resource list.</li>"
                 "<li>Start with a small amount and go slow, especially with a new supply "
                 "or after a break.</li>"
                 "<li>Avoid mixing opioids with alcohol, benzodiazepines or other "
                 "sedatives.</li>"
                 "</ul>"
                 "<h2>Safer use supplies</h2>"
                 "<p>Syringe services programs give out sterile syringes and other "
                 "supplies and take back used ones. Many also offer naloxone, testing for "
                 "HIV and hepatitis C, vaccines, wound care, and links to treatment. The "
                 "Centers for Disease Control and Prevention reports that nearly 30 years "
                 "of research shows these programs are safe, effective and cost-saving. "
                 "They do not increase drug use or crime. They reduce the spread of HIV and "
                 "hepatitis C. And new participants in these programs are about five times more "
                 "likely to enter drug treatment than people who do not use them.</p>"
                 "<p>Safer use supplies can also include new cookers, cotton, sterile "
                 "water, alcohol pads, and supplies for smoking instead of injecting. What "
                 "programs may give out depends on state and local law. A coach should "
                 "know where the nearest syringe services program is, what it offers, and "
                 "its hours, and be ready to walk someone over.</p>"
                 "<h2>Putting it together</h2>"
                 "<p>Think of Jolene, 29, in a small town, who smokes fentanyl and is "
                 "pregnant. She is not ready to start treatment today. Her coach makes sure "
                 "she has naloxone and shows her partner how to use it. They talk about "
                 "not using alone and about test strips, if they are legal in her state. "
                 "The coach helps her get prenatal care and mentions, without pressure, "
                 "that methadone and buprenorphine are used safely in pregnancy and that "
                 "she can ask about them any time. Each step keeps Jolene and her baby "
                 "safer, and keeps the door open.</p>"
                 "<h2>After a test strip result</h2>"
                 "<p>When someone tells you a strip showed fentanyl, stay calm and curious. "
                 "Ask what they plan to do. Share options, without pushing: not using that "
                 "batch, using a much smaller amount, going slower, not using alone, and "
                 "having naloxone close by. When a strip is negative, remind them that the "
                 "rest of the supply may still have fentanyl, and that the same safety "
                 "steps still make sense. Either way, thank them for telling you. Honest "
                 "talk is how you keep someone safe.</p>"
                 "<h2>Know your program's rules</h2>"
                 "<p>Programs differ in what coaches may carry and hand out. Some give out "
                 "naloxone, test strips and safer use supplies. Others refer people to a "
                 "nearby syringe services program. Before you start, ask your supervisor:</p>"
                 "<ul>"
                 "<li>What supplies may I carry and give out here?</li>"
                 "<li>What does our state and local law allow?</li>"
                 "<li>Where do I send people for what we do not offer?</li>"
                 "<li>How do I restock, and who do I tell after I respond to an "
                 "overdose?</li>"
                 "</ul>"
                 "<p>Knowing the rules protects you, your program and the people you "
                 "serve.</p>"
                 "<p>If the rules feel too narrow for what people need, bring it to your "
                 "supervisor or your program's peer council. Changing policy is part of "
                 "advocacy, and your stories from the field can help.</p>"),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "talking-about-harm-reduction-without-judgment",
            "title": "Talking about harm reduction without judgment",
            "domain": "harm-reduction",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>Why the way we talk matters</h2>"
                 "<p>You can hand someone naloxone and still push them away with a look, a "
                 "sigh or one wrong word. People who use drugs have often been judged by "
                 "doctors, police, family, and sometimes by people in recovery. If they "
                 "feel judged by you, they may not come back, and they may not tell you the "
                 "truth when it matters most. A coach's tone is a safety tool.</p>"
                 "<p>Harm reduction talk rests on a few beliefs:</p>"
                 "<ul>"
                 "<li>Every person has worth, whether they use drugs or not.</li>"
                 "<li>The person is the expert on their own life. They decide their goals "
                 "and when to change.</li>"
                 "<li>Any positive change counts. Staying alive counts most.</li>"
                 "<li>Support is not a reward for good behavior. It does not depend on "
                 "stopping.</li>"
                 "</ul>"
                 "<h2>Your own feelings come first</h2>"
                 "<p>Many people in recovery have strong feelings about harm reduction. "
                 "Some of us worry that it “enables” use. Some of us lost friends and feel "
                 "angry or scared when we see someone still using. Some of us were helped "
                 "by a syringe program or a naloxone kit and feel grateful. All of these "
                 "feelings are human.</p>"
                 "<p>What matters is that your feelings do not decide for the person in "
                 "front of you. It helps to remember the facts. Naloxone and syringe "
                 "services do not increase drug use. People who are treated with respect "
                 "are more likely to come back, and more likely to try treatment later. A "
                 "dead person cannot recover. If your feelings are strong, talk with your "
                 "supervisor. That is part of good practice, not a weakness.</p>"
                 "<h2>Words that help and words that hurt</h2>"
                 "<p>Swap labels and judgments for plain, respectful words.</p>"
                 "<ul>"
                 "<li>Say “person who uses drugs,” not labels like “user” or worse.</li>"
                 "<li>Say “substance use” or “drug use,” not “abuse.”</li>"
                 "<li>Say “tested positive” or “negative,” not “dirty” or “clean.”</li>"
                 "<li>Say “return to use,” not “slip” said with a frown.</li>"
                 "<li>Say “safer use,” not “you're going to kill yourself.”</li>"
                 "</ul>"
                 "<p>Watch your face and your voice too. Shock, disgust or a long pause can "
                 "say more than words.</p>"),
                ("callout", {
                    "title": "Ask permission before giving information",
                    "text": (
                        "“Would it be okay if I shared a couple of things that have helped "
                        "other people stay safer?” Asking first shows respect, and people "
                        "listen better when they have said yes."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>A simple way to have the talk</h2>"
                 "<p>Try this flow. It works for naloxone, test strips, never using alone "
                 "and safer supplies.</p>"
                 "<ol>"
                 "<li><strong>Open with curiosity.</strong> “What do you already do to "
                 "stay safe when you use?” Most people already do something. Start "
                 "there.</li>"
                 "<li><strong>Affirm what is working.</strong> “It's smart that you always "
                 "use with your cousin around.”</li>"
                 "<li><strong>Ask permission.</strong> “Can I tell you about something "
                 "else that might help?”</li>"
                 "<li><strong>Offer, do not push.</strong> Give short, clear facts. Hand "
                 "them the naloxone. Show them how it works.</li>"
                 "<li><strong>Check what they think.</strong> “What do you make of "
                 "that?” or “How would that work for you?”</li>"
                 "<li><strong>Leave the door open.</strong> “You can come back any time, "
                 "whatever you decide. I'll be here.”</li>"
                 "</ol>"
                 "<h2>Three conversations</h2>"
                 "<p><strong>With Carlos, 42, who smokes crack and says he does not need "
                 "naloxone because he does not use opioids.</strong> The coach says: "
                 "“That makes sense. A lot of folks think that. Can I share why some "
                 "people who use crack carry it anyway?” Carlos nods. “Fentanyl has been "
                 "turning up in cocaine and crack. People have overdosed who never meant "
                 "to take an opioid. Carrying it could save you, or a friend.” Carlos takes "
                 "a kit “for my boys.” That is a win.</p>"
                 "<p><strong>With Ms. Washington, 63, on methadone, whose grandson "
                 "uses.</strong> She says, “If I keep naloxone in the house, it's like "
                 "saying it's okay.” The coach reflects: “You don't want him to think you "
                 "approve. And you love him and want him alive.” She agrees. The coach "
                 "offers: “Lots of grandparents keep it the way they keep a fire "
                 "extinguisher. Having it doesn't mean you want a fire.” She takes a "
                 "kit.</p>"
                 "<p><strong>With Danny, 24, just out of jail, who plans to “celebrate” "
                 "tonight.</strong> The coach does not argue or threaten. The coach says: "
                 "“I hear you. Can I tell you one thing, because I want you around next "
                 "week? After time inside, your body can't handle what it used to. A lot of "
                 "overdoses happen in the first weeks out.” Then the coach asks what would "
                 "help him stay safe tonight, offers naloxone and test strips where legal, "
                 "and mentions that he can start buprenorphine or methadone if he ever "
                 "wants to. Danny does not promise anything. He takes the kit and the "
                 "coach's number.</p>"
                 "<h2>What non-judgment is not</h2>"
                 "<p>Non-judgment does not mean you stop caring about the person's "
                 "goals. It does not mean you hide facts about risk. It means you share "
                 "them with respect, and trust the person to decide. It also does not mean "
                 "you give up your own boundaries. You do not use with anyone, hold "
                 "drugs, or buy supplies for someone's use outside your program's role. "
                 "Ask your supervisor about your program's policies on what you can "
                 "carry and hand out.</p>"
                 "<h2>Harm reduction for people in medication-assisted recovery</h2>"
                 "<p>People on methadone or buprenorphine sometimes still use other drugs. "
                 "They may fear that telling anyone will cost them take-home doses or get "
                 "them discharged. A coach can:</p>"
                 "<ul>"
                 "<li>Make sure they have naloxone, especially if they mix with alcohol or "
                 "benzodiazepines.</li>"
                 "<li>Encourage honesty with the prescriber, and help them plan how to "
                 "say it. Treatment can be adjusted when the team knows what is "
                 "happening.</li>"
                 "<li>Remind them that staying on their medicine protects them, and that "
                 "decisions about it belong to them and their prescriber.</li>"
                 "<li>Never report their use to anyone without their consent, except "
                 "where the law or your program's written policy requires it and they "
                 "were told this up front. Module 10 covers confidentiality.</li>"
                 "</ul>"
                 "<h2>Keeping it going</h2>"
                 "<p>Harm reduction is not one talk. It is a relationship. Each time you "
                 "see someone, you can ask how they are, whether they still have "
                 "naloxone, and whether there is anything they want help with. Over time, "
                 "trust grows. Many people who start with a naloxone kit end up asking "
                 "about treatment, housing or a job, because they found one person who "
                 "did not give up on them.</p>"
                 "<h2>When someone is not ready to change</h2>"
                 "<p>Many people you meet will not want to stop or cut down right now. That "
                 "is normal. People move through change at their own pace, and pushing "
                 "usually makes them dig in. Module 5 covers the stages of change and how "
                 "to support motivation. For now, remember this: you can help someone be "
                 "safer today even if they are not ready for anything else. Safety today "
                 "keeps tomorrow possible.</p>"
                 "<h2>Talking with families about harm reduction</h2>"
                 "<p>Families are often torn. They love the person and fear for their life. "
                 "They may also have been told that any help is “enabling,” or that they "
                 "must wait for the person to hit bottom. A coach can share that rock "
                 "bottom can be death, and that staying connected gives the person more "
                 "chances to change. Families can learn to use naloxone, keep it in the "
                 "home, and set their own limits while still showing love. A coach can "
                 "point families to family support groups and to programs that teach "
                 "caring, non-judgmental ways to talk with a loved one who uses.</p>"
                 "<h2>Handling your own reactions in the moment</h2>"
                 "<p>Sometimes a person will say something that hits hard, like a plan to "
                 "use right after leaving your office. Take a slow breath. Remind yourself "
                 "that your job is not to control their choices but to help them stay safe "
                 "and stay connected. You can say, “I care about what happens to you. Can "
                 "we talk about how to make tonight safer?” Afterward, talk with your "
                 "supervisor or a peer about how it felt. Coaching people who are still "
                 "using can stir up your own history, and that deserves care too.</p>"
                 "<h2>A quick self-check for every conversation</h2>"
                 "<ul>"
                 "<li>Did I ask more than I told?</li>"
                 "<li>Did I ask permission before giving advice or facts?</li>"
                 "<li>Did I notice and name something the person is already doing "
                 "right?</li>"
                 "<li>Did I offer something practical, like naloxone or a referral?</li>"
                 "<li>Did I leave the door open, whatever they decided?</li>"
                 "</ul>"
                 "<p>If you can answer yes to most of these, you did your job well, even if "
                 "the person did not change anything today. Respect now makes the next "
                 "conversation possible.</p>"
                 "<p>Write down one phrase that worked for you this week, and share it with "
                 "your team. Good words spread.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a person you know who still uses, or think of yourself "
                        "before recovery. What would you have wanted a coach to say, and "
                        "what would have made you walk away? Write two or three sentences "
                        "you could use to offer naloxone to someone without judgment."
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-2-check",
        "title": "Module 2 check: Addiction science, medication and harm reduction",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Rico, 38, returned to use after a year on buprenorphine. His mother "
                    "says, “See, treatment doesn't work.” Which response reflects the science "
                    "of a chronic condition?"
                ),
                "multiple": False,
                "choices": [
                    ("A return to use is a signal to adjust the plan, as with other chronic "
                     "conditions, not proof that treatment failed", True),
                    ("She is right; he should stop treatment since it failed", False),
                    ("He just needs more willpower this time", False),
                    ("A return to use means he was never in recovery", False),
                ],
                "explanation": (
                    "NIDA compares addiction to diabetes, high blood pressure and asthma. "
                    "When symptoms come back, the plan is adjusted; care continues."
                ),
            },
            {
                "prompt": (
                    "Which of these raise a person's risk of developing a substance use "
                    "disorder?"
                ),
                "multiple": True,
                "choices": [
                    ("Adverse childhood experiences, such as abuse or neglect", True),
                    ("Starting to use at a young age", True),
                    ("Living with high stress, poverty or discrimination", True),
                    ("Having a weak moral character", False),
                ],
                "explanation": (
                    "Risk comes from biology, trauma, age at first use and environment. "
                    "Addiction is a health condition, not a moral failing."
                ),
            },
            {
                "prompt": (
                    "Mr. Jackson, 59, says his methadone seems to wear off by evening and he "
                    "gets sweaty and restless. What is the most helpful coach response?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask when it starts and what he feels, help him write it down for a "
                     "few days, and help him bring it to his prescriber", True),
                    ("Tell him his dose is too low and he should ask for more", False),
                    ("Suggest he save part of his take-home for the evening", False),
                    ("Tell him it is all in his head", False),
                ],
                "explanation": (
                    "Coaches never judge a dose or suggest changes. They help the person "
                    "describe what they feel and take it to their prescriber."
                ),
            },
            {
                "prompt": (
                    "You find a woman who will not wake up and is barely breathing. You "
                    "give one dose of naloxone nasal spray and call 911. Three minutes "
                    "later there is no change. What now?"
                ),
                "multiple": False,
                "choices": [
                    ("Give rescue breaths and a second dose in the other nostril, and stay "
                     "with her until help arrives", True),
                    ("Do nothing more; one dose is the limit", False),
                    ("Put her in a cold shower to wake her up", False),
                    ("Leave to find someone with more training", False),
                ],
                "explanation": (
                    "Strong opioids like fentanyl may need more than one dose. Support "
                    "breathing, give another dose after two to three minutes, and stay, "
                    "because the overdose can return."
                ),
            },
            {
                "prompt": (
                    "During an overdose, a friend says, “It might be tranq, so naloxone "
                    "won't work. Don't waste it.” What is accurate?"
                ),
                "multiple": False,
                "choices": [
                    ("Give naloxone anyway; xylazine is usually mixed with fentanyl, and "
                     "naloxone can restore breathing. Then focus on breathing, call 911 "
                     "and stay", True),
                    ("Skip naloxone, since it does nothing when xylazine is present", False),
                    ("Keep giving naloxone until the person is fully awake", False),
                    ("Xylazine is an opioid, so naloxone fully reverses it", False),
                ],
                "explanation": (
                    "Naloxone does not reverse xylazine, but it reverses the fentanyl that "
                    "is usually in the mix. The person may stay sedated; breathing is the "
                    "goal."
                ),
            },
            {
                "prompt": (
                    "A participant asks whether she will be arrested if she calls 911 "
                    "during a friend's overdose. What should a coach say?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain your state's Good Samaritan law in plain words, without "
                     "promising more than it covers, and encourage her to call", True),
                    ("Promise that nobody can ever be arrested for calling 911", False),
                    ("Tell her not to call and to handle it herself", False),
                    ("Say that Good Samaritan laws are the same in every state", False),
                ],
                "explanation": (
                    "Most states have overdose Good Samaritan laws, but what they cover "
                    "varies. Be honest about your state's law and stress that calling saves "
                    "lives."
                ),
            },
            {
                "prompt": (
                    "Your program wants to start handing out fentanyl test strips. Which "
                    "statements are accurate?"
                ),
                "multiple": True,
                "choices": [
                    ("Their legal status varies by state, so check your state's current "
                     "law first", True),
                    ("A negative result does not mean the whole supply is safe", True),
                    ("A strip also detects xylazine", False),
                    ("A strip shows exactly how much fentanyl is present", False),
                ],
                "explanation": (
                    "Test strips show whether fentanyl is in the tested sample. They do not "
                    "measure amount or detect xylazine, and state laws differ."
                ),
            },
            {
                "prompt": (
                    "Carlos, 42, smokes crack. He says he does not need naloxone because he "
                    "does not use opioids. What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask permission, then share that fentanyl has turned up in cocaine and "
                     "crack, and offer him a kit for himself or friends", True),
                    ("Agree that naloxone is only for people who use opioids", False),
                    ("Tell him he will die if he does not take it", False),
                    ("Refuse to talk with him until he stops using", False),
                ],
                "explanation": (
                    "Fentanyl is often mixed into stimulants. Asking permission and "
                    "offering facts respectfully keeps the door open."
                ),
            },
            {
                "prompt": (
                    "A coach in training says handing out naloxone and syringes “just "
                    "enables” drug use. Which fact best answers this?"
                ),
                "multiple": False,
                "choices": [
                    ("CDC reports that syringe services programs do not increase drug use "
                     "and that new participants are more likely to enter treatment", True),
                    ("Harm reduction only works for people who have already stopped", False),
                    ("There is no research on harm reduction", False),
                    ("Naloxone makes people use more, but it is worth it", False),
                ],
                "explanation": (
                    "Research summarized by CDC shows syringe services programs are safe and "
                    "effective, do not increase drug use, and link people to treatment. "
                    "People must be alive to recover."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain addiction as a treatable chronic "
            "condition shaped by the brain, the environment and trauma, in plain words that "
            "lift shame.",
            "Participants will be able to describe the basic facts about medications for "
            "opioid, alcohol and stimulant use disorders while staying out of medical "
            "advice.",
            "Participants will be able to respond to an opioid overdose with naloxone, "
            "including repeat doses, rescue breathing and staying with the person.",
            "Participants will be able to explain fentanyl test strips, xylazine, never "
            "using alone and safer use supplies, including what varies by state.",
            "Participants will be able to talk about harm reduction without judgment.",
        ],
        "agenda": [
            {
                "title": "Welcome: what we were told about addiction",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group and review the agreements from Module 1. Ask people "
                    "to call out words they heard about addiction growing up, and write "
                    "them on a flip chart. Expect harsh labels. Circle "
                    "them and say: “Today we'll look at what the science actually says, and "
                    "how we use it to lift shame, not add to it.” Leave the chart up."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What were you told about people who use drugs when you were young?",
                    "When did you first hear addiction described as a health condition, and "
                    "how did that land?",
                ],
            },
            {
                "title": "Addiction as a treatable chronic condition",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Present the three brain systems (reward and habit, stress, "
                    "self-control) with a simple drawing. Compare addiction with diabetes "
                    "and high blood pressure: long-term care, plans adjusted when symptoms "
                    "return. Cover risk factors: biology, age at first use, environment, "
                    "and trauma, including the ACE study. End with healing: the brain can "
                    "recover, and medication can help it stay steady. Stop at 12 minutes "
                    "and ask two people to explain one idea back in their own words."
                ),
                "materials": ["Slides or flip chart drawing of the brain", "Handout: Addiction in plain words"],
            },
            {
                "title": "Myth or fact: medications",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give each group of four a stack of cards, each with a statement. "
                    "Examples: “Methadone just swaps one drug for another.” “There are "
                    "medicines for alcohol use disorder.” “There is an approved medicine "
                    "for meth.” “Dependence is the same as addiction.” “Stopping heavy "
                    "drinking suddenly is always safe.” Groups sort them into myth and fact "
                    "in eight minutes, then the facilitator walks through the answers. For "
                    "each myth, ask the group to write a one-sentence, respectful reply a "
                    "coach could give. Remind the group that the MAT course covers opioid "
                    "medicines in depth, and that coaches never advise on doses or timing."
                ),
                "materials": ["Myth or fact cards", "Answer key"],
            },
            {
                "title": "Demonstration: responding to an overdose",
                "domain": "harm-reduction",
                "minutes": 15,
                "method": "demonstration",
                "description": (
                    "Using a training dummy or a volunteer lying on a mat, and a naloxone "
                    "training device, demonstrate each step slowly while narrating it: "
                    "check with a shout and a sternum rub, call 911 and what to say, give "
                    "naloxone, tilt the head and give rescue breaths every five seconds, "
                    "wait two to three minutes and give another dose if there is no response, "
                    "repeating every two to three minutes, place the "
                    "person in the recovery position, and stay. Then demonstrate what to "
                    "say when the person wakes up in withdrawal. Cover xylazine briefly: "
                    "give naloxone anyway, and watch breathing rather than waking. Take "
                    "questions."
                ),
                "materials": [
                    "Naloxone nasal spray training devices",
                    "CPR face shields",
                    "Mat or training dummy",
                    "Handout: Responding to an opioid overdose",
                ],
            },
            {
                "title": "Hands-on practice: every person gives naloxone",
                "domain": "harm-reduction",
                "minutes": 20,
                "method": "teach_back",
                "description": (
                    "In pairs, each person walks through the full response out loud with "
                    "the training device while the partner plays the person who overdosed "
                    "and checks the steps against the handout. Then they switch. Walk "
                    "around and coach. Common errors to watch for: forgetting to call 911, "
                    "priming or testing the spray, not tilting the head, giving up after "
                    "one dose, and leaving the person alone. Finish with two volunteers "
                    "teaching the steps to the whole group. Give each participant a real "
                    "naloxone kit to carry if your program has them."
                ),
                "materials": [
                    "Naloxone training devices (one per pair)",
                    "Handout: Responding to an opioid overdose",
                    "Naloxone kits to take home, if available",
                ],
            },
            {
                "title": "Fentanyl test strips, xylazine and safer use",
                "domain": "harm-reduction",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Show a fentanyl test strip and walk through how it is used and read, "
                    "following the package directions. Stress its limits: it tests only the "
                    "sample, does not measure amount, and does not detect xylazine. Explain "
                    "that legal status varies by state, and tell the group what your "
                    "state's current law is (check before the session). Cover xylazine: "
                    "not an opioid, still give naloxone, breathing is the goal, wounds "
                    "need early care. Cover never using alone, overdose prevention "
                    "hotlines, and what the local syringe services program offers. Share "
                    "CDC's finding that these programs do not increase drug use."
                ),
                "materials": [
                    "Sample fentanyl test strips, if legal in your state",
                    "Handout: Fentanyl, xylazine and safer use",
                    "Local resource list with syringe services program hours",
                ],
            },
            {
                "title": "Scenario stations",
                "domain": "harm-reduction",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Set up three stations with a scenario card at each. Groups spend four "
                    "minutes at each and rotate. Station 1: a man on probation overdoses "
                    "and his friend begs you not to call 911 (Good Samaritan law, honesty "
                    "about its limits). Station 2: after naloxone, a woman is breathing but "
                    "will not wake, and a friend wants to give a third dose (xylazine, "
                    "recovery position, breathing as the goal). Station 3: a grandmother on "
                    "methadone does not want naloxone in the house (non-judgmental "
                    "offering). Each group writes its plan on the station's flip chart. "
                    "Spend the last three minutes reviewing the charts together."
                ),
                "materials": ["Three scenario cards", "Flip chart paper at each station"],
            },
            {
                "title": "Words that help, words that hurt",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Return to the flip chart from the welcome. Ask the group to replace "
                    "each word with respectful language. Then ask the questions below. Let "
                    "people voice mixed feelings about harm reduction; acknowledge them and "
                    "bring the group back to the facts and to the person's right to "
                    "choose. Model the flow: curiosity, affirm, ask permission, offer, "
                    "check, leave the door open."
                ),
                "materials": ["Flip chart from the welcome", "Handout: Harm reduction conversation starters"],
                "questions": [
                    "What feelings come up for you when someone you care about is still using?",
                    "How can you offer naloxone without sounding like you approve or disapprove?",
                    "What would make you feel judged if you were on the other side?",
                ],
            },
            {
                "title": "Role-play: the celebration plan",
                "domain": "harm-reduction",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Hand out role cards and observer checklists. Run "
                    "three rounds of seven minutes so everyone plays each role: four minutes "
                    "of role-play, then three minutes of feedback from the observer, then "
                    "the participant. The coach's task is to talk about risk and safety "
                    "without arguing, threatening or lecturing, to ask permission before "
                    "sharing facts, to offer naloxone, and to leave the door open. Use the "
                    "last four minutes for a whole-group debrief: what phrases worked, "
                    "where did people feel the pull to lecture, and how did it feel to play "
                    "Danny?"
                ),
                "materials": ["Role cards", "Observer checklists", "Naloxone training kits as props", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Danny, 24, released from county jail two days ago after "
                    "eight months; used fentanyl before jail)",
                    "Observer",
                ],
                "script": (
                    "Danny comes to the peer center to pick up a bus pass. He is upbeat. He "
                    "opens with: “I'm good, man. Eight months inside, I'm basically clean "
                    "now. Tonight my boys are throwing me a little party, gonna celebrate "
                    "a bit. Just once.” If the coach lectures or warns him he will die, he "
                    "gets defensive: “Here we go. You sound like my PO.” If the coach asks "
                    "permission and shares why the first weeks out are risky, he listens, "
                    "admits he has not thought about his tolerance, and asks what naloxone "
                    "looks like. He does not promise to skip the party."
                ),
                "observer_checklist": [
                    "Coach stayed calm and did not lecture, threaten or argue",
                    "Coach asked permission before sharing information about risk",
                    "Coach explained lower tolerance after jail in plain words",
                    "Coach offered naloxone and showed or described how to use it",
                    "Coach talked about not using alone or other safer options",
                    "Coach mentioned treatment options without pressure and left the door open",
                ],
            },
            {
                "title": "Wrap-up: one thing I will carry",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Go around the room. Each person names one thing they will carry from "
                    "today, in their bag or in their head. Remind everyone to carry "
                    "naloxone, to learn their state's Good Samaritan and test strip laws, "
                    "and that every medical decision stays with the person and their "
                    "prescriber. Invite anyone who had strong feelings come up during the "
                    "overdose practice to talk with a facilitator afterward."
                ),
                "materials": [],
                "questions": [
                    "What is one thing you will carry from today?",
                    "What is one question you still have about harm reduction or medication?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Responding to an opioid overdose",
                "text": (
                    "Signs: will not wake up; slow, shallow or no breathing; snoring or "
                    "gurgling; blue, gray or ashy lips or fingertips; tiny pupils; cold, "
                    "clammy skin.\n\n"
                    "Steps\n"
                    "- Check: shout their name and rub your knuckles hard on the center of "
                    "their chest.\n"
                    "- Call 911: say the person is not breathing or will not wake up, and "
                    "give the address.\n"
                    "- Give naloxone: nasal spray in one nostril, press the plunger all the "
                    "way. Do not test it first.\n"
                    "- Support breathing: tilt the head back, lift the chin, pinch the nose, "
                    "one breath every five seconds. Follow the dispatcher.\n"
                    "- No response after two to three minutes: give a second dose in the "
                    "other nostril. Keep giving a dose every two to three minutes until they "
                    "respond or help arrives.\n"
                    "- Breathing but not awake: roll them onto their side in the recovery "
                    "position.\n"
                    "- Stay with them. Naloxone can wear off before the opioid does.\n\n"
                    "Good to know\n"
                    "- Naloxone does no harm if no opioids are present. When in doubt, give "
                    "it.\n"
                    "- If xylazine may be involved, still give naloxone. The goal is "
                    "breathing, not waking up.\n"
                    "- Naloxone does not reverse stimulants. Call 911 for chest pain, "
                    "seizures or overheating.\n"
                    "- Most states have Good Samaritan laws for people who call 911, but "
                    "they differ. Learn yours.\n"
                    "- Naloxone nasal spray can be bought without a prescription."
                ),
            },
            {
                "title": "Fentanyl, xylazine and safer use",
                "text": (
                    "Fentanyl test strips\n"
                    "- Show whether fentanyl is in the sample you tested.\n"
                    "- Do not show how much, and do not detect xylazine.\n"
                    "- A negative result does not mean the rest is safe.\n"
                    "- Legal status varies by state. Know your state's law.\n\n"
                    "Xylazine (“tranq”)\n"
                    "- An animal sedative, not an opioid, often mixed with fentanyl.\n"
                    "- Naloxone does not reverse it. Give naloxone anyway.\n"
                    "- A person may stay asleep after breathing returns.\n"
                    "- Get wounds checked early. Spreading redness, heat, pus or fever need "
                    "care right away.\n\n"
                    "Safer use\n"
                    "- Never use alone. If you do, tell someone, leave the door unlocked, "
                    "or use an overdose prevention hotline.\n"
                    "- Take turns with friends so someone is always alert.\n"
                    "- Start low and go slow, especially after a break or with a new "
                    "supply.\n"
                    "- Avoid mixing opioids with alcohol or benzodiazepines.\n"
                    "- Use new supplies every time. Your local syringe services program can "
                    "help, and can link you to testing and treatment."
                ),
            },
            {
                "title": "Harm reduction conversation starters",
                "text": (
                    "The flow: curiosity, affirm, ask permission, offer, check, leave the "
                    "door open.\n\n"
                    "- “What do you already do to stay safe when you use?”\n"
                    "- “It's smart that you…”\n"
                    "- “Would it be okay if I shared something that has helped other "
                    "people?”\n"
                    "- “Here's naloxone. Can I show you how it works?”\n"
                    "- “What do you make of that?”\n"
                    "- “Whatever you decide, you can come back any time.”\n\n"
                    "Words to use\n"
                    "- Person who uses drugs. Substance use. Return to use. Tested positive "
                    "or negative. Safer use.\n\n"
                    "Remember\n"
                    "- Support does not depend on stopping.\n"
                    "- Any positive change counts.\n"
                    "- Medication decisions belong to the person and their prescriber."
                ),
            },
            {
                "title": "Addiction in plain words",
                "text": (
                    "Addiction is a health condition that changes how the brain works. It "
                    "is not a moral failing.\n\n"
                    "- Reward and habit: the brain links people, places and feelings with "
                    "using, so cues cause cravings.\n"
                    "- Stress: without the drug, people feel anxious and low.\n"
                    "- Self-control: the brain's brakes work less well.\n\n"
                    "Risk comes from genes, age at first use, environment, stress, "
                    "discrimination and trauma. Nobody chooses addiction.\n\n"
                    "Like diabetes or high blood pressure, it can be treated and managed. A "
                    "return to use means the plan needs adjusting, not that treatment "
                    "failed.\n\n"
                    "The brain can heal. Medication, support, sleep, food, a safe home and "
                    "meaningful days all help."
                ),
            },
        ],
    },
}
