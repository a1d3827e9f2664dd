package de.kommune.intake.classify.check;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An EPC069-12 ("GiroCode") credit-transfer QR payload: LF-separated lines {@code BCD}, version
 * {@code 001}/{@code 002}, character set 1-8, {@code SCT}, BIC (optional from 002), beneficiary, IBAN, amount
 * {@code EUR12.34} (optional), purpose, creditor reference or remittance text. Anything else is not a GiroCode.
 *
 * @param bic         upper case, or null
 * @param beneficiary name of the payee
 * @param iban        upper case without blanks, as printed in the code (check it with {@link Iban#isValid})
 * @param amount      euro amount, or null when the code leaves it open
 * @param reference   structured creditor reference or remittance text, or null
 */
public record GiroCode(String bic, String beneficiary, String iban, BigDecimal amount, String reference) {

    private static final Pattern VERSION = Pattern.compile("00[12]");
    private static final Pattern CHARSET = Pattern.compile("[1-8]");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern AMOUNT = Pattern.compile("EUR([0-9]{1,9}(?:\\.[0-9]{1,2})?)");
    private static final int MAX_BYTES = 331;

    public static Optional<GiroCode> parse(String payload) {
        if (payload == null || payload.length() > MAX_BYTES) {
            return Optional.empty();
        }
        String[] l = payload.replace("\r\n", "\n").split("\n", -1);
        if (l.length < 7 || !"BCD".equals(l[0].trim()) || !VERSION.matcher(l[1].trim()).matches()
                || !CHARSET.matcher(l[2].trim()).matches() || !"SCT".equals(l[3].trim())) {
            return Optional.empty();
        }
        String bic = l[4].trim().toUpperCase();
        if (!bic.isEmpty() && !BIC.matcher(bic).matches()) {
            return Optional.empty();
        }
        if (bic.isEmpty() && "001".equals(l[1].trim())) {
            return Optional.empty(); // version 001 requires the BIC
        }
        String name = l[5].trim();
        String iban = Iban.normalize(l[6]);
        if (name.isEmpty() || iban.length() < 15 || iban.length() > 34) {
            return Optional.empty();
        }
        BigDecimal amount = null;
        if (l.length > 7 && !l[7].isBlank()) {
            var m = AMOUNT.matcher(l[7].trim());
            if (!m.matches()) {
                return Optional.empty();
            }
            amount = new BigDecimal(m.group(1));
            if (amount.signum() <= 0) {
                return Optional.empty();
            }
        }
        String reference = null;
        for (int i = 9; i <= 10 && i < l.length; i++) {
            if (!l[i].isBlank()) {
                reference = l[i].trim();
                break;
            }
        }
        return Optional.of(new GiroCode(bic.isEmpty() ? null : bic, name, iban, amount, reference));
    }
}
