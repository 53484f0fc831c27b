package io.peerlend.kyc.checks.sanctions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The loaded lists: OFAC SDN, OFAC consolidated and UN consolidated, read from a folder laid out like the bundled
 * snapshot ({@code ofac-sdn/sdn.csv, alt.csv, sdn_comments.csv}; {@code ofac-consolidated/cons_prim.csv,
 * cons_alt.csv, cons_comments.csv}; {@code un/UN_consolidated.xml}). The version is a hash of the files' contents,
 * so a reload of unchanged files is recognisably the same lists.
 */
public record SanctionsLists(List<SanctionsEntry> entries, Map<String, Integer> countsByList, String version) {

    public static final String OFAC_SDN = "OFAC-SDN";
    public static final String OFAC_CONSOLIDATED = "OFAC-CONSOLIDATED";

    private static final String BUNDLED = "/io/peerlend/kyc/sanctions/";

    public SanctionsLists {
        entries = List.copyOf(entries);
        countsByList = Map.copyOf(countsByList);
    }

    /** The snapshots shipped with the service (see PROVENANCE.md beside them). */
    public static SanctionsLists bundled() {
        return load(name -> SanctionsLists.class.getResourceAsStream(BUNDLED + name));
    }

    public static SanctionsLists fromDirectory(Path directory) {
        return load(name -> {
            Path file = directory.resolve(name);
            return Files.exists(file) ? Files.newInputStream(file) : null;
        });
    }

    interface Source {
        InputStream open(String relativePath) throws IOException;
    }

    private static SanctionsLists load(Source source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<SanctionsEntry> all = new ArrayList<>();
            Map<String, Integer> counts = new TreeMap<>();
            List<SanctionsEntry> sdn = OfacCsv.read(
                    OFAC_SDN,
                    reader(source, "ofac-sdn/sdn.csv", digest, true),
                    reader(source, "ofac-sdn/alt.csv", digest, true),
                    reader(source, "ofac-sdn/sdn_comments.csv", digest, false));
            List<SanctionsEntry> cons = OfacCsv.read(
                    OFAC_CONSOLIDATED,
                    reader(source, "ofac-consolidated/cons_prim.csv", digest, true),
                    reader(source, "ofac-consolidated/cons_alt.csv", digest, true),
                    reader(source, "ofac-consolidated/cons_comments.csv", digest, false));
            List<SanctionsEntry> un = UnConsolidatedXml.read(
                    new ByteArrayInputStream(bytes(source, "un/UN_consolidated.xml", digest, true)));
            for (List<SanctionsEntry> list : List.of(sdn, cons, un)) {
                all.addAll(list);
                if (!list.isEmpty()) {
                    counts.put(list.get(0).list(), list.size());
                }
            }
            return new SanctionsLists(
                    all, counts, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the sanctions lists: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reader reader(Source source, String name, MessageDigest digest, boolean required)
            throws IOException {
        byte[] bytes = bytes(source, name, digest, required);
        return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Source source, String name, MessageDigest digest, boolean required) throws IOException {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                if (required) {
                    throw new IOException("missing " + name);
                }
                return null;
            }
            byte[] bytes = in.readAllBytes();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return bytes;
        }
    }
}
