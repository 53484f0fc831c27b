package io.peerlend.lending.loans.domain;

import java.time.LocalDate;

/** The platform's business date, as the loan sees it when money settles (a port: the calendar implements it). */
@FunctionalInterface
public interface BusinessDay {

    LocalDate today();
}
