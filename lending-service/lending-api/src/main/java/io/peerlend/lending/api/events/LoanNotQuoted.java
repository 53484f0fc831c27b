package io.peerlend.lending.api.events;

import java.time.Instant;

/** No quote now (too little money on offer in the market); the borrower may ask again later. */
public record LoanNotQuoted(String applicationId, String reason, Instant at) {}
