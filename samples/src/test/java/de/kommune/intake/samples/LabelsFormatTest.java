package de.kommune.intake.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.kommune.intake.samples.data.Ids;

class LabelsFormatTest {

    private static final Path SCORER = Path.of("/work/shared/eval/score.py");
    private static final Set<String> COMMON = Set.of("bgNumber", "customerNumber", "personName", "documentDate",
            "senderName", "iban");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static List<JsonNode> lines = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults().withSeed(5).withDocuments(17).withPhoto(900, 0.7f)
                .withOfficeDpi(List.of(200)).withBadInputs(EnumSet.of(BadInput.EMPTY, BadInput.ZIP_AS_PDF));
        SampleSet.generate(dir, o);
        for (String line : Files.readAllLines(dir.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
    }

    @Test
    void everyLineCarriesTheKeysTheScorerNeeds() {
        assertThat(lines).hasSizeGreaterThan(10);
        Set<String> channels = new java.util.HashSet<>();
        for (JsonNode l : lines) {
            String file = l.get("file").asText();
            String channel = l.get("channel").asText();
            channels.add(channel);
            assertThat(dir.resolve("inputs").resolve(file)).exists();
            assertThat(file).doesNotContain("\\").startsWith(channel + "/");
            if (channel.equals("bad")) {
                assertThat(l.has("documentType")).isFalse();
                assertThat(l.get("expectedOutcome").get(0).asText()).isEqualTo("rejected");
            } else if (channel.equals("batch")) {
                assertThat(l.get("documents").size()).isBetween(2, 5);
                assertThat(l.get("separatorPages").size()).isGreaterThanOrEqualTo(1);
                assertThat(l.get("pageCount").asInt()).isGreaterThan(l.get("documents").size());
                l.get("documents").forEach(d -> checkDocument(d, channel));
            } else {
                checkDocument(l, channel);
                assertThat(l.get("pageCount").asInt()).isEqualTo(l.get("pages").size());
                assertThat(l.get("notes").isObject()).isTrue();
            }
        }
        assertThat(channels).containsExactlyInAnyOrder("born-digital", "scan", "office", "photo", "batch", "bad");
    }

    private static void checkDocument(JsonNode d, String channel) {
        DocumentType type = DocumentType.valueOf(d.get("documentType").asText());
        JsonNode fields = d.get("fields");
        assertThat(fields.isObject()).isTrue();
        assertThat(d.get("absentFields").isArray()).isTrue();
        assertThat(d.get("pages").size()).isEqualTo(d.get("gtText").size()).isPositive();
        for (JsonNode gt : d.get("gtText")) {
            Path p = dir.resolve(gt.asText());
            assertThat(p).exists();
            assertThat(gt.asText()).startsWith("gt/").endsWith(".txt");
        }
        for (String key : type.keyFields()) {
            assertThat(fields.has(key) || contains(d.get("absentFields"), key)).as(type + "." + key).isTrue();
        }
        for (JsonNode a : d.get("absentFields")) {
            assertThat(type.keyFields().contains(a.asText()) || COMMON.contains(a.asText())).isTrue();
            assertThat(fields.has(a.asText())).isFalse();
        }
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            checkValue(f.getKey(), f.getValue().asText(), d);
        }
    }

