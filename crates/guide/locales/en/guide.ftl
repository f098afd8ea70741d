### Amparo know-your-rights guide: English (the source text).
### For translators: plain words, short sentences, for a frightened reader. Keep legal names, citations,
### agency names (ICE, NYPD) and form numbers (I-200, I-205, I-247A) as they are. Keep every { $variable }.
### The lines under "Door card: back" and the "-say" messages are read out to officers; they are also shown in
### English beside your translation.

## Language and interface

language-name = English
guide-title = Know your rights
guide-subtitle = If immigration agents (ICE) come: New York City
key-points-heading = The 10 most important points
scenarios-heading = Situations
say-label = What to say
say-english-label = In English
dont-label = Careful
sources-label = Sources
legal-status-settled = Not in dispute.
legal-status-contested = Courts or agencies disagree about this.
legal-status-in-litigation = Courts are still deciding this.
legal-status-reported = Reported in the news; not yet confirmed in an official text.
legal-status-case = Case
reviewed = Last reviewed: { $date }
points-count =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
disclaimer = This is legal information, not legal advice. Laws and policies change. For advice about your own situation, talk to a lawyer or a legal aid organization.
status-source = Original text.
status-machine-assisted = Machine-assisted translation, not yet reviewed by a native speaker.
status-reviewed = Translation reviewed by a native speaker.
translation-stale = This translation is being updated. The English now says:
translation-shares = { $current }% up to date · { $reviewed }% reviewed by a person
door-card-title = If agents come to your door
door-card-back-title = To the officers
door-card-check-title = How to check a warrant

## The ten key points

kp-judicial-warrant = To enter a home or the private area of a workplace without permission, agents need a warrant signed by a judge. An ICE paper signed by an ICE officer (such as Form I-200 or I-205) is not a judge's warrant.
kp-judicial-warrant-say = Please slide the warrant under the door.
kp-agents-may-lie = Agents are allowed to lie. They may say they are local police, that they are looking for someone else, or that they only want to talk. Ask who they are and which agency they work for. If they say they have a warrant, ask to see it.
kp-agents-may-lie-say = Who are you? Which agency are you from?
kp-remain-silent = You have the right to remain silent. You do not have to say where you were born, how you came to the U.S., or what your immigration status is. But if you are afraid to return to your country, say so clearly, in English if you can: "I am afraid to return to my country." Staying silent about that fear can lead to a fast deportation without a judge.
kp-remain-silent-say = I am exercising my right to remain silent.
kp-free-to-go = Ask: "Am I free to go?" If the answer is yes, walk away calmly. If the answer is no, stay where you are and stay silent.
kp-free-to-go-say = Am I free to go?
kp-film = You may film or record agents in public, as long as you do not interfere with what they are doing. Keep a safe distance.
kp-stay-calm = Stay calm. Keep your hands where the agents can see them.
kp-do-not-run = Do not run. Running can be used as a reason to stop or arrest you.
kp-do-not-resist = Do not resist, even if you think the agents are breaking the law. Do not push or touch an agent. Say that you do not agree, and talk to a lawyer later.
kp-do-not-resist-say = I do not consent.
kp-do-not-lie = Do not lie and do not show false documents. Never say that you are a U.S. citizen if you are not: it is a crime and can bar you from legal status forever. If you do not want to answer, stay silent instead.
kp-do-not-obstruct = Do not block or get in the way of agents, even to help someone else, and do not hide anyone from them. You may watch, record, and tell people their rights from a safe distance.

## Scenario: at home

