package org.perfbook.stats;

/** A table file that cannot be read; the message is for the person who supplied it. */
public class TableFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
