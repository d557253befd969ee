# validation

# Generic field rules: `validator`'s built-in rules, serde's messages, query
# parameters and the custom rules of platform/validation.rs.
validation-required = `{ $name }` is required
validation-unknown-field = `{ $name }` is not a field of this resource, or may not be set by clients
validation-range-between = must be between { $min } and { $max }
validation-range-above-at-most = must be more than { $min } and at most { $max }
validation-range-at-least = must be at least { $min }
validation-range-above = must be more than { $min }
validation-range-at-most = must be at most { $max }
validation-range = out of range
validation-length-between = length must be between { $min } and { $max }
validation-length-at-least = length must be at least { $min }
validation-length-at-most = length must be at most { $max }
validation-length = wrong length
validation-email = must be an email address
validation-rule-failed = failed the `{ $rule }` rule
validation-nul-character = must not contain the NUL character (U+0000)
validation-parameter-twice = give this parameter once
validation-parameter-invalid = must be { $expected }, got { $given }
validation-unknown-parameter = this endpoint has no such parameter
validation-expected-number = a number
validation-expected-uuid = a UUID
validation-one-of = one of { $choices }
validation-unit-listed-twice = a unit is listed twice
validation-hidden-character = must not contain invisible or control characters
validation-blank = must not be blank
validation-code = must be 1 to { $max } ASCII letters, digits, '-', '_' or '.'
validation-password-too-short = must be at least { $min } characters
validation-password-too-long = must be at most { $max } characters
validation-industry-codes-max = at most { $max } industry codes
validation-industry-code-listed = { $code } { $reason }
validation-industry-code-empty = must not be empty
validation-industry-code-section = must start with a section letter A–T (GB/T 4754-2017)
validation-industry-code-shape = must be a section letter followed by 2 to 4 digits, e.g. C2770
validation-credit-code-length = must be 18 characters
validation-credit-code-alphabet = may hold only digits and the capital letters of GB 32100 (no I, O, Z, S, V)
validation-credit-code-check = its check character (the 18th) does not match

# Serde's messages, read back (platform/http/serde_words.rs). The English
# repeats serde's words exactly; a selector only on the default variant
# keeps a variable the Chinese needs without showing it.
validation-invalid-type = invalid type: { $found }, expected { $expected }
validation-invalid-value = invalid value: { $found }, expected { $expected }
validation-unknown-variant = unknown variant `{ $given }`, expected { $choices ->
   *[other] { $expected }
}
validation-invalid = { $words }
validation-found-integer = integer `{ $value }`
validation-found-float = floating point `{ $value }`
validation-found-boolean = boolean `{ $value }`
validation-found-string = string { $value }
validation-kind = { $kind ->
   *[other] { $words }
}
validation-expected-boolean = true or false
