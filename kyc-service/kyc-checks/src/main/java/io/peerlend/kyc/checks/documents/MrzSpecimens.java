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

    /** Dates as YYMMDD; the personal number may be empty. */
    public static String td3Line2(
            String documentNumber, String nationality, String born, String sex, String expires, String personalNumber) {
        String number = pad(documentNumber, 9);
        String personal = pad(personalNumber, 14);
        String line = number
                + CheckDigits.icao(number)
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
