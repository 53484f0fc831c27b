package io.peerlend.e2e;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One address's inbox on the platform's development mail server, read over IMAP as anyone would read it (the login
 * and password are the address itself, docs/notifications.md).
 */
final class Mailbox {

    /** One mail as its reader sees it: the decoded text, and the language it says it is in. */
    record Received(String subject, String text, String language, boolean unsubscribe) {}

    private final int imapPort;
    private final String address;

    Mailbox(int imapPort, String address) {
        this.imapPort = imapPort;
        this.address = address;
    }

    List<Received> all() {
        Properties settings = new Properties();
        settings.put("mail.imap.host", "127.0.0.1");
        settings.put("mail.imap.port", String.valueOf(imapPort));
        try {
            Store store = Session.getInstance(settings).getStore("imap");
            store.connect(address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    String[] language = m.getHeader("Content-Language");
                    mails.add(new Received(
                            m.getSubject(),
                            String.valueOf(m.getContent()),
                            language == null ? "" : language[0],
                            m.getHeader("List-Unsubscribe") != null));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            // no mail has reached the address yet: the server makes its mailbox on the first one
            return List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the mail with this subject and returns it. */
    Received awaitSubject(String subject) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> all().stream()
                                .filter(m -> m.subject().equals(subject))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }

    /** How a mail names a loan, complaint or customer: the last eight characters of its id (docs/notifications.md). */
    static String reference(String id) {
        String plain = id.replace("-", "");
        return plain.substring(plain.length() - 8).toUpperCase(Locale.ROOT);
    }

    long count(String subject) {
        return all().stream().filter(m -> m.subject().equals(subject)).count();
    }
}
