-- 0002_learned_roles: dated evidence of who held which role, learned from
-- titles met next to names while coding (detente/actors/learn.py).

CREATE TABLE learned_roles (
    evidence_id TEXT PRIMARY KEY,  -- sha256 of article, sentence, name and code: a rerun adds nothing
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    code TEXT NOT NULL,
    sectors VARCHAR[],
    title TEXT,
    observed_on DATE,
    article_id TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    kb_code TEXT,
    conflict BOOLEAN NOT NULL
);

CREATE INDEX learned_roles_name ON learned_roles (name);
