//! Text in the picture: escaped for XML, and cut to fit its box. Codes and
//! tenant names are user input, so nothing reaches the SVG unescaped.

/// `s` as XML text or attribute value: markup characters escaped, and the
/// control characters XML 1.0 forbids dropped (one would make the whole
/// document unreadable; the API refuses only NUL).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a character may be drawn a full em wide: CJK ideographs, kana,
/// hangul, full-width forms, ㎡, and the punctuation and symbols (`≤`, `…`)
/// that CJK fonts draw full width.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2010..=0x2BFF
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// A generous estimate of the drawn width of `s` at `font_px`: the viewer's
/// font is not known here, so text is cut by this rather than measured.
pub fn width(s: &str, font_px: f64) -> f64 {
    s.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.62 })
        .sum::<f64>()
        * font_px
}

/// `s`, cut with "…" so that it fits `max_px` at `font_px`; empty when not
/// even the ellipsis fits.
pub fn fit(s: &str, font_px: f64, max_px: f64) -> String {
    if width(s, font_px) <= max_px {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = width("…", font_px);
    if used > max_px {
        return out;
    }
    for c in s.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]), font_px);
        if used + w > max_px {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(escape(r#"<b>&"x'"#), "&lt;b&gt;&amp;&quot;x&#39;");
    }

    #[test]
    fn control_characters_xml_forbids_are_dropped() {
        assert_eq!(escape("a\u{1}b\u{1F}c\u{FFFF}"), "abc");
        assert_eq!(escape("a\nb"), "a b");
    }

    #[test]
    fn chinese_counts_as_wide() {
        assert!(width("青岛", 10.0) > width("AB", 10.0));
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(fit("A1-0101", 12.0, 200.0), "A1-0101");
        let cut = fit("青岛某生物科技有限公司", 11.0, 60.0);
        assert!(cut.ends_with('…'));
        assert!(width(&cut, 11.0) <= 60.0);
        assert_eq!(fit("anything", 12.0, 2.0), "");
    }
}
