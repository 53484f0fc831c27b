package io.peerlend.platform.readside;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.platform.testing.RecordingMongo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A key's ids in pages of bounded size, on the development MongoDB server over a real connection. */
class KeyIndexTest {

    private final RecordingMongo recorded = new RecordingMongo("key-index");
    private final MongoTemplate mongo = recorded.template();
    private final KeyIndex index = new KeyIndex(mongo, "parts_by_lender", 3);

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void givenMoreIdsThanFitInOnePage_whenAdded_thenNoDocumentHoldsMoreThanAPageAndAllAreListedInOrder() {
        // when a lender gathers ten parts, one at a time and then several at once
        for (int i = 0; i < 6; i++) {
            index.add("lender-1", "part-" + i);
        }
        index.addAll(Map.of("lender-1", List.of("part-6", "part-7", "part-8", "part-9")));

        // then every page holds at most three ids, and the key lists all ten in the order they came
        assertThat(pages())
                .hasSize(4)
                .allSatisfy(p -> assertThat(p.getList("ids", String.class)).hasSizeLessThanOrEqualTo(3));
        assertThat(index.ids("lender-1"))
                .containsExactlyElementsOf(
                        IntStream.range(0, 10).mapToObj(i -> "part-" + i).toList());
    }

    @Test
    void givenKeysAlreadyCounted_whenAFewIdsAreAddedToEachAtOnce_thenTwoRoundTripsInAllAndEachKeyListsItsIdsInOrder() {
        // given a loan's lenders, each already holding a part (so each has its count)
        List<String> lenders =
                IntStream.range(0, 20).mapToObj(l -> "lender-" + l).toList();
        lenders.forEach(l -> index.add(l, l + "/part-0"));
        recorded.clear();

        // when the next loan's parts are added to all of them at once, three each (crossing a page)
        Map<String, List<String>> parts = new LinkedHashMap<>();
        lenders.forEach(l -> parts.put(l, List.of(l + "/part-1", l + "/part-2", l + "/part-3")));
        index.addAll(parts);

        // then one read of their counts and one write (it was an atomic round trip per lender, then the write)
        assertThat(recorded.commands()).extracting(RecordingMongo.Command::name).containsExactly("find", "update");
        // and every lender lists its four parts in order, no page over its size
        lenders.forEach(l ->
                assertThat(index.ids(l)).containsExactly(l + "/part-0", l + "/part-1", l + "/part-2", l + "/part-3"));
        assertThat(pages())
                .allSatisfy(p -> assertThat(p.getList("ids", String.class)).hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void givenAnIdAddedAgain_whenListed_thenItAppearsOnce() {
        index.add("lender-2", "part-a");
        index.add("lender-2", "part-b");
        index.add("lender-2", "part-c");
        // a redelivered event: the same id again, after the first page filled
        index.add("lender-2", "part-a");
        index.add("lender-2", "part-d");

        assertThat(index.ids("lender-2")).containsExactly("part-a", "part-b", "part-c", "part-d");
    }

    @Test
    void givenAKeyWrittenBeforePagesExisted_whenMoreIdsCome_thenItsOldIdsStayAndTheNewOnesFollow() {
        // a document of the earlier form: all the key's ids, no count
        mongo.save(new Document("_id", "lender-3").append("ids", List.of("old-1", "old-2")), "parts_by_lender");

        index.add("lender-3", "new-1");
        index.addAll(Map.of("lender-3", List.of("new-2", "new-3", "new-4")));

        assertThat(index.ids("lender-3")).containsExactly("old-1", "old-2", "new-1", "new-2", "new-3", "new-4");
    }

    @Test
    void givenManyAddersAtOnce_whenTheyAddToOneKey_thenEveryIdIsKeptOnce() throws Exception {
        ExecutorService adders = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> adding = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "part-" + i;
                adding.add(adders.submit(() -> index.add("lender-4", id)));
            }
            for (Future<?> a : adding) {
                a.get();
            }
        } finally {
            adders.shutdownNow();
        }

        assertThat(index.ids("lender-4"))
                .hasSize(200)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 200).mapToObj(i -> "part-" + i).toList());
        assertThat(pages())
                .allSatisfy(p -> assertThat(p.getList("ids", String.class)).hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void givenAFullFirstPage_whenMoreIdsCome_thenTheyAreCountedApartAndTheFirstPageIsLeftAlone() {
        // given a key whose first page is full
        index.addAll(Map.of("lender-5", List.of("part-0", "part-1", "part-2")));
        Document firstPage = mongo.findById("lender-5", Document.class, "parts_by_lender");

        // when more ids come
        index.add("lender-5", "part-3");
        index.add("lender-5", "part-4");

        // then the positions are counted in a document of their own, the first page is as it was
        assertThat(mongo.findById("lender-5#next", Document.class, "parts_by_lender"))
                .containsEntry("count", 5);
        assertThat(mongo.findById("lender-5", Document.class, "parts_by_lender"))
                .isEqualTo(firstPage);
        assertThat(firstPage).doesNotContainKey("count");
        assertThat(index.ids("lender-5")).containsExactly("part-0", "part-1", "part-2", "part-3", "part-4");
    }

    @Test
    void givenAKeyCountedInItsFirstPage_whenMoreIdsCome_thenItGoesOnCountingThere() {
        // a key of the earlier paged form: page 0 counts, page 1 holds the fourth id
        mongo.save(
                new Document("_id", "lender-6")
                        .append("ids", List.of("a", "b", "c"))
                        .append("count", 4),
                "parts_by_lender");
        mongo.save(new Document("_id", "lender-6#1").append("ids", List.of("d")), "parts_by_lender");

        index.add("lender-6", "e");
        index.addAll(Map.of("lender-6", List.of("f", "g", "h")));

        assertThat(index.ids("lender-6")).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(mongo.findById("lender-6", Document.class, "parts_by_lender"))
                .containsEntry("count", 8);
        assertThat(pages())
                .allSatisfy(p -> assertThat(p.getList("ids", String.class)).hasSizeLessThanOrEqualTo(3));
    }

    /** The documents holding ids (the counters hold none). */
    private List<Document> pages() {
        return mongo.findAll(Document.class, "parts_by_lender").stream()
                .filter(d -> d.containsKey("ids"))
                .toList();
    }

    @Test
    void givenAKeyNeverWritten_thenItListsNothing() {
        assertThat(index.ids("nobody")).isEmpty();
        assertThat(index.documents("nobody", Document.class, "parts")).isEmpty();
    }
}
