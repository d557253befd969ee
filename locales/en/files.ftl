# Inventory files (xlsx and CSV).

files-send-as = send the file as { $xlsx } (a workbook) or { $csv } (one sheet, with ?sheet=)
files-about-unit = { $code }: { $message }

## Reading the file
files-empty = the file is empty
files-not-utf8 = the CSV is not UTF-8 text; save it as "CSV UTF-8"
files-malformed-csv = { $why }
files-not-a-workbook = the file is not an xlsx workbook ({ $why })
files-unpacks-too-large = the workbook unpacks to { $mib } MiB; at most { $max } MiB are read
files-sheet-too-large = a sheet may have at most { $rows } rows and { $columns } columns
files-unknown-sheet = unknown sheet "{ $sheet }": a workbook has the sheets { $names }
files-duplicate-sheet = the workbook has two sheets named { $sheet }
files-missing-sheet = the workbook has no sheet { $sheet }; it needs { $names } (leave one with its header only to change nothing there)
files-more-errors = { $more } more problems; fix these and upload again to see them

## The header and the cells
files-missing-header = row 1 must hold the column headers (export a template to see them)
files-unknown-column = unknown column "{ $header }": a header must contain one of { $expected }
files-duplicate-column = column { $column } already holds { $field }
files-missing-column = the required column "{ $header }" is missing
files-no-header = this cell has a value but its column has no header
files-required = this column needs a value in every row
files-not-a-number = "{ $value }" is not a number
files-not-finite = must be a finite number
files-not-an-integer = { $value } is not a whole number
files-not-a-boolean = "{ $value }" is not true or false (是/否)
files-not-a-date = "{ $value }" is not a date (YYYY-MM-DD)
files-invalid-choice = "{ $value }" is not one of { $accepted } (a value's name in Chinese or English is read too)

## The rows
files-shown-building = building { $code }
files-shown-floor = floor { $key }
files-shown-lift = lift { $key }
files-shown-unit = unit { $code }/{ $unit }
files-duplicate-row = { $shown } is already in row { $row }
files-unknown-building = the park has no building "{ $code }", and the buildings sheet does not add it
files-unknown-floor = building { $code } has no floor at level { $level }, and the floors sheet does not add it
files-unit-moved = unit { $unit } is on level { $level }; a unit cannot move to another floor (delete it and create it again)
files-status-not-settable = only available or unavailable may be set by hand
files-status-follows-deals = the unit is { $status }; its status follows its offers and leases
files-unknown-unit = the building has no unit "{ $code }"
files-not-symmetric = { $other } is listed as a neighbour here, but its own row ({ $row }) does not list { $unit }

## The query
files-invalid-sheet = must be one of buildings, lifts, floors, units; got "{ $value }"
files-sheet-csv-only = a workbook holds every sheet; `sheet` goes with CSV only
files-sheet-required = a CSV file holds one sheet: give sheet=buildings, lifts, floors or units
files-invalid-format = must be xlsx or csv, got "{ $value }"
files-no-format = no format

## Columns: the header shows the Chinese, before the field name (面积 area_m2 (㎡))
files-column-building-code = Building code
files-column-name = Name
files-column-kind = Kind
files-column-floors-above-ground = Floors above ground
files-column-floors-below-ground = Floors below ground
files-column-status = Status
files-column-completion-date = Completion date
files-column-max-fire-hazard-class = Fire hazard class
files-column-lift-code = Lift code
files-column-rated-load = Rated load
files-column-car-width = Car width
files-column-car-depth = Car depth
files-column-car-height = Car height
files-column-door-width = Door width
files-column-door-height = Door height
files-column-lowest-level = Lowest level served
files-column-highest-level = Highest level served
files-column-level = Level
files-column-floor-height = Floor height
files-column-clear-height = Clear height
files-column-live-load = Live load
files-column-area = Area
files-column-column-grid-x = Column grid X
files-column-column-grid-y = Column grid Y
files-column-power = Power capacity
files-column-utility-shaft = Utility shaft
files-column-unit-code = Unit code
files-column-asking-rent = Asking rent
files-column-fit-out = Fit-out
files-column-unit-live-load = Live load (overrides the floor)
files-column-unit-clear-height = Clear height (overrides the floor)
files-column-unit-power = Power capacity (overrides the floor)
files-column-adjacent-units = Adjacent units
files-expected-sheet = a sheet name
files-expected-format = xlsx or csv
