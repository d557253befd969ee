# Accounts, tenants, operators and sign-in.

problem-email-taken = an account with email { $email } exists
