# cli

## serve --demo: the demo accounts
cli-demo-accounts = Demo accounts (password for all: { $password }):
cli-demo-admin = administrator
cli-demo-operator = operator of { $park }
cli-demo-tenant = user of { $tenant }
