package io.peerlend.scoring.api;

public enum Housing {
    RENT,
    OWN,
    LIVING_RENT_FREE
}
