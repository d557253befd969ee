# 各枚举值的中文名称，按接口中的取值选择。GET /api/v1/labels 列出全部；
# 消息中提到某个取值时也用这里的名称。

label-Role = { $value ->
    [admin] 管理员
    [operator] 园区运营方
   *[tenant] 租户
}
label-BuildingKind = { $value ->
    [industrial_tower] 工业大厦
    [multi_storey_factory] 多层厂房
    [rnd] 研发楼
    [warehouse] 仓库
    [dormitory] 宿舍
   *[amenity] 配套用房
}
label-BuildingStatus = { $value ->
    [planned] 规划中
    [under_construction] 在建
    [completed] 已竣工
   *[operational] 已投入运营
}
label-FireHazardClass = { $value ->
    [a] 甲类
    [b] 乙类
    [c] 丙类
    [d] 丁类
   *[e] 戊类
}
label-FireHazardClass-detail = { $value ->
    [a] 甲类（GB 50016）：使用或产生闪点小于 28℃ 的液体、爆炸下限小于 10% 的气体，或常温下能自行分解、在空气中或遇水能燃烧爆炸的物质
    [b] 乙类（GB 50016）：使用或产生闪点不小于 28℃ 但小于 60℃ 的液体、爆炸下限不小于 10% 的气体、助燃气体，或能与空气形成爆炸性混合物的粉尘、纤维、闪点不小于 60℃ 的液体雾滴
    [c] 丙类（GB 50016）：使用或产生闪点不小于 60℃ 的液体，或可燃固体
    [d] 丁类（GB 50016）：对不燃烧物质进行加工并在高温或熔化状态下经常产生强辐射热、火花或火焰的生产；将气体、液体、固体作为燃料燃烧作其他用途的生产；常温下使用或加工难燃烧物质的生产
   *[e] 戊类（GB 50016）：常温下使用或加工不燃烧物质的生产
}
label-UnitStatus = { $value ->
    [available] 可租
    [reserved] 已预留
    [leased] 已出租
   *[unavailable] 不可租
}
label-FitOut = { $value ->
    [bare_shell] 毛坯
    [standard] 标准装修
   *[cleanroom] 洁净车间
}
label-UseType = { $value ->
    [rnd] 研发
    [production] 生产
    [office] 办公
    [warehouse] 仓储
   *[mixed] 综合用途
}
label-ApplicationStatus = { $value ->
    [draft] 草稿
    [submitted] 待审核
    [under_review] 审核中
    [offered] 已报价
    [leased] 已签约
    [rejected] 已驳回
   *[withdrawn] 已撤回
}
label-ApplicationAction = { $value ->
    [submit] 提交
    [review] 审核
    [reject] 驳回
   *[withdraw] 撤回
}
label-OfferStatus = { $value ->
    [open] 有效
    [accepted] 已接受
    [declined] 已拒绝
    [withdrawn] 已撤回
   *[expired] 已过期
}
label-LeaseStatus = { $value ->
    [active] 生效中
   *[terminated] 已终止
}
label-Criterion = { $value ->
    [area] 面积
    [live_load] 楼面荷载
    [clear_height] 净高
    [freight_lift] 货梯
    [fire_hazard] 火灾危险性类别
    [power] 电力
    [utility_shaft] 管井
    [rent] 租金
    [park] 园区
    [availability] 可入驻时间
   *[building_ready] 楼栋已投入运营
}
label-IndustrySection = { $value ->
    [A] 农、林、牧、渔业
    [B] 采矿业
    [C] 制造业
    [D] 电力、热力、燃气及水生产和供应业
    [E] 建筑业
    [F] 批发和零售业
    [G] 交通运输、仓储和邮政业
    [H] 住宿和餐饮业
    [I] 信息传输、软件和信息技术服务业
    [J] 金融业
    [K] 房地产业
    [L] 租赁和商务服务业
    [M] 科学研究和技术服务业
    [N] 水利、环境和公共设施管理业
    [O] 居民服务、修理和其他服务业
    [P] 教育
    [Q] 卫生和社会工作
    [R] 文化、体育和娱乐业
    [S] 公共管理、社会保障和社会组织
   *[T] 国际组织
}
label-EntityKind = { $value ->
    [park] 园区
    [building] 楼栋
    [freight_lift] 货梯
    [floor] 楼层
    [unit] 单元
    [application] 租赁申请
    [offer] 报价
    [lease] 租约
    [tenant] 租户
   *[user] 用户
}
label-Action = { $value ->
    [create] 创建
    [update] 修改
    [delete] 删除
    [submit] 提交
    [review] 开始审核
    [reject] 驳回
    [withdraw] 撤回
    [accept] 接受
    [decline] 拒绝
    [expire] 过期
    [terminate] 终止
    [assign_operator] 指派运营方
   *[unassign_operator] 撤销运营方
}
