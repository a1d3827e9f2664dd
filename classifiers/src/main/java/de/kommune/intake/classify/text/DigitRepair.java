package de.kommune.intake.classify.text;

/**
 * Repairs letters OCR reads for digits inside numbers ("2O25", "27.O5.", "1.2l4,56"), one
 * character for one, so offsets stay valid. A letter is changed only between digits or between a
 * digit and a decimal/date separator; the letter of a Kundennummer ({@code 123O456789}) is kept.
 */
final class DigitRepair {

    private DigitRepair() {
    }

    static String apply(String s) {
        char[] c = null;
        for (int i = 1; i < s.length() - 1; i++) {
            char ch = s.charAt(i);
            char to = switch (ch) {
                case 'O', 'o', 'Q' -> '0';
                case 'l', 'I', '|' -> '1';
                default -> 0;
            };
            if (to == 0) {
                continue;
            }
            char left = s.charAt(i - 1);
            char right = s.charAt(i + 1);
            boolean numeric = (Character.isDigit(left) && (Character.isDigit(right) || right == '.' || right == ','))
                    || (Character.isDigit(right) && (left == '.' || left == ','));
            if (numeric && !customerNumberLetter(s, i)) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = to;
            }
        }
        return c == null ? s : new String(c);
    }

    private static boolean customerNumberLetter(String s, int i) {
        if (i < 3 || i + 6 >= s.length()) {
            return false;
        }
        for (int k = i - 3; k < i; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        for (int k = i + 1; k <= i + 6; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