home-title = At home: agents at the door
home-intro = ICE often comes early in the morning. You do not have to open the door. Talk through the closed door.
home-door-heading = If agents knock
home-dont-open = Do not open the door. You can talk through the door or a window. If you open it, agents may come inside, or say later that you let them in.
home-dont-open-say = I do not consent to your entry.
home-ask-warrant = Ask if they have a warrant signed by a judge. Ask them to slide it under the door or hold it up to a window. You do not have to open the door to see it.
home-ask-warrant-say = Please slide the warrant under the door.
home-check-warrant = Check who issued and signed the paper. A judge's warrant comes from a court (for example "United States District Court" or a New York court) and is signed by a judge. ICE forms such as I-200, I-205 or I-247A are signed by immigration officers, not judges. A real court warrant can name ICE or the Department of Homeland Security as the agency that asked for it: that alone does not make it an ICE form. An immigration judge is not a judge of a court for this purpose.
home-check-warrant-dont = Do not open the door just because the paper says "Warrant".
home-warrant-scope = A judge's arrest warrant lets officers enter the home of the person named in it, if they have reason to believe that person is inside. To enter someone else's home, they need a search warrant. A search warrant allows a search only of the place it names, and only within its dates and hours.
home-i205 = ICE says that a Warrant of Removal (Form I-205), signed by an ICE officer and not by a judge, lets its officers force their way into the home of a person with a final removal order. This comes from an internal memo of May 2025 that became public in January 2026. A federal judge in Minnesota found one such entry unconstitutional, and the memo is being challenged in court. Do not open the door, and say that you do not consent. If they force their way in, do not resist.
home-i205-dont = Do not try to keep the door shut by force, and do not block the agents.
home-final-order = Find out now whether anyone in your home has a removal order, even an old one made when they missed a hearing. The immigration court's automated phone line can tell you (see Get help), or ask a lawyer.
home-inside-heading = If agents come inside
home-exceptions = There are narrow exceptions, such as a real emergency. If agents come in anyway, do not resist. Write down what happened and tell a lawyer. A court may look at the entry later, but an unlawful entry does not by itself end a deportation case.
home-no-search = Say clearly that you do not consent to a search. Do not resist and do not block them.
home-no-search-say = I do not consent to a search.
home-watch = Watch and remember: names, badge numbers, the agency, what they searched and what they took. Write it down as soon as you can.
home-sign-nothing = Do not sign anything before you talk to a lawyer.
home-sign-nothing-say = I will not sign anything without a lawyer.

## Scenario: in the street

street-title = In the street or on the subway
street-intro = Agents may stop you in public. Stay calm, and know what you can say.
street-stopped-heading = If agents stop you
street-carry-papers = If you are 18 or older, federal law requires you to carry proof of your immigration registration, for example a green card, a work permit (EAD) or your I-94 record. Not carrying it is a misdemeanor (a fine and up to 30 days in jail). If you have it, you may show it.
street-carry-papers-dont = Never carry or show false papers, or another person's papers. Papers from another country show your nationality: carry only the papers you need.
silent-name = If you do not want to answer a question, say nothing rather than something false. Giving a false name to the police is a crime in New York, and lying to a federal agent is a federal crime.
silent-visa = If you are in the U.S. on a visa (for example as a student or a worker), refusing to give immigration officers information they ask for can cost you your status. Ask a lawyer what you must answer.
registration-rule = Since April 2025, people 14 or older who have never registered with the U.S. government must register (Form G-325R), and from 18 carry proof. Registering gives ICE your name and address; not registering can be a crime. Talk to a lawyer before you register, or decide not to.
street-no-search = Agents may pat the outside of your clothes if they believe you have a weapon. You do not have to agree to any other search of your body, your bag or your phone. Say so clearly, but do not resist.
street-no-search-say = I do not consent to a search.
street-arrest-heading = If you are arrested
street-arrest = When agents arrest you, they must say that they are immigration officers and why you are under arrest, as soon as it is safe. Stay silent and ask for a lawyer.
street-arrest-say = I want to speak to a lawyer.

## Scenario: in a car

car-title = In a car
car-intro = Police and federal agents can stop cars. The driver and the passengers have rights.
car-stop-heading = If you are stopped
car-pull-over = If you are driving and officers signal you to stop, pull over safely. Turn off the engine, turn on the inside light, and keep your hands on the wheel.
car-pull-over-dont = Do not drive away or try to escape. Fleeing the police in a car is a crime in New York, and can count as a serious crime under the city's immigration rules.
car-driver-papers = If you are driving, you must show your driver's license, the car's registration and proof of insurance when the police ask. Showing them does not mean you must answer other questions.
car-passengers = Passengers have the right to remain silent too. A passenger can ask if they are free to go.
car-passengers-say = Am I free to go?
car-no-search = You do not have to agree to a search of the car. Say so clearly, but do not physically stop them.
car-no-search-say = I do not consent to a search.
car-border = Near the borders and the coast (New York City is within that zone), federal law gives immigration officers wider powers to stop vehicles. You can still say that you do not consent to a search, and stay silent.
car-dmv-heading = Your DMV records
car-green-light = New York's DMV does not give its records to immigration agencies without a judge's warrant or court order, and it tells you if they ask (the Green Light Law). The federal government is challenging this law in court; it is still in force.

