//! The words looked for, in the squashed alphabet (see `squashed.rs`): who issues a paper, the titles of the
//! DHS forms, the titles under a signature, the printed captions that are not a signature, and the words of
//! an applicant's line.

use amparo_law::warrant::Kind;

pub(super) const DHS: &[&str] = &[
    "DEPARTMENTOFHOMELANDSECURITY",
    "HOMELANDSECURITY",
    "IMMIGRATIONANDCUSTOMSENFORCEMENT",
    "CUSTOMSANDBORDERPROTECTION",
    "CITIZENSHIPANDIMMIGRATIONSERVICES",
];
pub(super) const EOIR: &[&str] = &[
    "EXECUTIVEOFFICEFORIMMIGRATIONREVIEW",
    "ORDEROFTHEIMMIGRATIONJUDGE",
    "UNITEDSTATESIMMIGRATIONCOURT",
];
pub(super) const FED_COURT: &[&str] = &["UNITEDSTATESDISTRICTCOURT"];
pub(super) const NY_COURT: &[&str] = &[
    "CRIMINALCOURTOFTHECITYOFNEWYORK",
    "SUPREMECOURTOFTHESTATEOFNEWYORK",
    "COUNTYCOURTOFTHESTATEOFNEWYORK",
    "THEPEOPLEOFTHESTATEOFNEWYORK",
    "LOCALCRIMINALCOURT",
    "CITYCOURTOFTHECITYOF",
];

pub(super) struct Title {
    pub(super) kind: Kind,
    pub(super) keys: &'static [&'static str],
}

pub(super) const DHS_TITLES: &[Title] = &[
    Title {
        kind: Kind::IceArrestWarrant,
        keys: &["WARRANTFORARRESTOFALIEN"],
    },
    Title {
        kind: Kind::IceRemovalWarrant,
        keys: &["WARRANTOFREMOVAL", "WARRANTOFDEPORTATION"],
    },
    Title {
        kind: Kind::IceDetainer,
        keys: &["IMMIGRATIONDETAINER", "DETAINERNOTICEOFACTION"],
    },
    Title {
        kind: Kind::IceCustodyOrder,
        keys: &["ORDERTODETAINORRELEASE", "ORDERTODETAIN"],
    },
    Title {
        kind: Kind::NoticeToAppear,
        keys: &["NOTICETOAPPEAR"],
    },
];

pub(super) const OFFICER_TITLES: &[&str] = &[
    "DEPORTATIONOFFICER",
    "IMMIGRATIONOFFICER",
    "IMMIGRATIONENFORCEMENTAGENT",
    "FIELDOFFICEDIRECTOR",
    "SPECIALAGENT",
    "PATROLAGENT",
    "OFFICERINCHARGE",
    "GROUPSUPERVISOR",
    "PORTDIRECTOR",
    "ENFORCEMENTANDREMOVALOPERATIONS",
    "DETENTIONANDREMOVAL",
    "ICEOFFICER",
    "SUPERVISORYDETENTION",
    "ASYLUMOFFICER",
];
pub(super) const IJ_TITLES: &[&str] = &["IMMIGRATIONJUDGE"];
pub(super) const FED_JUDGE_TITLES: &[&str] = &["MAGISTRATEJUDGE", "DISTRICTJUDGE", "UNITEDSTATESJUDGE", "CHIEFJUDGE"];
pub(super) const STATE_JUDGE_TITLES: &[&str] = &[
    "JUDGEOFTHECRIMINALCOURT",
    "CRIMINALCOURTJUDGE",
    "JUSTICEOFTHESUPREMECOURT",
    "SUPREMECOURTJUSTICE",
    "COUNTYCOURTJUDGE",
    "CITYCOURTJUDGE",
    "JUDGEOFTHECOUNTYCOURT",
    "JUSTICE",
    "JUDGE",
];
pub(super) const CLERK_TITLES: &[&str] = &["CLERKOFCOURT", "DEPUTYCLERK", "CLERK"];
/// Printed captions that name the signer's role without showing who signed: removed before reading the
/// title, so that a printed "Judge's signature" caption never counts as a judge's signature.
pub(super) const CAPTIONS: &[&str] = &[
    "JUDGESSIGNATURE",
    "ISSUINGOFFICERSSIGNATURE",
    "ISSUINGJUDGESSIGNATURE",
    "SIGNATUREOFJUDGE",
    "PRINTEDNAMEANDTITLE",
];
pub(super) const SIGNATURE_LABELS: &[&str] = &[
    "SIGNATURE",
    "IGNATUR",
    "SIGNED",
    "PRINTEDNAME",
    "NAMEANDTITLE",
    "ISSUINGOFFICER",
];

/// Words of a line that tells who asked a court for a warrant, not who issued it: "An application by
/// Special Agent … of Homeland Security Investigations requests the search …". Word parts, so that they
/// survive OCR ("An opp licatiOn by Spe<ial Agent").
pub(super) const APPLICANT: &[&str] = &["PLICATION", "PLICANT", "AFFIDAVIT", "AFFIANT", "SWORN", "AGENT"];

/// Judges' titles read with tolerance (a garbled one is still a judge's, unless a doubt is raised).
pub(super) const FED_JUDGE_TOLERANT: &[&str] = &[
    "UNITEDSTATESMAGISTRATEJUDGE",
    "UNITEDSTATESDISTRICTJUDGE",
    "MAGISTRATEJUDGE",
    "DISTRICTJUDGE",
];
pub(super) const STATE_JUDGE_TOLERANT: &[&str] = &[
    "JUDGEOFTHECRIMINALCOURT",
    "JUSTICEOFTHESUPREMECOURT",
    "CRIMINALCOURTJUDGE",
    "SUPREMECOURTJUSTICE",
    "JUDGEOFTHECOUNTYCOURT",
    "COUNTYCOURTJUDGE",
];
/// Immigration titles and words looked for with tolerance: near one, no judge's title is believed.
pub(super) const DOUBT_KEYS: &[&str] = &[
    "IMMIGRATION",
    "DEPORTATION",
    "HOMELANDSECURITY",
    "DEPORTATIONOFFICER",
    "IMMIGRATIONOFFICER",
    "IMMIGRATIONJUDGE",
    "IMMIGRATIONENFORCEMENTAGENT",
    "FIELDOFFICEDIRECTOR",
    "SUPERVISORYDETENTION",
    "DETENTIONANDREMOVAL",
    "ENFORCEMENTANDREMOVAL",
    "ASYLUMOFFICER",
];
