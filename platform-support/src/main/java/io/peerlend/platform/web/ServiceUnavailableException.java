package io.peerlend.platform.web;

/**
 * A request this service cannot answer now because a service it depends on has not answered (not the caller's
 * fault; worth retrying later). Answered as 503 problem+json with a Retry-After; nothing has changed.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String reason) {
        super(reason);
    }
}
