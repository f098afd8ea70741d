//! The law each agency applies: the authorities of its section's rules.

use std::sync::OnceLock;

use super::Agency;
use crate::authority::{Authority, authority};

pub(super) struct AgencyLaw {
    pub(super) section: &'static Authority,
    pub(super) definitions_via: Option<&'static Authority>,
    pub(super) yo_jd: &'static Authority,
    pub(super) lookback: &'static Authority,
    pub(super) warrant_def: &'static Authority,
    pub(super) list_i: &'static Authority,
    pub(super) list_ii: &'static Authority,
    pub(super) list_iii: &'static Authority,
    pub(super) list_iv: &'static Authority,
    pub(super) honor: &'static Authority,
    pub(super) warrant: &'static Authority,
    pub(super) condition: &'static Authority,
    pub(super) hold48: Option<&'static Authority>,
    pub(super) info_sharing: Option<&'static Authority>,
}

/// Every authority id the detainer rules use (checked by the test suite).
pub const AUTHORITY_IDS: &[&str] = &[
    "nyc-admin-9-131",
    "nyc-admin-9-131-a-2-i",
    "nyc-admin-9-131-a-2-ii",
    "nyc-admin-9-131-a-5",
    "nyc-admin-9-131-a-7-i",
    "nyc-admin-9-131-a-7-ii",
    "nyc-admin-9-131-a-7-iii",
    "nyc-admin-9-131-a-7-iv",
    "nyc-admin-9-131-b-1",
    "nyc-admin-9-131-b-1-i",
    "nyc-admin-9-131-b-1-ii",
    "nyc-admin-9-131-h-1",
    "nyc-admin-14-154",
    "nyc-admin-14-154-a-2-i",
    "nyc-admin-14-154-a-2-ii",
    "nyc-admin-14-154-a-4",
    "nyc-admin-14-154-a-6-i",
    "nyc-admin-14-154-a-6-ii",
    "nyc-admin-14-154-a-6-iii",
    "nyc-admin-14-154-a-6-iv",
    "nyc-admin-14-154-b-1",
    "nyc-admin-14-154-b-1-i",
    "nyc-admin-14-154-b-1-ii",
    "nyc-admin-14-154-b-2",
    "nyc-admin-9-205",
    "nyc-admin-9-205-a",
    "nyc-admin-9-205-b",
    "nyc-admin-9-205-b-1",
    "nyc-admin-9-205-b-2",
];

pub(super) fn law(agency: Agency) -> &'static AgencyLaw {
    static DOC: OnceLock<AgencyLaw> = OnceLock::new();
    static NYPD: OnceLock<AgencyLaw> = OnceLock::new();
    static PROBATION: OnceLock<AgencyLaw> = OnceLock::new();
    let doc_like =
        |section: &str, via: Option<&str>, honor: &str, warrant: &str, condition: &str, info: Option<&str>| AgencyLaw {
            section: authority(section),
            definitions_via: via.map(authority),
            yo_jd: authority("nyc-admin-9-131-a-2-i"),
            lookback: authority("nyc-admin-9-131-a-2-ii"),
            warrant_def: authority("nyc-admin-9-131-a-5"),
            list_i: authority("nyc-admin-9-131-a-7-i"),
            list_ii: authority("nyc-admin-9-131-a-7-ii"),
            list_iii: authority("nyc-admin-9-131-a-7-iii"),
            list_iv: authority("nyc-admin-9-131-a-7-iv"),
            honor: authority(honor),
            warrant: authority(warrant),
            condition: authority(condition),
            hold48: None,
            info_sharing: info.map(authority),
        };
    match agency {
        Agency::Doc => DOC.get_or_init(|| {
            doc_like(
                "nyc-admin-9-131",
                None,
                "nyc-admin-9-131-b-1",
                "nyc-admin-9-131-b-1-i",
                "nyc-admin-9-131-b-1-ii",
                Some("nyc-admin-9-131-h-1"),
            )
        }),
        Agency::Probation => PROBATION.get_or_init(|| {
            doc_like(
                "nyc-admin-9-205",
                Some("nyc-admin-9-205-a"),
                "nyc-admin-9-205-b",
                "nyc-admin-9-205-b-1",
                "nyc-admin-9-205-b-2",
                None,
            )
        }),
        Agency::Nypd => NYPD.get_or_init(|| AgencyLaw {
            section: authority("nyc-admin-14-154"),
            definitions_via: None,
            yo_jd: authority("nyc-admin-14-154-a-2-i"),
            lookback: authority("nyc-admin-14-154-a-2-ii"),
            warrant_def: authority("nyc-admin-14-154-a-4"),
            list_i: authority("nyc-admin-14-154-a-6-i"),
            list_ii: authority("nyc-admin-14-154-a-6-ii"),
            list_iii: authority("nyc-admin-14-154-a-6-iii"),
            list_iv: authority("nyc-admin-14-154-a-6-iv"),
            honor: authority("nyc-admin-14-154-b-1"),
            warrant: authority("nyc-admin-14-154-b-1-i"),
            condition: authority("nyc-admin-14-154-b-1-ii"),
            hold48: Some(authority("nyc-admin-14-154-b-2")),
            info_sharing: None,
        }),
    }
}
