package io.peerlend.platform.web;

/**
 * A well-formed request that the resource's current state does not allow (onboarding twice, approving one's own
 * proposal). Answered as 409 problem+json with the reason; nothing has changed when it is thrown.
 */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String reason) {
        super(reason);
    }
}
