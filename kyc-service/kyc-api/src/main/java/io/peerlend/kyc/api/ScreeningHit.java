package io.peerlend.kyc.api;

/** A listed entry a customer resembled: public list data only (the customer's own words stay sealed). */
public record ScreeningHit(String list, String entryId, String listedName, double score) {}
