package io.peerlend.kyc.api;

/**
 * Identity documents the platform reads: an ICAO 9303 machine-readable zone (passport, identity card, visa), the
 * Chinese resident identity number, the numbers of the permits `cn` customers from outside the mainland hold, and the
 * UK National Insurance number. A document proves identity when what is read from it states who the holder is (a
 * name or a date of birth to compare with the application); a National Insurance number and the mainland travel
 * permits' numbers state neither, so they never prove identity alone.
 */
public enum DocumentType {
    MRZ(true),
    CN_RESIDENT_ID(true),
    /** Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证). */
    CN_RESIDENCE_PERMIT_HMT(true),
    /** Foreigner's permanent residence identity card (外国人永久居留身份证), 2023 and earlier forms. */
    CN_PERMANENT_RESIDENCE(true),
    /** Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证). */
    CN_TRAVEL_PERMIT_HK_MACAO(false),
    /** Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证). */
    CN_TRAVEL_PERMIT_TAIWAN(false),
    UK_NINO(false);

    private final boolean provesIdentity;

    DocumentType(boolean provesIdentity) {
        this.provesIdentity = provesIdentity;
    }

    public boolean provesIdentity() {
        return provesIdentity;
    }
}
