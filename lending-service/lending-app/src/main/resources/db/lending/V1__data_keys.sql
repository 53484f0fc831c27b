-- One data key per customer, wrapped (AES-256-GCM) by a master key named by its version. Erasure sets
-- wrapped_key to NULL and keeps the row as a tombstone, so a key can never be created again for that customer.
CREATE TABLE lending.data_keys (
    customer_id        VARCHAR(255) PRIMARY KEY,
    wrapped_key        BYTEA,
    master_key_version VARCHAR(64),
    created_at         TIMESTAMPTZ NOT NULL,
    rewrapped_at       TIMESTAMPTZ,
    erased_at          TIMESTAMPTZ
);
