package io.peerlend.lending.product;

/**
 * A long-lived aggregate that can sum up its state as one record, stored as its snapshot: loading it then replays the
 * snapshot (through the aggregate's own handler for the record) and only the events after it. The record is stored
 * like an event, so it is a contract too: add fields, upcast the rest.
 */
public interface Snapshotted {

    /** Everything the aggregate decides with, as a record its snapshot handler restores exactly. */
    Record snapshot();
}
