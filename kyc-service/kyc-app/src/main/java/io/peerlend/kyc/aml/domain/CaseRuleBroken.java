package io.peerlend.kyc.aml.domain;

/** A case command its state does not allow; nothing is recorded. */
public class CaseRuleBroken extends RuntimeException {

    public CaseRuleBroken(String reason) {
        super(reason);
    }
}
