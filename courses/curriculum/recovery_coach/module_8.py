"""Recovery Coach Training module 8: Medication for opioid use disorder across systems. How a
peer helps people keep or start medication in jails and prisons, courts and probation, recovery
housing, hospitals and child welfare; how to avoid an abrupt stop after an administrative
discharge; and how to turn documented barriers into systems advocacy. Rights are described,
never legal advice."""

L1 = (
    "<h2>Why systems matter</h2>"
    "<p>A person's recovery does not happen only at the clinic. It happens while they are "
    "arrested, sitting in court, moving into a recovery house, lying in a hospital bed, or "
    "meeting a child welfare worker. Each of these systems has its own rules. Each one can "
    "keep a person on their medication, or cut it off.</p>"
    "<p>When medication stops suddenly, the person goes into withdrawal. Their tolerance drops. "
    "If they return to use, the dose they used before can now kill them. So a gap in "
    "medication is not a small thing. It is one of the most dangerous moments in a person's "
    "life.</p>"
    "<p>This module walks through the main systems. For each one, you will learn what the "
    "person may face, what rights and guidance exist, and what a peer can do. One reminder "
    "runs through it all: coaches describe rights and connect people to legal help. We do not "
    "give legal advice, and we never make medical decisions. The MAT course covers the "
    "medicines themselves.</p>"
    "<h2>Medication in jails and prisons</h2>"
    "<p>For a long time, most jails stopped everyone's methadone or buprenorphine at the door. "
    "People went through withdrawal in a cell, often without much medical care. Many jails "
    "still work this way. But the law and practice are changing.</p>"
    "<h3>What courts have said</h3>"
    "<ul>"
    "<li>In November 2018, a federal judge in Massachusetts ordered a county jail to give "
    "a man on methadone his prescribed medication during his sentence. He had been in "
    "recovery with methadone for two years. The case is called <em>Pesce v. Coppinger</em>. The judge "
    "found he was likely to win his claim under the ADA.</li>"
    "<li>In March 2019, a federal judge in Maine ordered the Aroostook County Jail to let "
    "a woman in recovery keep taking her prescribed buprenorphine during a 40-day sentence. The "
    "judge found that denying it would cause serious harm and would likely violate the ADA. "
    "A federal appeals court upheld that order later in 2019. The case is called <em>Smith v. "
    "Aroostook County</em>.</li>"
    "</ul>"
    "<p>These were early orders in single cases, not a rule for every jail in the country. "
    "But they were followed by federal guidance. In 2022, the U.S. Department of Justice said "
    "that the ADA protects people in treatment for opioid use disorder, including people on "
    "prescribed medication, from discrimination by jails and prisons. Its guidance gives the "
    "example of a jail with a blanket policy of not letting people continue the medication "
    "they were prescribed before they came in. It says that kind of policy would violate the "
    "ADA. Module 7 covers the ADA in more detail.</p>"
    "<h3>Continuing and starting medication</h3>"
    "<p>There are two different needs inside:</p>"
    "<ul>"
    "<li><strong>Continuing.</strong> The person was already on methadone or buprenorphine "
    "when they were arrested. The goal is no interruption.</li>"
    "<li><strong>Starting.</strong> The person has opioid use disorder but was not on "
    "medication. Some jails and prisons now offer to start medication, especially before "
    "release.</li>"
    "</ul>"
    "<p>What a facility offers depends on the state, the county and the facility's health "
    "contractor. Some offer all three medicines. Some offer only naltrexone. Some offer "
    "nothing. Some work with a nearby opioid treatment program to bring in methadone. Some "
    "states have rules for OTPs too. West Virginia, for example, says a program must work "
    "with law enforcement and corrections staff to avoid a forced withdrawal when a patient "
    "is jailed, whenever possible.</p>"
    "<h2>What a peer can do before and during a jail stay</h2>"
    "<p>Many people on medication know they may be jailed: a court date, a warrant, a "
    "probation hearing. Planning ahead can prevent a gap.</p>"
    "<ol>"
    "<li><strong>Ask early.</strong> If a person has a court date coming, ask, “If you have "
    "to stay, what happens with your medication?” Many people have not thought about it.</li>"
    "<li><strong>Help them carry proof.</strong> A prescription label, a letter from the "
    "prescriber, or the program's dosing card helps medical staff confirm the medication "
    "quickly. The person decides what to carry.</li>"
    "<li><strong>Know the consent forms.</strong> With the person's written consent, the "
    "treatment program or prescriber can talk to the jail's medical unit. Help the person sign "
    "these before a court date if they want to.</li>"
    "<li><strong>Ask the lawyer.</strong> The person's defense lawyer can raise medication "
    "needs with the court. Help them tell their lawyer.</li>"
    "<li><strong>Ask the jail.</strong> At intake, the person can tell medical staff they take "
    "methadone or buprenorphine and ask to continue it. If they are refused, they can use the "
    "jail's grievance process and ask for the reason in writing.</li>"
    "<li><strong>Bring in help.</strong> If a jail refuses, family members can contact the "
    "person's prescriber, the OTP, a defense lawyer, or legal groups that have handled these "
    "cases. The ACLU brought both the Maine and Massachusetts cases.</li>"
    "</ol>"
)

L1B = (
    "<h2>Reentry: the most dangerous weeks</h2>"
    "<p>Release from jail or prison is one of the riskiest times in a person's life. In a "
    "large study of people released from prison in Washington State, published in 2007, the "
    "risk of death in the first two weeks after release was nearly 13 times higher than for "
    "other state residents. Drug overdose was the leading cause of death. The reason is "
    "simple. Time inside lowers tolerance. A person who uses the same amount as before can "
    "overdose.</p>"
    "<p>Medication helps. People who leave on methadone or buprenorphine, with a plan to keep "
    "taking it, are better protected. That is why reentry planning matters so much.</p>"
    "<h3>Medicaid and reentry</h3>"
    "<p>In April 2023, the federal Centers for Medicare and Medicaid Services invited states "
    "to apply for a new kind of Medicaid waiver, called a Reentry Section 1115 Demonstration. "
    "It lets states use Medicaid to pay for certain health services for people in jail or "
    "prison who are eligible for Medicaid, in the 90 days before release. Those services "
    "include treatment for substance use disorders. A growing number of states have been "
    "approved. Ask your program whether your state has one, and how people can sign up for "
    "Medicaid before release.</p>"
    "<h3>A reentry checklist for peers</h3>"
    "<ul>"
    "<li><strong>A first appointment.</strong> The person should leave with a set date and "
    "time at an OTP or with a prescriber, ideally within a day or two.</li>"
    "<li><strong>No gap in medicine.</strong> Ask the jail or prison medical staff how they "
    "will bridge until that first visit. Some give a last dose on the day of release or a "
    "prescription.</li>"
    "<li><strong>Insurance.</strong> Help with Medicaid sign-up or reactivation.</li>"
    "<li><strong>ID and papers.</strong> A photo ID, discharge papers and the medication "
    "record.</li>"
    "<li><strong>Naloxone.</strong> Every person leaving should have naloxone, and so should "
    "the people they live with.</li>"
    "<li><strong>A ride and a place to sleep.</strong> Release often happens at odd hours. A "
    "peer who meets the person at the gate can make the first day safer.</li>"
    "<li><strong>Connection.</strong> The first weeks are lonely. Plan the first peer meeting, "
    "group or check-in call.</li>"
    "</ul>"
    "<p>Marcus Reed, 31, is Black and was released from a county jail after 60 days. He had "
    "been on buprenorphine before, but the jail stopped it. His peer coach met him at release, "
    "drove him to a same-day clinic where a prescriber restarted his medication, and gave him "
    "naloxone. They met again two days later. Marcus said the hardest part was the first "
    "night, and that it helped to have someone's number he knew would answer.</p>"
)

L1_CALL = {
    "title": "Overdose risk is highest right after release",
    "text": (
        "Tolerance drops while people are inside. Help every person leaving jail or prison "
        "have naloxone, a first appointment, and a plan so there is no gap in medication."
    ),
    "tone": "warning",
}