    private static boolean contains(JsonNode array, String s) {
        for (JsonNode n : array) {
            if (n.asText().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static void checkValue(String key, String v, JsonNode doc) {
        if (key.matches("periodFrom|periodTo|dateOfBirth|documentDate|invoiceDate|dueDate|rentStart|startDate"
                + "|terminationDate|incapacityFrom|incapacityUntil|moveInDate|signatureDate|changeDate|expiryDate")) {
            assertThat(v).matches("\\d{4}-\\d{2}-\\d{2}");
            LocalDate.parse(v);
        } else if (key.equals("payPeriod")) {
            YearMonth.parse(v);
        } else if (key.matches("closingBalance|grossAmount|netAmount|payoutAmount|baseRent|serviceCharges"
                + "|heatingCosts|totalRent|settlementAmount|totalAmount|monthlyInstallment|amount")) {
            assertThat(v).matches("-?\\d+\\.\\d{2}");
        } else if (key.equals("iban")) {
            assertThat(v).matches("DE\\d{20}");
            boolean invalid = doc.path("invalidIban").asBoolean(false);
            assertThat(Ids.isValidIban(v)).isEqualTo(!invalid);
        } else if (key.equals("bgNumber")) {
            assertThat(v).matches("\\d{5}BG\\d{7}");
        } else if (key.equals("customerNumber")) {
            assertThat(v).matches("\\d{3}[A-Z]\\d{6}");
        } else if (key.equals("settlementKind")) {
            assertThat(v).isIn("NACHZAHLUNG", "GUTHABEN");
        } else if (key.equals("benefitType")) {
            assertThat(v).isIn("KINDERGELD", "RENTE", "WOHNGELD", "ALG1", "UNTERHALTSVORSCHUSS", "SONSTIGE");
        } else if (key.equals("weeklyHours")) {
            assertThat(v).matches("\\d+(\\.\\d)?");
        } else if (key.matches(".*Name|address|propertyAddress")) {
            assertThat(v).doesNotStartWith("Herr ").doesNotStartWith("Frau ").doesNotContain("  ");
            if (key.toLowerCase().contains("address")) {
                assertThat(v).matches(".+ .+, \\d{5} .+");
            }
        }
    }

    /**
     * Feeds score.py an oracle output built from the labels (every document filed with its true type, fields and
     * text; bad inputs rejected). A format mismatch shows up as lost inputs, wrong types or non-zero CER.
     */
    @Test
    void scorerGivesAPerfectScoreToAnOracleOutput() throws Exception {
        assumeTrue(Files.exists(SCORER), "score.py not present");
        Path out = Files.createDirectories(dir.resolve("oracle"));
        int id = 0;
        for (JsonNode l : lines) {
            String file = l.get("file").asText();
            if (l.get("channel").asText().equals("bad")) {
                Files.createDirectories(out.resolve("rejected"));
                ObjectNode r = JSON.createObjectNode();
                r.putObject("source").put("fileName", file);
                r.put("reason", "corrupt");
                r.put("message", "oracle");
                Files.writeString(out.resolve("rejected/" + (++id) + ".reason.json"), JSON.writeValueAsString(r));
                continue;
            }
            List<JsonNode> docs = new ArrayList<>();
            if (l.has("documents")) {
                l.get("documents").forEach(docs::add);
            } else {
                docs.add(l);
            }
            for (JsonNode d : docs) {
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("id", "doc-" + (++id));
                rec.put("source", Map.of("fileName", file, "pages", JSON.convertValue(d.get("pages"), List.class),
                        "channel", l.get("channel").asText()));
                rec.put("documentType", d.get("documentType").asText());
                Map<String, Object> fields = new LinkedHashMap<>();
                d.get("fields").fields().forEachRemaining(e ->
                        fields.put(e.getKey(), Map.of("value", e.getValue().asText(), "confidence", 1.0)));
                rec.put("fields", fields);
                rec.put("review", Map.of("required", false, "reasons", List.of()));
                Files.writeString(out.resolve("doc-" + id + ".json"), JSON.writeValueAsString(rec));
                StringBuilder text = new StringBuilder();
                for (JsonNode gt : d.get("gtText")) {
                    text.append(Files.readString(dir.resolve(gt.asText()))).append('\f');
                }
                Files.writeString(out.resolve("doc-" + id + ".txt"), text.toString());
            }
        }
        Path report = dir.resolve("report.json");
        Process p;
        try {
            p = new ProcessBuilder("python3", SCORER.toString(), "--labels", dir.resolve("labels.jsonl").toString(),
                    "--gt-text", dir.toString(), "--out", out.toString(), "--json", report.toString(), "--quiet")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            return;
        }
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(console).isZero();
        JsonNode r = JSON.readTree(report.toFile());
        String dump = r.toPrettyString();
        assertThat(dump).contains("\"lost\"");
        JsonNode overall = findOverall(r);
        assertThat(overall.get("typeAccuracy").asDouble()).as(dump).isEqualTo(1.0);
        assertThat(overall.get("fields").get("f1").asDouble()).as(dump).isEqualTo(1.0);
        assertThat(overall.get("cer").asDouble()).as(dump).isEqualTo(0.0);
    }

    private static JsonNode findOverall(JsonNode report) {
        if (report.has("overall")) {
            return report.get("overall");
        }
        throw new AssertionError("no 'overall' in report: " + report.toPrettyString());
    }
}
