package de.kommune.intake.classify.model;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.TextView;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A trained document-type model with what belongs to it: the OpenNLP maxent categorizer over
 * {@link TypeFeatures}, a confidence calibration per {@link ClassifierMode}, and {@link ModelMetadata}.
 * The file is a zip ({@code doccat.bin}, {@code calibration.properties}, {@code metadata.properties}), so it
 * can be inspected with standard tools. Immutable and thread-safe (a categorizer per call; it is cheap).
 */
public final class TypeModel {

    /** The model shipped in the jar, trained on the project's own generated documents. */
    public static final String DEFAULT_RESOURCE = "/de/kommune/intake/classify/model/type-model-default.zip";

    private static final String MODEL_ENTRY = "doccat.bin";
    private static final String CALIBRATION_ENTRY = "calibration.properties";
    private static final String METADATA_ENTRY = "metadata.properties";

    private final DoccatModel model;
    private final Map<ClassifierMode, IsotonicCalibration> calibrations;
    private final ModelMetadata metadata;

    public TypeModel(DoccatModel model, Map<ClassifierMode, IsotonicCalibration> calibrations, ModelMetadata metadata) {
        this.model = model;
        this.calibrations = calibrations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(calibrations));
        this.metadata = metadata;
    }

    /** Type probabilities for the document (sum 1 over the types the model knows). */
    public Map<String, Double> probabilities(TextView view) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] p = categorizer.categorize(TypeFeatures.of(view));
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(categorizer.getCategory(i), p[i]);
        }
        return out;
    }

    public IsotonicCalibration calibration(ClassifierMode mode) {
        return calibrations.getOrDefault(mode, IsotonicCalibration.IDENTITY);
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** The same model with other calibrations and metadata (training fits them after the model). */
    public TypeModel with(Map<ClassifierMode, IsotonicCalibration> newCalibrations, ModelMetadata newMetadata) {
        return new TypeModel(model, newCalibrations, newMetadata);
    }

    /** Fails when the model was trained for another set of types than {@code taxonomy} has. */
    public void requireCompatible(Taxonomy taxonomy) {
        String expected = taxonomyHash(taxonomy);
        if (!expected.equals(metadata.taxonomyHash())) {
            throw new IllegalArgumentException("type model " + metadata.modelVersion()
                    + " was trained for other document types (taxonomy " + metadata.taxonomyHash() + ", this one "
                    + expected + "); retrain it with bin/intake train");
        }
    }

    /** Identifies a taxonomy's set of type codes: a model knows exactly these. */
    public static String taxonomyHash(Taxonomy taxonomy) {
        TreeSet<String> codes = new TreeSet<>();
        for (TypeDefinition t : taxonomy.types()) {
            codes.add(t.code());
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.join(",", codes)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ file format

    /** Writes the model file atomically (temp file, then rename), so a crash never leaves half a model. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
        zip.write(properties(metadata.toProperties(), "document-type model"));
        zip.closeEntry();
        Properties cal = new Properties();
        calibrations.forEach((mode, c) -> cal.setProperty(mode.name().toLowerCase(java.util.Locale.ROOT), c.encode()));
        zip.putNextEntry(new ZipEntry(CALIBRATION_ENTRY));
        zip.write(properties(cal, "isotonic calibration per classifier mode, raw:calibrated"));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(MODEL_ENTRY));
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        model.serialize(bin);
        zip.write(bin.toByteArray());
        zip.closeEntry();
        zip.finish();
    }

    public static TypeModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The shipped model, or empty when the jar has none. */
    public static Optional<TypeModel> readDefault() {
        try (InputStream in = TypeModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in, DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new IllegalStateException("shipped type model cannot be read", e);
        }
    }

    static TypeModel read(InputStream in, String name) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            entries.put(e.getName(), zip.readAllBytes());
        }
        for (String required : new String[] {METADATA_ENTRY, CALIBRATION_ENTRY, MODEL_ENTRY}) {
            if (!entries.containsKey(required)) {
                throw new IllegalArgumentException("not a type model file (no " + required + " in " + name + ")");
            }
        }
        ModelMetadata meta = ModelMetadata.fromProperties(load(entries.get(METADATA_ENTRY)));
        Map<ClassifierMode, IsotonicCalibration> cal = new EnumMap<>(ClassifierMode.class);
        Properties cp = load(entries.get(CALIBRATION_ENTRY));
        for (String key : cp.stringPropertyNames()) {
            cal.put(ClassifierMode.parse(key), IsotonicCalibration.decode(cp.getProperty(key)));
        }
        DoccatModel m = new DoccatModel(new ByteArrayInputStream(entries.get(MODEL_ENTRY)));
        return new TypeModel(m, cal, meta);
    }

    private static byte[] properties(Properties p, String comment) throws IOException {
        StringWriter w = new StringWriter();
        p.store(w, comment);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Properties load(byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        return p;
    }
}
