# Inventory files (xlsx and CSV).

files-send-as = send the file as { $xlsx } (a workbook) or { $csv } (one sheet, with ?sheet=)
files-about-unit = { $code }: { $message }
