package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.OneClickUnsubscribeView;
import io.peerlend.kyc.api.SwitchOffTopic;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.swagger.v3.oas.annotations.Operation;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe (RFC 8058): a mail about an optional topic carries {@code List-Unsubscribe} with a link of its
 * own and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}; the mail client POSTs to the link and the topic
 * is off, without signing in. The link is the credential: it switches off that one topic for that one customer and
 * nothing else. A GET does nothing (link scanners follow GETs); the mail's footer leads people to their choices page.
 */
@RestController
class OneClickUnsubscribeController {

    private final Deliveries deliveries;
    private final CommandGateway commands;

    OneClickUnsubscribeController(Deliveries deliveries, CommandGateway commands) {
        this.deliveries = deliveries;
        this.commands = commands;
    }

    @Operation(
            summary = "Switch off the optional topic of the mail this link came in (RFC 8058 one-click, no sign-in;"
                    + " the body a mail client sends, List-Unsubscribe=One-Click, is not needed)")
    @PostMapping(Deliveries.ONE_CLICK_PATH + "{token}")
    OneClickUnsubscribeView unsubscribe(@PathVariable String token) {
        Deliveries.Link link = deliveries
                .link(token)
                .orElseThrow(() -> new NoSuchElementException(
                        "this link is not known: sign in to choose your notifications on your account page"));
        try {
            commands.sendAndWait(new SwitchOffTopic(link.customerId(), link.topic()));
        } catch (CustomerRuleBroken erasedMeanwhile) {
            throw new NoSuchElementException("this link is no longer valid");
        }
        return new OneClickUnsubscribeView(link.topic());
    }
}
