# Applications, offers, holds and leases.

problem-unit-taken = unit { $unit } is already offered or leased from { $held_from } to { $held_until }, which overlaps { $start } to { $end }
problem-unit-taken-race = a unit was offered or leased for an overlapping period at the same moment
problem-application-not-draft = only drafts can be edited; this application is { $status }
problem-application-staff-only = only the park's operators may { $action } an application
problem-application-transition = an application that is { $status } cannot be asked to { $action }
problem-offer-needs-review = offers are made on applications under review; this one is { $status }
problem-offer-not-open = the offer is { $status }, no longer open
problem-end-before-start = end_date must be after start_date
problem-max-area-below-min = max_area_m2 must not be below min_area_m2
problem-applicant-withdraws = only the applicant withdraws an application
problem-leases-by-operators = leases are made by the park's operators
problem-operators-terminate = the park's operators terminate leases
problem-lease-terminated = the lease is already terminated
problem-termination-date = must be after the start ({ $start }) and no later than the current end ({ $end })
problem-offers-by-operators = offers are made by the park's operators
problem-operators-withdraw-offers = only the park's operators withdraw an offer
problem-offer-expired = an offer must be valid at least until today
problem-tenant-answers-offer = only the tenant accepts or declines an offer
problem-unknown-unit = no unit with id { $id }
problem-units-in-several-parks = all units must be in one park
problem-expected-lease-status = active or terminated
problem-expected-application-status = an application status
