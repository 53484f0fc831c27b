package io.peerlend.kyc.notifications;

/**
 * The notification port: hands one mail to the outside world. Production contract: an SMTP relay of the operator's
 * (host, port, login from the environment, STARTTLS where it offers it), which accepts the message or fails the
 * call; the caller retries a failed call (docs/notifications.md). The only adapter is {@link SmtpMailer}; development
 * points it at the launcher's GreenMail server.
 */
public interface Mailer {

    /** Throws when the relay did not accept the mail, so the event that caused it is handled again. */
    void send(Mail mail);
}
