# 账号、租户、运营方与登录。

problem-email-taken = 邮箱 { $email } 已有账号

# 访问规则（access.rs）与账号。
problem-admin-only = 只有管理员可以执行此操作
problem-not-your-park = 您不负责管理这个园区
problem-reject-other-parks = 该申请涉及您管理范围之外的园区（或未指定园区），只能由管理员驳回
problem-tenant-applies-for-itself = 租户只能为本企业提交申请
problem-no-tenant-organisation = 此账号未关联任何租户企业
problem-name-the-tenant = 请指定代为申请的租户
problem-operator-own-parks = 运营方代提交的申请只能指定其管理的园区，或不指定园区
problem-tenant-editor = 租户信息只能由租户本身或管理员修改
problem-audit-staff-only = 操作记录仅供园区工作人员查看
problem-expected-entity-type = 记录类别（park、building、freight_lift、floor、unit、application、offer、lease、tenant、user 之一）
problem-tenant-user-needs-tenant = 租户用户须填写 tenant_id
problem-unknown-tenant = 没有 id 为 { $id } 的租户
problem-only-tenant-users-have-tenant = 只有租户用户才能关联租户
problem-current-password-required = 修改密码须提供当前密码
problem-current-password-wrong = 当前密码不正确
problem-admin-only-user-fields = 只有管理员可以修改角色、所属租户或停用账号
problem-admin-demotes-self = 管理员不能停用自己或降低自己的角色，请让其他管理员操作
problem-admin-deletes-self = 管理员不能删除自己的账号
problem-credit-code-taken = 该统一社会信用代码已有企业注册
problem-tenants-register-themselves = 租户请通过 /auth/register 自行注册
problem-wrong-login = 邮箱或密码错误
problem-token-without-id = 此令牌没有 id，到期后会自动失效
problem-token-logged-out = 此令牌已因退出登录而失效，请重新登录
problem-token-password-changed = 签发此令牌后密码已修改，请重新登录
problem-account-gone = 此账号已不存在或已停用
problem-authorization-malformed = Authorization 请求头格式错误
problem-authorization-bearer = 请使用 `Authorization: Bearer <令牌>`
problem-token-invalid = 令牌无效或已过期
problem-token-required = 此接口需要 Bearer 令牌，请先登录
problem-not-an-operator = 该用户的角色是{ $role }，不是运营方
problem-not-operator-of-park = 该用户不是这个园区的运营方
problem-password-checks-busy = 同时进行的密码校验过多，请稍后重试
problem-if-match-not-text = If-Match 请求头不是有效的文本
