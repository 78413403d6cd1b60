-- A password set by someone else (the generated first password, or one an admin chose for a new user) must
-- be changed at the first sign-in, and stops working if unused until it expires. Written for both H2 2.x and
-- PostgreSQL 15.

ALTER TABLE admin_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE admin_user ADD COLUMN password_expires_at TIMESTAMP WITH TIME ZONE;
