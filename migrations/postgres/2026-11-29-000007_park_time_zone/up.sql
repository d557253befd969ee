-- A park's IANA time zone: its dates (an offer's valid_until, "today" in its
-- reports) are calendar dates there. Parks so far are all in mainland China.
ALTER TABLE parks ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai';
