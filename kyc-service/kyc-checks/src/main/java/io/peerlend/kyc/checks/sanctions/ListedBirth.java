package io.peerlend.kyc.checks.sanctions;

import java.time.LocalDate;

/**
 * A date of birth as a list states it: an exact date ({@code date} set, years equal), a year, or a range of years
 * ("circa 1960", "1958 to 1962").
 */
public record ListedBirth(LocalDate date, int fromYear, int toYear) {

    public static ListedBirth exact(LocalDate date) {
        return new ListedBirth(date, date.getYear(), date.getYear());
    }

    public static ListedBirth years(int from, int to) {
        return new ListedBirth(null, Math.min(from, to), Math.max(from, to));
    }

    /** Within a year either side: list years are often estimates. */
    boolean plausible(LocalDate born) {
        return born.getYear() >= fromYear - 1 && born.getYear() <= toYear + 1;
    }

    boolean exactly(LocalDate born) {
        return born.equals(date);
    }

    @Override
    public String toString() {
        return date != null ? date.toString() : fromYear == toYear ? String.valueOf(fromYear) : fromYear + "-" + toYear;
    }
}
