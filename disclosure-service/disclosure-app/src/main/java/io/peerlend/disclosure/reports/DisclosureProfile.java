package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.reports.domain.OperatingReport;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the jurisdiction profile gives the reports: the currency, and the fee schedule as the platform publishes it
 * (the same fees the lending service's profile charges: `lending-<profile>.yml`), and the share of interest the
 * servicing fee takes from lenders (for their returns in the outcome statement).
 */
@ConfigurationProperties("peerlend.disclosure")
public record DisclosureProfile(String currency, List<OperatingReport.FeeLine> fees, BigDecimal lenderFeeRate) {
}
