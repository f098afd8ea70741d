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
    "SUPREMECOURTSTATEOFNEWYORK",
    "NEWYORKSTATESUPREMECOURT",
    "COUNTYCOURTOFTHESTATEOFNEWYORK",
    "COUNTYCOURT",
    "FAMILYCOURTOFTHESTATEOFNEWYORK",
    "SURROGATESCOURT",
    "THEPEOPLEOFTHESTATEOFNEWYORK",
    "LOCALCRIMINALCOURT",
    "CITYCOURTOFTHECITYOF",
    "DISTRICTCOURTOFTHECOUNTYOF",
    "TOWNCOURT",
    "VILLAGECOURT",
];
/// The superior courts of New York (CPL § 10.10(2)): the Supreme Court and the County Courts. Their warrants
/// of arrest issue on an indictment (CPL § 210.10).
pub(super) const NY_SUPERIOR_COURT: &[&str] = &[
    "SUPREMECOURTOFTHESTATEOFNEWYORK",
    "SUPREMECOURTSTATEOFNEWYORK",
    "NEWYORKSTATESUPREMECOURT",
    "COUNTYCOURT",
];
/// Local criminal courts of New York (CPL § 10.10(3)): where any of these heads the paper, a warrant of
/// arrest is theirs (CPL art. 120), even if a superior court is named too.
pub(super) const NY_LOCAL_COURT: &[&str] = &[
    "CRIMINALCOURTOFTHECITYOFNEWYORK",
    "LOCALCRIMINALCOURT",
    "CITYCOURTOFTHECITYOF",
    "DISTRICTCOURTOFTHECOUNTYOF",
    "TOWNCOURT",
    "VILLAGECOURT",
];
/// Words of a superior court's warrant on an indictment.
pub(super) const INDICTMENT: &[&str] = &["SUPERIORCOURTWARRANT", "INDICTMENT"];
/// The titles of an application for a warrant (AO 106, AO 106A; New York's application under CPL § 690.35)
/// and of the affidavit that supports one, and the words in which an applicant asks for a warrant: a
/// "search warrant" inside these is not the paper's title.
pub(super) const APPLICATION_TITLES: &[&str] = &[
    "APPLICATIONFORASEARCHWARRANT",
    "APPLICATIONFORSEARCHWARRANT",
    "APPLICATIONFORAWARRANT",
    "APPLICATIONANDAFFIDAVITFORSEARCHWARRANT",
    "AFFIDAVITFORSEARCHWARRANT",
    "AFFIDAVITFORASEARCHWARRANT",
    "AFFIDAVITINSUPPORTOFSEARCHWARRANT",
];
/// The words in which an applicant asks for a search warrant: with [`APPLICATION_TITLES`], where a
/// "search warrant" is not the paper's title.
pub(super) const APPLICATION_REQUESTS: &[&str] = &["REQUESTASEARCHWARRANT", "REQUESTSASEARCHWARRANT"];
pub(super) const SEARCH_TITLES: &[&str] = &["SEARCHANDSEIZUREWARRANT", "SEARCHWARRANT"];
/// Words only an application (or the affidavit for one) carries: the applicant's signature, the oath taken
/// before the judge, the request itself. Two of them make a paper an application, whatever its title reads
/// as in a photo.
pub(super) const APPLICATION_WORDS: &[&str] = &[
    "APPLICANTSSIGNATURE",
    "SWORNTOBEFOREME",
    "UNDERPENALTYOFPERJURY",
    "REQUESTASEARCHWARRANT",
    "APPLICATIONISBASEDONTHESEFACTS",
    "ATTESTEDTOBYTHEAPPLICANT",
];
/// Words only a warrant carries: its command to execute it, to make the search.
pub(super) const WARRANT_COMMANDS: &[&str] = &[
    "COMMANDEDTOEXECUTETHISWARRANT",
    "COMMANDEDTOEXECUTE",
    "THEREFORECOMMANDED",
    "COMMANDEDTOMAKEASEARCH",
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
    "JUDGEOFTHEFAMILYCOURT",
    "FAMILYCOURTJUDGE",
    "JUDGEOFTHECOURTOFCLAIMS",
    "SURROGATE",
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
