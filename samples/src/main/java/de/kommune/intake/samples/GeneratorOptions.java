package de.kommune.intake.samples;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link SampleSet#generate} produces.
 *
 * @param seed          master seed; the same options give the same files and labels
 * @param perType       documents per type (spread round-robin over the channels); ignored when {@code documents > 0}
 * @param documents     if > 0: exactly this many documents, cycling through types and channels
 * @param channels      channels to produce
 * @param types         document types to produce
 * @param badInputs     kinds of broken inputs to add under inputs/bad/ (empty = none)
 * @param referenceDate "today" of the generated world (documents are dated up to ~10 months before)
 * @param photoLongSide long side of photos in pixels (short side = 3/4)
 * @param photoQuality  JPEG quality of photos (0..1)
 * @param officeDpi     resolutions to choose from for office scans (empty = 200, 240, 300)
 */
public record GeneratorOptions(long seed, int perType, int documents, Set<Channel> channels, List<DocumentType> types,
                               Set<BadInput> badInputs, LocalDate referenceDate, int photoLongSide, float photoQuality,
                               List<Integer> officeDpi) {

    public static GeneratorOptions defaults() {
        return new GeneratorOptions(42L, 1, 0, EnumSet.allOf(Channel.class), List.of(DocumentType.values()),
                EnumSet.noneOf(BadInput.class), LocalDate.of(2025, 9, 30), 2000, 0.85f, List.of(200, 240, 300));
    }

    /**
     * The bundled demo set (samples/demo): 10 documents over all five channels (one batch file), one truncated and one
     * encrypted PDF, photos 1200x1600 at JPEG quality 0.8, office scans at 200 dpi.
     */
    public static GeneratorOptions demo() {
        return defaults().withSeed(DEMO_SEED).withDocuments(10).withPhoto(1600, 0.8f).withOfficeDpi(List.of(200))
                .withBadInputs(EnumSet.of(BadInput.TRUNCATED, BadInput.ENCRYPTED));
    }

    /** Seed of {@link #demo()}. */
    public static final long DEMO_SEED = 4711L;

    public GeneratorOptions withSeed(long s) {
        return new GeneratorOptions(s, perType, documents, channels, types, badInputs, referenceDate, photoLongSide,
                photoQuality, officeDpi);
    }

    public GeneratorOptions withPerType(int n) {
        return new GeneratorOptions(seed, n, 0, channels, types, badInputs, referenceDate, photoLongSide,
                photoQuality, officeDpi);
    }

    public GeneratorOptions withDocuments(int n) {
        return new GeneratorOptions(seed, perType, n, channels, types, badInputs, referenceDate, photoLongSide,
                photoQuality, officeDpi);
    }

    public GeneratorOptions withChannels(Set<Channel> c) {
        return new GeneratorOptions(seed, perType, documents, EnumSet.copyOf(c), types, badInputs, referenceDate,
                photoLongSide, photoQuality, officeDpi);
    }

    public GeneratorOptions withChannels(Channel first, Channel... rest) {
        return withChannels(EnumSet.of(first, rest));
    }

    public GeneratorOptions withTypes(List<DocumentType> t) {
        return new GeneratorOptions(seed, perType, documents, channels, List.copyOf(t), badInputs, referenceDate,
                photoLongSide, photoQuality, officeDpi);
    }

    public GeneratorOptions withBadInputs(Set<BadInput> b) {
        return new GeneratorOptions(seed, perType, documents, channels, types,
                b.isEmpty() ? EnumSet.noneOf(BadInput.class) : EnumSet.copyOf(b), referenceDate, photoLongSide,
                photoQuality, officeDpi);
    }

    public GeneratorOptions withReferenceDate(LocalDate d) {
        return new GeneratorOptions(seed, perType, documents, channels, types, badInputs, d, photoLongSide,
                photoQuality, officeDpi);
    }

    public GeneratorOptions withPhoto(int longSide, float quality) {
        return new GeneratorOptions(seed, perType, documents, channels, types, badInputs, referenceDate, longSide,
                quality, officeDpi);
    }

    public GeneratorOptions withOfficeDpi(List<Integer> dpis) {
        return new GeneratorOptions(seed, perType, documents, channels, types, badInputs, referenceDate,
                photoLongSide, photoQuality, List.copyOf(dpis));
    }
}
