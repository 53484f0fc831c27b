package io.peerlend.scoring.bureau.domain;

import io.peerlend.scoring.api.BureauSubject;
import java.util.Optional;

/**
 * The port to a credit reference agency. Adapters: {@code SandboxCreditBureau} (development and tests, deterministic
 * profiles) and, in production, an agency's API under the contract in {@code docs/credit-bureau.md}.
 */
public interface CreditBureau {

    /** The agency's name as shown in decisions. */
    String name();

    /**
     * The subject's credit file, or empty when the agency holds none.
     *
     * @throws BureauUnavailableException when the agency cannot answer (the caller falls back to declared data)
     */
    Optional<BureauReport> lookup(BureauSubject subject);
}
