package io.peerlend.kyc.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** {@link Mailer} over SMTP (Spring's {@link JavaMailSender}): plain text in UTF-8, with the message's own id. */
@Component
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, @Value("${peerlend.kyc.notifications.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same id on every attempt: Jakarta Mail would otherwise make a new one each time
                setHeader("Message-ID", mail.messageId());
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            message.setHeader("Content-Language", mail.language());
            if (!mail.unsubscribe().isEmpty()) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
                // RFC 8058: the mail client may switch the topic off with one POST, no sign-in
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailSendException("could not compose the mail", e);
        }
        sender.send(message);
    }
}
