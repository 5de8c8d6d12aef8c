-- Sign-in sessions in the database, so that any node behind the load balancer serves any page
-- (Spring Session JDBC; spring.session.jdbc.initialize-schema=never, these tables are ours).
-- Spring Session's own schema-postgresql.sql, in the types H2 (MODE=PostgreSQL) takes as well,
-- with one change: principal_name holds a whole user name (app_user.username, up to 120), where
-- Spring Session's 100 would refuse to store the session of a longer name. Times are epoch
-- milliseconds, as Spring Session writes them. Expired sessions are deleted by Spring Session's
-- clean-up on every node (the same DELETE, so running it twice does no harm).
CREATE TABLE spring_session (
    primary_id             CHAR(36)      NOT NULL,
    session_id             CHAR(36)      NOT NULL,
    creation_time          BIGINT        NOT NULL,
    last_access_time       BIGINT        NOT NULL,
    max_inactive_interval  INTEGER       NOT NULL,
    expiry_time            BIGINT        NOT NULL,
    principal_name         VARCHAR(120),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

-- Each attribute Java-serialized: the security context (the signed-in user, without the password
-- hash), the CSRF token, the request saved before sign-in, the sign-in page's last message.
CREATE TABLE spring_session_attributes (
    session_primary_id  CHAR(36)      NOT NULL,
    attribute_name      VARCHAR(200)  NOT NULL,
    attribute_bytes     BYTEA         NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Failed sign-ins in a row per user name (stripped and lower-cased; names longer than any user's
-- cut to 120), shared by every node so that guesses spread over several nodes are counted as one.
-- How long the name must wait follows from these two (LoginAttempts): after the fifth failure,
-- 30 s from last_failed_at, doubling with each one more, at most 15 minutes. A row whose last
-- failure is an hour old counts as none and is deleted at the next failure of any name; a success
-- deletes its name's row.
CREATE TABLE sign_in_failure (
    username        VARCHAR(120)  NOT NULL PRIMARY KEY,
    failures        INTEGER       NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sign_in_failure_last_failed_at ON sign_in_failure (last_failed_at);
