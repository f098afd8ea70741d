//! The contract's closed vocabularies (request kinds, bases, I-247A boxes, kinds of information, actions,
//! exemptions) and the agency ids of the detainer engine, each parsed with the valid ids in its error.

use super::{Agency, RequestedBy};

/// Defines a closed vocabulary: each value's id as the contract writes it, parsing with the list of valid
/// ids in the error.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident, $what:literal { $($(#[$vm:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn parse(s: &str) -> Result<Self, String> {
                match s {
                    $($id => Ok($name::$variant),)+
                    other => Err(format!(
                        concat!("unknown ", $what, " {:?}: expected one of {}"),
                        other,
                        [$($id),+].join(", ")
                    )),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
    };
}

vocabulary!(
    /// What kind of request a record is.
    RequestKind, "request type" {
        Detainer = "detainer",
        InfoRequest = "info_request",
        AssistanceRequest = "assistance_request",
    }
);

/// Parses one of a closed list of ids, naming the valid ones in the error (as [`vocabulary!`] does).
fn one_of<T: Copy>(all: &[T], id: fn(T) -> &'static str, what: &str, s: &str) -> Result<T, String> {
    all.iter().copied().find(|v| id(*v) == s).ok_or_else(|| {
        let ids: Vec<&str> = all.iter().map(|v| id(*v)).collect();
        format!("unknown {what} {s:?}: expected one of {}", ids.join(", "))
    })
}

/// An agency id of the contract.
pub fn parse_agency(s: &str) -> Result<Agency, String> {
    one_of(&Agency::ALL, Agency::id, "agency", s)
}

/// A requesting agency id of the contract.
pub fn parse_requested_by(s: &str) -> Result<RequestedBy, String> {
    one_of(&RequestedBy::ALL, RequestedBy::id, "requesting agency", s)
}

vocabulary!(
    /// The reason federal immigration authorities gave for a detainer: § 9-131(f)(1)(i)–(iv).
    Basis, "basis" {
        /// (i) reason to believe the person is subject to removal.
        ReasonToBelieve = "reason_to_believe",
        /// (ii) removal proceedings initiated, notice to appear or other charging document served.
        ProceedingsStarted = "proceedings_started",
        /// (iii) a warrant of arrest for removal proceedings served.
        WarrantOfArrest = "warrant_of_arrest",
        /// (iv) an order of deportation or removal obtained.
        RemovalOrder = "removal_order",
    }
);

vocabulary!(
    /// The probable-cause boxes of Form I-247A as ticked (kept as given; the report uses `basis`).
    I247aBox, "I-247A box" {
        FinalOrder = "final_order",
        PendingProceedings = "pending_proceedings",
        BiometricMatch = "biometric_match",
        Statements = "statements",
    }
);

vocabulary!(
    /// What an information request asked for (§ 9-131(f)(9), § 14-154(f)(5), § 9-205(f)(5)).
    Info, "kind of information" {
        IncarcerationStatus = "incarceration_status",
        ReleaseDate = "release_date",
        CourtDate = "court_date",
        /// Scheduled appointment dates or times (Probation, § 9-205(f)(5)).
        AppointmentDate = "appointment_date",
        Other = "other",
    }
);

vocabulary!(
    /// What the agency did.
    ActionKind, "action" {
        HeldPastRelease = "held_past_release",
        Transferred = "transferred",
        Declined = "declined",
        Released48hExpired = "released_48h_expired",
        Disavowed = "disavowed",
        InfoGiven = "info_given",
        InfoRefused = "info_refused",
        AssistanceGiven = "assistance_given",
        AssistanceRefused = "assistance_refused",
    }
);

vocabulary!(
    /// § 10-178(d)'s proviso: disclosure not required where it would interfere with a law enforcement
    /// investigation (i) or, for cooperative arrangements under (e)(i), compromise public safety (ii).
    Exempt, "exemption" {
        Investigation = "investigation",
        PublicSafety = "public_safety",
    }
);

impl ActionKind {
    /// The request types this action can answer.
    pub fn answers(self) -> RequestKind {
        match self {
            ActionKind::HeldPastRelease
            | ActionKind::Transferred
            | ActionKind::Declined
            | ActionKind::Released48hExpired
            | ActionKind::Disavowed => RequestKind::Detainer,
            ActionKind::InfoGiven | ActionKind::InfoRefused => RequestKind::InfoRequest,
            ActionKind::AssistanceGiven | ActionKind::AssistanceRefused => RequestKind::AssistanceRequest,
        }
    }
}
