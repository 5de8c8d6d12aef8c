-- How each outlet writes dates and digits in each target language, as an admin set it (issue 18).
-- A language without a row here takes tarjuma.outlets.<outlet>.<lang>.* or the language's default.
CREATE TABLE outlet_profile (
  outlet     VARCHAR(120) NOT NULL,
  lang       VARCHAR(16)  NOT NULL,
  digits     VARCHAR(16)  NOT NULL,
  calendar   VARCHAR(16)  NOT NULL,
  changed_by VARCHAR(120) NOT NULL,
  changed_at TIMESTAMP    NOT NULL,
  PRIMARY KEY (outlet, lang)
);
