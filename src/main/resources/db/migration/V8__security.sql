-- People who sign in to the pages. password_hash is a Spring Security delegating hash
-- ({bcrypt}...); languages are the target languages a translator may edit, comma-separated.
CREATE TABLE app_user (
    username       VARCHAR(120)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(200)  NOT NULL,
    role           VARCHAR(16)   NOT NULL,
    outlet         VARCHAR(120),
    languages      VARCHAR(100)  NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- API keys: only a SHA-256 of the key is kept (keys are 256 random bits, so a fast hash is
-- enough); the id is the key's public prefix, shown in lists so a key can be told apart.
CREATE TABLE api_key (
    id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    key_hash    VARCHAR(64)   NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    role        VARCHAR(16)   NOT NULL,
    outlet      VARCHAR(120),
    languages   VARCHAR(100)  NOT NULL,
    created_by  VARCHAR(120)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
