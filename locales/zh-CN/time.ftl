# time：时区，以及随时区而定的日期。

time-invalid-zone = “{ $value }”不是有效的时区名称，请使用 IANA 时区名称，例如 Asia/Shanghai
