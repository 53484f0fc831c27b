package io.peerlend.lending.applications;

import io.peerlend.lending.api.ApplicantDeclarations;
import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.platform.privacy.PersonalDataVault;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A borrower's declarations (income, outgoings, debts, age, employment, housing...) in and out of their sealed form:
 * sealed with the borrower's data key in the lending service's vault (schema {@code lending}) before they reach an
 * event, opened only where the credit decision needs them, unreadable for good once the borrower is erased.
 */
@Component
public class SealedDeclarations {

    private final PersonalDataVault vault;
    private final JsonMapper json;

    public SealedDeclarations(PersonalDataVault vault, JsonMapper json) {
        this.vault = vault;
        this.json = json;
    }

    public String seal(String borrowerId, MonthlyFinances finances, Circumstances circumstances) {
        return vault.seal(borrowerId, json.writeValueAsBytes(new ApplicantDeclarations(finances, circumstances)));
    }

    /**
     * The declarations of an application, whichever shape its event was stored in; empty when the borrower has been
     * erased (or declared nothing).
     */
    public Optional<ApplicantDeclarations> of(LoanApplicationSubmitted event) {
        if (event.sealedDeclarations() == null) {
            return event.finances() == null || event.circumstances() == null
                    ? Optional.empty()
                    : Optional.of(new ApplicantDeclarations(event.finances(), event.circumstances()));
        }
        return vault.open(event.borrowerId(), event.sealedDeclarations())
                .map(bytes -> json.readValue(bytes, ApplicantDeclarations.class));
    }
}
