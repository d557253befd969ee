# reports
