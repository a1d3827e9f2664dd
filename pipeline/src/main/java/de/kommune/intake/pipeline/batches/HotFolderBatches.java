package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.intake.BatchAssignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Batches as the back office sees the hot folder: a subfolder dropped into it (a scanner's job, "Post-Montag") is
 * one batch per day; the loose files at its top level are one batch per day. Days are office days (Berlin time).
 */
public final class HotFolderBatches implements BatchAssignment {

    static final String CHANNEL = "hotfolder";

    private final BatchStore batches;
    private final Clock clock;
    private final ZoneId zone;

    public HotFolderBatches(BatchStore batches, Clock clock, ZoneId zone) {
        this.batches = batches;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String batchFor(String relativePath) {
        String folder = topFolder(relativePath);
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
        return batches.openNamed(CHANNEL + ":" + day + ":" + (folder == null ? "" : "/" + folder), folder, CHANNEL,
                CHANNEL);
    }

    /** @return the first folder of the path, or {@code null} for a file at the top of the hot folder */
    static String topFolder(String relativePath) {
        String p = relativePath.replace('\\', '/');
        int slash = p.indexOf('/');
        return slash <= 0 ? null : p.substring(0, slash);
    }
}
