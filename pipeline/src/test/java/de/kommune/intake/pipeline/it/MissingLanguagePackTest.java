package de.kommune.intake.pipeline.it;

import de.kommune.intake.pipeline.batch.BatchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured Tesseract language without its model stops the application at start-up, saying what to install. */
class MissingLanguagePackTest {

    @TempDir
    Path tmp;

    @Test
    void theBatchRefusesToStartAndNamesThePackage() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("brief.txt"), "Sehr geehrte Damen und Herren", StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = BatchCommand.run(new String[]{"batch", "--in", in.toString(), "--out", tmp.resolve("out").toString(),
                    "--work", tmp.resolve("work").toString(), "--intake.ocr.languages=deu+eng+ukr"});
        } finally {
            System.setErr(original);
        }

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("apt-get install tesseract-ocr-ukr");
    }
}
