package io.peerlend.lending.secondary;

import java.util.List;

/** Where the secondary market's steps find a loan's open listings (the listings' read model, or a test's model). */
public interface OpenListings {

    /** An open listing: its id and who sells it. */
    record Open(String listingId, String sellerId) {}

    List<Open> openOfLoan(String loanId);
}
