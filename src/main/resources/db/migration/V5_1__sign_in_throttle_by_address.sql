-- Failed sign-ins counted per username and client address, per address across usernames, and per
-- username across addresses (docs/security.md), replacing the count per username alone, which let anyone
-- lock a known username out. Every key is a SHA-256, so nothing typed is stored. Written for both H2 2.x
-- and PostgreSQL 15.

DROP TABLE sign_in_failure;

CREATE TABLE sign_in_counter (
    scope            VARCHAR(10) NOT NULL,
    subject_key      CHAR(64)    NOT NULL,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_counter_pk PRIMARY KEY (scope, subject_key),
    CONSTRAINT sign_in_counter_scope CHECK (scope IN ('PAIR', 'ADDRESS', 'USERNAME'))
);

-- Addresses a username has signed in from: they are not held back by the lock on that username.
CREATE TABLE sign_in_known_address (
    username_key     CHAR(64) NOT NULL,
    address_key      CHAR(64) NOT NULL,
    last_success_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_known_address_pk PRIMARY KEY (username_key, address_key)
);

CREATE INDEX sign_in_counter_last_failure ON sign_in_counter (last_failure_at);
