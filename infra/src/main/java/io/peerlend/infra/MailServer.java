package io.peerlend.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The development mail server (GreenMail, in the launcher's JVM, localhost only): the services send their
 * notifications to its SMTP port, and anyone reads them over IMAP, where every address that received mail is a mailbox
 * whose login and password are the address itself (docs/notifications.md). Mail lives in memory: a restart empties
 * the inboxes, while the notifications already sent stay sent (the services record them).
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail server;
    private final int smtpPort;
    private final int imapPort;

    private MailServer(GreenMail server, int smtpPort, int imapPort) {
        this.server = server;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        server.start();
        return new MailServer(server, smtpPort, imapPort);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    @Override
    public void close() {
        server.stop();
    }
}
