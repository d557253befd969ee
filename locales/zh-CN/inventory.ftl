# 房源：园区、楼栋、楼层、货梯与单元。

problem-building-code-taken = 园区内已有编号为“{ $code }”的楼栋
problem-building-not-empty = 该楼栋仍有 { $floors } 个楼层和 { $lifts } 部货梯，请先删除
problem-floor-level-taken = 该楼栋已有第 { $level } 层
problem-floor-not-empty = 该楼层仍有 { $units } 个单元，请先删除
problem-lift-code-taken = 该楼栋已有编号为“{ $code }”的货梯
problem-park-not-empty = 该园区仍有 { $buildings } 栋楼，请先删除
problem-unit-code-taken = 该楼栋已有编号为“{ $code }”的单元
problem-unit-status-follows-deals = 该单元当前为“{ $status }”，其状态由报价和租约决定
problem-unit-has-deals = 有 { $deals } 份报价或租约涉及该单元，请改为标记为不可租
problem-max-area-below-min-area = 不得小于 min_area_m2
problem-status-not-settable = 只能手动设为 available（可出租）或 unavailable（不可出租）

# 跨字段、跨记录的一致性规则（domain/rules.rs）。
rules-levels-above = 1..{ $above } 层
rules-levels-one-below = 地下 1 层或地上 1..{ $above } 层
rules-levels-below = 地下 { $below }..1 层或地上 1..{ $above } 层
rules-level-outside-building = 本楼栋没有第 { $level } 层（本楼栋为 { $levels }）
rules-exceeds-floor-height = 净高 { $clear } mm 不能超过层高 { $floor } mm
rules-lift-levels-order = 最低停靠层（lowest_level）不能高于最高停靠层（highest_level）
rules-level-in-use = 第 { $level } 层已登记楼层或货梯停靠，请先删除
rules-units-exceed-floor-area = 本层单元面积合计将达 { $total } ㎡，超过楼层面积 { $floor } ㎡
rules-floor-below-units-area = 本层单元面积合计已有 { $area } ㎡
rules-floor-below-unit-height = 本层有单元登记的净高为 { $height } mm
rules-adjacent-to-itself = 单元不能与自身相邻
rules-listed-twice = 重复列出
rules-adjacent-other-floor = 相邻单元须在同一楼层
