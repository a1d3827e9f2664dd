package de.kommune.intake.pipeline.delivery;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDPostScriptXObject;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Born-digital pages copied into the output as they are, with what PDF/A-2b forbids and can be removed without
 * changing the page's look taken out (actions, JavaScript, transfer functions, image alternates and
 * interpolation, unverifiable CIDSet/CharSet lists, annotations that cannot be shown in print).
 *
 * <p>{@link #copyable} is the cheap check that decides before anything is built: a page whose fonts are not all
 * embedded, or that uses a PostScript XObject or the LZW filter, cannot become PDF/A without re-rendering. What it
 * does not see (device colours against the output intent, inconsistent font widths ...) veraPDF finds afterwards.
 * A font only selected but never drawn with does not count ({@link ShownFonts}).
 */
final class CopiedPages {

    /** Annotation types PDF/A-2 forbids (ISO 19005-2, 6.3.1) plus those that only make sense interactively. */
    private static final Set<String> DROPPED_ANNOTATIONS = Set.of("Sound", "Movie", "Screen", "3D", "RichMedia",
            "FileAttachment", "Popup", "TrapNet");

    private CopiedPages() {
    }

    /** Whether the page can be made PDF/A-2b by {@link #copy} (as far as a quick look at its resources tells). */
    static boolean copyable(PDPage page) {
        try {
            Inspection check = new Inspection(false);
            check.resources(page.getResources(), ShownFonts.of(page, page.getResources()).orElse(null));
            for (PDAnnotation a : page.getAnnotations()) {
                appearanceResources(a, check);
            }
            return check.ok;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable resources: rendering is the safe way
        }
    }

    /** Imports the page into {@code target} and removes what PDF/A-2b forbids. */
    static PDPage copy(PDDocument target, PDPage source) throws IOException {
        PDResources resources = source.getResources(); // resolves resources inherited from the page tree
        PDPage page = target.importPage(source);
        page.setResources(resources);
        COSDictionary dict = page.getCOSObject();
        for (COSName key : List.of(COSName.AA, COSName.STRUCT_PARENTS, COSName.METADATA, COSName.getPDFName("PZ"),
                COSName.getPDFName("PresSteps"))) {
            dict.removeItem(key);
        }
        new Inspection(true).resources(resources, null);
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation a : source.getAnnotations()) {
            if (keepAnnotation(a)) {
                kept.add(a);
            }
        }
        page.setAnnotations(kept);
        return page;
    }

    private static boolean keepAnnotation(PDAnnotation a) throws IOException {
        String subtype = a.getSubtype();
        if (subtype == null || DROPPED_ANNOTATIONS.contains(subtype)) {
            return false;
        }
        COSDictionary d = a.getCOSObject();
        d.removeItem(COSName.AA);
        d.removeItem(COSName.PARENT); // form field or popup parents are not carried over
        d.removeItem(COSName.getPDFName("Popup"));
        d.removeItem(COSName.STRUCT_PARENT);
        if ("Link".equals(subtype)) {
            // Only web links survive: a GoTo may point at a page that is not part of this document.
            COSDictionary action = d.getCOSDictionary(COSName.A);
            if (action != null && !COSName.URI.equals(action.getCOSName(COSName.S))) {
                d.removeItem(COSName.A);
            }
            d.removeItem(COSName.DEST);
        } else {
            d.removeItem(COSName.A);
            COSDictionary ap = d.getCOSDictionary(COSName.AP);
            if (ap == null || ap.getDictionaryObject(COSName.N) == null) {
                return false; // PDF/A needs an appearance to print it the same everywhere
            }
            ap.removeItem(COSName.D);
            ap.removeItem(COSName.R);
            Inspection fix = new Inspection(true);
            appearanceResources(a, fix);
        }
        a.setPrinted(true);
        a.setHidden(false);
        a.setInvisible(false);
        a.setNoView(false);
        a.setToggleNoView(false);
        return true;
    }

    private static void appearanceResources(PDAnnotation a, Inspection visitor) throws IOException {
        if (a.getAppearance() == null || a.getAppearance().getNormalAppearance() == null) {
            return;
        }
        var normal = a.getAppearance().getNormalAppearance();
        if (normal.isStream()) {
            visitor.form(normal.getAppearanceStream());
        } else {
            for (PDAppearanceStream s : normal.getSubDictionary().values()) {
                visitor.form(s);
            }
        }
    }

    /** Walks resources once each (forms, tiling patterns, Type 3 fonts nest them), checking or fixing. */
    private static final class Inspection {
        private final boolean fix;
        private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean ok = true;

        Inspection(boolean fix) {
            this.fix = fix;
        }

        /**
         * @param shown the fonts the resources' content stream draws with ({@link ShownFonts}); null when not known,
         *              and then every font must be embedded
         */
        void resources(PDResources res, Set<String> shown) throws IOException {
            if (res == null || !seen.add(res.getCOSObject())) {
                return;
            }
            for (COSName name : res.getFontNames()) {
                font(res.getFont(name), shown == null || shown.contains(name.getName()));
            }
            for (COSName name : res.getXObjectNames()) {
                xobject(res.getXObject(name));
            }
            for (COSName name : res.getExtGStateNames()) {
                PDExtendedGraphicsState gs = res.getExtGState(name);
                if (gs != null && fix) {
                    COSDictionary d = gs.getCOSObject();
                    d.removeItem(COSName.TR);
                    if (!COSName.DEFAULT.equals(d.getDictionaryObject(COSName.TR2))) {
                        d.removeItem(COSName.TR2);
                    }
                    d.removeItem(COSName.getPDFName("HTP"));
                }
            }
            for (COSName name : res.getPatternNames()) {
                PDAbstractPattern p = res.getPattern(name);
                if (p instanceof PDTilingPattern tiling) {
                    resources(tiling.getResources(), null);
                }
            }
        }

        void form(PDFormXObject form) throws IOException {
            if (form == null) {
                return;
            }
            if (fix) {
                form.getCOSObject().removeItem(COSName.getPDFName("OPI"));
                form.getCOSObject().removeItem(COSName.PS);
            }
            checkFilters(form.getCOSObject().getDictionaryObject(COSName.FILTER));
            // (fixing needs no answer about fonts: it changes none)
            resources(form.getResources(), fix ? null : ShownFonts.of(form, form.getResources()).orElse(null));
        }

        /** @param drawnWith whether glyphs are shown with the font: only then must it be embedded */
        private void font(PDFont font, boolean drawnWith) throws IOException {
            if (font == null) {
                ok = false;
                return;
            }
            if (!font.isEmbedded() && drawnWith) {
                ok = false;
            }
            if (font instanceof PDType3Font t3) {
                resources(t3.getResources(), null);
            }
            if (fix) {
                // Optional in PDF/A-2; a wrong one fails validation, and producers often get it wrong.
                cleanDescriptor(font.getFontDescriptor());
                if (font instanceof PDType0Font t0 && t0.getDescendantFont() != null) {
                    cleanDescriptor(t0.getDescendantFont().getFontDescriptor());
                }
            }
        }

        private static void cleanDescriptor(PDFontDescriptor fd) {
            if (fd != null) {
                fd.getCOSObject().removeItem(COSName.CID_SET);
                fd.getCOSObject().removeItem(COSName.CHAR_SET);
            }
        }

        private void xobject(PDXObject x) throws IOException {
            if (x instanceof PDPostScriptXObject) {
                ok = false;
            } else if (x instanceof PDFormXObject form) {
                form(form);
            } else if (x instanceof PDImageXObject image) {
                COSDictionary d = image.getCOSObject();
                checkFilters(d.getDictionaryObject(COSName.FILTER));
                if (fix) {
                    d.removeItem(COSName.getPDFName("Alternates"));
                    d.removeItem(COSName.getPDFName("OPI"));
                    if (d.getBoolean(COSName.INTERPOLATE, false)) {
                        d.setBoolean(COSName.INTERPOLATE, false);
                    }
                }
            }
        }

        private void checkFilters(COSBase filter) {
            if (COSName.LZW_DECODE.equals(filter) || COSName.LZW_DECODE_ABBREVIATION.equals(filter)) {
                ok = false;
            } else if (filter instanceof COSArray array) {
                for (COSBase f : array) {
                    checkFilters(f);
                }
            }
        }
    }
}
