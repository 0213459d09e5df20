"""Ethics for Recovery Coaches module 2: Scope of the role. What peers do and do not do, staying in
scope when asked about doses and medications, referral and warm handoffs, knowing one's limits and
using supervision, and ending services well."""

MODULE = {
    "slug": "scope-of-the-role",
    "title": "Scope of the role",
    "domain": "ethical-responsibility",
    "intro": (
        "What a recovery coach does and does not do, how to stay in your role when people ask "
        "about doses and medications, how to refer with a warm handoff, how to use supervision "
        "when you reach your limits, and how to end services well."
    ),
    "minutes": 120,
    "sources": [
        "NAADAC and NCC AP. National Certified Peer Recovery Support Specialist (NCPRSS) Code of "
        "Ethics. Undated, as posted by NAADAC.",
        "International Certification and Reciprocity Consortium (IC&RC). Peer Recovery Code of "
        "Ethics, as posted by member boards. Undated.",
        "NAADAC and NCC AP. Code of Ethics. Effective January 1, 2021.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "SAMHSA. National Model Standards for Peer Support Certification. 2023.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "National Association of Peer Supporters (N.A.P.S.). National Practice Guidelines for "
        "Peer Supporters. 2013.",
        "National Association of Counties (NACo). Warm Hand-Offs: A NACo Opioid Solutions "
        "Strategy Brief, citing the White House Office of National Drug Control Policy. Undated.",
        "White W, and the PRO-ACT Ethics Workgroup. Ethical Guidelines for the Delivery of "
        "Peer-based Recovery Support Services. 2007.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "what-is-in-scope",
            "title": "What peers do and do not do",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>What “scope” means</h2>"
                 "<p>Scope of practice is the set of things you are trained, allowed and "
                 "expected to do in your role. Your scope comes from four places: your "
                 "training, your credential and its code of ethics, your job description, "
                 "and your supervisor. If one of those says no, the answer is no, even if "
                 "you could do the task.</p>"
                 "<p>Recovery coaching is a <strong>non-clinical</strong> role. Clinical work "
                 "means assessing, diagnosing and treating health conditions. That is the job "
                 "of doctors, nurses, counselors and therapists. A coach does something "
                 "different, and just as important. You walk beside a person, drawing on "
                 "lived experience and training, while they build their own recovery.</p>"
                 "<p>The peer codes say this plainly. The NCPRSS code and the IC&amp;RC Peer "
                 "Recovery code both say that peers do not work outside the limits of their "
                 "training, that they know their limits, and that they work with other "
                 "professionals to meet the person's needs. Both say peers work under "
                 "supervision, not on their own.</p>"
                 "<h2>What peers do</h2>"
                 "<p>SAMHSA's National Model Standards for Peer Support Certification (2023) "
                 "describe peer work as non-clinical. They list activities such as:</p>"
                 "<ul>"
                 "<li>advocacy;</li>"
                 "<li>helping people find their way through systems and linking them to "
                 "resources;</li>"
                 "<li>sharing lived experience;</li>"
                 "<li>social support;</li>"
                 "<li>building community and relationships;</li>"
                 "<li>leading groups;</li>"
                 "<li>building skills;</li>"
                 "<li>mentoring;</li>"
                 "<li>goal setting.</li>"
                 "</ul>"
                 "<p>In a medication-assisted recovery program, that might look like this. "
                 "You meet Mr. Oyelaran at the clinic in his first week and help him read "
                 "the patient handbook. You go with Tasha to apply for food benefits. You "
                 "lead a Tuesday group at the peer center. You help Rosa, who just left jail, "
                 "set three goals for her first month home. You share how you handled your "
                 "own fear of being judged at a pharmacy.</p>"
                 "<h2>What peers do not do</h2>"
                 "<p>Four lines are clear in almost every peer role.</p>"
                 "<ul>"
                 "<li><strong>No diagnosing.</strong> You do not tell someone they have "
                 "depression, PTSD, bipolar disorder or any other condition. You do not "
                 "score them on a mental health test to decide what is wrong. You can notice "
                 "what they tell you and help them get checked by someone who can "
                 "diagnose.</li>"
                 "<li><strong>No medical advice.</strong> You do not tell anyone what dose to "
                 "take, when to start or stop a medication, whether to split a dose, or which "
                 "medication to use. You do not say whether a symptom is serious or not. "
                 "Lesson 2 shows what you do instead.</li>"
                 "<li><strong>No legal advice.</strong> You do not tell someone what the law "
                 "means for their case, whether to take a plea, or what to say in court. You "
                 "can help them find a lawyer, legal aid, or a rights group, and help them "
                 "write down their questions.</li>"
                 "<li><strong>No counseling or therapy.</strong> You do not lead someone "
                 "through their trauma, treat their anxiety, or run a therapy session. You "
                 "can listen, reflect, encourage, and support them in getting counseling if "
                 "they want it.</li>"
                 "</ul>"
                 "<p>Your job description may add other limits. For example, some programs do "
                 "not let peers drive people in their own cars, hold someone's medication, or "
                 "carry out drug tests. Know your own program's list.</p>"
                 "<h2>Coach, sponsor, counselor</h2>"
                 "<p>People often mix up these three roles. Knowing the difference helps you "
                 "explain yours.</p>"
                 "<ul>"
                 "<li><strong>A sponsor</strong> is a volunteer member of a mutual aid "
                 "fellowship. They guide another member through that fellowship's program, "
                 "such as working the steps. The relationship is personal, unpaid and "
                 "unsupervised. It follows one pathway.</li>"
                 "<li><strong>A counselor or therapist</strong> is a licensed or credentialed "
                 "clinician. They assess and diagnose, write a treatment plan, give "
                 "counseling or therapy, and keep clinical records.</li>"
                 "<li><strong>A recovery coach</strong> is a trained peer, paid or volunteer, "
                 "working for an organization under supervision. A coach supports whatever "
                 "pathway the person chooses, looks at the present and the future, and helps "
                 "build recovery capital, the strengths and resources that support recovery. "
                 "A coach does not diagnose or treat.</li>"
                 "</ul>"
                 "<p>A person can have all three at once. The coach can help them get the "
                 "most from each relationship.</p>"
                 "<p>In medication-assisted recovery, the difference matters a great deal. A "
                 "coach who acts like a sponsor from a group that frowns on medication could "
                 "push someone off a treatment that keeps them alive. A coach who acts like a "
                 "clinician could give unsafe advice. A coach who stays in role respects both "
                 "the person's pathway and the clinical team's expertise.</p>"
                 "<h2>Why scope protects people</h2>"
                 "<p>Staying in scope is not about doing less. It protects people from help "
                 "you are not trained to give. Advice about a dose or a diagnosis can sound "
                 "sure and still be wrong, and the person may act on it because they trust "
                 "you. Scope also keeps you free for what only a peer can offer: hope, "
                 "connection, and the proof that recovery is real.</p>"
                 "<p>Scope protects you too. If you give medical or legal advice and it goes "
                 "wrong, you and your program can face real trouble. Your credential may be "
                 "at risk. And the team may stop trusting peers with the work that is "
                 "theirs.</p>"
                 "<h2>Explain your role early</h2>"
                 "<p>N.A.P.S. says peer support is transparent. That means you tell people "
                 "what you do and what you do not do, before they need to know. At a first "
                 "meeting, you might say:</p>"
                 "<p><em>“I'm a recovery coach. I've been through my own recovery, and I'm "
                 "here to support yours, whatever path you choose. I can help you set goals, "
                 "find resources, and get ready for appointments. I'm not a counselor or a "
                 "doctor, so I won't diagnose anything or tell you how to take your "
                 "medication. If something comes up that's outside what I do, I'll help you "
                 "connect with the right person.”</em></p>"
                 "<p>Say it again whenever the lines start to blur. People forget, and the "
                 "reminder is a kindness, not a rejection.</p>"),
                ("callout", {
                    "title": "A phrase that keeps you in scope",
                    "text": (
                        "“That's a really important question, and it's outside what I can "
                        "answer. Let's figure out together who can, and how you want to ask "
                        "them.”"
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Gray areas</h2>"
                 "<p>Some tasks are not clearly in or out. Sharing general information is one. "
                 "It is usually fine to share accurate, general facts, such as what "
                 "naloxone is, how to reach the clinic's nurse, or what a patient handbook "
                 "says. It becomes advice when you apply it to the person's body, case or "
                 "choice: “so you should...” Another gray area is listening to someone talk "
                 "about trauma. Listening with care is peer work. Guiding them through it, "
                 "or digging for details, is therapy.</p>"
                 "<p>When you are not sure, ask yourself three questions. Does this need a "
                 "license or clinical training? Would my supervisor expect me to do this? "
                 "Could the person be harmed if I get it wrong? If any answer worries you, "
                 "pause and check.</p>"
                 "<h2>Scope in different settings</h2>"
                 "<p>The four lines stay the same everywhere. What changes is how the "
                 "pressure to cross them shows up.</p>"
                 "<ul>"
                 "<li><strong>At an opioid treatment program,</strong> people will ask about "
                 "doses, take-homes and test results. You help them understand the handbook "
                 "and reach the right staff person. You do not read their test results for "
                 "them or guess what the team will decide.</li>"
                 "<li><strong>In a hospital emergency department,</strong> you may meet "
                 "someone hours after an overdose. You offer hope, naloxone and a connection "
                 "to treatment if they want it. Medical care stays with the medical "
                 "team.</li>"
                 "<li><strong>With people leaving jail,</strong> you help with the practical "
                 "first days: ID, benefits, a prescriber, a place to sleep. Questions about "
                 "their case or their conditions of release go to their lawyer or their "
                 "officer.</li>"
                 "<li><strong>At a community peer center,</strong> the setting is informal "
                 "and people know each other. The risk here is drift toward friendship or "
                 "toward playing counselor in hallway talks. Lesson 4 covers that.</li>"
                 "</ul>"
                 "<p>In every setting, the same test applies: is this peer work, or does it "
                 "belong to someone with a different kind of training?</p>"),
                ("reflection", {
                    "prompt": (
                        "Write the two or three sentences you will use to explain your role "
                        "at a first meeting. Include what you do, what you do not do, and how "
                        "you connect people with help that is outside your role. Then note "
                        "one task you suspect will be hardest for you to stay out of, and why."
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "staying-in-scope-with-medication-questions",
            "title": "When people ask about doses and medications",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>The questions will come</h2>"
                 "<p>If you work in a medication-assisted recovery program, people will ask "
                 "you about medication. Often. They trust you, you have been there, and you "
                 "are easier to reach than the prescriber. You will hear things like:</p>"
                 "<ul>"
                 "<li>“Is 90 too much? My friend is only on 40.”</li>"
                 "<li>“Should I ask to go up?”</li>"
                 "<li>“Can I split my strip and take half at night?”</li>"
                 "<li>“Is it OK to drink a little on methadone?”</li>"
                 "<li>“My cousin gave me a sleeping pill. Can I take it?”</li>"
                 "<li>“When should I start coming down?”</li>"
                 "<li>“Which is better, methadone or Suboxone?”</li>"
                 "</ul>"
                 "<p>Every one of these is a medical question. The answer depends on the "
                 "person's body, health, other medicines and history. Only a prescriber, "
                 "with the person, can answer it. That is true even if you took the same "
                 "medication for years.</p>"
                 "<h2>Why “just this once” is risky</h2>"
                 "<p>It can feel cold to say “ask your doctor.” You may know what worked for "
                 "you. But bodies break down these medicines at different speeds. Other "
                 "medicines can change how they work. Mixing them with alcohol, "
                 "benzodiazepines or sleeping pills raises the risk of overdose. A tip that "
                 "was safe for you could hurt someone else.</p>"
                 "<p>There is also the power of your words. The person trusts you. If you "
                 "say “you don't need that much,” they may believe you over their "
                 "prescriber. A coach's opinion about a dose can carry a lot of weight, and "
                 "that is exactly why we do not give one.</p>"
                 "<h2>What you do instead</h2>"
                 "<p>Staying in scope is not the same as brushing someone off. You have a "
                 "lot to offer. Think of it as four steps: <strong>listen, help them "
                 "describe, connect, follow up.</strong></p>"
                 "<ol>"
                 "<li><strong>Listen.</strong> Find out what is behind the question. Are they "
                 "sick in the evening? Worried about a drug test? Feeling judged? Planning "
                 "ahead for a pregnancy?</li>"
                 "<li><strong>Help them describe it.</strong> Prescribers act on clear "
                 "details. Help the person put into words what they feel and when: the time "
                 "they dose, when symptoms start, what the symptoms are, how strong, and "
                 "what changed lately, such as a new job, new medicine or pregnancy.</li>"
                 "<li><strong>Connect.</strong> Help them reach the right person: the nurse "
                 "for dosing questions, the prescriber for medical decisions, the pharmacist "
                 "for questions about mixing medicines. Offer to help them make the call or "
                 "book the visit.</li>"
                 "<li><strong>Follow up.</strong> Check in afterward. What did the prescriber "
                 "say? How do they feel about it? What is the next step?</li>"
                 "</ol>"
                 "<p>The MAT course shows how to help someone keep a simple log of a dose "
                 "that seems to wear off, and what to say at the visit.</p>"
                 "<h2>What it sounds like</h2>"
                 "<p>Here is how a coach might answer Dwayne, 41, who asks, “Should I ask to "
                 "go up? I'm sick every night.”</p>"
                 "<p><em>“That sounds rough, being sick every night. I can't say what your "
                 "dose should be. That's between you and your prescriber. But I can help you "
                 "get a clear picture to bring them. What time do you dose, and what time "
                 "does it start? What does it feel like?”</em></p>"
                 "<p>Notice what the coach does not say. No “yes, ask for ten more.” No "
                 "“you'll get used to it.” No “that dose should be enough.” The coach takes "
                 "the problem seriously, stays out of the medical call, and gets to work on "
                 "what a coach can do.</p>"
                 "<h2>Safety questions need a faster path</h2>"
                 "<p>Some questions are about safety right now. “Can I take this pill my "
                 "cousin gave me?” “I drank last night and took my dose, is that OK?” You "
                 "still do not give a medical answer. But you do not let it wait.</p>"
                 "<ul>"
                 "<li>Be honest that mixing sedating drugs with opioid medication can raise "
                 "the risk of overdose, and that this is why it needs a medical answer "
                 "before they take anything.</li>"
                 "<li>Help them reach the clinic nurse, the prescriber or a pharmacist "
                 "today.</li>"
                 "<li>Make sure they have naloxone and that someone near them knows how to "
                 "use it.</li>"
                 "<li>If someone is very hard to wake or breathing slowly, call 911 and use "
                 "naloxone.</li>"
                 "</ul>"
                 "<h2>When they ask about your medication</h2>"
                 "<p>“What dose were you on?” is a common question. Sharing your own number "
                 "can turn into a yardstick. The person may think they should match it. You "
                 "can share your experience without the number: “I had to speak up to my "
                 "prescriber before my dose worked for me. Want to talk about how to do "
                 "that?”</p>"
                 "<h2>When they ask which medication is better</h2>"
                 "<p>You can share general, accurate facts. For example, methadone for opioid "
                 "use disorder comes from an opioid treatment program, while buprenorphine "
                 "can also be prescribed in a doctor's office. You can share what people "
                 "often say about each. But the choice of medication is a medical decision "
                 "made by the person and a prescriber. Help them list their questions and "
                 "what matters to them, such as travel, work, and past experience, and "
                 "bring that list to a visit.</p>"
                 "<h2>Dose talk in groups</h2>"
                 "<p>Members of a peer group will compare doses. You do not need to police "
                 "them. You can set a tone: “Everybody's body is different. The right dose is "
                 "the one that works for you, and that's between you and your prescriber.” "
                 "Said kindly and often, this becomes the culture of the group.</p>"
                 "<h2>Questions about other health care</h2>"
                 "<p>People will also ask about other medicines and health problems: pain "
                 "pills after surgery, HIV or hepatitis C treatment, birth control, "
                 "pregnancy, mental health medicines. The same four steps apply. One thing "
                 "you can always encourage is telling every doctor, dentist and pharmacist "
                 "about all the medicines they take, including methadone or buprenorphine. "
                 "Some people keep a small card in their wallet with their medicines and "
                 "their clinic's name. You can help them make one if they want.</p>"
                 "<h2>When the prescriber does not seem to listen</h2>"
                 "<p>Sometimes a person does everything right and still feels brushed off. "
                 "You still do not step in with your own medical opinion. You can:</p>"
                 "<ul>"
                 "<li>help them practice saying what they feel, with times and details;</li>"
                 "<li>help them ask for a longer visit or a visit just about the "
                 "problem;</li>"
                 "<li>offer to come along, if the program and the person allow it;</li>"
                 "<li>help them learn the program's grievance process, which is the formal "
                 "way to raise a complaint;</li>"
                 "<li>help them look for another prescriber if they choose to.</li>"
                 "</ul>"
                 "<p>That is advocacy, and it is well within your role. The person stays in "
                 "charge of their care, and the prescriber stays in charge of the medical "
                 "decisions.</p>"),
                ("callout", {
                    "title": "Stay in your lane, and stay close",
                    "text": (
                        "Never suggest a dose, a split dose, a taper speed, or a medication. "
                        "Do help the person describe what they feel, reach the right person, "
                        "practice what to say, and follow up afterward."
                    ),
                    "tone": "warning",
                }),
                ("scenario", {
                    "title": "Aaliyah's strips",
                    "situation": (
                        "Aaliyah, 29, has been on buprenorphine for eight months. She works "
                        "early shifts at a nursing home and has a four-year-old. At the peer "
                        "center she pulls you aside: “I've been cutting my strip in half and "
                        "saving the rest for night because I feel sick by dinner. A girl at "
                        "group said that's fine. Also my aunt gave me some of her sleeping "
                        "pills. Is that OK with my medicine? I don't want to bother my doctor, "
                        "she'll think I'm messing up.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Thank her for telling you, take the evening sickness "
                                "seriously, and say honestly that the sleeping pills need a "
                                "medical answer before she takes any, because mixing them can "
                                "raise overdose risk."
                            ),
                            "feedback": (
                                "This respects her, puts safety first without giving a "
                                "medical ruling, and opens the door to getting the right "
                                "help."
                            ),
                            "best": True,
                            "next": (
                                "Aaliyah nods and says she hasn't taken the pills yet. She "
                                "still does not want to call her doctor. “What if she cuts me "
                                "off?”"
                            ),
                        },
                        {
                            "text": (
                                "Tell her splitting is fine, since it worked for you, but to "
                                "skip the sleeping pills."
                            ),
                            "feedback": (
                                "Whether splitting is right for her is a medical decision. "
                                "Your experience is not her body. This also leaves her "
                                "without a path to the prescriber."
                            ),
                            "best": False,
                            "next": (
                                "Aaliyah seems relieved and says she will keep splitting. She "
                                "asks if you know a way to make the strips last longer."
                            ),
                        },
                        {
                            "text": (
                                "Tell her she is breaking the rules by splitting and that you "
                                "have to report it to the clinic."
                            ),
                            "feedback": (
                                "This shames her and makes you an enforcer. It may also "
                                "break her trust and her confidentiality. It does not deal "
                                "with her evening sickness or the safety risk."
                            ),
                            "best": False,
                            "next": (
                                "Aaliyah gets upset, says she thought she could trust you, "
                                "and starts to walk away."
                            ),
                        },
                        {
                            "text": (
                                "Say you can't talk about medication and suggest she bring it "
                                "up at her next visit in a month."
                            ),
                            "feedback": (
                                "You stayed out of the medical call, but you left a safety "
                                "question hanging for a month. Staying in scope means "
                                "connecting her quickly, not stepping back."
                            ),
                            "best": False,
                            "next": (
                                "Aaliyah shrugs and says she'll figure it out. She mentions "
                                "she might try one of the pills tonight."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "She fears her doctor will cut her off. What is your next step?",
                        "choices": [
                            {
                                "text": (
                                    "Name her fear, help her put the evening sickness into "
                                    "clear words, and offer to sit with her while she calls "
                                    "the office today, making sure she has naloxone at home."
                                ),
                                "feedback": (
                                    "This is a warm, quick connection. Clear details are the "
                                    "opposite of “messing up,” and the naloxone check covers "
                                    "safety in the meantime."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Promise her the doctor will not cut her off."
                                ),
                                "feedback": (
                                    "You cannot know that. An honest coach does not make "
                                    "promises about another provider's decisions."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her to stop splitting and take the full strip in "
                                    "the morning until she sees the doctor."
                                ),
                                "feedback": (
                                    "That is still medical advice about how to take her "
                                    "medication. Leave the instructions to her prescriber."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "referral-and-warm-handoffs",
            "title": "Referral and warm handoffs",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Linking is a core peer skill</h2>"
                 "<p>Much of a coach's work is connecting people with help. SAMHSA's core "
                 "competencies for peer workers include linking people to resources, "
                 "services and supports. The peer codes say peers work with other "
                 "professionals to meet a person's needs. A referral is how you do that when "
                 "a need is outside your role, or when another service could help more.</p>"
                 "<p>People may need referrals for things like:</p>"
                 "<ul>"
                 "<li>medical care, dental care, or prenatal care;</li>"
                 "<li>a prescriber for medication for opioid use disorder;</li>"
                 "<li>counseling or mental health care;</li>"
                 "<li>legal aid;</li>"
                 "<li>housing, food, benefits, jobs, child care;</li>"
                 "<li>mutual aid groups that welcome people on medication;</li>"
                 "<li>crisis help.</li>"
                 "</ul>"
                 "<h2>Cold referral vs. warm handoff</h2>"
                 "<p>A cold referral hands someone a name and a phone number. The person "
                 "has to do the rest alone. For someone who is sick, scared, or has been "
                 "turned away before, that is a big ask. Many never make the call.</p>"
                 "<p>A <strong>warm handoff</strong> is different. It is a transfer from one "
                 "helper to another, face to face, by phone or by video, with the person "
                 "right there. The White House Office of National Drug Control Policy has "
                 "described it as more than giving information or referrals. It is "
                 "compassionate and non-coercive accompaniment to the right care provider. "
                 "Non-coercive means no pressure: the person chooses to go.</p>"
                 "<p>Examples:</p>"
                 "<ul>"
                 "<li>You sit with Mr. Haddad while he calls a buprenorphine clinic, and you "
                 "introduce yourself and him to the intake worker.</li>"
                 "<li>You walk with Brianna, who is pregnant, from the peer center to the "
                 "prenatal clinic down the street and stay in the waiting room.</li>"
                 "<li>You set up a video call between Leon, in a rural county, and a legal "
                 "aid worker, and you stay on for the first few minutes.</li>"
                 "<li>At the hospital, a peer in the emergency department introduces a person "
                 "who just survived an overdose to a clinic that can start medication.</li>"
                 "</ul>"
                 "<h2>Steps for a warm handoff</h2>"
                 "<ol>"
                 "<li><strong>Ask what the person wants.</strong> A referral is an offer, not "
                 "an order. Ask what kind of help, where, and when.</li>"
                 "<li><strong>Know the service.</strong> Before you refer, find out whether it "
                 "is open, takes their insurance, has a wait, and treats people on "
                 "medication with respect. Do not send people somewhere you have not "
                 "checked.</li>"
                 "<li><strong>Get consent.</strong> You need the person's permission before "
                 "you share anything about them. In many programs, that means written "
                 "consent. Module 4 covers the rules.</li>"
                 "<li><strong>Make the connection together.</strong> Call, walk over, or set up "
                 "a video call with the person present. Introduce them by the name they "
                 "prefer. Let them tell their own story.</li>"
                 "<li><strong>Handle the small barriers.</strong> A bus pass, a ride, child "
                 "care, a reminder text, a list of what to bring. Small barriers stop many "
                 "people.</li>"
                 "<li><strong>Follow up.</strong> Check in after the first visit. Did it "
                 "happen? How did it go? Is there a next step?</li>"
                 "</ol>"
                 "<h2>Building your resource list</h2>"
                 "<p>Good referrals start before anyone needs one. Build a list of places "
                 "you trust. For each, note the hours, the phone number, who to ask for, "
                 "what they take, and whether they welcome people on medication. Visit when "
                 "you can. Meet the intake staff. A coach who knows a real person at the "
                 "clinic can make a handoff that feels warm, not just polite.</p>"
                 "<p>Keep the list current. Programs change rules, staff and hours. Ask people "
                 "how their visits went and update your notes. Share what you learn with "
                 "other peers on your team.</p>"
                 "<h2>When the person says no</h2>"
                 "<p>Peer support is voluntary. A person may not want a referral, even one "
                 "you think they need. Respect that. You can ask what worries them, share "
                 "honest information, and leave the offer open: “If you change your mind, "
                 "I'll help you set it up.” The exception is a crisis that puts a life at "
                 "risk, which the next section covers.</p>"
                 "<h2>Crisis referrals</h2>"
                 "<p>Some situations cannot wait. If someone is thinking about suicide, you "
                 "stay with them and connect them with crisis help. The 988 Suicide and "
                 "Crisis Lifeline is reachable by call or text at 988. If someone may be "
                 "overdosing, call 911 and use naloxone. Know your program's crisis policy "
                 "before you need it, and tell your supervisor right away after any crisis. "
                 "The Recovery Coach Training covers crisis response in more depth.</p>"
                 "<h2>Referral is not handing someone off for good</h2>"
                 "<p>A referral does not end your role. The person may still want a coach "
                 "while they see a counselor, a prescriber or a lawyer. You keep doing peer "
                 "work. You help them prepare for visits, make sense of what they were told, "
                 "and keep going when things get hard. You are part of a team around them, "
                 "and they are the captain of that team.</p>"
                 "<h2>Referral to mutual aid</h2>"
                 "<p>Mutual aid groups are free and widely available, and many people find "
                 "them helpful. But groups differ a lot, even within the same fellowship. "
                 "Some welcome people on methadone or buprenorphine. Others ask them not to "
                 "share, or pressure them to stop. Some groups are made for people in "
                 "medication-assisted recovery. Before you suggest a meeting to someone on "
                 "medication, find out how that meeting treats people like them. Better "
                 "yet, ask other peers and members you trust. Give the person the honest "
                 "picture and let them choose.</p>"
                 "<h2>Planning ahead for people leaving jail</h2>"
                 "<p>For someone coming home from jail or prison, the first days matter a "
                 "lot. The weeks after release are a time of high overdose risk. When you "
                 "can, start planning before release: a prescriber appointment if they were "
                 "on medication inside, a place to sleep, ID, benefits, and naloxone in hand. "
                 "A warm handoff from jail staff to you, and from you to a clinic, can keep "
                 "the chain from breaking. The Recovery Coach Training covers medication in "
                 "jails and prisons in more depth.</p>"
                 "<h2>When a referral goes badly</h2>"
                 "<p>Sometimes you send someone to a place and they are treated poorly. They "
                 "may be turned away for being on medication, kept waiting for hours, or "
                 "spoken to with contempt. When that happens:</p>"
                 "<ul>"
                 "<li>Listen, and do not defend the service. Say you are sorry it "
                 "happened.</li>"
                 "<li>Ask what they want now. Another option? Help filing a complaint? A "
                 "break?</li>"
                 "<li>Tell your supervisor, and update your resource list.</li>"
                 "<li>If the problem looks like discrimination against people on medication, "
                 "talk with your supervisor about advocacy steps. The person decides whether "
                 "to pursue it.</li>"
                 "</ul>"
                 "<h2>Write it down</h2>"
                 "<p>Most programs ask you to note referrals: what was offered, whether the "
                 "person accepted, and what happened. Keep notes brief, factual and "
                 "respectful. Write only what is needed. Module 4 covers documentation and "
                 "privacy.</p>"
                 "<h2>Referral when the person is on medication</h2>"
                 "<p>People on methadone or buprenorphine often need care beyond their "
                 "clinic: a dentist, a surgeon, a mental health provider, a shelter, a "
                 "medically supervised withdrawal program or a hospital stay. Each handoff is a chance for their medication to "
                 "be stopped by mistake or judged. Before the handoff, you can help the "
                 "person plan how to tell the new provider about their medication, and how "
                 "to ask that their dose continue without a gap. With their written consent, "
                 "the clinics can talk to each other directly. Your part is to help the "
                 "person prepare and speak up, not to make medical arrangements "
                 "yourself.</p>"
                 "<p>SAMHSA's TIP 63, the federal guide on medication for opioid use "
                 "disorder, is written in part for peer recovery support specialists. It "
                 "notes that opioid use disorder is often a long-term illness that needs "
                 "ongoing communication between the person and their providers, so they get "
                 "the full benefit of both medication and other support.</p>"),
                ("callout", {
                    "title": "Check before you send",
                    "text": (
                        "Before you refer someone on medication, ask the service directly: "
                        "“Do you accept people on methadone or buprenorphine?” Tell the person "
                        "what you learned, so no one is turned away at the door."
                    ),
                    "tone": "tip",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Marcus, just home from prison, wants to see a dentist but has "
                            "never been to one as an adult. Which is a warm handoff?"
                        ),
                        "choices": [
                            ("With his consent, you call the dental clinic together, "
                             "introduce him, help book a time, and check in after", True),
                            ("You give him the clinic's card and tell him to call", False),
                            ("You book an appointment for him without asking which day works",
                             False),
                        ],
                        "explanation": (
                            "A warm handoff connects the person to the new provider with the "
                            "person present, with consent, and includes follow-up. Booking "
                            "without asking skips his choice."
                        ),
                    },
                    {
                        "prompt": (
                            "You want to refer Lina, who is on methadone, to a recovery house. "
                            "What should you do before you refer her?"
                        ),
                        "choices": [
                            ("Ask the house whether it accepts residents on medication and "
                             "share the answer with Lina", True),
                            ("Refer her and let her sort it out if there is a problem", False),
                            ("Suggest she lower her dose so she fits the house rules", False),
                        ],
                        "explanation": (
                            "Know the service before you refer. Never suggest changing a "
                            "medication to fit a program."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "role-drift",
            "title": "Knowing your limits: role drift and supervision",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>What role drift looks like</h2>"
                 "<p>Role drift is when a coach slowly slides out of the peer role. It almost "
                 "always starts with good intentions. Four kinds are common:</p>"
                 "<ul>"
                 "<li><strong>Drift toward clinician.</strong> You start reading symptoms, "
                 "guessing at diagnoses, or digging into trauma.</li>"
                 "<li><strong>Drift toward rescuer.</strong> You do things for people that they "
                 "could do for themselves. You start to feel you are the only one who can "
                 "help.</li>"
                 "<li><strong>Drift toward friend.</strong> You meet socially, share your own "
                 "problems, or are available at all hours.</li>"
                 "<li><strong>Drift toward enforcer.</strong> The program asks you to watch "
                 "people, report on them, or hand out consequences. Peers who become the "
                 "clinic's eyes and ears can lose the trust that makes them useful.</li>"
                 "</ul>"
                 "<h2>Why it happens</h2>"
                 "<p>Teams under pressure ask peers to fill gaps. Participants ask for more. "
                 "Coaches want to be useful and may feel their role is valued less than "
                 "clinical roles. Being the only peer on a team makes it harder to hold the "
                 "line. And because peers often know the people they serve from the "
                 "community, the line between work and friendship can blur without anyone "
                 "noticing.</p>"
                 "<h2>Knowing your own limits</h2>"
                 "<p>Scope is about the role. Limits are about you. Even inside your scope, "
                 "there will be times when you are not the right person, or not ready. "
                 "Signs you have reached a limit:</p>"
                 "<ul>"
                 "<li>You do not know the answer and feel pressure to guess.</li>"
                 "<li>The situation stirs up your own history in a strong way.</li>"
                 "<li>You feel scared for someone's safety.</li>"
                 "<li>You are tired, sick, or struggling in your own recovery.</li>"
                 "<li>You keep thinking about one person long after work.</li>"
                 "<li>You feel the urge to keep something from your supervisor.</li>"
                 "</ul>"
                 "<p>Reaching a limit is normal. It is not a failure. What matters is what "
                 "you do next.</p>"
                 "<h2>Supervision is part of the job</h2>"
                 "<p>The peer codes do not treat supervision as optional. The NCPRSS and "
                 "IC&amp;RC peer codes both say peers work only under supervision, and each "
                 "sets a minimum amount. The N.A.P.S. guidelines for supervisors describe how "
                 "supervision can help peers stay true to peer values in settings that may "
                 "have other priorities.</p>"
                 "<p>Good supervision is a place to:</p>"
                 "<ul>"
                 "<li>check whether a task is in your scope;</li>"
                 "<li>talk through a hard situation before you act;</li>"
                 "<li>name your own reactions and how your story is showing up;</li>"
                 "<li>own a mistake and plan how to repair it;</li>"
                 "<li>push back, together, on requests that clash with peer values;</li>"
                 "<li>grow your skills.</li>"
                 "</ul>"
                 "<h2>How to bring something to supervision</h2>"
                 "<p>Supervisors are busy. You will get more help if you come ready. A simple "
                 "way to frame it:</p>"
                 "<ol>"
                 "<li><strong>What happened:</strong> the facts, briefly, without names if "
                 "that is your program's practice.</li>"
                 "<li><strong>What worries me:</strong> the value, rule or limit at stake.</li>"
                 "<li><strong>What I did or plan to do.</strong></li>"
                 "<li><strong>What I need:</strong> advice, a decision, or just a check.</li>"
                 "</ol>"
                 "<p>For example: <em>“A man I work with asked me to tell his probation "
                 "officer he's doing great. I'm worried about staying honest and in my role. "
                 "I told him I'd get back to him. I need help thinking about what I can and "
                 "can't say, and what consent he'd need to sign.”</em></p>"
                 "<h2>If you cannot reach your supervisor</h2>"
                 "<p>Know ahead of time who to call when your supervisor is out. Most "
                 "programs have a backup. In an emergency, follow your crisis policy first "
                 "and report to your supervisor as soon as you can.</p>"
                 "<h2>Staying in your lane, day to day</h2>"
                 "<ul>"
                 "<li>Know your written job description and refer back to it.</li>"
                 "<li>Bring requests that feel out of role to supervision.</li>"
                 "<li>Be open with participants about what you share with the team and "
                 "why.</li>"
                 "<li>Help teams understand what peer support is and how it differs from "
                 "their roles.</li>"
                 "<li>Connect with other peers for support, inside or outside your "
                 "program.</li>"
                 "</ul>"
                 "<h2>Drift in real life, and a better response</h2>"
                 "<ul>"
                 "<li><strong>Clinician drift.</strong> A coach tells Eddie, “Sounds like "
                 "you have anxiety. Try breathing exercises instead of your meds.” A better "
                 "response: “That sounds really hard. Have you been able to talk with anyone "
                 "on your care team about it? I can help you bring it up.”</li>"
                 "<li><strong>Rescuer drift.</strong> A coach fills out all of Ms. Ortiz's "
                 "forms, calls her landlord for her, and reminds her of every visit. A better "
                 "response: sit with her while she does the forms, practice the landlord "
                 "call, and help her set her own reminders.</li>"
                 "<li><strong>Friend drift.</strong> A coach starts meeting Jerome for "
                 "basketball on weekends and telling him about her divorce. A better "
                 "response: keep meetings within program hours and settings, and take her "
                 "own struggles to her own supports.</li>"
                 "<li><strong>Enforcer drift.</strong> A coach is asked to check whether "
                 "people in group went to their counseling sessions and report back. A "
                 "better response: raise it with the supervisor and explain how it could "
                 "damage trust. Suggest other ways the program can track what it needs.</li>"
                 "</ul>"
                 "<h2>Limits on your time</h2>"
                 "<p>Being available at all hours feels generous. It is not sustainable, and "
                 "it teaches the person to rely on one helper instead of a web of support. "
                 "Set clear hours that match your program's policy. Tell people how to reach "
                 "help when you are off: a program line, a crisis line, 988, or 911 in an "
                 "emergency. Then keep to those limits kindly and every time. Consistent "
                 "limits are a form of respect. They show the person they can count on you "
                 "to be who you said you would be.</p>"
                 "<h2>Saying no without pushing away</h2>"
                 "<p>Holding the line can feel like rejection, to you and to the person. It "
                 "does not have to. Three parts help: name the request, name your limit, and "
                 "offer what you can do.</p>"
                 "<p><em>“I can hear how much you want me to come to court with you on "
                 "Saturday. I'm not able to work weekends. What I can do is help you get "
                 "ready on Friday, and find out if someone from the program can be there. "
                 "Would that help?”</em></p>"
                 "<p>Said warmly, a clear limit tells the person that you are steady and "
                 "honest. Over time, that builds more trust than saying yes to "
                 "everything.</p>"),
                ("callout", {
                    "title": "Warning sign",
                    "text": (
                        "If you catch yourself thinking “nobody else understands this person "
                        "like I do,” pause and talk with your supervisor."
                    ),
                    "tone": "warning",
                }),
                ("reflection", {
                    "prompt": (
                        "Which kind of role drift are you most likely to slide into: "
                        "clinician, rescuer, friend or enforcer? What would be your early "
                        "warning sign, and what will you say to your supervisor when you "
                        "notice it?"
                    ),
                    "min_words": 30,
                    "minutes": 3,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "ending-services-well",
            "title": "Ending services well",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Every relationship ends</h2>"
                 "<p>Peer support relationships end. Sometimes the person reaches their "
                 "goals. Sometimes a program or grant has a time limit. Sometimes the person "
                 "moves, stops coming, or is sent to jail. Sometimes the coach leaves the "
                 "job. How the ending goes matters. For people who have been abandoned before, "
                 "a careless ending can feel like one more door slammed.</p>"
                 "<p>The ethical goal is simple: <strong>no one should be dropped.</strong> A "
                 "good ending leaves the person with their gains named, their supports in "
                 "place, and a door left open.</p>"
                 "<h2>Start with the end in mind</h2>"
                 "<p>The ending begins on the first day. Tell people early how peer support "
                 "works in your program: how long it usually lasts, how often you meet, and "
                 "what happens when it ends. If your program has a limit, such as 90 days "
                 "after leaving the hospital, say so at the start. People handle endings "
                 "better when they are not a surprise.</p>"
                 "<h2>Planned endings</h2>"
                 "<p>A planned ending happens when the person and coach agree the time has "
                 "come, or when a program limit is reached. Steps for a good planned "
                 "ending:</p>"
                 "<ol>"
                 "<li><strong>Raise it early.</strong> Bring it up weeks before the last "
                 "meeting, not at the door.</li>"
                 "<li><strong>Look back together.</strong> Review the goals they set and what "
                 "they achieved. People often forget how far they have come. Name their "
                 "strengths in specific words.</li>"
                 "<li><strong>Make room for feelings.</strong> Endings can bring up sadness, "
                 "fear or anger. Ask how it feels. It is OK to say you will miss working "
                 "with them.</li>"
                 "<li><strong>Plan what comes next.</strong> Who else is in their corner? "
                 "Mutual aid, family, the clinic, a counselor, a faith community? Set up warm "
                 "handoffs where needed.</li>"
                 "<li><strong>Say how to come back.</strong> Tell them clearly how to reach the "
                 "program again if they want support later.</li>"
                 "<li><strong>Close the record.</strong> Write a short, accurate closing note "
                 "as your program requires.</li>"
                 "</ol>"
                 "<h2>Unplanned endings</h2>"
                 "<p>Many endings are not planned. A person is arrested, moves in with family "
                 "in another state, goes into a hospital, or simply stops coming. Some of "
                 "these are out of your control. You can still act ethically:</p>"
                 "<ul>"
                 "<li>Follow your program's policy for outreach and closing a case.</li>"
                 "<li>If the person went to jail or a hospital, ask your supervisor whether "
                 "and how your program can stay in touch. Any contact with another agency "
                 "needs the person's consent.</li>"
                 "<li>If they moved, offer to help connect them with a program in their new "
                 "area, if you can reach them.</li>"
                 "<li>Keep notes honest and brief.</li>"
                 "</ul>"
                 "<h2>When the person stops coming</h2>"
                 "<p>Peer support is voluntary. A person has every right to stop. But people "
                 "also drop out for reasons that have nothing to do with wanting to stop: "
                 "a lost phone, a new job, a return to use and the shame that comes with it, "
                 "a sick child, a bad experience at the clinic.</p>"
                 "<p>A respectful response:</p>"
                 "<ol>"
                 "<li><strong>Reach out as your program allows.</strong> A call, a text, or a "
                 "letter, using only the contact methods the person agreed to. Be careful "
                 "about what you say in a message others might see.</li>"
                 "<li><strong>Keep it warm and short.</strong> “Hi, it's Sam from the peer "
                 "center. I've been thinking of you. No pressure at all. I'm here if you want "
                 "to talk.”</li>"
                 "<li><strong>Do not chase.</strong> A few tries is care. Many tries can feel "
                 "like pressure, or even like being watched. Follow your program's limit.</li>"
                 "<li><strong>Talk with your supervisor</strong> if you are worried about the "
                 "person's safety. Do not act alone.</li>"
                 "<li><strong>Leave the door open.</strong> Many people come back. When they "
                 "do, welcome them without a lecture.</li>"
                 "</ol>"
                 "<h2>When the coach leaves the job</h2>"
                 "<p>Coaches change jobs, go back to school, move, or step back for their own "
                 "health. Leaving is not wrong. Leaving without a plan can hurt people. If you "
                 "are leaving:</p>"
                 "<ul>"
                 "<li><strong>Tell your supervisor first</strong> and plan together how and "
                 "when to tell the people you support.</li>"
                 "<li><strong>Give people notice,</strong> as much as your program allows. "
                 "Tell them yourself, not by a note.</li>"
                 "<li><strong>Plan each transition.</strong> Ask each person what they want. "
                 "Some will want a new coach. Some will want to take a break.</li>"
                 "<li><strong>Introduce the new coach</strong> in person or by video, with the "
                 "person there. This is a warm handoff.</li>"
                 "<li><strong>Leave good records,</strong> so the next coach does not make the "
                 "person start over.</li>"
                 "<li><strong>Do not take people with you.</strong> If you move to another "
                 "program, do not recruit the people you served to follow you. Do not "
                 "switch to a personal friendship. The relationship belonged to the role. "
                 "Module 3 covers relationships after services end.</li>"
                 "</ul>"
                 "<p>If you must leave suddenly, for example because of illness, let your "
                 "supervisor know as soon as you can, so the program can reach out to the "
                 "people you support.</p>"
                 "<h2>Ending for safety or fit</h2>"
                 "<p>Sometimes services need to end or change because of a conflict, a threat "
                 "to safety, or a poor match. These are supervisor decisions, not coach "
                 "decisions made alone. Even then, the goal is not to abandon the person. The "
                 "program should explain the change and offer another coach or another "
                 "service where it can.</p>"
                 "<h2>Your feelings count too</h2>"
                 "<p>Endings can hit coaches hard. You may have watched someone grow in a deep "
                 "way. You may feel grief when someone disappears, or fear when you do not "
                 "know if they are safe. Bring those feelings to supervision and to your own "
                 "supports. Module 6 covers caring for yourself in this work.</p>"
                 "<h2>Words for a good goodbye</h2>"
                 "<p>Endings feel awkward, so people often rush them. Having a few phrases "
                 "ready helps:</p>"
                 "<ul>"
                 "<li>“We have three meetings left. I want to make sure we use them for what "
                 "matters most to you.”</li>"
                 "<li>“When we started, you said you wanted to get your license back and "
                 "find a clinic closer to home. You did both.”</li>"
                 "<li>“How are you feeling about this ending?”</li>"
                 "<li>“Who will you call on a hard day?”</li>"
                 "<li>“If you ever want support again, here is exactly how to reach us.”</li>"
                 "<li>“I've learned a lot working with you. Thank you.”</li>"
                 "</ul>"
                 "<h2>When someone comes back</h2>"
                 "<p>People return to peer support after months or years. Some come back "
                 "after a return to use. Some come back because life got hard. Welcome them "
                 "the same way every time: glad to see them, no lecture, no “I told you "
                 "so.” Ask what they want now. Their earlier work still counts. Recovery is "
                 "rarely a straight line, and a door that stays open is one of the most "
                 "ethical things a program can offer.</p>"),
                ("callout", {
                    "title": "The ending checklist in one line",
                    "text": (
                        "Raise it early, name their gains, make room for feelings, connect "
                        "them with ongoing support, tell them how to come back, and never "
                        "just disappear."
                    ),
                    "tone": "info",
                }),
                ("reflection", {
                    "prompt": (
                        "Think of a time a helper, sponsor or program ended things with you. "
                        "Was it planned or sudden? How did it feel? What would you do the "
                        "same, or differently, when you end services with someone?"
                    ),
                    "min_words": 40,
                    "minutes": 4,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-2-check",
        "title": "Module 2 check: Scope of the role",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "At the clinic, Mr. Castillo asks you, “Is 110 too much? My friend is on "
                    "50 and she's fine.” What is the most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Say the right dose is between him and his prescriber, and ask how his "
                     "dose feels through the day so he can describe it at a visit", True),
                    ("Tell him 110 is on the high side and he could ask to come down", False),
                    ("Share your own dose so he has something to compare", False),
                    ("Tell him not to worry because higher doses are safer", False),
                ],
                "explanation": (
                    "Judging a dose is medical work. The coach helps him describe what he feels "
                    "and bring it to his prescriber. Sharing your own dose turns it into a "
                    "yardstick."
                ),
            },
            {
                "prompt": (
                    "Which of these are within a recovery coach's scope? Choose all that "
                    "apply."
                ),
                "multiple": True,
                "choices": [
                    ("Helping a person set their own recovery goals", True),
                    ("Going with a person to apply for benefits", True),
                    ("Helping a person write down questions for their prescriber", True),
                    ("Telling a person they seem to have PTSD", False),
                    ("Advising a person whether to take a plea deal", False),
                ],
                "explanation": (
                    "Goal setting, linking to resources and helping people prepare for visits "
                    "are peer work. Diagnosing and legal advice are outside the role."
                ),
            },
            {
                "prompt": (
                    "Nia, who is pregnant and on methadone, tells you she has been having "
                    "nightmares about past abuse and wants you to help her work through the "
                    "memories. What fits your role best?"
                ),
                "multiple": False,
                "choices": [
                    ("Listen with care, and offer to help her connect with a counselor who "
                     "works with trauma, with a warm handoff if she wants", True),
                    ("Guide her through the memories step by step at your next meeting", False),
                    ("Tell her not to think about the past while she is pregnant", False),
                    ("Say trauma is not your area and change the subject", False),
                ],
                "explanation": (
                    "Listening is peer work. Processing trauma is therapy. The coach supports "
                    "her in getting counseling, without brushing her off."
                ),
            },
            {
                "prompt": (
                    "Which is the best example of a warm handoff for Jorge, who wants to start "
                    "buprenorphine?"
                ),
                "multiple": False,
                "choices": [
                    ("With his consent, you call the clinic together, introduce him to the "
                     "intake worker, sort out a ride, and check in after the visit", True),
                    ("You give him a printed list of clinics", False),
                    ("You call the clinic after he leaves and tell them his history", False),
                    ("You tell him which medication and dose to ask for", False),
                ],
                "explanation": (
                    "A warm handoff connects him to the provider with him present, with "
                    "consent, handles barriers, and follows up. Sharing his history without "
                    "him, or naming a dose, is not the coach's role."
                ),
            },
            {
                "prompt": (
                    "A program manager asks you to tell the team which people in the waiting "
                    "room seem high, so they can be sent home. What is the best first step?"
                ),
                "multiple": False,
                "choices": [
                    ("Raise your concern privately with your supervisor, naming the risk of "
                     "becoming an enforcer, and suggest other ways to meet the goal", True),
                    ("Do it, because the manager asked", False),
                    ("Refuse in front of the team", False),
                    ("Warn the people in the waiting room", False),
                ],
                "explanation": (
                    "Monitoring and reporting people for consequences is drift toward an "
                    "enforcer role. Use supervision to raise it calmly and look for options."
                ),
            },
            {
                "prompt": (
                    "Tiana has missed three weekly meetings and has not answered one text. "
                    "Your program allows outreach by text and phone. What is the most ethical "
                    "next step?"
                ),
                "multiple": False,
                "choices": [
                    ("Send a short, warm, no-pressure message, follow the program's outreach "
                     "limit, and talk with your supervisor if you are worried about safety",
                     True),
                    ("Close her file right away without contact", False),
                    ("Go to her house unannounced", False),
                    ("Text her every day until she answers", False),
                ],
                "explanation": (
                    "Peer support is voluntary, so outreach is gentle and limited. Leaving the "
                    "door open respects her choice, and safety worries go to supervision."
                ),
            },
            {
                "prompt": (
                    "You are leaving your job in six weeks for a new program across town. "
                    "Which steps are ethical? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Tell your supervisor first and plan how to tell each person", True),
                    ("Introduce people who want a new coach to that coach in person", True),
                    ("Leave clear, accurate records", True),
                    ("Invite the people you serve to follow you to your new program", False),
                    ("Give your personal number so people can stay friends with you", False),
                ],
                "explanation": (
                    "Plan transitions with your supervisor, use warm handoffs and leave good "
                    "records. Recruiting people to follow you, or turning the relationship "
                    "into a friendship, crosses boundaries."
                ),
            },
            {
                "prompt": (
                    "Omar asks, “My cousin gave me a sleeping pill. Can I take it with my "
                    "Suboxone tonight?” What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Say mixing sedating drugs with his medication can raise overdose risk, "
                     "help him reach his prescriber, nurse or pharmacist today, and check "
                     "that he has naloxone", True),
                    ("Tell him one pill is fine", False),
                    ("Tell him he can ask about it at his visit next month", False),
                    ("Tell him to take half a pill to be safe", False),
                ],
                "explanation": (
                    "Safety questions need a fast, real answer from a medical person. The coach "
                    "is honest about the risk, connects him today, and checks for naloxone, "
                    "without giving a medical ruling."
                ),
            },
            {
                "prompt": (
                    "A coach keeps thinking about one participant at night and has started "
                    "answering her calls on weekends. What is the best step?"
                ),
                "multiple": False,
                "choices": [
                    ("Bring it to supervision as possible drift toward rescuer or friend, "
                     "and plan clearer limits with the participant", True),
                    ("Keep going, because she needs the support", False),
                    ("Stop answering without explanation", False),
                    ("Ask another coach to take her without telling anyone", False),
                ],
                "explanation": (
                    "These are signs of reaching a limit and drifting out of role. Supervision "
                    "helps the coach reset limits in a way that does not feel like rejection."
                ),
            },
            {
                "prompt": (
                    "Keith's program gives peer support for 90 days after he leaves the "
                    "hospital. It is day 70. What should the coach do?"
                ),
                "multiple": False,
                "choices": [
                    ("Raise the ending now, review Keith's gains, and plan ongoing supports "
                     "with warm handoffs and a way to come back", True),
                    ("Wait until day 90 and say goodbye then", False),
                    ("Quietly extend services past 90 days without telling anyone", False),
                    ("Stop meeting now so the ending is easier", False),
                ],
                "explanation": (
                    "Good endings start early, name progress, and connect the person with "
                    "support that continues. Changes to program limits are supervisor "
                    "decisions."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to explain what recovery coaches do and do not do, "
            "including no diagnosing, no medical or legal advice, and no counseling or therapy.",
            "Participants will be able to respond to questions about doses and medications by "
            "helping the person describe what they feel and reach their prescriber.",
            "Participants will be able to carry out a warm handoff with consent and follow-up.",
            "Participants will be able to recognize role drift and their own limits, and bring "
            "them to supervision.",
            "Participants will be able to plan good endings, including when a coach leaves the "
            "job and when a person stops coming.",
        ],
        "agenda": [
            {
                "title": "Welcome: what is a coach, really?",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group. Ask people to call out what others have expected them "
                    "to be as a peer: a counselor, a sponsor, a friend, a nurse, a cop. Write "
                    "the answers on a flip chart. Then ask what a coach actually is. Summarize "
                    "that coaching is a non-clinical role, and that scope comes from training, "
                    "the credential and its code, the job description and the supervisor."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What have people expected you to be, that you are not?",
                    "What can a peer offer that no clinician can?",
                ],
            },
            {
                "title": "In or out? Scope card sort",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Give groups of four a stack of task cards, for example: help set goals; "
                    "tell someone they seem depressed; walk someone to a prenatal visit; "
                    "suggest a dose; read a patient handbook together; explain what a plea "
                    "means; lead a group; guide someone through a trauma memory; share what "
                    "naloxone is. Groups sort cards into three piles: in scope, out of scope, "
                    "and gray area. Give eight minutes. Then review the gray pile together. "
                    "Use the three questions from Lesson 1: does it need a license, would my "
                    "supervisor expect me to do this, and could the person be harmed if I am "
                    "wrong?"
                ),
                "materials": ["Task cards", "Three pile labels per group"],
            },
            {
                "title": "The four lines, and coach versus sponsor versus counselor",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Present the four lines: no diagnosing, no medical advice, no legal "
                    "advice, no counseling or therapy. For each, give one example of crossing "
                    "the line and one example of what a coach does instead. Show the scope "
                    "wording in the NCPRSS and IC&RC peer codes: peers stay within their "
                    "training, know their limits, work with other professionals, and work only "
                    "under supervision. Compare coach, sponsor and counselor in a simple "
                    "table. Close with why this matters for people on medication: a coach "
                    "acting like a sponsor from a group that frowns on medication, or like a "
                    "clinician, can cause harm."
                ),
                "materials": ["Slides or flip chart", "Handout: In scope, out of scope"],
            },
            {
                "title": "Demonstration: “Should I ask to go up?”",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Two facilitators act out a short talk twice. A person on methadone says "
                    "he is sick every night and asks if he should ask for more. In version "
                    "one, the coach says the dose sounds low and tells him to ask for ten "
                    "more. In version two, the coach follows listen, help describe, connect, "
                    "follow up. Ask the group what changed, and why version two is both safer "
                    "and more helpful. Point out that version two never says “ask your doctor” "
                    "and walks away; it does real peer work."
                ),
                "materials": ["Two chairs at the front"],
            },
            {
                "title": "Role-play: a medication question and a warm handoff",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Run two rounds of about nine minutes: five minutes "
                    "of role-play, two of observer feedback, two to switch roles. The coach "
                    "must stay out of the medical call, deal with the safety question, and "
                    "offer a warm handoff, such as calling the clinic nurse together. In round "
                    "two, add a twist to the participant card: she asks the coach to call the "
                    "clinic for her without her there. Use the last five minutes for a whole "
                    "group debrief: where did anyone slip into advice, and what helped the "
                    "handoff feel warm?"
                ),
                "materials": ["Role cards", "Observer checklists", "Timer"],
                "roles": [
                    "Coach",
                    "Participant (Ms. Robinson, 38, on buprenorphine eight months, works "
                    "nights at a nursing home, raising a teenage son)",
                    "Observer",
                ],
                "script": (
                    "Ms. Robinson opens with: “I've been cutting my strip and saving half for "
                    "the afternoon because I feel sick by 3. My neighbor gave me some of her "
                    "anxiety pills to help me sleep after my shift. Is that OK? And honestly, "
                    "should I just ask for a higher dose? I don't want my doctor thinking I'm "
                    "drug-seeking.” If the coach asks about timing, she says she doses at 6 "
                    "in the morning and feels yawning, sweating and cravings by mid-afternoon. "
                    "She has not taken the pills yet. She says she has naloxone somewhere but "
                    "is not sure where."
                ),
                "observer_checklist": [
                    "Coach did not judge the dose or suggest splitting, raising or timing",
                    "Coach was honest that mixing sedating pills with her medication needs a "
                    "medical answer first, because of overdose risk",
                    "Coach helped her describe timing and symptoms in her own words",
                    "Coach offered a warm handoff, such as calling the clinic together today",
                    "Coach checked on naloxone",
                    "Coach named her fear of being seen as drug-seeking with respect",
                    "Coach planned a follow-up",
                ],
            },
            {
                "title": "Build a warm handoff map",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Groups of four pick one person from a case card: a man leaving jail who "
                    "needs a buprenorphine prescriber; a pregnant woman on methadone who needs "
                    "prenatal care; an older man at a rural clinic who needs legal aid for an "
                    "eviction. Each group maps the warm handoff on flip chart paper: what "
                    "the person wants, what to check about the service (including whether it "
                    "welcomes people on medication), consent needed, how to connect with the "
                    "person present, barriers to solve, and follow-up. Give ten minutes, then "
                    "each group shares one insight in a minute or so."
                ),
                "materials": [
                    "Case cards",
                    "Flip chart paper and markers",
                    "Handout: Warm handoff checklist",
                ],
            },
            {
                "title": "Ending well: four endings",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Assign each of four groups one ending: a planned ending at the end of a "
                    "90-day program; a person who stops coming; a coach who is leaving the job "
                    "in a month; a person who goes to jail. Each group lists what the coach "
                    "does, what the coach does not do, and what to bring to supervision. Give "
                    "eight minutes, then take reports of about a minute and a half each. Stress "
                    "that no one should be dropped, that outreach is gentle and limited, and "
                    "that a coach who leaves does not take people along."
                ),
                "materials": ["Handout: Ending well checklist", "Flip chart paper"],
            },
            {
                "title": "Teach-back: bringing it to supervision",
                "minutes": 10,
                "method": "teach_back",
                "description": (
                    "In pairs, each person picks a moment from today when a coach reached a "
                    "limit or felt role drift. They present it to their partner as they would "
                    "to a supervisor, using the four parts: what happened, what worries me, "
                    "what I did or plan to do, and what I need. The partner, playing the "
                    "supervisor, asks one question and gives one piece of feedback. Switch. "
                    "Ask two pairs to model theirs for the room."
                ),
                "materials": ["Supervision framing card"],
            },
            {
                "title": "Closing round",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Close with a quick round. Each person names one phrase they will use to "
                    "stay in scope and one step they will take before their next referral. "
                    "Remind the group that every medical decision stays with the person and "
                    "their prescriber, and that staying in scope means connecting people, not "
                    "stepping back."
                ),
                "materials": [],
                "questions": [
                    "What phrase will you use to stay in scope?",
                    "What will you check before your next referral?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "In scope, out of scope",
                "text": (
                    "Recovery coaching is a non-clinical role. Your scope comes from your "
                    "training, your credential and its code, your job description and your "
                    "supervisor.\n\n"
                    "Peers do:\n"
                    "- Listen, encourage and share lived experience with purpose.\n"
                    "- Help people set their own goals.\n"
                    "- Link people to resources, with warm handoffs.\n"
                    "- Help people prepare questions for prescribers, lawyers and others.\n"
                    "- Advocate, with permission, and support self-advocacy.\n"
                    "- Lead groups and build community.\n\n"
                    "Peers do not:\n"
                    "- Diagnose any condition.\n"
                    "- Give medical advice: no doses, splits, taper speeds or medication "
                    "choices.\n"
                    "- Give legal advice.\n"
                    "- Provide counseling or therapy.\n\n"
                    "When a question is outside your role:\n"
                    "- Listen for what is behind it.\n"
                    "- Help the person describe it clearly.\n"
                    "- Connect them with the right person.\n"
                    "- Follow up.\n\n"
                    "Safety: if someone is very hard to wake or breathing slowly, call 911 and "
                    "use naloxone. For a mental health crisis, call or text 988."
                ),
            },
            {
                "title": "Warm handoff checklist",
                "text": (
                    "- Ask what the person wants: what help, where, when.\n"
                    "- Check the service: open hours, insurance, wait, and whether it welcomes "
                    "people on methadone or buprenorphine.\n"
                    "- Get consent before sharing anything about the person.\n"
                    "- Connect together: call, walk over or video, with the person present.\n"
                    "- Introduce them by the name they prefer and let them tell their story.\n"
                    "- Solve small barriers: ride, bus pass, child care, reminders, what to "
                    "bring.\n"
                    "- Follow up after the first visit.\n"
                    "- Update your resource list with what you learned."
                ),
            },
            {
                "title": "Ending well checklist",
                "text": (
                    "Planned ending:\n"
                    "- Raise it weeks ahead.\n"
                    "- Review goals and name strengths.\n"
                    "- Make room for feelings.\n"
                    "- Set up ongoing supports with warm handoffs.\n"
                    "- Explain how to come back.\n"
                    "- Write an accurate closing note.\n\n"
                    "When a person stops coming:\n"
                    "- Reach out gently, using agreed contact methods.\n"
                    "- Follow the program's outreach limit. Do not chase.\n"
                    "- Bring safety worries to your supervisor.\n"
                    "- Leave the door open and welcome people back.\n\n"
                    "When you leave the job:\n"
                    "- Tell your supervisor first.\n"
                    "- Tell each person yourself, with notice.\n"
                    "- Introduce the new coach in person or by video.\n"
                    "- Leave good records.\n"
                    "- Do not recruit people to follow you or turn the relationship into a "
                    "friendship."
                ),
            },
        ],
    },
}
