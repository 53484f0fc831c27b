package io.peerlend.disclosure.loanbook;

import io.peerlend.disclosure.loanbook.domain.BookRebuild;

/**
 * Something worked out from the loan book as of a past date once it is rebuilt (the operating figures, the book's
 * breakdowns): kept with the rebuild, so every later question about that date is answered at once. A port: the
 * features that answer those questions implement it, so the rebuild does not depend on them.
 */
public interface AsOfProduct {

    /** The product's name, unique among them. */
    String name();

    /** The answer, written as JSON with the rebuild. */
    Object of(BookRebuild.Book book);
}
