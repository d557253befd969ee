//! The 18-character unified social credit code (统一社会信用代码,
//! GB 32100-2015) and its check character.

/// The code's alphabet: digits and capital letters without I, O, Z, S, V.
const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn value(c: char) -> Option<u32> {
    ALPHABET.find(c).map(|i| i as u32)
}

/// The check character the first 17 characters call for.
pub fn check_character(first17: &str) -> Option<char> {
    if first17.chars().count() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value(c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    ALPHABET.chars().nth(check as usize)
}

/// Why a credit code is not valid, if it is not.
pub fn problem(code: &str) -> Option<crate::i18n::Text> {
    if code.chars().count() != 18 {
        return Some(crate::text!("validation-credit-code-length"));
    }
    if code.chars().any(|c| value(c).is_none()) {
        return Some(crate::text!("validation-credit-code-alphabet"));
    }
    let (body, last) = code.split_at(17);
    match check_character(body) {
        Some(c) if last.starts_with(c) => None,
        _ => Some(crate::text!("validation-credit-code-check")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_published_codes() {
        // Codes printed on public business licences.
        for code in [
            "91350100M000100Y43",
            "91110000600037341L",
            "91370200163562681G",
        ] {
            assert_eq!(problem(code), None, "{code}");
        }
    }

    #[test]
    fn rejects_a_wrong_check_character() {
        assert_eq!(
            problem("91350100M000100Y44").map(|t| t.key().to_string()),
            Some("validation-credit-code-check".to_string())
        );
    }

    #[test]
    fn rejects_wrong_length_and_letters() {
        assert!(problem("91350100M000100Y4").is_some());
        assert!(problem("91350100M000100YO3").is_some());
    }

    proptest::proptest! {
        #[test]
        fn the_computed_check_character_always_validates(body in "[0-9A-HJ-NPQRTUWXY]{17}") {
            let c = check_character(&body).expect("17 valid characters");
            proptest::prop_assert_eq!(problem(&format!("{body}{c}")), None);
        }
    }
}
