# cli

## serve --demo：演示账号
cli-demo-accounts = 演示账号（密码均为 { $password }）：
cli-demo-admin = 管理员
cli-demo-operator = { $park } 的运营方
cli-demo-tenant = { $tenant } 的用户
