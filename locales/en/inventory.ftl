# The inventory: parks, buildings, floors, lifts and units.

problem-building-code-taken = the park already has a building with code "{ $code }"
problem-building-not-empty = the building still has { $floors } floor(s) and { $lifts } freight lift(s); delete them first
problem-floor-level-taken = the building already has a floor at level { $level }
problem-floor-not-empty = the floor still has { $units } unit(s); delete them first
problem-lift-code-taken = the building already has a lift with code "{ $code }"
problem-park-not-empty = the park still has { $buildings } building(s); delete them first
problem-unit-code-taken = the building already has a unit with code "{ $code }"
problem-unit-status-follows-deals = the unit is { $status }; its status follows its offers and leases
problem-unit-has-deals = { $deals } offer(s) or lease(s) name this unit; mark it unavailable instead
problem-max-area-below-min-area = must not be below min_area_m2
problem-status-not-settable = only available or unavailable may be set by hand

# Consistency rules (domain/rules.rs).
rules-levels-above = 1..{ $above }
rules-levels-one-below = -1 or 1..{ $above }
rules-levels-below = -{ $below }..-1 or 1..{ $above }
rules-level-outside-building = level { $level } is not a level of this building ({ $levels })
rules-exceeds-floor-height = clear height { $clear } mm cannot exceed the floor-to-floor height { $floor } mm
rules-lift-levels-order = lowest_level must not be above highest_level
rules-level-in-use = level { $level } has floors or lift stops recorded; remove them first
rules-units-exceed-floor-area = the floor's units would cover { $total } m², more than the floor's { $floor } m²
rules-floor-below-units-area = the floor's units already cover { $area } m²
rules-floor-below-unit-height = a unit on this floor records a clear height of { $height } mm
rules-adjacent-to-itself = a unit cannot be adjacent to itself
rules-listed-twice = listed twice
rules-adjacent-other-floor = adjacent units must be on the same floor
