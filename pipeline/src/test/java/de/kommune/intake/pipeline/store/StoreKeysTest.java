package de.kommune.intake.pipeline.store;

import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StoreKeysTest {

    @Test
    void layout() {
        assertThat(StoreKeys.inputDir("id1")).isEqualTo("inputs/id1");
        assertThat(StoreKeys.original("id1")).isEqualTo("inputs/id1/original");
        assertThat(StoreKeys.pageResult("id1", 7)).isEqualTo("inputs/id1/page-0007.json");
        assertThat(StoreKeys.pageImage("id1", 12)).isEqualTo("inputs/id1/page-0012.img");
        assertThat(StoreKeys.documentDir("d1")).isEqualTo("documents/d1");
        assertThat(StoreKeys.analysis("d1")).isEqualTo("documents/d1/analysis.json");
    }

    @Test
    void pageKeysSortInPageOrder() {
        assertThat(Stream.of(10, 2, 1, 100).map(p -> StoreKeys.pageResult("x", p)).sorted())
                .containsExactly("inputs/x/page-0001.json", "inputs/x/page-0002.json", "inputs/x/page-0010.json",
                        "inputs/x/page-0100.json");
    }
}
