package de.kommune.intake.pipeline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Upload limits: the multipart parser fails before any controller is chosen, so only a global advice can answer
 * with a JSON problem instead of an HTML error page.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload exceeds the size limit (spring.servlet.multipart.max-file-size).");
        p.setProperty("maxBytes", e.getMaxUploadSize());
        return p;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Send the document as multipart/form-data in the field 'file'.");
    }
}