L2 = (
    "<h2>Drug courts and treatment courts</h2>"
    "<p>A drug court, also called a treatment court, is a special court program. People "
    "charged with certain crimes can take part in treatment under a judge's supervision "
    "instead of going to jail. They come to court often, take drug tests, go to treatment, and "
    "get rewards or penalties. When they finish, charges may be reduced or dropped.</p>"
    "<p>For years, many drug courts would not accept people on methadone or buprenorphine, or "
    "told them to taper before graduating. That is changing, and federal funding is one "
    "reason.</p>"
    "<h3>Federal funding expectations</h3>"
    "<ul>"
    "<li>Since 2015, drug court grants from the federal Bureau of Justice Assistance (BJA) "
    "have required applicants to show that the court will not deny any eligible person access "
    "to the program because they use an FDA-approved medication for a substance use "
    "disorder.</li>"
    "<li>SAMHSA's treatment drug court grants from 2015 went further. They said that under no "
    "circumstances may a drug court judge, court official or supervision officer deny the use "
    "of these medications when a properly authorized prescriber has prescribed them.</li>"
    "<li>More recent BJA Adult Treatment Court Program funding lists, as an objective, making "
    "sure participants have access to all types of FDA-approved medications for substance use "
    "disorders.</li>"
    "</ul>"
    "<p>Not every court takes federal money, and rules on paper are not always followed. But "
    "these expectations give people and their lawyers something concrete to point to.</p>"
    "<h3>Courts and the ADA: the Pennsylvania case</h3>"
    "<p>Courts are also covered by the ADA. In February 2022, the Justice Department found that "
    "courts in Pennsylvania had discriminated against people with opioid use disorder. The "
    "investigation began with complaints. Two people said a county court ordered everyone on "
    "probation to stop their prescribed medication. Another said a county drug court required "
    "her to stop her medication to graduate.</p>"
    "<p>The Justice Department sued. In January 2024, the state court system agreed to settle. "
    "It agreed to pay $100,000 to six people who were harmed, to encourage all its courts to "
    "adopt policies letting people under court supervision take lawfully prescribed "
    "medication, and to train judges and treatment court staff. The court system did not "
    "admit wrongdoing. One woman who was harmed worked with the Legal Action Center to file "
    "her complaint.</p>"
    "<p>The lesson for coaches: when a court or probation officer tells someone to stop a "
    "prescribed medication, that is a serious matter, and there are places to turn.</p>"
    "<h2>Probation and parole</h2>"
    "<p>Probation and parole officers supervise people in the community. Some officers "
    "understand medication well. Others still see it as “using.” A person may hear, “You need "
    "to be off that by your next check-in.”</p>"
    "<p>How a peer can help:</p>"
    "<ul>"
    "<li><strong>Stay calm and get it in writing.</strong> Help the person ask, politely, "
    "whether this is a court order or the officer's advice, and ask for it in writing.</li>"
    "<li><strong>Bring in the prescriber.</strong> With the person's consent, a letter from "
    "the prescriber that says the medication is prescribed and medically needed can settle "
    "many questions.</li>"
    "<li><strong>Bring in the lawyer.</strong> The defense lawyer or public defender can ask "
    "the judge to clarify. This is often the fastest fix.</li>"
    "<li><strong>Keep dose decisions medical.</strong> A coach never tells someone to change "
    "a dose. Help the person talk with their prescriber before any change.</li>"
    "<li><strong>Know the deadline.</strong> If a hearing is coming, help the person act "
    "quickly.</li>"
    "</ul>"
    "<p>Dale Kowalski, 45, is white and lives in a rural county. He has taken buprenorphine "
    "for three years. His new probation officer told him to start tapering. His coach helped "
    "him call his public defender and ask his prescriber for a short letter. At his next "
    "hearing, the judge said Dale could continue his prescribed medication. Dale said, “I "
    "didn't know I was allowed to ask.”</p>"
)

L2B = (
    "<h2>Recovery housing that accepts people on medication</h2>"
    "<p>Recovery housing, also called a recovery residence or sober living home, is a shared "
    "home for people in recovery. Residents support each other and follow house rules. A "
    "good house can be a lifeline, especially after jail, treatment or homelessness.</p>"
    "<p>But many houses have banned residents on methadone or buprenorphine, or pushed them "
    "to taper. A survey of recovery homes in Missouri found that methadone was the least "
    "accepted of the medicines. This is structural stigma, and it leaves people choosing between their "
    "medication and a safe place to live.</p>"
    "<h3>What the standards and guidance say</h3>"
    "<ul>"
    "<li><strong>NARR.</strong> The National Alliance for Recovery Residences sets a national "
    "standard that state affiliates use to certify houses. It describes four levels of "
    "support, from peer-run homes to homes with clinical services. The standard asks houses to "
    "have policies on how residents use and store prescription medication, fitting the "
    "house's level and state law. NARR has also published a brief called “Helping Recovery "
    "Residences Adapt to Support People with Medication-Assisted Recovery.” It recognizes the "
    "life-saving role of medication and gives houses practical steps.</li>"
    "<li><strong>SAMHSA.</strong> The 2018 federal SUPPORT Act asked the Department of Health "
    "and Human Services to develop best practices for recovery housing, including how housing "
    "can improve access to medication treatment. SAMHSA's recovery housing guidance says "
    "being substance-free does not rule out prescribed medications taken as directed, "
    "including FDA-approved medications for opioid use disorder. SAMHSA updated its Best "
    "Practices for Recovery Housing in 2023.</li>"
    "</ul>"
    "<h3>What makes a house medication-friendly</h3>"
    "<ul>"
    "<li>a written policy that welcomes residents on all medications for opioid use "
    "disorder;</li>"
    "<li>safe storage, such as a lock box for each resident;</li>"
    "<li>residents manage their own medication, and staff do not handle it;</li>"
    "<li>house rules that treat taking a prescribed medicine as following the plan, not "
    "breaking it;</li>"
    "<li>staff and senior residents trained about medication, so new residents are not "
    "shamed;</li>"
    "<li>no pressure to taper as a condition of staying.</li>"
    "</ul>"
    "<h3>How a peer helps someone find a house</h3>"
    "<ol>"
    "<li>Ask the state's NARR affiliate or recovery housing registry which certified houses "
    "accept residents on medication. Keep your own list up to date.</li>"
    "<li>Before a move, help the person ask the house directly: “Do you accept residents on "
    "methadone? How do you handle take-home doses? Will anyone ask me to taper?”</li>"
    "<li>Ask for the house rules in writing.</li>"
    "<li>If a house says yes on the phone but pushes a taper later, help the person document "
    "it and talk to the house manager. If the house is certified, the state affiliate may take "
    "complaints.</li>"
    "<li>Depending on how a house is run and funded, fair housing and disability laws may "
    "apply. A legal aid office can tell the person more.</li>"
    "</ol>"
    "<p>Ana Morales, 27, was leaving residential treatment on methadone. Two houses turned her "
    "down. Her coach found a certified house that welcomed residents on medication and helped "
    "her ask how take-homes would be stored. Ana moved in with a lock box and a plan. Her coach "
    "also noted, without Ana's name, the two houses that refused her. That record mattered "
    "later.</p>"
)

L2_CALL = {
    "title": "Never advise a taper to satisfy a system",
    "text": (
        "When a court, officer or house pushes someone to stop their medication, help the "
        "person get the demand in writing, reach their lawyer or prescriber, and make their "
        "own decision with their prescriber. Dose decisions are never ours."
    ),
    "tone": "warning",
}

L2_CHECK = {"questions": [
    {
        "prompt": (
            "Dale's probation officer tells him to be off buprenorphine by his next check-in. "
            "What is the best first step for his coach?"
        ),
        "choices": [
            ("Help Dale ask whether this is a court order, get it in writing, and contact his "
             "public defender and prescriber", True),
            ("Tell Dale to start cutting his dose now so he does not violate probation", False),
            ("Tell the officer that the order is illegal and will be reported", False),
        ],
        "explanation": (
            "Get the facts in writing and bring in the people who can act: his lawyer and his "
            "prescriber. Coaches never advise dose changes or make legal claims."
        ),
    },
    {
        "prompt": "What did the 2015 federal drug court grant conditions say about medication?",
        "choices": [
            ("Grantee courts could not deny eligible people access to the program because "
             "they use FDA-approved medications for substance use disorders", True),
            ("Grantee courts had to require participants to taper before graduation", False),
            ("Grantee courts could only allow naltrexone", False),
        ],
        "explanation": (
            "BJA and SAMHSA drug court grants from 2015 required courts not to shut people out "
            "because of FDA-approved medications. SAMHSA's added that no judge or officer may "
            "deny their use when properly prescribed."
        ),
    },
    {
        "prompt": "Which is a sign that a recovery house is medication-friendly?",
        "choices": [
            ("A written policy welcoming residents on all medications for opioid use disorder, "
             "with safe storage for each resident", True),
            ("Staff hold all residents' medication and decide when to give it", False),
            ("Residents on methadone are welcome as long as they agree to taper within 90 "
             "days", False),
        ],
        "explanation": (
            "Good houses welcome all medications in writing, let residents manage their own "
            "medication with safe storage, and never make tapering a condition of staying."
        ),
    },
]}

