# 房源文件（xlsx 与 CSV）。

files-send-as = 请以 { $xlsx }（工作簿）或 { $csv }（单张工作表，并带 ?sheet=）格式发送文件
files-about-unit = { $code }：{ $message }
