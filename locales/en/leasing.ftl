# Applications, offers, holds and leases.

problem-unit-taken = unit { $unit } is already offered or leased from { $held_from } to { $held_until }, which overlaps { $start } to { $end }
problem-unit-taken-race = a unit was offered or leased for an overlapping period at the same moment
problem-application-not-draft = only drafts can be edited; this application is { $status }
problem-application-staff-only = only the park's operators may { $action } an application
problem-application-transition = an application that is { $status } cannot be asked to { $action }
problem-offer-needs-review = offers are made on applications under review; this one is { $status }
problem-offer-not-open = the offer is { $status }, no longer open
