package io.peerlend.kyc.checks.sanctions;

import io.peerlend.kyc.checks.sanctions.SanctionsEntry.EntryType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The UN Security Council Consolidated List in its XML format: {@code CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL}
 * (FIRST_NAME .. FOURTH_NAME, INDIVIDUAL_ALIAS, NATIONALITY, INDIVIDUAL_DATE_OF_BIRTH) and {@code ENTITIES/ENTITY}
 * (FIRST_NAME, ENTITY_ALIAS). The entry id is the UN reference number (e.g. QDi.001).
 */
public final class UnConsolidatedXml {

    public static final String LIST = "UN";

    private UnConsolidatedXml() {}

    public static List<SanctionsEntry> read(InputStream xml) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A downloaded file is untrusted input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a UN consolidated list: " + e.getMessage(), e);
        }
        List<SanctionsEntry> entries = new ArrayList<>();
        for (Element e : elements(document.getDocumentElement(), "INDIVIDUAL")) {
            String name = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                    .map(tag -> text(e, tag))
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
            entries.add(new SanctionsEntry(
                    LIST,
                    text(e, "REFERENCE_NUMBER"),
                    EntryType.INDIVIDUAL,
                    name,
                    withOriginalScript(e, aliases(e, "INDIVIDUAL_ALIAS")),
                    births(e),
                    nationalities(e),
                    text(e, "UN_LIST_TYPE")));
        }
        for (Element e : elements(document.getDocumentElement(), "ENTITY")) {
            entries.add(new SanctionsEntry(
                    LIST,
                    text(e, "REFERENCE_NUMBER"),
                    EntryType.ENTITY,
                    text(e, "FIRST_NAME"),
                    withOriginalScript(e, aliases(e, "ENTITY_ALIAS")),
                    List.of(),
                    Set.of(),
                    text(e, "UN_LIST_TYPE")));
        }
        return entries;
    }

    /** The name as written in its own script (Arabic, Cyrillic), where the list gives it, as one more name. */
    private static List<String> withOriginalScript(Element e, List<String> aliases) {
        String original = text(e, "NAME_ORIGINAL_SCRIPT");
        if (original.isEmpty()) {
            return aliases;
        }
        List<String> names = new ArrayList<>(aliases);
        names.add(original);
        return names;
    }

    private static List<String> aliases(Element e, String tag) {
        List<String> names = new ArrayList<>();
        for (Element alias : elements(e, tag)) {
            String name = text(alias, "ALIAS_NAME");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<ListedBirth> births(Element e) {
        List<ListedBirth> births = new ArrayList<>();
        for (Element dob : elements(e, "INDIVIDUAL_DATE_OF_BIRTH")) {
            String date = text(dob, "DATE");
            String year = text(dob, "YEAR");
            String from = text(dob, "FROM_YEAR");
            String to = text(dob, "TO_YEAR");
            try {
                if (!date.isEmpty()) {
                    births.add(ListedBirth.exact(LocalDate.parse(date.substring(0, 10))));
                } else if (!year.isEmpty()) {
                    births.add(ListedBirth.years(Integer.parseInt(year), Integer.parseInt(year)));
                } else if (!from.isEmpty() && !to.isEmpty()) {
                    births.add(ListedBirth.years(Integer.parseInt(from), Integer.parseInt(to)));
                }
            } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException ignored) {
                // an unreadable date neither confirms nor discounts a match
            }
        }
        return births;
    }

    private static Set<String> nationalities(Element e) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element nationality : elements(e, "NATIONALITY")) {
            for (Element value : elements(nationality, "VALUE")) {
                Countries.toIso2(value.getTextContent().strip()).ifPresent(codes::add);
            }
        }
        return codes;
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Text of the first direct child with that tag, or "". */
    private static String text(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element el && el.getTagName().equals(tag)) {
                return el.getTextContent().strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }
}
