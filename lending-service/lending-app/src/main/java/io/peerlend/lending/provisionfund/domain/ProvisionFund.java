package io.peerlend.lending.provisionfund.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.ProvisionFunds;
import io.peerlend.lending.api.commands.ProvisionFundMovement;
import io.peerlend.lending.api.events.ProvisionFundMoved;
import io.peerlend.lending.product.Snapshotted;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The provision fund of one currency: fed by each loan's risk fee, it pays the lenders of a defaulted loan what it can
 * (never more than it holds: it is discretionary, not a guarantee) and is reimbursed from recoveries. One movement
 * per reference, so a retried step never moves money twice; the answer is always the first one.
 */
public class ProvisionFund implements Snapshotted {

    @AggregateIdentifier
    private String fundId;

    private long balance;
    private final Map<String, Long> moved = new HashMap<>();

    protected ProvisionFund() {
        // for Axon
    }

    /** @return the amount moved (for a draw: what the fund could pay) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ProvisionFundMovement c, Clock clock) {
        String key = c.reference();
        Long earlier = moved.get(key);
        if (earlier != null) {
            return earlier;
        }
        if (c.amountMinor() < 0) {
            throw new IllegalArgumentException("a provision fund movement is never negative");
        }
        long amount = switch (c.kind()) {
            case DRAW -> Math.min(c.amountMinor(), balance);
            case CONTRIBUTE, REIMBURSE -> c.amountMinor();
        };
        long after = c.kind() == ProvisionFundMovement.Kind.DRAW ? balance - amount : balance + amount;
        apply(new ProvisionFundMoved(
                c.currency(), c.loanId(), c.reference(), c.kind(), amount, c.amountMinor(), after, clock.instant()));
        return amount;
    }

    @EventSourcingHandler
    void on(ProvisionFundMoved e) {
        fundId = ProvisionFunds.idFor(e.currency());
        balance = e.balanceAfterMinor();
        moved.put(e.reference(), e.amountMinor());
    }

    long balance() {
        return balance;
    }

    @Override
    public ProvisionFundState snapshot() {
        return new ProvisionFundState(fundId, balance, Map.copyOf(moved));
    }

    @EventSourcingHandler
    void on(ProvisionFundState snapshot) {
        fundId = snapshot.fundId();
        balance = snapshot.balance();
        moved.clear();
        moved.putAll(snapshot.moved());
    }
}
