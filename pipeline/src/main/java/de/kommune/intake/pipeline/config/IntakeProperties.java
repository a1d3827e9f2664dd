package de.kommune.intake.pipeline.config;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * All settings of the pipeline, under {@code intake.*}. Every key is explained in {@code application.yml}.
 */
@ConfigurationProperties("intake")
@Validated
public record IntakeProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue @Valid Limits limits,
        @DefaultValue @Valid Ocr ocr,
        @DefaultValue @Valid Review review,
        @DefaultValue @Valid Stages stages,
        @DefaultValue @Valid HotFolder hotFolder,
        @DefaultValue @Valid Delivery delivery,
        @DefaultValue @Valid Routing routing,
        @DefaultValue @Valid Retention retention,
        @DefaultValue("PATCHT") @NotBlank String separatorBarcode,
        Path rejectedDir,
        Path taxonomyFile) {

    /** Guards applied before any expensive work; an input over a limit is rejected with a reason. */
    public record Limits(@DefaultValue("200MB") DataSize maxBytes,
                         @DefaultValue("500") @Min(1) int maxPages,
                         @DefaultValue("60000000") @Min(1) long maxPixels) {
    }

    /**
     * OCR settings. {@code workers} = parallel OCR consumers in this process (0 = number of cores); each has its
     * own Tesseract instance because one instance must never be shared by two threads.
     */
    public record Ocr(@DefaultValue("deu+eng") @NotBlank String languages,
                      @DefaultValue("") String datapath,
                      @DefaultValue("0") @Min(0) int workers,
                      @DefaultValue("300") @Min(72) int renderDpi,
                      @DefaultValue("40") @Min(0) int minTextLayerChars,
                      @DefaultValue("55") @Min(0) int retryRotationBelowConfidence,
                      @DefaultValue @Valid Preprocess preprocess) {

        public int effectiveWorkers() {
            return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
        }

        /**
         * Preprocessing before OCR, each step recorded in the page's corrections. {@code perspective} and
         * {@code illumination} apply to photos (images without a stated resolution), {@code deskew} and
         * {@code osd} to photos and scans.
         */
        public record Preprocess(@DefaultValue("true") boolean perspective,
                                 @DefaultValue("true") boolean illumination,
                                 @DefaultValue("true") boolean deskew,
                                 @DefaultValue("false") boolean osd) {

            public de.kommune.intake.pipeline.ocr.preprocess.PreprocessSettings settings() {
                return new de.kommune.intake.pipeline.ocr.preprocess.PreprocessSettings(perspective, illumination,
                        deskew, osd);
            }
        }
    }

    /** Thresholds below which a document goes to human review instead of straight through. */
    public record Review(@DefaultValue("0.55") @DecimalMin("0") @DecimalMax("1") double minTypeConfidence,
                         @DefaultValue("60") @Min(0) double minOcrConfidence) {
    }

    /**
     * Which stages consume in this process. Scale out by running OCR-only workers against an external broker.
     */
    public record Stages(@DefaultValue("true") boolean intake,
                         @DefaultValue("true") boolean ocr,
                         @DefaultValue("true") boolean analyze,
                         @DefaultValue("true") boolean route,
                         @DefaultValue("true") boolean deliver,
                         @DefaultValue("3") @Min(0) int maxAttempts) {
    }

    /** The hot folder: files dropped here are taken in, archived after intake, moved aside on failure. */
    public record HotFolder(@DefaultValue("false") boolean enabled,
                            @DefaultValue("./hotfolder") Path path,
                            @DefaultValue("2000") @Min(100) long pollMillis) {
    }

    /**
     * Connector targets by name: {@code type} is a connector id, {@code settings} are handed to it verbatim.
     * {@code retry}: how long a document whose target is unavailable keeps being offered to it.
     */
    public record Delivery(@DefaultValue Map<String, Target> targets, @DefaultValue @Valid Retry retry) {

        /**
         * Back-off for a target that answers {@code RetryLater} (or throws): the n-th retry waits
         * {@code initialDelay * multiplier^(n-1)}, at most {@code maxDelay}, and never less than the connector asked
         * for; once {@code giveUpAfter} has passed since the first attempt, the document goes to the dead-letter
         * queue with the reason and is marked for review ({@code DELIVERY_FAILED}) until replayed.
         */
        public record Retry(@DefaultValue("PT5S") java.time.Duration initialDelay,
                            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
                            @DefaultValue("PT10M") java.time.Duration maxDelay,
                            @DefaultValue("PT24H") java.time.Duration giveUpAfter) {

            public de.kommune.intake.pipeline.delivery.DeliveryRetryPolicy policy() {
                return new de.kommune.intake.pipeline.delivery.DeliveryRetryPolicy(initialDelay, multiplier, maxDelay,
                        giveUpAfter);
            }
        }

        public record Target(@NotBlank String type, @DefaultValue Map<String, String> settings) {
        }
    }

    /**
     * Serve mode only: how long the working copies of a finished input (original, page images, OCR results, PDF)
     * stay in the content store after its last step, and how often the sweep that deletes them runs. The ledger
     * records stay. The minimums catch a unit slip ({@code 30m} for {@code 30d}) before it deletes too early.
     */
    public record Retention(@DefaultValue("true") boolean enabled,
                            @DefaultValue("P30D") @DurationMin(hours = 1) java.time.Duration workingCopies,
                            @DefaultValue("PT1H") @DurationMin(minutes = 1) java.time.Duration sweepInterval) {
    }

    /**
     * First matching rule wins; no match goes to {@code defaultTarget}. A document that its target refuses
     * ({@code Rejected}) goes to {@code fallbackTarget} when one is set, marked for review, so it is stored
     * somewhere a person looks.
     */
    public record Routing(@DefaultValue("default") @NotBlank String defaultTarget,
                          String fallbackTarget,
                          @DefaultValue List<Rule> rules) {

        @ConstructorBinding
        public Routing {
        }

        public Routing(String defaultTarget, List<Rule> rules) {
            this(defaultTarget, null, rules);
        }

        /**
         * A rule matches when every condition it sets holds (an empty condition holds for every document):
         * the document type is listed; the intake channel ({@code batch}, {@code upload}, {@code hotfolder}) is
         * listed; every named field is present and its whole value matches the regular expression; the BG number
         * lies in {@code [bgNumberFrom, bgNumberTo]} (same length, compared character by character, so
         * {@code 12345BG0000001}..{@code 12345BG0499999} is a range of one office). {@code team} names the team
         * that works on what the rule routes (caseworker inbox).
         */
        public record Rule(@DefaultValue List<String> documentTypes,
                           @DefaultValue List<String> channels,
                           @DefaultValue Map<String, String> fields,
                           String bgNumberFrom,
                           String bgNumberTo,
                           @NotBlank String target,
                           String team) {

            @ConstructorBinding
            public Rule {
            }

            public Rule(List<String> documentTypes, String target) {
                this(documentTypes, List.of(), Map.of(), null, null, target, null);
            }
        }
    }
}
