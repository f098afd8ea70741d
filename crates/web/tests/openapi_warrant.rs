//! The API description's warrant-check enums are the law's and the documents crate's lists, not copies
//! kept by hand: a new kind or answer that is not described fails here.

use amparo_law::warrant::{HomeEntry, Judicial, Kind};

fn enum_of(schema: &serde_json::Value, property: &str) -> Vec<String> {
    schema["properties"][property]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{property} has no enum"))
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn the_warrant_check_enums_are_the_code_s() {
    let spec: serde_json::Value =
        serde_json::from_str(include_str!("../assets/openapi.json")).expect("openapi.json parses");
    let schema = &spec["components"]["schemas"]["WarrantCheck"];
    let ids = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(enum_of(schema, "kind"), ids(Kind::ALL.iter().map(|k| k.id()).collect()));
    assert_eq!(
        enum_of(schema, "judicial"),
        ids(Judicial::ALL.iter().map(|j| j.id()).collect())
    );
    assert_eq!(
        enum_of(schema, "authorizes_home_entry"),
        ids(HomeEntry::ALL.iter().map(|e| e.id()).collect())
    );
    let channels = [
        amparo_documents::Channel::Guided,
        amparo_documents::Channel::Text,
        amparo_documents::Channel::Pdf,
        amparo_documents::Channel::PdfScan,
        amparo_documents::Channel::Photo,
    ];
    assert_eq!(
        enum_of(schema, "channel"),
        ids(channels.iter().map(|c| c.id()).collect())
    );
    // serde writes the same names as id().
    for k in Kind::ALL {
        assert_eq!(serde_json::to_value(k).expect("kind"), k.id());
    }
    for e in HomeEntry::ALL {
        assert_eq!(serde_json::to_value(e).expect("entry"), e.id());
    }
    for j in Judicial::ALL {
        assert_eq!(serde_json::to_value(j).expect("judicial"), j.id());
    }
}
