"""MAT module 4: Stigma, rights and the systems people meet. Stigma against medication and the
language that helps, the ADA and the Department of Justice's guidance, jails, drug courts and
recovery housing, 42 CFR Part 2 after its 2024 rule, and how a peer advocates."""

MODULE = {
    "slug": "stigma-recovery-and-rights",
    "title": "Stigma, rights and the systems people meet",
    "domain": "advocacy",
    "intro": (
        "Medication-assisted recovery is recovery, yet people taking methadone or buprenorphine "
        "meet stigma in treatment, in meetings, at home, at work, in court and in housing. "
        "This module covers the words that help, the laws that protect people, and how a peer "
        "coaches self-advocacy first, advocates with consent, and works to change systems."
    ),
    "minutes": 45,
    "sources": [
        "U.S. Department of Justice, Civil Rights Division. The ADA and Opioid Use Disorder: "
        "Combating Discrimination Against People in Treatment or Recovery. 2022.",
        "Americans with Disabilities Act of 1990, 42 U.S.C. 12210, Illegal use of drugs "
        "(including subsection (c), Health and other services).",
        "U.S. Department of Justice. ADA Title III Technical Assistance Manual, III-3.9000, "
        "Illegal use of drugs.",
        "U.S. Department of Justice. United States v. Unified Judicial System of Pennsylvania: "
        "letter of findings (2022) and settlement agreement. 2024.",
        "U.S. Attorney's Office, Eastern District of Kentucky. Letter reminding correctional "
        "facilities of their ADA duties on treatment for opioid use disorder. 2024.",
        "U.S. Attorney's Office, District of Massachusetts. Settlement agreements with skilled "
        "nursing facility operators that denied admission to people prescribed buprenorphine or "
        "methadone. 2018 to 2023.",
        "U.S. Equal Employment Opportunity Commission. Use of Codeine, Oxycodone, and Other "
        "Opioids: Information for Employees. 2020.",
        "Substance Abuse and Mental Health Services Administration and Bureau of Justice "
        "Assistance. Adult and treatment drug court grant announcements: conditions on "
        "FDA-approved medications. 2015.",
        "Substance Abuse and Mental Health Services Administration. Recovery Housing: Best "
        "Practices and Suggested Guidelines. 2018.",
        "U.S. Department of Health and Human Services (Office for Civil Rights and SAMHSA). "
        "Confidentiality of Substance Use Disorder Patient Records, final rule, 42 CFR Part 2. "
        "Federal Register, February 16, 2024.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. Updated 2021.",
        "National Institute on Drug Abuse. Words Matter: Terms to Use and Avoid When Talking "
        "About Addiction. 2021.",
        "SAMHSA, BRSS TACS. Core Competencies for Peer Workers in Behavioral Health Services. "
        "2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "medication-assisted-recovery-is-recovery",
            "title": "Medication-assisted recovery is recovery: stigma and the words that help",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Why this matters to a coach</h2>"
                 "<p>Most of us in medication-assisted recovery have been judged for our "
                 "medicine. Someone told us we were not really in recovery. Someone said we "
                 "had traded one drug for another. Maybe we said it to ourselves. That is "
                 "stigma. It is a label that comes with a harmful belief, and it leads "
                 "people to treat us worse.</p>"
                 "<p>Stigma is not just hurt feelings. It keeps people from starting "
                 "treatment. It pushes people to stop a medicine before they are ready. It "
                 "cuts people off from groups, homes and jobs that would help them. Each of "
                 "these can raise the risk of a return to use and of overdose. So fighting "
                 "stigma is part of keeping people alive.</p>"
                 "<h2>What recovery means</h2>"
                 "<p>SAMHSA describes recovery as a process of change. Through it, people "
                 "improve their health and wellness, live a self-directed life, and strive "
                 "to reach their full potential. Nothing in that definition says a person "
                 "must stop a prescribed medicine. SAMHSA's guide on medications for opioid "
                 "use disorder, TIP 63, says medication is a key part of recovery for many "
                 "people.</p>"
                 "<p>Peer-run programs for people in medication-assisted recovery were "
                 "started by methadone patients. They wanted the world to see what they "
                 "already knew. A person who takes methadone or buprenorphine and is "
                 "building a good life is in recovery. That is our message, and it is the "
                 "message of this course: medication-assisted recovery is recovery.</p>"
                 "<h2>Where stigma shows up</h2>"
                 "<h3>Inside treatment</h3>"
                 "<p>Stigma can live in the places that are supposed to help. A counselor "
                 "may treat a person's dose as a problem to fix. Staff at another program "
                 "may push people to taper as a sign of success. A hospital may treat a "
                 "person on methadone with suspicion or leave their pain untreated. Some "
                 "programs still call a drug test “dirty.”</p>"
                 "<h3>In mutual-aid groups</h3>"
                 "<p>Many people find strength in mutual-aid meetings. But some members, "
                 "and some groups, say people on medication are not “clean.” A person may "
                 "be told not to share, not to lead, or not to count their time. Some "
                 "people hide their medicine to fit in. Others stop going. Neither is good "
                 "for recovery. There are groups that welcome people on medication, and "
                 "there are medication-assisted recovery groups run by peers.</p>"
                 "<h3>In families</h3>"
                 "<p>Families often love us and still hold old beliefs. A mother may ask "
                 "every week, “When are you getting off that stuff?” A partner may call "
                 "methadone “liquid handcuffs.” A family may say the person is not well "
                 "until they stop. These words can wear a person down. They can push a "
                 "person toward a choice that belongs only to them and their "
                 "prescriber.</p>"
                 "<h3>At work</h3>"
                 "<p>A job offer may be pulled after a drug test shows a prescribed "
                 "medicine. A boss may assume a person on methadone cannot do the job "
                 "safely. Coworkers may gossip. Many people never tell anyone at work, "
                 "because they fear what will happen. In the next lesson you will learn "
                 "that the law often protects them.</p>"
                 "<h3>Inside ourselves</h3>"
                 "<p>The hardest stigma may be the kind we carry. People feel ashamed of "
                 "the daily line at the clinic. They feel they are “still using.” This "
                 "inner shame can stop people from asking for what they need. It can make "
                 "them accept unfair treatment. A peer who is open about their own "
                 "medication, when they choose to be, can help lift that shame.</p>"
                 "<h3>When stigma stacks up</h3>"
                 "<p>Stigma about drug use often piles on top of other unfair treatment. "
                 "Racism, ageism, sexism and bias against people without homes can all "
                 "add to it. A Black man on methadone, an older woman in a nursing "
                 "facility, or a pregnant woman on buprenorphine may face more than one "
                 "kind of judgment at once. A coach notices this and does not make the "
                 "person explain it or prove it.</p>"
                 "<h2>Answering common myths</h2>"
                 "<p>People will ask you about these myths. Here are short, true answers "
                 "you can use.</p>"
                 "<ul>"
                 "<li><strong>Myth: “It is just trading one drug for another.”</strong> "
                 "At a stable dose, methadone and buprenorphine do not make a person "
                 "high. They calm withdrawal and cravings so the person can live their "
                 "life. Studies show these medicines cut illegal opioid use and lower "
                 "the risk of dying from overdose.</li>"
                 "<li><strong>Myth: “You are not in recovery until you are off "
                 "it.”</strong> Recovery is about health, choice and a full life. Many "
                 "people take medicine for diabetes or high blood pressure for years. "
                 "Nobody says they are not well.</li>"
                 "<li><strong>Myth: “Needing it every day means you are still "
                 "hooked.”</strong> The body gets used to many medicines. That is not "
                 "the same as the loss of control that marks opioid use disorder.</li>"
                 "</ul>"
                 "<p>Keep the answers short and kind. The goal is not to win an argument. "
                 "The goal is to make it a little easier for the person in front of you "
                 "to keep going.</p>"),
                ("callout", {
                    "title": "Say it plainly",
                    "text": (
                        "Medication-assisted recovery is recovery. Nobody has to stop a "
                        "prescribed medicine to count as being in recovery. How long a person "
                        "takes it is a decision for that person and their prescriber."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Language that helps</h2>"
                 "<p>Words shape how people are treated. In one study, even trained "
                 "clinicians were more likely to blame a person and favor punishment when "
                 "the person was called a “substance abuser.” When the same person was "
                 "described as having a substance use disorder, the clinicians were more "
                 "likely to favor treatment. The National Institute on Drug Abuse (NIDA) "
                 "asks everyone to use person-first words. That means words that put the "
                 "person before the condition.</p>"
                 "<ul>"
                 "<li>Say <strong>person with opioid use disorder</strong>, not "
                 "“addict,” “user” or “junkie.”</li>"
                 "<li>Say <strong>medication for opioid use disorder (MOUD)</strong> or "
                 "simply <strong>medication</strong>, not “replacement” or "
                 "“substitution.”</li>"
                 "<li>Say <strong>tested positive</strong> or <strong>tested "
                 "negative</strong>, not “dirty” or “clean.”</li>"
                 "<li>Say <strong>in recovery</strong> or <strong>not using</strong>, not "
                 "“clean.”</li>"
                 "<li>Say <strong>return to use</strong>, not “relapse” as a judgment or "
                 "“failure.”</li>"
                 "<li>Say <strong>substance use</strong> or <strong>misuse</strong>, not "
                 "“abuse.”</li>"
                 "</ul>"
                 "<p>Language is also personal. Some people in twelve-step groups call "
                 "themselves by words this list avoids. That is their right. NIDA's advice "
                 "is to let people choose how they are described. As a coach, you follow "
                 "the person's lead about their own words. You use respectful words about "
                 "everyone else.</p>"
                 "<h2>What a coach does with stigma</h2>"
                 "<ul>"
                 "<li><strong>Listen first.</strong> Ask what happened and how it felt. "
                 "Do not rush to fix it.</li>"
                 "<li><strong>Name it.</strong> Say, “That sounds like stigma. It is not "
                 "about you failing.”</li>"
                 "<li><strong>Share facts, not orders.</strong> Offer facts about the "
                 "medicines and about rights. Let the person decide what to do.</li>"
                 "<li><strong>Find welcoming places.</strong> Help the person find "
                 "meetings, homes and services that accept medication.</li>"
                 "<li><strong>Model it.</strong> Use respectful words in notes, in team "
                 "meetings and in the hallway. Gently correct myths when you hear "
                 "them.</li>"
                 "</ul>"
                 "<p>One thing a coach never does is take sides on the medicine itself. If "
                 "family pressure has a person thinking about a taper, you do not say yes "
                 "or no. You help them sort out what they want and why. Then you help "
                 "them get ready to talk with their prescriber. Their medicine is their "
                 "choice, made with the person who prescribes it.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a time you saw or felt stigma about medication for opioid "
                        "use disorder: in treatment, at a meeting, at home or at work. What "
                        "was said or done? How did it affect you or the other person? Now, as "
                        "a coach, what would you say or do in that moment, and what words "
                        "would you choose?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Loretta, who is Black and 58, has taken methadone for eleven years. "
                            "Her sister keeps saying she is not really in recovery until she "
                            "stops. Loretta asks what you think. What fits the coach role best?"
                        ),
                        "choices": [
                            ("Tell her medication-assisted recovery is recovery, then ask how "
                             "her sister's words affect her and what she wants", True),
                            ("Tell her that her sister has a point and she should set a date "
                             "to taper", False),
                            ("Tell her to stop talking to her sister about it", False),
                        ],
                        "explanation": (
                            "A coach affirms that medication-assisted recovery is recovery and "
                            "then explores what Loretta feels and wants. Setting a taper date is "
                            "a medical decision for Loretta and her prescriber. Telling her who "
                            "to talk to takes the choice away from her."
                        ),
                    },
                    {
                        "prompt": (
                            "You are writing a note after a session. Which wording is most "
                            "respectful and accurate?"
                        ),
                        "choices": [
                            ("Participant tested positive for fentanyl this week and wants "
                             "to talk about it", True),
                            ("Participant's urine was dirty again this week", False),
                            ("Participant is still abusing and not clean yet", False),
                        ],
                        "explanation": (
                            "Person-first, neutral words describe a test result without "
                            "judgment. Words like “dirty,” “clean” and “abusing” carry blame "
                            "and can shape how other staff treat the person."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "the-ada-and-opioid-use-disorder",
            "title": "The ADA: rights of people taking medication for opioid use disorder",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>A civil rights law for people with disabilities</h2>"
                 "<p>The Americans with Disabilities Act (ADA) is a federal civil rights "
                 "law. It protects people with disabilities from unfair treatment at work, "
                 "in state and local government programs, and in businesses and services "
                 "open to the public. That covers a lot of places our participants go: "
                 "courts, jails and prisons, probation, child welfare agencies, social "
                 "service offices, hospitals, doctors' offices, skilled nursing "
                 "facilities, homeless shelters, schools and colleges.</p>"
                 "<p>In 2022 the U.S. Department of Justice (DOJ) put out plain guidance "
                 "called “The ADA and Opioid Use Disorder.” It explains how the law "
                 "protects people in treatment or recovery. That includes people who take "
                 "medication for opioid use disorder (MOUD) as prescribed.</p>"
                 "<h2>Is opioid use disorder a disability?</h2>"
                 "<p>Usually, yes. Under the ADA, a disability is a condition that "
                 "seriously limits a major life activity, like caring for yourself, "
                 "working, thinking or the way the brain works. Opioid use disorder "
                 "typically does this. A person is also covered if they have a past "
                 "record of the condition, or if others treat them as if they have it. "
                 "DOJ's guidance says a person in treatment or recovery from opioid use "
                 "disorder typically has a disability under the ADA. The exception is a "
                 "person who is currently using drugs illegally.</p>"
                 "<h2>Who is protected, and who is not</h2>"
                 "<p>The part of the ADA about drugs is 42 U.S.C. 12210. Here it is in "
                 "plain words.</p>"
                 "<ul>"
                 "<li><strong>Current illegal use is generally not protected.</strong> If "
                 "a person is using drugs illegally now, an employer or program can "
                 "usually act on that use.</li>"
                 "<li><strong>People in treatment or recovery are protected.</strong> This "
                 "includes a person in a supervised treatment program who is no longer "
                 "using illegally. It includes a person who finished treatment. It "
                 "includes a person who is wrongly thought to be using.</li>"
                 "<li><strong>Taking a prescribed medicine is not illegal use.</strong> "
                 "The law says illegal use does not include a drug taken under the "
                 "supervision of a licensed health care professional. Methadone, "
                 "buprenorphine and naltrexone taken as prescribed are not illegal "
                 "use.</li>"
                 "<li><strong>Drug testing is allowed.</strong> The law lets employers "
                 "and programs use reasonable policies, including drug tests, to make "
                 "sure people are not using illegally.</li>"
                 "</ul>"
                 "<h2>The health care exception</h2>"
                 "<p>There is one more rule that matters a great deal. It is subsection "
                 "(c) of that same section. It says a person cannot be denied health "
                 "services, or services linked to drug treatment, because of current "
                 "illegal drug use, if they are otherwise eligible for those services.</p>"
                 "<p>DOJ's technical guidance gives examples. An emergency room cannot "
                 "refuse to treat a person because they are using drugs illegally. A burn "
                 "unit cannot refuse to treat burns for that reason. So even a person who "
                 "is using right now has a right to health care and to drug treatment. "
                 "This is important for the people we meet who are still using, or who "
                 "have a return to use while on medication.</p>"
                 "<p>There is a limit. A treatment program can have rules about using "
                 "while in the program. The same guidance says a residential treatment "
                 "program may discharge a person for using drugs inside the program. The "
                 "rule stops programs from shutting the door on people. It does not erase "
                 "all program rules.</p>"),
                ("callout", {
                    "title": "The short version",
                    "text": (
                        "In treatment or recovery, including on prescribed methadone, "
                        "buprenorphine or naltrexone: usually protected. Currently using "
                        "illegally: usually not protected, but still cannot be denied health "
                        "care or drug treatment because of that use."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>What the DOJ guidance means in daily life</h2>"
                 "<h3>Work</h3>"
                 "<p>An employer can test for drugs. But a person who takes MOUD as "
                 "prescribed should not be fired, or refused a job, just for that. The "
                 "Equal Employment Opportunity Commission (EEOC) handles job "
                 "discrimination. It says an employer needs real, objective evidence "
                 "that the person cannot do the job safely, even with a reasonable "
                 "accommodation. The other exception is when a separate federal law "
                 "rules the person out. Some safety jobs, like some transportation jobs, "
                 "have their own federal rules. A person on MOUD may also ask for a "
                 "reasonable accommodation, such as a schedule change to get to the "
                 "clinic.</p>"
                 "<h3>Courts, probation and jails</h3>"
                 "<p>State and local courts are covered by the ADA. In 2022 DOJ found that "
                 "several county courts in Pennsylvania broke the ADA. Some ordered people "
                 "on probation to stop their prescribed medicine. Others made people stop their medicine to take part in drug court. DOJ sued. In 2024 the "
                 "state court system agreed to pay the people harmed, urge its courts to "
                 "adopt fair policies, and train staff. DOJ's guidance also gives the "
                 "example of a jail that will not let people keep taking MOUD they were "
                 "prescribed before they came in. It says a blanket policy like that "
                 "would violate the ADA.</p>"
                 "<h3>Skilled nursing and other health care</h3>"
                 "<p>Older adults and people leaving the hospital often need a skilled "
                 "nursing facility for a while. Many facilities have turned away people "
                 "on methadone or buprenorphine. Since 2018, federal prosecutors in "
                 "Massachusetts have settled with many nursing home operators over this. "
                 "The operators agreed to stop blanket refusals, train admissions staff "
                 "and pay penalties. The lesson is simple. A facility must look at each "
                 "person. It cannot say no to everyone on MOUD.</p>"
                 "<h3>Shelters and government programs</h3>"
                 "<p>Homeless shelters, child welfare agencies and social service "
                 "programs are listed in DOJ's guidance too. A shelter that bans "
                 "everyone who takes methadone is likely breaking the law. A child "
                 "welfare agency should not treat a parent's prescribed medicine, by itself, as a "
                 "reason to doubt their parenting.</p>"
                 "<h3>Family members</h3>"
                 "<p>The ADA also protects people because of who they are close to. A "
                 "person should not be treated unfairly because their partner or child "
                 "has opioid use disorder.</p>"
                 "<h2>Asking for a change: accommodations</h2>"
                 "<p>The ADA does more than forbid unfair rules. It also lets a person "
                 "ask for a change so they can take part. At work this is called a "
                 "reasonable accommodation. In government programs and public services "
                 "it is often called a reasonable modification. When a person with a "
                 "disability asks for a change to a policy, the program must consider "
                 "it.</p>"
                 "<p>Here are some examples a person might ask for:</p>"
                 "<ul>"
                 "<li>A later start time on dosing days.</li>"
                 "<li>A shelter letting a resident keep take-home medicine in a "
                 "lockbox.</li>"
                 "<li>A court or probation office accepting proof of a prescription "
                 "instead of demanding the person stop.</li>"
                 "</ul>"
                 "<p>The program does not have to say yes to every request. But it "
                 "should look at the request and answer it. A written request, with a "
                 "date, makes it easier to show later what was asked and what was "
                 "said.</p>"
                 "<h2>What about a return to use?</h2>"
                 "<p>Many people on medication have a return to use at some point. This "
                 "is a hard area of the law. A person who is using illegally right now "
                 "may lose some protection at work or in some programs. But they keep "
                 "the right not to be denied health care or drug treatment because of "
                 "that use. If a person's situation is unclear, that is a question for a "
                 "lawyer. The coach's job is to keep the door to care open and to help "
                 "the person get good advice.</p>"
                 "<h2>Where people can turn</h2>"
                 "<p>DOJ's guidance explains how to file a complaint. People can file an "
                 "ADA complaint with DOJ's Civil Rights Division. Job complaints go to the "
                 "EEOC. Complaints about health care providers can also go to the Office "
                 "for Civil Rights at the Department of Health and Human Services. Legal "
                 "aid offices and disability rights groups can give legal advice. Some "
                 "complaints have deadlines, so acting early helps.</p>"),
                ("callout", {
                    "title": "Coaches give information, not legal advice",
                    "text": (
                        "Say “You may have rights here. Let's find someone who can advise "
                        "you,” not “They are breaking the law.” Each case depends on the facts "
                        "and on state law. Your job is to inform, help document, and connect."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Harold, 71, takes methadone. After hip surgery, the hospital "
                            "tells him a nursing facility turned him down because of his "
                            "methadone. What is accurate?"
                        ),
                        "choices": [
                            ("A blanket refusal of people on methadone is likely "
                             "discrimination under the ADA, and he can get help to "
                             "challenge it", True),
                            ("Nursing facilities can refuse anyone on methadone, because "
                             "methadone is a controlled drug", False),
                            ("He is only protected if he agrees to taper before admission", False),
                        ],
                        "explanation": (
                            "DOJ's guidance names skilled nursing facilities, and federal "
                            "prosecutors have settled many cases over blanket refusals. A "
                            "facility must assess each person. Being a controlled medicine "
                            "taken as prescribed does not make it illegal use."
                        ),
                    },
                    {
                        "prompt": (
                            "Which person is generally NOT protected by the ADA when a "
                            "covered entity acts on the basis of their drug use?"
                        ),
                        "choices": [
                            ("A person fired for using heroin on the job last week", True),
                            ("A person on buprenorphine who has not used illegally in a year", False),
                            ("A person who finished treatment and is wrongly thought to be "
                             "using", False),
                        ],
                        "explanation": (
                            "Current illegal use is generally not protected. People in "
                            "treatment or recovery, and people wrongly thought to be using, "
                            "are protected. Even current use cannot be the reason to deny "
                            "health care or drug treatment."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "jails-courts-and-recovery-housing",
            "title": "Jails, drug courts and recovery housing",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Systems with power over people's lives</h2>"
                 "<p>Some systems hold great power over the people we serve. A jail "
                 "decides whether a person gets their medicine. A judge decides whether a "
                 "person graduates from drug court. A house manager decides whether a "
                 "person has a bed tonight. When these systems treat medication as a "
                 "problem, people are forced into painful choices. This lesson covers "
                 "what peers need to know about each one.</p>"
                 "<h2>Jails and prisons</h2>"
                 "<p>For years, many jails stopped people's methadone or buprenorphine at "
                 "the door. People went through withdrawal in a cell. That is still true "
                 "in some places. But the law and the practice are changing.</p>"
                 "<ul>"
                 "<li>DOJ's guidance gives the example of a jail that will not let people "
                 "continue MOUD prescribed before they came in. It says that blanket "
                 "policy would violate the ADA.</li>"
                 "<li>U.S. Attorneys have written to jails. One letter said jails may not "
                 "change or stop a person's prescribed MOUD unless a licensed health care "
                 "provider changes their treatment plan. It said jails must offer MOUD to "
                 "people for whom it is medically right, and must train staff.</li>"
                 "<li>Disability rights advocates point to the health care exception. "
                 "In their view, a positive drug test at booking should not, by itself, "
                 "be the reason to deny a person their medicine.</li>"
                 "</ul>"
                 "<p>The time right after release is one of the most dangerous in a "
                 "person's life. Overdose is a leading cause of death after release. The "
                 "risk is highest in the first two weeks. One big reason is that a "
                 "person's tolerance drops while they are not using opioids. The body can "
                 "no longer handle what it once did. Staying on medicine, or getting "
                 "reconnected fast, helps protect people. So does leaving with "
                 "naloxone.</p>"
                 "<p>Families often call a peer center first when someone is booked. "
                 "Without the person's consent, you cannot confirm they are your "
                 "participant or share anything about them. You can still give the "
                 "family general information. Tell them how people usually ask the "
                 "jail's medical unit to continue a medicine, and that the person's "
                 "clinic may be able to help if the person agrees.</p>"
                 "<p>What a peer can do: help the person and their family ask the jail's "
                 "medical unit, in writing, to continue the medicine. With the person's "
                 "written consent, help their clinic or prescriber talk with the jail. "
                 "Plan for release before the day comes: where they will dose or fill a "
                 "prescription, how they will get there, and who will meet them. Make "
                 "sure they leave with naloxone and know how to use it.</p>"
                 "<h2>Drug courts and probation</h2>"
                 "<p>Drug courts, also called treatment courts, offer treatment instead "
                 "of jail. In the past, many told people to stop methadone or "
                 "buprenorphine to join or to graduate. Two things have changed that.</p>"
                 "<ul>"
                 "<li><strong>Federal grant rules.</strong> Since 2015, drug courts that "
                 "get drug court grants from SAMHSA or the Bureau of Justice Assistance "
                 "must agree not to deny an eligible person access because they take an "
                 "FDA-approved medicine for a substance use disorder. SAMHSA's grant "
                 "terms say no judge or court staff may deny the use of these medicines "
                 "when a properly authorized physician has prescribed them.</li>"
                 "<li><strong>The ADA.</strong> Every state and local court is covered, "
                 "with or without a federal grant. The Pennsylvania case in the last "
                 "lesson shows DOJ will act when courts order people off their "
                 "medicine.</li>"
                 "</ul>"
                 "<p>Not every drug court gets these grants, and practice still varies. A "
                 "person who is told to stop their medicine should talk with their "
                 "defense lawyer right away. They should also talk with their prescriber "
                 "before making any change. A coach can help them write down exactly "
                 "what they were told, by whom and when.</p>"
                 "<p>Probation and parole matter too. In the Pennsylvania case, DOJ said county courts limited or banned MOUD for people in drug court and for people on probation or parole. A probation officer "
                 "who says “no methadone” is part of a system the ADA covers. The same "
                 "steps apply: write it down, talk to the lawyer, and talk to the "
                 "prescriber before any change.</p>"
                 "<h3>What to write down when a system says no</h3>"
                 "<p>Whether it is a jail, a court or a house, good notes make every "
                 "next step easier. Help the person write down:</p>"
                 "<ul>"
                 "<li>The date, time and place.</li>"
                 "<li>The name and job title of each person they dealt with.</li>"
                 "<li>The exact words used, as close as they can remember.</li>"
                 "<li>Whether there is a written policy, and a copy if they can get "
                 "one.</li>"
                 "<li>What happened to them as a result, such as withdrawal, a missed "
                 "dose, a lost bed or a missed day of work.</li>"
                 "<li>Who they have told since, and what those people said.</li>"
                 "</ul>"
                 "<p>These notes belong to the person. Keep any copies your program "
                 "holds as private as any other record.</p>"
                 "<h2>Recovery housing</h2>"
                 "<p>Recovery homes, sometimes called sober homes, offer a safe place to "
                 "live with peer support. Many have refused people on MOUD. Others "
                 "demand that residents taper by a set date. That leaves a person with "
                 "an awful choice between a home and their medicine.</p>"
                 "<p>Here is what peers should know.</p>"
                 "<ul>"
                 "<li>SAMHSA's best practices for recovery housing say “substance-free” "
                 "does not rule out prescribed medicines taken as directed. That "
                 "includes FDA-approved medicines for opioid use disorder.</li>"
                 "<li>The federal Fair Housing Act treats people in recovery who are not "
                 "using illegally as people with a disability. It bars housing "
                 "discrimination against them. It does not protect current illegal "
                 "use.</li>"
                 "<li>A recovery home run by a state or local government is also "
                 "covered by the ADA. Homes that get government funding may be covered "
                 "too.</li>"
                 "<li>Some states have policies that encourage recovery homes to accept "
                 "residents on MOUD. These are sometimes called medication-friendly or "
                 "medication-capable homes. The National Alliance for Recovery "
                 "Residences has guidance for homes that want to support "
                 "residents on medication.</li>"
                 "</ul>"
                 "<p>A house may still have fair rules for everyone, like storing "
                 "medicine in a lockbox. But a rule that shuts out everyone on MOUD, or "
                 "forces a taper, may be unlawful. A coach can help the person find a "
                 "home that welcomes medication. If the person wants to push back, the "
                 "coach can help them ask for the policy in writing and connect them to "
                 "a fair housing or legal aid group.</p>"
                 "<h3>Questions to help a person ask a recovery home</h3>"
                 "<ul>"
                 "<li>Do you accept residents who take methadone, buprenorphine or "
                 "naltrexone as prescribed?</li>"
                 "<li>Is that written in your house rules? May I see a copy?</li>"
                 "<li>How do residents store their medicine? Who can see it?</li>"
                 "<li>Can I get to my clinic or pharmacy from here on time?</li>"
                 "<li>Do you ever ask residents to taper? If so, who decides?</li>"
                 "<li>How do staff and other residents talk about medication here?</li>"
                 "</ul>"
                 "<p>The answers tell a person a lot about whether the home will support "
                 "their recovery. A house that is vague or hostile on the phone is likely "
                 "to be the same after move-in. It is the person's choice where to live. "
                 "Your job is to help them choose with open eyes.</p>"),
                ("callout", {
                    "title": "Never the coach's call",
                    "text": (
                        "When a jail, court or house says “taper,” the coach does not say "
                        "whether or when to taper. The person's prescriber is the one to ask "
                        "about any change. Your job is to help the person know their options "
                        "and speak up for themselves."
                    ),
                    "tone": "warning",
                }),
                ("scenario", {
                    "title": "A recovery home says he must taper to move in",
                    "situation": (
                        "Calvin Green is 44 and Black. He has taken buprenorphine for two "
                        "years and works at a tire shop. His apartment lease is ending. He "
                        "found a recovery home near his job. On the phone, the house "
                        "manager said, “We are an abstinence house. You can move in if you "
                        "agree to be off Suboxone in 60 days.” Calvin comes to your peer "
                        "center upset. He says, “Maybe I should just do it. I need a place "
                        "to live.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Listen, reflect how stuck he feels, and ask what matters "
                                "most to him about his housing and his recovery."
                            ),
                            "feedback": (
                                "This helps. Calvin is under pressure. Before facts or "
                                "plans, he needs to feel heard. His own goals will guide "
                                "everything that follows."
                            ),
                            "best": True,
                            "next": (
                                "Calvin calms down. He says his medicine has kept him "
                                "steady and he does not want to lose it. But he is scared "
                                "of having no place to go. He asks what he can do."
                            ),
                        },
                        {
                            "text": (
                                "Tell him tapering in 60 days is too fast and he should "
                                "refuse."
                            ),
                            "feedback": (
                                "This crosses into medical advice. A coach does not judge "
                                "the speed of a taper. It also makes the choice for him."
                            ),
                            "best": False,
                            "next": (
                                "Calvin looks unsure. He says his uncle thinks he should "
                                "taper anyway. Now he feels pulled between two people "
                                "telling him what to do."
                            ),
                        },
                        {
                            "text": (
                                "Call the house manager right away and tell them they "
                                "are breaking the law."
                            ),
                            "feedback": (
                                "You have no consent to speak for Calvin or to share his "
                                "health information. You also do not give legal "
                                "opinions. This could cost him the bed."
                            ),
                            "best": False,
                            "next": (
                                "Calvin is alarmed. He did not want you to call. He worries "
                                "the house will now think he is a troublemaker."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Calvin wants to keep his medicine and still find housing. What "
                            "is the most helpful next step?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Share that recovery housing guidance supports "
                                    "residents on MOUD and that fair housing law may "
                                    "protect him. Then ask if he wants help finding "
                                    "medication-friendly homes, planning what to say to "
                                    "this house, or reaching legal aid."
                                ),
                                "feedback": (
                                    "This gives him facts and options and leaves the "
                                    "choice with him. It starts with self-advocacy and "
                                    "offers more help only if he wants it."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Tell him to agree to the taper for now and stop it "
                                    "quietly after he moves in."
                                ),
                                "feedback": (
                                    "This asks him to be dishonest, puts his housing at "
                                    "risk, and treats his medicine as something to hide."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell him to ask his prescriber to write a note "
                                    "saying he will be off the medicine soon."
                                ),
                                "feedback": (
                                    "This pushes a medical decision he has not made. Any "
                                    "talk with his prescriber should be about what he "
                                    "wants, in his words."
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
            "slug": "privacy-and-how-a-peer-advocates",
            "title": "Privacy under 42 CFR Part 2, and how a peer advocates",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>42 CFR Part 2 in plain words</h2>"
                 "<p>42 CFR Part 2 is a federal privacy rule for substance use disorder "
                 "treatment records. People call it “Part 2.” It covers records from "
                 "federally assisted programs that provide substance use treatment, like "
                 "opioid treatment programs. It is stricter than HIPAA, the general "
                 "health privacy law. It exists because people will not seek care if "
                 "they fear their records will be used against them.</p>"
                 "<p>In February 2024, the Department of Health and Human Services "
                 "issued a final rule that changed Part 2. It took effect in April 2024. "
                 "Programs must follow it by February 16, 2026. Here are the big changes "
                 "in plain words.</p>"
                 "<ul>"
                 "<li><strong>One consent for care and billing.</strong> A person can "
                 "now sign one consent that covers all future uses of their records for "
                 "treatment, payment and health care operations. (Health care operations "
                 "means the day-to-day business of running care, like quality checks.) "
                 "The consent can stay in place until the person takes it back in writing.</li>"
                 "<li><strong>Still protected in court.</strong> Part 2 records cannot be "
                 "used against the person in criminal, civil, administrative or "
                 "legislative proceedings without the person's consent or a court order. "
                 "This applies even after records are shared for treatment.</li>"
                 "<li><strong>Breach notice.</strong> If records are lost, stolen or "
                 "wrongly shared, programs must notify people the way HIPAA requires for "
                 "other health records.</li>"
                 "<li><strong>Penalties like HIPAA.</strong> Violations can now bring the "
                 "same kinds of civil and criminal penalties as HIPAA. People can file "
                 "complaints with the Department of Health and Human Services.</li>"
                 "<li><strong>Counseling notes.</strong> Notes a counselor keeps apart "
                 "from the main record get extra protection. They need their own, "
                 "separate consent.</li>"
                 "</ul>"
                 "<h2>What Part 2 means for a peer</h2>"
                 "<p>First, protect people's privacy yourself. Never tell anyone that a "
                 "person goes to a clinic, takes MOUD, or talks with you, unless they "
                 "have said yes. That includes family, landlords, probation officers and "
                 "other staff outside your program. If your program is covered by Part "
                 "2, follow its consent forms and rules, and ask your supervisor when "
                 "you are unsure.</p>"
                 "<p>Second, help people understand what they sign. Many people are "
                 "handed a consent form and told to sign fast. A coach can sit with them "
                 "and go through it. Who gets the information? For what purpose? For how "
                 "long? How do I take it back? A person who knows that their records "
                 "stay protected in court may feel safer being honest with their care "
                 "team.</p>"
                 "<p>Third, remember that consent is the person's to give. A person may "
                 "say yes to their clinic talking with their primary doctor, but no to "
                 "their clinic talking with their employer. Both are fine.</p>"),
                ("callout", {
                    "title": "A quick privacy habit",
                    "text": (
                        "Before you share anything about a person, ask yourself three "
                        "things. Did they agree to this? Did they agree to share it with "
                        "this person? Is this only what is needed? If any answer is no, stop "
                        "and ask them first."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>How a peer advocates: three steps</h2>"
                 "<p>SAMHSA's core competencies for peer workers say peer support is "
                 "always directed by the person. It honors many pathways to recovery and "
                 "is voluntary. Advocacy follows the same values. We do not take over. We "
                 "help people find and use their own voice, and we stand beside them "
                 "when they ask. Think of advocacy as three steps, in this order.</p>"
                 "<h3>Step 1: Coach self-advocacy</h3>"
                 "<p>Start here almost every time. Self-advocacy means the person speaks "
                 "up for themselves, with your support. It builds confidence that lasts "
                 "long after the problem is solved. Here is what self-advocacy coaching "
                 "looks like.</p>"
                 "<ol>"
                 "<li><strong>Listen and get the facts.</strong> What happened? Who said "
                 "it? When? Was it in writing?</li>"
                 "<li><strong>Find the goal.</strong> Ask, “What do you want to happen?” "
                 "The goal is theirs, not yours.</li>"
                 "<li><strong>Share information.</strong> Explain, in general terms, the "
                 "rights that may apply. Be clear that you are not a lawyer.</li>"
                 "<li><strong>Plan it.</strong> Who is the right person to talk to? What "
                 "will they say? What will they ask for? Help them write a few short "
                 "lines. For example: “I take a medicine prescribed for a health "
                 "condition. I am asking you to change your policy for me so I can keep "
                 "taking it. Please give me your decision and the reason in "
                 "writing.”</li>"
                 "<li><strong>Practice.</strong> Role-play the talk. Let them try it "
                 "more than once.</li>"
                 "<li><strong>Keep records.</strong> Write down dates, names and what "
                 "was said. Keep copies of letters and emails.</li>"
                 "<li><strong>Check in after.</strong> How did it go? What is next?</li>"
                 "</ol>"
                 "<h3>Step 2: Advocate with consent</h3>"
                 "<p>Sometimes a person asks you to do more. They may want you to make a "
                 "call, come to a meeting, or write a letter. That is fine, with their "
                 "consent. Get it in writing if your program requires it. Agree ahead of "
                 "time on what you will share and what you will not. Speak with them, "
                 "not for them, and let them lead when they can. Afterward, tell them "
                 "exactly what was said. If they change their mind, stop.</p>"
                 "<p>You may also connect them to someone who can do more. That could be "
                 "legal aid, a disability rights group, a fair housing group, or the "
                 "patient advocate at their clinic. Going with a person to that first "
                 "appointment is often the most useful thing you can do.</p>"
                 "<h3>Step 3: Systems advocacy</h3>"
                 "<p>When many people hit the same wall, the problem is the system, not "
                 "the person. Systems advocacy works to change the rule for everyone. It "
                 "might look like this:</p>"
                 "<ul>"
                 "<li>Tracking, without names, how often people are turned away by the "
                 "same jail, court or house, and bringing it to your supervisor.</li>"
                 "<li>Offering training to recovery home operators or shelter staff on "
                 "medication-assisted recovery.</li>"
                 "<li>Joining a recovery community group or coalition that works with "
                 "courts, jails or your county.</li>"
                 "<li>Sharing your own story, if you choose, at a public meeting.</li>"
                 "</ul>"
                 "<p>Never use a person's story in systems work without their clear "
                 "permission. Check your program's policy before you speak for it in "
                 "public. Systems advocacy is how methadone patients built peer-run "
                 "recovery programs in the first place. It is part of our history, and "
                 "part of your job.</p>"
                 "<h2>When advocacy goes wrong</h2>"
                 "<p>Good intentions can still hurt people. Watch for these traps.</p>"
                 "<ul>"
                 "<li><strong>Taking over.</strong> You make the call because it is "
                 "faster. The person learns that they cannot do it.</li>"
                 "<li><strong>Promising results.</strong> You say, “They have to take "
                 "you.” If the answer is no, the person feels let down by you too.</li>"
                 "<li><strong>Sharing too much.</strong> You give a landlord or a boss "
                 "details the person never agreed to share.</li>"
                 "<li><strong>Your anger, not theirs.</strong> You may have faced the "
                 "same stigma. Your feelings are real. But the fight you choose must be "
                 "the person's fight, at the pace they choose.</li>"
                 "<li><strong>Playing lawyer or doctor.</strong> You tell someone they "
                 "will win a case, or that a dose is too low. Both are outside your "
                 "role.</li>"
                 "</ul>"
                 "<p>When you are unsure, bring it to supervision. Asking for help is "
                 "part of doing this work well.</p>"),
                ("scenario", {
                    "title": "Her methadone was stopped in county jail",
                    "situation": (
                        "Alma Delgado is 36 and a mother of two. She has been a patient at "
                        "an opioid treatment program for three years. She spent nine days "
                        "in county jail. The jail did not give her methadone, and she went "
                        "through withdrawal. She was released this morning and came straight "
                        "to your peer center. She says, “I feel awful. I don't know if the "
                        "clinic will even take me back. And I am so angry at that jail.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Acknowledge how hard the last nine days were, then ask "
                                "if she wants help getting in touch with her clinic today."
                            ),
                            "feedback": (
                                "This helps. Her safety comes first. After time off opioids "
                                "her tolerance may be lower, so reconnecting with her "
                                "clinic fast matters. The clinic, not the coach, decides "
                                "about her dose."
                            ),
                            "best": True,
                            "next": (
                                "Alma calls her clinic from your office. They tell her to "
                                "come in this afternoon to see the medical staff. You make "
                                "sure she has naloxone. She says, “I want to do something "
                                "about that jail, so this doesn't happen to anyone else.”"
                            ),
                        },
                        {
                            "text": (
                                "Tell her she can probably go back to her old dose today "
                                "since it was only nine days."
                            ),
                            "feedback": (
                                "This is medical advice, and it could be dangerous. Only "
                                "her clinic's medical staff can decide her dose after a "
                                "gap."
                            ),
                            "best": False,
                            "next": (
                                "Alma goes to the clinic expecting her old dose. When the "
                                "staff explain they must assess her first, she feels "
                                "misled and leaves upset."
                            ),
                        },
                        {
                            "text": (
                                "Start by helping her write a complaint about the jail, "
                                "while the details are fresh."
                            ),
                            "feedback": (
                                "Writing it down matters, but not first. She is sick and at "
                                "risk right now. Reconnecting her to care comes before the "
                                "complaint."
                            ),
                            "best": False,
                            "next": (
                                "Halfway through, Alma says she feels too sick to go on. "
                                "She leaves without having called her clinic."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Alma is back on her medicine and wants to act on what happened "
                            "at the jail. What is the best way to support her?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Help her write down what happened, with dates and "
                                    "names. Share that DOJ says blanket bans on MOUD in "
                                    "jail can violate the ADA. Offer to connect her with "
                                    "legal aid or a disability rights group, and ask if "
                                    "she wants you to come along."
                                ),
                                "feedback": (
                                    "This is self-advocacy first, then advocacy with her "
                                    "consent. If you hear the same story from others, it "
                                    "may also lead to systems advocacy."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Call the local news yourself and tell them Alma's "
                                    "story."
                                ),
                                "feedback": (
                                    "This shares her private health information without "
                                    "consent and takes her story out of her hands."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her it is not worth it, because jails never "
                                    "change."
                                ),
                                "feedback": (
                                    "This takes away her hope and her choice. Jails have "
                                    "changed after complaints and DOJ action."
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
        "slug": "module-4-check",
        "title": "Module 4 check: Stigma, rights and the systems people meet",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Destiny, 31, is pregnant and has taken buprenorphine for a year. Her "
                    "partner's family says she must get off it “before the baby comes.” "
                    "She asks you, “Should I stop?” What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask how the family's words affect her and what she wants, then help "
                     "her list her questions to bring to her prescriber and her "
                     "pregnancy care team", True),
                    ("Tell her to keep taking it, because stopping during pregnancy is "
                     "risky", False),
                    ("Tell her to start a slow taper so the family will back off", False),
                    ("Tell her to avoid the topic with the family until the baby is born", False),
                ],
                "explanation": (
                    "Whether to continue or change a medicine is a decision for Destiny and "
                    "her prescriber. The coach explores her feelings and goals and helps her "
                    "prepare for that talk. Telling her to stay on, taper, or avoid her "
                    "family all make the choice for her."
                ),
            },
            {
                "prompt": (
                    "Gilbert, 66, has taken methadone for twenty years. At a mutual-aid meeting, "
                    "a member told him he was “not really clean” and should not share. He "
                    "tells you he is thinking of quitting meetings. What is the best "
                    "response?"
                ),
                "multiple": False,
                "choices": [
                    ("Listen, affirm that medication-assisted recovery is recovery, and "
                     "ask what he gets from meetings and whether he wants help finding "
                     "groups that welcome people on medication", True),
                    ("Tell him to stop mentioning his methadone at meetings so it will "
                     "not be an issue", False),
                    ("Tell him to go back and confront the member at the next meeting", False),
                    ("Tell him meetings are not needed for people on medication", False),
                ],
                "explanation": (
                    "The coach names the stigma, affirms his recovery, and explores his own "
                    "goals and options. Hiding his medicine feeds shame. Confronting or "
                    "dropping meetings may be his choice later, but it should not be the "
                    "coach's order."
                ),
            },
            {
                "prompt": (
                    "Brenda, 33, was offered a job at a medical supply warehouse. After a "
                    "pre-hire drug test showed buprenorphine, HR said the offer is on hold "
                    "“until she is off it.” The job is not a safety-sensitive transportation "
                    "job. What should the coach do?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell her she may be protected because she takes a prescribed medicine, "
                     "help her write down what happened and ask for the decision in "
                     "writing, and connect her with legal aid or the EEOC", True),
                    ("Tell her the employer is allowed to do this because buprenorphine "
                     "shows up on drug tests", False),
                    ("Call HR yourself and tell them they are breaking the ADA", False),
                    ("Suggest she ask her prescriber to switch her to a medicine that does "
                     "not show on tests", False),
                ],
                "explanation": (
                    "An employer may test, but generally cannot refuse a job just because "
                    "a person takes MOUD as prescribed, unless there is objective evidence "
                    "she cannot do the job safely or another federal law rules her out. The "
                    "coach informs, helps document and connects. Calling HR without consent "
                    "and steering her medicine are outside the role."
                ),
            },
            {
                "prompt": (
                    "Which of these situations would likely violate the ADA, based on the "
                    "law and DOJ's guidance? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("A county jail stops everyone's prescribed methadone at booking as a "
                     "blanket policy", True),
                    ("A skilled nursing facility refuses all applicants who take "
                     "buprenorphine", True),
                    ("An emergency room refuses to treat a man's broken arm because he is "
                     "using heroin", True),
                    ("An employer fires a worker for using heroin on the job", False),
                    ("A residential treatment program discharges a resident for using drugs "
                     "inside the program", False),
                ],
                "explanation": (
                    "Blanket bans on MOUD in jails and nursing facilities are the kinds of "
                    "policies DOJ has called ADA violations. Under 42 U.S.C. 12210(c), "
                    "health care cannot be denied because of current illegal use. Current "
                    "illegal use at work is not protected, and a treatment program may "
                    "enforce rules about using in the program."
                ),
            },
            {
                "prompt": (
                    "Jamal, 24, is in a county drug court. His case manager says he must be "
                    "off buprenorphine by his last phase to graduate. What is most helpful "
                    "for the coach to do?"
                ),
                "multiple": False,
                "choices": [
                    ("Share that federally funded drug courts agree not to deny FDA-approved "
                     "medicines and that the ADA covers courts, encourage him to talk with "
                     "his defense lawyer and his prescriber, and help him write down what "
                     "he was told", True),
                    ("Tell him drug courts can set any rule they want, so he should plan to "
                     "taper", False),
                    ("Tell him to stop his buprenorphine now so he finishes on time", False),
                    ("Tell him to ignore the rule, because the court cannot enforce it", False),
                ],
                "explanation": (
                    "Since 2015, drug courts with SAMHSA or Bureau of Justice Assistance "
                    "grants must not deny people these medicines, and DOJ has acted against "
                    "courts under the ADA. Legal strategy belongs with his lawyer and "
                    "medicine decisions with his prescriber. Ignoring a court rule could "
                    "put him at risk."
                ),
            },
            {
                "prompt": (
                    "Raúl, 52, is asked by his opioid treatment program to sign a new "
                    "consent under the updated Part 2 rule. He worries his probation officer "
                    "will use his records against him. What is accurate to share?"
                ),
                "multiple": False,
                "choices": [
                    ("The single consent covers treatment, payment and health care "
                     "operations. Part 2 records still cannot be used against him in legal "
                     "proceedings without his consent or a court order, and he can take "
                     "the consent back in writing.", True),
                    ("Once he signs, anyone involved in his care or his case can see his "
                     "records", False),
                    ("Part 2 no longer protects records in court since the 2024 rule", False),
                    ("He must sign it or the program has to discharge him", False),
                ],
                "explanation": (
                    "The 2024 rule allows one consent for all future treatment, payment and "
                    "health care operations uses, until it is revoked in writing. It keeps "
                    "the ban on using Part 2 records against the patient in criminal, civil, "
                    "administrative or legislative proceedings without consent or a court "
                    "order."
                ),
            },
            {
                "prompt": (
                    "Alma's brother calls your peer center. He says Alma is in county jail "
                    "and asks whether she is one of your participants and what clinic she "
                    "goes to. Alma has not given consent to share with him. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Do not confirm she is a participant. Give him general information on "
                     "MOUD in jails and how families can ask the jail's medical unit for "
                     "help, and offer to take a message", True),
                    ("Tell him her clinic's name, since he is family and wants to help", False),
                    ("Confirm she is a participant but say nothing else", False),
                    ("Call the jail and tell them about her methadone", False),
                ],
                "explanation": (
                    "Even confirming that someone is a participant can reveal that they are "
                    "in treatment. Without consent, share nothing about her. You can still "
                    "give general information that anyone could use and pass along a "
                    "message."
                ),
            },
            {
                "prompt": (
                    "Cedric asks you to call the manager of a recovery home that said he "
                    "must taper off methadone to move in. Which steps should come BEFORE "
                    "the call? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Get his consent, in writing if your program requires it", True),
                    ("Agree with him on exactly what you will and will not share", True),
                    ("Ask whether he wants to be on the call or make it himself with you "
                     "there", True),
                    ("Decide for him what he should ask the house for", False),
                    ("Send the manager a copy of his treatment records to prove he is "
                     "stable", False),
                ],
                "explanation": (
                    "Advocacy with consent means he agrees to the call, sets the limits on "
                    "what is shared, and leads where he can. The goal is his to choose, and "
                    "treatment records are protected and not needed to ask a house to change "
                    "its policy."
                ),
            },
            {
                "prompt": (
                    "In one month, four people at your peer center were turned away by the "
                    "same chain of recovery homes because they take MOUD. Each person has "
                    "already been helped to find other housing. What is a good systems "
                    "advocacy step?"
                ),
                "multiple": False,
                "choices": [
                    ("Bring the pattern, without names, to your supervisor and suggest "
                     "offering the operator information on recovery housing guidance and "
                     "medication-assisted recovery", True),
                    ("Post the four people's stories on social media to pressure the "
                     "operator", False),
                    ("Stop referring anyone to recovery housing", False),
                    ("Tell future participants on MOUD not to mention their medicine when "
                     "they apply", False),
                ],
                "explanation": (
                    "Systems advocacy targets the rule, protects privacy and works through "
                    "your program. Sharing stories without consent breaks trust. Avoiding "
                    "housing or hiding medicine leaves the barrier in place."
                ),
            },
            {
                "prompt": (
                    "At a team meeting, a counselor says, “She is still on methadone, so "
                    "she is not really in recovery yet.” What is the most helpful thing a "
                    "peer coach can say?"
                ),
                "multiple": False,
                "choices": [
                    ("Medication-assisted recovery is recovery. She is working, "
                     "reconnecting with her kids and meeting her goals, and that is what "
                     "recovery looks like.", True),
                    ("Nothing, because it is not a peer's place to disagree with a "
                     "counselor", False),
                    ("You are right, but she is doing her best", False),
                    ("Let's ask her prescriber when she will be finished with methadone", False),
                ],
                "explanation": (
                    "Peers model recovery-oriented language and gently correct myths, "
                    "including on teams. Recovery is about health, wellness and a "
                    "self-directed life, not about stopping a prescribed medicine."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain why medication-assisted recovery is "
            "recovery and replace stigmatizing words with person-first language.",
            "Participants will be able to describe, in plain words, who the ADA protects, "
            "the health care exception in 42 U.S.C. 12210(c), and where people can turn "
            "for help.",
            "Participants will be able to name how jails, drug courts, recovery housing and "
            "42 CFR Part 2 affect people on MOUD.",
            "Participants will be able to coach a person through a self-advocacy plan "
            "without giving legal or medical advice.",
            "Participants will be able to tell self-advocacy, advocacy with consent and "
            "systems advocacy apart and choose the right step.",
        ],
        "agenda": [
            {
                "title": "Opening: where have you met stigma?",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Welcome the group. Say: this module is about stigma, rights and "
                    "advocacy, and everyone here is an expert from their own life. Remind "
                    "the group that sharing is optional and that what is shared stays in "
                    "the room. Ask the questions below. Write short answers on the flip "
                    "chart under four headings: treatment, meetings, family, work. Close by "
                    "saying: medication-assisted recovery is recovery, and every example on "
                    "this chart is something a coach can help with."
                ),
                "materials": ["Flip chart and markers"],
                "questions": [
                    "Where have you seen or felt stigma about methadone or buprenorphine?",
                    "What words have you heard used about people on medication that you "
                    "would never use as a coach?",
                ],
            },
            {
                "title": "Rights in plain words",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Walk through the Know Your Rights handout. Cover: the ADA usually "
                    "protects people in treatment or recovery, including people on MOUD; "
                    "current illegal use is generally not protected; health care and drug "
                    "treatment cannot be denied because of current use; DOJ's 2022 guidance "
                    "names jails, courts, skilled nursing facilities, shelters and "
                    "employers. Give the Pennsylvania courts case and the nursing facility "
                    "settlements as real examples. Then cover drug court grant conditions, "
                    "recovery housing and the Fair Housing Act, and the 2024 Part 2 rule. "
                    "Stress two limits: coaches give information, not legal advice, and "
                    "never give advice about medication changes. Take two or three "
                    "questions."
                ),
                "materials": [
                    "Handout: Know your rights when you take medication for OUD",
                    "Flip chart with the three advocacy steps",
                ],
            },
            {
                "title": "Demonstration: coaching self-advocacy",
                "minutes": 5,
                "method": "demonstration",
                "description": (
                    "With a co-facilitator or volunteer playing Calvin from the recovery "
                    "home scenario, model three minutes of self-advocacy coaching. Show "
                    "these moves out loud: reflect feelings, ask what he wants, share "
                    "rights in general terms, help him write two sentences to say to the "
                    "house manager, and ask if he wants to practice. Then ask the group "
                    "what they noticed and what the coach did not do (no taper advice, no "
                    "call without consent)."
                ),
                "materials": ["Handout: Self-advocacy planning sheet"],
            },
            {
                "title": "Role play: self-advocacy coaching",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Form groups of three: coach, participant, observer. Give each group "
                    "the script and the planning sheet. Round one runs 7 minutes, then 2 "
                    "minutes of observer feedback using the checklist. Rotate roles for a "
                    "shorter second round if time allows, or spend the time on feedback. "
                    "Walk the room. If a coach starts giving medical or legal advice, pause "
                    "the group and ask, “Whose decision is that?” Call time at 15 minutes."
                ),
                "materials": [
                    "Role play script cards",
                    "Handout: Self-advocacy planning sheet",
                    "Observer checklist",
                ],
                "roles": [
                    "Coach",
                    "Participant (Eduardo Ortega, 47, Latino, on methadone 5 years, job offer "
                    "on hold after a drug test)",
                    "Observer",
                ],
                "script": (
                    "Situation: Eduardo Ortega is 47 and has been at an opioid treatment "
                    "program for five years. He was offered a job loading trucks at a "
                    "grocery warehouse. It is not a driving job. After the pre-hire drug "
                    "test, HR called and said the offer is on hold until he is off "
                    "methadone. He wants the job. He also does not want to stop his "
                    "medicine. He has not decided whether to push back, and he is worried "
                    "about everyone at work finding out. Participant opening lines: “They "
                    "told me the job is on hold until I'm off methadone. I've been doing "
                    "everything right for five years. I need this job, man. Maybe I should "
                    "just tell them I'll get off it. What would you do?” Notes for the "
                    "participant: if the coach tells you what to do, go along but look "
                    "unsure. If the coach asks what you want, tell them you want the job "
                    "and your medicine. If the coach helps you plan, ask for help with "
                    "what to say to HR."
                ),
                "observer_checklist": [
                    "Coach used open questions and reflected Eduardo's feelings",
                    "Coach asked what Eduardo wants before offering options",
                    "Coach shared rights in general terms and said they are not a lawyer",
                    "Coach gave no advice about tapering, dose or timing of medication",
                    "Coach helped Eduardo plan who to talk to and what to say or ask for, "
                    "including asking for the decision in writing",
                    "Coach suggested keeping records of dates, names and what was said",
                    "Coach asked before offering to do anything on Eduardo's behalf and "
                    "respected his choice about disclosure",
                ],
            },
            {
                "title": "Debrief: which step of advocacy?",
                "minutes": 7,
                "method": "discussion",
                "description": (
                    "Bring the group back together. Ask observers to share one strong move "
                    "they saw. Then read out three short cases and ask the group which step "
                    "fits: a woman whose methadone was stopped in jail and who wants to "
                    "complain (self-advocacy, then advocacy with consent); a man who asks "
                    "the coach to call his landlord (advocacy with consent); four people "
                    "turned away by the same recovery home chain (systems advocacy). Close "
                    "the debrief with the Part 2 privacy habit: did they agree, to this "
                    "person, and is it only what is needed?"
                ),
                "materials": ["Flip chart with the three advocacy steps"],
                "questions": [
                    "What did the coach do that helped Eduardo find his own voice?",
                    "When would you move from self-advocacy to advocating with consent?",
                    "What patterns have you seen that call for systems advocacy where you "
                    "live or work?",
                ],
            },
            {
                "title": "Teach-back and close",
                "minutes": 3,
                "method": "teach_back",
                "description": (
                    "Ask each person to tell a partner, in one or two sentences, what they "
                    "would say to someone told to stop their medicine by a jail, court or "
                    "house. Listen for rights in general terms, no medical advice, and an "
                    "offer to help plan. Thank the group and remind them the module check "
                    "is online."
                ),
                "materials": [],
            },
        ],
        "handouts": [
            {
                "title": "Know your rights when you take medication for OUD",
                "text": (
                    "This sheet is general information, not legal advice. Laws apply "
                    "differently to each situation and state.\n\n"
                    "Medication-assisted recovery is recovery. You do not have to stop a "
                    "prescribed medicine to count as in recovery.\n\n"
                    "The Americans with Disabilities Act (ADA)\n"
                    "- Opioid use disorder is usually a disability under the ADA.\n"
                    "- People in treatment or recovery, including people taking methadone, "
                    "buprenorphine or naltrexone as prescribed, are usually protected.\n"
                    "- Current illegal drug use is generally not protected.\n"
                    "- Even so, no one can be denied health care or drug treatment because "
                    "of current illegal use, if they are otherwise eligible (42 U.S.C. "
                    "12210(c)).\n"
                    "- Employers may drug test, but generally may not refuse or fire you "
                    "just for taking MOUD as prescribed.\n\n"
                    "Places the ADA reaches\n"
                    "- Jails and prisons: DOJ says a blanket ban on continuing prescribed "
                    "MOUD would violate the ADA.\n"
                    "- Courts and probation: DOJ has acted against courts that ordered "
                    "people off their medicine.\n"
                    "- Skilled nursing facilities, hospitals and doctors' offices.\n"
                    "- Homeless shelters, social services and child welfare agencies.\n\n"
                    "Drug courts\n"
                    "- Drug courts with federal drug court grants have agreed not to deny "
                    "people FDA-approved medicines. Talk with your defense lawyer and your "
                    "prescriber before any change.\n\n"
                    "Recovery housing\n"
                    "- SAMHSA's recovery housing best practices say “substance-free” does "
                    "not rule out prescribed medicine taken as directed.\n"
                    "- The Fair Housing Act protects people in recovery from housing "
                    "discrimination.\n\n"
                    "Your treatment records (42 CFR Part 2)\n"
                    "- You can sign one consent for treatment, payment and health care "
                    "operations. You can take it back in writing.\n"
                    "- Your records cannot be used against you in court or other legal "
                    "proceedings without your consent or a court order.\n"
                    "- Programs must tell you if your records are breached.\n\n"
                    "Where to turn\n"
                    "- Legal aid and your state's disability rights organization.\n"
                    "- The Department of Justice Civil Rights Division for ADA complaints.\n"
                    "- The EEOC for job discrimination.\n"
                    "- The HHS Office for Civil Rights for health care and privacy "
                    "complaints.\n"
                    "- Your peer coach, to help you plan, practice and keep records."
                ),
            },
            {
                "title": "Self-advocacy planning sheet",
                "text": (
                    "Use this sheet with your coach. You decide what to do.\n\n"
                    "1. What happened?\n"
                    "- Date, place, who said it, and exactly what they said or wrote.\n\n"
                    "2. What do I want to happen?\n"
                    "- My goal, in my own words.\n\n"
                    "3. What rights might apply?\n"
                    "- Ask your coach for general information, and a lawyer for legal "
                    "advice.\n\n"
                    "4. Who is the right person to talk to?\n"
                    "- Name, title, and how to reach them.\n\n"
                    "5. What will I say and ask for?\n"
                    "- Example: I take a medicine prescribed for a health condition. I am "
                    "asking you to change your policy for me so I can keep taking it. "
                    "Please give me your decision and the reason in writing.\n\n"
                    "6. What will I share about my health?\n"
                    "- Only what I choose. I do not have to share my records.\n\n"
                    "7. Practice\n"
                    "- Try it out loud with my coach at least once.\n\n"
                    "8. Records I will keep\n"
                    "- Notes after every call or meeting. Copies of letters, emails and "
                    "texts.\n\n"
                    "9. If it does not work, my next step\n"
                    "- Legal aid, a disability rights group, a fair housing group, or a "
                    "complaint.\n\n"
                    "10. Do I want my coach to do more?\n"
                    "- If yes, what, with whom, and what may they share?"
                ),
            },
            {
                "title": "Three steps of peer advocacy",
                "text": (
                    "Step 1: Coach self-advocacy. The person speaks for themselves with "
                    "your support. Listen, find their goal, share general information, plan, "
                    "practice, keep records, check in.\n\n"
                    "Step 2: Advocate with consent. When the person asks, make a call, "
                    "attend a meeting or write a letter. Get consent first, agree on what to "
                    "share, let them lead, and report back.\n\n"
                    "Step 3: Systems advocacy. When many people hit the same wall, work to "
                    "change the rule. Track patterns without names, bring them to your "
                    "supervisor, offer training, join coalitions, and share your own story "
                    "if you choose.\n\n"
                    "Always:\n"
                    "- No legal advice: say “you may have rights here.”\n"
                    "- No medical advice: medication decisions belong to the person and "
                    "their prescriber.\n"
                    "- Privacy first: did they agree, to this person, and is it only what "
                    "is needed?"
                ),
            },
        ],
    },
}
