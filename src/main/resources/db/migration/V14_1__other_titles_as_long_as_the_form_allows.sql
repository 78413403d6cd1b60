-- A role's other titles are entered one a line in a field of up to 1000 characters, so one
-- title may be that long: the column holds what the form allows. Written for both H2 2.x and
-- PostgreSQL 15.

ALTER TABLE role_edition_other_title ALTER COLUMN title SET DATA TYPE VARCHAR(1000);
