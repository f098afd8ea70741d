### Amparo: who to call ("Get help"), and what changed in the law. English, the source text.
### Contacts are data in crates/guide/data/contacts.toml (names, numbers, sources); here are only their words:
### contact-<id>-for (what it is for), -hours, -note. Changes are data in crates/law/data/changes.toml; here is
### each one's summary, change-<id>. For translators: plain words, short sentences, for a frightened reader.
### Keep phone numbers, form numbers (I-205, G-325R), addresses and names of organisations as they are.

## The "Get help" page

help-title = Get help
help-intro = Free help in New York City. Each number and address below was checked against the organisation's own page or a government page, on the date shown. You call them directly: Amparo calls no one and keeps nothing.
help-call = Call { $phone }
help-website = Website
help-email = Email
help-hours = Hours
help-languages = Languages: { $list }
help-interpreters = Interpreters for many languages.
help-checked = Checked on { $date }: { $source }
help-block-title = Who can help
help-all = All phone numbers and help
help-door-line = Agents at your home, or someone taken? Call { $phone }: you will be put through to a city office that can help.
help-card-line = Free help: { $phone }
help-changes-link = What changed in the law (2025-2026)

## The "What changed" page

changes-title = What changed in the law
changes-intro = The law moved fast in 2025 and 2026. Here is each change, newest first: how sure it is, and what Amparo says about it. This is legal information, not legal advice: ask a lawyer about your own case.
changes-effective = In force from { $date }.
changes-source = Source
changes-case = Case
changes-touches = What Amparo says about it
changes-status-settled = Confirmed in an official source.
changes-status-contested = Courts or agencies disagree about this.
changes-status-in-litigation = Courts are still deciding this.
changes-status-reported = Reported in the news; not confirmed in an official source.
changes-kind-statute = Federal law
changes-kind-local-law = City law
changes-kind-state-law = State law
changes-kind-rule = Federal rule
changes-kind-court-order = Court decision
changes-kind-agency-memo = Agency memo
changes-kind-agency-policy = Agency policy
changes-kind-executive-order = Executive order
changes-kind-lawsuit = Lawsuit filed
changes-kind-bill = Proposal (not law)

## Who to call: what each one is for

contact-nyc-311-for = If agents are at your home or someone has been detained, call 311. You will be put through to a city office that can help, and you can leave a message.
contact-moia-legal-hotline-for = The City's free, confidential immigration legal help: a screening and a referral to a free lawyer. You can also call 311 and say "immigration legal".
contact-moia-legal-hotline-hours = Monday to Friday, 9 a.m. to 6 p.m.
contact-moia-legal-hotline-note = A recording asks for your language; during opening hours a person answers.
contact-nys-new-americans-hotline-for = New York State's free, anonymous hotline: information and referrals to free immigration lawyers, also for people in immigration detention. You can also report immigration fraud.
contact-nys-new-americans-hotline-hours = Monday to Friday, 8 a.m. to 8 p.m.; Saturday and Sunday, 9 a.m. to 5 p.m.
contact-nys-new-americans-hotline-note = In more than 200 languages.
contact-nyifup-legal-aid-for = Free lawyers for people detained by ICE whose immigration court case is in New York City, and for New York City residents whose case is in New Jersey.
contact-nyifup-legal-aid-note = Legal Aid asks families to write to its NYIFUP team at this address.
contact-nyifup-bds-for = One of the three NYIFUP providers: free lawyers for detained New Yorkers facing deportation.
contact-nyifup-bds-note = This is the main office number of Brooklyn Defenders.
contact-nyifup-bronx-defenders-for = One of the three NYIFUP providers: free lawyers for detained New Yorkers facing deportation.
contact-nyifup-bronx-defenders-note = No phone number could be confirmed on its own page: use the website.
contact-eoir-case-line-for = The immigration court's automated line: the next hearing date and place, and the judge's decision. Enter the 9-digit A-number (put a 0 before an 8-digit one). Use it to find out whether anyone in your home has a removal order.
contact-eoir-case-line-hours = Day and night, every day.
contact-eoir-case-line-note = It has nothing on bond or motions. Expedited removal orders may not appear.
contact-ice-detainee-locator-for = Find a person held by ICE: search with the A-number and country of birth, or with the exact name and country of birth.
contact-ice-detainee-locator-note = This is ICE's own website. It does not show anyone under 18, and shows people released only for 60 days. The name must match exactly. A new arrest or a transfer can take time to appear.
contact-nyag-reporting-form-for = Send the New York Attorney General photos, video or a description of immigration enforcement you saw. Your contact details are optional.
contact-nyag-reporting-form-note = Sending it is not a lawsuit, and the office does not give legal advice. What you send may be used in public reports or in court. This address comes from news reports and another project's records; if it does not open, go to ag.ny.gov.

## What changed: one summary per change