L3 = (
    "<h2>Hospitals and emergency departments</h2>"
    "<p>People with opioid use disorder often end up in the emergency department: after an "
    "overdose, with an infection, or in withdrawal. For a long time, many were sent home with "
    "a phone number and nothing else. Today, an emergency department visit can be a door into "
    "treatment.</p>"
    "<h3>Starting buprenorphine in the emergency department</h3>"
    "<p>In a trial published in 2015, patients at an urban emergency department were given "
    "one of three options: a referral, a brief talk plus a referral, or buprenorphine started "
    "in the emergency department with follow-up in primary care. Thirty days later, people who "
    "started buprenorphine in the emergency department were much more likely to be in "
    "treatment than people in the other groups. Many hospitals now offer this.</p>"
    "<p>Federal changes have made it easier:</p>"
    "<ul>"
    "<li>Since the Consolidated Appropriations Act of 2023 was signed on December 29, 2022, "
    "prescribers no longer need a special waiver, once called the X-waiver, to prescribe "
    "buprenorphine for opioid use disorder. Any practitioner with a standard DEA registration "
    "that covers Schedule III drugs can prescribe it, if state law allows. The old limits on "
    "how many patients a prescriber could treat are gone.</li>"
    "<li>A DEA rule that took effect on August 8, 2023 lets practitioners dispense up to a "
    "three-day supply of medication at one time to start treatment while a referral is being "
    "arranged. Before, the rule allowed only one day at a time, for up to three days.</li>"
    "</ul>"
    "<h3>Peer bridges</h3>"
    "<p>Many hospitals now have peer recovery coaches or navigators in the emergency "
    "department. Some models use peer educators or community workers to talk with patients "
    "and link them directly to treatment. Others, often called bridge programs, start "
    "medication in the emergency department and hand the person off to ongoing care. A peer "
    "is often the bridge: the person who sits with someone after an overdose, listens without "
    "judgment, and walks with them to the next appointment.</p>"
    "<p>What a hospital peer does:</p>"
    "<ul>"
    "<li>meets the person where they are, without pressure;</li>"
    "<li>shares their own story of recovery, including medication, if it helps;</li>"
    "<li>makes sure the person leaves with naloxone;</li>"
    "<li>helps set up the first follow-up visit, ideally before they leave;</li>"
    "<li>follows up by phone or in person in the next few days.</li>"
    "</ul>"
    "<h3>When someone already on medication is admitted</h3>"
    "<p>People on methadone or buprenorphine sometimes have their medication stopped or "
    "changed in the hospital, often because staff are unsure. That can lead to withdrawal, "
    "poor pain care, or the person leaving early. A peer can help the person:</p>"
    "<ul>"
    "<li>tell hospital staff right away what they take, how much, and where, and give consent "
    "for the hospital to confirm the dose with their program or prescriber;</li>"
    "<li>ask to speak with the hospital's addiction consult team, if it has one, or a patient "
    "advocate;</li>"
    "<li>describe what they feel, such as withdrawal or pain, and ask questions of the care "
    "team, instead of leaving;</li>"
    "<li>plan the hand-off back to their program before discharge, so the last hospital dose "
    "and the next clinic dose line up. The OTP needs to know about hospital doses.</li>"
    "</ul>"
    "<p>Mei Chen, 71, has taken methadone for 20 years. After a hip fracture, she was afraid "
    "the hospital would stop her dose. Her coach helped her daughter bring the clinic's "
    "contact information and Mei signed a consent so the hospital could confirm her dose. "
    "The hospital continued it, and the clinic was ready for her when she went home.</p>"
)

L3B = (
    "<h2>Pregnant and parenting people, and child welfare</h2>"
    "<p>Pregnant and parenting people on medication face some of the heaviest stigma. Many fear "
    "that taking methadone or buprenorphine will cost them their children. That fear keeps "
    "some people from treatment, or pushes them to stop medication during pregnancy. The MAT "
    "course covers medication in pregnancy, newborn withdrawal and breastfeeding. Here we "
    "focus on the systems.</p>"
    "<h3>What federal law requires after a birth</h3>"
    "<p>A federal law called the Child Abuse Prevention and Treatment Act, or CAPTA, asks "
    "states to have policies for babies affected by substance use. Since a 2016 change, this "
    "covers babies affected by any substance use, including prescribed medication, and babies "
    "with withdrawal symptoms. States must:</p>"
    "<ul>"
    "<li>require health care providers to notify child protective services when such a baby "
    "is born. The law says this notification does not, by itself, define child abuse or "
    "require prosecution;</li>"
    "<li>develop a <strong>Plan of Safe Care</strong> for the baby and family. The plan "
    "addresses the health and substance use treatment needs of the baby and the family or "
    "caregiver. Each state decides which agency develops it, such as a hospital, a community "
    "agency or child welfare.</li>"
    "</ul>"
    "<p>So a notification is not the same as a report of abuse, and it does not mean a child "
    "will be removed. Child welfare groups stress that a substance use disorder alone should "
    "not decide whether a child is removed. The question is how the family is doing and "
    "whether the child is safe. A parent taking prescribed medication and following a plan is "
    "showing exactly the kind of care agencies want to see. Practice still varies a lot by "
    "state and county.</p>"
    "<h3>Rights in child welfare</h3>"
    "<p>The Justice Department's 2022 ADA guidance lists child welfare agencies among the "
    "bodies the ADA covers. A child welfare agency should not treat a parent's prescribed "
    "medication for opioid use disorder as a reason, on its own, to keep a family apart or to "
    "deny services. When a parent believes that is happening, their lawyer is the first call. "
    "Help them ask whether they can have a lawyer in their case.</p>"
    "<h3>How a peer supports a pregnant or parenting person</h3>"
    "<ul>"
    "<li><strong>Start with the fear.</strong> Ask what they are most worried about. Often it "
    "is losing their child. Name that, and stay with it.</li>"
    "<li><strong>Plan before the birth.</strong> Encourage the person to talk with their "
    "prenatal provider and treatment program about what happens at the hospital, and to ask "
    "who develops the Plan of Safe Care in their state.</li>"
    "<li><strong>Gather proof of care.</strong> A letter from the prescriber, attendance "
    "records and a list of supports can help at the hospital and with child welfare.</li>"
    "<li><strong>Go to meetings, with consent.</strong> A peer can attend child welfare "
    "meetings if the parent wants and the agency allows. Let the parent lead.</li>"
    "<li><strong>Connect to parent peers.</strong> Other parents on medication who have been "
    "through it are powerful support.</li>"
    "<li><strong>Never advise stopping medication.</strong> If the person wonders about "
    "tapering during pregnancy, help them bring the question to their prescriber.</li>"
    "</ul>"
    "<p>Keisha Monroe, 24, is pregnant and has taken buprenorphine for a year. Her aunt told "
    "her the hospital would “take the baby because you're on that stuff.” Her coach helped "
    "her write questions for her prenatal visit. Keisha learned the hospital would notify "
    "child welfare and a nurse would help build a Plan of Safe Care with her. She went into "
    "the birth scared, but prepared, and with her coach's number in her phone.</p>"
)

L3_CALL = {
    "title": "Notification is not a report of abuse",
    "text": (
        "Under federal law, a provider's notification to child protective services about a "
        "substance-affected newborn does not by itself define child abuse. It leads to a Plan "
        "of Safe Care. Help parents learn how it works in their state before the birth."
    ),
    "tone": "info",
}

