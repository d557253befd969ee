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
