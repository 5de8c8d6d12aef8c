-- The nodes that have run against this database: several instances may share it, and the
-- operator can see which ran, which version, and when each last started.
CREATE TABLE instance (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    host        VARCHAR(255) NOT NULL,
    version     VARCHAR(64)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
