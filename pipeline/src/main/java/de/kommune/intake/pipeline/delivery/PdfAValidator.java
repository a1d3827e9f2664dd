package de.kommune.intake.pipeline.delivery;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PDF/A-2b validation with veraPDF as a library. Reports which pages the failures belong to (from the location
 * veraPDF gives each failed check, e.g. {@code root/document[0]/pages[3](12 0 obj PDPage)/...}), so a builder can
 * replace only the pages that need it. Thread-safe: each call has its own parser and validator.
 */
public final class PdfAValidator {

    private static final Pattern PAGE = Pattern.compile("/pages\\[(\\d+)]");

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * @param failures      distinct {@code clause-test: message} of the failed checks (rule texts, never content)
     * @param failingPages  0-based pages of the validated file that failed checks
     * @param documentLevel whether some failure is not tied to a page (catalog, metadata, trailer)
     */
    public record Report(List<String> failures, Set<Integer> failingPages, boolean documentLevel) {
        public boolean compliant() {
            return failures.isEmpty();
        }
    }

    public Report validate(byte[] pdf) throws IOException {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            Set<Integer> pages = new TreeSet<>();
            boolean documentLevel = false;
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                if (!failures.contains(rule)) {
                    failures.add(rule);
                }
                String context = a.getLocation() == null ? null : a.getLocation().getContext();
                Matcher m = PAGE.matcher(context == null ? "" : context);
                if (m.find()) {
                    pages.add(Integer.parseInt(m.group(1)));
                } else {
                    documentLevel = true;
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant (veraPDF job status " + result.getJobEndStatus() + ")");
                documentLevel = true;
            }
            return new Report(List.copyOf(failures), Set.copyOf(pages), documentLevel);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // veraPDF's parser signals unreadable input with its own checked exceptions
            throw new IOException("PDF/A validation failed to run: " + e.getClass().getSimpleName(), e);
        }
    }
}
