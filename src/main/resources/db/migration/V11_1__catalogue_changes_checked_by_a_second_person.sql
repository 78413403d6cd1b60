-- Every change to a catalogue row the public sees carries its editor's reason, goes live at once and waits until
-- someone other than its editor checks it. A check is recorded in the audit trail too, naming the newest change
-- it covers. Written for both H2 2.x and PostgreSQL 15.

ALTER TABLE audit_entry ADD COLUMN reason VARCHAR(500);
ALTER TABLE audit_entry ADD COLUMN checked_entry_id BIGINT REFERENCES audit_entry (id);
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'DISABLE', 'ENABLE', 'PASSWORD_CHANGE', 'SIGN_IN_LOCK', 'CHECK'));

-- The changes nobody else has checked yet: added with the change, removed by the check that covers it.
CREATE TABLE change_awaiting_check (
    entry_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES audit_entry (id),
    record_type  VARCHAR(40)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL
);

CREATE INDEX change_awaiting_check_record ON change_awaiting_check (record_type, record_id);
