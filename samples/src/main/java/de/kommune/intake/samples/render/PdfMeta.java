package de.kommune.intake.samples.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Deterministic document information and trailer ID, so that the same seed gives byte-identical PDFs. */
public final class PdfMeta {

    private PdfMeta() {
    }

    public static void set(PDDocument doc, String producer, java.time.LocalDate created) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setProducer(producer);
        info.setCreator(producer);
        if (created != null) {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("Europe/Berlin"));
            c.clear();
            c.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth(), 10, 15, 0);
            info.setCreationDate(c);
        }
        byte[] id = digest(producer + "|" + created + "|" + doc.getNumberOfPages());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return d;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
