# 租赁申请、报价、占用与租约。

problem-unit-taken = 单元 { $unit } 已在 { $held_from } 至 { $held_until } 期间报价或出租，与 { $start } 至 { $end } 重叠
problem-unit-taken-race = 同一时刻已有人为重叠的期间对某个单元报价或出租
problem-application-not-draft = 只有草稿可以修改，此申请当前为“{ $status }”
problem-application-staff-only = 只有园区运营方可以对申请执行“{ $action }”
problem-application-transition = 处于“{ $status }”状态的申请不能执行“{ $action }”
problem-offer-needs-review = 只能对审核中的申请报价，此申请当前为“{ $status }”
problem-offer-not-open = 该报价当前为“{ $status }”，已不再有效
problem-end-before-start = 结束日期（end_date）须晚于开始日期（start_date）
problem-max-area-below-min = 最大面积（max_area_m2）不得小于最小面积（min_area_m2）
problem-applicant-withdraws = 只有申请人可以撤回申请
problem-leases-by-operators = 租约由园区运营方签订
problem-operators-terminate = 租约由园区运营方终止
problem-lease-terminated = 该租约已终止
problem-termination-date = 须晚于租期开始日（{ $start }），且不晚于当前到期日（{ $end }）
problem-offers-by-operators = 报价由园区运营方发出
problem-operators-withdraw-offers = 只有园区运营方可以撤回报价
problem-offer-expired = 报价有效期至少要到今天
problem-tenant-answers-offer = 只有租户可以接受或拒绝报价
problem-unknown-unit = 没有 id 为 { $id } 的单元
problem-units-in-several-parks = 所有单元须属于同一个园区
problem-expected-lease-status = active（生效中）或 terminated（已终止）
problem-expected-application-status = 申请状态（draft、submitted、under_review、offered、leased、rejected、withdrawn 之一）
