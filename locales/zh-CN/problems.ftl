# 各端点都可能答复的问题标题与说明，以及其中提到的记录类别。

problem-validation-failed = 请求内容有误
problem-malformed-json = 请求正文不是有效的 JSON
problem-unsupported-media-type = 不支持的内容类型
problem-bad-request = 请求无效
problem-unauthorized = 需要登录
problem-forbidden = 无权操作
problem-not-found = 未找到
problem-conflict = 冲突
problem-unit-unavailable = 单元已被占用
problem-invalid-transition = 当前状态不允许此操作
problem-precondition-failed = 前提条件不满足
problem-payload-too-large = 请求正文过大
problem-method-not-allowed = 不支持该请求方法
problem-rate-limited = 请求过于频繁
problem-service-unavailable = 服务暂不可用
problem-internal = 服务器内部错误

problem-validation-failed-detail-one = { $field }：{ $message }
problem-validation-failed-detail-many = 有 { $count } 个字段不符合要求
problem-payload-too-large-detail = 此请求的正文不得超过 { $limit_mib } MiB
problem-method-not-allowed-detail = 此路径支持的方法：{ $allowed }
problem-rate-limited-detail = 尝试次数过多，请 { $seconds } 秒后再试
problem-internal-detail = 发生了意外错误，已记录日志

problem-not-found-detail-id = 没有 id 为 { $id } 的{ $thing }
problem-no-endpoint = 没有 { $method } { $path } 这个接口
problem-path-id-invalid = { $path } 不存在：路径中的 id 不是有效的 UUID
problem-park-hidden = 此账号看不到园区 { $park_id } 的这项内容
problem-stale = 该{ $thing }已被他人修改，请重新获取
problem-version-mismatch = 该{ $thing }已有改动，当前 ETag 为 { $etag }，请重新获取
problem-duplicate = 已存在唯一值相同的记录（{ $constraint }）
problem-dangling = 此改动会留下无效的引用
problem-busy = 数据库繁忙，请稍后重试
problem-refused = 请求被拒绝：{ $reason }

problem-send-json = 请以 application/json 格式发送正文
problem-body-empty = 请求正文为空
problem-body-unreadable = 无法读取请求正文：{ $reason }
problem-json-syntax = 正文不是有效的 JSON：{ $reason }
problem-query-undecodable = 无法解析查询字符串：{ $reason }
problem-lang-unknown = 只能是 zh-CN 或 en，收到的是“{ $given }”

thing-park = 园区
thing-building = 楼栋
thing-floor = 楼层
thing-unit = 单元
thing-freight-lift = 货梯
thing-application = 租赁申请
thing-offer = 报价
thing-lease = 租约
thing-user = 用户
thing-tenant = 租户
thing-operator = 运营方
thing-other = { $name }
