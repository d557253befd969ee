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
