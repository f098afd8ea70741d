//! The guide's promises, checked against the embedded data and every locale.

use std::collections::BTreeSet;

use amparo_guide::{Direction, Guide, GuideError, LegalStatus, RenderedScenario, TranslationStatus, lint};
use chrono::NaiveDate;

const SCENARIOS: [&str; 15] = [
    "home",
    "street",
    "car",
    "work",
    "court",
    "immigration-court",
    "school",
    "places",
    "city-services",
    "detained",
    "criminal",
    "travel",
    "filming",
    "prepare",
    "after",
];

const LOCALES: [&str; 12] = [
    "en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
];

const KEY_POINTS: [&str; 10] = [
    "kp-judicial-warrant",
    "kp-agents-may-lie",
    "kp-remain-silent",
    "kp-free-to-go",
    "kp-film",
    "kp-stay-calm",
    "kp-do-not-run",
    "kp-do-not-resist",
    "kp-do-not-lie",
    "kp-do-not-obstruct",
];

/// The advice ids the warrant check returns (the law crate pins them to the issue's list).
fn advice_ids() -> Vec<&'static str> {
    amparo_law::warrant::AdviceId::ALL.iter().map(|a| a.id()).collect()
}

fn guide() -> &'static Guide {
    Guide::get()
}

#[test]
fn loads_with_the_scenarios_and_locales_of_the_issue() {
    let g = Guide::load().expect("embedded guide data is valid");
    assert_eq!(g.scenario_ids(), SCENARIOS);
    assert_eq!(g.locale_ids(), LOCALES);
}

#[test]
fn guide_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Guide>();
}

#[test]
fn every_statement_is_cited_and_every_citation_resolves() {
    let g = guide();
    let mut checked = 0;
    let advice: Vec<_> = g
        .advice_ids()
        .iter()
        .map(|id| g.advice_item(id, "en").expect("advice renders"))
        .collect();
    for s in g.statements() {
        assert!(!s.cite.is_empty(), "{} has no citation", s.id);
        for c in &s.cite {
            assert!(
                amparo_law::authorities().get(c).is_some(),
                "{} cites unknown authority {c}",
                s.id
            );
        }
        checked += 1;
    }
    for a in &advice {
        assert!(!a.citations.is_empty(), "advice {} has no citation", a.id);
    }
    assert!(checked >= 60, "only {checked} statements");
}

#[test]
fn every_cited_authority_has_a_source_url() {
    // Authorities the guide cites must say where their text was read (the ICE memo of 2025 is known only from
    // reports; its record lives in warrant.toml and is the one allowed exception while it has no url).
    let g = guide();
    let mut cited = BTreeSet::new();
    for s in g.statements() {
        cited.extend(s.cite.iter().cloned());
    }
    for id in g.advice_ids() {
        let a = g.advice_item(id, "en").expect("advice renders");
        cited.extend(a.citations.iter().map(|c| c.id.clone()));
    }
    for id in cited {
        let a = amparo_law::authorities().get(&id).expect("resolves");
        if id == "ice-memo-2025-05-12" {
            assert!(a.note.is_some(), "the contested memo must carry its caveat");
            continue;
        }
        // A subdivision may rely on its section's record (e.g. nyc-admin-14-154-b-1 → nyc-admin-14-154).
        let mut with_url = Some(id.as_str());
        while let Some(candidate) = with_url {
            match amparo_law::authorities().get(candidate) {
                Some(x) if x.url.is_some() => break,
                _ => with_url = candidate.rsplit_once('-').map(|(head, _)| head),
            }
        }
        assert!(with_url.is_some(), "{id} has no url, nor has any section it belongs to");
    }
}

#[test]
fn no_locale_misses_or_adds_a_key_or_changes_a_placeholder() {
    let problems = lint::locale_problems();
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "{} problems:\n{}", list.len(), list.join("\n"));
}

