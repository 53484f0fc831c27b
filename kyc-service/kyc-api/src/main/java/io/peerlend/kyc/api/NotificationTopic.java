package io.peerlend.kyc.api;

/**
 * What a customer or staff member is told by email. A topic the platform must tell (the outcome of an identity check,
 * a missed payment, arrears, a default, a complaint's handling, the erasure of their data) cannot be switched off;
 * the others can.
 */
public enum NotificationTopic {
    IDENTITY_CHECKED(true),
    QUOTE_READY(false),
    LOAN_PAID_OUT(false),
    PAYMENT_DUE(false),
    PAYMENT_MISSED(true),
    LOAN_DEFAULTED(true),
    LENDER_LOAN_DEFAULTED(false),
    COMPLAINT_ACKNOWLEDGED(true),
    COMPLAINT_ANSWERED(true),
    PERSONAL_DATA_ERASED(true),
    STAFF_REVIEW_CASE(true),
    STAFF_AML_CASE(true),
    STAFF_COMPLAINT_OVERDUE(true);

    private final boolean required;

    NotificationTopic(boolean required) {
        this.required = required;
    }

    /** True when the customer cannot switch it off. */
    public boolean required() {
        return required;
    }

    /** For staff, not customers: never offered on a customer's preferences. */
    public boolean staff() {
        return name().startsWith("STAFF_");
    }
}
