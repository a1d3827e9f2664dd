package de.kommune.intake.pipeline;

import de.kommune.intake.pipeline.batch.BatchCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The intake pipeline. {@code batch --in DIR --out DIR} processes a folder and exits (spec/index-record.md);
 * without a command it runs as a service (HTTP upload, hot folder, queue workers).
 */
@SpringBootApplication
public class IntakeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "batch".equals(args[0])) {
            System.exit(BatchCommand.run(args));
        }
        if (args.length > 0 && "serve".equals(args[0])) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        SpringApplication.run(IntakeApplication.class, args);
    }
}
