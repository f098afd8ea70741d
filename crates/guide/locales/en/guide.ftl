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
dont-label = Do not
sources-label = Sources
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
door-card-title = If agents come to your door
door-card-back-title = To the officers
door-card-check-title = How to check a warrant

## The ten key points

kp-judicial-warrant = To enter a home, a school or the private area of a workplace without permission, agents need a warrant signed by a judge. An ICE paper signed by an ICE officer (such as Form I-200 or I-205) is not a judge's warrant.
kp-judicial-warrant-say = Please slide the warrant under the door.
kp-agents-may-lie = Agents are allowed to lie. They may say they are "police", or that they only want to talk. Ask who they are and which agency they work for.
kp-agents-may-lie-say = Who are you? Which agency are you from?
kp-remain-silent = You have the right to remain silent. You do not have to say where you were born, how you came to the U.S., or what your immigration status is.
kp-remain-silent-say = I am exercising my right to remain silent.
kp-free-to-go = Ask: "Am I free to go?" If the answer is yes, walk away calmly. If the answer is no, stay where you are and stay silent.
kp-free-to-go-say = Am I free to go?
kp-film = You may film or record agents, as long as you do not interfere with what they are doing. Keep a safe distance.
kp-stay-calm = Stay calm. Keep your hands where the agents can see them.
kp-do-not-run = Do not run. Running can be used as a reason to stop or arrest you.
kp-do-not-resist = Do not resist, even if you think the agents are breaking the law. Do not push or touch an agent. Say that you do not agree, and talk to a lawyer later.
kp-do-not-resist-say = I do not consent.
kp-do-not-lie = Do not lie and do not show false documents. If you do not want to answer, stay silent instead.
kp-do-not-obstruct = Do not block or get in the way of agents, even to help someone else. You may watch, record, and tell people their rights from a safe distance.

## Scenario: at home

home-title = At home: agents at the door
home-intro = ICE often comes early in the morning. You do not have to open the door. Talk through the closed door.
home-door-heading = If agents knock
home-dont-open = Do not open the door. You can talk through the door or a window. If you open it, agents may come inside, or say later that you let them in.
home-dont-open-say = I do not consent to your entry.
home-ask-warrant = Ask if they have a warrant signed by a judge. Ask them to slide it under the door or hold it up to a window. You do not have to open the door to see it.
home-ask-warrant-say = Please slide the warrant under the door.
home-check-warrant = Check the paper. A judge's warrant comes from a court (for example "United States District Court" or a New York court) and is signed by a judge. A paper that says "Department of Homeland Security" or "Immigration and Customs Enforcement", or has a form number such as I-200 or I-205, is signed by an ICE officer, not a judge. An immigration judge is not a judge of a court for this purpose.
home-check-warrant-dont = Do not open the door just because the paper says "Warrant".
home-warrant-scope = A judge's arrest warrant lets officers enter the home of the person named in it, if they have reason to believe that person is inside. To enter someone else's home, they need a search warrant. A search warrant allows a search only of the place it names, and only within its dates and hours.
home-i205 = Since May 2025, ICE claims that a Warrant of Removal (Form I-205), signed by an ICE officer and not by a judge, lets its officers force their way into a home. This claim is disputed and the law is not settled. Do not open the door, and say that you do not consent. If they force their way in, do not resist.
home-i205-dont = Do not hold the door shut or block the agents.
home-inside-heading = If agents come inside
home-exceptions = There are narrow exceptions, such as a real emergency. If agents come in anyway, do not resist: a court can decide later whether the entry was legal.
home-no-search = Say clearly that you do not consent to a search. Do not resist and do not block them.
home-no-search-say = I do not consent to a search.
home-watch = Watch and remember: names, badge numbers, the agency, what they searched and what they took. Write it down as soon as you can.
home-sign-nothing = Do not sign anything before you talk to a lawyer.
home-sign-nothing-say = I will not sign anything without a lawyer.

## Scenario: in the street

street-title = In the street or on the subway
street-intro = Agents may stop you in public. Stay calm, and know what you can say.
street-stopped-heading = If agents stop you
street-carry-papers = If you are 18 or older and have valid immigration papers, such as a green card, federal law requires you to carry them. If you have them, you may show them.
street-carry-papers-dont = Never carry or show false papers, or another person's papers.
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
car-pull-over-dont = Do not drive away or try to escape.
car-passengers = Passengers have the right to remain silent too. A passenger can ask if they are free to go.
car-passengers-say = Am I free to go?
car-no-search = You do not have to agree to a search of the car. Say so clearly, but do not physically stop them.
car-no-search-say = I do not consent to a search.

