package io.peerlend.kyc.api;

/** An officer's finding of how a customer is related to the platform; {@code relation} absent: not related. */
public record RelatedPartyRequest(RelatedParty relation) {}
