package org.newskg.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/**
 * Holds an endpoint's whole answer until it is complete, so that a query stopped half-way
 * (timeout, memory) is answered with its error status and a plain-text message instead of 200
 * and half a result, and an answer larger than the cap is refused instead of streamed. Nothing
 * reaches the client before {@link #complete()}.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final long cap;
    private final Buffer buffer = new Buffer();
    private boolean overflow;
    private int status = SC_OK;
    private String errorMessage;
    private PrintWriter writer;
    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
            if (buffer.size() >= cap) {
                overflow = true;
                return;
            }
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (overflow || buffer.size() + (long) len > cap) {
                overflow = true;
                return;
            }
            buffer.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a buffered answer is written at once");
        }
    };

    BufferedResponse(HttpServletResponse response, long cap) {
        super(response);
        this.cap = cap;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(stream, UTF_8));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        errorMessage = msg == null ? "" : msg;
        buffer.reset();
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public void setContentLength(int len) {
        // the length is set from the buffer when the answer is complete
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set from the buffer when the answer is complete
    }

    @Override
    public void flushBuffer() {
        // nothing is sent before the answer is complete
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        buffer.reset();
        overflow = false;
        super.reset();
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        overflow = false;
    }

    /** Whether the answer grew past the cap (and was dropped). */
    boolean overflowed() {
        return overflow;
    }

    /**
     * Whether Fuseki's result writer was stopped by the timeout after it had begun: it then
     * appends a "Query cancelled" comment to the results and sets an error status.
     */
    boolean cancelledMidAnswer() {
        if (errorMessage != null || status < 400) {
            return false;
        }
        return buffer.tail(400).contains("Query cancelled");
    }

    /** The status the endpoint answered with. */
    int status() {
        return status;
    }

    /** The error the endpoint sent, if it sent one. */
    String errorMessage() {
        return errorMessage;
    }

    /** Sends the held answer: the body as it was written, or the error as plain text. */
    void complete() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (errorMessage != null) {
            ServerAnswers.plain(response, status, errorMessage);
            return;
        }
        response.setContentLength(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }

    /** The held bytes, whose end can be read without copying them all. */
    private static final class Buffer extends ByteArrayOutputStream {
        String tail(int n) {
            int from = Math.max(0, count - n);
            return new String(buf, from, count - from, UTF_8);
        }
    }
}
