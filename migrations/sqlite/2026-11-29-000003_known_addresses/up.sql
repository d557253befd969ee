-- Addresses an account has logged in from: the right password from one of
-- them passes even while strangers' failures have the account throttled.
CREATE TABLE known_addresses (
    email_key TEXT NOT NULL,
    address_key TEXT NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (email_key, address_key)
);
