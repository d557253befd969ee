# Each enum's values in words, chosen by the wire value. GET /api/v1/labels
# lists them; messages use them wherever they name a value.

label-Role = { $value ->
    [admin] Administrator
    [operator] Park operator
   *[tenant] Tenant
}
label-BuildingKind = { $value ->
    [industrial_tower] Industrial tower
    [multi_storey_factory] Multi-storey factory
    [rnd] R&D building
    [warehouse] Warehouse
    [dormitory] Dormitory
   *[amenity] Amenity building
}
label-BuildingStatus = { $value ->
    [planned] Planned
    [under_construction] Under construction
    [completed] Completed
   *[operational] In operation
}
label-FireHazardClass = { $value ->
    [a] Class A (甲)
    [b] Class B (乙)
    [c] Class C (丙)
    [d] Class D (丁)
   *[e] Class E (戊)
}
label-FireHazardClass-detail = { $value ->
    [a] Class A (GB 50016): uses or produces liquids with a flash point below 28 °C, gases with a lower explosive limit below 10 %, or substances that ignite or explode on their own, in water or in air
    [b] Class B (GB 50016): uses or produces liquids with a flash point of 28 °C to below 60 °C, gases with a lower explosive limit of 10 % or more, oxidising gases, or combustible dust, fibres or mist that can form explosive mixtures with air
    [c] Class C (GB 50016): uses or produces liquids with a flash point of 60 °C or more, or combustible solids
    [d] Class D (GB 50016): works non-combustible materials hot, molten or with sparks or open flame; burns gas, liquid or solid fuel for other purposes; or works hardly combustible materials at room temperature
   *[e] Class E (GB 50016): uses or works non-combustible materials at room temperature
}
label-UnitStatus = { $value ->
    [available] Available
    [reserved] Reserved
    [leased] Leased
   *[unavailable] Unavailable
}
label-FitOut = { $value ->
    [bare_shell] Bare shell
    [standard] Standard fit-out
   *[cleanroom] Cleanroom
}
label-UseType = { $value ->
    [rnd] R&D
    [production] Production
    [office] Office
    [warehouse] Warehousing
   *[mixed] Mixed use
}
label-ApplicationStatus = { $value ->
    [draft] Draft
    [submitted] Awaiting review
    [under_review] Under review
    [offered] Offer made
    [leased] Leased
    [rejected] Rejected
   *[withdrawn] Withdrawn
}
label-ApplicationAction = { $value ->
    [submit] submit
    [review] review
    [reject] reject
   *[withdraw] withdraw
}
label-OfferStatus = { $value ->
    [open] Open
    [accepted] Accepted
    [declined] Declined
    [withdrawn] Withdrawn
   *[expired] Expired
}
label-LeaseStatus = { $value ->
    [active] Active
   *[terminated] Terminated
}
label-Criterion = { $value ->
    [area] Area
    [live_load] Floor load
    [clear_height] Clear height
    [freight_lift] Freight lift
    [fire_hazard] Fire-hazard class
    [power] Power
    [utility_shaft] Utility shaft
    [rent] Rent
    [park] Park
    [availability] Availability
   *[building_ready] Building in operation
}
label-IndustrySection = { $value ->
    [A] Agriculture, forestry, animal husbandry and fishery
    [B] Mining
    [C] Manufacturing
    [D] Production and supply of electricity, heat, gas and water
    [E] Construction
    [F] Wholesale and retail trade
    [G] Transport, storage and post
    [H] Accommodation and catering
    [I] Information transmission, software and information technology services
    [J] Finance
    [K] Real estate
    [L] Leasing and business services
    [M] Scientific research and technical services
    [N] Water conservancy, environment and public facilities management
    [O] Resident services, repair and other services
    [P] Education
    [Q] Health and social work
    [R] Culture, sports and entertainment
    [S] Public administration, social security and social organisations
   *[T] International organisations
}
label-EntityKind = { $value ->
    [park] Park
    [building] Building
    [freight_lift] Freight lift
    [floor] Floor
    [unit] Unit
    [application] Application
    [offer] Offer
    [lease] Lease
    [tenant] Tenant
   *[user] User
}
label-Action = { $value ->
    [create] Created
    [update] Updated
    [delete] Deleted
    [submit] Submitted
    [review] Taken into review
    [reject] Rejected
    [withdraw] Withdrawn
    [accept] Accepted
    [decline] Declined
    [expire] Expired
    [terminate] Terminated
    [assign_operator] Operator assigned
   *[unassign_operator] Operator removed
}
