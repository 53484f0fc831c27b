package io.peerlend.lending.api;

public enum Housing {
    RENT,
    OWN,
    LIVING_RENT_FREE
}
