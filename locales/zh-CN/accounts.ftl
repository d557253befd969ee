# 账号、租户、运营方与登录。

problem-email-taken = 邮箱 { $email } 已有账号