## Scenario: at work

work-title = At work
work-intro = Agents can come to workplaces. What they may do depends on whether a place is open to the public.
work-areas-heading = Public and private areas
work-public-areas = Agents may enter areas open to the public, like a shop floor or a dining room, without a warrant.
work-private-areas = To enter private areas, like offices, kitchens or storerooms closed to the public, agents need a warrant or the consent of the owner or manager. The owner or manager can say no, like this:
work-private-areas-say = I do not consent to your entry into the private areas.
work-raid-heading = During a raid
work-raid = Agents may ask everyone questions. Being asked questions does not mean you are under arrest. You may stay silent and ask if you are free to go.

## Scenario: going to court

court-title = Going to court
court-intro = New York law protects people who go to a New York court from civil arrest. Immigration courts are run by the federal government, and are different.
court-ny-heading = New York courts
court-protected = If you are going to, are at, or are leaving a case in a New York court, as a party or a witness, or as a family or household member of one, New York law forbids your civil arrest, including by ICE for a civil immigration matter, unless a judge signed a warrant or an order for it. A federal court upheld this law in 2025. If agents arrest someone anyway, do not resist: the remedy comes afterwards.
court-remedy = Arresting someone against this law is contempt of court. The person, and the New York Attorney General, can go to court to stop it. Tell a lawyer if it happens to you or someone you know.
court-immigration-heading = Immigration court
court-immigration = Immigration courts, such as those at 26 Federal Plaza, 290 Broadway and 201 Varick Street, are not New York courts: they belong to the U.S. Department of Justice, and New York's court-arrest law does not cover them. Talk to a lawyer before your hearing.
court-do-not-miss = Do not miss your immigration court hearing. If you do not go, the judge can order you deported without you.

## Scenario: immigration court and ICE check-ins

icourt-title = Immigration court and ICE check-ins
icourt-intro = Keep going to your hearings and check-ins. Prepare for the day, and know what to say.
icourt-before-heading = Before the day
court-lawyer = Try to have a lawyer with you. Your lawyer files Form G-28 so that the court and ICE deal with them. For free legal help, see Get help.
court-plan = Make a plan for that day: who to call if you are detained, who picks up your children, where your papers are. Bring copies of your papers, not originals, and leave the plan with someone you trust.
court-proof = If you have lived in the U.S. for more than two years, bring copies of papers that prove it, such as leases, pay stubs, tax returns, bills, school or medical records. If you have been here less than two years, go with someone who has secure immigration status.
icourt-room-heading = In the courtroom
court-oppose-dismissal = If the government's lawyer asks the judge to dismiss (end) your case, it can be a step toward arresting you and deporting you quickly without a judge. Tell the judge that you oppose the dismissal and ask for time to find a lawyer. If the judge dismisses the case anyway, say that you want to appeal.
court-oppose-dismissal-say = I oppose the dismissal. I ask for time to find a lawyer.
icourt-arrests-heading = Arrests at the courts
court-arrests-order = Since May 2026, a federal court order has limited ICE arrests at New York City's immigration courts (26 Federal Plaza, 290 Broadway and 201 Varick Street) to exceptional cases, such as a threat to safety. The order can still change on appeal, and it does not stop arrests away from the courts.
icourt-checkin-heading = ICE check-ins
checkin-risk = ICE check-ins carry a risk: people have been detained at check-ins, including at 26 Federal Plaza. Talk to a lawyer before your check-in, do not skip it without legal advice, and have your plan ready that day.

## Scenario: at school

