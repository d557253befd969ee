# reports

## The stacking plan picture (stacking-plan.svg)
report-picture-title = Stacking plan
report-picture-as-of = as of
report-picture-level = Level
report-picture-live-load = Live load
report-picture-clear-height = Clear height
report-picture-lifts = Freight lifts
report-picture-no-units = no units
report-picture-expiring-tag = ≤{ $days }d
report-picture-expiring = lease ends within { $days } days
report-picture-level-above = { $level }F
report-picture-level-below = B{ $level }
report-picture-area = { $area } m²
report-picture-load = { $label } { $load } kN/m²
report-picture-height = { $label } { $mm } mm
report-staff-only = reports are for park staff
