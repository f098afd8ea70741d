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
ui-warrant-q-top = What is printed at the top of the paper?
ui-warrant-q-corner = What is printed in the bottom corner (a form number such as I-200 or AO 442)?
ui-warrant-q-signature = What is printed under the signature (name and title)?
ui-warrant-q-names = Whose name and which address are on it?
ui-warrant-your-name = Your name (optional, not stored)
ui-warrant-your-address = This address (optional, not stored)
ui-warrant-upload = Or upload a photo or PDF of the paper
ui-warrant-upload-note = The file is read in memory and never stored.
ui-check = Check
ui-result = Result
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
