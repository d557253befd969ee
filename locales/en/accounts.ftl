# Accounts, tenants, operators and sign-in.

problem-email-taken = an account with email { $email } exists

# Access rules (access.rs) and accounts.
problem-admin-only = only an admin may do this
problem-not-your-park = you do not manage this park
problem-reject-other-parks = the application names parks other than yours (or none); only an admin rejects it
problem-tenant-applies-for-itself = tenants apply for their own organisation
problem-no-tenant-organisation = this account belongs to no tenant organisation
problem-name-the-tenant = name the tenant you apply for
problem-operator-own-parks = an operator files applications that name one of its own parks, or none
problem-tenant-editor = a tenant's details are changed by the tenant or an admin
problem-audit-staff-only = the audit trail is for park staff
problem-expected-entity-type = an entity type
problem-tenant-user-needs-tenant = a tenant user needs a tenant_id
problem-unknown-tenant = no tenant with id { $id }
problem-only-tenant-users-have-tenant = only tenant users belong to a tenant
problem-current-password-required = give your current password to change it
problem-current-password-wrong = the current password is not right
problem-admin-only-user-fields = only an admin may change roles, tenants or disable accounts
problem-admin-demotes-self = an admin cannot disable or demote themself; ask another admin
problem-admin-deletes-self = an admin cannot delete themself
problem-credit-code-taken = an organisation with this credit code is registered
problem-tenants-register-themselves = tenants register through /auth/register
problem-wrong-login = wrong email or password
problem-token-without-id = this token carries no id; it ends by itself when it expires
problem-token-logged-out = this token was ended by logging out; log in again
problem-token-password-changed = the password changed after this token was issued; log in again
problem-account-gone = this account no longer exists or is disabled
problem-authorization-malformed = malformed Authorization header
problem-authorization-bearer = use `Authorization: Bearer <token>`
problem-token-invalid = the token is invalid or has expired
problem-token-required = this endpoint needs a bearer token
problem-not-an-operator = the user is a { $role }, not an operator
problem-not-operator-of-park = that user is not an operator of that park
problem-password-checks-busy = too many password checks at once; retry shortly
problem-if-match-not-text = If-Match is not valid text
