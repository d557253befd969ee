//! The languages the API speaks, and choosing one for a request (RFC 4647
//! lookup over `Accept-Language`).

use std::fmt;
use std::str::FromStr;

/// A language every message exists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Simplified Chinese as written in mainland China: the parks' language.
    #[default]
    ZhCn,
    En,
}

/// What a language range may lookup-truncate to for each language. Any
/// Chinese range (`zh`, `zh-Hans`, `zh-TW`) ends at `zh` and is read in
/// Simplified Chinese: closer to what the reader asked than English.
const TAGS: [(&str, Lang); 4] = [
    ("zh-cn", Lang::ZhCn),
    ("zh-hans", Lang::ZhCn),
    ("zh", Lang::ZhCn),
    ("en", Lang::En),
];

/// At most this many ranges of a header are looked at.
const MAX_RANGES: usize = 16;

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, as `Content-Language` and `/labels` write it.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// RFC 4647 §3.4 lookup of one language range: the range, then the range
    /// with its last subtag cut off (and a single-letter subtag left before
    /// it), until a language matches or nothing is left.
    pub fn lookup(range: &str) -> Option<Lang> {
        let mut range = range.trim().to_ascii_lowercase();
        if range.is_empty()
            || range.len() > 64
            || !range.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return None;
        }
        loop {
            if let Some((_, lang)) = TAGS.iter().find(|(tag, _)| *tag == range) {
                return Some(*lang);
            }
            let cut = range.rfind('-')?;
            range.truncate(cut);
            if range.len() >= 2 && range.as_bytes()[range.len() - 2] == b'-' {
                range.truncate(range.len() - 2);
            }
        }
    }

    /// The language of an `Accept-Language` header: its ranges by weight
    /// (the header's order among equals), each looked up in turn; `None`
    /// when none names a language of ours. `*` and `q=0` ranges choose
    /// nothing: the server's default then applies.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut ranges: Vec<(u16, &str)> = accept_language
            .split(',')
            .take(MAX_RANGES)
            .filter_map(|part| {
                let mut bits = part.split(';');
                let range = bits.next()?.trim();
                let q = bits
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), quality)?;
                (q > 0 && range != "*").then_some((q, range))
            })
            .collect();
        ranges.sort_by_key(|r| std::cmp::Reverse(r.0));
        ranges.into_iter().find_map(|(_, r)| Lang::lookup(r))
    }
}

/// A `q` value in thousandths; `None` when it is not one.
fn quality(q: &str) -> Option<u16> {
    let v: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&v)
        .then(|| (v * 1000.0).round() as u16)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Lang::lookup(s).ok_or_else(|| format!("{s:?} is not zh-CN or en"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_cuts_subtags_until_a_language_matches() {
        assert_eq!(Lang::lookup("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::lookup("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::lookup("zh-TW"), Some(Lang::ZhCn));
        assert_eq!(Lang::lookup("ZH"), Some(Lang::ZhCn));
        assert_eq!(Lang::lookup("en-GB"), Some(Lang::En));
        assert_eq!(Lang::lookup("en-a-bbb-x-private"), Some(Lang::En));
        assert_eq!(Lang::lookup("fr-FR"), None);
        assert_eq!(Lang::lookup("e"), None);
        assert_eq!(Lang::lookup(""), None);
        assert_eq!(Lang::lookup("zh_CN"), None);
    }

    #[test]
    fn negotiation_follows_weights_then_order() {
        assert_eq!(Lang::negotiate("en, zh-CN"), Some(Lang::En));
        assert_eq!(Lang::negotiate("en;q=0.5, zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::En));
        assert_eq!(
            Lang::negotiate("zh-Hant-TW;q=0.9, en;q=0.3"),
            Some(Lang::ZhCn)
        );
        assert_eq!(Lang::negotiate("en;q=0, zh;q=0.1"), Some(Lang::ZhCn));
        assert_eq!(Lang::negotiate("*"), None);
        assert_eq!(Lang::negotiate("fr"), None);
        assert_eq!(Lang::negotiate(""), None);
        assert_eq!(Lang::negotiate("en;q=2, ;;;,=,q"), None);
    }

    #[test]
    fn every_language_reads_back_from_its_tag() {
        for lang in Lang::ALL {
            assert_eq!(lang.tag().parse::<Lang>(), Ok(lang));
        }
    }
}
