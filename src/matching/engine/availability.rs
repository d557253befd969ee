//! Whether units are free for the lease period the tenant asks for.

use chrono::{Months, NaiveDate};

/// The requested lease period `[move_in, move_in + months)`. A period that
/// runs past the calendar's end is cut at the last representable date.
pub fn lease_period(move_in: NaiveDate, months: u32) -> (NaiveDate, NaiveDate) {
    let end = move_in
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX);
    (move_in, end)
}

/// Whether two half-open periods share a day: a hold ending on the day the
/// lease starts does not.
pub fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_period_runs_whole_calendar_months() {
        assert_eq!(
            lease_period(d("2027-03-01"), 36),
            (d("2027-03-01"), d("2030-03-01"))
        );
        // Month ends clamp rather than spill into the next month.
        assert_eq!(lease_period(d("2027-01-31"), 1).1, d("2027-02-28"));
    }

    #[test]
    fn a_hold_ending_on_move_in_day_does_not_overlap() {
        let lease = lease_period(d("2027-03-01"), 12);
        assert!(!overlaps((d("2025-03-01"), d("2027-03-01")), lease));
        assert!(overlaps((d("2025-03-01"), d("2027-03-02")), lease));
    }

    #[test]
    fn a_hold_starting_on_the_day_the_lease_ends_does_not_overlap() {
        let lease = lease_period(d("2027-03-01"), 12);
        assert!(!overlaps((d("2028-03-01"), d("2029-03-01")), lease));
        assert!(overlaps((d("2028-02-29"), d("2029-03-01")), lease));
    }
}