L3_SCENARIO = {
    "title": "Luis: “The ER sent me home with a phone number”",
    "situation": (
        "Luis Ortega, 36, is Latino and works construction. Two nights ago he overdosed and "
        "was revived with naloxone. At the emergency department he was given a list of "
        "treatment programs and sent home. Now he is at the peer center, in early withdrawal "
        "and scared. “I called two of these places. One has a waiting list. The other didn't "
        "answer. I don't want to die, man, but I can't get sick at work either.”"
    ),
    "question": "What do you do first?",
    "choices": [
        {
            "text": (
                "Check that he has naloxone, then help him reach a same-day option now, such "
                "as a bridge clinic, a walk-in OTP or a prescriber who starts buprenorphine "
                "quickly, and stay with him while he calls."
            ),
            "feedback": (
                "Yes. He is at high risk right after an overdose. Naloxone first, then fast "
                "access to care. Staying with him while he calls turns a list into a real "
                "connection."
            ),
            "best": True,
            "next": (
                "A nearby bridge clinic can see him this afternoon. Luis hesitates: “If I "
                "start that, do I have to go every day? My boss can't know.”"
            ),
        },
        {
            "text": (
                "Tell him which medicine and what dose to ask for, so the clinic can't give "
                "him too little."
            ),
            "feedback": (
                "That is medical advice. Choosing the medicine and dose is for Luis and the "
                "prescriber. Help him describe his symptoms and ask his own questions."
            ),
            "best": False,
            "next": (
                "Luis repeats your suggestion at the clinic. The prescriber explains that "
                "decisions depend on an exam, and Luis feels embarrassed."
            ),
        },
        {
            "text": (
                "Encourage him to wait for the program with the waiting list, since it has "
                "the best reputation."
            ),
            "feedback": (
                "Waiting leaves him in withdrawal and at high risk of overdose. Faster options "
                "exist; help him use them now and stay on the list if he wants."
            ),
            "best": False,
            "next": (
                "Luis leaves to wait. He is in withdrawal at work the next day and thinking "
                "about using."
            ),
        },
    ],
    "follow_up": {
        "question": (
            "Luis worries about daily visits and his boss finding out. What is the most "
            "helpful response?"
        ),
        "choices": [
            {
                "text": (
                    "Acknowledge the worry, explain that treatment records have strong privacy "
                    "protection, and help him write questions for the prescriber about schedules "
                    "and options that fit his work."
                ),
                "feedback": (
                    "Yes. You take his worry seriously, give accurate information about "
                    "privacy, and help him make his own choice with the prescriber."
                ),
                "best": True,
            },
            {
                "text": (
                    "Tell him buprenorphine is always better than methadone for working people, "
                    "so he should insist on it."
                ),
                "feedback": (
                    "This recommends a medication, which is not a coach's role. Help him learn "
                    "about his options and decide with the prescriber."
                ),
                "best": False,
            },
            {
                "text": (
                    "Tell him to call his boss now and explain everything so there are no "
                    "secrets."
                ),
                "feedback": (
                    "Whom to tell is his decision. He may never need to tell his boss. Help him "
                    "think it through instead."
                ),
                "best": False,
            },
        ],
    },
}

L4 = (
    "<h2>Administrative discharge from an OTP</h2>"
    "<p>An administrative discharge means an opioid treatment program ends a person's "
    "treatment for reasons other than their own choice or a medical plan. It is often "
    "preceded by an involuntary taper, also called administrative withdrawal, where the dose "
    "is lowered on a schedule the person did not choose. The MAT course explains the terms and "
    "the first steps. Here we focus on one goal: <strong>no abrupt stop</strong>. The person "
    "should never walk out of one program with nowhere to go.</p>"
    "<p>SAMHSA's accreditation guidelines for OTPs make a clear difference between a "
    "voluntary, medically supervised withdrawal, which the patient asks for and plans with "
    "the physician, and an involuntary taper or administrative withdrawal. The rules for the "
    "second come mostly from states and programs, and they vary. Two examples:</p>"
    "<ul>"
    "<li><strong>New Hampshire</strong> lists the reasons a program may administratively "
    "discharge someone. If the reason is unpaid fees, the program must still provide a "
    "medically supervised withdrawal, whether or not the person can pay.</li>"
    "<li><strong>West Virginia</strong> says that before an administrative withdrawal for "
    "unpaid fees, a program must consider the person's history and look for alternatives. "
    "Programs must also record their efforts to refer or transfer the person to another "
    "program.</li>"
    "</ul>"
    "<p>Find out what your state requires. Your State Opioid Treatment Authority, the office "
    "that oversees OTPs, can tell you.</p>"
    "<h2>Three tools to prevent a gap</h2>"
    "<h3>1. The grievance</h3>"
    "<p>The grievance process, covered in Module 7, is the person's way to ask for a review. "
    "Help them file it quickly and in their own words. Ask for two things: a review of the "
    "decision, and no change to the dose while the review happens. Some states, such as "
    "Pennsylvania, say penalties may not start until a grievance is resolved, except for "
    "violence or threats. Find out your state's rule.</p>"
    "<h3>2. The transfer</h3>"
    "<p>If the person cannot or does not want to stay, a transfer to another OTP keeps the "
    "medicine going. Transfers take paperwork and a signed consent so the new program can get "
    "records. Help the person:</p>"
    "<ul>"
    "<li>find other OTPs within reach, including ones with space now;</li>"
    "<li>sign consent for the current program to send records and the last dose "
    "information;</li>"
    "<li>set an intake date at the new program before the last day at the old one;</li>"
    "<li>ask the current program, in writing, to keep dosing until the transfer is done.</li>"
    "</ul>"
    "<h3>3. The bridge</h3>"
    "<p>Sometimes the fastest way to avoid a gap is a different kind of care: a prescriber "
    "in an office-based practice, a bridge clinic, or a telehealth service (telehealth rules "
    "have changed in recent years, so check what is allowed now). Since the federal "
    "waiver was removed at the end of 2022, many more practitioners can prescribe buprenorphine. Whether "
    "a switch from methadone makes sense, and how, is a medical decision. Your role is to help "
    "the person learn their options and ask a prescriber, not to suggest one.</p>"
)

L4B = (
    "<h2>A discharge plan, step by step</h2>"
    "<p>Reggie Thompson, 58, is Black and has been on methadone for twelve years. After his "
    "wife died, he fell behind on fees and missed several weeks of visits. His program gave "
    "him a written notice: a 21-day taper, then discharge. Here is what his coach did with "
    "him:</p>"
    "<ol>"
    "<li><strong>Day 1.</strong> Listened. Read the notice with Reggie. Wrote down dates. "
    "Asked what he wanted. He wanted to stay.</li>"
    "<li><strong>Day 2.</strong> Helped Reggie file a grievance that explained the loss of "
    "his wife, his plan to pay, and his request: a review, and no taper during the review.</li>"
    "<li><strong>Day 3.</strong> Helped him apply for Medicaid and ask the program about a "
    "payment plan.</li>"
    "<li><strong>Day 5.</strong> At the same time, helped him call two other OTPs in case "
    "the grievance failed, and signed consents for a possible transfer.</li>"
    "<li><strong>Day 8.</strong> Went with him, with his consent, to the grievance meeting. "
    "Reggie spoke. The program agreed to pause the taper and set up a payment plan once his "
    "Medicaid was approved.</li>"
    "</ol>"
    "<p>Not every story ends this way. But working on the grievance, the transfer and the "
    "safety plan at the same time means that if one door closes, another is already "
    "open.</p>"
    "<h2>Safety if a taper goes ahead</h2>"
    "<ul>"
    "<li>Make sure the person and the people around them have naloxone.</li>"
    "<li>Talk about not using alone, and about services that can help if they do use.</li>"
    "<li>Help them describe what they feel during the taper, such as withdrawal or cravings, "
    "and report it to the prescriber right away.</li>"
    "<li>Check in more often. The weeks after leaving treatment carry high overdose "
    "risk.</li>"
    "</ul>"
    "<h2>Systems advocacy: from one story to change</h2>"
    "<p>Every barrier in this module, a jail that stops medication, a court that orders "
    "tapers, a house that refuses residents on methadone, a pharmacy that will not stock "
    "buprenorphine, affects many people. Helping one person at a time matters. But if the "
    "rule stays, the next person hits the same wall. Systems advocacy aims at the rule.</p>"
    "<h3>Step 1: Document barriers</h3>"
    "<p>Keep a simple barrier log. For each barrier, note:</p>"
    "<ul>"
    "<li>the date and the system (jail, court, house, hospital, pharmacy, agency);</li>"
    "<li>what happened, and what rule was given as the reason;</li>"
    "<li>what it cost the person: a gap in medication, a lost bed, a night in withdrawal;</li>"
    "<li>what was done and what happened next.</li>"
    "</ul>"
    "<p>Do not put names or details that could identify anyone in a shared log. Follow your "
    "program's rules on records and consent. If a person wants their story used by name, get "
    "clear written permission and respect any limits they set.</p>"
    "<h3>Step 2: Look for patterns</h3>"
    "<p>Review the log with your supervisor each month. Three people turned away by the same "
    "house is a pattern. A pattern is evidence that a rule, not a person, is the problem.</p>"
    "<h3>Step 3: Find the decision-maker and allies</h3>"
    "<p>Who can change the rule? A house owner, a sheriff, a chief judge, a hospital's "
    "leadership, a state agency? Who else cares? Local overdose prevention coalitions, "
    "recovery community organizations, harm reduction programs, disability rights groups, "
    "public defenders, and OTP patient advocacy groups are common allies.</p>"
    "<h3>Step 4: Work with coalitions</h3>"
    "<p>Coalitions bring more voices and more credibility than one coach. Bring your "
    "patterns to a coalition meeting. Offer to help with training, such as a short session "
    "for recovery house managers on medication. Invite people with lived experience of the "
    "barrier to plan and speak, if they choose to.</p>"
    "<h3>Step 5: Make a clear ask, and follow up</h3>"
    "<p>Go to the decision-maker with a short, respectful request: the problem, the evidence, "
    "the harm, and one concrete change. For example: “Please adopt a written policy to "
    "continue prescribed medication at booking.” Offer resources, such as the Justice "
    "Department's guidance or NARR's brief. Then follow up, and keep logging to see whether "
    "the change happens.</p>"
    "<h3>Where legal help fits</h3>"
    "<p>Some barriers need lawyers. The jail and court cases in this module were brought by "
    "groups such as the ACLU and the Legal Action Center, and by the Justice Department after "
    "people filed complaints. Your role is to know these doors exist, help people reach them, "
    "and keep good records. It is not to decide whether something is illegal.</p>"
)

