package org.newskg.server;

/** The server could not start: most often its port is taken or its address is not this machine's. */
public final class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
