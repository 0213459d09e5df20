"""MAT module 5: The peer's role in medication-assisted recovery. Peer-run support in the MARS
tradition, medication-friendly mutual aid, talks with prescribers, families, crises, and staying
in the peer role."""

MODULE = {
    "slug": "the-peers-role",
    "title": "The peer's role in medication-assisted recovery",
    "domain": "advocacy",
    "intro": (
        "What peers on medication do for one another: run their own recovery support, find "
        "meetings that welcome medication, prepare for talks with prescribers, support families, "
        "respond to a crisis, and stay healthy in the peer role."
    ),
    "minutes": 45,
    "sources": [
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "National Institute on Drug Abuse. Medications to Treat Opioid Use Disorder (Research Report). 2018.",
        "SAMHSA. Peer Support Services in Crisis Care (Advisory). 2022.",
        "SAMHSA. Decisions in Recovery: Treatment for Opioid Use Disorder (shared decision-making "
        "tool and handbook). 2017.",
        "SAMHSA. Opioid Overdose Prevention Toolkit (now the Overdose Prevention and Response "
        "Toolkit). 2013, updated 2023.",
        "SAMHSA. 988 Suicide and Crisis Lifeline launch. 2022.",
        "U.S. Department of Health and Human Services. Medications for the Treatment of Opioid Use "
        "Disorder, final rule revising 42 CFR Part 8. 2024.",
        "U.S. Department of Health and Human Services. Confidentiality of Substance Use Disorder "
        "Patient Records, final rule revising 42 CFR Part 2. 2024.",
        "U.S. Food and Drug Administration. FDA approves first over-the-counter naloxone nasal "
        "spray. 2023.",
        "Office of National Drug Control Policy. MARS: Helping those in need down the path to "
        "recovery. 2011.",
        "Narcotics Anonymous World Services. Bulletin 29: Regarding Methadone and Other Drug "
        "Replacement Programs. 1996; and NA Groups and Medication. 2011.",
        "Alcoholics Anonymous World Services. The A.A. Member: Medications and Other Drugs. "
        "Revised 2011.",
        "SMART Recovery USA. SMART announces move toward abstinence-oriented recovery support. "
        "2019, with 2022 board statement.",
        "SAMHSA GAINS Center (Policy Research Associates). Medication-Assisted Recovery "
        "Anonymous. n.d.",
        "Andraka-Christou B, Totaram R, Randall-Kosich O. Stigmatization of medications for "
        "opioid use disorder in 12-step support groups. American Journal of Drug and Alcohol "
        "Abuse. 2022.",
        "Dazzi T, Gribble R, Wessely S, Fear NT. Does asking about suicide and related "
        "behaviours induce suicidal ideation? Psychological Medicine. 2014.",
        "National Institute of Mental Health. Warning Signs of Suicide. n.d.",
        "Agency for Healthcare Research and Quality. Opioid Use Disorder Playbook: Suicidality "
        "and Overdose Risk. n.d.",
        "Meyers RJ and colleagues. Community Reinforcement and Family Training (CRAFT), as "
        "summarized in SAMHSA's National Registry of Evidence-based Programs and Practices. n.d.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "peer-run-support-in-the-mars-tradition",
            "title": "Peer-run recovery support in the MARS tradition",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>By us and for us</h2>"
                 "<p>MARS stands for Medication Assisted Recovery Services. It started in 2005 "
                 "in the Bronx, in New York City. The people who started it were methadone "
                 "patients. For years they had been told that people on medication were not "
                 "“really” in recovery. So they built the support they wished they had found "
                 "when they first walked into a clinic.</p>"
                 "<p>The idea was simple. People in medication-assisted recovery can help each "
                 "other. They can teach each other. And they can speak for themselves. MARS was "
                 "paid for at first by a federal grant for recovery community groups. It grew "
                 "into a model that other programs now copy. If you are training in this course, "
                 "you are most likely joining a program built on that model.</p>"
                 "<h2>What “peer-run” means</h2>"
                 "<p>Many programs hire a peer or two. A peer-run program goes further. People "
                 "who take medication for opioid use disorder (MOUD) lead the work. Here is what "
                 "that looks like in the MARS tradition:</p>"
                 "<ul>"
                 "<li><strong>Peers set the agenda.</strong> A council of members helps decide "
                 "what groups, events and services to offer. When members' needs change, the "
                 "groups change too. One year it might be a women's group and a book club. "
                 "The next it might be a group on going back to work.</li>"
                 "<li><strong>Peers train peers.</strong> Members learn about addiction, how the "
                 "medications work, clinic rules and recovery. Then they teach the next group. "
                 "A member today can be a trainer tomorrow.</li>"
                 "<li><strong>Peers deliver the services.</strong> Recovery coaching, support "
                 "groups, social events with no alcohol or drugs, and recovery celebrations are "
                 "run by people on medication.</li>"
                 "<li><strong>Peers speak for themselves.</strong> Members share their stories "
                 "in public when they choose to. They speak at events and advocacy meetings, "
                 "and they teach professionals and the public. A saying in this movement is "
                 "“we speak for ourselves.”</li>"
                 "</ul>"
                 "<p>A MARS-style program works alongside the treatment program. It is not the "
                 "clinic. It does not dose anyone, test anyone or write treatment plans. It is a "
                 "recovery community. That gives it a different kind of trust.</p>"
                 "<h2>Why it matters who says it</h2>"
                 "<p>A counselor can tell a new patient, “Methadone is a medicine for a brain "
                 "disease. You are in recovery.” That is true. But some new patients wonder if "
                 "the counselor is just saying it because it is the job. When a coach who has "
                 "taken methadone for ten years says the same thing, it lands in a different way. "
                 "The coach is living proof. People who helped build MARS have said this was one "
                 "of the biggest surprises of the work.</p>"
                 "<p>Think about Ms. Adeyemi. She is 58 and has been on methadone for six years. "
                 "Her church friends still ask when she will “get off that stuff.” At the MARS "
                 "center she sits with women her age who are on the same medicine. They work, "
                 "raise grandchildren and go to church. No one asks her to explain herself. That "
                 "is what peer-run support gives: a place where medication is not the story.</p>"
                 "<h2>A peer on staff, or a peer-run program?</h2>"
                 "<p>It helps to see the difference in a real week. In a clinic with one peer on "
                 "staff, the peer may be asked to chase missed visits or explain clinic rules. "
                 "Those tasks can help. But the clinic decides the job. In a peer-run program, "
                 "members decide much of the work. They might vote to start a Spanish-language "
                 "group, plan a picnic for Recovery Month, or ask the clinic to change how "
                 "people wait for their dose. The program and the clinic talk often and work as "
                 "partners. Still, the peer program keeps its own voice.</p>"
                 "<p>Peer-run does not mean against the clinic. The first MARS center was a "
                 "partnership with a medical school's methadone clinics and served their "
                 "patients. Good partners share "
                 "the same goal: people getting well and staying alive. They just bring "
                 "different things. The clinic brings medicine and counseling. The peer program "
                 "brings community, hope and a voice.</p>"
                 "<h2>Peers in every setting</h2>"
                 "<p>Programs built on this model now reach people in many places. You might "
                 "coach at an opioid treatment program, which is a clinic that gives methadone "
                 "and other medicines. You might work at a community peer center, a health "
                 "center, a recovery house or a jail reentry program. You might meet a young "
                 "mother on buprenorphine, a retired bus driver who has taken methadone for "
                 "twenty years, or a man on a reservation who drives an hour to his clinic. The "
                 "heart of the work is the same everywhere. Meet people where they are. Believe "
                 "in their recovery. Help them build a life they want.</p>"
                 "<h2>Your part in a peer-run program</h2>"
                 "<p>As a coach you are both a worker and a member of a community. That means "
                 "a few things in daily practice:</p>"
                 "<ul>"
                 "<li><strong>Bring people into the community.</strong> Invite the person to "
                 "groups, events and the peer council. The goal is a life full of people, not a "
                 "life tied to one coach.</li>"
                 "<li><strong>Build leaders.</strong> Notice members who could lead a group or "
                 "join the council. Ask them. Some have never been asked to lead "
                 "anything before.</li>"
                 "<li><strong>Share your story with purpose.</strong> Your lived experience is a "
                 "tool. Use it when it helps the other person. Keep it short. Then turn the focus "
                 "back to them. For example: “I was scared to tell my boss about my methadone "
                 "too. What worries you most about it?”</li>"
                 "<li><strong>Respect every pathway.</strong> Some members stay on medication for "
                 "life. Some taper, which means lowering the dose slowly with their prescriber. "
                 "Some change medicines. Your own path is not the model for theirs.</li>"
                 "</ul>"
                 "<h2>What peer work is, and what it is not</h2>"
                 "<p>SAMHSA, the federal agency for substance use and mental health, wrote core "
                 "competencies for peer workers in 2015. Competencies are the skills, knowledge "
                 "and attitudes a job needs. They are grouped into twelve areas. They rest on a "
                 "few ideas. Peer support is recovery-oriented: it holds out hope and honors "
                 "many pathways. It is person-centered: the person directs it. And it is "
                 "voluntary: no one is forced to take part. Training, mentoring and supervision "
                 "help peers grow these skills.</p>"
                 "<p>Peer work is a relationship between equals. You listen, share hope, help the "
                 "person set their own goals and connect them to what they need. You do not "
                 "diagnose. You do not do therapy. You do not give medical advice. You never judge "
                 "if a dose is right, and you never tell someone when to start or stop a "
                 "medicine. Those choices belong to the person and their prescriber. Your job is "
                 "to help the person speak up for what they want.</p>"),
                ("callout", {
                    "title": "The MARS message in one line",
                    "text": (
                        "Medication-assisted recovery is recovery, and people in it can lead, "
                        "teach and speak for themselves."
                    ),
                    "tone": "info",
                }),
                ("reflection", {
                    "min_words": 40,
                    "minutes": 5,
                    "prompt": (
                        "Think of the first time you heard someone on medication tell their "
                        "recovery story, or the first time you told yours. What made it "
                        "believable? How will you use your own story as a coach while keeping "
                        "the focus on the person in front of you?"
                    ),
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "mutual-aid-that-welcomes-medication",
            "title": "Mutual aid that welcomes medication",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Why meetings matter</h2>"
                 "<p>Mutual aid means people with the same problem helping each other, usually "
                 "for free. "
                 "Meetings are the best-known kind. Some studies find that people who take MOUD and also go to mutual-help groups do better than people who take medicine alone. The National Institute on Drug Abuse says these groups can help a lot, "
                 "as long as they do not push people to stop their medicine.</p>"
                 "<p>That last part is the catch. Many people on methadone or buprenorphine have "
                 "had a hard time in some meetings. Studies have found people who were told not "
                 "to speak, who could not find a sponsor, or who were told their time in recovery "
                 "“does not count.” Some people left and never came back. Others tried other "
                 "groups until they found a good one. Your job is to help people find the "
                 "second kind of story.</p>"
                 "<h2>Groups built for medication-assisted recovery</h2>"
                 "<ul>"
                 "<li><strong>Medication-Assisted Recovery Anonymous (MARA).</strong> A "
                 "twelve-step style group made for people who take medication. It uses its own "
                 "version of the steps. Its traditions say the only thing a member needs is a "
                 "wish to live a safer life. MARA has online meetings every day, with cameras "
                 "optional and no sign-up. It also has in-person meetings in many states.</li>"
                 "<li><strong>Peer-run groups at your program.</strong> MARS-style centers run "
                 "their own support groups. These are led by members on medication. Topics come "
                 "from the members.</li>"
                 "<li><strong>All-pathways meetings.</strong> Some recovery community "
                 "organizations run meetings open to anyone in or seeking recovery, whatever "
                 "their path. Some call them All Recovery meetings. People on medication, people "
                 "in twelve-step programs and people using other paths share the same room.</li>"
                 "</ul>"
                 "<h2>Other groups and what they say</h2>"
                 "<p>Always describe fellowships fairly. Tell people what a group's own writings "
                 "say. Do not pass on rumors. And never run down a fellowship that has saved many "
                 "lives.</p>"
                 "<ul>"
                 "<li><strong>SMART Recovery</strong> uses a four-point program: building "
                 "motivation, coping with urges, managing thoughts, feelings and behaviors, and "
                 "living a balanced life. SMART says it welcomes people who take prescribed, FDA-approved medicine for opioid use disorder, and it rejects the idea that this is trading one drug for another. Its US board changed "
                 "its wording from “abstinence-based” to “abstinence-oriented” to make that "
                 "clear. In 2022 it added that members choose their own goals. SMART also runs "
                 "Family and Friends meetings.</li>"
                 "<li><strong>Narcotics Anonymous (NA)</strong> bases its program on complete "
                 "abstinence. Its literature says NA has no opinion on methadone or other "
                 "treatment. An NA bulletin from 1996 said people on methadone are welcome to "
                 "attend and listen, but that sharing or leading at meetings would not carry "
                 "the NA message. A later NA pamphlet lets each group decide how members on "
                 "medication take part. In 2018 NA's world service conference voted to plan new literature on this, and it became a topic for the whole fellowship to discuss, after reports that people on medication "
                 "often did not feel welcome. So the real answer is: it depends on the group. Many NA "
                 "groups welcome people on medication. Some do not.</li>"
                 "<li><strong>Alcoholics Anonymous (AA)</strong> is for people who want to stop "
                 "drinking. AA takes no official stand on methadone or buprenorphine. Its "
                 "pamphlet on medicines says no AA member should “play doctor,” and that medical "
                 "advice should come from a qualified doctor. Members on medication can point to "
                 "that pamphlet if someone gives them medical advice.</li>"
                 "</ul>"
                 "<h2>Helping someone find a welcoming meeting</h2>"
                 "<p>Javier is 34. He started buprenorphine two months ago at a health center. He "
                 "went to one meeting near his home and a man told him he was “still using.” He "
                 "says he is done with meetings. Here is how a coach can help:</p>"
                 "<ol>"
                 "<li><strong>Listen first.</strong> Let him say how it felt. It hurt. Do not "
                 "rush to fix it, and do not bad-mouth the group.</li>"
                 "<li><strong>Ask what he wants.</strong> Does he want a spiritual meeting or a "
                 "secular one? In English or Spanish? Online or in person? Near a bus line? With "
                 "childcare? A men's meeting?</li>"
                 "<li><strong>Use what peers know.</strong> Members and alumni know which local "
                 "meetings are friendly. Keep a list at your program and update it.</li>"
                 "<li><strong>Offer options.</strong> Name two or three choices, such as a MARA "
                 "meeting online, an all-pathways meeting at the recovery center and a SMART "
                 "meeting. Let him pick. Suggest he try a few before he decides.</li>"
                 "<li><strong>Go along or connect.</strong> If your program allows it, go with "
                 "him the first time. Or introduce him to a member who already goes.</li>"
                 "<li><strong>Talk about sharing.</strong> His medicine is private health "
                 "information. He decides if he mentions it, and to whom. Both choices are "
                 "fine.</li>"
                 "<li><strong>Practice a reply.</strong> If someone criticizes his medicine, he "
                 "can say, “My treatment is between me and my doctor,” and move on. He can "
                 "leave early if he needs to.</li>"
                 "<li><strong>Check in after.</strong> Ask what worked and what did not.</li>"
                 "</ol>"
                 "<p>Mutual aid is always the person's choice. Some people do well with no "
                 "meetings at all. Never make meetings a condition of your support.</p>"
                 "<h2>Sponsors, mentors and required meetings</h2>"
                 "<p>In twelve-step groups a sponsor is a more experienced member who guides a "
                 "newer one. A good sponsor can be a great gift. But a sponsor is not a doctor. "
                 "If a person on medication wants a sponsor, help them ask early and kindly: "
                 "“I take buprenorphine as prescribed. Is that okay with you?” It is far better "
                 "to learn the answer on day one than after months of work together. Some people "
                 "find a sponsor in MARA or an all-pathways group. Others find a mentor at the "
                 "peer center instead.</p>"
                 "<p>Sometimes meetings are not a free choice. A court, a probation officer or "
                 "a treatment program may ask a person to go. If the person is worried about how "
                 "they will be treated, help them ask whether other meetings, such as SMART, "
                 "MARA or a peer-run group, can count. Help them bring proof of attendance if "
                 "it is needed. If they are told to stop their medicine to meet a rule, treat "
                 "it as a rights issue. Bring it to your supervisor right away, and help the "
                 "person ask their prescriber for a letter.</p>"
                 "<h2>When there is no good meeting nearby</h2>"
                 "<p>In many rural towns there may be one meeting a week, and it may not feel "
                 "friendly. Online meetings help a lot here. A person with a phone can join a "
                 "MARA or SMART meeting from a kitchen table. Help people test the app, find the "
                 "meeting times and pick a quiet spot.</p>"
                 "<p>Peers can also start meetings. This is the MARS tradition at work. MARA "
                 "posts steps for starting a meeting in person, online or both. A few members "
                 "at your center could start a MARA meeting, an all-pathways meeting or a "
                 "women's group. Talk with your supervisor about space, times and who will lead. "
                 "A meeting that members build themselves often feels the most like home.</p>"
                 "<h2>Recovery housing and other places</h2>"
                 "<p>Meetings are not the only places where medication gets questioned. Some "
                 "recovery houses do not accept residents who take methadone or buprenorphine. "
                 "Researchers have named this as a real barrier. Others welcome residents on "
                 "medication and have clear rules for storing it safely. If someone needs a "
                 "recovery house, help them ask before they move in: “Do you accept residents "
                 "who take prescribed medication for opioid use disorder? Where and how is it "
                 "stored?” Keep a list of houses that say yes. The same goes for sober events, "
                 "faith groups and sports teams. Help people ask good questions up front, so "
                 "they are not caught off guard.</p>"),
                ("callout", {
                    "title": "Fair words about every fellowship",
                    "text": (
                        "Say what a group's own literature says, and add that each meeting is "
                        "different. Avoid sweeping claims such as “NA is against methadone.” "
                        "Many people on medication have found a home group there."
                    ),
                    "tone": "tip",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Lorraine is on methadone and wants to try a twelve-step meeting. She "
                            "asks you if she will be welcome. What is the most accurate answer?"
                        ),
                        "choices": [
                            ("It depends on the group. Let's find out which local meetings "
                             "are friendly and look at a few choices together.", True),
                            ("No. Twelve-step groups do not allow people on methadone.", False),
                            ("Yes. Every twelve-step group must welcome you.", False),
                        ],
                        "explanation": (
                            "Twelve-step groups set many things group by group. Some welcome "
                            "people on medication warmly and some do not. Helping her find a "
                            "friendly meeting, and naming other options, is accurate and fair."
                        ),
                    },
                    {
                        "prompt": (
                            "At a meeting, someone tells Curtis to stop his buprenorphine. "
                            "Which piece of AA literature could he point to?"
                        ),
                        "choices": [
                            ("AA's pamphlet on medications, which says no member should play "
                             "doctor.", True),
                            ("AA's rule that members on medication may not attend.", False),
                            ("AA's official statement that buprenorphine is the best "
                             "treatment.", False),
                        ],
                        "explanation": (
                            "AA takes no official stand on these medicines. Its pamphlet on "
                            "medications says medical advice should come from a qualified "
                            "doctor, not from other members."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "prescribers-and-families",
            "title": "Supporting talks with prescribers, and supporting families",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>The person is the expert on how they feel</h2>"
                 "<p>Doctors, nurse practitioners and physician assistants who prescribe MOUD "
                 "need good information to do their job. Only the person can give it. How do "
                 "they feel in the morning? At night? Do they crave? Can they sleep? Many people "
                 "freeze in a short visit. They say “fine” and walk out with their real question "
                 "unasked. A coach can change that.</p>"
                 "<p>Federal guidance calls this shared decision-making. It means the prescriber "
                 "brings medical knowledge, and the person brings their own values, goals and "
                 "daily life. They decide together. SAMHSA made a free tool for this, called "
                 "Decisions in Recovery. It helps people learn about the medicines, compare them "
                 "and talk with a provider about what they prefer. The 2024 federal rule for "
                 "opioid treatment programs also calls for patient-centered care. And SAMHSA's "
                 "guide on these medicines, TIP 63, says doses and schedules must fit each "
                 "person. That is exactly why the prescriber needs to hear the person's own "
                 "words.</p>"
                 "<h2>How a coach helps without giving medical advice</h2>"
                 "<p>Jasmine is 27 and 20 weeks pregnant. She takes buprenorphine. She tells you "
                 "she feels shaky and sweaty every evening and wonders if she should take an "
                 "extra piece of her film. You do not answer that question. Instead you help her "
                 "get it to the right person:</p>"
                 "<ul>"
                 "<li><strong>Help her describe it.</strong> Ask open questions. “What do you "
                 "notice? What time does it start? How long does it last? What helps?” Use her "
                 "words, not medical words.</li>"
                 "<li><strong>Suggest a simple log.</strong> For a week, she jots down the time "
                 "of her dose, when she feels sick, cravings, sleep and mood. A few lines a day "
                 "is enough.</li>"
                 "<li><strong>Write the questions down.</strong> Help her pick her top three. "
                 "For example: “I feel sick by six at night. What could be going on?” and “Is "
                 "this safe for the baby?”</li>"
                 "<li><strong>Remind her about every medicine.</strong> Encourage her to tell "
                 "each prescriber and her prenatal provider about all her medicines and about "
                 "the pregnancy.</li>"
                 "<li><strong>Practice.</strong> Role-play the talk. Let her say it out loud "
                 "once.</li>"
                 "<li><strong>Plan for the visit.</strong> She can bring the list, bring a "
                 "support person if she wants, ask for plain words, and repeat back what she "
                 "heard: “So you want me to…”</li>"
                 "<li><strong>Follow up.</strong> Ask how it went and what the next step is.</li>"
                 "</ul>"
                 "<p>If she asks, “Should I take more?” a good reply is: “That is a really "
                 "important question for your prescriber. Let's write down exactly what you are "
                 "feeling so you can ask today.” If the clinic is closed, help her use the "
                 "program's after-hours line or the instructions her prescriber gave her.</p>"
                 "<p>The same goes for every big choice. If someone wants to taper, support "
                 "their right to decide. Help them bring it to their prescriber, and help them "
                 "write questions such as “What happens to my tolerance if I lower my dose?” "
                 "Tolerance is how used the body is to opioids. It drops when a person stops "
                 "taking them. Help them plan extra support for that time too. Never say a dose "
                 "is too high or too low, and never compare it to your own.</p>"
                 "<h2>When the person and the prescriber do not agree</h2>"
                 "<p>Sometimes a person leaves a visit upset. Maybe they asked for a change and "
                 "heard no. Maybe they felt rushed or talked down to. Start by listening. Then "
                 "help them sort out what they want to happen next. A coach does not take sides "
                 "on the medical question. A coach helps the person use their voice.</p>"
                 "<ul>"
                 "<li>Help them write a short note of what they asked and what they heard.</li>"
                 "<li>Suggest they ask the prescriber to explain the reason in plain words.</li>"
                 "<li>Help them ask for a follow-up visit to talk about it again.</li>"
                 "<li>Explain the program's ways to raise a concern, such as a patient advocate, "
                 "a patient advisory group or the grievance process.</li>"
                 "<li>Let them know they can ask for a second opinion from another "
                 "prescriber.</li>"
                 "</ul>"
                 "<p>Here is how a short practice talk might go. The coach says, “Let's pretend "
                 "I'm Dr. Patel. What do you want me to know?” The person says, “I'm feeling sick "
                 "every night around six, and I'm scared I'll use.” The coach says, “That was "
                 "clear. You named the time and the worry. What question do you want to ask "
                 "next?” Practice like this builds confidence fast.</p>"
                 "<h2>Supporting families</h2>"
                 "<p>Families carry their own fear, anger and shame. Some have seen overdoses. "
                 "Some have heard for years that methadone is “just another drug.” Family stigma "
                 "can push a person to stop a medicine that is keeping them alive. Families can "
                 "also be a person's biggest support. A coach can help in four ways.</p>"
                 "<h3>1. Education, with the person's permission</h3>"
                 "<p>Share plain facts. TIP 63 says these medicines are safe and effective when "
                 "taken as prescribed. For many people they are part of recovery, and they "
                 "usually work better than treatment without medicine. Offer a family night or a "
                 "handout. Only share what the person has agreed to share.</p>"
                 "<p>Take Mrs. Yazzie. She is raising two grandchildren while her daughter "
                 "rebuilds her life on methadone. She tells you, “She's just trading one drug "
                 "for another.” Do not argue. Ask what she has seen since her daughter started "
                 "treatment. She may say her daughter shows up on time, pays her phone bill and "
                 "calls the kids every night. Then you can say, “That is what this medicine is "
                 "for. It steadies her so she can do those things.” Facts land best "
                 "when they connect to what a family member has already seen with their own "
                 "eyes.</p>"
                 "<h3>2. Naloxone for every household</h3>"
                 "<p>Naloxone reverses an opioid overdose. In 2023 the FDA approved a naloxone "
                 "nasal spray for sale without a prescription. Families can buy it in drug "
                 "stores and other shops. Suggest that they keep it where everyone knows to look, "
                 "and learn the steps. This is not a sign of distrust. It is like keeping a fire "
                 "extinguisher in the kitchen.</p>"
                 "<h3>3. Boundaries and confidentiality</h3>"
                 "<p>A federal law, 42 CFR Part 2, protects the records of substance use "
                 "programs. It protects even the fact that someone is a patient. If a mother "
                 "calls to ask if her son came to the program, you do not confirm or deny it "
                 "unless he has signed a written consent. You can still be kind: “I can't share "
                 "information about anyone, but I can tell you about family support in our "
                 "area.” With consent, share only what the person agreed to. Families also need "
                 "their own boundaries. It is okay for a father to say, “I love you, and I won't "
                 "give you cash.”</p>"
                 "<h3>4. Support for the family itself</h3>"
                 "<p>Point families to help of their own. CRAFT, which stands for Community "
                 "Reinforcement and Family Training, is a tested approach for families. It "
                 "teaches calm, non-judging talk, rewarding healthy steps and caring for "
                 "themselves. SMART Recovery's Family and Friends meetings are another option. "
                 "A family that feels supported is less likely to push a loved one off "
                 "medicine.</p>"),
                ("callout", {
                    "title": "A line to remember",
                    "text": (
                        "Help the person describe it, write it down and bring it to their "
                        "prescriber. The medical answer belongs to the prescriber. The choice "
                        "belongs to the person."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Mr. Nguyen, 67, tells you he gets very sleepy about an hour after "
                            "his methadone dose. What is the best response?"
                        ),
                        "choices": [
                            ("Help him note when it happens and how long it lasts, and plan to "
                             "tell the nurse or prescriber today.", True),
                            ("Tell him his dose is probably too high and he should ask for "
                             "less.", False),
                            ("Tell him that happens to everyone and not to worry.", False),
                        ],
                        "explanation": (
                            "Sleepiness after a dose is something the prescriber needs to hear "
                            "about. A coach helps him describe it and bring it to the medical "
                            "team, without judging the dose or brushing it off."
                        ),
                    },
                    {
                        "prompt": (
                            "A woman calls and says she is Nadia's sister. She asks if Nadia "
                            "is still coming to the program. There is no signed consent. What "
                            "do you say?"
                        ),
                        "choices": [
                            ("You cannot share information about anyone, and you offer "
                             "information about family support.", True),
                            ("Yes, but you cannot say anything more.", False),
                            ("You will ask Nadia to call her back today.", False),
                        ],
                        "explanation": (
                            "42 CFR Part 2 protects even the fact that someone is a patient. "
                            "Saying you will pass on a message also confirms she attends. You "
                            "can still offer general support to the family."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "crisis-and-staying-in-the-peer-role",
            "title": "Recognizing a crisis, and staying well in the peer role",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Two risks to know</h2>"
                 "<p>People with opioid use disorder face a higher risk of suicide than most "
                 "people. The risk rises when someone returns to use. Some overdoses are not "
                 "accidents, even when no one says so. That means a coach needs to be ready for "
                 "two kinds of crisis: thoughts of suicide, and overdose. Often they are linked.</p>"
                 "<h2>Warning signs of suicide</h2>"
                 "<p>The National Institute of Mental Health lists warning signs. Watch and listen "
                 "for someone who:</p>"
                 "<ul>"
                 "<li>talks about wanting to die, having no reason to live, or feeling trapped;</li>"
                 "<li>talks about being a burden to others, like “they would be better off "
                 "without me”;</li>"
                 "<li>pulls away from family, friends or groups;</li>"
                 "<li>gives away things that matter to them or says goodbye;</li>"
                 "<li>uses alcohol or drugs more, or takes big risks;</li>"
                 "<li>looks for a way to die, such as saving up pills;</li>"
                 "<li>suddenly seems calm after a long stretch of deep sadness.</li>"
                 "</ul>"
                 "<p>Big losses, such as a death or a breakup, can raise the risk. Watch more "
                 "closely when someone is going through a hard time like this.</p>"
                 "<h2>What to do: stay, ask, connect</h2>"
                 "<ol>"
                 "<li><strong>Stay.</strong> Do not leave the person alone. Move somewhere "
                 "private if you can.</li>"
                 "<li><strong>Ask directly.</strong> Use plain words: “Are you thinking about "
                 "killing yourself?” Many people fear that asking puts the idea in someone's "
                 "head. A review of the research found it does not. Talking about it may even "
                 "ease the thoughts.</li>"
                 "<li><strong>Listen.</strong> Do not argue, lecture or promise that everything "
                 "will be fine. Say you are glad they told you.</li>"
                 "<li><strong>Connect to 988.</strong> The 988 Suicide and Crisis Lifeline "
                 "started in July 2022. People can call or text 988, or chat online, any time, "
                 "for free. Trained counselors help with thoughts of suicide, mental health or "
                 "substance use crises, and any kind of emotional distress. Spanish is offered, "
                 "and veterans can press 1 for the Veterans Crisis Line. You can also call 988 "
                 "yourself for advice if you are worried about someone. Best of all, call or "
                 "text together, with the person next to you.</li>"
                 "<li><strong>Call 911 for an emergency.</strong> If the person has hurt "
                 "themselves, has the means with them and will not stay safe, or a life is in "
                 "danger right now, call 911.</li>"
                 "<li><strong>Follow your program's crisis protocol.</strong> Every program has "
                 "one. Learn it before you need it. It tells you who to bring in and what to "
                 "write down.</li>"
                 "<li><strong>Tell your supervisor.</strong> Do it right away, the same day. "
                 "Never promise to keep thoughts of suicide a secret. You can say, “I care about "
                 "you too much to keep this to myself.”</li>"
                 "<li><strong>Follow up.</strong> Check in the next day and the days after.</li>"
                 "</ol>"
                 "<h3>When it comes by phone or text</h3>"
                 "<p>Not every crisis happens face to face. A member may text you late at night: "
                 "“I'm done. Thanks for everything.” Answer right away if you are working. Ask "
                 "the same direct question. Ask where they are and if anyone is with them. Keep "
                 "them talking. If you are with a coworker, have them call 911 or your crisis "
                 "line while you stay on with the person. If you get a message like this after "
                 "hours, follow your program's after-hours plan. Make sure every member knows "
                 "that you are not on call all night, and that 988 is.</p>"
                 "<h3>Know the crisis help in your area</h3>"
                 "<p>SAMHSA describes crisis care as three parts: crisis lines like 988, mobile "
                 "crisis teams that come to the person, and crisis centers where someone can "
                 "stay for a short time to get stable. Many of these services now include "
                 "peers, who bring the trust of shared experience. Find "
                 "out what your area has before you need it. Put the names in your phone.</p>"
                 "<h2>Overdose risk and response</h2>"
                 "<p>Overdose risk jumps when a person's tolerance has dropped. This "
                 "happens after time in jail or prison, after detox, after stopping MOUD, and "
                 "in the first weeks after treatment ends. Mixing opioids with alcohol or "
                 "sedatives such as benzodiazepines raises the risk. So does a street supply "
                 "that may hold fentanyl. Talk about these times openly, and make sure people "
                 "leaving jail, like Wade who is heading home to a rural county, have naloxone "
                 "in hand.</p>"
                 "<p>Signs of an overdose include a person who will not wake up, slow or stopped "
                 "breathing, blue or gray lips or fingertips, and gurgling or snoring sounds. "
                 "SAMHSA's overdose toolkit gives these steps:</p>"
                 "<ol>"
                 "<li>Try to wake them. Shout their name and rub hard on the middle of the "
                 "chest.</li>"
                 "<li>Call 911. You can just say someone is not breathing.</li>"
                 "<li>Give naloxone. If there is no change in two to three minutes, give a "
                 "second dose.</li>"
                 "<li>Support breathing with rescue breaths if you are trained.</li>"
                 "<li>When they breathe, roll them on their side. Stay until help arrives.</li>"
                 "</ol>"
                 "<p>Naloxone wears off in about 30 to 90 minutes. Many opioids last longer, so "
                 "the overdose can come back. That is one more reason to call 911 and stay. "
                 "The person may wake up in sudden withdrawal. Treat them with calm and dignity. "
                 "Most states have Good Samaritan laws that give some legal protection to "
                 "people who call for help during an overdose. The details differ by state, so "
                 "learn yours. After things settle, it is fair to gently ask how the person is "
                 "doing and whether they wanted to die. Then follow the steps above.</p>"
                 "<p>The days after an overdose matter too. The person may feel shame, fear or "
                 "anger. Reach out. Say you are glad they are alive. Ask what they need. If they "
                 "want to start or restart treatment, help them get in touch with a prescriber "
                 "quickly. Make sure they and the people around them have naloxone. Talk with "
                 "your supervisor about what happened and how you are doing, even if it went "
                 "well.</p>"
                 "<p>In a true medical emergency, the federal privacy rules for substance use "
                 "records allow needed information to go to medical staff. Your program's "
                 "protocol tells you how this works where you are.</p>"
                 "<h2>Staying well in the peer role</h2>"
                 "<p>Crises stay with you. Many peers have lost members to overdose. Hearing "
                 "others' pain day after day can slowly change how you feel and think. This is "
                 "called vicarious trauma, or secondary trauma. Signs include feeling worn out, "
                 "helpless or guilty, or wanting to avoid certain members. "
                 "For a peer it can also stir up old trauma or cravings. None of this means you "
                 "are weak. It means you care and you need support too.</p>"
                 "<ul>"
                 "<li><strong>Use supervision.</strong> Bring hard cases, mistakes and feelings "
                 "to your supervisor. Ask for a debrief after every crisis.</li>"
                 "<li><strong>Protect your own recovery.</strong> Keep your own meetings, your "
                 "own prescriber visits and your own supports.</li>"
                 "<li><strong>Keep your limits.</strong> Set work hours. Know when you answer "
                 "the phone and when you do not. You are one part of a team, not the whole "
                 "safety net.</li>"
                 "<li><strong>Grieve together.</strong> Losing a member hurts. Ask your team how "
                 "you can honor members who died, together.</li>"
                 "<li><strong>Notice the good.</strong> Peers often say they feel real pride in "
                 "this work. Write down the wins too.</li>"
                 "</ul>"
                 "<p>Staying in the peer role also protects the people you serve. Keep what you "
                 "learn confidential. Share it only as your program's policy allows, and only "
                 "what others need to know. When you are not sure if something is yours to do, "
                 "ask your supervisor before you act.</p>"),
                ("callout", {
                    "title": "Three numbers to know",
                    "text": (
                        "Call or text 988 for a suicidal or emotional crisis. Call 911 when a "
                        "life is in danger right now. Call your supervisor every time."
                    ),
                    "tone": "warning",
                }),
                ("scenario", {
                    "title": "After the Thursday group",
                    "situation": (
                        "Lourdes Reyes is 61 and has been on methadone for 12 years. She has come "
                        "to the Thursday medication-assisted recovery support group for a long "
                        "time. Her husband died in the spring. After tonight's meeting she stays "
                        "to help stack chairs. When the room is empty she says quietly, “I don't "
                        "see the point anymore. Everybody would be better off without me.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Sit down with her, thank her for telling you, and ask "
                                "directly: “Are you thinking about killing yourself?”"
                            ),
                            "feedback": (
                                "Yes. She has named two warning signs: no point in living and "
                                "being a burden. Staying with her and asking plainly shows you "
                                "take her seriously. Asking does not put the idea in her head."
                            ),
                            "best": True,
                            "next": (
                                "Lourdes is quiet, then says, “Sometimes. Last night I counted "
                                "my take-home bottles and my husband's old pain pills.” She adds "
                                "that she does not want to go to a hospital."
                            ),
                        },
                        {
                            "text": (
                                "Tell her, “Don't talk like that. You have so much to live "
                                "for.”"
                            ),
                            "feedback": (
                                "It comes from love, but it shuts the door. She may feel judged "
                                "and stop talking. You still do not know if she is safe."
                            ),
                            "best": False,
                            "next": (
                                "Lourdes says, “I'm just tired,” and reaches for her coat. You "
                                "ask her to sit back down, and you ask her directly about "
                                "suicide. She tells you she counted her take-home bottles and "
                                "her husband's old pain pills last night. She does not want to "
                                "go to a hospital."
                            ),
                        },
                        {
                            "text": (
                                "Tell her grief is normal and that you will check in with her "
                                "at next week's group."
                            ),
                            "feedback": (
                                "Grief is normal, but her words are warning signs. Waiting a "
                                "week leaves her alone with the risk. Ask now."
                            ),
                            "best": False,
                            "next": (
                                "As she leaves, you stop her and ask directly about suicide. "
                                "She says she counted her take-home bottles and her husband's "
                                "old pain pills last night. She does not want to go to a "
                                "hospital."
                            ),
                        },
                        {
                            "text": "Call 911 right away, before you talk with her any further.",
                            "feedback": (
                                "911 is right when a life is in danger right now. Here you do "
                                "not yet know her risk. Calling first, without asking, can "
                                "frighten her and end the talk. Stay and ask first."
                            ),
                            "best": False,
                            "next": (
                                "You put the phone down and ask her directly first. She says "
                                "she counted her take-home bottles and her husband's old pain "
                                "pills last night. She does not want to go to a hospital."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Lourdes has thought about how she would do it, and the means are at "
                            "home. She does not want a hospital. What do you do next?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Stay with her, tell her you cannot keep this to yourself, "
                                    "follow the crisis protocol, bring in your supervisor now, "
                                    "and call or text 988 together. Call 911 if she cannot stay "
                                    "safe."
                                ),
                                "feedback": (
                                    "Right. She has thoughts, a method and the means. That "
                                    "needs more help than one coach. The crisis counselor and "
                                    "your supervisor can plan for her safety, including her "
                                    "medicines, with her. You stay the caring peer beside her."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Promise to keep it between you so she keeps trusting you, "
                                    "and call her tomorrow."
                                ),
                                "feedback": (
                                    "Never promise secrecy about suicide. She is at risk "
                                    "tonight. Trust grows when you are honest and stay with "
                                    "her while you get help."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her to stop taking her take-home doses for a while so "
                                    "there is less at home."
                                ),
                                "feedback": (
                                    "Keeping her safe from her medicines matters, but telling "
                                    "her to skip doses is medical advice and could cause "
                                    "withdrawal. The clinical team and crisis counselor plan "
                                    "this with her."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Give her the 988 number and let her go home, since she "
                                    "said no to a hospital."
                                ),
                                "feedback": (
                                    "Giving the number is not the same as connecting her. With "
                                    "this level of risk, stay, connect her while she is with "
                                    "you, and bring in your supervisor."
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
        "slug": "module-5-check",
        "title": "Module 5 check: The peer's role in medication-assisted recovery",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Della, 45, is on buprenorphine and has been a member of your peer-run "
                    "program for a year. She often helps new members feel welcome. Which step "
                    "best fits the MARS tradition?"
                ),
                "multiple": False,
                "choices": [
                    ("Invite her to co-lead a group or join the peer council.", True),
                    ("Ask the clinic's medical director to pick the next group topics for "
                     "her.", False),
                    ("Wait until she is off medication before offering her a leadership "
                     "role.", False),
                    ("Keep her as a member, since leading is the coach's job.", False),
                ],
                "explanation": (
                    "In a peer-run program, people on medication lead, set the agenda and train "
                    "one another. Being on medication is no bar to leading, and the clinic does "
                    "not set the peer program's agenda."
                ),
            },
            {
                "prompt": (
                    "Javier stopped going to meetings after a member told him he was “still "
                    "using” because he takes buprenorphine. Which responses are helpful? Choose "
                    "all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Ask what he wants in a meeting, then offer two or three welcoming "
                     "options, such as MARA, SMART or an all-pathways meeting.", True),
                    ("Offer to go with him the first time, or connect him with a member who "
                     "attends.", True),
                    ("Tell him NA is against medication and he should never go back.", False),
                    ("Tell him he must attend a meeting each week to keep working with "
                     "you.", False),
                ],
                "explanation": (
                    "Helping him choose among welcoming options and easing the first visit "
                    "support his recovery. Sweeping claims about a fellowship are unfair, since "
                    "groups differ, and mutual aid is always voluntary."
                ),
            },
            {
                "prompt": (
                    "Jasmine, 20 weeks pregnant and on buprenorphine, feels shaky and sweaty "
                    "every evening. She asks if she should take an extra dose. What is the most "
                    "helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Help her write down what she feels and when, and plan to ask her "
                     "prescriber, using the after-hours line if needed.", True),
                    ("Tell her an extra half dose at night is usually fine.", False),
                    ("Tell her it is normal in pregnancy and will pass.", False),
                    ("Suggest she switch to methadone, which worked well for you.", False),
                ],
                "explanation": (
                    "Coaches do not judge doses or recommend medicines. Helping her describe "
                    "symptoms and get them to her prescriber supports shared decision-making "
                    "without giving medical advice."
                ),
            },
            {
                "prompt": (
                    "Earl has been on methadone for three years and tells you he wants to taper. "
                    "What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Support his right to decide, and help him prepare questions for his "
                     "prescriber, including what happens to his tolerance.", True),
                    ("Tell him tapering is a bad idea and he should stay on methadone.", False),
                    ("Give him a taper schedule that worked for someone you know.", False),
                    ("Tell him to lower his dose on his own first to see how it feels.", False),
                ],
                "explanation": (
                    "The choice is his, and the plan is made with his prescriber. A coach helps "
                    "him bring good questions, including about lower tolerance, and plan extra "
                    "support."
                ),
            },
            {
                "prompt": (
                    "Devon's mother calls the peer center and asks if her son still comes in. "
                    "Devon has not signed a consent form. What do you say?"
                ),
                "multiple": False,
                "choices": [
                    ("You cannot share information about anyone, and you tell her about family "
                     "support and naloxone in the area.", True),
                    ("Yes, he comes in, but you can't say more.", False),
                    ("You will have Devon call her back tonight.", False),
                    ("He has not been in for weeks, so she should worry.", False),
                ],
                "explanation": (
                    "42 CFR Part 2 protects even the fact that someone is a patient. Any answer "
                    "about attendance, or promising a call back, reveals it. You can still help "
                    "the family in general ways."
                ),
            },
            {
                "prompt": (
                    "A father says his daughter has been on methadone for a year and he wants "
                    "to help, but he is scared of an overdose. She has agreed you can talk with "
                    "him. Which suggestion best fits a coach's role?"
                ),
                "multiple": False,
                "choices": [
                    ("Get naloxone, which is now sold without a prescription, learn the steps, "
                     "and look into family support such as CRAFT.", True),
                    ("Ask her prescriber to lower her dose so it is safer.", False),
                    ("Check her take-home bottles every night to count the doses.", False),
                    ("Ask her to stop methadone soon, since it worries the family.", False),
                ],
                "explanation": (
                    "Naloxone and family support help the whole household. Dose changes and "
                    "stopping are her choice with her prescriber, not the family's or the "
                    "coach's call, and policing her medicine harms trust."
                ),
            },
            {
                "prompt": (
                    "After the Thursday group, Lourdes, 61 and on methadone, says quietly, "
                    "“Everybody would be better off without me.” What do you do first?"
                ),
                "multiple": False,
                "choices": [
                    ("Stay with her and ask directly if she is thinking about killing "
                     "herself.", True),
                    ("Change the subject so she does not dwell on it.", False),
                    ("Tell her you will check on her at next week's group.", False),
                    ("Tell her not to talk like that because she has so much to live for.", False),
                ],
                "explanation": (
                    "Talking about being a burden is a warning sign. Stay and ask plainly. "
                    "Research shows asking does not raise the risk, while waiting or brushing "
                    "it off leaves her alone with it."
                ),
            },
            {
                "prompt": (
                    "Wade left jail yesterday and is heading home to a rural county. He says "
                    "he will “just use a little” this weekend. What matters most for the coach "
                    "to do?"
                ),
                "multiple": False,
                "choices": [
                    ("Make sure he has naloxone, talk openly about lower tolerance after jail, "
                     "and help him connect with treatment if he wants it.", True),
                    ("Tell him you will stop working with him if he uses.", False),
                    ("Tell him a little is safe because he used the same amount before.", False),
                    ("Say nothing so he does not feel judged.", False),
                ],
                "explanation": (
                    "Tolerance drops during time in jail, so the weeks after release carry a "
                    "high overdose risk. Naloxone, honest talk and an open door to treatment "
                    "keep him alive and connected."
                ),
            },
            {
                "prompt": (
                    "You find a member slumped in the bathroom. He does not wake when you shout, "
                    "and his lips are gray. Which actions are right? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Call 911 and give naloxone.", True),
                    ("Give a second dose of naloxone if there is no change in two to three "
                     "minutes.", True),
                    ("Stay with him after he wakes, because naloxone can wear off.", True),
                    ("Let him sleep it off in a quiet room.", False),
                    ("Skip calling 911 once he wakes up, to protect his privacy.", False),
                ],
                "explanation": (
                    "Call 911, give naloxone, repeat if needed and stay. Naloxone lasts about "
                    "30 to 90 minutes and many opioids last longer, so the overdose can return."
                ),
            },
            {
                "prompt": (
                    "Two members you worked with died of overdoses this month. You feel worn out "
                    "and guilty, and you catch yourself avoiding some members. What is the best "
                    "next step?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell your supervisor, ask for a debrief, and lean on your own recovery "
                     "supports.", True),
                    ("Keep it to yourself so your team does not think you are weak.", False),
                    ("Work longer hours so no one else is lost.", False),
                    ("Stop answering members' calls without telling anyone.", False),
                ],
                "explanation": (
                    "These are signs of vicarious trauma and grief. Supervision, debriefing and "
                    "your own supports are how peers stay well and keep serving others."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to describe how a peer-run program in the MARS tradition "
            "is led, staffed and governed by people in medication-assisted recovery.",
            "Participants will be able to help a person find a mutual-aid meeting that welcomes "
            "medication, describing each fellowship fairly.",
            "Participants will be able to help a person prepare for a prescriber visit without "
            "giving medical advice.",
            "Participants will be able to respond to signs of suicide or overdose by staying, "
            "asking directly, connecting to 988 or 911, following protocol and telling a "
            "supervisor.",
            "Participants will be able to name ways to use supervision and self-care to manage "
            "vicarious trauma.",
        ],
        "agenda": [
            {
                "title": "Welcome: who speaks for us?",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Welcome the group. Say that this module is about the peer's role. Ask the "
                    "opening question and take three or four answers. Write key words on the "
                    "flip chart. Link the answers to the MARS idea that people on medication "
                    "lead, teach and speak for themselves."
                ),
                "materials": ["Flip chart and markers"],
                "questions": [
                    "When did hearing from someone on medication make a difference to you?",
                    "What changes when people on medication run the program, not just work in it?",
                ],
            },
            {
                "title": "Peer-run support and welcoming mutual aid",
                "minutes": 8,
                "method": "presentation",
                "description": (
                    "Explain the four parts of peer-run work: peers set the agenda, train "
                    "peers, deliver services and speak for themselves. Then walk through the "
                    "mutual-aid options: MARA, peer-run groups, all-pathways meetings, SMART, "
                    "NA and AA. For each, say what its own literature says and stress that "
                    "meetings differ. Model fair language. Close with the eight steps for "
                    "helping someone find a welcoming meeting."
                ),
                "materials": ["Handout: Finding a welcoming meeting", "Slides or flip chart"],
            },
            {
                "title": "Preparing for a prescriber visit",
                "minutes": 7,
                "method": "demonstration",
                "description": (
                    "With a co-facilitator or volunteer, demonstrate a coach helping a person "
                    "who feels sick every evening. Show open questions, a simple symptom log "
                    "and writing the top three questions. Show the coach declining to judge the "
                    "dose and turning the question back to the prescriber. Pause twice to ask "
                    "the group what the coach just did and why."
                ),
                "materials": ["Handout: My prescriber visit worksheet"],
            },
            {
                "title": "Role-play: after the group",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Review the steps on the crisis card for two minutes. Form groups of three. "
                    "Each person plays coach, participant and observer. Run one round of six "
                    "minutes, then three minutes of observer feedback in each group. Bring the "
                    "room back for four minutes to share what helped. Remind everyone that the "
                    "role-play can stir up feelings. Anyone may step out, and you will be "
                    "available afterwards."
                ),
                "materials": ["Handout: Crisis steps card", "Observer checklist copies", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Lourdes Reyes, 61, on methadone 12 years, widowed in the spring)",
                    "Observer",
                ],
                "script": (
                    "The Thursday medication-assisted recovery support group has just ended. "
                    "Lourdes stays to stack chairs. When the room is empty she says: “I don't see "
                    "the point anymore. Everybody would be better off without me.” If the coach "
                    "asks directly about suicide, Lourdes says: “Sometimes. Last night I counted "
                    "my take-home bottles and my husband's old pills.” If the coach suggests "
                    "help, Lourdes says: “I don't want to go to any hospital.” If the coach stays "
                    "calm and offers to call or text 988 together, Lourdes agrees to try."
                ),
                "observer_checklist": [
                    "Coach stayed with Lourdes and moved to privacy",
                    "Coach asked directly about suicide in plain words",
                    "Coach listened without arguing or lecturing",
                    "Coach did not promise to keep it secret",
                    "Coach offered to call or text 988 together and named 911 for immediate "
                    "danger",
                    "Coach named the crisis protocol and bringing in the supervisor now",
                    "Coach gave no advice about her methadone doses",
                ],
            },
            {
                "title": "Overdose, families and taking care of ourselves",
                "minutes": 7,
                "method": "discussion",
                "description": (
                    "Review the overdose steps and the high-risk times after lower tolerance. "
                    "Ask how the group would talk with a family about naloxone and boundaries "
                    "without breaking confidentiality. Then turn to the coaches themselves: "
                    "name vicarious trauma and ask how they use supervision and keep their own "
                    "recovery strong. Share the program's memorial or debrief practice if there "
                    "is one."
                ),
                "materials": ["Naloxone nasal spray trainer, if available"],
                "questions": [
                    "How would you explain naloxone to a family that thinks it means they have "
                    "given up?",
                    "What would you say to a mother who calls to ask if her son still comes in?",
                    "What signs tell you the work is getting to you, and who do you call?",
                ],
            },
            {
                "title": "Teach-back and close",
                "minutes": 3,
                "method": "teach_back",
                "description": (
                    "Ask three volunteers to each teach back one thing in one sentence: the "
                    "crisis steps, one fair way to describe a fellowship, and one way to help "
                    "with a prescriber visit without medical advice. Correct gently. Remind the "
                    "group to finish the online lessons and the module check."
                ),
                "materials": [],
            },
        ],
        "handouts": [
            {
                "title": "Crisis steps card",
                "text": (
                    "If someone may be thinking about suicide:\n\n"
                    "- Stay. Do not leave them alone.\n"
                    "- Ask directly: Are you thinking about killing yourself?\n"
                    "- Listen. Do not argue or lecture.\n"
                    "- Connect: call or text 988 together. Chat is also available.\n"
                    "- Call 911 if a life is in danger right now.\n"
                    "- Follow your program's crisis protocol.\n"
                    "- Tell your supervisor right away. Never promise secrecy.\n"
                    "- Follow up the next day.\n\n"
                    "If someone may be overdosing:\n\n"
                    "- Shout their name and rub the middle of the chest.\n"
                    "- Call 911.\n"
                    "- Give naloxone. Give a second dose if there is no change in two to three "
                    "minutes.\n"
                    "- Give rescue breaths if trained.\n"
                    "- Roll them on their side when they breathe. Stay until help comes.\n"
                    "- Naloxone can wear off before the opioid does, so keep watching."
                ),
            },
            {
                "title": "My prescriber visit worksheet",
                "text": (
                    "Bring this sheet to your visit. You decide what to share.\n\n"
                    "What I notice, in my own words, and when it happens:\n\n"
                    "- Morning:\n"
                    "- Afternoon:\n"
                    "- Evening and night:\n"
                    "- Cravings, sleep and mood:\n"
                    "- All other medicines I take:\n\n"
                    "My top three questions:\n\n"
                    "- 1.\n"
                    "- 2.\n"
                    "- 3.\n\n"
                    "At the visit: ask for plain words, and repeat back what you heard. "
                    "Ask what to do if things change, and who to call after hours.\n\n"
                    "My next step:"
                ),
            },
            {
                "title": "Finding a welcoming meeting",
                "text": (
                    "There are many kinds of meetings. Each group is different, so try a few.\n\n"
                    "- Medication-Assisted Recovery Anonymous (MARA): made for people on "
                    "medication. Daily online meetings and in-person meetings in many states.\n"
                    "- Peer-run groups at our program: led by members on medication.\n"
                    "- All-pathways meetings: open to anyone in recovery, whatever the path.\n"
                    "- SMART Recovery: a four-point, science-based program that welcomes "
                    "prescribed medication. Family and Friends meetings too.\n"
                    "- NA and AA: many groups welcome people on medication. Each group decides "
                    "for itself, so ask around first.\n\n"
                    "Your medicine is private. You decide whether to mention it. If someone "
                    "criticizes it, you can say: My treatment is between me and my doctor."
                ),
            },
        ],
    },
}
