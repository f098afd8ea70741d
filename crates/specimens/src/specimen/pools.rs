//! The pools of invented values the generator draws from: names, addresses, districts, courts, judges,
//! officers and the titles printed under their signatures.

pub(crate) const NAMES: &[&str] = &[
    "Maria Elena Garcia",
    "Jose Luis Hernandez",
    "Ana Lucia Torres",
    "Luis Alberto Ramirez",
    "Fatima Diallo",
    "Mamadou Ba",
    "Wei Chen",
    "Li Na Zhang",
    "Olena Kovalenko",
    "Dmitri Volkov",
    "Rahim Uddin",
    "Nasrin Akter",
    "Jean Baptiste Pierre",
    "Marie Claude Joseph",
    "Jiwoo Park",
    "Minjun Kim",
    "Ahmed Hassan",
    "Layla Mahmoud",
    "Bilal Qureshi",
    "Ayesha Siddiqui",
    "Kwame Mensah",
    "Sofia Morales",
    "Carlos Mendez",
    "Guadalupe Reyes",
];

pub(crate) const ADDRESSES: &[&str] = &[
    "345 East 21st Street, Apt 3C, New York, NY 10010",
    "88-10 Roosevelt Avenue, Apt 2F, Jackson Heights, NY 11372",
    "1520 Grand Concourse, Apt 6B, Bronx, NY 10457",
    "412 Bay Ridge Parkway, Brooklyn, NY 11209",
    "75 Orchard Street, Apt 5, New York, NY 10002",
    "230 West 141st Street, Apt 4A, New York, NY 10030",
    "41-25 Kissena Boulevard, Apt 7D, Flushing, NY 11355",
    "960 Flatbush Avenue, Brooklyn, NY 11226",
    "2150 Westchester Avenue, Bronx, NY 10462",
    "18 Richmond Terrace, Staten Island, NY 10301",
    "610 West 180th Street, Apt 21, New York, NY 10033",
    "37-12 Junction Boulevard, Corona, NY 11368",
    "1183 Fulton Street, Brooklyn, NY 11216",
    "140 Mulberry Street, Apt 3, New York, NY 10013",
    "2045 Amsterdam Avenue, New York, NY 10032",
    "505 Ocean Parkway, Apt 4L, Brooklyn, NY 11218",
];

pub(crate) const DISTRICTS: &[&str] = &[
    "Southern District of New York",
    "Eastern District of New York",
    "Northern District of New York",
    "Western District of New York",
    "District of New Jersey",
    "District of Connecticut",
];

pub(crate) const FED_JUDGE_TITLES: &[&str] = &[
    "United States Magistrate Judge",
    "U.S. Magistrate Judge",
    "United States District Judge",
    "Chief United States Magistrate Judge",
    "U.S.M.J.",
    "U.S.D.J.",
];

pub(crate) const JUDGES: &[&str] = &[
    "Hon. Sarah L. Whitfield",
    "Hon. Robert M. Okafor",
    "Hon. Elena Castillo",
    "Hon. David Feinberg",
    "Hon. Grace Liu",
    "Hon. Thomas Brennan",
];

pub(crate) const NY_COURTS: &[(&str, &str)] = &[
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF KINGS"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF QUEENS"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF BRONX"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF NEW YORK"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF RICHMOND"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF NEW YORK"),
];

pub(crate) const NY_JUDGE_TITLES: &[&str] = &[
    "Judge of the Criminal Court",
    "Justice of the Supreme Court",
    "Criminal Court Judge",
    "Acting Justice of the Supreme Court",
];

pub(crate) const OFFICER_TITLES: &[&str] = &[
    "Supervisory Detention and Deportation Officer",
    "Deportation Officer",
    "Field Office Director",
    "Assistant Field Office Director",
    "Deputy Field Office Director",
    "Special Agent in Charge",
    "Supervisory Deportation Officer",
    "Immigration Officer",
    "Acting Field Office Director",
    "Immigration Enforcement Agent",
];

pub(crate) const OFFICERS: &[&str] = &[
    "Daniel R. Pruitt",
    "Karen Woodson",
    "Michael T. Ortega",
    "Steven Kowalski",
    "Patricia Nguyen",
    "James Holloway",
];

pub(crate) const IJS: &[&str] = &[
    "Margaret A. Quinlan",
    "Raymond Ashford",
    "Beatriz Solano",
    "Howard Lindqvist",
];

pub(crate) const OFFENSES: &[(&str, &str)] = &[
    ("Assault in the third degree", "PL 120.00"),
    ("Petit larceny", "PL 155.25"),
    ("Criminal mischief in the fourth degree", "PL 145.00"),
    ("Bail jumping in the third degree", "PL 215.55"),
];

pub(crate) const COUNTRIES: &[&str] = &[
    "Mexico",
    "Ecuador",
    "Guinea",
    "China",
    "Ukraine",
    "Bangladesh",
    "Haiti",
    "Pakistan",
];

/// Local criminal courts (CPL art. 120 warrants of arrest).
pub(crate) const NY_LOCAL_COURTS: &[(&str, &str)] = &[
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF KINGS"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF QUEENS"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF BRONX"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF NEW YORK"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF RICHMOND"),
];

/// The titles local criminal court judges sign with.
pub(crate) const NY_LOCAL_JUDGE_TITLES: &[&str] = &[
    "Judge of the Criminal Court",
    "Criminal Court Judge",
    "J.C.C.",
    "Acting Judge of the Criminal Court",
];

/// Superior courts (CPL § 210.10 warrants of arrest, on an indictment).
pub(crate) const NY_SUPERIOR_COURTS: &[(&str, &str)] = &[
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF NEW YORK"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF KINGS"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF BRONX"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF QUEENS"),
    ("COUNTY COURT OF THE STATE OF NEW YORK", "COUNTY OF WESTCHESTER"),
    ("COUNTY COURT OF THE STATE OF NEW YORK", "COUNTY OF NASSAU"),
];

/// The titles superior court judges sign with ("J.S.C.": Justice of the Supreme Court; "A.J.S.C.": Acting).
pub(crate) const NY_SUPERIOR_JUDGE_TITLES: &[&str] = &[
    "Justice of the Supreme Court",
    "J.S.C.",
    "A.J.S.C.",
    "Acting Justice of the Supreme Court",
    "Judge of the County Court",
    "Supreme Court Justice",
];

/// Felonies charged in an indictment (Penal Law).
pub(crate) const FELONIES: &[(&str, &str)] = &[
    ("Robbery in the second degree", "PL 160.10"),
    ("Burglary in the second degree", "PL 140.25"),
    ("Assault in the second degree", "PL 120.05"),
    ("Grand larceny in the third degree", "PL 155.35"),
];