#[test]
fn every_locale_has_the_guide_and_the_interface_words_each_in_its_own_file() {
    assert_eq!(
        amparo_guide::RESOURCES,
        ["guide.ftl", "ui.ftl", "help.ftl", "tools.ftl"]
    );
    for locale in LOCALES {
        for file in amparo_guide::RESOURCES {
            let (_, _, ftl) = amparo_guide::LOCALE_FILES
                .iter()
                .find(|(l, f, _)| *l == locale && f == file)
                .unwrap_or_else(|| panic!("locales/{locale}/{file} is not embedded"));
            let messages = lint::message_variables(ftl).unwrap_or_else(|e| panic!("{locale}/{file}: {e}"));
            assert!(!messages.is_empty(), "{locale}/{file} is empty");
            for id in messages.keys() {
                // The web app's words (`ui-*`) live in ui.ftl, and only there; the tools' (`tools-*`) in tools.ftl.
                assert_eq!(id.starts_with("ui-"), *file == "ui.ftl", "{locale}/{file}: {id}");
                assert_eq!(id.starts_with("tools-"), *file == "tools.ftl", "{locale}/{file}: {id}");
            }
        }
    }
    // Both files are in the one bundle of each locale.
    let g = guide();
    for locale in LOCALES {
        assert!(g.has_message(locale, "guide-title") && g.has_message(locale, "ui-privacy-title"));
        assert_ne!(
            g.message(locale, "ui-warrant-unavailable").expect("ui message"),
            g.message(locale, "ui-error").expect("ui message")
        );
    }
    assert!(!g.has_message("en", "ui-no-such-word") && !g.has_message("de", "ui-error"));
}

#[test]
fn every_scenario_renders_in_every_locale() {
    let g = guide();
    for locale in LOCALES {
        for id in SCENARIOS {
            let r = g.render(id, locale).unwrap_or_else(|e| panic!("{id} in {locale}: {e}"));
            assert_eq!(r.id, id);
            assert_eq!(r.locale, locale);
            assert!(!r.title.is_empty() && !r.intro.is_empty());
            assert!(!r.sections.is_empty(), "{id} has no sections");
            for sec in &r.sections {
                assert!(!sec.heading.is_empty());
                assert!(!sec.statements.is_empty(), "{id}/{} is empty", sec.id);
                for st in &sec.statements {
                    assert!(!st.text.trim().is_empty(), "{id}/{} in {locale}", st.id);
                    assert!(!st.citations.is_empty());
                    assert!(
                        st.reviewed >= NaiveDate::from_ymd_opt(2026, 11, 26).expect("date"),
                        "{}: reviewed {}",
                        st.id,
                        st.reviewed
                    );
                    assert!(!st.status.text.is_empty(), "{}: no status text in {locale}", st.id);
                    if let Some(say) = &st.say {
                        assert!(!say.text.is_empty() && say.english.is_ascii());
                    }
                }
            }
            assert!(!r.disclaimer.is_empty() && !r.status.is_empty());
        }
        let list = g.scenario_list(locale).expect("table of contents");
        assert_eq!(list.len(), SCENARIOS.len());
    }
}

#[test]
fn the_ten_key_points_are_present_and_translated_in_every_locale() {
    let g = guide();
    assert_eq!(g.key_point_ids(), KEY_POINTS);
    let english = g.key_points("en").expect("en");
    for locale in LOCALES {
        let points = g.key_points(locale).expect("key points render");
        assert_eq!(points.len(), 10, "{locale}");
        for (p, en) in points.iter().zip(&english) {
            assert!(p.key_point);
            assert!(p.text.chars().count() > 20, "{locale}: {} too short", p.id);
            if locale != "en" {
                assert_ne!(p.text, en.text, "{locale}: {} is not translated", p.id);
            }
        }
    }
    // Prominent: the home scenario opens with the door and carries the warrant point; every key point appears
    // in at least one scenario.
    let mut used = BTreeSet::new();
    for sc in g.scenarios() {
        for sec in &sc.section {
            used.extend(sec.statements.iter().map(String::as_str));
        }
    }
    for kp in KEY_POINTS {
        assert!(used.contains(kp), "{kp} is in no scenario");
    }
}

