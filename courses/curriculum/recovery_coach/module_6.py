"""Recovery Coach Training module 6: Recovery capital, wellness and recovery planning. Recovery
capital, a strengths-based plan the person owns, SMART-style goals in the person's words, the
eight dimensions of wellness, resource navigation (housing, benefits, work, getting to daily
dosing), and family support: medication-assisted recovery for families, CRAFT, boundaries and
consent."""

MODULE = {
    "slug": "recovery-capital-wellness-and-planning",
    "title": "Recovery capital, wellness and recovery planning",
    "domain": "recovery-wellness-support",
    "intro": (
        "How to help people see and build the resources that sustain recovery, care for "
        "whole-person wellness, write a recovery plan in their own words, find their way to "
        "housing, benefits, work and daily dosing, and how to support families with the "
        "person's consent."
    ),
    "minutes": 180,
    "sources": [
        "White, W., and Cloud, W. Recovery capital: a primer for addictions professionals. "
        "Counselor, 2008.",
        "Cloud, W., and Granfield, R. Conceptualizing recovery capital: expansion of a "
        "theoretical construct. Substance Use and Misuse, 2008.",
        "SAMHSA. Eight Dimensions of Wellness (SAMHSA Wellness Initiative). 2012, based on "
        "Swarbrick, M. A wellness approach. Psychiatric Rehabilitation Journal, 2006.",
        "SAMHSA. Working Definition of Recovery: 10 Guiding Principles of Recovery. 2012.",
        "SAMHSA. Core Competencies for Peer Workers in Behavioral Health Services. 2015.",
        "SAMHSA. TIP 63: Medications for Opioid Use Disorder. 2021.",
        "Miller, W. R., Meyers, R. J., and Tonigan, J. S. Engaging the unmotivated in treatment "
        "for alcohol problems: a comparison of three strategies for intervention through family "
        "members. Journal of Consulting and Clinical Psychology, 1999.",
        "Meyers, R. J., Miller, W. R., Hill, D. E., and Tonigan, J. S. Community Reinforcement "
        "and Family Training (CRAFT): engaging unmotivated drug users in treatment. Journal of "
        "Substance Abuse, 1999.",
        "Kirby, K. C., and others. Analyzing components of Community Reinforcement and Family "
        "Training (CRAFT). Psychology of Addictive Behaviors, 2017.",
        "U.S. Department of Health and Human Services. Confidentiality of Substance Use "
        "Disorder Patient Records, final rule (42 CFR Part 2). Federal Register, February 16, "
        "2024.",
        "Code of Federal Regulations. 42 CFR 431.53: Medicaid assurance of transportation.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "recovery-capital",
            "title": "Recovery capital: what people have to build on",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>What recovery capital is</h2>"
                 "<p>Most of the systems people meet in addiction treatment start with what "
                 "is wrong. How much do you use? How many times have you been in treatment? "
                 "What have you lost? Those questions have their place. But they leave out "
                 "half the story.</p>"
                 "<p><strong>Recovery capital</strong> is the other half. Researchers Robert "
                 "Granfield and William Cloud came up with the term in 1999. They defined it "
                 "as the breadth and depth of internal and external resources a person can "
                 "draw on to start and keep up recovery. In plain words: everything a person "
                 "has, inside and around them, that can help.</p>"
                 "<p>Think of the word “capital” the way a business does. It is what you "
                 "build with. Money is one kind, but not the only kind. A friend who will "
                 "drive you to the clinic is capital. So is a skill you learned, a church "
                 "that welcomes you, or a sense of humor that gets you through a hard "
                 "day.</p>"
                 "<h2>Four kinds of recovery capital</h2>"
                 "<p>William White and William Cloud wrote a short guide for front-line "
                 "workers in 2008. It sorts recovery capital into a few groups. Here is a "
                 "simple version.</p>"
                 "<ul>"
                 "<li><strong>Personal capital.</strong> This includes physical things: "
                 "health, a safe place to live, income, food, clothes, a phone, a car or a "
                 "bus pass. It also includes what is inside a person: skills, education, "
                 "coping skills, hope, self-respect, a sense of purpose, and the ability to "
                 "solve problems.</li>"
                 "<li><strong>Family and social capital.</strong> Relationships with people "
                 "who support recovery. This can be a partner, parents, children, friends, "
                 "coworkers, a sponsor or a peer group. It includes people who welcome "
                 "medication-assisted recovery and people in recovery themselves.</li>"
                 "<li><strong>Community capital.</strong> What the place a person lives "
                 "offers. Treatment programs that are easy to reach, mutual-aid groups that "
                 "welcome all pathways, recovery community centers, jobs, transit, and "
                 "neighbors and employers who do not look down on people in recovery.</li>"
                 "<li><strong>Cultural capital.</strong> Cultural values, traditions and "
                 "communities that support recovery. For some people that is a faith "
                 "community. For some it is Native healing traditions, a Black church, a "
                 "Latino family network, or a neighborhood they feel part of. Cultural "
                 "capital means a person's recovery can make sense in their own "
                 "culture.</li>"
                 "</ul>"
                 "<p>These groups overlap, and that is fine. The point is to look wide. A "
                 "person who says “I have nothing” almost always has more than they think.</p>"),
                ("callout", {
                    "title": "Strengths first",
                    "text": (
                        "White and Cloud argued that what people have is a better guide to "
                        "lasting recovery than what they lack. Start every plan by asking "
                        "what is already working."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Things that drain recovery capital</h2>"
                 "<p>In 2008, Cloud and Granfield added another idea. Some things work "
                 "against recovery. They called this negative recovery capital. Examples "
                 "include a criminal record, time in prison, serious mental health problems "
                 "without treatment, unstable housing, debt, and friends or family whose "
                 "lives center on use.</p>"
                 "<p>Naming these is not about blame. It helps the person plan around them. "
                 "A record does not go away, but a person can learn which jobs will hire "
                 "them and whether their record can be sealed. Unstable housing can become "
                 "the first goal in a plan.</p>"
                 "<p>Stigma against medication is its own drain. People on methadone or "
                 "buprenorphine are sometimes turned away from recovery houses, shut out of "
                 "groups, or pushed to stop by family and courts. That shrinks the "
                 "community capital open to them. Part of a coach's job is to find the "
                 "places that welcome people on medication, and to advocate for more. "
                 "Modules 7 and 8 cover rights and advocacy.</p>"
                 "<h2>Recovery capital and medication decisions</h2>"
                 "<p>Recovery capital also matters when a person thinks about their "
                 "medication. A 2021 review for clinicians suggested that people who are "
                 "thinking about coming off methadone or buprenorphine look at their "
                 "recovery capital first. Do they have stable housing, people to call, work "
                 "or purpose, and ways to cope with stress? This is not a test a person "
                 "must pass. It is one way to help them think the decision through, and "
                 "the decision stays with them and their prescriber. Module 5 covered how "
                 "to support medication goals.</p>"
                 "<h2>Using recovery capital in coaching</h2>"
                 "<p>Here is a simple way to start.</p>"
                 "<ol>"
                 "<li><strong>Ask about strengths.</strong> “What do you have going for you "
                 "right now?” “Who is in your corner?” “What has helped you get through hard "
                 "times before?”</li>"
                 "<li><strong>Map it together.</strong> Draw four boxes on a page: personal, "
                 "family and social, community, cultural. Let the person fill them in. You "
                 "can ask questions, but let them hold the pen.</li>"
                 "<li><strong>Name the drains.</strong> “Is there anything that makes "
                 "recovery harder right now?” Write those on the side.</li>"
                 "<li><strong>Choose where to build.</strong> “Looking at this, where would "
                 "you like to grow first?” Most people pick one or two areas.</li>"
                 "<li><strong>Come back to it.</strong> Look at the map again in a month or "
                 "two. Seeing it grow builds hope.</li>"
                 "</ol>"
                 "<h2>An example</h2>"
                 "<p>DeShawn, 31, came home from jail four months ago. He started methadone "
                 "the week he got out. When his coach asked what he had going for him, he "
                 "said, “Nothing. I got a record and no job.”</p>"
                 "<p>They made the map together. In the personal box, DeShawn wrote that he "
                 "had his medication, a room at his aunt's house, and a forklift license "
                 "from before. After a pause he added: “I'm good with my hands.” In the "
                 "family box: his aunt, his little sister, and a friend from the clinic. In "
                 "the community box: the peer center and a reentry program that helps with "
                 "jobs. In the culture box: the church his grandmother took him to, which he "
                 "wanted to visit again.</p>"
                 "<p>On the side, he wrote his drains: his record, no driver's license, and "
                 "an old crew who still lived on his block. He chose two places to build. "
                 "First, a job using his forklift license. Second, getting his license "
                 "back. By the end, he said, “I guess I got more than I thought.”</p>"
                 "<h2>Tools and questionnaires</h2>"
                 "<p>Some programs use structured recovery capital questionnaires. They can "
                 "be useful for tracking change over time and for showing funders that "
                 "peer work helps. Use them as a way into a conversation, not as a test. "
                 "Let the person see their own results and decide what to do with them. "
                 "Never use a low score to deny someone a service.</p>"
                 "<h2>The coach's own recovery capital</h2>"
                 "<p>Recovery capital is not just for the people you serve. Coaches need it "
                 "too. Supervision, time off, your own supports and your own culture all "
                 "protect you in hard work. Mapping your own capital, which you will do in "
                 "the reflection below, is a good way to understand what you are asking "
                 "others to do. It also reminds you that you are not the only support in "
                 "anyone's life. You are one part of their map.</p>"
                 "<h2>Questions that open up each area</h2>"
                 "<p>People often go blank when asked about strengths. Specific questions "
                 "help. Pick one or two at a time.</p>"
                 "<ul>"
                 "<li><strong>Personal:</strong> “What are you good at?” “What have you "
                 "gotten through that you're proud of?” “What do you do when you feel "
                 "stressed that actually helps?”</li>"
                 "<li><strong>Family and social:</strong> “Who would you call at two in the "
                 "morning?” “Who knows about your medication and is OK with it?” “Who do "
                 "you like spending time with when you're not using?”</li>"
                 "<li><strong>Community:</strong> “Where do you feel welcome in your "
                 "neighborhood?” “What places or programs have helped you before?”</li>"
                 "<li><strong>Cultural:</strong> “What traditions or beliefs give you "
                 "strength?” “Is there a community where you feel you belong?”</li>"
                 "</ul>"
                 "<p>Write down exactly what the person says. Small things count. “My dog” "
                 "is recovery capital. So is “I can cook” or “my grandma's prayers.” When "
                 "people see a full page, something often shifts. They start to see "
                 "themselves as someone with something to build on.</p>"),
                ("reflection", {
                    "prompt": (
                        "Map your own recovery capital in the four areas: personal, family "
                        "and social, community, and cultural. Which area has grown the most "
                        "since your recovery began? Which one would you like to build next, "
                        "and what is one small step?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "building-a-recovery-plan",
            "title": "A strengths-based recovery plan the person owns",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>What a recovery plan is</h2>"
                 "<p>A recovery plan is a written guide a person makes, with a coach's "
                 "support, to move toward the life they want. It is different from a "
                 "clinical treatment plan. A treatment plan is written by a program to "
                 "guide its services. A recovery plan belongs to the person. It is in their "
                 "words. It can cover any part of their life they choose, not only "
                 "substance use.</p>"
                 "<p>SAMHSA's guiding principles say recovery is person-driven and holistic. "
                 "SAMHSA's core competencies for peer workers include supporting recovery "
                 "planning. They also say peer workers do not dictate the elements of a "
                 "person's recovery plan. In other words, the coach helps, and the person "
                 "decides.</p>"
                 "<h2>Why ownership matters</h2>"
                 "<p>Module 5 showed that people act on their own reasons more than on "
                 "reasons others give them. Plans work the same way. A plan the person "
                 "wrote, in words they would actually use, is a plan they can remember on a "
                 "hard day. A plan full of program words like “maintain abstinence” or "
                 "“comply with treatment” often ends up in a drawer.</p>"
                 "<p>A quick test: read the plan out loud. Does it sound like the person "
                 "talking? If it sounds like you, or like a chart note, it is not their "
                 "plan yet.</p>"
                 "<h2>Steps to build a plan</h2>"
                 "<ol>"
                 "<li><strong>Vision.</strong> Start with hope. “If things were going well "
                 "a year from now, what would your life look like?” Write their answer in "
                 "their words.</li>"
                 "<li><strong>Strengths.</strong> Bring in the recovery capital map from "
                 "Lesson 1. What do they already have to build on?</li>"
                 "<li><strong>Priorities.</strong> Ask which areas matter most right now. "
                 "Choose one to three. More than that is hard to carry.</li>"
                 "<li><strong>Goals.</strong> For each area, write a clear goal. The next "
                 "section shows how.</li>"
                 "<li><strong>Steps.</strong> Break each goal into small actions. Add who "
                 "will help and when.</li>"
                 "<li><strong>Barriers and supports.</strong> “What might get in the way? "
                 "What will you do if it does?”</li>"
                 "<li><strong>Review.</strong> Agree when you will look at the plan "
                 "again.</li>"
                 "</ol>"),
                ("callout", {
                    "title": "Who holds the pen?",
                    "text": (
                        "When you can, let the person write their own plan, or write exactly "
                        "what they say. If you write it for them, read it back and ask: "
                        "“Did I get that right? Is that how you would say it?”"
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>SMART-style goals, in the person's words</h2>"
                 "<p>Vague goals are hard to act on. “Get my life together” is a real wish, "
                 "but it gives no clue where to start. Many coaches use the SMART checklist "
                 "to make goals clearer. SMART stands for:</p>"
                 "<ul>"
                 "<li><strong>Specific:</strong> what exactly will happen?</li>"
                 "<li><strong>Measurable:</strong> how will you know it happened?</li>"
                 "<li><strong>Achievable:</strong> can you really do it with what you "
                 "have?</li>"
                 "<li><strong>Relevant:</strong> does it matter to you and fit your "
                 "vision?</li>"
                 "<li><strong>Time-bound:</strong> by when?</li>"
                 "</ul>"
                 "<p>Here is the key. SMART is a set of questions the coach asks, not a "
                 "form the coach fills in. You help the person sharpen their own words. You "
                 "do not swap their words for yours.</p>"
                 "<p>For example, Maria, 44, a mom of two in a rural county, says: “I want "
                 "to be a better mom.” The coach asks questions:</p>"
                 "<ul>"
                 "<li>“What would being a better mom look like this month?” Maria: “Being "
                 "there when they get off the school bus.”</li>"
                 "<li>“How many days would feel like a win?” Maria: “Three days a "
                 "week.”</li>"
                 "<li>“What would make that possible?” Maria: “If I could switch my clinic "
                 "time to mornings.”</li>"
                 "</ul>"
                 "<p>Maria's goal becomes: “I will be at the bus stop when my kids get home "
                 "three days a week by the end of the month. First I'll ask the clinic if I "
                 "can dose in the morning.” It is specific, measurable and time-bound. It "
                 "is achievable because she chose it. It is relevant because it comes from "
                 "her own vision. And every word is hers.</p>"
                 "<h2>Goals about many parts of life</h2>"
                 "<p>A recovery plan can include anything the person cares about. Common "
                 "areas are:</p>"
                 "<ul>"
                 "<li>housing, money, work and school;</li>"
                 "<li>health, including dental care, hepatitis C, HIV, pain, sleep and "
                 "mental health;</li>"
                 "<li>treatment and medication, described the way the person wants;</li>"
                 "<li>family, children, friends and faith;</li>"
                 "<li>fun, hobbies and things that bring joy;</li>"
                 "<li>legal issues, ID documents and driver's licenses.</li>"
                 "</ul>"
                 "<p>A plan may also include a <strong>wellness plan</strong>: daily habits "
                 "that keep the person well, early warning signs, and what to do about "
                 "them. And it can include a <strong>safety plan</strong>: who to call in a "
                 "crisis, where the naloxone is, and who knows how to use it.</p>"
                 "<h2>Medication in the plan</h2>"
                 "<p>If the person takes methadone or buprenorphine, they may want it in "
                 "their plan. Let them describe it their way. One person writes, “Keep "
                 "going to the clinic every morning. It keeps me steady.” Another writes, "
                 "“Talk to my doctor in the spring about whether a taper could fit me.” "
                 "Another leaves it out, because to them it is just part of life, like a "
                 "blood pressure pill. All of these are fine.</p>"
                 "<p>The coach never writes a medication goal the person did not choose, "
                 "and never sets dates for dose changes. Those decisions belong to the "
                 "person and their prescriber.</p>"
                 "<h2>Keep it alive</h2>"
                 "<p>A plan that sits in a file does not help anyone. Look at it together "
                 "regularly. Celebrate steps that got done, even small ones. When a step "
                 "did not happen, get curious rather than critical. “What got in the way? "
                 "Was the step too big? Is this still what you want?” Change the plan "
                 "without judgment when life changes. A return to use, a new job, a move or "
                 "a new baby are all good reasons to update it.</p>"
                 "<p>Give the person a copy they can keep. Some like paper. Some like a "
                 "photo on their phone. It is their plan, so it should live with them.</p>"
                 "<h2>Planning for hard days</h2>"
                 "<p>Every plan meets a bad day sooner or later. The plans that last are the "
                 "ones that expect it. Ask the person to think ahead:</p>"
                 "<ul>"
                 "<li>“What has knocked you off track before?” Common answers are money "
                 "stress, a fight with a partner, grief, pain, boredom, payday, or seeing "
                 "old friends.</li>"
                 "<li>“What are your early warning signs?” Some people notice poor sleep, "
                 "skipping meals, pulling away from people, or missing appointments.</li>"
                 "<li>“When you notice those signs, what will you do?” Help them list two "
                 "or three actions, such as calling a named person, going to a group, "
                 "talking to their prescriber, or taking a walk.</li>"
                 "<li>“Who should know about this plan?” The person decides who sees it.</li>"
                 "</ul>"
                 "<p>Write these in the person's words too. “When I start skipping dinner, "
                 "I'll call my sister” is easier to follow than “identify triggers and "
                 "utilize supports.”</p>"
                 "<h2>Common planning mistakes</h2>"
                 "<ul>"
                 "<li><strong>Too many goals.</strong> Ten goals feel like ten ways to "
                 "fail. Start with one to three.</li>"
                 "<li><strong>Steps that are too big.</strong> “Find an apartment” is a "
                 "goal. “Call two landlords on Tuesday” is a step.</li>"
                 "<li><strong>Goals that belong to someone else.</strong> If the court, the "
                 "program or the family wrote it, ask the person how they feel about it. "
                 "They may keep it, change it, or put it in their own words.</li>"
                 "<li><strong>No review date.</strong> Without one, plans fade. Put the "
                 "next check-in on a calendar before you part.</li>"
                 "<li><strong>The coach doing all the work.</strong> If you make every "
                 "call, the person does not build skills or confidence. Share the work, "
                 "and hand more of it over with time.</li>"
                 "</ul>"),
                ("scenario", {
                    "title": "A plan that sounds like the program",
                    "situation": (
                        "Rick, 52, is new to a peer program at an opioid treatment program. "
                        "His counselor already wrote a treatment plan that says “maintain "
                        "abstinence from illicit substances” and “attend all groups.” When "
                        "you meet to start his recovery plan, Rick says: “Just copy what my "
                        "counselor wrote. That's what they want anyway.”"
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Explain that this plan is his, not the program's, and ask "
                                "what he wants his life to look like a year from now."
                            ),
                            "feedback": (
                                "This shows the difference between a treatment plan and a "
                                "recovery plan, and starts with his vision. It treats Rick as "
                                "the expert on his own life."
                            ),
                            "best": True,
                            "next": (
                                "Rick thinks, then says: “Honestly? I want to get back to "
                                "fixing cars. And I want my son to call me back.”"
                            ),
                        },
                        {
                            "text": (
                                "Copy the counselor's goals so his plans match and he does "
                                "not get confused."
                            ),
                            "feedback": (
                                "The plans would match, but neither would be his. Goals in "
                                "program words rarely help on a hard day."
                            ),
                            "best": False,
                            "next": (
                                "The plan is done in two minutes. Rick looks bored. When you "
                                "ask if there is anything else he wants, he says: “I used to "
                                "fix cars. And I'd like my son to call me back.”"
                            ),
                        },
                        {
                            "text": (
                                "Suggest goals you think would help most, like going to "
                                "meetings and getting a sponsor."
                            ),
                            "feedback": (
                                "These may be good ideas for some people, but they are "
                                "yours, not his. Ask before you offer, and start with what "
                                "he wants."
                            ),
                            "best": False,
                            "next": (
                                "Rick shrugs and says, “Sure, whatever.” After a while he "
                                "mentions, almost to himself, that he used to fix cars and "
                                "wishes his son would call him back."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Rick wants to get back to fixing cars and hear from his son. "
                            "How do you help him turn one of these into a goal?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Ask which one he wants to start with, then ask "
                                    "questions to make it specific, measurable and dated, "
                                    "writing it in his own words."
                                ),
                                "feedback": (
                                    "SMART works as questions the coach asks. Rick chooses "
                                    "the focus and the words, so the goal stays his."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Write: “Obtain employment in the automotive field "
                                    "within 90 days.”"
                                ),
                                "feedback": (
                                    "This is specific and dated, but the words are yours. "
                                    "Rick may not recognize it as his own. Use his words."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Offer to call his son for him to get things started."
                                ),
                                "feedback": (
                                    "Contacting family needs his clear consent and should "
                                    "come from his plan. Doing it for him also skips his "
                                    "own choices about how and when."
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
            "slug": "dimensions-of-wellness",
            "title": "Whole-person wellness: the eight dimensions",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Wellness is more than not using</h2>"
                 "<p>Recovery is about much more than what a person stops doing. It is "
                 "about what they build. SAMHSA describes wellness for people with mental "
                 "health and substance use conditions this way: wellness is not just the "
                 "absence of disease, illness or stress. It is the presence of purpose in "
                 "life, active involvement in satisfying work and play, joyful "
                 "relationships, a healthy body and living environment, and happiness.</p>"
                 "<p>SAMHSA started its Wellness Initiative to improve quality of life and "
                 "heart health and to cut early deaths among people with mental health and "
                 "substance use conditions. Many people in recovery have physical health "
                 "problems that went untreated for years. Wellness is not a luxury. It can "
                 "add years to a life.</p>"
                 "<h2>The eight dimensions</h2>"
                 "<p>SAMHSA uses eight dimensions of wellness, based on the work of "
                 "Margaret Swarbrick. Each one affects the others.</p>"
                 "<ul>"
                 "<li><strong>Emotional:</strong> coping well with life and creating "
                 "satisfying relationships.</li>"
                 "<li><strong>Environmental:</strong> good health from being in pleasant, "
                 "stimulating places that support wellbeing.</li>"
                 "<li><strong>Financial:</strong> feeling satisfied with your money "
                 "situation now and in the future.</li>"
                 "<li><strong>Intellectual:</strong> seeing your creative abilities and "
                 "finding ways to grow your knowledge and skills.</li>"
                 "<li><strong>Occupational:</strong> personal satisfaction and meaning from "
                 "your work, paid or unpaid.</li>"
                 "<li><strong>Physical:</strong> taking care of your body through activity, "
                 "food and sleep.</li>"
                 "<li><strong>Social:</strong> a sense of connection and belonging, and a "
                 "good support system.</li>"
                 "<li><strong>Spiritual:</strong> a growing sense of purpose and meaning in "
                 "life.</li>"
                 "</ul>"
                 "<p>Notice how these link to recovery capital. Financial wellness ties to "
                 "personal capital. Social wellness ties to family and social capital. "
                 "Spiritual wellness often ties to cultural capital. Talking about wellness "
                 "is another way to find strengths and goals.</p>"),
                ("callout", {
                    "title": "A simple wellness wheel",
                    "text": (
                        "Draw a circle with eight spokes, one for each dimension. The person "
                        "marks each spoke from 0 at the center to 10 at the edge for how "
                        "satisfied they feel. Connect the marks. The shape shows at a glance "
                        "where they feel strong and where they want change."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Using the dimensions with a person</h2>"
                 "<p>There are many ways in. Some people like the wheel. Others just want "
                 "to talk. Here is one way.</p>"
                 "<ol>"
                 "<li>Explain the eight dimensions in a sentence each. Use everyday "
                 "examples.</li>"
                 "<li>Ask the person to rate how satisfied they feel in each one, from 0 to "
                 "10. The rating is theirs. Do not correct it.</li>"
                 "<li>Ask: “Which one stands out to you?” and “Which one would you most "
                 "like to work on?”</li>"
                 "<li>Turn their choice into one small step, using the SMART questions from "
                 "Lesson 2.</li>"
                 "</ol>"
                 "<p>People often choose something that looks small: sleep, a hobby, "
                 "cooking, walking the dog. Do not steer them toward a “bigger” goal. "
                 "Progress in one area often lifts others. A person who sleeps better has "
                 "more patience with their kids and more energy to look for work.</p>"
                 "<h2>Physical health deserves real attention</h2>"
                 "<p>People with substance use conditions often have health problems that "
                 "were put off for years. Common ones include dental problems, hepatitis C, "
                 "HIV, heart and lung disease, diabetes, chronic pain, and wounds or skin "
                 "infections. Many people have not seen a primary care doctor or a dentist "
                 "in a long time. Some avoid care because they were treated badly when they "
                 "said they take methadone or buprenorphine.</p>"
                 "<p>A coach can help a person:</p>"
                 "<ul>"
                 "<li>find a primary care provider and a dentist who accept their "
                 "insurance;</li>"
                 "<li>get screened and treated for hepatitis C and HIV if they want to;</li>"
                 "<li>prepare questions and bring a list of all their medicines to "
                 "visits;</li>"
                 "<li>tell every provider that they take methadone or buprenorphine, which "
                 "matters for their safety. The MAT course explains why.</li>"
                 "</ul>"
                 "<p>As always, the coach does not give medical advice. The coach helps the "
                 "person get to care and speak up once they are there.</p>"
                 "<h2>Emotional and social wellness</h2>"
                 "<p>Loneliness is one of the hardest parts of early recovery. Many people "
                 "lose friends who still use, and some lose family. People on medication "
                 "can feel shut out of groups that do not accept them. Social wellness often "
                 "means building a new circle, slowly. Ideas include peer groups that "
                 "welcome all pathways, volunteering, faith or cultural groups, sports, "
                 "arts, classes, and recovery events.</p>"
                 "<p>Emotional wellness can include learning to handle stress, grief and "
                 "anger without using. It can also include mental health care. Many people "
                 "in recovery live with depression, anxiety or trauma. Module 9 covers "
                 "trauma and co-occurring conditions.</p>"
                 "<h2>Financial and occupational wellness</h2>"
                 "<p>Money worries are a major stress in recovery. Financial wellness does "
                 "not mean being rich. It means feeling more in control. Small steps count: "
                 "opening a bank account, making a simple budget, paying off one fine, or "
                 "getting benefits the person qualifies for. Occupational wellness means "
                 "meaningful work, paid or not. Caring for grandchildren, volunteering at "
                 "the peer center or going back to school all count. Lesson 4 covers "
                 "resources for work and benefits.</p>"
                 "<h2>Spiritual wellness, in the person's own terms</h2>"
                 "<p>Spiritual wellness is about purpose and meaning. For some people that "
                 "is religion. For others it is nature, art, service, their children, their "
                 "culture or their ancestors. A coach never pushes a belief. You can ask, "
                 "“What gives your life meaning?” and listen.</p>"
                 "<h2>Environmental and intellectual wellness</h2>"
                 "<p>Environmental wellness is about the places where a person spends their "
                 "time. Is home safe? Is it calm enough to sleep? Are there reminders of "
                 "use everywhere? Small changes can help: a lock on a bedroom door, a "
                 "plant, a clean corner, time in a park, or a new route that avoids an old "
                 "corner. For some people, the biggest step is moving somewhere safer, and "
                 "that becomes a housing goal.</p>"
                 "<p>Intellectual wellness is about learning and creativity. Many people "
                 "left school early or stopped reading, drawing or making music during "
                 "active use. Getting a library card, finishing a GED, learning to use a "
                 "computer, or writing poems can bring back a part of themselves they "
                 "missed. These goals often build confidence that spills into every other "
                 "area.</p>"
                 "<h2>Wellness routines and daily dosing</h2>"
                 "<p>For people who dose at a clinic every day, the trip can be an anchor "
                 "for a healthy routine. Some people plan a walk after dosing, breakfast "
                 "with a friend from the clinic, or a peer group right after. Others find "
                 "the daily trip tiring and want to protect their energy. Ask how the "
                 "person's dosing schedule fits with sleep, work, child care and meals. If "
                 "the timing causes real problems, they can raise it with their program. "
                 "The coach helps them describe the problem, not decide the answer.</p>"
                 "<h2>Keeping the wheel moving</h2>"
                 "<p>Come back to the wheel every month or two. Ask the person to fill it in "
                 "again and compare. People are often surprised to see how much has grown. "
                 "If a dimension went down, get curious together. Life changes, and the "
                 "wheel helps a person notice early, before small problems become big "
                 "ones.</p>"
                 "<h2>An example</h2>"
                 "<p>Mr. Walker, 57, is a Black man who worked construction in the city for "
                 "thirty years. He has been on methadone for six years. When his coach "
                 "showed him the wellness wheel, he laughed and said, “I'm fine. I go to "
                 "the clinic, I go home.” He filled it in anyway. Physical came out a 3 "
                 "because of his back and his teeth. Social came out a 2. He said, “I don't "
                 "really see anybody anymore.” Occupational was a 1 since he retired.</p>"
                 "<p>He chose social. His first step, in his words, was: “Go to the Tuesday "
                 "coffee hour at the peer center twice this month.” There he met two men "
                 "who needed help fixing a ramp at the center. Within two months, his social "
                 "and occupational scores had both gone up, and he asked his coach to help "
                 "him find a dentist. One small step had opened three doors.</p>"
                 "<h2>Wellness for the coach</h2>"
                 "<p>The wheel works for you too. Coaches who look after their own sleep, "
                 "friends and meaning last longer in this work. If your own wheel is "
                 "lopsided, that is worth bringing to supervision. The Ethics course covers "
                 "self-care plans.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Lorraine rates her physical wellness a 3 and says she wants to "
                            "work on sleeping better. What is the best next step?"
                        ),
                        "choices": [
                            ("Ask what one small step toward better sleep she would like to "
                             "try, and when.", True),
                            ("Suggest she work on finances first, since money is a bigger "
                             "problem.", False),
                            ("Tell her which sleep medicine to ask her doctor for.", False),
                        ],
                        "explanation": (
                            "The choice is hers. Small steps in one area often help others. "
                            "Suggesting a specific medicine would be medical advice."
                        ),
                    },
                    {
                        "prompt": (
                            "Which dimension of wellness is about purpose and meaning in "
                            "life?"
                        ),
                        "choices": [
                            ("Spiritual", True),
                            ("Intellectual", False),
                            ("Occupational", False),
                        ],
                        "explanation": (
                            "SAMHSA describes spiritual wellness as a growing sense of "
                            "purpose and meaning in life, in whatever form fits the person."
                        ),
                    },
                    {
                        "prompt": (
                            "Why might a coach encourage a person on methadone to tell every "
                            "doctor and dentist that they take it?"
                        ),
                        "choices": [
                            ("It matters for safety, because some medicines do not mix well "
                             "with methadone.", True),
                            ("Because providers are allowed to share it with employers.",
                             False),
                            ("So the dentist can adjust the methadone dose.", False),
                        ],
                        "explanation": (
                            "Other providers need to know for safety. Dose decisions stay "
                            "with the person's prescriber at the treatment program."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "connecting-to-resources-and-community",
            "title": "Resource navigation: housing, benefits, work and getting to daily dosing",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>From referral to connection</h2>"
                 "<p>Handing someone a phone number is a referral. Helping them actually "
                 "get there is a connection. Coaches specialize in connection. Three habits "
                 "make the difference:</p>"
                 "<ul>"
                 "<li><strong>Warm handoff:</strong> introducing the person directly to "
                 "the new service or contact, in person or on the phone.</li>"
                 "<li><strong>Going along:</strong> going with the person to a first visit "
                 "when they want that.</li>"
                 "<li><strong>Following up:</strong> checking how it went and helping solve "
                 "problems.</li>"
                 "</ul>"
                 "<p>The long-term aim is for people to find their own way through "
                 "services. Over time, move from doing with to cheering on. Make the call "
                 "together the first time. Next time, let the person make the call while "
                 "you sit nearby. After that, just ask how it went.</p>"
                 "<h2>Know your community</h2>"
                 "<p>Build a list of resources that people in your program actually use. "
                 "Keep it up to date, because programs change often. For each one, note:</p>"
                 "<ul>"
                 "<li>what it offers and who it serves;</li>"
                 "<li>how to get in, what papers are needed, and how long it takes;</li>"
                 "<li>whether it welcomes people who take methadone or buprenorphine. Ask "
                 "directly. Do not assume;</li>"
                 "<li>the name of a real person you can call.</li>"
                 "</ul>"
                 "<p>Visit places yourself when you can. A coach who has seen the food "
                 "pantry, met the housing worker and sat in the waiting room can prepare "
                 "people for what they will find.</p>"
                 "<h2>Housing</h2>"
                 "<p>A safe, stable place to live is one of SAMHSA's four dimensions of "
                 "recovery, along with health, purpose and community. Without it, almost "
                 "every other goal is harder. Housing options vary a lot by area. They can "
                 "include shelters, transitional housing, recovery residences, subsidized "
                 "housing and help with rent.</p>"
                 "<p>For people on medication, one question comes first: will this place "
                 "accept my medication? Some recovery residences welcome people on "
                 "methadone or buprenorphine. Some still do not. Call ahead and ask about "
                 "the house rules on medication, storage and dosing times. Module 8 covers "
                 "recovery housing and people's rights there in more depth.</p>"
                 "<p>Housing searches can take a long time. Help the person keep copies of "
                 "their papers, track applications, and have a backup plan.</p>"
                 "<h2>Benefits</h2>"
                 "<p>Many people qualify for benefits they are not getting. Common ones "
                 "include health coverage, food help, cash help for people with "
                 "disabilities, and help with phone or utility bills. The rules and names "
                 "differ by state.</p>"
                 "<p>A coach does not need to know every rule. You do need to know who in "
                 "your area helps people apply. That may be a benefits counselor, a legal "
                 "aid office, a health center or a social worker at the clinic. Help the "
                 "person gather documents: ID, Social Security card, proof of address, "
                 "proof of income. Losing ID is common after jail, a hospital stay or "
                 "homelessness, and replacing it is often the first step for everything "
                 "else.</p>"),
                ("callout", {
                    "title": "Ask, don't assume",
                    "text": (
                        "Before you send someone on medication anywhere, ask the place "
                        "directly whether they welcome people who take methadone or "
                        "buprenorphine. A bad first experience can cost a person months of "
                        "trust."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Work and school</h2>"
                 "<p>Work can bring money, structure, friends and pride. It can also bring "
                 "stress, and some jobs clash with dosing times. Help the person think "
                 "about what kind of work fits their life now. Options include job "
                 "training, reentry job programs, vocational rehabilitation, adult "
                 "education and GED classes, and community college.</p>"
                 "<p>People worry about a record, a gap in their work history, or an "
                 "employer finding out about their medication. A coach can help them "
                 "practice how to talk about gaps, find employers who hire people with "
                 "records, and learn their rights. People in treatment for substance use "
                 "may be protected from some kinds of job discrimination under the "
                 "Americans with Disabilities Act. Module 7 covers this in detail.</p>"
                 "<h2>Getting to daily dosing</h2>"
                 "<p>For many people at an opioid treatment program, the hardest daily "
                 "problem is simply getting there. Early on, most people dose every day at "
                 "the clinic. In a city, that can mean two buses each way. In a rural "
                 "county, it can mean an hour's drive. Missing doses can be dangerous and "
                 "can affect a person's standing in the program.</p>"
                 "<p>Here are options to explore with the person:</p>"
                 "<ul>"
                 "<li><strong>Medicaid rides.</strong> Federal rules require state "
                 "Medicaid programs to make sure members can get necessary transportation "
                 "to covered care. This is called non-emergency medical transportation. "
                 "States run it differently. Many use a broker that books rides ahead of "
                 "time. Some states have put limits on rides to opioid treatment programs. "
                 "Find out how it works in your state and help people book rides.</li>"
                 "<li><strong>Bus passes and gas cards.</strong> Some programs, health "
                 "plans and community groups offer them. Ask.</li>"
                 "<li><strong>Rides from people in their life.</strong> A friend, "
                 "neighbor or family member may help if asked. Put them in the plan, with a "
                 "backup.</li>"
                 "<li><strong>Fewer trips.</strong> Take-home doses, and buprenorphine from "
                 "an office or by telehealth, can mean fewer trips. These are decided by "
                 "the person with their program and prescriber, not by the coach. The MAT "
                 "course covers the 2024 federal rule on take-homes.</li>"
                 "</ul>"
                 "<p>Plan for bad days too. What happens when it snows, the car breaks "
                 "down, or the ride does not show? Help the person know the clinic's hours "
                 "and missed-dose policy, and have a number to call.</p>"
                 "<h2>Other common needs</h2>"
                 "<ul>"
                 "<li><strong>Food:</strong> pantries, meal programs and food benefits.</li>"
                 "<li><strong>Health care:</strong> primary care, dental care, mental health "
                 "care and harm reduction services.</li>"
                 "<li><strong>Legal help:</strong> legal aid, record sealing, fines, and "
                 "driver's license problems.</li>"
                 "<li><strong>Child care:</strong> so parents can get to dosing, work and "
                 "appointments.</li>"
                 "<li><strong>A phone:</strong> almost every service now depends on one.</li>"
                 "</ul>"
                 "<h2>Community belonging</h2>"
                 "<p>Services matter, but so do friends, interests and a sense of belonging. "
                 "Help people find places where they feel at home: groups that welcome "
                 "people on medication, recovery community centers, volunteering, faith and "
                 "cultural communities, sports, music or art. These are where recovery "
                 "capital grows over years.</p>"
                 "<h2>An example</h2>"
                 "<p>Mrs. Alvarez, 63, lives in a rural county and takes methadone. Her son "
                 "used to drive her to the clinic, but he moved away. She missed three doses "
                 "last month. Her coach helped her call her Medicaid plan and book rides. "
                 "They found a neighbor who could drive on days the ride service was "
                 "full. Mrs. Alvarez also wrote down questions for her care team about "
                 "take-homes. Within a month, she had not missed a dose, and she said the "
                 "best part was the neighbor, who became a friend.</p>"
                 "<h2>When a connection fails</h2>"
                 "<p>Not every referral works. The waitlist is months long. The office "
                 "loses the paperwork. The staff are rude about methadone. When this "
                 "happens, people often blame themselves and give up. A coach can help in a "
                 "few ways:</p>"
                 "<ul>"
                 "<li>Normalize it. “This happens a lot. It's the system, not you.”</li>"
                 "<li>Find out what went wrong. Was it a missing paper, a long wait, or "
                 "how they were treated?</li>"
                 "<li>Try a second door. Most needs have more than one resource. Keep "
                 "backups on your list.</li>"
                 "<li>Speak up when it fits. If a place turned someone away because of their "
                 "medication, that may be discrimination. Talk with the person about their "
                 "options and with your supervisor. Module 7 covers advocacy.</li>"
                 "<li>Update your list. Note what you learned so the next person does not hit "
                 "the same wall.</li>"
                 "</ul>"
                 "<h2>Keeping your resource list useful</h2>"
                 "<p>A resource list is only as good as its last update. Put a date next to "
                 "each entry. Share the work with other coaches. Each person can own a few "
                 "entries and check them every few months. When people come back and tell "
                 "you how a place treated them, write it down. Over time, your list becomes "
                 "one of the most valuable tools your program has.</p>"),
                ("reflection", {
                    "prompt": (
                        "List five resources in your area that people in medication-assisted "
                        "recovery often need: for example housing, food, rides, legal help "
                        "and health care. For each, do you know whether it welcomes people "
                        "on medication? Which one will you call or visit first, and why?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "supporting-families",
            "title": "Supporting families: medication, CRAFT, boundaries and consent",
            "domain": "mentoring-education",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Families are part of the picture</h2>"
                 "<p>Families can be a great source of recovery capital. They can also be "
                 "a source of stress. Often they are both. SAMHSA's guiding principles say "
                 "recovery involves individual, family and community strengths and "
                 "responsibility. A coach can help families understand recovery, find "
                 "support for themselves, and take part in ways the person wants.</p>"
                 "<p>Remember who the family is. Let the person define it. Family may be a "
                 "parent, partner, child or grandparent. It may be an aunt who raised them, "
                 "a best friend, or a chosen family.</p>"
                 "<h2>First, the person's consent</h2>"
                 "<p>Before anything else, know this: you work for the person. You do not "
                 "talk with their family about them unless they have said yes. That means:</p>"
                 "<ul>"
                 "<li><strong>Ask first.</strong> “Would you like me to talk with your mom? "
                 "What would you want me to say, and what should stay private?”</li>"
                 "<li><strong>Get it in writing.</strong> Use your program's consent form. "
                 "It should say who you may talk with, what you may share, and for how "
                 "long.</li>"
                 "<li><strong>Share only what they agreed to.</strong> Consent to talk "
                 "about housing is not consent to talk about drug tests.</li>"
                 "<li><strong>Know it can be taken back.</strong> The person can change "
                 "their mind. Check in.</li>"
                 "</ul>"
                 "<p>Many opioid treatment programs are covered by a federal rule called "
                 "42 CFR Part 2. It protects the records of substance use treatment. It "
                 "was updated in 2024, and programs must follow the new version by "
                 "February 16, 2026. In a program covered by Part 2, you generally cannot "
                 "even confirm to a caller that someone is a patient without the person's "
                 "written consent. Module 10 and the Ethics course cover the details, "
                 "including the few exceptions.</p>"
                 "<p>If a family member calls and you do not have consent, you can still "
                 "be kind. You can listen. You can give general information about "
                 "medication-assisted recovery and family support, without saying anything "
                 "about the person. “I can't share anything about who we serve. I can tell "
                 "you about support for families, if that would help.”</p>"),
                ("callout", {
                    "title": "Consent before contact",
                    "text": (
                        "Never talk with a family member about someone you support without "
                        "their clear, written permission. Share only what they agreed to. "
                        "When in doubt, ask your supervisor."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>Helping families understand medication-assisted recovery</h2>"
                 "<p>Many families have heard myths about methadone and buprenorphine. "
                 "They may say “it's just trading one drug for another” or “you're not "
                 "really in recovery until you're off it.” These beliefs can lead families "
                 "to push a person to stop a medicine that is keeping them alive.</p>"
                 "<p>When the person wants you to, you can share plain facts:</p>"
                 "<ul>"
                 "<li>Methadone and buprenorphine are medicines approved to treat opioid "
                 "use disorder. SAMHSA's TIP 63, written for families as well as "
                 "professionals, describes them as safe and effective when taken as "
                 "prescribed.</li>"
                 "<li>At the right dose, people feel steady, not high. They can work, "
                 "drive and raise children.</li>"
                 "<li>Taking medication is recovery. How long to take it is the person's "
                 "decision with their prescriber. There is no set end date.</li>"
                 "<li>Stopping brings real risks, including overdose if the person uses "
                 "again with lower tolerance.</li>"
                 "<li>Take-home doses must be locked up, away from children and visitors. "
                 "Naloxone should be in the home, and family members can learn to use "
                 "it.</li>"
                 "</ul>"
                 "<p>Use the MI skills from Module 5 with families too. Ask what they "
                 "already know. Ask what worries them. Offer facts in small pieces, then "
                 "ask what they think. A worried mother who feels heard is more open to "
                 "new ideas than one who feels lectured. The MAT course has more detail to "
                 "draw on.</p>"
                 "<h2>What families can do that helps</h2>"
                 "<p>Families often ask, “What should I do?” General ideas that help many "
                 "families include:</p>"
                 "<ul>"
                 "<li>noticing and praising steps forward, even small ones;</li>"
                 "<li>talking calmly, at good moments, instead of in the middle of a "
                 "fight;</li>"
                 "<li>spending time together doing things that do not involve use;</li>"
                 "<li>letting the person face the natural results of use, rather than "
                 "covering for them, while keeping everyone safe;</li>"
                 "<li>taking care of their own health and getting their own support.</li>"
                 "</ul>"
                 "<h2>CRAFT: an approach with strong evidence</h2>"
                 "<p><strong>CRAFT</strong> stands for Community Reinforcement and Family "
                 "Training. Psychologist Robert Meyers developed it. It teaches family "
                 "members skills to use at home: positive communication, rewarding times "
                 "when their loved one is not using, stepping back from rescuing, staying "
                 "safe, caring for themselves, and inviting their loved one into treatment "
                 "at the right moment. It does not use confrontation or threats.</p>"
                 "<p>CRAFT has been tested in clinical trials. In a 1999 trial, families "
                 "were offered one of three approaches. With CRAFT, about two in three "
                 "families got their loved one to start treatment. With counseling to join "
                 "Al-Anon, it was about one in eight. With a Johnson-style confrontational "
                 "intervention, it was about three in ten. Most families in that group "
                 "chose not to go through with the confrontation at all. Families in all "
                 "three groups felt better themselves. Later studies with families of "
                 "people who use other drugs found similar results, and found that family "
                 "members' depression, anxiety and anger went down.</p>"
                 "<p>CRAFT is usually taught by a trained counselor over about twelve "
                 "sessions. Some families learn it from books or from CRAFT-based groups, "
                 "such as SMART Recovery Family and Friends. A coach is not a CRAFT "
                 "therapist unless trained. But you can tell families it exists and help "
                 "them find it.</p>"
                 "<h2>Other support for families</h2>"
                 "<p>Family members deserve support of their own, whether or not their "
                 "loved one is in recovery. Options include family peer support, family "
                 "groups at treatment programs, counseling, and mutual-aid groups such as "
                 "Al-Anon and Nar-Anon. Groups differ in how they see medication. It is "
                 "worth asking ahead, so a family member does not hear that their loved "
                 "one's medication is not real recovery.</p>"
                 "<h2>Boundaries with families</h2>"
                 "<p>Families may ask a coach to do things that are not the coach's role. "
                 "Know where the lines are:</p>"
                 "<ul>"
                 "<li><strong>Not a messenger.</strong> You do not carry messages back and "
                 "forth or take sides in family fights.</li>"
                 "<li><strong>Not a monitor.</strong> You do not report attendance, test "
                 "results or dose information to family, even if they ask, unless the "
                 "person has agreed in writing.</li>"
                 "<li><strong>Not a medical voice.</strong> If a family member asks whether "
                 "the dose is too high or when the person should stop, you do not answer "
                 "that. You can say it is a question for the person and their "
                 "prescriber.</li>"
                 "<li><strong>Not the family's coach.</strong> If family members need "
                 "ongoing support, connect them with their own.</li>"
                 "</ul>"
                 "<p>Some situations are different. If you learn that a child or another "
                 "person is in danger, follow your program's policy on safety and mandated "
                 "reporting, and talk to your supervisor. Module 10 covers this.</p>"
                 "<h2>An example</h2>"
                 "<p>Mr. Chen, 70, calls the peer center. His son Kevin is on buprenorphine, "
                 "and Mr. Chen wants the coach to “make him get off it.” Kevin had already "
                 "signed a consent for the coach to talk with his father about family "
                 "support, but not about his treatment. The coach listens, reflects Mr. "
                 "Chen's fear of losing his son, and shares general facts about medication. "
                 "The coach does not talk about Kevin's dose or plans. The coach tells Mr. "
                 "Chen about a family group and a CRAFT-based class. Later, Kevin says his "
                 "father stopped asking when he would quit.</p>"
                 "<h2>Helping the person decide about family involvement</h2>"
                 "<p>Some people want their family closely involved. Some want no contact "
                 "at all. Many are somewhere in between. Before you involve family, help "
                 "the person think it through:</p>"
                 "<ul>"
                 "<li>“Who in your family do you want to know about your recovery?”</li>"
                 "<li>“What do you want them to know, and what do you want to keep "
                 "private?”</li>"
                 "<li>“What would you want them to do, or stop doing?”</li>"
                 "<li>“Would you rather talk to them yourself, with me there, or have me "
                 "share some general information?”</li>"
                 "<li>“Is there anyone it would not be safe to involve?”</li>"
                 "</ul>"
                 "<p>The last question matters. For some people, family is where harm "
                 "happened. A person leaving an abusive partner, for example, may need that "
                 "partner kept far away from any information. Respect the answer without "
                 "pushing for reconciliation.</p>"
                 "<p>Family goals can go into the recovery plan in the person's own words, "
                 "like “Invite my dad to the family night at the clinic in March,” or “Tell "
                 "my sister about my medication before Thanksgiving.” The coach can help "
                 "them practice what they want to say.</p>"),
                ("scenario", {
                    "title": "A worried mother at the front desk",
                    "situation": (
                        "Gloria, 49, arrives at the peer center upset. Her daughter Marisol, "
                        "24, started methadone a month ago. Gloria says: “I know she comes "
                        "here. I need to know if she's still using. And I want someone to "
                        "tell her that methadone is just another drug.” You have never talked "
                        "with Marisol about her family, and there is no consent on file."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Say kindly that you can't share anything about who comes "
                                "here, and offer to listen and share general information for "
                                "families."
                            ),
                            "feedback": (
                                "This protects Marisol's privacy without turning Gloria "
                                "away. Without written consent, you cannot confirm Marisol is "
                                "served here."
                            ),
                            "best": True,
                            "next": (
                                "Gloria sits down. She says she is scared her daughter will "
                                "die and that she does not understand why Marisol needs a "
                                "drug to quit drugs."
                            ),
                        },
                        {
                            "text": (
                                "Tell her Marisol is doing well, so she can stop worrying."
                            ),
                            "feedback": (
                                "Even good news confirms that Marisol is served here and "
                                "shares information without her consent. That breaks her "
                                "trust and may break the law."
                            ),
                            "best": False,
                            "next": (
                                "Gloria looks relieved, then asks for more details. You "
                                "realize you have already shared too much. She also says she "
                                "does not understand why Marisol needs a drug to quit drugs."
                            ),
                        },
                        {
                            "text": (
                                "Tell her you can't talk to her and ask her to leave."
                            ),
                            "feedback": (
                                "You protected privacy, but you missed a chance to help a "
                                "frightened parent. You can listen and give general "
                                "information without saying anything about Marisol."
                            ),
                            "best": False,
                            "next": (
                                "Gloria starts to cry and says she just wants to understand "
                                "why her daughter needs a drug to quit drugs."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Gloria says she does not understand why someone needs a drug "
                            "to quit drugs. What do you do next?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Reflect her fear, ask what she has heard, share a few "
                                    "general facts about methadone, and offer information "
                                    "on family support such as CRAFT."
                                ),
                                "feedback": (
                                    "This uses ask, offer, ask with a parent. It gives her "
                                    "accurate facts and support of her own, without "
                                    "talking about her daughter."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Agree to talk with Marisol about her methadone on "
                                    "Gloria's behalf."
                                ),
                                "feedback": (
                                    "That would make you the family's messenger and push "
                                    "a medical choice. Medication decisions belong to "
                                    "Marisol and her prescriber."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell her she is wrong and that people like her are why "
                                    "stigma exists."
                                ),
                                "feedback": (
                                    "Lecturing a scared parent usually creates discord. "
                                    "Listening first makes her more open to new facts."
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
        "slug": "module-6-check",
        "title": "Module 6 check: Recovery capital, wellness and planning",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "DeShawn says: “I got nothing going for me. Just a record.” What is the "
                    "most helpful response?"
                ),
                "multiple": False,
                "choices": [
                    ("“Let's map what you do have, like people, skills, places and "
                     "beliefs. We can put the hard stuff on the side.”", True),
                    ("“Don't say that. You have lots going for you.”", False),
                    ("“Let's start by listing everything that's gone wrong.”", False),
                    ("“A record is hard. Let's focus on getting it sealed first.”", False),
                ],
                "explanation": (
                    "A recovery capital map starts with strengths and names drains without "
                    "blame. Reassurance without looking, or starting with problems, misses "
                    "what he has to build on. The person picks where to start."
                ),
            },
            {
                "prompt": (
                    "Which of these are examples of recovery capital? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("A forklift license from before prison", True),
                    ("An aunt who lets the person stay with her", True),
                    ("A church community that welcomes people on medication", True),
                    ("Friends whose social life centers on using", False),
                ],
                "explanation": (
                    "Skills, supportive family and welcoming community or cultural groups "
                    "are recovery capital. Relationships centered on use are a drain, "
                    "sometimes called negative recovery capital."
                ),
            },
            {
                "prompt": (
                    "Maria says her goal is “to be a better mom.” What does a coach do to "
                    "help her make it SMART?"
                ),
                "multiple": False,
                "choices": [
                    ("Ask what being a better mom would look like this month, how she would "
                     "know, and by when, and write it in her words.", True),
                    ("Rewrite it as “Improve parenting skills within 60 days.”", False),
                    ("Tell her the goal is too vague to use.", False),
                    ("Replace it with a goal about attending parenting classes.", False),
                ],
                "explanation": (
                    "SMART is a set of questions the coach asks. The person's words and "
                    "choices stay in the goal, so it stays hers."
                ),
            },
            {
                "prompt": (
                    "Rick asks you to just copy his counselor's treatment plan into his "
                    "recovery plan. What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Explain that this plan is his and ask what he wants his life to look "
                     "like.", True),
                    ("Copy it so the two plans match.", False),
                    ("Add goals you think would help him most.", False),
                    ("Skip the recovery plan since he already has a treatment plan.", False),
                ],
                "explanation": (
                    "A recovery plan belongs to the person and is in their words. It can "
                    "cover any part of life, not only what the program wants."
                ),
            },
            {
                "prompt": (
                    "Mrs. Alvarez, 63, has Medicaid and missed three methadone doses because "
                    "her son moved away and can no longer drive her. What should the coach "
                    "help with first?"
                ),
                "multiple": False,
                "choices": [
                    ("Finding out how Medicaid rides work in her state, booking rides, and "
                     "planning a backup.", True),
                    ("Asking her prescriber to give her take-homes right away.", False),
                    ("Telling her to switch to buprenorphine so she can use a pharmacy.",
                     False),
                    ("Telling her missed doses are her responsibility to solve.", False),
                ],
                "explanation": (
                    "Medicaid must ensure necessary transportation to covered care, though "
                    "states run it differently. Take-homes or a change of medication are "
                    "decisions for her and her program, not the coach."
                ),
            },
            {
                "prompt": (
                    "Before referring Tanya, who takes buprenorphine, to a recovery "
                    "residence, what should you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Call the residence and ask directly about its rules on medication.",
                     True),
                    ("Assume it accepts her, since most places do now.", False),
                    ("Tell Tanya to keep her medication private so it won't be a problem.",
                     False),
                    ("Refer her only to places that do not allow any medications.", False),
                ],
                "explanation": (
                    "Policies on medication vary. Asking directly protects the person from a "
                    "bad first experience. Hiding medication can put her housing and safety "
                    "at risk."
                ),
            },
            {
                "prompt": (
                    "A father calls and asks whether his son, who you support, is still "
                    "using. There is no consent on file. What do you say?"
                ),
                "multiple": False,
                "choices": [
                    ("“I can't share anything about who we serve. I can tell you about "
                     "support for families, if that would help.”", True),
                    ("“He's doing fine, but I can't say more.”", False),
                    ("“Let me check his file and call you back.”", False),
                    ("“I'll tell him you called.”", False),
                ],
                "explanation": (
                    "Without written consent you cannot confirm the son is served, even with "
                    "good news. You can still listen and offer general family support."
                ),
            },
            {
                "prompt": (
                    "Which statements about CRAFT are accurate? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("It teaches family members positive communication and self-care.",
                     True),
                    ("In trials, it got more loved ones into treatment than Al-Anon "
                     "facilitation or confrontational interventions.", True),
                    ("Family members' own mood often improves.", True),
                    ("It relies on a surprise family confrontation.", False),
                    ("Any peer coach can deliver it without training.", False),
                ],
                "explanation": (
                    "CRAFT is a non-confrontational, evidence-based family approach usually "
                    "taught by trained counselors or in CRAFT-based groups. Coaches can tell "
                    "families about it and help them find it."
                ),
            },
            {
                "prompt": (
                    "Kevin signed consent for you to talk with his father about family "
                    "support only. His father asks whether Kevin's buprenorphine dose is too "
                    "high. What do you do?"
                ),
                "multiple": False,
                "choices": [
                    ("Say that dose questions are for Kevin and his prescriber, and stay "
                     "with what the consent covers.", True),
                    ("Share the dose, since Kevin already signed a consent.", False),
                    ("Say the dose sounds fine to you.", False),
                    ("Suggest the father call the clinic for the dose.", False),
                ],
                "explanation": (
                    "Consent covers only what the person agreed to. Coaches also never judge "
                    "whether a dose is right."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to help a person map their recovery capital, "
            "including strengths and drains, across personal, family and social, community "
            "and cultural areas.",
            "Participants will be able to support a person to write a strengths-based recovery "
            "plan with SMART-style goals in the person's own words.",
            "Participants will be able to use the eight dimensions of wellness to help a "
            "person choose a wellness goal.",
            "Participants will be able to connect people to housing, benefits, work and "
            "transportation to daily dosing, asking first whether services welcome "
            "medication.",
            "Participants will be able to support families with accurate information about "
            "medication-assisted recovery and family resources such as CRAFT, while getting "
            "consent and keeping boundaries.",
        ],
        "agenda": [
            {
                "title": "Welcome: what kept me going",
                "minutes": 10,
                "method": "discussion",
                "description": (
                    "Welcome the group and preview the day. Ask each person to name one thing, "
                    "person or place that kept them going on a hard day in recovery or in life. "
                    "Write answers on a flip chart without comment. At the end, point out that "
                    "the chart is full of recovery capital: people, skills, places, faith, "
                    "culture. Keep it up for the session."
                ),
                "materials": ["Flip chart", "Markers"],
                "questions": [
                    "What is one thing, person or place that kept you going on a hard day?",
                    "Which of those would a typical intake form ask about?",
                ],
            },
            {
                "title": "Recovery capital and its drains",
                "minutes": 15,
                "method": "presentation",
                "description": (
                    "Define recovery capital using Granfield and Cloud's idea: the internal "
                    "and external resources a person can draw on to start and keep up "
                    "recovery. Walk through the four areas from the handout with examples "
                    "from opioid treatment programs, peer centers and reentry. Introduce "
                    "negative recovery capital, and name stigma against medication as a drain "
                    "coaches can help work around. Stress that questionnaires are "
                    "conversation starters, never tests or gatekeepers."
                ),
                "materials": ["Handout: My recovery capital map", "Slides or flip chart"],
            },
            {
                "title": "Mapping recovery capital",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "In pairs, take turns as coach and participant. The participant uses a "
                    "real or made-up situation, whichever they are comfortable with. The coach "
                    "asks strengths questions and lets the participant fill in the four-box "
                    "map, then asks about drains and where they want to build first. Eight "
                    "minutes each way. Use the last four minutes to ask: what did it feel like "
                    "to hold the pen? What surprised you about what was on the map?"
                ),
                "materials": ["Handout: My recovery capital map", "Pens"],
            },
            {
                "title": "The wellness wheel",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Briefly present SAMHSA's eight dimensions of wellness, one sentence each. "
                    "Each participant fills in a wellness wheel for themselves, rating each "
                    "dimension from 0 to 10. In groups of three, each person shares one "
                    "dimension they want to work on, if they choose, and one small step. Remind "
                    "people to share only what they are comfortable with. Debrief: how could "
                    "you use the wheel with someone who says they are fine?"
                ),
                "materials": ["Wellness wheel worksheet", "Colored pens"],
            },
            {
                "title": "From vision to goal: a demonstration",
                "minutes": 15,
                "method": "demonstration",
                "description": (
                    "Two facilitators demonstrate Maria's example from Lesson 2. The coach "
                    "starts with her vision, then uses SMART questions to help her turn “be a "
                    "better mom” into a goal in her own words. Pause twice to ask the group "
                    "what the coach just did. Then show a short wrong version where the coach "
                    "rewrites the goal in program language. Ask: which version would Maria "
                    "remember on a hard day?"
                ),
                "materials": ["Handout: My recovery plan", "Flip chart"],
            },
            {
                "title": "Role-play: writing a goal in the person's words",
                "minutes": 25,
                "method": "role_play",
                "description": (
                    "Form groups of three. Each round lasts seven minutes plus two minutes of "
                    "observer feedback; rotate so two people play the coach if time allows. "
                    "The coach helps the participant pick one priority and write one "
                    "SMART-style goal and a first step in his own words. Use the last five "
                    "minutes for a whole-group debrief: read two goals aloud and ask the "
                    "group whether they sound like the person talking."
                ),
                "materials": ["Role cards", "Handout: My recovery plan", "Observer checklists"],
                "roles": [
                    "Coach",
                    "Participant (Rick, 52, on methadone four months, former mechanic, "
                    "estranged from his adult son)",
                    "Observer",
                ],
                "script": (
                    "Rick opens: “My counselor already did a plan. Just copy that. It says "
                    "stay off drugs and go to groups.” If the coach asks about his vision, he "
                    "says he wants to fix cars again and hear from his son. If the coach asks "
                    "which to start with, he picks cars, then says he has no tools and no "
                    "license. If the coach writes goals in program words, he says, “Sure, "
                    "whatever.” If the coach asks SMART questions, he lands on something like: "
                    "“I'll call the shop on Fifth Street by Friday and ask if they need help.”"
                ),
                "observer_checklist": [
                    "Coach explained the difference between his treatment plan and his "
                    "recovery plan",
                    "Coach started with his vision and strengths",
                    "Coach let Rick choose the priority",
                    "Coach used questions to make the goal specific, measurable and dated",
                    "The final goal is in Rick's words, not the coach's",
                    "Coach asked about barriers and who could help",
                ],
            },
            {
                "title": "Resource scavenger hunt",
                "minutes": 20,
                "method": "small_group",
                "description": (
                    "Split into four groups: housing, benefits, work and school, and legal "
                    "help. Using phones, printed directories and what they already know, each "
                    "group finds two local resources and fills in the resource card: what it "
                    "offers, how to get in, papers needed, a contact name, and whether it "
                    "welcomes people on methadone or buprenorphine (mark unknown if they have "
                    "not asked). Give twelve minutes. Each group reports back in two minutes. "
                    "Collect the cards to start a shared resource list."
                ),
                "materials": ["Handout: Resource navigation checklist", "Blank resource cards",
                              "Local directories"],
            },
            {
                "title": "Getting to daily dosing",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Present Mrs. Alvarez's situation from Lesson 4. Ask the group to list "
                    "every way she might get to the clinic, including Medicaid rides, bus "
                    "passes, people in her life and fewer trips. Stress that take-homes and "
                    "changes in medication are decided by her with her program and "
                    "prescriber, not by the coach. Ask people with rural and urban "
                    "experience to compare. Close by building a bad-weather backup plan "
                    "together."
                ),
                "materials": ["Flip chart", "Handout: Resource navigation checklist"],
                "questions": [
                    "What options exist in our area for rides to a clinic every day?",
                    "What can go wrong with each option, and what is the backup?",
                    "Where is the line between helping with a ride problem and speaking for "
                    "the person about their medication?",
                ],
            },
            {
                "title": "Families, medication and consent",
                "minutes": 10,
                "method": "presentation",
                "domain": "mentoring-education",
                "description": (
                    "Present the family support handout. Cover three things. First, consent: "
                    "no contact with family without the person's written permission, share "
                    "only what they agreed to, and in programs covered by 42 CFR Part 2 you "
                    "generally cannot confirm someone is a patient. Second, plain facts "
                    "families need about methadone and buprenorphine, safe storage and "
                    "naloxone. Third, family resources: CRAFT and its evidence from the 1999 "
                    "trial, CRAFT-based groups, family peer support and mutual-aid groups, "
                    "noting that groups differ on medication. End with the four boundaries: "
                    "not a messenger, not a monitor, not a medical voice, not the family's "
                    "coach."
                ),
                "materials": ["Handout: For families: medication-assisted recovery"],
            },
            {
                "title": "Role-play: a worried parent",
                "minutes": 20,
                "method": "role_play",
                "domain": "mentoring-education",
                "description": (
                    "Form groups of three. Each round lasts five minutes plus two minutes of "
                    "observer feedback; rotate roles twice if time allows. In round one there "
                    "is no consent on file. In round two, the adult child has signed consent "
                    "for the coach to talk with the parent about family support only. Debrief "
                    "for the last five minutes: how did the conversation change with consent, "
                    "and what stayed off limits either way?"
                ),
                "materials": ["Role cards", "Observer checklists",
                              "Handout: For families: medication-assisted recovery"],
                "roles": [
                    "Coach",
                    "Parent (Gloria, 49, mother of Marisol, 24, who started methadone a month "
                    "ago)",
                    "Observer",
                ],
                "script": (
                    "Gloria arrives upset: “I know my daughter comes here. I need to know if "
                    "she's still using. Somebody has to tell her methadone is just another "
                    "drug.” If the coach protects privacy kindly, she calms a little and says "
                    "she is terrified Marisol will die like her cousin did. If the coach "
                    "listens and asks what she has heard, she asks, “Why does she need a drug "
                    "to quit drugs?” If the coach lectures, she gets louder. If the coach "
                    "offers family support, she asks whether there is anything she can do "
                    "that actually helps."
                ),
                "observer_checklist": [
                    "Coach did not confirm or share anything about Marisol without consent",
                    "Coach stayed within what the consent allowed in round two",
                    "Coach reflected Gloria's fear before giving information",
                    "Coach shared accurate, plain facts about methadone when invited",
                    "Coach did not judge the dose or take sides on stopping the medicine",
                    "Coach offered family resources such as CRAFT or a family group",
                ],
            },
            {
                "title": "Teach-back and closing",
                "minutes": 15,
                "method": "teach_back",
                "description": (
                    "In pairs, each person explains to their partner, in two minutes, how "
                    "they would start a recovery plan with someone new: strengths first, the "
                    "person holds the pen, goals in their words, and review dates. The partner "
                    "gives one piece of feedback, then they switch. Bring the group back. Ask "
                    "each person to name one resource they will check this week. Remind the "
                    "group that medical decisions stay with the person and their prescriber, "
                    "and that family contact always starts with consent."
                ),
                "materials": ["Flip chart from the opening"],
            },
        ],
        "handouts": [
            {
                "title": "My recovery capital map",
                "text": (
                    "Recovery capital is everything inside and around you that can help you "
                    "start and keep up recovery. Fill in each box. You hold the pen.\n\n"
                    "Personal\n"
                    "- Health, housing, income, phone, transportation\n"
                    "- Skills, education, coping skills, hope, sense of purpose\n\n"
                    "Family and social\n"
                    "- People who support my recovery, including my medication\n"
                    "- People in recovery I can call\n\n"
                    "Community\n"
                    "- Programs, groups and centers that welcome me\n"
                    "- Work, school, transit, places I feel at home\n\n"
                    "Cultural\n"
                    "- Faith, traditions, values and communities that support me\n\n"
                    "Things that make recovery harder right now (drains):\n"
                    "- \n\n"
                    "Where I want to build first:\n"
                    "- \n\n"
                    "Date to look at this map again:"
                ),
            },
            {
                "title": "My recovery plan",
                "text": (
                    "This plan is mine. It is in my words.\n\n"
                    "My vision: If things were going well a year from now, my life would "
                    "look like:\n\n"
                    "My strengths and supports:\n\n"
                    "What matters most right now (one to three areas):\n\n"
                    "My goal, in my words. Check it with these questions:\n"
                    "- Specific: what exactly will happen?\n"
                    "- Measurable: how will I know?\n"
                    "- Achievable: can I do it with what I have?\n"
                    "- Relevant: does it matter to me?\n"
                    "- Time-bound: by when?\n\n"
                    "First steps, who will help, and when:\n\n"
                    "What might get in the way, and what I will do:\n\n"
                    "My wellness habits and early warning signs:\n\n"
                    "My safety plan: who I call in a crisis, where my naloxone is, who knows "
                    "how to use it. In a mental health crisis I can call or text 988.\n\n"
                    "Medication, if I want it in my plan, described my way:\n\n"
                    "We will look at this plan again on:"
                ),
            },
            {
                "title": "Resource navigation checklist",
                "text": (
                    "Referral is a phone number. Connection is getting there.\n\n"
                    "For every resource, note:\n"
                    "- What it offers and who it serves\n"
                    "- How to get in, papers needed, how long it takes\n"
                    "- Whether it welcomes people on methadone or buprenorphine (ask directly)\n"
                    "- A real person's name to contact\n"
                    "- Date you last checked\n\n"
                    "Papers people often need: photo ID, Social Security card, proof of "
                    "address, proof of income, insurance card.\n\n"
                    "Getting to daily dosing\n"
                    "- Medicaid rides: states must ensure needed transportation to covered "
                    "care; learn how to book in your state\n"
                    "- Bus passes or gas cards from programs or health plans\n"
                    "- Rides from people in the person's life, with a backup\n"
                    "- Take-homes or office-based care are decided by the person with their "
                    "program and prescriber\n"
                    "- Bad-weather plan: clinic hours, missed-dose policy, number to call\n\n"
                    "Connection habits: warm handoff, going along when wanted, following up, "
                    "and moving from doing with to cheering on."
                ),
            },
            {
                "title": "For families: medication-assisted recovery",
                "text": (
                    "Methadone and buprenorphine are approved medicines for opioid use "
                    "disorder. At the right dose, people feel steady, not high. Taking "
                    "medication is recovery. How long to take it is a decision for your loved "
                    "one and their prescriber.\n\n"
                    "Safety at home\n"
                    "- Keep take-home doses locked up, away from children and visitors\n"
                    "- Keep naloxone in the home and learn how to use it\n"
                    "- If someone is not breathing or will not wake up, call 911 and give "
                    "naloxone\n\n"
                    "Things that often help\n"
                    "- Notice and praise steps forward\n"
                    "- Talk calmly at good moments\n"
                    "- Spend time together doing things that do not involve use\n"
                    "- Take care of your own health and get support for yourself\n\n"
                    "Support for families\n"
                    "- CRAFT (Community Reinforcement and Family Training): a non-confrontational "
                    "approach with strong research support, taught by trained counselors, in "
                    "books, and in CRAFT-based groups such as SMART Recovery Family and Friends\n"
                    "- Family peer support and family groups at treatment programs\n"
                    "- Mutual-aid groups such as Al-Anon and Nar-Anon; views on medication "
                    "differ, so ask ahead\n\n"
                    "About privacy: staff and coaches cannot share anything about your loved "
                    "one, or even confirm they are served, without their written consent."
                ),
            },
        ],
    },
}
