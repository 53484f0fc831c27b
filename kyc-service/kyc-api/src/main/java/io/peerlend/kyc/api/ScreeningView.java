package io.peerlend.kyc.api;

import java.util.List;

/** Decision CLEAR, REVIEW or BLOCK, and the matches best first, each with what matched in words. */
public record ScreeningView(String decision, List<Match> matches, String listsVersion) {

    public record Match(String list, String entryId, String name, double score, List<String> matchedOn) {}
}
