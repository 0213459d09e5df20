"""Ethics module 3: Boundaries. Boundaries in a mutual peer relationship, dual and overlapping
relationships (clinic, dosing line, meetings, small towns, tribal and rural communities), gifts and
money, romance (never), social media and texting, rides and time alone, patient brokering and the
Eliminating Kickbacks in Recovery Act, and how to repair a boundary slip in supervision."""

MODULE = {
    "slug": "boundaries",
    "title": "Boundaries, dual relationships, gifts, social media and kickbacks",
    "domain": "ethical-responsibility",
    "intro": (
        "How to keep a peer relationship warm, mutual and safe: overlapping relationships at the "
        "clinic and in small communities, gifts and money, romance, social media, rides, patient "
        "brokering and kickbacks, and what to do when a boundary slips."
    ),
    "minutes": 180,
    "sources": [
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "SAMHSA. TIP 64: Incorporating Peer Support Into Substance Use Disorder Treatment "
        "Services. 2023.",
        "NAADAC, the Association for Addiction Professionals, and NCC AP. Code of Ethics. "
        "Effective January 1, 2021.",
        "U.S. Congress. Eliminating Kickbacks in Recovery Act of 2018, part of the SUPPORT for "
        "Patients and Communities Act, 18 U.S.C. 220. 2018.",
        "Florida Legislature. Patient Brokering Act, Florida Statutes section 817.505, and "
        "CS/CS/HB 807, Practices of Substance Abuse Service Providers. 2017.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "understanding-boundaries",
            "title": "Boundaries in a mutual relationship",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Why peers need boundaries too</h2>"
                 "<p>Peer support is built on mutual respect. You are not the expert on someone "
                 "else's life. You have walked a similar road, and you share what helped. That "
                 "is the gift of the role. It is also what makes boundaries tricky. When you "
                 "dose at the same clinic, sit in the same meetings and grew up on the same "
                 "blocks, the line between coach and friend can blur fast.</p>"
                 "<p>A boundary is a limit that keeps the relationship safe and focused on the "
                 "person you serve. Boundaries are not walls. They do not mean you stop being "
                 "warm. They tell both of you what to expect: when you are available, what you "
                 "will and will not do, and where the relationship is headed. Good boundaries "
                 "protect the person from being used or let down. They protect you from burnout. "
                 "And they protect the trust that makes peer work possible in the first "
                 "place.</p>"
                 "<p>Think of it this way. The person you coach did not sign up for a new best "
                 "friend. They signed up for help with their own recovery goals. Every time the "
                 "relationship starts to meet your needs instead of theirs, something has gone "
                 "off track.</p>"
                 "<h2>Mutual does not mean equal power</h2>"
                 "<p>SAMHSA's core competencies for peer workers describe peer support as "
                 "person-centered and voluntary. The person directs their own recovery. That is "
                 "real. But you still hold more power than you may feel you do. You may have "
                 "keys to the program, a say in who gets a bus pass, a voice in team meetings, "
                 "and notes in the record. You know private things about the person. They may "
                 "need your help to get housing, a ride or a letter. That is power, even when "
                 "you are on the same medication and came up the same way.</p>"
                 "<p>Power is why a coach carries the job of holding the boundary. If a person "
                 "pushes a limit, that is not a crime. People test limits for many reasons, "
                 "often because past helpers were unreliable or harmful. Your job is to notice, "
                 "name it kindly and hold steady.</p>"
                 "<h2>Too rigid, too loose, just right</h2>"
                 "<ul>"
                 "<li><strong>Too rigid:</strong> cold, rule-bound, never sharing anything of "
                 "yourself. The person feels like a case number. In peer work, this can look "
                 "like a coach who acts like a clinic gatekeeper.</li>"
                 "<li><strong>Too loose:</strong> always on call, lending money, sharing your "
                 "own problems to get support, keeping secrets from the team. The relationship "
                 "starts to serve you.</li>"
                 "<li><strong>Healthy:</strong> warm and real, with clear limits on time, "
                 "contact, money, touch, gifts and how much you share about yourself.</li>"
                 "</ul>"
                 "<h2>Crossings and violations</h2>"
                 "<p>A <strong>boundary crossing</strong> is a step outside usual practice. It "
                 "may be harmless or even helpful. Going to a person's graduation from a "
                 "GED class, with your supervisor's okay, is a crossing. So is a short hug at "
                 "a funeral when the person reaches for it. Crossings should be rare, "
                 "thought through, for the person's benefit, and talked over with your "
                 "supervisor.</p>"
                 "<p>A <strong>boundary violation</strong> harms the person or uses the "
                 "relationship for the coach's gain. Borrowing money, selling something, "
                 "taking a referral fee and any romantic or sexual contact are violations. "
                 "Violations are never okay, no matter who started it.</p>"
                 "<p>Small crossings can stack up. One extra call at night becomes a habit. "
                 "One ride becomes a standing favor. One shared secret becomes a pattern of "
                 "keeping things from the team. This slide is gradual, so watch for it.</p>"
                 "<h2>The bright lines</h2>"
                 "<p>Most boundary questions need judgment. A few do not. In this course, "
                 "these are never okay with a person you coach:</p>"
                 "<ul>"
                 "<li>Romantic or sexual contact of any kind, including flirting, dating and "
                 "sexual talk.</li>"
                 "<li>Lending, borrowing, selling, buying or trading money, goods or "
                 "medication.</li>"
                 "<li>Taking any payment, gift or favor for sending a person to a treatment "
                 "program, recovery home or lab.</li>"
                 "<li>Using drugs or alcohol with a person, or being present while they "
                 "use.</li>"
                 "<li>Keeping a secret from your supervisor about your relationship with a "
                 "person you coach.</li>"
                 "</ul>"
                 "<p>The NAADAC Code of Ethics, which many state boards use, says providers "
                 "shall not exploit others in their professional relationships and shall keep "
                 "appropriate professional and personal boundaries. Your own credentialing "
                 "board's code will say something similar. Module 1 covers the codes in "
                 "detail.</p>"
                 "<h2>Warning signs in yourself</h2>"
                 "<ul>"
                 "<li>You think about a person a lot when you are off the clock.</li>"
                 "<li>You give one person more time, rides or favors than others.</li>"
                 "<li>You feel you are the only one who can help them.</li>"
                 "<li>You share your own struggles because it feels good to be heard.</li>"
                 "<li>You skip telling your supervisor about something you did.</li>"
                 "<li>You feel hurt or angry when the person does not take your advice.</li>"
                 "</ul>"
                 "<p>None of these make you a bad coach. They are normal human reactions. They "
                 "are signals to slow down and talk with your supervisor.</p>"),
                ("callout", {
                    "title": "The supervisor test",
                    "text": (
                        "If you would hesitate to tell your supervisor about something you did "
                        "with a person you coach, that hesitation is your signal to tell them. "
                        "Secrets are where boundary problems grow."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Sharing your story is a boundary too</h2>"
                 "<p>Your lived experience is one of your best tools. A short piece of your "
                 "story can give hope in a way nothing else can. But sharing has limits. Before "
                 "you share, ask yourself three questions. Is this for the person, or for me? "
                 "Is it short? Will it help them take their next step? If the answer to any of "
                 "these is no, hold back.</p>"
                 "<p>Keep the focus on the person. Share what helped you, not every detail of "
                 "what happened. Skip graphic stories of use. Do not share your current "
                 "struggles to get support from the person you coach. Get that support from "
                 "your own sponsor, friends, counselor or supervisor. And never share details "
                 "about your own dose or take-home schedule as a yardstick. Every body and "
                 "every treatment plan is different.</p>"
                 "<h2>Why this matters so much in medication-assisted recovery</h2>"
                 "<p>People on methadone or buprenorphine have often been judged by helpers. "
                 "Some were told they were not really in recovery. Some were pushed off their "
                 "medication. When a peer who also takes medication shows up with warmth and "
                 "clear limits, it can be the first safe helping relationship a person has "
                 "had. That is worth protecting. A boundary slip by a peer can confirm the "
                 "worst things people have heard about programs. Steady, kind boundaries show "
                 "that peers can be trusted.</p>"
                 "<h2>Setting boundaries at the start</h2>"
                 "<p>The easiest boundary is the one you set in the first meeting, before "
                 "there is a problem. Tell the person in plain words:</p>"
                 "<ul>"
                 "<li>how and when they can reach you, and what to do after hours (for a "
                 "crisis, call or text 988, or the program's on-call line);</li>"
                 "<li>what a coach does and does not do;</li>"
                 "<li>what you keep private and what you share with the team;</li>"
                 "<li>that you cannot accept gifts or money, and why.</li>"
                 "</ul>"
                 "<p>Saying it up front turns a later “no” into a reminder, not a rejection. "
                 "For example, you can say: “Remember when we talked about how I can't give "
                 "rides in my own car? Let's look at the bus pass or the van schedule "
                 "together.”</p>"),
                ("reflection", {
                    "prompt": (
                        "Do you lean toward boundaries that are too rigid or too loose? Think "
                        "of a time in your own recovery when a helper's boundary helped or hurt "
                        "you. What will you do the same or differently as a coach?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "dual-relationships",
            "title": "Dual and overlapping relationships",
            "minutes": 12,
            "body": [
                ("rich_text",
                 "<h2>What a dual relationship is</h2>"
                 "<p>A dual relationship, also called a multiple relationship, is when you "
                 "have another tie to a person besides coaching. You might be cousins. You "
                 "might work at the same job, live in the same building, go to the same church "
                 "or dose at the same clinic. Some of these ties are easy to avoid. Many are "
                 "not.</p>"
                 "<p>Dual relationships matter because they can blur your role. The person may "
                 "not know which hat you are wearing. They may feel they cannot say no to you. "
                 "You may learn things in one role that you should not use in the other. And "
                 "other people may see favoritism.</p>"
                 "<h2>Avoid these</h2>"
                 "<ul>"
                 "<li>Coaching your own family members, partner or close friends.</li>"
                 "<li>Coaching someone you owe money to, or who owes you.</li>"
                 "<li>Being a person's landlord, boss or business partner while coaching "
                 "them.</li>"
                 "<li>Being a person's sponsor in a mutual-aid group while you are also their "
                 "paid or assigned coach.</li>"
                 "<li>Any romantic or sexual tie. This is covered in lesson 4.</li>"
                 "</ul>"
                 "<p>When a person you already know well asks for a coach, the kind answer is "
                 "to help them get a different coach. You can still say hi in the hallway.</p>"
                 "<h2>Overlaps you cannot avoid: manage them</h2>"
                 "<p>Medication-assisted recovery has its own overlaps. Many coaches are "
                 "patients at an opioid treatment program. Some work at the same clinic where "
                 "they dose. You may stand in the dosing line next to someone you coached an "
                 "hour ago. You may sit in the same medication-friendly meeting. Your own "
                 "treatment is never something to give up for the job. Your recovery comes "
                 "first, and you have the same right to privacy as any other patient.</p>"
                 "<p>Overlaps like these are not wrong. They need a plan. Here are the steps:</p>"
                 "<ol>"
                 "<li><strong>Tell your supervisor</strong> about the overlap as soon as you "
                 "know about it.</li>"
                 "<li><strong>Talk with the person.</strong> Name the overlap out loud. Ask how "
                 "they want to handle it.</li>"
                 "<li><strong>Agree on a plan.</strong> For example: we nod hello in the "
                 "line, but we do not talk about coaching there. In the meeting, I share like "
                 "any member, and I never mention our work.</li>"
                 "<li><strong>Keep roles apart.</strong> What you hear at a meeting stays at "
                 "the meeting. What you learn as a coach stays in coaching.</li>"
                 "<li><strong>Offer a choice.</strong> Ask whether the person would rather "
                 "work with another coach. Make it easy to say yes.</li>"
                 "<li><strong>Write it down</strong> the way your program asks, so the plan "
                 "is on record.</li>"
                 "</ol>"
                 "<h2>At the clinic</h2>"
                 "<p>Meet Darnell, 44, a coach at a peer center inside an opioid treatment "
                 "program. He has taken methadone for nine years and doses at the same window "
                 "as the people he supports. Darnell tells new people on day one: “You'll "
                 "probably see me in the line. I'm a patient here too. In the line, I'm just "
                 "Darnell. If you want to talk coaching, catch me at the peer room.” He never "
                 "mentions his own dose, his take-home schedule or anyone else's. He never "
                 "looks at a person's chart because he happens to be in the building. And he "
                 "does not use his staff role to get help with his own treatment that other "
                 "patients would not get.</p>"
                 "<p>There is one more risk at the clinic. Staff may ask a coach who is also "
                 "a patient to “keep an eye on” someone in the line, or to report what they "
                 "overhear. That is a role mix-up. Things you see as a patient are not coaching "
                 "information. If a safety issue comes up, follow the program's safety policy, "
                 "and talk it over with your supervisor.</p>"
                 "<h2>In mutual-aid meetings</h2>"
                 "<p>Meetings are where many of us found hope. You do not have to stop going "
                 "because a person you coach shows up. Some coaches pick a different meeting "
                 "for their own sharing, so they can talk freely. Others stay and simply share "
                 "with care. Either is fine if it is thought through. Never report what a "
                 "person said in a meeting to the team. Meeting talk is not coaching "
                 "information.</p>"
                 "<h2>Small towns</h2>"
                 "<p>In a rural county, there may be one clinic, one grocery store and one "
                 "meeting. Rosa, 52, coaches in a town of three thousand. The person she "
                 "coaches bags her groceries. Their kids play on the same team. Rosa cannot "
                 "avoid these ties, so she makes them clear. She told the person: “If I see "
                 "you in town, I'll let you say hi first. That way you decide who knows we "
                 "know each other.” Letting the person lead in public is a simple, strong "
                 "habit. It protects their privacy in a place where everyone talks.</p>"
                 "<p>Rural coaches also lean on supervision more. There may be no second coach "
                 "to hand off to. In that case, write down the overlap, talk about it at each "
                 "supervision, and set a lower bar for asking for help.</p>"
                 "<h2>Tribal and Native communities</h2>"
                 "<p>In many tribal communities, people are tied by family, clan, ceremony and "
                 "history. Being related, or being known through family, is often part of why "
                 "a person trusts a helper at all. A rule that says “never work with anyone you "
                 "know” may not fit, and may push people away from help.</p>"
                 "<p>What does fit is honesty and respect for the community's own ways. Learn "
                 "the local norms from elders, tribal staff and Native colleagues. Ask the "
                 "person how they want to handle the tie. Be open about your role at "
                 "gatherings. Keep what you learn in coaching out of family talk. And bring the "
                 "overlap to supervision, ideally with a supervisor who knows the community. "
                 "The same is true in close immigrant communities, churches and neighborhoods "
                 "where everyone knows everyone.</p>"
                 "<h2>When an overlap is too close</h2>"
                 "<p>Some overlaps can be managed. Others are too close. Ask yourself:</p>"
                 "<ul>"
                 "<li>Would I feel free to be honest with this person, even about hard "
                 "things?</li>"
                 "<li>Would they feel free to say no to me, or to complain about me?</li>"
                 "<li>Could what I learn as a coach affect my family, job or friendships?</li>"
                 "<li>Would other people see this as favoritism?</li>"
                 "</ul>"
                 "<p>If the honest answer worries you, the overlap is probably too close. "
                 "Talk with your supervisor about another coach, a coach from a nearby "
                 "program, or a telehealth peer. When there truly is no one else, write down "
                 "the plan, keep the person's choice at the center, and check in about it "
                 "often in supervision.</p>"
                 "<h2>Working at a program where you get care</h2>"
                 "<p>Many peer programs hire people who are also patients. That is a strength. "
                 "It also raises questions. Who sees your chart? Who is your prescriber? Can "
                 "your supervisor also be your counselor? Ask the program to set clear lines: "
                 "your own records stay private from co-workers who do not treat you, your "
                 "care team is separate from your supervisor, and your job is never tied to "
                 "your dose or your test results. You have the same right to privacy and "
                 "fair treatment as any patient.</p>"
                 "<h2>After coaching ends</h2>"
                 "<p>The power gap does not vanish when services end. The person may come back "
                 "for support later. Many codes limit or ban later romantic ties with people "
                 "you served. Before any new kind of relationship with someone you coached, "
                 "such as going into business or becoming roommates, check your code and talk "
                 "with your supervisor.</p>"),
                ("callout", {
                    "title": "Let the person lead in public",
                    "text": (
                        "When you see someone you coach outside of work, let them decide "
                        "whether to say hello. Tell them this in your first meeting. It keeps "
                        "their privacy in their own hands."
                    ),
                    "tone": "tip",
                }),
                ("scenario", {
                    "title": "The dosing line",
                    "situation": (
                        "You are a coach at a peer center and a patient at the same opioid "
                        "treatment program. Keisha, 31, started coaching with you last week. "
                        "This morning she is two people behind you in the dosing line. She "
                        "calls out, loud enough for others to hear, “Hey, are you still coming "
                        "with me to my housing appointment Thursday? And what dose are you "
                        "on, anyway? Mine isn't holding.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Smile, say quietly that you will catch her at the peer room "
                                "after dosing, and leave the details for then."
                            ),
                            "feedback": (
                                "This keeps her privacy and yours in a public space, without "
                                "shaming her. You are setting up a private talk about the "
                                "overlap."
                            ),
                            "best": True,
                            "next": (
                                "After dosing, Keisha comes to the peer room. She says sorry "
                                "for being loud and asks again about your dose, because she "
                                "wants to know what is “normal.”"
                            ),
                        },
                        {
                            "text": "Answer both questions in the line so she does not feel ignored.",
                            "feedback": (
                                "This shares her coaching plans and your medical details with "
                                "everyone in line. Your dose is private, and comparing doses "
                                "is not useful to her."
                            ),
                            "best": False,
                            "next": (
                                "Others in line hear about her housing appointment and your "
                                "dose. Later Keisha asks again, in the peer room, what dose "
                                "is normal."
                            ),
                        },
                        {
                            "text": "Pretend you did not hear her.",
                            "feedback": (
                                "Ignoring her may feel like rejection to someone new. A short, "
                                "kind redirect works better."
                            ),
                            "best": False,
                            "next": (
                                "Keisha looks hurt. Later she finds you in the peer room and "
                                "asks again what dose is normal."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": "In the peer room, Keisha asks what dose is normal. What do you say?",
                        "choices": [
                            {
                                "text": (
                                    "Explain that doses differ a lot from person to person, "
                                    "that you keep your own private, and help her write down "
                                    "what she feels, such as when the dose seems to wear off, "
                                    "to tell her prescriber. Then agree together on how you "
                                    "will handle seeing each other in line."
                                ),
                                "feedback": (
                                    "You hold your boundary, give no medical advice, and help "
                                    "her bring her concern to the person who can act on it. "
                                    "You also make a plan for the overlap."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Tell her your dose so she has something to compare.",
                                "feedback": (
                                    "Your dose tells her nothing about what fits her body, and "
                                    "it shares your private health details."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Tell her to ask for a higher dose, since hers isn't holding.",
                                "feedback": (
                                    "That is medical advice. Coaches help people describe "
                                    "what they feel and bring it to the prescriber."
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
            "slug": "gifts-money-and-favours",
            "title": "Gifts, money, rides and time alone",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Start with your program's policy</h2>"
                 "<p>Most programs have a written policy on gifts, money and transportation. "
                 "Read it before anyone offers you anything. The policy protects you. When you "
                 "say no, you can point to the rule instead of making it personal.</p>"
                 "<h2>Gifts from the person</h2>"
                 "<p>People want to say thank you. That is beautiful, and it is worth "
                 "honoring. Where the policy leaves room for judgment, ask yourself:</p>"
                 "<ul>"
                 "<li><strong>Value:</strong> is it a card, a drawing or a plate of cookies "
                 "to share with the team? Or does it cost real money?</li>"
                 "<li><strong>Timing:</strong> a card at the end of services is different "
                 "from gifts every week.</li>"
                 "<li><strong>Meaning:</strong> is it a thank-you, or could it create a sense "
                 "that you owe the person something?</li>"
                 "<li><strong>Culture:</strong> in some families and cultures, refusing food "
                 "or a small gift is a deep insult.</li>"
                 "<li><strong>Openness:</strong> would you be fine telling your supervisor "
                 "and the whole team?</li>"
                 "</ul>"
                 "<p>Some lines are clear. Do not accept cash, gift cards, checks, expensive "
                 "items, or favors like free car repair or free hair care. Do not accept "
                 "anything from a person's family in return for help.</p>"
                 "<h2>Declining with warmth</h2>"
                 "<p>How you say no matters as much as the no. Thank the person. Name what the "
                 "gesture means. Explain the rule. Offer another way to mark the moment. For "
                 "example:</p>"
                 "<p>“Ms. Chen, thank you. This means so much. Our program doesn't let me "
                 "keep gifts, but I'd love to put your card up in the peer room so everyone "
                 "can see how far you've come.”</p>"
                 "<p>Then tell your supervisor and write it down if your program asks.</p>"
                 "<h2>Money: never lend, borrow, buy or sell</h2>"
                 "<p>Money changes a relationship fast. If you lend money, the person now owes "
                 "you, and that debt sits in every meeting. If you borrow, you owe them, and "
                 "you may not be able to be honest with them. Buying or selling anything, even "
                 "a used phone, mixes business with support.</p>"
                 "<p>So coaches do not lend, give, borrow, buy, sell or trade with the people "
                 "they coach. When a person needs money for a bus fare, a clinic fee or food, "
                 "the answer is a program resource, not your wallet. Help them find the "
                 "emergency fund, the food pantry, the transit pass program or the clinic's "
                 "financial help. This teaches a skill they can use again.</p>"
                 "<p>Never hold, carry, store or handle a person's medication, including "
                 "take-home doses. Never buy or sell medication of any kind. If someone offers "
                 "you part of their dose, say no, and bring it to your supervisor.</p>"
                 "<h2>Gifts and favors from the coach</h2>"
                 "<p>Boundaries go both ways. It can feel kind to buy a person lunch, give "
                 "them your old coat, or pay their phone bill once. But personal gifts from a "
                 "coach create the same problems as gifts to a coach. The person may feel they "
                 "owe you. Others you coach may feel less cared for. And you may set up "
                 "a pattern you cannot keep.</p>"
                 "<p>Use program resources, through the proper steps, for things like "
                 "clothing, food, hygiene kits or phones. If the program gives out a meal or a "
                 "gift card for a milestone, that is the program giving, not you. Make that "
                 "clear.</p>"
                 "<p>Watch out for favors too. People may ask you to pick up their kids, "
                 "cosign a lease, hold onto their things, or speak to their landlord as a "
                 "friend. Some of these are real support tasks that fit your role, like going "
                 "with a person to a housing meeting. Others, like cosigning a lease or "
                 "babysitting, turn you into a family member or a business partner. When in "
                 "doubt, ask: is this something I would do for everyone I coach? If not, "
                 "bring it to supervision.</p>"
                 "<h2>A story: the birthday</h2>"
                 "<p>Jasmine, 27, coached Mr. Okafor, 63, who had been on methadone for twelve "
                 "years and had just moved into his own apartment. On his birthday he invited "
                 "her to a family dinner. She felt honored and wanted to go. She brought it to "
                 "her supervisor first. Together they decided she would not go to the dinner, "
                 "but the peer center would hold a small cake time for everyone with a "
                 "birthday that month. Jasmine told Mr. Okafor: “I'm so touched you asked. I "
                 "don't go to family events with people I coach, but I'd love to celebrate "
                 "you at the center on Friday.” He came, and brought his granddaughter.</p>"
                 "<h2>Rides and transportation</h2>"
                 "<p>Getting to the clinic, court, a job interview or a housing visit is a "
                 "real recovery need. Many programs help with rides. Still, driving someone "
                 "in your own car carries risks: a crash and who pays, being alone in a closed "
                 "space, being asked to make stops, and the slow slide toward being a free "
                 "taxi.</p>"
                 "<ul>"
                 "<li>Follow your program's transportation policy to the letter.</li>"
                 "<li>Use program vehicles, vouchers, bus passes or ride services when "
                 "they exist.</li>"
                 "<li>If your program allows you to drive a person, get approval first, use "
                 "the route agreed, and make no side trips.</li>"
                 "<li>Never drive a person to buy drugs or alcohol, or to a place that puts "
                 "either of you at risk.</li>"
                 "<li>Never give a ride after you have used any substance that affects "
                 "driving.</li>"
                 "</ul>"
                 "<h2>Being alone with a person</h2>"
                 "<p>Peer work often happens one to one, and that is good. But some settings "
                 "raise risk: a person's home at night, your home, a car parked somewhere "
                 "quiet, a hotel room. These settings can lead to misunderstandings, false "
                 "claims or real harm.</p>"
                 "<ul>"
                 "<li>Meet in public or program spaces when you can: the peer room, a "
                 "library, a coffee shop.</li>"
                 "<li>Never meet at your own home.</li>"
                 "<li>For home visits, follow your program's safety steps: tell the team "
                 "where you are going and when you will be back, and keep your phone "
                 "charged.</li>"
                 "<li>Keep the door open or meet in a room with a window when your program "
                 "allows.</li>"
                 "<li>If a visit feels unsafe or starts to feel personal, end it kindly and "
                 "call your supervisor.</li>"
                 "</ul>"
                 "<p>Touch needs care too. A handshake or a hug the person asks for may be "
                 "fine. Many people we serve carry trauma. Always let the person lead, and ask "
                 "before any touch.</p>"),
                ("callout", {
                    "title": "Resources, not your wallet",
                    "text": (
                        "When a person needs money, food or a ride, your job is to connect "
                        "them with a resource they can use again, not to pay out of pocket."
                    ),
                    "tone": "info",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Mr. Begay finishes his recovery plan goals and gives you a "
                            "handmade card and a gift card for a restaurant. What fits best?"
                        ),
                        "choices": [
                            ("Thank him warmly, keep the card if policy allows, decline the "
                             "gift card with a kind explanation, and tell your supervisor", True),
                            ("Keep both, since services are ending", False),
                            ("Decline both without comment, so no one is confused", False),
                        ],
                        "explanation": (
                            "A card is a small token many programs allow. Gift cards are like "
                            "cash. Declining warmly and telling your supervisor protects you "
                            "both and honors the gesture."
                        ),
                    },
                    {
                        "prompt": (
                            "A person you coach is short on rent and asks to borrow forty "
                            "dollars until Friday. What do you do?"
                        ),
                        "choices": [
                            ("Say no kindly and help them contact the emergency fund or "
                             "rental help", True),
                            ("Lend it, since it is a small amount", False),
                            ("Give it as a gift so there is no debt", False),
                        ],
                        "explanation": (
                            "Lending or giving money changes the relationship. Connecting the "
                            "person to a resource solves the problem and builds a skill."
                        ),
                    },
                    {
                        "prompt": (
                            "A person asks you to pick them up from a party late at night in "
                            "your own car. Your program allows rides only in the program van "
                            "during work hours. What do you do?"
                        ),
                        "choices": [
                            ("Decline the ride, help them find a safe ride such as a taxi or "
                             "a trusted friend, and check in about safety", True),
                            ("Go, because safety comes first", False),
                            ("Go, but do not tell your supervisor", False),
                        ],
                        "explanation": (
                            "You can care about safety without breaking policy. Help the "
                            "person find a safe ride, and bring the request to supervision."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "social-media-and-digital-boundaries",
            "title": "Romance, social media and texting",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Romantic and sexual relationships: never</h2>"
                 "<p>There is no gray area here. A coach never has a romantic or sexual "
                 "relationship with a person they coach. That includes dating, flirting, "
                 "sexual jokes, sexual texts or photos, and “just hanging out” that both of "
                 "you know is more than that. It does not matter who starts it. It does not "
                 "matter if you are both adults and it feels mutual. The coach is the one "
                 "responsible.</p>"
                 "<p>Why so firm? Because the person came to you at a hard time. They may "
                 "feel grateful, lonely or dependent. They may feel they cannot say no to "
                 "someone who helps them with housing or court. Many people in recovery carry "
                 "trauma, including sexual trauma. A romance with a helper can repeat that "
                 "harm. It can also wreck their trust in the program, and in peers as a "
                 "whole.</p>"
                 "<p>Feelings happen. Attraction is human. Having a feeling is not a "
                 "violation. Acting on it is. If you notice you are attracted to someone you "
                 "coach, or they seem attracted to you:</p>"
                 "<ul>"
                 "<li>Bring it to your supervisor right away. This is exactly what supervision "
                 "is for.</li>"
                 "<li>Do not share the feeling with the person.</li>"
                 "<li>Tighten your boundaries: meet in public spaces, keep contact to work "
                 "channels.</li>"
                 "<li>Be open to the person moving to another coach, explained in a way that "
                 "does not blame them.</li>"
                 "</ul>"
                 "<p>If a person flirts with you or asks you out, say no clearly and kindly. "
                 "For example: “I'm glad you feel comfortable with me. I don't date people I "
                 "coach. That's a firm rule, and it's there to protect you. I still want to "
                 "keep working on your goals with you.” Then tell your supervisor.</p>"
                 "<p>Many codes also limit romance with people you used to coach. Check your "
                 "board's code. When in doubt, the answer is no.</p>"
                 "<h2>Social media</h2>"
                 "<p>One post, like or tag can reveal that a person is in treatment. In a "
                 "small town, a photo of the peer center steps can be enough. Social media also "
                 "blurs your role, because the person sees your private life and you see "
                 "theirs.</p>"
                 "<ul>"
                 "<li>Do not friend, follow or accept requests from people you coach on "
                 "personal accounts. Explain why kindly, in person.</li>"
                 "<li>Never post about the people you coach, even without names. Details "
                 "can identify people.</li>"
                 "<li>Do not post photos from the program unless your program has written "
                 "consent and a clear reason.</li>"
                 "<li>Do not look up people you coach online out of curiosity.</li>"
                 "<li>Check your own privacy settings. Ask: what would a person I coach see "
                 "if they searched for me?</li>"
                 "<li>If your program has a work page, use it only as the policy says.</li>"
                 "</ul>"
                 "<p>The NAADAC Code of Ethics has a whole section on e-therapy and social "
                 "media, a sign of how much this matters. Your program's own social media "
                 "policy is the first place to look.</p>"
                 "<p>A kind way to decline a friend request: “I saw your request. I don't "
                 "connect with people I coach on my personal pages. It keeps your privacy "
                 "safe, and it keeps me clear about my role. It's not about you. You can "
                 "always reach me on the work phone.”</p>"
                 "<h2>Your own story online</h2>"
                 "<p>Many peers share their recovery publicly to fight stigma. That is your "
                 "right, and it can be powerful. Sharing that you take methadone or "
                 "buprenorphine can help others feel less alone. Before you post, think about "
                 "who will see it, including people you coach, and whether it fits how you "
                 "share in your role. Your medication and your story are yours to share or "
                 "keep private.</p>"
                 "<h2>Group chats, photos and events</h2>"
                 "<p>Group chats are a common way for peer groups to stay in touch. They can "
                 "be a lifeline. They also spread information fast. If your program runs a "
                 "group chat, follow its rules. Remind members not to share each other's "
                 "stories outside the group, and never add a person without asking. Do not "
                 "post in a program chat from your personal account.</p>"
                 "<p>Photos are another risk. At a recovery walk or a cookout, people may want "
                 "pictures. Some people are proud to be seen. Others could lose a job, a "
                 "custody case or a home if their face shows up online next to a recovery "
                 "banner. Always ask before you take or post a photo, and make it easy to say "
                 "no. Your program may need a signed release.</p>"
                 "<h2>When someone you coach posts about you</h2>"
                 "<p>Sometimes a person posts a thank-you that names you and the program, or "
                 "tags you in a photo. They mean well. Do not reply or like it from a personal "
                 "account. At your next meeting, thank them, and gently explain that you keep "
                 "coaching off social media to protect their privacy. Let them decide whether "
                 "to take the post down. It is their story to share, but they should know who "
                 "might see it.</p>"
                 "<h2>Texting and phone calls</h2>"
                 "<p>Texts are quick and many people prefer them. They also feel personal, "
                 "arrive at all hours, and are not always secure. Good habits:</p>"
                 "<ul>"
                 "<li>Use a work phone or a program-approved app, not your personal "
                 "number.</li>"
                 "<li>Keep texts short and practical: times, places, reminders.</li>"
                 "<li>Leave out health details, drug use, and anything you would not want read "
                 "aloud in court.</li>"
                 "<li>Keep to the hours you agreed on. Turn off notifications when you are off "
                 "the clock.</li>"
                 "<li>Do not use texting for crisis support unless your program has a plan "
                 "for it. In a crisis, the person can call or text 988, or call 911 in an "
                 "emergency.</li>"
                 "<li>Follow program policy on saving texts to the record.</li>"
                 "<li>No emoji hearts, no late-night chats, no “just checking on you” at "
                 "midnight. These feel personal, and they are.</li>"
                 "</ul>"
                 "<p>If a person texts you at night with something urgent, answer with a short "
                 "message that points to the crisis line and the next step, then follow up "
                 "during work hours and tell your supervisor.</p>"),
                ("callout", {
                    "title": "Feelings are human; acting on them is a violation",
                    "text": (
                        "If you feel attraction to someone you coach, take it to supervision "
                        "the same week. Naming it early protects the person, your recovery and "
                        "your career."
                    ),
                    "tone": "warning",
                }),
                ("reflection", {
                    "prompt": (
                        "Look at your own social media and phone habits as a person you coach "
                        "might see them. What would you change now that you are in a coaching "
                        "role, and what will you say when someone sends a friend request?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "patient-brokering-and-kickbacks",
            "title": "Patient brokering and kickbacks",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>What patient brokering is</h2>"
                 "<p>Patient brokering, sometimes called body brokering, means paying or "
                 "rewarding people to get someone into a treatment program, a recovery home "
                 "or a lab. A broker finds people who need help, often people with insurance, "
                 "and steers them to whichever program pays the broker. The reward can be "
                 "cash. It can also be free rent, a plane ticket, gift cards, phones, or even "
                 "drugs. Sometimes the broker is a person in recovery who was recruited by a "
                 "program and paid for each person they bring in.</p>"
                 "<p>Brokering harms people. They get sent to the program that pays, not the "
                 "one that fits. Some are moved from program to program as each stay is "
                 "billed. Some are put in homes that do little but bill for tests. People have "
                 "died. For people on methadone or buprenorphine, a broker may steer them to a "
                 "program that does not support their medication at all.</p>"
                 "<h2>The federal law</h2>"
                 "<p>In 2018, Congress passed the Eliminating Kickbacks in Recovery Act, often "
                 "called EKRA. It was part of the SUPPORT for Patients and Communities Act, a "
                 "large law on the opioid crisis signed in October 2018. EKRA is now a federal "
                 "criminal law, found at 18 U.S.C. 220.</p>"
                 "<p>In plain words, EKRA makes it a federal crime to knowingly and willfully:</p>"
                 "<ul>"
                 "<li>ask for or take any payment, kickback, bribe or rebate, in cash or in "
                 "kind, in return for referring a person to a recovery home, a clinical "
                 "treatment facility or a laboratory; or</li>"
                 "<li>pay or offer any payment to get a person referred to one of those places, "
                 "or in exchange for a person using its services.</li>"
                 "</ul>"
                 "<p>“In kind” means something other than cash, like free rent or a gift. The "
                 "law covers services paid for by any health care benefit program, public or "
                 "private. That means it reaches private insurance too, not only Medicare and "
                 "Medicaid. An older federal law, the Anti-Kickback Statute, already covered "
                 "federal health programs. EKRA closed the gap for private insurance.</p>"
                 "<p>The penalty is serious: a fine of up to $200,000, up to 10 years in "
                 "prison, or both, for each violation. The law has some narrow exceptions, "
                 "such as certain discounts and certain pay arrangements for employees. "
                 "Deciding whether an exception applies is a job for your program's lawyers, "
                 "not for a coach.</p>"
                 "<h2>State laws</h2>"
                 "<p>Some states have their own patient brokering laws. Florida's Patient "
                 "Brokering Act, for example, makes patient brokering a felony. Florida "
                 "strengthened its laws in 2017 after investigations into recovery homes that "
                 "paid for referrals. Ask your supervisor what your state's law says. "
                 "Whatever the state, the ethical rule for a coach is the same.</p>"
                 "<h2>What this looks like in real life</h2>"
                 "<ul>"
                 "<li>A recovery home manager tells you: “Send me people and I'll give you "
                 "fifty bucks a head.”</li>"
                 "<li>A treatment center rep offers you a free weekend trip or concert "
                 "tickets “for all the great referrals.”</li>"
                 "<li>A program offers a person you coach a free month of rent and a new phone "
                 "if they enroll today.</li>"
                 "<li>A lab offers your peer center “sponsorship money” tied to how many people "
                 "you send for drug testing.</li>"
                 "<li>Someone offers to pay a person in recovery to “recruit” friends from a "
                 "meeting or a shelter.</li>"
                 "</ul>"
                 "<p>Not every free thing is a kickback. A program may offer real scholarships "
                 "or help with travel under rules its lawyers have reviewed. But when the "
                 "reward is tied to a referral, or to a person choosing a program, treat it as "
                 "a red flag and ask.</p>"
                 "<h2>If you are offered a referral fee</h2>"
                 "<ol>"
                 "<li><strong>Say no, right away.</strong> “I can't accept anything for "
                 "referrals. I refer people based on what fits them.”</li>"
                 "<li><strong>Take nothing,</strong> not even a small gift or a meal.</li>"
                 "<li><strong>Write down</strong> what was offered, by whom, when and where, "
                 "while it is fresh.</li>"
                 "<li><strong>Tell your supervisor</strong> the same day. Your program may "
                 "have a compliance officer who decides whether to report it to the state or "
                 "to law enforcement.</li>"
                 "<li><strong>Keep referring on merit.</strong> Keep offering people choices "
                 "based on what they need: support for their medication, location, cost, "
                 "culture, and quality.</li>"
                 "</ol>"
                 "<h2>A story: the free ticket</h2>"
                 "<p>Tomás, 23, was leaving a county jail in a small town. A man he met in "
                 "the holding area gave him a number and said a program in another state would "
                 "fly him out, give him free rent and a phone, and “take care of everything.” "
                 "Tomás was on buprenorphine in jail and wanted to keep taking it. His coach, "
                 "Brenda, sat down with him and asked questions with him, not for him: Does the "
                 "program accept people on medication? Is it licensed? Who is paying for the "
                 "ticket, and why? What happens if he wants to leave?</p>"
                 "<p>When Tomás called, the program would not answer those questions. It "
                 "said he would need to stop his medication when he arrived. He chose a local "
                 "outpatient program that kept his buprenorphine going. Brenda told her "
                 "supervisor about the offer. The program reported it to the state.</p>"
                 "<p>People leaving jail, people without housing, and young adults with a "
                 "parent's insurance are common targets. Brokers often hang around shelters, "
                 "medically supervised withdrawal units, court buildings and meetings. Knowing the signs helps you "
                 "protect the people you serve.</p>"
                 "<h2>How to refer cleanly</h2>"
                 "<p>Good referrals give people real choices. Offer more than one option when "
                 "you can. Tell the person what you know about each: does it accept people on "
                 "methadone or buprenorphine, what it costs, how to check its license or "
                 "certification. Let the person choose. Never accept anything from a program "
                 "you refer to. If you have any tie to a program, such as a family member who "
                 "works there, tell your supervisor and the person.</p>"
                 "<p>Help people spot brokers too. Teach the people you coach a simple rule: "
                 "if someone offers you cash, rent or a free trip to go to a program, ask why, "
                 "and talk to someone you trust before you say yes.</p>"),
                ("callout", {
                    "title": "The one-line answer",
                    "text": (
                        "“I don't take anything for referrals, ever. I help people choose what "
                        "fits them.” Say it, walk away, write it down and tell your supervisor."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "A recovery home owner offers you a $100 gift card for each person "
                            "you send to his house. He says it is just a thank-you. What is true?"
                        ),
                        "choices": [
                            ("Taking payment in cash or in kind for referrals to a recovery "
                             "home can be a federal crime under EKRA, and it breaks your "
                             "ethics", True),
                            ("It is fine if the house is a good one", False),
                            ("It is only illegal if the people use Medicaid", False),
                        ],
                        "explanation": (
                            "EKRA covers payments in cash or in kind for referrals to recovery "
                            "homes, treatment facilities and labs, for services paid by public "
                            "or private insurance."
                        ),
                    },
                    {
                        "prompt": "What should you do first after turning down a referral fee?",
                        "choices": [
                            ("Write down what happened and tell your supervisor that day", True),
                            ("Keep it to yourself so the owner does not get in trouble", False),
                            ("Stop referring anyone to recovery homes", False),
                        ],
                        "explanation": (
                            "Writing it down and telling your supervisor protects you and lets "
                            "the program decide on reporting. Good homes still deserve referrals "
                            "on merit."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 6
        {
            "slug": "repairing-a-boundary-slip",
            "title": "Repairing a boundary slip and bringing it to supervision",
            "minutes": 5,
            "body": [
                ("rich_text",
                 "<h2>Everyone slips</h2>"
                 "<p>Every coach crosses a line at some point. You answer a text at midnight. "
                 "You share too much of your own story. You say yes to a ride you should have "
                 "turned down. What matters is what you do next. Hiding a slip turns a small "
                 "problem into a big one. Naming it early almost always keeps it small.</p>"
                 "<p>We know this from recovery. A return to use is a reason to reach out, "
                 "not to hide. A boundary slip is the same. Shame makes people hide. Honesty "
                 "makes people safe.</p>"
                 "<h2>Five steps to repair</h2>"
                 "<ol>"
                 "<li><strong>Notice.</strong> Pay attention to that small voice that says, "
                 "“I'd rather my supervisor didn't know.”</li>"
                 "<li><strong>Stop.</strong> Do not repeat it. Do not try to fix it alone by "
                 "making a bigger exception.</li>"
                 "<li><strong>Tell your supervisor.</strong> Do it soon, in plain words. Say "
                 "what happened, when, and what you think the impact was.</li>"
                 "<li><strong>Repair with the person</strong>, in a way you plan with your "
                 "supervisor. Own your part. Do not blame them. Restate the boundary "
                 "kindly.</li>"
                 "<li><strong>Learn.</strong> Ask what led to the slip: tiredness, your own "
                 "stress, a person who reminds you of someone, a program gap. Make a plan.</li>"
                 "</ol>"
                 "<h2>What repair sounds like</h2>"
                 "<p>Luis, 36, coached Tanya, a young mom on buprenorphine. One night she was "
                 "scared and texted him. He texted back for an hour. The next week it happened "
                 "twice more. Luis noticed he was checking his phone for her messages. He told "
                 "his supervisor, who thanked him for saying it. They made a plan together. "
                 "At their next meeting, Luis told Tanya:</p>"
                 "<p>“I want to talk about those late-night texts. I answered because I care "
                 "about you. But I should have pointed you to the crisis line and our on-call "
                 "staff. That's on me, not you. From now on, I'll answer texts during work "
                 "hours. At night, you can call or text 988, and I'll check in first thing the "
                 "next morning. Let's also look at who else you can reach at night.”</p>"
                 "<p>Tanya was upset at first. Then she made a night plan with her sister "
                 "and a women's meeting. The boundary gave her more support, not less.</p>"
                 "<h2>What to bring to your supervisor</h2>"
                 "<p>Your supervisor can help more when you come ready. Before the talk, jot "
                 "down:</p>"
                 "<ul>"
                 "<li>what happened, in facts, with dates;</li>"
                 "<li>what you were thinking and feeling at the time;</li>"
                 "<li>how the person reacted;</li>"
                 "<li>what you think the risk is now;</li>"
                 "<li>what you want help with.</li>"
                 "</ul>"
                 "<p>A good supervisor will listen first, help you look at the impact on the "
                 "person, and plan next steps with you. If a note in the record is needed, "
                 "write facts only: what happened, what you did, and the plan. Do not write "
                 "long explanations or blame.</p>"
                 "<p>If your supervisor is not a peer, you may also want a peer mentor or a "
                 "peer supervision group. Other coaches who take medication can help you think "
                 "through clinic overlaps in ways others may not. Module 7 covers supervision "
                 "in more depth.</p>"
                 "<h2>Using supervision well</h2>"
                 "<p>Supervision is not a punishment. It is where coaches think out loud. "
                 "Bring boundary questions before they become slips. Good topics:</p>"
                 "<ul>"
                 "<li>Overlaps at the clinic, in meetings or in your town.</li>"
                 "<li>Gifts, favors and requests for rides or money.</li>"
                 "<li>Strong feelings toward a person, good or bad.</li>"
                 "<li>Any offer tied to a referral.</li>"
                 "<li>Things in your own recovery that a person's story stirs up.</li>"
                 "</ul>"
                 "<h2>Slips by other coaches</h2>"
                 "<p>Sometimes you notice a co-worker sliding: a coach who is always texting "
                 "one person, who gives rides off the books, or who seems to be dating someone "
                 "they coach. This is hard, because peers look out for each other. Start, if it "
                 "feels safe, by checking in with the co-worker privately and encouraging them "
                 "to talk with their supervisor. If the concern is serious, such as a romantic "
                 "tie, money, a referral fee or using with a person, tell your own supervisor. "
                 "Protecting the people we serve comes first. Covering for a co-worker does not "
                 "help them in the long run either.</p>"
                 "<p>Some slips are serious. A romantic tie, taking money or a referral fee, "
                 "or using with a person are violations. Your program may need to act, and "
                 "your board may need to know. Even then, telling the truth early is the best "
                 "path for everyone, including you.</p>"),
                ("reflection", {
                    "prompt": (
                        "Think of a boundary you are likely to slip on, such as late-night texts, "
                        "sharing too much or saying yes to favors. Write what you would say to "
                        "your supervisor and to the person to repair it."
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-3-check",
        "title": "Module 3 check: Boundaries",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Marcus, a coach who takes methadone, learns that a new person assigned to "
                    "him doses at the same clinic window. What is the best first step?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell his supervisor and talk with the person about how they want to "
                     "handle seeing each other", True),
                    ("Switch his own dosing time without telling anyone", False),
                    ("Refuse to coach anyone who doses at his clinic", False),
                    ("Say nothing, since the overlap is not his fault", False),
                ],
                "explanation": (
                    "Overlaps at the clinic are common and can be managed openly. Changing his "
                    "own care in secret or refusing service does not help, and silence leaves "
                    "the person guessing."
                ),
            },
            {
                "prompt": (
                    "Ana coaches in a small town. She often sees the people she coaches at the "
                    "store and at school events. Which habits help? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Let the person decide whether to say hello in public", True),
                    ("Bring the overlaps to supervision regularly", True),
                    ("Keep what she learns in coaching out of town conversations", True),
                    ("Tell other parents she coaches the person so no one is confused", False),
                ],
                "explanation": (
                    "Letting the person lead, using supervision and keeping roles separate "
                    "protect privacy. Telling others about the coaching breaks confidentiality."
                ),
            },
            {
                "prompt": (
                    "Mrs. Alvarez, 70, finishes her goals and presses a fifty-dollar bill into "
                    "your hand, saying it would hurt her to be refused. What is the most "
                    "helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("Thank her sincerely, explain you cannot keep money, suggest a card for "
                     "the peer room instead, and tell your supervisor", True),
                    ("Take it so you do not offend her, and donate it later", False),
                    ("Take it, since services are over", False),
                    ("Hand it back without a word", False),
                ],
                "explanation": (
                    "Cash is a clear line. You can still honor the gesture and her culture with "
                    "warmth and another way to mark the moment."
                ),
            },
            {
                "prompt": (
                    "A person you coach asks you out for dinner after your last session. You "
                    "have enjoyed working together. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Say no kindly and clearly, explain it is a firm rule, and tell your "
                     "supervisor", True),
                    ("Say yes, since coaching has ended", False),
                    ("Say maybe in a few months", False),
                    ("Say yes if you meet in a public place", False),
                ],
                "explanation": (
                    "Romantic ties with people you coach are never okay, and codes limit them "
                    "after services end too. A clear, kind no protects the person."
                ),
            },
            {
                "prompt": (
                    "DeShawn gets a friend request on his personal page from a person he "
                    "coaches. What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Do not accept, and explain the reason kindly in person", True),
                    ("Accept, but never comment on their posts", False),
                    ("Accept and hide his posts from them", False),
                    ("Block them without saying anything", False),
                ],
                "explanation": (
                    "Coaches do not connect with people they serve on personal accounts. A kind "
                    "explanation keeps the relationship strong."
                ),
            },
            {
                "prompt": (
                    "A treatment center rep tells you: “We pay $300 for every person you send "
                    "our way. It's a marketing fee.” What is accurate?"
                ),
                "multiple": False,
                "choices": [
                    ("Taking payment for referrals to a treatment facility can be a federal "
                     "crime under the Eliminating Kickbacks in Recovery Act, whatever it is "
                     "called", True),
                    ("It is legal if the center is licensed", False),
                    ("It is legal if you give the money to your program", False),
                    ("It is only a problem if the person has Medicare", False),
                ],
                "explanation": (
                    "EKRA bars paying or taking anything of value for referrals to treatment "
                    "facilities, recovery homes and labs, for services covered by public or "
                    "private insurance. Calling it marketing does not change that."
                ),
            },
            {
                "prompt": (
                    "You turned down a referral fee from a recovery home owner this morning. "
                    "What should you do next? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Write down what was offered, by whom and when", True),
                    ("Tell your supervisor today", True),
                    ("Keep offering people choices based on what fits them", True),
                    ("Warn people in your meeting about the owner by name", False),
                ],
                "explanation": (
                    "Record it, report it inside your program and keep referring on merit. "
                    "Your program decides on reporting; public accusations are not your role."
                ),
            },
            {
                "prompt": (
                    "For two weeks you have been answering a person's texts late at night. You "
                    "notice you look forward to them. What is the most helpful next step?"
                ),
                "multiple": False,
                "choices": [
                    ("Tell your supervisor, plan a repair, and reset contact to work hours with "
                     "a night plan that includes 988", True),
                    ("Stop answering without explanation", False),
                    ("Keep going, since the person is doing better", False),
                    ("Switch to phone calls so there is no written record", False),
                ],
                "explanation": (
                    "Naming a slip early and repairing it openly protects the person and you. "
                    "Cutting off contact with no explanation can feel like abandonment."
                ),
            },
            {
                "prompt": (
                    "A person asks for a ride to the clinic in your own car because the bus is "
                    "late. Your program allows rides only in the program van. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Help them call the van or a ride service and check if the clinic can "
                     "hold their dosing slot", True),
                    ("Drive them this once, since dosing matters", False),
                    ("Drive them and ask them not to tell anyone", False),
                    ("Tell them to miss today's dose", False),
                ],
                "explanation": (
                    "You can solve the real problem inside the policy. Secret favors are how "
                    "boundaries slide."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to tell a boundary crossing from a violation and name "
            "the bright lines that are never crossed.",
            "Participants will be able to make and explain a plan for an overlapping "
            "relationship at the clinic, in meetings or in a small or tribal community.",
            "Participants will be able to decline a gift, a friend request or a date warmly "
            "and clearly.",
            "Participants will be able to recognize patient brokering, explain the Eliminating "
            "Kickbacks in Recovery Act in plain words, and describe what to do if offered a "
            "referral fee.",
            "Participants will be able to repair a boundary slip and bring it to supervision.",
        ],
        "agenda": [
            {
                "title": "Opening circle: boundaries that helped us",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Welcome the group and set ground rules: share only what you choose, what "
                    "is said here stays here. Go around the circle. Each person names one "
                    "helper in their own recovery whose boundaries helped, or hurt, and how. "
                    "Write themes on the flip chart under two headings: helped and hurt. Close "
                    "by saying: boundaries are how a mutual relationship stays safe, and today "
                    "we practice them."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "Think of a helper whose limits made you feel safe. What did they do?",
                    "When did a helper's loose boundaries end up hurting you or someone else?",
                    "What is different about boundaries when you share a clinic or a meeting "
                    "with the people you coach?",
                ],
            },
            {
                "title": "Crossings, violations and the bright lines",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Present the too-rigid, too-loose, healthy continuum. Define a crossing "
                    "(a rare, thought-through step outside usual practice, talked over with "
                    "the supervisor) and a violation (harms or exploits). Walk through the "
                    "bright lines: romance or sex, money and goods, referral payments, using "
                    "together, secrets from the supervisor. Explain why power matters even in a "
                    "mutual relationship. Share the supervisor test. Take questions for the "
                    "last three minutes."
                ),
                "materials": ["Slides or flip chart", "Handout: Boundary quick guide"],
            },
            {
                "title": "Boundary line-up",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Put three signs on the wall: okay, depends, never. Give each group of four "
                    "a set of cards with situations: going to a person's graduation with "
                    "approval, lending bus fare, a hug at a funeral, accepting homemade tamales "
                    "for the team, driving a person in your own car, texting at midnight, "
                    "dating a former participant, taking concert tickets from a treatment "
                    "center rep. Groups place each card and write one reason. Debrief as a "
                    "whole group: focus on the depends cards, and ask what would move them to "
                    "okay or never (policy, supervisor approval, value, timing, culture)."
                ),
                "materials": ["Three wall signs", "Situation cards", "Tape"],
            },
            {
                "title": "Mapping our overlaps",
                "minutes": 25,
                "method": "small_group",
                "description": (
                    "Groups of three to four draw a map of their own community: the clinic, "
                    "dosing line, meetings, church, stores, school, tribal or family "
                    "gatherings. On each spot they mark overlaps a coach is likely to have. "
                    "For two overlaps, they write a six-step plan: tell the supervisor, talk "
                    "with the person, agree on a plan, keep roles apart, offer another coach, "
                    "write it down. Ask at least one group to work on a tribal or rural setting "
                    "and name whom they would ask about local norms. Each group reports one "
                    "plan in two minutes. Debrief: what overlaps can we avoid, and which do we "
                    "manage?"
                ),
                "materials": ["Chart paper", "Markers", "Handout: Boundary quick guide"],
            },
            {
                "title": "Saying no warmly",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "The facilitator and a co-facilitator model three short exchanges: "
                    "declining a gift card from an older participant, declining a friend "
                    "request, and declining a date. Do each once poorly (cold or vague) and "
                    "once well (thanks, name the meaning, state the rule, offer another way, "
                    "tell the supervisor). Ask the group what changed between the two versions "
                    "and write the key phrases on the flip chart."
                ),
                "materials": ["Flip chart"],
            },
            {
                "title": "Role-play: the dosing line and the ride",
                "minutes": 30,
                "method": "role_play",
                "description": (
                    "Form groups of three: coach, participant, observer. Round one uses the "
                    "script below. Round two: the participant asks for a ride in the coach's "
                    "own car and offers gas money. Rotate roles so each person plays the coach "
                    "once if time allows. Give eight minutes per round, then two minutes of "
                    "observer feedback. In the whole-group debrief, ask coaches how it felt to "
                    "hold the line, and ask participants what made the no feel respectful."
                ),
                "materials": ["Role cards", "Observer checklists", "Timer"],
                "roles": [
                    "Coach (a patient at the same opioid treatment program)",
                    "Participant (Ms. Nguyen, 48, on buprenorphine for two years, new to "
                    "coaching)",
                    "Observer",
                ],
                "script": (
                    "Ms. Nguyen sees the coach in the clinic waiting room and walks over. "
                    "She says: “I'm so glad you're here. Can we just do our session now, "
                    "right here? Also, I saw you at the Tuesday meeting, and I told my sister "
                    "you're my coach. She wants to meet you. Oh, and what dose are you on? I "
                    "want to know if mine is high.” The coach redirects to a private place, "
                    "makes a plan for the overlap at the clinic and the meeting, keeps their "
                    "own medication private, and helps Ms. Nguyen take her dose question to "
                    "her prescriber."
                ),
                "observer_checklist": [
                    "Coach moved the talk to a private place without shaming her",
                    "Coach named the overlaps and asked how she wants to handle them",
                    "Coach kept their own dose and treatment private",
                    "Coach gave no medical advice and helped her plan a question for her "
                    "prescriber",
                    "Coach offered the choice of another coach",
                    "Coach said they would tell their supervisor about the plan",
                ],
            },
            {
                "title": "Patient brokering and the law",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Explain patient brokering in plain words: rewards in cash or in kind "
                    "for steering people to a treatment program, recovery home or lab. "
                    "Present the Eliminating Kickbacks in Recovery Act of 2018 (18 U.S.C. "
                    "220): it covers public and private insurance, payments in cash or in "
                    "kind, both offering and taking, with fines up to $200,000 and up to 10 "
                    "years in prison per violation. Mention that some states, such as "
                    "Florida, have their own patient brokering laws, and ask participants to "
                    "find out about their own state with their supervisor. Stress that this is "
                    "general education, not legal advice."
                ),
                "materials": ["Slides or flip chart", "Handout: If you are offered a referral fee"],
            },
            {
                "title": "Red flag or fine?",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Give groups five short cases: a recovery home offering a coach fifty "
                    "dollars a head; a center offering a participant free rent and a phone "
                    "to enroll today; a lab offering the peer center sponsorship tied to test "
                    "volume; a program with a written, reviewed scholarship policy; a person "
                    "paid to recruit friends from a shelter. For each, groups decide red flag "
                    "or probably fine, and write the coach's exact words and next steps. "
                    "Debrief by reading the one-line answer together and walking through the "
                    "five steps: say no, take nothing, write it down, tell the supervisor, keep "
                    "referring on merit."
                ),
                "materials": ["Case cards", "Handout: If you are offered a referral fee"],
            },
            {
                "title": "Teach-back: repairing a slip",
                "minutes": 20,
                "method": "teach_back",
                "description": (
                    "Review the five repair steps: notice, stop, tell your supervisor, repair "
                    "with the person, learn. Pairs each pick a slip (late-night texts, "
                    "sharing too much, a favor, a ride). One partner plays the coach telling "
                    "the supervisor; then they switch and the other plays the coach repairing "
                    "with the person. Three pairs teach back their repair to the whole group. "
                    "The group names what made each repair honest and blame-free."
                ),
                "materials": ["Handout: Boundary quick guide"],
            },
            {
                "title": "Closing: one boundary I will set",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Each participant writes one boundary they will set in their first "
                    "meeting with every new person, and one topic they will bring to their next "
                    "supervision. Invite volunteers to share. Remind the group of the module "
                    "check and the reflection activities online."
                ),
                "materials": ["Index cards"],
                "questions": [
                    "What boundary will you state in every first meeting from now on?",
                    "What overlap or request will you bring to supervision this month?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Boundary quick guide",
                "text": (
                    "Boundaries keep a mutual relationship safe and focused on the person you "
                    "coach. They are not walls.\n\n"
                    "Never with a person you coach:\n"
                    "- Romantic or sexual contact, flirting or sexual talk\n"
                    "- Lending, borrowing, buying, selling or trading money, goods or "
                    "medication\n"
                    "- Taking anything for a referral\n"
                    "- Using with a person or being present while they use\n"
                    "- Keeping secrets from your supervisor\n\n"
                    "Managing an overlap at the clinic, in meetings or in your town:\n"
                    "- Tell your supervisor\n"
                    "- Talk with the person and agree on a plan\n"
                    "- Keep roles and information apart\n"
                    "- Offer another coach\n"
                    "- Write it down as your program asks\n\n"
                    "Repairing a slip: notice, stop, tell your supervisor, repair with the "
                    "person, learn.\n\n"
                    "The supervisor test: if you would hesitate to tell your supervisor, tell "
                    "them."
                ),
            },
            {
                "title": "If you are offered a referral fee",
                "text": (
                    "Patient brokering means paying or rewarding people, in cash or in kind, "
                    "to get someone into a treatment program, recovery home or lab. The "
                    "federal Eliminating Kickbacks in Recovery Act of 2018 (18 U.S.C. 220) "
                    "makes this a crime for services paid by public or private insurance, "
                    "with fines up to $200,000 and up to 10 years in prison for each "
                    "violation. Some states have their own laws too.\n\n"
                    "What to do:\n"
                    "- Say no right away: “I don't take anything for referrals, ever.”\n"
                    "- Take nothing, not even a meal or a small gift\n"
                    "- Write down what was offered, by whom, when and where\n"
                    "- Tell your supervisor the same day\n"
                    "- Keep referring on merit: medication support, location, cost, culture, "
                    "quality\n\n"
                    "This is general education, not legal advice. Your program's compliance "
                    "officer decides on reporting."
                ),
            },
        ],
    },
}
