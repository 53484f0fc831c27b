package io.peerlend.kyc.checks.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that go beyond a document's own integrity: the holder is an adult, the document is in date, and it belongs
 * to the person who applied (same name and date of birth). Only what the document states is checked; a National
 * Insurance number states neither a name nor a date.
 */
public final class HolderChecks {

    public static final int MINIMUM_AGE = 18;

    private HolderChecks() {}

    /** The applicant as declared; either part may be null when there is nothing to compare. */
    public record Holder(String fullName, LocalDate dateOfBirth) {}

    public static DocumentCheckResult apply(DocumentCheckResult document, Holder applicant, LocalDate today) {
        List<String> failures = new ArrayList<>(document.failures());
        String born = document.fields().get("dateOfBirth");
        if (born != null && LocalDate.parse(born).plusYears(MINIMUM_AGE).isAfter(today)) {
            failures.add("the holder is under " + MINIMUM_AGE);
        }
        String expires = document.fields().get("dateOfExpiry");
        if (expires != null && LocalDate.parse(expires).isBefore(today)) {
            failures.add("the document expired on " + expires);
        }
        if (applicant != null
                && applicant.dateOfBirth() != null
                && born != null
                && !applicant.dateOfBirth().toString().equals(born)) {
            failures.add("the date of birth on the document does not match the application");
        }
        String surname = document.fields().get("surname");
        if (applicant != null
                && applicant.fullName() != null
                && surname != null
                && !sameName(
                        applicant.fullName(), surname + " " + document.fields().getOrDefault("givenNames", ""))) {
            failures.add("the name on the document does not match the application");
        }
        return DocumentCheckResult.of(failures, document.fields());
    }

    /** Same words in any order, after folding accents and the MRZ transliterations (Ü = UE = U, ß = SS). */
    static boolean sameName(String declared, String onDocument) {
        return tokens(declared).equals(tokens(onDocument));
    }

    private static Set<String> tokens(String name) {
        String upper = name.toUpperCase(Locale.ROOT)
                .replace("ß", "SS")
                .replace("Æ", "AE")
                .replace("Ø", "OE");
        String folded = Normalizer.normalize(upper, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Z0-9]+", " ")
                .replace("AE", "A")
                .replace("OE", "O")
                .replace("UE", "U");
        return new TreeSet<>(Arrays.asList(folded.strip().split(" +")));
    }
}