L4_CALL = {
    "title": "Work all three doors at once",
    "text": (
        "When someone faces discharge, help with the grievance, line up a transfer or bridge, "
        "and plan for safety at the same time. If one door closes, another is already open, "
        "and the person never faces an abrupt stop."
    ),
    "tone": "tip",
}

L1X = (
    "<h2>Talking with someone who is scared of jail</h2>"
    "<p>Fear of going without medication is real. Many people remember withdrawal in a cell. "
    "Some have seen others get very sick. Start by listening. Then make a plan together. A "
    "plan gives people back some control.</p>"
    "<p>You might ask:</p>"
    "<ul>"
    "<li>“What worries you most about your court date?”</li>"
    "<li>“Does your lawyer know you take methadone?”</li>"
    "<li>“Who should know if you don't come home that night?”</li>"
    "<li>“Do you want to sign a form so your clinic can talk to the jail?”</li>"
    "<li>“Who has naloxone at your house?”</li>"
    "</ul>"
    "<p>Write the plan down. Give the person a copy. Give a copy to a family member if the "
    "person wants.</p>"
    "<h2>Family members are part of the team</h2>"
    "<p>When someone is jailed, family members often call the peer center first. They are "
    "scared and do not know the rules. You can help them too. Help them find the jail's "
    "medical contact and grievance process. Help them call the person's program or "
    "prescriber. Remind them that the program can only share information if the person has "
    "signed a consent. And make sure they have naloxone at home for the day the person comes "
    "back.</p>"
    "<h2>Your own history</h2>"
    "<p>Many coaches have been in jail or prison. This work can bring back hard memories. "
    "That is normal. Your experience is also a gift. You know what the first night out feels "
    "like. Share it when it helps the person, and talk with your supervisor when it weighs on "
    "you.</p>"
)

L2X = (
    "<h2>Questions to ask before someone joins a drug court</h2>"
    "<p>A drug court can be a good path. It can also put a person's medication at risk. Before "
    "someone agrees to join, help them and their lawyer ask:</p>"
    "<ul>"
    "<li>Does this court accept people on methadone and buprenorphine?</li>"
    "<li>Is there a written policy? Can I see it?</li>"
    "<li>Will anyone ask me to taper to move up a phase or to graduate?</li>"
    "<li>How are drug tests read for people on medication?</li>"
    "<li>Who do I talk to if there is a problem with my medication?</li>"
    "</ul>"
    "<p>The answers help the person make an informed choice. If the answers are vague, that "
    "is worth noting too.</p>"
    "<h2>Drug tests and medication</h2>"
    "<p>People on medication often worry about drug tests in court or on probation. Their "
    "medicine may show up on a test. That is expected. A prescribed medicine in a test is not "
    "a failed test. Help the person keep proof of the prescription handy. If a test result is "
    "used against them, help them ask their lawyer and prescriber to explain it to the "
    "court.</p>"
    "<h2>Keep it calm and respectful</h2>"
    "<p>Judges, probation officers and house managers are people too. Many want to do the "
    "right thing but have old information. A calm request, a letter from a prescriber, and a "
    "copy of federal guidance often do more than anger. Save stronger steps for when calm "
    "ones do not work.</p>"
)

L3X = (
    "<h2>What to say in the emergency department</h2>"
    "<p>If you work in a hospital, your first words matter. People after an overdose often "
    "feel ashamed, sick and angry. Some were revived against their will. Keep it simple and "
    "human:</p>"
    "<ul>"
    "<li>“I'm a peer. I've been where you are. I'm not here to lecture you.”</li>"
    "<li>“How are you feeling right now?”</li>"
    "<li>“Would it help to talk about what happens next?”</li>"
    "<li>“Some people start medicine here today. Do you want to hear about it?”</li>"
    "</ul>"
    "<p>If they say no, respect it. Give naloxone, your card and a way to reach you. Many "
    "people say yes later, to someone they met on a hard day.</p>"
    "<h2>Working with child welfare staff</h2>"
    "<p>Child welfare workers have hard jobs and big caseloads. Many have not been trained "
    "about medication. A parent who can explain their treatment calmly, and who has a letter "
    "from their prescriber, often gets a better response. Help the parent practice what to "
    "say. For example: “I take buprenorphine, which my doctor prescribes for opioid use "
    "disorder. I go to every appointment. Here is a letter from my doctor.”</p>"
    "<p>Keep notes of each meeting with the parent's consent: the date, who was there, what "
    "was asked and what was agreed. Good records help if something goes wrong later.</p>"
)

L4X = (
    "<h2>Small wins count</h2>"
    "<p>Systems change can take months or years. Celebrate small wins along the way. A house "
    "that takes one resident on methadone. A jail nurse who calls a clinic to confirm a dose. "
    "A judge who says, “Keep taking your medicine.” Each one opens the door a little wider "
    "for the next person. Share these wins with the people you serve. It shows them that "
    "speaking up can work.</p>"
    "<p>And take care of yourself. Advocacy can be slow and frustrating. Lean on your team, "
    "your supervisor and your own recovery supports.</p>"
)

L1Y = (
    "<h2>Starting medication before release</h2>"
    "<p>Some people were not on medication before they went in. Time inside can be a chance "
    "to start. If the facility offers medication, a peer who visits or runs a group inside can "
    "share what it is like, answer myths and help the person ask medical staff about it. "
    "Whether to start, and which medicine, is the person's choice with a prescriber. The peer's "
    "job is to make sure they know the choice exists, and that someone outside will help them "
    "keep going after release.</p>"
    "<p>If the facility offers nothing, the plan is to start quickly after release. Line up a "
    "same-day clinic or prescriber before the release date.</p>"
    "<p>Either way, the goal is the same. The person walks out the door with a plan, a date, naloxone and a person they can call. Those four things save lives.</p>"
)

L2Y = (
    "<h2>Helping someone after a house says no</h2>"
    "<p>Being turned away from housing because of medication hurts. It can feel like being "
    "told your recovery does not count. Make room for that feeling first. Then move to "
    "options. Remind the person that the problem is the house's rule, not them. Keep looking "
    "together. And with their okay, write the refusal in your barrier log without their name. "
    "If several people are refused by the same house, that record can help change the rule. "
    "Lesson 4 shows how.</p>"
    "<p>Some people will choose a house that does not fit perfectly because they need a bed "
    "tonight. Respect that choice, and check in often.</p>"
    "<p>Also ask the person what they learned about what they need in a house. Maybe it is a house closer to their clinic, or one with other residents on medication. Each search teaches you both something for the next one. Keep your list of medication-friendly houses current, and share it with other coaches on your team.</p>"
)

