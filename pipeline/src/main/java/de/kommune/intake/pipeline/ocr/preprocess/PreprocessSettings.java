package de.kommune.intake.pipeline.ocr.preprocess;

/**
 * Which preprocessing steps run before OCR. Each step applies only to the kind of page it is meant for:
 * {@code perspective} and {@code illumination} to photos (images without a stated resolution), {@code deskew}
 * and {@code osd} to photos and scans alike. A step that cannot measure its correction confidently leaves the
 * page alone.
 *
 * @param perspective  find the sheet in a photo, straighten its perspective and crop the background
 * @param illumination even out shadows and uneven lighting in photos (divide by the estimated paper background)
 * @param deskew       straighten pages tilted by up to 15 degrees
 * @param osd          turn pages lying at 90, 180 or 270 degrees upright (Tesseract orientation detection)
 */
public record PreprocessSettings(boolean perspective, boolean illumination, boolean deskew, boolean osd) {

    /** No preprocessing: pages are only converted to grey and resampled. */
    public static final PreprocessSettings NONE = new PreprocessSettings(false, false, false, false);

    /** Every step on. */
    public static final PreprocessSettings ALL = new PreprocessSettings(true, true, true, true);

    public boolean any() {
        return perspective || illumination || deskew || osd;
    }
}
