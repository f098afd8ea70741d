### Amparo's tools for before and after: the family plan, the "if I am detained" card, someone was taken,
### proof of two years, the encounter record. English, the source text. Every message has the `tools-` prefix;
### the checklists and steps that use them are in crates/prepare/data/*.toml.
### For translators: plain words, short sentences, for a frightened reader. Keep "Amparo", form numbers, "A-number",
### web addresses and { $variables } as they are. Lines under "Lines to say" are read out in English: translate them
### so the person knows what they say.

## Common

tools-made = Made with Amparo on { $date }. Amparo kept no copy.
tools-yes = Yes
tools-no = No
tools-status-reported = Reported by advocates or the press, not confirmed by an official source.
tools-status-contested = Courts or agencies disagree about this.
tools-status-in-litigation = Courts are still deciding this.
tools-sources = Sources

## Labels (on papers an officer or a lawyer may read, they are also printed in English)

tools-field-name = Full legal name, as on immigration papers
tools-field-card-name = Name as on my papers
tools-field-a-number = A-number
tools-field-a-number-hint = 8 or 9 digits. It is on a Notice to Appear, a green card or a work permit.
tools-field-country-of-birth = Country of birth
tools-field-date-of-birth = Date of birth
tools-field-phone = Phone
tools-field-email = E-mail
tools-field-school = School
tools-field-pickup = Who picks up
tools-field-caregiver = Who takes care
tools-field-child-medical = Medical needs
tools-field-contact-name = Name
tools-field-relation = Relation
tools-field-lawyer-name = Lawyer
tools-field-organization = Organization
tools-field-medical = Medical needs
tools-field-medications = Medicines
tools-field-papers-location = Where the papers are
tools-field-money = Money and rent
tools-field-call = Call
tools-field-hours = Hours
tools-field-checked = Checked on
tools-field-as-of = Counted back from
tools-field-window = The two years
tools-field-earliest = First paper
tools-field-latest = Last paper
tools-field-covered-days = Days shown by papers
tools-field-from = From
tools-field-to = To
tools-field-date = Date (one day)
tools-field-days = Days
tools-field-where-gap = Where
tools-field-month = Month
tools-field-shown = Shown by a paper
tools-field-papers = Papers
tools-field-number = No.
tools-field-kind = Kind of paper
tools-field-dates = Dates
tools-field-description = Description
tools-field-kept-at = Kept where
tools-field-when = When
tools-field-where = Where
tools-field-agency = Agency
tools-field-written-by = Written by
tools-field-what-happened = What happened
tools-field-paper-shown = Was a paper shown?
tools-field-paper = The paper
tools-field-warrant-check = What Amparo's warrant check said
tools-field-injuries = Injuries
tools-field-recordings = Photos and videos, kept where
tools-field-officer-name = Officer's name
tools-field-badge = Badge number
tools-field-plate = License plate
tools-field-state = State
tools-field-witness-name = Witness

## Lines to say (the card, the plan)

tools-say-heading = Lines to say in English
tools-say-lawyer = I want to speak to my lawyer.
tools-say-sign = I will not sign anything without my lawyer.
tools-say-fear = I am afraid to return to my country.

## The family plan

tools-plan-title = Family plan
tools-plan-intro = Keep this plan where your family can find it, and give a copy to the people named in it. Update it when something changes.
tools-plan-person-heading = To find me
tools-plan-children-heading = The children
tools-plan-contacts-heading = Emergency contacts
tools-plan-lawyer-heading = The lawyer
tools-plan-more-heading = Health, papers and money

tools-gol-title = Option 1: a person in parental relation
tools-gol-intro = A signed paper that lets a person you choose make school and medical decisions for your children while you cannot. It does not give away custody.
tools-gol-writing = It is written, with your name, the chosen person's name, and each child's name.
tools-gol-signed = You sign it and write the date you sign.
tools-gol-over-30 = If it is for more than 30 days, it must also have:
tools-gol-addresses = Your address and phone number, and the chosen person's.
tools-gol-birth-dates = Each child's date of birth.
tools-gol-start = The day it starts, or the event that starts it (for example: "if I am detained").
tools-gol-consent = The chosen person's written agreement.
tools-gol-no-order = A statement that no court order stops you from making it.
tools-gol-notary = Your signature before a notary.
tools-gol-limits = What to know:
tools-gol-twelve-months = It lasts at most 12 months. If it names no period, it lasts 30 days, or 12 months if it has everything above.
tools-gol-both-parents = If a court ordered that both parents decide school or health matters together, both must agree to it.
tools-gol-ends = It ends if you die or lose the capacity to decide. Your own decision always comes before the chosen person's.
tools-gol-no-custody = It does not change your child's school district, and the chosen person does not have to pay for the child.
tools-gol-copies = Give copies to the school, the doctors and the health plan.

