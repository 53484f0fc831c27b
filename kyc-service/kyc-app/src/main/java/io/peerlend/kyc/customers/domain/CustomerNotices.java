package io.peerlend.kyc.customers.domain;

import io.peerlend.kyc.api.CustomerStatus;
import java.util.List;

/**
 * What a customer is told about where they stand: a neutral reason from this fixed list, never an officer's note or a
 * screening result. Telling a customer that they resemble a listed person, or that a suspicion was reported, would tip
 * them off (Proceeds of Crime Act 2002 s333A; the PRC Anti-Money Laundering Law art. 54), so staff's words stay
 * internal. The one exception is a document the customer can fix: they are told what failed, about their own document.
 */
public final class CustomerNotices {

    public static final String IN_REVIEW = "we are checking your details and will be in touch";
    public static final String REJECTED =
            "we cannot offer you a Peerlend account; you may ask us to look at this decision again by making a complaint";
    public static final String SUSPENDED =
            "your account is on hold while we review it: you cannot borrow, lend or withdraw meanwhile; we will be in touch";
    public static final String REVERIFICATION_DUE = "please confirm your identity again to go on borrowing or lending";
    public static final String ERASED = "your personal data has been erased";
    public static final String BEING_CHECKED = "your identity is being checked";

    private CustomerNotices() {}

    /** The status and reasons as the customer sees them. */
    public record Notice(CustomerStatus status, List<String> reasons) {}

    /**
     * @param status           null while the decision on a submission is not recorded yet
     * @param documentFailures what failed on the customer's own document, when that is why they were rejected
     *                         (empty otherwise)
     */
    public static Notice forCustomer(CustomerStatus status, List<String> documentFailures) {
        if (status == null) {
            // submitted, the decision not recorded yet (the read model holds the one before the other for a moment)
            return new Notice(CustomerStatus.IN_REVIEW, List.of(BEING_CHECKED));
        }
        return switch (status) {
            case VERIFIED -> new Notice(status, List.of());
            // a sanctions match is never named: any referral reads "in review"
            case IN_REVIEW, BLOCKED -> new Notice(CustomerStatus.IN_REVIEW, List.of(IN_REVIEW));
            case REJECTED -> new Notice(status, documentFailures.isEmpty() ? List.of(REJECTED) : documentFailures);
            case SUSPENDED -> new Notice(status, List.of(SUSPENDED));
            case REVERIFICATION_DUE -> new Notice(status, List.of(REVERIFICATION_DUE));
            case ERASED -> new Notice(status, List.of(ERASED));
        };
    }
}
