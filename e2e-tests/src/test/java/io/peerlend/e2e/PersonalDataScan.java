package io.peerlend.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * Searches every store of the running platform for given pieces of personal data: each row of every table of the
 * PostgreSQL database (the event store's payloads and metadata, sagas, snapshots, the key tables), every document of
 * every MongoDB database, and every log file. A piece is found in plain text, in any case, URL-encoded, or inside
 * base64 or hex (as bytea prints) that decodes to text; a sealed value decodes to noise and is not found.
 */
final class PersonalDataScan {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}");
    private static final Pattern HEX = Pattern.compile("\\\\x([0-9a-fA-F]{2,})");

    private PersonalDataScan() {}

    /** Where each piece was found, as "store: piece"; empty when none is readable anywhere. */
    static List<String> findings(String jdbcUrl, String mongoUri, Path logs, List<String> pieces) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_schema || '.' || table_name FROM"
                    + " information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN"
                    + " ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (rows.next()) {
                        scan("postgres " + table, rows.getString(1), pieces, found);
                    }
                }
            }
        }
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            for (String name : mongo.listDatabaseNames()) {
                MongoDatabase database = mongo.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        scan("mongo " + name + "." + collection, document.toJson(), pieces, found);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                scan("log " + file.getFileName(), Files.readString(file, StandardCharsets.ISO_8859_1), pieces, found);
            }
        }
        return found.stream().distinct().toList();
    }

    static void scan(String where, String text, List<String> pieces, List<String> found) {
        List<String> readings = new ArrayList<>(List.of(text));
        try {
            readings.add(URLDecoder.decode(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notEncoded) {
            // not URL-encoded text
        }
        Matcher hex = HEX.matcher(text);
        while (hex.find()) {
            if (hex.group(1).length() % 2 == 0) {
                text(HexFormat.of().parseHex(hex.group(1)), readings);
            }
        }
        for (String reading : List.copyOf(readings)) {
            Matcher base64 = BASE64.matcher(reading);
            while (base64.find()) {
                String token = base64.group();
                try {
                    text(
                            token.contains("-") || token.contains("_")
                                    ? Base64.getUrlDecoder().decode(token)
                                    : Base64.getDecoder().decode(token),
                            readings);
                } catch (IllegalArgumentException notBase64) {
                    // a word that only looks like base64
                }
            }
        }
        for (String reading : readings) {
            String lower = reading.toLowerCase(Locale.ROOT);
            for (String piece : pieces) {
                if (lower.contains(piece.toLowerCase(Locale.ROOT))) {
                    found.add(where + ": " + piece);
                }
            }
        }
    }

    /** Adds the bytes as text when they are text (UTF-8 that decodes cleanly); sealed values are not. */
    private static void text(byte[] bytes, List<String> readings) {
        try {
            readings.add(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException noise) {
            // ciphertext or other binary
        }
    }

    static Path logs(Path var) throws IOException {
        return var.toAbsolutePath();
    }
}