#[test]
fn the_english_key_points_say_what_the_issue_requires() {
    let g = guide();
    let text: Vec<String> = g
        .key_points("en")
        .expect("en")
        .into_iter()
        .map(|p| format!("{} {}", p.text, p.say.map(|s| s.english).unwrap_or_default()))
        .collect();
    let expect = [
        ("kp-judicial-warrant", "warrant signed by a judge"),
        ("kp-agents-may-lie", "police"),
        ("kp-remain-silent", "right to remain silent"),
        ("kp-free-to-go", "Am I free to go?"),
        ("kp-film", "as long as you do not interfere"),
        ("kp-stay-calm", "Stay calm"),
        ("kp-do-not-run", "Do not run"),
        ("kp-do-not-resist", "Do not resist"),
        ("kp-do-not-lie", "do not show false documents"),
        ("kp-do-not-obstruct", "Do not block"),
    ];
    for ((id, phrase), t) in expect.iter().zip(&text) {
        assert!(t.contains(phrase), "{id}: {t:?} lacks {phrase:?}");
    }
}

#[test]
fn the_nuances_are_stated() {
    let g = guide();
    let street = g.render("street", "en").expect("street");
    let carry = find(&street, "street-carry-papers");
    assert!(carry.text.contains("18 or older") && carry.text.contains("carry"));
    assert!(carry.citations.iter().any(|a| a.id == "usc-8-1304-e"));
    let home = g.render("home", "en").expect("home");
    let i205 = find(&home, "home-i205");
    assert!(i205.text.contains("I-205") && i205.text.contains("final removal order"));
    assert!(i205.text.contains("challenged in court") && i205.text.contains("do not resist"));
    assert!(i205.citations.iter().any(|a| a.id == "ice-memo-2025-05-12"));
    assert_eq!(i205.status.id, LegalStatus::InLitigation);
    // A paper naming DHS is not by itself an ICE form (review item 7).
    let check = find(&home, "home-check-warrant");
    assert!(
        check
            .text
            .contains("can name ICE or the Department of Homeland Security")
    );
    assert!(!check.text.contains("says \"Department of Homeland Security\""));
}

/// The two dangerous statements of the December 2026 review are gone in every locale: the silence advice
/// now tells people to say they fear return, with the English line to say, and the consulate statement names
/// the countries whose consulates ICE must tell even if the person objects (8 C.F.R. § 236.1(e)).
#[test]
fn the_fear_line_and_the_consulate_rule_are_in_every_locale() {
    let g = guide();
    // The name of China in each locale: the old consulate statement named no country at all.
    let china = [
        ("en", "China"),
        ("es", "China"),
        ("zh-Hans", "中国"),
        ("zh-Hant", "中國"),
        ("ru", "Китай"),
        ("bn", "চীন"),
        ("ht", "Lachin"),
        ("ko", "중국"),
        ("ar", "الصين"),
        ("ur", "چین"),
        ("fr", "Chine"),
        ("pl", "Chiny"),
    ];
    for (locale, word) in china {
        let kp = g
            .key_points(locale)
            .expect("key points")
            .into_iter()
            .find(|p| p.id == "kp-remain-silent")
            .expect("silence point");
        assert!(
            kp.text.contains("I am afraid to return to my country."),
            "{locale}: the silence point lacks the English fear line"
        );
        let detained = g.render("detained", locale).expect("detained");
        let fear = find(&detained, "detained-fear");
        assert_eq!(
            fear.say.as_ref().expect("say").english,
            "I am afraid to return to my country."
        );
        let consulate = find(&detained, "detained-consulate");
        assert!(consulate.text.contains(word), "{locale}: {}", consulate.text);
        assert!(consulate.text.contains("ICE"), "{locale}: {}", consulate.text);
        assert!(consulate.citations.iter().any(|a| a.id == "cfr-8-236-1-e"));
    }
    // And the English says what the rule says.
    let en = g.render("detained", "en").expect("detained");
    let text = &find(&en, "detained-consulate").text;
    assert!(text.contains("must tell the consulate even if you do not want it"));
    assert!(text.contains("Russia") && text.contains("Poland") && text.contains("not Taiwan passports"));
}

