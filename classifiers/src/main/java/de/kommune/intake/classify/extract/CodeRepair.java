package de.kommune.intake.classify.extract;

/**
 * Repairs digit-like letters inside number-dominated tokens ("27O87BG..." → "27087BG..."), keeping
 * the text length so offsets stay valid. Letters are changed only between two digits, so the
 * letters of a BG number or Kundennummer stay intact.
 */
final class CodeRepair {

    private CodeRepair() {
    }

    static String repairDigits(String s) {
        char[] c = s.toCharArray();
        int i = 0;
        while (i < c.length) {
            if (!isTokenChar(c[i])) {
                i++;
                continue;
            }
            int j = i;
            int digits = 0;
            while (j < c.length && isTokenChar(c[j])) {
                digits += Character.isDigit(c[j]) ? 1 : 0;
                j++;
            }
            if (j - i >= 6 && digits * 10 >= (j - i) * 6) {
                for (int k = i + 1; k < j - 1; k++) {
                    if (Character.isDigit(c[k - 1]) && Character.isDigit(c[k + 1])) {
                        c[k] = switch (c[k]) {
                            case 'O', 'o', 'Q', 'D' -> '0';
                            case 'I', 'l', '|' -> '1';
                            case 'S' -> '5';
                            default -> c[k];
                        };
                    }
                }
            }
            i = j;
        }
        return new String(c);
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '|' || c == '/';
    }
}