school-title = At school and child care
school-intro = Every child can go to public school. Plan ahead so your children are safe if you cannot pick them up.
school-heading = Your child's rights
school-right-to-attend = Every child in New York can go to public school, whatever their immigration status or their parents' status.
school-city-property = Federal policy no longer keeps ICE away from schools (since January 2025). New York City's public schools have their own rule: staff may not let immigration agents in. They call the school system's lawyers, and agents wait outside while any warrant is checked. Ask your child's school what its plan is.
school-plan-heading = Plan ahead
school-pickup = Give the school an up-to-date list of trusted adults who can pick up your children (the emergency contact card). New York also lets a parent sign papers so that a trusted adult can care for a child: see Prepare a family plan.

## Scenario: hospitals and places of worship

places-title = Hospitals and places of worship
places-intro = Federal rules no longer keep ICE away from these places. Get care and go to services anyway, and know what still applies.
places-heading = What still applies
places-federal-rollback = Since January 2025, federal policy no longer keeps ICE away from hospitals, schools or places of worship. Agents still need a judge's warrant, or the consent of the person in charge, to enter areas closed to the public.
places-hospital = Get medical care when you need it. NYC's public hospitals (NYC Health + Hospitals) tell staff to ask agents for a judge's warrant and to call the hospital's legal office before agents go beyond public areas. Private hospitals have their own rules.
places-worship = A house of worship is private property. Agents may enter areas open to everyone, such as a public service, but they need a judge's warrant or the consent of the person in charge to enter private areas.
places-state-law = In 2026, New York lawmakers moved to close homes, schools, hospitals and houses of worship to civil immigration enforcement without a judge's warrant, and to let people sue federal officers in state court. Whether this became law could not be confirmed.

## Scenario: city services

city-title = City offices and shelters
city-intro = New York City limits how its agencies help immigration enforcement. You can use city services.
city-heading = What city law says
city-confidential = City workers ask about immigration status only when they need it to decide if you qualify for a service, or when the law requires it. They must keep it confidential.
city-police-victims = NYPD officers do not ask about the immigration status of crime victims, witnesses, or people who ask for help.
city-non-public = In city offices, and where city-contracted services such as many shelters are provided, staff may not let ICE or other non-city police into non-public areas without a judge's warrant. City law lists a few exceptions, such as an emergency. This rule binds city staff; it does not bind ICE.
city-no-resources = City agencies may not use their staff, time or buildings for immigration enforcement, and may not put city officers under federal immigration control (so-called 287(g) agreements).
city-eo13 = Since February 2026, a Mayor's order (Executive Order 13) says that city agencies may not share information collected for city purposes with federal immigration authorities unless the law requires it, and may not let federal agents use city lots as staging areas.
city-safer-sanctuary = In January 2026, the City Council passed a law over the Mayor's veto (the Safer Sanctuary Act) that bars ICE from keeping an office in city jails, such as on Rikers Island. Its final text could not be checked.
city-jail = If you are held by the NYPD or in a city jail, city law lets the city hold you for ICE, or tell ICE when you will be released, only if ICE brings a warrant signed by a federal judge and you were convicted of certain serious crimes in the last five years (time in prison does not count), or may be on a terrorism watch list. City law also mentions a short NYPD hold without a warrant in a few cases, but New York's courts have held that local officers may not hold anyone for ICE on their own authority. The Department of Probation follows similar rules. If you are held past your release time, tell a lawyer.
city-limits-heading = Limits of these laws
city-no-private-suit = These city laws do not give you a right to sue the city if they are broken. Other claims may exist, for example if you were held past your release time. A city bill that would let people sue (the NYC Trust Act) was still pending at the last check. Tell a lawyer or a legal aid organization.

## Scenario: if you are detained

