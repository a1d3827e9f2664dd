package de.kommune.intake.connector.cmis;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CmisNamesTest {

    @Test
    void uuidsAndBgNumbersStayReadable() {
        assertThat(CmisNames.documentName("31a4363a-cfef-4c02-8db0-b3a496522825"))
                .isEqualTo("31a4363a-cfef-4c02-8db0-b3a496522825.pdf");
        assertThat(CmisNames.segment("12345BG0012345")).isEqualTo("12345BG0012345");
        assertThat(CmisNames.segment("Größe_Ü")).isEqualTo("Größe_Ü");
    }

    @Test
    void separatorsAndDotSegmentsCannotSurvive() {
        for (String hostile : List.of("../../etc", "..", ".", "a/b", "a\\b", ".hidden", "x/../../y")) {
            String segment = CmisNames.segment(hostile);
            assertThat(segment).doesNotContain("/", "\\").doesNotStartWith(".");
        }
        assertThat(CmisNames.segment("../x")).isEqualTo("%2E.%2Fx");
    }

    @Test
    void differentKeysNeverShareAName() {
        List<String> keys = List.of("a/b", "a_b", "a%2Fb", "a b", "a+b", "", "%00", "ä", "a\u0308");
        Set<String> names = new HashSet<>();
        keys.forEach(k -> names.add(CmisNames.documentName(k)));
        assertThat(names).hasSameSizeAs(keys);
    }
}