L3Y = (
    "<h2>Older adults and long-term care</h2>"
    "<p>More people on methadone and buprenorphine are growing older. Some will need a rehab "
    "stay or a nursing home. Some of these places have refused people on medication. The "
    "Justice Department's 2022 guidance names skilled nursing facilities among the places the "
    "ADA covers. If an older person is refused, help the family get the reason in writing, "
    "talk with the hospital social worker, and reach legal help. Plan early, before a "
    "hospital discharge, so there is time to find a place that will continue the person's "
    "medication without a break.</p>"
    "<p>The same planning helps at any age. Before any hospital stay ends, ask three questions with the person: Where will I get my next dose? Who has told my program about the doses I got here? Who will I call if something goes wrong? When those three answers are clear, the person leaves safer.</p>"
)

L4Y = (
    "<h2>A note on timing</h2>"
    "<p>Discharge notices often give only a few weeks. Start the same day the person gets the "
    "notice. Do not wait to see how the grievance goes before you look at other programs. "
    "Time is the one thing you cannot get back.</p>"
    "<p>Keep the person at the center the whole time. Ask often, “Is this still what you want?” Plans change as people learn more, and that is fine. The goal is their recovery, on their terms, without a gap in care.</p>"
)

QUIZ = {
    "slug": "module-8-check",
    "title": "Module 8 check: Medication across systems",
    "minutes": 10,
    "pass_mark": 80,
    "max_attempts": 3,
    "shuffle": True,
    "draw": 5,
    "questions": [
        {
            "prompt": (
                "Jerome, who takes methadone, has a court date next week and may be jailed. He "
                "asks what he can do about his medication. Which steps fit a coach's role? "
                "Choose all that apply."
            ),
            "multiple": True,
            "choices": [
                ("Help him tell his defense lawyer about his medication so it can be raised "
                 "with the court", True),
                ("Help him sign consents so his OTP can talk with the jail's medical unit if "
                 "he wants", True),
                ("Help him carry proof of his prescription, such as a dosing card or letter", True),
                ("Tell him to take extra doses before court to get ahead", False),
                ("Promise him the jail must give him methadone by law", False),
            ],
            "explanation": (
                "Planning ahead, consents, proof and the lawyer all help prevent a gap. Extra "
                "doses are dangerous medical advice, and coaches do not promise legal "
                "outcomes."
            ),
        },
        {
            "prompt": (
                "A county jail tells Tasha's family it does not allow anyone to continue "
                "buprenorphine. What can a coach accurately tell the family?"
            ),
            "multiple": False,
            "choices": [
                ("Justice Department guidance says a blanket jail policy against continuing "
                 "prescribed medication would violate the ADA, and federal courts have ordered "
                 "jails to continue it; they can use the jail grievance process and contact "
                 "legal help", True),
                ("Jails are exempt from the ADA, so nothing can be done", False),
                ("The jail must release her if it cannot give her medication", False),
                ("She should ask to switch to a higher dose of another drug in jail", False),
            ],
            "explanation": (
                "The 2022 DOJ guidance uses this exact example, and courts in Maine and "
                "Massachusetts ordered jails to continue medication. Coaches share this and "
                "point to the grievance process and legal help."
            ),
        },
        {
            "prompt": (
                "Marisol is being released from prison next month after two years inside. "
                "What is the most important reason to plan her first days carefully?"
            ),
            "multiple": False,
            "choices": [
                ("Overdose risk is very high in the first weeks after release because "
                 "tolerance drops, so she needs naloxone, a first appointment and no gap in "
                 "medication", True),
                ("Parole rules require a peer coach to pick her up", False),
                ("People leaving prison cannot get Medicaid in any state", False),
                ("She must finish a taper before release to be safe", False),
            ],
            "explanation": (
                "Research shows the first two weeks after release carry a sharply higher risk "
                "of death, mostly from overdose. Naloxone, a set appointment and medication "
                "continuity protect her."
            ),
        },
        {
            "prompt": (
                "A drug court coordinator tells Ben he must be off buprenorphine to graduate. "
                "Which fact is accurate and useful for him and his lawyer?"
            ),
            "multiple": False,
            "choices": [
                ("Federally funded drug courts have been expected since 2015 not to deny "
                 "people access because of FDA-approved medications, and the Justice "
                 "Department has acted against courts that forced people off medication", True),
                ("All drug courts must require a taper before graduation", False),
                ("Only methadone is protected, not buprenorphine", False),
                ("A coordinator's instruction is the same as a court order", False),
            ],
            "explanation": (
                "BJA and SAMHSA grant conditions and the 2024 Pennsylvania settlement support "
                "people on medication in court programs. Ben's lawyer can raise this with the "
                "judge."
            ),
        },
        {
            "prompt": (
                "Ana is looking for a recovery house and takes methadone. What should her "
                "coach help her do first?"
            ),
            "multiple": False,
            "choices": [
                ("Check the state's certified house list for homes that accept residents on "
                 "medication, and ask each house about its medication policy in writing", True),
                ("Tell her to keep her methadone secret from the house manager", False),
                ("Pick the closest house and ask about medication only after she moves in", False),
                ("Suggest she switch medications so more houses will take her", False),
            ],
            "explanation": (
                "Start with houses known to welcome medication and get the policy in writing. "
                "Hiding medication is unsafe, and medication choices belong to Ana and her "
                "prescriber."
            ),
        },
        {
            "prompt": (
                "Mr. Chen, who takes methadone, is admitted to the hospital. Staff say they "
                "are not sure whether to give his dose. What is the most helpful step?"
            ),
            "multiple": False,
            "choices": [
                ("Help him tell staff his dose and program, sign a consent so the hospital "
                 "can confirm it, and ask for the addiction consult team or patient "
                 "advocate", True),
                ("Bring his take-home bottle so he can dose himself in the hospital bed", False),
                ("Tell him to leave the hospital and go to his clinic", False),
                ("Tell staff what dose they should give", False),
            ],
            "explanation": (
                "Confirming the dose with his program lets the hospital continue it safely. "
                "Self-dosing, leaving care, or a coach naming a dose are unsafe."
            ),
        },
        {
            "prompt": (
                "Keisha is pregnant and on buprenorphine. She fears the hospital will “call "
                "CPS and take the baby.” What is accurate to share?"
            ),
            "multiple": False,
            "choices": [
                ("Federal law asks providers to notify child protective services about "
                 "substance-affected newborns, but notification alone does not define abuse; it "
                 "leads to a Plan of Safe Care, and she can learn her state's process before the "
                 "birth", True),
                ("Taking buprenorphine in pregnancy is treated as child abuse everywhere", False),
                ("Nothing will happen, because prescribed medication is never reported", False),
                ("She should stop her medication before delivery to avoid a report", False),
            ],
            "explanation": (
                "Under CAPTA, notification covers all substance exposure but is not itself a "
                "finding of abuse. Stopping medication is a medical decision and can be "
                "dangerous."
            ),
        },
        {
            "prompt": (
                "Reggie gets written notice of a 21-day taper and discharge for unpaid fees. "
                "Which plan best prevents an abrupt stop?"
            ),
            "multiple": False,
            "choices": [
                ("File a grievance asking for review and no taper during it, seek a payment "
                 "plan or insurance, and line up a transfer or other prescriber at the same "
                 "time, with naloxone and a safety plan", True),
                ("Wait for the grievance result before contacting any other program", False),
                ("Tell him to save part of each dose now to make the taper easier", False),
                ("Tell him discharge for fees is always illegal, so he can ignore it", False),
            ],
            "explanation": (
                "Working the grievance, the transfer or bridge, and safety together means a "
                "door is open whatever happens. Saving doses is medical advice and unsafe."
            ),
        },
        {
            "prompt": (
                "Your peer team keeps hearing that one pharmacy turns away buprenorphine "
                "prescriptions. Which is the best first systems advocacy step?"
            ),
            "multiple": False,
            "choices": [
                ("Log each case without names, review the pattern with your supervisor, and "
                 "bring it to the local coalition with a clear request", True),
                ("Post the pharmacist's name online with participants' stories", False),
                ("Tell people to lie about what the prescription is for", False),
                ("Report the pharmacy to the police", False),
            ],
            "explanation": (
                "Documented, de-identified patterns shared with allies lead to change while "
                "protecting privacy."
            ),
        },
    ],
}

