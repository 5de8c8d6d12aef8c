-- Engines an admin has paused: routes skip them until resumed. Engines themselves (providers,
-- keys, routes) stay configuration; only this switch is changed at run time, and it outlives a
-- restart.
CREATE TABLE engine_switch (
    name        VARCHAR(120)  NOT NULL PRIMARY KEY,
    paused      BOOLEAN       NOT NULL,
    changed_by  VARCHAR(120)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
