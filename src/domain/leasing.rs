//! Applications, offers and leases: their states and the transitions
//! between them.

crate::text_enum! {
    /// What the tenant will do in the space.
    pub enum UseType { Rnd => "rnd", Production => "production", Office => "office", Warehouse => "warehouse", Mixed => "mixed" }
}

crate::text_enum! {
    /// Where a space request is in its life.
    pub enum ApplicationStatus {
        Draft => "draft",
        Submitted => "submitted",
        UnderReview => "under_review",
        Offered => "offered",
        Leased => "leased",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
}

crate::text_enum! {
    /// The transitions a client asks for, each its own endpoint.
    pub enum ApplicationAction { Submit => "submit", Review => "review", Reject => "reject", Withdraw => "withdraw" }
}

/// Who is asking for a transition, as far as the state machine cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// The applicant organisation's own user.
    Tenant,
    /// An operator in scope, or an admin.
    Staff,
}

impl ApplicationStatus {
    /// Open applications still want space (they count as demand).
    pub const OPEN: [Self; 3] = [Self::Submitted, Self::UnderReview, Self::Offered];
    /// Open and with no offer out: what an operator still looks for space for.
    pub const AWAITING_OFFER: [Self; 2] = [Self::Submitted, Self::UnderReview];
}

/// The state `action` leads to from `from`, or why it is not allowed.
pub fn transition(
    from: ApplicationStatus,
    action: ApplicationAction,
    actor: Actor,
) -> Result<ApplicationStatus, crate::i18n::Text> {
    use ApplicationAction as A;
    use ApplicationStatus as S;
    let to = match (action, from) {
        (A::Submit, S::Draft) => S::Submitted,
        (A::Review, S::Submitted) if actor == Actor::Staff => S::UnderReview,
        (A::Reject, S::Submitted | S::UnderReview) if actor == Actor::Staff => S::Rejected,
        (A::Withdraw, S::Draft | S::Submitted | S::UnderReview | S::Offered) => S::Withdrawn,
        (A::Review | A::Reject, S::Submitted | S::UnderReview) => {
            return Err(crate::text!(
                "problem-application-staff-only",
                action = action.label()
            ));
        }
        _ => {
            return Err(crate::text!(
                "problem-application-transition",
                status = from.label(),
                action = action.label()
            ));
        }
    };
    Ok(to)
}

crate::text_enum! {
    /// An offer's state. `open` offers past `valid_until` read as `expired`.
    pub enum OfferStatus { Open => "open", Accepted => "accepted", Declined => "declined", Withdrawn => "withdrawn", Expired => "expired" }
}

crate::text_enum! {
    pub enum LeaseStatus { Active => "active", Terminated => "terminated" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ApplicationAction as A;
    use crate::domain::ApplicationStatus as S;

    #[test]
    fn the_happy_path_runs_draft_to_under_review() {
        assert_eq!(
            transition(S::Draft, A::Submit, Actor::Tenant),
            Ok(S::Submitted)
        );
        assert_eq!(
            transition(S::Submitted, A::Review, Actor::Staff),
            Ok(S::UnderReview)
        );
    }

    #[test]
    fn only_staff_review_and_reject() {
        assert!(transition(S::Submitted, A::Review, Actor::Tenant).is_err());
        assert!(transition(S::UnderReview, A::Reject, Actor::Tenant).is_err());
        assert_eq!(
            transition(S::UnderReview, A::Reject, Actor::Staff),
            Ok(S::Rejected)
        );
    }

    #[test]
    fn withdraw_is_possible_before_leased_only() {
        for from in [S::Draft, S::Submitted, S::UnderReview, S::Offered] {
            assert_eq!(
                transition(from, A::Withdraw, Actor::Tenant),
                Ok(S::Withdrawn)
            );
        }
        for from in [S::Leased, S::Rejected, S::Withdrawn] {
            assert!(transition(from, A::Withdraw, Actor::Tenant).is_err());
        }
    }

    #[test]
    fn every_other_pair_is_refused() {
        for &from in S::ALL {
            for &action in A::ALL {
                let allowed = matches!(
                    (action, from),
                    (A::Submit, S::Draft)
                        | (A::Review, S::Submitted)
                        | (A::Reject, S::Submitted | S::UnderReview)
                        | (
                            A::Withdraw,
                            S::Draft | S::Submitted | S::UnderReview | S::Offered
                        )
                );
                assert_eq!(
                    transition(from, action, Actor::Staff).is_ok(),
                    allowed,
                    "{action} from {from}"
                );
            }
        }
    }
}
