package io.peerlend.lending.accounts;

import io.peerlend.lending.api.FundsCommittedToOffer;
import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether a lender's account already holds money for an offer, read from the account's own events: the offers
 * projection may not have seen an offer made a moment ago, and a retried request must not count it twice.
 */
@Component
public class CommittedOffers {

    private final EventStore events;

    CommittedOffers(EventStore events) {
        this.events = events;
    }

    public boolean contains(String lenderId, String offerId) {
        return events.readEvents(LenderAccounts.idFor(lenderId)).asStream().map(EventMessage::getPayload)
                .anyMatch(e -> e instanceof FundsCommittedToOffer c && c.offerId().equals(offerId));
    }
}
