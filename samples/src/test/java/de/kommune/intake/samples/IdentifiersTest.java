package de.kommune.intake.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Mrz;

class IdentifiersTest {

    @Test
    void ibanCheckAcceptsTheReferenceVectorAndRejectsTypos() {
        assertThat(Ids.isValidIban("DE89370400440532013000")).isTrue();
        assertThat(Ids.isValidIban("DE89 3704 0044 0532 0130 00")).isTrue();
        assertThat(Ids.isValidIban("DE89370400440532013001")).isFalse();
    }

    @Test
    void everyGeneratedIbanPassesMod97AndCorruptedOnesFail() {
        Random rnd = new Random(3);
        for (int i = 0; i < 500; i++) {
            String iban = Ids.randomGermanIban(rnd, "370400" + (10 + rnd.nextInt(89)));
            assertThat(iban).matches("DE\\d{20}");
            assertThat(Ids.isValidIban(iban)).as(iban).isTrue();
            assertThat(Ids.isValidIban(Ids.corruptIban(rnd, iban))).isFalse();
        }
    }

    @Test
    void ibansInDocumentLabelsAreValidUnlessMarkedInvalid() {
        int checked = 0;
        for (long seed = 0; seed < 40; seed++) {
            for (DocumentType t : List.of(DocumentType.KONTOAUSZUG, DocumentType.WEITERBEWILLIGUNGSANTRAG)) {
                GeneratedDocument d = SampleSet.document(t, seed);
                String iban = d.fields().get("iban");
                boolean marked = Boolean.TRUE.equals(d.notes().get("invalidIban"));
                assertThat(Ids.isValidIban(iban)).as(t + " seed " + seed + " " + iban).isEqualTo(!marked);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(80);
    }

    @Test
    void mrzCheckDigitsMatchTheIcaoSpecimens() {
        assertThat(Mrz.verify(List.of("IDD<<T220001293<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"))).isTrue();
        assertThat(Mrz.verify(List.of("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"))).isTrue();
        assertThat(Mrz.verify(List.of("IDD<<T220001294<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"))).isFalse();
    }

    @Test
    void generatedMrzVerifiesAndAgreesWithTheLabelledFields() {
        int td1 = 0;
        int td3 = 0;
        for (long seed = 0; seed < 60; seed++) {
            GeneratedDocument d = SampleSet.document(DocumentType.AUSWEIS, seed);
            @SuppressWarnings("unchecked")
            List<String> mrz = (List<String>) d.notes().get("mrz");
            assertThat(Mrz.verify(mrz)).as("seed %d %s", seed, mrz).isTrue();
            String all = String.join("\n", mrz);
            assertThat(all).contains(d.fields().get("documentNumber"));
            assertThat(all).contains(yymmdd(d.fields().get("dateOfBirth")));
            assertThat(all).contains(yymmdd(d.fields().get("expiryDate")));
            assertThat(d.fullText()).contains(mrz.get(mrz.size() - 1));
            if (mrz.size() == 3) {
                td1++;
            } else {
                td3++;
            }
        }
        assertThat(td1).isPositive();
        assertThat(td3).isPositive();
    }

    private static String yymmdd(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    @Test
    void jobcenterNumbersHaveTheirFormats() {
        Random rnd = new Random(9);
        for (int i = 0; i < 200; i++) {
            String bg = Ids.bgNumber(rnd);
            assertThat(bg).matches("\\d{5}BG\\d{7}");
            for (int style = 0; style < 5; style++) {
                String printed = Ids.bgPrinted(bg, style);
                assertThat(printed.replaceAll("(\\d{5})\\s?(?:BG|//|/)\\s?(\\d{7})", "$1BG$2")).isEqualTo(bg);
            }
            assertThat(Ids.kundennummer(rnd)).matches("\\d{3}[A-Z]\\d{6}");
        }
    }

    @Test
    void otherGermanNumbersCarryValidCheckDigits() {
        Random rnd = new Random(5);
        for (int i = 0; i < 200; i++) {
            assertThat(validSteuerId(Ids.steuerId(rnd))).isTrue();
            assertThat(validSvNumber(Ids.svNumber(rnd, LocalDate.of(1980, 3, 17), "Öztürk", rnd.nextBoolean())))
                    .isTrue();
            assertThat(validMalo(Ids.maloId(rnd))).isTrue();
        }
        assertThat(validSteuerId("36574261809")).isTrue();
        assertThat(validSteuerId("36574261890")).isFalse();
        assertThat(validSvNumber("65170839J003")).isTrue();
        assertThat(validSvNumber("12170378A125")).isTrue();
        assertThat(validMalo("51238696781")).isTrue();
    }

    private static boolean validSteuerId(String id) {
        int p = 10;
        for (int i = 0; i < 10; i++) {
            int s = (id.charAt(i) - '0' + p) % 10;
            p = (2 * (s == 0 ? 10 : s)) % 11;
        }
        int check = 11 - p == 10 ? 0 : 11 - p;
        long repeated = id.substring(0, 10).chars().distinct().count();
        return check == id.charAt(10) - '0' && repeated >= 8 && repeated <= 9;
    }

    private static boolean validSvNumber(String sv) {
        String digits = sv.substring(0, 8) + String.format("%02d", sv.charAt(8) - 'A' + 1) + sv.substring(9, 11);
        int[] w = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int prod = (digits.charAt(i) - '0') * w[i];
            sum += prod / 10 + prod % 10;
        }
        return sum % 10 == sv.charAt(11) - '0';
    }

    private static boolean validMalo(String id) {
        int odd = 0;
        int even = 0;
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) {
                odd += id.charAt(i) - '0';
            } else {
                even += id.charAt(i) - '0';
            }
        }
        return (10 - (odd + 2 * even) % 10) % 10 == id.charAt(10) - '0';
    }
}
