-- Approved documents whose deliver message is not yet on the broker. Written in the approval's transaction, so a
-- broker that refuses the send after the commit loses nothing: DeliveryOutbox sends and deletes the row.
CREATE TABLE delivery_outbox (
    document_id     VARCHAR(128) PRIMARY KEY,
    message         TEXT         NOT NULL,   -- the deliver message (analyzed document as JSON)
    created_at      TIMESTAMPTZ  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    last_attempt_at TIMESTAMPTZ
);