GUIDE = {
    "objectives": [
        "Participants will be able to help a person plan to keep or start medication around "
        "a jail or prison stay and prepare a safe reentry with no gap in medication.",
        "Participants will be able to describe federal expectations and ADA actions about "
        "medication in drug courts, probation and jails, and connect people to legal help "
        "without giving legal advice.",
        "Participants will be able to help a person find recovery housing that accepts "
        "residents on medication and prepare for hospital and child welfare systems.",
        "Participants will be able to support a person facing administrative discharge using "
        "the grievance, a transfer and a bridge together, so there is no abrupt stop.",
        "Participants will be able to document barriers without names and bring patterns to "
        "coalitions for systems advocacy.",
    ],
    "agenda": [
        {
            "title": "Welcome: where medication gets cut off",
            "minutes": 15,
            "method": "discussion",
            "description": (
                "Welcome the group and restate agreements. Draw a simple map on a flip chart "
                "with the clinic in the middle and six boxes around it: jail and prison, court "
                "and probation, recovery housing, hospital, child welfare, and the OTP's own "
                "discharge. Ask people who are comfortable to share where they, or someone "
                "they know, had medication stopped or threatened. Mark each story on the map "
                "with a dot. Name that every dot is a moment of high overdose risk, and that "
                "today is about closing those gaps."
            ),
            "materials": ["Flip chart", "Markers", "Dot stickers"],
            "questions": [
                "Where have you seen someone's medication stopped or threatened by a system?",
                "What happened to the person afterward?",
                "What, if anything, helped?",
            ],
        },
        {
            "title": "The systems map: rights and guidance",
            "minutes": 15,
            "method": "presentation",
            "description": (
                "Using the handout, walk through each system in two minutes: the 2022 Justice "
                "Department guidance on jails; the Pesce and Smith cases; release and overdose "
                "risk; Medicaid reentry waivers; drug court grant conditions and the 2024 "
                "Pennsylvania settlement; NARR and SAMHSA on recovery housing; the end of the "
                "X-waiver and the three-day rule; CAPTA and Plans of Safe Care. Repeat often: "
                "we describe rights and connect people to help; we do not give legal or "
                "medical advice."
            ),
            "materials": ["Handout: Medication across systems at a glance", "Slides or flip chart"],
        },
        {
            "title": "Reentry planning case",
            "minutes": 25,
            "method": "small_group",
            "description": (
                "In groups of four, give each group Marcus's case: 31, on buprenorphine before a "
                "60-day jail stay where it was stopped, release date in ten days, no insurance, "
                "staying with his mother. Groups build a reentry plan on flip chart paper using "
                "the checklist: first appointment, bridging medication, Medicaid, ID and "
                "papers, naloxone for him and his mother, a ride, and the first week of "
                "connection. Give 15 minutes. Each group names its two most important steps. "
                "Debrief: which steps need consent, and who must be called first?"
            ),
            "materials": ["Case cards", "Flip chart paper", "Handout: Reentry checklist"],
        },
        {
            "title": "Demonstration: a call to the jail medical unit",
            "minutes": 10,
            "method": "demonstration",
            "description": (
                "Two facilitators show a short phone call. A coach sits with a mother whose son "
                "was just booked and takes methadone. The mother makes the call on speaker: she "
                "gives his name and program, says he has signed a consent for the program to "
                "share his dose, asks how the jail continues prescribed medication, and asks "
                "for the grievance process if the answer is no. The coach only prompts from a "
                "card. Ask the group what made the call work and what they would add."
            ),
            "materials": ["Phone prop", "Prompt card"],
        },
        {
            "title": "Role-play: a discharge notice",
            "minutes": 35,
            "method": "role_play",
            "description": (
                "Form groups of three. The coach helps Reggie respond to a written discharge "
                "notice so there is no abrupt stop: listen, read the notice, find out what he "
                "wants, and plan the grievance, a backup transfer or bridge, and safety at the "
                "same time. Run three rounds of about eight minutes with two minutes of "
                "observer feedback each, so everyone plays each role. Use the last five minutes "
                "for a whole-group debrief: What did coaches plan in parallel? Did anyone drift "
                "into dose advice or legal promises?"
            ),
            "materials": [
                "Role cards",
                "Sample discharge notice",
                "Observer checklists",
                "Handout: No abrupt stop",
            ],
            "roles": [
                "Coach",
                "Participant (Reggie Thompson, 58, Black, on methadone 12 years, recently "
                "widowed)",
                "Observer",
            ],
            "script": (
                "Reggie holds out a letter. “They're tapering me over 21 days and then I'm out. "
                "I owe them money since my wife passed, and I missed a lot of days. I've been on "
                "this twelve years. I can't go back to the street at my age. Maybe I should just "
                "save some of my dose each day so I have something when they cut me off.” If the "
                "coach asks what he wants, he says he wants to stay. If asked about insurance, "
                "he says he never signed up for Medicaid. If the coach brings up other programs, "
                "he says the next closest OTP is a bus ride away but he could do it."
            ),
            "observer_checklist": [
                "Coach listened and acknowledged his grief and fear",
                "Coach read the notice with him and noted dates",
                "Coach asked what outcome he wants",
                "Coach helped plan a grievance asking for review and no taper during it",
                "Coach lined up a backup, such as a transfer, at the same time",
                "Coach did not endorse saving doses and suggested he raise worries with his "
                "prescriber",
                "Coach covered naloxone and a safety plan",
                "Coach raised consent before talking with the program",
            ],
        },
        {
            "title": "Gallery walk: housing, hospitals and families",
            "minutes": 25,
            "method": "small_group",
            "description": (
                "Post three stations around the room: recovery housing (Ana), hospital (Mei "
                "and Luis), and child welfare (Keisha). Each station has the case and three "
                "questions: What might the person face? What rights or guidance apply? What "
                "does a peer do first, second and third? Groups spend six minutes at each "
                "station, adding to what earlier groups wrote. Use the last seven minutes to "
                "read each station aloud and correct any medical or legal advice that slipped "
                "in."
            ),
            "materials": ["Three station posters", "Markers", "Timer"],
        },
        {
            "title": "Barrier log to coalition ask",
            "minutes": 25,
            "method": "small_group",
            "description": (
                "Hand out a sample barrier log with ten made-up, de-identified entries. In "
                "groups of four, participants find the pattern, name the decision-maker, list "
                "three allies, and write a one-paragraph ask for a coalition meeting: the "
                "problem, the evidence, the harm and one concrete change. Give 15 minutes. Two "
                "groups read their ask aloud and the room gives feedback on clarity and "
                "privacy."
            ),
            "materials": ["Sample barrier log", "Handout: Barrier log template", "Pens"],
        },
        {
            "title": "Teach-back: the emergency department bridge",
            "minutes": 15,
            "method": "teach_back",
            "description": (
                "In pairs, one person explains to the other, as if to a new hospital peer, what "
                "a peer does after an overdose in the emergency department: meet the person "
                "without pressure, naloxone, a first follow-up set before they leave, and a "
                "check-in within days. Then switch: the second person explains why it is now "
                "easier for more practitioners to start buprenorphine (no waiver since the end of 2022, "
                "and the three-day dispensing rule). Partners check for plain words and no "
                "medical advice."
            ),
            "materials": ["Handout: Medication across systems at a glance"],
        },
        {
            "title": "Closing: one gap I will close",
            "minutes": 15,
            "method": "discussion",
            "description": (
                "Return to the opening map. Ask each person to name one gap they will work on "
                "as a coach and one person or group they will contact. Write them on the map. "
                "Remind the group of the three doors: grievance, transfer or bridge, and "
                "safety, and that we advocate with people, not for them."
            ),
            "materials": ["Opening flip chart map", "Markers"],
            "questions": [
                "Which gap on our map will you work to close first?",
                "Who in your community will you contact this month?",
                "What do you need from your supervisor to do this safely?",
            ],
        },
    ],
    "handouts": [
        {
            "title": "Medication across systems at a glance",
            "text": (
                "We describe rights and connect people to help. We never give legal or medical "
                "advice.\n\n"
                "Jails and prisons\n"
                "- 2022 Justice Department guidance: a blanket jail policy against continuing "
                "prescribed medication would violate the ADA.\n"
                "- Federal courts ordered jails to continue methadone (Massachusetts, 2018) and "
                "buprenorphine (Maine, 2019; upheld on appeal).\n"
                "- The first two weeks after release carry very high overdose risk.\n"
                "- Medicaid reentry waivers (since 2023) let approved states cover some care, "
                "including substance use treatment, in the 90 days before release.\n\n"
                "Courts and probation\n"
                "- Since 2015, federal drug court grants expect courts not to deny people "
                "because of FDA-approved medications.\n"
                "- 2024: Pennsylvania's court system settled a Justice Department case over "
                "courts that made people stop their medication.\n\n"
                "Recovery housing\n"
                "- NARR standards require medication policies; NARR has a brief on supporting "
                "residents on medication.\n"
                "- SAMHSA: substance-free does not rule out prescribed medications taken as "
                "directed.\n\n"
                "Hospitals\n"
                "- No special waiver needed to prescribe buprenorphine since the end of 2022.\n"
                "- Since August 2023, practitioners may dispense up to a three-day supply to "
                "start treatment while arranging referral.\n\n"
                "Child welfare\n"
                "- Providers notify child protective services about substance-affected "
                "newborns; notification alone does not define abuse.\n"
                "- A Plan of Safe Care addresses the needs of the baby and the family."
            ),
        },
        {
            "title": "No abrupt stop: when an OTP talks about discharge",
            "text": (
                "Work all three doors at the same time.\n\n"
                "Door 1: Grievance\n"
                "- Get the notice, the discharge policy and the grievance steps in writing.\n"
                "- File quickly, in the person's own words. Ask for a review and no taper "
                "during the review.\n"
                "- Keep copies and a timeline.\n\n"
                "Door 2: Transfer or bridge\n"
                "- List other OTPs and prescribers within reach.\n"
                "- Sign consents so records and last dose information can be shared.\n"
                "- Set an intake date before the last day.\n"
                "- Any change of medicine is decided with a prescriber.\n\n"
                "Door 3: Safety\n"
                "- Naloxone for the person and the people around them.\n"
                "- Do not use alone.\n"
                "- Report withdrawal and cravings to the prescriber.\n"
                "- More frequent check-ins.\n\n"
                "Who else can help: the State Opioid Treatment Authority, the state licensing "
                "agency, legal aid and patient advocacy groups."
            ),
        },
        {
            "title": "Barrier log template",
            "text": (
                "Do not write names or details that could identify anyone.\n\n"
                "- Date:\n"
                "- System (jail, court, probation, housing, hospital, pharmacy, child welfare, "
                "OTP):\n"
                "- What happened:\n"
                "- Rule or reason given:\n"
                "- Harm to the person (gap in medication, lost bed, withdrawal, other):\n"
                "- What was done:\n"
                "- Outcome and follow-up:\n\n"
                "Review monthly with your supervisor. Three similar entries make a pattern "
                "worth bringing to a coalition."
            ),
        },
    ],
}

