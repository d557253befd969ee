# 租赁申请、报价、占用与租约。

problem-unit-taken = 单元 { $unit } 已在 { $held_from } 至 { $held_until } 期间报价或出租，与 { $start } 至 { $end } 重叠
problem-unit-taken-race = 同一时刻已有人为重叠的期间对某个单元报价或出租
problem-application-not-draft = 只有草稿可以修改，此申请当前为“{ $status }”
problem-application-staff-only = 只有园区运营方可以对申请执行“{ $action }”
problem-application-transition = 处于“{ $status }”状态的申请不能执行“{ $action }”
problem-offer-needs-review = 只能对审核中的申请报价，此申请当前为“{ $status }”
problem-offer-not-open = 该报价当前为“{ $status }”，已不再有效
