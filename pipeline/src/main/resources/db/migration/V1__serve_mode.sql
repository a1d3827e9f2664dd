-- Serve mode: ledger, review, inbox, audit and API clients. Batch mode keeps its file ledger and needs none of this.

CREATE TABLE content_claim (
    sha256   VARCHAR(64) PRIMARY KEY,
    input_id VARCHAR(128) NOT NULL
);

CREATE TABLE input_record (
    input_id       VARCHAR(128) PRIMARY KEY,
    file_name      TEXT         NOT NULL,
    channel        VARCHAR(32)  NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    size           BIGINT       NOT NULL,
    received_at    TIMESTAMPTZ  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    reject_reason  VARCHAR(64),
    reject_message TEXT,
    document_ids   JSONB,
    pages          INT          NOT NULL
);

CREATE TABLE document_record (
    document_id    VARCHAR(128) PRIMARY KEY,
    input_id       VARCHAR(128) NOT NULL,
    pages          JSONB        NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    document_type  VARCHAR(64),
    review_reasons JSONB        NOT NULL,
    delivered_to   TEXT
);
CREATE INDEX document_record_input ON document_record (input_id);

-- One row per step of an input or a document; detail never holds document content.
CREATE TABLE history_entry (
    owner_kind VARCHAR(8)   NOT NULL,
    owner_id   VARCHAR(128) NOT NULL,
    seq        INT          NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    stage      VARCHAR(32),
    detail     TEXT,
    PRIMARY KEY (owner_kind, owner_id, seq)
);

-- Where each document went: case key (BG number), type and the team whose caseworkers see it.
CREATE TABLE routed_document (
    document_id   VARCHAR(128) PRIMARY KEY,
    input_id      VARCHAR(128) NOT NULL,
    document_type VARCHAR(64)  NOT NULL,
    case_key      VARCHAR(32),
    target        VARCHAR(64)  NOT NULL,
    team          VARCHAR(64)  NOT NULL,
    routed_at     TIMESTAMPTZ  NOT NULL,
    done_at       TIMESTAMPTZ,
    done_by       VARCHAR(128)
);
CREATE INDEX routed_document_team ON routed_document (team, case_key, document_type);

-- A document held for a person's decision; the analyzed document is kept to continue its delivery.
CREATE TABLE review_task (
    document_id    VARCHAR(128) PRIMARY KEY,
    input_id       VARCHAR(128) NOT NULL,
    status         VARCHAR(16)  NOT NULL,   -- OPEN, APPROVED, REJECTED
    reasons        JSONB        NOT NULL,
    document_type  VARCHAR(64)  NOT NULL,
    team           VARCHAR(64)  NOT NULL,
    analyzed       JSONB        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    decided_at     TIMESTAMPTZ,
    decided_by     VARCHAR(128),
    reject_reason  TEXT
);
CREATE INDEX review_task_open ON review_task (status, created_at);

CREATE TABLE correction (
    id             BIGSERIAL PRIMARY KEY,
    document_id    VARCHAR(128) NOT NULL,
    corrected_by   VARCHAR(128) NOT NULL,
    corrected_at   TIMESTAMPTZ  NOT NULL,
    original_type  VARCHAR(64)  NOT NULL,
    corrected_type VARCHAR(64)  NOT NULL,
    original       JSONB        NOT NULL,
    corrected      JSONB        NOT NULL
);

-- Who looked at or changed which document, when. Never content.
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(128) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    document_id VARCHAR(128)
);
CREATE INDEX audit_log_document ON audit_log (document_id);

CREATE TABLE api_client (
    name       VARCHAR(64) PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,   -- SHA-256 hex of the random token; the token is shown once
    created_at TIMESTAMPTZ NOT NULL,
    created_by VARCHAR(128) NOT NULL,
    operator   BOOLEAN     NOT NULL DEFAULT FALSE,   -- may use /api/v1/admin/** (dead-letter replay)
    revoked_at TIMESTAMPTZ
);
