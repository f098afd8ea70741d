//! `amparo check-warrant`: the JSON contract, the text output, guided mode, and bad input (exit code 2).

use amparo_specimens::render;
use assert_cmd::Command;
use predicates::prelude::*;

fn amparo() -> Command {
    Command::cargo_bin("amparo").unwrap()
}

const I200: &str = "U.S. DEPARTMENT OF HOMELAND SECURITY
WARRANT FOR ARREST OF ALIEN
File No. A123 456 789
Date: 03/02/2026
I have determined that there is probable cause to believe that MARIA ELENA GARCIA is removable
from the United States.
/s/ Daniel R. Pruitt
(Signature of Authorized Immigration Officer)
Daniel R. Pruitt, Supervisory Detention and Deportation Officer
Last known address: 345 East 21st Street, Apt 3C, New York, NY 10010
Form I-200 (Rev. 09/16)
";

const AO93: &str = "AO 93 (Rev. 11/13) Search and Seizure Warrant
UNITED STATES DISTRICT COURT
for the
Southern District of New York
In the Matter of the Search of
The premises known as 88-10 Roosevelt Avenue, Apt 2F, Jackson Heights, NY 11372
SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
YOU ARE COMMANDED to execute this warrant on or before March 16, 2026 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.
Date and time issued: 03/02/2026 10:15 am
/s/ Hon. Grace Liu
Judge's signature
Hon. Grace Liu, United States Magistrate Judge
Printed name and title
";

