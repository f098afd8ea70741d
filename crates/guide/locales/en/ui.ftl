### Amparo web app: interface words (navigation, the warrant-check form, the privacy page, errors). English,
### the source text. Every message here has the `ui-` prefix; the list of ids is in crates/web/src/ui.rs.
### For translators: plain words, short sentences, for a frightened reader. Keep "Amparo" and form numbers
### (I-200, AO 442) as they are.

## Navigation

ui-choose-language = Choose your language
ui-door-now = Agents at the door right now?
ui-door-now-hint = What to do and say, on one screen.
ui-check-warrant = Check a warrant or paper
ui-check-warrant-hint = Is it signed by a judge? What does it allow?
ui-detainer = Detainer checker (for lawyers and city staff)
ui-detainer-note = This checker is for lawyers and city staff; it is in English, the language of the law.
ui-privacy = Privacy
ui-languages = Languages
ui-read-aloud = Read aloud
ui-all-scenarios = All situations
ui-offline-note = Once opened, these pages also work without a connection on this device.

## The warrant check

ui-warrant-title = Check a warrant or paper
ui-warrant-intro = Do not open the door. Ask them to slide the paper under the door or hold it to the window. Then answer what you see, or upload a photo.
ui-warrant-your-name = Your name (optional, not stored)
ui-warrant-your-address = This address (optional, not stored)
ui-warrant-upload = Or upload a photo or PDF of the paper
ui-warrant-upload-note = The file is read in memory and never stored.
ui-check = Check
ui-back = Back

## Privacy

ui-privacy-title = Privacy
ui-privacy-1 = Amparo keeps nothing about you. It sets no cookies, runs no analytics, and loads nothing from any other website.
ui-privacy-2 = A photo, PDF or text you send to check a paper is read in memory to answer you and then dropped. It is never written to disk or to a log.
ui-privacy-3 = The server writes no log of who visited or what they looked at: no addresses, no pages, no content.
ui-privacy-4 = After your first visit, your phone can keep this language's pages so they open without a connection. They stay on your device.
ui-privacy-5 = Amparo is free software. Anyone can run it on their own computer and check what it does.

## Errors

ui-not-found = This page does not exist.
ui-error = Something went wrong. Nothing you sent was kept.
ui-warrant-unavailable = This check could not read the paper. Nothing you sent was kept.
ui-warrant-top-bottom = Only the top and bottom of the photo were read: enough to tell what the paper is. Give your name and address to have the names on it checked.
ui-doc-empty = The file is empty. Send a photo or a PDF of the paper, or answer the questions instead.
ui-doc-too-large = The file or photo is too large. Send a smaller photo.
ui-doc-unreadable = Amparo cannot read this file. Send a photo (JPEG, PNG, WebP) or a PDF, or answer the questions instead.
ui-doc-pdf = Amparo cannot read this PDF: it is locked with a password, or it is a scan. Send a photo of the paper, or answer the questions instead.
ui-doc-failed = Reading the paper failed or took too long. Try again with a clearer photo, or answer the questions instead.

## Warrant check result

ui-appears = This paper appears to be:
ui-kind-federal_arrest_warrant = A federal court arrest warrant (form AO 442)
ui-kind-federal_search_warrant = A federal court search warrant (form AO 93)
ui-kind-state_arrest_warrant = A New York court arrest warrant
ui-kind-state_search_warrant = A New York court search warrant
ui-kind-ice_arrest_warrant = An ICE arrest warrant (Form I-200), signed by an immigration officer
ui-kind-ice_removal_warrant = An ICE warrant of removal (Form I-205), signed by an immigration officer
ui-kind-ice_detainer = An ICE detainer (Form I-247A): a request to a jail or the police
ui-kind-ice_custody_order = An ICE order to detain or release a person (Form I-203)
ui-kind-notice_to_appear = A Notice to Appear (Form I-862): it starts a case in immigration court
ui-kind-immigration_court_order = An order of an immigration judge (not a court warrant)
ui-kind-administrative_subpoena = A subpoena from the Department of Homeland Security
ui-kind-superior_court_arrest_warrant = A New York Supreme Court or County Court warrant of arrest (on an indictment)
ui-kind-search_warrant_application = An application for a search warrant (form AO 106): a request to a judge, not a warrant
ui-kind-unknown = Amparo could not tell what this paper is.
ui-judicial-yes = It is a judicial warrant: a judge of a court signed it.
ui-judicial-no = It is NOT a judicial warrant: it is not a warrant signed by a judge of a court.
ui-judicial-unknown = Amparo cannot tell whether a judge of a court signed it.
ui-entry-yes = It can allow officers to enter and search the place it names, within its dates and hours.
ui-entry-limited = It can allow officers to enter the named person's own home if they believe the person is inside. It does not allow them into someone else's home.
ui-entry-no = By itself, it does NOT allow officers to enter your home without your consent.
ui-entry-contested = ICE says this paper allows forced entry. Courts have not settled this. Do not consent, and do not resist physically.
ui-entry-doubtful = A judge signed it, but it may not allow entry here now: its address, dates or hours do not seem to fit. Do not resist: a court decides.
ui-entry-unknown = Amparo cannot tell what this paper allows.
ui-what-to-do = What to do and say
ui-evidence = What Amparo read on the paper
ui-how-decided = How this was decided
ui-check-another = Check another paper

## Printable cards

ui-cards-title = Printable cards
ui-cards-intro = Paper works when phones do not. Print these and keep them by the door or in your wallet.
ui-cards-wallet = Wallet cards (a sheet of 10, print on both sides)
ui-cards-door = Door sign
ui-cards-large = Large print
ui-cards-letter = Letter
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = Checked on this phone — nothing was sent.
ui-ran-server = Checked by the server — not stored.
ui-ondevice-title = Check on this phone
ui-ondevice-intro = The check can run on this phone itself: what you type, choose or photograph is not sent anywhere. Once kept, it works without a connection.
ui-ondevice-size = Size, downloaded once (typed text and the questions; then reading photos as well):
ui-ondevice-keep = Keep for offline use
ui-ondevice-kept = Kept on this phone: the check works without a connection.
ui-ondevice-text = The paper's text (type or paste it)
ui-ondevice-check = Check on this phone
ui-ondevice-photo = Photo of the paper (read on this phone)
ui-ondevice-reading = Reading on this phone…
ui-ondevice-failed = The check could not run on this phone. Use the server's check below.
