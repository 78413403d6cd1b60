-- Scheduled work runs on one instance at a time: ShedLock takes a row here, by name, before each run
-- (docs/production.md). Times are the database's own, so instances' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