## Scenario: at work

work-title = At work
work-intro = Agents can come to workplaces. What they may do depends on whether a place is open to the public.
work-areas-heading = Public and private areas
work-public-areas = Agents may enter areas open to the public, like a shop floor or a dining room, without a warrant.
work-private-areas = To enter private areas, like offices, kitchens or storerooms closed to the public, agents need a warrant or the consent of the owner or manager. The owner or manager can say no.
work-private-areas-say = I do not consent to your entry into the private areas.
work-raid-heading = During a raid
work-raid = Agents may ask everyone questions. Being asked questions does not mean you are under arrest. You may stay silent and ask if you are free to go.

## Scenario: going to court

court-title = Going to court
court-intro = New York law protects people who go to a New York court from civil arrest.
court-ny-heading = New York courts
court-protected = If you are going to, are at, or are leaving a case in a New York court, as a party or a witness, or as a family or household member of one, you are protected from civil arrest. This includes arrest by ICE for a civil immigration matter. The exception: a judge signed a warrant or an order for the arrest.
court-remedy = Arresting someone against this law is contempt of court. The person, and the New York Attorney General, can go to court to stop it. Tell a lawyer if it happens to you or someone you know.
court-immigration-heading = Immigration court
court-immigration = Immigration courts are federal, not New York courts, and an immigration judge works for the U.S. Department of Justice. This New York law may not protect you there. Talk to a lawyer before your hearing.
court-do-not-miss = Do not miss your immigration court hearing. If you do not go, the judge can order you deported without you.

## Scenario: at school

school-title = At school and child care
school-intro = Every child can go to public school. Plan ahead so your children are safe if you cannot pick them up.
school-heading = Your child's rights
school-right-to-attend = Every child in New York can go to public school, whatever their immigration status or their parents' status.
school-city-property = City law says the city may not let ICE or other non-city police into non-public areas of city property without a judge's warrant. There are some exceptions, such as an emergency. Ask your child's school what its plan is.
school-plan-heading = Plan ahead
school-pickup = Give the school an up-to-date list of trusted adults who can pick up your children. A parent can also sign a form that lets a trusted adult make school and medical decisions for a child.

## Scenario: city services

city-title = City services: shelters, hospitals, city offices
city-intro = New York City limits how its agencies help immigration enforcement. You can use city services.
city-heading = What city law says
city-confidential = City workers ask about immigration status only when they need it to decide if you qualify for a service, or when the law requires it. They must keep it confidential.
city-police-victims = NYPD officers do not ask about the immigration status of crime victims, witnesses, or people who ask for help.
city-non-public = In city offices, and where city-contracted services such as many shelters are provided, staff may not let ICE into non-public areas without a judge's warrant, except in some cases such as an emergency.
city-no-resources = City agencies may not use their staff, time or buildings for civil immigration enforcement, and may not put city officers under federal immigration control (so-called 287(g) agreements).
city-jail = If you are held by the NYPD or in a city jail, the city may hold you for ICE, or tell ICE when you will be released, only if ICE brings a judge's warrant and you were convicted of certain serious crimes or may be on a terrorism watch list. The NYPD has a narrow exception that allows a hold of up to 48 hours without a warrant.
city-limits-heading = Limits of these laws
city-no-private-suit = These city laws do not give you a right to sue the city if they are broken. If you think a city agency helped ICE in a way it should not, tell a lawyer or a legal aid organization.

## Scenario: if you are detained

detained-title = If you are detained or arrested
detained-intro = If agents arrest you, stay calm. What you say and what you sign matter.
detained-heading = Protect yourself
detained-lawyer = Ask for a lawyer. You have the right to a lawyer, but in immigration cases the government does not pay for one. Ask for the list of free legal services.
detained-lawyer-say = I want to speak to a lawyer.
detained-sign = Do not sign any paper you do not understand, especially about "voluntary departure" or "stipulated removal". Signing can mean giving up your right to see a judge and agreeing to leave the U.S.
detained-sign-say = I will not sign anything without a lawyer.
detained-consulate = If you are not a U.S. citizen, you may ask to contact your country's consulate. You do not have to: if you fear the government of your country, you may choose not to.
detained-phone = Memorize the phone number of a family member and of a lawyer. Agents may take your phone.
detained-city-heading = In NYPD custody or a city jail

