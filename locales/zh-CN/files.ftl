# 房源文件（xlsx 与 CSV）。

files-send-as = 请以 { $xlsx }（工作簿）或 { $csv }（单张工作表，并带 ?sheet=）格式发送文件
files-about-unit = { $code }：{ $message }

## 读取文件
files-empty = 文件为空
files-not-utf8 = 该 CSV 不是 UTF-8 文本，请另存为“CSV UTF-8”格式
files-malformed-csv = CSV 格式有误：{ $why }
files-not-a-workbook = 该文件不是 xlsx 工作簿（{ $why }）
files-unpacks-too-large = 该工作簿解压后为 { $mib } MiB，最多只读取 { $max } MiB
files-sheet-too-large = 每张工作表最多 { $rows } 行、{ $columns } 列
files-unknown-sheet = 未知的工作表“{ $sheet }”：工作簿应包含工作表 { $names }
files-duplicate-sheet = 工作簿中有两张名为 { $sheet } 的工作表
files-missing-sheet = 工作簿缺少工作表 { $sheet }；需要 { $names }（若不想修改其中的数据，保留一张只有表头的工作表即可）
files-more-errors = 另有 { $more } 个问题未列出；请先修正以上问题，再上传查看

## 表头与单元格
files-missing-header = 第 1 行应为表头（可导出模板查看）
files-unknown-column = 未知的列“{ $header }”：表头须包含以下字段名之一：{ $expected }
files-duplicate-column = 第 { $column } 列已是 { $field }
files-missing-column = 缺少必填列“{ $header }”
files-no-header = 此单元格有内容，但所在列没有表头
files-required = 此列每一行都必须填写
files-not-a-number = “{ $value }”不是数字
files-not-finite = 必须是有限的数字
files-not-an-integer = { $value } 不是整数
files-not-a-boolean = “{ $value }”不是“是”或“否”（true/false）
files-not-a-date = “{ $value }”不是日期（格式为 YYYY-MM-DD）
files-invalid-choice = “{ $value }”不是可选的值；可填 { $accepted }，或其中文、英文名称

## 各行
files-shown-building = 楼栋 { $code }
files-shown-floor = 楼层 { $key }
files-shown-lift = 货梯 { $key }
files-shown-unit = 单元 { $code }/{ $unit }
files-duplicate-row = { $shown } 已在第 { $row } 行出现
files-unknown-building = 园区中没有楼栋“{ $code }”，楼栋工作表中也没有新增该楼栋
files-unknown-floor = 楼栋 { $code } 没有第 { $level } 层，楼层工作表中也没有新增该楼层
files-unit-moved = 单元 { $unit } 位于第 { $level } 层；单元不能移到其他楼层（请删除后重新创建）
files-status-not-settable = 只能手动设为“可租”或“不可租”
files-status-follows-deals = 该单元当前为“{ $status }”，其状态随要约和租约变化
files-unknown-unit = 该楼栋没有单元“{ $code }”
files-not-symmetric = 此处将 { $other } 列为相邻单元，但其所在行（第 { $row } 行）未列出 { $unit }

## 查询参数
files-invalid-sheet = 须为 buildings、lifts、floors、units 之一，实际为“{ $value }”
files-sheet-csv-only = 工作簿包含全部工作表；sheet 参数仅用于 CSV
files-sheet-required = CSV 文件只含一张工作表：请指定 sheet=buildings、lifts、floors 或 units
files-invalid-format = 须为 xlsx 或 csv，实际为“{ $value }”
files-no-format = 未指定文件格式

## 各列：表头写中文名称，后接字段名（面积 area_m2 (㎡)）
files-column-building-code = 楼栋编号
files-column-name = 名称
files-column-kind = 类型
files-column-floors-above-ground = 地上层数
files-column-floors-below-ground = 地下层数
files-column-status = 状态
files-column-completion-date = 竣工日期
files-column-max-fire-hazard-class = 火灾危险性类别
files-column-lift-code = 货梯编号
files-column-rated-load = 额定载重
files-column-car-width = 轿厢宽
files-column-car-depth = 轿厢深
files-column-car-height = 轿厢高
files-column-door-width = 门宽
files-column-door-height = 门高
files-column-lowest-level = 最低停靠层
files-column-highest-level = 最高停靠层
files-column-level = 楼层
files-column-floor-height = 层高
files-column-clear-height = 净高
files-column-live-load = 活荷载
files-column-area = 面积
files-column-column-grid-x = 柱网X
files-column-column-grid-y = 柱网Y
files-column-power = 电力容量
files-column-utility-shaft = 管井
files-column-unit-code = 单元编号
files-column-asking-rent = 租金
files-column-fit-out = 装修
files-column-unit-live-load = 活荷载(覆盖楼层)
files-column-unit-clear-height = 净高(覆盖楼层)
files-column-unit-power = 电力容量(覆盖楼层)
files-column-adjacent-units = 相邻单元
files-expected-sheet = 工作表名称
files-expected-format = xlsx 或 csv
