package de.kommune.intake.samples.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import de.kommune.intake.samples.DocumentLabel;
import de.kommune.intake.samples.GeneratedDocument;

/** The output folder layout: inputs/&lt;channel&gt;/..., gt/&lt;stem&gt;_p&lt;N&gt;.txt, labels.jsonl. */
public final class Output {

    private final Path root;

    public Output(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** inputs/&lt;folder&gt;/&lt;fileName&gt;, creating the folder. */
    public Path input(String folder, String fileName) {
        Path dir = root.resolve("inputs").resolve(folder);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(fileName);
    }

    public static String relative(String folder, String fileName) {
        return folder + "/" + fileName;
    }

    /** Writes the ground-truth page texts of {@code doc} and returns their paths relative to the root. */
    public List<String> writeGroundTruth(String prefix, GeneratedDocument doc) {
        List<String> paths = new ArrayList<>();
        try {
            Files.createDirectories(root.resolve("gt"));
            for (int i = 0; i < doc.pages().size(); i++) {
                String rel = "gt/" + prefix + "_p" + (i + 1) + ".txt";
                Files.writeString(root.resolve(rel), doc.pageText(i), StandardCharsets.UTF_8);
                paths.add(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** Label of a document occupying {@code firstPage ..} of its input. */
    public DocumentLabel label(GeneratedDocument doc, String gtPrefix, int firstPage) {
        List<Integer> pages = IntStream.range(firstPage, firstPage + doc.pages().size()).boxed().toList();
        return new DocumentLabel(pages, doc.type(), doc.variant(), doc.fields(), doc.absentFields(),
                writeGroundTruth(gtPrefix, doc), doc.notes());
    }
}
