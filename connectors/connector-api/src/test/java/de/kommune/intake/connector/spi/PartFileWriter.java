package de.kommune.intake.connector.spi;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second process for {@link PartFileTest}: starts writing {@code args[0]}, says {@code ready}, and commits once it
 * reads {@code commit} on its standard input (or is killed before that).
 */
public final class PartFileWriter {

    private PartFileWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (PartFile part = PartFile.create(Path.of(args[0]))) {
            part.stream().write("first half ".getBytes(StandardCharsets.UTF_8));
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if ("commit".equals(in.readLine())) {
                part.stream().write("second half".getBytes(StandardCharsets.UTF_8));
                part.commit();
            }
        }
    }
}
