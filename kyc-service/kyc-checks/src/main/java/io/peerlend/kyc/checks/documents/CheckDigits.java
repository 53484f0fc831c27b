package io.peerlend.kyc.checks.documents;

/** ICAO 9303 part 3, section 4.9: weights 7-3-1 over digits, letters A=10..Z=35 and the filler '<' = 0. */
final class CheckDigits {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigits() {}

    static char icao(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** A check digit position may also hold '<' where the field is empty (then it counts as 0). */
    static boolean matches(CharSequence field, char checkDigit) {
        char expected = icao(field);
        return checkDigit == expected || (checkDigit == '<' && expected == '0' && isFiller(field));
    }

    private static boolean isFiller(CharSequence field) {
        return field.chars().allMatch(c -> c == '<');
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: " + c);
    }
}
