# time: time zones and the dates that depend on them.

time-invalid-zone = "{ $value }" is not a time zone name; use an IANA name such as Asia/Shanghai
