package io.peerlend.kyc.checks.sanctions;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names as the lists write them, and codes as customers give them, to ISO 3166 alpha-2. */
public final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            BY_KEY.put(key(code), code);
            BY_KEY.put(key(country.getISO3Country()), code);
            BY_KEY.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
        }
        // Spellings used by OFAC and the UN that differ from the JDK's English names.
        String[][] aliases = {
            {"Korea, North", "KP"},
            {"North Korea", "KP"},
            {"Democratic People's Republic of Korea", "KP"},
            {"Korea, South", "KR"},
            {"Republic of Korea", "KR"},
            {"Iran (Islamic Republic of)", "IR"},
            {"Syrian Arab Republic", "SY"},
            {"Russian Federation", "RU"},
            {"Burma", "MM"},
            {"Democratic Republic of the Congo", "CD"},
            {"Congo, Democratic Republic of the", "CD"},
            {"Congo", "CG"},
            {"Republic of the Congo", "CG"},
            {"Libyan Arab Jamahiriya", "LY"},
            {"Lao People's Democratic Republic", "LA"},
            {"Viet Nam", "VN"},
            {"United Republic of Tanzania", "TZ"},
            {"Palestinian", "PS"},
            {"West Bank", "PS"},
            {"Gaza", "PS"},
            {"Cote d'Ivoire", "CI"},
            {"Ivory Coast", "CI"},
            {"Bosnia and Herzegovina", "BA"},
            {"Venezuela (Bolivarian Republic of)", "VE"},
            {"United Kingdom of Great Britain and Northern Ireland", "GB"},
            {"United Kingdom", "GB"},
            {"United States", "US"},
            {"United States of America", "US"},
            {"Turkey", "TR"},
            {"Türkiye", "TR"},
            {"Republic of Moldova", "MD"},
            {"Bolivia (Plurinational State of)", "BO"},
            {"China", "CN"},
            {"Hong Kong", "HK"},
            {"Macau", "MO"},
            {"Macao", "MO"},
            {"Czech Republic", "CZ"},
        };
        for (String[] alias : aliases) {
            BY_KEY.put(key(alias[0]), alias[1]);
        }
    }

    private Countries() {}

    public static Optional<String> toIso2(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key(nameOrCode)));
    }

    private static String key(String s) {
        return NameNormalizer.plain(s).replace(" ", "");
    }
}
