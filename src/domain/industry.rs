//! GB/T 4754-2017 industry codes: a section letter (A–T) and 2 to 4 digits
//! for division, group and class, e.g. `C27` (pharmaceuticals), `C2770`.

crate::text_enum! {
    /// GB/T 4754-2017 sections, the first letter of an industry code.
    pub enum IndustrySection {
        A => "A", B => "B", C => "C", D => "D", E => "E", F => "F", G => "G",
        H => "H", I => "I", J => "J", K => "K", L => "L", M => "M", N => "N",
        O => "O", P => "P", Q => "Q", R => "R", S => "S", T => "T",
    }
}

/// Why an industry code is not valid, if it is not.
pub fn problem(code: &str) -> Option<crate::i18n::Text> {
    let mut chars = code.chars();
    let Some(section) = chars.next() else {
        return Some(crate::text!("validation-industry-code-empty"));
    };
    if !('A'..='T').contains(&section) {
        return Some(crate::text!("validation-industry-code-section"));
    }
    let digits: Vec<char> = chars.collect();
    if !(2..=4).contains(&digits.len()) || !digits.iter().all(char::is_ascii_digit) {
        return Some(crate::text!("validation-industry-code-shape"));
    }
    None
}

/// Whether a park targeting `target` covers a tenant in `code`: a target is
/// a prefix (`C27` covers `C2770`).
pub fn covers(target: &str, code: &str) -> bool {
    code.starts_with(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_section_and_two_to_four_digits() {
        for ok in ["C27", "C277", "C2770", "I65"] {
            assert_eq!(problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in ["", "C", "C2", "C27701", "c2770", "Z27", "C27A"] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn prefix_targets_cover_finer_codes() {
        assert!(covers("C27", "C2770"));
        assert!(!covers("C35", "C2770"));
    }
}
