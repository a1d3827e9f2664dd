package de.kommune.intake.pipeline.retention;

import de.kommune.intake.pipeline.store.FileTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.stream.Stream;

/**
 * The hot folder keeps every file it took in under {@code .archive/<yyyyMMdd>/} (the day it was taken, in the
 * zone the route formats dates in). A day folder goes once the whole day lies before the cutoff. {@code .failed/}
 * is not touched: a file there never entered the pipeline, and a person still has to look at it.
 */
public final class ArchiveDays {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Path archive;
    private final ZoneId zone;

    /** @param zone the zone the folder names are dates in */
    public ArchiveDays(Path hotFolder, ZoneId zone) {
        this.archive = hotFolder.resolve(".archive");
        this.zone = zone;
    }

    /** @return how many day folders were deleted */
    public int deleteBefore(Instant cutoff) throws IOException {
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> days = Files.list(archive)) {
            for (Path day : (Iterable<Path>) days::iterator) {
                LocalDate date = dateOf(day);
                // the day's last file may have arrived just before midnight: the next day's start must be past
                if (date != null && !date.plusDays(1).atStartOfDay(zone).toInstant().isAfter(cutoff)) {
                    FileTrees.delete(day);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The folder's date, or null for anything that is not a day folder the route made. */
    private static LocalDate dateOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try {
            return LocalDate.parse(folder.getFileName().toString(), DAY);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
