package io.peerlend.kyc.complaints.domain;

/** A complaint step that its state does not allow (answered twice, escalated too early). */
public class ComplaintRuleBroken extends RuntimeException {

    public ComplaintRuleBroken(String message) {
        super(message);
    }
}
