package io.peerlend.kyc.checks.documents;

/**
 * Writes well-formed TD3 (passport) zones with correct check digits: for sandbox identities in development and for
 * tests of everything that reads them.
 */
public final class MrzSpecimens {

    private MrzSpecimens() {}

    public static String td3Line1(String issuingState, String surname, String givenNames) {
        String names = surname.toUpperCase().replace(' ', '<') + "<<"
                + givenNames.toUpperCase().replace(' ', '<');
        return pad("P<" + issuingState + names, 44);
    }

    /**
     * Dates as YYMMDD; the personal number may be empty. A document number longer than 9 characters is written as Doc
     * 9303 says: its first 9, a filler for the check digit, the rest and the whole number's digit at the start of the
     * personal number field, a filler, then the personal number.
     */
    public static String td3Line2(
            String documentNumber, String nationality, String born, String sex, String expires, String personalNumber) {
        boolean isLong = documentNumber.length() > 9;
        String number = pad(documentNumber, 9);
        String personal = pad(
                isLong
                        ? documentNumber.substring(9) + CheckDigits.icao(documentNumber) + "<" + personalNumber
                        : personalNumber,
                14);
        String line = number
                + (isLong ? '<' : CheckDigits.icao(number))
                + nationality
                + born
                + CheckDigits.icao(born)
                + sex
                + expires
                + CheckDigits.icao(expires)
                + personal
                + CheckDigits.icao(personal);
        String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
        return line + CheckDigits.icao(composite);
    }

    private static String pad(String s, int width) {
        return (s + "<".repeat(width)).substring(0, width);
    }
}
