//! The punctuation a renderer writes between the guide's messages (after a label, around a count), in each
//! locale's typography: Chinese uses full-width marks (`：`, `（…）`), French a narrow no-break space before
//! the colon (as the French messages themselves do), every other locale the ASCII marks.

/// What follows a label before its text: "Say: …", 可以这样说：…, « Dites : … ».
pub fn colon(locale: &str) -> &'static str {
    match locale {
        "zh-Hans" | "zh-Hant" => "\u{ff1a}",
        "fr" => "\u{202f}: ",
        _ => ": ",
    }
}

/// `inner` in brackets: "(7 points)", （7 条）.
pub fn parens(locale: &str, inner: &str) -> String {
    match locale {
        "zh-Hans" | "zh-Hant" => format!("\u{ff08}{inner}\u{ff09}"),
        _ => format!("({inner})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_full_width_and_french_has_its_space() {
        assert_eq!(format!("说{}x", colon("zh-Hans")), "说：x");
        assert_eq!(parens("zh-Hant", "7 點"), "（7 點）");
        assert_eq!(format!("Dites{}x", colon("fr")), "Dites\u{202f}: x");
        assert_eq!(format!("Diga{}x", colon("es")), "Diga: x");
        assert_eq!(parens("en", "7 points"), "(7 points)");
    }
}