/// Every statement carries a status; one in litigation names its case; the status is told in plain words in
/// every locale, not in English (except the English locale), and differently for each status.
#[test]
fn every_statement_has_a_status_told_in_each_language() {
    let g = guide();
    let mut seen = BTreeSet::new();
    for s in g.statements() {
        seen.insert(s.status);
        match s.status {
            LegalStatus::InLitigation => {
                let case = s.case.as_deref().unwrap_or_else(|| panic!("{} names no case", s.id));
                assert!(amparo_law::authorities().get(case).is_some(), "{}: {case}", s.id);
            }
            LegalStatus::Settled | LegalStatus::Reported => assert!(s.case.is_none(), "{}", s.id),
            LegalStatus::Contested => {}
        }
    }
    assert_eq!(seen.len(), 4, "the guide uses every status: {seen:?}");
    for locale in LOCALES {
        let texts: BTreeSet<String> = LegalStatus::ALL
            .iter()
            .map(|st| g.status_text(locale, *st).expect("status text"))
            .collect();
        assert_eq!(texts.len(), 4, "{locale}: two statuses read the same");
        if locale != "en" {
            for st in LegalStatus::ALL {
                assert_ne!(
                    g.status_text(locale, st).expect("status"),
                    g.status_text("en", st).expect("status"),
                    "{locale}: {st:?} is not translated"
                );
            }
        }
        let court = g.render("immigration-court", locale).expect("immigration court");
        let order = find(&court, "court-arrests-order");
        assert_eq!(order.status.id, LegalStatus::InLitigation);
        assert_eq!(order.status.case.expect("case").id, "castel-court-arrests-2026");
        assert_eq!(
            order.status.text,
            g.status_text(locale, LegalStatus::InLitigation).expect("text")
        );
    }
    // In the JSON the status is an object with the stable id, the words and the case.
    let court = g.render("immigration-court", "es").expect("court");
    let v = serde_json::to_value(find(&court, "court-arrests-order")).expect("JSON");
    assert_eq!(v["status"]["id"], "in_litigation");
    assert_eq!(v["status"]["text"], "Los tribunales todavía están decidiendo esto.");
    assert_eq!(v["status"]["case"]["id"], "castel-court-arrests-2026");
    let settled = serde_json::to_value(g.key_points("en").expect("kp").remove(3)).expect("JSON");
    assert_eq!(settled["status"]["id"], "settled");
    assert!(settled["status"].get("case").is_none());
}

fn find<'a>(r: &'a RenderedScenario, id: &str) -> &'a amparo_guide::RenderedStatement {
    r.sections
        .iter()
        .flat_map(|s| &s.statements)
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("{id} not in {}", r.id))
}

/// Never advise running, hiding, resisting or interfering: every English sentence that mentions one of these
/// also negates it.
#[test]
fn no_sentence_advises_running_hiding_resisting_or_interfering() {
    let g = guide();
    let words = ["run", "hide", "resist", "flee", "escape", "interfere", "block", "push"];
    let mut sentences = Vec::new();
    for sc in g.scenario_ids() {
        let r = g.render(sc, "en").expect("renders");
        for st in r.sections.iter().flat_map(|s| &s.statements) {
            sentences.extend(split_sentences(&st.text));
            if let Some(d) = &st.dont {
                // "Do not" lines are negative by construction; check them too.
                sentences.extend(split_sentences(d));
            }
        }
    }
    for id in g.advice_ids() {
        sentences.extend(split_sentences(&g.advice(id, "en").expect("advice")));
    }
    for s in sentences {
        let lower = s.to_lowercase();
        let mentions = lower.split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w));
        if mentions {
            assert!(
                lower.contains("not ") || lower.contains("never") || lower.contains("no power"),
                "sentence may advise a forbidden act: {s:?}"
            );
        }
    }
}