change-er-designation-2025 = Since January 21, 2025, officers may use expedited removal (deportation without a judge) anywhere in the country against a person who was not admitted or paroled and cannot show two years in the U.S. If you are afraid to go back, say so clearly.
change-er-parole-stay-2025 = A federal court stopped DHS from putting people who were paroled into the U.S. at a port of entry into expedited removal. The case goes on.
change-er-stay-2025 = A federal judge in Washington, D.C. paused the use of expedited removal across the country. The pause ended in 2026.
change-er-stay-reversed-2026 = The appeals court in Washington, D.C. lifted that pause, around June 2026. Expedited removal can again be used anywhere in the U.S. against people who cannot prove two years here.
change-laken-riley-act-2025 = A new federal law: a person who entered without papers and is arrested or charged for theft, shoplifting, burglary or assault on an officer must be held by ICE, with no bond. An arrest alone is enough.
change-yajure-hurtado-2025 = The immigration appeals board decided that people who entered without inspection cannot get a bond hearing before an immigration judge. Lawyers now ask federal courts for release (habeas). Federal courts do not all agree with the board.
change-bond-second-circuit-2026 = The federal appeals court for New York ruled that people who entered without inspection and were arrested inside the country may ask an immigration judge for bond. The Supreme Court agreed to decide the question in October 2026: ask a lawyer what applies now.
change-registration-rule-2025 = Since April 11, 2025, people who never registered with the government must register (Form G-325R) and carry proof. Many papers already count, such as a work permit, an I-94 or a Notice to Appear. Talk to a lawyer before you register, or decide not to.
change-registration-stay-denied-2025 = A federal judge refused to block the registration rule. The groups that sued had not shown they could bring the case; the judge did not decide whether the rule is lawful.
change-protected-areas-rescinded-2025 = The federal government ended its policy of keeping immigration agents away from schools, hospitals and places of worship. New York City rules still limit who may let agents into non-public areas of city buildings.
change-ice-memo-i205-2025 = A secret ICE memo, made public in January 2026, tells officers that an ICE removal warrant (Form I-205), which no judge signs, lets them force their way into the home of a person with a final removal order. Courts are being asked whether this is legal.
change-gibson-ruling-2026 = A federal judge in Minnesota ruled that ICE agents who forced their way into a man's home with only an I-205 violated the Constitution. The ruling covers that one case.
change-i205-suit-2026 = Groups in Massachusetts sued to stop ICE from using the memo to enter homes without a judge's warrant.
change-ice-courthouse-guidance-2025 = ICE issued guidance that led to more arrests in and around courthouses.
change-poca-suit-2025 = The U.S. Justice Department sued New York to strike down the state law that protects people going to New York courts from civil arrest.
change-court-arrests-ruling-2025 = A federal judge in Manhattan refused to stop ICE arrests at New York City's immigration courts. Keep going to your hearings, with a lawyer if you can.
change-poca-upheld-2025 = A federal court upheld New York's Protect Our Courts Act: no civil immigration arrest at New York State courts without a judge's warrant or order. It does not cover the federal immigration courts.
change-court-arrests-stayed-2026 = A federal judge in Manhattan stopped routine ICE arrests in and around the immigration courts at 26 Federal Plaza, 201 Varick Street and 290 Broadway, except in exceptional cases. Ask a lawyer what applies before your hearing.
change-court-arrests-nationwide-2026 = A federal judge in California ordered ICE to stop arrests at immigration courts across the country. It may be appealed: ask a lawyer what applies on the day of your hearing.
change-fed-plaza-tro-2025 = A federal judge ordered ICE to improve its holding rooms at 26 Federal Plaza: enough space, clean bedding, hygiene products and private calls with lawyers.
change-fed-plaza-pi-2025 = The court's order goes on: anyone held 12 hours or more at 26 Federal Plaza must get space, clean bedding, food, medicine, and a free, private call with a lawyer within 24 hours.
change-doj-v-nyc-2025 = The U.S. Justice Department sued New York City to strike down its sanctuary laws. No ruling striking them down was found.
change-eo-50-voided-2025 = A New York court voided the Mayor's order that would have let ICE open an office on Rikers Island.
change-safer-sanctuary-act-2026 = The City Council passed the Safer Sanctuary Act over the Mayor's veto: the city's limits now cover any federal agent doing civil immigration enforcement, not only ICE, and no federal immigration agent may have an office on jail property such as Rikers.
change-eo-13-2026 = The Mayor's Executive Order 13: city agencies may not give information to federal immigration authorities unless the law requires it, and federal agents may not use city lots to stage or process arrests. Every agency names a privacy officer and reviews its rules.
change-doc-audit-2026 = The Department of Correction agreed to a full audit of how it follows the law on ICE detainers.
change-nyag-reporting-form-2025 = The New York Attorney General opened an online form where you can send photos, video or a description of immigration enforcement you saw.
change-local-cops-local-crimes-2026 = The Governor proposed a state law to end local police agreements with ICE (287(g)), keep ICE out of local jails, and require a judge's warrant at sensitive places, homes included. It is a proposal, not law.
change-nyag-observers-2026 = Staff of the New York Attorney General, in marked vests, now watch and record federal immigration enforcement, without interfering.
change-ny-budget-immigration-2026 = The State Assembly passed a budget bill with limits on helping ICE and a right to sue federal officers who violate your rights. Whether it became law was not confirmed.
change-locate-act-2026 = A bill in Congress would require ICE's detainee locator to be updated within 12 hours. It is not law.
change-tps-haiti-syria-2026 = The Supreme Court let the government end Temporary Protected Status for people from Haiti and Syria. If you have TPS, talk to a lawyer about your options.
