# Problem titles and details every endpoint may answer, and the names of
# record kinds they mention.

problem-validation-failed = Your request is not valid
problem-malformed-json = The request body is not valid JSON
problem-unsupported-media-type = Unsupported media type
problem-bad-request = Bad request
problem-unauthorized = Authentication required
problem-forbidden = Not allowed
problem-not-found = Not found
problem-conflict = Conflict
problem-unit-unavailable = Unit unavailable
problem-invalid-transition = Transition not allowed
problem-precondition-failed = Precondition failed
problem-payload-too-large = Payload too large
problem-method-not-allowed = Method not allowed
problem-rate-limited = Too many requests
problem-service-unavailable = Service unavailable
problem-internal = Internal server error

problem-validation-failed-detail-one = { $field }: { $message }
problem-validation-failed-detail-many = { $count } fields are invalid
problem-payload-too-large-detail = this request's body is limited to { $limit_mib } MiB
problem-method-not-allowed-detail = this path takes { $allowed }
problem-rate-limited-detail = too many attempts; try again in { $seconds } s
problem-internal-detail = an unexpected error occurred; it has been logged

problem-not-found-detail-id = no { $thing } with id { $id }
problem-no-endpoint = no endpoint at { $method } { $path }
problem-path-id-invalid = nothing at { $path }: an id in the path is not a valid UUID
problem-park-hidden = nothing of park { $park_id } for this account
problem-stale = the { $thing } was changed by someone else; fetch it again
problem-version-mismatch = the { $thing } has changed: its current ETag is { $etag }; fetch it again
problem-duplicate = a record with the same unique value exists ({ $constraint })
problem-dangling = the change would leave a dangling reference
problem-busy = the database is busy; retry shortly
problem-refused = the request was refused: { $reason }

problem-send-json = send the body as application/json
problem-body-empty = the request body is empty
problem-body-unreadable = could not read the body: { $reason }
problem-json-syntax = the body is not valid JSON: { $reason }
problem-query-undecodable = the query string cannot be decoded: { $reason }
problem-lang-unknown = must be zh-CN or en, got "{ $given }"

thing-park = park
thing-building = building
thing-floor = floor
thing-unit = unit
thing-freight-lift = freight lift
thing-application = application
thing-offer = offer
thing-lease = lease
thing-user = user
thing-tenant = tenant
thing-operator = operator
thing-other = { $name }
