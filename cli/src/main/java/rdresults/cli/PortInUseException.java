package rdresults.cli;

import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** {@code rdr serve} cannot listen: another process holds the address and port. */
public final class PortInUseException extends RdrException {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;

    public PortInUseException(String host, int port) {
        super("port " + port + " on " + host + " is in use by another process; stop it or choose another port with "
                + "--port");
        this.host = host;
        this.port = port;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