tools-sg-title = Option 2: a standby guardian
tools-sg-intro = A person you choose who becomes your children's guardian if you are arrested, detained or deported by immigration (the law calls it "administrative separation"), or if you die or lose capacity.
tools-sg-writing = A written designation names the standby guardian, and if you want, a second person in case the first cannot.
tools-sg-witnesses = You sign it before two witnesses, who sign it too. The standby guardian cannot be one of them.
tools-sg-starts = After an immigration arrest or detention, it starts when the standby guardian has proof of it (for example an ICE paper) and your signed designation.
tools-sg-sixty-days = From then, the standby guardian can act for 60 days, and must ask the Surrogate's Court (not Family Court) to be named guardian within that time.
tools-sg-parent-keeps = You remain the parent. You can change or cancel it.
tools-sg-help = The law has an optional form for it. A free legal aid lawyer can help you fill it in.

tools-family-title = Also
tools-family-intro = Small things that help on the worst day.
tools-family-school = Tell the school who may pick up your children, on its emergency contact card.
tools-family-papers = Keep copies of birth certificates, passports and this plan with the person who will care for your children.
tools-family-numbers = Everyone learns two phone numbers by heart: a family member's and the lawyer's.
tools-family-money = Put some money aside, and tell someone you trust how to pay the rent.
tools-family-medicine = Leave a bag with a week of your medicines with someone you trust.
tools-family-presence = If you have been in the U.S. for more than two years, collect papers that show it, and keep copies where your family can reach them.
tools-family-both = You can make both options. Ask a free legal aid lawyer which fits your family.

## Messages written ahead

tools-messages-heading = Messages written ahead
tools-messages-intro = Ready to send if you are detained. Nothing is sent unless you press send on your own phone.
tools-messages-page-intro = Each link opens your phone's own text messages or e-mail with the message ready. Amparo sends nothing. Save this page or copy the texts somewhere safe.
tools-messages-sms = Open in my text messages
tools-messages-mail = Open in my e-mail
tools-msg-subject = I have been detained
tools-msg-detained = I have been detained by immigration.
tools-msg-call-lawyer = Please call my lawyer { $lawyer } at { $phone }.
tools-msg-call-lawyer-no-phone = Please call my lawyer, { $lawyer }.
tools-msg-a-number = My A-number is { $a_number }.
tools-msg-children = Please follow our family plan for the children.
tools-msg-from = — { $name }
tools-msg-to-lawyer = This is { $name }. I have been detained by immigration. Please find me and represent me.
tools-msg-born = I was born on { $date }.

## The "if I am detained" card

tools-card-title = If I am detained
tools-card-back-title = To the officers

## Someone was taken