fn json(args: &[&str], stdin: &str) -> serde_json::Value {
    let out = amparo()
        .args(args)
        .write_stdin(stdin)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn i200_json_contract() {
    let v = json(
        &[
            "check-warrant",
            "-",
            "--format",
            "json",
            "--name",
            "Maria Garcia",
            "--address",
            "345 E 21st St Apt 3C",
            "--now",
            "2026-03-05T07:30:00-05:00",
        ],
        I200,
    );
    assert_eq!(v["kind"], "ice_arrest_warrant");
    assert_eq!(v["judicial"], "no");
    assert_eq!(v["authorizes_home_entry"], "no");
    assert_eq!(v["names_person"], true);
    assert_eq!(v["names_address"], true);
    assert!(v["expired"].is_null());
    assert_eq!(v["fields"]["form"], "I-200");
    assert_eq!(
        v["fields"]["signer_title"],
        "Daniel R. Pruitt, Supervisory Detention and Deportation Officer"
    );
    assert_eq!(v["fields"]["issued"], "2026-03-02");
    assert!(
        v["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["finding"] == "signer_title")
    );
    let advice: Vec<&str> = v["advice"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert!(advice.contains(&"admin-warrant-no-entry"));
    assert!(advice.contains(&"door-keep-closed"));
    assert!(advice.contains(&"say-no-consent"));
    let cites: Vec<&str> = v["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert!(cites.contains(&"8 C.F.R. § 287.8(f)(2)"));
    assert!(v["trace"].as_array().unwrap().len() >= 4);
    assert!(!v.to_string().to_lowercase().contains("valid"));
}

#[test]
fn federal_search_warrant_in_and_out_of_time() {
    let base = [
        "check-warrant",
        "-",
        "--format",
        "json",
        "--address",
        "88-10 Roosevelt Ave Apt 2F, Queens",
    ];
    let mut within = base.to_vec();
    within.extend(["--now", "2026-03-10T12:00:00-04:00"]);
    let v = json(&within, AO93);
    assert_eq!(v["kind"], "federal_search_warrant");
    assert_eq!(v["judicial"], "yes");
    assert_eq!(v["names_address"], true);
    assert_eq!(v["expired"], false);
    assert_eq!(v["authorizes_home_entry"], "yes");

    let mut late = base.to_vec();
    late.extend(["--now", "2026-03-17T12:00:00-04:00"]);
    let v = json(&late, AO93);
    assert_eq!(v["expired"], true);
    // A judge's warrant that only appears expired: "doubtful" (a court decides), never a flat "no".
    assert_eq!(v["authorizes_home_entry"], "doubtful");
    assert!(v["advice"].as_array().unwrap().iter().any(|a| a == "expired"));
    assert!(v["advice"].as_array().unwrap().iter().any(|a| a == "court-decides"));

    let mut night = base.to_vec();
    night.extend(["--now", "2026-03-10T23:30:00-04:00"]);
    let v = json(&night, AO93);
    assert_eq!(v["outside_hours"], true);
}

#[test]
fn text_output_says_not_judicial() {
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin(I200)
        .assert()
        .success()
        .stdout(predicate::str::contains("It is NOT a judicial warrant"))
        .stdout(predicate::str::contains("8 C.F.R. § 287.8(f)(2)"));
}

/// The guided questions, answered by number (the same list the web form shows): heading 1 (United States
/// District Court), title 1 (arrest warrant), form 6 (AO 442), signer 3 (magistrate judge), name 2 (someone
/// else's), address skipped, signed 1 (yes), no dates, then the person's name and address.
#[test]
fn interactive_mode_without_ocr() {
    let answers = "1\n1\n6\n3\n2\n\n1\n\n\nAna Torres\n\n";
    let out = amparo()
        .args(["check-warrant", "--interactive", "--format", "json"])
        .write_stdin(answers)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["channel"], "guided");
    assert_eq!(v["kind"], "federal_arrest_warrant");
    assert_eq!(v["judicial"], "yes");
    assert_eq!(v["authorizes_home_entry"], "limited");
    assert_eq!(v["names_person"], false);
    assert!(v["advice"].as_array().unwrap().iter().any(|a| a == "not-named-person"));
    assert!(
        v["advice"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "named-person-lives-here")
    );
    // Free text where no choice fits, and an application for a search warrant: never a warrant.
    let v = json(
        &["check-warrant", "--interactive", "--format", "json", "--lang", "es"],
        "United States District Court\n3\n8\n3\n\n\n\n\n\n\n\n",
    );
    assert_eq!(v["kind"], "search_warrant_application");
    assert_eq!(v["judicial"], "no");
    assert_eq!(v["authorizes_home_entry"], "no");
    assert_eq!(v["lang"], "es");
}

/// One clock: with no --now, the hours of a warrant are read in New York time even on a machine whose
/// time zone is far from New York (Kiritimati, UTC+14; and UTC).
#[test]
fn the_cli_reads_new_york_hours_whatever_the_machine_s_time_zone() {
    let hour_said = |tz: &str| -> String {
        let out = amparo()
            .env("TZ", tz)
            .args(["check-warrant", "-", "--format", "json"])
            .write_stdin(AO93)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let v: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
        let hours = v["trace"]
            .as_array()
            .expect("trace")
            .iter()
            .find(|s| s["rule"] == "within_hours")
            .and_then(|s| s["detail"].as_str())
            .expect("the hours step")
            .to_owned();
        // "…; it is now 7:05 PM: within those hours."
        hours
            .split("it is now ")
            .nth(1)
            .and_then(|t| t.split(':').next())
            .unwrap_or_default()
            .to_owned()
    };
    let ny_hour = || amparo_documents::now_in_new_york().format("%-I").to_string();
    for tz in ["Pacific/Kiritimati", "UTC", "Asia/Tokyo"] {
        let before = ny_hour();
        let said = hour_said(tz);
        let after = ny_hour();
        assert!(
            said == before || said == after,
            "{tz}: said {said}, New York {before}..{after}"
        );
    }
    // --now in any offset is New York time too: 12:30 UTC is 7:30 AM in New York in March.
    let v = json(
        &[
            "check-warrant",
            "-",
            "--format",
            "json",
            "--now",
            "2026-03-05T12:30:00Z",
        ],
        AO93,
    );
    assert!(v.to_string().contains("it is now 7:30 AM"), "{v}");
}

#[test]
fn unrelated_paper_is_unknown() {
    let v = json(
        &["check-warrant", "-", "--format", "json"],
        "RESIDENTIAL LEASE AGREEMENT\nTenant: Ana Torres\n",
    );
    assert_eq!(v["kind"], "unknown");
    assert_eq!(v["judicial"], "unknown");
    assert!(
        v["advice"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "unknown-what-to-look-for")
    );
}

#[test]
fn bad_input_exits_2_with_a_message() {
    // Binary garbage.
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin(vec![0u8, 1, 2, 3, 255, 254, 0, 7])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
    // Empty.
    amparo().args(["check-warrant", "-"]).write_stdin("").assert().code(2);
    // A truncated PDF.
    amparo()
        .args(["check-warrant", "-", "--format", "json"])
        .write_stdin("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
        .assert()
        .code(2)
        .stdout(predicate::str::contains("\"error\""));
    // An encrypted PDF.
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin("%PDF-1.4\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("encrypted"));
    // A truncated JPEG.
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin(vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'])
        .assert()
        .code(2);
    // A missing file.
    amparo()
        .args(["check-warrant", "/nonexistent/paper.pdf"])
        .assert()
        .code(2);
}

#[test]
fn the_answer_and_advice_speak_the_reader_s_language() {
    let text = "U.S. DEPARTMENT OF HOMELAND SECURITY\nWARRANT FOR ARREST OF ALIEN\nJohn Smith, Supervisory Detention and Deportation Officer\nForm I-200 (Rev. 09/16)\n";
    let guide = amparo_guide::Guide::get();
    let out = Command::cargo_bin("amparo")
        .expect("binary")
        .args(["check-warrant", "-", "--lang", "es"])
        .write_stdin(text)
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    assert!(
        stdout.contains(&guide.message("es", "ui-judicial-no").expect("message")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&guide.advice("door-keep-closed", "es").expect("advice")),
        "{stdout}"
    );
    let out = Command::cargo_bin("amparo")
        .expect("binary")
        .args(["check-warrant", "-", "--lang", "ar", "--format", "json"])
        .write_stdin(text)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert_eq!(v["lang"], "ar");
    let advice = v["advice"].as_array().expect("advice");
    let texts = v["advice_text"].as_array().expect("advice_text");
    assert_eq!(advice.len(), texts.len());
    assert_eq!(
        texts[0],
        guide.advice(advice[0].as_str().expect("id"), "ar").expect("advice")
    );
    // Without --lang, the advice text is the guide's English: there is no other English.
    let v = json(&["check-warrant", "-", "--format", "json"], text);
    assert_eq!(v["lang"], "en");
    let advice = v["advice"].as_array().expect("advice");
    let texts = v["advice_text"].as_array().expect("advice_text");
    for (id, t) in advice.iter().zip(texts) {
        assert_eq!(*t, guide.advice(id.as_str().expect("id"), "en").expect("advice"));
    }
    assert!(v["advice_detail"][0].get("text").is_none());
    Command::cargo_bin("amparo")
        .expect("binary")
        .args(["check-warrant", "-", "--lang", "tlh"])
        .write_stdin(text)
        .assert()
        .code(2);
}

/// A phone photo of an ICE form, checked without a name: read at its top and bottom, and said so; with a
/// name and an address, read whole.
#[test]
fn a_photo_is_read_as_far_as_the_decision_needs_and_says_so() {
    let Some(font) = render::font_for_ocr() else {
        return;
    };
    let font = Some(font);
    let s = amparo_specimens::specimen::specimen(amparo_law::warrant::Kind::IceArrestWarrant, 2);
    let jpeg = render::photo(&s, font.as_ref());
    let json = |args: &[&str]| -> serde_json::Value {
        let out = amparo()
            .args(["check-warrant", "-", "--format", "json"])
            .args(args)
            .write_stdin(jpeg.clone())
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).expect("JSON")
    };
    let quick = json(&[]);
    assert_eq!(quick["channel"], "photo");
    assert_eq!(quick["kind"], "ice_arrest_warrant");
    assert_eq!(quick["judicial"], "no");
    assert_eq!(quick["page_read"], "top_and_bottom");
    let name = s.situation.name.clone().expect("name");
    let address = s.situation.address.clone().expect("address");
    let full = json(&["--name", &name, "--address", &address]);
    assert_eq!(full["page_read"], "whole");
    assert_eq!(full["names_person"], true);
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin(jpeg)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "(the top and bottom of the page: enough to tell what it is",
        ));
}

/// A rendered specimen photo as HEIC, or `None` with a note where libheif, heif-enc or the fonts are
/// missing (`scripts/test` installs them).
fn heic_specimen() -> Option<Vec<u8>> {
    let Some(font) = render::font() else {
        eprintln!("skipped: needs fonts-dejavu-core");
        return None;
    };
    let s = amparo_specimens::specimen::specimen(amparo_law::warrant::Kind::IceArrestWarrant, 0);
    render::photo_heic(&s, &font)
}

/// The web server decodes HEIC in a separate `amparo heic-to-pgm` process: the same pixels as decoding
/// in-process, and the same errors, carried back across the process boundary.
#[test]
fn heic_is_decoded_in_a_helper_process_with_the_same_result_and_errors() {
    use amparo_documents::{DocumentError, Format, Limits, ocr};
    let Some(heic) = heic_specimen() else {
        return;
    };
    let here = ocr::decode(&heic, Format::Heic, &Limits::default()).expect("decode here");
    let program: &'static std::path::Path = Box::leak(assert_cmd::cargo::cargo_bin("amparo").into_boxed_path());
    let helper = Limits {
        heic_helper: Some(program),
        ..Limits::default()
    };
    let there = ocr::decode(&heic, Format::Heic, &helper).expect("decode in the helper");
    assert_eq!(there, here);
    // Over the pixel limit, garbage, and a helper that cannot be started: the same kinds of error.
    let small = Limits {
        max_pixels: 1_000_000,
        ..helper
    };
    assert!(matches!(
        ocr::decode(&heic, Format::Heic, &small),
        Err(DocumentError::TooManyPixels {
            width: 1800,
            height: 2400,
            limit: 1_000_000
        })
    ));
    let mut garbage = heic[..64].to_vec();
    garbage.extend(std::iter::repeat_n(0xA5u8, 5000));
    // The same message, not wrapped twice.
    match (
        ocr::decode(&garbage, Format::Heic, &helper),
        ocr::decode(&garbage, Format::Heic, &Limits::default()),
    ) {
        (Err(DocumentError::BadImage(there)), Err(DocumentError::BadImage(here))) => assert_eq!(there, here),
        other => panic!("{other:?}"),
    }
    let missing = Limits {
        heic_helper: Some(std::path::Path::new("/nonexistent/amparo")),
        ..Limits::default()
    };
    assert!(ocr::decode(&heic, Format::Heic, &missing).is_err());
    // The helper's own interface: a PGM on standard output.
    let out = amparo()
        .args(["heic-to-pgm", "--max-pixels", "50000000", "--max-side", "12000"])
        .write_stdin(heic)
        .assert()
        .success();
    assert!(out.get_output().stdout.starts_with(b"P5\n1800 2400\n255\n"));
}

#[test]
fn a_paper_over_the_size_limit_is_refused_and_one_at_it_is_read() {
    // The documents crate's one reader (`read_limited`): 25 MiB is read (and then refused as no document),
    // one byte more is refused as too large before anything is decoded.
    let limit = amparo_documents::Limits::default().max_bytes;
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin(vec![0u8; limit])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than").not())
        .stderr(predicate::str::contains("cannot read"));
    amparo()
        .args(["check-warrant", "-"])
        .write_stdin(vec![0u8; limit + 1])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "larger than the limit of {limit} bytes"
        )));
}
