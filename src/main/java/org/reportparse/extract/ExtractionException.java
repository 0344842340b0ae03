package org.reportparse.extract;

/** A document that cannot be read; the message is one line a person can act on. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
