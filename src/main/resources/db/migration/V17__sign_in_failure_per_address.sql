-- Failed sign-ins in a row per user name AND source address (issue 16, item 7), so that a stranger
-- guessing from one address slows down only their own guesses, not the user signing in elsewhere.
-- username: stripped and lower-cased, cut to 120 as in V13; address: the client's address as the
-- node sees it (behind a proxy, with server.forward-headers-strategy, the forwarded one), cut to 64.
-- How long a pair must wait, and when a name as a whole must wait because it is attacked from many
-- addresses, follows from these rows (LoginAttempts). The counts of V13 are dropped: they are at
-- most an hour's throttle, and a row without its address cannot be placed in the new table.
DROP TABLE sign_in_failure;

CREATE TABLE sign_in_failure (
    username        VARCHAR(120)  NOT NULL,
    address         VARCHAR(64)   NOT NULL,
    failures        INTEGER       NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, address)
);

CREATE INDEX sign_in_failure_last_failed_at ON sign_in_failure (last_failed_at);
