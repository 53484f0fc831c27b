package io.peerlend.disclosure.loanbook.domain;

import java.util.Set;

/** One lender (a pseudonymous key) and the months, "yyyy-MM", in which they lent on a loan that was paid out. */
public record LenderActivity(String lenderKey, Set<String> months) {}
