"""Ethics for Recovery Coaches module 6: The coach's own recovery. The coach's medication and
privacy at work, disclosure choices, vicarious trauma, compassion fatigue and burnout, grief after an
overdose death, self-care plans and supervision, and what to do after a return to use."""

MODULE = {
    "slug": "the-coachs-own-recovery",
    "title": "The coach's own recovery, wellness and self-care",
    "domain": "ethical-responsibility",
    "intro": (
        "Your recovery is what lets you do this work. This module covers your privacy about "
        "your own treatment, the strain of the work, grief after an overdose death, self-care "
        "plans, and what to do if you return to use."
    ),
    "minutes": 90,
    "sources": [
        "NAADAC, the Association for Addiction Professionals, and NCC AP. Code of Ethics. "
        "Effective January 1, 2021.",
        "U.S. Department of Justice, Civil Rights Division. The ADA and Opioid Use Disorder: "
        "Combating Discrimination Against People in Treatment or Recovery. 2022.",
        "U.S. Equal Employment Opportunity Commission. Use of Codeine, Oxycodone, and Other "
        "Opioids: Information for Employees. 2020.",
        "U.S. Department of Health and Human Services. Confidentiality of Substance Use "
        "Disorder Patient Records: Final Rule revising 42 CFR Part 2. 2024.",
        "SAMHSA. Tips for Disaster Responders: Understanding Compassion Fatigue. 2014.",
        "SAMHSA, BRSS TACS. Core Competencies for Peer Workers in Behavioral Health Services. "
        "2015.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "your-recovery-comes-first",
            "title": "Your recovery and your medication at work",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Why your recovery is an ethics topic</h2>"
                 "<p>Your lived experience is what makes you a peer. Your ongoing recovery is "
                 "what lets you use that experience well. A coach who is running on empty "
                 "cannot listen closely, think clearly or keep good boundaries. So taking "
                 "care of your recovery is not selfish. It is part of your duty to the "
                 "people you serve.</p>"
                 "<p>The work also puts unusual strain on recovery. You hear detailed stories "
                 "of use. You sit with people in withdrawal, in crisis and in grief. You may "
                 "work at the same clinic where you get your own medication. You may lose "
                 "people you care about to overdose. And because you are valued for your "
                 "story, it can feel hard to admit when you are struggling.</p>"
                 "<h2>Your medication, your business</h2>"
                 "<p>Many coaches in programs like ours take methadone or buprenorphine. "
                 "Some have tapered. Some never took medication. All of these are recovery. "
                 "A coach on medication is not a lesser coach, and a coach off medication is "
                 "not a better example.</p>"
                 "<p>Your treatment is your private health information. You decide who knows "
                 "about it. Here is what that means in practice:</p>"
                 "<ul>"
                 "<li><strong>With participants.</strong> You never have to tell a "
                 "participant whether you take medication, what you take or your dose. If "
                 "you choose to share, share briefly and for their benefit. Never share your "
                 "dose. A number invites comparison, and comparison invites people to judge "
                 "their own dose by yours.</li>"
                 "<li><strong>With coworkers.</strong> You may choose to be open with your "
                 "team, or not. Coworkers should not ask about your dose, your test results "
                 "or your take-homes.</li>"
                 "<li><strong>With your employer.</strong> Under the Americans with "
                 "Disabilities Act (ADA), medical information an employer learns about an "
                 "employee, for example when you ask for an accommodation, must be kept "
                 "confidential. The Justice Department's 2022 guidance explains that people "
                 "taking prescribed medication for opioid use disorder are generally "
                 "protected from discrimination.</li>"
                 "</ul>"
                 "<h2>Asking for what you need</h2>"
                 "<p>You may need changes at work to keep your treatment going. You might need "
                 "to dose before your shift, leave for a medical visit, or avoid a split "
                 "shift that clashes with clinic hours. The EEOC, which enforces job "
                 "discrimination law, notes that a reasonable accommodation can include "
                 "changed breaks or schedules so a person can get treatment or attend "
                 "support groups. Your employer may ask for some medical documentation to "
                 "support the request. You do not have to share your whole history.</p>"
                 "<p>In peer-run programs, many of these needs are simply part of the "
                 "culture. Still, put requests in writing and keep a copy. It protects you "
                 "and it helps the program plan.</p>"
                 "<h2>Drug tests at work</h2>"
                 "<p>Some employers test staff for drugs. Methadone and buprenorphine can show "
                 "up on a test. Federal guidance says an employer may test, but a person who "
                 "shows that a positive result came from a medication legally prescribed for "
                 "opioid use disorder generally cannot be refused a job or fired for that "
                 "result alone. The exceptions are when the person cannot do the job safely "
                 "and well, or when another federal law rules them out. If you are tested, "
                 "you may need to show that you have a prescription. You do not need to "
                 "explain your history to the person collecting the sample.</p>"
                 "<h2>Every path deserves respect, including yours</h2>"
                 "<p>Coaches come to this work by many roads. Some of us have been on "
                 "methadone for twenty years. Some tapered off buprenorphine and feel strongly "
                 "about it. Some never took medication and found recovery through mutual aid, "
                 "faith or treatment. Each of us can slip into thinking our road is the "
                 "right one.</p>"
                 "<p>Two things help. First, notice when your own path is shaping your "
                 "reaction to someone else's. If a participant's plan stirs up a strong "
                 "feeling in you, that is a sign to slow down, not to steer. Second, treat "
                 "coworkers the same way. A coach on methadone should never be treated as "
                 "less recovered by a coworker who tapered, and the reverse is also true. "
                 "Comments like “when are you getting off that stuff?” have no place in a "
                 "peer team.</p>"
                 "<h2>When a participant finds out</h2>"
                 "<p>Sometimes participants learn about your medication without your choice. "
                 "They see you at the dosing window or hear it from someone. Stay calm. You "
                 "do not need to confirm or deny anything you do not want to. If they are "
                 "surprised or critical, you can say: “Everyone's recovery looks different. "
                 "Let's keep the focus on yours.” If it becomes a pattern of gossip, bring it "
                 "to your supervisor.</p>"
                 "<h2>No special treatment</h2>"
                 "<p>If you dose where you work, it can be tempting to use your staff role to "
                 "make life easier: skipping the line, asking the nurse for a favor, or "
                 "chatting with the prescriber about your dose in the hallway. Don't. It is "
                 "unfair to other patients, who notice. It also mixes your two roles in ways "
                 "that can hurt you later. Wait in line like everyone else, book your medical "
                 "visits the usual way, and take any problem with your own care through the "
                 "same channels a participant would use. Your example tells participants that "
                 "the system is fair, or that it is not.</p>"),
                ("callout", {
                    "title": "You never owe anyone your dose",
                    "text": (
                        "Not a participant, not a coworker, not a supervisor. If a "
                        "participant asks, you can say: “I keep my own treatment details "
                        "private. What I can tell you is that medication is recovery, and "
                        "your dose is between you and your prescriber.”"
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>When you are a patient where you work</h2>"
                 "<p>Some coaches work at the same opioid treatment program where they dose. "
                 "This can be a strength. You know the clinic from both sides. It also "
                 "blurs lines. Protect both roles:</p>"
                 "<ul>"
                 "<li>Your patient record is protected by 42 CFR Part 2, the federal rule "
                 "on the privacy of substance use treatment records, like anyone else's. "
                 "Coworkers should only see it if they need it to treat you. Ask how your "
                 "program limits staff access to employee-patient records.</li>"
                 "<li>Never use your staff access to look at your own record or at the "
                 "record of anyone you are not serving.</li>"
                 "<li>Ask whether you can dose at a time, or at a window, that keeps your "
                 "treatment separate from your shift.</li>"
                 "<li>Keep your own counselor and prescriber separate from your supervisor. "
                 "Your supervisor should not be making decisions about your treatment, and "
                 "your prescriber should not be judging your work.</li>"
                 "<li>If a participant sees you at the window, you do not need to explain. "
                 "A simple “Good morning” is enough.</li>"
                 "</ul>"
                 "<h2>Disclosure: a choice, with purpose</h2>"
                 "<p>Sharing your story is one of a peer's strongest tools. It shows that "
                 "recovery is real. But each time you share, ask three questions:</p>"
                 "<ol>"
                 "<li><strong>Whose need does this meet?</strong> If it is mine, wait.</li>"
                 "<li><strong>How much is enough?</strong> Usually a sentence or two. Then "
                 "turn the focus back to the person.</li>"
                 "<li><strong>Could this hurt me later?</strong> What you tell one person "
                 "may travel. Share only what you are comfortable having known.</li>"
                 "</ol>"
                 "<p>You can also change your mind. A coach who was very open early on can "
                 "choose to share less later. That is not dishonest. It is a boundary.</p>"
                 "<h2>Protecting your recovery day to day</h2>"
                 "<ul>"
                 "<li>Keep your own appointments and medication routine. Work never comes "
                 "first.</li>"
                 "<li>Keep your recovery supports outside work. Participants are not your "
                 "support network, and neither is your caseload.</li>"
                 "<li>Notice your triggers. Some stories, places or dates may hit harder. "
                 "Plan for them.</li>"
                 "<li>Tell your supervisor when work is affecting your recovery. You decide "
                 "how much personal detail to share. “This week is hard for me, and I need "
                 "a lighter load” is enough.</li>"
                 "</ul>"),
                ("reflection", {
                    "prompt": (
                        "Think about your own treatment or recovery path. What parts of it "
                        "are you comfortable sharing at work, and with whom? What will you "
                        "say if a participant or coworker asks about your medication or "
                        "dose?"
                    ),
                    "min_words": 50,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "vicarious-trauma-and-burnout",
            "title": "Vicarious trauma, compassion fatigue and burnout",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>The cost of caring</h2>"
                 "<p>People who help others for a living pay a price for it. That is true for "
                 "nurses, firefighters and counselors. It is especially true for peers, who "
                 "often carry their own trauma and hear stories close to their own. Naming "
                 "the kinds of strain helps you spot them early.</p>"
                 "<h3>Burnout</h3>"
                 "<p>Burnout comes from the job itself: too many people to serve, not enough "
                 "time, unclear roles, rules that feel pointless, little support. It builds "
                 "slowly. People describe feeling exhausted, cynical and ineffective, as if "
                 "nothing they do matters. Burnout can happen in any job.</p>"
                 "<h3>Secondary traumatic stress</h3>"
                 "<p>Secondary traumatic stress comes from hearing about or seeing other "
                 "people's trauma. It can look like post-traumatic stress: images that pop "
                 "into your head, bad dreams, feeling on edge, or avoiding reminders. It can "
                 "come on quickly, for example after you find someone who has overdosed.</p>"
                 "<h3>Vicarious trauma</h3>"
                 "<p>Vicarious trauma is a slower change in how you see the world after "
                 "hearing many trauma stories. You may start to feel that no one is safe, "
                 "that people cannot be trusted, or that hope is naive. It can change your "
                 "beliefs about yourself and others.</p>"
                 "<h3>Compassion fatigue</h3>"
                 "<p>Compassion fatigue is a broad term for the wearing down of your ability "
                 "to care. SAMHSA's tip sheet on compassion fatigue describes it as having "
                 "two parts: burnout and secondary traumatic stress. The same tip sheet "
                 "describes compassion satisfaction: the good feeling that comes from "
                 "helping. Compassion satisfaction is real, and it is protective. Notice it "
                 "and feed it.</p>"),
                ("callout", {
                    "title": "Strain is not failure",
                    "text": (
                        "Feeling worn down by this work does not mean you are weak or in the "
                        "wrong job. It means you are human and you care. The ethical duty is "
                        "to notice it and act, not to hide it."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Warning signs</h2>"
                 "<p>Signs show up in your body, feelings, thoughts and actions. Watch "
                 "for:</p>"
                 "<ul>"
                 "<li><strong>Body:</strong> poor sleep, headaches, stomach trouble, feeling "
                 "tired all the time, getting sick more often.</li>"
                 "<li><strong>Feelings:</strong> dread before work, irritability, numbness, "
                 "sadness, feeling helpless or hopeless.</li>"
                 "<li><strong>Thoughts:</strong> thinking about participants all the time, "
                 "replaying a crisis, trouble focusing, cynical thoughts like “nobody really "
                 "recovers.”</li>"
                 "<li><strong>Actions:</strong> snapping at participants or coworkers, "
                 "avoiding calls, running late, pulling away from friends, using more "
                 "caffeine, food, gambling or other substances, skipping your own "
                 "supports.</li>"
                 "<li><strong>Boundaries:</strong> working through breaks, answering texts at "
                 "midnight, feeling that only you can help a person.</li>"
                 "</ul>"
                 "<p>That last group matters for ethics. When coaches are worn out, "
                 "boundaries slip. We say yes to things we should not. Or we pull back and "
                 "stop caring. Either way, the people we serve get less than they "
                 "deserve.</p>"
                 "<h2>Why peers carry extra risk</h2>"
                 "<ul>"
                 "<li>Many peers have their own history of trauma. Hearing similar stories "
                 "can stir it up.</li>"
                 "<li>Peers often know participants outside work, in the same neighborhoods "
                 "and the same clinics.</li>"
                 "<li>Peers are sometimes paid less and given less support than other "
                 "staff, while being asked to do the most emotional work.</li>"
                 "<li>The overdose crisis means peers face death far more often than most "
                 "workers.</li>"
                 "</ul>"
                 "<h2>Checking in with yourself</h2>"
                 "<p>A quick weekly check can catch strain early. Ask: How am I sleeping? "
                 "Do I look forward to any part of work? When did I last do something just "
                 "for fun? Am I keeping my own recovery routine? Some coaches use a free "
                 "self-test called the Professional Quality of Life Scale (ProQOL). It looks "
                 "at compassion satisfaction, burnout and secondary traumatic stress. It is a "
                 "check-in, not a diagnosis. If scores or feelings worry you, talk with your "
                 "supervisor or a counselor.</p>"
                 "<h2>Organizations share the duty</h2>"
                 "<p>Self-care alone cannot fix a job that asks too much. Programs have an "
                 "ethical duty too: reasonable caseloads, regular supervision, time to debrief "
                 "after a crisis, paid time off, and a culture where it is safe to say “I'm "
                 "not okay.” If those are missing, raise it with your supervisor. You are "
                 "not just protecting yourself. You are protecting the people who will sit "
                 "across from you next.</p>"
                 "<h2>A word on moral distress</h2>"
                 "<p>Sometimes the hardest strain is not the stories. It is watching a system "
                 "do something you believe is wrong, and feeling powerless. A person is "
                 "discharged. A house turns someone away for being on methadone. This is "
                 "sometimes called moral distress. Naming it helps. So does action: the "
                 "advocacy channels from Module 5 give that feeling somewhere to go.</p>"
                 "<h2>A story of slow strain</h2>"
                 "<p>Marisol, 41, has been a coach at a busy opioid treatment program for "
                 "three years. This spring two people she worked with died in the same month. "
                 "The program lost a coach and did not replace her, so Marisol's caseload "
                 "grew. At first she worked through lunch. Then she started answering texts "
                 "at night. She stopped going to her Thursday meeting because she was too "
                 "tired. She noticed she was snapping at her kids, and that she felt nothing "
                 "when a participant shared good news.</p>"
                 "<p>The turning point was small. A participant said, “You seem far away "
                 "lately.” Marisol took that to supervision. Her supervisor helped her name "
                 "what was happening: burnout from the caseload, and grief she had never "
                 "had time to feel. Together they cut her caseload back, set a rule that "
                 "her work phone goes off at six, and booked a debrief about the two deaths. "
                 "Marisol went back to her Thursday meeting. It took a few months, but the "
                 "good days came back.</p>"
                 "<p>Notice what helped: someone named it, she took it to supervision, and "
                 "both she and the program changed something.</p>"
                 "<h2>Small daily practices</h2>"
                 "<ul>"
                 "<li><strong>Transitions.</strong> Take two minutes between hard sessions. "
                 "Breathe, stretch, drink water, step outside.</li>"
                 "<li><strong>End-of-day ritual.</strong> Some coaches wash their hands and "
                 "say to themselves, “I did what I could today.” Others change clothes or "
                 "take a short walk before going home.</li>"
                 "<li><strong>Debrief without names.</strong> Talk through a hard moment with "
                 "a coworker or supervisor, leaving out anything that identifies the "
                 "person.</li>"
                 "<li><strong>Notice the good.</strong> Write down one moment each week when "
                 "the work mattered. That is compassion satisfaction, and it helps balance "
                 "the hard days.</li>"
                 "</ul>"
                 "<h2>When a story matches your own</h2>"
                 "<p>Sometimes a participant tells a story that is almost yours: the same "
                 "kind of childhood, the same jail, the same loss. These moments can bring "
                 "deep connection. They can also pull you back into your own past, right in "
                 "the middle of a session. If that happens, ground yourself. Feel your feet "
                 "on the floor. Take a slow breath. Keep the focus on the person. Later, take "
                 "it to supervision or to your own supports. If certain stories hit you hard "
                 "again and again, it is wise to say so. Your supervisor may be able to share "
                 "some of that work, or help you find support for your own healing.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "After finding a participant who overdosed in the bathroom, "
                            "Carmen keeps seeing the scene when she closes her eyes and jumps "
                            "at loud noises. Which term fits best?"
                        ),
                        "choices": [
                            ("Secondary traumatic stress", True),
                            ("Burnout", False),
                            ("Compassion satisfaction", False),
                        ],
                        "explanation": (
                            "Intrusive images and feeling on edge after exposure to someone "
                            "else's trauma are signs of secondary traumatic stress. Burnout "
                            "builds slowly from workload and job conditions."
                        ),
                    },
                    {
                        "prompt": (
                            "Which of these is a warning sign that strain is affecting a "
                            "coach's boundaries?"
                        ),
                        "choices": [
                            ("Answering participants' texts late at night and feeling that "
                             "only you can help them", True),
                            ("Taking a scheduled day off", False),
                            ("Asking for supervision after a hard week", False),
                        ],
                        "explanation": (
                            "Feeling that only you can help, and working past your limits, "
                            "are signs that boundaries are slipping. Time off and "
                            "supervision are protective."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "grief-after-an-overdose-death",
            "title": "Grief after an overdose death",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>A loss that comes with the work</h2>"
                 "<p>If you do this work long enough, someone you served will die of an "
                 "overdose. It may be someone you met once. It may be someone you walked "
                 "with for years, whose kids you knew, who called you on holidays. It may be "
                 "someone you also knew from the street, long before either of you was in "
                 "recovery.</p>"
                 "<p>The grief is real. It can also be lonely. Other people may not see it as "
                 "your loss. “You were just their coach.” You may not feel you have the right "
                 "to go to the funeral, or to cry at work. You may feel you have to be "
                 "strong for everyone else in the program. This kind of grief, which others "
                 "do not recognize, is harder to carry because it has nowhere to go.</p>"
                 "<h2>What grief can look like</h2>"
                 "<ul>"
                 "<li><strong>Guilt and “what ifs.”</strong> “If I had called Friday.” “If I "
                 "had pushed harder about naloxone.” These thoughts are normal. They are also "
                 "usually unfair to you. Overdose deaths have many causes, including a "
                 "poisoned drug supply. One coach's actions are rarely the reason.</li>"
                 "<li><strong>Anger.</strong> At the person, at the dealer, at a program that "
                 "discharged them, at a system that failed them. Anger can be a sign of how "
                 "much you cared.</li>"
                 "<li><strong>Numbness.</strong> After several losses, some coaches feel "
                 "nothing. That is a sign of strain, not of not caring.</li>"
                 "<li><strong>Fear.</strong> For other participants. For yourself. A death "
                 "can stir up your own cravings or memories.</li>"
                 "<li><strong>Piled-up grief.</strong> Many peers have lost friends and "
                 "family to overdose. A new loss can bring all the old ones back.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Guilt is not evidence",
                    "text": (
                        "Feeling responsible does not mean you were. Bring the “what ifs” to "
                        "supervision. A good supervisor will help you sort what you could "
                        "have known from what no one could."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>What helps</h2>"
                 "<ul>"
                 "<li><strong>Tell your supervisor soon.</strong> Ask for time to talk, and "
                 "for a lighter load for a few days if you need it.</li>"
                 "<li><strong>Debrief with the team.</strong> Many programs hold a short "
                 "meeting after a death. The goal is support and learning, not blame.</li>"
                 "<li><strong>Lean on your own supports.</strong> Your sponsor, your "
                 "counselor, your family, your faith community, other peers outside "
                 "work.</li>"
                 "<li><strong>Mark the loss.</strong> Some programs keep a memory wall, light "
                 "a candle, or hold a yearly service. Rituals give grief a place to "
                 "land.</li>"
                 "<li><strong>Protect your recovery.</strong> Add extra supports for a while. "
                 "Tell someone if cravings come up. Keep naloxone close.</li>"
                 "<li><strong>Get more help if it does not ease.</strong> If sleep, mood or "
                 "daily life are still badly affected after some weeks, talk with a counselor "
                 "or your doctor. If you have thoughts of suicide, call or text 988.</li>"
                 "</ul>"
                 "<h2>Ethics after a death</h2>"
                 "<p>Grief does not suspend your ethical duties. A few things to "
                 "remember:</p>"
                 "<ul>"
                 "<li><strong>Privacy continues.</strong> Privacy rules still apply after a "
                 "person dies. Do not share details of their treatment or their death with "
                 "other participants, on social media, or with the press. Follow program "
                 "policy on what can be said, and by whom.</li>"
                 "<li><strong>Other participants are grieving too.</strong> When the news "
                 "spreads, people may be scared, angry or at higher risk. Check on them. "
                 "Make sure naloxone is easy to get. Talk about what to do if someone "
                 "overdoses. Say plainly that if they are struggling, you want to hear "
                 "it.</li>"
                 "<li><strong>Contact with the family.</strong> You may want to reach out to "
                 "the family or attend the funeral. Check with your supervisor first. "
                 "Consent rules may limit what you can say about your work with the person. "
                 "You can still offer simple condolences as someone who knew them.</li>"
                 "<li><strong>Documentation.</strong> Follow program policy for recording a "
                 "death. Stick to facts.</li>"
                 "</ul>"
                 "<h2>Learning without blame</h2>"
                 "<p>After a death, a team may look back to see whether anything could be "
                 "done differently. Was naloxone offered? Was the person recently discharged? "
                 "Did a transfer fall through? These reviews can save lives. They work best "
                 "when they look at systems, not at one person's fault. If you are part of a "
                 "review, be honest. If you feel blamed, say so in supervision.</p>"
                 "<h2>Caring for each other</h2>"
                 "<p>Coaches are often the first to notice when a coworker is grieving. A "
                 "simple “That one hit you hard, didn't it?” can mean a lot. Peer programs "
                 "were built on people carrying each other. That includes the staff.</p>"
                 "<h2>When the death follows a system failure</h2>"
                 "<p>Some deaths follow a discharge, a lost bed, a jail release without "
                 "medication, or a transfer that fell through. When that happens, grief can "
                 "turn into rage at the system. That anger may be fair. Use it well. Share "
                 "your concerns in supervision and in any review. Support patient councils "
                 "and advocacy that push for change. Do not take it out on a coworker or "
                 "post it online with details that identify the person.</p>"
                 "<h2>What to say to participants</h2>"
                 "<p>Participants will come to you with the news, with questions and with "
                 "fear. A few lines that can help:</p>"
                 "<ul>"
                 "<li>“I heard too. I'm sad. How are you doing with it?”</li>"
                 "<li>“I can't talk about his treatment, but I can talk about how you're "
                 "feeling.”</li>"
                 "<li>“Do you have naloxone? Let's make sure you do.”</li>"
                 "<li>“If you're having a hard time, I want to know. You're not a burden.”</li>"
                 "</ul>"
                 "<p>Avoid guessing about what happened or why. Rumors travel fast after an "
                 "overdose. Stick to what you know and what is yours to share.</p>"
                 "<h2>Anniversaries and reminders</h2>"
                 "<p>Grief comes back. The anniversary of a death, the person's birthday, a "
                 "song, the chair they always sat in at group. Expect this, and plan for it. "
                 "Put the date in your calendar with a note to be gentle with yourself. Tell "
                 "your supervisor if a hard date is coming up. Over time, many coaches find "
                 "that the people they lost become part of why they keep doing the work.</p>"
                 "<h2>If you were the one who responded</h2>"
                 "<p>Some coaches are the ones who find the person, give naloxone, do rescue "
                 "breathing and wait for the ambulance. Sometimes the person lives. Sometimes "
                 "they do not. Either way, your body has been through an emergency. It is "
                 "common afterward to shake, to replay it, to have trouble sleeping, or to "
                 "feel oddly calm and then fall apart days later. Tell your supervisor the "
                 "same day. Ask for time off if you need it. Talk it through with someone you "
                 "trust. If the images are still strong after a few weeks, see a counselor. "
                 "Responding to an overdose is an act of courage. You deserve care after "
                 "it.</p>"),
                ("scenario", {
                    "title": "The news about Eddie",
                    "situation": (
                        "Eddie, 44, was a regular at the peer center for two years. You "
                        "helped him get his ID back and found him a buprenorphine prescriber "
                        "after he was discharged from his OTP last month. This morning a "
                        "participant tells you Eddie died of an overdose over the weekend. "
                        "You have three coaching sessions and a group this afternoon. You "
                        "feel shaky and keep thinking you should have called him on "
                        "Friday."
                    ),
                    "question": "What do you do first?",
                    "choices": [
                        {
                            "text": (
                                "Tell your supervisor what you heard and how you are "
                                "feeling, and ask for help with this afternoon's schedule."
                            ),
                            "feedback": (
                                "This protects you and the people you serve. Your "
                                "supervisor can confirm the news, adjust your load and plan "
                                "how the program responds."
                            ),
                            "best": True,
                            "next": (
                                "Your supervisor confirms the news, moves one of your "
                                "sessions and asks another coach to co-lead the group. She "
                                "asks how the program should tell other participants who "
                                "knew Eddie."
                            ),
                        },
                        {
                            "text": (
                                "Push through your sessions and group so no one is let down, "
                                "and deal with it later."
                            ),
                            "feedback": (
                                "Pushing through while shaken can lead to poor judgment "
                                "and leaves your grief with nowhere to go. Participants "
                                "deserve a coach who is present."
                            ),
                            "best": False,
                            "next": (
                                "In group, someone mentions Eddie and you lose your "
                                "composure. The group ends early and no one had a plan for "
                                "it."
                            ),
                        },
                        {
                            "text": (
                                "Post a tribute to Eddie on your social media so people who "
                                "knew him from the center will see it."
                            ),
                            "feedback": (
                                "Even with good intentions, a public post links Eddie to "
                                "the program and to his treatment. Privacy rules still "
                                "apply after death."
                            ),
                            "best": False,
                            "next": (
                                "Several participants see the post. Eddie's sister calls the "
                                "program upset that his treatment is now public."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "How should the program and coaches respond to other participants "
                            "who knew Eddie?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Follow policy on what can be shared, check on people "
                                    "who were close to him, make naloxone easy to get, and "
                                    "offer a space to grieve."
                                ),
                                "feedback": (
                                    "This respects privacy, recognizes that others are "
                                    "grieving and at risk, and gives grief a safe place."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Say nothing, so no one's privacy is at risk."
                                ),
                                "feedback": (
                                    "People already know. Silence leaves them alone with "
                                    "grief and fear, and misses a chance to prevent another "
                                    "death."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Tell the group the details of Eddie's discharge and "
                                    "overdose so they learn from his mistakes."
                                ),
                                "feedback": (
                                    "This breaks confidentiality and turns his death into "
                                    "a lesson about blame. Safety messages do not need his "
                                    "private details."
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
            "slug": "burnout-and-self-care",
            "title": "Self-care plans, supervision, and a return to use",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Self-care is part of the work</h2>"
                 "<p>Self-care is not a reward for when the work is done. The work is never "
                 "done. Self-care is how you stay able to do it. And a plan works better "
                 "than good intentions, because strain makes it hard to think clearly. Write "
                 "your plan when you are well, so it is there when you are not.</p>"
                 "<h2>A one-page self-care plan</h2>"
                 "<p>Include at least one action in each area:</p>"
                 "<ul>"
                 "<li><strong>Body:</strong> sleep, food, movement, your own medical care and "
                 "medication routine.</li>"
                 "<li><strong>Mind and feelings:</strong> time off, interests outside "
                 "recovery work, counseling if you want it.</li>"
                 "<li><strong>Connection:</strong> friends, family, your recovery community, "
                 "other peer workers outside your program.</li>"
                 "<li><strong>Meaning:</strong> faith, culture, nature, art, music, or "
                 "whatever restores your sense of purpose.</li>"
                 "<li><strong>Work limits:</strong> your hours, when you turn off your work "
                 "phone, breaks between hard sessions, what you will do after a crisis.</li>"
                 "<li><strong>Early warning signs:</strong> your personal signs that strain is "
                 "building, such as skipping meals or snapping at home.</li>"
                 "<li><strong>Who I tell:</strong> the names of two people you will call when "
                 "you notice those signs, and your supervisor.</li>"
                 "</ul>"
                 "<p>Keep the plan short and real. “Walk 20 minutes after work three times a "
                 "week” works better than “exercise more.” Share it with your supervisor if "
                 "you are comfortable, and review it every few months.</p>"
                 "<h3>An example</h3>"
                 "<p>Walter, 58, is a coach in a rural county. He drives long distances and "
                 "often works alone. His plan says: Body, keep my morning dosing and walk the "
                 "dog every evening. Mind, fish one Saturday a month. Connection, call my "
                 "brother on Sundays and go to the regional peer meeting. Meaning, church and "
                 "my grandkids. Work limit, no home visits after five, and a call to my "
                 "supervisor after any crisis. Warning signs, skipping meals and not calling "
                 "my brother back. Who I tell, my brother, my sponsor and my supervisor. "
                 "The plan fits on an index card he keeps in his truck.</p>"
                 "<h3>Cravings at work</h3>"
                 "<p>Hearing about use, seeing paraphernalia on an outreach walk, or smelling "
                 "a drug can trigger cravings, even after years. This is common, and it is "
                 "nothing to hide. Step away if you can. Use the skills that work for you. "
                 "Call someone from your plan. Tell your supervisor if a task keeps "
                 "triggering you; some tasks can be shared or changed. Talk with your "
                 "prescriber if cravings come back often.</p>"
                 "<h2>Supervision as protection</h2>"
                 "<p>Good supervision is one of the strongest protections a coach has. It is "
                 "where you take hard cases, feelings about a death, doubts about a decision, "
                 "and signs that the work is wearing on you. Supervision is not therapy. Your "
                 "supervisor is not your counselor or sponsor. But a good supervisor will "
                 "notice changes, help you adjust your load, and point you to support.</p>"
                 "<p>To get the most from it:</p>"
                 "<ul>"
                 "<li>Go regularly, not only in a crisis.</li>"
                 "<li>Bring the hard things, not just the wins.</li>"
                 "<li>Say what you need: “I need a lighter load this week,” or “I need help "
                 "thinking this through.”</li>"
                 "<li>You decide how much personal detail to share about your own "
                 "recovery.</li>"
                 "</ul>"
                 "<p>Programs owe coaches something in return: supervision that happens on "
                 "schedule, a supervisor who understands the peer role, reasonable "
                 "caseloads, and time to debrief after a death or crisis. Module 7 looks at "
                 "supervision from the supervisor's side.</p>"),
                ("callout", {
                    "title": "Write it when you are well",
                    "text": (
                        "A self-care plan is like naloxone: you want it ready before you "
                        "need it. Write yours this week, and put the names of two people on "
                        "it."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>If you return to use</h2>"
                 "<p>Recovery includes people who return to use, and that includes coaches. "
                 "It happens. What matters is what you do next. Here is the ethical path, "
                 "and it is also the path most likely to protect your recovery and your "
                 "career.</p>"
                 "<h3>1. Safety first</h3>"
                 "<p>If you are using opioids again, your tolerance may be lower than you "
                 "think. Do not use alone. Keep naloxone with you and tell someone where it "
                 "is. Reach out to your prescriber or treatment program. If you have thoughts "
                 "of suicide, call or text 988.</p>"
                 "<h3>2. Step back from direct work</h3>"
                 "<p>Ethics codes ask professionals to put the welfare of the people they "
                 "serve first and to be honest. When your own use could affect your "
                 "judgment, both duties point the same way: step back from serving others "
                 "until you are steady. This is not punishment. It protects participants, "
                 "and it gives you room to heal.</p>"
                 "<h3>3. Be honest with your supervisor</h3>"
                 "<p>Tell your supervisor, even though it is hard. Hiding a return to use "
                 "usually makes things worse, for you and for the program. You do not have "
                 "to share every detail. You do need to be honest that you need time and "
                 "support.</p>"
                 "<h3>4. Know the policy and the law</h3>"
                 "<p>Many peer employers have a written policy on a coach's return to use. "
                 "Good ones focus on getting you support, a plan for leave, and a clear path "
                 "back to work. Read yours now, while you are well. Also know the law. The "
                 "ADA does not protect a person who is currently using drugs illegally, if "
                 "the employer acts because of that use. It does protect people who are in "
                 "treatment or recovery and are not currently using illegally. That is one "
                 "more reason to reach out for treatment early. If you hold a credential, "
                 "check your certification board's rules too.</p>"
                 "<h3>5. Support, not shame</h3>"
                 "<p>Shame keeps people using and keeps them silent. Programs built by and for "
                 "people in recovery should respond to a coach's return to use the way we "
                 "ask the world to respond to everyone: with care, a plan and a way back. If "
                 "you are a coworker, offer support and keep it confidential. If you are the "
                 "coach, remember that many strong peers have been exactly where you are. "
                 "Your story is not over.</p>"
                 "<h3>Coming back</h3>"
                 "<p>When you return to work, agree with your supervisor on a plan. It might "
                 "include a lighter load at first, more frequent supervision, and a review "
                 "after a set time. What you share with participants about your time away is "
                 "your choice. “I was taking care of my health” is enough.</p>"
                 "<h3>What a fair policy includes</h3>"
                 "<p>If your program is writing or reviewing its policy on a coach's return "
                 "to use, peer staff should help shape it. A fair policy usually:</p>"
                 "<ul>"
                 "<li>treats a return to use as a health matter, not as misconduct in "
                 "itself;</li>"
                 "<li>asks the coach to step back from direct service while they get "
                 "support;</li>"
                 "<li>protects the coach's privacy, sharing only what others need to know to "
                 "cover the work;</li>"
                 "<li>allows use of sick leave or medical leave the same as any other health "
                 "condition;</li>"
                 "<li>sets out a clear, respectful path back to work;</li>"
                 "<li>applies the same way to everyone, whatever their medication or "
                 "pathway.</li>"
                 "</ul>"),
                ("reflection", {
                    "prompt": (
                        "Write the first draft of your self-care plan: one action for body, "
                        "mind, connection and meaning, one work limit, your personal early "
                        "warning signs, and the two people you will tell."
                    ),
                    "min_words": 50,
                    "minutes": 4,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-6-check",
        "title": "Module 6 check: Your own recovery and self-care",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "During group, a participant asks Coach Tanya, who takes methadone, "
                    "“What's your dose? Mine feels too low.” What is the best response?"
                ),
                "multiple": False,
                "choices": [
                    ("Keep her own dose private, and help the participant describe how his "
                     "dose feels so he can bring it to his prescriber", True),
                    ("Tell him her dose so he can compare", False),
                    ("Tell him his dose is probably too low and he should ask for more",
                     False),
                    ("Say she does not take medication, to avoid the topic", False),
                ],
                "explanation": (
                    "A coach never has to share their dose, and comparing doses invites "
                    "people to judge their own by someone else's. Judging his dose is "
                    "medical advice, and lying about her treatment is not needed to keep it "
                    "private."
                ),
            },
            {
                "prompt": (
                    "Coach Ben works at the OTP where he also doses. A coworker at the front "
                    "desk mentions she saw his take-home schedule in the system. What is the "
                    "most appropriate step?"
                ),
                "multiple": False,
                "choices": [
                    ("Raise it with his supervisor and ask how the program limits staff "
                     "access to employee-patient records", True),
                    ("Ignore it, since staff can see everything anyway", False),
                    ("Look up the coworker's records to make things even", False),
                    ("Quit his treatment at that program right away", False),
                ],
                "explanation": (
                    "His patient record is protected like anyone else's. Staff should only "
                    "see it if they need it to treat him. Raising it through proper channels "
                    "protects him and others."
                ),
            },
            {
                "prompt": (
                    "Coach Aisha has felt numb for weeks, dreads Mondays, and lately thinks "
                    "“nobody really gets better.” Which terms describe what she may be "
                    "experiencing? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Burnout", True),
                    ("Compassion fatigue", True),
                    ("Compassion satisfaction", False),
                    ("Evidence that she is in the wrong job", False),
                ],
                "explanation": (
                    "Numbness, dread and cynicism are signs of burnout and compassion "
                    "fatigue. Compassion satisfaction is the good feeling from helping. "
                    "Strain is a signal to act, not proof she does not belong."
                ),
            },
            {
                "prompt": (
                    "A participant Coach Luis worked with for two years died of an overdose. "
                    "Luis keeps thinking he should have called more. What is the most "
                    "helpful next step for Luis?"
                ),
                "multiple": False,
                "choices": [
                    ("Bring the guilt and grief to supervision and add extra supports for "
                     "his own recovery for a while", True),
                    ("Keep working as usual so he does not seem weak", False),
                    ("Decide he is not cut out for the work", False),
                    ("Share the details of the death in group so others learn", False),
                ],
                "explanation": (
                    "Grief and guilt after a death are normal and belong in supervision. "
                    "Extra supports protect his recovery. Sharing details would break "
                    "confidentiality."
                ),
            },
            {
                "prompt": (
                    "Coach Dolores used heroin last weekend after three years in recovery. "
                    "She is scheduled to lead a group tomorrow. What should she do first?"
                ),
                "multiple": False,
                "choices": [
                    ("Make sure she is safe, then tell her supervisor honestly that she "
                     "needs to step back and get support", True),
                    ("Lead the group and tell no one, since it was only once", False),
                    ("Quit her job without explanation", False),
                    ("Tell the group members first, since honesty matters", False),
                ],
                "explanation": (
                    "Safety and honesty come first. Stepping back protects participants and "
                    "gives her room to heal. Hiding it or quitting without a word cuts her "
                    "off from support, and the group is not the place to process it first."
                ),
            },
            {
                "prompt": (
                    "Which of these belong in a useful self-care plan? Choose all that apply."
                ),
                "multiple": True,
                "choices": [
                    ("Your personal early warning signs of strain", True),
                    ("The names of two people you will call when you notice them", True),
                    ("Specific work limits, such as when your work phone goes off", True),
                    ("A promise to stop needing support once you are trained", False),
                ],
                "explanation": (
                    "A good plan is specific: warning signs, people to call and clear work "
                    "limits. Needing support is part of doing this work well."
                ),
            },
            {
                "prompt": (
                    "A coworker tells you in confidence that she has been using again and "
                    "is scared to tell anyone. What is the most supportive response?"
                ),
                "multiple": False,
                "choices": [
                    ("Listen without judgment, check on her safety and naloxone, and "
                     "encourage her to talk with her supervisor and treatment provider", True),
                    ("Tell the rest of the team so they can keep an eye on her", False),
                    ("Tell her she should have known better as a coach", False),
                    ("Promise to cover her shifts so no one finds out", False),
                ],
                "explanation": (
                    "Support, not shame, and a push toward safety and honest help. Telling "
                    "the team spreads her private information, and covering for her keeps "
                    "her from getting support."
                ),
            },
            {
                "prompt": (
                    "Coach Ray needs to dose before his 8 a.m. shift, but the clinic line is "
                    "long. What can he accurately be told about asking for a schedule change?"
                ),
                "multiple": False,
                "choices": [
                    ("A changed schedule to allow treatment can be a reasonable "
                     "accommodation, and his employer must keep medical information he "
                     "shares confidential", True),
                    ("He has no right to ask, since treatment is personal", False),
                    ("He must give his employer his full treatment history first", False),
                ],
                "explanation": (
                    "EEOC guidance notes that schedule changes for treatment can be a "
                    "reasonable accommodation. The employer may ask for some documentation, "
                    "not his whole history, and must keep it confidential."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Participants will be able to describe their right to privacy about their own "
            "treatment and medication, and make purposeful disclosure choices.",
            "Participants will be able to name signs of burnout, secondary traumatic stress, "
            "vicarious trauma and compassion fatigue in themselves and coworkers.",
            "Participants will be able to describe healthy responses to grief after an "
            "overdose death, including privacy duties.",
            "Participants will be able to write a personal self-care plan and explain how "
            "supervision protects them.",
            "Participants will be able to describe the ethical steps to take after a coach's "
            "return to use.",
        ],
        "agenda": [
            {
                "title": "Opening: why this is an ethics module",
                "minutes": 5,
                "method": "presentation",
                "description": (
                    "Welcome the group. Set ground rules: share only what you choose, no "
                    "one has to talk about their own treatment, and what is said about "
                    "personal recovery stays in the room. Say: A coach who is running on "
                    "empty cannot give people what they deserve, so caring for your recovery "
                    "is part of your duty. Preview the session. Remind people of the 988 "
                    "line and where to step out if they need a break."
                ),
                "materials": ["Slide: ground rules and 988 reminder"],
            },
            {
                "title": "Your medication, your privacy",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Present the key points from Lesson 1 in under 10 minutes: all pathways "
                    "are recovery; you never owe anyone your dose; ADA confidentiality of "
                    "medical information an employer learns; schedule changes for treatment "
                    "as a reasonable accommodation; Part 2 protection if you are a patient "
                    "where you work. Give two sample lines for when a participant asks about "
                    "your dose. Take questions."
                ),
                "materials": ["Slides: privacy and disclosure"],
            },
            {
                "title": "Disclosure choices",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "In groups of three, give each group three cards: a participant asks "
                    "your dose; a coworker asks if you are still on methadone; a new "
                    "supervisor asks why you leave at 7 a.m. each Tuesday. For each, the "
                    "group writes one response that keeps the coach's privacy and one that "
                    "shares a little, for the person's benefit. 10 minutes in groups, 5 "
                    "minutes sharing. Debrief: what made a disclosure purposeful rather than "
                    "for the coach's own need?"
                ),
                "materials": ["Disclosure cards", "Handout: Three questions before you share"],
            },
            {
                "title": "Naming the strain",
                "minutes": 15,
                "method": "teach_back",
                "description": (
                    "Assign each of four groups one term: burnout, secondary traumatic "
                    "stress, vicarious trauma, compassion fatigue (and compassion "
                    "satisfaction). Each group has 5 minutes to prepare a one-minute "
                    "teach-back: what it is, where it comes from, two warning signs, and one "
                    "example from peer work. Groups teach in turn. Correct any mix-ups, "
                    "especially between burnout (job conditions) and secondary traumatic "
                    "stress (exposure to others' trauma). Mention the ProQOL as a free "
                    "self-check, not a diagnosis."
                ),
                "materials": ["Term cards", "Flip chart"],
            },
            {
                "title": "Grief after an overdose death",
                "minutes": 15,
                "method": "discussion",
                "description": (
                    "Read the Eddie scenario aloud. Invite people to share, if they wish, "
                    "what helped them after a loss, without naming anyone. Keep the tone "
                    "gentle and allow silence. Then turn to ethics: privacy after a death, "
                    "caring for other participants, contact with families. Close by asking "
                    "what the program does, or could do, to mark losses. Have a plan if "
                    "someone becomes distressed: a co-facilitator or a quiet space."
                ),
                "materials": ["Scenario card: Eddie"],
                "questions": [
                    "What do the “what ifs” sound like for you, and what would help you "
                    "answer them?",
                    "What can and cannot be shared with other participants after a death?",
                    "What ritual or practice would help your team grieve together?",
                ],
            },
            {
                "title": "Role-play: telling your supervisor",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Explain that this role-play practises a hard conversation. In triads, "
                    "one person plays a coach who has returned to use, one plays the "
                    "supervisor, one observes. Run 6 minutes, then 3 minutes of observer "
                    "feedback. Debrief as a full group for the remaining time: what did the "
                    "supervisor say that made honesty easier? What made it harder? Remind "
                    "people that this is practice; no one is asked to share their own "
                    "story."
                ),
                "materials": ["Role cards", "Observer checklist"],
                "roles": [
                    "Coach (Dee, 38, on buprenorphine five years, used fentanyl once last "
                    "weekend)",
                    "Supervisor (peer supervisor at a community peer center)",
                    "Observer",
                ],
                "script": (
                    "Dee knocks on the supervisor's door. Dee says: Do you have a minute? "
                    "I need to tell you something and I'm scared. Last weekend I used. Just "
                    "once. I'm okay, I called my prescriber yesterday. But I have group "
                    "tomorrow and I don't know if I should be doing this job. Please don't "
                    "tell everyone. If the supervisor responds with care, Dee relaxes and "
                    "asks what happens next. If the supervisor lectures, Dee shuts down."
                ),
                "observer_checklist": [
                    "Supervisor thanked Dee for being honest",
                    "Supervisor asked about safety and naloxone",
                    "Supervisor did not shame or lecture",
                    "Supervisor explained the program policy and next steps clearly",
                    "Supervisor arranged cover for the group",
                    "Supervisor said what would stay confidential and what would not",
                ],
            },
            {
                "title": "Build your self-care plan",
                "minutes": 10,
                "method": "small_group",
                "description": (
                    "Hand out the self-care plan template. Each person fills it in quietly "
                    "for 7 minutes: one action each for body, mind, connection and meaning, "
                    "a work limit, early warning signs and two names. Then pairs share one "
                    "item each for 3 minutes. Encourage people to show the plan to their "
                    "supervisor."
                ),
                "materials": ["Handout: One-page self-care plan"],
            },
            {
                "title": "Closing circle",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Go around the room. Each person names one thing they will do this week "
                    "for their own recovery. Thank people for their honesty. Remind them of "
                    "988 and of their supervisor as supports."
                ),
                "materials": [],
                "questions": [
                    "What is one thing you will do this week for your own recovery?",
                    "Who will you tell if you notice your warning signs?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "One-page self-care plan",
                "text": (
                    "Write this when you are well, so it is ready when you are not.\n\n"
                    "- Body: one action for sleep, food, movement or medical care.\n"
                    "- Mind and feelings: one action, such as time off or counseling.\n"
                    "- Connection: one person or group outside work.\n"
                    "- Meaning: one thing that restores your sense of purpose.\n"
                    "- Work limit: your hours, phone off time, breaks after hard sessions.\n"
                    "- My early warning signs: two or three signs that strain is building.\n"
                    "- Who I tell: two names, plus my supervisor.\n"
                    "- If I return to use: naloxone, my prescriber, my supervisor, 988 if I "
                    "have thoughts of suicide.\n\n"
                    "Review this plan every few months."
                ),
            },
            {
                "title": "Three questions before you share",
                "text": (
                    "Your treatment and medication are your private health information. "
                    "You never owe anyone your dose.\n\n"
                    "- Whose need does this meet? If it is mine, wait.\n"
                    "- How much is enough? Usually a sentence or two, then turn the focus "
                    "back.\n"
                    "- Could this hurt me later? Share only what you are comfortable having "
                    "known.\n\n"
                    "Sample line: I keep my own treatment details private. What I can tell "
                    "you is that medication is recovery, and your dose is between you and "
                    "your prescriber."
                ),
            },
        ],
    },
}