fn split_sentences(t: &str) -> Vec<String> {
    t.split_inclusive(['.', ':'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn arabic_and_urdu_are_right_to_left_and_the_others_left_to_right() {
    let g = guide();
    for info in g.locales().expect("locales") {
        let rtl = matches!(info.id, "ar" | "ur");
        assert_eq!(
            info.direction,
            if rtl { Direction::Rtl } else { Direction::Ltr },
            "{}",
            info.id
        );
        assert_eq!(g.render("home", info.id).expect("home").direction, info.direction);
    }
}

#[test]
fn every_locale_shows_its_status_in_its_own_language() {
    let g = guide();
    let english_status = g.message("en", "status-machine-assisted").expect("en");
    for info in g.locales().expect("locales") {
        assert!(!info.native_name.is_empty());
        if info.id == "en" {
            assert_eq!(info.status, TranslationStatus::Source);
        } else {
            assert_eq!(info.status, TranslationStatus::MachineAssisted, "{}", info.id);
            assert_ne!(info.status_text, english_status, "{}", info.id);
            assert_eq!(g.status_line(info.id).expect("status"), info.status_text);
        }
    }
}

#[test]
fn haitian_creole_plurals_fall_back_to_explicit_numeric_variants() {
    let g = guide();
    // intl_pluralrules has no rules for `ht`: the numeric variants and `*[other]` must carry the text, and
    // formatting must not report an error.
    assert_eq!(g.points_count("ht", 0).expect("0"), "pa gen pwen");
    assert_eq!(g.points_count("ht", 1).expect("1"), "1 pwen");
    assert_eq!(g.points_count("ht", 7).expect("7"), "7 pwen");
    assert_eq!(g.points_count("ht", 21).expect("21"), "21 pwen");
    // And CLDR rules still work where they exist.
    assert_eq!(g.points_count("en", 1).expect("en"), "1 point");
    assert_eq!(g.points_count("en", 2).expect("en"), "2 points");
    assert_eq!(g.points_count("pl", 1).expect("pl"), "1 punkt");
    assert_eq!(g.points_count("pl", 3).expect("pl"), "3 punkty");
    assert_eq!(g.points_count("pl", 5).expect("pl"), "5 punktów");
    assert_eq!(g.points_count("pl", 22).expect("pl"), "22 punkty");
    assert_eq!(g.points_count("ru", 21).expect("ru"), "21 пункт");
    assert_eq!(g.points_count("ru", 3).expect("ru"), "3 пункта");
    assert_eq!(g.points_count("ru", 11).expect("ru"), "11 пунктов");
    assert_eq!(g.points_count("ar", 2).expect("ar"), "نقطتان");
    assert_eq!(g.points_count("ar", 5).expect("ar"), "5 نقاط");
    assert_eq!(g.points_count("ar", 11).expect("ar"), "11 نقطة");
}

#[test]
fn unknown_scenario_locale_or_advice_is_an_error_listing_the_valid_ones() {
    let g = guide();
    match g.render("moon", "en") {
        Err(GuideError::UnknownScenario { id, valid }) => {
            assert_eq!(id, "moon");
            assert_eq!(valid, SCENARIOS);
        }
        other => panic!("expected UnknownScenario, got {other:?}"),
    }
    let e = g.render("home", "de").expect_err("German is not a locale");
    assert!(matches!(e, GuideError::UnknownLocale { .. }));
    let msg = e.to_string();
    assert!(msg.contains("\"de\"") && msg.contains("zh-Hant") && msg.contains("ht"));
    assert!(g.render("home", "not a tag!").is_err());
    assert!(g.render("home", "").is_err());
    assert!(matches!(
        g.advice("open-the-door", "en"),
        Err(GuideError::UnknownAdvice { .. })
    ));
}

#[test]
fn language_tags_resolve_to_the_nearest_locale() {
    let g = guide();
    for (asked, got) in [
        ("es", "es"),
        ("es-MX", "es"),
        ("ES", "es"),
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-hant", "zh-Hant"),
        ("zh_Hans", "zh-Hans"),
        ("fr-CA", "fr"),
        ("ht-HT", "ht"),
        ("ar-EG", "ar"),
    ] {
        assert_eq!(g.resolve_locale(asked).expect(asked), got, "{asked}");
    }
    assert!(g.resolve_locale("pt").is_err());
}

#[test]
fn every_advice_id_of_the_warrant_check_has_a_message_in_every_locale() {
    let g = guide();
    let ids: BTreeSet<&str> = g.advice_ids().into_iter().collect();
    let wanted: BTreeSet<&str> = advice_ids().into_iter().collect();
    assert_eq!(ids, wanted);
    for locale in LOCALES {
        for id in advice_ids() {
            let t = g.advice(id, locale).unwrap_or_else(|e| panic!("{id} in {locale}: {e}"));
            assert!(!t.trim().is_empty());
        }
        let dates = g.advice("check-dates", locale).expect("check-dates");
        // Bengali writes its numbers in Bengali digits.
        let (fourteen, ten) = if locale == "bn" {
            ("১৪", "১০")
        } else {
            ("14", "10")
        };
        assert!(dates.contains(fourteen) && dates.contains(ten), "{locale}: {dates}");
        let i205 = g.advice("i205-contested", locale).expect("i205");
        assert!(i205.contains("I-205"), "{locale}: {i205}");
    }
}

#[test]
fn the_door_card_back_is_english_for_the_officers() {
    let g = guide();
    let want = [
        "I am exercising my right to remain silent.",
        "I do not consent to a search.",
        "I do not consent to your entry.",
        "I will not sign anything without a lawyer.",
        "Please slide any warrant under the door.",
    ];
    for locale in LOCALES {
        let card = g.door_card(locale).expect("door card");
        let back: Vec<&str> = card.back.iter().map(|s| s.english.as_str()).collect();
        assert_eq!(back, want, "{locale}");
        assert!(card.front.len() >= 5);
        assert_eq!(card.check.len(), 3);
        if locale != "en" {
            for s in &card.back {
                assert_ne!(s.text, s.english, "{locale}: back line not translated");
            }
        }
    }
}

/// The English text and one right-to-left rendering, as a reader would see them (citations by id, so a
/// change to an authority's wording elsewhere does not churn these snapshots).
#[test]
fn snapshots() {
    let g = guide();
    insta::assert_snapshot!("home_en", plain(&g.render("home", "en").expect("home")));
    insta::assert_snapshot!("home_ar", plain(&g.render("home", "ar").expect("home")));
    let card = g.door_card("ur").expect("card");
    let mut s = format!("{}\n", card.title);
    for f in &card.front {
        s.push_str(&format!("- {}\n", f.text));
    }
    s.push_str(&format!("{}\n", card.back_title));
    for b in &card.back {
        s.push_str(&format!("- {} | {}\n", b.english, b.text));
    }
    insta::assert_snapshot!("door_card_ur", s);
}

fn plain(r: &RenderedScenario) -> String {
    let mut s = format!("{} [{}, {}]\n{}\n", r.title, r.locale, r.direction.as_str(), r.intro);
    for sec in &r.sections {
        s.push_str(&format!("\n## {}\n", sec.heading));
        for st in &sec.statements {
            s.push_str(&format!("- {}{}\n", if st.key_point { "(key) " } else { "" }, st.text));
            if let Some(say) = &st.say {
                s.push_str(&format!("  say: {} | {}\n", say.text, say.english));
            }
            if let Some(d) = &st.dont {
                s.push_str(&format!("  dont: {d}\n"));
            }
            let ids: Vec<&str> = st.citations.iter().map(|a| a.id.as_str()).collect();
            s.push_str(&format!("  cite: {} ({})\n", ids.join(", "), st.reviewed));
            let case = st.status.case.map(|c| format!(" [{}]", c.id)).unwrap_or_default();
            s.push_str(&format!("  status: {}{case}\n", st.status.text));
        }
    }
    s.push_str(&format!("\n{}\n{}\n", r.disclaimer, r.status));
    s
}

/// The contract with the warrant check: every advice id it can return has a message here.
#[test]
fn covers_every_advice_id_of_amparo_law_warrant() {
    let g = guide();
    for a in amparo_law::warrant::AdviceId::ALL {
        for locale in LOCALES {
            g.advice(a.id(), locale)
                .unwrap_or_else(|e| panic!("{} in {locale}: {e}", a.id()));
        }
    }
}

/// In right-to-left text a form number such as "I-200" is broken up by the bidi algorithm ("I- 200") unless
/// it is isolated (U+2066 … U+2069), in every renderer: HTML, typst and the terminal.
#[test]
fn form_numbers_in_right_to_left_text_are_isolated() {
    for (locale, file, text) in amparo_guide::LOCALE_FILES {
        if *locale != "ar" && *locale != "ur" {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        for (i, w) in chars.windows(3).enumerate() {
            let form = (w[0] == 'I' && w[1] == '-' && w[2].is_ascii_digit())
                || (w[0] == 'A' && w[1] == 'O' && (w[2] == ' ' || w[2].is_ascii_digit()));
            if form {
                assert!(
                    i > 0 && chars[i - 1] == '\u{2066}',
                    "{locale}/{file}: a form number without U+2066 before it at char {i}"
                );
            }
        }
    }
}

#[test]
fn bengali_numbers_are_written_in_bengali_digits() {
    let g = guide();
    let bn = g.points_count("bn", 17).expect("points");
    assert!(bn.contains("১৭"), "{bn}");
    assert!(!bn.chars().any(|c| c.is_ascii_digit()), "{bn}");
    let dates = g.advice("check-dates", "bn").expect("advice");
    assert!(!dates.chars().any(|c| c.is_ascii_digit()), "{dates}");
    assert!(dates.contains('১'), "{dates}");
    // Other locales keep their digits, and plurals still select on the number.
    assert!(g.points_count("es", 17).expect("points").contains("17"));
    assert_ne!(g.points_count("ru", 1).expect("1"), g.points_count("ru", 5).expect("5"));
}

#[test]
fn speak_for_me_has_the_same_lines_in_every_locale() {
    let g = guide();
    let en = g.speak("en").expect("en");
    assert!(en.len() >= 4);
    for l in LOCALES {
        let lines = g.speak(l).expect("lines");
        assert_eq!(lines.len(), en.len(), "{l}");
        for (a, b) in lines.iter().zip(&en) {
            assert_eq!(a.statement.id, b.statement.id, "{l}");
            assert!(!a.statement.citations.is_empty(), "{l}: {}", a.statement.id);
            let (sa, sb) = (a.say().expect("say"), b.say().expect("say"));
            assert_eq!(sa.english, sb.english, "{l}: the English is the English");
            if l != "en" {
                assert_ne!(sa.text, sa.english, "{l}: {} is not translated", a.statement.id);
            }
            for id in [
                "speak-title",
                "speak-hint",
                "speak-intro",
                "speak-tap",
                "speak-play",
                "speak-previous",
                "speak-next",
                "speak-why",
            ] {
                assert!(g.has_message(l, id), "{l}: {id}");
            }
        }
    }
}
