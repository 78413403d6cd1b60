-- The codes a role or an entry route was known by before an editor changed it, so that every old public
-- address answers 301 Moved Permanently with the current one. Each old code points at its row, not at the
-- code that replaced it, so several renames never make a chain. A code in use again is taken out.
-- Written for both H2 2.x and PostgreSQL 15.

CREATE TABLE retired_code (
    kind        VARCHAR(20)  NOT NULL,
    code        VARCHAR(100) NOT NULL,
    current_id  BIGINT       NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, code),
    CONSTRAINT retired_code_kind CHECK (kind IN ('role', 'entry-route'))
);

CREATE INDEX retired_code_current ON retired_code (kind, current_id);
