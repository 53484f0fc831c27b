-- One job at a time across every instance of a service (ShedLock's JDBC provider): e.g. lending's close of business.
-- A lock names its job; lock_until bounds how long a dead holder keeps it (kept alive while the holder works).
CREATE TABLE IF NOT EXISTS shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
