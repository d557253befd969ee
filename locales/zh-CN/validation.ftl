# validation

# 通用字段规则：validator 的内置规则、serde 的报错、查询参数，以及
# platform/validation.rs 中的自定义规则。
validation-required = 缺少必填字段“{ $name }”
validation-unknown-field = “{ $name }”不是此资源的字段，或不允许客户端设置
validation-range-between = 须在 { $min } 到 { $max } 之间
validation-range-above-at-most = 须大于 { $min } 且不超过 { $max }
validation-range-at-least = 不得小于 { $min }
validation-range-above = 须大于 { $min }
validation-range-at-most = 不得超过 { $max }
validation-range = 超出允许范围
validation-length-between = 长度须在 { $min } 到 { $max } 之间
validation-length-at-least = 长度不得少于 { $min }
validation-length-at-most = 长度不得超过 { $max }
validation-length = 长度不符合要求
validation-email = 须为有效的电子邮箱地址
validation-rule-failed = 不符合“{ $rule }”规则
validation-nul-character = 不得包含 NUL 字符（U+0000）
validation-parameter-twice = 此参数只能出现一次
validation-parameter-invalid = 应为{ $expected }，收到的是 { $given }
validation-unknown-parameter = 此接口没有这个参数
validation-expected-number = 数字
validation-expected-uuid = UUID
validation-one-of = 以下之一：{ $choices }
validation-unit-listed-twice = 有单元重复列出
validation-hidden-character = 不得包含不可见字符或控制字符
validation-blank = 不能为空白
validation-code = 须为 1 到 { $max } 个 ASCII 字母、数字或“-”“_”“.”
validation-password-too-short = 密码至少 { $min } 个字符
validation-password-too-long = 密码最多 { $max } 个字符
validation-industry-codes-max = 行业代码最多 { $max } 个
validation-industry-code-listed = { $code }：{ $reason }
validation-industry-code-empty = 不能为空
validation-industry-code-section = 须以门类字母 A–T 开头（GB/T 4754-2017）
validation-industry-code-shape = 须为门类字母加 2 到 4 位数字，例如 C2770
validation-credit-code-length = 须为 18 位
validation-credit-code-alphabet = 只能包含数字和 GB 32100 规定的大写字母（不含 I、O、Z、S、V）
validation-credit-code-check = 第 18 位校验码不符

# serde 的报错，解析后重新组织（platform/http/serde_words.rs）。
validation-invalid-type = 类型不对：应为{ $expected }，收到的是{ $found }
validation-invalid-value = 取值无效：应为{ $expected }，收到的是{ $found }
validation-unknown-variant = “{ $given }”不是可选的值，可选：{ $choices }{ $expected ->
   *[other] {""}
}
validation-invalid = 取值无效（{ $words }）
validation-found-integer = 整数 { $value }
validation-found-float = 小数 { $value }
validation-found-boolean = 布尔值 { $value }
validation-found-string = 字符串 { $value }
validation-kind = { $kind ->
    [string] 字符串
    [integer] 整数
    [number] 数字
    [boolean] 布尔值（true 或 false）
    [array] 数组
    [object] 对象
    [null] 空值 null
    [uuid] UUID
    [date] 日期（YYYY-MM-DD）
   *[other] { $words }
}
validation-expected-boolean = true 或 false
