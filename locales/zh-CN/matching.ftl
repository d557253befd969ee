# matching
# 候选空间每项核对的说明：为何满足或不满足。
# `$units` 为该候选合并的单元数。

# 同一项核对的两条结论，合在一起说。
check-and = { $first }；{ $then }
# 地下楼层。
check-level-below = B{ $depth }

check-area-has = { $units ->
    [1] 面积 { $area } ㎡
   *[other] { $units } 个单元合计 { $area } ㎡
}
check-area-short = { $has }，小于所需的 { $min } ㎡（差 { $short } ㎡）
check-area-too-much = { $has }，超过上限 { $max } ㎡
check-area-within = { $has }，在 { $min }–{ $max } ㎡ 范围内
check-area-meets = { $has }，达到所需的 { $min } ㎡

check-live-load-below-minimum = { $units ->
    [1] 该单元
   *[other] { $units } 个单元中最低的
}楼面活荷载为 { $load } kN/㎡，低于所需的 { $min } kN/㎡
check-live-load-item-too-heavy = 最重设备（{ $weight } kg，占地 { $length }×{ $width } mm）对楼面的压强为 { $pressure } kN/㎡，超过 { $load } kN/㎡ 的楼面活荷载
check-live-load-none-asked = 未提出承重要求；{ $units ->
    [1] 该单元
   *[other] { $units } 个单元中最低的
}楼面活荷载为 { $load } kN/㎡
check-live-load-meets-minimum = { $units ->
    [1] 该单元
   *[other] { $units } 个单元中最低的
}楼面活荷载为 { $load } kN/㎡（要求 { $min } kN/㎡）
check-live-load-bears-item = { $units ->
    [1] 该单元
   *[other] { $units } 个单元中最低的
}楼面活荷载为 { $load } kN/㎡（设备压强 { $pressure } kN/㎡）
check-live-load-meets-both = { $units ->
    [1] 该单元
   *[other] { $units } 个单元中最低的
}楼面活荷载为 { $load } kN/㎡（要求 { $min } kN/㎡，设备压强 { $pressure } kN/㎡）

check-clear-height-below-minimum = 净高 { $height } mm，低于所需的 { $min } mm
check-clear-height-item-too-tall = 设备高 { $item } mm，超过 { $height } mm 的净高，放不进去
check-clear-height-none-asked = 未提出净高要求；净高 { $height } mm
check-clear-height-meets-minimum = 净高 { $height } mm（要求 { $min } mm）
check-clear-height-fits-item = 净高 { $height } mm；设备高 { $item } mm

check-lift-ground-floor = 位于首层，无需货梯
check-lift-none-serves = 本楼没有通达 { $level } 层的货梯
check-lift-serves = { $lift }通达 { $level } 层
check-lift-takes-item = { $lift }通达 { $level } 层，可运送该设备
check-lift-none-takes-item = 通达 { $level } 层的货梯都无法运送该设备
check-lift-closest = 通达 { $level } 层的货梯都无法运送该设备；最接近的是{ $lift }：{ $reasons }
check-lift = 额定载重 { $load } kg 的货梯（{ $lowest }–{ $highest } 层，轿厢 { $car_width }×{ $car_depth }×{ $car_height } mm，门 { $door_width }×{ $door_height } mm）
check-lift-overweight = 设备重 { $weight } kg，而货梯额定载重只有 { $load } kg
check-lift-door-too-narrow = 设备占地 { $length }×{ $width } mm，哪一边都过不了 { $door_width } mm 宽的门
check-lift-car-too-small = 设备占地 { $length }×{ $width } mm，按能过门的任一方向都放不进宽 { $car_width } mm、深 { $car_depth } mm 的轿厢
check-lift-door-too-low = 设备高 { $height } mm，而门高只有 { $door_height } mm
check-lift-car-too-low = 设备高 { $height } mm，而轿厢高只有 { $car_height } mm

check-fire-hazard-admitted = 该楼可容纳火灾危险性不高于{ $rating }的生产，{ $level } 层可用于{ $class }生产
check-fire-hazard-building-rating = 该楼只可容纳火灾危险性不高于{ $rating }的生产；{ $class }生产的火灾危险性更高
check-fire-hazard-class-a-multi-storey = 甲类生产只能设在单层厂房内，该楼地上有 { $storeys } 层
check-fire-hazard-below-ground = { $class }生产不得设在地下（{ $level } 层）

check-power-none-asked = 未提出用电要求；{ $units ->
    [1] 该单元
   *[other] { $units } 个单元合计
}供电容量 { $power } kVA
check-power-none-asked-unknown = 未提出用电要求；供电容量未登记
check-power-unknown = 供电容量不详（{ $units ->
    [1] 该单元及其楼层均
   *[other] 部分单元
}未登记 power_kva），无法保证 { $min } kVA
check-power-below-minimum = { $units ->
    [1] 该单元
   *[other] { $units } 个单元合计
}供电容量 { $power } kVA，低于所需的 { $min } kVA
check-power-meets-minimum = { $units ->
    [1] 该单元
   *[other] { $units } 个单元合计
}供电容量 { $power } kVA（要求 { $min } kVA）

check-utility-shaft-present = 该楼层有管井
check-utility-shaft-missing = 需要管井，但该楼层没有
check-utility-shaft-not-needed-present = 无需管井；该楼层有管井
check-utility-shaft-not-needed = 无需管井

# `$rent` 与 `$budget` 以元/㎡·天计，保留两位小数。
check-rent-no-budget = 未给出预算；{ $units ->
    [1] 挂牌租金
   *[other] 各单元中最高的挂牌租金
}为 { $rent } 元/㎡·天
check-rent-over-budget = { $units ->
    [1] 挂牌租金
   *[other] 各单元中最高的挂牌租金
}为 { $rent } 元/㎡·天，超出 { $budget } 元/㎡·天 的预算
check-rent-within-budget = { $units ->
    [1] 挂牌租金
   *[other] 各单元中最高的挂牌租金
}为 { $rent } 元/㎡·天，在 { $budget } 元/㎡·天 的预算以内

check-park-any = 不限园区
check-park-preferred = 位于意向园区之一
check-park-not-preferred = 不在任何意向园区内

check-availability-free = { $units ->
    [1] 该单元
   *[other] 全部单元
}在 { $start } 至 { $end } 期间空闲
check-availability-unit-unavailable = 单元 { $code } 已标为不可租
check-availability-unit-held = 单元 { $code } 在 { $start } 至 { $end } 期间已有报价或租约，与租期重叠

check-building-ready = 该楼{ $status }
check-building-ready-due-before = 该楼{ $status }，预计 { $due } 竣工，早于入驻日期 { $move_in }
check-building-ready-due-after = 该楼{ $status }，预计 { $due } 竣工，晚于入驻日期 { $move_in }
check-building-ready-no-date = 该楼{ $status }，未登记竣工日期
