package io.peerlend.disclosure.verifier;

/**
 * What the verifier found about one item of one published report.
 *
 * @param published  the figure as published (null: published as null, or not applicable)
 * @param recomputed the figure recomputed from the published data (null: not recomputable, or recomputed as null)
 * @param note       why an item is not recomputed, or how it was checked
 */
public record Finding(
        Verdict verdict, String series, String period, String item, String published, String recomputed, String note) {

    /** From best to worst. */
    public enum Verdict {
        /** Recomputed from the data, exactly the published figure. */
        CONFIRMED,
        /** Within the range the data allow (the data give dates to the month; the figure needs days). */
        CONSISTENT,
        /** Not derived from loans (lenders, borrowers, the fund's balance, fees), or not published for that month. */
        NOT_CHECKED,
        /** Recomputed, and not the published figure; or a signature, hash or chain that does not verify. */
        DIFFERS
    }

    /** One tab-separated line, as the command prints it. */
    public String line() {
        return String.join(
                "\t",
                verdict.name(),
                series,
                period,
                item,
                published == null ? "-" : published,
                recomputed == null ? "-" : recomputed,
                note == null ? "" : note);
    }
}
