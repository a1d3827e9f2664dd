package de.kommune.intake.pipeline.batches;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HotFolderBatchesTest {

    @Test
    void theTopFolderNamesTheBatchAndLooseFilesHaveNone() {
        assertThat(HotFolderBatches.topFolder("scanner-2/post/a.pdf")).isEqualTo("scanner-2");
        assertThat(HotFolderBatches.topFolder("scanner-2\\a.pdf")).isEqualTo("scanner-2");
        assertThat(HotFolderBatches.topFolder("a.pdf")).isNull();
    }

    @Test
    void labelsAreOneBoundedLine() {
        assertThat(BatchUpload.cleanLabel("  Post\n01.12.\t ")).isEqualTo("Post 01.12.");
        assertThat(BatchUpload.cleanLabel(" \n ")).isNull();
        assertThat(BatchUpload.cleanLabel("x".repeat(300))).hasSize(200);
    }
}