detained-title = If you are detained or arrested
detained-intro = If agents arrest you, stay calm. What you say and what you sign matter.
detained-heading = Protect yourself
detained-fear = If you are afraid to return to your country, say so clearly, as soon as you can and each time you are asked. Ask for an interview about your fear (a "credible fear" interview). This can stop a fast deportation without a judge.
detained-fear-say = I am afraid to return to my country.
detained-expedited = Since 2025, ICE uses "expedited removal", deportation without a judge, anywhere in the U.S. against people who entered without being admitted and cannot prove two years here. A court paused it in August 2025; an appeals court let it resume in 2026, and the case goes on. If you have been here two years or more, say so, and ask your family to bring your proof.
detained-lawyer = Ask for a lawyer. You have the right to a lawyer, but in immigration cases the government does not pay for one. Ask for the list of free legal services.
detained-lawyer-say = I want to speak to a lawyer.
detained-sign = Do not sign any paper you do not understand, especially about "voluntary departure" or "stipulated removal". Signing can mean giving up your right to see a judge and agreeing to leave the U.S.
detained-sign-say = I will not sign anything without a lawyer.
detained-consulate = You may ask ICE to tell your country's consulate that you are detained, or choose not to. But for some countries ICE must tell the consulate even if you do not want it: for example China (including Hong Kong and Macao, but not Taiwan passports), Russia, Ukraine, Belarus, Uzbekistan, Poland, Jamaica, Guyana, Trinidad and Tobago, Nigeria, Ghana, the Philippines, Algeria, Tunisia, Kuwait and Costa Rica. If you fear your government, tell your lawyer at once.
detained-phone = Memorize the phone number of a family member and of a lawyer. Agents may take your phone when they arrest you; they generally need a warrant to search what is on it.
detained-release-heading = Getting out: bond and habeas
detained-bond = Ask your lawyer about bond: release on payment while your case goes on. In 2025 the immigration appeals board said that people who entered without inspection cannot get bond from an immigration judge. In April 2026 the federal appeals court for New York ruled that people arrested inside the country can still ask for a bond hearing; the Supreme Court has agreed to decide the question.
detained-habeas = A lawyer can also ask a federal court to order your release (a "habeas" petition). It is filed where you are held, so it should be filed quickly, before you are moved out of New York.
detained-fed-plaza-heading = If you are held at 26 Federal Plaza
detained-fed-plaza = A federal court ordered ICE to give people held at 26 Federal Plaza for 12 hours or more at least 50 square feet of space each, a clean sleeping mat, soap and other hygiene products, meals, their medicine, and a free, private call with their lawyer within 24 hours. If this is not respected, tell your lawyer.
detained-city-heading = In NYPD custody or a city jail

## Scenario: arrested in a criminal case

criminal-title = Arrested by the police in a criminal case
criminal-intro = Any arrest can reach immigration authorities. Protect your immigration case from the start.
criminal-heading = What to know
criminal-fingerprints = Every NYPD arrest sends your fingerprints to the FBI, which shares them with the Department of Homeland Security. ICE can learn about any arrest, even one that ends without a conviction.
criminal-tell-lawyer = Tell your defense lawyer that you are not a U.S. citizen. Before you plead guilty to anything, even a small offense, get advice on what it means for your immigration case: your lawyer must tell you if a plea risks deportation.
criminal-laken-riley = A federal law of 2025 (the Laken Riley Act) says ICE must detain people who entered without being admitted and are only charged with, or arrested for, theft, shoplifting, burglary or assault on a police officer, even without a conviction.

## Scenario: visas, airports and travel

travel-title = Visas, airports and travel
travel-intro = Some rules are different if you have a visa, and when you travel.
travel-heading = What is different
travel-border = At airports and border crossings, when you arrive from abroad, officers may question you and search your bags and your phone without a warrant. If your status is not secure, talk to a lawyer before you travel abroad.

## Scenario: filming

filming-title = Filming and recording
filming-intro = In New York you have the right to record police and other officers, as long as you do not interfere.
filming-heading = Your right to record
filming-right = New York law gives you the right to record officers at work, with video, photos, sound or written notes, and to keep your recording and your phone, if you are not under arrest. This clearly covers the NYPD. With federal agents such as ICE, filming in public is widely protected, but no appeals court for New York has ruled on it squarely.
filming-distance = Keep a safe distance. Do not touch the agents and do not get in their way. Step back if they tell you to. The right to record does not allow physical interference.
filming-what = Record badges, uniforms, vehicles, license plates and what happens. Say the date, time and place out loud.
filming-places = Recording is not allowed in immigration court hearings, and federal buildings limit filming inside. Film from public places outside.
filming-interfered = If a police officer stops you from recording, or takes or breaks your phone, New York law may let you sue. Suing federal agents is much harder. Tell a lawyer; you can also report it to the New York Attorney General (see Get help).
filming-care-heading = Take care
filming-share = Think before you post: a video can show the faces of the people being arrested. Share it first with their family or their lawyer.
filming-no-doxxing = Do not post agents' home addresses or other private details: publishing them to threaten or intimidate is a federal crime.