SOURCES = [
    "U.S. Department of Justice, Civil Rights Division. The Americans with Disabilities Act "
    "and the Opioid Crisis: Combating Discrimination Against People in Treatment or Recovery. "
    "2022.",
    "Pesce v. Coppinger, 355 F. Supp. 3d 35 (D. Mass. 2018).",
    "Smith v. Aroostook County, 376 F. Supp. 3d 146 (D. Me. 2019), affirmed by the U.S. Court "
    "of Appeals for the First Circuit, 2019.",
    "U.S. Department of Justice. United States v. Unified Judicial System of Pennsylvania: "
    "letter of findings (2022) and settlement agreement (2024).",
    "Binswanger IA and others. Release from prison: a high risk of death for former inmates. "
    "New England Journal of Medicine. 2007.",
    "Centers for Medicare and Medicaid Services. State Medicaid Director Letter 23-003: "
    "Opportunities to Test Transition-Related Strategies to Support Community Reentry and "
    "Improve Care Transitions for Individuals Who Are Incarcerated. 2023.",
    "Bureau of Justice Assistance. FY 2015 Adult Drug Court Discretionary Grant Program "
    "solicitation (medication-assisted treatment conditions). 2015.",
    "SAMHSA. Treatment Drug Court grant announcement (medication-assisted treatment "
    "conditions). 2015.",
    "National Alliance for Recovery Residences. NARR Standard 3.0, and Helping Recovery "
    "Residences Adapt to Support People with Medication-Assisted Recovery (brief).",
    "SAMHSA. Recovery Housing: Best Practices and Suggested Minimum Guidelines. 2018; and Best "
    "Practices for Recovery Housing. 2023.",
    "D'Onofrio G and others. Emergency department-initiated buprenorphine/naloxone treatment "
    "for opioid dependence: a randomized clinical trial. JAMA. 2015.",
    "Drug Enforcement Administration. Letter to registrants on the elimination of the DATA "
    "waiver under the Consolidated Appropriations Act, 2023. January 2023.",
    "Drug Enforcement Administration. Dispensing of Narcotic Drugs To Relieve Acute Withdrawal "
    "Symptoms of Opioid Use Disorder: Final rule. Federal Register, August 8, 2023.",
    "Administration for Children and Families. Child Welfare Policy Manual 2.1F.1: CAPTA, "
    "Infants Affected by Substance Abuse, Plan of Safe Care. 2016.",
    "New Hampshire Administrative Rules He-A 304.28 (OTP discharge) and West Virginia Code of "
    "State Rules 69-7-39 (administrative withdrawal).",
]

MODULE = {
    "slug": "moud-across-systems",
    "title": "Medication for opioid use disorder across systems",
    "domain": "advocacy",
    "intro": (
        "How a peer helps people keep or start medication for opioid use disorder in jails, "
        "courts, recovery housing, hospitals and child welfare, avoid an abrupt stop after an "
        "OTP discharge, and turn documented barriers into systems change."
    ),
    "minutes": 180,
    "sources": SOURCES,
    "lessons": [
        {
            "slug": "jails-prisons-and-reentry",
            "title": "Jails, prisons and reentry",
            "minutes": 13,
            "body": [
                ("rich_text", L1),
                ("callout", L1_CALL),
                ("rich_text", L1B),
                ("rich_text", L1X),
                ("rich_text", L1Y),
                ("reflection", {
                    "prompt": (
                        "Think about someone leaving jail or prison in your community. What "
                        "would their first 48 hours look like today? Which two gaps worry you "
                        "most, and what could you do as a coach to close them?"
                    ),
                    "min_words": 60,
                    "minutes": 5,
                }),
            ],
        },
        {
            "slug": "courts-probation-and-recovery-housing",
            "title": "Drug courts, probation and recovery housing",
            "minutes": 11,
            "body": [
                ("rich_text", L2),
                ("callout", L2_CALL),
                ("rich_text", L2B),
                ("rich_text", L2X),
                ("rich_text", L2Y),
                ("reflection", {
                    "prompt": (
                        "Write the two or three questions you would help someone ask a drug "
                        "court team or a recovery house before they agree to join or move in."
                    ),
                    "min_words": 30,
                    "minutes": 2,
                }),
                ("self_check", L2_CHECK),
            ],
        },
        {
            "slug": "hospitals-child-welfare-and-families",
            "title": "Hospitals, emergency departments, and pregnant and parenting people",
            "minutes": 14,
            "body": [
                ("rich_text", L3),
                ("callout", L3_CALL),
                ("rich_text", L3B),
                ("rich_text", L3X),
                ("rich_text", L3Y),
                ("scenario", L3_SCENARIO),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Since the federal changes of 2023, which statement about starting "
                            "buprenorphine is accurate?"
                        ),
                        "choices": [
                            ("Practitioners with a standard DEA registration covering Schedule "
                             "III drugs can prescribe it if state law allows, with no special "
                             "waiver", True),
                            ("Only opioid treatment programs may start buprenorphine", False),
                            ("Prescribers still need an X-waiver and may treat only 30 "
                             "patients", False),
                        ],
                        "explanation": (
                            "The Consolidated Appropriations Act of 2023 removed the waiver and "
                            "the patient limits. State laws still apply."
                        ),
                    },
                ]}),
            ],
        },
        {
            "slug": "discharge-bridging-and-systems-advocacy",
            "title": "Administrative discharge, bridging and systems advocacy",
            "minutes": 12,
            "body": [
                ("rich_text", L4),
                ("callout", L4_CALL),
                ("rich_text", L4B),
                ("rich_text", L4X),
                ("rich_text", L4Y),
                ("reflection", {
                    "prompt": (
                        "Pick one barrier to medication you have seen in your community. Who "
                        "could change it, who are your allies, and what would you put in a "
                        "de-identified barrier log to show the pattern?"
                    ),
                    "min_words": 70,
                    "minutes": 6,
                }),
            ],
        },
    ],
    "quiz": QUIZ,
    "guide": GUIDE,
}