tools-taken-title = Someone was taken
tools-taken-intro = Act in the first hours. Stay calm, write down what you know, and do these steps in order.
tools-taken-search-with = Search with
tools-taken-find-heading = 1. Find where they are held
tools-taken-locator = Search ICE's Online Detainee Locator at { $url }: with the A-number and the country of birth, or with the full legal name and the country of birth.
tools-taken-exact-name = Type the name exactly as on immigration papers, with accents and hyphens. If nothing comes up, try other spellings and the date of birth.
tools-taken-nine-digits = The A-number has 9 digits: put a 0 in front of an 8-digit number.
tools-taken-not-shown = It may not show the person yet: entries can come hours or days after an arrest or a transfer. It does not show children under 18, or people released more than 60 days ago.
tools-taken-locator-privacy = The locator records your internet address. ICE says it does not use it for enforcement.
tools-taken-case-heading = 2. Check the case
tools-taken-eoir = Call the immigration courts' automated line, { $phone }, with the A-number: it tells the next hearing and the judge's decisions. It says nothing about bond, and expedited removal orders are not on it.
tools-taken-help-heading = 3. Call for help in New York City
tools-taken-help-pending = Free legal help lines, each checked at its source, are on Amparo's "Get help" page. Call one the same day.
tools-taken-lawyer-heading = 4. A lawyer, in the first hours
tools-taken-lawyer-now = Call the lawyer in the family plan, or a free legal help line, at once. A lawyer can find where the person is held, tell ICE that they represent them, and ask for release.
tools-taken-habeas = A lawyer can also ask a federal court to review the detention (habeas corpus). It is filed where the person is held, so act before a transfer out of New York.
tools-taken-fear = If the person is afraid to return to their country, they must say so clearly. In expedited removal, an officer must then send them to an asylum officer instead of removing them at once.
tools-taken-presence = If they have been in the U.S. for more than two years, bring papers that show it to the lawyer quickly: the person must prove it to avoid expedited removal, and may ask for time to get the papers.
tools-taken-consulate-heading = 5. The consulate
tools-taken-consulate = The consulate of the person's country can help find them and contact them. The person may choose not to contact it.
tools-taken-consulate-must = For some countries (for example China, Russia and Poland) ICE must tell the consulate even if the person does not want it. If the person fears their government, tell the lawyer at once.
tools-taken-children-heading = 6. The children
tools-taken-standby = If the parent named a standby guardian, that person can act as the children's guardian for 60 days, and must ask the Surrogate's Court to be named guardian within that time.
tools-taken-designation = A designation of a person in parental relation lets that person deal with the school and the doctors. Show it to them.
tools-taken-ready-heading = 7. Have this ready
tools-taken-ready = The person's full legal name, A-number, date and country of birth; where and when they were taken; the family plan; the lawyer's name and number; papers that show two years in the U.S.; their medicines and medical needs.

## Proof of two years