## Scenario: filming

filming-title = Filming and recording
filming-intro = In New York you have the right to record police and other officers, as long as you do not interfere.
filming-heading = Your right to record
filming-right = If you are not under arrest, you have the right to record officers at work, with video, photos, sound or written notes, and to keep your recording and your phone.
filming-distance = Keep a safe distance. Do not touch the agents and do not get in their way. Step back if they tell you to. The right to record does not allow physical interference.
filming-what = Record badges, uniforms, vehicles, license plates and what happens. Say the date, time and place out loud.
filming-interfered = If an officer stops you from recording, or takes or breaks your phone, New York law may let you sue. Tell a lawyer.
filming-care-heading = Take care
filming-share = Think before you post: a video can show the faces of the people being arrested. Share it first with their family or their lawyer.

## Scenario: prepare

prepare-title = Prepare a family plan
prepare-intro = A plan made today keeps your family safer tomorrow.
prepare-plan-heading = Your plan
prepare-children = Decide who will pick up and care for your children if you are detained. A parent can sign a form that lets a trusted adult make school and medical decisions for a child for up to one year. It does not give away custody.
prepare-numbers = Memorize the phone numbers of a family member and of a lawyer or legal aid organization. Make sure your family knows them too.
prepare-documents = Keep important papers (birth certificates, passports, immigration and court papers) in one safe place that a trusted person can reach, and keep copies. If you are 18 or older and have a green card or other registration papers, carry the original with you: the law requires it.
prepare-card = Carry a rights card. You can hand it to agents instead of speaking.

## Scenario: after an encounter

after-title = After an encounter
after-intro = What you write down now can help a lawyer later.
after-heading = What to do next
after-write = Write down what happened as soon as you can: the date, time and place; names and badge numbers; the agency; vehicles and license plates; what was said and done; and the names and phone numbers of witnesses.
after-lawyer = Talk to a lawyer or a legal aid organization. Do not sign anything before you do.
after-court-arrest = If someone was arrested going to, at, or leaving a New York court, tell a lawyer: New York law may give them a claim.
after-recording = Keep copies of any videos or photos in a safe place. You have the right to keep your recording.

## Door card: front (in the holder's language)

card-dont-open = Do not open the door.
card-ask-warrant = Ask for a warrant signed by a judge. Ask them to slide it under the door.
card-silent = You have the right to remain silent.
card-no-sign = Do not sign anything without a lawyer.
card-calm = Stay calm. Do not run, do not resist, do not lie.
card-show = Show the back of this card to the agents.

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
advice-stay-silent = You have the right to remain silent. You can say: "I am exercising my right to remain silent."
advice-do-not-resist = Do not resist, even if they come in. Do not run. Stay calm.
advice-write-down = Write down names, badge numbers, the agency, the time, what happened, and the names of witnesses.
advice-call-lawyer = Call a lawyer or a legal hotline. Do not sign anything without a lawyer.
advice-admin-warrant-no-entry = This paper by itself does not allow agents to enter your home without your consent.
advice-judicial-arrest-warrant-limited = A judge's arrest warrant can let officers enter the home of the person named in it, if they have reason to believe that person is inside. It does not allow them to enter someone else's home: that needs a search warrant.
advice-search-warrant-check-scope = A search warrant allows a search of the place it names, within its dates and hours.
advice-i205-contested = Since May 2025, ICE claims that a Warrant of Removal (Form I-205) allows it to force its way into a home. This is legally unresolved. Do not consent, and do not resist physically.
advice-check-signed-by-judge = Check who signed it: it must be a judge of a court, not an immigration officer and not an immigration judge.
advice-check-name-address = Check that it names the right person and your exact address.
advice-check-dates = Check the dates. A federal search warrant must be used within { $federal-days } days, a New York one within { $state-days } days, and in the daytime unless the warrant says otherwise.
advice-unknown-what-to-look-for = Amparo could not tell what this paper is. Look for the name of a court at the top and a judge's signature. "Department of Homeland Security", "Immigration and Customs Enforcement", or a form number such as I-200, I-205 or I-247A means it is an ICE paper.
advice-not-named-person = This paper does not seem to name you.
advice-not-this-address = This paper does not seem to name this address.
advice-expired = This warrant seems to be past the last day on which it could be used.
advice-outside-hours = This warrant seems to be used outside the hours it allows.
advice-detainer-not-for-entry = An ICE detainer (Form I-247A) is a request to a jail or the police. It gives no power to enter a home.
