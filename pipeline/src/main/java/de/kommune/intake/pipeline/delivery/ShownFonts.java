package de.kommune.intake.pipeline.delivery;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The font resources a content stream shows glyphs with. PDF/A wants embedded the fonts "used for rendering"; a
 * font only selected and never drawn with (report generators such as ReportLab open every text object with their
 * default Helvetica, then switch to an embedded font before the first glyph) does not count, and veraPDF agrees.
 *
 * <p>Only a plain reading of the stream: a form drawn with {@code Do} may draw with the font selected before it, so
 * the current font counts as shown there; a graphics state that sets a font, or a stream that cannot be parsed,
 * gives no answer and the caller keeps to the strict rule.
 */
final class ShownFonts {

    private ShownFonts() {
    }

    /** @return the names of the fonts glyphs are shown with, or empty when the stream does not tell for sure */
    static Optional<Set<String>> of(PDContentStream stream, PDResources resources) {
        try {
            return Optional.ofNullable(read(stream, resources));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<String> read(PDContentStream stream, PDResources resources) throws IOException {
        Set<String> shown = new HashSet<>();
        Deque<String> saved = new ArrayDeque<>();
        String current = null;
        List<COSBase> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(stream);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                if (token instanceof COSBase operand) {
                    operands.add(operand);
                }
                continue;
            }
            switch (op.getName()) {
                case "Tf" -> current = !operands.isEmpty() && operands.get(0) instanceof COSName n ? n.getName() : null;
                case "q" -> saved.push(current == null ? "" : current);
                case "Q" -> {
                    if (!saved.isEmpty()) {
                        String restored = saved.pop();
                        current = restored.isEmpty() ? null : restored;
                    }
                }
                case "Tj", "'", "\"", "TJ" -> {
                    if (showsGlyphs(operands)) {
                        if (current == null) {
                            return null; // drawn with a font set elsewhere (by the caller of a form)
                        }
                        shown.add(current);
                    }
                }
                case "Do" -> {
                    if (current != null) {
                        shown.add(current);
                    }
                }
                case "gs" -> {
                    if (setsFont(operands, resources)) {
                        return null;
                    }
                }
                default -> {
                    // every other operator leaves the font alone
                }
            }
            operands.clear();
        }
        return shown;
    }

    private static boolean showsGlyphs(List<COSBase> operands) {
        for (COSBase o : operands) {
            if (o instanceof COSString s && s.getBytes().length > 0) {
                return true;
            }
            if (o instanceof COSArray array) {
                for (COSBase element : array) {
                    if (element instanceof COSString s && s.getBytes().length > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean setsFont(List<COSBase> operands, PDResources resources) {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || resources == null) {
            return true;
        }
        PDExtendedGraphicsState gs = resources.getExtGState(name);
        return gs == null || gs.getCOSObject().containsKey(COSName.FONT);
    }
}
