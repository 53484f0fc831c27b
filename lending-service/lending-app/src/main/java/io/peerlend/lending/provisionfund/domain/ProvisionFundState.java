package io.peerlend.lending.provisionfund.domain;

import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The provision fund's state at a snapshot (it gains an event for every loan's fee, default and recovery), restored
 * exactly by {@link ProvisionFund}'s handler for this record. Stored like an event; a change to its shape raises its
 * revision, and older snapshots are then passed over ({@code Snapshots}).
 */
@Revision("1")
public record ProvisionFundState(String fundId, long balance, Map<String, Long> moved) {}
