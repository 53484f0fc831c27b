package io.peerlend.disclosure.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the jurisdiction profile gives the reports: the currency, and what the late fee is called there. The fees
 * themselves are lending's, from its events ({@link FeeScheduleBook}), never copied here.
 */
@ConfigurationProperties("peerlend.disclosure")
public record DisclosureProfile(String currency, String lateFeeName) {}
