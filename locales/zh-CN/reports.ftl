# reports

## 楼盘表图片（stacking-plan.svg）
report-picture-title = 楼盘表
report-picture-as-of = 截至
report-picture-level = 楼层
report-picture-live-load = 荷载
report-picture-clear-height = 净高
report-picture-lifts = 货梯
report-picture-no-units = 无单元
report-picture-expiring-tag = ≤{ $days }天
report-picture-expiring = 租约 { $days } 天内到期
report-picture-level-above = { $level }层
report-picture-level-below = 地下{ $level }层
report-picture-area = { $area } ㎡
report-picture-load = { $label } { $load } kN/㎡
report-picture-height = { $label } { $mm } mm
report-staff-only = 报表仅供园区工作人员查看
