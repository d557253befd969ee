# matching
# The message of each check of a candidate: why it passed or failed.
# `$units` is how many units the candidate combines.

# Two findings of one check, told together.
check-and = { $first }; { $then }
# A level below ground.
check-level-below = -{ $depth }

check-area-has = { $units ->
    [1] { $area } m²
   *[other] { $units } units, { $area } m² in all,
}
check-area-short = { $has } is less than the { $min } m² asked for ({ $short } m² short)
check-area-too-much = { $has } is more than the { $max } m² maximum
check-area-within = { $has } is within { $min }–{ $max } m²
check-area-meets = { $has } meets the { $min } m² minimum

check-live-load-below-minimum = { $units ->
    [1] the unit
   *[other] the weakest of the { $units } units
} carries { $load } kN/m², less than the { $min } kN/m² asked for
check-live-load-item-too-heavy = the heaviest item ({ $weight } kg on a { $length }×{ $width } mm footprint) presses { $pressure } kN/m² on the floor, more than the { $load } kN/m² live load
check-live-load-none-asked = no load asked for; { $units ->
    [1] the unit
   *[other] the weakest of the { $units } units
} carries { $load } kN/m²
check-live-load-meets-minimum = { $units ->
    [1] the unit
   *[other] the weakest of the { $units } units
} carries { $load } kN/m² ({ $min } kN/m² asked for)
check-live-load-bears-item = { $units ->
    [1] the unit
   *[other] the weakest of the { $units } units
} carries { $load } kN/m² (the item presses { $pressure } kN/m²)
check-live-load-meets-both = { $units ->
    [1] the unit
   *[other] the weakest of the { $units } units
} carries { $load } kN/m² ({ $min } kN/m² asked for, the item presses { $pressure } kN/m²)

check-clear-height-below-minimum = the clear height is { $height } mm, less than the { $min } mm asked for
check-clear-height-item-too-tall = the { $item } mm tall item does not fit under the { $height } mm clear height
check-clear-height-none-asked = no height asked for; the clear height is { $height } mm
check-clear-height-meets-minimum = the clear height is { $height } mm ({ $min } mm asked for)
check-clear-height-fits-item = the clear height is { $height } mm; the item is { $item } mm tall

check-lift-ground-floor = ground floor: no lift needed
check-lift-none-serves = no freight lift of the building serves level { $level }
check-lift-serves = { $lift } serves level { $level }
check-lift-takes-item = { $lift } serves level { $level } and takes the item
check-lift-none-takes-item = no lift serving level { $level } takes the item
check-lift-closest = no lift serving level { $level } takes the item; the closest is { $lift }: { $reasons }
check-lift = the { $load } kg lift (levels { $lowest } to { $highest }, car { $car_width }×{ $car_depth }×{ $car_height } mm, door { $door_width }×{ $door_height } mm)
check-lift-overweight = the item weighs { $weight } kg but the lift is rated for { $load } kg
check-lift-door-too-narrow = neither side of the { $length }×{ $width } mm footprint passes the { $door_width } mm wide door
check-lift-car-too-small = the { $length }×{ $width } mm footprint does not fit the { $car_width } mm wide, { $car_depth } mm deep car in either orientation that passes the door
check-lift-door-too-low = the item is { $height } mm tall but the door is { $door_height } mm high
check-lift-car-too-low = the item is { $height } mm tall but the car is { $car_height } mm high

check-fire-hazard-admitted = class { $class } is admitted on level { $level } of a building rated { $rating }
check-fire-hazard-building-rating = the building is rated for class { $rating } and above; class { $class } is more hazardous
check-fire-hazard-class-a-multi-storey = class a production is allowed only in a single-storey building; this one has { $storeys } storeys
check-fire-hazard-below-ground = class { $class } production is not allowed below ground (level { $level })

check-power-none-asked = no power asked for; { $units ->
    [1] the unit has
   *[other] the { $units } units have, their supplies together,
} { $power } kVA
check-power-none-asked-unknown = no power asked for; the power supply is not recorded
check-power-unknown = the power supply is unknown (no power_kva recorded for { $units ->
    [1] the unit or its floor
   *[other] some of the units
}), so { $min } kVA cannot be promised
check-power-below-minimum = { $units ->
    [1] the unit has
   *[other] the { $units } units have, their supplies together,
} { $power } kVA, less than the { $min } kVA asked for
check-power-meets-minimum = { $units ->
    [1] the unit has
   *[other] the { $units } units have, their supplies together,
} { $power } kVA ({ $min } kVA asked for)

check-utility-shaft-present = the floor has a utility shaft
check-utility-shaft-missing = a utility shaft is needed but the floor has none
check-utility-shaft-not-needed-present = no utility shaft needed; the floor has one
check-utility-shaft-not-needed = no utility shaft needed

# `$rent` and `$budget` in fen per m² per day.
check-rent-no-budget = no budget given; { $units ->
    [1] the asking rent
   *[other] the dearest unit's asking rent
} is { $rent } fen/m²/day
check-rent-over-budget = { $units ->
    [1] the asking rent
   *[other] the dearest unit's asking rent
} is { $rent } fen/m²/day, above the budget of { $budget } fen/m²/day
check-rent-within-budget = { $units ->
    [1] the asking rent
   *[other] the dearest unit's asking rent
} is { $rent } fen/m²/day, within the budget of { $budget } fen/m²/day

check-park-any = any park will do
check-park-preferred = in one of the preferred parks
check-park-not-preferred = not in any of the preferred parks

check-availability-free = { $units ->
    [1] the unit is
   *[other] all units are
} free from { $start } until { $end }
check-availability-unit-unavailable = unit { $code } is marked unavailable
check-availability-unit-held = unit { $code } is held from { $start } until { $end }, overlapping the lease

check-building-ready = the building is { $status }
check-building-ready-due-before = the building is { $status } and due { $due }, before the move-in date { $move_in }
check-building-ready-due-after = the building is { $status } and due { $due }, after the move-in date { $move_in }
check-building-ready-no-date = the building is { $status } and has no completion date recorded
