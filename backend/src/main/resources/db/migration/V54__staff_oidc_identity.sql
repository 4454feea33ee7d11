-- Staff accounts that sign in through an OpenID Connect provider: the provider's issuer and subject name
-- the person; the account's role and display name follow the ID token's claims at every sign-in.
-- properties holds the property keys of the configured claim, comma separated, as last signed in.
CREATE TABLE staff_oidc_identity (
    issuer        VARCHAR(500)  NOT NULL,
    subject       VARCHAR(255)  NOT NULL,
    staff_id      BIGINT        NOT NULL UNIQUE REFERENCES staff_account (id),
    properties    VARCHAR(2000) NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);
