-- The audit trail also records changes to who can do what (users added, disabled and re-enabled, passwords
-- changed, sign-ins locked by the throttle), and the client address of every entry. Written for both H2 2.x
-- and PostgreSQL 15.

ALTER TABLE audit_entry ADD COLUMN source_address VARCHAR(100);
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action;
ALTER TABLE audit_entry ALTER COLUMN action SET DATA TYPE VARCHAR(20);
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_LOCK'));
