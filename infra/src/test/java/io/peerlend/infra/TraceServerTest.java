package io.peerlend.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The development trace server keeps only as many spans as its heap holds. */
class TraceServerTest {

    @Test
    void givenZipkinsMeasuredHeapPerSpan_whenTheStoreIsFull_thenItTakesAtMostHalfTheHeap() {
        long full = (long) TraceServer.MAX_SPANS * TraceServer.HEAP_BYTES_PER_SPAN;

        assertThat(full).isLessThanOrEqualTo(TraceServer.HEAP_MIB * 1024L * 1024L / 2);
    }
}