## Scenario: prepare

prepare-title = Prepare a family plan
prepare-intro = A plan made today keeps your family safer tomorrow.
prepare-plan-heading = Your plan
prepare-children = Decide who will care for your children if you are detained. A parent can sign a form that lets a trusted adult make school and medical decisions for a child for up to 12 months. Over 30 days it must be notarized, and it ends if the parent dies or loses capacity. It does not give away custody.
prepare-standby = A parent can also name a standby guardian, before two witnesses, who can care for the children for 60 days after an immigration arrest, detention or deportation, and must then ask the Surrogate's Court. A lawyer or legal aid group can help you choose.
prepare-numbers = Memorize the phone numbers of a family member and of a lawyer or legal aid organization. Make sure your family knows them too.
prepare-documents = Keep important papers (birth certificates, passports, immigration and court papers) in one safe place that a trusted person can reach, and keep copies. If you are 18 or older, carry proof of your registration, such as a green card, a work permit or an I-94: the law requires it.
prepare-two-years = Collect papers that show you have lived in the U.S. for two years or more, month by month: leases, pay stubs, tax returns, utility bills, bank, medical and school records. Keep copies where your family can reach them quickly: if you are detained, they can bring them to your lawyer.
prepare-address = If you move, tell DHS within 10 days (Form AR-11), and if you have a case, tell the immigration court too (Form EOIR-33). Hearing notices go to the last address on file.
prepare-card = Carry a rights card. You can hand it to agents instead of speaking.

## Scenario: after an encounter

after-title = After an encounter
after-intro = What you write down now can help a lawyer later.
after-heading = What to do next
after-write = Write down what happened as soon as you can: the date, time and place; names and badge numbers; the agency; vehicles and license plates; what was said and done; and the names and phone numbers of witnesses.
after-lawyer = Talk to a lawyer or a legal aid organization. Do not sign anything before you do.
after-court-arrest = If someone was arrested going to, at, or leaving a New York court, tell a lawyer: New York law may give them a claim.
after-recording = Keep copies of any videos or photos in a safe place, and a second copy somewhere else. New York law says you may keep your recording. If an officer takes it, tell a lawyer.
after-report = You can report what federal agents did to the New York Attorney General, with photos or videos if you have them (see Get help).

## Door card: front (in the holder's language)

card-dont-open = Do not open the door.
card-ask-warrant = Ask for a warrant signed by a judge. Ask them to slide it under the door.
card-silent = You have the right to remain silent. If you fear return to your country, say so.
card-no-sign = Do not sign anything without a lawyer.
card-calm = Stay calm. Do not run, do not resist, do not lie.
card-show = Show the back of this card through a window or under the door. Do not open the door to show it.

## Door card: back (read out to the officers; shown in English beside the translation)

card-back-silent = I am exercising my right to remain silent.
card-back-no-search = I do not consent to a search.
card-back-no-entry = I do not consent to your entry.
card-back-no-sign = I will not sign anything without a lawyer.
card-back-slide-warrant = Please slide any warrant under the door.

## Warrant check: advice

