"""MAT module 1: Opioid use disorder and how the medications work. What opioid use disorder is, why
overdose risk is so high today, how methadone, buprenorphine and naltrexone act on opioid receptors,
what the evidence says, and why medication-assisted recovery is recovery."""

MODULE = {
    "slug": "opioid-use-disorder-and-how-medications-work",
    "title": "Opioid use disorder and how the medications work",
    "domain": "recovery-wellness-support",
    "intro": (
        "What opioid use disorder is, why overdose risk is so high with today's drug supply, and how "
        "methadone, buprenorphine and naltrexone work, explained in plain words. You will also learn "
        "what the evidence says and why, in the peer-run tradition this course follows, "
        "medication-assisted recovery is recovery."
    ),
    "minutes": 45,
    "sources": [
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder (updated edition). 2021.",
        "National Academies of Sciences, Engineering, and Medicine. Medications for Opioid Use Disorder Save Lives. 2019.",
        "American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition (DSM-5): opioid use disorder criteria. 2013.",
        "National Institute on Drug Abuse. Addiction Science: relapse rates for drug addiction are similar to those of other chronic illnesses. 2008.",
        "Centers for Disease Control and Prevention. About Fentanyl (overdose prevention). 2024.",
        "U.S. Food and Drug Administration. FDA Approves First Over-the-Counter Naloxone Nasal Spray. 2023.",
        "SAMHSA. Opioid Overdose Prevention Toolkit. 2018.",
        "Binswanger IA, et al. Release from Prison: A High Risk of Death for Former Inmates. New England Journal of Medicine. 2007.",
        "Sordo L, et al. Mortality risk during and after opioid substitution treatment: systematic review and meta-analysis of cohort studies. BMJ. 2017.",
        "SAMHSA. Working Definition of Recovery: 10 Guiding Principles of Recovery. 2012.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "American Public Health Association Annual Meeting. A Program of Peer-Delivered Services by and for Methadone Patients. 2011.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "opioid-use-disorder-in-plain-words",
            "title": "Opioid use disorder in plain words",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>What the diagnosis describes</h2>"
                 "<p>Opioid use disorder, or OUD, is the name clinicians use when opioids have taken "
                 "control of a person's life. Opioids include heroin, fentanyl and pain pills like "
                 "oxycodone. Methadone and buprenorphine are opioids too, used as medicine. The "
                 "diagnosis is not about which drug a person used. It is about what the use has done "
                 "to their life.</p>"
                 "<p>Clinicians use a checklist from a manual called the DSM-5. A person has OUD when "
                 "their use causes real harm or distress, and at least two signs show up within one "
                 "year. Two or three signs is mild. Four or five is moderate. Six or more is severe. "
                 "In everyday words, the signs sound like this:</p>"
                 "<ul>"
                 "<li>Using more, or for longer, than planned.</li>"
                 "<li>Wanting to cut down, and not being able to.</li>"
                 "<li>Spending a lot of time getting, using or getting over opioids.</li>"
                 "<li>Strong cravings.</li>"
                 "<li>Falling behind at work, at school or at home.</li>"
                 "<li>Keeping on even when it hurts your relationships.</li>"
                 "<li>Giving up things you used to love.</li>"
                 "<li>Using in risky places or ways.</li>"
                 "<li>Keeping on even when it harms your body or your mind.</li>"
                 "<li>Tolerance.</li>"
                 "<li>Withdrawal.</li>"
                 "</ul>"
                 "<p>You will never diagnose anyone. That is the job of a clinician. But knowing the "
                 "list helps you listen. When Darnell says he spent every day chasing pills and lost "
                 "his job, you hear a medical condition, not a bad man. The list is about loss of "
                 "control. It says nothing about a person's worth.</p>"

                 "<h2>It can happen to anyone</h2>"
                 "<p>OUD does not pick one kind of person. You will meet people who started with "
                 "pain pills after a work injury or a car crash. You will meet older adults who "
                 "have lived with OUD for forty years, and young parents who started last year. "
                 "You will meet people from big cities, small towns, farms and reservations. Some "
                 "went to college. Some left school early. The condition is the same. What differs "
                 "is the support around each person.</p>"
                 "<p>Many people with OUD also live with depression, anxiety, trauma or long-term "
                 "pain. These often feed each other. Pain or panic can set off cravings, and using "
                 "can make the pain or panic worse. A coach does not treat these conditions. But you "
                 "can notice them, ask about them with care, and help the person tell every one of "
                 "their clinicians about all of their medicines and all of their symptoms. Care goes "
                 "best when the whole person is treated.</p>"
                 "<h2>Tolerance and withdrawal</h2>"
                 "<p>Tolerance means the body gets used to a drug. Over time, the same amount does "
                 "less. A person needs more to feel the same effect, or just to feel normal.</p>"
                 "<p>Withdrawal is what happens when the body has adapted to opioids and they wear "
                 "off. It feels like a very bad flu. People describe aches, chills, sweats, a runny "
                 "nose, yawning, stomach cramps, diarrhea, poor sleep and a deep restlessness. Many "
                 "people keep using just to stop feeling sick. Fear of withdrawal is a big part of "
                 "why stopping on your own is so hard.</p>"
                 "<p>Here is a point that matters a lot in our work. A person who takes methadone or "
                 "buprenorphine every day, as prescribed, will have tolerance. If they suddenly stop, "
                 "they will have withdrawal. That is called physical dependence. It is not the same "
                 "thing as OUD. The DSM-5 says tolerance and withdrawal do not count toward the "
                 "diagnosis when a person takes opioids as prescribed under medical care. A person "
                 "with high blood pressure also depends on their pills. Nobody calls that a "
                 "disorder.</p>"

                 "<h2>What changes in the brain</h2>"
                 "<p>Our bodies make their own opioid-like chemicals, called endorphins. They help "
                 "control pain, stress, breathing and mood. Opioid drugs work on the same spots in "
                 "the brain and body. These spots are called opioid receptors.</p>"
                 "<p>With repeated use, the brain changes. The reward system gets tuned to the drug. "
                 "Stress systems get louder when the drug is gone. The parts of the brain that help "
                 "us stop and think get weaker in the moment of craving. These changes are physical. "
                 "They help explain why a person can truly want to stop and still use. It is not a "
                 "lack of willpower, and it is not a lack of love for family. Some changes last long "
                 "after the last use. That is why cravings can show up months or years later, often "
                 "set off by stress, pain, grief or old places and people.</p>"

                 "<h2>A chronic condition that can be treated</h2>"
                 "<p>Chronic means long-lasting. In 2019 the National Academies of Sciences, "
                 "Engineering, and Medicine called OUD a treatable chronic brain disease. SAMHSA's "
                 "guide for clinicians, TIP 63, says OUD is often a chronic illness that needs "
                 "ongoing care. Think of diabetes, asthma or high blood pressure. These conditions "
                 "can last for years. Symptoms can come back. They respond well to steady care, and "
                 "many people take medicine for them for a long time. Nobody expects a person with "
                 "diabetes to be cured after a month.</p>"
                 "<p>The same is true for OUD. A short detox on its own rarely holds. Long-term "
                 "treatment, often with medication, does much better. This is why the medications "
                 "in this course are not a quick fix or a crutch. They treat a long-lasting health "
                 "condition, the way insulin treats diabetes.</p>"

                 "<h2>Return to use is not failure</h2>"
                 "<p>Return to use means a person uses again after a time of not using. You may "
                 "hear it called relapse. The National Institute on Drug Abuse (NIDA) has shown "
                 "that rates of return to use in addiction are about the same as the rates at which "
                 "symptoms come back in diabetes, high blood pressure and asthma. NIDA's advice is "
                 "clear. Treat a return to use as a signal to restart or adjust treatment. It is not "
                 "proof that treatment failed or that the person does not want recovery.</p>"
                 "<p>This changes how a coach responds. A person who returns to use often feels deep "
                 "shame. Shame pushes people away from help. Being away from help is dangerous with "
                 "today's drug supply, as you will see in the next lesson. So your first job is to "
                 "keep the door open. You might say:</p>"
                 "<ul>"
                 "<li>“Thank you for telling me. That took courage.”</li>"
                 "<li>“This doesn't erase what you've built.”</li>"
                 "<li>“What do you need right now to stay safe?”</li>"
                 "<li>“Do you have naloxone with you?”</li>"
                 "</ul>"
                 "<p>Then help the person look at what happened, without blame. Was it stress? Pain? "
                 "A loss? Cravings that came back? Did withdrawal creep in late in the day? These "
                 "are useful facts for the person's prescriber. You do not judge the dose or the "
                 "plan. You help the person name what they felt, and you encourage them to bring it "
                 "to the prescriber. The plan may need to change. That is normal in the care of any "
                 "chronic illness.</p>"
                 "<p>Here is how that can sound. Luz, a mother of two in recovery housing, tells "
                 "you she used on Saturday. You sit down with her. You do not ask why she would do "
                 "that. You ask, “What was going on for you last week?” She says her ex showed up, "
                 "she could not sleep, and the cravings came back hard. You ask if she wants help "
                 "telling her prescriber about the cravings. You check that she has naloxone and "
                 "that her housemate knows where it is. You ask what would help her get through "
                 "this week. She leaves with a plan she chose, and she knows she can come back. "
                 "That is what keeping the door open looks like.</p>"),
                ("callout", {
                    "title": "Words that keep the door open",
                    "text": (
                        "Say “person with opioid use disorder”, “return to use”, “in "
                        "medication-assisted recovery” and “medication for opioid use disorder "
                        "(MOUD)”. Labels that turn a person into their illness push people away. "
                        "Words like “clean” and “dirty” make a lab result sound like a moral "
                        "grade. Say “used” or “did not use”, and “positive” or “negative” for a test."
                    ),
                    "tone": "tip",
                }),
                ("reflection", {
                    "prompt": (
                        "Think back to what you once believed about why people return to use. "
                        "Where did those beliefs come from: family, a program, a meeting, the "
                        "street, your own story? What would you want a person to hear from you on "
                        "the day they tell you they used again, and why?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "fentanyl-and-overdose-risk",
            "title": "Today's drug supply and why overdose risk is so high",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>The drug supply has changed</h2>"
                 "<p>Many people in recovery today first used heroin or pills years ago. The drug "
                 "supply they knew is gone. Today it is full of illegally made fentanyl.</p>"
                 "<p>Fentanyl is a man-made opioid. Doctors use a medical form of it for surgery "
                 "and severe pain. The CDC says most fentanyl harm comes from fentanyl that is made "
                 "illegally. It is far stronger than heroin or morphine. Even a tiny amount can "
                 "stop a person's breathing.</p>"
                 "<p>Here is what makes it so dangerous:</p>"
                 "<ul>"
                 "<li><strong>It hides in other drugs.</strong> Fentanyl is mixed into heroin, "
                 "cocaine and meth. It is pressed into fake pills made to look like real pain or "
                 "anxiety pills.</li>"
                 "<li><strong>You cannot tell by looking.</strong> Fentanyl powder looks like many "
                 "other drugs. Many people do not know their drugs contain it.</li>"
                 "<li><strong>The strength changes.</strong> One bag or pill can be much stronger "
                 "than the last one, even from the same source.</li>"
                 "<li><strong>Other things get mixed in.</strong> In some places, a sedative for "
                 "animals called xylazine is mixed with fentanyl. It is not an opioid, so naloxone "
                 "does not reverse it. Still give naloxone, because fentanyl is often there too.</li>"
                 "</ul>"
                 "<p>This means people who never meant to take opioids at all can also "
                 "overdose. A young woman who buys what she thinks is an anxiety pill can die from "
                 "fentanyl. So can a man who uses cocaine on weekends. Overdose risk is not only a "
                 "problem for people with OUD. It touches whole families and neighborhoods.</p>"
                 "<p>It matters for people on medication too. A person on methadone or "
                 "buprenorphine who returns to use is buying from the same supply as everyone else. "
                 "The good news is that staying on these medications is itself protection. People "
                 "in treatment with them die from overdose far less often than people who are out "
                 "of treatment. Helping someone stay connected to care is overdose prevention.</p>"

                 "<h2>What an overdose is</h2>"
                 "<p>Opioids slow down breathing. In an overdose, breathing gets very slow or stops. "
                 "The brain does not get enough oxygen. Without help, a person can die or have "
                 "brain damage within minutes.</p>"
                 "<p>Learn the signs:</p>"
                 "<ul>"
                 "<li>The person will not wake up, even when you shout their name or rub hard on "
                 "their breastbone.</li>"
                 "<li>Breathing is very slow, shallow or stopped.</li>"
                 "<li>You hear choking, gurgling or deep snoring sounds.</li>"
                 "<li>Lips and fingertips turn blue, gray or ashy.</li>"
                 "<li>Pupils are very small, like pinpoints.</li>"
                 "<li>The body is limp, and the skin is cold or clammy.</li>"
                 "</ul>"

                 "<h2>Naloxone: the rescue medicine</h2>"
                 "<p>Naloxone reverses an opioid overdose. It pushes opioids off the brain's "
                 "receptors for a while, so the person can breathe again. It comes as a nasal "
                 "spray or a shot. In March 2023 the FDA approved Narcan nasal spray for sale "
                 "without a prescription. It was the first naloxone product approved that way. "
                 "Now people can buy it at drug stores and many other shops, and many programs give "
                 "it out for free.</p>"
                 "<p>Naloxone works on fentanyl overdoses too. Because fentanyl is so strong, a "
                 "person may need more than one dose. SAMHSA's overdose toolkit lays out the steps. "
                 "Call 911. Give naloxone. Support the person's breathing. Stay with them and watch "
                 "how they respond. If they do not start breathing better after two to three minutes, "
                 "give another dose. Stay until help arrives, because naloxone can wear off before the "
                 "opioids do, and the overdose can come back. Naloxone will not harm a person who "
                 "has not taken opioids. When in doubt, give it.</p>"
                 "<p>Many states have laws that protect people who call for help during an overdose "
                 "from some drug charges. Learn what your state's law says, so you can tell people "
                 "the truth about it.</p>"

                 "<h2>After an overdose</h2>"
                 "<p>When naloxone works, the person wakes up, often fast. They may be sick, "
                 "scared, confused or angry, because naloxone can throw them into withdrawal. Stay "
                 "calm. Tell them what happened in a few plain words. Let them know help is on the "
                 "way. Try to keep them from using again right away to stop the sickness, because "
                 "the overdose can come back when the naloxone wears off.</p>"
                 "<p>The days after an overdose are a chance to reach out. Many people feel shame "
                 "or fear. Some feel nothing at all yet. A peer can follow up, listen, and offer a "
                 "link to treatment without pressure. For some people, an overdose is the moment "
                 "they decide to try medication. For others, it is not. Either way, the person "
                 "should leave knowing you are still on their side, and with naloxone in hand.</p>"
                 "<p>Overdose also hurts the people who witness it. Coaches who respond to an "
                 "overdose, or lose someone they worked with, need support too. Talk with your "
                 "supervisor, use your own supports, and take care of yourself.</p>"
                 "<h2>Lost tolerance: the most dangerous moment</h2>"
                 "<p>Remember tolerance from the last lesson. It builds up with daily use. It also "
                 "drops fast when use stops. After even a short break, the body loses the tolerance "
                 "it had. An amount the person used every day before can now stop their breathing. "
                 "Add a supply where no one knows how strong a bag is, and the risk is very "
                 "high.</p>"
                 "<p>Watch for these moments of lost tolerance:</p>"
                 "<ul>"
                 "<li><strong>Leaving jail or prison.</strong> A large study in the New England "
                 "Journal of Medicine found that the first two weeks after release carry a very high "
                 "risk of death. Overdose was a leading cause. Later studies keep finding the same "
                 "thing.</li>"
                 "<li><strong>Leaving a hospital</strong> after a long stay.</li>"
                 "<li><strong>Finishing detox</strong> or a residential program that did not "
                 "include medication.</li>"
                 "<li><strong>Stopping methadone or buprenorphine</strong>, whether by choice, by "
                 "being discharged, or because a clinic or pharmacy was out of reach. Studies find "
                 "the risk of death goes up in the weeks after leaving medication treatment.</li>"
                 "<li><strong>When a naltrexone shot wears off</strong> or a shot is missed. "
                 "Naltrexone blocks opioids, so tolerance drops while a person is on it.</li>"
                 "</ul>"

                 "<h2>What a coach can do</h2>"
                 "<p>Talk about lost tolerance before the moment comes, not after. Mr. Begay is "
                 "leaving county jail on Friday. Ana is about to leave the hospital after a long "
                 "stay. Deshawn is thinking about stopping his buprenorphine. Each of them needs the "
                 "same facts, told with respect and without a lecture.</p>"
                 "<ul>"
                 "<li>Explain lost tolerance in plain words: “Your body isn't used to it anymore. "
                 "What you used before could kill you now.”</li>"
                 "<li>Ask if they have naloxone, and if the people around them know how to use "
                 "it.</li>"
                 "<li>Help them plan the first days: where they will stay, who they will be with, "
                 "and how to get to their next appointment.</li>"
                 "<li>Help with fast links to treatment. Some jails, prisons and hospitals can now "
                 "start or continue medication. The National Academies found that withholding these "
                 "medications in jails and prisons is denying people proper medical care.</li>"
                 "<li>If someone is thinking about stopping their medication, make sure they know "
                 "about lost tolerance. Encourage them to talk it through with their prescriber. "
                 "The choice is theirs.</li>"
                 "</ul>"
                 "<p>None of this is a judgment about whether someone will use. It is the same "
                 "safety talk you would want a friend to give you.</p>"),
                ("callout", {
                    "title": "The first days after a break are the most dangerous",
                    "text": (
                        "After jail, a hospital stay, detox or stopping medication, tolerance is "
                        "low and the supply is stronger than ever. Talk about it early, make sure "
                        "naloxone is in the home, and help the person connect to care quickly."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Terrell got out of state prison three days ago after two years. He "
                            "says he will be fine because he “knows his amount.” What is the "
                            "most important fact to share?"
                        ),
                        "choices": [
                            ("His tolerance has dropped, so the amount he used before could stop "
                             "his breathing now, and today's supply is often much stronger.", True),
                            ("Tolerance comes back after a few days out, so waiting a week will "
                             "keep him safe.", False),
                            ("Overdose is only a risk for people who inject.", False),
                        ],
                        "explanation": (
                            "Tolerance falls during time without opioids, and the weeks after "
                            "release carry a very high risk of overdose death. Waiting does not "
                            "rebuild tolerance, and people overdose by every route."
                        ),
                    },
                    {
                        "prompt": (
                            "You find someone who will not wake up and is barely breathing. You "
                            "have naloxone nasal spray. What does SAMHSA's toolkit say to do?"
                        ),
                        "choices": [
                            ("Call 911, give naloxone, support breathing, and stay with the "
                             "person, giving another dose if breathing does not improve.", True),
                            ("Wait to see if they wake up on their own before using "
                             "naloxone.", False),
                            ("Only give naloxone if you know for sure they took opioids.", False),
                        ],
                        "explanation": (
                            "Act fast. Naloxone does not harm someone who has not taken opioids, "
                            "fentanyl may need more than one dose, and an overdose can return when "
                            "naloxone wears off, so stay until help arrives."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "one-lock-three-keys",
            "title": "How the medications work: one lock, three keys",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>The lock and the key</h2>"
                 "<p>In the last lessons you met opioid receptors. They are the spots in the brain "
                 "and body where opioids act. Think of each receptor as a lock. Anything that fits "
                 "the lock is a key. When a key turns the lock, the receptor switches on. Pain eases, "
                 "breathing slows, and mood changes. When the key comes out, the lock switches "
                 "off.</p>"
                 "<p>Heroin and fentanyl are keys that turn the lock hard and fast, then fall out "
                 "fast. That is why people feel a rush, then a crash, then withdrawal, many times a "
                 "day. Life turns into a cycle of chasing the next dose just to feel normal.</p>"
                 "<p>The three medications for OUD are also keys. Each fits the same lock in a "
                 "different way. Clinicians use three words for this: full agonist, partial agonist "
                 "and antagonist. An agonist turns the lock. An antagonist blocks it.</p>"

                 "<h2>Methadone: the key that turns all the way, slowly</h2>"
                 "<p>Methadone is a <strong>full agonist</strong>. It turns the lock all the way, "
                 "like heroin does. The big difference is speed. Methadone turns the lock slowly and "
                 "stays in a long time. For most people, one dose a day holds them for the whole "
                 "day.</p>"
                 "<p>Picture two roads. Heroin and fentanyl are a roller coaster: up, down, up, "
                 "down. Methadone is a flat, steady road. At a steady dose, a person does not feel "
                 "high. They feel normal. Withdrawal stops, cravings quiet down, and the effect of "
                 "other opioids is blunted. People can work, raise kids, and show up for their "
                 "lives.</p>"
                 "<p>For OUD, methadone is given at opioid treatment programs, often called OTPs or "
                 "methadone clinics. You will learn much more about clinic life in the next "
                 "module.</p>"

                 "<h2>Buprenorphine: the key that sticks but turns part way</h2>"
                 "<p>Buprenorphine is a <strong>partial agonist</strong>. It fits the lock very "
                 "tightly, but it only turns part of the way. That is enough to ease withdrawal and "
                 "cravings for many people.</p>"
                 "<p>Two things follow from this picture:</p>"
                 "<ul>"
                 "<li><strong>A ceiling.</strong> After a point, more buprenorphine does not turn "
                 "the lock much further. This is called the ceiling effect. It lowers the risk that "
                 "breathing will slow down too much. The risk is lower, not zero. Mixing it with "
                 "alcohol or sedatives like benzodiazepines can still be dangerous.</li>"
                 "<li><strong>It holds on tight.</strong> Buprenorphine grabs the lock more "
                 "strongly than most other opioids. It can push them off. If a person still has a "
                 "lot of another opioid in their body, buprenorphine can knock it off and only "
                 "partly replace it. The person can go into sudden, severe withdrawal. This is why "
                 "prescribers plan the start of buprenorphine with care. When to start is their "
                 "call, made with the person. It is never ours.</li>"
                 "</ul>"
                 "<p>Buprenorphine comes as films or tablets that dissolve in the mouth, and as "
                 "longer-acting shots. Some forms also contain naloxone, to "
                 "discourage injecting. It can be prescribed in doctors' offices, health centers and "
                 "OTPs, and picked up at a pharmacy.</p>"

                 "<h2>Naltrexone: the key that blocks the lock</h2>"
                 "<p>Naltrexone is an <strong>antagonist</strong>. It fits the lock but does not "
                 "turn it at all. It just sits there and blocks it. While it is in place, opioids "
                 "cannot turn the lock, so they have little or no effect. Naltrexone does not cause "
                 "a high, and it does not cause physical dependence.</p>"
                 "<p>For OUD, it is most often given as a shot that lasts about a month. The FDA "
                 "approved the long-acting shot for OUD in 2010. There are a few things to "
                 "know:</p>"
                 "<ul>"
                 "<li>A person must be off all opioids for a period of time before starting. If not, "
                 "naltrexone will push the opioids off and cause sudden withdrawal. The prescriber "
                 "decides when it is safe to start.</li>"
                 "<li>It does not treat withdrawal. It blocks opioids and can ease cravings.</li>"
                 "<li>Tolerance drops while a person is on it. Trying to push past the block with a "
                 "large amount is very dangerous. So is using after the shot wears off or after a "
                 "missed shot.</li>"
                 "</ul>"

                 "<h2>Naloxone: the emergency key</h2>"
                 "<p>Naloxone is also an antagonist. It grabs the lock fast and knocks other opioids "
                 "off, but only for a short time. It is a rescue medicine for overdose, not a "
                 "treatment for OUD. Everyone in this work should carry it. Naloxone can also "
                 "reverse an overdose that involves methadone. Because methadone lasts so long, the "
                 "person may need more than one dose and must get medical care.</p>"

                 "<h2>Safety tips that go with every key</h2>"
                 "<p>A few safety points apply no matter which medication a person takes. You can "
                 "share them as general information:</p>"
                 "<ul>"
                 "<li><strong>Tell every clinician.</strong> Encourage people to tell every "
                 "doctor, dentist, emergency room and pharmacist about their medication. This "
                 "matters most for pain care. Naltrexone blocks the pain relief of opioid pain "
                 "medicines, and people on methadone or buprenorphine may need a special plan for "
                 "surgery or injury.</li>"
                 "<li><strong>Mixing is risky.</strong> Methadone and buprenorphine are opioids. "
                 "Taking them with alcohol, sleeping pills or benzodiazepines can slow breathing "
                 "too much. If a person takes other medicines, that is a question for the "
                 "prescriber or pharmacist.</li>"
                 "<li><strong>Store it safely.</strong> A dose that is safe for a person with "
                 "tolerance can kill a child or an adult who does not use opioids. Take-home doses "
                 "belong in a locked box, out of reach.</li>"
                 "<li><strong>Keep naloxone close.</strong> It belongs in every home where "
                 "opioids are kept, including prescribed ones.</li>"
                 "</ul>"
                 "<h2>Why this matters for a coach</h2>"
                 "<p>The lock-and-key picture helps you answer myths in plain words. “Methadone "
                 "gets you high.” At a steady dose, it does not: it is the steady road, not the "
                 "roller coaster. “Buprenorphine is just weaker methadone.” Not quite: it works in "
                 "a different way, with a ceiling and a tight grip. “Naltrexone is the only real "
                 "recovery.” No: all three are approved by the FDA, and all three can support "
                 "recovery.</p>"
                 "<p>Which medication fits is the person's choice, made with their prescriber. "
                 "Coaches never recommend one medication over another. We never say a dose is too "
                 "high or too low. What we can do is help a person describe what they feel, "
                 "clearly, so the prescriber can help. For example:</p>"
                 "<ul>"
                 "<li>“I start feeling sick around 8 at night, before my next dose.”</li>"
                 "<li>“I feel sleepy for a couple of hours after I dose.”</li>"
                 "<li>“The cravings are back since my mom got sick.”</li>"
                 "</ul>"
                 "<p>Some people try more than one medication before they find the right fit. "
                 "Someone may start on buprenorphine and later move to methadone, or the other way "
                 "around. That is not failure. It is the same trial and adjustment people go "
                 "through with blood pressure or depression medicines. A person who is doing well "
                 "on one medication also should not be pushed to switch because of someone else's "
                 "opinion. Your job is to make sure the person knows the choices exist, and that "
                 "they can talk them over with their prescriber.</p>"
                 "<p>Offer to help the person write these notes down before an appointment. Some "
                 "people want you to come with them. That kind of support is part of a coach's "
                 "role. The medical decision stays with the person and the prescriber.</p>"),
                ("callout", {
                    "title": "One lock, three keys",
                    "text": (
                        "Methadone is a full agonist: it turns the lock all the way, slowly and "
                        "steadily. Buprenorphine is a partial agonist: it holds on tight but turns "
                        "part way, with a ceiling. Naltrexone is an antagonist: it blocks the lock. "
                        "Naloxone is the emergency antagonist that reverses an overdose."
                    ),
                    "tone": "info",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "A new member at the peer center asks why his friend got very sick "
                            "when he took buprenorphine too soon after using fentanyl. Which "
                            "picture explains it best?"
                        ),
                        "choices": [
                            ("Buprenorphine grabs the lock tightly and pushes the fentanyl off, "
                             "but only turns the lock part way, so withdrawal hits fast.", True),
                            ("Buprenorphine is a stronger full agonist than fentanyl, so it "
                             "caused an overdose.", False),
                            ("Buprenorphine has no effect on opioid receptors, so his withdrawal "
                             "just continued.", False),
                        ],
                        "explanation": (
                            "Buprenorphine is a partial agonist that binds tightly. It can replace "
                            "a full agonist on the receptor while turning it only part way, which "
                            "causes sudden withdrawal. When to start is the prescriber's call."
                        ),
                    },
                    {
                        "prompt": (
                            "Which medication blocks the opioid receptor without turning it on?"
                        ),
                        "choices": [
                            ("Naltrexone", True),
                            ("Methadone", False),
                            ("Buprenorphine", False),
                        ],
                        "explanation": (
                            "Naltrexone is an antagonist: it fits the lock and blocks it. Methadone "
                            "is a full agonist and buprenorphine is a partial agonist."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "medication-assisted-recovery-is-recovery",
            "title": "What the evidence says, and why medication-assisted recovery is recovery",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>What the evidence says</h2>"
                 "<p>You will hear many opinions about medication. Here is what the research "
                 "shows, in plain words.</p>"
                 "<p>SAMHSA's TIP 63 is the main federal guide on medications for OUD. It says "
                 "methadone, buprenorphine and naltrexone are safe and effective when prescribed "
                 "and taken as directed. Careful studies show these medications cut illegal opioid "
                 "use and lower overdose deaths. People on medication also tend to stay in "
                 "treatment longer. That matters, because staying connected to care protects "
                 "people.</p>"
                 "<p>In 2019 the National Academies of Sciences, Engineering, and Medicine looked "
                 "at all of the evidence. Its report is called “Medications for Opioid Use Disorder "
                 "Save Lives.” The committee found that for people treated long term with "
                 "methadone or buprenorphine, the risk of dying is cut about in half. People on "
                 "these medications are also less likely to inject drugs and to pass on or catch "
                 "infections like HIV and hepatitis C. The report found that staying on medication "
                 "for a long time is linked to better results.</p>"
                 "<p>Counseling and recovery support help many people too. TIP 63 encourages them. "
                 "But the National Academies said something important: if counseling is not "
                 "available, that is not a good reason to hold back medication. Medication on its "
                 "own still saves lives.</p>"

                 "<h2>How long? As long as it helps</h2>"
                 "<p>People often ask, “How long will I have to be on this?” There is no set time "
                 "limit. Many people take methadone or buprenorphine for years. Some take it for "
                 "the rest of their lives, the way others take medicine for blood pressure. Some "
                 "decide, after a long time of stability, to slowly come off. Both are valid "
                 "choices.</p>"
                 "<p>Here is what coaches need to know:</p>"
                 "<ul>"
                 "<li><strong>The decision belongs to the person,</strong> made with their "
                 "prescriber. Not to the coach. Not to the family, the court or the church.</li>"
                 "<li><strong>Stopping carries real risk.</strong> A large review in the BMJ found "
                 "that the risk of death rises after people leave methadone or buprenorphine "
                 "treatment, most of all in the first weeks. Tolerance drops, and cravings can come "
                 "back.</li>"
                 "<li><strong>Success is not measured by getting off medication.</strong> Success is "
                 "a life the person values: health, a safe home, purpose, people who care.</li>"
                 "</ul>"
                 "<p>If someone wants to taper, your role is to support their choice, not to argue. "
                 "Help them think about what supports they will need. Make sure they know about "
                 "lost tolerance and naloxone. Encourage them to plan the pace with their "
                 "prescriber. If someone feels pushed to taper by others, help them find their own "
                 "voice. Either way, you never set the pace or the timing.</p>"

                 "<h2>Where medication-assisted recovery came from</h2>"
                 "<p>Methadone maintenance began in New York in 1964. Dr. Vincent Dole and Dr. "
                 "Marie Nyswander gave methadone to a small group of people who had used heroin for "
                 "years. They worked at the Rockefeller Institute. The change in their patients was "
                 "striking. People who had spent every day chasing heroin began to live steady "
                 "lives. The doctors pushed ahead even when the Federal Bureau of Narcotics fought "
                 "them. Their work grew into larger programs, and methadone treatment spread across "
                 "the country and the world.</p>"
                 "<p>But stigma followed. For decades, people on methadone were told they were "
                 "“not really clean” or were “just trading one drug for another.” Some were turned "
                 "away from recovery meetings, recovery homes and jobs. Many treatment programs "
                 "spoke about patients, not with them.</p>"
                 "<p>So people on methadone organized for themselves. They formed patient advocacy "
                 "groups to speak up for their rights and their dignity. In the mid-2000s, methadone "
                 "patients in New York City used a federal recovery community grant to open a "
                 "peer-run recovery center next to a methadone clinic. They called it MARS: "
                 "Medication Assisted Recovery Services.</p>"
                 "<p>MARS was run by and for people in medication-assisted recovery. All of the "
                 "services were delivered by current or former patients. It worked alongside the "
                 "clinic but stayed independent of it. Peers led support groups, taught classes on "
                 "addiction and how the medications work, held social events, and trained new peer "
                 "leaders. A peer council helped steer the work. The core message was simple: people "
                 "on medication are full members of the recovery community. Programs in other places "
                 "now replicate the model. This course is part of that tradition.</p>"

                 "<h2>What “medication-assisted recovery is recovery” means for you</h2>"
                 "<p>SAMHSA defines recovery as a process of change through which people improve "
                 "their health and wellness, live self-directed lives, and strive to reach their "
                 "full potential. It names many pathways to recovery, and medication is one of them. "
                 "It points to four things that support a life in recovery: health, home, purpose "
                 "and community. Nothing in that definition asks a person to stop a prescribed "
                 "medication.</p>"
                 "<p>SAMHSA's core competencies for peer workers say the same thing in practice. "
                 "Peer support is recovery-oriented and person-centered. Peers honor the many "
                 "pathways to recovery, and the person directs their own path.</p>"
                 "<p>For a coach, this means:</p>"
                 "<ul>"
                 "<li>We do not rank pathways. A grandmother who has taken methadone for twelve "
                 "years is in recovery. So is a young father on buprenorphine, and a woman who "
                 "chose naltrexone after prison.</li>"
                 "<li>We answer stigma with facts and with our own stories, when sharing helps the "
                 "person.</li>"
                 "<li>We help families understand, because their support matters so much.</li>"
                 "<li>We speak for ourselves. The recovery community includes us, and we do not "
                 "need anyone's permission to say so.</li>"
                 "</ul>"
                 "<h2>Using your own story</h2>"
                 "<p>Many coaches are in medication-assisted recovery themselves. Your story can be "
                 "a powerful answer to stigma. A person who hears “I have taken methadone for "
                 "nine years, and I have a job and a family” learns something no handout can teach. "
                 "But your story is a tool, not the main event. Before you share, ask yourself three "
                 "questions. Will this help the person in front of me? Is it short? Will I turn the "
                 "focus back to them? Never share your own dose or tell someone that what worked for "
                 "you will work for them. Your path shows that recovery on medication is possible. "
                 "Their path is theirs to choose.</p>"
                 "<p>You do not have to share at all. Coaches who are not on medication, or who "
                 "choose to keep that private, can still carry the same message with facts, respect "
                 "and the stories of people who have agreed to have them told.</p>"),
                ("callout", {
                    "title": "The MARS message in one line",
                    "text": (
                        "Opioid use disorder is a chronic, treatable condition, the medications "
                        "work, and medication-assisted recovery is recovery."
                    ),
                    "tone": "info",
                }),
                ("scenario", {
                    "title": "“Just trading one drug for another”",
                    "situation": (
                        "You are on shift at a community peer center. Gloria Ramírez, 58, comes "
                        "in with her son Danny, 34, who has been on methadone for eight months. "
                        "Danny is back at work and has not used heroin since his second month. "
                        "While Danny signs up for a group, Gloria pulls you aside. She says, "
                        "“I'm grateful he's alive. But methadone is just trading one drug for "
                        "another, isn't it? When is he going to be really clean?” Her eyes fill "
                        "with tears."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Thank her for caring so much, and ask what she has seen in "
                                "Danny over the last eight months and what worries her most."
                            ),
                            "feedback": (
                                "Best. Her question comes from love and fear. When you listen "
                                "first, she is more open to new facts, and you learn what she "
                                "really needs to hear."
                            ),
                            "best": True,
                            "next": (
                                "Gloria says Danny is working again and eats dinner with the "
                                "family. Her fear is that he will need methadone “forever” and "
                                "that people at church will judge him. She asks you how long he "
                                "has to stay on it."
                            ),
                        },
                        {
                            "text": (
                                "Tell her firmly that what she said is stigma and that "
                                "methadone is medicine, not a drug."
                            ),
                            "feedback": (
                                "The facts are right, but leading with a correction can make a "
                                "worried parent feel judged. She may stop listening, or stop "
                                "coming to the center."
                            ),
                            "best": False,
                            "next": (
                                "Gloria looks hurt and says, “I'm only asking because I love "
                                "him.” After a pause, she asks you how long he has to stay on "
                                "it."
                            ),
                        },
                        {
                            "text": (
                                "Agree that methadone is not ideal, and say that most people "
                                "come off it once they are stable."
                            ),
                            "feedback": (
                                "This confirms the stigma and is not accurate. There is no set "
                                "time limit, and stopping carries real risk. It may also add "
                                "pressure on Danny to stop before he is ready."
                            ),
                            "best": False,
                            "next": (
                                "Gloria nods and says she will push Danny to come off soon. Then "
                                "she asks you how long he has to stay on it."
                            ),
                        },
                        {
                            "text": (
                                "Tell her that questions about methadone are for Danny's doctor "
                                "at the clinic, and go back to the front desk."
                            ),
                            "feedback": (
                                "Medical decisions belong to the prescriber, but her question is "
                                "about stigma and hope, which peers are well placed to address. "
                                "Sending her away loses a chance to help the family."
                            ),
                            "best": False,
                            "next": (
                                "Gloria follows you and says the clinic will not talk to her. "
                                "She asks you directly how long he has to stay on it."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "Gloria asks how long Danny has to stay on methadone. What do you say?",
                        "choices": [
                            {
                                "text": (
                                    "Explain that there is no set time limit and many people "
                                    "stay on it for years, like medicine for other long-term "
                                    "conditions. That choice is Danny's, with his prescriber. "
                                    "Invite her to ask Danny how she can support him, and tell "
                                    "her about the center's family group."
                                ),
                                "feedback": (
                                    "Best. You share accurate general facts, keep the decision "
                                    "with Danny and his prescriber, respect his privacy, and "
                                    "give Gloria a way to support him."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Tell her most people can taper after about a year, so she "
                                    "should expect him to be off it by next spring."
                                ),
                                "feedback": (
                                    "This gives a timeline for stopping, which is medical advice "
                                    "a coach must not give. It is also not what the evidence "
                                    "supports, and it sets up pressure on Danny."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her what Danny shared with you in group about his "
                                    "dose and his plans, so she feels less worried."
                                ),
                                "feedback": (
                                    "This breaks Danny's trust and his privacy. What he shares "
                                    "with you is his to share with his family, not yours."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her he will probably need it for the rest of his life, "
                                    "and she should accept that."
                                ),
                                "feedback": (
                                    "No one can predict that, and it is not your call. Some "
                                    "people stay on medication for life and some taper. The "
                                    "decision is Danny's, with his prescriber."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-1-check",
        "title": "Module 1 check: OUD and how the medications work",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Marcus, 41, got out of county jail two days ago after three months. At the "
                    "peer center he tells you he plans to “do a little, like before” this "
                    "weekend. What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that his tolerance has likely dropped, so the amount he used before "
                     "could stop his breathing now. Ask if he has naloxone and if he is open to "
                     "connecting with treatment today.", True),
                    ("Suggest he use half of what he used before, so he stays safe.", False),
                    ("Tell him you cannot talk about drug use and that he should speak to his "
                     "parole officer.", False),
                    ("Tell him tolerance comes back quickly, so he will be fine if he waits a "
                     "week.", False),
                ],
                "explanation": (
                    "The weeks after release carry a very high overdose risk because tolerance "
                    "has dropped and the supply is unpredictable. Sharing that, offering naloxone "
                    "and a link to care keeps him safe without judgment. Suggesting an amount is "
                    "advice a coach must not give and offers false safety; waiting does not "
                    "rebuild tolerance; shutting the talk down loses the chance to help."
                ),
            },
            {
                "prompt": (
                    "Mrs. Chen, 67, has taken methadone for twelve years. A new neighbor told her "
                    "she is “not really in recovery.” She asks what you think. What is the best "
                    "response?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell her that medication-assisted recovery is recovery, that SAMHSA's "
                     "definition of recovery includes many pathways, medication among them, and "
                     "ask how the comment affected her.", True),
                    ("Tell her she will be in full recovery once she tapers off.", False),
                    ("Tell her it depends on whether she also goes to meetings.", False),
                    ("Tell her not to worry about it, and change the subject.", False),
                ],
                "explanation": (
                    "Recovery is a process of improving health and wellness and living a "
                    "self-directed life, and medication is one of its pathways. Affirming that and "
                    "checking in on her feelings supports her. The other answers either confirm "
                    "the stigma or brush off something that hurt her."
                ),
            },
            {
                "prompt": (
                    "Aaliyah is on buprenorphine. She tells you she feels sick with chills and "
                    "aches every evening, a few hours before her next dose. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Help her note when the symptoms start and what they feel like, and "
                     "encourage her to share this with her prescriber soon. Offer to help her "
                     "prepare for the visit.", True),
                    ("Tell her to take her dose a few hours earlier.", False),
                    ("Tell her that her dose is too low and she should ask for more.", False),
                    ("Tell her this is normal and it will pass in a few weeks.", False),
                ],
                "explanation": (
                    "Coaches never judge whether a dose is right or change its timing. Helping "
                    "her describe what she feels, and bring it to her prescriber, gets her real "
                    "help. Telling her it is normal could leave her struggling."
                ),
            },
            {
                "prompt": (
                    "Which of these people may be at higher risk of overdose because their "
                    "tolerance has likely dropped? Select all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Jorge, who left a 28-day residential program without medication "
                     "yesterday.", True),
                    ("Denise, who stopped taking buprenorphine three weeks ago.", True),
                    ("Ray, who lives on a farm far from town and missed his monthly naltrexone "
                     "shot last month.", True),
                    ("Teresa, who has taken the same methadone dose every day for five years "
                     "without missing one.", False),
                ],
                "explanation": (
                    "Tolerance drops after detox or treatment without medication, after stopping "
                    "methadone or buprenorphine, and while on naltrexone, so the time after a "
                    "shot wears off is risky. Teresa's daily methadone keeps her tolerance steady, "
                    "although anyone who uses drugs from today's supply can be at risk."
                ),
            },
            {
                "prompt": (
                    "At a family night, a father says, “Methadone is just trading one drug for "
                    "another.” What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask what worries him, then explain that at a steady dose methadone stops "
                     "withdrawal and cravings without the highs and crashes, so the person can "
                     "live a steady life, like medicine for any long-term illness.", True),
                    ("Agree that it is a substitute, but say at least it is better than "
                     "heroin.", False),
                    ("Tell him that what he said is offensive and he needs to educate "
                     "himself.", False),
                    ("Tell him that only the clinic's doctor can answer questions like "
                     "that.", False),
                ],
                "explanation": (
                    "Listening first, then sharing the steady-road picture, answers the myth "
                    "without shaming a worried parent. Agreeing it is a substitute confirms the "
                    "stigma, scolding closes the door, and this is a question about stigma that a "
                    "peer can answer."
                ),
            },
            {
                "prompt": (
                    "Kevin gets a monthly naltrexone shot. He jokes that if cravings get bad he "
                    "could “just use enough to push through the block.” What is the best "
                    "response?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell him plainly that trying to override the block with a large amount can "
                     "cause a fatal overdose. Ask what is going on with his cravings, and "
                     "encourage him to talk with his prescriber.", True),
                    ("Reassure him that the shot blocks everything, so he cannot overdose.", False),
                    ("Tell him he should switch to methadone instead.", False),
                    ("Let it go, since he is only joking.", False),
                ],
                "explanation": (
                    "Using a large amount to overcome naltrexone's block is very dangerous, and "
                    "his tolerance is low. Talking about cravings and bringing them to his "
                    "prescriber supports him. Coaches never recommend a medication, and a joke "
                    "like this is worth taking seriously."
                ),
            },
            {
                "prompt": (
                    "Rosa, 26, is pregnant and taking buprenorphine. Her cousin told her "
                    "methadone would be better for the baby. She asks you which one she should "
                    "take. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell her it is an important question for her prescriber, and offer to help "
                     "her write down her questions and go with her to the visit if she "
                     "wants.", True),
                    ("Tell her the cousin is right and she should switch to methadone.", False),
                    ("Tell her to stop all opioids while she is pregnant, to protect the "
                     "baby.", False),
                    ("Tell her naltrexone is the safest choice in pregnancy.", False),
                ],
                "explanation": (
                    "Choosing or changing a medication is a medical decision for Rosa and her "
                    "prescriber. A coach helps her get clear answers. Stopping opioids suddenly "
                    "in pregnancy is a medical question too, and advice to stop could put her at "
                    "risk of withdrawal and return to use."
                ),
            },
            {
                "prompt": (
                    "Tom has been on methadone for three years and is doing well. People at his "
                    "church are pushing him to come off it. He says he is not sure. What is the "
                    "most helpful thing to do?"
                ),
                "multiple": False,
                "choices": [
                    ("Explore what he wants for himself. Share that there is no set time limit, "
                     "that stopping carries risks, and that the choice is his, made with his "
                     "prescriber. Offer support whatever he decides.", True),
                    ("Encourage him to taper, since he has been stable for three years.", False),
                    ("Tell him he should never taper, because it is too risky.", False),
                    ("Give him a taper schedule that worked for someone you know.", False),
                ],
                "explanation": (
                    "The decision belongs to Tom and his prescriber. A coach helps him hear his "
                    "own voice and know the facts, including the risks of stopping. Pushing "
                    "either way, or giving a schedule, crosses into medical advice."
                ),
            },
            {
                "prompt": (
                    "Darnell says buprenorphine is “just weaker methadone.” Which statements are "
                    "accurate to share with him? Select all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Buprenorphine is a partial agonist: it turns the receptor on only part of "
                     "the way.", True),
                    ("Its effect levels off at higher doses, which lowers the risk of breathing "
                     "slowing too much.", True),
                    ("It holds on to the receptor very tightly, so it can push other opioids "
                     "off.", True),
                    ("It blocks all other opioids, so it is impossible to overdose while taking "
                     "it.", False),
                    ("It does nothing for withdrawal, only for cravings.", False),
                ],
                "explanation": (
                    "Buprenorphine works differently from methadone: it is a partial agonist with "
                    "a ceiling effect and a tight grip on the receptor. It does relieve "
                    "withdrawal. The overdose risk is lower, not zero, especially when mixed with "
                    "alcohol or sedatives."
                ),
            },
            {
                "prompt": (
                    "James tells you he used fentanyl last week after six months without using. "
                    "He says, “I blew it. I'm a failure, and my counselor will be done with me.” "
                    "What is the best first response?"
                ),
                "multiple": False,
                "choices": [
                    ("Thank him for telling you, remind him that a return to use does not erase "
                     "what he has built, and ask what he needs right now to stay safe, including "
                     "naloxone.", True),
                    ("Tell him he will have to start his recovery count over from day one.", False),
                    ("Ask him why he would throw away six months like that.", False),
                    ("Tell him to go back to detox right away.", False),
                ],
                "explanation": (
                    "A return to use is a signal to adjust care, not a failure. Keeping the door "
                    "open and putting safety first protects him, especially with fentanyl. Blame "
                    "and shame push people away from help, and next steps in treatment are his "
                    "to choose with his care team."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to describe opioid use disorder, tolerance and withdrawal in plain words, and explain why a return to use is a signal to adjust care, not a failure.",
            "Participants will be able to name the moments when lost tolerance raises overdose risk and describe what a coach says and offers at those moments.",
            "Participants will be able to use the lock-and-key picture to explain how methadone, buprenorphine and naltrexone act on opioid receptors.",
            "Participants will be able to respond to the claim that medication is “trading one drug for another” with empathy and accurate facts, without giving medical advice.",
        ],
        "agenda": [
            {
                "title": "Opening circle: what we were told",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Welcome the group and set ground rules: share only what you choose, what is "
                    "said here stays here, no one is asked about their own medication or dose. "
                    "Ask the two opening questions and take a few answers from around the room. "
                    "Write the messages people heard on a flip chart. Close by naming the thread "
                    "of the day: we will test those messages against the facts."
                ),
                "materials": ["Flip chart and markers", "Name tents"],
                "questions": [
                    "When you first heard about methadone or buprenorphine, what were you told about it, and by whom?",
                    "What is one message about medication that you would like the people you coach never to hear again?",
                ],
            },
            {
                "title": "OUD, fentanyl and lost tolerance",
                "minutes": 8,
                "method": "presentation",
                "description": (
                    "Step 1: Explain OUD in plain words as loss of control, using three or four "
                    "items from the checklist. Step 2: Define tolerance and withdrawal, and stress "
                    "that physical dependence on a prescribed medication is not OUD. Step 3: "
                    "Compare OUD with diabetes or high blood pressure, and explain that a return to "
                    "use is a signal to adjust care. Step 4: Describe today's supply: fentanyl "
                    "hidden in other drugs and fake pills, strength that changes from bag to bag. "
                    "Step 5: Walk through the overdose signs and the naloxone steps, and pass a "
                    "demo nasal spray around. Step 6: List the lost-tolerance moments: jail or "
                    "prison, hospital, detox, stopping medication, a naltrexone shot wearing off."
                ),
                "materials": [
                    "Slides or flip chart with the key points",
                    "Naloxone nasal spray trainer device",
                    "Handout: High-risk moments for overdose",
                ],
            },
            {
                "title": "One lock, three keys",
                "minutes": 8,
                "method": "demonstration",
                "description": (
                    "Hold up a padlock as the opioid receptor. Call up three volunteers and give "
                    "each a card: Methadone, Buprenorphine, Naltrexone. Methadone turns the lock "
                    "all the way, slowly, and keeps holding it. Buprenorphine grips the lock tight "
                    "but only turns it halfway, and can push another key (a fourth volunteer "
                    "holding a Fentanyl card) out of the way. Naltrexone puts a hand over the lock "
                    "so no key can turn it. Then draw the roller coaster next to the steady road on "
                    "the flip chart. Ask the group to name one myth each picture helps answer. End "
                    "by stating the rule: coaches explain how medications work in general, and "
                    "never recommend a medication, a dose or a timing."
                ),
                "materials": [
                    "A padlock and a key",
                    "Four cards: Methadone, Buprenorphine, Naltrexone, Fentanyl",
                    "Handout: One lock, three keys",
                ],
            },
            {
                "title": "Small groups: plan for a high-risk moment",
                "minutes": 7,
                "method": "small_group",
                "description": (
                    "Form four small groups and give each one a card: Mr. Begay leaving county jail "
                    "on Friday; Ana leaving the hospital after a three-week stay; Deshawn thinking "
                    "about stopping his buprenorphine; Keisha, six weeks after her last naltrexone "
                    "shot. Each group has four minutes to list what the coach would say about lost "
                    "tolerance in one plain sentence, two questions the coach would ask, and what "
                    "the coach would offer (naloxone, links to care, help preparing for a "
                    "prescriber visit). Each group reports one idea in thirty seconds. Correct any "
                    "idea that strays into dose or timing advice."
                ),
                "materials": ["Four scenario cards", "Flip chart paper for each group"],
            },
            {
                "title": "Role play: “just trading one drug for another”",
                "minutes": 13,
                "method": "role_play",
                "description": (
                    "Form groups of three. Give each person a role card and read the script aloud. "
                    "Round one runs five minutes, then the observer gives two minutes of feedback "
                    "using the checklist. Rotate roles and run a shorter second round if time "
                    "allows. Bring the group back and ask what helped the family member feel heard. "
                    "Remind everyone that the goal is not to win the argument but to keep the "
                    "family member on the person's side."
                ),
                "materials": [
                    "Role cards",
                    "Observer checklists",
                    "Handout: Talking with families about medication",
                ],
                "roles": [
                    "Coach at a community peer center",
                    "Family member (Gloria Ramírez, 58, whose son Danny, 34, has been on methadone for eight months)",
                    "Observer",
                ],
                "script": (
                    "Danny has just gone into a group. Gloria stops the coach near the front desk. "
                    "Gloria: “Can I ask you something? I'm grateful he's alive, I really am. But "
                    "methadone is just trading one drug for another, isn't it? My pastor says he's "
                    "not really clean. When is he going to get off it?” If the coach listens well, "
                    "Gloria shares that Danny is working again and that she is afraid people at "
                    "church will judge the family. If the coach lectures her, Gloria gets "
                    "defensive: “I'm his mother. I know what drugs look like.”"
                ),
                "observer_checklist": [
                    "Coach thanked Gloria or acknowledged her love and worry before giving facts",
                    "Coach used at least one open question to learn what worries her",
                    "Coach explained in plain words how methadone works at a steady dose (the steady road, not the roller coaster)",
                    "Coach said the length of treatment is Danny's decision with his prescriber and gave no timeline",
                    "Coach did not share anything Danny had told the coach in confidence",
                    "Coach offered Gloria a next step, such as a family group or talking with Danny",
                ],
            },
            {
                "title": "Teach-back and close",
                "minutes": 4,
                "method": "teach_back",
                "description": (
                    "Ask three volunteers to teach one idea back to the group in under thirty "
                    "seconds each, in words they would use with a participant: what lost tolerance "
                    "means, how buprenorphine differs from methadone, and why medication-assisted "
                    "recovery is recovery. Fix any errors gently. Close by reading the MARS message "
                    "together: the condition is treatable, the medications work, and "
                    "medication-assisted recovery is recovery."
                ),
                "materials": ["Flip chart from the opening circle"],
            },
        ],
        "handouts": [
            {
                "title": "One lock, three keys",
                "text": (
                    "Opioid receptors are like locks in the brain and body. Opioids are keys. "
                    "Heroin and fentanyl turn the lock hard and fast, then fall out fast: a roller "
                    "coaster of highs, crashes and withdrawal.\n\n"
                    "- Methadone (full agonist): turns the lock all the way, but slowly and "
                    "steadily. One daily dose holds most people for the whole day. At a steady "
                    "dose, people feel normal, not high. Given at opioid treatment programs.\n"
                    "- Buprenorphine (partial agonist): holds the lock tightly but turns it only "
                    "part way. Its effect levels off at higher doses (the ceiling effect), which "
                    "lowers, but does not remove, the risk of slowed breathing. It can push other "
                    "opioids off the lock, so the prescriber plans when to start.\n"
                    "- Naltrexone (antagonist): blocks the lock without turning it. Usually a "
                    "monthly shot. A person must be off opioids before starting. Tolerance drops "
                    "while on it.\n"
                    "- Naloxone (antagonist): the emergency key that reverses an overdose for a "
                    "short time.\n\n"
                    "What a coach does: explain how medications work in general, answer myths, and "
                    "help the person describe what they feel so they can bring it to their "
                    "prescriber. What a coach never does: recommend a medication, judge a dose, or "
                    "give timing for starting or stopping."
                ),
            },
            {
                "title": "High-risk moments for overdose",
                "text": (
                    "Tolerance drops fast when opioid use stops. An amount a person used before "
                    "can stop their breathing now, and today's supply often contains fentanyl of "
                    "unknown strength.\n\n"
                    "Moments of lost tolerance:\n"
                    "- Leaving jail or prison, especially the first two weeks\n"
                    "- Leaving a hospital after a long stay\n"
                    "- Finishing detox or a program without medication\n"
                    "- Stopping methadone or buprenorphine, for any reason\n"
                    "- When a naltrexone shot wears off or is missed\n\n"
                    "What a coach can do:\n"
                    "- Talk about lost tolerance before the moment comes\n"
                    "- Make sure the person and the people around them have naloxone and know how "
                    "to use it\n"
                    "- Plan the first days: where to stay, who to be with, the next appointment\n"
                    "- Help link the person to treatment quickly\n\n"
                    "If someone will not wake up: call 911, give naloxone, support breathing, stay "
                    "with the person, and give another dose if breathing does not improve after two "
                    "to three minutes. For emotional support in a crisis, people can call or text 988."
                ),
            },
            {
                "title": "Talking with families about medication",
                "text": (
                    "Families often worry that medication is “trading one drug for another.” That "
                    "worry usually comes from love and fear.\n\n"
                    "- Listen first. Thank them for caring. Ask what they have seen and what worries "
                    "them most.\n"
                    "- Share the steady-road picture: at a steady dose, methadone and "
                    "buprenorphine stop withdrawal and cravings without highs and crashes, so the "
                    "person can work, parent and live.\n"
                    "- Share what the evidence says: these medications lower the risk of overdose "
                    "death and help people stay in treatment.\n"
                    "- Compare it with medicine for diabetes or high blood pressure.\n"
                    "- There is no set time limit. How long to stay on medication is the person's "
                    "decision with their prescriber.\n"
                    "- Protect privacy. Do not share what the person told you. Encourage the family "
                    "to ask the person how they can help.\n"
                    "- Offer a next step: a family group, reading material, or a conversation "
                    "together with the person if they want one.\n\n"
                    "Medication-assisted recovery is recovery."
                ),
            },
        ],
    },
}