tools-presence-title = Proof of two years in the U.S.
tools-presence-intro = Expedited removal lets officers deport a person without a judge if the person cannot show two years in the U.S. List your papers with their dates: Amparo shows which months they cover and where the gaps are.
tools-presence-covers = Your papers show presence from { $from } to { $to } with no stretch longer than { $limit } days without a paper.
tools-presence-not-covered = Your papers do not show all of { $from } to { $to }: { $count ->
    [one] there is one gap
   *[other] there are { $count } gaps
} (see below).
tools-presence-not-legal = This shows what your papers show. It is not a legal decision: an officer or a judge decides, and a lawyer can tell you what your papers are worth.
tools-presence-gaps-heading = Gaps
tools-presence-months-heading = Month by month
tools-presence-index-heading = Index of papers
tools-presence-rule-heading = How gaps are counted
tools-presence-rule = A gap is a stretch of more than { $limit } days that no paper covers, or the start of the two years before your first paper. No rule says how often papers must show presence; { $limit } days is the longest absence that the immigration law accepts in its other rule on continuous presence, so a longer stretch is one an officer could question.
tools-presence-kinds-heading = Papers that can show presence
tools-presence-keep = Keep copies in a safe place your family can reach, and a copy on your phone or in your e-mail. Carrying papers has risks too: ask a lawyer what to carry. If you are detained, you may ask for time to get your papers or to have someone bring them.
tools-month-covered = Yes
tools-month-gap = No
tools-gap-no-papers = No papers
tools-gap-before-first-paper = Before the first paper
tools-gap-between-papers = Between papers
tools-gap-after-last-paper = After the last paper
tools-kind-lease = Lease
tools-kind-rent_receipt = Rent receipt
tools-kind-pay_stub = Pay stub
tools-kind-tax_return = Tax return
tools-kind-utility_bill = Utility bill (electricity, gas, water)
tools-kind-phone_bill = Phone or internet bill
tools-kind-bank_statement = Bank statement
tools-kind-money_transfer = Money transfer receipt
tools-kind-medical_record = Medical record
tools-kind-school_record = School record (yours or your child's)
tools-kind-religious_record = Record from a place of worship
tools-kind-mail = Letter addressed to you
tools-kind-id_card = ID card issued in the U.S. (for example IDNYC)
tools-kind-court_record = Court record
tools-kind-child_birth_certificate = Birth certificate of a child born in the U.S.
tools-kind-employment_letter = Letter from an employer
tools-kind-other = Other paper with a date

## The encounter record

tools-record-title = Record of an encounter
tools-record-intro = Written for a lawyer. Write only what you saw and heard yourself.
tools-record-officers-heading = Officers
tools-record-vehicles-heading = Vehicles
tools-record-witnesses-heading = Witnesses
tools-record-ag-heading = To report it to the New York Attorney General
tools-record-ag-intro = The Attorney General's "Federal Action Reporting Form" accepts reports of immigration enforcement. Sending one is your choice. What you send may be used in public reports and in court. If you were the one arrested, talk to your lawyer first. These are the form's fields and what you could copy into them:
tools-ag-when = Date and time
tools-ag-where = Location
tools-ag-description = Description of what happened
tools-ag-media = Photos, videos or links
tools-ag-contact = Your contact information (optional)
tools-ag-your-choice = Your choice: leave it empty if you prefer.
tools-record-keep = Keep this record and your videos in a safe place, and give a copy to your lawyer.

## Web pages

tools-home-heading = Before and after
tools-plan-link-hint = Who picks up the children, numbers, the lawyer — on paper, in your language.
tools-card-link-hint = Name, A-number, two numbers and your lawyer, with the lines to say in English.
tools-taken-link-hint = How to find a detained relative, and what to do in the first hours.
tools-presence-link-hint = Which months your papers cover, and where the gaps are.
tools-record-link-hint = Write down what happened, for a lawyer.
tools-see-also = Tools for this
tools-plan-page-intro = Fill in only what you want on paper: just the name is needed. Then make the plan, the wallet card, the messages, or the sheet for "someone was taken".
tools-record-page-intro = Write it down as soon as you can, while you remember. Only when and where, and what happened, are needed.
tools-paper-size = Paper
tools-form-person = The person this plan is for
tools-form-child = Child { $number }
tools-form-contact = Emergency contact { $number }
tools-form-lawyer = Lawyer
tools-form-more = Health, papers and money
tools-form-say-fear = Put "I am afraid to return to my country" on my card
tools-form-paper = Paper { $number }
tools-form-officer = Officer { $number }
tools-form-vehicle = Vehicle { $number }
tools-form-witness = Witness { $number }
tools-form-encounter = The encounter
tools-form-what = What happened
tools-form-taken-intro = Fill in what you know to print this sheet with it. Nothing is kept.
tools-make-plan = Make the plan (PDF)
tools-make-card = Make the wallet card (PDF)
tools-make-messages = Write the messages
tools-make-taken = Make the "someone was taken" sheet (PDF)
tools-make-presence = Check my papers
tools-make-presence-pdf = Print the index of papers (PDF)
tools-make-record = Make the record (PDF)
tools-make-record-json = Download the record for a lawyer (JSON)
tools-errors-heading = Please check these fields:
tools-privacy-heading = What is kept, and where
tools-privacy-server = When you press a button, what you typed goes to Amparo's server, which makes your paper in memory and forgets it. Nothing is saved on the server, nothing is written to a log, and no cookie is set.
tools-privacy-paper = The paper you download has private details. Keep it where only people you trust can find it.
tools-privacy-draft = On phones that allow it, you can also keep a draft on this phone only, locked with a passphrase you choose. Amparo never receives it, and cannot open it.
tools-draft-legend = Draft on this phone
tools-draft-passphrase = Passphrase (at least 8 characters; if you forget it, the draft cannot be opened)
tools-draft-save = Save the draft on this phone
tools-draft-open = Open the draft
tools-draft-delete = Delete the draft
tools-draft-saved = Saved on this phone, locked with your passphrase.
tools-draft-opened = The draft is open.
tools-draft-deleted = The draft is deleted from this phone.
tools-draft-wrong = Wrong passphrase, or the draft is damaged.
tools-draft-none = There is no draft on this phone.
tools-draft-short = The passphrase is too short.
tools-draft-working = Working…

## Errors (the field's name comes first)

tools-error-required = This is needed.
tools-error-shape = This is not in the expected form ({ $value }).
tools-error-not-a-date = "{ $value }" is not a date.
tools-error-not-a-date-time = "{ $value }" is not a date and time.
tools-error-future-date = { $value } is in the future. The latest day possible is { $latest }.
tools-error-too-old = { $value } is too long ago.
tools-error-ends-before-start = It ends ({ $to }) before it starts ({ $from }).
tools-error-date-or-range = Give one date, or a "from" and a "to" date.
tools-error-a-number = "{ $value }" is not an A-number: it has 8 or 9 digits.
tools-error-phone = "{ $value }" is not a phone number: 10 digits in the U.S., or + and the country code.
tools-error-email = "{ $value }" is not an e-mail address.
tools-error-plate = "{ $value }" is not a license plate.
tools-error-unknown = "{ $value }" is not one of the choices.
tools-error-too-long = This is too long: { $max } characters at most.
tools-error-too-many = Too many: { $max } at most.
tools-error-control-character = This contains a character that cannot be printed.