advice-door-keep-closed = Keep the door closed. You do not have to open it to talk to the agents or to see a paper.
advice-door-ask-slide-paper = Ask them to slide the paper under the door or hold it up to a window.
advice-say-no-consent = Say: "I do not consent to your entry."
advice-stay-silent = You have the right to remain silent. You can say: "I am exercising my right to remain silent." If you are afraid to return to your country, say so.
advice-do-not-resist = Do not resist, even if they come in. Do not run. Stay calm.
advice-write-down = Write down names, badge numbers, the agency, the time, what happened, and the names of witnesses.
advice-call-lawyer = Call a lawyer or a legal hotline. Do not sign anything without a lawyer.
advice-admin-warrant-no-entry = This paper by itself does not allow agents to enter your home without your consent.
advice-judicial-arrest-warrant-limited = A judge's arrest warrant can let officers enter the home of the person named in it, if they have reason to believe that person is inside. It does not allow them to enter someone else's home: that needs a search warrant.
advice-search-warrant-check-scope = A search warrant allows a search of the place it names, within its dates and hours.
advice-i205-contested = ICE says a Warrant of Removal (Form I-205) lets it force its way into the home of a person with a final order of removal. Courts have not settled this, and one federal judge found such an entry unconstitutional. Do not consent, and do not resist physically.
advice-check-signed-by-judge = Check who signed it: it must be a judge of a court, not an immigration officer and not an immigration judge.
advice-check-name-address = Check that it names the right person and your exact address.
advice-check-dates = Check the dates. A federal search warrant must be used within { $federal-days } days, a New York one within { $state-days } days, and in the daytime unless the warrant says otherwise.
advice-unknown-what-to-look-for = Amparo could not tell what this paper is. Look at who issued it and who signed it: a court's name at the top, and a judge's title under the signature. ICE forms (I-200, I-205, I-247A) are signed by immigration officers. A court warrant may name ICE or DHS as the agency that asked for it; that alone does not make it an ICE form.
advice-not-named-person = This paper does not seem to name you.
advice-not-this-address = This warrant does not seem to name this address. A search warrant allows a search only of the place it describes. If officers come in anyway, do not resist: a court decides later whether it was lawful.
advice-expired = The last day to use this warrant seems to have passed. It may not allow a search now, but do not resist: a court decides.
advice-outside-hours = This warrant does not seem to allow a search at this hour. It may not allow a search now, but do not resist: a court decides.
advice-detainer-not-for-entry = An ICE detainer (Form I-247A) is a request to a jail or the police. It gives no power to enter a home.
advice-application-not-a-warrant = This is an application for a search warrant (AO 106): an officer's sworn request to a judge. It is not a warrant and does not allow anyone to come in, even with a judge's signature. Ask them to slide the warrant itself under the door.
advice-named-person-lives-here = A judge's arrest warrant lets officers into the home where the person it names lives, if they have reason to believe that person is inside. If that person does not live here, they need a search warrant to come in. You can say so through the closed door.
advice-court-decides = A judge signed this warrant. Even if it looks expired, out of its hours or for another address, do not resist: the paper may have been misread, and only a court can decide whether it allowed them in. Say that you do not consent, and tell a lawyer.
advice-check-removal-order = To find out whether anyone in your home has a removal order, call the immigration court's automated line at 1-800-898-7180 (English and Spanish, day and night) with their A-number. It does not show every order, such as a removal at the border, so ask a lawyer too.

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = What is printed at the very top?
check-q-heading-hint = The name of a court or an agency, often in capital letters.
check-q-title = What is the title, in large letters?
check-q-form = Is there a form number in a corner?
check-q-form-hint = Often at the bottom left, such as I-200 or AO 442.
check-q-signer = What title is printed under the signature?
check-q-signer-hint = Next to or below the printed name under the signature line.
check-q-name = Whose name is on it?
check-q-address = Which address is on it?
check-q-dates = Dates printed on it, if you see them
check-q-issued = Date issued or signed
check-q-execute-by = "Execute on or before" date
check-q-signed = Is it signed?
check-other = Something else:
check-cannot-read = I cannot read it
check-none = There is none
check-yes = Yes
check-no = No
check-not-sure = I cannot tell
check-name-mine = My name
check-name-other = Someone else's name
check-address-here = This address
check-address-other = Another address
check-gloss-federal-court = a federal court
check-gloss-state-court = a New York State court
check-gloss-city-court = a New York City court
check-gloss-immigration-agency = the immigration agency
check-gloss-immigration-court = the immigration court, not a court of law
check-gloss-court-judge = a judge of a court
check-gloss-clerk = court staff, not a judge
check-gloss-immigration-officer = an ICE officer, not a judge
check-gloss-immigration-judge = not a judge of a court
check-cli-how = Type the number of your answer and press Enter. Press Enter alone to skip a question.
check-cli-your-name = Your name, to check whether the paper names you (Enter to skip)
check-cli-your-address = The address of this home (Enter to skip)

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = Speak for me
speak-hint = The lines to say to officers, in large letters. Your phone can say them in English.
speak-intro = Show the officer the line in English, or read it out.
speak-tap = Tap a line: your phone says it in English.
speak-play = Say it in English
speak-previous = Previous
speak-next = Next
speak-why = Why?
